import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directory_gpt.settings")

application = get_asgi_application()
