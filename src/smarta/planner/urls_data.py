from django.http import HttpResponse
from django.urls import path


def _todo(request):  # replaced by the data pages
    return HttpResponse("")


urlpatterns = [path("my-data/", _todo, name="my-data")]
