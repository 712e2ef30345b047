"""Context likeness: two loose figures of one story, from two articles, told among the same
words, are possibly one quantity though the comparison read them as two.

The group key and the likenesses of ``_likeness`` read what a figure's own words say it counts
("killed", "people", "in Marren"). A new kind of story brings nouns and verbs no table knows
("copied" records, "cookers" recalled, homes "in the evacuation zone"), so the key and the
likenesses miss reports of one quantity whose own words differ, or that name little of their
own ("1,380", "about 410,000"). What lies around the number tells them: the words of its clause
("recalled ... pressure cookers"; "patients whose records were copied"). This tier weighs the
figures that every other pass left alone:

- each figure's context is the clause of its sentence that holds the number (cut at ``;``,
  ``:`` and dashes), up to six content words either side, the figure's own words and its
  measure; stop words and the verbs of telling are dropped, each word is cut to a crude stem
  and words of one kin of news (``KIN_GROUPS``: "dead", "killed", "toll"; "evacuated",
  "fled", "displaced") count as one;
- a word weighs by its rarity among the story's figures (a story's own name, beside every
  number, says little) and by its closeness to the number;
- two figures are alike by the cosine of their weighted words, and are paired only where they
  count in one unit, lie within three times each other, are told within ``NEAR_DAYS`` days of
  each other, neither places nor windows nor periods them apart, tell no two measures of
  different kin ("killed" against "injured"), are both parts or neither ("two of the dead",
  "of the 31 injured, nine"), pass ``LIKENESS_THRESHOLD`` and are each other's best match in
  the other's article.

A story's figures are read from the opening of their articles the comparison is given
(``compare``'s ``about``: title, a line break and the text's first characters) and, where the
caller can look them up (``compare``'s ``around``: the app's store cuts them out of the text in
one query), from a window of ``WINDOW_CHARS`` characters either side of a figure further into
its article: a story's windows are looked up only when a pair that passed the cheap gates has
a figure beyond its opening, and a project of long texts is never read whole. Since figures
round 54 the app's store answers with each figure's words as read once when it was stored
(``stored_contexts``: its clause in the whole text, the words' kins, weights, the words as
written, part and rate; ``from_stored`` reads them back), and with a window of text only for a
figure stored before that. Without ``around`` a figure beyond the opening has no clause to
read and is left alone. Pure Python; a pair costs a few microseconds, and only figures in no
group and no other pair, of one unit and within three times each other, are weighed against
each other.

Study 59 (outside the repo) measured the rule on pack rounds 1-8 before it was built: about
half of the extra links it makes join two things (a part against its whole, two measures of
one event), so its pairs are always marked tentative and their reason names the shared words.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Protocol

from desktop.domain import Figure, FigureRef
from desktop.extract.rates import rate_after

#: the cosine of two figures' weighted context words from which they are possibly one
#: quantity: chosen on pack rounds 1-4 (see benchmarks/conflicts_eval.py, round 59)
LIKENESS_THRESHOLD = 0.40
#: two figures further apart than this many times are two quantities, however alike told
RATIO = 3.0
#: how many days apart two figures may be told
NEAR_DAYS = 7
#: content words read either side of the number in its clause
WIDTH = 6
#: the weight of a figure's own words and its measure, against a word next to the number's 0.75
OWN_WEIGHT = 1.5
#: how many shared words a pair's reason names
REASON_WORDS = 4
#: whether a loose figure is weighed against the story's grouped figures too
WITH_GROUPED = True
#: characters of its article's text read either side of a figure beyond the opening: a news
#: sentence runs to 150-300, and only its clause around the number is read
WINDOW_CHARS = 300

#: words of any news story, which say nothing of what a number counts: function words, the
#: verbs and nouns of telling and counting, days, months, numbers and their scales, and the
#: names of units (two figures are weighed only when their units agree)
_STOP_WORDS = """
    a an the of in on at to for from by with and or but nor as is are was were be been being
    has have had do does did this that these those it its their his her they them he she we
    our you your not no than then there here which who whom whose what when where while after
    before about over under into out up down off more less least most some any all each other
    another such also only just still now yet so if per would could should may might will can
    must mr ms mrs dr said says say saying told tell tells according added adds reported
    report reports announced statement spokesman spokeswoman spokesperson official officials
    one two three four five six seven eight nine ten eleven twelve hundred thousand million
    billion trillion first second third last next new percent cent
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
    afternoon evening night week weeks day days month months year years
    january february march april june july august september october november december
    earlier later put gave give given came come found figure figures number numbers count
    estimate estimates total latest own went going doing made make around nearly almost
    roughly least since until till because although though however whether without within
    against among between during through across toward towards upon despite
    euro euros dollar dollars pound pounds pence penny yen yuan crown crowns franc francs rupee
    rupees tonne tonnes ton tons metre metres meter meters kilometre kilometres kilometer
    kilometers mile miles degree degrees celsius fahrenheit litre litres barrel barrels bn
    square hectare hectares acre acres kilogram kilograms gram grams
