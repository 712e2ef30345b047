"""Rebuild dev21: pages whose story is not plain server-rendered HTML.

Each file is one news page as a browser saves it when the story is drawn by scripts or kept
behind something: a Next.js page whose story is only in ``__NEXT_DATA__``, a Nuxt page whose
payload is a JSON script, a Gatsby page whose page data holds the body as HTML, a page whose
only full text is JSON-LD ``articleBody``, a paywalled teaser under a "subscribe to continue"
wall, a cookie-consent wall in front of the story, an infinite-scroll save holding the next
story below the first, page 1 of a story split with "Continue reading on page 2", a live blog
whose entries are separate JSON-LD objects, a page that renders its story and carries it
again in ``__NEXT_DATA__``, a page whose state is a ``window.__INITIAL_STATE__ =`` script of
typed content blocks, and an Apollo cache (``window.__APOLLO_STATE__``) holding the story.
The answers are written here beside the text, before any run of the importer.

Usage: ``.venv/bin/python benchmarks/data/ingest/dev21/src/build.py``.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
FILES: list[tuple[str, bytes, dict[str, Any]]] = []

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _answers_common import completed, write_answers, write_documents  # noqa: E402


def add(name: str, text: str, **answer: Any) -> None:
    FILES.append((name, text.lstrip("\n").encode("utf-8"), answer))


def paragraphs(body: list[str]) -> str:
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in body)


def as_json(data: Any) -> str:
    # as a page's script carries it: "</" escaped so the script element is not closed early
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


# z01: a Next.js page saved before the scripts ran: the story is only in __NEXT_DATA__.
Z01_BODY = [
    "Ferry services between Calderholm and the outer islands will run a reduced winter timetable from Monday after two of the four vessels failed their annual inspection.",
    "The operator said the Isle of Brannock and the Sea Wren would be out of service for at least three weeks while corrosion in their car decks is repaired.",
    "Island councillors said the cut would leave some crossings with a single sailing a day and asked for a chartered vessel to cover the gap.",
    "The transport authority said it was looking for a replacement but that none of the suitable ships on the market was free before February.",
]
z01_data = {
    "props": {
        "pageProps": {
            "article": {
                "id": "a-88231",
                "slug": "ferry-timetable-cut-after-failed-inspections",
                "headline": "Island ferry timetable cut after two vessels fail inspection",
                "standfirst": "Two of four ships out of service for at least three weeks",
                "byline": [{"name": "Morag Lindsay", "role": "Transport correspondent"}],
                "publishedAt": "2025-01-17T07:15:00Z",
                "updatedAt": "2025-01-17T11:02:00Z",
                "body": [{"type": "paragraph", "text": p} for p in Z01_BODY],
                "related": [{"headline": "Pier repairs delayed again", "slug": "pier-repairs"}],
            },
            "site": {"name": "Calderholm Press"},
        },
        "__N_SSP": True,
    },
    "page": "/news/[slug]",
    "query": {"slug": "ferry-timetable-cut-after-failed-inspections"},
    "buildId": "k3Jd8sYw2",
    "isFallback": False,
    "gssp": True,
    "scriptLoader": [],
}
add(
    "z01_nextjs_next_data.html",
    f"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Island ferry timetable cut after two vessels fail inspection | Calderholm Press</title>
<meta property="og:site_name" content="Calderholm Press">
<meta property="og:title" content="Ferry cuts: two ships fail inspection">
<link rel="preload" href="/_next/static/css/7a1b.css" as="style">
<script src="/_next/static/chunks/webpack-3f2a.js" defer></script>
<script src="/_next/static/chunks/main-91c0.js" defer></script>
</head>
<body>
<div id="__next"><div class="page-loading"><div class="spinner" aria-label="Loading"></div></div></div>
<noscript>You need to enable JavaScript to run this app.</noscript>
<script id="__NEXT_DATA__" type="application/json">{as_json(z01_data)}</script>
</body>
</html>
""",
    title="Island ferry timetable cut after two vessels fail inspection",
    source="Calderholm Press",
    author="Morag Lindsay",
    published="2025-01-17",
    published_origin="metadata",
    body=Z01_BODY,
    furniture=[
        "enable JavaScript",
        "Pier repairs delayed again",
        "Transport correspondent",
        "Loading",
    ],
)

