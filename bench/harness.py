"""What every benchmark needs: a throw-away PostgreSQL database, the fake model server, the app
under the Procfile's gunicorn command, samplers (PostgreSQL connections, the server's memory and
CPU), a bounded closed-loop load generator, statistics, and result tables and files.

Everything talks to loopback only, and everything started here is stopped here: each resource is
a context manager that kills its own process group (and drops its own database) on the way out.
"""

import contextlib
import http.client
import json
import math
import os
import platform
import resource
import secrets
import shlex
import signal
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

REPO_DIR = Path(__file__).resolve().parent.parent
RESULTS_DIR = Path(__file__).resolve().parent / "results"
PYTHON = sys.executable
BIN_DIR = Path(sys.executable).parent
HOST = "127.0.0.1"
API_KEY = "bench-key"
# The cluster the bench databases are created in (a superuser connection to its `postgres` DB).
ADMIN_DATABASE_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
QUERY_LOG_TABLE = "gptbridge_querylog"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# The walk-through question of the reference app; the fake model answers it with fixed SQL.
WALKTHROUGH_QUESTION = (
    "Please find names and hire dates of any employees in the marketing department hired after "
    "2018. Sort them by hire date."
)
# A question the offline engine understands (the fast path answers it without the model).
OFFLINE_QUESTION = "Who works in Marketing?"


class BenchError(RuntimeError):
    """A benchmark could not be set up or run; the message says what to look at."""


# --- results ------------------------------------------------------------------------------------


@dataclass
class Metric:
    name: str
    value: str
    target: str = ""
    met: bool | None = None


@dataclass
class BenchResult:
    name: str
    metrics: list[Metric] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, value: str, target: str = "", met: bool | None = None) -> None:
        self.metrics.append(Metric(name, value, target, met))


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def results_table(results: Sequence[BenchResult]) -> str:
    rows = []
    for result in results:
        for metric in result.metrics:
            verdict = {True: "yes", False: "**no**", None: ""}[metric.met]
            rows.append([result.name, metric.name, metric.value, metric.target, verdict])
    return markdown_table(["benchmark", "metric", "result", "target", "met"], rows)


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(key): _json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(item) for item in value]
    return value


def write_json(name: str, payload: dict[str, Any]) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS_DIR / f"{name}-{stamp}.json"
    path.write_text(json.dumps(_json_safe(payload), indent=2, default=str) + "\n")
    return path


# --- statistics ---------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summarize(values: Sequence[float]) -> dict[str, float]:
    return {
        "count": len(values),
        "mean": sum(values) / len(values) if values else math.nan,
        "p50": percentile(values, 50),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
        "max": max(values) if values else math.nan,
    }


def ms(seconds: float) -> str:
    return "n/a" if math.isnan(seconds) else f"{seconds * 1000:.0f} ms"


def fmt(value: float, digits: int = 1, unit: str = "") -> str:
    return "n/a" if math.isnan(value) else f"{value:.{digits}f}{unit}"


# --- machine ------------------------------------------------------------------------------------


def machine_info() -> dict[str, Any]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory_kb = _meminfo().get("MemTotal", 0)
    postgres = ""
    with contextlib.suppress(psycopg.Error), _admin_connection() as connection:
        row = connection.execute("SHOW server_version").fetchone()
        postgres = str(row[0]) if row else ""
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(memory_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "postgresql": postgres,
        "gunicorn": _package_version("gunicorn"),
        "openai": _package_version("openai"),
        "django": _package_version("django"),
        # Anything else busy on the machine shows here and skews every figure.
        "load_average_at_start": [round(value, 2) for value in os.getloadavg()],
        "cpu_busy_before_start": round(machine_busy_over(2.0), 3),
    }


def machine_line(info: dict[str, Any]) -> str:
    return (
        f"{info['cores']} cores ({info['cpu']}), {info['memory_gb']} GB RAM, Linux "
        f"{info['kernel']}, Python {info['python']}, PostgreSQL {info['postgresql']}, "
        f"gunicorn {info['gunicorn']}, Django {info['django']}, openai {info['openai']}"
    )


def _package_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _meminfo() -> dict[str, int]:
    values = {}
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            key, _, rest = line.partition(":")
            values[key] = int(rest.split()[0])
    return values


