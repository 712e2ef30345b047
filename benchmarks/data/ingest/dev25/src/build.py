"""Rebuild dev25: blog date lines, agency credits without a masthead, epoch dates, Next.js data.

Round 31. WordPress and Blogger posts whose only date and author are in the theme's line
("Posted in Politics on March 3, 2026 by NAME", "Filed under", "Published in"), Indian and
other South Asian pages whose credit line is an agency or a news service ("TNN | Updated: Nov
3, 2026, 10:12 IST", "PTI", "IANS", "Express News Service") and whose outlet is only in the
site's name, ``og:site_name``, the ``<title>`` or the copyright line, dates given only as
epoch timestamps (seconds in a ``data-`` attribute, milliseconds in a script's state or an
attribute), Next.js pages whose story is only in the App Router's ``self.__next_f.push``
chunks (one line of the flight data split across two pushes) or in ``__NEXT_DATA__`` with an
epoch date, and an Australian "Posted ... at 5:12am" stamp. Written, answers included, before
the engine was run on them; every name, place and figure is made up.

Run ``.venv/bin/python benchmarks/data/ingest/dev25/src/build.py`` to write the files and
answers.jsonl next to this folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]

DOCS: list[tuple[str, str, dict[str, Any]]] = []

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _answers_common import completed, write_answers, write_documents  # noqa: E402


def doc(name: str, text: str, **answer: Any) -> None:
    DOCS.append((name, text, answer))


def html_paras(body: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in body)


def text_paras(body: list[str]) -> str:
    return "\n\n".join(body)


def flight_push(payload: str) -> str:
    """One App Router chunk as Next.js writes it: a script pushing a JS string."""
    literal = json.dumps(payload, ensure_ascii=False).replace("</", "\\u003c/")
    return f"<script>self.__next_f.push([1,{literal}])</script>"


# c01: a WordPress post whose only date and author are in the entry footer.
C01 = [
    "Hollin ward's two councillors have asked the borough to delay the closure of the Mill Street library until a new site is found.",
    "The library lends about 1,100 books a month and hosts a homework club that 40 children attend after school.",
    "The borough says the building needs a new roof that would cost 380,000 pounds, money it does not have this year.",
    "A consultation on the closure runs until the end of April.",
]
doc(
    "c01_wp_posted_in_category_by.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>Councillors ask for library closure to be delayed &#8211; Hollin Ward Notes</title>
<meta name="generator" content="WordPress 6.7">
<link rel="stylesheet" href="https://hollinward.example/wp-content/themes/twentytwelve/style.css">
</head>
<body class="post-template-default single single-post">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header">
<hgroup><p class="site-title"><a href="https://hollinward.example/" rel="home">Hollin Ward Notes</a></p>
<p class="site-description">Local politics in Hollin and Brindle</p></hgroup>
<nav class="main-navigation"><a href="/">Home</a> <a href="/about/">About</a> <a href="/contact/">Contact</a></nav>
</header>
<div id="main" class="wrapper">
<div id="primary" class="site-content">
<article id="post-412" class="post-412 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Councillors ask for library closure to be delayed</h1></header>
<div class="entry-content">
{html_paras(C01)}
</div>
<footer class="entry-meta">Posted in <a href="/category/politics/" rel="category tag">Politics</a> on <a href="/2026/03/03/library/" rel="bookmark">March 3, 2026</a> by <span class="author vcard"><a class="url fn n" href="/author/marion/" rel="author">Marion Ashdown</a></span>.</footer>
</article>
<nav class="nav-single"><span class="nav-previous"><a href="/bus-route/" rel="prev">&larr; Bus route 41 to be cut back</a></span></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on &ldquo;Councillors ask for library closure to be delayed&rdquo;</h2>
<ol class="commentlist"><li><p class="comment-meta">Derek Pye on March 4, 2026 at 8:02 am</p><p>The homework club is the only quiet place some of these kids have.</p></li></ol>
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
</div>
</div>
<div id="secondary" class="widget-area">
<aside class="widget widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul><li><a href="/bus-route/">Bus route 41 to be cut back</a></li></ul></aside>
<aside class="widget widget_archive"><h3 class="widget-title">Archives</h3><ul><li><a href="/2026/03/">March 2026</a></li><li><a href="/2026/02/">February 2026</a></li></ul></aside>
</div>
</div>
<footer id="colophon"><p>Proudly powered by WordPress</p></footer>
</div>
</body>
</html>
""",
    title="Councillors ask for library closure to be delayed",
    source="Hollin Ward Notes",
    author="Marion Ashdown",
    published="2026-03-03",
    published_origin="text",
    body=C01,
    furniture=[
        "Posted in Politics",
        "The homework club is the only quiet place",
        "Leave a Reply",
        "Bus route 41 to be cut back",
        "Proudly powered by WordPress",
    ],
)