"""
_STOP = frozenset(_STOP_WORDS.split())

#: kins of general news words (any story's: tolls, injuries, evacuations, homes, arrests,
#: cases, people, workers, passengers, pupils, sums, payments, votes, rises and falls): each
#: stem maps to its kin's first word, so "dead", "killed" and "toll" count as one word
KIN_GROUPS = (
    "die dead death toll kill fatality fatal body perish life victim",
    "injure injury hurt wound casualty",
    "hospitalise hospitalize hospital treat admit",
    "evacuate displace flee shelter relocate",
    "home house household dwelling",
    "miss missing unaccounted",
    "rescue save",
    "arrest detain custody",
    "infect case sick ill",
    "people person resident inhabitant",
    "worker employee staff staffer",
    "passenger traveller traveler",
    "child pupil student",
    "cost damage loss bill",
    "pay payment fine penalty compensation",
    "vote ballot",
    "rise climb increase jump grow",
    "fall drop decline decrease",
)

#: forms no suffix rule undoes
_IRREGULAR = {
    "died": "die",
    "dies": "die",
    "dying": "die",
    "fled": "flee",
    "children": "child",
    "men": "man",
    "women": "woman",
    "lives": "life",
    "bodies": "body",
    "injuries": "injury",
    "casualties": "casualty",
    "fatalities": "fatality",
    "held": "hold",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "paid": "pay",
    "sold": "sell",
    "lost": "lose",
    "wounded": "wound",
    "hurt": "hurt",
    "missing": "missing",
}

_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("ised", "ise"),
    ("ized", "ize"),
    ("ated", "ate"),
    ("sses", "ss"),
    ("ing", ""),
    ("ed", ""),
    ("es", "e"),
    ("s", ""),
)

_WORD_RE = re.compile(r"[a-z][a-z'-]*")
_CASED_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: where a sentence ends: a stop and a space before a capital or a quote, or a line break
_SENTENCE_END_RE = re.compile(r"[.!?][\"'’”)]?\s+(?=[A-Z\"'‘“(])|\n")
_SPACE_RE = re.compile(r"\s")
#: where a clause ends inside a sentence
_CLAUSE_CUT_RE = re.compile(r";|:\s|\s[-–—]\s|—|–")

#: a part or an addition told right after the number: "Two of the dead", "four more bodies",
#: "30 of its 74 branches"
_PART_AFTER_RE = re.compile(
    r"\s*(?:[A-Za-z-]+\s+)?(?:of\s+(?:the|them|those|whom|these)\b|of\s+(?:its|their|our|his|her)"
    r"\s+[\d,.]+|more\b|additional\b|further\b)",
    re.IGNORECASE,
)
#: a part told after its whole: "Of the 31 injured, nine", "among them 12"
_PART_BEFORE_RE = re.compile(
    r"\b(?:of|among)\s+(?:the|them|those|these|its|their)\s+(?:[\w-]+\s+){0,3}[\d,.]+[^.;]{0,60}"
    r",?\s*(?:[\w-]+\s+){0,2}$|\bamong\s+them\s*,?\s*$",
    re.IGNORECASE,
)

#: the dead counted as they are found, named or laid to rest, a part of a toll so far and never
#: its rival: a count of bodies or remains however told ("three bodies were found", "pulled 15
#: bodies from the mine", "the remains of 12 people"), and victims or the dead told as
#: identified, named, buried, found or brought out ("Eight victims have been identified",
#: "Police have named six victims", "Relatives buried seven victims")
_BODY_NOUN = r"(?:bodies|body|corpses|remains)"
#: the nouns of a toll's parts, as a figure's counted noun ends
TOLL_PART_NOUNS = frozenset({"bodies", "body", "corpses", "remains", "victims", "dead"})
_TOLL_PART_NOUN = r"(?:bodies|body|corpses|remains|victims|dead)"
_TOLL_PART_VERB = (
    r"(?:found|recovered|retrieved|pulled|identified|named|buried|exhumed|brought|dug|dragged"
    r"|hauled|lifted|washed|returned|handed|laid)"
)
#: the number, up to two words, the noun; for victims or the dead, then a verb of finding or
#: naming (in the passive, after "of ..." if the noun has one) or "washed up/ashore"
_TOLL_PART_AFTER_RE = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_BODY_NOUN}\b|{_TOLL_PART_NOUN}\b(?:\s+(?:of|from|in)\s+"
    r"[^,.;]{0,60}?)?\s+(?:(?:(?:have|has|had)\s+(?:now\s+|so\s+far\s+|also\s+)?been|were|was|are"
    r"|is|being)\s+(?:(?:now|so\s+far|since|also|then)\s+)?|(?:have\s+|had\s+)?(?=wash))"
    rf"{_TOLL_PART_VERB}\b)",
    re.IGNORECASE,
)
#: a verb of finding or naming right before the number (a few words between), or the bodies
#: of those counted: "have so far pulled 15 bodies", "named six victims", "the bodies of 40"
_TOLL_PART_BEFORE_RE = re.compile(
    rf"(?:\b{_TOLL_PART_VERB}(?:\s+(?:out|up))?\s+(?:[\w-]+\s+){{0,2}}"
    rf"|\b{_BODY_NOUN}\s+of\s+(?:[\w-]+\s+){{0,2}})$",
    re.IGNORECASE,
)
_TOLL_PART_NOUN_AFTER_RE = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?{_TOLL_PART_NOUN}\b", re.IGNORECASE
)


def toll_part(text: str, start: int, number_end: int, finish: int, begin: int = 0) -> bool:
    """Whether the number ending at ``number_end`` in ``text`` counts the dead as found,
    named or buried (see ``_TOLL_PART_AFTER_RE``): a part of a toll so far. ``start`` is where
    the figure starts, ``begin`` and ``finish`` bound its sentence."""
    if _TOLL_PART_AFTER_RE.match(text, number_end, finish):
        return True
    lead = text[max(begin, start - 80) : start]
    if _TOLL_PART_BEFORE_RE.search(lead) is None:
        return False
    if re.search(rf"\b{_BODY_NOUN}\s+of\s+(?:[\w-]+\s+){{0,2}}$", lead, re.IGNORECASE):
        return True
    return _TOLL_PART_NOUN_AFTER_RE.match(text, number_end, finish) is not None


#: heads of what one side proposes to another (an offer, a bid, a demand), which a market's or
#: a count's figure of the same unit is not: "its 720p bid" against "shares closed at 698p"
OFFER_HEADS = frozenset(
    {"offer", "bid", "proposal", "approach", "tender", "demand", "counteroffer"}
)


def stem(word: str) -> str:
    """A crude stem of a lower-case word: its plural's, past's or -ing's ending taken off,
    and a last silent "e" ("plunged", "plunges" and "plunge" are all "plung")."""
    base = _IRREGULAR.get(word)
    if base is None:
        base = word
        for suffix, put in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                base = word[: -len(suffix)] + put
                if suffix in ("ing", "ed") and base[-1] == base[-2] and base[-1] not in "ls":
                    base = base[:-1]  # "stopped", "planning"
                break
    return base[:-1] if base.endswith("e") and len(base) > 3 else base


_KIN = {stem(word): group.split()[0] for group in KIN_GROUPS for word in group.split()}


@lru_cache(maxsize=1 << 15)
def kin(word: str) -> str:
    """The word a lower-case word counts as: its kin's first word, else its stem."""
    base = stem(word)
    return _KIN.get(base) or base


