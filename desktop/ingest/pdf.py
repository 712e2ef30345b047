"""PDF documents: the text layer read in reading order, rejoined into paragraphs.

pypdf gives the text of each page in pieces, each with where it was drawn and in what type.
From those pieces this reader rebuilds what a person reads:

- lines, from pieces drawn on one baseline; a page set in two columns is read left column
  first, then the right, in bands between lines that cross the gutter (a headline above both),
  the gutter found from rows split by a wide gap or, when the columns' lines do not share
  baselines, from where the lines start and stop; a narrow second column of list items is a
  sidebar ("Most read") and a box of short lines under a label of its own is a summary box;
- the page's furniture set aside: lines in the top and bottom margins that repeat from page to
  page once their numbers are ignored (running heads and feet, a browser's print stamp and
  address), page numbers, margin lines in smaller type than the text (a registration line),
  and the line numbers down the left of pleading paper;
- paragraphs, from lines whose spacing, indent and type say they belong together; a word
  hyphenated at a line's end is one word; a paragraph that runs onto the next column or page
  is one paragraph;
- headings, from type larger than the text (or bold and short); the first page's large type
  is where the headline and a letterhead are.

Metadata from the document information dictionary is weak evidence and is recorded with where
it came from: ``Title`` only when the pages show no heading (it is often a file name such as
"Microsoft Word - report_v3.docx"); ``Author`` only when it reads as a person's name and the
text prints no byline; ``CreationDate`` only when nothing printed dates the document, and never
when a web browser or a print driver made the file (then it is the day someone saved a page,
not the day it was published). ``ModDate`` dates nothing.

A PDF is refused with a plain reason when it is password-protected, when it has no text layer
(a scan: OCR is not done), or when it is damaged. A long PDF is read up to ``MAX_PAGES`` pages
or ``TIME_LIMIT_S`` seconds, whichever comes first, and the article's notes say so.
"""

from __future__ import annotations

import functools
import io
import itertools
import logging
import re
import statistics
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.domain import RawArticle
from desktop.ingest import assemble, dates, furniture
from desktop.ingest.assemble import Found
from desktop.ingest.furniture import Piece
from desktop.ingest.textclean import collapse_spaces

#: Pages read from one document; the rest are left out and the article's notes say so.
MAX_PAGES = 300
#: Seconds spent reading one document's pages before the rest are left out.
TIME_LIMIT_S = 20.0
#: The file's properties date it only when nothing printed does: below any printed date.
PRIORITY_PROPERTIES = assemble.PRIORITY_FORWARDED_HEADER + 1
#: Share of the page's height at the top and at the bottom where running heads and feet sit.
_MARGIN = 0.08

#: The clock the time limit is kept by (a test may wind it on).
_clock = time.monotonic


class _Repairs(logging.Handler):
    """What pypdf says it repaired or could not find while this thread reads a document.

    A damaged file makes pypdf log a warning for each thing it repairs or skips. Those are
    kept out of the analyst's way (the logger does not pass them on); the reader looks at them
    to tell a file that lost part of itself from one that is merely untidy, and reports it in
    the analyst's words."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.local = threading.local()

    def start(self) -> None:
        self.local.messages = []

    def messages(self) -> list[str]:
        return list(getattr(self.local, "messages", []))

    def emit(self, record: logging.LogRecord) -> None:
        heard = getattr(self.local, "messages", None)
        if heard is not None and len(heard) < 200:
            heard.append(record.getMessage())


_repairs = _Repairs()
_pypdf_log = logging.getLogger("pypdf")
_pypdf_log.setLevel(logging.WARNING)
_pypdf_log.propagate = False
_pypdf_log.addHandler(_repairs)
#: pypdf's word for an object that the file refers to but does not hold: part of it is lost.
_MISSING_OBJECT = re.compile(r"^Object (\d+) \d+ not defined")


class NotAReadablePdf(ValueError):
    """A PDF that cannot be read; the message says why in the analyst's words."""


@dataclass(slots=True)
class _Run:
    """A piece of text as drawn: position in points from the page's bottom left, type size."""

    x: float
    y: float
    text: str
    size: float
    bold: bool

    @property
    def end(self) -> float:
        # Fonts give no widths here without loading them: half an em a character is close
        # enough to tell a line that stops short of the gutter from one that crosses it.
        return self.x + 0.5 * self.size * len(self.text)


@dataclass(slots=True)
class _Line:
    page: int
    x: float
    y: float
    end: float
    text: str
    size: float
    bold: bool
    column: int = 0  # 0 one column or the left, 1 the right, -1 across both
    #: a table's row, its cells joined with " | ": a line of its own, whatever its type
    table: bool = False
    #: in a narrow column of list items beside the story ("Most read"): not the story
    sidebar: bool = False


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    runs: list[_Run] = field(default_factory=list)
    has_images: bool = False
    #: why the page could not be read, when it could not
    damaged: str = ""


def read_pdf_bytes(data: bytes) -> RawArticle:
    """The article in a PDF file's bytes."""
    _repairs.start()
    reader = _open(data)
    pages, notes = _read_pages(reader)
    _refuse_if_incomplete(data, pages)
    if not any(p.runs for p in pages):
        if any(p.has_images for p in pages):
            raise NotAReadablePdf(
                "the PDF has no text layer, only images of its pages (a scan?); Factlane does "
                "not read text from images (OCR is not supported): run it through OCR first"
            )
        raise NotAReadablePdf("no text found in the PDF")
    blank = [p.number for p in pages if not p.runs]
    if blank:
        shown = ", ".join(str(n) for n in blank[:10]) + (" ..." if len(blank) > 10 else "")
        notes.append(f"page(s) {shown} have no text layer (scanned?) and were left out")
    found = Found()
    pieces = _pieces(pages)
    browser_made = _information(reader, found)
    _printed_address(pieces, found, browser_made)
    found.warnings += notes
    article = assemble.finish(pieces, "pdf", found, title_from_text=True)
    assemble.no_author_for_release(article, "PDF document information")
    if article.date_candidates and article.date_candidates[0].evidence.startswith("PDF"):
        article.warnings.append(
            "the publication date is the day the PDF was made; no date is printed in it"
        )
    return article


