"""Metadata read from a document without a sidecar: organisation, title and period."""

import pytest

from ingest.metadata import complete_meta, detect_organisation, detect_period, parse_period
from ingest.model import DocumentMeta, Period


def meta_of(text: str, filename: str = "dokument.txt", heading: str = "", organisation=None) -> DocumentMeta:
    return complete_meta(DocumentMeta(), text, filename, heading, organisation)


FOREWORD = ("Forord\n\nSiden 2021 har vi arbejdet med nye fællesskaber, og fra 2017 har byrådet "
            "prioriteret forebyggelse. I 2019 vedtog kommunalbestyrelsen en ny sundhedspolitik.\n")


@pytest.mark.parametrize("heading, expected", [
    ("Sundhedsstrategi 2025–2028", Period(2025, 2028)),
    ("Handleplan 2019-2023", Period(2019, 2023)),
    ("Ældrepolitik 2025 - 2028", Period(2025, 2028)),
    ("Børne- og ungepolitik 2023—2026", Period(2023, 2026)),
    ("Virksomhedsplan 2020", Period(2020, 2020)),
    ("Strategi 2025", Period(2025, 2025)),
])
def test_the_title_gives_the_period_over_years_in_passing(heading, expected):
    assert meta_of(FOREWORD, heading=heading).period == expected


def test_a_year_in_passing_is_no_period():
    meta = meta_of(FOREWORD, heading="Strategi for det specialiserede socialområde")
    assert meta.period == Period() and meta.year is None
    assert meta_of("Der er i efteråret 2017 gennemført en proces.", heading="Strategi").period == Period()


def test_a_range_on_the_first_page_beats_earlier_years():
    text = "Sundhedsstrategi\n\nStrategien gælder for 2025–2028.\n\n" + FOREWORD
    assert meta_of(text, heading="Sundhed for alle").period == Period(2025, 2028)
    heading_line = "Sammen om sundhed\n2025 - 2028\n\n" + FOREWORD
    assert meta_of(heading_line, heading="Sammen om sundhed").period == Period(2025, 2028)


def test_a_range_about_an_earlier_document_is_not_the_period():
    text = "Politikken afløser den tidligere politik 2019-2023, som blev evalueret i 2023."
    assert meta_of(text, heading="Ny politik").period == Period()


def test_the_file_name_counts_and_a_case_number_is_no_year():
    assert meta_of(FOREWORD, "odder-aeldrepolitik-2025-2028.pdf", "Ældrepolitik").period == Period(2025, 2028)
    assert meta_of(FOREWORD, "handleplan_2024.docx", "Handleplan").period == Period(2024, 2024)
    assert meta_of(FOREWORD, "vpu-sag-23-2079-strategiproces-2023.txt", "Sag").period == Period(2023, 2023)
    # the title's range says more than a year in the file name
    assert meta_of(FOREWORD, "strategi-2025.docx", "Strategi 2025–2028").period == Period(2025, 2028)


def test_a_dated_line_on_the_first_page_dates_the_document():
    text = "Sammen kan vi noget helt andet.\n\nChefgruppen\nJuni 2018\n\nSiden 2015 har vi …"
    assert meta_of(text, heading="Strategi for Social og Sundhed").period == Period(2018, 2018)


def test_parse_period_reads_sidecar_values():
    assert parse_period("2023-2027") == Period(2023, 2027)
    assert parse_period("2025–28") == Period(2025, 2028)
    assert parse_period(2018) == Period(2018, 2018)
    assert parse_period("") == Period()


@pytest.mark.parametrize("text, expected", [
    ("Sundhedspolitik for Lyngby-Taarbæk Kommune\n\nVi vil …", "Lyngby-Taarbæk Kommune"),
    ("Ringkøbing-Skjern Kommunes ældrepolitik beskriver …", "Ringkøbing-Skjern Kommune"),
    ("Høje-Taastrup Kommune arbejder med …", "Høje-Taastrup Kommune"),
    ("Odder Kommunes strategi for voksne", "Odder Kommune"),
    ("Københavns Kommunes socialstrategi", "Københavns Kommune"),
    ("Region Midtjylland vil sammen med kommunerne …", "Region Midtjylland"),
    ("Region Hovedstadens psykiatri og Region Hovedstaden …", "Region Hovedstaden"),
    ("Social- og Sundhedsforvaltningen, Aarhus\n\nVi arbejder …", "Aarhus Kommune"),
    ("Social- og Sundhedsforvaltningen, Aarhus Kommune", "Aarhus Kommune"),
    ("Fjordby kommune vil være et godt sted at leve.", "Fjordby Kommune"),
    ("RØNNEDE KOMMUNE\n\nBørne- og ungepolitik", "Rønnede Kommune"),
])
def test_organisation_from_the_text_without_a_fixed_list(text, expected):
    assert detect_organisation(text) == expected


