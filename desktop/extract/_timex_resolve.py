"""Resolving time expressions against the publication date: tense, direction, chaining.

The grammar (``_timex_grammar``) says *what* an expression names ("the Thursday", "the month
before"); this module decides *which* one, from the publication date, the tense of the sentence
and the date the text last mentioned, and says why in a short explanation.

The TimeML (TIMEX3) conventions the engine follows, in grammar and resolution alike:

Typing
  DATE      a calendar unit placed on the timeline, whatever its size: "Tuesday", "Jan. 9",
            "last week" (2025-W02), "last month" (2024-12), "this year", "the 1990s" (199),
            "the third quarter" (2024-Q3), "a year ago", "late last year" (2024, mod END).
            Vague placements are DATE with a reference value: "now", "currently", "at the
            moment", "the current ..." are PRESENT_REF; "recently", "lately", "the past",
            "at the time," (of a past event) are PAST_REF; "soon", "the future", "the near
            term", "one day" (with a modal) are FUTURE_REF.
            Numeric dates: "2025-01-20" is ISO; dotted ones ("20.01.2025", "20.1.2025") are
            day first, as Europe writes them; a slash date is read day first when it can only
            be ("13/01/2025") or when the article writes its others so, else month first.
            A day of the month alone ("on the 25th", "Tuesday, the 14th", "the 3rd of next
            month") is a DATE whose month is found like a bare weekday's week: the month the
            text names or has in focus, else the tense from publication.
            A day counted in a run ("for the third day", "a second straight day") is a DATE,
            as TimeBank marks "the second day (of an offensive)": the day its sentence names,
            else the publication day. "Late on Tuesday", "early on Friday" and "the early
            hours of Sunday" are that day (mod END / START), as "late Wednesday" is.
  TIME      a part of a day or a clock time, on a day: "this morning" (…TMO), "Thursday
            night" (…TNI), "tonight", "overnight" (the publication day's night), "at 3 p.m."
            (…T15:00). A 24-hour or military clock ("14:00 GMT", "0600 GMT", "at 20:00",
            "2200 hours") is the same; the zone is in the extent but not in the value
            ("14:00 GMT" is …T14:00), and the day is the one named with it, else the one
            named earlier in the sentence, else the publication day.
  DURATION  a length of time, not placed: "three years" (P3Y), "for months" (PXM), "the past
            three months" and "the last two weeks" (the span up to publication, P3M, P2W),
            "the next few days" (PXD), "the whole year"; "in the coming days" is a stretch
            ahead of unknown length (PXD), as TimeBank marks "coming weeks" (PXW); "over the
            past 24 hours" keeps the unit it names (PT24H). Counted decades and centuries are
            written in years ("two decades" P20Y); fractions move to the next finer unit
            ("2 1/2 years" P2Y6M).
  SET       a repetition: "every week" (P1W), "each Thursday" (XXXX-WXX-4), "daily" (P1D),
            "twice a day" (P1D, the frequency inside the extent), "Mondays".
Granularity
  The value keeps the unit the words name: "last week" is a week (2025-W02), "last month" a
  month, "N weeks ago" a week, "N days ago" a day, "earlier this month" the month (mod START),
  "by year's end" the year (mod END). Chained references keep the anchor's finer unit when
  the text compares ("a year earlier" after "Sept. 30, 1989" is 1988-09-30).
Direction
  A bare weekday or month takes the direction of the nearest verb: past tense points back,
  future and modal verbs point forward, and so does the simple present of a scheduled event
  ("flies to Cairo Thursday"); the publication day's own weekday is that day; with no tense
  the latest one before publication is taken, as news mostly reports what happened.
Not time expressions
  "recent" and "future" as adjectives ("the recent attacks", "future earnings"), "former",
  "previously"; ages ("the 45-year-old", "52 years old"); an amount per unit ("500 cars a
  day", "$5 a year"); fractions ("a quarter of the vote"); names ("The Week", "China Daily",
  "Black Friday"); hyphenated adjectives before a noun ("long-term debt").
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from desktop.domain import TimexType
from desktop.extract._timex_calendar import (
    MONTH_NAMES,
    UNRESOLVED,
    WEEKDAY_NAMES,
    Granularity,
    Mod,
    add_months,
    fmt,
    human_day,
    season_of,
    season_start,
    shift,
)
from desktop.extract._timex_lexicon import (
    MONTH_PATTERN,
    WEEKDAY_PATTERN,
    month_number,
    weekday_number,
)

Tense = Literal["past", "future", "present", "none"]


@dataclass(frozen=True, slots=True)
class Resolution:
    """A normalised value, why it is that, and the day it stands for (to chain from)."""

    value: str
    explanation: str
    needs_anchor: bool = False
    point: date | None = None
    gran: Granularity | None = None
    mod: Mod = ""
    #: False for comparisons ("a year earlier") that later ones must not chain from
    anchorable: bool = True
    #: set when the clause decides the type the words alone could not ("begins in two
    #: weeks" is a date, "built in two weeks" a duration)
    type: TimexType | None = None
    #: the days it covers when they are not the value's own (a league's season "2025" that
    #: runs from July 2025 to June 2026)
    span: tuple[date, date] | None = None


# Words that fix the time of the clause. Multi-word future markers come first so that
# "expected to" is not read as the past participle "expected".
_FUTURE_CUES = (
    r"will|'ll|’ll|shall|won't|won’t|wo n't|going to|plans? to|planning to|scheduled|expects? to"
    # "Protesters plan a march through Glasgow on Saturday": a plan and what it is of
    r"|(?<!\bthe\s)(?<!\ba\s)plans?(?=\s+(?:a|an|another|new|fresh)\s)"
    # ("cancelled due to fog": the cause, not a plan)
    r"|expected to|is due|are due"
    r"|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbe\s)|(?<=\bbeen\s))due\s+to"
    # ("with Clinton due to leave for Japan Wednesday": a plan, told by its verb)
    r"|due\s+to\s+(?:leave|arrive|meet|visit|begin|start|open|close|hold|return|finish|end"
    r"|resume|travel|sign|vote|testify|appear|land|depart|fly|speak|announce|report|release"
    r"|launch|expire|complete|reopen|deliver|face|go|come|take\s+(?:effect|office|place))\b"
    r"|due\s+(?:back|home|in\s+court)|set to|intends? to|aims? to|hopes? to|upcoming"
    # ("next to", "next door", "next-generation": a place or an adjective; "over the next three
    # days": a span counted from the time in focus, which the story's own verb tells)
    r"|to be held|would|next(?!\s+(?:to|door)\b)(?!-)"
    r"(?!\s+(?:few|several|couple|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)\b)|coming|payable|effective(?=\s+(?:on\s+|from\s+|as\s+of\s+|at\s+|immediately|today|tomorrow|midnight|noon|next|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d))|expires?|expiring|slated|(?:supposed|poised|likely|unlikely|certain|sure|bound|about|ready|hoping|hoped|trying|wants?|wanted|agreed|promised|pledged|vowed|threatened|planned|intended|decided|scheduled|aiming|seeking)\s+to(?!\s+(?:a|an|the|its|their|his|her|this|that|these|those|\$|\d))|to begin|to start|to resume|to meet|to visit|to vote"
    # "he was to fly home on Friday": a plan still ahead when it was reported
    r"|(?:was|were)\s+to\s+(?!have\b)[a-z]+"
    r"|to decide|to announce|to open|to hold|to take|to travel|to return"
    # news tells a scheduled event in the simple present: "flies to Pyongyang on Tuesday",
    # "the tariffs take effect Friday", "the leaders are to sign"
    r"|(?:is|are)\s+to|takes?\s+(?:effect|office|place)"
    # (a plural noun after a determiner or a few adjectives is none: "false starts", "the
    # new faces", "dead leaves", "two track meets")
    r"|(?<!\bthe\s)(?<!\b(?-i:a)\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)"
    r"(?<!\bnew\s)(?<!\bfalse\s)(?<!\bfresh\s)(?<!\bdead\s)(?<!\btrack\s)(?<!\brocket\s)(?<!\bmissile\s)"
    r"(?:meets|flies|arrives|begins|starts|opens|resumes|convenes"
    # (nouns after a determiner or before "of" are none: "the hosts of the party", "his
    # visits to flooded towns", "returns of 5 percent", "tax returns", "heads of state")
    r"|(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?<!\btax\s)"
    r"(?:travels|visits|heads|hosts|returns)(?!\s+(?:of\b|on\s+(?:investment|equity|assets|capital)))"
    r"|kicks\s+off|goes\s+on\s+trial|goes\s+to\s+the\s+polls"
    # "the law goes into effect Sunday", "the rule comes into force", "the bill goes to a
    # vote", "the case goes to the jury": a step on the calendar, told in the present
    r"|goes\s+into\s+(?:effect|force)|comes\s+into\s+(?:effect|force)|enters\s+into\s+force"
    r"|goes\s+to\s+(?:a|the)\s+(?:vote|jury|ballot|floor)"
    r"|plays|faces|reopens|closes|ends|leaves|departs|concludes|launches|falls\s+on|casts)"
    # "Widodo, who hands over power in October", "the presidency passes to Paraguay in July",
    # "He turns 24 in July": a handover or a birthday on the calendar
    r"|hands\s+over|steps\s+down|passes\s+to|turns(?=\s+\d)"
    # "the 27-year-old races again in Falun on Saturday": a competitor's next outing
    r"|(?:races|competes|rides|fights|skis)\s+again"
    # "the officers, who were fired last May, face trial in August": a hearing on the calendar
    r"|(?:face|stand)\s+(?:trial|sentencing|a\s+(?:hearing|retrial))"
    # "the Orthodox Easter, which falls Sunday": a day of the calendar still to come
    rf"|falls(?=\s+(?:this\s+)?{WEEKDAY_PATTERN}\b)"
    # "the festival runs from 9 a.m. to 4 p.m. Saturday" (not "home runs")
    rf"|(?<!home\s)runs(?=[^;\n]{{0,40}}\b{WEEKDAY_PATTERN}\b)"
    # "the fair runs Sept. 24 through Oct. 10", "the lease runs until June": a run on the
    # calendar, told in the present of a schedule
    rf"|(?<!home\s)runs(?=\s+(?:from\s+|through\s+|until\s+|till\s+)?(?-i:{MONTH_PATTERN})(?![a-z]))"
    # "the committee holds hearings Tuesday", "polls close at 7 p.m. Saturday"
    r"|(?:holds|(?<=[a-z]s\s)(?<!'s\s)(?<!’s\s)hold)(?=\s+(?:(?:its|their|his|her|a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:hearings?|meetings?|conventions?"
    r"|talks|elections?|votes?|news\s+conference|summit|rally|session|referendum|primary|primaries"
    r"|caucus(?:es)?|ceremony|briefing|auction|convention|funeral|memorial)\b)"
    r"|(?<=[a-z]s\s)(?<!'s\s)(?<!’s\s)close(?!\s+to\b)"
    # "the meetings opened Monday; they end Thursday", "the teams play again Thursday", "the
    # Games in Sydney, which end Sunday": a plural subject or its relative pronoun (not the
    # noun of "to that end")
    r"|(?:(?<=\bthey\s)|(?<=\band\s)|(?<=\bwhich\s)|(?<=(?<!\bto\s)\bthat\s)|(?<=[a-z]s\s)(?<!'s\s)(?<!’s\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bhas\s))"
    r"(?:end|play|vote)(?=\s+(?:again\s+|on\s+)?(?-i:[A-Z]))"
    # "Negotiations in Geneva end on Friday", "Polls in the state close at 7:30 p.m. on
    # Tuesday": a plural subject with its place after it, then the plain verb of a fixture
    # (the cue runs from the place's preposition to the verb); after a determiner the word is
    # a noun, no verb: "19.6 pesos at the close on Wednesday", "shares at the open on Monday"
    r"|(?<=[a-z]s\s)(?<!'s\s)(?<!’s\s)(?:in|at|across|around|throughout|of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){1,3}?(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)"
    r"(?:end|close|open|reopen|meet|begin|start|resume|convene|finish)"
    r"(?=\s+(?:again\s+)?(?:(?:on|at)\s+)?(?:\d|(?-i:[A-Z])))"
    # "Cyprus takes over the presidency on Sunday"; "Pakistan face India in Dubai on Sunday":
    # a fixture named by its sides
    r"|(?<!did\s)(?<!not\s)(?<!n't\s)takes?\s+over\b"
    rf"|(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?-i:face)(?=\s+(?-i:[A-Z])[^.;\n]{{0,40}}\b{WEEKDAY_PATTERN}\b)"
    # "the senator retires in January": a departure on the calendar
    r"|retires|resigns|steps\s+down|stands\s+down"
    r"|goes\s+ahead|go\s+ahead|gets\s+under\s+way|kicks?\s+off"
    # a listing's present: "the jobs report comes out Friday", "the awards air Sunday at 8",
    # "the parade steps off at 10 a.m. Monday", "residents become eligible Friday"
    r"|comes?\s+out|airs|steps?\s+off|becomes?\s+eligible"
    # "Analysis of the measures follows on Saturday" (not "the move follows protests on
    # Monday", an event before it)
    rf"|follows(?=\s+on\s+{WEEKDAY_PATTERN}\b)"
    # "the last issue goes out Thursday", "she signs off for the last time Friday", "the
    # department releases its price index on Wednesday", "Parliament rises for its recess"
    r"|goes\s+(?:out|first|live|dark|on\s+(?:sale|air|display))\b|signs?\s+off\b"
    r"|(?<!press\s)(?<!news\s)(?<!the\s)(?<!its\s)(?<!their\s)releases(?=\s+(?:its|their|the|a|new)\b)"
    r"|rises(?=\s+for\s+(?:its|the|a)\b)"
    # a plural subject's fixture: "the Cubs play a playoff Monday night", "England's
    # cricketers fly to the Caribbean on Monday", "the awards air Sunday"
    r"|(?<=[a-z]s\s)(?<!'s\s)(?<!’s\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bhas\s)(?:play|fly)(?=\s+(?:a|an|the|to|their|its|for|at|in)\b)"
    rf"|(?<=[a-z]s\s)(?<!'s\s)(?<!’s\s)air(?=\s+(?:on\s+)?{WEEKDAY_PATTERN}\b)"
    r"|(?<!has\s)(?<!have\s)(?<!had\s)marks"
    # (an anniversary, not the currency: "Tuesday also marks five years since")
    r"(?=\s+(?:the\s+)?(?:[\w-]+\s+)?(?:anniversary|years?|months?|weeks?|days?)\b)"
    # (not "the company on Wednesday forecast capital spending": a past tense)
    r"|(?<!\bits\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bthan\s)(?<!\bas\s)(?<!\btheir\s)(?<!day\s)(?<!\bit\s)(?<!\bhe\s)(?<!\bshe\s)forecast(?!\s+(?:in|on|last|earlier)\b)"
    r"|go\s+to\s+the\s+polls|is\s+ready\s+for"
    # what is expected lies ahead: "analysts expect a pickup in the third quarter"
    # ("forecasts" as a verb takes its object; "profit that topped forecasts late Thursday"
    # is the noun)
    r"|expects?|predicts?|anticipates?|foresees?"
    r"|forecasts(?=\s+(?:a|an|the|that|growth|sales|revenue|profit|earnings|rain|snow|\$|\d))"
    # and so does what was expected: "economists last week expected a cut in September"
    r"|(?<!than\s)(?<!as\s)(?<!had\s)(?<!the\s)(?<!an\s)(?<!be\s)(?<!been\s)expected(?=\s+(?:a|an|the|one|two|three|more|another|further|it|them|him|her|rates?|prices?|growth|results|sales)\b)"
    # "a step expected in November", "a ruling expected by June": still awaited
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)(?<!\bbeen\s)(?<!\bthan\s)(?<!\bas\s)(?<!\bit\s)(?<!\bhe\s)"
    r"(?<!\bshe\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bI\s)expected(?=\s+(?:in|by|on|before|within)\s)"
    # "the heaviest bombing was expected Friday": expected on a day still ahead
    rf"|(?<!\bthan\s)(?<!\bas\s)(?<!\bhad\s)(?<!\bbeen\s)expected(?=\s+(?:on\s+|late\s+|early\s+)?{WEEKDAY_PATTERN}\b)"
    # the plural present ("the two leaders meet Monday"), unless negated in the past
    r"|(?<!did\s)(?<!not\s)(?<!n't\s)(?:meet|arrive|begin|resume|convene|travel|return|start|reopen"
    r"|open|finish|go\s+on\s+sale|remain|stay|continue|decide"
    # a fixture: "Wanderers host Athletic on Tuesday night", "the Giants visit Dallas Sunday"
    # (a team's name or a determiner after it: not "host cities")
    r"|(?:host|visit|face)(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:the|their|its|his|her|a|an)\s))"
    # "the government reports December unemployment on Friday": a release on the calendar
    rf"|reports\s+(?:its\s+|their\s+)?(?:{MONTH_PATTERN}|first|second|third|fourth|quarterly"
    r"|monthly|fiscal|earnings|results|data|figures)\b"
    # what someone has been told or asked to do is still to come: "have told staff to report
    # at 6 a.m. Saturday"
    r"|(?:has|have)\s+(?:told|asked|ordered|urged|invited|instructed|summoned|called\s+on)"
    r"\s+(?:[\w'’]+\s+){0,3}?to\s+[a-z]+"
    # what is warned of or called for is still to come
    r"|warn(?:s|ed)?\s+of|call(?:s|ed)?\s+for|chance\s+of"
    # a modal with a plain verb looks ahead ("could develop Tuesday"); "could have" looks back,
    # and "May" the month is not a modal
    r"|(?:could|might|should|must|(?-i:may))(?!\s+(?:not\s+)?have\b)"
    # "Rovers can secure promotion on Saturday": a modal of possibility with a plain verb
    # looks ahead too (not "a can", nor "can confirm that he died on Sunday", which tells
    # of the past)
    r"|(?<!\ba\s)(?<!\bthe\s)(?<!\btin\s)(?-i:can)(?=\s+(?:still\s+|now\s+|also\s+|only\s+)?"
    # "found clinging to a fuel can on Tuesday": a modal never has a preposition for its verb
    r"(?!(?:be|have|not|see|say|confirm|tell|reveal|report|remember|recall|on|in|at|of|for"
    r"|from|with|and|or|to|by|near|into|after|before|during|which|that)\b)[a-z]+\b)"
)
_IRREGULAR_PAST = (
    "swept|broke|blew|dug|slid|spun|stuck|swung|tore|undertook|underwent|bled|crept|flung"
    "|knelt|leapt|sped|sprang|swam|drank|(?-i:sat)|shone|slew|wept|dwelt|clung|stung|strode|shrank"
    "|stank|wove|slung|strung|wrung|trod|upheld|withheld|oversaw|foresaw|beheld|partook|forsook|"
    "said|told|was|were|had|did|met|took|gave|went|came|made|held|began|saw|found|left|won|lost"
    "|fell|rose|sold|bought|paid|fought|led|ran|spoke|wrote|brought|caught|kept|sent|spent"
    "|thought|became|got|knew|struck|shot|stood|felt|chose|drove|flew|grew|hung|meant|quit|rang"
    "|sang|sank|shook|slept|stole|swore|threw|understood|woke|wore|withdrew|overtook|sought"
    "|taught|arose|forgot|forgave|hid|bore|beat|bit|built|dealt|drew|ate|fed|fled|forbade"
    "|froze|heard|laid|lay|lent|lit|overcame|overthrew|rode|rebuilt|reportedly|ago|earlier|last"
    "|previously|already|recently|has|have|had|died|tied|lied|vied|owed|eyed|dyed"
    # "cyclists who used the towpath on Tuesday" (too short for the '-ed' rule; "used to" is
    # a habit)
    r"|used(?!\s+to\b)"
)
# past participles, read as the "-ed" forms are ("a poll taken Friday night" is past; "is
# sworn in at noon on Jan. 20" is a present passive)
_PARTICIPLES = (
    "taken|given|written|shown|seen|chosen|spoken|driven|broken|stolen|begun|drawn|thrown|flown"
    "|undertaken|forgotten|hidden|ridden|risen|sworn|worn|torn|sunk|sprung"
)
_BARE_PAST = (
    "set|put|hit|cut|let|shut|spread|cast|cost|hurt|burst|split|upset|bid|shed|beat|forecast"
)
#: running prose before a word, searched on its line: a lower-case word of three letters or
#: more ('with Prime Minister Abiy '), so that a capital after it starts a name
_PROSE_BEFORE = re.compile(r"\b[a-z]{3,}\b")
_NOT_PAST_ED = frozenset(
    [
        "need",
        "speed",
        "proceed",
        "bed",
        "seed",
        "feed",
        "shed",
        "hundred",
        "indeed",
        "wed",
        "red",
        "succeed",
        "exceed",
        "embed",
        "breed",
        "greed",
        "weed",
        "deed",
        "bred",
        "sled",
        "fled",
        "led",
        "shred",
        "naked",
        "wicked",
        "sacred",
        "ragged",
        "rugged",
        "kindred",
        "based",
    ]
)
#: what is broadcast: "an interview broadcast on Tuesday" is past, told after it
_BROADCAST_NOUNS = (
    "interview",
    "interviews",
    "programme",
    "program",
    "show",
    "episode",
    "speech",
    "address",
    "documentary",
    "debate",
    "podcast",
    "bulletin",
    "report",
    "conversation",
)
_CUE = re.compile(
    # "a grower-owned company", "Kurdish-led forces": the second half of a compound
    # adjective is no verb of the clause ("re-elected" and "co-founded" still are)
    rf"(?P<future>\b(?:{_FUTURE_CUES})\b)|(?P<past>(?<![a-z]{{3}}-)\b(?:re|over|out|mis)?(?:{_IRREGULAR_PAST})\b|(?<![a-z]{{3}}-)\b[a-z]{{3,}}ed\b|\b(?:{_PARTICIPLES})\b"
    # "It set its record on March 10": a bare form after a singular subject is a past tense
    rf"|(?<=\bit\s)(?:{_BARE_PAST})\b|(?<=\bhe\s)(?:{_BARE_PAST})\b|(?<=\bshe\s)(?:{_BARE_PAST})\b"
    # "the Met Office on Monday forecast more heat", "the bank on Thursday cut rates": a bare
    # form right after the day the subject did it on
    rf"|(?<=day\s)(?:{_BARE_PAST})\b(?!\s+(?:of|for|to|at|is|was|will)\b)"
    # "a transcript of an interview broadcast on Tuesday": a programme's participle after it
    + "".join(
        rf"|(?<=\b{noun}\s)(?:broadcast|telecast|simulcast)\b(?!\s+(?:is|are|will)\b)"
        for noun in _BROADCAST_NOUNS
    )
    +
    # "floods that hit the Yangtze valley in the summer": a relative's bare verb, told of
    # the past as news tells it
    rf"|(?<=\bthat\s)(?:{_BARE_PAST})\b(?=\s+(?:the|a|an|its|their|his|her)\b)"
    rf"|(?<=\bwhich\s)(?:{_BARE_PAST})\b(?=\s+(?:the|a|an|its|their|his|her)\b)"
    # "the company forecast in July that ...": the time right after it is the forecast's own
    r"|\bforecast(?=\s+(?:in|on|last|earlier)\b)"
    # "after the unemployment rate hit a record in February": a bare form after a word that is
    # no plural, with its object after it, is a past (the present would be "hits"); a modal or
    # "to" before it is left out when the tense is read
    # ("set the vote for March 26" schedules, so "set" and "let" are left to the rules above)
    rf"|(?<=[a-z]{{2}}[a-rt-z]\s)(?!set\b|let\b|forecast\b)(?:{_BARE_PAST})\b"
    r"(?=\s+(?:a|an|the|its|their|his|her|record|new)\b))"
    r"|(?P<present>\b(?:is|are|am|says|say|remains|stays|continues|lasts)\b)",
    re.IGNORECASE,
)
# the end of a question just before an answer: "When did you arrive?\nA: At 6.42am."
#: a try of _CUE at a place reads its word and then, in its look-aheads, at most five more
#: words ('(?:[\w-]+\s+){0,3}' and a word after it) and some 60 characters ('[^;\n]{0,40}'
#: and a weekday): six words and 120 characters past a place are out of its reach
_SIX_WORDS = re.compile(r"(?:\S*\s+){6}")
_CUE_READS_AHEAD = 120
#: a sentence this long has its cues found once for all its expressions
_LONG_SENTENCE = 2000
#: how near a window's end its scan starts afresh
_CUE_TAIL = 200
_SPACE_RUN = re.compile(r"\s+")


def _cue_clear_of(text: str, end: int, finish: int) -> bool:
    """Whether no try of _CUE at or before ``end`` reads at or past ``finish``."""
    words = _SIX_WORDS.match(text, end, finish)
    return words is not None and words.end() + _CUE_READS_AHEAD <= finish


_QUESTION_END = re.compile(r"\?[\"”’']?\s*(?:A\s*[:.]\s*)?$")
# the auxiliary that carries a question's tense: "When did you ...", "What time will it ..."
_QUESTION_AUX = re.compile(
    r"\b(?:did|was|were|had|will|would|shall|do|does|is|are|has|have)\b", re.IGNORECASE
)
_AUX_TENSE: dict[str, Tense] = {
    **dict.fromkeys(("did", "was", "were", "had"), "past"),
    **dict.fromkeys(("will", "would", "shall"), "future"),
    **dict.fromkeys(("do", "does", "is", "are", "has", "have"), "present"),
}
# a headline's infinitive after its subject: "Ferry strike to halt", "Union to stage walkout"
#: an adjective of ease or ability before an infinitive, with its "for" subject: "difficult for
#: Sun to", "hard to", "unable to", "easier for the banks to"
_ABILITY_BEFORE = re.compile(
    r"\b(?:difficult|hard|harder|easy|easier|impossible|possible|tough|tougher|unable|able"
    r"|enough)\s+(?:for\s+(?:the\s+)?[\w'’.-]+\s+)?$",
    re.IGNORECASE,
)
_HEADLINE_INFINITIVE = re.compile(
    r"\b[A-Za-z]\w*\s+to\s+(?!(?:a|an|the|its|his|her|their|this|that|be|have)\b)[a-z]{2,}\b"
)
#: a prefix joined by a hyphen to the word after it: "re-", "co-", "pre-"
_PREFIX_HYPHEN = re.compile(
    r"\b(?:re|co|pre|un|de|non|mis|out|over|under|self|cross)-$", re.IGNORECASE
)
_MODAL_BEFORE_BE = re.compile(
    r"\b(?:will|would|'ll|’ll|shall|to|may|might|could|should|must|can)\s+"
    r"(?:(?:not|now|also|still|then|only|soon|likely|probably|finally|\w+ly)\s+)?"
    r"(?:be|stay|remain|get|become|keep)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# a plan seen from the past, which news tells when it has lapsed: "had been scheduled to",
# "was originally due to", "were supposed to end"; but a plan told in the past ("troops were
# due to arrive Monday", "was scheduled to convene his Cabinet on Tuesday") and an expectation
# ("was expected to come ashore late Sunday") still look ahead
_PAST_OF_PLAN = re.compile(
    r"(?:\bhad\s+been\s+(?:(?:not|originally|initially|previously|also|due|scheduled|set|expected"
    r"|supposed)(?:\s+to)?\s+){0,3}"
    r"|\b(?:was|were)\s+(?:not\s+)?(?:originally|initially|previously|once)\s+(?:(?:due|scheduled"
    r"|set|expected|supposed)(?:\s+to)?\s+){0,2}"
    r"|\b(?:was|were)\s+(?:not\s+)?(?:supposed)\s+(?:to\s+)?"
    # "had planned to hold elections on May 3", "had hoped to finish by mid-May": a plan of
    # the past, told as such
    r"|\bhad\s+(?:not\s+)?(?:originally\s+|initially\s+|previously\s+|once\s+|long\s+)?)$",
    re.IGNORECASE,
)
#: a verb of a plan and its 'to' right before a plain verb: "had planned to | open"
_PLAN_VERB_TO = re.compile(
    r"\b(?:planned|hoped|intended|expected|wanted|meant|aimed|wished|sought|promised|pledged"
    r"|vowed|agreed|arranged)\s+to\s+$",
    re.IGNORECASE,
)
#: a comparison with what someone expected: "faster than the bank expected", "as many expected"
_COMPARED_WITH = re.compile(r"\b(?:than|as)\s+(?:[\w'’.-]+\s+){1,3}$", re.IGNORECASE)
#: past verbs of a plan or an expectation whose object's time lies ahead of them
_PLAN_PAST = frozenset(
    ("planned", "expected", "anticipated", "intended", "envisaged", "envisioned")
)
#: their object, up to the time, in one clause: a word that opens a noun phrase first (no
#: preposition, 'to', 'that' or time word), no comma, at most ten words
_PLAN_OBJECT = re.compile(
    r"\s+(?!(?:to|that|for|on|in|at|by|as|it|this|last|next|earlier|late|early|since|until|from"
    r"|when|before|after|during|over|around|about|with|into|through|between)\b)"
    r"(?:[\w$%'’.-]+\s+){1,10}",
    re.IGNORECASE,
)
_FIGURE_EXPECTED = re.compile(
    r"\d[\d.,]*\s*(?:cents?|dollars?|euros?|pounds?|yen|%|percent|per\s+cent|a\s+share|per\s+share)\b"
    r"|[$€£¥]\s*\d",
    re.IGNORECASE,
)
_CLOCK_START = re.compile(
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|[ap]\.m\.|GMT|UTC)|\d{1,2}:\d\d", re.I
)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: what may stand before a time that opens its sentence: "On ", "Late on ", "Early "
_FRONTED = re.compile(
    r"[\s\"“‘(]*(?:(?:on|in|at|by|late|early|during|over|around|about|shortly|just|then|and|but)"
    r"\s+)*",
    re.IGNORECASE,
)
#: the subject between a fronted time's comma and its verb: ", Netanyahu ", ", the two sides "
_SUBJECT_AFTER_COMMA = re.compile(r"\s*,\s*(?:[\w.'’-]+\s+){1,5}")
#: a past leave, means or compulsion before an infinitive: "were allowed to", "was able to"
_PAST_LEAVE = re.compile(
    r"\b(?:was|were)\s+(?:(?:finally|eventually|later|then|only|not)\s+)?"
    r"(?:allowed|permitted|able|unable|forced|compelled|cleared)\s+$",
    re.IGNORECASE,
)
_AWAITED = frozenset(
    ("expected", "scheduled", "planned", "slated", "projected", "forecast", "predicted", "due")
)
#: a plan, a promise or a threat made, with its "to": "threatened to", "agreed to"
_PAST_PLEDGE_TO = re.compile(
    r"(?:agreed|promised|pledged|vowed|threatened|decided|voted|hoped|wanted|intended)\s+to\b",
    re.IGNORECASE,
)
_PLURAL_PRESENT = frozenset(
    (
        "meet",
        "arrive",
        "begin",
        "resume",
        "convene",
        "travel",
        "return",
        "start",
        "reopen",
        "open",
        "finish",
        "remain",
        "stay",
        "continue",
        "decide",
        "host",
        "visit",
        "face",
    )
)
_PARTICIPLE_SET = frozenset(_PARTICIPLES.split("|"))
#: participles unlike a past tense, told apart after "may have", "could have"
_STRONG_PARTICIPLES = frozenset(
    [
        "been",
        "gone",
        "done",
        "seen",
        "taken",
        "given",
        "fallen",
        "broken",
        "chosen",
        "driven",
        "eaten",
        "forgotten",
        "frozen",
        "hidden",
        "ridden",
        "risen",
        "shaken",
        "spoken",
        "stolen",
        "sworn",
        "thrown",
        "torn",
        "woken",
        "worn",
        "written",
        "known",
        "grown",
        "flown",
        "drawn",
        "shown",
        "begun",
        "become",
        "come",
        "run",
        "beaten",
        "bitten",
        "proven",
        "sunk",
        "shrunk",
    ]
)
_BARE_PAST_SET = frozenset(_BARE_PAST.split("|"))
#: what makes a bare form ("cut", "hit", "set") a plain verb, not a past tense
_NOT_A_BARE_PAST_BEFORE = re.compile(
    r"\b(?:will|would|shall|should|could|might|may|must|can|cannot|to|do|does|did|not|never"
    r"|please|let|help|helps|helped|make|makes|made|'ll|’ll)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_JOINED_BEFORE = re.compile(r"\b(?:and|or)\s+$", re.IGNORECASE)
_MODAL_EARLIER = re.compile(
    r"\b(?:will|would|shall|should|could|might|(?-i:may)|must|can|to|plans?|'ll|’ll)\s",
    re.IGNORECASE,
)
_IRREGULAR_PAST_SET = frozenset(_IRREGULAR_PAST.split("|") + _BARE_PAST.split("|"))
#: a prospect after 'was/were': "was possible", "were likely", "was still probable"
_PROSPECT_AFTER = re.compile(
    r"\s+(?:(?:\w+ly|still|also|now|quite)\s+)?(?:possible|likely|probable)\b", re.IGNORECASE
)
#: acts that 'as ...' recalls as done ("as announced", "as agreed"), unlike a plan or a hope
_TOLD_ACTS = frozenset(
    (
        "announced",
        "agreed",
        "reported",
        "disclosed",
        "revealed",
        "stated",
        "decided",
        "ordered",
        "ruled",
        "confirmed",
        "requested",
        "approved",
    )
)
#: nothing but a preposition between a word and the time: " on ", " in ", " late on "
_AT_TIME = re.compile(r"\s+(?:(?:on|in|at|late|early|earlier|last)\s+)*", re.IGNORECASE)
#: a forecast weighed against the market's: "above Wall Street estimates", "below expectations"
_AGAINST_ESTIMATES = re.compile(
    r"\b(?:above|below|beating|beat|missing|missed|topping|short\s+of|ahead\s+of|in\s+line\s+with)"
    r"\s+(?:[\w'’.-]+\s+){0,3}(?:estimates|expectations|forecasts|consensus)\b",
    re.IGNORECASE,
)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|warned|warns|announced|informed|ordered|declared|gave)\b",
    re.IGNORECASE,
)
# "have" followed by its object (a determiner, a number, a day) is the verb of having
_HAVE_AS_VERB = re.compile(
    rf"\s+(?:a|an|the|no|their|its|his|her|our|one|two|three|\d+|{WEEKDAY_PATTERN})\b(?!\s+(?:been|had)\b)",
    re.IGNORECASE,
)
_JOINED_BE = re.compile(r"\b(?:and|or)\s+be\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# a bare "be" after its subject ("ordered that the ballots be brought to the capital by
# Friday"): a mandate's subjunctive, whose passive lies ahead of the ordering
_BARE_BE = re.compile(
    r"(?<![\w'’])(?!(?:to|will|would|shall|may|might|could|should|must|can|cannot|not|and|or"
    r"|never|also|always|to)\b)[a-z]+\s+be\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_MANDATE_THAT = re.compile(
    r"\b(?:ordered|ordering|orders|order|demanded|demands|required|requires|insisted|insists"
    r"|asked|asks|recommended|recommends|proposed|proposes|urged|urges|directed|directs"
    r"|requested|requests|ruled|rules|decreed|stipulated|mandated)\s+that\s+(?:[^.;:!?]|\.\d)*$",
    re.IGNORECASE,
)
_BY_AGENT = re.compile(r"\s+by\s", re.IGNORECASE)
#: what lasted up to the time after it: "lasted until", "lasted 30 hours, until", "went on
#: until", "continued into"
_LASTED_UNTIL = re.compile(
    r"\b(?:lasted|continued|went\s+on|dragged\s+on|held\s+out|raged|persisted)\s+"
    r"(?:(?:for\s+)?(?:more\s+than\s+|almost\s+|nearly\s+|about\s+)?[\w-]+\s+"
    r"(?:hours?|days?|nights?)\s*,?\s+)?(?:until|till|into)\s+"
    r"(?:(?:about|around|shortly\s+(?:before|after)|late|early|the\s+early\s+hours\s+of)\s+)?"
    # ("lasted until [4pm on ]Tuesday": the clock before the day)
    r"(?:(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+)?(?:(?:on|at)\s+)?$",
    re.IGNORECASE,
)
#: a participle's agent and then its time: "promised [by the government in ]June"
_AGENT_THEN_TIME = re.compile(
    r"\s+by\s+(?:(?!(?:is|are|was|were|will|would|to|be|been|has|have|had|can|could|should"
    r"|may|might|must|shall|and|or|but|who|which|that)\b)[\w'’.-]+\s+){1,4}?"
    r"(?:in|on|at|during)\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: "with the heaviest falls [expected]": an awaited thing told in a "with" phrase, no verb
_WITH_ABSOLUTE = re.compile(
    r"\bwith\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE
)
#: between an awaited thing and its time: "expected [between ]midnight", "due [on ]Friday"
_AWAITED_GAP = re.compile(
    r"\s+(?:(?:at|on|by|for|in|from|between|until|till|over|around|early|late)\s+(?:the\s+)?"
    # (the end of a range after it: "expected between midnight and [6 a.m. Saturday]")
    r"|(?:between|from)\s+(?:[\w:.]+\s+){1,3}?(?:and|to|until|till)\s+)",
    re.IGNORECASE,
)
# a passive keeps its tense on the auxiliary, which the scan meets on its own
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|has|have|had|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
# A word ending in -ed right after a determiner (and perhaps an adverb) modifies a noun.
_ADJECTIVE_SLOT = re.compile(
    # "every affected customer", "any delayed payment": a determiner that never opens a subject
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|newly|still|every|any|another)"
    r"\s+(?:\w+ly\s+)?$"
    # "a 4.99% rise, the maximum allowed", "the minimum required": a participle after a limit
    # is what the limit is, no verb of the clause
    r"|\b(?:maximum|minimum|most|least|limit|amount|level|number)\s+$",
    re.IGNORECASE,
)

#: "keep" and its object before a participle ("keep the road closed"): the participle is what
#: the object is kept, not a verb of its own
_KEEP_OBJECT_BEFORE = re.compile(r"\b(?:keep|keeps|keeping)\s+(?:[\w'’-]+\s+){1,6}$", re.IGNORECASE)
#: a determiner before an irregular past ("the lost days"): an adjective, not a verb
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|these|those)\s+$", re.IGNORECASE
)

# "storms that killed 68 people on Sunday": after "that" an -ed word followed by its object or
# an adverbial is the verb of a relative clause, not an adjective ("that revised plan")
_RELATIVE_THAT_VERB = re.compile(
    r"\s+(?:\d|(?:the|a|an|his|her|their|its|more|some|on|in|at"
    r"|to|into|up|out|off|down|over|last|this|early|late|yesterday|today|tonight"
    # "tensions that soared after his victory Saturday": an adverbial clause after the verb
    r"|after|before|during|since|when|as|by|from|with"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
    re.IGNORECASE,
)

_QUOTE_CLOSE = re.compile(r"[,.!?]?\s*(?:”|''|\")")
#: a list's "and" between two days ("on Aug. 24 and on June 30"), no range's "to"
_LIST_AND = re.compile(r"\s*(?:,\s*)?and\s+(?:on\s+)?$", re.IGNORECASE)
_COORDINATION = re.compile(
    r"\s*(?:,\s*)?(?:(?:or|and|to|through|till|until)\s+|[-–]\s*)(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
_SAID_DAY = re.compile(
    r"\b(?:said|told|predicted|forecast|announced|warned|reported|stated|promised|pledged"
    r"|agreed|decided|ruled|declared)\s+(?:on\s+)?\S+(?:\s+(?:night|morning|evening|afternoon))?$",
    re.IGNORECASE,
)
_FRONTED_YEAR = re.compile(
    r"\s*(?:(?:In|During|Throughout)\s+(?:early\s+|late\s+|mid-?)?|The\s+)(?:1\d{3}|20\d{2})$"
)
_FRONTED_SEASON = re.compile(
    r"\s*(?:In|During|Throughout|By|Over)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?"
    r"(?:spring|summer|autumn|fall)(?:\s+of)?\s+(?:1\d{3}|20\d{2})$",
    re.IGNORECASE,
)
_BARE_YEAR_OPENING = re.compile(r"\s*(?:[-–—•*]\s*)?(?:1[5-9]\d\d|20\d\d)")
_FRONTED_RELATIVE_YEAR = re.compile(r"\s*(?:Next|Last|This)\s+year$")
_HABITUAL = re.compile(
    r"\b(?:every|each)\s+(?:year|season|spring|summer|autumn|fall|winter|week|weekend|(?:mon|tues"
    r"|wednes|thurs|fri|satur|sun)day)\b|\b(?:annually|usually|normally|typically)\b",
    re.IGNORECASE,
)
_THIS_YEAR_NAMED = re.compile(r"\b(?:this|last|that)\s+(?:year|time)\b", re.IGNORECASE)


def _last_habit(ctx: Context) -> int | None:
    """Where the last word of habit ('every year', 'usually') before the expression in its
    sentence ends, if there is one."""
    end = None
    for m in _HABITUAL.finditer(ctx.text, ctx.sentence_bounds()[0], ctx.start):
        end = m.end()
    return end


_RELATIVE_BEFORE = re.compile(
    r"\b(?:that|which|who)\s+(?:\w+ly\s+)?"
    # "a man who may have spoken to him on Wednesday": a relative's modal perfect
    r"(?:(?:may|might|could|must|should|would)\s+(?:not\s+)?have\s+(?:been\s+)?)?$",
    re.IGNORECASE,
)
# "and" before a verb or a pronoun, not before another noun ("Sunday and Monday are")
# a new clause opened by the expression itself: ", and on Tuesday", "; but late Friday"
_CLAUSE_OPENER = re.compile(
    r"[,;]\s+(?:and|but|while|whereas)\s+(?:(?:on|at|in|by|from|early|late|then)\s+)?$",
    re.IGNORECASE,
)
_COORDINATED_VERB = re.compile(
    r"[^,.;:]*?\b(?:and|but)\s+(?!(?:the|a|an|his|her|their|its)\b)(?-i:[a-z])", re.IGNORECASE
)
SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: "since his cancer diagnosis in February", "since the attack on Sunday": the event a "since"
#: counts from, named by a noun phrase with no verb of its own, and then its time
SINCE_PHRASE = re.compile(
    r"\bsince\s+(?:the|his|her|their|its|our|a|an|this|that|last)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:in|on|of|at)\s+(?:(?:early|late|mid)[\s-]+)?$",
    re.IGNORECASE,
)
# a limit ("closed until Monday", "by Sunday") lies ahead unless the verb is past
#: 'by' before a day, perhaps with a clock time: "by noon Sunday", "by Friday"
_BY_DEADLINE = re.compile(
    r"\bby\s+(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight|midday)\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)
#: a demand and the act it demands, in the clause before a deadline: "ordered residents to
#: leave by", "demanded that he resign by", "a deadline set by the army to surrender by"
_DEMAND_BEFORE_DEADLINE = re.compile(
    r"\b(?:ordered|orders|demanded|demands|requires|required|instructed|directed|deadline)\b"
    r"[^.;:!?]{0,100}?\b(?:to|that)\s+(?-i:[a-z]+)\b[^.;:!?,]{0,60}\bby\s+[^.;:!?,]*$",
    re.IGNORECASE,
)
#: the outcome of a demand, told after its deadline in the same sentence: ", and it did", ",
#: but many stayed", "and most complied", "but the deadline passed" (the deadline is gone)
_DEMAND_MET_AFTER = re.compile(
    r"[^.;:!?\n]{0,30}?,?\s+(?:and|but)\s+(?:[\w'’-]+\s+){0,3}?(?:did|didn['’]t|complied"
    r"|obeyed|defied|ignored|refused|stayed|remained|left|fled|dispersed|surrendered|withdrew"
    r"|passed|expired|came\s+and\s+went|missed)\b",
    re.IGNORECASE,
)
#: a noun owned by a year told from publication, right before its day: "next year's ceremony
#: on", "this year's festival from" (a month after it, "adopt next year's budget in June", is
#: more often the verb's)
_YEARS_NOUN_BEFORE = re.compile(
    r"\b(next|last|this)\s+year['’]s\s+((?-i:[a-z][\w-]*)),?\s+(?:on|from)\s+$",
    re.IGNORECASE,
)
#: 'next/last year' right before a month or a day: "next year in June", "last year, on May 30"
_YEAR_THEN_DATE = re.compile(
    r"\b(next|last)\s+year\s*,?\s+(?:in|on|from|until|till|by|before|after|around|during"
    r"|starting|beginning)\s+$",
    re.IGNORECASE,
)
UNTIL = re.compile(
    r"\b(?:until|till|through|by)\s+(?:after\s+)?(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon"
    r"|midnight|midday)\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)
# a schedule told in the present ("the draft is Wednesday", "the deadline is midnight
# Thursday") or a date something was put off to ("postponed until after Labor Day",
# "moved the deadline to Aug. 16") lies ahead, whatever the tense
AHEAD = re.compile(
    # and more verbs news puts in the present for what is on the calendar, right before the
    # day: "the council votes Thursday", "the court hears arguments on Monday"
    r"(?:\b(?:(?<!electoral\s)(?<!popular\s)(?<!\d\s)(?<!the\s)(?<!of\s)(?<!his\s)(?<!her\s)votes|testifies|debates|hears\s+(?:arguments|appeals|evidence)|weighs\s+in"
    r"|gathers|celebrates|commemorates|unveils|premieres|debuts|sails|docks|sits)\s+(?:on\s+)?"
    r"|\b(?:is|are)\s+(?:(?:now|set|scheduled|slated|planned|due)\s+)?(?:for\s+|on\s+)?"
    # "a party is planned for 8pm on Friday", "ahead of Thursday's election", "results
    # expected on Saturday"
    # (but not a plan that lapsed: "had originally planned for", "had been scheduled for")
    # ("has been set for July 8", "have been scheduled for Thursday": a plan standing now)
    r"|(?<!had\s)(?<!(?<!has\s)(?<!have\s)been\s)(?<!originally\s)(?<!initially\s)(?<!once\s)"
    r"\b(?:planned|scheduled|slated|set|due|booked|pencilled|penciled)\s+(?:in\s+)?for\s+"
    r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight|midday)\s+(?:on\s+)?)?"
    r"|(?<!was\s)(?<!were\s)\bexpected\s+(?:on\s+|by\s+)|\bbeyond\s+"
    # "the judge set a trial date of Jan. 16": a date fixed for what is still to come
    r"|\b(?:a|an|the|new)\s+(?:trial|hearing|sentencing|release|launch|target|court|election"
    r"|execution|inauguration|completion|opening|start|delivery)"
    r"\s+date\s+(?:of|for)\s+"
    # "the statute of limitations runs out in June", "the lease expires on Sept. 30": a term
    # that ends on the calendar, told in the present
    r"|\b(?:runs\s+out|expires|lapses)\s+(?:in\s+|on\s+|at\s+)?"
    r"|\b(?:(?:postpon|delay|defer|adjourn|extend|reschedul)\w*|push(?:ed|es)?\s+back|put\s+off"
    r"|move[sd]?|moving)\b[^.;!?]{0,40}?\b(?:until|till|to)\s+(?:after\s+)?"
    # a state put in place until a day ("classes were suspended until Saturday", "has
    # cancelled all leave until Monday", "gave them until 10 a.m. on Tuesday") and the span of
    # a warning ("a warning from 6am on Thursday until midday on Friday") lie ahead
    # (not "shuttled until 3 a.m.", "watched closely until")
    # ("ordered flags lowered to half-staff through Sunday", "switched to online classes until
    # Friday", "opened cooling centres daily through Sunday", "lifted roadworks until Tuesday")
    r"|\b(?:suspend|cancel|ban(?=(?:s|ned|ning)?\b)|impos|issu|shut(?!tl)|halt|clos(?!ely)|grant|gave|give|given|extend|restrict"
    r"|order(?:ed|s|ing)|switch(?:ed|es|ing)|lift(?:ed|s|ing)|open(?:ed|s|ing)"
    r"|warning|alert|advisory|watch|curfew|in\s+(?:effect|force|place))\w*\b(?:[^.;!?]{0,60}?|[^.;!?,]{61,110}?)"
    r"\b(?:until|till|through|from)\s+(?:after\s+)?"
    r"(?:(?:\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)|noon|midnight|midday)\s+(?:on\s+)?)?)$",
    re.IGNORECASE,
)


# the start of a line or of the text: where a chronology's entries begin
_ENTRY_START = re.compile(r"(?:^|\n)\s*(?=\S)")

# words before an event still to come: "awaiting Friday's ruling", "going into Sunday's
# final round", "preparing for Saturday's vote"
_AWAITED_EVENT = re.compile(
    r"\b(?:await(?:s|ed|ing)?|wait(?:s|ed|ing)?\s+(?:for|on)|(?:go|goes|going|head|heads|heading)"
    r"\s+into|prepar(?:e|es|ed|ing)\s+for|look(?:s|ed|ing)?\s+ahead\s+to"
    r"|in\s+(?:preparation|advance)\s+(?:for|of)|(?:run|lead|build)[- ]up\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BEFORE_EVENT = re.compile(r"\b(?:before|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_EVENT = re.compile(
    r"\b(?:days|weeks|hours|since|following|after)\s+(?:of\s+)?$|\b(?:days|hours|weeks)\s+of\s+$",
    re.IGNORECASE,
)
RESULTS_OF = re.compile(
    r"\b(?:results?|outcome|aftermath|winners?|losers?|count|tally|turnout|fallout)\s+(?:from|of)\s+"
    r"(?:the\s+|last\s+)?$|\bafter\s+(?:winning|losing|narrowly\s+winning)\s+$",
    re.IGNORECASE,
)
# a state told as over, from the day it began: "the museum was closed from 24 September to 5
# October", "the line had been shut from Monday until Wednesday", said after it: a past
# passive puts the day behind, where AHEAD's "closed ... from" alone reads it ahead ("closed
# from Monday", "will be shut from 1 May")
PAST_STATE_FROM = re.compile(
    r"(?:\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:(?:suspend|cancel|ban(?=(?:ned)?\b)|shut|halt|clos|restrict)\w*\b"
    r"|in\s+(?:effect|force|place)\b)"
    # "Ben Gurion Airport closed from 2 p.m. Sunday", "the mayor imposed a curfew from 7 p.m.
    # Tuesday": the verb's own past, with no modal or "to" before it
    r"|(?<!\bwill\s)(?<!\bwould\s)(?<!\bto\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmust\s)"
    r"(?<!\bshould\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)"
    r"\b(?:closed|imposed|suspended|banned|halted|cancell?ed|restricted)\b)[^.;!?]{0,60}?"
    r"\bfrom\s+$",
    re.IGNORECASE,
)
# the last end of such a state, after "until": "a ban was in force from 12 August until 30
# September", said in October
PAST_STATE_UNTIL = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:(?:suspend|cancel|ban(?=(?:ned)?\b)|shut|halt|clos|restrict)\w*\b"
    r"|in\s+(?:effect|force|place)\b)[^.;!?]{0,60}?"
    r"\bfrom\s+[^.;!?]{1,40}?\s(?:until|till|through)\s+$",
    re.IGNORECASE,
)
# a state told as having lasted until a day: "the road stayed shut until Sunday", "its car
# park remained closed through Thursday night", said after it: a verb of lasting in the simple
# past ends on a day gone, where AHEAD's "shut/closed ... until" alone reads it ahead ("will
# stay closed until Thursday", "remains shut until Monday" keep their days to come)
_STATE_LASTED_UNTIL = re.compile(
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmight\s)(?<!\bmay\s)(?<!\bhave\s)"
    r"\b(?:stayed|remained|(?:was|were)\s+kept)\b[^.;!?]{0,60}?"
    r"\b(?:until|till|through)\s+(?:after\s+)?"
    r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight|midday)\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)
# ... or one whose stretch a clause in the past runs beside: "Fenmarsh Road was closed until
# 4am on Friday while collision investigators examined the scene", "the cranes were out of use
# until December while the inquiry ran"
_LIMIT_WORD = re.compile(
    r"\b(?:until|till|through)\s+(?:after\s+)?"
    r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight|midday)\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)
_PAST_BESIDE = re.compile(
    r"\s*,?\s+(?:while|as)\s+(?!(?:part|well|usual|planned|expected|scheduled|agreed|announced"
    r"|a|an|of|if|soon|long|much|many|far)\b)"
    r"(?:(?!(?:will|would|could|can|may|might|must|shall|should|is|are|to|of)\b)"
    r"[\w'’-]+\s+){1,5}?"
    r"(?:\w+ed|was|were|had|went|came|took|ran|began|fought|dug|kept|held|sat|stood|swept)\b",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|can|may|might|must|shall|should|is|are|has|have|to)\s+"
    r"(?:(?:not|still|also|now)\s+)?(?:be|stay|remain|keep|been)\b",
    re.IGNORECASE,
)


def _state_lasted(ctx: Context) -> bool:
    """Whether the expression ends a state the text tells as having lasted until it."""
    if ctx.lead(_STATE_LASTED_UNTIL, 100):
        return True
    if not ctx.lead(_LIMIT_WORD, 30) or _PAST_BESIDE.match(ctx.text, ctx.end) is None:
        return False
    begin = max(ctx.sentence_bounds()[0], ctx.start - 100)
    return (
        re.search(r"\b(?:was|were|had\s+been)\b", ctx.text[begin : ctx.start], re.IGNORECASE)
        is not None
        and _MODAL_BEFORE.search(ctx.text, begin, ctx.start) is None
    )


# the day a fiscal year begins, told as a rule of its owner: "its fiscal year begins on April
# 1", "whose financial year starts on 1 July", "Tovell's fiscal year begins on" (not "the
# fiscal year that begins July 1", "The new fiscal year begins Oct. 1", "before the fiscal
# year begins on July 1": one year named, the next)
YEAR_BEGINS = re.compile(
    r"(?:\b(?:its|their|whose|our|his|her)|\w['’]s?)\s+(?:fiscal|financial|tax|accounting"
    r"|budget)\s+year\s+(?:begins|starts|commences)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# a day something is "ahead of" is still to come when it is a weekday: "made their pitches
# yesterday ahead of Thursday's election"
FOR_DAY = re.compile(r"\b(?:for|starting|beginning)\s+(?:on\s+|at\s+)?$", re.IGNORECASE)
AHEAD_OF = re.compile(r"\bahead\s+of\s+(?:the\s+|next\s+)?$", re.IGNORECASE)
# "called a snap election for 19 October", "unions announced a strike for 3 March": the date a
# call or a plan is for is the one it points ahead to, whatever the tense of the call
CALLED_FOR = re.compile(
    r"(?:\b(?:call(?:s|ed)?|announc(?:es|ed)|set|sets|fix(?:es|ed)|schedul(?:es|ed)|plann?(?:s|ed)"
    r"|organi[sz](?:es|ed)|book(?:s|ed)|arrang(?:es|ed)|timetabled)\b(?:\s+(?!for\b)[\w'’-]+){1,5}"
    r"|\b(?:an?|the|new)\s+(?:[\w-]+\s+){0,2}(?:election|vote|poll|referendum|ballot|strike"
    r"|walkout|stoppage|protest|rally|march|hearing|summit|inquest|sentencing)s?)\s+for\s+$",
    re.IGNORECASE,
)
#: how far ahead a date a call is for may lie; one further on is a date gone ("the strike
#: called for 2 September went ahead", written on the 3rd)
CALLED_FOR_REACH = 200


# a time that is the subject of a verb looking ahead: "Saturday would be the wettest day",
# "the weekend is expected to bring rain" ("would have been" looks back)
_SUBJECT_AHEAD = re.compile(
    r"\s+(?:would|will|is\s+going\s+to"
    r"|(?:is|are|was|were)\s+(?:(?:now|also|still)\s+)?(?:expected|forecast|predicted|likely|set)\s+to)"
    # what the time will be or bring: "Saturday would be the wettest day", "will see rain"
    r"\s+(?:(?:not|also|still|probably)\s+)?(?:be|bring|see|mark|remain|stay)\b",
    re.IGNORECASE,
)
# "the surplus, which the budget office said Wednesday would total ...": a relative's clause
_RELATIVE_CLAUSE = re.compile(r"\b(?:which|what|who|whom)\s+[^,;]*\s$", re.IGNORECASE)
# ... when a report's verb introduces it: "forecasters said Saturday ...", "warned that the
# summer ..."
_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|say|predicted|predict|warned|warn|forecast|expects?|expected|believes?"
    r"|believed|thinks?|thought|hopes?|hoped|added|noted|insisted|told\s+\w+)\s+(?:that\s+)?$",
    re.IGNORECASE,
)


class Context:
    """What resolution may look at: the text, the publication date, sentence bounds, history."""

    def __init__(self, text: str, published: date | None, sentence_starts: list[int]) -> None:
        self.text = text
        self.published = published
        #: the publication date itself, when a dateline's date stands in for it as the anchor
        self.issued: date | None = None
        #: the story is told from Asia or the Pacific, where the day after publication may
        #: already have begun when an American wire dates it
        self.local_ahead = False
        self._sentence_starts = sentence_starts
        #: every match of _CUE in the text, found once (see _cues_between)
        self._cue_text: str | None = None
        self._cue_sentence = (0, 0)
        self._cues: list[re.Match[str]] = []
        self._cue_starts: list[int] = []
        #: the ends of " of this/next/last week" in the text, found once (see _of_week_at)
        self._week_tail_text: str | None = None
        self._week_tails: list[int] = []
        self._week_tail_ends: list[int] = []
        #: the week ("this", "next", "last") a place in a list of weekdays leads to, or None
        self._week_of_place: dict[int, str | None] = {}
        self.start = 0
        self.end = 0
        self.last: Resolution | None = None
        self.last_end = -1
        #: the first day the story's opening sentences name (its "when")
        self.lead_day: Resolution | None = None
        #: a court story's incident: an earlier day its opening names beside the hearing's
        #: ("heard evidence on Monday from door staff who were working on 14 June")
        self.lead_incident: Resolution | None = None
        #: the last day the text named, for offsets in days when a coarser date came since
        self.last_day: Resolution | None = None
        self.last_day_end = -1
        #: the day that opened the span the last day closes ("opens Nov. 15 and runs through
        #: Nov. 19"): what comes "the day before" the span comes before its first day
        self.last_day_opened: Resolution | None = None
        #: when the last day only dates a report at the close of its sentence ("..., officials
        #: said on Monday"), the day that sentence named before it, with its end, scene and
        #: owned flags: the scene the clock times after it belong to
        self.day_before_report: tuple[Resolution, int, bool, bool] | None = None
        #: the date the text named before the last one ("on the night of 11 February ... at
        #: 7am the next day": what the clock time's own day counts from)
        self.before_last: Resolution | None = None
        #: whether that day sets a scene a clock time after it can belong to: not a boundary
        #: ("since Jan. 1") nor a day owned by a noun ("Monday's ballot")
        self.last_day_scene = True
        #: whether that day was named as a noun's ("Monday's ballot")
        self.last_day_owned = False
        #: the last date that opened a line (a chronology's entry or year heading)
        self.last_entry: Resolution | None = None
        self.last_entry_end = -1
        #: the last day that headed a line of its own, as in a daybook or fixture list
        self.heading_day: Resolution | None = None
        self.heading_end = -1
        #: the last clock time that opened its line with its day found (a live timeline's
        #: "4 p.m. Thursday:" entry), with its end: the entries below it run on from that day
        self.last_stamp: Resolution | None = None
        self.last_stamp_end = -1
        #: the reporting period (a quarter or half already begun) the text last named
        self.last_period: Resolution | None = None
        self.last_period_end = -1
        #: (sentence start, year): the year a sentence's opening set for the dates in it
        self._scene: tuple[int, int] | None = None

    def at(self, start: int, end: int) -> Context:
        self.start, self.end = start, end
        return self

    def of_week_at(self, offset: int) -> str | None:
        """The ``det`` of ``_OF_WEEK.match(self.text, offset)`` ("this", "next", "last"), or
        None where it does not match, without reading a long list of weekdays to its end for
        each weekday in it. The match can only end at the first "of this/next/last week"
        after ``offset``, found among the text's once; and it is a chain of links (", Tuesday",
        " and Wednesday") that ends on that tail. A link is read one way only (no separator
        nor weekday is the start of another, and nothing but a separator or the tail can
        follow a weekday), so each place of the chain leads to the same end from wherever the
        chain is entered: the places walked are remembered with the week they lead to, and a
        list of N weekdays is read once, not N times."""
        text = self.text
        if self._week_tail_text is not text:
            self._week_tail_text = text
            tails = list(_WEEK_TAIL.finditer(text))
            self._week_tails = [m.start() for m in tails]
            self._week_tail_ends = [m.end() for m in tails]
            self._week_of_place = {}
        i = bisect.bisect_left(self._week_tails, offset)
        if i == len(self._week_tails):
            return None
        known = self._week_of_place
        end = self._week_tail_ends[i]
        walked: list[int] = []
        place = offset
        det: str | None = None
        while True:
            if place in known:
                det = known[place]
                break
            walked.append(place)
            tail = _OF_WEEK_TAIL.match(text, place, end)
            if tail is not None:
                det = tail["det"]
                break
            link = _OF_WEEK_LINK.match(text, place, end)
            if link is None or link.end() == place:
                break
            place = link.end()
        for seen in walked:
            known[seen] = det
        return det

    def _cues_between(self, begin: int, finish: int) -> list[re.Match[str]]:
        """The matches of ``_CUE.finditer(self.text, begin, finish)``, the same list. In a
        long sentence (a list of thousands of weekdays cost a scan of 400 characters for each
        one) the sentence is scanned once and a window takes that scan's matches, scanning
        afresh only near its end (where a word or a look-ahead may read past it) or when it
        opens inside a match; the scan of the sentence tries each place from its start, so
        from any place it tried it finds what a window's scan from there finds, while nothing
        it reads lies past the window."""
        text = self.text
        sentence = self.sentence_bounds_at(begin)
        if sentence[1] - sentence[0] < _LONG_SENTENCE or finish > sentence[1]:
            return list(_CUE.finditer(text, begin, finish))
        if self._cue_text is not text or self._cue_sentence != sentence:
            self._cue_text, self._cue_sentence = text, sentence
            self._cues = list(_CUE.finditer(text, sentence[0], sentence[1]))
            self._cue_starts = [m.start() for m in self._cues]
        cues = self._cues
        i = bisect.bisect_left(self._cue_starts, begin)
        if i > 0 and cues[i - 1].end() > begin:
            return list(_CUE.finditer(text, begin, finish))  # opens inside a match
        # from ``begin`` the window's scan tries each place the whole scan tried, and finds
        # what it found while nothing it reads lies at or past ``finish``
        found: list[re.Match[str]] = []
        gap = begin
        while (
            i < len(cues)
            and cues[i].start() < finish
            and _cue_clear_of(text, cues[i].end(), finish)
        ):
            found.append(cues[i])
            gap = cues[i].end()
            i += 1
        following = cues[i].start() if i < len(cues) else len(text)
        resume = gap
        late = finish - _CUE_TAIL
        if late > gap:
            space = _SPACE_RUN.search(text, late, min(following, finish))
            if (
                space is not None
                and space.end() <= following
                and _cue_clear_of(text, space.end(), finish)
            ):
                resume = space.end()  # nothing was found between: start again near the end
        found.extend(_CUE.finditer(text, resume, finish))
        return found

    def sentence_bounds(self) -> tuple[int, int]:
        return self.sentence_bounds_at(self.start)

    def sentence_bounds_at(self, offset: int) -> tuple[int, int]:
        """The bounds of the sentence that holds ``offset``."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        begin = self._sentence_starts[i] if i >= 0 else 0
        finish = (
            self._sentence_starts[i + 1] if i + 1 < len(self._sentence_starts) else len(self.text)
        )
        return begin, finish

    def tense(self, reach: int = 200) -> Tense:
        """The tense of the verb nearest to the expression in its sentence, within ``reach``.

        When nothing within ``reach`` tells, a future verb further to the left in the
        sentence does: "Qantas will almost double its flights between Australia and India by
        August" is future however long the object between them. A far past verb does not:
        "announced an agreement to acquire the company in January" looks ahead.
        """
        begin, finish = self.sentence_bounds()
        if (
            _SUBJECT_AHEAD.match(self.text, self.end)
            and _REPORTED_SUBJECT.search(self.text, max(begin, self.start - 40), self.start)
            # "the surplus, which the budget office said Wednesday would total $1.9 trillion":
            # the relative's clause has its own subject, and the day dates the saying
            and not _RELATIVE_CLAUSE.search(self.text, max(begin, self.start - 80), self.start)
        ):
            # "forecasters said Saturday would be the wettest day": the time is the subject of
            # a verb that looks ahead, whatever the tense of the report around it
            return "future"
        found = self._nearest_tense(max(begin, self.start - reach), min(finish, self.end + reach))
        far_left = max(begin, self.start - 200)
        if (
            found == "none"
            and far_left < self.start - reach
            and self._nearest_tense(far_left, self.start) == "future"
        ):
            return "future"
        if (
            found == "past"
            and far_left < self.start - reach
            and _CLOSING_ATTRIBUTION.match(self.text, self.end)
            and not self._fronted()
            and self._nearest_tense(far_left, self.start) == "future"
        ):
            # "Beijing will begin selling public housing to sitting tenants at discounted
            # prices in August, city officials said.": an attribution closing the sentence
            # tells when it was said; the report's own verb, further left, tells the time
            return "future"
        if found == "none" and _HEADLINE_INFINITIVE.search(self.text, begin, self.start):
            line_end = self.text.find("\n", self.end)
            line = self.text[
                self.text.rfind("\n", 0, self.start) + 1 : line_end if line_end >= 0 else None
            ]
            if not line.rstrip().endswith((".", "!", "?", '"', "”")) and line_end > 0:
                # a headline's "Ferry strike to halt crossings on Monday": its infinitive with
                # no verb of its own is what is about to happen
                return "future"
        if (
            found == "none"
            and self.start - begin <= 12
            and self.text.startswith(",", self.end)
            and self.end + reach < finish
        ):
            # "In February, a deal brokered by the U.N. chief averted airstrikes": a date put
            # first in its sentence takes the tense of the main verb, however far
            return self._nearest_tense(self.end, min(finish, self.end + 200))
        if found == "none" and begin > 0:
            asked = _QUESTION_END.search(self.text, max(0, begin - 200), begin)
            if asked is not None:
                # "Q: When did you get there? A: At 6.42am.": an answer with no verb of its
                # own is told in the tense of the question it answers
                question = self.sentence_bounds_at(asked.start())
                aux = _QUESTION_AUX.search(self.text, question[0], asked.start())
                if aux is not None:
                    return _AUX_TENSE[aux.group(0).lower()]
                return self._nearest_tense(question[0], question[1])
        return found

    def _nearest_tense(self, begin: int, finish: int) -> Tense:
        best: tuple[int, Tense] | None = None
        #: the nearest verb to the left opens a relative clause ("a storm that brought snow on
        #: Tuesday will move off"): the expression is that clause's, not the main verb's after it
        left_relative = False
        # a quotation has its own tense: '"... take the bases by Saturday," a general told'
        close = _QUOTE_CLOSE.search(self.text, self.end, finish)
        if close is not None and self._inside_quote():
            finish = close.start()
        for m in self._cues_between(begin, finish):
            if self.start <= m.start() < self.end:
                continue
            if (
                m.start() == self.end + 1
                and self.text[self.end] == " "
                and _DETERMINER_BEFORE.search(self.text, max(0, self.start - 8), self.start)
            ):
                continue  # "up from its January forecast": the time names the noun after it
            distance = self.start - m.end() if m.end() <= self.start else m.start() - self.end
            kind: Tense
            if m.lastgroup == "future":
                if m.start() >= self.end and m.group(0)[:3].lower() == "to ":
                    # "opened the door on Christmas Eve to begin a jubilee year": a purpose
                    # clause after the expression does not set its time
                    continue
                before = self.text[max(0, m.start() - 48) : m.start()]
                if m.start() >= self.end and re.search(r"\bto\s+$", before, re.IGNORECASE):
                    # "extradited over the weekend to face charges": a purpose clause after
                    # the expression, as with "to begin"
                    continue
                if (
                    m.group(0).lower() in _PLURAL_PRESENT
                    # "defeating a plan to become a republic", "their plans to expand": the
                    # noun of a plan, whose sentence has its own verb
                    or re.fullmatch(r"plans?\s+to", m.group(0), re.IGNORECASE)
                ) and re.search(
                    r"\b(?:a|an|the|its|their|his|her|our|this|that|whose)\s+"
                    # ("a 30-day stay of execution", "a two-week visit": a compound before it)
                    r"(?:\w+(?:ing|ed|ful|ous|ive|al)\s+|[\w.]+-[\w-]+\s+)?$",
                    before,
                    re.IGNORECASE,
                ):
                    continue  # "from a standing start", "the return": nouns, not verbs
                if (
                    m.group(0).lower() in _PLURAL_PRESENT
                    and m.group(0)[0].isupper()
                    and re.search(r"\w[.]?\s+$", before)
                ):
                    continue  # "won the U.S. Open Sunday", "the British Open": a name
                if m.group(0).lower() == "expected" and _COMPARED_WITH.search(before):
                    continue  # "grew faster than the bank expected in March": a comparison
                if (
                    m.group(0).lower() in ("expected", "forecast", "predicted")
                    and m.end() <= self.start
                    # (lower-cased: the noun may open the sentence)
                    and _NOUN_BEFORE_PARTICIPLE.search(before.lower())
                    and _EXPECTED_FOR.fullmatch(self.text, m.end(), self.start)
                    and self._past_verb_after()
                ):
                    # "Growth expected in March failed to come", "the rain forecast for
                    # Tuesday never fell": what was awaited names the subject of a past verb
                    # right after its time, and that verb tells it
                    continue
                if re.search(r"\b(?:rather\s+than|instead\s+of)\s+$", before, re.IGNORECASE):
                    continue  # "traded him in April rather than meet his demands": no plan
                if re.match(r"to\s", m.group(0), re.IGNORECASE) and _ABILITY_BEFORE.search(before):
                    # "made it extremely difficult for Sun to meet demand well into the summer":
                    # an infinitive after an adjective of ease or ability is no plan; the verb
                    # that carries the adjective tells the time
                    continue
                # "had been scheduled to", "was originally due to": a plan seen from the past
                plan = _PLAN_VERB_TO.search(before)
                kind = (
                    "past"
                    # "had planned to open the bridge on Friday", "had hoped to finish before
                    # the August recess": the plain verb after a pluperfect plan is as lapsed
                    # as the plan itself ("had planned to hold" already was)
                    if _PAST_OF_PLAN.search(before)
                    or (plan is not None and _PAST_OF_PLAN.search(before[: plan.start()]))
                    else "future"
                )
                if (
                    _PAST_PLEDGE_TO.match(m.group(0))
                    and (
                        (m.start() >= self.end and not self.text[self.end : m.start()].strip())
                        # "On Thursday night, Netanyahu threatened to leave": a time that opens its
                        # sentence, with only the subject between, dates the main verb
                        or (
                            m.start() >= self.end
                            and self._fronted()
                            and _SUBJECT_AFTER_COMMA.fullmatch(self.text, self.end, m.start())
                        )
                        # "a pause the two sides agreed to Sunday": a 'to' right before the time is
                        # a preposition, no infinitive
                        or (m.end() <= self.start and not self.text[m.end() : self.start].strip())
                    )
                ):
                    # "EU leaders meeting in Helsinki Friday threatened to cut aid", "the
                    # union on Friday agreed to end the strike": the time right before the
                    # verb dates the threat or the agreement, not what it is to do
                    kind = "past"
                if (
                    m.group(0).lower() == "forecast"
                    and m.end() <= self.start
                    and not re.search(r"[,;:]", self.text[m.end() : self.start])
                    and _AGAINST_ESTIMATES.search(self.text, m.end(), self.start)
                ):
                    # "Chipmaker Lumen forecast revenue above Wall Street estimates on
                    # Wednesday": a company's forecast weighed against the market's is told on
                    # the day it was made, a past
                    kind = "past"
                if re.match(r"supposed\b", m.group(0), re.IGNORECASE) and re.search(
                    r"\b(?:was|were)\s+(?:not\s+)?$", before, re.IGNORECASE
                ):
                    kind = "past"  # "were supposed to end": a lapsed plan
                if re.match(r"to\s", m.group(0), re.IGNORECASE) and re.search(
                    r"\b(?:failed|refused|declined|neglected|managed|tried|attempted)\s+$",
                    before,
                    re.IGNORECASE,
                ):
                    kind = "past"  # "Beijing failed to announce support over the weekend"
                elif re.match(r"to\s", m.group(0), re.IGNORECASE) and _PAST_LEAVE.search(before):
                    # "residents were allowed to return home on Wednesday evening": a leave or
                    # a means given in the past, and used then
                    kind = "past"
                elif (
                    kind == "past"
                    and re.match(r"to\s", m.group(0), re.IGNORECASE)
                    and re.search(r"\b(?:was|were)\s+$", before, re.IGNORECASE)
                ):
                    # "the cabinet was to meet on Wednesday": a plan still ahead when written
                    kind = "future"
            elif m.lastgroup == "past":
                word = m.group(0).lower()
                if word in ("relay", "outlay", "overlay", "outran", "outspoke"):
                    continue  # nouns and adjectives that only look like a prefixed past
                if (
                    word.endswith("ed")
                    and word not in _IRREGULAR_PAST_SET
                    and m.group(0)[0].isupper()
                    and m.group(0)[1:].islower()
                    and _PROSE_BEFORE.search(
                        self.text,
                        max(
                            self.sentence_bounds_at(m.start())[0],
                            self.text.rfind("\n", 0, m.start()) + 1,
                            m.start() - 120,
                        ),
                        m.start(),
                    )
                ):
                    # "talks with Prime Minister Abiy Ahmed on Friday", "reaching Stansted
                    # early on Monday": a capital inside running prose is a name's (a
                    # title-case headline, with no lower-case word before it, keeps its verb)
                    continue
                if word not in _IRREGULAR_PAST_SET:
                    # "rewrote", "overtook", "mistook": a prefixed irregular past
                    word = re.sub(r"^(?:re|over|out|mis)(?=\w{3})", "", word)
                    if word not in _IRREGULAR_PAST_SET:
                        word = m.group(0).lower()
                if _NAME_AFTER.match(self.text, m.end()) and (
                    word in _NAMING_ALWAYS
                    or (
                        word in _NAMING_AFTER_INDEFINITE
                        and _INDEFINITE_NOUN_BEFORE.search(
                            self.text, max(0, m.start() - 50), m.start()
                        )
                    )
                ):
                    continue  # "due to land in a crater called Jezero on Feb. 18"
                if word in _NOT_PAST_ED and word not in ("fled", "led"):
                    # ("fled" and "led" are pasts of their own, kept out of the '-ed' rule only)
                    continue
                if word in _BARE_PAST_SET and (
                    _NOT_A_BARE_PAST_BEFORE.search(self.text, max(0, m.start() - 12), m.start())
                    or (
                        # "will run 18 trains a day from May, and cut the journey time": a
                        # plain verb joined to a modal's earlier in the sentence
                        _JOINED_BEFORE.search(self.text, max(0, m.start() - 6), m.start())
                        and _MODAL_EARLIER.search(
                            self.text, self.sentence_bounds_at(m.start())[0], m.start()
                        )
                    )
                ):
                    continue  # "will cut the rate", "to set a date": a plain verb, no past
                if word in _IRREGULAR_PAST_SET and _MODAL_RIGHT_BEFORE.search(
                    self.text, max(0, m.start() - 24), m.start()
                ):
                    continue  # "would lay off 1,200 workers on Friday": a plain verb, no past
                if word in _PARTICIPLE_SET and re.search(
                    r",\s*$", self.text[max(0, m.start() - 4) : m.start()]
                ):
                    continue  # "the Legislature, chosen in the Nov. 3 election": no tense of its own
                if (
                    word.endswith("ed")
                    and m.end() <= self.start
                    and re.search(r",\s*$", self.text[max(0, m.start() - 4) : m.start()])
                    and "," in self.text[m.end() : self.start]
                ):
                    # "will restore service to Honolulu, dropped in 2020, from Dec. 15": a
                    # participle set off by commas dates only what lies inside them
                    continue
                if word in ("last", "earlier", "ago", "previously", "recently", "already"):
                    # adverbs inside other expressions are weaker than verbs; skip them
                    continue
                # ("will be re-released Friday": a hyphened prefix is the verb's own)
                before = _PREFIX_HYPHEN.sub("", self.text[max(0, m.start() - 40) : m.start()])
                if (
                    word not in _IRREGULAR_PAST_SET
                    and _ADJECTIVE_SLOT.search(before)
                    and not (
                        re.search(r"\bthat\s+$", before, re.IGNORECASE)
                        and _RELATIVE_THAT_VERB.match(self.text, m.end())
                    )
                ):
                    continue  # "a still unspecified date", "the revised plan": adjectives
                if (
                    word not in _IRREGULAR_PAST_SET
                    and word.endswith("ed")
                    and _PREPOSITION_BEFORE.search(before)
                    and _NOUN_AFTER_ADJECTIVE.match(self.text, m.end())
                ):
                    continue  # "gusts are expected on exposed coasts": an adjective
                if re.search(r"\b(?:than|as)\s+$", before, re.IGNORECASE) and not (
                    # "As announced on September 12, the finance chief will leave", "as agreed
                    # in March": an act told with its own time right after it is an event gone
                    word in _TOLD_ACTS
                    and m.end() <= self.start
                    and re.search(r"\bas\s+$", before, re.IGNORECASE)
                    and _AT_TIME.fullmatch(self.text, m.end(), self.start)
                ):
                    continue  # "a year earlier than planned", "as expected": no event
                if word in _IRREGULAR_PAST_SET and _DETERMINER_BEFORE.search(before):
                    continue  # "make up the lost days in June", "its spent fuel": adjectives
                if word.endswith("ed") and _KEEP_OBJECT_BEFORE.search(
                    self.text, max(0, m.start() - 60), m.start()
                ):
                    continue  # "would keep the rest stop closed through the weekend"
                if (
                    word in ("have", "has")
                    or (
                        # "told civilians they had until Saturday to leave": a deadline passed
                        # on in reported speech, still ahead when it was told
                        word == "had"
                        and _SAID_BEFORE.search(
                            self.text, max(self.sentence_bounds()[0], m.start() - 80), m.start()
                        )
                    )
                ) and re.match(
                    r"\s+(?:until|till)\b", self.text[m.end() : m.end() + 8], re.IGNORECASE
                ):
                    kind = "present"  # "candidates have until Sunday": a time still left
                    weight = (
                        self.start - m.end() if m.end() <= self.start else m.start() - self.end + 15
                    )
                    if best is None or weight < best[0]:
                        best = (weight, kind)
                    continue
                if word in ("have", "had") and re.search(
                    r"\b(?:will|would|could|should|might|may|must|shall)\s+(?:\w+\s+)?$",
                    before,
                    re.IGNORECASE,
                ):
                    following = re.match(r"\s+([a-z]+)", self.text[m.end() : m.end() + 20])
                    if following is not None and (
                        following.group(1) in _IRREGULAR_PAST_SET
                        or following.group(1) in _PARTICIPLE_SET
                        or following.group(1).endswith("ed")
                        or following.group(1) in _STRONG_PARTICIPLES
                    ):
                        # "this week it may have found one": a modal perfect looks back; the
                        # participle after it tells the tense
                        continue
                    # "lawyers would then have Saturday": a modal's plain verb looks ahead
                    kind = "future"
                    weight = (
                        self.start - m.end() if m.end() <= self.start else m.start() - self.end + 15
                    )
                    if best is None or weight < best[0]:
                        best = (weight, kind)
                    continue
                if re.search(r"\bto\s+$", before, re.IGNORECASE):
                    # "hoped to have better news", "is to lay a wreath": an infinitive, not a
                    # past tense or a perfect
                    continue
                if (
                    word not in _IRREGULAR_PAST_SET
                    and _BY_AGENT.match(self.text, m.end())
                    and not _AUXILIARY_BEFORE.search(before)
                ):
                    if (
                        m.end() <= self.start
                        and word not in ("followed", "preceded")
                        and _AGENT_THEN_TIME.fullmatch(self.text, m.end(), self.start)
                    ):
                        # "defences promised by the government in June are not due until
                        # 2028": the participle's own time, told right after its agent, is when
                        # it was done, whatever the verb after it says ("followed by Europe in
                        # the fourth quarter" names the next event, whose time is its own)
                        best = (0, "past")
                    continue  # "markets untouched by the crisis": a participle, not a verb
                if self._conditional_past(m.start()):
                    # "would lay off 1,200 workers on Friday if no deal was reached", "would
                    # be sequestered if they had not reached a verdict by Friday evening": the
                    # past of a condition on a 'would' is no event gone; it looks ahead with
                    # the 'would'
                    kind = "future"
                elif (
                    word in ("was", "were")
                    and _PROSPECT_AFTER.match(self.text, m.end())
                    # (in its own clause: "storms were possible later this week, though not on
                    # the scale of Monday's outbreak" names a day gone)
                    and not re.search(
                        r"[,;:]",
                        self.text[min(m.end(), self.end) : max(m.start(), self.start)],
                    )
                    and _SAID_BEFORE.search(
                        self.text, self.sentence_bounds_at(m.start())[0], m.start()
                    )
                ):
                    # "Forecasters said more rain was possible on Wednesday": the reported
                    # 'is possible' of a forecast, a prospect still ahead when it was told
                    kind = "future"
                elif word not in _IRREGULAR_PAST_SET and re.search(
                    r"\b(?:remains?|stays?)\s+$", before, re.IGNORECASE
                ):
                    kind = "future"  # "classes remain suspended till Saturday": still so
                elif word not in _IRREGULAR_PAST_SET and re.search(
                    r"\b(?:is|are|am)\s+(?:(?:\w+ly|now|also|still|not)\s+)?$",
                    before,
                    re.IGNORECASE,
                ):
                    # "the bills are mailed in May": a present passive; "results are expected
                    # on Friday", "a vote is planned for June": what is awaited lies ahead
                    kind = "future" if word in _AWAITED else "present"
                elif (
                    word in ("expected", "scheduled", "due")
                    and m.end() <= self.start
                    and re.search(r"\b(?:was|were)\s+(?:(?:\w+ly|also|still)\s+)?$", before, re.I)
                    and re.fullmatch(r"\s+(?:at|on|by|for)\s+", self.text[m.end() : self.start])
                ):
                    # "no failures were expected at midnight Friday": what was awaited for a
                    # time named right after it is still to come when it was told
                    kind = "future"
                elif (
                    word == "expected"
                    and m.end() <= self.start
                    and (
                        (
                            # ("15.7 million trips were expected over the long weekend", told
                            # on the Tuesday after, is the weekend gone: 'at/on/by/for' only)
                            re.search(r"\b(?:was|were)\s+(?:(?:\w+ly|also|still|now)\s+)?$", before)
                            and _EXPECTED_AT.fullmatch(self.text, m.end(), self.start)
                        )
                        or (
                            # (the participle's time closes its clause: "growth expected in
                            # March failed to come" is the verb after it's)
                            _NOUN_BEFORE_PARTICIPLE.search(before)
                            and _EXPECTED_FOR.fullmatch(self.text, m.end(), self.start)
                            and re.match(r"\s*(?:[.,;:!?)]|$)", self.text[self.end : self.end + 3])
                        )
                    )
                ):
                    # "a contest to choose his successor expected over the summer", "the
                    # announcement was now expected later this week, possibly on Friday": the
                    # awaited thing's time, still ahead when it was told ("had been expected in
                    # April" is a plan lapsed)
                    kind = "future"
                elif (
                    word.endswith("ed")
                    and word not in _IRREGULAR_PAST_SET
                    and m.end() <= self.start
                    and _REDUCED_TIME_GAP.fullmatch(self.text, m.end(), self.start)
                    and _WILL_VERB_ON_NOUN.search(
                        self.text,
                        max(
                            self.sentence_bounds_at(m.start())[0],
                            max(self.text.rfind(c, 0, m.start()) for c in ",;:") + 1,
                            m.start() - 100,
                        ),
                        m.start(),
                    )
                ):
                    # "The new fee will appear on water and sewer bills mailed in February": a
                    # participle after a plural noun governed by a preposition right after a
                    # 'will' verb is a reduced relative with no tense of its own; it shares
                    # that verb's time ("will review complaints about bills mailed in August",
                    # the noun deeper in, keeps its past)
                    kind = "future"
                elif word in ("have", "has") and _HAVE_AS_VERB.match(self.text, m.end()):
                    # "Riders have a rest day Monday", "the teams have Sunday off": "have" with
                    # its object is the present of having, not a perfect
                    kind = "present"
                elif word in ("expected", "predicted", "forecast") and re.fullmatch(
                    r"\s+(?:\w+\s+){1,3}to\s+\w+\b.*",
                    self.text[m.end() : self.start],
                    re.IGNORECASE | re.DOTALL,
                ):
                    # "forecasters expected Georges to strike the coast late Sunday": what was
                    # foreseen lies ahead of the foreseeing
                    kind = "future"
                elif (
                    word in _PLAN_PAST
                    and m.end() <= self.start
                    and not _BE_BEFORE.search(before)
                    and _PLAN_OBJECT.fullmatch(self.text, m.end(), self.start)
                    # ("had expected profit of 74 cents a share for the quarter": a forecast
                    # figure's period is the one being reported; a clock time takes its day
                    # from the day in focus)
                    and not _FIGURE_EXPECTED.search(self.text, m.end(), self.start)
                    and not _CLOCK_START.match(self.text, self.start)
                ):
                    # "Senate leaders planned a procedural vote on Saturday afternoon", "who
                    # had expected a vote in the autumn": a time after the object of a plan
                    # or an expectation is the planned thing's, ahead of the planning (the
                    # day right after the verb, "planned on Friday a rally", dates the plan)
                    kind = "future"
                elif (
                    word in _AWAITED
                    and m.end() <= self.start
                    and _WITH_ABSOLUTE.search(before)
                    and _AWAITED_GAP.fullmatch(self.text, m.end(), self.start)
                ):
                    # "heavy snow, with the heaviest falls expected between midnight and 6 a.m.
                    # Saturday": what is awaited, told with no verb of its own, lies ahead
                    kind = "future"
                elif (
                    word in ("forecast", "predicted", "forecasted")
                    and m.end() <= self.start
                    and not re.fullmatch(
                        r"\s*(?:(?:on|in|at|late|early)\s+)*", self.text[m.end() : self.start]
                    )
                    and not re.search(r"[,;:]", self.text[m.end() : self.start])
                    # ("forecast sales above Wall Street estimates on Wednesday": a company's
                    # forecast weighed against the market's, told on the day it was made)
                    and not _AGAINST_ESTIMATES.search(self.text, m.end(), self.start)
                ):
                    # "on Monday forecast another spell of heat from Thursday": the forecast's
                    # own object lies ahead ("forecast on Monday" dates the forecasting)
                    kind = "future"
                else:
                    # a bare "be" joined to a modal's verb ("would stay in place for now and be
                    # reviewed on Wednesday") looks ahead with it
                    kind = (
                        "future"
                        if _MODAL_BEFORE_BE.search(before)
                        or _JOINED_BE.search(before)
                        or (
                            _BARE_BE.search(before)
                            and _MANDATE_THAT.search(self.text, max(0, m.start() - 160), m.start())
                        )
                        else "past"
                    )
            else:
                if re.search(
                    r"\b(?:here|below)\s+$", self.text[max(0, m.start() - 8) : m.start()], re.I
                ):
                    continue  # "Here are key moments of the weekend": presenting, not telling
                if re.match(
                    r"\s+(?:not\s+)?(?:\w+ly\s+)?(?:scheduled|set|due|expected|going|slated|to|ready)\b",
                    self.text[m.end() : m.end() + 30],
                    re.IGNORECASE,
                ):
                    continue  # "is scheduled to": the future word after it tells
                kind = "present"
            # verbs to the left govern the expression more often than those to the right
            weight = distance if m.end() <= self.start else distance + 15
            if m.end() <= self.start and _CLAUSE_OPENER.search(self.text, m.end(), self.start):
                # "Apollo 11 lifted off in July 1969, and on Tuesday the crew will gather": the
                # expression opens a clause of its own, whose verb comes after it
                weight += 45
            if m.end() <= self.start:
                left_relative = _RELATIVE_BEFORE.search(
                    self.text, max(0, m.start() - 30), m.start()
                ) is not None and not re.search(r"[,;:]", self.text[m.end() : self.start])
            elif "," in self.text[self.end : m.start()] or re.search(
                r"\bthat\s", self.text[self.end : m.start()]
            ):
                # "whose campaign won on Feb. 1, plans to suspend": past a comma, another clause;
                # "told residents on Monday that they must leave": a clause of its own
                weight += 30
                between = self.text[self.end : m.start()]
                if "," in between and (
                    left_relative
                    or (
                        m.group(0).lower() in _ATTRIBUTING
                        and _ATTRIBUTION_SUBJECT.fullmatch(between, between.rfind(",") + 1)
                        and _ATTRIBUTION_CLOSE.match(self.text, m.end())
                        # ("On Thursday, the minister said he would resign": a time that opens
                        # the sentence dates the saying, which is no closing attribution)
                        and not self._fronted()
                    )
                ):
                    # "Compaq, which will complete the deal in the second quarter, said": the
                    # main verb after a relative clause; "will read meters monthly starting in
                    # the third quarter, the utility said": the attribution closing a report
                    # tells when it was said, not when what it reports happens
                    weight += 150
            elif left_relative or _COORDINATED_VERB.match(self.text, self.end, m.start() + 1):
                # "declared a disaster on Tuesday and was to visit": the verb after "and" has
                # its own time; so has the main verb after a relative clause
                weight += 60 if kind in ("future", "present") else 30
            if best is None or weight < best[0]:
                best = (weight, kind)
        return best[1] if best else "none"

    def _past_verb_after(self) -> bool:
        """Whether a verb in the past opens what follows the expression, with no comma
        between: "(Growth expected in March) failed", "(the rain forecast for Tuesday) never
        fell", "... did not come"."""
        after = _VERB_AFTER.match(self.text, self.end)
        if after is None:
            return False
        word = after.group("verb").lower()
        return (
            after.group("aux") is not None
            or word in _IRREGULAR_PAST_SET
            or (word.endswith("ed") and word not in _NOT_PAST_ED)
        )

    def _conditional_past(self, at: int) -> bool:
        """Whether the past verb at ``at`` sits in an 'if' clause that follows a 'would' (or
        'could', 'might') in its sentence: "would close the plant on Monday if the strike
        continued". A 'would have' is a past of its own, and 'if' after a verb of saying or
        knowing means 'whether' ("would not say if the plane was shot down")."""
        begin = self.sentence_bounds_at(at)[0]
        opening = _IF_BEFORE_PAST.search(self.text, max(begin, at - 60), at)
        if opening is None:
            return False
        head = self.text[begin : opening.start()]
        if opening.group("conj").lower() == "if" and _WHETHER_IF.search(head):
            return False
        modals = list(_WOULD_BEFORE_IF.finditer(head))
        return bool(modals) and not re.match(r"\s*have\b", head[modals[-1].end() :], re.I)

    def _fronted(self) -> bool:
        """Whether the expression opens its sentence, with only prepositions before it."""
        return _FRONTED.fullmatch(self.text, self.sentence_bounds()[0], self.start) is not None

    def _inside_quote(self) -> bool:
        """Whether the expression sits in a quotation opened earlier in its sentence."""
        begin, _ = self.sentence_bounds()
        before = self.text[begin : self.start]
        opened = before.count("“") + before.count("``")
        closed = before.count("”") + before.count("''")
        return opened > closed or before.count('"') % 2 == 1

    def reporting_day(self) -> date | None:
        """A day before publication named earlier in the sentence, right after a verb of
        saying ("predicted Thursday that it would ..."): the day later plans count from."""
        last = self.last
        if (
            last is None
            or last.point is None
            or last.gran != "day"
            or self.published is None
            or last.point >= self.published
            or self.last_end < self.sentence_bounds()[0]
        ):
            return None
        head = self.text[max(0, self.last_end - 40) : self.last_end]
        if not _SAID_DAY.search(head):
            return None
        return last.point

    def written_year_in_sentence(self) -> int | None:
        """The year that opens the sentence ("In 1996, Congress did not adjourn until Oct.
        4"), when it is the last date named."""
        begin = self.sentence_bounds()[0]
        if self._scene is not None and self._scene[0] == begin:
            return self._scene[1]  # set by an earlier date of the same sentence
        last = self.last
        if last is None or last.point is None:
            return None
        if last.gran == "season":
            # "In the summer of 2022, when the river fell, barges sat idle from 12 August": a
            # season written with its year is the scene of the sentence it opens; a winter runs
            # into the next year and sets none
            if (
                last.needs_anchor
                or not re.fullmatch(r"\d{4}-(?:SP|SU|FA)", last.value)
                or not (
                    _FRONTED_SEASON.match(self.text[begin : self.last_end])
                    # ("when ... on 1.4 million customers from 12 August": a decimal point
                    # ends no clause)
                    or re.match(
                        r",?\s+when\b(?:[^.;:!?]|\.(?=\d))*$", self.text[self.last_end : self.start]
                    )
                )
            ):
                return None
            self._scene = (begin, last.point.year)
            return last.point.year
        if last.gran not in ("year", "month", "day"):
            return None
        when_clause = not last.needs_anchor and re.match(
            r",?\s+when\b[^.;:!?]*$", self.text[self.last_end : self.start]
        )
        if last.gran != "year":
            # "attacked on Oct. 6, 1973, when most Israelis were in synagogue for Yom Kippur":
            # a date written whole sets the year of the clause that tells what was going on
            if not when_clause:
                return None
            self._scene = (begin, last.point.year)
            return last.point.year
        opening = self.text[begin : self.last_end]
        if not (
            (_FRONTED_YEAR.match(opening) and not last.needs_anchor)
            # "Next year, the Legion will hold events from Nov. 9 to 11"
            or _FRONTED_RELATIVE_YEAR.match(opening)
            # "1968 — A fire destroys the shed on Christmas Eve": a chronology's line that
            # opens with its year
            or (
                not last.needs_anchor
                and _BARE_YEAR_OPENING.fullmatch(opening)
                and _ENTRY_AFTER.match(self.text, self.last_end)
            )
            # "since 2017, when the court annulled the August result": the clause is that year's
            or (
                not last.needs_anchor
                and re.match(r",?\s+when\b[^.;:!?]*$", self.text[self.last_end : self.start])
            )
        ):
            return None  # only a year that opens the sentence sets the scene for all of it
        self._scene = (begin, last.point.year)
        return last.point.year

    def coordinated(self, gran: Granularity) -> Resolution | None:
        """The date this one is paired with: "on Sunday or Monday", "between August and
        December", "from May 10 to 12" name two of a kind in one breath."""
        last = self.last
        if last is None or last.point is None or last.gran != gran or self.last_end < 0:
            return None
        between = self.text[self.last_end : self.start]
        if len(between) > 16 or not _COORDINATION.match(between):
            return None
        return last

    def lead(self, words: re.Pattern[str], reach: int = 24) -> bool:
        """Whether ``words`` end just before the expression ("since June", "until Monday")."""
        return words.search(self.text, max(0, self.start - reach), self.start) is not None

    def anchor(self, max_distance: int = 600) -> Resolution | None:
        """The date the text last mentioned, if close enough to chain from."""
        if self.last is None or self.last.point is None:
            return None
        if self.start - self.last_end > max_distance:
            return None
        return self.last


