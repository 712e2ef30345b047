"""An article pasted or dropped as text or HTML (a selection copied from a browser, a story
copied from a news database), read as a file would be.

A browser puts a copied selection on the clipboard twice, as HTML and as plain text: the HTML
is read first, since its headings, bylines and links tell the title and the author apart from
the body; the plain text is read when no HTML came, or when the HTML held no text (a picture
copied alone). The bytes stored for the article are what was pasted (UTF-8), so the same
selection pasted twice is recognised as already in the project. Its name says it was pasted
and when: "Pasted 29 Nov 2026 12:03".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from desktop.domain import RawArticle
from desktop.ingest import MAX_FILE_BYTES, IngestError, read_pasted

#: Control characters no text holds (all C0 but tab, line feed, form feed and carriage
#: return; DEL) and the replacement character a program leaves for bytes it could not read.
_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")

#: More junk than this share of the characters is no text an analyst copied.
JUNK_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Pasted:
    """What was pasted, read: the bytes stored, the article, and whether it was read as HTML."""

    data: bytes
    article: RawArticle
    html: bool


def pasted_name(when: datetime) -> str:
    """How a pasted article is named where a file's name would be: "Pasted 29 Nov 2026 12:03"."""
    return f"Pasted {when.day} {when:%b %Y %H:%M}"


def read_paste(text: str | None, html: str | None = None) -> Pasted:
    """The article in a paste that carried ``html`` and/or plain ``text`` (either may be
    None). HTML wins when it holds the article's text; an IngestError says in plain words why
    nothing can be read (nothing pasted, too large, not text)."""
    candidates = [(c, is_html) for c, is_html in ((html, True), (text, False)) if c and c.strip()]
    if not candidates:
        raise IngestError("pasted text: nothing was pasted (the clipboard holds no text)")
    first_error: IngestError | None = None
    for content, is_html in candidates:
        what = "pasted HTML" if is_html else "pasted text"
        data = content.encode("utf-8", errors="surrogatepass")
        if len(data) > MAX_FILE_BYTES:
            raise IngestError(
                f"{what}: is {len(data) / 1024 / 1024:.1f} MB; pastes over "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB are not imported. Save it as a file and "
                "import the file, or paste a part of it"
            )
        _refuse_junk(what, content)
        try:
            article = read_pasted(content, is_html=is_html)
        except IngestError as exc:
            first_error = first_error or exc
            continue
        if article.text.strip():
            return Pasted(data, article, is_html)
        first_error = first_error or IngestError(f"{what}: no article text found in it")
    assert first_error is not None
    raise first_error


def _refuse_junk(what: str, content: str) -> None:
    """Refuse a paste that is mostly no text: bytes of a program or a picture a clipboard
    tool handed over as characters."""
    sample = content[:200_000]
    junk = len(_JUNK.findall(sample))
    if junk and junk >= max(1, JUNK_SHARE * len(sample)):
        raise IngestError(
            f"{what}: is not text an article is made of ({junk:,} of its first "
            f"{len(sample):,} characters are control codes or unreadable bytes); it looks like "
            "a program's or a picture's data. Copy the article's text from the page again"
        )
