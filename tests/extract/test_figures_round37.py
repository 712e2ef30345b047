"""Round 37 figure rules: an offer told in money is an offer, and an offer stands as a level
the day it was made dates, so a later, raised offer is the same quantity."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import quantity_of
from tests.extract.figure_helpers import figure_numbered

D = date(2026, 11, 28)


# -- offers in money -----------------------------------------------------------------------------


def test_an_offer_of_money_with_no_noun_is_an_offer() -> None:
    f = figure_numbered(
        "The county said it would offer 12 million euros for the mill.", "12 million", D
    )
    assert (f.counted, f.measure) == ("offer", None)


def test_an_offer_in_dollars_is_an_offer() -> None:
    f = figure_numbered("The club offered $3 million for the goalkeeper.", "$3 million", D)
    assert f.counted == "offer"


def test_an_offer_with_its_own_noun_keeps_the_noun() -> None:
    f = figure_numbered("The insurer offered 2 million pounds in compensation.", "2 million", D)
    assert f.counted == "compensation"


def test_a_count_offered_is_no_money_offer() -> None:
    f = figure_numbered("The hotel offered 40 rooms to the families.", "40", D)
    assert f.counted != "offer"


def test_money_spent_is_no_offer() -> None:
    f = figure_numbered("The council spent 8 million euros on the bridge.", "8 million", D)
    assert f.counted != "offer"


def test_an_offer_dated_to_a_day_is_a_standing_level() -> None:
    f = figure_numbered(
        "The ministry said on Tuesday it would offer 25 million euros to save the yard.",
        "25 million",
        D,
    )
    assert f.period == "current"


def test_a_first_offer_and_a_raised_offer_are_one_quantity() -> None:
    first = figure_numbered(
        "The state said on Monday it would offer 30 million euros to keep the smelter open.",
        "30 million",
        date(2026, 3, 10),
    )
    later = figure_numbered(
        "The state had raised its offer to 45 million euros last week.",
        "45 million",
        date(2026, 3, 20),
    )
    assert quantity_of(first) == quantity_of(later)


def test_a_count_told_on_a_day_keeps_its_day() -> None:
    f = figure_numbered("Storms killed 14 people on Tuesday.", "14", D)
    assert f.period == "day"


# -- "the number" told in the sentence after the count -------------------------------------------


def test_puts_the_number_at_counts_the_count_before() -> None:
    f = figure_numbered(
        "The mill now says 420 jobs will go. The union still puts the number at 510.", "510", D
    )
    assert (f.counted, f.measure) == ("jobs", "cut")


def test_the_agencys_count_stood_at_counts_the_count_before() -> None:
    f = figure_numbered(
        "Officials said 9 people died in the landslide. The agency's count stood at 14 by Friday.",
        "14",
        D,
    )
    assert (f.counted, f.measure) == ("people", "killed")


def test_two_counts_before_leave_the_number_without_a_noun() -> None:
    f = figure_numbered(
        "Police said 9 people died and 25 were hurt. The hospital's count stood at 31.", "31", D
    )
    assert (f.counted, f.measure) == (None, None)


def test_the_number_with_no_count_before_keeps_no_noun() -> None:
    f = figure_numbered(
        "The storm hit the coast overnight. The union puts the number at 300.", "300", D
    )
    assert (f.counted, f.measure) == (None, None)


def test_a_count_two_sentences_back_is_not_borrowed() -> None:
    f = figure_numbered(
        "Rescuers said 6 people died. The road stays shut. Its count stood at 8.", "8", D
    )
    assert (f.counted, f.measure) == (None, None)


def test_a_number_with_a_unit_is_not_given_a_count() -> None:
    f = figure_numbered("The firm said 200 jobs would go. The figure was 4% of its staff.", "4%", D)
    assert f.measure is None


# -- a count told against an earlier one ---------------------------------------------------------


def test_more_than_the_number_given_before_is_a_change_cue() -> None:
    f = figure_numbered(
        "The operator said 212 people had been aboard, three more than the number it gave on "
        "Friday.",
        "212",
        D,
    )
    assert f.change_cue == "three more than the number"


def test_fewer_than_the_toll_released_before_is_a_change_cue() -> None:
    f = figure_numbered(
        "Officials said 87 people had died, 5 fewer than the toll they released on Monday.", "87", D
    )
    assert f.change_cue is not None


def test_up_from_an_earlier_count_is_a_change_cue() -> None:
    f = figure_numbered("Police put the crowd at 52,000, up from 30,000.", "52,000", D)
    assert f.change_cue == "up from"


def test_the_earlier_count_itself_gets_no_cue() -> None:
    f = figure_numbered("Police put the crowd at 52,000, up from 30,000.", "30,000", D)
    assert f.change_cue is None


def test_more_than_a_thing_that_is_no_count_is_no_cue() -> None:
    f = figure_numbered("The lorry carried 40 sheep, more than the farm could house.", "40", D)
    assert f.change_cue is None


def test_up_from_with_no_number_is_no_cue() -> None:
    f = figure_numbered("Some 900 people came, up from the villages by bus.", "900", D)
    assert f.change_cue is None


# -- a site or the suppliers as a scope ----------------------------------------------------------


def test_jobs_at_its_named_plant_are_scoped_to_the_plant() -> None:
    f = figure_numbered("The brewer will cut 240 jobs at its Marlow plant.", "240", D)
    assert f.scope == "Marlow plant"


def test_jobs_at_a_named_site_are_scoped_to_the_site() -> None:
    f = figure_numbered("About 90 jobs will go at the Hexley site.", "90", D)
    assert f.scope == "Hexley site"


def test_jobs_at_suppliers_are_scoped_to_the_suppliers() -> None:
    f = figure_numbered("The closure could hit 3,000 jobs at local suppliers.", "3,000", D)
    assert f.scope == "suppliers"


def test_jobs_at_an_unnamed_plant_get_no_scope() -> None:
    f = figure_numbered("The brewer will cut 240 jobs at the plant.", "240", D)
    assert f.scope is None


def test_the_plant_and_its_suppliers_are_two_quantities() -> None:
    own = figure_numbered("The carmaker will cut 700 jobs at its Dunley plant.", "700", D)
    suppliers = figure_numbered("The cuts will cost 1,900 jobs at suppliers.", "1,900", D)
    assert quantity_of(own) != quantity_of(suppliers)


# -- support given in a ballot -------------------------------------------------------------------


def test_a_share_that_backed_a_strike_in_a_ballot_voted() -> None:
    f = figure_numbered(
        "The union said 78% of members had backed the walkout in last month's ballot.", "78%", D
    )
    assert (f.counted, f.measure) == ("members", "voted")


def test_a_share_that_approved_in_a_referendum_voted() -> None:
    f = figure_numbered("In the referendum, 61% of voters approved the new charter.", "61%", D)
    assert f.measure == "voted"


def test_a_share_that_backed_a_plan_in_a_poll_did_not_vote() -> None:
    f = figure_numbered("A survey found 58% of residents backed the bypass.", "58%", D)
    assert f.measure is None


def test_backed_in_a_ballot_and_voted_for_are_one_measure() -> None:
    backed = figure_numbered(
        "The union said 83% of members had backed the strike in a ballot.", "83%", D
    )
    voted = figure_numbered("The union said 79% of members had voted for the strike.", "79%", D)
    assert backed.measure == voted.measure
