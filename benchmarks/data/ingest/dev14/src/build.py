"""Build dev14: pages OSINT analysts save from social and messaging services, with answers.

Written here by hand in the shapes the services' web views have (class names, counters,
tooltips, the links round a post), as saved HTML and as a browser's text copy: a Telegram
channel's public preview (t.me/s/NAME, several posts), an X thread on a nitter-like mirror
and unrolled by a thread reader, a Mastodon post with its replies, a Reddit post with its
comments (saved and copied), a YouTube watch page (saved and copied), a Facebook page's post,
a VKontakte community's wall post and a Substack note. Every name, place and figure is
invented. The answers are written from the post text before the import engine reads a file.
Run:

    .venv/bin/python benchmarks/data/ingest/dev14/src/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent
ANSWERS: list[dict[str, Any]] = []

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _answers_common import page_answer, write_answers  # noqa: E402


def answer(
    file: str,
    title: str | None,
    source: str | None,
    author: str | None,
    published: str | None,
    origin: str | None,
    body: list[str],
    furniture: list[str],
) -> None:
    ANSWERS.append(
        {"file": file, **page_answer(title, source, author, published, origin, body, furniture)}
    )


def write(name: str, text: str) -> None:
    (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")


# --- s01: a Telegram channel's public preview (t.me/s/NAME) -------------------------------------

S01 = [
    (
        "2025-03-03T06:40:12+00:00",
        "06:40",
        "9.8K",
        None,
        [
            "Scheduled work: on Tuesday 4 March the water supply will be cut from 09:00 to 17:00 "
            "in the Kalyna and Zarichna districts while crews replace a valve on the main under "
            "Tarasa Street.",
            "Drinking water will be delivered by tanker to the school yard on Lisova Street.",
        ],
    ),
    (
        "2025-03-04T18:22:47+00:00",
        "18:22",
        "14.1K",
        "Velmar City Council",
        [
            "The council has approved 12.4 million hryvnias for the second stage of the "
            "pumping station's reconstruction, which is due to finish by the end of October.",
        ],
    ),
    (
        "2025-03-05T07:05:30+00:00",
        "07:05",
        "11.3K",
        None,
        [
            "Water has been restored in the Kalyna and Zarichna districts. For the first hours "
            "it may run cloudy; let it run for a few minutes before drinking.",
            "Thank you for your patience.",
        ],
    ),
]


def s01() -> None:
    posts = []
    for n, (stamp, clock, views, forwarded, paras) in enumerate(S01):
        fwd = (
            '<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from '
            f'<a class="tgme_widget_message_forwarded_from_name" href="https://t.me/velmar_rada">'
            f"<span>{forwarded}</span></a></div>"
            if forwarded
            else ""
        )
        posts.append(
            f"""
<div class="tgme_widget_message_wrap js-widget_message_wrap">
<div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="velmar_water/{2210 + n}">
<div class="tgme_widget_message_user"><a href="https://t.me/velmar_water"><i class="tgme_widget_message_user_photo bgcolor2"><img src="https://cdn4.telesco.pe/file/a1.jpg"></i></a></div>
<div class="tgme_widget_message_bubble">
<i class="tgme_widget_message_bubble_tail"></i>
<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/velmar_water"><span dir="auto">Velmar Water Utility</span></a></div>
{fwd}
<div class="tgme_widget_message_text js-message_text" dir="auto">{"<br/><br/>".join(paras)}</div>
<div class="tgme_widget_message_footer compact js-message_footer">
<div class="tgme_widget_message_info short js-message_info">
<span class="tgme_widget_message_views">{views}</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/velmar_water/{2210 + n}"><time datetime="{stamp}" class="time">{clock}</time></a></span>
</div>
</div>
</div>
</div>
</div>"""
        )
    write(
        "s01_telegram_channel_preview.html",
        f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Velmar Water Utility – Telegram</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="Velmar Water Utility">
<meta property="og:image" content="https://cdn4.telesco.pe/file/a1.jpg">
<meta property="og:site_name" content="Telegram">
<meta property="og:description" content="Official channel of the Velmar municipal water utility: outages, repairs and water quality.">
<link rel="canonical" href="https://t.me/s/velmar_water">
</head>
<body class="widget_frame_base tgme_widget body_widget_post emoji_image nodesktop">
<header class="tgme_header search_collapsed">
<div class="tgme_header_info"><a class="tgme_header_link" href="https://t.me/velmar_water"><div class="tgme_header_title"><span dir="auto">Velmar Water Utility</span></div><div class="tgme_header_counter">24.1K subscribers</div></a></div>
<div class="tgme_header_right_column"><a class="tgme_header_search" href="#">Search</a></div>
</header>
<main class="tgme_main">
<section class="tgme_right_column"><div class="tgme_channel_info">
<div class="tgme_channel_info_header"><div class="tgme_channel_info_header_title"><span dir="auto">Velmar Water Utility</span></div><div class="tgme_channel_info_header_username"><a href="https://t.me/velmar_water">@velmar_water</a></div></div>
<div class="tgme_channel_info_description">Official channel of the Velmar municipal water utility: outages, repairs and water quality. Hotline 1580.</div>
<div class="tgme_channel_info_counters"><div class="tgme_channel_info_counter"><span class="counter_value">24.1K</span> <span class="counter_type">subscribers</span></div><div class="tgme_channel_info_counter"><span class="counter_value">1.2K</span> <span class="counter_type">photos</span></div><div class="tgme_channel_info_counter"><span class="counter_value">96</span> <span class="counter_type">links</span></div></div>
<div class="tgme_channel_download_telegram"><div class="tgme_channel_download_telegram_bottom">to view and join the conversation</div><a class="tgme_action_button_new" href="https://telegram.org/dl">Download Telegram</a></div>
</div></section>
<section class="tgme_channel_history js-message_history">{"".join(posts)}
</section>
</main>
</body>
</html>
""",
    )
    body = [p for _, _, _, _, paras in S01 for p in paras]
    answer(
        "s01_telegram_channel_preview.html",
        None,
        "Velmar Water Utility",
        None,
        "2025-03-05",
        "metadata",
        body,
        ["24.1K subscribers", "@velmar_water", "Official channel of the Velmar", "9.8K",
         "Forwarded from", "Download Telegram", "Hotline 1580"],
    )  # fmt: skip


