from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Patient",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True)),
                ("mrn", models.CharField(max_length=16, unique=True)),
                ("first_name", models.CharField(max_length=80)),
                ("last_name", models.CharField(max_length=80)),
                ("date_of_birth", models.DateField()),
                ("ssn", models.CharField(blank=True, max_length=11)),
                ("phone", models.CharField(blank=True, max_length=20)),
            ],
        ),
        migrations.CreateModel(
            name="Diagnosis",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True)),
                ("icd10_code", models.CharField(max_length=8)),
                ("noted_on", models.DateField()),
                ("patient", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="patients.patient")),
            ],
            options={"db_table": "clinic_diagnoses"},
        ),
    ]
