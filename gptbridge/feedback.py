"""Ratings of answers from the conversation (POST /feedback), stored on the question's log row.

Only whoever asked may rate: the same API token (its stable key, as the log records it). Any
other id, existing or not, is "not found", so ids cannot be probed.
"""

from django.utils import timezone

from directory_gpt.errors import DomainError
from gptbridge.models import QueryLog


class QuestionNotFound(DomainError):
    status_code = 404
    code = "not_found"
    default_message = "No question with this id was asked with your token."


def asker_key(requester: object | None) -> str:
    """The key the question log records for whoever asked (see `service.answer_question`)."""
    return str(getattr(requester, "key", "") or "")[:16]


def rate_answer(
    question_id: int, *, helpful: bool, comment: str = "", requester: object | None
) -> QueryLog:
    key = asker_key(requester)
    log = QueryLog.objects.filter(id=question_id, token_key=key).first() if key else None
    if log is None:
        raise QuestionNotFound()
    log.helpful = helpful
    log.feedback_comment = comment
    log.feedback_at = timezone.now()
    log.save(update_fields=["helpful", "feedback_comment", "feedback_at"])
    return log
