"""Windows of time, levels that fall, units and synonyms in the cross-source comparison."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare, quantity_of
from desktop.domain import Figure, FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.analysis.conflict_helpers import relation as _relation


def _ref(ref_id: int, text: str, published: date, number: str | None = None) -> FigureRef:
    figures = find_figures(text, published, find_timexes(text, published))
    figure = next(f for f in figures if number is None or f.number_text == number)
    return FigureRef(id=ref_id, article_id=ref_id, figure=figure, published=published)


MON, TUE, FRI = date(2025, 3, 3), date(2025, 3, 4), date(2025, 3, 7)


def test_a_days_count_and_the_running_total_are_different_quantities() -> None:
    day = _ref(1, "Some 450 migrants crossed the Aegean on Monday, officials said.", TUE)
    total = _ref(2, "More than 8,000 migrants have crossed the Aegean so far this year.", TUE)
    assert compare([day, total]).groups == []


def test_counts_of_two_different_days_are_different_quantities() -> None:
    monday = _ref(1, "Air strikes killed 61 people in the city on Monday.", TUE)
    tuesday = _ref(2, "Air strikes killed 12 people in the city on Tuesday.", date(2025, 3, 5))
    assert compare([monday, tuesday]).groups == []


def test_two_counts_of_the_same_day_are_compared() -> None:
    a = _ref(1, "Air strikes killed 61 people in the city on Monday, medics said.", TUE)
    b = _ref(2, "Air strikes killed 75 people in the city on Monday, the army said.", TUE)
    assert _relation(a, b) == "contradiction"


def test_a_count_that_names_no_day_joins_the_count_of_its_own_day() -> None:
    overnight = _ref(1, "Russia launched 121 drones at Ukraine overnight.", TUE)
    plain = _ref(2, "Russia launched about 120 drones at Ukraine, Kyiv said.", TUE)
    assert _relation(overnight, plain) == "consistent"


def test_a_later_lower_running_total_contradicts() -> None:
    a = _ref(1, "The floods have killed 88 people in the region.", MON)
    b = _ref(2, "The floods have killed 61 people in the region.", FRI)
    assert _relation(a, b) == "contradiction"


def test_a_later_lower_level_is_an_update() -> None:
    a = _ref(1, "About 30,000 people were in shelters in the region.", MON)
    b = _ref(2, "Some 11,000 people are still in shelters in the region.", FRI)
    assert _relation(a, b) == "update"
    # a level can contradict itself on one day
    c = _ref(3, "Some 19,000 people were in shelters in the region.", MON)
    assert _relation(a, c) == "contradiction"


def test_people_in_hospital_and_still_missing_are_levels() -> None:
    a = _ref(1, "Some 240 people remain in hospital after the blast.", MON)
    b = _ref(2, "Some 90 people remain in hospital after the blast.", FRI)
    assert _relation(a, b) == "update"
    c = _ref(3, "About 70 sailors are missing after the collision.", MON)
    d = _ref(4, "About 20 sailors are still missing after the collision.", FRI)
    assert _relation(c, d) == "update"


def test_troops_stationed_can_fall_but_troops_sent_only_add_up() -> None:
    a = _ref(1, "About 3,000 US troops are stationed in Poland.", date(2025, 1, 10))
    b = _ref(2, "Some 2,200 US troops are stationed in Poland.", date(2025, 5, 10))
    assert _relation(a, b) == "update"
    c = _ref(3, "The Pentagon has sent 3,000 troops to Poland.", date(2025, 1, 10))
    d = _ref(4, "The Pentagon has sent 2,200 troops to Poland.", date(2025, 5, 10))
    assert _relation(c, d) == "contradiction"


def test_monthly_counts_of_different_months_are_different_quantities() -> None:
    a = _ref(1, "Factories added 41,000 jobs in January.", date(2025, 2, 7))
    b = _ref(2, "Factories added 9,000 jobs in February.", date(2025, 3, 7))
    assert compare([a, b]).groups == []


def test_a_rate_in_two_months_is_an_update_and_in_one_month_must_agree() -> None:
    january = _ref(1, "Unemployment was 6.1% in January.", date(2025, 2, 20))
    february = _ref(2, "Unemployment was 5.8% in February.", date(2025, 3, 20))
    assert _relation(january, february) == "update"
    eased = _ref(3, "Unemployment eased to 5.8% in February.", date(2025, 3, 20))
    other = _ref(4, "Unemployment was 6.3% in February.", date(2025, 3, 20))
    # "eased to" compares February with January: it does not revise the other report
    assert _relation(eased, other) == "contradiction"


def test_miles_and_kilometres_compare_as_one_unit() -> None:
    km = Figure(0, 5, "40 km", "40", 40, 40, "exact", unit="km", measure="advanced")
    miles = Figure(0, 8, "25 miles", "25", 25, 25, "exact", unit="miles", measure="advanced")
    far = Figure(0, 8, "60 miles", "60", 60, 60, "exact", unit="miles", measure="advanced")
    assert quantity_of(km) == quantity_of(miles)
    refs = [FigureRef(i, i, f, published=TUE) for i, f in enumerate((km, miles, far), 1)]
    relations = {(p.a, p.b): p.relation for p in compare(refs).pairs}
    assert relations[(1, 2)] == "consistent"
    assert relations[(1, 3)] == "contradiction"


def test_fans_spectators_and_a_crowd_are_one_population() -> None:
    a = _ref(1, "A crowd of 52,000 watched the final in Lisbon.", TUE, "52,000")
    b = _ref(2, "Some 38,000 spectators watched the final in Lisbon.", TUE)
    c = _ref(3, "About 52,000 fans watched the final in Lisbon.", TUE)
    relations = {(p.a, p.b): p.relation for p in compare([a, b, c]).pairs}
    assert relations == {(1, 2): "contradiction", (1, 3): "consistent", (2, 3): "contradiction"}


def test_a_figure_without_a_period_still_compares() -> None:
    # figures read back from a project saved before periods were recorded have none
    a = Figure(0, 3, "300", "300", 300, 300, "exact", counted="people", measure="killed")
    b = Figure(0, 3, "320", "320", 320, 320, "exact", counted="people", measure="killed")
    refs = [FigureRef(1, 1, a, published=MON), FigureRef(2, 2, b, published=FRI)]
    assert [p.relation for p in compare(refs).pairs] == ["update"]


def test_keys_without_a_window_are_unchanged() -> None:
    figure = _ref(1, "The floods have killed 88 people in Bavaria.", MON).figure
    quantity = quantity_of(figure)
    assert quantity is not None and quantity.key == "killed|people|count|bavaria"
