"""Round 42: a scope that names a party or an organisation is labelled as one ("seats won by
Ravel Party", "hostages released (Sahir Front)"), not as a place ("in Ravel Party"); a count
of people evacuated and one of people displaced stay two quantities, as the dev sets label
them."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import group_label, quantity_of
from desktop.domain import Figure
from tests.analysis.conflict_helpers import ref_containing, relation

DAY = date(2026, 4, 14)


def _label(text: str, number: str) -> str:
    figure = ref_containing(1, text, number, DAY).figure
    q = quantity_of(figure)
    assert q is not None
    return group_label(q, [figure])


def _labelled(figure: Figure) -> str:
    q = quantity_of(figure)
    assert q is not None
    return group_label(q, [figure])


def _figure(**fields: object) -> Figure:
    base: dict[str, object] = {
        "start": 0,
        "end": 2,
        "text": "44",
        "number_text": "44",
        "low": 44.0,
        "high": 44.0,
        "qualifier": "exact",
    }
    base.update(fields)
    return Figure(**base)  # type: ignore[arg-type]


def test_an_organisation_that_did_the_measure_is_labelled_by() -> None:
    label = _label("Brannock Energy cut 1,400 jobs last year, the union said.", "1,400")
    assert label.endswith("by Brannock Energy"), label
    assert " in Brannock" not in label


def test_a_party_that_won_seats_is_labelled_by_it() -> None:
    figure = _figure(counted="seats", measure="won", scope="Ravel Party")
    assert _labelled(figure) == "seats won by Ravel Party"


def test_a_name_that_may_be_a_party_or_a_place_is_put_in_brackets() -> None:
    figure = _figure(counted="hostages", measure="released", scope="Sahir Front")
    assert _labelled(figure) == "hostages released by Sahir Front"
    figure = _figure(counted="hostages", measure="released", scope="Dunmere")
    assert _labelled(figure) == "hostages released (Dunmere)"
    figure = _figure(counted="seats", measure="won", scope="Labour")
    assert _labelled(figure) == "seats won (Labour)"


def test_people_captured_somewhere_read_in_the_place_and_by_an_organisation() -> None:
    figure = _figure(counted="soldiers", measure="captured", scope="Tervan")
    assert _labelled(figure) == "soldiers captured in Tervan"
    figure = _figure(counted="troops", measure="deployed", scope="Sarn Brigade")
    assert _labelled(figure) == "troops deployed by Sarn Brigade"


def test_a_party_fined_is_put_in_brackets() -> None:
    figure = _figure(measure="fined", unit="GBP", scope="Halden Chemicals")
    assert _labelled(figure) == "amount fined (GBP) (Halden Chemicals)"


def test_money_of_an_organisation_with_no_measure_is_labelled_of() -> None:
    figure = _figure(counted="transfer fee", unit="EUR", scope="Deportivo Almara FC")
    assert _labelled(figure) == "transfer fee (EUR) of Deportivo Almara FC"


def test_seats_with_no_measure_are_labelled_for_the_party() -> None:
    figure = _figure(counted="seats", scope="Greens")
    assert _labelled(figure) == "seats for Greens"


def test_places_still_read_in() -> None:
    assert _label("At least 23 people were killed in Marrow Bay on Sunday.", "23").endswith(
        "in Marrow Bay"
    )
    figure = _figure(counted="prisoners", measure="released", scope="Ukraine")
    assert _labelled(figure) == "prisoners released in Ukraine"
    figure = _figure(counted="people", measure="killed", scope="the capital")
    assert _labelled(figure) == "people killed in the capital"
    figure = _figure(counted="people", measure="killed", scope="nationwide")
    assert _labelled(figure) == "people killed nationwide"


def test_an_evacuation_count_and_a_displaced_count_stay_two_quantities() -> None:
    # the dev sets label them apart (an evacuation is the people moved out in one operation,
    # the displaced are all who are away from home, from whatever cause), so they are not
    # compared: a larger displaced count is no contradiction of the evacuation
    a = ref_containing(
        1, "Some 3,000 people were evacuated in Kessmoor on Monday.", "3,000", date(2026, 6, 1)
    )
    b = ref_containing(
        2, "Some 11,000 people were displaced in Kessmoor on Monday.", "11,000", date(2026, 6, 1)
    )
    qa, qb = quantity_of(a.figure), quantity_of(b.figure)
    assert qa is not None and qb is not None
    assert qa.measure == "evacuated" and qb.measure == "displaced"
    assert relation(a, b) is None


def test_evacuated_people_are_labelled_evacuated() -> None:
    assert _labelled(_figure(counted="people", measure="evacuated")) == "people evacuated"
