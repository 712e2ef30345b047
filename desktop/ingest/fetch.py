"""An article fetched from a web address, with the standard library alone (urllib).

What a browser would do to show one page, and no more: one GET, redirects followed (up to
urllib's own bound), a plain User-Agent that names Factlane, no cookie kept or sent, a time
limit on every wait and on the whole download, and the size limit files have. The charset
comes from the response's header, else from the page itself (see ingest.html.sniff_charset).

The response's kind chooses the reader: a web page is read as a saved page whose address is
the one fetched (its own canonical link or og:url wins, as for a saved page); a PDF, a Word
or OpenDocument file, an RTF export, a feed or plain text is read by the reader of that kind
of file. Anything else (a picture, a video, a program) is refused, saying what it is.

Every failure is an IngestError whose message says what happened in an analyst's words (no
network, no such page, the site refused, too large, timed out); nothing is stored before the
whole page is in.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from email.message import Message
from pathlib import PurePosixPath
from typing import Any, cast
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from desktop import __version__
from desktop.domain import RawArticle
from desktop.ingest import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    IngestError,
    feed_items,
    read_bytes,
    rtf_items,
)

#: Seconds to wait for the site to answer, and between two parts of its answer.
TIMEOUT_S = 30.0
#: Seconds the whole download may take: a site that trickles a page out byte by byte, each
#: within the timeout above, is stopped too.
TOTAL_TIMEOUT_S = 300.0
#: Read this much at a time: the cancel is honoured and the progress said between reads.
CHUNK_BYTES = 64 * 1024

USER_AGENT = f"Factlane/{__version__} (news analysis app; fetches one article at a time)"

#: "https://…" or "http://…" with a host: an address to fetch, not a file's name.
_WEB_ADDRESS = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.I)


class FetchCancelled(Exception):
    """The analyst called the download off; nothing was read."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response read whole: the address asked for, the address it came from after any
    redirect, its bytes, its media type ("text/html") and the charset its header named."""

    address: str
    final: str
    data: bytes
    media_type: str
    charset: str | None


#: Media type -> the format of SUPPORTED_SUFFIXES that reads it.
_KIND_BY_TYPE = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
    "text/markdown": "md",
    "text/x-markdown": "md",
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "message/rfc822": "eml",
    "multipart/related": "mhtml",
    "application/x-mimearchive": "mhtml",
}

#: Types a site sends for "some bytes" when it does not say what: the address's suffix decides.
_UNSAID_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/download"}


def shown_address(address: str) -> str:
    """``address`` as it may be shown and stored: without a user name and password written
    into it ("https://user:secret@host/x" -> "https://host/x"), which never leave the fetch."""
    address = address.strip()
    parts = urlsplit(address)
    if "@" not in parts.netloc:
        return address
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def _credentials(address: str) -> tuple[str, str] | None:
    """The user name and password written into ``address`` ("user:secret@host"), if any."""
    netloc = urlsplit(address.strip()).netloc
    if "@" not in netloc:
        return None
    user, _, password = netloc.rpartition("@")[0].partition(":")
    return unquote(user), unquote(password)


def _sendable(address: str) -> str:
    """``address`` as the request line needs it: a host of other scripts in its IDNA form
    ("bücher.example" -> "xn--bcher-kva.example") and the other characters beyond ASCII of its
    path, query and fragment percent-encoded, as a browser sends an address typed or copied
    with them ("/wiki/Köln" -> "/wiki/K%C3%B6ln"). An ASCII address is left as it is."""
    if address.isascii():
        return address
    parts = urlsplit(address)
    host = parts.hostname or ""
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError as exc:
        raise IngestError(f"{address}: the site's name is not one a web address can hold") from exc
    netloc = ascii_host if parts.port is None else f"{ascii_host}:{parts.port}"
    keep = "/?#[]@!$&'()*+,;=:%~"
    return urlunsplit(
        (
            parts.scheme,
            netloc,
            quote(parts.path, safe=keep),
            quote(parts.query, safe=keep),
            quote(parts.fragment, safe=keep),
        )
    )


class _WebRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects followed only to other web addresses: a site that sends the page on to a
    file on this computer (file://), an FTP server or any other scheme is refused, saying so."""

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        location = headers.get("location") or headers.get("uri")
        if location:
            target = urljoin(req.full_url, location.strip())
            if urlsplit(target).scheme.lower() not in ("http", "https"):
                raise _RefusedRedirect(shown_address(target))
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class _RefusedRedirect(Exception):
    """A redirect to an address that is not a web page's (file://, ftp://, ...)."""


