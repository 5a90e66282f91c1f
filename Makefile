# Two commands on a fresh machine with Python 3.11+ and make: `make run`, `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EVAL   := ../shared/eval

# Debian packages the tests need: a browser for Playwright, gettext for the catalogues,
# Pango for WeasyPrint's PDFs, poppler for reading PDFs back.
DEBIAN_PACKAGES := chromium gettext libpango-1.0-0 libpangoft2-1.0-0 poppler-utils fonts-dejavu-core
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint bench compiled eval clean system-deps messages fuzz loadtest screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamp files so installs rerun only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed

# The analyzer's engine compiled by mypyc from the same source (smarta/analysis/compiled.py).
# The package loads it only while it matches the sources, and runs them as Python otherwise.
COMPILED_DIGEST := src/smarta/analysis/_compiled/DIGEST
ANALYZER_SOURCES := $(wildcard src/smarta/analysis/*.py) src/smarta/analysis/lang/__init__.py

$(COMPILED_DIGEST): $(ANALYZER_SOURCES) scripts/compile_analyzer.py | $(VENV)/.installed
	$(BIN)/pip install -q -e '.[compile]'
	$(BIN)/python scripts/compile_analyzer.py > $(VENV)/compile.log 2>&1 || { tail -20 $(VENV)/compile.log; exit 1; }

compiled: $(COMPILED_DIGEST)

# Without a C compiler the app still runs, on the pure-Python analyzer.
run: $(VENV)/.installed
	@$(MAKE) --no-print-directory compiled || echo "could not compile the analyzer: it runs as Python"
	SMARTA_DEBUG=1 $(BIN)/smarta serve --port $(or $(PORT),8000)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy src/smarta/analysis

# The whole suite on SQLite, then again on a throwaway PostgreSQL (scripts/with-postgres.sh
# installs Debian's server when missing). The browser tests run once, on SQLite: their server
# process keeps its own SQLite data folder, so a second run would test nothing new.
# The analyzer's tests run once more on its pure-Python source, the suite itself on the
# compiled build (SMARTA_ANALYZER=compiled fails rather than fall back); they touch no
# database, so the PostgreSQL pass leaves them out. Any run failing fails `make test`.
# Each pass runs on every core (pytest-xdist), a test file per worker at a time: each
# worker has its own test database, data folder and server processes.
PARALLEL := -n auto --dist loadfile
test: lint system-deps compiled
	SMARTA_ANALYZER=compiled $(BIN)/pytest $(PARALLEL)
	SMARTA_ANALYZER=pure $(BIN)/pytest $(PARALLEL) tests/analysis tests/test_cli.py
	SMARTA_ANALYZER=compiled scripts/with-postgres.sh $(BIN)/pytest $(PARALLEL) -m "not browser" \
		--ignore=tests/analysis --ignore=tests/test_cli.py

# The README's pictures: the browser flows, saving each page at 1280 and 390 px wide.
screenshots: $(VENV)/.installed-dev system-deps compiled
	SMARTA_SCREENSHOTS=docs/screenshots $(BIN)/pytest -m browser tests/browser

# Installs what is missing only; a machine that has it all is not touched.
system-deps: node_modules/axe-core/axe.min.js
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

# Refreshes the gettext catalogues from the code and compiles them.
messages: $(VENV)/.installed
	mkdir -p src/smarta/locale
	cd src/smarta && ../../$(BIN)/django-admin makemessages -l sv -l en --no-obsolete --no-location
	cd src/smarta && ../../$(BIN)/django-admin compilemessages

# The analyzer as the app runs it (compiled), then its pure-Python source, for comparison.
bench: $(VENV)/.installed-dev compiled
	SMARTA_ANALYZER=compiled $(BIN)/python bench/bench.py
	@echo
	SMARTA_ANALYZER=pure $(BIN)/python bench/bench.py

# Schemathesis against a running production server: every phase and check, 200 examples per
# operation (scripts/fuzz.py; FUZZ_OPTIONS go to `st run`, e.g. FUZZ_OPTIONS="--seed 1").
fuzz: $(VENV)/.installed-dev
	$(BIN)/python scripts/fuzz.py $(FUZZ_OPTIONS)

# Scores the shared development set, the peer date corpora and SMARTSpan's labelled goals
# (needs ../shared; of SMARTSpan, Measurable is the comparable criterion: see its README).
eval: $(VENV)/.installed
	@for gold in $(EVAL)/dev.jsonl $(EVAL)/peer/duckling-sv-dates.jsonl $(EVAL)/peer/duckling-en-dates.jsonl $(EVAL)/peer/smartspan-en.jsonl; do \
		echo "== $$gold"; \
		$(BIN)/smarta analyze --jsonl $$gold > $(VENV)/pred.jsonl; \
		$(PYTHON) $(EVAL)/score.py $$gold $(VENV)/pred.jsonl | tail -6; \
	done

# Seeds 2 000 people × 10 goals × 20 check-ins, serves them with gunicorn (one worker per core)
# and drives 50 locust users for 60 s: on SQLite, then on a throwaway PostgreSQL; a table of
# requests/s, p50/p95/p99 and errors for each. Both always run; either failing fails the target.
# Options: make loadtest LOADTEST_ARGS="--seconds 120 --think 0 0" (python -m loadtest.run -h).
loadtest: $(VENV)/.installed-dev
	@status=0; \
	env -u DATABASE_URL $(BIN)/python -m loadtest.run $(LOADTEST_ARGS) || status=1; \
	scripts/with-postgres.sh $(BIN)/python -m loadtest.run $(LOADTEST_ARGS) || status=1; \
	exit $$status

clean:
	rm -rf $(VENV) build src/smarta/analysis/_compiled src/*.egg-info .pytest_cache .ruff_cache .hypothesis
