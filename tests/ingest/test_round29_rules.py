"""Round 29: what end-to-end QA found in import (undated wire copy, AP's end stamp, kickers,
newsletter footers, Markdown bylines, "Posted by X on the Y blog"), on small examples."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.cli import NO_DATE_WARNING, main
from desktop.ingest import read_bytes, read_file, read_pasted

LATE_2026 = (date(2026, 11, 28), "the file's modification date")


def wire(dateline: str, lead: str, *more: str) -> bytes:
    paragraphs = ["Ferry operator cuts winter sailings", f"{dateline} - {lead}", *more]
    return "\n\n".join(paragraphs).encode()


# --- I1: a dateline with a month and day but no year -----------------------------------------


def test_the_weekday_of_the_lead_gives_the_year_nearest_before_the_reference() -> None:
    # 2 June fell on a Tuesday in 2026, 2020 and 2015: the latest not after the reference.
    data = wire("HAVEN, June 2 (Coast Wire)", "Skerry Lines said on Tuesday it would cut sailings.")
    article = read_bytes(data, "a.txt", reference=LATE_2026)
    assert article.published == date(2026, 6, 2)
    assert article.published_origin == "text"
    why = article.field_origins["published"]
    assert "Tuesday" in why and "no year" in why and "modification date" in why
    assert any("inferred" in w for w in article.warnings)
    assert not any(w.startswith("no publication date found") for w in article.warnings)


def test_a_weekday_that_does_not_fit_this_year_goes_back_to_the_year_it_fits() -> None:
    # 9 September was a Thursday in 2021 (and will be in 2027, after the reference).
    data = wire("VELMA, Sept. 9 (Adriatic Wire)", "The council on Thursday approved the plan.")
    assert read_bytes(data, "a.txt", reference=LATE_2026).published == date(2021, 9, 9)


def test_the_latest_year_the_text_names_is_a_floor() -> None:
    # 23 November was a Tuesday in 2021 and 1999; a story that cites 2024 is not from 2021,
    # and no later year fits before the reference, so nothing is guessed.
    data = wire(
        "BEIJING, November 23 (Xinhua)",
        "An official said here Tuesday that trade rose.",
        "Trade had fallen in 2024.",
    )
    article = read_bytes(data, "a.txt", reference=LATE_2026)
    assert article.published is None
    assert any(w.startswith("no publication date found") for w in article.warnings)


def test_without_a_weekday_a_recent_month_and_day_takes_the_reference_year() -> None:
    data = wire("NORDGRAD, Oct. 12 (Continental Press)", "The mill will close, its owner said.")
    article = read_bytes(data, "a.txt", reference=LATE_2026)
    assert article.published == date(2026, 10, 12)
    assert "four months before" in article.field_origins["published"]
    # A month and day more than four months before the reference dates nothing.
    far = wire("NORDGRAD, March 12 (Continental Press)", "The mill will close, its owner said.")
    assert read_bytes(far, "a.txt", reference=LATE_2026).published is None


def test_a_month_and_day_after_the_reference_is_last_year() -> None:
    data = wire("OSLO, Dec. 20 (Nordic Wire)", "Shares fell, the exchange said.")
    assert read_bytes(data, "a.txt", reference=(date(2027, 1, 10), "x")).published == date(
        2026, 12, 20
    )


def test_a_date_in_the_page_metadata_is_never_overridden() -> None:
    page = (
        "<html><head><meta property='article:published_time' content='2024-05-03T08:00:00Z'>"
        "</head><body><article><h1>Ferry operator cuts winter sailings</h1>"
        "<p>HAVEN, June 2 (Coast Wire) - Skerry Lines said on Tuesday it would cut sailings "
        "to the outer islands from November, blaming fuel costs.</p>"
        "<p>The company runs four ferries and carries about 300,000 passengers a year.</p>"
        "</article></body></html>"
    )
    article = read_bytes(page.encode(), "a.html", reference=LATE_2026)
    assert article.published == date(2024, 5, 3)
    assert article.published_origin == "metadata"


def test_read_file_bounds_the_year_by_the_file_modification_date(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_bytes(
        wire("HAVEN, June 2 (Coast Wire)", "Skerry Lines said on Tuesday it would cut sailings.")
    )
    saved = datetime(2021, 1, 15, 12, 0).timestamp()
    os.utime(path, (saved, saved))
    _, article = read_file(path)
    # Before 15 January 2021, 2 June last fell on a Tuesday in 2020.
    assert article.published == date(2020, 6, 2)
    assert "modification date" in article.field_origins["published"]


def test_pasted_wire_copy_is_dated_against_the_day_it_was_pasted() -> None:
    today = date.today()
    # A weekday that fits some recent year always exists: the guess is never after today.
    text = wire("HAVEN, June 2 (Coast Wire)", "Skerry Lines said on Tuesday it cut sailings.")
    article = read_pasted(text.decode())
    assert article.published is not None
    assert article.published <= today and article.published.weekday() == 1
    assert "pasted" in article.field_origins["published"]


# --- I2: AP's end stamp -----------------------------------------------------------------------


def test_an_end_stamp_dates_the_copy_and_leaves_the_body() -> None:
    text = (
        "Port strike enters third day\n\n"
        "HARBOUR CITY (AP) -- Dock workers stayed off the job Monday.\n\n"
        "Talks are set to resume Thursday.\n\n"
        "02/08/99 17:40 EST\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.published == date(1999, 2, 8)  # month first beside an American zone
    assert article.published_origin == "text"
    assert "17:40" not in article.text
    assert article.text.endswith("Talks are set to resume Thursday.")


def test_a_date_and_time_inside_the_last_paragraph_is_no_end_stamp() -> None:
    text = (
        "Port strike enters third day\n\n"
        "Dock workers stayed off the job on 8 February 1999.\n\n"
        "The union's notice was filed at 02/08/99 17:40 EST, it said.\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.text.endswith("it said.")


# --- I3: a kicker before the headline --------------------------------------------------------


@pytest.mark.parametrize("kicker", ["Explainer", "Opinion", "Fact check", "Analysis"])
def test_a_headline_led_by_a_kicker_is_still_the_headline(kicker: str) -> None:
    text = (
        f"{kicker}: How the court could rule\n\nThe court has 30 days to rule. It met on 4 May.\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.title == f"{kicker}: How the court could rule"
    assert article.text.startswith("The court has 30 days")


@pytest.mark.parametrize("kicker", ["FACTBOX", "Q&A", "TIMELINE"])
def test_a_kicker_in_capitals_is_left_out_of_the_title(kicker: str) -> None:
    text = (
        f"{kicker}: How the court could rule\n\nThe court has 30 days to rule. It met on 4 May.\n"
    )
    assert read_bytes(text.encode(), "a.txt").title == "How the court could rule"


def test_a_teaser_line_in_the_text_is_still_a_teaser() -> None:
    text = (
        "Court sets date for ruling\n\n"
        "The court has 30 days to rule, its clerk said on Monday after the hearing closed.\n\n"
        "Explainer: How the court could rule\n\n"
        "The two sides will file their last papers next week, the clerk added.\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.title == "Court sets date for ruling"
    assert "Explainer:" not in article.text


# --- I4: a newsletter's own footer without a separator ---------------------------------------


def test_a_newsletter_footer_leaves_the_body() -> None:
    text = (
        "Harbour Notes: tolls, dredging, ferries\n\n"
        "Tolls rise by 4 percent in January, the port said on Friday.\n\n"
        "Dredging of the north channel will take until March and cost 12 million.\n\n"
        "Forward this to a colleague.\n\n"
        "Next issue: January 9. Harbour Notes reaches 18,000 readers every week.\n\n"
        "Port Digest is read by 4,000 people in 12 countries.\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.text.endswith("cost 12 million.")
    assert "18,000" not in article.text and "Forward" not in article.text


def test_a_story_sentence_about_an_audience_stays() -> None:
    text = (
        "Broadcaster's audience grows\n\n"
        "The station said its morning show now had a bigger audience than ever.\n\n"
        "The show reaches 90,000 listeners every weekday, and its podcast another 20,000, "
        "the station said, crediting a new presenter who joined in the spring.\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.text.endswith("joined in the spring.")


# --- I5, I6: bylines ---------------------------------------------------------------------------


def test_a_markdown_byline_with_a_lower_case_job_and_a_date() -> None:
    text = (
        "# The breach, one week on\n\n"
        "*By Ingrid Solheim, privacy lawyer | June 5, 2026*\n\n"
        "A lot has happened since Tuesday, so here is where things stand.\n"
    )
    article = read_bytes(text.encode(), "a.md")
    assert article.author == "Ingrid Solheim"
    assert article.published == date(2026, 6, 5)
    assert "privacy lawyer" not in article.text


def test_posted_by_a_person_on_a_named_blog() -> None:
    text = (
        "Why the early count misleads\n\n"
        "Posted by Simone Grell on the Ballot Arithmetic blog\n\n"
        "Postal votes are counted first, and postal voters lean older.\n"
    )
    article = read_bytes(text.encode(), "a.txt")
    assert article.author == "Simone Grell"
    assert article.source == "Ballot Arithmetic"
    assert article.text.startswith("Postal votes")


# --- the command line says when no date was found ---------------------------------------------

UNDATED = "Town hall shut\n\nThe town hall shut on Tuesday after a leak in its roof.\n"


def test_extract_warns_on_stderr_when_no_date_is_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(UNDATED)
    assert main(["extract", str(path), "--json"]) == 0
    err = capsys.readouterr().err
    assert "undated.txt" in err and NO_DATE_WARNING in err
    assert main(["extract", str(path), "--json", "--published", "2025-01-07"]) == 0
    assert NO_DATE_WARNING not in capsys.readouterr().err


def test_import_warns_on_stderr_when_no_date_is_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text(UNDATED)
    dated = tmp_path / "dated.txt"
    dated.write_text("Town hall shut\n\nPublished 7 January 2025\n\nThe town hall shut.\n")
    project = str(tmp_path / "p.factlane")
    assert main(["import", str(undated), str(dated), "--project", project]) == 0
    out, err = capsys.readouterr()
    assert "imported" in out
    assert f"undated.txt: {NO_DATE_WARNING}" in err
    assert "dated.txt:" not in err.replace("undated.txt", "")
