"""Conflicts round 59: the context-likeness tier's code (desktop/analysis/_context.py) is part of
the analysis stamp, so that a project whose conflicts an older tier worked out has them worked
out again when next read."""

from __future__ import annotations

import pytest

import desktop.analysis._context as context_module
import desktop.services.project as service_module


def test_the_context_tier_is_part_of_the_analysis_stamp(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service_module, "_analysis_stamp", None)
    now = service_module.analysis_stamp()
    loader = context_module.__spec__.loader
    source = loader.get_source(context_module.__name__)  # type: ignore[union-attr]
    assert source is not None
    # the same Factlane with another threshold in _context.py is another comparison
    changed = source.replace("LIKENESS_THRESHOLD = ", "LIKENESS_THRESHOLD = 0.01 + ")
    monkeypatch.setattr(loader, "get_source", lambda name: changed)
    monkeypatch.setattr(service_module, "_analysis_stamp", None)
    assert service_module.analysis_stamp() != now
