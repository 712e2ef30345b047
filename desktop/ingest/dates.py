"""Publication dates, outlets and authors in the lines around a headline.

Three shapes carry them in news text:

* a metadata line of its own: "Published: January 13, 2025", "Friday, July 25, 2025",
  "*Eastbank Review · 14 January 2025*", "By Jane Doe | Reuters | Jan. 14, 2025 10:32 GMT";
* a byline: "By Jane Doe, Reuters", "By Jane Doe and John Roe";
* a wire dateline opening the first paragraph: "SEOUL, Jan. 13 (Reuters) — ...".

A date is only a candidate when it names a full calendar day. A dateline with month and day but
no year ("SEOUL, Jan. 13 —") cannot say which year on its own, so it yields no candidate unless
another line of the same document supplies the year; that is said in a warning instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
#: An English month's name or its short form, for patterns built elsewhere.
MONTH_NAME = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
_WEEKDAY = r"(?:(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ZONE = r"(?:(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d\d)?\b|[A-Z]{2,5}\b|\([A-Z]{2,5}\)|[+-]\d\d:?\d\d)"
_CLOCK = re.compile(
    rf"\b\d{{1,2}}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s*{_ZONE})?|\b\d{{1,2}}\s*[ap]\.?m\.?(?:\s*{_ZONE})?|"
    # French pages write the hour with an "h": "à 07h45".
    r"\b\d{1,2}h\d\d\b",
    re.I,
)
# Copying a page whose date and time sit in separate elements glues them together:
# "January 11, 20253:56 PM" is the year 2025 followed by 3:56, never the year 20253.
_GLUED_CLOCK = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?=[0-2]?\d[:.][0-5]\d(?!\d))")
# ...and runs the next label into the time zone: "GMT-3Updated 5 min ago".
_GLUED_LABEL = re.compile(r"(?<=[\da-z.])(?=(?:Updated|Published|Posted|Last updated|Modified)\b)")
#: "5 min ago", "3 hours ago": a relative stamp cannot date the article (no clock to anchor
#: it at import time), but it does not stop its line being a metadata line.
RELATIVE_STAMP = re.compile(
    r"\b(?:\d+\s*|(?:an?|one)\s+)(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?)\s+ago\b"
    r"|\bjust\s+now\b"
    # The same in the languages whose dates are read: "há 9 horas", "hace 3 horas", "il y a
    # 2 heures", "vor 3 Stunden", "3 часа назад", "3 години тому".
    r"|\b(?:h[áa]|hace|il\s+y\s+a|vor|fa)\s+\d+\s*(?:segundos?|minutos?|horas?|d[íi]as?|semanas?|"
    r"secondes?|minutes?|heures?|jours?|sekunden|minuten|stunden|tagen|secondi|minuti|ore|giorni)\b"
    r"|\b\d+\s*(?:секунд[аы]?|минут[аы]?|час(?:а|ов)?|дн(?:я|ей)|день|хвилин[аи]?|годин[аиу]?|"
    r"дн[іi]в?)\s+(?:назад|тому)(?!\w)",
    re.I,
)

#: A numeric date, day and month in either order: "28/11/2026", "28.11.2026", "28-11-2026".
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<year>(?:19|20)\d\d)(?![\d/.-]?\d)"
)

#: Dates that name a whole day, anywhere in a short line.
_FULL_DATES = [
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),
    re.compile(_WEEKDAY + r"(?:the\s+)?" + _DAY + r"(?:\s+of)?\s+" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),
    # "13-Mar-2001", "Tue, 13-MAR-2001": the day, the month's short name and the year in
    # hyphens, as old content systems and databases print them.
    re.compile(_WEEKDAY + r"(?<![\w-])" + _DAY + r"-" + _MONTH + r"-" + _YEAR + r"\b", re.I),
    # An ISO date may carry its time ("2025-01-04T08:00:00+01:00"); the time goes with it.
    re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"
               r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][01]\d:?[0-5]\d)?(?!\d))?"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)\b"),
    # The year first with dots, as Korean, Chinese and Hungarian pages print it
    # ("2027.03.05 10:20"): year, month, day, in that order wherever it is written.
    re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)\.(?P<mnum>[01]\d)\.(?P<day>[0-3]\d)(?!\d|\.\d)"),
    # Numeric day/month order is ambiguous; only accepted when one part cannot be a month.
    # Regional sites join the parts with hyphens too ("28-11-2026"), read as slashed ones are;
    # the two separators are the same ("3-4/2026" is no date). A weekday before it ("Thu,
    # 09/10/2025", as Drupal prints) may settle the order the page leaves open.
    re.compile(_WEEKDAY + _NUMERIC_DATE.pattern, re.I),
    # Chinese and Japanese "2024年3月3日", Korean "2024년 3월 3일": site chrome of outlets in
    # those languages prints them around English stories too.
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<mnum>[01]?\d)\s*[月월]\s*"
               r"(?P<day>[0-3]?\d)\s*[日일]"),
]  # fmt: skip
_MONTH_DAY = re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r"\b(?!,?\s*(?:19|20)\d\d)", re.I)
#: The same written day first, as British and agency copy does ("LONDON, 3 March (Agency) -",
#: "Tuesday 3 March"); the month capitalised, so that "10 may" is no date.
_DAY_MONTH = re.compile(
    _WEEKDAY + r"(?:the\s+)?" + _DAY + r"(?:\s+of)?\s+" + _MONTH + r"(?!\w)"
    r"(?!,?\s*(?:19|20)\d\d)",
    re.I,
)

#: Month names of the languages analysts most often read news in, as bylines write them after
#: the day: French, German, Spanish, Portuguese, Italian, Dutch and Polish, and the genitive
#: of Russian and Ukrainian ("13 января", "13 січня"), and the short forms social networks
#: print in those languages ("14 мар 2025 в 9:40"). Abbreviations keep their stop optional.
_FOREIGN_MONTHS = {
    **dict.fromkeys(["janvier", "janv", "januar", "jänner", "jän", "enero", "ene", "janeiro",
                     "gennaio", "genn", "januari", "stycznia", "января", "янв", "січня", "січ"], 1),
    **dict.fromkeys(["février", "fevrier", "févr", "fevr", "februar", "febrero", "fevereiro",
                     "fev", "fév", "febbraio", "februari", "lutego", "февраля", "фев", "лютого",
                     "лют"], 2),
    **dict.fromkeys(["mars", "märz", "maerz", "mär", "marzo", "março", "marco", "maart", "maret",
                     "marca", "марта", "мар", "березня", "бер"], 3),
    **dict.fromkeys(["avril", "avr", "abril", "aprile", "kwietnia", "апреля", "апр",
                     "квітня", "квіт"], 4),
    **dict.fromkeys(["mai", "mayo", "maio", "maggio", "mei", "maja", "мая", "травня", "трав"], 5),
    **dict.fromkeys(["juin", "juni", "junio", "junho", "giugno", "czerwca", "июня",
                     "июн", "червня", "черв"], 6),
    **dict.fromkeys(["juillet", "juil", "juli", "julio", "julho", "luglio", "lipca", "июля",
                     "июл", "липня", "лип"], 7),
    **dict.fromkeys(["août", "aout", "agosto", "augustus", "agustus", "sierpnia", "августа", "авг",
                     "серпня", "серп"], 8),
    **dict.fromkeys(["septembre", "septiembre", "setiembre", "setembro", "settembre",
                     "września", "wrzesnia", "сентября", "сент", "сен", "вересня", "вер"], 9),
    **dict.fromkeys(["octobre", "oktober", "okt", "octubre", "outubro", "ottobre",
                     "października", "pazdziernika", "октября", "окт", "жовтня", "жовт"], 10),
    **dict.fromkeys(["novembre", "noviembre", "novembro", "listopada", "ноября", "нояб",
                     "ноя", "листопада", "лист"], 11),
    **dict.fromkeys(["décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dezembro",
                     "dicembre", "desember", "grudnia", "декабря", "дек", "грудня", "груд"], 12),
    # Arabic's Gregorian month names, as Egyptian and Gulf pages print them ("5 مارس 2027").
    **dict(zip(["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"], range(1, 13), strict=True)),
}  # fmt: skip
_FOREIGN_MONTH = (
    r"(?P<fmonth>" + "|".join(sorted(map(re.escape, _FOREIGN_MONTHS), key=len, reverse=True)) + r")"
)
#: "13 janvier 2025", "13. Januar 2025", "13 de enero de 2025", "1er mars 2025",
#: "13 января 2025 г.": the day first, as every one of those languages writes it.
_FOREIGN_FULL_DATE = re.compile(
    r"(?<![\w.])(?P<day>[0-3]?\d)(?:\.|er|º|°)?\s+(?:de\s+)?"
    + _FOREIGN_MONTH
    + r"(?![^\W\d_])\.?,?\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_FULL_DATES.append(_FOREIGN_FULL_DATE)

#: Date labels of pages in French, German, Spanish, Portuguese, Italian and Dutch: the same
#: words as "published" and "updated", for English stories in foreign site chrome.
_FOREIGN_PUBLISHED = (
    r"publi[ée]e?(?:\s+le)?|ver[öo]ffentlicht(?:\s+am)?|publicado(?:\s+(?:el|em))?|"
    r"pubblicato(?:\s+il)?|gepubliceerd(?:\s+op)?|"
    # Japanese, Chinese and Korean chrome ("公開日：", "发布时间：", "입력"), Indonesian's.
    r"公開日|公開|掲載日|配信日|発行日|发布时间|發布時間|发布日期|发布于|發佈|发表于|"
    r"기사입력|입력|게시일|diterbitkan|dipublikasikan|"
    r"نُشر\s+في|نشر\s+في|تاريخ\s+النشر|نُشر|نشر"
)
_FOREIGN_UPDATED = (
    # German broadcasters print "Stand:" (as of), the time of the last change.
    r"mis\s+[àa]\s+jour(?:\s+le)?|aktualisiert(?:\s+am)?|stand|actualizado(?:\s+el)?|"
    r"atualizado(?:\s+em)?|aggiornato(?:\s+il)?|bijgewerkt(?:\s+op)?|"
    r"更新日|更新时间|更新時間|更新|최종수정|수정|diperbarui|آخر\s+تحديث|تم\s+التحديث|تحديث"
)
_LABEL = re.compile(
    # Old sites: "Web posted Tuesday, March 13, 2001", "Posted to the web on ...".
    r"^(?P<label>web[\s-]?posted(?:\s+on)?|posted\s+to\s+(?:the\s+)?web(?:\s+on)?|"
    r"(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|"
    # Drupal's "Submitted by NAME on DATE": the day the post was put up.
    r"submitted(?:\s+on)?|"
    r"(?:(?:story|article|page)\s+)?last\s+(?:updated|modified)(?:\s+on)?|modified|"
    r"date(?:line|d)?|filed|issued(?:\s+on)?|"
    # A release's own date: "For immediate release: 6 March 2025" is when it was issued.
    r"for\s+immediate\s+release|"
    # An official record's own day: a statement "Made on", a bulletin "Released", a debate's
    # "Volume 763: debated on".
    r"made\s+on|released(?:\s+on)?|(?:volume\s+\d{1,4}\s*:\s*)?debated\s+on|held\s+on|"
    rf"(?P<foreign_published>{_FOREIGN_PUBLISHED})|(?P<foreign_updated>{_FOREIGN_UPDATED}))\s*[:：]?\s*",
    re.I,
)
# The runs of spaces in these patterns start where a run starts ("(?<!\s)"): a match begun
# inside a run would have begun at its start, and trying every start inside one (a line
# padded with thousands of spaces) took time in the square of its length.
_SEPARATORS = re.compile(r"(?:(?<!\s)\s+)?(?:[|·•‧∙]|\s[—–-]\s|\s-{2}\s|\s/\s)\s*")

#: Capital and small letters of the Latin alphabets names are written in ("Élodie", "Łukasz").
#: Cyrillic too: Russian and Ukrainian bylines ("Олена Коваль") are names like any other.
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁІЇЄҐ"
LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšţťūůűųźżžа-яёіїєґ"
_NAME_WORD = rf"(?:[{UPPER}][\w'’.-]*|(?:de|da|di|van|von|der|den|le|la|al|bin|el)\b)"
_NAME = rf"[{UPPER}][\w'’.-]*(?:\s+{_NAME_WORD}){{0,4}}"
_BYLINE = re.compile(
    # "By" in the languages of foreign site chrome too: von, par, por, door, av, af, and the
    # "Автор:" (author) of Russian and Ukrainian pages.
    # The kind of piece may name itself first: "Investigation by", "Analysis by".
    # "Words: Ola Nwosu | Pictures: Tom Lund": the writer's credit with a colon for "by".
    r"^(?:(?:words|text|story|reporting)\s*:|"
    r"(?:written\s+|reported\s+|words\s+|story\s+|text\s+|interview(?:ed)?\s+|"
    r"compiled\s+|investigation\s+|analysis\s+|reporting\s+|review(?:ed)?\s+|"
    r"commentary\s+|column\s+|live\s+(?:coverage|reporting|updates|blog)\s+|coverage\s+)?(?:by|von|par|por|door|av|af|di|автор(?:ка|ы|и)?|текст)(?:\s*+:)?)\s+"
    r"(?P<body>[^\W\d_].*)$",
    re.I,
)
_PERSON = re.compile(rf"{_NAME}")
_ROLE_WORDS = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|staff|columnist|contributor|journalist|"
    r"producer|analyst|chief|senior|bureau|desk|team|intern|fellow|in\s+[A-Z][a-z]+)\b",
    re.I,
)
#: A job described in lower case after a byline's name ("By Ingrid Solheim, privacy lawyer"):
#: a name, a place or an outlet would be capitalised.
_LOWER_CASE_ROLE = re.compile(r"^[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,4}$")
#: The blog, newsletter or podcast a byline says the piece was posted on.
_ON_THE_BLOG = re.compile(
    rf"(?<!\s)\s+(?:on|at|for|in)\s+(?:the\s+)?(?P<blog>[{UPPER}][\w'’&.-]*(?:\s+[{UPPER}][\w'’&.-]*){{0,5}})"
    r"\s+(?:blog|newsletter|podcast|website|site|substack)\b(?P<rest>.*)$"
)
#: A job title alone: a few words ending in a role ("Transport reporter", "Chief Editor").
_ROLE_ONLY = re.compile(
    r"^(?!the\s)(?:[\w'’-]+\s+){0,3}(?:correspondent|reporter|editor|writer|columnist|"
    r"contributor|journalist|producer|analyst)s?$",
    re.I,
)
_WIRE_DATELINE = re.compile(
    # A hyphen inside a word already joins capitals ("NEW-YORK", "A-B-C"), so only a space
    # parts the place's words: a hyphen that could part them too let a run like "A-A-A-..."
    # be split every way (0.7 s a paragraph at the 160 characters read).
    r"^(?P<place>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"\s*(?:,\s*(?P<when>[^()—–]{3,40}?))?\s*(?:\((?P<agency>[A-Za-z][\w .&'-]{1,40})\))?\s*"
    # Wire services separate the dateline with a dash, two hyphens or (AP) an underscore.
    r"(?:—|–|--|-|_|:)(?P<rest>\s+\S|\s*$)"
)


@dataclass(slots=True)
class LineFacts:
    """What one metadata line says; ``dates`` are (day, evidence text) pairs."""

    dates: list[date] = field(default_factory=list)
    partial: list[tuple[int, int]] = field(default_factory=list)  # (month, day) with no year
    label: str | None = None
    #: the label that stands before each date ("published", "updated"...), "" for none: one
    #: line can hold both ("Published 22 August 2024 · Updated 23 August 2024")
    date_labels: list[str] = field(default_factory=list)
    relative: bool = False  # the line has a "3 hours ago" stamp
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    weekday_mismatch: bool = False
    #: the outlet was named by a field label ("Source: ...", "Feed: ..."), as feed readers and
    #: read-later apps export it, rather than seen beside a byline or a date; also set for a
    #: "Source:" label giving the address the copy was clipped from (only a header's does)
    labelled_outlet: bool = False
    url: str | None = None  # "Link: https://..." in the same exports
    #: a byline that credits no person: "Staff report", "From wire reports"
    credit: str | None = None
    #: the agency the writers' job names ("By A and B, Associated Press Writers"): the source
    #: of a copy taken from the agency, when no paper's name shows
    employer: str | None = None
    #: numeric dates whose day and month could swap, with nothing to say which is which
    unordered: list[str] = field(default_factory=list)

    @property
    def says_something(self) -> bool:
        return bool(
            self.credit
            or self.unordered
            or self.dates
            or self.partial
            or self.authors
            or (self.relative and self.label)
            or self.labelled_outlet
            or self.url
        )


#: Decimal digits of the scripts news pages print dates in (Arabic-Indic, Persian, Devanagari,
#: Bengali, Thai, full-width): each maps to its ASCII digit, one character for one, so offsets
#: into the text stay the same.
_DIGITS = str.maketrans(
    {
        chr(zero + n): str(n)
        for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10)
        for n in range(10)
    }
)


#: The same digits as one character class: looking for one is much cheaper than translating
#: a text that has none (a pound sign or a curly quote makes a text non-ASCII, not foreign).
_OTHER_DIGIT = re.compile(
    "["
    + "".join(
        f"{chr(zero)}-{chr(zero + 9)}" for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10)
    )
    + "]"
)


#: Epoch timestamps read as dates: from 1 January 2000 to the end of 2099, in seconds or ms.
_EPOCH_FIRST = 946_684_800
_EPOCH_LAST = 4_102_444_799


def epoch_timestamp(value: object) -> str | None:
    """An epoch timestamp as an ISO time in UTC: a number, or a string of digits, of 10 digits
    (seconds) or 13 (milliseconds) between 2000 and 2099. Anything else, a year or a count or
    an id, is None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        if not re.fullmatch(r"\d{10}(?:\d{3})?(?:\.\d+)?", text):
            return None
        number = float(text)
    elif isinstance(value, (int, float)):
        number = float(value)
    else:
        return None
    if number >= _EPOCH_FIRST * 1000:
        number /= 1000
    if not _EPOCH_FIRST <= number <= _EPOCH_LAST:
        return None
    return datetime.fromtimestamp(number, tz=UTC).isoformat(timespec="seconds")