# c02: a WordPress magazine theme, "Filed under: X · DATE · by NAME" under the headline.
C02 = [
    "Passengers on the Tarnby branch line will wait at least another year for the new station at Ellerby, the rail authority said.",
    "Work on the platforms stopped in August when engineers found old mine workings under the car park.",
    "The authority said the ground would be filled with grout over the winter and building would restart in the spring.",
    "Local businesses had hoped the station would open in time for the Ellerby show in June.",
]
doc(
    "c02_wp_filed_under_date_by.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ellerby station delayed by old mine workings | Tarnby Valley Voice</title>
<meta property="og:site_name" content="Tarnby Valley Voice">
<meta property="og:type" content="article">
<meta property="article:modified_time" content="2026-10-14T09:01:44+00:00">
</head>
<body class="single">
<div class="top-bar">Tuesday 17 November 2026 <a href="/subscribe">Support local news</a></div>
<header class="site-header"><a class="custom-logo-link" href="/" rel="home"><img class="custom-logo" src="/logo.png" alt=""></a></header>
<main class="site-main">
<article class="post">
<h1 class="entry-title">Ellerby station delayed by old mine workings</h1>
<div class="entry-meta"><span class="cat-links">Filed under: <a href="/category/transport/">Transport</a></span> &middot; <span class="posted-on">12 October 2026</span> &middot; <span class="byline">by <a href="/author/tbrennan/">Tomasz Brennan</a></span></div>
<div class="entry-content">
{html_paras(C02)}
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><a href="#">Facebook</a> <a href="#">X</a></div>
</div>
</article>
<section class="related-posts"><h2>You may also like</h2><ul><li><a href="/bypass/">Bypass consultation opens on 3 November</a> <span>2 November 2026</span></li></ul></section>
</main>
<footer class="site-footer"><p>&copy; 2026 Tarnby Valley Voice CIC. Theme by Example Themes.</p></footer>
</body>
</html>
""",
    title="Ellerby station delayed by old mine workings",
    source="Tarnby Valley Voice",
    author="Tomasz Brennan",
    published="2026-10-12",
    published_origin="text",
    body=C02,
    furniture=["Filed under", "Share this:", "You may also like", "Bypass consultation opens"],
)

# c03: a blog post copied as text, "Published in X on DATE by NAME" at its foot.
C03 = [
    "The reed beds at Saltmarsh End have held more bitterns this autumn than at any time since counts began in 1998, volunteers say.",
    "Eleven birds were seen on the October count, against four last year and none in 2019.",
    "The trust that manages the reserve raised water levels two years ago to keep the reeds wet through the summer.",
    "Visitors are asked to keep to the boardwalk, which closes at dusk.",
]
doc(
    "c03_blog_published_in_copy.txt",
    f"""The Wetland Diaries
Notes from the Saltmarsh End reserve

Bitterns return to Saltmarsh End in record numbers

{text_paras(C03)}

Published in Birds on 5 November 2026 by Priya Lalwani

Share this:
Facebook
Email

Like this:
Like Loading...

Related
Otters seen at the sluice again
""",
    title="Bitterns return to Saltmarsh End in record numbers",
    source="The Wetland Diaries",
    author="Priya Lalwani",
    published="2026-11-05",
    published_origin="text",
    body=C03,
    furniture=[
        "Published in Birds",
        "Notes from the Saltmarsh End reserve",
        "Like Loading",
        "Otters seen at the sluice",
    ],
)

# c04: an Indian page, "TNN | Updated: ..." credit, the outlet only in og:site_name, the date
# in JSON-LD.
C04 = [
    "HUBBALLI: The city corporation will start charging for garbage collection from commercial buildings from January, officials said on Monday.",
    "Shops will pay 150 rupees a month and hotels between 500 and 2,000 rupees, depending on their size.",
    "The corporation collects about 420 tonnes of waste a day, of which around a third comes from markets and commercial streets.",
    "Traders' associations said they would meet the commissioner before the rates are approved by the council.",
]
C04_LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Hubballi to charge shops for garbage pickup",
    "datePublished": "2026-11-03T08:40:00+05:30",
    "dateModified": "2026-11-03T10:12:00+05:30",
    "author": {"@type": "Person", "name": "TNN"},
}
doc(
    "c04_tnn_updated_ist_site_name.html",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Hubballi garbage collection: Hubballi to charge shops for garbage pickup from January - Deccan Courier</title>
<meta property="og:site_name" content="Deccan Courier">
<meta property="og:title" content="Hubballi to charge shops for garbage pickup">
<script type="application/ld+json">{json.dumps(C04_LD)}</script>
</head>
<body>
<div class="nav_wrap"><a href="/city">City</a> <a href="/india">India</a> <a href="/world">World</a> <a href="/business">Business</a></div>
<div class="article_wrap">
<h1 class="heading_article">Hubballi corporation to charge shops and hotels for garbage pickup from January</h1>
<div class="byline_wrap"><span class="agency">TNN</span> | <span class="time_cptn">Updated: Nov 3, 2026, 10:12 IST</span></div>
<div class="article_txt">
{html_paras(C04)}
</div>
<div class="follow_us">Follow us on <a href="#">Google News</a></div>
<div class="trending"><h3>Trending stories</h3><a href="/t1">Monsoon to withdraw from Karnataka by Nov 10</a></div>
</div>
</body>
</html>
""",
    title="Hubballi corporation to charge shops and hotels for garbage pickup from January",
    source="Deccan Courier",
    author=None,
    published="2026-11-03",
    published_origin="metadata",
    body=C04,
    furniture=["Updated: Nov 3, 2026", "Follow us on", "Trending stories", "Monsoon to withdraw"],
)

