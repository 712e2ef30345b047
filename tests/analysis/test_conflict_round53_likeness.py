"""Round 53: likeness. Two figures of one story whose keys differ are paired (tentatively, with
the likeness named in the reason) when enough of their telling agrees: one set of people by two
of its names ("travellers" and "passengers"), a measurement's thing told in other words ("water
temperature" and "surface water"), a revision with no name ("revised its total down to 58
tonnes"), kinds against their whole ("lunches" and "meals"), and one set held now with no verb
on either side. Each example below is a sentence of an invented story, read by hand into the
fields the figure reader gives."""

from __future__ import annotations

from datetime import date

from desktop.analysis import _likeness as likeness
from desktop.analysis.conflicts import LIKENESS_MARK, compare
from desktop.domain import Figure, FigurePair, FigurePeriod, FigureRef


def _fig(
    ref_id: int,
    number: float,
    published: date,
    *,
    counted: str | None = None,
    measure: str | None = None,
    unit: str | None = None,
    scope: str | None = None,
    period: FigurePeriod | None = None,
    teller: str | None = None,
    cue: str | None = None,
    as_of: date | None = None,
    article: int | None = None,
) -> FigureRef:
    number_text = f"{number:g}"
    words = f"{number_text} {counted}" if counted else number_text
    figure = Figure(
        0,
        len(words),
        words,
        number_text,
        number,
        number,
        "exact",
        unit=unit,
        counted=counted,
        measure=measure,
        attributed_to=teller,
        as_of=as_of or published,
        change_cue=cue,
        scope=scope,
        period=period,
    )
    return FigureRef(ref_id, article or ref_id, figure, published=published)


def _pair(refs: list[FigureRef], a: int = 1, b: int = 2) -> FigurePair | None:
    for p in compare(refs).pairs:
        if {p.a, p.b} == {a, b}:
            return p
    return None


JAN20, JAN21 = date(2031, 1, 20), date(2031, 1, 21)
APR6, APR8, APR13 = date(2031, 4, 6), date(2031, 4, 8), date(2031, 4, 13)
JUN13, JUN17 = date(2031, 6, 13), date(2031, 6, 17)
JUL21, JUL22 = date(2031, 7, 21), date(2031, 7, 22)
MAR11, MAR12, MAR13 = date(2031, 3, 11), date(2031, 3, 12), date(2031, 3, 13)


# -- one set of people by two of its names ----------------------------------------------------


def test_travellers_hurt_then_passengers_hurt_is_an_update_by_likeness() -> None:
    refs = [
        # "Eleven travellers were injured when two trains collided outside Fenwick station."
        _fig(1, 11, JAN20, counted="travellers", measure="injured", teller="police"),
        # "The number of passengers hurt in the Fenwick collision has risen to 17."
        _fig(
            2,
            17,
            JAN21,
            counted="passengers",
            measure="injured",
            period="cumulative",
            cue="has risen to",
        ),
    ]
    pair = _pair(refs)
    assert pair is not None and pair.relation == "update" and pair.tentative
    assert f"{LIKENESS_MARK}traveller and passenger as one" in pair.reason


def test_aid_workers_and_employees_abducted_on_one_day_contradict() -> None:
    refs = [
        # "Armed men abducted five aid workers near Sarhal on Saturday, the governor said."
        _fig(
            1,
            5,
            APR6,
            counted="aid workers",
            measure="abducted",
            period="day",
            as_of=date(2031, 4, 5),
            teller="the regional governor",
        ),
        # "The charity said four of its employees had been kidnapped near Sarhal on Saturday."
        _fig(
            2,
            4,
            APR6,
            counted="employees",
            measure="abducted",
            period="day",
            as_of=date(2031, 4, 5),
            teller="Relief Without Borders",
        ),
    ]
    pair = _pair(refs)
    # kin nouns are one set, not a kind beside its whole: no "a kind may be fewer" excuse
    assert pair is not None and pair.relation == "contradiction"
    assert "employee" in pair.reason


