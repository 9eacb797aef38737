# Two commands do everything on a fresh machine with only Python 3 and the package index:
#   make report   run every notebook headlessly on the default corpus (data/sample/)
#   make test     lint, type-check and run the test suite
# Each creates .venv and installs the project into it when the venv is missing or stale.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= data/sample
OUT    ?= reports
EVENTS ?=

.PHONY: report test lint setup clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)

report: $(STAMP)
	MPLBACKEND=Agg $(BIN)/python -m analysis report --corpus "$(CORPUS)" --out "$(OUT)" \
		$(if $(EVENTS),--events "$(EVENTS)")

lint: $(STAMP)
	$(BIN)/ruff check analysis tests benchmarks data
	$(BIN)/ruff format --check analysis tests benchmarks data
	$(BIN)/mypy

test: lint
	MPLBACKEND=Agg $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(OUT)