# --- opening ---------------------------------------------------------------------------------


def _open(data: bytes) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    start = data.find(b"%PDF-", 0, 1024)
    if start < 0:
        head = data.lstrip()[:8]
        if head.startswith(b"PK"):
            what = "a zip package (a Word or other Office file?)"
        elif head.startswith(b"<"):
            what = "HTML or XML text"
        else:
            what = "something else"
        raise NotAReadablePdf(f"this is not a PDF file: it holds {what}")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged file
        raise NotAReadablePdf(_damaged(data, exc)) from exc
    try:
        encrypted = reader.is_encrypted
    except Exception as exc:
        raise NotAReadablePdf(_damaged(data, exc)) from exc
    if encrypted:
        try:
            # Many PDFs are encrypted only to restrict printing or copying: the empty user
            # password opens them, and they are read like any other.
            opened = reader.decrypt("")
        except DependencyError as exc:
            raise NotAReadablePdf(
                "the PDF is encrypted with AES, which this installation cannot open; print it "
                "to a new PDF without protection and import that"
            ) from exc
        except Exception as exc:
            raise NotAReadablePdf(f"the PDF's encryption is damaged ({_short(exc)})") from exc
        if not opened:
            raise NotAReadablePdf(
                "the PDF is password-protected; open it with its password and save or print "
                "an unprotected copy to import"
            )
    try:
        len(reader.pages)
    except FileNotDecryptedError as exc:
        raise NotAReadablePdf("the PDF is password-protected") from exc
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:
        raise NotAReadablePdf(_damaged(data, exc, "its pages cannot be found")) from exc
    return reader


def _damaged(data: bytes, exc: Exception, what: str = "it cannot be read") -> str:
    if _cut_short(data):
        return _INCOMPLETE
    return f"the PDF is damaged: {what} ({_short(exc)})"


def _cut_short(data: bytes) -> bool:
    """Whether the file stops before its end: a PDF ends with "%%EOF"."""
    return b"%%EOF" not in data[-2048:]


_INCOMPLETE = (
    "the PDF is damaged: it is incomplete, stopping before its end as an interrupted "
    "download or copy does; save or download it again"
)


def _refuse_if_incomplete(data: bytes, pages: list[_Page]) -> None:
    """A file that lost part of itself is not imported: what could be read of it would be an
    article with paragraphs missing or garbled, and nothing in the project would say so."""
    missing = [m for m in map(_MISSING_OBJECT.match, _repairs.messages()) if m]
    damaged = [p.number for p in pages if p.damaged]
    if not missing and not damaged:
        return
    if _cut_short(data):
        raise NotAReadablePdf(_INCOMPLETE)
    if damaged:
        raise NotAReadablePdf(
            f"the PDF is damaged: page {damaged[0]} cannot be read ({pages[damaged[0] - 1].damaged}); "
            "it was not imported, so that no article is stored with part of its text missing"
        )
    raise NotAReadablePdf(
        f"the PDF is damaged: part of it is missing (object {missing[0].group(1)} is not in the "
        "file); it was not imported, so that no article is stored with part of its text "
        "missing or garbled"
    )


def _short(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _read_pages(reader: Any) -> tuple[list[_Page], list[str]]:
    total = len(reader.pages)
    notes: list[str] = []
    pages: list[_Page] = []
    started = _clock()
    for index in range(total):
        if index >= MAX_PAGES:
            notes.append(
                f"only the first {MAX_PAGES} of its {total} pages were read (the limit for one "
                "article); split the document to import the rest"
            )
            break
        if _clock() - started > TIME_LIMIT_S:
            notes.append(
                f"only the first {index} of its {total} pages were read: reading stopped after "
                f"{TIME_LIMIT_S:.0f} seconds; split the document to import the rest"
            )
            break
        try:
            pages.append(_read_page(reader.pages[index], index + 1))
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:
            pages.append(_Page(index + 1, 0.0, 0.0, damaged=_short(exc)))
    return pages, notes


def _read_page(page: Any, number: int) -> _Page:
    box = page.mediabox
    left, bottom = float(box.left), float(box.bottom)
    out = _Page(number, float(box.width), float(box.height))

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        text = _letters_unspaced(text.replace("\n", " ")).translate(_AS_PRINTED)
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4] - left
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5] - bottom
        scale = (abs(tm[0] * tm[3] - tm[1] * tm[2]) * abs(cm[0] * cm[3] - cm[1] * cm[2])) ** 0.5
        name = str(font.get("/BaseFont", "")) if font else ""
        out.runs.append(_Run(x, y, text, round(size * (scale or 1.0), 1), bool(_BOLD.search(name))))

    page.extract_text(visitor_text=visit, visitor_operand_before=_ActualText())
    _drop_caps(out)
    if not out.runs:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") if hasattr(resources, "get") else None
        out.has_images = bool(xobjects)
    return out


#: Characters a font draws as one glyph or a typesetter substitutes, read as the letters a
#: reader sees: ligatures ("ﬁ" is "fi"), and the typographic hyphens that are plain hyphens.
_AS_PRINTED = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
     "\u2010": "-", "\u2011": "-"}
)  # fmt: skip
#: Text-showing operators, whose glyphs a marked span's /ActualText stands for.
_SHOWS_TEXT = frozenset([b"Tj", b"TJ", b"'", b'"'])


