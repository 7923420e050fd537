from django.http import JsonResponse

from .models import Clinic, Patient


def patient_list(request):
    return JsonResponse({"count": Patient.objects.count()})


def patient_detail(request, pk):
    return JsonResponse({"id": pk})


def diagnosis_list(request, pk):
    return JsonResponse({"items": []})


def clinic_list(request):
    return JsonResponse({"items": list(Clinic.objects.values("name"))})