# --- loopback only ------------------------------------------------------------------------------


def require_loopback(url: str) -> None:
    """The benchmarks may only ever send traffic to this machine."""
    host = urlsplit(url).hostname or ""
    if not (host in ("localhost", "::1") or host.startswith("127.")):
        raise BenchError(f"refusing to use {host!r}: benchmarks talk to loopback addresses only")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(f"process {process.args!r} exited with {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=1):
            return
        time.sleep(0.1)
    raise BenchError(f"nothing listened on {HOST}:{port} within {timeout:.0f} s")


# --- processes ----------------------------------------------------------------------------------


def start_process_group(
    argv: Sequence[str], env: dict[str, str], log_path: Path, cwd: Path = REPO_DIR
) -> subprocess.Popen[bytes]:
    with log_path.open("wb") as log:
        return subprocess.Popen(
            list(argv),
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so stopping it reaches every child
        )


def stop_process_group(process: subprocess.Popen[bytes], grace: float) -> None:
    """SIGTERM to the group we started, SIGKILL after `grace` seconds, then reap."""
    group = process.pid
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=grace)
    # The leader may be gone while children (gunicorn workers) linger: finish the group off.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, 0)
        os.killpg(group, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)


def log_tail(path: Path, lines: int = 30) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    return ""


# --- PostgreSQL ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BenchDatabase:
    name: str
    url: str


def _admin_connection() -> psycopg.Connection[Any]:
    require_loopback(ADMIN_DATABASE_URL)
    return psycopg.connect(ADMIN_DATABASE_URL, autocommit=True, connect_timeout=5)


def database_url(name: str) -> str:
    return urlunsplit(urlsplit(ADMIN_DATABASE_URL)._replace(path=f"/{name}"))


def manage(*args: str, env: dict[str, str], timeout: float = 900) -> str:
    """Run `manage.py` in a subprocess with `env`; raise with its output when it fails."""
    completed = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=REPO_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if completed.returncode != 0:
        output = (completed.stdout + completed.stderr)[-3000:]
        raise BenchError(f"manage.py {' '.join(args)} failed ({completed.returncode}):\n{output}")
    return completed.stdout


def has_command(name: str) -> bool:
    return any(REPO_DIR.glob(f"*/management/commands/{name}.py"))


@contextlib.contextmanager
def bench_database(label: str, *, fixture: str | None = "employees") -> Iterator[BenchDatabase]:
    """A new database, migrated and loaded with the seed fixture; dropped on the way out."""
    name = f"bench_{label}_{os.getpid()}_{secrets.token_hex(3)}"
    with _admin_connection() as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    database = BenchDatabase(name=name, url=database_url(name))
    try:
        env = app_env(database.url)
        manage("migrate", "--noinput", env=env)
        if fixture:
            manage("loaddata", fixture, env=env)
        if has_command("setup_query_role"):
            # The least-privilege role generated SQL runs as, as a deployment would set it up.
            manage("setup_query_role", env=env)
        yield database
    finally:
        with _admin_connection() as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def last_query_log_id(database: BenchDatabase) -> int:
    with psycopg.connect(database.url, autocommit=True) as connection:
        row = connection.execute(
            sql.SQL("SELECT coalesce(max(id), 0) FROM {}").format(sql.Identifier(QUERY_LOG_TABLE))
        ).fetchone()
    return int(row[0]) if row else 0


def query_log_rows(database: BenchDatabase, after_id: int) -> list[dict[str, Any]]:
    """The server's own record of each question since `after_id` (timings, calls, status)."""
    columns = [
        "id",
        "engine",
        "answer_format",
        "status_code",
        "error_code",
        "model_calls",
        "row_count",
        "compose_ms",
        "query_ms",
        "narrate_ms",
        "total_ms",
    ]
    query = sql.SQL("SELECT {} FROM {} WHERE id > %s ORDER BY id").format(
        sql.SQL(", ").join(sql.Identifier(column) for column in columns),
        sql.Identifier(QUERY_LOG_TABLE),
    )
    with psycopg.connect(database.url, autocommit=True) as connection:
        rows = connection.execute(query, (after_id,)).fetchall()
    return [dict(zip(columns, row, strict=True)) for row in rows]


