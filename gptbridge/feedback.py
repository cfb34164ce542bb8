"""Ratings of answers from the conversation (POST /feedback), stored on the question's log row.

Only whoever asked may rate: the same API token (its stable key, as the log records it), or for
a requester without a token key, the same signed-in user. Any other id, existing or not, is
"not found", so ids cannot be probed.
"""

from django.db.models import Q
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


def _asked_by(requester: object | None) -> Q | None:
    """The question-log rows `requester` asked: by its token, or else by its signed-in user."""
    key = asker_key(requester)
    if key:
        return Q(token_key=key)
    user_id = getattr(getattr(requester, "user", None), "pk", None)
    return Q(user_id=user_id) if user_id is not None else None


def rate_answer(
    question_id: int, *, helpful: bool, comment: str = "", requester: object | None
) -> QueryLog:
    mine = _asked_by(requester)
    log = QueryLog.objects.filter(mine, id=question_id).first() if mine is not None else None
    if log is None:
        raise QuestionNotFound()
    log.helpful = helpful
    log.feedback_comment = comment
    log.feedback_at = timezone.now()
    log.save(update_fields=["helpful", "feedback_comment", "feedback_at"])
    return log
