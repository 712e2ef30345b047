"""Round 18: the office-package reader both .docx and .odt use, an author's bio line at the
foot whatever its verb, a masthead that spells the page's address outranking a wire agency,
and pages saved from social and messaging services."""

from __future__ import annotations

import io
import zipfile

import pytest

from desktop.ingest import IngestError, officezip, read_bytes
from desktop.ingest import docx as ingest_docx
from desktop.ingest import odt as ingest_odt

STORY = [
    "Every spring the same argument returns to Harwick: the cafe owners want the square "
    "closed to cars from May to September, and the shopkeepers say it will finish them.",
    "I have run a bakery on Mill Lane for eleven years, and I have changed my mind about it.",
    "Last summer's trial closure brought more people through my door than any summer before, "
    "and most of them walked up from the car park by the river.",
    "The square should close, but the council must run the shuttle bus every twenty minutes.",
]


def _column(last: str, *, author: str = "Petra Lind") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*STORY, last])
    return (
        "<html><head><title>Close the square</title>"
        f'<meta name="author" content="{author}">'
        '<meta property="og:site_name" content="Harwick Voice">'
        '<meta property="article:published_time" content="2025-03-01T08:00:00Z">'
        "</head><body><article><h1>Close the square</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "bio",
    [
        "Petra Lind runs the Mill Lane Bakery in Harwick.",
        "Petra Lind teaches history at Harwick College and chairs the traders' group.",
    ],
)
def test_a_closing_line_introducing_the_bylined_author_is_a_bio(bio: str) -> None:
    article = read_bytes(_column(bio), "column.html")
    assert article.author == "Petra Lind"
    assert bio not in article.text
    assert article.text.rstrip().endswith("run the shuttle bus every twenty minutes.")


def test_a_closing_line_about_someone_else_stays() -> None:
    # The story's own closing line about another person is reporting.
    last = "Oskar Brandt runs the shuttle company and says he is ready to start in May."
    article = read_bytes(_column(last), "column.html")
    assert article.text.rstrip().endswith(last)


def test_a_closing_line_about_the_author_the_story_speaks_of_stays() -> None:
    # A story that names its writer in the text (a diary, a first-person report signed
    # in the third person) keeps its closing line about them.
    story = _column("Petra Lind says she will vote for the plan.").replace(
        b"I have run a bakery", b"Petra Lind has run a bakery"
    )
    article = read_bytes(story, "column.html")
    assert article.text.rstrip().endswith("Petra Lind says she will vote for the plan.")


def _wire_page(masthead: str, address: str) -> bytes:
    return (
        '<html lang="en"><head><title>Norway to require zero-emission ferries</title>'
        f'<link rel="canonical" href="{address}"></head><body>'
        f'<div class="site">{masthead}</div><div class="menu">World | Business | Energy</div>'
        "<h1>Norway to require zero-emission ferries</h1>"
        "<p>Published 11 March 2025</p>"
        "<p>OSLO (BWA) - Norway will require every new car ferry on routes longer than ten "
        "kilometres to run on batteries or hydrogen from 2027, the ministry said on Tuesday.</p>"
        "<p>The rule covers about sixty routes along the west coast, where ferries replace "
        "bridges across fjords too wide or deep to span.</p>"
        "<p>Operators said shore charging would need grid upgrades the ministry has not funded.</p>"
        "</body></html>"
    ).encode()


def test_a_masthead_spelling_the_address_outranks_a_wire_agency() -> None:
    page = _wire_page("The Fjord Coast Register", "https://www.fjordcoastregister.example/w/1")
    article = read_bytes(page, "wire.html")
    assert article.source == "The Fjord Coast Register"
    assert article.text.startswith("OSLO (BWA)")


def test_a_line_that_does_not_spell_the_address_leaves_the_agency() -> None:
    # With no masthead the page shows as its own, the dateline's agency stays the source.
    page = _wire_page("Saturday edition", "https://www.fjordcoastregister.example/w/1")
    assert read_bytes(page, "wire.html").source == "BWA"


# --- the office package both readers share ---------------------------------------------------


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return out.getvalue()


def test_both_readers_refuse_a_document_type_through_the_shared_reader() -> None:
    doctype = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    word = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": doctype})
    odt = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": doctype})
    with pytest.raises(IngestError, match="declares a document type; Word never"):
        read_bytes(word, "a.docx")
    with pytest.raises(IngestError, match="declares a document type; office programs never"):
        read_bytes(odt, "a.odt")


def test_the_shared_reader_counts_every_part_against_the_package_limit() -> None:
    data = _zip({"a.xml": b"<a>" + b"x" * 3000 + b"</a>", "b.xml": b"<b>" + b"y" * 3000 + b"</b>"})
    wording = ingest_odt._WORDING
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = officezip.Parts(package, wording, max_part=5000, max_total=5000)
        assert parts.xml("a.xml") is not None
        assert parts.xml("missing.xml") is None
        with pytest.raises(ingest_odt.NotAnOpenDocument, match="the document unpacks to more"):
            parts.xml("b.xml")


def test_the_shared_reader_reads_utf16_parts_only_for_word() -> None:
    utf16 = "<a>Zürich</a>".encode("utf-16")
    data = _zip({"a.xml": utf16})
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        element = officezip.Parts(package, ingest_docx._WORDING).xml("a.xml")
        assert element is not None and element.text == "Zürich"
        with pytest.raises(ingest_odt.NotAnOpenDocument, match=r"a\.xml in the document is not"):
            officezip.Parts(package, ingest_odt._WORDING).xml("a.xml")


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 40, "a.odt", "older Word"),
        (b"%PDF-1.7\n", "a.odt", r"PDF file named \.odt"),
        (b"<html></html>", "a.docx", r"not a Word \(\.docx\) package: it holds HTML"),
        (b"PK\x03\x04" + b"\0" * 40, "a.docx", "incomplete"),
    ],
)
def test_the_shared_opening_refuses_other_files_in_each_readers_words(
    data: bytes, name: str, message: str
) -> None:
    with pytest.raises(IngestError, match=message):
        read_bytes(data, name)
