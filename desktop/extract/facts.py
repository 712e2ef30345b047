"""Facts: the clause a DATE/TIME expression anchors, dated by it.

A DATE or TIME expression with a resolved date gives one fact: its clause (or its sentence when
the clause cannot be told) with the expression's date range. A DURATION gives a fact only when
the text says where the stretch ends: "over the past three months" and "has been ... for weeks"
end at publication, "in the three months ended Sept. 30" and "in the past week" beside a dated
saying end with that date. A length the text does not close ("a recount took nine days",
"paused for three hours on Tuesday") is no fact: the calendar gets no invented end, and a clause
that a date already dates gets no second card. Nor is a length that tells how long something
runs rather than when it happened, whatever the tense of its verb: the term of an offer, a deal,
a loan or a court's sentence ("has offered 4.5% over two years", "has been jailed for nine
years"), a shift ("delayed by six months"), time allowed ("given 28 days to leave") or a term
that runs out ahead ("matures in 10 years"). A clock time and the day written right after it
("at dawn on Wednesday", "at 1:24 p.m. the same day") are one fact, as one time.
A date after "since" starts a fact whose end the text leaves open ("has ruled since 2014").
A day and the hour after it ("Wednesday at 9:15 a.m."), a date and "that year" after it, and
words after a comma that name the same day again are one fact too; a bare period a report
refers back to ("in the quarter", "full-year") and a count of days gone by ("for a third day")
are none. A fiscal year ("fiscal 2023", "FY26", "the financial year 2024-25") covers its own
months when the article says when its year runs, or its copy is Indian or Australian; a bare
"overnight" after an evening told is filed on the morning it ran into. A live blog's stamp on a
line of its own ("09:10 BST", "Thu 30 Jul 10:42") dates the first sentence of the entry under
it, on the blog's day, as a stamp that opens its entry's line does; a question that heads an
explainer's answer ("What happened on Tuesday?") tells no event and gives no fact. Two days in
a row named by words and joined by "and" ("were closed on Monday and Tuesday", "on Christmas
Day and Boxing Day") are one fact over both, as a stretch written with "between" or "from" is;
the week after such days ("on Monday and Tuesday of last week") places them and is no fact.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from desktop.domain import DateRange, Fact, Precision, TimeExpression
from desktop.extract._timex_calendar import add_months
from desktop.extract.sentences import ENTRY_LABEL_LINE, clause_around, split_sentences

_DURATION = re.compile(r"^P(?:T)?(\d+|X)(Y|M|W|D|H|S|Q|DE|CE)$")
_UP_TO_NOW = re.compile(
    r"\b(?:the\s+(?:past|last)|in\s+recent|(?:has|have)(?:\s+\w+){0,2}\s+been|(?:has|have)\s+\w+ed|so\s+far|to\s+date|now)\b",
    re.IGNORECASE,
)
#: vague lengths long enough to be a standing state up to a report: "for months", "for years"
_LONG_UNITS = frozenset(["W", "M", "Y", "DE", "CE"])
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
#: "the quarter", "full-year": a bare period that names none of its own
_BARE_PERIOD = re.compile(
    r"the\s+(?:(?:fiscal|financial)\s+(?:quarter|year)|quarter|year|week|month|day|night|decade)"
    r"|full[\s-]year",
    re.IGNORECASE,
)
_DAY_OR_NIGHT = re.compile(r"(?:day|night)$", re.IGNORECASE)
#: how far back the day that "the night" refers to may be told
_REFERS_BACK = 300


def _told_just_before(text: str, timexes: Sequence[TimeExpression], index: int) -> bool:
    """A dated day or time is told shortly before ``timexes[index]``, in its paragraph or the
    one before it ("Polling stations opened at 9 a.m. on Sunday.", then a paragraph on,
    "Police raided more than 90 polling stations during the day")."""
    timex = timexes[index]
    for before in reversed(timexes[:index]):
        if (
            timex.start - before.end > _REFERS_BACK
            or text.count("\n\n", before.end, timex.start) > 1
        ):
            return False
        if before.type in ("DATE", "TIME") and before.date is not None and before.date.resolved:
            return True
    return False


#: "a third day", "the fifth straight night": a count of days gone by
_NTH_STRETCH = re.compile(
    r"(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?:\s+(?:straight|consecutive|successive))?\s+(?:day|night|week|month|year|morning|evening)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
#: a year's course or a custom told before a date: "the fiscal year runs from", "is
#: traditionally held in"
_HABIT_BEFORE = re.compile(
    r"(?:\b(?:year|season|term|semester),?\s+(?:(?:which|that)\s+)?(?:runs|run|running)\s+"
    r"(?:from|between)"
    r"|\b(?:traditionally|usually|normally|typically|customarily|always)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:in|on|at|during|from|between|for))\s+$",
    re.IGNORECASE,
)
#: "ran normally again from Thursday", "reopened normally on Monday": "normally" after a verb
#: told in the past is how things went that day, no custom
_MANNER_BEFORE = re.compile(
    r"\b(?:ran|went|[a-z]{2,}ed)\s+normally\s+(?:again\s+)?(?:from|on|at|in|by|since)\s+$",
    re.IGNORECASE,
)
#: a habit told after the date: "meets in March and September each year", "in January every
#: year", "held annually in"
_HABIT_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[A-Z][a-z]+)?\s+(?:(?:each|every)\s+(?:year|month|week)|annually)\b"
)
_YEAR_IN = re.compile(r"\d{4}")
#: "the school year", "the fiscal year", "the autumn term": a period named by its kind
_PERIOD_NAME = re.compile(r"(?:year|term|semester|season)$", re.IGNORECASE)
_RUNS_AFTER = re.compile(r"[ \t]+(?:runs|run|running)[ \t]+(?:from|between)\b")
#: "that month", "the same month": a unit told before, named again
_THAT_UNIT_AGAIN = re.compile(
    r"(?:that|the\s+same)\s+(?:month|week|quarter|day|season)", re.IGNORECASE
)
#: "since 2007", "on record", "in 30 years": a comparison across the years
_OVER_THE_YEARS = re.compile(
    r"\s+(?:since\s+(?:records\s+began|(?:19|20)\d\d)|on\s+record|in\s+(?:\d+|[a-z]+)\s+years)\b",
    re.IGNORECASE,
)
#: "a Thursday", "one Sunday": a weekday that names no particular one
_INDEFINITE = re.compile(r"\b(?:a|one)\s+$", re.IGNORECASE)
#: a clause told in the past: "were", "had", "kept" (a state reported as over or ongoing)
_PAST_TELLING = re.compile(
    r"\b(?:was|were|had|held|spent|fought|stood|lay|ran|[a-z]{2,}ed)\b", re.IGNORECASE
)
#: "had barely moved", "had been closed": a state over before a time the story tells
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:barely|hardly|scarcely|not|never|already|long|largely|mostly|only|just)\s+)?"
    r"(?:been|[a-z]{2,}ed|[a-z]{2,}en|moved|held|stood|kept|lain|run|fought|spent)\b",
    re.IGNORECASE,
)
#: a clause that looks ahead: its length is a plan, not a stretch behind the report
_AHEAD = re.compile(
    r"\b(?:will|'ll|shall|would|could|may|might|going\s+to|expected\s+to|plans?\s+to|due\s+to)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:ever\s+)?since\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
#: "48-hour", "50-year": the duration describes a noun
_MODIFIER = re.compile(r"\w-(?:hour|day|week|month|year|minute|second|decade)s?$", re.IGNORECASE)
_OFFSET = re.compile(r"\s+(?:after|before|later|earlier|apart|ahead|into|of|ago)\b", re.IGNORECASE)
_PAST_STRETCH = re.compile(r"(?:the\s+)?(?:past|last|previous)\s", re.IGNORECASE)
_BACK_FROM_NOW = re.compile(r"(?:past|last)\s", re.IGNORECASE)
_AHEAD_STRETCH = re.compile(r"(?:the\s+)?(?:next|coming)\s", re.IGNORECASE)
_COUNTED_BACK = re.compile(
    r"\b(?:the\s+)?(?:past|last|previous)(?:\s+(?:about|nearly|almost|more\s+than|some|roughly))*\s*$",
    re.IGNORECASE,
)
#: "had been held for", "had been trapped for more than": a stretch over by the time told
_HAD_BEEN = re.compile(
    r"\bhad\s+been\s+\w+\s+for(?:\s+(?:about|nearly|almost|more\s+than|some|roughly))*\s+$",
    re.IGNORECASE,
)
_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|through|to|until)\b", re.IGNORECASE)


def find_facts(
    text: str, timexes: Sequence[TimeExpression], published: date | None = None
) -> list[Fact]:
    """One fact per dated DATE/TIME expression, and per DURATION whose end the text gives.

    ``published`` lets a duration that runs up to the report ("for the past three months")
    end on the publication date; without it only durations dated by a neighbour get a fact.
    """
    if not timexes:
        return []
    sentences = split_sentences(text)
    starts = [s for s, _ in sentences]
    in_order = all(a.start <= b.start for a, b in pairwise(timexes))
    # durations that are no event's time: "after years of delays"; "start in June and take
    # about 18 months" (the length of this event, not another's)
    not_events = {
        t.start
        for t in timexes
        if t.type == "DURATION"
        and (
            "X" in t.value
            or _LENGTH_OF.search(text, max(0, t.start - 12), t.start)
            or _TERM_OF.search(text, max(0, t.start - 30), t.start)
            or _term_of_agreement(text, t)
            # "the first woman to lead the force in its 168-year history": a length that
            # describes a noun is no time of an event, and parts no clause
            or _MODIFIER.search(t.text) is not None
            or (
                _SPENT.search(text, max(0, t.start - 12), t.start) is not None
                and _DOING.match(text, t.end) is not None
            )
            # "captured Lesna on Thursday after a week of street fighting": how long something
            # went on, told as a noun's measure, no time of another event
            or (_THE.match(t.text) is None and _OF_A_DOING.match(text, t.end) is not None)
        )
    }
    one_time = _one_time_with_the_next(text, timexes) if in_order else set()
    one_time_of_clock = set(one_time)
    # "between 18 and 20 September 2023", "March 3-5": one fact over the days from the first
    # to the last, filed under the words that name the month
    day_ranges = _day_ranges(text, timexes) if in_order else {}
    for kept, (first, last) in day_ranges.items():
        one_time.add(last if kept == first else first)
    # "380 more people died between 24 June and 2 July", "ruled from 1973 to 1990", "will
    # strike from Monday to Thursday next week": one event over the stretch, one fact from the
    # first end's first day to the last end's last day, filed under the first end's words
    spans = _full_spans(text, timexes, published, day_ranges) if in_order else {}
    for last, _ in spans.values():
        one_time.add(last)
        if last in one_time_of_clock and last + 1 < len(timexes):
            # "from 6am on the 5th until 11pm on the 6th": the last end's clock and its day
            # are one time, and both are the stretch's
            one_time.add(last + 1)
    # "open from Monday to Friday", "between 1 May and 30 September every year": the course
    # every week or year takes, no stretch of the calendar
    for first in _habit_spans(text, timexes, spans):
        one_time.add(first)
    # a stretch and the date that closes it are one fact: under the stretch's words when they
    # count it ("the three months ended Sept. 30"), under the date's when the stretch is a bare
    # period ("the quarter ended Dec. 31", "the week to Sunday"), which names no length of its own
    stretch_of: dict[int, int] = {}
    closed = _stretches_closed(text, timexes) if in_order else {}
    for stretch, end in closed.items():
        # ("results for the year to March 31": "the year" read as a length is still a bare
        # period, filed under the day that closes it)
        if timexes[stretch].type == "DURATION" and not _BARE_PERIOD.fullmatch(
            timexes[stretch].text
        ):
            one_time.add(end)
            stretch_of[stretch] = stretch
        else:
            one_time.add(stretch)
            stretch_of[end] = stretch
    for end in closed.values():
        if end + 1 < len(timexes) and _names_the_stretch(text, timexes[end], timexes[end + 1]):
            one_time.add(end + 1)
    # "its fiscal first quarter, which ended Aug. 31": a quarter whose last day is told is the
    # three months to that day, one fact under the quarter's words (a fiscal quarter is no
    # calendar quarter)
    # "in the first nine months of 2024", "the last three months of the year": a stretch told
    # from the start or the end of a period is one fact under the stretch's words
    part_of: dict[int, DateRange] = {}
    for index, (a, b) in enumerate(pairwise(timexes)):
        if in_order:
            part = _part_of_period(text, a, b)
            if part is not None:
                part_of[index] = part
                one_time.add(index + 1)
    # "the week starting 12 January": the stretch that opens on that day, under the day's words
    opened = _stretches_opened(text, timexes) if in_order else {}
    quarters = _quarters_closed(text, timexes) if in_order else {}
    for quarter in quarters:
        one_time.add(quarter + 1)
        stretch_of[quarter] = quarter
    headline_end = _headline_end(text)
    # "23:41: Turnout ...", then "00:35: Labour holds ...": a live blog's stamps that run past
    # midnight are on the next day (the day before, when the blog runs newest first)
    stamp_days = _stamps_past_midnight(text, timexes)
    entries, folded = _entries_under_stamps(text, timexes, sentences, starts)
    one_time |= folded
    # the last closed stretch told, with the start of its sentence and its last time's index
    last_stretch: tuple[int, DateRange, int] | None = None
    # the end of the last date told as a habit, whose range's other end is one too
    habit_end: int | None = None
    facts: list[Fact] = []
    for index, timex in enumerate(timexes):
        if index in one_time:
            continue
        if _SEASON_OF_PLAY.fullmatch(timex.text):
            # "will play in League One next season", "19 appearances last season": a season of
            # play or of trading lies on no span of the calendar the words give
            continue
        if (
            (_NTH_DAY_OF.fullmatch(timex.text) and _OF_AN_EVENT.match(text, timex.end))
            or _COUNTED_DAY_NUMBER.match(timex.text)
        ) and _COUNTED_FROM_ITS_START not in timex.explanation:
            # "changed his plea on the first day of his trial in April", "Day 3 of the Harlan
            # fraud trial: live": a day of the trial, which only the day it began places (as
            # "On the third day of the siege" after "It began on Friday morning" is placed)
            continue
        if (
            _ENDS_IN_SEASON.fullmatch(timex.text) and _BREAK_AFTER.match(text, timex.end)
        ) or _SEASON_BREAK.fullmatch(timex.text):
            # "to reach the Lords before the Easter recess": the recess is no Easter Sunday,
            # and "the summer term" runs from April, not June
            continue
        if _HALF_OF_PLAY.fullmatch(timex.text) and _PLAY_AFTER.match(text, timex.end):
            # "sent off in first-half stoppage time", "a second-half penalty": a half of a
            # match, no half of the year
            continue
        if timex.end <= headline_end and (
            _PERIOD_ADJECTIVE.fullmatch(timex.text)
            or (
                _PERIOD_NAMED.fullmatch(timex.text) is not None
                and any(
                    _PERIOD_NAMED.search(later.text)
                    for later in timexes[index + 1 :]
                    if later.start > headline_end
                )
            )
        ):
            # "Harlow Foods beats forecasts as fourth-quarter sales rise", "Tellwood swings to
            # a loss in fiscal fourth quarter": a headline names the period the story below
            # dates ("in the three months ended Dec. 31", "its fiscal fourth quarter")
            continue
        if (
            _WEEK_VALUE.match(timex.value)
            and _WEEKDAY_OF.search(text, max(0, timex.start - 16), timex.start) is not None
        ):
            # "on Monday and Tuesday of last week": the week that places the days, whose
            # facts are the days'
            continue
        if _year_heading(text, timexes, index):
            # "2024" alone on its line over "14 November - Inspectors find faults": the year
            # the entries under it are in, no event of its own
            continue
        sentence = _sentence_of(text, sentences, starts, timex.start, timex.end)
        if _question_heading(text, sentence):
            # "What happened on Tuesday?" over an explainer's answer: a question tells no
            # event, and the answer under it holds the day's fact
            continue
        if index in entries:
            # "09:10 BST" on a line of its own above "Temperatures could reach 38C ...": the
            # stamp dates the entry under it, as a stamp that opens the entry's line does
            sentence = entries[index]
        else:
            sentence = _with_entry(text, sentences, starts, sentence)
        clause: tuple[int, int] | None = None
        if index in part_of:
            date_range = part_of[index]
            # "in the first seven months of this year, up 9 percent over the same period last
            # year": the stretch a comparison after it moves a year back
            last_stretch = (sentence[0], date_range, index + 1)
        elif index in quarters:
            date_range = _quarter_to(timex, timexes[index + 1], quarters[index])
            last_stretch = (sentence[0], date_range, index + 1)
        elif index in stretch_of:
            stretch = stretch_of[index]
            end = stretch + 1
            date_range = _stretch_to(timexes[stretch], timexes[end])
            last_stretch = (sentence[0], date_range, max(index, end))
        elif (
            last_stretch is not None
            and (
                last_stretch[0] == sentence[0]
                or (
                    _same_or_next_sentence(starts, last_stretch[0], sentence[0])
                    and last_stretch[2] == index - 1
                    # ("A year earlier it fell.": a year before, told as its own time)
                    and _COMPARED_FROM.search(text, max(sentence[0], timex.start - 40), timex.start)
                    is not None
                )
            )
            and _YEAR_BEFORE.fullmatch(timex.text)
        ):
            # (or in the sentence after it with no time between: "... for its fiscal second
            # quarter, which ended Oct. 31. Net income was $86 million, down from $98 million a
            # year earlier.")
            # "Net income for the three months ended Dec. 31 was $212 million, up from $188
            # million a year earlier": the same stretch a year before, not the day it ended
            date_range = _year_before(last_stretch[1])
        elif timex.type in ("DATE", "TIME"):
            if timex.date is None or not timex.date.resolved or timex.value.endswith("_REF"):
                # "now", "recently": no day on the calendar to put the clause on
                continue
            if _BARE_PERIOD.fullmatch(timex.text) and (
                not _DAY_OR_NIGHT.search(timex.text) or _told_just_before(text, timexes, index)
            ):
                # "Revenue in the quarter was $1.9 billion", "raised its full-year forecast",
                # "in the year to 31 December": a period a report refers back to or bounds by
                # another date, which is that date's fact or the one told before it ("detained
                # a man on Friday evening and questioned him through the night"; with no day
                # told before it, "Crews worked through the night" is a night of its own)
                continue
            if not _YEAR_IN.search(timex.text) and (
                (
                    _HABIT_BEFORE.search(text, max(sentence[0], timex.start - 60), timex.start)
                    and not _MANNER_BEFORE.search(
                        text, max(sentence[0], timex.start - 40), timex.start
                    )
                )
                or _HABIT_AFTER.match(text, timex.end)
                # "The school year runs between September and July": the course every such
                # year takes, no year of the calendar
                or (_PERIOD_NAME.search(timex.text) and _RUNS_AFTER.match(text, timex.end))
                or (
                    habit_end is not None
                    and _RANGE_GAP.fullmatch(text, habit_end, timex.start) is not None
                )
            ):
                # "The county's fiscal year runs from July through June", "a festival
                # traditionally held in the first week of February": what happens every year,
                # no day of the calendar ("between September and July": both ends)
                habit_end = timex.end
                continue
            if _THAT_UNIT_AGAIN.fullmatch(timex.text) and _OVER_THE_YEARS.match(text, timex.end):
                # "the lowest figure for that month since 2007", "the wettest such month on
                # record": the month of every year compared, no month of the calendar (the one
                # told before it is the fact)
                continue
            if _WEEKDAY.fullmatch(timex.text) and _INDEFINITE.search(
                text, max(0, timex.start - 6), timex.start
            ):
                # "We met on a Thursday in November": some Thursday, no day of the calendar
                # (the month after it is the fact)
                continue
            if _NTH_STRETCH.fullmatch(timex.text) and _FOR_BEFORE.search(
                text, max(0, timex.start - 12), timex.start
            ):
                # "remained stalled for a third day on Thursday", "pounded Baghdad for a second
                # night": how many days it has gone on, not a day of its own
                continue
            date_range = _whole_unit(timex.date, published, timex.text)
            if (
                _one_day(timex.date)
                and timex.date.latest is not None
                and _HALF_TO.search(text, max(0, timex.start - 40), timex.start)
            ):
                # "In the half-year to 30 June": the six months to that day
                half_end = timex.date.latest
                date_range = DateRange(timex.value, _back(half_end, 6, "M"), half_end, "month")
            if index in day_ranges:
                date_range = _day_range(*(timexes[i] for i in day_ranges[index]))
            elif index in spans:
                date_range = spans[index][1]
            if index in opened:
                date_range = _stretch_from(timexes[opened[index]], timex)
            elif _one_month(timex.date) and _FISCAL_YEAR_TO.search(
                text, max(0, timex.start - 40), timex.start
            ):
                # "the financial year ending March 2026": the twelve months to that month's end
                # (a day after it, "the financial year ended on 30 June 2025", is when it
                # ended, as dev2 and dev12 have it)
                year_end = date_range.latest
                assert year_end is not None
                date_range = DateRange(timex.value, _back(year_end, 12, "M"), year_end, "year")
            elif _one_day(timex.date) and _FISCAL_YEAR_TO_DAY.search(
                text, max(0, timex.start - 40), timex.start
            ):
                # "in the financial year to 30 June": the twelve months to that day ("ended on
                # 30 June 2025" is the day it ended, as above)
                year_end = date_range.latest
                assert year_end is not None
                date_range = DateRange(timex.value, _back(year_end, 12, "M"), year_end, "year")
            else:
                # "Hartwell cut its forecast for fiscal 2023" where "The company's fiscal year
                # runs from June through May": June 2022 to May 2023, not the calendar year
                fiscal = (
                    _fiscal_year(text, timex, date_range)
                    or _fiscal_quarter(text, timex, date_range)
                    or _part_of_fiscal_year(text, timex, date_range)
                )
                told = _year_told_by_its_bound(text, timexes, index, date_range)
                if told is not None:
                    date_range = told
                elif fiscal is not None:
                    date_range = fiscal
                else:
                    date_range = _both_years_of_a_split(timex, date_range)
            if published is not None and _into_the_report(timex, published):
                # "Engineers restored supply to 12,000 overnight": the night that ran into the
                # morning of the report is filed on the report's day, when its news came (a
                # diary entry's, on the entry's day)
                assert date_range.earliest is not None
                morning = date_range.earliest + timedelta(days=1)
                date_range = DateRange(morning.isoformat(), morning, morning, "day")
            elif _night_into_its_day(timex):
                # "lost power overnight into Sunday": the words name the day the night ran
                # into, as "overnight on Friday" names Friday
                assert date_range.earliest is not None
                next_day = date_range.earliest + timedelta(days=1)
                date_range = DateRange(next_day.isoformat(), next_day, next_day, "day")
            elif _night_after_its_evening(text, timexes, index):
                # "called police from a nearby pub at 10.41pm. Officers searched the area
                # overnight": the night that followed the evening told runs into the next
                # morning, and is filed on that day, as the night before the report is
                assert date_range.earliest is not None
                next_day = date_range.earliest + timedelta(days=1)
                date_range = DateRange(next_day.isoformat(), next_day, next_day, "day")
            week_of = _WEEK_OF_MONTH.fullmatch(timex.text)
            if week_of is not None and _WEEK_VALUE.match(timex.value):
                date_range = _week_of_month(week_of, date_range)
            if index in stamp_days and date_range.earliest is not None:
                day = date_range.earliest + timedelta(days=stamp_days[index])
                date_range = DateRange(date_range.value, day, day, date_range.precision)
            if _SINCE.search(text, max(0, timex.start - 24), timex.start):
                # "has ruled since 2014": a state that began then and still held when written;
                # the end is left open rather than closed at the end of 2014
                date_range = DateRange(
                    date_range.value, date_range.earliest, None, date_range.precision
                )
        elif timex.type == "DURATION" and timex.date is not None and timex.date.resolved:
            if _back_to_the_present(text, sentence, timex):
                # "In 1998 the mill employed 640 people. ... Two decades later, the building
                # is being turned into flats": a feature's step back to the present, which
                # dates nothing, as "Ten years after the closure" does not
                continue
            date_range = timex.date  # "three days later": the day the span reaches
        elif timex.type == "DURATION" and _LATER.match(text, timex.end):
            # "About three hours later, sailors opened fire": hours on from the time before,
            # on its day; "Minutes later, a second bomb exploded" too when it opens its
            # sentence (beside a time, "and minutes later in Dar es Salaam" is that time's)
            found = _day_before(
                text, timexes, index, _opens(text, sentence[0], timex.start), sentence[0]
            )
            if found is None:
                continue
            date_range = found
        elif timex.type == "DURATION":
            if _term_of_agreement(text, timex) or _SHIFTED_BY.search(
                text, max(0, timex.start - 30), timex.start
            ):
                # "has been delayed by six months", "extended by 30 days", "cut his sentence
                # by two years": how far a date or a term moved, no stretch of time (its words
                # still mark an event of their own: "..., then extended it by a day")
                continue
            clause = _clause_of(text, sentence, timex, timexes, in_order, not_events)
            found = _duration_range(text, sentence, timex, timexes, published, clause, in_order)
            if found is None:
                continue
            date_range = found
        else:
            continue
        start, end = clause or _clause_of(text, sentence, timex, timexes, in_order, not_events)
        if _ONLY_THE_TIME.fullmatch(
            text[start : timex.start] + " " + text[timex.end : end]
        ) and _CLAUSE_GOES_ON.match(text, end):
            # "Earlier that day, the crew had reported a leak", "Two weeks later, she said, she
            # was removed from the board": a clause cut to the time's words tells no event, and
            # the sentence goes on with it
            start, end = sentence[0], len(text[: sentence[1]].rstrip())
        facts.append(Fact(start, end, text[start:end], index, date_range))
    return _weekday_stamps_in_order(text, timexes, facts)


#: what a clause holds besides its time's words when it holds nothing else
_ONLY_THE_TIME = re.compile(
    r"[\s,]*(?:(?:later|earlier|ago|before|after|on|in|at|by)\b[\s,]*)*", re.IGNORECASE
)
#: a comma and more words of the sentence on the same line
_CLAUSE_GOES_ON = re.compile(r"[ \t]*,[ \t]*[A-Za-z]")
#: "the first week of January", "the last week of June 2026": seven days of the month named
_WEEK_OF_MONTH = re.compile(
    r"(?:the\s+)?(?P<nth>first|second|third|fourth|last|final|opening|closing)\s+week\s+of\s+"
    r"(?P<month>[a-z]{3})[a-z]*\.?(?:\s+\d{4})?",
    re.IGNORECASE,
)
_WEEK_VALUE = re.compile(r"\d{4}-W\d\d$")
#: a weekday that a week after it places: "Tuesday of last week"
_WEEKDAY_OF = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t]+of[ \t]+$", re.IGNORECASE
)
_NTH_WEEK = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4}


def _week_of_month(words: re.Match[str], found: DateRange) -> DateRange:
    """The days of a week told by its place in a month: "the first week of January" is 1 to 7
    January (the calendar week that holds the month's first Monday is another reading, which
    puts 29 December in January's first week), "the last week of June" 24 to 30 June."""
    month = _MONTH_NUMBER.get(words.group("month").lower())
    if month is None or found.earliest is None or found.latest is None:
        return found
    # the year of the calendar week's days that fall in the month ("the last week of December"
    # may be a week numbered in the next year)
    year = found.earliest.year if found.earliest.month == month else found.latest.year
    first_day = date(year, month, 1)
    last_day = add_months(first_day, 1) - timedelta(days=1)
    nth = _NTH_WEEK.get(words.group("nth").lower())
    if nth is None:
        return DateRange(found.value, last_day - timedelta(days=6), last_day, "week")
    start = first_day + timedelta(days=7 * (nth - 1))
    return DateRange(found.value, start, min(last_day, start + timedelta(days=6)), "week")


#: a clock time alone that heads a live-blog entry: "23:41:", "00:35 —", "1.15am:"
_STAMP_AFTER = re.compile(r"[ \t]*(?::|—|–|--?)[ \t]")
_CLOCK_ONLY = re.compile(r"\d{4}-\d\d-\d\dT(\d\d):(\d\d)")
_CLOCK_WORDS = re.compile(
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?", re.IGNORECASE
)
#: a night's stamps: the evening before midnight and the small hours after it
_EVENING_FROM = 18 * 60
_SMALL_HOURS_TO = 8 * 60


def _stamps_past_midnight(text: str, timexes: Sequence[TimeExpression]) -> dict[int, int]:
    """Days to add to the stamps of a live blog that crosses midnight: "22:00:", "23:41:",
    then "00:35:" and "01:52:" are on the next day (a stamp names no day of its own, so it was
    put on the day of the report). A blog told newest first ("01:52:", "00:35:", "23:41:")
    runs back into the day before. Only a stamp that opens its line and names nothing but the
    clock counts, and only a step from the evening into the small hours (or back) against
    the way the stamps have run so far is a new day: "09:15:" after "16:10:" is the same day
    told newest first."""
    shift: dict[int, int] = {}
    days = 0
    before: tuple[int, str] | None = None  # the last stamp's minute and day
    running = 0  # +1 while the stamps run forward in time, -1 backward, 0 not yet known
    for index, timex in enumerate(timexes):
        if timex.type != "TIME" or (timex.start > 0 and text[timex.start - 1] != "\n"):
            continue
        clock = _CLOCK_ONLY.fullmatch(timex.value)
        if (
            clock is None
            or not _CLOCK_WORDS.fullmatch(timex.text)
            or not _STAMP_AFTER.match(text, timex.end)
        ):
            continue
        minute = int(clock.group(1)) * 60 + int(clock.group(2))
        day = timex.value[:10]
        if before is not None and before[1] == day:
            step = minute - before[0]
            if step < 0 and running >= 0 and before[0] >= _EVENING_FROM > _SMALL_HOURS_TO > minute:
                days += 1
            elif (
                step > 0 and running <= 0 and before[0] < _SMALL_HOURS_TO < _EVENING_FROM <= minute
            ):
                days -= 1
            elif step:
                running = 1 if step > 0 else -1
        elif before is not None:
            days = 0  # a stamp on another day starts the count again
        before = (minute, day)
        if days:
            shift[index] = days
    return shift


#: a time of day and the day written after it as one expression: "at dawn on Wednesday",
#: "before dawn on April 22" (a clock time and "that day" after it are one too, see
#: ``_the_hour_then_that_day``: dev3 and dev8 have them so, dev5 once as two)
_SAME_TIME_GAP = re.compile(r"[ \t]+on[ \t]+")


#: between a date and one it is set against: ", not ", " rather than "
_NOT_THIS_ONE = re.compile(
    r"(?:,?[ \t]+(?:and[ \t]+)?not|[ \t]+rather[ \t]+than)[ \t]+(?:(?:on|in|at)[ \t]+)?",
    re.IGNORECASE,
)


def _one_time_with_the_next(text: str, timexes: Sequence[TimeExpression]) -> set[int]:
    """Indexes of times of day that the day written right after them already dates ("dawn"
    before "on Wednesday", "at 4:17 a.m." before "on Monday"): a clock time and its day are one
    time, so one fact, filed under the day's words."""
    dropped: set[int] = set()
    for index, (a, b) in enumerate(pairwise(timexes)):
        if (
            a.type in ("DATE", "TIME")
            and b.type in ("DATE", "TIME")
            and 0 < b.start - a.end <= 20
            and _NOT_THIS_ONE.fullmatch(text, a.end, b.start)
        ):
            # "It was held on Tuesday, not Wednesday", "closed in 2018 rather than 2019": the
            # date set against the one told dates nothing that happened
            dropped.add(index + 1)
            continue
        if _apposed_same_day(text, a, b):
            # "on July 2, nine days later,", "on Wednesday, the sixth day of its meltdown": the
            # words after the comma name the same day again
            dropped.add(index + 1)
            if b.type == "DURATION" and index + 2 < len(timexes):
                aside = _COUNTED_ASIDE.match(text, b.end)
                if aside is not None and timexes[index + 2].end <= aside.end():
                    dropped.add(index + 2)  # "three months" of "four years and three months"
            continue
        if _then_its_year(text, a, b):
            # "on Christmas Day that year", "on Dec. 6 of that year": one date, under its day
            dropped.add(index + 1)
            continue
        if _same_range_written_twice(text, a, b):
            # "the full year 2024": two expressions side by side that name one period
            dropped.add(index + 1)
            continue
        if (
            a.text.lower() == "overnight"
            and b.type == "DATE"
            and text[a.end : b.start] == " "
            and not b.value.endswith("_REF")
        ):
            # "will close overnight next week": the nights of the week after it, one time
            # filed under the week's words
            dropped.add(index)
            continue
        if _the_hour_then_that_day(text, a, b):
            # "at 6:53 a.m. local time that morning", "at 1:24 p.m. the same day": the day
            # words only place the clock time, one time filed under the clock's words
            dropped.add(index + 1)
            continue
        if _the_day_then_its_hour(text, a, b):
            # "on Wednesday at 12.30pm", "today at 4:30 p.m.": the same time written the other
            # way round, filed under the day's words too
            dropped.add(index + 1)
            continue
        if (
            "T" not in a.value
            or b.type != "DATE"
            or a.date is None
            or b.date is None
            or b.start - a.end > 8
            or not _SAME_TIME_GAP.fullmatch(text, a.end, b.start)
        ):
            continue
        a_lo, a_hi, b_lo, b_hi = a.date.earliest, a.date.latest, b.date.earliest, b.date.latest
        if None not in (a_lo, a_hi) and (a_lo, a_hi) == (b_lo, b_hi):
            dropped.add(index)
        elif b_lo is not None and b_lo == b_hi and _BARE_TIME_OF_DAY.fullmatch(a.text) is not None:
            # "by mid-morning on Friday", "at around 1am on Sunday": a time of day that names
            # no day lies on the day written after it, wherever it was put alone
            dropped.add(index)
    return dropped


#: a time of day that names no day: "mid-morning", "around 1am", "10.30pm", "dawn"
_BARE_TIME_OF_DAY = re.compile(
    r"(?:(?:about|around|shortly\s+(?:before|after)|just\s+(?:before|after)|before|after)\s+)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|noon|midnight|midday|dawn"
    r"|dusk|daybreak|sunrise|sunset|(?:early|late|mid)[\s-]?(?:morning|afternoon|evening)"
    r"|(?:the\s+)?(?:morning|afternoon|evening|night|lunchtime))",
    re.IGNORECASE,
)


#: between the two ends of a range: "18 and 20 September" (after "between"), "4 to 6 October",
#: "March 3-5", "Oct. 4 through 6", "January-March", "from January to September"
_RANGE_GAP = re.compile(r"[ \t]*[-–][ \t]*|[ \t]+(?:and|to|through|until|till)[ \t]+")
_RANGE_OPENER = re.compile(r"\b(?:between|from)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: "moved the vote from 4 to 6 October": a day left for another, not a range over both
_MOVED = re.compile(
    # ("The summer brought four heatwaves, the longest lasting from 11 to 19 August": only
    # what is brought forward or back is moved)
    r"\b(?:moved|moving|postponed|postponing|delayed|delaying|pushed|pushing"
    r"|(?:brought|bringing)(?=[ \t]+(?:\w+[ \t]+){0,3}?(?:forward|back)\b)|"
    r"rescheduled|shifted|changed|put|putting|deferred|advanced|switched|bumped)\b"
    r"(?:[ \t]+[\w'’,.]+){0,8}?[ \t]+from[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
#: a day written with no month of its own: "18", "4th"
_BARE_DAY = re.compile(r"(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)?", re.IGNORECASE)
#: the longest range of days read as one fact (a month's days share the month's name)
_LONGEST_DAY_RANGE = 31
#: the most months between the first and the last month of a range read as one fact
_LONGEST_MONTH_RANGE = 11


def _one_day(d: DateRange | None) -> bool:
    return d is not None and d.earliest is not None and d.earliest == d.latest


def _one_month(d: DateRange | None) -> bool:
    return (
        d is not None
        and d.precision == "month"
        and d.earliest is not None
        and (d.latest is not None and d.earliest.day == 1 and d.latest.month == d.earliest.month)
    )


def _day_ranges(text: str, timexes: Sequence[TimeExpression]) -> dict[int, tuple[int, int]]:
    """Ranges of days whose first or last day is written as a bare number that borrows the
    other's month ("between 18 and 20 September 2023", "from 4 to 6 October", "March 3-5",
    "Oct. 4 through 6"), each mapped from the index kept (the one that names the month) to the
    two indexes; and ranges of months whose first month borrows the year of the last or of
    the report ("January-March", "June-August 2023", "from January to September"), kept under
    the first month. Two ends each written in full ("between 1995 and 1998", "from 24
    February 2022 to 30 April 2025", "between January and May") are ``_full_spans``'; "on 18
    and 20 September" and "in January and March" stay two facts."""
    ranges: dict[int, tuple[int, int]] = {}
    for index, (a, b) in enumerate(pairwise(timexes)):
        if not (a.type == b.type == "DATE" and a.date is not None and b.date is not None):
            continue
        if not 0 < b.start - a.end <= 9:
            continue
        gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
        if gap is None:
            continue
        word = gap.group().strip().lower()
        opener = _RANGE_OPENER.search(text, max(0, a.start - 14), a.start)
        if opener is not None and _MOVED.search(text, max(0, a.start - 80), a.start):
            continue
        lo, hi = _borrowed_first(a, b) or a.date.earliest, b.date.earliest
        if _one_day(a.date) and _one_day(b.date) and lo is not None and hi is not None:
            a_bare = _BARE_DAY.fullmatch(a.text) is not None
            b_bare = _BARE_DAY.fullmatch(b.text) is not None
            if a_bare == b_bare or not 0 < (hi - lo).days <= _LONGEST_DAY_RANGE:
                continue
            if (
                word not in ("-", "–", "through")
                # "The qualifying week is 16 to 22 September", "ran Oct. 4 to 6": a bare day
                # "to" a day of a month is the span between them with no "from" before it
                and not (word == "to" and opener is None)
                and (
                    opener is None
                    or (word == "and") != opener.group().lower().startswith("between")
                )
                and not (word == "and" and opener is None and (hi - lo).days == 1)
            ):
                # "on 18 and 20 September": two days; "between 4 to 6": no range either ("heard
                # on 28 and 29 October": two days in a row are the span from one to the other)
                continue
            ranges[index if b_bare else index + 1] = (index, index + 1)
        elif _one_month(a.date) and _one_month(b.date) and lo is not None and hi is not None:
            months = (hi.year - lo.year) * 12 + hi.month - lo.month
            if any(c.isdigit() for c in a.text) or not 0 < months <= _LONGEST_MONTH_RANGE:
                continue
            if word not in ("-", "–", "through") and (
                word not in ("to", "until", "till")
                or opener is None
                or not opener.group().lower().startswith("from")
            ):
                # "in January and March", "between January and May": two months, as the dev
                # sets file them; "rose in July to a record": no range
                continue
            ranges[index] = (index, index + 1)
    return ranges


_DIGIT = re.compile(r"\d")
#: a date moved to another with no "from": "postponed the vote on 3 March to 10 March"
_MOVED_TO = re.compile(
    r"\b(?:moved|moving|postponed|postponing|delayed|delaying|pushed|pushing|rescheduled"
    r"|shifted|changed|deferred|advanced|switched|bumped|brought)\b[^.;\n]{0,60}$",
    re.IGNORECASE,
)
#: a clause told of a span's last end: ", when a civilian government took office"
_WHEN_AFTER = re.compile(r",?[ \t]+when\b", re.IGNORECASE)
#: a weekday that names no week: "Monday" in "from Monday to Thursday next week"
_WEEKDAY_ALONE = re.compile(
    r"(?:on[ \t]+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)", re.IGNORECASE
)


#: a new clause opened by the second day: "arrested on Monday and Tuesday he was charged"
#: (a comma after it closes a time told first: "On Monday and Tuesday, police searched")
_CLAUSE_AFTER = re.compile(
    r"[ \t]+(?:was|were|is|are|saw|had|has|he|she|they|it|we|police)\b", re.IGNORECASE
)
#: a day named after another in a list: "Monday, Tuesday and Wednesday"
_LISTED_BEFORE = re.compile(r",[ \t]*(?:on[ \t]+)?$")


def _days_in_a_row(text: str, a: TimeExpression, b: TimeExpression) -> bool:
    """``a`` and ``b`` are single days named by words ("Monday", "Boxing Day"), the second the
    day after the first, and ``a`` is no later item of a list. (Dates written with their
    numbers, "on Dec. 14 and Dec. 15", stay two facts, as the dev sets file them; "on 14 and 15
    October" is ``_day_ranges``'.)"""
    if a.type != "DATE" or b.type != "DATE" or not (_one_day(a.date) and _one_day(b.date)):
        return False
    if _DIGIT.search(a.text) or _DIGIT.search(b.text):
        return False
    assert a.date is not None and b.date is not None
    lo, hi = a.date.earliest, b.date.earliest
    return (
        lo is not None
        and hi is not None
        and hi - lo == timedelta(days=1)
        and _LISTED_BEFORE.search(text, max(0, a.start - 6), a.start) is None
        and _CLAUSE_AFTER.match(text, b.end) is None
    )


def _full_spans(
    text: str,
    timexes: Sequence[TimeExpression],
    published: date | None,
    day_ranges: dict[int, tuple[int, int]],
) -> dict[int, tuple[int, DateRange]]:
    """Stretches whose two ends are each written as a date or time of their own: "between 24
    June and 2 July", "from 22 June to 3 July", "24 June-2 July", "between 1998 and 2010",
    "between March 1983 and December 1985", "from Monday to Thursday next week", "from 6pm on
    Friday until 11am on Sunday". Each is mapped from the first end's index to the last end's
    index and the range from the first end's first day to the last end's last day.

    The ends must be joined by the range's words alone ("between ... and", "from ... to /
    until / till / through", or a dash), so that two dates that anchor two events stay two
    facts: "rose from 95 on 22 June to 240 on 29 June", "operated from 2012 until it was
    removed in 2017". A date moved to another ("postponed the vote from 4 March to 6 March")
    is no stretch either, nor a pair whose last end comes before its first."""
    spans: dict[int, tuple[int, DateRange]] = {}
    taken = {i for pair in day_ranges.values() for i in pair}
    for index, (a, b) in enumerate(pairwise(timexes)):
        if index in taken or index + 1 in taken or index in spans:
            continue
        if a.type not in ("DATE", "TIME") or b.type not in ("DATE", "TIME"):
            continue
        if a.date is None or b.date is None or not (a.date.resolved and b.date.resolved):
            continue
        if a.value.endswith("_REF") or b.value.endswith("_REF"):
            continue
        if not 0 < b.start - a.end <= 9:
            continue
        gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
        if gap is None:
            continue
        word = gap.group().strip().lower()
        opener = _RANGE_OPENER.search(text, max(0, a.start - 14), a.start)
        both_written = _DIGIT.search(a.text) is not None and _DIGIT.search(b.text) is not None
        both_weekdays = _WEEKDAY_ALONE.fullmatch(a.text) is not None and _WEEKDAY.search(b.text)
        if opener is None:
            # "24 June-2 July", "June 24-July 2", "1998-2010", "Monday-Thursday next week",
            # "runs March 3 through April 10", "ran 24 June to 2 July": with no "from" or
            # "between" before it, a dash, "through", or "to" between two dates written with
            # their numbers ("moved the meeting on Monday to Wednesday" is no range); and two
            # days in a row joined by "and" ("were closed on Monday and Tuesday", "ran on
            # Christmas Day and Boxing Day"): one event over both days, as "heard on 28 and 29
            # October" is ("on Monday and Wednesday" are two days, and the last two of a list,
            # "on Monday, Tuesday and Wednesday", no pair)
            if not (
                (word in ("-", "–") and (both_written or both_weekdays))
                or (word == "through" and (both_written or both_weekdays))
                or (word in ("to", "until", "till") and both_written)
                or (word == "and" and _days_in_a_row(text, a, b))
            ):
                continue
            if _MOVED_TO.search(text, max(0, a.start - 80), a.start):
                continue
        else:
            if word not in ("-", "–") and opener.group().lower().startswith("between") != (
                word == "and"
            ):
                # "between 1998 to 2010" and "from 1998 and 2010" are no ranges
                continue
            if _MOVED.search(text, max(0, a.start - 80), a.start):
                continue
        if _WHEN_AFTER.match(text, b.end):
            # "ruled by the military from 1962 until 2011, when a civilian government took
            # office": the last end dates an event of its own, and stays its own fact
            continue
        first = _whole_unit(a.date, published, a.text)
        last = _whole_unit(b.date, published, b.text)
        lo, hi = first.earliest, last.latest
        if lo is None or hi is None:
            continue
        weekday = _WEEKDAY_ALONE.fullmatch(a.text)
        if weekday is not None and _one_day(last) and last.earliest is not None:
            # "from Monday to Thursday next week": the first day is in the last day's week,
            # whichever week the first weekday alone was read in
            back = (last.earliest.weekday() - _WEEKDAY_INDEX[weekday[1][:-3].lower()]) % 7
            lo = last.earliest - timedelta(days=back)
        elif (
            a.type == "TIME"
            and b.type == "TIME"
            and _BARE_TIME_OF_DAY.fullmatch(a.text)
            and last.earliest is not None
            and last.earliest < lo
        ):
            # "between 9pm and 11pm on Tuesday": the first time is on the day named after the last
            lo = last.earliest
        elif (
            a.value.endswith("T24:00")
            and last.earliest is not None
            and last.earliest == lo + timedelta(days=1)
        ):
            # "between midnight and 6 a.m. Saturday": the midnight that ends Friday opens
            # Saturday, the one day the stretch is on
            lo = last.earliest
        elif hi < lo and not _YEAR_IN.search(a.text) and lo.year > hi.year:
            # "shut from 29 July until 3 August": a first end with no year of its own is in
            # the year that puts it before the last end, however it was read alone
            try:
                moved = lo.replace(year=hi.year)
            except ValueError:  # 29 February
                moved = None
            if moved is not None and moved > hi:
                moved = (
                    moved.replace(year=hi.year - 1) if (moved.month, moved.day) != (2, 29) else None
                )
            if moved is not None:
                lo = moved
        if hi < lo:
            continue
        precision = first.precision or "day"
        spans[index] = (index + 1, DateRange(f"{a.value}/{b.value}", lo, hi, precision))
    return spans


#: between a year heading and the first entry under it: the line's end, and a bullet
_UNDER_HEADING = re.compile(r"[ \t]*:?[ \t]*\n\s*(?:[-–—•*][ \t]*)?")


#: the words that frame a list under a year heading: "Key dates in 2024", "Timeline 2025",
#: "Main events of 2023:"
_LIST_FRAME = re.compile(
    r"[ \t]*(?:(?:the[ \t]+)?(?:key|main|major|important)[ \t]+)?"
    r"(?:dates?|events?|moments?|milestones?|timeline|chronology)"
    r"(?:[ \t]+(?:in|of|for|from|during))?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)


def _year_heading(text: str, timexes: Sequence[TimeExpression], index: int) -> bool:
    """``timexes[index]`` is a year alone on its line ("2024", "2025:"), or with the words
    that frame a list ("Key dates in 2024"), with a dated entry opening the next line: a
    heading over a list's entries, no event of its own."""
    timex = timexes[index]
    if not (_YEAR_IN.fullmatch(timex.text) and index + 1 < len(timexes)):
        return False
    line_start = text.rfind("\n", 0, timex.start) + 1
    before = text[line_start : timex.start]
    if before.strip() and _LIST_FRAME.fullmatch(before) is None:
        return False
    return _UNDER_HEADING.fullmatch(text, timex.end, timexes[index + 1].start) is not None


#: a custom told before a stretch of weekdays or hours: "is open from", "every hour from",
#: "daily between"
_SCHEDULE_BEFORE = re.compile(
    r"(?:\b(?:is|are)\s+(?:open|closed|shut|staffed)|\b(?:every|each)\s+[a-z]+|\bdaily)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:from|between)\s+$",
    re.IGNORECASE,
)
#: a custom told after a stretch: "every year", "each week", "daily"
_SPAN_HABIT_AFTER = re.compile(
    r"[ \t]+(?:(?:each|every)[ \t]+(?:year|month|week|day|weekday)|annually|daily|weekly)\b",
    re.IGNORECASE,
)
#: a weekday or a clock time written alone, which names no day of the calendar on its own
_DAY_OR_HOUR_ALONE = re.compile(
    r"(?:on[ \t]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:[:.]\d\d)?[ \t]*"
    r"(?:[ap]\.?m\.?)?|noon|midnight|midday)",
    re.IGNORECASE,
)


def _habit_spans(
    text: str, timexes: Sequence[TimeExpression], spans: dict[int, tuple[int, DateRange]]
) -> list[int]:
    """The first ends of stretches told as customs: "between 1 May and 30 September every
    year" (a habit told after the last end), "The library is open from Monday to Friday",
    "Buses run every hour from Monday to Saturday" (weekdays or hours alone, after a custom)."""
    found = []
    for first, (last, _) in spans.items():
        a, b = timexes[first], timexes[last]
        if _SPAN_HABIT_AFTER.match(text, b.end) or (
            _DAY_OR_HOUR_ALONE.fullmatch(a.text)
            and _DAY_OR_HOUR_ALONE.fullmatch(b.text)
            and _SCHEDULE_BEFORE.search(text, max(0, a.start - 50), a.start)
        ):
            found.append(first)
    return found


def _borrowed_first(first: TimeExpression, last: TimeExpression) -> date | None:
    """The first day of "on the 11th and 12th of October" in the last one's month, where the
    bare "the 11th" alone was read in the month of the report."""
    bare = _BARE_DAY.fullmatch(first.text)
    if bare is None or not (_one_day(first.date) and _one_day(last.date)):
        return None
    assert first.date is not None and last.date is not None
    lo, hi = first.date.earliest, last.date.earliest
    if lo is None or hi is None or (lo.year, lo.month) == (hi.year, hi.month):
        return None
    day = int(bare[1])
    return hi.replace(day=day) if 0 < day < hi.day else None


def _day_range(first: TimeExpression, last: TimeExpression) -> DateRange:
    """The days (or months) from ``first`` to ``last``, both ends in, at the ends' precision."""
    assert first.date is not None and last.date is not None
    precision = first.date.precision or "day"
    return DateRange(
        f"{first.value}/{last.value}",
        _borrowed_first(first, last) or first.date.earliest,
        last.date.latest,
        precision,
    )


#: between a stretch and the date that closes it: "the three months ended Sept. 30", "the year
#: to March", "the fiscal year ending Sept. 30"
_CLOSING_GAP = re.compile(
    r"[ \t]+(?:ended|ending|that[ \t]+ended|to|till|until)[ \t]+(?:on[ \t]+)?"
)
_THE = re.compile(r"the\s", re.IGNORECASE)
#: "a week of street fighting", "two days of talks": a length as the measure of a noun
_OF_A_DOING = re.compile(r"\s+of\s+(?!(?:the|this|that|last|next|these|those)\b)[a-z]")
#: "the year", "the quarter": a bare period as long as one unit
#: "the year", "the full year", "the financial year": a bare unit a date after it may close
_BARE_UNIT = re.compile(
    r"the\s+(?:(?:full|financial|fiscal)[\s-]+)?(year|quarter|month|week)", re.IGNORECASE
)
_UNIT_OF = {"year": "Y", "quarter": "Q", "month": "M", "week": "W"}


#: ", the company's fiscal third quarter" after a stretch: the stretch's name, not another time
_STRETCH_NAME_GAP = re.compile(
    r",[ \t]+(?:the[ \t]+company's|the[ \t]+group's|its|their|the)[ \t]+(?:fiscal|financial)?[ \t]*"
)
#: "fourth-quarter", "full-year": a period that qualifies a noun
_PERIOD_ADJECTIVE = re.compile(
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)-(?:quarter|half)|(?:full|half)-year"
    # "Tata Steel Q3 profit jumps": a quarter's or a half's short name before its figures
    r"|Q[1-4]|H[12]",
    re.IGNORECASE,
)
#: a quarter or a half named with no year: "in fiscal fourth quarter", "the first half"
_PERIOD_NAMED = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:(?:fiscal|financial)\s+)?"
    r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-](?:quarter|half)",
    re.IGNORECASE,
)
#: "first-half", "second-half" and what a half of play holds after it
_HALF_OF_PLAY = re.compile(r"(?:first|second|1st|2nd)-half", re.IGNORECASE)
_PLAY_AFTER = re.compile(
    r"\s+(?:stoppage|injury|added|extra)\s+time|\s+(?:goals?|penalty|penalties|header|equali[sz]er"
    r"|winner|opener|strike|brace|hat-trick|red\s+card|yellow\s+card|substitut\w*|try|tries"
    r"|touchdown|display|performance|comeback|collapse|fightback|onslaught)\b",
    re.IGNORECASE,
)
#: "next season", "the new season": a season with no name of spring, summer, autumn or winter
_SEASON_OF_PLAY = re.compile(
    r"(?:next|last|this|the(?:\s+(?:new|coming|previous|past))?)\s+season", re.IGNORECASE
)
#: "before the Easter recess", "the summer term": a recess or a term named after a season or
#: a feast is a sitting's break or a school's term, which keeps dates of its own
_SEASON_WORD = (
    r"(?:.*\s)?(?:spring|summer|autumn|fall|winter|easter|christmas|whitsun|michaelmas|lent"
    r"|trinity)"
)
_BREAK_AFTER = re.compile(r"[ \t]+(?:recess|term)\b", re.IGNORECASE)
#: "the end of the Easter" before "recess": a time whose words end in a season's name
_ENDS_IN_SEASON = re.compile(_SEASON_WORD, re.IGNORECASE)
#: "the end of the summer term", "the Easter recess" read whole as one time: a term or a break
#: named by its season, no season of the calendar
_SEASON_BREAK = re.compile(_SEASON_WORD + r"\s+(?:recess|term)", re.IGNORECASE)
#: "on the first day of his trial", "the last night of the festival": a day counted in an
#: event whose own dates are not told there, no day of the calendar
_NTH_DAY_OF = re.compile(
    r"(?:the|a)\s+(?:first|second|third|fourth|fifth|last|final|opening|closing)\s+"
    r"(?:day|night|morning|evening|afternoon)",
    re.IGNORECASE,
)
_COUNTED_DAY_NUMBER = re.compile(r"[Dd]ay\s+(?:\d|[A-Za-z]+(?:-[a-z]+)?$)")
#: how timex.py explains a day counted from the day the text says its event began
_COUNTED_FROM_ITS_START = " of what began on "
_OF_AN_EVENT = re.compile(
    r"[ \t]+of[ \t]+(?:the|his|her|their|its|our|this|that)[ \t]+"
    r"(?!(?:[\w'’-]+[ \t]+){0,2}(?:month|year|week|quarter|decade|century|calendar)\b)[a-z]",
    re.IGNORECASE,
)
#: a headline: the first line, short, with no full stop, and a story after a blank line
#: ("jumps 2.6 times": a decimal point ends no headline)
_HEADLINE = re.compile(r"(?:[^\n.!?]|(?<=\d)\.(?=\d)){1,160}(?=\n\s*\n\S)")


