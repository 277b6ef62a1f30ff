"""Structured logs: one JSON object a line, with no message text unless asked for.

Questions may name citizens, and tokens must never reach a log, so the answer log carries what an
operator needs (surface, status, citations, timing) and the question only with
STRATEGIBOT_LOG_QUESTIONS=true.
"""

from __future__ import annotations

import json
import logging
import re
import time

_FIELDS = ("event", "surface", "status", "citations", "ms", "question", "organisation")
_SECRET = re.compile(r"(xox[abposr]-[\w-]+|xapp-[\w-]+|sk-[\w-]{16,}|Bearer\s+[\w.\-]+)")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)),
                 "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        entry.update({k: getattr(record, k) for k in _FIELDS if hasattr(record, k)})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return _SECRET.sub("[skjult]", json.dumps(entry, ensure_ascii=False))


def use_json_logs(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
