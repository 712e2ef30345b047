"""Build dev12: pages an analyst saves from web archives, print and AMP views, paywalls, live
blogs and badly declared encodings, with their answers written beside them.

Every page is invented and written here by hand; the answers are written from the same story
text before the import engine ever reads a page. Run: ``.venv/bin/python
benchmarks/data/ingest/dev12/src/build.py`` (it rewrites dev12's pages and answers.jsonl).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1]

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _answers_common import page_answer, write_answers, write_documents  # noqa: E402


def paras(body: list[str], tag: str = "p", attrs: str = "") -> str:
    return "\n".join(f"<{tag}{attrs}>{html.escape(p, quote=False)}</{tag}>" for p in body)


PAGES: list[tuple[str, str, str, dict[str, Any]]] = []


def page(name: str, markup: str, answer: dict[str, Any], encoding: str = "utf-8") -> None:
    PAGES.append((name, markup, encoding, answer))


def answer(
    title: str | None,
    source: str | None,
    author: str | None,
    published: str | None,
    origin: str | None,
    body: list[str],
    furniture: list[str],
    once: list[str] | None = None,
    partial: bool = False,
) -> dict[str, Any]:
    # ``partial``: the page shows only part of the story (a paywall); the import must say so.
    row = page_answer(title, source, author, published, origin, body, furniture, once or [])
    return {**row, **({"partial": True} if partial else {})}


# --- w01: a Wayback Machine snapshot, toolbar and rewritten links, JSON-LD date -----------------
W01 = [
    "The Harrowgate ferry terminal will close for eighteen months from January while its "
    "linkspan is replaced, the port authority confirmed on Friday.",
    "Passengers for the islands will sail from a temporary berth at Kell Point, four miles up "
    "the coast, and a shuttle bus will run from Harrowgate station for every departure.",
    "The authority's chief executive, Moira Tulloch, said the 1987 linkspan had been patched "
    "three times since 2019 and engineers had advised against a fourth repair.",
    'Island councillors said they had not been consulted on the timing. "January is when '
    'freight matters most to us," said Councillor Ewan Rae. "We were told in a press release '
    'like everyone else."',
    "The replacement is expected to cost £23.4 million, two thirds of it from the national "
    "ferries fund.",
]
page(
    "w01_wayback_toolbar_jsonld_date.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<script type="text/javascript" src="https://web.archive.org/_static/js/bundle-playback.js?v=1B2M2Y8A" charset="utf-8"></script>
<script type="text/javascript" src="https://web.archive.org/_static/js/wombat.js?v=1B2M2Y8A" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{"autoplay":"on","unmuteOverlay":"hidden"}};</script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("https://www.islandsgazette.example/news/harrowgate-ferry-terminal-to-close","20250115083112","https://web.archive.org/","web","https://web.archive.org/_static/",
              "1736929872");
</script>
<link rel="stylesheet" type="text/css" href="https://web.archive.org/_static/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="https://web.archive.org/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->
<meta charset="utf-8">
<title>Harrowgate ferry terminal to close for 18 months | The Islands Gazette</title>
<meta property="og:site_name" content="The Islands Gazette">
<meta property="og:title" content="Ferry terminal closure: what island passengers need to know">
<link rel="canonical" href="https://web.archive.org/web/20250115083112/https://www.islandsgazette.example/news/harrowgate-ferry-terminal-to-close">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harrowgate ferry terminal to close for 18 months","datePublished":"2024-11-08T17:20:00+00:00","dateModified":"2024-11-09T08:05:00+00:00","author":{{"@type":"Person","name":"Kirsty Mowat"}},"publisher":{{"@type":"Organization","name":"The Islands Gazette"}}}}</script>
</head>
<body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display: block; direction: ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;"><div id="donato-base"><iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=https%3A//web.archive.org/web/20250115083112/https%3A//www.islandsgazette.example/news/harrowgate-ferry-terminal-to-close"></iframe></div></div>
<div id="wm-ipp-inside">
<div id="wm-logo" style="float:left;width:110px;padding-top:12px;"><a href="/web/" title="Wayback Machine home page"><img src="https://web.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine"></a></div>
<div class="r" style="float:right;">
<div id="wm-btns"><a href="#" id="wm-screenshot" title="screenshot">Screenshot</a> <a href="#" id="wm-share">Share via My Web Archive</a></div>
</div>
<div class="c">
<form class="u" target="_top" onsubmit="return __wm.ex(event);"><input type="text" name="url" value="https://www.islandsgazette.example/news/harrowgate-ferry-terminal-to-close"><input type="submit" value="Go"></form>
<div id="wm-nav-captures"><a class="t" href="/web/20250115083112*/https://www.islandsgazette.example/news/harrowgate-ferry-terminal-to-close" title="See a list of every capture for this URL">31 captures</a>
<div class="r" title="Timespan for captures of this URL">08 Nov 2024 - 02 Mar 2025</div></div>
<table class="c" id="wm-nav-table"><tr><td class="b">DEC</td><td class="c">JAN</td><td class="f">FEB</td></tr><tr><td class="b">15</td><td class="c">15</td><td class="f">15</td></tr><tr><td class="b">2024</td><td class="c">2025</td><td class="f">2026</td></tr></table>
</div>
<div id="wm-capinfo" style="display:none">
<div id="wm-capinfo-collected-by"><div class="wm-capinfo-title">COLLECTED BY</div><div class="wm-capinfo-content">Organization: Internet Archive</div><div>Collection: News Homepages</div></div>
<div id="wm-capinfo-timestamps"><div class="wm-capinfo-title">TIMESTAMPS</div><div class="wm-capinfo-content"><div>The Wayback Machine - https://web.archive.org/web/20250115083112/https://www.islandsgazette.example/news/harrowgate-ferry-terminal-to-close</div></div></div>
</div>
</div></div></div>
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/20250115083112/https://www.islandsgazette.example/news/harrowgate-ferry-terminal-to-close</div>
<script type="text/javascript">__wm.bt(750,27,25,2,"web","https://www.islandsgazette.example/news/harrowgate-ferry-terminal-to-close","20250115083112",1996,"https://web.archive.org/_static/",["https://web.archive.org/_static/css/banner-styles.css?v=S1zqJCYt"], false);</script>
<!-- END WAYBACK TOOLBAR INSERT -->
<header class="masthead"><a href="https://web.archive.org/web/20250115083112/https://www.islandsgazette.example/"><img src="https://web.archive.org/web/20250115083112im_/https://www.islandsgazette.example/static/logo.svg" alt="The Islands Gazette"></a>
<nav><ul><li><a href="https://web.archive.org/web/20250115083112/https://www.islandsgazette.example/news/">News</a></li><li><a href="https://web.archive.org/web/20250115083112/https://www.islandsgazette.example/sport/">Sport</a></li><li><a href="https://web.archive.org/web/20250115083112/https://www.islandsgazette.example/ferries/">Ferries</a></li><li><a href="https://web.archive.org/web/20250115083112/https://www.islandsgazette.example/notices/">Notices</a></li></ul></nav></header>
<main>
<article>
<h1 class="headline">Harrowgate ferry terminal to close for 18 months</h1>
<div class="meta"><span class="byline">By <a href="https://web.archive.org/web/20250115083112/https://www.islandsgazette.example/authors/kirsty-mowat">Kirsty Mowat</a></span> <span class="date">Friday 8 November 2024</span></div>
<figure><img src="https://web.archive.org/web/20250115083112im_/https://www.islandsgazette.example/img/linkspan.jpg" alt=""><figcaption>The linkspan at Harrowgate was installed in 1987. Photo: Gazette archive</figcaption></figure>
{paras(W01)}
</article>
</main>
<footer><p>© 2024 The Islands Gazette. All rights reserved.</p><p><a href="https://web.archive.org/web/20250115083112/https://www.islandsgazette.example/contact">Contact us</a> · <a href="https://web.archive.org/web/20250115083112/https://www.islandsgazette.example/privacy">Privacy</a></p></footer>
</body>
</html>
<!--
     FILE ARCHIVED ON 08:31:12 Jan 15, 2025 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 10:02:44 Mar 02, 2025.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.
-->
""",
    answer(
        "Harrowgate ferry terminal to close for 18 months",
        "The Islands Gazette",
        "Kirsty Mowat",
        "2024-11-08",
        "metadata",
        W01,
        [
            "31 captures",
            "COLLECTED BY",
            "TIMESTAMPS",
            "The Wayback Machine",
            "Screenshot",
            "Share via My Web Archive",
            "Photo: Gazette archive",
            "All rights reserved",
            "FILE ARCHIVED ON",
        ],
    ),
)

