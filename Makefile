# Two commands on a fresh machine with Python 3.11+ and make: `make run`, `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EVAL   := ../shared/eval
EXAMPLE ?= Jag ska ta certifieringen ITIL 4 Foundation senast den 15 maj 2027.

.PHONY: run test lint bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamp files so installs rerun only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/smarta check "$(EXAMPLE)"

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy src/smarta/analysis

test: lint
	$(BIN)/pytest

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/bench.py

# Scores the shared development set and the peer date corpora (needs ../shared).
eval: $(VENV)/.installed
	@for gold in $(EVAL)/dev.jsonl $(EVAL)/peer/duckling-sv-dates.jsonl $(EVAL)/peer/duckling-en-dates.jsonl; do \
		echo "== $$gold"; \
		$(BIN)/smarta analyze --jsonl $$gold > $(VENV)/pred.jsonl; \
		$(PYTHON) $(EVAL)/score.py $$gold $(VENV)/pred.jsonl | tail -6; \
	done

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache .hypothesis
