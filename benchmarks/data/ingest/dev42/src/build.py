"""dev42's documents, invented by hand (places, people, outlets); writes them beside ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev42/src/build.py``.
Pages as analysts save them with today's browsers and tools (import round 60): a Firefox
Reader View save whose content keeps a figure, a subheading and a "Related:" teaser; a
SingleFile save whose story sits in a declarative shadow root (``<template
shadowrootmode>``) beside inlined styles and base64 images; a SvelteKit page whose story is
only in its ``data-sveltekit-fetched`` JSON (the API's answer as a string inside it); a
metered paywall whose locked paragraphs are in the page but blurred and ``aria-hidden``
under "Subscribe to keep reading"; a story with gallery slides ("Photo 3 of 12", captions,
credits) between its paragraphs; a story with a "Fast facts" box and a reader poll made of
buttons (no form); a story opening with a dated correction box and closing with an
editor's note; an English edition's story with a translation notice and a link to the
Spanish original; a broadcaster's video story copied as text with its transcript under it;
a Mailchimp-like newsletter issue of three stories saved as ``.eml`` (HTML only,
quoted-printable, a hidden preheader); a Google AMP web story (``amp-story`` pages); and a
read-later app's export of saved links (no story).
"""

from __future__ import annotations

import base64
import html
import json
import quopri
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))

from _answers_common import write_documents  # noqa: E402

esc = html.escape


def paras(texts: list[str]) -> str:
    return "\n".join(f"<p>{esc(t, quote=False)}</p>" for t in texts)


# A small opaque PNG, as tools inline pictures (repeated to make the weight of a real save).
PIXEL = base64.b64encode(bytes(range(256)) * 64).decode("ascii")

# ------------------------------------------------------------- n01: Firefox Reader View save
N01_TITLE = "Harrowfield tram extension delayed by two years"
N01_BODY = [
    "The extension of Harrowfield's tram line to the Eastgate estate will open two years later "
    "than planned, the city's transport authority said on Tuesday.",
    "Engineers found that the bridge carrying the line over the River Lenn needs new "
    "foundations, adding 38 million pounds to the cost of the project.",
    "Why the bridge matters",
    "The bridge is the only crossing on the route. Building a new one beside it was ruled "
    "out in 2023 because of the flood plain on the eastern bank.",
    "Councillor Maya Okonkwo, who chairs the transport committee, said residents of Eastgate "
    "had been let down. “People were promised trams by next spring,” she said.",
    "The authority now expects the first passengers in the spring of 2028.",
]
n01 = f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width; user-scalable=0">
<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css">
<link rel="stylesheet" href="chrome://global/content/reader/toolbar.css" type="text/css">
<title>{esc(N01_TITLE)}</title>
</head>
<body class="light sans-serif loaded" style="--font-size: 20px; --content-width: 30em; --line-height: 1.6em;">
<div class="toolbar-container"><div class="toolbar reader-toolbar">
<div class="reader-controls" role="toolbar">
<button class="close-button toolbar-button" aria-label="Close Reader View" title="Close Reader View"></button>
<button class="style-button toolbar-button" aria-label="Type controls" title="Type controls"></button>
<button class="narrate-toggle toolbar-button" aria-label="Listen" title="Listen"></button>
</div></div></div>
<div class="container" style="--font-size: 20px;">
<div class="header reader-header reader-show-element">
<a class="domain reader-domain" href="https://www.harrowfieldpost.example/news/2026/03/03/tram-extension-delayed">Harrowfield Post</a>
<div class="domain-border"></div>
<h1 class="reader-title">{esc(N01_TITLE)}</h1>
<div class="credits reader-credits">Daniel Achterberg</div>
<div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time">3-4 minutes</div></div>
</div>
<hr>
<div class="content">
<div class="moz-reader-content reader-show-element"><div id="readability-page-1" class="page"><div>
<figure><img src="data:image/png;base64,{PIXEL}" alt="">
<figcaption>Work on the Lenn bridge stopped in January. Photograph: Sam Idris/Harrowfield Post</figcaption></figure>
<p>{esc(N01_BODY[0])}</p>
<p>{esc(N01_BODY[1])}</p>
<h2>{esc(N01_BODY[2])}</h2>
<p>{esc(N01_BODY[3])}</p>
<p><strong>Related: </strong><a href="https://www.harrowfieldpost.example/news/2026/02/11/eastgate-bus-cuts">Eastgate bus routes cut as drivers leave</a></p>
<p>{esc(N01_BODY[4])}</p>
<p>{esc(N01_BODY[5])}</p>
</div></div></div>
</div>
</div>
</body></html>
"""

# --------------------------------------------- n02: SingleFile save, story in a shadow root
N02_TITLE = "Wind farm off Kessock Point wins final approval"
N02_BODY = [
    "A 42-turbine wind farm off Kessock Point has won final approval from the marine licensing "
    "board, ending a four-year planning fight.",
    "The developer, Firth Offshore Power, said construction would begin next year and the "
    "first turbines would turn in 2029.",
    "Fishermen had objected that cables across the bay would close scallop grounds. The board "
    "added a condition that the cables be buried at least two metres deep.",
    "“This is a good day for the region,” said Elspeth Munro, the company's project director. "
    "“It means 300 jobs at the port during construction.”",
    "The Kessock Fishermen's Association said it would study the conditions before deciding "
    "whether to appeal.",
]
_N02_STYLE = (
    ".site-header{display:flex;align-items:center;padding:12px 24px;background:#0b2545}"
    ".nav a{color:#fff;margin-right:16px;font:600 14px/1 system-ui}"
    ".promo{border:1px solid #ddd;padding:16px;margin:24px 0}"
) * 40
n02 = f"""<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile
 url: https://www.northcoastledger.example/news/kessock-wind-farm-approved
 saved date: Thu Mar 12 2026 21:14:03 GMT+0000 (Greenwich Mean Time)
