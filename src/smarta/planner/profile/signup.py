from __future__ import annotations

from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from smarta.planner.profile.forms import SignupForm
from smarta.planner.profile.services import profile_for


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("dashboard")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        profile_for(user)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("welcome")
    return render(request, "registration/signup.html", {"form": form})