def ascii_digits(text: str) -> str:
    """``text`` with the digits of other scripts written as ASCII digits ("١٢" -> "12")."""
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    return text.translate(_DIGITS)


#: Which way round a numeric date whose day and month could swap ("07/03/2024") is written:
#: "mdy" (American), "dmy" (most of the world), or None when nothing says.
NumericOrder = Literal["dmy", "mdy"] | None

_US_ZONE = re.compile(r"\b(?:E|C|M|P|AK|HS?)[SD]?T\b|\b(?:ET|CT|MT|PT)\b")
_DAY_FIRST_ZONE = re.compile(
    r"\b(?:GMT|BST|IST|CET|CEST|EET|EEST|WET|WEST|MSK|SAST|EAT|WAT|CAT|AEST|AEDT|ACST|AWST|NZST|"
    r"NZDT|SGT|HKT|PKT|GST)\b"
)


def numeric_order_of_language(tag: str | None) -> NumericOrder:
    """The numeric date order a page's language tag implies: "en-US" month first; a tag that
    names any other region ("en-GB", "en-AE", "fr-CA"), or a language other than English, day
    first; a bare "en" says nothing."""
    if not tag:
        return None
    parts = re.split(r"[-_]", tag.strip().lower())
    if parts[0] != "en":
        return "dmy" if re.fullmatch(r"[a-z]{2,3}", parts[0]) else None
    if len(parts) < 2 or not re.fullmatch(r"[a-z]{2}|\d{3}", parts[1]):
        return None
    return "mdy" if parts[1] in {"us", "ph"} else "dmy"


_SLASHED_DATE = re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?:19|20)\d\d\b")
_DAY_MONTH_WORDS = re.compile(
    r"\b[0-3]?\d(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH + r",?\s+(?:19|20)\d\d\b", re.I
)
_MONTH_DAY_WORDS = re.compile(_MONTH + r"\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b", re.I)


_HABIT_REACH = 100_000
#: Both spelled-out patterns end in a four-digit year: a block without one has neither, and
#: most paragraphs of a long document have none, so the month names are not tried there.
_YEAR_IN_TEXT = re.compile(r"(?:19|20)\d\d\b")


def numeric_order_of_page(texts: Iterable[str]) -> NumericOrder:
    """The numeric date order a page's own dates settle, for a page whose language and
    country say nothing (a text copy, an "en" page).

    A slashed date that cannot be read two ways ("23/01/2024": no 23rd month) shows how the
    page writes the others; when those disagree the page settles nothing. Failing that, the
    dates the page spells out with the month's name follow the same habit: "12 February
    2024" is written where "12/02/2024" means the 12th, "February 12, 2024" where it means
    December 2nd; a page mixing both settles nothing. Without either, an ambiguous numeric
    date is left out rather than guessed.
    """
    numeric: set[str] = set()
    day_first = month_first = 0
    for text in texts:
        # a block's first 100,000 characters show its habit as well as all of it would, and a
        # 10 MB paragraph with no line breaks is not scanned over and over
        text = ascii_digits(text[:_HABIT_REACH])
        if "/" in text:
            for m in _SLASHED_DATE.finditer(text):
                a, b = int(m.group("a")), int(m.group("b"))
                if a > 12 >= b >= 1:
                    numeric.add("dmy")
                elif b > 12 >= a >= 1:
                    numeric.add("mdy")
            if len(numeric) == 2:
                return None  # the page's slashed dates disagree: nothing later settles it
        if _YEAR_IN_TEXT.search(text) is None:
            continue
        day_first += len(_DAY_MONTH_WORDS.findall(text))
        month_first += len(_MONTH_DAY_WORDS.findall(text))
    if len(numeric) == 1:
        return "dmy" if "dmy" in numeric else "mdy"
    if numeric:
        return None
    if day_first and not month_first:
        return "dmy"
    if month_first and not day_first:
        return "mdy"
    return None


