"""Every reader, fed damaged copies of a small valid file of its format (fuzzing).

An analyst imports files from anywhere, so the promise is: bad input gets a clear error, and
nothing else happens. For each format a valid sample is built here, then hypothesis damages
it the ways files get damaged or crafted: cut short, bytes flipped, inserted or deleted, one
member of a zip package dropped or garbled, elements nested very deep, one attribute or
group repeated 100,000 times. Whatever comes out, ``read_file`` must either give a document
or raise ``IngestError`` with a message that names the file and the problem; never another
exception, never a hang, never a memory blow-up.
"""

from __future__ import annotations

import base64
import io
import os
import quopri
import resource
import signal
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.ingest import IngestError, read_file
from tests.ingest.documents import docx, flowed, para, pdf

#: A loose bound for a damaged copy of a small sample: reading one takes well under a second.
SECONDS_PER_FILE = 10
#: A file of 100,000 paragraphs is long, not hostile: it is read at about 0.1 ms a paragraph,
#: and may take as long as the readers allow a page or a PDF (``html.TIME_LIMIT_S``).
SECONDS_FOR_HUGE_FILE = 20
#: How much the process may grow while reading a file of a few kilobytes.
MAX_GROWTH_MB = 400

HEADLINE = "Ferry company adds a third daily crossing"
STORY = [
    "The ferry company said on Tuesday that it would add a third crossing each day from May, "
    "after bookings for the summer rose by a quarter.",
    "Island councillors had asked for the extra sailing for two years, saying visitors could "
    "not find a place on the afternoon boat.",
    "The company said the timetable would be published at the end of the month.",
]

ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)


def html_page(body_extra: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>Third crossing</title>'
        '<meta property="og:site_name" content="Westholm Gazette">'
        '<meta property="article:published_time" content="2025-03-11T09:00:00Z"></head><body>'
        f"<article><h1>{HEADLINE}</h1><p>By Morag Innes</p>{paragraphs}{body_extra}</article>"
        "</body></html>"
    ).encode()


def rss_feed(item_extra: str = "") -> bytes:
    content = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        "<title>Westholm Gazette</title><link>https://www.westholmgazette.example/</link>"
        f"<item><title>{HEADLINE}</title><link>https://westholmgazette.example/ferry</link>"
        "<dc:creator>Morag Innes</dc:creator><pubDate>Tue, 11 Mar 2025 09:00:00 +0000</pubDate>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded>{item_extra}</item>"
        "</channel></rss>"
    ).encode()


def odt_package(body: str | None = None, *, content: str | None = None) -> bytes:
    if body is None:
        body = f'<text:h text:outline-level="1">{HEADLINE}</text:h>' + "".join(
            f"<text:p>{p}</text:p>" for p in STORY
        )
    if content is None:
        content = (
            f'<?xml version="1.0"?><office:document-content {ODT_NS}><office:body>'
            f"<office:text>{body}</office:text></office:body></office:document-content>"
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        package.writestr(
            "styles.xml", f"<office:document-styles {ODT_NS}/>", compress_type=zipfile.ZIP_DEFLATED
        )
        package.writestr(
            "meta.xml",
            f"<office:document-meta {ODT_NS}><office:meta><dc:title>{HEADLINE}</dc:title>"
            "<meta:creation-date>2025-03-11T09:00:00</meta:creation-date></office:meta>"
            "</office:document-meta>",
        )
    return buffer.getvalue()


def word_package(body: str | None = None) -> bytes:
    if body is None:
        body = para(HEADLINE, "Title") + "".join(para(p) for p in STORY)
    return docx(body)


def web_archive(html: bytes | None = None) -> bytes:
    boundary = "----MultipartBoundary--fuzz----"
    address = "https://www.westholmgazette.example/news/2025/03/11/ferry"
    return (
        (
            "From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {address}\r\n"
            "Subject: Third crossing\r\nDate: Tue, 11 Mar 2025 10:00:00 -0000\r\n"
            "MIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"\r\n\r\n'
            f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <root@x>\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: {address}\r\n\r\n"
        ).encode()
        + quopri.encodestring(html if html is not None else html_page())
        + (
            f"\r\n--{boundary}\r\nContent-Type: image/png\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n"
            + base64.encodebytes(b"\x89PNG\r\n\x1a\n").decode()
            + f"\r\n--{boundary}--\r\n"
        ).encode()
    )


def rtf_document(body_extra: str = "") -> bytes:
    head = (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}}"
        r"{\colortbl;\red0\green0\blue0;}{\info{\title Third crossing}"
        r"{\creatim\yr2025\mo3\dy11\hr9\min0}}"
    )
    paragraphs = "".join(p + r"\par" + "\n" for p in [r"\b " + HEADLINE + r"\b0", *STORY])
    return (head + paragraphs + body_extra + "}").encode("ascii")


