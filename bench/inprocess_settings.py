"""Settings for `python -m bench.inprocess --ablate middleware`: the served settings with only
the project's own middleware and axes (what Django's stock middleware costs per question)."""

from directory_gpt.settings import *  # noqa: F403
from directory_gpt.settings import MIDDLEWARE

MIDDLEWARE = [path for path in MIDDLEWARE if path.startswith(("directory_gpt.", "axes."))]
