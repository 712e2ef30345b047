"""Which files an import or an extraction reads, when the analyst names folders as well as files.

Kept apart from services.project so the command line's `extract` does not load the database
layer just to list a folder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.domain import RawArticle
from desktop.ingest import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    IngestError,
    feed_items,
    read_bytes,
    read_file,
    rtf_items,
)

#: The longest text facts and figures are extracted from. Extraction takes about ten seconds a
#: million characters, and more than linearly beyond; the longest news articles and reports are
#: a few hundred thousand. A longer text is almost always a dump, a book or a log.
MAX_ARTICLE_CHARS = 2_000_000

#: No encoding Factlane reads spends more than four bytes on a character (UTF-32).
_MAX_BYTES_PER_CHAR = 4


#: Characters that break or disturb a line of a listing: C0 and C1 controls (line breaks,
#: tabs, terminal escapes) and the Unicode line and paragraph separators.
_LINE_BREAKERS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` (a file name, a message naming one) fit for one line of a listing: a file may
    be called anything but '/' and NUL allows, and a line break in its name would make a
    script reading the listing line by line take the rest for a file of its own. Each such
    character is shown as its Python escape ("\\n", "\\t", "\\x1b")."""
    return _LINE_BREAKERS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def article_files(paths: Sequence[Path]) -> tuple[list[tuple[Path, str | None]], list[str]]:
    """The files to read for ``paths``, where a folder stands for the articles inside it.

    Returns (path, problem) pairs in order, ``problem`` set for a folder with nothing to read,
    and notes on what was left out. A folder is searched through its subfolders too (a saved
    page keeps its parts in one), taking only the kinds of file Factlane reads: a saved page's
    scripts, styles and pictures, and hidden files, are not articles and are not errors either.
    Files named one by one are all kept, so each bad one is reported.
    """
    entries: list[tuple[Path, str | None]] = []
    notes: list[str] = []
    for path in paths:
        if not Path(path).is_dir():
            entries.append((Path(path), None))
            continue
        found: list[Path] = []
        others = 0
        for candidate in sorted(Path(path).rglob("*")):
            relative = candidate.relative_to(path).parts
            if any(part.startswith(".") for part in relative) or not candidate.is_file():
                continue
            if candidate.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(candidate)
            else:
                others += 1
        if not found:
            kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
            entries.append((Path(path), f"{path}: no article files ({kinds}) in this folder"))
            continue
        entries.extend((f, None) for f in found)
        if others:
            noun = "file" if others == 1 else "files"
            notes.append(f"skipped {others} {noun} of other kinds in {path}")
    return entries, notes


def check_article_length(name: str, text: str) -> None:
    """Refuse a text too long to extract from, before the extraction starts."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise IngestError(
            f"{name}: the text has {len(text) / 1e6:.1f} million characters; Factlane extracts "
            f"facts from texts of up to {MAX_ARTICLE_CHARS / 1e6:.0f} million (about 300,000 "
            "words). Split it into parts."
        )


def read_article_file(path: Path) -> tuple[bytes, RawArticle]:
    """Read a file as ``ingest.read_file`` does, refusing a text too long to extract from.

    A plain-text file that must hold too many characters whatever its encoding is refused from
    its size alone: reading a 50 MB text would take most of a minute only to be refused. An
    e-mail with parts is the exception: its attachments are left out, so it is read.
    """
    path = Path(path)
    if SUPPORTED_SUFFIXES.get(path.suffix.lower()) in ("txt", "md"):
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # read_file says why it cannot be read
        if size > _MAX_BYTES_PER_CHAR * MAX_ARTICLE_CHARS and not _is_multipart_message(path):
            raise IngestError(
                f"{path.name}: is {size / 1e6:.1f} MB of text, more than the "
                f"{MAX_ARTICLE_CHARS / 1e6:.0f} million characters Factlane extracts facts "
                "from. Split it into parts."
            )
    data, raw = read_file(path)
    check_article_length(path.name, raw.text)
    return data, raw


def read_article_items(path: Path) -> tuple[bytes, list[RawArticle]]:
    """The file's bytes and the articles in it: one per item of a feed or of a news database's
    RTF export that holds two or more, else the one article ``read_article_file`` reads.

    A multi-item file is split before anything is read as one document: each item is checked
    against the length limit on its own, so an export of many long articles is not refused for
    their sum. If the items cannot be told apart, the file is read whole, as before.
    """
    path = Path(path)
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt not in ("feed", "rtf"):
        data, raw = read_article_file(path)
        return data, [raw]
    data = _file_bytes(path)
    try:
        items = (feed_items if fmt == "feed" else rtf_items)(data, path.name)
    except (IngestError, RecursionError, MemoryError):
        # Reading it whole says what is wrong with it, in the reader's own words.
        items = []
    if len(items) >= 2:
        return data, items
    raw = read_bytes(data, path.name)
    check_article_length(path.name, raw.text)
    return data, [raw]


def read_address_items(
    address: str,
    *,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> tuple[bytes, list[RawArticle]]:
    """The bytes fetched from a web address and the articles in them (see ingest.fetch): one,
    or one per item of a feed of several. Each is refused, as a file's is, when too long to
    extract from. ``cancelled`` stops the download (ingest.fetch.FetchCancelled); ``progress``
    hears the bytes read and the size announced."""
    from desktop.ingest.fetch import fetch, read_fetched

    fetched = fetch(address, cancelled=cancelled, progress=progress)
    articles = read_fetched(fetched)
    for raw in articles:
        check_article_length(address, raw.text)
    return fetched.data, articles


def item_document(raw: RawArticle) -> bytes:
    """The bytes stored for one item of a multi-item file, whose SHA-256 recognises it again.

    They are the item as an analyst would tell it apart (title, outlet, author, address,
    publication date, body), not the file around it: the same story in a feed fetched again
    tomorrow, or in two overlapping database exports at another position, is the same document,
    and a wire story printed by two outlets, or on two days, is two. Storing the whole file
    with every item would also grow the project with the square of the export's length.
    """
    item = {
        "factlane_item": 1,
        "format": raw.format,
        **{key: value for key, value in raw.article_json().items() if key != "published_origin"},
        "text": raw.text,
    }
    return json.dumps(item, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def _file_bytes(path: Path) -> bytes:
    """The file's bytes, refused as ``ingest.read_file`` refuses them (missing, a folder, too
    large), without reading them as an article."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if not path.is_file():
        raise IngestError(f"{path.name}: is not a file")
    limit = f"{MAX_FILE_BYTES // (1024 * 1024)} MB"
    if size > MAX_FILE_BYTES:
        raise IngestError(
            f"{path.name}: is {size / 1024 / 1024:.1f} MB; files over {limit} are not imported"
        )
    try:
        with path.open("rb") as handle:
            # At most one byte past the limit: the file may have grown since stat().
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise IngestError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(f"{path.name}: is over {limit}; it is not imported")
    return data


#: A multipart message's header says so before its first blank line, in the first few KB.
_MULTIPART = re.compile(rb"^content-type:[ \t]*multipart/", re.I | re.M)
_HEADER_END = re.compile(rb"\r?\n[ \t]*\r?\n")


def _is_multipart_message(path: Path) -> bool:
    """True for an e-mail saved as text with parts: most of its bytes are usually attachments,
    which the reader leaves out, so its size says nothing about the length of its text."""
    try:
        with path.open("rb") as handle:
            head = handle.read(64 * 1024)
    except OSError:
        return False
    end = _HEADER_END.search(head)
    return _MULTIPART.search(head[: end.start() if end else len(head)]) is not None
