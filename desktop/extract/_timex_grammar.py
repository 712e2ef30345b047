"""Discovery of time expressions: our own token rules over the text.

Each rule is a regular expression over words of time plus a reader that checks the match
(capitalised month names, "May" the month and not the verb, years that are not counts) and
returns a Candidate: where the expression lies, its TIMEX3 type, and how to resolve it against
the publication date (``_timex_resolve``). Overlaps are settled by taking the longest.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from desktop.domain import TimexType
from desktop.extract._number_words import TENS
from desktop.extract._timex_calendar import (
    MONTH_NAMES,
    SEASON_CODES,
    Granularity,
    Mod,
    add_months,
    fmt,
    human_day,
    shift,
)
from desktop.extract._timex_holidays import (
    DIWALI,
    DRAGON_BOAT,
    EID_AL_ADHA,
    EID_AL_FITR,
    INDEPENDENCE_DAYS,
    MID_AUTUMN,
    NATIONAL_DAYS,
    country_named,
    day_in_table,
    islamic_day,
    jewish_holiday,
    national_day_country,
)
from desktop.extract._timex_lexicon import (
    MONTH_PATTERN,
    NUMBER,
    NUMBER_WORD,
    ORDINALS,
    PART_OF_DAY,
    PART_PATTERN,
    SEASON_PATTERN,
    UNIT,
    UNIT_CODE,
    UNIT_GRAN,
    WEEKDAY_PATTERN,
    month_number,
    parse_number,
    unit_key,
    weekday_number,
)
from desktop.extract._timex_resolve import (
    AHEAD_OF,
    COURT_WORDS,
    SINCE,
    UNTIL,
    YEAR_REVIEW_WORDS,
    Context,
    Resolution,
    absolute,
    chained,
    chained_weekday,
    day_of_month,
    named_month,
    night_before,
    quarter,
    quarter_context,
    reference,
    relative,
    season,
    unresolved,
    weekday,
)

Resolver = Callable[[Context], Resolution]


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    type: TimexType
    resolve: Resolver
    mod: Mod = ""
    #: a day counted in a run ("for the third day"): it is the day the sentence names, which
    #: may come after it ("... for the third day on Tuesday"), so it is settled last
    follows_day: bool = False


Reader = Callable[[re.Match[str], str], "Candidate | None"]

_B = r"(?<![\w'’])"  # start of a word
_E = r"(?![\w])"  # end of a word
_ORD_WORDS = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4, "latter": 2}

_RULES: list[tuple[re.Pattern[str], Reader]] = []


def rule(pattern: str, flags: int = re.IGNORECASE) -> Callable[[Reader], Reader]:
    compiled = re.compile(pattern, flags)

    def register(reader: Reader) -> Reader:
        _RULES.append((compiled, reader))
        return reader

    return register


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?\n:" or pos == 0


def _title_case_name(m: re.Match[str], text: str, word_start: int) -> bool:
    """A capitalised common word mid-sentence ("The Week", "VOA Today") names something."""
    word = text[word_start : word_start + 2]
    if not word[:1].isupper() or word.isupper():
        return False
    if word_start == m.start():
        return not _sentence_initial(text, m.start()) and bool(
            re.search(r"[A-Z][\w.’']*\s+$", text[max(0, m.start() - 20) : m.start()])
        )
    return True


def _capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def _year_of(word: str) -> int:
    return int(word)


def _units(unit: str) -> str:
    """The plural an explanation reads: "centuries", "days"."""
    return unit[:-1] + "ies" if unit.endswith("y") and unit not in ("day",) else unit + "s"


def _duration_value(n: float | None, unit: str) -> str:
    if unit == "fortnight" and n is not None:
        n, unit = n * 2, "week"  # "a fortnight" is P2W
    code, is_time = UNIT_CODE[unit]
    prefix = "PT" if is_time else "P"
    if n is None:
        return f"{prefix}X{code}"
    if code in ("DE", "CE"):
        # ISO 8601 has no decades or centuries: a counted one is written in years ("two
        # decades" P20Y), as TimeML annotators do; only an uncounted one keeps the TIDES unit
        return f"P{round(n * (10 if code == 'DE' else 100))}Y"
    if n != int(n) and code == "S":
        return f"PT{round(n, 3):g}S"  # "27.17 seconds": a race time keeps its fraction
    if n != int(n):
        # TIMEX3 has no fractions: 1.5 years is 18 months, 2.5 days 60 hours
        finer = {
            "Y": (12, "M", False),
            "M": (30, "D", False),
            "W": (7, "D", False),
            "D": (24, "H", True),
            "H": (60, "M", True),
            "DE": (10, "Y", False),
            "CE": (100, "Y", False),
            "Q": (3, "M", False),
            "S": (1, "S", True),
        }
        factor, fine_code, fine_is_time = (
            (60, "S", True) if is_time and code == "M" else finer[code]
        )
        whole = int(n)
        rest = round((n - whole) * factor)
        if whole and code not in ("DE", "CE", "Q") and rest:
            # "2 1/2 years" is P2Y6M and "2.5 days" P2DT12H, as TimeML annotators write them
            if fine_is_time and not is_time:
                return f"{prefix}{whole}{code}T{rest}{fine_code}"
            return f"{prefix}{whole}{code}{rest}{fine_code}"
        n = round(n * factor)
        code = fine_code
        prefix = "PT" if fine_is_time else "P"
    return f"{prefix}{int(n)}{code}"


def _year_candidate(start: int, end: int, year: int, explanation: str) -> Candidate | None:
    """A calendar year read from the text (as written, spelled out, or of an era); None for
    a year no date can hold (before 1 or after 9999)."""
    if not 1 <= year <= 9999:
        return None
    return Candidate(
        start, end, "DATE", _fixed(f"{year:04d}", "year", date(year, 1, 1), explanation)
    )


def _not_anchor(res: Resolution) -> Resolution:
    from dataclasses import replace

    return replace(res, anchorable=False)


def _fixed(value: str, gran: Granularity, point: date | None, explanation: str) -> Resolver:
    return lambda ctx: absolute(value, point, gran, explanation)


def _const(value: str, explanation: str) -> Resolver:
    return lambda ctx: Resolution(value, explanation)


# --- calendar dates -------------------------------------------------------------------------


@rule(r"(?<![\w.,])(?P<n>[1-9]\d{0,3})\s?(?:B\.\s?C\.(?:\s?E\.)?|BCE?\b)")
def _year_bc(m: re.Match[str], text: str) -> Candidate | None:
    """ "drowned himself in 278 B.C.", "the Han Dynasty (206 B.C.-A.D. 220)": a year before
    the common era, which TimeML writes BC0278 (our sets, all four)."""
    if "." not in m.group(0) and not re.search(
        r"(?:\b(?:in|from|to|until|till|since|by|around|about|circa|c\.|of|and|or|before|after"
        r"|year|between)\s+|[-–(]\s*)$",
        text[max(0, m.start() - 10) : m.start()],
        re.IGNORECASE,
    ):
        return None  # "300 BC dollars", "Route 9 BC": British Columbia, not a year
    n = int(m["n"])
    how = f"{m.group(0)}: the year {n} before the common era"
    return Candidate(m.start(), m.end(), "DATE", _const(f"BC{n:04d}", how))


@rule(r"(?<![\w-])D-Day(?![\w-])")
def _d_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "the 80th anniversary of D-Day", "He talked about D-Day exactly once": the Normandy
    landings of 6 June 1944 (our sets, all three). A day set for something ("D-Day for the
    new currency is March 1", "the reform's D-Day") is another, left unmarked."""
    if re.match(r"\s+(?:for|is|will|was\s+set)\b", text[m.end() : m.end() + 12]) or re.search(
        r"['’]s\s+$", text[max(0, m.start() - 4) : m.start()]
    ):
        return None
    return Candidate(
        m.start(),
        m.end(),
        "DATE",
        _const("1944-06-06", "D-Day: the Normandy landings of 6 June 1944"),
    )


@rule(r"(?<![\w-])On\s+this\s+date(?=\s*[:,]|\s+in\s+\d)")
def _on_this_date(m: re.Match[str], text: str) -> Candidate | None:
    """An almanac's "On this date: In 1901, ...": this month and day in any year, the
    publication's (XXXX-11-27, as our sets mark four of five)."""
    start = m.start() + 3
    return Candidate(start, m.end(), "DATE", _this_date_any_year)


def _this_date_any_year(ctx: Context) -> Resolution:
    pub = ctx.published
    if pub is None:
        return Resolution("XXXX-XX-XX", "this date; needs the publication date", True, gran="day")
    return Resolution(
        f"XXXX-{pub.month:02d}-{pub.day:02d}",
        f"this date: {pub.strftime('%B')} {pub.day} of any year, the publication's",
        gran="day",
    )


@rule(r"(?<![\w-])the\s+(?:first|final|last|opening)\s+hour(?=\s+of\b)")
def _first_hour_of(m: re.Match[str], text: str) -> Candidate | None:
    """ "stocks rose 1.5 percent in the first hour of trading": the hour a session opens or
    closes with, a span of one hour (our sets, all three; "the first hours of the ground
    war" is TimeBank's PTXH)."""
    return Candidate(m.start(), m.end(), "DURATION", _const("PT1H", f"{m.group(0)}: one hour"))


@rule(r"\bJuche\s+(?P<n>[1-9]\d{0,2})(?!\d)")
def _juche_year(m: re.Match[str], text: str) -> Candidate | None:
    """ "Juche 113": North Korea's count of years from 1912, Kim Il Sung's birth year as year 1."""
    year = 1911 + int(m["n"])
    how = f"Juche {m['n']}: the year {year}"
    return Candidate(
        m.start(), m.end(), "DATE", _fixed(f"{year:04d}", "year", date(year, 1, 1), how)
    )


@rule(
    r"\b[Tt]he\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?:and\s+(?:final|last)\s+)?day\s+of\s+"
    r"(?P<y>1[5-9]\d\d|20\d\d)(?!\d)"
)
def _day_of_year(m: re.Match[str], text: str) -> Candidate | None:
    """ "the 331st day of 2026", "the 365th and final day of 1999": an almanac's count of days."""
    year, n = int(m["y"]), int(m["n"])
    last = date(year, 12, 31).timetuple().tm_yday
    if not 1 <= n <= last:
        return None
    point = date(year, 1, 1) + timedelta(days=n - 1)
    how = f"day {n} of {year}"
    return Candidate(m.start(), m.end(), "DATE", _fixed(point.isoformat(), "day", point, how))


@rule(
    rf"{_B}(?:(?:Sept?\.?|September)\s+11(?:th)?)(?=\s+(?:terror(?:ist)?\s+)?(?:attacks?"
    r"|hijack\w*|commission|victims|memorial|museum|families|era|anniversary|plot|terrorists?)\b)"
)
def _september_eleventh(m: re.Match[str], text: str) -> Candidate | None:
    """ "the Sept. 11 attacks", "September 11 families": the day of the 2001 attacks."""
    point = date(2001, 9, 11)
    return Candidate(
        m.start(),
        m.end(),
        "DATE",
        _fixed(point.isoformat(), "day", point, f"{m.group(0)}: the attacks of 11 September 2001"),
    )


_WD = rf"(?P<wd>{WEEKDAY_PATTERN})"
_MON = rf"(?P<mon>{MONTH_PATTERN})"
_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<year>1\d{3}|20\d{2})"
# the plain year reader also takes 2100 ("sea levels by 2100"), guarded against clocks
_YEAR4_WIDE = r"(?P<year>1\d{3}|20\d{2}|2100)"
# "Dec 31, 1100 GMT": a clock time after a date, not its year
_NOT_CLOCK = r"(?!\s*(?:GMT|UTC|Z\b|hours\b|hrs\b|local\s+time|[ECMP][SD]?T\b))"


_SPOKEN_TAIL = (
    rf"(?:(?:{'|'.join(TENS)})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)"
)


def _spoken_year_value(words: str) -> int | None:
    """ "nineteen ninety-seven" -> 1997, "two thousand and one" -> 2001; None if not a year."""
    parts = re.split(r"[\s-]+", words.lower())
    if parts[:2] == ["two", "thousand"]:
        rest = [p for p in parts[2:] if p != "and"]
        n = parse_number(" ".join(rest)) if rest else 0
        return None if n is None or n >= 100 else 2000 + int(n)
    base = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}.get(parts[0])
    if base is None:
        return None
    if parts[1:] == ["hundred"]:
        return base
    n = parse_number(" ".join(parts[1:]))
    return None if n is None or not 10 <= n < 100 else base + int(n)


_RANGE_WITH_YEAR = (
    rf"{_B}{_MON}\s*(?P<d1>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    r"(?:\s+(?:to|through|until|till|and|or)\s+|\s*[-–]\s*)"
    rf"(?P<d2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+{_YEAR4}(?!\d)"
)


def _range_day(m: re.Match[str], which: str) -> tuple[date, str] | None:
    first, last = int(m["d1"]), int(m["d2"])
    if last <= first or not _capitalised(m["mon"]):
        return None
    year, month = int(m["year"]), month_number(m["mon"])
    day = first if which == "d1" else last
    try:
        point = date(year, month, day)
    except ValueError:
        return None
    return point, f"{m['mon']} {day}, {year}: a day of the range {m.group(0)}"


@rule(_RANGE_WITH_YEAR)
def _dated_range_start(m: re.Match[str], text: str) -> Candidate | None:
    """ "Aug. 15-18, 1969": the first day has the year written after the last one."""
    found = _range_day(m, "d1")
    if found is None:
        return None
    point, why = found
    return Candidate(m.start(), m.end("d1"), "DATE", _fixed(point.isoformat(), "day", point, why))


@rule(_RANGE_WITH_YEAR)
def _dated_range_end(m: re.Match[str], text: str) -> Candidate | None:
    """ "Aug. 15-18, 1969": the last day with its year is a date of its own ("18, 1969")."""
    found = _range_day(m, "d2")
    if found is None:
        return None
    point, why = found
    return Candidate(m.start("d2"), m.end(), "DATE", _fixed(point.isoformat(), "day", point, why))


def _date_reader(m: re.Match[str], text: str) -> Candidate | None:
    mon = m["mon"]
    if not _capitalised(mon) or (m["wd"] and not _capitalised(m["wd"])):
        return None
    month = month_number(mon)
    day = int(m["day"])
    if not 1 <= day <= 31:
        return None
    label = f"{mon} {day}"
    if m["year"]:
        year = _year_of(m["year"])
        try:
            point = date(year, month, day)
        except ValueError:
            return None
        return Candidate(
            m.start(),
            m.end(),
            "DATE",
            _fixed(point.isoformat(), "day", point, f"{label}, {year}: a full calendar date"),
        )
    return Candidate(
        m.start(), m.end(), "DATE", lambda ctx: named_month(ctx, month, day, None, label)
    )


# (a day run into letters other than an ordinal's is no day: "a Long March 2C rocket")
rule(
    rf"{_B}(?:(?:(?:this\s+coming|this\s+past|this|last|next|coming|past)\s+)?{_WD},?\s+)?{_MON}\s*{_DAYNUM}(?!\d|:\d|[A-Za-z])(?:(?:,\s*|\s+){_YEAR4}(?!\d){_NOT_CLOCK})?",
)(_date_reader)
rule(
    rf"{_B}(?:{_WD},?\s+)?(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR4}(?!\d))?{_E}",
)(_date_reader)
# "Thu 4 Jul 2024", a live page's stamp: the short months written without a stop, which alone
# could be words ("Mar", "Jun"), are dates between a day and a year
rule(
    rf"{_B}(?P<wd>){_DAYNUM}\s+(?P<mon>Mar|Jun|Jul|Sep)\s+{_YEAR4}(?!\d){_NOT_CLOCK}",
)(_date_reader)
# "9:42 AM · Jul 14, 2019", a post's stamp: the same months, before the day and its year
rule(
    rf"{_B}(?P<wd>)(?P<mon>Mar|Jun|Jul|Sep)\s+{_DAYNUM},\s+{_YEAR4}(?!\d){_NOT_CLOCK}",
)(_date_reader)


_DAY_ORDINAL_WORDS = {
    w: n for w, n in ORDINALS.items() if " " not in w and "-" not in w and n <= 20
} | {"thirtieth": 30}
_DAY_WORD = (
    r"(?P<dayword>(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
    r"|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)


def _day_word_value(word: str) -> int | None:
    parts = re.split(r"[\s-]+", word.lower())
    tens = {"twenty": 20, "thirty": 30}.get(parts[0], 0) if len(parts) == 2 else 0
    n = tens + _DAY_ORDINAL_WORDS.get(parts[-1], 0)
    return n if 1 <= n <= 31 else None


@rule(
    rf"{_B}(?:(?:(?:this\s+coming|this\s+past|this|last|next|coming|past)\s+)?{_WD},?\s+)?(?:{_MON}\s+(?:the\s+)?{_DAY_WORD}|the\s+{_DAY_WORD.replace('dayword', 'dayword2')}\s+of\s+(?P<mon2>{MONTH_PATTERN}))"
    rf"(?:,?\s+(?:{_YEAR4}|(?P<spoken>(?:nineteen|twenty)[\s-]{_SPOKEN_TAIL}|two\s+thousand(?:\s+and)?(?:[\s-]{NUMBER_WORD})?)))?{_E}"
)
def _spoken_date(m: re.Match[str], text: str) -> Candidate | None:
    """ "March eighth", "the fourth of July, nineteen ninety-six": dates as transcripts spell them."""
    mon = m["mon"] or m["mon2"]
    if m["wd"] and not _capitalised(m["wd"]):
        return None
    if not _capitalised(mon) or len(mon.rstrip(".")) < 3:
        return None
    if (
        mon.lower() in ("may", "march")
        and m["mon"]
        and not (m["spoken"] or m["year"])
        and _sentence_initial(text, m.start())
    ):
        return None  # "May first ...", "March second ..." opening a sentence may be verbs
    day = _day_word_value(m["dayword"] or m["dayword2"])
    if day is None:
        return None
    month = month_number(mon)
    label = f"{mon} {day}"
    year = _year_of(m["year"]) if m["year"] else None
    if m["spoken"]:
        year = _spoken_year_value(m["spoken"])
        if year is None:
            return None
    if year is not None:
        try:
            point = date(year, month, day)
        except ValueError:
            return None
        return Candidate(
            m.start(),
            m.end(),
            "DATE",
            _fixed(point.isoformat(), "day", point, f"{label}, {year}: a date spelled out"),
        )
    return Candidate(
        m.start(), m.end(), "DATE", lambda ctx: named_month(ctx, month, day, None, label)
    )


# what may follow a day of the month named alone ("on the 25th, officials said", "by the 3rd
# at noon"): punctuation or a word that cannot be the noun an ordinal would count ("the 3rd
# Infantry Division", "the 25th anniversary")
_AFTER_DAY_OF_MONTH = re.compile(
    r"\s*(?:[,.;:)\]!?—–-]|$)"
    r"|\s+(?:and|or|but|at|in|when|after|before|with|to|as|for|until|while|if|so|from|the|a|an"
    r"|on|this|next|last|because|than|amid|despite|following|ahead|local|GMT|UTC|saying|said"
    r"|says|according|was|were|is|are|will|would|had|has|have|showed|shows|show)\b",
)
_BEFORE_DAY_OF_MONTH = re.compile(
    r"\b(?:on|by|until|till|from|since|before|after|through|to|between|and|or|is|was|be|for"
    r"|of|starting|beginning|ending|due)\s+$",
    re.IGNORECASE,
)


@rule(
    rf"(?<![\w.,/-])(?P<one>(?P<the>[Tt]he\s+)?(?P<d1>[1-9]|[12]\d|3[01])(?P<nth>st|nd|rd|th)?)"
    r"(?:\s+(?:to|through|until|till|and|or)\s+|\s*[-–]\s*)"
    rf"(?(the)the\s+)(?P<d2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR4})?{_E}"
)
def _day_range_start(m: re.Match[str], text: str) -> Candidate | None:
    """ "1-15 March 2024", "between 8 and 15 November": the first day is a date of its own,
    in the month (and year) written after the second."""
    first, last = int(m["d1"]), int(m["d2"])
    if last <= first or not _capitalised(m["mon"]):
        return None
    if m["the"] and not m["nth"]:
        return None  # "the 4 to 6 ..." counts something
    if re.search(
        r"(?:No\.?|Nos\.?|page|pp?\.|§|\$|#)\s*$", text[max(0, m.start() - 6) : m.start()]
    ):
        return None
    month = month_number(m["mon"])
    year = int(m["year"]) if m["year"] else None

    def resolve(ctx: Context) -> Resolution:
        if year is not None:
            try:
                point = date(year, month, first)
            except ValueError:
                return Resolution(f"{year:04d}-{month:02d}", m.group(0), gran="month")
            return absolute(
                point.isoformat(),
                point,
                "day",
                f"{first}: day {first} of {m['mon']} {year}, as the range says",
            )
        return named_month(ctx, month, first, None, m["mon"])

    # "from the 4th to the 6th of October": the first day with its article and ending
    start, end = (m.start("one"), m.end("one")) if m["the"] else (m.start("d1"), m.end("d1"))
    return Candidate(start, end, "DATE", resolve)


_COUNTED_AFTER = re.compile(
    r"(?:st|nd|rd|th)?\s+(?:percent|per\b|pct|million|billion|thousand|hundred|dozen|points?|"
    r"times|people|persons|men|women|children|votes?|seats?|goals?|runs?|games?|matches|wins|"
    r"losses|years?|months?|weeks?|days?|hours?|minutes?|of\b|out\b|against|margin|lead)",
    re.IGNORECASE,
)


@rule(
    rf"{_B}{_MON}\s*(?P<d1>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?P<conn>\s+(?:to|through|until|till|and|or)\s+|\s*[-–]\s*)"
    rf"(?P<d2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?=\s*(?:[,.;:)]|$)"
    r"|\s+(?:in|at|on|when|and|or|but|before|after|with|for|to)\b"
    # "March 3-5 this year": the span's year named after it
    r"|\s+(?:this|last|next)\s+year\b"
    # "at its July 26-27 meeting": a range before the event it dates
    r"|\s+(?:meetings?|summit|talks|conference|session|visit|trip|festival|vote|elections?"
    r"|hearings?|trial|strike|walkout|event|tournament|games?|show)\b"
    # "runs Oct. 4 through 6 along the river": after "through" or a dash, any word that does
    # not make the second number a count (checked below)
    r"|(?P<open>\s+[a-z—–\"“(]))"
)
def _day_range_end(m: re.Match[str], text: str) -> Candidate | None:
    """ "from July 28 to 30": the second day is a date of its own, in the first one's month."""
    first, last = int(m["d1"]), int(m["d2"])
    if last <= first:
        return None
    if m["open"] and (
        m["conn"].strip().lower() not in ("through", "-", "–")
        or _COUNTED_AFTER.match(text, m.end("d2"))
    ):
        return None  # "sold on May 3 to 5 buyers", "led on May 3-5 percent"
    month = month_number(m["mon"])
    if re.match(r",\s*(?:1\d{3}|20\d{2})\b", text[m.end() : m.end() + 7]):
        return None  # "May 10 to 12, 1998": the year rule reads the last day with its year

    def resolve(ctx: Context) -> Resolution:
        prior = ctx.anchor(80)
        if prior is None or prior.point is None or prior.point.month != month:
            return named_month(ctx, month, last, None, m["mon"])
        try:
            point = date(prior.point.year, month, last)
        except ValueError:
            return named_month(ctx, month, last, None, m["mon"])
        return Resolution(
            point.isoformat(),
            f"{m['d2']}: day {last} of the month of {prior.value}, which the range began in",
            prior.needs_anchor,
            point,
            "day",
        )

    return Candidate(m.start("d2"), m.end("d2"), "DATE", resolve)


@rule(
    rf"{_B}(?:{_WD},?\s+)?the\s+(?P<day>[1-9]|[12]\d|3[01])(?P<suffix>st|nd|rd|th)"
    rf"(?:\s+of\s+(?P<which>this|next|last|the)\s+month)?{_E}"
)
def _day_of_month(m: re.Match[str], text: str) -> Candidate | None:
    """ "on the 25th", "Tuesday, the 14th", "the 3rd of next month": a day of a month left
    to the reader, resolved like a bare weekday (``_timex_resolve.day_of_month``)."""
    day = int(m["day"])
    expected = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    if m["suffix"].lower() != expected:
        return None
    if m["wd"] and not _capitalised(m["wd"]):
        return None
    if not m["which"] and re.match(
        r"\s+(?:straight\s+|consecutive\s+|full\s+)?(?:day|night|week|month|year|anniversary"
        r"|time|round|inning|minute|hour|session|floor|century|birthday|game|stage|place)\b",
        text[m.end() : m.end() + 24],
        re.IGNORECASE,
    ):
        return None  # "Sunday, the 12th day of the air campaign": a count, not a date
    which = (m["which"] or "").lower()
    if not which and not m["wd"]:
        before = text[max(0, m.start() - 16) : m.start()]
        if not _BEFORE_DAY_OF_MONTH.search(before):
            return None
        if not _AFTER_DAY_OF_MONTH.match(text, m.end()):
            return None
    offset = {"this": 0, "next": 1, "last": -1}.get(which)
    wd = weekday_number(m["wd"]) if m["wd"] else None
    word = m.group(0)
    return Candidate(
        m.start(), m.end(), "DATE", lambda ctx: day_of_month(ctx, day, offset, wd, word)
    )


@rule(
    rf"{_B}{_MON},?\s+(?:of\s+)?(?:{_YEAR4}|(?P<spoken>(?:nineteen|twenty)[\s-]{_SPOKEN_TAIL}|two\s+thousand(?:\s+and)?(?:[\s-](?P<rest2>{NUMBER_WORD}))?)){_E}"
)
def _month_year(m: re.Match[str], text: str) -> Candidate | None:
    if not _capitalised(m["mon"]):
        return None
    month = month_number(m["mon"])
    if m["spoken"]:
        # broadcast transcripts spell the year out: "January nineteen ninety-seven"
        year = _spoken_year_value(m["spoken"])
        if year is None:
            return None
    else:
        year = _year_of(m["year"])
    point = date(year, month, 1)
    return Candidate(
        m.start(),
        m.end(),
        "DATE",
        _fixed(f"{year:04d}-{month:02d}", "month", point, f"{m['mon']} {year}: a month as written"),
    )


@rule(
    rf"{_B}(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+)?{_MON}(?:\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?)?"
    rf"\s+(?:of\s+)?(?P<which>this|last|next)\s+year{_E}"
)
def _month_relative_year(m: re.Match[str], text: str) -> Candidate | None:
    if not _capitalised(m["mon"]):
        return None
    if (m["d1"] or m["d2"]) and m["which"].lower() == "this" and " of " not in m.group(0):
        return None  # "falls on Jan. 29 this year": two expressions, the day and the year
    month = month_number(m["mon"])
    day_text = m["d1"] or m["d2"]
    if day_text:
        day = int(day_text)
        step = {"this": 0, "last": -1, "next": 1}[m["which"].lower()]

        def resolve_day(ctx: Context) -> Resolution:
            pub = ctx.published
            if pub is None:
                return Resolution(
                    f"XXXX-{month:02d}-{day:02d}",
                    f"{m.group(0)}; needs the publication date",
                    True,
                    gran="day",
                )
            try:
                point = date(pub.year + step, month, day)
            except ValueError:
                return Resolution(
                    f"{pub.year + step:04d}-{month:02d}", f"{m.group(0)}", True, gran="month"
                )
            return Resolution(
                point.isoformat(),
                f"{m.group(0)}: {point.isoformat()}, in the year {m['which']} year names",
                True,
                point,
                "day",
            )

        return Candidate(m.start(), m.end(), "DATE", resolve_day)
    offset = {"this": 0, "last": -1, "next": 1}[m["which"].lower()]

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if pub is None:
            return Resolution(
                f"XXXX-{month:02d}", f"{m.group(0)}; needs the publication date", True, gran="month"
            )
        point = date(pub.year + offset, month, 1)
        return Resolution(
            fmt(point, "month"),
            f"{m['mon']} of {pub.year + offset}, the year {m['which']} year names",
            True,
            point,
            "month",
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(r"(?<![\d/.-])(?P<year>1\d{3}|20\d{2})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?![\d-])")
def _iso_date(m: re.Match[str], text: str) -> Candidate | None:
    try:
        point = date(int(m["year"]), int(m["mon"]), int(m["day"]))
    except ValueError:
        return None
    return Candidate(
        m.start(), m.end(), "DATE", _fixed(point.isoformat(), "day", point, "an ISO date")
    )


_SLASH_DATE = re.compile(
    r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d{2}|(?<=/)\d{2})(?![\d/-])"
)


_DAY_MONTH_WORDS = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+{MONTH_PATTERN}(?!\w)")
_MONTH_DAY_WORDS = re.compile(rf"{MONTH_PATTERN}\s+[0-3]?\d(?:st|nd|rd|th)?\b")


def _day_first_text(text: str) -> bool:
    """Whether the article writes its slash dates day first (13/01/2025), as most of the world
    does: told by a slash date that can only be read that way, or by a dotted one."""
    for m in _SLASH_DATE.finditer(text):
        if int(m["a"]) > 12 >= int(m["b"]):
            return True
        if int(m["b"]) > 12 >= int(m["a"]):
            return False
    if _DOTTED_DATE.search(text) is not None:
        return True
    # "28 June 2016" against "June 28, 2016": the way the article writes its other dates
    day_first = len(_DAY_MONTH_WORDS.findall(text))
    month_first = len(_MONTH_DAY_WORDS.findall(text))
    return day_first > month_first


@rule(_SLASH_DATE.pattern)
def _slash_date(m: re.Match[str], text: str) -> Candidate | None:
    first, second, year = int(m["a"]), int(m["b"]), int(m["year"])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    if first > 12:
        day_first, how = True, "a numeric date that can only be read day first"
    elif second > 12:
        day_first, how = False, "a numeric date that can only be read month first"
    elif _day_first_text(text):
        day_first, how = True, "a numeric date read day first, as the article writes its dates"
    else:
        day_first, how = False, "a numeric date read month first, as US news writes"
    month, day = (second, first) if day_first else (first, second)
    try:
        point = date(year, month, day)
    except ValueError:
        return None
    return Candidate(m.start(), m.end(), "DATE", _fixed(point.isoformat(), "day", point, how))


# "20.01.2025", "6.4.2025": Europe writes the day first with dots; a four-digit year keeps
# decimals and version numbers ("20.01 points", "2.10.3") out
_DOTTED_DATE = re.compile(
    r"(?<![\d.,])(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>(?:19|20)\d{2})(?!\d|\.\d)"
)


@rule(_DOTTED_DATE.pattern)
def _dotted_date(m: re.Match[str], text: str) -> Candidate | None:
    if re.search(
        r"(?:\bversion|\bv|\bno|#)\.?\s*$", text[max(0, m.start() - 10) : m.start()], re.I
    ):
        return None
    try:
        point = date(int(m["year"]), int(m["mon"]), int(m["day"]))
    except ValueError:
        return None
    return Candidate(
        m.start(),
        m.end(),
        "DATE",
        _fixed(point.isoformat(), "day", point, "a dotted date, day first as Europe writes it"),
    )


_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|into|since|by|until|till|through|during|of|from|to|before|after|between|and|or|early|late|mid|last|next|this|that|each|every|until|the|end|beginning|start|middle)[\s-]+|\w[’']s\s+|\b(?:its|his|her|their|our)\s+"
    # "January-March", "Feb.–May": the month ending a range of months
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s*[-–]\s*)$",
    re.IGNORECASE,
)


_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_LIST_BEFORE = re.compile(rf"\b(?-i:{_MONTH_NAMES}),\s+$")
# "stocks closed out March with a gain", "the index ended May 4 percent higher"
_MONTH_CLOSED_BEFORE = re.compile(
    r"\b(?:closed|closing|rounded|rounding)\s+out\s+$|\b(?:ended|ending)\s+$", re.IGNORECASE
)
_MONTH_LIST_AFTER = re.compile(rf"(?:,|\s+(?:and|or|to|through))\s+(?-i:{_MONTH_NAMES})\b")
_MONTH_WEATHER_BEFORE = re.compile(
    r"\b(?:(?:dri|wett|warm|cold|hott|cool|mild|sunni|snowi|raini|wind|stormi|busi|quiet|slow"
    r"|strong|weak)est|(?:unusually|exceptionally|unseasonably)\s+[a-z]+|warm|cold|hot|dry|wet|mild"
    r"|cool|snowy|rainy|sunny|stormy|chilly|balmy)\s+$"
)
_MONTH_DATA_AFTER = re.compile(
    r"\s+(?:trade|retail|sales|jobs|payrolls?|inflation|export|import|output|production|price"
    r"|unemployment|housing)\s+(?:figures|data|numbers|report|statistics|sales|index)\b"
)


_KIND_OF_YEAR = re.compile(
    rf"(?:\b(?:a|an|its|their|his|her|our)\s+|['’]s\s+)(?-i:(?P<m1>{_MONTH_NAMES}))"
    rf"(?:-to-|\s+to\s+|[-–])(?-i:(?P<m2>{_MONTH_NAMES}))\s+(?:tax|fiscal|financial|school"
    r"|business|budget|marketing|crop|accounting|academic)\s+year\b",
    re.IGNORECASE,
)


def _in_kind_of_year(text: str, at: int) -> bool:
    """Whether the month at ``at`` bounds a kind of year: "a July-to-June fiscal year"."""
    for k in _KIND_OF_YEAR.finditer(text, max(0, at - 24), min(len(text), at + 60)):
        if at in (k.start("m1"), k.start("m2")):
            return True
    return False


def _data_month(ctx: Context, month: int, mon: str) -> Resolution:
    """The month a month's figures are of: the latest such month up to publication, or the
    month just after it ("analysts expect July jobs figures to be weak", said in June)."""
    pub = ctx.published
    if pub is None:
        return named_month(ctx, month, None, None, mon)
    back = (pub.month - month) % 12
    first = add_months(date(pub.year, pub.month, 1), 1 if back == 11 else -back)
    return Resolution(
        f"{first.year:04d}-{month:02d}",
        f"{mon}: {first.year}, the latest such month up to publication (or the one just after),"
        " as a month's figures are",
        True,
        first,
        "month",
    )


_SEASON_PREPOSITIONS = frozenset(
    (
        "before",
        "after",
        "until",
        "till",
        "by",
        "since",
        "during",
        "through",
        "throughout",
        "into",
        "over",
    )
)


# a month name joined by a dash to another, after or before it: "Jun-Jul", "Mar–Apr"
_MONTH_PAIR = (
    "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July"
    "|August|September|October|November|December"
)
_MONTH_PAIR_AHEAD = re.compile(rf"\s?[-–]\s?(?:{_MONTH_PAIR})\.?(?![\w-])")
_MONTH_PAIR_BEHIND = re.compile(rf"(?<![\w-])(?:{_MONTH_PAIR})\.?\s?[-–]\s?$")
#: how far back a month joined before one can start ("September. - " is 13 characters; the
#: look-behind still sees the character before the window, so the window changes nothing)
_MONTH_PAIR_REACH = 16


@rule(
    rf"{_B}(?:(?P<det>this\s+past|this\s+coming|this|last|next|coming|that|the\s+following|the\s+next|the\s+previous)\s+)?{_MON}(?!\s*[0-3]?\d(?!\d))(?!\w)"
)
def _month_alone(m: re.Match[str], text: str) -> Candidate | None:
    mon = m["mon"]
    if not _capitalised(mon):
        return None
    paired = bool(
        _MONTH_PAIR_AHEAD.match(text, m.end())
        or _MONTH_PAIR_BEHIND.search(text, max(0, m.start() - _MONTH_PAIR_REACH), m.start())
    )
    if (
        mon[-1] != "."
        and len(mon) <= 4
        and mon.lower() not in ("may", "june", "july")
        # "Jun-Jul", "Oct–Dec": a month joined to another by a dash is a month
        and not paired
    ):
        return None  # "Jan" alone is more often a name than a month
    if mon.isupper() and len(mon) > 3 and not text[max(0, m.start() - 20) : m.start()].isupper():
        return None
    if mon.isupper() and re.match(r"\s+[A-Z]{2,}\b", text[m.end() : m.end() + 12]):
        return None  # "MAY NOT EXTEND": a headline in capitals
    det = (m["det"] or "").lower()
    start = m.start()
    if det == "that" and _THAT_CLAUSE_VERB.search(text, max(0, start - 30), m.start("mon")):
        # "warned that December will be busier": the "that" opens the clause the month is the
        # subject of; it does not point back at a month already told
        det, start = "", m.start("mon")
    if (
        mon.lower() in ("june", "april", "may")
        and not det
        and re.match(r"\s+[A-Z][a-z]+\b(?<!\bThe)", text[m.end() : m.end() + 20])
        and not re.search(
            r"\b(?:in|by|since|until|till|of|from|through|early|late|mid|last|next|this|and|or)"
            r"[\s-]+$",
            text[max(0, m.start() - 12) : m.start()],
            re.IGNORECASE,
        )
    ):
        return None  # "June Maddox, 78": a first name
    delivery = (
        not det
        and _DELIVERY_AFTER.match(text, m.end()) is not None
        # "Theresa May contracts": a name before it
        and not re.search(r"[A-Z][\w.’'-]*\s+$", text[max(0, m.start() - 20) : m.start()])
    )
    if mon.lower() in ("may", "march") and not det and not paired and not delivery:
        before = text[max(0, m.start() - 20) : m.start()]
        if (
            not _MONTH_CONTEXT.search(before)
            # "most of them in April, May and June", "its driest May and June", "an unusually
            # warm March", "will publish March trade figures": named among months, or as a
            # month's weather or a month's data
            and not _MONTH_LIST_BEFORE.search(before)
            and not (
                _MONTH_CLOSED_BEFORE.search(before)
                and not text.startswith(("'s", "’s"), m.end())  # "ended May's career"
            )
            and not _MONTH_LIST_AFTER.match(text, m.end())
            and not _MONTH_WEATHER_BEFORE.search(before)
            and not _MONTH_DATA_AFTER.match(text, m.end())
            and not (
                # "report stage is pencilled in for March", "talks set for March.": after "for"
                # the capitalised word is the month; "May" after "for" is too often Theresa May
                mon.lower() == "march"
                and re.search(r"\bfor\s+$", before, re.IGNORECASE)
                # "shut for March break": the school holiday, a week of its own
                and not re.match(r"\s+(?:break|madness)\b", text[m.end() : m.end() + 10], re.I)
            )
            and not (
                # "May was the wettest month on record": the month as the subject of a verb
                mon[0].isupper()
                and re.match(
                    r"\s+(?:was|is|has\s+been|had\s+been|saw|brought|ended|began)\b",
                    text[m.end() : m.end() + 14],
                )
                and not re.search(
                    r"\b(?:it|he|she|they|we|you|I|there|this|that|which|who)\s*$", before
                )
                # "Theresa May was prime minister", "Dr. May was": a name (a sentence ending in a
                # word and a full stop before it is no name: "at Mace Head. May was the sunniest")
                and not re.search(
                    r"(?:[A-Z][\w’'-]*|\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep)\.)[ \t]+$", before
                )
            )
        ):
            return None
    month = month_number(mon)
    det = " ".join(det.split())
    if not det and _in_kind_of_year(text, m.start("mon")):
        # "Australia's July-to-June tax year", "an October-September fiscal year": the months
        # that bound a kind of year, any year's
        return Candidate(
            m.start(),
            m.end(),
            "DATE",
            _const(f"XXXX-{month:02d}", f"{mon} of any year: a bound of a kind of year"),
        )
    if delivery:
        return Candidate(start, m.end(), "DATE", lambda ctx: _delivery_month(ctx, month, mon))
    if det in ("the following", "the next", "the previous"):
        ahead = det != "the previous"
        return Candidate(
            m.start(), m.end(), "DATE", lambda ctx: _chained_month(ctx, month, ahead, m.group(0))
        )
    direction = {"this past": "last", "this coming": "next", "coming": "next"}.get(det, det or None)
    if direction is None and _MONTH_DATA_AFTER.match(text, m.end()):
        # "will publish March trade figures next month": a month's data is of a month gone
        # (or, at the latest, of the month of publication)
        return Candidate(start, m.end(), "DATE", lambda ctx: _data_month(ctx, month, mon))
    return Candidate(
        start,
        m.end(),
        "DATE",
        lambda ctx: named_month(ctx, month, None, direction, mon),
    )


# a futures contract's month: "wheat for September delivery", "the December contract"
_DELIVERY_AFTER = re.compile(r"\s+(?:delivery|contracts?|futures)\b", re.IGNORECASE)


def _delivery_month(ctx: Context, month: int, word: str) -> Resolution:
    """ "Corn futures for December delivery fell": a contract still trading, so the month of
    publication or the first such month after it, whatever the tense of the trading."""
    pub = ctx.published
    if pub is None:
        return named_month(ctx, month, None, None, word)
    year = pub.year if month >= pub.month else pub.year + 1
    return Resolution(
        f"{year:04d}-{month:02d}",
        f"{word} {year}: a contract's delivery month, the first on or after publication",
        True,
        date(year, month, 1),
        "month",
    )


# a verb whose "that" opens a clause: "said that", "warned that", "expects that"
_THAT_CLAUSE_VERB = re.compile(
    r"\b(?:said|says|say|warned|warns|announced|announces|expects?|expected|believes?|believed"
    r"|noted|notes|reported|reports|predicted|predicts|hopes?|hoped|confirmed|confirms|added"
    r"|adds|insisted|insists|estimated|estimates|suggested|suggests|stated|states|revealed"
    r"|thinks?|thought|fears?|feared|claimed|claims|agreed|decided|ruled|argued|argues"
    r"|acknowledged|forecast|forecasts|told\s+\w+)\s+that\s+$",
    re.IGNORECASE,
)


def _chained_month(ctx: Context, month: int, ahead: bool, what: str) -> Resolution:
    """ "the following August": the first August after the date just mentioned."""
    prior = ctx.anchor()
    if prior is None or prior.point is None:
        return named_month(ctx, month, None, "next" if ahead else "last", what)
    base = prior.point
    if prior.gran in ("year", "decade", "century"):
        year = base.year + (1 if ahead else -1)
    elif ahead:
        year = base.year if month > base.month else base.year + 1
    else:
        year = base.year if month < base.month else base.year - 1
    return Resolution(
        f"{year:04d}-{month:02d}",
        f"{what}: told from {prior.value}, the date mentioned just before",
        prior.needs_anchor,
        date(year, month, 1),
        "month",
    )


_COUNT_NOUN_AFTER = re.compile(
    r"\s*(?:%|percent|per\s?cent"
    # "Trading for 1999 opens on Monday", "1999 promises to be busy": the year is the subject of
    # a verb, not a count of things
    r"|(?!(?:opens|begins|promises|seems|looks|brings|means|appears|proves|represents|includes"
    r"|remains)\s+(?:on|to|with|in|at|a|an|the|more|less|better|worse|brighter|bleaker|likely)\b)"
    # ("its 1980 gross national product", "a 1997 business plan": a word in -ss is no plural)
    r"[a-z]+s\b(?<!\bwas)(?<!\bis)(?<!\bhas)(?<!\bthis)(?<!\bas)(?<!\bits)(?<!\bhis)(?<!\bus)"
    r"(?<!ss))",
)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|of|from|to|until|till|through|during|before|after|between|and|or|early|late|mid|the|fiscal|around|circa|year|for|than|about|spring|summer|fall|autumn|winter|on|at|into|until|season)[\s-]+|[,(]\s*)$",
    re.IGNORECASE,
)


# "the 2000 elections", "the 1998 floods": events named by their year, not counts of them
_YEAR_EVENT_AFTER = re.compile(
    r"\s+(?:presidential\s+|general\s+|local\s+|midterm\s+|summer\s+|winter\s+)?"
    r"(?:elections|olympics|games|floods|attacks|bombings|riots|protests|talks|negotiations"
    r"|accords|agreements|hostilities|playoffs|finals|championships|celebrations|festivities"
    r"|census|accounts|results|figures|earnings|statistics|levels|averages|baselines"
    r"|midterms|primaries|series|budgets|campaigns|championship|olympic)\b",
    re.IGNORECASE,
)
# a capitalised word that is no date word right before a year: a name holds it ("Windows
# 2000", "Agenda 2000"); laws and reports named by their year ("the Finance Bill 2024") keep it
_NAME_BEFORE_YEAR = re.compile(
    r"(?:\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February"
    r"|March|April|June|July|August|September|October|November|December|Spring|Summer|Fall"
    r"|Autumn|Winter|Christmas|Easter|In|By|Since|From|Until|Through|During|Before|After|Early"
    r"|Late|Mid|Fiscal|Calendar|Year|Of|The|And|Or|To|For|On|At|Between|Circa|Since|Than|About"
    r"|Around|Until|Till|Over|Under|Cop|Season|Budget|Election|Elections|Census|Vote|Class|Bill|Act"
    r"|Acts|Plan|Report|Law|Review|Strategy|Survey|Accord|Agreement|Treaty|Convention|Statement)\b)"
    r"[A-Z][a-z]+)\s+$"
)
_YEAR_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|by|from|until|till|through|during|before|after|early|late|mid|fiscal|circa"
    r"|spring|summer|fall|autumn|winter|season)[\s-]+$"
    # "the agreement of 1998 calls for ...", "the floods of 1998": an event or a paper of
    # that year, whatever word follows
    r"|\b(?:agreements?|accords?|treaty|treaties|act|law|constitution|elections?|crisis|war"
    r"|floods?|storms?|droughts?|earthquake|revolution|uprising|coup|massacre|riots|protests"
    r"|strikes?|summit|campaign|census|budget|report|plan|class|olympics|games|championships?"
    r"|season|spring|summer|autumn|fall|winter)\s+of\s+$",
    re.IGNORECASE,
)


@rule(
    rf"{_B}(?P<pre>(?:(?:fiscal|calendar)(?:\s+year)?|the\s+(?:fiscal\s+)?year|FY)\s*)?{_YEAR4_WIDE}(?![\d,.]\d|-\d|\s*%)(?!\w)"
)
def _year(m: re.Match[str], text: str) -> Candidate | None:
    year = int(m["year"])
    if (
        re.search(r"\bat\s+$", text[max(0, m.start() - 4) : m.start()], re.IGNORECASE)
        and int(m["year"][2:]) < 60
        and int(m["year"][:2]) < 24
        and not _MIL_NOT_AFTER.match(text, m.end())
    ):
        return None  # "lifted off at 1322": a clock (the clock reader takes it)
    if year >= 2100 and not re.search(
        r"\b(?:by|until|till|before|after|around|in|through|to|of|beyond|since)\s+$",
        text[max(0, m.start() - 10) : m.start()],
        re.IGNORECASE,
    ):
        return None  # "2100 GMT", "2130 hours": a clock; "by 2100": the century's end
    if year >= 2100 and re.match(
        r"\s*(?:GMT|UTC|Z\b|hours|hrs|local|[ECMP][SD]T\b)", text[m.end() :]
    ):
        return None
    before = text[max(0, m.start() - 24) : m.start()]
    if before.rstrip().endswith(("$", "#", "No.", "no.", "£", "€", "number")):
        return None
    if re.match(r"\s+block\s+of\b", text[m.end() : m.end() + 12], re.IGNORECASE):
        return None  # "the 2000 block of Main Street": an address
    if not m["pre"]:
        after = text[m.end() : m.end() + 24]
        if (
            _COUNT_NOUN_AFTER.match(after)
            and not _YEAR_PREPOSITION_BEFORE.search(before)
            and not _YEAR_EVENT_AFTER.match(after)
            # "reversed a 1996 appeals court ruling": one thing cannot be a count of many, so
            # the plural after the year is the first word of a compound it dates
            and not re.search(r"\b(?:a|an)\s+$", before, re.IGNORECASE)
        ):
            # "and 1,050 injuries", "the 2000 soldiers": a count, unless a preposition of time
            # makes it a year ("in 1998 elections", "since 2014 talks")
            return None
        # (a number that ends the sentence or line before is no count of this one:
        # "output triples by 1916.\n1968 — A fire ...")
        if re.search(r"\d(?:[\d,]|\.\d)*(?:[^\S\n]*|[.,])\Z", before) and not re.search(
            r"(?<![\d,.])(?:1[5-9]\d\d|20\d\d),\s*$", before
        ):
            return None  # "1,050 injuries" is a count, but "won in 1986, 1989 and 1990" a list
        if year < 1500 and not _YEAR_CONTEXT_BEFORE.search(before):
            return None
        if _NAME_BEFORE_YEAR.search(before) and not _sentence_initial(
            text,
            m.start() - len(_NAME_BEFORE_YEAR.search(before).group(0)),  # type: ignore[union-attr]
        ):
            return None  # "Windows 2000", "Agenda 2000": names
    start = m.start() if m["pre"] and not m["pre"].lower().startswith("the") else m.start("year")
    if m["pre"] and m["pre"].lower().startswith("the"):
        start = m.start()
    return _year_candidate(start, m.end(), year, f"the year {year}, as written")


@rule(r"(?<![\w'’])FY\s?['’]?(?P<yy>\d\d)(?![\d%-]|[.,]\d)(?!\w)")
def _fiscal_short(m: re.Match[str], text: str) -> Candidate | None:
    """ "FY26", "FY'25": a fiscal year named by its last two digits, dated as "fiscal 2026"
    is (TimeBank writes "fiscal 1989" as 1989, the year it ends in)."""
    yy = int(m["yy"])
    year = 2000 + yy if yy < 70 else 1900 + yy
    return _year_candidate(m.start(), m.end(), year, f"the fiscal year {year}, as written")


@rule(
    r"(?<![\w:.])(?P<h>[0-9])[:.](?P<mi>[0-5]\d)[:.](?P<s>[0-5]\d)(?:\.\d+)?"
    r"(?![\d:]|\s*(?:[ap]\.?m\b|GMT|UTC|Z\b|local))"
)
def _race_time(m: re.Match[str], text: str) -> Candidate | None:
    """ "won the marathon in 2:22:31": an elapsed time (hours, minutes, seconds), a span."""
    if not re.search(
        r"\b(?:in|of|time|clocked|timed|ran|run|runs|finished|record|best|win|won)\s+$",
        text[max(0, m.start() - 12) : m.start()],
        re.IGNORECASE,
    ):
        return None
    hours, minutes, seconds = int(m["h"]), int(m["mi"]), int(m["s"])
    value = "PT" + (f"{hours}H" if hours else "") + f"{minutes}M{seconds}S"
    return Candidate(
        m.start(), m.end(), "DURATION", _const(value, f"{m.group(0)}: an elapsed time")
    )


@rule(r"(?<![\w'’])FY\s?(?P<y1>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>\d\d)(?![\d%]|[.,]\d)(?!\w)")
def _fiscal_span(m: re.Match[str], text: str) -> Candidate | None:
    """ "FY2024-25": a fiscal year across two calendar years, named by the one it starts in
    (as South Asian and African budgets name it, and as our sets date "the 1998-99 year")."""
    first, second = int(m["y1"]), int(m["y2"])
    if second != (first + 1) % 100:
        return None
    return _year_candidate(
        m.start(), m.end(), first, f"the fiscal year from {first} to {first + 1}, by its start"
    )


@rule(rf"{_B}(?:the\s+)?(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:instant|inst\.?)(?![\w])")
def _day_instant(m: re.Match[str], text: str) -> Candidate | None:
    """ "on the 20th instant": that day of the current month, as South Asian news writes."""
    day = int(m["day"])

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if pub is None:
            return Resolution(
                f"XXXX-XX-{day:02d}", f"{m.group(0)}: needs the publication date", True
            )
        try:
            point = pub.replace(day=day)
        except ValueError:
            return Resolution(f"XXXX-XX-{day:02d}", f"{m.group(0)} is not a day of the month")
        return Resolution(
            point.isoformat(),
            f"{m.group(0)}: day {day} of the month of publication",
            True,
            point,
            "day",
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(rf"{_B}(?P<rel>next|last|this|coming)\s+week\s+(?P<wd>{WEEKDAY_PATTERN})(?![\w'’])")
def _week_then_weekday(m: re.Match[str], text: str) -> Candidate | None:
    """ "next week Tuesday": one day, the Tuesday of the week named (an idiom of South Asian and
    West African English)."""
    if not _capitalised(m["wd"]):
        return None
    step = {"next": 1, "coming": 1, "last": -1, "this": 0}[m["rel"].lower()]
    wd = weekday_number(m["wd"])

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if pub is None:
            return Resolution(
                f"XXXX-WXX-{wd + 1}", f"{m.group(0)}: needs the publication date", True
            )
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        point = monday + timedelta(days=wd)
        return Resolution(
            point.isoformat(),
            f"{m.group(0)}: the {m['wd']} of the week {m['rel'].lower()} to publication",
            True,
            point,
            "day",
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(rf"{_B}(?:till|until|up\s+to)\s+date(?![\w-])")
def _till_date(m: re.Match[str], text: str) -> Candidate | None:
    """ "has disbursed 1,200 crore till date": so far, up to now (South Asian English)."""
    if m.group(0).lower().startswith("up"):
        return None  # "up to date" is about being current, not a time
    return Candidate(
        m.start(), m.end(), "DATE", lambda ctx: reference(ctx, "PRESENT_REF", m.group(0))
    )


_YEAR_RANGE = (
    r"(?<![\w$#.,-])(?P<y1>1[5-9]\d\d|20\d\d)\s*[-–/]\s*(?P<y2>1[5-9]\d\d|20\d\d|\d\d)"
    r"(?![\w%-]|[.,]\d)"
)
_SPAN_YEAR = re.compile(
    r"\s+(?:fiscal|financial|budget|school|academic|crop|marketing|tax|coffee|cocoa|sugar"
    r"|cotton|harvest|growing)\s+year|\s+season|\s+(?:academic|school|legislative)\s+session",
    re.IGNORECASE,
)
# a year's crop, harvest or season named by two years in full: "the 1999-2000 coffee crop"
_SEASON_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:crops?|harvests?|seasons?|campaign|years?|budget)\b", re.IGNORECASE
)


_BASELINE_AFTER = re.compile(r"\s+(?:levels?|average|baseline|mean|period|norms?)\b", re.IGNORECASE)


def _year_range_parts(m: re.Match[str], text: str) -> tuple[int, int] | None:
    first = int(m["y1"])
    second = int(m["y2"]) if len(m["y2"]) == 4 else first - first % 100 + int(m["y2"])
    # a lifespan in brackets after a name may run past 60 years: "(1921-1998)"
    reach = (
        110
        if text[max(0, m.start() - 1) : m.start()] == "("
        # a climate or census baseline runs longer: "compared with 1901-1971 levels"
        else 125
        if len(m["y2"]) == 4
        and _SPAN_YEAR.match(text, m.end()) is None
        and _BASELINE_AFTER.match(text, m.end())
        else 60
    )
    if not first < second <= first + reach:
        return None
    if len(m["y2"]) == 2 and int(m["y2"]) <= 12 and not _SPAN_YEAR.match(text, m.end()):
        return None  # "2003-04" alone reads as April 2003 as well as a season
    return first, second


_SCHOOL_YEAR_STEP = {
    "the": 0,
    "this": 0,
    "the current": 0,
    "next": 1,
    "the next": 1,
    "the coming": 1,
    "last": -1,
    "the last": -1,
    "the previous": -1,
}


@rule(
    rf"{_B}(?P<det>this|the\s+current|the\s+next|the\s+coming|the\s+last|the\s+previous|next|last"
    rf"|the)\s+(?:school|academic)\s+year{_E}(?!-)"
)
def _school_year(m: re.Match[str], text: str) -> Candidate | None:
    """ "next school year", "extending the school year to June 18": a school year, which runs
    from the autumn to the summer and is named, as "the 1999-2000 school year" is, by the year
    it begins in."""
    if _title_case_name(m, text, m.end("det") + 1):
        return None  # "the Academic Year Abroad programme": a name
    det = " ".join(m["det"].lower().split())
    step = _SCHOOL_YEAR_STEP[det]
    words = m.group(0)
    return Candidate(m.start(), m.end(), "DATE", lambda ctx: _school_year_of(ctx, step, words))


def _school_year_of(ctx: Context, step: int, word: str) -> Resolution:
    pub = ctx.published
    if pub is None:
        return unresolved("year", word)
    # the one under way at publication began last autumn, or this one if classes have begun
    # (August, as in much of the US); over the summer the one just ended is still 'the' year
    current = pub.year if pub.month >= 8 else pub.year - 1
    year = current + step
    where = {0: "the one under way", 1: "the next one", -1: "the one before"}[step]
    return Resolution(
        f"{year:04d}",
        f"{word}: {where}, the {year}-{(year + 1) % 100:02d} school year, named by the year it "
        f"begins in (published {human_day(pub)})",
        needs_anchor=True,
        point=date(year, 1, 1),
        gran="year",
        span=(date(year, 9, 1), date(year + 1, 6, 30)),
    )


@rule(_YEAR_RANGE)
def _year_range_start(m: re.Match[str], text: str) -> Candidate | None:
    """ "the Ninth Five-Year Plan (1996-2000)", "the 1950-53 Korean War": the first year is a
    date of its own; "the 1998-99 fiscal year" is one year, named by its start."""
    parts = _year_range_parts(m, text)
    if parts is None:
        return None
    first, second = parts
    start, end = m.start("y1"), m.end("y1")
    if second == first + 1 and (
        len(m["y2"]) == 2
        or "/" in m.group(0)
        or _SEASON_NOUN_AFTER.match(text, m.end()) is not None
    ):
        # "2025/26", "2025-26": one fiscal year or season; "1999/2000", "the 1999-2000 coffee
        # crop": so too with the second year in full
        end = m.end()
    span = _SPAN_YEAR.match(text, m.end())
    if span is not None:
        end = span.end()
        lead = re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()], re.IGNORECASE)
        if lead is not None:
            start = m.start() - len(lead.group(0))
    return Candidate(
        start,
        end,
        "DATE",
        _fixed(
            f"{first:04d}", "year", date(first, 1, 1), f"{first}, where the span it opens begins"
        ),
    )


@rule(_YEAR_RANGE)
def _year_range_end(m: re.Match[str], text: str) -> Candidate | None:
    """ "1950-53": the short second year, in the first one's century."""
    parts = _year_range_parts(m, text)
    if parts is None or len(m["y2"]) != 2 or _SPAN_YEAR.match(text, m.end()):
        return None
    if re.search(
        rf"\b{SEASON_PATTERN}\s+(?:of\s+)?$", text[max(0, m.start() - 12) : m.start()], re.I
    ):
        return None  # "the winter of 1995-96" is one winter, read by the season rule
    first, second = parts
    if second == first + 1:
        return None  # "the budget for 2025/26": one fiscal year, read by its first
    return Candidate(
        m.start("y2"),
        m.end("y2"),
        "DATE",
        _fixed(f"{second:04d}", "year", date(second, 1, 1), f"{second}, where the span ends"),
    )


# "twenty-one thousand", "nineteen ninety-nine million": the words go on as a number
_MULTIPLIER_AFTER = re.compile(
    r"[\s-]+(?:hundred|thousand|million|billion|trillion)s?\b", re.IGNORECASE
)

_UNIT_AFTER = re.compile(
    r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)|miles?"
    r"|kilometres?|kilometers?|metres?|meters?|feet|people|of\b)",
    re.IGNORECASE,
)


@rule(
    rf"{_B}(?:the\s+year\s+)?(?:(?P<c>sixteen|seventeen|eighteen|nineteen|twenty)[\s-](?P<rest>{_SPOKEN_TAIL}"
    r"|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
    rf"|two\s+thousand(?:\s+and)?(?:[\s-](?P<rest2>{NUMBER_WORD}))?){_E}"
)
def _spoken_year(m: re.Match[str], text: str) -> Candidate | None:
    if _UNIT_AFTER.match(text, m.end()):
        return None  # "for two thousand years", "nineteen hundred miles": a count, not a year
    if _MULTIPLIER_AFTER.match(text, m.end()):
        return None  # "two thousand and twenty-one thousand": a number's first words
    if m["c"]:
        rest = m["rest"].lower()
        base = {"sixteen": 1600, "seventeen": 1700, "eighteen": 1800, "nineteen": 1900}.get(
            m["c"].lower(), 2000
        )
        if rest == "hundred":
            year = base
        elif rest.startswith("oh"):
            # "twenty oh five", "nineteen oh eight": the first nine years of a century
            n = parse_number(rest[3:])
            if n is None:
                return None
            year = base + int(n)
        else:
            n = parse_number(rest)
            if n is None or n < 10:
                return None
            year = base + int(n)
        if m["c"].lower() in ("twenty", "sixteen", "seventeen") and not m.group(
            0
        ).lower().startswith("the year"):
            # "twenty fifteen" is a year, but only believe it with a date-like word before
            before = text[max(0, m.start() - 20) : m.start()]
            if not _YEAR_CONTEXT_BEFORE.search(before):
                return None
    else:
        n = parse_number(m["rest2"]) if m["rest2"] else 0
        if n is None or not 0 <= n < 100 or n != int(n):
            return None  # "two thousand and five hundred": a year's tail is below a hundred
        year = 2000 + int(n)
        before = text[max(0, m.start() - 20) : m.start()]
        if not m.group(0).lower().startswith("the year") and not _YEAR_CONTEXT_BEFORE.search(
            before
        ):
            return None
    return _year_candidate(m.start(), m.end(), year, f"the year {year}, spelled out")


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


@rule(
    rf"{_B}(?:the\s+)?(?:(?P<cent>1\d|20)(?P<dec>\d)0|['’](?P<dec2>\d)0)['’]?s{_E}"
    rf"|{_B}the\s+(?P<mod>(?:early|late|mid)[\s-]+)?(?:(?P<cw>nineteen|eighteen)[\s-]?)?(?P<dw>{'|'.join(_DECADE_WORDS)}){_E}"
    # "in the 1940s and 50s": a decade written short after a whole one
    rf"|(?<=\s)(?P<el>(?P<dec3>[1-9])0['’]?s){_E}"
)
def _decade(m: re.Match[str], text: str) -> Candidate | None:
    if m["el"]:
        whole = re.search(
            r"\b(?P<c>1\d|20)\d0['’]?s\s+(?:and|or|to|through|into|and\s+early|and\s+late)\s+$",
            text[max(0, m.start() - 30) : m.start()],
        )
        if whole is None:
            return None  # "in their 50s": an age
        value = f"{whole['c']}{m['dec3']}"
        return Candidate(
            m.start(),
            m.end(),
            "DATE",
            _fixed(value, "decade", date(int(value) * 10, 1, 1), f"the {value}0s"),
        )
    if m["cent"] and m["dec"] == "0" and m["cent"].startswith("1"):
        # "the late 1800s" is the century (the 19th), as news uses it, not 1800-1809
        century = m["cent"]
        return Candidate(
            m.start(),
            m.end(),
            "DATE",
            _fixed(century, "century", date(int(century) * 100, 1, 1), f"the {century}00s"),
        )
    if m["cent"]:
        value = f"{m['cent']}{m['dec']}"
        return Candidate(
            m.start(),
            m.end(),
            "DATE",
            _fixed(value, "decade", date(int(value) * 10, 1, 1), f"the {value}0s"),
        )
    digit = int(m["dec2"]) if m["dec2"] else _DECADE_WORDS[m["dw"].lower()]
    named_century = {"nineteen": 19, "eighteen": 18}.get((m["cw"] or "").lower())

    def resolve(ctx: Context) -> Resolution:
        if named_century is not None:
            century = named_century
        elif ctx.published is not None:
            # the latest such decade that has begun by publication
            century = ctx.published.year // 100
            if century * 100 + digit * 10 > ctx.published.year:
                century -= 1
        else:
            century = 19
        value = f"{century}{digit}"
        return Resolution(
            value,
            f"the {value}0s: the latest decade so named",
            needs_anchor=named_century is None,
            point=date(int(value) * 10, 1, 1),
            gran="decade",
        )

    # "the early Nineties": the modifier before it is read like any other ("early 1996")
    start = m.start("cw") if m["mod"] and m["cw"] else m.start("dw") if m["mod"] else m.start()
    return Candidate(start, m.end(), "DATE", resolve)


_CENTURY_ORD = {
    **{k: v for k, v in ORDINALS.items()},
    **{
        f"{n}{'st' if n % 10 == 1 and n != 11 else 'nd' if n % 10 == 2 and n != 12 else 'rd' if n % 10 == 3 and n != 13 else 'th'}": n
        for n in range(1, 23)
    },
}


@rule(
    rf"{_B}(?:the\s+)?(?:(?P<ord>(?:\d{{1,2}}(?:st|nd|rd|th))|(?:twenty[-\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))|(?P<det>this|last|next|past|previous|current|new|coming))[\s-]+century{_E}"
)
def _century(m: re.Match[str], text: str) -> Candidate | None:
    if m["ord"]:
        word = m["ord"].lower().replace(" ", "-")
        n = _CENTURY_ORD.get(word)
        if n is None:
            return None
        value = f"{n - 1:02d}"
        return Candidate(
            m.start(),
            m.end(),
            "DATE",
            _fixed(
                value,
                "century",
                date(max(1, (n - 1) * 100), 1, 1),
                f"the {word} century: years {value}00-{value}99",
            ),
        )
    det = m["det"].lower()
    if det in ("new", "coming"):

        def new_century(ctx: Context) -> Resolution:
            year = ctx.written_year_in_sentence()
            if year is not None and ctx.tense() == "past":
                # "In 1899, newspapers greeted the new century": the one that year ushered in
                n = (year + 10) // 100
                return Resolution(
                    f"{n:02d}",
                    f"{m.group(0)}: the century that began around {year}, the year named",
                    point=date(n * 100, 1, 1),
                    gran="century",
                )
            # "the new century", said in 1999 or in 2001, is the one of the 2000s
            return relative(
                ctx,
                "century",
                1 if ctx.published is not None and ctx.published.year % 100 >= 50 else 0,
                m.group(0),
            )

        return Candidate(m.start(), m.end(), "DATE", new_century)
    if det == "past":
        # "in the past century", like "the past decade" and "the past 100 years": the hundred
        # years up to now, a span (TimeML's "the past three years"); "the last century" names
        # the one before this
        return Candidate(
            m.start(), m.end(), "DURATION", _const("P100Y", f"{m.group(0)}: a span of a century")
        )
    offset = {"this": 0, "current": 0, "next": 1}.get(det, -1)
    return Candidate(
        m.start(), m.end(), "DATE", lambda ctx: relative(ctx, "century", offset, m.group(0))
    )


_DECADE_OF_CENTURY = {
    "first": 0,
    "second": 1,
    "third": 2,
    "fourth": 3,
    "fifth": 4,
    "sixth": 5,
    "seventh": 6,
    "eighth": 7,
    "ninth": 8,
    "tenth": 9,
    "last": 9,
    "final": 9,
}


@rule(
    rf"{_B}the\s+(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)"
    r"\s+decade\s+of\s+(?:the\s+)?(?:(?P<ord>\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty[-\s]first)"
    rf"|(?P<det>this|next|last|previous|new|coming|current))\s+century{_E}"
)
def _decade_of_century(m: re.Match[str], text: str) -> Candidate | None:
    """ "the first decade of the next century": that century's decade (TIMEX3 "200")."""
    digit = _DECADE_OF_CENTURY[m["nth"].lower()]
    if m["ord"]:
        n = _CENTURY_ORD.get(m["ord"].lower().replace(" ", "-"))
        if n is None:
            return None
        value = f"{n - 1:02d}{digit}"
        return Candidate(
            m.start(),
            m.end(),
            "DATE",
            _fixed(
                value,
                "decade",
                date((n - 1) * 100 + digit * 10, 1, 1),
                f"{m.group(0)}: years {value}0-{value}9",
            ),
        )
    det = m["det"].lower()

    def resolve(ctx: Context) -> Resolution:
        if ctx.published is None:
            return Resolution("XXX", f"{m.group(0)}; needs the publication date", True)
        year = ctx.published.year
        if det in ("next", "new", "coming"):
            # "the new century", said in 1999 or in 2001, is the one of the 2000s
            offset = 1 if det == "next" or year % 100 >= 50 else 0
        else:
            offset = {"this": 0, "current": 0}.get(det, -1)
        century = year // 100 + offset
        value = f"{century:02d}{digit}"
        return Resolution(
            value,
            f"{m.group(0)}: years {value}0-{value}9",
            True,
            date(century * 100 + digit * 10, 1, 1),
            "decade",
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(
    rf"{_B}the\s+(?:(?P<det>new|next|coming)\s+)?millennium{_E}(?!\s+(?:bug|dome|problem|computer))"
)
def _millennium(m: re.Match[str], text: str) -> Candidate | None:
    """ "the new millennium", said around 2000: the thousand years from 2000 (TIMEX3 "2")."""

    # the turn of the year 2000 as an event: "getting ready for the millennium", "spent the
    # millennium in a data center", "the millennium celebrations" (our sets, 16 to 12); and what
    # arrives, is greeted or celebrated: "As the millennium approaches", "greeted the millennium"
    turn = not m["det"] and (
        re.search(
            r"\b(?:before|ahead\s+of|run-up\s+to|ready\s+for|time\s+for|by|since|spent|during"
            r"|was|celebrations?\s+(?:of|for)|party\s+of|greet(?:s|ed|ing)?|welcom(?:e[sd]?|ing)"
            r"|usher(?:s|ed|ing)?\s+in|see(?:s|ing)?\s+in|saw\s+in|built\s+for|towards?)\s+$",
            text[max(0, m.start() - 20) : m.start()],
            re.IGNORECASE,
        )
        or re.match(
            r"\s+(?:celebrations?|party|parties|changeover|rollover|eve|passed|will\s+come"
            r"|approach(?:es|ed|ing)?|nears|neared|arrives|arrived|dawns|dawned)\b",
            text[m.end() : m.end() + 16],
        )
    )

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if pub is None:
            return Resolution("XXXX", f"{m.group(0)}; needs the publication date", True)
        if turn and (pub.year >= 1995 or re.search(r"\b(?:2000|Y2K)\b", ctx.text)):
            return Resolution(
                "2000",
                f"{m.group(0)}: the turn of the year 2000",
                True,
                date(2000, 1, 1),
                "year",
            )
        if not m["det"] and not 1990 <= pub.year <= 2010:
            return Resolution("XXXX", f"{m.group(0)}: which one, the text does not say", True)
        n = (pub.year + 100) // 1000  # the one about to begin or just begun
        return Resolution(
            str(n), f"{m.group(0)}: the years {n}000-{n}999, the one around publication", True
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(rf"{_B}the\s+(?:(?P<half>past|last)\s+half[\s-])?century{_E}(?!-)")
def _the_century(m: re.Match[str], text: str) -> Candidate | None:
    """ "the storm of the century": the century of publication; "the past half century": 50 years."""
    if m["half"]:
        return Candidate(m.start(), m.end(), "DURATION", _const("P50Y", "a span of half a century"))
    before = text[max(0, m.start() - 12) : m.start()]
    if not re.search(r"\b(?:of|in|during|throughout)\s+$", before, re.IGNORECASE):
        return None
    if re.match(r"\s+(?:ago|earlier|later|before|after)\b", text[m.end() : m.end() + 8]):
        return None
    return Candidate(
        m.start(), m.end(), "DATE", lambda ctx: relative(ctx, "century", 0, m.group(0))
    )


@rule(rf"{_B}Y2K{_E}", 0)
def _y2k(m: re.Match[str], text: str) -> Candidate | None:
    """ "the Y2K bug": the year 2000, as its name says."""
    return Candidate(
        m.start(), m.end(), "DATE", _fixed("2000", "year", date(2000, 1, 1), "Y2K: the year 2000")
    )


@rule(rf"{_B}the\s+turn\s+of\s+the\s+century{_E}")
def _century_turn(m: re.Match[str], text: str) -> Candidate | None:
    """ "by the turn of the century": the year the centuries meet, ahead or behind by tense."""

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if pub is None:
            return unresolved("year", m.group(0))
        latest = pub.year - pub.year % 100
        year = latest + 100 if ctx.tense() != "past" and pub.year % 100 >= 50 else latest
        return absolute(
            f"{year:04d}", date(year, 1, 1), "year", f"{m.group(0)}: around {year}, by the tense"
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


_EPI_WEEK = re.compile(r"\b(?:epidemiological|epidemiologic|epi|surveillance)\s+weeks?\b", re.I)


@rule(
    r"\b(?P<kind>(?:epidemiological|epidemiologic|epi|surveillance)\s+)?weeks?\s+(?P<n>[1-5]?\d)(?![\d:.,]\d)"
    r"(?:(?:\s+of|\s+in|,)\s+(?P<y>1\d{3}|20\d{2})(?!\d))?"
    r"(?P<range>\s*(?:to|through|and|-|–)\s*(?P<n2>[1-5]?\d)(?![\d:.,]\d))?"
)
def _numbered_week(m: re.Match[str], text: str) -> Candidate | None:
    """A week of the year by its number, as health agencies report by it ("epidemiological
    week 23", "epi week 35 of 2024"); a bare "week 22" only where the text counts such weeks."""
    if not m["kind"] and _EPI_WEEK.search(text, max(0, m.start() - 4000), m.start()) is None:
        return None
    number = int(m["n"])
    if not 1 <= number <= 53:
        return None
    end = m.start("range") if m["range"] else m.end()
    return Candidate(m.start(), end, "DATE", _week_of_year(number, m["y"]))


@rule(
    r"\bweeks\s+[1-5]?\d\s*(?:to|through|and|-|–)\s*(?P<n>[1-5]?\d)(?![\d:.,]\d)"
    r"(?:(?:\s+of|\s+in|,)\s+(?P<y>1\d{3}|20\d{2})(?!\d))?"
)
def _numbered_week_range_end(m: re.Match[str], text: str) -> Candidate | None:
    """The last week of "weeks 30 to 33", a date of its own, as TimeML splits a range."""
    if _EPI_WEEK.search(text, max(0, m.start() - 4000), m.start()) is None:
        return None
    number = int(m["n"])
    if not 1 <= number <= 53:
        return None
    return Candidate(m.start("n"), m.end("n"), "DATE", _week_of_year(number, m["y"]))


def _week_of_year(number: int, written: str | None) -> Resolver:
    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if written:
            year, how = int(written), f"week {number} of {written}"
        elif pub is None:
            return Resolution(f"XXXX-W{number:02d}", f"week {number}; needs the year", True)
        else:
            # reported after the fact: the latest week of that number begun by publication
            iso_year, iso_week, _ = pub.isocalendar()
            year = iso_year if number <= iso_week else iso_year - 1
            how = f"week {number} of {year}, the latest such week begun by publication"
        try:
            monday = date.fromisocalendar(year, number, 1)
        except ValueError:
            return Resolution(f"{year:04d}-W{number:02d}", how)
        return Resolution(f"{year:04d}-W{number:02d}", how, not written, monday, "week")

    return resolve


# --- seasons, quarters, halves --------------------------------------------------------------


@rule(
    rf"{_B}(?:(?P<det>this\s+past|this\s+coming|this|last|next|coming|past|that|the\s+following|the\s+next|the\s+previous|the|in|before|after|until|till|by|since|during|through|throughout|into|over)\s+)?(?P<season>{SEASON_PATTERN})(?:\s+(?P<term>semester|term))?(?:\s+(?:of\s+)?(?:{_YEAR4}(?:[-–/]\d{{2}}(?!\d))?|(?P<spoken>nineteen[\s-]{_SPOKEN_TAIL})|(?P<rel>last|this|next)\s+year))?{_E}"
)
def _season(m: re.Match[str], text: str) -> Candidate | None:
    det = (m["det"] or "").lower()
    word = m["season"].lower()
    code = SEASON_CODES[word]
    year: int | None = None
    if m["year"]:
        year = int(m["year"])
    elif m["spoken"]:
        n = parse_number(re.split(r"[\s-]", m["spoken"], maxsplit=1)[1])
        if n is None:
            return None
        year = 1900 + int(n)
    if m["rel"]:
        return _season_of_a_named_year(m, text, det, word)
    if (
        year is None
        and not det
        and not re.search(
            r"(?<![\w-])(?:early|late|mid)(?:-|\s+)$", text[max(0, m.start() - 6) : m.start()], re.I
        )
    ):
        # a bare season needs a word that places it; "early", "late" and "mid-" do ("in late
        # summer", "by mid-winter"), and are taken in as its modifier
        return None
    if not det and year is None and _capitalised(m["season"]):
        return None  # "the film \"Late Summer\"": a title
    if (
        not det
        and year is None
        and word == "fall"
        and not re.match(r"\s*[,.;:)]|\s+(?:and|or|when)\b", text[m.end() : m.end() + 8])
    ):
        return None  # "a late fall in prices"
    if (
        _capitalised(m["season"])
        and not m["year"]
        and re.match(r"\s+[A-Z][a-z]", text[m.end() : m.end() + 3])
        and not re.match(rf"\s+(?:{_MON}|{WEEKDAY_PATTERN})\b", text[m.end() : m.end() + 12])
    ):
        return None  # "the Summer Olympics", "the Winter Classic", "the Spring Statement": names
    if word == "fall" and year is None and det in ("the", "in"):
        after = text[m.end() : m.end() + 12]
        if re.match(r"\s+(?:of|in)\s+(?!19|20)", after):
            return None  # "the fall of Kabul"
        if det == "the" and _LENGTH_FROM_AN_EVENT.search(text, max(0, m.start() - 40), m.start()):
            # "died in hospital a day after the fall", "two weeks before the fall": a length
            # counted from a season is no way to date; it is counted from someone's fall
            return None
    preposition = det in _SEASON_PREPOSITIONS
    if (
        preposition
        and year is None
        and (
            word == "fall"
            or not re.match(r"\s*[,.;:)]|\s+(?:and|or|when)\b", text[m.end() : m.end() + 8])
        )
    ):
        return None  # "before fall", "over summer break": only a season that ends its phrase
    start = m.start("season") if det == "in" or preposition else m.start()
    if (det == "in" or preposition) and year is None:
        det = ""
    if year is not None:
        y = year

        def resolve_year(ctx: Context) -> Resolution:
            from desktop.extract._timex_calendar import season_start

            return absolute(
                f"{y:04d}-{code}", season_start(code, y), "season", f"{word} {y}, as written"
            )

        return Candidate(start, m.end(), "DATE", resolve_year)
    det = " ".join(det.split())
    side = re.match(r"\s+(?P<side>before|after)(?=\s*(?:[,.;:)]|$))", text[m.end() : m.end() + 10])
    if det == "the" and side is not None and not m["term"]:
        # "That summer it signed six players. The summer before, it had nearly gone bust": the
        # season before (or after) the one just told, as "the year before" is
        step_side = -1 if side["side"] == "before" else 1
        end_side = m.end() + side.end()
        words_side = text[m.start() : end_side]
        return Candidate(
            start,
            end_side,
            "DATE",
            lambda ctx: _chained_season(ctx, code, step_side, words_side),
        )
    if det in ("that", "the following", "the next", "the previous"):
        # "that fall", "the following spring": told from the date just mentioned
        step = {"that": 0, "the following": 1, "the next": 1, "the previous": -1}[det]
        return Candidate(
            start, m.end(), "DATE", lambda ctx: _chained_season(ctx, code, step, m.group(0))
        )
    direction = {
        "this past": "past",
        "this coming": "next",
        "coming": "next",
        "past": "last",
        "the": None,
        "": None,
    }.get(det, det)
    return Candidate(start, m.end(), "DATE", lambda ctx: season(ctx, code, direction, word))


# "by midweek", "at mid-year", "until mid-month": the middle of the unit, as a noun after a
# preposition ("a mid-year review", "midweek games" are not times)
@rule(
    r"(?<![\w-])(?:by|at|until|till|through|since|from|around|toward|towards|before|after|in)\s+"
    r"(?P<w>mid-?(?P<unit>week|month|year))(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|when|as|before|after|at|in|on|to|with)\b)"
)
def _mid_unit(m: re.Match[str], text: str) -> Candidate | None:
    unit = m["unit"].lower()
    gran: Granularity = UNIT_GRAN[unit]
    words = m["w"]

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if pub is None:
            return unresolved(gran, words)
        tense = ctx.tense()
        # the middle still ahead (or already passed) the way the tense looks: "through midweek"
        # said on a Saturday is the coming week's
        if unit == "week":
            passed, ahead = pub.weekday() > 2, pub.weekday() < 2
        elif unit == "month":
            passed, ahead = pub.day > 15, pub.day < 15
        else:
            passed, ahead = pub.month > 6, pub.month < 7
        offset = 1 if tense == "future" and passed else (-1 if tense == "past" and ahead else 0)
        return relative(ctx, gran, offset, words)

    return Candidate(m.start("w"), m.end("w"), "DATE", resolve, "MID")


@rule(
    rf"{_B}the\s+(?P<y>1\d{{3}}|20\d{{2}})(?:[-–/](?P<y2>\d{{2}}))?\s+"
    r"(?P<season>spring|summer|autumn|fall|winter)(?!['’\w-])"
)
def _year_before_season(m: re.Match[str], text: str) -> Candidate | None:
    """ "the 1997-98 winter", "the 2019 summer": the season of that year (a winter across two
    years is named by the one it begins in, as TimeML writes "1997-WI")."""
    year = int(m["y"])
    if m["y2"] and int(m["y2"]) != (year + 1) % 100:
        return None
    if m["season"][0].isupper() and re.match(r"\s+[A-Z]", text[m.end() : m.end() + 3]):
        return None  # "the 2002 Winter Games", "the 2019 Summer Fancy Food Show": names
    word = m["season"].lower()
    code = SEASON_CODES[word]

    def resolve(ctx: Context) -> Resolution:
        from desktop.extract._timex_calendar import season_start

        return absolute(
            f"{year:04d}-{code}", season_start(code, year), "season", f"{word} {year}, as written"
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


_WEATHER_ADJECTIVE = (
    r"(?:(?:record|near-record|unusually|exceptionally|very)[-\s]+)?"
    r"(?:dry|wet|cold|warm|hot|mild|snowy|rainy|stormy|harsh|severe|bitter|brutal|wintry"
    r"|colder|warmer|hotter|wetter|drier|dryer|milder|snowier|rainier|stormier|harsher|cooler"
    r"|[a-z]+iest|coldest|warmest|hottest|wettest|mildest|harshest|coolest|longest|worst|best)"
)


@rule(
    rf"{_B}(?:the|a|an)\s+{_WEATHER_ADJECTIVE}(?:(?:\s+and|,)\s+{_WEATHER_ADJECTIVE})?"
    rf"\s+(?P<season>spring|summer|autumn|fall|winter)(?!['’\w-])(?!\s+(?:of|in)\s+(?!19|20))"
    r"(?:(?=\s+(?P<rel>last|this|next)\s+year\b))?"
)
def _season_of_its_weather(m: re.Match[str], text: str) -> Candidate | None:
    """ "the driest spring since 1895", "after a record-warm autumn", "a colder winter": a
    season told by its weather is a particular one, the latest or the next by the tense."""
    word = m["season"].lower()
    code = SEASON_CODES[word]
    step = {"last": -1, "this": 0, "next": 1}.get((m["rel"] or "").lower())

    def resolve(ctx: Context) -> Resolution:
        from desktop.extract._timex_calendar import season_start

        if step is None or ctx.published is None:
            return season(ctx, code, None, word)
        # "a dry summer last year": the year after it says which
        year = ctx.published.year + step
        return Resolution(
            f"{year:04d}-{code}",
            f"{word} {year}: the {m['rel'].lower()} year's",
            True,
            season_start(code, year),
            "season",
        )

    return Candidate(m.start("season"), m.end("season"), "DATE", resolve)


def _season_of_a_named_year(m: re.Match[str], text: str, det: str, word: str) -> Candidate | None:
    """ "until spring next year", "in the autumn of last year": the season of the year the
    words after it name, not that whole year (nor the season the tense alone would pick)."""
    early = re.search(
        r"(?<![\w-])(?:early|late|mid)(?:-|\s+)$", text[max(0, m.start() - 6) : m.start()], re.I
    )
    if not det and re.search(
        r"\b(?:a|an|the)\s+(?:[\w-]+\s+){1,2}$", text[max(0, m.start() - 40) : m.start()], re.I
    ):
        return None  # "a dry summer last year": a season told by its words, and the year apart
    if word == "fall" and not early and det in ("", "this", "last", "next"):
        return None  # "prices will fall this year": the verb
    if det in ("this past", "this coming", "this", "last", "next", "coming", "past", "that"):
        return None  # "last summer this year": words at odds, read one by one
    if (
        _capitalised(m["season"])
        and not det
        and not early
        and re.match(r"\s+(?:Next|Last|This)\b", text[m.end("season") : m.end("season") + 6])
    ):
        return None  # "Spring Next Year", a title's words
    code = SEASON_CODES[word]
    step = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    start = m.start("season") if det in ("in", "") or det in _SEASON_PREPOSITIONS else m.start()
    which = m["rel"].lower()

    def resolve(ctx: Context) -> Resolution:
        from desktop.extract._timex_calendar import season_start

        pub = ctx.published
        if pub is None:
            return unresolved("season", m.group(0))
        year = pub.year + step
        return Resolution(
            f"{year:04d}-{code}",
            f"{word} {year}: the {word} of {which} year (published {human_day(pub)})",
            True,
            season_start(code, year),
            "season",
        )

    return Candidate(start, m.end(), "DATE", resolve)


def _chained_season(ctx: Context, code: str, step: int, what: str) -> Resolution:
    from desktop.extract._timex_calendar import season_start

    prior = ctx.anchor()
    if prior is None or prior.point is None:
        return season(ctx, code, "next" if step > 0 else None, what)
    base = prior.point
    year = base.year
    if prior.gran in ("year", "decade", "century"):
        year += step  # "in 1949 ... the following spring": the spring of 1950
    elif step > 0 and season_start(code, year) <= base:
        year += 1  # "the following spring" after September 1949 is the spring of 1950
    elif step < 0 and season_start(code, year) >= base:
        year -= 1
    return Resolution(
        f"{year:04d}-{code}",
        f"{what}: told from {prior.value}, the date mentioned just before",
        prior.needs_anchor,
        season_start(code, year),
        "season",
    )


_QUARTER_ORD = r"(?P<ord>first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th)"
_YEAR_REF = r"(?:(?:fiscal|calendar)\s+)?(?:(?P<qyear>1\d{3}|20\d{2})|(?P<qrel>this|last|next|the\s+current|the\s+previous|the|its|their)\s+(?:(?:fiscal|financial)\s+)?year)"


_GAME_WORDS = re.compile(
    r"\b(?:points?|scored?|scoring|touchdowns?|goals?|baskets?|rebounds?|halftime|overtime|"
    r"led|trailed|lead|rally|rallied|game|games|seconds\s+left|minutes\s+left|fumbled?|"
    r"quarterback|coach|fans|kick-?off|half-time|innings|penalt(?:y|ies)|free\s+kicks?|striker"
    r"|midfielder|goalkeeper|victory|defeat|injur\w*|sprain\w*|tackle"
    r"|kicker|pitcher|referee|semi-?finals?|quarter-?finals?)\b"
    # a score: "a 34-3 loss", "won 4-2"
    r"|\b\d{1,3}-\d{1,3}\b(?!-)",
    re.IGNORECASE,
)
_MONEY_WORDS = re.compile(
    r"\b(?:profits?|earnings|revenues?|sales|losses|net|income|economy|economic|growth|GDP|"
    r"fiscal|percent|share|shares|dividend|billion|million|quarterly"
    # "Analysts expect the rally to slow in the first quarter": a market's rally
    r"|analysts?|economists?|investors?|traders?|stocks?|bonds?|inflation|recovery|exports?"
    r"|imports?|output)\b|[$%]",
    re.IGNORECASE,
)


# "the quarter ended Sept. 26", "the quarter that ends Oct. 2": the day a quarter closes on
_CLOSED_BY = re.compile(
    r",?\s+(?:(?:that|which)\s+)?(?:ended|ending|ends|closed|closing|closes)\s+(?:on\s+)?"
    rf"(?P<month>{MONTH_PATTERN})\s+(?P<day>\d{{1,2}})(?!\d)(?:,?\s+(?P<year>1\d{{3}}|20\d{{2}}))?",
    re.IGNORECASE,
)


def _closing_day(m: re.Match[str], pub: date | None) -> date | None:
    """The day a ``_CLOSED_BY`` match names; without a year, the one nearest publication."""
    month, day = month_number(m["month"]), int(m["day"])
    years = (
        [int(m["year"])] if m["year"] else ([pub.year - 1, pub.year, pub.year + 1] if pub else [])
    )
    days = []
    for year in years:
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    if not days:
        return None
    if pub is None:
        return days[0]
    return min(days, key=lambda d: abs((d - pub).days))


def quarter_closed_by(day: date, slack: int = 10) -> date | None:
    """The first day of the calendar quarter that ``day`` closes: a company's quarter may end
    a few days either side of the calendar's (Sept. 26, Oct. 2: the third). A day further off
    (Nov. 27) closes a fiscal quarter whose number the calendar does not tell: None."""
    ends = [
        date(year, month, 1) - timedelta(days=1)
        for year in (day.year, day.year + 1)
        for month in (1, 4, 7, 10)
    ]
    end = min(ends, key=lambda e: abs((e - day).days))
    if abs((end - day).days) > slack:
        return None
    return date(end.year, end.month - 2, 1)


@rule(
    rf"{_B}(?:(?:(?P<pyear>1\d{{3}}|20\d{{2}})|(?P<prel>this|last|next)\s+year)(?:'s|’s)\s+)?"
    rf"(?:(?P<the>the|this|last|next|that|its|their)\s+)?(?:(?P<iyear>1\d{{3}}|20\d{{2}})\s+)?(?P<adj>(?:(?:fiscal|calendar|current|latest|previous|past|same|comparable|corresponding|most\s+recent|just-ended|recent)\s+)*)"
    rf"(?:{_QUARTER_ORD}[\s-]+(?:fiscal\s+)?)?(?P<unit>quarter|half|period)(?!-century|-?finals?\b)"
    rf"(?:\s+of\s+{_YEAR_REF})?(?P<ago>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?{_E}"
)
def _quarter(m: re.Match[str], text: str) -> Candidate | None:
    unit = m["unit"].lower()
    ordinal = (m["ord"] or "").lower()
    the = (m["the"] or "").lower()
    adj = " ".join((m["adj"] or "").lower().split())
    if not ordinal and not the and not adj and not (m["prel"] or m["pyear"]):
        return None
    if (
        unit == "half"
        and not ordinal
        # "from the same half a year earlier": the half compared, as 'the same quarter' is
        and not (m["ago"] and adj in ("same", "comparable", "corresponding"))
    ):
        return None
    if unit == "period":
        # "the latest period", "the 1988 period", "the corresponding period last year": the
        # reporting period of an earnings story; a bare "the period" or "the third period"
        # (of a game) is not
        if ordinal or the not in ("the", "") or m["qyear"] or m["qrel"]:
            return None
        if not (
            m["iyear"]
            or m["pyear"]
            or m["prel"]
            or m["ago"]
            or adj in ("latest", "most recent", "just-ended")
        ):
            return None
    after = text[m.end() : m.end() + 8]
    if (
        re.match(r"\s+of\s+(?:a|an|the|all|its|their|his|her)\b", after, re.IGNORECASE)
        and not m["qyear"]
    ):
        return None  # "a quarter of the vote"
    if the in ("its", "their") and not ordinal:
        return None
    if unit in ("quarter", "half") and not (m["qyear"] or m["qrel"] or m["pyear"] or m["iyear"]):
        left = text[max(0, m.start() - 150) : m.start()]
        right = text[m.end() : m.end() + 150]
        around = re.split(r"[.!?]\s", left)[-1] + " " + re.split(r"[.!?]\s", right)[0]
        if _GAME_WORDS.search(around) and not _MONEY_WORDS.search(around):
            return None  # "15 points down in the fourth quarter", "two goals in the first half"
    n: int | None
    if ordinal:
        n = ORDINALS.get(ordinal) or _ORD_WORDS[ordinal]
        if ordinal in ("final", "last"):
            n = 4 if unit == "quarter" else 2
        if ordinal == "latter":
            n = 2
        if unit == "half" and n > 2:
            return None
    else:
        n = None
    gran: Granularity = "half" if unit == "half" else "quarter"
    letter = "H" if unit == "half" else "Q"
    year_word = m["pyear"] or m["qyear"] or m["iyear"]
    year_rel = (m["prel"] or m["qrel"] or "").lower()
    years_back = 1 if m["ago"] else 0
    start = m.start()
    if the in ("its", "their"):
        start = m.start("the") + len(m["the"]) + 1
    whole = m.group(0)
    closing = (
        _CLOSED_BY.match(text, m.end(), m.end() + 48)
        if unit == "quarter" and not ordinal and not (year_word or m["prel"] or m["qrel"])
        else None
    )

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if closing is not None and (
            closing["year"] or (pub is not None and quarter_context(ctx) is None)
        ):
            # "the quarter that ends Oct. 2": the calendar quarter that day closes, when the
            # report has named no quarter of its own (a fiscal one may be numbered otherwise);
            # "ended March 31, 2000" names its year whatever the report said before
            end = _closing_day(closing, pub)
            point = quarter_closed_by(end) if end is not None else None
            if end is not None and point is not None:
                return Resolution(
                    fmt(point, "quarter"),
                    f"{whole}: the quarter that ends on {end.isoformat()}",
                    closing["year"] is None,
                    point,
                    "quarter",
                )
        if year_word:
            year = int(year_word)
        elif year_rel in ("last", "the previous"):
            year = pub.year - 1 if pub else -1
        elif year_rel == "next":
            year = pub.year + 1 if pub else -1
        elif year_rel in ("this", "the current", "the", "its", "their"):
            # ("the first half of its financial year": the year of the report, whose months
            # the facts take from what the article says of its fiscal year)
            year = pub.year if pub else -1
        else:
            year = 0
        if n is None and (year_word or year_rel or years_back):
            # "the 1988 quarter", "last year's quarter", "the quarter a year ago": the period
            # the report is about, in another year
            prior = quarter_context(ctx)
            if prior is not None and prior.point is not None and prior.gran is not None:
                if year <= 0 and pub is not None and "last" in (m["ago"] or "").lower():
                    year = pub.year - 1  # "the same period last year": the year before publication
                if year > 0:
                    point = date(year, prior.point.month, 1)
                else:
                    point = date(prior.point.year - years_back, prior.point.month, 1)
                return Resolution(
                    fmt(point, prior.gran),
                    f"{whole}: the {prior.gran} the report is about ({prior.value}) in {point.year}",
                    prior.needs_anchor or not year_word,
                    point,
                    prior.gran,
                    anchorable=False,
                )
            if pub is None:
                return Resolution(
                    f"XXXX-{letter}X", f"{whole}; needs the publication date", True, gran=gran
                )
            if unit == "period":
                # no quarter named before: "the same period last year" is only known to lie
                # in that year
                target = year if year > 0 else pub.year - years_back
                return absolute(
                    f"{target:04d}", date(target, 1, 1), "year", f"{whole}: in {target}"
                )
            latest = shift(pub, gran, -1)
            target = year if year > 0 else latest.year - years_back
            point = date(target, latest.month, 1)
            return Resolution(
                fmt(point, gran),
                f"{whole}: the {gran} before publication, in {target}",
                True,
                point,
                gran,
                anchorable=False,
            )
        if n is None:
            if adj in ("previous", "past") or the == "last":
                return relative(ctx, gran, -1, whole)
            if the == "next":
                return relative(ctx, gran, 1, whole)
            if adj in ("current",) or the == "this":
                return relative(ctx, gran, 0, whole)
            prior = quarter_context(ctx)
            if prior is not None and prior.gran == gran:
                return Resolution(
                    prior.value,
                    f"{whole}: the {gran} just mentioned, {prior.value}",
                    prior.needs_anchor,
                    prior.point,
                    gran,
                )
            if pub is None:
                return Resolution(
                    f"XXXX-{letter}X", f"{whole}; needs the publication date", True, gran=gran
                )
            latest = (
                shift(pub, gran, -1)
                if adj in ("latest", "most recent", "just-ended", "recent") or ctx.tense() == "past"
                else pub
            )
            if (
                gran == "quarter"
                and adj in ("latest", "most recent")
                and pub.month % 3 == 0
                and ctx.tense() == "future"
            ):
                # "Ford, which reports earnings for the latest quarter next month", said in
                # June: the report still to come covers the quarter now ending
                latest = pub
            return Resolution(
                fmt(latest, gran),
                f"{whole}: the {gran} the report covers, by publication date",
                True,
                latest,
                gran,
            )
        if year == -1:
            return Resolution(
                f"XXXX-{letter}{n}",
                f"{whole}; needs the publication date for the year",
                True,
                gran=gran,
            )
        if year == 0:
            if gran == "quarter":
                return quarter(ctx, n, whole)
            if pub is None:
                return Resolution(
                    f"XXXX-H{n}",
                    f"{whole}; needs the publication date for the year",
                    True,
                    gran=gran,
                )
            return Resolution(
                f"{pub.year:04d}-H{n}",
                f"{whole} of the publication year",
                True,
                date(pub.year, 6 * n - 5, 1),
                gran,
            )
        point = date(year, (3 if gran == "quarter" else 6) * n - (2 if gran == "quarter" else 5), 1)
        return Resolution(
            f"{year:04d}-{letter}{n}", f"{whole}: {letter}{n} of {year}", not year_word, point, gran
        )

    return Candidate(start, m.end(), "DATE", resolve)


@rule(
    rf"{_B}(?:the\s+)?(?P<m1>{MONTH_PATTERN})[-–](?P<m2>{MONTH_PATTERN})"
    rf"\s+(?P<what>quarter|period){_E}"
)
def _month_span_quarter(m: re.Match[str], text: str) -> Candidate | None:
    """ "the April-June quarter": a quarter named by its months; "the January-May period": a
    stretch of that many months, as a report's running total covers."""
    first, last = month_number(m["m1"]), month_number(m["m2"])
    if last == first + 2 and first in (1, 4, 7, 10):
        n = (first - 1) // 3 + 1
        return Candidate(m.start(), m.end(), "DATE", lambda ctx: quarter(ctx, n, m.group(0)))
    if m["what"].lower() != "period" or last <= first:
        return None
    months = last - first + 1
    return Candidate(
        m.start(),
        m.end(),
        "DURATION",
        _const(f"P{months}M", f"{m.group(0)}: a stretch of {months} months"),
    )


@rule(rf"{_B}the\s+(?P<m>March|June|September|December)\s+quarter{_E}")
def _quarter_by_last_month(m: re.Match[str], text: str) -> Candidate | None:
    """ "the September quarter": the quarter that ends with that month."""
    n = month_number(m["m"]) // 3
    return Candidate(m.start(), m.end(), "DATE", lambda ctx: quarter(ctx, n, m.group(0)))


def _bare_half(ctx: Context, n: int, word: str) -> Resolution:
    """ "H1", "H2" with no year: the half told of, by the tense (results look back)."""
    pub = ctx.published
    if pub is None:
        return unresolved("half", word)
    current = 1 if pub.month <= 6 else 2
    year = pub.year
    if ctx.tense() == "future":
        if n < current:
            year += 1
    elif n > current:
        year -= 1
    return Resolution(
        f"{year}-H{n}",
        f"{word}: half {n} of {year}, by the tense",
        True,
        date(year, 6 * n - 5, 1),
        "half",
    )


_RESULTS_AFTER = re.compile(
    r"\s+(?:operating\s+|net\s+|pretax\s+|pre-tax\s+|core\s+)?(?:profits?|sales|revenues?|results"
    r"|earnings|losses?|growth|output|deliveries|turnover|margins?|EBITDA)\b",
    re.IGNORECASE,
)


@rule(
    r"(?<![\w-])(?:(?P<y0>1\d{3}|20\d{2})\s+)?(?P<letter>Q|H)(?P<q>[1-4])(?:\s+(?P<y1>1\d{3}|20\d{2}))?(?!\w)",
    0,
)
def _q_short(m: re.Match[str], text: str) -> Candidate | None:
    n = int(m["q"])
    year_word = m["y0"] or m["y1"]
    if m["letter"] == "H":
        # "H2 2024": a half; "H2" alone is too many things (a gas, a road, a class) unless
        # results or a period preposition stand by it ("H1 operating profit", "in H2")
        if n > 2:
            return None
        if not year_word:
            if not (
                _RESULTS_AFTER.match(text, m.end())
                or re.search(
                    r"\b(?:in|for|during|over|since|by)\s+$",
                    text[max(0, m.start() - 8) : m.start()],
                )
            ):
                return None
            return Candidate(m.start(), m.end(), "DATE", lambda ctx: _bare_half(ctx, n, m.group(0)))
        year = int(year_word)
        return Candidate(
            m.start(),
            m.end(),
            "DATE",
            _fixed(f"{year}-H{n}", "half", date(year, 6 * n - 5, 1), f"H{n} {year}"),
        )
    if year_word:
        year = int(year_word)
        return Candidate(
            m.start(),
            m.end(),
            "DATE",
            _fixed(f"{year}-Q{n}", "quarter", date(year, 3 * n - 2, 1), f"Q{n} {year}"),
        )
    return Candidate(m.start(), m.end(), "DATE", lambda ctx: quarter(ctx, n, m.group(0)))


@rule(
    rf"{_B}(?:the\s+)?(?:comparable\s+|same\s+)?(?:year[-\s](?:earlier|ago|before)|prior[-\s]year)(?:\s+(?:{_QUARTER_ORD}\s+)?(?P<what>quarter|period|half|nine\s+months|six\s+months))?{_E}"
)
def _year_ago_adjective(m: re.Match[str], text: str) -> Candidate | None:
    if re.match(r"\s+than\b", text[m.end() : m.end() + 6]):
        return None  # "a year earlier than planned"
    if m.group(0).lower().endswith(" before") and not m["what"]:
        return None  # "a year before the election": a span before an event, read as one
    # "year-earlier" must modify something ("year-earlier results"); else it is not a date
    if (
        not m["what"]
        and not re.match(r"[\s-]+[a-z]", text[m.end() : m.end() + 3])
        and not text[m.start() : m.end()].lower().startswith("year")
    ):
        return None
    what = (m["what"] or "").lower()
    if "months" in what:
        n = parse_number(what.split()[0]) or 0
        return Candidate(
            m.start(),
            m.end(),
            "DURATION",
            _const(f"P{int(n)}M", f"{m.group(0)}: a span of {int(n)} months"),
        )

    def resolve(ctx: Context) -> Resolution:
        prior = quarter_context(ctx)
        if prior is not None and prior.point is not None and prior.gran is not None:
            steps = {"quarter": 4, "half": 2}[prior.gran]
            point = shift(prior.point, prior.gran, -steps)
            return Resolution(
                fmt(point, prior.gran),
                f"the same {prior.gran} a year before {prior.value}",
                prior.needs_anchor,
                point,
                prior.gran,
                anchorable=False,
            )
        if what in ("quarter", "half", "period") and ctx.published is not None:
            # "the year-ago quarter" with no quarter named yet: the one a year before the
            # quarter just ended, which the report covers
            gran: Granularity = "half" if what == "half" else "quarter"
            point = shift(shift(ctx.published, gran, -1), gran, -(2 if what == "half" else 4))
            return Resolution(
                fmt(point, gran),
                f"{m.group(0)}: the {what} a year before the one just ended",
                True,
                point,
                gran,
                anchorable=False,
            )
        return _not_anchor(relative(ctx, "year", -1, m.group(0)))

    return Candidate(m.start(), m.end(), "DATE", resolve)


# --- named weekdays and parts of the day ----------------------------------------------------


# a weekday listed before others that end in a plural part of the day: "Monday and Tuesday
# nights", "Monday, Wednesday and Friday afternoons"; a list of at most seven days, so that a
# long run of weekdays is not read again from each one
_SHARED_PLURAL_PART = re.compile(
    rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+){WEEKDAY_PATTERN}"
    rf"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+){WEEKDAY_PATTERN}){{0,5}}"
    rf"\s+(?P<part>{PART_PATTERN})s\b"
)


@rule(
    rf"{_B}(?:(?P<det>this\s+past|this\s+coming|this|last|next|coming|past|that|the\s+(?:previous|preceding|following|next))\s+)?{_WD}(?P<plural>s)?(?:(?:'s|’s)?\s+(?P<part>{PART_PATTERN})(?P<pplural>s)?)?{_E}"
)
def _weekday(m: re.Match[str], text: str) -> Candidate | None:
    word = m["wd"]
    if not _capitalised(word):
        return None
    if word.isupper() and not text[max(0, m.start() - 20) : m.start()].isupper():
        return None
    before = text[max(0, m.start() - 12) : m.start()]
    if re.search(
        r"\b(?:Black|Good|Ash|Holy|Bloody|Super|Cyber|Maundy|Palm|Easter|Blue)\s+$", before
    ):
        return None
    if word.endswith(".") and word.lower().startswith(("sun", "sat", "wed", "mon")):
        return None  # "Sun." is more often a newspaper than Sunday
    wd = weekday_number(word)
    det = (m["det"] or "").lower()
    part = PART_OF_DAY.get(re.sub(r"\s+", " ", (m["part"] or "").lower()), "")
    suffix = f"T{part}" if part else ""
    if m["plural"] or m["pplural"]:
        return Candidate(
            m.start(), m.end(), "SET", _const(f"XXXX-WXX-{wd + 1}{suffix}", f"every {word}")
        )
    if not det and not part:
        shared = _SHARED_PLURAL_PART.match(text, m.end())
        if shared is not None:
            # "leave on Monday and Tuesday nights", "Saturday, Sunday and Monday mornings": the
            # plural part of day the list ends with makes each of its weekdays a habit
            part = PART_OF_DAY.get(shared["part"].lower().replace(" ", ""), "")
            return Candidate(
                m.start(),
                m.end(),
                "SET",
                _const(f"XXXX-WXX-{wd + 1}T{part}", f"every {word} {shared['part'].lower()}"),
            )
    det = " ".join(det.split())
    kind: TimexType = "TIME" if part else "DATE"
    if det == "that":
        if _THAT_CLAUSE_VERB.search(text, max(0, m.start() - 30), m.start("wd")) or m["plural"]:
            # "warned that Monday's vote": the "that" opens a clause; the weekday is read alone
            return Candidate(
                m.start("wd"), m.end(), kind, lambda ctx: weekday(ctx, wd, word, None, suffix)
            )
        return Candidate(m.start(), m.end(), kind, lambda ctx: _that_weekday(ctx, wd, word, suffix))
    if det.startswith("the "):
        step = -1 if det in ("the previous", "the preceding") else 1
        return Candidate(
            m.start(),
            m.end(),
            kind,
            lambda ctx: chained_weekday(ctx, wd, step, m.group(0), suffix),
        )
    direction = {
        "this past": "past",
        "this coming": "future",
        "coming": "next",
        # "this past Friday" looks back; a bare "past" is most often the preposition ("not
        # going to be patient past Friday night")
        "past": None,
        "": None,
    }.get(det, det)
    if not det and re.search(r"[\w.],\s+a\s+$", text[max(0, m.start() - 6) : m.start()]):
        # "On Jan. 13, a Wednesday, ...": the weekday of the date just named
        start = m.start() - 2
        return Candidate(start, m.end(), kind, lambda ctx: _apposed_weekday(ctx, wd, word, suffix))
    after_word = re.match(
        r"\s+(next|last)\b(?!\s+(?:week|month|year|night|time))", text[m.end() : m.end() + 16]
    )
    if not det and not part and after_word is not None:
        # "on Monday next", "on Saturday last": the old order, the next or last such day
        end = m.end() + after_word.end()
        direction_after = after_word.group(1).lower()
        return Candidate(
            m.start(), end, kind, lambda ctx: weekday(ctx, wd, word, direction_after, suffix)
        )
    of_week = re.match(r"\s+(next|last|this)\s+week\b", text[m.end() : m.end() + 16], re.I)
    if not det and of_week is not None:
        # "Thursday next week": that weekday of the week before or after publication's
        end = m.end() + of_week.end()
        step = {"next": 1, "last": -1, "this": 0}[of_week.group(1).lower()]
        whole = text[m.start() : end]
        return Candidate(
            m.start(), end, kind, lambda ctx: _weekday_of_week(ctx, wd, step, whole, suffix)
        )
    week_ago = re.match(r"\s+a\s+week\s+ago\b", text[m.end() : m.end() + 12])
    if not det and week_ago is not None:
        # "Friday a week ago": the Friday before the latest one
        end = m.end() + week_ago.end()
        return Candidate(
            m.start(), end, kind, lambda ctx: _weekday_a_week_before(ctx, wd, word, suffix)
        )
    start = m.start("wd") if det == "past" else m.start()
    return Candidate(start, m.end(), kind, lambda ctx: weekday(ctx, wd, word, direction, suffix))


def _that_weekday(ctx: Context, wd: int, word: str, suffix: str) -> Resolution:
    """ "adjourned until Oct. 27 ... would resume at 9:30 a.m. that Monday": the day the story
    last named, when it falls on that weekday; else the weekday read alone."""
    day = ctx.last_day
    if (
        day is not None
        and day.point is not None
        and day.point.weekday() == wd
        and ctx.start - ctx.last_day_end < 1500
    ):
        return Resolution(
            day.point.isoformat() + suffix,
            f"that {word}: {day.point.isoformat()}, the {word} the story last named",
            day.needs_anchor,
            day.point,
            "day",
        )
    return weekday(ctx, wd, word, None, suffix)


def _weekday_of_week(ctx: Context, wd: int, step: int, whole: str, suffix: str) -> Resolution:
    pub = ctx.published
    if pub is None:
        return Resolution(
            f"XXXX-WXX-{wd + 1}{suffix}", f"{whole}; needs the publication date", True
        )
    day = pub - timedelta(days=pub.weekday()) + timedelta(days=7 * step + wd)
    return Resolution(
        day.isoformat() + suffix,
        f"{whole}: {human_day(day)}, in the week {'after' if step > 0 else 'before' if step < 0 else 'of'} "
        f"the publication date, {human_day(pub)}",
        True,
        day,
        "day",
    )


def _apposed_weekday(ctx: Context, wd: int, word: str, suffix: str) -> Resolution:
    """ "Jan. 13, a Wednesday": the date just named, which the weekday only describes."""
    prior = ctx.anchor(40)
    if prior is None or prior.point is None or prior.gran != "day" or prior.point.weekday() != wd:
        return weekday(ctx, wd, word, None, suffix)  # a date that is not that weekday: a slip
    return Resolution(
        prior.point.isoformat() + suffix,
        f"a {word}: {prior.point.isoformat()}, the date it describes",
        prior.needs_anchor,
        prior.point,
        "day",
    )


def _weekday_a_week_before(ctx: Context, wd: int, word: str, suffix: str) -> Resolution:
    latest = weekday(ctx, wd, word, "past", suffix)
    if latest.point is None:
        return latest
    point = latest.point - timedelta(days=7)
    return Resolution(
        point.isoformat() + suffix,
        f"{word} a week ago: the {word} before the latest one, {latest.point.isoformat()}",
        True,
        point,
        "day",
    )


@rule(rf"{_B}a\s+week\s+ago\s+(?P<wd>{WEEKDAY_PATTERN}){_E}")
def _week_ago_weekday(m: re.Match[str], text: str) -> Candidate | None:
    """ "a week ago Wednesday": the Wednesday before the latest one."""
    word = m["wd"]
    if not _capitalised(word):
        return None
    wd = weekday_number(word)
    return Candidate(
        m.start(), m.end(), "DATE", lambda ctx: _weekday_a_week_before(ctx, wd, word, "")
    )


#: a noun a part of the day qualifies: "the night shift", "that evening classes would close"
_PART_AS_MODIFIER = re.compile(
    r"\s+(?:of|shifts?|clubs?|sky|skies|staff|flights?|bus(?:es)?|trains?|services|duty"
    r"|workers?|nurses?|patrols?|life|classes|lessons?|school|markets?|papers?|newspapers?"
    r"|editions?|news|shows?|programmes?|programs?|briefings?|prayers?|sun)\b"
)


@rule(
    rf"{_B}(?P<det>this|yesterday|tomorrow|tmrw|last|early\s+this|late\s+this|later\s+this|earlier\s+this|the(?:\s+(?:early|late))?|tonight|that)\s+(?P<part>{PART_PATTERN})(?:\s+hours)?{_E}"
)
def _part_of_day(m: re.Match[str], text: str) -> Candidate | None:
    det = " ".join(m["det"].lower().split()).replace("tmrw", "tomorrow")
    # "in the late afternoon", "killed in the early morning hours": TimeML's TIME is a time of
    # the day "even if in a very indefinite way"; the early or late part of a part of the day
    # is that part of it
    det = re.sub(r"^the (?:early|late)$", "the", det)
    part_word = " ".join(m["part"].lower().split())
    part = PART_OF_DAY[part_word]
    if det == "tonight":
        return None
    modifier = _PART_AS_MODIFIER.match(text, m.end(), m.end() + 14)
    if det == "that" and not modifier:
        # "found that night shifts had been run with one carer", "said that evening classes
        # would close": "that" opens a clause whose subject the part of day only qualifies
        # "called twice that night": the night of the day the story is on
        return Candidate(
            m.start(), m.end(), "TIME", lambda ctx: _part_of_day_in_focus(ctx, part, m.group(0))
        )
    if det in ("the", "that"):
        after = text[m.end() : m.end() + 6]
        if re.match(r"\s+of\b", after) or det == "that" or modifier:
            # "who ran a lathe on the night shift", "caught the morning train": the part of
            # the day only qualifies the noun after it
            return None
        before = text[max(0, m.start() - 12) : m.start()]
        if not re.search(
            r"\b(?:in|into|during|by|until|overnight|through|throughout|on|of|spent|spend"
            r"|spends|spending)\s+$",
            before,
            re.IGNORECASE,
        ):
            return None
    offset = {"yesterday": -1, "tomorrow": 1}.get(det, 0)
    if det == "last":
        offset = -1 if part == "NI" else 0
        if part != "NI" and part != "EV":
            offset = -1
    if det == "the":
        return Candidate(
            m.start(), m.end(), "TIME", lambda ctx: _part_of_day_in_focus(ctx, part, m.group(0))
        )
    return Candidate(
        m.start(), m.end(), "TIME", lambda ctx: relative(ctx, "day", offset, m.group(0), f"T{part}")
    )


@rule(
    rf"{_B}(?:(?P<prep>by|at|until|since|from|in)\s+)?(?:(?P<el>early|late)\s+)?(?P<part>{PART_PATTERN}|mid-?\s?morning)(?:\s+(?P<day>yesterday|today|tomorrow))?{_E}"
)
def _part_then_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "mid-afternoon yesterday", "by mid-afternoon": the part of a day named without 'the'."""
    word = " ".join(m["part"].lower().split())
    code = (
        "MO" if word.startswith("mid") and word.endswith("morning") else PART_OF_DAY.get(word, "")
    )
    if not code:
        return None
    if m["day"]:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["day"].lower()]
        return Candidate(
            m.start("part"),
            m.end(),
            "TIME",
            lambda ctx: relative(ctx, "day", offset, m.group(0), f"T{code}"),
        )
    if not m["prep"] or not (word.startswith("mid") or m["el"]):
        return None  # a bare "morning" or "night" is too often a noun ("the night shift")
    return Candidate(
        m.start("el") if m["el"] else m.start("part"),
        m.end(),
        "TIME",
        lambda ctx: _part_of_day_in_focus(ctx, code, m["part"]),
    )


@rule(
    rf"{_B}the\s+(?:(?:early|late)\s+)?(?P<part>morning|afternoon|evening|night)\s+of\s+"
    # "the afternoon of Saturday 2 August": a weekday before the date it names
    rf"(?:(?P<wd0>{WEEKDAY_PATTERN}),?\s+(?=[0-3]?\d(?!\d)|{MONTH_PATTERN}))?"
    rf"(?:(?P<wd>{WEEKDAY_PATTERN})"
    # "the night of Saturday to Sunday": one night, the first day's
    rf"(?:\s+(?:to|into)\s+{WEEKDAY_PATTERN}(?=\W|$))?"
    rf"|{_MON}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon2>{MONTH_PATTERN}))"
    rf"(?:,?\s+{_YEAR4})?{_E}"
)
def _part_of_a_date(m: re.Match[str], text: str) -> Candidate | None:
    """ "the evening of June 3, 2016", "the night of Sept. 15": a part of that day."""
    code = PART_OF_DAY[m["part"].lower()]
    wd = m["wd"]
    mon = m["mon"] or m["mon2"]
    day = int(m["d1"] or m["d2"] or 0)
    year = int(m["year"]) if m["year"] else None
    if (wd and not _capitalised(wd)) or (mon and not _capitalised(mon)):
        return None
    if m["wd0"] and not (_capitalised(m["wd0"]) and mon):
        return None

    def resolve(ctx: Context) -> Resolution:
        if wd:
            return weekday(ctx, weekday_number(wd), wd, None, f"T{code}")
        month = month_number(mon)
        if year is not None:
            try:
                point = date(year, month, day)
            except ValueError:
                return Resolution(f"{year:04d}-{month:02d}", m.group(0), gran="month")
            return absolute(
                f"{point.isoformat()}T{code}", point, "day", f"{m.group(0)}, as written"
            )
        base = named_month(ctx, month, day, None, mon)
        if base.point is None:
            return base
        return Resolution(
            f"{base.value}T{code}", f"{m['part']} of {base.explanation}", True, base.point, "day"
        )

    return Candidate(m.start(), m.end(), "TIME", resolve)


@rule(
    rf"{_B}the\s+(?:(?P<rel>previous|following|next)\s+(?P<p1>morning|afternoon|evening|night)"
    rf"|(?P<p2>morning|afternoon|evening|night)\s+(?P<side>before|after)(?!\s+(?:the|a|an|his|her|its"
    rf"|their|this|that|[A-Z]\w*|\w+['’]s)\b)){_E}"
)
def _chained_part_of_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "the night before", "the previous evening", "the next morning": a part of the day
    before or after the day just told."""
    word = (m["p1"] or m["p2"]).lower()
    code = PART_OF_DAY[word]
    step = (
        -1 if (m["rel"] or "").lower() == "previous" or (m["side"] or "").lower() == "before" else 1
    )

    def resolve(ctx: Context) -> Resolution:
        day = chained(ctx, "day", step, m.group(0))
        if day.point is None:
            return day
        return Resolution(
            f"{day.point.isoformat()}T{code}", day.explanation, day.needs_anchor, day.point, "day"
        )

    return Candidate(m.start(), m.end(), "TIME", resolve)


@rule(
    r"(?<![\w'’])(?:[Bb]y|[Uu]ntil|[Tt]ill)\s+(?P<part>morning)"
    r"(?!\s*(?:['’]s|of\b|paper|show|session|rush|news|prayers?|service|edition|trading|meeting))"
    r"(?![\w-])"
)
def _by_morning(m: re.Match[str], text: str) -> Candidate | None:
    """ "By morning 11 people were dead": the morning a night told of ended in."""

    def resolve(ctx: Context) -> Resolution:
        prior = ctx.anchor(400)
        tense = ctx.tense()
        if prior is not None and prior.point is not None and prior.gran == "day":
            if tense == "past" and not re.search(r"T(?:0\d|1[01]):\d\d$|TMO$", prior.value):
                # "On 21 July 1984 the river burst its banks. By morning ...": the day told of
                # ran into a night, and the morning that ended it is the next day's
                point = prior.point + timedelta(days=1)
                return Resolution(
                    f"{point.isoformat()}TMO",
                    f"{m['part']}: of {point.isoformat()}, the morning after "
                    f"{prior.point.isoformat()}, the day mentioned just before",
                    prior.needs_anchor,
                    point,
                    "day",
                    anchorable=False,
                )
            return _part_of_day_in_focus(ctx, "MO", m["part"])
        begin = ctx.sentence_bounds()[0]
        if tense == "future" or re.search(
            r"\b(?:will|expected|forecast|due)\b", ctx.text[begin : ctx.start], re.IGNORECASE
        ):
            # "The storm will have passed by morning": the next morning after publication
            return replace(
                relative(ctx, "day", 1, f"{m['part']} (a limit ahead)", "TMO"), anchorable=False
            )
        return _part_of_day_in_focus(ctx, "MO", m["part"])

    return Candidate(m.start("part"), m.end(), "TIME", resolve)


@rule(
    rf"{_B}the\s+(?P<part>early|small|wee)\s+hours{_E}(?!\s+of\b)"
    # "the early hours shift", "the early hours train": a noun's modifier, no time
    r"(?!\s+(?:shifts?|trains?|flights?|services?|sessions?|trading|editions?|bus|buses|slots?"
    r"|shows?|staff|workers?)\b)"
)
def _early_hours(m: re.Match[str], text: str) -> Candidate | None:
    """ "Sirens sounded in the early hours": the small hours of the day the story tells of,
    or of the morning after the night it tells of, else of the publication day (TIME ...TMO,
    as the wire sets mark it)."""
    what = m.group(0)

    def resolve(ctx: Context) -> Resolution:
        day = _day_in_focus(ctx, "03")
        if day is not None and day.point is not None:
            return Resolution(
                f"{day.point.isoformat()}TMO",
                f"{what}: of {day.explanation}",
                day.needs_anchor,
                day.point,
                "day",
                anchorable=False,
            )
        prior = ctx.anchor(400)
        if (
            prior is not None
            and prior.point is not None
            and prior.gran == "day"
            and re.search(r"T(?:1[89]|2[0-4]):\d\d$|T(?:EV|NI)$", prior.value)
            and ctx.tense() == "past"
        ):
            # "Fighting went on through Saturday night. In the early hours, ...": the small
            # hours after a night are the next day's
            point = prior.point + timedelta(days=1)
            return Resolution(
                f"{point.isoformat()}TMO",
                f"{what}: of {point.isoformat()}, the morning after the night named just before",
                prior.needs_anchor,
                point,
                "day",
                anchorable=False,
            )
        if prior is None and ctx.tense() == "future":
            # "talks are expected to run into the small hours": the night ahead ends in the
            # next day's small hours
            return replace(relative(ctx, "day", 1, f"{what} (ahead)", "TMO"), anchorable=False)
        return _part_of_day_in_focus(ctx, "MO", what)

    return Candidate(m.start(), m.end(), "TIME", resolve)


_TWILIGHT = {
    "dawn": "MO",
    "daybreak": "MO",
    "sunrise": "MO",
    "first light": "MO",
    "dusk": "EV",
    "sunset": "EV",
    "sundown": "EV",
    "nightfall": "EV",  # the evening that falls into night, as dusk is (our sets, 4 of 4)
}


@rule(
    rf"{_B}(?:at|by|until|till|before|after|since|from|around|near)\s+(?P<part>dawn|daybreak|sunrise"
    rf"|first\s+light|dusk|sunset|sundown|nightfall)(?:\s+(?P<wd>{WEEKDAY_PATTERN})|\s+(?P<day>yesterday|today"
    rf"|tomorrow))?{_E}"
)
def _twilight(m: re.Match[str], text: str) -> Candidate | None:
    """ "fled before dawn", "until dawn Saturday": the start or end of a day's light."""
    code = _TWILIGHT[" ".join(m["part"].lower().split())]
    wd, day = m["wd"], (m["day"] or "").lower()

    def resolve(ctx: Context) -> Resolution:
        if wd:
            base = weekday(ctx, weekday_number(wd), wd, None, f"T{code}")
            return base
        if day:
            step = {"yesterday": -1, "tomorrow": 1}.get(day, 0)
            return relative(ctx, "day", step, m.group(0), f"T{code}")
        begin, finish = ctx.sentence_bounds()
        if _DAWN_TO_DUSK.match(ctx.text, ctx.start) or _HABIT_IN_SENTENCE.search(
            ctx.text, begin, finish
        ):
            # "Muslims fast from dawn to dusk", "works six days a week, from dawn until the
            # light goes", "shifts change at dawn and at 8 p.m.": the dawn of any day
            return Resolution(
                f"XXXX-XX-XXT{code}", f"{m['part']} of any day, told as a habit", gran="day"
            )
        return _part_of_day_in_focus(ctx, code, m["part"])

    return Candidate(m.start("part"), m.end(), "TIME", resolve, follows_day=not (wd or day))


#: a day's light from end to end: "from dawn to dusk", "dawn until sunset"
_DAWN_TO_DUSK = re.compile(
    r"(?:dawn|daybreak|sunrise|first\s+light)\s+(?:to|until|till)\s+(?:dusk|sunset|sundown"
    r"|nightfall)\b",
    re.IGNORECASE,
)
#: a sentence told as a habit: "six days a week", "24 hours a day", "every day"
_HABIT_IN_SENTENCE = re.compile(
    r"\b(?:(?:\w+\s+)?(?:days?|hours?|nights?)\s+a\s+(?:week|day)|every\s+(?:day|morning"
    r"|night)|each\s+(?:day|morning)|daily|usually|always|typically)\b",
    re.IGNORECASE,
)


@rule(rf"{_B}the\s+same\s+(?P<part>morning|afternoon|evening|night){_E}(?!['’])")
def _the_same_part_of_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "were captured the same afternoon", "flew home the same evening": that part of the
    day the story has just told of."""
    if re.match(r"\s+(?:of|as|that)\b", text[m.end() : m.end() + 6]):
        return None  # "the same evening as the vote": the other expression's words
    code = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}[m["part"].lower()]
    return Candidate(
        m.start(),
        m.end(),
        "TIME",
        lambda ctx: _part_of_day_in_focus(ctx, code, m.group(0)),
    )


@rule(
    rf"{_B}(?:in|during)\s+(?:(?:early|late|the)\s+)?(?P<part>morning|afternoon)\s+"
    r"(?:trading|trade|dealings|deals|business|session)\b"
    rf"|{_B}(?:ended|closed|opened|end|close|open)\s+the\s+(?P<part2>morning|afternoon)\s+session\b"
)
def _trading_session_part(m: re.Match[str], text: str) -> Candidate | None:
    """ "fell 2 percent in morning trading", "ended the morning session lower": the part of the
    trading day, of the day the market story tells of."""
    key = "part" if m["part"] else "part2"
    code = "MO" if m[key].lower() == "morning" else "AF"
    word = m[key]
    named = re.match(rf"\s+(?:on\s+)?(?P<wd>{WEEKDAY_PATTERN})\b", text[m.end() : m.end() + 16])

    def resolve(ctx: Context) -> Resolution:
        if named is not None:
            # "rose 4 percent in morning trading Friday": the day the session is named with
            return weekday(ctx, weekday_number(named["wd"]), named["wd"], None, f"T{code}")
        prior = ctx.anchor(300)
        if (
            prior is not None
            and prior.point is not None
            and prior.gran == "day"
            and ctx.last_end >= ctx.sentence_bounds()[0]
        ):
            return _part_of_day_in_focus(ctx, code, word)  # "rose in morning trading Friday"
        lead = ctx.lead_day
        pub = ctx.published
        if (
            lead is not None
            and lead.point is not None
            and lead.gran == "day"
            and pub is not None
            and -4 <= (lead.point - pub).days <= 1
        ):
            # the market story's trading day is the day its opening names ("Japanese stocks
            # fell Wednesday ... Hong Kong ended the morning session lower"), not the day of
            # the last date told in passing ("a 22-month high on July 12")
            return Resolution(
                f"{lead.point.isoformat()}T{code}",
                f"{word}: of {lead.point.isoformat()}, the trading day the story opens with",
                lead.needs_anchor,
                lead.point,
                "day",
                anchorable=False,
            )
        # no trading day in the opening ("sales rose in the 52 weeks to 1 February ... Shares
        # rose 3% in morning trading"): the session is the publication day's
        return relative(ctx, "day", 0, word, f"T{code}")

    return Candidate(m.start(key), m.end(key), "TIME", resolve)


@rule(
    rf"{_B}(?:throughout|during|for\s+the\s+rest\s+of|(?:much|most)\s+of)\s+(?P<the>the\s+day){_E}"
)
def _the_whole_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "dug throughout the day": the day the story is on."""
    return Candidate(
        m.start("the"), m.end(), "DATE", lambda ctx: chained(ctx, "day", 0, m.group("the"))
    )


@rule(
    rf"{_B}(?P<side>earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year){_E}"
    rf"|{_B}(?P<at>at\s+(?:the|that)\s+time)(?=\s*[,.;:)])"
)
def _within_the_unit(m: re.Match[str], text: str) -> Candidate | None:
    """ "later in the day": the day in focus; "at the time," (said of a past event): the past."""
    if m["at"]:
        start = m.start("at") + 3
        return Candidate(
            start, m.end(), "DATE", lambda ctx: reference(ctx, "PAST_REF", text[start : m.end()])
        )
    gran: Granularity = UNIT_GRAN[m["unit"].lower()]
    mod: Mod = "START" if m["side"].lower() == "earlier" else "END"
    return Candidate(
        m.start(),
        m.end(),
        "DATE",
        lambda ctx: (
            relative(ctx, gran, 0, m.group(0))
            if m["side"].lower() == "later" and ctx.tense() == "future"
            else chained(ctx, gran, 0, m.group(0))
        ),
        mod,
    )


_NIGHT_BEFORE = re.compile(r"\b(?:until|till|by|through|into|at)\s+$", re.IGNORECASE)
_NIGHT_VALUE = re.compile(r"T(?:NI|EV|2[0-4]:\d\d|1[89]:\d\d)$")
_LATE_DAY = re.compile(r"\blate\s+\w+$", re.IGNORECASE)


@rule(
    r"(?<![\w'’-])(?-i:(?P<wd>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))(?![\w'’-])(?!\.\w)"
    # not a name ("Sun Microsystems") nor a stamp's weekday before its date ("Wed 8 Jul 2020")
    r"(?!\s+(?-i:[A-Z])|\s+\d)"
)
def _short_weekday(m: re.Match[str], text: str) -> Candidate | None:
    """ "arrive on Sat", "On Fri they carried boxes out": a weekday as posts shorten it, with
    no stop (the stopped forms are read with the full names), after a word that takes a day."""
    lead = re.search(
        r"\b(on|by|until|till|next|last|this|and|from)\s+$",
        text[max(0, m.start() - 8) : m.start()],
        re.IGNORECASE,
    )
    if lead is None:
        return None
    wd = weekday_number(m["wd"] + ".")
    direction = {"next": "next", "last": "last", "this": "this"}.get(lead.group(1).lower())
    return Candidate(m.start(), m.end(), "DATE", lambda ctx: weekday(ctx, wd, m["wd"], direction))


@rule(r"(?<![\w'’-])[Ee]lection\s+[Nn]ight(?![\w'’-])")
def _election_night(m: re.Match[str], text: str) -> Candidate | None:
    """ "on election night": the night of the vote the story is about: an American Election
    Day in the weeks before publication, else the day the story last named."""

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if pub is not None:
            for year in (pub.year, pub.year - 1):
                vote = _holiday_in("election day", year)
                if vote is not None and year % 2 == 0 and 0 <= (pub - vote).days <= 75:
                    return Resolution(
                        f"{vote.isoformat()}TNI",
                        f"{m.group(0)}: the night of Election Day, {vote.isoformat()}",
                        True,
                        vote,
                        "day",
                    )
        return _part_of_day_in_focus(ctx, "NI", m.group(0))

    return Candidate(m.start(), m.end(), "TIME", resolve)


@rule(rf"{_B}(?P<det>the)\s+day(?![\w'’-])")
def _the_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "classes resume that day", "spent the day at his ranch", "Jan. 21, the day after the
    inauguration": the day the story is on, when it named one just before."""
    det = m["det"].lower()
    before = text[max(0, m.start() - 30) : m.start()]
    after = text[m.end() : m.end() + 12]
    apposed = re.search(r"\d,\s+$", before) and re.match(r"\s+(?:before|after)\b", after)
    if (
        re.match(r"\s*(?:of|when|that|in\s+which|and\s+night|before|after|to\s+come)\b", after)
        and not apposed
    ):
        return None  # "the day of the attack", "the day before": other expressions' words
    if det == "the" and not (
        re.search(
            r"\b(?:for|through|throughout|spent|spend|spends|started|starts|mark|marked|during"
            r"|early\s+in|late\s+in|later\s+in|earlier\s+in)\s+$",
            before,
            re.IGNORECASE,
        )
        or re.search(r"\d,\s+$", before)
    ):
        return None

    def resolve(ctx: Context) -> Resolution:
        prior = ctx.anchor(600)
        if prior is None or prior.point is None or prior.gran != "day":
            return relative(ctx, "day", 0, m.group(0))
        return Resolution(
            prior.point.isoformat(),
            f"{m.group(0)}: {prior.point.isoformat()}, the day mentioned just before",
            prior.needs_anchor,
            prior.point,
            "day",
            anchorable=False,
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


#: "The previous night", "the day before": a day counted back from the story's day
_COUNTED_BACK = re.compile(
    r"\b(?:previous|before|earlier)\b(?:\s+(?:day|night|evening|morning|afternoon))?\s*$",
    re.IGNORECASE,
)
#: "had sheltered", "had been moored": the pluperfect a flashback is told in
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:already|been|just|earlier)\s+)*[a-z]+", re.IGNORECASE)


#: "a day after", "two weeks before", "hours after": a length counted from an event
_LENGTH_FROM_AN_EVENT = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several)\s+)?"
    r"(?:minutes?|hours?|days?|nights?|weeks?|months?)\s+(?:after|before)\s+$",
    re.IGNORECASE,
)


def _story_day_after_flashback(ctx: Context, prior: Resolution | None) -> Resolution | None:
    """The story's day when the day just named opened a flashback told in the pluperfect ("ran
    aground on Thursday morning. The previous night, the ship had sheltered in the bay. That
    afternoon, coastguards lifted the crew off": the afternoon is Thursday's), else ``prior``."""
    story = ctx.before_last
    if (
        prior is None
        or prior.point is None
        or prior.gran != "day"
        or story is None
        or story.point is None
        or story.gran != "day"
        or not 1 <= (story.point - prior.point).days <= 2
    ):
        return prior
    begin, end = ctx.sentence_bounds()
    told = ctx.sentence_bounds_at(max(0, ctx.last_end - 1))
    if (
        told[1] > begin
        or not _COUNTED_BACK.search(ctx.text, max(told[0], ctx.last_end - 30), ctx.last_end)
        or not _PLUPERFECT.search(ctx.text, ctx.last_end, told[1])
        or _PLUPERFECT.search(ctx.text, begin, end)
    ):
        return prior
    return story


def _part_of_day_in_focus(ctx: Context, part: str, what: str) -> Resolution:
    """ "in the morning": of the day the story is telling about, else of the publication day."""
    prior = _story_day_after_flashback(ctx, ctx.anchor(400))
    if (
        prior is not None
        and prior.point is not None
        and prior.gran == "day"
        and not (part == "NI" and prior.point == ctx.published and _night_gone(ctx))
        # "seized in the Oct. 7, 2023, attack ... began walking north at dawn": a day of an
        # earlier sentence that names its event ("Monday's ballot") or is a background date
        # of a subordinate clause is no scene for a part of a day told after it (but "that
        # night" points back to the day just told, whatever it names)
        and not (
            ctx.last_day_owned
            and not re.match(r"(?:that|the\s+same)\b", what, re.IGNORECASE)
            and ctx.last is ctx.last_day
            and ctx.last_end < ctx.sentence_bounds()[0]
            and ctx.published is not None
            and prior.point < ctx.published
        )
        # "landfall is expected by late Thursday. Traffic was backed up for 100 miles by
        # midmorning": a part of a day told as over is not of a day still ahead named in an
        # earlier sentence
        and not (
            ctx.published is not None
            and prior.point > ctx.published
            and ctx.last_end < ctx.sentence_bounds()[0]
            and ctx.tense() == "past"
        )
    ):
        if (
            part == "MO"
            and what.lower() in ("dawn", "daybreak", "sunrise")
            and _NIGHT_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start)
            and (
                _NIGHT_VALUE.search(prior.value)
                or _LATE_DAY.search(ctx.text, max(0, ctx.last_end - 30), ctx.last_end)
            )
        ):
            # "the party will last from 11:30 p.m. Friday until dawn", "snow began falling late
            # Monday, and by dawn": the night runs into the next day's morning
            point = prior.point + timedelta(days=1)
            return Resolution(
                f"{point.isoformat()}T{part}",
                f"{what}: of {point.isoformat()}, the morning after the night named just before",
                prior.needs_anchor,
                point,
                "day",
                anchorable=False,
            )
        if (
            prior.value.endswith("T24:00")
            and part in ("MO", "MI", "AF", "EV")
            and ctx.tense() == "past"
            # "a fire ban is in place until midnight tonight": a limit, not a point passed
            and not re.search(
                r"\b(?:until|till|through)\s+(?:\S+\s+){0,2}\S*$",
                ctx.text[max(0, ctx.last_end - 40) : ctx.last_end],
                re.IGNORECASE,
            )
            and not re.search(
                r"\b(?:earlier|before|previous|that)\b",
                ctx.text[max(ctx.last_end, ctx.start - 30) : ctx.start],
                re.IGNORECASE,
            )
        ):
            # "left port shortly before midnight Wednesday and capsized about five hours
            # later ... by midafternoon": that midnight closed its day, and the day told on
            # from it is the next
            point = prior.point + timedelta(days=1)
            return Resolution(
                f"{point.isoformat()}T{part}",
                f"{what}: of {point.isoformat()}, the day after the midnight named just before",
                prior.needs_anchor,
                point,
                "day",
                anchorable=False,
            )
        return Resolution(
            f"{prior.point.isoformat()}T{part}",
            f"{what}: of {prior.point.isoformat()}, the day mentioned just before",
            prior.needs_anchor,
            prior.point,
            "day",
            anchorable=False,
        )
    if part == "NI" and _night_gone(ctx):
        # "Crews worked through the night to restore power", told in the morning's report with
        # no day of its own: the night that began the evening before, as "overnight" is; the
        # clock times after it stay on the day the story is telling of
        return replace(night_before(ctx, f"{what} (told in the past)"), anchorable=False)
    return relative(ctx, "day", 0, what, f"T{part}")


def _night_gone(ctx: Context) -> bool:
    """Whether an undated "the night" is one already over: told in the past, through it or
    spent in it ("searched through the night", "spent the night in shelters"), and no plan
    ("planned to work through the night") nor a night an evening runs on into ("the
    celebrations went on well into the night")."""
    begin = ctx.sentence_bounds()[0]
    before = ctx.text[max(begin, ctx.start - 60) : ctx.start]
    if not re.search(r"\b(?:through(?:out)?|spent)\s+$", before, re.IGNORECASE):
        return False
    if re.search(r"\bto\s+\w+(?:\s+\w+)?\s+(?:through(?:out)?|spent)\s+$", before, re.IGNORECASE):
        return False  # an infinitive of a plan or a purpose: "planned to work through the night"
    return ctx.tense() == "past"


_CLOCK_DAY = (
    # "10 p.m. Wednesday" and "3 p.m. EST on March 14" are one expression each: the day is
    # part of the time, as most of our annotated sets mark it (101 to 47), and the "on"
    # inside is no signal joining two expressions but part of how the one time is said
    # (never across a paragraph: "at 10 a.m.\n\nSept. 14 - ..." is a time, then a date)
    rf"(?:,?[^\S\n]*\n?[^\S\n]+(?:on[^\S\n]+)?(?P<day>(?P<dwd>{WEEKDAY_PATTERN})(?!s\b)"
    # "5 p.m. Tuesday, Feb. 27": the weekday and the date it falls on
    rf"(?:,?\s+(?P<wmon>{MONTH_PATTERN})\s*(?P<wnum>[0-3]?\d)(?![\d:])"
    rf"|,?\s+(?P<wnum2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<wmon2>{MONTH_PATTERN}))?"
    r"|today|yesterday|tomorrow|tonight|tmrw|tonite"
    rf"|(?:(?P<dmon>{MONTH_PATTERN})\s*(?P<dnum>[0-3]?\d)(?!\d)"
    rf"|(?P<dnum2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<dmon2>{MONTH_PATTERN}))"
    # "at 3am on 11 August last year", "10:30 p.m. on Dec. 3, 2024": the date's year with it
    r"(?:,?\s+(?P<dyear>(?:19|20)\d\d)(?![\d,]\d)|\s+(?P<drel>last|this|next)\s+year\b)?))?"
)
# the zone is read and dropped from the value: TIMEX3 writes the clock as the text gives it
# ("14:00 GMT" is T14:00), and the day as the place's own
_TZ = (
    r"(?:\s*\(?(?P<tz>(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|IST|JST|KST|HKT"
    r"|SGT|AEST|AEDT|AWST|MSK|WAT|EAT|CAT|SAST|PKT|PHT|WIB|NZST|NZDT|HST|AKST)"
    r"(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?(?![\w])|local\s+time"
    # "10 p.m. Eastern", "3 a.m. Pacific time"
    r"|(?-i:Eastern|Central|Mountain|Pacific)(?:\s+(?:time|Standard\s+Time|Daylight\s+Time))?(?![\w])"
    # "2153 central standard time", "1107 Alaska daylight time", as accident reports write them
    r"|(?:eastern|central|mountain|pacific|Alaska|Hawaii|Atlantic)\s+(?:standard|daylight)\s+time"
    r"(?![\w]))\)?)?"
)
_MIL_AT = re.compile(r"\b(?:at|until|till|by|from|since|between|and)\s+$", re.IGNORECASE)
# what follows a number that is a level, a count or a year rather than a clock
_MIL_NOT_AFTER = re.compile(
    r"\s*(?:%|percent|points?|levels?|meters|metres|feet|ft|km|miles|people|troops|dollars"
    r"|hours|hrs|AD|BC|B\.C\.|A\.D\.|[a-z]+s\b(?<!was)(?<!is)(?<!has))",
    re.IGNORECASE,
)
# "08:18: Explosions reported", "07:45 — Crews arrive": a 24-hour clock that opens its line
# and is followed by a stamp's colon or dash, or by the capital of the entry's first word
_STAMP_AFTER = re.compile(r":[^\S\n]|[^\S\n]+[—–-][^\S\n]|[^\S\n]+(?=[A-Z][a-z])")
# "As of 9 October, 18:00", "on Monday 3 March, 14:30": a date and its clock after a comma
_DATE_COMMA_BEFORE = re.compile(
    rf"(?:\b[0-3]?\d(?:st|nd|rd|th)?\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+[0-3]?\d(?:st|nd|rd|th)?"
    r"|(?:19|20)\d\d),\s*$"
)


def _unzoned_stamp(m: re.Match[str], text: str) -> bool:
    """Whether a 24-hour clock with no zone and no preposition is still a clock: a live
    entry's stamp at the head of its line ("08:18: Explosions ..."), or the hour a date
    names right before it ("As of 9 October, 18:00, ...")."""
    if m["sep"] != ":" or len(m["h"]) != 2:
        return False
    start = m.start()
    if _DATE_COMMA_BEFORE.search(text, max(0, start - 30), start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    return _STAMP_AFTER.match(text, m.end("mi")) is not None


_CLOCK_PREP = re.compile(
    r"(?:\b(?:at|by|until|till|from|before|after|around|about|since|to|between|and|or"
    r"|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)$",
    re.IGNORECASE,
)


def _clock_reader(m: re.Match[str], text: str) -> Candidate | None:
    groups = m.re.groupindex
    start = m.start()
    if "named" in groups and m["named"]:
        named = m["named"].lower()
        # "midday" is a part of the day (TIMEX3 "MI"); "noon" and "midnight" are clock times
        clock = {"midnight": "24:00", "midday": "MI"}.get(named, "12:00")
    else:
        if "mil" in groups and m["mil"]:
            hour, minute = int(m["mil"][:2]), int(m["mil"][2:])
        elif "hw" in groups:
            # a transcript's spoken hour: "six a.m.", "two forty-six a.m.", "four-thirty"
            hour = _SPOKEN_HOURS.index(m["hw"].lower()) + 1
            minute = 0
            if m["mw"]:
                words = m["mw"].lower().replace("-", " ").split()
                if words[0] == "oh":
                    words = words[1:]
                spoken = parse_number(" ".join(words))
                if spoken is None or not 0 <= spoken < 60:
                    return None
                minute = int(spoken)
        else:
            hour = int(m["h"])
            minute = int(m["mi"] or 0)
        ampm = (
            (m["ampm"] or "").lower().replace(".", "").replace(" ", "") if "ampm" in groups else ""
        )
        if "part" in groups and m["part"] and 1 <= hour <= 12:
            # (a 24-hour clock, "22:00 tonight", already says its half)
            ampm = "am" if "morning" in m["part"].lower() else "pm"
        if hour > 24 or (ampm and not 1 <= hour <= 12) or (hour == 24 and minute):
            return None
        if ampm == "pm" and hour != 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        clock = f"{hour:02d}:{minute:02d}"
        if "sec" in groups and m["sec"]:
            clock += f":{m['sec']}"  # an accident report's "05:02:17 UTC"
        if "sep" in groups:
            # a 24-hour clock ("14:00", "0600 GMT") is told from a ratio, a score or a decimal
            # by its zone, by "hours", or (for "14:00" alone) by the preposition before it
            before = text[max(0, start - 24) : start]
            zoned = bool(m["tz"] or m["hrs"])
            if m["mil"]:
                # "went dark at 0547", "lifted off at 1322 and ditched at 1409": a four-digit
                # clock right after "at" (or with a leading zero after a word of time), which
                # no year or count reads as
                said_at = (
                    _MIL_AT.search(before)
                    and not _MIL_NOT_AFTER.match(text, m.end())
                    and (m["mil"][0] == "0" or re.search(r"\bat\s+$", before, re.I))
                )
                if not m["tz"] and not (m["hrs"] and _CLOCK_PREP.search(before)) and not said_at:
                    return None
            elif (
                not zoned
                # "It is 5:30 in the morning": the part of the day makes it a clock
                and not (m["sep"] == ":" and m["part"] and "in the" in m["part"].lower())
                and (m["sep"] != ":" or not _CLOCK_PREP.search(before))
                and not _unzoned_stamp(m, text)
            ):
                return None
    end = m.end()
    day_word = {"tmrw": "tomorrow", "tonite": "tonight"}.get(
        (m["day"] or "").lower(), (m["day"] or "").lower()
    )
    if "part" in groups and m["part"] and not m["part"].lower().strip().startswith("in "):
        # "six this morning", "four-thirty yesterday afternoon": the part of the day sets
        # the half of the clock and the day ("three in the afternoon" only the half)
        day_word = "yesterday" if "yesterday" in m["part"].lower() else "today"
    dmon = m["dmon"] or m["dmon2"]
    dnum = m["dnum"] or m["dnum2"]
    dwd = m["dwd"]
    if m["day"]:
        between = text[start : m.start("day")]
        if ")" in between and "(" not in between:
            # "10:40 a.m. local time (0740 GMT) Friday": the day belongs outside the aside
            end = start + between.index(")")
            day_word, dmon, dnum, dwd = "", None, None, None
    if text[start:end].endswith(")") and "(" not in text[start:end]:
        end -= 1  # "(0800 GMT)": the aside's own bracket is not part of the time
    day_step, step_words = 0, ""
    if not (dwd or dmon or day_word):
        # "22:40 the previous evening", "03:15 the next morning": one time, a day off the last
        # (a part of a day: "16:30 the following day" is a time and then a date)
        after = re.match(
            r"\s+the\s+(next|following|previous|preceding)\s+(?:morning|afternoon|evening|night)\b",
            text[end : end + 40],
            re.IGNORECASE,
        )
        if after is not None:
            day_step = 1 if after.group(1).lower() in ("next", "following") else -1
            step_words = after.group(0).strip()
            end += after.end()
    that_part = ""
    that_day = False
    if not (dwd or dmon or day_word or day_step):
        # "6:20 that evening", "9:40 that morning": one time, on the day the account is on,
        # whose part of the day settles the half of the clock
        that = re.match(
            r"\s+that\s+(morning|afternoon|evening|night)\b", text[end : end + 30], re.IGNORECASE
        )
        if that is not None and ":" in clock and not ("ampm" in groups and m["ampm"]):
            that_part = that.group(1).lower()
            end += that.end()
            hour, minute = int(clock[:2]), int(clock[3:5])
            if (that_part in ("afternoon", "evening") and hour < 12) or (
                that_part == "night" and 6 <= hour < 12
            ):
                clock = f"{hour + 12:02d}:{minute:02d}"
        elif that is not None and "ampm" in groups and m["ampm"]:
            # "at 6:53 a.m. local time that morning": the clock already says its half, and
            # "that morning" (an expression of its own) says the day is the one just told of
            that_day = True

    # "by 2am on Friday": the day after "on" is read from where it stands, so that the
    # clock's own preposition sets no limit on it ("noon Monday", "until midnight Friday" are
    # read as a whole, the preposition before them governing both)
    day_start = (
        m.start("day")
        if (dwd or dmon or day_word) and re.search(r"\son\s+$", text[start : m.start("day")])
        else -1
    )

    def resolve(ctx: Context) -> Resolution:
        if day_start < 0:
            return at_day(ctx)
        start, finish = ctx.start, ctx.end
        ctx.at(day_start, finish)
        try:
            return at_day(ctx)
        finally:
            ctx.at(start, finish)

    def at_day(ctx: Context) -> Resolution:
        if day_step:
            base = chained(ctx, "day", day_step, step_words)
        elif (
            (that_part or that_day) and ctx.last_day is not None and ctx.last_day.point is not None
        ):
            day = ctx.last_day
            assert day.point is not None
            said = that_part or "morning, afternoon or evening after it"
            base = Resolution(
                "",
                f"{day.point.isoformat()}, the day mentioned just before (that {said})",
                day.needs_anchor,
                day.point,
                "day",
            )
        elif dwd and (m["wmon"] or m["wmon2"]):
            wmon = m["wmon"] or m["wmon2"]
            base = named_month(ctx, month_number(wmon), int(m["wnum"] or m["wnum2"]), None, wmon)
        elif dwd:
            base = weekday(ctx, weekday_number(dwd), dwd, None)
        elif dmon and (m["dyear"] or (m["drel"] and ctx.published is not None)):
            if m["dyear"]:
                year, how = int(m["dyear"]), f"{dmon} {dnum}, {m['dyear']}, as written"
            else:
                assert ctx.published is not None
                step = {"last": -1, "this": 0, "next": 1}[m["drel"].lower()]
                year = ctx.published.year + step
                how = f"{dmon} {dnum} {m['drel']} year, {year}"
            try:
                base = Resolution(
                    "", how, not m["dyear"], date(year, month_number(dmon), int(dnum)), "day"
                )
            except ValueError:
                return Resolution(f"XXXX-XX-XXT{clock}", f"{how} is not a calendar date")
        elif dmon:
            base = named_month(ctx, month_number(dmon), int(dnum), None, dmon)
        elif day_word in ("yesterday", "tomorrow", "today", "tonight"):
            step = {"yesterday": -1, "tomorrow": 1}.get(day_word, 0)
            base = relative(ctx, "day", step, day_word)
        elif _UPDATED_AT.search(ctx.text, max(0, ctx.start - 24), ctx.start):
            # "Updated at 14.30 GMT" at the foot of a story: the page's own stamp, of the day
            # it was published
            base = relative(ctx, "day", 0, "the page's update stamp, on the publication day")
        else:
            found = _day_in_focus(ctx, clock)
            if (
                found is None
                and clock == "24:00"
                and ctx.published is not None
                and ctx.published.month == 12
                and 15 <= ctx.published.day <= 30
                and ctx.tense() != "past"
                and _NEW_YEAR_WORDS.search(ctx.text)
                # Christmas has its own midnight ("Midnight Mass")
                and not re.search(
                    r"Christmas|\bMass\b", ctx.text[max(0, ctx.start - 300) : ctx.end + 40]
                )
            ):
                # "will address the nation shortly before midnight", in a story of the coming
                # new year: the midnight that ends the year
                eve = date(ctx.published.year, 12, 31)
                found = Resolution(
                    eve.isoformat(), f"{eve.isoformat()}, the night the year ends", True, eve, "day"
                )
            if (
                found is None
                and clock == "24:00"
                and ctx.published
                and (ctx.published.month, ctx.published.day) != (12, 31)
                and ctx.tense() == "past"
            ):
                # "Hong Kong returned to Chinese sovereignty at midnight", in the next
                # morning's paper: the midnight that opened the publication day
                found = relative(ctx, "day", -1, "the day that ended as the publication day began")
            base = found or relative(ctx, "day", 0, "the clock time, on the publication day")
        if base.point is None:
            return Resolution(
                f"XXXX-XX-XXT{clock}", f"{clock} on a day that needs the publication date", True
            )
        return Resolution(
            f"{base.point.isoformat()}T{clock}",
            f"{ {'MI': 'midday', '24': 'midnight'}.get(clock, clock) } on {base.explanation}",
            base.needs_anchor,
            base.point,
            "day",
        )

    # with no day of its own, a day named later in the sentence settles it ("shortly before
    # 8 p.m. (1900 GMT) on Wednesday")
    return Candidate(
        start, end, "TIME", resolve, follows_day=not (dwd or dmon or day_word or day_step)
    )


@rule(
    rf"{_B}(?P<h>1[0-2]|[1-9])(?:[:.](?P<mi>[0-5]\d))?(?=\s*(?P<join>to|until|till|and|-|–)\s*"
    r"(?P<h2>1[0-2]|[1-9])(?:[:.][0-5]\d)?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am|pm)(?![\w]))"
)
def _clock_range_start(m: re.Match[str], text: str) -> Candidate | None:
    """ "from 6 to 8 p.m.", "between 5 and 8 a.m.", "visitation 4-7 p.m.", "seatings at 6 and
    9:30 p.m.": the first hour takes the second's half of the day (or the other half when it
    is the larger number: "from 10 to 2 p.m." starts in the morning)."""
    before = text[max(0, m.start() - 16) : m.start()]
    joined = m["join"].lower()
    if not (
        re.search(r"\bfrom\s+$", before, re.IGNORECASE)
        or (joined == "and" and re.search(r"\b(?:between|at)\s+$", before, re.IGNORECASE))
        or (
            joined in ("-", "–", "to")
            and re.search(
                r"\b(?:be|is|are|was|were|at|runs?|open|opens)\s+$", before, re.IGNORECASE
            )
        )
    ):
        return None  # "2 to 3 p.m." alone may be a score or a count
    hour, last = int(m["h"]), int(m["h2"])
    pm = m["ampm"].lower().startswith("p")
    if pm and hour % 12 < last % 12:
        hour = hour % 12 + 12
    elif not pm and hour == 12:
        hour = 0
    clock = f"{hour:02d}:{int(m['mi'] or 0):02d}"

    def resolve(ctx: Context) -> Resolution:
        base = _day_in_focus(ctx, clock) or relative(
            ctx, "day", 0, "the clock time, on the publication day"
        )
        if base.point is None:
            return Resolution(
                f"XXXX-XX-XXT{clock}", f"{clock} on a day that needs the publication date", True
            )
        return Resolution(
            f"{base.point.isoformat()}T{clock}",
            f"{clock}, the start of a range of hours, on {base.explanation}",
            base.needs_anchor,
            base.point,
            "day",
        )

    return Candidate(m.start(), m.end(), "TIME", resolve, follows_day=True)


def _time_stamp(ctx: Context) -> bool:
    """A live blog's time stamp: a clock time that opens its line ("10:20 GMT — ...")."""
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    return not ctx.text[line_start : ctx.start].strip()


def _day_of_chronology(ctx: Context) -> Resolution | None:
    """A clock time that opens its line is a live blog's stamp, of the publication day, unless
    it is an entry of a list whose heading named an earlier day ("A chronology of Tuesday's
    events, all times EDT:\n\n7:59 a.m. - ..."): then that day."""
    header_end = ctx.text.rfind(":\n", max(0, ctx.start - 3000), ctx.start)
    day, pub = ctx.last_day, ctx.published
    if header_end < 0 or day is None or day.point is None or pub is None or day.point >= pub:
        return None
    header_start = ctx.text.rfind("\n", 0, header_end) + 1
    if ctx.last_day_end < header_start:
        return None
    return Resolution(
        day.point.isoformat(),
        f"{day.point.isoformat()}, the day the list's heading names",
        day.needs_anchor,
        day.point,
        "day",
    )


def _day_of_dated_stamp(ctx: Context) -> Resolution | None:
    """A live page's time stamp under an earlier stamp that wrote its date in full ("Fri 5 Jul
    2024 00.55 BST ... 02.10 BST"): the page has moved on to that day."""
    day, pub = ctx.last_day, ctx.published
    if (
        day is None
        or day.point is None
        or day.needs_anchor
        or pub is None
        or abs((day.point - pub).days) > 2
        or ctx.start - ctx.last_day_end > 3000
    ):
        return None
    line_start = ctx.text.rfind("\n", 0, ctx.last_day_end) + 1
    line_end = ctx.text.find("\n", ctx.last_day_end)
    line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
    if len(line.strip()) > 40:
        return None  # a date in the prose, not a stamp of its own
    return Resolution(
        day.point.isoformat(),
        f"{day.point.isoformat()}, the day of the last dated stamp above it",
        False,
        day.point,
        "day",
    )


# a clock stamp's own time of day, from its value ("2025-10-30T16:00")
_STAMP_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT(\d\d):(\d\d)")


def _day_of_stamp_above(ctx: Context, clock: str) -> Resolution | None:
    """A live timeline's entry stamp under an earlier stamp whose day was found ("4 p.m.
    Thursday: ... 7:30 p.m.: ... 11:15 p.m.: ..."): the timeline runs on in that day, and
    into the next when it goes from the evening into the small hours ("11:15 p.m.: ...
    1:40 a.m.: ...")."""
    stamp = ctx.last_stamp
    if (
        stamp is None
        or stamp.point is None
        or ctx.published is None
        or not 0 <= ctx.start - ctx.last_stamp_end <= 1500
        or ctx.text.count("\n\n", ctx.last_stamp_end, ctx.start) > 3
    ):
        return None
    there = _STAMP_CLOCK.match(stamp.value)
    if there is None or not clock[:2].isdigit():
        return None
    point, why = stamp.point, "the day of the timeline's stamp above it"
    if int(there.group(1)) >= 18 and clock < "12" and clock < f"{there.group(1)}:{there.group(2)}":
        point, why = point + timedelta(days=1), "the night after the timeline's stamp above it"
    if abs((point - ctx.published).days) > 7:
        return None
    return Resolution(
        point.isoformat(),
        f"{point.isoformat()}, {why} ({stamp.value})",
        stamp.needs_anchor,
        point,
        "day",
    )


def _day_of_heading(ctx: Context) -> Resolution | None:
    """A time in a listing under a day's heading: a daybook's "Tuesday, Dec. 8" line, a fixture
    list's "Saturday, Aug. 11", "Wednesday — Senate committee hearing; 2 p.m.". Every line from
    the heading down to the time is a listing's short entry, not prose."""
    day = ctx.heading_day
    if day is None or day.point is None or ctx.start - ctx.heading_end > 3000:
        return None
    between = ctx.text[ctx.heading_end : ctx.start]
    if any(len(line) > 250 for line in between.split("\n")):
        return None
    return Resolution(
        day.point.isoformat(),
        f"{day.point.isoformat()}, the day of the listing's heading above it",
        day.needs_anchor,
        day.point,
        "day",
    )


# verbs whose past is their present: "hit", "cut", "read" tell no tense of their own
_TENSELESS_PAST = re.compile(
    r"\b(?:hit|cut|put|set|let|shut|spread|burst|cast|read|quit|hurt|split|beat|struck)\b"
)


# a day that only dates a report at the close of its sentence: ", a commission said on Friday",
# ", the agency said in its weekly bulletin on Thursday", ", according to a report published
# by the board on Thursday"
_SAID_ON = re.compile(
    r"(?:,\s+(?:[\w'’.-]+\s+){1,6}(?:said|told\s+\w+|announced|reported|confirmed)\s+"
    r"(?:(?:in|at)\s+(?:[\w'’-]+\s+){1,4})?"
    r"|,\s+according\s+to\s+(?:the\s+|an?\s+|its\s+)(?:[\w'’-]+\s+){0,3}"
    r"(?:report|bulletin|update|statement|figures|data)\s+(?:[\w'’.-]+\s+){0,6})"
    rf"(?:on\s+)?(?:{WEEKDAY_PATTERN})\.?$",
    re.IGNORECASE,
)


# a transcript's speaker label opening a line: "MOSS: ...", "PRESENTER: ..."
_TURN_LABEL = re.compile(r"(?P<who>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}):[ \t]")


def _same_speaker_goes_on(text: str, day_end: int, start: int) -> bool:
    """Whether ``start`` is in a turn of the transcript speaker whose turn named the day that
    ends at ``day_end``, with no more than two short turns of others between ("MOSS: At 4.10
    on Sunday morning the duty officer called me. / PRESENTER: And the crew? / MOSS: All 19
    were taken off by 7am."): an answer to a question goes on with the account it answers."""
    day_line = text.rfind("\n", 0, day_end) + 1
    this_line = text.rfind("\n", 0, start) + 1
    first = _TURN_LABEL.match(text, day_line)
    last = _TURN_LABEL.match(text, this_line)
    if first is None or last is None or first["who"] != last["who"] or this_line <= day_line:
        return False
    others = [
        line for line in text[text.find("\n", day_end) + 1 : this_line].split("\n") if line.strip()
    ]
    return len(others) <= 2 and all(
        len(line) <= 120
        and (turn := _TURN_LABEL.match(line)) is not None
        and turn["who"] != first["who"]
        for line in others
    )


def _day_just_before(ctx: Context, clock: str) -> Resolution | None:
    """The day the sentence before named, when the tense points the same way from publication:
    "filmed on the morning of April 4. It was recorded at 6:30 a.m." (both past) or "ahead of
    Thursday's election. Polls will open at 7am" (both ahead). A day on the other side of
    publication from the tense says nothing about this time; a live blog's time stamp
    ("10:20 GMT — ...") is the publication day's; and the small hours after a day or an
    evening ("... since Wednesday night. Sirens sounded at 12:45 a.m.") are as often the next
    day, unless that day was a morning."""
    day, pub = ctx.last_day, ctx.published
    day_end, scene, owned = ctx.last_day_end, ctx.last_day_scene, ctx.last_day_owned
    if ctx.day_before_report is not None and day is not None:
        # "will mark the day on April 30 with a parade, officials said on Monday. The parade
        # will start at 7 a.m.": the day of the report is no scene of what follows, the day
        # its sentence told of is
        day, day_end, scene, owned = ctx.day_before_report
    if day is None or day.point is None or pub is None:
        return None
    point = day.point
    # "By 2:16 a.m. Wednesday, the Republican led. Shortly before 4 a.m., the networks
    # called the race": the publication day, named in the sentence just before by its own
    # name, goes on in a past account (and the story's opening day does not come back)
    # (a morning's time only: an evening's is as often the night before, when the story began)
    on_pub = (
        point == pub
        and clock[:2].isdigit()
        and clock < "12"
        and bool(re.search(rf"\b(?:{WEEKDAY_PATTERN})\b", ctx.text[max(0, day_end - 12) : day_end]))
    )
    if point == pub and not on_pub:
        return None
    if _SAID_ON.search(ctx.text, max(0, day_end - 120), day_end):
        # "sank on Aug. 12, a commission said on Friday. The first blast was recorded at
        # 11:28 a.m.": the day of the report is no scene of what follows
        return None
    if not scene or (owned and point < pub):
        # "since Jan. 1" bounds a span; "in Monday's ballot" names a past event by its day,
        # and what follows is told from the day of the report
        return None
    if day.value.endswith("TNI") and clock[:2].isdigit() and "05" <= clock < "12":
        # "evacuated overnight and allowed to return home about 7 a.m.": the morning after
        point = point + timedelta(days=1)
    elif point < pub and clock[:2].isdigit() and int(clock[:2]) < 8:
        named = ctx.text[max(0, day_end - 40) : day_end + 12].lower()
        if not re.search(r"\b(?:morning|early|dawn|daybreak|sunrise)\b", named):
            return None
    begin = ctx.sentence_bounds()[0]
    previous_begin = ctx.sentence_bounds_at(begin - 1)[0] if begin > 0 else 0
    if (
        day_end > begin
        or (
            day_end < previous_begin
            # or a sentence or two further back in the same paragraph, close enough to be the
            # scene, or in the same speaker's turn before a question put to them
            and not (
                ctx.start - day_end < 400
                and (
                    "\n\n" not in ctx.text[day_end : ctx.start]
                    or _same_speaker_goes_on(ctx.text, day_end, ctx.start)
                )
            )
        )
    ):
        return None
    tense = ctx.tense()
    if (
        tense == "none"
        and point < pub
        and _TENSELESS_PAST.search(ctx.text, ctx.sentence_bounds()[0], ctx.start)
    ):
        # "The plane hit the water at 10:31 p.m.": a verb that does not show its tense goes
        # on with the scene just told
        tense = "past"
    if on_pub:
        if tense != "past" or day_end < previous_begin:
            return None
    elif not ((tense == "past" and point < pub) or (tense == "future" and point > pub)):
        return None
    return Resolution(
        point.isoformat(),
        f"{point.isoformat()}, the day named just before",
        day.needs_anchor,
        point,
        "day",
    )


# a page's own stamp before a clock time: "Updated at 14.30 GMT", "Last updated 09:12"
_UPDATED_AT = re.compile(
    r"(?:^|\n|[.)]\s+)(?:Last\s+)?(?:[Uu]pdated|[Pp]osted|[Pp]ublished|[Uu]pdate|UPDATE|UPDATED)"
    r"(?:\s+(?:at|on))?[:,]?\s+\(?$"
)
_NEW_YEAR_WORDS = re.compile(
    r"\b(?:New\s+Year|millennium|Y2K|year\s+2000|stroke\s+of\s+midnight)", re.IGNORECASE
)


_SPAN_END_BEFORE = re.compile(
    r"\b(?:until|till|to|past|and|through|or)\s+(?:(?:about|around|approximately|roughly|after"
    r"|before|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?$|[-–]\s*$",
    re.IGNORECASE,
)
_ZONE_GAP = re.compile(r"[—–(]|\blocal\s+time\b|\bor\b", re.IGNORECASE)


_ASIDE_OPENS = re.compile(r",\s*(?:who|which)\b[^,;()\n]*$", re.IGNORECASE)
_ASIDE_CLOSES = re.compile(r"[^,;()\n]*,")
_ASIDE_NOT_OVER = re.compile(
    r"\b(?:must|will|would|shall|should|could|can|may|might|is|are|was|were|be|fell|falls"
    r"|due|set|scheduled|expected|plans?|planned)\b|['’]ll\b",
    re.IGNORECASE,
)


def _in_closed_aside(ctx: Context) -> bool:
    """ "Albright, who left Washington late Friday, was to meet Mubarak at noon": the day
    named in a relative clause set off by commas dates that clause's own event, not the clock
    times of the main clause after it."""
    begin = ctx.sentence_bounds()[0]
    if ctx.last_end <= begin:
        return False
    opens = _ASIDE_OPENS.search(ctx.text, begin, ctx.last_end)
    closes = _ASIDE_CLOSES.match(ctx.text, ctx.last_end, ctx.start)
    if opens is None or closes is None:
        return False
    aside = ctx.text[opens.start() : closes.end()]
    # only an aside that names a day of an event already over: not a deadline the main clause
    # still waits on ("Margin calls, which must be met by Monday, could force selling when
    # markets open at 9:30 a.m."), nor one that says which day it is ("On New Year's Eve,
    # which fell on Friday, fireworks were set off at midnight", "which is midnight in Fiji")
    return (
        re.search(rf"(?-i:{WEEKDAY_PATTERN})|(?-i:{MONTH_PATTERN})\s+\d", aside) is not None
        and _ASIDE_NOT_OVER.search(aside) is None
    )


def _day_in_focus(ctx: Context, clock: str = "") -> Resolution | None:
    """The day a date earlier in the same sentence named ("On Sunday, polls close at 20:00").

    The sentence before is not asked: a clock time there is as often the publication day
    ("... since Wednesday night. Sirens sounded at 12:45 a.m.") as the day just named.
    """
    prior = ctx.anchor(300)
    if (
        prior is None
        or prior.point is None
        or prior.gran != "day"
        or (ctx.last_end < ctx.sentence_bounds()[0])
        or _in_closed_aside(ctx)
    ):
        heading = _day_of_heading(ctx)
        if heading is not None:
            return heading
        if clock and _time_stamp(ctx):
            return (
                _day_of_chronology(ctx)
                or _day_of_dated_stamp(ctx)
                or _day_of_stamp_above(ctx, clock)
            )
        before = _day_just_before(ctx, clock)
        if before is not None:
            return before
        day = ctx.last_day
        if (
            day is not None
            and day.point is not None
            and not day.needs_anchor
            and ctx.last_day_scene
            # ("seized in the Oct. 7, 2023, attack": a day naming its event is no account's)
            and not ctx.last_day_owned
            and ctx.published is not None
            and (ctx.published - day.point).days > 30
            and 0 <= ctx.start - ctx.last_day_end < 600
            and ctx.tense() == "past"
        ):
            # an account of long ago (a judgment, an accident report) told hour by hour: its
            # times are of the last day it dated in full, not of the day it was published
            return Resolution(
                day.point.isoformat(),
                f"{day.point.isoformat()}, the day the account last dated",
                False,
                day.point,
                "day",
            )
        lead = ctx.lead_day
        if (
            lead is not None
            and lead.point is not None
            and ctx.published is not None
            and (
                lead.point < ctx.published
                # "TOKYO (AP) - ... on Tuesday", dated Monday in New York: the story's day
                # has already begun where it is told
                or (ctx.local_ahead and (lead.point - ctx.published).days == 1)
            )
            and ctx.tense() == "past"
        ):
            if lead.value.endswith("TNI") and clock[:2].isdigit() and clock < "06":
                # "Drones struck the port overnight, officials said. Explosions were heard
                # shortly after 3 a.m.": the small hours of the night the story opens on are
                # the morning after the day that night began on
                point = lead.point + timedelta(days=1)
                return Resolution(
                    point.isoformat(),
                    f"{point.isoformat()}, the small hours of the night the story opens on",
                    lead.needs_anchor,
                    point,
                    "day",
                )
            incident = ctx.lead_incident
            if (
                incident is not None
                and incident.point is not None
                and not COURT_WORDS.search(
                    ctx.text, ctx.sentence_bounds()[0], ctx.sentence_bounds()[1]
                )
            ):
                # "Prosecutors say he attacked two men outside the club shortly after 2am", in a
                # story of a hearing about a night in June: a time told of the case, not of the
                # court, is on the day the case is about
                return Resolution(
                    incident.point.isoformat(),
                    f"{incident.point.isoformat()}, the day of the case the hearing is about",
                    incident.needs_anchor,
                    incident.point,
                    "day",
                )
            # a time told in the past, in a story whose opening named an earlier day: that day
            return Resolution(
                lead.point.isoformat(),
                f"{lead.point.isoformat()}, the day the story opens on",
                lead.needs_anchor,
                lead.point,
                "day",
            )
        if (
            lead is not None
            and lead.point is not None
            and ctx.published is not None
            and lead.point > ctx.published
            and ctx.tense() in ("future", "present")
        ):
            # "Sydney is ready to open the Games on Friday night. The opening ceremony begins
            # at 7 p.m.": a time told ahead, in a story that opens on a day to come
            return Resolution(
                lead.point.isoformat(),
                f"{lead.point.isoformat()}, the day the story opens on",
                lead.needs_anchor,
                lead.point,
                "day",
            )
        return None
    if (
        re.search(r"T(?:1[89]|2[0-3]):\d\d|TEV$", prior.value)
        and clock[:2].isdigit()
        and clock < "06"
        # (not the end of a span, "ran until 3:40 a.m.", "between 10 p.m. and 2 a.m.", which
        # other rules read, nor the same moment told in another zone: "at 7 p.m. Friday local
        # time — 5 a.m. EDT")
        and not _SPAN_END_BEFORE.search(ctx.text, max(0, ctx.start - 40), ctx.start)
        and not _ZONE_GAP.search(ctx.text, ctx.last_end, ctx.start)
    ):
        # "the last act is due on stage at 10pm and the headliners at 1am": the small hours
        # after an evening's clock time in the same sentence are the next day's
        point = prior.point + timedelta(days=1)
        return Resolution(
            point.isoformat(),
            f"{point.isoformat()}, the small hours after the evening named earlier in the sentence",
            prior.needs_anchor,
            point,
            "day",
        )
    if prior.value.endswith(("T24:00", "TNI")) and clock[:2].isdigit() and clock < "12":
        # "left shortly after midnight and crossed the border at 7:38 a.m.": that midnight
        # closed its day, and the morning after it is the next one
        point = prior.point + timedelta(days=1)
        return Resolution(
            point.isoformat(),
            f"{point.isoformat()}, the morning after the night named earlier in the sentence",
            prior.needs_anchor,
            point,
            "day",
        )
    gap = _SPAN_AFTER.search(ctx.text[ctx.last_end : ctx.start])
    if gap is not None and (
        gap["u"].lower().startswith("day") or (gap["n"].isdigit() and int(gap["n"]) >= 24)
    ):
        # "evacuated on Sunday, a day after a dyke gave way at 4 a.m.", "late Monday, 40 hours
        # after the quake hit at 4:17 a.m.": the time is of the earlier event, that span back
        n = _SMALL_NUMBERS.get(gap["n"].lower()) or int(gap["n"])
        back = n if gap["u"].lower().startswith("day") else n // 24
        point = prior.point - timedelta(days=back)
        return Resolution(
            point.isoformat(),
            f"{point.isoformat()}, {gap['n']} {gap['u']} before the day named earlier in the sentence",
            prior.needs_anchor,
            point,
            "day",
        )
    return Resolution(
        prior.point.isoformat(),
        f"{prior.point.isoformat()}, the day named earlier in the sentence",
        prior.needs_anchor,
        prior.point,
        "day",
    )


_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SPAN_AFTER = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|\d{1,3})\s+(?P<u>days?|hours)\s+after\b[^.;:!?]*$",
    re.IGNORECASE,
)


rule(
    rf"{_B}(?:(?:around|about|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    rf"(?P<h>[012]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am|pm)(?![\w]){_TZ}{_CLOCK_DAY}"
)(_clock_reader)
rule(
    rf"(?<![\w'’:.,])(?:(?P<h>[01]?\d|2[0-4])(?P<sep>[:.h])(?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?|(?P<mil>(?:[01]\d|2[0-3])[0-5]\d))"
    rf"(?![\d]|:(?![^\S\n])|\.\d|,\d){_TZ}(?P<hrs>\s+(?:hours|hrs)\b)?"
    # "1:40 this afternoon", "7:30 in the evening": the part of the day says which half
    r"(?P<part>(?:\s+(?:this|yesterday)\s+(?:morning|afternoon|evening)|\s+in\s+the\s+(?:morning"
    rf"|afternoon|evening)|\s+tonight)(?![\w-]))?{_CLOCK_DAY}(?P<ampm>)"
)(_clock_reader)
rule(
    rf"{_B}(?:(?:shortly|just|soon|right)\s+(?:before|after)\s+)?(?P<named>noon|midnight|midday){_CLOCK_DAY}"
)(_clock_reader)
_HOUR_WORD_BEFORE = re.compile(
    r"\b(?:at|until|till|by|before|after|about|around|was|is)\s$", re.IGNORECASE
)


@rule(
    r"(?<![\w'’:.,])(?P<h>1[0-2]|[1-9])(?P<mi>)(?P<part>\s+in\s+the\s+(?:morning|afternoon|evening))"
    r"(?![\w-])(?!\s+(?:session|shift|papers?|edition|show|news|rush|service)\b)"
    rf"{_CLOCK_DAY}(?P<ampm>)"
)
def _hour_in_the_part(m: re.Match[str], text: str) -> Candidate | None:
    """ "call me at 6 in the morning", "it was 4 in the morning": a bare hour whose part of the
    day says its half, after a word that makes it a time of day (not "6 in the morning
    session")."""
    if _HOUR_WORD_BEFORE.search(text, max(0, m.start() - 7), m.start()) is None:
        return None
    return _clock_reader(m, text)


_SPOKEN_HOURS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)


@rule(
    rf"{_B}(?:(?:about|around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    rf"(?P<hw>{'|'.join(_SPOKEN_HOURS)})"
    r"(?:[\s-](?P<mw>oh[\s-](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?))?"
    r"(?:\s*(?P<ampm>a\.\s?m\.|p\.\s?m\.)"
    r"|(?P<part>\s+(?:this|yesterday)\s+(?:morning|afternoon|evening)|\s+in\s+the\s+(?:morning"
    r"|afternoon|evening)|\s+tonight)(?![\w-]))"
    rf"{_TZ}{_CLOCK_DAY}"
)
def _spoken_hour(m: re.Match[str], text: str) -> Candidate | None:
    """A transcript's clock time in words: "two forty-six a.m. Saturday", "six this morning"."""
    return _clock_reader(m, text)


@rule(
    r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
    r"(?P<h>1[0-2]|[1-9])(?:[:.](?P<mi>[0-5]\d))?"
    r"\s+(?:(?P<day>this|yesterday|tomorrow)\s+(?P<part>morning|afternoon|evening|night)"
    r"|(?P<t1>tonight|last\s+night))(?![\w-])"
    r"|(?P<day2>this|yesterday|tomorrow)\s+(?P<part2>morning|afternoon|evening|night)"
    r"\s+at\s+(?P<h2>1[0-2]|[1-9])(?:[:.](?P<mi2>[0-5]\d))?(?![\w:-]|\.\d|\s*(?:[ap]\.?m\b|%|percent|per\b))"
    r"|(?P<t3>tonight)\s+at\s+(?P<h3>1[0-2]|[1-9])(?:[:.](?P<mi3>[0-5]\d))?(?![\w:-]|\.\d|\s*(?:[ap]\.?m\b|%|percent|per\b))"
)
def _hour_with_part_of_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "at 9 this morning", "this morning at 9", "tonight at 8": an hour without a.m. or p.m.,
    whose part of the day says which half it is."""
    hour = int(m["h"] or m["h2"] or m["h3"])
    minute = int(m["mi"] or m["mi2"] or m["mi3"] or 0)
    t1 = " ".join((m["t1"] or "").lower().split())
    day = (m["day"] or m["day2"] or ("yesterday" if t1 == "last night" else "this")).lower()
    part = (m["part"] or m["part2"] or "night").lower()
    if part == "morning":
        if hour == 12:
            hour = 0
    elif hour < 12 and not (part == "night" and hour <= 4):
        hour += 12
    step = {"yesterday": -1, "tomorrow": 1}.get(day, 0)
    if part == "night" and hour <= 4:
        step += 1  # "at 2 last night": the small hours after that evening
    clock = f"T{hour:02d}:{minute:02d}"
    whole = m.group(0)
    return Candidate(
        m.start(),
        m.end(),
        "TIME",
        lambda ctx: relative(ctx, "day", step, whole, suffix=clock),
    )


_RUN_ORDINAL = (
    r"(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,3}(?:st|nd|rd|th)|first)"
)


@rule(
    rf"{_B}(?P<det>the|a|its|their)\s+{_RUN_ORDINAL}\s+(?:(?:straight|consecutive|successive|running)\s+)?"
    rf"(?P<unit>day|night){_E}"
)
def _nth_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "protests continued for the third day", "on the second day of the offensive".

    TimeML marks a day counted in a run of days as a DATE: the day it is, which is the day the
    sentence names, else the one just mentioned, else the publication day (as TimeBank reads
    "It was the second day of an offensive" in a report of that day).
    """
    before = text[max(0, m.start() - 9) : m.start()]
    if not re.search(
        # "... early Sunday, the 12th day of the air campaign": in apposition to a day
        # "It's the second day of an offensive": the contracted "is" too
        r"(?:\b(?:for|into|on|of|is|was|marked|entered|enters|entering|reached|reaches)"
        r"|\b(?:it|this|today|that)['’]s|,)\s*$",
        before,
        re.IGNORECASE,
    ):
        return None
    if re.match(
        rf"\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:\w+\s+)?(?:month|year|week"
        rf"|{MONTH_PATTERN}|\d)",
        text[m.end() : m.end() + 28],
        re.IGNORECASE,
    ):
        return None  # "the first day of March" names a calendar day, not a run
    suffix = "TNI" if m["unit"].lower() == "night" else ""
    # "entered its 12th day": the possessive is no part of the expression
    start = m.start("ord") if m["det"].lower() in ("its", "their") else m.start()
    what = text[start : m.end()]
    return Candidate(
        start,
        m.end(),
        "TIME" if suffix else "DATE",
        lambda ctx: _run_day(ctx, what, suffix),
        follows_day=True,
    )


@rule(
    rf"{_B}(?P<det>the|a)\s+{_RUN_ORDINAL}\s+(?:straight|consecutive|successive)\s+"
    rf"(?P<unit>week|month|quarter){_E}(?!-)"
)
def _nth_run(m: re.Match[str], text: str) -> Candidate | None:
    """ "the jobless rate held at 4.1 percent for the second straight month", "cut 42,000
    jobs, the fourth straight month of losses": a week, month or quarter counted in a run is
    the one the figures are for, a DATE, as our sets mark all six. Only after "for" or a
    comma: TimeBank leaves "It was the third consecutive month that ..." unmarked. (A year
    so counted our sets mark as often as they leave it: "for the third straight year".)"""
    if not re.search(r"(?:\bfor|,)\s*$", text[max(0, m.start() - 6) : m.start()], re.I):
        return None
    unit = m["unit"].lower()
    gran: Granularity = UNIT_GRAN[unit]
    what = m.group(0)
    return Candidate(m.start(), m.end(), "DATE", lambda ctx: _run_unit(ctx, gran, what))


def _run_unit(ctx: Context, gran: Granularity, what: str) -> Resolution:
    prior = ctx.anchor(300)
    if (
        prior is not None
        and prior.point is not None
        and prior.gran == gran
        and ctx.last_end >= ctx.sentence_bounds_at(max(0, ctx.sentence_bounds()[0] - 1))[0]
    ):
        # "in the three months ended March, the second straight quarter": the one just named
        return chained(ctx, gran, 0, what, keep_finer=False)
    period = quarter_context(ctx) if gran == "quarter" else None
    if period is not None and period.gran == "quarter":
        # "profit for the fourth quarter of fiscal 1999, which ended June 30, ... for the ninth
        # straight quarter": the quarter the report named
        return Resolution(
            period.value,
            f"{what}: the quarter just reported, {period.value}",
            period.needs_anchor,
            period.point,
            "quarter",
        )
    if gran == "week":
        return _week_reported(ctx, what)
    pub = ctx.published
    if pub is None or ctx.tense() == "future":
        return relative(ctx, gran, 0, what)
    # a month's or a quarter's figures are out after it has ended
    return relative(ctx, gran, -1, f"{what} (the {gran} just ended, whose figures are told)")


def _run_day(ctx: Context, what: str, suffix: str) -> Resolution:
    focus = _day_in_focus(ctx)
    if focus is not None and focus.point is not None:
        return _not_anchor(
            Resolution(
                focus.point.isoformat() + suffix,
                f"{what}: {focus.explanation}",
                focus.needs_anchor,
                focus.point,
                "day",
            )
        )
    return _not_anchor(relative(ctx, "day", 0, what, suffix))


# a day counted from an event's first ("Day 12 of the strike"; "Day 2:" opening an entry of a
# timeline told by days): timex.py's _days_told_from_an_event dates it from the day the text
# says the event began; the day in focus until then, as "the third day" is
_DAY_NUMBER_OF = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|this|a|an)\s+"
    r"(?!(?:[\w'’-]+\s+){0,2}(?:month|year|week|quarter|decade|century|calendar)\b)[A-Za-z]",
    re.IGNORECASE,
)

_DAY_NUMBER_NOUN = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|this|a|an)\s+[a-z]+(?=[,.;:!?)]|$|\s+[A-Z0-9]|\s+(?:on|in"
    r"|at|for|to|and|but|with|when|by|as|after|before|was|were|is|are|had|has|have|that|which"
    r"|who)\b)"
)


@rule(
    r"(?<![\w-])[Dd]ay\s+(?P<n>[1-9]\d{0,2}|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty)(?:-[a-z]+)?"
    r"|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven"
    r"|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen"
    r"|[Nn]ineteen)(?![\d,.:]\d|[\w-])"
)
def _day_number(m: re.Match[str], text: str) -> Candidate | None:
    """ "Day 12 of the strike brought ...", "Day 2: Rescuers make contact": the twelfth day
    of the strike, the second of the story the timeline tells. A "Day 1, Tuesday 24 March:"
    stamp is the date's own ("Day 1" names no other day), and "day 3" of anything else (a
    festival's "Day 3 line-up", "day 5 of the month") is no day of a run."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    stamp = not text[line_start : m.start()].strip(" \t•*-") and re.match(
        r"[ \t]*[:—–]", text[m.end() : m.end() + 3]
    )
    of = _DAY_NUMBER_OF.match(text, m.end())
    if not stamp and of is None:
        return None
    # "day 15 of the strike", "Day 21 of the war": the event's noun is part of the expression,
    # as TimeML marks it ("of the Harwick bin strike": a name, left out, as "Monday" after
    # "of the strike" would be swallowed)
    noun = _DAY_NUMBER_NOUN.match(text, m.end())
    end = noun.end() if of is not None and noun is not None else m.end()
    what = m.group(0)

    def resolve(ctx: Context) -> Resolution:
        prior = ctx.anchor(300)
        if (
            prior is not None
            and prior.point is not None
            and prior.gran == "day"
            and ctx.last_end >= ctx.sentence_bounds()[0]
        ):
            return _run_day(ctx, what, "")  # "on Wednesday, Day 21 of the war"
        # a count told without the day it is: the day of the report ("On day 202 of the war,
        # Russian troops were falling back"), until timex.py finds the day the event began
        return _not_anchor(relative(ctx, "day", 0, what))

    return Candidate(m.start(), end, "DATE", resolve, follows_day=True)


# "on the eve of the vote", "on the eve of a council vote on his expenses": the day before an
# event the text has dated; timex.py's _days_told_from_an_event finds that day (the words name
# no date of their own)
_EVE_OF_A_HOLIDAY = frozenset(
    (
        "holiday", "holidays", "festival", "festivities", "millennium", "century", "decade",
        "year", "anniversary", "season", "spring", "summer", "autumn", "fall", "winter",
        "weekend", "week", "month",
    )
)  # fmt: skip


@rule(
    r"(?<![\w'’-])the\s+eve\s+of\s+(?:the|a|an|its|his|her|their|this|that)\s+"
    r"(?:[A-Za-z'’-]+\s+){0,3}?[A-Za-z'’-]+"
    r"(?=[ \t]*(?:[,.;:!?)\n]|$)|\s+(?:on|in|at|for|to|and|but|with|when|by|as|after|before|was"
    r"|were|is|are|had|has|have|that|which|who)\b)"
)
def _eve_of(m: re.Match[str], text: str) -> Candidate | None:
    words = m.group(0).split()
    if any(w[:1].isupper() or w[:1].isdigit() or w.lower() in _EVE_OF_A_HOLIDAY for w in words[4:]):
        # "the eve of the Lantern Festival", "the eve of the new millennium", "the eve of
        # Tuesday's vote": a holiday's or a date's own words, which their readers date
        return None
    what = " ".join(words)

    def resolve(ctx: Context) -> Resolution:
        return Resolution("XXXX-XX-XX", f"{what}: the day before an event", True, gran="day")

    return Candidate(m.start(), m.end(), "DATE", resolve)


# "A week to the day after the strike began, both sides met": opening its sentence, the day a
# week on from an event the text dated (after a dated clause, "on Sunday, 20 years to the day
# after the disaster", it is an offset and no date of its own); timex.py's
# _days_told_from_an_event finds the event's day
@rule(
    rf"{_B}(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+"
    rf"(?P<unit>day|week|month|year)s?\s+to\s+the\s+day\s+(?P<dir>after|since|before)\s"
)
def _to_the_day(m: re.Match[str], text: str) -> Candidate | None:
    if not _sentence_initial(text, m.start()):
        return None
    end = m.end("dir")
    what = text[m.start() : end]

    def resolve(ctx: Context) -> Resolution:
        return Resolution("XXXX-XX-XX", f"{what}: counted from an event", True, gran="day")

    return Candidate(m.start(), end, "DATE", resolve)


# --- words relative to the publication date -------------------------------------------------

_REL_WORDS: dict[str, tuple[TimexType, str, int, str]] = {
    # word: (type, granularity or reference value, offset, suffix)
    "today": ("DATE", "day", 0, ""),
    "yesterday": ("DATE", "day", -1, ""),
    "tomorrow": ("DATE", "day", 1, ""),
    "the day before yesterday": ("DATE", "day", -2, ""),
    "the day after tomorrow": ("DATE", "day", 2, ""),
    "tonight": ("TIME", "day", 0, "TNI"),
    "overnight": ("TIME", "day", 0, "TNI"),
    # as posts and messages write them
    "tmrw": ("DATE", "day", 1, ""),
    "tmw": ("DATE", "day", 1, ""),
    "tonite": ("TIME", "day", 0, "TNI"),
    "last nite": ("TIME", "day", -1, "TNI"),
    "now": ("DATE", "PRESENT_REF", 0, ""),
    "right now": ("DATE", "PRESENT_REF", 0, ""),
    "just now": ("DATE", "PRESENT_REF", 0, ""),
    "currently": ("DATE", "PRESENT_REF", 0, ""),
    "nowadays": ("DATE", "PRESENT_REF", 0, ""),
    "these days": ("DATE", "PRESENT_REF", 0, ""),
    "the time being": ("DATE", "PRESENT_REF", 0, ""),
    "presently": ("DATE", "PRESENT_REF", 0, ""),
    "at present": ("DATE", "PRESENT_REF", 0, ""),
    "at the moment": ("DATE", "PRESENT_REF", 0, ""),
    "at this time": ("DATE", "PRESENT_REF", 0, ""),
    # "At this point, no decision has been made": the present, as "at this time" is (our sets
    # mark all three, TimeBank has none); "at this point in the talks" is a stage of them
    "this point": ("DATE", "PRESENT_REF", 0, ""),
    # a broadcast's present: "At this hour, no one at the White House is talking" (our sets
    # mark all five "this hour", TimeBank has none)
    "this hour": ("DATE", "PRESENT_REF", 0, ""),
    "recently": ("DATE", "PAST_REF", 0, ""),
    "lately": ("DATE", "PAST_REF", 0, ""),
    "of late": ("DATE", "PAST_REF", 0, ""),
    "long ago": ("DATE", "PAST_REF", 0, ""),
    "a long time ago": ("DATE", "PAST_REF", 0, ""),
    "those days": ("DATE", "PAST_REF", 0, ""),
    "the old days": ("DATE", "PAST_REF", 0, ""),
    "the good old days": ("DATE", "PAST_REF", 0, ""),
    "someday": ("DATE", "FUTURE_REF", 0, ""),
    "the past": ("DATE", "PAST_REF", 0, ""),
    "the future": ("DATE", "FUTURE_REF", 0, ""),
    "the other day": ("DATE", "PAST_REF", 0, ""),
    "the near future": ("DATE", "FUTURE_REF", 0, ""),
    "the distant future": ("DATE", "FUTURE_REF", 0, ""),
    "the recent past": ("DATE", "PAST_REF", 0, ""),
    "the distant past": ("DATE", "PAST_REF", 0, ""),
    "soon": ("DATE", "FUTURE_REF", 0, ""),
    "shortly": ("DATE", "FUTURE_REF", 0, ""),
}
_REL_PATTERN = "|".join(
    sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _REL_WORDS), key=len, reverse=True)
)


@rule(rf"{_B}(?P<w>{_REL_PATTERN}){_E}(?!-)")
def _relative_word(m: re.Match[str], text: str) -> Candidate | None:
    word = " ".join(m["w"].lower().split())
    kind, what, offset, suffix = _REL_WORDS[word]
    after = text[m.end() : m.end() + 12]
    if _title_case_name(m, text, m.start()):
        return None
    before = text[max(0, m.start() - 8) : m.start()].lower()
    if word == "soon" and (
        before.endswith(("as ", "too ", "how ", "so "))
        or re.match(r"\s+(?:after|before|as)\b", after)
    ):
        return None
    if word == "now" and re.match(r"\s*(?:that|-)", after):
        return None  # "now that", "now-defunct"
    if word == "this point" and (
        # it opens its clause: "At this point, no decision", "; at this point we do not know"
        # ("the river is deepest at this point" is a place)
        not re.search(
            r"(?:^|[.;:,!?\"“(—–-]\s*|\b(?:and|but|so|that|because|if|yet)\s+)at\s+$",
            text[max(0, m.start() - 12) : m.start()],
            re.IGNORECASE,
        )
        or re.match(r"\s+(?:in|of|on|where|when)\b(?!\s+time\b)", after, re.IGNORECASE)
    ):
        return None  # "at this point in the talks", "made this point": no time
    if word in ("the past", "the future") and re.match(
        r"\s+(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d|half|couple|decade|fortnight"
        r"|century|years?|months?|weeks?|days?|hours?|summers?|winters?|springs?|autumns?|falls?"
        r"|seasons?|quarters?)",
        after,
    ):
        return None  # "the past half century", "the past four summers": a longer expression
    if word == "the future" and (
        re.match(r"\s+of\b", after)
        or re.search(r"\b(?:to|for|the)\s+$", before)
        or (
            re.match(r"\s+(?:looks|is|was|seems|remains)\b", after)
            and not re.search(r"\b(?:in|into)\s+$", before)
        )
    ):
        # "the future of our peoples", "a rational approach to the future", "the future looks
        # bleak": the future as a subject, not a time things happen in (TimeBank marks "in the
        # future", "into the future", "worried about the future")
        return None
    if word == "recently" and before.endswith("as ") and re.match(r"\s+as\b", after):
        return None  # "as recently as January": the date is the expression
    if word == "shortly" and re.match(r"\s+(?:before|after)", after):
        return None
    if word == "today" and re.match(
        r"['’]s\s+(?:world|society|generation|youth|young|children|kids|culture|standards|global)\b",
        text[m.end() : m.end() + 16],
        re.IGNORECASE,
    ):
        # "in today's world" is the present age, not the publication day
        return Candidate(
            m.start(), m.end(), "DATE", lambda ctx: reference(ctx, "PRESENT_REF", word)
        )
    if what.endswith("_REF"):
        return Candidate(m.start(), m.end(), kind, lambda ctx: reference(ctx, what, word))
    if word == "today":
        return Candidate(m.start(), m.end(), kind, lambda ctx: _today(ctx, word))
    if word == "overnight":
        if re.match(
            r"\s+(?:rates?|lending|repo|borrowing|index|money|funds|deposits?|loans?|stays?"
            r"|bags?|guests?|flights?|trains?|buses|sensation|success|star|ratings?|call)\b",
            text[m.end() : m.end() + 14],
            re.IGNORECASE,
        ):
            return None  # "the overnight rate", "an overnight success": kinds of things
        return Candidate(m.start(), m.end(), kind, lambda ctx: _overnight(ctx, word))
    gran: Granularity = "day"
    return Candidate(
        m.start(), m.end(), kind, lambda ctx: relative(ctx, gran, offset, word, suffix)
    )


_FAR_YEAR = re.compile(r"(?<![\w$#.,/-])(1[5-9]\d\d|20\d\d)(?:s|['’]s)?(?![\w%/-]|[.,]\d)")


def _today(ctx: Context, word: str) -> Resolution:
    """ "today": the publication day; but the present age when it is set against a time years
    away ("higher than today", "rose from 47 in 1900 to 77 today") or a state that lasts
    ("fewer than 600 remain today", "Australians alive today")."""
    pub = ctx.published
    begin = ctx.sentence_bounds()[0]
    before = ctx.text[max(begin, ctx.start - 12) : ctx.start]
    against = re.search(r"\bthan\s+$", before) or re.search(
        # (not "where it remains today": one thing's state on the day, as wire70 reads it)
        r"\b(?:alive|living|remain|survive|exist)\s+$",
        before,
        re.IGNORECASE,
    )
    if pub is not None and not against:
        for far in _FAR_YEAR.finditer(ctx.text, begin, ctx.start):
            if (
                abs(int(far.group(1)) - pub.year) >= 5
                and re.search(r"\bfrom\b", ctx.text[begin : far.start()], re.IGNORECASE)
                and re.search(r"\bto\b[^.;:]{0,40}$", ctx.text[far.end() : ctx.start])
            ):
                against = far
                break
    if pub is not None and (
        against or _today_against_the_past(ctx, begin) or _today_against_an_age(ctx, begin)
    ):
        return reference(ctx, "PRESENT_REF", f"{word} (the present age, set against another)")
    return relative(ctx, "day", 0, word)


#: a present-tense verb in the clause "today" opens or sits in: "Today it has fewer than 15,000"
_PRESENT_AFTER_TODAY = re.compile(
    r"[^.;:!?\"“”]{0,40}?\b(?:is|are|has|have|remains?|stands?|employs?|lives?|holds?|owns?"
    r"|numbers?|counts?|makes?|runs?)\b"
)


_PRESENT_RIGHT_AFTER = re.compile(
    r"\s+(?:is|are|has|have|remains?|stands?|employs?|lives?|holds?|owns?|numbers?|counts?"
    r"|makes?|runs?)\b"
)


def _today_against_the_past(ctx: Context, begin: int) -> bool:
    """ "Iowa had 60,000 hog farms in 1980. Today it has fewer than 15,000", "Founded in 1891,
    Noordhaven today employs 18,000": "today" in the present tense set against a year long
    gone, in its sentence or the one before, is the present age (TimeML's PRESENT_REF), not
    the publication day. Not inside a quotation, where a speaker's "today" is the day."""
    pub = ctx.published
    if pub is None or ctx._inside_quote():
        return False
    if ctx.text[max(0, ctx.start - 1) : ctx.start] in ('"', "“", "'", "‘", "`"):
        return False
    opens = ctx.start == begin or re.search(
        r"[;,]\s*$", ctx.text[max(begin, ctx.start - 3) : ctx.start]
    )
    if not opens and _PRESENT_RIGHT_AFTER.match(ctx.text, ctx.end) is None:
        return False  # "will stay shut today and is not expected to reopen": the day
    if _PRESENT_AFTER_TODAY.match(ctx.text, ctx.end) is None:
        return False
    previous = ctx.sentence_bounds_at(begin - 1)[0] if begin > 0 else begin
    return any(
        abs(int(far.group(1)) - pub.year) >= 5
        for far in _FAR_YEAR.finditer(ctx.text, previous, ctx.start)
    )


#: an age long gone that a "today" after it is set against: "Ten years ago", "decades ago",
#: "in those days", "back then", "in the 1980s", "when I was a boy" (not "a year ago", nor a
#: span of weeks: "the bombings two weeks ago. 'Today we have struck back'" is the day)
_AN_AGE_GONE = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|several|many|a\s+few|a\s+couple\s+of|[2-9]|\d\d+)"
    r"[\s-]+(?:years?|decades?|generations?)|(?:a|one)\s+(?:decade|generation)"
    r"|(?:years|decades|generations))\s+ago"
    r"|\bin\s+those\s+days|\bback\s+then|\bin\s+my\s+day"
    r"|\b(?:in|during|by)\s+the\s+(?:(?:19|20)?\d0s|['’]\d0s|(?:twenties|thirties|forties"
    r"|fifties|sixties|seventies|eighties|nineties))\b"
    r"|\bwhen\s+(?:I|we|he|she|they)\s+(?:was|were)\s+(?:young|a\s+(?:boy|girl|child|kid))"
    r"|\bas\s+a\s+(?:boy|girl|child)\b",
    re.IGNORECASE,
)
#: a verb in the present after the "Today" that opens a clause, with its subject between:
#: "Today I have 15", "Today my granddaughter is a prosecutor", "Today she's the best",
#: "Today, about a third of eastern Germans tell pollsters"
_PRESENT_CLAUSE_AFTER_TODAY = re.compile(
    r",?\s+(?:[\w’'-]+\s+){1,7}?(?:is|are|has|have|remains?|stands?|employs?|lives?|holds?"
    r"|owns?|numbers?|counts?|makes?|runs?|needs?|tells?|wants?|knows?|does|do|can|gets?"
    r"|sells?|serves?|earns?|costs?|pays?|takes?|uses?|sees?|works?|seems?|looks?)\b"
    r"|,?\s+(?:I|we|you|he|she|it|they|there|that)['’](?:s|re|m)\b",
    re.IGNORECASE,
)
#: a past, a future or a perfect in the clause: "Today we were told", "Today it will close",
#: "Today the people have buried the old republic", "Today we've won": the day's own event
_EVENT_IN_CLAUSE = re.compile(
    r"\b(?:will|would|was|were|had|did)\b|['’](?:ll|d|ve)\b"
    r"|\b(?:has|have)\s+(?:(?:not|just|already|now|finally)\s+)?(?:been|\w+(?:ed|en)|won|lost"
    r"|made|told|said|got|struck|sent|found|paid|brought|bought|sold|put|set|begun|done|gone"
    r"|come|become|shown|seen|heard|left|held|kept|met|led|run|built|burnt|taken|given)\b",
    re.IGNORECASE,
)


def _today_against_an_age(ctx: Context, begin: int) -> bool:
    """ "'Ten years ago I had 40 customers at lunch,' he said. 'Today I have 15'", "In those
    days you did not sleep in the same house twice. Today my granddaughter is a prosecutor":
    a "Today" that opens a clause in the present, with its own subject, set against an age
    long gone named in its sentence or the one before (years or decades ago, "in those days",
    "back then", a decade named), is the present age (TimeML's PRESENT_REF), in a quotation as
    well as out of one; out of one a year five or more from publication will do as well
    ("It had gone up on Aug. 13, 1961. Today, about a third of eastern Germans tell
    pollsters"). Not "Today is the first step" ("today" the subject: the day), nor an event of
    the day told in the past, future or perfect ("Today the people have buried the old
    republic"), nor a quoted "Today" set against a bare year ('"In 1980 we had nothing," he
    said. "Today we have everything."' stays the day, as round 48 has it)."""
    if ctx.text[ctx.start : ctx.start + 1] != "T":
        return False  # only a "Today" that opens its sentence or quotation
    lead = ctx.text[max(begin, ctx.start - 4) : ctx.start]
    if not re.fullmatch(r"(?:\s*(?:[\"“‘'`]{1,2}|And|But))?\s*", lead):
        return False
    verb = _PRESENT_CLAUSE_AFTER_TODAY.match(ctx.text, ctx.end)
    if verb is None:
        return False
    # the clause up to its verb and a few words on ("have buried the", not a relative
    # clause further on: "she's the best hurdler I've seen")
    clause = re.split(r"[.;:!?\"“”]|['’]['’]", ctx.text[ctx.end : verb.end() + 16], maxsplit=1)[0]
    if _EVENT_IN_CLAUSE.search(clause):
        return False
    previous = ctx.sentence_bounds_at(begin - 1)[0] if begin > 0 else begin
    if _AN_AGE_GONE.search(ctx.text, previous, ctx.start):
        return True
    opener = ctx.text[max(0, ctx.start - 2) : ctx.start].strip()
    quoted = ctx._inside_quote() or opener in ('"', "“", "``", "‘", "'")
    pub = ctx.published
    return (
        not quoted
        and pub is not None
        and any(
            abs(int(far.group(1)) - pub.year) >= 5
            for far in _FAR_YEAR.finditer(ctx.text, previous, ctx.start)
        )
    )


_MARKET_WORDS = re.compile(
    r"\b(?:markets?|trading|stocks?|shares|futures|sterling|dollar|pound|yen|euro|index"
    r"|percent|selloff|sell-off)\b|%",
    re.IGNORECASE,
)


def _night_before_named_day(ctx: Context, value: str) -> bool:
    """A day named as a whole (no evening or night of its own) before 'overnight' in a sentence
    told in the past, that does not open on it ("On 4 February it snowed overnight" is that
    day's night)."""
    begin = ctx.sentence_bounds()[0]
    named = ctx.text[max(begin, ctx.last_end - 30) : ctx.last_end]
    return (
        "T" not in value
        and ctx.tense() == "past"
        and not re.search(r"\b(?:late|evening|night|afternoon|tonight)\b", named, re.IGNORECASE)
        and len(ctx.text[begin : ctx.last_end].split()) > 4
    )


def _overnight(ctx: Context, word: str) -> Resolution:
    """ "On 4 February it snowed overnight": the night of the day its sentence names; else the
    night of the publication day, as wire copy dates the night it went to press."""
    prior = ctx.anchor(200)
    if (
        prior is not None
        and prior.point is not None
        and prior.gran == "day"
        and ctx.last_end >= ctx.sentence_bounds()[0]
        and _night_before_named_day(ctx, prior.value)
    ):
        # "fighting raged on Tuesday, with both sides reporting heavy shelling overnight",
        # "rolled into Kosovo at dawn Saturday, hours after ... overnight": the night that led
        # into the day the sentence is about
        point = prior.point - timedelta(days=1)
        return Resolution(
            f"{point.isoformat()}TNI",
            f"{word}: the night of {point.isoformat()}, leading into the day named in the sentence",
            prior.needs_anchor,
            point,
            "day",
        )
    if (
        prior is not None
        and prior.point is not None
        and prior.gran == "day"
        and ctx.last_end >= ctx.sentence_bounds()[0]
    ):
        return Resolution(
            f"{prior.point.isoformat()}TNI",
            f"{word}: the night of {prior.point.isoformat()}, the day named in the sentence",
            prior.needs_anchor,
            prior.point,
            "day",
        )
    begin, finish = ctx.sentence_bounds()
    if (
        prior is not None
        and prior.point is not None
        # a named night or evening, or a clock time of the evening ("called police at
        # 10.41pm. Officers searched the area overnight")
        and re.search(r"T(?:NI|EV|(?:1[89]|2[0-3]):\d\d)$", prior.value)
        and ctx.published is not None
        and 0 < (ctx.published - prior.point).days <= 7
        # in the sentence just before, with no other sentence or turn between
        and len(re.findall(r"[.!?]+[\"”’']?\s", ctx.text[ctx.last_end : begin])) <= 1
        # (a paragraph break is no turn; a speaker's label is: "JASON DEROSE: ...")
        and not re.search(r"\n\s*[A-Z][A-Z .'’-]+:", ctx.text[ctx.last_end : begin + 1])
        and ctx.tense() == "past"
        # markets' night is the trading just gone, told as the publication day's
        and not _MARKET_WORDS.search(ctx.text, begin, finish)
    ):
        # "Crews fought the blaze on Tuesday night. It was brought under control overnight.":
        # the night the sentence before named, not the one before publication
        return Resolution(
            f"{prior.point.isoformat()}TNI",
            f"{word}: the night of {prior.point.isoformat()}, named just before",
            prior.needs_anchor,
            prior.point,
            "day",
        )
    if (
        ctx.tense() == "past"
        and not re.match(
            r"\s+(?:lows?|highs?|temperatures?)\b", ctx.text[ctx.end : ctx.end + 14], re.IGNORECASE
        )
        # markets' night is the trading of the hours just gone ("Sterling fell 10 percent
        # overnight"), told as the publication day's
        and not _MARKET_WORDS.search(ctx.text, begin, finish)
    ):
        # "NATO warplanes pounded Belgrade overnight", said in the morning's report: the
        # night that began the evening before
        return night_before(ctx, f"{word} (told in the past)")
    return relative(ctx, "day", 0, word, "TNI")


_NOT_TIME_AFTER_CURRENT = r"(?:account|accounts|assets|liabilities|affairs|events|flows?|density|source|sources|carrying|of|and|or|,|\.)"


@rule(rf"{_B}(?P<then>then[\s-])?(?P<w>current){_E}(?=\s+(?!{_NOT_TIME_AFTER_CURRENT}\b)[a-z])")
def _time_adjective(m: re.Match[str], text: str) -> Candidate | None:
    # "future" and "recent" as adjectives ("future earnings", "the recent attacks") only
    # colour a noun: TimeML leaves them unmarked ("recently" and "in recent years" stay);
    # "the current system" names the present and is kept
    word = m["w"].lower()
    if m["then"]:
        return None
    value = "PRESENT_REF"
    return Candidate(m.start("w"), m.end("w"), "DATE", lambda ctx: reference(ctx, value, word))


@rule(rf"{_B}the\s+(?P<w>near|short|long|medium)(?:[\s-]+|\s+to\s+medium\s+)term{_E}(?!-)")
def _term(m: re.Match[str], text: str) -> Candidate | None:
    if _title_case_name(m, text, m.start("w")):
        return None  # "The Long-Term Credit Bank": a name
    if "-" in m.group(0) and re.match(r"\s+[a-z]", text[m.end() : m.end() + 2]):
        return None  # "the long-term savings": an adjective before its noun, not a time
    return Candidate(
        m.start(), m.end(), "DATE", lambda ctx: reference(ctx, "FUTURE_REF", m.group(0))
    )


@rule(rf"{_B}(?:the\s+)?(?P<unit>days|weeks|months|years)\s+(?:ahead|to\s+come){_E}")
def _ahead(m: re.Match[str], text: str) -> Candidate | None:
    if re.search(
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
        r"|few|many|couple\s+of)\s+$",
        text[max(0, m.start() - 20) : m.start()],
        re.IGNORECASE,
    ):
        return None  # "six weeks ahead of schedule": a counted span, read with its number
    unit = unit_key(m["unit"])
    return Candidate(
        m.start(),
        m.end(),
        "DURATION",
        _const(_duration_value(None, unit), f"some {unit}s from publication"),
    )


@rule(
    rf"{_B}(?:(?P<around>around|about)\s+)?(?:(?:the\s+)?(?P<which>this|last|next)\s+)?(?:the\s+)?(?:year|year['’]s)[\s-]end{_E}"
)
def _year_end(m: re.Match[str], text: str) -> Candidate | None:
    offset = {"last": -1, "next": 1}.get((m["which"] or "").lower(), 0)
    start = m.start()
    word = m.group(0)
    if m["around"]:
        # "expected to close around year end": the year's last month, as TimeBank marks it
        return Candidate(
            start,
            m.end(),
            "DATE",
            lambda ctx: _year_end_month(_year_end_day(ctx, offset, word)),
        )
    before = text[max(0, start - 12) : start]
    if not m["which"] and re.search(r"\bsince\s+(?:the\s+)?$", before, re.IGNORECASE):
        # "the change since year-end": a point already past, the last day of the year just
        # ended, as TimeBank marks it
        return Candidate(start, m.end(), "DATE", lambda ctx: _year_end_point(ctx, word))
    if not m["which"] and re.search(r"\bat\s+$", before, re.IGNORECASE):
        # "had $212 million in cash at year-end", told early in the next year: that
        # balance's day; "the authorization expires at year-end": this year's end
        return Candidate(start, m.end(), "DATE", lambda ctx: _year_end_point(ctx, word), "END")
    # "complete the deal by year-end": the year, in its late part (TimeBank and our sets mark
    # "by year-end" as the year or as its last day about equally)
    return Candidate(start, m.end(), "DATE", lambda ctx: relative(ctx, "year", offset, word), "END")


def _year_end_month(day: Resolution) -> Resolution:
    """ "around year end": December of the year, the month around its last day."""
    why = day.explanation.replace("the last day of the year", "December, the month the year ends")
    return replace(day, value=day.value[:7], gran="month", explanation=why)


def _year_end_day(ctx: Context, offset: int, word: str) -> Resolution:
    """December 31 of the publication year (or of the year ``offset`` from it)."""
    pub = ctx.published
    if pub is None:
        return unresolved("day", word)
    point = date(pub.year + offset, 12, 31)
    return Resolution(point.isoformat(), f"{word}: the last day of the year", True, point, "day")


def _year_end_point(ctx: Context, word: str) -> Resolution:
    """ "since year-end" and a balance "at year-end" told in the past early in the next year
    are the last day of the year just ended; otherwise "at year-end" is the publication year's
    end ("the authorization expires at year-end")."""
    pub = ctx.published
    since = ctx.lead(re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE), 12)
    if pub is not None and (since or (pub.month <= 3 and ctx.tense() == "past")):
        point = date(pub.year - 1, 12, 31)
        return Resolution(
            point.isoformat(), f"{word}: the last day of the year just ended", True, point, "day"
        )
    return relative(ctx, "year", 0, word)


@rule(
    rf"\b(?:will|would|could|might|may|can|shall|I|we|they|he|she|you|must)\s+(?P<w>one\s+day|someday|some\s+day){_E}"
)
def _one_day(m: re.Match[str], text: str) -> Candidate | None:
    start = m.start("w")
    return Candidate(start, m.end(), "DATE", lambda ctx: reference(ctx, "FUTURE_REF", m["w"]))


_NAMED_UNIT = r"(?P<unit>day|week|weekend|month|year|decade|quarter)"


def _said_day(ctx: Context, whole: str) -> Resolution:
    lead = ctx.lead_day
    if lead is None or lead.point is None:
        return chained(ctx, "day", 0, whole)
    return Resolution(
        lead.point.isoformat(),
        f"{whole}: {lead.point.isoformat()}, the day the report opens on",
        lead.needs_anchor,
        lead.point,
        "day",
    )


@rule(
    rf"{_B}(?P<det>this\s+past|this\s+coming|this|last|next|coming|past|previous|prior|following|current|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+prior|the\s+preceding|the\s+following|the\s+current|the\s+same|the\s+said|that|the|later\s+that|earlier\s+that|the\s+whole|the\s+entire|the\s+full)\s+(?:(?:fiscal|calendar)\s+"
    rf"|(?:long|holiday|bank\s+holiday|three-day|four-day)\s+(?=weekend))?{_NAMED_UNIT}{_E}(?!-)"
)
def _unit_relative(m: re.Match[str], text: str) -> Candidate | None:
    det = " ".join(m["det"].lower().split())
    unit = m["unit"].lower()
    if _title_case_name(m, text, m.start("unit")):
        return None  # "The Week", "This Week With David Brinkley": names of things
    gran: Granularity = "weekend" if unit == "weekend" else UNIT_GRAN[unit]
    whole = m.group(0)
    after = text[m.end() : m.end() + 14]
    before = text[max(0, m.start() - 16) : m.start()].lower()
    if unit == "quarter":
        return None  # the quarter rule reads these
    if (
        det in ("the last", "the past")
        and unit in ("year", "month", "week")
        and re.match(r"\s+of\s+(?:the|his|her|its|their|a|an|this|that|my|our|your)\b", after)
    ):
        # "by 2005, the last year of the Tenth Five-Year Plan", "in the last year of his
        # life": the closing stretch of something, a span, as "the last decade of her life"
        # is; not the year before publication
        return Candidate(
            m.start(),
            m.end(),
            "DURATION",
            _const(_duration_value(1, unit), f"{whole}: the closing {unit} of what follows"),
        )
    side = re.match(r"\s+(?P<side>before|after)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|when)\b)", after)
    if det == "the" and unit in ("year", "month", "week") and side is not None:
        # "66 the year before.", "Suharto took power in 1966 after a coup the year before": the
        # whole unit before (or after) the one just mentioned, as "the day before" is
        step = -1 if side["side"] == "before" else 1
        end = m.end() + side.end()
        words = text[m.start() : end]
        return Candidate(
            m.start(),
            end,
            "DATE",
            lambda ctx: chained(ctx, gran, step, words, keep_finer=False),
        )
    if det in ("the whole", "the entire", "the full"):
        if unit == "year" and (det == "the full" or re.search(r"\bfor\s+$", before, re.IGNORECASE)):
            return Candidate(m.start(), m.end(), "DATE", lambda ctx: _full_year(ctx, whole))
        return Candidate(
            m.start(),
            m.end(),
            "DURATION",
            _const(_duration_value(1, unit), f"{whole}: a span of one {unit}"),
        )
    if (
        det == "the"
        and unit in ("year", "month", "week", "decade", "century")
        and re.search(
            r"\b(?:album|song|record|player|coach|manager|person|car|book|film|movie|word|team|goal"
            r"|game|athlete|artist|rookie|woman|man|company|employee|driver|photo|picture|story"
            r"|comeback|signing|try|save|upset)\s+of\s+$",
            before,
            re.IGNORECASE,
        )
    ):
        return None  # "album of the year", "player of the month": an award's name
    if det == "the":
        if unit == "week" and re.match(
            rf"\s+(?:ended|ending|to|through|beginning|starting|commencing)\s+(?:(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?{MONTH_PATTERN}"
            rf"|{WEEKDAY_PATTERN}\b)",
            text[m.end() : m.end() + 30],
            re.I,
        ):
            return None  # "the week ended May 9": read by the rule for the week that holds it
        if (
            (
                re.match(r"\s+(?:of|before|after|when|that|in\s+which)\b", after)
                or re.match(
                    rf"\s+to\s+(?:the\s+end\b|end-|mid-|[0-3]?\d\b|{MONTH_PATTERN}|{WEEKDAY_PATTERN})",
                    text[m.end() : m.end() + 24],
                    re.IGNORECASE,
                )
            )
            and unit != "year"
            # "the decade that ends tonight", "leave behind the decade of coups": a decade
            # told of stays one (read below)
            and not (
                unit == "decade"
                and re.match(r"\s+(?:of|that(?!\s+(?:followed|preceded|came)))\b", after)
            )
            and not (
                # "drowned over the weekend when the water rose", "an update over the weekend
                # that locked": the clause after tells what happened in it
                unit == "weekend"
                and re.match(r"\s+(?:when|that|after|in\s+which)\b", after)
                and re.search(r"\b(?:over|during|on|at)\s+$", before, re.IGNORECASE)
            )
        ):
            # "the week to March 3" is read whole elsewhere; "over the weekend to roll over
            # loans" is a purpose, and the weekend stands
            if re.match(r"\s+(?:before|after)\b", after) and unit == "day":
                offset = -1 if after.strip().startswith("before") else 1
                end = m.end() + len(re.match(r"\s+(?:before|after)", after).group(0))  # type: ignore[union-attr]
                if re.match(r"\s*[,.;]", text[end : end + 2]):
                    return Candidate(
                        m.start(),
                        end,
                        "DATE",
                        lambda ctx: chained(ctx, "day", offset, text[m.start() : end]),
                    )
            return None
        if unit == "day":
            return None
        if unit == "decade" and not re.search(r"\b(?:of|in|during|throughout)\s+$", before):
            if re.search(r"\b(?:1[5-9]|20)\d0s\b", text[max(0, m.start() - 300) : m.start()]):
                # "The 1990s began badly: the recession that opened the decade": that one
                return Candidate(
                    m.start(), m.end(), "DATE", lambda ctx: chained(ctx, "decade", 0, whole)
                )
            if re.match(r"[\s,]*(?:long|old|since|before|after|ago)\b|-", after):
                return None  # "the decade-long war", "in the decade since": a span
            # "Tonight the decade ends", "expects to end the decade with", "to cut emissions
            # within the decade": the one publication falls in, as "most of the decade" is
            return Candidate(
                m.start(), m.end(), "DATE", lambda ctx: relative(ctx, "decade", 0, whole)
            )
        if (
            unit == "year"
            and re.search(r"\bin\s+$", before)
            and re.match(r"\s+(?:that\s+)?(?:ended|ending|ends)\b", after)
        ):
            # "earned $311 million in the fiscal year ended June 30": the span of the year
            # the report covers, as TimeBank marks it
            return Candidate(
                m.start(),
                m.end(),
                "DURATION",
                _const(_duration_value(1, unit), f"{whole}: a span of one year"),
            )
        opening = re.search(r"(?:^|[.!?\n]\s*)For\s+$", text[max(0, m.start() - 8) : m.start()])
        if (
            unit == "year"
            and re.search(r"\bfor\s+$", before, re.IGNORECASE)
            and not re.match(
                r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|end|to|beginning|begins|began"
                r"|starting|starts|started)\b",
                after,
                re.IGNORECASE,
            )
        ):
            # "revenue of $76 million for the year", "a target of 8 percent for the year": the
            # year the figure is for, as our sets mark it every time (TimeBank four to four)
            return Candidate(m.start(), m.end(), "DATE", lambda ctx: _full_year(ctx, whole))
        if (
            unit == "year"
            and "fiscal" in whole.lower()
            and re.match(
                r"\s+(?:that\s+|which\s+)?(?:begins|began|starts|started|beginning|starting)\b",
                after,
                re.IGNORECASE,
            )
        ):
            # "spending for the fiscal year that starts Oct. 1": a year named by its start, a
            # date (the year "ended June 30" that a report covers stays a span)
            return Candidate(m.start(), m.end(), "DATE", lambda ctx: _fiscal_year(ctx, whole))
        if unit == "week" and re.search(r"\b(?:for|during)\s+$", before, re.IGNORECASE):
            # "down 6.6 percent for the week", "doses given during the week": the week the
            # figures are for, as our sets mark all five, like "for the quarter"
            return Candidate(m.start(), m.end(), "DATE", lambda ctx: _week_reported(ctx, whole))
        if (
            re.search(r"\b(?:for|during|over|throughout|within)\s+$", before)
            and unit != "weekend"
            and not (opening and re.match(r"\s*,", after))
        ):
            # "revenue of $76 million for the year" is a span; "For the week, the index
            # dropped 3.8%" opens a report on the week itself
            return Candidate(
                m.start(),
                m.end(),
                "DURATION",
                _const(_duration_value(1, unit), f"{whole}: a span of one {unit}"),
            )
        if unit == "weekend":
            return Candidate(m.start(), m.end(), "DATE", lambda ctx: _weekend(ctx, None, whole))
        if unit == "year" and "fiscal" in whole.lower():
            return Candidate(m.start(), m.end(), "DATE", lambda ctx: _fiscal_year(ctx, whole))
        return Candidate(m.start(), m.end(), "DATE", lambda ctx: _the_unit(ctx, gran, whole))
    # "held for the past year" is a span, "policy for the coming year" a date
    spans = (
        re.search(r"\b(?:for|throughout|within|all)\s+$", before) is not None
        if det in ("the past", "the last")
        else re.search(r"\b(?:throughout|within|all)\s+$", before) is not None
    )
    if (
        unit == "decade"
        and det in ("the coming", "the next")
        and re.search(r"\b(?:over|during|within|throughout|for)\s+$", before)
    ):
        # "over the next decade", like TimeBank's "over the next two years": a span
        return Candidate(
            m.start(),
            m.end(),
            "DURATION",
            _const(_duration_value(1, unit), f"{whole}: a span of one decade"),
        )
    if unit == "decade" and not spans and det in ("the coming", "the next"):

        def next_decade(ctx: Context) -> Resolution:
            prior = ctx.anchor(400)
            if prior is not None and prior.gran == "decade" and ctx.tense() == "past":
                # "prices soared in the 1980s, and the bubble burst early in the next decade"
                return chained(ctx, "decade", 1, whole)
            return relative(ctx, "decade", 1, whole)

        return Candidate(m.start(), m.end(), "DATE", next_decade)
    if unit == "year" and not spans and det in ("the past", "the last", "the coming", "the next"):
        # "fallen over the past year", "policy for the coming year": TimeBank dates the year
        # itself; "held for the past year" is a span
        if det == "the next":
            return Candidate(m.start(), m.end(), "DATE", lambda ctx: chained(ctx, "year", 1, whole))
        step = -1 if det in ("the past", "the last") else 1
        return Candidate(m.start(), m.end(), "DATE", lambda ctx: relative(ctx, "year", step, whole))
    if det in ("the past", "the last"):
        if unit == "weekend":
            return Candidate(m.start(), m.end(), "DATE", lambda ctx: _weekend(ctx, "last", whole))
        return Candidate(
            m.start(),
            m.end(),
            "DURATION",
            _const(_duration_value(1, unit), f"{whole}: the span of one {unit} up to publication"),
        )
    if det in ("the next", "the coming"):
        if unit == "day" and det == "the next":
            return Candidate(m.start(), m.end(), "DATE", lambda ctx: chained(ctx, "day", 1, whole))
        if (
            unit in ("week", "month")
            and det == "the next"
            and not re.search(
                r"\b(?:in|within|over|during|for|throughout|through|of)\s+$", before, re.I
            )
        ):

            def next_unit(ctx: Context) -> Resolution:
                prior = ctx.anchor(400)
                day = ctx.last_day
                # "March 5: Talks collapse. / The next week: A ceasefire is agreed.": a stamp
                # heading a chronology's entry, told in its present, follows the entry before
                stamp = (
                    re.match(r"[ \t]*:", ctx.text[ctx.end : ctx.end + 3]) is not None
                    and re.search(r"(?:^|\n)[ \t]*$", ctx.text[max(0, ctx.start - 8) : ctx.start])
                    is not None
                )
                if (ctx.tense() == "past" or stamp) and (
                    (prior is not None and prior.point is not None and prior.gran in ("day", unit))
                    # "On 21 July 1984 the river burst its banks. ... The farmhouse had stood
                    # since 1790. The next week the army built a bridge": the week after the
                    # day the story is telling of, past a year named in between
                    or (
                        day is not None
                        and day.point is not None
                        and ctx.start - ctx.last_day_end < 600
                        and (ctx.published is None or day.point < ctx.published)
                    )
                ):
                    # "lost my cousin on April 18. We stopped climbing the next week": an
                    # event told in the past, in the week after the day just named
                    return replace(chained(ctx, gran, 1, whole, keep_finer=False), type="DATE")
                return _const(
                    _duration_value(1, unit), f"{whole}: the span of one {unit} from publication"
                )(ctx)

            return Candidate(m.start(), m.end(), "DURATION", next_unit)
        return Candidate(
            m.start(),
            m.end(),
            "DURATION",
            _const(_duration_value(1, unit), f"{whole}: the span of one {unit} from publication"),
        )
    if det in ("the following", "following"):
        return Candidate(
            m.start(), m.end(), "DATE", lambda ctx: chained(ctx, gran, 1, whole, keep_finer=False)
        )
    if det in ("the previous", "the prior", "the preceding", "previous", "prior"):
        return Candidate(
            m.start(), m.end(), "DATE", lambda ctx: chained(ctx, gran, -1, whole, keep_finer=False)
        )
    if det == "the said" and unit == "day":
        # translated officialese for the day the report is about: its opening's day
        return Candidate(m.start(), m.end(), "DATE", lambda ctx: _said_day(ctx, whole))
    if det in ("the same", "that", "later that", "earlier that"):
        if (
            unit == "day"
            and det == "that"
            and not re.search(r"\b(?:on|later|earlier|until|since|by)\s+$", before)
            and not _sentence_initial(text, m.start())
        ):
            return None
        kind: TimexType = "DATE"
        return Candidate(m.start(), m.end(), kind, lambda ctx: chained(ctx, gran, 0, whole))
    if unit == "day":
        return None  # "this day", "next day" are rarely calendar references in news
    if unit == "weekend":
        direction = {
            "this past": "last",
            "past": "last",
            "previous": "last",
            "coming": "next",
            "this coming": "next",
        }.get(det, det)
        return Candidate(m.start(), m.end(), "DATE", lambda ctx: _weekend(ctx, direction, whole))
    shift_by = {
        "this": 0,
        "current": 0,
        "the current": 0,
        "last": -1,
        "past": -1,
        "this past": -1,
        "next": 1,
        "coming": 1,
        "this coming": 1,
    }.get(det)
    if shift_by is None:
        return None
    steps = shift_by
    ends = (
        _FISCAL_ENDS.match(text, m.end())
        if unit == "year" and steps == 0 and "fiscal" in whole.lower()
        else None
    )
    if ends is not None:
        end_month = month_number(ends.group("mon"))
        return Candidate(
            m.start(), m.end(), "DATE", lambda ctx: _fiscal_year_ending(ctx, whole, end_month)
        )
    if gran == "week" and steps == 0:
        return Candidate(m.start(), m.end(), "DATE", lambda ctx: _this_week(ctx, whole))
    return Candidate(m.start(), m.end(), "DATE", lambda ctx: relative(ctx, gran, steps, whole))


#: the month the current fiscal year ends in, told right after it: ", which ends on March 31",
#: " that ends in March"
_FISCAL_ENDS = re.compile(
    rf",?\s+(?:which|that)\s+(?:ends|will\s+end)\s+(?:on\s+|in\s+)?(?P<mon>{MONTH_PATTERN})",
    re.IGNORECASE,
)


def _fiscal_year_ending(ctx: Context, word: str, end_month: int) -> Resolution:
    """ "the current fiscal year, which ends in March", said in January 2024: the year from
    April 2023 to March 2024, named by the calendar year that holds most of its months (2023;
    a year ending in September is named by its end, as the US government's is)."""
    pub = ctx.published
    if pub is None:
        return relative(ctx, "year", 0, word)
    end_year = pub.year if pub.month <= end_month else pub.year + 1
    start_year = end_year if end_month == 12 else end_year - 1
    year = start_year if 12 - end_month >= 7 else end_year
    return Resolution(
        str(year),
        f"{word}: {year}, the fiscal year running to {MONTH_NAMES[end_month - 1]} {end_year}, "
        "named by the calendar year that holds most of it",
        needs_anchor=True,
        gran="year",
        point=date(year, 1, 1),
    )


def _this_week(ctx: Context, word: str) -> Resolution:
    """ "this week": the week of publication; but a Sunday paper's "leaders will meet this
    week" looks to the week that starts the next day (its own ISO week is all but over), as
    "next week" does; told in the past it is the week just ending."""
    pub = ctx.published
    if pub is not None and pub.weekday() == 6 and ctx.tense() == "future":
        return relative(ctx, "week", 1, f"{word} (the week starting the day after a Sunday)")
    return relative(ctx, "week", 0, word)


_MEASURED_FROM = re.compile(
    r"\b(?!the\b|that\b|this\b)(?P<n>an?|\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?P<rel>after|since|before|until|till|ahead\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _measured_day(measured: re.Match[str], holiday: date) -> date:
    """The day a stretch ("five weeks after") reaches from ``holiday``."""
    word = measured["n"].lower()
    n = 1.0 if word in ("a", "an") else parse_number(word)
    if n is None:
        return holiday
    unit = measured["unit"].lower().rstrip("s")
    sign = 1 if measured["rel"].lower() in ("after", "since") else -1
    if unit in ("month", "year"):
        return add_months(holiday, sign * round(n) * (12 if unit == "year" else 1))
    return holiday + timedelta(days=sign * n * (7 if unit == "week" else 1))


_OCTOBER_FIRST = re.compile(r"\bOct(?:ober|\.)?\s+1(?!\d)")
#: the US Congress and government, whose budget year begins on Oct. 1
_US_FEDERAL = re.compile(
    r"\b(?:Congress|congressional|lawmakers|House|Senate|White\s+House|stopgap|appropriations?"
    r"|spending\s+bills?|federal\s+(?:government|budget|spending))\b"
)
_JULY_FIRST = re.compile(r"\bJuly\s+1(?!\d)")
# the bodies whose year starts on July 1 in American news (elsewhere such years are often named
# by their start)
_LOCAL_BUDGET = re.compile(
    r"\b(?:state|city|county|school|board|council|legislature|district|town|township|governor"
    r"|university|college)\b",
    re.IGNORECASE,
)


def _fiscal_year(ctx: Context, word: str) -> Resolution:
    """'the fiscal year' in a sentence that says it begins on Oct. 1: the US government's,
    named by the calendar year it ends in ('the fiscal year that begins Oct. 1', said in July
    1999, is fiscal 2000); any other 'the fiscal year' is read as 'the year'."""
    pub = ctx.published
    begin, finish = ctx.sentence_bounds()
    if pub is None:
        return _the_unit(ctx, "year", word)
    if _OCTOBER_FIRST.search(ctx.text, begin, finish):
        first, whose = 10, "the US government's fiscal year"
    elif _JULY_FIRST.search(ctx.text, begin, finish) and _LOCAL_BUDGET.search(
        ctx.text, begin, finish
    ):
        # an American state's, a city's or a school board's year, named by its end too
        first, whose = 7, "the fiscal year"
    elif _US_FEDERAL.search(
        ctx.text,
        ctx.sentence_bounds_at(begin - 1)[0] if begin > 0 else begin,
        ctx.sentence_bounds_at(finish)[1] if finish < len(ctx.text) else finish,
    ) and re.match(
        r"\s+(?:that\s+|which\s+)?(?:began|started)\b", ctx.text[ctx.end : ctx.end + 20]
    ):
        # "passing a $390 billion budget package seven weeks after the fiscal year began and
        # sending lawmakers home", "The fiscal year began 26 days ago. House Majority Leader
        # ...": the US government's year, begun on Oct. 1, though the text does not say so
        # (its sentence, the one before or the one after names Congress)
        first, whose = 10, "the US government's fiscal year"
    else:
        return _the_unit(ctx, "year", word)
    ahead = ctx.tense() == "future" or re.match(
        r"\s+(?:(?:that|which)\s+(?:begins|starts)|beginning|starting)\b",
        ctx.text[ctx.end : ctx.end + 20],
    )
    start_year = pub.year if pub.month >= first else pub.year - 1
    if ahead and pub.month < first:
        start_year = pub.year
    year = start_year + 1
    month = "Oct." if first == 10 else "July"
    return Resolution(
        str(year),
        f"{word}: {whose} {year}, which began on {month} 1, {start_year}",
        needs_anchor=True,
        gran="year",
        point=date(year, 1, 1),
    )


def _full_year(ctx: Context, word: str) -> Resolution:
    """ "For the full year, sales fell 6%": in results told early in a year, the year just
    ended; otherwise the publication year."""
    pub = ctx.published
    if (
        pub is not None
        and pub.month <= 3
        and ctx.tense() == "past"
        # "touched its low for the year": this year's low so far
        and not re.search(
            r"\b(?:low|high|lows|highs|best|worst)\s+for\s+$",
            ctx.text[max(0, ctx.start - 20) : ctx.start],
            re.IGNORECASE,
        )
    ):
        return relative(ctx, "year", -1, f"{word} (results told early in the next year)")
    return relative(ctx, "year", 0, word)


def _week_reported(ctx: Context, word: str) -> Resolution:
    """ "The Dow closed at 10,019 on Friday, down 6.6 percent for the week": the week of the
    trading day just told; else the week of publication, or on a Monday the week just ended."""
    prior = ctx.anchor(300)
    if (
        prior is not None
        and prior.point is not None
        and prior.gran == "day"
        and ctx.last_end >= ctx.sentence_bounds_at(max(0, ctx.sentence_bounds()[0] - 1))[0]
        # a day of the week being reported, not a yardstick ("since Oct. 25, when it stood")
        and (ctx.published is None or 0 <= (ctx.published - prior.point).days < 7)
    ):
        return chained(ctx, "week", 0, word, keep_finer=False)
    pub = ctx.published
    if pub is not None and pub.weekday() == 0 and ctx.tense() == "past":
        return relative(ctx, "week", -1, f"{word} (the week just ended, told on a Monday)")
    return relative(ctx, "week", 0, word)


def _few_years_ago(ctx: Context, word: str) -> Resolution:
    """ "a few years ago": some year of the decade that lay about three years back, as TimeML
    writes an unnamed year ("199X", as TimeBank marks it)."""
    pub = ctx.published
    if pub is None:
        return reference(ctx, "PAST_REF", word)
    decade = (pub.year - 3) // 10
    return Resolution(
        f"{decade}X",
        f"{word}: a year of the {decade}0s, some three years before {human_day(pub)}",
        True,
        None,
        None,
    )


def _since_up_to_now(ctx: Context) -> bool:
    """ "Since the beginning of the year, the government has twice raised rebates": a span
    from "since" that the perfect carries up to the present (not "had": a past story's)."""
    if not re.search(
        r"\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+)?$",
        ctx.text[max(0, ctx.start - 30) : ctx.start],
        re.IGNORECASE,
    ):
        return False
    begin, finish = ctx.sentence_bounds()
    sentence = ctx.text[begin:finish]
    return bool(re.search(r"\b(?:has|have|'s|’s)\b", sentence)) and not re.search(
        r"\bhad\b", sentence
    )


# "THE YEAR IN REVIEW", "1999: The year in science": a review's heading, at the start of a line
_REVIEW_HEADING = re.compile(
    r"(?:^|\n)[^\n]{0,12}\bthe\s+year\s+in\s+(?!which\b|that\b|the\b)[a-z]", re.IGNORECASE
)
# "the year" as the subject of a verb that sums it up: "The year brought", "the year ended"
_YEAR_SUMMED_UP = re.compile(
    r"\s+(?:(?:also|then|finally)\s+)?(?:ended|closed|finished|brought|saw|proved|produced|was|gave"
    r"|delivered|belonged|turned\s+out|will\s+be\s+remembered)\b",
    re.IGNORECASE,
)
_YEAR_BEGAN = re.compile(r"\s+(?:began|started|opened)\b", re.IGNORECASE)
_YEAR_CLOSED_LATER = re.compile(r"\b(?:ended|closed|finished)\b", re.IGNORECASE)


def _year_in_review(ctx: Context, word: str) -> bool:
    """ "The year in review", published on 2 January: the year just ended, which a review in the
    first days of January sums up; so is "the year" that a verb in the past tense sums up there
    ("The year brought ...", "The year began with a crisis and ended with a rally")."""
    pub = ctx.published
    if pub is None or pub.month != 1 or pub.day > 10 or word.lower() != "the year":
        return False
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    line_end = ctx.text.find("\n", ctx.end)
    line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
    if (
        ctx.start - line_start <= 12
        and re.match(
            r"\s+in\s+(?!which\b|that\b|the\b)[A-Za-z]", ctx.text[ctx.end :], re.IGNORECASE
        )
        and len(line) <= 60
        and not line.rstrip().endswith((".", "!", "?"))
    ):
        return True  # the heading itself
    if ctx.tense() != "past":
        return False
    before = ctx.text[max(0, ctx.start - 60) : ctx.start]
    if re.search(r"\b(?:first|opening|earliest)\b[^.;]{0,40}\bof\s+$", before, re.IGNORECASE):
        # "the first baby of the year was born at 12:01 a.m.": the new year's first
        return False
    finish = ctx.sentence_bounds()[1]
    if _YEAR_SUMMED_UP.match(ctx.text, ctx.end) and not re.search(r"\bof\s+$", before):
        return True  # the year itself is the subject, not a thing "of the year"
    began = _YEAR_BEGAN.match(ctx.text, ctx.end) is not None
    if began and _YEAR_CLOSED_LATER.search(ctx.text, ctx.end, finish):
        return True  # "The year began with ... and ended with ...": the whole year, told done
    if (
        pub.day <= 3
        and not began
        # "dates in 2000 ... a weather service posted the year as 1900": the new year, named
        # a sentence ago
        and str(pub.year)
        not in ctx.text[ctx.sentence_bounds_at(max(0, ctx.sentence_bounds()[0] - 1))[0] : finish]
    ):
        # told in the past a day or two into January ("The year's low came on Aug. 31",
        # "nobody expected to finish the year this strong"), only the year just ended has a
        # past to tell
        return True
    opening = ctx.text[:300]
    return bool(YEAR_REVIEW_WORDS.search(opening) or _REVIEW_HEADING.search(opening))


def _the_unit(ctx: Context, gran: Granularity, word: str) -> Resolution:
    """ "the month", "the decade": the one just named when the text named one of that size
    a moment ago ("March was the wettest ... by the middle of the month"), else publication's."""
    if gran == "year" and _year_in_review(ctx, word):
        return relative(ctx, "year", -1, f"{word} (the year just ended, reviewed in early January)")
    prior = ctx.anchor(250)
    if (
        gran in ("decade", "month")
        and prior is not None
        and prior.point is not None
        and prior.gran == gran
        # "The first test tram ran last December. Tickets will be free until the end of the
        # month": a month gone by the day of writing holds nothing still to come, so the
        # future's month is publication's
        and not (
            ctx.tense() == "future"
            and ctx.published is not None
            and shift(prior.point, gran, 1) <= ctx.published
        )
    ):
        return chained(ctx, gran, 0, word)
    if (
        gran == "year"
        and prior is not None
        and prior.point is not None
        and prior.gran in ("year", "half", "quarter", "season", "month", "week", "day")
        and ctx.published is not None
        and prior.point.year < ctx.published.year
        and ctx.tense() == "past"
        and ctx.sentence_bounds_at(max(0, ctx.sentence_bounds()[0] - 1))[0] <= ctx.last_end
        and not _since_up_to_now(ctx)
    ):
        # "Orders were strong in mid-2008 ... By the end of the year, the crisis had shut
        # down lending": a past story's year, named a sentence ago
        return chained(ctx, "year", 0, word)
    if (
        gran == "month"
        and prior is not None
        and prior.point is not None
        and prior.gran in ("week", "day")
        and ctx.published is not None
        and (prior.point.year, prior.point.month) < (ctx.published.year, ctx.published.month)
        and ctx.tense() == "past"
        and "\n\n" not in ctx.text[ctx.last_end : ctx.start]
    ):
        # "On March 3, a watchman reported smoke ... By the end of the month, investigators
        # had found traces": told in April, the month of the account, named just before in
        # the paragraph
        return chained(ctx, "month", 0, word)
    if (
        gran == "decade"
        and prior is not None
        and prior.point is not None
        and prior.gran in ("year", "half", "quarter", "season", "month", "week", "day")
        and ctx.published is not None
        and prior.point.year // 10 < ctx.published.year // 10
        and ctx.tense() == "past"
        and not re.search(r"\bsince\s+$", ctx.text[max(0, ctx.last_end - 60) : ctx.last_end - 4])
    ):
        # "signed with Paramount in 1931, and by the end of the decade she had made 60
        # pictures": a life told in order is in the decade of the year it last named
        return chained(ctx, "decade", 0, word)
    # "until the end of the year" after "since 1996" is still this year
    return relative(ctx, gran, 0, word)


# a time that is the subject of a verb looking ahead: "the weekend would be calmer", "the
# weekend is expected to bring rain", "the weekend was forecast to be dry"
_AHEAD_SUBJECT = re.compile(
    r"\s+(?:would|will|should|could|may|might|is\s+going\s+to"
    r"|(?:is|are|was|were)\s+(?:(?:now|also|still)\s+)?(?:expected|forecast|predicted|likely|set)\s+to)\b"
    # "the weekend would have been quieter" looks back
    r"(?!\s+(?:not\s+)?have\b)",
    re.IGNORECASE,
)


_SINCE_OR_AFTER_LAST = re.compile(r"\b(?:since|over|during)\s+$", re.IGNORECASE)
#: what was done all through a time: "Technicians worked through the weekend"
_WORKED_THROUGH = re.compile(
    r"\b(?:worked|toiled|partied|played|fought|negotiated|continued|lasted|raged|ran|stayed"
    r"|talked|met|laboured|labored|slept|waited)\s+(?:\w+\s+){0,2}?(?:through|until|till)\s+$",
    re.IGNORECASE,
)


def _weekend(ctx: Context, direction: str | None, word: str) -> Resolution:
    pub = ctx.published
    if pub is None:
        return Resolution(
            "XXXX-WXX-WE", f"{word}; needs the publication date", True, gran="weekend"
        )
    saturday_before = pub - timedelta(days=(pub.weekday() - 5) % 7)
    if (
        pub.weekday() == 6
        and direction in (None, "this")
        and (ctx.tense() == "future" or (ctx.lead(UNTIL) and ctx.tense() != "past"))
    ):
        # "by the weekend they'll be ready", said on a Sunday: the next one
        point = saturday_before + timedelta(days=7)
        reason = "the weekend after publication, as the verb looks ahead on a Sunday"
    elif pub.weekday() >= 5 and direction not in ("last", "next"):
        point = saturday_before
        reason = "the weekend of publication"
    elif (
        direction == "next"
        or (direction is None and ctx.tense() in ("future", "present"))
        # "forecasters said the weekend would be calmer": the weekend is what the verb after
        # it tells of, and that verb looks ahead however far back the report's "said"
        or (direction is None and _AHEAD_SUBJECT.match(ctx.text, ctx.end) is not None)
        # "a warmup by the weekend": a limit not yet reached
        or (direction is None and ctx.lead(UNTIL) and ctx.tense() != "past")
        # "Flights out of Dili were fully booked through the weekend", "tickets were sold out
        # until the weekend", "bought baht ahead of the weekend", told from Wednesday on: the
        # weekend about to come, whatever the tense of the state that lasts till then
        or (
            direction is None
            and pub.weekday() >= 2
            and (ctx.lead(UNTIL) or ctx.lead(AHEAD_OF))
            and not ctx.lead(_SINCE_OR_AFTER_LAST)
            and not ctx.lead(_WORKED_THROUGH, 40)
        )
        or (direction == "this" and ctx.tense() != "past")
        # said late in the week, "this weekend" is the one about to come; the one just gone
        # would be "last weekend"
        or (direction == "this" and pub.weekday() >= 3)
    ):
        point = saturday_before + timedelta(days=7)
        reason = "the weekend after publication"
    else:
        point = saturday_before if pub.weekday() < 5 else saturday_before - timedelta(days=7)
        reason = "the weekend before publication"
    return Resolution(fmt(point, "weekend"), f"{word}: {reason}", True, point, "weekend")


# --- durations, "ago", chained offsets, sets ----------------------------------------------------

_APPROX = (
    r"(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|less\s+than|fewer\s+than"
    r"|at\s+least|at\s+most|up\s+to|over|under|only|just|barely|no\s+more\s+than|no\s+less\s+than"
    r"|well\s+over|close\s+to|upwards\s+of|a\s+little\s+over|a\s+little\s+more\s+than|an\s+estimated"
    r"|another|an\s+additional|a\s+further|the\s+better\s+part\s+of|the\s+last|the\s+past|the\s+next"
    r"|the\s+first|the\s+final|the\s+coming|the\s+previous|the\s+following|the\s+remaining|the\s+initial"
    r"|the|these|those|the\s+entire|the\s+whole|the\s+full|a\s+full|the\s+same|within|in\s+the\s+last|in\s+the\s+past)"
)


_FREQUENCY_BEFORE = re.compile(
    rf"{_B}(?:once|twice|thrice|(?:\d+|{NUMBER_WORD}|several|many|multiple|a\s+few|few|(?:a\s+)?couple(?:\s+of)?)\s+(?:times|days|nights|evenings|mornings"
    r"|afternoons|hours))\s+$",
    re.IGNORECASE,
)
# a number, then at most three words that are not prepositions or verbs of lasting: the
# amount a rate is of ("1.6 trillion euros", "700 seats", "40 minutes")
_AMOUNT_BEFORE = re.compile(
    rf"(?:\d|{_B}(?:{NUMBER_WORD}|million|billion|trillion|thousand|dozen)\b)[\d,.]*"
    # "$10 billion of securities a month", "1.2 million tonnes of freight a year"; a word that
    # only joins the clause ("on Nov. 19 for a week", "in November 2023, lasted a week", "since
    # February 2021, when a week of ice") is no thing counted
    r"(?:\s+(?:million|billion|trillion|thousand)\b)?"
    r"(?:\s+(?!(?:for|lasted|lasting|lasts|when|while|where|as|and|but|then|after|before|since"
    r"|until|in|on|at|by|over|within|during)\b)[A-Za-z][\w’'-]*)?(?:\s+of)?"
    r"(?:\s*%|(?:\s+(?!(?:in|within|for|over|after|before|than|of|by|during|under|about|around"
    r"|nearly|almost|just|only|more|less|least|took|takes|lasted|lasting|lasts|spent|is|was"
    r"|are|were|when|while|where|but|then|since|until"
    # "classes at three schools will start a week late": a verb's own time, not a rate
    r"|will|would|could|can|may|might|must|should|had|have|has)\b)"
    r"[A-Za-z][\w’'-]*)){0,3}\s+$",
    re.IGNORECASE,
)


@rule(
    r"(?<![\w'’])(?:(?P<approx>about|around|nearly|almost|approximately|roughly|some|more\s+than"
    r"|less\s+than|at\s+least|over|under|up\s+to)\s+)?(?P<num>\d+(?:\.\d+)?)\s+(?P<mag>million|billion)"
    r"\s+years(?P<ago>\s+ago)?(?!\w)"
)
def _deep_time(m: re.Match[str], text: str) -> Candidate | None:
    """ "65 million years ago": before any calendar TimeML can write, so only "the past";
    "for roughly 10 million years" is a span all the same."""
    if m["ago"]:
        return Candidate(
            m.start(), m.end(), "DATE", lambda ctx: reference(ctx, "PAST_REF", m.group(0))
        )
    years = round(float(m["num"]) * (10**6 if m["mag"].lower() == "million" else 10**9))
    return Candidate(
        m.start(), m.end(), "DURATION", _const(f"P{years}Y", f"a span of {m.group(0)}")
    )


# a weekend counted as a length of time: the verb or "for" before it says it is a span, and
# what follows is no noun it names ("for a weekend getaway" is a trip)
_WEEKEND_SPAN_BEFORE = re.compile(
    r"\b(?:for|spend|spends|spent|spending|last|lasts|lasted|lasting|took|takes|take)\s+$",
    re.IGNORECASE,
)
_WEEKEND_SPAN_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\"”’'—–]|-{2}|$)|\s+(?:of|in|at|on|with|and|or|but|to|away|off|home|there|here"
    r"|before|after|when|while|because|as|each|every|once|last|this|next|together|alone|instead"
    r"|abroad|inside|outside|behind|without|until|till|so|if|for)\b",
    re.IGNORECASE,
)


@rule(
    rf"{_B}(?P<num>a|one|two|three|four|five|six|\d{{1,2}})\s+(?:(?P<mod>long|whole|full"
    rf"|holiday|bank\s+holiday)\s+)?(?P<unit>weekends?){_E}"
)
def _weekend_span(m: re.Match[str], text: str) -> Candidate | None:
    """ "home for a weekend", "spent two weekends in the cells": weekends counted as a span
    (P1WE, P2WE), not one on the calendar."""
    if not _WEEKEND_SPAN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if not _WEEKEND_SPAN_AFTER.match(text, m.end()):
        return None
    n = parse_number(m["num"].lower())
    if n is None or n != int(n) or n < 1 or (n == 1) == m["unit"].lower().endswith("s"):
        return None
    words = " ".join(m.group(0).split())
    return Candidate(m.start(), m.end(), "DURATION", _const(f"P{int(n)}WE", f"a span of {words}"))


# a half that is a period of the year, not a count: "the same half", "the first half"
_HALF_OF_PERIOD_BEFORE = re.compile(
    r"\b(?:the|same|first|second|latter|this|that|each)\s+$", re.IGNORECASE
)
_QUARTERS_OF_TREND = re.compile(
    r"\s+of\s+(?!(?:the|its|their|this|that|his|her|our|all)\b)(?:[a-z]+\s+){0,2}?(?:growth|declines?|contraction|losses|gains|profits?"
    r"|expansion|recession|shrinkage|slowdown|deflation|inflation|decline|rises|falls)\b",
    re.IGNORECASE,
)


@rule(
    rf"{_B}(?:(?P<approx>{_APPROX}(?:\s+{_APPROX})?)\s+)?(?P<num>{NUMBER})(?:[-\s]+|\s+(?:more|additional|extra|full|straight|consecutive|long|short)\s+"
    r"|\s+(?:business|trading|working|calendar|school)\s+(?=days?\b|weeks?\b)"
    # "each of the past two fiscal years": years counted by a calendar of their own
    r"|\s+(?:fiscal|financial|calendar|school|academic|marketing|crop)\s+(?=years\b))"
    rf"(?P<unit>{UNIT})(?P<old>-old)?(?P<half>\s+and\s+a\s+half)?(?:\s+(?P<tail>ago|earlier|later|from\s+(?:now|today)|hence|before|after|previously|since|back(?=\s*[,.;:!?]|\s+(?:we|they|he|she|it|I|you|the|a|when|and|but)\b)))?{_E}"
)
def _duration(m: re.Match[str], text: str) -> Candidate | None:
    if re.match(r"[-\s]to[-\s]date\b", text[m.end() : m.end() + 9]):
        return None  # "588,000 year-to-date": a count so far this year, not 588,000 years
    if (
        m["tail"]
        and m["approx"]
        and re.fullmatch(r"(?:more|less|fewer)\s+than", m["approx"], re.IGNORECASE)
        and m["tail"].lower() in ("earlier", "ago", "before")
        and re.search(r"(?:\d|\bpercent|%|\bpoints?)\s*$", text[max(0, m.start() - 12) : m.start()])
    ):
        # "24 percent more than a year earlier": the comparison is of the amounts, and the
        # time is "a year earlier" alone
        alone = _DURATION_PATTERN.match(text, m.start("num"))
        return _duration(alone, text) if alone is not None and alone.end() == m.end() else None
    num_text = " ".join(m["num"].lower().split())
    if (
        num_text in ("half a", "half an")
        and (m["tail"] or "").lower() in ("earlier", "ago", "before")
        and (
            " ".join((m["approx"] or "").lower().split()) in ("the", "the same", "the first")
            or _HALF_OF_PERIOD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        )
    ):
        # "from the same half a year earlier", "the first half a year ago": the half is the
        # period compared, and the time is "a year earlier" alone
        alone = _DURATION_PATTERN.match(text, m.start("num") + 5)
        return _duration(alone, text) if alone is not None and alone.end() == m.end() else None
    unit = unit_key(m["unit"])
    approx = " ".join((m["approx"] or "").lower().split())
    from_today = "today" in (m["tail"] or "").lower()
    # "two years back" is "two years ago" in much of the English-speaking world
    tail = (
        " ".join((m["tail"] or "").lower().split())
        .replace("from today", "from now")
        .replace("back", "ago")
    )
    n = parse_number(num_text)
    if m["half"]:
        if n is None or n != int(n) or m["unit"].lower().endswith("s") != (n != 1):
            return None
        n += 0.5  # "a minute and a half", "two years and a half"
    if (
        num_text in ("a", "an")
        and m["unit"].lower().endswith("s")
        and m["unit"].lower() != "centuries"
    ):
        return None
    after_text = text[m.end() : m.end() + 12]
    if m["old"] or re.match(r"\s+old\b", after_text):
        return None  # an age: "52 years old", "a 136-year-old bank"
    if unit in ("year", "month") and re.search(
        r"\b(?:aged|ages)\s+(?:between\s+|from\s+|under\s+|over\s+)?(?:\d{1,3}\s*(?:to|and|-|–)\s*)?$",
        text[max(0, m.start() - 30) : m.start()],
        re.IGNORECASE,
    ):
        return None  # an age: "adults aged 65 years and older", "children aged 1 to 10 years"
    century = re.match(
        r"(?:[-\s]|\s+of\s+a\s+)century\b", text[m.end() : m.end() + 14], re.IGNORECASE
    )
    if unit == "quarter" and num_text.lower() in ("a", "one", "three") and century:
        # "for a quarter century", "in a quarter of a century": 25 years; "three quarters of a
        # century": 75
        years = 75 if num_text.lower() == "three" else 25
        stop = m.end() + century.end()
        return Candidate(
            m.start("num"),
            stop,
            "DURATION",
            _const(f"P{years}Y", f"a span of {' '.join(text[m.start('num') : stop].split())}"),
        )
    if (
        unit == "quarter"
        and (
            (
                # "a quarter point", "a quarter mile", "a quarter-pound burger": a fraction of
                # a measure, not three months
                re.match(
                    r"\s+of\b|[-\s]+(?:point|percentage|miles?\b|inch|pounds?\b|tons?\b|tonnes?\b"
                    r"|acres?\b|hectares?\b|gallons?\b|ounces?\b|cups?\b|teaspoons?\b|tablespoons?\b"
                    r"|kilometers?\b|kilometres?\b|meters?\b|metres?\b|yards?\b|finals?\b|turns?\b)",
                    text[m.end() : m.end() + 16],
                    re.IGNORECASE,
                )
                # "two quarters of modest growth", "three straight quarters of losses": a count
                # of quarters whose "of" says what went on in them, not a fraction
                and not (
                    n is not None
                    and n >= 2
                    and _QUARTERS_OF_TREND.match(text, m.end())
                    and not m["approx"]
                )
            )
            or re.search(r"\w-quarters?$", m.group(0), re.IGNORECASE)
            or re.search(r"\bby\s+$", text[max(0, m.start() - 4) : m.start()], re.IGNORECASE)
        )
    ):
        return None  # a fraction: "a quarter of the vote", "three-quarters", "rose by a quarter"
    if re.search(r"\bT[-\s]?minus\s+$", text[max(0, m.start() - 9) : m.start()], re.IGNORECASE):
        return None  # "T-minus 10 minutes": a countdown's reading, not a span of the story
    if unit == "second" and num_text in ("a", "an") and not tail:
        return None  # "a second group"
    if (
        n is not None
        and n != 1
        and num_text not in ("a", "an")
        and not m["unit"].lower().endswith("s")
        and "-" not in m.group(0)
        and not m["old"]
    ):
        # "five year low" is fine, but "two day" without a hyphen before a noun is too
        pass
    before = text[max(0, m.start() - 24) : m.start()]
    start = m.start()
    if approx in ("the", "these", "those") and tail in ("ago", "earlier", "later"):
        start = m.start("num")
    if approx == "the" and not tail and "-" in text[m.end("num") : m.start("unit")]:
        start = m.start("num")  # "the six-month presidency": TimeML leaves the article out
    if num_text in ("a", "an") and not approx and tail in ("", "since", "before", "after"):
        # "twice a day" repeats an event: a SET, its frequency included; "$5 a year" and
        # "4 flights a week" are rates of an amount, which TimeML does not mark at all
        often = _FREQUENCY_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if often is not None:
            end = m.end("unit")
            return Candidate(
                often.start(),
                end,
                "SET",
                _const(_duration_value(1, unit), f"{often.group(0).strip()} per {unit}"),
            )
        if tail in ("", "since") and _AMOUNT_BEFORE.search(text, max(0, m.start() - 48), m.start()):
            return None
    if re.match(r"\d", num_text) and m.start() > 0 and re.search(r"[$£€#]\s*$", before):
        return None
    if unit not in UNIT_GRAN and tail in ("earlier", "later"):
        # "20 minutes later": an hour we cannot name; TimeML keeps the span, without the tail
        end = m.end() - len(m["tail"]) - 1
        return _plain_duration(start, end, n, unit, num_text, approx, m)
    if unit not in UNIT_GRAN and tail in ("ago", "from now", "hence"):
        # "three hours ago": a time of day we cannot name; keep it as a point before publication
        gran_time = unit
        return Candidate(
            start,
            m.end(),
            "TIME" if gran_time in ("hour", "minute", "second") else "DATE",
            lambda ctx: _clock_offset(ctx, n, gran_time, tail, m.group(0)),
        )
    if tail in ("ago", "from now", "hence"):
        gran = UNIT_GRAN[unit]
        if (
            n is None
            and unit == "year"
            and tail == "ago"
            and re.fullmatch(r"(?:a\s+)?few", num_text.strip(), re.IGNORECASE)
        ):
            return Candidate(start, m.end(), "DATE", lambda ctx: _few_years_ago(ctx, m.group(0)))
        if n is None or n != int(n):
            value = "PAST_REF" if tail == "ago" else "FUTURE_REF"
            return Candidate(start, m.end(), "DATE", lambda ctx: reference(ctx, value, m.group(0)))
        # "a fortnight ago" is two weeks back
        count = int(n) * (2 if unit == "fortnight" else 1) * (-1 if tail == "ago" else 1)
        if from_today and gran in ("day", "week"):
            # "a week from today": that very day, a week on
            days = count * (7 if gran == "week" else 1)
            return Candidate(
                start,
                m.end(),
                "DATE",
                lambda ctx: _not_anchor(relative(ctx, "day", days, m.group(0))),
            )

        def resolve_ago(ctx: Context) -> Resolution:
            if gran == "year" and ctx.published is not None and ctx.published.year + count < 1:
                # "about 13,000 years ago": before the year 1, which a TimeML value cannot write
                return reference(ctx, "PAST_REF", m.group(0))
            prior = quarter_context(ctx) if gran == "year" else None
            if (
                prior is not None
                and prior.point is not None
                and prior.gran is not None
                and count < 0
                # '"A year ago, people were full of hope"': opening its sentence it sets a
                # scene, and compares no reporting period with its own
                and ctx.text[ctx.sentence_bounds()[0] : ctx.start].strip(" \n\"“'‘(")
            ):
                steps = {"quarter": 4, "half": 2}[prior.gran] * count
                point = shift(prior.point, prior.gran, steps)
                return Resolution(
                    fmt(point, prior.gran),
                    f"{m.group(0)}: the same {prior.gran} {abs(count)} year(s) before {prior.value}",
                    prior.needs_anchor,
                    point,
                    prior.gran,
                    anchorable=False,
                )
            month = ctx.anchor(200)
            if (
                gran == "year"
                and count == -1
                and month is not None
                and month.point is not None
                and month.gran == "month"
                and ctx.last_end >= ctx.sentence_bounds()[0]
                and _COMPARED_BEFORE.search(ctx.text, max(ctx.last_end, ctx.start - 40), ctx.start)
            ):
                # "Truck sales fell 9 percent in August from a year ago", "10.3 percent in July,
                # down from 10.9 percent a year ago": a monthly figure compared with the same
                # month a year before
                point = add_months(month.point, -12)
                return Resolution(
                    fmt(point, "month"),
                    f"{m.group(0)}: the same month a year before {month.value}, the month compared",
                    month.needs_anchor,
                    point,
                    "month",
                    anchorable=False,
                )
            return _not_anchor(relative(ctx, gran, count, m.group(0)))

        return Candidate(start, m.end(), "DATE", resolve_ago)
    if tail in ("earlier", "later") and re.match(
        r"\s+(?:this|that|last|next)\s+(?:week|month|year|morning|day|season)\b|\s+in\s+the\b",
        text[m.end() : m.end() + 16],
        re.IGNORECASE,
    ):
        # "met for seven days earlier this month": the span, then "earlier this month"
        end = m.end() - len(m["tail"]) - 1
        return _plain_duration(start, end, n, unit, num_text, approx, m)
    if tail in ("earlier", "later") and re.match(r"\s+than\b", text[m.end() : m.end() + 6]):
        # "a year earlier than planned": how far off a plan, not a date
        end = m.end() - len(m["tail"]) - 1
        return _plain_duration(start, end, n, unit, num_text, approx, m)
    if tail in ("earlier", "later", "before", "after", "previously"):
        after = text[m.end() : m.end() + 6]
        that = re.match(
            r"\s+that\b(?=\s*(?:[,.;:)]|$)|\s+(?:and|but)\b)", text[m.end() : m.end() + 12]
        )
        if (
            tail in ("before", "after")
            and that is not None
            and unit in UNIT_GRAN
            and n is not None
            and n == int(n)
        ):
            # "In 2016 a new wing was added, and five years after that a second one": the
            # span, dated by the day it reaches from the date just told, as "five years later"
            gran_that = UNIT_GRAN[unit]
            count_that = int(n) * (-1 if tail == "before" else 1)
            span_that = _duration_value(n, unit)
            end = m.end() - len(m["tail"]) - 1
            return Candidate(
                start,
                end,
                "DURATION",
                lambda ctx: _span_later(ctx, gran_that, count_that, span_that, m),
            )
        if tail in ("before", "after") and not re.match(r"\s*[,.;:)]", after):
            # "two days after the vote": the duration is the expression, the event is not
            end = m.end() - len(m["tail"]) - 1
            return _plain_duration(start, end, n, unit, num_text, approx, m)
        if unit in UNIT_GRAN and n is not None and n == int(n):
            gran = UNIT_GRAN[unit]
            count = int(n) * (-1 if tail in ("earlier", "before", "previously") else 1)
            if tail == "later":
                # "Three days later": TimeML (as TimeBank marks it) takes the span and leaves
                # "later" out; the fact it dates still falls on the day it points to
                end = m.end() - len(m["tail"]) - 1
                span = _duration_value(n, unit)
                return Candidate(
                    start, end, "DURATION", lambda ctx: _span_later(ctx, gran, count, span, m)
                )
            return Candidate(
                start, m.end(), "DATE", lambda ctx: chained(ctx, gran, count, m.group(0))
            )
        end = m.end() - len(m["tail"]) - 1
        return _plain_duration(start, end, n, unit, num_text, approx, m)
    end = m.end()
    if tail == "since":
        end = m.end() - len(m["tail"]) - 1
    if (
        not tail
        and unit in UNIT_GRAN
        and n is not None
        and n == int(n)
        and approx in ("", "a", "some", "about", "almost", "nearly")
        and re.match(r"\s+on\s*,", text[m.end() : m.end() + 6])
        and re.search(r"(?:^|[.!?][\"”’']?\s+|\n)$", text[max(0, start - 4) : start])
        # told in the past: "Forty years on, a village remembers the flood" is the present
        and re.match(
            r"\s+on\s*,[^.;!?\n]{0,60}?\b(?:was|were|had)\b(?![^.;!?\n]{0,80}\b(?:is|are|has|have)\b)",
            text[m.end() : m.end() + 160],
        )
    ):
        # "The hospital opened in 2001. Ten years on, it was already too small": as "Ten
        # years later", the span, dated by the day it reaches from the date told before
        gran_on = UNIT_GRAN[unit]
        span_on = _duration_value(n, unit)
        return Candidate(
            start, end, "DURATION", lambda ctx: _span_later(ctx, gran_on, int(n), span_on, m)
        )
    plain = _plain_duration(start, end, n, unit, num_text, approx, m)
    if (
        plain is not None
        and not tail
        and unit in UNIT_GRAN
        and n is not None
        and n == int(n)
        and approx in ("", "about", "around", "roughly", "approximately")
        and _IN_BEFORE.search(text, max(0, m.start() - 8), m.start())
        and not _NOT_A_POINT_AFTER.match(text, m.end())
        and not _RECORD_BEFORE.search(text, max(0, m.start() - 50), m.start())
    ):
        return Candidate(
            plain.start,
            plain.end,
            "DURATION",
            _point_ahead_if_future(plain.resolve, UNIT_GRAN[unit], int(n), m.group(0)),
        )
    return plain


#: a comparison right before "a year ago": "from", "than", "compared with", or a figure
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:from|than|with|against|versus|vs\.?)|\d(?:\s*(?:percent|per\s+cent|%))?)\s+$",
    re.IGNORECASE,
)

_DURATION_PATTERN = _RULES[-1][0]  # the pattern _duration was registered with


# "in two weeks" said of what is to come is the date two weeks ahead; said of what was done
# ("built in two weeks") or of a record ("the lowest in five years") it stays a span
_IN_BEFORE = re.compile(r"(?<![\w-])in\s+$", re.IGNORECASE)
# "the slowest pace in four years", "the first time in a decade": a record over a span
_RECORD_BEFORE = re.compile(
    r"\b(?:\w+est|most|least|first|only|worst|best|biggest|largest|longest|highest|lowest"
    # "the fourth increase in four years": a count over a span
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b"
    r"[^.;,]*$"
    # "50 games in 89 days", "three goals in 10 minutes": a count over a span
    r"|(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens"
    r"|hundreds|thousands))\s+(?:[a-z]+\s+)?[a-z]+s\s+in\s+$",
    re.IGNORECASE,
)
_NOT_A_POINT_AFTER = re.compile(
    r"[’']?s?\s+(?:of|since|time|ago|old|and|or|to|straight|running|in\s+a\s+row"
    r"|that|which|when|where|with|like)\b",
    re.IGNORECASE,
)


def _point_ahead_if_future(span: Resolver, gran: Granularity, count: int, word: str) -> Resolver:
    def resolve(ctx: Context) -> Resolution:
        if ctx.tense() != "future":
            return span(ctx)
        ahead = _not_anchor(relative(ctx, gran, count, word))
        return replace(ahead, type="DATE")

    return resolve


# the units a span of several parts names, largest first, with their TimeML letters
_PART_UNITS = (
    ("Y", r"years?|yrs?"),
    ("M", r"months?"),
    ("W", r"weeks?"),
    ("D", r"days?"),
    ("TH", r"hours?|hrs?"),
    ("TM", r"minutes?|mins?"),
    ("TS", r"seconds?|secs?"),
)
_PART_UNIT = "|".join(f"(?:{words})" for _, words in _PART_UNITS)
_PART_NUMBER = rf"(?:\d{{1,3}}(?:\.\d+)?|{NUMBER_WORD}|an?)"
_PART = rf"(?:{_PART_NUMBER})\s*(?:{_PART_UNIT})(?![\w-])"
_PART_SPLIT = re.compile(rf"(?P<n>{_PART_NUMBER})\s*(?P<u>{_PART_UNIT})(?![\w-])", re.IGNORECASE)


@rule(
    rf"{_B}(?:(?P<approx>about|around|nearly|almost|roughly|approximately|just\s+over|just\s+under"
    rf"|more\s+than|less\s+than|over|under|some)\s+)?(?:{_PART},\s*{_PART},?\s+and\s+{_PART}"
    # ("two years, two months and five days": a series closed by 'and')
    rf"|{_PART}(?:(?:,\s*(?=\d)|,?\s+and\s+|\s+(?=\d)){_PART}){{1,2}})"
)
def _compound_span(m: re.Match[str], text: str) -> Candidate | None:
    """ "four hours and 55 minutes", "a month and a day", "1hr 39min 36.8sec": one span of
    several parts, each smaller than the one before, as a race time or a flight is told."""
    if re.match(r"\s+(?:ago|earlier|from\s+now)\b", text[m.end() : m.end() + 12]):
        return None  # "two years and three months ago": a date, read by the offset rules
    # ("four years and three months later" stays the span, as TimeBank marks "three days
    # later")
    parts = list(
        _PART_SPLIT.finditer(m.group(0), m.end("approx") - m.start() if m["approx"] else 0)
    )
    ranks: list[int] = []
    amounts: list[str] = []
    for part in parts:
        unit = part["u"].lower()
        rank = next(i for i, (_, words) in enumerate(_PART_UNITS) if re.fullmatch(words, unit))
        n = parse_number(part["n"])
        if n is None or (ranks and rank <= ranks[-1]):
            return None  # "two days and three weeks" is no single span
        if n != int(n) and part is not parts[-1]:
            return None  # only the last part may have a fraction: "3min 40.59sec"
        ranks.append(rank)
        amounts.append(f"{n:g}")
    between = [m.group(0)[a.end() : b.start()] for a, b in itertools.pairwise(parts)]
    if any(not gap.strip(" ") for gap in between) and not all(
        re.match(r"\d", part["n"]) for part in parts
    ):
        return None  # parts joined by a bare space must be written in digits: "3 hours 24 minutes"
    if _PART_UNITS[ranks[0]][0] == "W" and len(ranks) > 1:
        return None  # weeks do not mix with other units in an ISO span
    date_part = "".join(
        amounts[i] + _PART_UNITS[r][0]
        for i, r in enumerate(ranks)
        if not _PART_UNITS[r][0].startswith("T")
    )
    time_part = "".join(
        amounts[i] + _PART_UNITS[r][0][1]
        for i, r in enumerate(ranks)
        if _PART_UNITS[r][0].startswith("T")
    )
    value = "P" + date_part + ("T" + time_part if time_part else "")
    return Candidate(m.start(), m.end(), "DURATION", _const(value, f"a span of {m.group(0)}"))


_LONG_WORDS = {
    "year": "P1Y",
    "month": "P1M",
    "week": "P1W",
    "day": "P1D",
    "night": "P1D",
    "hour": "PT1H",
    "decade": "P10Y",
    "century": "P100Y",
}
#: "a years-long dispute", "the hours-long standoff": a span of some units, its count left open
_LONG_PLURALS = {
    "years": "PXY",
    "months": "PXM",
    "weeks": "PXW",
    "days": "PXD",
    "hours": "PTXH",
    "decades": "PXDE",
    "centuries": "PXCE",
}


@rule(
    rf"{_B}(?P<unit>year|month|week|day|night)[-\s]?long{_E}"
    # TimeML marks a length that qualifies a noun ("a decade-long war", "an hour-long meeting",
    # "a months-long siege") as the DURATION it names; hyphened only, as "an hour long" is
    # "an hour"
    rf"|{_B}(?<!-)(?P<hunit>hour|decade|century)-long{_E}"
    rf"|{_B}(?<!-)(?P<plural>years|months|weeks|days|hours|decades|centuries)-long{_E}"
    rf"|{_B}(?:a\s+single|another)\s+(?P<single>year|month|week|day){_E}"
    rf"|{_B}(?:the\s+(?:past|last|next|coming|previous|following)\s+|(?:last|next)\s+|a\s+)"
    rf"(?P<fortnight>fortnight){_E}"
)
def _unit_long(m: re.Match[str], text: str) -> Candidate | None:
    """ "a yearlong investigation", "a week-long holiday", "in a single day": one unit's span."""
    if m["fortnight"]:
        return Candidate(m.start(), m.end(), "DURATION", _const("P2W", "a span of two weeks"))
    if m["plural"]:
        units = m["plural"].lower()
        return Candidate(
            m.start(), m.end(), "DURATION", _const(_LONG_PLURALS[units], f"a span of some {units}")
        )
    unit = (m["unit"] or m["hunit"] or m["single"]).lower()
    return Candidate(
        m.start(), m.end(), "DURATION", _const(_LONG_WORDS[unit], f"a span of one {unit}")
    )


@rule(
    rf"{_B}(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|[1-9]\d)"
    rf"|(?P<some>several|a\s+few))\s+nights{_E}(?!\s+(?:a|per|each|every)\s+(?:week|month|year)\b)"
)
def _counted_nights(m: re.Match[str], text: str) -> Candidate | None:
    """ "slept in a field for two nights", "spent three nights in a cell": a span of so many
    days (TimeML's DURATION; our sets give a night a day, P2D). "four nights a week" is a set."""
    if m["some"]:
        return Candidate(m.start(), m.end(), "DURATION", _const("PXD", "a span of some nights"))
    n = parse_number(m["n"])
    if n is None:
        return None
    return Candidate(
        m.start(), m.end(), "DURATION", _const(f"P{int(n)}D", f"a span of {m.group(0)}")
    )


@rule(
    rf"{_B}(?:(?P<q>most|many|some)\s+|(?:in|during)\s+(?P<the>the)\s+)"
    rf"(?P<part>mornings|afternoons|evenings|nights){_E}"
    # "in the nights that followed", "the evenings before the vote": nights the text counts
    r"(?!\s+(?:that|which|when|after|before|of|since|following|leading)\b)"
)
def _parts_of_days(m: re.Match[str], text: str) -> Candidate | None:
    """ "spends most afternoons on the sands", "prices peak in the evenings": a part of any day,
    TimeML's SET (as "every evening" and "Tuesday nights" are)."""
    code = PART_OF_DAY[m["part"].lower()[:-1]]
    start = m.start("the") if m["the"] else m.start()
    return Candidate(
        start,
        m.end(),
        "SET",
        _const(f"XXXX-XX-XXT{code}", f"{' '.join(text[start : m.end()].split())}: any day's"),
    )


_FEW = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"


@rule(
    rf"{_B}(?P<lead>in\s+|within\s+)?(?P<det>the\s+(?:next|past|last|first|coming|previous)\s+)?"
    rf"(?:(?P<n1>{_FEW})\s+(?P<u1>{UNIT})\s+or\s+(?:so|{_FEW})"
    rf"|(?:{_FEW}|\d{{1,3}})(?:\s+(?:or|to)\s+|-)(?:{_FEW}|\d{{1,3}})\s+(?P<u2>{UNIT}))"
    rf"(?:\s+(?P<tail>ago|earlier|from\s+now))?{_E}"
)
def _either_count(m: re.Match[str], text: str) -> Candidate | None:
    """ "a year or two", "two or three days ago", "five to 10 years", "in a week or so": a count
    the writer leaves open. Ahead of "in" it is some time to come, before "ago" some time past (TimeML's
    FUTURE_REF and PAST_REF, as TimeBank has "in a year or two"); otherwise a span of so many."""
    unit_word = m["u1"] or m["u2"]
    if m["u1"] and unit_word.lower().endswith("s") != (m["n1"].lower() not in ("a", "an", "one")):
        return None  # "two days or three": not a phrase news writes
    unit = unit_key(unit_word)
    start = m.end("lead") if m["lead"] else m.start()
    words = text[start : m.end()]
    tail = (m["tail"] or "").lower()
    if re.search(r"\b(?:aged|ages)\s+(?:between\s+)?$", text[max(0, start - 20) : start], re.I):
        return None  # an age range: "children aged 1 to 10 years"
    if re.match(r"\s+(?:old|of\s+age)\b", text[m.end() : m.end() + 8]):
        return None  # "people who were 40 to 65 years old"
    if m["u1"] and re.search(r"\bor\s+so\b", words, re.IGNORECASE):
        count = parse_number(m["n1"])
        if tail == "ago" and count is not None and unit in UNIT_GRAN:
            # "a week or so ago": about that long before publication
            gran, steps = UNIT_GRAN[unit], -int(count)
            return Candidate(
                start, m.end(), "DATE", lambda ctx: _not_anchor(relative(ctx, gran, steps, words))
            )
        if m["lead"] or tail:
            return None  # "in a week or so": about a week on, read by the offset rules
        return Candidate(
            start,
            m.end(),
            "DURATION",
            _const(_duration_value(count, unit), f"a span of about {m['n1']} {unit_word}"),
        )
    if tail in ("ago", "earlier"):
        return Candidate(start, m.end(), "DATE", lambda ctx: reference(ctx, "PAST_REF", words))
    if tail or (m["lead"] and m["lead"].lower().startswith("in") and not m["det"]):
        return Candidate(start, m.end(), "DATE", lambda ctx: reference(ctx, "FUTURE_REF", words))
    return Candidate(
        start, m.end(), "DURATION", _const(_duration_value(None, unit), f"a span of {words}")
    )


def _span_later(
    ctx: Context, gran: Granularity, count: int, span: str, m: re.Match[str]
) -> Resolution:
    day = chained(ctx, gran, count, m.group(0))
    prior = ctx.anchor()
    if (
        gran == "week"
        and day.gran == "week"
        and day.point is not None
        and prior is not None
        and prior.point is not None
        and prior.gran == "day"
    ):
        point = prior.point + timedelta(weeks=count)
        if point.isocalendar()[:2] == day.point.isocalendar()[:2]:
            # "vacated the conviction on 28 September, and dropped the charges a week later":
            # weeks counted from a day land on a day, 5 October
            day = replace(
                day,
                point=point,
                gran="day",
                explanation=f"{m.group(0)}: {point.isoformat()}, {count * 7} days after"
                f" {prior.value}, the date mentioned just before",
            )
    return replace(
        day,
        value=span,
        explanation=f"{day.explanation} (the span {span}; the day is what the fact is dated by)",
        type="DURATION",
    )


# the words after which "over" means "more than" ("for over a week", "lasted over a year")
_MORE_THAN_OVER = re.compile(
    r"\b(?:for|last|lasts|lasted|lasting|took|take|takes|taking|of|to|than|spanning|aged?|is|are"
    r"|was|were|be|been)\s+$",
    re.IGNORECASE,
)


def _plain_duration(
    start: int, end: int, n: float | None, unit: str, num_text: str, approx: str, m: re.Match[str]
) -> Candidate | None:
    over = (
        re.compile(r"over\s+(?!the\b)", re.IGNORECASE).match(m.string, m.start("approx"))
        if approx.startswith("over")
        else None
    )
    if over is not None and not _MORE_THAN_OVER.search(
        m.string, max(0, m.start("approx") - 24), m.start("approx")
    ):
        # "deliberated for six hours over two days": "over" is "during", outside the
        # expression; "for over a week", "lasted over a year" keep it as "more than"
        start = over.end()
        approx = approx[len("over") :].strip()
    lead = re.match(r"(?:over|within|in|during|for)\s+(?=the\b)", approx)
    if lead is not None:
        # "over the past three months": the expression starts at "the"
        start = m.start("approx") + len(lead.group(0))
        approx = approx[len(lead.group(0)) :]
    if approx in (
        "the",
        "these",
        "those",
        "within",
        "another",
        "an additional",
        "a further",
    ) or approx.startswith("in the"):
        start = m.start("num") if approx in ("within",) or approx.startswith("in the") else start
    if n is None and num_text in ("some",) and not m["unit"].lower().endswith("s"):
        return None
    value = _duration_value(n, unit)
    said = " ".join(
        m.string[m.start("num") : m.end("half") if m["half"] else m.end("unit")].split()
    )
    return Candidate(start, end, "DURATION", _const(value, f"a span of {said}"))


def _clock_offset(ctx: Context, n: float | None, unit: str, tail: str, word: str) -> Resolution:
    if n is None:
        return reference(
            ctx, "PAST_REF" if tail in ("ago", "earlier", "before") else "FUTURE_REF", word
        )
    pub = ctx.published
    if pub is None:
        return Resolution("XXXX-XX-XX", f"{word}; needs the publication date", True, gran="day")
    return Resolution(
        pub.isoformat(), f"{word}: on the publication day, {pub.isoformat()}", True, pub, "day"
    )


#: words before a bare plural unit that make it a count or a named period ("the early days of
#: the war", "three weeks of talks", "hundreds of years of"), read by other rules or no span
_UNIT_COUNTED_BEFORE = re.compile(
    r"(?:\d[\d,.]*|\b(?:a|an|the|these|those|this|that|his|her|its|their|our|my|your|some|few"
    r"|several|many|all|recent|past|last|next|first|early|final|coming|other|of|and|or|hundreds"
    r"|thousands|tens|dozens|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|more|less|fewer|same"
    r"|long|happy|heady|good|old|dark|final|closing|opening|waning|dog|salad|glory|school"
    r"|college|business|working|trading|calendar|wee|small|predawn|late))"
    # a count or a determiner one word back: "12 amazing years", "the busiest days of the year"
    r"\s+(?:[a-z][\w'’-]*\s+)?$",
    re.IGNORECASE,
)


@rule(
    rf"{_B}(?<!-)(?P<unit>hours|days|weeks|months|years|decades){_E}"
    rf"(?=\s+of\s+(?!(?:the\s+)?(?:week|month|year|age|day|night|today|yesterday|{WEEKDAY_PATTERN}"
    rf"|{MONTH_PATTERN})\b)[a-z]"
    rf"|\s+(?:late|behind|early|ahead)\b(?!\s+(?:morning|afternoon|evening|night)\b)"
    rf"|[\s,.;:)]|$)"
)
def _bare_units_told(m: re.Match[str], text: str) -> Candidate | None:
    """ "follows months of twists and turns", "orders arrived weeks late", "a job that could take
    days or weeks", "talk of days rather than weeks": some units, TimeML's DURATION (TimeBank
    marks "months of twists and turns" and "weeks or months"). A count or a named period before
    the unit ("three weeks of talks", "the early days of the war") is another rule's, or none."""
    before = text[max(0, m.start() - 24) : m.start()]
    after = text[m.end() : m.end() + 30]
    paired = re.search(
        r"\b(?:hours|days|weeks|months|years|decades),?\s+(?:or|rather\s+than|not)\s+$",
        before,
        re.IGNORECASE,
    ) or re.match(
        r",?\s+(?:or|rather\s+than|not)\s+(?:hours|days|weeks|months|years|decades)\b",
        after,
        re.IGNORECASE,
    )
    told = re.match(r"\s+(?:of|late|behind|early|ahead)\b", after)
    if not paired and (_UNIT_COUNTED_BEFORE.search(before) or not told):
        return None
    start = m.start()
    either = re.search(r"\b(?:hours|days|weeks|months|years|decades)\s+or\s+$", before)
    if either:
        # "within weeks or months of his capture": one span, the first unit's (TimeBank's
        # reading); "days rather than weeks" stays two
        start = m.start() - len(before) + either.start()
        unit = unit_key(either.group(0).split()[0])
        return Candidate(
            start,
            m.end(),
            "DURATION",
            _const(_duration_value(None, unit), f"a span of some {_units(unit)}"),
        )
    unit = unit_key(m["unit"])
    return Candidate(
        start,
        m.end(),
        "DURATION",
        _const(_duration_value(None, unit), f"a span of some {_units(unit)}"),
    )


@rule(
    rf"{_B}(?P<pre>for|in|over|within|after|took|take|takes|taken|lasted|lasting|lasts|spent|ending|ended|following|despite|amid|capping|came|come|comes|just|only|mere|recent|past|coming|next|final|first|last|early|possibly|perhaps|even|not|defying|survived|followed|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+first|the\s+final)\s+(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?:\s+(?P<tail>ago|earlier|later))?{_E}(?!\s+(?:of\s+)?(?:age|old)\b)"
)
def _bare_units(m: re.Match[str], text: str) -> Candidate | None:
    pre = " ".join(m["pre"].lower().split())
    unit = unit_key(m["unit"])
    tail = (m["tail"] or "").lower()
    start = (
        m.start("unit")
        if pre
        not in (
            "recent",
            "the past",
            "the last",
            "the next",
            "the coming",
            "the first",
            "the final",
            "past",
            "coming",
            "next",
            "final",
            "first",
            "early",
        )
        else m.start()
    )
    if pre == "last" and not re.search(
        r"\b(?:could|would|will|may|might|to|not)\s+$", text[max(0, m.start() - 8) : m.start()]
    ):
        return None  # "last weeks" is no span; "could last weeks" is
    if pre == "early" and unit == "hour" and re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
        return None  # "the early hours of Sunday": a part of the day that follows
    if (
        pre == "early"
        and unit == "hour"
        and m["unit"].lower().endswith("s")
        and re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()], re.IGNORECASE)
    ):
        return None  # "in the early hours": a part of a day, read by _early_hours
    if tail == "ago":
        return Candidate(start, m.end(), "DATE", lambda ctx: reference(ctx, "PAST_REF", m.group(0)))
    if tail:
        return Candidate(
            start,
            m.end(),
            "DATE",
            lambda ctx: reference(
                ctx, "PAST_REF" if tail == "earlier" else "FUTURE_REF", m.group(0)
            ),
        )
    if pre == "recent" and unit != "month":
        # "in recent weeks", "in recent years": some time lately (TimeML's PAST_REF); TimeBank
        # keeps "recent months" a span
        return Candidate(start, m.end(), "DATE", lambda ctx: reference(ctx, "PAST_REF", m.group(0)))
    end = m.end()
    return Candidate(
        start,
        end,
        "DURATION",
        _const(_duration_value(None, unit), f"a span of some {_units(unit)}"),
    )


_UNITS_OF_BEFORE = re.compile(
    r"(?:[,;:(—–]\s*|\b(?:of|after|from|with|by|and|or|despite|amid|following|through|blame"
    r"|blames|blamed|ends|ended|end|took|takes|needed|needs|required|requires|was|were|is|are"
    r"|be|been|still|only|just|perhaps|probably|likely)\s+)$",
    re.IGNORECASE,
)


@rule(
    rf"{_B}(?P<unit>days|weeks|months|years|decades)"
    r"(?=\s+(?:of\s+(?!(?:age|the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)"
    r"[a-z]|away\b))"
)
def _units_of(m: re.Match[str], text: str) -> Candidate | None:
    """ "the result of years of work", "blame decades of logging", "after days of fighting",
    "treatment was years away": an uncounted stretch of time, a DURATION, as our sets mark
    these 250 times in 260 (TimeBank two in three). Only after a preposition, a conjunction,
    a verb or a clause's opening: "the days of the empire", "those years of plenty", "10
    years of age" and counts ("three years of") are left to other rules or unmarked."""
    if not (
        _sentence_initial(text, m.start())
        or _UNITS_OF_BEFORE.search(text, max(0, m.start() - 16), m.start())
    ):
        return None
    unit = unit_key(m["unit"])
    return Candidate(
        m.start(),
        m.end(),
        "DURATION",
        _const(_duration_value(None, unit), f"a span of some {_units(unit)}"),
    )


@rule(
    rf"{_B}(?P<unit>minutes|hours|days|weeks|months|years|decades)\s+(?:later|earlier|before|after){_E}"
)
def _uncounted_offset(m: re.Match[str], text: str) -> Candidate | None:
    """ "Hours later, ...", "weeks before the vote": an uncounted stretch between two events.

    TimeML marks the stretch as a DURATION without a number; "later" and "before" are signals
    of the relation, not part of the expression.
    """
    before = text[max(0, m.start() - 12) : m.start()]
    if not (_sentence_initial(text, m.start()) or re.search(r"(?:,|\bjust|\bonly)\s+$", before)):
        return None
    unit = unit_key(m["unit"])
    return Candidate(
        m.start(),
        m.end("unit"),
        "DURATION",
        _const(_duration_value(None, unit), f"some {unit}s between two events"),
    )


@rule(
    rf"{_B}(?P<once>once\s+)?(?P<q>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<num>{NUMBER_WORD}|\d{{1,3}}(?:,\d{{3}})+|\d+|few|several|couple\s+of)\s+)?"
    r"(?:(?:business|working|trading|school|calendar)\s+(?=days?\b))?"
    rf"(?P<what>{UNIT}|{WEEKDAY_PATTERN}|{MONTH_PATTERN}|{SEASON_PATTERN}|morning|afternoon|evening|night|weekend|weekday){_E}"
)
def _every(m: re.Match[str], text: str) -> Candidate | None:
    what = m["what"]
    q = m["q"].lower()
    lower = what.lower()
    n = (
        parse_number(m["num"])
        if m["num"]
        else (2 if m["other"] and m["other"].lower() == "other" else 1)
    )
    if n is None:
        if m["num"] and m["num"].lower() in ("few", "several") and what.lower().endswith("s"):
            # "every few years": now and then, at a gap the text leaves open
            return Candidate(
                m.start(),
                m.end(),
                "SET",
                _const(_duration_value(None, unit_key(what)), f"every {m['num']} {what}"),
            )
        return None
    if re.fullmatch(WEEKDAY_PATTERN, what, re.IGNORECASE):
        if not _capitalised(what):
            return None
        part = re.match(rf"\s+({PART_PATTERN}){_E}", text[m.end() : m.end() + 16], re.IGNORECASE)
        code = PART_OF_DAY.get(part.group(1).lower(), "") if part else ""
        end = m.end() + part.end() if part and code else m.end()
        return Candidate(
            m.start(),
            end,
            "SET",
            _const(
                f"XXXX-WXX-{weekday_number(what) + 1}" + (f"T{code}" if code else ""),
                f"every {text[m.start('what') : end]}",
            ),
        )
    if re.fullmatch(MONTH_PATTERN, what, re.IGNORECASE):
        if not _capitalised(what):
            return None
        day = re.match(
            r"\.?\s+([0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d)\b", text[m.end() : m.end() + 8]
        )
        if day and 1 <= int(day.group(1)) <= 31:
            # "every July 20": that day of every year
            value = f"XXXX-{month_number(what):02d}-{int(day.group(1)):02d}"
            end = m.end() + day.end()
            return Candidate(
                m.start(), end, "SET", _const(value, f"every {text[m.start('what') : end]}")
            )
        return Candidate(
            m.start(), m.end(), "SET", _const(f"XXXX-{month_number(what):02d}", f"every {what}")
        )
    if lower in SEASON_CODES:
        return Candidate(
            m.start(), m.end(), "SET", _const(f"XXXX-{SEASON_CODES[lower]}", f"every {what}")
        )
    if lower in ("morning", "afternoon", "evening", "night"):
        return Candidate(
            m.start(), m.end(), "SET", _const(f"XXXX-XX-XXT{PART_OF_DAY[lower]}", f"every {what}")
        )
    if lower == "weekend":
        return Candidate(m.start(), m.end(), "SET", _const("XXXX-WXX-WE", "every weekend"))
    if lower == "weekday":
        return Candidate(m.start(), m.end(), "SET", _const("XXXX-WXX-WD", "every weekday"))
    unit = unit_key(what)
    if q == "per" and m["num"]:
        return None
    if q in ("per", "a", "an") and _AMOUNT_BEFORE.search(text, max(0, m.start() - 48), m.start()):
        return None  # "411,000 barrels per day": a rate of an amount, which TimeML leaves out
    return Candidate(m.start(), m.end(), "SET", _const(_duration_value(n, unit), f"{q} {what}"))


@rule(
    rf"{_B}the\s+(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th"
    rf"|[12]?\d(?:st|nd|rd|th)|30th|31st)\s+(?:{WEEKDAY_PATTERN}\s+|day\s+)?of\s+(?:each|every)"
    rf"\s+month{_E}"
)
def _day_of_each_month(m: re.Match[str], text: str) -> Candidate | None:
    """ "the first Friday of each month", "the 15th of every month": once a month."""
    return Candidate(m.start(), m.end(), "SET", _const("P1M", f"once a month, {m.group(0)}"))


@rule(
    rf"{_B}the\s+same\s+month\s+(?P<ago>a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year"
    rf"|(?:of\s+)?the\s+(?:previous|prior|preceding)\s+year|(?:of\s+)?the\s+year\s+before"
    # "in the same month of 2024": the year written
    rf"|(?:of|in)\s+(?P<year>1[89]\d\d|20\d\d)){_E}"
)
def _same_month_a_year_back(m: re.Match[str], text: str) -> Candidate | None:
    """ "output in July grew 12.8 percent over the same month last year": the month the report
    is about, a year back."""
    says_last_year = "last" in m["ago"].lower()
    written = int(m["year"]) if m["year"] else None
    whole = m.group(0)

    def resolve(ctx: Context) -> Resolution:
        prior = ctx.anchor(300)
        pub = ctx.published
        if written is not None and (prior is None or prior.point is None or prior.gran != "month"):
            # "the same month of 2024" with no month just named: a month of that year
            return Resolution(
                f"{written:04d}",
                f"{whole}: a month of {written}",
                False,
                date(written, 1, 1),
                "year",
                anchorable=False,
            )
        if prior is not None and prior.point is not None and prior.gran == "month":
            year = pub.year - 1 if says_last_year and pub is not None else prior.point.year - 1
            if written is not None:
                year = written
            point = date(year, prior.point.month, 1)
            return Resolution(
                fmt(point, "month"),
                f"{whole}: the month the report is about ({prior.value}) in {year}",
                True,
                point,
                "month",
                anchorable=False,
            )
        if pub is None:
            return Resolution("XXXX", f"{whole}; needs the publication date", True, gran="year")
        year = pub.year - 1
        return Resolution(
            f"{year:04d}",
            f"{whole}: a month of {year}",
            True,
            date(year, 1, 1),
            "year",
            anchorable=False,
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(rf"{_B}(?P<w>weekdays|weekends|weeknights){_E}")
def _plural_week_part(m: re.Match[str], text: str) -> Candidate | None:
    """ "open weekdays from 8 a.m.", "on weekends": every day of that part of the week."""
    word = m["w"].lower()
    if re.search(
        r"(?:\d|\b(?:the|few|several|many|two|three|four|five|six)\s+)$",
        text[max(0, m.start() - 12) : m.start()],
        re.IGNORECASE,
    ):
        return None  # "three weekends", "the weekends before": counted or particular ones
    value = {"weekdays": "XXXX-WXX-WD", "weekends": "XXXX-WXX-WE", "weeknights": "XXXX-WXX-WDTNI"}
    return Candidate(m.start(), m.end(), "SET", _const(value[word], f"every {word[:-1]}"))


@rule(rf"{_B}(?:the\s+)?(?P<y>1[89]\d\d|20\d\d)\s+season{_E}")
def _year_season(m: re.Match[str], text: str) -> Candidate | None:
    """ "the 2018 season": a season of play named by its year is that year, the phrase whole."""
    year = int(m["y"])
    return _year_candidate(m.start(), m.end(), year, f"the {year} season: the year {year}")


@rule(
    rf"{_B}(?P<det>this|next|last|the\s+next|the\s+last|the\s+previous)\s+season{_E}(?!\s+(?:of|for)\b)"
)
def _sports_season(m: re.Match[str], text: str) -> Candidate | None:
    """ "won 12 games this season", "next season's Champions League": a season of play, dated
    by the year it is in (or the one after or before)."""
    det = " ".join(m["det"].lower().split()).replace("the ", "")
    step = {"this": 0, "next": 1, "last": -1, "previous": -1}[det]
    winter = _WINTER_LEAGUE.search(text) is not None and not _SUMMER_LEAGUE.search(text)

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if not winter or pub is None:
            return relative(ctx, "year", step, f"{m.group(0)}: the season of that year")
        # a league that plays from autumn to spring names its season by the year it began,
        # and the season runs from July of that year to June of the next
        began = step - 1 if pub.month < 7 else step
        found = relative(
            ctx, "year", began, f"{m.group(0)}: a season named by the year it begins in"
        )
        if found.point is None:
            return found
        year = found.point.year
        return replace(
            found,
            explanation=f"{found.explanation}; the {year}-{(year + 1) % 100:02d} season, "
            f"July {year} to June {year + 1}",
            span=(date(year, 7, 1), date(year + 1, 6, 30)),
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(rf"{_B}(?P<n>{NUMBER_WORD}|\d{{1,2}})\s+seasons\s+ago{_E}")
def _seasons_ago(m: re.Match[str], text: str) -> Candidate | None:
    """ "were 3-13 two seasons ago": a season of play counted back, dated as 'last season' is,
    one season further back for each one counted."""
    n = parse_number(m["n"])
    if n is None or n != int(n) or not 2 <= n <= 60:
        return None
    step = -int(n)
    winter = _WINTER_LEAGUE.search(text) is not None and not _SUMMER_LEAGUE.search(text)

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if not winter or pub is None:
            return relative(ctx, "year", step, f"{m.group(0)}: the season of that year")
        # a league that plays from autumn to spring names its season by the year it began
        began = step - 1 if pub.month < 7 else step
        return relative(
            ctx, "year", began, f"{m.group(0)}: a season named by the year it begins in"
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(
    rf"{_B}(?:(?P<det>the\s+(?:past|last|previous|next|first)|his|her|their|its|my|our|your)\s+)"
    rf"(?P<n>{NUMBER_WORD}|\d{{1,2}})\s+seasons{_E}(?!\s+(?:of\s+the\s+year|ago)\b)"
)
def _counted_seasons(m: re.Match[str], text: str) -> Candidate | None:
    """ "in nine of his 10 seasons here", "over the past three seasons": seasons of play
    counted as a span, a year each, as the sets mark '20 seasons' (not 'the four seasons' of
    the year: a count after 'the' alone is not taken)."""
    n = parse_number(m["n"])
    if n is None or n != int(n) or not 2 <= n <= 60:
        return None
    start = m.start() if (m["det"] or "").lower().startswith("the") else m.start("n")
    value = f"P{int(n)}Y"
    return Candidate(
        start,
        m.end(),
        "DURATION",
        _const(value, f"{m.group(0)}: {int(n)} seasons of play, a year each"),
    )


_WINTER_LEAGUE = re.compile(
    r"Premier\s+League|Champions\s+League|Europa\s+League|La\s+Liga|Serie\s+A|Bundesliga"
    r"|Ligue\s+1|Eredivisie|FA\s+Cup|relegat|\bNBA\b|\bNHL\b|\bNFL\b|Super\s+Bowl|Stanley\s+Cup"
    r"|\bFC\b|Football\s+Club|EuroLeague|\b(?:striker|midfielder|goalkeeper)s?\b"
    # basketball and ice hockey, and the clubs whose names are no other word
    r"|\b(?:basketball|hockey)\b|\b(?:Knicks|Celtics|76ers|Raptors|Cavaliers|Pistons|Pacers"
    r"|Bucks|Timberwolves|Trail\s+Blazers|Lakers|Clippers|Mavericks|Grizzlies|SuperSonics"
    r"|Nuggets|Bruins|Sabres|Red\s+Wings|Canadiens|Maple\s+Leafs|Penguins|Blackhawks|Oilers"
    r"|Canucks)\b"
)
_SUMMER_LEAGUE = re.compile(
    r"\bAFL\b|\bNRL\b|\bMLS\b|\bMLB\b|\bIPL\b|\binnings?\b|\bpitch(?:ed|er)\b"
)


_ADVERB_SETS = {
    "daily": "P1D",
    # "every night" is XXXX-XX-XXTNI, and so is "nightly" (our sets, 4 of 5)
    "nightly": "XXXX-XX-XXTNI",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    # TimeBank's one "Quarterly" is P3M, as our sets write it 5 times in 6
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "hourly": "PT1H",
    "semiannually": "P6M",
    "biannually": "P6M",
    "bimonthly": "P2M",
    "year-round": "P1Y",
}


_RATE_AMOUNT_BEFORE = re.compile(
    r"(?<![\w,.])(?:[$£€]\s*)?(?!(?:1[5-9]|20)\d\d\b)\d[\d,.]*(?:\s*(?:%|percent|per\s+cent))?"
    r"(?:\s+(?:million|billion|thousand|trillion))?(?:\s+[A-Za-z][\w’'-]*){0,2}\s+$",
    re.IGNORECASE,
)
# "walked for 30 minutes daily": a span that repeats is a span and a set, not a rate
_SPAN_BEFORE = re.compile(
    r"(?<![\w,.])\d+(?:\.\d+)?\s+(?:seconds?|minutes?|hours?)\s+$", re.IGNORECASE
)
_NOT_A_NOUN_AFTER_SET = frozenset(
    re.findall(
        r"\w+",
        "in on at for to until since from by with and or but as than after before during over"
        " through into across while when if because so the a an its their his her this that"
        " these those is are was were be been will would can could may might has have had"
        # a place, a time or a manner after the verb: "deployed daily near mosques", "shook
        # the region daily last week", "updated weekly except in August"
        " near around outside inside under above below between among against along within"
        " without amid despite via per except throughout last next every each now then here"
        " there too also again instead up down out off ahead",
    )
)


@rule(
    rf"{_B}(?P<w>daily|nightly|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|yearly"
    rf"|annually|hourly|semi-?annually|bi-?annually){_E}(?!-)"
)
def _adverb_set(m: re.Match[str], text: str) -> Candidate | None:
    word = m["w"].replace("-", "")
    before = text[max(0, m.start() - 16) : m.start()]
    if re.search(
        r"\b(?:a|an|the|its|their|his|her|our|average|first|initial|regular|\w+['’]s)\s+$",
        before,
        re.IGNORECASE,
    ):
        return None  # an adjective ("its quarterly dividend"), not a repetition of the event
    following = re.match(r"\s+([a-z]+)\b", text[m.end() : m.end() + 20])
    if (
        following is not None
        and following.group(1) not in _NOT_A_NOUN_AFTER_SET
        # "people who began walking daily lowered their blood pressure": a past verb, no noun
        and not (len(following.group(1)) > 4 and following.group(1).endswith("ed"))
    ):
        return None  # "held weekly open days": an adjective before a noun, as TimeML reads it
    if _RATE_AMOUNT_BEFORE.search(
        text, max(0, m.start() - 40), m.start()
    ) and not _SPAN_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        # "rise 8.5% annually", "10,000 units annually": a rate of an amount, which TimeBank
        # leaves unmarked (4 times in 5)
        return None
    if (
        word[0].isupper()
        and m.start() > 0
        and text[m.start() - 1] not in '\n"“'
        and not re.search(r"[.!?]\s*$", text[max(0, m.start() - 3) : m.start()])
    ):
        return None  # "China Daily", "Business Weekly"
    if re.match(r"\s+(?-i:[A-Z])", text[m.end() : m.end() + 3]) and re.search(
        r"\b(?:the|a|an)\s+(?:(?-i:[A-Z])[\w-]*\s+|[a-z]+-language\s+|independent\s+"
        r"|state-run\s+|official\s+|leading\s+|English\s+|financial\s+|business\s+){1,3}$",
        text[max(0, m.start() - 50) : m.start()],
        re.IGNORECASE,
    ):
        return None  # "the Belgrade daily Politika", "the financial daily Nikkei": a paper
    often = re.search(
        r"(?<![\w-])(?:once|twice|thrice|(?:\d+|two|three|four|five|six)\s+times)\s+$",
        text[max(0, m.start() - 16) : m.start()],
        re.IGNORECASE,
    )
    start = m.start() - (len(often.group(0)) if often else 0)  # "twice daily": one SET
    return Candidate(
        start,
        m.end(),
        "SET",
        _const(_ADVERB_SETS[word.lower()], f"'{word}' repeats once per period"),
    )


# --- days named through another ------------------------------------------------------------


def _night_of(day: date, how: str, needs_anchor: bool) -> Resolution:
    """The night that begins on ``day`` (TimeML's TNI), explained as ``how`` and the day."""
    return Resolution(f"{day.isoformat()}TNI", f"{how} {day.isoformat()}", needs_anchor, day, "day")


@rule(
    rf"{_B}the\s+night\s+of\s+(?:(?P<d1>[0-3]?\d)\s*[-–/]\s*(?P<d2>[0-3]?\d)\s+(?P<m1>{MONTH_PATTERN})"
    rf"|(?P<m2>{MONTH_PATTERN})\s+(?P<d3>[0-3]?\d)\s*[-–/]\s*(?P<d4>[0-3]?\d))(?:,?\s+{_YEAR4})?{_E}"
)
def _night_of_two_days(m: re.Match[str], text: str) -> Candidate | None:
    """ "the night of 23-24 February": one night, the first day's (TimeML's TNI)."""
    first = int(m["d1"] or m["d3"])
    second = int(m["d2"] or m["d4"])
    if second != first + 1:
        return None
    month = month_number(m["m1"] or m["m2"])
    year = int(m["year"]) if m["year"] else None

    def resolve(ctx: Context) -> Resolution:
        base = (
            absolute(f"{year:04d}-{month:02d}-{first:02d}", date(year, month, first), "day", "")
            if year is not None
            else named_month(ctx, month, first, None, m["m1"] or m["m2"])
        )
        if base.point is None:
            return base
        return _night_of(base.point, f"{m.group(0)}: the night that begins on", base.needs_anchor)

    return Candidate(m.start(), m.end(), "TIME", resolve)


@rule(
    rf"{_B}(?P<n>{NUMBER_WORD}|\d{{1,3}}|a|an|one)\s+(?P<unit>years?|months?|weeks?)\s+ago"
    rf"\s+(?P<day>today|tonight|yesterday|tomorrow|this\s+weekend|this\s+week|this\s+month|{WEEKDAY_PATTERN}){_E}"
)
def _ago_today(m: re.Match[str], text: str) -> Candidate | None:
    """ "A year ago today", "Fifty years ago Saturday", "Ten years ago this weekend": the same
    day (week, weekend, month) of the calendar, that many years (months, weeks) before the one
    named."""
    count = parse_number(m["n"])
    if count is None or count != int(count):
        return None
    unit = unit_key(m["unit"])
    day_word = m["day"].lower()

    def resolve(ctx: Context) -> Resolution:
        suffix = "TNI" if day_word == "tonight" else ""
        if day_word in ("today", "tonight", "yesterday", "tomorrow"):
            base = relative(ctx, "day", {"yesterday": -1, "tomorrow": 1}.get(day_word, 0), "")
        elif day_word.startswith("this"):
            # "Fifty years ago this weekend": the weekend of the same dates, that far back
            unit_of: Granularity = (
                "month"
                if day_word.endswith("month")
                else "weekend"
                if day_word.endswith("weekend")
                else "week"
            )
            base = relative(ctx, unit_of, 0, "")
        else:
            base = weekday(ctx, weekday_number(m["day"]), m["day"], None)
        if base.point is None or base.gran is None:
            return unresolved("day", m.group(0))
        if unit == "year":
            point = add_months(base.point, -12 * int(count))
        elif unit == "month":
            point = add_months(base.point, -int(count))
        else:
            point = base.point - timedelta(weeks=int(count))
        gran: Granularity = base.gran if base.gran in ("week", "weekend", "month") else "day"
        return Resolution(
            fmt(point, gran) + suffix,
            f"{m.group(0)}: {int(count)} {unit}(s) before {base.point.isoformat()}",
            True,
            point,
            gran,
            type="TIME" if suffix else None,
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(rf"{_B}(?:on\s+)?(?P<this>this|that)\s+(?:very\s+)?day\s+in\s+{_YEAR4}{_E}")
def _this_day_in(m: re.Match[str], text: str) -> Candidate | None:
    """ "on this day in 1969": the publication day's date, in that year."""
    year = int(m["year"])
    start = m.start("this")

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if pub is None:
            return Resolution(f"{year:04d}", f"{year}: the year it names", gran="year")
        try:
            point = pub.replace(year=year)
        except ValueError:
            point = date(year, 2, 28)  # 29 February in a common year
        return Resolution(
            point.isoformat(),
            f"{m.group(0)[start - m.start() :]}: {human_day(pub)[4:]}'s date in {year}",
            True,
            point,
            "day",
        )

    return Candidate(start, m.end(), "DATE", resolve)


@rule(rf"{_B}the\s+(?P<which>first|last)\s+day\s+of\s+{_YEAR4}{_E}")
def _first_day_of_year(m: re.Match[str], text: str) -> Candidate | None:
    """ "the first day of 1901", "the last day of 2024"."""
    year = int(m["year"])
    point = date(year, 1, 1) if m["which"].lower() == "first" else date(year, 12, 31)
    return Candidate(
        m.start(),
        m.end(),
        "DATE",
        _fixed(point.isoformat(), "day", point, f"{m.group(0)}: {point.isoformat()}"),
    )


@rule(rf"{_B}overnight\s+(?:into|to)\s+(?P<wd>{WEEKDAY_PATTERN}){_E}")
def _overnight_into(m: re.Match[str], text: str) -> Candidate | None:
    """ "overnight into Monday": the night that ends on Monday, Sunday's (TNI)."""

    def resolve(ctx: Context) -> Resolution:
        day = weekday(ctx, weekday_number(m["wd"]), m["wd"], None)
        if day.point is None:
            return Resolution("XXXX-XX-XXTNI", f"{m.group(0)}: needs the publication date", True)
        return _night_of(day.point - timedelta(days=1), f"{m.group(0)}: the night of", True)

    return Candidate(m.start(), m.end(), "TIME", resolve)


@rule(rf"{_B}overnight\s+(?:on\s+)?(?P<wd>{WEEKDAY_PATTERN})(?!\s+(?:into|to)\b){_E}")
def _overnight_on(m: re.Match[str], text: str) -> Candidate | None:
    """ "the river rose 20 feet overnight Friday": that weekday's night (TNI)."""
    if not _capitalised(m["wd"]):
        return None

    def resolve(ctx: Context) -> Resolution:
        day = weekday(ctx, weekday_number(m["wd"]), m["wd"], None)
        if day.point is None:
            return Resolution("XXXX-XX-XXTNI", f"{m.group(0)}: needs the publication date", True)
        return _night_of(day.point, f"{m.group(0)}: the night of", True)

    return Candidate(m.start(), m.end(), "TIME", resolve)


@rule(
    rf"{_B}(?P<u>minutes|hours|days|weeks|months|years|decades)(?=\s+(?:after|later|before|earlier)\b)"
    rf"|(?<=\bif\s\bnot\s)(?P<u2>minutes|hours|days|weeks|months|years|decades){_E}"
)
def _uncounted_span(m: re.Match[str], text: str) -> Candidate | None:
    """ "crashed minutes after takeoff", "hours later", "weeks, if not months": a span of an
    uncounted number of units (the word before, if any, must not count them)."""
    word = m["u"] or m["u2"]
    before = text[max(0, m.start() - 20) : m.start()]
    counted = (
        r"(?:\d|\b(?:a|an|the|few|several|many|some|of|one|two|three|four|five|six|seven|eight"
        r"|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|hundred|dozen|couple"
        r"|recent|past|last|next|coming|these|those)|[-–])"
    )
    number = (
        r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
        r"|twenty|thirty|forty|fifty|sixty|hundred|dozen|few|several|many))"
    )
    if re.search(counted + r"\s*$", before, re.IGNORECASE) or re.search(
        number + r"\s+[a-z]+\s+$", before, re.IGNORECASE
    ):
        return None  # counted by another rule ("eight trading days", "the past few weeks")
    if m["u"] and m.start() > 0 and text[m.start() - 1 : m.start()] not in (" ", "\n", "(", "—"):
        return None
    unit = unit_key(word)
    return Candidate(
        m.start(),
        m.end(),
        "DURATION",
        _const(_duration_value(None, unit), f"a span of some {_units(unit)}"),
    )


@rule(rf"{_B}(?P<mon>{MONTH_PATTERN})\s+['’](?P<yy>\d\d){_E}")
def _month_short_year(m: re.Match[str], text: str) -> Candidate | None:
    """ "May '68": a month of a year written with two digits."""
    month = month_number(m["mon"])
    yy = int(m["yy"])

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        this_century = (pub.year // 100) * 100 if pub is not None else 2000
        year = this_century + yy
        if pub is not None and year > pub.year + 1:
            year -= 100
        return absolute(
            f"{year:04d}-{month:02d}",
            date(year, month, 1),
            "month",
            f"{m.group(0)}: {m['mon']} {year}, the year written with two digits",
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(rf"{_B}a\s+generation\s+ago{_E}")
def _generation_ago(m: re.Match[str], text: str) -> Candidate | None:
    """ "a generation ago": some time in the past, no closer than that."""
    return Candidate(m.start(), m.end(), "DATE", lambda ctx: reference(ctx, "PAST_REF", m.group(0)))


@rule(rf"{_B}the\s+(?P<ord>first|second|third)\s+millennium{_E}")
def _ordinal_millennium(m: re.Match[str], text: str) -> Candidate | None:
    """ "the third millennium": the years 2000-2999, written "2" as TimeML writes centuries."""
    n = {"first": 1, "second": 2, "third": 3}[m["ord"].lower()]
    return Candidate(
        m.start(),
        m.end(),
        "DATE",
        _fixed(str(n - 1), "century", date(max(1, (n - 1) * 1000), 1, 1), f"{m.group(0)}"),
    )


@rule(
    rf"{_B}the\s+(?P<nth>first|second|third|fourth|last)\s+(?P<unit>week|weekend)\s+of\s+"
    rf"(?P<mon>{MONTH_PATTERN})(?:,?\s+{_YEAR4})?{_E}"
    rf"|{_B}the\s+(?P<unit2>week|weekend)\s+of\s+(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+"
    rf"(?P<mon2>{MONTH_PATTERN})|(?P<mon3>{MONTH_PATTERN})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)"
    rf"(?:,?\s+(?P<year2>1\d{{3}}|20\d{{2}}))?{_E}"
)
def _week_of_month(m: re.Match[str], text: str) -> Candidate | None:
    """ "the first weekend of October", "the week of 4 March": a week (or its weekend) told by
    the month or the day it holds."""
    weekend = (m["unit"] or m["unit2"]).lower() == "weekend"
    mon_word = m["mon"] or m["mon2"] or m["mon3"]
    month = month_number(mon_word)
    written_year = m["year"] or m["year2"]
    day_word = m["d1"] or m["d2"]
    nth = (m["nth"] or "").lower()

    def resolve(ctx: Context) -> Resolution:
        if written_year:
            year = int(written_year)
        else:
            base = named_month(ctx, month, int(day_word) if day_word else None, None, mon_word)
            if base.point is None:
                return unresolved("week", m.group(0))
            year = base.point.year
        if day_word:
            try:
                point = date(year, month, int(day_word))
            except ValueError:
                return unresolved("week", m.group(0))
        elif nth == "last":
            last = add_months(date(year, month, 1), 1) - timedelta(days=1)
            # the last week mostly in the month: the week of the month's fourth-last day
            point = (
                last - timedelta(days=(last.weekday() - 5) % 7)
                if weekend
                else last - timedelta(days=3)
            )
        else:
            n = {"first": 1, "second": 2, "third": 3, "fourth": 4}[nth]
            first = date(year, month, 1)
            if weekend:
                point = first + timedelta(days=(5 - first.weekday()) % 7 + 7 * (n - 1))
            else:
                # the first week of a month is the first one mostly in it: the week of the 4th
                point = first + timedelta(days=3 + 7 * (n - 1))
        iso_year, week, _ = point.isocalendar()
        value = f"{iso_year:04d}-W{week:02d}" + ("-WE" if weekend else "")
        return Resolution(
            value, f"{m.group(0)}: the week of {point.isoformat()}", True, point, "week"
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(rf"{_B}[Tt]he\s+new\s+year{_E}(?!['’])", 0)
def _the_new_year(m: re.Match[str], text: str) -> Candidate | None:
    """ "into the new year": the year about to begin, or just begun."""

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if pub is None:
            return unresolved("year", m.group(0))
        if ctx.lead(SINCE):
            # "prices have risen 4% since the new year": counted from a start already past,
            # the year of publication, whatever the month
            year, how = pub.year, "the year already begun, as 'since' looks back"
        else:
            # just begun in its first months; otherwise the one to come ("after the new year
            # begins", said in October, is the next calendar year)
            year = pub.year if pub.month <= 2 else pub.year + 1
            how = "the year that begins nearest publication"
        return Resolution(
            f"{year:04d}",
            f"{m.group(0)}: {year}, {how}",
            True,
            date(year, 1, 1),
            "year",
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(
    rf"{_B}the\s+(?P<unit>years|decades|months)"
    r"(?=\s+(?:that\s+(?:followed|came|passed)|since\b|between\b|to\s+come\b|ahead\b))"
)
def _the_years_after(m: re.Match[str], text: str) -> Candidate | None:
    """ "in the years that followed", "the decades since": a span of some years."""
    unit = {"years": "Y", "decades": "DE", "months": "M"}[m["unit"].lower()]
    return Candidate(
        m.start(), m.end(), "DURATION", _const(f"PX{unit}", f"{m.group(0)}: some {m['unit']}")
    )


@rule(
    r"(?<![\w-])(?:over|throughout|across|down)\s+(?P<w>the\s+(?P<unit>years|decades))"
    r"(?!\s+(?:of|to|before|after|between|when|in\s+which)\b|\s+\d)(?![\w-])"
)
def _over_the_years(m: re.Match[str], text: str) -> Candidate | None:
    """ "over the years", "down the decades": a span of some years, as TimeBank and our sets
    mark it ("over the years many more patients ...")."""
    unit = {"years": "Y", "decades": "DE"}[m["unit"].lower()]
    return Candidate(
        m.start("w"), m.end("w"), "DURATION", _const(f"PX{unit}", f"{m['w']}: some {m['unit']}")
    )


@rule(
    rf"{_B}(?:the\s+)?(?:full|whole)-year(?=\s+[a-z])",
)
def _full_year_adjective(m: re.Match[str], text: str) -> Candidate | None:
    """ "raised its full-year guidance": the year the guidance is for."""
    return Candidate(m.start(), m.end(), "DATE", lambda ctx: _full_year(ctx, m.group(0)))


@rule(rf"{_B}(?:so\s+far\s+)?year[-\s]to[-\s]date{_E}")
def _year_to_date(m: re.Match[str], text: str) -> Candidate | None:
    """ "up 10% year to date": the publication year, so far."""
    return Candidate(m.start(), m.end(), "DATE", lambda ctx: relative(ctx, "year", 0, m.group(0)))


@rule(
    rf"{_B}(?P<w>the\s+week)\s+(?P<how>ended|ending|to|through|beginning|starting|commencing)\s+(?:{_MON}\.?\s+(?P<day>[0-3]?\d)(?!\d)"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon2>{MONTH_PATTERN})|(?P<wd>{WEEKDAY_PATTERN})\b)"
)
def _week_ended(m: re.Match[str], text: str) -> Candidate | None:
    """ "in the week ended May 9", "the week ending 12 October", "for the week ending Sunday":
    the week that holds that day (the day is an expression of its own, as TimeML keeps "ended"
    out of both)."""
    word = m["mon"] or m["mon2"] or m["wd"]

    def resolve(ctx: Context) -> Resolution:
        if m["wd"]:
            # the day read where it stands, as the expression of its own it is
            start, finish = ctx.start, ctx.end
            ctx.at(start + m.start("wd") - m.start(), start + m.end("wd") - m.start())
            try:
                base = weekday(ctx, weekday_number(m["wd"]), m["wd"], None)
            finally:
                ctx.at(start, finish)
        else:
            base = named_month(ctx, month_number(word), int(m["day"] or m["day2"]), None, word)
        if base.point is None:
            return unresolved("week", m.group(0))
        iso_year, week, _ = base.point.isocalendar()
        return Resolution(
            f"{iso_year:04d}-W{week:02d}",
            f"{m['w']}: the week that holds {base.point.isoformat()}, the day it "
            + ("began" if m["how"].lower() in ("beginning", "starting", "commencing") else "ended"),
            base.needs_anchor,
            base.point,
            "week",
        )

    return Candidate(m.start(), m.end("w"), "DATE", resolve)


@rule(rf"{_B}{_MON}\s+of\s+that\s+year{_E}")
def _month_of_that_year(m: re.Match[str], text: str) -> Candidate | None:
    """ "in August of that year": the month, in the year the text last named."""
    month = month_number(m["mon"])

    def resolve(ctx: Context) -> Resolution:
        prior = ctx.anchor()
        if prior is None or prior.point is None:
            return named_month(ctx, month, None, None, m["mon"])
        year = prior.point.year
        return Resolution(
            f"{year:04d}-{month:02d}",
            f"{m.group(0)}: {m['mon']} {year}, the year of {prior.value}, mentioned just before",
            prior.needs_anchor,
            date(year, month, 1),
            "month",
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(rf"{_B}all\s+(?P<u>day|night|week|month|year|morning|afternoon|evening)(?:\s+long)?{_E}")
def _all_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "stayed shut all day", "all week": the whole of one unit."""
    unit = m["u"].lower()
    value = {"morning": "PT4H", "afternoon": "PT4H", "evening": "PT4H", "night": "PT12H"}.get(
        unit, _duration_value(1, unit) if unit in UNIT_CODE else "P1D"
    )
    if unit in ("morning", "afternoon", "evening", "night"):
        return None  # TimeML gives no length to parts of a day; only whole units are spans here
    return Candidate(
        m.start(), m.end(), "DURATION", _const(value, f"{m.group(0)}: one whole {unit}")
    )


@rule(rf"{_B}the\s+turn\s+of\s+the\s+millennium{_E}")
def _millennium_turn(m: re.Match[str], text: str) -> Candidate | None:
    """ "at the turn of the millennium": around the year 2000."""
    return Candidate(
        m.start(),
        m.end(),
        "DATE",
        _fixed("2000", "year", date(2000, 1, 1), f"{m.group(0)}: around the year 2000"),
    )


@rule(rf"{_B}the\s+new\s+decade{_E}")
def _new_decade(m: re.Match[str], text: str) -> Candidate | None:
    """ "going into the new decade": the one just begun or about to begin (said in 2019 or
    2020, the 2020s)."""

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if pub is None:
            return unresolved("decade", m.group(0))
        step = 1 if pub.year % 10 >= 5 else 0
        return relative(ctx, "decade", step, m.group(0))

    return Candidate(m.start(), m.end(), "DATE", resolve)


@rule(
    rf"{_B}(?:A\.?D\.?\s+(?P<y1>\d{{1,4}})|(?P<y2>\d{{1,4}})\s+(?:A\.?D\.?|C\.?E\.?)(?![\w.]))", 0
)
def _era_year(m: re.Match[str], text: str) -> Candidate | None:
    """ "around A.D. 175", "in 79 AD": a year of the common era, written with four digits."""
    year = int(m["y1"] or m["y2"])
    if not 1 <= year <= 2100:
        return None
    return _year_candidate(m.start(), m.end(), year, f"{m.group(0)}: the year {year}")


_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"
_SPOKEN_MINUTES = r"(?:twenty[-\s]five|five|ten|twenty|one|two|three|four|six|seven|eight|nine|eleven|twelve|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|\d{1,2})"
_SAID_DAY = (
    rf"(?P<day>tonight|last\s+night|tomorrow(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|this\s+(?:morning|afternoon|evening)|yesterday(?:\s+(?:morning|afternoon|evening))?"
    rf"|(?P<wd>{WEEKDAY_PATTERN})(?:\s+(?P<wpart>morning|afternoon|evening|night))?)"
)


@rule(
    rf"{_B}(?:(?P<h1>{_HOUR})\s+o['’]clock|half\s+past\s+(?P<h2>{_HOUR})"
    rf"|(?P<q>quarter)\s+(?P<qdir>past|to)\s+(?P<h3>{_HOUR})"
    rf"|(?P<mins>{_SPOKEN_MINUTES})\s+(?:minutes?\s+)?(?P<mdir>past|to)\s+(?P<h4>{_HOUR}))"
    rf"(?:\s+(?:in\s+the\s+(?P<inpart>morning|afternoon|evening)|at\s+night)|\s+{_SAID_DAY})?{_E}"
)
def _spoken_clock(m: re.Match[str], text: str) -> Candidate | None:
    """ "ten o'clock", "half past nine", "quarter to eight tomorrow morning", "eight minutes
    past eight": a clock time said in words, with the day phrase that follows it."""

    def hour_of(word: str) -> int:
        return int(parse_number(word) or 0)

    if m["h1"]:
        hour, minute = hour_of(m["h1"]), 0
    elif m["h2"]:
        hour, minute = hour_of(m["h2"]), 30
    elif m["h3"]:
        hour, minute = hour_of(m["h3"]), 15
        if m["qdir"].lower() == "to":
            hour, minute = hour - 1 or 12, 45
    else:
        found = parse_number(m["mins"])
        minutes = int(found) if found is not None else 0
        if not 0 < minutes < 60:
            return None
        hour, minute = hour_of(m["h4"]), minutes
        if m["mdir"].lower() == "to":
            hour, minute = hour - 1 or 12, 60 - minutes
    if not (m["h1"] or m["h2"] or m["h3"]) and not re.search(
        r"\b(?:it['’]?s|at|by|until|till|from|before|after|around|about)\s+$",
        text[max(0, m.start() - 12) : m.start()],
        re.IGNORECASE,
    ):
        return None  # "ten past four" needs a clock word before it to be read as a time
    phrase = (
        " ".join(w for w in (m["inpart"], m["wpart"], m["day"]) if w).lower()
        or text[max(0, m.start() - 120) : m.end() + 60].lower()
    )
    if re.search(r"\bmorning\b", phrase):
        pm = False
    elif re.search(r"\b(?:afternoon|evening|night|tonight)\b", phrase) or m.group(
        0
    ).lower().endswith("at night"):
        pm = True
    else:
        # with no part of the day near, news reads a clock said in words as the evening's:
        # polls close, curfews begin and bulletins air at "eight o'clock"
        pm = 1 <= hour <= 11
    if pm and hour < 12:
        hour += 12
    elif not pm and hour == 12:
        hour = 12
    clock = f"{hour:02d}:{minute:02d}"
    day_word = (m["day"] or "").lower()

    def resolve(ctx: Context) -> Resolution:
        if m["wd"]:
            # the day read where it stands, as the expression of its own it is
            start, finish = ctx.start, ctx.end
            ctx.at(start + m.start("wd") - m.start(), start + m.end("wd") - m.start())
            try:
                base = weekday(ctx, weekday_number(m["wd"]), m["wd"], None)
            finally:
                ctx.at(start, finish)
        elif day_word.startswith(("tomorrow", "yesterday", "last night")):
            step = 1 if day_word.startswith("tomorrow") else -1
            base = relative(ctx, "day", step, day_word)
        elif day_word:
            base = relative(ctx, "day", 0, day_word)
        else:
            base = _day_in_focus(ctx, clock) or relative(
                ctx, "day", 0, "the clock time, on the publication day"
            )
        if base.point is None:
            return Resolution(f"XXXX-XX-XXT{clock}", f"{clock}: needs the publication date", True)
        return Resolution(
            f"{base.point.isoformat()}T{clock}",
            f"{m.group(0)}: {clock} on {base.explanation}",
            base.needs_anchor,
            base.point,
            "day",
        )

    return Candidate(m.start(), m.end(), "TIME", resolve)


@rule(
    rf"(?<=\bfor\s)(?:(?P<w>a\s+while|quite\s+a\s+while|some\s+time)){_E}(?!\s+(?:now|to\s+come|yet))"
)
def _vague_span(m: re.Match[str], text: str) -> Candidate | None:
    """ "live without it for a while", "in the region for some time": a span of no stated
    length (TimeBank writes "some time" PXM and "a while" PXX)."""
    value = "PXM" if m["w"].lower().startswith("some") else "PXX"
    return Candidate(
        m.start(), m.end(), "DURATION", _const(value, f"{m['w']}: a span of no stated length")
    )


@rule(
    rf"{_B}(?P<det>this|the\s+current|the\s+next|next|last|the\s+last|the\s+previous)\s+fiscal{_E}"
    r"(?!\s+(?:year|years|quarter|quarters|half|policy|policies|deficit|deficits|gap|stimulus|"
    r"package|plan|discipline|consolidation|position|situation|space|cliff|rules?|targets?|"
    r"measures?|support|pressure|reforms?|health|crisis|council|responsibility|transfer)\b)"
)
def _fiscal_noun(m: re.Match[str], text: str) -> Candidate | None:
    """ "this fiscal", "the next fiscal": the fiscal year, as South Asian news names it (the
    year from April, written by the year it starts in)."""
    det = " ".join(m["det"].lower().split())
    step = {"this": 0, "the current": 0, "the next": 1, "next": 1}.get(det, -1)

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        if pub is None:
            return unresolved("year", m.group(0))
        start = pub.year if pub.month >= 4 else pub.year - 1
        year = start + step
        return Resolution(
            f"{year:04d}",
            f"{m.group(0)}: the fiscal year from April {year}, named by the year it starts in",
            True,
            date(year, 4, 1),
            "year",
        )

    return Candidate(m.start(), m.end(), "DATE", resolve)


# --- holidays -------------------------------------------------------------------------------

_FIXED_HOLIDAYS = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    # the Thai new year's first day, and the Persian new year as Central Asia keeps it
    "songkran": (4, 13),
    "nowruz": (3, 21),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "independence day": (7, 4),
    "veterans day": (11, 11),
    "armistice day": (11, 11),
    "may day": (5, 1),
    "orthodox christmas": (1, 7),
    "orthodox christmas eve": (1, 6),
    "all saints day": (11, 1),
    "all souls day": (11, 2),
    "lincoln's birthday": (2, 12),
    "fourth of july": (7, 4),
    "juneteenth": (6, 19),
    "canada day": (7, 1),
    "remembrance day": (11, 11),
    "st patrick's day": (3, 17),
    "anzac day": (4, 25),
    "australia day": (1, 26),
    "bastille day": (7, 14),
    "st andrew's day": (11, 30),
    "st david's day": (3, 1),
    "st george's day": (4, 23),
    "guy fawkes night": (11, 5),
    "bonfire night": (11, 5),
    "victory day": (5, 9),
    "ve day": (5, 8),
    "cinco de mayo": (5, 5),
    "defender of the fatherland day": (2, 23),
    # Japan's festival of the dead: its first day
    "obon": (8, 13),
    # the United States' filing day, as the statute names it
    "tax day": (4, 15),
    # North Korea's holidays: the birthdays of Kim Il Sung and Kim Jong Il
    "day of the sun": (4, 15),
    "day of the shining star": (2, 16),
}
# Super Tuesdays that were not the first Tuesday of March
_SUPER_TUESDAYS = {1988: (3, 8), 1992: (3, 10), 1996: (3, 12), 2008: (2, 5)}
# Republic Day in the countries whose news names it most; India's when no country is named
_REPUBLIC_DAYS = {"india": (1, 26), "turkey": (10, 29), "italy": (6, 2)}
# Holi (the day of colours, after the Phalguna full moon), as India's calendar fixed it
_HOLI = {
    2010: (3, 1),
    2011: (3, 20),
    2012: (3, 8),
    2013: (3, 27),
    2014: (3, 17),
    2015: (3, 6),
    2016: (3, 24),
    2017: (3, 13),
    2018: (3, 2),
    2019: (3, 21),
    2020: (3, 10),
    2021: (3, 29),
    2022: (3, 18),
    2023: (3, 8),
    2024: (3, 25),
    2025: (3, 14),
    2026: (3, 4),
    2027: (3, 22),
}


# the first day of the Chinese lunar year (Spring Festival), 1990-2035
_LUNAR_NEW_YEAR = {
    1990: (1, 27),
    1991: (2, 15),
    1992: (2, 4),
    1993: (1, 23),
    1994: (2, 10),
    1995: (1, 31),
    1996: (2, 19),
    1997: (2, 7),
    1998: (1, 28),
    1999: (2, 16),
    2000: (2, 5),
    2001: (1, 24),
    2002: (2, 12),
    2003: (2, 1),
    2004: (1, 22),
    2005: (2, 9),
    2006: (1, 29),
    2007: (2, 18),
    2008: (2, 7),
    2009: (1, 26),
    2010: (2, 14),
    2011: (2, 3),
    2012: (1, 23),
    2013: (2, 10),
    2014: (1, 31),
    2015: (2, 19),
    2016: (2, 8),
    2017: (1, 28),
    2018: (2, 16),
    2019: (2, 5),
    2020: (1, 25),
    2021: (2, 12),
    2022: (2, 1),
    2023: (1, 22),
    2024: (2, 10),
    2025: (1, 29),
    2026: (2, 17),
    2027: (2, 6),
    2028: (1, 26),
    2029: (2, 13),
    2030: (2, 3),
    2031: (1, 23),
    2032: (2, 11),
    2033: (1, 31),
    2034: (2, 19),
    2035: (2, 8),
}
# (month, weekday, n): the n-th such weekday of the month, n = -1 for the last one
_NTH_WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4),
    "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
    "memorial day": (5, 0, -1),
    "martin luther king day": (1, 0, 3),
    "presidents day": (2, 0, 3),
    "columbus day": (10, 0, 2),
    "labor day": (9, 0, 1),
    "labour day": (9, 0, 1),
    # the United Kingdom's bank holidays that move with the weekday, and Remembrance Sunday
    "early may bank holiday": (5, 0, 1),
    "spring bank holiday": (5, 0, -1),
    "summer bank holiday": (8, 0, -1),
    "august bank holiday": (8, 0, -1),
    "remembrance sunday": (11, 6, 2),
}


def _orthodox_easter(year: int) -> date:
    # the Julian computus (Meeus), moved to the Gregorian calendar: 13 days in 1900-2099
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month = (d + e + 114) // 31
    day = (d + e + 114) % 31 + 1
    return date(year, month, day) + timedelta(days=13)


_EASTER_OFFSETS = {
    "easter": 0,
    "easter sunday": 0,
    "easter monday": 1,
    "good friday": -2,
    "palm sunday": -7,
    "ash wednesday": -46,
    "maundy thursday": -3,
    "holy thursday": -3,
    "holy saturday": -1,
    "shrove tuesday": -47,
    "mardi gras": -47,
    "pancake day": -47,
    "ascension day": 39,
    "pentecost": 49,
    "whit sunday": 49,
    "whitsunday": 49,
    "whit monday": 50,
    # the periods: Lent from Ash Wednesday, Holy Week from the Monday after Palm Sunday
    "lent": -46,
    "holy week": -6,
}


def _nth_weekday(year: int, month: int, wd: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - wd) % 7)


_WEEKDAY_OF_MONTH_ORDER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


@rule(
    rf"{_B}(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|last|final|[1-5](?:st|nd|rd|th))\s+"
    rf"(?P<wd>{WEEKDAY_PATTERN})\s+(?:in|of)\s+(?P<mon>{MONTH_PATTERN})"
    r"(?:,?\s+(?P<year>1[89]\d\d|20\d\d)(?![\d,.]\d))?(?![\w])"
)
def _weekday_of_month(m: re.Match[str], text: str) -> Candidate | None:
    """ "the last Monday in May", "the first Tuesday of November 2000": one day, the month's
    year found as a month's alone is (from the tense), unless it is written."""
    word = m["ord"].lower()
    if word in ("last", "final"):
        n = -1
    else:
        n = _WEEKDAY_OF_MONTH_ORDER[word] if word in _WEEKDAY_OF_MONTH_ORDER else int(word[:1])
    wd = weekday_number(m["wd"])
    month = month_number(m["mon"])
    year = int(m["year"]) if m["year"] else None
    words = " ".join(m.group(0).split())
    return Candidate(
        m.start(),
        m.end(),
        "DATE",
        lambda ctx: _weekday_of_month_day(ctx, n, wd, month, year, words),
    )


def _weekday_of_month_day(
    ctx: Context, n: int, wd: int, month: int, year: int | None, words: str
) -> Resolution:
    why = "its year as written"
    if year is None:
        of_month = named_month(ctx, month, None, None, words)
        if of_month.point is None:
            return of_month
        year, why = of_month.point.year, f"the month's year: {of_month.explanation}"
    day = _nth_weekday(year, month, wd, n)
    if day.month != month:
        # "the fifth Friday in February" of a year that has four: the month alone
        return absolute(f"{year:04d}-{month:02d}", date(year, month, 1), "month", words)
    return Resolution(
        day.isoformat(),
        f"{words}: {human_day(day)} ({why})",
        needs_anchor=True,
        point=day,
        gran="day",
    )


def _holiday_in(name: str, year: int) -> date | None:
    """The day of the named holiday in ``year`` (None when our tables do not reach it)."""
    if name.startswith("thanksgiving"):
        name = "thanksgiving"
    if name in _NTH_WEEKDAY_HOLIDAYS:
        return _nth_weekday(year, *_NTH_WEEKDAY_HOLIDAYS[name])
    if name == "orthodox easter":
        return _orthodox_easter(year)
    if name in _EASTER_OFFSETS:
        return _easter(year) + timedelta(days=_EASTER_OFFSETS[name])
    if name in ("black friday", "cyber monday"):
        # the day after Thanksgiving, and the Monday after that
        return _nth_weekday(year, 11, 3, 4) + timedelta(days=1 if name == "black friday" else 4)
    if name == "election day":
        # United States: the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if name == "super tuesday":
        # the primaries' biggest day: the first Tuesday of March unless the parties moved it
        return (
            date(year, *_SUPER_TUESDAYS[year])
            if year in _SUPER_TUESDAYS
            else (_nth_weekday(year, 3, 1, 1))
        )
    if name in (
        "spring festival",
        "lunar new year",
        "chinese new year",
        "lunar new year's day",
        "tet",
    ):
        day = _LUNAR_NEW_YEAR.get(year)
        return date(year, *day) if day else None
    if name == "lunar new year's eve":
        day = _LUNAR_NEW_YEAR.get(year)
        return date(year, *day) - timedelta(days=1) if day else None
    if name in ("new year", "new year's"):
        return date(year, 1, 1)
    if name.startswith("national day:"):
        return date(year, *NATIONAL_DAYS[name.split(":", 1)[1]])
    if name == "national day":
        return None  # whose, the text does not say
    if name.startswith("independence day:"):
        return date(year, *INDEPENDENCE_DAYS[name.split(":", 1)[1]])
    if name == "ramadan":
        return islamic_day(year, 9, 1)  # the month of the fast; its first day
    if name == "lantern festival":
        day = _LUNAR_NEW_YEAR.get(year)
        return date(year, *day) + timedelta(days=14) if day else None
    if name in _TABLE_HOLIDAYS:
        return day_in_table(_TABLE_HOLIDAYS[name], year)
    if name in _JEWISH_HOLIDAYS:
        return jewish_holiday(name, year)
    if name == "holi":
        return day_in_table(_HOLI, year)
    if name.startswith("republic day"):
        return date(year, *_REPUBLIC_DAYS[name.partition(":")[2] or "india"])
    month, day_of_month = _FIXED_HOLIDAYS[name]
    return date(year, month, day_of_month)


# festivals of several days, by their length in days (the diaspora's Passover)
_HOLIDAY_LENGTHS = {
    "hanukkah": 8, "passover": 8, "sukkot": 7, "ramadan": 30, "lent": 46, "holy week": 7,
    "lunar new year": 15, "spring festival": 15, "obon": 4, "songkran": 3, "nowruz": 13,
    "eid al-adha": 4, "eid al-fitr": 3, "rosh hashanah": 2,
}  # fmt: skip
_BEGINS_AT_SUNDOWN = frozenset(("hanukkah", "passover", "sukkot", "ramadan", "rosh hashanah"))


def _nth_number(word: str) -> int | None:
    if word[:1].isdigit():
        return int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]
    return _DAY_ORDINAL_WORDS.get(word)


_JEWISH_HOLIDAYS = frozenset(("rosh hashanah", "yom kippur", "sukkot", "hanukkah", "passover"))
_TABLE_HOLIDAYS = {
    "eid al-fitr": EID_AL_FITR,
    "eid": EID_AL_FITR,
    "eid al-adha": EID_AL_ADHA,
    "diwali": DIWALI,
    "dragon boat festival": DRAGON_BOAT,
    "mid-autumn festival": MID_AUTUMN,
}


_INTERNATIONAL_BEFORE = re.compile(r"\bInternational\s+$")


def _holiday_name(m: re.Match[str], text: str) -> str:
    """The holiday's key: its words, and the calendar or country the text places it in."""
    name = " ".join(m["h"].lower().replace("’", "'").split())
    name = re.sub(r"^the ", "", name)
    name = re.sub(r"^chinese new year", "lunar new year", name)
    name = re.sub(r"^(?:eid|id)[-\s]+(?:al|ul|el)[-\s]+", "eid al-", name)
    name = re.sub(r"^eid al-(?:azha|zuha|kabir|kebir)$|^bakr[ai]?[-\s]?id$", "eid al-adha", name)
    name = re.sub(r"^deepavali$", "diwali", name)
    name = re.sub(r"^(?:navruz|nauryz|norooz)$", "nowruz", name)
    name = re.sub(r"^rosh hashana$|^jewish new year$", "rosh hashanah", name)
    name = re.sub(r"^(?:succot|sukkoth)$", "sukkot", name)
    name = re.sub(r"^(?:chanukah|chanukkah|hanukah)$", "hanukkah", name)
    name = re.sub(r"^pesach$", "passover", name)
    name = re.sub(r"^v-e day$", "ve day", name)
    name = re.sub(r"^whit\s*sun(?:day)?$", "whit sunday", name)
    name = re.sub(r"^all (saints|souls)'? day$", r"all \1 day", name)
    name = re.sub(r"^presidents'? day$", "presidents day", name)
    name = re.sub(r"^martin luther king.*", "martin luther king day", name)
    name = re.sub(r"^(?:saint|st\.?) (patrick|andrew|david|george)'?s day$", r"st \1's day", name)
    name = re.sub(
        r"^the early may bank holiday$|^may day bank holiday$", "early may bank holiday", name
    )
    name = re.sub(r"^late (?:may|spring) bank holiday$", "spring bank holiday", name)
    if name in ("labor day", "labour day") and _INTERNATIONAL_BEFORE.search(
        text, max(0, m.start() - 16), m.start()
    ):
        return "may day"  # "International Labor Day": the workers' day of May 1
    if name == "orthodox easter":
        return name
    if (
        name in ("easter", "easter sunday")
        and re.search(r"\bOrthodox\b", text[max(0, m.start() - 150) : m.end() + 40])
        and not re.search(
            r"\b(?:Western|Catholic|Roman)\s+$", text[max(0, m.start() - 12) : m.start()]
        )
    ):
        return "orthodox easter"  # "Orthodox Serbs prepared for Easter Sunday"
    if name.startswith("orthodox ") or (
        name.startswith("christmas")
        and re.search(r"\bOrthodox\b", text[max(0, m.start() - 150) : m.end() + 80])
    ):
        # the Orthodox churches keep Christmas on the Julian 25 December, 7 January now
        return "orthodox christmas eve" if name.endswith("eve") else "orthodox christmas"
    if name == "national day":
        country = national_day_country(text[max(0, m.start() - 300) : m.start()]) or (
            national_day_country(text[:200])
        )
        return f"national day:{country}" if country else "national day"
    if name == "republic day":
        sentence = re.split(r"[.!?]\s", text[max(0, m.start() - 200) : m.start()])[-1]
        country = country_named(sentence) or country_named(text[:200])
        return f"republic day:{country}" if country in _REPUBLIC_DAYS else name
    if name == "independence day":
        sentence = re.split(r"[.!?]\s", text[max(0, m.start() - 200) : m.start()])[-1]
        country = country_named(sentence) or country_named(text[:200])
        if country in INDEPENDENCE_DAYS and country != "united states":
            return f"independence day:{country}"
    return name


@rule(
    rf"{_B}(?P<h>(?:lunar|chinese)\s+new\s+year(?:['’]s\s+(?:day|eve))?|jewish\s+new\s+year|spring\s+festival"
    rf"|new\s+year['’]s\s+(?:day|eve)|new\s+year(?!['’])|christmas(?:\s+(?:eve|day))?|boxing\s+day"
    rf"|valentine['’]s\s+day|halloween|independence\s+day|veterans\s+day|armistice\s+day"
    rf"|thanksgiving(?:\s+day)?|easter(?:\s+(?:sunday|monday))?|good\s+friday|palm\s+sunday"
    rf"|ash\s+wednesday|rosh\s+hashanah?|yom\s+kippur|sukkot|succot|sukkoth|hanukkah|chanukah|chanukkah|hanukah|passover|pesach|(?:maundy|holy)\s+thursday|holy\s+saturday|songkran|nowruz|navruz|nauryz|norooz|mother['’]s\s+day|father['’]s\s+day|memorial\s+day|labou?r\s+day"
    rf"|election\s+day|orthodox\s+christmas(?:\s+eve)?|orthodox\s+easter|(?:eid|id)(?:[-\s]+(?:al|ul|el)[-\s]+(?:fitr|adha|azha|zuha|kabir|kebir))?|bakr[ai]?[-\s]?id"
    rf"|diwali|deepavali|lantern\s+festival|dragon\s+boat\s+festival|mid-autumn\s+festival"
    rf"|ramadan|lent|holy\s+week|holi|republic\s+day|obon"
    rf"|shrove\s+tuesday|mardi\s+gras|pancake\s+day|ascension\s+day|pentecost|whit\s*sun(?:day)?"
    rf"|whit\s+monday|tax\s+day|day\s+of\s+the\s+(?:sun|shining\s+star)|tet(?!\s+offensive)|all\s+saints['’]?\s+day|all\s+souls['’]?\s+day"
    rf"|martin\s+luther\s+king(?:,?\s+jr\.?)?(?:['’]s)?\s+(?:day|holiday|birthday)"
    rf"|presidents['’]?\s+day|columbus\s+day|lincoln['’]s\s+birthday|new\s+year['’]s(?!\s+(?:day|eve))"
    rf"|fourth\s+of\s+july|national\s+day|juneteenth|canada\s+day|remembrance\s+(?:day|sunday)"
    rf"|(?:saint|st\.?)\s+(?:patrick|andrew|david|george)['’]?s\s+day|anzac\s+day"
    rf"|australia\s+day|bastille\s+day|guy\s+fawkes\s+night|bonfire\s+night|black\s+friday"
    rf"|victory\s+day|V-?E\s+day|may\s+day(?!\s+bank)|cinco\s+de\s+mayo|super\s+tuesday|defender\s+of\s+the\s+fatherland\s+day"
    rf"|cyber\s+monday|(?:early|late)\s+may\s+bank\s+holiday|(?:spring|summer|august|late\s+spring)"
    rf"\s+bank\s+holiday|may\s+day\s+bank\s+holiday)"
    rf"(?:\s+{_YEAR4})?{_E}"
)
def _holiday(m: re.Match[str], text: str) -> Candidate | None:
    if re.search(r"\b(?:pre|post)-$", text[max(0, m.start() - 5) : m.start()], re.IGNORECASE):
        return None  # "its lowest pre-Diwali level": a modifier, not the day
    name = _holiday_name(m, text)
    if name in ("id",) or (name == "eid" and not m["h"][:1].isupper()):
        return None
    words = m["h"].split()
    last = words[-1]
    if not (_capitalised(words[0]) or name.endswith("bank holiday")) or not (
        _capitalised(last) or last.lower() in ("holiday", "birthday", "day") or "-" in last
    ):
        return None  # "the new year", "a spring festival of films"
    after = text[m.end() : m.end() + 12]
    if re.match(
        r"\s+(?:trees?|cards?|gifts?|presents?|part(?:y|ies)|shopping|season|holidays|sales?|dinners?|markets?|lights?|message|address|truce|ceasefire|offensive|resolutions?)\b",
        after,
        re.IGNORECASE,
    ) and not name.split(":")[0].endswith(("day", "eve", "festival", "new year")):
        return None
    year = int(m["year"]) if m["year"] else None
    if name == "good friday" and re.match(
        r"\s+(?:peace\s+)?(?:agreement|accord|deal)\b", after, re.I
    ):
        # Northern Ireland's agreement is named by the Good Friday it was signed on
        return Candidate(
            m.start(),
            m.end(),
            "DATE",
            _fixed(
                "1998-04-10",
                "day",
                date(1998, 4, 10),
                f"{m['h']}: the day the Good Friday Agreement was signed, 10 April 1998",
            ),
        )

    around = re.search(
        rf"\bthe\s+(day|eve|{WEEKDAY_PATTERN})\s+(after|before|of)\s+(?:the\s+)?$",
        text[max(0, m.start() - 24) : m.start()],
        re.I,
    )
    if around is not None and (around.group(1).lower() == "eve") != (
        around.group(2).lower() == "of"
    ):
        around = None  # "the eve of", "the day after"; never "the day of" or "the eve before"

    rel = None
    if year is None and around is None:
        rel = re.search(r"\b(next|last|this)\s+$", text[max(0, m.start() - 6) : m.start()], re.I)
    start = m.start() - len(rel.group(0)) if rel is not None else m.start()
    if name == "may day" and m["h"].lower().startswith("lab"):
        # "International Labor Day": the whole name
        start -= len(_INTERNATIONAL_BEFORE.search(text, max(0, m.start() - 16), m.start()).group(0))  # type: ignore[union-attr]
    # "Easter, which falls on March 31 this year": the clause names the year
    clause = re.split(r"[.!?;]", text[m.end() : m.end() + 80], maxsplit=1)[0]
    this_year_said = rel is None and re.search(r"\bthis\s+year\b", clause, re.I) is not None
    that_year = year is None and re.match(r",?\s+(?:of\s+)?that\s+year\b", text[m.end() :], re.I)
    # "last year's New Year's Eve gala", "next year's Lunar New Year": that year's
    year_of = (
        re.search(
            r"\b(next|last|this)\s+year['’]s\s+$", text[max(0, m.start() - 16) : m.start()], re.I
        )
        if year is None and around is None and rel is None
        else None
    )

    # "disappeared on Christmas Day last year": the year named right after it (an expression
    # of its own, as our sets mark "Eid this year")
    year_after = (
        re.match(r"\s+(next|last|this)\s+year\b(?!['’])", text[m.end() : m.end() + 16], re.I)
        if year is None and around is None and rel is None and year_of is None
        else None
    )

    def resolve(ctx: Context) -> Resolution:
        pub = ctx.published
        named = year_of or year_after
        if named is not None and pub is not None:
            step = {"next": 1, "last": -1, "this": 0}[named.group(1).lower()]
            point = _holiday_in(name, pub.year + step)
            if point is not None:
                side = "before" if named is year_of else "after"
                return Resolution(
                    point.isoformat(),
                    f"{m['h']} {point.year}, as '{named.group(0).strip()}' {side} it says",
                    True,
                    point,
                    "day",
                )
        if rel is not None and pub is not None:
            word = rel.group(1).lower()
            this_one = _holiday_in(name, pub.year)
            if word == "next" and this_one is not None and this_one <= pub:
                this_one = _holiday_in(name, pub.year + 1)
            elif word == "last" and this_one is not None and this_one >= pub:
                this_one = _holiday_in(name, pub.year - 1)
            if this_one is not None:
                return Resolution(
                    this_one.isoformat(),
                    f"{rel.group(0)}{m['h']}: {this_one.year}'s, from the publication date",
                    True,
                    this_one,
                    "day",
                )
        if this_year_said and pub is not None and (point := _holiday_in(name, pub.year)):
            return Resolution(
                point.isoformat(),
                f"{m['h']} {pub.year}, as 'this year' after it says",
                True,
                point,
                "day",
            )
        if year is not None:
            point = _holiday_in(name, year)
            if point is None:
                return Resolution(
                    f"{year:04d}", f"{m['h']} {year}: the year it falls in", gran="year"
                )
            return absolute(point.isoformat(), point, "day", f"{m['h']} {year}")
        prior = ctx.anchor()
        if (
            that_year
            and prior is not None
            and prior.point is not None
            and (point := _holiday_in(name, prior.point.year)) is not None
        ):
            # "reopened in 2024 and shut again on Christmas Day that year": the year just named
            return Resolution(
                point.isoformat(),
                f"{m['h']} {point.year}, the year of {prior.value} that 'that year' after it"
                " points back to",
                prior.needs_anchor,
                point,
                "day",
            )
        written = ctx.written_year_in_sentence()
        if written is not None and (point := _holiday_in(name, written)) is not None:
            # "Last year, Eid al-Fitr fell on April 10": the year the sentence opened with
            return Resolution(
                point.isoformat(),
                f"{m['h']} {written}, the year the sentence names",
                True,
                point,
                "day",
            )
        this_year = _holiday_in(name, pub.year) if pub is not None else None
        if pub is None or this_year is None:
            return Resolution(
                "XXXX-XX-XX", f"{m['h']}; needs the publication date for the year", True, gran="day"
            )
        before = this_year if this_year <= pub else _holiday_in(name, pub.year - 1)
        after = this_year if this_year >= pub else _holiday_in(name, pub.year + 1)
        measured = _MEASURED_FROM.search(ctx.text, max(0, ctx.start - 48), ctx.start)
        if measured is not None and before is not None and after is not None:
            # "as early as Tuesday, five weeks after Election Day", "more than a year until
            # Election Day": the one the stretch reaches the present from
            nearby = [
                before,
                after,
                _holiday_in(name, before.year - 1),
                _holiday_in(name, after.year + 1),
            ]
            point = min(
                (d for d in nearby if d is not None),
                key=lambda d: abs((_measured_day(measured, d) - pub).days),
            )
            return Resolution(
                point.isoformat(),
                f"{m['h']} {point.year}, the one '{measured.group(0).strip()}' it reaches now from",
                True,
                point,
                "day",
            )
        tense = ctx.tense()
        story = ctx.anchor(300)
        if (
            tense == "past"
            and story is not None
            and story.point is not None
            and story.gran in ("day", "week", "month")
            and story.point.year < pub.year - 1
            # in the story's own paragraph: "... in May 2015 after the Memorial Day floods.
            # / The river rose 26 feet in the early hours of Independence Day" is today's
            and "\n\n" not in ctx.text[ctx.last_end : ctx.start]
            and (told := _holiday_in(name, story.point.year)) is not None
            and told >= story.point
        ):
            # "It was a Tuesday in late October 1997 when the letter arrived. By Christmas the
            # family had left": a story told years back reaches the holiday of its own year
            return Resolution(
                told.isoformat(),
                f"{m['h']} {told.year}, the first one after {story.value}, the date the story"
                " is telling of",
                story.needs_anchor,
                told,
                "day",
            )
        # the tense decides unless it would send the holiday most of a year away while the
        # other one is only weeks off ("appealed for a truce over Easter", a week before it)
        if before is None or after is None:
            point = this_year
        elif ctx.lead(SINCE):
            # "missing since Christmas", told ten days before the next one: a start behind
            point = before
        elif tense == "past":
            point = after if (pub - before).days > 240 and (after - pub).days <= 45 else before
        elif tense == "future":
            point = before if (after - pub).days > 330 and (pub - before).days <= 14 else after
        else:
            point = before if (pub - before).days <= 2 * (after - pub).days else after
        return Resolution(
            point.isoformat(),
            f"{m['h']} {point.year}, by the publication date and tense",
            True,
            point,
            "day",
        )

    nth = re.search(
        rf"\bthe\s+(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
        rf"|last|final|\d{{1,2}}(?:st|nd|rd|th))\s+(?:full\s+)?(?P<unit>day|night|evening"
        rf"|{WEEKDAY_PATTERN})\s+of\s+(?:the\s+)?$",
        text[max(0, m.start() - 40) : m.start()],
        re.I,
    )
    length = _HOLIDAY_LENGTHS.get(name)
    if nth is not None and year is None and around is None and length is not None:
        # "the first night of Hanukkah", "the second Friday of Ramadan": a day inside a
        # festival of several days, counted from its first
        word = nth["n"].lower()
        count = length if word in ("last", "final") else _nth_number(word)
        unit = nth["unit"].lower()
        if count is not None and 1 <= count <= length:

            def resolve_nth(ctx: Context) -> Resolution:
                first = resolve(ctx)
                if first.point is None:
                    return Resolution(
                        "XXXX-XX-XX" + ("TNI" if unit in ("night", "evening") else ""),
                        first.explanation,
                        True,
                        gran="day",
                    )
                point = first.point + timedelta(days=count - 1)
                how = f"{nth.group(0)}{m['h']}: day {count} from {first.point.isoformat()}"
                if unit in ("night", "evening"):
                    if name in _BEGINS_AT_SUNDOWN:
                        point -= timedelta(days=1)  # its days begin the evening before
                        how += ", whose days begin at sundown"
                    part = "NI" if unit == "night" else "EV"
                    return Resolution(f"{point.isoformat()}T{part}", how, True, point, "day")
                if unit != "day":
                    wd = weekday_number(unit)
                    end = first.point + timedelta(days=length - 1)
                    if word in ("last", "final"):
                        point = end - timedelta(days=(end.weekday() - wd) % 7)
                    else:
                        point = first.point + timedelta(
                            days=(wd - first.point.weekday()) % 7 + 7 * (count - 1)
                        )
                    if point > end:
                        return first
                    how = f"{nth.group(0)}{m['h']}: counted from {first.point.isoformat()}"
                return Resolution(point.isoformat(), how, True, point, "day")

            begin = m.start() - len(nth.group(0))
            if unit in ("night", "evening"):
                return Candidate(begin, m.end(), "TIME", resolve_nth)
            return Candidate(begin, m.end(), "DATE", resolve_nth)
    if name in ("ramadan", "lent"):
        if not re.search(
            r"(?:\b(?:of|during|in|for|before|after|since|until|through|the|holy|this|last|next)\s+"
            r"|^|[.!?]\s+)$",
            text[max(0, m.start() - 12) : m.start()],
        ):
            return None  # "Tariq Ramadan": a surname; "Lent" the verb

        def resolve_month(ctx: Context) -> Resolution:
            day = resolve(ctx)
            if day.point is None:
                return Resolution("XXXX-XX", day.explanation, True, gran="month")
            return Resolution(
                day.point.isoformat()[:7],
                f"{m['h']}: the month the season of {day.point.year} begins in",
                day.needs_anchor,
                day.point.replace(day=1),
                "month",
            )

        return Candidate(start, m.end(), "DATE", resolve_month)
    if name == "holy week":

        def resolve_week(ctx: Context) -> Resolution:
            day = resolve(ctx)
            if day.point is None:
                return Resolution("XXXX-WXX", day.explanation, True, gran="week")
            return Resolution(
                fmt(day.point, "week"),
                f"{m['h']}: the week before Easter {day.point.year}",
                day.needs_anchor,
                day.point,
                "week",
            )

        return Candidate(start, m.end(), "DATE", resolve_week)
    if around is not None and year is None:
        # "the day after Christmas", "the Sunday after Thanksgiving": a day off the holiday,
        # one expression
        side = around.group(2).lower()
        named_day = around.group(1).lower()

        def resolve_next_to(ctx: Context) -> Resolution:
            day = resolve(ctx)
            if day.point is None:
                return day
            if named_day == "eve":
                point = day.point - timedelta(days=1)  # "the eve of Diwali"
            elif named_day == "day":
                point = day.point + timedelta(days=1 if side == "after" else -1)
            else:
                wd = weekday_number(named_day)
                step = (wd - day.point.weekday()) % 7 or 7
                point = day.point + timedelta(days=step if side == "after" else step - 7)
            how = "the eve of" if named_day == "eve" else f"the {named_day} {side}"
            return Resolution(point.isoformat(), f"{how} {day.explanation}", True, point, "day")

        return Candidate(m.start() - len(around.group(0)), m.end(), "DATE", resolve_next_to)
    every = re.search(r"\bevery\s+$", text[max(0, m.start() - 8) : m.start()], re.IGNORECASE)
    if every is not None and year is None and name in _FIXED_HOLIDAYS:
        # "every Christmas Eve", "every Boxing Day": the day of each year
        month_day = _FIXED_HOLIDAYS[name]
        start = m.start() - len(every.group(0))
        value = f"XXXX-{month_day[0]:02d}-{month_day[1]:02d}"
        return Candidate(start, m.end(), "SET", _const(value, f"{m['h']} of every year"))
    weekend = re.match(r"\s+weekend\b", text[m.end() : m.end() + 10], re.IGNORECASE)
    if weekend is not None and year is None:
        # "the Thanksgiving weekend", "over the Easter weekend": the weekend the day falls
        # in or next to
        end = m.end() + weekend.end()

        def resolve_weekend(ctx: Context) -> Resolution:
            day = resolve(ctx)
            if day.point is None:
                return Resolution("XXXX-WXX-WE", day.explanation, True, gran="weekend")
            wd = day.point.weekday()
            saturday = day.point + timedelta(days=(5 - wd) if wd < 5 else -(wd - 5))
            if wd == 0:
                saturday = day.point - timedelta(days=2)  # a Monday holiday ends its weekend
            return Resolution(
                fmt(saturday, "weekend"),
                f"the weekend of {day.explanation}",
                True,
                saturday,
                "weekend",
            )

        return Candidate(start, end, "DATE", resolve_weekend)
    week = re.match(
        r"\s+week\b(?![-'’]|\s+(?:of|after|before|later|earlier|ago)\b)",
        text[m.end() : m.end() + 24],
        re.IGNORECASE,
    )
    if week is not None and year is None and name != "easter":
        # "the networks' Christmas week ratings", "a busy Thanksgiving week": the week the day
        # falls in ("Easter week" is left alone: the week after Easter to some, Holy Week to
        # others; "a week after Christmas" counts from the day)
        end = m.end() + week.end()

        def resolve_its_week(ctx: Context) -> Resolution:
            day = resolve(ctx)
            if day.point is None:
                return Resolution("XXXX-WXX", day.explanation, True, gran="week")
            return Resolution(
                fmt(day.point, "week"), f"the week of {day.explanation}", True, day.point, "week"
            )

        return Candidate(start, end, "DATE", resolve_its_week)

    return Candidate(start, m.end(), "DATE", resolve)


def _easter(year: int) -> date:
    # the Gregorian computus (anonymous algorithm)
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lx = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * lx) // 451
    month = (h + lx - 7 * mm + 114) // 31
    day = (h + lx - 7 * mm + 114) % 31 + 1
    return date(year, month, day)


# --- putting it together --------------------------------------------------------------------

_MODIFIER = re.compile(
    r"(?:(?P<early>early|earlier|the\s+(?:beginning|start)\s+of(?:\s+the)?|the\s+first\s+part\s+of"
    # "in the early hours of Sunday" is the start of Sunday, as "early Sunday" is
    r"|the\s+(?:early|small|wee)\s+hours\s+of)"
    r"|(?P<mid>mid|middle|the\s+middle\s+of(?:\s+the)?)"
    r"|(?P<late>late|later|the\s+end\s+of(?:\s+the)?|the\s+close\s+of|the\s+latter\s+part\s+of|the\s+turn\s+of(?:\s+the)?"
    # "the rest of the week": what is left of it, its late part, as the sets mark it whole
    r"|the\s+(?:rest|remainder)\s+of))"
    r"(?:\s*-\s*|\s+)(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)


def _with_modifier(c: Candidate, text: str) -> Candidate:
    """Take in 'early', 'mid-', 'the end of' before a date: same value, a narrower range."""
    if c.type not in ("DATE", "TIME"):
        return c
    before = text[max(0, c.start - 28) : c.start]
    m = _MODIFIER.search(before)
    if m is None:
        return c
    if m.start() > 0 and (before[m.start() - 1].isalnum()):
        return c
    if m["early"]:
        mod: Mod = "START"
    elif m["mid"]:
        mod = "MID"
    else:
        mod = "END"
    word = m.group(0).lower().strip()
    if (
        word.startswith(("earlier", "later"))
        and not (
            re.match(r"(?:this|last|next|that|in)\b", text[c.start : c.start + 5], re.IGNORECASE)
            # "Later yesterday", "Earlier Sunday", as TimeBank marks them ("later on Sunday"
            # keeps them apart)
            or (
                re.match(
                    rf"(?:today|tonight|yesterday|tomorrow|{WEEKDAY_PATTERN})\b",
                    text[c.start : c.start + 10],
                    re.IGNORECASE,
                )
                and re.fullmatch(r"(?:earlier|later)", word, re.IGNORECASE)
            )
        )
    ):
        return c
    start = c.start - (len(before) - m.start())
    if re.match(r"(?:early|late|mid)\b", word) and re.search(
        r"\bthe\s+$", text[max(0, start - 5) : start], re.I
    ):
        # "the late 1930s", "the early hours": the article belongs to the expression
        start -= len(re.search(r"the\s+$", text[max(0, start - 5) : start], re.I).group(0))  # type: ignore[union-attr]
    return Candidate(start, c.end, c.type, c.resolve, mod, c.follows_day)


_MONTH_WORDS = (
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)
_WEEKDAY_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
    " mondays tuesdays wednesdays thursdays fridays saturdays sundays"
)
_UNIT_WORDS = (
    "second seconds minute minutes hour hours day days week weeks fortnight fortnights month months"
    " quarter quarters year years decade decades century centuries yr yrs hr hrs min mins"
)
_DIGITS = "#"
# The words one of which every match of a rule holds (digits count as "#"). A rule only runs
# in the neighbourhood of its words, which spares scanning the long stretches of text that
# mention no time at all.
_TRIGGERS: dict[str, str] = {
    "_date_reader": _MONTH_WORDS,
    "_month_year": _MONTH_WORDS,
    "_spoken_date": _MONTH_WORDS,
    "_month_relative_year": _MONTH_WORDS,
    "_iso_date": _DIGITS,
    "_slash_date": _DIGITS,
    "_dotted_date": _DIGITS,
    "_day_of_month": _DIGITS,
    "_month_alone": _MONTH_WORDS,
    "_day_range_end": _MONTH_WORDS,
    "_dated_range_start": _MONTH_WORDS,
    "_dated_range_end": _MONTH_WORDS,
    "_day_range_start": _MONTH_WORDS,
    "_year": _DIGITS,
    "_fiscal_short": "fy",
    "_fiscal_span": "fy",
    "_race_time": _DIGITS,
    "_day_instant": "instant inst",
    "_week_then_weekday": "week",
    "_till_date": "date",
    "_year_range_start": _DIGITS,
    "_year_range_end": _DIGITS,
    "_spoken_year": "sixteen seventeen eighteen nineteen twenty thousand",
    "_decade": _DIGITS + " " + " ".join(_DECADE_WORDS),
    "_century": "century",
    "_decade_of_century": "decade",
    "_century_turn": "turn",
    "_the_century": "century",
    "_millennium": "millennium",
    "_y2k": "y",
    "_season": "spring summer fall autumn winter",
    "_mid_unit": "mid midweek midmonth midyear",
    "_quarter": "quarter half period",
    "_q_short": "q h",
    "_month_span_quarter": "january february march april may june july august september october"
    " november december jan feb mar apr jun jul aug sep sept oct nov dec",
    "_quarter_by_last_month": "quarter",
    "_year_ago_adjective": "year",
    "_weekday": _WEEKDAY_WORDS,
    "_week_ago_weekday": _WEEKDAY_WORDS,
    "_part_of_day": "morning afternoon midafternoon evening night",
    "_part_then_day": "morning afternoon midafternoon midmorning evening night",
    "_within_the_unit": "earlier later time",
    "_the_whole_day": "throughout during rest much most",
    "_by_morning": "morning",
    "_early_hours": "hours",
    "_twilight": "dawn daybreak sunrise light dusk sunset sundown nightfall",
    "_the_same_part_of_day": "same",
    "_trading_session_part": "morning afternoon",
    "_part_of_a_date": "morning afternoon evening night",
    "_chained_part_of_day": "morning afternoon evening night",
    "_clock_reader": _DIGITS + " noon midnight midday",
    "_spoken_hour": " ".join(_SPOKEN_HOURS),
    "_clock_range_start": _DIGITS,
    "_the_day": "day",
    "_election_night": "election",
    "_short_weekday": "mon tue tues wed thu thur thurs fri sat sun",
    "_year_bc": "#",
    "_first_hour_of": "hour",
    "_d_day": "day",
    "_on_this_date": "date",
    "_relative_word": "today yesterday tomorrow tonight overnight now currently nowadays days presently"
    " present moment time recently lately past future soon shortly other late ago those old hour"
    " someday tmrw tmw tonite nite point",
    "_time_adjective": "current",
    "_term": "term",
    "_ahead": "days weeks months years",
    "_year_end": "year end",
    "_one_day": "day someday",
    "_unit_relative": "day week weekend month year decade quarter",
    "_deep_time": "years",
    "_weekend_span": "weekend weekends",
    "_duration": _UNIT_WORDS,
    "_either_count": _UNIT_WORDS,
    "_compound_span": "year years yr yrs month months week weeks day days hour hours hr hrs"
    " minute minutes min mins second seconds sec secs",
    "_unit_long": "yearlong monthlong weeklong daylong nightlong year month week day night single another"
    " fortnight long",
    "_counted_nights": "nights",
    "_parts_of_days": "mornings afternoons evenings nights",
    "_bare_units": _UNIT_WORDS,
    "_bare_units_told": "hours days weeks months years decades",
    "_units_of": "days weeks months years decades",
    "_uncounted_offset": "minutes hours days weeks months years decades",
    "_every": "every each per",
    "_plural_week_part": "weekdays weekends weeknights",
    "_same_month_a_year_back": "same",
    "_day_of_each_month": "month",
    "_hour_with_part_of_day": "morning afternoon evening night tonight",
    "_sports_season": "season",
    "_seasons_ago": "seasons",
    "_counted_seasons": "seasons",
    "_year_season": "season",
    "_adverb_set": "daily nightly weekly biweekly fortnightly monthly quarterly yearly annually hourly"
    " semiannually semi bi bimonthly biannually",
    "_nth_day": "day night",
    "_day_number": "day",
    "_eve_of": "eve",
    "_to_the_day": "day",
    "_nth_run": "week month quarter",
    "_night_of_two_days": "night",
    "_fiscal_noun": "fiscal",
    "_vague_span": "while time",
    "_spoken_clock": "clock half quarter past",
    "_era_year": "a ad d ce c",
    "_new_decade": "decade",
    "_all_day": "all",
    "_millennium_turn": "millennium",
    "_month_of_that_year": "january february march april may june july august september"
    " october november december",
    "_full_year_adjective": "full whole year",
    "_year_to_date": "year date",
    "_week_ended": "week",
    "_season_of_its_weather": "spring summer autumn fall winter",
    "_year_before_season": "spring summer autumn fall winter",
    "_numbered_week": "week weeks",
    "_numbered_week_range_end": "weeks",
    "_the_years_after": "years decades months",
    "_over_the_years": "years decades",
    "_september_eleventh": "sept sep september",
    "_day_of_year": "day",
    "_juche_year": "juche",
    "_school_year": "school academic",
    "_hour_in_the_part": _DIGITS,
    "_weekday_of_month": _WEEKDAY_WORDS,
    "_uncounted_span": "minutes hours days weeks months years decades",
    "_month_short_year": "january february march april may june july august september october"
    " november december jan feb mar apr jun jul aug sep sept oct nov dec",
    "_generation_ago": "generation",
    "_ordinal_millennium": "millennium",
    "_week_of_month": "week weekend",
    "_the_new_year": "year",
    "_ago_today": "ago",
    "_this_day_in": "day",
    "_first_day_of_year": "day",
    "_overnight_into": "overnight",
    "_overnight_on": "overnight",
    "_holiday": "year christmas boxing rosh yom sukkot succot sukkoth hanukkah chanukah chanukkah hanukah passover pesach maundy holy songkran nowruz navruz nauryz norooz valentine halloween independence veterans armistice"
    " juneteenth canada remembrance patrick andrew david george patricks andrews davids georges"
    " anzac australia bastille fawkes bonfire black cyber bank bakrid bakraid bakri"
    " thanksgiving easter festival good palm ash mother father memorial labor labour election"
    " orthodox eid diwali deepavali ramadan lantern saints souls king presidents columbus lincoln fourth"
    " national victory ve defender lent holi republic obon shrove mardi pancake ascension"
    " pentecost whit whitsunday whitsun tax day tet e may cinco super",
}
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_REACH_BEFORE = 90
_REACH_AFTER = 70


def _index_rules() -> dict[str, list[int]]:
    by_word: dict[str, list[int]] = {}
    for i, (_, reader) in enumerate(_RULES):
        for word in _TRIGGERS[reader.__name__].split():
            by_word.setdefault(word, []).append(i)
    return by_word


def discover(text: str) -> list[Candidate]:
    """Every time expression in ``text``, longest first where they overlap, in text order."""
    by_word = _BY_WORD
    windows: list[list[tuple[int, int]]] = [[] for _ in _RULES]
    size = len(text)
    for tok in _TOKEN.finditer(text):
        word = tok.group(0)
        key = _DIGITS if word[0].isdigit() else word.lower()
        rules = by_word.get(key)
        if rules is None:
            continue
        lo = max(0, tok.start() - _REACH_BEFORE)
        hi = min(size, tok.end() + _REACH_AFTER)
        # a window ends at a word's end: a rule whose last word the window cut ("the following
        # week|s") would take the cut word for a whole one
        while hi < size and (text[hi].isalnum() or text[hi] == "_"):
            hi += 1
        for i in rules:
            spans = windows[i]
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
    found: list[Candidate] = []
    for (pattern, reader), spans in zip(_RULES, windows, strict=True):
        last_end = -1
        for lo, hi in spans:
            for m in pattern.finditer(text, lo, hi):
                if m.start() < last_end:
                    continue
                last_end = m.end()
                try:
                    c = reader(m, text)
                except (ValueError, OverflowError):
                    # a day no calendar holds, built from the text's numbers (a year past
                    # 9999, a 31st of a 30-day month): no expression, not a failed article
                    continue
                if c is not None and c.end > c.start:
                    found.append(c)
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[Candidate] = []
    starts: list[int] = []  # of the taken spans, sorted; taken spans never overlap
    ends: list[int] = []
    for c in found:
        i = bisect.bisect_left(starts, c.end)
        if i > 0 and ends[i - 1] > c.start:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    result: list[Candidate] = []
    for c in taken:
        c = _with_modifier(c, text)
        if result and c.start < result[-1].end:
            c = Candidate(result[-1].end, c.end, c.type, c.resolve, c.mod, c.follows_day)
            while c.start < c.end and text[c.start].isspace():
                c.start += 1
        result.append(c)
    return result


_BY_WORD = _index_rules()