def _headline_end(text: str) -> int:
    """Where the article's headline ends (0 when it opens with no headline)."""
    m = _HEADLINE.match(text)
    return m.end() if m is not None else 0


def _names_the_stretch(text: str, end: TimeExpression, name: TimeExpression) -> bool:
    """``name`` is an apposition that names the stretch closed by ``end`` ("the three months to
    June 30, the company's fiscal third quarter")."""
    return (
        name.type == "DATE"
        and 0 < name.start - end.end <= 30
        and _STRETCH_NAME_GAP.fullmatch(text, end.end, name.start) is not None
    )


#: "a year earlier", "the year before": the comparison a result is set against
_YEAR_BEFORE = re.compile(
    r"(?:a|one)\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior)\s+year|the\s+year\s+before"
    # "compared with $265 million in the same quarter last year": the stretch told, a year back
    r"|the\s+same\s+(?:quarter|period|half|(?:three|six|nine)\s+months)\s+(?:(?:of\s+)?last\s+year"
    r"|a\s+year\s+(?:earlier|before|ago)|of\s+the\s+(?:previous|prior)\s+year)",
    re.IGNORECASE,
)


def _year_before(stretch: DateRange) -> DateRange:
    """``stretch`` moved back twelve months, its last day kept at a month's end."""
    assert stretch.earliest is not None and stretch.latest is not None
    latest = add_months(stretch.latest + timedelta(days=1), -12) - timedelta(days=1)
    return DateRange(stretch.value, add_months(stretch.earliest, -12), latest, stretch.precision)