--><meta charset="utf-8">
<title>Kessock wind farm approved | North Coast Ledger</title>
<meta property="og:site_name" content="North Coast Ledger">
<meta property="og:title" content="Kessock wind farm approved">
<meta property="article:published_time" content="2026-03-11T16:20:00+00:00">
<meta name="author" content="Iona MacRae">
<link rel="canonical" href="https://www.northcoastledger.example/news/kessock-wind-farm-approved">
<style>{_N02_STYLE}</style>
<style>.sf-hidden{{display:none!important}}</style>
<meta http-equiv="content-security-policy" content="default-src 'none'; font-src 'self' data:; img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self' data:; script-src 'unsafe-inline' data:; object-src 'self' data:; frame-src 'self' data:;">
<body>
<header class="site-header"><a href="/"><img src="data:image/png;base64,{PIXEL}" alt="North Coast Ledger"></a>
<nav class="nav"><a href="/news">News</a><a href="/business">Business</a><a href="/sport">Sport</a><a href="/opinion">Opinion</a></nav>
<a class="btn" href="/subscribe">Subscribe</a></header>
<main>
<ledger-article data-id="48213">
<template shadowrootmode="open"><style>:host{{display:block;max-width:680px;margin:0 auto}}h1{{font:700 38px/1.1 Georgia}}.byline{{color:#555}}</style>
<article>
<h1>{esc(N02_TITLE)}</h1>
<p class="byline">By <a href="/authors/iona-macrae">Iona MacRae</a>, Energy Reporter &middot; <time datetime="2026-03-11T16:20:00+00:00">11 March 2026</time></p>
<figure><img src="data:image/png;base64,{PIXEL}" alt=""><figcaption>An artist's impression of the turbines from Kessock harbour. Image: Firth Offshore Power</figcaption></figure>
{paras(N02_BODY)}
</article>
</template>
</ledger-article>
<section class="promo"><h2>More from the Ledger</h2>
<ul><li><a href="/news/harbour-dredging">Harbour dredging to start in May</a></li>
<li><a href="/news/ferry-fares">Ferry fares frozen for islanders</a></li></ul></section>
<aside class="sf-hidden"></aside>
</main>
<footer><p>&copy; 2026 North Coast Ledger Ltd. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> | <a href="/cookies">Cookie settings</a> | <a href="/contact">Contact us</a></p></footer>
</body></html>
"""

# ------------------------------------------- n03: SvelteKit page, story only in fetched JSON
N03_TITLE = "Stormont Vale hospital to close minor injuries unit at night"
N03_BODY = [
    "The minor injuries unit at Stormont Vale hospital will close between 10pm and 8am from "
    "next month, the health board has confirmed.",
    "The board said the unit saw an average of six patients a night last year and that it "
    "could not fill the nurse practitioner posts needed to keep it open.",
    "Patients needing care overnight will be directed to the emergency department at Calder "
    "General, 23 miles away.",
    "Local MP Fiona Brennan said the decision would put lives at risk. “Twenty-three miles "
    "on those roads at night is a long way,” she said.",
    "The board will review the change after six months.",
]
_n03_article = {
    "id": 90714,
    "slug": "stormont-vale-minor-injuries-night-closure",
    "title": N03_TITLE,
    "standfirst": "Health board says too few patients use the unit overnight",
    "author": {"name": "Rory Gallagher", "role": "Health Correspondent"},
    "publishedAt": "2026-03-05T07:30:00Z",
    "updatedAt": "2026-03-06T12:10:00Z",
    "bodyHtml": "".join(f"<p>{esc(t, quote=False)}</p>" for t in N03_BODY),
    "tags": ["Health", "Stormont Vale"],
}
_n03_fetched = {
    "status": 200,
    "statusText": "",
    "headers": {"content-type": "application/json"},
    "body": json.dumps({"article": _n03_article}),
}
_n03_json = json.dumps(_n03_fetched).replace("</", "<\\/")
n03 = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<link rel="icon" href="/favicon.png" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/_app/immutable/assets/0.C3f9aB1x.css" rel="stylesheet">
<link rel="modulepreload" href="/_app/immutable/entry/start.D8kq2LmP.js">
<link rel="modulepreload" href="/_app/immutable/entry/app.Bz71QxVe.js">
<title>Valley Courier</title>
<meta property="og:site_name" content="Valley Courier" />
</head>
<body data-sveltekit-preload-data="hover">
<div style="display: contents">
<header class="masthead"><a href="/">Valley Courier</a>
<nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/sport">Sport</a></nav></header>
<main><div class="article-skeleton" aria-busy="true"><div class="skeleton-title"></div><div class="skeleton-line"></div><div class="skeleton-line"></div><p class="loading">Loading article…</p></div></main>
<footer>© 2026 Valley Courier</footer>
<script type="application/json" data-sveltekit-fetched data-url="/api/articles/stormont-vale-minor-injuries-night-closure">{_n03_json}</script>
<script>
{{
    __sveltekit_1x9k2c = {{ base: new URL(".", location).pathname.slice(0, -1) }};
    const element = document.currentScript.parentElement;
    Promise.all([import("/_app/immutable/entry/start.D8kq2LmP.js"), import("/_app/immutable/entry/app.Bz71QxVe.js")]).then(([kit, app]) => {{
        kit.start(app, element, {{ node_ids: [0, 7], data: [null, null], form: null, error: null }});
    }});
}}
</script>
</div>
</body>
</html>
"""

# --------------------------------------- n04: metered paywall, locked part blurred in the page
N04_TITLE = "Brackwater council leader faces no-confidence vote"
N04_BODY = [
    "The leader of Brackwater Borough Council will face a vote of no confidence next week "
    "after three members of her own group said they had lost faith in her.",
    "Councillor Helen Stroud has led the council since 2022. The motion, tabled by the "
    "opposition on Monday, follows the collapse of the town centre regeneration deal.",
    "The three councillors said in a joint letter that the leader had kept them in the dark "
    "about the developer's withdrawal for more than a month.",
]
N04_LOCKED = [
    "Ms Stroud said on Monday evening that she had kept colleagues informed at every stage "
    "and would not resign.",
    "The vote will be held at a full council meeting on 17 March.",
]
n04 = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Brackwater council leader faces no-confidence vote | Brackwater Gazette</title>
<meta property="og:site_name" content="Brackwater Gazette">
<meta property="article:published_time" content="2026-03-09T18:45:00+00:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{N04_TITLE}","datePublished":"2026-03-09T18:45:00+00:00","author":{{"@type":"Person","name":"Tom Ashworth"}},"isAccessibleForFree":false,"hasPart":{{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".article-body--locked"}}}}</script>
<style>.article-body--locked{{filter:blur(5px);user-select:none;pointer-events:none}}</style>
</head>
<body>
<header><a href="/" class="logo">Brackwater Gazette</a>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>
<main>
<article>
<span class="kicker">POLITICS</span>
<h1>{esc(N04_TITLE)}</h1>
<div class="byline">By <a href="/authors/tom-ashworth">Tom Ashworth</a>, Political Reporter</div>
<time datetime="2026-03-09T18:45:00+00:00">9 March 2026, 6:45pm</time>
<div class="article-body">
{paras(N04_BODY)}
</div>
<div class="meter-wall" role="dialog">
<p class="meter-count">You've read 3 of 3 free articles this month.</p>
<h2>Subscribe to keep reading</h2>
<p>Get unlimited access to the Gazette for just £1 a week for your first three months.</p>
<a class="cta" href="/subscribe?ref=meter">See offers</a>
<p>Already a subscriber? <a href="/login">Log in</a></p>
</div>
<div class="article-body article-body--locked" aria-hidden="true" inert>
{paras(N04_LOCKED)}
</div>
</article>
</main>
<footer><p>© 2026 Brackwater Gazette Ltd</p></footer>
</body>
</html>
"""

# ------------------------------------------------- n05: gallery slides between paragraphs
N05_TITLE = "Floodwater reaches homes as River Tarrow bursts its banks"
N05_BODY = [
    "Dozens of homes in Lower Tarrow were flooded on Sunday after the river burst its banks "
    "following two days of heavy rain.",
    "Firefighters used boats to reach residents on Mill Street, where the water was more than "
    "a metre deep by mid-afternoon.",
    "The Environment Agency said the river peaked at 4.2 metres at the Tarrow Bridge gauge, "
    "the highest level since records began in 1968.",
    "A rest centre was opened at the community hall, where 41 people spent Sunday night.",
    "Residents said the flood defences promised after the floods of 2020 had never been built. "
    "The agency said work would begin in the summer.",
]
N05_CAPTIONS = [
    "Firefighters carry a resident along Mill Street on Sunday afternoon.",
    "Water covers the playing fields beside the Tarrow Bridge.",
    "Volunteers hand out blankets at the community hall rest centre.",
]


def _slide(number: int, caption: str, credit: str) -> str:
    return (
        f'<figure class="gallery-slide" data-index="{number}">\n'
        f'<div class="gallery-counter">Photo {number} of 12</div>\n'
        f'<img src="/images/flood-{number}.jpg" alt="">\n'
        f"<figcaption>{esc(caption)} "
        f'<span class="credit">Photo: {esc(credit)}/Tarrow Valley Echo</span></figcaption>\n'
        "</figure>"
    )


n05 = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(N05_TITLE)} - Tarrow Valley Echo</title>
<meta property="og:site_name" content="Tarrow Valley Echo">
<meta property="article:published_time" content="2026-02-15T17:05:00+00:00">
</head>
<body>
<header><a href="/" class="site-logo">Tarrow Valley Echo</a></header>
<main>
<article class="story story--gallery">
<h1>{esc(N05_TITLE)}</h1>
<p class="byline">By Sophie Lindqvist</p>
<time datetime="2026-02-15T17:05:00+00:00">15 February 2026</time>
{_slide(1, N05_CAPTIONS[0], "Ben Carver")}
<p>{esc(N05_BODY[0])}</p>
<p>{esc(N05_BODY[1])}</p>
{_slide(2, N05_CAPTIONS[1], "Ben Carver")}
<p>{esc(N05_BODY[2])}</p>
{_slide(3, N05_CAPTIONS[2], "Ana Sousa")}
<p>{esc(N05_BODY[3])}</p>
<p>{esc(N05_BODY[4])}</p>
<a class="gallery-open" href="/gallery/tarrow-flood">View all 12 photos</a>
</article>
</main>
<footer>© Tarrow Valley Echo 2026</footer>
</body>
</html>
"""