class _ActualText:
    """Reads each marked span that says what its glyphs stand for (``/ActualText``) as that
    text: browsers and office suites draw a ligature as one glyph and a soft hyphen as a blank
    one, and say in the span what a reader should copy ("fi", U+00AD).

    Called by pypdf before each operator of the page's content (``visitor_operand_before``):
    the first text shown inside such a span is given as the span's text, and the rest of the
    span's glyphs are shown as nothing.
    """

    def __init__(self) -> None:
        self.open: list[str | None] = []  # per open marked span: its text while not yet shown

    def __call__(self, operator: bytes, operands: Any, cm: Any, tm: Any) -> None:
        if operator in (b"BDC", b"BMC"):
            said = None
            if operator == b"BDC" and len(operands) >= 2 and hasattr(operands[1], "get"):
                said = _text_string(operands[1].get("/ActualText"))
            self.open.append(said)
        elif operator == b"EMC":
            if self.open:
                self.open.pop()
        elif operator in _SHOWS_TEXT and operands and any(a is not None for a in self.open):
            depth = max(i for i, a in enumerate(self.open) if a is not None)
            text, self.open[depth] = self.open[depth] or "", ""
            # A plain str is taken by pypdf as the text itself, not as codes in the font.
            if operator == b"TJ":
                from pypdf.generic import ArrayObject

                operands[0] = ArrayObject([text])
            else:
                operands[-1] = text


def _text_string(value: Any) -> str | None:
    """A PDF text string as text. Read with the page's content, where strings are left as the
    font's codes, it comes as bytes: UTF-16 after a byte-order mark, else PDFDocEncoding."""
    if value is None:
        return None
    raw = value.get_original_bytes() if hasattr(value, "get_original_bytes") else value
    if isinstance(raw, str):
        return raw
    if not isinstance(raw, bytes):
        return None
    if raw[:2] in (b"\xfe\xff", b"\xff\xfe"):
        return raw.decode("utf-16", errors="replace")
    # PDFDocEncoding is Latin-1 in the printable range that ActualText uses.
    return raw.decode("latin-1")


_SPACED_WORD = re.compile(r"^(?:\S{1,2} ){2,}\S{1,2}$")


def _letters_unspaced(text: str) -> str:
    """Letter-spaced type ("O P I N I O N", "F E AT U R E S  ·  N E W S") as its words: the
    spacing puts a gap after every letter, and the words are set apart by wider gaps."""
    if "  " not in text and not _SPACED_WORD.match(text.strip()):
        return text
    groups = re.split(r"( {2,})", text)
    out = []
    for group in groups:
        letters = group.split(" ")
        if _SPACED_WORD.match(group) and sum(len(t) == 1 for t in letters) >= 0.6 * len(letters):
            out.append("".join(letters))
        else:
            out.append(group)
    return "".join(out)


def _drop_caps(page: _Page) -> None:
    """A drop cap, the paragraph's first letter set large beside its first lines, joins the
    word it begins ("W" + "alk into" is "Walk into")."""
    if not page.runs:
        return
    usual = statistics.median(r.size for r in page.runs)
    for cap in [r for r in page.runs if len(r.text.strip()) == 1 and r.text.strip().isupper()]:
        if cap.size < 2 * usual:
            continue
        beside = [
            r
            for r in page.runs
            if r is not cap
            and 0 < r.x - cap.x <= 2 * cap.size
            and 0 <= r.y - cap.y <= 1.5 * cap.size
            and r.text[:1].islower()
        ]
        if beside:
            first = max(beside, key=lambda r: r.y)
            first.text = cap.text.strip() + first.text
            for run in beside:
                # The lines the cap indented start at the column's edge, like the rest.
                run.x = cap.x
            page.runs.remove(cap)


_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)


# --- pages to lines --------------------------------------------------------------------------

_NUMBER_ONLY = re.compile(r"^\s*\d{1,3}\s*$")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I
)


def _without_line_numbers(page: _Page) -> None:
    """Pleading paper numbers its lines down the left margin: those numbers are not text."""
    numbers = [r for r in page.runs if _NUMBER_ONLY.match(r.text)]
    words = [r for r in page.runs if not _NUMBER_ONLY.match(r.text)]
    if len(numbers) < 5 or not words:
        return
    text_left = min(r.x for r in words)
    margin = [r for r in numbers if r.end <= text_left + 1]
    if len(margin) >= 5:
        page.runs = [r for r in page.runs if r not in margin]


def _lines_of(page: _Page) -> list[_Line]:
    """The page's runs grouped by baseline, in columns when the page is set in two."""
    runs = sorted(page.runs, key=lambda r: (-r.y, r.x))
    rows: list[list[_Run]] = []
    for run in runs:
        if rows and abs(rows[-1][0].y - run.y) <= 0.4 * max(run.size, rows[-1][0].size):
            rows[-1].append(run)
        else:
            rows.append([run])
    for row in rows:
        row.sort(key=lambda r: r.x)
    table = _table_rows(rows)
    text_rows = [row for n, row in enumerate(rows) if n not in table]
    gutter = _gutter(text_rows, page.width)
    if gutter is None:
        gutter = _gutter_beside(text_rows, page.width)
    lines: list[_Line] = []
    for n, row in enumerate(rows):
        if n in table:
            lines.append(_table_line(row, page.number))
            continue
        if gutter is None:
            lines.append(_joined(row, page.number, 0))
            continue
        split = _second_column_at(row, gutter)
        left, right = row[:split], row[split:]
        if any(gutter <= r.end - 0.05 * page.width for r in left):
            # A line across the gutter (a headline over both columns) stands on its own.
            lines.append(_joined(row, page.number, -1))
            continue
        if left:
            lines.append(_joined(left, page.number, 0))
        if right:
            lines.append(_joined(right, page.number, 1))
    if gutter is None:
        return lines
    _sidebar(lines, page.width)
    return _column_order(lines)