#: "overnight into Sunday", "the night into Monday": a night told by the day it ran into
_NIGHT_INTO = re.compile(
    r"\binto\s+(?:(?:early|late)\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE
)
_WEEKDAY_INDEX = {"mon": 0, "tues": 1, "wednes": 2, "thurs": 3, "fri": 4, "satur": 5, "sun": 6}


def _night_into_its_day(timex: TimeExpression) -> bool:
    """``timex`` is a night dated by its evening whose words name the day after it."""
    into = _NIGHT_INTO.search(timex.text)
    if into is None or not timex.value.endswith("TNI") or not _one_day(timex.date):
        return False
    assert timex.date is not None and timex.date.earliest is not None
    next_day = timex.date.earliest + timedelta(days=1)
    return next_day.weekday() == _WEEKDAY_INDEX[into[1].lower()]


def _into_the_report(timex: TimeExpression, published: date) -> bool:
    """``timex`` is a bare "overnight" that names the night before the publication date, or
    before the day a diary's entry is told under ("Wednesday, April 8" over "The wind dropped
    overnight": timex.py reads the entry from its day, and says so)."""
    return (
        timex.text.lower() == "overnight"
        and timex.value.endswith("TNI")
        and timex.date is not None
        and (
            timex.date.earliest == published - timedelta(days=1)
            or timex.explanation.endswith(", the publication date")
        )
    )


