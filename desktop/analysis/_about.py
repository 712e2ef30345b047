"""What an article is about, as the words of its title and lead, and how alike two articles are
in it: the comparison tells apart stories that run in the same weeks of one project by these
words ("collapse", "Tarrow", "bridge" against "strike", "dockers", "Port Kellin"), where their
days cannot."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import islice
from typing import TypeVar

K = TypeVar("K")

#: how many words of an article's body, after its title, say what it is about: the lead,
#: where news writing puts the who, what and where
LEAD_WORDS = 80

#: how much of an article's text the comparison is given with its title to tell what it is
#: about: enough for the lead it reads (``LEAD_WORDS``, 80 words), as a news lead runs 5 to 7
#: characters a word with its spaces, figures and punctuation. Here, not in the services, so
#: that the window's conflicts model can read it without loading the project code.
ABOUT_CHARS = 800

#: words any story has: function words, the verbs of telling, days, months and numbers in
#: words (what a story is about lies in its names and its nouns and verbs of the event)
_ANY_STORY_WORDS = """
    a an the of in on at to for and or but nor by with from as that this these those its it
    their his her was were is are be been being has have had do does did not no yes so than
    then there here they he she we our us you your them all any each other such only also
    into onto over under after before since until while during about around against between
    through across up down out off again more most less least some many much few very just
    who whom whose which what when where why how will would could should may might can must
    said says say saying told tells tell according added adds asked reported reports report
    announced statement spokesman spokeswoman spokesperson official officials
    one two three four five six seven eight nine ten eleven twelve hundred thousand million
    billion first second third last next new per cent percent
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    morning afternoon evening night week weeks day days month months year years
    january february march april may june july august september october november december
    people news update updated live read more