# --- w02: a Wayback snapshot whose only story date is printed; the capture is months later ------
W02 = [
    "A proposal to build 140 homes on the former Alder Lane dairy site has been withdrawn two "
    "days before it was due to go before the planning committee.",
    'Brookfold Homes said in a letter to the council that it would "review the scheme in the '
    'light of the flood risk assessment" and could submit a smaller plan next year.',
    "The Environment Agency had objected to the plan in August, saying that a third of the site "
    "lay in an area with a high probability of flooding from the River Ennet.",
    "More than 600 residents had written to the council about the scheme, most of them against "
    "it. The Alder Lane Residents' Association said it was relieved but would stay organised.",
]
page(
    "w02_wayback_printed_date_only.html",
    f"""<!doctype html>
<html>
<head>
<script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){{var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app221.us.archive.org';v.server_ms=412;archive_analytics.send_pageview({{}});}});</script>
<script type="text/javascript" src="/_static/js/bundle-playback.js?v=1B2M2Y8A" charset="utf-8"></script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />
<!-- End Wayback Rewrite JS Include -->
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Alder Lane homes plan withdrawn - Ennetdale Echo</title>
</head>
<body class="single-post">
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato"><div id="donato-base">Please don't scroll past this. The Internet Archive is a non-profit. Donate now.</div></div>
<div id="wm-ipp-inside">
<div id="wm-logo"><a href="/web/">Wayback Machine</a></div>
<div id="wm-nav-captures"><a class="t" href="/web/20250422151906*/ennetdaleecho.example/2024/10/alder-lane-homes-plan-withdrawn/">4 captures</a><div class="r">03 Oct 2024 - 22 Apr 2025</div></div>
<div id="wm-btns"><a href="#">About this capture</a></div>
<div id="wm-capinfo-collected-by">COLLECTED BY Collection: Save Page Now Outlinks</div>
<div id="wm-capinfo-timestamps">TIMESTAMPS loading</div>
</div></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/web/20250422151906/https://ennetdaleecho.example/" rel="home">Ennetdale Echo</a></p>
<p class="site-description">News for the Ennet valley since 1894</p></header>
<div id="content" class="site-content">
<article id="post-48211" class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Alder Lane homes plan withdrawn days before vote</h1>
<div class="entry-meta">Posted on 3 October 2024 by <a href="/web/20250422151906/https://ennetdaleecho.example/author/ltemple/">Lewis Temple</a></div></header>
<div class="entry-content">
{paras(W02)}
</div>
<footer class="entry-footer">Posted in <a href="/web/20250422151906/https://ennetdaleecho.example/category/planning/">Planning</a> · Tagged <a href="#">Alder Lane</a>, <a href="#">housing</a></footer>
</article>
<nav class="post-navigation"><a href="/web/20250422151906/https://ennetdaleecho.example/2024/10/library-hours/">Previous: Library opening hours cut at three branches</a></nav>
</div>
<footer class="site-footer">Proudly powered by WordPress | Theme: Newsup</footer>
</div>
</body>
</html>
""",
    answer(
        "Alder Lane homes plan withdrawn days before vote",
        "Ennetdale Echo",
        "Lewis Temple",
        "2024-10-03",
        "text",
        W02,
        [
            "4 captures",
            "Donate now",
            "About this capture",
            "Skip to content",
            "Posted in",
            "Previous: Library opening hours",
            "Proudly powered by WordPress",
            "News for the Ennet valley",
        ],
    ),
)

