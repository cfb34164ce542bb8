"""How long the SQL guard can take: the worst inputs up to the length limit, in milliseconds.

`python -m bench.guard_time [--examples 400] [--seed 8] [--max-ms 50]` guards, on both dialects,
(a) the families that made sqlglot backtrack (nested DATE/TIME/TIMESTAMP/DATETIME calls, mixed,
inside WHERE, with `+ INTERVAL`), at the deepest and widest the pre-check lets through and
beyond it, (b) the longest flat queries, and (c) random nestings of random functions and
brackets, each cut at a random length up to the limit. It prints the slowest cases and the
maximum, and exits non-zero when any guard call took longer than --max-ms (default 50).
Time is the calling thread's CPU time, so other load on the machine does not count.
"""

import argparse
import os
import random
import sys
import time


def _nested(names: list[str], depth: int, inner: str = "hire_date", tail: str = "") -> str:
    text = inner
    for level in range(depth):
        text = f"{names[level % len(names)]}({text}{tail})"
    return text


def families() -> dict[str, str]:
    cases = {}
    for depth in (5, 8, 9, 12, 24):
        chain = _nested(["DATE", "TIMESTAMP", "TIME", "DATETIME"], depth)
        cases[f"chain-{depth}"] = f"SELECT {chain} FROM employees"
        interval = _nested(["DATE", "TIME"], depth, tail=" + INTERVAL '1 day'")
        cases[f"where-interval-{depth}"] = f"SELECT 1 FROM employees WHERE {interval} > '1'"
    for depth, copies in ((4, 16), (5, 8), (6, 4), (3, 36), (2, 85), (1, 250)):
        chain = _nested(["DATE", "TIME"], depth)
        cases[f"{copies}x{depth}"] = f"SELECT {', '.join([chain] * copies)} FROM employees"
    cases["flat-max"] = "SELECT first_name FROM employees WHERE " + " OR ".join(
        f"last_name = 'x{i}'" for i in range(370)
    )
    cases["flat-long"] = "SELECT first_name FROM employees WHERE " + " OR ".join(
        f"last_name = 'x{i}'" for i in range(1200)
    )
    return cases


def random_case(rng: random.Random) -> str:
    names = ["DATE", "TIME", "TIMESTAMP", "DATETIME", "COALESCE", "LOWER", "ABS", "", "CAST"]
    tails = ["", " + INTERVAL '1 day'", ", 1", " || 'x'"]
    chain = rng.choice(["hire_date", "first_name", "1"])
    for _ in range(rng.randint(1, 30)):
        name, tail = rng.choice(names), rng.choice(tails)
        chain = f"CAST({chain}{tail} AS DATE)" if name == "CAST" else f"{name}({chain}{tail})"
    glue = rng.choice([", ", " + ", " OR "])
    body = glue.join([chain] * rng.randint(1, 300))
    sql = (
        f"SELECT {body} FROM employees"
        if glue == ", "
        else f"SELECT first_name FROM employees WHERE {body}"
    )
    return sql[: rng.randint(100, 10_010)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=400)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--max-ms", type=float, default=50.0)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directory_gpt.settings")
    os.environ.setdefault("DEBUG", "true")  # a local measurement: no secrets needed
    import django

    django.setup()
    from gptbridge.errors import GuardRejection
    from gptbridge.guard import guard_sql

    rng = random.Random(args.seed)
    cases = list(families().items())
    cases += [(f"random-{i}", random_case(rng)) for i in range(args.examples)]
    timings = []
    for dialect in ("postgres", "sqlite"):
        guard_sql("SELECT 1 FROM employees", dialect=dialect, max_rows=100)  # warm caches
        for name, sql in cases:
            started = time.thread_time()
            try:
                guard_sql(sql, dialect=dialect, max_rows=100)
                outcome = "accepted"
            except GuardRejection as exc:
                outcome = exc.reason[:60]
            elapsed = (time.thread_time() - started) * 1000
            timings.append((elapsed, dialect, name, len(sql), outcome))
    timings.sort(reverse=True)
    print(f"{len(timings)} guard calls; slowest:")
    for elapsed, dialect, name, length, outcome in timings[:12]:
        print(f"  {elapsed:7.1f} ms  {dialect:8s} {name:18s} {length:6d} chars  {outcome}")
    worst = timings[0][0]
    print(f"max {worst:.1f} ms, median {timings[len(timings) // 2][0]:.2f} ms")
    return 0 if worst <= args.max_ms else 1


if __name__ == "__main__":
    sys.exit(main())
