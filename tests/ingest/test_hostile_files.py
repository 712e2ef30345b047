"""Files crafted to harm whoever opens them: entity bombs, external entities, zip bombs,
cyclic or exploding PDF object graphs, absurd nesting and absurd size.

Each must end fast, with a clear error or a sane document, and none may make a reader open a
local file the document names: an audit hook sees every file Python code opens (expat's
entities, urllib, zipfile), and the file's words must not turn up anywhere in what is read
(which also covers a C library such as libxml2 opening it by itself).
"""

from __future__ import annotations

import io
import os
import struct
import sys
import time
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.ingest import IngestError, read_bytes, read_file
from desktop.ingest.officezip import MAX_PART_BYTES
from tests.ingest.documents import para
from tests.ingest.test_fuzzed_files import (
    HEADLINE,
    ODT_NS,
    STORY,
    html_page,
    odt_package,
    rss_feed,
    rtf_document,
    web_archive,
    word_package,
)

#: The hostile files are small; reading or refusing one is a matter of a second or two.
FAST_S = 5.0
SECRET = "the-analyst-s-private-notes-4711"

_watched: set[str] = set()
_opened: list[str] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and _watched and args and isinstance(args[0], str | bytes | os.PathLike):
        path = os.fsdecode(args[0])  # type: ignore[arg-type]
        if os.path.basename(path) in _watched:
            _opened.append(path)


_hook_installed = False


@pytest.fixture
def secret_file(tmp_path: Path) -> Iterator[Path]:
    """A local file that a hostile document names; the test fails if any reader opens it."""
    global _hook_installed
    if not _hook_installed:
        # Audit hooks cannot be removed; this one does nothing while no file is watched.
        sys.addaudithook(_audit)
        _hook_installed = True
    secret = tmp_path / "private-notes.txt"
    secret.write_text(SECRET + "\n")
    _watched.add(secret.name)
    _opened.clear()
    yield secret
    _watched.discard(secret.name)
    assert _opened == [], f"a reader opened {_opened}"


def _read_or_refuse(data: bytes, name: str) -> tuple[str | None, str]:
    """(the article's whole text, or None if refused; the refusal's message), timed."""
    started = time.process_time()
    try:
        article = read_bytes(data, name)
    except IngestError as exc:
        message = str(exc)
        assert message.startswith(f"{name}: ") and len(message) < 400, message
        text, said = None, message
    else:
        text = "\n".join(b.text for b in article.blocks)
        text += "\n" + " ".join(str(v) for v in (article.title, article.author, article.source))
        said = ""
    elapsed = time.process_time() - started
    assert elapsed < FAST_S, f"{name}: {elapsed:.1f} s"
    if text is not None:
        assert SECRET not in text
    return text, said


# --- XML: entity bombs and external entities -------------------------------------------------