# c05: a copy of an Indian page: "PTI | DATE IST" credit, the outlet in the copyright line only.
C05 = [
    "NEW DELHI: The Centre has cleared 14 new cold-storage plants for fruit growers in the hill states, an official statement said on Wednesday.",
    "The plants, with room for 60,000 tonnes, will be built in Himachal Pradesh, Uttarakhand and Jammu and Kashmir over two years.",
    "Growers lose up to a fifth of their apples to spoilage because they have to sell quickly after the harvest, the statement said.",
    "The scheme will pay for 35 per cent of each plant's cost, and half in the north-eastern states.",
]
doc(
    "c05_pti_credit_copyright_only.txt",
    f"""Home > India News

Centre clears 14 cold-storage plants for hill-state fruit growers

PTI | Nov 4, 2026, 18:05 IST

{text_paras(C05)}

Download our app for the latest news

Also Read
Apple prices fall 20% at Shimla mandi

Copyright © 2026 The Malabar Herald. All rights reserved.
""",
    title="Centre clears 14 cold-storage plants for hill-state fruit growers",
    source="The Malabar Herald",
    author=None,
    published="2026-11-04",
    published_origin="text",
    body=C05,
    furniture=["PTI | Nov 4", "Download our app", "Apple prices fall", "All rights reserved"],
)

