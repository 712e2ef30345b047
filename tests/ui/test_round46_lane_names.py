"""Round 46 (5): a lane scrolled partly out of the timeline keeps its name in view.

Dating an article at 1366x768 scrolled the lanes to show its lane, the last; the top lane,
partly out, showed the lower half of its name (its centre was out of view). The name is now
centred in the part of the lane in view, as little moved as keeps it whole.
"""

from __future__ import annotations

from desktop.ui.timeline.paint import _label_middle

# a lane 80 px tall, a view from 40 to 300, a name two lines (34 px) tall
BLOCK = 34.0


def test_a_lane_wholly_in_view_has_its_name_in_its_middle() -> None:
    assert _label_middle(100, 80, 40, 300, BLOCK) == 140


def test_a_lane_partly_above_the_view_has_its_name_in_the_part_in_view() -> None:
    # the lane runs 10..90, 40..90 of it in view: the name's block lies whole in there
    mid = _label_middle(10, 80, 40, 300, BLOCK)
    assert mid - BLOCK / 2 >= 40 and mid + BLOCK / 2 <= 90
    # and no further from the lane's middle (50) than that needs
    assert mid == 40 + BLOCK / 2 + 2


def test_a_lane_partly_below_the_view_has_its_name_in_the_part_in_view() -> None:
    mid = _label_middle(260, 80, 40, 300, BLOCK)
    assert mid - BLOCK / 2 >= 260 and mid + BLOCK / 2 <= 300


def test_too_little_of_a_lane_in_view_leaves_its_name_where_it_was() -> None:
    assert _label_middle(0, 80, 60, 300, BLOCK) == 40
