"""The daily jobs inside `smarta serve`: a thread that asks every few minutes whether today's
run is due (jobs/daily.py decides, with its lease, which process runs it)."""

from __future__ import annotations

import logging
import threading

from django.conf import settings
from django.db import connections

from smarta.planner.jobs.daily import run_if_due

logger = logging.getLogger(__name__)


def _loop(stop: threading.Event, every: float) -> None:
    while not stop.is_set():
        try:
            run_if_due()
        except Exception:  # the server must go on serving: the next check tries again
            logger.exception("the daily jobs failed")
        finally:
            connections.close_all()  # this thread's connections, not the server's
        stop.wait(every)


def start() -> threading.Event:
    """Start the thread (a daemon: it ends with the server); set the event to stop it."""
    stop = threading.Event()
    every = max(1, settings.SMARTA_JOBS_CHECK_SECONDS)
    threading.Thread(target=_loop, args=(stop, every), name="smarta-jobs", daemon=True).start()
    return stop