def is_web_address(text: str) -> bool:
    """Whether ``text`` is a web address to fetch ("https://…", "http://…"), not a file."""
    return bool(_WEB_ADDRESS.match(text.strip()))


def kind_of(fetched: Fetched) -> str:
    """The format that reads ``fetched`` (a key of SUPPORTED_SUFFIXES' values), or an
    IngestError saying it is nothing Factlane reads."""
    kind = _KIND_BY_TYPE.get(fetched.media_type)
    if kind is None and fetched.media_type in _UNSAID_TYPES:
        suffix = PurePosixPath(urlsplit(fetched.final).path).suffix.lower()
        kind = SUPPORTED_SUFFIXES.get(suffix)
        head = fetched.data.lstrip()[:15].lower()
        if kind is None and head.startswith((b"<!doctype html", b"<html")):
            kind = "html"
    if kind is None:
        raise IngestError(
            f"{fetched.address}: is not a web page or a document Factlane reads (the site sent "
            f"{_type_words(fetched.media_type)}); open it in your browser to see what it is"
        )
    return kind


def _type_words(media_type: str) -> str:
    main = media_type.partition("/")[0]
    words = {"image": "a picture", "video": "a video", "audio": "a sound recording"}
    if main in words:
        return f"{words[main]}, {media_type}"
    return media_type or "no type"


def fetch(
    address: str,
    *,
    timeout: float = TIMEOUT_S,
    total_timeout: float = TOTAL_TIMEOUT_S,
    limit: int = MAX_FILE_BYTES,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> Fetched:
    """Download ``address`` whole. ``progress`` hears the bytes read so far and the size the
    site announced (None when it did not); ``cancelled`` is asked between reads and stops the
    download with FetchCancelled. Any failure is an IngestError in plain words."""
    credentials = _credentials(address)
    address = shown_address(address)
    if not is_web_address(address):
        raise IngestError(
            f"{address}: is not a web address; only addresses starting with http:// or "
            "https:// can be fetched"
        )
    sendable = _sendable(address)
    request = urllib.request.Request(
        sendable,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "identity",
        },
    )
    # No HTTPCookieProcessor: nothing a site sets is kept, nor sent back on a redirect. A
    # user name and password in the address are given only to that site, when it asks for
    # them (401), never sent on to a site a redirect names.
    handlers: list[urllib.request.BaseHandler] = [_WebRedirects()]
    if credentials is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, sendable, *credentials)
        handlers.append(urllib.request.HTTPBasicAuthHandler(passwords))
    opener = urllib.request.build_opener(*handlers)
    started = time.monotonic()
    try:
        with _open(opener, request, timeout, cancelled) as response:
            headers: Message = response.headers
            final = shown_address(response.geturl() or address)
            announced = _announced_size(headers)
            if announced is not None and announced > limit:
                raise IngestError(_too_large(address, announced, limit))
            chunks: list[bytes] = []
            read = 0
            while True:
                if cancelled is not None and cancelled():
                    raise FetchCancelled(address)
                if time.monotonic() - started > total_timeout:
                    raise IngestError(
                        f"{address}: the site took over {total_timeout:.0f} seconds to send the "
                        "page; it was not imported. Try again later, or save the page in your "
                        "browser and import the saved file"
                    )
                chunk = response.read(CHUNK_BYTES)
                if not chunk:
                    break
                read += len(chunk)
                if read > limit:
                    raise IngestError(
                        f"{address}: is over {_mb(limit)}; pages over {_mb(limit)} are not imported"
                    )
                chunks.append(chunk)
                if progress is not None:
                    progress(read, announced)
            if announced is not None and read < announced:
                raise IngestError(
                    f"{address}: the connection broke before the whole page came (only "
                    f"{read:,} of the {announced:,} bytes the site announced); nothing was "
                    "imported. Try again"
                )
    except _RefusedRedirect as exc:
        raise IngestError(
            f"{address}: the site sent the page on to {exc}, which is not a web address; only "
            "http:// and https:// addresses are fetched, so nothing was imported"
        ) from exc
    except urllib.error.HTTPError as exc:
        raise IngestError(f"{address}: {_status_words(exc.code, exc.reason)}") from exc
    except urllib.error.URLError as exc:
        raise IngestError(f"{address}: {_network_words(address, exc.reason, timeout)}") from exc
    except TimeoutError as exc:
        raise IngestError(f"{address}: {_timed_out(timeout)}") from exc
    except (http.client.HTTPException, ConnectionError, OSError) as exc:
        raise IngestError(
            f"{address}: the connection broke before the whole page came "
            f"({type(exc).__name__}); try again"
        ) from exc
    except ValueError as exc:  # a malformed address urllib cannot even send
        raise IngestError(f"{address}: is not a web address Factlane can fetch ({exc})") from exc
    media_type = (headers.get_content_type() or "").lower() if headers.get("Content-Type") else ""
    charset = headers.get_content_charset() if headers.get("Content-Type") else None
    data = _unpacked(address, b"".join(chunks), headers.get("Content-Encoding"), limit)
    return Fetched(address, final, data, media_type, charset)


