"""Round 36 rules (dev30: pages saved whole, PDF copies, a list digest, UTF-16, dates in a
file's name written day first), each from sentences written for these tests."""

from __future__ import annotations

from datetime import date

from desktop.ingest import read_bytes
from desktop.ingest.assemble import PARTIAL_PREVIEW_WARNING, PARTIAL_TEXT_WARNING, PARTIAL_WARNINGS

LEDE = (
    "The Moss Lane footbridge will stay shut for another month after inspectors found rust in "
    "two of its main beams, the borough council said."
)
SECOND = "Walkers are asked to use the level crossing at Hough End until the repairs are done."


def copy(*lines: str) -> bytes:
    return ("\n\n".join(lines) + "\n").encode()


STORY = copy("Moss Lane footbridge stays shut", LEDE, SECOND)


# --- a date in the file's name written day first ----------------------------------------------


def test_a_day_first_date_in_the_file_name_dates_a_story_that_gives_none() -> None:
    for name in ("13-01-2025_footbridge.txt", "footbridge 13_01_2025.md", "13.01.2025.txt"):
        raw = read_bytes(STORY, name)
        assert raw.published == date(2025, 1, 13), name
        assert raw.published_origin == "metadata"
        assert "file's name" in raw.field_origins["published"]


def test_a_dotted_date_in_the_file_name_is_day_first_even_when_it_could_swap() -> None:
    assert read_bytes(STORY, "05.03.2025_footbridge.txt").published == date(2025, 3, 5)


def test_a_month_first_date_that_cannot_swap_is_read_month_first() -> None:
    assert read_bytes(STORY, "01-13-2025_footbridge.txt").published == date(2025, 1, 13)


def test_a_swappable_date_in_the_file_name_is_not_guessed() -> None:
    # 05-03-2025 is 5 March or 3 May: the story says nothing of the order.
    assert read_bytes(STORY, "05-03-2025_footbridge.txt").published is None


def test_the_story_own_words_settle_a_swappable_name() -> None:
    british = copy(
        "Moss Lane footbridge stays shut",
        LEDE,
        "The bridge was last painted on 14 June 2019, the council said.",
        SECOND,
    )
    assert read_bytes(british, "05-03-2025_footbridge.txt").published == date(2025, 3, 5)
    american = copy(
        "Moss Lane footbridge stays shut",
        LEDE,
        "The bridge was last painted on June 14, 2019, the council said.",
        SECOND,
    )
    assert read_bytes(american, "05-03-2025_footbridge.txt").published == date(2025, 5, 3)


def test_no_date_from_an_impossible_or_future_day_first_name() -> None:
    assert read_bytes(STORY, "31-02-2025_footbridge.txt").published is None
    assert read_bytes(STORY, "13-13-2025_footbridge.txt").published is None
    late = read_bytes(STORY, "13-01-2025_bridge.txt", reference=(date(2025, 1, 2), "the file"))
    assert late.published is None


def test_a_version_number_is_no_date() -> None:
    assert read_bytes(STORY, "footbridge_v1.2.2025.txt").published is None


# --- a date in the page's address written in one part of the path -----------------------------


def _page_at(address: str, shown: str = "") -> bytes:
    return (
        "<html lang='en'><head><meta charset='utf-8'>"
        f"<link rel='canonical' href='{address}'></head><body><article>"
        f"<h1>Moss Lane footbridge stays shut</h1>{shown}<p>{LEDE}</p><p>{SECOND}</p>"
        "</article></body></html>"
    ).encode()


def test_a_compact_day_in_the_address_dates_the_page() -> None:
    for address in (
        "https://bridges.example/news/local/20250214/moss-lane-footbridge/",
        "https://bridges.example/news/2025-02-14-moss-lane-footbridge",
        "https://bridges.example/news/20250214_moss-lane",
    ):
        raw = read_bytes(_page_at(address), "page.html")
        assert raw.published == date(2025, 2, 14), address
        assert raw.published_origin == "metadata"
        assert raw.field_origins["published"] == "date in the web address"


