"""Round 15: disasters and accidents told the wire's way, economic releases and courts."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing

D = date(2024, 9, 14)


def _figure(text: str, number: str, published: date = D) -> Figure:
    return figure_containing(text, number, published)


def test_lives_claimed_are_the_dead() -> None:
    f = _figure("Floods along the river have claimed 3,004 lives this year.", "3,004")
    assert f.measure == "killed"
    assert f.counted is None
    g = _figure("The epidemic has cost an estimated 40 lives in the province.", "40")
    assert g.measure == "killed"
    # lives saved are no one dead
    h = _figure("The new warning system saved 300 lives, officials said.", "300")
    assert h.measure != "killed"


def test_left_homeless_after_the_count_is_displaced() -> None:
    f = _figure("The quake killed 2,103 people, with 100,000 left homeless.", "100,000")
    assert f.measure == "displaced"
    g = _figure("About 2,000 families were made homeless by the fire.", "2,000")
    assert g.measure == "displaced"
    h = _figure("About 2,000 people remain homeless in the city, the council said.", "2,000")
    assert h.measure is None


def test_survivors_brought_out_are_rescued() -> None:
    f = _figure("Soldiers dug 17 survivors out of collapsed buildings on Thursday.", "17")
    assert f.measure == "rescued"
    g = _figure("Officials said 97 survivors had been plucked from the sea by nightfall.", "97")
    assert g.measure == "rescued"
    # survivors counted with nothing done to them keep no measure
    h = _figure("The 12 survivors told investigators the ship listed for an hour.", "12")
    assert h.measure is None


def test_a_number_forecasters_expected_is_a_forecast() -> None:
    text = "Employers added 142,000 jobs, fewer than the 160,000 economists had expected."
    f = _figure(text, "160,000")
    assert f.measure == "expected"
    assert f.counted != "economists"
    assert _figure(text, "142,000").measure == "added"
    # round 23: the verb as written, as dev's f20 ("had forecast") and dev8's u24 label it
    g = _figure("The economy grew 0.4%, short of the 0.6% analysts forecast.", "0.6%")
    assert g.measure == "forecast"
    # economists counted for themselves are a population
    h = _figure("A survey of 40 economists found most expect a cut.", "40")
    assert h.counted == "economists"


def test_a_share_of_a_whole_sized_by_a_compound_measure() -> None:
    text = "Firefighters have contained 27% of the 23,713-acre Palisades fire."
    f = _figure(text, "27%")
    assert f.counted == "Palisades fire"
    g = _figure(text, "23,713")
    assert g.counted == "Palisades fire"
    assert g.unit is not None and g.unit.startswith("acre")


def test_a_change_carries_the_stretch_its_base_names() -> None:
    f = _figure("Consumer prices rose 2.4% in September from a year earlier.", "2.4%")
    assert f.period == "year"
    g = _figure("Consumer prices rose 0.2% in September from August.", "0.2%")
    assert g.period == "month"
    h = _figure("Output fell 0.3% on the previous quarter, the ONS said.", "0.3%")
    assert h.period == "quarter"
    # a level reached is no change, and "from" before its old value names no base
    k = _figure("The unemployment rate fell to 4.2% in August from 4.3% in July.", "4.2%")
    assert k.measure is None


def test_a_count_moved_by_a_number_is_a_change() -> None:
    text = (
        "Japan's jobless rate climbed to 4.3 percent, and the number of unemployed rose by "
        "390,000 from a year earlier to 2.92 million."
    )
    f = _figure(text, "390,000")
    assert f.measure == "rose"
    g = _figure(text, "2.92 million")
    assert g.counted == f.counted
    assert g.measure is None
    # a change told with "up" and no verb names no measure
    h = _figure("Payrolls were up by 120,000 on the month.", "120,000")
    assert h.measure is None


def test_an_event_named_before_a_toll_is_no_population() -> None:
    f = _figure("Officials revised the Odisha train crash toll down to 275.", "275")
    assert f.counted is None
    assert f.measure == "killed"


def test_power_knocked_out_leaves_customers_without_power() -> None:
    text = "Hurricane Milton knocked out power to more than 3.2 million homes and businesses."
    assert _figure(text, "3.2 million").measure == "without power"


def test_a_second_verbs_bare_object_is_more_of_the_same() -> None:
    text = "A military tribunal convicted 43 soldiers of mutiny and acquitted 11, a spokesman said."
    assert _figure(text, "11").counted == "soldiers"
    # a verb of saying starts a new clause
    g = _figure("Police arrested 40 people and said 12 were released.", "12")
    assert g.counted is None


def test_migrants_reaching_a_place_arrived() -> None:
    f = _figure("Some 3,800 migrants reached the Canary Islands in January.", "3,800")
    assert f.measure == "arrived"
    # a count that reaches a value is no arrival
    g = _figure("The number of migrants reached 3,800 in January.", "3,800")
    assert g.measure != "arrived"
