"""Rebuild dev20: how analysts keep pages: archives, reading apps, single-file saves.

Each file is one news story as an analyst keeps it when the page itself may change or vanish:
a Wayback Machine snapshot saved with its toolbar (a recent story and a page of 2004), an
archive.today snapshot (its header and the archive's own stamp in the page's meta fields), a
Google AMP page, a "print this article" view, a browser's "Save as MHTML" (quoted-printable
HTML), a SingleFile page with its images and styles inlined as base64, a read-later app's
export of one article (Instapaper-like) and its article view (Pocket-like), an RSS item saved
as .xml, a page in windows-1252 that declares no charset, and a page dated only in JSON-LD.
The answers are written here beside the text, before any run of the importer.

Usage: ``.venv/bin/python benchmarks/data/ingest/dev20/src/build.py``.
"""

from __future__ import annotations

import base64
import quopri
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
FILES: list[tuple[str, bytes, dict[str, Any]]] = []

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _answers_common import completed, write_answers, write_documents  # noqa: E402


def add(name: str, text: str | bytes, **answer: Any) -> None:
    data = text if isinstance(text, bytes) else text.lstrip("\n").encode("utf-8")
    FILES.append((name, data, answer))


def paragraphs(body: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in body)


# y01: a Wayback Machine snapshot of a recent story, saved after the toolbar was drawn.
Y01_BODY = [
    "Container cranes at Marrow Point stood idle for an eighth day on Monday as the dock strike over shift patterns entered its second week.",
    "About 640 dockers walked out on 27 January after the port operator proposed replacing fixed rosters with shifts announced 48 hours ahead.",
    "The operator said four ships had been diverted to Carrick and that perishable cargo was being moved by road. The union said talks would resume on Thursday.",
    "Local hauliers said the queue of lorries on the port road had reached three kilometres by Monday afternoon.",
]
add(
    "y01_wayback_snapshot.html",
    f"""
<!DOCTYPE html>
<html lang="en">
<head>
<script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){{var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app221.us.archive.org';}});</script>
<script type="text/javascript" src="https://web.archive.org/_static/js/bundle-playback.js?v=HxkREWBo" charset="utf-8"></script>
<link rel="stylesheet" type="text/css" href="https://web.archive.org/_static/css/banner-styles.css?v=S1zqJCYt">
<!-- End Wayback Rewrite JS Include -->
<meta charset="utf-8">
<title>Harbour cranes idle as Marrow Point dock strike enters second week | The Solway Courier</title>
<meta property="og:site_name" content="The Solway Courier">
<meta property="og:title" content="Dock strike: cranes idle for eighth day">
<meta property="article:published_time" content="2025-02-03T06:40:00+00:00">
<meta name="author" content="Fiona Calder">
<link rel="canonical" href="https://web.archive.org/web/20250310114502/https://www.solwaycourier.example/news/marrow-point-dock-strike-second-week">
</head>
<body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:block;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside">
<div id="wm-logo"><a href="/web/" title="Wayback Machine home page"><img src="https://web.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine"></a></div>
<form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="https://www.solwaycourier.example/news/marrow-point-dock-strike-second-week"><input type="submit" value="Go"></form>
<div id="wm-nav-captures"><a class="value" href="/web/20250310114502*/https://www.solwaycourier.example/news/marrow-point-dock-strike-second-week">17 captures</a>
<div>03 Feb 2025 - 22 Apr 2025</div></div>
<div id="wm-graph-anchor"><div id="wm-ipp-sparkline" title="Explore captures for this URL"></div></div>
<div id="wm-btns"><a href="#" id="wm-expand" title="About this capture">About this capture</a> <a href="#" id="wm-screenshot" title="screenshot">Screenshot</a> <a href="#" id="wm-share">Share</a></div>
<div id="wm-capinfo" style="display:block"><div id="wm-capinfo-collected-by">COLLECTED BY</div><div>Organization: <a href="/details/archiveteam">Archive Team</a></div>
<div id="wm-capinfo-timestamps">TIMESTAMPS</div><div>The Wayback Machine - https://web.archive.org/web/20250310114502/https://www.solwaycourier.example/news/marrow-point-dock-strike-second-week captured 10 Mar 2025 11:45:02</div></div>
</div></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->
<header class="site-header"><a class="logo" href="https://web.archive.org/web/20250310114502/https://www.solwaycourier.example/"><img src="logo.svg" alt="The Solway Courier"></a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>
<main>
<article>
<h1>Harbour cranes idle as Marrow Point dock strike enters second week</h1>
<div class="byline">By <a rel="author" href="/authors/fiona-calder">Fiona Calder</a>, Business Reporter</div>
<div class="dateline"><time datetime="2025-02-03T06:40:00+00:00">3 February 2025</time></div>
<div class="article-body">
{paragraphs(Y01_BODY)}
</div>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/news/port-operator-rosters">Port operator defends roster plan</a></li><li><a href="/news/carrick-ferry">Carrick ferry timetable cut</a></li></ul></aside>
</main>
<footer>&copy; 2025 The Solway Courier. All rights reserved.</footer>
</body>
</html>
""",
    title="Harbour cranes idle as Marrow Point dock strike enters second week",
    source="The Solway Courier",
    author="Fiona Calder",
    published="2025-02-03",
    published_origin="metadata",
    url="https://www.solwaycourier.example/news/marrow-point-dock-strike-second-week",
    body=Y01_BODY,
    furniture=[
        "17 captures",
        "About this capture",
        "Wayback Machine",
        "captured 10 Mar 2025",
        "COLLECTED BY",
        "Archive Team",
        "Related stories",
        "Port operator defends roster plan",
        "All rights reserved",
    ],
)

