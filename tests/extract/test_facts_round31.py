"""Facts, round 31: states that lasted until a day, and where a fact's clause ends.

A state told as having lasted until a day ("the ferry stayed in port until Sunday", "the market
remained closed through Tuesday night", "was closed until 3am on Friday while forensic
officers searched it") ended on a day gone, where the same state told as set ("will stay closed
until Thursday", "remains shut until Monday") lies ahead.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def values(text: str, published: date) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, published)}


def test_a_state_that_stayed_or_remained_until_a_weekday_ended_before_publication() -> None:
    # published Tuesday 12 May 2026
    text = (
        "The Calder ferry stayed in port until Sunday after gales damaged its ramp. The "
        "harbour car park remained closed through Saturday night."
    )
    found = values(text, date(2026, 5, 12))
    assert found["Sunday"] == "2026-05-10"
    assert found["Saturday night"] == "2026-05-09TNI"


def test_a_state_beside_a_clause_in_the_past_ended_before_publication() -> None:
    # published Saturday 16 May 2026
    text = (
        "Brack Lane was closed until 3am on Friday while forensic officers searched the "
        "verges. The pier was out of use until September as divers inspected its piles."
    )
    found = values(text, date(2026, 5, 16))
    assert found["3am on Friday"] == "2026-05-15T03:00"
    # told in May: the September gone, not the next one
    assert found["September"] == "2025-09"


def test_a_state_still_to_run_keeps_its_day_ahead() -> None:
    # guard: a modal or a present tense keeps the limit ahead, a clause beside it or not
    text = (
        "The council said the footbridge would stay closed until Thursday while engineers "
        "checked its supports. The lido will remain shut until Sunday. The museum is closed "
        "until Friday as staff repair the roof."
    )
    found = values(text, date(2026, 5, 12))
    assert found["Thursday"] == "2026-05-14"
    assert found["Sunday"] == "2026-05-17"
    assert found["Friday"] == "2026-05-15"


def test_a_part_of_a_day_after_a_pluperfect_flashback_is_the_story_day() -> None:
    # published Monday 20 April 2026
    text = (
        "The trawler Annick May ran aground off Corr Point on Thursday morning. The previous "
        "night, her skipper had anchored in Lusk Bay to wait out a gale. That afternoon, a "
        "lifeboat took the crew of six ashore. That evening, the owners apologised."
    )
    found = values(text, date(2026, 4, 20))
    assert found["The previous night"] == "2026-04-15TNI"
    assert found["That afternoon"] == "2026-04-16TAF"
    assert found["That evening"] == "2026-04-16TEV"


def test_a_part_of_a_day_inside_the_flashback_keeps_its_day() -> None:
    # guard: the pluperfect goes on, and so does the flashback's day
    text = (
        "The trawler Annick May ran aground off Corr Point on Thursday morning. The night "
        "before, her skipper had anchored in Lusk Bay. That evening, the crew had argued about "
        "the forecast."
    )
    found = values(text, date(2026, 4, 20))
    assert found["That evening"] == "2026-04-15TEV"


def clauses(text: str, published: date) -> dict[str, str]:
    from desktop.extract.facts import find_facts

    timexes = find_timexes(text, published)
    return {timexes[f.timex].text: f.text.rstrip(".") for f in find_facts(text, timexes, published)}


def test_testimony_after_testified_that_is_the_report_alone() -> None:
    text = "A ward nurse testified that the patient was moved at 4am on 12 March."
    found = clauses(text, date(2026, 5, 20))
    assert found["4am on 12 March"] == "the patient was moved at 4am on 12 March"


def test_a_witness_own_past_deed_after_a_dated_saying_is_the_report_alone() -> None:
    text = (
        "A locksmith, Ivo Brandt, told the jury on Tuesday that he found the back door open "
        "on 3 January. A second witness, Mara Holt, said on Wednesday that she would give "
        "evidence again in June."
    )
    found = clauses(text, date(2026, 5, 21))
    assert found["3 January"] == "he found the back door open on 3 January"
    # guard: a plan of the speaker's keeps the speaker
    assert found["June"].startswith("A second witness, Mara Holt, said on Wednesday")


def test_a_manner_told_with_the_subject_own_things_stays_in_the_clause() -> None:
    text = (
        "A spokesman said the gunman walked out of the bank with his hands raised at 9.20pm. Up "
        "to 20cm of snow "
        "could fall, with the heaviest falls expected on Saturday morning."
    )
    found = clauses(text, date(2026, 1, 15))
    assert found["9.20pm"] == "the gunman walked out of the bank with his hands raised at 9.20pm"
    # guard: a forecast after "with the ..." stays a fact of its own
    assert found["Saturday morning"] == "the heaviest falls expected on Saturday morning"


def test_the_fall_counted_from_by_a_length_is_an_event_not_autumn() -> None:
    text = (
        "The roofer died in hospital on 4 November, two days after the fall. Leaves turn red in "
        "the fall of 2025, and the fall of Kabul came in August 2021."
    )
    found = values(text, date(2026, 6, 17))
    assert "the fall" not in found
    # guard: a season with its year is still one
    assert found["the fall of 2025"] == "2025-FA"


def test_a_report_after_a_saying_dated_where_and_when_is_the_report_alone() -> None:
    text = (
        "A bank clerk, Nils Arden, testified at the inquest in February that he saw the van "
        "leave the depot on 14 October 2025."
    )
    found = clauses(text, date(2026, 5, 21))
    assert found["14 October 2025"] == "he saw the van leave the depot on 14 October 2025"