_ATTRIBUTING = frozenset(("said", "says", "told", "announced", "reported", "added", "stated"))
#: the subject of an attribution after a comma: "the utility", "Compaq", "its chief executive"
_ATTRIBUTION_SUBJECT = re.compile(
    r"\s+(?!(?:before|after|when|while|as|since|until|because|if|and|but|or)\b)"
    r"(?:[A-Za-z][\w.'’-]*\s+){1,5}",
    re.IGNORECASE,
)
#: an attribution right after the expression that closes its sentence: ", city officials
#: said.", ", the Ministry of Education has said."
_CLOSING_ATTRIBUTION = re.compile(
    r",\s+(?!(?:before|after|when|while|as|since|until|because|if|and|but|or)\b)"
    r"(?:[A-Za-z][\w.'’-]*\s+){1,5}?(?:(?:has|have|had)\s+)?"
    r"(?:said|says|told|announced|reported|added|stated)(?:\s+[A-Za-z][\w-]*){0,2}\s*(?:[.;!?]|$)",
    re.IGNORECASE,
)
#: and the end of the sentence it closes: "..., the utility said Monday."
_ATTRIBUTION_CLOSE = re.compile(r"(?:\s+[A-Za-z][\w-]*){0,3}\s*(?:[.;!?]|$)")


