"""Sentence and clause boundaries in news text.

News text breaks the naive "full stop then capital" rule all the time: "U.S. officials",
"Gen. Nhek Bunchhay", "Jan. 9", "John F. Kennedy", "3.5 percent", "at 9 p.m. Thursday", a quote
that ends inside its quotation marks, and a dateline ("SEOUL, South Korea (AP) —") that heads
the first sentence. Every line break ends a sentence: the cleaned body has one paragraph a line.
"""

from __future__ import annotations

import re

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
)
_ATTRIBUTION_TAIL = re.compile(
    r"[,.!?][\"'”’]*\s+(?:according\s+to\s+[^,]{2,80}"
    r"|(?:[\w'’.-]+\s+){0,6}(?:said|says|told|reported|added|wrote|announced|stated|noted"
    r"|explained|claimed|warned)(?:\s+(?:on\s+)?[\w'’.-]+){0,6})[\"'”’]*[.!?]?[\"'”’]*$"
)


def clause_around(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``text[start:end]``, end exclusive.

    Clauses break at semicolons, colons, dashes and comma + conjunction; a closing attribution
    (", Zelenskyy said.") is left out, since it says who reported the fact, not the fact.
    """
    s_start, s_end = sentence
    left, right = s_start, s_end
    for m in _CLAUSE_BREAK.finditer(text, s_start, s_end):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    tail = _ATTRIBUTION_TAIL.search(text, left, right)
    if tail is not None and tail.start() >= end and tail.start() - left > 15:
        right = tail.start() + (1 if text[tail.start()] in ".!?" else 0)
    while right > left and text[right - 1] in " ,;:—–-":
        right -= 1
    while left < right and text[left] in " ,;:—–-":
        left += 1
    if right - left < 12 or len(text[left:right].split()) < 3:
        return s_start, s_end
    return left, right
