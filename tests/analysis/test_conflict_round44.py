"""Round 44: what the third round of story packs found on the comparison side. A bidder's offer
and its bid are one sum, and rival bidders' or candidates' sums are never one; people held now
and people held at some point are two quantities; ground taken is one stretch however a report
names it; an undated report's pair says what a date would settle."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare, group_label, quantity_of
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

from .conflict_helpers import ref_containing, relation

MON = date(2026, 5, 4)
TUE = date(2026, 5, 5)
WED = date(2026, 5, 6)
FRI = date(2026, 5, 8)


def _undated(ref_id: int, text: str, number: str) -> FigureRef:
    for figure in find_figures(text, None, find_timexes(text, None)):
        if number in figure.number_text:
            return FigureRef(id=ref_id, article_id=ref_id, figure=figure, published=None)
    raise AssertionError(f"no figure {number!r} in {text!r}")


# -- a bidder's offer and its bid --------------------------------------------------------------


def test_a_bid_is_the_offer_its_bidder_made() -> None:
    offer = ref_containing(
        1, "Bramwell Group raised its offer to 515p a share on Monday.", "515", MON
    )
    bid = ref_containing(2, "Bramwell Group said its 515p bid was final.", "515", FRI)
    report = compare([offer, bid])
    assert [g.figure_ids for g in report.groups] == [[1, 2]]
    assert [p.relation for p in report.pairs] == ["consistent"]


def test_a_bid_raised_is_an_update_of_the_offer() -> None:
    offer = ref_containing(
        1, "Pellow Holdings said on Monday its offer of 410p a share was fair.", "410", MON
    )
    bid = ref_containing(2, "Pellow Holdings said its 445p bid would not be raised.", "445", FRI)
    assert quantity_of(offer.figure) == quantity_of(bid.figure)


def test_rival_bidders_offers_are_never_one_sum() -> None:
    ours = ref_containing(
        1, "Bramwell Group raised its offer to 515p a share on Monday.", "515", MON
    )
    theirs = ref_containing(2, "Tarnside raised its bid to 540p a share on Wednesday.", "540", WED)
    assert relation(ours, theirs) is None
    rival = ref_containing(3, "Tarnside raised its offer to 540p a share on Wednesday.", "540", WED)
    assert relation(ours, rival) is None


def test_rival_candidates_votes_are_never_one_count() -> None:
    adair = ref_containing(
        1, "Adair received 8,412 votes, the returning officer said.", "8,412", MON
    )
    kessler = ref_containing(
        2, "Kessler received 8,401 votes, the returning officer said.", "8,401", TUE
    )
    assert relation(adair, kessler) is None
    # the same candidate's votes told again with another number still contradict
    again = ref_containing(
        3, "Adair received 8,396 votes, her party's scrutineers said.", "8,396", TUE
    )
    assert relation(adair, again) == "contradiction"


# -- people held now and people held at some point ---------------------------------------------


def test_people_held_now_and_people_held_in_all_are_two_quantities() -> None:
    now = ref_containing(
        1, "The kidnappers are still holding 12 people in the warehouse, police said.", "12", MON
    )
    in_all = ref_containing(
        2, "A total of 16 people were held hostage during the siege, police said.", "16", FRI
    )
    assert now.figure.period == "current" and in_all.figure.period == "cumulative"
    assert relation(now, in_all) is None


def test_hostages_held_now_and_taken_in_all_are_two_quantities() -> None:
    now = ref_containing(
        1, "Police said 14 hostages remain inside the school on Monday.", "14", MON
    )
    in_all = ref_containing(
        2, "A total of 19 hostages were held inside the school, police said.", "19", FRI
    )
    assert relation(now, in_all) is None


def test_people_still_held_told_twice_are_one_level() -> None:
    first = ref_containing(
        1, "The kidnappers are still holding 12 people in the warehouse, police said.", "12", MON
    )
    then = ref_containing(
        2,
        "The kidnappers are still holding nine people in the warehouse, police said.",
        "nine",
        WED,
    )
    assert relation(first, then) == "update"


def test_people_held_in_all_told_twice_are_one_running_total() -> None:
    first = ref_containing(
        1, "A total of 16 people were held hostage during the siege, police said.", "16", MON
    )
    then = ref_containing(
        2, "A total of 18 people were held hostage during the siege, officials said.", "18", FRI
    )
    assert relation(first, then) == "update"


def test_a_measured_level_and_its_total_still_meet() -> None:
    # "remain missing" and "missing since" carry their measure: the older rounds' pairs stand
    now = ref_containing(
        1, "Some 140 people remain missing in Tarsel after the floods, officials said.", "140", MON
    )
    then = ref_containing(
        2, "The number of people missing in Tarsel has fallen to 62, officials said.", "62", FRI
    )
    assert {now.figure.period, then.figure.period} == {"current", "cumulative"}
    assert relation(now, then) == "update"


# -- ground taken, however a report names it ---------------------------------------------------


def test_the_area_taken_is_the_territory_captured() -> None:
    army = ref_containing(
        1,
        "Rebels have captured 80 square kilometres of territory in the Dalen district, the army said.",
        "80",
        MON,
    )
    monitor = ref_containing(
        2,
        "The monitor put the area taken in the Dalen district at about 95 square kilometres.",
        "95",
        TUE,
    )
    assert quantity_of(army.figure) == quantity_of(monitor.figure)
    assert relation(army, monitor) == "update"


def test_land_seized_and_the_ground_taken_are_one_stretch() -> None:
    seized = ref_containing(
        1,
        "Rebels have seized 80 square kilometres of land in the Dalen district, the army said.",
        "80",
        MON,
    )
    taken = ref_containing(
        2,
        "The monitor put the ground taken in the Dalen district at 120 square kilometres.",
        "120",
        WED,
    )
    assert relation(seized, taken) == "update"


def test_an_area_with_its_verb_unread_joins_the_ground_taken() -> None:
    bare = ref_containing(
        1,
        "By Tuesday evening, Kordan forces had taken nine villages and about 90 square "
        "kilometres, the monitor said.",
        "90",
        TUE,
    )
    named = ref_containing(
        2,
        "The Eastfield Conflict Monitor now puts the area taken at about 160 square kilometres.",
        "160",
        FRI,
    )
    report = compare([bare, named])
    assert [g.figure_ids for g in report.groups] == [[1, 2]]
    assert [p.relation for p in report.pairs] == ["update"]
    assert report.groups[0].label == "area taken (square kilometres)"


def test_an_area_burned_is_no_ground_taken() -> None:
    burned = ref_containing(
        1, "The area burned has grown to about 15,000 hectares, officials said.", "15,000", TUE
    )
    q = quantity_of(burned.figure)
    assert q is not None and q.head != "territory" and q.measure != "captured"
    label = group_label(q, [burned.figure])
    assert "captured" not in label


# -- an undated report -------------------------------------------------------------------------


def test_an_undated_level_says_what_a_date_would_settle() -> None:
    undated = _undated(1, "Roughly 14,000 people remain displaced, the aid group said.", "14,000")
    dated = ref_containing(2, "7,400 people remain displaced, the authorities said.", "7,400", TUE)
    report = compare([undated, dated])
    assert [p.relation for p in report.pairs] == ["contradiction"]
    reason = report.pairs[0].reason
    assert "cannot be ordered" in reason and "publication date" in reason
    assert "later" not in reason


def test_an_undated_fixed_count_needs_no_date_to_contradict() -> None:
    undated = _undated(1, "The Greens won 14 seats, the newsletter said.", "14")
    dated = ref_containing(
        2, "The Greens won 12 seats in the council election, officials said.", "12", MON
    )
    report = compare([undated, dated])
    assert [p.relation for p in report.pairs] == ["contradiction"]
    reason = report.pairs[0].reason
    assert "cannot be ordered" not in reason and "publication date" not in reason
    assert "undated" in reason


# -- a share's closing price, a level on its day -----------------------------------------------


def test_a_close_on_a_named_day_meets_another_outlets_close_that_day() -> None:
    wire = ref_containing(
        1, "Harwick's share price closed at 712 pence on Wednesday.", "712", date(2027, 6, 10)
    )
    weekly = ref_containing(
        2, "Harwick's shares closed at 698p on Wednesday.", "698", date(2027, 6, 11)
    )
    assert relation(wire, weekly) == "contradiction"


def test_a_close_told_on_its_own_day_meets_a_close_named_for_that_day() -> None:
    same_day = ref_containing(
        1, "Harwick shares closed at 712 pence, up 6%.", "712", date(2027, 6, 9)
    )
    weekly = ref_containing(
        2, "Harwick's shares closed at 698p on Wednesday.", "698", date(2027, 6, 11)
    )
    assert relation(same_day, weekly) == "contradiction"


def test_closes_of_two_days_are_a_price_that_moved() -> None:
    monday = ref_containing(1, "Harwick's shares closed at 655p, up 31%.", "655", date(2027, 6, 7))
    wednesday = ref_containing(
        2, "Harwick shares closed at 712 pence, up 6%.", "712", date(2027, 6, 9)
    )
    report = compare([monday, wednesday])
    assert [p.relation for p in report.pairs] == ["update"]
    named = ref_containing(
        3, "Harwick's shares closed at 698p on Wednesday.", "698", date(2027, 6, 11)
    )
    monday_named = ref_containing(
        4, "Harwick's shares closed at 655p on Monday.", "655", date(2027, 6, 7)
    )
    assert relation(monday_named, named) == "update"


def test_a_dividend_per_share_is_no_share_price() -> None:
    first = ref_containing(
        1, "Corvane will pay a dividend of 40 cents a share.", "40", date(2027, 6, 7)
    )
    then = ref_containing(
        2, "Corvane will pay a dividend of 45 cents per share.", "45", date(2027, 6, 9)
    )
    # a dividend is one fixed sum: another value for it is still a contradiction
    assert relation(first, then) == "contradiction"


# -- hostages and people held now --------------------------------------------------------------


def test_hostages_held_now_are_the_people_held_now() -> None:
    people = ref_containing(
        1, "Gunmen are still holding 23 people inside the bank, police said.", "23", MON
    )
    hostages = ref_containing(2, "Police said 17 hostages remain inside.", "17", WED)
    report = compare([people, hostages])
    assert [g.figure_ids for g in report.groups] == [[1, 2]]
    assert [p.relation for p in report.pairs] == ["update"]


def test_hostages_held_now_join_the_people_held_in_a_named_town() -> None:
    people = ref_containing(
        1,
        "Three armed men are still holding 23 people inside the bank in Arlesby, police said.",
        "23",
        MON,
    )
    hostages = ref_containing(2, "Police said overnight that 21 hostages remain inside.", "21", TUE)
    assert relation(people, hostages) == "update"


def test_hostages_far_from_the_people_held_are_another_count() -> None:
    people = ref_containing(
        1, "Gunmen are still holding 23 people inside the bank, police said.", "23", MON
    )
    hostages = ref_containing(2, "Police said 170 hostages remain inside the stadium.", "170", WED)
    assert relation(people, hostages) is None


def test_hostages_held_now_are_no_people_counted_by_a_measure() -> None:
    sheltered = ref_containing(1, "About 30 people remain in shelters, officials said.", "30", MON)
    hostages = ref_containing(2, "Police said 17 hostages remain inside.", "17", WED)
    assert relation(sheltered, hostages) is None


def test_an_offer_with_no_owner_joins_neither_rival_bidder() -> None:
    ours = ref_containing(
        1, "Bramwell Group raised its offer to 515p a share on Monday.", "515", MON
    )
    theirs = ref_containing(
        2, "Tarnside raised its offer to 540p a share on Wednesday.", "540", WED
    )
    nobody = ref_containing(
        3, "Harwick's board rejected an offer of 560p a share, the company said.", "560", FRI
    )
    report = compare([ours, theirs, nobody])
    assert report.pairs == []
