"""Dialogs of the desktop app."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

#: The share of the screen's free area a dialog may take at most, leaving room for its title
#: bar and frame, so that its buttons are never below the bottom of a small screen.
SCREEN_SHARE = 0.9


def size_within_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize ``dialog`` to ``width`` x ``height``, or as much of that as fits on the screen it
    opens on (its parent's): on a 1024x640 laptop a 680-pixel dialog hid its own OK button.
    Never below what its contents need."""
    owner = dialog.parentWidget() or dialog
    screen = owner.screen()
    if screen is None:
        dialog.resize(width, height)
        return
    room = screen.availableGeometry()
    least = dialog.minimumSizeHint()
    dialog.resize(
        max(min(width, int(room.width() * SCREEN_SHARE)), least.width()),
        max(min(height, int(room.height() * SCREEN_SHARE)), least.height()),
    )
