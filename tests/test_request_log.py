"""One log line per request, as `make run` serves it: no bare copy, no second 4xx warning."""

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, method: str = "GET") -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=5) as r:  # noqa: S310
            return int(r.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def _wait_until_up(url: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            _get(url)
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("the development server did not start")


def test_runserver_writes_one_line_per_request(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        "PATH": "/usr/bin:/bin",
        "DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "directory_gpt.settings",
        "PYTHONUNBUFFERED": "1",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True
    )
    log = tmp_path / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_until_up(f"{base}/healthz", time.monotonic() + 30)
            statuses = {
                "/api/employees/": _get(f"{base}/api/employees/"),
                "/no-such-page": _get(f"{base}/no-such-page"),
                "/api/employees/?page=2": _get(f"{base}/api/employees/?page=2", "HEAD"),
            }
            time.sleep(0.5)
        finally:
            server.terminate()
            server.wait(timeout=10)
    assert statuses == {"/api/employees/": 401, "/no-such-page": 404, "/api/employees/?page=2": 401}
    lines = log.read_text().splitlines()
    employees = [line for line in lines if "/api/employees/" in line]
    assert len(employees) == 2, lines
    assert employees[0].endswith(tuple(f"GET /api/employees/ 401 {n}ms" for n in range(1000)))
    assert " HEAD /api/employees/ 401 " in employees[1]  # never the query string
    missing = [line for line in lines if "/no-such-page" in line]
    assert len(missing) == 1, lines
    assert " INFO directory_gpt.requests GET /no-such-page 404 " in missing[0]