# y02: an archive.today snapshot: its header table, the page flattened to inline styles,
# and the archive's own meta fields (whose times are the capture's, not the story's).
Y02_BODY = [
    "The Kessock Bridge will close to southbound traffic for six weekends from April while its expansion joints are replaced, the roads authority said on Friday.",
    "Drivers will be sent along the A9 diversion through Beauly, which adds about 25 minutes to the journey into the city.",
    "The authority said the joints, fitted in 1982, had passed the end of their working life. Northbound lanes will stay open throughout.",
    "Businesses in North Kessock said they feared losing custom on the busiest spring weekends.",
]
add(
    "y02_archive_today_snapshot.html",
    f"""
<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope itemtype="http://schema.org/Article" style="background-color:#eeeeee">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=1024">
<title>Kessock Bridge to close southbound for six weekends - The Kessock Ledger</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="archive.ph">
<meta property="og:title" content="Kessock Bridge to close southbound for six weekends - The Kessock Ledger">
<meta property="og:url" content="https://archive.ph/Xq7Rt">
<meta itemprop="url" content="https://archive.ph/Xq7Rt">
<meta property="article:modified_time" itemprop="dateModified" content="2025-03-10T09:14:22Z">
<meta property="article:published_time" itemprop="datePublished" content="2025-03-10T09:14:22Z">
<link rel="canonical" href="https://archive.ph/Xq7Rt">
<link rel="bookmark" href="https://archive.ph/2025.03.10-091422/https://www.kessockledger.example/news/kessock-bridge-southbound-closures">
</head>
<body>
<center>
<div id="HEADER" style="background-color:#eeeeee;width:1024px">
<table style="width:100%;font-size:12px"><tr>
<td rowspan="2" style="width:120px"><a href="https://archive.ph/" style="font-size:20px">archive.today</a><br>webpage capture</td>
<td style="text-align:left">Saved from</td>
<td><input type="text" name="q" value="https://www.kessockledger.example/news/kessock-bridge-southbound-closures"></td>
<td style="text-align:right">search</td>
<td rowspan="2"><span>10 Mar 2025 09:14:22 UTC</span></td></tr>
<tr><td></td><td><a href="https://archive.ph/www.kessockledger.example">All snapshots</a> from host <a href="https://archive.ph/www.kessockledger.example">www.kessockledger.example</a></td></tr>
<tr><td></td><td colspan="3">Webpage Screenshot</td><td><a href="https://archive.ph/Xq7Rt/share">share</a> <a href="https://archive.ph/download/Xq7Rt.zip">download .zip</a> <a href="https://archive.ph/Xq7Rt/report">report bug or abuse</a> <a href="https://liberapay.com/archiveis">Buy me a coffee</a></td></tr>
</table>
</div>
<div id="SOLID" style="width:1024px;background-color:white">
<div id="CONTENT" style="text-align:left;width:1024px">
<div style="padding:12px 20px;border-bottom:1px solid #ccc"><a href="https://archive.ph/o/Xq7Rt/https://www.kessockledger.example/" style="font-size:28px;font-weight:bold;color:#003366;text-decoration:none">The Kessock Ledger</a></div>
<div style="padding:4px 20px;font-size:13px"><a href="https://archive.ph/o/Xq7Rt/https://www.kessockledger.example/news" style="color:#555">News</a> <a href="https://archive.ph/o/Xq7Rt/https://www.kessockledger.example/sport" style="color:#555">Sport</a> <a href="https://archive.ph/o/Xq7Rt/https://www.kessockledger.example/whats-on" style="color:#555">What's On</a></div>
<div style="padding:20px;max-width:680px">
<h1 style="font-size:32px;line-height:38px;margin:0 0 12px 0">Kessock Bridge to close southbound for six weekends</h1>
<div style="font-size:14px;color:#666;margin-bottom:16px"><span>By Tomas Reyes</span> <span style="margin-left:8px">7 March 2025</span></div>
<div style="font-size:17px;line-height:27px">
{"".join(f'<p style="margin:0 0 16px 0">{p}</p>' for p in Y02_BODY)}
</div>
<div style="font-size:13px;color:#999;border-top:1px solid #eee;padding-top:8px">Share this article <a href="https://archive.ph/o/Xq7Rt/https://www.facebook.com/sharer">Facebook</a> <a href="https://archive.ph/o/Xq7Rt/https://x.com/intent/tweet">X</a></div>
</div>
</div>
</div>
</center>
</body>
</html>
""",
    title="Kessock Bridge to close southbound for six weekends",
    source="The Kessock Ledger",
    author="Tomas Reyes",
    published="2025-03-07",
    published_origin="text",
    url="https://www.kessockledger.example/news/kessock-bridge-southbound-closures",
    body=Y02_BODY,
    furniture=[
        "Saved from",
        "All snapshots",
        "webpage capture",
        "Webpage Screenshot",
        "report bug or abuse",
        "download .zip",
        "Buy me a coffee",
        "10 Mar 2025 09:14:22 UTC",
        "Share this article",
        "What's On",
    ],
)

