"""Keep the process alive under PySide6 6.12.0 on CPython 3.11.

That PySide6 release drops one reference to ``None`` on every call of a method that returns
``void`` (``QPainter.drawLine``, ``QWidget.update``, ``QPointF.setX``...). From Python 3.12 on
``None`` is immortal and nothing happens; on 3.11 its count reaches zero after a few thousand
calls and the interpreter aborts with "none_dealloc: deallocating None". 6.11.3 and earlier do
not have the bug, so the real fix is to keep 6.12.0 out of the lock file; this guard makes the
app survive wherever that has not happened yet.
"""

from __future__ import annotations

import ctypes
import sys

#: Enough spare references to outlast any session: 2**48 calls at ten million a second is
#: the better part of a year.
_SPARE = 1 << 48
_applied = False


def _leaks_none() -> bool:
    from PySide6.QtCore import QPointF

    probe = QPointF()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setX(1.0)
    return sys.getrefcount(None) < before


def guard_none_refcount() -> bool:
    """Give ``None`` spare references if this PySide6 build leaks them. True when applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if not _leaks_none():
        return False
    # ob_refcnt is the first field of every CPython object.
    cell = ctypes.c_ssize_t.from_address(id(None))
    cell.value += _SPARE
    _applied = True
    return True
