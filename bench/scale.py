"""Benchmark 3, scale: the directory at a million employees.

1. A new PostgreSQL database, migrated by `manage.py migrate` in a subprocess.
2. `manage.py generate_employees --count N` (timed), then VACUUM ANALYZE (timed; autovacuum
   would do the ANALYZE shortly after a real bulk load).
3. In a second subprocess, Django set up against that database (`python -m bench.scale
   --measure`): the HR admin's pages as a logged-in superuser and the REST list through Django's
   test Client (in-process, no HTTP server), median of several runs after a warm-up. Without the
   REST API, the equivalent ORM queries are timed instead.
4. EXPLAIN ANALYZE of typical directory questions: which index answers each.

Run alone: `.venv/bin/python -m bench.scale --rows 1000000` (prints a markdown table, writes
bench/results/scale-<time>.json). The suite runner calls `run()` and writes the JSON itself.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg

from bench.harness import (
    API_KEY,
    PYTHON,
    REPO_DIR,
    BenchError,
    app_env,
    bench_database,
    machine_info,
    machine_line,
    manage,
    markdown_table,
    print_flush,
    write_json,
)

ROWS = 1_000_000
QUICK_ROWS = 50_000
SEED = 20_240_101
RUNS = 7
GENERATION_TARGET_S = 120.0
PAGE_TARGET_MS = 300.0

ADMIN = "/admin/employees/employee/"
ADMIN_PAGES = {
    "admin changelist": ADMIN,
    "admin changelist, page 1000": f"{ADMIN}?p=1000",
    "admin search 'smith'": f"{ADMIN}?q=smith",
    "admin search 'ann smi'": f"{ADMIN}?q=ann+smi",
    "admin filter Marketing + hired 2020": f"{ADMIN}?department__exact=Marketing&hire_year=2020",
    "admin filter title Intern": f"{ADMIN}?title__exact=Intern",
    "admin date hierarchy 2020": f"{ADMIN}?hire_date__year=2020",
    "admin date hierarchy 2020-06": f"{ADMIN}?hire_date__year=2020&hire_date__month=6",
}
REST_PAGES = {
    "REST Marketing hired after 2020-01-01 by hire date": (
        "/api/employees/?department=Marketing&hired_after=2020-01-01&ordering=hire_date"
    ),
    "REST search 'smith'": "/api/employees/?search=smith",
}
EXPLAIN_QUERIES = {
    "count per department": "SELECT department, count(*) FROM employees GROUP BY department",
    "Marketing hired after 2020-01-01 by hire date": (
        "SELECT * FROM employees WHERE department = 'Marketing' AND hire_date > '2020-01-01' "
        "ORDER BY hire_date"
    ),
    "lower(last_name) = 'smith'": "SELECT * FROM employees WHERE lower(last_name) = 'smith'",
    "lower(first_name) LIKE 'and%'": (
        "SELECT * FROM employees WHERE lower(first_name) LIKE 'and%'"
    ),
    "hire_date BETWEEN 2020-01-01 AND 2020-03-31": (
        "SELECT * FROM employees WHERE hire_date BETWEEN '2020-01-01' AND '2020-03-31'"
    ),
    "5 latest Interns": (
        "SELECT * FROM employees WHERE title = 'Intern' ORDER BY hire_date DESC LIMIT 5"
    ),
    "admin search: lower(email) LIKE 'james.smith%'": (
        "SELECT count(*) FROM employees WHERE lower(email) LIKE 'james.smith%'"
    ),
}
_INDEX_IN_PLAN = re.compile(
    r"(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? "
    r"(?:using|on) (\w+)"
)


def run(
    quick: bool = False, *, rows: int | None = None, server_env: dict[str, str] | None = None
) -> dict[str, Any]:
    rows = rows or (QUICK_ROWS if quick else ROWS)
    results: dict[str, Any] = {"rows": rows, "machine": machine_line(machine_info())}
    with bench_database("scale", fixture=None) as database:
        env = app_env(
            database.url,
            overrides={
                "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
                "LOG_LEVEL": "WARNING",
                **(server_env or {}),
            },
        )
        print_flush(f"scale: generating {rows:,} employees")
        results["generation"] = generate(rows, env)
        results["vacuum_analyze_s"] = vacuum_analyze(database.url)
        results["sizes"] = sizes(database.url)
        print_flush("scale: timing admin and REST pages")
        results.update(measure_in_subprocess(env))
        results["explain"] = {
            name: explain(database.url, sql) for name, sql in EXPLAIN_QUERIES.items()
        }
    results.update(headline(results))
    print_flush("\n" + table(results) + "\n")
    return results


# --- generation ---------------------------------------------------------------------------------


def generate(rows: int, env: dict[str, str]) -> dict[str, Any]:
    started = time.perf_counter()
    output = manage(
        "generate_employees",
        f"--count={rows}",
        f"--seed={SEED}",
        "--no-progress",
        env=env,
        timeout=3600,
    )
    wall = time.perf_counter() - started
    match = re.search(r"Added (\d+) employees in ([\d.]+) s", output)
    if not match or int(match.group(1)) != rows:
        raise BenchError(f"generate_employees said: {output.strip()}")
    return {"command_s": float(match.group(2)), "wall_s": wall, "output": output.strip()}


def vacuum_analyze(url: str) -> float:
    started = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("VACUUM (ANALYZE) employees")
    return time.perf_counter() - started


def sizes(url: str) -> dict[str, str]:
    with psycopg.connect(url, autocommit=True) as connection:
        row = connection.execute(
            "SELECT pg_size_pretty(pg_table_size('employees')), "
            "pg_size_pretty(pg_indexes_size('employees'))"
        ).fetchone()
    assert row
    return {"table": str(row[0]), "indexes": str(row[1])}


# --- EXPLAIN ------------------------------------------------------------------------------------


def explain(url: str, sql: str) -> dict[str, Any]:
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(sql)  # warm the cache as a repeated question would find it
        plan = [
            str(line[0])
            for line in connection.execute(f"EXPLAIN (ANALYZE, BUFFERS OFF) {sql}").fetchall()
        ]
    text = "\n".join(plan)
    execution = re.search(r"Execution Time: ([\d.]+) ms", text)
    return {
        "sql": sql,
        "indexes": sorted(set(_INDEX_IN_PLAN.findall(text))),
        "seq_scan": "Seq Scan" in text,
        "execution_ms": float(execution.group(1)) if execution else None,
        "plan": plan,
    }


# --- the measuring half (a subprocess with Django set up against the bench database) -----------


def measure_in_subprocess(env: dict[str, str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as folder:
        out = Path(folder) / "measured.json"
        completed = subprocess.run(
            [PYTHON, "-m", "bench.scale", "--measure", str(out)],
            cwd=REPO_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
        if completed.returncode != 0 or not out.exists():
            tail = (completed.stdout + completed.stderr)[-3000:]
            raise BenchError(f"the measuring subprocess failed ({completed.returncode}):\n{tail}")
        measured: dict[str, Any] = json.loads(out.read_text())
    return measured


def measure(out: Path) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directory_gpt.settings")
    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.test.utils import override_settings
    from django.urls import Resolver404, resolve

    user = get_user_model().objects.create_superuser("bench-admin", "", None)
    # The served app uses the collectstatic manifest; the in-process client does without it.
    static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    with override_settings(
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": static,
        }
    ):
        admin = Client(HTTP_HOST="127.0.0.1")
        admin.force_login(user)
        employee_id = _first_employee_id()
        pages = {**ADMIN_PAGES, "admin change page": f"{ADMIN}{employee_id}/change/"}
        measured: dict[str, Any] = {
            "admin": {name: time_get(admin, url) for name, url in pages.items()}
        }
        try:
            resolve("/api/employees/")
            api = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Bearer {API_KEY}")
            measured["rest"] = {name: time_get(api, url) for name, url in REST_PAGES.items()}
            measured["rest_via"] = "HTTP (Django test client, bearer token)"
        except Resolver404:
            measured["rest"] = time_orm_equivalents()
            measured["rest_via"] = "ORM (no /api/employees/ route)"
    out.write_text(json.dumps(measured, default=str))


def _first_employee_id() -> str:
    from employees.models import Employee

    return str(Employee.objects.order_by("hire_date").values_list("pk", flat=True)[0])


def time_get(client: Any, url: str) -> dict[str, Any]:
    response = client.get(url)  # warm-up (and the status we report)
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    result: dict[str, Any] = {
        "url": url,
        "status": response.status_code,
        "median_ms": statistics.median(timings),
        "min_ms": min(timings),
        "max_ms": max(timings),
    }
    if response.get("Content-Type", "").startswith("application/json"):
        result["count"] = response.json().get("count")
    return result


def time_orm_equivalents() -> dict[str, Any]:
    import datetime as dt

    from django.db.models import Q

    from employees.models import Employee

    def marketing() -> int:
        rows = Employee.objects.filter(
            department="Marketing", hire_date__gt=dt.date(2020, 1, 1)
        ).order_by("hire_date", "last_name", "first_name", "id")
        list(rows[:50])
        return rows.count()

    def smith() -> int:
        match = Q()
        for field in ("first_name", "last_name", "email"):
            match |= Q(**{f"{field}__icontains": "smith"})
        rows = Employee.objects.filter(match).order_by("last_name", "first_name", "id")
        list(rows[:50])
        return rows.count()

    results = {}
    for name, query in zip(REST_PAGES, (marketing, smith), strict=True):
        count = query()
        timings = []
        for _ in range(RUNS):
            started = time.perf_counter()
            query()
            timings.append((time.perf_counter() - started) * 1000)
        results[name] = {"count": count, "median_ms": statistics.median(timings)}
    return results


# --- report -------------------------------------------------------------------------------------


def headline(results: dict[str, Any]) -> dict[str, Any]:
    """Flat name -> value pairs, which the suite runner's table shows."""
    flat: dict[str, Any] = {
        f"generate {results['rows']:,} rows (s)": round(results["generation"]["command_s"], 1)
    }
    for section in ("admin", "rest"):
        for name, value in results.get(section, {}).items():
            flat[f"{name} (median ms)"] = round(value["median_ms"], 1)
    return flat


