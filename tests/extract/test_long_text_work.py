"""A long text costs work in step with its length: guards that count the work (pattern scans,
characters and items looked at), not seconds. Each named a read of the whole text, or of all a
text's expressions or tokens, once for every find in it (extract speed, session 26)."""

from __future__ import annotations

import re
from datetime import date

from desktop.extract import _timex_grammar, entities, facts, figures, timex
from desktop.extract.durations import duration_figures
from desktop.extract.facts import find_facts
from desktop.extract.sentences import split_sentences
from desktop.extract.timex import find_timexes


class _CountingPattern:
    """A compiled pattern that records each scan: its calls and the span it was given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0
        self.spans: list[int] = []

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        self.calls += 1
        self.spans.append(end - pos)
        return self.pattern.search(text, pos, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):  # type: ignore[no-untyped-def]
        end = len(text) if endpos is None else endpos
        self.calls += 1
        self.spans.append(end - pos)
        return self.pattern.finditer(text, pos, end)


def test_a_fiscal_year_is_looked_for_once_a_text_not_once_a_quarter(monkeypatch) -> None:
    paragraph = (
        "Harlow Freight said sales in the first quarter rose 5%, while costs in the second "
        "quarter fell."
    )
    text = "Harlow Freight's fiscal year runs from July through June.\n\n" + "\n\n".join(
        [paragraph] * 40
    )
    published = date(2025, 5, 20)
    counting = _CountingPattern(facts._FISCAL_STARTS)
    monkeypatch.setattr(facts, "_FISCAL_STARTS", counting)
    facts._fiscal_year_starts.cache_clear()
    found = find_facts(text, find_timexes(text, published), published)
    quarters = [f for f in found if "quarter" in f.text and f.date.precision == "quarter"]
    # the fiscal year was read: the first quarter is July to September, not January to March
    assert len(quarters) >= 40
    assert {q.date.earliest.month for q in quarters if q.date.earliest} <= {7, 10}
    assert counting.calls == 1


def test_a_month_joined_before_is_looked_for_near_the_month(monkeypatch) -> None:
    text = "\n".join(
        f"Paragraph {k}: the Tollan council met in March and again in June." for k in range(300)
    )
    counting = _CountingPattern(_timex_grammar._MONTH_PAIR_BEHIND)
    monkeypatch.setattr(_timex_grammar, "_MONTH_PAIR_BEHIND", counting)
    found = find_timexes(text, date(2025, 7, 1))
    assert sum(t.text == "March" for t in found) == 300
    assert counting.calls >= 300
    # each look is of the few characters a month and a dash can take, not the text before
    assert max(counting.spans) <= _timex_grammar._MONTH_PAIR_REACH
    # and it still finds them: "Mar-Jun" is a month joined to another
    assert [t.text for t in find_timexes("Rain fell Mar-Jun.", date(2025, 7, 1))] != []


class _CountingText(str):
    """A text that counts the characters read from it, one by one or as a slice."""

    reads = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        got = str.__getitem__(self, key)
        _CountingText.reads += len(got)
        return got


def test_a_line_start_is_read_back_from_the_word_not_from_the_text_start() -> None:
    text = _CountingText("Filler words for a long story. " * 4000 + "\n  Monday: talks fail.")
    at = text.index("Monday")
    _CountingText.reads = 0
    assert facts._opens_its_line(text, at)
    assert _CountingText.reads <= 4
    assert not facts._opens_its_line(text, text.index("talks"))
    assert facts._opens_its_line("Monday: x", 0)


class _CountingList(list):  # type: ignore[type-arg]
    """A list that counts the times it is walked through whole."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        _CountingList.walks += 1
        return super().__iter__()


def test_dateline_credits_are_not_a_walk_of_every_token_each() -> None:
    para = "VESSANT, Orlia (Harbour Wire) - The port reopened on Tuesday."
    text = "\n".join([para] * 200)
    tokens = _CountingList(entities._tokens(text))
    _CountingList.walks = 0
    places, _, credit = entities._dateline(text, tokens)
    assert len(places) == 400  # "VESSANT" and "Orlia" in each of the 200
    credited = sorted({tokens[k].start for k in credit})
    assert len(credited) == 400  # "Harbour" and "Wire" in each
    assert {text[s : s + 4] for s in credited} == {"Harb", "Wire"}
    # the tokens are walked a fixed number of times (to index them), not once a credit
    assert _CountingList.walks <= 2