def _unpacked(address: str, data: bytes, encoding: str | None, limit: int) -> bytes:
    """The page as the site meant it: a site that compresses it though asked not to
    ("Accept-Encoding: identity"; some servers and caches ignore it) sends gzip or deflate,
    which a browser undoes. Undone here too, never past ``limit`` (a small download that
    unpacks to gigabytes is stopped at the limit); a compression no browser-free program
    reads (Brotli, zstd) is said by name."""
    coding = (encoding or "").strip().lower()
    if coding in ("", "identity"):
        return data
    if coding not in ("gzip", "x-gzip", "deflate"):
        raise IngestError(
            f"{address}: the site sent the page compressed ({coding}), which Factlane cannot "
            "undo; nothing was imported. Save the page in your browser and import the saved file"
        )
    # gzip or zlib header, found by zlib; a bare deflate stream (some servers) next
    for wbits in (47, -15):
        unpacker = zlib.decompressobj(wbits)
        try:
            out = unpacker.decompress(data, limit + 1)
        except zlib.error:
            continue
        if len(out) > limit or unpacker.unconsumed_tail:
            raise IngestError(
                f"{address}: unpacked, the page is over {_mb(limit)}; pages over {_mb(limit)} "
                "are not imported"
            )
        return out
    raise IngestError(
        f"{address}: the site said the page was compressed ({coding}) but it could not be "
        "unpacked; nothing was imported. Try again"
    )


#: How often the analyst's Cancel is asked while the site has not answered yet.
CANCEL_POLL_S = 0.2


def _open(
    opener: urllib.request.OpenerDirector,
    request: urllib.request.Request,
    timeout: float,
    cancelled: Callable[[], bool] | None,
) -> http.client.HTTPResponse:
    """Send the request and wait for the site's answer (its status and headers), asking
    ``cancelled`` every CANCEL_POLL_S: a site that keeps the connection open and says nothing
    held a Cancel (and a window closing) for the whole timeout, 30 s. The request is sent from
    a thread of its own; called off, it is left to end at its timeout, its answer closed
    unread if one comes."""
    if cancelled is None:
        return cast(http.client.HTTPResponse, opener.open(request, timeout=timeout))
    box: dict[str, Any] = {}
    done = threading.Event()
    dropped = threading.Event()

    def send() -> None:
        try:
            box["response"] = opener.open(request, timeout=timeout)
        except BaseException as exc:  # handed to the caller's thread below
            box["error"] = exc
        finally:
            done.set()
            if dropped.is_set() and "response" in box:
                box["response"].close()

    threading.Thread(target=send, name="factlane-fetch", daemon=True).start()
    while not done.wait(CANCEL_POLL_S):
        if cancelled():
            dropped.set()
            if done.is_set() and "response" in box:
                box["response"].close()
            raise FetchCancelled(request.full_url)
    if "error" in box:
        raise box["error"]
    return cast(http.client.HTTPResponse, box["response"])


def _announced_size(headers: Message) -> int | None:
    try:
        size = int(headers.get("Content-Length") or "")
    except ValueError:
        return None
    return size if size >= 0 else None


