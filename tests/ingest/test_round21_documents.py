"""Round 21: official documents pasted as text (dev17): running heads and page numbers of a
paged copy, a signature under the text, a record's fields above its heading, series lines and
the kind of paper as labels, the issuer above a document's title."""

from __future__ import annotations

from datetime import date

from desktop.ingest import read_bytes

PAGE_ONE = [
    "The harbour board met on 4 March to consider the cost of dredging the outer channel,",
    "which has silted up faster than expected since the storms of last winter.",
    "",
    "Members agreed to ask the port authority for a survey of the channel before the",
]
PAGE_TWO = [
    "summer, when the larger ferries return to the timetable.",
    "",
    "The survey is expected to cost about £40,000 and to take six weeks.",
]


def _paged(head: str, number: str) -> str:
    return "\n".join(
        [
            "Harbour Board Minutes",
            "",
            "Meeting of 4 March 2025",
            "",
            *PAGE_ONE,
            "",
            head.format(n=1) if head else number.format(n=1),
            "",
            *PAGE_TWO,
            "",
            head.format(n=2) if head else number.format(n=2),
        ]
    )


def test_a_running_foot_beside_a_changing_page_number_is_set_aside() -> None:
    text = _paged("Harbour Board Minutes, March 2025" + " " * 30 + "{n}", "")
    article = read_bytes(text.encode(), "minutes.txt")
    assert "March 2025 1" not in article.text
    assert "March 2025 2" not in article.text
    # the sentence the page break cut is one paragraph again
    assert "before the summer, when the larger ferries" in article.text


def test_page_numbers_centred_alone_are_set_aside() -> None:
    text = _paged("", " " * 30 + "{n}")
    article = read_bytes(text.encode(), "minutes.txt")
    assert article.text.endswith("take six weeks.")
    assert "before the summer" in article.text


def test_a_number_once_under_a_line_of_text_is_not_a_page_foot() -> None:
    text = "\n".join(
        [
            "Harbour fees",
            "",
            "The board set the new mooring fees out in a table of three bands:",
            "",
            "Small boats" + " " * 20 + "120",
            "",
            "The new fees apply from 1 May, the board said in a statement on Tuesday.",
        ]
    )
    article = read_bytes(text.encode(), "fees.txt")
    assert "Small boats" in article.text


def test_a_signature_under_the_text_is_no_byline_and_no_outlet() -> None:
    text = "\n\n".join(
        [
            "Marlow Freight AG",
            "Annual Report 2024",
            "Chair's statement",
            "2024 was a year of growth for Marlow Freight, with revenue up 14 percent to EUR 840 "
            "million and three new routes to Baltic ports.",
            "I thank our 2,100 colleagues for their work this year.",
            "Anna Lindqvist",
            "Chair",
            "14 March 2025",
        ]
    )
    article = read_bytes(text.encode(), "report.txt")
    assert article.author is None
    assert article.source == "Marlow Freight AG"
    assert article.title == "Annual Report 2024"
    assert "Anna Lindqvist" not in article.text
    assert article.published == date(2025, 3, 14)


def test_a_record_s_fields_date_it_and_its_heading_is_the_title() -> None:
    text = "\n".join(
        [
            "The Westmarch Gazette",
            "Official public record",
            "",
            "Notice type: Planning",
            "Notice ID: 5521930",
            "Publication date: 11 April 2025",
            "",
            "Town and Country Planning Act 1990: Diversion of Footpath 12, Elmsford",
            "",
            "The council gives notice that it has made an order diverting part of Footpath 12 "
            "at Elmsford to allow the extension of the primary school.",
        ]
    )
    article = read_bytes(text.encode(), "notice.txt")
    assert article.title == "Town and Country Planning Act 1990: Diversion of Footpath 12, Elmsford"
    assert article.source == "The Westmarch Gazette"
    assert article.published == date(2025, 4, 11)
    assert article.published_origin == "text"
    assert "Notice ID" not in article.text
    assert article.text.startswith("The council gives notice")