def _pub_text(published: date) -> str:
    return f"the publication date, {human_day(published)}"


def unresolved(gran: Granularity, what: str, suffix: str = "") -> Resolution:
    return Resolution(
        UNRESOLVED[gran] + suffix,
        f"{what}; needs the publication date to resolve",
        needs_anchor=True,
        gran=gran,
    )


def relative(
    ctx: Context, gran: Granularity, offset: int, what: str, suffix: str = ""
) -> Resolution:
    """The unit of ``gran`` that lies ``offset`` units from the publication date's."""
    pub = ctx.published
    if pub is None:
        return unresolved(gran, what, suffix)
    point = shift(pub, gran, offset)
    if gran == "weekend":
        point = point + timedelta(days=5 - point.weekday()) if point.weekday() < 5 else point
    value = fmt(point, gran) + suffix
    if offset == 0:
        how = f"the {_gran_word(gran)} of {_pub_text(pub)}"
    else:
        n = abs(offset)
        unit = _gran_word(gran) + ("s" if n != 1 else "")
        side = "before" if offset < 0 else "after"
        how = (
            f"{n} {unit} {side} {_pub_text(pub)}"
            if n != 1
            else f"the {unit} {side} {_pub_text(pub)}"
        )
    return Resolution(value, f"{what}: {how}", needs_anchor=True, point=point, gran=gran)


