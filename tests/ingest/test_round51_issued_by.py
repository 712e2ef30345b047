"""Round 51: a notice or a release signed off at its foot "Issued by X, <date>" was issued
that day. The line is no part of the text; its date is the publication date, read as a
printed date (``text``) behind any date the text states first; a text that names no outlet
has the issuer as its source. A sentence that opens with "Issued by" is the story's. Every
text here is invented."""

from __future__ import annotations

from datetime import date

from desktop.domain import RawArticle
from desktop.ingest import read_bytes

NOTICE = """HARLOW VALE DISTRICT COUNCIL

Public notice
Reference: HVDC/ENV/2027/118

Orchard Lane footbridge: closure for repairs

The footbridge over the Stort at Orchard Lane will be closed from 14 June 2027 for about six weeks while its timber deck is replaced.

Pedestrians will be diverted by way of Mill Street, adding about 400 metres to the walk between the station and the town centre.

The work is part of a programme of repairs to 11 footbridges agreed by the council in March.
{extra}
{foot}
"""


def _read(foot: str, extra: str = "", name: str = "notice.txt") -> RawArticle:
    return read_bytes(NOTICE.format(foot=foot, extra=extra).encode(), name)


def test_issued_by_line_dates_the_notice_and_leaves_the_text() -> None:
    article = _read(
        "Issued by the Environment Directorate, Harlow Vale District Council, 2 June 2027"
    )
    assert article.published == date(2027, 6, 2)
    assert article.published_origin == "text"
    assert "Issued by" not in article.text
    assert article.text.rstrip().endswith("agreed by the council in March.")


def test_a_date_the_text_states_first_still_leads() -> None:
    article = _read(
        "Issued by the Environment Directorate, 2 June 2027",
        extra="",
        name="notice.txt",
    )
    dated = read_bytes(
        ("Published 30 May 2027\n\n" + NOTICE)
        .format(foot="Issued by the Environment Directorate, 2 June 2027", extra="")
        .encode(),
        "dated.txt",
    )
    assert article.published == date(2027, 6, 2)
    assert dated.published == date(2027, 5, 30)


def test_release_issued_by_after_its_end_mark_gives_date_and_issuer() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\n"
        "Ferry fares frozen for the winter\n\n"
        "Fares on the Kessock ferry will not rise this winter, the operator said, after a "
        "fuel contract was renewed at last year's price.\n\n"
        "About 1,200 passengers a day use the crossing in the winter months.\n\n"
        "ENDS\n\n"
        "Issued by the Kessock Ferry Company, 9 October 2027\n"
    )
    article = read_bytes(text.encode(), "release.txt")
    assert article.published == date(2027, 10, 9)
    assert article.published_origin == "text"
    assert article.source == "Kessock Ferry Company"
    assert "Issued by" not in article.text


def test_a_sentence_opening_with_issued_by_stays() -> None:
    sentence = (
        "Issued by the Met Office on Friday, the warning covers the whole valley until "
        "the morning of 16 June 2027."
    )
    article = _read("", extra="\n" + sentence + "\n")
    assert sentence in article.text
    assert article.published != date(2027, 6, 16)