# --- w03: archive.today frozen page: styles inlined, no scripts, its own header ----------------
W03 = [
    "Water customers in the Carrow district will pay 9.2 per cent more from April after the "
    "regulator approved the increase on Tuesday.",
    "Carrow Water had asked for 14 per cent, saying it needed to replace 60 kilometres of "
    "cast-iron mains laid before 1930. The regulator allowed most of the mains work but cut the "
    "company's bid for a new headquarters.",
    "The average household bill will rise by £47 a year, to £557.",
    "Consumer groups said the rise would fall hardest on pensioners in the district's older "
    "terraces, where metering is least common.",
    "The company said it would extend its social tariff to 12,000 more households.",
]
S = 'style="margin:0px;padding:0px;font-family:Georgia,serif;font-size:17px;line-height:27px;color:rgb(34,34,34);"'
page(
    "w03_archive_today_inline_styles.html",
    f"""<!DOCTYPE html><html style="overflow-y:scroll"><head><meta charset="utf-8">
<meta name="robots" content="noindex">
<title>Water bills to rise 9.2% in Carrow district • archive.ph</title>
<meta property="og:url" content="https://archive.ph/Qm7tZ">
<link rel="icon" href="https://archive.ph/apple-touch-icon-144x144.png"></head>
<body style="margin:0;background-color:#FFFFFF">
<center><div style="text-align:left;width:1024px;background-color:#EEEEEE;border-bottom:1px solid #BBBBBB">
<table style="width:1024px;font-size:10px" cellspacing="0" cellpadding="0"><tr>
<td style="width:66px"><a href="https://archive.ph/"><img style="border:0" src="https://archive.ph/logo.png" alt="archive.today webpage capture"></a></td>
<td><div style="padding:2px 0 0 4px;font-size:11px">Saved from <input style="width:600px" value="https://www.carrowtelegraph.example/news/water-bills-rise-carrow" readonly></div>
<div style="padding:2px 0 0 4px">search <a href="https://archive.ph/www.carrowtelegraph.example">history</a> ←prior next→</div></td>
<td style="text-align:right;white-space:nowrap"><div>archived 19 Mar 2025 06:41:09 UTC</div><div><a href="https://archive.ph/Qm7tZ/image">screenshot</a> <a href="https://archive.ph/Qm7tZ/share">share</a> <a href="https://archive.ph/download/Qm7tZ.zip">download .zip</a> <a href="https://archive.ph/report">report bug or abuse</a> <a href="https://liberapay.com/archiveis">Buy me a coffee</a></div></td>
</tr></table></div></center>
<div style="position:relative;text-align:left;width:1024px;margin:auto">
<div style="width:1024px;height:60px;background-color:rgb(0,48,87);color:rgb(255,255,255)"><a style="color:rgb(255,255,255);font-size:26px" href="https://archive.ph/o/Qm7tZ/https://www.carrowtelegraph.example/">Carrow Telegraph</a></div>
<div style="padding:20px 40px">
<div style="font-family:Arial;font-size:12px;text-transform:uppercase;color:rgb(180,0,0)">Business</div>
<h1 style="font-family:Georgia,serif;font-size:38px;line-height:44px;margin:8px 0px">Water bills to rise by 9.2 per cent in Carrow district</h1>
<div style="font-family:Arial;font-size:13px;color:rgb(102,102,102)"><span style="font-weight:bold">By Priya Vashisht</span><span> · Published 11 March 2025</span></div>
<div style="font-family:Arial;font-size:13px;color:rgb(102,102,102)"><a href="https://archive.ph/o/Qm7tZ/https://twitter.com/intent/tweet" style="color:rgb(102,102,102)">Share on X</a> <a href="https://archive.ph/o/Qm7tZ/https://facebook.com/sharer" style="color:rgb(102,102,102)">Share on Facebook</a></div>
<div style="margin-top:24px">
{paras(W03, attrs=" " + S)}
</div>
<div style="margin-top:30px;border-top:1px solid rgb(221,221,221);font-family:Arial;font-size:12px">© Carrow Telegraph Media Ltd 2025</div>
</div></div>
</body></html>
""",
    answer(
        "Water bills to rise by 9.2 per cent in Carrow district",
        "Carrow Telegraph",
        "Priya Vashisht",
        "2025-03-11",
        "text",
        W03,
        [
            "Saved from",
            "archived 19 Mar 2025",
            "screenshot",
            "download .zip",
            "report bug or abuse",
            "Buy me a coffee",
            "Share on X",
            "Carrow Telegraph Media Ltd",
        ],
    ),
)

# --- w04: a Google AMP page (amp-img, amp-ad marked Sponsored, sharing bar) -------------------
W04 = [
    "Two men have been charged after 38 kilograms of cannabis resin was found in a lorry at "
    "Dunmore docks on Sunday night.",
    "Border officers stopped the vehicle as it came off the overnight sailing from Rotterdam and "
    "found the packages hidden behind pallets of frozen vegetables, police said.",
    "The men, aged 44 and 29, appeared at Dunmore Magistrates' Court on Tuesday and were "
    "remanded in custody until a hearing at the crown court next month.",
    "Detective Inspector Rhona Wallis said the seizure was the largest at the port in three "
    "years and that inquiries were continuing in the Netherlands.",
]
page(
    "w04_google_amp_page.html",
    f"""<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>Two charged after £380,000 cannabis find at docks - Dunmore Advertiser</title>
<link rel="canonical" href="https://www.dunmoreadvertiser.example/news/crime/two-charged-cannabis-dunmore-docks-4471920">
<meta name="viewport" content="width=device-width">
<style amp-custom>body{{font-family:Roboto,sans-serif}}.article-body p{{margin:0 0 1em}}.ad-label{{font-size:11px;color:#888}}</style>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://www.dunmoreadvertiser.example/news/crime/two-charged-cannabis-dunmore-docks-4471920","headline":"Two charged after £380,000 cannabis find at docks","datePublished":"2025-02-25T16:48:00Z","dateModified":"2025-02-25T18:02:11Z","author":[{{"@type":"Person","name":"Callum Reid"}}],"publisher":{{"@type":"Organization","name":"Dunmore Advertiser","logo":{{"@type":"ImageObject","url":"https://www.dunmoreadvertiser.example/logo.png"}}}}}}</script>
</head>
<body>
<amp-analytics type="googleanalytics"><script type="application/json">{{"vars":{{"account":"UA-000000-1"}},"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>
<header class="amp-header"><a href="https://www.dunmoreadvertiser.example/"><amp-img src="/logo.png" width="180" height="32" alt="Dunmore Advertiser"></amp-img></a></header>
<main>
<article>
<h1>Two charged after £380,000 cannabis find at docks</h1>
<div class="byline">By <span class="author">Callum Reid</span> · Crime reporter</div>
<time datetime="2025-02-25T16:48:00Z">16:48, 25 FEB 2025</time>
<amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="whatsapp" width="32" height="32"></amp-social-share>
<figure><amp-img src="/img/docks.jpg" width="640" height="360" layout="responsive" alt="Dunmore docks"></amp-img><figcaption>The lorry was stopped at the ferry terminal (Image: Dunmore Advertiser)</figcaption></figure>
<div class="article-body">
<p>{html.escape(W04[0], quote=False)}</p>
<p>{html.escape(W04[1], quote=False)}</p>
<div class="ad-container"><span class="ad-label">Sponsored</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/dunmore/amp_mpu"><div fallback>Advertisement</div></amp-ad></div>
<p>{html.escape(W04[2], quote=False)}</p>
<p>{html.escape(W04[3], quote=False)}</p>
</div>
<div class="read-more"><h2>Read More</h2><ul><li><a href="/news/crime/man-jailed-coastguard-4470011">Man jailed after hoax calls to coastguard</a></li><li><a href="/news/crime/harbour-thefts-4468002">Police appeal after outboard engines stolen from harbour</a></li></ul></div>
</article>
</main>
<footer><a href="https://www.dunmoreadvertiser.example/news/crime/two-charged-cannabis-dunmore-docks-4471920">View full site</a> · <a href="/privacy">Privacy notice</a></footer>
</body>
</html>
""",
    answer(
        "Two charged after £380,000 cannabis find at docks",
        "Dunmore Advertiser",
        "Callum Reid",
        "2025-02-25",
        "metadata",
        W04,
        [
            "Sponsored",
            "Advertisement",
            "Image: Dunmore Advertiser",
            "Read More",
            "Man jailed after hoax calls",
            "View full site",
            "Crime reporter",
        ],
    ),
)

