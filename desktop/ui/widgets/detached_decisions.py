"""The strip in the Conflicts tab naming the analyst's decisions that attach to no group now.

An accepted value, a note on a group, or a figure put into a group by hand is kept by the
group's key and the figures it was made on. When the analysis spells keys anew and cannot tell
which group those figures are in now (they are split alike, or the group has a decision of its
own), the decision is kept in the project but shown on no group. The strip says how many there
are; its dialog lists each one's sentence, the figures it was made on (to read them in the
reader), and lets the analyst put a group decision on a group shown now, or link the figure
again or hand it back to the engine. Every change goes through the undo stack.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import FigureRecord, GroupRecord
from desktop.ui.widgets.reader import is_dark

if TYPE_CHECKING:
    from desktop.storage.store import DetachedDecision
    from desktop.ui.workspace import Workspace

ModelIndex = QModelIndex | QPersistentModelIndex

#: the DetachedDecision of a row of DetachedDecisionsModel
DecisionRole = Qt.ItemDataRole.UserRole + 1
#: the FigureRecord of a row of MadeOnModel
FigureRole = Qt.ItemDataRole.UserRole + 2


#: Beside the count, cut short with "…" when the tab is narrow (the tooltip has each one).
STRIP_DETAIL = "They are kept in the project; review them to place them again."


def strip_text(count: int) -> str:
    """What the strip says for ``count`` detached decisions."""
    if count == 1:
        return "1 of your decisions attaches to no group now"
    return f"{count:,} of your decisions attach to no group now"


def sentence(
    decision: DetachedDecision,
    groups: Sequence[GroupRecord] = (),
    figures: Sequence[FigureRecord] = (),
) -> str:
    """The decision's line as a sentence: a capital and a full stop. Its groups are said by
    their labels, as the Figures and Conflicts tabs show them: the label of the group shown
    now under a key, else the words of the key, in the words of the figures it was made on
    (among ``figures``). ``key_note`` gives the keys."""
    from desktop.services.project import group_namer  # the project layer loads late

    made_on = [r.figure for r in made_on_figures(decision, figures)]
    line = decision.line(group_namer(groups, {decision.group_key: made_on}))
    return (line[:1].upper() + line[1:]).rstrip(".") + "."


def key_note(decision: DetachedDecision) -> str:
    """The keys a decision's sentence names, for support (a tooltip)."""
    keys = [f"group key: {decision.group_key}"]
    if decision.groups:
        keys.append("groups holding its figures: " + ", ".join(decision.groups))
    return "; ".join(keys)


def group_choices(
    decision: DetachedDecision, groups: Sequence[GroupRecord]
) -> list[tuple[str, str]]:
    """The groups shown now to put ``decision`` on, as (text shown, key): those holding the
    figures it was made on first, then the rest in the tab's order. A group with a decision
    of its own says so and, for a group decision (which cannot go there), comes last, so
    that the choice offered first is one that can take it."""
    holding = set(decision.groups)
    made_on = set(decision.figure_ids)
    if decision.figure_id is not None:
        made_on.add(decision.figure_id)
    first: list[tuple[str, str]] = []
    rest: list[tuple[str, str]] = []
    taken: list[tuple[str, str]] = []
    for g in groups:
        if decision.kind == "link" and g.key == decision.group_key:
            continue  # where it stands already
        held = len(made_on.intersection(g.figure_ids))
        said = [f"{len(g.figure_ids)} figure{'s' if len(g.figure_ids) != 1 else ''}"]
        if held:
            said.append(f"{held} of those it was made on")
        own = decision.kind == "group" and bool(g.accepted_value or g.note)
        if own:
            said.append("has a decision of its own")
        text = f"{g.label} ({', '.join(said)})"
        (taken if own else first if g.key in holding or held else rest).append((text, g.key))
    choices = first + rest + taken
    # two groups said alike (one label, as many figures) are told apart by their keys
    seen = Counter(text for text, _ in choices)
    return [(f"{text} [{key}]" if seen[text] > 1 else text, key) for text, key in choices]


def choose_group(parent: QWidget, title: str, choices: list[tuple[str, str]]) -> str | None:
    """Ask for one of ``choices``; its key, or None when cancelled."""
    if not choices:
        return None
    dialog = choice_dialog(parent, title, choices)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dict(choices).get(dialog.textValue())