def sessions_opened(database: BenchDatabase) -> int:
    """PostgreSQL's running count of sessions ever opened to the database (PG 14+)."""
    with _admin_connection() as admin:
        row = admin.execute(
            "SELECT sessions FROM pg_stat_database WHERE datname = %s", (database.name,)
        ).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


# --- the app's environment, the fake model, gunicorn -------------------------------------------


# The load asks one question over and over: a reused stage-1 SQL (or a verified answer) would
# skip a model call and measure something else than the two-call question the targets are for.
TWO_CALL_QUESTIONS = {"GPTBRIDGE_SQL_CACHE_SECONDS": "0", "GPTBRIDGE_VERIFIED_ANSWERS": "false"}


def app_env(
    database_url: str, *, fake_url: str = "", overrides: dict[str, str] | None = None
) -> dict[str, str]:
    """The served configuration, pointed at the bench database and the fake model.

    Built from scratch rather than inherited, so a developer's shell cannot change the result;
    the pipeline's switches are set explicitly for the same reason (a `.env` file in the
    repository is still read by the app for anything not set here).
    """
    require_loopback(database_url)
    if fake_url:
        require_loopback(fake_url)
    env = {key: os.environ[key] for key in ("HOME", "LANG", "LC_ALL", "TZ") if key in os.environ}
    env.update(
        {
            "PATH": f"{BIN_DIR}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
            "DJANGO_SETTINGS_MODULE": "directory_gpt.settings",
            "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
            "DEBUG": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "BEARER_AUTH_API_KEY": API_KEY,
            "OPENAI_API_KEY": "sk-bench",
            "OPENAI_BASE_URL": fake_url,
            "GPTBRIDGE_RATE": "1000000/min",
            "GPTBRIDGE_ENGINE": "auto",
            "GPTBRIDGE_FAST_PATH": "true",
            "GPTBRIDGE_FALLBACK": "true",
            "DATABASE_URL": database_url,
            "QUERY_DATABASE_URL": "",
            "CACHE_URL": "locmemcache://",
        }
    )
    env.update(overrides or {})
    return env


@dataclass
class FakeModel:
    process: subprocess.Popen[bytes]
    port: int
    delay: float

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/v1"


@contextlib.contextmanager
def fake_model(delay: float) -> Iterator[FakeModel]:
    """The test fake model server in its own process: fixed SQL, fixed prose, `delay` s a call.

    Run through bench/fake_model.py, which turns Nagle off (the fake as shipped stalls ~40 ms a
    call on a delayed ACK); BENCH_FAKE_NAGLE=1 (`--fake-nagle`) runs it as shipped.
    """
    port = free_port()
    argv = [PYTHON, "-m", "bench.fake_model", "--port", str(port), "--delay", str(delay)]
    if os.environ.get("BENCH_FAKE_NAGLE") == "1":
        argv.append("--nagle")
    with tempfile.TemporaryDirectory(prefix="bench-fake-") as folder:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONUNBUFFERED": "1"}
        process = start_process_group(argv, env, Path(folder) / "fake.log")
        try:
            wait_for_port(port, process, timeout=30)
            yield FakeModel(process=process, port=port, delay=delay)
        finally:
            stop_process_group(process, grace=5)


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    port: int
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def worker_pids(self) -> list[int]:
        return [pid for pid in process_tree(self.pid) if pid != self.pid]


def procfile_web_command(env: dict[str, str] | None = None) -> list[str]:
    """The Procfile's `web:` command, its program taken from this virtualenv and `$PORT`-style
    variables filled in from `env` (as the platform's shell would)."""
    for line in (REPO_DIR / "Procfile").read_text().splitlines():
        if line.startswith("web:"):
            argv = [
                string.Template(arg).safe_substitute(env or {})
                for arg in shlex.split(line.removeprefix("web:"))
            ]
            if (BIN_DIR / argv[0]).exists():
                argv[0] = str(BIN_DIR / argv[0])
            return argv
    raise BenchError("the Procfile has no web: line")


