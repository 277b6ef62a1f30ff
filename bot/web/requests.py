"""What the web chat's JSON endpoints accept, checked before anything is done or stored.

A body that is a list, a string or null, a field of the wrong type, nesting a parser chokes on,
or a question of a megabyte is the client's mistake: a 400 with a Danish message, never a 500,
and nothing written to the state database.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError

MAX_BODY = 64 * 1024  # far above any question a person types (the answerer caps questions lower)


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    question: StrictStr = Field(max_length=20_000)
    user: StrictStr = Field("", max_length=64)  # ignored: the asker is the signed-in user (bot/web/auth.py)
    conversation: StrictStr | None = Field(None, max_length=64)
    organisation: StrictStr | None = Field(None, max_length=200)


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: StrictInt = Field(ge=1, le=2**63 - 1)  # beyond a database integer: a 400, not an overflow
    rating: StrictInt = Field(ge=-1, le=1)


def parse(model: type[BaseModel], body: bytes) -> tuple[BaseModel | None, str]:
    """(the request, "") or (None, why it was refused, in Danish)."""
    if len(body) > MAX_BODY:
        return None, "Forespørgslen er for stor."
    try:
        return model.model_validate_json(body), ""
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(part) for part in error.get("loc", ())) or "forespørgslen"
        if error.get("type") in ("json_invalid", "json_type", "model_type", "model_attributes_type"):
            return None, "Forespørgslen skal være et JSON-objekt."
        return None, f"Feltet «{field}» er ikke gyldigt."
    except (ValueError, RecursionError):
        return None, "Forespørgslen skal være et JSON-objekt."