# --- s02: a Telegram channel's preview copied as text (times, no dates) -----------------------


def s02() -> None:
    write(
        "s02_telegram_channel_preview_copy.txt",
        """
Lakeshore Rail Updates
12.7K subscribers
Lakeshore Rail Updates
@lakeshore_rail
Unofficial updates on the Lakeshore commuter line, from the operator's notices and riders' reports.
12.7K subscribers
418 photos
3 videos
22 links
Download Telegram
to view and join the conversation
Lakeshore Rail Updates
Trains between Orlen and Kessby are replaced by buses this weekend while the bridge at Marrow Creek is inspected. Buses leave from the station forecourt and add about 25 minutes to the trip.
3.1K views
08:15
Lakeshore Rail Updates
The operator says the 17:42 from Orlen will run with four carriages instead of eight until the end of the month because two units are in the workshop.
2.7K views
12:03
Lakeshore Rail Updates
Update: the bridge inspection has finished early and trains will run normally from Sunday morning.
4.4K views
edited  19:48
""",
    )
    answer(
        "s02_telegram_channel_preview_copy.txt",
        None,
        "Lakeshore Rail Updates",
        None,
        None,
        None,
        [
            "Trains between Orlen and Kessby are replaced by buses this weekend while the "
            "bridge at Marrow Creek is inspected. Buses leave from the station forecourt and "
            "add about 25 minutes to the trip.",
            "The operator says the 17:42 from Orlen will run with four carriages instead of "
            "eight until the end of the month because two units are in the workshop.",
            "Update: the bridge inspection has finished early and trains will run normally "
            "from Sunday morning.",
        ],
        ["12.7K subscribers", "@lakeshore_rail", "3.1K views", "Download Telegram",
         "Unofficial updates on the Lakeshore", "418 photos"],
    )  # fmt: skip


# --- s03: an X thread on a nitter-like mirror ----------------------------------------------------

S03_THREAD = [
    "Spent the morning at the Dornik border crossing. The queue of lorries waiting to enter "
    "now stretches about 14 km back towards Selva, drivers say three days.",
    "Customs officers told me the new scanning rule means every refrigerated lorry is opened, "
    "which takes forty minutes each. Before February it was one in ten.",
    "The regional governor has promised a second inspection lane by the end of March. Nobody "
    "at the crossing believes it will be ready before May.",
]


