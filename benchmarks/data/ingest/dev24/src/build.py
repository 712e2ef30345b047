"""Rebuild dev24: regional and non-US page shapes, bylines of several people or an agency.

Round 30. Regional and non-US news sites (day-first slashed dates on an en-GB page, dotted
dates with a time, "Nov 3rd, 2026", "2026/11/16 18:30 JST", "23 November 2026 - 14:05",
"Nov. 26, 2026 6:15 p.m. ET"), a relative stamp ("Published: 2 hours ago") beside a dated
address, updated stamps printed before the first publication, byline blocks of several
people (author cards with job lines, "By A, B and C", "Authors: A, B"), agencies as bylines
("By AFP", "AFP | Reuters", "KYODO", "Chloé Tremblay · The Canadian Press"), a page saved
from a browser's reader view, a single story pasted from a newsletter e-mail, Markdown
exports from note apps, and furniture that carries its own dates and figures (related
stories, most read, newsletter blurbs). Written, answers included, before the engine was
run on them; every name, place and figure is made up.

Run ``.venv/bin/python benchmarks/data/ingest/dev24/src/build.py`` to write the files and
answers.jsonl next to this folder.
"""

from __future__ import annotations

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


# b01: an English regional paper, day-first slashed dates (en-GB), a "Most read" rail with
# its own dates and figures.
B01 = [
    "Plans to close two of the four wards at Eden Vale community hospital over the winter have been paused after 2,300 people signed a petition against them.",
    "The health board said on Tuesday it would review the proposal, which would have moved 28 beds to the county hospital in Carlisle, 30 miles away.",
    "Campaigners said older patients and their families would face long journeys on rural roads that are often closed by snow.",
    "A final decision is expected at the board's meeting in January.",
]
doc(
    "b01_regional_gb_slashed_dates.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Eden Vale hospital ward closures paused | Eden Courier</title>
<meta property="og:site_name" content="Eden Courier">
<meta property="og:title" content="Ward closures paused after petition">
</head>
<body>
<header class="masthead"><a href="/" class="logo"><img src="/logo.svg" alt="Eden Courier"></a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What's On</a></nav></header>
<main>
<article class="story">
<h1>Eden Vale hospital ward closures paused after petition</h1>
<div class="story-meta">
<span class="author">By Ruth Penhale</span>
<span class="date">Published: 04/11/2026 09:12</span>
<span class="date">Updated: 05/11/2026 16:40</span>
</div>
<div class="story-body">
{html_paras(B01)}
</div>
</article>
<aside class="most-read">
<h2>Most read</h2>
<ol>
<li><a href="/news/a1">Man, 47, charged after 30 sheep stolen from farm near Appleby</a> <span>12/10/2026</span></li>
<li><a href="/news/a2">Fire crews called to 14 chimney fires in one weekend</a> <span>01/11/2026</span></li>
<li><a href="/news/a3">New bakery creates 12 jobs in Kirkby Stephen</a> <span>02/11/2026</span></li>
</ol>
</aside>
</main>
<footer><p>&copy; 2026 Eden Courier Media Ltd. All rights reserved.</p></footer>
</body>
</html>
""",
    title="Eden Vale hospital ward closures paused after petition",
    source="Eden Courier",
    author="Ruth Penhale",
    published="2026-11-04",
    published_origin="text",
    body=B01,
    furniture=[
        "Man, 47, charged after 30 sheep stolen",
        "Fire crews called to 14 chimney fires",
        "Most read",
        "Updated: 05/11/2026",
    ],
)

# b02: an English edition of a continental site, dotted date with a time, three authors.
B02 = [
    "Rail freight through the Rhine valley fell by 18 percent in the third quarter after a landslide closed the main line near Kaub for six weeks.",
    "The operators' association said 2,400 trains had been diverted or cancelled between July and September, and that some shippers had moved their cargo to barges.",
    "Low water in August then cut the barges' loads, leaving several chemical plants short of raw materials.",
    "The line reopened on 2 October with a speed limit of 40 kilometres an hour on the repaired section.",
]
doc(
    "b02_dotted_datetime_three_authors.html",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Rail freight slump after landslide - Rhine Valley Post</title>
<meta property="og:site_name" content="Rhine Valley Post">
</head>
<body>
<div class="topbar"><a href="/de/">Deutsch</a> | <a href="/en/">English</a></div>
<header><a class="brand" href="/en/">Rhine Valley Post</a></header>
<div class="content">
<div class="article-header">
<span class="rubric">Economy</span>
<h1>Rail freight slumps 18% after Kaub landslide</h1>
<div class="article-authors">By Lena Vogt, Ahmed Karim and Petra Holm</div>
<div class="article-dates"><span class="published">14.10.2026 14:05</span> | <span class="modified">Updated 15.10.2026 08:30</span></div>
</div>
<div class="article-text">
{html_paras(B02)}
</div>
<div class="teaser-list">
<h3>More from Economy</h3>
<div class="teaser"><span class="teaser-date">13.10.2026</span> <a href="/en/x">Chemical park cuts 600 jobs as gas costs bite</a></div>
<div class="teaser"><span class="teaser-date">11.10.2026</span> <a href="/en/y">Port of Duisburg handles 3.1 million containers</a></div>
</div>
</div>
<footer>Rhine Valley Post GmbH &middot; Imprint &middot; Privacy</footer>
</body>
</html>
""",
    title="Rail freight slumps 18% after Kaub landslide",
    source="Rhine Valley Post",
    author="Lena Vogt, Ahmed Karim and Petra Holm",
    published="2026-10-14",
    published_origin="text",
    body=B02,
    furniture=[
        "Chemical park cuts 600 jobs",
        "Port of Duisburg handles 3.1 million containers",
        "Updated 15.10.2026",
        "More from Economy",
    ],
)

