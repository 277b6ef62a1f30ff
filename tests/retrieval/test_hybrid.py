from retrieval.query import parse_query


def test_parse_query_finds_structure_organisation_and_language():
    orgs = ["Norddjurs Kommune", "Odder Kommune"]
    intent = parse_query("Hvad siger målsætning 2.3 i Norddjurs?", orgs)
    assert (intent.organisation, intent.pejlemaerke, intent.maalsaetning, intent.language) == \
        ("Norddjurs Kommune", 2, "2.3", "da")
    english = parse_query("What does pejlemaerke 4 in odder kommune say?", orgs)
    assert (english.organisation, english.pejlemaerke, english.language) == ("Odder Kommune", 4, "en")


def test_organisation_filter_is_applied_inside_retrieval(core):
    intent = parse_query("Hvordan arbejder vi med velfærdsteknologi?", core.catalog.organisations,
                         "Odder")
    hits = core.retriever.search(intent, k=8)
    assert hits and {h.metadata["organisation"] for h in hits} == {"Odder Kommune"}


def test_named_maalsaetning_ranks_its_chunk_first(core):
    hits = core.retriever.search(parse_query("Hvad siger målsætning 3.2?", core.catalog.organisations))
    assert "3.2" in hits[0].metadata["maalsaetninger"].split(",")
    assert hits[0].metadata["organisation"] == "Norddjurs Kommune"


def test_langchain_retriever_interface(core):
    docs = core.retriever.invoke("kerneopgaven i Viborg")
    assert docs and all(d.metadata["organisation"] == "Viborg Kommune" for d in docs)
