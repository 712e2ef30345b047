"""Round 43 figure rules (packs round 3's reading side): a gapped second conjunct takes the
first one's noun and measure, with its own holder; votes "for X" and "X received N votes" are
X's; "gives X N of the seats" is read; a sum as the object of "offered", "bid" or "demanding"
counts the offer or the demand, its bidder named; a stake "owns/holds N% of X" is X's shares
held; "since launching their offensive" is no firing; "N jobs could go" is a cut."""

from __future__ import annotations

from datetime import date

from desktop.extract.figures import find_figures
from tests.extract.figure_helpers import figure_numbered

D = date(2026, 11, 27)


# -- gapping: "X received N votes and her rival, Y, M" --------------------------------------------


def test_gapped_rival_takes_the_votes_and_is_their_holder() -> None:
    text = (
        "The Labour candidate, Jane Holt, received 12,310 votes and her Conservative rival, "
        "Mark Dunn, 11,902."
    )
    first = figure_numbered(text, "12,310", D)
    second = figure_numbered(text, "11,902", D)
    assert (first.counted, first.measure, first.scope) == ("votes", "won", "Jane Holt")
    assert (second.counted, second.measure, second.scope) == ("votes", "won", "Mark Dunn")


def test_gapped_name_after_has_takes_the_votes() -> None:
    text = "After the count, Marsh has 5,402 votes and Peter Gale 5,388, officials said."
    first = figure_numbered(text, "5,402", D)
    second = figure_numbered(text, "5,388", D)
    assert first.scope == "Marsh"
    assert (second.counted, second.measure, second.scope) == ("votes", "won", "Peter Gale")


def test_gapped_plural_holder_is_no_part_of_the_first_noun() -> None:
    text = "The Liberal Party won 14 seats and independents five."
    first = figure_numbered(text, "14", D)
    second = figure_numbered(text, "five", D)
    assert (first.counted, first.scope) == ("seats", "Liberal Party")
    assert (second.counted, second.measure, second.scope) == ("seats", "won", "independents")


def test_a_weekday_after_and_is_no_gapped_holder() -> None:
    text = "The clinic saw 40 patients on Monday and Tuesday 52, staff said."
    assert figure_numbered(text, "52", D).scope != "Tuesday"


def test_votes_for_a_candidate_are_the_candidates_votes_won() -> None:
    text = "Scrutineers counted 4,120 votes for Peter Gale at the recount."
    figure = figure_numbered(text, "4,120", D)
    assert (figure.counted, figure.measure, figure.scope) == ("votes", "won", "Peter Gale")


# -- "gives X N of the seats" ----------------------------------------------------------------------


def test_the_party_given_seats_holds_them() -> None:
    text = "The result gives the Farmers' Party 19 of the council's 41 seats."
    figure = figure_numbered(text, "19", D)
    assert (figure.counted, figure.measure, figure.scope) == ("seats", "won", "Farmers' Party")


def test_a_model_number_after_give_stays_a_name() -> None:
    text = "The upgrade gives Windows 11 a new start menu."
    assert all(f.number_text != "11" for f in find_figures(text, D))


# -- sums as a verb's object: offers, bids, demands ------------------------------------------------


def test_offered_pence_a_share_is_the_bidders_offer() -> None:
    text = "Brantwood Holdings offered 310 pence a share for Elm Retail on Tuesday."
    figure = figure_numbered(text, "310", D)
    assert (figure.counted, figure.scope) == ("offer", "Brantwood Holdings")


def test_a_raised_offer_is_owned_by_the_subject_before_a_target() -> None:
    text = "Calder Capital raised its offer for Elm Retail to 355 pence a share on Friday."
    figure = figure_numbered(text, "355", D)
    assert (figure.counted, figure.scope) == ("offer", "Calder Capital")


