"""The timeline as a picture for File > Export and `factlane export --format png|svg`.

Works without a display: when no QApplication exists, one is made on the offscreen platform.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.services.project import ProjectService

EXPORT_SIZE = (1600, 900)


def render_timeline(
    project: ProjectService, output: Path, size: tuple[int, int] = EXPORT_SIZE
) -> None:
    """Draw every fact of ``project`` on the timeline, fitted, and save PNG or SVG to ``output``."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        # A picture export never needs a screen: offscreen works headless and avoids a flash.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])

    from desktop.ui.timeline.view import TimelineView
    from desktop.ui.timeline_source import LANE_TITLES, timeline_data

    view = TimelineView()
    try:
        view.set_lane_title(LANE_TITLES["source"])
        view.resize(*size)
        view.set_data(timeline_data(project.facts(include_rejected=False)), fit=True)
        view.fit_all()
        ok = view.render_to_image(Path(output), QSize(*size))
    finally:
        view.deleteLater()
    if not ok:
        raise OSError(f"could not write the timeline picture to {output}")