# y03: a Google AMP page of a regional paper.
Y03_BODY = [
    "The Tarrant Valley water board has lifted the boil-water notice for 11,000 homes in Easby and Low Marsh after three days of clear tests.",
    "The notice was issued on Saturday after E. coli was found in a sample taken at the Easby service reservoir, which was then drained and disinfected.",
    "The board said customers should run their cold taps for two minutes before drinking the water. It will repay each household's standing charge for January.",
]
add(
    "y03_amp_page.html",
    f"""
<!doctype html>
<html amp lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>Boil-water notice lifted for 11,000 homes | Tarrant Valley Star</title>
<link rel="canonical" href="https://www.tarrantvalleystar.example/news/boil-water-notice-lifted-easby">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.headline{{font-size:28px}}.byline{{color:#666}}</style>
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Boil-water notice lifted for 11,000 homes","datePublished":"2025-01-21T16:12:00Z","dateModified":"2025-01-22T08:03:00Z","author":{{"@type":"Person","name":"Priya Mehta"}},"publisher":{{"@type":"Organization","name":"Tarrant Valley Star","logo":{{"@type":"ImageObject","url":"https://www.tarrantvalleystar.example/logo.png"}}}},"mainEntityOfPage":"https://www.tarrantvalleystar.example/news/boil-water-notice-lifted-easby"}}
</script>
</head>
<body>
<header class="amp-header"><a href="https://www.tarrantvalleystar.example/"><amp-img src="/logo.png" width="180" height="40" alt="Tarrant Valley Star"></amp-img></a>
<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></amp-sidebar></header>
<article>
<h1 class="headline">Boil-water notice lifted for 11,000 homes in Easby and Low Marsh</h1>
<p class="byline">By Priya Mehta &middot; <time datetime="2025-01-21T16:12:00Z">21 January 2025</time></p>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>
<figure><amp-img src="/img/reservoir.jpg" width="800" height="450" layout="responsive" alt="Easby reservoir"></amp-img><figcaption>The Easby service reservoir was drained on Sunday. Photo: Tarrant Valley Water</figcaption></figure>
<p>{Y03_BODY[0]}</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/tvs/news"><div fallback>Advertisement</div></amp-ad>
{paragraphs(Y03_BODY[1:])}
</article>
<footer><a href="https://www.tarrantvalleystar.example/news/boil-water-notice-lifted-easby">View full site</a> &copy; Tarrant Valley Star 2025</footer>
<amp-analytics type="googleanalytics"><script type="application/json">{{"vars":{{"account":"UA-000000-1"}}}}</script></amp-analytics>
</body>
</html>
""",
    title="Boil-water notice lifted for 11,000 homes in Easby and Low Marsh",
    source="Tarrant Valley Star",
    author="Priya Mehta",
    published="2025-01-21",
    published_origin="metadata",
    body=Y03_BODY,
    furniture=[
        "The Easby service reservoir was drained on Sunday.",
        "Photo: Tarrant Valley Water",
        "Advertisement",
        "View full site",
        "Weather",
    ],
)

