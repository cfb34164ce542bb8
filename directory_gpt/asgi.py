import os

from django.core.asgi import get_asgi_application

from directory_gpt.threads import ReusedThreads

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directory_gpt.settings")

django_application = get_asgi_application()

from gptbridge.llm import closing_client_at_shutdown  # noqa: E402  (needs the apps loaded)
from mcpserver.routing import with_mcp  # noqa: E402  (needs the apps loaded above)

# Every HTTP request, /mcp included, runs its synchronous steps on a borrowed, reused thread; at
# shutdown the model client's connections are closed.
application = closing_client_at_shutdown(ReusedThreads(with_mcp(django_application)))
