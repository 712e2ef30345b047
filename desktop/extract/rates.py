"""Rates: a number told per stretch of time ("treats 620,000 patients a year", "300 cars per
hour", "feeds 1,200 families weekly").

The one reading of a rate: the figure reader (``figures``) sets ``Figure.rate`` with it, and
the comparison's context tier (``analysis._context``) reads a figure it has no stored rate
for (one stored before the rate was read) with it. A rate is how often, not when: "a year
ago", "a year earlier", "a day after", "a year-long", "in a week" and "for a day" are no rate.
"""

from __future__ import annotations

import re
from typing import get_args

from desktop.domain import FigureRate

#: a rate told after the number in its clause: "treats 620,000 patients a year", "300 cars per
#: day", "12,000 tonnes of copper annually", "300 trucks cross the bridge every week"; not "a
#: year ago", "a year earlier", "a day after", "a year on", "a year from now", "a year-long",
#: "a year's", nor a window ("in a week"). "per", "each" and "every" always say how often
#: ("300 cars per hour on the bridge", "every day in the summer"); "a" only when no word of
#: time or order follows it ("a day from May" is a rate told from a day on)
#: a day or date named after "a day on": "output was 90,000 barrels a day on Tuesday" is a
#: rate told of that day, as "spends $40 a day on average" is one told as a mean, while "a
#: year on" alone (or "a year on from the flood") is a time after; the names capitalised ("a
#: year on may", "on march" are no date)
_WHEN = (
    r"(?:average\b|(?-i:(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December"
    r"|\d{1,2}(?:st|nd|rd|th)?)\b))"
)
_RATE_RE = re.compile(
    r"\b(?:(?:per|each|every)\s+(?P<every>year|day|week|month|hour|night|minute|fortnight"
    r"|quarter|annum)(?![-\w'’])"
    r"|an?\s+(?P<per>year|day|week|month|hour|night|minute|fortnight"
    r"|quarter)(?![-\w'’])(?!\s+(?:ago|earlier|later|before|after"
    r"|on(?!\s+" + _WHEN + r")|since|into"
    r"|previously|prior|back|old|long|apart|out|of|or|and|from\s+(?:now|today|then))\b)"
    r"|(?P<adverb>annually|yearly|daily|weekly|monthly|hourly|nightly)\b)",
    re.IGNORECASE,
)
#: words before "a day", "a week" that make it a window or a time, not a rate
_NOT_RATE_BEFORE = frozenset(
    {
        "in", "within", "for", "over", "of", "last", "past", "this", "next", "that", "the",
        "than", "same", "one", "first", "only", "just", "under", "more", "less", "about",
        "nearly", "almost",
    }
)  # fmt: skip
#: where a clause ends inside a sentence: a rate past it is another clause's
_CLAUSE_CUT_RE = re.compile(r";|:\s|\s[-–—]\s|—|–")
#: how far after the number a rate is looked for, in characters
REACH = 60
_ADVERB = {
    "annually": "year",
    "yearly": "year",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "hourly": "hour",
    "nightly": "day",
}
#: each night is each day's night: a shelter's "300 beds a night" is told per day
_SAME_AS = {"annum": "year", "night": "day"}
_RATES = frozenset(get_args(FigureRate))


#: the next word after "weekly", "daily" ... when it is an adverb of the number ("feeds 1,200
#: families weekly in the winter"); any other word is the noun it is an adjective of ("35% in
#: YouGov's weekly poll", "300 million monthly active users"): a kind of thing, no rate
_AFTER_ADVERB = frozenset(
    {
        "in", "on", "at", "to", "for", "from", "by", "with", "through", "across", "over",
        "under", "into", "since", "until", "during", "before", "after", "and", "or", "but",
        "as", "while", "when", "because", "so", "than", "according", "said", "says", "the",
        "its", "their", "his", "her", "a", "an", "this", "that", "last", "now",
        "till", "via", "per", "each", "every", "compared", "against", "up", "down",
    }
)  # fmt: skip
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z][\w'’-]*)")


def rate_in(told: str) -> FigureRate | None:
    """The period a number is told per, read in the words right after it ("patients a year"
    -> "year"), None for none."""
    for m in _RATE_RE.finditer(told):
        before = told[: m.start()].split()
        if before and before[-1].lower().strip(",") in _NOT_RATE_BEFORE:
            continue
        if m.group("adverb"):
            following = _NEXT_WORD_RE.match(told, m.end())
            if following is not None and following.group(1).lower() not in _AFTER_ADVERB:
                # "YouGov's weekly poll": an adjective of the noun after it
                continue
        per = (m.group("every") or m.group("per") or _ADVERB[m.group("adverb").lower()]).lower()
        per = _SAME_AS.get(per, per)
        assert per in _RATES, per
        return per  # type: ignore[return-value]
    return None


def rate_after(text: str, number_end: int, finish: int) -> FigureRate | None:
    """The rate of the number ending at ``number_end`` in ``text``, read in its clause within
    ``REACH`` characters after it and before ``finish`` (its sentence's end)."""
    after = text[number_end : min(finish, number_end + REACH)]
    cut = _CLAUSE_CUT_RE.search(after)
    return rate_in(after[: cut.start()] if cut else after)
