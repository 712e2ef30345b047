"""Small PDF and Word files written by hand for the tests, so no binary fixture is needed.

The PDF writer knows only what the readers' tests need: lines of text placed on a page in one
of the standard fonts (no embedding), the document information dictionary, and image-only pages
that stand for a scan. The Word writer puts together the few parts of a .docx package that a
reader looks at.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

#: The standard fonts a PDF viewer has without embedding: name in the page -> base font.
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Roman", "F4": "Times-Bold"}


@dataclass
class Line:
    """One run of text at (x, y) in points from the page's bottom left corner."""

    x: float
    y: float
    text: str
    size: float = 11.0
    font: str = "F1"


@dataclass
class Page:
    lines: list[Line] = field(default_factory=list)
    #: a page with an image and no text: what a scanner produces
    scanned: bool = False


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(pages: list[Page], info: dict[str, str] | None = None, *, width: float = 595,
        height: float = 842) -> bytes:  # fmt: skip
    """A PDF whose pages show ``pages``; ``info`` fills the document information dictionary."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in when the page tree's number is known
    tree = add(b"")
    fonts = {
        name: add(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>".encode()
        )
        for name, base in FONTS.items()
    }
    font_dict = b" ".join(f"/{n} {o} 0 R".encode() for n, o in fonts.items())
    kids = []
    for page in pages:
        resources = b"<< /Font << " + font_dict + b" >>"
        if page.scanned:
            # A 2x2 grey image stretched over the page: pixels, no text layer.
            image = add(
                b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x90\xa0\xb0\nendstream"
            )
            resources += f" /XObject << /Im1 {image} 0 R >>".encode()
            stream = f"q {width} 0 0 {height} 0 0 cm /Im1 Do Q\n".encode()
        else:
            parts = []
            for line in page.lines:
                parts.append(
                    f"BT /{line.font} {line.size} Tf {line.x:.2f} {line.y:.2f} Td ".encode()
                    + _pdf_string(line.text)
                    + b" Tj ET\n"
                )
            stream = b"".join(parts)
        resources += b" >>"
        content = add(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
        kids.append(
            add(
                f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {width} {height}] "
                f"/Contents {content} 0 R /Resources ".encode()
                + resources
                + b" >>"
            )
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {tree} 0 R >>".encode()
    objects[tree - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    ).encode()
    info_ref = None
    if info:
        entries = b" ".join(f"/{k} ".encode() + _pdf_string(v) for k, v in info.items())
        info_ref = add(b"<< " + entries + b" >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R"
    if info_ref:
        trailer += f" /Info {info_ref} 0 R"
    out.write(f"{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def flowed(paragraphs: list[tuple[str, str]], *, width_chars: int = 88, top: float = 790,
           left: float = 60, leading: float = 14, bottom: float = 70) -> list[Page]:  # fmt: skip
    """Paragraphs set as a word processor would: ``(kind, text)`` with kind "title", "heading"
    or "para", wrapped at ``width_chars`` and flowed onto as many pages as they need."""
    pages = [Page()]
    y = top
    for kind, text in paragraphs:
        size, font, chars = {"title": (18, "F2", 50), "heading": (13, "F2", 70)}.get(
            kind, (10.5, "F1", width_chars)
        )
        words, line = text.split(), ""
        rows = []
        for word in words:
            if line and len(line) + 1 + len(word) > chars:
                rows.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        if line:
            rows.append(line)
        for row in rows:
            if y < bottom:
                pages.append(Page())
                y = top
            pages[-1].lines.append(Line(left, y, row, size, font))
            y -= size * 1.35 if kind != "para" else leading
        y -= leading * 0.8
    return pages


# --- Word -----------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def run(text: str, *, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text: str = "", style: str | None = None, *, inner: str | None = None) -> str:
    """A paragraph of one run (or of the runs in ``inner``), in paragraph style ``style``."""
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{inner if inner is not None else run(text)}</w:p>"


def table(rows: list[list[str]]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


def core(title: str | None = None, creator: str | None = None, created: str | None = None,
         modified: str | None = None) -> str:  # fmt: skip
    fields = []
    if title is not None:
        fields.append(f"<dc:title>{escape(title)}</dc:title>")
    if creator is not None:
        fields.append(f"<dc:creator>{escape(creator)}</dc:creator>")
    if created is not None:
        fields.append(f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>')
    if modified is not None:
        fields.append(f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + "".join(fields)
        + "</cp:coreProperties>"
    )


def docx(body: str, *, core_xml: str | None = None, footnotes: list[str] | None = None,
         header: list[str] | None = None, footer: list[str] | None = None,
         styles: str | None = None, extra: dict[str, bytes] | None = None) -> bytes:  # fmt: skip
    """A .docx package whose document body is ``body`` (w:p and w:tbl elements)."""
    parts: dict[str, bytes] = {
        "[Content_Types].xml": _CONTENT_TYPES.encode(),
        "_rels/.rels": _RELS.encode(),
    }
    sections = ""
    rels = []
    if header:
        parts["word/header1.xml"] = (
            f'<w:hdr xmlns:w="{W}">' + "".join(para(t) for t in header) + "</w:hdr>"
        ).encode()
        rels.append(("rIdH", "header", "header1.xml"))
        sections += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer:
        parts["word/footer1.xml"] = (
            f'<w:ftr xmlns:w="{W}">' + "".join(para(t) for t in footer) + "</w:ftr>"
        ).encode()
        rels.append(("rIdF", "footer", "footer1.xml"))
        sections += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if footnotes:
        notes = (
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        )
        for n, note in enumerate(footnotes, start=1):
            notes += (
                f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                f"{run(' ' + note)}</w:p></w:footnote>"
            )
        parts["word/footnotes.xml"] = f'<w:footnotes xmlns:w="{W}">{notes}</w:footnotes>'.encode()
        rels.append(("rIdN", "footnotes", "footnotes.xml"))
    if styles is not None:
        parts["word/styles.xml"] = f'<w:styles xmlns:w="{W}">{styles}</w:styles>'.encode()
    if core_xml is not None:
        parts["docProps/core.xml"] = core_xml.encode()
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{t}" Target="{p}"/>'
            for i, t, p in rels
        )
        + "</Relationships>"
    ).encode()
    parts["word/document.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<w:body>{body}<w:sectPr>{sections}</w:sectPr></w:body></w:document>"
    ).encode()
    parts.update(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in parts.items():
            package.writestr(name, content)
    return out.getvalue()


def footnote_ref(n: int) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'
