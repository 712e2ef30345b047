"""Qt tests run on the offscreen platform, so they need no display and never steal focus."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.ui.timeline.pyside_guard import guard_none_refcount

# PySide6 6.12.0 on Python 3.11 leaks references to None; see the guard's docstring.
guard_none_refcount()
