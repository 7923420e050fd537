"""The peer: faker-healthcare-provider's patient_record, written as CSV rows (BENCHMARKS.md)."""
import csv
import datetime
import sys
import time

from faker import Faker
from faker_healthcare import HealthcareProvider

count = int(sys.argv[1])
out = sys.argv[2]
fake = Faker("en_US", use_weighting=False)
fake.add_provider(HealthcareProvider)
Faker.seed(42)
reference = datetime.date(2026, 1, 1)
items = 0  # clinical items: the record's disease plus each symptom, medication, vital, lab and order
started = time.perf_counter()
with open(out, "w", newline="") as handle:
    writer = None
    for _ in range(count):
        record = fake.patient_record(reference_date=reference)
        items += 1 + sum(len(value) for value in record.values() if isinstance(value, list))
        row = {key: (value if isinstance(value, (str, int, float)) else str(value)) for key, value in record.items()}
        if writer is None:
            # Records vary in their optional keys; every record's known keys are written, extras joined in.
            writer = csv.DictWriter(handle, fieldnames=list(row.keys()) + ["extra"], restval="", extrasaction="ignore")
            writer.writeheader()
        row["extra"] = ";".join(f"{k}={v}" for k, v in row.items() if k not in writer.fieldnames)
        writer.writerow(row)
elapsed = time.perf_counter() - started
print(f"{count} {elapsed:.3f} {items}")