# --- w05: a print view: tools, printed address, date written month first ----------------------
W05 = [
    "The Millbrook school board voted 5-2 on Monday night to move the start of the high school "
    "day from 7:25 a.m. to 8:30 a.m. beginning next fall.",
    "Supporters cited research linking later start times to better attendance and fewer car "
    "crashes among teenage drivers. Opponents said the change would push after-school sports "
    "practices into the evening and cost the district about $410,000 a year in extra bus routes.",
    "Superintendent Dana Whitcomb said the district would survey families in January about "
    "changes to the elementary schedule, which will start 20 minutes earlier to free up buses.",
    "Board member Tom Ferrante, who voted against the plan, said he worried about students who "
    'work evening jobs. "We are solving one problem and creating another," he said.',
]
page(
    "w05_print_view_tools.html",
    f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Print: Millbrook board votes to push back high school start time | Millbrook Ledger-Times</title>
<meta name="robots" content="noindex,nofollow">
<link rel="stylesheet" href="/static/css/print.css" media="all">
<script>function doPrint(){{window.print();}}</script>
</head>
<body onload="doPrint()" class="print-view">
<div class="print-tools no-print"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a> | <a href="/news/local/millbrook-start-time/article_8c1f.html">Return to article</a></div>
<div class="print-logo"><img src="/static/img/ledger-times-print.png" alt="Millbrook Ledger-Times"></div>
<div class="print-article">
<h1>Millbrook board votes to push back high school start time</h1>
<p class="print-byline">By Jenna Alvarez, Staff Writer</p>
<p class="print-date">Posted Dec 9, 2024</p>
{paras(W05)}
</div>
<div class="print-footer">
<p>Copyright 2024 Millbrook Ledger-Times. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>
<p>URL: https://www.millbrookledgertimes.example/news/local/millbrook-start-time/article_8c1f.html</p>
</div>
</body>
</html>
""",
    answer(
        "Millbrook board votes to push back high school start time",
        "Millbrook Ledger-Times",
        "Jenna Alvarez",
        "2024-12-09",
        "text",
        W05,
        [
            "Print this page",
            "Close window",
            "Return to article",
            "Staff Writer",
            "may not be published, broadcast",
            "URL: https://www.millbrookledgertimes.example",
        ],
    ),
)

# --- w06: saved "Web page, complete": saved-from comment, local files, hashed classes ----------
W06 = [
    "Firefighters spent nine hours bringing a blaze under control at a recycling plant on the "
    "Westgate industrial estate, and residents were told to keep windows closed overnight.",
    "About 2,000 tonnes of baled plastic and paper caught fire shortly after 2pm on Wednesday. "
    "At its height, 60 firefighters and 12 engines were at the scene.",
    "Station manager Gareth Pryce said crews had used a high-volume pump to draw water from the "
    "canal after hydrants in the area could not supply enough pressure.",
    "The plant's operator, Renew Cymru, said nobody was hurt and that it was working with the "
    "fire service to find the cause.",
    "Natural Resources Wales said it was monitoring the canal for run-off from the site.",
]
page(
    "w06_saved_complete_inline_styles.html",
    f"""<!DOCTYPE html>
<!-- saved from url=(0086)https://www.valleysherald.example/news/westgate-recycling-plant-fire-nine-hours-9921 -->
<html lang="en-GB" class="js flexbox"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Recycling plant fire: residents told to keep windows shut | Valleys Herald</title>
<link rel="stylesheet" href="./Recycling plant fire_ residents told to keep windows shut _ Valleys Herald_files/main.4f1c2a.css">
<style data-emotion="css" data-s="">.css-1q2w3e4{{display:flex;gap:8px;}}.css-9zx8cv{{font-size:14px;color:#5b5b5b;}}.css-k3j2h1{{margin:0 0 16px;font-size:18px;line-height:1.6;}}.css-0a1b2c{{position:fixed;bottom:0;left:0;right:0;background:#111;color:#fff;padding:16px;}}</style>
<style>.skip-link{{position:absolute;left:-9999px}}@media print{{.no-print{{display:none}}}}</style>
<meta property="og:site_name" content="Valleys Herald">
<meta property="article:published_time" content="2025-04-16T17:05:00+01:00">
<meta name="author" content="Sian Lloyd-Evans">
<script src="./Recycling plant fire_ residents told to keep windows shut _ Valleys Herald_files/gpt.js" async=""></script>
<script>window.__INITIAL_STATE__={{"article":{{"id":9921,"headline":"Recycling plant fire: residents told to keep windows shut","section":"news","wordCount":212}},"user":{{"loggedIn":false}}}};</script>
</head>
<body class="css-1x0y9z">
<a class="skip-link" href="#main">Skip to main content</a>
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="__next"><div class="css-1q2w3e4" style="background:#b0001e;height:64px;"><a href="https://www.valleysherald.example/" style="color:#fff;font-weight:700;font-size:28px;">Valleys Herald</a>
<nav class="css-9zx8cv" style="margin-left:24px;"><a href="https://www.valleysherald.example/news">News</a> <a href="https://www.valleysherald.example/sport">Sport</a> <a href="https://www.valleysherald.example/whats-on">What's On</a></nav></div>
<main id="main"><article class="css-7h6g5f" style="max-width:680px;margin:0 auto;">
<h1 class="css-3e4r5t" style="font-size:34px;line-height:1.2;">Recycling plant fire: residents told to keep windows shut</h1>
<div class="css-9zx8cv"><span>By <a href="https://www.valleysherald.example/authors/sian-lloyd-evans" rel="author" style="color:inherit;">Sian Lloyd-Evans</a></span> <span style="margin-left:6px;">Local democracy reporter</span></div>
<div class="css-9zx8cv" style="margin-top:4px;"><time datetime="2025-04-16T17:05:00+01:00">17:05, 16 APR 2025</time> · <span>Updated 21:30, 16 APR 2025</span></div>
<figure style="margin:16px 0;"><img src="./Recycling plant fire_ residents told to keep windows shut _ Valleys Herald_files/fire.jpeg" alt="Smoke over the Westgate estate" style="width:100%;"><figcaption class="css-9zx8cv">Smoke could be seen across the valley (Image: Reader picture)</figcaption></figure>
{paras(W06, attrs=' class="css-k3j2h1" style="font-family:Georgia,serif;"')}
<div class="css-9zx8cv no-print" style="border-top:1px solid #ddd;padding-top:8px;">Get the latest news sent to your inbox <a href="https://www.valleysherald.example/newsletters">Sign up to our newsletter</a></div>
</article></main>
<div class="css-0a1b2c no-print" role="dialog" aria-label="Audio player"><button>Listen to this article</button> <span>00:00 / 02:41</span> <span>Powered by Trinity Audio</span></div>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"articleId":9921,"tags":["fire","westgate"]}}}},"page":"/news/[slug]","buildId":"x7c1"}}</script>
</body></html>
""",
    answer(
        "Recycling plant fire: residents told to keep windows shut",
        "Valleys Herald",
        "Sian Lloyd-Evans",
        "2025-04-16",
        "metadata",
        W06,
        [
            "Skip to main content",
            "enable JavaScript",
            "Local democracy reporter",
            "Image: Reader picture",
            "Sign up to our newsletter",
            "Listen to this article",
            "Powered by Trinity Audio",
            "loggedIn",
        ],
    ),
)

# --- w07: a paywall: the story stops at "Subscribe to read", the rest never sent -------------
W07 = [
    "The owner of the Calderbank steelworks has told staff that the plant's last blast furnace "
    "will close in September, with the loss of up to 1,100 jobs.",
    "In a message to employees seen by the Tribune, managing director Anders Holm said the "
    "furnace had lost money in eleven of the last twelve quarters and that talks with the "
    'government on energy costs had "not produced a basis for continued operation".',
    "Unions said they had been given no warning and would ballot members on industrial action.",
]
page(
    "w07_paywall_subscribe_to_read.html",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Calderbank steelworks to close last blast furnace | The Calder Tribune</title>
<meta property="og:site_name" content="The Calder Tribune">
<meta property="article:published_time" content="2025-05-06T06:00:00+01:00">
<meta name="author" content="Neil Ferris">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Calderbank steelworks to close last blast furnace","isAccessibleForFree":"False","hasPart":{{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywalled"}},"datePublished":"2025-05-06T06:00:00+01:00","author":{{"@type":"Person","name":"Neil Ferris"}}}}</script>
</head>
<body>
<div class="site-header"><a href="/" class="logo">The Calder Tribune</a><a href="/subscribe" class="btn-subscribe">Subscribe</a><a href="/login">Sign in</a></div>
<article class="story">
<span class="label-premium">Premium</span>
<h1>Calderbank steelworks to close last blast furnace</h1>
<p class="standfirst">Up to 1,100 jobs at risk as owner blames energy costs</p>
<div class="byline">Neil Ferris, Industry Editor · 6 May 2025 · 4 min read</div>
<div class="story-body">
{paras(W07)}
<div class="paywalled">
<div class="paywall-fade"></div>
<div class="paywall-prompt">
<h3>Subscribe to read the full story</h3>
<p>This article is for subscribers only. Get unlimited access to award-winning journalism from the Calder Tribune.</p>
<ul><li>Digital access for £1 for your first 3 months</li><li>Then £7.99 a month. Cancel any time</li></ul>
<a class="cta" href="/subscribe?ref=wall">Subscribe now</a>
<p class="signin">Already a subscriber? <a href="/login?ref=wall">Sign in</a></p>
</div>
</div>
</div>
</article>
<aside class="related"><h2>More on this story</h2><ul><li><a href="/news/steel-talks">Steel talks stall over power prices</a></li></ul></aside>
<footer>© The Calder Tribune Ltd. Registered in Scotland SC112233.</footer>
</body>
</html>
""",
    answer(
        "Calderbank steelworks to close last blast furnace",
        "The Calder Tribune",
        "Neil Ferris",
        "2025-05-06",
        "metadata",
        W07,
        [
            "Subscribe to read the full story",
            "subscribers only",
            "£1 for your first 3 months",
            "Cancel any time",
            "Subscribe now",
            "Already a subscriber",
            "Premium",
            "Up to 1,100 jobs at risk as owner blames energy costs",
            "4 min read",
            "Steel talks stall",
            "Industry Editor",
        ],
        partial=True,
    ),
)

