from django.urls import path

from gptbridge.views import SearchView

urlpatterns = [
    path("search", SearchView.as_view(), name="search"),
]
