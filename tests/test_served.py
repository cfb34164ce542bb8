"""The served configuration, for real: the Procfile's `web:` command (gunicorn with uvicorn
workers, gunicorn.conf.py, directory_gpt/asgi.py) on a loopback port, with production settings
and a SQLite database of the 500 reference employees.

Every page family answers through it (health, admin, REST API, docs, static files, questions),
and slow clients — 200 connections trickling their headers, 200 trickling their bodies — neither
stop a health probe from answering within a second nor keep their connections past the read
deadlines. Every loop here is bounded in time.
"""

import contextlib
import http.client
import json
import os
import secrets
import select
import shlex
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[1]
INHERITED = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")
API_KEY = secrets.token_urlsafe(24)
READ_TIMEOUT_S = 3  # HTTP_HEADER_TIMEOUT and HTTP_BODY_TIMEOUT for this server
# HTTP_KEEPALIVE_MAX_AGE for this server: above the kept-alive test's 3 s of requests.
KEEPALIVE_MAX_AGE_S = 4
SLOW_CLIENTS = 200
PROBE_LIMIT_S = 1.0


@dataclass
class Served:
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()


def _environment(database: Path, port: int) -> dict[str, str]:
    env = {key: os.environ[key] for key in INHERITED if key in os.environ}
    env.update(
        {
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "DJANGO_SETTINGS_MODULE": "directory_gpt.settings",
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": f"sqlite:///{database}",
            "BEARER_AUTH_API_KEY": API_KEY,
            "OPENAI_API_KEY": "",
            "GPTBRIDGE_RATE": "100000/min",
            "CACHE_URL": "locmemcache://",
            "HTTP_HEADER_TIMEOUT": str(READ_TIMEOUT_S),
            "HTTP_BODY_TIMEOUT": str(READ_TIMEOUT_S),
            "HTTP_KEEPALIVE_MAX_AGE": str(KEEPALIVE_MAX_AGE_S),
            "WEB_CONCURRENCY": "2",
            "PORT": str(port),
            "GUNICORN_CMD_ARGS": f"--bind 127.0.0.1:{port}",
        }
    )
    return env


def _manage(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )


