"""How people get in: the login page, signing in with the organisation's account, and the
pages that SMARTA_SIGNUP and SMARTA_PASSWORD_LOGIN switch off."""

from __future__ import annotations

import functools
import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from mozilla_django_oidc import views as oidc_views

from smarta.planner.profile import oidc

logger = logging.getLogger(__name__)


def signup_page_open() -> bool:
    """The public sign-up page: only while sign-up is open and a password can sign in."""
    return settings.SMARTA_SIGNUP == "open" and settings.SMARTA_PASSWORD_LOGIN


def only_if(condition):
    """The view while ``condition()`` holds, a 404 otherwise (the page is not there)."""

    def wrap(view):
        @functools.wraps(view)
        def gated(request, *args, **kwargs):
            if not condition():
                raise Http404
            return view(request, *args, **kwargs)

        return gated

    return wrap


def password_login() -> bool:
    return settings.SMARTA_PASSWORD_LOGIN


class LoginView(auth_views.LoginView):
    """Django's login page, with the organisation's button when OpenID Connect is on; without
    the password form (and refusing its POST) while SMARTA_PASSWORD_LOGIN is off."""

    def post(self, request, *args, **kwargs):
        if not settings.SMARTA_PASSWORD_LOGIN:
            return HttpResponseNotAllowed(["GET"])
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            oidc_enabled=oidc.enabled(),
            oidc_name=settings.SMARTA_OIDC_NAME,
            password_login=settings.SMARTA_PASSWORD_LOGIN,
            signup_open=signup_page_open(),
            **kwargs,
        )


class OrganisationSignIn(oidc_views.OIDCAuthenticationRequestView):
    """The code flow's first half: off to the provider with state, nonce and a PKCE
    challenge (the library keeps them in the session)."""

    get_settings = staticmethod(oidc.provider_setting)

    def __init__(self, **kwargs) -> None:
        # The library reads the endpoints here; they wait for get(), where a provider that
        # cannot be reached is told to the person instead of failing the page.
        super(oidc_views.OIDCAuthenticationRequestView, self).__init__(**kwargs)

    def get(self, request):
        if not oidc.enabled():
            raise Http404
        try:
            self.OIDC_OP_AUTH_ENDPOINT = self.get_settings("OIDC_OP_AUTHORIZATION_ENDPOINT")
        except oidc.ProviderError as error:
            logger.error("the OpenID provider's discovery failed: %s", error)
            messages.error(request, _("The organisation's sign-in cannot be reached just now."))
            return redirect("login")
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        return super().get(request)


class OrganisationCallback(oidc_views.OIDCAuthenticationCallbackView):
    """The provider's answer: an unknown state is a 400 (the library's check); a refusal goes
    back to the login page saying why."""

    get_settings = staticmethod(oidc.provider_setting)

    def get(self, request):
        if not oidc.enabled():
            raise Http404
        return super().get(request)

    def login_failure(self):
        reason = getattr(self.request, "oidc_refusal", "") or _(
            "The sign-in with your organisation's account did not succeed."
        )
        messages.error(self.request, reason)
        return redirect("login")
