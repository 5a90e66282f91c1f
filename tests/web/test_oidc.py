"""Signing in with the organisation's account, end to end against a real OpenID provider.

The provider (tests/oidc_provider: django-oauth-toolkit, PKCE required, an RS256 key made at
start) runs as its own server process; Smarta runs in pytest-django's live server on the test
database. A requests session plays the browser: Smarta's button, the provider's login and
consent forms, the callback; nothing of the provider is mocked.
"""

from __future__ import annotations

import copy
import time
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest
import requests
from cryptography.hazmat.primitives.asymmetric import rsa
from django.contrib.auth import get_user_model
from django.core.exceptions import SuspiciousOperation

from smarta.planner.models import AuditEvent, Profile
from smarta.planner.profile import oidc
from tests.oidc_provider.server import Provider

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "provider password 42"
ADA = {
    "email": "Ada.Lind@example.org",
    "email_verified": True,
    "given_name": "Ada",
    "family_name": "Lind",
    "department": "Finance",
    "manager_email": "MAJA@example.org",
}
PEOPLE = {
    "ada": ADA,
    "unverified": {"email": "una@example.org", "email_verified": False},
    "outsider": {"email": "otto@elsewhere.test", "email_verified": True},
}


@pytest.fixture(scope="module")
def provider(live_server):
    people = {name: {"password": PASSWORD, "claims": c} for name, c in PEOPLE.items()}
    started = Provider(redirect_uri=f"{live_server.url}/oidc/callback/", people=people).start()
    yield started
    started.stop()


@pytest.fixture
def smarta(settings, provider, live_server) -> str:
    """Smarta's address, set up as a deployment would be with these environment variables."""
    settings.SMARTA_OIDC_ISSUER = provider.issuer
    settings.OIDC_RP_CLIENT_ID = provider.client_id
    settings.OIDC_RP_CLIENT_SECRET = provider.client_secret
    settings.SMARTA_OIDC_NAME = "Example IdP"
    settings.SMARTA_OIDC_ALLOWED_DOMAINS = ["example.org"]
    settings.SMARTA_OIDC_DEPARTMENT_CLAIM = "department"
    settings.SMARTA_OIDC_MANAGER_CLAIM = "manager_email"
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # plain HTTP here
    for name, claims in PEOPLE.items():  # what an earlier test changed
        provider.people[name]["claims"] = copy.deepcopy(claims)
    provider.save_people()
    oidc.discovery.cache_clear()
    return live_server.url


class _Inputs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name"):
            self.fields[attrs["name"]] = attrs.get("value") or ""


def form_fields(html: str) -> dict[str, str]:
    parser = _Inputs()
    parser.feed(html)
    return parser.fields


def sign_in(smarta: str, username: str, session: requests.Session | None = None):
    """The person's browser through the whole flow: the session and the last page."""
    browser = session or requests.Session()
    page = browser.get(f"{smarta}/oidc/authenticate/", timeout=30)
    assert "/accounts/login/" in page.url, page.text[:500]  # the provider's login
    fields = form_fields(page.text) | {"username": username, "password": PASSWORD}
    consent = browser.post(page.url, data=fields, timeout=30)
    assert "authorizationForm" in consent.text, consent.text[:500]
    fields = form_fields(consent.text) | {"allow": "Authorize"}
    return browser, browser.post(consent.url, data=fields, timeout=30)


def signed_in(browser: requests.Session, smarta: str) -> bool:
    page = browser.get(f"{smarta}/", allow_redirects=False, timeout=30)
    return page.status_code == 200


def test_discovery_reads_the_endpoints_from_the_issuer(smarta, provider):
    endpoints = oidc.discovery(provider.issuer)
    assert endpoints == {
        "OIDC_OP_AUTHORIZATION_ENDPOINT": f"{provider.issuer}/authorize/",
        "OIDC_OP_TOKEN_ENDPOINT": f"{provider.issuer}/token/",
        "OIDC_OP_USER_ENDPOINT": f"{provider.issuer}/userinfo/",
        "OIDC_OP_JWKS_ENDPOINT": f"{provider.issuer}/.well-known/jwks.json",
    }
    with pytest.raises(oidc.ProviderError):
        oidc.discovery(f"{provider.url}/elsewhere")


