"""Signing in with the organisation's account (OpenID Connect), after mozilla-django-oidc.

The library runs the code flow (state, nonce, PKCE) and fetches the provider's keys; this
module adds what it leaves to the site: the endpoints from the issuer's discovery document,
an ID token checked for its issuer and audience as well as its signature and expiry, the
claims refused (unverified address, a domain not allowed) and the account matched by its
address, the one account per address that ``accounts`` keeps, or made at a first sign-in.
"""

from __future__ import annotations

import functools
import logging

import jwt
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.db import transaction
from django.utils.translation import gettext as _
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from smarta import limits
from smarta.api.tokens import tokens_revoke_all
from smarta.planner.models import AuditEvent, Department, Profile
from smarta.planner.profile.accounts import free_username, user_by_email
from smarta.planner.profile.services import profile_for
from smarta.planner.team import audit
from smarta.planner.team.selectors import reports_to

logger = logging.getLogger(__name__)

# What the library reads from settings, and the discovery document's name for each.
ENDPOINTS = {
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
}


class ProviderError(Exception):
    """The provider could not be reached, or answered something that is not OpenID Connect."""


def enabled() -> bool:
    return bool(settings.SMARTA_OIDC_ISSUER)


def may_create_accounts() -> bool:
    """Whether a first sign-in makes an account (never while sign-up is closed)."""
    return settings.SMARTA_OIDC_CREATE_USERS and settings.SMARTA_SIGNUP != "closed"


@functools.lru_cache(maxsize=4)
def discovery(issuer: str) -> dict[str, str]:
    """The issuer's endpoints, from ISSUER/.well-known/openid-configuration, fetched once per
    process (a failure is not kept: the next sign-in asks again). The document must name the
    same issuer, which the ID tokens are then checked against."""
    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    try:
        answer = requests.get(url, timeout=settings.OIDC_TIMEOUT)
        answer.raise_for_status()
        document = answer.json()
    except (requests.RequestException, ValueError) as error:
        raise ProviderError(f"{url}: {error}") from None
    if not isinstance(document, dict) or document.get("issuer", "").rstrip("/") != issuer:
        raise ProviderError(f"{url} does not describe the issuer {issuer}")
    missing = [name for name in ENDPOINTS.values() if not document.get(name)]
    if missing:
        raise ProviderError(f"{url} names no {', '.join(missing)}")
    return {setting: document[name] for setting, name in ENDPOINTS.items()}


def provider_setting(attr: str, *default):
    """The library's settings, with the endpoints taken from discovery."""
    if attr in ENDPOINTS:
        return discovery(settings.SMARTA_OIDC_ISSUER)[attr]
    return getattr(settings, attr, *default)


class PasswordsOff:
    """Ahead of Django's backend: while SMARTA_PASSWORD_LOGIN is off, a password signs no one
    in, wherever it is sent (the login page, the admin's, the API's token request). Not a
    BaseBackend: without get_user it never holds a session (the test client's force_login
    takes the first backend that has one)."""

    def authenticate(self, request, password=None, **kwargs):
        if password is not None and not settings.SMARTA_PASSWORD_LOGIN:
            raise PermissionDenied  # stops Django's authenticate() before the next backend
        return None


