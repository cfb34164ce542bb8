"""Hand PostgreSQL connections back while a question waits on the language model.

A model call takes seconds; a request that kept its connection meanwhile would need one
connection per question in flight. Closing returns a pooled connection to the pool (or closes
an unpooled one), so connections are held only while SQL actually runs.
"""

from django.db import connections


def release_idle_connections() -> None:
    for connection in connections.all(initialized_only=True):
        if (
            connection.vendor == "postgresql"
            and connection.connection is not None
            and not connection.in_atomic_block
        ):
            connection.close()
