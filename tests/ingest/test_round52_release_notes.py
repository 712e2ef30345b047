"""Round 52 (7): a press release copied as text whose notes for journalists and the issuer's
boilerplate are set in capitals ("NOTES FOR EDITORS", "ABOUT KELDERWICK WATER"), with figures
in them. Every release here is invented."""

from __future__ import annotations

import pytest

from desktop.domain import RawArticle
from desktop.ingest import furniture, read_bytes

LAST = "Homeowners who replace their own section of pipe can claim a grant of up to 1,500 pounds."
TEXT = (
    "Kelderwick Water\n\nPress release\n\nKelderwick Water to replace 60 km of lead pipes\n\n"
    "Published 8 June 2027\n\n"
    "Kelderwick Water will replace about 60 kilometres of lead supply pipes across the city by "
    "the end of 2030, the company said on Tuesday.\n\n"
    "The work will reach about 14,000 homes built before 1970, most of them in Eastfield.\n\n"
    f"{LAST}\n\n"
)
NOTES = (
    "NOTES FOR EDITORS\n\n"
    "Around 8% of homes in Kelderwick still have a lead pipe. Tests in 2026 found lead above "
    "the limit at 112 of 3,400 taps.\n\n"
)
ABOUT = (
    "ABOUT KELDERWICK WATER\n\n"
    "Kelderwick Water supplies 1.1 million people in the Kelder valley and employs 1,350 "
    "staff.\n\n"
    "For more information contact the press office on 0161 555 0190.\n"
)


def _release(tail: str) -> RawArticle:
    return read_bytes((TEXT + tail).encode(), "release.txt")


def test_notes_for_editors_and_about_in_capitals_close_the_release() -> None:
    article = _release(NOTES + ABOUT)
    assert article.text.rstrip().endswith(LAST)
    assert "112 of 3,400" not in article.text
    assert "1.1 million" not in article.text


def test_the_issuer_in_capitals_is_named_as_the_text_spells_it() -> None:
    assert _release(NOTES + ABOUT).source == "Kelderwick Water"


@pytest.mark.parametrize(
    "heading",
    ["NOTES FOR EDITORS", "Notes for editors:", "Note for journalists", "Notes to media"],
)
def test_the_notes_headings_are_a_releases_end(heading: str) -> None:
    assert furniture._release_marker(furniture.Piece(heading)) == "disclaimer"


@pytest.mark.parametrize("heading", ["ABOUT KELDERWICK WATER", "About Kelderwick Water"])
def test_the_about_heading_in_either_case(heading: str) -> None:
    assert furniture._release_marker(furniture.Piece(heading)) == "about"


@pytest.mark.parametrize("heading", ["ABOUT THE AUTHOR", "ABOUT US", "About the author"])
def test_an_author_or_site_about_box_is_no_issuers(heading: str) -> None:
    assert furniture._release_marker(furniture.Piece(heading)) is None