def night_before(ctx: Context, what: str) -> Resolution:
    """The night that began the evening before publication ("Storms battered the coast
    overnight", told in the morning's report), its explanation naming both days it spans."""
    res = relative(ctx, "day", -1, what, "TNI")
    pub = ctx.published
    if pub is None:
        return res
    night = pub - timedelta(days=1)
    return replace(
        res,
        explanation=f"{what}: the night of {human_day(night)} into {human_day(pub)}, "
        "the publication date",
    )


_CLOCK_VALUE = re.compile(r"T\d\d:\d\d$")
# the words from a season to a month a "when" after it tells: ", when snow fell in "
_WHEN_AFTER = re.compile(r",?\s+when\s+[^.;!?\n]{0,80}", re.IGNORECASE)


def chained(
    ctx: Context, gran: Granularity, offset: int, what: str, keep_finer: bool = True
) -> Resolution:
    """A unit ``offset`` away from the date the text last mentioned (or from publication).
    ``keep_finer``: "a year earlier" after a day is that day a year before; "the previous
    year" names the whole year."""
    prior = ctx.anchor()
    if (
        prior is not None
        and gran in ("day", "week")
        and prior.gran in ("year", "decade", "century", "season", "half", "quarter", "month")
    ):
        # "a day later" after "a 1960 quake" (or "since March") cannot count from the first of
        # the period: the day the story last named, if any, else publication
        prior = (
            ctx.last_day
            if ctx.last_day is not None and ctx.start - ctx.last_day_end < 1500
            else None
        )
    if (
        prior is not None
        and prior is ctx.last
        and prior is ctx.last_day
        and ctx.day_before_report is not None
        and ctx.last_end < ctx.sentence_bounds()[0]
    ):
        # "Admissions fell in the week to 11 January, the agency said on Thursday. There were
        # 412 that week, down from 468 the week before": the day of the report is no scene of
        # what follows, the day its sentence told of is (as for a bare clock time)
        prior = ctx.day_before_report[0]
    if (
        prior is not None
        and prior is ctx.last
        and gran == "day"
        and ctx.before_last is not None
        and ctx.before_last.point is not None
        and _CLOCK_VALUE.search(prior.value)
        and not ctx.text[ctx.last_end : ctx.start].strip()
    ):
        # "Staff found her at 7am the next day": the clock time is of the day named after it,
        # which counts from the date told before the clock time, not from the clock time
        prior = ctx.before_last
    if prior is not None and offset < 0 and gran == "day" and _told_of_now(ctx):
        # "Twelve people remain missing, down from about 20 a day earlier": the sentence tells
        # of the present, so a day earlier is the day before publication, whatever day the
        # last sentence named
        prior = None
    if (
        offset < 0
        and gran == "day"
        and prior is not None
        and prior is ctx.last_day
        and ctx.last_day_opened is not None
        and ctx.last_day_opened.point is not None
    ):
        # "opens Nov. 15 and runs through Nov. 19 ... the night before": before a span of
        # days is before its first day
        prior = ctx.last_day_opened
    if prior is None or prior.point is None:
        res = relative(ctx, gran, offset, what)
        return res
    base_gran = prior.gran or gran
    finer = {"day": 12, "week": 11, "weekend": 11, "month": 10, "quarter": 9, "half": 8}
    if (
        offset
        and keep_finer
        and gran in ("year", "quarter", "month")
        and finer.get(base_gran, 0) > finer.get(gran, 0)
    ):
        # "a year earlier" after "Sept. 30, 1989" is Sept. 30, 1988: keep the finer unit
        point = shift(prior.point, gran, offset)
        value = fmt(point, base_gran)
    elif gran == "weekend" and offset > 0 and base_gran == "day" and prior.point.weekday() < 5:
        # "closes on Friday, Nov. 18, but could run into the following weekend": after a
        # weekday, the first weekend after it is the one of its own week
        point = shift(prior.point, gran, offset - 1)
        value = fmt(point, gran)
    else:
        point = shift(prior.point, gran, offset)
        value = fmt(point, gran)
    side = "before" if offset < 0 else "after"
    n = abs(offset)
    unit = _gran_word(gran) + ("s" if n != 1 else "")
    amount = f"{n} {unit}" if n != 1 else f"one {unit}"
    named = (
        "the date mentioned just before"
        if prior is ctx.last
        else "the first day of the span the story last named"
        if prior is ctx.last_day_opened
        else "the day the story last named, past the coarser dates since"
        if prior is ctx.last_day or prior is not ctx.before_last
        else "the date told before the clock time named with it"
    )
    how = (
        f"{amount} {side} {prior.value}, {named}"
        if offset
        else (f"the same {_gran_word(gran)} as {prior.value}, {named}")
    )
    return Resolution(
        value,
        f"{what}: {how}",
        needs_anchor=prior.needs_anchor,
        point=point,
        gran=gran,
        anchorable=False,
    )


def quarter_context(ctx: Context, reach: int = 300) -> Resolution | None:
    """The quarter (or half) a financial report is talking about, if it named one lately.

    Earnings reports name their period once ("third-quarter profit") and then compare with
    "a year ago" or "the year-earlier period" after other dates have come between, so the
    period is remembered apart from the last date.
    """
    prior = ctx.last_period
    if prior is None or ctx.start - ctx.last_period_end > reach:
        return None
    return prior


_WEEKDAY_WORD = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
_TIMETABLE_VERB = re.compile(
    r"\b(?:(?:is|are|will\s+be|stays?|remains?)\s+open|opens|serves?|will\s+serve|runs"
    r"|operates?|plays|airs)\s+(?:(?:dinner|lunch|breakfast|brunch|daily|only|again)\s+)?$",
    re.IGNORECASE,
)