def test_teachers_are_no_kin_of_pupils() -> None:
    refs = [
        # "Fifty-seven pupils at the academy have fallen ill, health officials said."
        _fig(1, 57, MAR13, counted="pupils", measure="infected", teller="health officials"),
        # "Fifty-two teachers at the academy have fallen ill, health officials said."
        _fig(2, 52, MAR13, counted="teachers", measure="infected", teller="health officials"),
    ]
    assert _pair(refs) is None


def test_kin_with_another_verb_is_no_pair() -> None:
    refs = [
        # "Thirty-one miners were trapped underground after water flooded the colliery."
        _fig(1, 31, date(2031, 6, 2), counted="miners", measure="trapped"),
        # "Twenty-four workers were rescued from the upper galleries on Monday night."
        _fig(2, 24, date(2031, 6, 3), counted="workers", measure="rescued"),
    ]
    assert _pair(refs) is None


def test_children_are_pupils_only_beside_pupils() -> None:
    assert likeness.kin_head("child", "pupil") == "pupil"
    assert likeness.kin_head("child", "student") == "pupil"
    # "12 children were among the victims" beside "74 people killed": a part, never pupils
    assert likeness.kin_head("child", "people") == "child"
    assert likeness.kin_head("student") == "pupil"
    assert likeness.kin_head("colleague") == likeness.kin_head("employee") == "worker"
    assert likeness.kin_head("teacher") == "teacher"


# -- a measurement's thing told in other words ------------------------------------------------


def test_water_temperature_and_surface_water_of_one_day_contradict() -> None:
    refs = [
        # "The water temperature in Lake Orsa reached 26C on Monday, the agency said."
        _fig(
            1,
            26,
            JUL21,
            counted="water temperature",
            unit="C",
            scope="Lake Orsa",
            period="day",
            teller="the environment agency",
            cue="reached",
        ),
        # "Lake Orsa's surface water hit 28.4C on Monday, according to a monitoring buoy."
        _fig(
            2,
            28.4,
            JUL22,
            counted="Lake Orsa's surface water",
            unit="C",
            period="day",
            as_of=JUL21,
            teller="a university monitoring buoy",
        ),
    ]
    pair = _pair(refs)
    assert pair is not None and pair.relation == "contradiction"
    assert "both measure the water in C" in pair.reason


def _flood(second_scope: str, second_day: date, second: float = 2.9) -> list[FigureRef]:
    thursday = date(2031, 10, 2)
    return [
        # "The flood crest reached 2.1 metres in the old town of Hadley on Thursday, the fire
        # service said." (no noun read)
        _fig(
            1,
            2.1,
            thursday,
            unit="metres",
            scope="the old town",
            period="day",
            teller="the fire service",
        ),
        # "In the old town of Hadley the water stood 2.9 metres deep on Thursday night."
        _fig(
            2,
            second,
            date(2031, 10, 3),
            unit="metres",
            scope=second_scope,
            period="day",
            as_of=second_day,
        ),
    ]


def test_one_unnamed_measurement_of_a_place_and_day_told_twice_contradicts() -> None:
    pair = _pair(_flood("the old town", date(2031, 10, 2)))
    assert pair is not None and pair.relation == "contradiction"
    assert "one measurement of a place and day" in pair.reason


def test_unnamed_measurements_of_two_places_or_days_are_no_pair() -> None:
    assert _pair(_flood("the harbour", date(2031, 10, 2))) is None
    assert _pair(_flood("the old town", date(2031, 10, 3))) is None


def test_unnamed_measurements_far_apart_are_no_pair() -> None:
    # "the breach in the old town's wall was 40 metres wide": another thing in metres
    assert _pair(_flood("the old town", date(2031, 10, 2), second=40)) is None


def test_air_temperature_is_not_the_water() -> None:
    refs = [
        _fig(1, 26, JUL21, counted="water temperature", unit="C", scope="Lake Orsa", period="day"),
        # "The air temperature at Lake Orsa reached 34C on Monday."
        _fig(2, 34, JUL21, counted="air temperature", unit="C", scope="Lake Orsa", period="day"),
    ]
    assert _pair(refs) is None


