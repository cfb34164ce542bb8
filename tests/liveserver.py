"""App instances in their own processes, for behaviour that spans processes and machines."""

import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BASE_DIR = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(**overrides: str) -> dict[str, str]:
    """A production-like environment (DEBUG off) for a server on loopback."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTEST", "DJANGO_")) and key != "DATABASE_URL"
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "directory_gpt.settings",
            "DEBUG": "false",
            "SECRET_KEY": "live-server-test-secret-key-0123456789-abcdefghijklmnop",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "LOG_LEVEL": "WARNING",
        }
    )
    env.update(overrides)
    return env


def procfile_web_command(port: int) -> list[str]:
    """The Procfile's `web:` command as the platform runs it, bound to loopback `port`."""
    line = next(
        line for line in (BASE_DIR / "Procfile").read_text().splitlines() if line.startswith("web:")
    )
    argv = [arg.replace("$PORT", str(port)) for arg in shlex.split(line.removeprefix("web:"))]
    program = Path(sys.executable).parent / argv[0]
    return [str(program) if program.exists() else argv[0], *argv[1:]]


@contextmanager
def live_server(env: dict[str, str], *, served: bool = False) -> Iterator[str]:
    """`manage.py runserver --noreload` (or, `served`, the Procfile's web command) on a free
    port; yields its base URL."""
    port = free_port()
    argv = [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
    if served:
        argv = procfile_web_command(port)
        env = {**env, "PORT": str(port), "GUNICORN_CMD_ARGS": f"--bind 127.0.0.1:{port}"}
    process = subprocess.Popen(
        argv,
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base_url, process)
        yield base_url
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # the server and its workers: our own group
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()


def _wait_until_up(base_url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            errors = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"the server exited at start-up:\n{errors}")
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=1.0):  # noqa: S310 - http URLs we built
                return
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the server at {base_url} did not start within {STARTUP_SECONDS} s")


def migrated_sqlite(path: Path) -> str:
    """A migrated SQLite database file both instances can share; returns its DATABASE_URL."""
    url = f"sqlite:///{path}"
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=BASE_DIR,
        env=server_env(DATABASE_URL=url, DEBUG="true"),
        check=True,
    )
    return url


def request(
    url: str, body: Any = None, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], Any]:
    """POST `body` as JSON (GET without one); the status, headers and decoded JSON body."""
    data = None if body is None else json.dumps(body).encode()
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    req = urllib.request.Request(url, data=data, headers=all_headers)  # noqa: S310 - http URLs we built
    try:
        with urllib.request.urlopen(req, timeout=30) as response:  # noqa: S310 - http URLs we built
            return response.status, dict(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.loads(error.read())
