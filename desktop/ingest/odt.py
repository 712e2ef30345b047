"""OpenDocument text (.odt): the paragraphs a reader sees, with the file's properties as weak metadata.

An .odt (LibreOffice, Google Docs' and Word's OpenDocument export) is a zip package of XML
parts. Read are: content.xml (the text and the styles its paragraphs were given), styles.xml
(named styles, list styles, and the page header and footer), meta.xml (the properties) and
META-INF/manifest.xml (to tell a password-protected file).

The same rules as a Word file (see ingest.docx), in OpenDocument's terms:

- Paragraphs and headings in order. A paragraph in the "Title" style is the headline, else the
  first level-1 heading. Tracked deletions, comments and hidden text are not what a reader
  sees and are left out; text boxes drawn beside a paragraph come after it.
- Lists print their numbers as the list style writes them ("2.", "b)"), bullets none.
- A table is one line per row, its cells joined with " | "; a one-column table is a box round
  paragraphs. A table of contents repeats the headings and is set aside.
- Footnotes and endnotes are kept at the end, each without its number; their markers stay in
  the text as printed ("[1]", "[i]").
- The page header and footer are furniture, read first and last so that a letterhead can
  name the issuing body.
- meta.xml's title, initial creator and creation date are used as a Word file's core
  properties are: only when the text shows none, the creator only when it reads as a
  person's name, the creation date only when the file was last saved within
  ``docx.CREATED_TRUSTED_DAYS`` of it.

The package comes from anywhere and is read as ingest.officezip reads a Word file's: each part
is limited in size however small the zip is, and XML with a document type declaration is
refused before it is parsed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile

from desktop.domain import RawArticle
from desktop.ingest import assemble, dates, furniture, officezip
from desktop.ingest import docx as _docx
from desktop.ingest.assemble import Found
from desktop.ingest.furniture import Piece
from desktop.ingest.textclean import collapse_spaces

MAX_PART_BYTES = officezip.MAX_PART_BYTES
MAX_UNPACKED_BYTES = officezip.MAX_UNPACKED_BYTES

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"

_PROPERTIES = "OpenDocument properties"
TABLE_OF_CONTENTS = "table of contents"
_OTHER_KINDS = {
    "application/vnd.oasis.opendocument.spreadsheet": "a spreadsheet (.ods)",
    "application/vnd.oasis.opendocument.presentation": "a presentation (.odp)",
    "application/vnd.oasis.opendocument.graphics": "a drawing (.odg)",
}


class NotAnOpenDocument(ValueError):
    """The bytes are not an .odt package that can be read; the message says what they are."""


_WORDING = officezip.Wording(
    NotAnOpenDocument, "the document", "a part of the document", "the document",
    damaged="the document's package is damaged", locked="the document is password-protected",
    not_text="{name} in the document is not XML text; the file is damaged or encrypted",
    bad_xml="{name} in the document is damaged XML", writer="office programs",
    kind="an OpenDocument (.odt) package", suffix=".odt",
    older="this is an older Word (.doc) file, not an OpenDocument text; open it in a word "
    "processor and save it as .odt or .docx",
)  # fmt: skip


def read_odt_bytes(data: bytes) -> RawArticle:
    package = officezip.open_zip(data, _WORDING)
    with package:
        names = set(package.namelist())
        if "word/document.xml" in names and "content.xml" not in names:
            # A Word file named .odt: read it as what it is.
            return _docx.read_docx_bytes(data)
        _refuse_other_kinds(package, names)
        _refuse_encrypted(package, names)
        parts = _parts(package)
        content = parts.xml("content.xml")
        if content is None:
            raise NotAnOpenDocument("the package has no content.xml; it is damaged")
        styles = parts.xml("styles.xml")
        meta = parts.xml("meta.xml")
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise NotAnOpenDocument("the document holds no text body (it is not a text document)")
    style_roots = [r for r in (styles, content) if r is not None]
    reader = _Reader(_paragraph_styles(style_roots), _list_styles(style_roots))
    reader.block(body)
    header, footer = _margins(styles)
    found = Found()
    pieces: list[Piece] = [Piece(t, "para", furniture.OUTSIDE_MAIN_TEXT) for t in header]
    pieces += reader.pieces
    pieces += [Piece(n, "para", settled=True) for n in reader.notes()]
    pieces += [Piece(t, "para", furniture.PAGE_FOOTER) for t in footer]
    if reader.title is not None:
        found.set("title", reader.title, "the OpenDocument 'Title' style")
    _properties(meta, found, has_heading=reader.has_heading)
    article = assemble.finish(pieces, "odt", found, title_from_text=True)
    assemble.no_author_for_release(article, _PROPERTIES)
    if article.date_candidates and article.date_candidates[0].evidence.startswith(_PROPERTIES):
        article.warnings.append(
            "the publication date is the day the document was created; no date is printed in it"
        )
    return article


# --- the package ------------------------------------------------------------------------------


def _parts(package: zipfile.ZipFile) -> officezip.Parts:
    # The limits are read when the package is, so that a test can lower them.
    return officezip.Parts(package, _WORDING, MAX_PART_BYTES, MAX_UNPACKED_BYTES)


def _refuse_other_kinds(package: zipfile.ZipFile, names: set[str]) -> None:
    if "mimetype" not in names:
        if "content.xml" not in names:
            raise NotAnOpenDocument("this is a zip archive, not an OpenDocument text")
        return
    info = package.getinfo("mimetype")
    if info.file_size > 200:
        return
    kind = _parts(package).raw("mimetype").decode("ascii", "replace").strip()
    if kind in _OTHER_KINDS:
        raise NotAnOpenDocument(f"this is {_OTHER_KINDS[kind]} named .odt, not a text document")


def _refuse_encrypted(package: zipfile.ZipFile, names: set[str]) -> None:
    manifest = _parts(package).xml("META-INF/manifest.xml")
    locked = manifest is not None and any(
        entry.find(f"{_MANIFEST}encryption-data") is not None
        and (entry.get(f"{_MANIFEST}full-path") or "") in ("content.xml", "styles.xml")
        for entry in manifest.iter(f"{_MANIFEST}file-entry")
    )
    if locked:
        raise NotAnOpenDocument(
            "the document is password-protected; open it, and save a copy without a password"
        )


# --- styles -----------------------------------------------------------------------------------

_HEADING_NAME = re.compile(
    r"^(?:heading|überschrift|titre|título|titolo|kop)[ _]*(?:_20_)?(\d)$", re.I
)


def _style_name(name: str) -> str:
    # OpenDocument writes a space in a style's name as "_20_" ("Heading_20_1").
    return re.sub(r"_([0-9a-f]{2})_", lambda m: chr(int(m.group(1), 16)), name)


def _paragraph_styles(roots: list[ET.Element]) -> dict[str, int]:
    """Paragraph style name -> heading level (0 for the Title style), following parents."""
    own: dict[str, int] = {}
    parent: dict[str, str] = {}
    for root in roots:
        for style in root.iter(f"{_STYLE}style"):
            if style.get(f"{_STYLE}family") != "paragraph":
                continue
            name = style.get(f"{_STYLE}name") or ""
            shown = _style_name(style.get(f"{_STYLE}display-name") or name).strip()
            outline = style.get(f"{_STYLE}default-outline-level") or ""
            if shown.lower() == "title":
                own[name] = 0
            elif m := _HEADING_NAME.match(shown):
                own[name] = int(m.group(1))
            elif outline.isdigit() and 1 <= int(outline) <= 6:
                own[name] = int(outline)
            if style.get(f"{_STYLE}parent-style-name"):
                parent[name] = style.get(f"{_STYLE}parent-style-name") or ""
    levels = dict(own)
    for name in parent:
        seen, cur = 0, name
        while cur not in own and cur in parent and seen < 10:
            cur, seen = parent[cur], seen + 1
        if cur in own:
            levels[name] = own[cur]
    return levels


#: list style -> level -> (number format, prefix, suffix, first number, levels shown)
_ListStyles = dict[str, dict[int, tuple[str, str, str, int, int]]]


def _list_styles(roots: list[ET.Element]) -> _ListStyles:
    out: _ListStyles = {}
    for root in roots:
        for style in root.iter(f"{T}list-style"):
            levels: dict[int, tuple[str, str, str, int, int]] = {}
            for lvl in style:
                level = lvl.get(f"{T}level") or "1"
                if not level.isdigit():
                    continue
                if lvl.tag == f"{T}list-level-style-number":
                    start = lvl.get(f"{T}start-value") or "1"
                    shown = lvl.get(f"{T}display-levels") or "1"
                    levels[int(level)] = (
                        lvl.get(f"{_STYLE}num-format") or "",
                        lvl.get(f"{_STYLE}num-prefix") or "",
                        lvl.get(f"{_STYLE}num-suffix") or "",
                        int(start) if start.isdigit() else 1,
                        int(shown) if shown.isdigit() else 1,
                    )
                else:
                    levels[int(level)] = ("", "", "", 1, 1)  # a bullet prints no number
            out[style.get(f"{_STYLE}name") or ""] = levels
    return out


def _number_in(fmt: str, n: int) -> str:
    if fmt == "1":
        return str(n)
    if fmt in ("a", "A"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "A" else letter
    if fmt in ("i", "I"):
        return _docx._roman(n).upper() if fmt == "I" else _docx._roman(n)
    return ""


# --- the text ---------------------------------------------------------------------------------

_SKIPPED_INLINE = {
    f"{_OFFICE}annotation", f"{_OFFICE}annotation-end", f"{T}tracked-changes",
    f"{T}bookmark", f"{T}bookmark-start", f"{T}bookmark-end", f"{T}reference-mark",
    f"{T}reference-mark-start", f"{T}reference-mark-end", f"{T}soft-page-break",
    f"{T}change", f"{T}change-start", f"{T}change-end", f"{T}hidden-text",
    f"{T}toc-mark", f"{T}alphabetical-index-mark", f"{T}number",
}  # fmt: skip
_INDEXES = {
    f"{T}table-of-content", f"{T}alphabetical-index", f"{T}illustration-index",
    f"{T}table-index", f"{T}object-index", f"{T}user-index", f"{T}bibliography",
}  # fmt: skip


class _Reader:
    """Walks the body into pieces, numbering lists and collecting notes in marker order."""

    def __init__(self, levels: dict[str, int], lists: _ListStyles) -> None:
        self.levels = levels
        self.lists = lists
        self.pieces: list[Piece] = []
        self.title: str | None = None
        self.has_heading = False
        self.footnotes: list[str] = []
        self.endnotes: list[str] = []
        #: the numbers each list style has reached, per level, in the list being read
        self.counters: dict[str, dict[int, int]] = {}
        self.list_style: list[str] = []
        self.depth = 0

    def notes(self) -> list[str]:
        return self.footnotes + self.endnotes

    def block(self, element: ET.Element, reason: str | None = None) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{T}p":
                self.paragraph(child, reason=reason)
            elif tag == f"{T}h":
                self.paragraph(child, heading=True, reason=reason)
            elif tag == f"{T}list":
                self.list(child, reason)
            elif tag == f"{_TABLE}table":
                self.table(child, reason)
            elif tag in _INDEXES:
                body = child.find(f"{T}index-body")
                if body is not None:
                    self.block(body, TABLE_OF_CONTENTS)
            elif tag == f"{T}section" and child.get(f"{T}display") == "none":
                continue
            elif tag in (f"{T}section", f"{T}index-title", f"{_DRAW}text-box", f"{_DRAW}frame"):
                self.block(child, reason)

    def paragraph(
        self, p: ET.Element, *, heading: bool = False, number: str = "", reason: str | None = None
    ) -> None:
        boxes: list[ET.Element] = []
        text = collapse_spaces(self.inline(p, boxes))
        style = p.get(f"{T}style-name") or ""
        level = self.levels.get(style)
        if heading:
            outline = p.get(f"{T}outline-level") or ""
            level = int(outline) if outline.isdigit() else (level or 1)
        if text and reason is not None:
            self.pieces.append(Piece(text, "para", reason))
        elif text:
            if level == 0 and self.title is None:
                self.title = text
                self.pieces.append(Piece(text, "heading1"))
                self.has_heading = True
            elif level is not None and 1 <= level <= 6:
                first = level == 1 and not self.has_heading
                self.pieces.append(Piece(text, "heading1" if first else "heading"))
                self.has_heading = True
            elif number or self.depth:
                self.pieces.append(Piece(f"{number}{text}", "list"))
            else:
                self.pieces.append(Piece(text, "para"))
        for box in boxes:
            self.block(box, reason)

    def inline(self, element: ET.Element, boxes: list[ET.Element]) -> str:
        out = [element.text or ""]
        for child in element:
            tag = child.tag
            if tag == f"{T}s":
                count = child.get(f"{T}c") or "1"
                out.append(" " * (int(count) if count.isdigit() else 1))
            elif tag in (f"{T}tab", f"{T}line-break"):
                out.append(" ")
            elif tag == f"{T}note":
                out.append(self.note(child))
            elif tag == f"{_DRAW}frame":
                boxes += child.findall(f"{_DRAW}text-box")
            elif tag in _SKIPPED_INLINE or tag.startswith(f"{_DRAW}"):
                pass
            else:
                out.append(self.inline(child, boxes))
            out.append(child.tail or "")
        return "".join(out)

    def note(self, note: ET.Element) -> str:
        citation = note.find(f"{T}note-citation")
        mark = ""
        if citation is not None:
            mark = (citation.get(f"{T}label") or "".join(citation.itertext())).strip()
        endnote = note.get(f"{T}note-class") == "endnote"
        notes = self.endnotes if endnote else self.footnotes
        if not mark:
            n = len(notes) + 1
            mark = _docx._roman(n) if endnote else str(n)
        body = note.find(f"{T}note-body")
        if body is not None:
            inner = _Reader(self.levels, self.lists)
            inner.block(body)
            text = " ".join(p.text for p in inner.pieces).strip()
            if text:
                notes.append(text)
            # A note inside a note is rare and printed after its own.
            self.footnotes += inner.footnotes
            self.endnotes += inner.endnotes
        return f"[{mark}]"

    def list(self, element: ET.Element, reason: str | None) -> None:
        style = element.get(f"{T}style-name") or (self.list_style[-1] if self.list_style else "")
        if self.depth == 0:
            continues = element.get(f"{T}continue-numbering") == "true" or element.get(
                f"{T}continue-list"
            )
            if not continues:
                self.counters.pop(style, None)
        self.list_style.append(style)
        self.depth += 1
        try:
            for item in element:
                if item.tag not in (f"{T}list-item", f"{T}list-header"):
                    continue
                number = ""
                if item.tag == f"{T}list-item":
                    number = self.list_number(style, self.depth, item)
                first = True
                for child in item:
                    if child.tag in (f"{T}p", f"{T}h") and first:
                        self.paragraph(child, number=number, reason=reason)
                        first = False
                    elif child.tag == f"{T}list":
                        self.list(child, reason)
                    else:
                        holder = ET.Element("holder")
                        holder.append(child)
                        self.block(holder, reason)
        finally:
            self.depth -= 1
            self.list_style.pop()

    def list_number(self, style: str, level: int, item: ET.Element) -> str:
        """The number the list prints before an item ("2. ", "b) "), or "" for a bullet."""
        formats = self.lists.get(style, {})
        fmt, prefix, suffix, start, shown = formats.get(level, ("", "", "", 1, 1))
        counters = self.counters.setdefault(style, {})
        override = item.get(f"{T}start-value") or ""
        counters[level] = (
            int(override) if override.isdigit() else counters.get(level, start - 1) + 1
        )
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        if not _number_in(fmt, counters[level]):
            return ""
        parts = []
        for k in range(max(1, level - shown + 1), level + 1):
            k_fmt = formats.get(k, (fmt, "", "", 1, 1))[0]
            parts.append(_number_in(k_fmt, counters.get(k, 1)) or "1")
        return f"{prefix}{'.'.join(parts)}{suffix} "

    def table(self, table: ET.Element, reason: str | None) -> None:
        rows = _rows(table)
        widths = [len(r.findall(f"{_TABLE}table-cell")) for r in rows]
        if not rows or max(widths, default=0) <= 1:
            # A one-column table is a box drawn round paragraphs, not a table of values.
            for row in rows:
                for cell in row.findall(f"{_TABLE}table-cell"):
                    self.block(cell, reason)
            return
        for row in rows:
            cells = []
            for cell in row.findall(f"{_TABLE}table-cell"):
                inner = _Reader(self.levels, self.lists)
                inner.block(cell)
                self.footnotes += inner.footnotes
                self.endnotes += inner.endnotes
                cells.append(" ".join(p.text for p in inner.pieces))
            line = " | ".join(c for c in cells if c)
            if line and reason is not None:
                self.pieces.append(Piece(line, "para", reason))
            elif line:
                # A row of a table of values is the document's content, whatever its words.
                self.pieces.append(Piece(line, "para", settled=len(rows) >= 2))


def _rows(table: ET.Element) -> list[ET.Element]:
    """The table's own rows, in order, through header and row groups (not a nested table's)."""
    out: list[ET.Element] = []
    for child in table:
        if child.tag == f"{_TABLE}table-row":
            out.append(child)
        elif child.tag in (f"{_TABLE}table-header-rows", f"{_TABLE}table-rows",
                           f"{_TABLE}table-row-group"):  # fmt: skip
            out += _rows(child)
    return out


def _margins(styles: ET.Element | None) -> tuple[list[str], list[str]]:
    """The paragraphs of the page headers and of the page footers, each once."""
    header: list[str] = []
    footer: list[str] = []
    if styles is None:
        return header, footer
    for page in styles.iter(f"{_STYLE}master-page"):
        for child in page:
            local = child.tag.removeprefix(_STYLE)
            into = header if local.startswith("header") else footer
            if not local.startswith(("header", "footer")) or local.endswith("style"):
                continue
            reader = _Reader({}, {})
            reader.block(child)
            for piece in reader.pieces:
                if piece.text not in into:
                    into.append(piece.text)
    return header, footer


def _properties(root: ET.Element | None, found: Found, *, has_heading: bool) -> None:
    if root is None:
        return
    meta = root.find(f"{_OFFICE}meta")
    if meta is None:
        return
    title = collapse_spaces((meta.findtext(f"{_DC}title") or "").strip())
    if title and not has_heading and not _PLACEHOLDER_TITLE.match(title):
        # With no heading shown, the first paragraph is a sentence of the story, not a headline:
        # a title the writer typed into the properties (not a template's) names the document.
        found.set("title", title, f"{_PROPERTIES}: title")
    # dc:creator is whoever saved the file last; the initial creator is who wrote it.
    creator = collapse_spaces(
        (meta.findtext(f"{_META}initial-creator") or meta.findtext(f"{_DC}creator") or "").strip()
    )
    if creator and dates.is_person_name(creator):
        found.fallbacks.append(("author", creator, f"{_PROPERTIES}: creator"))
    elif creator:
        found.warnings.append(
            f"the file's creator \"{creator}\" is not a person's name; it is not the author"
        )
    created = _docx._w3c_date(meta.findtext(f"{_META}creation-date"))
    modified = _docx._w3c_date(meta.findtext(f"{_DC}date"))
    if created is None:
        return
    if modified is not None and (modified - created).days > _docx.CREATED_TRUSTED_DAYS:
        found.warnings.append(
            f"the file says it was created on {created.isoformat()} but last saved on "
            f"{modified.isoformat()}: the created date is likely its template's and dates nothing"
        )
        return
    found.add_date(
        _docx.PRIORITY_PROPERTIES,
        created,
        "metadata",
        f"{_PROPERTIES}: created" + (f" (last saved {modified.isoformat()})" if modified else ""),
    )


_PLACEHOLDER_TITLE = re.compile(
    r"^(?:document\d*|untitled\s*\d*|template|.*\btemplate\b.*|letterhead|.*\.(?:odt|docx?))$",
    re.I,
)
