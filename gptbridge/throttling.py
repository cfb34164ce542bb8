from django.conf import settings
from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView


class QuestionRateThrottle(SimpleRateThrottle):
    """`GPTBRIDGE_RATE` questions per API token (the static key counts as one token)."""

    scope = "question"

    def get_rate(self) -> str:
        # Read at request time (not import time) so the setting can change under tests.
        return str(settings.GPTBRIDGE_RATE)

    def get_cache_key(self, request: Request, view: APIView) -> str | None:
        identity = getattr(request.auth, "key", None) or self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": identity}
