"""Facts, round 26: a document issued on a day says what it says that day ("A statement
issued by her office on Wednesday evening said she had ...": the whole sentence is the fact,
not the document's noun and participle), and a headline's short label before its colon is part
of the headline's fact ("Bin strike: collections to resume next week").

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes

PUBLISHED = date(2025, 3, 20)  # a Thursday


def clauses(text: str, published: date = PUBLISHED) -> dict[str, str]:
    timexes = find_timexes(text, published)
    return {
        timexes[f.timex].text: text[f.start : f.end].rstrip(".")
        for f in find_facts(text, timexes, published)
    }


def test_a_statement_issued_on_a_day_dates_what_it_said() -> None:
    text = 'A statement issued by the mayor\'s office on Tuesday said he had "acted in good faith".'
    assert clauses(text)["Tuesday"] == text.rstrip(".")
    text = "A letter sent to tenants on 3 March warned that rents would rise by 9%."
    assert clauses(text)["3 March"] == text.rstrip(".")


def test_a_participle_that_is_no_document_still_dates_its_noun_alone() -> None:
    # the subject's participle and its time, when the main verb tells another event
    text = "A man arrested in Dunlow on Tuesday was released on bail."
    assert clauses(text)["Tuesday"] == "A man arrested in Dunlow on Tuesday"


def test_a_headline_label_before_its_colon_is_part_of_its_fact() -> None:
    text = (
        "Ferry strike: sailings to resume next week\n\n"
        "Sailings from Orrin will resume next week, the operator said on Thursday."
    )
    timexes = find_timexes(text, PUBLISHED)
    facts = [text[f.start : f.end] for f in find_facts(text, timexes, PUBLISHED)]
    assert facts[0] == "Ferry strike: sailings to resume next week"


def test_a_one_line_text_with_a_colon_is_no_headline() -> None:
    found = clauses('She said: "The last sailing leaves in mid-June."')
    assert found["mid-June"] == '"The last sailing leaves in mid-June."'.strip('"').rstrip(".")
