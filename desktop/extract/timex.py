"""Time expressions: discovery (our own grammar) and normalisation against a publication date.

Discovery is the token grammar in ``_timex_grammar``; resolution (tense, direction, chaining)
is ``_timex_resolve``; the days a value covers come from ``_timex_calendar.value_range``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from datetime import date, timedelta

from desktop.domain import DateRange, TimeExpression
from desktop.extract._timex_calendar import (
    UNRESOLVED,
    Granularity,
    OffCalendar,
    fmt,
    shift,
    value_range,
)
from desktop.extract._timex_grammar import _SAID_ON, Candidate, _nth_number, discover
from desktop.extract._timex_lexicon import MONTH_PATTERN, WEEKDAY_PATTERN, parse_number
from desktop.extract._timex_resolve import COURT_WORDS, Context, Resolution
from desktop.extract.sentences import ENTRY_LABEL_LINE, split_sentences

# a midnight passed: "shortly after midnight", "just after midnight", "after midnight"
_AFTER_MIDNIGHT = re.compile(
    r"(?:(?:shortly|just|soon|some\s+time|not\s+long|minutes|an\s+hour)\s+)?after\s+midnight\b",
    re.IGNORECASE,
)


def _ends_by(point: date, gran: Granularity, day: date) -> bool:
    """Whether the unit of ``gran`` holding ``point`` is over by ``day`` (the calendar's last
    one never is)."""
    try:
        return shift(point, gran, 1) <= day
    except OffCalendar:
        return False


def find_timexes(text: str, published: date | None) -> list[TimeExpression]:
    """The time expressions of ``text``, sorted by start and non-overlapping.

    Relative expressions resolve against ``published``; without it they keep an unresolved
    TIMEX3 value (``XXXX-WXX-4``), ``needs_anchor`` is True and ``date`` is None.
    """
    candidates = _outside_titles(discover(text), text)
    if not candidates:
        return _bare_stamp_lines([], published, text)
    starts = [s for s, _ in split_sentences(text)]
    ctx = Context(text, published, starts)
    ctx.local_ahead = _ahead_dateline(text)
    # the opening: the first two sentences, where news says when its story happened
    lead_end = starts[2] if len(starts) > 2 else len(text)
    out: list[TimeExpression] = []
    run_days: list[int] = []
    frames = _almanac_frames(text, published)
    entered: date | None = None
    # a diary or log told under day headings, two or more, each alone on its line
    diary = len(_DIARY_HEADING.findall(text)) >= 2
    diary_day: date | None = None
    for n, c in enumerate(candidates):
        if c.follows_day:
            run_days.append(len(out))
        frame = _frame_at(frames, c.start) if frames else None
        if frame is not None:
            # an almanac's "Ten years ago:" entry: its dates are told from that day, which is
            # the day it tells of
            if frame is not entered:
                entered = frame
                ctx.last = ctx.last_day = Resolution(
                    frame.isoformat(), "the almanac entry's day", True, frame, "day"
                )
                ctx.last_end = ctx.last_day_end = c.start
            kept, ctx.published = ctx.published, frame
            try:
                res = c.resolve(ctx.at(c.start, c.end))
            except (ValueError, OverflowError):
                continue  # a day past the calendar's ends, as below
            finally:
                ctx.published = kept
        else:
            if diary_day is not None:
                # a diary's entry under its day's heading ("Wednesday, April 8" alone on its
                # line): told on that day, so "on Monday", "overnight" and "that night" are
                # that week's and that day's, not the publication's
                kept, ctx.published = ctx.published, diary_day
            try:
                res = c.resolve(ctx.at(c.start, c.end))
            except OffCalendar as off:
                # "last month" told on 1 January of the year 1, "next year" in 9999: no value
                # rather than a wrong one, and why
                res = Resolution(
                    UNRESOLVED[off.gran], f"{text[c.start : c.end]}: {off}", anchorable=False
                )
            except (ValueError, OverflowError):
                # a day reckoned past the calendar's ends from the text's numbers ("the year
                # 9999" and a year on): the expression is dropped, the article's others kept
                continue
            finally:
                if diary_day is not None:
                    ctx.published = kept
        if (
            diary
            and res.gran == "day"
            and res.point is not None
            # a day already come: a schedule's headings ("Friday, Dec. 31" over the events set
            # for it) are told from the day of publication
            and (published is None or res.point <= published)
            and c.type == "DATE"
            and _DIARY_HEADING.fullmatch(
                text, text.rfind("\n", 0, c.start) + 1, _line_end(text, c.end)
            )
        ):
            diary_day = res.point
        if n == 0 and published is not None:
            ctx.published = _dateline_day(text, c.end, res, published)
            if ctx.published != published:
                ctx.issued = published
        kind = res.type or c.type
        date_range = None
        if res.span is not None and kind == "DATE" and not c.mod:
            date_range = DateRange(res.value, res.span[0], res.span[1], "year")
        elif kind in ("DATE", "TIME"):
            date_range = value_range(res.value, published, c.mod)
            if (
                date_range is not None
                and date_range.earliest is not None
                and res.value.endswith("T24:00")
                and _AFTER_MIDNIGHT.fullmatch(text, c.start, c.end)
                and ctx.last is not None
                and _EVENING_CLOCK.fullmatch(ctx.last.value)
                and ctx.last.value[:10] == res.value[:10]
            ):
                # "broke out at about 11.30pm on 17 June ... shortly after midnight" (TIMEX3
                # 24:00 of the day that ends): after the evening the account told, what
                # happens after midnight happens on the next day (after a day named alone,
                # "on 14 March ... shortly after midnight" is that day's first hour)
                after = date_range.earliest + timedelta(days=1)
                date_range = replace(date_range, earliest=after, latest=after)
        elif kind == "DURATION" and res.point is not None and res.gran is not None:
            # "three days later": a span whose far end the text dates
            date_range = value_range(fmt(res.point, res.gran), published, c.mod)
        if (
            res.point is not None
            and res.anchorable
            and not res.value.endswith("_REF")
            and (kind in ("DATE", "TIME") or date_range is not None)
        ):
            ctx.before_last = ctx.last
            ctx.last, ctx.last_end = res, c.end
            line_start = text.rfind("\n", 0, c.start) + 1
            if not text[line_start : c.start].strip(" \t-–—•*") and res.gran in (
                "day",
                "month",
                "year",
            ):
                ctx.last_entry, ctx.last_entry_end = res, c.end
            if res.gran == "day" and kind == "TIME":
                lead = text[line_start : c.start].strip()
                if (
                    # a timeline's entry stamp whose day its own words name ("4 p.m.
                    # Thursday:"), or one that took its day from such a stamp
                    (not lead and (not c.follows_day or "stamp above it" in res.explanation))
                    # a live page's stamp line that writes its date ("Fri 5 Jul 2024 00.55")
                    or (
                        lead
                        and _STAMP_DATE.fullmatch(lead)
                        and c.follows_day
                        and len(text[c.end : _paragraph_end(text, c.end)].split("\n")[0]) <= 3
                    )
                ):
                    ctx.last_stamp, ctx.last_stamp_end = res, c.end
            if res.gran == "day":
                before = ctx.last_day
                ctx.day_before_report = (
                    (before, ctx.last_day_end, ctx.last_day_scene, ctx.last_day_owned)
                    if before is not None
                    and _SAID_ON.search(text, max(0, c.end - 120), c.end)
                    and _sentence_start(text, c.start) <= ctx.last_day_end
                    else None
                )
                ctx.last_day_opened = (
                    before
                    if before is not None
                    and before.point is not None
                    and res.point is not None
                    and 0 < (res.point - before.point).days <= 31
                    and _SPAN_JOINT.fullmatch(text, ctx.last_day_end, c.start)
                    else None
                )
                ctx.last_day, ctx.last_day_end = res, c.end
                ctx.last_day_scene = not _SINCE_BEFORE.search(text, max(0, c.start - 40), c.start)
                ctx.last_day_owned = (
                    text.startswith(("'s", "’s"), c.end)
                    or _names_its_noun(text, c.start, c.end)
                    or _background_day(text, c.start, res, published)
                )
                if kind == "DATE" and _is_heading(text, c.start, c.end):
                    ctx.heading_day, ctx.heading_end = res, c.end
                if ctx.lead_day is None and c.start < lead_end:
                    ctx.lead_day = res
                elif (
                    c.start < lead_end
                    and ctx.lead_incident is None
                    and ctx.lead_day is not None
                    and ctx.lead_day.point is not None
                    and res.point is not None
                    and (ctx.lead_day.point - res.point).days > 7
                    and COURT_WORDS.search(text, _sentence_start(text, c.start), c.start)
                ):
                    # "A jury heard evidence on Monday from door staff who were working at the
                    # club on 14 June": the day the case is about, beside the hearing's
                    ctx.lead_incident = res
            if (
                res.gran in ("quarter", "half")
                and (
                    published is None
                    or _ends_by(res.point, res.gran, published)
                    # a company's fiscal quarter, labelled by the year it is reported in
                    or "fiscal quarter" in res.explanation
                )
                # "rose 9 percent over the fourth quarter of 1998": the period compared with
                # is not the one the report goes on about
                and not _COMPARED_BEFORE.search(text, max(0, c.start - 80), c.start)
            ):
                # only a period already over can be the one a report compares with last year's
                ctx.last_period, ctx.last_period_end = res, c.end
        explanation = res.explanation
        if ctx.published != published and n > 0:
            explanation = _from_dateline(explanation)
        if c.mod:
            explanation += {
                "START": " (its early part)",
                "MID": " (its middle)",
                "END": " (its late part)",
            }[c.mod]
        out.append(
            TimeExpression(
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                type=kind,
                value=res.value,
                explanation=explanation,
                date=date_range,
                needs_anchor=res.needs_anchor,
            )
        )
    # in text order (as found), a sentence's expressions are a run of ``out``, found by halving
    out_starts = [t.start for t in out]
    in_order = all(a <= b for a, b in itertools.pairwise(out_starts))
    for i in run_days:
        _settle_run_day(out, i, starts, published, text, out_starts if in_order else None)
    _days_told_from_an_event(out, starts, published, text)
    if published is not None:
        _weekdays_of_an_update(out, published, text)
    out = _days_named_by_an_event(out, starts, published, text)
    if published is not None:
        _stamps_of_a_stated_day(out, starts, published, text)
    _follow_clocks(out, starts, published, text)
    out = _whole_stamps(out, published, text)
    _scene_clocks(out, published, text)
    _range_start_days(out, starts, published, text)
    _standing_hours(out, starts, text)
    _weekly_hours(out, text)
    _years_closed_by_a_day(out, text)
    out = _bare_stamp_lines(out, ctx.published, text)
    if ctx.published is not None:
        _newest_first_stamps(out, ctx.published, text)
    if ctx.published is not None:
        _speech_days(out, starts, ctx.published, text)
    return out


# between the first and the last day of a span: " through ", " and runs through ", " to "
_SPAN_JOINT = re.compile(
    r",?\s+(?:(?:and\s+)?(?:runs?|lasts?|continues?|goes)\s+)?(?:through|thru|to|until|till)\s+"
    r"(?:on\s+)?|\s*[-–]\s*",
    re.IGNORECASE,
)


# the date that opens a live page's stamp line, before its clock time ("Fri 5 Jul 2024")
_STAMP_DATE = re.compile(r"(?=[^\n]*\d)[A-Za-z0-9][\w ,.]{0,28}")


# a day that bounds a span ("since Jan. 1", "since its launch on Jan. 1, 1999") is not where a
# following clock time happens
_COMPARED_BEFORE = re.compile(
    r"\b(?:over|from|versus|vs\.?|than|against)\s+(?:the\s+|its\s+)?$"
    # "compared with a loss of $4.1 million in the third quarter of 1997"
    r"|\b(?:compared\s+(?:with|to)|versus|against)\b(?:[^.;:]|\.\d){0,50}?\b(?:in|for|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:its|the|their|his|her)\s+\w+\s+(?:on|in)\s+)?$", re.I)


# a short quotation in title case: the name of a work ("Friday Night Lights", "1917"), not speech
_QUOTED = re.compile(r'["“]([^"“”\n]{1,60}?)[,.!?]?["”]')
_TITLE_MINOR = frozenset(
    ["a", "an", "the", "of", "at", "in", "on", "and", "or", "to", "for", "with", "by", "from", "as"]
)


def _outside_titles(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Leave out the time words of a film's, a book's or a show's name: a quotation of at most
    seven words, each capitalised or a small joining word, in which the time expression is not
    the whole name ("Light at Noon", "Until Sunday", "Tomorrow's Island"), or a year alone
    ("1917"). A name made only of time words ("Tomorrow Morning") cannot be told from a
    quoted date and stays."""
    if '"' not in text and "“" not in text:
        return candidates
    titles: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text):
        words = re.findall(r"[\w'’]+", m.group(1))
        if (
            words
            and len(words) <= 7
            and (words[0][0].isupper() or words[0][0].isdigit())
            and all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_MINOR for w in words)
        ):
            titles.append((m.start(1), m.end(1)))
    if not titles:
        return candidates
    kept = []
    for c in candidates:
        inside = next((t for t in titles if t[0] <= c.start and c.end <= t[1]), None)
        if inside is not None:
            name = text[inside[0] : inside[1]].strip()
            own = text[c.start : c.end].strip()
            if name != own or re.fullmatch(r"\d{4}", own):
                continue
        kept.append(c)
    return kept


