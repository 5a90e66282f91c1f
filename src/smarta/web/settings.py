"""Smarta's one settings module, read from the environment.

SQLite in SMARTA_DATA_DIR is the default, so a checkout just runs; DATABASE_URL selects
PostgreSQL (or another SQLite file). Every setting a deployment may change is an environment
variable here.
"""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from smarta import limits

from .env import (
    env_bool,
    env_choice,
    env_data_dir,
    env_database,
    env_int,
    env_list,
    env_secret,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = env_data_dir("SMARTA_DATA_DIR", "data")  # 0700: the database and secrets live here

DEBUG = env_bool("SMARTA_DEBUG", False)
SECRET_KEY = env_secret("SMARTA_SECRET_KEY", DATA_DIR / "secret_key")
ALLOWED_HOSTS = env_list("SMARTA_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("SMARTA_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # first, so its registration/ templates (the password-reset pages) win over the admin's
    "smarta.planner",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "smarta.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "smarta.web.urls"
WSGI_APPLICATION = "smarta.web.wsgi.application"

FORM_RENDERER = "smarta.web.forms.FormRenderer"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "smarta.planner.inbox.context.inbox",
            ],
        },
    },
]


SQLITE_OPTIONS = {
    # WAL: readers never wait for the writer; IMMEDIATE avoids upgrade deadlocks
    "transaction_mode": "IMMEDIATE",
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
}
DATABASES = {
    "default": env_database(
        "DATABASE_URL",
        sqlite_path=DATA_DIR / "smarta.sqlite3",
        sqlite_options=SQLITE_OPTIONS,
        conn_max_age=env_int("SMARTA_DB_CONN_MAX_AGE", 60),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "smarta.planner.profile.oidc.PasswordsOff",  # while SMARTA_PASSWORD_LOGIN=0
    "django.contrib.auth.backends.ModelBackend",
    "smarta.planner.profile.oidc.OrganisationBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

# Who may make an account: "open" (the sign-up page), "invite" (HR's import or invitation,
# or a first sign-in with the organisation's account) or "closed" (HR only).
SMARTA_SIGNUP = env_choice("SMARTA_SIGNUP", ("open", "invite", "closed"), "open")
SMARTA_PASSWORD_LOGIN = env_bool("SMARTA_PASSWORD_LOGIN", True)

# Sign in with the organisation's account (OpenID Connect, mozilla-django-oidc): on when an
# issuer is set. Its endpoints come from the issuer's discovery document, read at the first
# sign-in and kept (profile/oidc.py), so start-up never waits for the provider.
SMARTA_OIDC_ISSUER = env_str("SMARTA_OIDC_ISSUER").strip().rstrip("/")
SMARTA_OIDC_NAME = env_str("SMARTA_OIDC_NAME").strip()  # the button's "Sign in with …"
SMARTA_OIDC_ALLOWED_DOMAINS = [d.lower() for d in env_list("SMARTA_OIDC_ALLOWED_DOMAINS", [])]
SMARTA_OIDC_CREATE_USERS = env_bool("SMARTA_OIDC_CREATE_USERS", True)
# A provider that sends no email_verified (Microsoft Entra ID) vouches for its addresses only
# when this is set: then keep the issuer to your own tenant and the domains to your own.
SMARTA_OIDC_TRUST_EMAIL = env_bool("SMARTA_OIDC_TRUST_EMAIL", False)
SMARTA_OIDC_DEPARTMENT_CLAIM = env_str("SMARTA_OIDC_DEPARTMENT_CLAIM").strip()
SMARTA_OIDC_MANAGER_CLAIM = env_str("SMARTA_OIDC_MANAGER_CLAIM").strip()
OIDC_RP_CLIENT_ID = env_str("SMARTA_OIDC_CLIENT_ID").strip()
OIDC_RP_CLIENT_SECRET = env_secret("SMARTA_OIDC_CLIENT_SECRET", None)
if SMARTA_OIDC_ISSUER and not (OIDC_RP_CLIENT_ID and OIDC_RP_CLIENT_SECRET):
    raise ImproperlyConfigured(
        "SMARTA_OIDC_ISSUER needs SMARTA_OIDC_CLIENT_ID and SMARTA_OIDC_CLIENT_SECRET"
    )
if SMARTA_OIDC_ISSUER == "https://accounts.google.com" and not SMARTA_OIDC_ALLOWED_DOMAINS:
    # one issuer for every Google account in the world
    raise ImproperlyConfigured("Google as issuer needs SMARTA_OIDC_ALLOWED_DOMAINS")
if not (SMARTA_PASSWORD_LOGIN or SMARTA_OIDC_ISSUER):
    raise ImproperlyConfigured("SMARTA_PASSWORD_LOGIN=0 needs SMARTA_OIDC_ISSUER")
OIDC_RP_SIGN_ALGO = "RS256"  # verified against the provider's published keys (JWKS)
OIDC_RP_SCOPES = "openid email profile"
OIDC_USE_NONCE = True
OIDC_USE_PKCE = True
OIDC_PKCE_CODE_CHALLENGE_METHOD = "S256"
OIDC_TIMEOUT = env_int("SMARTA_OIDC_TIMEOUT_SECONDS", 10)

# Throttle repeated failed logins per user name and address (django-axes).
AXES_FAILURE_LIMIT = env_int("SMARTA_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("SMARTA_LOGIN_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# A 429: JSON under /api/, this page for the web login.
AXES_LOCKOUT_CALLABLE = "smarta.web.lockout.lockout_response"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Swedish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("SMARTA_TIME_ZONE", "Europe/Stockholm")

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True  # serve app static files without a collectstatic step

EMAIL_BACKEND = env_str("SMARTA_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("SMARTA_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("SMARTA_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("SMARTA_EMAIL_USER")
EMAIL_HOST_PASSWORD = env_str("SMARTA_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_bool("SMARTA_EMAIL_TLS", False)
DEFAULT_FROM_EMAIL = env_str("SMARTA_FROM_EMAIL", "smarta@localhost")
EMAIL_FILE_PATH = DATA_DIR / "mail"  # for the file backend, which the browser tests read
# The address people reach the app at, for links in e-mails sent outside a request.
SMARTA_SITE_URL = env_str("SMARTA_SITE_URL", "http://127.0.0.1:8000")
# Feedback invitations one person may send in 24 hours, counted in the database.
SMARTA_INVITATIONS_PER_DAY = env_int("SMARTA_INVITATIONS_PER_DAY", limits.INVITATIONS_PER_DAY)
SMARTA_FEEDBACK_LINK_DAYS = env_int("SMARTA_FEEDBACK_LINK_DAYS", limits.FEEDBACK_LINK_DAYS)
# A manager is told of a report's check-in on a shared goal once it is more days late than this.
SMARTA_MANAGER_LATE_AFTER_DAYS = env_int(
    "SMARTA_MANAGER_LATE_AFTER_DAYS", limits.MANAGER_LATE_AFTER_DAYS
)
# The daily jobs (digests, missed check-ins, waiting mails) run inside `smarta serve` from this
# hour (local time), once a day across every process (a lease in the database, jobs/daily.py);
# off, run `smarta manage run_jobs` from a timer instead.
SMARTA_JOBS_IN_SERVE = env_bool("SMARTA_JOBS_IN_SERVE", True)
SMARTA_JOBS_HOUR = env_int("SMARTA_JOBS_HOUR", 7)
SMARTA_JOBS_CHECK_SECONDS = env_int("SMARTA_JOBS_CHECK_SECONDS", 600)

# Production hardening. Everything below is on unless SMARTA_DEBUG is set (`make run` sets it
# and serves plain HTTP on 127.0.0.1). TLS usually ends at a reverse proxy in front of the
# app: SMARTA_PROXY_SSL_HEADER names the header it sets ("X-Forwarded-Proto" means
# "X-Forwarded-Proto: https" marks a secure request), and the proxy redirects HTTP to HTTPS
# unless SMARTA_SSL_REDIRECT=1 asks Django to. SMARTA_SECURE_COOKIES=0 allows a plain-HTTP
# install without DEBUG (a test machine, say): no secure cookies and no HSTS.
# Each env_bool is read even when DEBUG decides, so a mistyped value is always reported.
SECURE = env_bool("SMARTA_SECURE_COOKIES", True) and not DEBUG
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_HSTS_SECONDS = env_int("SMARTA_HSTS_SECONDS", 31536000 if SECURE else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SMARTA_HSTS_INCLUDE_SUBDOMAINS", SECURE)
SECURE_HSTS_PRELOAD = env_bool("SMARTA_HSTS_PRELOAD", False)
SECURE_SSL_REDIRECT = env_bool("SMARTA_SSL_REDIRECT", False) and not DEBUG


def _proxy_ssl_header(value: str) -> tuple[str, str] | None:
    """ "X-Forwarded-Proto" or "X-Forwarded-Proto: https" → Django's (META key, value)."""
    if not value:
        return None
    name, _sep, expected = value.partition(":")
    return ("HTTP_" + name.strip().upper().replace("-", "_"), expected.strip() or "https")


SECURE_PROXY_SSL_HEADER = _proxy_ssl_header(env_str("SMARTA_PROXY_SSL_HEADER"))
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Scripts and styles are files of the app's own: nothing inline, nothing from elsewhere.
CONTENT_SECURITY_POLICY = env_str(
    "SMARTA_CSP",
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
)
if not DEBUG:  # Django's debug pages are inline HTML, so only outside DEBUG
    MIDDLEWARE.insert(1, "smarta.web.csp.ContentSecurityPolicyMiddleware")
SILENCED_SYSTEM_CHECKS = [
    # W008 (SECURE_SSL_REDIRECT off): the proxy in front redirects; SMARTA_SSL_REDIRECT=1
    # makes Django do it. W021 (HSTS preload off): preloading is a choice for the site's
    # owner, not a default (SMARTA_HSTS_PRELOAD=1).
    *([] if SECURE_SSL_REDIRECT else ["security.W008"]),
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("SMARTA_LOG_LEVEL", "WARNING")},
}
