"""Round 23: pages OSINT analysts save from messaging and collaboration tools (Telegram
exports and post pages, Mastodon and Reddit pages, Google Docs, Notion and Confluence
exports, a platform's newsletter e-mail, a README write-up, a PDF brief copied as text)."""

from __future__ import annotations

from datetime import date

from desktop.ingest import read_bytes
from desktop.ingest.assemble import _names_account
from desktop.ingest.furniture import text_key

FORWARDED_EXPORT = """\
<html><head><meta charset="utf-8"/><title>Exported Data</title></head><body>
<div class="page_wrap"><div class="page_header"><div class="content">
<div class="text bold">Harbour News Digest</div></div></div>
<div class="page_body chat_page"><div class="history">
<div class="message service" id="message-1"><div class="body details">4 May 2025</div></div>
<div class="message default clearfix" id="message88"><div class="body">
<div class="pull_right date details" title="04.05.2025 09:00:01 UTC+02:00">09:00</div>
<div class="from_name">Harbour News Digest</div>
<div class="forwarded body">
<div class="from_name">Lenfield Port Authority <span class="date details"
 title="02.05.2025 18:30:00 UTC+02:00"> 02.05.2025 18:30:00</span></div>
<div class="text">The northern quay of Lenfield port reopened on Friday after divers finished
checking the berths for damage from the storm.<br><br>Ships waiting at anchor will be brought in
by order of arrival over the next two days.</div>
</div></div></div></div></div></div></body></html>
"""


def test_a_forwarded_post_is_the_forwarded_channels_and_dated_by_it() -> None:
    article = read_bytes(FORWARDED_EXPORT.encode(), "messages.html")
    assert article.source == "Lenfield Port Authority"
    assert article.title is None
    assert article.published == date(2025, 5, 2)
    assert article.text.startswith("The northern quay of Lenfield port reopened")
    assert "Harbour News Digest" not in article.text


def test_a_post_forwarded_among_others_leaves_the_channel_the_account() -> None:
    # Two forwarded posts on one page are a channel's run of posts, not one provider's copy.
    body = FORWARDED_EXPORT.split('<div class="forwarded body">', 1)[1].split("</div></div></div>")[
        0
    ]
    twice = FORWARDED_EXPORT.replace(
        "</div></div></div></div></div></body>",
        f'</div></div><div class="message default" id="message89"><div class="body">'
        f'<div class="from_name">Harbour News Digest</div><div class="forwarded body">{body}'
        "</div></div></div></div></div></div></body>",
    )
    article = read_bytes(twice.encode(), "messages.html")
    assert article.source == "Harbour News Digest"


MASTODON = """\
<html lang="en"><head><meta charset="utf-8">
<title>Ada Brenner: "Road closed" - wend.social</title>
<meta content="Ada Brenner (@adab@wend.social)" property="og:title">
<meta content="Mastodon" property="og:site_name">
</head><body>
<div class="detailed-status"><a class="detailed-status__display-name" href="/@adab">
<strong class="display-name__html">Ada Brenner</strong><span>@adab@wend.social</span></a>
<div class="status__content"><p>The Tarn road is closed at the quarry because a lorry has shed
its load of gravel across both lanes.</p><p>Police expect it to reopen by the evening rush hour,
and buses are being sent through Holm.</p></div>
<div><a href="/@adab/1"><time datetime="2025-04-02T07:10:00.000Z">Apr 2, 2025, 07:10</time></a></div>
<div>12 boosts · 4 favorites</div></div>
<div class="status"><strong>Tom Aske</strong> <span>@tomaske@fen.example</span>
<p>Thanks Ada, the school bus is late as well because of this closure today.</p></div>
</body></html>
"""


def test_a_mastodon_servers_page_names_the_person_without_the_handle() -> None:
    article = read_bytes(MASTODON.encode(), "status.html")
    assert article.source == "Ada Brenner"
    assert article.author == "Ada Brenner"
    assert article.text.startswith("The Tarn road is closed")
    assert "school bus" not in article.text


