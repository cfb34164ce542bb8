"""Domain exceptions of the question pipeline. The API's exception handler turns each into the
documented status and error body; the steps raise them and never build responses themselves."""

from directory_gpt.errors import DomainError


class Unanswerable(DomainError):
    """No safe query could be produced for the question (422)."""

    status_code = 422
    code = "unanswerable"
    default_message = "This question cannot be answered from the employee directory."


class GuardRejection(Exception):
    """The SQL guard refused a statement. `reason` is fed back to the model and logged."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


class QueryFailed(Exception):
    """The database refused a guarded statement (bad column, type error...); fed back."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


class QueryTimeout(DomainError):
    status_code = 504
    code = "query_timeout"
    default_message = "The directory query took too long and was stopped; ask a narrower question."


class DatabaseUnavailable(DomainError):
    status_code = 503
    code = "database_unavailable"
    default_message = "The directory database is unavailable right now; try again shortly."


class LlmNotConfigured(DomainError):
    status_code = 503
    code = "llm_not_configured"
    default_message = (
        "The language model is not configured (set OPENAI_API_KEY), and the offline engine "
        "cannot answer this question."
    )


class UpstreamError(DomainError):
    status_code = 502
    code = "upstream_error"
    default_message = "The language model service failed; try again shortly."


class UpstreamTimeout(DomainError):
    status_code = 504
    code = "upstream_timeout"
    default_message = "The language model service did not answer in time; try again shortly."


class QueryRoleCannotRead(DomainError):
    """The query role exists but may not read the directory table of this database."""

    status_code = 503
    code = "query_role_cannot_read"
    default_message = (
        "The directory is misconfigured: the database role that runs generated queries "
        "cannot read the employees table. An operator must run `python manage.py "
        "setup_query_role` against this database."
    )


class PrivilegedQueriesRefused(DomainError):
    """No least-privilege role, and the application's database user is privileged."""

    status_code = 503
    code = "query_role_required"
    default_message = (
        "The directory is misconfigured: generated queries would run as a privileged database "
        "user. An operator must run `python manage.py setup_query_role`, set "
        "QUERY_DATABASE_URL, or set GPTBRIDGE_ALLOW_PRIVILEGED_QUERIES=true."
    )
