# Two entry points, as the README says: `make demo` and `make test`.
# Each creates .venv with the interpreter in $(PYTHON) and installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS := seeds
# The seed articles, when this checkout sits beside shared/ (quote checks read them).
ARCHIVE := $(wildcard ../shared/seeds)

.PHONY: demo test lint typecheck pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/evidtrack summary $(SEEDS)
	$(BIN)/evidtrack validate $(SEEDS) $(if $(ARCHIVE),--archive $(ARCHIVE))
	$(BIN)/evidtrack score $(SEEDS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy --strict

pytest: $(VENV)/.installed-test
	$(BIN)/pytest -n 2

test: lint typecheck pytest

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_load.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
