"""Sentence splitting for news text."""

from __future__ import annotations

from desktop.extract.sentences import clause_around, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_titles_and_months_do_not_end_sentences() -> None:
    text = "Gen. Kim met Mr. Lee on Jan. 9 in St. Louis. They talked for an hour."
    assert sentences(text) == [
        "Gen. Kim met Mr. Lee on Jan. 9 in St. Louis.",
        "They talked for an hour.",
    ]


def test_us_and_initials() -> None:
    text = "U.S. officials said John F. Kennedy was right. He left the U.S. The end came soon."
    assert sentences(text) == [
        "U.S. officials said John F. Kennedy was right.",
        "He left the U.S.",
        "The end came soon.",
    ]


def test_decimals_and_times() -> None:
    text = "Prices rose 3.5 percent at 9 p.m. Thursday. Markets closed."
    assert sentences(text) == ["Prices rose 3.5 percent at 9 p.m. Thursday.", "Markets closed."]


def test_quotes_end_with_their_sentence() -> None:
    text = '"We will win." That was all he said. "Never!" he shouted.'
    assert sentences(text) == ['"We will win."', "That was all he said.", '"Never!" he shouted.']


def test_dateline_is_not_part_of_the_sentence() -> None:
    text = "SEOUL, South Korea (AP) — North Korea fired a missile on Sunday.\nSEOUL — It flew far."
    assert sentences(text) == ["North Korea fired a missile on Sunday.", "It flew far."]


def test_line_breaks_end_headlines() -> None:
    text = "Who said what\nThe army withdrew."
    assert sentences(text) == ["Who said what", "The army withdrew."]


def test_spans_are_trimmed_and_inside_the_text() -> None:
    text = "  One.   Two!  \n\n Three?  "
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
    assert sentences(text) == ["One.", "Two!", "Three?"]


def test_clause_around_splits_on_dash_and_conjunction() -> None:
    text = "The town fell on Friday, but the army held the bridge — for now."
    (span,) = split_sentences(text)
    start = text.index("Friday")
    s, e = clause_around(text, span, start, start + len("Friday"))
    assert text[s:e] == "The town fell on Friday"


def test_a_capitalised_word_after_a_clock_time_starts_a_new_sentence() -> None:
    text = (
        "The break was reported at 4:50 a.m. Service will resume at 3 p.m. At 9 a.m. President "
        "Clinton arrived. It ended at 10 p.m. Friday. Bids close at 5 p.m. Eastern Time on Nov. 14."
    )
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The break was reported at 4:50 a.m.",
        "Service will resume at 3 p.m.",
        "At 9 a.m. President Clinton arrived.",
        "It ended at 10 p.m. Friday.",
        "Bids close at 5 p.m. Eastern Time on Nov. 14.",
    ]


def test_a_state_after_its_town_may_end_a_sentence() -> None:
    text = "She died on Sunday at her home in Bristol, Conn. She was 88."
    assert sentences(text) == ["She died on Sunday at her home in Bristol, Conn.", "She was 88."]
    # before a name or a title the sentence goes on
    text = "Troops from Fort Lee, Va. Gen. Ward led them."
    assert sentences(text) == ["Troops from Fort Lee, Va. Gen. Ward led them."]
