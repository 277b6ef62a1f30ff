import datetime as dt

from retrieval.catalog import Catalog


def _meta(source, title, start, end, kind="strategi", area="Socialområdet"):
    return {"source": source, "organisation": "Aby Kommune", "title": title, "area": area,
            "doc_kind": kind, "year": start, "period_start": start, "period_end": end, "url": "",
            "section": "Indledning", "chunk_index": 0}


def test_older_strategy_of_same_area_is_superseded_and_old_documents_are_marked():
    catalog = Catalog(["a", "b", "c"], ["Gammel strategi.", "Ny strategi.", "Sagsfremstilling."],
                      [_meta("gammel.pdf", "Strategi 2018", 2018, 2021),
                       _meta("ny.pdf", "Strategi 2024", 2024, 2028),
                       _meta("sag.pdf", "Sag om strategien", 2024, 2024, kind="sagsfremstilling")])
    assert catalog.sources["gammel.pdf"].superseded_by == "Strategi 2024 (2024–2028)"
    assert catalog.sources["ny.pdf"].superseded_by == ""
    assert catalog.sources["sag.pdf"].superseded_by == ""  # a case record is not a strategy
    assert catalog.sources["gammel.pdf"].is_old(dt.date(2026, 11, 24))
    assert not catalog.sources["ny.pdf"].is_old(dt.date(2026, 11, 24))


def test_answers_say_when_a_source_is_superseded(tmp_path):
    from bot.answer import Question
    from bot.answer.service import build_core
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, year in (("gammel", 2018), ("ny", 2024)):
        (docs / f"{name}.md").write_text(f"# Strategi for Aby Kommune {year}\n\nAby Kommune vil styrke "
                                         f"hverdagsrehabilitering i hjemmeplejen frem mod {year + 3}.\n",
                                         encoding="utf-8")
        (docs / f"{name}.meta.toml").write_text(
            f'organisation = "Aby Kommune"\narea = "Ældre"\ntitle = "Ældrestrategi {year}"\n'
            f'kind = "strategi"\nperiod = "{year}-{year + 3}"\n', encoding="utf-8")
    core = build_core(load_settings(data_dir=tmp_path / "data"))
    Ingestor(core.vectorstore, core.embeddings).run([docs])
    core.reload()
    answer = core.answerer.answer(Question("Hvad vil Aby Kommune med hverdagsrehabilitering?"))
    assert answer.status == "answered"
    assert {c.title for c in answer.citations} == {"Ældrestrategi 2018", "Ældrestrategi 2024"}
    assert "«Ældrestrategi 2018» er afløst af Ældrestrategi 2024 (2024–2027)" in answer.text


def test_after_an_ingest_only_the_changed_documents_are_read_again(tmp_path):
    from bot.answer import Question
    from bot.answer.service import build_core
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor

    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("aby", "bby"):
        (docs / f"{name}.md").write_text(f"# Strategi for {name.title()} Kommune\n\n{name.title()} Kommune "
                                         "vil styrke hverdagsrehabilitering.\n", encoding="utf-8")
    core = build_core(load_settings(data_dir=tmp_path / "data"))
    Ingestor(core.vectorstore, core.embeddings).run([docs])
    core.reload()
    before = core.store_signature()
    (docs / "bby.md").write_text("# Strategi for Bby Kommune\n\nBby Kommune vil bygge demensvenlige "
                                 "boliger.\n", encoding="utf-8")
    Ingestor(core.vectorstore, core.embeddings).run([docs])
    assert core.store_signature() != before  # what `serve` polls: one record per document
    reads = []
    get = type(core.vectorstore).get
    core.vectorstore.__class__ = type("Recording", (type(core.vectorstore),), {
        "get": lambda self, *a, **kw: reads.append(kw.get("where")) or get(self, *a, **kw)})
    core.reload()
    assert reads == [{"source": {"$in": [_source(docs / "bby.md")]}}]
    answer = core.answerer.answer(Question("Hvad vil Bby Kommune bygge?"))
    assert "demensvenlige boliger" in answer.text
    assert {i.organisation for i in core.catalog.sources.values()} == {"Aby Kommune", "Bby Kommune"}
    (docs / "aby.md").unlink()
    Ingestor(core.vectorstore, core.embeddings).run([docs], prune=True)
    core.reload()
    assert {i.organisation for i in core.catalog.sources.values()} == {"Bby Kommune"}


def test_a_reload_swaps_in_a_whole_new_snapshot_and_leaves_the_one_in_use_as_it_was(tmp_path):
    """`serve` reloads in a background thread while questions are answered: a question that
    took the store as it was keeps answering from it, and every view (restricted ones too) moves
    to the new store with its catalog, retriever and answerer together."""
    from bot.answer import Question
    from bot.answer.service import build_core
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "aby.md").write_text("# Strategi for Aby Kommune\n\nAby Kommune vil styrke hverdagsrehabilitering.\n",
                                 encoding="utf-8")
    core = build_core(load_settings(data_dir=tmp_path / "data"))
    Ingestor(core.vectorstore, core.embeddings).run([docs])
    core.reload()
    leaders = core.for_access(["ledelse"])
    in_use, leaders_in_use = core.snapshot(), leaders.snapshot()
    (docs / "bby.md").write_text("# Strategi for Bby Kommune\n\nBby Kommune vil bygge demensvenlige boliger.\n",
                                 encoding="utf-8")
    Ingestor(core.vectorstore, core.embeddings).run([docs])
    core.reload()

    def organisations(snapshot):
        return {i.organisation for i in snapshot.catalog.sources.values()}

    for old in (in_use, leaders_in_use):
        assert organisations(old) == {"Aby Kommune"}
        assert old.answerer.catalog is old.catalog and old.retriever.catalog is old.catalog
    assert "demensvenlige" not in in_use.answerer.answer(Question("Hvad vil Bby Kommune bygge?")).text
    for new in (core.snapshot(), leaders.snapshot()):
        assert organisations(new) == {"Aby Kommune", "Bby Kommune"}
        assert new.answerer.catalog is new.catalog and new.answerer.retriever is new.retriever
        assert new.retriever.catalog is new.catalog
    assert "demensvenlige boliger" in leaders.answerer.answer(Question("Hvad vil Bby Kommune bygge?")).text


def _source(path):
    from ingest.pipeline import source_name

    return source_name(path)
