import datetime as dt
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.test.utils import override_settings

from gptbridge.engines.registry import engine_choices
from gptbridge.evaluation import (
    DEFAULT_CASES,
    CaseResult,
    CasesFileError,
    EvalCase,
    evaluate,
    format_failures,
    format_report,
    format_savings,
    load_cases,
    verified_cases,
)


class Command(BaseCommand):
    help = (
        "Run question / gold-SQL cases through the pipeline against the loaded data and report "
        "execution accuracy and coverage. Exits non-zero below --min-accuracy or --min-coverage."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--engine", choices=engine_choices(), default="offline")
        parser.add_argument("--cases", type=Path, default=DEFAULT_CASES, help="A .jsonl file.")
        parser.add_argument(
            "--min-accuracy",
            type=float,
            default=1.0,
            help="Fail below this share of correct answers among answered cases (default 1.0: "
            "any wrong answer fails). A run with errors or with no answered case fails too.",
        )
        parser.add_argument("--min-coverage", type=float, default=0.0)
        parser.add_argument(
            "--today",
            type=dt.date.fromisoformat,
            default=None,
            help="YYYY-MM-DD for cases without their own 'today' (default: the real date).",
        )
        parser.add_argument("--format", choices=["rows", "answer"], default="rows")
        parser.add_argument(
            "--show-failures", action="store_true", help="List wrong and refused cases."
        )
        parser.add_argument(
            "--verified",
            action="store_true",
            help="Score against the verified questions in the database instead of --cases; "
            "their own fast path is off, so the engine must answer them itself.",
        )

    def handle(self, *args: Any, **options: Any) -> str:
        cases = self._cases(options)
        verbose = options["verbosity"] >= 2
        with override_settings(GPTBRIDGE_VERIFIED_ANSWERS=not options["verified"]):
            report = evaluate(
                cases,
                engine=options["engine"],
                today=options["today"],
                answer_format=options["format"],
                progress=self._print_case if verbose else None,
            )
        self.stdout.write(format_report(report))
        self.stdout.write(format_savings(report))
        failures = format_failures(report)
        if (options["show_failures"] or verbose) and failures:
            self.stdout.write("\n" + failures)
        shortfalls = [report.accuracy_shortfall(options["min_accuracy"])]
        if report.coverage < options["min_coverage"]:
            shortfalls.append(
                f"Coverage {report.coverage:.1%} is below --min-coverage "
                f"{options['min_coverage']:.1%}."
            )
        if any(shortfalls):
            raise CommandError(" ".join(reason for reason in shortfalls if reason))
        return ""

    def _cases(self, options: dict[str, Any]) -> list[EvalCase]:
        if options["verified"]:
            cases = verified_cases()
            if not cases:
                raise CommandError("There are no verified questions to score against.")
            return cases
        try:
            return load_cases(options["cases"])
        except CasesFileError as exc:
            raise CommandError(str(exc)) from exc

    def _print_case(self, result: CaseResult) -> None:
        style = self.style.SUCCESS if result.outcome == "correct" else self.style.WARNING
        line = f"{result.outcome:8} {result.latency_ms:7.1f} ms  {result.case.id}"
        self.stdout.write(style(line))
