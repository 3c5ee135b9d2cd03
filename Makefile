# Two entry points, as the README says: `make demo` and `make test`.
# Each creates its virtual environment with the interpreter in $(PYTHON) and installs what it needs.
PYTHON ?= python3
SEEDS := seeds
# The seed articles, when this checkout sits beside shared/ (quote checks read them).
ARCHIVE := $(wildcard ../shared/seeds)

# Three test environments, one suite:
#   .venv          the locked versions (requirements/test.txt): `make test`, reproducible;
#   .venv-latest   the newest releases pip serves today, made anew each run: what a user gets;
#   .venv-oldest   the lower bounds pyproject.toml declares (requirements/oldest.txt).
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements/test.txt
OLDEST := requirements/oldest.txt
# The lock's own tool: uv resolves for every platform at once and can resolve the lowest versions
# the bounds allow (README, "Test environments").
UV_VERSION := 0.13.9
UV_COMPILE := $(BIN)/uv pip compile pyproject.toml --python-version 3.11 --quiet
# The wheel test installs the built wheel with the same versions as the suite around it.
export EVIDTRACK_TEST_CONSTRAINTS

# $(call new_env,DIR): a virtual environment made anew in DIR, with the newest pip.
define new_env
rm -rf $(1)
$(PYTHON) -m venv $(1)
$(1)/bin/python -m pip install -q --upgrade pip
endef

# $(call install_locked,DIR,LOCK): every pin of LOCK (hashes checked), then evidtrack itself,
# editable, without dependencies, so that nothing the lock did not choose slips in.
define install_locked
$(1)/bin/python -m pip install -q -r $(2)
$(1)/bin/python -m pip install -q --no-deps -e .
endef

.PHONY: demo test test-latest test-oldest lock lint typecheck pytest browser bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# The demo runs evidtrack as users get it: installed from the package (not editable) in an
# environment of its own, again whenever a file of the package changes.
DEMO := $(VENV)-demo
PACKAGE_FILES := $(shell find evidtrack -type f -not -path '*/__pycache__/*')
$(DEMO)/.installed: pyproject.toml $(PACKAGE_FILES)
	$(call new_env,$(DEMO))
	$(DEMO)/bin/python -m pip install -q .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(LOCK) | $(BIN)/python
	$(call install_locked,$(VENV),$(LOCK))
	touch $@

demo: $(DEMO)/.installed
	$(DEMO)/bin/evidtrack summary $(SEEDS)
	$(DEMO)/bin/evidtrack validate $(SEEDS) $(if $(ARCHIVE),--archive $(ARCHIVE))
	$(DEMO)/bin/evidtrack score $(SEEDS)

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

pytest: EVIDTRACK_TEST_CONSTRAINTS = $(abspath $(LOCK))
pytest: $(VENV)/.installed-test browser
	$(BIN)/pytest -n 2

test: lint typecheck pytest

# The newest releases of everything, in an environment made anew so that nothing old is kept.
# The lint and type checks stay on the locked tools: a new ruff or mypy release changes what they
# report, not what users get.
test-latest: browser
	$(call new_env,$(VENV)-latest)
	$(VENV)-latest/bin/python -m pip install -q --upgrade -e '.[test]'
	$(VENV)-latest/bin/python -m pip list --format=freeze > $(VENV)-latest/versions.txt
	@echo "newest versions: $$(grep -i -E '^(attrs|cattrs|pyyaml|pendulum|sphinx|hypothesis|pytest)==' $(VENV)-latest/versions.txt | tr '\n' ' ')"
	EVIDTRACK_TEST_CONSTRAINTS= $(VENV)-latest/bin/pytest -n 2

# The oldest versions pyproject.toml says evidtrack supports.
test-oldest: browser
	$(call new_env,$(VENV)-oldest)
	$(call install_locked,$(VENV)-oldest,$(OLDEST))
	EVIDTRACK_TEST_CONSTRAINTS=$(abspath $(OLDEST)) $(VENV)-oldest/bin/pytest -n 2

# Refresh the locks from pyproject.toml: the newest versions for requirements/test.txt, the lowest
# that the runtime bounds allow (with the newest test tools that accept them) for oldest.txt.
lock: | $(BIN)/python
	$(BIN)/python -m pip install -q uv==$(UV_VERSION)
	$(UV_COMPILE) --extra test --extra docs --universal --generate-hashes -o $(LOCK)
	$(UV_COMPILE) --resolution lowest-direct -o requirements/oldest-runtime.txt
	$(UV_COMPILE) --extra test --extra docs --universal --generate-hashes \
	  -c requirements/oldest-runtime.txt -o $(OLDEST)

# The benchmark measures evidtrack as users get it: installed from the package (compiled by pip,
# with no editable install's finder in front of every import) with the locked versions.
BENCH := $(VENV)-bench
$(BENCH)/.installed: pyproject.toml $(LOCK) $(PACKAGE_FILES)
	$(call new_env,$(BENCH))
	$(BENCH)/bin/python -m pip install -q -r $(LOCK)
	$(BENCH)/bin/python -m pip install -q --no-deps .
	touch $@

bench: $(BENCH)/.installed
	$(BENCH)/bin/python benchmarks/bench.py

clean:
	rm -rf $(VENV) $(VENV)-demo $(VENV)-latest $(VENV)-oldest $(VENV)-bench .mypy_cache .pytest_cache .ruff_cache .hypothesis