@lru_cache(maxsize=1 << 16)
def _kept(word: str) -> str:
    """A lower-case word as a context word, a possessive's "'s" or "'" taken off; "" for a
    stop word or one of two letters or fewer."""
    w = word.removesuffix("'s").rstrip("'")
    return w if len(w) > 2 and w not in _STOP else ""


def _content(text: str) -> list[str]:
    """The words of ``text`` that may tell what a number counts, lower case, a possessive's
    "'s" or "'" taken off."""
    return [w for w in map(_kept, _WORD_RE.findall(text.lower().replace("’", "'"))) if w]


class Framed(Protocol):
    """What the comparison read of a figure that the gates weigh (``conflicts._Frame``)."""

    @property
    def unit(self) -> str: ...
    @property
    def measure(self) -> str: ...
    @property
    def scope(self) -> str: ...
    @property
    def window(self) -> str: ...
    @property
    def modifiers(self) -> frozenset[str]: ...


@dataclass(slots=True)
class _Told:
    """A figure as this tier weighs it: its words (kin -> weight), the first of its own
    words each kin was written as, and whether it is told as a part or an addition."""

    ref: FigureRef
    words: dict[str, float]
    written: dict[str, str]
    part: bool
    sentence: str = ""
    #: the stretch of time the figure is told per ("year" for "620,000 patients a year"), ""
    #: for a count or level of no such rate
    rate: str = ""
    value: float = 0.0
    vector: dict[str, float] | None = None
    norm: float = 1.0


