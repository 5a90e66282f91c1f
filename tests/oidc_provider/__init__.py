"""A real OpenID Connect provider for the sign-in tests: django-oauth-toolkit in a Django
project of its own, started as a separate server process by :mod:`tests.oidc_provider.server`.
Its signing key, client secret and people are made when a test starts it; nothing secret is
kept in the repository."""
