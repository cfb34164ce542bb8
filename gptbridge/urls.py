from django.urls import path

from gptbridge.views import FeedbackView, SearchView

urlpatterns = [
    path("search", SearchView.as_view(), name="search"),
    path("feedback", FeedbackView.as_view(), name="feedback"),
]
