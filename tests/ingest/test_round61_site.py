"""A web site on this computer for the tests of fetching an article by its address (import
round 61): a standard-library http.server in a thread, never the internet.

``LocalSite`` is used by the ingest, services, CLI and UI tests of round 61; the test here
checks the site itself answers as the others expect.
"""

from __future__ import annotations

import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

#: An invented outlet's story, as its site serves it.
STORY_HTML = """<!DOCTYPE html>
<html><head><title>Ferry to Tarrowby halted after engine fire | Harlow Courier</title>
<meta property="og:site_name" content="Harlow Courier">
<meta name="author" content="Mina Okafor">
<meta property="article:published_time" content="2025-03-14T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry to Tarrowby halted after engine fire</h1>
<p>KESTON - The ferry between Keston and Tarrowby will not sail until at least Friday after
a fire broke out in its engine room on Tuesday, the operator said.</p>
<p>About 40 passengers were taken off the vessel by lifeboat crews. No one was hurt, the
coastguard said, and the café on the quay stayed open for those waiting.</p>
<p>Grey Sound Lines said inspectors would board the ship on Wednesday and that a relief vessel
could be chartered within ten days.</p>
</article></body></html>"""

#: The same kind of page naming its own address (its canonical link and og:url).
CANONICAL_HTML = STORY_HTML.replace(
    "</head>",
    '<link rel="canonical" href="https://harlowcourier.example/2025/03/14/ferry-fire">\n'
    '<meta property="og:url" content="https://harlowcourier.example/2025/03/14/ferry-fire">\n'
    "</head>",
)

NOTES_TEXT = (
    "Tarrowby council notes\n\n"
    "The council met on 3 February 2025 and agreed to spend 1.2 million pounds on the quay.\n\n"
    "Work is to start in April and end by the autumn, the clerk said.\n"
)


class _Handler(BaseHTTPRequestHandler):
    site: LocalSite

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str | None, **headers: str) -> None:
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", headers.pop("length", str(len(body))))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.site.requests.append((self.path, dict(self.headers.items())))
        path = self.path
        if path == "/news/ferry-fire":
            self._send(200, STORY_HTML.encode("latin-1"), "text/html; charset=ISO-8859-1")
        elif path == "/news/canonical":
            self._send(200, CANONICAL_HTML.encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/old/ferry":
            self._send(301, b"", "text/html", Location="/news/ferry-fire")
        elif path == "/loop":
            self._send(302, b"", "text/html", Location="/loop")
        elif path == "/with-cookie":
            self._send(
                302, b"", "text/html", Location="/news/ferry-fire", Set_Cookie="visitor=1; Path=/"
            )
        elif path == "/papers/quay-report":
            # a PDF at an address without a suffix, said by its type alone
            self._send(200, self.site.pdf(), "application/pdf")
        elif path == "/papers/quay-brief.docx":
            # a Word file a site sends as "some bytes": its address's suffix says what it is
            self._send(200, self.site.docx(), "application/octet-stream")
        elif path == "/council/notes":
            self._send(200, NOTES_TEXT.encode("utf-8"), "text/plain; charset=utf-8")
        elif path == "/gone":
            self._send(404, b"<h1>Not found</h1>", "text/html")
        elif path == "/subscribers":
            self._send(403, b"<h1>Subscribe</h1>", "text/html")
        elif path == "/broken":
            self._send(500, b"oops", "text/plain")
        elif path == "/photo.jpg":
            self._send(200, b"\xff\xd8\xff\xe0" + bytes(200), "image/jpeg")
        elif path == "/huge":
            # announces far more than the limit, sends a little
            self._send(200, b"<html>" * 10, "text/html", length=str(80 * 1024 * 1024))
        elif path == "/empty":
            self._send(200, b"", "text/html")
        elif path == "/slow":
            time.sleep(self.site.slow_seconds)
            self._send(200, STORY_HTML.encode("utf-8"), "text/html; charset=utf-8")
        else:
            self._send(404, b"", "text/plain")


class LocalSite:
    """A site at http://127.0.0.1:PORT, with the pages above; ``requests`` records every
    request's path and headers."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.slow_seconds = 3.0
        handler = type("Handler", (_Handler,), {"site": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @staticmethod
    def pdf() -> bytes:
        from tests.ingest import documents

        return documents.pdf(
            documents.flowed(
                [
                    ("title", "Tarrowby quay repairs: report to the council"),
                    ("para", "The council agreed on 3 February 2025 to spend 1.2 million "
                     "pounds on the quay, and work is to start in April."),
                    ("para", "The harbour master said the north wall had moved 40 centimetres "
                     "since the storms of January."),
                ]
            )
        )  # fmt: skip

    @staticmethod
    def docx() -> bytes:
        from tests.ingest import documents

        return documents.docx(
            documents.para("Quay brief", "Title")
            + documents.para(
                "The harbour master said on 4 February 2025 that the north wall had moved 40 "
                "centimetres since January."
            )
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def start(self) -> LocalSite:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def local_site() -> Iterator[LocalSite]:
    site = LocalSite().start()
    try:
        yield site
    finally:
        site.stop()


def test_the_site_serves_its_pages() -> None:
    with local_site() as site:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(site.url("/news/ferry-fire"), timeout=5) as response:
            assert response.headers.get_content_charset() == "iso-8859-1"
            assert "café".encode("latin-1") in response.read()
        assert site.requests[0][0] == "/news/ferry-fire"
