"""Word documents (.docx): the paragraphs a reader sees, with the file's properties as weak metadata.

A .docx is a zip package of XML parts. Only the parts that hold what the reader sees are read:
the main document, its styles (to know a heading when its style has a translated or custom
name), footnotes and endnotes, the page headers and footers, and the core properties.

What is kept and why:

- Paragraphs in order; a paragraph in Word's "Title" style is the headline, else the first
  paragraph in a level-1 heading style. Deleted text of tracked changes and field codes are
  not shown to a reader and are left out.
- A table is one line per row, its cells joined with " | ", so that a figure keeps the label
  of its row. A table of one column is a layout box: its paragraphs are ordinary paragraphs.
- Footnotes and endnotes are kept, at the end, each without its number: in reports and court
  papers they carry sources and figures an analyst cites, and at the end they leave the body's
  paragraphs whole. Their markers stay in the text as printed ("[1]", endnotes "[i]").
- The page header and footer are furniture, but they come first and last among the pieces
  so that a letterhead in the header can name the issuing body, as a printed one does.
- core.xml's title, creator and created date are read with where they came from, and trusted
  little: Word copies them from the template the file was started from. The title is used
  only when the document shows no heading; the creator only when it reads as a person's name
  and the text prints no byline; ``created`` dates the document only when nothing printed in
  it does and the file was last saved within ``CREATED_TRUSTED_DAYS`` of it (a file created
  years before its last save was started from an old template or copied from an old file).

The package comes from anywhere and is read as ingest.officezip reads one: each part and all of
them together are limited in size however small the zip is (a zip bomb), and XML with a
document type declaration is refused before it is parsed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, datetime
from pathlib import PurePosixPath

from desktop.domain import RawArticle
from desktop.ingest import assemble, dates, furniture, officezip
from desktop.ingest.assemble import Found
from desktop.ingest.furniture import Piece
from desktop.ingest.textclean import collapse_spaces

MAX_PART_BYTES = officezip.MAX_PART_BYTES
MAX_UNPACKED_BYTES = officezip.MAX_UNPACKED_BYTES
#: A created date is the document's own only when it was last saved within this many days.
CREATED_TRUSTED_DAYS = 30
#: The file's properties date it only when nothing printed does: below any printed date.
PRIORITY_PROPERTIES = assemble.PRIORITY_FORWARDED_HEADER + 1

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = re.compile(r"/officeDocument$")


class NotAWordDocument(ValueError):
    """The bytes are not a .docx package that can be read; the message says what they are."""


_WORDING = officezip.Wording(
    NotAWordDocument, "the Word package", "a part of the Word package", "the Word file",
    damaged="the Word package is damaged", locked="the Word package is encrypted",
    not_text="a part of the Word package is not valid XML text", writer="Word",
    bad_xml="a part of the Word package is damaged XML", reads_utf16=True,
    kind="a Word (.docx) package", suffix=".docx",
    older="this is an older Word (.doc) file or a password-protected document, not a .docx "
    "package; open it in Word and save it as .docx without a password",
)  # fmt: skip


def read_docx_bytes(data: bytes) -> RawArticle:
    package = _open_package(data)
    with package:
        parts = _parts(package)
        main = _main_part(parts)
        folder = str(PurePosixPath(main).parent)
        styles = _heading_levels(parts.xml(f"{folder}/styles.xml"))
        document = parts.xml(main)
        if document is None:
            raise NotAWordDocument("the Word package has no document part; it is damaged")
        reader = _Reader(styles, _numbering(parts.xml(f"{folder}/numbering.xml")))
        body = document.find(f"{W}body")
        if body is None:
            raise NotAWordDocument("the Word document has no body; it is damaged")
        reader.block(body)
        notes = _notes(parts, folder, reader)
        header = _margin_text(parts, folder, "header")
        footer = _margin_text(parts, folder, "footer")
        properties = parts.xml("docProps/core.xml")
    found = Found()
    # The page header is furniture, read for a letterhead's name, a date or a byline.
    pieces: list[Piece] = [Piece(t, "para", furniture.OUTSIDE_MAIN_TEXT) for t in header]
    pieces += reader.pieces
    pieces += [Piece(n, "para", settled=True) for n in notes]
    pieces += [Piece(t, "para", furniture.PAGE_FOOTER) for t in footer]
    if reader.title is not None:
        found.set("title", reader.title, "the Word 'Title' style")
    _properties(properties, found, has_heading=reader.has_heading)
    article = assemble.finish(pieces, "docx", found, title_from_text=True)
    assemble.no_author_for_release(article, "Word document properties")
    _date_from_properties(article)
    return article


def _open_package(data: bytes) -> zipfile.ZipFile:
    package = officezip.open_zip(data, _WORDING)
    names = set(package.namelist())
    if "[Content_Types].xml" not in names or not any(n.endswith(".xml") for n in names):
        kind = (
            "an OpenDocument file (.odt); save it as .docx"
            if "content.xml" in names and "mimetype" in names
            else "a zip archive, not a Word document"
        )
        package.close()
        raise NotAWordDocument(f"this is {kind}")
    if any(n.startswith("xl/") for n in names) and not any(n.startswith("word/") for n in names):
        package.close()
        raise NotAWordDocument("this is an Excel workbook named .docx, not a Word document")
    if any(n.startswith("ppt/") for n in names) and not any(n.startswith("word/") for n in names):
        package.close()
        raise NotAWordDocument("this is a PowerPoint file named .docx, not a Word document")
    return package


def _parts(package: zipfile.ZipFile) -> officezip.Parts:
    # The limits are read when the package is, so that a test can lower them.
    return officezip.Parts(package, _WORDING, MAX_PART_BYTES, MAX_UNPACKED_BYTES)


def _main_part(parts: officezip.Parts) -> str:
    """The main document's name, as the package's relationships give it."""
    names = parts.names
    rels = parts.xml("_rels/.rels")
    if rels is not None:
        for rel in rels.iter(f"{_REL}Relationship"):
            if _OFFICE_DOCUMENT.search(rel.get("Type") or ""):
                target = (rel.get("Target") or "").lstrip("/")
                if target in names:
                    return target
    if "word/document.xml" in names:
        return "word/document.xml"
    raise NotAWordDocument("the package has no Word document in it (no word/document.xml)")


_HEADING_NAME = re.compile(r"^(?:heading|überschrift|titre|título|titolo|kop)\s*(\d)$", re.I)


def _heading_levels(styles: ET.Element | None) -> dict[str, int]:
    """Paragraph style id -> heading level (0 for the Title style), following ``basedOn``."""
    if styles is None:
        return {}
    own: dict[str, int] = {}
    based: dict[str, str] = {}
    for style in styles.iter(f"{W}style"):
        if style.get(f"{W}type") not in (None, "paragraph"):
            continue
        sid = style.get(f"{W}styleId") or ""
        name_el = style.find(f"{W}name")
        name = (name_el.get(f"{W}val") or "") if name_el is not None else ""
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        if name.strip().lower() == "title":
            own[sid] = 0
        elif m := _HEADING_NAME.match(name.strip()):
            own[sid] = int(m.group(1))
        elif outline is not None and (outline.get(f"{W}val") or "").isdigit():
            level = int(outline.get(f"{W}val") or "9") + 1
            if level <= 6:
                own[sid] = level
        parent = style.find(f"{W}basedOn")
        if parent is not None and parent.get(f"{W}val"):
            based[sid] = parent.get(f"{W}val") or ""
    levels = dict(own)
    for sid in based:
        seen, cur = 0, sid
        while cur not in own and cur in based and seen < 10:
            cur, seen = based[cur], seen + 1
        if cur in own:
            levels[sid] = own[cur]
    return levels


_STYLE_ID_HEADING = re.compile(r"^(?:heading|berschrift|titre|ttulo|titolo|kop)(\d)$", re.I)


def _style_level(style_id: str, levels: dict[str, int]) -> int | None:
    if style_id in levels:
        return levels[style_id]
    # Files written without a styles part (or by other programs) still use Word's style ids.
    if style_id.lower() == "title":
        return 0
    m = _STYLE_ID_HEADING.match(style_id)
    return int(m.group(1)) if m else None


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


#: (numbering format, level text such as "%1.", first number) per list and level
_ListLevels = dict[str, dict[int, tuple[str, str, int]]]


def _numbering(root: ET.Element | None) -> _ListLevels:
    """How each numbered list writes its numbers: Word keeps "1." out of the paragraph's text."""
    if root is None:
        return {}
    abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
    for definition in root.iter(f"{W}abstractNum"):
        levels: dict[int, tuple[str, str, int]] = {}
        for lvl in definition.iter(f"{W}lvl"):
            fmt = lvl.find(f"{W}numFmt")
            text = lvl.find(f"{W}lvlText")
            start = lvl.find(f"{W}start")
            level = lvl.get(f"{W}ilvl") or "0"
            first = start.get(f"{W}val") if start is not None else "1"
            if level.isdigit():
                levels[int(level)] = (
                    (fmt.get(f"{W}val") or "decimal") if fmt is not None else "decimal",
                    (text.get(f"{W}val") or "") if text is not None else "",
                    int(first) if first and first.isdigit() else 1,
                )
        abstract[definition.get(f"{W}abstractNumId") or ""] = levels
    lists: _ListLevels = {}
    for num in root.iter(f"{W}num"):
        ref = num.find(f"{W}abstractNumId")
        if ref is not None:
            lists[num.get(f"{W}numId") or ""] = abstract.get(ref.get(f"{W}val") or "", {})
    return lists