_EVENING_VALUE = re.compile(r"^\d{4}-\d\d-\d\d(?:T(?:1[89]|2\d):\d\d|TEV|TNI)")


def _night_after_its_evening(text: str, timexes: Sequence[TimeExpression], index: int) -> bool:
    """``timexes[index]`` is a bare "overnight" whose night is that of an evening told just
    before it ("between 10.15pm and 10.30pm ... Officers searched the area overnight"), in
    its paragraph or the one before."""
    timex = timexes[index]
    if index == 0 or timex.text.lower() != "overnight" or not timex.value.endswith("TNI"):
        return False
    before = timexes[index - 1]
    return (
        timex.date is not None
        and timex.date.earliest is not None
        and before.date is not None
        and before.date.earliest == timex.date.earliest == before.date.latest
        and _EVENING_VALUE.match(before.value) is not None
        and timex.start - before.end <= _REFERS_BACK
        and text.count("\n\n", before.end, timex.start) <= 1
    )


def _stretch_length(timex: TimeExpression) -> tuple[int, str] | None:
    """How long a stretch that opens with "the" is ("the 12 months": 12, "M"), or None."""
    if not _THE.match(timex.text):
        return None
    if timex.type == "DURATION":
        m = _DURATION.match(timex.value)
        if m is None or m[1] == "X" or timex.value.startswith("PT"):
            return None
        return int(m[1]), m[2]
    bare = _BARE_UNIT.fullmatch(timex.text)
    if timex.type == "DATE" and bare is not None:
        return 1, _UNIT_OF[bare.group(1).lower()]
    return None


