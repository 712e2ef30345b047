"""Round 43 rules, each from sentences written for these tests: a header that sets an outlet's
name beside its date with no writer ("Harbour Watch, 19 September 2026") gives the outlet,
not an author; a byline that names the writer's paper after a bar or a comma ("By Sunita Rao |
Daily News", "Sunita Rao, Daily News") gives the paper as the outlet; a name set beside the
date with no "By" that the page gives as its own name elsewhere (its site name, its copyright
line) is the outlet's header, not a writer."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import RawArticle
from desktop.ingest import read_bytes
from desktop.ingest.dates import is_person_name, read_meta_line

HEADLINE = "Library hours cut on Sundays from October"
PARAGRAPHS = [
    "The central library in Morvale will close at 1 pm on Sundays from 4 October, the "
    "council said on Thursday, citing a shortfall of 60,000 pounds in its budget.",
    "Readers' groups said the change would hit families who visit after church and sport.",
    "The council said it would review the hours again in the spring.",
]


def _note(header: str, foot: str = "", name: str = "library.md") -> RawArticle:
    heading = f"# {HEADLINE}" if name.endswith(".md") else HEADLINE
    text = f"{heading}\n\n{header}\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    if foot:
        text += f"\n{foot}\n"
    return read_bytes(text.encode(), name)


def _page(header: str, site_name: str, author_meta: str = "") -> RawArticle:
    meta = f"<meta property='og:site_name' content='{site_name}'>"
    if author_meta:
        meta += f"<meta name='author' content='{author_meta}'>"
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        f"<html lang='en'><head><title>{HEADLINE} | {site_name}</title>{meta}</head><body>"
        f"<article><h1>{HEADLINE}</h1><p>{header}</p>{body}</article></body></html>"
    )
    return read_bytes(page.encode(), "library.html")


# --- an outlet's name beside the date is no byline -----------------------------------------------


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("Harbour Watch, 19 September 2026", "Harbour Watch"),
        ("19 September 2026, Harbour Watch", "Harbour Watch"),
        ("Harbour Watch | 19 September 2026", "Harbour Watch"),
        ("Fenland Watch, Saturday 19 September 2026", "Fenland Watch"),
        ("Morvale Monitor, 19 September 2026", "Morvale Monitor"),
        ("Tarn Observer, 19 September 2026", "Tarn Observer"),
    ],
)
@pytest.mark.parametrize("name", ["library.md", "library.txt"])
def test_an_outlet_beside_its_date_is_the_source_not_the_author(
    header: str, outlet: str, name: str
) -> None:
    raw = _note(header, name=name)
    assert raw.source == outlet
    assert raw.author is None
    assert raw.published == date(2026, 9, 19)


def test_a_watch_names_a_paper_not_a_person() -> None:
    assert not is_person_name("Harbour Watch")
    facts = read_meta_line("Harbour Watch, 19 September 2026", None)
    assert facts is not None
    assert facts.authors == [] and facts.outlet == "Harbour Watch"


def test_a_writer_beside_the_date_is_still_the_author() -> None:
    raw = _note("Ruth Ames, 19 September 2026")
    assert raw.author == "Ruth Ames"
    assert raw.published == date(2026, 9, 19)


# --- the writer's paper after a bar or a comma ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Sunita Rao | Daily News", "Daily News"),
        ("Sunita Rao, Daily News", "Daily News"),
        ("By Sunita Rao, Daily News", "Daily News"),
        ("Sunita Rao | Daily News", "Daily News"),
        ("Sunita Rao, Harbour Watch", "Harbour Watch"),
        ("By Sunita Rao | Harbour Watch", "Harbour Watch"),
    ],
)
def test_the_paper_after_the_writer_is_the_outlet(line: str, outlet: str) -> None:
    facts = read_meta_line(line, None)
    assert facts is not None
    assert facts.authors == ["Sunita Rao"]
    assert facts.outlet == outlet
    raw = _note(line)
    assert raw.author == "Sunita Rao"
    assert raw.source == outlet


def test_a_commission_bulletins_kind_beside_its_date_is_no_outlet() -> None:
    # No writer named: "Daily News" is the kind of bulletin a commission issues.
    facts = read_meta_line("Daily News | 14 March 2025", None)
    assert facts is not None
    assert facts.outlet is None and facts.authors == []
    assert facts.dates == [date(2025, 3, 14)]


@pytest.mark.parametrize("line", ["By Jane Doe | Press Release", "By Jane Doe | News Release"])
def test_a_document_kind_beside_a_byline_is_no_outlet(line: str) -> None:
    facts = read_meta_line(line, None)
    assert facts is not None
    assert facts.authors == ["Jane Doe"] and facts.outlet is None


# --- the page's own name, elsewhere ---------------------------------------------------------------


def test_a_name_the_copyright_line_gives_the_page_is_no_writer() -> None:
    raw = _note(
        "Harbour Lookout, 19 September 2026", foot="© 2026 Harbour Lookout. All rights reserved."
    )
    assert raw.source == "Harbour Lookout"
    assert raw.author is None
    assert raw.published == date(2026, 9, 19)


def test_a_name_the_site_gives_itself_is_no_writer() -> None:
    raw = _page("Harbour Lookout, 19 September 2026", "Harbour Lookout")
    assert raw.source == "Harbour Lookout"
    assert raw.author is None


def test_a_writer_named_by_by_on_her_own_site_stays_the_author() -> None:
    raw = _page("By Helen Okafor, 19 September 2026", "Helen Okafor")
    assert raw.author == "Helen Okafor"


def test_a_writer_the_markup_names_on_her_own_site_stays_the_author() -> None:
    raw = _page("Helen Okafor, 19 September 2026", "Helen Okafor", author_meta="Helen Okafor")
    assert raw.author == "Helen Okafor"


def test_a_writer_beside_the_date_on_an_outlets_page_stays_the_author() -> None:
    raw = _page("Ruth Ames, 19 September 2026", "Kelso Ledger")
    assert raw.author == "Ruth Ames"
    assert raw.source == "Kelso Ledger"