def _number_in(fmt: str, n: int) -> str | None:
    if fmt in ("decimal", "decimalZero"):
        return f"{n:02d}" if fmt == "decimalZero" and n < 10 else str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    return None  # bullets and unnumbered lists print no number


class _Reader:
    """Walks a body (or a note, header, footer) into pieces, counting note markers in order."""

    def __init__(self, levels: dict[str, int], lists: _ListLevels | None = None) -> None:
        self.levels = levels
        self.lists = lists or {}
        #: the numbers each list has reached, per level
        self.counters: dict[str, dict[int, int]] = {}
        self.pieces: list[Piece] = []
        self.title: str | None = None
        self.has_heading = False
        #: note id -> the number printed at its marker, in the order the markers appear
        self.footnotes: dict[str, str] = {}
        self.endnotes: dict[str, str] = {}

    def block(self, element: ET.Element) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{W}p":
                self.paragraph(child)
            elif tag == f"{W}tbl":
                self.table(child)
            elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{_MC}AlternateContent",
                         f"{_MC}Choice", f"{W}txbxContent"):  # fmt: skip
                self.block(child)

    def paragraph(self, p: ET.Element) -> None:
        boxes: list[ET.Element] = []
        text = collapse_spaces(self.inline(p, boxes))
        style = p.find(f"{W}pPr/{W}pStyle")
        level = _style_level(style.get(f"{W}val") or "", self.levels) if style is not None else None
        outline = p.find(f"{W}pPr/{W}outlineLvl")
        if level is None and outline is not None and (outline.get(f"{W}val") or "").isdigit():
            level = int(outline.get(f"{W}val") or "9") + 1
        if text:
            if level == 0 and self.title is None:
                self.title = text
                self.pieces.append(Piece(text, "heading1"))
                self.has_heading = True
            elif level is not None and level <= 6:
                first = level == 1 and not self.has_heading
                self.pieces.append(Piece(text, "heading1" if first else "heading"))
                self.has_heading = True
            elif (numbered := p.find(f"{W}pPr/{W}numPr")) is not None:
                self.pieces.append(Piece(f"{self.list_number(numbered)}{text}", "list"))
            else:
                self.pieces.append(Piece(text, "para"))
        for box in boxes:
            # A text box drawn beside the paragraph: its own paragraphs, after it.
            self.block(box)

    def inline(self, element: ET.Element, boxes: list[ET.Element]) -> str:
        out: list[str] = []
        for child in element:
            tag = child.tag
            if tag == f"{W}t":
                out.append(child.text or "")
            elif tag in (f"{W}tab", f"{W}ptab", f"{W}br", f"{W}cr"):
                # A line break inside a paragraph is a space, as in a page's paragraph.
                out.append(" ")
            elif tag == f"{W}noBreakHyphen":
                out.append("-")
            elif tag == f"{W}footnoteReference":
                out.append(self.marker(child, self.footnotes, str))
            elif tag == f"{W}endnoteReference":
                out.append(self.marker(child, self.endnotes, _roman))
            elif tag == f"{W}txbxContent":
                boxes.append(child)
            elif tag in (f"{W}delText", f"{W}instrText", f"{W}del", f"{W}moveFrom",
                         f"{_MC}Fallback", f"{W}footnoteRef", f"{W}endnoteRef", f"{W}rPr",
                         f"{W}pPr"):  # fmt: skip
                # Deleted text, field codes and the second copy of alternate content are not
                # what the reader sees.
                continue
            else:
                out.append(self.inline(child, boxes))
        return "".join(out)

    def list_number(self, numbered: ET.Element) -> str:
        """The number Word prints before a list paragraph ("2. ", "b) "), or "" for a bullet."""
        num_el, level_el = numbered.find(f"{W}numId"), numbered.find(f"{W}ilvl")
        num = num_el.get(f"{W}val") or "" if num_el is not None else ""
        raw_level = level_el.get(f"{W}val") or "0" if level_el is not None else "0"
        level = int(raw_level) if raw_level.isdigit() else 0
        formats = self.lists.get(num)
        if not formats or level not in formats:
            return ""
        counters = self.counters.setdefault(num, {})
        counters[level] = counters.get(level, formats[level][2] - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        fmt, pattern, _ = formats[level]
        if _number_in(fmt, counters[level]) is None or not pattern:
            return ""

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            shown = _number_in(formats.get(k, (fmt, "", 1))[0], counters.get(k, 1))
            return shown or ""

        return re.sub(r"%([1-9])", number, pattern) + " "

    @staticmethod
    def marker(ref: ET.Element, seen: dict[str, str], numeral: object) -> str:
        note = ref.get(f"{W}id") or ""
        if note not in seen:
            seen[note] = numeral(len(seen) + 1)  # type: ignore[operator]
        return f"[{seen[note]}]"

    def table(self, tbl: ET.Element) -> None:
        rows = tbl.findall(f"{W}tr")
        widths = [len(r.findall(f"{W}tc")) for r in rows]
        if not rows or max(widths, default=0) <= 1:
            # A one-column table is a box drawn round paragraphs, not a table of values.
            for row in rows:
                for cell in row.findall(f"{W}tc"):
                    self.block(cell)
            return
        for row in rows:
            cells = []
            for cell in row.findall(f"{W}tc"):
                inner = _Reader(self.levels)
                inner.footnotes, inner.endnotes = self.footnotes, self.endnotes
                inner.block(cell)
                cells.append(" ".join(p.text for p in inner.pieces))
            line = " | ".join(c for c in cells if c)
            if line:
                # A row of a table of values is the document's content, whatever its words.
                self.pieces.append(Piece(line, "para", settled=len(rows) >= 2))


def _notes(parts: officezip.Parts, folder: str, reader: _Reader) -> list[str]:
    """The text of each footnote, then each endnote, in the order of their markers."""
    out: list[str] = []
    for part, tag, seen in (
        ("footnotes.xml", "footnote", reader.footnotes),
        ("endnotes.xml", "endnote", reader.endnotes),
    ):
        root = parts.xml(f"{folder}/{part}")
        if root is None or not seen:
            continue
        texts: dict[str, str] = {}
        for note in root.iter(f"{W}{tag}"):
            if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            inner = _Reader(reader.levels)
            inner.block(note)
            text = " ".join(p.text for p in inner.pieces).strip()
            if text:
                texts[note.get(f"{W}id") or ""] = text
        out += [texts[n] for n in seen if n in texts]
    return out


def _margin_text(parts: officezip.Parts, folder: str, kind: str) -> list[str]:
    """The paragraphs of the page headers (or footers), each once."""
    found: list[str] = []
    pattern = re.compile(rf"{re.escape(folder)}/{kind}\d*\.xml")
    for name in sorted(n for n in parts.names if pattern.fullmatch(n)):
        root = parts.xml(name)
        if root is None:
            continue
        reader = _Reader({})
        reader.block(root)
        for piece in reader.pieces:
            if piece.text not in found:
                found.append(piece.text)
    return found


#: Names a template or a program writes where a person's name would be.
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:document\d*|untitled|template|.*\btemplate\b.*|letterhead|microsoft word\b.*|.*\.docx?)$",
    re.I,
)