def test_the_first_page_and_the_title_outweigh_partners_named_later():
    text = ("Sølund Kommune vil fremme sundhed.\n" + "Vi arbejder for borgerne. " * 80
            + "\nVi samarbejder med Aarhus Kommune, Aarhus Kommune og Aarhus Kommune om projektet.")
    assert detect_organisation(text) == "Sølund Kommune"
    assert detect_organisation("Vi samarbejder med Odder Kommune.", title="Viborg Kommunes strategi") \
        == "Viborg Kommune"


def test_ordinary_words_before_kommune_are_no_names():
    assert detect_organisation("Hver kommune skal have en plan. Denne kommune har en.") == ""
    assert detect_organisation("Vores kommune er i gang. Samme kommune igen.") == ""


def test_lost_danish_letters_in_a_page_header_do_not_win_over_the_name():
    text = "Ronnede Kommune · Borne- og ungepolitik\n\nRønnede Kommune\n\n" + "Ronnede Kommune · side\n" * 5
    assert detect_organisation(text) == "Rønnede Kommune"


def test_a_web_address_names_the_municipality_when_the_text_does_not_say_kommune():
    text = "Den har afsæt i Vores Norddjurs.\nhttps://norddjurs.dk/Media/1/politik.pdf\nLæs på sundhed.dk om sundhed."
    assert meta_of(text).organisation == "Norddjurs Kommune"


def test_the_flag_is_the_last_resort():
    assert meta_of("Ingen navne her.", organisation="Syddjurs Kommune").organisation == "Syddjurs Kommune"
    assert meta_of("Odder Kommune", organisation="Syddjurs Kommune").organisation == "Odder Kommune"


def test_title_from_a_titel_line_the_heading_or_the_file_name():
    assert meta_of("Titel: Sundhedspolitik 2025–2030\nAnsvarlig: Sundhed", heading="Indhold").title \
        == "Sundhedspolitik 2025–2030"
    assert meta_of("Tekst.", heading="Titel: Ældrepolitik").title == "Ældrepolitik"
    assert meta_of("Tekst.", "norddjurs-strategi-2023.txt", heading="Introduktion").title == "norddjurs strategi 2023"
    assert meta_of("Rønnede Kommune", heading="Rønnede Kommune · Børne- og ungepolitik 2023-2026").title \
        == "Børne- og ungepolitik 2023-2026"


def test_a_sidecar_value_is_kept():
    meta = DocumentMeta(organisation="Odder Kommune", title="Strategi", period=Period(2018, 2018), year=2018)
    complete_meta(meta, "Viborg Kommune 2025-2028", "x-2030.txt", "Andet", "Syddjurs Kommune")
    assert (meta.organisation, meta.title, meta.period, meta.year) == ("Odder Kommune", "Strategi", Period(2018, 2018), 2018)


def test_a_cover_that_names_the_organisation_first_gives_the_next_line_as_title():
    text = "Rønnede Kommune\nBØRNE- OG UNGEPOLITIK 2023—2026\nSammen om børns liv\n\nForord\n\nBørn og unge …"
    meta = meta_of(text, heading="Rønnede Kommune")
    assert (meta.organisation, meta.title, meta.period) == ("Rønnede Kommune", "Børne- og ungepolitik 2023—2026",
                                                           Period(2023, 2026))


def test_a_strategy_sent_as_a_mail_is_titled_by_its_subject():
    text = ("Fra:      Social og Sundhed, Mørkedal Kommune\nTil:      Ledere og medarbejdere\n"
            "Emne:     Den nye handicappolitik 2026-2030\n\nKære alle\n\nByrådet har vedtaget politikken.\n")
    meta = meta_of(text, "moerkedal-handicappolitik.txt", heading="Kære alle")
    assert meta.title == "Den nye handicappolitik 2026-2030"
    assert meta.organisation == "Mørkedal Kommune"