# b03: a WordPress news site, an ordinal date, an agency as the byline.
B03 = [
    "LAGOS (AFP) - Nigeria's port authority said on Tuesday it had cleared a backlog of 1,900 containers at the Apapa terminal after a week-long strike by dock workers ended.",
    "The strike over unpaid allowances had left ships waiting at anchor for up to nine days, the authority said.",
    "Importers said the delays had pushed up the cost of rice and cooking oil in Lagos markets.",
]
doc(
    "b03_wordpress_ordinal_date_afp.html",
    f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Apapa port clears container backlog after strike &#8211; Lagos Daily Ledger</title>
<meta property="og:site_name" content="Lagos Daily Ledger">
<meta property="og:type" content="article">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="https://lagosdailyledger.example/" rel="home">Lagos Daily Ledger</a></p></header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-48211" class="post-48211 post type-post status-publish">
<header class="entry-header">
<h1 class="entry-title">Apapa port clears container backlog after strike</h1>
<div class="entry-meta"><span class="posted-on"><a href="#" rel="bookmark">Nov 3rd, 2026</a></span> <span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/afp/">AFP</a></span></span></div>
</header>
<div class="entry-content">
{html_paras(B03)}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/business/">Business</a></span></footer>
</article>
<div class="related-posts"><h3>Related Posts</h3>
<ul>
<li><a href="/p1">Dock workers begin strike over allowances</a> <span class="date">Oct 27th, 2026</span></li>
<li><a href="/p2">Naira falls 2% as import bill rises</a> <span class="date">Oct 30th, 2026</span></li>
</ul></div>
</main>
</div>
<footer id="colophon" class="site-footer">Copyright &copy; 2026 Lagos Daily Ledger. Powered by WordPress.</footer>
</div>
</body>
</html>
""",
    title="Apapa port clears container backlog after strike",
    source="Lagos Daily Ledger",
    author=None,
    published="2026-11-03",
    published_origin="text",
    body=B03,
    furniture=["Dock workers begin strike over allowances", "Naira falls 2%", "Posted in"],
)

# b04: a relative stamp on the page, the date in the page's address, a header date of the
# day the page was saved.
B04 = [
    "A fishing boat with four crew was towed into Brixham overnight after its engine failed 12 miles off Start Point.",
    "The coastguard said the crew had raised the alarm shortly before 9pm and that the lifeboat reached them within the hour.",
    "No one was hurt. The boat's owner said it had been fitted with a new engine in the spring.",
]
doc(
    "b04_relative_stamp_dated_address.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Fishing boat towed into Brixham after engine failure</title>
<link rel="canonical" href="https://www.torbayharbourtimes.example/news/2026/11/27/fishing-boat-towed-brixham">
</head>
<body>
<div class="header-strip"><span class="today">Saturday 28 November 2026</span> <span class="weather">Brixham 9&deg;C</span></div>
<header><a class="logo" href="https://www.torbayharbourtimes.example/">Torbay Harbour Times</a></header>
<main>
<h1>Fishing boat towed into Brixham after engine failure</h1>
<p class="byline">By Declan Moore</p>
<p class="stamp">Published: 2 hours ago</p>
<div class="article-body">
{html_paras(B04)}
</div>
<section class="trending">
<h2>Trending</h2>
<ul>
<li><a href="/a">Harbour car park charges to rise to &pound;8 a day</a> <span>5 hours ago</span></li>
<li><a href="/b">Crab landings up 40% on last year</a> <span>26 November 2026</span></li>
</ul>
</section>
</main>
</body>
</html>
""",
    title="Fishing boat towed into Brixham after engine failure",
    source="Torbay Harbour Times",
    author="Declan Moore",
    published="2026-11-27",
    published_origin="metadata",
    body=B04,
    furniture=["Published: 2 hours ago", "Crab landings up 40%", "Saturday 28 November 2026"],
)

