"""/api/employees/: list, look up and (with permission) change the directory."""

from typing import Any

from django.db.models import QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import permissions, viewsets
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.filters import SearchFilter
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request

from apitokens.authentication import ServicePrincipal
from directory_gpt.openapi import error_responses
from employees.filters import (
    DEFAULT_ORDERING,
    ORDERING_FIELDS,
    EmployeeFilter,
    StrictOrderingFilter,
)
from employees.models import Employee
from employees.serializers import EmployeeSerializer

WRITE_NEEDS_A_USER = (
    "This token may only read: it belongs to no user. To add, change or delete employees, use a "
    "token created with `python manage.py create_api_token NAME --user USERNAME` for a user who "
    "holds the employee permissions."
)
LACKS_PERMISSION = "This token's user lacks the permission for this action."


class ReadOrModelPermission(permissions.DjangoModelPermissions):
    """Any authenticated token may read; writes need the token user's add/change/delete permission.

    DRF's own class asks `has_perms([])` even for reads, which a user-less token's principal
    answers with False; reads are decided here instead. A write with a token that has no user
    (the static key, the demo token) is refused in words that say so.
    """

    def has_permission(self, request: Request, view: Any) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False  # DRF answers 401
        if request.method in permissions.SAFE_METHODS:
            return True
        if isinstance(request.user, ServicePrincipal):
            raise PermissionDenied(WRITE_NEEDS_A_USER)
        if not super().has_permission(request, view):
            raise PermissionDenied(LACKS_PERMISSION)
        return True


# A page stays under a GPT action's 100,000-character limit for any values the API accepts:
# tests/employees/test_api.py renders 80 rows with every field as long and as JSON-escaped as
# validation allows (~930 characters each: control characters are refused, quotes and
# backslashes double) plus links carrying a 4,000-character query string (gunicorn's request
# line is at most 4,094): ~83,000 characters. Typical rows are ~200 characters.
MAX_PAGE_SIZE = 80
DEFAULT_PAGE_SIZE = 50


class EmployeePagination(PageNumberPagination):
    """Page-number pagination: a `page_size` outside 1..80 is a 400, like any bad parameter."""

    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    page_query_description = "The page to return, from 1 (past the last page: 404)."
    page_size_query_description = (
        f"Employees per page, from 1 to {MAX_PAGE_SIZE} (default {DEFAULT_PAGE_SIZE}); "
        "any other value gives 400."
    )

    def get_page_size(self, request: Request) -> int:
        size, _ = page_size_or_error(request)
        return size

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["maximum"] = MAX_PAGE_SIZE
        return parameters


def page_size_or_error(request: Request) -> tuple[int, str | None]:
    """The requested page size, or the default and what is wrong with the request's value."""
    raw = request.query_params.get("page_size")
    if raw is None:
        return DEFAULT_PAGE_SIZE, None
    digits = raw.lstrip("0") if raw.isascii() and raw.isdigit() else ""
    # Compare lengths first: never int() of a 5,000-digit string.
    if digits and len(digits) <= len(str(MAX_PAGE_SIZE)) and int(digits) <= MAX_PAGE_SIZE:
        return int(digits), None
    return DEFAULT_PAGE_SIZE, f"Give a whole number from 1 to {MAX_PAGE_SIZE}."


class EmployeeSearchFilter(SearchFilter):
    search_description = (
        "Words to look for in first name, last name and e-mail, ignoring case; "
        "every word must match one of them, e.g. 'jailyn mcclure'."
    )

    def get_search_terms(self, request: Request) -> list[str]:
        try:
            return list(super().get_search_terms(request))
        except ValidationError as exc:  # e.g. a NUL character
            raise ValidationError({self.search_param: exc.detail}) from exc


READ = error_responses(400, 401, 404)
LOOKUP = error_responses(401, 404)
WRITE = error_responses(400, 401, 403, 404, 413, 415)
TAGS = ["employees"]
UPDATED = OpenApiResponse(EmployeeSerializer, description="The employee as now stored.")


@extend_schema_view(
    list=extend_schema(
        operation_id="listEmployees",
        summary="List employees",
        description=(
            "Employees one page at a time, filtered by department, title and hire date, "
            "searched by name or e-mail, and sorted by any column. Bad filter values give 400."
        ),
        responses={
            200: OpenApiResponse(EmployeeSerializer, description="One page of employees."),
            **READ,
        },
        tags=TAGS,
        extensions={"x-openai-isConsequential": False},
    ),
    retrieve=extend_schema(
        operation_id="getEmployee",
        summary="Get one employee",
        description="One employee by id (a UUID). An unknown or malformed id gives 404.",
        responses={200: OpenApiResponse(EmployeeSerializer, description="The employee."), **LOOKUP},
        tags=TAGS,
        extensions={"x-openai-isConsequential": False},
    ),
    create=extend_schema(
        operation_id="createEmployee",
        summary="Add an employee",
        description="Needs a token whose user may add employees. E-mail must be unused (any case).",
        responses={
            201: OpenApiResponse(EmployeeSerializer, description="The new employee."),
            **error_responses(400, 401, 403, 413, 415),
        },
        tags=TAGS,
        extensions={"x-openai-isConsequential": True},
    ),
    update=extend_schema(
        operation_id="updateEmployee",
        summary="Replace an employee's details",
        description="Sends every field. Needs a token whose user may change employees.",
        responses={200: UPDATED, **WRITE},
        tags=TAGS,
        extensions={"x-openai-isConsequential": True},
    ),
    partial_update=extend_schema(
        operation_id="partialUpdateEmployee",
        summary="Change some of an employee's details",
        description="Sends only the fields to change. Needs a token whose user may change them.",
        responses={200: UPDATED, **WRITE},
        tags=TAGS,
        extensions={"x-openai-isConsequential": True},
    ),
    destroy=extend_schema(
        operation_id="deleteEmployee",
        summary="Remove an employee",
        description="Deletes the employee for good. Needs a token whose user may delete employees.",
        responses={
            204: OpenApiResponse(description="Deleted."),
            **error_responses(401, 403, 404),
        },
        tags=TAGS,
        extensions={"x-openai-isConsequential": True},
    ),
)
class EmployeeViewSet(viewsets.ModelViewSet[Employee]):
    queryset = Employee.objects.all()
    serializer_class = EmployeeSerializer
    permission_classes = [ReadOrModelPermission]
    pagination_class = EmployeePagination
    filter_backends = [DjangoFilterBackend, EmployeeSearchFilter, StrictOrderingFilter]
    filterset_class = EmployeeFilter
    search_fields = ["first_name", "last_name", "email"]
    ordering_fields = list(ORDERING_FIELDS)
    ordering = list(DEFAULT_ORDERING)

    def filter_queryset(self, queryset: QuerySet[Employee, Any]) -> QuerySet[Employee, Any]:
        """Every bad parameter is reported in one 400: filters, search, ordering and page size."""
        errors: dict[str, Any] = {}
        for backend in self.filter_backends:
            try:
                queryset = backend().filter_queryset(self.request, queryset, self)
            except ValidationError as error:
                errors.update(error.detail if isinstance(error.detail, dict) else {})
        if self.action == "list":
            _, page_size_error = page_size_or_error(self.request)
            if page_size_error:
                errors["page_size"] = [page_size_error]
        if errors:
            raise ValidationError(errors)
        return queryset