_FOREIGN_DATE_LABEL = re.compile(rf"^(?:{_FOREIGN_PUBLISHED}|{_FOREIGN_UPDATED})\b", re.I)


def numeric_order_of_line(line: str) -> NumericOrder:
    """The numeric date order a time zone printed beside the date implies ("4:15 PM EST" is an
    American page, "10:42 GMT" a British one), or a label in a language that writes the day
    first ("Publicado em 07/03/2025", "Stand: 03.02.2025"), or None."""
    if _US_ZONE.search(line):
        return "mdy"
    if _DAY_FIRST_ZONE.search(line):
        return "dmy"
    if _FOREIGN_DATE_LABEL.match(line.lstrip()):
        return "dmy"
    return None


def full_dates(text: str, order: NumericOrder = None) -> tuple[list[date], bool]:
    """Whole-day dates written in ``text``, and whether a stated weekday disagreed with one.

    ``order`` settles numeric dates whose day and month could swap; without it they are
    left out rather than guessed.
    """
    text = ascii_digits(text)
    found: list[tuple[int, date]] = []
    mismatch = False
    taken: list[tuple[int, int]] = []
    for pattern in _FULL_DATES:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            day = _date_from_match(m, order)
            if day is None:
                continue
            weekday = m.groupdict().get("weekday")
            if weekday and _WEEKDAYS[weekday.lower()] != day.weekday():
                mismatch = True
            taken.append((m.start(), m.end()))
            found.append((m.start(), day))
    found.sort()
    return [d for _, d in found], mismatch


