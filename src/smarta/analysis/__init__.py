"""The SMART analyzer: pure Python, no web framework.

>>> from smarta.analysis import analyze
>>> analyze("Jag ska klara B2-provet i franska senast den 15 maj 2027.").time_bound.met
True
"""

from .engine import UnknownLanguageError, analyze
from .lang import AVAILABLE as LANGUAGES
from .model import Analysis, Caution, Deadline, Evidence, Question, Rewrite, Verdict

__all__ = [
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
]
