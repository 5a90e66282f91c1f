"""Run the daily jobs once a day, whichever and however many processes ask.

The lease is a row in the database (``JobRun``, unique by job and day): the process whose
insert succeeds runs the jobs; every other finds the row and does nothing. A run that has not
finished within ``LEASE`` (its process was killed) may be taken over, by a conditional update
that only one process can win. No file is involved, so it holds for any number of app
processes on any number of machines that share the database."""

from __future__ import annotations

import logging
import os
import socket
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from smarta.planner.calendar.reminders import send_reminders
from smarta.planner.inbox import services as inbox
from smarta.planner.models import JobRun

logger = logging.getLogger(__name__)

NAME = "daily"
LEASE = timedelta(hours=1)


def _holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:120]


def claim(day: date, now: datetime) -> JobRun | None:
    """The lease on ``day``'s run for this process, or None when another has it or is done."""
    try:
        with transaction.atomic():
            return JobRun.objects.create(name=NAME, day=day, holder=_holder(), started_at=now)
    except IntegrityError:
        pass
    taken = JobRun.objects.filter(
        name=NAME, day=day, finished_at__isnull=True, started_at__lt=now - LEASE
    ).update(holder=_holder(), started_at=now)
    return JobRun.objects.get(name=NAME, day=day) if taken else None


def run_jobs(day: date, base_url: str) -> dict:
    """Every daily job for ``day``; what each did."""
    run = send_reminders(today=day, base_url=base_url)
    told = inbox.checkins_missed(day)
    sent, failed = inbox.send_pending_mails()
    return {
        "digests": run.sent, "digests_failed": len(run.failed), "checkins_missed": told,
        "mails_sent": sent, "mails_failed": failed,
    }  # fmt: skip


def run_if_due(now: datetime | None = None) -> dict | None:
    """Run today's jobs if it is past the hour and no process has run them yet today."""
    now = now or timezone.now()
    local = timezone.localtime(now)
    if local.hour < settings.SMARTA_JOBS_HOUR:
        return None
    lease = claim(local.date(), now)
    if lease is None:
        return None
    summary = run_jobs(local.date(), settings.SMARTA_SITE_URL)
    JobRun.objects.filter(pk=lease.pk).update(finished_at=timezone.now(), summary=summary)
    logger.info("daily jobs for %s: %s", local.date(), summary)
    return summary
