"""Sentence and clause boundaries in news text.

News text breaks the naive "full stop then capital" rule all the time: "U.S. officials",
"Gen. Nhek Bunchhay", "Jan. 9", "John F. Kennedy", "3.5 percent", "at 9 p.m. Thursday", a quote
that ends inside its quotation marks, and a dateline ("SEOUL, South Korea (AP) —") that heads
the first sentence. Every line break ends a sentence: the cleaned body has one paragraph a line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Titles and other abbreviations that are followed by a name or a number, not a new sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "sgt",
        "cpl",
        "pvt",
        "capt",
        "maj",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "rev",
        "prof",
        "hon",
        "pres",
        "supt",
        "insp",
        "st",
        "jr",
        "sr",
        "messrs",
        "mmes",
        "mt",
        "ft",
        "ave",
        "blvd",
        "rd",
        "hwy",
        "no",
        "nos",
        "vs",
        "v",
        "ca",
        "approx",
        "est",
        "fig",
        "vol",
        "pp",
        "op",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "co",
        "ltd",
        "bros",
        "dept",
        "univ",
        "assn",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
    ]
)
# Abbreviations that often end a sentence too: only a boundary before a typical sentence opener.
_AMBIGUOUS = frozenset(["inc", "corp", "co", "ltd", "bros", "jr", "sr", "etc", "am", "pm"])
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "in",
        "on",
        "at",
        "this",
        "that",
        "these",
        "those",
        "there",
        "his",
        "her",
        "their",
        "our",
        "its",
        "as",
        "after",
        "before",
        "when",
        "while",
        "if",
        "however",
        "meanwhile",
        "still",
        "now",
        "then",
        "also",
        "some",
        "many",
        "most",
        "one",
        "two",
        "three",
        "no",
        "mr",
        "mrs",
        "ms",
        "dr",
        "officials",
        "police",
        "authorities",
    ]
)
_TIME_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tomorrow",
        "yesterday",
        "tonight",
        "est",
        "edt",
        "cst",
        "cdt",
        "pst",
        "pdt",
        "gmt",
        "utc",
        "et",
        "pt",
        "local",
        "eastern",
        "central",
        "mountain",
        "pacific",
        "atlantic",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
    ]
)

_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n")
_NEXT_WORD = re.compile(r"\s*[\"'“‘«(\[]*([\w.’'-]*)")
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*)(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
    r"(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?(?:\s*\([A-Za-z-]+\))?\s*(?:—|–|--|-|_)\s+"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, end exclusive, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _CANDIDATE.finditer(text):
        if m.group(0) != "\n" and not _is_boundary(text, m.start(), m.end()):
            continue
        _append(text, pos, m.end() if m.group(0) != "\n" else m.start(), spans)
        pos = m.end()
    _append(text, pos, len(text), spans)
    return spans


def _is_boundary(text: str, dot: int, after: int) -> bool:
    nxt = _NEXT_WORD.match(text, after)
    next_word = nxt.group(1) if nxt else ""
    if not next_word:
        return True
    first = next_word[0]
    if first.islower():
        return False
    if text[dot] != ".":
        return True
    if text[dot:after].startswith(".."):
        return first.isupper() or first.isdigit()
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] in ".&'’-"):
        word_start -= 1
    word = text[word_start:dot]
    bare = word.lower().replace(".", "")
    if not word:
        return True
    next_bare = next_word.lower().strip(".,;:'’")
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        # U.S., U.N., a.m., p.m.: a boundary only before a word that starts sentences
        if bare in ("am", "pm") and next_bare in _TIME_WORDS:
            return False
        if bare in ("am", "pm"):
            # "was reported at 4:50 a.m. Service resumed": a capitalised word after the clock
            # starts the next sentence, unless it is a zone ("IST", "(0710 GMT)") or the clock
            # itself opened this one ("At 9 a.m. President X arrived")
            if not re.match(r"\s+[A-Z][a-z]", text[after - 1 : after + 2]) and not re.match(
                r"[A-Z][a-z]", next_word
            ):
                return next_bare in _OPENERS
            return not _CLOCK_OPENS.search(text, max(0, word_start - 30), word_start)
        return next_bare in _OPENERS
    if len(word) == 1 and word.isupper():
        # an initial ("John F. Kennedy"), unless a sentence ends on a single capital ("Plan B.")
        return next_bare in _OPENERS and next_bare not in ("a", "i")
    if bare in _AMBIGUOUS:
        return next_bare in _OPENERS
    if bare in _ABBREVIATIONS:
        return False
    if first.isdigit() and bare.isdigit():
        return True
    return True


_CLOCK_OPENS = re.compile(
    r"(?:^|[.!?\n]\s*)(?:At|By|Around|Until|Since|From|Before|After|Shortly\s+(?:before|after))"
    r"\s+(?:about\s+|around\s+|roughly\s+)?[\d:.]+\s*$"
)

#: Longer than a sentence of prose gets: a table or a list pasted without full stops. Such a run
#: is cut at a clause mark or a space, so that every reader of sentences stays linear in the
#: length of the text (the figure reader looks at a whole sentence for each number in it).
MAX_SENTENCE_CHARS = 800
_SOFT_BREAK = re.compile(r"[;,:]\s|\s")


def bounded_spans(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into pieces of at most ``limit`` characters, each cut at the last
    clause mark (or else space) in the second half of the piece."""
    pieces = []
    while end - start > limit:
        floor, ceiling = start + limit // 2, start + limit
        cut = ceiling
        clause_cut = None
        for m in _SOFT_BREAK.finditer(text, floor, ceiling):
            if m.group(0)[0] in ";,:":
                clause_cut = m.end()
            cut = m.end()
        cut = clause_cut or cut
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _append(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    for a, b in bounded_spans(text, start, end, MAX_SENTENCE_CHARS):
        _append_one(text, a, b, out)


def _append_one(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    if not out or "\n" in text[out[-1][1] : start] or not out:
        dateline = _DATELINE.match(text, start, end)
        if dateline and dateline.end() < end:
            start = dateline.end()
    out.append((start, end))


_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|:(?!\d)|\s[—–]\s|\s--\s|—|–(?=\s))\s*"
    r"|,\s+(?=(?:but|while|whereas|although|though|yet|so|because|since|after|before|when|as)\s)"
    r"|\s+(?=but\s)"
    # "early Saturday, a day after bomb blasts killed 80": the blasts are another event
    r"|,\s+(?=(?:(?:a|an|one|two|three|four|five|six|several|some|\d+)\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\s)"
    # ", and it plans to ...", ", and officials said ...": a new subject, a new event
    r"|,\s+(?=and\s+(?:it|he|she|they|we|I|there|(?:[\w'’.-]+\s+){1,4}(?:said|says|told))\s)"
)
#: "closed in January 2023 and is still empty": a second verb after the dated one tells
#: another event
_AND_VERB = re.compile(
    r",?\s+and\s+(?=(?:[a-z]+ed|is|was|were|are|has|have|had|will|kept|made|took|left|won|lost"
    r"|began|met|went|came|held|sent|paid|fled|sold|bought|told|gave|got|ran|fell|rose)\s)"
)
_ATTRIBUTION_VERBS = (
    r"(?:said|says|told|reported|added|wrote|announced|stated|noted|explained|claimed|warned"
    r"|confirmed|showed)"
)
_ATTRIBUTION_TAIL = re.compile(
    r"[,.!?][\"'”’]*\s+(?:according\s+to\s+[^,]{2,80}"
    r"|(?:[\w'’.-]+\s+){0,6}" + _ATTRIBUTION_VERBS + r"(?:\s+(?:on\s+)?[\w'’.-]+){0,6})"
    r"[\"'”’]*[.!?]?[\"'”’]*$"
)
#: ", the Labor Department said Friday," inside a sentence: it closes the clause before it
_ATTRIBUTION_MIDDLE = re.compile(
    r",\s+(?:according\s+to\s+[^,]{2,60}|(?:[\w'’.-]+\s+){0,6}?"
    + _ATTRIBUTION_VERBS
    + r"(?:\s+[\w'’.-]+){0,3}?)(?=,\s)"
)
#: "The Joint Chiefs of Staff said the missiles were fired ...": the speaker before the report
_ATTRIBUTION_LEAD = re.compile(
    r"\b(?:said|says|told\s+(?:[\w'’-]+\s+){1,3}?|reported|announced|confirmed|added|stated"
    r"|noted|claimed|warned|estimated|believes?)(?:\s+that)?\s+"
)
#: words that join two events; "then" stays with the clause it opens
_JOINER = re.compile(
    r",?\s+(?:(?:and|but|as|while|because|whereas)\s+(?:then\s+)?|(?=then\s))"
    r"|,?\s+(?:after|before)\s+(?![a-z]+ing\s)",
    re.IGNORECASE,
)
_LEADING_CONJUNCTION = re.compile(
    r"(?:and|but|yet|or|as|while|whereas|although|though|because)\s+(?!far\b)", re.IGNORECASE
)
_PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|we|i|it)\b", re.IGNORECASE)
#: words that carry no event: "at 8:46 a.m. and again at 9:03" is one event, not two
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "by",
        "of",
        "to",
        "from",
        "for",
        "until",
        "through",
        "again",
        "also",
        "then",
        "later",
        "earlier",
        "about",
        "around",
        "some",
        "just",
        "only",
        "nearly",
        "almost",
        "early",
        "late",
        "once",
        "more",
        "than",
        "less",
    }
)
_RELATIVE_OPENER = re.compile(
    r"(?:who|which|whose|where|(?:(?:first|later|originally|once|already|then|since|recently"
    r"|previously|last)\s+)?[a-z]+(?:ed|en|ing)|(?:first\s+)?(?:held|run|built|born|shot|struck"
    r"|won|made|set|hit|seen|sold|bought|found|kept|led|lost|paid|sent|spent|told|caught|begun))\b"
)
_WORD = re.compile(r"[\w'’-]+")


