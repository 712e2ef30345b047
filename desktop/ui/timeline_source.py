"""Facts as timeline items: the bridge from project records to the timeline widget's data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from desktop.domain.records import FactRecord
from desktop.ui.format import date_range_text
from desktop.ui.models.facts import fact_source
from desktop.ui.timeline.data import TimelineData, TimelineItem, describe_range

LaneMode = Literal["source", "article", "tag"]
LANE_TITLES: dict[LaneMode, str] = {"source": "Sources", "article": "Articles", "tag": "Tags"}
UNTAGGED = "(no tag)"
LABEL_CHARS = 90


def lane_of(fact: FactRecord, mode: LaneMode) -> str:
    if mode == "article":
        if fact.article is None:
            return "(added by hand)"
        return fact.article.display_title
    if mode == "tag":
        # A fact shows once: under its first tag (tags are kept sorted).
        return fact.tags[0] if fact.tags else UNTAGGED
    return fact_source(fact)


def tooltip_of(fact: FactRecord) -> str:
    lines = [fact.text]
    if fact.date.earliest and fact.date.latest:
        lines.append(f"{describe_range(fact.date.earliest, fact.date.latest)} ({fact.date.value})")
    else:
        lines.append(date_range_text(fact.date))
    if fact.timex is not None and fact.timex.explanation:
        lines.append(f"“{fact.timex.text}”: {fact.timex.explanation}")
    src = fact_source(fact)
    if fact.article is not None:
        src += f" — {fact.article.display_title}"
    lines.append(src)
    if fact.status != "auto":
        lines.append(f"Status: {fact.status}")
    if fact.has_conflict:
        lines.append("⚠ a figure here contradicts another source")
    return "\n".join(lines)


def timeline_item(fact: FactRecord, mode: LaneMode) -> TimelineItem | None:
    """The fact as drawn, or None when it has no calendar position yet."""
    if fact.date.earliest is None or fact.date.latest is None:
        return None
    if fact.date.latest < fact.date.earliest:
        return None
    label = fact.text if len(fact.text) <= LABEL_CHARS else fact.text[: LABEL_CHARS - 1] + "…"
    return TimelineItem(
        id=fact.id,
        lane=lane_of(fact, mode),
        earliest=fact.date.earliest,
        latest=fact.date.latest,
        label=label,
        status=fact.status,
        has_conflict=fact.has_conflict,
        precision=fact.date.precision or "day",
        tooltip=tooltip_of(fact),
    )


def timeline_data(facts: Iterable[FactRecord], mode: LaneMode = "source") -> TimelineData:
    items = [it for f in facts if (it := timeline_item(f, mode)) is not None]
    return TimelineData(items)