def _second_column_at(row: list[_Run], gutter: float) -> int:
    """Where ``row`` passes into the second column: at the first run past the gutter, or at
    one that starts a little short of it after a wide gap or at the row's start. A sidebar's
    heading or a list's numbers stand out a little to the left of its text (a box's padding,
    an item's number), and must not join the headline beside them across the gutter."""
    for n, run in enumerate(row):
        if run.x >= gutter:
            return n
        near = run.x >= gutter - 3 * run.size
        if near and (n == 0 or run.x - row[n - 1].end > 1.5 * row[n - 1].size):
            return n
    return len(row)


#: The first words of a list's item: a bullet or an item's number.
_ITEM_OPENING = re.compile(r"^\s*(?:[-•*▪◦–·]|\(?\d{1,2}[.)])\s")


def _sidebar(lines: list[_Line], width: float) -> None:
    """A narrow second column of short lines that reads as a list (numbered or bulleted
    items, or lines too short to be a column of prose) is a sidebar beside the story ("Most
    read", "Related"), not the story's second column: its lines are marked so."""
    by_page: dict[int, list[_Line]] = {}
    for line in lines:
        if line.column == 1 and not line.table:
            by_page.setdefault(line.page, []).append(line)
    for column in by_page.values():
        if len(column) < 3:
            continue
        measure = max(ln.end for ln in column) - min(ln.x for ln in column)
        if measure > 0.3 * width:
            continue
        words = sorted(len(ln.text.split()) for ln in column)
        items = sum(bool(_ITEM_OPENING.match(ln.text)) for ln in column)
        prose = sum(bool(_TERMINAL.search(ln.text)) for ln in column)
        if (items >= 2 or words[len(words) // 2] <= 4) and prose <= len(column) // 4:
            for line in column:
                line.sidebar = True


#: The first cell of a list item, not of a table: a bullet or an item's number.
_ITEM_MARK = re.compile(r"^\s*(?:[-•*▪◦–·]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s*$")


def _table_rows(rows: list[list[_Run]]) -> set[int]:
    """The rows of a table, by index: three or more rows in a row whose cells start at the
    same places. A table's cells can sit closer than the spaces between words would suggest,
    so the columns' alignment down the rows tells a table, not the gaps in one row."""

    def starts(row: list[_Run]) -> list[float]:
        return [r.x for r in row]

    def cells(row: list[_Run]) -> bool:
        if len(row) < 2 or any(not r.text.strip() for r in row):
            return False
        return len(row) >= 3 or not _ITEM_MARK.match(row[0].text)

    def aligned(a: list[_Run], b: list[_Run]) -> bool:
        if abs(a[0].x - b[0].x) > 2 or abs(a[0].y - b[0].y) > 4 * max(a[0].size, b[0].size):
            return False
        fewer, more = sorted((starts(a)[1:], starts(b)[1:]), key=len)
        return all(any(abs(x - y) <= 2 for y in more) for x in fewer)

    def table(found: list[int]) -> bool:
        # Columns of prose also line up down the rows; a table's cells are short.
        lengths = sorted(len(r.text.strip()) for n in found for r in rows[n])
        return len(found) >= 3 and lengths[len(lengths) // 2] <= 20 and lengths[-1] <= 60

    out: set[int] = set()
    run: list[int] = []
    for n, row in enumerate(rows):
        if cells(row) and (not run or aligned(rows[run[-1]], row)):
            run.append(n)
            continue
        if table(run):
            out.update(run)
        run = [n] if cells(row) else []
    if table(run):
        out.update(run)
    return out


def _table_line(row: list[_Run], page: int) -> _Line:
    text = " | ".join(collapse_spaces(r.text.replace(SOFT_HYPHEN, "")).strip() for r in row)
    size = max(row, key=lambda r: len(r.text)).size
    bold = all(r.bold for r in row)
    return _Line(page, row[0].x, row[0].y, row[-1].end, text, size, bold, 0, table=True)


def _gutter(rows: list[list[_Run]], width: float) -> float | None:
    """Where a page set in two columns is divided, when three or more lines say so."""
    starts: Counter[int] = Counter()
    for row in rows:
        gaps = _wide_gaps(row)
        # A row with two wide gaps or more is a table's row, not two columns of text. A
        # sidebar beside the story starts further right than a column does.
        if len(gaps) == 1 and 0.3 * width <= gaps[0].x <= 0.8 * width:
            starts[round(gaps[0].x / 6)] += 1
    if not starts:
        return None
    key, count = starts.most_common(1)[0]
    count += starts.get(key - 1, 0) + starts.get(key + 1, 0)
    return key * 6 - 6 if count >= 3 else None


def _gutter_beside(rows: list[list[_Run]], width: float) -> float | None:
    """Where a page is divided into two columns whose lines do not share baselines (the
    columns set with different spacing, or one of them opening with a heading): three or more
    lines start at one place right of the page's middle third, three or more lines beside them
    end short of it, and no line in that band of the page crosses it."""
    starts: Counter[int] = Counter()
    for row in rows:
        for n, run in enumerate(row):
            opens = n == 0 or run.x - row[n - 1].end > 1.5 * row[n - 1].size
            if opens and 0.3 * width <= run.x <= 0.8 * width:
                starts[round(run.x / 3)] += 1
    for key, count in starts.most_common(3):
        if count < 3:
            break
        edge = min(
            r.x for row in rows for r in row if abs(r.x - key * 3) <= 3 and r.x >= 0.3 * width
        )
        column = [row for row in rows if any(abs(r.x - edge) <= 4 for r in row)]
        top, foot = max(row[0].y for row in column), min(row[0].y for row in column)
        band = [row for row in rows if foot - 1 <= row[0].y <= top + 1]
        beside = crossing = 0
        for row in band:
            left = [r for r in row if r.x < edge - 1]
            if any(r.end - 0.05 * width > edge for r in left):
                crossing += 1
            elif left and left[0].x < edge - 0.2 * width:
                beside += 1
        if beside >= 3 and not crossing:
            return edge - 1
    return None


def _wide_gaps(row: list[_Run]) -> list[_Run]:
    """The runs of a row that begin after a gap wider than the spaces between words."""
    return [b for a, b in itertools.pairwise(row) if b.x - a.end > 1.5 * a.size]


def _column_order(lines: list[_Line]) -> list[_Line]:
    """Left column, then right, within each band between lines that cross the gutter."""
    out: list[_Line] = []
    band: list[_Line] = []
    for line in lines:
        if line.column < 0:
            out += sorted(band, key=lambda ln: ln.column)
            band = []
            out.append(line)
        else:
            band.append(line)
    return out + sorted(band, key=lambda ln: ln.column)


def _joined(row: list[_Run], page: int, column: int) -> _Line:
    # Three cells or more on one baseline, set apart by wide gaps, are a table's row: its
    # cells are joined with " | ", as a Word table's are, so a figure keeps its row's label.
    cells = set(map(id, _wide_gaps(row))) if len(_wide_gaps(row)) >= 2 else set()
    main = max(row, key=lambda r: len(r.text))
    text = ""
    for run in row:
        # A note's marker set small and raised ("period.[1]") belongs to the word before it.
        raised = (
            run.size < 0.85 * main.size
            and run.y > main.y + 0.15 * main.size
            and _MARKER.match(run.text) is not None
        )
        if id(run) in cells:
            text = text.rstrip() + " | "
        elif raised:
            text = text.rstrip()
        elif text and not text.endswith(" ") and not run.text.startswith(" "):
            text += " "
        text += run.text.lstrip() if id(run) in cells or raised else run.text
    size = max(row, key=lambda r: len(r.text)).size
    bold = all(r.bold for r in row)
    # A soft hyphen is invisible inside a line; at its end, where the layout broke the word
    # and drew a hyphen for it, it stays as the mark that the word goes on (see _piece).
    text = _SOFT_HYPHEN_AT_END.sub(SOFT_HYPHEN, text)
    text = text[:-1].replace(SOFT_HYPHEN, "") + text[-1:]
    return _Line(page, row[0].x, row[0].y, row[-1].end, collapse_spaces(text), size, bold, column)


SOFT_HYPHEN = "\u00ad"
#: A note's marker as printed: "[1]", "1", "(ii)", "*", "†".
_MARKER = re.compile(r"^\s*(?:[\[(]?(?:\d{1,3}|[ivx]{1,5})[\])]?|[*†‡])\s*$")
_SOFT_HYPHEN_AT_END = re.compile(r"\u00ad\s*-?\s*$")


def _margin_furniture(pages: list[_Page], lines: list[_Line], body_size: float) -> dict[int, str]:
    """Lines that are page furniture, by index, with the reason: running heads and feet and
    page numbers (``PAGE_FOOTER``); other small type in the margins, which may still carry
    the document's date or a byline (``OUTSIDE_MAIN_TEXT``)."""
    height = {p.number: p.height for p in pages}

    def in_margin(line: _Line) -> bool:
        h = height[line.page]
        return line.y >= (1 - _MARGIN) * h or line.y <= _MARGIN * h

    keys: dict[tuple[str, int], set[int]] = {}
    for line in lines:
        if in_margin(line):
            keys.setdefault((_repeat_key(line.text), round(line.y / 4)), set()).add(line.page)
    many_pages = len(pages) >= 2
    out: dict[int, str] = {}
    for n, line in enumerate(lines):
        if not in_margin(line):
            continue
        # A running head repeats at one place on the page, set off from the text block by
        # space or smaller type; the text's own first line on each page is neither.
        repeated = (
            many_pages
            and len(keys.get((_repeat_key(line.text), round(line.y / 4)), ())) >= 2
            and (line.size < 0.95 * body_size or _set_off(n, lines, body_size))
        )
        if repeated or _PAGE_NUMBER.match(line.text):
            out[n] = furniture.PAGE_FOOTER
        elif line.size < 0.9 * body_size:
            out[n] = furniture.OUTSIDE_MAIN_TEXT
    return out


def _set_off(n: int, lines: list[_Line], body_size: float) -> bool:
    """Whether line ``n`` stands apart from the nearest lines above and below it on its page."""
    line = lines[n]
    near = [
        abs(other.y - line.y)
        for other in lines[max(0, n - 3) : n + 4]
        if other is not line and other.page == line.page and other.column == line.column
    ]
    return not near or min(near) > 1.6 * body_size


def _repeat_key(text: str) -> str:
    return re.sub(r"\d+", "#", furniture.text_key(text))


# --- lines to paragraphs ---------------------------------------------------------------------

_TERMINAL = re.compile(r"[.!?:;\"'”’)\]]$")
_LIST_START = re.compile(r"^(?:[-•*▪◦–]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
_BROKEN_WORD = re.compile(r"[A-Za-zÀ-ÿ]-$")


def _pieces(pages: list[_Page]) -> list[Piece]:
    lines: list[_Line] = []
    for page in pages:
        _without_line_numbers(page)
        lines += _lines_of(page)
    if not lines:
        return []
    body_size = _body_size(lines)
    aside = _margin_furniture(pages, lines, body_size)
    for n, line in enumerate(lines):
        if line.sidebar and n not in aside:
            aside[n] = furniture.TEASER
    # What the first page prints above its text (a masthead's date strip) stays in front,
    # where a date line is looked for; the rest of the margins' lines go after the text.
    first_page = lines[0].page
    text_top = max(
        (ln.y for n, ln in enumerate(lines)
         if n not in aside and ln.page == first_page and abs(ln.size - body_size) < 0.1 * body_size),
        default=0.0,
    )  # fmt: skip
    above = {
        n
        for n in aside
        if lines[n].page == first_page and lines[n].y > text_top and not lines[n].sidebar
    }
    head = [Piece(lines[n].text, "para", aside[n]) for n in sorted(above)]
    feet = [Piece(lines[n].text, "para", aside[n]) for n in sorted(aside) if n not in above]
    text_lines = [ln for n, ln in enumerate(lines) if n not in aside]
    leading = _leading(text_lines, body_size)
    lefts = _column_lefts(text_lines)
    rights = _column_rights(text_lines)
    boxed = _boxed(text_lines, lefts, body_size)
    paragraphs: list[list[_Line]] = []
    for line in text_lines:
        if (
            paragraphs
            and id(line) not in boxed
            and id(paragraphs[-1][-1]) not in boxed
            and _continues(paragraphs[-1][-1], line, body_size, leading, lefts, rights)
        ):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    words = _hyphenated_words(text_lines)
    pieces = [_piece(p, body_size, pages[0].number, words) for p in paragraphs]
    for piece, paragraph in zip(pieces, paragraphs, strict=True):
        if id(paragraph[0]) in boxed:
            piece.reason = furniture.SUMMARY_BOX
    _letterhead_under_largest(pieces, paragraphs)
    _standfirst(pieces, paragraphs, body_size)
    _table_captions(pieces, paragraphs)
    return head + _notes_at_end(pieces) + feet


def _letterhead_under_largest(pieces: list[Piece], paragraphs: list[list[_Line]]) -> None:
    """The headline is the largest type on the first page: a letterhead's name set large but
    smaller above it ("Tarn Valley Hospice" in 14 point over an 18-point headline) is no
    headline of its own, only a heading over it."""
    sizes = [
        statistics.median(ln.size for ln in paragraph) if piece.kind == "heading1" else 0.0
        for piece, paragraph in zip(pieces, paragraphs, strict=True)
    ]
    largest = max(sizes, default=0.0)
    if not largest:
        return
    top = sizes.index(largest)
    for n in range(top):
        if pieces[n].kind == "heading1" and sizes[n] < largest - 0.5:
            pieces[n].kind = "heading"


def _boxed(lines: list[_Line], lefts: dict[tuple[int, int], float], body: float) -> set[int]:
    """The lines of a box set inside the column (key points, "At a glance"), by ``id``: a
    short label set in from the column's edge, as a box's padding sets it, in other type than
    the text (bold, or another size), over two or more lines set in at least as far. The box
    ends where the lines come back to the column's edge. A list in the text is set in too, but
    under a line of the text at the edge ("... including:"), not under a label of its own."""
    out: set[int] = set()
    for n, label in enumerate(lines):
        left = lefts.get((label.page, label.column), label.x)
        indent = label.x - left
        if not 0.5 * label.size <= indent <= 4 * label.size or label.table:
            continue
        if len(label.text.split()) > 5 or _TERMINAL.search(label.text.rstrip(":")):
            continue
        if not (label.bold or abs(label.size - body) > 0.05 * body):
            continue
        block = []
        for line in lines[n + 1 :]:
            if (line.page, line.column) != (label.page, label.column) or line.x < label.x - 1:
                break
            block.append(line)
        if len(block) >= 2 and all(len(ln.text.split()) <= 16 for ln in block):
            out.update(id(ln) for ln in [label, *block])
    return out


#: A table's caption: "Table 1. Median rent by area", "Table 2:".
_TABLE_CAPTION = re.compile(r"^(?:table|tab\.)\s+[0-9IVXivx]{1,4}\b")


def _table_captions(pieces: list[Piece], paragraphs: list[list[_Line]]) -> None:
    """A table's caption above it is part of the text with the table, even in the smaller
    type that sets aside other captions (a photograph's)."""
    for n in range(1, len(pieces)):
        caption = pieces[n - 1]
        if (
            paragraphs[n][0].table
            and caption.reason == furniture.OUTSIDE_MAIN_TEXT
            and _TABLE_CAPTION.match(caption.text.strip().casefold())
        ):
            caption.reason = None


_NOTE_OPENING = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)]?)\s+(?=\S)")


def _notes_at_end(pieces: list[Piece]) -> list[Piece]:
    """Footnotes, set in smaller type at a page's foot or under "Notes", are part of the
    document, as a Word file's are: each note whose number is a marker printed in the text
    above it ("[2]") is kept, without its number, after the text."""
    markers: set[str] = set()
    text: list[Piece] = []
    notes: list[Piece] = []
    for piece in pieces:
        m = _NOTE_OPENING.match(piece.text)
        number = (m.group(1) or m.group(2)) if m else None
        if piece.reason == furniture.OUTSIDE_MAIN_TEXT and m and number in markers:
            notes.append(Piece(piece.text[m.end() :].strip(), "para"))
            continue
        if piece.reason is None:
            markers.update(re.findall(r"\[(\d{1,3})\]", piece.text))
        text.append(piece)
    return text + notes


_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*")


def _hyphenated_words(lines: list[_Line]) -> set[str]:
    """The compounds the document writes with a hyphen inside a line ("two-year"): a line
    ending "two-" before "year" keeps its hyphen when the document writes the word so."""
    return {w.casefold() for ln in lines for w in _WORD.findall(ln.text) if "-" in w}


def _standfirst(pieces: list[Piece], paragraphs: list[list[_Line]], body: float) -> None:
    """The sentence under a headline in larger type than the text (a standfirst, a dek) is
    not the story: set aside, as on a web page. Looked for between the headline and the
    first paragraph in the text's own size."""
    titles = [n for n, p in enumerate(pieces) if p.kind == "heading1"]
    if not titles:
        return
    largest = 0.0
    for n in range(titles[0], min(len(pieces), titles[0] + 5)):
        piece, size = pieces[n], statistics.median(ln.size for ln in paragraphs[n])
        if piece.reason is not None:
            continue
        if abs(size - body) < 0.05 * body:
            return  # the text has begun
        words = len(piece.text.split())
        # A standfirst can be set nearly as large as a headline is on a page whose text is
        # small; it is still set well below the headline over it, in plain type, and is a
        # sentence rather than a few words.
        under_headline = piece.kind != "heading1" or (
            size < 0.75 * largest and not any(ln.bold for ln in paragraphs[n])
        )
        if n > titles[0] and size >= 1.08 * body and under_headline and words >= 8:
            piece.reason = furniture.STANDFIRST
            piece.kind = "para"
        elif piece.kind == "heading1":
            largest = max(largest, size)


def _body_size(lines: list[_Line]) -> float:
    weight: Counter[float] = Counter()
    for line in lines:
        weight[round(line.size * 2) / 2] += len(line.text)
    return weight.most_common(1)[0][0]


def _leading(lines: list[_Line], body_size: float) -> float:
    gaps = [
        a.y - b.y
        for a, b in itertools.pairwise(lines)
        if a.page == b.page
        and a.column == b.column
        and abs(a.size - body_size) < 0.5
        and abs(b.size - body_size) < 0.5
        and 0 < a.y - b.y < 4 * body_size
    ]
    # The spacing inside paragraphs is the most common and the smallest; the gaps between
    # paragraphs are fewer, but in a short document they can be half of all gaps.
    return sorted(gaps)[len(gaps) // 4] if gaps else 1.2 * body_size


def _column_lefts(lines: list[_Line]) -> dict[tuple[int, int], float]:
    """The usual left edge of each page's column: where most of its lines start."""
    starts: dict[tuple[int, int], Counter[int]] = {}
    for line in lines:
        starts.setdefault((line.page, line.column), Counter())[round(line.x)] += 1
    return {k: float(c.most_common(1)[0][0]) for k, c in starts.items()}


def _column_rights(lines: list[_Line]) -> dict[tuple[int, int], float]:
    """Where each page's column ends: nine lines in ten stop before it."""
    ends: dict[tuple[int, int], list[float]] = {}
    for line in lines:
        ends.setdefault((line.page, line.column), []).append(line.end)
    return {k: sorted(v)[int(0.9 * (len(v) - 1))] for k, v in ends.items()}


#: Lines that open with a field's label start a block of their own: "Case No. 2024-CV-3318"
#: under the parties, "Dated: March 4, 2025" under an order's last paragraph.
_FIELD_OPENS_LINE = re.compile(
    r"^(?:(?:case|claim|docket|index|file|ref(?:erence)?)\s+(?:no\b|number)|"
    r"(?:dated|date|filed|issued|published|updated|posted)\b\s*:?\s*\S)",
    re.I,
)


def _set_apart(line: _Line, body: float, lefts: dict[tuple[int, int], float],
               rights: dict[tuple[int, int], float]) -> bool:  # fmt: skip
    """A line that stands alone: centred on the column, or in capitals at the text's size (a
    court's caption, "PRESS RELEASE", "ENDS")."""
    letters = [c for c in line.text if c.isalpha()]
    if len(letters) >= 3 and not any(c.islower() for c in letters) and line.size < 1.15 * body:
        return True
    key = (line.page, line.column)
    left, right = lefts.get(key, line.x), rights.get(key, line.end)
    indent, short_by = line.x - left, right - line.end
    # A line as wide as most of the column is not centred on it (the ends here are estimates).
    narrow = line.end - line.x < 0.75 * (right - left)
    return indent > 2 * line.size and abs(indent - short_by) < 3 * line.size and narrow


def _continues(prev: _Line, line: _Line, body: float, leading: float,
               lefts: dict[tuple[int, int], float], rights: dict[tuple[int, int], float]) -> bool:  # fmt: skip
    """Whether ``line`` carries on the paragraph that ``prev`` ends."""
    if prev.table or line.table:
        return False
    if _LIST_START.match(line.text) or _FIELD_OPENS_LINE.match(line.text):
        return False
    if _FIELD_OPENS_LINE.match(prev.text) and len(prev.text.split()) <= 8:
        return False  # a date or reference line stands alone
    if abs(prev.size - line.size) > 0.1 * body or prev.bold != line.bold:
        return False
    if _meta_line(prev.text) and _meta_line(line.text):
        return False  # "Live reporting by A and B" above its date line: two lines, two facts
    if _set_apart(prev, body, lefts, rights) or _set_apart(line, body, lefts, rights):
        return False
    ends_sentence = bool(_TERMINAL.search(prev.text))
    if (line.page, line.column) != (prev.page, prev.column):
        # Onto the next column or page: only a sentence cut in two carries on.
        return not ends_sentence and not line.text[:1].isupper()
    gap = prev.y - line.y
    # Larger type (a headline over two lines) is set with proportionally wider spacing.
    if gap <= 0 or gap > 1.45 * leading * max(1.0, line.size / body):
        return False
    left = lefts.get((line.page, line.column), line.x)
    if ends_sentence and line.x > left + 1.2 * line.size:
        return False  # a first-line indent opens a paragraph
    return not (ends_sentence and prev.end < _right_edge(prev, lefts) * 0.8)


@functools.lru_cache(maxsize=512)
def _meta_line(text: str) -> bool:
    """A short line that only names the author or gives a date."""
    if len(text.split()) > 16 or (
        not any(c.isdigit() for c in text) and " by " not in f" {text.lower()}"
    ):
        return False
    facts = dates.read_meta_line(text)
    if facts is not None:
        return bool(facts.authors or facts.dates)
    # A strip of stamps ("Thu 9 Jan 2025 07.15 GMT Last modified on ...") opens with its date.
    return bool(dates.full_dates(" ".join(text.split()[:5]))[0])


def _right_edge(line: _Line, lefts: dict[tuple[int, int], float]) -> float:
    # The column's measure is not known from the runs; the line before a short last line is
    # as wide as the column, so a generous fraction of the page serves as the edge.
    return max(lefts.get((line.page, line.column), line.x) + 40 * line.size * 0.5, line.end)


def _piece(paragraph: list[_Line], body: float, first_page: int, compounds: set[str]) -> Piece:
    text = ""
    for line in paragraph:
        if text.endswith(SOFT_HYPHEN):
            text = text[:-1] + line.text  # a word the layout hyphenated, marked as such
        elif text and _BROKEN_WORD.search(text) and line.text[:1].islower():
            before = _WORD.findall(text)[-1].casefold()
            after = _WORD.findall(line.text)
            if after and f"{before}-{after[0].casefold()}" in compounds:
                text += line.text  # "two-" / "year": a compound the text writes so
            else:
                # "with-" / "out": a word the layout broke at the margin.
                text = text[:-1] + line.text
        else:
            text = f"{text} {line.text}" if text else line.text
    text = collapse_spaces(text)
    if paragraph[0].table:
        return Piece(text, "para")  # a table's row, in whatever type the table is set
    size = statistics.median(ln.size for ln in paragraph)
    words = len(text.split())
    if size < 0.9 * body:
        # Smaller type than the text: a letterhead's address, a caption, a box, an advert,
        # a footnote. Set aside, and still read for a date or a byline.
        return Piece(text, "para", furniture.OUTSIDE_MAIN_TEXT)
    if size >= 1.3 * body and paragraph[0].page == first_page:
        kind = "heading1"
    elif size >= 1.15 * body or (
        all(ln.bold for ln in paragraph) and words <= 12 and not text.endswith(".")
    ):
        kind = "heading"
    elif _LIST_START.match(text):
        kind = "list"
    else:
        kind = "para"
    return Piece(text, kind)


# --- the document information dictionary -----------------------------------------------------

_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
#: Programs that make a PDF of a page someone is looking at: the date is the day of saving.
_SAVED_BY = re.compile(
    r"skia|chrom|mozilla|firefox|safari|webkit|edge|wkhtmltopdf|print\s*to\s*pdf|"
    r"quartz\s*pdfcontext|microsoft:\s*print|cups|cairo|ghostscript.*ps2pdf|pdfcreator|"
    r"cutepdf|bullzip|dopdf|foxit\s*(?:reader|phantom)?\s*printer",
    re.I,
)
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:untitled|document\d*|template|slide\s*\d+|.*\.(?:docx?|pdf|odt|rtf|indd|pptx?|xlsx?|txt))$",
    re.I,
)


