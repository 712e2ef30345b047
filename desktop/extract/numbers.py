"""Numbers as news writes them: "2,700", "1.2 million", "$2.3bn", "eleven thousand", "a third".

This module only reads numbers; whether a number is a figure (and not a year, a time, a
designation such as "F-16") is decided in :mod:`desktop.extract.figures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from desktop.extract._number_words import SMALL_NUMBERS, TENS
from desktop.extract.qualifiers import vague_range

NumberKind = Literal["digits", "words", "fraction", "vague"]


#: a little under half: the share of a rounding step a rounded number may be off by
_HALF_STEP = 0.4995


def scaled_value(value: float, scale: float) -> float:
    """``value`` times ``scale`` without the binary rounding of a float product.

    8.7 * 1e12 is 8699999999999.999 in floats; a figure written "¥8.7 trillion" is exactly
    8,700,000,000,000, and two reports of it must not differ in the last digit.
    """
    if scale == 1.0:
        return value
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


# The number words are shared with the time-expression grammar ("three days later").
_UNITS = SMALL_NUMBERS
_TENS = TENS
_SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
#: the South Asian scale words, written after digits ("Rs 2 crore", "1.5 lakh", "₹2.3 lakh
#: crore"): a lakh is a hundred thousand, a crore ten million, and "lakh crore" their product
_INDIAN_SCALES = {"lakh": 1e5, "crore": 1e7, "lakh crore": 1e12}
_SCALE_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
_CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "a$": "AUD",
    "c$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    # "R$320 per arroba", "S$1.2 billion": the Brazilian real and the Singapore dollar
    "r$": "BRL",
    "s$": "SGD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "₦": "NGN",
    "₱": "PHP",
    "ksh": "KES",
    # wire shorthand for US dollars, written before the amount in conversions: "(dlrs 28.8
    # billion)"
    "dlrs": "USD",
    # a bare capital before digits, as the Nigerian and South African press write their
    # currencies ("N2.5bn", "R1.2 billion"): read as money only where the amount looks like
    # one (see _LETTER_CURRENCIES)
    "n": "NGN",
    "r": "ZAR",
}
#: one-letter currency signs, which also start designations ("N95 masks", "the R1 road"): an
#: amount after one is money only with a scale, a thousands comma or an exchange rate after it
_LETTER_CURRENCIES = frozenset({"n", "r"})
_EXCHANGE_RATE_AFTER = re.compile(r"\s+(?:to|per|against)\s+(?:the\s+)?(?:US\s+)?(?:dollar|\$)")
#: ISO codes written before an amount, as agencies and the EU write them ("EUR 50 billion",
#: "USD 1.2bn"); upper case only, so that no word that happens to spell one is read as money
_ISO_CURRENCIES = (
    "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "INR", "CAD", "AUD", "RUB", "UAH", "NGN", "KES",
    "ZAR", "PKR", "PHP",
    # the Nordic and central European crowns, zloty and forint ("SEK 200m", "NOK 1.4bn")
    "SEK", "NOK", "DKK", "ISK", "CZK", "PLN", "HUF",
    "BRL", "MXN", "KRW", "SGD", "HKD", "NZD", "ILS", "EGP", "AED",
)  # fmt: skip
#: "PHP 8.3" is the programming language: a peso amount is no single digit with one decimal
_VERSION_LIKE = re.compile(r"\d(?:\.\d)?$")
_CURRENCIES.update({code.lower(): code for code in _ISO_CURRENCIES})
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "eighth": 8,
    "eighths": 8,
    "tenth": 10,
    "tenths": 10,
}

_WORD = "|".join(
    [*_UNITS, *_TENS, "hundred", "thousand", "million", "billion", "trillion", "dozen"]
)
_DIGITS_RE = re.compile(
    # "Rs" only as a word of its own: "shelters 50,000" holds no rupees
    r"(?P<cur>US\$|[ACN]Z?\$|HK\$|(?<![A-Za-z])(?-i:[RS])\$|\$|£|€|¥|₹|₦|₱|(?<![A-Za-z])Rs\.?\s?"
    r"|(?<![A-Za-z])KSh\s?|(?<![A-Za-z])dlrs\s?|(?<![\w$-])(?-i:[NR])(?=\d)"
    rf"|(?<![A-Za-z])(?-i:{'|'.join(_ISO_CURRENCIES)})\s?)?"
    r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<abbr>bn|mn|mln|tn|[mkb])(?![A-Za-z])"
    r"|\s?(?P<scale>hundred|thousand|million|billion|trillion)\b"
    r"|\s(?P<indian>lakh\s+crores?|lakhs?|crores?)\b)?"
    r"(?P<pct>\s?%|\s?(?:per\s?cent|percentage points?|pc|basis points?|bps|bp)\b)?",
    re.IGNORECASE,
)
_WORDS_RE = re.compile(
    r"\b(?:(?P<half>half\s+an?\s+)|(?P<a>an?\s+))?"
    rf"(?P<words>(?:{_WORD})(?:(?:\s+|-)(?:and\s+)?(?:{_WORD}))*)\b"
    r"(?P<pct>\s(?:per\s?cent|percentage points?)\b)?",
    re.IGNORECASE,
)
_FRACTION_RE = re.compile(
    r"\b(?:(?P<num>an?|one|two|three|four|five|seven|nine)[\s-])?"
    r"(?P<den>halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b",
    re.IGNORECASE,
)
_RATIO_TERM = (
    rf"\d{{1,4}}|(?:{'|'.join([*_UNITS, *_TENS])})(?:-(?:{'|'.join(_UNITS)}))?|an?\s+hundred"
)
#: "one in five", "8 in 10", "nine out of 10", "one in every four": a share of a group
_RATIO_RE = re.compile(
    rf"\b(?P<a>{_RATIO_TERM})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_RATIO_TERM})\b"
    # "3 in 10 days", "two in 2024": a count over a time or within a year, not a share
    r"(?![\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|%|per\s?cent)\b)",
    re.IGNORECASE,
)
#: a sign written as a word before a number ("minus 0.1%", "negative 2%", "−3C")
#: "plus or minus 3.8 points" is a margin either way, no negative number
_NEGATIVE_BEFORE = re.compile(r"(?:(?<!\bor\s)\b(?:minus|negative)\s+|(?<!±)−\s?)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number as written: its span, value, unit from its own characters, and rounding."""

    start: int
    end: int
    text: str
    value: float
    kind: NumberKind
    unit: str | None = None  # "%", "percentage points", "fraction" or a currency code
    scaled: bool = False  # written with a scale word ("1.2 million", "$2.3bn")
    #: relative slack implied by rounding in how it was written ("1.2 million" is +-50,000)
    rounding: float = 0.0
    #: a plain number with no scale, unit or currency: "10" in "10-12 million" borrows them
    bare: bool = True
    scale: float = 1.0
    #: the upper end of a vague quantity ("hundreds" is 200 to 999); None for a single value
    high: float | None = None


