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
