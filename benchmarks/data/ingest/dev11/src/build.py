"""Rebuild dev11's PDF and Word files from the HTML articles here (a dev tool, not run by tests).

Needs Debian's chromium and, for the Word and Writer files, LibreOffice (soffice). Pages printed
with the browser's header and footer are served over a local HTTP server under the outlet's
own host name, so that the footer prints a news site's address rather than a file path.

    python benchmarks/data/ingest/dev11/src/build.py
"""

from __future__ import annotations

import http.server
import re
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

#: output name, source, address it is served at (None: printed without header and footer)
CHROMIUM = [
    ("c01_local_news_browser_header_footer.pdf", "a01_local_news.html",
     "http://www.ashbyvalecourier.example/news/council-approves-quarry-extension-after-two-year-dispute"),
    ("c02_feature_two_columns_ligatures.pdf", "a02_feature_two_columns.html",
     "http://www.northernledger.example/features/last-ferrymen-tamsett-estuary"),
    ("c03_live_blog_no_header.pdf", "a03_live_blog.html", None),
    ("c04_press_release_browser.pdf", "a04_press_release.html",
     "http://www.eastmoorwater.example/news/hosepipe-ban-lifted"),
    ("c05_report_footnotes_tables_page_x_of_y.pdf", "a05_report_footnotes_tables.html", None),
    ("c06_page_furniture_sidebar.pdf", "a06_page_furniture.html",
     "http://www.brackenfieldgazette.example/news/education/school-meals-contract-handed-back"),
    ("c07_opinion_ligatures_drop_cap.pdf", "a07_opinion_ligatures.html", None),
    ("c08_no_printed_date_print_stamp.pdf", "a08_no_printed_date.html",
     "http://news.coastlineradio.example/local/holm-ferry-winter-sailings"),
    ("c09_wire_story_dated_address.pdf", "a09_wire_story_dated_address.html",
     "http://www.dailymeridian.example/world/2025/04/22/norway-electric-ferries/"),
    ("c10_explainer_lists_no_header.pdf", "a10_explainer_lists.html", None),
]  # fmt: skip
#: output name, source, LibreOffice filter
LIBREOFFICE = [
    ("l01_press_release_from_libreoffice.docx", "a04_press_release.html", "docx:MS Word 2007 XML"),
    ("l02_report_from_libreoffice.docx", "a05_report_footnotes_tables.html", "docx:MS Word 2007 XML"),
    ("l03_report_from_libreoffice.pdf", "a05_report_footnotes_tables.html", "pdf:writer_pdf_Export"),
    ("l04_opinion_from_libreoffice.pdf", "a07_opinion_ligatures.html", "pdf:writer_pdf_Export"),
]  # fmt: skip
#: sources whose long words carry soft hyphens, as a publisher's hyphenation would place them
SOFT_HYPHENS = {"a02_feature_two_columns.html", "a07_opinion_ligatures.html"}

_VOWELS = "aeiouy"


def hyphenated(word: str) -> str:
    """Soft hyphens after a vowel that a consonant follows, three letters in from each end."""
    if len(word) < 8 or not word.isalpha():
        return word
    out = word[0]
    for i in range(1, len(word)):
        if 3 <= i <= len(word) - 3 and word[i - 1] in _VOWELS and word[i] not in _VOWELS:
            out += "&shy;"
        out += word[i]
    return out


def prepared(name: str) -> str:
    html = (HERE / name).read_text(encoding="utf-8")
    if name not in SOFT_HYPHENS:
        return html

    def paragraph(m: re.Match[str]) -> str:
        return re.sub(
            r"(?<=>)([^<]+)",
            lambda t: re.sub(r"[A-Za-z]+", lambda w: hyphenated(w.group()), t.group(1)),
            m.group(),
        )

    return re.sub(r"<p\b[^>]*>.*?</p>", paragraph, html, flags=re.S)


def serve(pages: dict[str, str]) -> tuple[http.server.ThreadingHTTPServer, int]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.headers.get("Host", "").split(":")[0] + self.path)
            if body is None:
                self.send_error(404)
                return
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def main() -> None:
    chromium = shutil.which("chromium") or "chromium"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pages = {}
        for _, source, address in CHROMIUM:
            (work / source).write_text(prepared(source), encoding="utf-8")
            if address:
                pages[address.split("://", 1)[1]] = prepared(source)
        server, port = serve(pages)
        try:
            for out, source, address in CHROMIUM:
                hosts = {a.split("/")[2] for _, _, a in CHROMIUM if a}
                rules = ",".join(f"MAP {h} 127.0.0.1:{port}" for h in sorted(hosts))
                cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu",
                       f"--host-resolver-rules={rules}", f"--print-to-pdf={OUT / out}"]  # fmt: skip
                if address is None:
                    cmd += ["--no-pdf-header-footer", (work / source).as_uri()]
                else:
                    cmd.append(address)
                subprocess.run(cmd, check=True, capture_output=True, timeout=120)
                print("wrote", out)
        finally:
            server.shutdown()
        soffice = shutil.which("soffice")
        if soffice is None:
            print("no LibreOffice: the l* files were not rebuilt")
            return
        for out, source, convert in LIBREOFFICE:
            target = work / "lo"
            target.mkdir(exist_ok=True)
            (target / source).write_text(
                (HERE / source).read_text(encoding="utf-8"), encoding="utf-8"
            )
            subprocess.run(
                [soffice, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", convert,
                 "--outdir", str(target / "out"), str(target / source)],
                check=True, capture_output=True, timeout=300,
            )  # fmt: skip
            made = next((target / "out").glob(Path(source).stem + ".*"))
            shutil.move(made, OUT / out)
            print("wrote", out)


if __name__ == "__main__":
    main()