def _weekly_hours(ctx: Context) -> bool:
    """A span of weekdays told as a timetable in the present or future ("is open Tuesday
    through Sunday", "will serve dinner Tuesday through Saturday")."""
    text = ctx.text
    if re.match(rf"\s*(?:through|to|-|–)\s*{_WEEKDAY_WORD}\b", text[ctx.end : ctx.end + 24]):
        start = ctx.start
    else:
        lead = re.search(
            rf"\b{_WEEKDAY_WORD}\s*(?:through|to|-|–)\s*$", text[max(0, ctx.start - 20) : ctx.start]
        )
        if lead is None:
            return False
        start = ctx.start - (len(text[max(0, ctx.start - 20) : ctx.start]) - lead.start())
    return _TIMETABLE_VERB.search(text, max(0, start - 40), start) is not None


def _apposed_day(ctx: Context, wd: int) -> date | None:
    """The day named right before a weekday set beside it after a comma ("on Memorial Day,
    Monday", "on Nov. 3, a Tuesday"), when it falls on that weekday."""
    last = ctx.last
    if last is None or last.point is None or last.gran != "day" or "T" in last.value:
        return None
    if not re.fullmatch(r",\s+(?:an?\s+)?", ctx.text[ctx.last_end : ctx.start]):
        return None
    return last.point if last.point.weekday() == wd else None


#: the weekday that closes a span a weekday opens: " through Sunday", " to Friday"
_SPAN_END_WEEKDAY = re.compile(
    rf"\s*(?:to|through|thru|till|until|-|–)\s+(?:on\s+)?(?P<wd>{WEEKDAY_PATTERN})\b"
)
#: a day's game told with its score: "Tuesday night's 4-2 win", "Sunday's 27-24 loss"
_SCORED_AFTER = re.compile(
    r"(?:\s+(?:night|afternoon|evening))?['’]s\s+(?:[a-z]+\s+)?\d{1,3}-\d{1,3}\s+"
    r"(?:(?:overtime|home|road|shootout)\s+)?(?:win|loss|victory|defeat|rout|triumph|upset"
    r"|draw|tie|drubbing|thrashing)\b",
    re.IGNORECASE,
)


# an incident no one schedules, right before the weekday that dates it: "after a two-car crash
# on Sunday", "a stabbing late Friday"
_INCIDENT_ON = re.compile(
    r"\b(?:a|an|the|this|that|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:crash|collision|accident|shooting|stabbing|explosion|blast|robbery|burglary|assault"
    r"|break-in|disturbance|brawl|murder|killing|derailment|fire|blaze|hit-and-run|incident"
    r"|ram-raid|carjacking|attack|death)"
    r"\s+(?:on\s+|late\s+|early\s+|on\s+(?:late|early)\s+)?$",
    re.IGNORECASE,
)


# "Monday and Tuesday of this week", "Thursday of next week": the week a weekday lies in
_WEEK_TAIL = re.compile(r"\s+of\s+(?:this|next|last)\s+week\b", re.IGNORECASE)
_OF_WEEK = re.compile(
    rf"(?:\s*(?:,|and|or|&|to|through|-|–)\s*(?-i:{WEEKDAY_PATTERN}))*"
    # (not "of the following week": that week is told from a day of the story, not publication)
    r"\s+of\s+(?P<det>this|next|last)\s+week\b",
    re.IGNORECASE,
)
# _OF_WEEK in its two parts, read a link at a time by Context.of_week_at
_OF_WEEK_LINK = re.compile(
    rf"\s*(?:,|and|or|&|to|through|-|–)\s*(?-i:{WEEKDAY_PATTERN})", re.IGNORECASE
)
_OF_WEEK_TAIL = re.compile(r"\s+of\s+(?P<det>this|next|last)\s+week\b", re.IGNORECASE)


# the words of a court's proceedings, which tell of the hearing's days, not the incident's
COURT_WORDS = re.compile(
    r"\b(?:court|jury|juror|trial|judge|sheriff|magistrates?|tribunal|inquest|hearing|heard"
    r"|adjourn\w*|verdict|sentenc\w*|testif\w*|evidence|retired|deliberat\w*|pleaded)\b",
    re.IGNORECASE,
)


# "until the Tuesday", "on the Friday": a weekday with "the" before it, and a clause's end or
# a part of the day after it (not "the Tuesday before the vote", "the Friday meeting")
_THE_BEFORE_DAY = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
_THE_DAY_ENDS = re.compile(
    r"\s*(?:[,.;:)!?]|$)|\s+(?:and|but|when|while|as|morning|afternoon|evening|night)\b"
)


# a past participle right before a weekday, with no auxiliary of its own: a reduced relative
# clause ("the aid workers kidnapped on Monday remain in captivity", "the ferry, seized on
# Tuesday, is anchored off", "those injured in Sunday's blast are recovering") tells what was
# done that day, whatever the main verb after it says; an auxiliary before it ("will be
# released on Monday", "is held on Sunday", "to be freed Friday") makes it a verb of its own,
# and a determiner ("the delayed Monday flight") an adjective
_PARTICIPLE_BEFORE_DAY = re.compile(
    r"(?<![\w'’])(?P<lead>[\w'’]+)\s*,?\s+(?:(?:\w+ly|then|later|also|still|again|first|since|not)\s+)?"
    r"(?P<part>(?-i:[a-z]{3,}ed|held|taken|seen|shot|caught|found|built|sent|sold|given|struck"
    r"|stolen|thrown|driven|written|shown|hidden|won|brought|bought|told|hurt|hit|beaten|born"
    r"|slain|torn|sunk|blown|swept|stabbed|abducted|cast|lost|paid|spent|kept|made|read|fought))"
    # "the deal, approved by Israel's Cabinet early Wednesday": the participle's agent between
    r"(?P<agent>(?:\s+(?:to|upon))?\s+by\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:[\w'’.-]+\s+){1,4}?)?"
    r"\s*(?P<prep>(?:in|at|during)\s+(?:the\s+)?|(?:late\s+|early\s+)?(?:on\s+)?(?:late\s+|early\s+)?)$",
    re.IGNORECASE,
)
_NOT_REDUCED_LEAD = frozenset(
    (
        "be",
        "been",
        "being",
        "is",
        "are",
        "am",
        "'s",
        "’s",
        "get",
        "gets",
        "getting",
        "become",
        "becomes",
        "remain",
        "remains",
        "stay",
        "stays",
        "will",
        "would",
        "shall",
        "to",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "'ll",
        "’ll",
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "this",
        "that",
        "every",
        "each",
        "any",
        "no",
        "them",
        "him",
        "me",
        "us",
    )
)
#: participles of what is awaited or put on the calendar: "the vote scheduled Monday"
_NOT_REDUCED_PARTICIPLE = frozenset(
    (
        "scheduled",
        "rescheduled",
        "planned",
        "slated",
        "booked",
        "timetabled",
        "billed",
        "pencilled",
        "penciled",
        "earmarked",
        "proposed",
        "expected",
        "projected",
        "predicted",
        "forecasted",
        "anticipated",
        "intended",
        "needed",
        "required",
        "wanted",
        "hoped",
        # "followed by Europe in December": the next event, whose time is its own
        "followed",
        "preceded",
    )
)


#: what follows a weekday that ends a relative clause: the main clause's verb or a mark
_VERB_AFTER_DAY = re.compile(
    r"\s*(?:[,.;:]|$)|\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|must|should"
    r"|remains?|continues?|and|but)\b"
)


#: a past verb joined right after the day: "called residents to the hall on Monday and told them"
_THEN_PAST = re.compile(
    r"(?:\s+(?:\w+\s+){0,4}?)?\s*,?\s+and\s+(?:(?:then|later|also|\w+ly)\s+)?(?:[a-z]{3,}ed|told|met|gave|took|said|went|held"
    r"|spoke|made|left|came|saw)\b"
)
#: a summons and what it is to, right before a weekday
_SUMMONED_TO = re.compile(
    r"\b(?:invit(?:es|ed|ing)?|summon(?:s|ed|ing)?|call(?:s|ed|ing)?|recall(?:s|ed|ing)?)\s+"
    r"(?!(?:on|for|off|in|out|up)\b)(?:[\w'’.-]+\s+){1,5}?(?:back\s+)?to\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:on\s+)?$",
    re.IGNORECASE,
)


_TO_HAVE_BEFORE = re.compile(r"\bto\s+have\s+$", re.IGNORECASE)


def _reduced_relative_past(ctx: Context) -> str | None:
    """The past participle whose reduced relative clause the weekday ends, if one does."""
    begin = max(ctx.sentence_bounds()[0], ctx.start - 80)
    m = _PARTICIPLE_BEFORE_DAY.search(ctx.text, begin, ctx.start)
    if m is None:
        return None
    part = m.group("part").lower()
    if part in _NOT_PAST_ED or part in _AWAITED or part in _NOT_REDUCED_PARTICIPLE:
        return None
    if (
        m.group("lead").lower() == "that"
        and part.endswith("ed")
        and _VERB_AFTER_DAY.match(ctx.text, ctx.end)
    ):
        # "a second heat wave that started Sunday is expected to last": "that" opens a
        # relative clause told in the past ("that delayed Monday flight" is a determiner)
        return m.group("part")
    if m.group("lead").lower() in _NOT_REDUCED_LEAD or part.startswith("un"):
        # "keep rates unchanged on Thursday": an adjective of a state, not a deed
        return None
    if _TO_HAVE_BEFORE.search(ctx.text, max(0, m.start("part") - 12), m.start("part")):
        # "talks that were to have opened on Thursday": a plan that fell through, no deed
        return None
    if not m.group("prep").strip() and re.match(r"\s+(?:an?|the)\s", ctx.text[ctx.end :]):
        # "the government declared Monday a public holiday": the day is the verb's object
        return None
    if _KEEP_OBJECT_BEFORE.search(ctx.text, max(0, m.start("part") - 60), m.start("part")):
        # "will have them collected on Tuesday", "keep the road closed": what is to be done
        return None
    if m.group("prep").strip() and m.group("prep").split()[0].lower() in ("in", "at", "during"):
        # "wounded in Sunday's attack": only an event named by the day's possessive
        return m.group("part") if ctx.text.startswith(("'s", "’s"), ctx.end) else None
    return m.group("part")


_STARTING_IN = re.compile(
    r"\b(?:starting|beginning|commencing|effective)\s+(?:in\s+|from\s+)?$", re.IGNORECASE
)


def _participle_in_month(ctx: Context) -> str | None:
    """The past participle whose reduced relative clause ends "in" the month, if one does:
    "passed by the National Assembly in December", "agreed to by the provinces in June"."""
    begin = max(ctx.sentence_bounds()[0], ctx.start - 90)
    m = _PARTICIPLE_BEFORE_DAY.search(ctx.text, begin, ctx.start)
    if m is None or not m.group("prep").lower().startswith("in"):
        return None
    part = m.group("part").lower()
    if part in _NOT_PAST_ED or part in _AWAITED or part in _NOT_REDUCED_PARTICIPLE:
        return None
    if m.group("lead").lower() in _NOT_REDUCED_LEAD or part.startswith("un"):
        return None
    if _TO_HAVE_BEFORE.search(ctx.text, max(0, m.start("part") - 12), m.start("part")):
        return None
    if _KEEP_OBJECT_BEFORE.search(ctx.text, max(0, m.start("part") - 60), m.start("part")):
        return None
    if "," not in ctx.text[m.end("lead") : m.start("part")] and re.search(
        r"\b(?:will|would|shall)\b|['’]ll\b",
        ctx.text[ctx.sentence_bounds()[0] : ctx.sentence_bounds()[1]],
    ):
        # "The new rates will show up on bills mailed in late June": with no comma before it,
        # the participle may tell what is still to be done for the future main verb
        return None
    return m.group("part")


#: "after" with a verb in -ing, and the words of its clause up to the time
_AFTER_ING_CLAUSE = re.compile(
    r"\bafter\s+(?-i:[a-z]{2,}ing)\b"
    # (its clause ends at a comma: "landed early Sunday after circling the Earth 14 times,
    # officials said Monday")
    r"(?:(?!\b(?:after|before|when|while|and|but|then)\b)[^.;:!?,])*$",
    re.IGNORECASE,
)


def _day_before_after_clause(ctx: Context) -> date | None:
    """The day the main clause names, when the weekday being read is in an "after V-ing"
    clause that follows it in the sentence ("weakened to a tropical storm Saturday after
    coming ashore late Friday"): the weekday is the latest one before that day."""
    told = ctx.last_day
    if told is None or told.point is None or told.gran != "day":
        return None
    begin = ctx.sentence_bounds()[0]
    if ctx.last_day_end < begin:
        return None
    clause = _AFTER_ING_CLAUSE.search(ctx.text, ctx.last_day_end, ctx.start)
    return told.point if clause is not None else None


def weekday(
    ctx: Context, wd: int, word: str, direction: str | None, suffix: str = ""
) -> Resolution:
    """A named weekday: before or after publication by the tense, or by last/next/this."""
    name = WEEKDAY_NAMES[wd]
    pub = ctx.published
    if pub is None:
        return Resolution(
            f"XXXX-WXX-{wd + 1}{suffix}",
            f"{name}; needs the publication date to resolve",
            needs_anchor=True,
            gran="day",
        )
    if direction is None and not suffix and _weekly_hours(ctx):
        # "The museum is open Tuesday through Sunday", "will serve dinner Tuesday through
        # Saturday": the days of a weekly timetable, each a set of its weekdays
        return Resolution(
            f"XXXX-WXX-{wd + 1}",
            f"every {name}, a day of a weekly timetable",
            gran="day",
            type="SET",
        )
    back = (pub.weekday() - wd) % 7
    forward = (wd - pub.weekday()) % 7
    reason: str
    if direction == "last":
        days, reason = -(back or 7), "because the text says 'last'"
        if back == 1:
            # yesterday is "yesterday" or its bare name: "last Tuesday" said on a Wednesday
            # is the one the week before
            days, reason = -8, "because the text says 'last' of the day before publication"
    elif direction == "next":
        days, reason = forward or 7, "because the text says 'next'"
        if forward == 1:
            # tomorrow is "tomorrow" or its bare name: "next Friday" said on a Thursday is
            # the one the week after
            days, reason = 8, "because the text says 'next' of the day after publication"
    elif direction == "past":
        days, reason = -back, "because the text says 'this past'"
    elif direction == "future":
        days, reason = forward, "because the text says 'this coming'"
    elif direction is None and (of_week := ctx.of_week_at(ctx.end)) is not None:
        # "Monday and Tuesday of this week", "on Thursday of next week": the day of the week
        # the words after it name, whatever the tense
        which = of_week.lower()
        step = {"this": 0, "next": 1, "last": -1}[which]
        days = wd - pub.weekday() + 7 * step
        reason = f"the {name} of {which} week"
    elif direction is None and (quoted := _quoted_on_day(ctx)) is not None:
        # 'One email, sent on 19 May 2021, asks staff to "clear the files by Friday"': a
        # quotation dated in its own sentence counts its weekdays from that date
        if ctx.tense() == "past" and not ctx.lead(UNTIL):
            step = -((quoted.weekday() - wd) % 7)
            side = "the latest one up to"
        else:
            step = (wd - quoted.weekday()) % 7 or 7
            side = "the first one after"
        days = (quoted - pub).days + step
        reason = f"{side} {quoted.isoformat()}, the day the quotation was written"
    elif ctx.lead(SINCE) or (direction is None and ctx.lead(SINCE_PHRASE, 60)):
        days, reason = -(back or 7), "because 'since' looks back"
    elif (
        direction is None
        and (ctx.lead(_LASTED_UNTIL, 60) or ctx.lead(_STATE_LASTED_UNTIL, 100))
        and (begun := ctx.anchor(300)) is not None
        and begun.point is not None
        and begun.gran == "day"
        and (pub - begun.point).days > 7
    ):
        # "Inmates rioted on Sunday 1 March. The riot lasted until 4pm on Tuesday.", told on
        # 12 March: the end of what lasted is the first such day after the narrative's day,
        # not the one before publication
        days = (begun.point - pub).days + ((wd - begun.point.weekday()) % 7 or 7)
        reason = f"the first one after {begun.point.isoformat()}, the day the stretch began"
    elif (
        direction is None
        and ctx.lead(_THE_BEFORE_DAY, 8)
        and _THE_DAY_ENDS.match(ctx.text, ctx.end)
        and (begun := ctx.anchor(300)) is not None
        and begun.point is not None
        and begun.gran == "day"
        and (pub - begun.point).days > 7
    ):
        # "works over the weekend of 24 and 25 October left the lane shut until the Tuesday",
        # told in November: "the" weekday of a narrative is the first one after its day, not
        # the one before publication
        days = (begun.point - pub).days + ((wd - begun.point.weekday()) % 7 or 7)
        reason = f"the first one after {begun.point.isoformat()}, the day the narrative is on"
    elif (apposed := _apposed_day(ctx, wd)) is not None:
        # "a memorial service on Memorial Day, Monday": the weekday names the day just named
        days, reason = (
            (apposed - pub).days,
            f"the weekday of {apposed.isoformat()}, named just before",
        )
    elif ctx.lead(RESULTS_OF, 40) and ctx.text.startswith(("'s", "’s"), ctx.end):
        # "the final results of Saturday's election", "after winning Sunday's run-off": the
        # event is over whatever the verb says
        days, reason = -(back or 7), "because its results are in"
    elif _SCORED_AFTER.match(ctx.text, ctx.end):
        # "broke a bone in Tuesday night's 4-2 win": a game with a score is over
        days, reason = -(back or 7), "because the game it names has a score"
    elif (
        ctx.text.startswith(("'s", "’s"), ctx.end)
        and back != 0
        and ctx.lead(_BEFORE_EVENT)
        and (named := ctx.anchor(160)) is not None
        and named.point is not None
        and named.gran == "day"
        and 0 <= (named.point - pub).days <= 7
        and ctx.last_end >= ctx.sentence_bounds()[0]
    ):
        # "held its last practice Thursday morning before Monday night's game", said on
        # Thursday: the event comes after the day just named, here publication's own or later
        days = (named.point - pub).days + ((wd - named.point.weekday()) % 7 or 7)
        reason = f"the first one after {named.point.isoformat()}, named just before it"
    elif ctx.text.startswith(("'s", "’s"), ctx.end) and back != 0 and ctx.lead(_AWAITED_EVENT, 40):
        # "traders are waiting for Thursday's report", "trailed 10-6 going into Sunday's
        # singles": an event waited for or gone into comes after the waiting; told in the
        # past, the waiting may be days behind too, and the event is the nearer one
        if ctx.tense() == "past" and back < forward:
            days, reason = -back, "the nearer one, as the event awaited is told in the past"
        else:
            days, reason = forward, "because the event it names is still awaited"
    elif (
        ctx.text.startswith(("'s", "’s"), ctx.end)
        and ctx.lead(_SINCE_EVENT, 30)
        and not ctx.lead(AHEAD_OF)
        and back != 0
    ):
        # "within 30 days of Sunday's vote", "since Tuesday's attack": counted from an event
        # already over, whatever the verb says
        days, reason = -back, "because it is counted from an event already over"
    elif (into := _night_into(ctx)) is not None:
        # "Monday night into Tuesday morning": the first such day after the one before
        days = (into - pub).days + ((wd - into.weekday()) % 7 or 7)
        reason = f"the first one after {into.isoformat()}, which runs into it"
    elif (
        ctx.issued is not None
        and 0 < forward <= (ctx.issued - pub).days
        and ctx.tense() != "future"
    ):
        # "WASHINGTON, March 24 (Xinhua) -- ... said in a statement Thursday", filed on the
        # 25th: a day after the dateline's, up to the day of issue, is already told of
        days, reason = forward, "between the dateline's date and the day the story was issued"
    elif (
        ctx.local_ahead
        and forward == 1
        and ctx.tense() != "future"
        # "said Tuesday that it had warned the owners on Friday": a past perfect goes back
        and not re.search(r"\bhad\b", ctx.text[ctx.sentence_bounds()[0] : ctx.start])
    ):
        # "TOKYO (AP) - Asian stock markets opened sharply lower Tuesday", dated Monday in New
        # York: where the story is told, that Tuesday has already begun
        days, reason = 1, "the day after publication, already begun where the story is told"
    elif (
        back == 0
        and (closing := _SPAN_END_WEEKDAY.match(ctx.text, ctx.end)) is not None
        and (end_wd := weekday_number(closing.group("wd"))) != wd
        and ctx.tense() == "past"
    ):
        # "carried 1.1 million passengers from Wednesday through Sunday", written on a
        # Wednesday: a span told as over cannot end after publication, so it opened the week
        # before
        days = -((pub.weekday() - end_wd) % 7 or 7) - (end_wd - wd) % 7
        reason = "as the span of days it opens is told in the past and ended before publication"
    elif direction is None and (told := _day_before_after_clause(ctx)) is not None:
        # "is expected to vote on Friday ... after rejecting him on Monday", "will fly home on
        # Friday after playing Spain on Thursday": what the main clause's day comes after
        # happened on the latest such weekday before it, whichever side of publication
        days = (told - pub).days - ((told.weekday() - wd) % 7 or 7)
        reason = f"the latest one before {told.isoformat()}, the day of the act it comes before"
    elif back == 0:
        # news names the publication day itself by its weekday ("will vote Friday", written
        # on Friday); a week away would be "next Friday" or "a week from Friday"
        days, reason = 0, "the publication day's own weekday"
    elif (opened := _clock_range_start(ctx)) is not None:
        # "from 6 p.m. on Sunday until noon on Monday": a span's end comes after its start
        days = (opened - pub).days + (wd - opened.weekday()) % 7
        reason = f"the first one from {opened.isoformat()}, where the span named with it begins"
    elif (
        (pair := ctx.coordinated("day")) is not None
        and pair.point is not None
        and abs((pair.point - pub).days) <= 7
        and "T" not in pair.value
        and _range_end(ctx)
    ):
        # "between Thursday and Sunday", "from Monday to Friday": the end of a span of days
        # comes after its start, whichever side of publication the start fell on
        days = (pair.point - pub).days + ((wd - pair.point.weekday()) % 7 or 7)
        reason = f"the first one after {pair.value}, where the span named with it begins"
    elif (pair := ctx.coordinated("day")) is not None and pair.point != pub:
        ahead = pair.point is not None and pair.point > pub
        days = forward if ahead else -back
        reason = f"on the same side of publication as {pair.value}, named with it"
    elif (participle := _reduced_relative_past(ctx)) is not None:
        days = -back
        reason = f"because '{participle}' right before it is past tense"
    elif (
        ctx.lead(_BY_DEADLINE)
        and _DEMAND_BEFORE_DEADLINE.search(
            ctx.text, max(ctx.sentence_bounds()[0], ctx.start - 130), ctx.start
        )
        is not None
        # ("ordered the crowd to disperse by 10 p.m. Friday, and it did": the outcome told
        # after it says the deadline has passed; the verbs tell the day)
        and _DEMAND_MET_AFTER.match(ctx.text, ctx.end, ctx.sentence_bounds()[1]) is None
    ):
        # "officials ordered residents to leave by noon Sunday", "had demanded on Monday that
        # he resign by Friday", "requires its owner to sell the app by Sunday": a deadline set
        # in a demand is told while it is still pending
        days, reason = forward, "because a deadline set in a demand lies ahead"
    elif ctx.lead(UNTIL) and ctx.tense() != "past":
        days, reason = forward, "because a limit ('until', 'by') lies ahead"
    elif _journal_issue_ahead(ctx):
        # "The findings appear in Tuesday's issue of the Annals": a journal's coming issue, as
        # the embargoed research wire copy reports
        days, reason = forward, "because it is the journal issue the findings appear in"
    elif _plan_seen_from_past(ctx):
        # "the vote had been set for Thursday but was delayed", "the central bank had been
        # scheduled to meet on Tuesday": a plan told in the pluperfect is of the days around
        # publication, just gone or just ahead; the nearer of the two is meant
        days = -back if back <= forward else forward
        reason = "the nearer one, as a plan told in the pluperfect"
    elif _plan_since_changed(ctx) and _CHANGE_TOLD.search(
        ctx.text, ctx.end, ctx.sentence_bounds()[1]
    ):
        # "The summit, originally scheduled to begin Monday, was delayed by one day": an
        # original plan whose change is told is told days before or after its day; the nearer
        # ("The withdrawal was originally scheduled for Friday", told alone, keeps its tense)
        days = -back if back <= forward else forward
        reason = "the nearer one, as a plan since changed"
    elif _start_ahead(ctx):
        # "asked to work from home from Tuesday", "directed its members to block highways
        # from Sunday", "called an indefinite strike from Tuesday": what is to start on the day
        days, reason = forward, "because it is the day something starts from"
    elif ctx.lead(_SUMMONED_TO, 90) and not _THEN_PAST.match(ctx.text, ctx.end):
        # "Obama invited Trump to the White House on Thursday", "has called party leaders to a
        # meeting on Wednesday", "called both sides back to the table Saturday": the day of
        # what someone is summoned to is still to come when the summons is told
        days, reason = forward, "because it is the day of what someone is summoned to"
    elif ctx.lead(FOR_DAY) and not ctx.text.startswith(("'s", "’s"), ctx.end):
        # "a memorial service is planned for Sunday", "called a protest for Saturday": the day
        # something is set for is still to come when the news is written
        days, reason = forward, "because it is the day something is set for"
    elif _state_lasted(ctx):
        # "it stayed shut until Sunday", "was closed until 4am on Friday while investigators
        # examined the scene": a state told as having lasted ended on a day gone
        days, reason = -back, "because it ends a state told as having lasted"
    elif (
        (ctx.lead(AHEAD, 130) and not ctx.lead(PAST_STATE_FROM, 130))
        or ctx.lead(AHEAD_OF)
        or (
            re.match(r"\s+(?:is|will\s+be|['’]s\s+going\s+to)\b", ctx.text[ctx.end : ctx.end + 20])
            # "a woman who might have seen the van on Monday is urged to call": the day ends a
            # relative clause told in the past, and the verb after it is the main clause's
            and not (
                re.search(
                    r"\b(?:on|at|around|about)\s+$", ctx.text[max(0, ctx.start - 8) : ctx.start]
                )
                and _RELATIVE_PAST.search(ctx.text, ctx.sentence_bounds()[0], ctx.start)
            )
        )
    ):
        days, reason = forward, "because it is a date set ahead"
    elif re.search(
        r"\b(?:declared|declares|proclaimed|designated|named)\s+$",
        ctx.text[max(0, ctx.start - 14) : ctx.start],
        re.IGNORECASE,
    ) and re.match(
        r"\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,3}(?:holiday|day)\b", ctx.text[ctx.end : ctx.end + 50]
    ):
        # "declared Thursday a national holiday": a day set apart is still to come
        days, reason = (forward or 7), "because it is the day set apart"
    elif back == 1 and _plan_told_past(ctx):
        # "the board was to meet Sunday", written on Monday: the plan as it stood, for the day
        # just gone; a week ahead would have been told as "is to meet next Sunday"
        days, reason = -1, "the day before, as a plan told in the past"
    elif _lapsed_plan(ctx):
        # "relief flights were to leave on Sunday, but bad weather delayed them": a plan told
        # as lapsed may be days behind or just ahead; the nearer of the two is meant
        days = -back if back <= forward else forward
        reason = "the nearer one, as a plan that did not go ahead"
    elif direction == "this" and ctx.tense(30) != "past":
        # "the cease-fire, which falls this Sunday", "moves indoors this Friday": only a past
        # verb right by it ("was held this Monday") turns 'this' back
        days, reason = forward, "the coming one, as 'this' says"
    else:
        tense = ctx.tense()
        told = ctx.reporting_day()
        if tense == "future" and told is not None:
            # "forecasters predicted Thursday that it would strike on Sunday": ahead of the
            # day it was said, which may still be before publication
            ahead_of_told = (wd - told.weekday()) % 7 or 7
            days = (told - pub).days + ahead_of_told
            reason = f"the first one after {told.isoformat()}, the day it was said"
        elif tense == "future":
            days, reason = (forward or 7), "because the verb is future tense"
        elif tense == "past":
            days, reason = -back, "because the verb is past tense"
        elif direction == "this":
            # "Orthodox Easter, which falls this Sunday": with no past verb, the one to come
            days, reason = forward, "the coming one, as 'this' says"
        elif tense == "present" and _INCIDENT_ON.search(
            ctx.text, max(0, ctx.start - 60), ctx.start
        ):
            # "police are appealing for witnesses after a crash on Sunday", "officers are
            # investigating a stabbing late Friday": an incident no one schedules is over,
            # whatever the present of the inquiry into it says
            days, reason = -(back or 7), "because the incident it dates has happened"
        elif (
            tense == "present"
            and not ctx.text.startswith(("'s", "’s"), ctx.end)
            and not _ENTRY_START.search(ctx.text, max(0, ctx.start - 2), ctx.start + 1)
        ):
            # "light snow is possible late Thursday", "the talks resume Monday": a schedule
            # told in the present lies ahead; a possessive ("follows Tuesday's declaration")
            # and a chronology's entry ("Sunday - troops cross") tell of what happened
            days, reason = forward, "the coming one, as the verb is present tense"
        else:
            days = -back
            reason = "the latest one, as news reports look back (no tense to say otherwise)"
    point = pub + timedelta(days=days)
    if days == 0:
        where = f"the publication day itself, {human_day(pub)}"
    else:
        where = f"{'before' if days < 0 else 'after'} {_pub_text(pub)}"
    text = f"{name} {where}, {reason}" if days else f"{name}: {where}"
    return Resolution(point.isoformat() + suffix, text, needs_anchor=True, point=point, gran="day")


