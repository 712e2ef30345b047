"""Durations as figures: how long an event or a state lasted, or had lasted up to a time.

"The runway was shut for 20 hours in all", "The outage lasted 50 hours", "a 31-hour riot",
"Power was restored some 53 hours after the fault", "The road has been closed for 12 days":
analysts compare these across outlets as they compare tolls. The time engine has already found
each duration (a DURATION expression, desktop/extract/timex.py); this module decides which of
them say how long something lasted, and reads that as a figure:

- ``unit``: the time unit as written, in the plural ("minutes", "hours", "days", "weeks",
  "months", "years"); the comparison converts them to hours;
- ``measure``: what lasted, as a verb of lasting: "lasted" (an event: a riot, a strike, an
  outage, talks), or the state held for that long, read from the words before "for" ("closed
  for", "suspended for", "trapped for", "held for", "burned for", "without power for", "at the
  wheel for"), synonyms made one ("shut", "sealed off" -> "closed");
- ``counted``: the head noun of the thing that lasted ("riot", "runway", "miners"), when the
  sentence names it (a pronoun takes the sentence's first subject: "The runway reopened after
  it had been closed for 17 hours");
- ``period``: "cumulative" for a duration still running when told ("has been closed for 12
  days", "have now been shut for three weeks"): a later, longer report of it is an update;
  a duration over ("lasted", "had been", "in all") is one value whenever it is told;
- ``tolerance``: a count of days, weeks, months or years is told to the whole unit, so it
  holds half a unit either way ("lasted two days" and "lasted 50 hours" agree).

No figure: a window ("in the past 48 hours 12 people died", "the first 24 hours of the
search", "within 24 hours", "for the next three days"), a frequency ("every two hours"), a plan
or a term ("would take two weeks", "will stay closed for", "a 48-hour deadline", "a 24-hour
hotline", "a 72-hour ceasefire"), a prison term or ban ("jailed for 10 years": a court's
sentence, which the figure reader has never read as a figure either), a custody's term
("remanded in custody for 30 days") or a person's suspension, and an age.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date
from itertools import pairwise
from typing import NamedTuple

from desktop.domain import Figure, FigurePeriod, TimeExpression
from desktop.extract.numbers import NumberMention, find_numbers
from desktop.extract.qualifiers import qualifier_after, qualifier_before

#: the time unit a duration is told in, by the word as written
_UNIT_RE = re.compile(r"\b(minute|hour|day|week|month|year)s?\b", re.IGNORECASE)

#: events and states that last, named after an "N-hour" or "N-day" compound ("a 31-hour riot",
#: "a 10-day strike", "a two-hour meeting"); a term set in advance ("a 48-hour deadline", "a
#: 72-hour ceasefire", "a 24-hour hotline", "a 30-day ban") is no span that passed
_EVENT_NOUNS = frozenset(
    {
        "riot",
        "riots",
        "strike",
        "strikes",
        "walkout",
        "stoppage",
        "siege",
        "outage",
        "blackout",
        "shutdown",
        "closure",
        "standoff",
        "stand-off",
        "meeting",
        "talks",
        "session",
        "debate",
        "hearing",
        "search",
        "manhunt",
        "operation",
        "rescue",
        "battle",
        "clashes",
        "fighting",
        "protest",
        "sit-in",
        "occupation",
        "blockade",
        "blaze",
        "fire",
        "trial",
        "ordeal",
        "vigil",
        "march",
        "delay",
        "wait",
        "lockdown",
        "drought",
        "war",
        "filibuster",
        "disruption",
        "interruption",
        "protests",
        "demonstration",
        "demonstrations",
        "negotiations",
        "hearings",
        "unrest",
        "mourning",
        "shelling",
        "bombardment",
        "rioting",
        "heatwave",
        "rain",
    }
)
#: verbs by which an event lasted: "lasted 50 hours", "went on for four days"
_LASTED_BEFORE_RE = re.compile(
    r"\b(?:lasted|lasting|has\s+lasted|had\s+lasted|went\s+on|dragged\s+on|continued"
    r"|raged|stretched|spanned)\s+(?:for\s+)?(?:only\s+|just\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
#: a state held for a while, told with a verb of being before it: "was shut for", "had been
#: at the wheel for", "were without power for", "remained closed for", "has now been shut for"
_STATE_FOR_BEFORE_RE = re.compile(
    r"\b(?P<aux>(?:has|have|had)(?:\s+(?:now|already|still|also))?\s+been|was|were|is|are"
    r"|remained|stayed|remains|stay|been|went|go|gone)\s+(?:(?:now|still|fully|completely|also|effectively"
    r"|then)\s+)?(?P<state>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}?)\s+for\s+$",
    re.IGNORECASE,
)
#: an intransitive verb of a state or an event that went on for a while: "burned for 19 hours",
#: "had worked 13 hours"; a wait is left out: "1 in 5 patients had waited more than 18 weeks"
#: is a threshold that sorts the patients, no span of one thing
_VERB_FOR_BEFORE_RE = re.compile(
    r"\b(?P<state>burned|burnt|blazed|raged|smouldered|smoldered|sat|marched|walked"
    r"|drove|hid|struck|fasted|slept|worked|danced|talked|negotiated|deliberated"
    r"|sheltered|searched|closed|shut|halted|stopped|stalled|paused)\s+"
    r"(?:(?:on|out|down|in\s+all)\s+)?(?:for\s+)?$",
    re.IGNORECASE,
)
#: the measures of a duration that are verbs of doing, told as "how long the fire burned"; any
#: other "<state> for" is a state a thing was in ("how long the runway was closed")
ACTIVE_MEASURES = frozenset(
    {
        "burned for", "sat for", "marched for", "walked for", "drove for", "hid for",
        "struck for", "fasted for", "slept for", "worked for", "danced for", "talked for",
        "negotiated for", "deliberated for", "sheltered for", "searched for", "stalled for",
    }
)  # fmt: skip
#: words of the state as written that name the same state: "shut" and "sealed off" a place is
#: closed, service "halted" is suspended
_STATE_SYNONYMS = {
    "shut": "closed",
    "shut down": "closed",
    "sealed off": "closed",
    "sealed": "closed",
    "blocked": "closed",
    "closed off": "closed",
    "cordoned off": "closed",
    "halted": "suspended",
    "stopped": "suspended",
    "grounded": "suspended",
    "cut": "suspended",
    "cut off": "suspended",
    "burnt": "burned",
    "blazed": "burned",
    "raged": "burned",
    "smouldered": "burned",
    "smoldered": "burned",
    "burning": "burned",
    "blazing": "burned",
    "raging": "burned",
    "smouldering": "burned",
    "detained": "held",
    "held hostage": "held",
    "held captive": "held",
    "kept": "held",
    "buried": "trapped",
    "stuck": "trapped",
    "out of power": "without power",
    "without electricity": "without power",
}
#: a court's term or a ban, which the figure reader does not read as figures: "was jailed for
#: 10 years", "was banned for two years"
_TERM_STATES = frozenset(
    {
        "jailed",
        "imprisoned",
        "sentenced",
        "banned",
        "barred",
        "suspended from",
        "exiled",
        "disqualified",
        "elected",
        "appointed",
        "re-elected",
        "locked up",
        "convicted",
        "fined",
        "paroled",
        "married",
        "known",
        "used",
        "planned",
        "scheduled",
        "due",
        "set",
        "expected",
        "designed",
        "booked",
        "rented",
        "leased",
        "responsible",
        "able",
        # "222 remained unaccounted for two days after the quake": the verb's own "for"
        "unaccounted",
        "accounted",
        "paid",
        "called",
        "asked",
        "voted",
        "cared",
        "looked",
        "eligible",
        "liable",
        "ready",
        "famous",
        "grateful",
    }
)
#: words of a person held by the law: a state with one of them is a custody's term ("remanded
#: in custody for 30 days", "kept in detention for a month", "on bail for"), not a span of an
#: event; a hostage "held for 12 days" names none and stays a span
_CUSTODY_WORDS = frozenset(
    {"custody", "detention", "jail", "prison", "remanded", "remand", "bail", "probation"}
    | {"charge"}
)
#: verbs of the law holding a person: "The protesters were detained for nearly 10 hours",
#: "was questioned for six hours" are a custody's term, as "remanded in custody" is
_CUSTODY_VERBS = frozenset(
    {"detained", "arrested", "interned", "incarcerated", "questioned", "interrogated"}
)
#: the law as the agent that held a person: "was held for 12 hours by police"
_LAW_AGENT_AFTER_RE = re.compile(
    r"[ \t]+(?:\w+[ \t]+){0,3}?by[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?(?:police|officers"
    r"|authorities|security[ \t]+(?:forces|services|agents)|(?:border[ \t]+)?guards|immigration"
    r"|detectives|agents)\b",
)
#: a captor holding people named as the verb's object: "Gunmen held the hostages for 40 hours",
#: "kept the crew captive for 11 days": how long the hostage-taking lasted; any other person
#: held ("Officers held her for 12 hours", "Authorities held the activist for 72 hours") is a
#: custody's term and no figure
_HELD_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:held|kept)\s+(?:(?:[\w,-]+\s+){0,3}?(?P<head>hostages|captives|crew|passengers)"
    r"(?:\s+(?:hostage|captive))?|(?:[\w,-]+\s+){0,3}?(?P<head2>[a-z]+)\s+(?:hostage|captive))"
    r"\s+for\s+(?:only\s+|just\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+"
    r"|more\s+than\s+|over\s+|less\s+than\s+)?$",
    re.IGNORECASE,
)
#: "N hours after the fault": how long until something was over, by the verb that says what
#: was over ("Power was restored ... some 53 hours after the fault", "pulled alive from the
#: rubble after 72 hours")
_OVER_VERBS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:restored|reconnected|came\s+back)\b", re.IGNORECASE), "lasted"),
    (re.compile(r"\b(?:reopened|re-opened)\b", re.IGNORECASE), "closed for"),
    (
        re.compile(
            r"\brescued\b|\b(?:pulled|freed|dug|plucked|brought\s+out|found)\s+(?:\w+\s+){0,3}?"
            r"(?:alive|from\s+the\s+(?:rubble|debris|wreckage|mine|cave|water|sea))",
            re.IGNORECASE,
        ),
        "trapped for",
    ),
    (
        re.compile(
            r"\b(?:put\s+out|extinguished|brought\s+under\s+control|doused)\b", re.IGNORECASE
        ),
        "burned for",
    ),
    (re.compile(r"\b(?:released|freed|set\s+free)\b", re.IGNORECASE), "held for"),
    (re.compile(r"\b(?:ended|called\s+off|lifted)\b", re.IGNORECASE), "lasted"),
)
#: an event named with its length after it: "a siege of almost two days", "an outage lasting
#: 50 hours"
_EVENT_OF_BEFORE_RE = re.compile(
    r"\b(?P<noun>[a-z][a-z-]*)\s+(?:of|lasting)\s+(?:only\s+|just\s+|nearly\s+|almost\s+"
    r"|about\s+|around\s+|some\s+|more\s+than\s+|over\s+|less\s+than\s+)?$",
    re.IGNORECASE,
)
#: how long a thing done took, in the past: "The count took 11 hours", "It took firefighters
#: 19 hours" (a plan, "will take", "would take", is no span that passed)
_TOOK_BEFORE_RE = re.compile(
    r"(?<!\bwould\s)(?<!\bcould\s)\btook\s+(?:[A-Za-z]+\s+){0,2}?(?:(?:more|less)\s+than\s+"
    r"|nearly\s+|almost\s+|about\s+|around\s+|some\s+|over\s+|just\s+|only\s+)?$",
    re.IGNORECASE,
)
_TO_VERB_AFTER_RE = re.compile(r"\s+to\s+(?:[a-z]+\s+){1,4}", re.IGNORECASE)
#: a state told beside its noun between commas: "The curfew, in force for 72 hours, ..."
_APPOSED_STATE_RE = re.compile(
    r"[A-Za-z],\s+(?P<state>(?:in\s+force|in\s+place|on\s+strike|under\s+curfew|under\s+siege"
    r"|out\s+of\s+action|out\s+of\s+service|without\s+power|closed|shut|suspended|trapped"
    r"|missing))\s+for\s+$",
    re.IGNORECASE,
)
#: time spent doing a thing: "Rescuers spent more than 20 hours digging"
_SPENT_BEFORE_RE = re.compile(
    r"\b(?:spent|spend|spends|spending)\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+"
    r"|about\s+|around\s+|some\s+|over\s+|at\s+least\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
_GERUND_AFTER_RE = re.compile(r"\s+(?P<v>[a-z]+ing)\b")
#: how late a thing ran: "Flights were delayed by up to five hours"
_DELAYED_BEFORE_RE = re.compile(
    r"\b(?P<v>delayed|held\s+up|late)\s+(?:by\s+)?(?:up\s+to\s+|more\s+than\s+|nearly\s+"
    r"|almost\s+|about\s+|around\s+|some\s+|over\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_POWER_BACK_RE = re.compile(
    r"\b(?:power|electricity|supply|supplies|service)\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:\w+\s+)?(?:restored|reconnected)|\b(?:restored|reconnected)\s+(?:power|electricity)\b",
    re.IGNORECASE,
)
_AFTER_AFTER_RE = re.compile(r"\s+after\s+(?:the|a|an|its|their)\s", re.IGNORECASE)
_AFTER_BEFORE_RE = re.compile(r"\bafter\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?$", re.I)
#: a window, frequency, plan or deadline the duration opens: no span that passed
_NOT_LASTING_BEFORE_RE = re.compile(
    r"\b(?:within|in|over|during|every|per|each|until|till|by|under|up\s+to|at\s+least\s+once"
    r"|take|takes|taking|need|needs|needed|give|given|gave|allow|allowed|another"
    r"|extra|further|additional)\s+$",
    re.IGNORECASE,
)
#: a plan or a wish told before the verb: "will stay closed for", "is expected to last"
_FUTURE_RE = re.compile(
    r"\b(?:will|would|could|may|might|shall|should|must|to|expected|set|due|likely|planned"
    r"|plans?|going|could)\b",
    re.IGNORECASE,
)
#: the clause a duration's verb belongs to opens after these
_CLAUSE_OPENERS_RE = re.compile(
    r"(?:[,;:(]|\b(?:after|before|when|while|as|since|until|because|that|which|who"
    r"|where|although|though|said|says|say|told|reported|announced|added))\s+",
    re.IGNORECASE,
)
#: words that end a subject noun phrase: its head is the last word before them
_SUBJECT_END_RE = re.compile(
    r"\s+(?:of|in|at|on|by|between|from|for|near|across|along|to|with|over|under|inside"
    r"|outside|around|that|which|who|whose)\b",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"}
)
_RELATIVES = frozenset({"that", "which", "who"})
_PAST_VERBS = frozenset(
    {
        "began",
        "broke",
        "went",
        "came",
        "took",
        "fell",
        "rose",
        "hit",
        "struck",
        "spread",
        "said",
        "cost",
        "paid",
        "left",
        "made",
        "kept",
        "put",
        "cut",
        "sold",
        "told",
        "found",
        "lost",
        "won",
        "built",
        "brought",
        "fought",
        "sent",
        "spent",
        "led",
        "met",
        "saw",
        "gave",
        "got",
        "grew",
        "drew",
        "flew",
        "stood",
        "became",
    }
)
_AUXILIARIES = frozenset(
    {"had", "has", "have", "was", "were", "is", "are", "been", "be", "being", "now", "still"}
)
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you"})
#: words that end a clause or come before the subject and say nothing of what lasted
_NOT_SUBJECTS = frozenset(
    {
        "now",
        "then",
        "still",
        "also",
        "there",
        "here",
        "all",
        "both",
        "some",
        "many",
        "most",
        "which",
        "that",
        "who",
    }
)
#: a duration told as over: "in all", "in total", "altogether"
_RUNNING_AUX_RE = re.compile(r"^(?:has|have)\b", re.IGNORECASE)
_OVER_AFTER_RE = re.compile(r"\s*(?:in\s+all|in\s+total|altogether)\b", re.IGNORECASE)
_RANGE_JOIN_RE = re.compile(r"\s*(?:to|-|–|or)\s*", re.IGNORECASE)
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+(?P<low>\d[\d,.]*|[a-z]+)\s+and\s+$", re.IGNORECASE)
#: one of a unit, told with the article: "a day", "an hour", "about a week"
_ONE_UNIT_RE = re.compile(
    r"(?:(?:about|around|nearly|almost|more\s+than|less\s+than|over|some|roughly|just\s+over"
    r"|just\s+under|at\s+least)\s+)?(an?)\s+(?:minute|hour|day|week|month|year)",
    re.IGNORECASE,
)
#: "for the past two weeks", "for the last three days": a span that runs up to now
#: what a length is of, named after it: "after 40 days of hearings", "three months of heavy
#: rain", "two days of talks"
_OF_NOUN_AFTER_RE = re.compile(
    r"\s+of\s+(?:(?:heavy|intense|fierce|heavy|street|mass|peace|hunger|almost|nearly|near"
    r"|continuous|constant|non-stop|nonstop|torrential|bitter|tense)\s+)?(?P<noun>[a-z][a-z-]*)\b"
)
#: a time after or before another: "struck nine hours later", "two days before the vote"
_OFFSET_AFTER_RE = re.compile(
    r"\s+(?:later|earlier|ago|before|after|afterwards|beforehand|into|on\s+from)\b",
    re.IGNORECASE,
)
#: an event called or one of a series, right before its "N-hour" length: "called a 48-hour
#: strike", "a second 24-hour stoppage", "another two-day walkout"
_CALLED_BEFORE_RE = re.compile(
    r"\b(?:(?:called|announced|planned|threatened|vowed|proposed|scheduled|set|promised"
    r"|approved|voted\s+for|backed|warned\s+of)\s+(?:a|an|the)\s+(?:new\s+|fresh\s+)?"
    r"|(?:a|the)\s+(?:second|third|fourth|fifth|further|new|fresh|next|first)\s+"
    r"|another\s+|more\s+)$",
    re.IGNORECASE,
)
#: "for" with its qualifier right before the length: "closed for three days after the rockfall"
_FOR_QUALIFIED_RE = re.compile(
    r"\bfor\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+"
    r"|over\s+|up\s+to\s+|at\s+least\s+|roughly\s+|another\s+)?$",
    re.IGNORECASE,
)
_PAST_SPAN_RE = re.compile(r"the\s+(?:past|last)\s", re.IGNORECASE)
_FOR_BEFORE_RE = re.compile(r"\bfor\s+$", re.IGNORECASE)
#: people whose suspension is a sanction's term: "The official was suspended for six months"
_PERSON_HEADS = frozenset(
    {
        "he",
        "she",
        "official",
        "officials",
        "minister",
        "player",
        "players",
        "coach",
        "athlete",
        "officer",
        "officers",
        "judge",
        "doctor",
        "teacher",
        "lawyer",
        "mayor",
        "member",
        "members",
        "lawmaker",
        "mp",
        "staff",
        "employee",
        "employees",
        "worker",
        "workers",
        "student",
        "students",
        "driver",
        "referee",
        "journalist",
    }
)
_REVISED_RE = re.compile(r"revis|correct|amend|restat", re.IGNORECASE)
_HALF_UNIT_UNITS = frozenset({"days", "weeks", "months", "years"})
#: how many hours a duration's unit holds, by which the comparison sets durations told in
#: different units side by side ("50 hours" against "two days"); a month and a year are their
#: average lengths
HOURS_IN: dict[str, float] = {
    "minutes": 1 / 60,
    "hours": 1.0,
    "days": 24.0,
    "weeks": 168.0,
    "months": 730.5,
    "years": 8766.0,
}
# one of a unit is told in the singular ("closed for a day": 1 day)
HOURS_IN.update({unit[:-1]: hours for unit, hours in list(HOURS_IN.items())})


def duration_figures(
    text: str,
    published: date | None,
    timexes: Sequence[TimeExpression],
    sentences: Sequence[tuple[int, int]],
) -> list[Figure]:
    """A figure for every duration in ``text`` that says how long something lasted."""
    from desktop.extract import figures as reader

    out: list[Figure] = []
    # sentences and expressions come in text order (the figure reader's): the sentence of a
    # duration and the expressions in it are found by halving, not by a walk through all of a
    # long text's for each duration; in any other order, by the walk
    sentence_starts = [a for a, _ in sentences]
    sentences_in_order = all(a <= b <= c for (a, b), (c, _) in pairwise(sentences))
    timex_starts = [u.start for u in timexes]
    timexes_in_order = all(a <= b for a, b in pairwise(timex_starts))
    for t in timexes:
        if t.type != "DURATION":
            continue
        if sentences_in_order:
            k = bisect.bisect_right(sentence_starts, t.start) - 1
            sentence = sentences[k] if k >= 0 and t.start < sentences[k][1] else None
        else:
            sentence = next(((a, b) for a, b in sentences if a <= t.start < b), None)
        if sentence is None:
            continue
        s0, s1 = sentence
        in_sentence = (
            timexes[bisect.bisect_left(timex_starts, s0) : bisect.bisect_left(timex_starts, s1)]
            if timexes_in_order
            else timexes
        )
        # a day ahead of the publication in the sentence: what it tells is planned ("Unions
        # called a 48-hour strike for 3 March")
        ahead = published is not None and any(
            u.type in ("DATE", "TIME")
            and s0 <= u.start < s1
            and u.date is not None
            and u.date.earliest is not None
            and u.date.earliest > published
            for u in in_sentence
        )
        read = _reading(text, t, s0, s1, ahead)
        if read is None:
            continue
        number_start, number_end, value, unit, measure, counted, period, start, end = read[:9]
        high = read.high
        qualifier = qualifier_before(text, number_start)
        after = qualifier_after(text, number_end)
        kind: str = "exact"
        tolerance = 0.0
        if high is not None:
            # "two to three hours", "between 10 and 12 hours"
            kind, tolerance = "range", 0.0
        elif qualifier is not None and qualifier.start >= s0:
            kind, tolerance, start = (
                qualifier.qualifier,
                qualifier.tolerance,
                min(start, qualifier.start),
            )
        elif after is not None:
            kind, tolerance = after.qualifier, after.tolerance
        if unit.rstrip("s") + "s" in _HALF_UNIT_UNITS and value > 0 and high is None:
            # "lasted two days": a count of days is told to the day, half a day either way
            tolerance = max(tolerance, round(0.5 / value, 4))
        number = reader._Number(
            start=start,
            number_start=number_start,
            end=number_end,
            low=value,
            high=value if high is None else high,
            qualifier=kind,  # type: ignore[arg-type]
            tolerance=tolerance,
            rounding=0.0,
            unit=unit,
            kind=read.kind,
            parts=(),
        )
        draft = reader._Draft(
            number=number, end=end, counted=counted, measure=measure, unit=unit, period=period
        )
        draft.clause = reader._clause(text, number_start, end, s0, s1)
        figure = reader._figure(
            text, draft, s0, s1, published, timexes, reader._attributions(text, s0, s1)
        )
        figure.tolerance = max(figure.tolerance, tolerance)
        if figure.change_cue is not None and not _REVISED_RE.search(figure.change_cue):
            # "trapped for 46 hours before rescuers reached them": a verb of reaching near a
            # duration is no count moving; a running duration is told by its period
            figure.change_cue = None
        out.append(figure)
    return out


class _Lasting(NamedTuple):
    """How long something lasted, as the figure reader needs it."""

    number_start: int
    number_end: int
    value: float
    unit: str
    measure: str
    counted: str | None
    period: FigurePeriod | None
    #: the figure's span: from its qualifier or number to the end of what names the thing
    start: int
    end: int
    kind: str
    #: the upper end of a range ("two to three hours"), else None
    high: float | None


def _reading(
    text: str, t: TimeExpression, s0: int, s1: int, ahead: bool = False
) -> _Lasting | None:
    """Where a lasting duration's number lies, its value, unit, measure, counted noun, period
    and the figure's span; None for a duration that is no span of something that lasted."""
    words = t.text
    running_to_now = _PAST_SPAN_RE.match(words) is not None and _FOR_BEFORE_RE.search(
        text, max(s0, t.start - 6), t.start
    )
    if (
        words[:1].isalpha()
        and re.sub(r"^an?\s+", "", words.lower()).split()[0]
        in ("the", "every", "each", "per", "another", "further", "additional", "extra")
        and not running_to_now
    ):
        # "the past 48 hours", "the first 24 hours of the search", "the next three days"; a
        # state held "for the past two weeks" is one that lasted up to now; "another two
        # days", "another two-day walkout": an addition or one of a series, no whole length
        return None
    units = list(_UNIT_RE.finditer(words))
    numbers = [m for m in find_numbers(words) if m.unit is None]
    single = _ONE_UNIT_RE.fullmatch(words)
    if single is not None and not numbers:
        # "closed for a day", "lasted an hour": one of the unit
        numbers = [NumberMention(single.start(1), single.end(1), single.group(1), 1.0, "words")]
    high: float | None = None
    if (
        len(units) == 1
        and len(numbers) == 2
        and numbers[1].end <= units[0].start()
        and _RANGE_JOIN_RE.fullmatch(words, numbers[0].end, numbers[1].start)
        and 0 < numbers[0].value < numbers[1].value
    ):
        # "two to three hours", "3-4 days", "five or six weeks": a range of one unit
        high = numbers[1].value
        numbers = numbers[:1]
    if len(units) != 1 or len(numbers) != 1:
        # two units or numbers otherwise joined ("a year and a half"): left
        return None
    n = numbers[0]
    if n.end > units[0].start() or n.value <= 0:
        return None
    unit = units[0].group(1).lower() + ("" if n.value == 1 and high is None else "s")
    number_start, number_end = t.start + n.start, t.start + n.end
    if high is not None:
        number_end = t.start + len(words[: units[0].start()].rstrip(" -"))
    before = text[s0 : t.start]
    span_start = t.start
    between = _BETWEEN_BEFORE_RE.search(before)
    if between is not None and high is None:
        # "lasted between 10 and 12 hours": the time engine took the upper end alone
        low = find_numbers(between.group("low"))
        if len(low) == 1 and 0 < low[0].value < n.value:
            high, number_start = n.value, s0 + between.start("low")
            span_start = s0 + between.start()
            n = low[0]
            before = before[: between.start()]

    def length(
        measure: str, counted: str | None, end: int, period: FigurePeriod | None = None
    ) -> _Lasting:
        return _Lasting(
            number_start, number_end, n.value, unit, measure, counted, period, span_start, end,
            n.kind, high,
        )  # fmt: skip

    compound = re.match(r"-(?:minute|hour|day|week|month|year)\b", words[units[0].start() - 1 :])
    if compound is not None or words.rstrip().endswith(("-hour", "-day", "-week", "-month")):
        head = re.match(r"\s+([a-z][a-z-]*)", text[t.end : s1])
        if head is not None and head.group(1).lower() not in _EVENT_NOUNS:
            # "a 31-hour prison riot", "a two-day general strike": one word before the noun
            head = re.match(r"\s+[a-z]+\s+([a-z][a-z-]*)", text[t.end : s1])
        if head is None or head.group(1).lower() not in _EVENT_NOUNS:
            return None
        if _FUTURE_RE.search(before[-40:]) or ahead or _CALLED_BEFORE_RE.search(before):
            # "will stage a 48-hour strike", "called a 24-hour strike for Friday": a plan;
            # "a second 48-hour strike", "another 24-hour stoppage": one of a series, no
            # length of the one event the other outlets tell of
            return None
        noun = head.group(1).lower()
        return length("lasted", noun, t.end + head.end())
    event_of = _EVENT_OF_BEFORE_RE.search(before)
    if event_of is not None and event_of.group("noun").lower() in _EVENT_NOUNS:
        # "After a siege of almost two days", "an outage lasting 50 hours"
        if _FUTURE_RE.search(before[max(0, event_of.start() - 40) : event_of.start()]):
            return None
        noun = event_of.group("noun").lower()
        return length("lasted", noun, t.end)
    took = _TOOK_BEFORE_RE.search(before)
    if took is not None:
        # "The vote count took 11 hours", "It took firefighters 19 hours to put out the
        # blaze": how long a thing done took; what the infinitive did says what lasted
        verb_at = s0 + took.start()
        purpose = _TO_VERB_AFTER_RE.match(text, t.end, s1)
        took_measure, took_counted = "lasted", _subject(text, s0, verb_at)
        if purpose is not None:
            took_counted = None
            for pattern, said in _OVER_VERBS:
                if pattern.search(purpose.group(0)):
                    took_measure = said
                    break
        return length(took_measure, took_counted, t.end)
    apposed = _APPOSED_STATE_RE.search(before)
    if apposed is not None:
        # "The curfew, in force for 72 hours, was lifted": the state told beside its noun
        told = " ".join(apposed.group("state").lower().split())
        return length(
            f"{_STATE_SYNONYMS.get(told, told)} for",
            _head(text[s0 : s0 + apposed.start("state")].rstrip(", ")),
            t.end,
        )
    spent = _SPENT_BEFORE_RE.search(before)
    doing = _GERUND_AFTER_RE.match(text, t.end, s1)
    if spent is not None and doing is not None:
        # "Rescuers spent more than 20 hours digging out the miners": how long the work lasted
        verb_at = s0 + spent.start()
        if _FUTURE_RE.search(text[max(s0, verb_at - 30) : verb_at]):
            return None
        return length(f"{doing.group('v').lower()} for", _subject(text, s0, verb_at), t.end)
    delayed = _DELAYED_BEFORE_RE.search(before)
    if delayed is not None:
        # "Flights at Veston airport were delayed by up to five hours"
        verb_at = s0 + delayed.start()
        if _FUTURE_RE.search(text[max(s0, verb_at - 30) : verb_at]):
            return None
        aux = re.search(r"\b(?:was|were|been|is|are)\s+$", text[max(s0, verb_at - 12) : verb_at])
        subject_at = verb_at - (len(aux.group(0)) if aux is not None else 0)
        return length("delayed by", _subject(text, s0, subject_at), t.end)
    if _NOT_LASTING_BEFORE_RE.search(before[-24:]) and not _AFTER_BEFORE_RE.search(before):
        return None
    measure: str | None = None
    verb_at = t.start
    period: FigurePeriod | None = None
    of_event = _OF_NOUN_AFTER_RE.match(text, t.end, s1)
    if (
        of_event is not None
        and not _AFTER_BEFORE_RE.search(before)
        and of_event.group("noun").lower() in _EVENT_NOUNS
    ):
        # "two days of talks", "12 days of protests": the event named after its length
        noun = of_event.group("noun").lower()
        if _FUTURE_RE.search(before[-40:]):
            return None
        return length("lasted", noun, of_event.end())
    offset = _OFFSET_AFTER_RE.match(text, t.end, s1) is not None and not _FOR_QUALIFIED_RE.search(
        before
    )
    # "A second quake struck nine hours later": a time after another, no span of anything
    lasted = None if offset else _LASTED_BEFORE_RE.search(before)
    state = _STATE_FOR_BEFORE_RE.search(before) if lasted is None and not offset else None
    verb = (
        _VERB_FOR_BEFORE_RE.search(before)
        if lasted is None and state is None and not offset
        else None
    )
    if lasted is not None:
        measure, verb_at = "lasted", s0 + lasted.start()
        if lasted.group(0).lower().startswith("has"):
            period = "cumulative"
    elif state is not None:
        told = " ".join(state.group("state").lower().split())
        if told in _TERM_STATES or told.split()[0] in _TERM_STATES or told.endswith(" to"):
            return None
        if (
            _CUSTODY_WORDS.intersection(told.split())
            or told.split()[0] in _CUSTODY_VERBS
            or (told.split()[0] == "held" and _LAW_AGENT_AFTER_RE.match(text, t.end, s1))
        ):
            # "Two men were remanded in custody for 30 days", "held in detention for a
            # month", "The protesters were detained for nearly 10 hours", "was held for 12
            # hours by police": a term a court or the police set for a person, as a sentence is
            return None
        told = _STATE_SYNONYMS.get(told, told)
        measure, verb_at = f"{told} for", s0 + state.start()
        if told == "suspended" and _is_person(text, s0, verb_at):
            # "The official was suspended for six months": a sanction's term, as a ban is
            return None
        if _RUNNING_AUX_RE.match(state.group("aux")) and not _OVER_AFTER_RE.match(text, t.end, s1):
            # "has been closed for 12 days": still closed when told
            period = "cumulative"
    elif verb is not None:
        told = verb.group("state").lower()
        measure, verb_at = f"{_STATE_SYNONYMS.get(told, told)} for", s0 + verb.start()
    elif (held := _HELD_OBJECT_BEFORE_RE.search(before)) is not None:
        # "Gunmen held the hostages for 40 hours": the hostages' ordeal, named by the object
        if _FUTURE_RE.search(text[max(s0, s0 + held.start() - 30) : s0 + held.start()]):
            return None
        return length("held for", (held.group("head") or held.group("head2")).lower(), t.end)
    elif (after_at := _AFTER_BEFORE_RE.search(before)) is not None or _AFTER_AFTER_RE.match(
        text, t.end, s1
    ):
        # "pulled alive from the rubble after 72 hours", "restored some 53 hours after the
        # fault": how long until what the clause's verb says was over
        clause = before[: after_at.start()] if after_at is not None else before
        named = _OF_NOUN_AFTER_RE.match(text, t.end, s1)
        if named is not None and named.group("noun").lower() in _EVENT_NOUNS:
            # "The talks collapsed after two days of talks", "after 40 days of hearings"
            return length("lasted", named.group("noun").lower(), named.end())
        over = None
        for pattern, said in _OVER_VERBS:
            over = pattern.search(clause)
            if over is not None:
                measure = said
                break
        if measure is None or over is None:
            return None
        named = _OF_NOUN_AFTER_RE.match(text, t.end, s1)
        if named is not None:
            # "Hosepipe bans were lifted on 20 May, after three months of heavy rain": what
            # lasted is named after its length, whatever the verb ended
            return length("lasted", named.group("noun").lower(), named.end())
        if _POWER_BACK_RE.search(clause):
            # "Power was fully restored ... some 53 hours after the fault": an outage's length
            counted: str | None = "outage"
        elif measure == "trapped for":
            # "pulled a girl alive from the rubble": the one brought out is the verb's object,
            # the subject only of a passive ("Eleven miners were rescued after 17 days")
            passive = re.search(r"\b(?:was|were|been)\s+$", clause[: over.start()])
            counted = _subject(text, s0, s0 + passive.start()) if passive is not None else None
        else:
            counted = _subject(text, s0, s0 + over.start())
        return length(measure, counted, t.end)
    if measure is None:
        return None
    if _FUTURE_RE.search(text[max(s0, verb_at - 30) : verb_at]):
        # "will stay closed for", "is expected to be shut for": a plan, not a span that passed
        return None
    return length(measure, _subject(text, s0, verb_at), t.end, period)