# y04: a "print this article" view.
Y04_BODY = [
    "Cornwall Council will vote next month on a plan to charge second-home owners double council tax from April 2026, raising an estimated 24 million pounds a year.",
    "The plan was backed by the cabinet on Tuesday after a consultation in which 71 per cent of the 9,400 people who replied supported it.",
    "Owners of holiday lets that are rented out for at least 140 nights a year would be exempt. Estate agents in Penzance said some owners were already preparing to sell.",
    "The council said the money would go to temporary housing, which cost it 19 million pounds last year.",
]
add(
    "y04_print_view.html",
    f"""
<html>
<head>
<meta charset="utf-8">
<title>Print: Second-home owners face double council tax - The Penwith Gazette</title>
<link rel="stylesheet" href="/css/print.css" media="all">
<meta name="robots" content="noindex">
</head>
<body onload="window.print()" class="print-view">
<div class="print-tools"><a href="javascript:window.print()">Print this article</a> | <a href="javascript:window.close()">Close window</a></div>
<div class="print-masthead"><img src="/img/gazette-logo-print.gif" alt="The Penwith Gazette"></div>
<h1>Second-home owners face double council tax</h1>
<p class="print-byline">By Owen Tregear, Political Reporter</p>
<p class="print-date">Published: 19 February 2025</p>
<div class="print-body">
{paragraphs(Y04_BODY)}
</div>
<p class="print-url">This article was printed from https://www.penwithgazette.example/politics/article-48213.html</p>
<p class="print-copyright">&copy; 2025 Penwith Gazette Media Ltd. All rights reserved. Printed on 3 March 2025.</p>
</body>
</html>
""",
    title="Second-home owners face double council tax",
    source="The Penwith Gazette",
    author="Owen Tregear",
    published="2025-02-19",
    published_origin="text",
    body=Y04_BODY,
    furniture=[
        "Print this article",
        "Close window",
        "Political Reporter",
        "This article was printed from",
        "Penwith Gazette Media Ltd",
        "Printed on 3 March 2025",
    ],
)

