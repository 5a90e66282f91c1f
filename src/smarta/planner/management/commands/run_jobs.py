"""``smarta manage run_jobs``: today's daily jobs (reminder digests, missed check-ins told,
notification mails still waiting), once a day however often and wherever it is run.

`smarta serve` runs them by itself (SMARTA_JOBS_IN_SERVE); in production with gunicorn, run this
from a systemd timer or a container's schedule, as often as you like: the lease in the database
lets one run a day through.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from smarta.planner.jobs.daily import run_if_due


class Command(BaseCommand):
    help = "Run today's daily jobs, unless a process has run them today already."

    def handle(self, *args, **options) -> None:
        summary = run_if_due()
        if summary is None:
            self.stdout.write("Nothing to do: not yet the hour, or run today already.")
        else:
            self.stdout.write(", ".join(f"{k}: {v}" for k, v in summary.items()))
