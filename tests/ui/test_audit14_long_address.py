"""Audit round 14: a failed fetch of a very long web address (a tracking query of
thousands of characters). The box of failures cut the address at its right edge with no sign
that the rest was there; it now shows the address's start and end with '…' between, and the
site's answer whole under it."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_review import open_at


def test_a_long_address_is_shortened_in_the_middle(make_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, tmp_path / "P.factlane", 1366, 768)
    address = "http://harlow.example/news/ferry?ref=" + "abcdefghij" * 400 + "&end=z9"
    window._say_not_imported(
        "Not fetched",
        "The page could not be fetched.",
        f"{address}: the site has no page at this address (404 Not Found); check the address",
    )
    box = window.import_problem_box
    shown_address, reason = box.informativeText().split("\n")
    assert shown_address.startswith("http://harlow.example/news/ferry?ref=abcdefghij")
    assert shown_address.endswith("&end=z9") and "…" in shown_address
    assert len(shown_address) <= 120
    assert reason == "The site has no page at this address (404 Not Found); check the address."
    assert box.width() <= window.width()
