"""Every shell command in README.md works exactly as written after `make run`.

A fresh copy of the checkout (sharing .venv) is set up the way `make run` leaves it — `make .env`,
migrate, load the reference employees, demo tokens — and served by the development server. Then
each command of every ```sh block runs in its own shell from the copy's root, with BASE, TOKEN and
WRITE_TOKEN set as the printed `export` lines set them, and must exit 0 without an API error body.
A few commands are deliberately not run; SKIPPED says which and why. New README sections are
picked up without any change here.
"""

import json
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite  # the copy always runs on SQLite, as `make run` does

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()

SKIPPED: list[tuple[str, str]] = [
    (r"^make run\b", "starts a server that runs until stopped; its steps are replayed below"),
    (r"^make test\b", "the whole suite, lint and type checks: minutes, and this test is in it"),
    (r"^make bench\b", "benchmarks take minutes and start their own PostgreSQL and gunicorn"),
    (r"\brunserver\b|^gunicorn\b", "starts a server that runs until stopped"),
    (r"^heroku\b", "needs a Heroku app and the Heroku CLI"),
    (r"\bcreatesuperuser\b", "asks for a password interactively"),
    (r"generate_employees --count 1000000\b", "adds a million rows (about a minute)"),
    (r"\[--|<[A-Za-z_-]+>", "a synopsis with placeholders, not a command"),
]
# Commands that must fail in a plain checkout, and why.
EXPECTED_TO_FAIL: list[tuple[str, str]] = [
    (r"evaluate --engine openai", "needs OPENAI_API_KEY: a run that measured nothing must fail"),
]
API_ERROR = re.compile(r'"statusCode":\s*[45]\d\d')
SHELL_BLOCK = re.compile(r"^```(?:sh|bash|shell)[ \t]*\n(.*?)^```", re.M | re.S)


def readme_commands(text: str = README) -> list[str]:
    commands = []
    for block in SHELL_BLOCK.findall(text):
        for line in re.sub(r"\s*\\\n\s*", " ", block).splitlines():
            command = line.strip()
            if command and not command.startswith("#"):
                commands.append(command)
    return commands


def reason_to_skip(command: str) -> str | None:
    return next((why for pattern, why in SKIPPED if re.search(pattern, command)), None)


def expected_failure(command: str) -> str | None:
    return next((why for pattern, why in EXPECTED_TO_FAIL if re.search(pattern, command)), None)


@dataclass
class Checkout:
    root: Path
    env: dict[str, str]
    base: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(
    checkout_root: Path, env: dict[str, str], command: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command],
        cwd=checkout_root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _wait_for(url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310  (a local URL)
                return
        except (OSError, urllib.error.URLError):
            time.sleep(0.3)
    raise AssertionError(f"the development server did not answer at {url}")


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Checkout]:
    root = tmp_path_factory.mktemp("readme") / "directory_gpt"
    shutil.copytree(
        ROOT,
        root,
        ignore=shutil.ignore_patterns(
            ".venv",
            ".git",
            ".env",
            "*.sqlite3*",
            "staticfiles",
            "__pycache__",
            ".*_cache",
            ".hypothesis",
            "*.json.tmp",
        ),
    )
    (root / ".venv").symlink_to((ROOT / ".venv").resolve())
    home = root.parent / "home"
    home.mkdir()
    # Only what a fresh shell has: no DEBUG, no DATABASE_URL; .env must provide them.
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    for step in (
        "make .env",
        ".venv/bin/python manage.py migrate --noinput",
        ".venv/bin/python manage.py load_reference_employees",
    ):
        result = _run(root, env, step)
        assert result.returncode == 0, f"{step}: {result.stdout}{result.stderr}"
    exports = _run(root, env, ".venv/bin/python manage.py demo_token")
    assert exports.returncode == 0, exports.stderr
    values = dict(re.findall(r"^export (\w+)=(\S+)", exports.stdout, re.M))
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**env, **values, "BASE": base}
    server = subprocess.Popen(
        [".venv/bin/python", "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(f"{base}/healthz")
        yield Checkout(root=root, env=env, base=base)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_commands_are_found_and_most_of_them_run() -> None:
    commands = readme_commands()
    assert any("manage.py evaluate" in command for command in commands)
    assert any(command.startswith("curl") for command in commands)
    skipped = [command for command in commands if reason_to_skip(command)]
    assert len(skipped) * 2 < len(commands), skipped


def test_extraction_joins_continued_lines_and_drops_comments() -> None:
    text = "x\n```sh\n# a comment\ncurl -s \\\n  -H 'A: b' \"$BASE/x\"   # why\n\n```\n"
    assert readme_commands(text) == ["curl -s -H 'A: b' \"$BASE/x\"   # why"]


@pytest.mark.parametrize("command", readme_commands(), ids=lambda command: command[:70])
def test_readme_command_works_as_written(checkout: Checkout, command: str) -> None:
    skip = reason_to_skip(command)
    if skip is not None:
        assert skip  # deliberately not run; the reason is in SKIPPED
        return
    result = _run(checkout.root, checkout.env, command)
    output = result.stdout + result.stderr
    if expected_failure(command):
        assert result.returncode != 0, output
        return
    assert result.returncode == 0, output[-3000:]
    assert not API_ERROR.search(result.stdout), result.stdout[-3000:]


def json_blocks(text: str = README) -> list[str]:
    return re.findall(r"^```json[ \t]*\n(.*?)^```", text, re.M | re.S)


def test_the_search_example_is_the_real_answer(checkout: Checkout) -> None:
    """The response shown under "Asking questions" is what its request gets after `make run`."""
    blocks = json_blocks()
    request_index = next(
        i for i, block in enumerate(blocks) if "Who in Sales was hired in 2021?" in block
    )
    request = json.loads(blocks[request_index])
    shown = json.loads(blocks[request_index + 1])
    http_request = urllib.request.Request(  # noqa: S310  (a local URL)
        f"{checkout.base}/search",
        data=json.dumps(request).encode(),
        headers={
            "Authorization": f"Bearer {checkout.env['TOKEN']}",
            "Content-Type": "application/json",
        },
        method="POST",
    )
    with urllib.request.urlopen(http_request, timeout=60) as response:  # noqa: S310
        actual = json.loads(response.read())
    # The question's id (for POST /feedback) counts the questions asked before this one.
    assert isinstance(actual.pop("question_id"), int)
    shown.pop("question_id")
    assert actual == shown, "README's example is stale; the real answer is:\n" + json.dumps(actual)
