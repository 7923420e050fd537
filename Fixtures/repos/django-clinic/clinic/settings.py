import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "patients",
]
ROOT_URLCONF = "clinic.urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "clinic"}}