@contextlib.contextmanager
def gunicorn_server(env: dict[str, str]) -> Iterator[Server]:
    """The Procfile's web process on a free loopback port; stopped (whole group) on the way out.

    Whatever the `web:` line runs gets `PORT`; for gunicorn (whose config binds 0.0.0.0:$PORT)
    GUNICORN_CMD_ARGS, applied after the config file, narrows that to loopback. Anything else in
    GUNICORN_CMD_ARGS is kept.
    """
    port = free_port()
    extra = env.get("GUNICORN_CMD_ARGS", "")
    env = {**env, "PORT": str(port), "GUNICORN_CMD_ARGS": f"--bind {HOST}:{port} {extra}".strip()}
    with tempfile.TemporaryDirectory(prefix="bench-gunicorn-") as folder:
        log_path = Path(folder) / "gunicorn.log"
        process = start_process_group(procfile_web_command(env), env, log_path)
        try:
            _wait_for_health(port, process, log_path, timeout=90)
            yield Server(process=process, port=port, log_path=log_path)
        finally:
            # graceful_timeout is 30 s; nothing is in flight by now, so this is quick.
            stop_process_group(process, grace=40)


@dataclass
class ServedApp:
    database: "BenchDatabase"
    fake: FakeModel
    server: Server


@contextlib.contextmanager
def served_app(
    label: str,
    *,
    model_delay: float,
    server_env: dict[str, str] | None = None,
    engine: str = "openai",
) -> Iterator[ServedApp]:
    """A bench database, the fake model taking `model_delay` s a call, and the app as the
    Procfile serves it, pointed at both (`engine` fixed, then `server_env` on top)."""
    with (
        bench_database(label) as database,
        fake_model(model_delay) as fake,
        gunicorn_server(
            app_env(
                database.url,
                fake_url=fake.url,
                overrides={"GPTBRIDGE_ENGINE": engine, **TWO_CALL_QUESTIONS, **(server_env or {})},
            )
        ) as server,
    ):
        yield ServedApp(database=database, fake=fake, server=server)


@contextlib.contextmanager
def reference_app(database: "BenchDatabase", fake: FakeModel) -> Iterator[Server | None]:
    """The walk-through's Node app from REFERENCE_APP_DIR (its package.json `start` script, run
    directly so npm's own process is not measured), on the same database and fake model; None
    when the variable is unset. See bench/README.md for setting it up."""
    folder = os.environ.get("REFERENCE_APP_DIR", "")
    if not folder:
        yield None
        return
    port = free_port()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(Path(folder))),
        "PORT": str(port),
        "DATABASE_URL": database.url,
        "OPENAI_API_KEY": "sk-bench",
        "OPENAI_BASE_URL": fake.url,
        "BEARER_AUTH_API_KEY": API_KEY,
        "NODE_ENV": "production",
    }
    with tempfile.TemporaryDirectory(prefix="bench-reference-") as logs:
        log_path = Path(logs) / "reference.log"
        process = start_process_group(_start_script(Path(folder)), env, log_path, Path(folder))
        try:
            wait_for_port(port, process, timeout=60)
            yield Server(process=process, port=port, log_path=log_path)
        finally:
            stop_process_group(process, grace=10)


def _start_script(folder: Path) -> list[str]:
    package = json.loads((folder / "package.json").read_text())
    script = package.get("scripts", {}).get("start")
    if not script:
        raise BenchError(f"{folder}/package.json has no scripts.start")
    return shlex.split(script)


