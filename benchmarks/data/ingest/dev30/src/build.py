"""Write dev30's two UTF-16 files (a page saved as "Unicode" and a Notepad copy).

Their text is written here by hand; the files are these strings encoded as UTF-16 little
endian with a byte-order mark, as Windows tools save them. Run from the repository root:
``.venv/bin/python benchmarks/data/ingest/dev30/src/build.py``.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-16">
<title>Café owners fight €40,000 rates bill – Liffeyside Times</title>
<meta property="og:site_name" content="Liffeyside Times">
<meta property="article:published_time" content="2026-03-02T10:15:00+00:00">
</head><body>
<div class="top"><a href="/">Liffeyside Times</a> · <a>News</a> · <a>Business</a></div>
<h1>Café owners fight €40,000 rates bill</h1>
<p class="byline">By Siobhán Ní Bhriain</p>
<p>The owners of a café on Ormond Quay say they will appeal against a commercial rates bill of €40,000, almost three times what they paid last year.</p>
<p>Róisín and Matéo García opened Café Cúig in 2019 and say the revaluation puts a small business on the same footing as the hotel next door.</p>
<p>“We sell coffee and scones, not rooms,” Mr García said. “At this rate we will be gone by Christmas.”</p>
<p>The valuation office said owners who disagreed with a new valuation could appeal to the tribunal within 40 days.</p>
<p class="foot">© 2026 Liffeyside Times · Terms · Privacy</p>
</body></html>
"""

COPY = """Liffeyside Times
Business

Dublin port handles record 38 million tonnes

By Zoë Bergström
Published 4 March 2026

Dublin Port handled 38.1 million tonnes of goods last year, the most in its history, according to figures it published on Wednesday.

Roll-on roll-off freight to Britain and France grew by 6%, while bulk cargo such as grain and fuel fell slightly.

The port’s chief executive, Éamon Ó Dálaigh, said it would need new berths within five years if growth continued at this pace.

Share this article
Facebook · X · LinkedIn · Email
"""


def main() -> None:
    # Windows writes UTF-16 text with CRLF line ends and a byte-order mark (FF FE).
    for name, text in (("n08_utf16_page.html", PAGE), ("n09_utf16_notepad.txt", COPY)):
        (HERE / name).write_bytes(b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le"))


if __name__ == "__main__":
    main()