LAUGHS = (
    '<!DOCTYPE {root} [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)


def _external(root: str, secret: Path) -> str:
    return f'<!DOCTYPE {root} [<!ENTITY notes SYSTEM "{secret.as_uri()}">]>'


def _feed_with(prolog: str, text: str) -> bytes:
    return rss_feed(f"<description>{text}</description>").replace(
        b"<rss ", prolog.encode() + b"<rss ", 1
    )


def _docx_with(prolog: str, text: str) -> bytes:
    package = word_package(para(HEADLINE, "Title") + para(text) + "".join(para(p) for p in STORY))
    return _rewrite_member(
        package,
        "word/document.xml",
        lambda xml: xml.replace(b"<w:document ", prolog.encode() + b"<w:document ", 1),
    )


def _odt_with(prolog: str, text: str) -> bytes:
    return odt_package(
        content=(
            f'<?xml version="1.0"?>{prolog}<office:document-content {ODT_NS}><office:body>'
            f"<office:text><text:h>{HEADLINE}</text:h><text:p>{text}</text:p>"
            + "".join(f"<text:p>{p}</text:p>" for p in STORY)
            + "</office:text></office:body></office:document-content>"
        )
    )


def _rewrite_member(package: bytes, name: str, change: object) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            content = old.read(info)
            if info.filename == name:
                content = change(content)  # type: ignore[operator]
            new.writestr(info, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


BUILDERS = {
    "feed.xml": (_feed_with, "rss"),
    "letter.docx": (_docx_with, "w:document"),
    "letter.odt": (_odt_with, "office:document-content"),
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_an_entity_expansion_bomb_is_refused_before_it_expands(name: str) -> None:
    build, root = BUILDERS[name]
    text, said = _read_or_refuse(build(LAUGHS.format(root=root), "&lol9;"), name)
    assert text is None and "document type" in said


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_an_external_entity_naming_a_local_file_is_refused_unread(
    name: str, secret_file: Path
) -> None:
    build, root = BUILDERS[name]
    text, said = _read_or_refuse(build(_external(root, secret_file), "&notes;"), name)
    assert text is None and "document type" in said


def test_a_document_type_hidden_behind_comments_and_instructions_is_still_refused(
    secret_file: Path,
) -> None:
    prolog = "<!-- saved by hand -->\n<?xml-stylesheet href='feed.css'?>\n" + _external(
        "rss", secret_file
    )
    text, said = _read_or_refuse(_feed_with(prolog, "&notes;"), "feed.xml")
    assert text is None and "document type" in said


def test_xinclude_and_linked_sections_are_not_followed(secret_file: Path) -> None:
    uri = secret_file.as_uri()
    feed = rss_feed(
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{uri}" parse="text"/>'
    )
    text, _ = _read_or_refuse(feed, "feed.xml")
    assert text is not None and "third crossing each day" in text
    # An OpenDocument section may be linked to another file; only what the package holds is read.
    linked = odt_package(
        "".join(f"<text:p>{p}</text:p>" for p in STORY)
        + '<text:section text:name="S1"><text:section-source '
        f'xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="{uri}"/></text:section>'
    )
    text, _ = _read_or_refuse(linked, "linked.odt")
    assert text is not None and "third crossing each day" in text


def test_word_relationships_to_outside_files_are_not_followed(secret_file: Path) -> None:
    uri = secret_file.as_uri()
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" TargetMode="External" Target="{uri}" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"/>'
        '<Relationship Id="rId8" TargetMode="External" Target="{uri}" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"/>'
        "</Relationships>"
    ).replace("{uri}", uri)
    package = word_package(
        para(HEADLINE, "Title") + "".join(para(p) for p in STORY) + '<w:altChunk r:id="rId9"/>'
    )
    package = _rewrite_member(package, "word/_rels/document.xml.rels", lambda _: rels.encode())
    # The same file named by the package's own relationships, as its main document.
    package = _rewrite_member(
        package, "_rels/.rels", lambda xml: xml.replace(b"word/document.xml", uri.encode())
    )
    text, _ = _read_or_refuse(package, "letter.docx")
    assert text is None or "third crossing each day" in text


def test_pages_and_archives_that_name_local_files_do_not_open_them(secret_file: Path) -> None:
    uri = secret_file.as_uri()
    links = (
        f'<iframe src="{uri}"></iframe><img src="{uri}"><link rel="stylesheet" href="{uri}">'
        f'<object data="{uri}"></object><a href="{uri}">notes</a>'
    )
    text, _ = _read_or_refuse(html_page(links), "page.html")
    assert text is not None and "third crossing each day" in text
    declared = html_page("<p>&notes;</p>").replace(
        b"<!doctype html>", f'<!DOCTYPE html [<!ENTITY notes SYSTEM "{uri}">]>'.encode(), 1
    )
    text, _ = _read_or_refuse(declared, "page.html")
    assert text is not None and "third crossing each day" in text
    archive = web_archive(html_page(f'<iframe src="{uri}"></iframe>')).replace(
        b"Content-Location: https://www.westholmgazette", f"Content-Location: {uri}#".encode(), 1
    )
    text, _ = _read_or_refuse(archive, "page.mhtml")
    assert text is not None and "third crossing each day" in text
    fields = (
        r"{\field{\*\fldinst INCLUDETEXT "
        + f'"{secret_file}"'
        + r"}{\fldrslt stale}}{\field{\*\fldinst INCLUDEPICTURE "
        + f'"{uri}"'
        + r"}{\fldrslt }}\par"
    )
    text, _ = _read_or_refuse(rtf_document(fields), "export.rtf")
    assert text is not None and "third crossing each day" in text


# --- zip bombs --------------------------------------------------------------------------------

BOMB_BYTES = 2 * 2**30  # what the bomb's member inflates to: 2 GB of zeros


def _zeros_deflated(size: int) -> bytes:
    """A raw deflate stream of ``size`` zero bytes, built without compressing them all: every
    megabyte of zeros, flushed whole, compresses to the same few bytes."""
    megabyte = 2**20
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = packer.compress(b"\0" * megabyte) + packer.flush(zlib.Z_FULL_FLUSH)
    return chunk * (size // megabyte) + packer.flush()


def _zip_with_bomb(parts: dict[str, bytes], bomb: str, declared: int) -> bytes:
    """A zip package of ``parts`` stored as they are, plus member ``bomb`` that inflates to
    ``BOMB_BYTES`` while its headers say ``declared``."""
    out = io.BytesIO()
    directory = b""
    members = [(n, c, len(c), len(c), zlib.crc32(c), 0) for n, c in parts.items()]
    compressed = _zeros_deflated(BOMB_BYTES)
    members.append((bomb, compressed, len(compressed), declared, 0x1234ABCD, 8))
    for name, data, packed, unpacked, crc, method in members:
        offset = out.tell()
        encoded = name.encode()
        fields = (20, 0, method, 0, 0x21, crc, packed, unpacked, len(encoded), 0)
        out.write(struct.pack("<4s5HL2L2H", b"PK\x03\x04", *fields) + encoded + data)
        directory += (
            struct.pack("<4s6HL2L5H2L", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, offset) + encoded
        )
    start = out.tell()
    out.write(directory)
    count = len(members)
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), start, 0))
    return out.getvalue()