#: opens the reason of a pair this tier made, before the words the two share
CONTEXT_MARK = "by context: both told with "

#: a figure's stretch of its article's text: where the stretch starts in the text, and the
#: stretch (``WINDOW_CHARS`` either side of the figure, fewer at the text's ends)
Window = tuple[int, str]
#: looks up what is read of the figures whose ids it is given, by id: a figure's words as
#: stored with it (``stored_contexts``), or its window of text where none were stored; a
#: figure it cannot find (its article gone) is left out
Around = Callable[[Collection[int]], Mapping[int, Window | str]]


class _Opening:
    """A stretch of an article's text (its opening, or a window around a figure, ``offset``
    characters into the text) and where its sentences end (each end's start and end), cut
    into sentences when a figure is first read in it."""

    __slots__ = ("_cut", "offset", "text")

    def __init__(self, text: str, offset: int = 0) -> None:
        self.text = text
        self.offset = offset
        self._cut: tuple[list[int], list[int]] | None = None

    def sentence_ends(self) -> tuple[list[int], list[int]]:
        if self._cut is None:
            found = [(m.start(), m.end()) for m in _SENTENCE_END_RE.finditer(self.text)]
            self._cut = ([s for s, _ in found], [e for _, e in found])
        return self._cut


def _opening(
    about: Mapping[int, str], article: int, read_: dict[int, _Opening | None]
) -> _Opening | None:
    """An article's opening out of ``compare``'s ``about`` (its title, a line break, the
    opening), read once per article into ``read_``."""
    if article not in read_:
        told = about.get(article)
        read_[article] = _Opening(told.partition("\n")[2]) if told is not None else None
    return read_[article]