# --- w08: a live blog of many timestamped entries, newest first --------------------------------
ENTRIES = [
    (
        "16:42",
        "Count suspended until tomorrow",
        [
            "The returning officer has suspended the count in Ardmore West until 9am tomorrow after "
            "two ballot boxes were found to have been sealed without their accounts.",
            "Both candidates' agents have agreed to the delay.",
        ],
    ),
    (
        "15:58",
        "Recount ordered in Kilbride",
        [
            "A full recount has been ordered in Kilbride after the first count put the two leading "
            "candidates eleven votes apart."
        ],
    ),
    (
        "15:10",
        "Turnout figures published",
        [
            "Turnout across the region was 38.4 per cent, down from 41.9 per cent at the last "
            "elections, according to figures from the counting centre."
        ],
    ),
    (
        "14:27",
        "First result: Glenburn holds seat",
        [
            "Independent councillor Moira Baird has held Glenburn with 1,412 votes, a majority of "
            "306 over the Greens."
        ],
    ),
    (
        "13:35",
        "Verification complete",
        [
            "Staff have finished verifying the ballot papers from all 41 polling stations. Counting "
            "of first preferences has begun."
        ],
    ),
    (
        "12:50",
        "Postal votes",
        [
            "More than 19,000 postal votes were returned, about a third of all votes cast, the "
            "council said."
        ],
    ),
    (
        "11:05",
        "Doors open at the count",
        [
            "Candidates and agents have begun arriving at the Braeside leisure centre, where the "
            "count for all twelve wards is taking place."
        ],
    ),
    (
        "10:00",
        "Welcome",
        [
            "Good morning and welcome to our live coverage of the council by-election count. We will "
            "bring you every result as it is declared."
        ],
    ),
]
W08: list[str] = []
entries_markup = []
for stamp, heading, texts in ENTRIES:
    W08.append(heading)
    W08.extend(texts)
    entries_markup.append(
        f"""<div class="block" id="block-{stamp.replace(":", "")}">
<div class="block-time"><time datetime="2025-05-08T{stamp}:00+01:00">{stamp}</time> <span class="block-ago">BST</span></div>
<h2 class="block-title">{html.escape(heading, quote=False)}</h2>
<div class="block-body">{paras(texts)}</div>
<div class="block-footer"><button class="copy-link">Copy link</button> <a href="#">Share</a></div>
</div>"""
    )
