"""Round 23 figure rules: economy and markets copy (dev21): releases, rates, prices, results."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing

D = date(2025, 6, 6)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


def test_a_revised_level_counts_its_subject_not_the_revision() -> None:
    text = "March's payrolls were revised down to 120,000 from 228,000."
    revised = _figure(text, "120,000")
    assert revised.counted is not None and revised.counted.endswith("payrolls")
    assert revised.measure is None
    assert _figure(text, "228,000").counted == revised.counted


def test_revised_up_to_after_its_object_is_a_particle_not_a_ceiling() -> None:
    text = "The statistics office revised April's job gains up to 177,000."
    f = _figure(text, "177,000")
    assert f.qualifier == "exact"
    assert f.counted is not None and f.counted.split()[-1] == "gains"
    # a ceiling stays a ceiling
    assert _figure("The bank may cut up to 3,000 jobs.", "3,000").qualifier == "at_most"


def test_a_level_told_as_a_range_or_a_record_low_is_a_level_of_what_moved() -> None:
    rates = "The central bank raised its key rate by 50 basis points to a range of 3.5% to 4%."
    assert _figure(rates, "3.5% to 4%").counted == "key rate"
    low = "The rand slid 2% to a record low against the dollar."
    assert _figure(low, "2%").counted == "rand"
    assert _figure("The lira fell 3% to a record low of $0.029.", "0.029").counted == "lira"


def test_a_level_reached_after_a_change_and_its_period() -> None:
    text = "India's imports rose 6.2% year on year in May to $61.7 billion, data showed."
    f = _figure(text, "$61.7 billion")
    assert f.counted == "India's imports"
    assert f.measure is None


def test_a_second_change_with_its_verb_left_out_shares_subject_and_verb() -> None:
    text = "Producer prices fell 1.1% year on year in April and 0.2% month on month."
    second = _figure(text, "0.2%")
    assert second.counted == "Producer prices"
    assert second.measure == "fell"
    # a second change with its own subject keeps nothing from the first
    other = _figure("Exports rose 4% in May and imports 2%.", "2%")
    assert other.counted != "Exports"


def test_expanded_by_a_share_is_a_rise() -> None:
    f = _figure("Spain's economy expanded 0.6% in the first quarter.", "0.6%")
    assert f.measure == "rose"
    assert f.counted == "Spain's economy"


def test_a_level_passed_is_no_change() -> None:
    f = _figure("Brent crude rose above $90 a barrel on Monday.", "$90")
    assert f.measure is None
    assert f.qualifier == "more_than"
    assert _figure("Gold fell below $1,900 an ounce.", "$1,900").measure is None
    # a change told with "more than" is still a change
    assert _figure("Shares rose more than 5% on Monday.", "5%").measure == "rose"


def test_a_number_forecasters_had_forecast_is_a_forecast_as_written() -> None:
    text = "Retailers added 40,000 jobs, fewer than the 55,000 economists had forecast."
    assert _figure(text, "55,000").measure == "forecast"
    text = "Retailers added 40,000 jobs, fewer than the 55,000 economists had expected."
    assert _figure(text, "55,000").measure == "expected"


def test_a_level_kept_unchanged_counts_what_was_kept() -> None:
    text = "The Bank of Japan left its policy rate unchanged at a record 0.75%."
    assert _figure(text, "0.75%").counted == "policy rate"
    f = _figure("The storm left 40,000 people homeless.", "40,000")
    assert f.measure == "displaced"


def test_a_level_told_ahead_with_average_counts_its_subject() -> None:
    f = _figure("The bank said inflation would average 2.7% next year.", "2.7%")
    assert f.counted == "inflation"
    assert f.measure is None


def test_a_second_level_after_and_with_its_verb_left_out_counts_what_it_names() -> None:
    text = "The jobless rate held at 4.1% and inflation at 2.4%."
    assert _figure(text, "2.4%").counted == "inflation"
    text = "Gold settled at $3,310 an ounce and Silver at $33.10."
    assert _figure(text, "$33.10").counted == "Silver"
    # a count after "and ... at" that follows no level names no level
    text = "The toll rose to 40 and rescuers worked at 3 sites."
    assert _figure(text, "3").counted != "rescuers"


def test_a_change_made_past_an_aside_on_when_it_was_made() -> None:
    text = "The bank raised rates for the first time since 2011, by 25 basis points, to 0.5%."
    change = _figure(text, "25 basis points")
    assert change.counted == "rates"
    assert change.measure == "raised"
    assert _figure(text, "0.5%").counted == "rates"


def test_a_participle_after_a_hyphened_modifier_stays_in_the_noun_phrase() -> None:
    text = "Troops repelled at least four company-sized armoured assaults near Kupiansk."
    assert _figure(text, "four").counted == "company-sized armoured assaults"
    # a participle with no plural after it is still the clause's verb
    assert _figure("About 40 well-armed men attacked the post.", "40").counted == "well-armed men"


def test_a_count_told_place_by_place_shares_the_first_ones_noun_and_verb() -> None:
    text = "Police arrested 14 protesters in Lyon and 22 in Marseille."
    second = _figure(text, "22")
    assert second.counted == "protesters"
    assert second.measure == "arrested"
    # with no place after it, the second count is left to the other rules
    assert _figure("Police arrested 14 protesters in Lyon and 22 were hurt.", "22").counted != (
        "protesters in Lyon"
    )


def test_over_between_a_plural_and_a_count_of_places_is_where_not_more_than() -> None:
    text = "Air defences shot down 120 drones over 9 regions, including 40 over the Kursk region."
    regions = _figure(text, "9")
    assert regions.qualifier == "exact"
    part = _figure(text, "40")
    assert part.counted == "drones"
    assert part.measure == "intercepted"
    # "over" before a count with no plural before it is still "more than"
    assert _figure("The firm has offices in over 40 countries.", "40").qualifier == "more_than"


def test_the_first_of_two_verbs_over_one_count_is_its_measure() -> None:
    f = _figure("Air defences intercepted and destroyed 52 drones overnight.", "52")
    assert f.measure == "intercepted"


def test_a_bare_count_before_its_own_passive_verb_shares_the_noun_before() -> None:
    text = "Overnight 60 drones were shot down and 12 were lost to jamming, the air force said."
    second = _figure(text, "12")
    assert second.counted == "drones"
    assert second.measure is None


def test_a_participle_before_a_plural_without_s_is_its_measure() -> None:
    f = _figure("Analysts have documented at least 21 destroyed Russian Ka-52 aircraft.", "21")
    assert f.counted is not None and f.counted.endswith("aircraft")
    assert f.measure == "destroyed"


def test_things_that_appear_damaged_in_images_are_damaged() -> None:
    f = _figure("Images show that three Tu-22 bombers appear damaged.", "three")
    assert f.measure == "damaged"
    assert _figure("Three jets appear to have been destroyed.", "Three").measure == "destroyed"


def test_carriers_of_a_count_take_the_verb_after_the_load() -> None:
    text = "A convoy of 30 trucks carrying 600 tonnes of aid crossed into Sudan."
    assert _figure(text, "30").measure == "crossed"
    assert _figure(text, "600").measure == "on board"
    # a carrier's count with no count after the verb is still what is aboard
    assert _figure("A bus carrying 40 passengers crashed.", "40").measure == "on board"


def test_an_annualised_rate_is_a_compound_noun_not_a_verb() -> None:
    f = _figure("Canada's economy grew at a 1.7% annualised rate in the first quarter.", "1.7%")
    assert f.counted == "annualised rate"


def test_growth_at_an_annualised_rate_is_measured_over_a_year() -> None:
    text = "Canada's economy grew 1.7% at an annualised rate in the first quarter."
    assert _figure(text, "1.7%").period == "year"
    text = "Canada's economy grew 0.4% in the first quarter from the previous quarter."
    assert _figure(text, "0.4%").period == "quarter"


def test_a_second_estimate_named_before_the_number_is_a_revision() -> None:
    text = "In a second estimate, Canada's economy grew at a 1.5% annualised rate."
    f = _figure(text, "1.5%")
    assert f.change_cue is not None and "estimate" in f.change_cue
    # a number before it is what the estimate names, not one after another number
    text = "In a second estimate, growth was 1.5%, and 3,000 jobs were added."
    assert _figure(text, "3,000").change_cue != "second estimate"
