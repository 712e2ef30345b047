"""Figures round 52 (session 24): what a size, a correction and a revision are told of.

- A length told with its dimension after it ("about 400 metres wide", "5 km long") is of the
  noun right before it, set off by commas or not: "The slide, about 400 metres wide,
  destroyed ...", "A slick about 5 km long was drifting"; a verb between ends the noun ("The
  snow lay 6 metres deep" keeps its subject, "snow").
- "corrected the length of oiled coastline to 14 km": a dimension noun before "of" names how
  the stuff after it is measured, as "the number of homes" counts homes.
- "corrected the number of houses destroyed to 29" on a day, and "down from the 31 it gave on
  17 February": the days the count was put right and the old number told, never a window of
  one day's count.
- "six, police said, revising their earlier estimate of five": the teller's own revision.
"""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import Figure, FigureRef
from desktop.extract import extract

SAT, MON = date(2032, 2, 14), date(2032, 2, 16)


def _figures(text: str, published: date = MON) -> list[Figure]:
    return extract(text, published).figures


def _one(text: str, published: date = MON) -> Figure:
    figures = _figures(text, published)
    assert len(figures) == 1, figures
    return figures[0]


def test_a_width_set_off_by_commas_is_of_the_noun_before_it() -> None:
    figure = _figures("The slide, about 400 metres wide, destroyed 23 houses and the school.")[0]
    assert figure.number_text == "400"
    assert figure.counted == "slide"


def test_a_length_right_after_its_noun_is_of_that_noun() -> None:
    assert _one("A slick about 5 km long was drifting towards the bird colonies.").counted == (
        "slick"
    )
    assert _one("The tower, 120 metres tall, was evacuated.").counted == "tower"


def test_a_verb_before_the_size_leaves_the_subject_as_it_was() -> None:
    assert _one("The snow lay 6 metres deep at the foot of the slope.").counted == "snow"
    assert _one("The slide was about 600 metres wide.").counted == "slide"


def test_a_length_with_no_dimension_word_is_not_read_so() -> None:
    # "The convoy, 40 km from the border," tells where, not how long the convoy is
    figure = _one("The convoy, 40 km from the border, stopped for the night.")
    assert figure.counted != "convoy"


def test_a_dimension_noun_before_of_names_the_stuff_after_it() -> None:
    figures = _figures(
        "The coastguard on Thursday corrected the length of oiled coastline on Skarra to "
        "14 km, from 18 km, after a survey from the air."
    )
    assert [f.counted for f in figures] == ["oiled coastline", "oiled coastline"]
    assert _one("Engineers revised the depth of the flooded tunnel to 14 metres.").counted == (
        "flooded tunnel"
    )


def test_the_day_a_count_was_corrected_is_no_window_of_a_days_count() -> None:
    figures = _figures(
        "The province on Friday corrected the number of houses destroyed to 29, down from the "
        "31 it gave on 17 February, after two were found to be repairable.",
        date(2032, 2, 28),
    )
    new, old = figures[0], figures[1]
    assert (new.number_text, new.measure, new.period) == ("29", "destroyed", None)
    assert new.as_of == date(2032, 2, 27)
    assert (old.number_text, old.period, old.as_of) == ("31", None, date(2032, 2, 17))


def test_a_count_made_on_a_day_keeps_its_window() -> None:
    figure = _one("Rebels killed 14 people on Friday.", date(2032, 2, 28))
    assert figure.period == "day"


def test_revising_after_the_number_marks_the_tellers_revision() -> None:
    figures = _figures(
        "The number of gunmen is six, police said, revising their earlier estimate of five."
    )
    assert figures[0].number_text == "six"
    assert figures[0].change_cue == "revising"


def _ref(i: int, article: int, text: str, published: date, number: str = "") -> FigureRef:
    figures = _figures(text, published)
    figure = next(f for f in figures if f.number_text == number) if number else figures[0]
    return FigureRef(i, article, figure, published=published)


def test_a_revised_count_is_an_update_of_the_one_before() -> None:
    report = compare(
        [
            _ref(1, 1, "Police said five gunmen had entered the building.", SAT),
            _ref(
                2,
                2,
                "The number of gunmen is six, police said, revising their earlier estimate "
                "of five.",
                MON,
            ),
        ]
    )
    relations = {frozenset((p.a, p.b)): p.relation for p in report.pairs}
    assert relations[frozenset((1, 2))] == "update"


def test_a_count_corrected_on_a_day_updates_the_count_it_replaces() -> None:
    report = compare(
        [
            _ref(1, 1, "The slide destroyed 31 houses and damaged 12 more.", date(2032, 2, 17)),
            _ref(
                2,
                2,
                "The province on Friday corrected the number of houses destroyed to 29, down "
                "from the 31 it gave on 17 February.",
                date(2032, 2, 28),
            ),
            _ref(3, 3, "The slide destroyed 23 houses, the governor said.", MON),
        ]
    )
    relations = {frozenset((p.a, p.b)): p.relation for p in report.pairs}
    assert relations[frozenset((1, 2))] == "update"
    assert relations[frozenset((3, 1))] == "update"


