"""gunicorn settings for the served configuration (Procfile, `make bench`).

Questions spend most of their time waiting on the language model, so threads (gthread), not
processes, provide the concurrency: 2 workers x 40 threads keep 80 questions in flight on a
2-core dyno. PostgreSQL connections are bounded separately by the per-worker pool
(DATABASE_POOL_MAX_SIZE, default 8): 2 x 8 = 16, under Heroku Postgres Mini's 20.
"""

import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "40"))
# Longer than the GPT action's 45 s budget, so a slow question is answered, not killed.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
# A worker takes only the connections it has a free thread for, and no keep-alive ties a
# client to one worker: otherwise 64 clients split unevenly (up to 50/14 measured) and the
# surplus on the busier worker waits a whole question (28.0 -> 29.9 q/s, bench/README.md).
worker_connections = threads
keepalive = 0
backlog = 256
# Recycle workers now and then so memory cannot creep up over weeks.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = 500
accesslog = None  # the app logs one line per request itself, without query strings
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")
