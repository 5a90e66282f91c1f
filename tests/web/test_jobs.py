"""The daily jobs run by themselves, once a day, however many processes ask."""

from __future__ import annotations

import subprocess
import time
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from smarta.planner.goals import services as services_goals
from smarta.planner.jobs import daily
from smarta.planner.models import Goal, JobRun, Notification
from tests.servers import SMARTA, Server

pytestmark = pytest.mark.django_db


def _at(hour: int) -> datetime:
    return timezone.make_aware(datetime.combine(timezone.localdate(), datetime.min.time())).replace(
        hour=hour
    )


def test_one_claim_a_day_wins_and_a_dead_run_is_taken_over(settings):
    day, now = timezone.localdate(), timezone.now()
    first = daily.claim(day, now)
    assert first is not None and daily.claim(day, now) is None
    assert daily.claim(day, now + daily.LEASE + timedelta(minutes=1)) is not None  # it died
    JobRun.objects.filter(pk=first.pk).update(finished_at=now)
    assert daily.claim(day, now + 3 * daily.LEASE) is None  # finished: never again that day


def test_the_jobs_wait_for_their_hour_then_run_once(settings, owner):
    settings.SMARTA_JOBS_HOUR = 7
    goal = services_goals.goal_create(owner=owner, text="Take the AWS exam by June")
    Goal.objects.filter(pk=goal.pk).update(created_at=timezone.now() - timedelta(days=10))
    assert daily.run_if_due(_at(6)) is None
    summary = daily.run_if_due(_at(8))
    assert summary is not None and summary["checkins_missed"] == 1
    assert daily.run_if_due(_at(9)) is None
    assert Notification.objects.filter(recipient=owner).count() == 1


@pytest.fixture
def data_server():
    server = Server(env={"SMARTA_JOBS_HOUR": "0", "SMARTA_JOBS_CHECK_SECONDS": "1"})
    yield server
    if server.process is not None:
        server.stop()


def _runs(server) -> int:
    out = server.manage("shell", "-c", "from smarta.planner.models import JobRun; "
                        "print(JobRun.objects.count())")  # fmt: skip
    return int(out.stdout.split()[-1])


def test_four_processes_at_once_run_the_jobs_once(data_server):
    data_server.manage("migrate", "-v", "0")
    processes = [
        subprocess.Popen(
            [*SMARTA, "manage", "run_jobs"], env=data_server.env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    outputs = [p.communicate(timeout=120)[0] for p in processes]
    assert all(p.returncode == 0 for p in processes)
    assert sum("digests:" in out for out in outputs) == 1, outputs
    assert _runs(data_server) == 1


def test_smarta_serve_runs_the_daily_jobs_without_cron(data_server):
    data_server.start()
    deadline = time.monotonic() + 60
    while _runs(data_server) == 0 and time.monotonic() < deadline:
        time.sleep(1)
    assert _runs(data_server) == 1