def test_a_number_that_is_no_day_in_the_address_dates_nothing() -> None:
    for address in (
        "https://bridges.example/news/20251399/moss-lane/",  # no 13th month
        "https://bridges.example/news/story-120250214/",  # an id running into digits
        "https://bridges.example/news/2025021400/moss-lane/",
    ):
        assert read_bytes(_page_at(address), "page.html").published is None, address


def test_today_in_the_page_header_does_not_outrank_the_address() -> None:
    header = "<div class='today'>Friday, 21 February 2025</div>"
    raw = read_bytes(
        _page_at("https://bridges.example/news/20250214/moss-lane/", header), "page.html"
    )
    assert raw.published == date(2025, 2, 14)


# --- a paged copy's running head repeated under each page's foot ------------------------------


def test_the_running_head_under_a_page_foot_is_set_aside() -> None:
    text = (
        "THE HOUGH END REVIEW                                         NEWS\n"
        "Moss Lane footbridge stays shut\n"
        "By Orla Quinn\n"
        "Published 14 February 2025\n"
        "The Moss Lane footbridge will stay shut for another month after inspectors found\n"
        "rust in two of its main beams, the borough council said.\n"
        "houghendreview.example/news/moss-lane                              Page 1 of 2\n"
        "THE HOUGH END REVIEW                                         NEWS\n"
        "Walkers are asked to use the level crossing at Hough End until the repairs are\n"
        "done, and the council will publish a date for the reopening next week.\n"
        "houghendreview.example/news/moss-lane                              Page 2 of 2\n"
    )
    raw = read_bytes(text.encode(), "copy.txt")
    assert "REVIEW" not in raw.text
    assert raw.text.rstrip().endswith("the reopening next week.")
    assert "Walkers are asked" in raw.text
    assert (raw.source or "").casefold() == "the hough end review"


def test_a_subheading_opening_the_next_page_stays() -> None:
    # Only the document's own first line comes back as a running head; a subheading that
    # opens the next page is the story's.
    text = (
        "THE HOUGH END REVIEW                                         NEWS\n"
        "Moss Lane footbridge stays shut\n"
        "By Orla Quinn\n"
        "Published 14 February 2025\n"
        "The Moss Lane footbridge will stay shut for another month after inspectors found\n"
        "rust in two of its main beams, the borough council said.\n"
        "houghendreview.example/news/moss-lane                              Page 1 of 2\n"
        "What walkers should do\n"
        "Walkers are asked to use the level crossing at Hough End until the repairs are\n"
        "done, and the council will publish a date for the reopening next week.\n"
        "houghendreview.example/news/moss-lane                              Page 2 of 2\n"
    )
    raw = read_bytes(text.encode(), "copy.txt")
    assert "What walkers should do" in raw.text
    assert "REVIEW" not in raw.text


# --- a live blog shown newest first -------------------------------------------------------------

ENTRIES = [
    ("14 February 2025, 18:10", "Footbridge contractor named",
     "The council has named Pennine Steelworks as the contractor for the repairs, which are "
     "expected to start on Monday morning."),
    ("14 February 2025, 09:30", "Inspectors' report published",
     "The inspectors' report says two of the four main beams have lost a fifth of their "
     "thickness to rust since the last survey."),
    ("13 February 2025, 16:45", "Bridge closed this afternoon",
     "Police closed the Moss Lane footbridge at 4pm after the borough council received the "
     "findings of the emergency inspection."),
]  # fmt: skip


def _live_page(entries: list[tuple[str, str, str]], credit: str = "") -> bytes:
    feed = "".join(
        f"<article class='entry'><p class='entry-time'><time>{stamp}</time></p>"
        f"<h2>{heading}</h2><p>{text}</p><button>Copy link</button></article>"
        for stamp, heading, text in entries
    )
    boxed = "".join(f"<li><a>{heading}</a></li>" for _, heading, _ in entries[:2])
    return (
        "<html lang='en-GB'><head><meta charset='utf-8'></head><body><main>"
        "<div class='live-header'><h1>LIVE: Moss Lane footbridge closed</h1>"
        f"<p class='live-authors'>{credit}</p>"
        f"<div class='key-events'><h2>Key events</h2><ul>{boxed}</ul></div></div>"
        f"<div class='live-feed'>{feed}</div><button>Load more</button></main></body></html>"
    ).encode()


