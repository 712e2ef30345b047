"""Round 41 figure rules: a capitalised word that opens a sentence only as a preposition, a
determiner or the modifier of the subject's noun ("In the poll", "Last year", "Official
figures show", "Transport officials said") is no holder or pollster bounding the count."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import figure_numbered

D = date(2026, 11, 28)


# -- a preposition or determiner opening the sentence ----------------------------------------------


def test_a_preposition_before_a_poll_is_no_pollster() -> None:
    text = "In the survey, 57% of parents said school meals had got worse."
    assert figure_numbered(text, "57%", D).scope is None


def test_a_named_pollster_still_bounds_its_share() -> None:
    text = "A Morlan Research poll found 44% of drivers back the toll."
    assert figure_numbered(text, "44%", D).scope == "Morlan Research"


def test_last_year_opening_a_sentence_is_no_holder() -> None:
    text = "Last year 14,200 cyclists completed the coastal ride."
    assert figure_numbered(text, "14,200", D).scope is None


def test_several_opening_a_sentence_is_no_holder() -> None:
    text = "Several charities delivered 3,000 blankets to the camp."
    assert figure_numbered(text, "3,000", D).scope is None


def test_a_two_word_name_starting_with_first_keeps_its_holder() -> None:
    text = "First Harbour Bank shed 900 jobs in the spring."
    assert figure_numbered(text, "900", D).scope == "First Harbour Bank"


# -- the capitalised modifier of the subject's noun ------------------------------------------------


def test_the_modifier_of_officials_who_reported_is_no_holder() -> None:
    text = "Transport officials reported 640 delayed trains on Thursday."
    assert figure_numbered(text, "640", D).scope is None


def test_the_modifier_of_figures_that_show_is_no_holder() -> None:
    text = "Provisional figures show 7,300 homes were repossessed last year."
    assert figure_numbered(text, "7,300", D).scope is None


def test_a_doer_with_an_adverb_before_its_verb_keeps_its_holder() -> None:
    text = "Dunmore Steel has formally announced 450 job losses at its plant."
    assert figure_numbered(text, "450", D).scope == "Dunmore Steel"


def test_a_doer_of_the_counted_deed_still_bounds_it() -> None:
    text = "Norland shipped 12,000 tonnes of grain to the port."
    assert figure_numbered(text, "12,000", D).scope == "Norland"


# -- a word of intent before cuts --------------------------------------------------------------------


def test_planned_job_cuts_raised_count_job_cuts() -> None:
    text = "Corvell Paper raised its planned job cuts to 2,300 on Monday."
    assert figure_numbered(text, "2,300", D).counted == "job cuts"


def test_proposed_layoffs_raised_count_layoffs() -> None:
    text = "The insurer raised its proposed layoffs to 780."
    assert figure_numbered(text, "780", D).counted == "layoffs"


def test_planned_spending_keeps_its_plan() -> None:
    text = "The council raised its planned spending to 90 million euros."
    assert figure_numbered(text, "90 million", D).counted == "planned spending"
