"""Round 40 figure rules: measures told in other words (left their homes, treated in hospital,
living in tents), a radius after "living", money passed by hand or named by what it
is worth, and "the number rescued"."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import figure_containing, figure_numbered

D = date(2026, 11, 28)


# -- measures told in other words -----------------------------------------------------------------


def test_people_who_left_their_homes_are_displaced() -> None:
    f = figure_numbered("About 6,200 people have now left their homes in the valley.", "6,200", D)
    assert (f.counted, f.measure) == ("people", "displaced")


def test_people_who_left_a_stricken_town_are_displaced() -> None:
    text = "Some 4,300 people have left the town since the dam burst."
    assert figure_numbered(text, "4,300", D).measure == "displaced"


def test_people_treated_in_hospital_are_hospitalised() -> None:
    f = figure_numbered(
        "Twenty-two people were treated in hospital after the blast.", "Twenty-two", D
    )
    assert f.measure == "hospitalised"


def test_people_living_in_tents_are_sheltered() -> None:
    text = "Around 5,100 people are still living in tents after the storm."
    assert figure_numbered(text, "5,100", D).measure == "sheltered"


def test_a_tent_count_is_no_shelter_level() -> None:
    text = "The agency delivered 800 tents to the camp."
    assert figure_numbered(text, "800", D).measure != "sheltered"


# -- a radius after "living" ---------------------------------------------------------------------


def test_residents_living_within_a_radius_keep_the_verb_after_it() -> None:
    text = "About 3,000 residents living within 2 kilometres of the plant were evacuated."
    assert figure_numbered(text, "3,000", D).measure == "evacuated"
    assert figure_numbered(text, "2", D).measure is None


# -- money with no noun ---------------------------------------------------------------------------


def test_money_handed_to_someone_is_paid() -> None:
    text = "The businessman gave the official about 450,000 crowns in an envelope."
    f = figure_numbered(text, "450,000", D)
    assert (f.unit, f.measure) == ("crowns", "paid")


def test_money_received_is_paid() -> None:
    text = "He received at least €300,000 from the contractor, the indictment says."
    assert figure_numbered(text, "€300,000", D).measure == "paid"


def test_a_passive_handing_over_is_paid() -> None:
    assert figure_numbered("She was handed 80,000 euros in cash.", "80,000", D).measure == "paid"


def test_a_crown_payment_is_paid_as_a_coded_currency_is() -> None:
    f = figure_numbered("The firm paid him 2 million kroner last year.", "2 million", D)
    assert f.measure == "paid"


def test_things_received_are_no_payment() -> None:
    f = figure_numbered("The council received 12,000 applications.", "12,000", D)
    assert f.measure != "paid"


def test_an_amount_worth_names_what_it_is_the_value_of() -> None:
    text = "The mayor is accused of taking bribes worth 1.6 million crowns from builders."
    assert figure_numbered(text, "1.6 million", D).counted == "bribes"


def test_a_coded_amount_worth_names_its_thing_too() -> None:
    text = "Prosecutors say he accepted kickbacks worth $2 million."
    assert figure_numbered(text, "$2 million", D).counted == "kickbacks"


# -- "the number rescued" ------------------------------------------------------------------------


def test_the_number_and_a_participle_name_the_measure() -> None:
    assert figure_numbered("The number rescued rose to 57.", "57", D).measure == "rescued"


def test_the_number_missing_is_missing() -> None:
    text = "The number missing has fallen to 6, police said."
    assert figure_numbered(text, "6", D).measure == "missing"


def test_the_number_put_at_a_value_keeps_its_subject() -> None:
    text = "Relatives put the number on board at more than 70."
    f = figure_numbered(text, "70", D)
    assert (f.counted, f.measure) == ("number on board", None)


def test_a_number_with_no_participle_names_no_measure() -> None:
    assert figure_numbered("The number rose to 9 on Friday.", "9", D).measure is None


def test_bribes_taken_worth_a_sum_are_paid() -> None:
    text = "The judge was accused of accepting bribes worth 700,000 crowns."
    f = figure_numbered(text, "700,000", D)
    assert (f.counted, f.measure) == ("bribes", "paid")


def test_goods_seized_worth_a_sum_are_no_payment() -> None:
    text = "Customs officers found cigarettes worth 90,000 euros in the lorry."
    f = figure_numbered(text, "90,000", D)
    assert (f.counted, f.measure) == ("cigarettes", None)


# -- a level someone set, its noun told before a name or a year ----------------------------------


def test_an_offer_raised_for_a_named_company_counts_the_offer() -> None:
    text = "Brightwell Foods raised its offer for Calder Creameries to £980 million on Monday."
    assert figure_numbered(text, "£980 million", D).counted == "offer"


def test_a_zone_widened_around_a_named_plant_counts_the_zone() -> None:
    text = "Authorities widened the exclusion zone around the Harlan reactor to 20 km on Friday."
    assert figure_numbered(text, "20", D).counted == "exclusion zone"


def test_a_years_figure_restated_counts_the_figure_as_a_revision() -> None:
    text = "Meridian restated its 2024 operating profit to $88 million."
    f = figure_numbered(text, "$88 million", D)
    assert (f.counted, f.change_cue) == ("operating profit", "restated")


def test_a_years_sum_cut_is_left_unread() -> None:
    text = "Donors cut their 2026 pledge to $3 billion."
    assert figure_numbered(text, "$3 billion", D).counted is None


def test_a_level_cut_to_a_new_value_carries_the_verb_as_its_cue() -> None:
    text = "The central bank cut its main rate to 3.5% on Thursday."
    f = figure_numbered(text, "3.5%", D)
    assert (f.counted, f.change_cue) == ("main rate", "cut")


def test_a_change_by_an_amount_is_no_new_level() -> None:
    text = "The central bank cut its main rate by 0.25 percentage points."
    assert figure_containing(text, "0.25", D).change_cue is None


def test_a_magnitude_revised_down_is_a_magnitude() -> None:
    text = "The survey later revised the magnitude down to 5.9."
    f = figure_numbered(text, "5.9", D)
    assert (f.unit, f.counted) == ("magnitude", None)


# -- the party fined ---------------------------------------------------------------------------


def test_a_named_party_fined_holds_the_fine() -> None:
    text = "A tribunal fined Norrvik Shipping €4 million on Monday for dumping fuel."
    assert figure_numbered(text, "€4 million", D).scope == "Norrvik Shipping"


def test_a_person_fined_by_pronoun_names_no_holder() -> None:
    text = "The magistrate fined him €4,000 for careless driving."
    assert figure_numbered(text, "€4,000", D).scope is None


def test_a_fine_cut_to_a_new_sum_is_the_sum_fined() -> None:
    text = "An appeals court cut the fine imposed on Norrvik Shipping to €2.5 million."
    f = figure_numbered(text, "€2.5 million", D)
    assert (f.counted, f.measure, f.scope) == (None, "fined", "Norrvik Shipping")


def test_a_fee_cut_to_a_new_sum_is_no_fine() -> None:
    text = "The council cut the parking fee to £2 an hour."
    assert figure_numbered(text, "£2", D).measure != "fined"
