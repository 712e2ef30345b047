"""Round 45 figure rules (conflicts round 46's leftovers on the reader's side): a long subject
keeps its head, a verb that sets a sum beside forecasts is no noun, two harms told together are
one measure, and a deal's value is that deal's sum."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import figure_containing, figure_numbered

#: a Friday
D = date(2026, 11, 27)


# -- a subject longer than the window: its head is read, not a noun after its preposition -------


def test_a_long_subject_keeps_its_head_before_two_prepositions() -> None:
    text = "Turnout in Sunday's vote on the new city charter reached 47.2%."
    assert figure_numbered(text, "47.2%", D).counted == "Turnout"


def test_a_subject_led_by_an_article_keeps_its_head() -> None:
    text = "The turnout among voters in the three northern districts rose to 52%."
    assert figure_numbered(text, "52%", D).counted == "turnout"


def test_a_long_subject_reads_as_its_short_form_does() -> None:
    short = "Demand for electricity hit 11,500 megawatts."
    long = "Demand for electricity in the eastern region hit 11,500 megawatts."
    assert figure_containing(short, "11,500", D).counted == "Demand"
    assert figure_containing(long, "11,500", D).counted == "Demand"


def test_a_subject_cut_after_a_comma_takes_no_word_from_before_it() -> None:
    text = "After the storm, in the hills north of the town power cuts rose to 4,000."
    assert figure_numbered(text, "4,000", D).counted != "storm"


# -- a sum that beat or missed forecasts -----------------------------------------------------


def test_a_profit_that_beat_forecasts_counts_the_profit() -> None:
    text = "Tarnell Bank's first-half net profit of $640 million beat forecasts."
    assert figure_numbered(text, "$640 million", D).counted == "first-half net profit"


def test_revenue_that_missed_estimates_counts_the_revenue() -> None:
    text = "Quarterly revenue of €2.3 billion missed analysts' estimates, the company said."
    assert figure_numbered(text, "€2.3 billion", D).counted == "Quarterly revenue"


def test_a_plural_after_a_count_is_still_its_noun() -> None:
    text = "The club sold 4,200 season tickets in a week."
    assert figure_numbered(text, "4,200", D).counted == "season tickets"


# -- two harms told as one count -------------------------------------------------------------


def test_homes_destroyed_or_damaged_are_one_measure() -> None:
    text = "About 3,100 homes were damaged or destroyed by the cyclone, the agency said."
    assert figure_numbered(text, "3,100", D).measure == "destroyed or damaged"


def test_a_storm_that_destroyed_or_damaged_homes_reads_the_same() -> None:
    text = "The storm destroyed or damaged more than 800 homes along the coast."
    figure = figure_containing(text, "800", D)
    assert (figure.counted, figure.measure) == ("homes", "destroyed or damaged")


def test_homes_destroyed_alone_stay_destroyed() -> None:
    text = "The fire destroyed 120 homes, and another 40 were damaged."
    assert figure_numbered(text, "120", D).measure == "destroyed"


# -- an offer that values a company at a sum ----------------------------------------------------


def test_an_offer_that_values_a_company_is_the_offers_sum() -> None:
    text = "Brevik Partners' offer values the Selm brewery at £640 million."
    assert figure_containing(text, "640", D).counted == "offer"


def test_a_bid_that_valued_a_group_is_the_bids_sum() -> None:
    text = (
        "The rival bid valued Ostra Shipping at about $1.2 billion, people close to the talks said."
    )
    assert figure_containing(text, "1.2", D).counted in ("bid", "offer")


def test_a_proposal_which_valued_a_firm_told_in_an_aside_is_the_proposals_sum() -> None:
    text = "The proposal, which valued Merrow Foods at about €780 million, was rejected."
    assert figure_containing(text, "780", D).counted == "proposal"


def test_a_sum_excluding_debt_counts_no_debt() -> None:
    text = "The deal values Ostra Shipping's shares at $900 million excluding debt."
    assert figure_containing(text, "900", D).counted == "deal"


def test_a_company_valued_by_investors_is_no_offer() -> None:
    text = "Investors valued Ostra Shipping at $2 billion in its last funding round."
    assert figure_containing(text, "2 billion", D).counted != "offer"


# -- a sum told by what it came to; a quarter written short ------------------------------------


def test_a_sum_that_came_to_an_amount_counts_its_subject() -> None:
    text = "Operating profit came to £61 million, the retailer said."
    assert figure_containing(text, "61", D).counted == "Operating profit"


def test_people_who_came_to_a_place_stay_people() -> None:
    text = "About 300 people came to the vigil on Sunday."
    assert figure_numbered(text, "300", D).counted == "people"


def test_a_quarter_written_short_reads_as_written_out() -> None:
    short = "Ostra's Q2 operating profit came to $140 million."
    long = "Ostra reported a second-quarter operating profit of $140 million."
    assert figure_containing(short, "140", D).counted == "Ostra's second-quarter operating profit"
    assert figure_containing(long, "140", D).counted == "second-quarter operating profit"


def test_a_half_year_written_short_reads_as_written_out() -> None:
    text = "H1 revenue at the Velde group rose to €2.2 billion."
    assert figure_containing(text, "2.2", D).counted == "first-half revenue"


# -- a debt cut to a new size, told with who owes it ------------------------------------------


def test_damages_a_company_owes_cut_to_a_sum_are_the_damages() -> None:
    text = (
        "The appeals court cut the damages Brantor Mining owes the villagers' trust to $7 million."
    )
    figure = figure_containing(text, "7 million", D)
    assert (figure.counted, figure.change_cue) == ("damages", "cut")


def test_damages_owed_to_a_named_person_cut_to_a_sum_are_the_damages() -> None:
    text = "A higher court reduced the damages Orvik Media owes Lena Strand to €90,000."
    figure = figure_containing(text, "90,000", D)
    assert (figure.counted, figure.change_cue) == ("damages", "reduced")


def test_damages_the_company_must_pay_cut_to_a_sum_are_the_damages() -> None:
    text = "The appeals court cut the damages the insurer must pay to $3.5 million."
    figure = figure_containing(text, "3.5 million", D)
    assert (figure.counted, figure.change_cue) == ("damages", "cut")


# -- a sum a court or body sets at a value ------------------------------------------------------


def test_bail_set_at_a_sum_counts_bail() -> None:
    text = "A magistrate set bail for the two directors at €150,000 each on Monday."
    assert figure_containing(text, "150,000", D).counted == "bail"


def test_a_fee_set_at_a_sum_counts_the_fee() -> None:
    text = "The council set the parking fee at £4.50 an hour."
    assert figure_containing(text, "4.50", D).counted == "parking fee"


def test_a_target_set_at_a_count_keeps_the_noun_after_it() -> None:
    text = "Organisers set the target at 40,000 runners."
    assert figure_numbered(text, "40,000", D).counted == "runners"


# -- a year's figure revised, the year told after the noun ----------------------------------------


def test_a_years_figure_revised_with_the_year_after_it_counts_the_figure() -> None:
    text = "The statistics office revised exports in 2025 down to $412 billion."
    figure = figure_containing(text, "412", D)
    assert (figure.counted, figure.change_cue) == ("exports", "revised")


def test_a_years_sum_cut_with_the_year_after_it_stays_unread() -> None:
    text = "The agency cut its appeal for 2026 to $3 billion."
    assert figure_containing(text, "3 billion", D).counted is None
