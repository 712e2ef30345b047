"""The seed article (a saved page from The Week) is the first test of furniture removal."""

from __future__ import annotations

from desktop.domain import body_from_blocks
from desktop.ingest import read_file, rebuild, set_block_kept
from tests.ingest.conftest import SEED_ARTICLE

TEASER_WORDS = [
    "Acid rain",
    "Thailand",
    "Cambodia",
    "trade deal",
    "slot machines",
    "Clint",
    "Gaza",
    "anti-corruption",
    "300,000",
    "38 people",
    "At least 12",
]


def test_seed_title_and_body_end() -> None:
    _, article = read_file(SEED_ARTICLE)
    assert article.title == "Ukraine captures first North Korean soldiers"
    assert article.text.rstrip().endswith("far outside Ukraine.")
    last = article.text.strip().split("\n")[-1]
    assert "North Korean military's gained battlefield experience" in last


def test_seed_body_has_no_teasers_or_their_figures() -> None:
    _, article = read_file(SEED_ARTICLE)
    for words in TEASER_WORDS:
        assert words not in article.text, words


def test_seed_furniture_is_set_aside_with_reasons() -> None:
    _, article = read_file(SEED_ARTICLE)
    removed = {b.text: b.reason for b in article.blocks if not b.kept}
    assert removed["Subscribe to The Week"] == "newsletter"
    assert removed["Sign up for The Week's Free Newsletters"] == "newsletter"
    assert any(t.startswith("Escape your echo chamber") for t in removed)
    bio = next(t for t in removed if t.startswith("Peter has worked"))
    assert removed[bio] == "author bio"
    assert removed["Acid rain is back: the sequel nobody wanted"] == "teaser"
    assert removed["US and Japan strike trade deal"] == "teaser"
    # Nothing is lost: every line of the file is somewhere among the blocks.
    lines = [ln.strip() for ln in SEED_ARTICLE.read_text(encoding="utf-8").splitlines()]
    texts = {b.text for b in article.blocks}
    assert all(ln in texts for ln in lines if ln)
    # The newsletter blurb printed twice keeps only as furniture, not in the body.
    blurb = "From our morning news briefing to a weekly Good News Newsletter"
    assert blurb not in article.text


def test_seed_keeps_reporting_standfirst_and_section_headings() -> None:
    _, article = read_file(SEED_ARTICLE)
    body_lines = article.text.split("\n")
    assert body_lines[0].startswith(
        "Ukrainian President Volodymyr Zelenskyy posted videos of the men"
    )
    assert "What happened" in body_lines
    assert "What next?" in body_lines
    assert any("more than 300 North Koreans have been killed" in ln for ln in body_lines)
    assert any("11,000 North Korean soldiers" in ln for ln in body_lines)


def test_seed_has_no_date_and_says_so() -> None:
    _, article = read_file(SEED_ARTICLE)
    assert article.published is None
    assert article.published_origin is None
    assert article.date_candidates == []
    assert any("no publication date" in w for w in article.warnings)
    assert article.source == "The Week"
    assert article.field_origins["source"] == "sign-up line"


def test_restoring_a_block_puts_it_back_in_place() -> None:
    _, article = read_file(SEED_ARTICLE)
    index = next(i for i, b in enumerate(article.blocks) if b.text == "Subscribe to The Week")
    restored = set_block_kept(article, index, True)
    assert "Subscribe to The Week" in restored.text
    lines = restored.text.split("\n")
    assert lines.index("Subscribe to The Week") < lines.index("What next?")
    assert "Subscribe to The Week" not in article.text  # the original is untouched
    again = set_block_kept(restored, index, False)
    assert again.text == article.text
    assert again.blocks[index].reason == "removed by the analyst"
    rebuilt = rebuild(article, restored.blocks)
    assert rebuilt.text == body_from_blocks(restored.blocks)
    assert rebuilt.title == article.title
