import os

from django.core.asgi import get_asgi_application

from directory_gpt.threads import ReusedThreads

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directory_gpt.settings")

application = ReusedThreads(get_asgi_application())