# --------------------------------------------- n06: fact box and a poll of buttons mid-story
N06_TITLE = "Saltby pier to be demolished after storm damage"
N06_BODY = [
    "Saltby's Victorian pier is to be demolished after engineers found that storms last "
    "winter had cracked most of its iron supports.",
    "The town council voted by nine votes to four on Thursday to pull down the structure, "
    "which has been closed to the public since December.",
    "Repairing the pier would have cost an estimated 6.4 million pounds, more than four times "
    "the council's annual budget for its seafront.",
    "The Friends of Saltby Pier said they would try to raise the money themselves and asked "
    "the council to delay the work until the autumn.",
    "Demolition is due to start in June and take about three months.",
]
n06 = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(N06_TITLE)} | East Riding Mercury</title>
<meta property="og:site_name" content="East Riding Mercury">
<meta property="article:published_time" content="2026-03-06T09:00:00+00:00">
<meta name="author" content="Priya Sandhu">
</head>
<body>
<header class="masthead"><a href="/">East Riding Mercury</a></header>
<main>
<article>
<h1>{esc(N06_TITLE)}</h1>
<div class="article-meta"><span class="byline">Priya Sandhu</span> <time datetime="2026-03-06T09:00:00+00:00">Friday 6 March 2026</time></div>
<div class="article-body">
<p>{esc(N06_BODY[0])}</p>
<p>{esc(N06_BODY[1])}</p>
<aside class="fact-box">
<h3>Fast facts</h3>
<ul>
<li>Opened: 1869</li>
<li>Length: 372 metres</li>
<li>Grade II listed since 1975</li>
<li>Last major repair: 1998, at a cost of 1.1 million pounds</li>
</ul>
</aside>
<p>{esc(N06_BODY[2])}</p>
<p>{esc(N06_BODY[3])}</p>
<div class="poll-widget" data-poll-id="5521">
<p class="poll-question">Should Saltby pier be saved?</p>
<div class="poll-options">
<button class="poll-option" data-option="1">Yes, whatever the cost</button>
<button class="poll-option" data-option="2">No, it's time to let it go</button>
<button class="poll-option" data-option="3">Not sure</button>
</div>
<p class="poll-total">2,318 votes so far</p>
</div>
<p>{esc(N06_BODY[4])}</p>
</div>
</article>
</main>
<footer>© 2026 East Riding Mercury</footer>
</body>
</html>
"""

# --------------------------------- n07: correction box at the top, editor's note at the foot
N07_TITLE = "Lornhill water bills to rise by 9 per cent"
N07_BODY = [
    "Correction, 12 March 2026: An earlier version of this article said the rise would affect "
    "42,000 households. It will affect 4,200 households in the Upper Lornhill supply zone.",
    "Water bills in Upper Lornhill will rise by 9 per cent from April, the water company "
    "said on Tuesday, to pay for a new treatment works.",
    "The average household bill will go up by about 41 pounds a year.",
    "Lornhill Water said the treatment works was needed to meet new limits on nitrates in "
    "drinking water, which come into force in 2028.",
    "The consumer council said it would ask the regulator to check whether the rise was fair.",
    "Editor's note: Lornhill Water is a sponsor of the Lornhill Standard's annual business "
    "awards. It had no say in this article.",
]
n07 = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(N07_TITLE)} | Lornhill Standard</title>
<meta property="og:site_name" content="Lornhill Standard">
<meta property="article:published_time" content="2026-03-10T11:15:00+00:00">
<meta property="article:modified_time" content="2026-03-12T08:40:00+00:00">
</head>
<body>
<header><a href="/" class="logo">Lornhill Standard</a>
<nav><a href="/news">News</a> <a href="/business">Business</a></nav></header>
<main>
<article>
<h1>{esc(N07_TITLE)}</h1>
<p class="byline">By Martin Kowalczyk</p>
<p class="dates"><time datetime="2026-03-10T11:15:00+00:00">Published 10 March 2026</time> · Updated 12 March 2026</p>
<aside class="correction-notice" role="note">
<p><strong>Correction, 12 March 2026:</strong> {esc(N07_BODY[0].split(": ", 1)[1])}</p>
</aside>
{paras(N07_BODY[1:5])}
<p class="editors-note"><em>{esc(N07_BODY[5])}</em></p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
</article>
</main>
<footer>© Lornhill Standard 2026</footer>
</body>
</html>
"""

