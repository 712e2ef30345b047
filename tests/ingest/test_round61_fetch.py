"""Import round 61: an article fetched by its web address, and one pasted as text or HTML.

The pages come from a site on this computer (tests/ingest/test_round61_site.py), never the
internet.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import datetime

import pytest

from desktop.ingest import MAX_FILE_BYTES, IngestError
from desktop.ingest.fetch import (
    FETCHED_ORIGIN,
    USER_AGENT,
    FetchCancelled,
    fetch,
    is_web_address,
    read_fetched,
)
from desktop.ingest.pasted import pasted_name, read_paste
from tests.ingest.test_round61_site import LocalSite, local_site


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with local_site() as running:
        yield running


def test_web_addresses_are_told_from_files() -> None:
    assert is_web_address("https://harlowcourier.example/2025/03/14/ferry-fire")
    assert is_web_address("  http://127.0.0.1:8000/news  ")
    for other in ("ferry.html", "/home/analyst/ferry.html", "ftp://host/x", "https://", "www.x"):
        assert not is_web_address(other)


def test_a_page_is_read_with_the_charset_its_header_names(site: LocalSite) -> None:
    address = site.url("/news/ferry-fire")
    fetched = fetch(address)
    assert fetched.media_type == "text/html" and fetched.charset == "iso-8859-1"
    (article,) = read_fetched(fetched)
    assert article.title == "Ferry to Tarrowby halted after engine fire"
    assert article.author == "Mina Okafor"
    assert str(article.published) == "2025-03-14"
    assert "the café on the quay" in article.text
    assert "Home" not in article.text.split("\n")[0]
    # the address fetched is the article's url, and says so
    assert article.url == address
    assert article.field_origins["url"] == FETCHED_ORIGIN


def test_the_pages_own_address_wins(site: LocalSite) -> None:
    (article,) = read_fetched(fetch(site.url("/news/canonical")))
    assert article.url == "https://harlowcourier.example/2025/03/14/ferry-fire"
    assert article.field_origins["url"] != FETCHED_ORIGIN


def test_redirects_are_followed_and_no_cookie_is_kept(site: LocalSite) -> None:
    fetched = fetch(site.url("/old/ferry"))
    assert fetched.final == site.url("/news/ferry-fire")
    assert read_fetched(fetched)[0].url == site.url("/news/ferry-fire")
    fetch(site.url("/with-cookie"))
    paths = [path for path, _ in site.requests]
    assert paths == ["/old/ferry", "/news/ferry-fire", "/with-cookie", "/news/ferry-fire"]
    # the cookie set on the way was not sent back; every request names Factlane
    assert all("Cookie" not in headers for _, headers in site.requests)
    assert {headers["User-Agent"] for _, headers in site.requests} == {USER_AGENT}
    assert USER_AGENT.startswith("Factlane/")


def test_plain_text_is_read_by_the_text_reader(site: LocalSite) -> None:
    (article,) = read_fetched(fetch(site.url("/council/notes")))
    assert article.format == "txt"
    assert "1.2 million pounds" in article.text
    assert article.url == site.url("/council/notes")


def test_documents_are_read_by_their_readers(site: LocalSite) -> None:
    # a PDF told by its type, its address without a suffix
    (report,) = read_fetched(fetch(site.url("/papers/quay-report")))
    assert report.format == "pdf"
    assert "1.2 million pounds" in report.text
    assert report.url == site.url("/papers/quay-report")
    # a Word file sent as "some bytes", told by its address's suffix
    (brief,) = read_fetched(fetch(site.url("/papers/quay-brief.docx")))
    assert brief.format == "docx"
    assert "40 centimetres" in brief.text


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/gone", r"has no page at this address \(404 Not Found\)"),
        ("/subscribers", r"refused to send the page \(403 Forbidden\): it may be for subscribers"),
        ("/broken", r"the site had a fault and sent no page \(500"),
        ("/loop", r"sent the page on to other addresses too many times"),
    ],
)
def test_errors_say_what_the_site_answered(site: LocalSite, path: str, words: str) -> None:
    with pytest.raises(IngestError, match=words) as caught:
        fetch(site.url(path))
    assert str(caught.value).startswith(site.url(path) + ": ")


def test_what_is_no_article_is_refused_by_name(site: LocalSite) -> None:
    with pytest.raises(IngestError, match=r"is not a web page .*a picture, image/jpeg"):
        read_fetched(fetch(site.url("/photo.jpg")))
    with pytest.raises(IngestError, match="the site sent an empty page"):
        read_fetched(fetch(site.url("/empty")))


def test_too_large_is_refused_before_it_is_read(site: LocalSite) -> None:
    with pytest.raises(IngestError, match=r"is 80\.0 MB; pages over 50 MB are not imported"):
        fetch(site.url("/huge"))
    # a page that says nothing of its size is stopped once it passes the limit
    with pytest.raises(
        IngestError, match=r"is [\d,]+ bytes; pages over 100 bytes are not imported"
    ):
        fetch(site.url("/news/ferry-fire"), limit=100)
    assert MAX_FILE_BYTES == 50 * 1024 * 1024


def test_a_silent_site_times_out(site: LocalSite) -> None:
    site.slow_seconds = 2.0
    with pytest.raises(IngestError, match="did not answer within 1 seconds"):
        fetch(site.url("/slow"), timeout=0.6)


def test_no_network_and_a_refused_connection(
    site: LocalSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a port nobody listens on
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    with pytest.raises(IngestError, match="refused the connection"):
        fetch(f"http://127.0.0.1:{port}/news")

    def offline(*_args: object, **_kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", offline)
    with pytest.raises(IngestError, match=r"could not find the site harlowcourier\.example: the"):
        fetch("https://harlowcourier.example/2025/03/14/ferry-fire")


def test_a_download_can_be_called_off(site: LocalSite) -> None:
    seen: list[tuple[int, int | None]] = []
    fetched = fetch(site.url("/news/ferry-fire"), progress=lambda n, total: seen.append((n, total)))
    assert seen[-1] == (len(fetched.data), len(fetched.data))
    with pytest.raises(FetchCancelled):
        fetch(site.url("/news/ferry-fire"), cancelled=lambda: True)


def test_not_a_web_address() -> None:
    with pytest.raises(IngestError, match="only addresses starting with http:// or https://"):
        fetch("file:///etc/passwd")


# -- pasted ---------------------------------------------------------------------------------

BROWSER_HTML = (
    "<meta charset='utf-8'><h1>Ferry to Tarrowby halted after engine fire</h1>"
    '<p class="byline">By <a href="/authors/mina-okafor">Mina Okafor</a> · Harlow Courier · '
    "14 March 2025</p><p>KESTON — The ferry between Keston and Tarrowby will not sail until at "
    "least Friday after a fire in its engine room on Tuesday, the operator said.</p><p>About 40 "
    "passengers were taken off the vessel by lifeboat crews.</p>"
)
BROWSER_TEXT = (
    "Ferry to Tarrowby halted after engine fire\n\nBy Mina Okafor · Harlow Courier · "
    "14 March 2025\n\nKESTON — The ferry between Keston and Tarrowby will not sail until at "
    "least Friday after a fire in its engine room on Tuesday, the operator said.\n\nAbout 40 "
    "passengers were taken off the vessel by lifeboat crews.\n"
)


def test_html_is_preferred_and_stored_as_pasted() -> None:
    pasted = read_paste(BROWSER_TEXT, BROWSER_HTML)
    assert pasted.html and pasted.data == BROWSER_HTML.encode("utf-8")
    article = pasted.article
    assert article.title == "Ferry to Tarrowby halted after engine fire"
    assert article.author == "Mina Okafor"
    assert str(article.published) == "2025-03-14"
    assert article.text.startswith("KESTON")


def test_plain_text_when_the_html_has_no_text() -> None:
    pasted = read_paste(BROWSER_TEXT, "<img src='ferry.jpg'>")
    assert not pasted.html and pasted.data == BROWSER_TEXT.encode("utf-8")
    assert "40 passengers" in pasted.article.text
    pasted = read_paste(BROWSER_TEXT, None)
    assert pasted.article.author == "Mina Okafor"


def test_bad_pastes_are_refused_in_words() -> None:
    with pytest.raises(IngestError, match="nothing was pasted"):
        read_paste("  \n", None)
    with pytest.raises(IngestError, match="nothing was pasted"):
        read_paste(None, "")
    with pytest.raises(IngestError, match=r"pasted text: is 50\.0 MB; pastes over 50 MB"):
        read_paste("a" * (MAX_FILE_BYTES + 1))
    junk = "".join(chr(c % 32) for c in range(5000))
    with pytest.raises(IngestError, match="pasted text: is not text an article is made of"):
        read_paste(junk)


def test_a_paste_is_named_by_when_it_came() -> None:
    assert pasted_name(datetime(2026, 11, 29, 12, 3)) == "Pasted 29 Nov 2026 12:03"
    assert pasted_name(datetime(2026, 3, 1, 9, 0)) == "Pasted 1 Mar 2026 09:00"