def s03() -> None:
    stats = ["12", "48", "131"]
    items = []
    for n, text in enumerate(S03_THREAD):
        last = " thread-last" if n == len(S03_THREAD) - 1 else ""
        items.append(
            f"""
<div class="timeline-item thread{last}" data-username="inesdarrow">
<a class="tweet-link" href="/inesdarrow/status/189{n}00412"></a>
<div class="tweet-body">
<div class="tweet-header"><a class="tweet-avatar" href="/inesdarrow"><img class="avatar round" src="/pic/profile_images/88/a.jpg"></a>
<div class="tweet-name-row"><div class="fullname-and-username"><a class="fullname" href="/inesdarrow" title="Ines Darrow">Ines Darrow</a><a class="username" href="/inesdarrow" title="@inesdarrow">@inesdarrow</a></div>
<span class="tweet-date"><a href="/inesdarrow/status/189{n}00412" title="Mar 4, 2025 · {9 + n // 2}:{12 + 7 * n:02d} AM UTC">Mar 4</a></span></div></div>
<div class="tweet-content media-body" dir="auto">{text}</div>
<div class="tweet-stats"><span class="tweet-stat"><div class="icon-container"><span class="icon-comment" title=""></span> {stats[n]}</div></span><span class="tweet-stat"><div class="icon-container"><span class="icon-retweet" title=""></span> {int(stats[n]) * 3}</div></span><span class="tweet-stat"><div class="icon-container"><span class="icon-heart" title=""></span> {int(stats[n]) * 11}</div></span></div>
</div>
</div>"""
        )
    write(
        "s03_x_thread_nitter_mirror.html",
        f"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ines Darrow (@inesdarrow): "Spent the morning at the Dornik border crossing. The queue of lorries…" | nitter.example</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Nitter">
<meta property="og:title" content="Ines Darrow (@inesdarrow)">
<meta property="og:description" content="{S03_THREAD[0]}">
<link rel="canonical" href="https://nitter.example/inesdarrow/status/189000412">
</head>
<body>
<nav><div class="inner-nav"><div class="nav-item"><a class="site-name" href="/">nitter</a></div><a href="/"><img class="site-logo" src="/logo.png"></a><div class="nav-item right"><a class="icon-search" href="/search" title="Search"></a><a class="icon-rss" href="/inesdarrow/rss" title="RSS feed"></a><a class="icon-info" href="/about" title="About"></a></div></div></nav>
<div class="container">
<div class="conversation">
<div class="main-thread">{"".join(items)}
</div>
<div class="replies">
<div class="reply thread thread-line"><div class="timeline-item"><div class="tweet-body"><div class="tweet-header"><div class="tweet-name-row"><div class="fullname-and-username"><a class="fullname" href="/selvatrucker">Bogdan Hale</a><a class="username" href="/selvatrucker">@selvatrucker</a></div><span class="tweet-date"><a title="Mar 4, 2025 · 11:02 AM UTC">Mar 4</a></span></div></div>
<div class="replying-to">Replying to <a href="/inesdarrow">@inesdarrow</a></div>
<div class="tweet-content media-body" dir="auto">Can confirm, we have been parked outside Selva since Sunday night with a load of apples.</div>
<div class="tweet-stats"><span class="tweet-stat"><div class="icon-container"><span class="icon-heart"></span> 19</div></span></div></div></div></div>
<div class="reply thread thread-line"><div class="timeline-item"><div class="tweet-body"><div class="tweet-header"><div class="tweet-name-row"><div class="fullname-and-username"><a class="fullname" href="/mkrainer">M. Krainer</a><a class="username" href="/mkrainer">@mkrainer</a></div><span class="tweet-date"><a title="Mar 4, 2025 · 1:40 PM UTC">Mar 4</a></span></div></div>
<div class="replying-to">Replying to <a href="/inesdarrow">@inesdarrow</a></div>
<div class="tweet-content media-body" dir="auto">The same happened at Hollin last year and the second lane took eight months.</div>
</div></div></div>
<div class="show-more"><a href="?cursor=DAAC">Load more</a></div>
</div>
</div>
</div>
</body>
</html>
""",
    )
    answer(
        "s03_x_thread_nitter_mirror.html",
        None,
        "Ines Darrow",
        "Ines Darrow",
        "2025-03-04",
        "metadata",
        list(S03_THREAD),
        ["@inesdarrow", "Bogdan Hale", "parked outside Selva", "Replying to", "Load more",
         "took eight months"],
    )  # fmt: skip


# --- s04: an X thread unrolled by a thread reader and copied as text --------------------------


def s04() -> None:
    posts = [
        "1/ A short thread on what the satellite images of the Harlen reservoir show, since "
        "several accounts are sharing a misleading comparison.",
        "2/ The image from 2 March is taken at low water after the winter drawdown. The one "
        "from 14 March is after the spillway was opened. The level fell by about 3 metres "
        "between them, not the 11 claimed.",
        "3/ The dam's crest and both abutments look intact in the 14 March image. There is new "
        "erosion on the left bank below the spillway, which fits the higher discharge.",
        "4/ None of this rules out damage inside the structure, but the images do not show a "
        "breach. The operator's own gauge data, published daily, agree with them.",
    ]
    write(
        "s04_x_thread_unrolled_copy.txt",
        "\n".join(
            [
                "",
                "Thread Reader App",
                "Help | Log in",
                "Thread by @kovalmarta on Thread Reader App",
                "Marta Koval",
                "@kovalmarta",
                "Open-source imagery analyst. Views my own.",
                "Mar 15, 2025",
                "4 tweets",
                "2 min read",
                "Read on X",
                *posts,
                "• • •",
                "Missing some Tweet in this thread? You can try to force a refresh",
                "Keep Current with Marta Koval",
                "Stay in touch and get notified when new unrolls are available from this author!",
                "This Thread may be Removed Anytime!",
                "Twitter may remove this content at anytime! Save it as PDF for later use!",
                "Save as PDF",
                "More from @kovalmarta",
                "Marta Koval",
                "@kovalmarta",
                "Mar 9",
                "1/ Three things to check before sharing a 'before and after' satellite pair.",
                "",
            ]
        ),
    )
    answer(
        "s04_x_thread_unrolled_copy.txt",
        None,
        "Marta Koval",
        "Marta Koval",
        "2025-03-15",
        "text",
        posts,
        ["@kovalmarta", "Open-source imagery analyst", "4 tweets", "Read on X",
         "Missing some Tweet", "Keep Current with", "Save as PDF", "Three things to check"],
    )  # fmt: skip


# --- s05: a Mastodon post page with replies -------------------------------------------------------


def s05() -> None:
    post = [
        "Our volunteers counted 212 white storks on the Osterwick wet meadows this morning, "
        "the highest spring count since the meadows were rewetted in 2019.",
        "Most arrived in the last four days with the warm southerly wind. Please keep dogs on "
        "leads on the dyke path until the end of April.",
    ]
    write(
        "s05_mastodon_post_with_replies.html",
        f"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Osterwick Bird Watch: "Our volunteers counted 212 white storks on the…" - birds.example.social</title>
<meta content="birds.example.social" property="og:site_name">
<meta content="article" property="og:type">
<meta content="Osterwick Bird Watch (@osterwick@birds.example.social)" property="og:title">
<meta content="https://birds.example.social/@osterwick/113920411" property="og:url">
<meta content="2025-03-18T08:47:10Z" property="og:published_time">
<meta content="{post[0]}" name="description">
</head>
<body class="app-body theme-default">
<div class="app-holder" id="mastodon">
<div class="columns-area__panels">
<div class="navigation-panel"><a href="/explore">Explore</a><a href="/public/local">Live feeds</a><a href="/about">About</a><p>Sign in to follow profiles or hashtags, favourite, share and reply to posts.</p><a class="button" href="/auth/sign_in">Sign in</a><a class="button" href="/auth/sign_up">Create account</a></div>
<div class="columns-area">
<div class="detailed-status__wrapper">
<div class="detailed-status">
<a class="detailed-status__display-name" href="https://birds.example.social/@osterwick"><div class="account__avatar"></div><span class="display-name"><bdi><strong class="display-name__html">Osterwick Bird Watch</strong></bdi> <span class="display-name__account">@osterwick@birds.example.social</span></span></a>
<div class="status__content"><div class="status__content__text status__content__text--visible translate" lang="en">{"".join(f"<p>{p}</p>" for p in post)}</div></div>
<div class="detailed-status__meta"><a class="detailed-status__datetime" href="https://birds.example.social/@osterwick/113920411"><time datetime="2025-03-18T08:47:10.000Z" title="Mar 18, 2025, 08:47">Mar 18, 2025, 08:47</time></a> · <span class="detailed-status__visibility-icon">Public</span> · <a class="detailed-status__application" href="https://joinmastodon.org/apps">Ivory for iOS</a>
<div class="detailed-status__meta__line"><a class="detailed-status__link" href="#"><span class="detailed-status__reblogs"><span>41</span></span> <span>boosts</span></a> · <a class="detailed-status__link" href="#"><span class="detailed-status__favorites"><span>97</span></span> <span>favorites</span></a></div></div>
</div>
<div class="status__action-bar"><button aria-label="Reply">Reply</button><button aria-label="Boost">Boost</button><button aria-label="Favorite">Favorite</button></div>
</div>
<div class="status status-reply"><a class="status__display-name"><span class="display-name"><bdi><strong>Hanne Tebbe</strong></bdi> <span>@hanne@norden.example</span></span></a><a class="status__relative-time"><time datetime="2025-03-18T09:10:00.000Z">Mar 18, 2025</time></a>
<div class="status__content"><div class="status__content__text"><p>Saw at least thirty of them over the ring road at lunchtime yesterday, circling on the thermals.</p></div></div></div>
<div class="status status-reply"><a class="status__display-name"><span class="display-name"><bdi><strong>Piet Aarden</strong></bdi> <span>@piet@birds.example.social</span></span></a><a class="status__relative-time"><time datetime="2025-03-18T10:31:00.000Z">Mar 18, 2025</time></a>
<div class="status__content"><div class="status__content__text"><p>Is the hide on the north dyke open again?</p></div></div></div>
</div>
</div>
</div>
</body>
</html>
""",
    )
    answer(
        "s05_mastodon_post_with_replies.html",
        None,
        "Osterwick Bird Watch",
        None,
        "2025-03-18",
        "metadata",
        post,
        ["@osterwick@birds.example.social", "Ivory for iOS", "boosts", "Sign in to follow",
         "thirty of them over the ring road", "Is the hide on the north dyke open"],
    )  # fmt: skip


