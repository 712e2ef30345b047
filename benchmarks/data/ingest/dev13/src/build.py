"""Build dev13: pages saved as one file (MHTML, .mht) and OpenDocument text (.odt), with answers.

The MHTML archives are written here by hand in the shapes browsers write them: Chrome's
("Saved by Blink": Snapshot-Content-Location, the page quoted-printable or base64, then its
styles, images and frames) and Internet Explorer's or Word's .mht (a root part in
windows-1252 or ISO-8859-1 with its charset in the part's own header). Three .odt files are
LibreOffice's conversion of dev11's HTML sources (their answers are dev11's for the same
text); three are written here as LibreOffice and Google Docs write them (styles, list styles,
page header and footer, notes, tables, meta.xml). The answers are written from the story text
before the import engine reads a file. Run:

    .venv/bin/python benchmarks/data/ingest/dev13/src/build.py
"""

from __future__ import annotations

import base64
import html
import json
import quopri
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _answers_common import page_answer, write_answers  # noqa: E402

DEV11 = OUT.parent / "dev11"

ANSWERS: list[dict[str, Any]] = []


def answer(
    file: str,
    title: str | None,
    source: str | None,
    author: str | None,
    published: str | None,
    origin: str | None,
    body: list[str],
    furniture: list[str],
    url: str | None = None,
    with_url: bool = False,
) -> None:
    row = {"file": file, **page_answer(title, source, author, published, origin, body, furniture)}
    if with_url:
        row["url"] = url
    ANSWERS.append(row)


def paras(body: list[str]) -> str:
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in body)


# --- MHTML ------------------------------------------------------------------------------------

PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def qp(data: bytes) -> bytes:
    return quopri.encodestring(data).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64(data: bytes) -> bytes:
    text = base64.b64encode(data)
    return b"\r\n".join(text[i : i + 76] for i in range(0, len(text), 76))


def part(headers: list[str], body: bytes) -> bytes:
    return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body + b"\r\n"


def chrome_mhtml(
    address: str, subject: str, saved: str, page: str, *, encoding: str = "quoted-printable",
    frame: str | None = None,
) -> bytes:  # fmt: skip
    boundary = "----MultipartBoundary--Qm3x8ZkP1vT0yWcL7nHdR4sA2eF9gJ6uB5iO----"
    raw = page.encode("utf-8")
    body = qp(raw) if encoding == "quoted-printable" else b64(raw)
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {address}\r\n"
        f"Subject: =?utf-8?Q?{quopri.encodestring(subject.encode(), header=True).decode()}?=\r\n"
        f"Date: {saved}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n'
        f'\tboundary="{boundary}"\r\n\r\n\r\n'
    ).encode("ascii")
    parts = [
        part(
            ["Content-Type: text/html", "Content-ID: <frame-5C1E0B7A9F2D4E3B8A61@mhtml.blink>",
             f"Content-Transfer-Encoding: {encoding}", f"Content-Location: {address}"],
            body,
        ),
        part(
            ["Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable",
             "Content-Location: cid:css-0b6a4c3e-2f1d@mhtml.blink"],
            qp(b"@charset \"utf-8\";\n\nbody { font-family: Georgia, serif; margin: 0px; }\n"),
        ),
        part(
            ["Content-Type: image/png", "Content-Transfer-Encoding: base64",
             f"Content-Location: {address.split('/', 3)[0]}//{address.split('/')[2]}/img/lead.png"],
            b64(PIXEL),
        ),
    ]  # fmt: skip
    if frame is not None:
        parts.append(
            part(
                ["Content-Type: text/html", "Content-ID: <frame-77D1A0C4E5B6F7081920@mhtml.blink>",
                 "Content-Transfer-Encoding: quoted-printable",
                 "Content-Location: https://ads.adnet.example/slot/728x90"],
                qp(frame.encode("utf-8")),
            )
        )  # fmt: skip
    out = head
    for p in parts:
        out += f"--{boundary}\r\n".encode("ascii") + p
    return out + f"--{boundary}--\r\n".encode("ascii")


