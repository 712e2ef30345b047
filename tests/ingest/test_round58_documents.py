"""Import round 58: press releases as documents (a letterhead set large over a larger
headline, a letterhead's name over its address in a Word header), Outlook's forwarded
headers and a blog theme whose post title is one part of the page's title. Every document
here is invented."""

from __future__ import annotations

from desktop.ingest import read_bytes

from .documents import Line, core, docx, flowed, para, pdf

HEADLINE = "Hospice to open 12-bed ward in upper valley"
STORY = [
    "The Tarn Valley Hospice will open a 12-bed ward in Kirkby Stephen next spring after a "
    "two-year appeal raised 1.4 million pounds.",
    "The ward will care for patients from the upper valley, who now travel up to 40 miles to "
    "the hospice's main site in Appleby.",
    "Building work is due to start in June, and the hospice is recruiting 28 nurses and care "
    "assistants for the new ward.",
]


def _release_pdf(letterhead: list[Line]) -> bytes:
    pages = flowed([("title", HEADLINE)] + [("para", s) for s in STORY], top=690)
    pages[0].lines[:0] = letterhead
    return pdf(pages, {"Author": "mdent"})


def test_letterhead_set_large_is_no_headline_under_a_larger_one() -> None:
    for letterhead in (
        [Line(380, 800, "Tarn Valley Hospice", 14, "F2"), Line(60, 740, "MEDIA RELEASE", 12, "F2")],
        [Line(60, 800, "TARN VALLEY HOSPICE", 16, "F2"), Line(60, 746, "14 March 2012", 10)],
    ):
        article = read_bytes(_release_pdf(letterhead), "release.pdf")
        assert article.title == HEADLINE
        assert article.text.startswith(STORY[0])
        assert "MEDIA RELEASE" not in article.text


def test_letterhead_name_over_its_address_in_a_word_header() -> None:
    body = para(HEADLINE, "Title") + para("14 March 2012") + "".join(para(s) for s in STORY)
    data = docx(
        body,
        header=["Tarn Valley Hospice", "Fellside Road, Appleby CA16 6XX | 01768 555 100"],
        core_xml=core(creator="Comms Team"),
    )
    article = read_bytes(data, "release.docx")
    assert article.source == "Tarn Valley Hospice"
    assert article.author is None


def test_outlook_forward_names_the_sender_before_its_address() -> None:
    text = "\n".join(
        [
            "From: Ruth Adeyemi",
            "Sent: 12 April 2012 16:05",
            "To: Newsdesk",
            "Subject: FW: Hospice to open ward",
            "",
            "See below.",
            "",
            "-----Original Message-----",
            "From: Tarn Valley Hospice [mailto:news@tvh.example]",
            "Sent: 10 April 2012 07:02",
            "To: Ruth Adeyemi",
            "Subject: Hospice to open ward",
            "",
            *"\n\n".join(STORY).split("\n"),
        ]
    )
    article = read_bytes(text.encode("utf-8"), "forward.txt")
    assert article.source == "Tarn Valley Hospice"
    assert article.text.startswith(STORY[0])


def test_post_title_is_one_part_of_the_page_title() -> None:
    page = (
        f"<html><head><title>{HEADLINE} | Valley Notes</title></head><body>"
        "<div id='header'><h1><a href='/'>Valley Notes</a></h1></div>"
        f"<div class='post'><h2>{HEADLINE}</h2><small>March 14th, 2012 by Moira Dent</small>"
        + "".join(f"<p>{s}</p>" for s in STORY)
        + "</div></body></html>"
    )
    article = read_bytes(page.encode("utf-8"), "post.html")
    assert article.title == HEADLINE
    assert article.text.startswith(STORY[0])