# --- s06: a Reddit post with comments (saved page) ----------------------------------------------

S06_BODY = [
    "Since Monday the bus depot on Harbour Road has had three fuel tankers parked inside the "
    "fence, which I have never seen in six years of walking past it every morning.",
    "A driver told me the depot is switching its whole fleet back to diesel for a month "
    "because the new electric buses keep failing in the cold. Has anyone heard anything "
    "official about this?",
    "Edit: the transport authority has now confirmed it on its website, 18 of the 30 electric "
    "buses are off the road until the supplier replaces their battery heaters.",
]


def s06() -> None:
    write(
        "s06_reddit_post_with_comments.html",
        f"""
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Why are there fuel tankers parked at the Harbour Road bus depot? : r/Tolvern</title>
<meta property="og:site_name" content="Reddit">
<meta property="og:title" content="From the Tolvern community on Reddit">
<meta property="og:description" content="Explore this post and more from the Tolvern community">
<link rel="canonical" href="https://www.reddit.com/r/Tolvern/comments/1j4k2x9/why_are_there_fuel_tankers_parked_at_the_harbour/">
</head>
<body>
<reddit-header-large><nav><a href="/" aria-label="Home">reddit</a><faceplate-search-input placeholder="Search in r/Tolvern"></faceplate-search-input><a href="/login">Log In</a><a href="/appstore">Get App</a></nav></reddit-header-large>
<div class="grid-container">
<aside id="left-sidebar"><nav><a href="/">Home</a><a href="/r/popular/">Popular</a><a href="/explore/">Explore</a><a href="/r/all/">All</a></nav><details><summary>RESOURCES</summary><a href="/about">About Reddit</a><a href="/advertise">Advertise</a><a href="/help">Help</a></details></aside>
<main id="main-content">
<shreddit-post author="harbour_walker_88" created-timestamp="2025-03-06T07:52:31.114000+0000" post-title="Why are there fuel tankers parked at the Harbour Road bus depot?" subreddit-prefixed-name="r/Tolvern" comment-count="37" score="214" post-type="text">
<div slot="credit-bar"><span class="flex"><a href="/r/Tolvern/" class="subreddit-name">r/Tolvern</a> <span>•</span> <faceplate-timeago ts="2025-03-06T07:52:31.114Z"><time datetime="2025-03-06T07:52:31.114Z" title="Thursday, 6 March 2025 at 07:52:31 GMT">3 days ago</time></faceplate-timeago></span><span class="author-name"><a href="/user/harbour_walker_88/">harbour_walker_88</a></span></div>
<h1 slot="title" id="post-title-t3_1j4k2x9">Why are there fuel tankers parked at the Harbour Road bus depot?</h1>
<shreddit-post-flair><a href="/r/Tolvern/?f=flair_name%3A%22Question%22">Question</a></shreddit-post-flair>
<div slot="text-body"><div class="md text-14" id="t3_1j4k2x9-post-rtjson-content">{"".join(f"<p>{p}</p>" for p in S06_BODY)}</div></div>
<span slot="vote-button"><button>Upvote</button><faceplate-number number="214">214</faceplate-number><button>Downvote</button></span>
<span slot="comment-count"><faceplate-number number="37">37</faceplate-number> comments</span><button>Share</button>
</shreddit-post>
<shreddit-comment-tree>
<shreddit-comment author="tolvern_transit" depth="0"><div slot="commentMeta"><a href="/user/tolvern_transit/">tolvern_transit</a> <span>•</span> <time datetime="2025-03-06T08:30:02Z">3d ago</time></div>
<div slot="comment"><p>The heaters on the Series 2 buses have been a problem since December, the drivers' union raised it at the January board meeting.</p></div><div>Reply Share 58</div></shreddit-comment>
<shreddit-comment author="mossbank" depth="1"><div slot="commentMeta"><a href="/user/mossbank/">mossbank</a> <span>•</span> <time datetime="2025-03-06T09:14:40Z">3d ago</time></div>
<div slot="comment"><p>So much for the zero-emission fleet by 2026.</p></div><div>Reply Share 21</div></shreddit-comment>
</shreddit-comment-tree>
<faceplate-partial><button>View more comments</button></faceplate-partial>
</main>
<aside id="right-sidebar"><h2>r/Tolvern</h2><p>News, questions and events for the city of Tolvern and the surrounding district.</p><span>41K Members</span><span>87 Online</span><h3>Community Bookmarks</h3><a>Wiki</a><a>Rules</a></aside>
</div>
<footer>Reddit, Inc. © 2025. All rights reserved.</footer>
</body>
</html>
""",
    )
    answer(
        "s06_reddit_post_with_comments.html",
        "Why are there fuel tankers parked at the Harbour Road bus depot?",
        "r/Tolvern",
        "harbour_walker_88",
        "2025-03-06",
        "metadata",
        list(S06_BODY),
        ["3 days ago", "Question", "Upvote", "37 comments", "heaters on the Series 2",
         "zero-emission fleet by 2026", "41K Members", "View more comments", "Reddit, Inc."],
    )  # fmt: skip