# z02: a Nuxt 3 page: the payload is a flat JSON array (values refer to others by index).
Z02_BODY = [
    "The Harwick water board has lifted the boil-water notice for 3,200 homes in the east of the town, nine days after a burst main let river water into the supply.",
    "Samples taken on three consecutive days showed no contamination, the board said, and residents could use tap water as normal from Wednesday morning.",
    "Bottled water stations at the leisure centre and Mill Road school will close on Thursday.",
]
z02_payload = [
    {"data": 1, "state": 9},
    {"story-harwick-boil-water": 2},
    {"title": 3, "author": 4, "date": 5, "html": 6, "tags": 7, "section": 8},
    "Boil-water notice lifted for 3,200 Harwick homes",
    "Ellen Marsh",
    "2025-02-12T08:30:00+00:00",
    "".join(f"<p>{p}</p>" for p in Z02_BODY),
    ["water", "Harwick"],
    "Local news",
    {"$sconsent": False},
]
add(
    "z02_nuxt_payload.html",
    f"""
<!DOCTYPE html>
<html lang="en-GB" data-n-head-ssr>
<head>
<meta charset="utf-8">
<title>Boil-water notice lifted for 3,200 Harwick homes - Harwick Mercury</title>
<meta property="og:site_name" content="Harwick Mercury">
<link rel="modulepreload" href="/_nuxt/entry.5b1c.js">
</head>
<body>
<div id="__nuxt"><header class="site-header"><a href="/">Harwick Mercury</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header><main class="skeleton"></main></div>
<div id="teleports"></div>
<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{as_json(z02_payload)}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{}},app:{{baseURL:"/",buildAssetsDir:"/_nuxt/"}}}}</script>
<script type="module" src="/_nuxt/entry.5b1c.js" crossorigin></script>
</body>
</html>
""",
    title="Boil-water notice lifted for 3,200 Harwick homes",
    source="Harwick Mercury",
    author="Ellen Marsh",
    published="2025-02-12",
    published_origin="metadata",
    body=Z02_BODY,
    furniture=["Local news", "Sport"],
)

# z03: a Gatsby page: page data in a JSON script holds the body as HTML and its frontmatter.
Z03_BODY = [
    "Volunteers counted 412 grey seal pups on the Skerrow reefs this autumn, the highest number since the survey began in 2009.",
    "The count, made from boats and a drone over six weeks, found pups on two reefs where none had been recorded before.",
    "Survey leader Ines Carvalho said the rise probably reflected a ban on set nets near the reefs that came into force in 2019.",
    "The trust will publish the full figures in its annual report in March.",
]
z03_data = {
    "componentChunkName": "component---src-templates-post-js",
    "path": "/news/skerrow-seal-pups-record/",
    "result": {
        "data": {
            "markdownRemark": {
                "html": "".join(f"<p>{p}</p>" for p in Z03_BODY),
                "frontmatter": {
                    "title": "Record seal pup count on Skerrow reefs",
                    "date": "2024-12-04",
                    "author": "Tobias Brandt",
                },
                "timeToRead": 1,
            },
            "site": {"siteMetadata": {"title": "Skerrow Coast News"}},
        },
        "pageContext": {"slug": "/news/skerrow-seal-pups-record/"},
    },
    "staticQueryHashes": ["3649515864"],
}
add(
    "z03_gatsby_page_data.html",
    f"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="Gatsby 5.13.3">
<title data-gatsby-head="true">Record seal pup count on Skerrow reefs | Skerrow Coast News</title>
<meta property="og:site_name" content="Skerrow Coast News" data-gatsby-head="true">
</head>
<body>
<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"></div><div id="gatsby-announcer" aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/news/skerrow-seal-pups-record/";/*]]>*/</script>
<script id="gatsby-page-data" type="application/json">{as_json(z03_data)}</script>
<script src="/app-4c1e.js" async></script>
</body>
</html>
""",
    title="Record seal pup count on Skerrow reefs",
    source="Skerrow Coast News",
    author="Tobias Brandt",
    published="2024-12-04",
    published_origin="metadata",
    body=Z03_BODY,
    furniture=["component---src-templates", "3649515864", "gatsby-focus-wrapper"],
)

# z04: the visible page is a headline and a loader; the full text is only JSON-LD articleBody.
Z04_BODY = [
    "The Brennock county council has approved a 4.2 per cent rise in council tax for the coming year, the largest allowed without a local referendum.",
    "Councillors voted 31 to 18 for the budget after a three-hour debate in which opposition members proposed cutting the rise by selling two empty office buildings.",
    "The council said the extra money would go mainly to adult social care, where costs rose by 11 per cent last year.",
    "Bills for a band D home will rise by about 78 pounds a year from April.",
]
z04_ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Brennock council approves 4.2% council tax rise",
    "datePublished": "2025-02-20T19:40:00+00:00",
    "dateModified": "2025-02-21T08:00:00+00:00",
    "author": {"@type": "Person", "name": "Gareth Pryce"},
    "publisher": {"@type": "Organization", "name": "Brennock Gazette"},
    "articleBody": "\n\n".join(Z04_BODY),
}
add(
    "z04_jsonld_article_body.html",
    f"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Brennock council approves 4.2% council tax rise</title>
<script type="application/ld+json">{as_json(z04_ld)}</script>
</head>
<body>
<header><a href="/" class="logo">Brennock Gazette</a></header>
<main>
<h1>Brennock council approves 4.2% council tax rise</h1>
<div class="article-body" data-hydrate="story-88412"><div class="loader">Loading article&hellip;</div></div>
</main>
<footer><p>&copy; 2025 Brennock Gazette</p></footer>
</body>
</html>
""",
    title="Brennock council approves 4.2% council tax rise",
    source="Brennock Gazette",
    author="Gareth Pryce",
    published="2025-02-20",
    published_origin="metadata",
    body=Z04_BODY,
    furniture=["Loading article", "© 2025 Brennock Gazette"],
)

