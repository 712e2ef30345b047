"""Round 28 comparison rules: grouping of multi-source story packs (dev26)."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

TUESDAY = date(2026, 4, 7)
THURSDAY = date(2026, 4, 9)


def _ref(ref_id: int, text: str, number: str, published: date = THURSDAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_running_total_with_its_verb_unread_joins_the_measured_count() -> None:
    told = _ref(
        1, "The outbreak has infected 310 guests at the Harbour Hotel, officials said.", "310"
    )
    unread = _ref(
        2, "Some 240 guests at the Harbour Hotel had fallen ill by Thursday, the owner said.", "240"
    )
    assert told.figure.measure and not unread.figure.measure
    assert unread.figure.period == "cumulative"
    assert _relation(told, unread) == "contradiction"
    more = _ref(3, "More than 300 guests at the Harbour Hotel have fallen ill so far.", "300")
    assert _relation(told, more) == "consistent"


def test_a_count_not_told_as_a_total_stays_apart_from_a_measured_one() -> None:
    # what the pier handled is no count of what was cancelled, though both are ferries
    cancelled = _ref(1, "The operator cancelled 90 ferries on Tuesday because of the storm.", "90")
    handled = _ref(2, "The pier handled 90 ferries on Tuesday despite the storm.", "90")
    assert compare([cancelled, handled]).pairs == []


def test_an_unread_running_total_far_from_the_measured_count_stays_apart() -> None:
    told = _ref(1, "The outbreak has infected 310 guests at the Harbour Hotel.", "310")
    far = _ref(2, "Some 1,400 guests at the Harbour Hotel have checked out so far.", "1,400")
    assert compare([told, far]).pairs == []


def test_two_reports_of_one_day_that_both_tell_a_rise_are_rivals() -> None:
    a = _ref(
        1, "Total exports reached 41.2 billion dollars in January-March, customs said.", "41.2"
    )
    b = _ref(
        2, "Total exports reached 39.8 billion dollars in January-March, the ministry said.", "39.8"
    )
    assert a.figure.change_cue and b.figure.change_cue
    assert _relation(a, b) == "contradiction"


def test_a_revision_told_the_same_day_still_replaces_the_count() -> None:
    a = _ref(1, "The death toll rose to 31 on Thursday, police said.", "31")
    b = _ref(2, "Police later revised the death toll down to 27 on Thursday.", "27")
    assert _relation(a, b) == "update"
