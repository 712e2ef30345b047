"""Import round 62: the per-line cost of a text copy of many short lines. Every line of such a
copy is its own block and is asked every own-text rule; rules whose pattern cannot match a
line's first character are not tried on it, and a pass that can only change a block beside a
sign-up box does no other work. The guards count the work done (pattern calls, turns looked
at), not seconds. Every line here is invented.
"""

from __future__ import annotations

import re

import pytest

from desktop.ingest import furniture, read_bytes
from desktop.ingest.furniture import Piece

LINES = [f"Crews of the Marrowby ferry carried {n} passengers on day {n}." for n in range(300)]


class _CountedPattern:
    """A pattern that counts the calls made to it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, text: str) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.match(text)


@pytest.mark.parametrize("name", ["_SEPARATOR_TEXT", "_SPONSOR_CAPS_LABEL", "_WEATHER_HEADING"])
def test_patterns_that_cannot_open_a_line_are_not_tried(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = _CountedPattern(getattr(furniture, name))
    monkeypatch.setattr(furniture, name, counted)
    for line in LINES:
        furniture._own_text_reason(line, "para")
    # HEAD tried each of these on every line (300 calls each).
    assert counted.calls == 0


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("* * *", furniture.SEPARATOR),
        ("----------------------------------------", furniture.SEPARATOR),
        ("— — —", furniture.SEPARATOR),
        ("SPONSORED BY HARBOUR KITCHENS Fitted kitchens made in Marrowby", furniture.ADVERTISEMENT),
        ("Weather for Bramley", furniture.PAGE_WIDGET),
        ("Full 5-day forecast", furniture.PAGE_WIDGET),
    ],
)
def test_the_rules_still_find_what_they_found(text: str, reason: str) -> None:
    assert furniture._own_text_reason(text, "para") == reason


def test_a_forecast_heading_after_a_mark_is_still_one() -> None:
    assert furniture.forecast_box("Weather for Bramley ›")
    assert not furniture.forecast_box("The weather for Bramley was wet.")


def test_only_pieces_beside_a_sign_up_box_are_asked_for_a_speakers_turn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[int] = []
    real = furniture._dialogue_turn

    def counted(pieces: list[Piece], i: int) -> bool:
        asked.append(i)
        return real(pieces, i)

    monkeypatch.setattr(furniture, "_dialogue_turn", counted)
    pieces = [Piece(f"MAYOR ODELL: Turn {n} of the meeting.") for n in range(2_000)]
    pieces.insert(1_000, Piece("Sign up to our newsletter", reason=furniture.NEWSLETTER))
    furniture._spread_newsletter(pieces)
    # Two passes over the two pieces beside the box; HEAD asked every piece, twice (4,000).
    assert asked == [999, 1001, 999, 1001]


def test_a_pitch_beside_a_sign_up_box_still_joins_it() -> None:
    pieces = [
        Piece(
            "The ferry resumed on Sunday after a month of repairs to its ramp, the council said."
        ),
        Piece("Get the best of the week in your inbox"),
        Piece("Sign up to our newsletter", reason=furniture.NEWSLETTER),
        Piece("The Marrowby Bulletin newsletter cuts through the noise"),
        Piece("Sign up", reason=furniture.NEWSLETTER),
    ]
    furniture._spread_newsletter(pieces)
    assert [p.reason for p in pieces] == [None] + [furniture.NEWSLETTER] * 4


def test_a_copy_of_many_short_lines_reads_as_before() -> None:
    text = "Ferry to Marrowby resumes\n\nBy Ann Lister\n\n" + "\n".join(LINES) + "\n"
    article = read_bytes(text.encode("utf-8"), "ferry.txt")
    assert article.title == "Ferry to Marrowby resumes"
    assert "on day 299." in article.text


class _CountedSearch(_CountedPattern):
    def search(self, text: str) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.search(text)


@pytest.mark.parametrize(
    "name",
    [
        "_CONSENT_WORDS_IN",
        "_NEWSLETTER_WORDS_IN",
        "_COPYRIGHT_WORDS_IN",
        "_CREDIT_WORDS_IN",
        "_SIGN_OFF_WORDS_IN",
    ],
)
def test_a_line_without_any_cue_word_is_scanned_once_not_five_times(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = _CountedSearch(getattr(furniture, name))
    monkeypatch.setattr(furniture, name, counted)
    for line in LINES:
        furniture._own_text_reason(line, "para")
    assert counted.calls == 0
    # A line with a cue word is still judged as before.
    assert furniture._own_text_reason("© 2026 Marrowby Bulletin. All rights reserved.", "para") == (
        furniture.COPYRIGHT
    )


def test_a_long_copy_of_one_paragraph_a_line_judges_only_its_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A page copied from a browser: one story paragraph a line, no blank lines. Joining the
    # lines asked each line all the own-text rules, though a line that cannot run on needs no
    # reason there and judging skips a plain story paragraph in a long copy's middle: 4,000
    # judgements on HEAD, now those of the 400 blocks at each end.
    judged: list[str] = []
    real = furniture._own_text_reason

    def counted(text: str, kind: str) -> str | None:
        judged.append(text)
        return real(text, kind)

    monkeypatch.setattr(furniture, "_own_text_reason", counted)
    paragraphs = [
        f"Crews of the Marrowby ferry carried {n} passengers across the estuary on day {n}, "
        f"the operator said in a statement on Sunday evening."
        for n in range(4_000)
    ]
    text = "Ferry to Marrowby resumes\n\nBy Ann Lister\n\n" + "\n".join(paragraphs) + "\n"
    article = read_bytes(text.encode("utf-8"), "ferry.txt")
    assert len(judged) < 1_000
    assert article.text.count("Crews of the Marrowby ferry") == 4_000
    assert "evening.\nCrews of the Marrowby ferry carried 2000 passengers" in article.text


def test_lines_that_run_on_are_still_joined_and_an_advert_still_breaks_out() -> None:
    text = (
        "Ferry to Marrowby resumes\n\nBy Ann Lister\n\n"
        "The ferry carried 400 passengers on Sunday after the county agreed to pay for\n"
        "Advertisement\n"
        "a new ramp at the quay, the operator said.\n"
    )
    article = read_bytes(text.encode("utf-8"), "ferry.txt")
    assert "agreed to pay for a new ramp at the quay" in article.text
    assert "Advertisement" not in article.text
