"""Moved to `strategy.vocabulary` (shared by ingest and retrieval); kept so older imports work."""

from strategy.vocabulary import *  # noqa: F401,F403
