"""Pages saved as one file (.mhtml, .mht): the page's HTML read from the archive, as a browser shows it.

A browser's "Webpage, single file" writes a MIME ``multipart/related`` message: the page's HTML
as its root part (quoted-printable or base64, in a charset of its own), then the images, styles
and frames. Only the root is read, by the same reader as a saved .html page; the rest are what
the page looked like, not what it says.

What is taken from the archive itself:

- The root part is the one the ``start`` parameter names, else the first HTML part (RFC 2557).
  Its own ``Content-Type`` charset is the page's (as an HTTP header outranks a page's ``<meta
  charset>``); the outer message's header says nothing about it.
- The address the page was saved from (Chrome's ``Snapshot-Content-Location``, else the root
  part's ``Content-Location``) is the page's address when its markup names none, so that a
  date in the address and the site's name count as they do for a page whose markup gives
  them. An address kept by the Wayback Machine is read through its prefix.
- The archive's ``Date:`` is the day the page was saved, a snapshot's stamp: it never dates
  the story. Its ``Subject:`` repeats the page's ``<title>``.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import re
from email.message import Message

from desktop.domain import RawArticle
from desktop.ingest import html as _html
from desktop.ingest.textclean import decode, split_address

_HTML_TYPES = ("text/html", "application/xhtml+xml")
#: "https://web.archive.org/web/20250115083112/https://paper.example/..." (also "...id_/")
_WAYBACK = re.compile(r"^https?://web\.archive\.org/web/\d{4,14}[a-z_]*/(.+)$", re.I)


class NotAWebArchive(ValueError):
    """The bytes are not a single-file web page that can be read; the message says why."""


def read_mhtml_bytes(data: bytes) -> RawArticle:
    head = data.lstrip()[:64].lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<meta")):
        # A page saved as plain HTML under an .mht name: a browser opens it as a page, so do we.
        return _html.read_html_bytes(data, fmt="mhtml")
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    content_type = message.get_content_type()
    if not message.keys() or (
        not content_type.startswith("multipart/") and content_type not in _HTML_TYPES
    ):
        raise NotAWebArchive(
            "this is not a web page saved as a single file (MHTML): it has no MIME header "
            "naming its parts"
        )
    warnings: list[str] = []
    root = _root_part(message, warnings)
    payload = root.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise NotAWebArchive("the page in the archive is empty")
    if any(
        isinstance(d, (email.errors.InvalidBase64CharactersDefect,
                       email.errors.InvalidBase64LengthDefect))
        for d in root.defects
    ):  # fmt: skip
        raise NotAWebArchive(
            "the archive is damaged: its page is encoded in base64 with characters or a length "
            "base64 does not allow; save the page again"
        )
    declared = root.get_content_charset() or _html.sniff_charset(payload)
    text, encoding = decode(payload, declared=declared)
    article = _html.read_html(text, fmt="mhtml", encoding=encoding, address=_address(message, root))
    article.warnings.extend(warnings)
    return article


def _root_part(message: Message, warnings: list[str]) -> Message:
    """The archive's HTML page, refusing an archive that is cut short inside it."""
    if not message.is_multipart():
        if message.get_content_maintype() == "multipart":
            raise NotAWebArchive(
                "the archive is damaged: its header names parts but no boundary between them"
            )
        return message  # one HTML page with a MIME header, as some programs save it
    parts = [p for p in message.walk() if not p.is_multipart()]
    if not parts:
        raise NotAWebArchive("the archive holds no parts; it is damaged or empty")
    start = (message.get_param("start") or "").strip()  # type: ignore[union-attr]
    root: Message | None = None
    if isinstance(start, str) and start:
        root = next((p for p in parts if (p.get("Content-ID") or "").strip() == start), None)
    if root is None or root.get_content_type() not in _HTML_TYPES:
        root = next((p for p in parts if p.get_content_type() in _HTML_TYPES), None)
    if root is None:
        kinds = sorted({p.get_content_type() for p in parts})
        raise NotAWebArchive(
            f"the archive holds no web page, only {', '.join(kinds[:4])}; there is no text to "
            "import"
        )
    cut_short = any(
        isinstance(d, email.errors.CloseBoundaryNotFoundDefect) for d in message.defects
    )
    if cut_short and root is parts[-1]:
        raise NotAWebArchive(
            "the archive is incomplete: it stops inside its page, as an interrupted download or "
            "copy does; save the page again"
        )
    if cut_short:
        warnings.append(
            "the archive stops before its end; the page was read whole, some images are missing"
        )
    return root


def _address(message: Message, root: Message) -> str | None:
    """The web address the page was saved from, if the archive records one."""
    for value in (message.get("Snapshot-Content-Location"), root.get("Content-Location")):
        address = str(value or "").strip()
        wayback = _WAYBACK.match(address)
        if wayback:
            address = wayback.group(1)
        if split_address(address).scheme in ("http", "https") and split_address(address).hostname:
            return address
    return None
