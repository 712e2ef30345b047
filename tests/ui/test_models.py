"""The item models and helpers on their own, without any widget."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from desktop.domain import Block, DateRange, Figure, RawArticle
from desktop.domain.records import ArticleRecord, FactRecord, FigureRecord, GroupRecord, PairRecord
from desktop.ui.format import figure_value, parse_date_range
from desktop.ui.models.blocks import BlocksListModel, KeptRole
from desktop.ui.models.conflicts import (
    ConflictGroupsModel,
    ConflictPairsModel,
    OpenContradictionsRole,
)
from desktop.ui.models.facts import (
    COL_DATE,
    COL_PRECISION,
    COL_SOURCE,
    COL_STATUS,
    COL_TEXT,
    FactFilter,
    FactIdRole,
    FactsTableModel,
    SortRole,
    prepare_facts,
)
from desktop.ui.models.figures import COL_VALUE, FiguresTableModel
from desktop.ui.models.import_files import ImportEntry
from desktop.ui.timeline_source import UNTAGGED, timeline_data, tooltip_of


def article(
    aid: int, source: str | None, published: date | None = date(2025, 1, 13)
) -> ArticleRecord:
    return ArticleRecord(
        id=aid,
        path=f"a{aid}.txt",
        title=f"Article {aid}",
        source=source,
        author=None,
        url=None,
        published=published,
        published_origin="user" if published else None,
        format="txt",
        imported_at=datetime(2025, 1, 20),
    )


def fact(
    fid: int,
    day: date | None,
    source: str = "Wire",
    status: str = "auto",
    tags: tuple[str, ...] = (),
) -> FactRecord:
    dr = (
        DateRange(day.isoformat(), day, day, "day")
        if day
        else DateRange("XXXX-WXX-4", None, None, None)
    )
    return FactRecord(
        id=fid,
        article=article(fid % 3 + 1, source),
        start=0,
        end=10,
        text=f"Soldiers captured on day {fid}",
        date=dr,
        status=status,  # type: ignore[arg-type]
        timex=None,
        tags=tags,
    )


def test_facts_model_columns_roles_and_edits_go_to_the_editor() -> None:
    edits: list[tuple[int, int, str]] = []

    def editor(fid: int, col: int, text: str) -> bool:
        edits.append((fid, col, text))
        return True

    model = FactsTableModel(editor)
    model.set_facts(
        [fact(1, date(2025, 1, 12)), fact(2, None), fact(3, date(2025, 1, 9), status="rejected")]
    )
    assert model.rowCount() == 3 and model.columnCount() == 7
    assert model.headerData(COL_DATE, Qt.Orientation.Horizontal) == "Date"
    # Rows come sorted by date, undated facts last.
    assert [model.index(r, 0).data(FactIdRole) for r in range(3)] == [3, 1, 2]
    first = model.index(1, COL_DATE)
    assert first.data() == "12 Jan 2025"
    assert first.data(FactIdRole) == 1
    assert model.index(2, COL_DATE).data() == "undated"
    assert model.index(1, COL_PRECISION).data() == "day"
    assert model.index(1, COL_SOURCE).data() == "Wire"
    assert model.flags(first) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(1, COL_SOURCE)) & Qt.ItemFlag.ItemIsEditable
    assert model.index(2, COL_DATE).data(SortRole) > model.index(1, COL_DATE).data(SortRole)

    # Editing shows the date as typed, in ISO form.
    assert first.data(Qt.ItemDataRole.EditRole) == "2025-01-12"
    assert model.setData(first, "2025-01-02")
    assert edits == [(1, COL_DATE, "2025-01-02")]
    # Setting the same value is not an edit.
    assert not model.setData(model.index(1, COL_TEXT), "Soldiers captured on day 1")
    assert len(edits) == 1
    # The model itself changes only when told the fact changed.
    assert first.data() == "12 Jan 2025"
    model.update_fact(fact(1, date(2025, 1, 2), status="edited"))
    assert model.index(1, COL_DATE).data() == "2 Jan 2025"
    assert model.index(1, COL_STATUS).data() == "edited"
    model.remove_fact(2)
    assert model.rowCount() == 2 and model.row_of(1) == 1

    # Sorting reorders the model's own rows (Python's sort, not Qt's comparator).
    model.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, COL_DATE).data() for r in range(2)] == ["9 Jan 2025", "2 Jan 2025"]
    assert model.row_of(3) == 0 and model.row_of(1) == 1


def test_facts_model_reads_durations_as_an_analyst_would() -> None:
    model = FactsTableModel()
    three_days = DateRange("P3D", date(2025, 1, 10), date(2025, 1, 12), "day")
    part_of_month = DateRange("2025-01", date(2025, 1, 1), date(2025, 1, 10), "month")
    month = DateRange("2024-11", date(2024, 11, 1), date(2024, 11, 30), "month")
    open_start = DateRange("PXM", None, date(2025, 1, 13), "month")
    records = [fact(i, date(2025, 1, 1)) for i in range(1, 5)]
    for r, dr in zip(records, (three_days, part_of_month, month, open_start), strict=True):
        r.date = dr
    model.set_facts(records)
    shown = {
        model.index(r, 0).data(FactIdRole): (
            model.index(r, COL_DATE).data(),
            model.index(r, COL_PRECISION).data(),
        )
        for r in range(4)
    }
    assert shown == {
        1: ("10–12 Jan 2025", "3 days"),
        2: ("1–10 Jan 2025", "10 days"),
        3: ("Nov 2024", "month"),
        4: ("until 13 Jan 2025", "months"),
    }


def test_facts_filter_hides_rejected_and_matches_text_source_status() -> None:
    model = FactsTableModel()
    model.set_facts(
        [
            fact(1, date(2025, 1, 12), source="Wire"),
            fact(2, date(2025, 1, 13), source="Daily", status="confirmed"),
            fact(3, date(2025, 1, 9), source="Wire", status="rejected"),
        ]
    )
    model.set_filter(FactFilter())
    assert model.fact_ids() == [1, 2] and model.total() == 3
    model.set_filter(FactFilter(show_rejected=True))
    assert model.fact_ids() == [3, 1, 2]
    model.set_filter(FactFilter(source="Wire"))
    assert model.fact_ids() == [1]
    model.set_filter(FactFilter(statuses=frozenset({"confirmed"})))
    assert model.fact_ids() == [2]
    model.set_filter(FactFilter(text="DAY 2"))
    assert model.fact_ids() == [2]
    assert model.row_of(3) is None
    # The list filter and the one-fact test (used by the timeline) agree on every fact.
    for flt in (FactFilter(), FactFilter(source="Daily"), FactFilter(text="day 1")):
        records = [fact(i, date(2025, 1, i), ("Wire", "Daily")[i % 2]) for i in range(1, 9)]
        records[3].status = "rejected"
        expected = [r.id for r in records if flt.accepts(r.text, r.article.source, r.status)]
        assert [r.id for r in flt.select(records)] == expected


def test_facts_model_keeps_rows_in_step_with_the_filter_as_facts_change() -> None:
    model = FactsTableModel()
    model.set_filter(FactFilter())
    model.set_facts([fact(i, date(2025, 1, i)) for i in range(1, 6)])
    assert model.fact_ids() == [1, 2, 3, 4, 5]
    # Rejected while rejected facts are hidden: the row goes.
    model.update_fact(fact(3, date(2025, 1, 3), status="rejected"))
    assert model.fact_ids() == [1, 2, 4, 5] and model.total() == 5
    # Shown again: back in its place among the rows, not at the end.
    model.update_fact(fact(3, date(2025, 1, 3), status="confirmed"))
    assert model.fact_ids() == [1, 2, 3, 4, 5]
    assert model.index(2, COL_STATUS).data() == "confirmed"
    # Many at once: one hidden, one changed in place.
    model.update_facts([fact(1, date(2025, 1, 1), status="rejected"), fact(5, date(2025, 2, 1))])
    assert model.fact_ids() == [2, 3, 4, 5] and model.index(3, COL_DATE).data() == "1 Feb 2025"
    # A new fact is added at the end; a removed one goes from the rows and the whole list.
    model.update_fact(fact(9, date(2024, 1, 1), status="manual"))
    assert model.fact_ids() == [2, 3, 4, 5, 9]
    model.remove_fact(4)
    assert model.fact_ids() == [2, 3, 5, 9] and model.total() == 5
    model.set_filter(FactFilter(show_rejected=True))
    assert model.fact_ids() == [1, 2, 3, 5, 9]
    # Sorting reorders the hidden facts too: showing them later keeps the order.
    model.set_filter(FactFilter())
    model.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    assert model.fact_ids() == [5, 3, 2, 9]
    model.set_filter(FactFilter(show_rejected=True))
    assert model.fact_ids() == [5, 3, 2, 1, 9]


def test_facts_prepared_on_a_worker_follow_a_sort_or_filter_changed_meanwhile() -> None:
    records = [fact(i, date(2025, 1, 10 - i), status=("auto", "rejected")[i % 2]) for i in range(6)]
    model = FactsTableModel()
    model.set_filter(FactFilter())
    prepared = prepare_facts(records, model.sort_order(), model.fact_filter())
    assert [f.id for f in prepared.shown] == [4, 2, 0]
    model.set_prepared(prepared)
    assert model.fact_ids() == [4, 2, 0] and model.total() == 6
    # Prepared with the old filter and order, landing after the analyst changed both.
    stale = prepare_facts(records, model.sort_order(), model.fact_filter())
    model.set_filter(FactFilter(show_rejected=True))
    model.set_prepared(stale)
    assert model.fact_ids() == [5, 4, 3, 2, 1, 0]
    model.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    model.set_prepared(stale)
    assert model.fact_ids() == [0, 1, 2, 3, 4, 5]


def test_figures_model_reads_the_range_as_the_analyst_says_it() -> None:
    def fig(
        low: float | None, high: float | None, qualifier: str, unit: str | None = None
    ) -> Figure:
        return Figure(
            0, 5, "x", "x", low, high, qualifier, unit=unit, counted="soldiers", measure="killed"
        )  # type: ignore[arg-type]

    assert figure_value(fig(300, None, "more_than")) == "more than 300"
    assert figure_value(fig(2700, None, "at_least")) == "at least 2,700"
    assert figure_value(fig(30, 30, "approximate", "%")) == "about 30%"
    assert figure_value(fig(10000, 12000, "range")) == "10,000–12,000"
    model = FiguresTableModel()
    model.set_figures([FigureRecord(7, article(1, "Wire"), fig(11000, 11000, "exact"))])
    assert model.index(0, COL_VALUE).data() == "11,000"


def test_conflict_groups_put_open_contradictions_first() -> None:
    groups = [GroupRecord(1, "calm", "injured", [1, 2]), GroupRecord(2, "hot", "deployed", [3, 4])]
    pairs = [
        PairRecord(1, 2, "consistent", "overlap", "calm"),
        PairRecord(3, 4, "contradiction", "12,000 vs 11,000", "hot"),
    ]
    model = ConflictGroupsModel()
    model.set_conflicts(groups, pairs)
    assert model.group_at(0).key == "hot"
    assert model.index(0, 0).data(OpenContradictionsRole) == 1
    dismissed = [pairs[0], PairRecord(3, 4, "contradiction", "x", "hot", decision="dismissed")]
    model.set_conflicts(groups, dismissed)
    assert model.index(model.row_of("hot") or 0, 0).data(OpenContradictionsRole) == 0
    pair_model = ConflictPairsModel()
    pair_model.set_pairs(pairs, {})
    assert pair_model.pair_at(0).relation == "contradiction"
    assert pair_model.index(0, 3).data() == "open"


def test_blocks_model_checks_restore_furniture() -> None:
    model = BlocksListModel()
    model.set_blocks(
        [Block("Body.", True), Block("Sign up for our newsletter", False, "newsletter")]
    )
    removed = model.index(1, 0)
    assert removed.data(KeptRole) is False
    assert "newsletter" in removed.data()
    assert removed.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.setData(removed, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.blocks()[1].kept and model.removed_count() == 0


def test_import_entry_applies_the_analysts_changes() -> None:
    raw = RawArticle(
        text="Body.",
        blocks=[Block("Body.", True), Block("Teaser", False, "teaser")],
        format="txt",
        title="Old title",
        field_origins={"title": "first line"},
    )
    entry = ImportEntry(path=__import__("pathlib").Path("a.txt"), data=b"x", raw=raw)
    assert entry.needs_date and not entry.edited()
    entry.published_text = "2025-01-1"
    assert not entry.published_valid()
    entry.published_text = "2025-01-13"
    assert entry.user_published() == date(2025, 1, 13) and not entry.needs_date
    entry.fields["title"] = "New title"
    entry.blocks = [Block("Body.", True), Block("Teaser", True)]
    edited = entry.edited_raw()
    assert edited is not None
    assert edited.title == "New title" and edited.field_origins["title"] == "user"
    assert edited.text == "Body.\nTeaser"


def test_parse_date_range_reads_days_months_years_and_spans() -> None:
    assert parse_date_range("2025-01-12") == DateRange(
        "2025-01-12", date(2025, 1, 12), date(2025, 1, 12), "day"
    )
    month = parse_date_range("2024-02")
    assert month is not None and month.latest == date(2024, 2, 29) and month.precision == "month"
    span = parse_date_range("2024-01..2024-03")
    assert span is not None and (span.earliest, span.latest) == (
        date(2024, 1, 1),
        date(2024, 3, 31),
    )
    typed = parse_date_range("13 Jan 2025")
    assert typed is not None and typed.earliest == date(2025, 1, 13) and typed.precision == "day"
    assert parse_date_range("2025-02-30") is None
    assert parse_date_range("soon") is None
    assert parse_date_range("2024-05..2024-01") is None


def test_timeline_items_by_lane_mode_skip_undated_facts() -> None:
    facts = [
        fact(1, date(2025, 1, 12), tags=("prisoners",)),
        fact(2, None),
        fact(3, date(2025, 1, 9), source="Daily"),
    ]
    by_source = timeline_data(facts, "source")
    assert len(by_source) == 2 and set(by_source.lane_names) == {"Wire", "Daily"}
    by_tag = timeline_data(facts, "tag")
    assert set(by_tag.lane_names) == {"prisoners", UNTAGGED}
    by_article = timeline_data(facts, "article")
    assert set(by_article.lane_names) == {"Article 2", "Article 1"}
    item = by_source.item(1)
    # Tooltips are written on hover, from the one fact, not for every item up front.
    assert item is not None and item.tooltip == ""
    tip = tooltip_of(facts[0])
    assert "Soldiers captured on day 1" in tip and "12 Jan 2025 (day)" in tip and "Wire" in tip


def test_an_open_ended_date_reads_since_as_precisely_as_known() -> None:
    from desktop.ui.format import date_range_text

    assert date_range_text(DateRange("2014", date(2014, 1, 1), None, "year")) == "since 2014"
    assert (
        date_range_text(DateRange("2022-03", date(2022, 3, 1), None, "month")) == "since Mar 2022"
    )
    assert date_range_text(DateRange("2025-01-12", date(2025, 1, 12), None, "day")) == (
        "since 12 Jan 2025"
    )