def _word_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(word_package())) as package:
        return {n: package.read(n) for n in package.namelist() if n != "word/document.xml"}


def _odt_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(odt_package())) as package:
        return {n: package.read(n) for n in package.namelist() if n != "content.xml"}


BOMBS = {
    "report.docx": (_word_parts, "word/document.xml"),
    "report.odt": (_odt_parts, "content.xml"),
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_a_zip_bomb_is_refused_by_its_declared_size_before_any_unpacking(name: str) -> None:
    parts, bomb = BOMBS[name]
    text, said = _read_or_refuse(_zip_with_bomb(parts(), bomb, BOMB_BYTES), name)
    assert text is None and "zip bomb" in said and "2048 MB" in said


@pytest.mark.parametrize("name", sorted(BOMBS))
@pytest.mark.parametrize("declared", [2**20, MAX_PART_BYTES - 1])
def test_a_zip_bomb_whose_header_lies_is_stopped_at_its_declared_size(
    name: str, declared: int
) -> None:
    # Inflating the whole 2 GB takes many seconds; the reader stops where the header said the
    # member ends (never past the limit for one part), finds the data does not match, and says
    # the package is damaged.
    parts, bomb = BOMBS[name]
    text, said = _read_or_refuse(_zip_with_bomb(parts(), bomb, declared), name)
    assert text is None and "damaged" in said


# --- PDF object graphs ------------------------------------------------------------------------

TEXT_RUN = (
    b"BT /F1 11 Tf 60 700 Td (The ferry company said on Tuesday that it would add a third "
    b"crossing each day from May.) Tj ET\n"
)
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
RESOURCES = b"/Resources << /Font << /F1 5 0 R >> >>"


def _stream(content: bytes) -> bytes:
    return f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write(b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets))
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def _page(extra: bytes = b"", parent: int = 2) -> bytes:
    return (
        f"<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 595 842] /Contents 4 0 R ".encode()
        + extra
        + b" >>"
    )


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
REFUSED_PDFS = {
    # The page tree lists itself among its own pages.
    "kids cycle": [CATALOG, b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                   _page(RESOURCES), _stream(TEXT_RUN), FONT],
    # A page inherits its resources from a parent that is its own parent.
    "parent cycle": [CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 2 0 R >>",
                     _page(), _stream(TEXT_RUN), FONT],
    # A stream whose length is the stream itself.
    "length cycle": [CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _page(RESOURCES),
                     b"<< /Length 4 0 R >>\nstream\n" + TEXT_RUN + b"\nendstream", FONT],
    # References that only lead to each other.
    "reference loop": [CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       _page(b"/Resources << /Font 6 0 R >>"), _stream(TEXT_RUN), FONT,
                       b"7 0 R", b"6 0 R"],
}  # fmt: skip