def _properties(root: ET.Element | None, found: Found, *, has_heading: bool) -> None:
    if root is None:
        return
    title = collapse_spaces((root.findtext(f"{_DC}title") or "").strip())
    if title and not has_heading and not _PLACEHOLDER_TITLE.match(title):
        found.fallbacks.append(("title", title, "Word document properties: title"))
    creator = collapse_spaces((root.findtext(f"{_DC}creator") or "").strip())
    if creator and dates.is_person_name(creator):
        # Used only if no byline is printed: fallbacks come after the text's own names.
        found.fallbacks.append(("author", creator, "Word document properties: creator"))
    elif creator:
        found.warnings.append(
            f"the file's creator \"{creator}\" is not a person's name; it is not the author"
        )
    created = _w3c_date(root.findtext(f"{_DCTERMS}created"))
    modified = _w3c_date(root.findtext(f"{_DCTERMS}modified"))
    if created is None:
        return
    if modified is not None and (modified - created).days > CREATED_TRUSTED_DAYS:
        found.warnings.append(
            f"the file says it was created on {created.isoformat()} but last saved on "
            f"{modified.isoformat()}: the created date is likely its template's and dates nothing"
        )
        return
    found.add_date(
        PRIORITY_PROPERTIES,
        created,
        "metadata",
        "Word document properties: created"
        + (f" (last saved {modified.isoformat()})" if modified else ""),
    )


def _date_from_properties(article: RawArticle) -> None:
    """A note when the only date is the file's own: the analyst may want to check it."""
    if article.date_candidates and article.date_candidates[0].evidence.startswith(
        "Word document properties"
    ):
        article.warnings.append(
            "the publication date is the day the Word file was created; no date is printed in it"
        )


def _w3c_date(value: str | None) -> date | None:
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        # The calendar day as written in the file's own offset, as for a page's ISO times.
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