page(
    "w08_live_blog_many_entries.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Council by-election count live: results from all 12 wards | Strathmore Courier</title>
<meta property="og:site_name" content="Strathmore Courier">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Council by-election count live: results from all 12 wards","coverageStartTime":"2025-05-08T10:00:00+01:00","coverageEndTime":"2025-05-09T18:00:00+01:00","datePublished":"2025-05-08T10:00:00+01:00","dateModified":"2025-05-08T16:42:00+01:00","author":[{{"@type":"Person","name":"Alasdair Nairn"}},{{"@type":"Person","name":"Ruth McKellar"}}],"liveBlogUpdate":[{{"@type":"BlogPosting","headline":"Count suspended until tomorrow","datePublished":"2025-05-08T16:42:00+01:00"}}]}}</script>
</head>
<body>
<header><a href="/" class="brand">Strathmore Courier</a></header>
<main class="liveblog">
<span class="live-badge">LIVE</span>
<h1>Council by-election count live: results from all 12 wards</h1>
<div class="contributors">Live reporting by Alasdair Nairn and Ruth McKellar</div>
<div class="updated">Last updated: 8 May 2025 16:42 BST</div>
<section class="key-events"><h2>Key events</h2><ul>
<li><a href="#block-1642">16:42 Count suspended until tomorrow</a></li>
<li><a href="#block-1427">14:27 First result: Glenburn holds seat</a></li>
<li><a href="#block-1510">15:10 Turnout figures published</a></li>
</ul><button>Show key events only</button></section>
<div class="live-feed">
{chr(10).join(entries_markup)}
</div>
<button class="load-more">Load more updates</button>
</main>
<footer>Strathmore Courier, part of Tayside Media Group</footer>
</body>
</html>
""",
    answer(
        "Council by-election count live: results from all 12 wards",
        "Strathmore Courier",
        "Alasdair Nairn and Ruth McKellar",
        "2025-05-08",
        "metadata",
        W08,
        [
            "Key events",
            "Show key events only",
            "Copy link",
            "Load more updates",
            "Live reporting by",
            "Last updated",
            "part of Tayside Media Group",
        ],
    ),
)

# --- w09: a printed "Published" date three months before the JSON-LD date (a CMS migration) ---
W09 = [
    "A footbridge over the River Lune that was washed away in last winter's floods will be "
    "rebuilt on higher abutments, the county council has confirmed.",
    "The old bridge at Cawthorne Holme carried a public footpath used by about 300 walkers a "
    "day in summer. Since it was lost, walkers have faced a four-mile detour by road.",
    "Engineers recommended raising the deck by 1.4 metres after modelling showed that the "
    "river reached the old deck twice in five years.",
    "The council expects work to start next spring and take about five months.",
]
page(
    "w09_printed_date_earlier_than_jsonld.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Cawthorne Holme footbridge to be rebuilt higher | Lunesdale Voice</title>
<meta property="og:site_name" content="Lunesdale Voice">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Cawthorne Holme footbridge to be rebuilt higher","datePublished":"2024-11-20T09:14:52+00:00","dateModified":"2024-11-20T09:14:52+00:00","author":{{"@type":"Person","name":"Beth Ashworth"}},"publisher":{{"@type":"Organization","name":"Lunesdale Voice"}}}}</script>
</head>
<body>
<div class="top"><a href="/">Lunesdale Voice</a></div>
<div class="wrap"><div class="article">
<h1>Cawthorne Holme footbridge to be rebuilt higher</h1>
<div class="article-info"><span class="author">Beth Ashworth</span> <span class="published">Published: 2 September 2024</span></div>
{paras(W09)}
</div>
<div class="sidebar"><h3>Latest</h3><ul><li><a href="/a">Market hall reopens after roof repairs</a></li><li><a href="/b">Sheep worrying warning after attacks near Sedbergh</a></li></ul></div>
</div>
<div class="footer">Lunesdale Voice · Community news for the Lune valley</div>
</body>
</html>
""",
    answer(
        "Cawthorne Holme footbridge to be rebuilt higher",
        "Lunesdale Voice",
        "Beth Ashworth",
        "2024-09-02",
        "text",
        W09,
        [
            "Published: 2 September 2024",
            "Market hall reopens",
            "Sheep worrying warning",
            "Community news for the Lune valley",
        ],
    ),
)

