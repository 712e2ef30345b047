"""Round 50: a running total told with its event's day is compared as of its telling. "Six
people were killed when the hillside gave way early on Monday", told on Tuesday, is the total
known on Tuesday: a later "Eight people have died" updates it, and the live blog's "Three
people are confirmed dead" on Monday came before it. A count limited to its day ("new
cases"), a war's tolls of several days, a day's count far below the total, and a total told
the same day as the day's count keep their day."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import _totals_as_told, compare, quantity_of
from desktop.domain import Figure, FigurePeriod, FigureRef

MON, TUE, WED, THU = date(2029, 6, 4), date(2029, 6, 5), date(2029, 6, 6), date(2029, 6, 7)


def _fig(
    ref_id: int,
    article_id: int,
    number: float,
    published: date,
    *,
    text: str | None = None,
    counted: str | None = "people",
    measure: str | None = "killed",
    as_of: date | None = None,
    period: FigurePeriod | None = None,
    cue: str | None = None,
    teller: str | None = None,
    scope: str | None = None,
    unit: str | None = None,
) -> FigureRef:
    """A figure as the reader gives it, told in an article published on ``published``."""
    words = text or f"{int(number):,} {counted or ''}".strip()
    figure = Figure(
        0, len(words), words, f"{int(number):,}", number, number, "exact", counted=counted,
        measure=measure, attributed_to=teller, as_of=as_of or published, scope=scope,
        period=period, change_cue=cue, unit=unit,
    )  # fmt: skip
    return FigureRef(ref_id, article_id, figure, published=published)


def _relations(refs: list[FigureRef]) -> dict[tuple[int, int], str]:
    return {(p.a, p.b): p.relation for p in compare(refs).pairs}


def _landslide() -> list[FigureRef]:
    return [
        # live blog, Monday: "Three people are confirmed dead in Arvel"
        _fig(1, 11, 3, MON, teller="the fire service"),
        # wire, Tuesday: "Six people were killed when the hillside gave way early on Monday"
        _fig(2, 12, 6, TUE, as_of=MON, period="day", teller="the regional government"),
        # release, Wednesday: "Eight people have died in the landslide"
        _fig(3, 13, 8, WED, period="cumulative"),
    ]


def test_a_toll_told_the_day_after_its_event_is_the_total_known_then() -> None:
    relations = _relations(_landslide())
    assert relations[(1, 2)] == "update"
    assert relations[(2, 3)] == "update"
    assert relations[(1, 3)] == "update"


def test_the_days_count_joins_the_total_in_one_group() -> None:
    report = compare(_landslide())
    assert [sorted(g.figure_ids) for g in report.groups] == [[1, 2, 3]]
    assert _totals_as_told(_landslide()) == {2}


def test_a_lower_total_told_later_still_contradicts_the_days_count() -> None:
    refs = _landslide()
    refs[2] = _fig(3, 13, 5, WED, period="cumulative")
    assert _relations(refs)[(2, 3)] == "contradiction"


def test_a_war_told_day_by_day_keeps_its_days() -> None:
    refs = [
        # "Shelling killed 12 people in the city on Monday", told on Tuesday
        _fig(1, 11, 12, TUE, as_of=MON, period="day"),
        # "Strikes killed 14 people on Tuesday", told on Wednesday
        _fig(2, 12, 14, WED, as_of=TUE, period="day"),
        # "At least 20 people have been killed since the offensive began", Thursday
        _fig(3, 13, 20, THU, period="cumulative"),
    ]
    assert _totals_as_told(refs) == set()
    relations = _relations(refs)
    assert (1, 3) not in relations and (2, 3) not in relations


def test_a_count_limited_to_its_day_keeps_its_day() -> None:
    refs = [
        # "The ministry recorded 140 new cases on Monday", told on Tuesday
        _fig(
            1,
            11,
            140,
            TUE,
            text="140 new cases",
            counted="new cases",
            measure="infected",
            as_of=MON,
            period="day",
        ),
        # "Some 200 people have now been infected", Wednesday
        _fig(2, 12, 200, WED, measure="infected", period="cumulative"),
    ]
    assert _totals_as_told(refs) == set()


def test_a_days_arrests_far_below_the_total_are_a_part_of_it() -> None:
    refs = [
        # "Police arrested 45 people in the capital on Saturday", told on Sunday
        _fig(
            1, 11, 45, date(2029, 6, 10), measure="arrested", as_of=date(2029, 6, 9), period="day"
        ),
        # "More than 1,200 people have been arrested since the protests began", Tuesday
        _fig(2, 12, 1200, date(2029, 6, 12), measure="arrested", period="cumulative"),
    ]
    assert _totals_as_told(refs) == set()
    assert (1, 2) not in _relations(refs)


def test_a_total_told_the_same_day_as_the_days_count_stays_apart() -> None:
    refs = [
        # "Air strikes killed 30 people on Monday", told on Tuesday
        _fig(1, 11, 30, TUE, as_of=MON, period="day"),
        # "30 people have been killed since the truce began", told on Tuesday too
        _fig(2, 12, 30, TUE, period="cumulative"),
    ]
    assert _totals_as_told(refs) == set()


def test_a_total_told_on_its_day_only_keeps_its_day() -> None:
    refs = [
        # "Hospitals were treating 90 injured people on Monday evening", told on Monday
        _fig(1, 11, 90, MON, measure="injured", period="day"),
        # "More than 70 people were injured", Tuesday
        _fig(2, 12, 75, TUE, measure="injured"),
    ]
    assert _totals_as_told(refs) == set()


def test_those_forced_from_their_homes_then_evacuated_is_an_update() -> None:
    refs = [
        # "The council ordered 6,000 residents to leave their homes", Monday
        _fig(1, 11, 6000, MON, counted="residents", measure="evacuated", period="cumulative"),
        # "About 9,000 people were forced from their homes by Monday's flood", Tuesday
        _fig(2, 12, 9000, TUE, measure="displaced", as_of=MON, period="day"),
        # "11,500 people have now been evacuated", Wednesday
        _fig(3, 13, 11500, WED, measure="evacuated", period="cumulative", cue="now"),
    ]
    relations = _relations(refs)
    assert relations[(1, 2)] == "update"
    assert relations[(2, 3)] == "update"


def test_displaced_and_evacuated_told_the_same_day_never_clash() -> None:
    refs = [
        # "The storm forced the evacuation of 3.1 million people"
        _fig(1, 11, 3_100_000, TUE, measure="evacuated"),
        # "The storm has driven 4 million people from their homes"
        _fig(2, 12, 4_000_000, TUE, measure="displaced"),
    ]
    assert _relations(refs).get((1, 2)) != "contradiction"


# -- a part its own article tells of its total ------------------------------------------------


def test_a_part_of_the_articles_own_total_is_no_rival_to_another_total() -> None:
    refs = [
        # "Seven people were killed in the fire, the brigade said", Monday
        _fig(1, 11, 7, MON),
        # "The toll rose to nine on Tuesday" and, further down, "Three of the dead were
        # nurses" (read with no noun), Wednesday
        _fig(2, 12, 9, WED, counted=None, as_of=TUE, period="cumulative", cue="rose to"),
        _fig(3, 12, 3, WED, counted=None),
    ]
    relations = _relations(refs)
    assert relations[(1, 2)] == "update"
    assert (1, 3) not in relations


def test_two_tellers_one_article_sets_side_by_side_are_rivals() -> None:
    refs = [
        # "The army said 30 people were killed", Monday
        _fig(1, 11, 30, MON, teller="the army"),
        # "The ministry said 40 people were killed; the union put the toll at 25", Tuesday
        _fig(2, 12, 40, TUE, teller="the health ministry"),
        _fig(3, 12, 25, TUE, counted=None, teller="the nurses' union"),
    ]
    assert _relations(refs)[(1, 3)] == "contradiction"


def test_a_part_beside_a_smaller_count_may_be_that_count_grown() -> None:
    refs = [
        # "Four people have died of heatstroke since Saturday", Monday
        _fig(1, 11, 4, MON, period="cumulative"),
        # "About 300 more people died in the heat" and "Nine deaths were recorded as
        # heatstroke" (read with no noun), Thursday
        _fig(2, 12, 300, THU, counted=None, as_of=MON),
        _fig(3, 12, 9, THU, counted=None),
    ]
    assert _relations(refs)[(1, 3)] == "update"


# -- a noun that names its measure ------------------------------------------------------------


def test_evacuees_are_the_people_evacuated() -> None:
    q = quantity_of(_fig(1, 11, 8600, THU, counted="evacuees", measure=None).figure)
    assert q is not None and (q.measure, q.head) == ("evacuated", "people")
    wounded = quantity_of(_fig(2, 11, 40, THU, counted="wounded", measure=None).figure)
    assert wounded is not None and (wounded.measure, wounded.head) == ("injured", "people")


def test_evacuees_in_shelters_keep_their_measure() -> None:
    q = quantity_of(_fig(1, 11, 300, THU, counted="evacuees", measure="sheltered").figure)
    assert q is not None and q.measure == "sheltered"


def test_a_revision_of_the_evacuees_told_days_later_updates_the_total() -> None:
    sat = date(2029, 6, 9)
    refs = [
        # "9,100 people have been evacuated from the valley", Tuesday
        _fig(1, 11, 9100, TUE, measure="evacuated", period="cumulative"),
        # "The council on Thursday revised the number of evacuees down to 8,600", Saturday
        _fig(
            2,
            12,
            8600,
            sat,
            counted="evacuees",
            measure=None,
            as_of=THU,
            period="day",
            cue="revised",
        ),
    ]
    report = compare(refs)
    assert [(p.a, p.b, p.relation) for p in report.pairs] == [(1, 2, "update")]
    # the day of the revision is the day it was told
    assert "then 7 Jun 2029" in report.pairs[0].reason


def test_evacuees_there_now_are_a_level_not_the_total_evacuated() -> None:
    # "The evacuees still in the valley's schools now number 1,200"
    now = _fig(1, 11, 1200, THU, counted="evacuees", measure=None, period="current", cue="now")
    q = quantity_of(now.figure)
    assert q is not None and q.measure != "evacuated"


# -- a stock of money seen at a time ----------------------------------------------------------


def test_reserves_that_stood_at_then_fell_to_are_one_level() -> None:
    refs = [
        # "The central bank's foreign reserves stood at $31.5 billion at the end of March"
        _fig(
            1,
            11,
            31.5e9,
            date(2029, 4, 3),
            text="$31.5 billion",
            counted="foreign reserves",
            unit="USD",
            measure=None,
            as_of=date(2029, 3, 31),
            period="month",
            teller=None,
        ),
        # "Foreign reserves fell to $28.9 billion by 20 April, the bank said"
        _fig(
            2,
            12,
            28.9e9,
            date(2029, 4, 22),
            text="$28.9 billion",
            counted="Foreign reserves",
            unit="USD",
            measure=None,
            as_of=date(2029, 4, 20),
            cue="fell to",
            teller="the bank",
        ),
    ]
    assert _relations(refs) == {(1, 2): "update"}


# -- words of one quantity ----------------------------------------------------------------------


def test_metric_tons_are_tonnes() -> None:
    refs = [
        # "About 2,000 tonnes of fuel oil leaked into the bay", Monday
        _fig(1, 11, 2000, MON, counted="fuel oil", measure="leaked", unit="tonnes"),
        # "Some 2,000 metric tons of fuel oil leaked", Tuesday
        _fig(2, 12, 2000, TUE, counted="fuel oil", measure="leaked", unit="metric tons"),
    ]
    assert _relations(refs) == {(1, 2): "consistent"}


def test_job_losses_told_with_the_cut_are_the_jobs_cut() -> None:
    # "The closure of the Brisk Motors plant will lead to 900 job losses"
    losses = quantity_of(_fig(1, 11, 900, MON, counted="job losses", measure="cut").figure)
    # "Brisk Motors will cut 900 jobs at the plant"
    jobs = quantity_of(_fig(2, 12, 900, TUE, counted="jobs", measure="cut").figure)
    assert losses is not None and jobs is not None and losses.key == jobs.key


def test_a_correction_named_later_in_the_sentence_revises_the_days_figure() -> None:
    refs = [
        # "The central bank said it sold $800 million of its reserves on Monday", Tuesday
        _fig(
            1,
            11,
            800e6,
            TUE,
            text="$800 million of its reserves",
            counted="reserves",
            measure="sold",
            unit="USD",
            as_of=MON,
            period="day",
            teller="The central bank",
        ),
        # "The bank sold $1.1 billion of reserves on Monday, correcting the figure it gave on
        # the day", a week later
        _fig(
            2,
            12,
            1.1e9,
            date(2029, 6, 12),
            text="$1.1 billion of reserves",
            counted="reserves",
            measure="sold",
            unit="USD",
            as_of=MON,
            period="day",
            cue="correcting",
            teller="The bank",
        ),
    ]
    assert _relations(refs) == {(1, 2): "update"}


# -- a revision dated by its telling ------------------------------------------------------------


def _reading_of(
    ref_id: int, article_id: int, value: float, published: date, as_of: date, cue: str | None = None
) -> FigureRef:
    """A reading of the temperature in Corvel, dated to ``as_of``."""
    return _fig(
        ref_id,
        article_id,
        value,
        published,
        text=f"{value}C",
        counted="temperature",
        measure=None,
        unit="C",
        scope="Corvel",
        period="day",
        as_of=as_of,
        cue=cue,
    )


def test_a_reading_lowered_days_later_revises_the_days_reading() -> None:
    sat = date(2029, 6, 9)
    refs = [
        # "The temperature in Corvel reached 41.2C on Monday, the weather service said"
        _reading_of(1, 11, 41.2, TUE, as_of=MON, cue="reached"),
        # "On Thursday the service lowered the reading at Corvel to 40.9C"
        _reading_of(2, 12, 40.9, sat, as_of=THU, cue="lowered"),
    ]
    assert _relations(refs) == {(1, 2): "update"}


def test_readings_of_two_days_with_no_revision_stay_two_days() -> None:
    sat = date(2029, 6, 9)
    refs = [
        _reading_of(1, 11, 41.2, TUE, as_of=MON, cue="reached"),
        # "Corvel cooled to 36.5C on Thursday"
        _reading_of(2, 12, 36.5, sat, as_of=THU),
    ]
    assert _relations(refs) == {}


def test_a_revision_among_several_days_keeps_its_day() -> None:
    sat = date(2029, 6, 9)
    refs = [
        _reading_of(1, 11, 41.2, TUE, as_of=MON),
        _reading_of(2, 12, 40.1, WED, as_of=TUE),
        _reading_of(3, 13, 40.9, sat, as_of=THU, cue="lowered"),
    ]
    assert not {(1, 3), (2, 3)} & set(_relations(refs))