# z05: a paywalled story: the teaser is shown, the rest replaced by a subscription wall.
Z05_BODY = [
    "The owners of the Larchfield paper mill have told staff the site will close in June with the loss of 260 jobs, ending 140 years of papermaking in the valley.",
    "Managers said the mill's energy costs had doubled since 2021 and that a buyer approached last year had withdrawn.",
]
z05_ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Larchfield paper mill to close with loss of 260 jobs",
    "datePublished": "2025-03-04T06:00:00+00:00",
    "author": [{"@type": "Person", "name": "Rhian Evans"}],
    "publisher": {"@type": "Organization", "name": "Valley Chronicle"},
    "isAccessibleForFree": False,
    "hasPart": {
        "@type": "WebPageElement",
        "isAccessibleForFree": False,
        "cssSelector": ".paywalled",
    },
}
add(
    "z05_paywall_teaser.html",
    f"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Larchfield paper mill to close with loss of 260 jobs | Valley Chronicle</title>
<meta property="og:site_name" content="Valley Chronicle">
<script type="application/ld+json">{as_json(z05_ld)}</script>
</head>
<body>
<main>
<article>
<h1>Larchfield paper mill to close with loss of 260 jobs</h1>
<p class="byline">By Rhian Evans</p>
<p class="dateline"><time datetime="2025-03-04T06:00:00+00:00">4 March 2025</time></p>
<div class="article-teaser">
{paragraphs(Z05_BODY)}
</div>
<div class="paywalled"></div>
<section class="subscribe-wall">
<h2>Subscribe to continue reading</h2>
<p>You have reached the end of this free preview. Subscribers get unlimited access to every story.</p>
<p><a href="/subscribe">Subscribe for 1 pound a week</a></p>
<p>Already a subscriber? <a href="/login">Log in</a></p>
</section>
</article>
</main>
</body>
</html>
""",
    title="Larchfield paper mill to close with loss of 260 jobs",
    source="Valley Chronicle",
    author="Rhian Evans",
    published="2025-03-04",
    published_origin="metadata",
    body=Z05_BODY,
    furniture=[
        "Subscribe to continue reading",
        "end of this free preview",
        "Already a subscriber",
        "Subscribe for 1 pound a week",
    ],
    partial=True,
)

# z06: a cookie-consent dialog in front of the story, saved while it was open.
Z06_BODY = [
    "Police have closed the coast road between Tarvin Head and Pollock Bay after a landslip carried part of the carriageway onto the beach below.",
    "No one was hurt. A resident said she heard a loud crack at about 5am and found a gap about 20 metres long where the road had been.",
    "The county's highways team said the road would stay closed for several months and that a diversion through Glenmorie added about 14 miles to the journey.",
    "Geologists will inspect the cliff on Tuesday to judge whether nearby homes are at risk.",
]
add(
    "z06_cookie_wall.html",
    f"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Coast road closed after landslip at Tarvin Head - North Shore Echo</title>
<meta property="og:site_name" content="North Shore Echo">
<meta name="author" content="Duncan Rae">
<meta property="article:published_time" content="2025-01-26T09:10:00+00:00">
</head>
<body>
<div id="consent-overlay" class="cmp-container" role="dialog" aria-modal="true" aria-labelledby="cmp-title">
<div class="cmp-dialog">
<h2 id="cmp-title">We value your privacy</h2>
<p>We and our 214 partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.</p>
<p>With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners' processing as described above.</p>
<p>Your preferences will apply to this website only. You can change your preferences at any time by returning to this site or visiting our privacy policy.</p>
<div class="cmp-buttons"><button>Accept all</button> <button>Reject all</button> <button>Manage preferences</button></div>
</div>
</div>
<header><a href="/" class="logo">North Shore Echo</a></header>
<main>
<article>
<h1>Coast road closed after landslip at Tarvin Head</h1>
<p class="byline">By Duncan Rae</p>
{paragraphs(Z06_BODY)}
</article>
</main>
</body>
</html>
""",
    title="Coast road closed after landslip at Tarvin Head",
    source="North Shore Echo",
    author="Duncan Rae",
    published="2025-01-26",
    published_origin="metadata",
    body=Z06_BODY,
    furniture=[
        "We value your privacy",
        "214 partners",
        "precise geolocation",
        "Accept all",
        "Manage preferences",
        "Your preferences will apply",
    ],
)

