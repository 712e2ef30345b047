"""Round 33: body boundaries around furniture set between a story's paragraphs (dev27), on
small examples of our own."""

from __future__ import annotations

from desktop.ingest import read_bytes

LEDE = (
    "The harbour board agreed on Tuesday to rebuild the north pier, which has been closed "
    "to the public since a storm cracked its deck two winters ago."
)
SECOND = "The work is expected to cost about 3.4 million pounds and to take eighteen months."
LAST = "Anglers will be allowed back on the pier once the new deck is in place."


def lines(*rows: str) -> bytes:
    return "\n".join(rows).encode()


def copy(*blocks: str) -> bytes:
    return "\n\n".join(blocks).encode()


# --- a web address under the headline ----------------------------------------------------------


def test_an_address_right_under_the_headline_is_the_url_not_part_of_the_title() -> None:
    raw = read_bytes(
        lines(
            "North pier to be rebuilt",
            "https://www.bayside-mail.example/news/2025/06/10/north-pier",
            "",
            LEDE,
            "",
            SECOND,
        ),
        "pier.txt",
    )
    assert raw.title == "North pier to be rebuilt"
    assert raw.url == "https://www.bayside-mail.example/news/2025/06/10/north-pier"
    assert "bayside-mail" not in raw.text
    assert raw.text.startswith(LEDE)


def test_a_lower_case_line_under_an_unfinished_line_still_joins_it() -> None:
    raw = read_bytes(
        lines(
            "Pier to be rebuilt",
            "",
            "The harbour board agreed on Tuesday to rebuild the north pier, closed since a",
            "storm cracked its deck two winters ago.",
            "",
            SECOND,
        ),
        "pier.txt",
    )
    assert "closed since a storm cracked its deck" in raw.text


# --- captions closed by their photo credit -----------------------------------------------------


def test_a_caption_ending_in_its_photo_credit_is_furniture() -> None:
    caption = (
        "Divers inspect the cracked deck on Monday morning. Photograph: Ines Kowal/Bayside Mail"
    )
    raw = read_bytes(copy("North pier to be rebuilt", caption, LEDE, SECOND, LAST), "pier.txt")
    assert "Ines Kowal" not in raw.text
    assert "Divers inspect" not in raw.text
    assert raw.text.startswith(LEDE) and raw.text.endswith(LAST)


def test_a_caption_with_its_credit_in_brackets_is_furniture() -> None:
    caption = "The pier seen from the lifeboat station. (Photo: Sam Oduro)"
    raw = read_bytes(copy("North pier to be rebuilt", LEDE, caption, SECOND, LAST), "pier.txt")
    assert "Sam Oduro" not in raw.text and "lifeboat station" not in raw.text
    assert SECOND in raw.text


def test_a_sentence_about_a_photo_is_not_a_credit() -> None:
    from desktop.ingest import furniture

    kept = "The board was shown one photo: a crack running the width of the deck."
    assert furniture.single_block_reason(kept) is None
    said = 'The sign at the gate read "Danger. Picture: keep off" until Tuesday, residents said.'
    assert furniture.single_block_reason(said) is None
    assert furniture.single_block_reason("A view of the pier. Image: Bayside Mail") is not None


# --- a table of figures in a saved page --------------------------------------------------------


def page(story: str) -> bytes:
    return (
        "<html><head><title>Pier costs</title></head><body><article><h1>Pier repair costs "
        f"rise again</h1><p class=byline>By Ana Ruiz</p>{story}</article></body></html>"
    ).encode()


def test_a_table_of_figures_is_one_line_per_row_with_its_header() -> None:
    table = (
        "<table><thead><tr><th>Year</th><th>Cost</th><th>Change</th></tr></thead><tbody>"
        "<tr><td>2023</td><td>£2.9m</td><td>+4%</td></tr>"
        "<tr><td>2024</td><td>£3.4m</td><td>+17%</td></tr></tbody></table>"
    )
    raw = read_bytes(page(f"<p>{LEDE}</p>{table}<p>{SECOND}</p><p>{LAST}</p>"), "pier.html")
    lines = raw.text.split("\n")
    assert "Year | Cost | Change" in lines
    assert "2024 | £3.4m | +17%" in lines
    assert not any(line.startswith("|") or "---" in line for line in lines)
    assert raw.text.endswith(LAST)


def test_rows_outside_a_drawn_table_are_left_as_written() -> None:
    from desktop.ingest.html import _table_rows

    lines, rows = _table_rows(["| a note | between bars |", LEDE], frozenset())
    assert lines == ["| a note | between bars |", LEDE] and not rows
    lines, rows = _table_rows(["| A | B |", "|---|---|", "| 1 | 2 |", LEDE], frozenset())
    assert lines == ["A | B", "1 | 2", LEDE] and rows == {"A | B", "1 | 2"}


# --- a player and its transcript ---------------------------------------------------------------


def test_a_video_player_with_its_transcript_is_furniture() -> None:
    player = (
        '<div class="video-embed"><button>Play video</button><p>Watch: the pier from the air'
        "</p><details><summary>Show transcript</summary><p>Here you can see where the deck "
        "split in two during the storm.</p></details></div>"
    )
    raw = read_bytes(page(f"<p>{LEDE}</p>{player}<p>{SECOND}</p><p>{LAST}</p>"), "pier.html")
    assert "deck split in two" not in raw.text
    assert "Watch:" not in raw.text
    assert raw.text.startswith(LEDE) and SECOND in raw.text and raw.text.endswith(LAST)


def test_a_transcript_folded_under_show_transcript_is_furniture() -> None:
    folded = (
        "<details><summary>Show transcript</summary><p>Here you can see where the deck split "
        "in two during the storm, the harbour master says.</p></details>"
    )
    raw = read_bytes(page(f"<p>{LEDE}</p>{folded}<p>{SECOND}</p><p>{LAST}</p>"), "pier.html")
    assert "deck split in two" not in raw.text
    assert raw.text.startswith(LEDE) and SECOND in raw.text and raw.text.endswith(LAST)


def test_a_folded_box_with_another_label_is_not_a_transcript() -> None:
    from desktop.ingest.html import _TRANSCRIPT_LABEL

    assert _TRANSCRIPT_LABEL.match("Read the full transcript")
    assert _TRANSCRIPT_LABEL.match("Video transcript")
    assert not _TRANSCRIPT_LABEL.match("Transcripts of the hearing show the council was warned")
    assert not _TRANSCRIPT_LABEL.match("Show methodology")
