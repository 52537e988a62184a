# Every target installs what it needs: the virtual env from requirements/dev.lock
# and the Node tools (Prism, pyright) from package-lock.json.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: setup generate check validate test lint typecheck build bench diff clean

setup: $(STAMP) $(NODE_STAMP)

$(STAMP): requirements/dev.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"
	$(PY) -m pip install --quiet -r requirements/dev.lock
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

generate: $(STAMP)
	$(PY) -m generator generate

check: $(STAMP)
	$(PY) -m generator check

validate: $(STAMP)
	$(PY) -m generator validate

test: $(STAMP) $(NODE_STAMP)
	$(PY) -m pytest -n 2 $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check generator tests handwritten templates bench
	$(PY) -m ruff format --check generator tests handwritten templates bench
	$(PY) -m ruff check --config generator/ruff.toml generated

typecheck: $(STAMP) $(NODE_STAMP)
	$(PY) -m mypy --strict generated/anthropic
	node_modules/.bin/pyright -p pyrightconfig.json

build: $(STAMP)
	rm -rf dist
	$(PY) -m build --outdir dist .

bench: $(STAMP) $(NODE_STAMP)
	$(PY) -m bench

diff: $(STAMP)
	$(PY) -m generator diff $(OLD) $(NEW)

clean:
	rm -rf $(VENV) node_modules dist build .pytest_cache .mypy_cache