# y05: a browser's "Save as MHTML": the page's HTML quoted-printable, then a style and an image.
Y05_BODY = [
    "Election officials in Vellmar have started a full recount of the mayoral vote after the two leading candidates finished 38 votes apart out of more than 61,000 cast.",
    "Renée Hartig of the Citizens' List had been declared the winner on Sunday night. Her opponent, Jakob Anders, asked for the recount on Monday, citing 412 ballots set aside as spoiled.",
    "The count, by hand, is expected to take four days. Both candidates have said they will accept the result.",
]
_y05_html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Vellmar orders mayoral recount after 38-vote margin – Northmoor Herald</title>
<meta property="og:site_name" content="Northmoor Herald">
<meta name="author" content="Lena Brockmann">
<link rel="stylesheet" href="https://www.northmoorherald.example/static/site.css">
</head><body>
<div class="topbar"><a href="/" class="brand">Northmoor Herald</a><nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/subscribe">Subscribe</a></nav></div>
<article class="story">
<h1 class="story-title">Vellmar orders mayoral recount after 38-vote margin</h1>
<div class="story-meta"><span class="author">By Lena Brockmann</span> <time datetime="2025-01-28T11:20:00+01:00">28 January 2025, 11:20</time></div>
<div class="story-text">
{paragraphs(Y05_BODY)}
</div>
<div class="newsletter-box">Get the Northmoor Herald morning briefing in your inbox. <a href="/newsletters">Sign up</a></div>
</article>
<footer class="site-footer">Northmoor Herald &middot; Imprint &middot; Privacy</footer>
</body></html>
"""
_y05_qp = quopri.encodestring(_y05_html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
_y05_png = base64.encodebytes(bytes(range(256)) * 4).decode("ascii").replace("\n", "\r\n")
add(
    "y05_browser_mhtml.mhtml",
    (
        "From: <Saved by Blink>\r\n"
        "Snapshot-Content-Location: https://www.northmoorherald.example/world/2025/01/28/vellmar-mayoral-recount\r\n"
        "Subject: =?utf-8?Q?Vellmar_orders_mayoral_recount_after_38-vote_margin_=E2=80=93_Northmoor_Herald?=\r\n"
        "Date: Thu, 6 Mar 2025 14:02:51 -0000\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--kq2Vw8rTz1bX4nL0pHc9YeM3sA6uJdFg----"\r\n'
        "\r\n"
        "------MultipartBoundary--kq2Vw8rTz1bX4nL0pHc9YeM3sA6uJdFg----\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-5C1E0D7F8A2B4C93E61F0A7D2B9C4E11@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://www.northmoorherald.example/world/2025/01/28/vellmar-mayoral-recount\r\n"
        "\r\n" + _y05_qp + "\r\n"
        "------MultipartBoundary--kq2Vw8rTz1bX4nL0pHc9YeM3sA6uJdFg----\r\n"
        "Content-Type: text/css\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://www.northmoorherald.example/static/site.css\r\n"
        "\r\n"
        "@charset =22utf-8=22;\r\n.story-title { font-size: 30px; }\r\n"
        "------MultipartBoundary--kq2Vw8rTz1bX4nL0pHc9YeM3sA6uJdFg----\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: https://www.northmoorherald.example/static/logo.png\r\n"
        "\r\n" + _y05_png + "\r\n"
        "------MultipartBoundary--kq2Vw8rTz1bX4nL0pHc9YeM3sA6uJdFg------\r\n"
    ).encode("ascii"),
    title="Vellmar orders mayoral recount after 38-vote margin",
    source="Northmoor Herald",
    author="Lena Brockmann",
    published="2025-01-28",
    published_origin="metadata",
    url="https://www.northmoorherald.example/world/2025/01/28/vellmar-mayoral-recount",
    body=Y05_BODY,
    furniture=[
        "morning briefing",
        "Sign up",
        "Subscribe",
        "Imprint",
        "Saved by Blink",
        "6 Mar 2025",
    ],
)

# y06: a SingleFile page: every image and style inlined, about 1.5 MB of base64.
Y06_BODY = [
    "A landslide has cut the only road into the village of Aldstone for the second time in three winters, leaving about 300 residents reliant on a temporary footpath.",
    "The slip, about 80 metres wide, came down on Wednesday night after a month of rain twice the average for the season. Nobody was on the road at the time.",
    "The county council said engineers would need at least three weeks to stabilise the slope before the road could be cleared.",
    "Residents said the council had been warned after the 2022 slip that the drainage above the road was failing.",
]
_rng = random.Random(20)
_y06_blob = base64.b64encode(bytes(_rng.getrandbits(8) for _ in range(360_000))).decode("ascii")
add(
    "y06_singlefile_page.html",
    f"""
<!DOCTYPE html> <html lang="en-GB"><!--
 Page saved with SingleFile
 url: https://www.dalesobserver.example/news/aldstone-landslide-road-cut
 saved date: Mon Mar 17 2025 10:02:11 GMT+0000 (Greenwich Mean Time)
