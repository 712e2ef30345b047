"""Audit round 14: import round 61's fetch by web address against sites that misbehave.

Each page comes from a standard-library http.server on 127.0.0.1 in a thread, never the
internet. What was wrong before this round:

- an address with a user name and password ("https://user:secret@host/x") was not fetched at
  all ("could not find the site"), and the password was said in the error, the outcome and
  would have been the stored article's name;
- a redirect to a file on this computer (file://) was called "sent on too many times", and a
  redirect to an FTP server was followed;
- a page whose connection broke before the size the site announced was imported cut short,
  with no word;
- Cancel pressed while a site held the connection open and said nothing was heard only when
  the site answered or after the 30 s timeout (audit 14 (6));
- a page the site compressed though asked not to (gzip, deflate) was refused as 'a
  gzip-compressed file, not a text document' (audit 14 (8)); now unpacked, never past the
  size limit (a gzip bomb), and a compression it cannot undo (Brotli) is said by name;
- an address with letters beyond ASCII in its path ("/wiki/Köln", as a browser or a document
  shows it) was refused as "not a web address Factlane can fetch ('ascii' codec ...)";
- a site whose name is in another script ("bücher.example") was asked for by a Host header
  of Latin-1 bytes, not its IDNA name ("xn--bcher-kva.example"), which no site answers to.
"""

from __future__ import annotations

import base64
import gzip
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop.ingest import IngestError
from desktop.ingest.fetch import FetchCancelled, fetch, read_fetched, shown_address
from desktop.services.project import ProjectService
from tests.ingest.test_round61_site import STORY_HTML

SECRET = "s3cr3t-pw"