def clause_around(
    text: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    others: Sequence[tuple[int, int]] = (),
) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``text[start:end]``, end exclusive.

    Clauses break at semicolons, colons, dashes and comma + conjunction; at "and", "but", "as",
    "after"... when the other side tells an event with a time of its own (``others``: the spans
    of the sentence's other time expressions); at an attribution in the middle. A relative or
    participle clause that holds the time ("The soldiers, captured Thursday, were ...") is its
    own clause with the noun it hangs on. The speaker is left out ("Officials said ...", ",
    Zelenskyy said.") unless the saying itself is what the time dates, since it says who
    reported the fact, not the fact; so is a leading conjunction.
    """
    s_start, s_end = sentence
    left, right = s_start, s_end
    for m in _CLAUSE_BREAK.finditer(text, s_start, s_end):
        if m.end() <= start:
            if text[m.start() : m.end()].strip() == ":" and not text[left:start].strip():
                continue  # "9:15 a.m.: The Met Office ...": a stamp heads the entry it dates
            left = m.end()
        elif m.start() >= end:
            if not text[end : m.start()].strip() and text.startswith("when", m.end()):
                continue  # "since April 20, when the rig exploded": the when tells the date
            stamp = not text[left:start].strip() and not text[end : m.start()].strip()
            if stamp and text[m.start() : m.end()].strip() == ":":
                continue  # the stamp itself: its clause is the entry it heads
            right = m.start()
            break
    inside = [(a, b) for a, b in others if left <= a and b <= right and (a, b) != (start, end)]
    left, right = _split_events(text, left, right, start, end, inside)
    second_verb = _AND_VERB.search(text, end, right)
    if second_verb is not None:
        right = second_verb.start()
    left, right = _cut_middle_attribution(text, left, right, start, end)
    relative = _relative_clause(text, left, right, start, end)
    if relative is not None:
        right = relative
    else:
        left = _drop_speaker(text, left, start, inside)
        tail = _ATTRIBUTION_TAIL.search(text, left, right)
        if tail is not None and tail.start() >= end and tail.start() - left > 15:
            right = tail.start() + (1 if text[tail.start()] in ".!?" else 0)
    lead = _LEADING_CONJUNCTION.match(text, left, start)
    if lead is not None:
        left = lead.end()
    while right > left and text[right - 1] in " ,;:—–-":
        right -= 1
    while left < right and text[left] in " ,;:—–-":
        left += 1
    if right - left < 12 or len(text[left:right].split()) < 3:
        return s_start, s_end
    return left, right


def _tells_an_event(text: str, a: int, b: int) -> bool:
    return any(w.lower() not in _FUNCTION_WORDS for w in _WORD.findall(text, a, b))


def _split_events(
    text: str, left: int, right: int, start: int, end: int, others: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """Narrow to the event of the time at ``start``: two events joined by "and", "as",
    "after"... each with its own time are two clauses ("closed the valve at 2:25 p.m., and the
    company began a test expected to last 48 hours")."""
    right_cut = right
    starts = {a for a, _ in others} | {start}
    for a, _ in others:
        if a < end:
            continue
        # the joiner nearest the other time, when words of an event lie between them
        last = None
        for m in _JOINER.finditer(text, end, a):
            if m.end() not in starts:  # "before dawn": part of a time, not a joiner
                last = m
        if last is not None and _tells_an_event(text, last.end(), a):
            right_cut = min(right_cut, last.start())
    for _, b in others:
        if b > start:
            continue
        nearest = None
        for m in _JOINER.finditer(text, b, start):
            if m.end() not in starts and _tells_an_event(text, m.end(), start):
                nearest = m
        if nearest is not None:
            left = max(left, nearest.end())
    return left, right_cut


def _cut_middle_attribution(
    text: str, left: int, right: int, start: int, end: int
) -> tuple[int, int]:
    """ ", its owner said Thursday," closes the clause before it, holds its own time, and what
    follows it (", leaving 4,000 residents ...") is another clause."""
    for m in _ATTRIBUTION_MIDDLE.finditer(text, left, right):
        if m.start() >= end:
            return left, m.start()
        if m.start() < start and end <= m.end():
            return left, m.end()
        if m.end() <= start:
            left = m.end()
    return left, right


def _relative_clause(text: str, left: int, right: int, start: int, end: int) -> int | None:
    """The end of "The branch, which opened in 1962" when the time sits in a relative or
    participle clause set off by commas after a short noun at the head of the clause."""
    opening = text.rfind(", ", left, start)
    if opening < 0:
        return None
    closing = text.find(",", end, right)
    if closing < 0 or closing + 1 >= right or text[closing + 1] != " ":
        return None
    head = text[left:opening]
    if not head or len(head.split()) > 8 or "," in head:
        return None
    if not _RELATIVE_OPENER.match(text, opening + 2):
        return None
    return closing


def _drop_speaker(text: str, left: int, start: int, others: Sequence[tuple[int, int]]) -> int:
    """Skip "X said (that)" before the report the time dates, unless the saying is dated (a
    time before the report, outside a clause set off by commas) or the report's subject is
    a pronoun for the speaker ("Cameron said he would step down by October")."""
    m = _ATTRIBUTION_LEAD.search(text, left, start)
    if m is None or m.end() > start:
        return left
    speaker = text[left : m.start()]
    aside = [(a.start(), a.end()) for a in re.finditer(r", [^,]*,", speaker)]
    told = len(_WORD.findall(speaker)) - sum(len(_WORD.findall(speaker, x, y)) for x, y in aside)
    if told > 12 or _PRONOUN_SUBJECT.match(text, m.end()):
        return left
    for a, _ in others:
        if left <= a < m.end() and not any(left + x <= a < left + y for x, y in aside):
            return left
        if m.end() <= a < start and not _tells_an_event(text, m.end(), a):
            return left  # "said Thursday that ...": the saying is dated
    if not _tells_an_event(text, m.end(), start):
        return left  # "said Tuesday it had ...", "said on Tuesday that ...": the saying is dated
    return m.end()