def test_a_live_blog_newest_first_is_dated_by_its_first_entry() -> None:
    raw = read_bytes(_live_page(ENTRIES), "live.html")
    assert raw.published == date(2025, 2, 13)
    assert raw.published_origin == "text"
    assert "first entry" in raw.field_origins["published"]


def test_a_live_blog_oldest_first_is_dated_by_its_first_entry_too() -> None:
    raw = read_bytes(_live_page(ENTRIES[::-1]), "live.html")
    assert raw.published == date(2025, 2, 13)


def test_the_newest_entry_heading_is_kept_though_key_events_lists_it() -> None:
    raw = read_bytes(_live_page(ENTRIES), "live.html")
    # Round 49: the entry's stamp is its entry's, between its heading and its text.
    assert raw.text.startswith(
        "Footbridge contractor named\n14 February 2025, 18:10\nThe council has named"
    )
    assert raw.text.count("Inspectors' report published") == 1
    assert "Key events" not in raw.text


def test_a_live_credit_label_is_no_part_of_the_names() -> None:
    raw = read_bytes(_live_page(ENTRIES, "Reporting by Orla Quinn and Dev Patel"), "live.html")
    assert raw.author is not None
    assert "Reporting" not in raw.author
    assert "Orla Quinn" in raw.author and "Dev Patel" in raw.author


def test_entries_of_one_day_leave_the_date_to_the_other_rules() -> None:
    same_day = [(stamp.replace("13 February", "14 February"), h, t) for stamp, h, t in ENTRIES]
    raw = read_bytes(_live_page(same_day), "live.html")
    assert raw.published == date(2025, 2, 14)
    assert "first entry" not in raw.field_origins["published"]


def test_dated_comments_under_a_story_do_not_date_it() -> None:
    comments = "".join(
        f"<div class='comment'><p class='comment-time'>{stamp}</p><p>Great news for walkers.</p>"
        "</div>"
        for stamp in (
            "16 February 2025, 10:02",
            "15 February 2025, 21:40",
            "15 February 2025, 08:13",
        )
    )
    page = (
        "<html lang='en-GB'><head><meta charset='utf-8'></head><body><article>"
        "<h1>Moss Lane footbridge stays shut</h1><p class='date'>Published 14 February 2025</p>"
        f"<p>{LEDE}</p><p>{SECOND}</p></article><section class='comments'>{comments}</section>"
        "</body></html>"
    ).encode()
    assert read_bytes(page, "story.html").published == date(2025, 2, 14)


# --- an opinion column: the writer's bio above it, the desk as its meta author -----------------

COLUMN = [
    "Eleven bus routes in the valley have lost their evening services since the spring, and "
    "two more will stop running after six o'clock from next month.",
    "The council says it cannot afford the subsidy, but it spends more than that each year "
    "on taxis for pupils who have no other way home.",
]


def _column(bio: str, meta_author: str = "", foot: str = "", box: str = "author-bio") -> bytes:
    meta = f"<meta name='author' content='{meta_author}'>" if meta_author else ""
    text = "".join(f"<p>{p}</p>" for p in COLUMN)
    return (
        "<html lang='en-GB'><head><meta charset='utf-8'>"
        "<meta property='og:site_name' content='The Hough End Review'>"
        f"{meta}</head><body><article><h1>Our evening buses are worth saving</h1>"
        f"<div class='{box}'><p><em>{bio}</em></p></div>"
        f"<div class='opinion-body'>{text}{foot}</div></article></body></html>"
    ).encode()


def test_the_bio_above_a_column_names_its_writer() -> None:
    for box in ("author-bio", "intro"):
        bio = "Nadia Rahman is a transport researcher in Hough End."
        raw = read_bytes(_column(bio, box=box), "c.html")
        assert raw.author == "Nadia Rahman", box
        assert "transport researcher" not in raw.text