def _web_command() -> list[str]:
    for line in (BASE_DIR / "Procfile").read_text().splitlines():
        if line.startswith("web:"):
            argv = shlex.split(line.removeprefix("web:"))
            argv[0] = str(Path(sys.executable).parent / argv[0])
            return argv
    raise AssertionError("the Procfile has no web: line")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_healthy(served: Served, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if served.process.poll() is not None:
            raise AssertionError(f"the server exited:\n{served.log.read_text()[-3000:]}")
        try:
            if served.request("GET", "/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"/healthz did not answer:\n{served.log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("served")
    port = _free_port()
    env = _environment(folder / "db.sqlite3", port)
    _manage(env, "migrate", "--noinput")
    _manage(env, "loaddata", "employees")
    _manage(env, "collectstatic", "--noinput")
    log = folder / "server.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            _web_command(),
            cwd=BASE_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Served(port=port, process=process, log=log)
    try:
        _wait_until_healthy(server)
        yield server
    finally:
        os.killpg(process.pid, 15)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait(timeout=10)


def test_the_web_process_is_uvicorn_under_gunicorn(served: Served) -> None:
    log = served.log.read_text()
    assert "Using worker: directory_gpt.server.Worker" in log
    assert "Application startup complete" in log or "Started server process" in log


def test_every_part_of_the_site_answers(served: Served) -> None:
    status, _, body = served.request("GET", "/healthz")
    assert (status, json.loads(body)) == (200, {"status": "ok", "database": "ok"})

    status, headers, body = served.request("GET", "/admin/login/")
    assert status == 200
    assert b"Employee directory" in body
    assert "csrftoken" in headers.get("Set-Cookie", "")
    status, headers, _ = served.request("GET", "/admin/")
    assert (status, headers["Location"]) == (302, "/admin/login/?next=/admin/")
    status, _, _ = served.request("GET", "/static/admin/css/base.css")
    assert status == 200

    auth = {"Authorization": f"Bearer {API_KEY}"}
    status, _, body = served.request("GET", "/api/employees/?department=Sales", headers=auth)
    assert (status, json.loads(body)["count"]) == (200, 66)
    status, _, body = served.request("GET", "/api/employees/")
    assert (status, json.loads(body)["code"]) == (401, "not_authenticated")

    status, _, body = served.request("GET", "/api-docs/")
    assert status == 200
    assert b"swagger" in body.lower()
    status, _, body = served.request("GET", "/api-docs/openapi.json")
    assert status == 200
    assert "/search" in json.loads(body)["paths"]


def test_questions_are_answered(served: Served) -> None:
    question = json.dumps({"message": "Who works in Marketing?", "format": "rows"}).encode()
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    status, _, body = served.request("POST", "/search", question, headers)
    answer = json.loads(body)
    assert (status, answer["engine"], answer["row_count"]) == (200, "offline", 69)
    status, _, body = served.request("POST", "/search", b"{}", headers)
    assert (status, json.loads(body)["code"]) == (400, "invalid")
    status, _, body = served.request("POST", "/search", question, {"Authorization": "Bearer x"})
    assert (status, json.loads(body)["code"]) == (401, "authentication_failed")


# --- slow clients -------------------------------------------------------------------------------

REQUEST_HEAD = b"POST /search HTTP/1.1\r\nHost: 127.0.0.1\r\n"
BODY_HEAD = (
    b"POST /search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    b"Authorization: Bearer " + API_KEY.encode() + b"\r\nContent-Length: 1000\r\n\r\n{"
)


def _open_slow(served: Served, first: bytes) -> list[socket.socket]:
    clients = []
    for _ in range(SLOW_CLIENTS):
        client = socket.create_connection(("127.0.0.1", served.port), timeout=5)
        client.sendall(first)
        client.setblocking(False)
        clients.append(client)
    return clients


def _trickle(clients: list[socket.socket], byte: bytes) -> None:
    for client in clients:
        with contextlib.suppress(OSError):  # already closed by the server: that is the point
            client.send(byte)


def _probe_health(served: Served) -> float:
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=PROBE_LIMIT_S * 3)
    try:
        connection.request("GET", "/healthz")
        response = connection.getresponse()
        assert response.status == 200
        response.read()
    finally:
        connection.close()
    return time.monotonic() - started


def _closed_with(clients: list[socket.socket], deadline: float) -> list[bytes]:
    """What each slow client received before the server closed it (b"" if nothing)."""
    received = dict.fromkeys(clients, b"")
    open_clients = set(clients)
    while open_clients and time.monotonic() < deadline:
        readable, _, _ = select.select(list(open_clients), [], [], 0.2)
        for client in readable:
            try:
                chunk = client.recv(4096)
            except OSError:
                chunk = b""
            received[client] += chunk
            if not chunk:
                open_clients.discard(client)
    for client in clients:
        client.close()
    assert not open_clients, f"{len(open_clients)} slow connections were never closed"
    return list(received.values())


def _hold_slow_clients(
    served: Served, first: bytes, trickle: bytes, check: Callable[[list[bytes]], None]
) -> None:
    clients = _open_slow(served, first)
    probes = []
    until = time.monotonic() + READ_TIMEOUT_S - 0.5  # trickle while the deadline is not up
    while time.monotonic() < until:
        _trickle(clients, trickle)
        probes.append(_probe_health(served))
        time.sleep(0.2)
    assert probes
    assert max(probes) < PROBE_LIMIT_S, probes
    check(_closed_with(clients, deadline=time.monotonic() + READ_TIMEOUT_S + 10))
    assert _probe_health(served) < PROBE_LIMIT_S


def _all_timed_out(replies: list[bytes]) -> None:
    assert all(reply.startswith(b"HTTP/1.1 408 ") for reply in replies), {
        reply[:40] for reply in replies
    }


def test_slow_headers_cannot_take_it_offline(served: Served) -> None:
    _hold_slow_clients(served, REQUEST_HEAD, b"X", _all_timed_out)


def test_slow_bodies_cannot_take_it_offline(served: Served) -> None:
    _hold_slow_clients(served, BODY_HEAD, b" ", _all_timed_out)


def test_a_prompt_client_on_a_kept_alive_connection_is_not_cut_off(served: Served) -> None:
    """The deadline is per request: a connection kept alive for several requests is fine."""
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    try:
        for _ in range(3):
            connection.request("GET", "/healthz")
            response = connection.getresponse()
            assert response.status == 200
            response.read()
            time.sleep(READ_TIMEOUT_S / 2)
    finally:
        connection.close()


def test_an_old_kept_alive_connection_is_closed_cleanly_so_the_client_reconnects(
    served: Served,
) -> None:
    """Past HTTP_KEEPALIVE_MAX_AGE the next response says `Connection: close` and the server
    closes the connection after it; the client's next request opens a new one (which either
    worker may accept) and is answered."""
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    try:
        started = time.monotonic()
        connection.request("GET", "/healthz")
        # (seconds since the connection opened when the request was sent, Connection header)
        verdicts: list[tuple[float, str | None]] = []
        sent = 0.0
        while True:
            response = connection.getresponse()
            response.read()
            assert response.status == 200
            verdicts.append((sent, response.getheader("connection")))
            if verdicts[-1][1] == "close":
                break
            assert sent < KEEPALIVE_MAX_AGE_S + 3, verdicts  # it never came
            time.sleep(1)  # under the 3 s a kept-alive connection may idle here
            sent = time.monotonic() - started
            connection.request("GET", "/healthz")
        # Not before the age is reached (the server counts from its accept, a little earlier).
        assert verdicts[-1][0] >= KEEPALIVE_MAX_AGE_S - 1, verdicts
        assert connection.sock is None  # http.client honoured it and closed its end
        connection.request("GET", "/healthz")  # and reconnects
        again = connection.getresponse()
        again.read()
        assert again.status == 200
    finally:
        connection.close()
