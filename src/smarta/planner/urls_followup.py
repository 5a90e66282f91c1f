from django.http import HttpResponse
from django.urls import path


def _todo(request):  # replaced by the follow-up pages
    return HttpResponse("")


urlpatterns = [path("record/", _todo, name="record")]