# --- s07: a Reddit post copied as text (relative time only) -----------------------------------


def s07() -> None:
    body = [
        "There has been a strong smell of gas around the old tannery on Fenner Street since "
        "about 8pm. Two fire engines and a gas company van are there now and the street is "
        "taped off from the bridge to the church.",
        "Neighbours on our side were told to keep windows shut but nobody has been moved out "
        "yet. Will update if we hear more.",
    ]
    write(
        "s07_reddit_post_copy.txt",
        "\n".join(
            [
                "",
                "Skip to main content",
                "r/Brackwell",
                "Search in r/Brackwell",
                "Log In",
                "r/Brackwell",
                "•",
                "5 hr. ago",
                "quiet_kettle",
                "Strong smell of gas on Fenner Street, fire brigade on scene",
                "Local news",
                *body,
                "Upvote",
                "96",
                "Downvote",
                "23",
                "Go to comments",
                "Share",
                "Join the conversation",
                "Sort by:",
                "Best",
                "Search Comments",
                "fenner_resident",
                "•",
                "4h ago",
                "Gas company just left, they say a valve in the cellar was left open.",
                "Reply",
                "Share",
                "31",
                "r/Brackwell",
                "Join",
                "Brackwell and district: news, events and questions.",
                "8.3K Members",
                "Reddit Rules",
                "Privacy Policy",
                "Reddit, Inc. © 2025. All rights reserved.",
                "",
            ]
        ),
    )
    answer(
        "s07_reddit_post_copy.txt",
        "Strong smell of gas on Fenner Street, fire brigade on scene",
        "r/Brackwell",
        "quiet_kettle",
        None,
        None,
        body,
        ["5 hr. ago", "Local news", "Upvote", "Go to comments", "Join the conversation",
         "valve in the cellar", "8.3K Members", "Reddit Rules"],
    )  # fmt: skip


# --- s08: a YouTube watch page (saved) ------------------------------------------------------------

