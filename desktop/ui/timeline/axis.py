"""Ticks for the time axis, from millennia down to hours, chosen so that labels never touch.

Pure Python: the caller passes a ``text_width`` function (font metrics in the widget, a
character estimate in tests), and gets tick positions in day units back.

The axis has two rows. The lower row carries the *minor* labels (months, days, years...), the
upper row names the enclosing *major* period (the year above months, the month above days),
so a minor label can stay short ("Mar", "14") and still be unambiguous.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from desktop.ui.timeline.data import day_to_date

TextWidth = Callable[[str], float]

#: Room left between two neighbouring labels, in pixels.
LABEL_GAP = 14.0
#: Unlabelled sub-ticks are drawn only when they are at least this far apart.
SUB_TICK_MIN_PX = 5.0

FIRST_DAY = 1.0
LAST_DAY = float(date.max.toordinal() + 1)


@dataclass(frozen=True, slots=True)
class TickUnit:
    """One rung of the ladder: ``count`` steps of ``kind`` ("hour", "day", "week", "month",
    "year")."""

    name: str
    kind: str
    count: int
    approx_days: float
    title: str  # how the corner of the axis names the scale


LADDER: tuple[TickUnit, ...] = (
    TickUnit("hour", "hour", 1, 1 / 24, "Hours"),
    TickUnit("3 hours", "hour", 3, 3 / 24, "3-hour steps"),
    TickUnit("6 hours", "hour", 6, 6 / 24, "6-hour steps"),
    TickUnit("12 hours", "hour", 12, 12 / 24, "12-hour steps"),
    TickUnit("day", "day", 1, 1.0, "Days"),
    TickUnit("week", "week", 1, 7.0, "Weeks"),
    TickUnit("month", "month", 1, 30.44, "Months"),
    TickUnit("quarter", "month", 3, 91.3, "Quarters"),
    TickUnit("half year", "month", 6, 182.6, "Half years"),
    TickUnit("year", "year", 1, 365.25, "Years"),
    TickUnit("2 years", "year", 2, 730.5, "2-year steps"),
    TickUnit("5 years", "year", 5, 1826.0, "5-year steps"),
    TickUnit("decade", "year", 10, 3652.5, "Decades"),
    TickUnit("20 years", "year", 20, 7305.0, "20-year steps"),
    TickUnit("50 years", "year", 50, 18262.0, "50-year steps"),
    TickUnit("century", "year", 100, 36525.0, "Centuries"),
    TickUnit("2 centuries", "year", 200, 73050.0, "2-century steps"),
    TickUnit("5 centuries", "year", 500, 182625.0, "5-century steps"),
    TickUnit("millennium", "year", 1000, 365250.0, "Millennia"),
)
UNIT_BY_NAME = {u.name: u for u in LADDER}

# Sub-ticks must line up with the labelled ticks, so each unit lists the finer units that
# divide it, best first; the first one that is not too crowded is drawn.
_SUB_UNITS: dict[str, tuple[str, ...]] = {
    "hour": (),
    "3 hours": ("hour",),
    "6 hours": ("hour", "3 hours"),
    "12 hours": ("hour", "3 hours", "6 hours"),
    "day": ("hour", "3 hours", "6 hours"),
    "week": ("day",),
    "month": ("day",),
    "quarter": ("month",),
    "half year": ("month",),
    "year": ("month", "quarter"),
    "2 years": ("year", "quarter"),
    "5 years": ("year",),
    "decade": ("year", "2 years"),
    "20 years": ("year", "5 years"),
    "50 years": ("5 years", "decade"),
    "century": ("decade", "20 years"),
    "2 centuries": ("decade", "50 years"),
    "5 centuries": ("50 years", "century"),
    "millennium": ("century",),
}

_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_FULL = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class Tick:
    t: float
    label: str


@dataclass(frozen=True, slots=True)
class AxisTicks:
    unit: TickUnit
    minor: list[Tick]
    major: list[Tick]
    sub: list[float]
    #: the major period that contains the left edge, for the pinned label at the left
    major_at_start: Tick | None


# -- calendar stepping ---------------------------------------------------------------------


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _month_start(index: int) -> float | None:
    year, month0 = divmod(index, 12)
    if year < 1 or year > 9999:
        return None
    return float(date(year, month0 + 1, 1).toordinal())


def _year_start(year: int) -> float | None:
    if year < 1 or year > 9999:
        return None
    return float(date(year, 1, 1).toordinal())


def tick_times(unit: TickUnit, t0: float, t1: float) -> Iterator[float]:
    """Boundaries of ``unit`` in ``[t0, t1]``, aligned to the calendar (midnight, Monday, the
    first of the month, years divisible by the step)."""
    t0 = max(t0, FIRST_DAY)
    t1 = min(t1, LAST_DAY)
    if t1 < t0:
        return
    if unit.kind == "hour":
        step = unit.count / 24
        k = math.ceil(t0 / step - 1e-9)
        while k * step <= t1:
            yield k * step
            k += 1
    elif unit.kind == "day":
        d = math.ceil(t0)
        while d <= t1:
            yield float(d)
            d += unit.count
    elif unit.kind == "week":
        # Ordinal 1 (1 January of year 1) is a Monday, so Mondays are ordinals = 1 (mod 7).
        d = math.ceil(t0)
        d += (1 - d) % 7
        while d <= t1:
            yield float(d)
            d += 7
    elif unit.kind == "month":
        first = day_to_date(t0)
        idx = _month_index(first)
        idx -= idx % unit.count
        while True:
            s = _month_start(idx)
            if s is None or s > t1:
                break
            if s >= t0:
                yield s
            idx += unit.count
    else:
        year = day_to_date(t0).year
        year -= year % unit.count
        while True:
            if year < 1:
                year += unit.count
                continue
            s = _year_start(year)
            if s is None or s > t1:
                break
            if s >= t0:
                yield s
            year += unit.count


# -- labels -----------------------------------------------------------------------------------


def _hour_label(t: float) -> str:
    minutes = round((t - math.floor(t)) * 24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minor_label(unit: TickUnit, t: float, style: int) -> str:
    """Label of a minor tick. ``style`` 0 is the roomiest form, higher numbers are shorter."""
    d = day_to_date(t + 1e-6)
    if unit.kind == "hour":
        return _hour_label(t)
    if unit.kind == "week":
        # Every week tick is a Monday: naming the weekday would only repeat itself.
        return str(d.day)
    if unit.kind == "day":
        if style == 0:
            return f"{_WEEKDAY_ABBR[d.weekday()]} {d.day}"
        return str(d.day)
    if unit.kind == "month":
        if style == 0:
            return _MONTH_FULL[d.month - 1]
        return _MONTH_ABBR[d.month - 1]
    if unit.count >= 10 and style == 0:
        return f"{d.year}s"
    return str(d.year)


def _label_styles(unit: TickUnit) -> int:
    return 2 if unit.kind in ("day", "month") or unit.count >= 10 else 1


# The widest label each style can produce, to decide before generating any tick.
def _widest_label(unit: TickUnit, style: int) -> str:
    if unit.kind == "hour":
        return "00:00"
    if unit.kind == "week":
        return "28"
    if unit.kind == "day":
        return "Wed 28" if style == 0 else "28"
    if unit.kind == "month":
        return "September" if style == 0 else "May"
    if unit.count >= 10 and style == 0:
        return "2000s"
    return "2000"


def major_unit(unit: TickUnit) -> TickUnit | None:
    """The enclosing period named in the upper row."""
    if unit.kind == "hour":
        return UNIT_BY_NAME["day"]
    if unit.kind in ("day", "week"):
        return UNIT_BY_NAME["month"]
    if unit.kind == "month":
        return UNIT_BY_NAME["year"]
    if unit.count < 10:
        return UNIT_BY_NAME["decade"]
    if unit.count < 100:
        return UNIT_BY_NAME["century"]
    return None


def major_label(unit: TickUnit, t: float, style: int = 0) -> str:
    """Label of a major tick. ``style`` 0 is the roomiest form, higher numbers are shorter
    (see ``_MAJOR_STYLES``): days zoomed out to a week or two name "8 Jan", not the whole date."""
    d = day_to_date(t + 1e-6)
    if unit.kind == "day":
        weekday, month = _WEEKDAY_ABBR[d.weekday()], _MONTH_FULL[d.month - 1]
        return (
            f"{weekday} {d.day} {month} {d.year}",
            f"{weekday} {d.day} {month[:3]} {d.year}",
            f"{d.day} {month[:3]} {d.year}",
            f"{d.day} {month[:3]}",
        )[min(style, 3)]
    if unit.kind == "month":
        return (f"{_MONTH_FULL[d.month - 1]} {d.year}", f"{_MONTH_ABBR[d.month - 1]} {d.year}")[
            min(style, 1)
        ]
    if unit.count == 1:
        return str(d.year)
    if unit.count == 10:
        return f"{d.year - d.year % 10}s"
    if style == 0:
        # Over a row of decades ("1990s 2000s 2010s") the century named "2000s" read as one
        # of them: it is named as a century.
        return f"{_ordinal(d.year // 100 + 1)} century"
    return f"{d.year - d.year % 100}s"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_MAJOR_STYLES = {"day": 4, "month": 2, "year": 2}


def _fitting_major_labels(
    big: TickUnit, times: list[float], ppd: float, text_width: TextWidth
) -> tuple[list[Tick], int]:
    """Major ticks labelled in the roomiest style whose neighbours do not touch. When even
    the shortest style is too wide, labels are left off (the tick line stays) so that no two
    overlap: a row of run-together dates reads as nothing."""

    def fits(labels: list[str]) -> bool:
        return all(
            (t1 - t0) * ppd >= text_width(label) + LABEL_GAP
            for t0, t1, label in zip(times, times[1:], labels, strict=False)
        )

    styles = _MAJOR_STYLES.get(big.kind, 1)
    for style in range(styles):
        labels = [major_label(big, t, style) for t in times]
        if fits(labels):
            return [Tick(t, s) for t, s in zip(times, labels, strict=True)], style
    style = styles - 1
    ticks: list[Tick] = []
    free_from = -math.inf
    for t in times:
        label = major_label(big, t, style)
        if t * ppd >= free_from:
            free_from = t * ppd + text_width(label) + LABEL_GAP
            ticks.append(Tick(t, label))
        else:
            ticks.append(Tick(t, ""))
    return ticks, style


def _period_start(unit: TickUnit, t: float) -> float:
    """Start of the ``unit`` period that contains ``t``."""
    d = day_to_date(t)
    if unit.kind == "day":
        return float(d.toordinal())
    if unit.kind == "month":
        return float(date(d.year, d.month, 1).toordinal())
    year = max(1, d.year - d.year % unit.count)
    return float(date(year, 1, 1).toordinal())


# -- choosing -------------------------------------------------------------------------------------


def choose_unit(ppd: float, text_width: TextWidth) -> tuple[TickUnit, int]:
    """The finest unit whose labels fit side by side at ``ppd`` pixels per day, and the label
    style to use with it."""
    for unit in LADDER:
        # Months and years vary in length; the shortest decides whether neighbours collide.
        shortest = unit.approx_days * (28 / 30.44 if unit.kind == "month" else 1.0)
        spacing = shortest * ppd
        for style in range(_label_styles(unit)):
            if text_width(_widest_label(unit, style)) + LABEL_GAP <= spacing:
                return unit, style
    return LADDER[-1], _label_styles(LADDER[-1]) - 1


def compute_ticks(
    t0: float,
    t1: float,
    ppd: float,
    text_width: TextWidth,
    major_width: TextWidth | None = None,
) -> AxisTicks:
    """Ticks for the visible range ``[t0, t1]`` (days) at ``ppd`` pixels per day.
    ``major_width`` measures the upper row's labels (drawn bold); ``text_width`` by default."""
    unit, style = choose_unit(ppd, text_width)
    minor = [Tick(t, minor_label(unit, t, style)) for t in tick_times(unit, t0, t1)]

    sub: list[float] = []
    for name in _SUB_UNITS[unit.name]:
        candidate = UNIT_BY_NAME[name]
        if candidate.approx_days * ppd >= SUB_TICK_MIN_PX:
            labelled = {tk.t for tk in minor}
            sub = [t for t in tick_times(candidate, t0, t1) if t not in labelled]
            break

    major: list[Tick] = []
    at_start: Tick | None = None
    big = major_unit(unit)
    if big is not None:
        times = list(tick_times(big, t0, t1))
        major, style = _fitting_major_labels(big, times, ppd, major_width or text_width)
        begin = _period_start(big, max(t0, FIRST_DAY))
        at_start = Tick(begin, major_label(big, begin, style))
    return AxisTicks(unit, minor, major, sub, at_start)