# c06: a Bangladeshi page: "IANS" credit, a logo without alt text, the outlet only in the
# <title>, the canonical address and the copyright line.
C06 = [
    "DHAKA: Bangladesh will open two more river ports to cargo from India next year, the shipping ministry said on Thursday.",
    "The ports at Chilmari and Sultanganj will handle fertiliser, stone chips and fly ash carried on the Brahmaputra and Padma.",
    "Traders say the river route costs about a third less than road transport over the land border.",
    "Dredging of the channels to a depth of 2.5 metres is due to finish by March.",
]
doc(
    "c06_ians_site_name_in_title.html",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bangladesh to open two more river ports to Indian cargo | Sylhet Observer</title>
<link rel="canonical" href="https://www.sylhetobserver.example/national/river-ports-indian-cargo">
</head>
<body>
<header><a href="/"><img src="/images/logo.png" alt=""></a>
<ul class="menu"><li><a href="/national">National</a></li><li><a href="/sports">Sports</a></li></ul></header>
<div class="single-news">
<h1>Bangladesh to open two more river ports to Indian cargo</h1>
<div class="author-info"><span>By IANS</span> <span class="pub-date">Published: 05 Nov 2026, 09:30 PM</span></div>
<div class="news-details">
{html_paras(C06)}
</div>
<div class="tags">Tags: <a href="#">river ports</a> <a href="#">trade</a></div>
</div>
<footer><p>Editor: M. Rahman Chowdhury</p><p>&copy; 2026 Sylhet Observer | Developed by Example Web Ltd</p></footer>
</body>
</html>
""",
    title="Bangladesh to open two more river ports to Indian cargo",
    source="Sylhet Observer",
    author=None,
    published="2026-11-05",
    published_origin="text",
    body=C06,
    furniture=["By IANS", "Tags:", "Editor: M. Rahman", "Developed by"],
)

# c07: an Indian paper's page credited to its own news service, "07th November 2026".
C07 = [
    "PANAJI: Goa's fishing boats will have to carry satellite trackers from the next season, the fisheries department said.",
    "About 900 trawlers and purse-seiners are registered in the state; the department will pay half the cost of each tracker.",
    "Officials said the trackers would help rescue crews find boats in bad weather and keep trawlers out of the protected coastal zone.",
    "Boat owners have until May 31 to fit them.",
]
doc(
    "c07_news_service_ordinal_date.html",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Goa fishing boats must carry satellite trackers- The Konkan Express</title>
<meta property="og:site_name" content="The Konkan Express">
</head>
<body>
<div class="header"><a href="/" class="logo"><img src="/logo.svg" alt="The Konkan Express"></a></div>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/states">States</a> / <a href="/states/goa">Goa</a></div>
<div class="article">
<h1 class="ArticleHead">Goa fishing boats must carry satellite trackers from next season</h1>
<div class="author_des">Express News Service</div>
<div class="ArticlePublish">Published: 07th November 2026 06:15 AM | Last Updated: 07th November 2026 11:40 AM</div>
<div id="storyContent">
{html_paras(C07)}
</div>
<div class="follow">Follow The Konkan Express channel on WhatsApp</div>
</div>
</body>
</html>
""",
    title="Goa fishing boats must carry satellite trackers from next season",
    source="The Konkan Express",
    author=None,
    published="2026-11-07",
    published_origin="text",
    body=C07,
    furniture=["Express News Service", "Last Updated", "channel on WhatsApp"],
)

# c08: the date only as epoch seconds in a data attribute, shown relative by a script.
C08 = [
    "Kestrel Bay's harbour board has approved a 6.2 million dollar plan to rebuild the north breakwater, damaged in last winter's storms.",
    "The work will use 40,000 tonnes of rock from a quarry near Moana and is expected to take 18 months.",
    "Fishing boats will moor in the inner basin while the outer berths are closed.",
]
doc(
    "c08_epoch_seconds_data_attribute.html",
    f"""<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="utf-8">
<title>Breakwater rebuild approved | Kestrel Bay Mail</title>
<meta property="og:site_name" content="Kestrel Bay Mail">
</head>
<body>
<header><a href="/" class="brand">Kestrel Bay Mail</a></header>
<article class="story">
<h1>Kestrel Bay breakwater rebuild approved</h1>
<p class="byline">By <a href="/authors/hemi-walker">Hemi Walker</a></p>
<p class="meta"><time class="js-timeago" data-timestamp="1794468600">3 hours ago</time></p>
<div class="story-body">
{html_paras(C08)}
</div>
</article>
<aside class="latest"><h2>Latest</h2><a href="/x">Ferry timetable changes from Monday</a> <time data-timestamp="1794500000">1 hour ago</time></aside>
</body>
</html>
""",
    title="Kestrel Bay breakwater rebuild approved",
    source="Kestrel Bay Mail",
    author="Hemi Walker",
    published="2026-11-12",
    published_origin="metadata",
    body=C08,
    furniture=["3 hours ago", "Ferry timetable changes", "Latest"],
)

