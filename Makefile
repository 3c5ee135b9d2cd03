# Two entry points, as the README says: `make demo` and `make test`.
# Each creates .venv with the interpreter in $(PYTHON) and installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS := seeds
# The seed articles, when this checkout sits beside shared/ (quote checks read them).
ARCHIVE := $(wildcard ../shared/seeds)

.PHONY: demo test lint typecheck pytest browser bench clean

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

# The docs browser test drives Debian's chromium through chromium-driver; install them when
# missing (as root, or through sudo), else say what is needed.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null \
	  || { echo "make test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)" >&2; exit 1; }; \
	fi

pytest: $(VENV)/.installed-test browser
	$(BIN)/pytest -n 2

test: lint typecheck pytest

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_load.py
	$(BIN)/python benchmarks/bench_pipeline.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