def mail_message() -> bytes:
    return (
        "From: Westholm Gazette <news@westholmgazette.example>\n"
        "To: desk@paper.example\n"
        f"Subject: {HEADLINE}\n"
        "Date: Tue, 11 Mar 2025 09:00:00 +0000\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes("\n\n".join(STORY).encode()).decode()
        + "\n--b1\nContent-Type: text/html; charset=utf-8\n\n"
        + html_page().decode()
        + "\n--b1--\n"
    ).encode()


def pdf_document() -> bytes:
    return pdf(
        flowed([("title", HEADLINE), *(("para", p) for p in STORY)]),
        {"Title": "Third crossing", "CreationDate": "D:20250311090000Z"},
    )


#: One small valid file of every format read, by the file name it is imported under.
SAMPLES: dict[str, Callable[[], bytes]] = {
    "story.txt": lambda: (HEADLINE + "\n\n" + "\n\n".join(STORY) + "\n").encode(),
    "story.md": lambda: ("# " + HEADLINE + "\n\n" + "\n\n".join(STORY) + "\n").encode(),
    "story.html": html_page,
    "story.xml": rss_feed,
    "story.pdf": pdf_document,
    "story.docx": word_package,
    "story.odt": odt_package,
    "story.mhtml": web_archive,
    "story.rtf": rtf_document,
    "story.eml": mail_message,
}
ZIPPED = ("story.docx", "story.odt")


# --- the property -------------------------------------------------------------------------


class TookTooLong(Exception):
    """Raised inside the reader by the alarm: the read is a hang, not a slow file."""


@contextmanager
def time_bound(seconds: int) -> Iterator[None]:
    def stop(signum: int, frame: FrameType | None) -> None:
        raise TookTooLong(f"reading took longer than {seconds} s")

    # The process's CPU time, not the wall clock: a reader that loops spends CPU, while a
    # busy neighbour on a shared machine only slows the wall clock.
    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def assert_read_or_refused_plainly(data: bytes, name: str, seconds: int = SECONDS_PER_FILE) -> None:
    """The property every reader keeps, whatever ``data`` holds."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        peak_before = _peak_mb()
        started = time.process_time()
        try:
            with time_bound(seconds):
                _, article = read_file(path)
        except IngestError as exc:
            message = str(exc)
            assert message.startswith(f"{name}: "), message
            reason = message[len(name) + 2 :]
            # A reason in words, not an exception's bare name or a traceback.
            assert len(reason.split()) >= 3, message
            assert "Traceback" not in message and len(message) < 600, message
            # A file of a few kilobytes cannot need gigabytes: that would be a blow-up caught.
            assert "too large to read in memory" not in message, message
        except TookTooLong as exc:
            pytest.fail(f"{name}: {exc} ({len(data)} bytes)")
        else:
            assert isinstance(article.text, str)
        elapsed = time.process_time() - started
        assert elapsed < seconds, f"{name}: {elapsed:.1f} s"
        assert _peak_mb() - peak_before < MAX_GROWTH_MB


# --- the damage ---------------------------------------------------------------------------


@st.composite
def byte_damage(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` cut short, or with a few bytes flipped, inserted or deleted."""
    kind = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "mixed"]))
    out = bytearray(data)
    if kind == "truncate":
        return bytes(out[: draw(st.integers(1, len(out) - 1))])
    edits = draw(st.integers(1, 8))
    for _ in range(edits):
        if not out:
            break
        at = draw(st.integers(0, len(out) - 1))
        edit = kind if kind != "mixed" else draw(st.sampled_from(["flip", "insert", "delete"]))
        if edit == "flip":
            out[at] ^= 1 << draw(st.integers(0, 7))
        elif edit == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            del out[at : at + draw(st.integers(1, 16))]
    return bytes(out) or b"x"


