"""Round 22: cramped layouts (the facts toolbar's fold at 1440x900, the conflicts tab at
1024x640, clipped text in the other renders)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.test_review import open_at


@pytest.fixture
def styled() -> Iterator[None]:
    """The look the app starts with (Fusion, the light palette, our style sheet): the style
    sheet's padding is what makes the toolbars and buttons as wide as the analyst sees them.
    The application is put back as it was afterwards."""
    from desktop.ui.style import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, style, font = app.palette(), app.styleSheet(), app.style().name(), app.font()
    apply_look(app, "light")
    yield
    app.setStyleSheet(sheet)
    app.setStyle(style)
    app.setPalette(palette)
    app.setFont(font)


@pytest.mark.parametrize("size", [(1440, 900), (1280, 800), (1024, 640)])
def test_add_fact_stays_on_the_facts_toolbar_at_common_widths(
    make_window, qtbot, demo_project, styled, size
):  # type: ignore[no-untyped-def]
    """At 1440x900 Add fact, the one action that needs no selected fact, went behind the
    toolbar's fold while seven greyed actions stayed shown."""
    window = open_at(make_window, qtbot, demo_project, *size)
    panel = window.facts_panel
    QApplication.processEvents()
    assert panel.add_action.isEnabled()
    button = panel.toolbar.widgetForAction(panel.add_action)
    assert button is not None and button.isVisible()
    assert panel.toolbar.rect().contains(button.geometry())
    # The Fact menu and the keys are as they were.
    menu = [a for a in window.fact_menu.actions() if not a.isSeparator()]
    names = [a.text() for a in menu[:9]]
    assert names == [
        "&Confirm",
        "Re&ject",
        "Re&set",
        "Edit &date…",
        "Edit &text…",
        "Ta&gs…",
        "&Note…",
        "&Add fact…",
        "De&lete",
    ]
    assert panel.add_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    assert panel.confirm_action.shortcut() == QKeySequence("Ctrl+Return")
