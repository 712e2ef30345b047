"""Rebuild dev19: pages OSINT analysts save from messaging and collaboration tools.

Each file is one document as an analyst keeps it from another tool rather than from a news
site: a Telegram channel's post page saved from the web (the widget markup, views and
reactions), a Telegram Desktop export's messages.html holding one long post and one holding
a forwarded post, Reddit threads saved as HTML (the new and the old markup), a Google Docs
"Download as HTML" of a researcher's write-up, Notion and Confluence page exports, a Substack
post saved from e-mail as .eml, a GitHub README-style incident write-up in Markdown, a
Mastodon post page saved from the browser, and a think-tank brief copied out of a PDF as text.
The answers are written here beside the text, before any run of the importer.

Usage: ``.venv/bin/python benchmarks/data/ingest/dev19/src/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
FILES: list[tuple[str, str, dict[str, Any]]] = []

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _answers_common import completed, write_answers, write_documents  # noqa: E402


def add(name: str, text: str, **answer: Any) -> None:
    FILES.append((name, text.lstrip("\n"), answer))


# x01: one post of a Telegram channel saved from its web page (t.me/NAME/ID).
add(
    "x01_telegram_post_page.html",
    """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Telegram: Contact @brenvik_rescue</title>
<meta property="og:title" content="Brenvik Regional Rescue Service">
<meta property="og:description" content="Firefighters have put out the fire at the Brenvik grain terminal after eleven hours.">
<meta property="og:site_name" content="Telegram">
<meta name="twitter:title" content="Brenvik Regional Rescue Service">
</head>
<body class="widget_frame_base tgme_widget body_widget_post emoji_image nodark">
<div class="tgme_widget_message_wrap js-widget_message_wrap">
<div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="brenvik_rescue/4172">
<div class="tgme_widget_message_user"><a href="https://t.me/brenvik_rescue"><i class="tgme_widget_message_user_photo bgcolor1"><img src="https://cdn4.telesco.pe/file/a1.jpg"></i></a></div>
<div class="tgme_widget_message_bubble">
<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/brenvik_rescue"><span dir="auto">Brenvik Regional Rescue Service</span></a></div>
<div class="tgme_widget_message_text js-message_text" dir="auto">Firefighters have put out the fire at the Brenvik grain terminal after eleven hours.<br/><br/>The fire started in a conveyor gallery shortly after 02:00 on Tuesday and spread to two storage silos. Sixty-two firefighters and 18 engines worked through the night.<br/><br/>Nobody was hurt. Eleven workers of the night shift left the terminal before the crews arrived.<br/><br/>The cause of the fire is being established by the regional fire investigation unit.</div>
<div class="tgme_widget_message_reactions js-message_reactions"><span class="tgme_reaction"><i class="emoji"><b>👍</b></i>1.2K</span><span class="tgme_reaction"><i class="emoji"><b>🙏</b></i>846</span><span class="tgme_reaction"><i class="emoji"><b>❤</b></i>311</span></div>
<div class="tgme_widget_message_footer compact js-message_footer">
<div class="tgme_widget_message_info short js-message_info">
<span class="tgme_widget_message_views">18.4K</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/brenvik_rescue/4172"><time datetime="2025-03-18T13:05:41+00:00" class="time">13:05</time></a></span>
</div>
</div>
</div>
</div>
</div>
<div class="tgme_widget_message_link_preview_wrap"><a class="tgme_action_button_new" href="tg://resolve?domain=brenvik_rescue&amp;post=4172">View in Telegram</a></div>
<div class="tgme_page_context_link_wrap"><a class="tgme_page_context_link" href="/s/brenvik_rescue/4172">Context</a></div>
<div class="tgme_page_widget_actions_wrap">If you have <strong>Telegram</strong>, you can view and join <strong>Brenvik Regional Rescue Service</strong> right away.</div>
</body>
</html>
""",
    title=None,
    source="Brenvik Regional Rescue Service",
    author=None,
    published="2025-03-18",
    published_origin="metadata",
    body=[
        "Firefighters have put out the fire at the Brenvik grain terminal after eleven hours.",
        "The fire started in a conveyor gallery shortly after 02:00 on Tuesday and spread to two storage silos. Sixty-two firefighters and 18 engines worked through the night.",
        "Nobody was hurt. Eleven workers of the night shift left the terminal before the crews arrived.",
        "The cause of the fire is being established by the regional fire investigation unit.",
    ],
    furniture=["18.4K", "views", "1.2K", "View in Telegram", "you can view and join", "Context"],
)

# x02: a Telegram Desktop export (messages.html) of a channel holding one long post.
add(
    "x02_telegram_export_long_post.html",
    """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8"/>
