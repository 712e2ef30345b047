"""Round 44: every menu command is reached from the keyboard the way menus promise it."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


def _mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    i = plain.find("&")
    return plain[i + 1].lower() if 0 <= i < len(plain) - 1 else None


def _menus(window) -> list[QMenu]:  # type: ignore[no-untyped-def]
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())

    for action in window.menuBar().actions():
        walk(action.menu())
    return found


def test_each_letter_opens_one_command_of_a_menu(make_window) -> None:  # type: ignore[no-untyped-def]
    # In the View menu F was Fit Timeline and Forward, I Zoom In and Show Figures, A
    # Lanes by Article and Show Facts, N three commands: the letter only moved between
    # them, and Enter was needed to run any.
    window = make_window()
    for menu in _menus(window):
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible() or not action.text():
                continue
            letter = _mnemonic(action.text())
            if letter is None and not action.isEnabled() and action.menu() is None:
                continue  # a placeholder ("No recent projects")
            assert letter is not None, f"{menu.title()}: {action.text()} has no letter"
            letters.setdefault(letter, []).append(action.text())
        shared = {k: v for k, v in letters.items() if len(v) > 1}
        assert not shared, f"{menu.title()}: {shared}"
    # the menu bar's own letters too
    tops = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    assert None not in tops and len(set(tops)) == len(tops)


def test_quit_has_its_key_in_the_file_menu_on_every_system(make_window) -> None:  # type: ignore[no-untyped-def]
    # QKeySequence.Quit is empty where the system names no key (Windows, the offscreen
    # platform): File > Quit then had none at all.
    window = make_window()
    quit_action: QAction = window.quit_action
    assert not quit_action.shortcut().isEmpty()
    if QKeySequence(QKeySequence.StandardKey.Quit).isEmpty():
        assert quit_action.shortcut() == QKeySequence("Ctrl+Q")
    # and no other command of the window answers the same keys
    keys = quit_action.shortcut().toString()
    others = [
        a.text()
        for a in window.findChildren(QAction)
        if a is not quit_action and any(s.toString() == keys for s in a.shortcuts())
    ]
    assert others == []