def _subject(text: str, s0: int, verb_at: int) -> str | None:
    """The head noun of the subject of the verb at ``verb_at``: "The runway at Corrow airport
    was shut" -> "runway"; a pronoun takes the sentence's first subject."""
    before = text[s0:verb_at]
    openers = list(_CLAUSE_OPENERS_RE.finditer(before))
    if re.search(r"\band\s+$", before):
        # "The air war started on March 24 and lasted 78 days": the verbs share the subject
        # the sentence opens with
        first = _head(before[: openers[0].start()] if openers else before)
        return first if first not in _PRONOUNS else None
    phrase = before[openers[-1].end() :] if openers else before
    if openers and not phrase.strip() and openers[-1].group(0).strip().lower() in _RELATIVES:
        # "after a siege that lasted more than four months": the noun the clause is about
        return _head(before[: openers[-1].start()].split(",")[-1].split(" after ")[-1])
    head = _head(phrase)
    if head in ("he", "she", "him", "her"):
        # "Rescuers pulled a boy from the rubble after he had been trapped": a person named
        # by a pronoun may be any of the sentence's people
        return None
    if head is None and phrase.split()[-1:] != ["it"] and phrase.split()[-1:] != ["they"]:
        return None
    if head is None or head in _PRONOUNS:
        # "The runway reopened after it had been closed for 17 hours": the pronoun stands for
        # the sentence's own subject
        first = _head(before[: openers[0].start()] if openers else before)
        return first if first not in _PRONOUNS else None
    return head


