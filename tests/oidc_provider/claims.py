"""Each person's claims, read from people.json in the provider's folder at every request, so a
test can change what the provider says of someone (an unverified address, a department)."""

from __future__ import annotations

import json

from django.conf import settings
from oauth2_provider.oauth2_validators import OAuth2Validator


def people() -> dict[str, dict]:
    return json.loads((settings.DIR / "people.json").read_text())


class PeopleClaims(OAuth2Validator):
    oidc_claim_scope = None  # every claim, whatever the scopes: the test decides them

    def get_additional_claims(self, request):
        return dict(people()[request.user.username]["claims"])
