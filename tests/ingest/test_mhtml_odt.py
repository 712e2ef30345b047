"""Pages saved as one file (.mhtml/.mht) and OpenDocument text (.odt), built in the tests."""

from __future__ import annotations

import base64
import io
import quopri
import zipfile

import pytest

from desktop.ingest import IngestError, read_bytes

STORY = [
    "The county council approved a new bridge over the Leat on Tuesday after a two-year delay.",
    "Work on the crossing, which will cost £4.2 million, is due to begin in the autumn.",
    "Residents had campaigned for a footbridge since the old ford flooded in 2021.",
]


def page(charset: str = "utf-8", canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f'<html><head><meta charset="{charset}"><title>Bridge approved</title>{link}'
        '<meta property="og:site_name" content="Leat Valley News"></head><body>'
        f"<article><h1>Council approves Leat bridge</h1><p>By Alys Pengelly</p>{body}</article>"
        "</body></html>"
    )


def mhtml(
    html: bytes,
    *,
    encoding: str = "quoted-printable",
    part_type: str = "text/html",
    address: str = "https://www.leatvalley.example/news/2025/03/04/bridge",
    close: bool = True,
    image_after: bool = True,
    start: str | None = None,
) -> bytes:
    body = quopri.encodestring(html) if encoding == "quoted-printable" else base64.encodebytes(html)
    b = "----MultipartBoundary--abc----"
    start_param = f'; start="{start}"' if start else ""
    out = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {address}\r\n"
        "Subject: Bridge approved\r\nDate: Fri, 07 Mar 2025 10:00:00 -0000\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related; type="text/html"; boundary="{b}"{start_param}\r\n\r\n'
        f"--{b}\r\nContent-Type: {part_type}\r\nContent-ID: <root@x>\r\n"
        f"Content-Transfer-Encoding: {encoding}\r\nContent-Location: {address}\r\n\r\n"
    ).encode() + body
    if image_after:
        out += (
            f"\r\n--{b}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            "iVBORw0KGgo=\r\n"
        ).encode()
    if close:
        out += f"\r\n--{b}--\r\n".encode()
    return out


def test_mhtml_quoted_printable_root_and_address_from_snapshot() -> None:
    article = read_bytes(mhtml(page().encode("utf-8")), "bridge.mhtml")
    assert article.format == "mhtml"
    assert article.title == "Council approves Leat bridge"
    assert article.url == "https://www.leatvalley.example/news/2025/03/04/bridge"
    # The address dates the story; the archive's Date: (the day it was saved) never does.
    assert str(article.published) == "2025-03-04"
    assert all(p in article.text for p in STORY)
    assert "iVBOR" not in article.text


def test_mhtml_base64_root_in_the_part_charset_over_the_page_meta() -> None:
    html = page(charset="utf-8").encode("cp1252")  # the meta lies; the part header is right
    data = mhtml(html, encoding="base64").replace(
        b"Content-Type: text/html\r\n", b'Content-Type: text/html; charset="windows-1252"\r\n'
    )
    article = read_bytes(data, "bridge.mht")
    assert "£4.2 million" in article.text


def test_mhtml_canonical_link_outranks_the_saved_from_address() -> None:
    html = page(canonical="https://www.leatvalley.example/news/bridge").encode()
    article = read_bytes(mhtml(html), "bridge.mhtml")
    assert article.url == "https://www.leatvalley.example/news/bridge"


def test_mhtml_wayback_address_is_read_through_its_prefix() -> None:
    address = (
        "https://web.archive.org/web/20250305000000/https://www.leatvalley.example/2025/03/01/x"
    )
    article = read_bytes(mhtml(page().encode(), address=address), "bridge.mhtml")
    assert article.url == "https://www.leatvalley.example/2025/03/01/x"
    assert str(article.published) == "2025-03-01"


def test_mhtml_start_parameter_names_the_root() -> None:
    data = mhtml(page().encode(), start="<root@x>")
    assert read_bytes(data, "a.mhtml").title == "Council approves Leat bridge"