def _wait_for_health(
    port: int, process: subprocess.Popen[bytes], log_path: Path, timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(f"gunicorn exited ({process.returncode}):\n{log_tail(log_path)}")
        with contextlib.suppress(OSError, http.client.HTTPException):
            connection = http.client.HTTPConnection(HOST, port, timeout=5)
            try:
                connection.request("GET", "/healthz")
                if connection.getresponse().status == 200:
                    return
            finally:
                connection.close()
        time.sleep(0.25)
    raise BenchError(f"/healthz did not answer 200 within {timeout:.0f} s:\n{log_tail(log_path)}")


# --- /proc sampling -----------------------------------------------------------------------------


def process_tree(root: int) -> list[int]:
    """`root` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    tree, stack = [], [root]
    while stack:
        pid = stack.pop()
        tree.append(pid)
        stack.extend(children.get(pid, []))
    return tree


def _status_kb(pid: int, key: str) -> int:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def _pss_kb(pid: int) -> int:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid: int, *, reaped_children: bool = False) -> float:
    """User + system CPU time of one process so far; with `reaped_children`, also that of its
    children that have exited and been waited for."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    columns = fields[11:15] if reaped_children else fields[11:13]  # utime stime cutime cstime
    return sum(int(column) for column in columns) / CLOCK_TICKS


def tree_cpu_seconds(root: int) -> float:
    """CPU time of a process tree so far, exited processes included: a gunicorn worker recycled
    during a run (max_requests) is reaped by the master, whose children's time then holds its."""
    return sum(cpu_seconds(pid, reaped_children=True) for pid in process_tree(root))


def machine_cpu_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine since boot."""
    values = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    total = sum(values[:8])
    return total - idle, total


def machine_busy_over(seconds: float) -> float:
    """The share of all cores busy over the next `seconds` (0..1)."""
    busy_before, total_before = machine_cpu_ticks()
    time.sleep(seconds)
    busy_after, total_after = machine_cpu_ticks()
    return (busy_after - busy_before) / max(1, total_after - total_before)


def _established_inodes(port: int) -> set[str]:
    """Socket inodes of established TCP connections whose local port is `port`."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                local_port = int(fields[1].rsplit(":", 1)[1], 16)
                if local_port == port and fields[3] == "01":
                    inodes.add(fields[9])
    return inodes


def _connections_held(pid: int, inodes: set[str]) -> int:
    count = 0
    with contextlib.suppress(OSError):
        for fd in os.scandir(f"/proc/{pid}/fd"):
            with contextlib.suppress(OSError):
                link = os.readlink(fd.path)
                if link.startswith("socket:[") and link[8:-1] in inodes:
                    count += 1
    return count


class Sampler(threading.Thread):
    """Calls `probe` every `interval` seconds in the background until stopped."""

    def __init__(self, interval: float, probe: Callable[[], dict[str, Any]]):
        super().__init__(daemon=True)
        self.interval = interval
        self.probe = probe
        self.samples: list[tuple[float, dict[str, Any]]] = []
        self._halt = threading.Event()
        self._started_at = time.monotonic()

    def run(self) -> None:
        while True:
            with contextlib.suppress(Exception):  # a process ending mid-read is not a failure
                self.samples.append((time.monotonic() - self._started_at, self.probe()))
            if self._halt.wait(self.interval):
                return

    def __enter__(self) -> "Sampler":
        self._started_at = time.monotonic()
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._halt.set()
        self.join(timeout=10)

    def values(self, key: str) -> list[float]:
        return [float(sample[key]) for _, sample in self.samples if key in sample]

    def peak(self, key: str) -> float:
        return max(self.values(key), default=math.nan)


def postgres_sampler(database: BenchDatabase, interval: float = 0.05) -> Sampler:
    """Connections to the bench database (the sampler's own is to another database)."""
    connection = _admin_connection()
    query = (
        "SELECT count(*), count(*) FILTER (WHERE state = 'active'), "
        "count(*) FILTER (WHERE state = 'idle'), coalesce(array_agg(pid), '{}') "
        "FROM pg_stat_activity WHERE datname = %s"
    )

    def probe() -> dict[str, Any]:
        row = connection.execute(query, (database.name,)).fetchone()
        assert row is not None
        return {"total": row[0], "active": row[1], "idle": row[2], "pids": row[3]}

    class _PostgresSampler(Sampler):
        def __exit__(self, *exc: object) -> None:
            super().__exit__(*exc)
            connection.close()

    return _PostgresSampler(interval, probe)


def server_sampler(server: Server, interval: float = 1.0) -> Sampler:
    """RSS and PSS of gunicorn's master + workers, and the client connections each worker holds.

    RSS summed over processes counts pages shared after fork more than once; PSS splits them.
    """

    def probe() -> dict[str, Any]:
        pids = process_tree(server.pid)
        inodes = _established_inodes(server.port)
        rss = {pid: _status_kb(pid, "VmRSS") for pid in pids}
        connections = {pid: _connections_held(pid, inodes) for pid in pids if pid != server.pid}
        return {
            "rss_mb": sum(rss.values()) / 1024,
            "pss_mb": sum(_pss_kb(pid) for pid in pids) / 1024,
            "worker_rss_mb": {pid: kb / 1024 for pid, kb in rss.items() if pid != server.pid},
            "worker_connections": connections,
            "workers": sorted(connections),
        }

    return Sampler(interval, probe)


# --- load ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    start: float  # seconds after the load started
    latency: float  # seconds
    status: int  # HTTP status; 0 when no response arrived
    engine: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status == 200 and not self.error


@dataclass
class LoadResult:
    clients: int
    duration: float
    outcomes: list[Outcome]
    reconnects: int  # kept-alive connections the server had closed; retried once on a new one
    client_cpu_seconds: float
    ramp_up: float = 0.0

    @property
    def errors(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if not outcome.ok]

    @property
    def answered(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.ok]

    @property
    def elapsed(self) -> float:
        """From the start until the last request sent before the deadline was answered."""
        return max((o.start + o.latency for o in self.outcomes), default=self.duration)

    @property
    def throughput(self) -> float:
        """Good answers per second once every client is running (after the ramp-up). Every
        request sent before the deadline is waited for, so the loop's end does not bias it."""
        steady = [o for o in self.answered if o.start + o.latency >= self.ramp_up]
        return len(steady) / (max(self.elapsed, self.duration) - self.ramp_up)

    def latencies(self) -> list[float]:
        return [outcome.latency for outcome in self.outcomes if outcome.ok]

    def error_summary(self) -> dict[str, int]:
        summary: dict[str, int] = {}
        for outcome in self.errors:
            key = outcome.error or f"HTTP {outcome.status}"
            summary[key] = summary.get(key, 0) + 1
        return summary


def question_body(message: str, answer_format: str = "answer") -> bytes:
    return json.dumps({"message": message, "format": answer_format}).encode()


def judge(status: int, payload: bytes, expect_engine: str | None) -> tuple[str, str]:
    """(engine, error) of one response; the engine is read only when one is expected, so any
    app that answers 200 (the reference app answers in plain text) can be measured."""
    if status != 200:
        return "", f"HTTP {status}: {payload[:200].decode(errors='replace')}"
    if not expect_engine:
        return "", ""
    try:
        decoded = json.loads(payload)
    except ValueError:
        return "", "response was not JSON"
    engine = str(decoded.get("engine", "")) if isinstance(decoded, dict) else ""
    if engine != expect_engine:
        return engine, f"answered by engine {engine!r}, expected {expect_engine!r}"
    return engine, ""


_STALE_CONNECTION = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)


