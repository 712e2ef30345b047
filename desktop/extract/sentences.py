"""Sentence and clause boundaries in news text.

News text breaks the naive "full stop then capital" rule all the time: "U.S. officials",
"Gen. Nhek Bunchhay", "Jan. 9", "John F. Kennedy", "3.5 percent", "at 9 p.m. Thursday", a quote
that ends inside its quotation marks, and a dateline ("SEOUL, South Korea (AP) —") that heads
the first sentence. Every line break ends a sentence: the cleaned body has one paragraph a line.
"""

from __future__ import annotations

import bisect
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
#: US states' abbreviations: after a town ("Roxbury, Conn. He was 89.") one may end a sentence
_STATES = frozenset(
    [
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

#: numbers in words, which may follow "No." ("the No. Two seed")
_COUNT_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "1", "i"]
)
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n")
_NEXT_WORD = re.compile(r"\s*[\"'“‘«(\[]*([\w.’'-]*)")
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*)(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
    r"(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?(?:\s*\([A-Za-z-]+\))?\s*(?:—|–|--|-|_)\s+"
    # "Bogota (AFP) - ": a city written in title case is a dateline with its agency after it
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*\([A-Z][A-Za-z]+\)\.?\s*(?:—|–|--|-|_)\s+"
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
        if bare in ("am", "pm") and _PLACE_TIME.match(text, after):
            # "will open at 10 a.m. Moscow time (0600 GMT) on Friday", "at 3 p.m. New York
            # time": the clock's place, not the next sentence's first word
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
    if bare in _AMBIGUOUS or (bare in _STATES and text.endswith(", ", 0, word_start)):
        return next_bare in _OPENERS
    if bare == "no" and first.isalpha() and next_bare not in _COUNT_WORDS:
        # "MOSS: No. The Helga ran aground ...": the answer "No." before a word that is no
        # number ends its sentence ("No. 10 Downing Street", "the No. Two seed" go on)
        return True
    if bare in _ABBREVIATIONS:
        return False
    if first.isdigit() and bare.isdigit():
        return True
    return True


#: a place (one to three capitalised words) and "time" after a clock: "Moscow time"
_PLACE_TIME = re.compile(r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+[Tt]ime\b")
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


#: a verb before the next comma: what follows is a clause, not a phrase
_VERB_FOLLOWS = (
    # ("after U.N. inspectors reported": an initial's full stop ends no sentence)
    # (a line break ends the search: "after four-year refit" closing a headline is a phrase)
    r"(?=(?:[^,.;:\n]|\.(?=\S)|(?<=\b[A-Z])\.)*?\b(?:[a-z]{2,}ed|[a-z]{3,}ing|was|were|is|are|had|has|have|did|made|took|cut"
    r"|went|came|fell|rose|won|lost|left|began|said|told|got|gave|held|met|hit|struck|shut|ran"
    r"|became|saw|found|sank|drew|grew|flew|fled|sent|paid|sold|bought|kept|led|took"
    r"|broke|spoke|wrote|chose|drove|stood|fought|caught|built|brought|threw|blew|stole"
    r"|will|would|can|could)\b)"
)
_CLAUSE_FOLLOWS = re.compile(_VERB_FOLLOWS)
#: "opens on Saturday after eight years of planning": with no comma before the joiner, a word
#: in "-ing" after "of" is a noun ("years of planning"), no verb of a clause
_CLAUSE_FOLLOWS_PLAIN = re.compile(
    _VERB_FOLLOWS.replace("|[a-z]{3,}ing|", r"|(?<!\bof\s)[a-z]{3,}ing|")
)
#: "while the crew was lining up for lunch", "while driving home": a "while" before something
#: under way tells when, inside the same event; "while sales in Europe fell" sets another beside it
_WHILE_UNDER_WAY = r"while\s+(?:(?:[\w'’-]+\s+){0,4}?(?:was|were|is|are)\s+)?[a-z]{2,}ing\b"
_WHILE_TELLS_WHEN = re.compile(r"\s+while\s|,\s+" + _WHILE_UNDER_WAY)
#: "after", "before", "as" join two events only when a clause follows ("after the company cut
#: its outlook"), not a phrase ("after Andrew Johnson in 1868", "as a kitchen boy")
_PHRASE_JOINER = re.compile(r"(?:after|before|as)\s+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    # "(Nasdaq: HLXN)": a colon inside brackets is a label, not a break
    r"\s*(?:;|:(?!\d)(?![^()\n]*\))|\s[—–]\s|\s--\s|—|–(?=\s))\s*"
    r"|,\s+(?=(?:but|(?!" + _WHILE_UNDER_WAY + r")while|whereas|although|though|yet|so|because"
    r"|since|when)\s)"
    # ", after the company cut its outlook": a clause; ", after a revolt", ", as chief
    # executive": a phrase of the same event
    r"|,\s+(?=(?:after|before|as)\s" + _VERB_FOLLOWS + ")"
    # (", after two years working in a shop": a length before the event, no clause of its own)
    r"(?!(?:after|before)\s+(?:(?:more\s+than|almost|nearly|about|some)\s+)?(?:a|an|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:years?|months?|weeks?"
    r"|days?|hours?|decades?)\b)"
    # ("all but 3,200 homes", "nothing but rubble": "but" that means "except" joins nothing)
    r"|(?<!\ball)(?<!\bnothing)(?<!\banything)(?<!\beverything)(?<!\bnone)\s+(?=but\s)"
    # "early Saturday, a day after bomb blasts killed 80": the blasts are another event
    # (", 36 days after the vote, ending ...": a phrase that counts from another moment, not
    # another event)
    # (", exactly a year after the water rose", ", 20 years to the day after the disaster")
    r"|,\s+(?=(?:(?:exactly|almost|nearly|just|precisely)\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|several|some|\d+)\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:to\s+the\s+day\s+)?"
    r"(?:(?:after|before)\s"
    + _VERB_FOLLOWS
    # (", two months later than planned" compares, it counts from no moment)
    + r"|(?:later|earlier)\s(?!than\b)))"
    # "on Sept. 6 and four days after Maria became a hurricane": "and" before another offset
    r"|\s+and\s+(?=(?:(?:a|an|one|two|three|four|five|six|several|some|\d+)\s+)"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s)"
    # ", and it plans to ...", ", and officials said ...": a new subject, a new event
    # ", and in November we ran out", ", and then I will stop": a time or "then" may come first
    # ", and the airport cancelled 1,200 flights": a new subject with a past verb
    r"|,\s+(?=and\s+(?:(?:(?:then|(?:in|on|by|at)\s+(?:[\w.]+\s+){0,4}?)\s*)?"
    r"(?:it|he|she|they|we|I|there|(?:[\w'’.-]+\s+){1,4}(?:said|says|told))\s"
    r"|(?:the|a|an|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:[a-z]{3,}ed|fell|rose|won|lost|left|began|took|made|went|came|fled|sank|held|sold"
    r"|bought|built|brought|paid|spent|kept|found|grew|broke"
    # ", and the roof was already alight", ", and the cottages have stood empty since"
    r"|was|were|had|have|has)\s"
    # ", and Yugoslavia broke off relations": a name may be the new subject too
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+"
    r"(?:[a-z]{3,}ed|broke|fell|rose|won|lost|left|began|took|made|went|came|fled|sank|held"
    r"|sold|struck|shot|sent|gave|threw|drew)\s"
    # ", and engineers restored supply by 7am": a bare plural or a mass noun as the subject
    r"|(?!(?:was|were|is|are|has|have|had|will|would|then|later|also|still|again|so|not"
    r"|never|eventually|finally|quickly|soon|later)\s)[a-z]{3,}(?<!ly)\s+"
    r"(?:[a-z]{3,}ed|fell|rose|won|lost|left|began|took|made|went|came|fled|sank|held|sold"
    # ", and landlords bought the terraces"
    r"|struck|shot|sent|gave|threw|drew|bought|built|brought|paid|spent|kept|found|grew|broke)\s"
    # ", and output triples by 1916": a chronology's present tense after a singular noun
    r"|(?!(?:was|is|has|then|later|also|still|again|so|not|never|soon)\s)[a-z]{2,}[a-rt-z]\s+"
    r"(?!(?:was|is|has|and|or)\s)[a-z]{3,}s\s))"
)
#: "closed in January 2023 and is still empty": a second verb after the dated one tells
#: another event
_MONTH_OR_DAY_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_AND_VERB = re.compile(
    # "and we will finish it": a pronoun subject may come before the second verb
    # "and Mensah scored in the 23rd minute": a name may be the second verb's subject
    # ("between February and April was": a month or a day is no subject, but the range's end)
    r",?\s+and\s+(?=(?:(?:he|she|we|they|I|(?!" + _MONTH_OR_DAY_NAME + r")[A-Z][a-z]{2,})\s+)?"
    r"(?:[a-z]+ed|is|was|were|are|has|have|had|will"
    r"|kept|made|took|left|won|lost|began|met|went|came|held|sent|paid|fled|sold|bought|told|gave"
    r"|got|ran|fell|rose|brought|found|spoke|fought|caught|thought|sought|threw|wrote|broke|chose"
    r"|drove|stood|swore|tore|withdrew|froze|hid|laid|shot|spent|stole|struck|swept|knew|grew|said"
    r"|drew|blew|felt|heard|built|lent|led|fed|sank|sat|rang|swam|woke|won|shut"
    # "appeared in court on Monday and did not apply for bail": an act not done is another
    # event ("was sick on Monday and didn't know if ...": a state of mind goes with it)
    r"|did(?:\s+not|n't|n’t)\s+(?!(?:know|think|want|expect|feel|believe|remember|understand"
    r"|realise|realize|care|mind)\b)[a-z]+"
    # "was evacuated on Thursday and taken to Djibouti", "was uploaded on Sept. 19, 2022, and
    # shows a drill": a participle or a present verb after "and" is another event too
    r"|taken|given|seen|shown|driven|flown|thrown|shows|says|remains|appears"
    # "was charged in October 2018 and denies all charges", "was born in 1978 and lives in
    # Vilnius": a state told in the present after a dated past
    r"|lives|denies|faces|works|owns|runs|serves|awaits|insists|maintains|disputes|hopes"
    r"|continues|plans|intends|expects|aims|wants|needs)\s)"
)
#: "and verified by", "and geolocated by": a second participle with its agent
_AND_PARTICIPLE_BY = re.compile(r",?\s+and\s+[a-z]{3,}ed\s+by\s")
#: "Footage filmed on", "Images posted to Telegram on": a noun and its participle open the
#: clause, with no verb of the clause before the time
_PARTICIPLE_NOUN_FIRST = re.compile(
    r"(?:(?:the|a|an|this|these|new)\s+)?(?:[A-Z]?[a-z'’-]+\s+){1,2}?[a-z]{3,}ed\s"
    r"(?:(?!\b(?:is|are|was|were|has|have|had|will|would)\b)[^,;:])*$",
    re.IGNORECASE,
)


#: "lasted 78 days", "took six days of counting": the length of the event just told
_HOW_LONG = re.compile(
    r"(?:lasted|took)\s+(?:(?:about|nearly|almost|more\s+than|less\s+than|just|only|over"
    r"|some|roughly)\s+)*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|several|a\s+few|\d[\d,.]*)\s+(?:[a-z]+\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
#: what a court ordered at the hearing just told: "and sentenced to", "and remanded in custody"
_SAME_HEARING = re.compile(
    r"(?:sentenced|jailed|remanded|fined|banned|disqualified|bailed)\s+(?:to|for|in|until|from)\b"
)
#: "and said on ", "and left late on ": a second verb right before the time
#: ("and was fired in January 2023": a passive's auxiliary opens the second verb's clause)
_AND_VERB_TIME = re.compile(
    r"\s+and\s+(?P<aux>(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?)(?P<verb>[a-z]+)\s+"
    r"(?:(?:on|at|in|late|early)\s+)*$"
)
_ATTRIBUTION_VERBS = (
    r"(?:said|says|say|told|reported|added|wrote|announced|stated|noted|explained|claimed"
    r"|warned|confirmed|showed|show|shows|believe|believes|suspect|suspects"
    # a live page's present tense: "Income tax thresholds will be frozen, the chancellor
    # confirms."
    r"|confirms|adds|warns|announces|claims|notes|explains|writes)"
)
_ATTRIBUTION_TAIL = re.compile(
    r"[,.!?][\"'”’]*\s+(?:according\s+to\s+[^,]{2,80}|per\s+(?:the\s+)?[^,\s]+(?:\s+[^,\s]+){0,3}"
    # ", the court heard", ", jurors were told on Monday": a trial's evidence as it was given
    r"|(?:(?:the|a)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?i:court|jury|jurors|inquiry|inquest|tribunal"
    r"|hearing|trial)\s+(?:heard|(?:was|were)\s+told)(?:\s+(?:on\s+)?[\w'’.-]+){0,6}"
    # ", when videos posted by residents showed fires": a clause of its own, no source
    r"|(?!(?:when|while|where|after|before|as|because|since|until|if|and|but)\s)"
    r"(?:[\w'’.-]+\s+){0,6}"
    # ", the union's secretary general, Akelo Misori, told reporters": a title, then the name
    # set off by commas
    r"(?:[\w'’.-]+,\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+)?(?<!\bto\s)"
    # ", 75 more deaths were reported": a passive tells the event, nobody says it
    # (looked behind only where a verb of saying begins: the search tries every word)
    r"(?=[a-z]{3,}\b)(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    + _ATTRIBUTION_VERBS
    + r"(?:\s+(?:on\s+)?[\w'’.-]+){0,6})"
    r"[\"'”’]*[.!?]?[\"'”’]*$"
)
#: ", the Labor Department said Friday," inside a sentence: it closes the clause before it
_ATTRIBUTION_MIDDLE = re.compile(
    r",\s+(?:according\s+to\s+[^,]{2,60}|(?:[\w'’.-]+\s+){0,6}?"
    + _ATTRIBUTION_VERBS
    # (", said the findings, first presented in October, should ...": a saying whose object
    # follows it is a report's lead, no aside)
    + r"(?!\s+(?:the|a|an|its|their|his|her|this|these|those)\s+[a-z]+,)"
    + r"(?:\s+[\w'’.-]+){0,3}?)(?=,\s)"
)
#: a saying verb alone after a relative or participle clause: "issued on Monday said."
_SAYS_AFTER = re.compile(r"\s+" + _ATTRIBUTION_VERBS + r"[\"'”’]*[.!?]?[\"'”’]*\s*")
#: ", adding that": a further report joined to the one told
_ADDING = re.compile(r",\s+(?:adding|noting|insisting)\s+that\s")
#: "The Joint Chiefs of Staff said the missiles were fired ...": the speaker before the report
_ATTRIBUTION_LEAD = re.compile(
    # "Jurors heard that ...", "The court was told that ...": a trial's evidence, not the event
    # ("which was added to the register in 1998": a passive is the event, nobody's saying)
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    # ("2,911 laboratory-confirmed cases": a word after a hyphen is no verb)
    r"(?<!-)\b(?:said|says|say|confirms?|announces?|told(?:\s+[\w'’-]+){1,6}?(?=\s+that\s)"
    # "Captain Ian Sewell told the inquiry the pumps had failed at about 2am": evidence given
    # to a hearing, with no "that"
    r"|told\s+(?:the\s+)?(?:inquiry|court|jury|jurors|inquest|tribunal|hearing|committee|MPs"
    r"|magistrates)(?=\s+(?:the|a|an|his|her|their|its|he|she|they|it|there)\s)"
    # ("Skyline Air reported a pre-tax profit of £212m": results reported are the event)
    r"|reported(?!\s+(?:a|an|its|their|record)\s+(?:[\w'’£$€.,%-]+\s+){0,4}?(?:profits?|loss|losses"
    r"|revenues?|sales|income|earnings|rise|fall|drop|increase|decline|surplus|deficit|results)\b)"
    r"|reports?(?=\s+that\s)"
    r"|(?:heard|was\s+told|were\s+told)(?=\s+that\s)|announced|confirmed|added|stated"
    # "The pathologist testified that the wound was made by a blade": evidence given in court
    r"|testif(?:ied|ies|y)(?=(?:\s+[\w'’-]+){0,6}?\s+that\s)"
    # "The inquiry found that the consultancy received £186,000": a finding is a report
    r"|(?:found|concluded|finds|concludes)(?=\s+that\s)"
    # "The cabinet voted on 23 July that the school should close in July 2026": a decision
    # is said, and what it decided is its report
    r"|(?:voted|ruled|decided|agreed|resolved)(?=(?:\s+[\w'’-]+){0,4}?\s+that\s)"
    # "Tracking data show the tanker ...": records are a source before a report ("showed no
    # emotion", "a video shows flooding": one thing showing another is an event)
    r"|noted|claim(?:s|ed)|warned|estimate[sd]?|believes?"
    # "Police will allege he stabbed the guard", "Notice is hereby given that the meeting
    # will be held", "The Board has determined that", "asked why the government had ...":
    # a charge, a notice, a ruling or a question put before what it is about
    r"|allege[sd]?|alleging|is\s+hereby\s+given(?=\s+that\s)|determined(?=\s+that\s)"
    r"|asked\s+(?:why|whether|if)"
    # (the word is matched before the words before it are looked at: the search tries every
    # position)
    r"|show(?<!\bto\sshow)(?<!\bnot\sshow)(?<!\bwill\sshow)(?<!\bwould\sshow)"
    r"(?<!\bcould\sshow)(?<!\bcan\sshow))"
    # "said after the hearing that ...": where it was said, then the report
    r"(?:\s+(?:after|at|in|on|during|before|outside|from)(?:\s+[\w'’-]+){1,4}?(?=\s+that\s))?"
    r"(?:\s+that)?\s+"
)
#: words that join two events; a "then" that opens the second is a conjunction too, left out
#: of it as "and then" is ("hit Naples on Sunday, then struck Marco Island at 3:35 p.m."). A
#: comma before a pronoun subject starts another ("Born March 3, 1931, in El Paso, she moved
#: ... in 1940")
_JOINER = re.compile(
    r",?\s+(?:(?:and|but|while|because|whereas),?\s+(?:then\s+)?|then\s+)"
    r"|,?\s+as\s+|,\s+(?=(?:he|she|they|we|I)\s+[a-z]+)"
    # "have risen sharply since 2023, with 2,911 cases recorded in 2024": a phrase with a
    # time of its own tells another fact
    r"|,\s+with\s+"
    r"|,?\s+(?:after|before)\s+(?![a-z]+ing\s)"
    # "took the town on Monday before withdrawing on Wednesday": a gerund with a time of its
    # own is another event ("after deliberating for three hours" is how long, no time)
    # ("after voting ends across the EU": a noun in "-ing" and its verb, a clause)
    r"|,?\s+(?:after|before)\s+(?=[a-z]+ing\s+(?!(?!(?:its|his|this|was|has|as|us)\s)[a-z]+s\s)"
    r"(?:[\w'’-]+\s+){0,5}?(?:on|in|at)\s)",
    re.IGNORECASE,
)
_LEADING_CONJUNCTION = re.compile(
    # "As of 9 October, 18:00, ...": "as of" tells the time, it joins nothing
    r"(?:and|but|yet|or|as(?!\s+of\b)|while|whereas|although|though|because|(?-i:that)"
    # ", so anyone affected could fall ill until 23 August", ", including the bakery my
    # grandfather opened in 1968": what joins the clause to the one before is no part of it
    r"|(?-i:so)(?!\s+(?:far|much|many|long|that|too|called)\b)|(?-i:including)"
    # "Then the roof collapsed in January 1996": "then" that opens a clause before its subject
    # ("Then came the flood": it opens the clause itself)
    r"|then,?(?=\s+(?:the|a|an|he|she|they|we|i|it|its|their|his|her|our)\s))\s+(?!far\b)",
    re.IGNORECASE,
)
_CUT_JOINER = re.compile(r"(?:after|before)\s+", re.IGNORECASE)
#: "after two years working abroad", "after nine years in charge": a length before the event
_AFTER_A_LENGTH = re.compile(
    r",?\s+(?:after|before)\s+(?:(?:more\s+than|almost|nearly|about|some)\s+)?(?:a|an|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:years?|months?|weeks?"
    r"|days?|hours?|decades?)\b",
    re.IGNORECASE,
)
_WHEN_CUT = re.compile(r"when\s+")
_AND_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?=(?:the|a|an|its|their|his|her|he|she|they|we|it)\s"
    # ", and explosions were heard": a bare plural before its verb is a subject of its own
    r"|[a-z]{3,}s\s+(?:were|are|have|had|will|would|could)\s)"
)
_WHEN_AFTER_TIME = re.compile(r",\s+when\s")
#: " and a hospital was hit": "and", a noun with its article and the noun's own verb
_AND_SUBJECT = re.compile(
    r"\s+and\s+(?=(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:was|were|is|are|had|has|have)\s)"
)
#: "... and that a hospital was hit": a second report joined to the first
_AND_THAT = re.compile(r",?\s+(?:and|but)\s+that\s+(?=[\w\"“])")
#: what opens an aside in the middle of a clause: ", when ...", ", after ...", ", as ..."
_ASIDE_OPENER = re.compile(
    r"(?:when|while|whereas|although|though|because|since|after|before|as)\s"
)
#: ", and is now due", ", and was closed": a second verb of the main clause's subject
_AND_BARE_VERB = re.compile(
    r",\s+(?:and|but)\s+(?=(?:is|are|was|were|has|have|had|will|would|could|may|might|can"
    r"|[a-z]{3,}ed)\s)"
)
_PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|we|i|it)\b", re.IGNORECASE)
#: "Prosecutors said she began ...": a plural speaker is not the "he" or "she" of the report
_PLURAL_SPEAKER = re.compile(
    r"(?:\b[a-z]+[^s'’\s]s|officials|prosecutors|police|investigators|authorities|witnesses"
    r"|lawyers|analysts|experts|sources|officers|diplomats|lawmakers|regulators|critics"
    r"|residents|researchers|relatives|organizers)"
    # "Police will allege he ...", "Prosecutors have alleged she ...": a modal before the verb
    r"(?:\s+(?:will|would|also|may|might|could|can|have|had|did|do))*\s*$",
    re.IGNORECASE,
)
_SINGULAR_PRONOUN = re.compile(r"(?:he|she)\b", re.IGNORECASE)
#: "told a jury on Thursday that she warned her bosses in May 2016", "testified on Monday that
#: he saw the van at 11pm": a witness's own past deed, told as evidence, is the event itself
_PRONOUN_PAST_DEED = re.compile(
    r"(?:he|she)\s+(?:had\s+)?(?:(?:first|then|also|last|only|personally)\s+)?"
    r"(?!(?:need|feed|bleed|breed|speed|proceed|succeed|exceed)\b)(?:[a-z]+ed|saw|found|met|went"
    r"|came|took|made|left|sent|gave|told|heard|held|kept|ran|drove|rang|bought|sold|spoke|wrote"
    r"|began|fled|hid|stole|struck|hit|seen|spoken|written|begun|given|taken|driven)\b"
)
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\b[^,]*,\s+")
#: the greeting that opens a letter to the editor: "Sir, ", "Dear Editor, ", "Madam - "
_SALUTATION = re.compile(
    r"(?:Sir|Madam|Dear\s+(?:Sir|Madam|Editor)(?:\s+or\s+Madam)?|Sir\s+or\s+Madam)"
    r"(?:,|\s+[—–-])\s+(?=[A-Z])"
)
#: "1/ New satellite imagery ...": the counter of a post in a thread
_THREAD_COUNTER = re.compile(r"\d{1,3}/\d{0,3}\s+")
#: a clock stamp that opens a live-blog entry without a mark after it ("14:15 EST Protesters")
_CLOCK_STAMP = re.compile(
    r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|\d{1,2}\s*[ap]\.?m\.?", re.IGNORECASE
)
#: "BEIJING, March 5 (Xinhua) -- ", "SAN DIEGO, Jan. 10, 2024 /PRNewswire/ -- ": the city
#: before a dateline's date, and what follows the date up to the story
_DATELINE_CITY = re.compile(r"[A-Z][A-Z.'’ -]+,(?:\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*,)?\s+")
_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Update|Correction")
#: "Vienna, 6 May 2025 — ": a press release's city in ordinary capitals, at a paragraph's head
_TITLE_CITY = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+")
#: a label in capitals between a stamp and its entry: "12:30 p.m. ET — BREAKING: ..."
_ENTRY_LABEL_AFTER_STAMP = re.compile(
    r"[ \t]*(?:[:—–-]|--)?[ \t]*(?:BREAKING(?:[ \t]+NEWS)?|UPDATED?|LATEST|JUST[ \t]+IN|WATCH"
    r"|ANALYSIS|EXCLUSIVE|CORRECTION|CONFIRMED|DEVELOPING)[ \t]*"
)
#: a label on a line of its own between a live page's stamp and its entry ("14:05", then
#: "BREAKING", then "Police have declared a major incident ..."): it names the entry, and the
#: stamp still heads the entry under it
ENTRY_LABEL_LINE = re.compile(
    r"[ \t]*(?:BREAKING(?:[ \t]+NEWS)?|UPDATED?|LATEST|JUST[ \t]+IN|WATCH|ANALYSIS|EXCLUSIVE"
    r"|CORRECTION|CONFIRMED|DEVELOPING|PINNED(?:[ \t]+POST)?|KEY[ \t]+(?:EVENT|POINT|UPDATE))"
    r"[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
#: one word that names an entry before its stamp: "Update, 4:40 p.m.:", "Correction, 15:30:"
_STAMP_LABEL = re.compile(r"[A-Z][\w'’]*,[ \t]+")
#: after the date: the agency and the dash ("(Xinhua) --", EFE's "(EFE).-"), or a colon as
#: South Asian papers set it ("Islamabad, Nov 27 (APP): ", "KATHMANDU, Nov 28: ")
_DATELINE_TAIL = re.compile(r"\s*(?:\([\w -]+\)\.?|/[\w -]+/)?\s*(?:—|–|--|-|:)\s+")
_STAMP_MARKS = frozenset([":", "—", "–", "--"])
#: "was founded in 1987, went public in 1996 and was bought in 2008": after a time, a comma
#: and a past verb start the next event of a list
_LIST_JOINER = re.compile(
    # ("re-elected in 2019": a prefix before its hyphen)
    r",\s+(?=(?!(?:compared|based|adjusted|scheduled|expected|called|named)\s)"
    r"(?:(?:re|co|de|un|pre)-)?(?:[a-z]{3,}ed"
    r"|went|led|won|lost|left|made|took|came|began|fled|held|kept|met|paid|sent|sold|bought"
    r"|struck|fell|rose|cut|spent|built|told|gave|got|ran|became|drew|grew|flew|shut)\s)"
)
#: "reached 13.9 feet on Monday, breaking a record set in 1960": the participle tells the
#: other time's event; the event before it keeps the participle
_PARTICIPLE = re.compile(r",\s+(?=[a-z]{3,}ing\s)")
_QUOTES = '"“”'
_OPENING_QUOTES = '"“'
_CLOSE_QUOTE_ATTRIBUTION = re.compile(
    r",[\"”]\s+(?:[\w'’.-]+,?\s+){0,8}?" + r"(?:said|says|told|added|wrote)\b"
)
_REOPENED_QUOTE = re.compile(r",\s*[\"“]")
#: a letter writer's or columnist's feeling about news read or heard, before the news
_GLAD_TO_READ = re.compile(
    r"(?:I|We)\s+(?:was|were|am|are)\s+(?:(?:so|very|most)\s+)?(?:delighted|pleased|glad"
    r"|sorry|saddened|surprised|shocked|astonished|dismayed|disappointed|relieved|interested"
    r"|appalled|horrified|amazed|alarmed)\s+to\s+(?:read|hear|learn|see|discover)\s+"
    r"(?:\([^)]{1,60}\)\s+)?(?:that\s+)?"
)
#: "According to the ministry, ": a source that leads the clause
_ACCORDING_LEAD = re.compile(r"according\s+to\s+[^,;:\"“”]{2,80},\s+", re.IGNORECASE)
#: the quotation taken up again after its speaker: '," she said, "'
_RESUMED_QUOTE = re.compile(
    r"[,.][\"”]\s+(?:[\w'’.-]+,?\s+){0,8}?(?:said|says|told|added|wrote)\b[^\"“”]{0,40}?[,.:]\s*[\"“]"
)
#: "..., which", "a black man who": not "tried to find who set off the bombs"
#: ", which settled", ", who died": a relative clause set off by a comma, its verb told (not
#: a period's end: ", which ended Aug. 31" bounds the quarter before it)
_CLOSING_RELATIVE = re.compile(
    r",\s+(?:which|who)\s+(?!(?:ends?|ended|ending|runs?|ran|began|begins|starts?|started)\b)"
    r"(?:[a-z]+\s+)?[a-z]{2,}"
)
_FRONTED_MARK = re.compile(r"^[ \t]*[,:]")
_RELATIVE_PRONOUN = re.compile(
    r"(?:,|\b(?!(?:find|know|see|ask|asked|determine|decide|tell|say|learn|show|explain|wonder"
    r"|understand|identify)\b)[\w’'.]+)\s+(?:which|who|whom|whose)\b"
)
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
        "here",
        "there",
    }
)
_RELATIVE_OPENER = re.compile(
    r"(?:who|whom|which|whose|where|(?:(?:first|later|originally|once|already|then|since|recently"
    r"|previously|last)\s+)?[a-z]+(?:ed|en|ing)|(?:first\s+)?(?:held|run|built|born|shot|struck"
    r"|won|made|set|hit|seen|sold|bought|found|kept|led|lost|paid|sent|spent|told|caught|begun))\b"
)
_WORD = re.compile(r"[\w'’-]+")
#: the time right before the "that" of a saying: "said in a letter filed on May 19 that"
_SAYING_THEN_THAT = re.compile(r"\s+that\s")
_REPORT_THAT = re.compile(r"\bthat\s+")
#: verbs of saying whose words after them are a report even without "that" ("added a warning
#: label" is not one: "added" with an object is the event)
_SAY_VERBS = ("said", "says", "say", "told", "stated", "noted")
#: a verb that makes the words after a saying a clause ("confirmed the ship had sunk")
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|had|has|have|will|would|could|can|should|must|did|[a-z]{3,}ed"
    r"|went|came|fell|rose|won|lost|left|began|took|made|hit|struck|fled|sank|died|broadcast|sent"
    r"|sold|built|shot|held|kept|paid|met|fought|spent"
    # ("testified that she found the cars there on 2 March", "said that he saw the van")
    r"|found|bought|brought|saw|gave|ran|drove|wrote|spoke|stole|hid|heard|rang|caught|threw"
    r"|broke|became|grew|flew|drew|chose)\b"
)


