"""Round 40: the detached decisions are said by their groups' labels (the keys kept for
support in tooltips); choosing an article brings its facts into view on the timeline; the
articles list gives a title its lines when there is room."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from desktop.domain.records import GroupRecord
from desktop.services.project import ProjectService, group_namer, key_words
from desktop.storage.store import DetachedDecision
from desktop.ui.timeline.data import TimelineItem, article_days
from desktop.ui.widgets.detached_decisions import (
    DetachedDecisionsStrip,
    choice_dialog,
    group_choices,
    key_note,
    sentence,
)
from desktop.ui.workspace import Workspace
from tests.ui.test_round39 import KILLED, RESCUED, RESCUED_NOW, _build

# -- item 3: a group is said by its label ---------------------------------------------------------


def test_a_key_reads_as_the_words_of_its_quantity() -> None:
    assert key_words("evacuated|resident|count|valdora") == "resident evacuated in valdora"
    assert key_words("killed|people|count|") == "people killed"
    assert key_words("arrested (projected)|protester|count|") == "protester arrested"
    # a key a hand-made link gave reads as no quantity: the key itself
    assert key_words("my own group") == "my own group"


def test_a_group_shown_now_is_said_by_its_label_one_gone_by_its_keys_words() -> None:
    shown = [GroupRecord(1, "injured|miner|count|", "miners injured at Brakka", [1, 2])]
    name = group_namer(shown)
    assert name("injured|miner|count|") == "miners injured at Brakka"
    assert name("evacuated|resident|count|valdora") == "resident evacuated in valdora"


def _decision(kind: str = "group") -> DetachedDecision:
    if kind == "link":
        return DetachedDecision(
            "link", "evacuated|resident|count|valdora", "gone", figure_id=4, figure_ids=(5,)
        )
    return DetachedDecision(
        "group",
        "evacuated|resident|count|valdora",
        "taken",
        "2,300",
        "the mayor's figure",
        figure_ids=(5, 7),
        groups=("evacuated|person|count|valdora",),
    )


def test_the_sentence_says_labels_and_the_keys_stay_for_support() -> None:
    d = _decision()
    shown = [GroupRecord(2, "evacuated|person|count|valdora", "people evacuated", [5, 7])]
    said = sentence(d, shown)
    assert said.startswith("The decision on the group 'resident evacuated in valdora'")
    assert "'people evacuated', has a decision of its own" in said
    assert "|" not in said
    note = key_note(d)
    assert "evacuated|resident|count|valdora" in note
    assert "evacuated|person|count|valdora" in note
    # without names (the CLI's warnings), the keys as before
    assert "'evacuated|resident|count|valdora'" in d.line()
    link = sentence(_decision("link"), shown)
    assert "put by hand into the group 'resident evacuated in valdora'" in link


def test_the_chooser_shows_labels_and_tells_alike_ones_apart_by_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    d = _decision()
    groups = [
        GroupRecord(1, "evacuated|person|count|valdora", "people evacuated", [5, 7], "", "x"),
        GroupRecord(2, "evacuated|person|count||day:2026-05-02", "people evacuated", [8, 9]),
        GroupRecord(3, "evacuated|person|count||day:2026-05-03", "people evacuated", [3, 6]),
        GroupRecord(4, "-|hectare|hectare|", "hectares burned", [11, 12]),
    ]
    choices = group_choices(d, groups)
    texts = dict((key, text) for text, key in choices)
    assert texts["-|hectare|hectare|"] == "hectares burned (2 figures)"
    # one label and as many figures: the keys tell them apart
    assert texts["evacuated|person|count||day:2026-05-02"].endswith(
        "[evacuated|person|count||day:2026-05-02]"
    )
    assert texts["evacuated|person|count||day:2026-05-03"].endswith(
        "[evacuated|person|count||day:2026-05-03]"
    )
    assert "[" not in texts["evacuated|person|count|valdora"]
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = choice_dialog(parent, "Put Decision on Group", choices)
    box = dialog.findChild(QComboBox)
    assert box is not None and box.count() == 4
    tips = [box.itemData(r, Qt.ItemDataRole.ToolTipRole) for r in range(box.count())]
    assert tips == [f"Group key: {key}" for _, key in choices]
    assert [box.itemText(r) for r in range(box.count())] == [text for text, _ in choices]


def test_the_strip_and_dialog_say_the_ferry_groups_by_label(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    path = _build(tmp_path, monkeypatch)
    with ProjectService.open(path) as project:
        workspace = Workspace(project, QUndoStack())
        strip = DetachedDecisionsStrip()
        qtbot.addWidget(strip)
        strip.set_state(workspace, project.detached_decisions(), project.groups())
        assert "'people killed'" in strip.toolTip()
        assert KILLED not in strip.toolTip() and RESCUED not in strip.toolTip()
        dialog = strip.review()
        rows = [dialog.model.index(r, 0) for r in range(dialog.model.rowCount())]
        shown = [i.data(Qt.ItemDataRole.DisplayRole) for i in rows]
        tips = [i.data(Qt.ItemDataRole.ToolTipRole) for i in rows]
        assert all("|" not in text for text in shown)
        assert any("'people killed'" in text for text in shown)
        assert any("'people rescued'" in text for text in shown)
        assert any(KILLED in tip for tip in tips) and any(RESCUED in tip for tip in tips)
        [row] = [r for r in range(len(rows)) if dialog.model.decision(r).kind == "group"]
        dialog.choose(row)
        assert not dialog.put_on_group("killed|person|count|")
        assert "'people killed' has a decision of its own" in dialog.error_label.text()
        assert RESCUED_NOW not in dialog.error_label.text()
        dialog.close()


# -- item 1: an article chosen brings its facts into view -----------------------------------------

#: The stories of rounds 1-3 (benchmarks/pack_eval.py's default run), in one project.
STORIES_1_3 = (
    "factory",
    "ferry",
    "railstrike",
    "watermarch",
    "wildfire",
    "bribetrial",
    "chlorine",
    "databreach",
    "quake",
    "shipwreck",
    "election",
    "offensive",
    "outbreak",
    "siege",
    "takeover",
)


@pytest.fixture(scope="module")
def fifteen_stories(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 15 packs of rounds 1-3 imported into one project (built once for the module)."""
    from tests.ui.test_round34 import PACKS

    path = tmp_path_factory.mktemp("stories") / "Fifteen.factlane"
    files = [p for s in STORIES_1_3 for p in sorted((PACKS / s).iterdir()) if p.suffix != ".json"]
    with ProjectService.open(path, create=True) as project:
        project.import_files(files)
    return path


