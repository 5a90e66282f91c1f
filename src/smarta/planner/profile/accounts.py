"""One account per e-mail address, and links to choose a password.

An address belongs to at most one account, whatever its case (a unique index on the lower-cased
address, migration 0007). Imported people and people who sign up with an imported address get
a link to choose their password: Django's password-reset token, which works once and expires
after PASSWORD_RESET_TIMEOUT."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from smarta.planner.mail import send_in_language
from smarta.planner.profile.selectors import language_of


def user_by_email(email: str):
    """The account with this address, in any case, or None."""
    email = email.strip()
    if not email:
        return None
    return get_user_model().objects.filter(email__iexact=email).first()


def free_username(email: str) -> str:
    """The address as user name, or with a number after it when someone has that name."""
    User = get_user_model()
    longest = User._meta.get_field("username").max_length
    name, n = email[:longest], 1
    while User.objects.filter(username__iexact=name).exists():
        n += 1
        suffix = f"-{n}"
        name = email[: longest - len(suffix)] + suffix
    return name


class EveryAccountResetForm(PasswordResetForm):
    """Django's form skips accounts without a usable password (everyone imported): this one
    sends the link to every active account with the address, whatever its case."""

    def get_users(self, email):
        return get_user_model()._default_manager.filter(email__iexact=email, is_active=True)


def password_link(user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return site_link(reverse("password_reset_confirm", kwargs={"uidb64": uid, "token": token}))


def site_link(path: str) -> str:
    """``path`` on this site, as a mail links to it."""
    return settings.SMARTA_SITE_URL.rstrip("/") + path


def login_link() -> str:
    return site_link(reverse("login"))


def send_password_link(user, *, purpose: str) -> None:
    """Mail ``user`` a link to choose a password, in their language: ``purpose`` is "welcome"
    (HR added them) or "claim" (someone signed up with their address). While passwords are
    off (SMARTA_PASSWORD_LOGIN=0) the link is to the login page and its organisation's
    button instead."""
    language = language_of(user)
    passwords = settings.SMARTA_PASSWORD_LOGIN
    context = {
        "user": user,
        "passwords": passwords,
        "link": password_link(user) if passwords else login_link(),
        "days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
    }
    send_in_language(
        to=user.email, language=language, context=context,
        subject_template=f"registration/{purpose}_subject.txt",
        body_template=f"registration/{purpose}_email.txt",
    )  # fmt: skip
