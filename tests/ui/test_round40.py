"""Round 40: the detached decisions are said by their groups' labels (the keys kept for
support in tooltips); choosing an article brings its facts into view on the timeline; the
articles list gives a title its lines when there is room."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.records import GroupRecord
from desktop.services.project import ProjectService, group_namer, key_words
from desktop.storage.store import DetachedDecision
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