class OrganisationBackend(OIDCAuthenticationBackend):
    """The code flow's second half: the code for tokens, the ID token verified, the person's
    account. A refusal is logged and its reason, in the person's words, left on the request
    (``request.oidc_refusal``) for the callback to show."""

    get_settings = staticmethod(provider_setting)

    def __init__(self, *args, **kwargs) -> None:
        # Django makes a backend for every request of a session signed in with it: nothing is
        # read from the provider until a sign-in needs it.
        self.UserModel = get_user_model()

    def get_user(self, user_id):
        # Django's, which ends the session of someone marked as left (the library's does not)
        return ModelBackend.get_user(self, user_id)

    def authenticate(self, request, **kwargs):
        # Only the callback passes a nonce: a password is never this backend's business.
        if request is None or "nonce" not in kwargs or not enabled():
            return None
        self.request = request
        try:
            self.load_provider()
            return super().authenticate(request, **kwargs)
        except (
            ProviderError, requests.RequestException, SuspiciousOperation, jwt.PyJWTError,
            KeyError, TypeError, ValueError,
        ) as error:  # fmt: skip
            # what a provider answering oddly raises (no id_token, a JWKS without keys …)
            logger.warning("sign-in with the organisation's account refused: %s", error)
            self._refuse(_("The sign-in could not be completed. Please try again."))
            return None

    def load_provider(self) -> None:
        """What the library's __init__ would have read: the endpoints (discovery), the
        client, and RS256 with the keys from the provider's JWKS. ProviderError when the
        provider cannot be reached."""
        self.OIDC_OP_TOKEN_ENDPOINT = self.get_settings("OIDC_OP_TOKEN_ENDPOINT")
        self.OIDC_OP_USER_ENDPOINT = self.get_settings("OIDC_OP_USER_ENDPOINT")
        self.OIDC_OP_JWKS_ENDPOINT = self.get_settings("OIDC_OP_JWKS_ENDPOINT")
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        self.OIDC_RP_CLIENT_SECRET = settings.OIDC_RP_CLIENT_SECRET
        self.OIDC_RP_SIGN_ALGO = settings.OIDC_RP_SIGN_ALGO
        self.OIDC_RP_IDP_SIGN_KEY = None

    def get_payload_data(self, token, key):
        """The ID token's claims once its signature (RS256, the provider's key), issuer,
        audience (this site), expiry and issue time hold; SuspiciousOperation otherwise.
        (The library checks neither issuer nor audience.)"""
        try:
            claims = jwt.decode(
                token, key, algorithms=[settings.OIDC_RP_SIGN_ALGO],
                audience=settings.OIDC_RP_CLIENT_ID,
                # the setting is kept without a trailing slash; some issuers have one
                issuer=[settings.SMARTA_OIDC_ISSUER, settings.SMARTA_OIDC_ISSUER + "/"],
                leeway=limits.OIDC_CLOCK_SKEW_SECONDS,
                options={"require": ["iss", "aud", "sub", "exp", "iat"]},
            )  # fmt: skip
        except jwt.InvalidTokenError as error:
            raise SuspiciousOperation(f"ID token refused: {error}") from None
        audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
        if len(audiences) > 1 and claims.get("azp") != settings.OIDC_RP_CLIENT_ID:
            raise SuspiciousOperation("ID token refused: issued to another party (azp)")
        return claims

    def get_userinfo(self, access_token, id_token, payload):
        """The verified ID token's claims, with the user info endpoint's over them; both must
        be about the same person (OpenID Connect Core 5.3.2)."""
        info = super().get_userinfo(access_token, id_token, payload)
        if info.get("sub") != payload["sub"]:
            raise SuspiciousOperation("the user info is about another subject")
        return {**payload, **info}

    def get_or_create_user(self, access_token, id_token, payload):
        claims = self.get_userinfo(access_token, id_token, payload)
        refusal = claims_refusal(claims)
        if refusal:
            logger.warning("sign-in refused for %s: %s", claims.get("email"), refusal)
            return self._refuse(refusal)
        user, refusal = _account_for(claims)
        if refusal:
            logger.warning("sign-in refused for %s: %s", claims.get("email"), refusal)
            return self._refuse(refusal)
        if user is None and not may_create_accounts():
            return self._refuse(
                _("No account has the address %(email)s. Ask HR to add you.")
                % {"email": claims["email"]}
            )
        if user is not None and not user.is_active:
            return self._refuse(_("This account is closed. Ask HR if you work here again."))
        return account_from_claims(user=user, claims=claims)

    def _refuse(self, reason: str) -> None:
        self.request.oidc_refusal = reason