def _head(phrase: str) -> str | None:
    cut = _SUBJECT_END_RE.search(phrase)
    if cut is not None:
        phrase = phrase[: cut.start()]
    words = [w.strip("\"'“”‘’") for w in phrase.split()]
    for i in range(1, len(words)):
        if words[i - 1].lower() not in _DETERMINERS and (
            words[i].lower() in _AUXILIARIES
            or words[i].lower() in _PAST_VERBS
            or (words[i].endswith("ed") and words[i].islower())
        ):
            # "The rescue began just after midnight", "Patients were given the drug": the
            # subject ends at its verb
            words = words[:i]
            break
    words = [w for w in words if w and w.lower() not in _DETERMINERS]
    while len(words) > 1 and words[-1].lower() in _AUXILIARIES:
        # "the driver had worked 13 hours": the subject ends before its auxiliary
        words.pop()
    while len(words) > 1 and re.fullmatch(r"[A-Z]{0,3}\d[\w-]*", words[-1]):
        # "Flight 3410 was delayed": the thing, not its number
        words.pop()
    if not words:
        return None
    last = words[-1]
    if not re.fullmatch(r"[A-Za-z][a-z'’-]*", last) or last.lower() in _NOT_SUBJECTS:
        return None
    if last[0].isupper() and len(words) > 1:
        # "Police in Darrow": a name, no thing that lasted
        return None
    return last.lower()


def _is_person(text: str, s0: int, verb_at: int) -> bool:
    """Whether the subject of the verb at ``verb_at`` is a person ("He", "The official")."""
    if _subject(text, s0, verb_at) in _PERSON_HEADS:
        return True
    last = re.findall(r"[A-Za-z]+", text[s0:verb_at])[-1:]
    return bool(last) and last[0].lower() in _PERSON_HEADS
