import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directory_gpt.settings")

django_application = get_asgi_application()

from mcpserver.routing import with_mcp  # noqa: E402  (needs the apps loaded above)

application = with_mcp(django_application)
