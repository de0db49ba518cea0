# 110 Console: the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= data/console.db
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test lint bench translations demo clean screenshots

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

bench: $(TSTAMP)
	$(BIN)/python -m bench

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete console -ts resources/translations/console_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/translations/console_zh_CN.ts -qm resources/translations/console_zh_CN.qm

screenshots: $(TSTAMP)
	$(BIN)/python docs/make_screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
