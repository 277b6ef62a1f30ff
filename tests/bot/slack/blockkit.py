"""Block Kit checked with slack_sdk's own block models, plus the text limits they leave out."""

from __future__ import annotations

from slack_sdk.models.blocks import Block

TEXT_LIMIT = 3000  # any text object (section, context element)
HEADER_LIMIT = 150
MESSAGE_BLOCKS = 50


def _texts(value):
    if isinstance(value, dict):
        if value.get("type") in ("mrkdwn", "plain_text") and "text" in value:
            yield value["text"]
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def assert_valid_blocks(blocks: list[dict], limit: int = MESSAGE_BLOCKS) -> None:
    """Every block is one slack_sdk knows, passes its validation, and keeps Slack's text limits."""
    assert 0 < len(blocks) <= limit, len(blocks)
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None, f"unknown block: {raw}"
        block.to_dict()  # runs slack_sdk's validators (section text ≤ 3000, header ≤ 150, …)
        for text in _texts(raw):
            assert text.strip(), f"empty text in {raw}"
            assert len(text) <= (HEADER_LIMIT if raw["type"] == "header" else TEXT_LIMIT), raw
