"""Round 50: an audit of the words read as the tense that sends a bare day, month or season back
or ahead. A capitalised word ending in '-ed' inside running prose is a name, not a past verb
("talks with Prime Minister Rashed Mahmoud on Friday", "the plane landed at Hollsted"): it sets
no direction."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

WED_10_JUN_2026 = date(2026, 6, 10)


def hits(text: str, published: date = WED_10_JUN_2026) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


def test_a_capitalised_name_in_ed_is_no_past_verb() -> None:
    found = hits(
        "The envoy is scheduled to hold talks with Prime Minister Rashed Mahmoud on Friday."
    )
    assert found["Friday"].value == "2026-06-12"
    found = hits("Ministers are set to meet Governor Ahmed Korvane on Friday in the capital.")
    assert found["Friday"].value == "2026-06-12"
    found = hits("The delegation plans to visit the port of Brensted on Friday.")
    assert found["Friday"].value == "2026-06-12"


def test_a_past_verb_still_counts_and_a_headline_keeps_its_capitals() -> None:
    found = hits("The envoy held talks with the prime minister on Friday.")
    assert found["Friday"].value == "2026-06-05"
    found = hits("Rescuers Reached the Flooded Village on Friday")
    assert found["Friday"].value == "2026-06-05"
    found = hits("Convicted on Friday, the former mayor will be sentenced in July.")
    assert found["Friday"].value == "2026-06-05"


def test_a_plain_verb_after_a_pluperfect_plan_is_a_lapsed_plan() -> None:
    # 'had planned to hold' was a lapsed plan, a day gone; so is 'had planned to open'
    found = hits("The ministry had planned to open the Kelso bridge on Friday.")
    assert found["Friday"].value == "2026-06-05"
    found = hits("Engineers had hoped to reopen the road on Thursday, but the repairs took longer.")
    assert found["Thursday"].value == "2026-06-04"
    found = hits("Republican leaders had planned to start the debate Thursday.")
    assert found["Thursday"].value == "2026-06-04"


def test_a_plan_still_held_looks_ahead() -> None:
    found = hits("The ministry plans to open the Kelso bridge on Friday.")
    assert found["Friday"].value == "2026-06-12"
    found = hits("The ministry was to open the Kelso bridge on Friday.")
    assert found["Friday"].value == "2026-06-12"
    found = hits("Engineers hope to reopen the road on Thursday.")
    assert found["Thursday"].value == "2026-06-11"


def test_a_past_verb_of_a_plan_with_its_object_looks_ahead() -> None:
    # the time after the object of 'planned' or 'expected' is the planned thing's, ahead of the
    # planning, not the day the plan was made
    found = hits("Council leaders planned a final vote on the harbour levy on Friday afternoon.")
    assert found["Friday afternoon"].value == "2026-06-12TAF"
    found = hits("The mayor of Dunmore planned a rally in the old market square on Friday.")
    assert found["Friday"].value == "2026-06-12"
    found = hits("Many in the party had expected an election in the autumn.")
    assert found["the autumn"].value == "2026-FA"
    found = hits("Organisers expected record crowds at the Varne festival on Saturday.")
    assert found["Saturday"].value == "2026-06-13"


def test_a_plan_made_on_the_day_or_told_as_over_stays_back() -> None:
    # the day right after the verb dates the planning; a plan told as over keeps its reading
    found = hits("The mayor planned on Friday a rally for the weekend.")
    assert found["Friday"].value == "2026-06-05"
    found = hits("Police had expected 10,000 marchers, but only 2,000 came on Saturday.")
    assert found["Saturday"].value == "2026-06-06"
    found = hits("The economy grew faster than the bank expected in March.")
    assert found["March"].value == "2026-03"


def test_a_time_that_opens_its_sentence_dates_the_main_verb() -> None:
    # the saying or the threat after a fronted time is what the time dates, however the
    # reported clause after it looks ahead
    found = hits("On Thursday, the harbour minister said he would resign.")
    assert found["Thursday"].value == "2026-06-04"
    found = hits("On Thursday night, Kessler threatened to walk out of the talks.")
    assert found["Thursday night"].value == "2026-06-04TNI"
    found = hits("Late on Thursday, the rebels agreed to free the hostages.")
    assert found["Late on Thursday"].value == "2026-06-04"


def test_a_to_right_before_the_time_is_a_preposition() -> None:
    found = hits("Fighting went on despite a pause the two sides agreed to Sunday.")
    assert found["Sunday"].value == "2026-06-07"


def test_a_pledge_whose_deed_the_time_dates_still_looks_ahead() -> None:
    found = hits("The minister threatened to resign on Thursday.")
    assert found["Thursday"].value == "2026-06-11"
    found = hits("On Thursday, the rebels plan to free the hostages.")
    assert found["Thursday"].value == "2026-06-11"
    found = hits("The plant will close in the third quarter, the company said.")
    assert found["the third quarter"].value == "2026-Q3"


def test_next_in_a_compound_or_a_span_of_the_story_is_no_cue() -> None:
    # 'next-generation', 'next-day': an adjective; 'over the next three days' after a past
    # event counts from that event, not from now
    found = hits("Orvane launched its next-generation phone in Japan on March 4.")
    assert found["March 4"].value == "2026-03-04"
    found = hits("Nine more died in hospital over the next three days, the last on Monday night.")
    assert found["Monday night"].value == "2026-06-08TNI"


def test_next_as_the_future_still_counts() -> None:
    found = hits("The next meeting of the board is on Monday.")
    assert found["Monday"].value == "2026-06-15"
    found = hits("The mayor and her next deputy take office in March.")
    assert found["March"].value == "2027-03"


def test_a_prospect_reported_in_the_past_lies_ahead() -> None:
    # 'said more snow was possible': the reported 'is possible' of a forecast, not a past
    found = hits("Forecasters said more snow was possible on Thursday in the hills.")
    assert found["Thursday"].value == "2026-06-11"
    found = hits("Officials said a deal on the port was likely by Friday.")
    assert found["Friday"].value == "2026-06-12"


def test_a_state_reported_in_the_past_stays_back() -> None:
    found = hits("Police said the driver was drunk on Thursday.")
    assert found["Thursday"].value == "2026-06-04"
    found = hits("Snow was possible on Thursday, but none fell.")
    assert found["Thursday"].value == "2026-06-04"


def test_a_prospect_in_another_clause_leaves_the_day_alone() -> None:
    found = hits("Forecasters said more storms were possible, though not on the scale of Monday's.")
    assert found["Monday"].value == "2026-06-08"


def test_an_act_recalled_with_as_and_its_own_time_is_gone() -> None:
    found = hits("The plant will close, as agreed in March, at the end of the year.")
    assert found["March"].value == "2026-03"
    found = hits("As announced in May, the finance chief will leave the company in the autumn.")
    assert found["May"].value == "2026-05"


def test_a_plan_recalled_with_as_keeps_its_day() -> None:
    found = hits("The talks will go ahead as planned on Friday.")
    assert found["Friday"].value == "2026-06-12"
    found = hits("Profits rose faster than expected in May and will rise again in the autumn.")
    assert found["May"].value == "2026-05"


def test_a_participle_between_any_preposition_and_a_plural_noun_is_an_adjective() -> None:
    # 'behind closed doors', 'under armed guards': an adjective, not a past verb
    found = hits("Party leaders are to meet behind closed doors on Friday.")
    assert found["Friday"].value == "2026-06-12"
    found = hits("The prisoners are to travel under armed guards on Friday.")
    assert found["Friday"].value == "2026-06-12"
    found = hits("The ministers met behind the closed doors of the palace on Friday.")
    assert found["Friday"].value == "2026-06-05"


def test_a_time_before_a_noun_names_it_and_sets_no_direction() -> None:
    # 'its March forecast': 'forecast' is the noun the month names, no verb of the future
    found = hits("Profit rose to $2.10 a share, up from its March forecast of $1.90.")
    assert found["March"].value == "2026-03"


def test_a_company_forecast_against_estimates_is_dated_by_its_day() -> None:
    found = hits("Chipmaker Torvale forecast revenue above Wall Street estimates on Monday.")
    assert found["Monday"].value == "2026-06-08"
    found = hits("The weather office forecast another spell of heavy rain from Friday.")
    assert found["Friday"].value == "2026-06-12"