# a relative clause told in the past before the expression: "who used", "that was seen",
# "who may have spoken"
_RELATIVE_PAST = re.compile(
    r"\b(?:who|that|which)\s+(?:\w+ly\s+)?(?:(?:may|might|could|must|should|would)\s+(?:not\s+)?"
    rf"have\s+(?:been\s+)?\w+|(?:was|were|had)\b|(?:{_IRREGULAR_PAST}|{_PARTICIPLES})\b|[a-z]{{3,}}ed\b)"
    r"(?:(?![,;:]).)*$",
    re.IGNORECASE,
)
_PLAN_TOLD_PAST = re.compile(
    r"\b(?:was|were)\s+(?:(?:due|scheduled|set|supposed)\s+)?to\s+[a-z]+\b", re.I
)


_NOW_VERB = re.compile(
    r"\b(?:now|currently|remains?|stands?|is|are|has|have)\b(?![^,;]*\b(?:said|says|told)\b)",
    re.IGNORECASE,
)


def _quoted_on_day(ctx: Context) -> date | None:
    """The day a quotation was written or said, when its own sentence names it before the
    quotation opens and it lies more than a week from publication ('a letter dated 2 March
    2019 promised "a decision by Monday"'); None otherwise."""
    begin = ctx.sentence_bounds()[0]
    if ctx.published is None or not ctx._inside_quote() or ctx.last_end < begin:
        return None
    prior = ctx.anchor(300)
    if prior is None or prior.point is None or prior.gran != "day" or "T" in prior.value:
        return None
    if abs((ctx.published - prior.point).days) <= 7:
        return None
    between = ctx.text[ctx.last_end : ctx.start]
    if not re.search(r"[\"“]", between):
        return None  # the date is inside the quotation, or no quotation opens after it
    return prior.point


def _told_of_now(ctx: Context) -> bool:
    """Whether the expression's sentence tells of the present, with no date of its own before
    the expression: "The toll now stands at 14, up from 10 a day earlier"."""
    begin = ctx.sentence_bounds()[0]
    if ctx.last_end > begin:
        return False
    return _NOW_VERB.search(ctx.text, begin, ctx.start) is not None


# between a span's opening time and the clock and day that close it: " until noon on "
_CLOCK_RANGE_JOINT = re.compile(
    r"\s*(?:to|through|till|until|-|–)\s+(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon"
    r"|midnight|midday)\s+)(?:on\s+)?",
    re.IGNORECASE,
)


_CLOCK_RANGE_AND = re.compile(
    r"\s*and\s+(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight|midday)\s+)?(?:on\s+)?",
    re.IGNORECASE,
)


def _clock_range_start(ctx: Context) -> date | None:
    """The day of the time that opens a span this day's clock closes ("from 6 p.m. on Sunday
    until noon on Monday"), when that time lies within a week of publication."""
    last, pub = ctx.last, ctx.published
    if last is None or last.point is None or pub is None or "T" not in last.value:
        return None
    if abs((last.point - pub).days) > 7:
        return None
    if _CLOCK_RANGE_JOINT.fullmatch(ctx.text, ctx.last_end, ctx.start):
        return last.point
    # "between 10pm on Friday and 2am on Saturday": 'between' opens the span 'and' closes
    if _CLOCK_RANGE_AND.fullmatch(ctx.text, ctx.last_end, ctx.start) and re.search(
        r"\bbetween\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
        rf"\s+(?:on\s+)?{WEEKDAY_PATTERN}(?:\s+(?:night|evening))?$",
        ctx.text[max(ctx.sentence_bounds()[0], ctx.last_end - 40) : ctx.last_end],
        re.IGNORECASE,
    ):
        return last.point
    return None


def _range_end(ctx: Context) -> bool:
    """Whether this day closes a span opened by the one before: "from Monday to Friday",
    "Monday through Friday", "between Thursday and Sunday"."""
    joint = ctx.text[ctx.last_end : ctx.start]
    if re.match(r"\s*(?:to|through|thru|till|until|-|–)\s+(?:on\s+)?$", joint, re.IGNORECASE):
        return True
    if not re.match(r"\s*and\s+(?:on\s+)?$", joint, re.IGNORECASE):
        return False
    before = ctx.text[max(0, ctx.last_end - 40) : ctx.last_end]
    return re.search(r"\bbetween\s+(?:(?:early|late|last|this)\s+)?\w+$", before, re.I) is not None


def _plan_told_past(ctx: Context) -> bool:
    """ "was to meet", "were scheduled to vote" just before the expression, with no nearer
    verb of its own between."""
    begin = ctx.sentence_bounds()[0]
    left = ctx.text[max(begin, ctx.start - 60) : ctx.start]
    plans = list(_PLAN_TOLD_PAST.finditer(left))
    plan = plans[-1] if plans else None
    if plan is None or re.search(r"\bhave\b", left):
        return False
    between = left[plan.end() :]
    return not re.search(r"[,;]|\b(?:and|but|will|would|said|says)\b", between, re.IGNORECASE)


_ISSUE_AFTER = re.compile(r"['’]s\s+(?:issue|issues|edition|editions|online\s+edition)\b", re.I)
_APPEARS_IN = re.compile(
    r"\b(?:appears?|is\s+published|are\s+published|will\s+(?:appear|be\s+published)"
    r"|reports?|describes?|publishes?)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _journal_issue_ahead(ctx: Context) -> bool:
    """ "appear in Friday's issue of a medical journal", told in the present: the coming
    issue (a past "appeared in Sunday's editions" keeps the tense's reading)."""
    return bool(_ISSUE_AFTER.match(ctx.text, ctx.end)) and ctx.lead(_APPEARS_IN, 40)


_FROM_DAY = re.compile(r"\bfrom\s+(?:on\s+)?$", re.IGNORECASE)
# a change measured from a day ("little changed from Monday", "up from Friday's close"), or a
# plan moved away from one
_COMPARED_FROM = re.compile(
    r"\b(?:changed|up|down|higher|lower|rose|fell|risen|fallen|gained|lost|dropped|climbed"
    r"|slipped|jumped|increased|decreased|developments|results|toll|events|news"
    # a day moved away from ("a match moved from Saturday night because of rain")
    r"|moved|postponed|delayed|switched|shifted|rescheduled|forward|back)\s+from\s+$",
    re.IGNORECASE,
)


def _start_ahead(ctx: Context) -> bool:
    """ "from Tuesday" as the day a measure or an order takes effect: after an infinitive
    ("asked to work from home from Tuesday"), a future verb, or a measure named just before
    ("called an indefinite strike from Tuesday"); never a change counted from a day, a range
    ("from Monday to Friday"), or a day's own thing ("from Sunday's blast")."""
    if not ctx.lead(_FROM_DAY, 10) or ctx.lead(_COMPARED_FROM, 40):
        return False
    after = ctx.text[ctx.end : ctx.end + 16]
    if re.match(r"(?:['’]s\b|\s*(?:to|through|till|until|into|and|-|–|—)\b)", after):
        return False
    begin = ctx.sentence_bounds()[0]
    left = ctx.text[max(begin, ctx.start - 80) : ctx.start]
    return bool(
        re.search(r"\b(?:to\s+(?!the\b|a\b|an\b)[a-z]+|will|would|shall)\b", left, re.I)
        or re.search(
            r"\b(?:strike|stoppage|walkout|ban|curfew|closure|shutdown|lockdown|restrictions?)"
            r"\s+from\s+$",
            left,
            re.IGNORECASE,
        )
    )


_PLUPERFECT_PLAN = re.compile(
    r"\bhad\s+(?:(?:originally|initially|previously|first|also)\s+)?been\s+"
    r"(?:(?:originally|initially|previously|first|also)\s+)?(?:scheduled|set|due"
    r"|expected|supposed|slated|planned)\s+(?:to|for)\b"
    # "a trip that was to have begun Wednesday", "were to have opened talks on Thursday": a
    # plan that fell through, seen from before it
    r"|\b(?:was|were)\s+(?:(?:originally|initially|first)\s+)?(?:(?:due|scheduled|set|supposed"
    r"|expected|slated|planned)\s+)?to\s+have\b",
    re.IGNORECASE,
)


def _plan_seen_from_past(ctx: Context) -> bool:
    """ "had been scheduled to meet on Tuesday", "had been set for Thursday": a plan in the
    pluperfect just before the weekday, in the same clause."""
    begin = ctx.sentence_bounds()[0]
    left = ctx.text[max(begin, ctx.start - 70) : ctx.start]
    plans = list(_PLUPERFECT_PLAN.finditer(left))
    if not plans:
        return False
    between = left[plans[-1].end() :]
    return not re.search(r"[,;:]|\b(?:and|but|said|says|when|after|before)\b", between, re.I)


#: "after" opening a phrase with no verb that ends at the expression: "after its debut on",
#: "after secret contacts in Beijing in", "after the" (a subject pronoun opens a clause)
_AFTER_PHRASE = re.compile(
    r"\bafter\s+(?!(?:I|we|you|he|she|it|they|this|that|which|who)\b)"
    r"(?:[\w'’.-]+\s+){1,10}$",
    re.IGNORECASE,
)


def _after_phrase(ctx: Context) -> bool:
    """Whether the expression sits in a phrase after 'after' with no verb of its own: "seven
    months after its Japanese debut on March 4", "after secret contacts in Beijing in March"
    (a clause, "after the minister returns in March", has a verb that tells)."""
    begin = ctx.sentence_bounds()[0]
    phrase = _AFTER_PHRASE.search(ctx.text, max(begin, ctx.start - 90), ctx.start)
    if phrase is None:
        return False
    head = re.match(r"after\s+\w+ing\b", phrase.group(0), re.IGNORECASE)
    # ("after reaching an agreement on Nov. 15": the gerund that opens it is no finite verb)
    skip = phrase.start() + head.end() if head else phrase.start()
    return ctx._nearest_tense(skip, ctx.start) == "none"


#: a plan named as the first of two, right before its time: "originally scheduled to begin",
#: "initially set for", "first planned for", "previously due on"
_PLAN_SINCE_CHANGED = re.compile(
    r"\b(?:originally|initially|previously|first)\s+(?:scheduled|set|due|slated|planned"
    r"|expected|meant|intended|supposed)\s+(?:for|to\s+\w+)\s+(?:(?:on|in|at|from)\s+)?$",
    re.IGNORECASE,
)
#: the change of a plan, told after it: "was delayed by one day", "has been postponed"
_CHANGE_TOLD = re.compile(
    r"\b(?:delayed|postponed|put\s+off|pushed\s+back|moved|brought\s+forward|cancell?ed"
    r"|called\s+off|rescheduled|deferred|suspended)\b",
    re.IGNORECASE,
)


def _plan_since_changed(ctx: Context) -> bool:
    """ "The summit, originally scheduled to begin Monday, was delayed by one day", "the season,
    originally scheduled to begin Nov. 3, will start Feb. 5": a plan told as the original one
    was changed, before or after its day; the time is of the days or months around
    publication, gone or ahead."""
    begin = ctx.sentence_bounds()[0]
    return _PLAN_SINCE_CHANGED.search(ctx.text, max(begin, ctx.start - 60), ctx.start) is not None


#: the base a change is measured from, opening a phrase with no verb that ends at the
#: expression: "up from its forecast of 2.8% in", "down from 12 per cent in", "up from its"
_CHANGE_BASE = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:[\w$€£%'’.,-]+\s+){1,10}$",
    re.IGNORECASE,
)

#: a change told from one figure to another: "from 23 to 21", "from 5% to 4.5%"
_CHANGE_FROM_TO = re.compile(
    r"\bfrom\s+[$€£]?[\d.,]+\s*(?:%|per\s*cent|percent)?\s+to\s+", re.IGNORECASE
)


def _change_base(ctx: Context) -> bool:
    """Whether the expression dates the base a change is measured from: "up from their
    forecast of 2.8% in March", "down from its forecast of 10 to 12 per cent in January", "up
    from its January forecast" (a figure given before, whatever the verb of the change says)."""
    begin = ctx.sentence_bounds()[0]
    base = _CHANGE_BASE.search(ctx.text, max(begin, ctx.start - 80), ctx.start)
    if base is None or _CHANGE_FROM_TO.search(base.group(0)):
        return False  # ("cut the toll down from 23 to 21 on 22 July": the change's own day)
    return ctx._nearest_tense(base.end(), ctx.start) == "none"


def _lapsed_plan(ctx: Context) -> bool:
    """ "was to visit Riyadh on Wednesday but postponed the trip": a plan, then a "but"."""
    begin, finish = ctx.sentence_bounds()
    left = ctx.text[max(begin, ctx.start - 80) : ctx.start]
    if not _PLAN_TOLD_PAST.search(left) or re.search(r"\bhave\b", left):
        return False
    return re.match(r"[^.;!?\n]{0,40}?,?\s+but\b", ctx.text[ctx.end : finish]) is not None


def chained_weekday(ctx: Context, wd: int, step: int, what: str, suffix: str = "") -> Resolution:
    """ "the previous Friday", "the following Monday": the weekday before or after the date
    the text last mentioned, or else before or after publication."""
    prior = ctx.anchor()
    if prior is not None and prior.point is not None and prior.gran == "day":
        base, whose = prior.point, f"{prior.value}, the date mentioned just before"
    elif ctx.published is not None:
        base, whose = ctx.published, _pub_text(ctx.published)
    else:
        return Resolution(
            f"XXXX-WXX-{wd + 1}{suffix}",
            f"{what}; needs the publication date to resolve",
            needs_anchor=True,
            gran="day",
        )
    if step < 0:
        point = base - timedelta(days=(base.weekday() - wd) % 7 or 7)
    else:
        point = base + timedelta(days=(wd - base.weekday()) % 7 or 7)
    side = "before" if step < 0 else "after"
    return Resolution(
        point.isoformat() + suffix,
        f"{what}: the {WEEKDAY_NAMES[wd]} {side} {whose}",
        needs_anchor=True,
        point=point,
        gran="day",
    )


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_of_month(
    ctx: Context, day: int, month_offset: int | None, wd: int | None, word: str
) -> Resolution:
    """ "on the 25th", "Tuesday the 14th", "the 3rd of next month": a day whose month is left
    to the reader, like a bare weekday's week.

    ``month_offset`` is the month the text names relative to publication ("of this month" 0,
    "of next month" 1); without it, a month in focus (named just before) holds the day; else
    the tense says which way from publication, a weekday named with the day picks the month
    where it falls, and a date named just before picks the nearest such day.
    """
    pub = ctx.published
    label = _ordinal(day)
    if pub is None:
        return Resolution(
            f"XXXX-XX-{day:02d}", f"the {label}; needs the publication date", True, gran="day"
        )
    first_of_pub_month = pub.replace(day=1)
    options: list[date] = []
    for offset in range(-2, 3):
        start = add_months(first_of_pub_month, offset)
        try:
            options.append(start.replace(day=day))
        except ValueError:
            continue
    if not options:
        return Resolution(f"XXXX-XX-{day:02d}", f"the {label} is no day of a month", gran="day")
    point: date | None = None
    reason = ""
    if month_offset is not None:
        month_start = add_months(first_of_pub_month, month_offset)
        point = next((d for d in options if d.replace(day=1) == month_start), None)
        reason = "in the month the text names"
    prior = ctx.anchor(250)
    if point is None and prior is not None and prior.point is not None and prior.gran == "month":
        point = next(
            (d for d in options if (d.year, d.month) == (prior.point.year, prior.point.month)), None
        )
        reason = f"in {prior.value}, the month mentioned just before"
    if point is None and wd is not None:
        # a year either side holds every weekday for every day of the month
        fitting = []
        for offset in range(-14, 15):
            try:
                d = add_months(first_of_pub_month, offset).replace(day=day)
            except ValueError:
                continue
            if d.weekday() == wd:
                fitting.append(d)
        if fitting:
            point = min(fitting, key=lambda d: abs((d - pub).days))
            reason = f"the nearest {_ordinal(day)} that is a {WEEKDAY_NAMES[wd]}"
    if (
        point is None
        and prior is not None
        and prior.point is not None
        and prior.gran == "day"
        and abs((pub - prior.point).days) > 45
    ):
        # "The rain had started on the evening of 3 December 2015 ... By midnight on the 4th":
        # an account of another time counts its days from the date it told, not from
        # publication; the nearest such day to that date
        told = prior.point
        near_options = []
        for offset in range(-1, 2):
            try:
                near_options.append(add_months(told.replace(day=1), offset).replace(day=day))
            except ValueError:
                continue
        if near_options:
            point = min(near_options, key=lambda d: (abs((d - told).days), d))
            reason = f"nearest to {prior.value}, the date mentioned just before"
    if point is None:
        tense = ctx.tense()
        if tense in ("future", "present"):
            pool = [d for d in options if d >= pub]
            reason = "the next one, because the verb points ahead"
        else:
            pool = [d for d in options if d <= pub]
            reason = (
                "the latest one, because the verb is past tense"
                if tense == "past"
                else "the latest one, as news reports look back (no tense to say otherwise)"
            )
        pool = pool or options
        if prior is not None and prior.point is not None and prior.gran == "day":
            near = prior.point
            reason += f", nearest to {prior.value}, the date mentioned just before"
        else:
            near = pub
        point = min(pool, key=lambda d: abs((d - near).days))
    return Resolution(
        point.isoformat(),
        f"the {label}: {human_day(point)}, {reason} (published {human_day(pub)})",
        needs_anchor=True,
        point=point,
        gran="day",
    )


# an entry of a chronology: a date that opens its line and is followed by a dash or colon
# ("Feb 24 - Russian forces cross the border", "March 2021: ...")
_ENTRY_AFTER = re.compile(r"(?:,?\s*\d{4}\s*(?:GMT|UTC)?)?\s*(?:[-–—:]|\s-)\s")


# a weekday written with the date ("Tuesday, Dec. 24", "Wed 25 December")
_WRITTEN_WEEKDAY = re.compile(
    r"(?:^|\W)(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$",
    re.IGNORECASE,
)


_MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


def _year_of_weekday(ctx: Context, month: int, day: int) -> Resolution | None:
    """The one year near publication (the year before, of, or after it) in which the date falls
    on the weekday written with it: "Tuesday, Dec. 24" in a listing of 17 December 2024 is that
    year's, whatever the list's other entries say."""
    pub = ctx.published
    if pub is None:
        return None
    month_at = _MONTH_WORD.search(ctx.text, ctx.start, ctx.end)
    if month_at is None:
        return None
    m = _WRITTEN_WEEKDAY.search(ctx.text, max(0, ctx.start - 14), month_at.start())
    if m is None:
        return None
    wd = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(m.group(1).lower())
    years = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            if date(year, month, day).weekday() == wd:
                years.append(year)
        except ValueError:
            continue
    if len(years) != 1:
        return None
    point = date(years[0], month, day)
    return Resolution(
        point.isoformat(),
        f"{MONTH_NAMES[month - 1]} {day} {years[0]}: the year near publication in which it is a "
        f"{WEEKDAY_NAMES[wd]} (published {human_day(pub)})",
        needs_anchor=True,
        point=point,
        gran="day",
    )


# a line of a chronology: it opens with a date (or is a year heading)
_ENTRY_LINE = re.compile(
    rf"[ \t]*(?:[-–—•*][ \t]*)?(?:(?:1[5-9]|20)\d\d\b|{MONTH_PATTERN}|(?:early|late|mid)[\s-]"
    rf"|\d{{1,2}}\s+{MONTH_PATTERN}|{WEEKDAY_PATTERN}|(?-i:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri"
    r"|Sat|Sun)(?:day)?\b))",
    re.IGNORECASE,
)


# a wire story's dateline line: "Sept 20 (Reuters) - ...", prose however it opens
_DATELINE_LINE = re.compile(r"[^\n]{0,40}\((?:Reuters|AP|AFP|UPI|Xinhua|Bloomberg)\)")


# the heading of a list of what comes next: "Here is the timetable:", "Dates ahead",
# "Fixtures", "Coming up", "The schedule for the week" ("Key dates:" and "The road to ..."
# head chronologies as often, and are left out)
_AHEAD_HEADING = re.compile(
    r"\b(?:timetable|(?<!behind\s)(?<!on\s)(?<!of\s)schedule|fixtures?|dates\s+(?:ahead|to\s+watch|for\s+your\s+diary)"
    r"|coming\s+up|upcoming|what\s+happens\s+next|what(?:['’]s|\s+is)\s+(?:next|ahead))\b",
    re.IGNORECASE,
)


def _list_ahead(ctx: Context, line_start: int) -> bool:
    """The list this entry line belongs to is headed as one of what comes next: the first line
    above its run of entry lines names a timetable, schedule, fixtures or dates ahead."""
    end = line_start
    for _ in range(40):
        if end <= 0:
            return False
        begin = ctx.text.rfind("\n", 0, end - 1) + 1
        line = ctx.text[begin : end - 1]
        if line.strip() and not _ENTRY_LINE.match(line):
            return len(line) <= 160 and _AHEAD_HEADING.search(line) is not None
        end = begin
    return False


#: a preposition right before an -ed word, which then modifies the noun after it
_PREPOSITION_BEFORE = re.compile(
    # ("behind closed doors", "under armed guard": any preposition before an -ed and a plural)
    r"\b(?:on|in|at|across|along|from|with|into|onto|near|of|behind|under|through|beyond"
    r"|within|without|against|toward|towards|among|amid|beneath|inside|outside|via|despite)\s+$",
    re.IGNORECASE,
)
_NOUN_AFTER_ADJECTIVE = re.compile(r"\s+(?-i:[a-z]+)s\b(?!\s+(?:the|a|an|its|their)\b)")
#: a participle that gives a name, right before the name: "a crater called Jezero", "an
#: operation codenamed Sea Lion", "a report titled 'Lost Years'" (no act, no tense). "called"
#: and "named" are verbs after a subject ("Biden called Putin", "the board named Ruiz"), so
#: they name only after an indefinite noun ("a crater called", "a man named")
#: from "expected" to the time it awaits: "over the", "later this week, possibly on"
#: the word that opens what follows an expression, perhaps after an adverb: "failed",
#: "never came", "did not come"
_VERB_AFTER = re.compile(
    r"\s+(?:(?:never|also|then|quickly|largely|only|soon|\w+ly)\s+)?"
    r"(?:(?P<aux>did\s+not|didn['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t)\s+)?"
    r"(?P<verb>[a-z]+)\b"
)
_AWAIT_WORDS = (
    r"(?:\s+(?:now|possibly|probably|perhaps|likely|sometime|later|earlier|early|late|this"
    r"|next|week|month|year|today|tomorrow|as\s+early\s+as|as\s+soon\s+as)\b,?)*"
)
_EXPECTED_FOR = re.compile(
    _AWAIT_WORDS + r"\s+(?:at|on|by|over|in|around|during|within|before)(?:\s+the)?\s+",
    re.IGNORECASE,
)
#: the time right after a reduced relative's participle: "bills mailed in August"
_REDUCED_TIME_GAP = re.compile(r"\s+(?:in|on|from|until|till|during|by)\s+", re.IGNORECASE)
#: a 'will' verb, a preposition and its plural noun, right before a participle: "will appear
#: on water and sewer bills mailed", "will also be printed on statements sent"
_WILL_VERB_ON_NOUN = re.compile(
    r"(?:\b(?:will|shall)|\w['’]ll)\s+(?:(?:not|also|then|now|only|\w+ly)\s+)?(?:be\s+)?"
    r"(?-i:[a-z]+)\s+(?:on|in|to|for|with|into|onto)\s+(?:[\w-]+\s+){0,4}?"
    r"(?-i:[a-z]{2,}s)\s+$",
    re.IGNORECASE,
)
#: an 'if' and at most five words (its subject, a 'had not') right before a past verb
_IF_BEFORE_PAST = re.compile(
    # "would not sign anything before he had consulted his party on Thursday", "would keep
    # talking until a deal was reached": a clause of time or condition on a 'would' has its
    # past looking ahead with it
    r"\b(?P<conj>if|unless|until|till|before|once)\s+(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
#: the conditional modal a past 'if' clause hangs on: "would close the plant if ..."
_WOULD_BEFORE_IF = re.compile(r"\b(?:would|could|might)\b|\w['’]d\b", re.IGNORECASE)
#: 'if' meaning 'whether', after a verb of saying or knowing: "would not say if"
_WHETHER_IF = re.compile(
    r"\b(?:say|said|says|tell|told|know|knew|ask|asked|asking|clear|sure|determine|decide"
    r"|confirm|see|check|wonder|wondered|doubt|whether)\s+$",
    re.IGNORECASE,
)
#: a modal right before a verb: a past form after it ("would lay off") is a plain verb
_MODAL_RIGHT_BEFORE = re.compile(
    r"(?:\b(?:will|would|shall|should|could|might|must|can|cannot)|\w['’]ll)\s+"
    r"(?:(?:not|\w+ly)\s+)?$",
    re.IGNORECASE,
)
_EXPECTED_AT = re.compile(_AWAIT_WORDS + r"\s+(?:at|on|by|for)\s+", re.IGNORECASE)
#: a participle right after its noun: "a contest ... expected", not "had been/it/than expected"
_NOUN_BEFORE_PARTICIPLE = re.compile(
    r"\b(?!(?:had|have|has|having|been|be|being|is|are|was|were|it|he|she|we|they|you|who"
    r"|which|that|than|as|not|also|and|or|but|i)\s)(?-i:[a-z]{2,})\s+$",
    re.IGNORECASE,
)
_NAMING_ALWAYS = frozenset({"titled", "entitled", "nicknamed", "codenamed", "dubbed"})
_NAMING_AFTER_INDEFINITE = frozenset({"called", "named"})
_NAME_AFTER = re.compile(r"\s+(?:(?-i:[A-Z])|[\"“'‘])")
_INDEFINITE_NOUN_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}(?-i:[a-z][\w-]*)\s+$", re.IGNORECASE
)
_BULLET_LINE = re.compile(r"[ \t]*[-–—•*][ \t]+")
#: an entry's own words after its date on the line: "1987 - A fire destroys the pavilion"
_WORDS_AFTER_ENTRY = re.compile(r"[ \t]*(?:[-–—:]|\s-)[ \t]*[^\W\d_]")