def test_mhtml_cut_short_after_the_page_is_read_with_a_warning() -> None:
    article = read_bytes(mhtml(page().encode(), close=False), "a.mhtml")
    assert STORY[-1] in article.text
    assert any("stops before its end" in w for w in article.warnings)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (mhtml(page().encode(), close=False, image_after=False), "incomplete"),
        (mhtml(b"\x89PNG....", part_type="image/png", image_after=False), "holds no web page"),
        (b"just some words\r\nwith no header at all", "not a web page saved as a single file"),
        (
            b'MIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"\r\n\r\nx',
            "no boundary",
        ),
        (mhtml(b"<p>x</p>", encoding="base64").replace(b"PHA+eDwvcD4=", b"PHA+e!!!"), "base64"),
    ],
)
def test_mhtml_broken_archives_are_refused_plainly(data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        read_bytes(data, "broken.mhtml")


def test_html_named_mht_is_read_as_a_page() -> None:
    assert read_bytes(page().encode(), "a.mht").title == "Council approves Leat bridge"


# --- OpenDocument -----------------------------------------------------------------------------

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)
STYLES = (
    f"<office:document-styles {NS}><office:styles>"
    '<style:style style:name="Title" style:family="paragraph"/>'
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
    'style:num-format="a" style:num-suffix=")"/></text:list-style>'
    "</office:styles><office:master-styles><style:master-page style:name='Standard'>"
    "<style:header><text:p>Leat Valley Trust</text:p></style:header>"
    "<style:footer><text:p>Registered charity 1234567</text:p></style:footer>"
    "</style:master-page></office:master-styles></office:document-styles>"
)