# b05: an Indian site: only the update in the machine fields; "Updated" printed before
# "First published"; "Written by ... | Edited by ...".
B05 = [
    "The Kerala government has ordered an audit of 212 dams and weirs after heavy rain last week forced the emergency release of water from three reservoirs in Idukki.",
    "Water resources minister said the audit would be finished by March and that its findings would be made public.",
    "More than 3,000 people were moved to relief camps during the release, officials said.",
]
doc(
    "b05_updated_before_first_published.html",
    f"""<!DOCTYPE html>
<html lang="en-IN">
<head>
<meta charset="utf-8">
<title>Kerala orders audit of 212 dams after Idukki release | Deccan Ledger</title>
<meta property="og:site_name" content="Deccan Ledger">
<meta property="article:modified_time" content="2026-11-21T18:20:00+05:30">
</head>
<body>
<header><a href="/" class="site-logo">Deccan Ledger</a></header>
<div class="article">
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/india">India</a> &gt; Kerala</div>
<h1>Kerala orders audit of 212 dams after Idukki release</h1>
<h2 class="synopsis">The audit will cover every dam and weir run by the state, officials said.</h2>
<div class="author-line">Written by <a href="/author/kavya-menon">Kavya Menon</a> | Edited by Rohan Das</div>
<div class="dateline">Updated: Nov 21, 2026 18:20 IST</div>
<div class="dateline">First published: Nov 19, 2026 07:05 IST</div>
<div class="story-content">
{html_paras(B05)}
</div>
<div class="also-read"><strong>Also Read:</strong> <a href="/x">Idukki dam shutters opened after 40 mm of rain in 6 hours</a></div>
</div>
</body>
</html>
""",
    title="Kerala orders audit of 212 dams after Idukki release",
    source="Deccan Ledger",
    author="Kavya Menon",
    published="2026-11-19",
    published_origin="text",
    body=B05,
    furniture=[
        "Edited by Rohan Das",
        "Idukki dam shutters opened",
        "The audit will cover every dam and weir run by the state",
    ],
)