def _timeline_year(ctx: Context, month: int, day: int | None) -> tuple[int, str] | None:
    """The year of a chronology's entry that gives none: the first one on or after the entry
    before it (a list runs forward in time), never past publication; else the latest before
    publication, as a chronology looks back."""
    pub = ctx.published
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    if pub is None or ctx.text[line_start : ctx.start].strip(" \t-–—•*") != "":
        return None
    if not _ENTRY_AFTER.match(ctx.text, ctx.end):
        return None
    prior = ctx.anchor(1500)
    if prior is not None and prior.point is not None:
        prior_line = ctx.text.rfind("\n", 0, ctx.last_end) + 1
        # a short line that ends with the date is a heading ("Key dates for 2026:")
        heading = ctx.last_end - prior_line <= 60 and re.match(
            r"[ \t]*:?[ \t]*(?:\n|$)", ctx.text[ctx.last_end : ctx.last_end + 8]
        )
        entry = ctx.last_entry
        if (
            not heading
            and entry is not None
            and entry.point is not None
            and 0 <= ctx.start - ctx.last_entry_end <= 1500
            and ctx.last_entry_end >= prior_line - 1500
            and (not _ENTRY_LINE.match(ctx.text, prior_line) or ctx.last_entry_end > prior_line)
            # a later date written in full inside the entry ("agreeing to pull out by May 1,
            # 2021") has moved the story on; an earlier one ("since 1821") has not
            and not (not prior.needs_anchor and prior.point > entry.point)
        ):
            # the entry above opened with its own date: its year, not that of a date told
            # inside it ("erupts for the first time since 1821")
            prior = entry
            if entry.gran == "year" and (
                _BULLET_LINE.match(ctx.text, prior_line)
                or _WORDS_AFTER_ENTRY.match(ctx.text, ctx.last_entry_end) is not None
            ):
                # "- 2009: An inspection finds minor cracking." over "- 3 April: Water is
                # seen seeping", "1987 - A fire destroys the pavilion" over "14 February -
                # Storm Ilsa tears away decking": a year's entry tells of its year alone; the
                # next entry's day is read as any entry with none above it (a year's heading,
                # alone on its line, still gives its year to the days under it)
                prior = None
        elif (
            not _ENTRY_LINE.match(ctx.text, prior_line)
            or _DATELINE_LINE.match(ctx.text, prior_line)
        ) and not heading:
            # a date in the prose ("the worst outbreak since 1967:"), not the heading or the
            # opening of the entry above, says nothing of this entry's year
            prior = None
    ahead = _list_ahead(ctx, line_start)
    if prior is not None and prior.point is not None:
        if prior.point > pub and not ahead:
            return None  # a list of what comes next
        year = prior.point.year
        if (month, day or 1) < (prior.point.month, prior.point.day if day else 1):
            year += 1
        try:
            if date(year, month, day or 1) > pub and not ahead:
                return None  # past publication: the list may be of what comes next
        except ValueError:
            return None
        return year, f"the year of the entry before it ({prior.value}), read forward"
    if ahead:
        # "Here is the timetable:" over "March 12: Deadline for ...", told in February: a
        # list of what comes next starts on or after publication
        today = (pub.month, pub.day if day else 1)
        year = pub.year if (month, day or 1) >= today else pub.year + 1
        return year, "the next one, as a timetable's entry looks ahead"
    if ctx.tense() == "future":
        return None
    year = pub.year if (month, day or 1) <= (pub.month, pub.day) else pub.year - 1
    return year, "the latest before publication, as a chronology looks back"


# how far back a story's last date must lie for the account to be history, not recent news
_HISTORY_YEARS = 5


def _historical_year(ctx: Context, month: int, day: int | None) -> tuple[int, str] | None:
    """A month or day without a year in an account of long ago ("Congress declared war on
    April 25, 1898. By August, Spain had lost Cuba"): the one nearest the date the account
    last named, while it goes on in the past in the same or the next paragraph."""
    pub, prior = ctx.published, ctx.last
    if (
        pub is not None
        and day is None
        and prior is not None
        and prior.point is not None
        and prior.gran == "year"
        and not prior.needs_anchor
        and prior.point.year < pub.year
        and ctx.tense() == "past"
    ):
        # "In 2019 the firm moved to Ohio. In August it opened a plant": a year opening the
        # sentence just before sets the scene for a month that opens the next one
        begin = ctx.sentence_bounds()[0]
        before = ctx.sentence_bounds_at(max(0, begin - 1))[0]
        if (
            ctx.last_end < begin
            and ctx.last_end > before
            and "\n\n" not in ctx.text[ctx.last_end : ctx.start]
            and _FRONTED_YEAR.match(ctx.text[before : ctx.last_end])
            and re.fullmatch(
                r"\s*(?:In|By|During|Until|Through|From|Early|Late)\s+(?:early\s+|late\s+|mid-)?",
                ctx.text[begin : ctx.start],
            )
        ):
            return (
                prior.point.year,
                f"the year {prior.point.year}, which opened the sentence before",
            )
    # a date of an earlier year written in full in the same sentence sets the scene too,
    # and the sentence reads forward from it: "she emailed him on May 9, 2016, and wrote again
    # on June 1", "filed for bankruptcy on Sept. 12, 2020, and emerged from it in June"
    same_sentence = ctx.last_end >= ctx.sentence_bounds()[0]
    if (
        pub is None
        or prior is None
        or prior.point is None
        # only a day written in full ("Feb. 15, 1898") sets such a scene: a year alone is
        # as often a comparison ("the worst since 1986")
        or prior.gran != "day"
        or prior.needs_anchor
        or prior.point.year > pub.year - (1 if same_sentence else _HISTORY_YEARS)
        or ctx.start - ctx.last_end > 400
        or "\n\n" in ctx.text[ctx.last_end : ctx.start]
        or ctx.tense() != "past"
        # "has hit 58 since the season opened in March": a perfect or a present is told
        # from today
        or re.search(
            r"\b(?:has|have|is|are)\b", ctx.text[ctx.sentence_bounds()[0] : ctx.start], re.I
        )
    ):
        return None
    anchor = prior.point
    if same_sentence and prior.point.year > pub.year - _HISTORY_YEARS:
        year = anchor.year if (month, day or 31) >= (anchor.month, anchor.day) else anchor.year + 1
        if date(year, month, min(day or 1, 28)) <= pub:
            return year, f"the first one after {prior.value}, named earlier in the sentence"
        return None
    best = min(
        (anchor.year - 1, anchor.year, anchor.year + 1),
        key=lambda y: abs((date(y, month, min(day or 15, 28)) - anchor).days),
    )
    return best, f"the one nearest {prior.value}, the date the account is telling of"


def _night_into(ctx: Context) -> date | None:
    """The day just named when this one follows it by "into" ("Monday night into Tuesday")."""
    last = ctx.last
    if last is None or last.point is None or last.gran != "day":
        return None
    if not re.fullmatch(
        r"\s+into\s+(?:early\s+|late\s+)?(?:on\s+)?", ctx.text[ctx.last_end : ctx.start]
    ):
        return None
    return last.point


# "January-March", "from January to September last year": a month that opens a span of months
_MONTH_SPAN_END = re.compile(
    r"\s*(?:[-–]|\s(?:to|through|until|till)\s)\s*(?P<end>January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\b"
    r"(?:,?\s+(?P<which>this|last|next)\s+year\b|,?\s+(?P<year>1[89]\d\d|2\d\d\d)\b)?",
    re.IGNORECASE,
)


# a run told in the present of a schedule ("the season runs from June 1 to Nov. 30") and the
# day or month it runs to
_RUN_LEAD = re.compile(r"\b(?:runs|lasts)\s+(?:from\s+)?$", re.IGNORECASE)
_RUN_END = re.compile(
    rf"\s*(?:[-–]|\s(?:to|through|until|till)\s)\s*(?:(?P<month>{MONTH_PATTERN})\s*)?"
    r"(?P<day>[1-9]|[12]\d|3[01])?(?!\d)"
)


# a span of months or a year told in the sentence: "an 11-month journey", "a year-long mission"
_SPAN_IN_SENTENCE = re.compile(
    r"\b(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[-\s]+"
    r"(?P<unit>months?|years?)|(?P<year>a\s+year|one[-\s]year|year)[-\s]?long)\b",
    re.IGNORECASE,
)
_SMALL_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def _span_reaches(ctx: Context, point: date) -> bool:
    """Whether a span told in the date's sentence, counted from publication, ends within a
    month of ``point``: "lifted off on an 11-month journey that is to end on Dec. 3", said in
    January, reaches the December ahead."""
    pub = ctx.published
    if pub is None:
        return False
    lo, hi = ctx.sentence_bounds()
    for m in _SPAN_IN_SENTENCE.finditer(ctx.text, lo, hi):
        if m["year"]:
            months = 12
        else:
            count = m["n"].lower()
            months = int(count) if count.isdigit() else _SMALL_NUMBERS[count]
            if m["unit"].lower().startswith("year"):
                months *= 12
        if months < 6:
            continue
        if abs((point - pub).days - months * 30.44) <= 31:
            return True
    return False


def _run_under_way(ctx: Context, month: int, day: int | None, year: int) -> bool:
    """Whether the run this date opens, told in the present, began in ``year`` and has not
    ended by publication: "the season, which runs from June 1 to Nov. 30", told in August,
    is this year's, not the next."""
    pub = ctx.published
    if pub is None or not ctx.lead(_RUN_LEAD, 20):
        return False
    m = _RUN_END.match(ctx.text, ctx.end)
    if m is None or not (m.group("month") or m.group("day")):
        return False
    end_month = month_number(m.group("month")) if m.group("month") else month
    end_day = int(m.group("day")) if m.group("day") else calendar.monthrange(year, end_month)[1]
    try:
        start = date(year, month, day or 1)
        end = date(year if end_month >= month else year + 1, end_month, end_day)
    except ValueError:
        return False
    return start <= pub <= end


def named_month(
    ctx: Context, month: int, day: int | None, direction: str | None, word: str
) -> Resolution:
    """A month (or month and day) without a year: the year comes from publication and tense."""
    pub = ctx.published
    label = MONTH_NAMES[month - 1] + (f" {day}" if day else "")
    gran: Granularity = "day" if day else "month"
    if pub is None:
        value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
        return Resolution(
            value, f"{label}; needs the publication date for the year", True, gran=gran
        )
    if day and direction is None and (agreed := _year_of_weekday(ctx, month, day)) is not None:
        return agreed
    here = (pub.month, day or 0) if day else (pub.month, 0)
    there = (month, day or 0)
    # "on Jan. 29 this year", "March 3-5 this year": the year the words after it name
    trailing = re.match(
        r"(?:(?:\s*[-–]\s*|\s+(?:to|through)\s+)(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)?"
        r",?\s+(this|last|next)\s+year\b",
        ctx.text[ctx.end : ctx.end + 30] if day else ctx.text[ctx.end : ctx.end + 16],
        re.I,
    )
    closing = _DAY_SERIES_YEAR.match(ctx.text, ctx.end) if day and direction is None else None
    if closing is not None and day is not None:
        # "the rains that fell from Oct. 26 to Nov. 1 last year", "conducted Aug. 3 to Aug. 7,
        # 1997", "between May 3 and June 9, 1997": the year written (or named) at the end of
        # the range is its first day's too, the one before when the range runs over New Year
        # ("from Dec. 28 to Jan. 3, 1998")
        if closing.group("year"):
            year = int(closing.group("year"))
            how = "the year written at the end of the range it opens"
        else:
            year = pub.year + {"this": 0, "last": -1, "next": 1}[closing.group("rel").lower()]
            how = f"the year '{closing.group('rel')} year' names at the end of the range it opens"
        end_name = closing.group("mon1") or closing.group("mon2")
        end_month = month_number(end_name) if end_name else month
        end_day = int(closing.group("day1") or closing.group("day2"))
        if (end_month, end_day) < (month, day):
            year -= 1
        point = _safe_date(year, month, day)
        if point is not None:
            return Resolution(
                point.isoformat(),
                f"{label} {year}: {how}",
                needs_anchor=closing.group("rel") is not None,
                point=point,
                gran=gran,
            )
    series = None if day or direction is not None else _SERIES_YEAR.match(ctx.text, ctx.end)
    if series is not None:
        # "in July and August 2014", "March, April and May 2019": the year written at the end
        # of the series is every month's in it
        year = int(series.group("year"))
        return Resolution(
            f"{year:04d}-{month:02d}",
            f"{label} {year}: the year written at the end of the months named with it",
            needs_anchor=False,
            point=date(year, month, 1),
            gran=gran,
        )
    that_year = re.match(r",?\s+(?:of\s+)?that\s+year\b", ctx.text[ctx.end : ctx.end + 20], re.I)
    prior = ctx.anchor() if direction is None and that_year is not None else None
    if prior is not None and prior.point is not None:
        # "froze in August 2007 ... cut rates on Dec. 6 of that year": the year just named
        year = prior.point.year
        try:
            point = date(year, month, day or 1)
        except ValueError:
            point = None
        if point is not None:
            return Resolution(
                point.isoformat() if day else f"{year:04d}-{month:02d}",
                f"{label} {year}: the year of {prior.value}, which 'that year' after it points"
                " back to",
                needs_anchor=prior.needs_anchor,
                point=point,
                gran=gran,
            )
    season_then = ctx.anchor(160) if direction is None else None
    if (
        season_then is not None
        and season_then.point is not None
        and season_then.gran == "season"
        and _WHEN_AFTER.fullmatch(ctx.text, ctx.last_end, ctx.start)
    ):
        # "last winter, when cases peaked in the second week of January", "Last winter, when
        # snow fell in February": a month told in a "when" after a season is that season's
        season_end = add_months(season_then.point, 3)
        for year in (season_then.point.year, season_then.point.year + 1):
            point = _safe_date(year, month, day or 1)
            if point is not None and season_then.point <= point < season_end:
                return Resolution(
                    point.isoformat() if day else f"{year:04d}-{month:02d}",
                    f"{label} {year}: in {season_then.value}, the season the 'when' after it "
                    "tells of",
                    needs_anchor=season_then.needs_anchor,
                    point=point,
                    gran=gran,
                )
    if direction is None and trailing is not None:
        # "falls on Jan. 29 this year": the year the next words name
        year = pub.year + {"this": 0, "last": -1, "next": 1}[trailing.group(1).lower()]
        try:
            point = date(year, month, day or 1)
        except ValueError:
            point = None
        if point is not None:
            return Resolution(
                point.isoformat() if day else f"{year:04d}-{month:02d}",
                f"{label} {year}: the year '{trailing.group(1)} year' names (published {human_day(pub)})",
                needs_anchor=True,
                point=point,
                gran=gran,
            )
    span_end = (
        _MONTH_SPAN_END.match(ctx.text, ctx.end) if direction is None and day is None else None
    )
    if span_end is not None:
        end_month = MONTH_NAMES.index(span_end.group("end").capitalize()) + 1
        if span_end.group("year"):
            # "for the period June-August 2023": the year written after the span
            year = int(span_end.group("year"))
            return Resolution(
                f"{year:04d}-{month:02d}",
                f"{label} {year}: the year written after the span it begins",
                needs_anchor=False,
                point=date(year, month, 1),
                gran=gran,
            )
        if span_end.group("which"):
            # "from January to September last year": the year named after the span is its
            # first month's too
            year = pub.year + {"this": 0, "last": -1, "next": 1}[span_end.group("which").lower()]
            return Resolution(
                f"{year:04d}-{month:02d}",
                f"{label} {year}: the year '{span_end.group('which')} year' names after the "
                f"span it begins (published {human_day(pub)})",
                needs_anchor=True,
                point=date(year, month, 1),
                gran=gran,
            )
        if end_month > month and month <= pub.month < end_month and ctx.tense(60) == "past":
            # "From January to September, exports fell", told in March: a span told as over
            # cannot end after publication, so it is last year's
            year = pub.year - 1
            return Resolution(
                f"{year:04d}-{month:02d}",
                f"{label} {year}: the span it begins, to {span_end.group('end')}, is told in "
                f"the past and this year's would not be over (published {human_day(pub)})",
                needs_anchor=True,
                point=date(year, month, 1),
                gran=gran,
            )
    if direction == "last":
        year = pub.year if there < here else pub.year - 1
        reason = "the last one before publication"
        if day is None and month + 1 == pub.month:
            # "crashed last February", written in March: the month just gone would be "last
            # month"; naming it points to a year before, as our sets mark five of six
            year = pub.year - 1
            reason = "a year before the month just gone, which 'last month' would name"
    elif direction == "next":
        year = pub.year if there > here else pub.year + 1
        reason = "the next one after publication"
        if day is None and month == pub.month + 1:
            # "on sale in Britain next March", written in February: the month about to begin
            # would be "next month"; naming it points to a year on, as "last February"
            # written in March points a year back
            year += 1
            reason = "a year after the month about to begin, which 'next month' would name"
    elif direction == "this":
        year, reason = pub.year, "the publication year's, as 'this' says"
    elif (
        direction is None
        and day is not None
        and (
            owner := _YEARS_NOUN_BEFORE.search(
                ctx.text, max(ctx.sentence_bounds()[0], ctx.start - 60), ctx.start
            )
        )
    ):
        # "The academy will hold next year's ceremony on March 21": the day of a noun owned
        # by a year named relative to publication falls in that year
        year = pub.year + {"next": 1, "last": -1}.get(owner.group(1).lower(), 0)
        reason = f"the year of '{owner.group(1)} year's {owner.group(2)}', named before it"
    elif direction is None and (
        told := _YEAR_THEN_DATE.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    ):
        # "The festival will return next year in June", "Talks resume next year on March 3":
        # the year named right before the month or day holds it
        year = pub.year + (1 if told.group(1).lower() == "next" else -1)
        reason = f"the year of '{told.group(1)} year', named right before it"
    elif (written := ctx.written_year_in_sentence()) is not None:
        year, reason = written, f"the year {written}, written earlier in the sentence"
    elif direction is None and (ago := _years_ago_opening(ctx)) is not None:
        year, reason = pub.year - ago, f"the year {ago} year(s) ago that opens the sentence"
    elif direction is None and (entry := _timeline_year(ctx, month, day)) is not None:
        year, reason = entry
    elif direction is None and (past := _historical_year(ctx, month, day)) is not None:
        year, reason = past
    elif direction == "that":
        prior = ctx.anchor()
        if prior is None or prior.point is None:
            year, reason = _nearest_year(pub, month, day)
        else:
            year, reason = prior.point.year, f"the year of {prior.value}, mentioned just before"
    elif (
        day is None
        and (habit := _last_habit(ctx)) is not None
        # "Admissions have risen every week since early November": what a "since" counts from
        # happened once, whatever the habit told before it
        and not ctx.lead(SINCE)
        # "the rains, which normally arrive in mid-June, came early this year, in May": a
        # year named after the habit sets the month apart from it
        and not _THIS_YEAR_NAMED.search(ctx.text, habit, ctx.start)
        # "every weekend until the end of January": a limit to the habit is one January
        and not re.search(
            r"\b(?:until|till|through|by)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$",
            ctx.text[max(0, ctx.start - 30) : ctx.start],
            re.IGNORECASE,
        )
    ):
        # "most of them between March and May" in a sentence about every year: any year's
        return Resolution(
            f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""),
            f"{label} of any year: the sentence tells what happens every year",
            gran=gran,
        )
    elif ctx.lead(SINCE) or (direction is None and ctx.lead(SINCE_PHRASE, 60)):
        # "for the first time since his cancer diagnosis in February": what a "since" counts
        # from has happened, however many words name it
        year = pub.year if there <= here else pub.year - 1
        reason = "the latest one, because 'since' looks back"
    elif day and there <= here and ctx.lead(PAST_STATE_UNTIL, 130):
        # "a hosepipe ban was in force from 12 August until 30 September", said in October: a
        # state told as over ended on a day gone (a day still ahead is the next one, below)
        year, reason = pub.year, "this year's, the end of a state told as over"
    elif _state_lasted(ctx):
        # "the cranes were out of use until December while the inquiry ran", said in June: a
        # state told as having lasted ended in a month gone
        year = pub.year if there <= here else pub.year - 1
        reason = "the latest one, as the end of a state told as having lasted"
    elif day and ctx.lead(YEAR_BEGINS, 50):
        # "Tovell's fiscal year begins on April 1": a rule, whose day at hand is the nearest
        # one, gone or ahead (the present tense alone would send it most of a year on)
        year = min((pub.year - 1, pub.year, pub.year + 1), key=lambda y: _gap(pub, y, month, day))
        reason = "the nearest one, as a fiscal year's start told as a rule"
    elif (
        ctx.lead(CALLED_FOR, 90)
        and _gap(pub, called := pub.year if there >= here else pub.year + 1, month, day)
        <= CALLED_FOR_REACH
    ):
        year, reason = called, "the next one, because it is the date a call or a plan is for"
    elif direction is None and ctx.lead(_STARTING_IN, 30) and ctx.tense(60) != "past":
        # "a pay raise for troops starting in January": what starts in a month, told with no
        # past verb, starts in the coming one
        year = pub.year if there >= here else pub.year + 1
        reason = "the next one, because it is the month something starts in"
    elif direction is None and (participle := _participle_in_month(ctx)) is not None:
        # "The 2000 budget, passed by the National Assembly in December, includes ...": the
        # participle's month is when it was done, whatever the main verb says
        year = pub.year if there <= here else pub.year - 1
        reason = f"the latest one, because '{participle}' right before it is past tense"
    elif ctx.lead(AHEAD, 130) and _PUT_OFF_AFTER.match(ctx.text, ctx.end):
        # "A launch planned for early September had been put off for six weeks", said in
        # October: a plan told as put off, the nearer such month, gone or ahead
        year, _ = _nearest_year(pub, month, day)
        reason = "the nearer one, as the date of a plan told as put off"
    elif ctx.lead(AHEAD, 130) and not ctx.lead(PAST_STATE_FROM, 130):
        year = pub.year if there >= here else pub.year + 1
        reason = "the next one, because it is a date set ahead"
    elif ctx.lead(UNTIL) and ctx.tense() != "past" and _gap(pub, pub.year, month, day) > 20:
        # "holds the presidency until the end of June": a limit not yet reached
        year = pub.year if there >= here else pub.year + 1
        reason = "the next one, because a limit ('until', 'by') lies ahead"
    elif (
        (pair := ctx.coordinated("day" if day else "month")) is not None
        and pair.point is not None
        and not ctx.text[ctx.last_end : ctx.start].strip().lower().startswith("or")
    ):
        # "between August and December": the second is the first such month after the first
        year = (
            pair.point.year
            if (month, day or 0) >= (pair.point.month, pair.point.day if day else 0)
            else pair.point.year + 1
        )
        reason = f"the first one after {pair.value}, named with it"
        if (
            year > pair.point.year
            and day
            and _LIST_AND.match(ctx.text[ctx.last_end : ctx.start])
            and not re.search(
                r"\b(?:between|from)\s+\S+\s*\S*\s*$",
                ctx.text[max(0, ctx.last_end - 24) : ctx.last_end],
                re.IGNORECASE,
            )
            and (wrapped := _safe_date(year, month, day)) is not None
            and wrapped > pub
            and (same := _safe_date(pair.point.year, month, day)) is not None
            and same <= pub
            and ctx.tense() == "past"
        ):
            # "raised rates on Aug. 24 and on June 30", said in September: a list of days
            # gone, told in the past, need not run in order; the later June lies ahead
            year = pair.point.year
            reason = f"the year of {pair.value}, named with it in a list of days gone"
    elif direction is None and _DEADLINE_NOUN.match(ctx.text, ctx.end):
        # "has set a March 31 deadline for agencies", said in December; "before the Sept. 13
        # deadline", said in July: a deadline named by its day is the nearer such day, gone
        # or ahead, whatever the tense of the verb that set or met it
        year, _ = _nearest_year(pub, month, day)
        reason = "the nearer one, as the day of a deadline"
    elif direction is None and _change_base(ctx):
        # "core inflation will end 2025 at 3.1%, up from their forecast of 2.8% in March",
        # said in June; "expects earnings of $4.40 a share, up from its January forecast":
        # the base a change is measured from was given before, a past however the change is
        # told
        year = pub.year if there <= here else pub.year - 1
        reason = "the latest one, as the base a change is measured from"
    elif direction is None and _after_phrase(ctx) and ctx.tense(60) == "future":
        # "plans to launch the console in the fall, seven months after its Japanese debut on
        # March 4", said in May; "agreed to hold the summit, after secret contacts in March":
        # an event named in a phrase after 'after' comes before the future the verb tells,
        # which says nothing of its own side of publication; the nearer one is meant ("will
        # return to work after the Lantern Festival on February 7", said in January, is ahead)
        year = min((pub.year - 1, pub.year, pub.year + 1), key=lambda y: _gap(pub, y, month, day))
        reason = "the nearer one, as the date of what a future comes after"
    elif direction is None and _plan_seen_from_past(ctx):
        # "the trial had been scheduled for March, but was put off", said in November: a plan
        # told in the pluperfect is of the months around publication, gone or ahead; the
        # nearer one is meant, as with a weekday
        year = min((pub.year - 1, pub.year, pub.year + 1), key=lambda y: _gap(pub, y, month, day))
        reason = "the nearer one, as a plan told in the pluperfect"
    elif direction is None and _plan_since_changed(ctx):
        # "the season, originally scheduled to begin Nov. 3, will start Feb. 5", said in
        # January: the original plan's date, changed since, is the nearer one, gone or ahead
        year = min((pub.year - 1, pub.year, pub.year + 1), key=lambda y: _gap(pub, y, month, day))
        reason = "the nearer one, as a plan since changed"
    else:
        tense = ctx.tense(60)
        back_year = pub.year if there <= here else pub.year - 1
        ahead_year = pub.year if there >= here else pub.year + 1
        back_gap = _gap(pub, back_year, month, day)
        ahead_gap = _gap(pub, ahead_year, month, day)
        # the tense decides unless it would send the date most of a year away while the
        # other reading is only weeks off: "extended to Nov. 16", said on Oct. 30, is this
        # November, but "bought it in February", said in October, is this year's February
        if tense == "future" and _run_under_way(ctx, month, day, back_year):
            year, reason = back_year, "the run it opens, told in the present, is under way"
        elif tense == "future" and ahead_gap <= 330:
            year, reason = ahead_year, "the next one, because the verb is future tense"
        elif (
            tense == "future"
            and (ahead := _safe_date(ahead_year, month, day or 15)) is not None
            and _span_reaches(ctx, ahead)
        ):
            # "an 11-month journey that is to end on Dec. 3", said in January: the span the
            # sentence tells reaches the far date, so the future holds however far it lies
            year, reason = (
                ahead_year,
                "the next one, because the verb is future tense and the span told reaches it",
            )
        elif tense == "past" and day and (reviewed := _year_reviewed(ctx, month, day)) is not None:
            # "2025 in weather ... Storm Éowyn, which struck on 24 January", published on
            # 2 January 2026: a review of the year just ended tells its January, not the one
            # a few weeks ahead
            year, reason = reviewed, f"a review of {reviewed} tells what happened in it"
        elif (
            tense == "past"
            and ahead_gap < back_gap
            and ahead_gap <= 200
            and (limit := _LIMIT_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start))
            # "had spent its budget by the end of March": a past perfect done by a day is over
            and not (
                limit.group(1).lower() in ("by", "before")
                and _PAST_ONLY_BEFORE.search(
                    ctx.text, max(ctx.sentence_bounds()[0], ctx.start - 70), ctx.start
                )
            )
            # "did not race again until March": what did not happen until then happened then
            and not (
                limit.group(1).lower() in ("until", "till")
                and _NOT_UNTIL.search(
                    ctx.text, max(ctx.sentence_bounds()[0], ctx.start - 70), limit.start()
                )
            )
            # "By the end of October, they were still waiting": a limit that opens the sentence
            # (or a clause after 'and', 'but') is where the past it tells of stood
            and not (
                limit.group(1).lower() in ("by", "until", "till")
                and (
                    not ctx.text[ctx.sentence_bounds()[0] : limit.start()].strip(" \"“‘'")
                    or re.search(
                        r"[,;]\s*(?:and|but|yet)?\s*$",
                        ctx.text[ctx.sentence_bounds()[0] : limit.start()],
                    )
                )
            )
        ):
            # "had joined on loan until May", said in January; "end production by mid-May",
            # said in March: a limit set in the past is nearer ahead than behind
            year, reason = (
                ahead_year,
                "the next one, as a limit set before publication ('until', 'by')",
            )
        elif tense == "past" and (
            back_gap <= 240
            or ahead_gap > 45
            # "had obtained an order in December", "since he took office in January": a past
            # perfect or a span's start lies behind, however near the next such month
            or _PAST_ONLY_BEFORE.search(
                ctx.text, max(ctx.sentence_bounds()[0], ctx.start - 70), ctx.start
            )
        ):
            year, reason = back_year, "the latest one, because the verb is past tense"
        elif not day and (closer := _range_closed_by_month(ctx)) is not None:
            # "Global temperatures from January through November averaged ...", said on 8
            # December: the run opens in the year of the month that closes it
            last_year, _ = _nearest_year(pub, closer, None)
            year = last_year if month <= closer else last_year - 1
            reason = f"the year of the run it opens, which {calendar.month_name[closer]} closes"
        else:
            year, reason = _nearest_year(pub, month, day)
    if (month, day) == (2, 29) and not calendar.isleap(year):
        # "Feb. 29" names a leap year's day: the leap year nearest the one the rules chose
        year = min(
            (y for y in range(year - 3, year + 4) if calendar.isleap(y)),
            key=lambda y: abs(date(y, 2, 29) - pub),
        )
        reason = "the nearest leap year's"
    try:
        point = date(year, month, day or 1)
    except ValueError:
        return Resolution(
            f"XXXX-{month:02d}-{day:02d}" if day else f"XXXX-{month:02d}",
            f"{label} is not a calendar date",
            gran=gran,
        )
    value = point.isoformat() if day else f"{year:04d}-{month:02d}"
    return Resolution(
        value,
        f"{label} {year}: {reason} (published {human_day(pub)})",
        needs_anchor=True,
        point=point,
        gran=gran,
    )