def choice_dialog(parent: QWidget, title: str, choices: list[tuple[str, str]]) -> QInputDialog:
    """The chooser of ``choices``: each group by its label, its key in the item's tooltip."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText("Group shown now:")
    dialog.setComboBoxItems([text for text, _ in choices])
    dialog.setComboBoxEditable(False)
    box = dialog.findChild(QComboBox)
    if box is not None:
        for row, (_, key) in enumerate(choices):
            box.setItemData(row, f"Group key: {key}", Qt.ItemDataRole.ToolTipRole)
    return dialog


class DetachedDecisionsModel(QAbstractListModel):
    """One row per detached decision: its sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DetachedDecision] = []
        self._groups: list[GroupRecord] = []
        self._figures: list[FigureRecord] = []

    def set_decisions(
        self,
        decisions: Sequence[DetachedDecision],
        groups: Sequence[GroupRecord] = (),
        figures: Sequence[FigureRecord] = (),
    ) -> None:
        """The decisions, the groups shown now (whose labels name them) and the project's
        figures (whose words name a group no longer shown)."""
        self.beginResetModel()
        self._rows = list(decisions)
        self._groups = list(groups)
        self._figures = list(figures)
        self.endResetModel()

    def decision(self, row: int) -> DetachedDecision | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        d = self.decision(index.row()) if index.isValid() else None
        if d is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return sentence(d, self._groups, self._figures)
        if role == Qt.ItemDataRole.ToolTipRole:
            note = key_note(d)
            said = sentence(d, self._groups, self._figures)
            return f"{said}\n{note[:1].upper()}{note[1:]}"
        if role == DecisionRole:
            return d
        return None


