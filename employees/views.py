"""/api/employees/: list, look up and (with permission) change the directory."""

from typing import Any

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import permissions, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.filters import SearchFilter
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request

from directory_gpt.openapi import error_responses
from employees.filters import (
    DEFAULT_ORDERING,
    ORDERING_FIELDS,
    EmployeeFilter,
    StrictOrderingFilter,
)
from employees.models import Employee
from employees.serializers import EmployeeSerializer


class ReadOrModelPermission(permissions.DjangoModelPermissions):
    """Any authenticated token may read; writes need the token user's add/change/delete permission.

    DRF's own class asks `has_perms([])` even for reads, which a user-less token's principal
    answers with False; reads are decided here instead.
    """

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return bool(request.user and request.user.is_authenticated)
        return super().has_permission(request, view)


class EmployeePagination(PageNumberPagination):
    """Page-number pagination where a malformed `page_size` is a 400, not silently 50."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
    page_query_description = "The page to return, from 1 (past the last page: 404)."
    page_size_query_description = "Employees per page: 50 unless given; larger than 500 gives 500."

    def get_page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param or "")
        if raw is None:
            return self.page_size
        size = _whole_number_at_least_one(raw, cap=self.max_page_size or self.page_size)
        if size is None:
            message = f"Give a whole number from 1 to {self.max_page_size}."
            raise ValidationError({self.page_size_query_param: [message]})
        return size

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
        return parameters


def _whole_number_at_least_one(raw: str, cap: int) -> int | None:
    """`raw` as an int capped at `cap`, or None; ASCII digits only, and never int() of 5,000."""
    digits = raw.lstrip("0") if raw.isascii() and raw.isdigit() else ""
    if not digits:
        return None
    return cap if len(digits) > len(str(cap)) else min(int(digits), cap)


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
