# The two commands: `make run` (the local console chat) and `make test` (everything CI runs).
# Each does its own set-up from a clean clone.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup system-deps lint typecheck pytest serve worker clean

run: setup
	$(BIN)/onboard db upgrade
	$(BIN)/onboard seed
	$(BIN)/onboard chat

test: setup lint typecheck pytest

setup: system-deps $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

# constraints.txt pins every package to the versions last verified, so a release elsewhere
# cannot break a clean checkout; pyproject.toml keeps the ranges the code supports.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

pytest:
	$(BIN)/pytest

serve: setup
	$(BIN)/onboard db upgrade
	$(BIN)/onboard serve

clean:
	rm -rf $(VENV) data .mypy_cache .pytest_cache .ruff_cache
