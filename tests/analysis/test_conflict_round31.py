"""Round 31 comparison rules: temperatures told by a town's name, a thermometer or in
Fahrenheit, a spill in barrels with no noun, and "workers" for one trade's people."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import quantity_of
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

SATURDAY = date(2026, 7, 18)


def _ref(ref_id: int, text: str, number: str, published: date = SATURDAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_town_read_as_what_was_measured_is_the_place_of_its_temperature() -> None:
    named = _ref(1, "Lisbon hit 43.2C on Friday, the weather service said.", "43.2")
    placed = _ref(2, "Temperatures reached 45C in Lisbon on Friday, local media reported.", "45")
    q = quantity_of(named.figure)
    assert q is not None and q.head == "temperature" and q.scope == "lisbon"
    assert _relation(named, placed) == "contradiction"


def test_two_towns_read_as_what_was_measured_stay_apart() -> None:
    lisbon = _ref(1, "Lisbon hit 43.2C on Friday, the weather service said.", "43.2")
    porto = _ref(2, "Porto hit 39.8C on Friday, the weather service said.", "39.8")
    assert _relation(lisbon, porto) is None


def test_the_thermometer_in_a_town_is_its_temperature() -> None:
    thermometer = _ref(1, "The thermometer in Naples touched 38C on Friday.", "38")
    recorded = _ref(2, "Naples recorded 40.5C on Friday, the weather service said.", "40.5")
    q = quantity_of(thermometer.figure)
    assert q is not None and q.head == "temperature" and q.scope == "naples"
    assert _relation(thermometer, recorded) == "contradiction"


def test_a_temperature_with_no_place_does_not_join_a_towns() -> None:
    # before round 31 the reading with no place was taken for Lisbon's and called a rival
    unplaced = _ref(1, "Temperatures reached 42C on Friday, the weather service said.", "42")
    lisbon = _ref(2, "Temperatures reached 45C in Lisbon on Friday.", "45")
    assert _relation(unplaced, lisbon) is None
    mercury = _ref(3, "The mercury climbed to 42C on Friday.", "42")
    assert _relation(mercury, lisbon) is None


def test_fahrenheit_meets_the_celsius_it_converts_to() -> None:
    celsius = _ref(1, "Temperatures reached 47.8C in Phoenix on Friday.", "47.8")
    fahrenheit = _ref(2, "Phoenix hit 118F on Friday, forecasters said.", "118")
    spelled = _ref(3, "Phoenix hit 118 degrees Fahrenheit on Friday.", "118")
    assert _relation(celsius, fahrenheit) == "consistent"
    assert _relation(celsius, spelled) == "consistent"
    lower = _ref(4, "Phoenix hit 110F on Friday, forecasters said.", "110")
    assert _relation(celsius, lower) == "contradiction"


def test_barrels_spilled_with_no_noun_join_the_one_spill_in_barrels() -> None:
    operator = _ref(
        1,
        "The pipeline leaked some 5,000 barrels of crude into the river, the operator said.",
        "5,000",
    )
    group = _ref(2, "An environmental group said at least 9,000 barrels had leaked.", "9,000")
    assert _relation(operator, group) == "contradiction"


def test_a_cargo_in_barrels_is_not_the_spill() -> None:
    spill = _ref(
        1,
        "The pipeline leaked some 5,000 barrels of crude into the river, the operator said.",
        "5,000",
    )
    cargo = _ref(2, "The tanker was loaded with 300,000 barrels when it docked.", "300,000")
    assert _relation(spill, cargo) is None


def test_workers_trapped_are_the_miners_trapped() -> None:
    miners = _ref(
        1, "Fourteen miners were trapped after the tunnel caved in, officials said.", "Fourteen"
    )
    workers = _ref(2, "The company said 11 workers were trapped after the tunnel collapse.", "11")
    same = _ref(3, "The company said 14 workers were trapped after the tunnel collapse.", "14")
    assert _relation(miners, workers) == "contradiction"
    assert _relation(miners, same) == "consistent"


def test_workers_join_no_passengers_and_no_far_smaller_count() -> None:
    passengers = _ref(1, "Nine passengers were injured when the bus overturned.", "Nine")
    workers = _ref(2, "Twelve workers were injured when the bus overturned.", "Twelve")
    assert _relation(passengers, workers) is None
    few = _ref(3, "Three workers were trapped after the tunnel caved in.", "Three")
    many = _ref(4, "Forty miners were trapped after the tunnel caved in.", "Forty")
    assert _relation(few, many) is None


def test_a_fee_paid_is_the_fee_told_with_no_verb() -> None:
    paid = _ref(1, "Rovers paid a £30 million fee for the winger, the club said.", "30")
    told = _ref(2, "Rovers signed the winger for a fee of £42 million, according to reports.", "42")
    same = _ref(3, "Rovers signed the winger for a fee of £30m.", "30m")
    qa, qb = quantity_of(paid.figure), quantity_of(told.figure)
    assert qa is not None and qb is not None and qa.measure == qb.measure == ""
    assert _relation(paid, told) == "contradiction"
    assert _relation(paid, same) == "consistent"


def test_a_fee_in_euros_is_not_compared_with_one_in_pounds() -> None:
    pounds = _ref(1, "Rovers paid a £30 million fee for the winger, the club said.", "30")
    euros = _ref(2, "Rovers paid a fee of €35 million for the winger.", "35")
    assert _relation(pounds, euros) is None


def test_a_plural_possessive_names_another_holders_sum() -> None:
    fee = _ref(1, "Rovers paid a £30 million fee for the winger, the club said.", "30")
    agents = _ref(2, "Rovers paid £2 million in agents' fees for the deal.", "2 million")
    assert _relation(fee, agents) is None
    agents_again = _ref(3, "Rovers paid £2.5 million in agents' fees, a rival paper said.", "2.5")
    assert _relation(agents, agents_again) == "contradiction"


def test_a_level_of_a_past_year_is_a_yardstick_not_the_level_now() -> None:
    now = _ref(
        1, "Inflation in June was 3.1%, the statistics office said.", "3.1", date(2026, 7, 3)
    )
    then = _ref(2, "Inflation in June last year was 4.6%.", "4.6", date(2026, 7, 3))
    assert _relation(now, then) is None
    ago = _ref(3, "A year ago, reservoirs were 63% full.", "63", date(2026, 7, 3))
    full = _ref(4, "Reservoirs were 41% full at the end of June.", "41", date(2026, 7, 3))
    assert _relation(full, ago) is None


def test_two_reports_of_a_past_years_level_still_compare() -> None:
    office = _ref(
        1,
        "Inflation in June last year was 4.6%, the statistics office said.",
        "4.6",
        date(2026, 7, 3),
    )
    bank = _ref(2, "Inflation in June last year was 5.2%, a bank said.", "5.2", date(2026, 7, 3))
    assert _relation(office, bank) == "contradiction"


def test_decembers_level_told_in_january_is_still_the_level_that_moves() -> None:
    december = _ref(
        1,
        "The jobless rate was 4.4% in December, the statistics office said.",
        "4.4",
        date(2026, 1, 9),
    )
    january = _ref(
        2,
        "The jobless rate rose to 4.6% in January, the statistics office said.",
        "4.6",
        date(2026, 2, 6),
    )
    assert _relation(december, january) == "update"


def test_a_loan_told_for_the_week_is_the_loan_of_its_day() -> None:
    day = _ref(
        1,
        "The World Bank approved a $1.2 billion loan to Tarsia on Wednesday.",
        "1.2 billion",
        date(2026, 5, 20),
    )
    week = _ref(
        2,
        "Tarsia won a loan of about $1.2bn from the World Bank this week.",
        "1.2bn",
        date(2026, 5, 22),
    )
    other = _ref(
        3, "Tarsia won a loan of $1.8bn from the World Bank this week.", "1.8bn", date(2026, 5, 22)
    )
    qd, qw = quantity_of(day.figure), quantity_of(week.figure)
    assert qd is not None and qd.window == "day:2026-05-20"
    assert qw is not None and qw.window == "week:2026-W21"
    assert _relation(day, week) == "consistent"
    assert _relation(day, other) == "contradiction"


def test_a_loan_told_for_another_week_stays_apart() -> None:
    day = _ref(
        1,
        "The World Bank approved a $1.2 billion loan to Tarsia on Wednesday.",
        "1.2 billion",
        date(2026, 5, 20),
    )
    later = _ref(
        2, "Tarsia won a loan of $1.8bn from the World Bank this week.", "1.8bn", date(2026, 5, 29)
    )
    assert _relation(day, later) is None


def test_a_spill_told_larger_days_later_is_an_update() -> None:
    first = _ref(
        1,
        "About 2,000 tonnes of fuel oil leaked from the ship, the coast guard said.",
        "2,000",
        date(2026, 11, 2),
    )
    later = _ref(
        2,
        "The coast guard raised its estimate of the spill to 3,500 tonnes.",
        "3,500",
        date(2026, 11, 5),
    )
    rival = _ref(
        3,
        "Some 3,500 tonnes of fuel oil leaked from the ship, a green group said.",
        "3,500",
        date(2026, 11, 2),
    )
    assert _relation(first, later) == "update"
    assert _relation(first, rival) == "contradiction"


def test_a_cargo_in_tonnes_is_not_the_spill() -> None:
    spill = _ref(
        1,
        "About 2,000 tonnes of fuel oil leaked from the ship, the coast guard said.",
        "2,000",
        date(2026, 11, 2),
    )
    cargo = _ref(2, "The ship was carrying 90,000 tonnes of iron ore.", "90,000", date(2026, 11, 2))
    assert _relation(spill, cargo) is None


def test_job_cuts_are_the_jobs_cut() -> None:
    verb = _ref(1, "The bank will cut 3,000 jobs, it said on Tuesday.", "3,000", date(2026, 3, 3))
    noun = _ref(2, "The bank announced 3,000 job cuts on Tuesday.", "3,000", date(2026, 3, 3))
    other = _ref(
        3, "The bank announced 4,500 job cuts on Tuesday, a union said.", "4,500", date(2026, 3, 3)
    )
    q = quantity_of(noun.figure)
    assert q is not None and (q.measure, q.head) == ("cut", "job")
    assert _relation(verb, noun) == "consistent"
    assert _relation(verb, other) == "contradiction"


def test_job_cuts_of_a_past_year_stay_apart() -> None:
    verb = _ref(1, "The bank will cut 3,000 jobs, it said on Tuesday.", "3,000", date(2026, 3, 3))
    past = _ref(2, "The bank announced 4,500 job cuts in 2023.", "4,500", date(2026, 3, 3))
    assert _relation(verb, past) is None


def test_an_index_in_points_is_a_level_that_moves_from_day_to_day() -> None:
    friday = _ref(1, "The index closed at 7,412 points on Friday.", "7,412", date(2026, 6, 20))
    monday = _ref(2, "The index closed at 7,301 points on Monday.", "7,301", date(2026, 6, 23))
    rival = _ref(
        3, "The index closed at 7,480 points on Friday, traders said.", "7,480", date(2026, 6, 20)
    )
    q = quantity_of(friday.figure)
    assert q is not None and q.unit == "points" and not q.window
    assert _relation(friday, monday) == "update"
    assert _relation(friday, rival) == "contradiction"


ELECTION_DAY = date(2026, 11, 19)


def test_ballots_rejected_are_not_a_candidates_margin() -> None:
    rejected = _ref(
        1,
        "Some 2,300 ballots were rejected during the recount, the board said.",
        "2,300",
        ELECTION_DAY,
    )
    margin = _ref(2, "Ms Arden won by 2,300 votes, the election board said.", "2,300", ELECTION_DAY)
    assert _relation(rejected, margin) is None
    again = _ref(
        3, "The board said 3,100 ballots had been rejected in the recount.", "3,100", ELECTION_DAY
    )
    assert _relation(rejected, again) == "contradiction"


def test_ballots_cast_are_still_the_votes_cast() -> None:
    ballots = _ref(
        1, "Some 412,000 ballots were cast, the election board said.", "412,000", ELECTION_DAY
    )
    votes = _ref(
        2, "Some 412,000 votes were cast, the election board said.", "412,000", ELECTION_DAY
    )
    assert _relation(ballots, votes) == "consistent"


BY_ELECTION = date(2026, 11, 20)


def test_a_majority_in_the_thousands_is_the_winning_margin_in_votes() -> None:
    won = _ref(
        1,
        "Ms Okafor won the by-election by 2,140 votes, the returning officer said.",
        "2,140",
        BY_ELECTION,
    )
    majority = _ref(
        2,
        "Okafor took the seat with a majority of 2,410, local media reported.",
        "2,410",
        BY_ELECTION,
    )
    same = _ref(3, "Okafor took the seat with a majority of 2,140.", "2,140", BY_ELECTION)
    assert _relation(won, majority) == "contradiction"
    assert _relation(won, same) == "consistent"


def test_a_small_majority_is_not_read_as_votes() -> None:
    government = _ref(
        1, "The government now has a majority of 36 in parliament.", "36", BY_ELECTION
    )
    margin = _ref(2, "Ms Okafor won the by-election by 41 votes.", "41", BY_ELECTION)
    assert _relation(government, margin) is None
