"""Round 40 comparison rules: a group's label names its figures' units as they are written, not
the unit the comparison converts them to; the turnout of a runoff or a second round, told with
no round, stays apart from a first round that names its own, by the days between them."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing

FIRE_START = date(2027, 8, 3)
FIRE_LATER = date(2027, 8, 5)
#: the Monday after a first round held on Sunday 11 April 2027
FIRST_ROUND_REPORT = date(2027, 4, 12)
#: the Monday after the runoff, two weeks on
RUNOFF_REPORT = date(2027, 4, 26)


def _ref(ref_id: int, text: str, number: str, published: date) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def _labels(refs: list[FigureRef]) -> list[str]:
    return [g.label for g in compare(refs).groups]


def _groups(refs: list[FigureRef]) -> list[list[int]]:
    return sorted(g.figure_ids for g in compare(refs).groups)


# -- a label names the units the figures are written in ------------------------------------


def test_an_area_burned_in_hectares_is_labelled_in_hectares_not_square_kilometres() -> None:
    refs = [
        _ref(
            1,
            "The Carrow Hills fire has burned 4,100 hectares, the agency said.",
            "4,100",
            FIRE_START,
        ),
        _ref(
            2, "The fire has now burned about 4,600 hectares, officials said.", "4,600", FIRE_LATER
        ),
    ]
    labels = _labels(refs)
    assert len(labels) == 1
    assert labels[0].startswith("hectares burned")
    assert "km2" not in labels[0]
    assert "figures" not in labels[0]


def test_an_area_written_in_hectares_and_in_acres_names_both_units() -> None:
    refs = [
        _ref(
            1,
            "The Carrow Hills fire has burned 4,100 hectares, the agency said.",
            "4,100",
            FIRE_START,
        ),
        _ref(
            2,
            "Firefighters said the blaze had burned 12,300 acres by Wednesday.",
            "12,300",
            FIRE_LATER,
        ),
        _ref(
            3, "The fire has now burned about 4,600 hectares, officials said.", "4,600", FIRE_LATER
        ),
    ]
    labels = _labels(refs)
    assert len(labels) == 1
    # the unit most of the figures use first
    assert labels[0].startswith("hectares or acres burned")


def test_a_weight_written_in_tonnes_and_kilograms_names_both_in_brackets() -> None:
    refs = [
        _ref(1, "A tanker spilled 14 tonnes of ammonia near Dunmore.", "14", date(2027, 6, 2)),
        _ref(2, "Inspectors said 15 tonnes of ammonia had leaked.", "15", date(2027, 6, 3)),
        _ref(
            3, "Inspectors said 9,000 kilograms of ammonia had leaked.", "9,000", date(2027, 6, 3)
        ),
    ]
    assert _labels(refs) == ["ammonia (tonnes or kilograms)"]


def test_a_unit_written_once_in_the_singular_of_a_compound_is_named_in_the_plural() -> None:
    refs = [
        _ref(1, "Police set up a 2-kilometre cordon around the plant.", "2", date(2027, 6, 2)),
        _ref(2, "The cordon was widened to 5 kilometres on Tuesday.", "5", date(2027, 6, 3)),
    ]
    assert _labels(refs) == ["cordon (kilometres)"]


def test_a_weight_in_one_unit_keeps_that_unit_not_the_comparisons_short_form() -> None:
    refs = [
        _ref(1, "A tanker spilled 14 tonnes of ammonia near Dunmore.", "14", date(2027, 6, 2)),
        _ref(2, "Inspectors said 15 tonnes of ammonia had leaked.", "15", date(2027, 6, 3)),
    ]
    assert _labels(refs) == ["ammonia (tonnes)"]


# -- rounds of a vote are told apart by their days ------------------------------------------


FIRST_ROUND = "Turnout in the first round on Sunday was 61.2%, the election commission said."
RUNOFF = "Turnout in Sunday's runoff was 54.8%, officials said."


def test_a_runoffs_turnout_does_not_join_a_first_round_that_names_its_round() -> None:
    first = _ref(1, FIRST_ROUND, "61.2", FIRST_ROUND_REPORT)
    runoff = _ref(2, RUNOFF, "54.8", RUNOFF_REPORT)
    report = compare([first, runoff])
    assert report.pairs == []


def test_a_second_round_that_names_itself_takes_no_first_round_turnout_told_without_one() -> None:
    first = _ref(
        1, "Turnout on Sunday was 61.2%, the election commission said.", "61.2", FIRST_ROUND_REPORT
    )
    second = _ref(
        2, "Turnout in the second round was 54.8%, officials said.", "54.8", RUNOFF_REPORT
    )
    assert compare([first, second]).pairs == []


def test_each_rounds_unnamed_turnout_stays_with_its_own_round() -> None:
    refs = [
        _ref(1, FIRST_ROUND, "61.2", FIRST_ROUND_REPORT),
        _ref(2, RUNOFF, "54.8", RUNOFF_REPORT),
        _ref(
            3,
            "Turnout on Sunday was 61.2%, the election commission said.",
            "61.2",
            FIRST_ROUND_REPORT,
        ),
        _ref(4, "Turnout on Sunday was 54.8%, the interior ministry said.", "54.8", RUNOFF_REPORT),
    ]
    report = compare(refs)
    assert _groups(refs) == [[1, 3], [2, 4]]
    assert {p.relation for p in report.pairs} == {"consistent"}


def test_a_first_rounds_turnout_told_without_its_round_on_the_next_day_still_joins_it() -> None:
    named = _ref(1, FIRST_ROUND, "61.2", FIRST_ROUND_REPORT)
    unnamed = _ref(
        2, "Turnout on Sunday was 58.9%, the observers' mission said.", "58.9", date(2027, 4, 13)
    )
    report = compare([named, unnamed])
    assert [p.relation for p in report.pairs] == ["contradiction"]


# -- labels read as an analyst would write them ---------------------------------------------


def test_a_share_is_labelled_in_per_cent() -> None:
    refs = [
        _ref(1, "Officials said turnout was 61.2%.", "61.2", FIRST_ROUND_REPORT),
        _ref(2, "Observers said turnout was 61.4%.", "61.4", FIRST_ROUND_REPORT),
    ]
    assert _labels(refs) == ["turnout (%)"]


def test_a_noun_capitalised_only_because_it_starts_the_sentence_is_labelled_in_lower_case() -> None:
    refs = [
        _ref(1, "Turnout was 61.2%, the election commission said.", "61.2", FIRST_ROUND_REPORT),
        _ref(2, "Turnout reached 61.2% on Sunday, observers said.", "61.2", FIRST_ROUND_REPORT),
    ]
    assert _labels(refs) == ["turnout (%)"]


def test_a_people_named_at_the_start_of_a_sentence_keeps_its_capital() -> None:
    refs = [
        _ref(
            1,
            "Palestinians killed in the strikes numbered 30, officials said.",
            "30",
            date(2027, 4, 12),
        ),
        _ref(
            2,
            "Officials said 30 Palestinians were killed in the strikes.",
            "30",
            date(2027, 4, 13),
        ),
    ]
    assert _labels(refs) == ["Palestinians killed"]


def test_a_crowd_or_a_march_told_by_its_size_is_labelled_as_the_people_who_took_part() -> None:
    police = _ref(1, "Police put the crowd at 35,000 on Saturday.", "35,000", date(2027, 5, 2))
    count = _ref(
        2, "A university count put Saturday's march at 61,000.", "61,000", date(2027, 5, 2)
    )
    assert _labels([police, count]) == ["people took part"]


def test_a_crowd_told_with_its_place_is_still_the_people_who_took_part_there() -> None:
    police = _ref(
        1, "Police put the crowd in Varna at 35,000 on Saturday.", "35,000", date(2027, 5, 2)
    )
    count = _ref(
        2, "Police put the crowd in Varna at 40,000 on Saturday.", "40,000", date(2027, 5, 3)
    )
    labels = _labels([police, count])
    assert len(labels) == 1
    assert labels[0].startswith("people took part")


def test_money_with_nothing_counted_is_an_amount_in_its_currency() -> None:
    refs = [
        _ref(
            1, "The judge fined the haulier $2.5 million for the spill.", "2.5", date(2027, 4, 12)
        ),
        _ref(
            2, "The judge fined the haulier $2.5 million over the spill.", "2.5", date(2027, 4, 13)
        ),
    ]
    assert _labels(refs) == ["amount fined (USD)"]


def test_a_magnitude_is_not_named_twice() -> None:
    refs = [
        _ref(1, "The earthquake had a magnitude of 6.1, the survey said.", "6.1", date(2027, 3, 1)),
        _ref(2, "The quake measured magnitude 6.3, the institute said.", "6.3", date(2027, 3, 1)),
    ]
    labels = _labels(refs)
    assert labels and all("(magnitude)" not in label for label in labels)


def test_a_count_across_the_whole_country_is_labelled_nationwide_not_in_nationwide() -> None:
    refs = [
        _ref(
            1,
            "The floods have killed 41 people nationwide, officials said.",
            "41",
            date(2027, 3, 1),
        ),
        _ref(
            2,
            "The floods have killed 44 people nationwide, the ministry said.",
            "44",
            date(2027, 3, 1),
        ),
    ]
    labels = _labels(refs)
    assert labels and all(" in nationwide" not in label for label in labels)
    assert any(label.endswith("nationwide") for label in labels)


def test_a_common_word_leading_the_sentence_is_labelled_in_lower_case() -> None:
    refs = [
        _ref(1, "Final turnout was 61.4%, the commission said.", "61.4", FIRST_ROUND_REPORT),
        _ref(2, "Final turnout was 61.4%, observers said.", "61.4", FIRST_ROUND_REPORT),
    ]
    labels = _labels(refs)
    assert labels and labels[0].startswith("final turnout")


def test_a_name_leading_the_sentence_keeps_its_capital() -> None:
    refs = [
        _ref(1, "Brent crude rose to $82 a barrel on Monday.", "82", date(2027, 3, 1)),
        _ref(2, "Brent crude climbed to $82 a barrel on Monday.", "82", date(2027, 3, 1)),
    ]
    assert _labels(refs) == ["Brent crude (USD)"]