def _date_from_match(m: re.Match[str], order: NumericOrder = None) -> date | None:
    groups = m.groupdict()
    year = int(groups["year"])
    if groups.get("month"):
        month = _MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"])
    elif groups.get("fmonth"):
        month = _FOREIGN_MONTHS[groups["fmonth"].lower()]
        day = int(groups["day"])
    elif groups.get("mnum"):
        month, day = int(groups["mnum"]), int(groups["day"])
    else:
        a, b = int(groups["a"]), int(groups["b"])
        if a == b:
            day = month = a  # "03.03.2025" reads the same either way
        elif a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        elif order == "dmy":
            day, month = a, b
        elif order == "mdy" and "." not in m.group(0):
            month, day = a, b
        elif "." in m.group(0):
            # Dotted numeric dates ("03.02.2025") are day first wherever they are written:
            # month-first writers use slashes.
            day, month = a, b
        else:
            return _by_weekday(year, a, b, groups.get("weekday"))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _by_weekday(year: int, a: int, b: int, weekday: str | None) -> date | None:
    """The one reading of "a/b/year" on the weekday printed with it ("Thu, 09/10/2025" is
    9 October, a Thursday: 10 September 2025 was a Wednesday); None when no weekday is
    printed or both readings, or neither, fall on it."""
    if not weekday:
        return None
    wanted = _WEEKDAYS[weekday.lower()]
    readings = []
    for month, day in ((a, b), (b, a)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    fits = [d for d in readings if d.weekday() == wanted]
    return fits[0] if len(fits) == 1 else None


def month_days(text: str) -> list[tuple[int, int]]:
    """(month, day) pairs written without a year ("Jan. 13", "Monday, January 13", and day
    first when no month-first pair is written: "3 March", "Tuesday 3 March")."""
    out = []
    digits = ascii_digits(text)
    for m in _MONTH_DAY.finditer(digits):
        month = _MONTHS[m.group("month").lower().rstrip(".")]
        day = int(m.group("day"))
        if 1 <= day <= 31:
            out.append((month, day))
    if not out:
        for m in _DAY_MONTH.finditer(digits):
            day = int(m.group("day"))
            if m.group("month")[0].isupper() and 1 <= day <= 31:
                out.append((_MONTHS[m.group("month").lower().rstrip(".")], day))
    return out


def strip_edges(line: str) -> str:
    """A line without the emphasis or quote markers wrapped around it."""
    # A scan from each end rather than a regex (an end-anchored pattern retries at every space
    # of a paragraph, and this runs on every block near the top of every import), and one
    # scan rather than stripping spaces and markers in turn until nothing changes, which
    # copies the line once per marker: a line of 100,000 "> " took minutes.
    start, end = 0, len(line)
    while start < end and (line[start] in _LEADING_MARKS or line[start].isspace()):
        start += 1
    while end > start and (line[end - 1] in _TRAILING_MARKS or line[end - 1].isspace()):
        end -= 1
    return line[start:end]


_LEADING_MARKS = frozenset("*_~`>")
_TRAILING_MARKS = frozenset("*_~`")


def _byline_before_date(body: str, order: NumericOrder) -> tuple[list[str], list[str]]:
    """ "Kari Lund April 22, 2025 at 6:40 a.m. EDT": a byline run on into its date with no
    separator. The names are the words before the date; the date is left to be read."""
    words = body.split()
    for k in range(min(len(words) - 1, 6), 1, -1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        last = words[k - 1].lower().strip(".,")
        # a weekday before the date is the date's ("Alan Crewe Wednesday, March 3, 1999")
        if last in _MONTHS or last in _WEEKDAYS or not full_dates(tail, order)[0]:
            continue
        names, rest = _byline_names(head)
        if names and not rest:
            return names, [tail]
    return [], [body]


_FRAMING_DASHES = re.compile(r"^[-–—]{1,3}\s+(?P<inner>\S.*?)\s+[-–—]{1,3}$")
_TRAILING_DASH = re.compile(r"(?<!\s)\s+[-–—]{1,3}$")
_ADDRESS_IN_LINE = re.compile(
    r"(?:(?<!\s)\s+)?(?:[|·•–—-]\s*)?[<(]?(?:mailto:)?(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)]?"
)
_BY_START = re.compile(r"^by\s+\S", re.I)


#: The service that carried a syndicated story, after its byline: "(via Granite Wire)",
#: "via Tribune News Service". It is neither a writer nor the outlet whose copy it is.
_VIA_CREDIT = re.compile(
    r"\s*[(\[]?\s*\bvia\s+[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|the|and)){0,6}\s*[)\]]?\s*$"
)
#: "By Ann Lee of The Orrin Valley Ledger": the writer and the paper she writes for.
_WRITER_OF_OUTLET = re.compile(
    rf"^(?P<by>by\s+[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{1,3}})\s+of\s+"
    rf"(?P<outlet>(?:[Tt]he\s+)?[{UPPER}][\w&'’.-]*(?:\s+[{UPPER}&][\w&'’.-]*){{0,5}})$",
    re.I,
)


def _syndicated_byline(line: str) -> str:
    """A byline without the service that carried the story ("(via Granite Wire)"), and with
    "NAME of OUTLET" written as "NAME, OUTLET" when the words after "of" name an outlet (an
    outlet's word in them: "Ledger", "Times", "News"), so it is read as a writer and her
    paper are."""
    stripped = _VIA_CREDIT.sub("", line).strip(" ,")
    line = stripped if len(stripped.split()) >= 3 else line
    m = _WRITER_OF_OUTLET.match(line)
    if m and m.group("by")[3:4].isupper() and has_outlet_word(m.group("outlet")):
        outlet = re.sub(r"^the\b", "The", m.group("outlet"))
        return f"{m.group('by')}, {outlet}"
    return line


def read_meta_line(line: str, order: NumericOrder = None) -> LineFacts | None:
    """The facts in a short line that exists only to carry date, author or outlet; else None.

    A line qualifies when, once its date, label, byline and time are taken out, what is left
    is at most a short name: a sentence that merely contains a date is not a metadata line.
    ``order`` is the page's numeric date order; a time zone in the line itself comes first.
    """
    bare = strip_edges(line)
    if not bare or len(bare) > 160:
        return None
    bare = ascii_digits(bare)
    # "- Friday 11 June 2027 -", "— June 11, 2027 —": dashes framing a header line set it off
    # from the story; they are no part of its fields.
    framed = _FRAMING_DASHES.match(bare)
    bare = framed.group("inner") if framed else _TRAILING_DASH.sub("", bare)
    # "By Dana Whitfield dwhitfield@example.com": the writer's address is how to reach her,
    # not part of her name.
    addressless = _ADDRESS_IN_LINE.sub("", bare).strip()
    if addressless and addressless != bare and _BY_START.match(addressless):
        bare = addressless
    if _BY_START.match(bare):
        bare = _syndicated_byline(bare)
    filed = _FILED_IN.sub(_without_sections, bare)
    if _POST_LINE_START.match(filed) or _DATE_LINE_START.match(filed):
        # "9:35am Wednesday 14th March 2012 in News By Tom Sheard": the section the story
        # is filed in, between the date and the byline, as "Posted on ... in Politics by".
        filed = _IN_SECTIONS_AFTER_DATE.sub("", filed)
    if _POSTED_BY_START.match(filed):
        # "posted by Orla Brennan @ 3:42 PM": a blog's post footer sets the time after the
        # name ("Updated at 10:42 on 3 March" keeps its label with its date).
        filed = _AT_CLOCK.sub(r" | \g<clock> |", filed)
    if filed != bare:
        # "... by Marion Ashdown." closes the theme's sentence; the full stop is not the name's.
        bare = re.sub(r"(?<=[a-zà-ÿ]{2})\.$", "", filed.rstrip())
        if not bare.strip(" |·•‧∙"):
            return None
    if _AGENCY_LIST.match(bare.rstrip(".")):
        # "AFP | Reuters": the byline credits the agencies whose copy it is, no writer.
        return LineFacts(credit=bare)
    bare = _GLUED_LABEL.sub(" | ", _GLUED_CLOCK.sub(r"\1 ", bare))
    order = numeric_order_of_line(bare) or order
    facts = LineFacts()
    leftovers: list[str] = []
    for segment in _segments(bare):
        segment = segment.strip(" ,;")
        if not segment:
            continue
        leftover = _read_segment(segment, facts, order)
        if leftover:
            leftovers.append(leftover)
    if facts.dates or facts.authors:
        # "14:05 | 28.11.2026", "Saturday, November 28, 2026 @ 14:05": the time of day
        # printed apart from its date belongs to it ("posted by A @ 3:42 PM": to the post).
        leftovers = [x for x in leftovers if not _CLOCK_ALONE.fullmatch(x)]
    if facts.dates or facts.authors:
        # "... by Jane Roe | 2 Comments", "— Leave a comment", "| Tagged council": a blog
        # theme's links beside the post's date and author.
        leftovers = [x for x in leftovers if not _POST_LINKS.fullmatch(x)]
        # "Edited By: Priya Das | Written By: Anil Kumar": the editor, named first, is no author.
        leftovers = [x for x in leftovers if not _EDITING_CREDIT.match(x)]
    if not facts.authors and len(leftovers) == 1 and leftovers[0].count(",") == 1:
        # "Pavel Iliev, Continental Wire": a name and an outlet, as the byline of a copy.
        name, outlet = (part.strip() for part in leftovers[0].split(","))
        if is_person_name(name) and _ROLE_ONLY.match(outlet):
            # "Dana Whitfield, Staff Writer", "..., Gazette Staff Writer": a regional paper's
            # byline without its "By"; the job title, even with the paper's name, is no outlet.
            facts.authors.append(name)
            leftovers = []
        elif is_person_name(name) and has_outlet_word(outlet) and is_outlet_name(outlet):
            facts.authors.append(name)
            leftovers = [outlet]
        elif is_person_name(name) and is_agency(outlet):
            # "Anil Kumar, TNN": the writer, and the agency or service credited beside him.
            facts.authors.append(name)
            facts.credit = facts.credit or outlet
            leftovers = []
    if (
        not facts.authors
        and len(leftovers) == 1
        and facts.credit is not None
        and _ROLE_ONLY.match(facts.credit)
        and is_person_name(leftovers[0])
    ):
        # "Dana Whitfield | Staff Writer": a name beside its job title is the writer's.
        facts.authors.append(leftovers[0])
        facts.credit = None
        leftovers = []
    agencies = [x for x in leftovers if is_agency(x)]
    if (agencies or facts.credit) and not facts.authors and (facts.dates or facts.relative):
        # "PTI | New Delhi | Nov 4, 2026", "By: Express Web Desk | New Delhi | ...": the agency
        # or desk credited, and the place it filed from (a name of a few capitalised words, no
        # outlet's word), which is no writer.
        facts.credit = facts.credit or agencies[0]
        leftovers = [x for x in leftovers if x not in agencies]
        if (
            len(leftovers) == 1
            and _PLACE.fullmatch(leftovers[0])
            and not has_outlet_word(leftovers[0])
        ):
            leftovers = []
    if not facts.authors and leftovers and (facts.dates or facts.relative or len(leftovers) == 2):
        # "Yasmin Aziz | Wexley Record", "Matteo Ricci, 18 February 2025": a bare name beside
        # a date or an outlet is the author, as "By" would have said.
        people = [s for s in leftovers if is_person_name(s)]
        rest = [s for s in leftovers if not is_person_name(s)]
        if len(people) == 1 and len(rest) <= 1 and all(is_outlet_name(r) for r in rest):
            facts.authors.append(people[0])
            leftovers = rest
    if facts.authors:
        # "By A and B, Associated Press Writers": the writers' job names their employer, which
        # is the outlet without the job ("Associated Press"); a job alone names none.
        employers = [(s, _employer_of_role(s)) for s in leftovers]
        for text, employer in employers:
            if employer is not None and employer != text and is_agency(employer):
                facts.employer = facts.employer or employer
        leftovers = [e for _, e in employers if e and e != facts.employer]
        # "By Ann Lee, Associated Wire": the agency after the writer is her employer; the
        # outlet that ran the copy, where the copy names one, is the source (round 53).
        agencies = [s for s in leftovers if is_agency_named(s)]
        if agencies:
            facts.employer = facts.employer or agencies[0]
            leftovers = [s for s in leftovers if s not in agencies]
        # "By Jane Doe | Transport reporter": the job title beside a byline is no outlet.
        leftovers = [s for s in leftovers if not _ROLE_ONLY.match(s) or has_outlet_word(s)]
    if not facts.says_something:
        return None
    # "Briefing paper, 18 February 2025" under a report's title: the kind of paper is a label.
    leftovers = [s for s in leftovers if not (facts.dates and _REPORT_KIND.match(s))]
    typed = [s for s in leftovers if DOCUMENT_TYPE.match(s) and not _outlet_beside_writer(s, facts)]
    if typed:
        # "Press release | 14 March 2025 | Brussels": the kind of document and the place it
        # was issued in; an outlet in such a line says so with a word of its own ("Commission").
        leftovers = [s for s in leftovers if s not in typed]
        if (
            facts.dates
            and len(leftovers) == 1
            and not has_outlet_word(leftovers[0])
            and _PLACE.fullmatch(leftovers[0])
        ):
            leftovers = []
    if facts.dates:
        # "Sun, 11/22/2026 - 18:30": the weekday of a numeric date, not an outlet.
        leftovers = [s for s in leftovers if not _WEEKDAY_ALONE.fullmatch(s)]
        # "Friday 20 November 2026 · Issue 212": a newsletter's or a paper's number, no outlet.
        leftovers = [s for s in leftovers if not _ISSUE_NUMBER.fullmatch(s.strip())]
    if any(_FIELD_WORD.fullmatch(s) for s in leftovers):
        return None  # "Created: 28 Nov 2026": a record's field, whose day is not the story's
    if facts.dates or facts.authors:
        # "By Jane Doe | Nov 22, 2026 | News, Local": the sections a post is filed under.
        leftovers = [s for s in leftovers if not _sections_only(s)]
    if facts.dates or facts.authors:
        # "Anjali Deshpande | Mumbai | March 6, 2025": the city the story was filed from.
        leftovers = [s for s in leftovers if not is_major_city(s)]
    names = [s for s in leftovers if is_outlet_name(s)]
    if len(names) != len(leftovers) or len(names) > 1:
        return None
    if names and facts.outlet is None and not facts.authors and is_agency(names[0]):
        # "PTI | Nov 4, 2026, 18:05 IST": the agency whose copy the site ran is its credit;
        # the outlet is the site's own name.
        facts.credit = facts.credit or names[0]
    elif names and facts.outlet is None:
        facts.outlet = names[0]
    return facts


#: An issue's or a volume's number beside its date: "Issue 212", "No. 48", "Vol. 12, No. 3",
#: "Edition #31".
_ISSUE_NUMBER = re.compile(
    r"(?:(?:issue|edition|vol(?:ume)?\.?|no\.|number)\s*#?\s*\d{1,5}(?:\s*[,/·]\s*|\s+)?){1,2}",
    re.I,
)
#: A job title after the name of the writer's employer: "Associated Press Writers", "Carrow
#: Telegraph Staff Writer", "Gazette Correspondent".
_EMPLOYER_ROLE = re.compile(
    r"^(?P<employer>.*?\S)\s+(?:(?:staff|senior|chief|special)\s+)?"
    r"(?:writer|correspondent|reporter)s?$",
    re.I,
)


def _employer_of_role(text: str) -> str | None:
    """The outlet a job title beside a byline names, without the job: "Associated Press
    Writers" is "Associated Press", "Carrow Telegraph Staff Writer" is "Carrow Telegraph";
    a job that names no outlet of more than a word ("Gazette Staff Writer", "Transport
    reporter") gives None. Any other text is returned as it is."""
    m = _EMPLOYER_ROLE.match(text.strip())
    if m is None:
        return text
    employer = m.group("employer").strip(" ,")
    if is_agency(employer):
        return employer
    if len(employer.split()) >= 2 and has_outlet_word(employer) and is_outlet_name(employer):
        return employer
    return None


#: "Posted in Politics on DATE by NAME", "Filed under: Courts · DATE", "Published in News on
#: DATE": the sections a blog theme files a post under, beside its date and author.
_FILED_IN = re.compile(
    # "This entry was posted in ...": the sentence older themes print under a post.
    r"(?:^|(?<=[|·•‧∙]))\s*(?:this\s+(?:entry|post|article|story)\s+was\s+)?"
    r"(?:(?P<verb>posted|filed|published|categori[sz]ed)\s+(?:in|under)\b|"
    r"(?:categor(?:y|ies)|sections?)(?=\s*:))"
    r"\s*:?\s*(?P<sections>[^|·•‧∙]{1,80}?)(?P<next>\s+(?:on|by)\s+(?=\S)|\s*(?=[|·•‧∙])|\s*$)",
    re.I,
)
#: "Posted on March 3, 2026 in Politics by NAME": the sections named after the date.
_IN_SECTIONS_AFTER_DATE = re.compile(
    r"(?<=\d)\s+in\s+(?P<sections>[^|·•‧∙]{1,60}?)(?=\s+(?i:by)\s+\S|\s*[.|·•‧∙]?\s*$)"
)
_POST_LINE_START = re.compile(r"^(?:posted|published|filed|by)\b", re.I)
#: A line opening with its date or time: "9:35am Wednesday 14th March 2012 ...".
_DATE_LINE_START = re.compile(
    r"^(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?,?\s+\d)",
    re.I,
)
_POSTED_BY_START = re.compile(r"^\s*(?:posted\s+|written\s+)?by\s+\S", re.I)
#: A time set after a blog's byline with "@" or "at": "posted by Orla Brennan @ 3:42 PM".
_AT_CLOCK = re.compile(
    r"(?<=[a-zà-ÿ])\s+(?:@|at)\s+(?P<clock>[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?\s?m\b\.?)?+)",
    re.I,
)


_POST_LINKS = re.compile(
    # "12 comments Links to this post": a classic Blogger post's footer after its byline.
    r"(?:(?:with\s+)?(?:\d+|no|one)\s+(?:comments?|responses?|replies)\s+)?links\s+to\s+this\s+post|"
    r"(?:with\s+)?(?:\d+|no|one)\s+(?:comments?|responses?|replies)|leave\s+a\s+(?:comment|reply)|"
    r"comments?\s+(?:off|closed)|tagged\s*:?\s+\S.{0,80}|"
    # "Share Comments (14)": a regional theme's share button and comment count, run on
    r"(?:share|comments?(?:\s*\(\d[\d,.]*k?\))?)(?:\s+(?:share|comments?(?:\s*\(\d[\d,.]*k?\))?))*",
    re.I,
)


def _without_sections(m: re.Match[str]) -> str:
    """The line's label without the sections named after it: "Posted in Politics on DATE"
    is "Posted on DATE"; "Filed under: Courts" alone between separators says nothing more."""
    following = m.group("next").strip().lower()
    if not following:
        return " "
    verb = "Published" if (m.group("verb") or "").lower() == "published" else "Posted"
    return f"{verb} {following} "


def _sections_only(text: str) -> bool:
    """ "News, Local", "Business / Energy": section names only, as a blog theme lists the
    categories of a post beside its date."""
    parts = [p.strip().lower() for p in re.split(r"[,/]|\s&\s", text) if p.strip()]
    return len(parts) >= 2 and all(p in SECTION_WORDS for p in parts)


_WEEKDAY_ALONE = re.compile(
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?", re.I
)
#: The names of a note's or a record's own fields left beside a date: never an outlet.
_FIELD_WORD = re.compile(
    r"(?:created|modified|edited|saved|clipped|captured|accessed|retrieved|printed|"
    r"downloaded|date|time)(?:\s+(?:on|at))?\s*:?",
    re.I,
)


#: A time of day alone, perhaps after an "@" or "at": what is left of a date line's clock.
_CLOCK_ALONE = re.compile(rf"(?:@|at)?\s*(?:{_CLOCK.pattern})?\s*(?:@|at)?", re.I)


_LABEL_START = re.compile(
    # "Last Updated:" is one label: its "Updated" starts no second one.
    r"(?<=\S)(?<![Ll]ast)(?<!LAST)\s+"
    r"(?=(?:(?:First\s+)?Published|Updated|Last\s+(?i:updated|modified)|Modified|Posted)\b)|"
    # "Publié le 14/03/2025 à 07h45, mis à jour le ...": the second label follows a comma.
    rf"(?<=,)\s+(?=(?i:updated|last\s+(?:updated|modified)|{_FOREIGN_UPDATED})\b)|"
    # The same labels capitalised in the languages of foreign chrome, run on after a date as
    # the English ones are ("... 10:20 CET Actualizado hace 2 horas"), and a reading time
    # after a stamp ("... 10:20 CET Lectura: 3 min", "... 2 hours ago 4 min read").
    r"(?<=\S)\s+(?=(?:Actualizado|Atualizado|Aktualisiert|Aggiornato|Bijgewerkt|Mis\s+à\s+jour|"
    r"Publicado|Publié|Publiée|Veröffentlicht|Pubblicato|Gepubliceerd)\b|"
    r"(?:Lectura|Lesezeit|Lesedauer|Lecture|Reading\s+time|Temps\s+de\s+lecture|"
    r"Tiempo\s+de\s+lectura|Leitura|Lettura|Leestijd)\s*:|\d{1,3}\s*min(?:ute)?s?\.?\s+read\b)"
)


#: The kind of document a government or agency page says it is ("Press release", "Speech"),
#: printed above its headline or in its date line: a label, never an outlet or a name.
DOCUMENT_TYPE = re.compile(
    r"^(?:press\s+release|news\s+(?:release|story|article)|media\s+(?:release|statement|advisory)|"
    r"speech|(?:written\s+|oral\s+|joint\s+|press\s+)?(?:ministerial\s+)?statement(?:\s+to\s+parliament)?|"
    r"guidance|transcript|meetings\s+coverage(?:\s+and\s+press\s+releases)?|"
    r"policy\s+paper|research\s+and\s+analysis|official\s+statistics|"
    r"consultation(?:\s+outcome)?|correspondence|notice|daily\s+news|read-?out|announcement|"
    r"fact\s*sheet|questions\s+and\s+answers|communiqu[ée](?:\s+de\s+presse)?|"
    r"pressemitteilung|nota\s+de\s+prensa|comunicado(?:\s+de\s+imprensa)?|пресс-релиз)$",
    re.I,
)


def _outlet_beside_writer(text: str, facts: LineFacts) -> bool:
    """ "By Sunita Rao | Daily News": beside a named writer, a name made only of an outlet's
    capitalised words is the paper she writes for, not the kind of document ("Daily News"
    over an agency's bulletin has no writer)."""
    words = text.split()
    return (
        bool(facts.authors)
        and len(words) >= 2
        and all(w[:1].isupper() and w.lower() in OUTLET_WORDS for w in words)
    )


#: The kind of paper a report or briefing says it is beside its date ("Briefing paper", "Research
#: note", "Annual report"): a label in its date line, never an outlet. Not a release's type:
#: a report has authors.
_REPORT_KIND = re.compile(
    r"^(?:(?:briefing|research|policy|discussion|working|occasional|position|technical|white|"
    r"consultation|background|information|annual|interim|final|evaluation)\s+)?"
    r"(?:paper|note|brief(?:ing)?|report|bulletin|memo(?:randum)?|review)[\s,;:]*$",
    re.I,
)

#: The kind of paper, for the lines under a document's title ("Interim report").
REPORT_KIND = _REPORT_KIND

#: A place a release was issued in: one to three capitalised words ("Brussels", "New York").
_PLACE = re.compile(rf"[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,2}}")


def _segments(line: str) -> list[str]:
    """The parts of a metadata line: between separators, and before each date label."""
    out = []
    for part in _SEPARATORS.split(line):
        out.extend(_LABEL_START.split(part))
    return out


_FIELD_LABEL = re.compile(
    r"^(?P<field>source|feed|outlet|publication|publisher|site|authors?|writer|link|url|"
    r"original(?:\s+url)?|"
    # The same labels in the languages whose dates and bylines are read.
    r"fonte|fuente|quelle|источник|джерело|autor(?:a|in)?|автор(?:ка)?)\s*:\s*(?P<value>\S.*)$",
    re.I,
)


def _read_field(segment: str, facts: LineFacts) -> bool:
    """ "Source: Dresland Herald", "Author: Maja Kovač", "Link: https://...": the labelled
    fields of feed-reader and read-later exports. True when the segment was one of them."""
    m = _FIELD_LABEL.match(segment)
    if not m:
        return False
    field_name, value = m.group("field").lower(), m.group("value").strip()
    if field_name in {"link", "url", "original", "original url"}:
        if re.match(r"^(?:https?://|www\.)\S+$", value):
            facts.url = value
            return True
        return False
    if field_name in {"source", "fonte", "fuente", "quelle", "источник", "джерело"} and re.match(
        r"^https?://\S+$", value
    ):
        # "Source: https://paper.example/2025/03/12/slug": a clipper's line naming the address
        # the copy was taken from. Under a chart at the foot it credits data, so it is read,
        # like a labelled outlet, only above the story.
        facts.url = value
        facts.labelled_outlet = True
        return True
    if field_name in {"author", "authors", "writer", "autor", "autora", "autorin", "автор",
                      "авторка"}:  # fmt: skip
        names = [n for part in value.split(",") for n in _split_names(part.strip())]
        if names and all(_is_person(n) for n in names):
            facts.authors.extend(names)
            return True
        return False
    if is_outlet_name(value) and not full_dates(value)[0]:
        facts.outlet = value
        facts.labelled_outlet = True
        return True
    return False


_NO_PERSON_CREDIT = re.compile(
    r"^(?:(?:written|reported)\s+)?(?:by(?:\s*+:)?\s+)?(?:from\s+)?(?:(?:an?|our|the)\s+)?"
    r"(?:(?:(?:staff|wire|news\s+service|agency|"
    r"local)\s+(?:and|&)\s+)?(?:staff|wire|news\s+service|agency|press)\s+(?:reports?|services?|"
    r"writers?|reporters?)|staff(?:\s+(?:report|writer|reporter|correspondent))?|(?:the\s+)?news\s*desk|"
    r"(?:the\s+)?editorial\s+(?:team|board)|(?:[A-Z][\w&.'’-]*\s+){1,4}(?:staff|news\s*desk|"
    r"editorial\s+(?:team|board))|"
    # Newsroom credits of regional papers: "By Agencies", "Staff and agencies", "Express News
    # Service", "ET Bureau", "Online Desk", "By Our Correspondent", "Special Correspondent".
    r"(?:(?:staff|wire)\s+(?:and|&)\s+)?(?:news\s+)?agencies|(?:[A-Z][\w&.'’-]*\s+){0,3}news\s+(?:service|network|bureau)|"
    r"(?:[A-Z][\w&.'’-]*\s+){0,2}(?:desk|bureau)|"
    r"(?:(?:our|a|an)\s+)?(?:own\s+|special\s+|staff\s+|senior\s+|[A-Z]{2,4}\s+)?correspondents?)$",
    re.I,
)


#: News agencies whose name a byline may give in place of a writer's: the big wires and the
#: national agencies, by the names and initials they sign with.
_AGENCY = (
    r"(?:the\s+)?(?:associated\s+press|(?:thomson\s+)?reuters|agence\s+france[- ]presse|"
    r"united\s+press\s+international|press\s+association|canadian\s+press|ap|afp|upi|"
    r"aap|pa(?:\s+media)?|dpa|efe|ansa|kyodo(?:\s+news)?|jiji(?:\s+press)?|xinhua|yonhap|"
    r"bernama|antara|pti|press\s+trust\s+of\s+india|ians|ani|tass|interfax|ria\s+novosti|"
    r"ukrinform|anadolu(?:\s+agency)?|wafa|irna|mena|kuna|wam|spa|apa|bta|ctk|čtk|pap|"
    r"tt|ntb|ritzau|stt|belga|anp|lusa|europa\s+press|agencia\s+brasil|notimex|"
    r"prensa\s+latina|bss|app|nzpa|kna|sapa|nan|tnn|xinhua\s+news\s+agency|agencies)"
)
#: A wire agency credited by its name alone: "By The Associated Press", "By Reuters".
_AGENCY_CREDIT = re.compile(rf"^by\s+{_AGENCY}$", re.I)
_AGENCY_NAME = re.compile(rf"^{_AGENCY}$", re.I)
#: Several agencies credited together: "AFP | Reuters", "Reuters, AP", "dpa/AFP".
_AGENCIES = re.compile(rf"^(?:by\s+)?{_AGENCY}(?:\s*(?:[|,/;&·•]|\band\b)\s*{_AGENCY})*$", re.I)
#: Two or more of them, the byline of a story written from several agencies' copy.
_AGENCY_LIST = re.compile(rf"^(?:by\s+)?{_AGENCY}(?:\s*(?:[|,/;&·•]|\band\b)\s*{_AGENCY})+$", re.I)


def is_agency(name: str) -> bool:
    """Whether ``name`` is a news agency's ("AFP", "The Canadian Press", "KYODO"), not a
    person's: a byline of an agency alone names no writer."""
    return _AGENCY_NAME.match(strip_edges(name).strip().rstrip(".")) is not None


#: A news agency by the shape of its name, the big ones' names aside: a few capitalised words
#: and a word that says it serves other outlets ("Associated Wire", "Meridian Press
#: Association", "Western Counties Agency", "Baltic Ledger Wire Service"). "Press" alone is no
#: such word: papers bear it too ("Calderholm Press"). Read only beside a writer's name, where
#: any agency after it is the writer's employer.
_AGENCY_SHAPE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){1,4}(?:wire(?:\s+service)?|newswire|news\s+wire|"
    r"(?:(?:news|press)\s+)?agency|press\s+association|(?:news|press|wire)\s+services?)$",
    re.I,
)


def is_agency_named(name: str) -> bool:
    """Whether ``name`` is a news agency's, by the list of the big ones or by the shape of its
    name ("Meridian Press Association"): a byline's "By A, Agency" names A's employer."""
    bare = strip_edges(name).strip().rstrip(".")
    return is_agency(bare) or (
        len(bare) <= 60 and _AGENCY_SHAPE.match(bare) is not None and bare[0].isupper()
    )


def agencies_only(text: str) -> bool:
    """Whether a byline credits only news agencies: "By AFP", "AFP | Reuters", "dpa/AFP"."""
    bare = strip_edges(text).strip().rstrip(".")
    return len(bare) <= 80 and _AGENCIES.match(bare) is not None


def is_no_person_credit(text: str) -> bool:
    """Whether a byline credits the newsroom or the wires rather than a person: "Staff
    report", "From wire reports", "Staff and wire reports", "Reuters staff", "News desk",
    "By The Associated Press"."""
    bare = strip_edges(text).strip().rstrip(".")
    return len(bare) <= 60 and (
        _NO_PERSON_CREDIT.match(bare) is not None or _AGENCY_CREDIT.match(bare) is not None
    )


#: "Published by the Hallam Vale Echo", "First published by Carrow Media, 4 March 2027": the
#: outlet that ran the copy, named in the copy's head (and the day it ran). A lower-case "the"
#: is the sentence's, not the name's.
_PUBLISHED_BY = re.compile(
    r"^(?i:(?:first\s+)?published\s+by)\s+(?:the\s+)?(?P<outlet>[A-Z][^,;|]{1,60}?)"
    r"(?:\.|,\s*(?P<rest>.+))?$"
)


def _read_segment(segment: str, facts: LineFacts, order: NumericOrder = None) -> str:
    """Record what ``segment`` says in ``facts``; return what is left unexplained."""
    if _PICTURE_CREDIT.match(segment) and (facts.authors or facts.dates):
        return ""  # "Words by Jane Doe | Photos by John Roe": the photographer is no author
    if _EDITING_CREDIT.match(segment) and (facts.authors or facts.dates):
        return ""  # "Written by Kavya Menon | Edited by Rohan Das": the editor is no author
    if _read_field(segment, facts):
        return ""
    published_by = _PUBLISHED_BY.match(segment)
    if published_by and is_outlet_name(published_by.group("outlet")):
        # "Published by the Hallam Vale Echo" beside an agency's byline: the outlet that ran
        # the copy, which is its source (round 53).
        facts.outlet = facts.outlet or published_by.group("outlet")
        facts.labelled_outlet = True
        # "Published by the Echo, 11 March 2027": the day it ran follows the name.
        rest = published_by.group("rest")
        return _read_segment(rest, facts, order) if rest else ""
    if is_no_person_credit(segment):
        facts.credit = segment
        return ""
    label = _LABEL.match(segment)
    this_label = ""
    if label:
        if label.group("foreign_published"):
            this_label = "published"
        elif label.group("foreign_updated"):
            this_label = "updated"
        else:
            this_label = re.sub(r"\s+", " ", label.group("label").lower())
        facts.label = facts.label or this_label
        segment = segment[label.end() :]
    if RELATIVE_STAMP.search(segment):
        facts.relative = True
        segment = RELATIVE_STAMP.sub(" ", segment)
    blog = _ON_THE_BLOG.search(segment) if _BYLINE.match(segment) else None
    if blog is not None:
        # "by Simone Grell on the Ballot Arithmetic blog": the blog is where it was posted.
        facts.outlet = facts.outlet or blog.group("blog")
        segment = (segment[: blog.start()] + blog.group("rest")).strip()
    byline = _BYLINE.match(segment)
    if byline:
        authors, rest = _byline_names(byline.group("body"))
        if not authors:
            authors, rest = _byline_before_date(byline.group("body"), order)
        if rest:
            # "By Alan Crewe<br>Wednesday, March 3, 1999": the weekday opens the date
            authors = [_TRAILING_WEEKDAY.sub("", a) or a for a in authors]
        if authors:
            facts.authors.extend(authors)
            leftovers = []
            for part in rest:
                role = _ROLE_WORDS.search(part) or _LOWER_CASE_ROLE.match(part)
                if role and not full_dates(part)[0]:
                    # "Associated Press Writer": the job goes, the employer it names stays.
                    employer = _employer_of_role(part)
                    if employer is not None and employer != part:
                        if is_agency(employer):
                            facts.employer = facts.employer or employer
                        else:
                            leftovers.append(employer)
                    continue
                leftovers.append(part)
            segment = ", ".join(leftovers)
            if not segment:
                return ""
    days, mismatch = full_dates(segment, order)
    if days:
        facts.dates.extend(days)
        facts.date_labels.extend([this_label] * len(days))
        facts.weekday_mismatch |= mismatch
        segment = _remove_dates(segment)
        late = None if byline else _BYLINE.match(_CLOCK.sub(" ", segment).strip(" ,;"))
        if late:
            # "Posted on 3 October 2024 by Lewis Temple": blog themes print the date first
            # and the byline after it, in one line.
            authors, rest = _byline_names(late.group("body"))
            if authors:
                facts.authors.extend(authors)
                segment = ", ".join(rest)
            elif agencies_only(late.group(0)):
                # "Nov 3rd, 2026 By AFP": the agency credited, no writer named.
                facts.credit = late.group(0)
                segment = ""
        elif not byline:
            segment = _comma_byline(segment, facts)
    else:
        partial = month_days(segment)
        if partial:
            facts.partial.extend(partial)
            segment = _MONTH_DAY.sub(" ", segment)
        unordered = [m.group(0) for m in _NUMERIC_DATE.finditer(segment)]
        if unordered:
            # "04/03/2026" where nothing says which is the day: a date line all the same,
            # whose date is left for the analyst rather than guessed.
            facts.unordered.extend(unordered)
            segment = _NUMERIC_DATE.sub(" ", segment)
    if _READING_TIME.match(segment.strip()) and (facts.dates or facts.authors or facts.relative):
        return ""  # "By Jane Doe · 5 min read · 3 March 2024"
    dated = days or facts.dates or facts.partial or facts.relative
    segment = _CLOCK.sub(" ", segment) if dated else segment
    # ... but "Mail on Sunday", "Business on Sunday": the paper's name keeps its "on".
    segment = _STAMP_WORD.sub(" ", segment)
    if dated:
        # "à 07h45", "10:30 Uhr", "om 09.12": the word before or after a clock time.
        segment = re.sub(
            r"(?<!\w)(?:à|um|uhr|om|às|alle|a\s+las|h)(?!\w)", " ", segment, flags=re.I
        )
    segment = re.sub(r"\(\s*\)", " ", segment)
    segment = re.sub(r"\s+", " ", segment).strip(" ,;:")
    if segment.count("(") != segment.count(")"):
        segment = segment.strip("()").strip()
    return segment


#: The words a stamp sets before its date or time ("on 3 March", "at 10:30", "Updated").
_STAMP_WORD = re.compile(r"\b(?:on(?! (?-i:Sunday|Saturday)\b)|at|updated|published)\b", re.I)


#: The byline closing a line of fields joined by commas once its date is taken out:
#: "Harbour Watch, 19 May 2026, by Ada Lind" leaves "Harbour Watch, , by Ada Lind".
_COMMA_BYLINE = re.compile(
    r"^(?P<head>[^,]*?)(?<!\s)\s*(?:,\s*)+(?P<byline>by\s++[^,]+?)(?<!\s)\s*+(?:,\s*+)?$", re.I
)


def _comma_byline(segment: str, facts: LineFacts) -> str:
    """An outlet, a date and a byline joined by commas, the way a note or a newsletter sets its
    header in one italic line ("Harbour Watch, 19 May 2026, by Ada Lind"): the writer after the
    last comma is the author, and what comes before it is left to be read as the outlet. Only
    named people count: "..., by the staff" is no byline."""
    m = _COMMA_BYLINE.match(segment.strip(" ,;"))
    if m is None:
        return _name_and_outlet_around_date(segment, facts)
    byline = _BYLINE.match(m.group("byline"))
    if byline is None:
        return segment
    authors, rest = _byline_names(byline.group("body"))
    if not authors or rest:
        return segment
    facts.authors.extend(authors)
    return m.group("head")


def _name_and_outlet_around_date(segment: str, facts: LineFacts) -> str:
    """ "Kelso Ledger, 2 March 2026, Ruth Ames" with no "by": the two fields the date stood
    between are the outlet and the writer when one of them is an outlet's name by its words
    and the other a person's name. Two names told apart by nothing are left unread."""
    if not re.search(r",\s*,", segment):
        return segment
    parts = [p.strip() for p in segment.split(",") if p.strip()]
    if len(parts) != 2:
        return segment
    outlets = [
        p for p in parts if (has_outlet_word(p) or _calendar_or_possessive(p)) and is_outlet_name(p)
    ]
    people = [p for p in parts if is_person_name(p) and not has_outlet_word(p)]
    if len(outlets) != 1 or len(people) != 1:
        if all(is_outlet_name(p) or is_person_name(p) for p in parts):
            # "Harbour Watch, 2 March 2026, Ruth Ames": two names nothing tells apart (a
            # place, an outlet, a writer). The date is read; neither name is guessed, and
            # the two are never one outlet's name.
            return ""
        return segment
    facts.authors.append(people[0])
    return outlets[0]


_READING_TIME = re.compile(
    r"^(?:\d+\s*min(?:ute)?s?\.?\s+read|(?:reading\s+time|lecture|temps\s+de\s+lecture|lesezeit|"
    r"lesedauer|tiempo\s+de\s+lectura|lectura|lettura|leestijd|leitura)\s*:?\s*\d+\s*min\.?\w*)$",
    re.I,
)


_PICTURE_CREDIT = re.compile(
    r"^(?:(?:photos?|photographs?|photography|pictures?|images?|illustrations?)(?:\s+by|\s*:)|"
    r"(?:photographed|illustrated)\s+by)\s+\S",
    re.I,
)


#: Those who worked on a story after its writer, credited beside the byline: "Edited by",
#: "Fact-checked by", "Translated by", "Graphics by". None of them is its author.
_EDITING_CREDIT = re.compile(
    r"^(?:(?:sub|copy)[- ]?edited|edited|fact[- ]?checked|translated|produced|designed|"
    r"graphics|design|data\s+visuali[sz]ation|verified)\s+by\s*:?\s+\S",
    re.I,
)


#: A weekday's full name left at the end once its date is taken out ("Alan Crewe Wednesday").
_TRAILING_WEEKDAY = re.compile(
    r"(?<!\s)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W*$", re.I
)


def without_dates(text: str) -> str:
    """``text`` with its full dates (and a weekday left beside one) taken out."""
    return _remove_dates(text)


def _remove_dates(segment: str) -> str:
    removed = segment
    for pattern in _FULL_DATES:
        removed = pattern.sub(" ", removed)
    if removed != segment:
        # "By Alan Crewe<br>Wednesday, March 3, 1999": the weekday belonged to the date.
        removed = _TRAILING_WEEKDAY.sub("", removed.rstrip(" ,"))
    return removed


def _byline_names(body: str) -> tuple[list[str], list[str]]:
    """Authors named after "By", and the comma-separated parts that follow them.

    "Jane Doe, John Roe and Mary Poe" is a list of three people (the last comma part has an
    "and"); in "Jane Doe, Reuters" the part after the comma is an outlet or a role.
    """
    # "By Ola Nwosu (AFP)": the agency in brackets after the writer is no part of the name.
    body = _AGENCY_IN_BRACKETS.sub("", body)
    # "By Ann Lee (Associated Wire)": an agency known by its name's shape is read as it is
    # after a comma, the writer's employer (round 53).
    bracketed = _BRACKETED_TAIL.search(body)
    if bracketed and is_agency_named(bracketed.group("agency")):
        body = f"{body[: bracketed.start()]}, {bracketed.group('agency')}{body[bracketed.end() :]}"
    body = without_trailing_agency(body)
    role = _ROLE_AFTER_NAME.match(body) if "," not in body else None
    if role is not None and _is_person(role.group("name")):
        # "By Eilidh Barclay<br>Business Editor" read as one line: the job after the name.
        body = f"{role.group('name')}, {role.group('role')}"
    parts = [p.strip() for p in body.split(",") if p.strip()]
    if parts:
        # "By Kim Soo-min in Seoul": where the reporter filed from is not part of the name.
        parts[0] = _FILED_FROM.sub("", parts[0])
        caps = split_capitals_byline(parts[0])
        if caps is not None:
            parts[0:1] = list(caps)
    if len(parts) > 1 and re.search(r"\band\b|&", parts[-1]):
        names = [n for p in parts for n in _split_names(p)]
        if names and all(_is_person(n) for n in names):
            people = [n for n in names if not is_agency(n)]
            return (people, []) if people else ([], parts)
    with_roles, dated = _names_between_roles(parts)
    if with_roles:
        return with_roles, dated
    names = [_FILED_FROM.sub("", n) for n in _split_names(parts[0])] if parts else []
    if not names or not all(_is_person(n) for n in names):
        return [], parts
    people = [n for n in names if not is_agency(n)]
    if not people:
        return [], parts  # "By AFP": the agency is credited, no writer is named
    return people, parts[1:]


#: A job title run on after the writer's name with nothing between (a byline's line break
#: read as a space): "Eilidh Barclay Business Editor", "Ann Lee Staff Writer".
_ROLE_AFTER_NAME = re.compile(
    r"^(?P<name>[^,]*?[^,\s])\s+(?P<role>(?:(?:senior|chief|deputy|associate|assistant|"
    r"contributing|special|staff|political|business|health|education|transport|crime|sports?|"
    r"foreign|environment(?:al)?|science|technology|arts|city|news|features?|community|courts?|"
    r"regional|diplomatic|economics?|legal|motoring|property|travel|consumer|farming|energy|"
    r"industry|defence|security|home\s+affairs|social\s+affairs|investigations?|data|music|"
    r"film|food|fashion|royal|parliamentary|international|world|national|local(?:\s+democracy)?)"
    r"\s+){1,3}(?:correspondent|reporter|editor|writer|columnist|journalist)s?)$",
    re.I,
)
#: Where a reporter filed from, after the name: "Kim Soo-min in Seoul".
_FILED_FROM = re.compile(r"(?<!\s)\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
_BRACKETED_TAIL = re.compile(r"(?<!\s)\s*\((?P<agency>[^()]{3,60})\)\s*(?=,|$)")
_AGENCY_IN_BRACKETS = re.compile(rf"(?<!\s)\s*\((?i:{_AGENCY})\)\s*$")
_AND_BEFORE = re.compile(r"^(?:and|&)\s+", re.I)
# The name ends on a letter of its own, not on the space before the agency: a name that could
# end anywhere in a run of spaces tried every split of it (10,000 spaces took minutes).
_AGENCY_AFTER_NAME = re.compile(rf"^(?P<name>[^,]*?[^,\s])\s+(?P<agency>{_AGENCY})\s*$", re.I)


def without_trailing_agency(byline: str) -> str:
    """ "Anna Lindqvist Reuters" -> "Anna Lindqvist": the agency set after the writer with
    nothing between (a byline's line break read as a space)."""
    trailing = _AGENCY_AFTER_NAME.match(byline)
    if trailing is None or not _written_as_agency(trailing.group("agency")):
        return byline
    name = trailing.group("name")
    if "," not in name and len(name.split()) >= 2 and _is_person(name.split(" and ")[-1]):
        return name
    return byline


def _written_as_agency(name: str) -> bool:
    """An agency's name as bylines print it: initials in capitals ("AFP", "AP"), or a name
    of five letters or more with its capital ("Reuters", "Kyodo News"). A short word in
    ordinary case ("Nan", "Ani") is more likely a person's name."""
    return name.isupper() or (len(name) >= 5 and name[0].isupper())


def _names_between_roles(parts: list[str]) -> tuple[list[str], list[str]]:
    """ "Ola Nwosu, Local Democracy Reporter, and Priya Das, Environment Editor": several
    people, each with a job after the comma; the jobs go, the people stay, in order, and a
    job run on to the date line ("Environment Editor 14 October 2026") is handed back for
    its date. Nothing when any part is neither a name nor a job."""
    if len(parts) < 3 or not any(_AND_BEFORE.match(p) for p in parts[1:]):
        return [], []
    people: list[str] = []
    dated: list[str] = []
    for part in parts:
        bare = _AND_BEFORE.sub("", part).strip()
        if _ROLE_WORDS.search(bare) and not is_person_name(bare):
            if full_dates(bare)[0]:
                dated.append(bare)
            continue
        names = [_FILED_FROM.sub("", n) for n in _split_names(bare)]
        if not names or not all(_is_person(n) for n in names):
            return [], []
        people.extend(n for n in names if not is_agency(n))
    return (people, dated) if len(people) >= 2 else ([], [])


_CAPITALS_BYLINE = re.compile(
    r"^(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]*){1,3})\s+(?P<rest>[A-Z][a-z][\w .&'’-]*)$"
)


def split_capitals_byline(text: str) -> tuple[str, str] | None:
    """ "TOMAS REYES United Wire Press" -> ("TOMAS REYES", "United Wire Press"): wire bylines
    print the reporter in capitals and the agency after it with nothing between."""
    m = _CAPITALS_BYLINE.match(text.strip())
    if m is None or not re.search(r"[A-Z]{2}", m.group("name").split()[-1]):
        return None
    return m.group("name"), m.group("rest").strip()


def _split_names(names: str) -> list[str]:
    return [p.strip() for p in re.split(r"\s+(?:and|&)\s+|\s*&\s*", names) if p.strip()]


def _is_person(name: str) -> bool:
    return bool(_PERSON.fullmatch(name)) and not re.search(r"\d", name) and len(name) <= 60


#: Small words inside outlet names, in English and the languages of foreign site chrome.
_NAME_PARTICLES = frozenset(
    ["of", "the", "and", "de", "la", "du", "des", "del", "della", "di", "do", "da", "dos", "das",
     "der", "den", "het", "y", "et", "und", "für"]
)  # fmt: skip


#: A reading with its unit ("Weather: 91°", "Dow: 10,021", "Brixham 9°C"), as a page's header
#: strip shows it.
_READING = re.compile(r":\s*[-+]?\d[\d,.]*\s*(?:°|%|$)|[-+]?\d[\d,.]*\s*°\s*[CF]?(?:\s|$)")


#: Major world and regional cities that datelines and credit lines name ("Anjali Deshpande |
#: Mumbai | March 6, 2025"). Used only to refuse such a place as an outlet or an author: a
#: city alone is where the story was filed, never who published or wrote it.
MAJOR_CITIES = frozenset(
    ["abu dhabi", "abuja", "accra", "addis ababa", "ahmedabad", "algiers", "almaty", "amman",
     "amsterdam", "ankara", "antwerp", "athens", "atlanta", "auckland", "baghdad", "baku",
     "bamako", "bangalore", "bengaluru", "bangkok", "barcelona", "beijing", "beirut",
     "belfast", "belgrade", "berlin", "bern", "birmingham", "bogota", "bogotá", "bonn",
     "boston", "brasilia", "brasília", "bratislava", "brisbane", "brussels", "bucharest",
     "budapest", "buenos aires", "cairo", "calgary", "canberra", "cape town", "caracas",
     "cardiff", "casablanca", "chennai", "chicago", "chisinau", "colombo", "copenhagen",
     "dakar", "dallas", "damascus", "dar es salaam", "delhi", "denver", "detroit", "dhaka",
     "doha", "dubai", "dublin", "durban", "edinburgh", "frankfurt", "geneva", "glasgow",
     "gothenburg", "guangzhou", "hamburg", "hanoi", "harare", "havana", "helsinki",
     "ho chi minh city", "hong kong", "honolulu", "houston", "hyderabad", "islamabad",
     "istanbul", "jakarta", "jeddah", "jerusalem", "johannesburg", "kabul", "kampala",
     "karachi", "kathmandu", "khartoum", "kigali", "kinshasa", "kolkata", "kuala lumpur",
     "kuwait city", "kyiv", "kiev", "lagos", "lahore", "las vegas", "lima", "lisbon",
     "ljubljana", "london", "los angeles", "luanda", "lusaka", "luxembourg", "lyon", "madrid",
     "managua", "manchester", "manila", "maputo", "marseille", "melbourne", "mexico city",
     "miami", "milan", "minsk", "mogadishu", "montevideo", "montreal", "moscow", "mumbai",
     "munich", "muscat", "nairobi", "naples", "new delhi", "new york", "nicosia", "oslo",
     "ottawa", "panama city", "paris", "perth", "philadelphia", "phnom penh", "phoenix",
     "prague", "pretoria", "pune", "pyongyang", "quito", "rabat", "reykjavik", "riga",
     "rio de janeiro", "riyadh", "rome", "rotterdam", "san francisco", "san jose",
     "santiago", "sao paulo", "são paulo", "sarajevo", "seattle", "seoul", "shanghai",
     "shenzhen", "singapore", "skopje", "sofia", "stockholm", "strasbourg", "sydney",
     "taipei", "tallinn", "tashkent", "tbilisi", "tehran", "tel aviv", "the hague",
     "tirana", "tokyo", "toronto", "tripoli", "tunis", "turin", "ulaanbaatar", "vancouver",
     "vienna", "vilnius", "warsaw", "washington", "wellington", "windhoek", "yangon",
     "yerevan", "zagreb", "zurich", "zürich"]
)  # fmt: skip


def is_major_city(text: str) -> bool:
    """Whether ``text`` is only the name of a major city ("Mumbai", "NEW YORK", "Kyiv.")."""
    return " ".join(text.strip(" .,;:").lower().split()) in MAJOR_CITIES


def is_outlet_name(text: str) -> bool:
    """Whether ``text`` could be the name of an outlet: short, capitalised, not a sentence."""
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60:
        return False
    if text.endswith((".", "?", "!")) and not text.endswith(".com"):
        return False
    if _READING.search(text):
        return False
    # An outlet name is capitalised (The Week, Eastbank Review, AP) or a domain (bbc.co.uk).
    if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", text):
        return True
    lowercase = [
        w
        for w in words
        if w[0].islower()
        and w.lower() not in _NAME_PARTICLES
        # Russian and Ukrainian capitalise a paper's name at its first word only
        # ("Иртышская правда"): its outlet word may be in lower case.
        and not (w.lower().strip(".,") in OUTLET_WORDS and _CYRILLIC.match(w))
    ]
    if lowercase and has_outlet_word(text) and words[-1][0].isupper():
        # "Week in Review", "Business on Sunday": a preposition inside a paper's name.
        lowercase = [w for w in lowercase if w not in _OUTLET_PREPOSITIONS]
    return words[0][0].isupper() and not lowercase


#: Small words inside an outlet's name that hold an outlet word ("Week in Review").
_OUTLET_PREPOSITIONS = frozenset(["in", "on", "at", "for", "from"])


_CYRILLIC = re.compile("[\u0400-\u04ff]")

#: Words that name a publication rather than a person ("Westland News", "Harbor Wire").
OUTLET_WORDS = frozenset(
    [
        "news",
        "times",
        "post",
        "daily",
        "herald",
        "gazette",
        "journal",
        "review",
        "press",
        "wire",
        # One word for "news wire", as agencies name themselves ("Baltic Newswire").
        "newswire",
        "newswires",
        "tribune",
        "chronicle",
        "observer",
        "guardian",
        "standard",
        "record",
        "courier",
        "mercury",
        "echo",
        "network",
        "today",
        "report",
        "weekly",
        # Trade and specialist titles named by how often they come ("Refining Monthly").
        "monthly",
        "fortnightly",
        "quarterly",
        "digest",
        "monitor",
        "telegraph",
        "star",
        "sun",
        "mail",
        "express",
        "independent",
        "radio",
        "tv",
        "media",
        "magazine",
        "ledger",
        "dispatch",
        "bulletin",
        "register",
        "sentinel",
        "examiner",
        "inquirer",
        "notes",
        "agency",
        "broadcasting",
        "corporation",
        "service",
        "services",
        "online",
        "newspaper",
        "channel",
        # Names regional and older papers end with ("Mumbai Mirror", "Valley Voice").
        "mirror",
        "voice",
        "argus",
        "advertiser",
        "clarion",
        "pioneer",
        "statesman",
        "spectator",
        "bugle",
        "beacon",
        # A paper that keeps an eye on its patch ("Harbour Watch", "Fenland Watch").
        "watch",
        # The same words in the names of papers in other languages ("Le Courrier du Lac").
        "courrier",
        "kurier",
        "zeitung",
        "tagblatt",
        "tageblatt",
        "nachrichten",
        "rundschau",
        "anzeiger",
        "diario",
        "diário",
        "periódico",
        "gazzetta",
        "corriere",
        "giornale",
        "quotidien",
        "quotidiano",
        "nouvelles",
        "noticias",
        "notícias",
        "jornal",
        "presse",
        "krant",
        "dagblad",
        "tidende",
        "tidning",
        "avisen",
        # Russian and Ukrainian papers: "Иртышская правда", "Вечерние вести".
        "правда",
        "газета",
        "вести",
        "вісті",
        "новости",
        "новини",
        "известия",
        "ведомости",
        "вестник",
        "вісник",
        "курьер",
        "кур'єр",
        "обозрение",
        "огляд",
        "posten",
    ]
)
#: Words of site sections and menus ("World", "Middle East", "Sign in"), never a person.
SECTION_WORDS = frozenset(
    [
        "home",
        "news",
        "sport",
        "sports",
        "business",
        "opinion",
        "world",
        "politics",
        "culture",
        "lifestyle",
        "life",
        "style",
        "travel",
        "science",
        "health",
        "tech",
        "technology",
        "entertainment",
        "arts",
        "money",
        "weather",
        "local",
        "video",
        "videos",
        "live",
        "climate",
        "environment",
        "economy",
        "markets",
        "education",
        "food",
        "books",
        "music",
        "film",
        "tv",
        "podcasts",
        "newsletters",
        "games",
        "puzzles",
        "crosswords",
        "uk",
        "us",
        "europe",
        "asia",
        "africa",
        "americas",
        "australia",
        "middle",
        "east",
        "west",
        "north",
        "south",
        "more",
        "latest",
        "search",
        "menu",
        "sign",
        "log",
        "in",
        "subscribe",
        "account",
        "region",
        "regions",
        "national",
        "international",
        "features",
        "analysis",
        "investigations",
        "obituaries",
        "property",
        "motoring",
        "jobs",
        # Sections of local papers: "Crime", "Schools", "What's On", "Announcements".
        "crime",
        "schools",
        "community",
        "council",
        "courts",
        "letters",
        "announcements",
        "notices",
        "events",
        "transport",
        "outdoors",
        "nature",
        "gardening",
        "farming",
        "homes",
        "cars",
        "religion",
        # ...and of papers in other languages, whose English editions keep the menu.
        "accueil",
        "économie",
        "politique",
        "société",
        "startseite",
        "wirtschaft",
        "politik",
        "kultur",
        "gesellschaft",
        "inicio",
        "economía",
        "política",
        "cultura",
        "sociedad",
        "deportes",
        "esteri",
        "cronaca",
        "economia",
        "binnenland",
        "buitenland",
        "economie",
        "cultuur",
    ]
)
#: Menu items of several words that are not all section words.
MENU_PHRASES = frozenset(["what's on", "things to do", "sign up", "log in", "my account"])
# Leading articles of outlets named in other languages ("Al Jazeera", "Le Monde").
_OUTLET_ARTICLES = frozenset(
    ["al", "le", "la", "el", "les", "der", "die", "das", "il", "lo", "los", "las"]
)
_NAME_TOKEN = re.compile(
    rf"(?:[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*|[{UPPER}]\.|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|"
    r"de|da|di|van|von|der|den|bin|ibn|du|dos|del)"
)


#: Words of an institution's or a chamber's name, never of a person's: "Commons Chamber",
#: "Security Council", "United Nations".
_INSTITUTION_WORDS = frozenset(
    ["chamber", "parliament", "assembly", "senate", "congress", "council", "committee",
     "subcommittee", "ministry", "department", "nations", "commission", "agency", "secretariat"]
)  # fmt: skip


#: The last word of an office's or a team's name, never of a person's.
_OFFICE_LAST_WORDS = frozenset(
    ["team", "desk", "office", "unit", "newsroom", "comms", "communications", "admin",
     "administrator", "support", "helpdesk"]
)  # fmt: skip


def is_person_name(text: str) -> bool:
    """Whether ``text`` is shaped like a person's name alone: "Imogen Tell", "Jan de Vries".

    Two to four capitalised words, none of them a word of outlet or menu names, so that
    "Westland News" and "Middle East" are not taken for people.
    """
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 40:
        return False
    if not words[0][:1].isupper() or words[0].lower() in _OUTLET_ARTICLES:
        return False
    if words[0] == "The":
        return False  # "The Harbour Brief": a publication's name, no person's
    if words[-1].lower() in _OFFICE_LAST_WORDS:
        return False  # "Comms Team", "Digital Desk": an office, as a file's creator names it
    for word in words:
        if not _NAME_TOKEN.fullmatch(word):
            return False
        if word.lower() in OUTLET_WORDS or word.lower() in SECTION_WORDS:
            return False
        if word.lower() in _INSTITUTION_WORDS:
            return False
        # A plural possessive ("Renters' Voice", "Parents' Forum") names a group's body, and
        # so does a singular one ("Grocer's Week", "Today's Engineer"): a person's name
        # inflects inside a sentence, never on its own.
        # "Grocer's Week", "The Monday Paper", "Sunday Mail": a word of the calendar names a
        # paper's day or rhythm, never a part of a person's name.
        if _calendar_or_possessive(word):
            return False
    return True


def _calendar_or_possessive(text: str) -> bool:
    """Whether ``text`` has a word no person's name has: a possessive or a calendar word."""
    return any(
        w.endswith(("'", "’", "'s", "’s")) or w.lower() in _CALENDAR_WORDS for w in text.split()
    )


#: Days and spans of the calendar that publications name themselves after; months are left
#: out ("April Lund", "June Okafor" are people).
_CALENDAR_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
     "weekend", "fortnight", "fortnightly", "month", "monthly", "quarterly", "today",
     "tonight", "yesterday", "tomorrow"]
)  # fmt: skip


