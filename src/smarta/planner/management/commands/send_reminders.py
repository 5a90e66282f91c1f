"""``smarta manage send_reminders [--today YYYY-MM-DD]``: the daily e-mail digests, the inbox's
notes of missed check-ins, and the notification mails not sent yet.

Run it once a day (cron, a systemd timer); running it again the same day sends nothing new.
"""

from __future__ import annotations

import argparse
from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from smarta.planner.calendar.reminders import send_reminders
from smarta.planner.inbox import services as inbox


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


class Command(BaseCommand):
    help = "E-mail each person a digest of what is due, on the days they chose."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--today", type=_day, help="the day to remind for (default: today)")
        parser.add_argument(
            "--base-url",
            default=getattr(settings, "SMARTA_SITE_URL", "http://localhost:8000"),
            help="the address of this Smarta, for links in the mails",
        )

    def handle(self, *args, today: date | None, base_url: str, **options) -> None:
        today = today or timezone.localdate()
        run = send_reminders(today=today, base_url=base_url)
        self.stdout.write(f"{today}: {run.sent} reminder e-mail(s) sent.")
        told = inbox.checkins_missed(today)
        sent, failed = inbox.send_pending_mails()  # those a mail server refused before, too
        self.stdout.write(f"{told} missed check-in(s) told; {sent} notification mail(s) sent.")
        if failed:
            self.stderr.write(f"{failed} notification mail(s) not sent; the next run retries.")
        if run.failed:
            ids = ", ".join(map(str, run.failed))
            raise CommandError(f"{len(run.failed)} digest(s) failed, for user id(s) {ids}")