def test_the_login_page_offers_the_organisations_account(smarta):
    page = requests.get(f"{smarta}/login/", headers={"Accept-Language": "en"}, timeout=30)
    assert "Sign in with Example IdP" in page.text
    assert 'href="/oidc/authenticate/"' in page.text
    assert 'name="password"' in page.text  # passwords stay on by default


def test_a_person_signs_in_with_the_code_flow_and_pkce(smarta, provider, make_user):
    maja = make_user("maja")
    browser = requests.Session()
    start = browser.get(f"{smarta}/oidc/authenticate/", allow_redirects=False, timeout=30)
    asked = parse_qs(urlsplit(start.headers["Location"]).query)
    assert start.headers["Location"].startswith(f"{provider.issuer}/authorize/")
    assert asked["code_challenge_method"] == ["S256"] and asked["code_challenge"]
    assert asked["state"] and asked["nonce"] and asked["response_type"] == ["code"]

    browser, page = sign_in(smarta, "ada", browser)

    assert page.status_code == 200 and urlsplit(page.url).path == "/", page.text[:500]
    assert signed_in(browser, smarta)
    ada = get_user_model().objects.get(email__iexact="ada.lind@example.org")
    assert (ada.first_name, ada.last_name, ada.has_usable_password()) == ("Ada", "Lind", False)
    profile = Profile.objects.get(user=ada)
    assert profile.department.name == "Finance" and profile.manager == maja
    assert AuditEvent.objects.filter(action="manager_changed", person=ada).count() == 1


def test_an_account_with_the_address_in_another_case_is_matched_not_duplicated(smarta, make_user):
    existing = make_user("ada.lind@EXAMPLE.org", first_name="Adele")
    browser, _page = sign_in(smarta, "ada")
    assert signed_in(browser, smarta)
    assert get_user_model().objects.filter(email__iexact="ada.lind@example.org").count() == 1
    existing.refresh_from_db()
    assert existing.first_name == "Ada"  # the organisation's directory says so
    assert browser.get(f"{smarta}/", timeout=30).text.count("Ada Lind") >= 1


def _refused(browser, page, smarta, words: str) -> None:
    assert urlsplit(page.url).path == "/login/"
    assert words in page.text, page.text[:2000]
    assert not signed_in(browser, smarta)


def test_an_address_outside_the_allowed_domains_is_refused(smarta, english):
    browser, page = sign_in(smarta, "outsider")
    _refused(browser, page, smarta, "Addresses at elsewhere.test cannot sign in here.")
    assert not get_user_model().objects.filter(email__iexact="otto@elsewhere.test").exists()


def test_an_unverified_address_is_refused(smarta, english):
    browser, page = sign_in(smarta, "unverified")
    _refused(browser, page, smarta, "has not verified the address una@example.org")
    assert not get_user_model().objects.filter(email__iexact="una@example.org").exists()


def test_an_address_the_provider_does_not_say_it_verified_is_refused_unless_trusted(
    smarta, provider, settings, english
):
    del provider.people["ada"]["claims"]["email_verified"]
    provider.save_people()
    browser, page = sign_in(smarta, "ada")
    _refused(browser, page, smarta, "has not verified the address Ada.Lind@example.org")
    settings.SMARTA_OIDC_TRUST_EMAIL = True  # as for Entra ID, which never sends the claim
    browser, _page = sign_in(smarta, "ada")
    assert signed_in(browser, smarta)


def test_the_first_sign_in_to_an_account_with_a_password_ends_that_password(smarta, make_user):
    """Anyone could have signed up with the address: the organisation's sign-in takes the
    account over from whoever set its password, with their API tokens."""
    from smarta.api.tokens import token_create

    squatter = make_user("ada.lind@example.org")
    token_create(user=squatter, name="kept by whoever signed up")
    browser, _page = sign_in(smarta, "ada")
    assert signed_in(browser, smarta)
    squatter.refresh_from_db()
    assert not squatter.has_usable_password() and not squatter.api_tokens.exists()
    assert Profile.objects.get(user=squatter).oidc_subject  # linked from now on


def test_an_address_linked_to_another_subject_is_refused(smarta, provider, english, make_user):
    other = make_user("ada.lind@example.org")
    Profile.objects.update_or_create(
        user=other, defaults={"oidc_issuer": provider.issuer, "oidc_subject": "someone-else"}
    )
    browser, page = sign_in(smarta, "ada")
    _refused(browser, page, smarta, "belongs to another account of the organisation")


