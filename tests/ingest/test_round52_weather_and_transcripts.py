"""Round 52 (3): a weather box set inside a local story (its heading, a line of forecast
periods with their temperatures, its link) and a transcript's note that it was edited are
furniture; a story's own sentences about the weather stay. Every line here is invented."""

from __future__ import annotations

import pytest

from desktop.ingest import furniture, read_bytes


@pytest.mark.parametrize(
    "line",
    [
        "Weather for Bramley",
        "Local weather in Port Ellen",
        "Full 5-day forecast",
        "Seven-day forecast",
        "Tonight: 9°C, clear spells. Thursday: 19°C, chance of rain 30%. Friday: 21°C, wind 8 mph.",
        "Today 14C, showers. Tomorrow 12C, sunny spells.",
        "High 68°F Low 51°F",
    ],
)
def test_a_weather_boxs_lines_are_furniture(line: str) -> None:
    assert furniture.single_block_reason(line) == furniture.PAGE_WIDGET


@pytest.mark.parametrize(
    "line",
    [
        "Forecasters said temperatures would reach 31C on Friday and 33C on Saturday.",
        "Temperatures fell to minus 3C on Tuesday night and minus 5C on Wednesday, the Met "
        "Office says.",
        "Forecast",
        "The weather in Bramley was kind to the organisers.",
    ],
)
def test_a_storys_sentences_about_the_weather_stay(line: str) -> None:
    assert furniture.single_block_reason(line) is None


def test_a_weather_box_inside_a_saved_story_is_left_out() -> None:
    last = "The first Sunday opening will be on 6 June, with a story hour for under-fives."
    page = (
        "<html><head><meta property='og:site_name' content='Bramley Gazette'></head><body>"
        "<article><h1>Library to open on Sundays</h1><p>By Owen Pascoe</p>"
        "<p>Bramley library will open on Sunday afternoons from June for the first time in "
        "eleven years, after 30 volunteers offered to staff it.</p>"
        "<div class='inline-weather'><p>Weather for Bramley</p>"
        "<p>Tonight: 9°C, clear spells. Thursday: 19°C, chance of rain 30%.</p></div>"
        "<p>The council is paying for the extra staff hours, about 7,800 pounds a year, "
        f"from a fund for community projects.</p><p>{last}</p></article></body></html>"
    )
    article = read_bytes(page.encode(), "story.html")
    assert "Weather for" not in article.text
    assert "clear spells" not in article.text
    assert article.text.rstrip().endswith(last)


@pytest.mark.parametrize(
    "line",
    [
        "This transcript has been lightly edited for clarity.",
        "This transcript has been edited and condensed.",
        "This transcript was edited for length.",
    ],
)
def test_a_transcripts_note_that_it_was_edited_is_furniture(line: str) -> None:
    assert furniture.single_block_reason(line) is not None


def test_a_sentence_about_an_edited_transcript_in_a_story_stays() -> None:
    line = "The court was told the transcript had been edited before it reached the jury."
    assert furniture.single_block_reason(line) is None