def _window(ref: FigureRef, window: Window) -> _Opening:
    """A figure's window as a stretch to read it in, a word cut by either edge left out (the
    text's own ends are no cut)."""
    offset, text = window
    start, end = ref.figure.start - offset, ref.figure.end - offset
    if offset > 0 and start > 0:
        lead = _SPACE_RE.search(text, 0, start)
        if lead is not None:
            text, offset = text[lead.end() :], offset + lead.end()
            end -= lead.end()
    if text[-1:].isalnum():
        tail = max(text.rfind(" ", max(end, 0)), text.rfind("\n", max(end, 0)))
        if tail >= 0:
            text = text[:tail]
    return _Opening(text, offset)


#: what a figure's clause holds: the stretch read, where its sentence begins, the figure's
#: start and end in it, where the sentence finishes, and the figure's own words and the content
#: words before and after the number
_Clause = tuple["_Opening", int, int, int, int, list[str], list[str], list[str]]


def _clause(ref: FigureRef, opening: str | _Opening | None) -> _Clause | None:
    """A figure's clause in its article's opening (or a window of its text), or None when that
    does not hold the figure where the figure says it stands."""
    figure = ref.figure
    if opening is None:
        return None
    if isinstance(opening, str):
        opening = _Opening(opening)
    text = opening.text
    start, end = figure.start - opening.offset, figure.end - opening.offset
    if start < 0 or end > len(text) or text[start:end] != figure.text:
        return None
    # the sentence: from the last end before the number to the first end after the figure
    starts, ends = opening.sentence_ends()
    at = bisect_right(ends, start) - 1
    begin = ends[at] if at >= 0 else 0
    at = bisect_left(starts, end)
    finish = starts[at] + 1 if at < len(starts) else len(text)
    left, right = text[begin:start], text[end:finish]
    cuts = list(_CLAUSE_CUT_RE.finditer(left))
    if cuts:
        left = left[cuts[-1].end() :]
    cut = _CLAUSE_CUT_RE.search(right)
    if cut is not None:
        right = right[: cut.start()]
    before = _content(left)[-WIDTH:]
    after = _content(right)[:WIDTH]
    own = _content(figure.text)
    own += _content(figure.measure or "")
    return opening, begin, start, end, finish, own, before, after


def _kins(ref: FigureRef, opening: _Opening) -> set[str] | None:
    """The words a figure's context holds (``read``'s keys) and nothing else: all a figure
    that is in no pair past the gates gives, its words' part in their rarity."""
    clause = _clause(ref, opening)
    if clause is None:
        return None
    return {kin(w) for side in clause[5:] for w in side}


def read(ref: FigureRef, opening: str | _Opening | None) -> _Told | None:
    """A figure's context words, read in its article's opening (or a window of its text), or
    None when that does not hold the figure where the figure says it stands."""
    clause = _clause(ref, opening)
    if clause is None:
        return None
    stretch, begin, start, end, finish, own, before, after = clause
    figure, text = ref.figure, stretch.text
    words: dict[str, float] = {}
    written: dict[str, str] = {}

    def put(word: str, weight: float) -> None:
        key = kin(word)
        if weight > words.get(key, 0.0):
            words[key] = weight
        written.setdefault(key, word)

    for word in own:
        put(word, OWN_WEIGHT)
    for i, word in enumerate(before):
        put(word, 1.0 / (1.0 + (len(before) - i) / 3.0))
    for i, word in enumerate(after):
        put(word, 1.0 / (1.0 + (i + 1) / 3.0))
    number_end = start + len(figure.number_text)
    if text[start:number_end].lower() != figure.number_text.lower():
        number_end = end
    part = bool(
        _PART_AFTER_RE.match(text, number_end, finish)
        or _PART_BEFORE_RE.search(text[begin:start])
        or toll_part(text, start, number_end, finish, begin)
    )
    return _Told(
        ref,
        words,
        written,
        part,
        text[begin:finish],
        # the reader's own reading of a rate (``Figure.rate``), made here again for a figure
        # stored before the reader made it
        rate=rate_after(text, number_end, finish) or "",
    )