S08_DESC = [
    "The Ostra river at Kellhaven rose to 6.84 metres on Saturday night, the highest level "
    "since gauges were installed in 1962. We filmed the embankment at Mill Quay from first "
    "light on Sunday.",
    "The city has opened two emergency shelters, at the Kellhaven sports hall and at St "
    "Agnes school. Residents of the lower town can call 0800 417 210 for sandbags.",
]


def s08() -> None:
    write(
        "s08_youtube_watch_description.html",
        f"""
<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Ostra river breaks 1962 record at Kellhaven - YouTube</title>
<meta name="title" content="Ostra river breaks 1962 record at Kellhaven">
<meta property="og:site_name" content="YouTube">
<meta property="og:title" content="Ostra river breaks 1962 record at Kellhaven">
<meta property="og:type" content="video.other">
<meta property="og:url" content="https://www.youtube.com/watch?v=q8Zr2LkT0aE">
<meta name="description" content="The Ostra river at Kellhaven rose to 6.84 metres on Saturday night...">
<link rel="canonical" href="https://www.youtube.com/watch?v=q8Zr2LkT0aE">
<link itemprop="name" content="Kellhaven Local TV">
</head>
<body>
<div id="masthead"><a id="logo" href="/">YouTube</a><input id="search" placeholder="Search"><a href="/signin">Sign in</a></div>
<div id="guide"><a href="/">Home</a><a href="/shorts">Shorts</a><a href="/feed/subscriptions">Subscriptions</a></div>
<div id="columns">
<div id="primary">
<div id="player"><div class="ytp-chrome-bottom"><span class="ytp-time-current">0:00</span> / <span class="ytp-time-duration">7:42</span></div></div>
<div itemscope itemtype="http://schema.org/VideoObject" id="watch7-content">
<meta itemprop="name" content="Ostra river breaks 1962 record at Kellhaven">
<meta itemprop="uploadDate" content="2025-03-09T06:15:00-07:00">
<meta itemprop="datePublished" content="2025-03-09T06:15:00-07:00">
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="url" href="https://www.youtube.com/@kellhaventv"><link itemprop="name" content="Kellhaven Local TV"></span>
</div>
<div id="above-the-fold">
<div id="title"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string>Ostra river breaks 1962 record at Kellhaven</yt-formatted-string></h1></div>
<div id="top-row"><div id="owner"><a class="yt-simple-endpoint" href="/@kellhaventv"><yt-formatted-string id="channel-name">Kellhaven Local TV</yt-formatted-string></a><yt-formatted-string id="owner-sub-count">38.2K subscribers</yt-formatted-string><button>Subscribe</button></div>
<div id="actions"><button>1.4K</button><button>Share</button><button>Download</button><button>Clip</button></div></div>
<div id="description">
<div id="info-container"><yt-formatted-string id="info"><span>52,318 views</span> <span>9 Mar 2025</span> <a href="/hashtag/kellhaven">#Kellhaven</a> <a href="/hashtag/flood">#flood</a></yt-formatted-string></div>
<div id="description-inline-expander"><yt-attributed-string>{"".join(f"<span>{p}</span><br><br>" for p in S08_DESC)}<span>Chapters:</span><br><span><a href="/watch?v=q8Zr2LkT0aE&amp;t=0s">0:00</a> Mill Quay at dawn</span><br><span><a href="/watch?v=q8Zr2LkT0aE&amp;t=95s">1:35</a> Sandbag line on Ferry Lane</span><br><span><a href="/watch?v=q8Zr2LkT0aE&amp;t=260s">4:20</a> Interview with the harbour master</span><br><br><span>Subscribe for more local news: https://www.youtube.com/@kellhaventv?sub_confirmation=1</span></yt-attributed-string><tp-yt-paper-button id="collapse">Show less</tp-yt-paper-button></div>
<div id="structured-description"><h2>Transcript</h2><p>Follow along using the transcript.</p><button>Show transcript</button></div>
</div>
</div>
<div id="comments"><h2 id="count"><span>214</span> Comments</h2><div class="comment"><a id="author-text">@ferrylane_anna</a><span class="published-time-text">1 day ago</span><yt-formatted-string id="content-text">Our cellar has a metre of water in it, never seen anything like it.</yt-formatted-string></div></div>
</div>
<div id="secondary"><div class="compact-video"><span id="video-title">Kellhaven harbour wall repairs explained</span><span class="channel">Kellhaven Local TV</span><span>12K views</span><span>2 months ago</span></div></div>
</div>
</body>
</html>
""",
    )
    answer(
        "s08_youtube_watch_description.html",
        "Ostra river breaks 1962 record at Kellhaven",
        "Kellhaven Local TV",
        None,
        "2025-03-09",
        "metadata",
        list(S08_DESC),
        ["38.2K subscribers", "52,318 views", "Mill Quay at dawn", "Subscribe for more local news",
         "Show transcript", "214", "metre of water in it", "harbour wall repairs explained"],
    )  # fmt: skip


# --- s09: a YouTube watch page copied as text ---------------------------------------------------


