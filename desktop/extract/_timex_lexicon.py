"""Words of time: numbers, units, month and weekday names, as regex pieces and lookups."""

from __future__ import annotations

import re

from desktop.extract._number_words import SMALL_NUMBERS, TENS
from desktop.extract._timex_calendar import Granularity

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
}
#: quantities that say "some number of" without a number: the value gets an X
VAGUE_QUANTITIES = (
    "a few",
    "few",
    "several",
    "many",
    "some",
    "a number of",
    "a couple of",
    "a couple",
    "couple of",
    "dozens of",
    "hundreds of",
    "thousands of",
    "numerous",
    "countless",
)

_UNIT_WORD = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
_TENS_WORD = "|".join(TENS)
_SIMPLE_WORD = (
    rf"(?:(?:{_TENS_WORD})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|{_UNIT_WORD})"
)
NUMBER_WORD = (
    # "two hundred", "two thousand", "three hundred and fifty": counts, never years
    rf"(?:(?:{_SIMPLE_WORD}|a)\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_SIMPLE_WORD})?"
    rf"|{_SIMPLE_WORD}|hundred|(?:a\s+)?dozen|a\s+half|half\s+a|half\s+an)"
)
VAGUE = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in VAGUE_QUANTITIES)
#: a count before a unit: digits, fractions, number words, "a", vague quantities
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+\d/\d)?|\d+\s*1/2|{NUMBER_WORD}"
    rf"(?:\s+and\s+a\s+half)?|{VAGUE}|an|a)"
)
ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th)"

UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?"
    r"|decades?|century|centuries|yrs?|hrs?|mins?)"
)

UNIT_GRAN: dict[str, Granularity] = {
    "day": "day",
    "week": "week",
    "fortnight": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "yr": "year",
    "decade": "decade",
    "century": "century",
}
#: TIMEX3 duration letters, with whether they sit after the "T" (times of day)
UNIT_CODE: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "week": ("W", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "yr": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}

_SHORT_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# a lookbehind takes one width: the three-letter forms only
_SHORT_MONTHS_BEHIND = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?"
    # "Jun 10", "10 Jul", "Sep 2025": the short forms that are also words or names ("mar",
    # "Jun" the given name) count undotted only capitalised and next to a day or a year
    r"|(?-i:Mar|Jun|Jul|Sep)(?=\s(?:[0-3]?\d(?:st|nd|rd|th)?|(?:19|20)\d\d)(?!\d|[:.,]\d))"
    r"|(?:(?<=\d\s)|(?<=\d(?:st|nd|rd|th)\s))(?-i:Mar|Jun|Jul|Sep)(?![\w.])"
    # "Jun-Jul", "Mar–Apr": a pair of short forms joined by a dash, the first of them or
    # the second
    rf"|(?-i:Mar|Jun|Jul|Sep)(?=\s?[-–]\s?(?-i:{_SHORT_MONTHS})(?![\w-]))"
    rf"|(?<=(?-i:{_SHORT_MONTHS_BEHIND})[-–])(?-i:Mar|Jun|Jul|Sep)(?![\w-]))"
)
WEEKDAY_PATTERN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon\.|Tue\.|Tues\.|Wed\.|Thu\.|Thur\.|Thurs\.|Fri\.|Sat\.|Sun\.)"
)
SEASON_PATTERN = r"(?:spring|summer|fall|autumn|winter)"
PART_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "mid-afternoon": "AF",
    "midafternoon": "AF",
    "mid afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
    "noon": "MI",
}
PART_PATTERN = r"(?:morning|afternoon|mid-?\s?afternoon|evening|night)"


def unit_key(word: str) -> str:
    """'Centuries' -> 'century', 'days' -> 'day'."""
    w = word.lower()
    if w == "centuries":
        return "century"
    if w in ("hr", "hrs"):
        return "hour"  # "over 3 hrs", as posts and notes write it
    if w in ("min", "mins"):
        return "minute"
    if w.endswith("s") and w[:-1] in UNIT_CODE:
        return w[:-1]
    return w


def month_number(word: str) -> int:
    return {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "may": 5,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }[word.lower()[:3]]


def weekday_number(word: str) -> int:
    """Monday = 0, as date.weekday()."""
    return ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(word.lower()[:3])


def parse_number(words: str) -> float | None:
    """The count a NUMBER match stands for, or None for a vague one ("several")."""
    w = re.sub(r"\s+", " ", words.strip().lower())
    half = 0.0
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], 0.5
    if w in ("a half", "half a", "half an"):
        return 0.5
    if w in ("a", "an", "one"):
        return 1 + half
    if re.fullmatch(r"(?:a )?dozen", w):
        return 12
    if w in ("hundred", "a hundred", "one hundred"):
        return 100
    m = re.fullmatch(r"(\d+)\s*(?:(\d)/(\d))?", w.replace(",", ""))
    if m:
        value = float(m[1])
        if m[2]:
            value += int(m[2]) / int(m[3])
        return value + half
    if re.fullmatch(r"\d+\.\d+", w):
        return float(w) + half
    if w in SMALL_NUMBERS:
        return SMALL_NUMBERS[w] + half
    m = re.fullmatch(r"([a-z]+)(?:[- ]([a-z]+))?", w)
    if m and m[1] in TENS:
        return TENS[m[1]] + (SMALL_NUMBERS.get(m[2] or "", 0) if m[2] else 0) + half
    if w in ("couple of", "a couple", "a couple of"):
        return 2
    m = re.fullmatch(r"(.+?)[ ](hundred|thousand)(?: (?:and )?(.+))?", w)
    if m:
        head = 1.0 if m[1] == "a" else parse_number(m[1])
        tail = parse_number(m[3]) if m[3] else 0.0
        if head is not None and tail is not None:
            return head * (100 if m[2] == "hundred" else 1000) + tail + half
    return None
