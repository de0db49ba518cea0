# 110 Console: the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= data/console.db
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test lint bench bench-quick bench-readme stress translations demo clean screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(TSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(STAMP)

run: $(STAMP)
	@mkdir -p $(dir $(DB))
	@test -f $(DB) || $(BIN)/console110 demo --db $(DB) --days 30
	$(BIN)/console110 --db $(DB)

test: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(TSTAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

# Every benchmark (builds and caches a year's and ten years' demo data in bench/out/ on first
# run), figures in bench/results.json; `make bench-quick`: the quick set on small databases
# (under 3 minutes), figures in bench/out/results-quick.json. Compare two runs with
# `python -m bench --compare OLD.json`; `make bench-readme` writes the README's speed table.
bench: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

bench-quick: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench --quick

bench-readme: $(STAMP)
	$(BIN)/python -m bench.readme

# The full robustness runs (SIGKILLs while saving, concurrent seats, fuzzed records);
# `make test` runs them reduced (tests/test_stress_reduced.py).
stress: $(TSTAMP)
	$(BIN)/python -m stress

# One .ts per UI area: console/ui/<area>/ -> resources/translations/<area>_zh_CN.ts;
# the files directly in console/ui/ form the area "common".
AREAS = $(notdir $(patsubst %/,%,$(dir $(wildcard console/ui/*/__init__.py))))
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(wildcard console/ui/*.py) -ts resources/translations/common_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/translations/common_zh_CN.ts -qm resources/translations/common_zh_CN.qm
	for area in $(AREAS); do \
	  $(BIN)/pyside6-lupdate -no-obsolete console/ui/$$area/*.py -ts resources/translations/$${area}_zh_CN.ts && \
	  $(BIN)/pyside6-lrelease resources/translations/$${area}_zh_CN.ts -qm resources/translations/$${area}_zh_CN.qm; \
	done

# Each docs/shots/*.py builds one screen on a fictional database and saves PNGs in docs/.
screenshots: $(TSTAMP)
	for shot in docs/shots/[!_]*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$shot || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache

# The PostgreSQL half of the suite alone, on a throw-away server (tests/pg_server.py).
.PHONY: test-pg
test-pg: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/test_pg_*.py
