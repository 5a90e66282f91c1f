"""The lexer remembers what each distinct word means; the memory must stay bounded."""

from smarta.analysis import lexer
from smarta.analysis.lexer import tokenize


def test_the_word_memo_stops_growing_at_its_size(monkeypatch):
    monkeypatch.setattr(lexer, "MEMO_SIZE", 10)
    memo = lexer.lexer_for("en").memo["word"]
    memo.clear()
    words = [f"zq{chr(97 + i % 26)}{chr(97 + i // 26)}x" for i in range(40)]
    for word in words:
        tokenize(f"pass {word} by March 2027", "en")
    assert len(memo) == 10
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
