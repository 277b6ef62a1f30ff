"""An item asked for by its place ("den anden prioritet", "det fjerde område"), as staff ask
when the strategy prints no numbers."""

from retrieval.query import parse_query

ORGS = ["Sølvhøj Kommune", "Rævlinge Kommune"]


def test_an_ordinal_names_the_item_by_its_place():
    second = parse_query("hvad er den anden prioritet i sølvhøjs sundhedspolitik?", ORGS)
    assert (second.pejlemaerke, second.item_label) == (2, "prioritet")
    fourth = parse_query("hvad handler det fjerde område i rævlinge kommunes sundhedsplan om?", ORGS)
    assert (fourth.pejlemaerke, fourth.item_label) == (4, None)  # "område": whatever the plan calls them
    assert parse_query("hvad er det andet tema?", ORGS).pejlemaerke == 2


def test_a_number_word_elsewhere_names_no_item():
    intent = parse_query("hvor mange af de fire kommuner har et sundhedshus?", ORGS)
    assert intent.pejlemaerke is None


def test_a_lower_case_letter_names_an_item_only_as_a_word_of_its_own():
    assert parse_query("hvad handler punkt c om i tornkærs strategi?", ORGS).pejlemaerke == 3
    assert parse_query("hvilke ledetråde har strategien i Sølvhøj?", ORGS).pejlemaerke is None  # ledetråd+e
