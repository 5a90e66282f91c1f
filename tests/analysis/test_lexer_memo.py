"""The lexer remembers what each distinct word and chunk means; the memory must stay bounded,
and what it remembers must read as the text does in place."""

from hypothesis import given, settings
from hypothesis import strategies as st

from smarta.analysis import lexer
from smarta.analysis.lexer import tokenize


def test_the_word_memo_stops_growing_at_its_size(monkeypatch):
    monkeypatch.setattr(lexer, "MEMO_SIZE", 10)
    memo = lexer.lexer_for("en").memo["word"]
    memo.clear()
    chunks = lexer.lexer_for("en").memo["chunk"]
    chunks.clear()
    words = [f"zq{chr(97 + i % 26)}{chr(97 + i // 26)}x" for i in range(40)]
    for word in words:
        tokenize(f"pass {word} by March 2027", "en")
    assert len(memo) == 10
    assert len(chunks) == 10
    # words met after the memo is full are still read, just not remembered
    kinds = [t.kind for t in tokenize(f"pass {words[-1]} by March 2027", "en")]
    assert kinds[1:] == ["W", "BY", "MONTH", "YEAR"]


def test_a_remembered_word_reads_the_same_as_a_new_one():
    memo = lexer.lexer_for("sv").memo
    for group in memo.values():
        group.clear()
    first = tokenize("Slutföra zebrastudien innan midsommar", "sv")
    assert memo["lex"] and memo["word"]
    assert tokenize("Slutföra zebrastudien innan midsommar", "sv") == first


def test_a_remembered_number_or_code_reads_the_same_as_a_new_one():
    memo = lexer.lexer_for("sv").memo
    memo["other"].clear()
    text = "Klart 2026-05-15, 15/5 eller 1.2.2026: 3:e kvartalet, Q3, v. 40, 10 000 kr, 4,5 %"
    first = tokenize(text, "sv")
    assert ("iso", "2026-05-15") in memo["other"] and ("num", "10 000") in memo["other"]
    assert tokenize(text, "sv") == first


def _in_place(text: str, code: str) -> list[lexer.Token]:
    """The whole text read by the lexer's expression in one pass: what tokenize must give."""
    tokens: list[lexer.Token] = []
    lex = lexer.lexer_for(code)
    lowered = lexer.prepared(lex, text)
    lexer._scan(lex, text, lowered, 0, len(lowered), tokens)
    return lexer.compose(lex, text, tokens)


def _vocabulary(code: str) -> list[str]:
    """Every phrase of the lexicon, with the words of each apart, and codes, numbers, dates."""
    words = set()
    for entry in lexer.lexer_for(code).entries:
        words.add(entry)
        words.update(entry.split(" "))
    return [
        *sorted(words),
        "Q3", "kv2", "H1", "v.", "v. 40", "vecka", "w", "wk", "40", "12", "3", "10", "000",
        "1,000", "4,5", "4.5", "2026-05-15", "15/5", "1.2.2026", "3:e", "15th", "MO-200",
        "b2", "MVG", "c-betyg", "%", "procent", "dagar", "days", "$", "€", "(", ")", "e-post",
        "Excel", "İstanbul", "don’t", "_", "–",
    ]  # fmt: skip


VOCABULARY = {code: _vocabulary(code) for code in ("sv", "en")}
SEPARATORS = [" ", " ", " ", "", "  ", "-", ", ", ". ", "\n", "\u00a0", "/"]


@settings(max_examples=600, deadline=None)
@given(data=st.data(), code=st.sampled_from(["sv", "en"]))
def test_reading_chunk_by_chunk_gives_what_one_pass_gives(data, code):
    parts = data.draw(st.lists(st.sampled_from(VOCABULARY[code]), min_size=1, max_size=10))
    seps = data.draw(
        st.lists(st.sampled_from(SEPARATORS), min_size=len(parts), max_size=len(parts))
    )
    text = "".join(p + s for p, s in zip(parts, seps, strict=True))
    assert tokenize(text, code) == _in_place(text, code)


def test_chunks_beside_each_other_are_read_together_where_they_must_be():
    # a phrase across chunks, a number with a space for thousands, a code across a space
    for text, code in [("by the end of May", "en"), ("10 000 kr", "sv"), ("vecka 40", "sv"),
                       ("v. 12 dagar", "sv"), ("jag ska", "sv")]:  # fmt: skip
        assert tokenize(text, code) == _in_place(text, code)