def _mb(size: int) -> str:
    """A size limit in MB, as the analyst is told it ("50 MB", "0.1 MB")."""
    return f"{size / 1024 / 1024:g} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def _too_large(address: str, size: int, limit: int) -> str:
    return (
        f"{address}: is {_size(size)}; pages over {_mb(limit)} are not "
        f"imported (the site says {size:,} bytes; the limit is {limit:,})"
    )


def _timed_out(timeout: float) -> str:
    return (
        f"the site did not answer within {timeout:.0f} seconds; it may be down or slow. "
        "Try again later"
    )


def _status_words(code: int, reason: object) -> str:
    """What an HTTP error status means for the analyst, with the status for the record."""
    status = f"{code} {reason}".strip() if reason else str(code)
    if code in (404, 410):
        return (
            f"the site has no page at this address ({status}); check the address, or the page "
            "may have been taken down"
        )
    if code in (401, 402, 403, 451):
        return (
            f"the site refused to send the page ({status}): it may be for subscribers only, or "
            "refuse programs other than browsers. Open it in your browser, save the page "
            "(File > Save Page As) and import the saved file"
        )
    if code == 429:
        return f"the site asks for fewer requests ({status}); try again in a few minutes"
    if 300 <= code < 400:
        return f"the site sent the page on to other addresses too many times ({status})"
    if code >= 500:
        return f"the site had a fault and sent no page ({status}); try again later"
    return f"the site did not send the page ({status})"


def _network_words(address: str, reason: object, timeout: float) -> str:
    """What a failure to reach the site means: no network, no such site, a refusal, a
    certificate that does not check out, or a wait too long."""
    host = urlsplit(address).hostname or address
    if isinstance(reason, socket.gaierror):
        return (
            f"could not find the site {host}: the computer may be offline, or the address "
            "misspelled"
        )
    if isinstance(reason, TimeoutError):
        return _timed_out(timeout)
    if isinstance(reason, ConnectionRefusedError):
        return f"the site {host} refused the connection; it may be down. Try again later"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return (
            f"the secure connection to {host} could not be checked ({reason.verify_message}); "
            "nothing was fetched"
        )
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection to {host} failed ({reason}); nothing was fetched"
    if isinstance(reason, OSError) and reason.errno is not None:
        return (
            f"could not reach the site {host} ({reason.strerror or reason}): check the "
            "network connection"
        )
    return f"could not reach the site {host} ({reason})"


#: Where the url of a fetched page came from, when the page names no address of its own.
FETCHED_ORIGIN = "the web address it was fetched from"


def file_name(fetched: Fetched, kind: str) -> str:
    """A file name for the readers: the address's last part, given the suffix of ``kind``
    when it has no such suffix ("report" from a PDF's address -> "report.pdf")."""
    path = PurePosixPath(unquote(urlsplit(fetched.final).path))
    stem = path.name or urlsplit(fetched.final).hostname or "page"
    if SUPPORTED_SUFFIXES.get(path.suffix.lower()) == kind:
        return stem
    suffix = next(s for s, k in SUPPORTED_SUFFIXES.items() if k == kind)
    return f"{stem}{suffix}"


def read_fetched(fetched: Fetched) -> list[RawArticle]:
    """The articles in a fetched response: one, or one per item of a feed or an RTF export of
    several. The address fetched is each one's url unless the document names its own (a page's
    canonical link or og:url wins, as for a saved page)."""
    kind = kind_of(fetched)
    if kind == "html":
        articles = [_read_page(fetched)]
    else:
        name = file_name(fetched, kind)
        articles = []
        if kind in ("feed", "rtf"):
            try:
                items = (feed_items if kind == "feed" else rtf_items)(fetched.data, name)
            except (IngestError, RecursionError, MemoryError):
                items = []  # read whole below, which says what is wrong with it
            if len(items) >= 2:
                articles = items
        if not articles:
            try:
                articles = [read_bytes(fetched.data, name)]
            except IngestError as exc:
                raise IngestError(f"{fetched.address}: {_reason(exc, name)}") from exc
    for article in articles:
        _fetched_from(article, fetched.final)
    return articles