<title>Exported Data</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"/>
<link href="css/style.css" rel="stylesheet"/>
<script src="js/script.js" type="text/javascript"></script>
</head>
<body onload="CheckLocation();">
<div class="page_wrap">
<div class="page_header">
<div class="content">
<div class="text bold">Osterholm Conflict Monitor</div>
</div>
</div>
<div class="page_body chat_page">
<div class="history">
<div class="message service" id="message-1">
<div class="body details">9 April 2025</div>
</div>
<div class="message default clearfix" id="message2213">
<div class="pull_left userpic_wrap">
<div class="userpic userpic5" style="width: 42px; height: 42px">
<div class="initials" style="line-height: 42px">OC</div>
</div>
</div>
<div class="body">
<div class="pull_right date details" title="09.04.2025 21:47:03 UTC+03:00">21:47</div>
<div class="from_name">Osterholm Conflict Monitor</div>
<div class="text"><strong>What we know about the strike on the Vardo rail depot</strong><br><br>Satellite images taken on Wednesday morning show at least four damaged buildings at the Vardo rail depot, including the main locomotive shed, whose roof has collapsed along most of its length.<br><br>Local officials said on Tuesday night that two people were killed and nine wounded. The regional governor's office later raised the number of wounded to 14.<br><br>Two videos posted by residents shortly after midnight show a fire near the fuel tanks on the depot's eastern edge. We matched the buildings, a water tower and the line of trees in both videos to the satellite images.<br><br>We could not confirm claims by several channels that ammunition was stored at the depot. None of the images show secondary explosions.<br><br>Rail traffic through Vardo was suspended on Wednesday, the state railway company said, and trains to the coast are being sent on a longer route through Melnik.<br><br>We will update this post when new images are available.</div>
<div class="reactions">
<div class="reaction"><div class="emoji">👍</div><div class="count">2,418</div></div>
<div class="reaction"><div class="emoji">🔥</div><div class="count">377</div></div>
</div>
<div class="signature details">Edited</div>
</div>
</div>
</div>
</div>
</div>
</body>
</html>
""",
    title=None,
    source="Osterholm Conflict Monitor",
    author=None,
    published="2025-04-09",
    published_origin="metadata",
    body=[
        "What we know about the strike on the Vardo rail depot",
        "Satellite images taken on Wednesday morning show at least four damaged buildings at the Vardo rail depot, including the main locomotive shed, whose roof has collapsed along most of its length.",
        "Local officials said on Tuesday night that two people were killed and nine wounded. The regional governor's office later raised the number of wounded to 14.",
        "Two videos posted by residents shortly after midnight show a fire near the fuel tanks on the depot's eastern edge. We matched the buildings, a water tower and the line of trees in both videos to the satellite images.",
        "We could not confirm claims by several channels that ammunition was stored at the depot. None of the images show secondary explosions.",
        "Rail traffic through Vardo was suspended on Wednesday, the state railway company said, and trains to the coast are being sent on a longer route through Melnik.",
        "We will update this post when new images are available.",
    ],
    furniture=["Exported Data", "2,418", "377", "Edited", "21:47"],
)

# x03: a Reddit thread saved from the new web interface; the post is the story.
add(
    "x03_reddit_thread.html",
    """
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Power cut across the whole east side since 6pm, anyone know what happened? : r/Kettering_Bay</title>
<meta property="og:title" content="From the Kettering_Bay community on Reddit">
<meta property="og:site_name" content="Reddit">
<link rel="canonical" href="https://www.reddit.com/r/Kettering_Bay/comments/1j9x4qa/power_cut_across_the_whole_east_side_since_6pm/">
</head>
<body>
<shreddit-app>
<header><nav><a href="/">Reddit</a> <a href="/login">Log In</a> <span>Get app</span></nav></header>
<div class="subgrid-container">
<aside><a href="/r/Kettering_Bay/">r/Kettering_Bay</a> <span>Join</span> <p>News and chat for Kettering Bay and the villages around it.</p> <span>24K Members</span> <span>61 Online</span></aside>
<main>
<shreddit-post id="t3_1j9x4qa" post-title="Power cut across the whole east side since 6pm, anyone know what happened?" author="tidewater_nell" subreddit-prefixed-name="r/Kettering_Bay" created-timestamp="2025-03-12T19:02:17.441000+0000" comment-count="47" score="212" post-type="text">
<span slot="credit-bar"><a href="/r/Kettering_Bay/">r/Kettering_Bay</a> • <faceplate-timeago ts="2025-03-12T19:02:17.441000+0000"><time datetime="2025-03-12T19:02:17.441Z">1 yr. ago</time></faceplate-timeago></span>
<span slot="authorName"><a href="/user/tidewater_nell/">tidewater_nell</a></span>
<h1 slot="title" id="post-title-t3_1j9x4qa">Power cut across the whole east side since 6pm, anyone know what happened?</h1>
<div slot="text-body"><div class="md" id="t3_1j9x4qa-post-rtjson-content">
<p>Everything from the harbour up to Caddon Road went dark at about ten past six. Traffic lights are out on the ring road and the Co-op on Marsh Street has closed its doors.</p>
<p>There was a loud bang from the direction of the substation behind the retail park just before it happened, and a few people on the estate saw a flash.</p>
<p>The network's outage map says 9,400 customers are affected and gives a restoration time of 11pm, but it has already moved twice.</p>
<p>Edit: power back on Caddon Road at 21:40, still off near the harbour.</p>
</div></div>
<span slot="vote-count">212</span> <span>47 comments</span> <button>Share</button> <button>Award</button>
</shreddit-post>
<shreddit-comment-tree>
<shreddit-comment author="gull_and_anchor" depth="0"><div slot="comment"><p>Substation fire, my brother-in-law is on the crew. They are saying midnight at the earliest.</p></div><span>88 points</span> <button>Reply</button></shreddit-comment>
<shreddit-comment author="Kettering_Bay_mod" depth="0"><div slot="comment"><p>Please keep the thread on topic. Updates from the network operator will be pinned.</p></div><span>14 points</span> <button>Reply</button></shreddit-comment>
</shreddit-comment-tree>
</main>
<aside><h2>Related Communities</h2><a href="/r/CoastalLiving/">r/CoastalLiving</a> <span>98K members</span></aside>
</div>
<footer><a href="/policies/user-agreement">User Agreement</a> <span>Reddit, Inc. © 2025. All rights reserved.</span></footer>
</shreddit-app>
</body>
</html>
""",
    title="Power cut across the whole east side since 6pm, anyone know what happened?",
    source="r/Kettering_Bay",
    author="tidewater_nell",
    published="2025-03-12",
    published_origin="metadata",
    body=[
        "Everything from the harbour up to Caddon Road went dark at about ten past six. Traffic lights are out on the ring road and the Co-op on Marsh Street has closed its doors.",
        "There was a loud bang from the direction of the substation behind the retail park just before it happened, and a few people on the estate saw a flash.",
        "The network's outage map says 9,400 customers are affected and gives a restoration time of 11pm, but it has already moved twice.",
        "Edit: power back on Caddon Road at 21:40, still off near the harbour.",
    ],
    furniture=[
        "Substation fire, my brother-in-law",
        "Please keep the thread on topic",
        "47 comments",
        "24K Members",
        "Related Communities",
        "User Agreement",
        "gull_and_anchor",
    ],
)

# x04: a researcher's write-up downloaded from Google Docs as HTML (File > Download > Web page).
add(
    "x04_google_docs_writeup.html",
    """