#: what a "k" after a number measures when it is no thousand: a race ("a 5k run") or a screen
#: ("4K TVs")
_K_NOT_THOUSAND = re.compile(
    r"\s*(?:fun\s+)?(?:runs?|races?|walks?|TVs?|televisions?|video|resolution|screens?"
    r"|displays?|monitors?|streaming|footage)\b",
    re.IGNORECASE,
)


#: what a number counts when a bare "m" or "b" before it is a million or a billion
_COUNTED_AFTER_SCALE = re.compile(
    r"\s+(?:(?:more|new|extra|additional|fewer|other|foreign|displaced|registered|active"
    r"|daily|monthly|eligible)\s+)?(?:barrels|tonnes|tons|people|residents|voters|votes|viewers|users"
    r"|customers|subscribers|passengers|visitors|tourists|households|homes|children|adults"
    r"|workers|jobs|refugees|migrants|doses|vaccinations|cases|shares|copies|downloads"
    r"|followers|litres|gallons|acres|hectares|hours|trees|animals|cattle|chickens|birds"
    # "paid 85m euros for the striker": a currency named after the amount, as "85 million euros"
    r"|euros|dollars|pounds|yen|yuan|rupees|francs|roubles|rubles|dlrs"
    # "48m cubic metres of water", "2.1m square feet": a volume or an area is no length
    r"|cubic\s+(?:metres|meters|feet|yards)|square\s+(?:metres|meters|feet|miles|kilometres"
    r"|kilometers))\b"
)


def _posted_scale(abbr: str, text: str, end: int) -> bool:
    """A scale letter that posts and live blogs write with no currency: "2k", "1.2M views".

    A capital M is a million (metres are written "m"); a "k" is a thousand unless a race or a
    screen follows. A bare "m" or "b" stays a unit, as in "a 10m wall".
    """
    if abbr == "M":
        return True
    if abbr in ("m", "b") and _COUNTED_AFTER_SCALE.match(text, end):
        # "13.2m barrels", "2.4m people": no length or bit is counted in barrels or people
        return True
    return abbr in ("k", "K") and not _K_NOT_THOUSAND.match(text, end)


def _pct_unit(pct: str | None) -> str | None:
    if not pct:
        return None
    lowered = pct.lower()
    if "basis" in lowered or lowered.strip() in ("bps", "bp"):
        # a hundredth of a percentage point, the unit of interest rates and bond yields
        return "basis points"
    return "percentage points" if "point" in lowered else "%"