def test_a_copys_own_source_and_author_lines_are_not_a_records_fields() -> None:
    text = "\n".join(
        [
            "Source: Dresland Herald",
            "By: Maja Kovac",
            "",
            "Bridge repairs to start in May",
            "",
            "Repairs to the old river bridge will start in May and last for six months, the "
            "city council said on Monday.",
        ]
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.source == "Dresland Herald"
    assert article.author == "Maja Kovac"


def test_a_series_line_above_the_title_is_a_label() -> None:
    text = "\n\n".join(
        [
            "Institute for Coastal Policy",
            "Policy Paper 7 | February 2025",
            "Paying for Sea Defences",
            "Councils on the east coast spend about £41 million a year on sea defences, three "
            "times what they spent in 2010.",
        ]
    )
    article = read_bytes(text.encode(), "paper.txt")
    assert article.title == "Paying for Sea Defences"
    assert "Policy Paper 7" not in article.text


def test_the_kind_of_paper_under_the_title_is_a_label() -> None:
    text = "\n\n".join(
        [
            "Eskmoor Flood Review Board",
            "Review of the January 2025 Floods",
            "Interim report",
            "Published 18 March 2025",
            "The floods of 9 and 10 January 2025 affected 1,240 homes and 86 businesses in the "
            "Tarn Valley.",
        ]
    )
    article = read_bytes(text.encode(), "report.txt")
    assert article.text.startswith("The floods of 9 and 10 January")
    assert article.published == date(2025, 3, 18)


def test_two_columns_copied_across_are_read_left_then_right() -> None:
    left = [
        "The council will close the old library on Friday",
        "and move its books to the new hall on Mill Street,",
        "where it opens on Monday.",
    ]
    right = [
        "Parking at the new hall is free for the first two",
        "hours, and a bus stops outside every ten minutes",
        "from the station.",
    ]
    rows = [f"{a:<56}{b}" for a, b in zip(left, right, strict=True)]
    text = "\n".join(["Library moves to Mill Street", "", *rows, ""])
    article = read_bytes(text.encode(), "bulletin.txt")
    assert "on Friday and move its books to the new hall" in article.text
    assert "first two hours, and a bus stops" in article.text
    assert article.text.index("where it opens on Monday") < article.text.index("Parking at")


def test_a_table_with_a_wide_gap_is_not_taken_for_two_columns() -> None:
    rows = ["Small boats" + " " * 40 + "120", "Large boats" + " " * 40 + "240"]
    text = "\n".join(
        [
            "Harbour fees",
            "",
            "The board set the new mooring fees in two bands, to apply from 1 May this year.",
            "",
            *rows,
        ]
    )
    article = read_bytes(text.encode(), "fees.txt")
    assert "Small boats" in article.text and "120" in article.text


def test_an_official_records_own_day_labels_date_it() -> None:
    text = "\n\n".join(
        [
            "Ministry of Health of Carradine",
            "Hospital Waiting Times: Quarterly Update",
            "Made on: 20 February 2025",
            "The Government has today published figures showing that 71 percent of patients "
            "were seen within 18 weeks of referral in the last quarter of 2024.",
        ]
    )
    article = read_bytes(text.encode(), "statement.txt")
    assert article.published == date(2025, 2, 20)
    assert article.source == "Ministry of Health of Carradine"


def test_a_chambers_name_is_no_persons() -> None:
    text = "\n\n".join(
        [
            "Commons Chamber",
            "Volume 763: debated on Wednesday 5 March 2025",
            "Rural Bus Services",
            "We have given councils £955 million this year to support bus services, and rural "
            "areas will receive a larger share of it than before.",
        ]
    )
    article = read_bytes(text.encode(), "debate.txt")
    assert article.author is None
    assert article.published == date(2025, 3, 5)


def test_a_records_reference_symbol_and_meeting_number_are_not_text() -> None:
    text = "\n\n".join(
        [
            "United Nations",
            "SC/16021",
            "4 March 2025",
            "9871st Meeting (AM)",
            "Security Council Extends Mandate of Mission in Veltria for One Year",
            "The Security Council today extended the mandate of the United Nations Mission in "
            "Veltria until 15 March 2026.",
            "Reference: HCWS412",
            "For information media. Not an official record.",
        ]
    )
    article = read_bytes(text.encode(), "summary.txt")
    assert "SC/16021" not in article.text
    assert "9871st Meeting" not in article.text
    assert "Not an official record" not in article.text
    assert "HCWS412" not in article.text
    assert article.text.startswith("The Security Council today extended")


def test_a_word_pair_with_a_slash_is_no_document_symbol() -> None:
    text = "\n\n".join(
        [
            "Heating help",
            "The grant is open to tenants and/or owners of homes built before 1950.",
            "TV/Radio",
            "Applications close on 30 June, the council said on Monday in a statement.",
        ]
    )
    article = read_bytes(text.encode(), "grant.txt")
    assert "and/or owners" in article.text


def test_a_printed_records_cover_dates_it_and_names_the_body_it_was_printed_for() -> None:
    text = "\n\n".join(
        [
            "OVERSIGHT OF FERRY SAFETY",
            "HEARING\nBEFORE THE\nCOMMITTEE ON COMMERCE",
            "THURSDAY, APRIL 10, 2025",
            "Serial No. 119-9",
            "Printed for the use of the Committee on Commerce",
            "OVERSIGHT OF FERRY SAFETY",
            "The committee met, pursuant to notice, at 10 a.m., Hon. Ruth Adler (Chairwoman of "
            "the committee) presiding.",
            "Mrs. ADLER. The committee will come to order. Today we hear from the Coast Guard "
            "about ferry inspections.",
        ]
    )
    article = read_bytes(text.encode(), "hearing.txt")
    assert article.title == "OVERSIGHT OF FERRY SAFETY"
    assert article.source == "Committee on Commerce"
    assert article.published == date(2025, 4, 10)
    assert article.text.startswith("The committee met, pursuant to notice")
    assert "Printed for the use" not in article.text