# c09: the date only as epoch milliseconds in a script's state object.
C09 = [
    "The Arlen county fire service will close two of its nine stations at night from January to cover a budget gap of 1.4 million.",
    "Crews from neighbouring stations will cover the areas, adding up to seven minutes to some response times, the service's own figures show.",
    "The firefighters' union said the change would put lives at risk in the villages east of the river.",
]
C09_STATE = {
    "page": {"type": "article", "section": "news"},
    "article": {
        "id": 88213,
        "slug": "arlen-fire-stations-night-closures",
        "firstPublishedAt": 1794650400000,
        "lastModifiedAt": 1794673200000,
        "wordCount": 96,
    },
}
doc(
    "c09_epoch_ms_script_state.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Two fire stations to close at night | Arlen Gazette</title>
<meta property="og:site_name" content="Arlen Gazette">
</head>
<body>
<header><a href="/" class="masthead">Arlen Gazette</a></header>
<main>
<article>
<h1>Two Arlen fire stations to close at night from January</h1>
<div class="author">By Sunita Grewal, Local Democracy Reporter</div>
<div class="article-body">
{html_paras(C09)}
</div>
</article>
</main>
<script>window.__PRELOADED_STATE__ = {json.dumps(C09_STATE)};</script>
</body>
</html>
""",
    title="Two Arlen fire stations to close at night from January",
    source="Arlen Gazette",
    author="Sunita Grewal",
    published="2026-11-14",
    published_origin="metadata",
    body=C09,
    furniture=["Local Democracy Reporter"],
)

# c10: epoch milliseconds in the article element's attributes, the modified one later.
C10 = [
    "Corvale's water utility will replace 2,600 lead service pipes over the next three years, starting with streets near schools.",
    "Homeowners will not be charged for the work, which is paid for by a federal grant of 19 million dollars.",
    "The utility said tests last year found lead above the action level in 31 of 400 homes sampled.",
]
doc(
    "c10_epoch_ms_article_attributes.html",
    f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Corvale to replace 2,600 lead pipes - Corvale Courier-Journal</title>
<meta property="og:site_name" content="Corvale Courier-Journal">
</head>
<body>
<nav><a href="/">Corvale Courier-Journal</a> <a href="/news">News</a> <a href="/obituaries">Obituaries</a></nav>
<article class="article" data-article-id="55012" data-published-ms="1795009500000" data-modified-ms="1795075800000">
<h1>Corvale to replace 2,600 lead water pipes, starting near schools</h1>
<div class="byline">Written by <span class="author-name">Derrick Oyelaran</span></div>
<div class="timestamp">Updated 12 min ago</div>
<div class="article-text">
{html_paras(C10)}
</div>
</article>
</body>
</html>
""",
    title="Corvale to replace 2,600 lead water pipes, starting near schools",
    source="Corvale Courier-Journal",
    author="Derrick Oyelaran",
    published="2026-11-18",
    published_origin="metadata",
    body=C10,
    furniture=["Updated 12 min ago", "Obituaries"],
)