class _Hostile(BaseHTTPRequestHandler):
    seen: list[tuple[str, str | None, str | None]]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _page(self, body: bytes, length: int | None = None, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        auth = self.headers.get("Authorization")
        self.seen.append((self.path, self.headers.get("Host"), auth))
        story = STORY_HTML.encode("utf-8")
        if self.path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif self.path == "/to-ftp":
            self._redirect("ftp://127.0.0.1:1/story.html")
        elif self.path.startswith("/packed/"):
            coding = self.path.rsplit("/", 1)[1]
            packed = {
                "gzip": gzip.compress(story),
                "deflate": zlib.compress(story),
                "bomb": gzip.compress(b"<html><body><p>" + b"0" * 10_000_000),
                "br": b"\x1b\x00\x00",
            }[coding]
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip" if coding == "bomb" else coding)
            self.send_header("Content-Length", str(len(packed)))
            self.end_headers()
            self.wfile.write(packed)
        elif self.path == "/silent":
            time.sleep(4)  # connected, then not a word: a site that hangs
            self._page(story)
        elif self.path == "/cut-short":
            self._page(story[: len(story) // 2], length=len(story))
        elif self.path == "/members/story":
            wanted = "Basic " + base64.b64encode(f"analyst:{SECRET}".encode()).decode()
            if auth != wanted:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="members"')
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self._page(story)
        elif self.path == "/members/gone":
            self._page(b"<html><body>No such page</body></html>", status=404)
        else:
            self._page(story)


@pytest.fixture
def hostile() -> Iterator[tuple[str, list[tuple[str, str | None, str | None]]]]:
    seen: list[tuple[str, str | None, str | None]] = []
    handler = type("Handler", (_Hostile,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_a_redirect_to_a_file_or_ftp_is_refused_by_name(hostile: tuple[str, list]) -> None:
    host, seen = hostile
    with pytest.raises(IngestError) as to_file:
        fetch(f"http://{host}/to-file", timeout=5)
    assert "file:///etc/passwd, which is not a web address" in str(to_file.value)
    assert "too many times" not in str(to_file.value)
    with pytest.raises(IngestError) as to_ftp:
        fetch(f"http://{host}/to-ftp", timeout=5)
    assert "ftp://127.0.0.1:1/story.html, which is not a web address" in str(to_ftp.value)
    assert "refused the connection" not in str(to_ftp.value)  # it was not followed
    assert [path for path, _, _ in seen] == ["/to-file", "/to-ftp"]


def test_a_page_cut_short_is_not_imported(project: ProjectService, hostile: tuple) -> None:
    host, _ = hostile
    outcome = project.import_file(f"http://{host}/cut-short")
    assert outcome.status == "failed"
    assert "the connection broke before the whole page came" in outcome.message
    assert project.articles() == []


def test_an_address_with_letters_beyond_ascii_is_fetched(hostile: tuple) -> None:
    host, seen = hostile
    fetched = fetch(f"http://{host}/wiki/Köln?q=über", timeout=5)
    assert seen[-1][0] == "/wiki/K%C3%B6ln?q=%C3%BCber"
    assert read_fetched(fetched)[0].title == "Ferry to Tarrowby halted after engine fire"


def test_a_host_of_another_script_is_asked_for_by_its_idna_name(
    hostile: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    host, seen = hostile
    port = int(host.rpartition(":")[2])
    real = socket.getaddrinfo

    def resolve(name: object, *args: object, **kwargs: object) -> object:
        if name in ("xn--bcher-kva.example", "bücher.example"):
            name = "127.0.0.1"
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    fetched = fetch(f"http://bücher.example:{port}/story", timeout=5)
    assert seen[-1][1] == f"xn--bcher-kva.example:{port}"
    assert fetched.address == f"http://bücher.example:{port}/story"


def test_a_password_in_the_address_is_used_never_stored_nor_said(
    project: ProjectService, hostile: tuple
) -> None:
    host, seen = hostile
    assert shown_address(f" https://analyst:{SECRET}@{host}/x ") == f"https://{host}/x"
    address = f"http://analyst:{SECRET}@{host}/members/story"
    outcome = project.import_file(address)
    assert outcome.status == "imported", outcome.message
    assert SECRET not in outcome.line()
    detail = project.article(outcome.article_id or 0)
    assert detail.record.path == f"http://{host}/members/story"
    assert detail.record.url == f"http://{host}/members/story"
    assert detail.record.title == "Ferry to Tarrowby halted after engine fire"
    # the site asked (401) and was answered; the password went to no other request
    assert [auth is not None for path, _, auth in seen] == [False, True]
    failed = project.import_file(f"http://analyst:{SECRET}@{host}/members/gone")
    assert failed.status == "failed" and "404" in failed.message
    assert SECRET not in failed.line() and "analyst" not in failed.line()
    assert all(SECRET not in (a.path + (a.url or "")) for a in project.articles())


def test_cancel_is_heard_while_a_site_says_nothing(hostile: tuple) -> None:
    """Cancel (or the window closing) while the site holds the connection open without a
    word was heard only when the site answered or the 30 s timeout ran out."""
    host, _ = hostile
    started = time.monotonic()
    with pytest.raises(FetchCancelled):
        fetch(f"http://{host}/silent", cancelled=lambda: time.monotonic() - started > 0.3)
    assert time.monotonic() - started < 2.0


def test_a_page_compressed_unasked_is_unpacked_within_the_limit(hostile: tuple) -> None:
    host, _ = hostile
    for coding in ("gzip", "deflate"):
        [article] = read_fetched(fetch(f"http://{host}/packed/{coding}", timeout=5))
        assert article.title == "Ferry to Tarrowby halted after engine fire", coding
    with pytest.raises(IngestError) as bomb:  # ~10 KB that unpacks to 10 MB
        fetch(f"http://{host}/packed/bomb", timeout=5, limit=1_000_000)
    assert "unpacked, the page is over" in str(bomb.value)
    with pytest.raises(IngestError) as brotli:
        fetch(f"http://{host}/packed/br", timeout=5)
    assert "compressed (br), which Factlane cannot undo" in str(brotli.value)