# ------------------------------------------------ n08: translated story, notice and original
N08_TITLE = "Port of Valdemora to double its container capacity"
N08_BODY = [
    "The port of Valdemora will double the number of containers it can handle by 2030, its "
    "board announced on Wednesday, after securing 210 million euros in loans.",
    "The plan includes a new 800-metre quay and six electric cranes, which the port says "
    "will cut its emissions by a third.",
    "Environmental groups have warned that dredging for the new quay could harm the "
    "seagrass meadows at the mouth of the Lucar estuary.",
    "Port president Inés Carvajal said the project had passed every environmental "
    "assessment and that the meadows would be monitored for ten years.",
]
n08 = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(N08_TITLE)} | El Faro de Lucar English</title>
<meta property="og:site_name" content="El Faro de Lucar">
<meta property="article:published_time" content="2026-03-04T10:30:00+01:00">
<link rel="alternate" hreflang="es" href="https://www.elfarodelucar.example/economia/puerto-valdemora-duplicara-capacidad">
</head>
<body>
<header><a href="/en/" class="logo">El Faro de Lucar</a> <span class="edition">English edition</span></header>
<main>
<article>
<h1>{esc(N08_TITLE)}</h1>
<p class="byline">By Lucía Ferrer Ortega</p>
<time datetime="2026-03-04T10:30:00+01:00">4 March 2026</time>
<div class="translation-notice"><p>This article was translated from Spanish with the help of an automatic translation tool and reviewed by our editors. <a href="https://www.elfarodelucar.example/economia/puerto-valdemora-duplicara-capacidad">Read the original in Spanish</a></p></div>
{paras(N08_BODY)}
<p class="original-link"><a href="https://www.elfarodelucar.example/economia/puerto-valdemora-duplicara-capacidad">Lee el artículo original en español</a></p>
</article>
</main>
<footer>© 2026 Ediciones del Faro S.L.</footer>
</body>
</html>
"""

# -------------------------------------- n09: broadcaster's video story copied, with transcript
N09_TITLE = "Glenmora ski centre opens after record snowfall"
N09_BODY = [
    "Glenmora ski centre opened all of its runs on Saturday for the first time in six "
    "years after the heaviest snowfall in the area since 2010.",
    "More than 2,000 skiers arrived before 10am and the access road was closed for an hour "
    "when the car park filled.",
    "The centre's manager, Alasdair Grant, said the season could now run into April if the "
    "cold weather held.",
    "Forecasters expect more snow on high ground on Monday.",
]
n09 = "\n".join(
    [
        "Skip to content",
        "Highland Broadcasting News",
        "Home | News | Sport | Weather | Watch",
        "",
        N09_TITLE,
        "",
        "Watch: 2 minutes 14 seconds",
        "Skiers queued from dawn at Glenmora on Saturday",
        "",
        "Published 7 March 2026",
        "",
        "By Kirsty Fraser",
        "Highland Broadcasting News",
        "",
        *[line for text in N09_BODY for line in (text, "")],
        "Transcript",
        "",
        "[00:00] KIRSTY FRASER: It's just after eight in the morning and the queue for the "
        "chairlift already stretches back to the car park.",
        "",
        "[00:09] SKIER: We drove up from Glasgow at four. You don't get days like this very often.",
        "",
        "[00:15] ALASDAIR GRANT: Every run is open. We haven't been able to say that since 2020.",
        "",
        "This transcript was generated automatically and may contain errors.",
        "",
        "More on this story",
        "Snow gates closed on the A939",
        "",
        "© Highland Broadcasting 2026",
        "",
    ]
)

# ---------------------------------------- n10: newsletter of three stories, .eml, HTML only
N10_TITLE = "Morning Brief: Ferry strike called off | Library hours cut | Marathon route"
N10_BODY = [
    "Ferry strike called off",
    "A strike by ferry crews planned for this weekend has been called off after the operator "
    "raised its pay offer to 6 per cent, the union said late on Tuesday.",
    "Sailings between Ardmore and the islands will run as normal on Saturday and Sunday.",
    "Library opening hours cut",
    "Four branch libraries in the district will close on Wednesdays from April to save "
    "140,000 pounds a year, the council has confirmed.",
    "Marathon route changes",
    "This year's Ardmore marathon will avoid the harbour road, which is being resurfaced. "
    "The new route adds a loop through Castle Park.",
]
_n10_html = f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Morning Brief</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">Plus: libraries close on Wednesdays and a new marathon loop</span>
<table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" id="bodyTable"><tr><td align="center" valign="top">
<table border="0" cellpadding="0" cellspacing="0" width="600" class="templateContainer">
<tr><td class="preheader" style="font-size:11px;color:#777"><a href="https://ardmoreobserver.example/newsletters/morning-brief/2026-03-11">View this email in your browser</a></td></tr>
<tr><td class="header"><img src="https://ardmoreobserver.example/img/morning-brief.png" alt="The Ardmore Observer Morning Brief" width="600"></td></tr>
<tr><td class="body" style="font-family:Georgia,serif;font-size:16px">
<p>Good morning, and welcome to Wednesday's Morning Brief.</p>
<h2>{N10_BODY[0]}</h2>
<p>{esc(N10_BODY[1])}</p>
<p>{esc(N10_BODY[2])}</p>
<p><a href="https://ardmoreobserver.example/news/ferry-strike-off">Read the full story</a></p>
<table width="100%" style="background:#fff6d5"><tr><td><p style="font-size:12px">SPONSORED BY ARDMORE BUILDING SOCIETY</p><p>Saving for a first home? Our Lifetime ISA pays 4.1% a year. Terms apply.</p></td></tr></table>
<h2>{N10_BODY[3]}</h2>
<p>{esc(N10_BODY[4])}</p>
<p><a href="https://ardmoreobserver.example/news/library-hours">Read more</a></p>
<h2>{N10_BODY[5]}</h2>
<p>{esc(N10_BODY[6])}</p>
<p>That's all for today. See you tomorrow.</p>
<p>Niamh Doherty<br>Editor, the Morning Brief</p>
</td></tr>
<tr><td class="footer" style="font-size:11px;color:#777">
<p>You are receiving this email because you signed up to the Morning Brief at ardmoreobserver.example.</p>
<p>The Ardmore Observer, 14 Quay Street, Ardmore AR1 2BX</p>
<p><a href="https://ardmoreobserver.example/unsubscribe?u=7f2">Unsubscribe</a> | <a href="https://ardmoreobserver.example/preferences">Update your preferences</a></p>
</td></tr>
</table></td></tr></table>
</body></html>
"""
n10 = (
    b"Return-Path: <bounce-mc.us21_7712.2203@mail214.atl11.mcdlv.example>\r\n"
    b"Received: from mail214.atl11.mcdlv.example (mail214.atl11.mcdlv.example [198.51.100.14])\r\n"
    b"\tby mx.example.org with ESMTPS id 4f9c; Wed, 11 Mar 2026 06:02:11 +0000\r\n"
    b"From: The Ardmore Observer <briefing@ardmoreobserver.example>\r\n"
    b"To: analyst@example.org\r\n"
    b"Subject: " + N10_TITLE.encode("ascii") + b"\r\n"
    b"Date: Wed, 11 Mar 2026 06:00:04 +0000\r\n"
    b"Message-ID: <a91c3e.20260311060004@mail214.atl11.mcdlv.example>\r\n"
    b"List-Unsubscribe: <https://ardmoreobserver.example/unsubscribe?u=7f2>\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: text/html; charset="utf-8"\r\n'
    b"Content-Transfer-Encoding: quoted-printable\r\n"
    b"\r\n" + quopri.encodestring(_n10_html.encode("utf-8")).replace(b"\n", b"\r\n")
)