# the words a speaker uses for the day he speaks on
_SPEECH_DAY = re.compile(
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+)?"
    r"(?:(?:today|tomorrow|yesterday)(?:\s+(?:morning|afternoon|evening|night))?|tonight"
    r"|this\s+(?:morning|afternoon|evening))",
    re.IGNORECASE,
)
_SAID_RIGHT_BEFORE = re.compile(
    r"\b(?:said|told\s+[\w'’]+|announced|declared|warned|insisted)\s+$", re.IGNORECASE
)
# the words that date a next-day story's events outside its quotations ("said yesterday")
_STORY_DAY_WORD = re.compile(r"(?:yesterday|last\s+night)", re.IGNORECASE)
_SAID_AFTER_QUOTE = re.compile(
    r"^[,.!?]?\s*(?:”|''|\")\s*(?:[\w.'’-]+\s+){0,5}?(?:said|told|wrote"
    r"|posted|added|declared|announced|tweeted)\b",
)


_SAID_BEFORE_QUOTE = re.compile(
    r"\b(?:said|told\s+[\w'’ ]{1,30}?|wrote|posted|added|declared|announced)\s*[:,]?\s*(?:“|``|\")$"
)


def _a_day(t: TimeExpression) -> bool:
    return _DAY_VALUE.fullmatch(t.value[:10]) is not None and not _SPEECH_DAY.fullmatch(t.text)


def _speech_days(out: list[TimeExpression], starts: list[int], pub: date, text: str) -> None:
    """'"We are all here tonight," the president said in a video address late on Saturday':
    a speaker's today, tonight and tomorrow count from the day he spoke, when the words that
    report the quotation name that day and it is before publication."""
    for i, t in enumerate(out):
        if not _SPEECH_DAY.fullmatch(t.text) or not _DAY_VALUE.match(t.value):
            continue
        sentence = bisect.bisect_right(starts, t.start)
        begin = starts[sentence - 1] if sentence > 0 else 0
        finish = starts[sentence] if sentence < len(starts) else len(text)
        tail = text[t.end : finish]
        close = re.search(r"[,.!?]?\s*(?:”|''|\")", tail)
        opened = max(text.rfind(q, begin, t.start) for q in ("“", "``", '"'))
        spoken: TimeExpression | None = None
        if close is not None and _SAID_AFTER_QUOTE.match(tail[close.start() :]):
            # the report follows the quotation
            said_at = t.end + close.end()
            spoken = next(
                (u for u in out[i + 1 :] if said_at <= u.start < finish and _a_day(u)), None
            )
        elif opened > begin and _SAID_BEFORE_QUOTE.search(text, begin, opened + 1):
            # the report opens the sentence: 'In an address late on Saturday, he told them: "'
            spoken = next(
                (
                    u
                    for u in reversed(out[:i])
                    if begin <= u.start and u.end <= opened and _a_day(u)
                ),
                None,
            )
        if (
            spoken is None
            and (close is not None or opened > begin)
            and (t.value[:10] == str(pub) or _inside_quotes(text, begin, t.start))
            and "the publication date" in t.explanation
        ):
            # no day by the quotation: in a story told of the day before publication, and never
            # of "today" outside its quotations, the speaker spoke on the story's day
            spoken = _story_day(out, starts, pub, text)
        if spoken is None:
            continue
        day = date.fromisoformat(spoken.value[:10])
        shift_days = (day - pub).days
        if not -7 <= shift_days < 0:
            continue
        own = date.fromisoformat(t.value[:10]) + timedelta(days=shift_days)
        value = own.isoformat() + t.value[10:]
        out[i] = replace(
            t,
            value=value,
            explanation=f"{t.text}: {own.isoformat()}, counted from {day.isoformat()}, the day "
            f"the speaker said it ({spoken.text})",
            date=value_range(value, pub, ""),
        )


def _story_day(
    out: list[TimeExpression], starts: list[int], pub: date, text: str
) -> TimeExpression | None:
    """The day a next-day story tells of: the first day its opening two sentences name, one to
    three days before publication, when the story never says "today" or "tonight" outside a
    quotation (a story that does is told from the day it was published)."""
    lead_end = starts[2] if len(starts) > 2 else len(text)
    story: TimeExpression | None = None
    first = True
    for u in out:
        if (
            u.start < lead_end
            and first
            and (
                _a_day(u)
                or (_STORY_DAY_WORD.fullmatch(u.text) and not _quoted(text, starts, u.start))
            )
        ):
            first = False
            gap = (pub - date.fromisoformat(u.value[:10])).days
            if 1 <= gap <= 3:
                story = u
                if _STORY_DAY_WORD.fullmatch(u.text) and _SAID_RIGHT_BEFORE.search(
                    text, max(0, u.start - 30), u.start
                ):
                    # "Albright said yesterday that ...": the speaker's quotations that follow
                    # are of that day, whatever else the story tells of today
                    return story
        if _SPEECH_DAY.fullmatch(u.text) and not _quoted(text, starts, u.start):
            return None
    return story


def _inside_quotes(text: str, begin: int, at: int) -> bool:
    """Whether a quotation opened between ``begin`` and ``at`` is still open there."""
    before = text[begin:at]
    opened = before.count("“") + before.count("``")
    closed = before.count("”") + before.count("''")
    return opened > closed or before.count('"') % 2 == 1