def run_load(
    port: int,
    body: bytes,
    *,
    clients: int,
    duration: float,
    max_requests: int = 200_000,
    request_timeout: float = 90.0,
    expect_engine: str | None = None,
    ramp_up: float = 0.0,
) -> LoadResult:
    """A closed loop: `clients` threads, each asking, waiting for the answer and asking again,
    until `duration` seconds have passed or `max_requests` were sent (both bounds always hold;
    a request in flight at the deadline is waited for, at most `request_timeout`).

    Each client keeps one HTTP/1.1 connection alive, like a real client's pool. When the server
    has closed a kept-alive connection (keep-alive timeout, worker recycling) the request is sent
    once more on a new connection, as HTTP clients do, and counted in `reconnects`.
    """
    headers = {
        "Authorization": f"Bearer {API_KEY}",
        "Content-Type": "application/json",
        "Host": f"{HOST}:{port}",
    }
    lock = threading.Lock()
    sent = 0
    reconnects = 0
    per_client: list[list[Outcome]] = [[] for _ in range(clients)]
    start_gate = threading.Barrier(clients + 1)
    started_at = 0.0
    deadline = math.inf

    def ask(connection: http.client.HTTPConnection) -> Outcome:
        nonlocal reconnects
        begun = time.monotonic()
        for attempt in (1, 2):
            reused = connection.sock is not None
            try:
                connection.request("POST", "/search", body=body, headers=headers)
                response = connection.getresponse()
                payload = response.read()
            except _STALE_CONNECTION as exc:
                connection.close()
                if attempt == 1 and reused:
                    with lock:
                        reconnects += 1
                    continue
                return Outcome(begun - started_at, time.monotonic() - begun, 0, "", repr(exc))
            except (OSError, http.client.HTTPException) as exc:
                connection.close()
                return Outcome(begun - started_at, time.monotonic() - begun, 0, "", repr(exc))
            latency = time.monotonic() - begun
            engine, error = judge(response.status, payload, expect_engine)
            return Outcome(begun - started_at, latency, response.status, engine, error)
        raise AssertionError("unreachable")

    def client(index: int) -> None:
        nonlocal sent
        connection = http.client.HTTPConnection(HOST, port, timeout=request_timeout)
        outcomes = per_client[index]
        start_gate.wait()
        # Client i starts i/clients of the ramp later, so arrivals are spread out rather than
        # all 64 landing in the same millisecond (and staying phase-locked with a fixed delay).
        time.sleep(ramp_up * index / clients)
        try:
            while time.monotonic() < deadline:
                with lock:
                    if sent >= max_requests:
                        break
                    sent += 1
                outcomes.append(ask(connection))
        finally:
            connection.close()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    started_at = time.monotonic()
    deadline = started_at + duration
    start_gate.wait()
    for thread in threads:
        thread.join(timeout=duration + request_timeout * 2 + 10)
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    client_cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (
        cpu_after.ru_stime - cpu_before.ru_stime
    )
    outcomes = sorted((o for chunk in per_client for o in chunk), key=lambda o: o.start)
    return LoadResult(clients, duration, outcomes, reconnects, client_cpu, ramp_up)