# ------------------------------------------------------------- n11: Google AMP web story
N11_TITLE = "Inside the rebuilt Corran lighthouse"
N11_BODY = [
    "The lighthouse at Corran Head was gutted by fire in 2023. On Friday it shone again.",
    "Restorers spent 18 months replacing the iron stair, all 112 steps of it, using moulds "
    "taken from the melted original.",
    "The new lens was cast in France to the 1860 design. It weighs just over two tonnes.",
    "The beam can be seen 19 nautical miles out to sea, the same range as before the fire.",
    "The keeper's cottage will open to visitors in May as a museum of the lights of the "
    "west coast.",
]
n11 = (
    f"""<!doctype html>
<html amp lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>
<title>{esc(N11_TITLE)} | West Coast Sentinel</title>
<link rel="canonical" href="https://www.westcoastsentinel.example/stories/corran-lighthouse-rebuilt/">
<meta name="viewport" content="width=device-width">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{N11_TITLE}","datePublished":"2026-03-13T09:00:00+00:00","dateModified":"2026-03-13T09:00:00+00:00","author":{{"@type":"Person","name":"Callum Reid"}},"publisher":{{"@type":"Organization","name":"West Coast Sentinel","logo":{{"@type":"ImageObject","url":"https://www.westcoastsentinel.example/logo.png"}}}}}}</script>
</head>
<body>
<amp-story standalone title="{esc(N11_TITLE)}" publisher="West Coast Sentinel" publisher-logo-src="https://www.westcoastsentinel.example/logo.png" poster-portrait-src="https://www.westcoastsentinel.example/stories/corran/cover.jpg">
<amp-story-page id="cover" auto-advance-after="7s">
<amp-story-grid-layer template="fill"><amp-img src="/stories/corran/cover.jpg" width="720" height="1280" layout="responsive" alt="The lighthouse at dusk"></amp-img></amp-story-grid-layer>
<amp-story-grid-layer template="vertical" class="bottom">
<h1>{esc(N11_TITLE)}</h1>
<p class="byline">By Callum Reid · Photos by Mairi Ross</p>
</amp-story-grid-layer>
</amp-story-page>
"""
    + "".join(
        f"""<amp-story-page id="page-{i}" auto-advance-after="8s">
<amp-story-grid-layer template="fill"><amp-img src="/stories/corran/{i}.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>
<amp-story-grid-layer template="vertical" class="bottom">
<p class="story-text">{esc(text, quote=False)}</p>
<p class="credit">Photo: Mairi Ross</p>
</amp-story-grid-layer>
</amp-story-page>
"""
        for i, text in enumerate(N11_BODY, start=1)
    )
    + """<amp-story-page id="outlink-page">
<amp-story-grid-layer template="vertical"><p class="story-text">Want more from the coast?</p></amp-story-grid-layer>
<amp-story-page-outlink layout="nodisplay" cta-text="Read the full story">
<a href="https://www.westcoastsentinel.example/news/2026/03/13/corran-lighthouse-relit/">Read the full story</a>
</amp-story-page-outlink>
</amp-story-page>
</amp-story>
</body>
</html>
"""
)

