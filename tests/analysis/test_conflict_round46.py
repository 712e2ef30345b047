"""Round 46: what the fourth round of story packs found on the comparison side, each shape
tried on stories of my own. A revision the text names ("not 38 as it said on Tuesday", "six
more than it first said") is the teller correcting its own count, not a contradiction. A toll
told with the day of its event ("the death toll from Tuesday's derailment rose to 15 on
Wednesday") is the running count as told, one quantity with the toll told on the day. Police
and a rights group counting one day's arrests are rival sides, not one count that grew. A
plant's output a day and the people still held are levels, which fall as well as rise."""

from __future__ import annotations

import itertools
from datetime import date

from desktop.analysis.conflicts import (
    _named_revisions,
    _names_of,
    _opposed_tellers,
    _same_teller,
    _stories,
    compare,
)
from desktop.domain import Figure, FigurePair, FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

_IDS = itertools.count(4600)


def _article(article_id: int, text: str, published: date) -> list[FigureRef]:
    """Every figure of a story as one article's."""
    return [
        FigureRef(id=next(_IDS), article_id=article_id, figure=f, published=published)
        for f in find_figures(text, published, find_timexes(text, published))
    ]


def _figure(refs: list[FigureRef], number: str, article_id: int) -> FigureRef:
    for ref in refs:
        if ref.article_id == article_id and ref.figure.number_text == number:
            return ref
    raise AssertionError(f"no figure {number!r} in article {article_id}")


def _pair(refs: list[FigureRef], a: FigureRef, b: FigureRef) -> FigurePair | None:
    for pair in compare(refs).pairs:
        if {pair.a, pair.b} == {a.id, b.id}:
            return pair
    return None


# -- B: a revision the text names -------------------------------------------------------------


def _ferry() -> list[FigureRef]:
    return (
        _article(
            1,
            "The Norvik Lines ferry Astra was carrying 212 passengers when it ran aground off "
            "Kell on Monday, Norvik Lines said.",
            date(2026, 5, 4),
        )
        + _article(
            2,
            "Norvik Lines said on Wednesday that 218 passengers had been on board, six more "
            "than it first said.",
            date(2026, 5, 6),
        )
        + _article(3, "The company says 218 passengers were on board the Astra.", date(2026, 5, 8))
        + _article(
            4,
            "The coastguard said 225 passengers had been on board, seven more than the company "
            "said.",
            date(2026, 5, 7),
        )
    )


def test_more_than_it_first_said_is_the_tellers_own_revision() -> None:
    refs = _ferry()
    pair = _pair(refs, _figure(refs, "212", 1), _figure(refs, "218", 2))
    assert pair is not None
    assert pair.relation == "update"


def test_a_later_report_of_the_revised_count_is_the_revision_too() -> None:
    refs = _ferry()
    pair = _pair(refs, _figure(refs, "212", 1), _figure(refs, "218", 3))
    assert pair is not None
    assert pair.relation == "update"
    assert "revised to 218" in pair.reason


def test_another_tellers_count_beside_the_company_stays_a_contradiction() -> None:
    # the coastguard's "seven more than the company said" compares with another teller's
    # count: no revision of its own
    refs = _ferry()
    for number, article in (("212", 1), ("218", 2)):
        pair = _pair(refs, _figure(refs, number, article), _figure(refs, "225", 4))
        assert pair is not None
        assert pair.relation == "contradiction"


def _coach() -> list[FigureRef]:
    return (
        _article(
            1,
            "A school coach carrying 38 pupils overturned near Brenna on Tuesday, the operator "
            "Kestrel Coaches said.",
            date(2026, 10, 13),
        )
        + _article(
            2,
            "Kestrel Coaches said on Thursday that 41 pupils had been on board, not 38 as it "
            "said on Tuesday, because three pupils had joined the trip late.",
            date(2026, 10, 15),
        )
        + _article(
            3,
            "Parents said 44 pupils had been on board, not 41 as the operator said.",
            date(2026, 10, 16),
        )
    )


def test_not_n_as_it_said_is_the_tellers_own_revision() -> None:
    refs = _coach()
    pair = _pair(refs, _figure(refs, "38", 1), _figure(refs, "41", 2))
    assert pair is not None
    assert pair.relation == "update"


def test_not_n_as_another_teller_said_is_a_rival_count() -> None:
    refs = _coach()
    for number, article in (("38", 1), ("41", 2)):
        pair = _pair(refs, _figure(refs, number, article), _figure(refs, "44", 3))
        assert pair is not None
        assert pair.relation == "contradiction"


