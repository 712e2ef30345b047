"""The timeline as a picture for File > Export and `factlane export --format png|svg`.

Works without a display: when no QApplication exists, one is made on the offscreen platform.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Collection
from pathlib import Path

from desktop.services.project import ProjectService

EXPORT_SIZE = (1600, 900)
#: image pixels per logical pixel of a PNG: sharp enough to print
EXPORT_PIXEL_SCALE = 2.0


def render_timeline(
    project: ProjectService,
    output: Path,
    size: tuple[int, int] = EXPORT_SIZE,
    *,
    fact_ids: Collection[int] | None = None,
    title: str | None = None,
) -> None:
    """Draw every fact of ``project`` (or those of ``fact_ids``) on the timeline, every one
    framed, and save PNG or SVG to ``output``: a picture for a report, ``size``'s width
    wide and as tall as its lanes, a title (``title``, else the project's name) over them
    and a legend under them."""
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
        if fact_ids is None:
            facts = project.facts(include_rejected=False)
        else:
            wanted = set(fact_ids)
            facts = [f for f in project.facts() if f.id in wanted]
        # Rejected facts are in the picture only when the analyst showed them.
        view.set_show_rejected(fact_ids is not None)
        view.set_data(timeline_data(facts), fit=False)
        # A picture of the whole project holds every fact, stragglers too: nobody can click
        # the count at its edge.
        view.fit_everything()
        ok = view.render_report(
            Path(output),
            width=size[0],
            scale=EXPORT_PIXEL_SCALE,
            title=title or f"{project.path.stem}: facts by date",
        )
    finally:
        view.deleteLater()
    if not ok:
        raise OSError(f"could not write the timeline picture to {output}")
