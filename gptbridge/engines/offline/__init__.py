"""The offline question engine (no model, no network). See `engine.py`."""

from gptbridge.engines.offline.engine import OfflineEngine

__all__ = ["OfflineEngine"]
