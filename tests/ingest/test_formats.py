"""Each format's reader: plain text, Markdown, saved HTML pages and pasted text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.ingest import SUPPORTED_SUFFIXES, read_bytes, read_file, read_pasted
from desktop.ingest.plain import strip_markdown


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == {
        ".txt": "txt",
        ".md": "md",
        ".markdown": "md",
        ".html": "html",
        ".htm": "html",
        ".eml": "eml",
        ".xml": "feed",
        ".rss": "feed",
        ".atom": "feed",
        ".pdf": "pdf",
        ".docx": "docx",
        ".odt": "odt",
        ".mhtml": "mhtml",
        ".mht": "mhtml",
        ".rtf": "rtf",
    }


def test_plain_text_lines_are_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "story.TXT"
    path.write_text(
        "Ukraine captures soldiers\n"
        "A short standfirst line about the story\n\n"
        "First paragraph of the story, which is a full sentence.\n"
        "Second paragraph, also a sentence.\n",
        encoding="utf-8",
    )
    data, article = read_file(path)
    assert data == path.read_bytes()
    assert article.format == "txt"
    assert article.title == "Ukraine captures soldiers"
    assert article.field_origins["title"] == "first line"
    assert article.text.split("\n") == [
        "A short standfirst line about the story",
        "First paragraph of the story, which is a full sentence.",
        "Second paragraph, also a sentence.",
    ]
    assert article.blocks[0].reason == "title"


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    text = (
        "Prisoners questioned in Kyiv\n\n"
        "South Korea's spy agency said on Wednesday that two North Korean soldiers\n"
        "captured by Ukraine had been questioned with the help of its officers, and\n"
        "that one of them had asked to stay in Ukraine rather than return home to\n"
        "the North.\n\n"
        "The agency said more than 300 North Korean soldiers had been killed and\n"
        "about 2,700 wounded since the deployment began in the autumn of last year,\n"
        "according to lawmakers who attended the closed briefing in Seoul.\n"
    )
    article = read_bytes(text.encode(), "wrapped.txt")
    paragraphs = article.text.split("\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("South Korea's spy agency said on Wednesday")
    assert paragraphs[0].endswith("return home to the North.")
    assert "killed and about 2,700 wounded" in paragraphs[1]


def test_line_broken_mid_sentence_is_joined() -> None:
    article = read_pasted(
        "Headline\n\nThe soldiers were captured\nin the Kursk region on Thursday.\n"
    )
    assert article.text == "The soldiers were captured in the Kursk region on Thursday."


def test_first_line_that_is_a_paragraph_is_not_a_title() -> None:
    text = (
        "On the other hand, it is turning out to be another very bad financial week for Asia, "
        "with stocks down across the region and currencies falling again.\n\n"
        "The financial assistance from the World Bank is not helping.\n"
    )
    article = read_bytes(text.encode(), "para.txt")
    assert article.title is None
    assert article.text.startswith("On the other hand")


def test_markdown_markup_is_removed_and_link_text_kept() -> None:
    md = (
        "---\n"
        "title: Front matter headline\n"
        "date: 2025-01-17\n"
        "author: Jane Doe\n"
        "publisher: Sample Gazette\n"
        "---\n\n"
        "# Front matter headline\n\n"
        "Ukraine's **president** offered a _swap_ for the [two soldiers](https://x.example/a) "
        "captured in *Kursk*, and `SBU` video showed ~~one~~ both of them.\n\n"
        "![A photo of the border](https://x.example/photo.jpg)\n\n"
        "## What next\n\n"
        "- Kyiv wants an exchange.\n"
        "- Pyongyang has said nothing.\n\n"
        '> "We are ready," the president said\n'
        "> on Sunday.\n\n"
        "Snake_case_names and 2*3*4 stay as they are; an escaped \\*star\\* loses its slash.\n\n"
        "[ref]: https://x.example/ref\n"
    )
    article = read_bytes(md.encode(), "story.md")
    assert article.format == "md"
    assert article.title == "Front matter headline"
    assert article.field_origins["title"] == "front matter title"
    assert article.published == date(2025, 1, 17)
    assert article.published_origin == "metadata"
    assert article.field_origins["published"] == "front matter date"
    assert article.author == "Jane Doe"
    assert article.source == "Sample Gazette"
    lines = article.text.split("\n")
    assert lines[0] == (
        "Ukraine's president offered a swap for the two soldiers captured in Kursk, and SBU "
        "video showed one both of them."
    )
    assert "What next" in lines
    assert "Kyiv wants an exchange." in lines
    assert "Pyongyang has said nothing." in lines
    assert '"We are ready," the president said on Sunday.' in lines
    assert (
        "Snake_case_names and 2*3*4 stay as they are; an escaped *star* loses its slash." in lines
    )
    for markup in ("**", "](", "https://", "#", "> "):
        assert markup not in article.text


def test_markdown_heading_title_and_setext_headings() -> None:
    md = "Big headline\n============\n\nA paragraph under it.\n\nSection\n-------\n\nMore text.\n"
    article = read_bytes(md.encode(), "setext.markdown")
    assert article.title == "Big headline"
    assert article.field_origins["title"] == "first heading"
    assert article.text.split("\n") == ["A paragraph under it.", "Section", "More text."]


def test_strip_markdown_inline() -> None:
    assert strip_markdown("see [the report][1] and <https://x.example>") == (
        "see the report and https://x.example"
    )
    assert strip_markdown("a footnote[^1] here") == "a footnote[1] here"
    assert strip_markdown("line<br>break <span class='x'>kept</span>") == "linebreak kept"


def test_pasted_html_is_sniffed() -> None:
    html = (
        "<div><h1>Pasted headline</h1><p>Officials said on Friday that the soldiers were "
        "being questioned in Kyiv and would be offered a choice about their future.</p>"
        "<p>The offer was repeated on Saturday by the president's office.</p></div>"
    )
    article = read_pasted(html)
    assert article.format == "pasted"
    assert "Officials said on Friday" in article.text
    assert "<p>" not in article.text
    text_article = read_pasted("x < y is true\nand so is a > b\n")
    assert "x < y" in (text_article.title or "") + text_article.text


def test_pasted_text_forced_as_text() -> None:
    article = read_pasted("<p>Literal markup</p>\n\nshown as typed.", is_html=False)
    assert article.title == "<p>Literal markup</p>"


def test_html_reader_basic(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Page title | Outlet</title></head><body><article>"
        "<h1>Soldiers questioned</h1>"
        "<p>The two soldiers were questioned by investigators on Monday, officials said, "
        "and more interviews were planned for the rest of the week.</p>"
        "<p>A second paragraph with more detail about the questioning and its results.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    _, article = read_file(path)
    assert article.format == "html"
    assert article.title in {"Soldiers questioned", "Page title"}
    assert article.text.split("\n")[0].startswith("The two soldiers were questioned")
    assert "A second paragraph" in article.text


def test_html_lists_and_line_breaks() -> None:
    html = (
        "<html><body><article><h1>Big headline here</h1>"
        "<p>First paragraph of the story about the soldiers who were captured last week.</p>"
        "<ul><li>First point of the list, which is long enough.</li>"
        "<li>Second point of the list.</li></ul>"
        "<p>Line one<br>Line two after a break in the same paragraph.</p>"
        "<p>Final paragraph of the story, with more text to make it long enough.</p>"
        "</article></body></html>"
    )
    article = read_pasted(html)
    lines = article.text.split("\n")
    assert "First point of the list, which is long enough." in lines
    assert not any(line.startswith("- ") for line in lines)
    assert "oneLine" not in article.text
    # Nothing the extractor kept shows up again as removed furniture.
    assert all(b.kept or b.reason == "title" for b in article.blocks)