def _stretches_closed(text: str, timexes: Sequence[TimeExpression]) -> dict[int, int]:
    """Stretches closed by the date right after them ("the six weeks to 4 January", "the year
    to 31 December"), each index mapped to its closing date's: the date is where the stretch
    ends, so the two are one fact, filed under the stretch with its whole range (the day it
    ends on is no event of its own)."""
    closed: dict[int, int] = {}
    for index, (a, b) in enumerate(pairwise(timexes)):
        if (
            b.type in ("DATE", "TIME")
            and b.date is not None
            and b.date.latest is not None
            and not b.value.endswith("_REF")
            and 0 < b.start - a.end <= 16
            and _CLOSING_GAP.fullmatch(text, a.end, b.start)
            and _closed_length(a, b) is not None
        ):
            closed[index] = index + 1
    return closed


_HOURS_STRETCH = re.compile(r"PT(\d+)H$")


def _closed_length(stretch: TimeExpression, end: TimeExpression) -> tuple[int, str] | None:
    """How long a stretch closed by ``end`` is: "the six weeks" (6, "W"), and "the 24 hours"
    (24, "TH") when a clock time closes it ("the 24 hours to 6 a.m. on Monday", "the 48
    hours till midnight": the reporting window of a weather or health bulletin), None if
    it tells no length."""
    length = _stretch_length(stretch)
    if length is not None:
        return length
    hours = _HOURS_STRETCH.match(stretch.value)
    if (
        hours is not None
        and stretch.type == "DURATION"
        and end.type == "TIME"
        and _THE.match(stretch.text) is not None
    ):
        return int(hours[1]), "TH"
    return None