# z07: an infinite-scroll save: the next story was loaded below the first before saving.
Z07_BODY = [
    "The Ashby Vale hospital trust will reopen its minor injuries unit at weekends from 1 April after recruiting six emergency nurse practitioners.",
    "The unit has closed at 6pm on Fridays since last summer, sending weekend patients 25 miles to the main emergency department at Corrow.",
    "The trust said the new staff would allow the unit to open from 8am to 8pm every day.",
]
Z07_NEXT = [
    "A primary school in Ashby Vale has been told to find a new site after its landlord, the diocese, said it would sell the building.",
    "Parents said they had been given until the end of the next school year to find a solution.",
]
add(
    "z07_infinite_scroll_two_stories.html",
    f"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minor injuries unit to reopen at weekends | Ashby Vale Times</title>
<meta property="og:site_name" content="Ashby Vale Times">
<meta property="og:url" content="https://www.ashbyvaletimes.example/news/minor-injuries-unit-weekends">
<link rel="canonical" href="https://www.ashbyvaletimes.example/news/minor-injuries-unit-weekends">
</head>
<body>
<header><a href="/" class="logo">Ashby Vale Times</a></header>
<main id="infinite-scroll">
<article class="story" data-url="/news/minor-injuries-unit-weekends">
<h1>Minor injuries unit to reopen at weekends</h1>
<p class="byline">By Priya Nair</p>
<p class="published"><time datetime="2025-03-11T10:00:00+00:00">11 March 2025</time></p>
{paragraphs(Z07_BODY)}
</article>
<div class="next-article-divider">Next article</div>
<article class="story" data-url="/news/school-told-to-find-new-site">
<h1>Village school told to find a new site</h1>
<p class="byline">By Tom Hesketh</p>
<p class="published"><time datetime="2025-03-10T15:30:00+00:00">10 March 2025</time></p>
{paragraphs(Z07_NEXT)}
</article>
</main>
</body>
</html>
""",
    title="Minor injuries unit to reopen at weekends",
    source="Ashby Vale Times",
    author="Priya Nair",
    published="2025-03-11",
    published_origin="metadata",
    body=Z07_BODY,
    furniture=["Next article", "Village school told to find a new site", "Tom Hesketh", *Z07_NEXT],
)

# z08: page 1 of a story split across pages.
Z08_BODY = [
    "A review of the Drummore flood defences has found that the embankment along the River Teal was built about 40 centimetres lower than its design drawings required.",
    "The engineers who carried out the review said the error dated from the construction in 2016 and had gone unnoticed because the embankment was never surveyed after it was finished.",
    "The environment agency said it would raise the embankment this summer and would survey every defence built in the region since 2010.",
]
add(
    "z08_split_page_one.html",
    f"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Flood embankment built 40cm too low, review finds | Teal Valley Post</title>
<meta property="og:site_name" content="Teal Valley Post">
<meta name="author" content="Alison Grieve">
<meta property="article:published_time" content="2025-02-07T06:30:00+00:00">
<link rel="next" href="/news/flood-embankment-review?page=2">
</head>
<body>
<header><a href="/" class="logo">Teal Valley Post</a></header>
<main>
<article>
<h1>Flood embankment built 40cm too low, review finds</h1>
<p class="byline">By Alison Grieve</p>
{paragraphs(Z08_BODY)}
<p class="continue"><a href="/news/flood-embankment-review?page=2">Continue reading on page 2</a></p>
<nav class="pagination"><span>Page 1 of 2</span> <a href="?page=2">Next page</a></nav>
</article>
</main>
</body>
</html>
""",
    title="Flood embankment built 40cm too low, review finds",
    source="Teal Valley Post",
    author="Alison Grieve",
    published="2025-02-07",
    published_origin="metadata",
    body=Z08_BODY,
    furniture=["Continue reading on page 2", "Page 1 of 2", "Next page"],
    partial=True,
)

