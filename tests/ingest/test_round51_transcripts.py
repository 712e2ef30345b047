"""Round 51: a podcast or video page whose text is a transcript. The transcript, each turn
with its speaker's label, is the body; the episode's short notes above its "Transcript"
heading are its standfirst; the player's links ("Listen on Apple Podcasts Spotify Download
MP3") and the note on how the transcript was made are furniture; the last turn stays even
when it thanks the guests beside a "Subscribe ..." line. A story printed above a transcript
of its own keeps its paragraphs. Every page and line here is invented."""

from __future__ import annotations

import pytest

from desktop.domain import RawArticle
from desktop.ingest import furniture, read_bytes

TURNS = (
    "<p><strong>Ines Calloway:</strong> Hello and welcome to Field Notes. This week the county "
    "council voted to sell two of its farms, and the tenants say they were given no warning.</p>\n"
    "<p><strong>Ines Calloway:</strong> I am joined by Tom Reade, who has farmed at Hollins "
    "End for thirty years. Tom, when did you hear about the sale?</p>\n"
    "<p><strong>Tom Reade:</strong> We read about it in the paper on the Friday, the same as "
    "everybody else. Nobody from the council had rung us.</p>\n"
    "<p><strong>Ines Calloway:</strong> What happens to your herd if the farm is sold?</p>\n"
    "<p><strong>Tom Reade:</strong> We have 140 cows. If the buyer does not keep us on, they "
    "will have to go to market by the autumn.</p>\n"
    "<p><strong>Ines Calloway:</strong> Tom Reade, thank you for talking to us.</p>\n"
)


def _page(above: str, turns: str = TURNS, foot: str = "") -> RawArticle:
    html = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>The farms the council wants to sell - Field Notes - Dale Radio</title>
<meta property="og:site_name" content="Dale Radio">
<meta property="article:published_time" content="2027-09-03T06:00:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/podcasts">Podcasts</a> <a href="/live">Listen live</a></nav>
<main><section class="episode">
<h1>The farms the council wants to sell</h1>
{above}
<h2>Transcript</h2>
<div class="transcript">{turns}</div>
{foot}
</section></main>
<footer>Dale Radio 2027</footer>
</body></html>
"""
    return read_bytes(html.encode(), "episode.html")


PLAYER = (
    '<div class="player"><p>Listen on <a href="#">Apple Podcasts</a> <a href="#">Spotify</a> '
    '<a href="#">Download MP3</a></p></div>'
)
NOTES = (
    "<p>Two county farms are up for sale. Ines Calloway hears from a tenant who found out from "
    "the paper. Produced by Lewis Marr.</p>"
)
FOOT = (
    "<p>Subscribe to Field Notes wherever you get your podcasts.</p>\n"
    "<p>This transcript was generated automatically and checked by our producers. It may "
    "contain errors.</p>"
)


def test_the_transcript_is_the_body() -> None:
    text = _page(PLAYER + NOTES, foot=FOOT).text
    assert text.startswith("Ines Calloway: Hello and welcome to Field Notes.")
    assert text.rstrip().endswith("Ines Calloway: Tom Reade, thank you for talking to us.")
    for furniture_text in ("Listen on", "Download MP3", "Produced by Lewis Marr", "generated"):
        assert furniture_text not in text


def test_a_story_above_its_transcript_keeps_its_paragraphs() -> None:
    story = "".join(
        f"<p>{s}</p>"
        for s in (
            "Tenants of two county farms say they learned of the council's plan to sell them "
            "from a newspaper advertisement, and have asked for the sale to be paused.",
            "The council says the farms, at Hollins End and Carr Side, cost more to maintain "
            "than they earn in rent, and that the sale would raise about 2.4 million pounds.",
            "Tom Reade, who has farmed at Hollins End for thirty years, told Field Notes that "
            "nobody from the council had rung him before the advertisement appeared. The full "
            "conversation is below.",
        )
    )
    text = _page(story).text
    assert text.startswith("Tenants of two county farms say")
    assert "Tom Reade: We read about it in the paper" in text


@pytest.mark.parametrize(
    "line",
    [
        "Listen on Apple Podcasts Spotify Download MP3",
        "Subscribe on: Apple Podcasts | Spotify | RSS",
        "Download MP3",
        "This is a rush transcript. Copy may not be in its final form.",
        "Transcripts are generated using a combination of speech recognition and human editors.",
    ],
)
def test_player_links_and_transcript_notes_are_furniture(line: str) -> None:
    assert furniture.single_block_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The episode will be available on Spotify and Apple Podcasts from Monday.",
        "This transcript of the hearing was released by the court on Tuesday after a request "
        "from three newspapers.",
    ],
)
def test_sentences_about_podcasts_and_transcripts_stay(line: str) -> None:
    assert furniture.single_block_reason(line) is None
