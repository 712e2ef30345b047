"""The sample articles in seeds/ read cleanly and carry what the demo needs to show."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest

from desktop.domain import RawArticle
from desktop.ingest import SUPPORTED_SUFFIXES, read_file
from tests.ingest.conftest import ROOT, SEED_ARTICLE, SEEDS

SAMPLES = sorted(p for p in SEEDS.iterdir() if p.suffix in SUPPORTED_SUFFIXES and p != SEED_ARTICLE)


def read_all() -> dict[str, RawArticle]:
    return {p.name: read_file(p)[1] for p in SAMPLES}


def test_the_seed_copy_is_unchanged() -> None:
    shared = Path(os.environ.get("FACTLANE_SHARED", ROOT / ".." / "shared"))
    original = shared / "seeds" / SEED_ARTICLE.name
    if not original.exists():
        pytest.fail(f"the shared seed {original} is missing")
    assert hashlib.sha256(SEED_ARTICLE.read_bytes()).digest() == (
        hashlib.sha256(original.read_bytes()).digest()
    )


def test_four_to_six_samples_in_several_formats() -> None:
    assert 4 <= len(SAMPLES) <= 6
    formats = {SUPPORTED_SUFFIXES[p.suffix] for p in SAMPLES}
    assert {"html", "txt"} <= formats


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_each_sample_has_complete_metadata(path: Path) -> None:
    _, article = read_file(path)
    assert article.title
    assert article.source and article.source.endswith("(sample)")
    assert article.author
    assert article.published is not None
    assert date(2025, 1, 14) <= article.published <= date(2025, 1, 20)
    assert article.warnings == []
    assert len(article.text.split("\n")) >= 4
    assert article.title not in article.text
    assert any(not b.kept and b.reason not in {"title", "dateline", "byline"}
               for b in article.blocks)  # fmt: skip


def test_html_samples_carry_their_date_in_metadata_and_text_samples_in_datelines() -> None:
    for name, article in read_all().items():
        expected = "metadata" if name.endswith(".html") else "text"
        assert article.published_origin == expected, name


def test_samples_carry_figures_that_disagree_and_grow() -> None:
    bodies = " ".join(a.text for a in read_all().values())
    seed = read_file(SEED_ARTICLE)[1].text
    # Force sizes that disagree: 11,000 (seed, Harbor Wire, Northgate) against 12,000.
    assert "11,000 North Korean soldiers" in seed
    assert "12,000 North Korean troops" in bodies
    # Wounded: "at least 2,700" (seed) against "about 2,000" (Harbor Wire).
    assert "about 2,000 North Korean soldiers had been wounded" in bodies
    # Killed: "more than 300" and "about 300" agree; "risen to about 400" is an update.
    assert "more than 300" in seed and "about 300" in bodies
    assert "has risen to about 400" in bodies
    # Captured soldiers: two, later three.
    assert "two North Korean soldiers" in seed
    assert "have now captured three North Korean soldiers, up from two" in bodies


def test_samples_have_relative_dates_for_the_timeline() -> None:
    bodies = " ".join(a.text for a in read_all().values())
    for phrase in ("on Monday", "last week", "two days later", "on Friday", "on Saturday",
                   "earlier this month", "A week later"):  # fmt: skip
        assert phrase in bodies, phrase


def test_sample_furniture_stays_out_of_the_body() -> None:
    bodies = " ".join(a.text for a in read_all().values())
    for furniture in ("cookie", "newsletter", "Most read", "Rail strike", "All rights reserved",
                      "Share this article", "Ferry operators", "Advertisement", "Related",
                      "Skip to content", "Follow us", "Volunteers rebuild schools",
                      "is a foreign affairs reporter", "Europe correspondent"):  # fmt: skip
        assert furniture not in bodies, furniture