def _digit_mentions(text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    for m in _DIGITS_RE.finditer(text):
        digits = m.group("num")
        value = float(digits.replace(",", ""))
        scale = 1.0
        scaled = False
        if m.group("abbr"):
            abbr = m.group("abbr").lower()
            # A bare "m" after a number is metres more often than millions unless money.
            if (
                abbr in ("m", "b", "k")
                and not m.group("cur")
                and not _posted_scale(m.group("abbr"), text, m.end("abbr"))
            ):
                end = m.start("abbr")
            else:
                scale = _SCALE_ABBREVIATIONS[abbr]
                scaled = True
                end = m.end("abbr")
        elif m.group("scale"):
            scale = _SCALES[m.group("scale").lower()]
            scaled = True
            end = m.end("scale")
        elif m.group("indian"):
            scale = _INDIAN_SCALES[" ".join(m.group("indian").lower().split()).removesuffix("s")]
            scaled = True
            end = m.end("indian")
        else:
            end = m.end("num")
        unit = None
        cur_start = m.start("cur")
        if m.group("cur"):
            sign = m.group("cur").strip()
            unit = _CURRENCIES.get(sign.lower())
            if (
                sign.lower() in _LETTER_CURRENCIES
                and not scaled
                and "," not in digits
                and not _EXCHANGE_RATE_AFTER.match(text, end)
            ) or (sign == "PHP" and not scaled and _VERSION_LIKE.fullmatch(digits)):
                # "N95 masks", "PHP 8.3": a designation or a version, no amount of money
                unit, cur_start = None, -1
        if (m.group("pct") and end == m.end("num")) or (m.group("pct") and scaled):
            unit = _pct_unit(m.group("pct"))
            end = m.end("pct")
        rounding = 0.0
        if scaled and value > 0:
            decimals = len(digits.split(".")[1]) if "." in digits else 0
            step = 10.0**-decimals
            whole = digits.replace(",", "")
            if not decimals and len(whole) >= 3 and whole.endswith("0"):
                # "£450m" is rounded to the nearest ten million, as "1.2 million" is to the
                # nearest hundred thousand; a two-digit "20 million" may be exact
                step = 10.0
            # rounding to the nearest step leaves the true value within half a step, one end
            # open: "€1.2 billion" and "€1.3 billion" are two readings, not one that meets at
            # 1.25, so the slack stops just short of the half step
            rounding = min(0.1, _HALF_STEP * step / value)
        start = cur_start if m.group("cur") and cur_start >= 0 else m.start("num")
        sign = _NEGATIVE_BEFORE.search(text, max(0, start - 9), start)
        if sign is not None:
            value, start = -value, sign.start()
        found.append(
            NumberMention(
                start=start,
                end=end,
                text=text[start:end],
                value=scaled_value(value, scale),
                kind="digits",
                unit=unit,
                scaled=scaled,
                rounding=rounding,
                bare=not scaled and unit is None,
                scale=scale,
            )
        )
    return found


def words_value(words: str) -> float | None:
    """The value of spelled-out numbers ("eleven thousand", "two hundred and fifty")."""
    total = 0.0
    current = 0.0
    seen_number = False
    for token in re.split(r"[\s-]+", words.lower()):
        if token == "and" or not token:
            continue
        if token in _UNITS:
            current += _UNITS[token]
            seen_number = True
        elif token in _TENS:
            current += _TENS[token]
            seen_number = True
        elif token == "dozen":
            current = max(current, 1.0) * 12
            seen_number = True
        elif token == "hundred":
            current = max(current, 1.0) * 100
        elif token in _SCALES:
            total += max(current, 1.0) * _SCALES[token]
            current = 0.0
        else:
            return None
    if not seen_number and total == 0 and current == 0:
        return None
    return total + current


def _word_mentions(text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    for m in _WORDS_RE.finditer(text):
        words = m.group("words")
        first = re.split(r"[\s-]+", words.lower())[0]
        has_article = bool(m.group("a") or m.group("half"))
        # "hundred"/"million" alone ("several hundred people") is not a number;
        # "a hundred", "half a million" and "one million" are.
        if (first in _SCALES or first == "dozen") and not has_article:
            continue
        value = words_value(words)
        if value is None:
            continue
        if m.group("half"):
            value /= 2
        start = (
            m.start("half")
            if m.group("half")
            else (m.start("a") if m.group("a") else m.start("words"))
        )
        if not has_article:
            start = m.start("words")
        end = m.end("pct") if m.group("pct") else m.end("words")
        scaled = any(s in words.lower() for s in ("thousand", "million", "billion", "trillion"))
        found.append(
            NumberMention(
                start=start,
                end=end,
                text=text[start:end],
                value=value,
                kind="words",
                unit=_pct_unit(m.group("pct")),
                scaled=scaled,
                rounding=0.05 if scaled else 0.0,
                bare=not scaled,
            )
        )
    return found


_VAGUE_RE = re.compile(
    r"\b(?:(?:several|a\s+few)\s+(?:dozen|score|hundred|thousand|million|billion)s?"
    # "a couple of hundred protesters", "a couple thousand fans"
    r"|a\s+couple\s+(?:of\s+)?(?:dozen|hundred|thousand|million|billion)(?!s)"
    # "scores" only before "of": "test scores" and "he scores" are no quantities
    r"|(?:tens|dozens|hundreds|thousands)\s+of\s+(?:thousands|millions|billions)"
    r"|(?:dozens|hundreds|thousands|millions|billions)|scores(?=\s+of\b))\b",
    re.IGNORECASE,
)


def _vague_mentions(text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    for m in _VAGUE_RE.finditer(text):
        bounds = vague_range(m.group(0))
        if bounds is None:
            continue
        found.append(
            NumberMention(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                value=bounds[0],
                kind="vague",
                scaled=True,
                bare=False,
                high=bounds[1],
            )
        )
    return found


_NUMERATORS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "seven": 7,
    "nine": 9,
}


def _ratio_term(term: str) -> float | None:
    if term[0].isdigit():
        return float(term)
    return words_value(re.sub(r"^an?\s+", "one ", term.lower()))


def _fraction_mentions(text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    for m in _RATIO_RE.finditer(text):
        a, b = _ratio_term(m.group("a")), _ratio_term(m.group("b"))
        if a is None or b is None or not 0 < a < b or b > 1000:
            continue
        found.append(
            NumberMention(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                value=round(a / b, 4),
                kind="fraction",
                unit="fraction",
            )
        )
    for m in _SLASH_FRACTION_RE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < a < b:
            found.append(
                NumberMention(
                    start=m.start(),
                    end=m.end("b"),
                    text=text[m.start() : m.end("b")],
                    value=round(a / b, 4),
                    kind="fraction",
                    unit="fraction",
                )
            )
    for m in _FRACTION_RE.finditer(text):
        den_word = m.group("den").lower()
        num_word = (m.group("num") or "").lower()
        if not num_word and den_word != "half":
            continue
        if den_word == "half" and num_word not in ("", "one", "a"):
            continue
        value = _NUMERATORS.get(num_word, 1) / _DENOMINATORS[den_word]
        of_scale = _OF_SCALE_RE.match(text, m.end())
        if of_scale is not None:
            # "a quarter of a million children": a share of a round number is a number
            scale = _SCALES[of_scale.group("scale").lower()]
            found.append(
                NumberMention(
                    start=m.start(),
                    end=of_scale.end(),
                    text=text[m.start() : of_scale.end()],
                    value=scaled_value(value, scale),
                    kind="words",
                    scaled=True,
                    rounding=0.05,
                    bare=False,
                    scale=scale,
                )
            )
            continue
        found.append(
            NumberMention(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                value=round(value, 4),
                kind="fraction",
                unit="fraction",
            )
        )
    return found


#: "2/3 of the fleet", "1/4 of voters": a share written with a slash, only before "of", since
#: "3/4" alone is as often a date or a score
_SLASH_FRACTION_RE = re.compile(r"(?<![\w/.,])(?P<a>\d)/(?P<b>\d{1,2})(?=\s+of\b)")

_OF_SCALE_RE = re.compile(
    r"\s+of\s+(?:an?|one)\s+(?P<scale>thousand|million|billion|trillion)\b", re.IGNORECASE
)


#: "half a percentage point", "a quarter of a point": a move in points said as a fraction of
#: one, the size of the move itself and no share of anything
_FRACTION_OF_POINT_RE = re.compile(
    r"\b(?P<frac>half|a\s+quarter\s+of)\s+an?\s+(?P<unit>percentage\s+point|basis\s+point|point)\b",
    re.IGNORECASE,
)


def _half_point_mentions(text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    for m in _FRACTION_OF_POINT_RE.finditer(text):
        unit = " ".join(m.group("unit").lower().split()) + "s"
        value = 0.5 if m.group("frac").lower() == "half" else 0.25
        found.append(
            NumberMention(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                value=value,
                kind="words",
                unit=unit,
                bare=False,
            )
        )
    return found


def find_numbers(text: str) -> list[NumberMention]:
    """Every number-like mention in ``text``, left to right, without overlaps.

    Where readings overlap the longest wins ("one million" rather than "one").
    """
    candidates = (
        _digit_mentions(text)
        + _word_mentions(text)
        + _fraction_mentions(text)
        + _vague_mentions(text)
        + _half_point_mentions(text)
    )
    candidates.sort(key=lambda n: (n.start, -(n.end - n.start)))
    chosen: list[NumberMention] = []
    for c in candidates:
        if chosen and c.start < chosen[-1].end:
            if c.end - c.start > chosen[-1].end - chosen[-1].start:
                chosen[-1] = c
            continue
        chosen.append(c)
    return chosen