# c11: a Next.js App Router page whose story is only in the flight data pushed by scripts.
C11 = [
    "Brackwater council has agreed to buy the former Ropeworks site on the quay for 2.1 million pounds to build 60 affordable homes.",
    "The site has been empty since the ropeworks closed in 2011, and a private plan for flats was refused in 2023.",
    "Councillors said the first tenants could move in by 2029 if the sale goes through in the spring.",
    "The opposition group voted against, saying the council should not borrow to buy land.",
]
C11_ARTICLE = {
    "article": {
        "headline": "Council to buy Ropeworks site for 60 affordable homes",
        "seoTitle": "Brackwater Ropeworks site bought by council",
        "publishedAt": "2026-11-21T11:00:00.000Z",
        "updatedAt": "2026-11-22T08:30:00.000Z",
        "author": {"name": "Freya Lomax", "slug": "freya-lomax"},
        "body": [{"type": "paragraph", "text": p} for p in C11],
    }
}
C11_FLIGHT = [
    '1:HL["/_next/static/css/4f2a.css","style"]\n',
    '0:["$","html",null,{"lang":"en","children":["$","body",null,{"children":"$L2"}]}]\n',
    '3:I[7731,["app/news/page-1b2c.js"],"ArticleView"]\n',
    '2:["$","$L3",null,' + json.dumps(C11_ARTICLE) + "]\n",
]
doc(
    "c11_next_flight_chunks_story.html",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Brackwater Ropeworks site bought by council | Brackwater Bulletin</title>
<meta property="og:site_name" content="Brackwater Bulletin">
<meta property="og:title" content="Brackwater Ropeworks site bought by council">
<link rel="stylesheet" href="/_next/static/css/4f2a.css">
</head>
<body>
<div class="shell"><header><a href="/">Brackwater Bulletin</a></header>
<main><div class="skeleton" aria-busy="true">Loading article&hellip;</div></main></div>
<script src="/_next/static/chunks/webpack-77aa.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
{"".join(flight_push(p) for p in C11_FLIGHT)}
</body>
</html>
""",
    title="Council to buy Ropeworks site for 60 affordable homes",
    source="Brackwater Bulletin",
    author="Freya Lomax",
    published="2026-11-21",
    published_origin="metadata",
    body=C11,
    furniture=["Loading article"],
)

# c12: App Router again: the headline is shown, the rest is in flight data whose line is split
# across two pushes; the byline is a list of two people.
C12 = [
    "A new footbridge over the Iver at Cole Green will open on Saturday, replacing the one washed away in the floods of 2024.",
    "The 42-metre bridge sits a metre higher than the old one and cost 1.3 million pounds, most of it from the flood recovery fund.",
    "Until now walkers have faced a four-mile detour by road between the village and the railway station.",
]
C12_DATA = {
    "story": {
        "title": "Cole Green footbridge to reopen after floods",
        "firstPublished": "2026-11-19T07:15:00+00:00",
        "lastPublished": "2026-11-20T12:00:00+00:00",
        "authors": [{"name": "Owen Price"}, {"name": "Leah Marsh"}],
        "paragraphs": C12,
    }
}
C12_LINE = '4:["$","$L5",null,' + json.dumps(C12_DATA) + "]\n"
C12_CUT = C12_LINE.index("authors")
doc(
    "c12_next_flight_split_line.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Cole Green footbridge | Iver Valley Times</title>
<meta property="og:site_name" content="Iver Valley Times">
</head>
<body>
<header><a href="/" class="logo">Iver Valley Times</a></header>
<main>
<h1>Cole Green footbridge to reopen after floods</h1>
<div id="article-root"><p class="loading">Loading&hellip;</p></div>
</main>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
{flight_push('1:HL["/_next/static/css/a1.css","style"]' + chr(10))}
{flight_push(C12_LINE[:C12_CUT])}
{flight_push(C12_LINE[C12_CUT:])}
{flight_push('5:I[88,["app/story/page.js"],"Story"]' + chr(10))}
</body>
</html>
""",
    title="Cole Green footbridge to reopen after floods",
    source="Iver Valley Times",
    author="Owen Price and Leah Marsh",
    published="2026-11-19",
    published_origin="metadata",
    body=C12,
    furniture=["Loading"],
)