@st.composite
def member_damage(draw: st.DrawFn, data: bytes) -> bytes:
    """A zip package with one member dropped, emptied, garbled or cut short (the package
    itself stays a valid zip, so the damage reaches the reader's XML)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    target = draw(st.integers(0, len(members) - 1))
    how = draw(st.sampled_from(["drop", "empty", "garble", "truncate", "binary"]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for index, (info, content) in enumerate(members):
            if index == target:
                if how == "drop":
                    continue
                if how == "empty":
                    content = b""
                elif how == "garble":
                    content = draw(byte_damage(content)) if len(content) > 1 else b"\xff"
                elif how == "truncate":
                    content = content[: draw(st.integers(0, max(0, len(content) - 1)))]
                else:
                    content = draw(st.binary(min_size=1, max_size=64))
            out.writestr(info, content)
    return buffer.getvalue()


#: A longer search, run by hand after changing a reader: FACTLANE_FUZZ_EXAMPLES=2000.
EXAMPLES = int(os.environ.get("FACTLANE_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    deadline=None,
    max_examples=EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    # The everyday run is the same every time; a long search by hand explores afresh.
    derandomize="FACTLANE_FUZZ_EXAMPLES" not in os.environ,
)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_intact_sample_is_read(name: str) -> None:
    """Without this the damaged copies would prove nothing: each sample is a real document."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(SAMPLES[name]())
        _, article = read_file(path)
    assert "third crossing each day" in article.text


@pytest.mark.parametrize("name", sorted(SAMPLES))
@FUZZ
@given(data=st.data())
def test_a_damaged_copy_is_read_or_refused_plainly(name: str, data: st.DataObject) -> None:
    damaged = data.draw(byte_damage(SAMPLES[name]()), label="damaged")
    assert_read_or_refused_plainly(damaged, name)


@pytest.mark.parametrize("name", ZIPPED)
@FUZZ
@given(data=st.data())
def test_a_package_with_one_damaged_member_is_read_or_refused_plainly(
    name: str, data: st.DataObject
) -> None:
    damaged = data.draw(member_damage(SAMPLES[name]()), label="damaged")
    assert_read_or_refused_plainly(damaged, name)


# --- shapes no editor writes: very deep, very repetitive ------------------------------------


def _deep(name: str, depth: int) -> bytes:
    if name == "story.html":
        return html_page("<div>" * depth + "deep" + "</div>" * depth)
    if name == "story.mhtml":
        return web_archive(html_page("<span>" * depth + "deep" + "</span>" * depth))
    if name == "story.xml":
        return rss_feed("<x>" * depth + "deep" + "</x>" * depth)
    if name == "story.docx":
        return word_package(
            para(HEADLINE, "Title")
            + "".join(para(p) for p in STORY)
            + "<w:tbl><w:tr><w:tc>" * depth
            + para("deep")
            + "</w:tc></w:tr></w:tbl>" * depth
        )
    if name == "story.odt":
        return odt_package(
            "".join(f"<text:p>{p}</text:p>" for p in STORY)
            + "<text:section>" * depth
            + "<text:p>deep</text:p>"
            + "</text:section>" * depth
        )
    if name == "story.rtf":
        return rtf_document("{" * depth + "deep" + "}" * depth)
    if name == "story.pdf":
        data = pdf_document()
        # An array nested ``depth`` deep in the document information dictionary.
        return data.replace(b"/Title ", b"/Deep " + b"[" * depth + b"]" * depth + b" /Title ", 1)
    text = "\n\n".join(STORY)
    return (("> " * depth) + text + "\n").encode() if name == "story.md" else text.encode()


def _repeated(name: str, times: int) -> bytes:
    if name == "story.html":
        return html_page("<p " + 'class="a" ' * times + ">x</p>")
    if name == "story.mhtml":
        return web_archive(html_page("<b>x</b>" * times))
    if name == "story.xml":
        return rss_feed("<category>x</category>" * times)
    if name == "story.docx":
        return word_package(
            "".join(para(p) for p in STORY) + "<w:p " + 'w:rsidR="00A1" ' * times + "/>"
        )
    if name == "story.odt":
        return odt_package("".join(f"<text:p>{p}</text:p>" for p in STORY) + "<text:p/>" * times)
    if name == "story.rtf":
        return rtf_document(r"{\b x}" * times)
    if name == "story.pdf":
        data = pdf_document()
        return data.replace(b"/Title ", b"/Many [" + b"1 " * times + b"] /Title ", 1)
    if name == "story.eml":
        return b"X-Relay: relay.example\n" * times + mail_message()
    text = "\n\n".join(STORY)
    return (text + "\n\n" + "- x\n" * times).encode()


@pytest.mark.parametrize("name", sorted(SAMPLES))
@settings(deadline=None, max_examples=4, derandomize=True)
@given(depth=st.sampled_from([1_000, 5_000, 50_000, 100_000]))
def test_elements_nested_very_deep_are_read_or_refused_plainly(name: str, depth: int) -> None:
    assert_read_or_refused_plainly(_deep(name, depth), name, SECONDS_FOR_HUGE_FILE)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_an_attribute_or_group_repeated_100000_times_is_read_or_refused_plainly(
    name: str,
) -> None:
    assert_read_or_refused_plainly(_repeated(name, 100_000), name, SECONDS_FOR_HUGE_FILE)