# --- w10: the meta date stands; a later unlabelled printed date is the last edit ---------------
W10 = [
    "Health officials have confirmed three cases of measles linked to a nursery in Penhallow "
    "and are urging parents to check that their children's vaccinations are up to date.",
    "The cases, all in children under five, were confirmed by laboratory tests on Monday. "
    "None of the children has needed hospital treatment.",
    "The regional health protection team has written to about 200 families whose children "
    "attended the nursery or a nearby toddler group in the last three weeks.",
    "Dr Imogen Carne, consultant in health protection, said uptake of the second dose of the "
    "MMR vaccine in the area had fallen to 84 per cent, below the 95 per cent needed to stop "
    "outbreaks spreading.",
]
page(
    "w10_meta_date_with_later_printed_date.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Measles cases confirmed at Penhallow nursery | Kernow Daily</title>
<meta property="og:site_name" content="Kernow Daily">
<meta property="article:published_time" content="2025-01-07T12:30:00Z">
<meta property="article:modified_time" content="2025-01-14T08:10:00Z">
<meta name="author" content="Jory Pascoe">
</head>
<body>
<div class="masthead"><a href="/">Kernow Daily</a></div>
<div class="story">
<h1>Measles cases confirmed at Penhallow nursery</h1>
<p class="story-meta">Jory Pascoe<br>Tuesday 14 January 2025</p>
{paras(W10)}
<p class="tags">Topics: <a href="/t/health">Health</a> <a href="/t/penhallow">Penhallow</a></p>
</div>
<div class="footer">© Kernow Daily 2025</div>
</body>
</html>
""",
    answer(
        "Measles cases confirmed at Penhallow nursery",
        "Kernow Daily",
        "Jory Pascoe",
        "2025-01-07",
        "metadata",
        W10,
        ["Tuesday 14 January 2025", "Topics:", "© Kernow Daily"],
    ),
)

# --- w11: Windows-1252 bytes and no charset declared anywhere ---------------------------------
W11 = [
    "The Rosemount café on Quay Street – a fixture of the harbour for 52 years – will close "
    "at the end of the month, its owners announced on Saturday.",
    "“We’ve had offers, but nobody wanted to keep it as a café,” said Bríd Ó Súilleabháin, "
    "who has run it with her husband since 1991.",
    "The couple said rising rents and a €9,000 electricity bill last winter had made the "
    "decision for them. The building’s landlord has applied to convert it into two holiday lets.",
    "Regulars have started a petition asking the council to refuse the change of use; it had "
    "1,240 signatures by Sunday evening.",
]
page(
    "w11_windows1252_no_charset.html",
    f"""<html>
<head>
<title>Harbour café to close after 52 years - West Cork Observer</title>
<meta name="description" content="The Rosemount café on Quay Street will close at the end of the month.">
<meta name="author" content="Donal Keohane">
<meta name="date" content="2025-02-15">
</head>
<body bgcolor="#ffffff">
<table width="760" align="center" border="0"><tr><td class="hdr"><font size="6" face="Times New Roman"><b>West Cork Observer</b></font><br><font size="2">Serving Bantry, Skibbereen &amp; Schull</font></td></tr>
<tr><td class="nav"><a href="/index.html">Home</a> | <a href="/news.html">News</a> | <a href="/sport.html">Sport</a> | <a href="/deaths.html">Death notices</a></td></tr>
<tr><td class="story">
<h1>Harbour café to close after 52 years</h1>
<p class="by"><b>By Donal Keohane</b></p>
{paras(W11)}
</td></tr>
<tr><td class="foot"><font size="1">© West Cork Observer 2025 – all rights reserved</font></td></tr></table>
</body>
</html>
""",
    answer(
        "Harbour café to close after 52 years",
        "West Cork Observer",
        "Donal Keohane",
        "2025-02-15",
        "metadata",
        W11,
        ["Serving Bantry, Skibbereen", "Death notices", "all rights reserved"],
    ),
    encoding="cp1252",
)

# --- w12: ISO-8859-1 bytes declared as UTF-8 ---------------------------------------------------
W12 = [
    "The Galician fishing co-operative Mar de Ría has bought the former cannery at Portonovo "
    "for 1.3 million euros and plans to reopen it as a processing plant for mussels.",
    "The co-operative's president, José Manuel Piñeiro, said the plant would employ 45 people "
    "within two years, most of them in packing and cold storage.",
    "The cannery closed in 2016. Its façade, which dates from 1921, is protected and will be "
    "restored with help from the regional government.",
    "Mussel growers in the Ría de Arousa produced 250,000 tonnes last year, but most of the "
    "catch is shipped raw to plants elsewhere in Spain.",
]
page(
    "w12_latin1_declared_utf8.html",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Fishing co-operative buys Portonovo cannery | Atlantic Seafood Report</title>
<meta property="og:site_name" content="Atlantic Seafood Report">
<meta property="article:published_time" content="2025-03-20T10:00:00+01:00">
</head>
<body>
<div id="header"><a href="/">Atlantic Seafood Report</a> <span>Trade news from Iberia and the Atlantic arc</span></div>
<div id="main">
<h1>Fishing co-operative buys Portonovo cannery</h1>
<div class="byline">By Inés Castaño, Vigo</div>
{paras(W12)}
</div>
<div id="footer">Atlantic Seafood Report · Advertise with us · Contact</div>
</body>
</html>
""",
    answer(
        "Fishing co-operative buys Portonovo cannery",
        "Atlantic Seafood Report",
        "Inés Castaño",
        "2025-03-20",
        "metadata",
        W12,
        ["Trade news from Iberia", "Advertise with us", "Vigo"],
    ),
    encoding="latin-1",
)