#: a bare period and the day it opens on: "the week starting 12 January"
_OPENING_GAP = re.compile(r"[ \t]+(?:starting|beginning|commencing)[ \t]+(?:on[ \t]+|from[ \t]+)?")
#: a fiscal year told by the month or day it ends: "the financial year ending March 2026"
_FISCAL_YEAR_TO_DAY = re.compile(
    r"\b(?:fiscal|financial)\s+year\s+(?:to|ending|that\s+ends)\s+(?:on\s+)?$", re.IGNORECASE
)
_FISCAL_YEAR_TO = re.compile(
    r"\b(?:fiscal|financial)\s+year\s+(?:ending|ended|to|that\s+ends|that\s+ended)\s+"
    r"(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)


def _stretches_opened(text: str, timexes: Sequence[TimeExpression]) -> dict[int, int]:
    """Days that open the bare period right before them ("the week starting 12 January",
    "the month beginning 1 March"), each day's index mapped to the period's."""
    opened: dict[int, int] = {}
    for index, (a, b) in enumerate(pairwise(timexes)):
        if (
            a.type == "DATE"
            and _BARE_UNIT.fullmatch(a.text) is not None
            and _one_day(b.date)
            and 0 < b.start - a.end <= 16
            and _OPENING_GAP.fullmatch(text, a.end, b.start) is not None
        ):
            opened[index + 1] = index
    return opened


def _stretch_from(stretch: TimeExpression, first: TimeExpression) -> DateRange:
    """The range of the bare period ``stretch`` from the day ``first`` names."""
    length = _stretch_length(stretch)
    assert length is not None and first.date is not None and first.date.earliest is not None
    amount, unit = length
    day = first.date.earliest
    months = _MONTHS_IN.get(unit)
    if months is not None:
        last = add_months(day, amount * months) - timedelta(days=1)
    else:
        last = day + timedelta(days=amount * _DAYS_IN[unit] - 1)
    return DateRange(first.value, day, last, _precision(unit))


#: "the first nine months", "the final two weeks": a stretch at one end of a period
_END_STRETCH = re.compile(r"the\s+(first|last|final|opening|closing)\s", re.IGNORECASE)
_MONTHS_IN = {"Y": 12, "Q": 3, "M": 1}
_DAYS_IN = {"W": 7, "D": 1}


def _part_of_period(text: str, a: TimeExpression, b: TimeExpression) -> DateRange | None:
    """The days of ``a`` ("the first nine months") counted from the start or back from the end
    of the period ``b`` written right after it with "of" ("of 2024", "of the year"), or None."""
    which = _END_STRETCH.match(a.text)
    if (
        which is None
        or a.type != "DURATION"
        or b.type != "DATE"
        or text[a.end : b.start] != " of "
        or b.date is None
        or b.date.earliest is None
        or b.date.latest is None
        or b.value.endswith("_REF")
    ):
        return None
    m = _DURATION.match(a.value)
    if m is None or m[1] == "X" or a.value.startswith("PT"):
        return None
    amount, unit = int(m[1]), m[2]
    lo, hi = b.date.earliest, b.date.latest
    from_start = which.group(1).lower() in ("first", "opening")
    if unit in _MONTHS_IN:
        months = amount * _MONTHS_IN[unit]
        if from_start:
            hi = min(hi, add_months(lo, months) - timedelta(days=1))
        else:
            lo = max(lo, add_months(hi + timedelta(days=1), -months))
    elif unit in _DAYS_IN:
        days = amount * _DAYS_IN[unit]
        if from_start:
            hi = min(hi, lo + timedelta(days=days - 1))
        else:
            lo = max(lo, hi - timedelta(days=days - 1))
    else:
        return None
    return DateRange(f"{b.value}/{a.value}", lo, hi, _precision(unit))


#: between a quarter and the day a relative clause says it ends on: ", which ended Aug. 31"
_QUARTER_END_GAP = re.compile(
    r",[ \t]+which[ \t]+(?:ended|ends|will[ \t]+end|closed)[ \t]+(?:on[ \t]+)?"
)
#: a fiscal year and the day it ends on right after it: "fiscal year 2025 ended on June 30"
_YEAR_END_GAP = re.compile(r"[ \t]+(?:ended|ending|that[ \t]+ended)[ \t]+(?:on[ \t]+)?")
_FISCAL = re.compile(r"\b(?:fiscal|financial)\b", re.IGNORECASE)
#: a quarter, a half and how many months each holds
_PERIOD_VALUE = re.compile(r"\d{4}-(Q[1-4]|H[12])")
_MONTHS_OF = {"Q": 3, "H": 6}


def _quarters_closed(text: str, timexes: Sequence[TimeExpression]) -> dict[int, int]:
    """Quarters and halves followed by the day they end on in a relative clause ("for its
    fiscal first quarter, which ended Aug. 31", "the first half, which ended on 28 June"), and
    fiscal years by the day they end on ("its fiscal year 2025 ended on June 30"), each index
    mapped to how many months it holds."""
    found: dict[int, int] = {}
    for index, (a, b) in enumerate(pairwise(timexes)):
        if not (
            a.type == "DATE"
            and b.type == "DATE"
            and b.date is not None
            and b.date.earliest is not None
            and b.date.earliest == b.date.latest
            and b.start - a.end <= 24
        ):
            continue
        period = _PERIOD_VALUE.fullmatch(a.value)
        if period is not None and _QUARTER_END_GAP.fullmatch(text, a.end, b.start):
            found[index] = _MONTHS_OF[period.group(1)[0]]
        elif (
            _YEAR.fullmatch(a.value)
            and _FISCAL.search(a.text)
            and _YEAR_END_GAP.fullmatch(text, a.end, b.start)
        ):
            found[index] = 12
    return found


def _quarter_to(quarter: TimeExpression, end: TimeExpression, months: int) -> DateRange:
    """The ``months`` that end on the day ``end`` names."""
    assert end.date is not None and end.date.latest is not None
    last = end.date.latest
    precision: Precision = "quarter" if months == 3 else "month" if months == 6 else "year"
    return DateRange(quarter.value, _back(last, months, "M"), last, precision)


#: "the half-year to 30 June", "the half ended 28 June": a half named by no time of its own
_HALF_TO = re.compile(
    r"\bthe[ \t]+(?:first[ \t]+|second[ \t]+)?half(?:[ \t-]+year)?[ \t]+"
    r"(?:to|ended|ending|that[ \t]+ended)[ \t]+(?:on[ \t]+)?$",
    re.IGNORECASE,
)


def _stretch_to(stretch: TimeExpression, end: TimeExpression) -> DateRange:
    """The range of ``stretch`` ending on the last day ``end`` covers: "the year to March"
    (told in May 2024) is April 2023 to March 2024."""
    length = _closed_length(stretch, end)
    assert length is not None and end.date is not None and end.date.latest is not None
    amount, unit = length
    last = end.date.latest
    value = stretch.value if unit == "TH" else f"P{amount}{unit}"
    return DateRange(value, _back(last, amount, unit), last, _precision(unit))


def _apposed_same_day(text: str, a: TimeExpression, b: TimeExpression) -> bool:
    """``b`` follows the day ``a`` after a comma and names that same day."""
    if (
        a.type not in ("DATE", "TIME")
        or a.date is None
        or a.date.earliest is None
        or a.date.earliest != a.date.latest
        or text[a.end : b.start] != ", "
        or b.text[:1].isupper()
    ):
        return False
    if b.type == "DURATION" and _COUNTED_ASIDE.match(text, b.end):
        # "found them on July 2, nine days later, on a ledge": the gap counts the day just
        # named from an earlier event, whatever day it was counted to from the date before it
        # ("until 28 October 2019, 57 days later": a count in figures is one too)
        return True
    if b.date is None or any(c.isdigit() for c in b.text[:2]):
        return False
    return (b.date.earliest, b.date.latest) == (a.date.earliest, a.date.latest)


#: "nine days later," after a day and a comma: an aside that counts the same day again
#: ("four years and three months later.": the count may have two parts)
_COUNTED_ASIDE = re.compile(
    r"(?:\s+and\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
    r"\s+(?:minutes?|hours?|days?|weeks?|months?))?"
    r"\s+(?:later|earlier|afterwards)\s*[,.;)]",
    re.IGNORECASE,
)


def _same_range_written_twice(text: str, a: TimeExpression, b: TimeExpression) -> bool:
    """``b`` follows ``a`` after a single space and covers the very same days ("the full year
    2024"), or is the year that ``a`` lies in ("first-quarter 2025 revenue")."""
    if not (
        a.type in ("DATE", "TIME")
        and b.type == "DATE"
        and b.start - a.end == 1
        and text[a.end] == " "
        and a.date is not None
        and b.date is not None
        and a.date.earliest is not None
        and a.date.latest is not None
        and b.date.earliest is not None
        and b.date.latest is not None
    ):
        return False
    if (a.date.earliest, a.date.latest) == (b.date.earliest, b.date.latest):
        return True
    return (
        _YEAR.fullmatch(b.value) is not None
        and b.date.earliest <= a.date.earliest
        and a.date.latest <= b.date.latest
    )


_YEAR = re.compile(r"\d{4}")


#: "that year", "the same month": a unit named by the date before it
_THAT_UNIT = re.compile(r"(?:of\s+)?(?:that|the\s+same)\s+(?:year|month)", re.IGNORECASE)
_THAT_UNIT_GAP = re.compile(r"[ \t]+(?:of[ \t]+)?")


def _then_its_year(text: str, a: TimeExpression, b: TimeExpression) -> bool:
    """``b`` ("that year") only names the year or month of the date ``a`` right before it."""
    return (
        a.type == "DATE"
        and b.type == "DATE"
        and b.start - a.end <= 4
        and _THAT_UNIT.fullmatch(b.text) is not None
        and _THAT_UNIT_GAP.fullmatch(text, a.end, b.start) is not None
    )


#: a day named back after a clock time: "that morning", "the same day"
_THAT_PART_OF_DAY = re.compile(
    r"(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)", re.IGNORECASE
)
_CLOCK_VALUE = re.compile(r"T\d\d:\d\d")
_CLOCK_THEN_DAY_GAP = re.compile(r"[ \t]+(?:local[ \t]+time[ \t]+)?")


def _the_hour_then_that_day(text: str, a: TimeExpression, b: TimeExpression) -> bool:
    """``b`` ("that morning", "the same day") right after the clock time ``a`` names the day
    that clock time lies on."""
    return (
        a.type == "TIME"
        and _CLOCK_VALUE.search(a.value) is not None
        and b.start - a.end <= 13
        and _THAT_PART_OF_DAY.fullmatch(b.text) is not None
        and _CLOCK_THEN_DAY_GAP.fullmatch(text, a.end, b.start) is not None
    )


#: a day and the clock time written right after it: "Wednesday at 9:15 a.m."
_DAY_THEN_HOUR_GAP = re.compile(r"[ \t]+at[ \t]+")


def _the_day_then_its_hour(text: str, a: TimeExpression, b: TimeExpression) -> bool:
    """``b`` is a clock time written right after the day ``a`` that it lies on."""
    if (
        a.type != "DATE"
        or b.type != "TIME"
        or "T" not in b.value
        or a.date is None
        or b.date is None
        or a.date.earliest is None
        or a.date.earliest != a.date.latest
        or b.start - a.end > 6
        or not _DAY_THEN_HOUR_GAP.fullmatch(text, a.end, b.start)
    ):
        return False
    return (b.date.earliest, b.date.latest) == (a.date.earliest, a.date.latest)


def _clause_of(
    text: str,
    sentence: tuple[int, int],
    timex: TimeExpression,
    timexes: Sequence[TimeExpression],
    in_order: bool,
    not_events: set[int],
) -> tuple[int, int]:
    s_start, s_end = sentence
    if s_end - s_start > _LONGEST_SENTENCE:
        # no sentence runs this long: a list, a table or text with no full stops, where only
        # the words around the time can be its clause (and looking further costs time)
        s_start = max(s_start, timex.start - _LONGEST_SENTENCE // 2)
        s_end = min(s_end, timex.end + _LONGEST_SENTENCE // 2)
    # the sentence's other times tell where one event ends and the next begins
    others = sorted(
        (t.start, t.end)
        for t in _in_sentence(timexes, (s_start, s_end), in_order)
        if s_start <= t.start and t.end <= s_end and t.start not in not_events
    )
    if len(others) > 2 * _NEAREST_TIMES + 1:
        # "the floods of 1953 and 1976 and ...", a run of weekdays or clock times: a list or
        # a table flattened into one sentence, where a clause cannot reach past the times
        # nearest it on either side (and each time scanning all of them costs n*k)
        before = [b for _, b in others if b <= timex.start]
        after = [a for a, _ in others if a >= timex.end]
        if len(before) > _NEAREST_TIMES:
            s_start = before[-_NEAREST_TIMES - 1]
        if len(after) > _NEAREST_TIMES:
            s_end = after[_NEAREST_TIMES]
        others = [(a, b) for a, b in others if s_start <= a and b <= s_end]
    return clause_around(text, (s_start, s_end), timex.start, timex.end, others)


_LONGEST_SENTENCE = 1200
#: the times on either side of a time that its clause is looked for among, in a sentence that
#: holds more than twice as many (no news sentence in the dev sets holds more than 9 in all)
_NEAREST_TIMES = 8
_LENGTH_OF = re.compile(
    r"\b(?:take|takes|took|taking|lasted|lasts|lasting)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?$"
)


#: "spent 11 days repairing burst mains": how long a task took, no time of an event
_SPENT = re.compile(r"\b(?:spent|spends|spend|spending)\s+(?:about\s+|nearly\s+|almost\s+)?$")
_DOING = re.compile(r"[ \t]+[a-z]{3,}ing\b")
#: "sentenced to nine years", "jailed for six months", "banned from driving for two years": the
#: length of a term a court gave, no time of an event
_TERM_OF = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|banned|disqualified|suspended)\s+"
    r"(?:from\s+[a-z]+\s+)?(?:to|for)\s+(?:up\s+to\s+|a\s+total\s+of\s+|another\s+)?$"
)

#: what an agreement, an offer or a debt runs for: "a deal", "the lease", "a pay rise"
_TERM_NOUN = (
    r"(?:offer|deal|contract|lease|loan|mortgage|agreement|pact|settlement|package|tenancy"
    r"|franchise|licen[cs]e|concession|bond|warranty|guarantee|moratorium|truce|ceasefire"
    r"|sponsorship|subsidy|grant|sentence|probation|pay\s+(?:rise|increase|award|freeze|cap))s?"
)
#: verbs that set a term over a length: "offered 4.5% over two years", "repaid over 25 years"
_TERM_VERB = (
    r"(?:offer(?:s|ed|ing)?|repa(?:y|ys|id|ying|yable)|payable|pa(?:y|ys|id|ying)"
    r"|spread|phased|amorti[sz](?:e|es|ed|ing)|lend(?:s|ing)?|lent|award(?:s|ed|ing)?"
    r"|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|invest(?:s|ed|ing)?"
    r"|commit(?:s|ted|ting)?)"
)
#: verbs that set a term for a length too: "leased the land for 99 years", "extended for two
#: years" ("has paid rent for ten years" is a stretch up to the report)
_TERM_FOR_VERB = (
    r"(?:lea(?:se|ses|sed|sing)|loan(?:s|ed|ing)?|extend(?:s|ed|ing)?|renew(?:s|ed|ing)?"
    r"|sign(?:s|ed|ing)?|guarantee(?:s|d)?|grant(?:s|ed)?|adjourn(?:s|ed)?|remand(?:s|ed)?"
    r"|bail(?:s|ed)?)"
)
#: a promise of what will be done: "has agreed to freeze fuel duty for two years", "pledged to
#: keep the library open for five years", "a licence to operate for 25 years"
_COMMITTED_TO = (
    r"(?:(?:agree|promise|pledge|decide|vote|undertake)[sd]?|(?:vow|offer)(?:s|ed)?|undertook"
    r"|commit(?:s|ted)?|(?:ask|urg|advis|order|instruct|warn)(?:e|es|ed)?|told|tells?"
    rf"|{_TERM_NOUN})(?:\s+[a-z]+){{0,2}}?\s+(?:not\s+)?to\s+[a-z]+"
)
#: a word of a noun phrase or an amount between the verb and the length ("4.5%", "£30m",
#: "the land", "$1.2 billion"): no clause break
_TERM_WORD = r"(?:[$£€]?\d[\d.,]*\S*|[^\s.,;:!?]+)"
_TERM_HEDGE = (
    r"(?:\s+(?:a\s+(?:period|term)\s+of|up\s+to|about|nearly|almost|roughly|some"
    r"|another|a\s+further|at\s+least|more\s+than))?\s+$"
)
_TO_SERVE = re.compile(
    rf"\b(?:to|must|will|would|should|could)\s+serve{_TERM_HEDGE}", re.IGNORECASE
)
#: "two years' probation", "three months' notice", "six weeks’ pay": a length that measures a thing
_LENGTH_OF_A_THING = re.compile(r"['’]s?\s+[a-z]")
#: "has been given 28 days to leave", "granted an extra 24 hours to question him": time allowed
#: for something ahead
_GIVEN = re.compile(
    r"\b(?:giv(?:e|es|en|ing)|gave|grant(?:s|ed|ing)?|allow(?:s|ed|ing)?)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:(?:an?\s+)?(?:extra|further|additional|another)\s+)?$",
    re.IGNORECASE,
)
_TO_DO = re.compile(r"\s+(?:in\s+which\s+)?to\s+[a-z]")
_DUE_IN = re.compile(
    r"\b(?:matur(?:es?|ing)|expir(?:es?|ing)|lapses?|lapsing|runs?\s+out|falls?\s+due|due)"
    rf"\s+in{_TERM_HEDGE}",
    re.IGNORECASE,
)
_SHIFTED_BY = re.compile(rf"\bby{_TERM_HEDGE}", re.IGNORECASE)
_TERM_LENGTH = re.compile(
    rf"(?:\b{_TERM_NOUN}(?:\s+(?:of|worth|at|totalling|totaling|valued\s+at)\s+{_TERM_WORD}"
    rf"(?:\s+(?:million|billion|bn|m|per\s+cent|percent|a\s+year))?)?"
    rf"\s+(?:over|for|across|of)"
    rf"|\b(?:{_TERM_FOR_VERB}|{_COMMITTED_TO})(?:\s+{_TERM_WORD}){{0,4}}?\s+(?:over|for|across)"
    rf"|\b{_TERM_VERB}(?:\s+{_TERM_WORD}){{0,4}}?\s+(?:over|across)){_TERM_HEDGE}",
    re.IGNORECASE,
)


def _term_of_agreement(text: str, timex: TimeExpression) -> bool:
    """A length that is the term of an offer, a deal, a loan or a lease ("KessRail has offered
    4.5% over two years", "repaid over 25 years", "leased the land for 99 years"): how long
    the agreement runs, not a stretch the text dates, whatever the tense of its verb. A length
    counted back ("over the past two years") is a stretch, and stays one."""
    if _PAST_STRETCH.match(timex.text):
        return False
    if (
        _TERM_OF.search(text, max(0, timex.start - 30), timex.start) is not None
        or _TO_SERVE.search(text, max(0, timex.start - 30), timex.start) is not None
        or _LENGTH_OF_A_THING.match(text, timex.end) is not None
        or (
            _GIVEN.search(text, max(0, timex.start - 40), timex.start) is not None
            and _TO_DO.match(text, timex.end) is not None
        )
    ):
        # "has been jailed for nine years", "ordered to serve 18 months", "given two years'
        # probation": the length of a term a court gave, or of a thing ("three months' notice")
        return True
    if _DUE_IN.search(text, max(0, timex.start - 30), timex.start) is not None:
        # "a bond which matures in 10 years", "a permit that expires in six months": when the
        # term runs out, ahead of the report, whatever verb the sentence goes on with
        return True
    return _TERM_LENGTH.search(text, max(0, timex.start - 70), timex.start) is not None


def _sentence_of(
    text: str, sentences: list[tuple[int, int]], starts: list[int], start: int, end: int
) -> tuple[int, int]:
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and sentences[i][0] <= start and end <= sentences[i][1]:
        return sentences[i]
    # an expression across a sentence break (or in trimmed space): use the lines around it
    lo = sentences[i][0] if i >= 0 else 0
    if i >= 0 and sentences[i][1] <= start:
        # a dateline's date the splitter left out of the lead: its line starts after the
        # sentence before it (a headline is no part of the dateline's story)
        lo = max(lo, text.rfind("\n", sentences[i][1], start) + 1)
    j = bisect.bisect_left(starts, end)
    hi = sentences[j - 1][1] if j - 1 >= 0 and sentences[j - 1][1] >= end else len(text)
    return min(lo, start), max(hi, end)


#: "5:10 a.m. — Airlines grounded flights": the mark between a stamp and its entry
_ENTRY_MARK = re.compile(r"[ \t]*(?:—|–|--)\s")


def _with_entry(
    text: str, sentences: list[tuple[int, int]], starts: list[int], sentence: tuple[int, int]
) -> tuple[int, int]:
    """A live-blog stamp that the sentence splitter left alone ("5:10 a.m." before "— Airlines
    ...") together with the entry it heads, so the stamp dates that entry."""
    i = bisect.bisect_left(starts, sentence[1])
    if i >= len(sentences) or not _ENTRY_MARK.match(text, sentence[1]):
        return sentence
    if len(text[sentence[0] : sentence[1]].split()) > 4:
        return sentence  # a sentence of its own, not a stamp
    return sentence[0], sentences[i][1]


#: what a stamp's line may hold besides its times: marks between them, a bare clock the times
#: left out ("Thu 30 Jul 10:42"), a word that opens it ("Posted at", "Updated") and a mark
#: after it ("09:10 BST:", "9.55am -")
_STAMP_LINE_REST = re.compile(
    r"(?:(?:posted|updated?|published|added)\b)?"
    r"(?:[ \t,·|/@–—:-]|\bat\b|\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?"
    r"|fri|sat|sun)\b\.?)*+",
    re.IGNORECASE,
)
#: the words that open a stamp's line and are no part of the stamp: "Posted at", "Updated"
_STAMP_LEAD = re.compile(
    r"[ \t]*(?:(?:posted|updated?|published|added)\b[ \t]*(?:at\b)?[ \t:]*)?", re.IGNORECASE
)
_NEWLINE = re.compile(r"\n")
_BARE_CLOCK = re.compile(r"\d{1,2}[:.]\d\d")
#: the opening of an entry's first sentence: a capital, a quotation mark or a figure
_ENTRY_OPENS = re.compile(r"[\"'“‘(]?[A-Z0-9]")
_CLOCK_VALUE = re.compile(r".*T\d\d:\d\d")
#: stamps on lines of their own that make a page a live blog
_STAMPS_OF_A_BLOG = 2


def _day_of(timex: TimeExpression) -> date | None:
    return timex.date.earliest if timex.date is not None else None


def _past_entry_label(text: str, start: int) -> int:
    """Where an entry opens when the line at ``start`` is a label between its stamp and it
    ("14:05", then "BREAKING", then "Police have declared ..."): the next line, or the one
    after a blank line; ``start`` when that line is no label."""
    end = text.find("\n", start)
    if end < 0 or ENTRY_LABEL_LINE.fullmatch(text, start, end) is None:
        return start
    gap = end
    for _ in range(2):
        if not text.startswith("\n", gap):
            break
        gap += 1
        while gap < len(text) and text[gap] in " \t\r":
            gap += 1
    return gap


def _entries_under_stamps(
    text: str,
    timexes: Sequence[TimeExpression],
    sentences: list[tuple[int, int]],
    starts: list[int],
) -> tuple[dict[int, tuple[int, int]], set[int]]:
    """The entries of a live blog saved from a page, whose stamps stand on lines of their own
    ("09:10 BST", "Thu 30 Jul 10:42", then "Temperatures in Harwell could reach 38C ..." on the
    next line or after a blank one): the index of each stamp's first time, with the span from
    it to the end of its entry's first sentence, and the indexes of the other times on the
    stamp's line ("30 July 2026, 11:05": one stamp, one fact). A stamp's line holds nothing
    but its times and a clock, and names one day. Only a page with several such stamps is
    taken for a live blog: one time alone on a line (a page's time under its headline) heads
    nothing, nor does a line of a day alone ("Thursday 30 July" over the day's entries)."""
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    lines: dict[int, list[int]] = {}
    for index, timex in enumerate(timexes):
        above = bisect.bisect_left(breaks, timex.start)
        lines.setdefault(breaks[above - 1] + 1 if above else 0, []).append(index)
    stamps: dict[int, tuple[list[int], int]] = {}  # a stamp line's start: its times, its end
    for line_start, indexes in lines.items():
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        pos, clock = line_start, False
        for index in indexes:
            timex = timexes[index]
            rest = text[pos : timex.start]
            if timex.end > line_end or _STAMP_LINE_REST.fullmatch(rest) is None:
                break
            if (
                timex.type not in ("DATE", "TIME")
                or timex.date is None
                or timex.date.earliest is None
                or timex.date.earliest != timex.date.latest
            ):
                break
            clock = clock or bool(_BARE_CLOCK.search(rest)) or bool(_CLOCK_VALUE.match(timex.value))
            pos = timex.end
        else:
            rest = text[pos:line_end]
            if _STAMP_LINE_REST.fullmatch(rest) is not None and (clock or _BARE_CLOCK.search(rest)):
                days = {_day_of(timexes[i]) for i in indexes}
                if len(days) == 1:
                    stamps[line_start] = (indexes, line_end)
    entries: dict[int, tuple[int, int]] = {}
    folded: set[int] = set()
    for line_start, (indexes, line_end) in stamps.items():
        # the entry opens on the next line, or after one blank line
        gap = line_end
        for _ in range(2):
            if not text.startswith("\n", gap):
                break
            gap += 1
            while gap < len(text) and text[gap] in " \t\r":
                gap += 1
        gap = _past_entry_label(text, gap)
        if gap in stamps or not _ENTRY_OPENS.match(text, gap):
            continue
        i = bisect.bisect_left(starts, gap)
        if i >= len(sentences) or sentences[i][0] != gap:
            continue
        # the card shows the whole stamp ("Thu 30 Jul 10:42"), not a word that opens its line
        lead = _STAMP_LEAD.match(text, line_start)
        opening = min(lead.end() if lead is not None else line_start, timexes[indexes[0]].start)
        entries[indexes[0]] = (opening, sentences[i][1])
        folded.update(indexes[1:])
    if len(entries) < _STAMPS_OF_A_BLOG:
        return {}, set()
    return entries, folded


#: a question that heads an explainer's answer: "What happened on Tuesday?", "When will
#: supplies be back?", "Has this happened before?"
_QUESTION_HEADING = re.compile(
    r"(?:What|When|Why|How|Who|Whom|Whose|Where|Which|Will|Would|Is|Are|Was|Were|Did|Do|Does"
    r"|Has|Have|Had|Can|Could|Should|May|Might|Must)\b[^\n?]{0,120}\?[\"'”’]?"
)


def _question_heading(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence is a question standing alone on its line, as a Q&A explainer sets its
    questions between the answers ("What happened on Tuesday?"). A question inside a
    paragraph, or one a speaker puts ("REPORTER: And the collapse on Sept. 15?"), is not."""
    start, end = sentence
    if end - start > _LONGEST_QUESTION or text[end - 1] not in "?\"'”’":
        return False
    # (only blanks between the line's ends and the sentence: no scan of a long line)
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = end
    while after < len(text) and text[after] in " \t\r":
        after += 1
    if (before > 0 and text[before - 1] != "\n") or (after < len(text) and text[after] != "\n"):
        return False
    return _QUESTION_HEADING.fullmatch(text, start, end) is not None


#: a question heading is a line of a few words
_LONGEST_QUESTION = 140


def _start_of(t: TimeExpression) -> int:
    return t.start


def _in_sentence(
    timexes: Sequence[TimeExpression], sentence: tuple[int, int], in_order: bool
) -> Sequence[TimeExpression]:
    s_start, s_end = sentence
    if in_order:
        # they come in text order, so only the sentence's own are looked at
        return timexes[
            bisect.bisect_left(timexes, s_start, key=_start_of) : bisect.bisect_left(
                timexes, s_end, key=_start_of
            )
        ]
    return [t for t in timexes if s_start <= t.start < s_end]


def _duration_range(
    text: str,
    sentence: tuple[int, int],
    timex: TimeExpression,
    timexes: Sequence[TimeExpression],
    published: date | None,
    clause: tuple[int, int],
    in_order: bool = False,
) -> DateRange | None:
    m = _DURATION.match(timex.value)
    if m is None:
        return None
    amount = None if m[1] == "X" else int(m[1])
    unit = m[2] if not timex.value.startswith("PT") else "T" + m[2]
    precision = _precision(unit)
    s_start, s_end = sentence
    if _MODIFIER.search(timex.text) or _OFFSET.match(text, timex.end):
        # "a 48-hour ultimatum", "a day after the blasts", "12 seconds apart": a length or a
        # gap between two moments, not a stretch of time the text dates
        return None
    # a dated expression in the same sentence says when the stretch ends, when the duration is
    # a stretch ("held for five days last week", "in the three months ended Sept. 30")
    # ("held for five days last week", "in the three months ended Sept. 30") in its own
    # clause: "closed the valve at 2:25 p.m., and began a test expected to last 48 hours" is no
    # stretch that ends at 2:25
    # only a stretch counted back from a moment ("the past week", "the last 24 hours") or
    # closed by one ("the three months ended Sept. 30", "the seven days to 31 January") ends
    # where a date says: "took nine days" in 2014 or "for three hours on Tuesday" tells how
    # long, not when it ended, and the date beside it is already its clause's fact
    ended = _ENDED.match(text, timex.end)
    if ended is not None and not any(
        ended.end() <= other.start <= ended.end() + _ENDED_REACH
        and not _PUNCTUATION.search(text, ended.end(), other.start)
        for other in timexes
    ):
        # "sold the bakery she ran for 31 years to a former apprentice": a "to" with no date
        # after it closes no stretch
        ended = None
    closed = bool(
        ended is not None
        or _PAST_STRETCH.match(timex.text)
        or _COUNTED_BACK.search(text, max(s_start, timex.start - 30), timex.start)
    )
    c_start, c_end = clause
    if not closed and _HAD_BEEN.search(text, max(s_start, timex.start - 40), timex.start):
        # "had been held for 14 months ... was freed on Friday", "found him on Friday, after
        # he had been trapped for 80 hours": the pluperfect stretch ends at the sentence's event
        closed = True
        c_start, c_end = s_start, s_end
    for other in _in_sentence(timexes, sentence, in_order):
        if other is timex or other.type not in ("DATE", "TIME") or other.date is None:
            continue
        if (
            c_start <= other.start < c_end
            and other.date.latest is not None
            and not other.value.endswith("_REF")
        ):
            if not closed:
                return None
            latest = other.date.latest
            return DateRange(timex.value, _back(latest, amount, unit), latest, precision)
    if published is None or _AHEAD_STRETCH.match(timex.text):
        # "over the next five years", "in the coming weeks": a stretch that starts at the
        # report runs ahead of it, and no tense of its clause makes it one behind
        return None
    before = text[max(s_start, timex.start - 60) : timex.end]
    after_end = min(s_end, timex.end + 40)
    if _in_closed_relative(text, s_start, timex):
        # "Holloway, who ran the bookshop for half a century, has died": the "has" after the
        # comma that closes the relative clause is the main clause's, no stretch up to now
        comma = text.find(",", timex.end, after_end)
        after_end = comma if comma >= 0 else after_end
    if (
        _up_to_now(before)
        # "registered 312 cases last fortnight", "past 24 hours": words that count the stretch
        # back from now without "the" before them ("in past years" is the past in general)
        or (amount is not None and _BACK_FROM_NOW.match(timex.text))
        or _UP_TO_NOW.search(text[timex.end : after_end])
    ):
        return DateRange(timex.value, _back(published, amount, unit), published, precision)
    if (
        amount is None
        and unit in _LONG_UNITS
        and _FOR_BEFORE.search(text, max(s_start, timex.start - 12), timex.start)
        and _PAST_TELLING.search(text, c_start, c_end)
        and not _AHEAD.search(text, c_start, c_end)
        # "For months, the front line had barely moved": the pluperfect ends the state before
        # some time the story tells, not at the report
        and not _PLUPERFECT.search(text, c_start, c_end)
        # "In the winter of 1963, when much of the north was frozen for weeks": a date in the
        # sentence tells when the weeks were, and they did not run up to the report
        and not any(
            other.type in ("DATE", "TIME")
            and other.date is not None
            and other.date.resolved
            and not other.value.endswith("_REF")
            for other in _in_sentence(timexes, sentence, in_order)
        )
    ):
        # "were kept from the front lines for months": a state of months or years the report
        # tells as past, with no date of its own, lasted up to some time before the report; it
        # is kept as a stretch reaching back from the publication date, its start left open
        return DateRange(timex.value, None, published, precision)
    # anything else ("lasted 78 days", "were without power for hours") says how long, not where
    # it ended: publication is only when it was reported
    return None


def _up_to_now(before: str) -> bool:
    """The words before a length (``before`` ends with it) count it back from the report: "has
    raised 2 million pounds in the three months", "now". A future verb after them is the verb
    of a report the saying tells ("has promised that no more than 400 jobs will go in the two
    years", "has confirmed the road will stay shut for two weeks"): a stretch ahead of it."""
    ends = [m.end() for m in _UP_TO_NOW.finditer(before)]
    return bool(ends) and _AHEAD.search(before, ends[-1]) is None


#: how far after "to" or "until" the date that closes a stretch may start ("the 12 weeks to
#: the end of March")
_ENDED_REACH = 12
_PUNCTUATION = re.compile(r"[,.;:!?]")
#: ", who ran ...", ", which has ...": a relative clause set off by a comma
_RELATIVE_OPENS = re.compile(r",\s+(?:who|which|whose)\s")


def _in_closed_relative(text: str, s_start: int, timex: TimeExpression) -> bool:
    """``timex`` sits in a relative clause set off by commas ("Holloway, who ran the shop for
    half a century, has died") whose closing comma comes after it."""
    opening = max(
        _RELATIVE_OPENS.finditer(text, s_start, timex.start), key=lambda m: m.start(), default=None
    )
    if opening is None or "," in text[opening.end() : timex.start]:
        return False
    return text.find(",", timex.end, timex.end + 40) >= 0


#: "three hours later", "about twenty minutes earlier": a counted gap from a time that stays
#: on its day ("minutes later" beside a time is part of that time's event)
_LATER = re.compile(r"\s+(?:later|earlier)\b(?!\s+than)", re.IGNORECASE)
_HOURS = re.compile(r"^PT\d+[HMS]$")
_VAGUE_HOURS = re.compile(r"^PTX[HMS]$")
#: what may come before a gap that opens its sentence: "Just minutes later", "Only hours later"
_GAP_OPENER = re.compile(r"[\s\"“]*(?:(?:just|only|about|some|barely|within)\s+)?$", re.IGNORECASE)
#: how far back the time that "hours later" counts from may lie
_LATER_REACH = 400


#: a value that names a whole month or year
_MONTH_OR_YEAR = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
#: a value that names a whole ISO week ("2025-W42")
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})$")
#: a value that names a whole decade ("196": the 1960s) or century ("19": the 1900s)
_DECADE_OR_CENTURY = re.compile(r"^\d{2,3}$")


#: "earlier this month", "earlier in the year": a part of the unit already over when written
_EARLIER = re.compile(r"earlier\b", re.IGNORECASE)


def _whole_unit(found: DateRange, published: date | None = None, words: str = "") -> DateRange:
    """ "late March 2022", "mid-May", "early 2019": the fact covers the whole month or year the
    value names, as an analyst files it on the timeline (the part of it is a guess the words
    leave open: "late March" may be the 20th). A part the report tells as already over ("earlier
    this month", or a range that ended by the publication date) ends no later than the
    report."""
    m = _MONTH_OR_YEAR.match(found.value)
    if found.earliest is None or found.latest is None:
        return found
    if m is None and _DECADE_OR_CENTURY.match(found.value):
        # "the early 1960s", "the late 19th century": the whole decade or century, as "early
        # 2019" is the whole year
        span = 10 ** (4 - len(found.value))
        first = date(max(1, int(found.value) * span), 1, 1)
        last = date(int(found.value) * span + span - 1, 12, 31)
    elif m is None:
        week = _WEEK_VALUE.match(found.value)
        if week is None:
            return found
        # "by the end of this week", "late last week": the whole week, as "late March" is
        # the whole month
        try:
            first = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return found  # no such week ("W00", a 53rd week in a year of 52)
        last = first + timedelta(days=6)
    elif m.group(2) is None:
        year = int(m.group(1))
        first, last = date(year, 1, 1), date(year, 12, 31)
    else:
        first = date(int(m.group(1)), int(m.group(2)), 1)
        last = add_months(first, 1) - timedelta(days=1)
    if (found.earliest, found.latest) == (first, last) or not (
        first <= found.earliest <= found.latest <= last
    ):
        return found
    if (
        published is not None
        and first <= published < last
        and (found.latest <= published or _EARLIER.match(words))
    ):
        last = published
    return DateRange(found.value, first, last, found.precision)


def _opens(text: str, sentence_start: int, start: int) -> bool:
    return _GAP_OPENER.fullmatch(text, sentence_start, start) is not None


def _day_before(
    text: str,
    timexes: Sequence[TimeExpression],
    index: int,
    opens: bool = False,
    sentence_start: int = 0,
) -> DateRange | None:
    """The day of the time just before ``timexes[index]`` when that is a gap of hours,
    minutes or seconds ("three hours later", "135 seconds later", or an uncounted "Minutes
    later" that ``opens`` its sentence or counts from a time told in an earlier sentence: "The
    first bomb exploded at 10:35 a.m. The second exploded minutes later.") and that time lies
    on one day, close by."""
    timex = timexes[index]
    vague = _VAGUE_HOURS.match(timex.value) is not None
    if not (_HOURS.match(timex.value) or vague):
        return None
    for before in reversed(timexes[:index]):
        if before.end > timex.start or timex.start - before.end > _LATER_REACH:
            return None
        if vague and not opens and before.end > sentence_start:
            # "at 10:35 a.m., and minutes later in Dar es Salaam": beside its time it is part
            # of that time's event
            return None
        if before.type in ("DATE", "TIME") and before.date is not None:
            day = before.date.earliest
            if day is None or day != before.date.latest or before.value.endswith("_REF"):
                return None
            return DateRange(day.isoformat(), day, day, "day")
    return None


def _back(end: date, amount: int | None, unit: str) -> date | None:
    """The first day of a stretch of ``amount`` units that ends on ``end`` (None if vague)."""
    if amount is None:
        return None
    months = {"Y": 12, "M": 1, "Q": 3, "DE": 120, "CE": 1200}.get(unit)
    if months is not None:
        # counted back from the day after the end, so a stretch that ends on a month's last day
        # starts on a first: "the three months to June 30" is April 1 to June 30, not from
        # March 31 (June 30 less three months, plus a day)
        return add_months(end + timedelta(days=1), -amount * months)
    days = {"W": 7, "D": 1}.get(unit)
    if days is not None:
        return end - timedelta(days=amount * days - 1)
    if unit == "TH" and amount >= 24:
        # "in the past 24 hours": counted back from some hour of the day it ends, so it
        # reaches into the day before (48 hours, two days before)
        return end - timedelta(days=-(-amount // 24))
    return end  # fewer hours, minutes, seconds: within the day


def _precision(unit: str) -> Precision:
    return {
        "Y": "year",
        "M": "month",
        "Q": "quarter",
        "W": "week",
        "DE": "decade",
        "CE": "century",
    }.get(unit, "day")  # type: ignore[return-value]


# -- fiscal years -------------------------------------------------------------------------------

_MONTH_WORD = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?"
    r"|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_MONTH_NUMBER = {
    m: n
    for n, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_DAY_NUMBER = (
    r"(?:(?:early|mid-?|late|the\s+(?:end|start|beginning|middle)\s+of)\s*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
)
#: the article's word on when its fiscal year runs: "The company's fiscal year runs from June
#: through May", "the fiscal year that begins July 1" (the month it starts in)
_FISCAL_STARTS = re.compile(
    r"\b(?:fiscal|financial)\s+year,?\s+(?:(?:that|which)\s+)?(?:(?:runs|run|running|lasts|stretches)"
    r"\s+from|(?:begins|began|starts|started|beginning|starting|(?:will|would)\s+(?:begin|start))"
    r"(?:\s+(?:on|in))?)\s+" + _DAY_NUMBER + "(" + _MONTH_WORD + r")(?![a-z])",
    re.IGNORECASE,
)
#: "the financial year ending March 2026", "whose financial year ends on 27 December", "the
#: fiscal year ended Sept. 30" (the month it ends in)
_FISCAL_ENDS = re.compile(
    r"\b(?:fiscal|financial)\s+year,?\s+(?:(?:that|which)\s+)?(?:ends|ended|ending|closes|closed"
    r"|(?:will|would)\s+end)(?:\s+(?:on|in))?\s+" + _DAY_NUMBER + "(" + _MONTH_WORD + r")(?![a-z])",
    re.IGNORECASE,
)
#: a company's results for its year told by the year's last day: "pre-tax profit for the year
#: to 30 June", "its underlying profit for the year to June 30", "revenue in the 12 months
#: ended March 31" (a results word before it, so "inflation in the year to March" is no
#: fiscal year)
_RESULTS_YEAR_TO = re.compile(
    r"\b(?:profits?|loss(?:es)?|revenues?|sales|turnover|earnings|results|income|EBITDA|dividend)"
    r"\b[^.;!?]{0,60}?\b(?:for|in|over)\s+(?:the|its|their)\s+(?:full[\s-]+)?(?:year|12\s+months"
    r"|twelve\s+months)\s+(?:to|ended|ending|through)\s+"
    + _DAY_NUMBER
    + "("
    + _MONTH_WORD
    + r")(?![a-z])",
    re.IGNORECASE,
)
#: copy from India, whose financial year runs from April ("Rs 1,630 crore", "Rs 18 lakh"), and
#: from Australia, whose runs from July ("(AWST)", "ASX-listed", "Queensland")
_INDIAN_COPY = re.compile(r"\bRs\.?\s?\d|₹|\b(?:crore|lakh)s?\b|\b(?:Sensex|Nifty)\b")
_AUSTRALIAN_COPY = re.compile(
    r"\bAustralian?\b|\bA[ECW][SD]T\b|\bASX\b|\bQueensland\b|\bNew South Wales\b|\bTasmania\b"
)
#: a fiscal year named in the expression: "fiscal 2023", "FY26", "the financial year 2024-25",
#: "the 2025-26 financial year" (no quarter or half of one)
_FISCAL_NAMED = re.compile(r"\b(?:fiscal|financial)\b|\bFY\s?'?\d", re.IGNORECASE)
#: the words around a bare year that make it a fiscal one: "the financial year 2024-25", "FY
#: 2024-25", "2025-26 financial year"
_FISCAL_BEFORE = re.compile(r"(?:\b(?:fiscal|financial)(?:\s+year)?|\bFY)\s?$", re.IGNORECASE)
_FISCAL_AFTER = re.compile(r"\s(?:fiscal|financial)\s+year\b", re.IGNORECASE)
_NOT_AMERICAN = re.compile(r"\bfinancial\b|\bFY", re.IGNORECASE)
_FISCAL_PART = re.compile(r"quarter|half|month|week|\b[QH][1-4]\b", re.IGNORECASE)
_SPLIT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?[-–/]\s?(\d\d(?:\d\d)?)(?!\d)")
_ONE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)|\bFY\s?'?(\d\d)(?!\d)", re.IGNORECASE)


#: a year that began or ends on the day named right after it: "the 1999-2000 marketing year,
#: which began June 1", "fiscal 1999, which began Oct. 1", "the 2024-25 season, which ends on
#: 31 May"
_BOUND_AFTER = re.compile(
    r",?\s+(?:which|that)\s+(?:(?P<began>began|begins|started|starts|opened|opens)"
    r"|ended|ends|closed|closes|will\s+(?:(?P<will_begin>begin|start|open)|end|close))"
    r"(?:\s+(?:on|in))?\s+$",
    re.IGNORECASE,
)


def _year_told_by_its_bound(
    text: str, timexes: Sequence[TimeExpression], index: int, found: DateRange
) -> DateRange | None:
    """The twelve months of a year named by its number ("fiscal 1999", "the 1999-2000
    marketing year") when a relative clause right after it gives the day (or month) it began
    or ends on: from that day, or to it. None when no such clause follows or its day lies more
    than a year from the year named."""
    if (
        found.precision != "year"
        or found.earliest is None
        or found.latest is None
        or index + 1 >= len(timexes)
        or not _ONE_YEAR.search(timexes[index].text)
    ):
        return None
    bound = timexes[index + 1]
    words = _BOUND_AFTER.fullmatch(text, timexes[index].end, bound.start)
    day = bound.date
    if words is None or day is None or day.earliest is None or day.latest is None:
        return None
    if day.precision not in ("day", "month"):
        return None
    if words.group("began") or words.group("will_begin"):
        first = day.earliest.replace(day=1) if day.precision == "month" else day.earliest
        last = add_months(first, 12) - timedelta(days=1)
    else:
        last = day.latest
        first = add_months(last + timedelta(days=1), -12)
    # the year named must hold the bound's day or lie within a year of it
    if not (found.earliest - timedelta(days=366) <= first <= found.latest):
        return None
    return DateRange(found.value, first, last, "year")


def _both_years_of_a_split(timex: TimeExpression, found: DateRange) -> DateRange:
    """A season or a year written across two calendar years ("His best season was 1961-62",
    "the 2019/20 campaign") with no fiscal year to map it: both calendar years, since its
    months are not told (its value, by TimeML, is the first year alone)."""
    split = _SPLIT_YEAR.search(timex.text)
    if split is None or found.earliest is None or found.precision != "year":
        return found
    first, second = int(split.group(1)), split.group(2)
    if int(second) not in (first + 1, (first + 1) % 100) or found.earliest.year != first:
        return found
    if found.latest != date(first, 12, 31):
        return found
    return DateRange(found.value, found.earliest, date(first + 1, 12, 31), "year")


def _fiscal_start_month(text: str, at: int, words: str) -> int | None:
    """The month the article's fiscal year starts in, from what it says nearest to ``at``
    ("runs from June through May", "ending March 2026"), else from where its copy comes from
    (April in India; July in Australia, when ``words`` are Australian, "financial year" or
    "FY26", not the American "fiscal 2025" of a story that merely names Australia); None when
    nothing says."""
    told = [(abs(where - at), month) for where, month in _fiscal_year_starts(text)]
    if told:
        return min(told)[1]
    indian, australian = _copy_origin(text)
    if indian:
        return 4
    if _NOT_AMERICAN.search(words) and australian:
        return 7
    return None


@lru_cache(maxsize=4)
def _fiscal_year_starts(text: str) -> tuple[tuple[int, int], ...]:
    """Where the article says when a fiscal year starts, and the month it says: "runs from
    June" (June), "ending March 2026" (April), "for the year to March" (April). Read once a
    text, not once a quarter named in it: a long text names many quarters, and each read is
    of the whole text."""
    told: list[tuple[int, int]] = []
    for m in _FISCAL_STARTS.finditer(text):
        told.append((m.start(), _MONTH_NUMBER[m.group(1)[:3].lower()]))
    for m in _FISCAL_ENDS.finditer(text):
        told.append((m.start(), _MONTH_NUMBER[m.group(1)[:3].lower()] % 12 + 1))
    for m in _RESULTS_YEAR_TO.finditer(text):
        # "its profit forecast for the year to March 2026": the company's year ends in March
        told.append((m.start(1), _MONTH_NUMBER[m.group(1)[:3].lower()] % 12 + 1))
    return tuple(told)


@lru_cache(maxsize=4)
def _copy_origin(text: str) -> tuple[bool, bool]:
    """Whether the copy reads as Indian (rupees, crore, the Sensex) and as Australian."""
    return _INDIAN_COPY.search(text) is not None, _AUSTRALIAN_COPY.search(text) is not None


#: "down from $98 million", "against £91 million": the figure a stretch is compared with
_COMPARED_FROM = re.compile(
    r"\b(?:from|against|than|with|versus)\s+[^\s,.;]*\d[^,;]{0,24}\s$", re.IGNORECASE
)


def _same_or_next_sentence(starts: Sequence[int], first: int, second: int) -> bool:
    """The sentence starting at ``second`` is the one starting at ``first`` or the next."""
    return bisect.bisect_right(starts, second) - bisect.bisect_right(starts, first) in (0, 1)


#: "the first quarter", "fourth-quarter", "its fiscal second quarter": a quarter with no year
_BARE_QUARTER = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:(?:fiscal|financial)\s+)?"
    r"(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter",
    re.IGNORECASE,
)
#: "the second half", "first-half": a half with no year
_BARE_HALF = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:(?:fiscal|financial)\s+)?(first|second|1st|2nd)[\s-]half",
    re.IGNORECASE,
)
_QUARTER_NUMBER = {"fir": 1, "1st": 1, "sec": 2, "2nd": 2, "thi": 3, "3rd": 3, "fou": 4, "4th": 4}


