"""Shared fixtures. Qt runs offscreen and never sees the real user configuration."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings and anything else that looks for a home must not touch the developer's own.
_HOME = tempfile.mkdtemp(prefix="factlane-test-home-")
os.environ["XDG_CONFIG_HOME"] = str(Path(_HOME) / "config")
os.environ["XDG_DATA_HOME"] = str(Path(_HOME) / "data")
os.environ["XDG_CACHE_HOME"] = str(Path(_HOME) / "cache")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SEED = SEEDS / "000_cba7b06516aed0c2.txt"
SHARED = Path(os.environ.get("FACTLANE_SHARED", REPO.parent / "shared"))


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "Test.factlane"


@pytest.fixture
def project(project_path: Path) -> Iterator[object]:
    from desktop.services.project import ProjectService

    service = ProjectService.open(project_path, create=True)
    try:
        yield service
    finally:
        service.close()