# ------------------------------------------------ n12: read-later export of saved links only
_N12_LINKS = [
    (
        "https://www.harrowfieldpost.example/news/2026/03/03/tram-extension-delayed",
        "Harrowfield tram extension delayed by two years",
        1772530000,
        "transport",
    ),
    (
        "https://www.northcoastledger.example/news/kessock-wind-farm-approved",
        "Wind farm off Kessock Point wins final approval",
        1773264000,
        "energy,scotland",
    ),
    (
        "https://www.lornhillstandard.example/business/water-bills-rise",
        "Lornhill water bills to rise by 9 per cent",
        1773138000,
        "",
    ),
    (
        "https://www.tarrowvalleyecho.example/news/floods-lower-tarrow",
        "Floodwater reaches homes as River Tarrow bursts its banks",
        1771175000,
        "floods",
    ),
]
_N12_ARCHIVE = [
    (
        "https://www.valleycourier.example/health/stormont-vale-minor-injuries",
        "Stormont Vale hospital to close minor injuries unit at night",
        1772700000,
        "health",
    ),
    (
        "https://www.eastridingmercury.example/news/saltby-pier",
        "Saltby pier to be demolished after storm damage",
        1772787000,
        "",
    ),
]


def _link_list(rows: list[tuple[str, str, int, str]]) -> str:
    return "\n".join(
        f'<li><a href="{esc(u)}" time_added="{t}" tags="{esc(tags)}">{esc(title)}</a></li>'
        for u, title, t, tags in rows
    )


n12 = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Pocket Export</title>
</head>
<body>
<h1>Unread</h1>
<ul>
{_link_list(_N12_LINKS)}
</ul>

<h1>Read Archive</h1>
<ul>
{_link_list(_N12_ARCHIVE)}
</ul>
</body>
</html>
"""

DOCUMENTS = [
    ("n01_firefox_reader_view.html", n01),
    ("n02_singlefile_shadow_root.html", n02),
    ("n03_sveltekit_fetched_json.html", n03),
    ("n04_metered_paywall_blurred.html", n04),
    ("n05_gallery_slides_between_paragraphs.html", n05),
    ("n06_fact_box_and_button_poll.html", n06),
    ("n07_correction_box_at_top.html", n07),
    ("n08_translated_with_original_link.html", n08),
    ("n09_video_story_transcript_copy.txt", n09),
    ("n10_newsletter_three_stories.eml", n10),
    ("n11_amp_web_story.html", n11),
    ("n12_read_later_links_export.html", n12),
]

if __name__ == "__main__":
    write_documents(HERE, DOCUMENTS)
