"""How dates, ranges and figures read in the window: one place, so every panel says it alike."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from desktop.analysis.as_of import as_of_words
from desktop.domain import DateRange, Figure
from desktop.domain.records import ArticleRecord
from desktop.extract.durations import HOURS_IN
from desktop.extract.sentences import split_sentences
from desktop.services.dates import DateInputError, parse_user_date
from desktop.ui.timeline.data import describe_range

QUALIFIER_WORDS = {
    "exact": "",
    "approximate": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "at_most": "at most ",
    "less_than": "less than ",
}

ORIGIN_WORDS = {
    "metadata": "from the page metadata",
    "text": "from the text",
    "user": "typed by you",
}


def number(x: float | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


#: a unit as the window writes it after the number, where the stored name is no word an
#: analyst reads: "43.9C" is stored "C" ("43.9 C" read as a grade), a share told in words
#: ("a fifth", "two thirds") is stored as a fraction of one ("0.2 fraction") and is shown
#: as the per cent it is, so it reads beside the shares told in per cent
_UNIT_SHOWN = {"C": "°C", "F": "°F"}
_UNITS_AFTER_NO_SPACE = ("%", "°C", "°F", "")


def rate_words(fig: Figure) -> str:
    """ "per year" for a figure told per a stretch of time ("treats 620,000 patients a
    year"), as the conflicts' group labels say it; "" for a count, a sum or a level."""
    return f"per {fig.rate}" if fig.rate else ""


#: a source named by a common noun after its determiner ("The agency", "Its owner"), as the
#: reader took it from the start of a sentence; a name keeps its capital ("The Week")
#: a line break and the blanks around it, in a fact's text (a live entry's stamp stands on a
#: line of its own above the entry's first sentence: "10 August 2026, 12:05\nHospitals ...")
_LINE_BREAK = re.compile(r"\s*[\n\r\u2028\u2029]+\s*")


def fact_line(text: str) -> str:
    """A fact's text fit for one line (a table cell, a timeline label): each line break is shown
    as a dash, which the cell would otherwise cut at ("10 August 2026, 12:05..." with the
    entry's sentence hidden) or the painter would glue to the next line's first word
    ("12:05Hospitals")."""
    if "\n" not in text and "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        return text
    return _LINE_BREAK.sub(" — ", text.strip())


_COMMON_SOURCE_RE = re.compile(r"(?:The|A|An|Its|His|Her|Their|Our|This|That)(?=\s+[a-z])")


def attribution(name: str) -> str:
    """A figure's source as it reads after "according to": "according to the agency",
    "according to its owner" (the reader keeps the capital its sentence opened with), but
    "according to The Week", "according to Her Majesty's Treasury" (names)."""
    return _COMMON_SOURCE_RE.sub(lambda m: m.group(0).lower(), name, count=1) if name else name


def told_before_its_length(fig: Figure) -> bool:
    """Whether a figure reads with what it measures first: a length with the verb of what
    lasted ("burned for", "lasted", "closed for") reads "burned for 19 hours" as the news
    wrote it; "19 hours burned for" read as nothing an analyst would say."""
    return bool(fig.measure) and (fig.unit or "") in HOURS_IN


def figure_reading(fig: Figure) -> str:
    """The figure with what it counts, as one phrase: "about 42,000 vehicles per day",
    "at least 38 people killed", and a length after what lasted: "fire burned for 19 hours"."""
    value = figure_value(fig, rate=False)
    words = (
        (fig.counted, fig.measure, value)
        if told_before_its_length(fig)
        else (value, fig.counted, fig.measure)
    )
    return " ".join(x for x in (*words, rate_words(fig)) if x)


def figure_value(fig: Figure, *, rate: bool = True) -> str:
    """ "more than 300", "about 30%", "10,000–12,000", "19 hours", "about 42,000 per day":
    the range as the analyst reads it, with its unit and, for a rate, the stretch it is
    told per (``rate=False`` leaves that to a caller that puts it after what is counted:
    "about 42,000 vehicles per day")."""
    low, high = fig.low, fig.high
    unit = fig.unit or ""
    if unit == "fraction":
        low = None if low is None else low * 100
        high = None if high is None else high * 100
        unit = "%"
    unit = _UNIT_SHOWN.get(unit, unit)
    if fig.qualifier == "range" or (low is not None and high is not None and low != high):
        qualifier, text = "", f"{number(low)}–{number(high)}"
    else:
        qualifier = QUALIFIER_WORDS.get(fig.qualifier, "")
        text = number(low if low is not None else high)
    if unit == "magnitude":
        # "about magnitude 6.4", as a quake's strength is written ("6.4 magnitude" read as
        # a count of something called magnitude)
        text, unit = f"magnitude {text}", ""
    text = qualifier + text
    if unit:
        text += unit if unit in _UNITS_AFTER_NO_SPACE else f" {unit}"
    per = rate_words(fig) if rate else ""
    return f"{text} {per}" if per else text


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence that holds ``[start, end)``, or the span itself when none does."""
    for s, e in split_sentences(text):
        if s <= start and end <= e:
            return s, e
    return start, end


#: How dates read across the window: "text" ("13 Jan 2025", "Jan 2025") or "iso"
#: ("2025-01-13", "2025-01"), the analyst's preference (Preferences > Dates).
DATE_STYLES: tuple[str, ...] = ("text", "iso")
_date_style = "text"


def set_date_style(style: str) -> None:
    global _date_style
    _date_style = style if style in DATE_STYLES else "text"


def date_style() -> str:
    return _date_style


def shown_day(d: date) -> str:
    """One day in the analyst's chosen style: "13 Jan 2025" or "2025-01-13"."""
    return d.isoformat() if _date_style == "iso" else f"{d.day} {d:%b %Y}"


def shown_as_of(
    day: date, precision: str | None, *, weekday: bool = False, short: bool = False
) -> str:
    """A figure's as-of as finely as the text told it, in the analyst's date style: "1962"
    (not "31 Dec 1962", the day it is stored as), "March 2024" (2024-03), "Q3 2032", "the
    1990s", a week as its days ("6–12 Jan 2025", 2025-W02); a day as shown_day, or with its
    weekday ("Thu 9 Jan 2025") where a card names days so. A precision of None (a figure
    stored before it was kept) reads as a day. ``short`` where a line has no room to spare
    (a conflict pair's sides): a month "Mar 2024", a week by its last day as a day is, never
    wider than a day."""
    return as_of_words(day, precision, iso=_date_style == "iso", short=short, weekday=weekday)


def _iso_range_text(dr: DateRange) -> str:
    first, last = dr.earliest, dr.latest
    if first is None and last is not None:
        return f"until {last.isoformat()}"
    if last is None and first is not None:
        if dr.precision in ("year", "decade", "century"):
            return f"since {first.year}"
        if dr.precision in ("month", "quarter", "season", "half"):
            return f"since {first:%Y-%m}"
        return f"since {first.isoformat()}"
    if first is None or last is None:
        return "undated"
    if first == last:
        return first.isoformat()
    if first.day == 1 and last.toordinal() + 1 == _next_month(last):
        if first.year == last.year and first.month == last.month:
            return f"{first:%Y-%m}"
        if first.month == 1 and last.month == 12:
            return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
        return f"{first:%Y-%m}–{last:%Y-%m}"
    return f"{first.isoformat()}–{last.isoformat()}"


def day(d: date | None) -> str:
    return d.isoformat() if d else ""


def long_day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b %Y}"


