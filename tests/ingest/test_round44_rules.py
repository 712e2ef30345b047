"""Round 44 rules, each from sentences written for these tests: a US paper's credit lines at a
story's foot ("Contributing: ...", "Contact A at ADDRESS") are furniture; a wire's label
"News provided by" on a line of its own above the issuer's name is furniture; a thread saved
from X's own site ("X (formerly Twitter)", each post in an <article> of its own) is the
account's run of posts, titled by nobody and sourced to the account."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import RawArticle
from desktop.ingest import furniture, read_bytes

HEADLINE = "Harbour dredging to start in March after two-year delay"
PARAGRAPHS = [
    "Dredging of the inner harbour at Kelso Bay will start in March, the port authority said "
    "on Tuesday, two years later than first planned.",
    "The work will remove about 90,000 cubic metres of silt that has left the fish quay too "
    "shallow for larger boats at low tide.",
    "Skippers said the delay had cost the port at least three boats, which moved to Tarbet.",
]


def _page(foot: list[str]) -> RawArticle:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*PARAGRAPHS, *foot])
    page = (
        "<html><head><meta property='og:site_name' content='Kelso Bay Tribune'>"
        "<meta property='article:published_time' content='2026-03-03T10:00:00Z'>"
        f"<title>{HEADLINE}</title></head><body><main><article><h1>{HEADLINE}</h1>"
        f"<div class='byline'>By Ruth Ames</div><div class='body'>{paragraphs}</div>"
        "</article></main></body></html>"
    )
    return read_bytes(page.encode(), "dredging.html")


# --- credit lines at the foot ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Contributing: Maya Ortiz, Kelso Bay Tribune",
        "Contributing: Maya Ortiz and Sam Reyes",
        "Contributors: Maya Ortiz, Sam Reyes",
        "Contributing writer: Sam Reyes",
        "Contact Ruth Ames at rames@kelsobaytribune.example or follow her on X @ruthames.",
        "Reach Ruth Ames at 555-0142.",
        "Reach Ruth Ames at (207) 555-0142 or rames@kelsobaytribune.example.",
        "Email Ruth Ames at rames@kelsobaytribune.example",
    ],
)
def test_a_credit_or_the_writers_address_at_the_foot_is_furniture(line: str) -> None:
    article = _page([line])
    assert article.text.split("\n") == PARAGRAPHS
    assert furniture.single_block_reason(line) == furniture.SIGN_OFF
    assert article.author == "Ruth Ames"


@pytest.mark.parametrize(
    "line",
    [
        "Contributing to the delay were two failed tenders and a dispute over where the silt "
        "would be dumped.",
        "Contact tracing teams at 12 sites found 40 more cases, the board said.",
        "Reach out to the port authority at its offices on Quay Street if you want to comment.",
        "Email Ruth Ames at her office, the council said, and she will pass the request on.",
    ],
)
def test_sentences_that_open_like_a_credit_stay(line: str) -> None:
    article = _page([line])
    assert article.text.split("\n") == [*PARAGRAPHS, line]


# --- "News provided by" on a line of its own ------------------------------------------------

RELEASE = [
    "Kelso Bay Port Authority to dredge inner harbour from March",
    "",
    "News provided by",
    "Kelso Bay Port Authority",
    "",
    "Mar 03, 2026, 08:00 ET",
    "",
    "KELSO BAY, Maine, March 3, 2026 /PRNewswire/ -- The Kelso Bay Port Authority said today "
    "it will dredge the inner harbour from March, removing about 90,000 cubic metres of silt.",
    "",
    "The work is expected to take eleven weeks and will close the fish quay for two of them.",
    "",
    "SOURCE Kelso Bay Port Authority",
]


def test_a_lone_news_provided_by_label_is_furniture() -> None:
    article = read_bytes("\n".join(RELEASE).encode(), "release.txt")
    assert article.text.startswith("KELSO BAY, Maine, March 3, 2026 /PRNewswire/ --")
    assert "News provided by" not in article.text
    assert article.source == "Kelso Bay Port Authority"
    assert furniture.single_block_reason("News provided by") == furniture.PAGE_WIDGET
    assert furniture.single_block_reason("Provided by:") == furniture.PAGE_WIDGET


def test_a_sentence_about_what_was_provided_stays() -> None:
    line = "News provided by the harbour master showed the channel had silted up by a metre."
    assert furniture.single_block_reason(line) is None


# --- a thread saved from X's own site -------------------------------------------------------

POSTS = [
    "1/ Spent the day at the Kelso Bay fish quay, where the last three boats are waiting for "
    "the tide.",
    "2/ Skippers say they lose two fishing days a week because the quay is too shallow at low "
    "water.",
    "3/ The port authority says dredging starts in March. Nobody I met believes it.",
]


def _post(name: str, handle: str, text: str, stamp: str) -> str:
    return (
        "<div data-testid='cellInnerDiv'><article data-testid='tweet' role='article'>"
        f"<div data-testid='User-Name'><a href='/{handle}'><span>{name}</span></a>"
        f"<a href='/{handle}'><span>@{handle}</span></a></div>"
        f"<div data-testid='tweetText' lang='en'><span>{text}</span></div>"
        f"<a href='/{handle}/status/1'><time datetime='{stamp}'>{stamp}</time></a>"
        "<div role='group'><div>12</div><div>1.2K</div></div></article></div>"
    )


def _thread(posts: list[tuple[str, str, str]], site: str = "X (formerly Twitter)") -> bytes:
    cells = "".join(
        _post(name, handle, text, f"2026-03-0{3 + n}T09:1{n}:00.000Z")
        for n, (name, handle, text) in enumerate(posts)
    )
    return (
        "<html><head><meta charset='utf-8'>"
        f"<title>Ruth Ames on X: &quot;{POSTS[0][:40]}&quot; / X</title>"
        f"<meta property='og:site_name' content='{site}'>"
        "<meta property='og:title' content='Ruth Ames on X'></head><body><main>"
        f"<section>{cells}</section></main>"
        "<div data-testid='sidebarColumn'><h2>Relevant people</h2></div></body></html>"
    ).encode()


def test_a_thread_saved_from_x_is_the_accounts_run_of_posts() -> None:
    reply = "Replying to @ruthames Any word on who pays for the dredging?"
    page = _thread([*(("Ruth Ames", "ruthames", p) for p in POSTS), ("Sam Reyes", "sreyes", reply)])
    article = read_bytes(page, "thread.html")
    assert article.text.split("\n") == POSTS
    assert article.title is None
    assert article.source == "Ruth Ames"
    assert article.author == "Ruth Ames"
    assert article.published == date(2026, 3, 3)


def test_the_platform_named_with_its_old_name_is_still_the_platform() -> None:
    page = _thread([("Ruth Ames", "ruthames", POSTS[0])])
    article = read_bytes(page, "post.html")
    assert article.source == "Ruth Ames"
    assert article.title is None
    assert article.text == POSTS[0]


def test_a_thread_stops_at_the_first_post_of_another_account() -> None:
    other = "Quoting an old post: the quay was dredged last in 2009, and it took a year."
    page = _thread(
        [
            ("Ruth Ames", "ruthames", POSTS[0]),
            ("Sam Reyes", "sreyes", other),
            ("Ruth Ames", "ruthames", POSTS[2]),
        ]
    )
    article = read_bytes(page, "thread.html")
    assert article.text.split("\n")[0] == POSTS[0]
    assert other not in article.text


def test_a_news_page_with_two_articles_is_not_joined_as_a_thread() -> None:
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    byline = "<div class='byline'>By <a href='/ruthames'>Ruth Ames</a></div>"
    other = (
        "<p>The ferry to Tarbet will run two extra sailings on Saturdays from April, the "
        "operator said, after complaints from islanders about crowded boats.</p>" * 2
    )
    page = (
        "<html><head><meta property='og:site_name' content='Kelso Bay Tribune'></head><body>"
        f"<article><h1>{HEADLINE}</h1>{byline}{story}</article>"
        f"<article><h2>Extra ferries</h2>{byline}{other}</article>"
        "</body></html>"
    ).encode()
    article = read_bytes(page, "page.html")
    assert article.text.split("\n") == PARAGRAPHS


def test_a_post_of_another_account_above_the_thread_is_not_its_text() -> None:
    # The post the thread answers, shown above it on the page: another account's, and dated
    # the day before the thread opened.
    answered = "Kelso Bay quay is now too shallow for any boat over 12 metres at low water."
    page = _thread(
        [("Port Watch", "portwatch", answered), *(("Ruth Ames", "ruthames", p) for p in POSTS)]
    )
    article = read_bytes(page, "thread.html")
    assert article.text.split("\n") == POSTS
    assert article.source == "Ruth Ames"
    assert article.published == date(2026, 3, 4)


def test_a_thread_of_the_account_named_by_the_page_only_from_its_own_first_post() -> None:
    # A reply of the same account further down, after another account's post, is not joined.
    late = "4/ Update: the harbour master says the survey boat is booked for February."
    page = _thread(
        [
            ("Ruth Ames", "ruthames", POSTS[0]),
            ("Ruth Ames", "ruthames", POSTS[1]),
            ("Sam Reyes", "sreyes", "Replying to @ruthames Who is paying for it?"),
            ("Ruth Ames", "ruthames", late),
        ]
    )
    article = read_bytes(page, "thread.html")
    assert article.text.split("\n") == POSTS[:2]


# --- a sign-up box's call and a share counter inside the story ------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Get the Tribune's flood warnings newsletter: join 9,400 readers",
        "Get the Tribune's breaking news alerts: join 12,000 subscribers",
        "Get our morning briefing free in your inbox",
        "Join 9,400 readers who get our harbour bulletin",
        "Join more than 20,000 subscribers",
    ],
)
def test_a_sign_up_call_inside_the_story_is_furniture(line: str) -> None:
    page = (
        "<html><head><meta property='og:site_name' content='Kelso Bay Tribune'></head><body>"
        f"<article><h1>{HEADLINE}</h1><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        f"<div class='signup'><p>{line}</p></div><p>{PARAGRAPHS[2]}</p></article></body></html>"
    ).encode()
    article = read_bytes(page, "page.html")
    assert article.text.split("\n") == PARAGRAPHS
    assert furniture.single_block_reason(line) == furniture.NEWSLETTER


@pytest.mark.parametrize(
    "line",
    [
        "Get the council's flood alerts by text, officials urged residents on Tuesday.",
        "Get the harbour master's bulletin before sailing, skippers were told.",
        "Joining 400 other skippers, he signed the petition on Monday.",
    ],
)
def test_a_story_sentence_about_alerts_or_joining_stays(line: str) -> None:
    assert furniture.single_block_reason(line) is None


@pytest.mark.parametrize(
    "line",
    ["Share this entry (48 shares)", "Share this update", "Share (12)", "Share this post (1.2K)"],
)
def test_a_share_button_with_its_count_is_furniture(line: str) -> None:
    entry = "Two more boats have left the quay on the evening tide, the harbour master says."
    page = (
        "<html><head><meta property='og:site_name' content='Kelso Bay Radio'></head><body>"
        f"<article><h1>Live: {HEADLINE}</h1>"
        f"<div class='entry'><time>09:40</time><p>{PARAGRAPHS[0]}</p><p>{line}</p></div>"
        f"<div class='entry'><time>10:05</time><p>{entry}</p><p>{line}</p></div>"
        "</article></body></html>"
    ).encode()
    article = read_bytes(page, "live.html")
    assert line not in article.text
    assert furniture.single_block_reason(line) == furniture.SHARE_BUTTONS


def test_a_sentence_about_shares_stays() -> None:
    line = "Share prices (in pence) fell by a third after the dredging was delayed."
    assert furniture.single_block_reason(line) is None


# --- a big outlet's tools and labels in a browser copy --------------------------------------

COPY_TOOLS = [
    "Give this article",
    "Listen to this article · 6:05 min",
    "Listen · 3:12",
    "Pinned",
    "Continue reading the main story",
    "Please turn on JavaScript. Media requires JavaScript to play.",
    "Save for later",
    "Reuse this content",
    "Report an error",
    "Text size",
    "Click to enlarge",
    "Add to myFT",
    "Edited by Peter Hale",
    "Graphics by Kai Moen and Ana Lind",
    "Fact-checked by Sam Reyes",
]


@pytest.mark.parametrize("line", COPY_TOOLS)
def test_an_outlets_tool_or_credit_line_in_a_copy_is_furniture(line: str) -> None:
    text = "\n\n".join(
        [
            "Kelso Bay Tribune",
            HEADLINE,
            "By Ruth Ames",
            "3 March 2026",
            PARAGRAPHS[0],
            line,
            PARAGRAPHS[1],
            PARAGRAPHS[2],
            "© 2026 Kelso Bay Tribune",
        ]
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.text.split("\n") == PARAGRAPHS
    assert furniture.single_block_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Comments are closed.",
        "Loading comments...",
        "Read our comments policy",
    ],
)
def test_the_comment_boxs_closing_words_are_furniture(line: str) -> None:
    assert furniture.single_block_reason(line) == furniture.SHARE_BUTTONS


@pytest.mark.parametrize(
    "line",
    [
        "Edited by volunteers, the newsletter reaches 900 homes on the island.",
        "Produced by Acme Films, the documentary won three awards last year.",
        "Pinned under the wreck, the skipper waited four hours for the lifeboat.",
        "Listen to the harbour master and you will hear the same complaint.",
        "Report an error in the tide tables to the harbour office, the notice says.",
        "Continue reading the report and the picture darkens.",
    ],
)
def test_story_sentences_that_open_like_a_tool_stay(line: str) -> None:
    assert furniture.single_block_reason(line) is None


# --- links under a heading the main-text reader left out ------------------------------------


def _page_with_links_block(heading: str, items: list[str]) -> RawArticle:
    story = "".join(f"<div data-component='text-block'><p>{p}</p></div>" for p in PARAGRAPHS)
    links = "".join(f"<li><a href='/news/{n}'>{t}</a></li>" for n, t in enumerate(items))
    page = (
        "<html><head><meta property='og:site_name' content='Kelso Bay Tribune'></head><body>"
        f"<main><article><header><h1>{HEADLINE}</h1></header>{story}"
        f"<section data-component='links-block'><h2>{heading}</h2><ul>{links}</ul></section>"
        "</article></main><footer>© 2026 Kelso Bay Tribune</footer></body></html>"
    ).encode()
    return read_bytes(page, "page.html")


@pytest.mark.parametrize("heading", ["More on this story", "Related stories", "See also"])
def test_links_under_a_read_also_heading_left_out_of_the_main_text_go_with_it(
    heading: str,
) -> None:
    article = _page_with_links_block(heading, ["Quay closed after storm damage"])
    assert article.text.split("\n") == PARAGRAPHS


def test_the_stamp_glued_to_a_listed_headline_goes_with_it() -> None:
    story = "".join(f"<div data-component='text-block'><p>{p}</p></div>" for p in PARAGRAPHS)
    page = (
        "<html><head><meta property='og:site_name' content='Kelso Bay Tribune'></head><body>"
        f"<main><article><header><h1>{HEADLINE}</h1></header>{story}"
        "<section data-component='links-block'><h2>More on this story</h2><ul><li>"
        "<a href='/news/1'>Quay closed after storm damage</a><span>Published 2 May 2025</span>"
        "</li></ul></section></article></main></body></html>"
    ).encode()
    article = read_bytes(page, "page.html")
    assert article.text.split("\n") == PARAGRAPHS


# --- the writer's name in a byline block of its own -----------------------------------------


def _broadcaster_page(byline: str, extra: str = "") -> RawArticle:
    story = "".join(f"<div data-component='text-block'><p>{p}</p></div>" for p in PARAGRAPHS)
    page = (
        "<html><head><meta property='og:site_name' content='Harbour Radio'>"
        '<script type=\'application/ld+json\'>{"@type":"NewsArticle","headline":'
        f'"{HEADLINE}","datePublished":"2026-03-03T10:00:00Z","author":{{"@type":'
        '"NewsMediaOrganization","name":"Harbour Radio"}}</script></head><body>'
        f"<main><article><header><h1>{HEADLINE}</h1></header>"
        f"<div data-component='byline-block'>{byline}</div>{story}{extra}"
        "</article></main></body></html>"
    ).encode()
    return read_bytes(page, "page.html")


def test_a_name_set_apart_in_the_byline_block_is_the_author() -> None:
    article = _broadcaster_page(
        "<div><time datetime='2026-03-03T10:00:00Z'>3 March 2026</time></div>"
        "<div><span>Ruth Ames</span><span>Harbour Radio, Kelso Bay</span></div>"
    )
    assert article.author == "Ruth Ames"
    assert article.source == "Harbour Radio"
    assert article.text.split("\n") == PARAGRAPHS


def test_two_names_set_apart_in_the_byline_block_are_both_authors() -> None:
    article = _broadcaster_page(
        "<div><span>Ruth Ames</span><span>Transport correspondent</span></div>"
        "<div><span>Sam Reyes</span><span>Harbour Radio</span></div>"
    )
    assert article.author == "Ruth Ames, Sam Reyes"


@pytest.mark.parametrize(
    "byline",
    [
        "<span>Harbour Radio</span><span>Kelso Bay</span>",
        "<span>Staff reporter</span>",
        "<span>Reuters</span>",
    ],
)
def test_a_byline_block_naming_no_person_gives_no_author(byline: str) -> None:
    assert _broadcaster_page(byline).author is None
