"""File > Export: the format, the file, and whether the export holds what the search and the
filters show or everything in the project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class ExportDialog(QDialog):
    """Asks for a format and a file, and says what will be exported.

    ``formats`` maps a file-dialog filter ("CSV tables (*.csv)") to (format, suffix).
    ``shown``/``total`` count the facts shown and in the project; ``narrowed`` says in words
    how the analyst narrowed them ('' when nothing narrows them: then there is no choice).
    """

    def __init__(
        self,
        parent: QWidget | None,
        formats: dict[str, tuple[str, str]],
        stem: Path,
        *,
        shown: int,
        total: int,
        narrowed: str,
        chosen: str = "HTML report (*.html)",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self._formats = formats
        self._stem = stem

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormat")
        for label in formats:
            self.format_combo.addItem(label)
        self.format_combo.setCurrentIndex(max(self.format_combo.findText(chosen), 0))

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setAccessibleName("File to write")
        browse = QPushButton("&Browse…")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        facts = f"{shown:,} fact{'' if shown == 1 else 's'}"
        self.shown_radio = QRadioButton(f"&Only what is shown: {facts}")
        self.shown_radio.setObjectName("exportShown")
        self.all_radio = QRadioButton(
            f"&Everything in the project: {total:,} fact{'' if total == 1 else 's'}"
        )
        self.all_radio.setObjectName("exportEverything")
        self.scope_note = QLabel()
        self.scope_note.setObjectName("muted")
        self.scope_note.setWordWrap(True)
        if narrowed and shown == 0 and total > 0:
            # A search or filter kept from the last session that hides every fact: "what is
            # shown" was the choice made for the analyst, and the export wrote a report of
            # nothing. Everything is the one export worth making; the other is offered no more.
            self.all_radio.setChecked(True)
            self.shown_radio.setEnabled(False)
            self.scope_note.setText(
                f"No fact is shown now ({narrowed}): the export holds every fact. Clear the "
                "search or the filters first to export only some."
            )
        elif narrowed:
            self.shown_radio.setChecked(True)
            self.scope_note.setText(
                f"Shown now: {narrowed}. Figures and conflicts go with the articles of the "
                "facts exported; a timeline picture is the range and lanes on screen, every "
                "lane whole, with a title and a legend."
            )
        else:
            # Nothing narrows the facts: "what is shown" is everything, and saying otherwise
            # would offer a choice that is not one.
            self.all_radio.setChecked(True)
            self.shown_radio.setEnabled(False)
            self.scope_note.setText(
                "No search or filter narrows the facts: the export holds every fact."
            )

        form = QFormLayout()
        form.addRow("&Format:", self.format_combo)
        file_label = QLabel("&File:")
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        scope = QVBoxLayout()
        scope.setSpacing(4)
        scope.addWidget(self.shown_radio)
        scope.addWidget(self.all_radio)
        scope.addWidget(self.scope_note)
        form.addRow("Facts:", scope)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("E&xport")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.path_edit.textChanged.connect(self._enable_ok)
        self._enable_ok()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def sizeHint(self) -> QSize:
        """As wide as the dialog's least width, and as tall as its lines need at that width.

        Qt sized the dialog for the note wrapped at its own narrower hint, then widened it to
        the least width: the note took fewer lines and left an empty band above the buttons
        (at 1366x768 with a search, 25 pixels)."""
        hint = super().sizeHint()
        width = max(hint.width(), self.minimumWidth())
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            return QSize(width, layout.totalHeightForWidth(width))
        return QSize(width, hint.height())

    # -- what was chosen --------------------------------------------------------------------

    def format(self) -> str:
        return self._formats[self.format_combo.currentText()][0]

    def target(self) -> Path:
        """The file to write, with the format's suffix added when it was left out."""
        suffix = self._formats[self.format_combo.currentText()][1]
        target = Path(self.path_edit.text().strip()).expanduser()
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        return target

    def only_shown(self) -> bool:
        return self.shown_radio.isChecked()

    # -- behaviour -----------------------------------------------------------------------------

    def _format_changed(self) -> None:
        # The file follows the format while it is still the suggested name.
        suffix = self._formats[self.format_combo.currentText()][1]
        text = self.path_edit.text().strip()
        suggested = {str(self._stem) + s for _f, s in self._formats.values()}
        if not text or text in suggested:
            self.path_edit.setText(str(self._stem) + suffix)

    def _enable_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.path_edit.text().strip()))

    def _browse(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self, "Export to", self.path_edit.text(), self.format_combo.currentText()
        )
        if path:
            self.path_edit.setText(path)

    def _accept(self) -> None:
        if self.path_edit.text().strip():
            self.accept()