def date_range_text(dr: DateRange) -> str:
    """The date as an analyst reads it: "12 Jan 2025", "10–12 Jan 2025", "Jan 2025", "2024",
    "until 13 Jan 2025" for a span whose start the text leaves open, "since 2014" for one whose
    end it leaves open. In the ISO style: "2025-01-12", "2025-01-10–2025-01-12", "2025-01"."""
    if _date_style == "iso":
        return _iso_range_text(dr)
    if dr.earliest is not None and dr.latest is not None:
        return describe_range(dr.earliest, dr.latest)
    if dr.latest is not None:
        return f"until {dr.latest.day} {dr.latest:%b %Y}"
    if dr.earliest is not None:
        # "since 2014", "since Mar 2022", "since 12 Jan 2025": as precisely as it is known
        first = dr.earliest
        if dr.precision in ("year", "decade", "century"):
            return f"since {first.year}"
        if dr.precision in ("month", "quarter", "season", "half"):
            return f"since {first:%b %Y}"
        return f"since {first.day} {first:%b %Y}"
    return "undated"


def date_range_forms(dr: DateRange) -> tuple[str, ...]:
    """The date as :func:`date_range_text` says it, then shorter forms for a column too narrow
    for it, longest first: "10 Feb – 3 Mar 2024", "10 Feb–3 Mar 2024", "Feb–Mar 2024";
    "28 Dec 2023 – 3 Jan 2024", "28 Dec 2023–3 Jan 2024", "Dec 2023–Jan 2024",
    "Dec '23–Jan '24", "2023–2024"; "since 12 Jan 2025", "since Jan 2025", "since 2025".
    Each later form leaves out only
    what the earlier says more finely, so a cut date still reads right (never "Feb 2024 –
    …"); the whole date is in the cell's tooltip."""
    full = date_range_text(dr)
    first, last = dr.earliest, dr.latest
    forms = [full]
    iso = _date_style == "iso"
    if first is not None and last is not None and first != last:
        if " – " in full:
            forms.append(full.replace(" – ", "–"))
        same_year = first.year == last.year
        if (first.year, first.month) != (last.year, last.month):
            if iso:
                forms.append(f"{first:%Y-%m}–{last:%Y-%m}")
            elif same_year:
                forms.append(f"{first:%b}–{last:%b %Y}")
            else:
                forms.append(f"{first:%b %Y}–{last:%b %Y}")
                # a week over the new year still reads by its months, the years cut short
                forms.append(f"{first:%b '%y}–{last:%b '%y}")
        else:
            forms.append(f"{first:%Y-%m}" if iso else f"{first:%b %Y}")
        if not same_year:
            forms.append(f"{first.year}–{last.year}")
    elif (first is None) != (last is None):
        known = first or last
        assert known is not None
        word = "since" if first is not None else "until"
        forms.append(f"{word} {known:%Y-%m}" if iso else f"{word} {known:%b %Y}")
        forms.append(f"{word} {known.year}")
    shown: list[str] = []
    for form in forms:
        # Only shorter forms, each once: a month already said whole ("Jan 2025") is its
        # own shortest.
        if not shown or (len(form) < len(shown[-1]) and form not in shown):
            shown.append(form)
    return tuple(shown)