def s09() -> None:
    desc = [
        "Members of the Dunmore regional assembly voted 31 to 24 on Thursday to close the "
        "Brae Hill coal-fired power station by 2029, three years earlier than the operator "
        "had planned.",
        "We spoke to workers at the plant gate and to the assembly's energy committee chair, "
        "who says the 410 jobs will be covered by a retraining fund.",
    ]
    write(
        "s09_youtube_watch_copy.txt",
        "\n".join(
            [
                "",
                "Skip navigation",
                "Search",
                "Sign in",
                "Assembly votes to close Brae Hill power station by 2029",
                "North Coast News",
                "112K subscribers",
                "Subscribe",
                "842",
                "Share",
                "Download",
                "Clip",
                "Save",
                "21,904 views  13 Mar 2025",
                desc[0],
                "",
                desc[1],
                "",
                "00:00 At the plant gate",
                "02:47 The vote",
                "05:10 What happens to the jobs",
                "",
                "Follow us on Instagram: @northcoastnews",
                "Show less",
                "Transcript",
                "Follow along using the transcript.",
                "Show transcript",
                "North Coast News",
                "112K subscribers",
                "Videos",
                "About",
                "137 Comments",
                "Sort by",
                "@gatewatcher",
                "2 days ago",
                "Closing it early without a new grid link is madness.",
                "Reply",
                "Brae Hill: the last coal plant in the north",
                "North Coast News",
                "48K views  1 year ago",
                "",
            ]
        ),
    )
    answer(
        "s09_youtube_watch_copy.txt",
        "Assembly votes to close Brae Hill power station by 2029",
        "North Coast News",
        None,
        "2025-03-13",
        "text",
        desc,
        ["112K subscribers", "21,904 views", "At the plant gate", "Follow us on Instagram",
         "Show transcript", "137 Comments", "without a new grid link", "the last coal plant"],
    )  # fmt: skip


# --- s10: a Facebook page's post (logged-out web view) -----------------------------------------


def s10() -> None:
    body = [
        "From Monday 17 March our emergency department will move temporarily to the former "
        "outpatients building on Cedar Road while the main entrance is rebuilt.",
        "Ambulances will use the Cedar Road gate. The maternity unit, the children's ward and "
        "all clinics stay where they are. The work is expected to take eleven weeks.",
    ]
    write(
        "s10_facebook_page_post.html",
        f"""
<!DOCTYPE html>
<html lang="en" id="facebook">
<head>
<meta charset="utf-8">
<title>Harlow Vale General Hospital - From Monday 17 March our emergency department will... | Facebook</title>
<meta property="og:site_name" content="Facebook">
<meta property="og:title" content="Harlow Vale General Hospital">
<meta property="og:description" content="From Monday 17 March our emergency department will move temporarily to the former outpatients building on Cedar Road...">
<meta property="og:url" content="https://www.facebook.com/HarlowValeGeneral/posts/pfbid02xQk">
<link rel="canonical" href="https://www.facebook.com/HarlowValeGeneral/posts/pfbid02xQk">
</head>
<body class="_6s5d _71pn">
<div role="banner"><a aria-label="Facebook" href="/">facebook</a><input placeholder="Email or phone"><input placeholder="Password"><a>Log In</a><a>Forgot Account?</a></div>
<div role="main">
<div role="article" aria-posinset="1">
<div class="x1cy8zhl"><h2 class="x1heor9g"><span><a href="https://www.facebook.com/HarlowValeGeneral"><strong><span>Harlow Vale General Hospital</span></strong></a></span></h2>
<span class="x4k7w5x"><a href="https://www.facebook.com/HarlowValeGeneral/posts/pfbid02xQk" aria-label="11 March at 16:05"><abbr data-utime="1741709100" title="Tuesday 11 March 2025 at 16:05"><span>11 March at 16:05</span></abbr></a> · <span title="Shared with Public">Public</span></span></div>
<div data-ad-preview="message" class="xdj266r">{"".join(f'<div dir="auto">{p}</div>' for p in body)}</div>
<div class="x168nmei"><span aria-label="See who reacted to this">1.1K</span><span>236 comments</span><span>412 shares</span></div>
<div class="x9f619"><div role="button">Like</div><div role="button">Comment</div><div role="button">Share</div></div>
<div class="comments"><ul><li><div role="article" aria-label="Comment by Dora Selby"><a>Dora Selby</a><div dir="auto">Will there be parking at Cedar Road?</div><span>3d</span><a>Like</a><a>Reply</a></div></li></ul><span>View more comments</span></div>
</div>
</div>
<div class="login-prompt"><span>See more from Harlow Vale General Hospital on Facebook</span><a>Log In</a><span>or</span><a>Create new account</a></div>
</body>
</html>
""",
    )
    answer(
        "s10_facebook_page_post.html",
        None,
        "Harlow Vale General Hospital",
        None,
        "2025-03-11",
        "metadata",
        body,
        ["1.1K", "236 comments", "Shared with Public", "parking at Cedar Road",
         "See more from Harlow Vale", "Create new account", "Forgot Account?"],
    )  # fmt: skip


# --- s11: a VKontakte community's wall post (Russian interface) --------------------------------


