# Factlane: `make run` opens the app on the demo project, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO := demo/Demo.factlane

.PHONY: run test demo lint typecheck unit bench lock screenshot package clean

$(STAMP): pyproject.toml requirements.lock requirements-dev.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Factlane needs Python 3.11 or newer")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m desktop.services.demo --output $(DEMO)

run: $(STAMP)
	$(PY) -m desktop.services.demo --output $(DEMO) --open

lint: $(STAMP)
	$(PY) -m ruff check desktop tests benchmarks
	$(PY) -m ruff format --check desktop tests benchmarks

typecheck: $(STAMP)
	$(PY) -m mypy desktop

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test: lint typecheck unit

screenshot: demo
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop gui $(DEMO) --screenshot docs/screenshot.png --size 1600x1000

bench: $(STAMP)
	for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# Installer for this system (Linux: AppDir, .deb, .tar.gz) from requirements.lock, in its own
# venv under build/; see packaging/README or packaging/build.py.
package:
	$(PYTHON) packaging/build.py

# Re-pin every dependency from pyproject.toml (needs the network to PyPI).
lock:
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/pip install --quiet . && .lockenv/bin/pip freeze | grep -v -i '^factlane' > requirements.lock.new
	.lockenv/bin/pip install --quiet '.[dev]' && .lockenv/bin/pip freeze | grep -v -i '^factlane' | grep -v -x -F -f requirements.lock.new > requirements-dev.lock.new
	(echo "# Runtime dependencies, pinned. Regenerate with: make lock"; cat requirements.lock.new) > requirements.lock
	(echo "# Runtime + development dependencies, pinned. Regenerate with: make lock"; echo "-r requirements.lock"; cat requirements-dev.lock.new) > requirements-dev.lock
	rm -rf .lockenv requirements.lock.new requirements-dev.lock.new

clean:
	rm -rf $(VENV) demo build dist .pytest_cache .mypy_cache .ruff_cache