def _quoted(text: str, starts: list[int], at: int) -> bool:
    sentence = bisect.bisect_right(starts, at)
    begin = starts[sentence - 1] if sentence > 0 else 0
    before = text[begin:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# "BEIJING, December 20 (Xinhua) --": the date in a dateline is the story's own day
_DATELINE_TAIL = re.compile(r"\s*(?:\([A-Za-z][\w .-]{0,30}\)\s*)?(?:--|—|–|_|-\s)")


def _dateline_day(text: str, end: int, res: Resolution, published: date) -> date:
    """The day relative words count from: a dateline's date when it names one within three
    days of the publication date (wires file late at night, across time zones), else the
    publication date."""
    head, gap, line = text[:end].rpartition("\n\n")
    if not gap or "\n" in head.strip() or len(head.strip()) > 160:
        # a dateline opens the text, or the paragraph under a headline of one line ("Nanhe
        # auto output up 9 percent\n\nBEIJING, August 19 (Xinhua) -- ...")
        line = text[:end]
    if (
        res.point is None
        or res.gran != "day"
        or len(line) > 80
        or "\n" in line.strip()
        or not _DATELINE_TAIL.match(text, end)
        or abs((res.point - published).days) > 3
    ):
        return published
    return res.point


# cities from South Asia to the Pacific, where a story filed on an American evening is
# already told on the next day's date
_AHEAD_CITY = (
    r"TOKYO|OSAKA|SEOUL|PYONGYANG|BEIJING|SHANGHAI|HONG\s+KONG|MACAU|TAIPEI|MANILA|JAKARTA|DILI"
    r"|SINGAPORE|KUALA\s+LUMPUR|BANGKOK|HANOI|HO\s+CHI\s+MINH\s+CITY|PHNOM\s+PENH|VIENTIANE"
    r"|YANGON|RANGOON|DHAKA|KATHMANDU|NEW\s+DELHI|MUMBAI|BOMBAY|CALCUTTA|KOLKATA|CHENNAI|MADRAS"
    r"|COLOMBO|ISLAMABAD|KARACHI|LAHORE|KABUL|SYDNEY|MELBOURNE|CANBERRA|BRISBANE|PERTH"
    r"|WELLINGTON|AUCKLAND|SUVA|ULAN\s+BATOR|ULAANBAATAR|VLADIVOSTOK|TASHKENT|ALMATY"
)
# the city, perhaps its country, perhaps the agency, and the dash: a dateline with no date
_AHEAD_DATELINE = re.compile(
    rf"\s*(?:{_AHEAD_CITY})(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*"
    r"(?:\((?:AP|AFP|Reuters|UPI|Bloomberg)\)\s*)?(?:—|–|--|_|-\s)"
)


def _ahead_dateline(text: str) -> bool:
    """Whether the story opens with an undated dateline in Asia or the Pacific, whose local
    day may already be the one after the (American) publication date."""
    return _AHEAD_DATELINE.match(text) is not None


def _from_dateline(explanation: str) -> str:
    """Reasons counted from a dateline's date say so rather than naming the publication."""
    return (
        explanation.replace("the publication date", "the dateline's date")
        .replace("the publication day", "the dateline's day")
        .replace("published ", "dateline ")
    )


_JOINED_DAY = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:[A-Z]{2,4}|local\s+time))?,?\s+on\s+(?:the\s+)?",
    re.IGNORECASE,
)


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK_VALUE = re.compile(r"T\d")


_DAY_WORDS = re.compile(
    r"\d{4}|(?i:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|today|tomorrow|yesterday|tonight)"
)
_CLOCK_ON_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$")
_MORNING_ON_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})TMO$")
_EVENING_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T(?:1[89]|2[0-3]):\d{2}|\d{4}-\d{2}-\d{2}T(?:EV|NI)")
# a clock time that only converts the one before it: "at 3pm local time (1200 GMT)"
_CONVERSION_GAP = re.compile(r"\s*(?:local\s+time\s*)?[(,]\s*$|\s*\(\s*$", re.IGNORECASE)
# the clock running on past midnight: "began at 8 p.m. Thursday and ran until 3:40 a.m."
_RUN_ON_GAP = re.compile(
    r"\b(?:until|till|to|through|after|into|and|before)\b(?:\s+\w+){0,4}\s*$", re.IGNORECASE
)


# the word before a day that makes it the bound of a run of days, not the day of an hour
_RANGE_BOUND_BEFORE = re.compile(r"\b(?:through|thru|until|till|to|from|between)\s+$", re.I)
_OWN_DAY_REACH = 25


def _standing_hours(out: list[TimeExpression], starts: list[int], text: str) -> None:
    """'The line is staffed from 10 a.m. to 6 p.m., seven days a week': a clock time in a
    sentence that says how often is an hour of every such day, not of one day."""
    sets = {bisect.bisect_right(starts, t.start) for t in out if t.type == "SET"}
    if not sets:
        return
    days = [
        t
        for t in out
        if (
            (t.type == "DATE" and _DAY_VALUE.fullmatch(t.value))
            or (t.type == "TIME" and _DAY_VALUE.match(t.value) and _DAY_WORDS.search(t.text))
        )
        and not _RANGE_BOUND_BEFORE.search(text, max(0, t.start - 12), t.start)
    ]
    for i, t in enumerate(out):
        here = _CLOCK_ON_DAY.match(t.value)
        if here is None or t.type != "TIME" or _DAY_WORDS.search(t.text):
            continue
        sentence = bisect.bisect_right(starts, t.start)
        if sentence not in sets:
            continue
        if any(
            bisect.bisect_right(starts, d.start) == sentence
            and (t.start - d.end if d.end <= t.start else d.start - t.end) <= _OWN_DAY_REACH
            for d in days
        ):
            # a day named right by the clock ("at midnight on Sunday", "on Monday, starting at
            # 8 p.m.") keeps its hours; the bounds of the run ("every Saturday from June 9 to
            # Sept. 29, 5 p.m. to 11 p.m.") and days told apart from it do not
            continue
        value = f"XXXX-XX-XXT{t.value[11:]}"
        out[i] = replace(
            t,
            value=value,
            explanation=f"{t.text}: an hour of every day the sentence says it repeats on",
            date=None,
            needs_anchor=False,
        )


