from django.urls import URLPattern, URLResolver
from rest_framework.routers import SimpleRouter

from employees.views import EmployeeViewSet

# SimpleRouter: no browsable API root at /api/, only the employee routes.
router = SimpleRouter()
router.register("employees", EmployeeViewSet, basename="employee")

urlpatterns: list[URLPattern | URLResolver] = [*router.urls]
