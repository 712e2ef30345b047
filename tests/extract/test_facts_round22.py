"""Facts, round 22: a live blog saved from a page sets each stamp on a line of its own above its
entry, and the stamp dates the entry's first sentence (the blog's day, at that time); a question
that heads an explainer's answer tells no event; "Engineers say ..." is a speaker before the
report, as "Engineers said ..." is; a length that describes a noun ("in its 168-year history")
parts no clause; "the same quarter last year" beside a fiscal quarter is that quarter a year
back.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

import time
from datetime import date

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes

PUBLISHED = date(2026, 10, 15)  # a Thursday


def facts_of(text: str, published: date = PUBLISHED) -> list[tuple[TimeExpression, Fact]]:
    timexes = find_timexes(text, published)
    return [(timexes[f.timex], f) for f in find_facts(text, timexes, published)]


def fact_for(text: str, words: str, published: date = PUBLISHED) -> Fact:
    found = [f for t, f in facts_of(text, published) if t.text == words]
    assert len(found) == 1, facts_of(text, published)
    return found[0]


def days(fact: Fact) -> tuple[date | None, date | None]:
    return fact.date.earliest, fact.date.latest


THURSDAY = (PUBLISHED, PUBLISHED)

# --- a live blog whose stamps stand on lines of their own ----------------------------------

_FERRY_BLOG = (
    "Ferry aground off Brannock: live\n"
    "\n"
    "08:40 BST\n"
    "The Isle of Kerr ferry has run aground off Brannock Point, the coastguard says.\n"
    "\n"
    "09:25 BST\n"
    "All 212 passengers are being taken off by lifeboat. Nobody is reported hurt.\n"
    "\n"
    "11:05 BST\n"
    "The operator says sailings from Brannock are cancelled until Saturday.\n"
)


def test_a_stamp_alone_on_its_line_dates_the_entry_under_it() -> None:
    fact = fact_for(_FERRY_BLOG, "08:40 BST")
    assert fact.text == "08:40 BST\nThe Isle of Kerr ferry has run aground off Brannock Point"
    assert days(fact) == THURSDAY


def test_a_present_tense_entry_gets_the_blogs_day_at_its_stamp() -> None:
    fact = fact_for(_FERRY_BLOG, "09:25 BST")
    # the entry's first sentence, not the one after it
    assert fact.text.startswith("09:25 BST\nAll 212 passengers are being taken off by lifeboat")
    assert "Nobody" not in fact.text
    assert days(fact) == THURSDAY
    timexes = find_timexes(_FERRY_BLOG, PUBLISHED)
    stamp = timexes[fact.timex]
    assert stamp.type == "TIME" and stamp.value == "2026-10-15T09:25"
    assert "publication day" in stamp.explanation


def test_the_entrys_own_day_still_makes_its_own_fact() -> None:
    stamp = fact_for(_FERRY_BLOG, "11:05 BST")
    assert (
        stamp.text.rstrip(".")
        == "11:05 BST\nThe operator says sailings from Brannock are cancelled until Saturday"
    )
    saturday = fact_for(_FERRY_BLOG, "Saturday")
    assert saturday.text.rstrip(".") == "sailings from Brannock are cancelled until Saturday"
    assert days(saturday) == (date(2026, 10, 17), date(2026, 10, 17))


def test_an_entry_after_a_blank_line_under_its_stamp() -> None:
    text = (
        "Council budget vote: as it happened\n"
        "\n"
        "6.10pm\n"
        "\n"
        "Councillors have started debating the budget.\n"
        "\n"
        "7.45pm:\n"
        "\n"
        "The budget has passed by 31 votes to 24.\n"
    )
    first = fact_for(text, "6.10pm")
    assert first.text.rstrip(".") == "6.10pm\n\nCouncillors have started debating the budget"
    second = fact_for(text, "7.45pm")
    assert second.text.rstrip(".") == "7.45pm:\n\nThe budget has passed by 31 votes to 24"
    assert days(first) == days(second) == THURSDAY


def test_one_clock_time_alone_under_a_headline_heads_no_entry() -> None:
    # a page's own time under its headline is no live blog: the story below is not its entry
    text = (
        "Harbour wall repairs to start next month\n"
        "10:15 BST\n"
        "Work to repair the harbour wall at Brannock will begin in November, the council said.\n"
    )
    found = [f for t, f in facts_of(text) if t.text == "10:15 BST"]
    assert all("harbour wall" not in f.text for f in found)


def test_an_inline_stamp_before_a_present_tense_entry_is_still_its_fact() -> None:
    text = (
        "Brannock ferry: live\n\n"
        "14:02 The coastguard says the ferry has been refloated.\n\n"
        "14:40 The operator says sailings will resume on Friday.\n"
    )
    fact = fact_for(text, "14:02")
    assert fact.text.rstrip(".") == "14:02 The coastguard says the ferry has been refloated"
    assert days(fact) == THURSDAY


# --- questions that head an explainer's answers ----------------------------------------------

_EXPLAINER = (
    "Brannock gas leak: what we know\n"
    "\n"
    "What happened on Monday?\n"
    "\n"
    "A gas main fractured under Quay Street at about 7am on Monday, and 300 homes were "
    "evacuated.\n"
    "\n"
    "When will people be allowed home?\n"
    "\n"
    "The gas board expects everyone to be back by Saturday.\n"
)


def test_a_question_heading_gives_no_fact() -> None:
    timexes = find_timexes(_EXPLAINER, PUBLISHED)
    facts = find_facts(_EXPLAINER, timexes, PUBLISHED)
    assert all("?" not in f.text for f in facts)
    answer = fact_for(_EXPLAINER, "about 7am on Monday")
    assert answer.text.startswith("A gas main fractured under Quay Street at about 7am on Monday")
    assert days(answer) == (date(2026, 10, 12), date(2026, 10, 12))


def test_a_speakers_question_and_a_question_in_a_paragraph_keep_their_facts() -> None:
    # an interviewer's question names the event it asks about; a question inside a paragraph
    # is part of its prose
    transcript = "INTERVIEWER: And the evacuation on Monday?\n\nMAYOR: It went well."
    assert "evacuation on Monday" in fact_for(transcript, "Monday").text
    prose = (
        "Residents were moved out on Monday. Why did the gas board wait until Tuesday to tell "
        "them? Nobody has said."
    )
    assert [t.text for t, _ in facts_of(prose)] == ["Monday", "Tuesday"]


# --- speakers, lengths, quarters ---------------------------------------------------------------


def test_a_plural_speaker_with_say_is_left_out_as_with_said() -> None:
    text = "Inspectors say floods in August left the stand's foundations unsafe."
    fact = fact_for(text, "August")
    assert fact.text.rstrip(".") == "floods in August left the stand's foundations unsafe"


def test_a_length_that_describes_a_noun_parts_no_clause() -> None:
    text = (
        "When Ruth Calder opens the festival on 4 June, she will be the first poet to do so in "
        "its 75-year history."
    )
    fact = fact_for(text, "4 June")
    assert fact.text.rstrip(".") == text.rstrip(".")


def test_the_same_quarter_last_year_beside_a_fiscal_quarter() -> None:
    text = (
        "Brannock Foods reported on Wednesday a 6% rise in sales to $410 million for its fiscal "
        "second quarter, which ended Aug. 31. Profit was $38 million, compared with $31 million "
        "in the same quarter last year."
    )
    fact = fact_for(text, "the same quarter last year")
    assert days(fact) == (date(2025, 6, 1), date(2025, 8, 31))


# --- round 22 (2): older sets' leftovers -------------------------------------------------------


def test_a_state_told_in_the_pluperfect_for_months_ends_before_the_report() -> None:
    # the talks stalled before something the story tells next, not up to the report
    text = "For weeks, the talks had barely moved. Then on Monday both sides agreed a ceasefire."
    assert [t.text for t, _ in facts_of(text)] == ["Monday"]


def test_a_state_told_in_the_simple_past_for_weeks_still_reaches_the_report() -> None:
    text = "The villagers were cut off from the coast for weeks."
    fact = fact_for(text, "weeks")
    assert days(fact) == (None, PUBLISHED)


def test_a_relative_clause_tells_of_the_thing_the_place_places() -> None:
    text = "Engineers are still working at a pumping station on Mill Road, which was flooded on Monday."
    fact = fact_for(text, "Monday")
    assert fact.text.rstrip(".") == "a pumping station on Mill Road, which was flooded on Monday"
    assert days(fact) == (date(2026, 10, 12), date(2026, 10, 12))


def test_a_place_after_a_verb_keeps_the_place_alone() -> None:
    # "detained in Leeds": no thing before the place, so the relative tells of Leeds
    text = "Two men were detained in Leeds, which police raided on Monday."
    fact = fact_for(text, "Monday")
    assert fact.text.rstrip(".") == "Leeds, which police raided on Monday"


# --- round 22 (3): a stamp's line may carry its day -------------------------------------------

_DAYS_BLOG = (
    "Brannock floods: live\n"
    "\n"
    "Thursday 15 October\n"
    "\n"
    "Thu 15 Oct 08:40\n"
    "The river Brann has burst its banks at Kerr Bridge.\n"
    "\n"
    "15 October 2026, 09:25\n"
    "Police say 40 homes are being evacuated. A rest centre is open.\n"
    "\n"
    "Posted at 10:05 BST\n"
    "The Environment Agency says the river will peak at about 2pm.\n"
)


def test_a_stamp_with_its_day_dates_the_entry_under_it() -> None:
    fact = fact_for(_DAYS_BLOG, "15 Oct")
    assert (
        fact.text.rstrip(".")
        == "Thu 15 Oct 08:40\nThe river Brann has burst its banks at Kerr Bridge"
    )
    assert days(fact) == THURSDAY


def test_a_day_and_its_clock_on_one_stamp_line_are_one_fact() -> None:
    line_start = _DAYS_BLOG.index("15 October 2026, 09:25")
    line_end = _DAYS_BLOG.index("\n", line_start)
    on_the_line = [f for t, f in facts_of(_DAYS_BLOG) if line_start <= t.start < line_end]
    assert len(on_the_line) == 1
    assert on_the_line[0].text.startswith("15 October 2026, 09:25\nPolice say 40 homes")
    assert "rest centre" not in on_the_line[0].text


def test_a_word_that_opens_the_stamps_line_is_left_off_the_card() -> None:
    fact = fact_for(_DAYS_BLOG, "10:05 BST")
    assert fact.text.startswith("10:05 BST\nThe Environment Agency says")


def test_a_line_of_a_day_alone_heads_no_entry() -> None:
    # "Thursday 15 October" over the day's entries is the day's heading, not an entry's stamp
    heading = fact_for(_DAYS_BLOG, "Thursday 15 October")
    assert heading.text.strip() == "Thursday 15 October"


def test_stamp_lines_are_read_in_linear_time() -> None:
    def blog(n: int) -> str:
        return "Live\n\n" + "".join(
            f"Thu 15 Oct {9 + i % 10}:{i % 60:02d} BST\nCrews say the fire is spreading.\n\n"
            for i in range(n)
        )

    def cost(text: str) -> float:
        timexes = find_timexes(text, PUBLISHED)
        started = time.process_time()
        found = find_facts(text, timexes, PUBLISHED)
        assert len(found) == len(timexes)
        return time.process_time() - started

    small, large = cost(blog(400)), cost(blog(800))
    assert large < 4 * small + 0.2


def test_questions_on_one_long_line_are_read_in_linear_time() -> None:
    # each question is looked at between its own ends, never by scanning its line back
    def cost(n: int) -> float:
        text = "What happened on Tuesday? " * n
        timexes = find_timexes(text, PUBLISHED)
        started = time.process_time()
        found = find_facts(text, timexes, PUBLISHED)
        assert len(found) == n  # inside a paragraph, a question keeps its fact
        return time.process_time() - started

    small, large = cost(800), cost(1600)
    assert large < 4 * small + 0.2


# --- round 22 (5): a stamped entry's first clause ---------------------------------------------

_STORM_BLOG = (
    "Storm Orla live\n"
    "\n"
    "10:42 a.m. ET — Police say a tree fell onto the rail line, and crews are clearing it.\n"
    "\n"
    "Update, 11:15 BST: Trains between Kerr and Brannock are suspended.\n"
    "\n"
    "12:30 p.m. ET — BREAKING: A second tree has come down on the line.\n"
)


def test_a_new_subject_after_and_ends_a_stamped_entrys_first_clause() -> None:
    fact = fact_for(_STORM_BLOG, "10:42 a.m. ET")
    assert fact.text == "10:42 a.m. ET — Police say a tree fell onto the rail line"
    assert days(fact) == THURSDAY


def test_a_label_before_a_stamp_tells_no_event() -> None:
    # "and Brannock are" is no second verb of the entry: "Update, " opens nothing
    fact = fact_for(_STORM_BLOG, "11:15 BST")
    assert (
        fact.text.rstrip(".") == "Update, 11:15 BST: Trains between Kerr and Brannock are suspended"
    )


def test_a_label_in_capitals_after_a_stamp_heads_the_entry() -> None:
    fact = fact_for(_STORM_BLOG, "12:30 p.m. ET")
    assert (
        fact.text.rstrip(".") == "12:30 p.m. ET — BREAKING: A second tree has come down on the line"
    )


def test_a_time_that_opens_a_sentence_still_dates_both_verbs() -> None:
    # no stamp: "At 10:14 p.m. the pilots reported smoke and asked to divert" keeps both
    text = "At 10:14 p.m. the pilots reported smoke and asked to divert to Kerr."
    fact = fact_for(text, "10:14 p.m.")
    assert fact.text.rstrip(".") == text.rstrip(".")


def test_a_quotation_under_a_stamp_keeps_its_closing_mark() -> None:
    text = (
        "Kerr fire live\n\n"
        '11:20 BST "We heard a huge bang," says a witness who lives by the depot.\n\n'
        "11:50 BST: Crews say the fire is under control.\n"
    )
    fact = fact_for(text, "11:20 BST")
    assert fact.text == '11:20 BST "We heard a huge bang,"'


def test_a_quotation_without_a_stamp_is_its_words_alone() -> None:
    fact = fact_for('"We left on Monday," she said.', "Monday")
    assert fact.text == "We left on Monday"


# --- round 22 (7): parts of a fiscal year ------------------------------------------------------

_STEEL = (
    "Brannock Steel's fiscal year begins on April 1. In the fourth quarter of fiscal 2026, it "
    "earned $31 million. The company expects demand to recover in the second half of the "
    "fiscal year."
)


def test_a_quarter_of_a_named_fiscal_year() -> None:
    fact = fact_for(_STEEL, "the fourth quarter of fiscal 2026")
    assert days(fact) == (date(2026, 1, 1), date(2026, 3, 31))


def test_a_half_of_the_fiscal_year_with_no_year() -> None:
    fact = fact_for(_STEEL, "the second half of the fiscal year")
    assert days(fact) == (date(2026, 10, 1), date(2027, 3, 31))


def test_a_fiscal_quarter_with_no_word_on_when_the_year_runs_stays_as_read() -> None:
    text = "In the fourth quarter of fiscal 2026, Kerr Mills earned $12 million."
    fact = fact_for(text, "the fourth quarter of fiscal 2026")
    assert days(fact) == (date(2026, 10, 1), date(2026, 12, 31))


# --- round 22 (8): a life told after a birth -----------------------------------------------------


def test_a_name_after_the_birth_starts_the_lifes_clause() -> None:
    text = "Born in Kerr in 1979, Dane played 300 games for the club between 1998 and 2010."
    birth = fact_for(text, "1979")
    assert birth.text == "Born in Kerr in 1979"
    career = fact_for(text, "1998")
    assert career.text.rstrip(".") == "Dane played 300 games for the club between 1998 and 2010"


def test_a_place_named_in_the_birth_is_no_subject() -> None:
    text = "Born in Leeds, West Yorkshire, on 4 May 1950, she moved to London in 1970."
    assert fact_for(text, "4 May 1950").text == "Born in Leeds, West Yorkshire, on 4 May 1950"
    assert fact_for(text, "1970").text.rstrip(".") == "she moved to London in 1970"


# --- round 22 (9): ", and" with a subject of its own ends the dated clause -----------------------


def test_a_new_subject_after_and_ends_a_dated_clause() -> None:
    text = "Kerr Mills closed its last loom on Friday, and the town council bought the site."
    fact = fact_for(text, "Friday")
    assert fact.text == "Kerr Mills closed its last loom on Friday"


def test_a_plural_subject_after_and_ends_a_dated_clause() -> None:
    text = "The heaviest rain is expected early on Sunday, and rivers could burst their banks."
    fact = fact_for(text, "early on Sunday")
    assert fact.text == "The heaviest rain is expected early on Sunday"


def test_and_with_no_verb_after_it_keeps_the_clause() -> None:
    # "and the day before": no clause of its own
    text = "Crews worked at the Kerr depot on Friday, and the day before, to clear the tracks."
    fact = fact_for(text, "Friday")
    assert "the day before" in fact.text


def test_a_length_that_describes_a_noun_no_longer_cuts_a_clause_short() -> None:
    # "a five-day shutdown" named no time of another event: the clause is the whole event
    text = "Brannock began a five-day shutdown of its rail yards and depots on Friday to save fuel."
    fact = fact_for(text, "Friday")
    assert fact.text.rstrip(".") == text.rstrip(".")


def test_which_after_a_person_at_a_place_tells_of_the_place() -> None:
    text = "Ruth Calder is a volunteer at Kerr Winter Fair, which opens on Saturday."
    fact = fact_for(text, "Saturday")
    assert fact.text.rstrip(".") == "Kerr Winter Fair, which opens on Saturday"


def test_who_after_a_person_at_a_place_tells_of_the_person() -> None:
    text = "Police spoke to a nurse in Brannock, who had moved there in 2019."
    fact = fact_for(text, "2019")
    assert fact.text.rstrip(".") == "a nurse in Brannock, who had moved there in 2019"
