"""gunicorn settings for the served configuration (Procfile, `make bench`).

gunicorn manages the processes; each worker is a uvicorn event loop serving the ASGI app
(directory_gpt/asgi.py) through `directory_gpt.server.Worker`. A question waiting on the language
model is a suspended coroutine, not a thread, so a worker keeps hundreds in flight; database and
CPU steps borrow a worker thread and a pooled PostgreSQL connection only while they run.
PostgreSQL connections are bounded by the per-worker pool (DATABASE_POOL_MAX_SIZE, default 8):
2 workers x 8 = 16, under Heroku Postgres Mini's 20, however many clients are connected.
Slow clients: see directory_gpt/server.py (HTTP_HEADER_TIMEOUT, HTTP_BODY_TIMEOUT).
"""

import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "directory_gpt.server.Worker"
# uvicorn's worker uses this as its heartbeat; longer than the GPT action's 45 s budget.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
# Seconds a kept-alive connection may sit idle between requests (uvicorn's timeout_keep_alive).
keepalive = 5
# Room for a thousand clients connecting at once (the kernel caps it at net.core.somaxconn).
backlog = 2048
# Recycle workers now and then so memory cannot creep up over weeks.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = 2000
accesslog = None  # the app logs one line per request itself, without query strings
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")