--><meta charset="utf-8">
<title>Landslide cuts only road into Aldstone again | Dales Observer</title>
<meta property="og:site_name" content="Dales Observer">
<meta property="article:published_time" content="2025-03-14T07:15:00+00:00">
<meta property="article:modified_time" content="2025-03-16T18:40:00+00:00">
<meta name="author" content="Callum Reid">
<style>body{{font-family:Georgia,serif;margin:0}}.masthead{{background:url(data:image/png;base64,{_y06_blob[:120_000]}) no-repeat}}.story p{{font-size:18px;line-height:1.6}}</style>
<link rel="icon" href="data:image/png;base64,{_y06_blob[:4000]}">
<style>@font-face{{font-family:Serif Pro;src:url(data:font/woff2;base64,{_y06_blob[120_000:240_000]}) format("woff2")}}</style>
<meta name="referrer" content="no-referrer"></head>
<body>
<div class="masthead"><a href="https://www.dalesobserver.example/"><img src="data:image/svg+xml;base64,{base64.b64encode(b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text y="30">Dales Observer</text></svg>').decode()}" alt="Dales Observer"></a></div>
<nav class="menu"><a href="https://www.dalesobserver.example/news">News</a> <a href="https://www.dalesobserver.example/farming">Farming</a> <a href="https://www.dalesobserver.example/jobs">Jobs</a></nav>
<article class="story">
<h1>Landslide cuts only road into Aldstone again</h1>
<p class="byline">By Callum Reid</p>
<figure><img src="data:image/jpeg;base64,{_y06_blob[240_000:]}" alt="The slip above Aldstone"><figcaption>The slip seen from the footpath on Thursday morning.</figcaption></figure>
{paragraphs(Y06_BODY)}
</article>
<div class="most-read"><h3>Most read</h3><ol><li><a href="https://www.dalesobserver.example/news/mart-prices">Mart prices hold steady</a></li><li><a href="https://www.dalesobserver.example/news/school-bus">School bus route changed</a></li></ol></div>
</body></html>
""",
    title="Landslide cuts only road into Aldstone again",
    source="Dales Observer",
    author="Callum Reid",
    published="2025-03-14",
    published_origin="metadata",
    body=Y06_BODY,
    furniture=[
        "Page saved with SingleFile",
        "saved date",
        "The slip seen from the footpath",
        "Most read",
        "Mart prices hold steady",
        "base64",
        "Farming",
    ],
)

# y07: a read-later app's export of one article (Instapaper-like "Download HTML").
Y07_BODY = [
    "The Marlowe district's only maternity unit will stop taking planned births from June, the health board confirmed on Thursday, after failing to recruit enough midwives.",
    "Women due after June will be booked at Hartsfield General, 34 miles away. Emergency births will still be handled at Marlowe until a decision on the unit's future in the autumn.",
    "The board said it had 11 vacant midwife posts out of 28. A campaign group said it would seek a judicial review.",
]
add(
    "y07_instapaper_export.html",
    f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="generator" content="Instapaper">
<title>Maternity unit to stop planned births as midwife shortage bites</title>
<style>body{{max-width:40em;margin:auto;font-family:Georgia}} .origin{{color:#888}}</style>
</head>
<body>
<div id="titlebar">
<h1>Maternity unit to stop planned births as midwife shortage bites</h1>
<div class="origin"><a href="https://www.marlowechronicle.example/health/2025/02/13/maternity-unit-planned-births">The Marlowe Chronicle</a> &middot; by Nadia Osei &middot; 6 min read</div>
</div>
<div id="story">
{paragraphs(Y07_BODY)}
</div>
<div class="bar bottom"><a href="/archive">Archive</a> <a href="/like">Like</a> <a href="/move">Move</a> <a href="/share">Share</a></div>
<div class="saved">Saved to Instapaper on 14 February 2025</div>
</body>
</html>
""",
    title="Maternity unit to stop planned births as midwife shortage bites",
    source="The Marlowe Chronicle",
    author="Nadia Osei",
    published="2025-02-13",
    published_origin="metadata",
    body=Y07_BODY,
    furniture=["6 min read", "Archive", "Like", "Saved to Instapaper", "14 February 2025"],
)

# y08: one RSS item saved as .xml (the channel around it, as a feed reader saves it).
Y08_BODY = [
    "Fishing crews in Harlow Sound have been told to stay out of a 12-square-mile zone after a second unexploded sea mine was found in nets this month.",
    "The coastguard said a navy diving team made the mine safe on Monday, two weeks after a similar device was towed out and detonated off Kell Point.",
    "Skippers said the closure covered some of their best winter grounds. The fisheries office said it would consider compensation once the zone had been surveyed.",
]
add(
    "y08_rss_item.xml",
    f"""
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>The Harlow Tribune - Coast and Sea</title>
<link>https://www.harlowtribune.example/coast</link>
<description>News from the coast and the fleet</description>
<language>en-gb</language>
<item>
<title>Fishing zone closed after second sea mine found in nets</title>
<link>https://www.harlowtribune.example/coast/2025/02/11/second-sea-mine-nets</link>
<guid isPermaLink="false">harlowtribune-88213</guid>
<dc:creator><![CDATA[Ana Ruiz]]></dc:creator>
<pubDate>Tue, 11 Feb 2025 07:30:00 +0000</pubDate>
<category>Coast</category>
<description><![CDATA[Crews told to stay out of a 12-square-mile zone while the navy surveys the sea bed.]]></description>
<content:encoded><![CDATA[{paragraphs(Y08_BODY)}
<p>The post <a href="https://www.harlowtribune.example/coast/2025/02/11/second-sea-mine-nets">Fishing zone closed after second sea mine found in nets</a> appeared first on <a href="https://www.harlowtribune.example">The Harlow Tribune</a>.</p>]]></content:encoded>
</item>
</channel>
</rss>
""",
    title="Fishing zone closed after second sea mine found in nets",
    source="The Harlow Tribune",
    author="Ana Ruiz",
    published="2025-02-11",
    published_origin="metadata",
    body=Y08_BODY,
    furniture=["appeared first on", "Coast and Sea", "News from the coast and the fleet"],
)

