"""Round 22 figure rules: tallies as militaries and officials post them (dev20, OSINT posts)."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.extract.figure_helpers import figure_containing

D = date(2025, 3, 4)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


def test_a_tally_row_counts_the_noun_before_its_number() -> None:
    text = "Cumulative totals: helicopters 331 (+1), artillery systems 17,020 (+25)."
    assert _figure(text, "331").counted == "helicopters"
    assert _figure(text, "17,020").counted == "artillery systems"


def test_a_bracketed_change_counts_what_its_total_counts_and_is_a_days_count() -> None:
    text = "Cumulative totals: helicopters 331 (+1), artillery systems 17,020 (+25)."
    change = _figure(text, "25")
    assert change.counted == "artillery systems"
    assert change.period == "day"
    assert _figure(text, "17,020").period == "cumulative"


def test_a_total_read_past_its_bracketed_change() -> None:
    text = "Moscow has lost roughly 845,300 (+1,150) troops since the invasion began."
    total = _figure(text, "845,300")
    assert total.counted == "troops"
    assert total.period == "cumulative"
    assert _figure(text, "1,150").counted == "troops"


def test_a_tallys_heading_dates_its_rows() -> None:
    text = "Enemy losses in the last 24 hours: 970 troops, 6 tanks, 31 drones."
    assert _figure(text, "6").period == "day"
    assert _figure(text, "31").counted == "drones"


def test_a_speaker_before_a_colon_is_no_tally_heading() -> None:
    f = _figure("Odesa governor: 3 killed, 12 injured after missile hits port.", "12")
    assert f.period is None
    assert f.measure == "injured"


def test_a_clause_after_a_comma_is_no_tally_row() -> None:
    text = "The army said it had sent 4,000 troops, while local officials estimated 6,000."
    assert _figure(text, "6,000").counted is None
    text = "Over 10,000 runners took part in the marathon, raising £2.1m."
    assert _figure(text, "£2.1m").counted is None


def test_a_capitalised_common_noun_is_no_actor() -> None:
    f = _figure("Air defence shot down 18 drones over the Sumy region overnight.", "18")
    assert f.scope == "Sumy"
    f = _figure("Russia launched 40 drones overnight.", "40")
    assert f.scope == "Russia"


def test_drones_brought_down_over_a_named_place() -> None:
    f = _figure("The ministry said it destroyed 22 drones over Moscow overnight.", "22")
    assert f.scope == "Moscow"
    f = _figure("Shoppers spent 40% more over Christmas, the retailer said.", "40%")
    assert f.scope != "Christmas"


def test_a_kind_of_place_without_its_name_is_a_scope() -> None:
    assert _figure("At least 9 people were killed in the city.", "9").scope == "the city"
    assert _figure("At least 30 people were killed in the province.", "30").scope == "the province"
    named = _figure("At least 9 people were killed in the city of Sumy.", "9")
    assert named.scope == "Sumy"


def test_a_combined_load_is_still_carried() -> None:
    f = _figure("The convoy left at dawn, carrying a combined 900 tonnes of flour.", "900")
    assert (f.counted, f.measure) == ("flour", "on board")


def test_an_approximate_number_told_to_four_digits_keeps_little_slack() -> None:
    precise = _figure("Russia has lost about 612,900 personnel, Kyiv said.", "612,900")
    assert precise.tolerance < 0.01
    round_number = _figure("About 180 people were killed, officials said.", "180")
    assert round_number.tolerance >= 0.05


def test_calls_up_and_damaging_are_their_measures() -> None:
    assert _figure("The decree calls up 150,000 conscripts.", "150,000").measure == "mobilised"
    f = _figure("The anchor is suspected of damaging three undersea cables.", "three")
    assert f.measure == "damaged"


def test_every_figure_of_a_tally_is_found() -> None:
    text = "Losses over the past day: 1,100 personnel, 4 tanks, 12 artillery systems."
    published = date(2025, 2, 1)
    found = find_figures(text, published, find_timexes(text, published))
    assert [f.counted for f in found] == ["personnel", "tanks", "artillery systems"]
    assert {f.period for f in found} == {"day"}


def test_a_rate_after_a_two_word_noun_and_its_year() -> None:
    f = _figure("The region recorded 7.9 road deaths per 100,000 people in 2015.", "7.9")
    assert f.unit == "per 100,000"
    assert f.period == "year"
