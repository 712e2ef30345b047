"""The main window (a first cut: the desktop issue builds the full window over services/)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from desktop.services.project import ProjectError, ProjectService


class MainWindow(QMainWindow):
    def __init__(self, project: ProjectService | None) -> None:
        super().__init__()
        self.project = project
        self.setWindowTitle(f"{project.path.name} - Factlane" if project else "Factlane")
        counts = project.counts() if project else {}
        self.setCentralWidget(
            QLabel(
                "  ".join(f"{k}: {v}" for k, v in counts.items()) or "No project open",
                self,
            )
        )
        self.resize(1280, 800)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.project is not None:
            self.project.close()
        super().closeEvent(event)


def launch(
    app: QApplication,
    project_path: Path | None,
    *,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    project = None
    if project_path is not None:
        try:
            project = ProjectService.open(project_path)
        except ProjectError as exc:
            if screenshot is not None:
                print(f"factlane: {exc}")
                return 3
            QMessageBox.critical(None, "Factlane", str(exc))
            return 3
    window = MainWindow(project)
    if size:
        window.resize(*size)
    window.show()
    if screenshot is not None:

        def grab() -> None:
            window.grab().save(str(screenshot))
            window.close()
            app.quit()

        QTimer.singleShot(300, grab)
    return app.exec()