def _information(reader: Any, found: Found) -> bool:
    """Read the document information dictionary into ``found``; True when a web browser or a
    print driver made the file."""
    try:
        info = reader.metadata
    except (MemoryError, RecursionError):
        raise
    except Exception:
        info = None
    if not info:
        return False

    def value(key: str) -> str:
        try:
            raw = info.get(key)
        except Exception:
            return ""
        return collapse_spaces(str(raw)) if raw is not None else ""

    title = re.sub(
        r"^microsoft\s+(?:word|powerpoint|excel)\s*-\s*", "", value("/Title"), flags=re.I
    )
    if title and not _PLACEHOLDER_TITLE.match(title):
        found.fallbacks.append(("title", title, "PDF document information: Title"))
    author = value("/Author")
    if author and dates.is_person_name(author):
        found.fallbacks.append(("author", author, "PDF document information: Author"))
    elif author:
        found.warnings.append(
            f"the PDF's Author field \"{author}\" is not a person's name; it is not the author"
        )
    program = f"{value('/Producer')} {value('/Creator')}"
    saved_by = bool(_SAVED_BY.search(program))
    made = _pdf_date(value("/CreationDate"))
    if made is None:
        return saved_by
    if saved_by:
        found.warnings.append(
            f"the PDF was made on {made.isoformat()} by {program.strip()[:60]!r}, a browser or "
            "print driver: that is the day it was saved, not published, and dates nothing"
        )
        return saved_by
    found.add_date(PRIORITY_PROPERTIES, made, "metadata", "PDF document information: CreationDate")
    return saved_by


#: A web address alone on a margin line, perhaps with the page's number beside it ("1/3").
_ADDRESS_LINE = re.compile(
    r"^(?P<url>https?://[^\s/]+\.[^\s/]+(?:/\S*)?)(?:\s+(?P<count>\d{1,4}\s*/\s*\d{1,4}))?$",
    re.I,
)


def _printed_address(pieces: list[Piece], found: Found, browser_made: bool) -> None:
    """The page's address that a browser prints at the foot of each page is the article's
    ``url``: taken from a margin line when a browser made the file or the line carries the
    page count as a browser prints it ("https://... 1/3")."""
    for piece in pieces:
        if piece.reason not in (furniture.PAGE_FOOTER, furniture.OUTSIDE_MAIN_TEXT):
            continue
        m = _ADDRESS_LINE.match(piece.text.strip())
        if m and (browser_made or m.group("count")):
            found.set("url", m.group("url"), "the address printed at the page's foot")
            return


def _pdf_date(text: str) -> date | None:
    m = _PDF_DATE.match(text.strip())
    if m is None or m.group(2) is None or m.group(3) is None:
        return None
    try:
        # The calendar day in the offset the date was written in, as for a page's ISO times.
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