def _bare(start: int, number: float, teller: str, counted: str | None = None) -> Figure:
    text = str(int(number))
    return Figure(
        start, start + len(text), text, text, number, number, "exact", counted=counted,
        attributed_to=teller,
    )  # fmt: skip


def test_a_bare_number_after_a_count_names_the_count_or_the_change() -> None:
    told = _bare(0, 41, "Kestrel Coaches", counted="pupils")
    bare = _bare(30, 3, "Kestrel Coaches")
    refs = [FigureRef(1, 1, told), FigureRef(2, 1, bare)]
    assert sorted(_named_revisions(refs)[1]) == [3, 38, 44]


def test_a_number_far_away_or_of_another_teller_or_counting_something_names_nothing() -> None:
    told = _bare(0, 41, "Kestrel Coaches", counted="pupils")
    for other in (
        _bare(400, 3, "Kestrel Coaches"),
        _bare(30, 3, "Parents"),
        _bare(30, 3, "Kestrel Coaches", counted="teachers"),
    ):
        assert _named_revisions([FigureRef(1, 1, told), FigureRef(2, 1, other)]) == {}


def test_one_teller_however_named() -> None:
    def told_by(teller: str) -> Figure:
        return _bare(0, 1, teller)

    assert _same_teller(told_by("Skerry Ferries"), told_by("Skerry"))
    assert _same_teller(told_by("the city police"), told_by("Police in Varna"))
    assert not _same_teller(
        told_by("the regional health authority"), told_by("the civil aviation authority")
    )
    assert not _same_teller(told_by("Police in Varna"), told_by("The rights group Open Gate"))


# -- A: a running toll told by later articles -----------------------------------------------


def _derailment() -> list[FigureRef]:
    return (
        _article(
            1,
            "Nine people have died, emergency services say. The Norail train left the tracks "
            "near Brask shortly after noon.",
            date(2026, 3, 3),
        )
        + _article(
            2,
            "The death toll from Tuesday's derailment of a Norail train near Brask rose to 15 on "
            "Wednesday, the health ministry said.",
            date(2026, 3, 4),
        )
        + _article(
            3,
            "The death toll from Tuesday's derailment near Brask reached 19 on Friday, the rail "
            "safety agency said.",
            date(2026, 3, 7),
        )
        + _article(
            4,
            "The death toll from last Tuesday's derailment near Brask rose to 21 on Sunday, the "
            "health ministry said. On Friday, Brask police had put the toll at 23.",
            date(2026, 3, 9),
        )
    )


def test_a_toll_told_with_its_events_day_is_the_running_toll() -> None:
    refs = _derailment()
    for (a, article_a), (b, article_b) in (
        (("Nine", 1), ("15", 2)),
        (("15", 2), ("19", 3)),
        (("19", 3), ("21", 4)),
    ):
        pair = _pair(refs, _figure(refs, a, article_a), _figure(refs, b, article_b))
        assert pair is not None, (a, b)
        assert pair.relation == "update", (a, b, pair.reason)


def test_another_tellers_toll_above_a_later_one_is_a_contradiction() -> None:
    # the police's 23 as of Friday against the agency's 19 told on Friday
    refs = _derailment()
    pair = _pair(refs, _figure(refs, "19", 3), _figure(refs, "23", 4))
    assert pair is not None
    assert pair.relation == "contradiction"


def test_a_toll_grown_from_its_days_own_count_stays_with_it() -> None:
    refs = _article(
        1,
        "At least 60 people were killed when a landslide buried Orra village on Monday, "
        "officials said.",
        date(2026, 6, 1),
    ) + _article(
        2,
        "The death toll from Monday's landslide in Orra has risen to 140, officials said on "
        "Wednesday.",
        date(2026, 6, 3),
    )
    pair = _pair(refs, _figure(refs, "60", 1), _figure(refs, "140", 2))
    assert pair is not None
    assert pair.relation == "update"


# -- C: rival sides on one day ------------------------------------------------------------------


