from __future__ import annotations

from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from smarta.planner import mail
from smarta.planner.profile.accounts import send_password_link, user_by_email
from smarta.planner.profile.forms import SignupForm
from smarta.planner.profile.services import profile_for


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("dashboard")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        existing = user_by_email(form.cleaned_data["email"])
        if existing is not None:
            # One account per address: the one that has it (HR may have added the person) is
            # sent a link to choose its password, and no second, empty account is made.
            try:
                send_password_link(existing, purpose="claim")
            except mail.MailNotSent:
                form.add_error(None, mail.SERVER_DOWN)  # what was typed stays in the form
                return render(request, "registration/signup.html", {"form": form})
            return render(request, "registration/signup_claim.html", {"email": existing.email})
        user = form.save()
        profile_for(user)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("welcome")
    return render(request, "registration/signup.html", {"form": form})
