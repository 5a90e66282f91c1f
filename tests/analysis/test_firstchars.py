"""The look-ahead guard for rare codes: it may let too much through, never too little."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smarta.analysis.firstchars import guard
from smarta.analysis.lang import AVAILABLE, get_language
from smarta.analysis.lexer import _SPECIALS


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [
        ([r"q([1-4])"], r"(?=q[1-4])"),
        ([r"h([12])", r"kv"], r"(?=h[12]|kv)"),
        ([r"(?<!\w)w\.?\s?\d"], r"(?=w[\d]|w[\s]|w\.)"),
        ([r"[abc][12]"], r"(?=[abc][12])"),
        ([r"x"], r"(?=x)"),  # a match one character long
        ([r"a.b"], r"(?=a)"),  # any character: the guard stops before it
        ([r"\w+"], r"(?=[\w])"),  # a class the guard repeats
        ([r"[^\W\d_]+"], ""),  # a negated class: no guard
        ([r"b?"], ""),  # can match nothing
        ([r"(?i)q3"], ""),  # case-blind: not read
    ],
)
def test_guard(patterns: list[str], expected: str) -> None:
    assert guard(patterns) == expected


CODES = "qkvhwabcdefgmt1234 .-:%"


@given(st.text(alphabet=CODES, max_size=12))
def test_guard_holds_wherever_a_code_matches(text: str) -> None:
    for code in AVAILABLE:
        patterns = [get_language(code).patterns[k] for k in _SPECIALS]
        look = re.compile(guard(patterns))
        for pattern in patterns:
            for match in re.finditer(pattern, text):
                assert look.match(text, match.start()), (pattern, text)