def date_dialog_text(dr: DateRange) -> str:
    """The date the Edit date dialog opens with: in the form the table shows it ("13–19 Jan
    2025") when that reads back as the same days, else as :func:`date_edit_text` types it."""
    if dr.earliest is not None and dr.latest is not None:
        shown = date_range_text(dr)
        again = parse_date_range(shown)
        if again is not None and (again.earliest, again.latest) == (dr.earliest, dr.latest):
            return shown
    return date_edit_text(dr)


def date_edit_text(dr: DateRange) -> str:
    """The date as the analyst types it back (what :func:`parse_date_range` reads)."""
    first, last = dr.earliest, dr.latest
    if first is None or last is None:
        return dr.value
    if first == last:
        return first.isoformat()
    if dr.precision in ("month", "year") and parse_date_range(dr.value) == dr:
        return dr.value
    return f"{first.isoformat()}..{last.isoformat()}"


_UNIT_WORDS = {"D": "day", "W": "week", "M": "month", "Y": "year", "H": "hour"}
_DURATION = re.compile(r"^P(?:T)?(\d+|X)([DWMYH])$")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def precision_text(dr: DateRange) -> str:
    """How precisely the date is known, in words: "day", "week", "month" when the range is
    exactly one of those; "3 days" for a span that is not a whole unit; "months" for an
    open duration ("for months")."""
    if dr.earliest is None or dr.latest is None:
        m = _DURATION.match(dr.value or "")
        if m:
            word = _UNIT_WORDS[m.group(2)]
            return f"{word}s" if m.group(1) == "X" else _plural(int(m.group(1)), word)
        return dr.precision or ""
    days = dr.latest.toordinal() - dr.earliest.toordinal() + 1
    if days == 1:
        return "day"
    whole = {
        "week": days == 7,
        "month": dr.earliest.day == 1 and (dr.latest.toordinal() + 1 == _next_month(dr.latest)),
        "quarter": 89 <= days <= 92 and dr.earliest.day == 1,
        "season": 89 <= days <= 93,
        "year": dr.earliest.timetuple().tm_yday == 1 and days in (365, 366),
        "decade": days in (3652, 3653),
        "century": 36500 <= days <= 36525,
    }
    if dr.precision is not None and whole.get(dr.precision):
        return str(dr.precision)
    return _plural(days, "day")


