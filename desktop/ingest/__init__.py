"""Readers that turn article files into a RawArticle: text, metadata, furniture set aside.

One entry point per way an article arrives: ``read_file`` (a path), ``read_bytes`` (the bytes
of a named file), ``read_pasted`` (text or HTML from the clipboard). Every reader produces the
same shape: the cleaned body, every block read (kept, or removed with a reason so the analyst
can restore it with ``rebuild``), the metadata with where each field came from, and the
candidates for the publication date.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from pathlib import Path

from desktop.domain import Block, DateCandidate, RawArticle, body_from_blocks
from desktop.ingest import assemble as _assemble
from desktop.ingest import dates as _dates
from desktop.ingest import docx as _docx
from desktop.ingest import feed as _feed
from desktop.ingest import furniture as _furniture
from desktop.ingest import html as _html
from desktop.ingest import mhtml as _mhtml
from desktop.ingest import odt as _odt
from desktop.ingest import plain as _plain
from desktop.ingest import rtf as _rtf
from desktop.ingest import undated as _undated
from desktop.ingest.textclean import NotTextError, decode

#: Files larger than this are refused before anything is read into memory.
MAX_FILE_BYTES = 50 * 1024 * 1024

#: File suffix -> format name.
SUPPORTED_SUFFIXES = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    # A message saved by a mail program (RFC 5322 with MIME parts): the plain-text reader
    # reads its header and the part a mail reader would show.
    ".eml": "eml",
    # An RSS or Atom feed, or one item of it (see ingest.feed: a feed of several items is
    # read as one document; ``feed_items`` splits it).
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    # Reports, court papers, press releases and e-papers: the text layer of a PDF (see
    # ingest.pdf) and the paragraphs of a Word document (see ingest.docx).
    ".pdf": "pdf",
    ".docx": "docx",
    # OpenDocument text (LibreOffice, Google Docs' export): see ingest.odt.
    ".odt": "odt",
    # A page saved by a browser as one file, "Webpage, single file": see ingest.mhtml.
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    # Rich Text Format: news databases' "Download as RTF" (LexisNexis, Factiva, Westlaw) and
    # Word's or WordPad's "Save as RTF"; see ingest.rtf (an export of several articles is read
    # as one document; ``rtf_items`` splits it).
    ".rtf": "rtf",
}

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "feed_items",
    "read_bytes",
    "read_file",
    "read_pasted",
    "rebuild",
    "require_article_text",
    "rtf_items",
    "set_block_kept",
]


class IngestError(Exception):
    """A document that cannot be read; the message names the file and the reason in plain words."""


def read_file(path: Path) -> tuple[bytes, RawArticle]:
    """Read one file from disk: its original bytes and the article found in them."""
    path = Path(path)
    if SUPPORTED_SUFFIXES.get(path.suffix.lower()) is None:
        raise IngestError(_unsupported(path.name))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if not path.is_file():
        raise IngestError(f"{path.name}: is not a file")
    if size > MAX_FILE_BYTES:
        raise IngestError(_too_large(path.name, size))
    try:
        with path.open("rb") as handle:
            # Read at most one byte past the limit: the file may have grown since stat().
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise IngestError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(
            f"{path.name}: is over {MAX_FILE_BYTES // (1024 * 1024)} MB; it is not imported"
        )
    # The story was published before its file was last saved: that day bounds the year of
    # a dateline that gives none.
    saved = _saved_on(path)
    if saved is None:
        return data, read_bytes(data, path.name)
    return data, read_bytes(data, path.name, reference=(saved, "the file's modification date"))


def _too_large(name: str, size: int) -> str:
    """Why a file of ``size`` bytes is refused, in words that show it is over the limit.

    The size in MB alone can read as a contradiction (a file a few bytes over 50 MB "is 50.0
    MB"), so the exact byte counts follow it.
    """
    return (
        f"{name}: is {size / 1024 / 1024:.1f} MB; files over "
        f"{MAX_FILE_BYTES // (1024 * 1024)} MB are not imported "
        f"(this file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,})"
    )


def _saved_on(path: Path) -> date | None:
    try:
        saved = datetime.fromtimestamp(path.stat().st_mtime).date()
    except (OSError, OverflowError, ValueError):
        return None
    # A modification time later than today is a wrong clock, no bound on anything.
    return saved if saved <= date.today() else None


def read_bytes(data: bytes, name: str, *, reference: tuple[date, str] | None = None) -> RawArticle:
    """The article in the bytes of a file called ``name`` (its suffix chooses the reader).

    ``reference`` is the latest day the story can be from and what that day is (the file's
    modification date); it dates wire copy whose dateline gives no year (see
    ingest.undated). Without it, the day of the import is that bound.
    """
    fmt = SUPPORTED_SUFFIXES.get(Path(name).suffix.lower())
    if fmt is None:
        raise IngestError(_unsupported(name))
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(
            f"{name}: is over {MAX_FILE_BYTES // (1024 * 1024)} MB; it is not imported"
        )
    if not data.strip():
        raise IngestError(f"{name}: the file is empty")
    try:
        if fmt == "html":
            article = _html.read_html_bytes(data)
        elif fmt == "feed":
            article = _feed.read_feed_bytes(data)
        elif fmt == "pdf":
            # pypdf is imported when a PDF is read, not when the app starts.
            from desktop.ingest import pdf as _pdf

            try:
                article = _pdf.read_pdf_bytes(data)
            except _pdf.NotAReadablePdf as exc:
                raise IngestError(f"{name}: {exc}") from exc
        elif fmt == "docx":
            article = _docx.read_docx_bytes(data)
        elif fmt == "odt":
            article = _odt.read_odt_bytes(data)
        elif fmt == "mhtml":
            article = _mhtml.read_mhtml_bytes(data)
        elif fmt == "rtf":
            article = _rtf.read_rtf_bytes(data)
        else:
            text, encoding = decode(data, declared=_plain.mail_charset(data))
            article = _plain.read_text(text, fmt, encoding)
    except (
        NotTextError,
        _feed.NotAFeed,
        _docx.NotAWordDocument,
        _odt.NotAnOpenDocument,
        _mhtml.NotAWebArchive,
        _rtf.NotAnRtfDocument,
        _assemble.TooManyBlocks,
    ) as exc:
        raise IngestError(f"{name}: {exc}") from exc
    except (_html.PageTooLarge, _html.FramesetPage) as exc:
        raise IngestError(f"{name}: {exc}") from exc
    except _html.TimeLimitExceeded as exc:
        raise IngestError(f"{name}: {exc}; the page was not imported") from exc
    except RecursionError as exc:
        raise IngestError(f"{name}: the document is nested too deeply to read") from exc
    except MemoryError as exc:
        raise IngestError(f"{name}: the document is too large to read in memory") from exc
    if not article.text.strip() and not any(b.text.strip() for b in article.blocks):
        raise IngestError(f"{name}: no text found in the file")
    day, what = reference or (date.today(), "the import date")
    # A name's day and month that could swap are read in the order the story's own dates
    # are written in ("on 3 March 2025" day first, "March 3, 2025" month first).
    order = _dates.numeric_order_of_page([article.text])
    named = _day_in_file_name(name, day, order)
    if named is not None:
        # The name was given when the story was saved, days after its dateline at most: a
        # dateline without a year lies shortly before it, not in the latest matching year.
        # A dateline that does not fit the name's date leaves the name's date to stand.
        _undated.date_undated_wire_copy(
            article,
            named,
            f'the date in the file\'s name ("{Path(name).name}")',
            within=_undated.RECENT_WINDOW,
        )
    else:
        _undated.date_undated_wire_copy(article, day, what)
    _date_in_file_name(article, name, day, order)
    return article


#: "2025-03-06_ferry-strike.txt", "ferry_strike_20250306.html", "2025.03.06 ferry.md": a day
#: written year first in a file's name, as download tools and analysts name saved stories.
_NAME_DATE = re.compile(
    r"(?<![\d])((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d])|"
    # ...and with a separator, unpadded: "grain-2023-6-8.txt".
    r"(?<![\d])((?:19|20)\d\d)([-_.])(0?[1-9]|1[0-2])\6(0?[1-9]|[12]\d|3[01])(?![\d])"
)
#: "13-01-2025_story.html", "13.01.2025 story.txt", "01_13_2025.md": a day written with the
#: year last, whose first two numbers are the day and the month in either order.
_NAME_DATE_YEAR_LAST = re.compile(
    r"(?<![0-9A-Za-z.])([0-3]?\d)([-_.])([0-3]?\d)\2((?:19|20)\d\d)(?![\d])"
)


def _day_in_file_name(name: str, latest: date, order: _dates.NumericOrder = None) -> date | None:
    """The day written in a file's name, unless it is later than ``latest``.

    Year first ("2025-03-06") it is read as written. Year last, a dotted date is day first
    ("05.03.2025", as dotted dates are everywhere), and a first or second number over 12
    settles the order ("13-01-2025", "01-13-2025"); two numbers that could swap are read
    only in the ``order`` the story's own words settle, never guessed.
    """
    stem = Path(name).stem
    m = _NAME_DATE.search(stem)
    if m is not None:
        year, month, mday = (m.group(1), m.group(3), m.group(4)) if m.group(1) else m.group(5, 7, 8)
    else:
        last = _NAME_DATE_YEAR_LAST.search(stem)
        if last is None:
            return None
        a, separator, b, year = last.groups()
        if separator == "." or int(a) > 12 or (a == b):
            read: _dates.NumericOrder = "dmy"
        elif int(b) > 12:
            read = "mdy"
        else:
            read = order
        if read is None:
            return None
        mday, month = (a, b) if read == "dmy" else (b, a)
    try:
        day = date(int(year), int(month), int(mday))
    except ValueError:
        return None
    return day if day <= latest else None


def _date_in_file_name(
    article: RawArticle, name: str, latest: date, order: _dates.NumericOrder = None
) -> None:
    """A file whose story gives no date of its own is dated by a day in its name (see
    ``_day_in_file_name``), as a page is by a day in its address: the name was given when
    the story was saved. It never outranks a date the story gives, nor a day later than
    ``latest``."""
    if article.published is not None or article.date_candidates:
        return
    day = _day_in_file_name(name, latest, order)
    if day is None:
        return
    evidence = f'the file\'s name: "{Path(name).name}"'
    article.published = day
    article.published_origin = "metadata"
    article.date_candidates.append(DateCandidate(day, "metadata", evidence))
    article.field_origins["published"] = evidence
    article.warnings[:] = [w for w in article.warnings if not w.startswith("no publication date")]


def feed_items(data: bytes, name: str) -> list[RawArticle]:
    """One article per item of the RSS or Atom feed in ``data`` (``read_bytes`` reads a feed
    of several items as one document)."""
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(
            f"{name}: is over {MAX_FILE_BYTES // (1024 * 1024)} MB; it is not imported"
        )
    try:
        return _feed.feed_items(data)
    except (NotTextError, _feed.NotAFeed, _assemble.TooManyBlocks) as exc:
        raise IngestError(f"{name}: {exc}") from exc
    except (_html.PageTooLarge, _html.TimeLimitExceeded) as exc:
        raise IngestError(f"{name}: {exc}") from exc


def rtf_items(data: bytes, name: str) -> list[RawArticle]:
    """One article per document of a database's RTF export ("Document 1 of 12" ... "End of
    Document"; ``read_bytes`` reads an export of several articles as one document)."""
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(
            f"{name}: is over {MAX_FILE_BYTES // (1024 * 1024)} MB; it is not imported"
        )
    if not data.strip():
        raise IngestError(f"{name}: the file is empty")
    try:
        return _rtf.rtf_items(data)
    except (_rtf.NotAnRtfDocument, _assemble.TooManyBlocks) as exc:
        raise IngestError(f"{name}: {exc}") from exc
    except MemoryError as exc:
        raise IngestError(f"{name}: the document is too large to read in memory") from exc


def require_article_text(name: str, article: RawArticle) -> None:
    """Refuse to store an article whose body is empty, saying what the document held instead.

    Reading such a document is not an error (the import dialog shows what was set aside, and
    the analyst may keep a block), but an article with no text has nothing to extract and
    must not be imported as if all were well.
    """
    if article.text.strip():
        return
    reasons = sorted({b.reason for b in article.blocks if not b.kept and b.reason})
    if _furniture.SEARCH_RESULTS in reasons:
        raise IngestError(
            f"{name}: this looks like a list of search results, not an article; "
            "open one of the results and import that page instead"
        )
    if _furniture.LINK_LIST in reasons:
        raise IngestError(
            f"{name}: this looks like a list of links to other pages (a bookmarks or "
            "read-later export), not an article; open one of the links and import that page "
            "instead"
        )
    if reasons:
        held = f"all of its text was set aside ({', '.join(reasons)})"
    else:
        held = "it holds no paragraphs of text"
    raise IngestError(f"{name}: no article text found: {held}; it was not imported")


_HTML_SNIFF = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|main|div|p|span|br|h[1-6]|ul|ol|li|table|a\s)"
    r"[\s>/]",
    re.I,
)