"""
_ANY_STORY = frozenset(_ANY_STORY_WORDS.split())

#: in how many stories of a project's weeks a word may already be and still be looked up when
#: an article is put with its story: one in more says nothing of which story it tells
_MANY_STORIES = 12

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")
#: a possessive's "'s" or "'" at a word's end ("Tarrow's", "workers'"), in a casefolded lead
_POSSESSIVE_RE = re.compile(r"''?s?(?= |$)")
#: how much of a text's opening is read first for its lead (news runs 5 to 7 characters a
#: word with its spaces, figures and punctuation; ``about_words`` reads on when it is short)
_LEAD_CHARS = LEAD_WORDS * 16


def about_words(text: str) -> frozenset[str]:
    """The words of ``text`` (an article's title and body) that tell what it is about: those of
    the title and the first ``LEAD_WORDS`` words of the body, casefolded, a possessive's "'s"
    taken off, no word any story has and none under three letters."""
    # the lead's words casefolded and their possessives taken off all at once, in one string
    # (a project of thousands of articles reads them all at each comparison); read from the
    # text's opening when that holds the lead and a word more (the last word found there may
    # be cut), else from the whole text
    found = _WORD_RE.findall(text, 0, _LEAD_CHARS)
    if len(found) <= LEAD_WORDS and len(text) > _LEAD_CHARS:
        found = [m.group() for m in islice(_WORD_RE.finditer(text), LEAD_WORDS)]
    lead = " ".join(found[:LEAD_WORDS]).casefold().replace("’", "'")
    lead = _POSSESSIVE_RE.sub("", lead)
    return frozenset(w for w in lead.split(" ") if len(w) >= 3) - _ANY_STORY


#: a word written with a capital inside a sentence ("the Corran mill", "at Port Kellin"): after
#: a word in small letters or a comma, never a sentence's or a line's first
_NAME_RE = re.compile(r"(?<=[a-z,;] )[A-Z][A-Za-z'’-]*[A-Za-z]")


def about_names(text: str) -> frozenset[str]:
    """The words of ``text``'s opening (as ``about_words`` reads it) written as names: with a
    capital inside a sentence, casefolded, a possessive taken off ("corran", "kellin"). A
    story's names (its place, its people) are its own, where its event's words ("workers",
    "injured", "fire") may be any story's of the same weeks. A line in headline case ("Workers
    Injured In Corran Mill Fire": most of its words with a capital) says nothing of names."""
    found = []
    for line in text[:_LEAD_CHARS].splitlines():
        capitals = _NAME_RE.findall(line)
        if 2 * len(capitals) > len(_WORD_RE.findall(line)):
            continue
        found += capitals
    lead = " ".join(found).casefold().replace("’", "'")
    lead = _POSSESSIVE_RE.sub("", lead)
    return frozenset(w for w in lead.split(" ") if len(w) >= 3) - _ANY_STORY


class Likeness:
    """How alike articles are in what they are about: the cosine of their words, each word
    weighted by its rarity among the project's articles (a word every article has says little
    of which story one tells, a name two share says much)."""

    def __init__(self, words: Mapping[int, Iterable[str]]) -> None:
        self._words = {a: frozenset(ws) for a, ws in words.items()}
        n = len(self._words)
        df = Counter(w for ws in self._words.values() for w in ws)
        # smoothed, so that a word every article of a one-story project has still counts
        self._weight = {w: math.log((n + 1) / k) + 1.0 for w, k in df.items()}
        #: each word's weight squared, what a cosine sums
        self._weight2 = {w: weight * weight for w, weight in self._weight.items()}
        weight2 = self._weight2
        self._norm = {
            a: math.sqrt(sum(map(weight2.__getitem__, ws))) for a, ws in self._words.items()
        }

    def knows(self, article: int) -> bool:
        """Whether ``article`` says anything of what it is about."""
        return bool(self._words.get(article))

    def __call__(self, a: int, b: int) -> float:
        wa, wb = self._words.get(a), self._words.get(b)
        if not wa or not wb:
            return 0.0
        shared = sum(map(self._weight2.__getitem__, wa & wb))
        return shared / (self._norm[a] * self._norm[b])

    def stories(self, articles: Sequence[int], least: float) -> list[list[int]]:
        """``articles`` (in the order they were told, each with words of its own) as the
        stories they tell: each joins the story whose words, all its articles' together, are
        most like its own, if at least ``least`` alike, else starts one. A story's words as a
        whole hold its core (its place, its event) more surely than any one report of it. A
        word already in ``_MANY_STORIES`` stories says nothing of which one an article tells
        and is not looked up (a project of thousands of articles stays quick)."""
        members: list[list[int]] = []
        counts: list[dict[str, int]] = []
        norms2: list[float] = []
        having: dict[str, list[int]] = {}
        weights2 = self._weight2
        for a in articles:
            shared: dict[int, float] = {}
            for w in self._words[a]:
                told = having.get(w, ())
                if len(told) > _MANY_STORIES:
                    continue
                weight2 = weights2[w]
                for s in told:
                    shared[s] = shared.get(s, 0.0) + weight2 * counts[s][w]
            best, best_score = -1, 0.0
            for s, amount in shared.items():
                score = amount / (self._norm[a] * math.sqrt(norms2[s]))
                if score > best_score or (score == best_score and s < best):
                    best, best_score = s, score
            if best < 0 or best_score < least:
                best = len(members)
                members.append([])
                counts.append({})
                norms2.append(0.0)
            members[best].append(a)
            story_counts = counts[best]
            grown = 0.0
            for w in self._words[a]:
                k = story_counts.get(w, 0)
                if k == 0:
                    having.setdefault(w, []).append(best)
                # (k + 1)^2 - k^2: the word's count in the story's words, one more
                grown += weights2[w] * (2 * k + 1)
                story_counts[w] = k + 1
            norms2[best] += grown
        return members

    def core(self, story: Sequence[int]) -> frozenset[str]:
        """The words at least half the articles of ``story`` give: what it is about at its
        core (its place, its event), whichever angle each report takes."""
        counts = Counter(w for a in story for w in self._words.get(a, ()))
        return frozenset(w for w, k in counts.items() if 2 * k >= len(story))


#: the most words of a name a row is told apart by ("Port Kellin", "Corran")
_NAME_WORDS = 3
#: a name's next word, written with a capital right after it on the same line ("Port Kellin")
_NEXT_NAME_RE = re.compile(r" ([A-Z][A-Za-z'’-]*[A-Za-z])")


def _names_as_written(text: str) -> list[tuple[str, str]]:
    """The names of ``text``'s opening as ``about_names`` finds them, each as (the word
    casefolded, the name it starts or lies in as written: "Port Kellin")."""
    out: list[tuple[str, str]] = []
    for line in text[:_LEAD_CHARS].splitlines():
        found = list(_NAME_RE.finditer(line))
        if 2 * len(found) > len(_WORD_RE.findall(line)):
            continue  # a headline in headline case names nothing by its capitals
        for m in found:
            words = [m.group()]
            end = m.end()
            while len(words) < _NAME_WORDS and (more := _NEXT_NAME_RE.match(line, end)):
                words.append(more.group(1))
                end = more.end()
            # "Tarrow's": the name without its possessive
            phrase = _POSSESSIVE_RE.sub("", " ".join(words).replace("’", "'"))
            out.append((_POSSESSIVE_RE.sub("", m.group().casefold().replace("’", "'")), phrase))
    return out


def telling_names(texts: Mapping[K, Sequence[str]]) -> dict[K, str]:
    """For groups the analyst would see under one label (each by its key, with the titles and
    openings of the articles its figures come from), the name that tells each apart from the
    others: of the names its articles write (as ``about_names`` reads them: a place, a
    company, a person), the one most of them give and no other group's article gives, as its
    articles write it ("Corran", "Port Kellin"). A group with no name of its own gets none."""
    names_of: dict[K, list[list[tuple[str, str]]]] = {
        key: [_names_as_written(t) for t in ts] for key, ts in texts.items()
    }
    words_of = {
        key: {w for names in each for w, _ in names if w not in _ANY_STORY}
        for key, each in names_of.items()
    }
    told: dict[K, str] = {}
    for key, each in names_of.items():
        others = set().union(*(ws for k, ws in words_of.items() if k != key))
        given: Counter[str] = Counter()
        first: dict[str, int] = {}
        phrases: dict[str, Counter[str]] = {}
        for names in each:
            for w in {w for w, _ in names}:
                given[w] += 1
            for w, phrase in names:
                first.setdefault(w, len(first))
                phrases.setdefault(w, Counter())[phrase] += 1
        own = [w for w in given if len(w) >= 3 and w not in others and w not in _ANY_STORY]
        if not own:
            continue
        # the name most of its articles give, the first written among equals
        best = max(own, key=lambda w: (given[w], -first[w]))
        told[key] = phrases[best].most_common(1)[0][0]
    return told