def _account_for(claims: dict) -> tuple:
    """(the account these claims sign in to or None for a new one, a refusal or ""): the one
    linked to this subject; else the one with this address, unless it is linked to another
    subject of the organisation."""
    issuer, subject = settings.SMARTA_OIDC_ISSUER, str(claims["sub"])
    linked = Profile.objects.filter(oidc_issuer=issuer, oidc_subject=subject).first()
    if linked is not None:
        return linked.user, ""
    user = user_by_email(claims["email"])
    profile = Profile.objects.filter(user=user).first() if user else None
    if profile is not None and profile.oidc_subject:
        return None, _("The address %(email)s belongs to another account of the organisation.") % {
            "email": claims["email"]
        }
    return user, ""


def claims_refusal(claims: dict) -> str:
    """Why these claims may not sign anyone in, or "" when they may."""
    email = claims.get("email")
    if not isinstance(email, str) or "@" not in email or len(email) > limits.EMAIL:
        return _("The organisation's account has no e-mail address.")
    # Absent means nothing unless the site trusts the provider's addresses (Entra ID sends none)
    verified = claims.get("email_verified", True if settings.SMARTA_OIDC_TRUST_EMAIL else None)
    if verified not in (True, "true"):
        return _("The organisation has not verified the address %(email)s.") % {"email": email}
    allowed = settings.SMARTA_OIDC_ALLOWED_DOMAINS
    if allowed and email.rpartition("@")[2].lower() not in allowed:
        return _("Addresses at %(domain)s cannot sign in here.") % {
            "domain": email.rpartition("@")[2]
        }
    return ""


@transaction.atomic
def account_from_claims(*, user, claims: dict):
    """``user`` (or a new account, without a password, when None) with what the provider says
    of them: given and family name, and the department and manager from the claims that
    SMARTA_OIDC_DEPARTMENT_CLAIM and SMARTA_OIDC_MANAGER_CLAIM name, when present. A manager
    is taken only when they have an active account and would close no circle of reporting
    lines; a change of manager goes into HR's trail like HR's own."""
    if user is None:
        email = claims["email"].strip()
        user = get_user_model()(username=free_username(email), email=email)
        user.set_unusable_password()
    elif not _is_linked(user):
        # The first sign-in with the organisation's account to an account that has the same
        # address: whoever set its password may not be this person (an address is never
        # checked at sign-up), so the password, its sessions and API tokens end here.
        user.set_unusable_password()
        tokens_revoke_all(user=user)
    for field, claim in (("first_name", "given_name"), ("last_name", "family_name")):
        value = claims.get(claim)
        if isinstance(value, str) and value.strip():
            setattr(user, field, value.strip()[: user._meta.get_field(field).max_length])
    user.save()
    profile = profile_for(user)
    profile.oidc_issuer, profile.oidc_subject = settings.SMARTA_OIDC_ISSUER, str(claims["sub"])
    department = _claim(claims, settings.SMARTA_OIDC_DEPARTMENT_CLAIM)
    if department:
        longest = Department._meta.get_field("name").max_length
        profile.department = Department.objects.get_or_create(name=department[:longest])[0]
    manager = user_by_email(_claim(claims, settings.SMARTA_OIDC_MANAGER_CLAIM))
    if (
        manager is not None
        and manager.is_active
        and manager.pk != profile.manager_id
        and not reports_to(manager, user)
    ):
        audit.record(
            AuditEvent.Action.MANAGER_CHANGED, person=user, via="oidc",
            before=profile.manager.email if profile.manager else "", after=manager.email,
        )  # fmt: skip
        profile.manager = manager
    profile.save()
    return user


def _is_linked(user) -> bool:
    return Profile.objects.filter(user=user).exclude(oidc_subject="").exists()


def _claim(claims: dict, name: str) -> str:
    value = claims.get(name) if name else None
    return value.strip() if isinstance(value, str) else ""
