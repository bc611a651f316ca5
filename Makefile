# merx developer commands. `make serve` and `make test` work on a fresh machine (Python 3.11+).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PG_URL ?= postgresql://postgres@127.0.0.1:5432/test
PYTEST_ARGS ?=

.PHONY: serve test lint typecheck unit test-sqlite test-postgres test-browser bench install install-test clean

$(BIN)/merx: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $(BIN)/merx

$(VENV)/.test-deps: pyproject.toml $(BIN)/merx
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(VENV)/.test-deps

install: $(BIN)/merx

install-test: $(VENV)/.test-deps

## Run merx on http://127.0.0.1:8080 with an embedded SQLite database under ./var
serve: $(BIN)/merx
	$(BIN)/merx serve --host 127.0.0.1 --port 8080

## Lint, type-check, then the whole suite on SQLite and on PostgreSQL, browser tests included
test: install-test lint typecheck test-sqlite test-postgres

lint: install-test
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src/merx/webapi

typecheck: install-test
	MYPYPATH=src $(BIN)/mypy src/merx

test-sqlite: install-test
	@tools/ensure-chromium
	MERX_TEST_DATABASE_URL=sqlite $(BIN)/pytest $(PYTEST_ARGS)

test-postgres: install-test
	@tools/ensure-chromium
	MERX_TEST_DATABASE_URL=$(PG_URL) $(BIN)/pytest $(PYTEST_ARGS)

bench: install-test
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