def test_the_outlets_desk_as_meta_author_names_no_person() -> None:
    bio = "Nadia Rahman is a transport researcher in Hough End."
    raw = read_bytes(_column(bio, meta_author="Hough End Review Opinion"), "c.html")
    assert raw.author == "Nadia Rahman"
    raw = read_bytes(_column("", meta_author="The Hough End Review Newsroom"), "c.html")
    assert raw.author is None


def test_a_person_the_column_is_about_is_no_writer() -> None:
    column = [*COLUMN, "Rahman says the routes would pay for themselves within four years."]
    # The line under the headline introduces the person the story is about: no bio.
    bio = "Nadia Rahman is a transport researcher in Hough End."
    text = "".join(f"<p>{p}</p>" for p in column)
    page = _column(bio, box="intro").replace(
        "".join(f"<p>{p}</p>" for p in COLUMN).encode(), text.encode()
    )
    assert read_bytes(page, "c.html").author is None


def test_an_opinion_disclaimer_under_the_column_is_furniture() -> None:
    for line in (
        "The views expressed are the author's own. Want to respond? Write to us.",
        "Opinions expressed in this column are solely those of the writer.",
        "Views expressed here are their own.",
    ):
        raw = read_bytes(_column("", foot=f"<p class='disclaimer'>{line}</p>"), "c.html")
        assert "expressed" not in raw.text, line
        assert raw.text.rstrip().endswith("no other way home.")


def test_a_lead_introducing_what_the_headline_names_is_no_bio() -> None:
    page = (
        b"<html lang='en'><head><meta charset='utf-8'></head><body><main><h1>Hough End Mill</h1>"
        b"<p>Hough End Mill is a former cotton mill on the river north of the town.</p>"
        b"<p>It was built in 1861 and employed four hundred people at its height.</p>"
        b"<p>The last looms stopped in 1979 and the building now holds workshops.</p>"
        b"</main></body></html>"
    )
    raw = read_bytes(page, "mill.html")
    assert raw.author is None
    assert raw.text.startswith("Hough End Mill is a former cotton mill")


# --- a mailing list's digest ---------------------------------------------------------------------

DIGEST = """From: hougheend-request@lists.example.org
Subject: Hough-End Digest, Vol 3, Issue 7
To: hougheend@lists.example.org
Date: Wed, 12 Feb 2025 18:00:01 +0000

Send Hough-End mailing list submissions to
\thougheend@lists.example.org

To subscribe or unsubscribe via the World Wide Web, visit
\thttps://lists.example.org/mailman/listinfo/hougheend

You can reach the person managing the list at
\thougheend-owner@lists.example.org


Today's Topics:

   1. Footbridge shut (Orla Quinn)
   2. Library hours (Dev Patel)


----------------------------------------------------------------------

Message: 1
Date: Tue, 11 Feb 2025 08:12:40 +0000
From: Orla Quinn <orla@example.net>
To: hougheend@lists.example.org
Subject: [Hough-End] Footbridge shut

{lede}

------------------------------

Message: 2
Date: Tue, 11 Feb 2025 19:30:02 +0000
From: Dev Patel <dev@example.net>
To: hougheend@lists.example.org
Subject: [Hough-End] Library hours

The library on Moss Lane will open until eight on Thursdays from March, the borough said.

------------------------------

Subject: Digest Footer

_______________________________________________
Hough-End mailing list
hougheend@lists.example.org
https://lists.example.org/mailman/listinfo/hougheend

------------------------------

End of Hough-End Digest, Vol 3, Issue 7
***************************************
"""


def test_a_list_digest_is_one_document_of_its_messages_texts() -> None:
    raw = read_bytes(DIGEST.format(lede=LEDE).encode(), "digest.txt")
    assert raw.title == "Hough-End Digest, Vol 3, Issue 7"
    assert raw.source == "Hough-End"
    assert raw.author is None
    assert raw.published == date(2025, 2, 12)
    assert raw.text.split("\n") == [
        LEDE,
        "The library on Moss Lane will open until eight on Thursdays from March, the borough said.",
    ]