# z09: a live blog whose entries are separate JSON-LD BlogPosting objects, not in the markup.
Z09_ENTRIES = [
    (
        "Polls close",
        "Polling stations across the county have now closed. The count begins at the Corran Hall at 11pm.",
    ),
    (
        "Turnout higher than 2021",
        "Officials say turnout was about 41 per cent, up from 36 per cent at the last county election.",
    ),
    (
        "Count under way",
        "Ballot boxes from the island wards arrived by boat just after midnight, the last to reach the hall.",
    ),
]
Z09_BODY = [line for entry in reversed(Z09_ENTRIES) for line in entry]
z09_ld = {
    "@context": "https://schema.org",
    "@type": "LiveBlogPosting",
    "headline": "County election night: live",
    "coverageStartTime": "2025-05-01T21:30:00+01:00",
    "datePublished": "2025-05-01T21:30:00+01:00",
    "dateModified": "2025-05-02T00:20:00+01:00",
    "author": {"@type": "Person", "name": "Kirsty Baird"},
    "publisher": {"@type": "Organization", "name": "Corran Herald"},
    "liveBlogUpdate": [
        {
            "@type": "BlogPosting",
            "headline": head,
            "articleBody": text,
            "datePublished": f"2025-05-0{2 if i == 2 else 1}T{['22:00', '23:05', '00:15'][i]}:00+01:00",
        }
        for i, (head, text) in reversed(list(enumerate(Z09_ENTRIES)))
    ],
}
add(
    "z09_liveblog_json_entries.html",
    f"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>County election night: live - Corran Herald</title>
<meta property="og:site_name" content="Corran Herald">
<script type="application/ld+json">{as_json(z09_ld)}</script>
</head>
<body>
<header><a href="/" class="logo">Corran Herald</a></header>
<main>
<h1>County election night: live</h1>
<div id="live-feed" data-live-id="lb-2291"><p class="live-loading">Loading latest updates&hellip;</p></div>
</main>
</body>
</html>
""",
    title="County election night: live",
    source="Corran Herald",
    author="Kirsty Baird",
    published="2025-05-01",
    published_origin="metadata",
    body=Z09_BODY,
    furniture=["Loading latest updates", "22:00", "23:05"],
)

# z10: a Next.js page rendered on the server that also carries the story in __NEXT_DATA__.
Z10_BODY = [
    "Bus fares in the Kelloway city region will be capped at two pounds for a single journey from September, the combined authority has confirmed.",
    "The cap replaces a patchwork of fares set by the five operators, some of which charge more than four pounds for journeys across the region.",
    "The authority said the scheme would cost about 9 million pounds a year, paid from its transport budget.",
]
z10_data = {
    "props": {
        "pageProps": {
            "story": {
                "title": "Kelloway bus fares capped at two pounds from September",
                "authors": [{"name": "Hamza Quereshi"}],
                "firstPublished": "2025-04-02T12:00:00Z",
                "content": "".join(f"<p>{p}</p>" for p in Z10_BODY),
            }
        }
    },
    "page": "/story/[id]",
    "buildId": "p9Lw2",
}
add(
    "z10_nextjs_rendered_and_data.html",
    f"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Kelloway bus fares capped at two pounds from September | Kelloway Evening News</title>
<meta property="og:site_name" content="Kelloway Evening News">
<meta name="author" content="Hamza Quereshi">
<meta property="article:published_time" content="2025-04-02T12:00:00Z">
</head>
<body>
<div id="__next">
<header><a href="/" class="logo">Kelloway Evening News</a></header>
<main><article>
<h1>Kelloway bus fares capped at two pounds from September</h1>
<p class="byline">By Hamza Quereshi</p>
{paragraphs(Z10_BODY)}
</article></main>
</div>
<script id="__NEXT_DATA__" type="application/json">{as_json(z10_data)}</script>
</body>
</html>
""",
    title="Kelloway bus fares capped at two pounds from September",
    source="Kelloway Evening News",
    author="Hamza Quereshi",
    published="2025-04-02",
    published_origin="metadata",
    body=Z10_BODY,
    furniture=[],
    once=[Z10_BODY[0], Z10_BODY[-1]],
)