# b06: a page saved from Firefox's reader view: the site's name in the header's link to the
# article, the byline in the credits, the reading time; the date only in the address.
B06 = [
    "The ferry between Tarn Quay and Holmness will stop running on Sundays from January, the operator said, blaming a shortage of qualified crew.",
    "The service carried 61,000 passengers last year. Islanders said the cut would leave them without a way to the mainland's hospital on weekends.",
    "The operator said it was training six new deckhands and hoped to restore Sunday sailings by the summer.",
]
doc(
    "b06_reader_view_saved.html",
    f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width; user-scalable=0">
<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css">
<title>Sunday ferry to Holmness to be cut from January</title>
</head>
<body class="light sans-serif loaded" style="--font-size: 20px; --content-width: 30em;">
<div class="container" style="--font-size: 20px;">
<div class="header reader-header reader-show-element">
<a class="domain reader-domain" href="https://www.tarnvalleytimes.example/news/2026/11/10/sunday-ferry-holmness-cut">Tarn Valley Times</a>
<div class="domain-border"></div>
<h1 class="reader-title">Sunday ferry to Holmness to be cut from January</h1>
<div class="credits reader-credits">Ewa Lindqvist</div>
<div class="meta-data"><div class="reader-estimated-time">2-3 minutes</div></div>
</div>
<hr>
<div class="content">
<div class="moz-reader-content reader-show-element"><div id="readability-page-1" class="page"><div>
{html_paras(B06)}
</div></div></div>
</div>
</div>
</body></html>
""",
    title="Sunday ferry to Holmness to be cut from January",
    source="Tarn Valley Times",
    author="Ewa Lindqvist",
    published="2026-11-10",
    published_origin="metadata",
    url="https://www.tarnvalleytimes.example/news/2026/11/10/sunday-ferry-holmness-cut",
    body=B06,
    furniture=["2-3 minutes"],
)

# b07: one story pasted from a newsletter e-mail as a web mail client shows it.
B07 = [
    "Fenwick council last night approved a 4.9% rise in council tax after a vote that ran past midnight.",
    "The rise, the largest the council can make without a referendum, adds about 96 pounds a year to a Band D bill.",
    "Opposition councillors proposed cutting two managers' posts to hold the rise at 3.9%, but the amendment was lost by 23 votes to 19.",
    "The leader of the council said the money would keep the town's three libraries open.",
]
doc(
    "b07_newsletter_story_pasted.txt",
    f"""Council sets 4.9% tax rise after late-night vote
Inbox

The Fenwick Brief <brief@fenwickbrief.example>
Unsubscribe
Thu, Nov 19, 2026, 6:31 AM
to me

View this email in your browser

THE FENWICK BRIEF
Thursday 19 November 2026

Good morning. Here is today's lead story.

Council sets 4.9% tax rise after late-night vote
By Morven Baird

{text_paras(B07)}

Read more on our website

SPONSORED BY FENWICK BUILDING SOCIETY
Save up to 4.25% with our winter saver account. Terms apply.

Forward this email to a friend.
You are receiving this email because you signed up to The Fenwick Brief.
Unsubscribe | Update your preferences
""",
    title="Council sets 4.9% tax rise after late-night vote",
    source="The Fenwick Brief",
    author="Morven Baird",
    published="2026-11-19",
    published_origin="text",
    body=B07,
    furniture=[
        "View this email in your browser",
        "Save up to 4.25%",
        "You are receiving this email",
        "Good morning. Here is today's lead story.",
        "Read more on our website",
    ],
)

# b08: a note app's Markdown export of a clipped story: tags, a credit line with the outlet,
# the date and the byline, the clipping's own date at the foot.
B08 = [
    "The ferry between Kirkwall and the north isles will run three times a week instead of five from December to February, the council's transport committee decided.",
    "The committee said the cut would save 410,000 pounds over the winter, when the boats often sail with fewer than 20 passengers.",
    "Councillors from the isles said the cut would leave shops without fresh food for up to three days at a time.",
]
doc(
    "b08_note_app_markdown.md",
    f"""# Ferry timetable cut to three sailings a week over winter

#clippings #ferries #orkney

**Kirkwall Evening News** · 17 November 2026 · By Isla Flett

{text_paras(B08)}

---

Clipped 20 November 2026 from https://www.kirkwalleveningnews.example/news/ferry-timetable-cut
""",
    title="Ferry timetable cut to three sailings a week over winter",
    source="Kirkwall Evening News",
    author="Isla Flett",
    published="2026-11-17",
    published_origin="text",
    body=B08,
    furniture=["#clippings", "Clipped 20 November 2026"],
)

# b09: furniture inside the article that carries dates and figures: related stories, a
# newsletter blurb, a most-read list; two authors in JSON-LD.
B09A = [
    "The River Severn burst its banks at Upton on Thursday morning, flooding 40 homes and closing the town's bridge for the third time this year.",
    "The Environment Agency had issued a severe flood warning overnight after 60 millimetres of rain fell on the Welsh hills in 24 hours.",
]
B09B = [
    "Residents spent the night moving furniture upstairs as the water rose by 30 centimetres an hour.",
    "The agency said the river was expected to peak on Friday evening at 5.2 metres, just below the record set in 2007.",
]
doc(
    "b09_dated_furniture_inside_story.html",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Severn floods 40 homes in Upton | Severn Vale Echo</title>
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle",
  "headline": "Severn floods 40 homes in Upton",
  "datePublished": "2026-11-12T06:30:00+00:00",
  "dateModified": "2026-11-13T10:15:00+00:00",
  "author": [{{"@type": "Person", "name": "Gwen Pryce"}}, {{"@type": "Person", "name": "Aled Morgan"}}],
  "publisher": {{"@type": "Organization", "name": "Severn Vale Echo"}}}}
</script>
</head>
<body>
<header><a href="/" class="logo">Severn Vale Echo</a></header>
<article>
<h1>Severn floods 40 homes in Upton as bridge closes again</h1>
<div class="byline">By Gwen Pryce and Aled Morgan</div>
<div class="article-body">
{html_paras(B09A)}
<aside class="related-stories">
<h3>Related stories</h3>
<ul>
<li><a href="/r1">Flood toll rises to 14 homes in Tewkesbury</a> <time datetime="2026-11-10">10 November 2026</time></li>
<li><a href="/r2">Upton bridge reopens after 9-day closure</a> <time datetime="2026-03-02">2 March 2026</time></li>
</ul>
</aside>
{html_paras(B09B)}
<div class="newsletter-promo">
<p>Get our 6am briefing, read by 40,000 people every weekday. Issue 214 out on 13 November.</p>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form>
</div>
</div>
</article>
<aside class="most-read">
<h2>Most read</h2>
<ol>
<li><a href="/m1">Driver, 19, banned after 110mph chase on M5</a></li>
<li><a href="/m2">Worcester market to close after 250 years</a></li>
</ol>
</aside>
</body>
</html>
""",
    title="Severn floods 40 homes in Upton as bridge closes again",
    source="Severn Vale Echo",
    author="Gwen Pryce and Aled Morgan",
    published="2026-11-12",
    published_origin="metadata",
    body=B09A + B09B,
    furniture=[
        "Flood toll rises to 14 homes",
        "Upton bridge reopens after 9-day closure",
        "read by 40,000 people",
        "Driver, 19, banned",
        "Related stories",
    ],
)