def test_a_mail_that_only_mentions_a_digest_is_read_as_before() -> None:
    mail = (
        "From: Orla Quinn <orla@example.net>\nSubject: Footbridge shut\n"
        "Date: Wed, 12 Feb 2025 18:00:01 +0000\n\n"
        f"{LEDE}\n\nMessage: 1 of the council's notices is attached.\n\n{SECOND}\n"
    )
    raw = read_bytes(mail.encode(), "mail.txt")
    assert raw.source == "Orla Quinn"
    assert "Message: 1 of the council" in raw.text


# --- only part of the story: a paywall, an app's preview, the first of several pages ------------


def _story_page(before: str = "", after: str = "") -> bytes:
    return (
        "<html lang='en'><head><meta charset='utf-8'></head><body><article>"
        f"<h1>Moss Lane footbridge stays shut</h1>{before}<div class='body'><p>{LEDE}</p>"
        f"<p>{SECOND}</p></div>{after}</article></body></html>"
    ).encode()


def test_a_label_over_a_whole_story_or_a_sign_in_box_under_it_is_no_cut() -> None:
    for before, after in (
        ("<div class='label'>Member-only story</div>", ""),
        ("", "<section class='comments'><p>Join the discussion</p>"
             "<p>Already a member? <a>Sign in</a></p></section>"),
    ):  # fmt: skip
        raw = read_bytes(_story_page(before, after), "story.html")
        assert not any(w in raw.warnings for w in PARTIAL_WARNINGS), (before, after)


def test_a_story_stopping_at_a_paywall_says_so() -> None:
    after = "<div class='wall'><p>Subscribe to continue reading</p></div>"
    assert PARTIAL_TEXT_WARNING in read_bytes(_story_page("", after), "story.html").warnings


def test_a_preview_or_a_first_page_says_the_story_goes_on_elsewhere() -> None:
    for prompt in (
        "Continue reading in Hough News",
        "Continue reading on page 2",
        "Get the Hough End app to read the full story",
        "Download the app to read the full article",
        "Read the full story on the Hough End Review app",
        "Read more in the app",
        "Open in app to continue reading",
        "Continued on next page",
        "This article continues on page 2",
    ):
        raw = read_bytes(_story_page("", f"<div class='more'><p>{prompt}</p></div>"), "s.html")
        assert PARTIAL_PREVIEW_WARNING in raw.warnings, prompt
        assert prompt not in raw.text


def test_a_newsletter_linking_to_full_stories_is_whole() -> None:
    mail = (
        "From: Hough End Review <news@example.org>\nSubject: Your morning briefing\n"
        "Date: Wed, 12 Feb 2025 07:00:00 +0000\n\n"
        f"{LEDE}\n\nContinue reading on our website\n\n{SECOND}\n\n"
        "Continue reading on our website\n"
    )
    raw = read_bytes(mail.encode(), "briefing.txt")
    assert not any(w in raw.warnings for w in PARTIAL_WARNINGS)


MIME_DIGEST = """From: hougheend-request@lists.example.org
Subject: Hough-End Digest, Vol 3, Issue 8
Date: Thu, 13 Feb 2025 18:00:01 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="==outer=="

--==outer==
Content-Type: text/plain; charset="us-ascii"
Content-Description: Hough-End digest, Vol 3, Issue 8

Send Hough-End mailing list submissions to
\thougheend@lists.example.org

Today's Topics:

   1. Footbridge shut (Orla Quinn)
   2. Library hours (Dev Patel)

--==outer==
Content-Type: multipart/digest; boundary="==inner=="

--==inner==
Content-Type: message/rfc822
MIME-Version: 1.0

Date: Thu, 13 Feb 2025 08:12:40 +0000
From: Orla Quinn <orla@example.net>
Subject: [Hough-End] Footbridge shut
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{lede}

--==inner==
Content-Type: message/rfc822
MIME-Version: 1.0

Date: Thu, 13 Feb 2025 19:30:02 +0000
From: Dev Patel <dev@example.net>
Subject: [Hough-End] Library hours
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="==alt=="

--==alt==
Content-Type: text/plain; charset="us-ascii"

The library on Moss Lane will open until eight on Thursdays from March.

--==alt==
Content-Type: text/html; charset="us-ascii"

<p>The library on Moss Lane will open until eight on Thursdays from March.</p>

--==alt==--

--==inner==--

--==outer==
Content-Type: text/plain; charset="us-ascii"
Content-Description: Digest Footer

_______________________________________________
Hough-End mailing list
https://lists.example.org/mailman/listinfo/hougheend

--==outer==--
"""