# c13: __NEXT_DATA__ with the date as epoch milliseconds and the body as HTML.
C13 = [
    "Prices at Halden's Saturday market will rise for the first time in nine years as the council raises stall fees by 12 percent.",
    "A standard stall will cost 27 pounds a day, up from 24, from the first Saturday in January.",
    "Traders said footfall had fallen since the bus station moved and asked for free parking on market days instead.",
]
C13_DATA = {
    "props": {
        "pageProps": {
            "post": {
                "title": "Halden market stall fees to rise by 12 percent",
                "publishedAt": 1795165200000,
                "updatedAt": 1795258800000,
                "authors": [{"name": "Gemma Thorne"}],
                "contentHtml": "".join(f"<p>{p}</p>" for p in C13),
            }
        }
    },
    "page": "/news/[slug]",
    "query": {"slug": "halden-market-stall-fees"},
    "buildId": "k2Jx9",
}
doc(
    "c13_next_data_epoch_ms.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Halden market fees | Halden Weekly Echo</title>
<meta property="og:site_name" content="Halden Weekly Echo">
</head>
<body>
<div id="__next"><header><a href="/">Halden Weekly Echo</a></header><main><div class="spinner">Loading story</div></main></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(C13_DATA)}</script>
</body>
</html>
""",
    title="Halden market stall fees to rise by 12 percent",
    source="Halden Weekly Echo",
    author="Gemma Thorne",
    published="2026-11-20",
    published_origin="metadata",
    body=C13,
    furniture=["Loading story"],
)

# c14: a Blogger post: the blog's name is the page's <h1>, the post title an <h3>, the date a
# header above the post and the author in "Posted by NAME at 9:14 AM".
C14 = [
    "The planning committee last night refused the application for 120 houses on the Brook Farm fields, by six votes to three.",
    "Officers had recommended approval, but members said the lane to the site was too narrow for the extra traffic.",
    "The developer has six months to appeal, and told the meeting it was likely to do so.",
]
doc(
    "c14_blogger_date_header_posted_by.html",
    f"""<!DOCTYPE html>
<html dir="ltr" lang="en-GB">
<head>
<meta content="blogger" name="generator">
<title>Ashwell Parish Watch: Brook Farm houses refused</title>
<meta property="og:title" content="Brook Farm houses refused">
<meta property="og:site_name" content="Ashwell Parish Watch">
</head>
<body>
<div class="header-outer"><div id="header"><h1 class="title"><a href="https://ashwellwatch.example/">Ashwell Parish Watch</a></h1>
<p class="description">Planning, roads and the parish council in Ashwell</p></div></div>
<div class="main-outer">
<div class="date-outer">
<h2 class="date-header"><span>Tuesday, November 10, 2026</span></h2>
<div class="post hentry">
<h3 class="post-title entry-title">Brook Farm houses refused</h3>
<div class="post-body entry-content">
{"<br /><br />".join(C14)}
</div>
<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Callum Reid</span></span> at <a class="timestamp-link" href="#"><abbr class="published">9:14 AM</abbr></a>
<span class="post-comment-link">3 comments:</span> <span class="post-labels">Labels: <a href="#">housing</a>, <a href="#">planning</a></span></div>
</div>
</div>
<div class="blog-pager"><a class="blog-pager-older-link" href="#">Older Post</a> <a href="/">Home</a></div>
<div class="sidebar"><h2>Blog Archive</h2><ul><li>2026 (41)</li><li>November (3)</li></ul></div>
</div>
</body>
</html>
""",
    title="Brook Farm houses refused",
    source="Ashwell Parish Watch",
    author="Callum Reid",
    published="2026-11-10",
    published_origin="text",
    body=C14,
    furniture=["Posted by", "Labels:", "Older Post", "Blog Archive"],
)

# c15: an Australian public broadcaster's page: "Posted Tue 10 Nov 2026 at 5:12am".
C15 = [
    "Farmers in the Riverina have started harvesting wheat three weeks early after a dry, hot spring.",
    "Grain handlers expect yields about 15 per cent below average, though prices have held up.",
    "Growers near Hay said some paddocks had been cut for hay rather than left for grain.",
]
doc(
    "c15_posted_at_time_au.html",
    f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Riverina harvest starts early after dry spring - Murray Plains Radio News</title>
<meta property="og:site_name" content="Murray Plains Radio News">
</head>
<body>
<header><a href="/news" class="logo">Murray Plains Radio News</a> <a href="/listen">Listen live</a></header>
<article>
<h1>Riverina harvest starts three weeks early after dry spring</h1>
<div class="byline">By <a href="/people/tess-mahony">Tess Mahony</a></div>
<div class="dates"><span>Posted Tue 10 Nov 2026 at 5:12am</span>, <span>updated Tue 10 Nov 2026 at 9:40am</span></div>
<div class="body">
{html_paras(C15)}
</div>
<p class="share">Share this article</p>
</article>
</body>
</html>
""",
    title="Riverina harvest starts three weeks early after dry spring",
    source="Murray Plains Radio News",
    author="Tess Mahony",
    published="2026-11-10",
    published_origin="text",
    body=C15,
    furniture=["updated Tue 10 Nov", "Listen live", "Share this article"],
)

