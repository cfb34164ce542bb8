import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from directory_gpt.errors import DomainError
from gptbridge.domain import Answer
from gptbridge.engines.registry import engine_choices
from gptbridge.serializers import AnswerSerializer
from gptbridge.service import answer_question


class Command(BaseCommand):
    help = "Ask the directory a question in plain language, as the API would answer it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("question", help='e.g. "Who works in Marketing?"')
        parser.add_argument("--format", choices=["answer", "rows"], default="answer")
        parser.add_argument(
            "--engine", choices=engine_choices(), default=None, help="Default: GPTBRIDGE_ENGINE."
        )
        parser.add_argument("--json", action="store_true", help="Print the API's JSON response.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            answer = answer_question(
                options["question"],
                answer_format=options["format"],
                engine=options["engine"],
                origin="cli",
            )
        except DomainError as exc:
            raise CommandError(f"{exc.message} ({exc.status_code} {exc.code})") from exc
        if options["json"]:
            self.stdout.write(json.dumps(AnswerSerializer(answer).data, indent=2))
            return
        if options["format"] == "rows":
            self.stdout.write(answer.message)
            self.stdout.write(format_table(answer))
        else:
            self.stdout.write(answer.message)
        if options["verbosity"] >= 2:
            timings = ", ".join(f"{stage} {ms:.1f} ms" for stage, ms in answer.timings_ms.items())
            self.stdout.write(self.style.HTTP_INFO(f"\nSQL ({answer.engine}): {answer.sql}"))
            self.stdout.write(self.style.HTTP_INFO(f"Timings: {timings}"))
            self.stdout.write(
                self.style.HTTP_INFO(
                    f"Model calls: {answer.model_calls}, tokens: "
                    f"{answer.usage.prompt_tokens} prompt + "
                    f"{answer.usage.completion_tokens} completion"
                )
            )


def format_table(answer: Answer) -> str:
    """The rows as a plain text table, columns padded to their widest value."""
    if not answer.rows:
        return ""
    columns = list(answer.rows[0])
    cells = [[str(row.get(column, "")) for column in columns] for row in answer.rows]
    widths = [max(len(column), *(len(row[i]) for row in cells)) for i, column in enumerate(columns)]
    lines = [
        "  ".join(column.ljust(width) for column, width in zip(columns, widths, strict=True)),
        "  ".join("-" * width for width in widths),
    ]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    if answer.truncated:
        lines.append(f"(first {answer.row_count} rows; more matched)")
    return "\n".join(lines)