<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>Selm bridge collapse - geolocation write-up (v3 FINAL)</title><style type="text/css">ol{margin:0;padding:0}table td,table th{padding:0}.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}.c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}.c2{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}.c3{font-weight:700}.c4{font-style:italic}.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}</style></head><body class="c2 doc-content"><p class="c1 title" id="h.k2v9x1m0d3aa"><span class="c0">How we located the Selm bridge collapse</span></p><p class="c1"><span class="c0 c4">Northgate Verification Lab</span></p><p class="c1"><span class="c0">By Ruth Okafor and Jonas Veld</span></p><p class="c1"><span class="c0">14 March 2025</span></p><p class="c1 c5"><span class="c0"></span></p><p class="c1"><span class="c0">A video that spread on Monday claimed to show a road bridge falling into the river Selm near the town of Dravik. We found that the video is genuine and was filmed from the western bank, about 300 metres downstream of the bridge.</span></p><h2 class="c1" id="h.p0wq8z4ytq2m"><span class="c3">Method</span></h2><p class="c1"><span class="c0">We matched three features in the video to satellite imagery from February: the shape of the bridge's central pier, a pylon on the eastern bank and a row of boat sheds beside the water</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup><span class="c0">.</span></p><p class="c1"><span class="c0">The shadows in the video point north-west, which puts the time of filming in the early afternoon, consistent with the first reports of the collapse at about 13:30.</span></p><h2 class="c1" id="h.a7d2n5e3ru1b"><span class="c3">What we could not confirm</span></h2><p class="c1"><span class="c0">We could not confirm the number of vehicles on the bridge when it fell. Local police have said two cars were recovered from the river.</span></p><p class="c1 c5"><span class="c0"></span></p><div><p class="c1"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c0">Ruth: check the sheds again against the March image, one may have been demolished</span></p><p class="c1"><span class="c0">Jonas: fine on the Feb image, leaving it</span></p></div></body></html>
""",
    title="How we located the Selm bridge collapse",
    source="Northgate Verification Lab",
    author="Ruth Okafor and Jonas Veld",
    published="2025-03-14",
    published_origin="text",
    body=[
        "A video that spread on Monday claimed to show a road bridge falling into the river Selm near the town of Dravik. We found that the video is genuine and was filmed from the western bank, about 300 metres downstream of the bridge.",
        "Method",
        "We matched three features in the video to satellite imagery from February: the shape of the bridge's central pier, a pylon on the eastern bank and a row of boat sheds beside the water.",
        "The shadows in the video point north-west, which puts the time of filming in the early afternoon, consistent with the first reports of the collapse at about 13:30.",
        "What we could not confirm",
        "We could not confirm the number of vehicles on the bridge when it fell. Local police have said two cars were recovered from the river.",
    ],
    furniture=["[a]", "check the sheds again", "leaving it", "v3 FINAL"],
)

# x05: a news story clipped into Notion, exported as HTML (properties table above the text).
add(
    "x05_notion_page_export.html",
    """
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>Ferry operator suspends Halden crossing after second engine failure</title><style>
html { -webkit-print-color-adjust: exact; } .page-title { font-size: 2.5rem; } table.properties { width: 100%; }
</style></head><body><article id="1b2c3d4e-5f60-7182-93a4-b5c6d7e8f901" class="page sans"><header><h1 class="page-title">Ferry operator suspends Halden crossing after second engine failure</h1><p class="page-description"></p><table class="properties"><tbody><tr class="property-row property-row-url"><th><span class="icon property-icon"></span>URL</th><td><a href="https://www.halden-courier.example/news/2025/03/ferry-suspended" class="url-value">https://www.halden-courier.example/news/2025/03/ferry-suspended</a></td></tr><tr class="property-row property-row-text"><th><span class="icon property-icon"></span>Outlet</th><td>The Halden Courier</td></tr><tr class="property-row property-row-text"><th><span class="icon property-icon"></span>Author</th><td>Mikael Strand</td></tr><tr class="property-row property-row-date"><th><span class="icon property-icon"></span>Published</th><td><time>@March 11, 2025</time></td></tr><tr class="property-row property-row-created_time"><th><span class="icon property-icon"></span>Created</th><td><time>@March 13, 2025 9:14 AM</time></td></tr><tr class="property-row property-row-multi_select"><th><span class="icon property-icon"></span>Tags</th><td><span class="selected-value select-value-color-blue">transport</span><span class="selected-value select-value-color-green">Halden</span></td></tr></tbody></table></header><div class="page-body"><p id="a1" class="">The operator of the Halden ferry has suspended the crossing until further notice after a second engine failure in a week left the vessel drifting in the fjord for two hours.</p><p id="a2" class="">The ferry, carrying 46 passengers and 12 cars, lost power on Monday afternoon about 800 metres from the southern landing. A tug towed it back to port.</p><p id="a3" class="">Nordvik Ferries said engineers had found a fault in the fuel system and that a replacement vessel would not be available before April.</p><p id="a4" class="">Commuters face a 70-kilometre detour by road while the crossing is closed.</p><p id="a5" class="">
</p></div></article></body></html>
""",
    title="Ferry operator suspends Halden crossing after second engine failure",
    source="The Halden Courier",
    author="Mikael Strand",
    published="2025-03-11",
    published_origin="metadata",
    url="https://www.halden-courier.example/news/2025/03/ferry-suspended",
    body=[
        "The operator of the Halden ferry has suspended the crossing until further notice after a second engine failure in a week left the vessel drifting in the fjord for two hours.",
        "The ferry, carrying 46 passengers and 12 cars, lost power on Monday afternoon about 800 metres from the southern landing. A tug towed it back to port.",
        "Nordvik Ferries said engineers had found a fault in the fuel system and that a replacement vessel would not be available before April.",
        "Commuters face a 70-kilometre detour by road while the crossing is closed.",
    ],
    furniture=["Outlet", "Created", "March 13, 2025", "Tags", "transport"],
)

# x06: a Confluence page exported to HTML from a team's space.
add(
    "x06_confluence_page_export.html",
    """