# y09: a page written in windows-1252 that declares no charset at all.
Y09_BODY = [
    "The owners of the Café Lumière building in Rue Basse have been fined £42,000 for letting the listed façade fall into disrepair, the council said.",
    "Inspectors found in 2023 that the cornice was “at risk of collapse onto the pavement” and ordered repairs within six months; none were made.",
    "The owners’ agent said the work had been held up by a dispute over the cost – put at about €180,000 – with the building’s insurers.",
]
add(
    "y09_windows1252_no_charset.html",
    f"""
<html>
<head>
<title>Owners fined over listed façade – St Aubin Weekly</title>
</head>
<body bgcolor="#ffffff">
<table width="760" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/sa_weekly.gif" alt="St Aubin Weekly" border="0"></a></td></tr></table>
<div id="content">
<h1>Owners fined over listed façade</h1>
<p class="byline">By Margaux Lefèvre</p>
<p class="date">Posted 12 March 2025</p>
{paragraphs(Y09_BODY)}
<p class="footer">© St Aubin Weekly 2025 · Contact us · Advertise</p>
</div>
</body>
</html>
""".lstrip("\n").encode("cp1252"),
    title="Owners fined over listed façade",
    source="St Aubin Weekly",
    author="Margaux Lefèvre",
    published="2025-03-12",
    published_origin="text",
    body=Y09_BODY,
    furniture=["Contact us", "Advertise", "Posted 12 March 2025"],
)