def read_pasted(text: str, *, is_html: bool | None = None) -> RawArticle:
    """An article pasted by the analyst; ``is_html`` None means: tell from the text itself."""
    if len(text) > MAX_FILE_BYTES:
        raise IngestError(
            f"pasted text: is over {MAX_FILE_BYTES // (1024 * 1024)} million characters; "
            "it is not imported"
        )
    if not text.strip():
        raise IngestError("pasted text: nothing was pasted")
    if is_html is None:
        is_html = text.lstrip().startswith("<") and len(_HTML_SNIFF.findall(text[:20000])) >= 2
    try:
        if is_html:
            article = _html.read_html(text, fmt="pasted")
        else:
            article = _plain.read_text(text, "pasted", "utf-8")
    except (
        _html.PageTooLarge,
        _html.FramesetPage,
        _html.TimeLimitExceeded,
        _assemble.TooManyBlocks,
    ) as exc:
        raise IngestError(f"pasted {'HTML' if is_html else 'text'}: {exc}") from exc
    except RecursionError as exc:
        raise IngestError("pasted HTML: nested too deeply to read") from exc
    _undated.date_undated_wire_copy(article, date.today(), "the day it was pasted")
    return article


def rebuild(article: RawArticle, blocks: list[Block]) -> RawArticle:
    """A copy of ``article`` with ``blocks`` as its blocks and its body rebuilt from them.

    Used when the analyst restores a removed block or sets a kept one aside; metadata and
    date candidates are unchanged.
    """
    return dataclasses.replace(
        article,
        blocks=list(blocks),
        text=body_from_blocks(blocks),
        date_candidates=list(article.date_candidates),
        field_origins=dict(article.field_origins),
        warnings=list(article.warnings),
    )


def set_block_kept(article: RawArticle, index: int, kept: bool) -> RawArticle:
    """A copy of ``article`` with block ``index`` restored to the body (or set aside by the
    analyst, reason "removed by the analyst")."""
    blocks = list(article.blocks)
    old = blocks[index]
    if kept:
        blocks[index] = Block(old.text, True, None)
    else:
        blocks[index] = Block(old.text, False, old.reason or "removed by the analyst")
    return rebuild(article, blocks)


def _unsupported(name: str) -> str:
    suffix = Path(name).suffix
    kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
    if not suffix:
        return f"{name}: has no file extension; Factlane reads {kinds} files"
    return f"{name}: {suffix} files are not supported; Factlane reads {kinds} files"
