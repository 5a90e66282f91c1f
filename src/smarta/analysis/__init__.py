"""The SMART analyzer: pure Python, no web framework (compiled by mypyc when built: see
``compiled.py``).

>>> from smarta.analysis import analyze
>>> analyze("Jag ska klara B2-provet i franska senast den 15 maj 2027.").time_bound.met
True
"""

from . import compiled

# Before the first engine import: the compiled modules, when current, come first.
COMPILED = compiled.activate(__path__)

from .engine import UnknownLanguageError, analyze, suggest_rewrite  # noqa: E402
from .lang import AVAILABLE as LANGUAGES  # noqa: E402
from .model import Analysis, Caution, Deadline, Evidence, Question, Rewrite, Verdict  # noqa: E402

__all__ = [
    "COMPILED",
    "LANGUAGES",
    "Analysis",
    "Caution",
    "Deadline",
    "Evidence",
    "Question",
    "Rewrite",
    "UnknownLanguageError",
    "Verdict",
    "analyze",
    "suggest_rewrite",
]