def test_a_digest_sent_as_mime_parts_is_read_like_a_plain_one() -> None:
    raw = read_bytes(MIME_DIGEST.format(lede=LEDE).encode(), "digest.eml")
    assert raw.title == "Hough-End Digest, Vol 3, Issue 8"
    assert raw.source == "Hough-End"
    assert raw.published == date(2025, 2, 13)
    assert raw.text.split("\n") == [
        LEDE,
        "The library on Moss Lane will open until eight on Thursdays from March.",
    ]


# --- a newspaper page's running foot names the paper and the day ------------------------

PAGED = """Moss Lane footbridge stays shut
By Orla Quinn
The Moss Lane footbridge will stay shut for another month after inspectors found rust
in two of its main beams, the borough council said.
{foot} Page 1 of 2
Walkers are asked to use the level crossing at Hough End until the repairs are done,
and the council will publish a date for the reopening next week.
{foot} Page 2 of 2
"""


def test_a_running_foot_names_the_paper_and_dates_the_story() -> None:
    raw = read_bytes(
        PAGED.format(foot="The Hough End Review · 14 February 2025 ·").encode(), "p.txt"
    )
    assert raw.source == "The Hough End Review"
    assert raw.published == date(2025, 2, 14)
    assert raw.published_origin == "text"
    assert "Review" not in raw.text


def test_a_date_printed_with_the_story_outranks_the_running_foot() -> None:
    text = PAGED.replace("By Orla Quinn\n", "By Orla Quinn\nPublished 13 February 2025\n")
    raw = read_bytes(
        text.format(foot="The Hough End Review | 14 February 2025 |").encode(), "p.txt"
    )
    assert raw.published == date(2025, 2, 13)


def test_a_print_stamp_or_an_address_in_the_foot_dates_nothing() -> None:
    for foot in ("14/02/2025, 09:12 Moss Lane footbridge", "houghend.example/news/moss-lane"):
        raw = read_bytes(PAGED.format(foot=foot).encode(), "p.txt")
        assert raw.published is None, foot
        assert raw.source is None, foot


# --- more of the ways a paywall's prompt is worded ---------------------------------------------

PROMPTS = [
    "Subscribe to unlock this article",
    "Become a member to read the rest of this story",
    "Sign in to read the full article",
    "Register to read more",
    "You've read all 5 of your free articles this month.",
    "You have reached your free article limit this month",
    "Read the full article with a digital subscription",
    "Continue reading with a digital subscription",
    "This content is exclusive to subscribers",
    "Subscribers only: unlock the full story",
    "Want to read more? Subscribe today",
    "To read this article in full, please subscribe",
]


def test_a_paywall_prompt_in_other_words_is_furniture_and_says_the_text_is_cut() -> None:
    for prompt in PROMPTS:
        raw = read_bytes(_story_page("", f"<div class='offer'><p>{prompt}</p></div>"), "s.html")
        assert prompt not in raw.text, prompt
        assert PARTIAL_TEXT_WARNING in raw.warnings, prompt
        copy = f"Moss Lane footbridge stays shut\n\n{LEDE}\n\n{SECOND}\n\n{prompt}\n"
        raw = read_bytes(copy.encode(), "copy.txt")
        assert prompt not in raw.text, prompt
        assert PARTIAL_TEXT_WARNING in raw.warnings, prompt