_HOURS_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?)|noon|midday|midnight)"
_HOURS_WEEKDAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
)
_HOURS_JOINT = r"\s*(?:[-–]|to|until|till|through|thru)\s*"
_HOURS_SPAN = rf"(?:from\s+)?{_HOURS_CLOCK}{_HOURS_JOINT}{_HOURS_CLOCK}"
_DAYS_SPAN = rf"(?:(?:on|from)\s+)?{_HOURS_WEEKDAY}{_HOURS_JOINT}{_HOURS_WEEKDAY}"
# "The museum opens from 10am to 5pm Tuesday to Sunday", "the helpline is staffed Monday to
# Friday, 9am-5pm": a run of hours over a run of weekdays, after a word of opening, is a
# timetable that every week repeats
_WEEKLY_HOURS = re.compile(
    r"\b(?:open|opens|opened|opening|reopens|staffed|manned|available|serves|served|operates"
    r"|operated|hours|timetable|closes|closed)\b[^.;!?\n]{0,50}?"
    rf"(?P<run>{_HOURS_SPAN},?\s+{_DAYS_SPAN}|{_DAYS_SPAN},?\s+{_HOURS_SPAN})",
    re.IGNORECASE,
)
_WEEKDAY_NUMBER = {w: n for n, w in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"), 1)}


def _weekly_hours(out: list[TimeExpression], text: str) -> None:
    """The clock times and weekdays of an opening timetable ("opens from 10am to 5pm Tuesday
    to Sunday") are the hours and days of every week, not the hours of one coming day."""
    for m in _WEEKLY_HOURS.finditer(text):
        lo, hi = m.span("run")
        for i, t in enumerate(out):
            if not (lo <= t.start and t.end <= hi):
                continue
            clock = _CLOCK_ON_DAY.match(t.value)
            if t.type == "TIME" and clock is not None:
                out[i] = replace(
                    t,
                    value=f"XXXX-XX-XXT{t.value[11:]}",
                    explanation=f"{t.text}: an hour of every day of the timetable it opens",
                    date=None,
                    needs_anchor=False,
                )
            elif t.type == "DATE" and _DAY_VALUE.fullmatch(t.value):
                number = _WEEKDAY_NUMBER.get(t.text.strip().lower()[:3])
                if number is None:
                    continue
                out[i] = replace(
                    t,
                    type="SET",
                    value=f"XXXX-WXX-{number}",
                    explanation=f"{t.text}: every such day, a day of a weekly timetable",
                    date=None,
                    needs_anchor=False,
                )


_US_ZONE = re.compile(r"\b(?:[ECMP][SD]T|Eastern|Central|Mountain|Pacific)\b")


def _follow_clocks(
    out: list[TimeExpression], starts: list[int], published: date | None, text: str
) -> None:
    """A clock time with no day in its own words that comes right after another clock time
    in the sentence follows that one's day: a conversion in brackets ("3pm local time (1200
    GMT)") falls on the day that puts the two closest together, and the small hours after an
    evening ("from 8 p.m. Wednesday until 3:40 a.m.") fall on the next day."""
    for i in range(1, len(out)):
        this, before = out[i], out[i - 1]
        here = _CLOCK_ON_DAY.match(this.value)
        there = _CLOCK_ON_DAY.match(before.value)
        if here is None or there is None or this.type != "TIME" or before.type != "TIME":
            continue
        if re.search(
            r"[A-Za-z]{3,}",
            re.sub(
                r"(?i)\b(?:GMT|UTC|[A-Z]{2,4}T|local|time|noon|"
                r"midnight|around|about|shortly|just|before|after"
                r"|approximately|roughly|hours|hrs)\b",
                "",
                this.text,
            ),
        ):
            continue  # "3 a.m. Friday": the day is in its own words
        if bisect.bisect_right(starts, this.start) != bisect.bisect_right(starts, before.start):
            continue
        gap = text[before.end : this.start]
        anchor = date.fromisoformat(there.group(1))
        minutes_there = int(there.group(2)) * 60 + int(there.group(3))
        minutes_here = int(here.group(2)) * 60 + int(here.group(3))
        if _CONVERSION_GAP.fullmatch(gap) and len(gap) <= 16:
            # the zones are at most 14 hours apart: the day that keeps the two within that
            step = min((-1, 0, 1), key=lambda d: abs(d * 1440 + minutes_here - minutes_there))
            if _US_ZONE.search(this.text) and not _US_ZONE.search(before.text):
                # a foreign local time put into American time ("7 p.m. local time (5 a.m.
                # EDT)"): abroad lies from three hours behind to fifteen ahead of it
                fits = [
                    d
                    for d in (-1, 0, 1)
                    if -180 <= minutes_there - (minutes_here + d * 1440) <= 900
                ]
                if len(fits) == 1:
                    step = fits[0]
            why = "the time it converts"
        elif (
            len(gap) <= 40
            and (_RUN_ON_GAP.search(gap) or re.match(r"(?:\w+\s+)?after\b", this.text, re.I))
            and minutes_there >= 18 * 60
            # (a range straight from an evening to a morning, "a curfew from 7 p.m. to 7:30
            # a.m.", ends on the next morning however late in it)
            and minutes_here < (12 * 60 if _RANGE_GAP.fullmatch(gap) else 7 * 60)
            and here.group(1) == there.group(1)
        ):
            step = 1
            why = "the small hours after"
        else:
            continue
        day = (anchor + timedelta(days=step)).isoformat()
        if day == here.group(1):
            continue
        value = f"{day}{this.value[10:]}"
        out[i] = replace(
            this,
            value=value,
            explanation=f"{this.text}: {day}, by {why} {before.text} ({before.value})",
            date=value_range(value, published, ""),
            needs_anchor=before.needs_anchor,
        )


# a stamp line's opening weekday, written short ("Fri 5 Jul 2024 00.55 BST")
_STAMP_WEEKDAY = re.compile(
    r"(?:(?:First\s+published|Last\s+(?:updated|modified)|Updated|Published|Posted)"
    r"(?:\s+(?:on|at))?:?\s+)?(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?$"
)


_STAMP_DAY_NAME = re.compile(r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+$")


def _whole_stamps(
    out: list[TimeExpression], published: date | None, text: str
) -> list[TimeExpression]:
    """A live page's stamp line, "Fri 5 Jul 2024 00.55 BST", is one time: the date that
    opens the line and the clock time right after it."""
    merged: list[TimeExpression] = []
    for this in out:
        before = merged[-1] if merged else None
        if (
            before is not None
            and before.type == "DATE"
            and this.type == "TIME"
            and _DAY_VALUE.fullmatch(before.value)
            and this.value.startswith(before.value + "T")
            and not text[before.end : this.start].strip()
            and "\n" not in text[before.end : this.start]
        ):
            line_start = text.rfind("\n", 0, before.start) + 1
            lead = text[line_start : before.start]
            line_end = text.find("\n", this.end)
            tail = text[this.end : line_end if line_end >= 0 else len(text)]
            if _STAMP_WEEKDAY.fullmatch(lead.lstrip()) and not tail.strip():
                weekday = _STAMP_DAY_NAME.search(lead)
                start = line_start + weekday.start() if weekday else before.start
                merged[-1] = replace(
                    this,
                    start=start,
                    text=text[start : this.end],
                    explanation=f"{this.value[11:]} on {before.value}, the stamp's own date",
                )
                continue
        merged.append(this)
    return merged


# a clock time written without its half of the day: "By 9:24", "at about 5:30"
_BARE_CLOCK = re.compile(
    r"(?:(?:about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    r"(?P<h>[1-9]|1[0-2])[:.](?P<mi>[0-5]\d)",
    re.IGNORECASE,
)
# how a clock time's day was found when its own words name none: from the story around it
_BORROWED_DAY = (
    "the day named just before",
    "the day the story opens on",
    "on the publication day",
    "the day the account last dated",
    "the day mentioned just before (that",
)
# an account told hour by hour keeps its clock within this reach of the last time it gave
_SCENE_REACH = 1200
_ZONE_WORD = re.compile(
    r"\b(?:GMT|UTC|[A-Z][SD]T|Eastern|Central|Mountain|Pacific|local|[A-Z][a-z]+\s+time)\b"
)


# a time told ahead ("Service will resume at 3 p.m.") is no step of an account of the past
_AHEAD_WORDS = re.compile(
    r"\b(?:will|would|shall|'ll|is\s+to|are\s+to|scheduled|expected|due|plans?|planned|set\s+to)\b",
    re.IGNORECASE,
)


def _sentence_start(text: str, at: int) -> int:
    """Roughly where the sentence holding ``at`` begins: after the last full stop or break."""
    found = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    return found + 1 if found >= 0 else 0


def _zone(words: str) -> str:
    """The zone a clock time names, if any ("EDT", "local", "Beijing time")."""
    found = _ZONE_WORD.search(words)
    return found.group(0) if found else ""


def _scene_clocks(out: list[TimeExpression], published: date | None, text: str) -> None:
    """An account told hour by hour ("at 9:18 p.m. on Wednesday ... By 9:24 ... At 3:10
    a.m. ...") keeps a running clock: a time with no day in its own words, shortly after
    another time of the account, falls on that time's day, or on the next when the account
    has gone from the evening into the small hours; and a time written without its half of the
    day ("By 9:24", "at 5:30") is the first reading at or after the last time told. A time
    stamp opening its line (a live blog's, often newest first) neither follows nor sets it."""
    scene_day: date | None = None
    scene_minutes: int | None = None
    scene_end = -1
    scene_zone = ""
    for i, this in enumerate(out):
        if this.type == "DATE" and _DAY_VALUE.fullmatch(this.value):
            scene_day, scene_minutes, scene_end = date.fromisoformat(this.value), None, this.end
            continue
        if this.type != "TIME":
            continue
        here = _CLOCK_ON_DAY.match(this.value)
        if here is None:
            morning = _MORNING_ON_DAY.match(this.value)
            if (
                morning is not None
                and scene_day is not None
                and scene_minutes is not None
                and scene_minutes < 6 * 60
                and 0 <= this.start - scene_end <= _SCENE_REACH
                and date.fromisoformat(morning.group(1)) == scene_day - timedelta(days=1)
                and "the day mentioned just before" in this.explanation
            ):
                # "shortly after midnight ... at about 2am, and the last were taken off at
                # dawn": the morning after the small hours the account reached is theirs
                value = f"{scene_day.isoformat()}TMO"
                out[i] = replace(
                    this,
                    value=value,
                    explanation=f"{this.text}: of {scene_day.isoformat()}, the morning after "
                    f"{scene_minutes // 60:02d}:{scene_minutes % 60:02d}, the last time the "
                    "account told",
                    date=value_range(value, published, ""),
                )
            continue
        line_start = text.rfind("\n", 0, this.start) + 1
        if not text[line_start : this.start].strip():
            continue  # a time stamp
        minutes = int(here.group(2)) * 60 + int(here.group(3))
        day = date.fromisoformat(here.group(1))
        bare = _BARE_CLOCK.fullmatch(this.text)
        borrowed = any(how in this.explanation for how in _BORROWED_DAY) and not (
            _AHEAD_WORDS.search(
                text, max(_sentence_start(text, this.start), this.start - 120), this.start
            )
        )
        if (
            scene_day is not None
            and scene_minutes is not None
            and 0 <= this.start - scene_end <= _SCENE_REACH
            and text.count("\n\n", scene_end, this.start) <= 1
            # a time in another zone ("midnight in Auckland ... 11 a.m. GMT") is the same
            # moment told twice, not the account moving on
            and _zone(this.text) == scene_zone
            # what is planned ahead is told by its own day, not as a sequence
            and (bare or (borrowed and published is not None and scene_day < published))
        ):
            now = scene_minutes
            if bare:
                hour = int(bare["h"]) % 12
                readings = [
                    (step, hour * 60 + half + int(bare["mi"]))
                    for step in (0, 1)
                    for half in (0, 720)
                ]
                # the reading nearest the last time told, a step back counting double (an
                # account mostly moves on)
                step, minutes = min(
                    readings,
                    key=lambda r: (
                        (r[0] * 1440 + r[1] - now) * (1 if r[0] * 1440 + r[1] >= now else -2)
                    ),
                )
            else:
                # the same day, unless the account has run on from the evening into the
                # small hours; an earlier hour of the day may be a look back
                step = 1 if now >= 18 * 60 and minutes < now and minutes < 12 * 60 else 0
            new_day = scene_day + timedelta(days=step)
            if (new_day, minutes) != (day, int(here.group(2)) * 60 + int(here.group(3))):
                value = f"{new_day.isoformat()}T{minutes // 60:02d}:{minutes % 60:02d}"
                out[i] = this = replace(
                    this,
                    value=value,
                    explanation=(
                        f"{this.text}: {value[11:]} on {new_day.isoformat()}, the reading nearest "
                        f"{now // 60:02d}:{now % 60:02d}, the last time the account told"
                    ),
                    date=value_range(value, published, ""),
                )
                day = new_day
        scene_day, scene_minutes, scene_end, scene_zone = day, minutes, this.end, _zone(this.text)


#: a day that names the noun after it, as "Monday's ballot" does: "the Oct. 7, 2023, attack",
#: "the March 4 election"; a determiner before the date, a plain noun after it
_NAMING_DAY = re.compile(r"\b(?:the|an?|its|their|his|her|this|that)\s+$", re.IGNORECASE)
_NAMED_NOUN = re.compile(
    r",?\s+(?!(?:and|or|to|through|until|till|at|in|on|of|for|from|by|was|is|were|are|when"
    r"|which|that|as|after|before|with|will|would|had|has|have)\b)[a-z][a-z-]+\b"
)


def _names_its_noun(text: str, start: int, end: int) -> bool:
    """Whether the day at ``start:end`` names the noun after it ("the Oct. 7, 2023, attack")."""
    return (
        _NAMING_DAY.search(text, max(0, start - 8), start) is not None
        and _NAMED_NOUN.match(text, end) is not None
    )


#: a subordinate clause or a parenthesis the day sits in: "after the assembly adopted it on",
#: "Putin, who took over when Yeltsin resigned on", "(October 10, 1954"
_SUBORDINATE_BEFORE = re.compile(
    r"(?:\b(?:after|when|since|which|who|whom|whose)\b|\()(?:[^.;:,()!?\n]|,\s*\d)*$",
    re.IGNORECASE,
)


def _background_day(text: str, start: int, res: Resolution, published: date | None) -> bool:
    """Whether the day at ``start`` is a background date more than a month before publication
    told in a subordinate clause or a parenthesis ("The constitution came into force on
    January 26, 1950, two months after the assembly adopted it on November 26, 1949"): the
    clock times of the sentences after it are of the story's own day, not of that one. Not a
    clock time told again in another zone: "at 04:51 UTC on 11 February 2014 (05:51 local
    time)" is the scene itself."""
    return (
        res.point is not None
        and published is not None
        and (published - res.point).days > 30
        and not _CLOCK_VALUE.search(res.value)
        and _SUBORDINATE_BEFORE.search(text, max(0, start - 100), start) is not None
    )


_RANGE_GAP = re.compile(r"\s*(?:to|and|until|till|through|-|–)\s*", re.IGNORECASE)


def _range_start_days(
    out: list[TimeExpression], starts: list[int], published: date | None, text: str
) -> None:
    """The first hour of a range whose second names the day ("between 10 p.m. and midnight
    Saturday", "from 9 a.m. to 4 p.m. Saturday") is of that day, or of the day before when it
    is the later hour ("from 10 p.m. to 2 a.m. Sunday")."""
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        here = _CLOCK_ON_DAY.match(first.value)
        there = _CLOCK_ON_DAY.match(second.value)
        if here is None or there is None or first.type != "TIME" or second.type != "TIME":
            continue
        if _DAY_WORDS.search(first.text) or not _DAY_WORDS.search(second.text):
            continue
        if not _RANGE_GAP.fullmatch(text, first.end, second.start):
            continue
        if bisect.bisect_right(starts, first.start) != bisect.bisect_right(starts, second.start):
            continue
        day = date.fromisoformat(there.group(1))
        later = (here.group(2), here.group(3)) > (there.group(2), there.group(3))
        if later and there.group(2) != "24":
            day -= timedelta(days=1)
        value = f"{day.isoformat()}{first.value[10:]}"
        if value == first.value:
            continue
        out[i] = replace(
            first,
            value=value,
            explanation=f"{first.text}: {day.isoformat()}, the day the range's end names",
            date=value_range(value, published, ""),
            needs_anchor=second.needs_anchor,
        )


_OWN_CLAUSE_BETWEEN = re.compile(
    r"\b(?:that|which|who|whom|whose)\b|\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|t|wn|ung|ought)\b",
    re.IGNORECASE,
)


def _settle_run_day(
    out: list[TimeExpression],
    i: int,
    starts: list[int],
    published: date | None,
    text: str,
    out_starts: list[int] | None = None,
) -> None:
    """ "for the third day on Tuesday": a counted day is the day its sentence names; one named
    before it was already taken when it was resolved, so only a later one is looked for here.
    ``out_starts``, when ``out`` is in text order, are its starts: only the sentence's own
    expressions are then looked at, not all of a long text's for each counted day."""
    run = out[i]
    sentence = bisect.bisect_right(starts, run.start)
    first, last = 0, len(out)
    if out_starts is not None:
        if sentence > 0:
            first = bisect.bisect_left(out_starts, starts[sentence - 1])
        if sentence < len(starts):
            last = bisect.bisect_left(out_starts, starts[sentence])

    def same_sentence(t: TimeExpression) -> bool:
        return bisect.bisect_right(starts, t.start) == sentence

    def a_day(t: TimeExpression) -> bool:
        # a clock time names an hour, not the day the sentence is about
        return (
            t.type in ("DATE", "TIME")
            and _DAY_VALUE.match(t.value) is not None
            and not _CLOCK_VALUE.search(t.value)
            # "by dawn", "that night": a part of a day the context gave, naming none itself
            and not (re.search(r"T[A-Z]{2}$", t.value) and not _DAY_WORDS.search(t.text))
        )

    later = next((t for t in out[i + 1 : last] if same_sentence(t) and a_day(t)), None)
    if later is None:
        return
    # "at 4pm on Sunday": a day joined to the time by "on" is its day, whatever came before
    joined = _JOINED_DAY.fullmatch(text[run.end : later.start]) is not None or (
        # "at 16:30 the following day", "at 2:54 a.m. that day"
        re.fullmatch(r",?\s+", text[run.end : later.start]) is not None
        and re.match(r"(?:the\s+(?:following|next|same|previous)|that)\s+day", later.text, re.I)
        is not None
    )
    if not joined and any(a_day(t) and same_sentence(t) for t in out[first:i]):
        return
    if not joined and re.search(
        r"\b(?:until|till|through)\s+(?:\S+\s+){0,2}$", text[run.end : later.start], re.I
    ):
        return  # "restored by midday, but some will wait until Monday": a limit, not its day
    if _CLOCK_VALUE.search(run.value) and later.start - run.end > 30:
        return  # "began at 10:30 a.m., while police held back protesters who clashed Thursday"
    if (
        not joined
        and _CLOCK_VALUE.search(run.value)
        and re.search(r"(?:^|\n)[ \t]*$", text[max(0, run.start - 4) : run.start])
        and re.match(r"[ \t]*[:—–-]", text[run.end : run.end + 3])
    ):
        return  # "16:10 BST: The storm made landfall on Sunday": a live post's stamp is its own
    if not joined and _OWN_CLAUSE_BETWEEN.search(text, run.end, later.start):
        # "At 4pm a patient I had nursed on Monday went home", "At 9 a.m. we reached the boat
        # that had lost its engine on Monday": the later day is a clause's of its own, in the
        # pluperfect or a relative, and no day of the clock time's
        return
    if _EVENT_BEGAN.search(text, max(run.end, later.start - 40), later.start):
        return  # "On day 100 of the war, ... before the invasion began on Feb. 24": its first
    day = later.value[:10]
    suffix = run.value[10:] if _DAY_VALUE.match(run.value) else ""
    value = day + suffix
    out[i] = replace(
        run,
        value=value,
        explanation=f"{run.text}: {day}, the day its sentence names ({later.text})",
        date=value_range(value, published, ""),
        needs_anchor=later.needs_anchor,
    )


# a verb that tells an event's first day: "The siege began on Jan. 4", "walked out on 9 March",
# "the trial, which opened ... on Monday"
_EVENT_BEGAN = re.compile(
    r"\b(?:began|begun|begins?|started|starts?|opened|opens|launched|broke\s+out|erupted"
    r"|walked\s+out|went\s+on\s+strike|laid\s+siege)\b",
    re.IGNORECASE,
)
_COUNTED_DAY = re.compile(
    r"(?:(?:the|a)\s+)?(?P<ord>[a-z]+|\d{1,3}(?:st|nd|rd|th))\s+"
    r"(?:(?:straight|consecutive|successive|running)\s+)?(?P<unit>day|night)"
    r"|[Dd]ay\s+(?P<num>\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)",
    re.IGNORECASE,
)
_DAY_K_STAMP = re.compile(
    r"(?:^|\n)[ \t]*Day\s+(?P<k>\d{1,3}|[a-z]+(?:-[a-z]+)?),?[ \t]*$", re.IGNORECASE
)
_TO_THE_DAY = re.compile(
    r"(?P<n>\w+)\s+(?P<unit>day|week|month|year)s?\s+to\s+the\s+day\s+(?P<dir>after|since|before)",
    re.IGNORECASE,
)
_EVENT_AFTER = re.compile(r"[^.,;:!?\n]*")
_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


def _one_dated_day(t: TimeExpression) -> date | None:
    if (
        t.type in ("DATE", "TIME")
        and t.date is not None
        and t.date.earliest is not None
        and t.date.earliest == t.date.latest
        and _DAY_VALUE.match(t.value)
    ):
        return t.date.earliest
    return None


def _first_day_told(
    out: list[TimeExpression], i: int, starts: list[int], text: str, counted: set[int]
) -> tuple[date, int] | None:
    """The day the text says the event a day count counts began ("It began on Friday
    morning", "The siege began on Jan. 4", "Day 1, Tuesday 24 March:"), and how many days
    that day is past the first: the latest such day before the count, else (for a headline or
    an opening that counts before the story tells the start) the first after it."""

    def began(j: int) -> tuple[date, int] | None:
        t = out[j]
        day = _one_dated_day(t)
        if day is None or j in counted:
            return None
        line_start = text.rfind("\n", 0, t.start) + 1
        stamp = _DAY_K_STAMP.search(text, max(0, line_start - 1), t.start)
        if stamp is not None and stamp.end() == t.start:
            k = stamp["k"]
            first = k if k.isdigit() else parse_number(k.replace("-", " "))
            if first:
                return day, int(first) - 1
        sentence = bisect.bisect_right(starts, t.start) - 1
        s_start = starts[sentence] if sentence >= 0 else 0
        s_end = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
        if _EVENT_BEGAN.search(text, s_start, s_end) is not None:
            return day, 0
        return None

    run = out[i]
    for j in range(i - 1, -1, -1):
        if run.start - out[j].end > 3000:
            break
        found = began(j)
        if found is not None:
            return found
    opening = starts[2] if len(starts) > 2 else len(text)
    if run.start < opening:
        for j in range(i + 1, len(out)):
            if out[j].start - run.end > 1500:
                break
            found = began(j)
            if found is not None:
                return found
    return None


def _day_before_sentence(
    out: list[TimeExpression], i: int, starts: list[int], counted: set[int]
) -> date | None:
    """The last day told before the sentence of ``out[i]``, not long before it."""
    sentence = bisect.bisect_right(starts, out[i].start) - 1
    s_start = starts[sentence] if sentence >= 0 else 0
    for j in range(i - 1, -1, -1):
        t = out[j]
        if s_start - t.end > 600:
            break
        if t.end <= s_start and j not in counted:
            day = _one_dated_day(t)
            if day is not None:
                return day
    return None


def _days_told_from_an_event(
    out: list[TimeExpression], starts: list[int], published: date | None, text: str
) -> None:
    """Days the text places by an event it dated elsewhere: a day counted from the event's
    first ("On the third day of the siege", "Day 12 of the strike", "On its second day" after
    "The trial began Monday"), the eve of an event ("Ostrander resigned on the eve of the vote"
    after "due to vote ... on Thursday") and a day "a week to the day after" one."""
    counted: set[int] = set()
    unplaced: list[int] = []
    for i, t in enumerate(out):
        counted_day = _COUNTED_DAY.fullmatch(t.text)
        if counted_day is not None:
            if counted_day["num"]:
                num = counted_day["num"]
                counted_number = num if num.isdigit() else parse_number(num.replace("-", " "))
                n: int | None = int(counted_number) if counted_number else None
            else:
                n = _nth_number(counted_day["ord"].lower())
            if n is None or n < 1 or "the day its sentence names" in t.explanation:
                continue
            counted.add(i)
            sentence = bisect.bisect_right(starts, t.start)
            start = _first_day_told(out, i, starts, text, counted)
            if start is None:
                continue
            first, past_first = start
            named = [
                j
                for j, other in enumerate(out)
                if j < i
                and j not in counted
                and bisect.bisect_right(starts, other.start) == sentence
                and _one_dated_day(other) is not None
                and _one_dated_day(other) != first
            ]
            if named:
                # "on Thursday, the 40th day of the siege": the day its sentence names (one named
                # after it was taken by _settle_run_day)
                continue
            day = first + timedelta(days=n - 1 - past_first)
            if day < first - timedelta(days=past_first) or (
                published is not None and day > published
            ):
                continue
            suffix = "TNI" if (counted_day["unit"] or "").lower() == "night" else ""
            how = f"{t.text}: day {n} of what began on {first - timedelta(days=past_first)}"
        elif t.explanation.endswith(": the day before an event"):
            counted.add(i)
            if i > 0 and re.fullmatch(r",\s*(?:on\s+)?", text[out[i - 1].end : t.start]):
                unplaced.append(i)  # "on Friday, the eve of the vote": the day just named
                continue
            after = out[i + 1] if i + 1 < len(out) else None
            if after is not None and re.fullmatch(r"\s+(?:on|of)\s+", text[t.end : after.start]):
                event = _one_dated_day(after)  # "on the eve of the election on 5 May"
            else:
                # "due to vote on his expenses on Thursday. Ostrander resigned on the eve of
                # the vote": the day told before, in a sentence that names the event
                event = _event_day(out[:i], t.start, starts, text, t.text.split()[-1])
            if event is None:
                unplaced.append(i)  # "on the eve of a primary": an event the text never dates
                continue
            day, suffix = event - timedelta(days=1), ""
            how = f"{t.text}: the day before {event.isoformat()}"
        else:
            gap = _TO_THE_DAY.fullmatch(t.text)
            if gap is None:
                continue
            amount = int(gap["n"]) if gap["n"].isdigit() else _COUNT_WORDS.get(gap["n"].lower())
            if amount is None:
                continue
            counted.add(i)
            words = _EVENT_AFTER.match(text, t.end)
            event = None
            if words is not None and _EVENT_BEGAN.search(words.group(0)):
                start = _first_day_told(out, i, starts, text, counted)
                event = start[0] - timedelta(days=start[1]) if start is not None else None
            if event is None:
                event = _day_before_sentence(out, i, starts, counted)
            if event is None:
                continue
            sign = -1 if gap["dir"].lower() == "before" else 1
            unit: Granularity = gap["unit"].lower()  # type: ignore[assignment]
            try:
                day = shift(event, unit, sign * amount)
            except OffCalendar:
                continue
            suffix = ""
            how = f"{t.text}: {gap['n']} {unit} from {event.isoformat()}"
        value = day.isoformat() + suffix
        out[i] = replace(
            t,
            value=value,
            explanation=how,
            date=value_range(value, published, ""),
            needs_anchor=True,
        )
    for i in reversed(unplaced):
        del out[i]


#: "The day after the election,", "The night of the fire", "on the morning of the burst": a day
#: (or a part of one) named by an event of the story, which an earlier sentence dated
_DAY_OF_AN_EVENT = re.compile(
    r"(?<![\w'’-])(?:[Tt]he)\s+(?P<part>day|night|morning|evening|afternoon)\s+"
    r"(?P<rel>after|before|of)\s+(?:the|its|his|her|their)\s+"
    r"(?P<np>(?:[a-z'’-]+\s+){0,2}?(?P<head>[a-z'’-]+))"
    r"(?=[ \t]*[,;:]|\s+(?:on|in|at|when|and|but|was|were|had)\b)"
)
#: "Two days after the fire, the depot reopened": a length that opens its sentence and counts
#: from an event of the story
_LENGTH_FROM_AN_EVENT = re.compile(
    r"\s+(?P<rel>after|before)\s+(?:the|its|his|her|their)\s+"
    r"(?:[a-z'’-]+\s+){0,2}?(?P<head>[a-z'’-]+)[ \t]*,"
)
_PART_SUFFIX = {"night": "TNI", "morning": "TMO", "evening": "TEV", "afternoon": "TAF"}
_LENGTH_UNIT = re.compile(r"(?P<n>\w+)\s+(?P<unit>day|week|month|year)s?", re.IGNORECASE)


def _event_day(
    out: list[TimeExpression], at: int, starts: list[int], text: str, head: str
) -> date | None:
    """The day an earlier sentence, not far back, told of the event ``head`` names: the last
    one-day date before the sentence at ``at`` that comes just after the head's stem in its
    sentence ("A fire broke out at the Lune depot on 2 May") or opens a sentence that names it
    ("On 2 May, a fire broke out"); not a saying's day before it ("Police said on Monday they
    had arrested a man after a gas explosion")."""
    stem = re.sub(r"['’]s$", "", head.lower())
    stem = stem[: max(4, len(stem) - 2)]
    sentence = bisect.bisect_right(starts, at) - 1
    s_start = starts[sentence] if sentence >= 0 else 0
    for t in reversed(out):
        if t.end > s_start:
            continue
        if s_start - t.end > 1500:
            break
        day = _one_dated_day(t)
        if day is None:
            continue
        at_t = bisect.bisect_right(starts, t.start) - 1
        begin = starts[at_t] if at_t >= 0 else 0
        finish = starts[at_t + 1] if at_t + 1 < len(starts) else len(text)
        named = re.compile(rf"\b{re.escape(stem)}", re.IGNORECASE)
        if named.search(text, max(begin, t.start - 80), t.start) or (
            text[begin : t.start].strip(" \t\"“‘'(").lower() in ("", "on", "at", "in")
            and named.search(text, t.end, min(finish, t.end + 80))
        ):
            return day
    return None


def _days_named_by_an_event(
    out: list[TimeExpression], starts: list[int], published: date | None, text: str
) -> list[TimeExpression]:
    """Days the story names by one of its events, which an earlier sentence dated: "The day
    after the election, the mayor resigned" after "went to the polls ... in the election on
    Thursday 14 May"; "The night of the fire" after "A fire broke out ... on 2 May"; and a
    length that opens its sentence and counts from such an event ("Two days after the fire,
    the depot reopened": the span, as TimeML marks it, dated on the day it reaches). Only when
    the event's day is found, and not beside a day of their own ("on Tuesday, the day after the
    vote" is Tuesday's)."""
    added: list[TimeExpression] = []
    taken = [(t.start, t.end) for t in out]
    for m in _DAY_OF_AN_EVENT.finditer(text):
        start, end = m.start(), m.end()
        if any(s < end and start < e for s, e in taken):
            continue
        if any(
            re.fullmatch(r",\s*(?:on\s+)?", text[t.end : start])
            or re.fullmatch(r"\s*,\s*", text[end : t.start])
            for t in out
            if abs(t.end - start) < 8 or abs(t.start - end) < 8
        ):
            continue
        event = _event_day(out, start, starts, text, m["head"])
        if event is None:
            continue
        step = {"after": 1, "before": -1, "of": 0}[m["rel"]]
        day = event + timedelta(days=step)
        part = m["part"]
        value = day.isoformat() + _PART_SUFFIX.get(part, "")
        added.append(
            TimeExpression(
                start=start,
                end=end,
                text=text[start:end],
                type="DATE" if part == "day" else "TIME",
                value=value,
                explanation=f"{' '.join(m.group(0).split())}: {m['rel']} {event.isoformat()}, "
                f"the day the text told of the {m['np']}",
                date=value_range(value, published, ""),
                needs_anchor=True,
            )
        )
    for i, t in enumerate(out):
        if t.type != "DURATION" or t.date is not None:
            continue
        length = _LENGTH_UNIT.fullmatch(t.text)
        tail = _LENGTH_FROM_AN_EVENT.match(text, t.end)
        if length is None or tail is None:
            continue
        sentence = bisect.bisect_right(starts, t.start) - 1
        if text[starts[sentence] if sentence >= 0 else 0 : t.start].strip(" \t\"“‘'(—–-"):
            continue  # "... on Sunday, two days after the fire": an offset of a dated clause
        n = _COUNT_WORDS.get(length["n"].lower())
        if n is None and length["n"].isdigit():
            n = int(length["n"])
        if n is None:
            continue
        event = _event_day(out, t.start, starts, text, tail["head"])
        if event is None:
            continue
        sign = -1 if tail["rel"] == "before" else 1
        unit: Granularity = length["unit"].lower()  # type: ignore[assignment]
        try:
            day = shift(event, unit, sign * n)
        except OffCalendar:
            continue
        out[i] = replace(
            t,
            explanation=f"{t.explanation}; {tail['rel']} {event.isoformat()}, the day the text "
            f"told of the {tail['head']}: {day.isoformat()}",
            date=value_range(day.isoformat(), published, ""),
        )
    if not added:
        return out
    return sorted(out + added, key=lambda t: t.start)


#: a line that says which day the stamped entries under it are of: "The events below took
#: place on Wednesday, Jan. 6", "All the times below are of Saturday 14 March"
_STAMPS_OF_THE_DAY = re.compile(
    r"\b(?:events|times|entries|posts|updates)\s+(?:below|that\s+follow)\b"
    r"|\bbelow\b[^.\n]{0,40}\b(?:took\s+place|happened|occurred|are|were)\b",
    re.IGNORECASE,
)


def _stamps_of_a_stated_day(
    out: list[TimeExpression], starts: list[int], published: date, text: str
) -> None:
    """A timeline whose opening line dates its stamps: "The events below took place on
    Wednesday, Jan. 6, in Washington" over "12:00 p.m.: President Trump begins speaking ...",
    published on the 7th. Its bare clock stamps, which would take the publication day, are of
    the day the line names, until a stamp that names a day of its own ("3:41 a.m. on
    Thursday:")."""
    if _STAMPS_OF_THE_DAY.search(text) is None:
        return
    for i, t in enumerate(out):
        day = _one_dated_day(t)
        if day is None or day == published:
            continue
        # (the words within a sentence's reach on its line: a text of one long line is searched
        # around each date, not whole for each)
        line_start = max(text.rfind("\n", 0, t.start) + 1, t.start - 200)
        line_end = min(_line_end(text, t.end), t.end + 200)
        if not _STAMPS_OF_THE_DAY.search(text, line_start, line_end):
            continue
        for j in range(i + 1, len(out)):
            stamp = out[j]
            stamp_line = text.rfind("\n", 0, stamp.start) + 1
            if text[stamp_line : stamp.start].strip():
                continue  # a time inside an entry keeps its own reading
            if not _CLOCK_VALUE.search(stamp.value) or _DAY_WORDS.search(stamp.text):
                break  # a stamp with its day, or a date line: the stated day's stamps end
            if stamp.value[:10] != published.isoformat():
                continue
            value = day.isoformat() + stamp.value[10:]
            out[j] = replace(
                stamp,
                value=value,
                explanation=f"{stamp.text}: {day.isoformat()}, the day the timeline's opening "
                "line gives its entries",
                date=value_range(value, published, ""),
            )
        return


#: "This article was updated on", "Last updated", "Update, Wednesday 4 March:" (not "the next
#: flash update will be issued on Monday", which is no note of this copy's)
_UPDATE_NOTE = re.compile(r"\b(?:updated\b|update\s*[,:—–-])[^.\n]{0,30}$", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


def _weekdays_of_an_update(out: list[TimeExpression], published: date, text: str) -> None:
    """Updated copy: "This article was updated on Wednesday 4 March to add the council's
    statement" over a story published on Tuesday 3 March. The update tells of the day it names,
    so a bare "On Wednesday, Osmere council said ..." in the copy is that Wednesday, not the one
    the week before publication; the copy's "yesterday" and "today" stay the publication's."""
    note: TimeExpression | None = None
    for t in out:
        day = _one_dated_day(t)
        if (
            day is not None
            and published < day <= published + timedelta(days=6)
            and _UPDATE_NOTE.search(text, max(0, t.start - 40), t.start)
        ):
            note = t
            break
    if note is None or note.date is None or note.date.earliest is None:
        return
    updated = note.date.earliest
    for i, t in enumerate(out):
        if t is note or not _BARE_WEEKDAY.fullmatch(t.text):
            continue
        if _one_dated_day(t) != updated - timedelta(days=7):
            continue
        value = updated.isoformat() + t.value[10:]
        out[i] = replace(
            t,
            value=value,
            explanation=f"{t.text}: {updated.isoformat()}, the day the copy was updated",
            date=value_range(value, published, ""),
        )


_HEADING_AFTER = re.compile(r"[ \t]*(?:$|\n|[—–:-])")


def _is_heading(text: str, start: int, end: int) -> bool:
    """A date that opens its own line with nothing after it but a dash or colon: a listing's
    heading ("Saturday, Aug. 11", "Wednesday — Senate committee hearing")."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip(" \t—–-•*"):
        return False
    return _HEADING_AFTER.match(text, end) is not None


_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy-five": 75, "a hundred": 100,
}  # fmt: skip
_YEARS_AGO_ENTRY = re.compile(
    r"(?:^|\n)[ \t]*(?P<n>\d{1,3}|[A-Za-z]+(?:-[a-z]+)?|a hundred)\s+years?\s+ago\s*:",
    re.IGNORECASE,
)
_THIS_DATE_ENTRY = re.compile(r"(?:^|\n)[ \t]*(?:On this date:?\s+)?In (?P<y>1\d{3}|20\d\d),")
_ALMANAC = re.compile(
    r"\b(?:On this date|Today in History|Today's Highlight|Today['’]s Birthdays)\b"
)


def _almanac_frames(text: str, published: date | None) -> list[tuple[int, int, date]]:
    """The entries of an almanac ("Today in History") told from another year's same day: a
    paragraph that opens "Ten years ago:" is told from this day ten years back; one that opens
    "In 1965," in a page with "On this date" entries, from this day of 1965."""
    if published is None or ("ago" not in text and "In " not in text):
        return []
    frames: list[tuple[int, int, date]] = []
    almanac = _ALMANAC.search(text) is not None
    for m in _YEARS_AGO_ENTRY.finditer(text):
        word = m["n"].lower()
        years = int(word) if word.isdigit() else _WORD_NUMBERS.get(word)
        if years:
            frames.append((m.end(), _paragraph_end(text, m.end()), _years_back(published, years)))
    if almanac:
        for m in _THIS_DATE_ENTRY.finditer(text):
            year = int(m["y"])
            if year < published.year:
                day = _years_back(published, published.year - year)
                frames.append((m.start("y"), _paragraph_end(text, m.end()), day))
    return sorted(frames)


def _paragraph_end(text: str, at: int) -> int:
    end = text.find("\n\n", at)
    return end if end >= 0 else len(text)


def _years_back(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)  # from 29 February


#: a day heading alone on its line: "Monday, April 6", "Wednesday 11 March", "Friday 13
#: March 2026" (a weekday and a date, as a diary or a log heads each day's entry)
_DIARY_HEADING = re.compile(
    rf"(?m)^[ \t]*{WEEKDAY_PATTERN},?[ \t]+(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH_PATTERN}"
    rf"|{MONTH_PATTERN}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?[ \t]+\d{{4}})?[ \t]*$",
    re.IGNORECASE,
)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return end if end >= 0 else len(text)


def _frame_at(frames: list[tuple[int, int, date]], at: int) -> date | None:
    for start, end, day in frames:
        if start <= at < end:
            return day
    return None


# "the year to 31 December", "the financial year ended March 31": a year closed by a day
_YEAR_CLOSED = re.compile(r"the\s+(?:(?:full|financial|fiscal|calendar)\s+)?year", re.IGNORECASE)
_CLOSED_BY = re.compile(r"\s+(?:to|ended|ending|through)\s+", re.IGNORECASE)


def _years_closed_by_a_day(out: list[TimeExpression], text: str) -> None:
    """A year closed by the day right after it is the year that ends on that day: "profit rose
    in the year to 31 December", told in February 2023, is 2022's, not the publication
    year's."""
    for i in range(len(out) - 1):
        this, end = out[i], out[i + 1]
        if (
            this.type == "DATE"
            and re.fullmatch(r"\d{4}", this.value)
            and _YEAR_CLOSED.fullmatch(this.text)
            and end.type == "DATE"
            and _DAY_VALUE.fullmatch(end.value)
            and _CLOSED_BY.fullmatch(text, this.end, end.start)
            and end.value[:4] != this.value
        ):
            year = end.value[:4]
            out[i] = replace(
                this,
                value=year,
                date=value_range(year),
                explanation=f"{this.text}: {year}, the year that ends on {end.value}, named"
                " right after it",
            )


#: a clock time alone on its line, with no zone, no a.m./p.m. and two digits of minutes: "15:55",
#: "09.10" (with a point, two digits of hours too: "3.55" alone is as likely a number)
_BARE_STAMP_LINE = re.compile(r"^[ \t]*(?:(\d{1,2}):|(\d\d)\.)([0-5]\d)[ \t]*$", re.MULTILINE)
#: the line above a number that is a score or a ratio, not a stamp: "Half-time", "Final score"
_SCORE_LABEL = re.compile(
    r"(?:half[ -]?time|full[ -]?time|ht|ft|(?:final\s+)?score|result|aggregate|ratio|odds"
    r"|(?:after\s+)?extra[ -]time|agg)[:.]?",
    re.IGNORECASE,
)
#: a line that reads as an entry's text: words, not a figure or a label
_ENTRY_LINE = re.compile(r"[\"'“‘(]?[A-Za-z][^\n]*?\s\S+\s\S+")


def _bare_stamp_lines(
    out: list[TimeExpression], published: date | None, text: str
) -> list[TimeExpression]:
    """A live page saved as text sets each entry's stamp on a line of its own ("15:55" above
    "Police now say three people have died."). A bare clock time alone on its line is read as
    such a stamp, a time of the page's day, only when the page shows it is a live page: two
    or more such lines, each with an entry's words on the next line. A score or a ratio
    ("Half-time" over "14:12", "27:25") is none: its label is on the line above, or no entry
    follows it, or it is no clock time at all."""
    found: list[tuple[int, int, int, int]] = []
    for m in _BARE_STAMP_LINE.finditer(text):
        hour, minute = int(m[1] or m[2]), int(m[3])
        if hour > 23:
            continue
        before = text[: m.start()].rstrip().rsplit("\n", 1)[-1].strip()
        if _SCORE_LABEL.fullmatch(before):
            continue
        lines_after = text[m.end() :].lstrip().split("\n", 2)
        after = lines_after[0].strip()
        if ENTRY_LABEL_LINE.fullmatch(after) and len(lines_after) > 1:
            # "14:05" / "BREAKING" / "Police have declared ...": the entry is under its label
            after = "\n".join(lines_after[1:]).lstrip().split("\n", 1)[0].strip()
        if not _ENTRY_LINE.match(after) or _SCORE_LABEL.fullmatch(after):
            continue
        found.append((m.start(1) if m[1] else m.start(2), m.end(3), hour, minute))
    if len(found) < 2:
        return out
    taken = [(t.start, t.end) for t in out]
    # "Wednesday 29 July" alone on its line over the stamps of that day's entries
    headings = [
        (t.start, t.date.earliest)
        for t in out
        if t.type == "DATE"
        and t.date is not None
        and t.date.earliest is not None
        and t.date.earliest == t.date.latest
        and _stamp_line(t, text)
    ]
    added: list[TimeExpression] = []
    for start, end, hour, minute in found:
        if any(s < end and start < e for s, e in taken):
            continue
        clock = f"{hour:02d}:{minute:02d}"
        heading = max((h for h in headings if h[0] < start), default=None)
        if heading is not None and heading[1] is not None:
            on = heading[1]
            value = f"{on.isoformat()}T{clock}"
            explanation = (
                f"{clock}, a live page's stamp on a line of its own, on the day of the "
                f"heading above it, {on:%a} {on.day} {on:%b %Y}"
            )
            added.append(
                TimeExpression(
                    start=start,
                    end=end,
                    text=text[start:end],
                    type="TIME",
                    value=value,
                    explanation=explanation,
                    date=DateRange(value, on, on, "day"),
                    needs_anchor=published is not None,
                )
            )
            continue
        if published is None:
            value = f"XXXX-XX-XXT{clock}"
            explanation = f"{clock}, a live page's stamp on a line of its own, on a day that "
            explanation += "needs the publication date"
            day = None
        else:
            value = f"{published.isoformat()}T{clock}"
            explanation = (
                f"{clock}, a live page's stamp on a line of its own, on the publication day: "
                f"the day of the publication date, {published:%a} {published.day} "
                f"{published:%b %Y}"
            )
            day = DateRange(value, published, published, "day")
        added.append(
            TimeExpression(
                start=start,
                end=end,
                text=text[start:end],
                type="TIME",
                value=value,
                explanation=explanation,
                date=day,
                needs_anchor=True,
            )
        )
    if not added:
        return out
    return sorted(out + added, key=lambda t: (t.start, t.end))


def _stamp_line(t: TimeExpression, text: str) -> bool:
    """Whether a clock time is a live page's entry stamp: alone on its line."""
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.strip() == t.text.strip()


def _newest_first_stamps(out: list[TimeExpression], published: date, text: str) -> None:
    """The days of a live page's entries. A page that puts its newest entry first and runs
    back past midnight reads 01:10, 00:25, 23:40, 22:15 down the page: the stamps after the
    turn are the day before's; one that runs oldest first and on past midnight reads 22:15,
    23:40, 00:25: those after the turn are the next day's. Only stamps that took the
    publication day for want of a day of their own move; what an entry tells of "this
    morning" or at a bare clock time, for want of a day of its own, is its stamp's day."""
    stamps = [
        i
        for i, t in enumerate(out)
        if t.type == "TIME" and _CLOCK_ON_DAY.match(t.value) is not None and _stamp_line(t, text)
    ]
    if len(stamps) < 3:
        return
    minutes = []
    for i in stamps:
        m = _CLOCK_ON_DAY.match(out[i].value)
        assert m is not None
        minutes.append(int(m.group(2)) * 60 + int(m.group(3)))
    steps = [b - a for a, b in itertools.pairwise(minutes)]
    falls = [d for d in steps if d < 0]
    rises = [d for d in steps if d > 0]
    turn = 0  # the day a turn of the clock moves the entries after it by
    if len(falls) >= 2 and len(rises) * 2 <= len(falls) and all(d >= 12 * 60 for d in rises):
        turn = -1  # newest first: the clock rising down the page went back past midnight
    elif len(rises) >= 2 and len(falls) * 2 <= len(rises) and all(d <= -12 * 60 for d in falls):
        turn = 1  # oldest first: the clock falling down the page went on past midnight
    pub = published.isoformat()
    day: date | None = None
    for n, i in enumerate(stamps):
        stamp = out[i]
        m = _CLOCK_ON_DAY.match(stamp.value)
        assert m is not None
        own = date.fromisoformat(m.group(1))
        if day is None or m.group(1) != pub or "publication" not in stamp.explanation:
            day = own  # the first stamp, or one dated by its own words or the stamp above
        elif turn and n and (steps[n - 1] > 0) == (turn < 0) and steps[n - 1] != 0:
            day = day + timedelta(days=turn)
        if day == published:
            continue
        following = stamps[n + 1] if n + 1 < len(stamps) else len(out)
        for j in range(i, following):
            t = out[j]
            if not t.value.startswith(pub) or t.type not in ("TIME", "DATE"):
                continue
            if j == i:
                if "publication" not in t.explanation:
                    continue
            elif not _PUBLICATION_DAY_TAKEN.search(t.explanation):
                continue  # dated by its own words or by a day the entry names
            value = f"{day.isoformat()}{t.value[10:]}"
            why = (
                "as the live page's stamps turned past midnight above this entry"
                if j == i
                else f"the day of the entry's stamp, {stamp.text.strip()}"
            )
            out[j] = replace(
                t,
                value=value,
                explanation=f"{t.text}: {day.isoformat()}, {why}",
                date=value_range(value, published, ""),
            )


# what took the publication day for want of a day of its own
_PUBLICATION_DAY_TAKEN = re.compile(r"the day of the publication date|on the publication day")
