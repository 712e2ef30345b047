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


def _eml(content_type: str, body: str, subject: str) -> bytes:
    return (
        "From: Ruth Adeyemi <ruth@example.net>\nTo: desk@example.org\n"
        f"Subject: {subject}\nDate: Thu, 15 Mar 2012 16:05:33 +0000\nMIME-Version: 1.0\n"
        f"Content-Type: {content_type}; charset=UTF-8\n\n{body}"
    ).encode()


def test_forward_in_an_html_only_message() -> None:
    html_part = (
        "<div>Worth a look.<br><br><div class='gmail_quote'><div class='gmail_attr'>"
        "---------- Forwarded message ---------<br>From: <strong>Valley Notes</strong> "
        "&lt;news@valley.example&gt;<br>Date: Wed, Mar 14, 2012 at 7:02 AM<br>"
        "Subject: Hospice to open ward<br>To: &lt;ruth@example.net&gt;<br></div><br><br>"
        + "".join(f"<p>{s}</p>" for s in STORY)
        + "</div></div>"
    )
    article = read_bytes(_eml("text/html", html_part, "Fwd: Hospice to open ward"), "f.eml")
    assert article.source == "Valley Notes"
    assert article.published is not None and article.published.isoformat() == "2012-03-14"
    assert article.text.startswith(STORY[0])


def test_reply_quoting_a_story_in_a_message() -> None:
    quoted = "\n>\n".join("> " + s for s in STORY)
    body = (
        "Thanks - can we check the 1.4 million?\n\n"
        "On Wed, Mar 14, 2012 at 7:02 AM, Valley Notes <news@valley.example> wrote:\n"
        f"{quoted}\n"
    )
    article = read_bytes(_eml("text/plain", body, "Re: Hospice to open ward"), "r.eml")
    assert article.title == "Hospice to open ward"
    assert article.source == "Valley Notes"
    assert article.published is not None and article.published.isoformat() == "2012-03-14"
    assert article.text.startswith(STORY[0]) and "Thanks" not in article.text


def test_letterhead_set_as_a_table_row_in_a_word_file() -> None:
    from .documents import table

    body = (
        table([["Tarn Valley Hospice", "Fellside Road, Appleby CA16 6XX | Tel 01768 555 100"]])
        + para("PRESS RELEASE")
        + para("14 March 2012")
        + para(HEADLINE, "Title")
        + "".join(para(s) for s in STORY)
    )
    article = read_bytes(docx(body, core_xml=core(creator="mdent")), "release.docx")
    assert article.source == "Tarn Valley Hospice"
    assert article.text.startswith(STORY[0])