def s11() -> None:
    body = [
        "Сегодня с 10:00 до 16:00 в Доме культуры на Заводской улице работает пункт приёма "
        "гуманитарной помощи для семей, пострадавших от паводка в Нижнем Посаде.",
        "Принимаем питьевую воду, средства гигиены, детское питание и тёплые вещи. За две "
        "недели волонтёры отправили 37 машин с помощью.",
    ]
    write(
        "s11_vk_wall_post.html",
        f"""
<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Волонтёры Заречья | ВКонтакте</title>
<meta property="og:site_name" content="VK">
<meta property="og:title" content="Волонтёры Заречья">
<meta property="og:description" content="Сегодня с 10:00 до 16:00 в Доме культуры...">
<link rel="canonical" href="https://vk.com/wall-20418877_4123">
</head>
<body class="is_rtl1 vk_body">
<div id="page_header"><a class="top_home_link" href="/">ВКонтакте</a><input class="ts_input" placeholder="Поиск"><a class="top_nav_btn">Войти</a></div>
<div id="page_layout">
<div id="side_bar"><a href="/feed">Новости</a><a href="/groups">Сообщества</a></div>
<div id="page_body">
<div class="wall_module">
<div class="_post post page_block" id="post-20418877_4123" data-post-id="-20418877_4123">
<div class="post_header"><a class="post_image" href="/zarechye_volunteers"><img class="post_img" alt="Волонтёры Заречья"></a>
<div class="post_header_info"><h5 class="post_author"><a class="author" href="/zarechye_volunteers">Волонтёры Заречья</a></h5>
<div class="post_date"><a class="post_link" href="/wall-20418877_4123"><span class="rel_date">14 мар 2025 в 9:40</span></a></div></div></div>
<div class="post_content"><div class="wall_post_cont"><div class="wall_post_text">{"<br><br>".join(body)}</div></div></div>
<div class="post_footer"><div class="like_wrap"><span class="like_button_count">318</span><span class="like_button_label">Нравится</span><span class="comment_button_count">12</span><span class="share_button_count">57</span><span class="like_views">8,4K</span></div></div>
<div class="replies"><div class="reply"><a class="author">Марина Ковалёва</a><div class="wall_reply_text">Подскажите, а постельное бельё принимаете?</div><div class="reply_date">14 мар 2025 в 10:12</div><a>Ответить</a></div></div>
</div>
</div>
</div>
</div>
<div id="footer_wrap">ВКонтакте © 2006–2025 · О ВКонтакте · Правила · Реклама</div>
</body>
</html>
""",
    )
    answer(
        "s11_vk_wall_post.html",
        None,
        "Волонтёры Заречья",
        None,
        "2025-03-14",
        "text",
        body,
        ["Нравится", "8,4K", "постельное бельё", "Ответить", "О ВКонтакте", "Войти"],
    )  # fmt: skip


# --- s12: a Substack note -------------------------------------------------------------------------


def s12() -> None:
    body = [
        "Three county councils in the south-west have now paused their contracts with the "
        "same home-care agency after inspectors found missed visits in 40 per cent of the "
        "records they checked.",
        "I have asked all three for the inspection reports and will publish what comes back. "
        "If you work in home care in the region and want to talk, my messages are open.",
    ]
    write(
        "s12_substack_note.html",
        f"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ada Brenner (@adabrenner) on Substack</title>
<meta property="og:site_name" content="Substack">
<meta property="og:title" content="Ada Brenner (@adabrenner) on Substack">
<meta property="og:description" content="{body[0]}">
<meta property="og:url" content="https://substack.com/@adabrenner/note/c-98214471">
<link rel="canonical" href="https://substack.com/@adabrenner/note/c-98214471">
</head>
<body>
<div class="topbar"><a href="https://substack.com" aria-label="Substack">Substack</a><a href="/home">Home</a><a href="/notes">Notes</a><a href="/sign-in">Sign in</a><a class="button primary" href="/sign-up">Create account</a></div>
<div class="reader2-page">
<div class="feedItem note">
<div class="feed-item-header"><a class="profile-hover-card-target" href="https://substack.com/@adabrenner"><div class="user-avatar"></div><span class="name">Ada Brenner</span></a><span class="handle">@adabrenner</span><a class="date" href="https://substack.com/@adabrenner/note/c-98214471"><time datetime="2025-03-12T17:26:04.000Z" title="Mar 12, 2025, 5:26 PM">Mar 12</time></a></div>
<div class="feed-item-body">{"".join(f"<p>{p}</p>" for p in body)}</div>
<div class="feed-item-actions"><button aria-label="Like">Like <span>212</span></button><button aria-label="Comment">Comment <span>18</span></button><button aria-label="Restack">Restack <span>44</span></button></div>
<div class="publication-attribution"><span>Writes</span> <a href="https://southwestcare.substack.com">The Care Ledger</a> <button>Subscribe</button></div>
</div>
<div class="comments"><div class="comment"><a class="name">Glen Moyle</a><span class="date">Mar 12</span><p>The same agency runs the contract in our county too.</p></div></div>
</div>
<div class="footer">© 2025 Substack Inc · Privacy ∙ Terms ∙ Collection notice</div>
</body>
</html>
""",
    )
    answer(
        "s12_substack_note.html",
        None,
        "Ada Brenner",
        "Ada Brenner",
        "2025-03-12",
        "metadata",
        body,
        ["@adabrenner", "Restack", "Writes", "The Care Ledger", "same agency runs the contract",
         "Create account", "Substack Inc"],
    )  # fmt: skip


def main() -> None:
    for build in (s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12):
        build()
    write_answers(OUT, ANSWERS)


if __name__ == "__main__":
    main()