# y10: a page whose date is only in JSON-LD (the visible stamp is relative).
Y10_BODY = [
    "The Brennan Institute has withdrawn a report on rural broadband after finding that a coding error doubled the number of homes it counted as lacking a connection.",
    "The report, published in January, said 240,000 homes in the region had no access to speeds above 10 megabits. The corrected figure is about 118,000.",
    "The institute said it had told the ministry and the two parliamentary committees that cited the report, and would publish the corrected version next week.",
]
add(
    "y10_jsonld_date_only.html",
    f"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Think tank withdraws broadband report over counting error</title>
<meta property="og:site_name" content="The Ardmore Post">
<meta property="og:type" content="article">
<script type="application/ld+json">
{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","@id":"https://www.ardmorepost.example/#website","name":"The Ardmore Post"}},{{"@type":"WebPage","@id":"https://www.ardmorepost.example/news/broadband-report-withdrawn","isPartOf":{{"@id":"https://www.ardmorepost.example/#website"}}}},{{"@type":"NewsArticle","headline":"Think tank withdraws broadband report over counting error","datePublished":"2025-02-26T18:05:00+01:00","dateModified":"2025-02-27T09:30:00+01:00","author":[{{"@type":"Person","name":"Declan Moore"}},{{"@type":"Person","name":"Sinead Kavanagh"}}],"publisher":{{"@type":"Organization","name":"The Ardmore Post"}}}}]}}
</script>
</head>
<body>
<header><a class="brand" href="/">The Ardmore Post</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>
<article>
<h1>Think tank withdraws broadband report over counting error</h1>
<div class="meta"><span class="authors">Declan Moore and Sinead Kavanagh</span> <span class="stamp">Updated 5 hours ago</span></div>
{paragraphs(Y10_BODY)}
<div class="tags">Topics: <a href="/t/broadband">Broadband</a> <a href="/t/research">Research</a></div>
</article>
</body>
</html>
""",
    title="Think tank withdraws broadband report over counting error",
    source="The Ardmore Post",
    author="Declan Moore and Sinead Kavanagh",
    published="2025-02-26",
    published_origin="metadata",
    body=Y10_BODY,
    furniture=["Updated 5 hours ago", "Topics:", "Log in"],
)

# y11: a Wayback snapshot of a 2004 page: no machine date; the capture's stamp is in the
# address, the toolbar and a "captured" banner, the story's own day is printed in its text.
Y11_BODY = [
    "The last ferry crossing from Skerrabay to the mainland sailed on Saturday, ending a service that had run since 1919.",
    "The new causeway opened to traffic the same afternoon. The islands' council said the crossing now takes six minutes by car instead of forty by boat.",
    "About 200 people stood on the pier to watch the MV Skerra leave for the last time. She has been sold to an operator in Norway.",
]
add(
    "y11_wayback_old_page.html",
    f"""
<html>
<head>
<script type="text/javascript" src="https://web.archive.org/_static/js/bundle-playback.js" charset="utf-8"></script>
<!-- End Wayback Rewrite JS Include -->
<title>Orkney Isles Record - Last ferry leaves Skerrabay</title>
</head>
<body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:block">
<div id="wm-ipp"><div id="wm-ipp-inside">
<a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine"></a>
<form name="wmtb" id="wmtb" action="/web/submit"><input type="text" name="url" id="wmtbURL" value="http://www.orkneyislesrecord.example/news/ferry.html"></form>
<div id="wm-nav-captures"><a href="/web/20040702093311*/http://www.orkneyislesrecord.example/news/ferry.html">3 captures</a><div>02 Jul 2004 - 19 Nov 2006</div></div>
<div id="wm-capinfo">The Wayback Machine - https://web.archive.org/web/20040702093311/http://www.orkneyislesrecord.example/news/ferry.html captured 2 Jul 2004 09:33:11</div>
</div></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->
<table width="100%" border="0"><tr><td><a href="https://web.archive.org/web/20040702093311/http://www.orkneyislesrecord.example/"><img src="https://web.archive.org/web/20040702093311im_/http://www.orkneyislesrecord.example/img/masthead.gif" alt="Orkney Isles Record" border="0"></a></td></tr>
<tr><td valign="top">
<font face="Arial" size="5"><b>Last ferry leaves Skerrabay</b></font><br>
<font size="2">Posted on Monday, 14 June 2004</font><br><br>
{"<br><br>".join(Y11_BODY)}
<br><br><font size="1"><a href="https://web.archive.org/web/20040702093311/http://www.orkneyislesrecord.example/news/">Back to news</a> | <a href="https://web.archive.org/web/20040702093311/http://www.orkneyislesrecord.example/">Home</a></font>
</td></tr></table>
</body>
</html>
""",
    title="Last ferry leaves Skerrabay",
    source="Orkney Isles Record",
    author=None,
    published="2004-06-14",
    published_origin="text",
    url="http://www.orkneyislesrecord.example/news/ferry.html",
    body=Y11_BODY,
    furniture=[
        "3 captures",
        "02 Jul 2004 - 19 Nov 2006",
        "captured 2 Jul 2004",
        "Back to news",
        "Posted on Monday",
    ],
)

# y12: a read-later app's article view saved from the browser (Pocket-like).
Y12_BODY = [
    "Police in Carronbridge have charged two men over a string of thefts of catalytic converters from cars parked at the town's railway station.",
    "Officers said 37 converters were taken between October and January, most of them from hybrid cars, whose parts hold more precious metal.",
    "The men, aged 29 and 41, are due at the sheriff court on Monday. A third man was released without charge.",
]
add(
    "y12_pocket_article_view.html",
    f"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Two charged over station catalytic converter thefts | Pocket</title>
<meta property="og:site_name" content="Pocket">
<meta property="og:title" content="Two charged over station catalytic converter thefts">
</head>
<body>
<div class="app-header"><a href="https://getpocket.com/home">Home</a> <a href="https://getpocket.com/saves">Saves</a> <a href="https://getpocket.com/collections">Collections</a> <button>Upgrade</button></div>
<div class="reader-toolbar"><button aria-label="Back to Saves">Back</button> <button>Highlights</button> <button>Tag</button> <button>Favorite</button> <button>Archive</button> <button>Delete</button> <button>Display settings</button></div>
<main class="reader">
<header class="article-header">
<h1>Two charged over station catalytic converter thefts</h1>
<div class="article-meta"><a class="publisher" href="https://www.carronbridgetimes.example/crime/2025/01/30/converter-thefts-charged">Carronbridge Times</a> <span class="authors">by Isla Grant</span> <span class="read-time">3 min read</span></div>
<a class="view-original" href="https://www.carronbridgetimes.example/crime/2025/01/30/converter-thefts-charged">View Original</a>
</header>
<article class="article-content">
{paragraphs(Y12_BODY)}
</article>
</main>
<footer class="app-footer">© 2025 Read It Later, Inc. Terms of Service · Privacy Policy</footer>
</body>
</html>
""",
    title="Two charged over station catalytic converter thefts",
    source="Carronbridge Times",
    author="Isla Grant",
    published="2025-01-30",
    published_origin="metadata",
    body=Y12_BODY,
    furniture=[
        "Back to Saves",
        "Highlights",
        "Display settings",
        "3 min read",
        "View Original",
        "Read It Later",
        "Upgrade",
    ],
)


def main() -> None:
    write_documents(HERE, [(name, data) for name, data, _ in FILES])
    write_answers(HERE, [completed(name, answer) for name, _, answer in FILES])


if __name__ == "__main__":
    main()