<!DOCTYPE html>
<html>
    <head>
        <title>OSINT Desk : Situation report - Corvan port blockade, day 3</title>
        <link rel="stylesheet" href="styles/site.css" type="text/css" />
        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">
    </head>
    <body class="theme-default aui-theme-default">
        <div id="page">
            <div id="main" class="aui-page-panel">
                <div id="main-header">
                    <div id="breadcrumb-section">
                        <ol id="breadcrumbs">
                            <li class="first"><span><a href="index.html">OSINT Desk</a></span></li>
                            <li><span><a href="Situation-reports_98305.html">Situation reports</a></span></li>
                        </ol>
                    </div>
                    <h1 id="title-heading" class="pagetitle">
                        <span id="title-text">OSINT Desk : Situation report - Corvan port blockade, day 3</span>
                    </h1>
                </div>
                <div id="content" class="view">
                    <div class="page-metadata">
                        Created by <span class='author'> Leona Marsh</span> on Mar 19, 2025
                    </div>
                    <div id="main-content" class="wiki-content group">
<p>Fishing boats have blocked the entrance to the port of Corvan for a third day, and at least nine cargo ships are now waiting at anchor outside the harbour.</p>
<h2 id="Situationreport-Whatchanged">What changed</h2>
<p>The harbour master closed the northern channel on Wednesday after two fishing boats were tied across it overnight. Ship-tracking data shows no commercial arrivals since Monday.</p>
<p>The fishermen's association said the blockade would last until the government withdraws the new catch quotas.</p>
<h2 id="Situationreport-Nextsteps">Next steps</h2>
<p>We are watching the tracking data for ships turning away to other ports and will report on the talks planned for Friday.</p>
                    </div>
                    <div class="pageSection group">
                        <div class="pageSectionHeader"><h2 id="attachments" class="pageSectionTitle">Attachments:</h2></div>
                        <div class="greybox" align="left"><img src="images/icons/bullet_blue.gif" height="8" width="8" alt=""/><a href="attachments/98311/ais_corvan_day3.png">ais_corvan_day3.png</a> (image/png)<br/></div>
                    </div>
                </div>
            </div>
            <div id="footer" role="contentinfo">
                <section class="footer-body">
                    <p>Document generated by Confluence on Mar 21, 2025 10:02</p>
                    <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>
                </section>
            </div>
        </div>
    </body>
