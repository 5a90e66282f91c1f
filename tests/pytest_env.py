"""Loaded with ``-p`` before pytest-django reads the settings: test data in a temp folder.

Each pytest-xdist worker gets a folder of its own; the workers inherit the controller's
environment, so the worker's name decides, not whether the variable is set already."""

import os
import tempfile

_worker = os.environ.get("PYTEST_XDIST_WORKER")
if _worker:
    os.environ["SMARTA_DATA_DIR"] = tempfile.mkdtemp(prefix=f"smarta-test-{_worker}-")
else:
    os.environ.setdefault("SMARTA_DATA_DIR", tempfile.mkdtemp(prefix="smarta-test-"))