def test_measured_thing_reads_the_thing_not_the_dimension() -> None:
    assert likeness.measured_thing("temperature", ["water"], "C") == ("water", [])
    assert likeness.measured_thing("depth", ["fresh", "snow"], "m") == ("snow", ["fresh"])
    assert likeness.measured_thing("temperature", [], "C") == ("", [])
    # a count keeps its noun: "the level of donations" in euros is no measurement
    assert likeness.measured_thing("level", ["donation"], "EUR") == ("level", ["donation"])


# -- a number with no name said to be revised or to have risen --------------------------------


def _fish(revised: float) -> list[FigureRef]:
    return [
        # "By Thursday, 61 tonnes of dead fish had been removed from the river Tarrow."
        _fig(1, 61, JUN13, measure="killed", unit="tonnes", period="cumulative"),
        # "The agency on Monday revised its total down to 58 tonnes."
        _fig(2, revised, JUN17, unit="tonnes", period="cumulative", cue="revised"),
    ]


def test_a_revision_with_no_name_updates_the_one_figure_of_its_unit_near_it() -> None:
    pair = _pair(_fish(58))
    assert pair is not None and pair.relation == "update"
    assert f"{LIKENESS_MARK}a number with no name said to be revised" in pair.reason


def test_a_revision_far_from_the_figure_is_no_pair() -> None:
    assert _pair(_fish(190)) is None


def _county(tally_day: date, tally: float = 310) -> list[FigureRef]:
    return [
        # "Health officials have confirmed 240 cases of measles in Hardwick county."
        _fig(
            1,
            240,
            date(2031, 4, 18),
            counted="people",
            measure="infected",
            scope="Hardwick",
            teller="health officials",
        ),
        # "Hardwick county's tally rose to 310 on Friday, officials said."
        _fig(
            2,
            tally,
            tally_day,
            counted="Hardwick county's tally",
            period="cumulative",
            cue="rose to",
        ),
    ]


def test_a_tally_with_no_name_that_rose_updates_the_count_of_its_place() -> None:
    pair = _pair(_county(date(2031, 4, 25)))
    assert pair is not None and pair.relation == "update"
    assert "the place told in the noun" in pair.reason


def test_a_tally_that_rose_before_the_named_count_was_told_is_no_pair() -> None:
    assert _pair(_county(date(2031, 4, 16))) is None


def test_a_tally_far_from_the_named_count_is_no_pair() -> None:
    assert _pair(_county(date(2031, 4, 25), tally=3_100)) is None


def _bank(corrected_day: date, unit: str = "EUR") -> list[FigureRef]:
    monday = date(2031, 2, 10)
    return [
        # "Depositors withdrew 420 million euros from the bank on Monday, the bank said."
        _fig(1, 420e6, monday, unit="EUR", period="day", teller="the bank"),
        # "The bank on Thursday corrected its figure for Monday's withdrawals to €460m."
        _fig(
            2,
            460e6,
            date(2031, 2, 13),
            unit=unit,
            period="day",
            as_of=corrected_day,
            teller="The bank",
            cue="corrected",
        ),
    ]


def test_a_sum_corrected_with_no_name_updates_the_same_days_sum() -> None:
    pair = _pair(_bank(date(2031, 2, 10)))
    assert pair is not None and pair.relation == "update"
    assert "both of 10 Feb 2031" in pair.reason


def test_a_sum_corrected_for_another_day_is_no_pair() -> None:
    assert _pair(_bank(date(2031, 2, 11))) is None


def test_a_sum_corrected_in_another_currency_is_no_pair() -> None:
    assert _pair(_bank(date(2031, 2, 10), unit="USD")) is None


def test_names_revision() -> None:
    assert likeness.names_revision("corrected")
    assert likeness.names_revision("revised down")
    assert not likeness.names_revision("rose to")
    assert not likeness.names_revision(None)


# -- one set held now, no verb on either side -------------------------------------------------


def test_colleagues_and_aid_workers_held_now_are_one_level() -> None:
    refs = [
        # "Five colleagues remain in captivity."
        _fig(1, 5, APR8, counted="colleagues", period="current"),
        # "The governor's office said on Monday that three aid workers were still held."
        _fig(2, 3, APR13, counted="aid workers", period="current", teller="The governor's office"),
    ]
    pair = _pair(refs)
    assert pair is not None and pair.relation == "update"
    assert f"{LIKENESS_MARK}both told as they stand now" in pair.reason


