"""``python -m tests.oidc_provider.seed``: the registered client (confidential, code flow,
RS256; PKCE is required by the settings) and the people of people.json, from the
environment that :mod:`tests.oidc_provider.server` sets."""

from __future__ import annotations

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.oidc_provider.settings")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from oauth2_provider.models import Application  # noqa: E402

from tests.oidc_provider.claims import people  # noqa: E402

Application.objects.create(
    name="Smarta",
    client_id=os.environ["OIDC_CLIENT_ID"],
    client_secret=os.environ["OIDC_CLIENT_SECRET"],  # stored hashed
    client_type=Application.CLIENT_CONFIDENTIAL,
    authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
    redirect_uris=os.environ["OIDC_REDIRECT_URI"],
    algorithm=Application.RS256_ALGORITHM,
    skip_authorization=False,  # the consent form is part of the flow under test
)
for username, person in people().items():
    get_user_model().objects.create_user(username, password=person["password"])
