"""`make fuzz`: schemathesis against a running production server and its OpenAPI document.

Starts gunicorn on a free port with a data folder of its own (or the DATABASE_URL database),
creates a person, lets schemathesis log in as them (tests/fuzz/target.py) and runs every phase
(examples, coverage, fuzzing, stateful) with every check and EXAMPLES examples per operation.
Prints schemathesis' report and summary, and the server's last output when anything failed;
the exit status is schemathesis' (non-zero on any failure). Options are passed on to
``st run``, e.g. ``--seed 123`` to repeat a run or ``--max-examples 50`` for a quicker one.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzz.target import running_target

EXAMPLES = 200


def main(options: list[str]) -> int:
    with running_target() as target:
        print(f"fuzzing {target.url} with {EXAMPLES} examples per operation", flush=True)
        result = target.fuzz("--max-examples", str(EXAMPLES), *options)
        if result.returncode != 0:
            print("--- the server's output ---", target.log_tail(), sep="\n")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