def test_a_person_marked_as_left_is_refused(smarta, english, make_user):
    make_user("ada.lind@example.org", is_active=False)
    browser, page = sign_in(smarta, "ada")
    _refused(browser, page, smarta, "This account is closed.")


def test_marking_someone_as_left_ends_their_organisation_session(smarta, make_user):
    browser, _page = sign_in(smarta, "ada")
    assert signed_in(browser, smarta)
    get_user_model().objects.filter(email__iexact="ada.lind@example.org").update(is_active=False)
    assert not signed_in(browser, smarta)


@pytest.mark.parametrize(
    ("signup", "create_users", "created"),
    [("open", True, True), ("invite", True, True), ("invite", False, False),
     ("closed", True, False)],
)  # fmt: skip
def test_a_first_sign_in_makes_an_account_as_the_sign_up_mode_says(
    smarta, settings, english, signup, create_users, created
):
    settings.SMARTA_SIGNUP, settings.SMARTA_OIDC_CREATE_USERS = signup, create_users
    browser, page = sign_in(smarta, "ada")
    assert signed_in(browser, smarta) is created
    assert get_user_model().objects.filter(email__iexact=ADA["email"]).exists() is created
    if not created:
        _refused(browser, page, smarta, "No account has the address Ada.Lind@example.org.")


def test_with_passwords_off_the_organisations_account_still_signs_in(smarta, settings):
    settings.SMARTA_PASSWORD_LOGIN = False
    login = requests.get(f"{smarta}/login/", timeout=30).text
    assert 'name="password"' not in login and "/oidc/authenticate/" in login
    browser, _page = sign_in(smarta, "ada")
    assert signed_in(browser, smarta)


def test_a_callback_with_a_state_this_session_did_not_make_is_refused(smarta, provider):
    browser = requests.Session()
    browser.get(f"{smarta}/oidc/authenticate/", allow_redirects=False, timeout=30)
    answer = browser.get(f"{smarta}/oidc/callback/?code=made-up&state=forged", timeout=30)
    assert answer.status_code == 400
    assert not signed_in(browser, smarta)


def test_a_provider_that_cannot_be_reached_is_told_not_a_crash(smarta, settings, english):
    settings.SMARTA_OIDC_ISSUER = "http://127.0.0.1:9/nothing-listens"
    page = requests.get(f"{smarta}/oidc/authenticate/", timeout=30)
    assert urlsplit(page.url).path == "/login/"
    assert "cannot be reached just now" in page.text


# --- the ID token's checks, run on tokens signed with the provider's own key -----------------


@pytest.fixture
def backend(smarta):
    loaded = oidc.OrganisationBackend()
    loaded.load_provider()
    return loaded


def id_token(provider: Provider, key=None, **changes) -> str:
    """An ID token as the provider signs them (its key, its key id), with ``changes``."""
    kid = requests.get(f"{provider.issuer}/.well-known/jwks.json", timeout=30).json()
    now = int(time.time())
    claims = {
        "iss": provider.issuer, "aud": provider.client_id, "sub": "1", "nonce": "n-1",
        "iat": now, "exp": now + 300, "email": "ada.lind@example.org",
    } | changes  # fmt: skip
    claims = {name: value for name, value in claims.items() if value is not None}
    headers = {"kid": kid["keys"][0]["kid"]}
    return jwt.encode(claims, key or provider.key, algorithm="RS256", headers=headers)


def test_an_id_token_signed_by_the_provider_for_this_site_is_accepted(backend, provider):
    assert backend.verify_token(id_token(provider), nonce="n-1")["sub"] == "1"


@pytest.mark.parametrize(
    "changes",
    [
        {"aud": "another-client"},
        {"aud": None},
        {"exp": int(time.time()) - 3600, "iat": int(time.time()) - 7200},
        {"iss": "http://127.0.0.1:1/o"},
        {"nonce": "replayed"},
        {"aud": ["another-client", "third"]},
    ],
    ids=["wrong audience", "no audience", "expired", "wrong issuer", "wrong nonce",
         "not for us among several audiences"],
)  # fmt: skip
def test_an_id_token_with_altered_claims_is_refused(backend, provider, changes):
    with pytest.raises(SuspiciousOperation):
        backend.verify_token(id_token(provider, **changes), nonce="n-1")


def test_an_id_token_signed_by_another_key_is_refused(backend, provider):
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(SuspiciousOperation):
        backend.verify_token(id_token(provider, key=stranger), nonce="n-1")
