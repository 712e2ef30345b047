"""The timeline: dated facts in lanes under a zoomable time axis.

``data`` holds the Qt-free model (:class:`TimelineItem`, :class:`TimelineData`); ``view`` the
widget. Import the widget from ``desktop.ui.timeline.view`` so that code that only builds data
does not load Qt.
"""

from desktop.ui.timeline.data import TimelineData, TimelineItem

__all__ = ["TimelineData", "TimelineItem"]