def _next_month(d: date) -> int:
    """Ordinal of the first day of the month after ``d``."""
    return date(d.year + d.month // 12, d.month % 12 + 1, 1).toordinal()


def published_origin_text(published: date, origin: str | None, evidence: str | None = None) -> str:
    """Where a publication date came from, truthfully: ``origin`` is the article's
    published_origin, ``evidence`` its field_origins["published"] (what was read, or who set it).

    A 'user' date is one given by a person rather than read from the article: the analyst, or
    the demo's list of sample articles, which marks its dates ``demo:<date>``
    (services/demo.py). Storage rewrites the evidence whenever the date is changed, so a
    demo mark is only ever seen on the date the demo set.
    """
    evidence = evidence or ""
    if origin == "user":
        return "set by the demo project" if evidence.startswith("demo:") else "typed by you"
    words = ORIGIN_WORDS.get(origin or "", "")
    if evidence and evidence not in ("user", origin):
        words = f"{words}: {evidence}" if words else evidence
    return words


#: Unicode's first-strong isolate and its closing mark (see bidi_isolated)
FSI, PDI = "\u2068", "\u2069"


def bidi_isolated(name: str) -> str:
    """``name`` set apart for the bidirectional algorithm when it holds right-to-left letters
    (an Arabic or Hebrew outlet), so that a line made around it keeps its own order: 'صحيفة
    الميناء · 9 Mar 2026 · 2 facts' took the name's direction, and read '9 · صحيفة الميناء
    Mar 2026'; a sentence card's small print was set right to left, its parts reversed. Any
    other name is returned as it is."""
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in name):
        return f"{FSI}{name}{PDI}"
    return name


def shown_title(article: ArticleRecord) -> str:
    """The article's title, or for a file that gave none its name, not its whole path: in a
    narrow list forty untitled articles all read "/home/analyst/articles/…"."""
    if article.title:
        return article.title
    name = re.split(r"[\\/]", article.path.rstrip("/\\"))[-1]
    return name or article.path


def citation(article: ArticleRecord) -> str:
    """One line to paste into a report: title, outlet, author, date and address, as far as
    the article says them ("no date" rather than a silent gap where the date should be)."""
    parts = [f"“{shown_title(article)}”"]
    if article.source:
        parts.append(article.source)
    if article.author:
        parts.append(f"by {article.author}")
    parts.append(
        f"{article.published.day} {article.published:%B %Y}" if article.published else "no date"
    )
    if article.url:
        parts.append(article.url)
    return ", ".join(parts)


def published_text(article: ArticleRecord) -> str:
    if article.published is None:
        return "no publication date"
    origin = published_origin_text(article.published, article.published_origin)
    return f"{long_day(article.published)}" + (f" ({origin})" if origin else "")


def parse_date_range(text: str, *, relative_to: date | None = None) -> DateRange | None:
    """What the analyst types for a date: 2025-01-12, 2024-12, 2024, 13 Jan 2025, a..b; words
    such as "last Tuesday" or "yesterday" counted from ``relative_to`` (a fact's article's
    publication date), else from today. A day or month named without its year ("12 May")
    is the one nearest ``relative_to``, before or after it."""
    try:
        found = parse_user_date(text, today=relative_to)
    except DateInputError:
        spanned = _dashed_span(text, relative_to)
        if spanned is None:
            return None
        found = spanned
    if relative_to is None or _YEAR_TYPED.search(text) or _COUNTED_WORDS.search(text):
        return found
    return _nearest_year(found, relative_to)


