"""Round 54: a pair's reason reads as the analyst's words, with days as people write them and
which report is the later one said in words, not by an arrow."""

from __future__ import annotations

import re
from datetime import date

from desktop.analysis.conflicts import (
    LIKENESS_MARK,
    _day_text,
    _in_order,
    _side_by_side,
    _window_text,
    compare,
)
from desktop.domain import TENTATIVE_REASON, FigureRef, is_tentative
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.test_conflict_round53_likeness import _fig, _pair

MONDAY = date(2027, 2, 1)
WEDNESDAY = date(2027, 2, 3)
#: what the old reasons showed: ISO days and arrows
_CODE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|->|<-|\bNone\b")


def _undated(ref_id: int, text: str, number: str) -> FigureRef:
    for figure in find_figures(text, None, find_timexes(text, None)):
        if number in figure.number_text:
            return FigureRef(id=ref_id, article_id=ref_id, figure=figure, published=None)
    raise AssertionError(f"no figure {number!r} in {text!r}")


def test_days_are_written_as_people_write_them() -> None:
    assert _day_text(date(2025, 1, 12)) == "12 Jan 2025"
    assert _day_text(date(2030, 12, 3)) == "3 Dec 2030"
    assert _day_text(None) == "undated"


def test_windows_are_written_in_words() -> None:
    assert _window_text("day:2028-07-04") == "4 Jul 2028"
    assert _window_text("month:2028-11") == "Nov 2028"
    # a week by its days, as a figure's week is said (conflicts round 68; was "week 7 of 2028")
    assert _window_text("week:2028-W07") == "14–20 Feb 2028"
    assert _window_text("quarter:2028-Q3") == "Q3 2028"
    assert _window_text("day:not-a-day") == "not-a-day"


def test_which_report_is_later_is_said_in_words() -> None:
    assert _in_order("1 Feb 2027", "3 Feb 2027", True) == "as of 1 Feb 2027, then 3 Feb 2027"
    assert _in_order("3 Feb 2027", "1 Feb 2027", False) == "as of 3 Feb 2027, later than 1 Feb 2027"
    assert _in_order("1 Feb 2027", "1 Feb 2027", True) == (
        "both as of 1 Feb 2027, the second told later"
    )
    assert _in_order("1 Feb 2027", "1 Feb 2027", False) == (
        "both as of 1 Feb 2027, the first told later"
    )


def test_days_side_by_side_name_an_undated_report() -> None:
    assert _side_by_side("1 Feb 2027", "3 Feb 2027") == "as of 1 Feb 2027 and 3 Feb 2027"
    assert _side_by_side("1 Feb 2027", "1 Feb 2027") == "both as of 1 Feb 2027"
    assert (
        _side_by_side("undated", "1 Feb 2027") == "the first undated, the second as of 1 Feb 2027"
    )
    assert (
        _side_by_side("1 Feb 2027", "undated") == "the first as of 1 Feb 2027, the second undated"
    )


def test_a_toll_that_rose_reads_in_words_earlier_report_first() -> None:
    earlier = ref_containing(1, "The landslide has killed 8 villagers, rescuers said.", "8", MONDAY)
    later = ref_containing(
        2, "The landslide has now killed 13 villagers, rescuers said.", "13", WEDNESDAY
    )
    (pair,) = compare([earlier, later]).pairs
    assert pair.relation == "update"
    assert pair.reason.startswith("later report, the count rose: 8 vs 13 (")
    assert "as of 1 Feb 2027, then 3 Feb 2027" in pair.reason
    assert not _CODE_LIKE.search(pair.reason), pair.reason


def test_a_toll_that_rose_reads_in_words_later_report_first() -> None:
    later = ref_containing(
        1, "The landslide has killed 13 villagers, rescuers said.", "13", WEDNESDAY
    )
    earlier = ref_containing(2, "The landslide has killed 8 villagers, rescuers said.", "8", MONDAY)
    (pair,) = compare([later, earlier]).pairs
    assert (pair.a, pair.b) == (1, 2)
    assert "13 vs 8 (as of 3 Feb 2027, later than 1 Feb 2027" in pair.reason
    assert not _CODE_LIKE.search(pair.reason), pair.reason


def test_an_undated_report_is_named_undated_in_words() -> None:
    undated = _undated(1, "The landslide has killed 21 villagers, a charity said.", "21")
    dated = ref_containing(2, "The landslide has killed 8 villagers, rescuers said.", "8", MONDAY)
    (pair,) = compare([undated, dated]).pairs
    assert pair.relation == "contradiction"
    assert "the first undated, the second as of 1 Feb 2027" in pair.reason
    assert "cannot be ordered" in pair.reason
    assert not _CODE_LIKE.search(pair.reason), pair.reason


def test_a_tentative_reason_keeps_its_marker_and_splits_at_its_first_semicolon() -> None:
    # "Six travellers were hurt when the ferry struck the pier." (Tuesday), then "The number
    # of passengers hurt at the pier has risen to 9." (Wednesday): possibly one count
    refs = [
        _fig(1, 6, date(2031, 3, 11), counted="travellers", measure="injured", teller="police"),
        _fig(
            2,
            9,
            date(2031, 3, 12),
            counted="passengers",
            measure="injured",
            period="cumulative",
            cue="has risen to",
        ),
    ]
    pair = _pair(refs)
    assert pair is not None and pair.tentative and is_tentative(pair.reason)
    assert pair.reason.startswith(TENTATIVE_REASON)
    # the Conflicts tab splits the why from the relation's reason at the first "; "
    why, _sep, relation = pair.reason[len(TENTATIVE_REASON) :].partition("; ")
    assert f"{LIKENESS_MARK}traveller and passenger as one" in why
    assert relation == (
        "later report, the count rose: 6 vs 9 (as of 11 Mar 2031, then 12 Mar 2031, 'has risen to')"
    )