def ie_mht(
    address: str, subject: str, saved: str, page: str, charset: str, *, start: bool = False
) -> bytes:
    boundary = "----=_NextPart_000_0000_01DB8F2A.4C6E1B30"
    raw = page.encode(charset)
    head = (
        "From: <Saved by Windows Internet Explorer 11>\r\n"
        f"Subject: {subject}\r\n"
        f"Date: {saved}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n'
        + ('\tstart="<page-root@example.mht>";\r\n' if start else "")
        + f'\tboundary="{boundary}"\r\n'
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24000\r\n\r\n"
        "This is a multi-part message in MIME format.\r\n\r\n"
    ).encode("ascii")
    root = part(
        [f'Content-Type: text/html;\r\n\tcharset="{charset}"',
         "Content-Transfer-Encoding: quoted-printable", f"Content-Location: {address}"]
        + (["Content-ID: <page-root@example.mht>"] if start else []),
        qp(raw),
    )  # fmt: skip
    image = part(
        ["Content-Type: image/png", "Content-Transfer-Encoding: base64",
         "Content-Location: https://static.example/logo.png"],
        b64(PIXEL),
    )  # fmt: skip
    # With a start parameter the root need not come first: an image precedes it.
    ordered = [image, root] if start else [root, image]
    out = head
    for p in ordered:
        out += f"--{boundary}\r\n".encode("ascii") + p
    return out + f"--{boundary}--\r\n".encode("ascii")


def write(name: str, data: bytes) -> None:
    (OUT / name).write_bytes(data)
    print("wrote", name)


def mhtml_files() -> None:
    # m01: a local news page, Chrome, quoted-printable; no canonical link: the address the page
    # was saved from (with its date) dates it and is its url.
    m01 = [
        "Carrick Bay council has agreed to buy the derelict Harbour Hotel for £1.2 million and "
        "turn its ground floor into a public library and its upper floors into 14 flats.",
        "The hotel has stood empty since 2017, when its last owner went into administration, and "
        "its seafront façade has been fenced off for safety since a chimney collapsed in 2022.",
        "Councillor Ruth Lennox, who leads on housing, said the purchase would save the town’s "
        "most recognisable building and cost less than the library’s current lease over ten years.",
        "Work is expected to start in the autumn and take two years.",
    ]
    address = "https://www.carrickbayherald.example/news/2025/03/12/council-to-buy-harbour-hotel"
    page = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Council to buy Harbour Hotel for library and flats | Carrick Bay Herald</title>