# z11: a single-page app whose state is assigned in a script: typed content blocks.
Z11_BODY = [
    "Drivers on the Fenwick bypass face overnight closures for six weeks from Monday while the road is resurfaced.",
    "The southbound carriageway will close first, between 8pm and 6am, followed by the northbound side from the start of April.",
    "Council engineers said the road, opened in 1994, had never been fully resurfaced.",
]
z11_state = {
    "router": {"location": {"pathname": "/travel/fenwick-bypass-closures"}},
    "article": {
        "data": {
            "headline": "Overnight closures on Fenwick bypass for resurfacing",
            "contributors": [{"displayName": "Joanne Bell", "type": "author"}],
            "datePublished": "2025-03-14T16:45:00+00:00",
            "blocks": [
                {"type": "text", "html": f"<p>{Z11_BODY[0]}</p>"},
                {"type": "ad", "slot": "mpu-1"},
                {"type": "text", "html": f"<p>{Z11_BODY[1]}</p>"},
                {
                    "type": "image",
                    "caption": "The bypass near the Fenwick roundabout",
                    "credit": "Council handout",
                },
                {"type": "text", "html": f"<p>{Z11_BODY[2]}</p>"},
            ],
        }
    },
    "user": {"loggedIn": False},
}
add(
    "z11_initial_state_blocks.html",
    f"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Overnight closures on Fenwick bypass for resurfacing - Fenwick Advertiser</title>
<meta property="og:site_name" content="Fenwick Advertiser">
</head>
<body>
<div id="root"></div>
<script>window.__INITIAL_STATE__ = {as_json(z11_state)};</script>
<script src="/static/js/main.8a1f.js"></script>
</body>
</html>
""",
    title="Overnight closures on Fenwick bypass for resurfacing",
    source="Fenwick Advertiser",
    author="Joanne Bell",
    published="2025-03-14",
    published_origin="metadata",
    body=Z11_BODY,
    furniture=["The bypass near the Fenwick roundabout", "Council handout", "mpu-1"],
)

# z12: an Apollo cache in a script holds the story; the markup is an empty shell.
Z12_BODY = [
    "The Glenarrow distillery has been given planning permission for a visitor centre after it agreed to run a shuttle bus from the railway station.",
    "Residents had objected that coach traffic would block the single-track road to the village.",
    "The distillery expects about 30,000 visitors a year once the centre opens in 2026.",
]
z12_state = {
    "ROOT_QUERY": {'article({"slug":"glenarrow-visitor-centre"})': {"__ref": "Article:5521"}},
    "Article:5521": {
        "__typename": "Article",
        "title": "Glenarrow distillery visitor centre approved",
        "publishedDate": "2025-02-25T13:20:00Z",
        "author": {"__ref": "Author:77"},
        "bodyText": "\n\n".join(Z12_BODY),
    },
    "Author:77": {"__typename": "Author", "name": "Fraser Munro"},
}
add(
    "z12_apollo_state.html",
    f"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Glenarrow distillery visitor centre approved | Strathglen Journal</title>
<meta property="og:site_name" content="Strathglen Journal">
</head>
<body>
<div id="app"><div class="app-shell"><a href="/" class="logo">Strathglen Journal</a></div></div>
<script>window.__APOLLO_STATE__={as_json(z12_state)};</script>
<script src="/assets/app.js" defer></script>
</body>
</html>
""",
    title="Glenarrow distillery visitor centre approved",
    source="Strathglen Journal",
    author="Fraser Munro",
    published="2025-02-25",
    published_origin="metadata",
    body=Z12_BODY,
    furniture=["ROOT_QUERY", "__typename"],
)


def main() -> None:
    write_documents(HERE, [(name, data) for name, data, _ in FILES])
    write_answers(HERE, [completed(name, answer) for name, _, answer in FILES])


if __name__ == "__main__":
    main()