# words that make an article a look back at a year ("The year in review", "2025 in
# weather", "Review of the year", "Looking back on 2025")
YEAR_REVIEW_WORDS = re.compile(
    r"\b(?:year\s+in\s+review|review\s+of\s+the\s+year|year\s+in\s+(?:pictures|photos|numbers)"
    r"|looking\s+back|the\s+year\s+that\s+was)\b",
    re.IGNORECASE,
)


def _year_reviewed(ctx: Context, month: int, day: int) -> int | None:
    """The year an article published at the turn of the year looks back on, when a past-tense
    date without a year lies a few weeks after publication (so in the year just ended): the
    year just ended is written in the headline ("2025 in weather") or the opening names a
    review of the year."""
    pub = ctx.published
    if pub is None or not (
        (pub.month == 12 and pub.day >= 15) or (pub.month == 1 and pub.day <= 20)
    ):
        return None
    if month != 1:
        return None
    ended = pub.year if pub.month == 12 else pub.year - 1
    if (month, day) <= (pub.month, pub.day) and pub.month == 1:
        return None  # already past this January: the January just begun
    ahead = date(ended + 1, 1, day) if day <= 31 else None
    if ahead is None or not 0 < (ahead - pub).days <= 45:
        return None
    newline = ctx.text.find("\n")
    headline = ctx.text[: newline if newline >= 0 else 200][:200]
    if re.search(rf"(?<![\d/.-]){ended}(?![\d/.-])", headline) or YEAR_REVIEW_WORDS.search(
        ctx.text[:300]
    ):
        return ended
    return None


_LIMIT_BEFORE = re.compile(
    r"\b(until|till|through|by|before)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?"
    r"(?:(?:early|late|mid)[\s-]+)?$",
    re.IGNORECASE,
)
_NOT_UNTIL = re.compile(
    r"\b(?:did|was|were|had)(?:\s+not|n['’]t)\b(?:\s+\w+){0,6}\s*$|\bnever\b(?:\s+\w+){0,6}\s*$",
    re.IGNORECASE,
)
_PAST_ONLY_BEFORE = re.compile(
    r"(?:\bsince\b(?!\s+(?:been|then)\b)|\bhad\s+(?!been\s+(?:scheduled|set|due|expected|planned|slated|supposed)\b)"
    r"(?!(?:hoped|promised|planned|pledged|vowed|intended|expected|wanted|agreed|aimed|vowed|sought)\s+to\b)"
    r"(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|t|wn|ne|de|ld|ght)\b)[^,;.:]{0,60}$",
    re.IGNORECASE,
)


_SERIES_YEAR = re.compile(
    rf"(?:\s*,\s*(?-i:{MONTH_PATTERN}))*\s*,?\s*(?:and|or|to|through|-|–)\s+(?-i:{MONTH_PATTERN})"
    rf"\s*,?\s+(?P<year>1[89]\d\d|20\d\d)\b",
    re.IGNORECASE,
)


#: the end of a range of days that carries the year: " to Nov. 1 last year", " to Aug. 7, 1997",
#: " and June 9, 1997", " to 9 May 1997", " through Jan. 3, 1998"
_DAY_SERIES_YEAR = re.compile(
    r"\s*,?\s*(?:to|through|until|till|and|-|–)\s+"
    rf"(?:(?:(?-i:(?P<mon1>{MONTH_PATTERN}))\s*)?(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?-i:(?P<mon2>{MONTH_PATTERN})))"
    r"(?![\d:.]\d)\s*,?\s+(?:(?P<year>1[89]\d\d|20\d\d)(?![\d,]\d)|(?P<rel>this|last|next)\s+year\b)",
    re.IGNORECASE,
)


_YEARS_AGO_OPENING = re.compile(
    r"\s*[\"“‘']?\s*(?:(?:Just|Only|About|Some|Nearly|Almost|Exactly)\s+)?(?P<count>A|One|Two|Three|Four"
    r"|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|[1-9]\d?)"
    r"\s+years?\s+ago\s*,?\s+"
)
_YEAR_COUNTS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip


def _years_ago_opening(ctx: Context) -> int | None:
    """ "Four years ago, the race was not called until Nov. 7": a count of years ago that
    opens the sentence is the year of a month or day told in its first clause (not one after
    a clause break: "..., and now it returns on Dec. 3")."""
    begin = ctx.sentence_bounds()[0]
    m = _YEARS_AGO_OPENING.match(ctx.text, begin)
    if m is None or m.end() > ctx.start:
        return None
    if re.search(
        r"[;:]|,\s+(?:and|but|while|whereas)\b|\b(?:now|today)\b",
        ctx.text[m.end() : ctx.start],
        re.I,
    ):
        return None
    word = m.group("count").lower()
    return int(word) if word.isdigit() else _YEAR_COUNTS[word]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _gap(pub: date, year: int, month: int, day: int | None) -> int:
    try:
        return abs((date(year, month, day or 15) - pub).days)
    except ValueError:
        return 10_000


#: a month that opens a run of months closed by another: "from January through November"
_RANGE_TO_MONTH = re.compile(
    r"\s*(?:through|thru|to|until|till|[-–])\s+(?:(?:early|mid-?|late)\s*)?"
    r"(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?!\s*\d)",
    re.IGNORECASE,
)


#: a plan told as put off after its date: "planned for early September had been put off"
_PUT_OFF_AFTER = re.compile(
    r"[^.;!?]{0,40}?\b(?:had\s+been|was|were)\s+(?:\w+ly\s+)?(?:put\s+off|postponed|delayed"
    r"|cancell?ed|scrapped|called\s+off|pushed\s+back|shelved|scrubbed)\b",
    re.IGNORECASE,
)
#: a deadline named by the date before it: "a March 31 deadline", "the Sept. 13 target date"
_DEADLINE_NOUN = re.compile(r"\s+(?:deadline|target\s+date|cutoff|cut-off\s+date)\b", re.I)
#: a noun of what happened in a season right before it: "the floods of the summer"
_EVENT_OF_SEASON = re.compile(
    r"\b(?!(?:end|start|beginning|middle|rest|remainder|course|part|half|height|depths?)\b)"
    r"[a-z]+\s+of\s+(?:the\s+|this\s+(?:past\s+)?)?$",
    re.IGNORECASE,
)


def _range_closed_by_month(ctx: Context) -> int | None:
    """The month that closes a run this month opens after "from" or "between" ("from
    January through November"), with no day and no year after either; None otherwise."""
    if not re.search(
        r"\b(?:from|between)\s+(?:(?:early|mid-?|late)\s*)?$",
        ctx.text[max(0, ctx.start - 14) : ctx.start],
        re.IGNORECASE,
    ):
        return None
    m = _RANGE_TO_MONTH.match(ctx.text, ctx.end)
    if m is None or re.match(r",?\s*(?:19|20)\d\d\b", ctx.text[m.end() : m.end() + 8]):
        return None
    return month_number(m["m"])


def _nearest_year(pub: date, month: int, day: int | None) -> tuple[int, str]:
    best = pub.year
    best_gap: int | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(year, month, day or 15)
        except ValueError:
            continue
        # news looks back more often than forward: a future date counts double
        gap = (pub - d).days if d <= pub else 2 * (d - pub).days
        if day is None and year == pub.year and month == pub.month:
            gap = 0
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best, "the nearest one to the publication date (no tense to say which way)"


_DEADLINE_BEFORE = re.compile(
    r"\s*[\"“‘']?\s*\b(?:by|before|until|till)\s+(?:the\s+)?$|\b(?:by|before|until|till)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a verb that leaves what it tells still to come: "said the road would stay shut until"
_STILL_TO_COME = re.compile(
    r"\b(?:would|could|might|will|shall|should|to|wo?n['’]t|['’]d|expects?|expected|plans?|planned)\b",
    re.IGNORECASE,
)


# what did not happen, or held on, until a time: "did not begin until", "stayed shut until"
_HELD_UNTIL = re.compile(
    r"\b(?:did\s+not|didn['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t|never|stayed|remained"
    r"|lasted|continued|went\s+on|dragged\s+on|no\s+(?:[\w-]+\s+){0,3}(?:was|were)"
    r"|nothing\s+(?:was|happened))\b",
    re.IGNORECASE,
)


def _until_told_as_over(ctx: Context, tense: str) -> bool:
    """ "payments did not begin until the autumn", "the lane stayed shut until the summer": a
    past verb held until a season tells of the season gone, not a deadline ahead."""
    if tense != "past" or not re.search(
        r"\b(?:until|till)\s+(?:the\s+)?$", ctx.text[max(0, ctx.start - 12) : ctx.start], re.I
    ):
        return False
    start = max(ctx.sentence_bounds()[0], ctx.start - 90)
    return (
        _HELD_UNTIL.search(ctx.text, start, ctx.start) is not None
        and _STILL_TO_COME.search(ctx.text, ctx.sentence_bounds()[0], ctx.start) is None
    )


def season(ctx: Context, code: str, direction: str | None, word: str) -> Resolution:
    """A season without a year: the latest one begun or the next one, by wording and tense."""
    pub = ctx.published
    if pub is None:
        return Resolution(f"XXXX-{code}", f"{word}; needs the publication date for the year", True)
    begun = [y for y in range(pub.year - 2, pub.year + 2) if season_start(code, y) <= pub]
    latest = max(begun)
    upcoming = latest + 1
    in_it = season_of(pub) == (code, latest)
    if direction == "last":
        # "last spring", said in November, is the spring just gone; said in the spring, the
        # one a year before
        year = latest - 1 if in_it else latest
        reason = "the latest one over before publication"
    elif direction == "next":
        year, reason = upcoming, "the next one after publication"
    elif direction == "past":
        year, reason = latest, "the latest one, as 'this past' says"
    elif direction == "this":
        # "this winter" said in September is the one to come, which TIMEX3 files under the
        # year it begins in
        year = latest if in_it else pub.year
        reason = "the publication year's, as 'this' says"
        ended = (pub - add_months(season_start(code, latest), 3)).days
        if not in_it and 0 <= ended <= 45 and ctx.tense(80) == "past":
            # "this winter has given them a taste", said on March 2: the one just over
            year, reason = latest, "the one just over, as 'this' and the past tense say"
    else:
        tense = ctx.tense(80)
        ahead = (season_start(code, upcoming) - pub).days
        behind = (pub - season_start(code, latest)).days
        if (
            tense == "future"
            and not in_it
            and 0 <= (pub - add_months(season_start(code, latest), 3)).days <= 150
            and (
                ctx.text.startswith(("'s", "’s"), ctx.end)
                or _EVENT_OF_SEASON.search(ctx.text, max(0, ctx.start - 30), ctx.start)
            )
        ):
            # "The summer's floods will cut China's growth" (said in mid-September), "will
            # meet its target despite the floods of the summer" (said in December): what the
            # season over in the last five months brought, whatever the tense of the verb that
            # tells its effects
            year, reason = latest, "the one just over, whose events the text names"
        elif tense == "future" and not in_it:
            year, reason = upcoming, "the next one, because the verb is future tense"
        elif (
            not in_it
            and ctx.lead(_DEADLINE_BEFORE)
            and not _DEADLINE_BEFORE.match(ctx.text, ctx.sentence_bounds()[0], ctx.start)
            and not re.search(r"\bhad\b", ctx.text[ctx.sentence_bounds()[0] : ctx.start])
            and not _until_told_as_over(ctx, tense)
        ):
            # "promised another one by the summer", "a vote was unlikely before the spring": a
            # deadline set in a season not yet begun lies ahead, unless a plan is told as over
            year, reason = upcoming, "the next one, because a deadline ('by', 'before') lies ahead"
        elif (
            not in_it
            and re.search(r"\bfor\s+$", ctx.text[max(0, ctx.start - 5) : ctx.start], re.I)
            and ctx.text.startswith(("the ", "The "), ctx.start)
        ):
            # "adding capacity for the summer", "closed for the summer", "no plan for the
            # fall": the season something is set for is one not yet begun
            year, reason = upcoming, "the next one, as the season something is set for"
        elif tense in ("none", "present") and not in_it and 2 * ahead < behind:
            # "through the spring", written in February: the season about to begin, as with a
            # yearless month the nearer reading wins when no verb says which way (the future
            # counting double, since news looks back more often)
            year, reason = upcoming, "the nearest one (no tense to say which way)"
        else:
            year = latest
            reason = (
                "the latest one, because the verb is past tense"
                if tense == "past"
                else ("the latest one (no tense to say which way)")
            )
    return Resolution(
        f"{year:04d}-{code}", f"{word} {year}: {reason}", True, season_start(code, year), "season"
    )


# what a company reports for a quarter once it has ended, right after the quarter or before
# "for" it
_RESULTS = r"(?:results|earnings|loss|losses|profits?|net\s+income|revenues?|sales)\b"
_RESULTS_AFTER = re.compile(
    rf"(?:(?:\s+and)?\s+(?:full[\s-]year|fiscal|financial|operating|net|pretax|(?:19|20)\d\d)){{0,4}}"
    rf"\s+{_RESULTS}",
    re.IGNORECASE,
)
_RESULTS_BEFORE = re.compile(rf"\b{_RESULTS}\s+(?:for|of)\s+$", re.IGNORECASE)


# where a text says when a company's fiscal year ends or starts: "the fiscal year ending Sept.
# 30", "whose fiscal year begins Oct. 1", "its financial year to March"
_FISCAL_YEAR_BOUND = re.compile(
    r"\b(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?(?:(?P<end>ends?|ended|ending|closes|"
    rf"closing|to|through)|(?P<start>begins?|began|beginning|starts?|started|starting))\s+"
    rf"(?:on\s+|in\s+)?(?P<month>{MONTH_PATTERN})",
    re.IGNORECASE,
)
# a quarter's own last month told with it: "the three months to June 30, the company's fiscal
# third quarter", "its fiscal third quarter ended June 30"
_QUARTER_TO_BEFORE = re.compile(
    rf"\b(?:three|3)\s+months\s+(?:to|ended|ending|through|that\s+ended)\s+(?P<month>{MONTH_PATTERN})"
    r"\s*\d{1,2}(?:,\s*(?:19|20)\d\d)?,?\s+(?:the|its|their|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?)"
    r"(?:\s+company['’]s)?\s+$"
)
_QUARTER_TO_AFTER = re.compile(
    rf"\s*,?\s+(?:which\s+|that\s+)?(?:ended|ending|ends|to|through)\s+(?P<month>{MONTH_PATTERN})\s*\d",
    re.IGNORECASE,
)


def _months_later(day: date, months: int) -> date:
    """The first of the month ``months`` after ``day``'s."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _fiscal_year_end(ctx: Context, n: int) -> int | None:
    """The month a company's fiscal year ends in, when the text tells it: by the year's own
    bound ("the fiscal year ending Sept. 30") or by the quarter's last month told with it."""
    own = _QUARTER_TO_BEFORE.search(ctx.text, max(0, ctx.start - 90), ctx.start)
    own = own or _QUARTER_TO_AFTER.match(ctx.text, ctx.end)
    if own is not None:
        return (month_number(own["month"]) + 3 * (4 - n) - 1) % 12 + 1
    bounds = {
        month_number(b["month"]) if b["end"] else (month_number(b["month"]) - 2) % 12 + 1
        for b in _FISCAL_YEAR_BOUND.finditer(ctx.text)
    }
    # two companies with two different years leave it untold
    return bounds.pop() if len(bounds) == 1 else None


def quarter(ctx: Context, n: int, word: str) -> Resolution:
    """A quarter named without a year: the publication year's, or the one the tense points at."""
    pub = ctx.published
    if pub is None:
        return Resolution(
            f"XXXX-Q{n}", f"{word}; needs the publication date for the year", True, gran="quarter"
        )
    current = (pub.month - 1) // 3 + 1
    tense = ctx.tense()
    year = pub.year
    reason = "of the publication year"
    fiscal = "fiscal" in word.lower()
    if fiscal and tense != "future":
        # "its fiscal third quarter ended March 28", told in April: a company's own quarter,
        # labelled with the publication year as TimeBank labels it (its fiscal first quarter
        # reported in October is that year's Q1)
        reason = "of the publication year, as a company's fiscal quarter is labelled"
    if fiscal:
        year_end = _fiscal_year_end(ctx, n)
        if year_end is None:
            reason += (
                "; the text does not say when the company's fiscal year starts, so its months"
                " are taken as the calendar quarter's"
            )
        else:
            # the three months the company's own quarter covers: the latest run of them over
            # by publication, or for a quarter told ahead the first not yet over
            first = (year_end + 3 * (n - 1)) % 12 + 1
            begin = date(pub.year + 1, first, 1)
            while _months_later(begin, 3) > pub:
                begin = date(begin.year - 1, first, 1)
            if tense == "future":
                begin = date(begin.year + 1, first, 1)
            finish = _months_later(begin, 3) - timedelta(days=1)
            reason += (
                f"; its fiscal year ends in {calendar.month_name[year_end]}, so the quarter "
                f"runs {calendar.month_name[begin.month]} {begin.year} to "
                f"{calendar.month_name[finish.month]} {finish.year}"
            )
            return Resolution(
                f"{year:04d}-Q{n}",
                f"quarter {n} {reason}",
                True,
                date(year, 3 * n - 2, 1),
                "quarter",
                span=(begin, finish),
            )
    elif n > current and tense == "past" and not ctx.lead(UNTIL):
        year, reason = pub.year - 1, "the latest one, because the verb is past tense"
    elif n > current and not ctx.lead(UNTIL) and (tense != "future" or n - current >= 3):
        # "The bank reports a fourth-quarter loss" in March, "expects to report fourth-quarter
        # results" in January: a quarter's results come after it ends, so a quarter not yet
        # begun whose results are told is last year's
        # (the results must be the quarter's own: "fourth-quarter and full-year results",
        # "results for the December quarter", not "results come in the third quarter")
        after = _RESULTS_AFTER.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 60))
        before = _RESULTS_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start)
        if after is not None or before is not None:
            year, reason = pub.year - 1, "the latest one, as its results are reported"
    elif n < current - 1 and tense == "future":
        year, reason = pub.year + 1, "the next one, because the verb is future tense"
    point = date(year, 3 * n - 2, 1)
    return Resolution(f"{year:04d}-Q{n}", f"quarter {n} {reason}", True, point, "quarter")


def absolute(value: str, point: date | None, gran: Granularity, explanation: str) -> Resolution:
    return Resolution(value, explanation, False, point, gran)


def reference(ctx: Context, value: str, word: str) -> Resolution:
    what = {
        "PRESENT_REF": "the present",
        "PAST_REF": "some time in the past",
        "FUTURE_REF": "some time in the future",
    }[value]
    pub = ctx.published
    point = pub if value == "PRESENT_REF" else None
    how = f"'{word}' means {what}"
    if pub is not None and value == "PRESENT_REF":
        how += f", taken as {_pub_text(pub)}"
    return Resolution(value, how, needs_anchor=True, point=point, gran="day" if point else None)


def _gran_word(gran: Granularity) -> str:
    return {"half": "half-year"}.get(gran, gran)