def has_clock(text: str) -> bool:
    """Whether ``text`` writes a time of day ("5:42 PM", "07h45")."""
    return _CLOCK.search(text) is not None


def has_outlet_word(text: str) -> bool:
    return any(w.lower().strip(".,") in OUTLET_WORDS for w in text.split())


def byline(line: str) -> tuple[list[str], str | None] | None:
    """Authors and outlet of a byline line such as "By Jane Doe, Reuters"; None otherwise."""
    facts = read_meta_line(line)
    if facts is None or not facts.authors:
        return None
    return facts.authors, facts.outlet


@dataclass(frozen=True, slots=True)
class WireDateline:
    place: str
    when: str | None
    agency: str | None
    dates: list[date]
    partial: list[tuple[int, int]]
    standalone: bool = False  # the dateline is the whole line, the story starts below it


#: A dateline that carries a full date in the shapes the wire pattern leaves out: the place in
#: ordinary case ("Ashby, March 3, 2027 -"), the date set off with dashes ("ASHBY — March 3,
#: 2027 —") or the agency before it ("ASHBY, Ohio (AW), March 3, 2027 -"). Only a full date
#: makes such an opening a dateline (round 53).
_DATED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&'-]{1,40})\))?\s*(?:,|—|–|--)\s*(?P<when>[^()—–]{6,40}?)\s*"
    r"(?:\((?P<agency2>[A-Za-z][\w .&'-]{1,40})\))?\s*(?:—|–|--|-|_)(?P<rest>\s+\S)"
)