def _copy(master: Path, folder: Path) -> Path:
    import shutil

    path = folder / master.name
    shutil.copy(master, path)
    return path


def _article_days(window, article_id: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    from desktop.ui.timeline.data import article_days

    items = [
        window.timeline.shown_data().item(r.id)
        for r in window._source.rows.values()
        if r.article_id == article_id
    ]
    days = article_days([it for it in items if it is not None])
    assert days is not None
    return days


def _in_view(window, article_id: int) -> bool:  # type: ignore[no-untyped-def]
    t0, t1 = window.timeline.visible_days()
    first, last = _article_days(window, article_id)
    return first >= t0 and last <= t1


def _view(window) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    """The view's left edge, scale and how far its lanes are scrolled."""
    timeline = window.timeline
    scrolled = timeline.verticalScrollBar().value()
    return (timeline.visible_days()[0], timeline.pixels_per_day(), scrolled)


def _on_screen(window, article_id: int) -> bool:  # type: ignore[no-untyped-def]
    """One of the article's facts at least is drawn on screen (its lane scrolled to)."""
    QApplication.processEvents()
    rows = [r.id for r in window._source.rows.values() if r.article_id == article_id]
    return any(window.timeline.item_position(i) is not None for i in rows)


def _choose(window, qtbot, article_id: int) -> None:  # type: ignore[no-untyped-def]
    """Click the article's row in the list, as the analyst does."""
    from desktop.ui.models.articles import ArticleIdRole

    panel = window.articles_panel
    proxy = panel.proxy
    [index] = [
        proxy.index(r, 0)
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(ArticleIdRole) == article_id
    ]
    panel.table.scrollTo(index)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()


def _listed(window) -> list[int]:  # type: ignore[no-untyped-def]
    from desktop.ui.models.articles import ArticleIdRole

    proxy = window.articles_panel.proxy
    return [int(proxy.index(r, 0).data(ArticleIdRole)) for r in range(proxy.rowCount())]


def test_an_article_chosen_in_the_list_brings_its_facts_into_view(
    make_window, qtbot, tmp_path, fifteen_stories
):  # type: ignore[no-untyped-def]
    from tests.ui.test_review import open_at

    window = open_at(make_window, qtbot, _copy(fifteen_stories, tmp_path), 1400, 900)
    listed = _listed(window)
    dated = [a for a in listed if any(r.article_id == a for r in window._source.rows.values())]
    first = listed[0]
    # the project opens on the story's busiest days, the first article in the reader: its
    # facts among those counted before the left edge
    assert window.reader.detail is not None and window.reader.detail.record.id == first
    assert not _in_view(window, first) and not _on_screen(window, first)
    out = [a for a in dated if not _in_view(window, a)]
    assert len(out) >= 3
    # the article chosen already, clicked: its facts come into view, at the zoom the
    # analyst had (they fit in it)
    before = _view(window)
    _choose(window, qtbot, first)
    assert _in_view(window, first) and _on_screen(window, first)
    assert _view(window)[1] == before[1] and _view(window) != before
    # clicked again, in view: nothing moves
    before = _view(window)
    _choose(window, qtbot, first)
    assert _view(window) == before
    # zoomed in on two days of another story: an article of nine days is framed
    wide = max(dated, key=lambda a: _article_days(window, a)[1] - _article_days(window, a)[0])
    d0, d1 = _article_days(window, wide)
    assert d1 - d0 >= 5
    window.timeline.set_visible_days(d1 + 300, d1 + 302)
    assert not _in_view(window, wide)
    _choose(window, qtbot, wide)
    assert window.reader.detail is not None and window.reader.detail.record.id == wide
    assert _in_view(window, wide) and _on_screen(window, wide)
    t0, t1 = window.timeline.visible_days()
    assert t1 - t0 < 3 * (d1 - d0) + 10  # framed on its days, not the whole story
    # an article whose facts are in view: nothing moves
    shown = [a for a in dated if a != wide and _in_view(window, a) and _on_screen(window, a)]
    assert shown
    before = _view(window)
    _choose(window, qtbot, shown[0])
    assert _view(window) == before
    # nothing to undo: only the view moved
    assert window.undo_stack.count() == 0


def _item(i: int, first: str, last: str | None = None) -> TimelineItem:
    return TimelineItem(
        i, "Harbour Post", date.fromisoformat(first), date.fromisoformat(last or first), "x"
    )


def test_an_articles_days_leave_its_background_out() -> None:
    # a dam report: three days of news, the year the dam was built, a flood of 2019
    items = [
        _item(1, "2026-04-14"),
        _item(2, "2026-04-15"),
        _item(3, "2026-04-16"),
        _item(4, "1962-01-01", "1962-12-31"),
        _item(5, "2019-08-03"),
    ]
    assert article_days(items) == (
        float(date(2026, 4, 14).toordinal()),
        float(date(2026, 4, 17).toordinal()),
    )
    # last month's vote is near enough to be part of the news
    near = [*items, _item(6, "2026-03-20")]
    assert article_days(near) == (
        float(date(2026, 3, 20).toordinal()),
        float(date(2026, 4, 17).toordinal()),
    )
    # two runs as long: the later one, the news rather than its background
    two = [
        _item(1, "2024-02-01"),
        _item(2, "2024-02-02"),
        _item(3, "2026-05-05"),
        _item(4, "2026-05-06"),
    ]
    assert article_days(two) == (
        float(date(2026, 5, 5).toordinal()),
        float(date(2026, 5, 7).toordinal()),
    )
    assert article_days([]) is None


# -- item 2: a wide list gives a title its lines when the rows still fit --------------------------


def _whole_titles(window) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """How many titles the list shows whole, of how many."""
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.ui.format import shown_title
    from desktop.ui.models.articles import COL_TITLE, ArticleRecordRole
    from desktop.ui.widgets.articles_panel import title_lines

    panel = window.articles_panel
    bold = QFont(panel.table.font())
    bold.setBold(True)
    width = panel.table.columnWidth(COL_TITLE) - 16
    titles = [
        shown_title(panel.proxy.index(r, 0).data(ArticleRecordRole))
        for r in range(panel.proxy.rowCount())
    ]
    count = panel.delegate.title_line_count
    whole = [t for t in titles if " ".join(title_lines(t, QFontMetrics(bold), width, count)) == t]
    return len(whole), len(titles)


def test_a_wide_list_gives_titles_two_lines_while_its_rows_fit(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from tests.ui.test_round36 import _stories_imported

    window = _stories_imported(make_window, qtbot, tmp_path, 1920, 1080)
    panel = window.articles_panel
    qtbot.waitUntil(lambda: panel.width() >= 320, timeout=3000)
    table = panel.table
    rows = panel.proxy.rowCount()
    assert panel.delegate.title_line_count == 2
    # every row in view, and the titles (cut at about 40 characters on one line) whole
    assert rows * table.rowHeight(0) <= table.viewport().height()
    whole, total = _whole_titles(window)
    assert whole == total, (whole, total)
    # a window too short for the rows at two lines: one line, more rows in view
    window.resize(1920, 480)
    qtbot.waitUntil(lambda: panel.delegate.title_line_count == 1, timeout=3000)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: panel.delegate.title_line_count == 2, timeout=3000)


def test_a_long_list_keeps_one_line_when_wide(make_window, qtbot, tmp_path, fifteen_stories):  # type: ignore[no-untyped-def]
    from tests.ui.test_review import open_at

    window = open_at(make_window, qtbot, _copy(fifteen_stories, tmp_path), 1920, 1080)
    panel = window.articles_panel
    assert panel.width() >= 320
    # 57 articles: two lines each would not fit; one keeps more of them in view
    assert panel.delegate.title_line_count == 1
    # the narrow list of 1280x720 gives two lines as round 37 made it
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: panel.delegate.title_line_count == 2, timeout=3000)