#: "the fourth quarter of fiscal 2026", "the second half of the fiscal year", "the first half
#: of its 2027 financial year": a quarter or a half of a fiscal year
_PART_OF_FISCAL = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter"
    r"|(?P<half>first|second|1st|2nd)[\s-]half)\s+of\s+(?:(?:the|its|this|their)\s+)?"
    r"(?:(?:fiscal|financial)(?:\s+year)?(?:\s+(?P<year>(?:19|20)\d\d))?"
    r"|(?P<year_before>(?:19|20)\d\d)\s+(?:fiscal|financial)\s+year)",
    re.IGNORECASE,
)


def _part_of_fiscal_year(text: str, timex: TimeExpression, found: DateRange) -> DateRange | None:
    """The months of a quarter or a half of a fiscal year the article says when it runs
    ("The company's fiscal year begins on April 1": "the fourth quarter of fiscal 2026" is
    January to March 2026, the year being the one the fiscal year ends in; "the second half
    of the fiscal year", with no year, the half nearest the calendar one the time expressions
    gave, October to March). None when the words name no such part or nothing says when the
    year runs."""
    named = _PART_OF_FISCAL.fullmatch(timex.text)
    if named is None or found.earliest is None:
        return None
    start_month = _fiscal_start_month(text, timex.start, timex.text)
    if start_month is None or start_month == 1:
        return None
    if named.group("quarter"):
        length, nth = 3, _QUARTER_NUMBER[named.group("quarter")[:3].lower()]
    else:
        length, nth = 6, 1 if named.group("half")[:1].lower() in ("f", "1") else 2
    offset = length * (nth - 1)
    year = named.group("year") or named.group("year_before")
    if year is not None:
        first_day = add_months(date(int(year) - 1, start_month, 1), offset)
    else:
        calendar = found.earliest
        first_day = min(
            (
                add_months(date(y, start_month, 1), offset)
                for y in (calendar.year - 1, calendar.year, calendar.year + 1)
            ),
            key=lambda first: abs((first - calendar).days),
        )
    return DateRange(
        found.value, first_day, add_months(first_day, length) - timedelta(days=1), "quarter"
    )


