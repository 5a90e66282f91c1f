"""The one way a secret handed out in a link or a header is stored: its SHA-256.

API tokens and feedback links both keep only this hash, so a copy of the database gives no
one a working secret. A secret from a request is any string: surrogates hash too, they
never raise.
"""

from __future__ import annotations

import hashlib


def secret_hash(secret: str) -> str:
    """The hex SHA-256 of ``secret``, as the ``token_hash`` columns hold it."""
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()