# b10: an Australian broadcaster's page: "Posted ... updated ..." in <time> elements, the
# update a day later; two authors as links.
B10 = [
    "Rangers have closed three campgrounds in the Kimberley's Mitchell Plateau after a saltwater crocodile was seen at a swimming hole popular with tourists.",
    "The parks service said the 4-metre crocodile would be trapped and moved, which could take up to two weeks.",
    "It is the second sighting at the site since the wet season began in October.",
]
doc(
    "b10_posted_updated_time_elements.html",
    f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Crocodile sighting closes Mitchell Plateau campgrounds - Kimberley Coast News</title>
<meta property="og:site_name" content="Kimberley Coast News">
</head>
<body>
<nav class="top"><a href="/">Kimberley Coast News</a> <a href="/local">Local</a> <a href="/weather">Weather</a></nav>
<main id="content">
<article>
<header>
<h1>Crocodile sighting closes Mitchell Plateau campgrounds</h1>
<div class="byline"><span>By </span><a href="/people/mia-tran">Mia Tran</a><span> and </span><a href="/people/josh-kelly">Josh Kelly</a></div>
<div class="timestamps"><span>Posted </span><time datetime="2026-11-24T05:02:00+08:00">Tue 24 Nov 2026 at 5:02am</time><span>, updated </span><time datetime="2026-11-25T09:40:00+08:00">Wed 25 Nov 2026 at 9:40am</time></div>
</header>
<div class="article-text">
{html_paras(B10)}
</div>
<div class="topics">Topics: <a href="/t/wildlife">Wildlife</a>, <a href="/t/tourism">Tourism</a></div>
</article>
</main>
</body>
</html>
""",
    title="Crocodile sighting closes Mitchell Plateau campgrounds",
    source="Kimberley Coast News",
    author="Mia Tran and Josh Kelly",
    published="2026-11-24",
    published_origin="metadata",
    body=B10,
    furniture=["Topics:", "updated Wed 25 Nov"],
)

# b11: a byline block of three author cards, each with a job line; the published time an
# ISO time with a US offset.
B11 = [
    "Mexico's oil company said on Monday that output at its Gulf fields fell to 1.48 million barrels a day in October, the lowest in 45 years.",
    "Two platforms were shut for repairs after a fire in September, the company said, and will restart in December.",
    "Analysts said the fall would cut the country's export earnings by about 600 million dollars this quarter.",
]
doc(
    "b11_author_cards_three.html",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Gulf oil output at 45-year low | The Gulf Meridian</title>
<meta property="og:site_name" content="The Gulf Meridian">
<meta property="article:published_time" content="2026-11-02T22:40:00-05:00">
</head>
<body>
<header><a class="logo" href="/">The Gulf Meridian</a></header>
<article>
<h1>Gulf oil output falls to 45-year low after platform fire</h1>
<div class="byline-block">
<div class="author-card"><a class="author-name" href="/by/sanjay-iyer">Sanjay Iyer</a><span class="author-role">Energy correspondent</span></div>
<div class="author-card"><a class="author-name" href="/by/hannah-weiss">Hannah Weiss</a><span class="author-role">Data reporter</span></div>
<div class="author-card"><a class="author-name" href="/by/tomas-ortega">Tomás Ortega</a><span class="author-role">in Villahermosa</span></div>
</div>
<div class="body">
{html_paras(B11)}
</div>
</article>
</body>
</html>
""",
    title="Gulf oil output falls to 45-year low after platform fire",
    source="The Gulf Meridian",
    author="Sanjay Iyer, Hannah Weiss and Tomás Ortega",
    published="2026-11-02",
    published_origin="metadata",
    body=B11,
    furniture=["Energy correspondent", "Data reporter"],
)