#: Labels that open a note with its date as a dateline opens a story: "Update, March 4,
#: 2027 -", "Correction, 3 March 2027 —" date the note, not the story.
_NOTE_LABEL = re.compile(
    r"^(?:updated?|correction|clarification|editor'?s\s+note|note|posted|published|"
    r"last\s+updated|live|breaking|watch|listen|video|photos?)\b",
    re.I,
)


def _dated_dateline(head: str) -> WireDateline | None:
    m = _DATED_DATELINE.match(head)
    if not m or len(m.group("when").split()) > 6 or _NOTE_LABEL.match(m.group("place")):
        return None
    found, _ = full_dates(m.group("when"))
    if not found:
        return None
    agency = m.group("agency") or m.group("agency2")
    place, when = m.group("place").strip(), m.group("when").strip()
    return WireDateline(place, when, agency.strip() if agency else None, found, [], False)


def wire_dateline(paragraph: str) -> WireDateline | None:
    """The dateline opening a wire-style first paragraph ("SEOUL, Jan. 13 (Reuters) — ...")."""
    head = paragraph if len(paragraph) <= 160 else paragraph[:160] + " x"
    m = _WIRE_DATELINE.match(head)
    if not m:
        return _dated_dateline(head)
    place = m.group("place").strip()
    # A place in capitals: one all-caps word of at least three letters ("SEOUL", "KYIV"),
    # which keeps ordinary sentences ("A man said - ...") out.
    if not re.match(r"^[A-Z][A-Z.'’-]{2,}", place):
        return _dated_dateline(head)
    when = (m.group("when") or "").strip() or None
    dates: list[date] = []
    partial: list[tuple[int, int]] = []
    if when:
        dates, _ = full_dates(when)
        if not dates:
            partial = month_days(when)
            if not partial:
                return None
    agency = m.group("agency")
    standalone = not m.group("rest").strip()
    # A place alone is a dateline only as a line of its own ending in a dash ("WASHINGTON _");
    # at the start of a paragraph, "KYIV - ..." could as well be a heading or a shout.
    if (
        when is None
        and agency is None
        and not (standalone and not m.group(0).rstrip().endswith(":"))
    ):
        return _dated_dateline(head)
    return WireDateline(place, when, agency.strip() if agency else None, dates, partial, standalone)