def _march() -> list[FigureRef]:
    return (
        _article(
            1,
            "Police arrested 40 people in Tolvo on Saturday during a march against fuel prices, "
            "the city police said on Sunday.",
            date(2026, 9, 13),
        )
        + _article(
            2,
            "Police in Tolvo said on Monday that 47 people had been arrested during Saturday's "
            "march, seven more than they reported on Sunday.",
            date(2026, 9, 14),
        )
        + _article(
            3,
            "The rights group Free Assembly said on Monday that 73 people had been detained "
            "during Saturday's march in Tolvo.",
            date(2026, 9, 16),
        )
        + _article(
            4,
            "The interior ministry said on Thursday that 52 people had been arrested during "
            "Saturday's march in Tolvo.",
            date(2026, 9, 17),
        )
    )


def test_police_and_a_rights_group_counting_one_days_arrests_contradict() -> None:
    refs = _march()
    pair = _pair(refs, _figure(refs, "47", 2), _figure(refs, "73", 3))
    assert pair is not None
    assert pair.relation == "contradiction"
    assert "two sides" in pair.reason


def test_one_sides_later_counts_of_the_day_are_updates() -> None:
    refs = _march()
    for a, article_a, b, article_b in (("40", 1, "47", 2), ("47", 2, "52", 4)):
        pair = _pair(refs, _figure(refs, a, article_a), _figure(refs, b, article_b))
        assert pair is not None
        assert pair.relation == "update", (a, b, pair.reason)


def test_opposed_tellers() -> None:
    assert _opposed_tellers("Police in Tolvo", "The rights group Free Assembly")
    assert _opposed_tellers("the march organisers", "the interior ministry")
    assert not _opposed_tellers("the disaster agency", "the interior minister")
    assert not _opposed_tellers("the city police", "Police in Tolvo")
    assert not _opposed_tellers(None, "Police in Tolvo")


# -- levels a running count's words hide ---------------------------------------------------------


def _told(
    ref_id: int,
    number: float,
    published: date,
    *,
    counted: str,
    as_of: date,
    teller: str,
    unit: str | None = None,
    measure: str | None = None,
    period: str | None = None,
    cue: str | None = None,
) -> FigureRef:
    """A figure as the reader gives it, its own article's."""
    text = f"{int(number):,}"
    figure = Figure(
        0, len(text), text, text, number, number, "exact", unit=unit, counted=counted,
        measure=measure, attributed_to=teller, as_of=as_of, period=period,  # type: ignore[arg-type]
        change_cue=cue,
    )  # fmt: skip
    return FigureRef(ref_id, ref_id, figure, published=published)


def _relations(refs: list[FigureRef]) -> dict[frozenset[int], str]:
    return {frozenset((p.a, p.b)): p.relation for p in compare(refs).pairs}


def test_a_plants_output_a_day_is_a_level() -> None:
    # "Output at the Kessa smelter fell to 1,200 tonnes a day on Tuesday" (its owner), "The
    # industry ministry put output at 900 tonnes a day on Tuesday", "output was 700 tonnes a
    # day on Thursday" (the owner), "back to 2,500 tonnes a day on Saturday"
    tue, thu, sat = date(2026, 11, 3), date(2026, 11, 5), date(2026, 11, 7)
    refs = [
        _told(1, 1200, tue, counted="Output", unit="tonnes", as_of=tue, teller="Norval Metals"),
        _told(2, 900, thu, counted="output", unit="tonnes", as_of=tue, teller="the ministry"),
        _told(3, 700, thu, counted="output", unit="tonnes", as_of=thu, teller="Norval Metals"),
        _told(4, 2500, sat, counted="output", unit="tonnes", as_of=sat, teller="Norval Metals"),
    ]
    relations = _relations(refs)
    assert relations[frozenset((1, 2))] == "contradiction"
    assert relations[frozenset((1, 3))] == "update"
    assert relations[frozenset((3, 4))] == "update"


def test_a_spills_tonnes_still_only_grow() -> None:
    # "About 2,000 tonnes of fuel oil leaked", a week later another outlet's 1,500 tonnes
    refs = [
        _told(1, 2000, date(2026, 1, 5), counted="fuel oil", unit="tonnes",
              as_of=date(2026, 1, 5), teller="the coastguard"),
        _told(2, 1500, date(2026, 1, 12), counted="fuel oil", unit="tonnes",
              as_of=date(2026, 1, 12), teller="the coastguard"),
    ]  # fmt: skip
    assert _relations(refs)[frozenset((1, 2))] == "contradiction"