# b12: a South Asian paper: the byline names two agencies, a printed date with an update
# told relative.
B12 = [
    "KARACHI: Pakistan's central bank held its key interest rate at 11 percent on Monday, saying inflation had eased but remained above its target.",
    "Consumer prices rose 7.2 percent in October from a year earlier, down from 8.1 percent in September, official figures showed.",
    "The bank said it expected growth of between 3 and 4 percent this fiscal year.",
]
doc(
    "b12_agency_pipe_byline.html",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central bank holds rate at 11pc - Business - Indus Evening Mail</title>
<meta property="og:site_name" content="Indus Evening Mail">
</head>
<body>
<header><a href="/" class="logo">Indus Evening Mail</a></header>
<div class="story">
<h1 class="story__title">Central bank holds rate at 11pc as inflation eases</h1>
<div class="story__byline"><span class="story__byline__link">AFP</span> | <span class="story__byline__link">Reuters</span></div>
<div class="story__time">Published November 9, 2026 <span class="timestamp--updated">Updated about 2 hours ago</span></div>
<div class="story__content">
{html_paras(B12)}
</div>
<div class="story__comments">Comments (14)</div>
</div>
</body>
</html>
""",
    title="Central bank holds rate at 11pc as inflation eases",
    source="Indus Evening Mail",
    author=None,
    published="2026-11-09",
    published_origin="text",
    body=B12,
    furniture=["Updated about 2 hours ago", "Comments (14)"],
)

# b13: an East Asian paper's English edition: a year-first slashed date with a zone, the
# agency in capitals as the credit.
B13 = [
    "Japan's transport ministry on Monday ordered inspections of 38 tunnels on expressways in western Japan after concrete fell from the ceiling of one near Okayama.",
    "No one was hurt when the slab, about 1 metre across, hit the road early on Sunday.",
    "The ministry said the tunnels were all built before 1980 and had last been inspected five years ago.",
]
doc(
    "b13_year_first_slashed_kyodo.html",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ministry orders checks of 38 tunnels | Setouchi Shimbun</title>
<meta property="og:site_name" content="Setouchi Shimbun">
</head>
<body>
<header><a href="/en/" class="logo">Setouchi Shimbun</a> <span class="edition">English</span></header>
<div class="article">
<h1>Ministry orders checks of 38 tunnels after ceiling concrete falls</h1>
<div class="article-info"><span class="credit">KYODO</span> <span class="time">2026/11/16 18:30 JST</span></div>
<div class="article-body">
{html_paras(B13)}
</div>
<div class="ranking"><h2>Access ranking</h2>
<ol><li><a href="/en/r1">Okayama castle to close for 2-year repair</a> <span>2026/11/15</span></li></ol>
</div>
</div>
</body>
</html>
""",
    title="Ministry orders checks of 38 tunnels after ceiling concrete falls",
    source="Setouchi Shimbun",
    author=None,
    published="2026-11-16",
    published_origin="text",
    body=B13,
    furniture=["Access ranking", "Okayama castle to close"],
)

