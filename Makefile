# deckbuild — two commands do everything on a fresh machine:
#   make demo   create .venv, install deckbuild, build the sample decks into dist/
#   make test   create .venv, install dev extras and system tools, run the test suite

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: demo test bench bench-pandoc bench-import clean system-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[import]'
	touch $@

$(DEVSTAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,import]'
	touch $@ $(STAMP)

demo: $(STAMP)
	$(BIN)/deckbuild build
	$(BIN)/deckbuild build --audience all

system-deps:
	@./scripts/install-system-deps

test: $(DEVSTAMP) system-deps
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

bench: $(STAMP)
	$(BIN)/python bench/goals.py

bench-pandoc: $(STAMP)
	@./scripts/install-system-deps pandoc
	$(BIN)/python bench/run.py

bench-import: $(STAMP)
	$(BIN)/python bench/import_bench.py
	$(BIN)/python bench/import_quality.py

clean:
	rm -rf $(VENV) dist