def date_problem(text: str) -> str | None:
    """Why ``text`` is no date, when more can be said than that it is none: a span that ends
    before it starts, a day its month has not ("'2025-02-30' is not a calendar date: day is
    out of range for month"); None for words that are no date at all."""
    try:
        parse_user_date(text.strip())
    except DateInputError as exc:
        said = str(exc)
        if said and "not a date Factlane understands" not in said and said != "no date given":
            return said
    return None


#: a span as the window shows it: "10 Feb – 3 Mar 2025", "Jan–Mar 2025", "2025-01-13–2025-01-19"
_SPAN_DASH = re.compile(r"\s*[–—]\s*")


def _dashed_span(text: str, relative_to: date | None) -> DateRange | None:
    """A span typed (or prefilled) as the window shows it, its two ends joined by a dash; the
    first end borrows the year (and a bare day the month) of the last: "10 Feb – 3 Mar 2025"
    is 10 Feb 2025 to 3 Mar 2025."""
    parts = _SPAN_DASH.split(text.strip())
    if len(parts) != 2 or not all(parts):
        return None
    left_text, right_text = parts
    right = parse_date_range(right_text, relative_to=relative_to)
    if right is None or right.earliest is None or right.latest is None:
        return None
    left = None
    if _YEAR_TYPED.search(left_text):
        left = parse_date_range(left_text, relative_to=relative_to)
    elif left_text.isdigit():
        left = parse_date_range(f"{left_text} {right.earliest:%b %Y}")
    elif not _COUNTED_WORDS.search(left_text):
        left = parse_date_range(f"{left_text} {right.earliest.year}")
    if left is None or left.earliest is None or left.latest is None:
        return None
    try:
        return parse_user_date(f"{_iso_end(left)}..{_iso_end(right)}", today=relative_to)
    except DateInputError:
        return None


def _iso_end(dr: DateRange) -> str:
    """One end of a span in the ISO form of its precision (2025-01-13, 2025-01, 2025)."""
    first = dr.earliest
    assert first is not None
    if dr.precision == "year" and first.month == 1 and first.day == 1:
        return str(first.year)
    if dr.precision == "month" and first.day == 1:
        return f"{first:%Y-%m}"
    if dr.earliest == dr.latest:
        return first.isoformat()
    raise DateInputError("not one end of a span")


#: a year typed out, or words that count from the day ("last June", "next Friday"): the
#: date read is the one they name
_YEAR_TYPED = re.compile(r"\d{4}|'\d{2}\b")
_COUNTED_WORDS = re.compile(
    r"\b(?:last|next|this|ago|previous|coming|yesterday|tomorrow|today)\b", re.I
)


def _nearest_year(found: DateRange, anchor: date) -> DateRange:
    """``found`` (read as at or before ``anchor``: dates without a year are taken from the
    past) moved a year on when that is nearer ``anchor``: for an article of 11 May 2025,
    "12 May" is the next day, not a year before it."""
    first, last = found.earliest, found.latest
    if first is None or last is None or found.precision not in ("day", "month"):
        return found
    if first.year != last.year:
        return found
    try:
        later = (first.replace(year=first.year + 1), last.replace(year=last.year + 1))
    except ValueError:  # 29 February
        return found
    if abs((later[0] - anchor).days) >= abs((anchor - last).days):
        return found
    value = later[0].isoformat() if found.precision == "day" else f"{later[0]:%Y-%m}"
    return DateRange(value, later[0], later[1], found.precision)


def parse_day(text: str) -> date | None:
    """A single day as the analyst types it (2025-01-13, 13 Jan 2025), else None."""
    found = parse_date_range(text)
    if found is None or found.precision != "day" or found.earliest != found.latest:
        return None
    return found.earliest


def facts_count_text(facts: int, rejected_shown: int = 0, *, of: int | None = None) -> str:
    """How many facts there are, in one wording for the status bar and the facts table.

    ``facts`` leaves rejected facts out (as the project's counts do); when the table shows
    rejected ones they are named apart ("23 facts, 4 rejected shown"), so that the two counts
    agree with each other and with the rows. ``of`` is the whole when a search narrows them."""
    noun = "fact" if (facts if of is None else of) == 1 else "facts"
    text = f"{facts:,} of {of:,} {noun}" if of is not None else f"{facts:,} {noun}"
    if rejected_shown:
        text += f", {rejected_shown:,} rejected shown"
    return text