# b14: a South African site copied as text: "By Staff Reporter", "23 November 2026 - 14:05",
# related articles with dates and figures.
B14 = [
    "The Northern Cape government has sent water tankers to 11 Karoo towns after the dams that supply them fell below 10 percent of capacity.",
    "The province said each tanker would deliver 18,000 litres a day, enough for about 700 households.",
    "Farmers in the region have lost an estimated 40,000 sheep to the drought since June, the agricultural union said.",
]
doc(
    "b14_staff_reporter_dash_time.txt",
    f"""Karoo Herald
NEWS
Water tankers sent to 11 Karoo towns as dams drop below 10%
By Staff Reporter
23 November 2026 - 14:05
Share

{text_paras(B14)}

Related Articles
Drought relief fund reaches R40m
12 November 2026
Sheep farmers ask for tax relief as losses mount
5 November 2026
""",
    title="Water tankers sent to 11 Karoo towns as dams drop below 10%",
    source="Karoo Herald",
    author=None,
    published="2026-11-23",
    published_origin="text",
    body=B14,
    furniture=["Drought relief fund reaches R40m", "Sheep farmers ask for tax relief", "Share"],
)

# b15: a central European English-language site copied as text: breadcrumbs, a dotted date
# with the time after it, "Authors:" naming two people.
B15 = [
    "Workers at three of the country's largest breweries walked out on Friday after talks on a new pay deal broke down.",
    "The union is asking for a rise of 9 percent; the companies have offered 5 percent this year and 4 percent next year.",
    "The strike will last 48 hours. Pubs in Prague said they had stocks for about a week.",
]
doc(
    "b15_dotted_date_authors_label.txt",
    f"""Vltava Daily
Home > Business
Brewery workers strike at three plants after pay talks fail
20.11.2026, 14:05
Authors: Jan Novák, Petra Dvořáková

{text_paras(B15)}

Most read
1. Czech koruna at 24.1 to the euro, strongest since 2022
2. 12,000 flats approved in Prague this year
""",
    title="Brewery workers strike at three plants after pay talks fail",
    source="Vltava Daily",
    author="Jan Novák, Petra Dvořáková",
    published="2026-11-20",
    published_origin="text",
    body=B15,
    furniture=["Czech koruna at 24.1", "12,000 flats approved", "Home > Business"],
)

