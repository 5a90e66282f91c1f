"""Loaded with ``-p`` before pytest-django reads the settings: test data in a temp folder."""

import os
import tempfile

os.environ.setdefault("SMARTA_DATA_DIR", tempfile.mkdtemp(prefix="smarta-test-"))
