from django.http import HttpResponse
from django.urls import path


def _todo(request):  # replaced by the profile pages
    return HttpResponse("")


urlpatterns = [
    path("tree/", _todo, name="goal-tree"),
    path("stand/", _todo, name="stand"),
    path("vision/", _todo, name="vision"),
]
