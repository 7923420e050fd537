from django.db import models


class Patient(models.Model):
    mrn = models.CharField(max_length=16, unique=True)
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    date_of_birth = models.DateField()
    ssn = models.CharField(max_length=11, blank=True)
    phone = models.CharField(max_length=20, blank=True)


class Diagnosis(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="diagnoses")
    icd10_code = models.CharField(max_length=8)
    noted_on = models.DateField()

    class Meta:
        db_table = "clinic_diagnoses"


class Clinic(models.Model):
    name = models.CharField(max_length=120)
    city = models.CharField(max_length=80)
