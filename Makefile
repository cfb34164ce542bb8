# directory_gpt — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/postgres
SQLITE_TEST_URL := sqlite:///$(CURDIR)/test-db.sqlite3
PYTEST_ARGS ?=
export DJANGO_SETTINGS_MODULE := directory_gpt.settings

.PHONY: run test install lint typecheck migrations-check test-sqlite test-postgres bench clean

$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed

## make run: a local .env for development (DEBUG=true) unless one exists, SQLite migrated, the 500
## reference employees loaded into an empty directory only, demo tokens kept in .env, served on
## http://127.0.0.1:8000. Safe to re-run: HR's edits and valid demo tokens are kept.
run: install .env
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_reference_employees
	@$(BIN)/python manage.py demo_token
	$(BIN)/uvicorn directory_gpt.asgi:application --host 127.0.0.1 --port 8000 --no-access-log

# settings.py reads .env for anything the environment does not set; every README command after
# `make run` relies on its DEBUG=true. It is gitignored: never deploy it.
.env:
	@printf '# Written by `make run` for local development only (gitignored; never deploy it).\nDEBUG=true\n' > $@
	@echo "Wrote .env (DEBUG=true) for local development."

## make test: lint, type checks, migration check, then the suite on SQLite and PostgreSQL
test: install lint typecheck migrations-check test-sqlite test-postgres

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	DEBUG=true $(BIN)/mypy .

migrations-check:
	DEBUG=true $(BIN)/python manage.py makemigrations --check --dry-run

# SQLite runs on both cores (pytest-xdist; each worker has its own database file). The PostgreSQL
# pass stays serial: its query role is shared by the whole cluster, and some tests drop it.
test-sqlite:
	DATABASE_URL=$(SQLITE_TEST_URL) $(BIN)/pytest -n 2 $(PYTEST_ARGS)

test-postgres:
	@if $(BIN)/python -c "import psycopg,sys; psycopg.connect('$(TEST_POSTGRES_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		DATABASE_URL=$(TEST_POSTGRES_URL) $(BIN)/pytest $(PYTEST_ARGS); \
	elif [ "$$CI" = "true" ]; then \
		echo "PostgreSQL at $(TEST_POSTGRES_URL) is unreachable, and CI=true makes that a failure."; exit 1; \
	else \
		echo "PostgreSQL at $(TEST_POSTGRES_URL) is unreachable: the PostgreSQL run was not done."; \
	fi

$(BIN)/.bench-installed: $(BIN)/.installed requirements-bench.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $@

## make bench: the benchmark suite (PostgreSQL needed); prints a markdown table
bench: install $(BIN)/.bench-installed
	$(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 test-db.sqlite3 staticfiles
