"""Round 32: update-only dates, Title Case headlines naming an organisation, a city in a
credit line, and dates in a file's name or a "Source:" address line (dev26), on small
examples of our own."""

from __future__ import annotations

from datetime import date

from desktop.ingest import assemble, dates, read_bytes

LEDE = (
    "The water board voted on Thursday to raise standing charges by 6 percent from April, "
    "the first rise in three years, after a winter of burst mains across the district."
)
SECOND = "About 41,000 households will pay roughly 9 pounds more a year under the new tariff."
THIRD = "Board members said the money would go to replacing the oldest pipes first."


def copy(*lines: str) -> bytes:
    return "\n\n".join(lines).encode()


# --- a page dated only by an update -------------------------------------------------------------


def test_a_copy_dated_only_by_an_update_gets_the_date_marked_as_the_update_time() -> None:
    raw = read_bytes(
        copy("Water charges to rise in April", "Updated: 14 February 2025, 09:10", LEDE, SECOND),
        "charges.txt",
    )
    assert raw.published == date(2025, 2, 14)
    assert raw.published_origin == "text"
    origin = raw.field_origins["published"]
    assert origin.startswith(assemble.UPDATE_TIME_ORIGIN)
    assert "Updated: 14 February 2025" in origin
    assert any("update" in w and "first publication" in w for w in raw.warnings)


def test_a_first_publication_beside_the_update_is_not_marked_as_an_update() -> None:
    raw = read_bytes(
        copy(
            "Water charges to rise in April",
            "Published 12 February 2025 · Updated 14 February 2025",
            LEDE,
            SECOND,
        ),
        "charges.txt",
    )
    assert raw.published == date(2025, 2, 12)
    assert not raw.field_origins["published"].startswith(assemble.UPDATE_TIME_ORIGIN)
    assert not any("time of an update" in w for w in raw.warnings)


def test_a_page_with_only_a_modified_time_in_its_markup_says_it_is_the_update_time() -> None:
    page = (
        '<html lang="en-GB"><head><meta property="article:modified_time" '
        'content="2025-02-14T09:10:00+00:00"><meta property="og:site_name" content="Vale Echo">'
        "</head><body><h1>Water charges to rise in April</h1>"
        f"<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p></body></html>"
    ).encode()
    raw = read_bytes(page, "charges.html")
    assert raw.published == date(2025, 2, 14)
    assert raw.field_origins["published"].startswith(assemble.UPDATE_TIME_ORIGIN)


# --- a Title Case headline about an organisation --------------------------------------------------


def test_a_title_case_headline_about_an_organisation_is_no_organisation_name() -> None:
    assert assemble._title_case_headline("Water Board Backs Plan To Raise Charges")
    assert assemble._title_case_headline("Canal Trust Votes To Reopen Lock Gates")
    assert assemble._title_case_headline("Rail Union Calls Off Weekend Strike")
    assert not assemble._title_case_headline("Northfield Housing Trust")
    assert not assemble._title_case_headline("Council on Foreign Relations")
    assert not assemble._title_case_headline("Office for National Statistics")
    assert not assemble._title_case_headline("Trust Fund Services")


def test_a_title_case_headline_over_a_short_summary_is_the_title_not_the_outlet() -> None:
    raw = read_bytes(
        copy(
            "Water Board Backs Plan To Raise Charges",
            "Households face the first rise in three years.",
            LEDE,
            SECOND,
            THIRD,
        ),
        "board.txt",
    )
    assert raw.title == "Water Board Backs Plan To Raise Charges"
    assert raw.source is None


def test_an_issuing_body_above_a_release_headline_is_still_the_source() -> None:
    raw = read_bytes(
        copy(
            "Northfield Housing Trust",
            "Trust to build 200 homes on former bus depot site",
            LEDE,
            SECOND,
            THIRD,
        ),
        "release.txt",
    )
    assert raw.source == "Northfield Housing Trust"
    assert raw.title == "Trust to build 200 homes on former bus depot site"


# --- a city in a credit line --------------------------------------------------------------------


def test_a_major_city_is_known_in_any_case_and_spacing() -> None:
    assert dates.is_major_city("Nairobi")
    assert dates.is_major_city("NEW  YORK")
    assert dates.is_major_city("Kyiv.")
    assert not dates.is_major_city("Nairobi Standard Post")
    assert not dates.is_major_city("Danube Courier")


def test_the_city_between_a_name_and_a_date_is_no_outlet() -> None:
    facts = dates.read_meta_line("Tomas Varga | Budapest | 2 May 2025")
    assert facts is not None
    assert facts.authors == ["Tomas Varga"]
    assert facts.outlet is None
    assert facts.dates == [date(2025, 5, 2)]
    named = dates.read_meta_line("Tomas Varga | Danube Courier | 2 May 2025")
    assert named is not None and named.outlet == "Danube Courier"


def test_a_copy_credited_name_city_date_has_no_city_for_outlet() -> None:
    raw = read_bytes(
        copy("Water charges to rise in April", "Wanjiru Kamau | Nairobi | 14 February 2025",
             LEDE, SECOND),
        "charges.txt",
    )  # fmt: skip
    assert raw.author == "Wanjiru Kamau"
    assert raw.source is None
    assert raw.published == date(2025, 2, 14)


# --- a date in the file's name or in a "Source:" address line ---------------------------------------


def test_a_date_in_the_file_name_dates_a_story_that_gives_none() -> None:
    for name in ("2024-11-05_bridge-vote.txt", "bridge_vote_20241105.md", "2024.11.05 vote.txt"):
        raw = read_bytes(copy("Bridge vote delayed again", LEDE, SECOND), name)
        assert raw.published == date(2024, 11, 5), name
        assert raw.published_origin == "metadata"
        assert "file's name" in raw.field_origins["published"]
        assert not any(w.startswith("no publication date") for w in raw.warnings)


def test_the_story_own_date_wins_over_the_file_name() -> None:
    raw = read_bytes(
        copy("Bridge vote delayed again", "Published 7 November 2024", LEDE, SECOND),
        "2024-11-05_bridge-vote.txt",
    )
    assert raw.published == date(2024, 11, 7)
    assert raw.published_origin == "text"


def test_no_date_from_an_impossible_or_future_file_name() -> None:
    story = copy("Bridge vote delayed again", LEDE, SECOND)
    assert read_bytes(story, "2024-13-05_vote.txt").published is None
    assert read_bytes(story, "vote_120241105.txt").published is None
    late = read_bytes(story, "2024-11-05_vote.txt", reference=(date(2024, 10, 1), "the file"))
    assert late.published is None


def test_a_source_line_with_an_address_under_the_headline_gives_url_and_date() -> None:
    address = "https://valeecho.example/news/2024/11/05/bridge-vote-delayed"
    raw = read_bytes(
        copy("Bridge vote delayed again", f"Source: {address}", LEDE, SECOND, THIRD),
        "vote.txt",
    )
    assert raw.url == address
    assert raw.published == date(2024, 11, 5)
    assert raw.published_origin == "metadata"
    assert not raw.text.startswith("Source:")


def test_a_source_address_at_the_foot_credits_data_and_is_no_url() -> None:
    raw = read_bytes(
        copy(
            "Bridge vote delayed again",
            LEDE,
            SECOND,
            THIRD,
            "Source: https://stats.example/water/2024/11/05/",
        ),
        "vote.txt",
    )
    assert raw.url is None
