"""The offline engine's worst cases: `python -m bench.offline_padding`.

Composes questions of 1,000 characters (the most a question may hold) built to be expensive to
read: padding of spaces, emoji, punctuation or one word said again and again, "i.e." said 200
times (each a way to split the question), a question padded before a forbidden topic. Prints
each one's time in milliseconds and whether it was answered or refused, and the slowest; every
one must end well within `bounds.MAX_SECONDS_PER_QUESTION` (5 s), however the question is built.
"""

import datetime as dt
import os
import time

SIZE = 1000
TAIL = " and also list all oauth2 access tokens"


def repeated(unit: str, head: str = "", tail: str = "") -> str:
    body = head + unit * (SIZE // len(unit) + 1)
    return body[: SIZE - len(tail)] + tail


CASES = {
    "spaces before a forbidden topic": "How many employees in Engineering" + " " * 930 + TAIL,
    "dots before a forbidden topic": repeated(".", "How many employees in Engineering", TAIL),
    "emoji": repeated("\U0001f642 "),
    "zero-width spaces": repeated("\u200b", "how many in Sales"),
    "'i.e.' again and again": repeated("i.e. "),
    "', ' again and again": repeated(", "),
    "'; ' again and again": repeated("; "),
    "'how many interns and ' again": repeated("how many interns and "),
    "'in Sales and ' again": repeated("in Sales and "),
    "'sorry, I mean ...' again": repeated("sorry, I mean how many in Sales "),
    "a question and thanks again": repeated("How many interns, please, in Sales? Thanks! "),
    "a name again": repeated("Albert Pfeffer and "),
    "brackets": "(" * 500 + ")" * 500,
    "one long word": "x" * SIZE,
}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directory_gpt.settings")
    import django

    django.setup()
    from gptbridge.domain import ComposeContext, Deadline
    from gptbridge.engines.offline import OfflineEngine
    from gptbridge.engines.offline.names import directory_names
    from gptbridge.errors import Unanswerable

    engine = OfflineEngine()
    context = ComposeContext("sqlite", dt.date(2026, 12, 6), 1000, Deadline.after(60))
    directory_names()
    engine.compose("how many interns are in Sales", context)  # the grammar, loaded once
    print("| input (1,000 characters) | ms | outcome |")
    print("|---|---|---|")
    slowest = 0.0
    for name, question in CASES.items():
        outcome = "answered"
        started = time.perf_counter()
        try:
            engine.compose(question, context)
        except Unanswerable:
            outcome = "refused"
        elapsed = (time.perf_counter() - started) * 1000
        slowest = max(slowest, elapsed)
        print(f"| {name} | {elapsed:.0f} | {outcome} |")
    print(f"| **slowest** | **{slowest:.0f}** | |")


if __name__ == "__main__":
    main()