def test_people_still_held_fall_as_a_level() -> None:
    # "Thirty-four people remained in custody on Monday", "Twelve people remain in custody,
    # police said on Thursday", the reader giving both the measure "arrested"
    mon, thu = date(2026, 2, 16), date(2026, 2, 19)
    refs = [
        _told(1, 34, mon, counted="people", measure="arrested", period="current", as_of=mon,
              teller="police"),
        _told(2, 12, thu, counted="people", measure="arrested", period="current", as_of=thu,
              teller="police"),
    ]  # fmt: skip
    assert _relations(refs)[frozenset((1, 2))] == "update"


def test_people_still_held_are_no_count_of_those_arrested() -> None:
    # "94 people had been arrested during Saturday's march" and, on Thursday, "Nine people
    # remain in custody", the reader giving both the measure "arrested"
    mon, thu = date(2026, 2, 16), date(2026, 2, 19)
    refs = [
        _told(1, 94, mon, counted="people", measure="arrested", period="cumulative", as_of=mon,
              teller="police"),
        _told(2, 9, thu, counted="people", measure="arrested", period="current", as_of=thu,
              teller="police"),
    ]  # fmt: skip
    assert frozenset((1, 2)) not in _relations(refs)


def test_an_arrest_count_told_lower_later_still_contradicts() -> None:
    mon, thu = date(2026, 2, 16), date(2026, 2, 19)
    refs = [
        _told(1, 34, mon, counted="people", measure="arrested", period="cumulative", as_of=mon,
              teller="police"),
        _told(2, 12, thu, counted="people", measure="arrested", period="cumulative", as_of=thu,
              teller="police"),
    ]  # fmt: skip
    assert _relations(refs)[frozenset((1, 2))] == "contradiction"


def test_a_cue_comparing_with_another_tellers_count_says_nothing_moved() -> None:
    # "212 passengers" (the ferry line, Monday); "The coastguard said 225 passengers had been on
    # board, seven more than the company said"; "218 passengers had been on board, six more
    # than it first said" (the ferry line, Wednesday)
    mon, wed, thu = date(2026, 5, 4), date(2026, 5, 6), date(2026, 5, 7)
    first = _told(
        1, 212, mon, counted="passengers", measure="on board", as_of=mon, teller="Norvik Lines"
    )
    rival = _told(
        2,
        225,
        thu,
        counted="passengers",
        measure="on board",
        as_of=thu,
        teller="The coastguard",
        cue="seven more than the company said",
    )
    own = _told(
        3,
        218,
        wed,
        counted="passengers",
        measure="on board",
        as_of=wed,
        teller="Norvik Lines",
        cue="six more than it first said",
    )
    assert _relations([first, rival])[frozenset((1, 2))] == "contradiction"
    assert _relations([first, own])[frozenset((1, 3))] == "update"


def test_a_total_taken_in_is_no_count_of_those_still_trapped() -> None:
    # "Fourteen divers remain trapped in the cave, rescuers said" and, two days on, "The
    # regional hospital has treated 11 divers since Tuesday" (the verb unread)
    tue, thu = date(2026, 7, 14), date(2026, 7, 16)
    refs = [
        _told(1, 14, tue, counted="divers", measure="trapped", period="current", as_of=tue,
              teller="rescuers"),
        _told(2, 11, thu, counted="divers", period="cumulative", as_of=thu,
              teller="the regional hospital"),
    ]  # fmt: skip
    assert frozenset((1, 2)) not in _relations(refs)


def test_a_total_with_its_verb_unread_still_joins_a_running_count() -> None:
    # "Some 150 passengers had fallen ill by Thursday" beside "the outbreak has sickened 214
    # passengers"
    tue, thu = date(2026, 7, 14), date(2026, 7, 16)
    refs = [
        _told(1, 150, tue, counted="passengers", period="cumulative", as_of=tue,
              teller="the cruise line"),
        _told(2, 214, thu, counted="passengers", measure="infected", period="cumulative",
              as_of=thu, teller="health officials"),
    ]  # fmt: skip
    assert frozenset((1, 2)) in _relations(refs)


def test_how_full_a_reservoir_is_and_its_level_are_one_level() -> None:
    # "The reservoirs serving Tarrasa were 41% full on Monday, the water authority said" and
    # "On Monday, the campaign group Agua Viva had put the level at 37%"
    mon = date(2026, 8, 3)
    refs = [
        _told(1, 41, mon, counted="full", unit="%", period="day", as_of=mon,
              teller="the water authority"),
        _told(2, 37, date(2026, 8, 6), counted="level", unit="%", as_of=mon,
              teller="the campaign group Agua Viva"),
    ]  # fmt: skip
    assert _relations(refs)[frozenset((1, 2))] == "contradiction"