# --- w13: UTF-8 bytes declared as ISO-8859-1 by the page ---------------------------------------
W13 = [
    "Prague's city council has approved a ban on new short-term rental licences in the "
    "historic centre, the first such limit in the Czech Republic.",
    "The measure covers Praha 1 and parts of Praha 2, where the council says one flat in six "
    "is now let to tourists. Existing licences will run until they expire.",
    'Deputy mayor Zdeněk Hřebíček said the aim was "to bring residents back to streets that '
    "empty every evening\". The landlords' association Byty Praha said it would challenge the "
    "rule in court.",
    "Owners who break the ban face fines of up to 500,000 koruna (about €20,000).",
]
page(
    "w13_utf8_declared_latin1.html",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Prague bans new holiday lets in historic centre – Central Europe Wire</title>
<meta property="og:site_name" content="Central Europe Wire">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Prague bans new holiday lets in historic centre","datePublished":"2025-04-02T14:20:00+02:00","author":{{"@type":"Person","name":"Tereza Novotná"}}}}</script>
</head>
<body>
<div class="nav"><a href="/">Central Europe Wire</a> · <a href="/cz">Czech Republic</a> · <a href="/sk">Slovakia</a> · <a href="/pl">Poland</a></div>
<h1>Prague bans new holiday lets in historic centre</h1>
<p class="by">Tereza Novotná · 2 April 2025</p>
{paras(W13)}
<p class="foot">Central Europe Wire – independent news from the region</p>
</body>
</html>
""",
    answer(
        "Prague bans new holiday lets in historic centre",
        "Central Europe Wire",
        "Tereza Novotná",
        "2025-04-02",
        "metadata",
        W13,
        ["independent news from the region", "Slovakia"],
    ),
)

# --- w14: a local news site: cookie banner, "Most read" and "Sponsored" rails --------------------
W14 = [
    "A 1,200-year-old carved stone found during roadworks in Kirkby Stephen is to go on "
    "display at the town's museum next month.",
    "Contractors widening the junction of Market Street and Silver Street uncovered the stone "
    "in January. Archaeologists from the county's heritage team identified the carving as part "
    "of an Anglian cross shaft.",
    "The fragment, about 60 centimetres tall, shows interlaced vines and what may be the lower "
    "half of a bird.",
    'Museum curator Helen Armistead said the stone was "the most important find in the upper '
    'Eden for a generation".',
    "Highways officials said the find had delayed the roadworks by three weeks, but the "
    "junction should reopen before Easter.",
]
page(
    "w14_local_news_cookies_most_read_sponsored.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Anglian cross found in roadworks to go on display - Eden Valley News</title>
<meta property="og:site_name" content="Eden Valley News">
<meta property="og:title" content="Ancient carved stone unearthed by roadworks crew">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Anglian cross found in roadworks to go on display","datePublished":"2025-03-06T07:00:00+00:00","dateModified":"2025-03-06T11:45:00+00:00","author":{{"@type":"Person","name":"Owen Birkett"}},"publisher":{{"@type":"Organization","name":"Eden Valley News"}}}}</script>
</head>
<body>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="dialog" aria-label="Cookie banner">
<div class="ot-sdk-container"><h2 id="onetrust-policy-title">We value your privacy</h2>
<p id="onetrust-policy-text">We and our 842 partners store and access information on your device, such as cookies, to personalise content and ads and to measure audiences. You can change your choices at any time by clicking "Privacy settings" at the foot of the page.</p>
<button id="onetrust-accept-btn-handler">Accept all cookies</button> <button id="onetrust-reject-all-handler">Reject all</button> <button id="onetrust-pc-btn-handler">Manage preferences</button></div></div></div>
<header class="site-header"><a class="logo" href="/">Eden Valley News</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What's on</a> <a href="/property">Property</a> <a href="/jobs">Jobs</a> <a href="/announcements">Announcements</a></nav>
<div class="weather">Appleby 7°C Light rain</div></header>
<div class="page">
<main class="article-main">
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/heritage">Heritage</a></nav>
<h1 class="article-title">Anglian cross found in roadworks to go on display</h1>
<div class="article-meta"><span class="author-name">Owen Birkett</span> <span class="dot">•</span> <span class="pub-date">6th March 2025</span> <span class="dot">•</span> <span>3 min read</span></div>
<div class="article-body">
<p>{html.escape(W14[0], quote=False)}</p>
<p>{html.escape(W14[1], quote=False)}</p>
<aside class="inline-most-read"><h4>Most read</h4><ol><li><a href="/news/a66-crash">A66 closed after three-car crash near Brough</a></li><li><a href="/news/pub-reopens">Village pub reopens under community ownership</a></li><li><a href="/news/school-ofsted">Primary school rated outstanding for first time</a></li></ol></aside>
<p>{html.escape(W14[2], quote=False)}</p>
<p>{html.escape(W14[3], quote=False)}</p>
<div class="advert mpu"><span>Advertisement</span><div id="div-gpt-ad-mpu-1"></div></div>
<p>{html.escape(W14[4], quote=False)}</p>
</div>
<div class="newsletter-box"><h3>Get Eden Valley News in your inbox</h3><p>Our free daily newsletter with the top stories from the valley.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
<div class="sponsored-rail"><h3>Sponsored</h3>
<div class="taboola"><a href="https://ads.example/1">Cumbria homeowners are switching to this solar deal <span>Sponsored | SunSmart</span></a><a href="https://ads.example/2">The walking shoes podiatrists are talking about <span>Sponsored | StrideRight</span></a><a href="https://ads.example/3">Retirees in the North West could be owed a refund <span>Sponsored | PensionCheck</span></a></div></div>
</main>
<aside class="rail">
<section class="most-read"><h3>Most read</h3><ol><li><a href="/news/a66-crash">A66 closed after three-car crash near Brough</a></li><li><a href="/news/pub-reopens">Village pub reopens under community ownership</a></li><li><a href="/news/school-ofsted">Primary school rated outstanding for first time</a></li><li><a href="/news/flood-defences">Flood defence work to start in Appleby</a></li><li><a href="/news/bus-route">Bus route to Penrith saved after council deal</a></li></ol></section>
<section class="sponsored"><h3>Sponsored content</h3><a href="/partner/care-homes">Choosing a care home: five questions to ask <span>In partnership with Fellside Care</span></a></section>
</aside>
</div>
<footer class="site-footer"><a href="/privacy">Privacy notice</a> · <a href="#">Privacy settings</a> · <a href="/terms">Terms</a> · <p>Eden Valley News is a member of the Independent Press Standards Organisation.</p></footer>
</body>
</html>
""",
    answer(
        "Anglian cross found in roadworks to go on display",
        "Eden Valley News",
        "Owen Birkett",
        "2025-03-06",
        "metadata",
        W14,
        [
            "We value your privacy",
            "Accept all cookies",
            "Manage preferences",
            "Most read",
            "A66 closed after three-car crash",
            "Village pub reopens",
            "Sponsored",
            "solar deal",
            "Choosing a care home",
            "Get Eden Valley News in your inbox",
            "Advertisement",
            "Appleby 7°C",
            "3 min read",
            "Independent Press Standards",
        ],
    ),
)


def main() -> None:
    write_documents(OUT, [(name, markup.encode(encoding)) for name, markup, encoding, _ in PAGES])
    write_answers(OUT, [{"file": name, **ans} for name, _, _, ans in PAGES])
    print(f"wrote {len(PAGES)} pages to {OUT}")


if __name__ == "__main__":
    main()