class MadeOnModel(QAbstractListModel):
    """The figures a decision was made on that the project still holds: the figure's words
    and the article it is in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FigureRecord] = []

    def set_figures(self, figures: Sequence[FigureRecord]) -> None:
        self.beginResetModel()
        self._rows = list(figures)
        self.endResetModel()

    def figure(self, row: int) -> FigureRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def figure_rows(self) -> list[FigureRecord]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.figure(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{r.figure.text} (in “{r.article.display_title}”)"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Figure {r.id}: {r.figure.text}. Double-click to read it in its article."
        if role == FigureRole:
            return r
        return None


def made_on_figures(
    decision: DetachedDecision, figures: Sequence[FigureRecord]
) -> list[FigureRecord]:
    """The records of the figures ``decision`` was made on (a link's own figure first), in the
    order the project holds them."""
    wanted = set(decision.figure_ids)
    own = [f for f in figures if f.id == decision.figure_id]
    return own + [f for f in figures if f.id in wanted and f.id != decision.figure_id]


class DetachedDecisionsDialog(QDialog):
    """The list behind the strip. Not modal: the analyst reads the figures in the window."""

    figureActivated = Signal(object)

    def __init__(self, strip: DetachedDecisionsStrip) -> None:
        super().__init__(strip.window())
        self.strip = strip
        self.setWindowTitle("Decisions That Attach to No Group")
        self.setModal(False)
        self.intro = QLabel(
            "The analysis groups these figures differently now, and cannot tell which group "
            "each decision belongs to. Each is kept in the project as it was; put it on a "
            "group shown now, or decide again in the Conflicts tab."
        )
        self.intro.setWordWrap(True)
        self.model = DetachedDecisionsModel(self)
        self.view = QListView()
        self.view.setObjectName("detachedList")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(3)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.made_on_label = QLabel("Made on these figures (double-click one to read it):")
        self.made_on = MadeOnModel(self)
        self.figures_view = QListView()
        self.figures_view.setObjectName("detachedFigures")
        self.figures_view.setModel(self.made_on)
        self.figures_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.figures_view.activated.connect(self._figure_activated)
        self.error_label = QLabel("")
        self.error_label.setObjectName("detachedError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.put_button = QPushButton("&Put on Group…")
        self.put_button.setToolTip("Show this accepted value and note on a group shown now")
        self.put_button.clicked.connect(self._ask_put)
        self.link_button = QPushButton("&Link Into…")
        self.link_button.setToolTip("Put this figure by hand into a group shown now")
        self.link_button.clicked.connect(self._ask_link)
        self.auto_button = QPushButton("Leave &Automatic")
        self.auto_button.setToolTip("Drop the link: the analysis groups this figure itself")
        self.auto_button.clicked.connect(self.leave_automatic)
        self.read_button = QPushButton("&Read Figure")
        self.read_button.setToolTip("Show the chosen figure in its article")
        self.read_button.clicked.connect(self._read_current_figure)
        actions = QHBoxLayout()
        for b in (self.put_button, self.link_button, self.auto_button, self.read_button):
            actions.addWidget(b)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.made_on_label)
        layout.addWidget(self.figures_view, 2)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(720, 460)
        self._sync_buttons()

    # -- what is shown ---------------------------------------------------------------------

    def set_decisions(self, decisions: Sequence[DetachedDecision]) -> None:
        """The decisions detached now; the one chosen stays chosen while it is still there."""
        before = self.current()
        self.model.set_decisions(decisions, self.strip.groups, self.strip.figures())
        row = 0
        if before is not None:
            same = [i for i, d in enumerate(decisions) if _same(d, before)]
            row = same[0] if same else 0
        if decisions:
            self.view.setCurrentIndex(self.model.index(row, 0))
        else:
            self.made_on.set_figures([])
        self._sync_buttons()

    def current(self) -> DetachedDecision | None:
        index = self.view.currentIndex()
        return self.model.decision(index.row()) if index.isValid() else None

    def choose(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def _current_changed(self) -> None:
        self.error_label.hide()
        d = self.current()
        figures = self.strip.figures() if d is not None else []
        self.made_on.set_figures(made_on_figures(d, figures) if d is not None else [])
        # the figures it was made on, selected: the analyst sees them all at once
        self.figures_view.selectAll()
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        d = self.current()
        editable = self.strip.workspace is not None and not self.strip.workspace.read_only
        self.put_button.setVisible(d is None or d.kind == "group")
        self.put_button.setEnabled(d is not None and d.kind == "group" and editable)
        for b in (self.link_button, self.auto_button):
            b.setVisible(d is not None and d.kind == "link")
            b.setEnabled(d is not None and d.kind == "link" and editable)
        self.read_button.setEnabled(self.made_on.rowCount() > 0)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message[:1].upper() + message[1:])
        self.error_label.setVisible(bool(message))

    # -- the analyst's choices -------------------------------------------------------------

    def _ask_put(self) -> None:
        d = self.current()
        if d is None:
            return
        key = choose_group(self, "Put Decision on Group", group_choices(d, self.strip.groups))
        if key is not None:
            self.put_on_group(key)

    def _ask_link(self) -> None:
        d = self.current()
        if d is None:
            return
        key = choose_group(self, "Link Figure Into Group", group_choices(d, self.strip.groups))
        if key is not None:
            self.link_into(key)

    def put_on_group(self, to_key: str) -> bool:
        """Put the chosen group decision on ``to_key``; False, with the reason shown, when the
        group refuses it."""
        d, workspace = self.current(), self.strip.workspace
        if d is None or d.kind != "group" or workspace is None:
            return False
        from desktop.services.project import group_namer

        made_on = [r.figure for r in made_on_figures(d, self.strip.figures())]
        name = group_namer(self.strip.groups, {d.group_key: made_on})
        refused = workspace.move_group_decision(d.group_key, to_key, name=name)
        if refused is not None:
            self.show_error(refused)
            return False
        self.strip.placed_on = to_key
        self.show_error("")
        return True

    def link_into(self, to_key: str) -> bool:
        d, workspace = self.current(), self.strip.workspace
        if d is None or d.kind != "link" or d.figure_id is None or workspace is None:
            return False
        if workspace.read_only:
            self.show_error("the project is open read-only; nothing was changed")
            return False
        workspace.link_figure(d.figure_id, to_key)
        self.strip.placed_on = to_key
        self.show_error("")
        return True

    def leave_automatic(self) -> bool:
        d, workspace = self.current(), self.strip.workspace
        if d is None or d.kind != "link" or d.figure_id is None or workspace is None:
            return False
        if workspace.read_only:
            self.show_error("the project is open read-only; nothing was changed")
            return False
        workspace.link_figure(d.figure_id, None)
        self.show_error("")
        return True

    def _figure_activated(self, index: QModelIndex) -> None:
        record = self.made_on.figure(index.row())
        if record is not None:
            self.figureActivated.emit(record)

    def _read_current_figure(self) -> None:
        index = self.figures_view.currentIndex()
        self._figure_activated(index if index.isValid() else self.made_on.index(0, 0))


def _same(a: DetachedDecision, b: DetachedDecision) -> bool:
    return (a.kind, a.group_key, a.figure_id) == (b.kind, b.group_key, b.figure_id)


class DetachedDecisionsStrip(QFrame):
    """One line over the Conflicts tab's lists while decisions attach to no group, hidden
    otherwise. ``figureActivated`` carries a FigureRecord the analyst asked to read;
    ``groupWanted`` the key of the group a decision or a link was just put on, once the
    groups read after it are shown (for the tab to choose it)."""

    figureActivated = Signal(object)
    groupWanted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detachedStrip")
        self.setAccessibleName("Decisions that attach to no group")
        self.workspace: Workspace | None = None
        self.decisions: list[DetachedDecision] = []
        self.groups: list[GroupRecord] = []
        self.dialog: DetachedDecisionsDialog | None = None
        #: the group just chosen for a decision, shown once the groups are read again
        self.placed_on: str | None = None
        self.title = QLabel("")
        self.title.setObjectName("detachedTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel("")
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.review_button = QPushButton("Revie&w…")
        self.review_button.setToolTip(
            "List them, read the figures each was made on, and put each on a group shown now"
        )
        self.review_button.clicked.connect(self.review)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 8, 4)
        layout.setSpacing(10)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._paint_for(self.palette())
        self.hide()

    def set_state(
        self,
        workspace: Workspace | None,
        decisions: Sequence[DetachedDecision],
        groups: Sequence[GroupRecord],
    ) -> None:
        """What the project holds now (after the Conflicts tab's groups are read)."""
        self.workspace = workspace
        self.decisions = list(decisions)
        self.groups = list(groups)
        count = len(self.decisions)
        self.title.setText(strip_text(count))
        figures = self.figures() if self.decisions else []
        self.setToolTip("\n".join(sentence(d, self.groups, figures) for d in self.decisions))
        self.setVisible(count > 0)
        self._elide_detail()
        if self.dialog is not None:
            if count == 0:
                self.dialog.close()
            self.dialog.set_decisions(self.decisions)
        placed, self.placed_on = self.placed_on, None
        if placed is not None and any(g.key == placed for g in self.groups):
            self.groupWanted.emit(placed)

    def place_over(self, panel: QWidget) -> None:
        """Put the strip at the top of ``panel``'s own layout (the Conflicts tab's), over
        its lists."""
        layout = panel.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self)

    def figures(self) -> list[FigureRecord]:
        return self.workspace.figures() if self.workspace is not None else []

    def review(self) -> DetachedDecisionsDialog:
        """Open (or raise) the list of detached decisions."""
        if self.dialog is None:
            self.dialog = DetachedDecisionsDialog(self)
            self.dialog.figureActivated.connect(self.figureActivated)
        self.dialog.set_decisions(self.decisions)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_detail()

    def _elide_detail(self) -> None:
        width = max(self.detail.width(), 0)
        shown = self.detail.fontMetrics().elidedText(
            STRIP_DETAIL, Qt.TextElideMode.ElideRight, width
        )
        self.detail.setText(shown if len(shown) > 12 else "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_for(self.palette())

    def _paint_for(self, palette: QPalette) -> None:
        # Amber-brown: something of the analyst's wants a look (not an error). AA contrast.
        if is_dark(palette):
            ground, edge, ink = "#3a2f17", "#8a6d2a", "#f6e7c4"
        else:
            ground, edge, ink = "#fbf1dc", "#c9a351", "#4a3608"
        sheet = (
            f"QFrame#detachedStrip {{ background: {ground}; border-bottom: 1px solid {edge}; }}"
            f" QFrame#detachedStrip QLabel {{ color: {ink}; background: transparent; }}"
        )
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)