def test_sentences_of_a_story_about_subscriptions_stay() -> None:
    story = [
        "Readers who want to read more local news will pay less from March, the paper said.",
        "Members of the library can register to borrow e-books from next week.",
        "The council said residents could sign in to the new portal to report potholes.",
    ]
    copy = "Hough End paper cuts its prices\n\n" + "\n\n".join(story) + "\n"
    raw = read_bytes(copy.encode(), "copy.txt")
    assert raw.text.split("\n") == story
    assert PARTIAL_TEXT_WARNING not in raw.warnings


def test_a_jump_line_inside_a_story_that_goes_on_is_no_cut() -> None:
    copy = (
        f"Moss Lane footbridge stays shut\n\n{LEDE}\n\nContinued on next page\n\n{SECOND}\n\n"
        "The council will publish a date for the reopening next week, a spokesman said.\n"
    )
    raw = read_bytes(copy.encode(), "copy.txt")
    assert not any(w in raw.warnings for w in PARTIAL_WARNINGS)


def test_a_day_with_the_months_short_name_in_the_address_dates_the_page() -> None:
    for address in (
        "https://bridges.example/uk-news/2025/feb/14/moss-lane-footbridge",
        "https://bridges.example/uk-news/2025/Feb/14/",
    ):
        raw = read_bytes(_page_at(address), "page.html")
        assert raw.published == date(2025, 2, 14), address
        assert raw.published_origin == "metadata"
    assert read_bytes(_page_at("https://bridges.example/2025/feb/31/x"), "p.html").published is None
    copy = f"Moss Lane footbridge stays shut\n\nSource: https://bridges.example/uk-news/2025/feb/14/moss\n\n{LEDE}\n\n{SECOND}\n"
    assert read_bytes(copy.encode(), "copy.txt").published == date(2025, 2, 14)


# --- a chat export of a channel's run of posts is dated by its newest post ---------------------


def _message(number: int, tip: str, text: str, inside: str = "") -> str:
    return (
        f"<div class='message default clearfix' id='message{number}'><div class='body'>"
        f"<div class='pull_right date details' title='{tip}'>{tip[11:16]}</div>"
        f"<div class='from_name'>Hough End Flood Watch</div>{inside}"
        f"<div class='text'>{text}</div></div></div>"
    )


def _export(*messages: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'/><title>Exported Data</title></head>"
        "<body><div class='page_wrap'><div class='page_header'><div class='content'>"
        "<div class='text bold'>Hough End Flood Watch</div></div></div>"
        f"<div class='page_body chat_page'><div class='history'>{''.join(messages)}</div></div>"
        "</div></body></html>"
    ).encode()


def test_a_chat_export_of_several_posts_is_dated_by_the_newest() -> None:
    raw = read_bytes(
        _export(
            _message(1, "13.02.2025 08:15:02 UTC+00:00", LEDE),
            _message(2, "14.02.2025 07:05:40 UTC+00:00", SECOND),
        ),
        "messages.html",
    )
    assert raw.published == date(2025, 2, 14)
    assert raw.published_origin == "metadata"
    assert raw.text.split("\n") == [LEDE, SECOND]


def test_posts_of_one_day_or_a_forwarded_post_keep_their_dates() -> None:
    one_day = _export(
        _message(1, "13.02.2025 08:15:02 UTC+00:00", LEDE),
        _message(2, "13.02.2025 19:05:40 UTC+00:00", SECOND),
    )
    assert read_bytes(one_day, "messages.html").published == date(2025, 2, 13)
    forwarded = (
        "<div class='forwarded body'><div class='from_name'>Moss Lane Residents"
        "<span class='date details' title='11.02.2025 10:00:00 UTC+00:00'> 11.02.2025</span>"
        "</div></div>"
    )
    raw = read_bytes(
        _export(_message(1, "14.02.2025 08:15:02 UTC+00:00", LEDE, inside=forwarded)),
        "messages.html",
    )
    assert raw.published == date(2025, 2, 11)