def parts_of(
    refs: Sequence[FigureRef], about: Mapping[int, str] | None, around: Around | None
) -> dict[int, bool]:
    """Whether each figure is told as a part or an addition (``read``'s ``part``: "two of the
    dead", "four more bodies", "three bodies were found"), by id, read in its article's opening
    in ``about`` or else looked up through ``around``, once for all of them; a figure whose
    clause neither holds is left out."""
    out: dict[int, bool] = {}
    openings: dict[int, _Opening | None] = {}
    missing: dict[int, FigureRef] = {}
    for ref in refs:
        told = None
        if about and ref.article_id in about:
            told = read(ref, _opening(about, ref.article_id, openings))
        if told is not None:
            out[ref.id] = told.part
        else:
            missing[ref.id] = ref
    if missing and around is not None:
        for ref_id, window in around(missing.keys()).items():
            asked = missing.get(ref_id)
            if asked is None:
                continue
            if isinstance(window, str):
                told = from_stored(asked, window)
            else:
                told = read(asked, _window(asked, window))
            if told is not None:
                out[ref_id] = told.part
    return out


def stored_contexts(text: str, figures: Sequence[Figure]) -> Iterator[str]:
    """Each figure's context as ``read`` weighs it, read once in its article's whole ``text``
    when the figures are stored, as a compact string (``from_stored`` reads it back): whether
    it is a part, its rate, and each word's kin, weight and the word as its sentence writes it.
    "" for a figure whose clause the text does not hold where the figure says it stands. The
    words' rarity is not in it: that is the story's, worked out at each comparison."""
    opening = _Opening(text)
    for figure in figures:
        told = read(FigureRef(0, 0, figure), opening)
        if told is None:
            yield ""
            continue
        words = [[k, w, _as_written(told, told.written[k])] for k, w in told.words.items()]
        yield json.dumps([int(told.part), told.rate, words], separators=(",", ":"))


def from_stored(ref: FigureRef, stored: str) -> _Told | None:
    """A figure's context out of ``stored_contexts``' string, None for an empty or unreadable
    one (a figure whose clause was not found is read as having none)."""
    if not stored:
        return None
    try:
        part, rate, told = json.loads(stored)
        words = {str(k): float(w) for k, w, _ in told}
        written = {str(k): str(as_written) for k, _, as_written in told}
    except (ValueError, TypeError):
        return None
    return _Told(ref, words, written, bool(part), "", rate=str(rate))


def _stored_kins(stored: str) -> set[str] | None:
    """The words a stored context holds (``from_stored``'s keys) and nothing else."""
    if not stored:
        return None
    try:
        return {str(word[0]) for word in json.loads(stored)[2]}
    except (ValueError, TypeError, IndexError, KeyError):
        return None


@lru_cache(maxsize=1 << 10)
def measure_kin(measure: str) -> str:
    """The kin of a figure's measure ("died" and "killed" one), "" for none."""
    words = _content(measure)
    return kin(words[-1]) if words else ""


def _day(ref: FigureRef) -> int:
    day = ref.figure.as_of or ref.published
    return day.toordinal() if day is not None else date.min.toordinal()


def _gated(a: Framed, b: Framed) -> bool:
    """Whether two figures' frames allow them to be one quantity: one unit, no two places,
    windows, namings of what is counted or measures of different kin."""
    if a.unit != b.unit or a.unit == "share":
        return False
    if a.scope and b.scope and a.scope != b.scope:
        return False
    if a.window and b.window and a.window != b.window:
        return False
    if a.modifiers and b.modifiers and not a.modifiers & b.modifiers:
        # "Teldran soldiers" and "Varnian soldiers": two sets each named by its own words
        return False
    # the noun counted, where the frame names one (``conflicts._Frame.head``)
    ha, hb = getattr(a, "head", ""), getattr(b, "head", "")
    if ha and hb and (ha in OFFER_HEADS) != (hb in OFFER_HEADS):
        # what one side offers or asks and what is paid, traded or counted: two measures
        return False
    ka, kb = measure_kin(a.measure), measure_kin(b.measure)
    return not (ka and kb and ka != kb)


