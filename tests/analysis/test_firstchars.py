"""The look-ahead guard for rare codes: it may let too much through, never too little."""

import re
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smarta.analysis.firstchars import guard, load
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
        known = get_language(code).patterns
        patterns = [known[k] for k in _SPECIALS if k in known]
        look = re.compile(guard(patterns))
        for pattern in patterns:
            for match in re.finditer(pattern, text):
                assert look.match(text, match.start()), (pattern, text)


CODE_PATTERNS = [r"q([1-4])", r"h([12])"]


def test_the_parser_internals_are_read_on_this_python():
    assert load() is not None
    assert guard(CODE_PATTERNS, load()) == r"(?=h[12]|q[1-4])"


@pytest.mark.parametrize(
    ("parser", "constants"),
    [("re._no_such_parser", "re._constants"),  # moved or gone: ImportError
     ("re._parser", "json")],  # a module without the opcodes: AttributeError
)  # fmt: skip
def test_missing_or_other_parser_internals_load_as_none(parser, constants):
    assert load(parser, constants) is None


def test_without_the_internals_there_is_no_guard():
    assert guard(CODE_PATTERNS, None) == ""


def test_a_parse_tree_of_another_shape_gives_no_guard():
    internals = load()
    assert internals is not None
    for reshaped in (
        lambda pattern: None,  # no .state
        lambda pattern: SimpleNamespace(state=SimpleNamespace(flags=0), data=[(1, 2, 3)]),
        lambda pattern: 1 / 0,
    ):
        assert guard(CODE_PATTERNS, internals._replace(parse=reshaped)) == ""