<meta property="og:site_name" content="Carrick Bay Herald">
<link rel="stylesheet" type="text/css" href="cid:css-0b6a4c3e-2f1d@mhtml.blink" />
</head><body>
<header><a href="https://www.carrickbayherald.example/">Carrick Bay Herald</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What's on</a></nav></header>
<main><article>
<h1>Council to buy Harbour Hotel for library and flats</h1>
<p class="byline">By Euan Drummond</p>
<figure><img src="https://www.carrickbayherald.example/img/lead.png" alt=""><figcaption>The Harbour Hotel has been empty since 2017. Photo: Herald archive</figcaption></figure>
{paras(m01)}
<div class="share">Share this article: Facebook Twitter Email</div>
</article>
<aside><h2>Most read</h2><ol><li><a href="/a">Ferry timetable cut for winter</a></li><li><a href="/b">Bypass reopens after repairs</a></li><li><a href="/c">Gala day returns to the green</a></li></ol></aside>
</main>
<footer><p>© 2025 Carrick Bay Herald. All rights reserved.</p></footer>
</body></html>"""
    write(
        "m01_local_news_chrome_quoted_printable.mhtml",
        chrome_mhtml(address, "Council to buy Harbour Hotel for library and flats | Carrick Bay Herald",
                     "Thu, 13 Mar 2025 18:02:11 -0000", page),
    )  # fmt: skip
    answer(
        "m01_local_news_chrome_quoted_printable.mhtml",
        "Council to buy Harbour Hotel for library and flats", "Carrick Bay Herald",
        "Euan Drummond", "2025-03-12", "metadata", m01,
        ["Most read", "Ferry timetable cut for winter", "Share this article", "All rights reserved",
         "Photo: Herald archive", "What's on"],
        url=address, with_url=True,
    )  # fmt: skip

    # m02: a feature page, Chrome, base64 root, JSON-LD and an ad frame saved as a part.
    m02 = [
        "The last working tide mill in the county ground its first flour in forty years on "
        "Saturday, after volunteers spent six winters rebuilding its wheel by hand.",
        "The mill at Stannow Creek fills its pond on the rising tide and turns on the ebb, so "
        "the miller’s hours move by almost an hour a day.",
        "“You don’t choose when you work, the moon does,” said Hal Penrose, 71, who learned to "
        "dress millstones from a retired miller in Suffolk.",
        "The trust that owns the mill hopes to sell 300 bags of flour a month through local "
        "bakeries by the summer.",
    ]
    address = "https://www.westcountrychronicle.example/features/stannow-tide-mill-turns-again"
    page = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>The tide mill that keeps the moon's hours - West Country Chronicle</title>
<link rel="canonical" href="{address}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"The tide mill that keeps the moon's hours","datePublished":"2025-02-22T07:00:00+00:00","dateModified":"2025-02-24T10:15:00+00:00","author":{{"@type":"Person","name":"Morwenna Hale"}},"publisher":{{"@type":"Organization","name":"West Country Chronicle"}}}}</script>
</head><body>
<div class="masthead">West Country Chronicle</div>
<nav><a href="/">Home</a> <a href="/features">Features</a> <a href="/food">Food</a></nav>
<article><p class="kicker">Features</p>
<h1>The tide mill that keeps the moon's hours</h1>
<p class="standfirst">Volunteers have brought Stannow's mill back to work after six winters.</p>
<p class="meta">Morwenna Hale · 22 February 2025</p>
{paras(m02)}
<p class="tags">Topics: Heritage, Food, Stannow</p>
</article>
<iframe src="https://ads.adnet.example/slot/728x90"></iframe>
<section class="newsletter"><h3>Sign up to the Chronicle newsletter</h3><p>The best of the West Country in your inbox every Friday.</p></section>
</body></html>"""
    frame = "<html><body><p>Advertisement</p><p>Holiday cottages from £49 a night - book now</p></body></html>"
    write(
        "m02_feature_chrome_base64_frame.mhtml",
        chrome_mhtml(address, "The tide mill that keeps the moon's hours - West Country Chronicle",
                     "Mon, 10 Mar 2025 09:44:02 -0000", page, encoding="base64", frame=frame),
    )  # fmt: skip
    answer(
        "m02_feature_chrome_base64_frame.mhtml",
        "The tide mill that keeps the moon's hours", "West Country Chronicle", "Morwenna Hale",
        "2025-02-22", "metadata", m02,
        ["Holiday cottages from", "Sign up to the Chronicle newsletter", "Topics: Heritage",
         "Volunteers have brought Stannow's mill back to work"],
        url=address, with_url=True,
    )  # fmt: skip

    # m03: a press release saved by Internet Explorer, windows-1252 in the part's header only.
    m03 = [
        "Dunmore Valley Health Board will open a minor injuries unit at Kilbride Community "
        "Hospital on 7 April, seven days a week from 8am to 8pm.",
        "The unit will treat sprains, simple fractures, cuts and minor burns, and is expected to "
        "see about 40 patients a day who would otherwise travel 28 miles to Dunmore Royal.",
        "The board’s medical director, Dr Aileen Fraser, said: “Most people who come to our "
        "emergency department with a minor injury live closer to Kilbride than to Dunmore. "
        "This brings the care to them.”",
        "Patients with chest pain, breathing difficulties or serious injuries should still call "
        "999 or go to the emergency department.",
    ]
    address = "https://www.dunmorevalleyhealth.example/news/minor-injuries-unit-kilbride"
    page = f"""<html><head><title>Minor injuries unit to open at Kilbride</title></head>
<body>
<div id="top"><img src="https://static.example/logo.png" alt="Dunmore Valley Health Board"> <a href="/">Home</a> | <a href="/services">Services</a> | <a href="/news">News</a> | <a href="/contact">Contact us</a></div>
<div id="content">
<p class="label">PRESS RELEASE</p>
<h1>Minor injuries unit to open at Kilbride</h1>
<p class="date">Published: 3 March 2025</p>
{paras(m03)}
<p>ENDS</p>
<p>Notes to editors: Dunmore Valley Health Board serves 212,000 people. Media enquiries: press.office@dunmorevalleyhealth.example</p>
</div>
<div id="foot">Dunmore Valley Health Board · Privacy · Accessibility · Cookies</div>
</body></html>"""
    write(
        "m03_press_release_ie_windows1252.mht",
        ie_mht(address, "Minor injuries unit to open at Kilbride",
               "Wed, 5 Mar 2025 11:20:45 -0000", page, "windows-1252"),
    )  # fmt: skip
    answer(
        "m03_press_release_ie_windows1252.mht",
        "Minor injuries unit to open at Kilbride", "Dunmore Valley Health Board", None,
        "2025-03-03", "text", m03,
        ["PRESS RELEASE", "Notes to editors", "Media enquiries", "Privacy · Accessibility",
         "Contact us"],
        url=address, with_url=True,
    )  # fmt: skip

    # m04: a Wayback snapshot saved by Chrome: the saved-from address is the archive's.
    m04 = [
        "Rail services between Pellow and Tregarth will be replaced by buses for nine days from "
        "15 April while a landslip beside the line is stabilised, Network Western said.",
        "About 600 metres of embankment slipped after heavy rain in January, and a speed limit "
        "of 20mph has applied on the stretch since then.",
        "Replacement buses will call at every station and add about 25 minutes to the journey.",
    ]
    original = "https://www.pellowtimes.example/news/2024/04/02/landslip-closes-pellow-line"
    address = f"https://web.archive.org/web/20240403101112/{original}"
    page = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Landslip to close Pellow line for nine days | Pellow Times</title>