def test_a_reservoir_told_full_then_its_level_later_is_an_update() -> None:
    refs = _article(
        1,
        "The reservoirs serving Tarrasa were 41% full on Monday, the water authority said.",
        date(2026, 8, 3),
    ) + _article(
        2, "Reservoir levels stood at 36% on Sunday, the water authority said.", date(2026, 8, 10)
    )
    pair = _pair(refs, _figure(refs, "41%", 1), _figure(refs, "36%", 2))
    assert pair is not None
    assert pair.relation == "update"


# -- dev33's and dev32's leftovers ----------------------------------------------------------------


def _seat() -> list[FigureRef]:
    return (
        _article(
            1, "Ines Marlo won the Calder council seat by 412 votes after the recount.",
            date(2026, 11, 20),
        )
        + _article(
            2, "In Eastvale, 412 postal ballots were set aside because they arrived late.",
            date(2026, 11, 20),
        )
        + _article(
            3, "Ines Marlo won the Calder seat by 420 votes, the returning officer said.",
            date(2026, 11, 21),
        )
    )  # fmt: skip


def test_ballots_set_aside_are_no_count_of_a_winners_votes() -> None:
    refs = _seat()
    ballots = _figure(refs, "412", 2)
    for number, article in (("412", 1), ("420", 3)):
        assert _pair(refs, _figure(refs, number, article), ballots) is None


def test_two_margins_of_votes_still_meet() -> None:
    refs = _seat()
    pair = _pair(refs, _figure(refs, "412", 1), _figure(refs, "420", 3))
    assert pair is not None
    assert pair.relation == "contradiction"


def test_a_companys_staff_are_its_workers() -> None:
    refs = _article(
        1, "The union said 81% of rail workers walked out on Monday.", date(2026, 6, 8)
    ) + _article(
        2, "Ferrovia Nord said only 43% of its staff walked out on Monday.", date(2026, 6, 8)
    )
    pair = _pair(refs, _figure(refs, "81%", 1), _figure(refs, "43%", 2))
    assert pair is not None
    assert pair.relation == "contradiction"


def test_damages_told_as_a_sum_are_the_award() -> None:
    refs = _article(
        1,
        "A jury ordered Vantor Pharma to pay $120 million in damages to patients on Monday.",
        date(2026, 3, 9),
    ) + _article(
        2,
        "An appeals court reduced the damages Vantor Pharma must pay to $40 million on Thursday.",
        date(2026, 11, 12),
    )
    pair = _pair(refs, _figure(refs, "$120 million", 1), _figure(refs, "$40 million", 2))
    assert pair is not None
    assert pair.relation == "update"


def test_damages_paid_so_far_are_payments_not_the_award() -> None:
    mar, nov = date(2026, 3, 9), date(2026, 11, 12)
    refs = [
        _told(1, 120_000_000, mar, counted="damages", measure="paid", unit="USD", as_of=mar,
              teller="the court"),
        _told(2, 15_000_000, nov, counted="damages", unit="USD", period="cumulative", as_of=nov,
              teller="Vantor Pharma"),
    ]  # fmt: skip
    assert frozenset((1, 2)) not in _relations(refs)


# -- several stories in one project ---------------------------------------------------------------


def test_a_word_for_a_kind_of_people_names_no_particular_thing() -> None:
    told = _told(1, 1800, date(2028, 7, 4), counted="workers", as_of=date(2028, 7, 4),
                 teller="Energy Workers United")  # fmt: skip
    # round 47: a name is one unit, so the union's whole name, never "workers" (nor "energy")
    assert _names_of(told.figure) == {"energy workers united"}


def test_two_unions_of_workers_years_apart_tell_two_stories() -> None:
    # a rail strike in February 2026 and a refinery strike in July 2028, each union with
    # "Workers" in its name
    rail, refinery = date(2026, 2, 9), date(2028, 7, 4)
    refs = [
        _told(i, n, rail, counted="workers", as_of=rail, teller="the Rail Workers' Federation")
        for i, n in ((1, 15000), (2, 11000), (3, 400))
    ] + [
        _told(i, n, refinery, counted="workers", as_of=refinery, teller="Energy Workers United")
        for i, n in ((4, 1800), (5, 1100), (6, 2300))
    ]
    refs = [FigureRef(r.id, 1 if r.id <= 3 else 2, r.figure, published=r.published) for r in refs]
    assert len(_stories(refs)) == 2