def table(results: dict[str, Any]) -> str:
    generation = results["generation"]
    rows = [
        [
            f"generate_employees --count {results['rows']:,}",
            f"{generation['command_s']:.1f} s (wall {generation['wall_s']:.1f} s)",
            f"< {GENERATION_TARGET_S:.0f} s" if results["rows"] >= ROWS else "",
        ],
        ["VACUUM ANALYZE afterwards", f"{results['vacuum_analyze_s']:.1f} s", ""],
        [
            "table / indexes size",
            f"{results['sizes']['table']} / {results['sizes']['indexes']}",
            "",
        ],
    ]
    for section in ("admin", "rest"):
        for name, value in results.get(section, {}).items():
            status = value.get("status")
            extra = f", {value['count']:,} rows" if value.get("count") is not None else ""
            rows.append(
                [
                    name,
                    f"{value['median_ms']:.0f} ms{extra}"
                    + (f" (HTTP {status})" if status and status != 200 else ""),
                    f"< {PAGE_TARGET_MS:.0f} ms",
                ]
            )
    for name, value in results["explain"].items():
        used = ", ".join(value["indexes"]) or "no index"
        if value["seq_scan"]:
            used += " + Seq Scan"
        rows.append([f"EXPLAIN {name}", f"{used}; {value['execution_ms']:.1f} ms", "an index"])
    heading = (
        f"{results['rows']:,} employees on {results['machine']}; "
        f"REST via {results.get('rest_via', '')}"
    )
    return heading + "\n\n" + markdown_table(["name", "value", "target"], rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="The directory at a million employees.")
    parser.add_argument("--rows", type=int, default=ROWS, help=f"employees (default {ROWS:,})")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} employees")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        measure(args.measure)
        return
    rows = QUICK_ROWS if args.quick and args.rows == ROWS else args.rows
    results = run(rows=rows)
    print_flush(f"results: {write_json('scale', results)}")


if __name__ == "__main__":
    main(sys.argv[1:])