</head><body>
<div id="wm-ipp-base"><div id="wm-ipp"><span>The Wayback Machine - </span><a href="https://web.archive.org/web/20240403101112/{original}">{original}</a>
<p>14 captures 02 Apr 2024 - 19 Nov 2024</p></div></div>
<header><a href="https://web.archive.org/web/20240403101112/https://www.pellowtimes.example/">Pellow Times</a></header>
<article><h1>Landslip to close Pellow line for nine days</h1>
<p class="byline">By Jory Tremayne</p>
{paras(m04)}
</article>
<footer>Pellow Times – news for Pellow and the Tregarth valley</footer>
</body></html>"""
    write(
        "m04_wayback_snapshot_chrome.mhtml",
        chrome_mhtml(address, "Landslip to close Pellow line for nine days | Pellow Times",
                     "Fri, 7 Mar 2025 14:00:00 -0000", page),
    )  # fmt: skip
    answer(
        "m04_wayback_snapshot_chrome.mhtml",
        "Landslip to close Pellow line for nine days", "Pellow Times", "Jory Tremayne",
        "2024-04-02", "metadata", m04,
        ["The Wayback Machine", "14 captures", "news for Pellow and the Tregarth valley"],
        url=original, with_url=True,
    )  # fmt: skip

    # m05: an opinion column saved as .mht by an older tool: ISO-8859-1 in the part's header,
    # while the page's own meta still says UTF-8 (the header is what the bytes are in).
    m05 = [
        "Every spring the same argument returns to Vellan: the café owners want the square "
        "closed to cars from May to September, and the shopkeepers on Fore Street say it will "
        "finish them.",
        "I have run a hardware shop on Fore Street for nineteen years, and I have changed my mind.",
        "Last summer's trial closure brought 18 per cent more people through my door, according "
        "to the counter the council lent us, and most of them walked from the car park above "
        "the harbour.",
        "The square should close. But the council must keep the promise it broke last year and "
        "run the shuttle from the park-and-ride every twenty minutes, not every hour.",
    ]
    address = "https://www.vellanvoice.example/opinion/close-the-square"
    page = f"""<!DOCTYPE html><html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Close the square to cars - Vellan Voice</title>
<meta name="author" content="Tamsin Rowe">
<meta property="article:published_time" content="2025-03-01T08:30:00+00:00">
<meta property="og:site_name" content="Vellan Voice">
</head><body>
<nav>Vellan Voice · News · Opinion · Letters</nav>
<article><p class="kicker">Opinion</p><h1>Close the square to cars</h1>
<p class="byline">Tamsin Rowe</p>
{paras(m05)}
<p class="bio">Tamsin Rowe runs Rowe's Hardware on Fore Street.</p>
</article>
<section class="comments"><h3>Comments (12)</h3><p>Jan P. · 2 days ago: About time too.</p></section>
</body></html>"""
    write(
        "m05_opinion_mht_latin1_header_meta_disagree.mht",
        ie_mht(address, "Close the square to cars - Vellan Voice",
               "Tue, 4 Mar 2025 20:11:09 -0000", page, "iso-8859-1"),
    )  # fmt: skip
    answer(
        "m05_opinion_mht_latin1_header_meta_disagree.mht",
        "Close the square to cars", "Vellan Voice", "Tamsin Rowe", "2025-03-01", "metadata", m05,
        ["Comments (12)", "About time too", "Tamsin Rowe runs Rowe's Hardware"],
        url=address, with_url=True,
    )  # fmt: skip

    # m06: a wire story on a regional site saved as .mht whose root is named by "start" and
    # is not the first part; dateline and printed date only.
    m06 = [
        "OSLO (NWS) – Norway will require every new car ferry on routes longer than 10 "
        "kilometres to run on batteries or hydrogen from 2027, the transport ministry said on "
        "Tuesday.",
        "The rule covers about 60 routes along the west coast, where ferries replace bridges "
        "across fjords too wide or deep to span.",
        "Operators said shore charging on the busiest crossings would need grid upgrades that "
        "the ministry has not yet funded.",
    ]
    address = "https://www.northsearegister.example/world/norway-ferry-rule"
    page = f"""<html lang="en"><head><meta charset="windows-1252"><title>Norway to require zero-emission ferries from 2027</title></head>
