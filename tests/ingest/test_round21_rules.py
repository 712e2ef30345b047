"""Round 21: round 20's leftovers, each a general rule: an account's own replies below its
post continue it as a thread, a wire release's text opens at its dateline, a state copyright
names no outlet, a language's home page is the site's home, and a date htmldate read from a
printed line is a printed date."""

from __future__ import annotations

from datetime import date

from desktop.ingest import read_bytes


def _thread(counters_between: list[str], counter_line: bool = False) -> bytes:
    lines = ["Fenmoor Water Board", "@FenmoorWater"]
    posts = [
        "Statement on the burst main under Station Road this morning.",
        "Engineers isolated the main at 07:10 and supplies to 300 homes are back on.",
        "Station Road stays closed to traffic until the road surface is repaired tonight.",
    ]
    for n, post in enumerate(posts, start=1):
        if n > 1:
            lines += [*counters_between, "Fenmoor Water Board", "@FenmoorWater"]
        if counter_line:
            lines += [f"{n}/", post]
        else:
            lines.append(f"{n}/3 {post}")
        if n == 1:
            lines += ["8:05 AM · Apr 2, 2025", "·", "3.1K", "Views", "14", "Reposts", "40", "Likes"]
    lines += ["Ana Roper", "@anaroper", "Replying to @FenmoorWater", "Thanks for the update."]
    return "\n".join(lines).encode()


def test_an_accounts_numbered_replies_below_its_post_are_its_thread() -> None:
    article = read_bytes(_thread(["2", "17", "51"]), "thread.txt")
    assert article.text.startswith("1/3 Statement on the burst main")
    assert "2/3 Engineers isolated the main" in article.text
    assert article.text.endswith("repaired tonight.")
    assert "Thanks for the update" not in article.text
    assert article.published == date(2025, 4, 2)
    assert article.source == "Fenmoor Water Board"


def test_capitalised_counter_labels_lie_between_posts() -> None:
    article = read_bytes(_thread(["5", "Reposts", "22", "Likes"]), "thread.txt")
    assert "3/3 Station Road stays closed" in article.text
    assert "Reposts" not in article.text


def test_a_counter_on_its_own_line_stays_with_its_post() -> None:
    article = read_bytes(_thread(["2", "17"], counter_line=True), "thread.txt")
    assert "Engineers isolated the main" in article.text
    assert "2/" in article.text.split("Engineers")[0]


def test_a_reply_from_another_account_ends_the_thread() -> None:
    data = _thread(["2", "17"]).replace(
        b"2\n17\nFenmoor Water Board\n@FenmoorWater\n3/3",
        b"Ana Roper\n@anaroper\nReplying to @FenmoorWater\nWhen will the road open again?\n3/3",
    )
    article = read_bytes(data, "thread.txt")
    assert "2/3 Engineers isolated the main" in article.text
    assert "When will the road open" not in article.text
    assert "3/3 Station Road" not in article.text


def test_a_wire_copys_sub_headline_above_its_dateline_is_a_standfirst() -> None:
    text = "\n\n".join(
        [
            "Marlow Freight Reports Record First Quarter",
            "Shipments rose 14 percent on new Baltic routes",
            "April 22, 2025 07:00 AM Eastern Daylight Time",
            "HAMBURG, Germany--(BUSINESS WIRE)--Marlow Freight AG today reported first-quarter "
            "revenue of EUR 210 million, up 14 percent from a year earlier.",
            "The company opened three routes to Baltic ports in the quarter.",
            "About Marlow Freight",
            "Marlow Freight AG runs container services in northern Europe.",
        ]
    )
    article = read_bytes(text.encode(), "release.txt")
    assert article.text.startswith("HAMBURG, Germany--(BUSINESS WIRE)--Marlow Freight")
    assert "Shipments rose 14 percent" not in article.text


def test_a_copy_without_a_wire_mark_keeps_its_opening() -> None:
    text = "\n\n".join(
        [
            "Harbour fees to rise in May",
            "Fees rise by four percent.",
            "The harbour board agreed on Tuesday to raise mooring fees for the first time since "
            "2019, citing the cost of dredging the outer channel.",
            "Boat owners have until April 30 to object to the new charges in writing.",
        ]
    )
    article = read_bytes(text.encode(), "story.txt")
    assert "Fees rise by four percent." in article.text


def _court_page(copyright_line: str) -> bytes:
    return (
        '<html><head><title>Press summary</title></head><body><header><a href="/">'
        '<img src="/img/crest.svg" alt="Court of Appeal of Northmere"></a></header><main>'
        "<h1>Pell v Northmere Water Ltd</h1><p>12 March 2025</p>"
        "<p>The Court of Appeal today dismissed an appeal by a water company against a fine "
        "for pollution of the River Tarn in 2022.</p><p>The court held that the company "
        "had known of the leak for six weeks before it reported it to the regulator.</p>"
        f"</main><footer><p>{copyright_line}</p></footer></body></html>"
    ).encode()


def test_crown_copyright_names_no_outlet_and_the_crest_names_the_court() -> None:
    article = read_bytes(_court_page("© Crown copyright 2025"), "summary.html")
    assert article.source == "Court of Appeal of Northmere"


def test_a_publishers_copyright_still_names_the_outlet() -> None:
    page = _court_page("© 2025 Northmere Law Reports").replace(
        b' alt="Court of Appeal of Northmere"', b' alt=""'
    )
    article = read_bytes(page, "summary.html")
    assert article.source == "Northmere Law Reports"


def _ministry_page(extra_head: str = "", date_line: str = "Published: 14.03.2025") -> bytes:
    return (
        f"<html><head><title>Statement | MFA</title>{extra_head}</head><body>"
        '<div class="top"><a href="/en/">Ministry of Foreign Affairs of the Republic of Sarvia</a>'
        ' <a href="/fr/">FR</a> <a href="/en/">EN</a></div><main>'
        "<h1>Statement on the talks in Vienna</h1>"
        f'<div class="published">{date_line}</div><div class="text">'
        "<p>The Ministry of Foreign Affairs welcomes the start of talks in Vienna between the "
        "two governments on the future of the border crossings.</p>"
        "<p>The Republic of Sarvia is ready to host the next round of the talks in its "
        "capital before the end of the year.</p></div></main></body></html>"
    ).encode()


def test_a_link_to_the_languages_home_page_names_the_ministry() -> None:
    article = read_bytes(_ministry_page(), "statement.html")
    assert article.source == "Ministry of Foreign Affairs of the Republic of Sarvia"


def test_a_date_htmldate_reads_from_a_printed_line_is_a_printed_date() -> None:
    article = read_bytes(_ministry_page(), "statement.html")
    assert article.published == date(2025, 3, 14)
    assert article.published_origin == "text"


def test_a_date_the_markup_also_holds_stays_metadata() -> None:
    head = '<meta property="article:published_time" content="2025-03-14T09:00:00+01:00">'
    article = read_bytes(_ministry_page(head), "statement.html")
    assert article.published == date(2025, 3, 14)
    assert article.published_origin == "metadata"