def odt(
    body: str,
    meta: str = "",
    *,
    styles: str = STYLES,
    manifest: str | None = None,
    mimetype: str = "application/vnd.oasis.opendocument.text",
) -> bytes:
    content = (
        f'<?xml version="1.0"?><office:document-content {NS}><office:automatic-styles>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
        f"</office:automatic-styles><office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("mimetype", mimetype)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles)
        z.writestr(
            "meta.xml",
            f"<office:document-meta {NS}><office:meta>{meta}</office:meta></office:document-meta>",
        )
        if manifest is not None:
            z.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()


def paras(items: list[str]) -> str:
    return "".join(f"<text:p>{t}</text:p>" for t in items)


def test_odt_title_style_header_footer_notes_lists_and_tables() -> None:
    body = (
        '<text:p text:style-name="P1">Leat bridge: what the council decided</text:p>'
        "<text:p>4 March 2025</text:p>"
        f'<text:p>{STORY[0]}<text:note text:note-class="footnote"><text:note-citation>1'
        "</text:note-citation><text:note-body><text:p>Minutes of the meeting.</text:p>"
        "</text:note-body></text:note></text:p>"
        f'<text:p>{STORY[1]}<text:s text:c="2"/>Tenders close in May.</text:p>'
        '<text:list text:style-name="L1"><text:list-item><text:p>First step</text:p>'
        "</text:list-item><text:list-item><text:p>Second step</text:p></text:list-item></text:list>"
        "<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Year"
        "</text:p></table:table-cell><table:table-cell><text:p>Cost</text:p></table:table-cell>"
        "</table:table-row></table:table-header-rows><table:table-row><table:table-cell><text:p>"
        "2025</text:p></table:table-cell><table:table-cell><text:p>£4.2m</text:p>"
        "</table:table-cell></table:table-row></table:table>"
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>deleted words"
        "</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        "<text:p>Comment<office:annotation><text:p>a reviewer's note</text:p></office:annotation>"
        " ends here.</text:p>"
    )
    article = read_bytes(odt(body), "report.odt")
    assert article.format == "odt"
    assert article.title == "Leat bridge: what the council decided"
    assert article.source == "Leat Valley Trust"
    assert str(article.published) == "2025-03-04"
    text = article.text
    assert f"{STORY[0]}[1]" in text
    assert text.rstrip().endswith("Minutes of the meeting.")
    assert "a) First step" in text and "b) Second step" in text
    assert "Year | Cost" in text and "2025 | £4.2m" in text
    assert "deleted words" not in text and "reviewer" not in text
    assert "Comment ends here." in text
    assert "Registered charity" not in text


def test_odt_properties_are_weak_metadata() -> None:
    meta = (
        "<dc:title>Leat bridge briefing</dc:title><meta:initial-creator>Alys Pengelly"
        "</meta:initial-creator><meta:creation-date>2025-03-01T10:00:00</meta:creation-date>"
        "<dc:date>2025-03-02T10:00:00</dc:date>"
    )
    article = read_bytes(odt(paras(STORY), meta), "briefing.odt")
    assert article.title == "Leat bridge briefing"
    assert article.author == "Alys Pengelly"
    assert str(article.published) == "2025-03-01"
    assert article.field_origins["title"].startswith("OpenDocument properties")
    # A file created years before its last save was started from an old template.
    old = meta.replace("2025-03-01", "2019-01-01")
    assert read_bytes(odt(paras(STORY), old), "briefing.odt").published is None
    # An account is nobody's name.
    account = meta.replace("Alys Pengelly", "comms.office")
    assert read_bytes(odt(paras(STORY), account), "briefing.odt").author is None


def test_odt_heading_outranks_the_property_title() -> None:
    body = '<text:h text:outline-level="1">Bridge approved</text:h>' + paras(STORY)
    article = read_bytes(odt(body, "<dc:title>Old template</dc:title>"), "a.odt")
    assert article.title == "Bridge approved"


def test_odt_table_of_contents_is_set_aside() -> None:
    body = (
        '<text:h text:outline-level="1">Bridge approved</text:h><text:table-of-content>'
        "<text:index-body><text:p>Contents</text:p><text:p>Background 2</text:p></text:index-body>"
        "</text:table-of-content>" + paras(STORY)
    )
    article = read_bytes(odt(body), "a.odt")
    assert "Background 2" not in article.text
    assert STORY[0] in article.text


ENCRYPTED_MANIFEST = (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
    '<manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry>'
    "</manifest:manifest>"
)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (odt(paras(STORY), manifest=ENCRYPTED_MANIFEST), "password-protected"),
        (odt(paras(STORY))[:300], "incomplete"),
        (b"<html><body>not a package</body></html>", "not an OpenDocument"),
        (odt("", mimetype="application/vnd.oasis.opendocument.spreadsheet"), "spreadsheet"),
        (
            odt(
                paras(STORY),
                styles='<!DOCTYPE x [<!ENTITY a "aaaa">]><office:document-styles/>',
            ),
            "document type",
        ),
        (odt("<text:p>unclosed"), "damaged XML"),
    ],
)
def test_odt_broken_files_are_refused_plainly(data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        read_bytes(data, "report.odt")


def test_odt_oversized_part_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ingest import odt as ingest_odt

    monkeypatch.setattr(ingest_odt, "MAX_PART_BYTES", 200)
    with pytest.raises(IngestError, match="zip bomb"):
        read_bytes(odt(paras(STORY * 5)), "big.odt")


def test_odt_masthead_above_the_headline_names_the_outlet() -> None:
    body = (
        "<text:p>The Leat Valley Review</text:p><text:p>Opinion</text:p>"
        '<text:h text:outline-level="1">Build the bridge</text:h>' + paras(STORY)
    )
    article = read_bytes(odt(body, styles=STYLES.replace("Leat Valley Trust", "")), "a.odt")
    assert article.source == "The Leat Valley Review"
    # A release's type in capitals is no masthead.
    body = body.replace("The Leat Valley Review", "PRESS RELEASE")
    assert read_bytes(
        odt(body, styles=STYLES.replace("Leat Valley Trust", "")), "a.odt"
    ).source != ("PRESS RELEASE")


def test_release_line_and_kind_of_paper_beside_a_date_date_the_document() -> None:
    from desktop.ingest import dates

    release = dates.read_meta_line("For immediate release: 6 March 2025")
    assert release is not None and str(release.dates[0]) == "2025-03-06"
    paper = dates.read_meta_line("Briefing paper, 18 February 2025")
    assert paper is not None and paper.outlet is None and str(paper.dates[0]) == "2025-02-18"
    # A sentence holding a date is not a date line.
    assert (
        dates.read_meta_line("The report was published on 18 February 2025 by the trust.") is None
    )
    body = (
        '<text:p text:style-name="P1">Evening buses</text:p>'
        "<text:p>Briefing paper, 18 February 2025</text:p>" + paras(STORY)
    )
    article = read_bytes(odt(body), "a.odt")
    assert str(article.published) == "2025-02-18"
    assert article.text.startswith(STORY[0])
