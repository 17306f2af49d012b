# The two commands a user needs: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1:8000

.PHONY: run test setup compiled db seeds bench lint chromium

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $@

setup: $(INSTALLED)

# the extraction compiled to C by mypyc (a no-op when up to date); without it the .py files run, slower
compiled: $(INSTALLED)
	@$(PY) manage.py compile_extraction || echo "Could not compile the extraction: it runs as pure Python"

db: compiled
	$(PY) manage.py migrate --noinput

seeds: db
	$(PY) manage.py load_articles fixtures/seeds

run: seeds
	@echo "Admin login: run '$(PY) manage.py createsuperuser' once, then open http://$(HOST)/admin/"
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST)

chromium:
	@test -x /usr/bin/chromium || { \
		echo "Installing Debian's Chromium for the browser tests"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: compiled chromium
	$(PY) -m pytest

bench: compiled
	$(PY) tests/benchmarks/bench_extraction.py
	$(PY) tests/benchmarks/bench_loading.py
	$(PY) tests/benchmarks/bench_pages.py

lint: $(INSTALLED)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy statements/extraction