# c16: a Markdown clipping of a blog post: the outlet above the headline, "*Filed under X on
# DATE by NAME*" under the story.
C16 = [
    "A judge at Corbridge Crown Court has ordered a retrial in the case of the two men accused of the Haltwhistle post office robbery.",
    "The jury was discharged on Friday after one juror was found to have searched for the case online.",
    "The retrial is expected to start in February.",
]
doc(
    "c16_markdown_filed_under_on_by.md",
    f"""Ridgeline Weekly

# Retrial ordered in Haltwhistle post office robbery case

{text_paras(C16)}

*Filed under [Courts](https://ridgeline.example/category/courts/) on 14 September 2026 by [Noor Haddad](https://ridgeline.example/author/noor/)*

[Subscribe to our weekly email](https://ridgeline.example/subscribe/)
""",
    title="Retrial ordered in Haltwhistle post office robbery case",
    source="Ridgeline Weekly",
    author="Noor Haddad",
    published="2026-09-14",
    published_origin="text",
    body=C16,
    furniture=["Filed under", "Subscribe to our weekly email"],
)

# c17: WordPress "Published in X on DATE by NAME" above the story, a sidebar of dated posts,
# only a modified time in the metadata.
C17 = [
    "Pennard's community shop has been saved after 230 villagers bought shares worth 46,000 pounds.",
    "The shop, which also holds the village's post office counter, was due to close at Christmas when its owners retire.",
    "A committee of volunteers will run it, with two paid staff.",
]
doc(
    "c17_wp_published_in_top.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>Villagers buy shares to save Pennard shop &ndash; Gower Crier</title>
<meta property="og:site_name" content="Gower Crier">
<meta property="article:modified_time" content="2026-11-06T15:20:00+00:00">
</head>
<body class="single-post">
<header id="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Gower Crier</a></p></div></header>
<main id="main">
<article class="post">
<header class="entry-header">
<h1 class="entry-title">Villagers buy shares to save Pennard shop</h1>
<div class="entry-meta">Published in <a href="/category/news/">News</a> on <time class="entry-date" datetime="">4 November 2026</time> by <a href="/author/gwen/">Gwen Prosser</a></div>
</header>
<div class="entry-content">
{html_paras(C17)}
</div>
</article>
</main>
<aside id="secondary"><section class="widget"><h2 class="widget-title">Recent posts</h2><ul><li><a href="/p1">Bus shelter repaired</a> <span class="post-date">2 November 2026</span></li><li><a href="/p2">Carol service times</a> <span class="post-date">28 October 2026</span></li></ul></section></aside>
</body>
</html>
""",
    title="Villagers buy shares to save Pennard shop",
    source="Gower Crier",
    author="Gwen Prosser",
    published="2026-11-04",
    published_origin="text",
    body=C17,
    furniture=["Published in News", "Recent posts", "Bus shelter repaired", "Carol service times"],
)


def main() -> None:
    write_documents(HERE, [(name, text) for name, text, _ in DOCS])
    write_answers(HERE, [completed(name, answer) for name, _, answer in DOCS])


if __name__ == "__main__":
    main()