def test_a_bid_is_an_offer() -> None:
    bid = figure_numbered("Vesta bid $3.40 a share for the chain.", "$3.40", D)
    assert (bid.counted, bid.scope) == ("offer", "Vesta")
    noun = figure_numbered("Vesta said it would not raise its $3.40 bid.", "$3.40", D)
    assert noun.counted == "offer"


def test_an_offer_rejected_names_no_bidder() -> None:
    text = "The board of Elm Retail rejected an offer of 300p a share."
    assert figure_numbered(text, "300", D).scope is None


def test_demanding_a_sum_is_the_demand() -> None:
    text = "The kidnappers are demanding 3 million dollars for the engineer."
    assert figure_numbered(text, "3 million", D).counted == "demand"


def test_an_appeal_seeking_a_sum_is_no_demand() -> None:
    text = "The agency's appeal seeks $900 million for the region next year."
    assert figure_numbered(text, "$900 million", D).counted != "demand"


# -- stakes ----------------------------------------------------------------------------------------


def test_a_stake_told_two_ways_is_one_quantity() -> None:
    owned = figure_numbered("Calder said it already owns 6.4% of Elm's shares.", "6.4%", D)
    held = figure_numbered("Calder now holds 8.2% of Elm after buying more stock.", "8.2%", D)
    assert (owned.counted, owned.measure, owned.scope) == ("Elm's shares", "held", "Calder")
    assert (held.counted, held.measure, held.scope) == ("Elm's shares", "held", "Calder")


def test_a_share_of_a_province_is_no_stake() -> None:
    figure = figure_numbered("Rebels hold 30% of the province.", "30%", D)
    assert figure.counted != "province's shares"
    assert figure.measure is None


# -- ground taken, launching an offensive ----------------------------------------------------------


def test_ground_taken_is_ground_captured() -> None:
    named = figure_numbered(
        "Troops had taken 9 villages and 120 square kilometres of territory.", "120", D
    )
    bare = figure_numbered(
        "By Sunday the army had taken 11 villages and about 135 square kilometres.", "135", D
    )
    assert (named.counted, named.measure) == ("territory", "captured")
    assert (bare.counted, bare.measure) == (None, None)


def test_an_area_told_after_a_comma_is_not_taken() -> None:
    text = "The army had taken 11 villages, and 4,000 hectares of forest burned."
    assert figure_numbered(text, "4,000", D).measure != "captured"


def test_launching_an_offensive_is_no_firing() -> None:
    text = "Troops have taken 9 villages since launching their offensive on Monday."
    assert figure_numbered(text, "9", D).measure != "fired"
    fired = figure_numbered("The army launched 40 missiles overnight.", "40", D)
    assert fired.measure == "fired"


# -- jobs that could go ----------------------------------------------------------------------------


def test_jobs_that_could_go_are_cut() -> None:
    assert figure_numbered("About 800 jobs could go if the merger proceeds.", "800", D).measure == (
        "cut"
    )
    assert figure_numbered("Up to 90 jobs might go at the plant.", "90", D).measure == "cut"


# -- a recount is a new value ----------------------------------------------------------------------


def test_a_tally_after_a_recount_is_its_new_value() -> None:
    text = "After the recount, Marsh has 5,402 votes, officials said."
    assert figure_numbered(text, "5,402", D).change_cue is not None
    plain = figure_numbered("On election night, Marsh had 5,396 votes.", "5,396", D)
    assert plain.change_cue is None


# -- "leaving N inside" --------------------------------------------------------------------------


def test_the_count_left_inside_takes_the_noun_before() -> None:
    text = "The gunmen released three more children overnight, leaving 11 inside, police said."
    released = figure_numbered(text, "three", D)
    left = figure_numbered(text, "11", D)
    assert (released.counted, released.measure) == ("children", "released")
    assert (left.counted, left.period) == ("children", "current")


def test_a_count_left_with_its_own_noun_keeps_it() -> None:
    text = "The captors freed 5 passengers, leaving about 60 crew members aboard the plane."
    assert figure_numbered(text, "60", D).counted != "passengers"