def _reason(exc: IngestError, name: str) -> str:
    return str(exc).removeprefix(f"{name}: ")


def _read_page(fetched: Fetched) -> RawArticle:
    """A web page, its charset from the response's header, else from the page."""
    from desktop.ingest import html as _html
    from desktop.ingest import undated as _undated
    from desktop.ingest.assemble import TooManyBlocks
    from desktop.ingest.textclean import NotTextError, decode

    address = fetched.address
    if not fetched.data.strip():
        raise IngestError(f"{address}: the site sent an empty page")
    try:
        text, encoding = decode(
            fetched.data, declared=fetched.charset or _html.sniff_charset(fetched.data)
        )
        article = _html.read_html(text, encoding=encoding, address=fetched.final)
    except (NotTextError, TooManyBlocks, _html.PageTooLarge, _html.FramesetPage) as exc:
        raise IngestError(f"{address}: {exc}") from exc
    except _html.TimeLimitExceeded as exc:
        raise IngestError(f"{address}: {exc}; the page was not imported") from exc
    except RecursionError as exc:
        raise IngestError(f"{address}: the page is nested too deeply to read") from exc
    except MemoryError as exc:
        raise IngestError(f"{address}: the page is too large to read in memory") from exc
    if not article.text.strip() and not any(b.text.strip() for b in article.blocks):
        raise IngestError(f"{address}: no text found on the page")
    error_page = _error_page_words(article)
    if error_page is not None:
        raise IngestError(
            f"{address}: the site sent an error page, not an article ('{error_page}'); "
            "nothing was imported. Check the address, or open it in your browser"
        )
    _undated.date_undated_wire_copy(article, date.today(), "the day it was fetched")
    return article


#: What a site's error page says in its title or first words, sent with status 200 (a "soft"
#: error: the site's own not-found, server-fault, refusal or paywall page). Said of a page
#: short enough to be no article (ERROR_PAGE_WORDS), it is refused, not imported as a story.
_ERROR_PAGE = re.compile(
    r"^\s*(?:page\s+|file\s+|article\s+)?not\s+found\b"
    r"|\b(?:page|article|story|content|file)\s+(?:was\s+|is\s+|could\s+not\s+be\s+)?not\s+found\b"
    r"|\b(?:error|http)\s*[45]\d\d\b|^\s*[45]\d\d\s*(?:$|[-|:\u2013\u2014]|error\b|not\b)"
    r"|\b(?:could\s*n[o\u2019']t|can\s*n?[o\u2019']t|cannot|unable\s+to)\s+(?:be\s+)?f(?:ind|ound)\s+"
    r"(?:that|this|the|your)\s+page\b"
    r"|\bpage\s+(?:you\s+\w+(?:\s+\w+)?\s+)?(?:does\s*n[o\u2019']t|does\s+not|no\s+longer)\s+exists?\b"
    r"|\bpage\s+you\s+(?:were\s+|are\s+)?(?:looking\s+for|requested)\b"
    r"|^\s*(?:[45]\d\d\s+)?(?:access\s+denied|forbidden|service\s+unavailable|"
    r"internal\s+server\s+error|bad\s+gateway)\s*[.!]?\s*(?:[-|\u2013\u2014]\s*[^:.]{0,40})?$"
    r"|\bsubscribe\s+to\s+(?:keep|continue)\s+reading\b",
    re.I,
)
#: A page of fewer words than this whose title or first words are an error page's is one.
ERROR_PAGE_WORDS = 80


def _error_page_words(article: RawArticle) -> str | None:
    """The words that make a short fetched page the site's error page ("Page not found",
    "Error 404", "Subscribe to keep reading"), or None for a page that may be an article."""
    if len(article.text.split()) >= ERROR_PAGE_WORDS:
        return None
    for said in (article.title or "", article.text[:300]):
        if _ERROR_PAGE.search(said):
            return " ".join(said.split())[:120]
    return None


def _fetched_from(article: RawArticle, final: str) -> None:
    """The address fetched is the article's url when the document named none."""
    saved = article.field_origins.get("url")
    if article.url is None:
        article.url = final
        article.field_origins["url"] = FETCHED_ORIGIN
    elif article.url == final and saved in (None, "the address the page was saved from"):
        article.field_origins["url"] = FETCHED_ORIGIN