def warm_up(server: Server, body: bytes, *, clients: int, seconds: float) -> None:
    """Load every worker's code paths, the model client and the pools before measuring."""
    run_load(server.port, body, clients=clients, duration=seconds)


# --- one measured run ---------------------------------------------------------------------------


@dataclass
class Measurement:
    load: LoadResult
    postgres: Sampler
    server: Sampler
    query_log: list[dict[str, Any]]
    sessions_opened: int
    server_cpu_seconds: float
    cpu_cores: dict[str, float]  # cores each party kept busy on average during the run
    machine_busy: float  # share of all cores busy during the run, 0..1

    def log_values(self, key: str) -> list[float]:
        return [float(row[key]) for row in self.query_log if row["status_code"] == 200]

    def summary(self) -> dict[str, Any]:
        load = self.load
        rss = self.server.values("rss_mb")
        # The first sample can still count the warm-up's connections being closed.
        steady = self.server.samples[1:] if len(self.server.samples) > 2 else self.server.samples
        connections_per_worker = [sample["worker_connections"] for _, sample in steady if sample]
        return {
            "clients": load.clients,
            "duration_s": load.duration,
            "ramp_up_s": load.ramp_up,
            "requests": len(load.outcomes),
            "answered": len(load.answered),
            "elapsed_s": load.elapsed,
            "throughput_per_s": load.throughput,
            "latency_s": summarize(load.latencies()),
            "errors": len(load.errors),
            "error_kinds": load.error_summary(),
            "reconnects": load.reconnects,
            "postgres_connections_peak": self.postgres.peak("total"),
            "postgres_active_peak": self.postgres.peak("active"),
            "postgres_sessions_opened": self.sessions_opened,
            "server_rss_mb": {
                "start": rss[0] if rss else math.nan,
                "end": rss[-1] if rss else math.nan,
                "peak": max(rss, default=math.nan),
            },
            "server_pss_mb_peak": self.server.peak("pss_mb"),
            "worker_connections_max": _max_per_worker(connections_per_worker),
            "worker_pids_seen": sorted(
                {pid for _, sample in self.server.samples for pid in sample.get("workers", [])}
            ),
            "server_cpu_s": self.server_cpu_seconds,
            "server_cpu_ms_per_answer": (
                self.server_cpu_seconds * 1000 / len(load.answered) if load.answered else math.nan
            ),
            "cpu_cores": self.cpu_cores,
            "machine_cpu_busy": self.machine_busy,
            "query_log": {
                "questions": len(self.query_log),
                "engines": _count(row["engine"] for row in self.query_log),
                "statuses": _count(str(row["status_code"]) for row in self.query_log),
                "model_calls": _count(str(row["model_calls"]) for row in self.query_log),
                **{
                    key: summarize(self.log_values(key))
                    for key in ("compose_ms", "query_ms", "narrate_ms", "total_ms")
                },
            },
        }


