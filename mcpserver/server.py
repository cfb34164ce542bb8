"""/mcp: the employee directory as a Model Context Protocol server (the official `mcp` SDK).

Streamable HTTP, stateless, JSON responses: every POST is answered on its own, so any worker
can serve any request and nothing is kept between them. Three read-only tools; each runs the
same code as its REST endpoint (see mcpserver/tools.py): the question on the event loop
(`aanswer_question`), the employee lookups in a worker thread.
"""

import contextvars
from collections.abc import Callable
from typing import Annotated, Any, Literal

from mcp.server.mcpserver import MCPServer
from mcp_types import CallToolResult, TextContent, ToolAnnotations
from pydantic import Field

from employees.models import Department, Title
from mcpserver import tools
from mcpserver.tools import Caller, ToolOutcome
from mcpserver.workers import in_worker_thread

INSTRUCTIONS = (
    "The company's employee directory: names, e-mail addresses, departments, job titles and hire "
    "dates. Use ask_directory for questions in plain language (send the user's question as "
    "written); list_employees and get_employee for filtered lists and single records."
)
DEPARTMENTS = f"Only this department, one of: {', '.join(Department.values)}."
TITLES = f"Only this job title, one of: {', '.join(Title.values)}."
READ_ONLY = ToolAnnotations(
    read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
)

# Set by the /mcp gate (mcpserver/routing.py) for the request being served.
current_caller: contextvars.ContextVar[Caller] = contextvars.ContextVar("mcp_caller")

directory = MCPServer(
    name="employee-directory",
    title="Employee directory",
    instructions=INSTRUCTIONS,
    version="1.0.0",
)


async def _run(function: Callable[..., ToolOutcome], *args: Any) -> CallToolResult:
    """A synchronous tool function, in a worker thread, as a tool result."""
    return _result(await in_worker_thread(function, current_caller.get(), *args))


def _result(outcome: ToolOutcome) -> CallToolResult:
    return CallToolResult(
        content=[TextContent(type="text", text=outcome.text())],
        structured_content=None if outcome.is_error else outcome.body,
        is_error=outcome.is_error,
    )


@directory.tool(
    annotations=READ_ONLY,
    title="Ask the employee directory",
    description=(
        "Answers a question about employees (names, e-mails, departments, titles, hire dates) "
        "from the company directory, with the matching rows. Send the user's question as written."
    ),
)
async def ask_directory(
    question: Annotated[
        str,
        Field(description="The question about employees, in plain language (≤ 1,000 characters)."),
    ],
    format: Annotated[
        Literal["answer", "rows"],
        Field(description="'answer': a plain-language answer plus the rows; 'rows': rows only."),
    ] = "answer",
) -> CallToolResult:
    return _result(await tools.ask_directory(current_caller.get(), question, format))


@directory.tool(
    annotations=READ_ONLY,
    title="List employees",
    description=(
        "Lists employees, 50 per page, sorted by last name, filtered by department, title, hire "
        "date or words in the name or e-mail. 'count' is the total; ask for the next page."
    ),
)
async def list_employees(
    department: Annotated[str | None, Field(description=DEPARTMENTS)] = None,
    title: Annotated[str | None, Field(description=TITLES)] = None,
    hired_after: Annotated[
        str | None, Field(description="Hired strictly after this date (YYYY-MM-DD).")
    ] = None,
    hired_before: Annotated[
        str | None, Field(description="Hired strictly before this date (YYYY-MM-DD).")
    ] = None,
    search: Annotated[
        str | None, Field(description="Words to find in first name, last name or e-mail.")
    ] = None,
    page: Annotated[int | None, Field(description="Page number, from 1 (50 per page).")] = None,
) -> CallToolResult:
    given = {
        "department": department,
        "title": title,
        "hired_after": hired_after,
        "hired_before": hired_before,
        "search": search,
        "page": None if page is None else str(page),
    }
    filters = {name: value for name, value in given.items() if value is not None}
    return await _run(tools.list_employees, filters)


@directory.tool(
    annotations=READ_ONLY, title="Get one employee", description="One employee, by id (a UUID)."
)
async def get_employee(
    id: Annotated[str, Field(description="The employee's id (a UUID).")],
) -> CallToolResult:
    return await _run(tools.get_employee, id)