#: "in a televised statement": a participle after an article describes a noun
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s$")


def _finite_verb(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` holds a verb that makes it a clause."""
    for m in _FINITE_VERB.finditer(text, lo, hi):
        if not _ARTICLE_BEFORE.search(text, max(lo, m.start() - 4), m.start()):
            return True
    return False


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
    bullet = _BULLET.match(text, s_start, start)
    if bullet is not None:
        s_start = bullet.end()  # "• March 6: Police clear the square": the list's mark
    elif s_start == 0 or text[s_start - 1] == "\n":
        label = _ANSWER_LABEL.match(text, s_start, start)
        if label is not None and _QUESTION_LABEL.search(text, 0, s_start):
            # "A. A second wing, we hope by 2002.": an interview's turn, after its question ("A.
            # J. Smith was appointed" with no question before it is a name)
            s_start = label.end()
    salutation = _SALUTATION.match(text, s_start, start)
    if salutation is not None and (s_start == 0 or text[s_start - 1] == "\n"):
        s_start = salutation.end()  # "Sir, Your editorial of 3 November ...": a letter's greeting
    aside = _parenthetical(text, s_start, s_end, start, end)
    if aside is not None:
        return aside
    source = _DATED_SOURCE.search(text, max(s_start, start - 160), start)
    if source is not None and not any(start < a < s_end for a, _ in others):
        # "..., according to a trial published on Wednesday in the Lancet": the time dates the
        # source, told as its noun and participle, not what the source reports
        return source.start("noun"), s_end
    counter = _THREAD_COUNTER.match(text, s_start, start)
    if counter is not None:
        s_start = counter.end()
    dateline = _dateline_lead(text, s_start, s_end, start, end)
    if dateline is not None:
        # the date of a dateline dates the story's lead: its clause is the lead's first one
        lead_end = min((a for a, _ in others if a >= dateline), default=dateline)
        lead_time = (lead_end, next((b for a, b in others if a == lead_end), dateline + 1))
        # the lead ends with its paragraph even when the sentence splitter ran past it
        paragraph = text.find("\n", dateline, s_end)
        story = (dateline, s_end if paragraph < 0 else paragraph)
        if lead_end > dateline and _in_trailing_attribution(text, dateline, lead_end, story[1]):
            # "... on a Spanish warrant, Scotland Yard said on Saturday": the source's time
            # tells nothing of where the lead's own clause ends
            lead_time = (dateline, dateline + 1)
        _, right = clause_around(text, story, *lead_time, [o for o in others if o[1] <= story[1]])
        return start, right
    left, right = s_start, s_end
    if others and start - s_start > 12:
        first = min(others)
        if first[1] <= start and first[0] - s_start < 40:
            # "VELNOR, March 9 (Meridian Wire) - Maravia's opposition claimed on Monday ...":
            # a later time's clause leaves the dateline out, as the splitter does one with no date
            story_start = _dateline_lead(text, s_start, s_end, *first)
            if story_start is not None and story_start <= start:
                left = story_start
    for a, b in others:
        # "14:15 EST Protesters breached ...": the entry's own times leave its stamp out
        if a == left and b <= start and _CLOCK_STAMP.fullmatch(text, a, b):
            rest = text[b:start].lstrip()
            if rest[:1].isupper():
                left = b
    for m in _CLAUSE_BREAK.finditer(text, s_start, s_end):
        mark = text[m.start() : m.end()].strip()
        if m.end() <= start:
            if mark in _STAMP_MARKS and _only_times(text, left, start, others):
                continue  # "9:15 a.m.: The Met Office ...": a stamp heads the entry it dates
            if mark == ":" and _headline_label(text, s_start, s_end, m.start()):
                continue  # "Bin strike: collections to resume next week": a headline's label
            if mark in ("", ",") and _in_trailing_attribution(text, m.end(), start, s_end):
                # "had been scheduled to start on Monday but was delayed by a day, the North
                # said on Saturday": the saying's time dates all that was said before it
                continue
            if (
                mark == ","
                and text.startswith("and", m.end())
                and text.find(",", left, m.start()) >= 0
                and not _finite_verb(text, left, m.start())
            ):
                continue  # "Police, paramedics, and the coastguard were called": a list
            left = m.end()
        elif m.start() >= end:
            if _in_single_quote(text, left, m.start()):
                # "wrote that the resident was 'breathing but not responding'": words quoted
                # in single marks are one thing said
                continue
            if (
                not text[end : m.start()].strip()
                and text.startswith("when", m.end())
                and not _when_has_a_date(text, m.end(), s_end, others)
            ):
                # "since April 20, when the rig exploded": the when tells the date ("in the
                # summer of 2022, when the company imposed a ban from 12 August": a when with
                # times of its own is another event)
                continue
            # "Thursday, Oct. 2, 9 a.m.: Hearing ...": a stamp may be several times
            if (
                mark in _STAMP_MARKS
                and (
                    _only_times(text, left, start, others)
                    or _STAMP_LABEL.fullmatch(text, left, start) is not None
                )
                and _only_times(text, end, m.start(), others)
            ):
                # the stamp itself ("Update, 4:40 p.m.: An earlier version ..." too): its
                # clause is the entry it heads
                continue
            if (
                mark == ":"
                and _ENTRY_LABEL_AFTER_STAMP.fullmatch(text, end, m.start()) is not None
                and _only_times(text, left, start, others)
            ):
                # "12:30 p.m. ET — BREAKING: A second span has fallen.": a label of the entry
                # after its stamp, and the entry goes on after its colon
                continue
            if (
                mark == ":"
                and text[m.start()] == ":"
                and _finite_verb(text, m.end(), s_end)
                and not any(m.end() <= a < s_end for a, _ in others)
                and not _QUOTE_AFTER_COLON.match(text, m.start())
                and not _in_single_quote(text, left, m.start())
            ):
                # "13:45 The exchange is over: 250 prisoners were handed over for 244": what
                # the colon opens tells the same event, with no time of its own
                continue
            if (
                mark == ":"
                and _QUOTE_AFTER_COLON.match(text, m.start())
                and _SAYING_VERB.search(text, left, m.start())
            ):
                # 'The mayor said on Monday: "We will reopen the pool on July 1."': the dated
                # saying is all of it, its words too
                continue
            fronted = not text[end : m.start()].strip() and not _tells_an_event(text, left, start)
            if fronted and text[m.start()] == ",":
                continue  # "In March 2020, as the pandemic shut its stores, the company ..."
            if _WHY_OR_WHEN.match(text, m.start()) and not any(a >= m.end() for a, _ in others):
                # "fell 18% in the 26 weeks to 28 June, as shoppers bought fewer large items",
                # "reported him missing at 11pm, after he failed to return": with no time of
                # its own, the clause after tells why or how the dated event came about
                continue
            right = m.start()
            break
    # (a participle's subject looks for a later time past a relative clause cut off here)
    whole_right = right
    right = _before_dated_relative(text, left, right, start, end, others)
    left, right = _quoted_part(text, left, right, start, end)
    inside = [(a, b) for a, b in others if left <= a and b <= right and (a, b) != (start, end)]
    left, right = _split_events(text, left, right, start, end, inside)
    if left > s_start and text[left - 2 : left] == ", " and _ASIDE_OPENER.match(text, left):
        # "was delayed in June, when contractors found asbestos, and is now due to finish in
        # December": ", and" before a verb with no subject of its own closes the aside, and
        # what follows goes on with the main clause's subject
        closed = None
        for m in _AND_BARE_VERB.finditer(text, left, start):
            closed = m
        if closed is not None:
            left = closed.end()
    # (most clauses hold no "and": a plain find spares the pattern's scan)
    second_verb = _AND_VERB.search(text, end, right) if text.find("and", end, right) >= 0 else None
    if (
        second_verb is not None
        # ("Update, 12:20 BST: Trains between Tarrow and Kelling are suspended": a label
        # before a stamp tells no event, and the stamp opens the clause)
        and _tells_an_event(text, _past_stamp_label(text, left, start), start)
        # "stated on December 8 that Assad had resigned and left the country": the time dates
        # the saying, and every verb of the report after it is what was said
        and not _SAYING_THEN_THAT.match(text, end)
        # "began on Jan. 6 and lasted eight days": how long the same event ran
        and not _HOW_LONG.match(text, second_verb.end())
        # "Footage filmed on Tuesday and verified by this newspaper shows ...": a second
        # participle of the subject's noun, no verb of its own
        and not (
            _AND_PARTICIPLE_BY.match(text, second_verb.start())
            and _PARTICIPLE_NOUN_FIRST.match(text, left, start)
        )
        # "was convicted in October 2022 and sentenced to nine years", "was refused bail on 4
        # November and remanded in custody": what the same hearing ordered
        and not _SAME_HEARING.match(text, second_verb.end())
        # "came in late 2016, when a logistics park opened and brought 3,000 jobs": a second
        # verb with no comma before it inside a "when" clause is that clause's
        and not (
            text[second_verb.start()] != ","
            and _WHEN_AFTER_TIME.search(text, end, second_verb.start()) is not None
        )
    ):
        # "At 10:14 p.m. the pilots reported smoke and asked to divert": a time that opens
        # the clause dates every verb after it; after the verb it dates that verb alone
        right = second_verb.start()
    new_clause = _AND_NEW_CLAUSE.search(text, end, right)
    if new_clause is not None and _finite_verb(text, new_clause.end(), right):
        # "Races in California were still undecided late Wednesday, and a recount in one Texas
        # district could take two weeks", "10:42 a.m. ET — Police say a tree fell onto the rail
        # line, and crews are clearing it": a clause with a subject of its own after ", and"
        # tells another event, with a time of its own or none
        right = new_clause.start()
    second = _AND_VERB_TIME.search(text, max(left, start - 40), start)
    if second is not None and _tells_an_event(text, left, second.start()):
        verb = second.group("verb").lower()
        if verb.endswith("ed") or verb in _IRREGULAR_PAST:
            # "Clinton condemned the attacks and said on Friday that ...": a time right after
            # the second verb dates that verb alone
            left = second.start("aux")
    and_clause = None
    for m in _AND_NEW_CLAUSE.finditer(text, left, start):
        and_clause = m
    if (
        and_clause is not None
        and _finite_verb(text, left, and_clause.start())
        and _finite_verb(text, and_clause.end(), start + 80)
        and not any(c in ",;:" for c in text[and_clause.end() : start])
    ):
        # "May was the sunniest month, and a heatwave from 9 to 12 July pushed temperatures
        # above 30C": a clause with a subject of its own after ", and" tells another event
        left = and_clause.end()
    # (most clauses hold no "and" before the time: a plain find spares the scans)
    has_and = text.find(" and ", left, start) >= 0
    new_subject = (
        max(_AND_SUBJECT.finditer(text, left, start), key=_match_start, default=None)
        if has_and
        else None
    )
    if (
        new_subject is not None
        and _finite_verb(text, left, new_subject.start())
        and not _SAYING_VERB.search(text, left, new_subject.start())
        and not _REPORT_THAT.search(text, left, new_subject.start())
        and not any(c in ",;:" for c in text[new_subject.end() : start])
    ):
        # "shelling resumed within hours and a hospital was hit at 3am on Monday": with a verb
        # of its own before it, "and" then a noun and its verb opens another clause (after a
        # saying, "said the mayor and the council were told", the nouns may be one subject)
        left = new_subject.end()
    and_that = (
        max(_AND_THAT.finditer(text, left, start), key=_match_start, default=None)
        if has_and or text.find(" but ", left, start) >= 0
        else None
    )
    if (
        and_that is not None
        and _finite_verb(text, left, and_that.start())
        and _finite_verb(text, and_that.end(), start + 80)
    ):
        # "said 14 people had been wounded and that a hospital was hit shortly before
        # midnight": the second thing reported is a report of its own
        left = and_that.end()
    left, right = _cut_middle_attribution(text, left, right, start, end)
    relative = (
        _relative_clause(text, left, right, start, end)
        or _apposition(text, left, right, start, end)
        or _participle_subject(
            text,
            left,
            start,
            end,
            [(a, b) for a, b in others if left <= a and b <= whole_right and a >= end],
        )
        or _reduced_relative(text, left, right, start, inside)
        or _restrictive_relative(text, left, right, start, end)
        or _appeal_relative(text, left, right, start, end)
        or _published_source(text, left, right, start)
        or _subject_relative(text, left, right, start, end, inside)
        or _closing_participle(text, left, right, start, others)
    )
    if relative is not None:
        left, right = relative
        if _SAYS_AFTER.fullmatch(text, end, right):
            # "..., a notification issued on Monday said.": the noun and its participle are
            # the source, the saying after it is no part of the clause
            right = end
    else:
        left = _drop_speaker(text, left, start, end, inside)
        according = _ACCORDING_LEAD.match(text, left, start) or _GLAD_TO_READ.match(
            text, left, start
        )
        if according is not None:
            # "According to the ministry, the shelling began ...", "I was delighted to read
            # that the Old Mill will reopen next spring": how the writer came to know it
            left = according.end()
        adding = _ADDING.search(text, end, right)
        if adding is not None:
            # "had concluded the exercise on 30th November, adding that 1.2 million voters
            # were captured": a further report the speaker added, no part of this one
            right = adding.start()
        tail = _ATTRIBUTION_TAIL.search(text, left, right)
        if (
            tail is not None
            and tail.start() >= end
            and tail.start() - left > 15
            and not _tells_a_report(text, tail.start(), tail.end())
        ):
            right = tail.start() + (1 if text[tail.start()] in ".!?" else 0)
    quotation = _quotation_before_attribution(text, s_start, start)
    if quotation is not None and quotation < left:
        # '"We have located a signal, and we hope to recover the boxes," a spokesman said on
        # Monday': the saying is dated, so what was said is all of it; the quotation's own
        # breaks and times tell nothing about where the saying begins
        left = quotation
    lead = _LEADING_CONJUNCTION.match(text, left, start)
    if lead is None and left > s_start and text[left - 2 : left] == ", ":
        # "..., when the company imposed a ban from 12 August": cut off the dated clause
        # before it, the "when" joins the two and belongs to neither
        lead = _WHEN_CUT.match(text, left, start)
    if lead is not None:
        left = lead.end()
    elif left > s_start and text[left - 2 : left].strip() == ",":
        # ", after the town council placed the measure on the ballot Tuesday night": the
        # joiner that the clause was cut at is not part of it
        joiner = _CUT_JOINER.match(text, left, start)
        if joiner is not None:
            left = joiner.end()
    if text.startswith(("Born ", "Born,"), left):
        # "Born on 2 February 1934 in Cray, she left school at 14": the birth is the event the
        # date tells, the clause after it another of the person's life
        life = _LIFE_AFTER_BIRTH.search(text, end, right)
        if life is not None:
            right = life.start()
        else:
            # "Born in Kerr in 1979, Dane played for the club between 1998 and 2010": a time
            # after the birth dates the life's clause, which starts at its subject
            life = _LIFE_AFTER_BIRTH.search(text, left, start)
            if life is not None:
                left = life.start("subject")
    while right > left and text[right - 1] in " ,;:—–-":
        right -= 1
    while left < right and text[left] in " ,;:—–-":
        left += 1
    left, right = _unquoted(text, left, right)
    if _stamp_heads(text, left, start, end, others):
        # '11:20 BST "We heard a huge bang," says a witness.': the entry is the quotation,
        # whole with its closing mark (the witness after it is left out as a speaker is)
        closing = _CLOSING_QUOTE.match(text, right)
        if closing is not None and sum(text.count(q, left, right) for q in _QUOTES) % 2 == 1:
            right = closing.end()
    if right - left < 12 or len(text[left:right].split()) < 3:
        return s_start, s_end
    return left, right


#: ", which ...", ", where ...": a relative clause set off after the noun it tells of
_DATED_RELATIVE = re.compile(r",[ \t]+(?:which|where|who|whom|whose)[ \t]")
_AND_OR_BUT = re.compile(r"\s(?:and|or|but)\s")


#: a short label that opens a headline: "Bin strike", "Storm Ingrid", "2025 in weather"
_LABEL_WORDS = re.compile(r"[\w'’.,&-]+(?:[ \t]+[\w'’.,&-]+){0,4}")


def _headline_label(text: str, s_start: int, s_end: int, colon: int) -> bool:
    """The colon at ``colon`` closes the label of a headline: the first line of the text, a
    short one with no full stop at its end, whose label is up to five words ("Bin strike:
    collections to resume next week"): the headline is one clause, label and all."""
    if text[:s_start].strip() or _LABEL_WORDS.fullmatch(text, s_start, colon) is None:
        return False
    line_end = text.find("\n", s_start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[s_start:line_end].rstrip()
    return (
        s_end <= line_end + 1
        and line_end < len(text.rstrip())  # a body follows it
        and len(line) <= 120
        and not line.endswith((".", "!", "?", ":", '"', "”", "'", "’"))
        and not _SAYING_VERB.search(text, s_start, colon)
    )


def _before_dated_relative(
    text: str, left: int, right: int, start: int, end: int, others: Sequence[tuple[int, int]]
) -> int:
    """ "Pickets were arrested on Monday outside the depot, which had been blockaded since
    June.": a relative clause that closes the clause with a time of its own tells of its noun
    and is that time's fact; the dated clause before it ends at its comma. Not when another
    time or a comma comes between (", creating ... and reuniting the trust, which was broken up
    in 1911": the relative hangs on a phrase of its own), nor when it tells of the time itself
    ("its fiscal first quarter, which ended Aug. 31")."""
    relative = _DATED_RELATIVE.search(text, end, right)
    if relative is None or relative.start() == end:
        return right
    between = text[end : relative.start()]
    if between.startswith(",") and len(text[left:start].split()) > 1:
        return right  # (a comma after the time closes a phrase unless the time opens the clause)
    if any(c in ',;:()"“”' for c in between.lstrip(",")) or _AND_OR_BUT.search(between):
        return right
    if any(c in ",;:" for c in text[relative.end() : right]):
        return right  # ("British Airways, which flies seven, cancelled ...": an aside)
    if any(end <= a < relative.start() for a, _ in others):
        return right
    if not any(relative.end() <= a and b <= right for a, b in others):
        return right
    return relative.start()


#: a clause that tells why or in what circumstances: ", as shoppers bought", ", after he"
_WHY_OR_WHEN = re.compile(r",\s+(?:as|after|before)\s")


#: ", she left school": the person's life told on after a birth's date and place
_LIFE_AFTER_BIRTH = re.compile(
    # ("Born in Kerr in 1979, Dane played ...": a name may be the subject, as a pronoun is)
    r",\s+(?P<subject>he|she|they|(?!(?:The|A|An|In|On|At)\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"\s+[a-z]"
)


#: "in 24 hours", "a decade": a length, not a date of the clause's own
_LENGTH_ONLY = re.compile(
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d[\d,.]*)"
    r"\s+(?:minute|hour|day|night|week|month|year|decade)s?",
    re.IGNORECASE,
)


_WHEN_CLAUSE_END = re.compile(r"[,;:]|\s(?:and|but)\s")


def _when_has_a_date(text: str, start: int, s_end: int, others: Sequence[tuple[int, int]]) -> bool:
    """The "when" clause at ``start`` holds a date of its own before its clause ends ("when
    the company imposed a ban from 12 August to 29 November")."""
    # (its own: before a comma or an "and" that may join the clause the when follows)
    stop = _WHEN_CLAUSE_END.search(text, start, s_end)
    last = stop.start() if stop is not None else s_end
    return any(start <= a < last and not _LENGTH_ONLY.fullmatch(text, a, b) for a, b in others)


#: the mark of a list item: "• ", "– ", "* "
_ANSWER_LABEL = re.compile(r"[QA]\.[ \t]+(?=[\"“A-Z0-9])")
_QUESTION_LABEL = re.compile(r"(?:^|\n)Q\.[ \t]+\S")
_BULLET = re.compile(r"[•·▪◦‣●■*–-][ \t]+")
#: what opens a bracketed time that belongs to the clause around it: "(on 12 March 2025)",
#: "(by 1 April at the latest)", "(from 18:30 on December 24)"
_BRACKET_PHRASE = re.compile(
    r"\s*(?:in|on|at|by|from|to|until|till|since|through|during|for|up|down|as|of|before|after"
    r"|around|about|circa|c\.|ca\.|between|then|now|and|or|i\.e\.|e\.g\.)\b",
    re.IGNORECASE,
)


def _parenthetical(
    text: str, s_start: int, s_end: int, start: int, end: int
) -> tuple[int, int] | None:
    """The words in brackets around the time when they tell a thing of their own: "(it shut the
    last of them in September 2025)", "(the stock's biggest gain since October)". A bracketed
    time alone ("(2021)") or a phrase that opens with a preposition ("(on 12 March 2025)")
    belongs to the clause around it."""
    opening = text.rfind("(", s_start, start)
    if opening < 0 or text.find(")", opening, start) >= 0:
        return None
    closing = text.find(")", end, s_end)
    if closing < 0 or text.find("(", end, closing) >= 0:
        return None
    if _BRACKET_PHRASE.match(text, opening + 1, start):
        return None
    words = _WORD.findall(text, opening + 1, closing)
    if len(words) < 3 or (
        not _tells_an_event(text, opening + 1, start) and not _tells_an_event(text, end, closing)
    ):
        return None
    if _PARTICIPLE_THEN.match(text, opening + 1) or _WHO_WHICH.match(text, opening + 1):
        # "The vote (held on March 3) was the first in a decade": a participle or relative
        # clause in brackets is its own fact with the noun it hangs on
        noun = _noun_before(text, s_start, opening)
        if noun is None and len(_WORD.findall(text, s_start, opening)) <= 6:
            # "The mayor (who took office in 2019)": the subject that opens the sentence
            noun = s_start if not _finite_verb(text, s_start, opening) else None
        if noun is None:
            return None
        return noun, closing + 1
    return opening + 1, closing


def _dateline_lead(text: str, s_start: int, s_end: int, start: int, end: int) -> int | None:
    """Where the story begins when ``text[start:end]`` is the date of a dateline at the head
    of the sentence ("BEIJING, March 5 (Xinhua) -- Premier Zhu said ...")."""
    if not _DATELINE_CITY.fullmatch(text, s_start, start) and not (
        (s_start == 0 or text[s_start - 1] == "\n")
        and _TITLE_CITY.fullmatch(text, s_start, start)
        and not _WEEKDAY_NAME.fullmatch(text, s_start, text.index(",", s_start))
    ):
        return None
    tail = _DATELINE_TAIL.match(text, end, s_end)
    return tail.end() if tail is not None and tail.end() < s_end else None


def _quoted_part(text: str, left: int, right: int, start: int, end: int) -> tuple[int, int]:
    """The quoted words alone when the time is in a quotation that an attribution follows:
    '"We will shut the plant on June 30," its chief executive told employees on Wednesday'
    dates the shutting, not the telling. A time in the attribution ends its clause where the
    quotation resumes (', "and we still do not know where it is."')."""
    straight = text.count('"', left, start) % 2 == 1
    if straight or text.rfind("“", left, start) > text.rfind("”", left, start):
        closing = _CLOSE_QUOTE_ATTRIBUTION.search(text, end, right)
        if closing is not None and not any(q in text[end : closing.start()] for q in _QUOTES):
            return left, closing.start()
        resumed = max(_RESUMED_QUOTE.finditer(text, left, start), key=_match_start, default=None)
        if resumed is not None and not any(q in text[resumed.end() : start] for q in _QUOTES):
            # '"I left Kyiv on Feb. 24," she said, "and I have not been back since April."':
            # the time in the quotation resumed after its speaker dates those words alone
            return resumed.end(), right
        return left, right
    reopened = _REOPENED_QUOTE.search(text, end, right)
    if reopened is not None and text.count('"', left, end) % 2 == 0:
        return left, reopened.start()
    return left, right


_SINGLE_OPEN = re.compile(r"(?<![\w'‘’])['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?![\w'‘’])")


def _in_single_quote(text: str, lo: int, at: int) -> bool:
    """``at`` lies inside a quotation in single marks opened after ``lo`` (an apostrophe in a
    word, "resident's", opens or closes none)."""
    if text.find("'", lo, at) < 0 and text.find("‘", lo, at) < 0:
        return False  # (most clauses hold none: a plain find spares the scan)
    opened = len(_SINGLE_OPEN.findall(text, lo, at))
    return opened > 0 and opened > len(_SINGLE_CLOSE.findall(text, lo, at))


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def _quotation_before_attribution(text: str, s_start: int, start: int) -> int | None:
    """Where the quotation that opens the sentence begins, when ``start`` lies in the
    attribution after it ('"...," Case told analysts on Monday')."""
    opening = s_start
    while opening < start and text[opening] in " \t\n":
        opening += 1
    if opening >= start or text[opening] not in _OPENING_QUOTES:
        return None
    closing = _CLOSE_QUOTE_ATTRIBUTION.search(text, opening + 1, start)
    if closing is None or any(q in text[opening + 1 : closing.start()] for q in _QUOTES):
        return None
    if any(q in text[closing.end() : start] for q in _QUOTES):
        return None  # the time is in the quotation taken up again after the speaker
    return opening


def _unquoted(text: str, left: int, right: int) -> tuple[int, int]:
    """Quotation marks that open or close a quotation outside the clause are left out, so are
    the two around a clause that is all quotation."""
    span = text[left:right]
    count = sum(span.count(q) for q in _QUOTES)
    if span[:1] in _OPENING_QUOTES and count % 2 == 1:
        return left + 1, right
    tail = right
    while tail > left and text[tail - 1] in ".,!?":
        tail -= 1
    if span[:1] in _OPENING_QUOTES and count == 2 and text[tail - 1 : tail] in _QUOTES:
        return left + 1, right - 1 if text[right - 1] in _QUOTES else tail - 1
    if count % 2 == 1 and text[right - 1] in _QUOTES:
        return left, right - 1
    return left, right


#: the mark that closes a quotation right after a clause, with its comma or stop
_CLOSING_QUOTE = re.compile(r"[,.!?]?[\"”]")
#: what follows a live blog's stamp before its entry: a mark, or a capital
_AFTER_STAMP = re.compile(r"[ \t]*(?:[:—–-]|--)[ \t]+|[ \t]+(?=[A-Z\"“])|[ \t]*\n")


def _stamp_heads(
    text: str, left: int, start: int, end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """The clock time at ``start`` is a live blog's stamp at the head of its entry: it opens
    its line (after a label such as "Update, " at most) and a mark or the entry follows it."""
    opening = _past_stamp_label(text, left, start)
    if opening != start or _CLOCK_STAMP.fullmatch(text, start, end) is None:
        return False
    line = start
    label = _STAMP_LABEL.match(text, left, start)
    if label is not None and label.end() == start:
        line = left
    if line > 0 and text[line - 1] != "\n":
        return False
    return _AFTER_STAMP.match(text, end) is not None


def _past_stamp_label(text: str, left: int, start: int) -> int:
    """``start`` when all before it from ``left`` is the one word that labels a stamp
    ("Update, " before "12:20 BST:"), else ``left``."""
    label = _STAMP_LABEL.match(text, left, start)
    return start if label is not None and label.end() == start else left


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
    ends = {b for _, b in others} | {end}

    def joiners(lo: int, hi: int, after: bool = False) -> list[re.Match[str]]:
        found = [
            m
            for m in _JOINER.finditer(text, lo, hi)
            if (not _PHRASE_JOINER.search(m.group()) or _CLAUSE_FOLLOWS.match(text, m.end()))
            and not (text[m.end() : m.end() + 1].isupper() and _in_a_name(text, m, ends))
            and not _joins_things(text, m, right, starts)
            # ("joined the force in 1998, aged 19, after two years working in a shop": after a
            # length, how long came before, no event with a time of its own)
            and not _AFTER_A_LENGTH.match(text, m.start())
        ]
        # a list's comma counts right after a time, outside an aside set off by commas: one
        # the commas before it have opened and closed ("Brewer, 31, was arrested in June,
        # indicted in July") is outside
        found += [
            m
            for m in _LIST_JOINER.finditer(text, lo, hi)
            if m.start() in ends
            and _open_commas(_blank(text, left, m.start(), others, start, end)) % 2 == 0
        ]
        if after:
            # "will close next week while crews repair a wall damaged in January's storms",
            # "came at 11:18 a.m., while the crew was lining up": such a "while" tells when the
            # event before it happens, so it ends nothing there (a time inside it still has
            # its own event, cut on the left)
            if text.find("while", lo, hi) >= 0:
                found = [m for m in found if not _WHILE_TELLS_WHEN.match(text, m.start())]
            # "which were found in 1979 and exhumed in July 1991, were identified ...": the
            # comma that closes a relative clause ends the events told inside it
            closes = [
                _ASIDE_CLOSE.match(text, b, hi) for b in ends if lo <= b and text[b : b + 1] == ","
            ]
            found += [
                m
                for m in closes
                if m is not None and _closes_relative(text, left, m.start(), others, start, end)
            ]
        return sorted(found, key=lambda m: m.start())

    later = sorted(a for a, _ in others if a >= end)
    found_after = joiners(end, later[-1], after=True) if later else []
    if later:
        # "voted on Tuesday night to add bike lanes, ending a debate that began last fall": a
        # closing participle with a time of its own tells another event
        found_after = sorted(
            found_after
            + [
                m
                for m in _PARTICIPLE.finditer(text, end, later[-1])
                if _RELATIVE_THEN_TIME.search(text, m.end(), later[-1])
                # "left for London in 2017, returning three years later", "will be switched
                # off on 30 September, ending a mission that began with its launch in March
                # 2018": the participle's own time, within its clause
                or any(
                    _PARTICIPLE_THEN_TIME.fullmatch(text, m.end(), a)
                    # ("ending 85 years of American rule": a length, no event's time)
                    and not (
                        _BARE_LENGTH.fullmatch(text, a, b) and not _LENGTH_COUNTED_ON.match(text, b)
                    )
                    for a, b in others
                    if m.end() < a
                )
            ],
            key=lambda m: m.start(),
        )
    for a in later:
        closing = _CLOSING_RELATIVE.search(text, end, a)
        if (
            closing is not None
            # the relative clause hangs on the dated clause itself, with no phrase between
            # them, and runs to the sentence's end through the other time
            # ("In 2015, she sued the airline, which ...", "03:15: ... from the Conservatives,
            # who ...": a fronted time or a stamp is set off by its own mark)
            and not any(
                c in ",;:"
                for c in _FRONTED_MARK.sub(
                    "", _AGE_BEFORE_COMMA.sub("", text[end : closing.start()], 1), 1
                )
            )
            # (a town after a street or a place set off by commas is part of where: "outside a
            # nightclub in Marsh Lane, Brantham, in the early hours")
            and not any(c in ",;:" for c in _PLACE_SET_OFF.sub(r"\1", text[closing.end() : right]))
        ):
            # "In 2015 she sued the airline, which settled the case in May 2017": a relative
            # clause set off by a comma that closes the sentence with a time of its own tells
            # the noun's own later event ("a man who was chained ... on June 7", with no comma,
            # tells which man)
            right_cut = min(right_cut, closing.start())
            break
        # the joiner nearest the other time, when words of an event lie between them
        last = None
        for m in found_after:
            if m.start() >= a:
                break
            # "before dawn": part of a time, not a joiner; "after Tuesday's vote left": one
            if m.end() <= a and (
                m.end() not in starts
                or _opens_clause(text, m)
                # "opened in 2009, and this year it has been cancelled twice": a time that
                # opens the next clause before its subject
                or _fronted_time_opens(text, m, m.end(), others, right)
            ):
                last = m
        if last is not None and (
            _tells_an_event(text, last.end(), a)
            or _opens_clause(text, last)
            or _fronted_time_opens(text, last, a, others, right)
        ):
            if _RELATIVE_PRONOUN.search(text, end, a):
                continue  # "..., a black man who was chained ... on June 7": a modifier of ours
            if _in_trailing_attribution(text, end, a, right):
                # "were killed and 1,146 injured in Ukraine, the mission said on Friday": the
                # time of the saying tells no event of the sentence's own
                continue
            right_cut = min(right_cut, last.start())
            break  # a later time's joiners include this one: the cut cannot move left of it
    if not later and right_cut > end:
        # "Meridian, which was founded in 1986 and went public in 1991, denied the claims": the
        # comma that closes the relative clause ends the event after its "and" too
        comma = text.find(",", end, right_cut)
        opener = max(_RELATIVE_ASIDE.finditer(text, left, start), key=_match_start, default=None)
        if (
            opener is not None
            and text.find(" and ", opener.end(), start) >= 0
            and comma >= 0
            and _ASIDE_CLOSE.match(text, comma, right_cut) is not None
            and _closes_relative(text, left, comma, others, start, end)
            and _finite_verb(text, comma, right_cut)
        ):
            right_cut = comma
    # the joiners after the earliest time before ours include every later time's, so the
    # nearest of them is the nearest of all
    earliest = min((b for _, b in others if b <= start), default=None)
    if earliest is not None:
        nearest = None
        asides: list[tuple[int, int]] | None = None
        participles = list(_PARTICIPLE.finditer(text, earliest, start))
        if participles and right - end < 60:
            # "crashed late Wednesday, killing all 229 people on board, officials said on
            # Thursday": a participle before a trailing attribution is the event's, and the
            # attribution's time dates all of it
            # (an attribution is a few words, so it starts close before the time and ends
            # the sentence soon after it)
            tail = _ATTRIBUTION_TAIL.search(text, max(participles[0].end(), start - 90), right)
            if tail is not None and tail.start() < start:
                participles = [m for m in participles if m.start() >= tail.start()]
        for m in joiners(earliest, start) + participles:
            joins = (
                _opens_clause(text, m)
                or (m.end() not in starts and _tells_an_event(text, m.end(), start))
                or (
                    not _tells_an_event(text, m.end(), start)
                    and _fronted_time_opens(text, m, start, [(start, end)], right)
                )
            )
            if joins and (nearest is None or m.start() > nearest.start()):
                if asides is None:
                    asides = _closed_relatives(text, left, start, others, start, end)
                if any(a < m.start() < b for a, b in asides):
                    # "Meridian, which was founded in 1986 and went public in 1991, denied":
                    # an "and" inside a relative clause closed before the time joins its
                    # events, not the main clause's
                    continue
                nearest = m
        # the time of a trailing attribution dates everything said before it, whatever joins it
        if nearest is not None and not _in_trailing_attribution(text, earliest, start, right):
            left = max(left, nearest.end())
    else:
        left = _subordinate_event(text, left, start)
    return left, right_cut


#: "after a teenager was stabbed", "before it settled": a joiner that opens a finite clause
_EVENT_JOINER = re.compile(r"\s(?:after|before)\s+(?!(?:[a-z]+ing|being|that|then)\s)")
#: "are appealing", "has been charged", "had ordered", "will review": a verb told from the
#: time of the report, not the moment of an event of the past
_REPORT_TENSE = re.compile(r"\b(?:is|are|has|have|had|will|would|remains?)\b", re.IGNORECASE)


def _subordinate_event(text: str, left: int, start: int) -> int:
    """Where the clause of a time inside an "after" or "before" clause starts when nothing
    before it is dated and it is told from the report's time: "Police are appealing for
    witnesses after a cyclist was injured on Monday" dates the injury, not the appeal ("has been
    charged after a teenager was stabbed on Tuesday evening")."""
    if text.find("after", left, start) < 0 and text.find("before", left, start) < 0:
        return left  # (most clauses hold neither: a plain find spares the scan)
    nearest = None
    for m in _EVENT_JOINER.finditer(text, left, start):
        nearest = m
    if (
        nearest is None
        # a clause follows, its verb before the time: "after votes were counted on Friday"
        or not _finite_verb(text, nearest.end(), start)
        # and one goes before, told from the report's time: "Police are appealing for witnesses
        # after ...", "has been charged after ..." (a past event before it, "Fighting
        # intensified after Russian units crossed the river on Nov. 9", follows at once, and
        # the date is the two together)
        or not _REPORT_TENSE.search(text, left, nearest.start())
        # the words between hold no other break: "after the war, the town grew in 1950"
        or any(c in ",;:" for c in text[nearest.end() : start])
    ):
        return left
    return nearest.end()


#: "the fiscal year ended Dec. 31": a participle that bounds a period is part of its time
_PERIOD_BOUND = re.compile(r"\s+(?:ended|ending)(?:\s+(?:on|in))?\s*$")
_LINKING_WORDS = frozenset(
    [
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "during",
        "of",
        "again",
        "also",
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "earlier",
        "later",
    ]
)
_NAMING_WORD = re.compile(r"[A-Z][\w'’.-]*|[a-z]+-[a-z]+")
_VERB_TO_END = re.compile(r"[^,;:]*?(?=[,;:]|$)")
#: past tenses that no "-ed" gives away: "and became mayor in 1983", "and heard argument on ..."
_IRREGULAR_PAST = frozenset(
    [
        "became",
        "heard",
        "saw",
        "said",
        "told",
        "made",
        "took",
        "gave",
        "got",
        "went",
        "came",
        "won",
        "lost",
        "left",
        "began",
        "met",
        "held",
        "kept",
        "paid",
        "sent",
        "sold",
        "bought",
        "built",
        "brought",
        "found",
        "spoke",
        "wrote",
        "broke",
        "chose",
        "drove",
        "stood",
        "struck",
        "set",
        "put",
        "cut",
        "hit",
        "ran",
        "fell",
        "rose",
        "led",
        "fled",
        "grew",
        "drew",
        "flew",
        "threw",
        "knew",
        "shot",
        "spent",
        "sat",
        "beat",
        "sank",
        "sought",
        "fought",
        "caught",
        "thought",
        "felt",
        "read",
        "quit",
        "shut",
        "spread",
        "swore",
        "withdrew",
        "swept",
        "tore",
        "shook",
        "froze",
        "laid",
        "hung",
        "dug",
        "rode",
        "stole",
        "wept",
        "lent",
        "dealt",
    ]
)


#: words that run a state up to a time: "runs until Saturday"
_STRETCH_TO = frozenset(["until", "till", "through", "since"])


#: verbs in the present that open a second event after "and": "and expects a decision in 2026"
_PRESENT_VERBS = frozenset(
    ["expects", "plans", "hopes", "aims", "intends", "wants", "needs", "faces", "remains"]
)
#: "Ministers want the bill to reach the Lords before the recess, which starts on 26 March": a
#: present verb of wishing or planning makes the words before a closing relative a clause
_WISHING = _PRESENT_VERBS | frozenset(["expect", "plan", "hope", "aim", "intend", "want", "need"])


#: "buses, trolleys": a list of single words whose "and" comes next
_LIST_BEFORE_AND = re.compile(r"\b[a-z]{3,},\s+[a-z]{3,}$")


def _joins_things(text: str, joiner: re.Match[str], right: int, starts: set[int]) -> bool:
    """An "and" that leads straight to another time through a noun or two, with no verb after
    it, joins two things of one event, not two events: "reported results for the fourth
    quarter and fiscal year ended Dec. 31", "to report fourth-quarter and full-year 2023
    results in early March", "in Saudi Arabia in August 1999 and in Venezuela in May". A
    single lowercase word may be a verb ("and meets again on Dec 18"), and a number the rest of
    a clause whose verb is left out ("since January and 86 percent in 1999")."""
    if joiner.group().strip(" ,").lower() != "and":
        return False
    lo = joiner.end()
    time = min((a for a in starts if a >= lo), default=-1)
    if time < 0 or time > right or time - lo > 40:
        return False
    bound = _PERIOD_BOUND.search(text, lo, time)
    before = bound.start() if bound is not None else time
    words = _WORD.findall(text, lo, before)
    content = [w for w in words if w.lower() not in _LINKING_WORDS]
    if not content or len(content) > 2 or any(c.isdigit() for w in content for c in w):
        return False
    if any(w.lower() in ("that", "who", "which", "whose") for w in content):
        # "and that the target for 2000 is 7 percent": another report
        return False
    if any(w.lower() in _STRETCH_TO for w in content):
        # "and runs until Saturday", "and continues through April": a stretch up to a time is
        # a verb's, not a thing's
        return False
    if (
        len(content) == 1
        and not _NAMING_WORD.fullmatch(content[0])
        and not _LIST_BEFORE_AND.search(text, max(0, joiner.start() - 40), joiner.start())
    ):
        # ("shut down buses, trolleys and subways for six days": the last of a list of words
        # set off by commas is a thing too)
        return False
    if (
        content[0].lower() in _IRREGULAR_PAST
        or content[0].lower() in _PRESENT_VERBS
        or _finite_verb(text, lo, before)
    ):
        # ("and expects a decision in the first half of 2026": a verb in the present)
        return False
    # "and an earlier attempt on May 6 was scrubbed": a verb after the time makes it a clause
    rest = _VERB_TO_END.match(text, time, right)
    return not _finite_verb(text, time, rest.end() if rest is not None else right)


_QUOTE_AFTER_COLON = re.compile(r":\s*[\"“]")
_SAYING_VERB = re.compile(r"\b" + _ATTRIBUTION_VERBS + r"\b")


def _tells_a_report(text: str, lo: int, hi: int) -> bool:
    """The words after the verb of saying in ``text[lo:hi]`` are a clause ("Starmer says the
    country voted for change"): a saying that opens a report, not a source that closes one."""
    verb = _SAYING_VERB.search(text, lo, hi)
    return verb is not None and _finite_verb(text, verb.end(), hi)


_BETWEEN_BEFORE = re.compile(r"\bbetween\b", re.IGNORECASE)
#: "and by New Year's Day we knew": a subject right after a time that opens its clause
_SUBJECT_AFTER = re.compile(
    r",?\s+(?:(?:he|she|they|we|I|it|the|a|an|its|their|his|her)\s"
    # "and in November 2012 ministers promised funding": a bare plural and its past verb
    r"|(?-i:[a-z]{3,}s\s+(?:[a-z]{3,}ed|fell|rose|won|lost|left|began|took|made|went|came"
    r"|fled|sank|held|sold|bought|built|brought|paid|spent|kept|found|grew|broke)\s)"
    # "and by dawn more than 300 homes were under water": a count and its noun's verb
    r"|(?:(?:more|fewer|less)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+)?"
    r"\d[\d,.]*\s+(?-i:[a-z][\w'’-]*\s+){1,2}?(?:were|was|had|have|are|is|(?-i:[a-z]{3,}ed))\s)",
    re.IGNORECASE,
)


def _fronted_time_opens(
    text: str, joiner: re.Match[str], at: int, others: Sequence[tuple[int, int]], right: int
) -> bool:
    """ "We met in November and by New Year's Day we knew": an "and" or "but" before a time
    that a subject and its clause follow joins a new clause, fronted by that time ("will meet
    again Wednesday and Thursday, the authority's spokesman said": a source after the time
    closes the sentence, no clause of its own)."""
    if joiner.group().strip(" ,").lower() not in ("and", "but"):
        return False
    if _BETWEEN_BEFORE.search(text, max(0, joiner.start() - 40), joiner.start()):
        return False  # "Between January and May, the coalition ...": one stretch
    end = next((b for a, b in others if a == at), None)
    return (
        end is not None
        and _SUBJECT_AFTER.match(text, end) is not None
        and _ATTRIBUTION_TAIL.match(text, end, right) is None
    )


def _in_trailing_attribution(text: str, lo: int, at: int, right: int) -> bool:
    """``at`` lies in an attribution that closes the clause (", the mission said on Friday"),
    which begins at the last comma between ``lo`` and ``at``."""
    comma = text.rfind(",", lo, at)
    return comma >= 0 and _ATTRIBUTION_TAIL.match(text, comma, right) is not None


_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b")
_ASIDE_CLOSE = re.compile(r",\s+(?=[a-z])")


def _closes_relative(
    text: str, left: int, comma: int, others: Sequence[tuple[int, int]], start: int, end: int
) -> bool:
    """The comma at ``comma`` closes a relative clause that a comma before it opened."""
    blanked = _blank(text, left, comma, others, start, end)
    opening = blanked.rfind(",")
    return (
        opening >= 0
        and _RELATIVE_ASIDE.match(text, left + opening) is not None
        and _open_commas(blanked) % 2 == 1
    )


_LIST_END = re.compile(r"\s(?:and|or)\s")


_AGE_ASIDE = re.compile(r",\s\d{1,3},")


def _open_commas(blanked: str) -> int:
    """The commas of ``blanked`` that open or close an aside: in "The recount in Dorn, Lesk and
    Ostrava-North, which began ..." the list's one comma, closed by its "and", is none."""
    # ("Smith, 31, who joined in 2021": an age set off by commas is an aside closed at once;
    # the comma that closes it may open a relative clause too)
    count = blanked.count(",") - sum(
        1 if _RELATIVE_ASIDE.match(blanked, m.end() - 1) else 2
        for m in _AGE_ASIDE.finditer(blanked)
    )
    if count != 2:
        return count
    first = blanked.find(",")
    second = blanked.find(",", first + 1)
    if _RELATIVE_ASIDE.match(blanked, second) and _LIST_END.search(blanked, first, second):
        return 1
    return count


def _closed_relatives(
    text: str, left: int, right: int, others: Sequence[tuple[int, int]], start: int, end: int
) -> list[tuple[int, int]]:
    """The relative clauses set off by commas on both sides within ``text[left:right]``."""
    blanked = _blank(text, left, right, others, start, end)
    spans = []
    for m in _RELATIVE_ASIDE.finditer(blanked):
        closing = blanked.find(",", m.end())
        if closing >= 0:
            spans.append((left + m.start(), left + closing))
    return spans


def _in_a_name(text: str, joiner: re.Match[str], ends: set[int]) -> bool:
    """ "the Securities and Exchange Commission": an "and" between two capitalised words that
    are no time is part of a name."""
    if not text[joiner.end() : joiner.end() + 1].isupper() or joiner.start() in ends:
        return False
    if joiner.group().strip() != "and":
        return False
    before = text[max(0, joiner.start() - 30) : joiner.start()].split()
    return bool(before) and before[-1][:1].isupper()


def _opens_clause(text: str, joiner: re.Match[str]) -> bool:
    follows = _CLAUSE_FOLLOWS if "," in joiner.group() else _CLAUSE_FOLLOWS_PLAIN
    return bool(_PHRASE_JOINER.search(joiner.group()) and follows.match(text, joiner.end()))


def _only_times(text: str, lo: int, hi: int, others: Sequence[tuple[int, int]]) -> bool:
    """``text[lo:hi]`` holds nothing but time expressions, spaces, commas and a short word in
    brackets ("3 June (evening):", "14:05 (local time):")."""
    pos = lo
    while True:
        while pos < hi and text[pos] in " ,\t":
            pos += 1
        if pos >= hi:
            return True
        if text[pos] == "(":
            closing = text.find(")", pos, min(hi, pos + 24))
            if (
                closing > pos
                and "\n" not in text[pos:closing]
                and len(text[pos:closing].split()) <= 3
            ):
                pos = closing + 1
                continue
        following = next((b for a, b in others if a == pos), None)
        if following is None:
            return False
        pos = following


def _blank(
    text: str, lo: int, hi: int, others: Sequence[tuple[int, int]], start: int, end: int
) -> str:
    """``text[lo:hi]`` with its time expressions blanked ("May 3, 1979" holds no comma)."""
    chars = list(text[lo:hi])
    for a, b in [*others, (start, end)]:
        for i in range(max(a, lo), min(b, hi)):
            chars[i - lo] = " "
    return "".join(chars)


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


def _relative_clause(
    text: str, left: int, right: int, start: int, end: int
) -> tuple[int, int] | None:
    """ "The branch, which opened in 1962" when the time sits in a relative or participle
    clause set off by a comma: with the short noun at the head of the clause, or, further on
    in the sentence and set off by commas on both sides ("after Hurricane Helene, which made
    landfall on Sept. 26, killed 200"), with the noun just before the comma."""
    opening = text.rfind(", ", left, start)
    while opening >= 0 and not _RELATIVE_OPENER.match(text, opening + 2):
        # "which left Norfolk, Va., in August": the state after a town is part of its name,
        # and the relative clause opens at the comma before the town
        before = text.rfind(", ", left, opening)
        if (
            before < 0
            or not _PLACE_PART.fullmatch(text, before + 2, opening)
            or not _TOWN_BEFORE.search(text, left, before)
        ):
            return None
        opening = text.rfind(", ", left, before)
    if opening < 0:
        return None
    closing = text.find(",", end, right)
    while closing >= 0 and _PLACE_BEFORE.search(text, end, closing):
        # "Quintel, founded in 2016 in Austin, Texas, signed ...": the state or country after
        # a town is part of where, and the clause closes at the comma after it
        after = text.find(",", closing + 1, right)
        if after < 0 or not _PLACE_PART.fullmatch(text, closing + 2, after):
            break
        closing = after
    if closing < 0 or closing + 1 >= right or text[closing + 1] != " ":
        # one that ends the sentence hangs on the noun before it when a clause of its own comes
        # first ("They arrived under the COVAX scheme, which was set up in April 2020."): the
        # scheme's start is its own fact, not the arrival's
        if closing < 0 and _WHO_WHICH.match(text, opening + 2) and text[right : right + 1] == ",":
            # "Enrollment at Lincoln, which opened in 1954, has fallen ...", cut at the comma
            # that closes the relative clause: it hangs on the name
            place = _NAME_AFTER_PREPOSITION.search(text, left, opening)
            if place is not None and not _finite_verb(text, left, opening):
                if _role_holder_before(text, left, opening, place.start()):
                    return left, right
                return place.start(1), right
        named = _NAMED_PARTICIPLE.match(text, opening + 2)
        if (
            closing < 0
            and (
                (
                    _WHO_WHICH_WHERE.match(text, opening + 2)
                    # ("The draw leaves Brentford three points behind Villa, who beat them on
                    # Dec. 7": a verb in the present of the report comes first)
                    and (
                        _finite_verb(text, left, opening)
                        or _HEAD_VERB.search(text, left, opening)
                        or any(
                            w.lower() in _IRREGULAR_PAST or w.lower() in _WISHING
                            for w in _WORD.findall(text, left, opening)
                        )
                        # "In 2015 she sued the airline, which ...": a pronoun and the word
                        # after it are a subject and its verb
                        or _PRONOUN_AND_VERB.search(text, left, opening)
                    )
                )
                # "the trial of Daniel Hurst, charged in 2024 with bribery": a participle after a
                # person's name tells that person's past
                # (after an apposition the participle is the main verb: "Eleanor Marsh, who founded
                # the theatre, died on Sunday")
                or (
                    named is not None
                    and "," not in text[left:opening]
                    and _NAME_BEFORE_COMMA.search(text, left, opening) is not None
                )
            )
        ):
            noun = _noun_before(text, left, opening)
            # (the noun's last word before an age set off after it: "Aaron Pike, 19, who")
            aged = _AGE_BEFORE_COMMA.search(text, left, opening)
            noun_end = aged.start() if aged is not None else opening
            last = text[noun:noun_end].split()[-1].lower() if noun is not None else ""
            # (a time is no noun to hang on: "arrested him on Monday, who ...")
            if (
                noun is not None
                and noun > left
                and last not in _TIME_WORDS
                and not any(c.isdigit() for c in last)
            ):
                # "the Hollins Trust": a name keeps its article
                article = _ARTICLE_BEFORE.search(text, max(left, noun - 4), noun)
                return (article.start() if article is not None else noun), right
        return None
    head = text[left:opening]
    if not head:
        return None
    # "It arrives two weeks after Hurricane Helene, which ...": a clause, not a noun, comes first
    clause_first = _HEAD_VERB.search(head) or _PRONOUN_SUBJECT.match(head)
    short_head = len(head.split()) <= 8 and head.count(",") <= 1 and not clause_first
    relative = _WHO_WHICH.match(text, opening + 2) is not None
    if short_head:
        if "," in head and not relative and not _COORDINATE_ADJECTIVES.fullmatch(head):
            # "Lucio Noto, Mobil's chairman, who joined in 1962": an apposition may come
            # between; "The leader, Nigel Farage, held a rally" is the main clause ("An
            # earlier, smaller study, published in 2017," is one noun and its participle)
            return None
        named = _NAME_AFTER_PREPOSITION.search(text, left, opening) if relative else None
        if named is not None and _role_holder_before(text, left, opening, named.start()):
            named = None
        if named is not None:
            # "Enrollment at Lincoln, which opened in 1954, fell": the clause hangs on the name
            return named.start(1), closing
        return left, closing
    if not relative:
        # "Marcus Lee, convicted in June": a participle and where or when; after an
        # apposition ("The mayor, Muriel Bowser, ordered a curfew") it is the main verb
        participle = _PARTICIPLE_THEN.match(text, opening + 2)
        if "," in head or participle is None or (participle.end() < start and not participle[1]):
            return None
    noun = _noun_before(text, left, opening)
    if noun is None or noun == left:
        return None
    return noun, closing


#: a source at the end of its sentence, dated by a participle: ", according to [a study by
#: Carnby University published ]this week"
_DATED_SOURCE = re.compile(
    r",\s+according\s+to\s+(?P<noun>(?:an?|the|its|their|his|her|new)\s+"
    r"(?:[\w'’.-]+\s+){0,6}?(?:published|released|issued|posted|[a-z]{3,}ed)\s+"
    r"(?:(?:on|in|at|during|last|this|earlier|late|early)\s+)?)$",
    re.IGNORECASE,
)
#: a determiner, two adjectives set apart by a comma and the noun: "An earlier, smaller study"
_COORDINATE_ADJECTIVES = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[a-z][\w-]*,\s+[a-z][\w-]*\s+[a-z][\w-]*\s*"
)


#: "the merger announced in April": a noun, a participle and the time's preposition
_REDUCED_RELATIVE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?!(?:was|were|is|are|been|be|has|have|had)\s)[a-z][\w'’-]*\s+"
    r"(?:(?P<participle>[a-z]{3,}ed)\s+(?:[\w'’-]+\s+)?"
    # "an interview broadcast on Radio Kelby on Tuesday": where, by a name, before the time (a
    # participle that is no simple past too, or one that is only before such a name: "the
    # family sold it in 2016" is a clause)
    r"|(?P<named_participle>[a-z]{3,}ed|broadcast|written|given|shown|aired)\s+"
    r"(?:on|in|at|by|from)\s+(?:[A-Z][\w'’-]*\s+){1,3})"
    r"(?:in|on|at|during|last|early|late|between|from)\s+$"
    # "two soldiers kidnapped last December": a time that brings its own "last" or "this"
    r"|\b(?:the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?!(?:was|were|is|are|been|be|has|have|had)\s)[a-z][\w'’-]*\s+"
    r"(?P<participle2>[a-z]{3,}ed)\s+$"
)
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|been|be|being|has|have|had|get|got)\s+$")
#: "with his hands raised": the subject's own things after "with" ("with the heaviest falls
#: expected on Saturday" is a forecast of its own)
_WITH_ABSOLUTE = re.compile(
    r"\b(?:with|without)\s+(?:his|her|their|its|my|our)\s+(?:[\w'’-]+\s+){0,2}$"
)
_LAST_OR_THIS = re.compile(r"(?:last|this)\s", re.IGNORECASE)
_RANGE_SECOND_END = re.compile(r"\s+(?:and|to|until|through)\s+|\s*[-–]\s*")


def _reduced_relative(
    text: str,
    left: int,
    right: int,
    start: int,
    others: Sequence[tuple[int, int]] = (),
) -> tuple[int, int] | None:
    """ "... will vote on the merger announced in April.": a time after a participle that
    follows its noun at the end of the clause dates the noun and its participle, not the
    clause's own verb. When the clause's verb has a time of its own before the noun ("on
    Wednesday quashed the conviction of a man jailed for an arson attack on a warehouse in
    2021"), the participle may lie further from the time."""
    # "the data collected between 2010 and 2020": the range's second end shares its first's
    first = next(
        (a for a, b in others if b < start and _RANGE_SECOND_END.fullmatch(text, b, start)), start
    )
    lo = max(left, first - 80)
    found = max(_REDUCED_RELATIVE.finditer(text, lo, first), key=_match_start, default=None)
    if found is None or found.end() != first:
        found = _far_participle(text, left, start, others)
    if found is None:
        return None
    participle = found.start("participle")
    if participle < 0:
        participle = found.start("named_participle")
    if participle < 0:
        participle = found.start("participle2")
        if _LAST_OR_THIS.match(text, start) is None:
            return None
    if _AUXILIARY.search(text, max(left, participle - 8), participle):
        return None
    if _WITH_ABSOLUTE.search(text, max(left, found.start() - 8), participle):
        # "came out of the house with his hands raised at 6.35pm", "drove off with its lights
        # switched off at midnight": the subject's own things and their participle after
        # "with" tell how the clause's own event was done, not an event of their own
        return None
    if _THROUGH_A_MEDIUM.search(text, max(left, participle - 60), participle):
        # "accepted her resignation in a letter released on Thursday morning": the letter is
        # how the clause's own event was done, and its day is that event's (the whole
        # clause, which no later reading of a participle may cut)
        return left, right
    speaker = text[found.start() : participle].split()[-1]
    if (
        text[max(0, found.start() - 2) : found.start()] == ", "
        and _SAYING_VERB.match(text, participle)
        and (speaker[:1].isupper() or speaker.lower() in _SPEAKERS)
        and _ATTRIBUTION_TAIL.match(text, found.start() - 2, right)
    ):
        # "Dunmore have signed Okoro, the club announced on Thursday.": a source and its verb
        # closing the sentence, no noun and its participle
        return None
    before = text[found.start() : participle].split()[-1].lower()
    if before in _FUNCTION_WORDS or before in ("that", "which", "who", "and", "or", "not"):
        return None  # "in a disused bakery", "the account that shared": no noun before it
    noun_start = found.start()
    pronoun = _THAT_INSIDE.search(text, noun_start, participle)
    if pronoun is not None:
        # "told analysts on a call that price increases announced in August would ...": the
        # noun of the participle comes after the "that", which ends the words before it
        noun_start = pronoun.end()
    tail = _ATTRIBUTION_TAIL.search(text, start, right)
    if (
        tail is not None
        and text[tail.start()] == ","
        and not any(m in text[start : tail.start()] for m in ",;:")
    ):
        # "..., two soldiers kidnapped last December in Arauca, the office announced.": the
        # source after it is no part of the clause
        right = tail.start()
    if (
        not (
            _finite_verb(text, left, found.start())
            # "Forecasters expect heavy snow, with the heaviest falls expected on Saturday":
            # a "with" phrase after a clause, whatever its verb (a plural present is no verb
            # the scan can tell)
            or _WITH_BEFORE.search(text, left, found.start()) is not None
        )
        or any(m in text[start:right] for m in ",;:")
    ):
        return None
    if _finite_verb(text, noun_start, participle):
        return None
    return noun_start, right


#: a message by which the clause's event is done: "in a letter", "in a statement", "via a
#: video", right before its participle
_THROUGH_A_MEDIUM = re.compile(
    r"\b(?:in|via|through|with)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:letter|statement|e-?mail|message|post|video|interview|speech|note|memo|tweet"
    r"|announcement|briefing|broadcast)\s+$",
    re.IGNORECASE,
)
#: ", with" right before a noun and its participle
_WITH_BEFORE = re.compile(r"\w[\w'’]*,\s+with\s+$")


_THAT_INSIDE = re.compile(r"\b(?:that|which|who)\s+")
#: who closes a sentence with what they said: ", the club announced on Thursday"
_SPEAKERS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "club",
        "company",
        "firm",
        "group",
        "police",
        "ministry",
        "minister",
        "department",
        "agency",
        "council",
        "government",
        "official",
        "officials",
        "statement",
        "report",
        "army",
        "military",
        "union",
        "court",
        "prosecutor",
        "prosecutors",
        "source",
        "sources",
        "authorities",
        "office",
        "board",
        "bank",
        "regulator",
        "airline",
        "operator",
        "organisers",
        "organizers",
        "team",
        "family",
        "lawyer",
        "lawyers",
        "service",
    ]
)

#: a noun, then a participle (or "due") and the preposition of the time after it: "DNA testing
#: ordered in", "Payments due on", "price increases announced in"
_PARTICIPLE_BEFORE_TIME = re.compile(
    # ("the quarter ended Dec. 31": a period's bound, part of its time)
    r"\b[\w'’-]+\s+(?P<participle>(?!(?:was|were|had|has|ended)\b)[a-z]{3,}ed|due|taken|given|seen"
    r"|made|held|set|built|issued|sent|sold|paid|brought|begun|written|shown|drawn|shot|caught"
    r"|stolen"
    # "price increases taking effect on Dec. 1", "rules coming into force in April"
    r"|taking\s+(?:effect|place)|coming\s+into\s+(?:force|effect))"
    # "Samples taken from the tower on 29 May": where, between the participle and its time
    r"\s+(?:(?:from|at|near|off|outside|inside|across)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){1,2}?"
    # "Flood defences promised by the government in June": who did it, before its time
    r"|by\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’.-]+\s+){1,3}?(?=(?:in|on|at|during|last)\s))?"
    r"(?:(?:in|on|at|for|during|since|from|by|until|between|early|late|last|this)\s+)?$"
)
#: the verb of the sentence right after the time: "... in 2019 pointed to", "... on 19 July
#: will be processed"
_MAIN_VERB_NEXT = re.compile(
    # "An article published on 24 July about the closure of the school said ...": what the noun
    # is about may come between the time and the verb
    r"(?P<about>[ \t]+(?:about|on|over|into)[ \t]+(?:the|a|an|its|their)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,5}?[\w'’-]+"
    # "A study published on Wednesday in The Lancet found ...": where, by its name
    r"|[ \t]+(?:in|at|by)[ \t]+(?:the[ \t]+(?:journal[ \t]+)?)?[A-Z][\w'’-]*"
    r"(?:[ \t]+[A-Z][\w'’-]*){0,4})?"
    r"[ \t]+(?:will|would|could|can|may|might|must|should|shall|is|are|was|were|has|have|had"
    r"|remains?|led|cost|fell|rose|said|says|found|finds"
    r"|(?!(?:compared|based|adjusted|ended|related)\b)[a-z]{3,}ed)\b"
)


def _participle_subject(
    text: str, left: int, start: int, end: int, others: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """ "Payments due on 19 July will be processed by Monday 22 July", "price increases
    announced in August would take effect in the fourth quarter": a time after the participle
    that follows the subject's noun, with the sentence's verb right after the time and a time
    of its own, dates the noun and its participle, not the verb that follows. (With no time of
    its own the dev sets split: "A ceasefire agreed in September collapsed within a week" is
    one clause in dev8, "DNA testing ordered in 2019" stops before its verb in dev6.)"""
    verb = _MAIN_VERB_NEXT.match(text, end)
    if verb is None or not any(
        a >= end and not _LENGTH_ONLY.fullmatch(text, a, b) for a, b in others
    ):
        # ("collapsed within a week": a length is no time of the verb's own)
        return None
    found = _PARTICIPLE_BEFORE_TIME.search(text, max(left, start - 60), start)
    if found is None:
        return None
    participle = found.start("participle")
    noun_start = left
    pronoun = max(_THAT_INSIDE.finditer(text, left, participle), key=_match_start, default=None)
    if pronoun is not None:
        # "told analysts on a call that price increases announced in August would ...": the
        # subject starts after the "that"
        noun_start = pronoun.end()
    else:
        saying = max(
            _SAID_THEN_NOUN.finditer(text, left, participle), key=_match_start, default=None
        )
        if saying is not None:
            # "The chief executive said price increases taking effect on Dec. 1 should ...":
            # with no "that", the subject starts after the saying
            noun_start = saying.end()
    before = text[found.start() : participle].split()[-1].lower()
    if (
        before in _FUNCTION_WORDS
        or not _tells_an_event(text, noun_start, participle)
        or _finite_verb(text, noun_start, participle)
        or any(c in ",;:" for c in text[noun_start:start])
    ):
        return None
    # (a phrase of what the noun is about, between the time and the verb, goes with the noun)
    return noun_start, (verb.end("about") if verb.start("about") >= 0 else end)


#: "said price increases ...": a saying with no "that", then the noun it reports on
_SAID_THEN_NOUN = re.compile(r"\b(?:said|says|told\s+[\w'’-]+)\s+(?!that\b)(?=[a-z])")

#: "the strike that killed", "a trial that completed", "the man who died": a noun with its
#: article, then a relative pronoun and the verb right after it
_THAT_RELATIVE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten"
    r"|several)\s+(?:[\w'’-]+\s+){0,4}?"
    # ("412 patients whose operations were cancelled in October": the noun after "whose" is
    # the clause's subject, its verb the next word)
    r"(?P<noun>[\w'’-]+)\s+(?:that|who|whose\s+[a-z]{3,})\s+(?P<verb>[a-z]{3,})\b"
)
_NUMBER_WORD_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten"
    r"|several)\s"
)
#: a capitalised word right before a number, which names it: "Phase 3", "Apollo 11"
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s$")
#: a frame that sets the sentence's main clause at a distance from an earlier event: "A year
#: on from", "Ten years after", "Six months since", "After", "Following"
_FRAME_WORDS = (
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty"
    r"|a\s+hundred|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:on\s+from|after|since)"
    r"|after|since|following|in\s+the\s+wake\s+of)"
)
_LOOKING_BACK_FRAME = re.compile(r"[\"“‘']?" + _FRAME_WORDS + r"\s", re.IGNORECASE)
#: the same frame opening the sentence right before a clause's left end ("Two years after"
#: is a length of its own, which the clause starts after)
_FRAME_BEFORE = re.compile(
    r"(?:\A|(?<=[.!?\n]))\s*[\"“‘']?" + _FRAME_WORDS + r"\s+$", re.IGNORECASE
)
#: nouns that a "that" clause completes rather than qualifies: "the claim that ..."
_THAT_COMPLEMENTS = frozenset(
    [
        "fact",
        "claim",
        "claims",
        "report",
        "reports",
        "news",
        "hope",
        "hopes",
        "fear",
        "fears",
        "evidence",
        "idea",
        "belief",
        "view",
        "sign",
        "signs",
        "assurance",
        "warning",
        "suggestion",
        "way",
        "time",
        "day",
        "year",
        "moment",
        "point",
        "extent",
        "one",
        "same",
    ]
)


#: a day told from the report: "on Tuesday", "yesterday", "this morning"
_NEAR_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday"
    r"|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
#: verbs of a relative clause that tell what a thing holds, not an event
_STATE_VERBS = frozenset(["included", "includes", "contained", "covered", "covers", "spanned"])


_OPENING_ING = re.compile(r"[a-z]{3,}ing\s")
#: "a debate that began ": a relative clause whose verb comes right before the time's words
_RELATIVE_THEN_TIME = re.compile(r"\b(?:that|which|who)\s+[a-z]{3,}\s+(?:[\w'’-]+\s+){0,2}$")
#: a length alone, which dates no event: "85 years", "more than 400 years", "two decades"
_BARE_LENGTH = re.compile(
    r"(?:(?:more\s+than|less\s+than|about|nearly|almost|over|some|around)\s+)?[\w,.-]+\s+"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)",
    re.IGNORECASE,
)
#: after a length, the words that make it a time counted from another: "three years [later]"
_LENGTH_COUNTED_ON = re.compile(
    r"\s+(?:later|earlier|after|afterwards|before|on|ago)\b", re.IGNORECASE
)
#: a closing participle and the time of its own event, in its clause: "returning [three years
#: later]", "ending a mission that began with its launch in [March 2018]"
_PARTICIPLE_THEN_TIME = re.compile(
    r"[a-z]{3,}ing\s+(?:[\w'’-]+\s+){0,2}"
    r"|[a-z]{3,}ing\s+(?:[\w'’-]+\s+){0,4}?(?:that|which|who)\s+[a-z]{3,}\s+(?:[\w'’-]+\s+){0,5}"
)


def _restrictive_relative(
    text: str, left: int, right: int, start: int, end: int
) -> tuple[int, int] | None:
    """ "found the driver guilty in a crash that killed two students in October 2016": a time
    in a relative clause with no comma, at the end of the clause, dates that clause with the
    noun it hangs on, not the verb of the clause around it."""
    lo = max(left, start - 140)
    if (
        text.find(" that ", lo, start) < 0
        and text.find(" who ", lo, start) < 0
        and text.find(" whose ", lo, start) < 0
    ):
        return None  # (most clauses hold none: a plain find spares the scan)
    rest = text[end:right].strip(" .!?\"”’'")
    if rest and _TRAILING_PHRASE.fullmatch(rest) and not _finite_verb(text, end, right):
        # "upheld the conviction of a former minister who was found guilty in 2023 of
        # embezzlement": a short phrase after the time still belongs to the relative clause
        rest = ""
    framed = rest.startswith(",") and (
        _LOOKING_BACK_FRAME.match(text, left) is not None
        or _FRAME_BEFORE.search(text, max(0, left - 60), left) is not None
    )
    if framed:
        # "A year on from the floods that swept through Carnby on 14 March 2025, 40 families
        # are still ...": the time closes a frame that looks back from the main clause, and
        # dates the noun and its relative clause alone
        rest, right = "", end
    if (
        _NEAR_DAY.search(text, start, end) and not _SINCE_JUST_BEFORE.search(text, lo, start)
    ) or rest:
        # ("to find a boy who has been missing from his home since Wednesday": a state since
        # that day is the noun's, whatever the report's verb)
        # "We contacted the account that shared the post on Tuesday": a day near the report
        # dates the report's own event; and the time must close the clause ("the man who died
        # in custody last May went well beyond ..." goes on with the main verb)
        return None
    found = None
    for m in _THAT_RELATIVE.finditer(text, lo, start):
        found = m
    if found is None or found.start() < left or (found.start() == left and not framed):
        return None
    for det in _NUMBER_WORD_BEFORE.finditer(text, found.start() + 1, found.start("noun")):
        # the nearest article before the noun: "a driver for a crash that killed": "a crash"
        # (a number after a name is part of it: "a Phase 3 trial that")
        if det[0][0].isdigit() and _NAME_BEFORE.search(text, max(0, det.start() - 30), det.start()):
            continue
        nearer = _THAT_RELATIVE.match(text, det.start())
        if nearer is not None and nearer.end() == found.end():
            found = nearer
    noun, verb = found.group("noun").lower(), found.group("verb").lower()
    if verb in _STATE_VERBS:
        return None  # "the pay period that included March 12": the time bounds the noun
    if (
        noun in _THAT_COMPLEMENTS
        or noun in _FUNCTION_WORDS
        or noun in _TIME_WORDS
        or noun.endswith("ed")
        or noun in _SAY_VERBS
        # the verb of the relative clause: "that killed", "who died", "that began"
        or not (
            verb.endswith("ed")
            or verb in _IRREGULAR_PAST
            or _finite_verb(text, found.start("verb"), found.end("verb"))
        )
        # it runs on to the clause's end, with no break of its own before the time
        or any(c in ",;:" for c in text[found.end() : start])
        # and the words before it are a clause of their own (or the frame above)
        or not (
            framed
            or _finite_verb(text, left, found.start())
            or any(w.lower() in _IRREGULAR_PAST for w in _WORD.findall(text, left, found.start()))
            # "ending a debate that began last fall": a participle clause
            or _OPENING_ING.match(text, left, found.start())
            # "as it moves production to a new site that opened last year": a pronoun and
            # its verb in the present open the clause
            or _OPENING_PRONOUN_VERB.match(text, left, found.start())
        )
    ):
        return None
    return found.start(), right


#: "according to a study published on": the source of a finding and its day out
_PUBLISHED_SOURCE = re.compile(
    r"\baccording\s+to\s+(?P<source>(?:(?:a|an|the|new)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:study|studies|report|research|survey|paper|analysis|review|poll|data|figures"
    r"|statistics|estimates|audit|assessment)\s+(?:published|released|issued|posted)\s+"
    r"(?:(?:on|in|late|early|last|this)\s+)?)$"
    # "in a trial whose results are published today in the New England Journal of Medicine"
    r"|\b(?P<trial>(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:study|trial|survey|report|paper"
    r"|review|analysis|research)\s+whose\s+(?:results|findings|data|conclusions)\s+(?:are|were"
    r"|was|is|have\s+been|had\s+been)\s+(?:published|released|presented)\s+(?:(?:on|in)\s+)?)$",
    re.IGNORECASE,
)


def _published_source(text: str, left: int, right: int, start: int) -> tuple[int, int] | None:
    """ "Falls were cut by a third, according to a study published on Wednesday in The
    Lancet": the time dates the study's publication, the source and its participle, not the
    finding it is cited for."""
    if text.find("according", left, start) < 0 and text.find("whose", left, start) < 0:
        return None  # (most clauses hold neither: a plain find spares the scan)
    found = _PUBLISHED_SOURCE.search(text, max(left, start - 120), start)
    if found is None:
        return None
    return found.start("source" if found.group("source") else "trial"), right


#: an appeal to the people who did something, then what they are asked to do: "urging
#: anyone who attended ... to check", "asking witnesses who saw ... to call"
_APPEAL_TO = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+(?:for|to)|call(?:s|ed|ing)?"
    r"\s+on|encourag(?:e|es|ed|ing)|advis(?:e|es|ed|ing)|remind(?:s|ed|ing)?)\s+"
    r"(?P<who>(?:anyone|anybody|everyone|all\s+those|those|people|witnesses|residents|parents"
    r"|passengers|travellers|travelers|drivers|customers|patients|visitors|fans)\s+who\s+[a-z]{3,})",
    re.IGNORECASE,
)
#: what they are asked to do, after the rest of the time's phrase ("last week's storm to")
_TO_DO = re.compile(r"(?:['’]s)?(?:\s+(?!to\b)[\w'’-]+){0,3}?(?=\s+to\s+[a-z]{2,}\b)")


def _appeal_relative(
    text: str, left: int, right: int, start: int, end: int
) -> tuple[int, int] | None:
    """ "Health officials are urging anyone who attended the festival last weekend to check
    their records": the time dates the people's deed, the relative clause with the word it
    hangs on, not the appeal (which is told from the report's time)."""
    lo = max(left, start - 140)
    if text.find(" who ", lo, start) < 0:
        return None  # (most clauses hold none: a plain find spares the scan)
    found = None
    for m in _APPEAL_TO.finditer(text, lo, start):
        found = m
    if found is None or any(c in ",;:" for c in text[found.end() : start]):
        return None
    to_do = _TO_DO.match(text, end, right)
    if to_do is None:
        return None
    return found.start("who"), to_do.end()


_SINCE_JUST_BEFORE = re.compile(r"\bsince\s+$")


#: a short prepositional phrase: "of embezzlement", "in the department of Arauca"
_TRAILING_PHRASE = re.compile(r"(?:of|in|at|near|for|with|from|off)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}")
#: a noun phrase with its determiner or count, then a relative pronoun and the verb after it:
#: "A 12-year-old boy who had been", "six generating units that had broken"
_SUBJECT_RELATIVE = re.compile(
    r"\b(?:(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Mm]illions|[Mm]any|[Mm]ost|[Ss]ome|[Aa]ll)\s+of"
    r"|[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]hese|[Tt]hose|\d[\d,]*|[Tt]wo|[Tt]hree"
    r"|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?P<noun>[\w'’-]+)\s+(?:that|who)\s+(?P<verb>[a-z]{3,})\b"
)
#: (with a word before the noun that says which: "Riots that broke out the next day left
#: 500 dead" is one event told whole, as dev4 has it)
_BARE_PLURAL_SUBJECT = re.compile(
    r"(?:[A-Z][\w'’-]*\s+)(?:[a-z][\w'’-]*\s+)?(?P<noun>[A-Za-z][\w'’-]*[a-z]s)\s+(?:who|that)\s+"
    r"(?P<verb>[a-z]{3,})\b"
)
_NEAREST_DETERMINER = re.compile(
    r"\b(?:the|an?|its|their|his|her|these|those|\d[\d,]*|two|three|four|five|six|seven|eight"
    r"|nine|ten|several)\s",
    re.IGNORECASE,
)
#: present verbs that open a main clause after a subject's relative clause: "Residents of
#: the estate that was flooded last week say they ..."
_PRESENT_MAIN_VERBS = frozenset(
    [
        "say",
        "says",
        "remain",
        "remains",
        "face",
        "faces",
        "fear",
        "fears",
        "want",
        "wants",
        "continue",
        "continues",
        "hope",
        "hopes",
        "believe",
        "believes",
        "live",
        "lives",
    ]
)
#: the main verb right after the time: "... since Monday night was found", "... in July 2024
#: asked", "... on Sunday has demanded"
_MAIN_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|did"
    r"|does)\b|(?P<verb>[a-z]{3,})\b)"
)


#: what a document does when it is issued: "A statement issued on Wednesday said ..."
_DOCUMENT_SAYS = frozenset(
    ("said", "says", "stated", "states", "read", "reads", "warned", "warns", "found", "finds")
)
_DOCUMENT_ISSUED = re.compile(
    r"\b(?:statement|letter|report|memo|memorandum|email|e-mail|notice|release|note|message"
    r"|communique|communiqué|post|bulletin|circular|document|filing)s?\s+"
    r"(?:issued|released|published|sent|posted|dated|written|circulated|filed)\b",
    re.IGNORECASE,
)


def _subject_relative(
    text: str, left: int, right: int, start: int, end: int, inside: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """ "A 12-year-old boy who had been missing since Monday night was found safe": a time that
    closes a relative clause with no comma in the sentence's subject, right before the main
    verb, dates that clause with its noun ("The family of a man who died in custody on Sunday
    has demanded an inquiry": the noun after "of" is the one it hangs on). The main verb's
    event is the clause's other fact, or none when no time of its own dates it. A relative
    clause whose verb has an object, under a main verb with a time of its own ("An oil tanker
    that switched off its transponder on Jan. 11 reappeared off Iran on Wednesday"), tells
    the subject's story with the main clause: dev3 keeps the sentence whole."""
    lo = max(left, start - 140)
    after = _MAIN_VERB_AFTER.match(text, end)
    if after is None:
        return None
    main = after.group("verb")
    if main is not None and not (
        main.endswith("ed") or main in _IRREGULAR_PAST or main in _PRESENT_MAIN_VERBS
    ):
        return None  # "who died on Sunday in a crash": the clause goes on, no main verb
    if _COUNTED_ON.match(text, after.end()):
        # "A ceasefire agreed in September collapsed within a week": the main event is dated
        # from the subject's time, the two are one fact
        return None
    participle = _subject_participle(text, left, lo, start)
    if (
        participle is not None
        and main in _DOCUMENT_SAYS
        and _DOCUMENT_ISSUED.search(text, participle[0], start) is not None
    ):
        # "A statement issued by her office on Wednesday evening said she had ...": a
        # document says what it says when it is issued; its day dates the whole sentence
        return None
    if text.find(" that ", lo, start) < 0 and text.find(" who ", lo, start) < 0:
        return (participle[0], end) if participle is not None else None
    found = None
    for m in _SUBJECT_RELATIVE.finditer(text, lo, start):
        found = m
    if participle is not None and (found is None or participle[0] > found.start()):
        return participle[0], end
    if found is None:
        # "Labour backbenchers who rebelled on Tuesday night were summoned": a plural with
        # no determiner that opens the clause
        found = _BARE_PLURAL_SUBJECT.match(text, left, start)
    if found is None or found.start() < left:
        return None
    for det in _NEAREST_DETERMINER.finditer(text, found.start() + 1, found.start("noun")):
        # the nearest determiner before the noun: "The family of a man who died": "a man"
        nearer = _SUBJECT_RELATIVE.match(text, det.start())
        if nearer is not None and nearer.end() == found.end():
            found = nearer
            break
    noun, verb = found.group("noun").lower(), found.group("verb").lower()
    if (
        noun in _THAT_COMPLEMENTS
        or noun in _FUNCTION_WORDS
        or noun in _TIME_WORDS
        or noun in _SAY_VERBS
        or verb in _STATE_VERBS
        or not (
            verb.endswith("ed")
            or verb in _IRREGULAR_PAST
            # "A man who may have spoken to him at a bus stop on Wednesday is being asked"
            or verb in ("may", "might", "must")
            or _finite_verb(text, found.start("verb"), found.end("verb"))
        )
        # one clause from the pronoun to the time, with no break and no second relative
        or any(c in ",;:()" for c in text[found.end() : start])
        or _RELATIVE_AGAIN.search(text, found.end(), start) is not None
    ):
        return None
    if _OBJECT_AFTER_VERB.match(text, found.end()) and any(end <= a < right for a, _ in inside):
        return None
    return found.start(), end


#: the object right after a relative clause's verb: "that switched off its transponder"
_OBJECT_AFTER_VERB = re.compile(
    r"(?:\s+(?:off|on|up|down|out|in))?\s+(?:its|the|an?|his|her|their)\s"
)


#: a main verb's event counted on from the subject's time: "collapsed within a week"
_COUNTED_ON = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+(?:within|after|inside)\s+(?:(?:less|more)\s+than\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d+)\s+"
    r"(?:hour|day|week|month|year)s?\b",
    re.IGNORECASE,
)
#: a noun with its determiner and a participle after it: "the driver killed"
_SUBJECT_PARTICIPLE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?P<noun>[\w'’-]+)\s+(?P<participle>[a-z]{3,}ed|born|held|shot|seen"
    r"|taken|hit|struck|caught|found|sent|sold|built|made)\s+(?:in|on|at|from|off|near|during|by|over"
    r"|outside|inside)\s"
)


def _subject_participle(text: str, left: int, lo: int, start: int) -> tuple[int, int] | None:
    """ "The family of the driver killed in the crash on Sunday has appealed": a participle
    after its noun in the subject, dated by the time before the main verb (checked by the
    caller), with no verb of a clause of its own between."""
    found = None
    for m in _SUBJECT_PARTICIPLE.finditer(text, lo, start):
        found = m
    if found is None or found.start() < left:
        return None
    for det in _NEAREST_DETERMINER.finditer(text, found.start() + 1, found.start("noun")):
        nearer = _SUBJECT_PARTICIPLE.match(text, det.start())
        if nearer is not None and nearer.start("participle") == found.start("participle"):
            found = nearer
            break
    noun = found.group("noun").lower()
    if (
        noun in _FUNCTION_WORDS
        or noun in _TIME_WORDS
        or noun in ("was", "were", "is", "are", "been", "be", "has", "have", "had", "not")
        or any(c in ",;:()" for c in text[found.start() : start])
        or _finite_verb(text, found.end(), start)
        or _RELATIVE_AGAIN.search(text, found.end("participle"), start) is not None
    ):
        return None
    return found.start(), start


_RELATIVE_AGAIN = re.compile(r"\s(?:that|who|which|and|but)\s")


#: a noun, its participle and up to eight words of what was done, then the time
_FAR_REDUCED_RELATIVE = re.compile(
    # ("the trial of two men accused of robbing four banks in the summer of 1997": a count
    # is a determiner too, and "of" follows "accused", "convicted", "suspected")
    r"\b(?:the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?!(?:was|were|is|are|been|be|has|have|had)\s)[a-z][\w'’-]*\s+"
    r"(?P<participle>[a-z]{3,}ed)\s+(?:for|over|after|in|on|at|by|from|with|of)\s+"
    r"(?:[\w'’-]+\s+){1,8}?(?:in|on|at|during|last|early|late)\s+$"
)


def _far_participle(
    text: str, left: int, start: int, others: Sequence[tuple[int, int]]
) -> re.Match[str] | None:
    """The reduced relative clause that ends at ``start`` with words between its participle
    and the time, when a time before it already dates the clause's own verb."""
    found = max(
        _FAR_REDUCED_RELATIVE.finditer(text, max(left, start - 120), start),
        key=_match_start,
        default=None,
    )
    if (
        found is None
        or found.end() != start
        or any(c in ",;:" for c in text[found.start() : start])
    ):
        return None
    if not any(left <= a and b <= found.start() for a, b in others):
        return None
    # the nearest noun before the participle: "the conviction of a man jailed for ...": "a man"
    participle = found.start("participle")
    for det in _FAR_DETERMINER.finditer(text, found.start() + 1, participle):
        nearer = _FAR_REDUCED_RELATIVE.match(text, det.start(), start)
        if nearer is not None and nearer.end() == start:
            found = nearer
    return found


_DETERMINER_WORD = re.compile(r"\b(?:the|a|an|its|their|his|her)\s")
_FAR_DETERMINER = re.compile(
    r"\b(?:the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten)\s"
)


#: words in "-ing" that lead a phrase, not a participle clause
_NOT_PARTICIPLES = frozenset(
    [
        "including",
        "according",
        "during",
        "following",
        "regarding",
        "concerning",
        "excluding",
        "pending",
        "notwithstanding",
        "beginning",
        "starting",
        "ending",
        "totalling",
        "totaling",
    ]
)
_CLOSING_PARTICIPLE = re.compile(r",\s+([a-z]{3,}ing)\s")
_TIME_PREPOSITION = re.compile(r"\b(?:in|on|at|by|until|since|from|during)\s+$")


def _closing_participle(
    text: str, left: int, right: int, start: int, others: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """ "He studied at Imperial College London, graduating in 1961.": a participle clause that
    closes the sentence holds the only time, so it is that time's event, not the clause
    before it."""
    found = max(_CLOSING_PARTICIPLE.finditer(text, left, start), key=_match_start, default=None)
    if found is None or found.group(1) in _NOT_PARTICIPLES or "," in text[found.end() : right]:
        return None
    if not _TIME_PREPOSITION.search(text, found.end(), start):
        return None  # "beating the 2008 final": a time that names a thing, no event's time
    if any(left <= a < found.start() for a, _ in others) or not _finite_verb(
        text, left, found.start()
    ):
        return None
    return found.start(1), right


_NAME_HEAD = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
_APPOSITION_OPENS = re.compile(r"(?:the|a|an)\s")


def _apposition(text: str, left: int, right: int, start: int, end: int) -> tuple[int, int] | None:
    """ "Fritz, the first American man to reach a major final since 2009, had beaten Tiafoe":
    a time in an apposition set off by commas after a name dates the name and its
    apposition, not the sentence's verb."""
    opening = text.find(", ", left, start)
    if opening < 0 or not _NAME_HEAD.fullmatch(text, left, opening):
        return None
    if not _APPOSITION_OPENS.match(text, opening + 2) or "," in text[opening + 2 : start]:
        return None
    closing = text.find(",", end, right)
    if closing < 0 or closing + 2 >= right or not text[closing + 2 : closing + 3].islower():
        return None
    if _finite_verb(text, opening + 2, start):
        return None  # "Lee, the mayor who resigned in May": a relative clause's verb
    return left, closing


#: a verb in the words before a relative clause: they are a clause of their own ("Mayor Cole
#: said the station, built in 1958, ...") and the relative clause hangs on their last noun
_HEAD_VERB = re.compile(
    r"\b(?:said|says|told|is|are|was|were|has|have|had|leaves|left|bought|sold|shows|showed"
    r"|begins|began)\b"
)
#: a participle and the word after it: a preposition there makes it a modifier
_PARTICIPLE_THEN = re.compile(
    r"(?:[a-z]+(?:ed|en)|held|run|built|born|shot|struck|won|made|set|hit|seen|sold|bought|found"
    r"|kept|led|lost|paid|sent|spent|told|caught|begun)\s+(?:(in|on|at|by|during|last|from|since|until|before|after|earlier)\b)?"
)
_WHO_WHICH = re.compile(r"(?:who|whom|which|whose)\b")


#: "at Lincoln", "of Bolton Wanderers": a name after a preposition, right before the comma
def _role_holder_before(text: str, left: int, opening: int, preposition: int) -> bool:
    """ "The MP for Barnsley, who has sat in the Commons since 2010": a "who" hangs on the
    person a role names, not on the place or body after the role's preposition."""
    return (
        text.startswith("who", opening + 2)
        and _ROLE_BEFORE.search(text, left, preposition) is not None
    )


#: a role that a person holds for a place or a body, right before its preposition
_ROLE_BEFORE = re.compile(
    r"\b(?:MP|MPs|member|members|head|chief|executive|director|leader|chairman|chairwoman|chair"
    r"|mayor|minister|secretary|spokesman|spokeswoman|spokesperson|governor|senator|president"
    r"|founder|owner|coach|manager|captain|councillor|representative|editor|principal|boss"
    r"|MEP|MSP|TD|MLA|MPP)$"
)
_NAME_AFTER_PREPOSITION = re.compile(
    r"\s(?:at|of|in|for|from|on|to|by)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$"
)
_WHO_WHICH_WHERE = re.compile(r"(?:who|whom|which|whose|where)\b")
_OPENING_PRONOUN_VERB = re.compile(
    r"(?:(?:as|when|while|because|since|and|but)\s+)?(?:it|he|she|they|we|I)\s+[a-z]{3,}\b",
    re.IGNORECASE,
)
_PRONOUN_AND_VERB = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+[a-z]{3,}\b")
#: "convicted in June", "charged in 2024": a participle and the preposition of its time
_NAMED_PARTICIPLE = re.compile(
    r"(?:[a-z]+ed|born|held|seen|shot|sentenced|taken)\s+(?:in|on|last|earlier)\b"
)
#: two or more capitalised words, a person's or a body's name, right before the comma
_NAME_BEFORE_COMMA = re.compile(r"\b[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+$")
#: "Va.", "England", "New South Wales": what follows a town's comma in a place's name
_PLACE_PART = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}")
_TOWN_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*$")
#: "in Austin", "near Lyon": a town after the preposition of where, right before a comma
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}$"
)
_DETERMINER = re.compile(
    r"(?:the|a|an|another|its|his|her|their|our|this|that|these|those|[A-Z][\w.-]*['’]s)$"
)


#: a town or a region set off by commas after a place's name: "Marsh Lane[, Brantham,]"
_PLACE_SET_OFF = re.compile(
    r"(\b(?:in|at|near|outside|from|on)\s(?:[A-Z][\w.'’-]*\s){0,3}?[A-Z][\w.'’-]*)"
    r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},"
)
#: a person's age set off by commas after the name, right before a relative's comma
_AGE_BEFORE_COMMA = re.compile(r"(?<=[A-Za-z])\s*,\s+\d{1,3}$")


def _noun_before(text: str, left: int, comma: int) -> int | None:
    """Where the noun phrase that ends at ``comma`` begins: a run of capitalised words
    ("Hurricane Helene", "Daniel Hurst") or a determiner and up to three words after it
    ("the current station"); None when neither is there."""
    age = _AGE_BEFORE_COMMA.search(text, left, comma)
    if age is not None:
        # "Aaron Pike, 19, who was stabbed ...": the age set off after a name is the name's
        comma = age.start()
    words = list(_WORD.finditer(text, left, comma))
    if not words or text[words[-1].end() : comma].strip():
        return None
    i = len(words) - 1
    if not words[i].group()[:1].isupper():
        i -= 1
        while i >= max(0, len(words) - 5) and not _DETERMINER.match(words[i].group()):
            if words[i].group().lower() in _FUNCTION_WORDS:
                return None
            i -= 1
        if i < max(0, len(words) - 5):
            return None
        if words[i].group()[:1].islower():
            return words[i].start()
    # a name, or a name's possessive before the noun ("John D. Rockefeller's Standard Oil trust")
    while i > 0 and words[i - 1].group()[:1].isupper():
        i -= 1
    named = _PLACE_NAMED.search(text, max(left, words[i].start() - 40), words[i].start())
    if named is not None:
        # "the hamlet of Brody, which ...": the place and its name are one noun
        return named.start()
    located = _THING_AT_PLACE.search(text, max(left, words[i].start() - 50), words[i].start())
    if (
        located is not None
        and not any(
            w in _FUNCTION_WORDS or w in _NO_NOUNS or w.endswith("ed")
            for w in located.group("words").split()
        )
        # ("a volunteer at First Night Hartford, which runs from 4 p.m.": a "which" tells of
        # the place when the thing before it is a person)
        and not (
            _WHICH_OR_WHERE.match(text, comma) is not None
            and located.group("words").split()[-1].lower() in _PERSON_NOUNS
        )
    ):
        # "a cooling tower on Harbour Street, which was shut down on Monday": the street
        # places the tower, and the relative clause tells of the tower
        return located.start()
    return words[i].start()


#: "a cooling tower on", "the depot near": a thing with its article before the place that
#: places it
_THING_AT_PLACE = re.compile(
    r"\b(?:the|a|an)\s+(?P<words>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+(?:on|in|at|near|of)\s+$"
)
#: ", which", ", where": a relative that tells of a thing or a place, never of a person
_WHICH_OR_WHERE = re.compile(r",\s+(?:which|where)\b")
#: people a place may follow ("a volunteer at ...", "a nurse in ...")
_PERSON_NOUNS = frozenset(
    {
        "man",
        "woman",
        "men",
        "women",
        "boy",
        "girl",
        "child",
        "children",
        "person",
        "people",
        "resident",
        "residents",
        "volunteer",
        "volunteers",
        "worker",
        "workers",
        "officer",
        "officers",
        "teacher",
        "student",
        "students",
        "doctor",
        "nurse",
        "soldier",
        "soldiers",
        "farmer",
        "driver",
        "pilot",
        "lawyer",
        "judge",
        "spokesman",
        "spokeswoman",
        "official",
        "officials",
        "member",
        "members",
        "fan",
        "fans",
        "pensioner",
        "mother",
        "father",
        "son",
        "daughter",
        "employee",
        "employees",
        "guard",
        "engineer",
        "engineers",
        "reporter",
        "pupil",
        "pupils",
        "patient",
        "patients",
        "teenager",
        "customer",
        "customers",
        "tourist",
        "tourists",
        "visitor",
        "visitors",
        "protester",
        "protesters",
        "friend",
        "neighbour",
        "neighbor",
        "pipefitter",
        "manager",
        "owner",
        "director",
        "chef",
        "priest",
        "vicar",
    }
)
#: words after an article that make what follows no noun phrase ("a man was seen in")
_NO_NOUNS = frozenset(
    {
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "who",
        "which",
        "that",
        "and",
        "or",
        "but",
        "said",
        "says",
        "went",
        "came",
        "lives",
        "died",
    }
)


#: "the village of", "the port of": a kind of place before its name
_PLACE_NAMED = re.compile(
    r"\b(?:the|a)\s+(?:[a-z]+\s+)?(?:village|town|city|hamlet|port|district|region|province"
    r"|island|county|suburb|borough|municipality|oblast|settlement|enclave|state|republic)"
    r"\s+of\s+$"
)


#: an aside set off by commas in a speaker's name; one may follow another ("Northgate's chief
#: executive, Dana Whitlock, who took over in October, said ...")
_SPEAKER_ASIDE = re.compile(r", [^,]*(?=,)")


#: where a saying was made, as the whole phrase before the report it brings: "in a statement",
#: "at a news conference", "in a post on X", "in an interview with Reuters", "in a filing
#: that"
_SAID_PLACE = re.compile(
    r"(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:statement|filing|letter|report|interview|speech|address|(?:news|press)\s+conference"
    r"|briefing|post|e-?mail|memo|note|release|video|message|notice|hearing)"
    r"(?:\s+(?:to|on|with)\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)?"
    r"(?:,\s+|\s+)(?:that\s+)?"
)
#: "in a statement", "at a news conference": where a saying was made
_SAID_WHERE = re.compile(r"(?:in|at|during|outside|from)\s+(?:a|an|the|his|her|its|their)\s")


#: the speaker of a correction: "An earlier version of this story", "This article originally"
_EARLIER_VERSION = re.compile(
    r"\b(?:(?:an\s+)?(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:article|story"
    r"|report|piece|post)(?:\s+(?:incorrectly|wrongly|mistakenly))?"
    # ("This report said the economy grew": a report's own saying, no correction)
    r"|this\s+(?:article|story|report|piece|post)\s+(?:originally|previously|incorrectly|wrongly"
    r"|mistakenly))\s*$",
    re.IGNORECASE,
)


def _drop_speaker(
    text: str, left: int, start: int, end: int, others: Sequence[tuple[int, int]]
) -> int:
    """Skip "X said (that)" before the report the time dates, unless the saying is dated (a
    time before the report, outside a clause set off by commas) or the report's subject is
    a pronoun for the speaker ("Cameron said he would step down by October")."""
    m = _ATTRIBUTION_LEAD.search(text, left, start)
    if m is None or m.end() > start:
        return left
    if _EARLIER_VERSION.search(text, max(left, m.start() - 60), m.start()):
        # "An earlier version of this article said the inquiry reported on 28 June": a
        # correction's saying is what the card must show, or it states the error as fact
        return left
    if (
        _SAID_WHERE.match(text, m.end())
        and not m.group().rstrip().endswith("that")
        and not _finite_verb(text, m.end(), start)
    ):
        # ", the club said in a statement on Monday", "told reporters at a briefing on
        # Tuesday": where and when it was said, with no report after it, is the dated saying
        return left
    report = _report_after_dated_saying(text, m, start, others, end)
    if (
        report is not None
        and (not _SINGULAR_PRONOUN.match(text, report) or _PRONOUN_PAST_DEED.match(text, report))
        and not _COUNTED_FROM_SAYING.search(text, max(report, start - 12), end + 6)
    ):
        # "said on Friday that the pair had bought the guns in December": the saying has its
        # own time, so a later time in the report dates the report alone ("he" would lose
        # whom it stands for: "said on Friday that he would resign in May" keeps its speaker,
        # and so does a time counted from the saying: "had fled in the past week")
        return report
    # "Officials said in a statement the plant would close": where it was said, with no time
    # of its own, belongs to the saying left out, not to the report
    place = _SAID_PLACE.match(text, m.end())
    after = place.end() if place is not None and place.end() <= start else m.end()
    speaker = text[left : m.start()]
    opening = _OPENING_PARTICIPLE.match(speaker)
    if opening is not None:
        # "Delivering the report to parliament, Zhu said ...": the speaker is "Zhu"
        speaker = speaker[opening.end() :]
    aside = [(a.start(), a.end()) for a in _SPEAKER_ASIDE.finditer(speaker)]
    told = len(_WORD.findall(speaker)) - sum(len(_WORD.findall(speaker, x, y)) for x, y in aside)
    # ("An article published on 24 July about the closure ... said": the words of a time in
    # the speaker's noun phrase name no one, and count for nothing in its length)
    told -= sum(
        len(_WORD.findall(text, a, b))
        for a, b in others
        if left <= a and b <= m.start() and not any(left + x <= a < left + y for x, y in aside)
    )
    pronoun = _PRONOUN_SUBJECT.match(text, after)
    singular = pronoun is not None and _SINGULAR_PRONOUN.fullmatch(pronoun.group())
    if singular and _PLURAL_SPEAKER.search(speaker):
        pronoun = None
    if pronoun is not None and pronoun.group().lower() == "it" and speaker.strip():
        # "Microsoft said it first saw problems at 19:00 UTC", "The airline said it would
        # return to a normal schedule on Friday": an organisation's "it" reads as its name,
        # so the report stands alone on the card, a plan as much as a past event ("raised
        # its forecast and said it would pay a dividend on Dec. 15": with no name before the
        # saying, "said" is what tells whose plan it is)
        pronoun = None
    if told > 12 or pronoun is not None:
        return left
    if _SAYING_THEN_THAT.match(text, end):
        return left  # "said at a news conference on Monday that ...": the saying is dated
    if (
        not text.startswith(_SAY_VERBS, m.start())
        and "that" not in m.group()
        and not _finite_verb(text, m.end(), start)
    ):
        # "confirmed 14 cases of measles on Thursday": the verb and its object are the
        # event, not a speaker before a report
        return left
    report = -1  # where the report's "that" lies, looked for once when needed
    for a, _ in others:
        if left <= a < m.end() and not any(left + x <= a < left + y for x, y in aside):
            if (
                # (a "that" marks the report plainly: the cheap test comes first; with none, a
                # verb of saying and a clause after it: "Opening the case on Monday, the
                # prosecutor said Cole had bought the knife on 28 February")
                (
                    "that" in m.group()
                    or (
                        text.startswith(_SAY_VERBS, m.start())
                        and _finite_verb(text, m.end(), start)
                        # ("On Monday the company said it would close ...": a pronoun for the
                        # speaker keeps the speaker, dev2)
                        and not _PRONOUN_SUBJECT.match(text, m.end())
                    )
                )
                and a < m.start()
                and m.end() < start
                and not _SINGULAR_PRONOUN.match(text, m.end())
                and not _COUNTED_FROM_SAYING.search(text, max(m.end(), start - 12), end + 6)
            ):
                # "A post shared on X on June 15 claims that Israel struck ... on June 13": the
                # speaker's own time dates the saying, so a later time dates the report alone
                return m.end()
            return left
        if m.end() <= a < start:
            if not _tells_an_event(text, m.end(), a):
                return left  # "said Thursday that ...": the saying is dated
            if report == -1:
                that = _REPORT_THAT.search(text, m.end(), start)
                report = that.start() if that is not None else m.end()
            if a < report:
                return left  # "said in a report released on Wednesday that ...": dated
    if (
        not _tells_an_event(text, m.end(), start)
        and not m.group().rstrip().endswith("that")
        and not (start == m.end() and _TIME_AS_SUBJECT.match(text, start, end + 24))
    ):
        # "said Tuesday it had ...", "said on Tuesday that ...": the saying is dated ("heard
        # that in 2014 ...": a time after the "that" is the report's; "said the weekend would
        # be calmer": a time with its article and a verb after it is the report's subject)
        return left
    return after


#: "the weekend would", "the summer was": a time as the subject of the report's verb
_TIME_AS_SUBJECT = re.compile(
    r"the\s[^,.;:]*?\s(?:would|will|was|is|were|are|had|has|could|should|might)\b",
    re.IGNORECASE,
)


def _report_after_dated_saying(
    text: str, lead: re.Match[str], start: int, others: Sequence[tuple[int, int]], end: int
) -> int | None:
    """Where the report begins when a time dates the saying right after its verb ("said on
    Friday that", "said Tuesday it") and ``start`` lies in the report, past that time."""
    verb_end = lead.start() + len(lead.group().split(None, 1)[0])
    # the saying's time comes within a few words of its verb ("said late on Friday")
    # (the sentence's times come in text order)
    i = bisect.bisect_left(others, (verb_end, verb_end))
    nearest = others[i] if i < len(others) else None
    said_where = (
        nearest is not None
        and _SAID_WHERE_WHEN.fullmatch(text, verb_end, nearest[0]) is not None
        and _EXPLICIT_THAT.match(text, nearest[1]) is not None
    )
    if (
        nearest is None
        or (nearest[0] >= verb_end + 24 and not said_where)
        or nearest[1] > start
        or (
            _tells_an_event(text, verb_end, nearest[0])
            and not _told_whom(text, lead, nearest[0])
            and not said_where
        )
    ):
        return None
    that = _SAYING_THAT.match(text, nearest[1])
    report = that.end() if that is not None else nearest[1]
    if (
        "that" not in (that.group() if that is not None else "")
        and not text.startswith(_SAY_VERBS, lead.start())
        and not _PRONOUN_SUBJECT.match(text, report)
    ):
        # "reported on Wednesday a net loss of $38 million": a verb that takes a thing as its
        # object, with no "that", tells the event itself ("announced on Monday it would ...":
        # a subject and its verb are a report)
        return None
    if report < start and _finite_verb(text, report, start):
        return report
    if report == start and _TIME_THEN_VERB.match(text, end):
        # "said on Thursday that 2025 was the warmest year on record": the time is the
        # report's subject
        return report
    return None


#: a verb right after a time that opens a report: "that 2025 was", "that 2026 will"
_TIME_THEN_VERB = re.compile(r"\s+(?:was|were|is|are|will|would|had|has|could|should|might)\b")


#: whom a saying was told before its time: "told jurors on Friday that", "told a Senate panel
#: on Tuesday that"
_TOLD_WHOM = re.compile(
    r"told(?:\s+(?:a|an|the|its|his|her|their))?(?:\s+[\w.'’-]+){1,2}\s+(?:on|late|early)\s+$"
)


#: where a saying was made, then its time: "said in a statement to Parliament on 27 February
#: that", "said in a preliminary report released on Wednesday that", "said at a news
#: conference on Tuesday that"
_SAID_WHERE_WHEN = re.compile(
    r"\s+(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){1,5}?"
    # ("said in a statement issued late on Monday that", "said in a letter to island
    # councils dated 24 February that", "testified at his trial in January that": the time's
    # own words may open it)
    r"(?:(?:on|in|late|early)\s+|(?<=issued\s)|(?<=dated\s)|(?<=released\s)|(?<=published\s)"
    r"|(?<=sent\s))"
)
#: what opens the report after the saying's time: "that", or a subject ("the pool would ...")
_EXPLICIT_THAT = re.compile(
    r",?\s+(?:that\s|(?=(?:the|a|an|he|she|it|they|we|its|his|her|their)\s))"
)


def _told_whom(text: str, lead: re.Match[str], time_start: int) -> bool:
    """Between "told" and the saying's time lies only whom it was told to."""
    return _TOLD_WHOM.match(text, lead.start(), time_start) is not None


_COUNTED_FROM_SAYING = re.compile(
    r"\b(?:since|past|last|next|coming|previous|this|ago)\b", re.IGNORECASE
)
_SAYING_THAT = re.compile(r",?\s+that\s+|\s+")