def test_a_name_with_the_federated_handle_run_on_names_the_account() -> None:
    assert _names_account("Ines Varga@ivarga@social.example", text_key("Ines Varga"))
    assert not _names_account("Tom Aske@tomaske@fen.example", text_key("Ines Varga"))


NEW_REDDIT = """\
<html lang="en"><head><meta charset="utf-8"><title>Bridge shut : r/Tolvern</title>
<link rel="canonical" href="https://www.reddit.com/r/Tolvern/comments/abc123/bridge_shut/">
</head><body><main>
<shreddit-post post-title="Bridge shut" author="quay_walker">
<h1 slot="title">Bridge shut on Harbour Road since this morning, anyone know why?</h1>
<div slot="text-body"><p>The Harbour Road bridge has been closed to all traffic since seven this
morning, and there are two police cars parked at the northern end of it.</p>
<p>Buses are being sent the long way round through the industrial estate instead.</p></div>
</shreddit-post>
<shreddit-comment-tree><shreddit-comment author="gull"><div slot="comment"><p>My cousin works for
the council and says an inspection found a crack in one of the main supports.</p></div>
</shreddit-comment></shreddit-comment-tree>
</main></body></html>
"""


def test_a_comment_thread_named_by_its_own_tag_is_furniture() -> None:
    article = read_bytes(NEW_REDDIT.encode(), "thread.html")
    assert article.source == "r/Tolvern"
    assert article.text.startswith("The Harbour Road bridge has been closed")
    assert article.text.endswith("through the industrial estate instead.")
    assert "crack in one of the main supports" not in article.text
    assert any(b.reason == "comment thread" and not b.kept for b in article.blocks)


OLD_REDDIT = """\
<html lang="en"><head><title>Checkpoint moved north : BorderWatch</title>
<meta property="og:site_name" content="reddit">
<meta property="og:title" content="r/BorderWatch - Checkpoint moved north overnight">
</head><body>
<div class="thing link" data-author="larch_lens" data-subreddit-prefixed="r/BorderWatch">
<p class="title"><a href="/r/BorderWatch/comments/x1/checkpoint/">Checkpoint moved north
overnight</a></p><p class="tagline">submitted by <a href="/user/larch_lens">larch_lens</a></p>
<div class="md"><p>The checkpoint on the Aldmoor road is now at the Brask turn-off, two kilometres
further north than it stood last week, with concrete blocks across one lane.</p></div></div>
<div class="thing comment" data-author="moss_maps"><p class="tagline"><a class="author">moss_maps</a>
</p><div class="md"><p>Matches the satellite pass from yesterday afternoon.</p></div></div>
</body></html>
"""


def test_a_posts_own_data_attributes_name_its_community_and_poster() -> None:
    article = read_bytes(OLD_REDDIT.encode(), "thread.html")
    assert article.source == "r/BorderWatch"
    assert article.author == "larch_lens"
    assert article.title == "Checkpoint moved north overnight"


CONFLUENCE = """\
<html><head><title>Field Team : Weekly note - river levels</title></head><body>
<div id="breadcrumb-section"><ol id="breadcrumbs"><li><a href="index.html">Field Team</a></li>
</ol></div>
<h1 id="title-heading"><span id="title-text">Field Team : Weekly note - river levels</span></h1>
<div id="main-content" class="wiki-content"><p>The river at the Holm gauge fell by forty
centimetres this week after three dry days, and the flood warning was lifted on Thursday.</p>
<p>We will keep checking the gauge daily until the end of the month.</p></div>
</body></html>
"""


def test_a_wikis_page_title_leaves_out_its_spaces_name() -> None:
    article = read_bytes(CONFLUENCE.encode(), "page.html")
    assert article.source == "Field Team"
    assert article.title == "Weekly note - river levels"


def test_a_headline_with_a_spaced_colon_keeps_it_when_no_source_leads_it() -> None:
    page = CONFLUENCE.replace("Field Team : Weekly", "Update : Weekly")
    article = read_bytes(page.encode(), "page.html")
    assert article.title is not None and article.title.startswith("Update : ")