def test_two_widths_of_one_thing_told_apart_contradict() -> None:
    report = compare(
        [
            _ref(1, 1, "The sinkhole, about 15 metres wide, swallowed a van in Mirel.", MON),
            _ref(2, 2, "The sinkhole in Mirel was 25 metres wide, engineers said.", MON),
        ]
    )
    assert [p.relation for p in report.pairs] == ["contradiction"]


def test_a_place_after_the_count_does_not_take_the_next_deed() -> None:
    figures = _figures("The storm destroyed 42 homes in Brackley and killed two people.")
    assert [(f.number_text, f.measure) for f in figures] == [("42", "destroyed"), ("two", "killed")]
    homes, more = _figures("Floods destroyed 130 homes in Velby and damaged 300 more.")
    assert (homes.measure, more.measure) == ("destroyed", "damaged")
    # a place with a noun after it still leads to the count's own verb
    assert _one("Forty people in Gaza City hospital were killed.").measure == "killed"


def test_a_level_told_as_it_stands_is_as_of_its_saying() -> None:
    figures = _figures(
        "Eleven people were killed when a hillside collapsed onto the village early on Sunday, "
        "and 14 are still missing, provincial officials said on Monday.",
        date(2032, 2, 16),
    )
    killed, missing = figures
    # the deaths stay Sunday's; those still missing are counted as of Monday, when told
    assert (killed.period, killed.as_of) == ("day", date(2032, 2, 15))
    assert (missing.period, missing.as_of) == ("current", date(2032, 2, 16))


def test_a_missing_count_told_days_later_updates_the_first() -> None:
    report = compare(
        [
            _ref(
                1,
                1,
                "Three people died when the hillside collapsed on Sunday and about 20 are "
                "missing, the fire service says.",
                date(2032, 2, 15),
                "20",
            ),
            _ref(
                2,
                2,
                "Eleven people were killed when the hillside collapsed early on Sunday, and 14 "
                "are still missing, provincial officials said on Monday.",
                date(2032, 2, 16),
                "14",
            ),
        ]
    )
    assert [(p.a, p.b, p.relation) for p in report.pairs] == [(1, 2, "update")]


def test_a_count_told_a_year_is_a_yearly_rate() -> None:
    figure = _figures("The group employs 9,400 staff and treats about 620,000 patients a year.")[1]
    # figures round 54: a rate says so (``rate``) and keeps no window of its year
    assert (figure.number_text, figure.rate, figure.period) == ("620,000", "year", None)
    assert _one("The museum draws 8,000 visitors a month.").rate == "month"


def test_a_yearly_rate_is_not_set_against_one_events_count() -> None:
    report = compare(
        [
            _ref(1, 1, "The hospital group treats about 700,000 patients a year.", SAT, "700,000"),
            _ref(
                2,
                2,
                "The group said hackers had copied the records of about 450,000 patients.",
                MON,
            ),
        ]
    )
    assert [p.relation for p in report.pairs if p.relation == "contradiction"] == []


def test_people_within_a_radius_of_a_place_take_the_verb_after_it() -> None:
    text = (
        "About 3,500 residents living within 2 km of the crash site were told to leave their "
        "homes overnight."
    )
    assert _figures(text)[0].measure == "evacuated"
    text = "Some 1,200 villagers within 3 km of the Mount Essa crater were moved to safety."
    assert _figures(text)[0].measure == "evacuated"


def test_people_allowed_to_leave_or_set_free_were_released() -> None:
    assert _one("Officials said 19 people were allowed to leave on Thursday.").measure == (
        "released"
    )
    assert _one("Twelve crew members were set free on Monday.").measure == "released"


def test_those_waiting_are_a_level_as_told() -> None:
    figure = _one("The port authority says 14 container ships are waiting at anchor.")
    assert figure.period == "current"
    text = "The strike went on, leaving 31 ships waiting to unload."
    assert _one(text).period == "current"


def test_more_waiting_days_later_is_an_update() -> None:
    report = compare(
        [
            _ref(1, 1, "About 40 lorries are waiting at the Kestrel crossing.", SAT),
            _ref(
                2, 2, "Some 120 lorries were waiting at the Kestrel crossing, hauliers said.", MON
            ),
        ]
    )
    assert [p.relation for p in report.pairs] == ["update"]


def test_a_clause_with_no_that_after_the_noun_says_which() -> None:
    text = "The ransom the gunmen demanded was 5 million dollars, according to a negotiator."
    assert _one(text).counted == "ransom"
    text = "The ransom the kidnappers in Vell demanded was 1 million dollars."
    assert _one(text).counted == "ransom"
    assert _one("The loan the government arranged was 2 billion dollars.").counted == "loan"


def test_those_at_the_scene_were_sent_there() -> None:
    text = "The fire brigade says 120 firefighters and 25 fire engines are at the scene."
    assert [f.measure for f in _figures(text)] == ["deployed", "deployed"]
    # where a thing was found is no deed of it
    assert _one("Police found two bodies at the scene.").measure is None