</html>
""",
    title="Situation report - Corvan port blockade, day 3",
    source="OSINT Desk",
    author="Leona Marsh",
    published="2025-03-19",
    published_origin="text",
    body=[
        "Fishing boats have blocked the entrance to the port of Corvan for a third day, and at least nine cargo ships are now waiting at anchor outside the harbour.",
        "What changed",
        "The harbour master closed the northern channel on Wednesday after two fishing boats were tied across it overnight. Ship-tracking data shows no commercial arrivals since Monday.",
        "The fishermen's association said the blockade would last until the government withdraws the new catch quotas.",
        "Next steps",
        "We are watching the tracking data for ships turning away to other ports and will report on the talks planned for Friday.",
    ],
    furniture=[
        "Created by",
        "Attachments:",
        "ais_corvan_day3.png",
        "Document generated by Confluence",
        "Atlassian",
    ],
)

# x07: a Substack post as it arrived by e-mail, saved as .eml.
add(
    "x07_substack_email.eml",
    """
Return-Path: <bounce-abc123@mg2.substack.com>
Received: from mg2.substack.com (mg2.substack.com [198.51.100.24])
	by mx.example.org with ESMTPS id 4Zk2; Thu, 20 Mar 2025 06:31:12 +0000
From: The Borderline Brief <borderlinebrief@substack.com>
Reply-To: The Borderline Brief <reply+2kq7@substack.com>
To: analyst@example.org
Subject: The quiet build-up at the Kessel crossing
Date: Thu, 20 Mar 2025 06:30:58 +0000
List-Unsubscribe: <https://borderlinebrief.substack.com/action/disable_email>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_substack"

--b1_substack
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

View this post on the web at https://borderlinebrief.substack.com/p/the-quie=
t-build-up-at-the-kessel

Satellite pictures and truckers' posts point to a new customs yard, not troop=
s

Dana Whitlock

Trucks have been queuing for up to three days at the Kessel border crossing=
 since the start of March, and new satellite pictures show why: a customs y=
ard of about 40 hectares is being built beside the road.

Pictures from 14 March show fresh gravel, six rows of lighting masts and a=
 building the size of a warehouse that was not there in January.

Truck drivers posting in two logistics channels say inspections have slowed=
 since the yard's first section opened, and that every trailer is now x-ray=
ed.

Several accounts have described the site as a military staging area. We fou=
nd nothing in the pictures to support that: there are no vehicles other tha=
n trucks and no earthworks of the kind that protect stored equipment.

Thanks for reading The Borderline Brief! Subscribe for free to receive new =
posts and support my work.

Upgrade to paid https://borderlinebrief.substack.com/subscribe

Like https://substack.com/app-link/post?publication_id=3D1234&action=3Dlike
Comment https://substack.com/app-link/post?publication_id=3D1234&action=3Dc=
omment
Restack https://substack.com/app-link/post?publication_id=3D1234&action=3Dre=
stack

=C2=A9 2025 Dana Whitlock
548 Market Street PMB 72296, San Francisco, CA 94104
Unsubscribe https://borderlinebrief.substack.com/action/disable_email

Get the app https://substack.com/app
Start writing https://substack.com/signup

--b1_substack
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html><body><p>View this post on the web</p><h1>The quiet build-up at the Kessel crossing</h1><p>Trucks have been queuing for up to three days at the Kessel border crossing since the start of March.</p></body></html>

--b1_substack--
""",
    title="The quiet build-up at the Kessel crossing",
    source="The Borderline Brief",
    author="Dana Whitlock",
    published="2025-03-20",
    published_origin="metadata",
    body=[
        "Trucks have been queuing for up to three days at the Kessel border crossing since the start of March, and new satellite pictures show why: a customs yard of about 40 hectares is being built beside the road.",
        "Pictures from 14 March show fresh gravel, six rows of lighting masts and a building the size of a warehouse that was not there in January.",
        "Truck drivers posting in two logistics channels say inspections have slowed since the yard's first section opened, and that every trailer is now x-rayed.",
        "Several accounts have described the site as a military staging area. We found nothing in the pictures to support that: there are no vehicles other than trucks and no earthworks of the kind that protect stored equipment.",
    ],
    furniture=[
        "View this post on the web",
        "not troops",
        "Thanks for reading",
        "Upgrade to paid",
        "Restack",
        "548 Market Street",
        "Unsubscribe",
        "Start writing",
    ],
)

# x08: an incident write-up kept as a repository's README in Markdown.
add(
    "x08_github_incident_writeup.md",
    """
# Incident write-up: the Lorne reservoir dam breach claims