def _apart_periods(a: FigureRef, b: FigureRef) -> bool:
    pa, pb = a.figure.period, b.figure.period
    return bool(pa and pb and pa != pb and "current" not in (pa, pb))


def pairs(
    candidates: Sequence[FigureRef],
    story: Sequence[FigureRef],
    frame_of: Callable[[FigureRef], Framed | None],
    about: Mapping[int, str] | None,
    taken: Collection[int] = (),
    around: Around | None = None,
) -> list[tuple[FigureRef, FigureRef, list[str]]]:
    """The pairs of one story's figures told among alike words, each with a figure of
    ``candidates`` (figures in no group that no other pass paired) on at least one side: each
    pair's two figures are each other's best match in the other's article, and the list names
    the words they share, the weightiest first. ``story`` gives the words' rarity and the
    figures a candidate may be weighed against; ``about`` each article's title and opening
    (``compare``'s); ``taken`` the candidates another pass paired already, left alone;
    ``around`` looks up, once, the windows of the story's figures whose clause no opening
    holds, when a pair that passed the cheap gates has such a figure on a side."""
    if not about and around is None:
        return []
    loose = {ref.id for ref in candidates if ref.id not in taken}
    if not loose:
        return []
    # the words of every figure of the story whose clause is read, for their rarity
    contexts: dict[int, _Told] = {}
    openings: dict[int, _Opening | None] = {}
    if about:
        for ref in story:
            if ref.article_id in about:
                told = read(ref, _opening(about, ref.article_id, openings))
                if told is not None:
                    contexts[ref.id] = told
    if around is None and not any(i in contexts for i in loose):
        return []
    by_unit: dict[str, list[tuple[float, FigureRef, Framed]]] = {}
    for ref in story:
        if (around is None and ref.id not in contexts) or (
            not WITH_GROUPED and ref.id not in loose
        ):
            continue
        figure = ref.figure
        value = figure.low if figure.low is not None else figure.high
        if not value or value <= 0 or figure.hedged or figure.denied:
            continue
        frame = frame_of(ref)
        if frame is not None:
            by_unit.setdefault(frame.unit, []).append((value, ref, frame))
    # the cheap gates first: pairs of one unit within three times each other, of two articles
    # told near in time and not kept apart by their frames, one of them loose
    gated: list[tuple[FigureRef, FigureRef]] = []
    for told_unit in by_unit.values():
        if len({ref.article_id for _, ref, _ in told_unit}) < 2:
            continue
        told_unit.sort(key=lambda t: (t[0], t[1].id))
        values = [t[0] for t in told_unit]
        days = [_day(t[1]) for t in told_unit]
        free = [t[1].id in loose for t in told_unit]
        for i, (value, a, fa) in enumerate(told_unit):
            day, a_free = days[i], free[i]
            for j in range(i + 1, bisect_right(values, value * RATIO)):
                b, fb = told_unit[j][1], told_unit[j][2]
                if (
                    (a_free or free[j])
                    and a.article_id != b.article_id
                    and abs(day - days[j]) <= NEAR_DAYS
                    and not _apart_periods(a, b)
                    and _gated(fa, fb)
                ):
                    gated.append((a, b))
    held: list[set[str]] = []
    if around is not None and any(a.id not in contexts or b.id not in contexts for a, b in gated):
        # a pair passed the gates with a side beyond its opening: the story's figures beyond
        # their openings are read in their windows of text, looked up at once, all of them so
        # that a word's rarity is the story's (read from the two sides of a pair alone, the
        # words they share would be the commonest): the figures of a gated pair in all their
        # words (for their weights, the reason and parts); the others only which words they hold
        unread = {ref.id: ref for ref in story if ref.id not in contexts}
        needed = {ref.id for pair in gated for ref in pair}
        if unread:
            # a figure's words stored with it are read back; a figure stored before they were
            # is read in its window of text, as its words were worked out when stored
            for ref_id, window in around(unread.keys()).items():
                weighed = unread.get(ref_id)
                if weighed is None:
                    continue
                if ref_id in needed:
                    if isinstance(window, str):
                        told = from_stored(weighed, window)
                    else:
                        told = read(weighed, _window(weighed, window))
                    if told is not None:
                        contexts[ref_id] = told
                else:
                    if isinstance(window, str):
                        kins = _stored_kins(window)
                    else:
                        kins = _kins(weighed, _window(weighed, window))
                    if kins is not None:
                        held.append(kins)
            gated = [(a, b) for a, b in gated if a.id in contexts and b.id in contexts]
    if not gated:
        return []
    counts: dict[str, int] = {}
    for told_words in (*(c.words for c in contexts.values()), *held):
        for word in told_words:
            counts[word] = counts.get(word, 0) + 1
    n = len(contexts) + len(held)
    rarity = {word: math.log((n + 1) / (k + 0.5)) for word, k in counts.items()}
    best: dict[tuple[int, int], tuple[float, float, int]] = {}
    found: list[tuple[FigureRef, FigureRef, _Told, _Told]] = []
    for a, b in gated:
        ca, cb = contexts[a.id], contexts[b.id]
        if ca.part != cb.part or ca.rate != cb.rate:
            # a part against a whole; a rate against a count, or rates of two periods
            continue
        va, vb = _vector(ca, rarity), _vector(cb, rarity)
        small, large = (va, vb) if len(va) <= len(vb) else (vb, va)
        dot = sum(w * large[k] for k, w in small.items() if k in large)
        score = dot / (ca.norm * cb.norm)
        if score < LIKENESS_THRESHOLD:
            continue
        xa = a.figure.low if a.figure.low is not None else a.figure.high
        xb = b.figure.low if b.figure.low is not None else b.figure.high
        closeness = -abs(math.log((xa or 1.0) / (xb or 1.0)))
        found.append((a, b, ca, cb))
        for one, other in ((a, b), (b, a)):
            slot = (one.id, other.article_id)
            mark = (score, closeness, -other.id)
            if slot not in best or mark > best[slot]:
                best[slot] = mark
    chosen: list[tuple[FigureRef, FigureRef, list[str]]] = []
    for a, b, ca, cb in found:
        if -best[(a.id, b.article_id)][2] != b.id or -best[(b.id, a.article_id)][2] != a.id:
            continue
        chosen.append((a, b, shared_words(ca, cb, rarity)))
    return chosen