def test_colleagues_still_in_the_province_are_not_the_captives() -> None:
    refs = [
        # "Forty colleagues remain in the province, the charity said."
        _fig(1, 40, APR8, counted="colleagues", period="current"),
        _fig(2, 3, APR13, counted="aid workers", period="current"),
    ]
    # a likeness alone joins only numbers within twice each other
    assert _pair(refs) is None


def _captives(second: float, second_day: date) -> list[FigureRef]:
    return [
        # "Five colleagues remain in captivity."
        _fig(1, 5, APR8, counted="colleagues", period="current"),
        # "The kidnappers freed three more on Sunday, leaving two aid workers in captivity."
        _fig(2, second, second_day, counted="aid workers", period="current"),
    ]


def test_a_level_that_fell_further_on_a_later_day_is_still_an_update() -> None:
    pair = _pair(_captives(2, APR13))
    assert pair is not None and pair.relation == "update"


def test_a_level_far_below_on_the_same_day_or_far_off_is_no_pair() -> None:
    assert _pair(_captives(2, APR8)) is None
    assert _pair(_captives(1, APR13)) is None


# -- one company by two of its names --------------------------------------------------------


def _bid(second_scope: str) -> list[FigureRef]:
    return [
        # "Castellan Group offered 640 pence a share for Harwick Foods on Monday."
        _fig(
            1,
            640,
            date(2031, 6, 9),
            counted="offer",
            unit="pence",
            scope="Castellan Group",
            period="current",
        ),
        # "Castellan raised its offer to 720p a share on Thursday."
        _fig(
            2,
            720,
            date(2031, 6, 12),
            counted="offer",
            unit="pence",
            scope=second_scope,
            period="current",
            cue="raised",
        ),
    ]


def test_a_company_named_without_its_company_word_is_the_same_company() -> None:
    pair = _pair(_bid("Castellan"))
    assert pair is not None and pair.relation == "update"
    assert f"{LIKENESS_MARK}castellan group and castellan as one" in pair.reason


def test_another_company_is_no_pair() -> None:
    # "Ostrava raised its offer to 720p": a rival bidder
    assert _pair(_bid("Ostrava")) is None


def test_one_company() -> None:
    assert likeness.one_company("castellan group", "castellan")
    assert likeness.one_company("brennick motors plc", "brennick motors")
    # a bank's name may end a place's: "Bank of Halvor" is no company word left off
    assert not likeness.one_company("halvard bank", "halvard")
    assert not likeness.one_company("kherson region", "kherson")
    assert not likeness.one_company("castellan group", "ostrava")


# -- kinds, and never across stories ----------------------------------------------------------


def test_more_lunches_than_meals_on_one_day_contradict() -> None:
    day = date(2031, 3, 10)
    refs = [
        # "The supplier delivered 420 lunches to the school on Monday, the head teacher said."
        _fig(1, 420, MAR11, counted="lunches", period="day", as_of=day),
        # "Harbury Foods said it delivered 380 meals to the academy on Monday."
        _fig(2, 380, MAR12, counted="meals", period="day", as_of=day),
    ]
    pair = _pair(refs)
    assert pair is not None and pair.relation == "contradiction"
    assert "lunch of meal" in pair.reason


def test_likeness_never_joins_two_stories() -> None:
    refs = [
        # a March rail crash: "Eleven travellers were injured"
        _fig(1, 11, JAN20, counted="travellers", measure="injured"),
        _fig(3, 4, JAN20, counted="people", measure="killed", article=1),
        _fig(4, 5, JAN21, counted="people", measure="killed", article=5),
        # a September ferry accident: "the number of passengers hurt has risen to 13"
        _fig(
            2,
            13,
            date(2031, 9, 3),
            counted="passengers",
            measure="injured",
            period="cumulative",
            cue="has risen to",
        ),
        _fig(6, 2, date(2031, 9, 3), counted="people", measure="killed", article=2),
        _fig(7, 3, date(2031, 9, 4), counted="people", measure="killed", article=7),
    ]
    assert _pair(refs) is None
