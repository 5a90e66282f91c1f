"""``python -m loadtest.seed``: write the load test's organisation into Smarta's database.

Reads the same environment as the app (``SMARTA_DATA_DIR``, ``DATABASE_URL``), so it fills
the database a server started with that environment serves; the database must be migrated.
Prints how long seeding took.

    python -m loadtest.seed --prefix load-1a2b3c4d- --people 2000 --goals 10 --checkins 20
"""

from __future__ import annotations

import argparse
import os
import time
from random import Random

import django


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", required=True, help="user names are PREFIX00000, …")
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--goals", type=int, default=10, help="per person")
    parser.add_argument("--checkins", type=int, default=20, help="per goal")
    parser.add_argument("--random-seed", type=int, default=0, help="the same seed, the same data")
    args = parser.parse_args(argv)
    if min(args.people, args.goals, args.checkins) < 1:
        parser.error("people, goals and check-ins must be at least 1")

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smarta.web.settings")
    django.setup()
    from django.utils import timezone

    from .dataset import Size, seed  # the models can load only once Django is set up

    size = Size(args.people, args.goals, args.checkins)
    started = time.perf_counter()
    seed(prefix=args.prefix, size=size, today=timezone.localdate(), rng=Random(args.random_seed))
    print(f"seeded {size} in {time.perf_counter() - started:.1f} s", flush=True)


if __name__ == "__main__":
    main()
