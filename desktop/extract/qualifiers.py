"""Qualifier words ("about", "at least", "up to") and the one place that turns them into a range.

Every figure's ``low``/``high``/``tolerance`` comes out of :func:`figure_range`; nothing else in
the code base decides what "nearly 300" or "more than 300" means as numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain import Qualifier

#: Relative slack of an approximate figure when two reports are compared. "An estimated" figure
#: is looser than "about"; "nearly"/"almost" sit just below the number, so they get the same
#: slack but the comparison treats them like "about" (a report of "nearly 300" is consistent with
#: "about 300" and with "300").
_APPROXIMATE_TOLERANCE = 0.05
_ESTIMATE_TOLERANCE = 0.10

# Longest phrases first so "no more than" wins over "more than".
_BEFORE: list[tuple[str, Qualifier, float]] = [
    ("no fewer than", "at_least", 0.0),
    ("no less than", "at_least", 0.0),
    ("not less than", "at_least", 0.0),
    ("a minimum of", "at_least", 0.0),
    ("at least", "at_least", 0.0),
    ("no more than", "at_most", 0.0),
    ("not more than", "at_most", 0.0),
    ("a maximum of", "at_most", 0.0),
    ("as many as", "at_most", 0.0),
    ("as much as", "at_most", 0.0),
    # "losses could be as high as US$25 billion": the top of what is said, like "as much as";
    # "as few as 12" and "as low as 2%" are its floor
    ("as high as", "at_most", 0.0),
    ("as large as", "at_most", 0.0),
    ("as great as", "at_most", 0.0),
    ("as few as", "at_least", 0.0),
    ("as little as", "at_least", 0.0),
    ("as low as", "at_least", 0.0),
    ("up to", "at_most", 0.0),
    ("at most", "at_most", 0.0),
    ("fewer than", "less_than", 0.0),
    ("less than", "less_than", 0.0),
    ("just under", "less_than", 0.0),
    # "just shy of 5,000": close below the number, never at it
    ("just shy of", "less_than", 0.0),
    ("shy of", "less_than", 0.0),
    ("under", "less_than", 0.0),
    ("below", "less_than", 0.0),
    ("more than", "more_than", 0.0),
    ("greater than", "more_than", 0.0),
    ("in excess of", "more_than", 0.0),
    ("upwards of", "more_than", 0.0),
    ("upward of", "more_than", 0.0),
    ("well over", "more_than", 0.0),
    ("just over", "more_than", 0.0),
    ("north of", "more_than", 0.0),
    ("over", "more_than", 0.0),
    ("above", "more_than", 0.0),
    ("exceeded", "more_than", 0.0),
    ("exceeding", "more_than", 0.0),
    ("surpassed", "more_than", 0.0),
    # "the number of pilgrims has crossed 66 crore": a mark passed, as the Indian press puts it;
    # only in the perfect, since "crossed 300 migrants" would be no mark
    ("has crossed", "more_than", 0.0),
    ("have crossed", "more_than", 0.0),
    ("had crossed", "more_than", 0.0),
    ("topped", "more_than", 0.0),
    ("topping", "more_than", 0.0),
    ("exceed", "more_than", 0.0),
    ("surpassing", "more_than", 0.0),
    ("past", "more_than", 0.0),
    # "a crowd estimated at 20,000", "the UN's estimate of 670": an estimate is no count
    ("estimated at", "approximate", _ESTIMATE_TOLERANCE),
    ("an estimate of", "approximate", _ESTIMATE_TOLERANCE),
    ("estimate of", "approximate", _ESTIMATE_TOLERANCE),
    ("estimates of", "approximate", _ESTIMATE_TOLERANCE),
    # "the better part of 10,000 homes": most of that many, so a loose approximation below it
    ("the better part of", "approximate", _ESTIMATE_TOLERANCE),
    # "modelling firms estimate 5,000 people are dying each day"; "Authorities estimated that
    # 1.53 crore pilgrims bathed": the estimate's clause begins with the number, a reading
    # given as the estimator's own, so no looser than "about" when two reports are compared
    ("estimated that", "approximate", _APPROXIMATE_TOLERANCE),
    ("estimate that", "approximate", _APPROXIMATE_TOLERANCE),
    ("estimates that", "approximate", _APPROXIMATE_TOLERANCE),
    ("estimate", "approximate", _ESTIMATE_TOLERANCE),
    ("estimates", "approximate", _ESTIMATE_TOLERANCE),
    ("an estimated", "approximate", _ESTIMATE_TOLERANCE),
    ("estimated", "approximate", _ESTIMATE_TOLERANCE),
    ("approximately", "approximate", _APPROXIMATE_TOLERANCE),
    ("roughly", "approximate", _APPROXIMATE_TOLERANCE),
    ("around", "approximate", _APPROXIMATE_TOLERANCE),
    ("about", "approximate", _APPROXIMATE_TOLERANCE),
    ("close to", "approximate", _APPROXIMATE_TOLERANCE),
    # "Attendance was in the region of 45,000", "costs of the order of £2bn"
    ("in the region of", "approximate", _APPROXIMATE_TOLERANCE),
    ("in the order of", "approximate", _APPROXIMATE_TOLERANCE),
    ("on the order of", "approximate", _APPROXIMATE_TOLERANCE),
    ("of the order of", "approximate", _APPROXIMATE_TOLERANCE),
    # "put the number at closer to 200", "the true figure was nearer 35,000"
    ("closer to", "approximate", _APPROXIMATE_TOLERANCE),
    ("nearer to", "approximate", _APPROXIMATE_TOLERANCE),
    ("nearer", "approximate", _APPROXIMATE_TOLERANCE),
    ("close on", "approximate", _APPROXIMATE_TOLERANCE),
    ("nearly", "approximate", _APPROXIMATE_TOLERANCE),
    ("almost", "approximate", _APPROXIMATE_TOLERANCE),
    ("some", "approximate", _APPROXIMATE_TOLERANCE),
    ("circa", "approximate", _APPROXIMATE_TOLERANCE),
    ("~", "approximate", _APPROXIMATE_TOLERANCE),
]

_AFTER: list[tuple[str, Qualifier, float]] = [
    ("or more", "at_least", 0.0),
    ("or higher", "at_least", 0.0),
    ("or above", "at_least", 0.0),
    ("and counting", "at_least", 0.0),
    ("or fewer", "at_most", 0.0),
    ("or less", "at_most", 0.0),
    ("at most", "at_most", 0.0),
    ("or so", "approximate", _APPROXIMATE_TOLERANCE),
    ("+", "at_least", 0.0),
    ("-plus", "at_least", 0.0),
    # "30-odd people", "a dozen-odd mosques": that many and some more
    ("-odd", "more_than", 0.0),
    ("plus", "at_least", 0.0),
]

_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s(\"“'‘—–-]))(?P<q>" + "|".join(re.escape(p) for p, _, _ in _BEFORE) + r")\s*$",
    re.IGNORECASE,
)
_AFTER_RE = re.compile(
    r"(?P<q>\s*(?:" + "|".join(re.escape(p) for p, _, _ in _AFTER) + r"))(?![\w-])",
    re.IGNORECASE,
)
_BEFORE_MAP = {p: (q, t) for p, q, t in _BEFORE}
#: verbs that take "up" as their particle, so that "up to" after them is no qualifier
_MOVED_UP_RE = re.compile(
    r"\b(?:edg|tick|inch|creep|crept|mov|went|go|goes|shot|shoot|pick|nudg|notch|bump|push"
    r"|jump|climb|rose|rise|rising|risen|revis|mark|came|come|drift|crawl|head|ramp|trend)"
    r"(?:ed|es|s|ing|e)?\s+$",
    re.IGNORECASE,
)
#: "revised December's job gains up to 307,000": the particle of a revision after its object
_REVISED_OBJECT_UP_RE = re.compile(
    r"\b(?:revis|mark|push|ratchet)(?:ed|es|ing|e)\s+(?:[\w'’-]+\s+){1,4}$",
    re.IGNORECASE,
)
_AFTER_MAP = {p: (q, t) for p, q, t in _AFTER}
#: verbs of giving up whose particle is "over" ("handed over 71 aircraft", "turned over 12
#: suspects"): "over" says what was done, not that the number is exceeded. Verbs where "over"
#: can be either ("won over 50%", "took over 300", "signed over 200 executive orders") are
#: left to read as "more than".
_OVER_PARTICLE_RE = re.compile(
    r"\b(?:hand|turn)(?:ed|s|ing)?\s+$",
    re.IGNORECASE,
)


#: a plural noun right before "over" ("drones over 10 regions"), and places counted after it
_PLURAL_BEFORE_RE = re.compile(
    r"\b(?!(?:was|has|does|goes|this|thus|plus)\b)[a-z][\w'’-]*[^s\W]s\s+$"
)
_PLACES_AFTER_RE = re.compile(
    r"[\d,]+\s+(?:regions|provinces|oblasts|districts|areas|cities|towns|villages|countries"
    r"|states|counties|locations|sites)\b"
)


#: what follows "plus" when it adds a second amount rather than saying "or more"
_ADDED_AMOUNT_RE = re.compile(
    r"\s+(?:(?:up\s+to|as\s+much\s+as|a\s+further|another|an\s+additional|a\s+possible"
    r"|potentially|possibly|about|around|nearly|almost)\s+)?"
    r"(?:[£$€¥]|(?:US|A|C|NZ|HK)\$|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|a\s+(?:hundred|thousand|million|billion))\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class QualifierWords:
    """A qualifier phrase found next to a number: where it lies and what it means."""

    start: int
    end: int
    qualifier: Qualifier
    tolerance: float


def qualifier_before(text: str, number_start: int) -> QualifierWords | None:
    """The qualifier phrase ending right before ``number_start`` ("at least 2,700")."""
    window_start = max(0, number_start - 24)
    m = _BEFORE_RE.search(text[window_start:number_start])
    if m is None:
        return None
    phrase = m.group("q").lower()
    moved = _MOVED_UP_RE.search(text, max(0, window_start - 16), window_start + m.start("q"))
    if phrase == "up to" and (
        moved is not None
        or _REVISED_OBJECT_UP_RE.search(
            text, max(0, window_start - 48), window_start + m.start("q")
        )
    ):
        # "the jobless rate edged up to 4.1%": a verb of movement with its particle, the level
        # it reached, not a ceiling
        return None
    if phrase == "over" and _OVER_PARTICLE_RE.search(
        text, max(0, window_start - 16), window_start + m.start("q")
    ):
        return None
    if (
        phrase == "over"
        and _PLURAL_BEFORE_RE.search(text, max(0, window_start - 24), window_start + m.start("q"))
        and _PLACES_AFTER_RE.match(text, number_start)
    ):
        # "destroyed 337 drones over 10 regions": where the things were, not more than ten
        return None
    qualifier, tolerance = _BEFORE_MAP[phrase]
    return QualifierWords(
        window_start + m.start("q"), window_start + m.end("q"), qualifier, tolerance
    )


def qualifier_after(text: str, number_end: int) -> QualifierWords | None:
    """A qualifier that follows the number ("300 or more", "40+")."""
    m = _AFTER_RE.match(text, number_end, min(len(text), number_end + 16))
    if m is None:
        return None
    phrase = m.group("q").strip().lower()
    if phrase == "plus" and not text[number_end : number_end + 1].isspace():
        return None
    if phrase == "plus" and _ADDED_AMOUNT_RE.match(text, m.end("q")):
        # "£60m plus up to £10m in add-ons", "$2bn plus a further $500m": a sum of two
        # amounts, each told as written, not the first with more on top
        return None
    qualifier, tolerance = _AFTER_MAP[phrase]
    return QualifierWords(number_end, m.end("q"), qualifier, tolerance)


def figure_range(
    qualifier: Qualifier,
    low: float,
    high: float,
    *,
    qualifier_tolerance: float = 0.0,
    rounding: float = 0.0,
) -> tuple[float | None, float | None, float]:
    """The range and comparison tolerance a qualified number stands for.

    ``low``/``high`` are the number as written (equal unless the text gave a range);
    ``rounding`` is the relative slack implied by how the number was written ("1.2 million"
    is already rounded to the nearest 100,000), so that "1.2 million" and "1,230,000" agree.
    """
    tolerance = max(qualifier_tolerance, rounding)
    if qualifier in ("at_least", "more_than"):
        return low, None, tolerance
    if qualifier in ("at_most", "less_than"):
        return None, high, tolerance
    return low, high, tolerance


#: Vague quantities as ranges. News uses these words for orders of magnitude, so the bounds are
#: chosen to keep apart what an analyst would call different claims: "hundreds" is at least two
#: hundred (one hundred and something is "more than a hundred") and stays below a thousand
#: ("thousands" takes over there); "dozens" is at least two dozen and below a hundred; "tens of
#: thousands" is 20,000 up to 99,999. "Several" is at least three of the unit, "a few" two.
#: "Scores" (several twenties) reads as 40-99.
_VAGUE_UNITS: dict[str, float] = {
    "dozen": 12.0,
    "score": 20.0,
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
}
#: dozens and scores stop below a hundred, where "hundreds" begins
_VAGUE_CEILING = {12.0: 99.0, 20.0: 99.0}


def vague_range(words: str) -> tuple[float, float] | None:
    """The range of a vague quantity as written ("hundreds", "tens of thousands", "several
    hundred", "a few thousand", "hundreds of thousands"), or None when the words are not one."""
    tokens = [t for t in words.lower().replace("-", " ").split() if t]
    if not tokens:
        return None
    multiplier = 1.0
    counted_word = True  # "several hundred" counts hundreds; bare "hundred" is no vague figure
    most: float | None = None
    if tokens[:2] == ["a", "couple"]:
        # "a couple of hundred", "a couple thousand": about two of the unit, short of three
        least, most = 2.0, 3.0
        tokens = tokens[3:] if tokens[2:3] == ["of"] else tokens[2:]
        if len(tokens) != 1 or tokens[0] not in _VAGUE_UNITS:
            return None
    elif tokens[:2] == ["a", "few"]:
        least, tokens = 2.0, tokens[2:]
    elif tokens[0] == "several":
        least, tokens = 3.0, tokens[1:]
    else:
        least, counted_word = 2.0, False
    if len(tokens) == 3 and tokens[1] == "of" and tokens[2].endswith("s"):
        # "tens of thousands", "hundreds of thousands": the outer word counts the inner unit
        outer = 10.0 if tokens[0] == "tens" else _VAGUE_UNITS.get(tokens[0].removesuffix("s"))
        if outer is None or not tokens[0].endswith("s"):
            return None
        multiplier, tokens = outer, tokens[2:]
    if len(tokens) != 1:
        return None
    word = tokens[0]
    unit = _VAGUE_UNITS.get(word.removesuffix("s"))
    if unit is None or not (word.endswith("s") or counted_word):
        return None
    scale = unit * multiplier
    if most is not None:
        return least * scale, most * scale
    ceiling = _VAGUE_CEILING.get(scale)
    return least * scale, ceiling if ceiling is not None else 10.0 * scale - 1.0


def is_open_bound(qualifier: Qualifier) -> bool:
    return qualifier in ("at_least", "more_than", "at_most", "less_than")