def _exploding_page_tree(levels: int) -> list[bytes]:
    """A page tree in which every node lists the next node twice: 2**levels pages from a
    file of a few kilobytes."""
    objects = [CATALOG]
    for _ in range(levels):
        following = len(objects) + 2
        objects.append(f"<< /Type /Pages /Kids [{following} 0 R {following} 0 R] >>".encode())
    leaf = len(objects) + 1
    objects.append(
        f"<< /Type /Page /MediaBox [0 0 595 842] /Contents {leaf + 1} 0 R "
        f"/Resources << /Font << /F1 {leaf + 2} 0 R >> >> >>".encode()
    )
    return [*objects, _stream(TEXT_RUN), FONT]


@pytest.mark.parametrize("shape", sorted(REFUSED_PDFS))
def test_a_pdf_with_a_cyclic_object_graph_is_refused_as_damaged(shape: str) -> None:
    text, said = _read_or_refuse(_pdf(REFUSED_PDFS[shape]), "cyclic.pdf")
    assert text is None and "the PDF is damaged" in said


def test_a_pdf_whose_page_tree_explodes_to_a_trillion_pages_is_refused_fast() -> None:
    text, said = _read_or_refuse(_pdf(_exploding_page_tree(40)), "huge.pdf")
    assert text is None and "the PDF is damaged" in said


def test_cycles_in_parts_that_hold_no_text_leave_a_sane_document() -> None:
    # An outline (bookmarks) whose entries point at themselves, and a drawing (a form) that
    # draws itself: neither holds the article, so the page is read as it shows.
    outline = [
        b"<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(b"/Resources << /Font << /F1 5 0 R >> /XObject << /X1 8 0 R >> >>"),
        _stream(TEXT_RUN + b"/X1 Do\n"),
        FONT,
        b"<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>",
        b"<< /Title (Loop) /Parent 6 0 R /Next 7 0 R /Prev 7 0 R /First 7 0 R >>",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
        b"/Resources << /XObject << /X1 8 0 R >> >> /Length 7 >>\nstream\n/X1 Do\nendstream",
    ]
    text, _ = _read_or_refuse(_pdf(outline), "bookmarks.pdf")
    assert text is not None and "third crossing each day" in text


# --- nesting and size -------------------------------------------------------------------------


def test_an_rtf_file_of_100000_nested_groups_is_read_fast() -> None:
    text, _ = _read_or_refuse(rtf_document("{" * 100_000 + "deep" + "}" * 100_000), "nested.rtf")
    assert text is not None and "third crossing each day" in text


def test_an_rtf_file_of_100000_unclosed_groups_is_refused_as_cut_short() -> None:
    text, said = _read_or_refuse(rtf_document("{" * 100_000 + "deep"), "nested.rtf")
    assert text is None and "cut short" in said


def test_an_html_page_of_one_30_megabyte_line_is_refused_fast(tmp_path: Path) -> None:
    run = f"<span>{STORY[0]}</span> "
    page = tmp_path / "one-line.html"
    page.write_bytes(html_page(run * (30_000_000 // len(run))))
    started = time.process_time()
    with pytest.raises(IngestError, match="million characters of markup") as refused:
        read_file(page)
    assert time.process_time() - started < FAST_S
    assert str(refused.value).startswith("one-line.html: ")


@pytest.mark.parametrize("name", ["list.txt", "list.md"])
def test_a_text_of_a_million_short_lines_is_refused_before_it_is_judged(name: str) -> None:
    # Lines are looked at one by one, so a file of a million list items (4 MB) once kept the
    # import busy for minutes; a transcript of 57,000 paragraphs is still read (see
    # test_long_documents).
    text, said = _read_or_refuse(b"- x\n" * 1_000_000, name)
    assert text is None and "1,000,000 lines" in said and "split it" in said


def test_a_message_with_300000_header_lines_is_refused_fast() -> None:
    text, said = _read_or_refuse(
        b"X-Relay: relay.example\n" * 300_000 + b"Subject: x\n\nThe ferry company said so.\n",
        "relayed.eml",
    )
    assert text is None and "split it" in said


def test_a_markdown_quote_nested_200000_levels_deep_is_read_fast() -> None:
    # Quote markers were stripped one level per pass, each pass copying the line: these
    # 200,000 levels took 25 s (a million, many minutes); one scan takes a fraction of a second.
    text, _ = _read_or_refuse(("> " * 200_000 + "\n\n".join(STORY) + "\n").encode(), "quoted.md")
    assert text is not None and "third crossing each day" in text