<body><div class="site">The North Sea Register</div>
<div class="menu">World | Business | Shipping | Energy</div>
<h1>Norway to require zero-emission ferries from 2027</h1>
<p class="dateline">Published 11 March 2025</p>
{paras(m06)}
<div class="related">Related: Shetland ferry tender delayed · Orkney hydrogen trial ends</div>
</body></html>"""
    write(
        "m06_wire_story_mht_start_parameter.mht",
        ie_mht(address, "Norway to require zero-emission ferries from 2027",
               "Thu, 13 Mar 2025 07:55:00 -0000", page, "windows-1252", start=True),
    )  # fmt: skip
    answer(
        "m06_wire_story_mht_start_parameter.mht",
        "Norway to require zero-emission ferries from 2027", "The North Sea Register", None,
        "2025-03-11", "text", m06,
        ["Related: Shetland ferry tender delayed", "World | Business"],
        url=address, with_url=True,
    )  # fmt: skip


# --- OpenDocument -----------------------------------------------------------------------------

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'office:version="1.3"'
)
STYLES = """<office:styles>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"/>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"/>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph"/>
<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>
</text:list-style>
<text:list-style style:name="List_20_1" style:display-name="List 1">
<text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
</text:list-style>
</office:styles>"""


def p(text: str, style: str = "Text_20_body") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def h(text: str, level: int = 1) -> str:
    return (
        f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{text}</text:h>'
    )


def note(n: int, text: str, kind: str = "footnote") -> str:
    mark = str(n) if kind == "footnote" else "ivx"[n - 1] if n <= 3 else str(n)
    return (
        f'<text:note text:id="ftn{n}{kind[0]}" text:note-class="{kind}">'
        f"<text:note-citation>{mark}</text:note-citation><text:note-body>"
        f'<text:p text:style-name="Footnote">{text}</text:p></text:note-body></text:note>'
    )


def table(rows: list[list[str]]) -> str:
    out = ['<table:table table:name="Table1"><table:table-column table:number-columns-repeated="'
           f'{len(rows[0])}"/>']  # fmt: skip
    for i, row in enumerate(rows):
        cells = "".join(
            f'<table:table-cell office:value-type="string">{p(c, "Table_20_Contents")}</table:table-cell>'
            for c in row
        )
        line = f"<table:table-row>{cells}</table:table-row>"
        out.append(f"<table:table-header-rows>{line}</table:table-header-rows>" if i == 0 else line)
    return "".join(out) + "</table:table>"


def numbered(items: list[str], style: str = "Numbering_20_123") -> str:
    lis = "".join(f"<text:list-item>{p(i)}</text:list-item>" for i in items)
    return f'<text:list text:style-name="{style}">{lis}</text:list>'


def odt(
    name: str, body: str, *, header: list[str], footer: list[str], meta: dict[str, str],
    google: bool = False,
) -> None:  # fmt: skip
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
        "<office:automatic-styles>"
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Title"/>'
        "</office:automatic-styles>"
        "<office:body><office:text>"
        '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>'
        f"{body}</office:text></office:body></office:document-content>"
    )
    margins = "".join(p(t, "Header") for t in header)
    feet = "".join(p(t, "Footer") for t in footer)
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}>{STYLES}'
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
        f"<style:header>{margins}</style:header><style:footer>{feet}</style:footer>"
        "</style:master-page></office:master-styles></office:document-styles>"
    )
    generator = (
        "GoogleDocs"
        if google
        else "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1"
    )
    fields = "".join(f"<{k}>{html.escape(v)}</{k}>" for k, v in meta.items())
    meta_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta>'
        f"<meta:generator>{generator}</meta:generator>{fields}</office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(OUT / name, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta_xml, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    print("wrote", name)


def odt_files() -> None:
    # o04: a report with a letterhead in the page header, Title style, a printed date, a
    # table, a numbered list and footnotes; meta.xml names an account and an older date.
    o04_intro = [
        "Bus journeys in the Ardlow area fell by 11 per cent between 2019 and 2024, while the "
        "number of routes running after 7pm fell from 23 to nine.",
        "This briefing sets out what has changed, who has been affected, and what the "
        "partnership proposes to the combined authority.",
    ]
    o04_more = [
        "Three groups rely most on evening services: shift workers in care and hospitality, "
        "students at Ardlow College, and people over 70 who no longer drive.",
        "The partnership proposes that the combined authority restore evening services on the "
        "four busiest corridors first.",
    ]
    rows = [["Corridor", "Routes after 7pm, 2019", "Routes after 7pm, 2024"],
            ["Ardlow–Fennick", "6", "3"], ["Ardlow–Marston", "5", "2"],
            ["Ardlow–Colby", "4", "2"]]  # fmt: skip
    steps = [
        "Restore half-hourly evening buses on the Fennick and Marston corridors.",
        "Extend the Colby service to the college until 10pm in term time.",
        "Publish evening passenger counts every quarter.",
    ]
    note1 = "Ardlow Transport Partnership analysis of operator returns, 2019 and 2024."
    note2 = "Survey of 1,204 residents carried out in October 2024."
    body = (
        p("Evening buses in the Ardlow area", "P2")
        + p("Briefing paper, 18 February 2025", "Subtitle")
        + h("Summary")
        + p(o04_intro[0] + note(1, note1))
        + p(o04_intro[1])
        + h("What has changed")
        + p("Table 1. Evening routes by corridor")
        + table(rows)
        + p(o04_more[0] + note(2, note2))
        + h("What we propose")
        + p(o04_more[1])
        + numbered(steps)
    )
    odt("o04_report_letterhead_table_footnotes.odt", body,
        header=["Ardlow Transport Partnership", "Unit 4, Mill Yard, Ardlow AR2 7QT"],
        footer=["Ardlow Transport Partnership is a registered charity, no. 1187734"],
        meta={"dc:title": "Briefing template", "meta:initial-creator": "atp.admin",
              "meta:creation-date": "2021-06-01T09:00:00", "dc:date": "2025-02-18T16:40:00"})  # fmt: skip
    answer(
        "o04_report_letterhead_table_footnotes.odt", "Evening buses in the Ardlow area",
        "Ardlow Transport Partnership", None, "2025-02-18", "text",
        [o04_intro[0] + "[1]", o04_intro[1], "What has changed",
         "Table 1. Evening routes by corridor", " | ".join(rows[0]), " | ".join(rows[1]),
         " | ".join(rows[2]), " | ".join(rows[3]), o04_more[0] + "[2]", "What we propose",
         o04_more[1], "1. " + steps[0], "2. " + steps[1], "3. " + steps[2], note1, note2],
        ["Unit 4, Mill Yard", "registered charity", "Briefing template"],
    )  # fmt: skip

    # o05: a press release written in Google Docs: no Title style (the first Heading 1 is the
    # headline), "PRESS RELEASE" above it, ENDS and notes to editors below; meta names the
    # press officer, who is no byline.
    o05 = [
        "Kestle Wildlife Trust has bought 212 hectares of former dairy farmland at Polmere to "
        "restore as wet grassland and reedbed for breeding waders.",
        "The £3.1 million purchase was paid for by a public appeal that raised £1.4 million "
        "in eleven weeks and by grants from two charitable foundations.",
        "The trust’s chief executive, Nia Carne, said: “Curlew and lapwing bred here within "
        "living memory. With the ditches blocked and the water back, they can again.”",
        "The land will open to walkers on a new permissive path from the spring of 2026.",
    ]
    body = (
        p("Kestle Wildlife Trust", "P1")
        + p("PRESS RELEASE", "P1")
        + p("For immediate release: 6 March 2025")
        + h("Wildlife trust buys Polmere farmland to bring back breeding waders")
        + "".join(p(t) for t in o05)
        + p("ENDS")
        + h("Notes to editors", 2)
        + p("Kestle Wildlife Trust manages 41 nature reserves across the county.")
        + p("Media contact: Ben Tallack, 01872 555 0192")
    )
    odt("o05_press_release_google_docs.odt", body, header=[], footer=[],
        meta={"dc:title": "Untitled document", "meta:initial-creator": "Ben Tallack",
              "meta:creation-date": "2025-03-04T10:12:00Z", "dc:date": "2025-03-06T08:01:00Z"},
        google=True)  # fmt: skip
    answer(
        "o05_press_release_google_docs.odt",
        "Wildlife trust buys Polmere farmland to bring back breeding waders",
        "Kestle Wildlife Trust", None, "2025-03-06", "text", o05,
        ["PRESS RELEASE", "Notes to editors", "Media contact", "manages 41 nature reserves"],
    )  # fmt: skip

    # o06: a community newsletter article with no heading at all (the title is meta.xml's),
    # a byline, no printed date (the created date is days before the last save, so it dates
    # the document), a bullet list and an endnote.
    o06 = [
        "The Tolvan village hall committee has agreed to replace the hall’s oil boiler with an "
        "air-source heat pump before next winter.",
        "The work will cost about £38,000, of which £25,000 will come from the district "
        "council’s community energy fund.",
        "The committee will hold two open evenings for residents:",
    ]
    items = ["Tuesday 8 April, 7pm, in the small hall", "Saturday 12 April, 11am, in the main hall"]
    end = "Heating oil bought by the hall in 2024 cost £4,870."
    body = (
        p("By Gwen Trewin")
        + p(o06[0] + note(1, end, "endnote"))
        + p(o06[1])
        + p(o06[2])
        + '<text:list text:style-name="List_20_1">'
        + "".join(f"<text:list-item>{p(i)}</text:list-item>" for i in items)
        + "</text:list>"
    )
    odt("o06_newsletter_item_title_in_properties.odt", body, header=[], footer=["Page 1"],
        meta={"dc:title": "Village hall to get heat pump", "meta:initial-creator": "Gwen Trewin",
              "meta:creation-date": "2025-03-02T19:30:00", "dc:date": "2025-03-03T21:05:00"})  # fmt: skip
    answer(
        "o06_newsletter_item_title_in_properties.odt", "Village hall to get heat pump", None,
        "Gwen Trewin", "2025-03-02", "metadata", [o06[0] + "[i]", *o06[1:], *items, end], ["By Gwen Trewin", "Page 1"],
    )  # fmt: skip


def libreoffice_files() -> None:
    """o01-o03: dev11's HTML sources as LibreOffice saves them to .odt (answers as dev11's)."""
    soffice = shutil.which("soffice")
    dev11 = {
        json.loads(line)["file"]: json.loads(line)
        for line in (DEV11 / "answers.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    jobs = [
        ("o01_press_release_from_libreoffice.odt", "a04_press_release.html",
         "l01_press_release_from_libreoffice.docx"),
        ("o02_report_from_libreoffice.odt", "a05_report_footnotes_tables.html",
         "l02_report_from_libreoffice.docx"),
        ("o03_opinion_from_libreoffice.odt", "a07_opinion_ligatures.html",
         "l04_opinion_from_libreoffice.pdf"),
    ]  # fmt: skip
    for out, source, same in jobs:
        if soffice is not None:
            with tempfile.TemporaryDirectory() as tmp:
                work = Path(tmp)
                shutil.copy(DEV11 / "src" / source, work / source)
                subprocess.run(
                    [soffice, "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                     "odt:writer8", "--outdir", str(work / "out"), str(work / source)],
                    check=True, capture_output=True, timeout=300,
                )  # fmt: skip
                shutil.move(next((work / "out").glob("*.odt")), OUT / out)
                print("wrote", out)
        else:
            print("no LibreOffice:", out, "was not rebuilt")
        row = dict(dev11[same])
        row["file"] = out
        row.pop("url", None)
        ANSWERS.append(row)


def main() -> None:
    mhtml_files()
    libreoffice_files()
    odt_files()
    order = sorted(ANSWERS, key=lambda a: a["file"])
    write_answers(OUT, order)
    print("wrote answers.jsonl,", len(order), "files")


if __name__ == "__main__":
    main()