def _vector(told: _Told, rarity: Mapping[str, float]) -> dict[str, float]:
    if told.vector is None:
        told.vector = {k: w * rarity[k] for k, w in told.words.items()}
        told.norm = math.sqrt(sum(x * x for x in told.vector.values())) or 1.0
    return told.vector


def _as_written(told: _Told, word: str) -> str:
    """A word as the figure's sentence writes it ("Tessa" for "tessa"), else as given."""
    for m in _CASED_WORD_RE.finditer(told.sentence):
        found = m.group()
        if found.lower().replace("’", "'").removesuffix("'s").rstrip("'") == word:
            return found[: len(word)]
    return word


def shared_words(a: _Told, b: _Told, rarity: Mapping[str, float]) -> list[str]:
    """The words two figures' contexts share, weightiest first, as written ("killed/dead"
    where the two wrote one kin in two words)."""
    va, vb = _vector(a, rarity), _vector(b, rarity)
    shared = sorted((k for k in va if k in vb), key=lambda k: (-va[k] * vb[k], k))
    out: list[str] = []
    for key in shared[:REASON_WORDS]:
        wa, wb = _as_written(a, a.written[key]), _as_written(b, b.written[key])
        out.append(wa if stem(wa.lower()) == stem(wb.lower()) else f"{wa}/{wb}")
    return out