[![status: complete](https://img.shields.io/badge/status-complete-green)](#)
[![license: CC BY 4.0](https://img.shields.io/badge/license-CC%20BY%204.0-blue)](LICENSE)

**Authors:** Sami Kovac, Erin Blythe
**Date:** 2025-02-27

## Contents

- [Summary](#summary)
- [Timeline](#timeline)
- [Findings](#findings)
- [License](#license)

## Summary

On 24 February several accounts posted a photo claiming that the Lorne reservoir dam had been breached and that villages downstream were being evacuated. The photo is real but was taken in 2019 at a different dam, and the Lorne dam is intact.

## Timeline

- 24 February, 18:10: the first post with the photo appears and is shared about 9,000 times in two hours.
- 24 February, 21:30: the regional water authority says the dam is undamaged.
- 25 February: a reverse image search finds the photo in a news report from April 2019.

## Findings

The photo shows the spillway of the Marren dam, which partly failed in heavy rain in 2019. The shape of the spillway and a road bridge below it match that dam, not Lorne.

Satellite images from 25 February show the Lorne dam and its reservoir unchanged.

## License

This write-up is released under CC BY 4.0. See [LICENSE](LICENSE).
""",
    title="Incident write-up: the Lorne reservoir dam breach claims",
    source=None,
    author="Sami Kovac, Erin Blythe",
    published="2025-02-27",
    published_origin="metadata",
    body=[
        "On 24 February several accounts posted a photo claiming that the Lorne reservoir dam had been breached and that villages downstream were being evacuated. The photo is real but was taken in 2019 at a different dam, and the Lorne dam is intact.",
        "Timeline",
        "24 February, 18:10: the first post with the photo appears and is shared about 9,000 times in two hours.",
        "24 February, 21:30: the regional water authority says the dam is undamaged.",
        "25 February: a reverse image search finds the photo in a news report from April 2019.",
        "Findings",
        "The photo shows the spillway of the Marren dam, which partly failed in heavy rain in 2019. The shape of the spillway and a road bridge below it match that dam, not Lorne.",
        "Satellite images from 25 February show the Lorne dam and its reservoir unchanged.",
    ],
    furniture=[
        "img.shields.io",
        "status-complete",
        "Authors:",
        "Contents",
        "released under CC BY 4.0",
    ],
    once=["Timeline", "Findings"],
)

# x09: a Mastodon post page saved from the browser, replies below it.
add(
    "x09_mastodon_post_page.html",
    """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ines Varga: "The water at the Fenby gauge rose 1.4 metres…" - social.example</title>
<meta content="Ines Varga (@ivarga@social.example)" property="og:title">
<meta content="The water at the Fenby gauge rose 1.4 metres overnight" property="og:description">
<meta content="article" property="og:type">
<meta content="2025-03-13T07:41:22Z" property="og:published_time">
<meta content="Mastodon" property="og:site_name">
</head>
<body class="app-body">
<div class="app-holder" id="mastodon">
<div class="columns-area__panels">
<div class="columns-area__panels__pane--navigational"><a href="/explore">Explore</a> <a href="/public/local">Live feeds</a> <a href="/auth/sign_in">Login</a> <a href="/auth/sign_up">Create account</a></div>
<div class="columns-area__panels__main">
<div class="column-header"><button>Back</button></div>
<div class="scrollable">
<div class="focusable detailed-status__wrapper">
<div class="detailed-status">
<a class="detailed-status__display-name" href="/@ivarga"><div class="detailed-status__display-avatar"><img alt="" src="/avatars/ivarga.png"></div><span class="display-name"><bdi><strong class="display-name__html">Ines Varga</strong></bdi><span class="display-name__account">@ivarga@social.example</span></span></a>
<div class="status__content"><div class="status__content__text status__content__text--visible translate" lang="en">
<p>The water at the Fenby gauge rose 1.4 metres overnight and is now 20 cm below the level of the 2021 flood.</p>
<p>The river authority has opened the Holm sluice to let water onto the meadows north of town. From the bridge I could see the fields there already filling.</p>
<p>Sandbags are being handed out at the fire station on Mill Street until 8pm.</p>
<p><a class="mention hashtag" href="/tags/Fenby">#<span>Fenby</span></a> <a class="mention hashtag" href="/tags/flood">#<span>flood</span></a></p>
</div></div>
<div class="detailed-status__meta"><a class="detailed-status__datetime" href="/@ivarga/114152338411"><time datetime="2025-03-13T07:41:22.000Z" title="Mar 13, 2025, 07:41">Mar 13, 2025, 07:41</time></a> · <span>Edited Mar 13, 08:02</span> · <span>Web</span>
<div class="detailed-status__meta__line"><a href="/@ivarga/114152338411/reblogs"><span>132</span> boosts</a> · <a href="/@ivarga/114152338411/favourites"><span>97</span> favorites</a></div></div>
</div>
</div>
<div class="status__wrapper"><div class="status"><span class="display-name"><bdi><strong>Tom Aske</strong></bdi> <span>@tomaske@fen.example</span></span><div class="status__content"><p>Thanks Ines, the school on Holm Road is closed too.</p></div><time datetime="2025-03-13T07:55:10.000Z">Mar 13</time></div></div>
</div>
</div>
</div>
</div>
</body>
</html>
""",
    title=None,
    source="Ines Varga",
    author="Ines Varga",
    published="2025-03-13",
    published_origin="metadata",
    body=[
        "The water at the Fenby gauge rose 1.4 metres overnight and is now 20 cm below the level of the 2021 flood.",
        "The river authority has opened the Holm sluice to let water onto the meadows north of town. From the bridge I could see the fields there already filling.",
        "Sandbags are being handed out at the fire station on Mill Street until 8pm.",
    ],
    furniture=[
        "@ivarga",
        "#Fenby",
        "boosts",
        "favorites",
        "Create account",
        "Tom Aske",
        "the school on Holm Road",
        "Edited",
    ],
)

# x10: a think-tank brief copied out of its PDF as text (pdftotext -layout, form feeds).
add(
    "x10_thinktank_brief_pdf.txt",
    """
Baltic Security Institute                                   Policy Brief No. 14 | March 2025


Undersea cables in the Baltic: closing the repair gap

Hanna Ruud and Piotr Zawada

12 March 2025


Key points
  * Repairs to damaged cables take four to eight weeks on average.
  * Only two repair ships are based in the region.

Seven undersea cables in the Baltic Sea have been damaged since late 2023, most of them by
ships dragging their anchors. Each time, repairs have taken weeks, because the ships that can
do the work are few and are often busy elsewhere.

The region's two repair ships are both under contracts that commit them to the North Sea
first. When the Estlink cable was cut in December, the nearest free ship needed eleven days
to reach the site.

Governments around the Baltic could fund a shared repair ship and keep spare cable stored in
two ports. We estimate the cost of such a ship at about 60 million euros, less than the loss
to the region's economy from a single month-long out-


Baltic Security Institute                                                                     1
\f
Undersea cables in the Baltic: closing the repair gap                       Policy Brief No. 14


age of a major data cable.

A shared ship would also give the coastguards a vessel able to inspect the seabed within
hours of a suspected attack, before evidence is lost.


About the authors
Hanna Ruud is a senior fellow at the Baltic Security Institute. Piotr Zawada is a research
analyst in its maritime programme.

Baltic Security Institute, Tallinn | www.bsi.example | ISSN 2345-6789

Baltic Security Institute                                                                     2
""",
    title="Undersea cables in the Baltic: closing the repair gap",
    source="Baltic Security Institute",
    author="Hanna Ruud and Piotr Zawada",
    published="2025-03-12",
    published_origin="text",
    body=[
        "Seven undersea cables in the Baltic Sea have been damaged since late 2023, most of them by ships dragging their anchors. Each time, repairs have taken weeks, because the ships that can do the work are few and are often busy elsewhere.",
        "The region's two repair ships are both under contracts that commit them to the North Sea first. When the Estlink cable was cut in December, the nearest free ship needed eleven days to reach the site.",
        "Governments around the Baltic could fund a shared repair ship and keep spare cable stored in two ports. We estimate the cost of such a ship at about 60 million euros, less than the loss to the region's economy from a single month-long outage of a major data cable.",
        "A shared ship would also give the coastguards a vessel able to inspect the seabed within hours of a suspected attack, before evidence is lost.",
    ],
    furniture=[
        "Policy Brief No. 14",
        "Key points",
        "Only two repair ships",
        "About the authors",
        "senior fellow",
        "ISSN",
    ],
)

# x11: a Telegram Desktop export whose one message is forwarded from another channel.
add(
    "x11_telegram_export_forwarded.html",
    """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8"/>
<title>Exported Data</title>
<link href="css/style.css" rel="stylesheet"/>
</head>
<body onload="CheckLocation();">
<div class="page_wrap">
<div class="page_header">
<div class="content">
<div class="text bold">Southern Front Digest</div>
</div>
</div>
<div class="page_body chat_page">
<div class="history">
<div class="message service" id="message-1">
<div class="body details">22 March 2025</div>
</div>
<div class="message default clearfix" id="message15503">
<div class="pull_left userpic_wrap">
<div class="userpic userpic2" style="width: 42px; height: 42px">
<div class="initials" style="line-height: 42px">SF</div>
</div>
</div>
<div class="body">
<div class="pull_right date details" title="22.03.2025 10:15:09 UTC+02:00">10:15</div>
<div class="from_name">Southern Front Digest</div>
<div class="forwarded body">
<div class="from_name">Rovno City Council <span class="date details" title="21.03.2025 19:40:52 UTC+02:00"> 21.03.2025 19:40:52</span></div>
<div class="text">The water supply to the Zarichny and Pivnichny districts has been restored after repairs to the main pumping station.<br><br>Residents of 14 high-rise buildings on Lisova Street may still have low pressure on the upper floors until Sunday.<br><br>Drinking water tankers will stay at the usual points until 20:00 tonight.</div>
</div>
<div class="reactions">
<div class="reaction"><div class="emoji">👍</div><div class="count">640</div></div>
</div>
</div>
</div>
</div>
</div>
</div>
</body>
</html>
""",
    title=None,
    source="Rovno City Council",
    author=None,
    published="2025-03-21",
    published_origin="metadata",
    body=[
        "The water supply to the Zarichny and Pivnichny districts has been restored after repairs to the main pumping station.",
        "Residents of 14 high-rise buildings on Lisova Street may still have low pressure on the upper floors until Sunday.",
        "Drinking water tankers will stay at the usual points until 20:00 tonight.",
    ],
    furniture=["Southern Front Digest", "21.03.2025 19:40:52", "Exported Data", "640"],
)

# x12: a thread saved from old.reddit.com; the post is the story, the comments furniture.
add(
    "x12_old_reddit_thread.html",
    """
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<title>Checkpoint on the Aldmoor road moved 2 km north overnight (photos from this morning) : OSINTBorderwatch</title>
<meta name="keywords" content=" reddit, reddit.com, vote, comment, submit ">
<meta property="og:site_name" content="reddit">
<meta property="og:title" content="r/OSINTBorderwatch - Checkpoint on the Aldmoor road moved 2 km north overnight (photos from this morning)">
</head>
<body class="listing-page comments-page">
<div id="header"><a href="https://old.reddit.com/" id="header-img">reddit.com</a> <span class="hover pagename redditname"><a href="https://old.reddit.com/r/OSINTBorderwatch/">OSINTBorderwatch</a></span> <span class="user">Want to join? <a href="https://old.reddit.com/login">Log in or sign up</a> in seconds.</span></div>
<div class="side"><div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="https://old.reddit.com/r/OSINTBorderwatch/">OSINTBorderwatch</a></h1><span class="subscribers"><span class="number">31,204</span> readers</span><div class="usertext-body"><div class="md"><p>Open-source monitoring of the northern border. Sources or it didn't happen.</p></div></div></div></div></div>
<div class="content" role="main">
<div class="sitetable linklisting" id="siteTable">
<div class="thing id-t3_1jc2m7r self link" data-author="larch_and_lens" data-subreddit="OSINTBorderwatch" data-subreddit-prefixed="r/OSINTBorderwatch" data-timestamp="1742276530000" data-type="link">
<div class="midcol unvoted"><div class="score unvoted" title="356">356</div></div>
<div class="entry unvoted">
<div class="top-matter">
<p class="title"><a class="title may-blank" href="/r/OSINTBorderwatch/comments/1jc2m7r/checkpoint_on_the_aldmoor_road_moved_2_km_north/">Checkpoint on the Aldmoor road moved 2 km north overnight (photos from this morning)</a> <span class="linkflairlabel" title="Ground report">Ground report</span> <span class="domain">(<a href="/r/OSINTBorderwatch/">self.OSINTBorderwatch</a>)</span></p>
<p class="tagline">submitted <time title="Tue Mar 18 05:42:10 2025 UTC" datetime="2025-03-18T05:42:10+00:00" class="live-timestamp">1 year ago</time> by <a href="https://old.reddit.com/user/larch_and_lens" class="author may-blank">larch_and_lens</a></p>
<div class="expando"><form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>Drove the Aldmoor road at 07:30 today. The checkpoint that used to sit at the fuel station by the km 14 marker is gone; the concrete blocks are now at the turn-off to Brask, about 2 km further north.</p>
<p>There are two armoured vehicles at the new position and a tent that looks like it is meant to stay. Cars were being waved through after a document check, no searches.</p>
<p>Photos: the old site with the blocks removed, the new site from the south, and the tent. Taken from the car, so not great.</p>
</div></div></form></div>
<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink comments may-blank">58 comments</a></li><li class="share"><a class="post-sharing-button" href="#">share</a></li><li><a href="#">save</a></li><li><a href="#">hide</a></li><li><a href="#">report</a></li></ul>
</div>
</div>
</div>
<div class="commentarea">
<div class="panestack-title"><span class="title">all 58 comments</span></div>
<div class="menuarea"><span class="dropdown-title lightdrop">sorted by: best</span></div>
<div class="sitetable nestedlisting">
<div class="thing comment" data-author="moss_cartographer"><div class="entry"><p class="tagline"><a class="author">moss_cartographer</a> <span class="score unvoted">112 points</span> <time datetime="2025-03-18T06:10:44+00:00">1 year ago</time></p><div class="usertext-body"><div class="md"><p>Matches the Sentinel pass from yesterday, the blocks are visible at the Brask turn-off.</p></div></div><ul class="flat-list buttons"><li><a href="#">permalink</a></li><li><a href="#">reply</a></li></ul></div></div>
</div>
</div>
</div>
<div class="footer-parent"><div class="footer"><p>Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2025 reddit inc. All rights reserved.</p></div></div>
</body>
</html>
""",
    title="Checkpoint on the Aldmoor road moved 2 km north overnight (photos from this morning)",
    source="r/OSINTBorderwatch",
    author="larch_and_lens",
    published="2025-03-18",
    published_origin="metadata",
    body=[
        "Drove the Aldmoor road at 07:30 today. The checkpoint that used to sit at the fuel station by the km 14 marker is gone; the concrete blocks are now at the turn-off to Brask, about 2 km further north.",
        "There are two armoured vehicles at the new position and a tent that looks like it is meant to stay. Cars were being waved through after a document check, no searches.",
        "Photos: the old site with the blocks removed, the new site from the south, and the tent. Taken from the car, so not great.",
    ],
    furniture=[
        "Ground report",
        "58 comments",
        "Matches the Sentinel pass",
        "moss_cartographer",
        "31,204",
        "Sources or it didn't happen",
        "User Agreement",
        "Log in or sign up",
    ],
)


def main() -> None:
    write_documents(HERE, [(name, data) for name, data, _ in FILES])
    write_answers(HERE, [completed(name, answer) for name, _, answer in FILES])


if __name__ == "__main__":
    main()