# b16: a note app's export with front matter (its created/updated are the clipping's), the
# address a source field, the story's printed date and byline in the note.
B16 = [
    "Reservoirs across the West Weald fell to 38 percent of capacity this week, the lowest November level since records began in 1976.",
    "The water company said a hosepipe ban would start on 1 December unless there was significant rain before then.",
    "About 620,000 customers would be affected by the ban, which would be the first in winter in the region.",
]
doc(
    "b16_joplin_front_matter.md",
    f"""---
title: Reservoir levels fall to 38% as hosepipe ban looms
updated: 2026-11-22 19:04:11Z
created: 2026-11-22 19:03:58Z
source: https://www.westwealdgazette.example/news/2026/11/21/reservoir-levels-fall
tags:
  - water
  - drought
---

# Reservoir levels fall to 38% as hosepipe ban looms

By Hannah Cole, Environment reporter

Saturday 21 November 2026

{text_paras(B16)}
""",
    title="Reservoir levels fall to 38% as hosepipe ban looms",
    source=None,
    author="Hannah Cole",
    published="2026-11-21",
    published_origin="text",
    body=B16,
    furniture=["Environment reporter", "2026-11-22 19:04:11Z", "- water"],
)

# b17: a Canadian page: a person and an agency in the byline, AP-style date with a zone,
# the update told relative.
B17 = [
    "SAGUENAY, Que. - The aluminium smelter in Alma will lay off 320 workers in January after a fire damaged one of its two potlines, the company said Thursday.",
    "The company said repairs would take at least six months and cost about 90 million dollars.",
    "The union said it would ask the province to extend job-search help to the workers' families.",
]
doc(
    "b17_person_and_agency_middot.html",
    f"""<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>Alma smelter to lay off 320 after potline fire | Saguenay Record</title>
<meta property="og:site_name" content="Saguenay Record">
</head>
<body>
<header><a href="/" class="logo">Saguenay Record</a></header>
<article>
<h1>Alma smelter to lay off 320 after potline fire</h1>
<div class="article-byline"><span class="name">Chloé Tremblay</span> &middot; <span class="org">The Canadian Press</span></div>
<div class="article-dates">Published Nov. 26, 2026 6:15 p.m. ET &middot; Last updated 2 hours ago</div>
<div class="article-content">
{html_paras(B17)}
</div>
<div class="share-bar">Share this article <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</article>
</body>
</html>
""",
    title="Alma smelter to lay off 320 after potline fire",
    source="Saguenay Record",
    author="Chloé Tremblay",
    published="2026-11-26",
    published_origin="text",
    body=B17,
    furniture=["Last updated 2 hours ago", "Share this article"],
)


def main() -> None:
    write_documents(HERE, [(name, text) for name, text, _ in DOCS])
    write_answers(HERE, [completed(name, answer) for name, _, answer in DOCS])


if __name__ == "__main__":
    main()