def _fiscal_quarter(text: str, timex: TimeExpression, found: DateRange) -> DateRange | None:
    """The months of a quarter (or half) named with no year in an article that says when its
    fiscal year runs ("The company's fiscal year runs from May through April. In the first
    quarter, sales had risen 5%": May to July, not January to March; "the second half" of a
    year to March: October to March). Of the two such quarters nearest
    the calendar quarter the time expressions gave, the nearer, so the tense's choice of the
    one gone or the one ahead stands."""
    named = _BARE_QUARTER.fullmatch(timex.text)
    half = _BARE_HALF.fullmatch(timex.text) if named is None else None
    if (named is None and half is None) or found.earliest is None or found.precision != "quarter":
        return None
    told = [(abs(where - timex.start), month) for where, month in _fiscal_year_starts(text)]
    if not told:
        return None
    start_month = min(told)[1]
    if start_month == 1:
        return None
    if named is not None:
        length, offset = 3, 3 * (_QUARTER_NUMBER[named.group(1)[:3].lower()] - 1)
    else:
        # "support margins in the second half": the company's half, as its quarters are
        assert half is not None
        length, offset = 6, 0 if half.group(1)[:1].lower() in ("f", "1") else 6
    calendar = found.earliest
    best: tuple[int, date] | None = None
    for year in (calendar.year - 1, calendar.year, calendar.year + 1):
        first = add_months(date(year, start_month, 1), offset)
        gap = abs((first - calendar).days)
        if best is None or gap < best[0]:
            best = (gap, first)
    assert best is not None
    first_day = best[1]
    return DateRange(
        found.value, first_day, add_months(first_day, length) - timedelta(days=1), "quarter"
    )


def _fiscal_year(text: str, timex: TimeExpression, found: DateRange) -> DateRange | None:
    """The months of the fiscal year ``timex`` names ("fiscal 2023" with "The company's
    fiscal year runs from June through May": June 2022 to May 2023), or None when the
    expression names none or the article does not say when its fiscal year runs.

    A year written alone is the one the fiscal year ends in, a split one ("2024-25") names
    both; ``found`` must be the calendar year the time expressions gave."""
    words = timex.text
    before = _FISCAL_BEFORE.search(text, max(0, timex.start - 24), timex.start)
    after = _FISCAL_AFTER.match(text, timex.end)
    if before is not None:
        words = before.group(0) + " " + words
    elif after is not None:
        words += after.group(0)
    if not _FISCAL_NAMED.search(words) or _FISCAL_PART.search(words):
        return None
    if found.earliest is None or found.latest is None or found.precision != "year":
        return None
    if (found.earliest.month, found.earliest.day, found.latest.month, found.latest.day) != (
        1,
        1,
        12,
        31,
    ):
        return None
    split = _SPLIT_YEAR.search(words)
    if split is not None:
        first, second = int(split.group(1)), split.group(2)
        if int(second) not in (first + 1, (first + 1) % 100):
            return None
        end_year = first + 1
    else:
        one = _ONE_YEAR.search(words)
        if one is None:
            return None
        end_year = int(one.group(1)) if one.group(1) else 2000 + int(one.group(2))
    start_month = _fiscal_start_month(text, timex.start, words)
    if start_month is None or (start_month == 1 and split is not None):
        return None
    # a year that starts in January ends in the same one, any other in the next
    first_day = date(end_year if start_month == 1 else end_year - 1, start_month, 1)
    last_day = add_months(first_day, 12) - timedelta(days=1)
    return DateRange(found.value, first_day, last_day, "year")


#: a gap that opens its sentence and reaches forward: "Two decades later,", "A year on,"
_LATER_OPENS = re.compile(r"\s+(?:later|on)\b,?", re.IGNORECASE)
#: the first finite auxiliary or copula of a clause, present or past
_FINITE = re.compile(r"\b(?:(?P<now>is|are|has|have|does|do)|was|were|had|did)\b", re.IGNORECASE)


def _back_to_the_present(text: str, sentence: tuple[int, int], timex: TimeExpression) -> bool:
    """Whether a gap counted on from a past date ("Two decades later, the building is being
    turned into flats") opens a sentence told in the present: the feature has come back to the
    day it is written, so the gap dates no event. Told in the past ("Two years later, the
    mill was sold") it is the day the gap reaches."""
    gap = _LATER_OPENS.match(text, timex.end)
    if gap is None or text[sentence[0] : timex.start].strip(" \t\n\"“'‘") != "":
        return False
    verb = _FINITE.search(text, gap.end(), sentence[1])
    return verb is not None and verb.group("now") is not None


def _opens_its_line(text: str, at: int) -> bool:
    """Whether only spaces or tabs stand between ``at`` and the start of its line (or of the
    text). Read back from ``at``, not over all the text before it."""
    i = at
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


#: the weekdays a stamp may name
_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)


def _weekday_stamps_in_order(
    text: str, timexes: Sequence[TimeExpression], facts: list[Fact]
) -> list[Fact]:
    """Weekday stamps that head the entries of a list ("Monday: Dockers walk out.",
    "Tuesday: Talks fail.") run forward through one week: one read as the publication day
    whose next stamp, a later weekday, was read days before it ("how last week unfolded",
    published on a Monday) is the same weekday of the week before."""
    stamps = [
        i
        for i, fact in enumerate(facts)
        if _WEEKDAY_NAME.fullmatch(timexes[fact.timex].text)
        and _one_day(fact.date)
        and _opens_its_line(text, timexes[fact.timex].start)
        and text.startswith(":", timexes[fact.timex].end)
    ]
    out = list(facts)
    for i, j in reversed(list(pairwise(stamps))):
        here, there = out[i].date.earliest, out[j].date.earliest
        assert here is not None and there is not None
        if there < here and (here - there).days < 7 and here.weekday() < there.weekday():
            day = here - timedelta(days=7)
            d = out[i].date
            out[i] = Fact(
                out[i].start,
                out[i].end,
                out[i].text,
                out[i].timex,
                DateRange(day.isoformat(), day, day, d.precision),
            )
    return out
