"""Round 28 comparison rules: grouping of multi-source story packs (dev26)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.analysis.conflicts import compare, quantity_of
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

TUESDAY = date(2026, 4, 7)
THURSDAY = date(2026, 4, 9)
SATURDAY = date(2026, 4, 11)


def _ref(ref_id: int, text: str, number: str, published: date = THURSDAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_running_total_with_its_verb_unread_joins_the_measured_count() -> None:
    told = _ref(
        1, "The outbreak has infected 310 guests at the Harbour Hotel, officials said.", "310"
    )
    unread = _ref(
        2,
        # "fallen ill" is read as infected since round 48: a verb the reader does not know
        "Some 240 guests at the Harbour Hotel had complained of stomach cramps by Thursday.",
        "240",
    )
    assert told.figure.measure and not unread.figure.measure
    assert unread.figure.period == "cumulative"
    assert _relation(told, unread) == "contradiction"
    more = _ref(
        3, "More than 300 guests at the Harbour Hotel have complained of cramps so far.", "300"
    )
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


def test_a_toll_that_has_risen_grows_from_the_one_day_its_event_is_dated_to() -> None:
    first = _ref(
        1,
        "Four climbers were killed when a serac collapsed on the north face on Tuesday.",
        "Four",
        TUESDAY,
    )
    risen = _ref(2, "The death toll from the serac collapse has climbed to six.", "six")
    named = _ref(3, "The number of climbers killed in the serac collapse has risen to six.", "six")
    assert first.figure.period == "day" and risen.figure.period == "cumulative"
    assert _relation(first, risen) == "update"
    assert _relation(first, named) == "update"


def test_a_total_that_tells_no_rise_stays_apart_from_a_days_count() -> None:
    first = _ref(1, "Four climbers were killed when a serac collapsed on Tuesday.", "Four", TUESDAY)
    since = _ref(2, "Six people have died on the mountain since Tuesday, guides said.", "Six")
    assert compare([first, since]).pairs == []


def test_a_risen_toll_stays_apart_when_the_measure_is_dated_to_several_days() -> None:
    tuesday = _ref(1, "Four climbers were killed in a serac collapse on Tuesday.", "Four", TUESDAY)
    wednesday = _ref(
        2, "Three climbers were killed in a rockfall on Wednesday.", "Three", date(2026, 4, 8)
    )
    risen = _ref(3, "The death toll on the mountain has climbed to six.", "six")
    pairs = compare([tuesday, wednesday, risen]).pairs
    assert all(3 not in (p.a, p.b) for p in pairs)


def test_a_named_risen_toll_grows_only_from_its_own_populations_day() -> None:
    bombing = _ref(1, "A car bomb killed 12 people in the market on Tuesday.", "12", TUESDAY)
    soldiers = _ref(2, "The number of soldiers killed has risen to 15, the army said.", "15")
    assert compare([bombing, soldiers]).pairs == []


def test_a_risen_toll_told_on_the_events_own_day_stays_apart_from_its_count() -> None:
    day = _ref(1, "Four climbers were killed in a serac collapse on Thursday.", "Four")
    risen = _ref(2, "The death toll on the mountain has climbed to six.", "six")
    assert compare([day, risen]).pairs == []


def test_residents_are_a_population_of_their_own() -> None:
    crews = _ref(1, "Three paramedics were injured when the roof fell in, officials said.", "Three")
    residents = _ref(
        2, "Five residents were injured when the roof fell in, the council said.", "Five"
    )
    people = _ref(3, "Five people were injured when the roof fell in, the council said.", "Five")
    assert compare([crews, residents]).pairs == []
    # people with no other name are still the one named group their measure is told of
    assert _relation(crews, people) == "contradiction"


def test_a_rise_told_the_same_day_as_another_sources_count_is_a_rival_report() -> None:
    risen = _ref(1, "The toll from the quarry blast rose to 19 on Thursday, medics said.", "19")
    other = _ref(2, "The quarry blast has killed 11 people, the mayor said on Thursday.", "11")
    assert _relation(risen, other) == "contradiction"
    # told the next day, the rise is news about the count
    friday = date(2026, 4, 10)
    later = _ref(
        3, "The toll from the quarry blast rose to 19 on Friday, medics said.", "19", friday
    )
    assert _relation(other, later) == "update"


def test_a_count_with_no_place_joins_the_one_places_count_of_its_day() -> None:
    placed = _ref(
        1,
        "A minibus that overturned in Garo district on Tuesday left 14 dead, police said.",
        "14",
        TUESDAY,
    )
    plain = _ref(
        2,
        "Fourteen people were killed when the minibus overturned, police said on Tuesday.",
        "Fourteen",
        TUESDAY,
    )
    assert placed.figure.scope and not plain.figure.scope
    assert placed.figure.period == "day" and plain.figure.period is None
    assert _relation(placed, plain) == "consistent"
    other = _ref(
        3,
        "Nine people were killed when the minibus overturned, police said on Tuesday.",
        "Nine",
        TUESDAY,
    )
    assert _relation(placed, other) == "contradiction"


def test_a_count_with_no_place_stays_apart_when_two_places_are_dated_to_its_day() -> None:
    garo = _ref(1, "A minibus that overturned in Garo on Tuesday left 14 dead.", "14", TUESDAY)
    tura = _ref(2, "A lorry that overturned in Tura on Tuesday left 12 dead.", "12", TUESDAY)
    plain = _ref(
        3,
        "Thirteen people were killed when the minibus overturned, police said on Tuesday.",
        "Thirteen",
        TUESDAY,
    )
    pairs = compare([garo, tura, plain]).pairs
    assert all(3 not in (p.a, p.b) for p in pairs)


def test_a_common_noun_opening_the_sentence_is_no_people() -> None:
    told = _ref(1, "Exports reached 41.2 billion dollars in January-March, customs said.", "41.2")
    named = _ref(
        2, "Chinese exports reached 41.2 billion dollars in January-March, customs said.", "41.2"
    )
    nation = _ref(3, "The strike killed 12 Palestinians, the ministry said.", "12")
    qt, qn, qp = quantity_of(told.figure), quantity_of(named.figure), quantity_of(nation.figure)
    assert qt is not None and qn is not None and qp is not None
    assert (qt.head, qt.demonym) == ("export", False)
    assert qn.head == "export"
    assert (qp.head, qp.demonym) == ("people", True)
    assert _relation(told, named) == "consistent"


def test_people_with_no_other_name_and_no_verb_read_join_no_measured_count() -> None:
    signed = _ref(1, "More than 300 people have signed the petition so far.", "300")
    arrested = _ref(2, "At least 200 people have been arrested since the protests began.", "200")
    assert not signed.figure.measure and signed.figure.period == "cumulative"
    assert compare([signed, arrested]).pairs == []


def test_a_count_far_from_the_places_count_of_its_day_stays_the_running_total() -> None:
    placed = _ref(1, "A landslide in Garo district on Tuesday left 12 dead.", "12", TUESDAY)
    total = _ref(2, "The floods killed 88 people, officials said on Tuesday.", "88", TUESDAY)
    later = _ref(3, "The floods killed 120 people, officials said.", "120")
    assert total.figure.period is None and later.figure.period is None
    pairs = compare([placed, total, later]).pairs
    assert [(p.a, p.b, p.relation) for p in pairs] == [(2, 3, "update")]


def test_the_days_count_becomes_the_first_report_of_every_later_total() -> None:
    first = _ref(
        1, "Five skiers were killed when an avalanche hit the resort on Tuesday.", "Five", TUESDAY
    )
    risen = _ref(2, "The death toll from the avalanche has risen to seven.", "seven")
    saturday = date(2026, 4, 11)
    later = _ref(3, "The avalanche has killed eight people, rescuers said.", "eight", saturday)
    pairs = {(p.a, p.b): p.relation for p in compare([first, risen, later]).pairs}
    assert pairs == {(1, 2): "update", (1, 3): "update", (2, 3): "update"}


def test_residents_hurt_are_a_group_apart_from_everyone_hurt() -> None:
    residents = _ref(1, "Six residents were injured when the gas main exploded.", "Six")
    everyone = _ref(2, "The gas explosion injured 34 people, the council said.", "34")
    assert compare([residents, everyone]).pairs == []
    # people with no other name near their number are the residents told another way
    killed = _ref(3, "Twelve residents were killed in the care home fire.", "Twelve")
    people = _ref(4, "Eleven people were killed in the care home fire, police said.", "Eleven")
    assert _relation(killed, people) == "contradiction"
    # residents evacuated are the people evacuated
    moved = _ref(5, "About 3,000 residents were evacuated from the valley.", "3,000")
    later = _ref(
        6, "The number of people evacuated from the valley has risen to 7,900.", "7,900", SATURDAY
    )
    assert _relation(moved, later) == "update"


def test_only_a_plural_shaped_as_a_peoples_name_is_a_demonym() -> None:
    figure = _ref(1, "Some 3.7 million Ukrainians have been displaced by the war.", "3.7").figure
    demonyms = {}
    for counted in ("Ukrainians", "Israelis", "Britons", "Turks", "Transits", "Loans", "Exports"):
        q = quantity_of(replace(figure, counted=counted))
        assert q is not None
        demonyms[counted] = (q.head, q.demonym)
    assert demonyms == {
        "Ukrainians": ("people", True),
        "Israelis": ("people", True),
        "Britons": ("people", True),
        "Turks": ("people", True),
        "Transits": ("transit", False),
        "Loans": ("loan", False),
        "Exports": ("export", False),
    }


def test_a_common_noun_opening_the_sentence_meets_the_same_noun_with_its_kind() -> None:
    shipped = _ref(2, "Transits through the canal fell by 60% last month.", "60%")
    named = _ref(3, "Canal transits fell by 60% last month, the authority said.", "60%")
    assert _relation(shipped, named) == "consistent"