def test_a_durations_sentence_is_found_by_halving_not_by_a_walk_each() -> None:
    text = "\n".join(
        f"Dock workers in Pellow walked out for 48 hours on Monday, union note {k} said."
        for k in range(60)
    )
    published = date(2025, 3, 5)
    timexes = _CountingList(sorted(find_timexes(text, published), key=lambda t: t.start))
    sentences = _CountingList(split_sentences(text))
    _CountingList.walks = 0
    found = duration_figures(text, published, timexes, sentences)
    assert [f.text for f in found] == ["48 hours"] * 60
    assert {f.as_of for f in found} == {date(2025, 3, 3)}  # each sentence's own Monday
    # a walk of each list to see it is in order, one of the expressions for the durations;
    # not one of the sentences and one of the expressions for every duration
    assert _CountingList.walks <= 4


def test_a_stretch_between_two_months_looks_only_at_its_own_sentence() -> None:
    text = "\n".join(
        f"Between January and March, 12,400 migrants arrived in Corvel, report {k} said."
        for k in range(80)
    )
    published = date(2025, 6, 5)
    timexes = _CountingList(sorted(find_timexes(text, published), key=lambda t: t.start))
    s0, s1 = split_sentences(text)[-1]
    pos = text.index("12,400", s0)
    _CountingList.walks = 0
    as_of = figures._as_of(text, pos, pos + len("12,400 migrants"), s0, s1, published, timexes)
    # a stretch is dated by its end
    assert as_of == (date(2025, 3, 31), "month")
    # the expressions before "between" are not each tried: no walk of the text's list
    assert _CountingList.walks == 0


def test_headlines_are_searched_only_for_the_names_on_them(monkeypatch) -> None:
    places = ["Pellow", "Corvel", "Arnsby", "Tolvane", "Marrick", "Quenby", "Dursley", "Hathern"]
    paragraphs = []
    for k in range(40):
        place = places[k % 8]
        paragraphs.append(f"Floods Cut Off {place} Valley Farms")
        paragraphs.append(
            f"Residents of {place} said on Monday that roads to the farms of {place} were "
            f"closed, and Mayor Ilse Varga{k} asked for help."
        )
    text = "\n\n".join(paragraphs)
    assert len(entities._headline_lines(text)) == 40
    scans = 0
    finditer = re.finditer

    def counting_finditer(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal scans
        scans += 1
        return finditer(*args, **kwargs)

    monkeypatch.setattr(re, "finditer", counting_finditer)
    found = entities.find_entities(text)
    # each headline keeps its place, named by the body
    in_headlines = [m for m in found if text[m.start - 4 : m.start] == "Off "]
    assert len(in_headlines) == 40
    # one scan a headline for the name on it (and one for datelines), not one for every
    # name of the text (48 here) on every headline
    assert scans <= 2 * 40


class _CountingMatch:
    """A compiled pattern that counts its ``match`` calls."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, *args):  # type: ignore[no-untyped-def]
        self.calls += 1
        return self.pattern.match(*args)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.pattern, name)  # its other uses, uncounted


def test_a_counted_day_looks_for_its_day_only_in_its_own_sentence(monkeypatch) -> None:
    text = " ".join(
        f"For a third day, crews in Pellow worked to clear road {k} on Tuesday." for k in range(100)
    )
    counting = _CountingMatch(timex._DAY_VALUE)
    monkeypatch.setattr(timex, "_DAY_VALUE", counting)
    found = timex.find_timexes(text, date(2025, 3, 5))
    runs = [t for t in found if "third day" in t.text]
    assert len(runs) == 100
    assert {t.value for t in runs} == {"2025-03-04"}  # each sentence's own Tuesday
    # a few day tests a sentence, not one for every expression before it (10,300 on HEAD)
    assert counting.calls <= 5 * 100
