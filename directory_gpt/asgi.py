import gc
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

# What the process has imported lives until it exits. Freezing it takes it out of the cyclic
# collector's sight, so a full collection scans what requests allocate (a few thousand objects)
# instead of everything (about 230,000: some 60 ms with the GIL held, during which no request on
# this worker, health probes included, moves). See "gc.freeze" in Python's gc documentation.
gc.collect()
gc.freeze()
