"""Who the seeded people are: user names made from a run's prefix, and their one password.

Both the seed (which creates them) and the locustfile (which logs in as them) read this.
"""

from __future__ import annotations

import secrets

# Every seeded person has this password, so the seed hashes it once.
PASSWORD = "load test only: never a real password"


def new_prefix() -> str:
    """A prefix no earlier run used, so a run can share a database with other data."""
    return f"load-{secrets.token_hex(4)}-"


def username(prefix: str, number: int) -> str:
    return f"{prefix}{number:05d}"
