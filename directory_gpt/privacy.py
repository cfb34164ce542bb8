"""GET /privacy: the privacy policy a public GPT or connector links to.

It says plainly what leaves the service, from the settings that decide it: with OpenAI configured
the question and the matching rows go to the model provider; with the offline engine nothing does.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from gptbridge import llm


def sends_data_to_model_provider() -> bool:
    return llm.is_configured() and settings.GPTBRIDGE_ENGINE != "offline"


@require_GET
def privacy(request: HttpRequest) -> HttpResponse:
    context = {
        "organization": settings.PRIVACY_ORGANIZATION or "The organisation running this service",
        "contact": settings.PRIVACY_CONTACT,
        "uses_model_provider": sends_data_to_model_provider(),
        "model": settings.OPENAI_MODEL,
        "provider_url": settings.OPENAI_BASE_URL or "https://api.openai.com",
    }
    return render(request, "privacy/policy.html", context)
