"""POST /search: ask the directory a question (the reference app's contract, extended).

An async view (adrf's `APIView`): DRF's authentication, permissions and throttling run on the
request's worker thread (they may touch the database), the question is then awaited on the event
loop, so a question waiting on the model holds no thread and no database connection.
"""

from typing import Any

from adrf.views import APIView
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView as SyncAPIView

from directory_gpt.openapi import error_responses
from gptbridge.dbconnections import release_idle_connections
from gptbridge.feedback import rate_answer
from gptbridge.serializers import (
    AnswerSerializer,
    FeedbackReceiptSerializer,
    FeedbackSerializer,
    QuestionSerializer,
)
from gptbridge.service import aanswer_question
from gptbridge.throttling import QuestionRateThrottle

WALKTHROUGH_QUESTION = (
    "Please find names and hire dates of any employees in the marketing department hired after "
    "2018. Sort them by hire date."
)

SEARCH_DESCRIPTION = (
    "Answers a question about employees (names, e-mails, departments, titles, hire dates) "
    "from the company directory. Send the user's question as written; the answer is ready to "
    "show."
)


class SearchView(APIView):
    throttle_classes = [QuestionRateThrottle]

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        try:
            super().initial(request, *args, **kwargs)
        finally:
            release_idle_connections()  # the token lookup's connection, before the model call

    def check_throttles(self, request: Request) -> None:
        # adrf's version bridges back to the event loop for async throttles even when there are
        # none; ours are synchronous (the cache), so DRF's own check is the whole story.
        super(APIView, self).check_throttles(request)

    @extend_schema(
        operation_id="searchEmployeeDirectory",
        summary="Ask the employee directory a question in plain language",
        description=SEARCH_DESCRIPTION,
        request=QuestionSerializer,
        responses={
            200: OpenApiResponse(AnswerSerializer, description="The answer and the rows."),
            **error_responses(400, 401, 413, 415, 422, 429, 502, 503, 504),
        },
        examples=[
            OpenApiExample(
                "Walk-through question",
                value={"message": WALKTHROUGH_QUESTION, "format": "answer"},
                request_only=True,
            ),
            OpenApiExample(
                "Walk-through answer",
                value={
                    "message": "I found 22 employees in Marketing hired after 2018, sorted by "
                    "hire date: Jailyn McClure (2019-02-21), Leopold Johnston (2019-02-21), ...",
                    "rows": [
                        {"first_name": "Jailyn", "last_name": "McClure", "hire_date": "2019-02-21"}
                    ],
                    "row_count": 22,
                    "truncated": False,
                    "sql": "SELECT first_name, last_name, hire_date FROM employees WHERE "
                    "department = 'Marketing' AND hire_date > '2018-12-31' ORDER BY hire_date "
                    "LIMIT 101",
                    "engine": "openai",
                },
                response_only=True,
                status_codes=["200"],
            ),
        ],
        extensions={"x-openai-isConsequential": False},
        tags=["questions"],
    )
    async def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        question = QuestionSerializer(data=request.data)
        question.is_valid(raise_exception=True)
        answer = await aanswer_question(
            question.validated_data["message"],
            answer_format=question.validated_data["format"],
            requester=request.auth,
        )
        return Response(AnswerSerializer(answer).data)


FEEDBACK_DESCRIPTION = (
    "Call this when the user says an answer from searchEmployeeDirectory was right "
    "(helpful: true) or wrong (helpful: false), with that answer's question_id and the user's "
    "words as comment. Never call it unprompted."
)


class FeedbackView(SyncAPIView):
    """POST /feedback: the asker rates an answer; thin, the rules live in gptbridge.feedback."""

    @extend_schema(
        operation_id="rateAnswer",
        summary="Tell HR whether an answer was right",
        description=FEEDBACK_DESCRIPTION,
        request=FeedbackSerializer,
        responses={
            200: OpenApiResponse(FeedbackReceiptSerializer, description="The rating was saved."),
            **error_responses(400, 401, 404, 413, 415),
        },
        examples=[
            OpenApiExample(
                "The user says the answer was wrong",
                value={"question_id": 42, "helpful": False, "comment": "Ann moved to Sales."},
                request_only=True,
            )
        ],
        extensions={"x-openai-isConsequential": False},
        tags=["questions", "gpt"],
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        feedback = FeedbackSerializer(data=request.data)
        feedback.is_valid(raise_exception=True)
        log = rate_answer(
            feedback.validated_data["question_id"],
            helpful=feedback.validated_data["helpful"],
            comment=feedback.validated_data.get("comment", ""),
            requester=request.auth,
        )
        receipt = {"question_id": log.id, "helpful": log.helpful}
        return Response(FeedbackReceiptSerializer(receipt).data)
