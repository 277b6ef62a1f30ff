"""The answerer: turns retrieved passages into an `Answer` with checkable citations.

It knows nothing of Slack, Teams or the terminal; every surface passes a `Question` in and
renders the `Answer` that comes back.
"""

from bot.answer.model import Answer, Citation, Question

__all__ = ["Answer", "Citation", "Question"]
