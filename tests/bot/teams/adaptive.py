"""The Adaptive Card 1.5 shape a Teams card must have: known element, inline and action types
(from the 1.5 schema), and no text element without text."""

from __future__ import annotations

ELEMENTS = {"TextBlock", "RichTextBlock", "Image", "Media", "Container", "ColumnSet", "FactSet", "ImageSet",
            "ActionSet", "Table", "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle",
            "Input.ChoiceSet"}
ACTIONS = {"Action.OpenUrl", "Action.Submit", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute"}


def _element(element: dict) -> None:
    kind = element.get("type")
    assert kind in ELEMENTS, f"not an Adaptive Card 1.5 element: {kind}"
    if kind == "TextBlock":
        assert isinstance(element.get("text"), str) and element["text"].strip(), element
    elif kind == "RichTextBlock":
        assert element.get("inlines"), element
        for inline in element["inlines"]:
            assert inline.get("type") == "TextRun" and inline.get("text", "").strip(), inline
    elif kind == "Container":
        assert element.get("items"), element
        for item in element["items"]:
            _element(item)
    elif kind == "ColumnSet":
        for column in element.get("columns", []):
            assert column.get("type") == "Column"
            for item in column.get("items", []):
                _element(item)
    if "selectAction" in element:
        assert element["selectAction"]["type"] in ACTIONS - {"Action.ShowCard"}


def assert_valid_card(card: dict) -> None:
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    assert card.get("body") or card.get("actions"), "an empty card"
    for element in card.get("body", []):
        _element(element)
    for action in card.get("actions", []):
        assert action["type"] in ACTIONS and action.get("title", "").strip(), action


def card_texts(card: dict) -> list[str]:
    """Every text a user reads on the card."""
    found = []

    def walk(value):
        if isinstance(value, dict):
            if value.get("type") in ("TextBlock", "TextRun"):
                found.append(value["text"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(card)
    return found