def _count(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def _max_per_worker(samples: list[dict[int, int]]) -> dict[str, int]:
    peak: dict[str, int] = {}
    for sample in samples:
        for pid, count in sample.items():
            peak[str(pid)] = max(peak.get(str(pid), 0), count)
    return peak


def backend_pids(database: BenchDatabase) -> set[int]:
    with _admin_connection() as admin:
        rows = admin.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s", (database.name,)
        ).fetchall()
    return {int(row[0]) for row in rows}


def measure_load(
    server: Server,
    database: BenchDatabase,
    body: bytes,
    *,
    clients: int,
    duration: float,
    expect_engine: str | None = None,
    other_processes: dict[str, int] | None = None,
    rss_interval: float = 1.0,
    ramp_up: float = 0.0,
) -> Measurement:
    """One closed-loop run with PostgreSQL, memory and CPU sampled alongside.

    CPU is accounted per party (server, its PostgreSQL backends, the fake model, the load
    generator) and the rest of the machine's busy time is reported as `everything_else`: on a
    shared machine that figure says how much the other tenants skewed the run.
    """
    other_processes = other_processes or {}
    first_log_id = last_query_log_id(database)
    sessions_before = sessions_opened(database)
    server_cpu_before = tree_cpu_seconds(server.pid)
    backends_before = {pid: cpu_seconds(pid) for pid in backend_pids(database)}
    other_before = {name: cpu_seconds(pid) for name, pid in other_processes.items()}
    busy_before, total_before = machine_cpu_ticks()
    wall_before = time.monotonic()
    with postgres_sampler(database) as postgres, server_sampler(server, rss_interval) as memory:
        load = run_load(
            server.port,
            body,
            clients=clients,
            duration=duration,
            expect_engine=expect_engine,
            ramp_up=ramp_up,
        )
    busy_after, total_after = machine_cpu_ticks()
    wall = time.monotonic() - wall_before
    server_cpu_after = tree_cpu_seconds(server.pid)
    backends = {pid for _, sample in postgres.samples for pid in sample.get("pids", [])}
    backends |= backend_pids(database)
    backend_cpu = sum(cpu_seconds(pid) - backends_before.get(pid, 0.0) for pid in backends)
    other_cpu = {
        name: cpu_seconds(pid) - other_before[name] for name, pid in other_processes.items()
    }
    server_cpu = server_cpu_after - server_cpu_before
    machine_busy = (busy_after - busy_before) / max(1, total_after - total_before)
    cores = os.cpu_count() or 1
    known = server_cpu + backend_cpu + sum(other_cpu.values()) + load.client_cpu_seconds
    cpu_cores = {
        "server": server_cpu / wall,
        "postgres_backends": backend_cpu / wall,
        **{name: seconds / wall for name, seconds in other_cpu.items()},
        "load_generator": load.client_cpu_seconds / wall,
        "everything_else": max(0.0, machine_busy * cores - known / wall),
    }
    time.sleep(1.2)  # PostgreSQL publishes session counts at most once a second
    return Measurement(
        load=load,
        postgres=postgres,
        server=memory,
        query_log=query_log_rows(database, first_log_id),
        sessions_opened=sessions_opened(database) - sessions_before,
        server_cpu_seconds=server_cpu,
        cpu_cores=cpu_cores,
        machine_busy=machine_busy,
    )


def cpu_line(summary: dict[str, Any]) -> str:
    """Where the CPU went, in cores: e.g. 'server 0.61, postgres 0.10, ... other 0.02 of 2'."""
    cores = summary["cpu_cores"]
    names = {"postgres_backends": "postgres", "everything_else": "other processes"}
    parts = [f"{names.get(name, name)} {value:.2f}" for name, value in cores.items()]
    return f"cores busy: {', '.join(parts)} (of {os.cpu_count()})"


def print_flush(*parts: object) -> None:
    print(*parts, flush=True)
