"""Import round 60 (4): text copies of round 60's page shapes, found by probing with invented
copies: a gallery story copied with its slides ("Photo 1 of 12", caption, credit) between
paragraphs and "View all 12 photos" under it, and a reader view copied from its top (the
site's host name over the headline). Every line here is invented.
"""

from __future__ import annotations

import pytest

from desktop.ingest import furniture, read_bytes

STORY = [
    "Dozens of homes in Lower Wenning were flooded on Sunday after the river burst its banks "
    "following two days of heavy rain.",
    "Firefighters used boats to reach residents on Mill Row, where the water was more than "
    "a metre deep by mid-afternoon.",
    "A rest centre was opened at the village hall, where 41 people spent Sunday night.",
]


def _slide(n: int, caption: str) -> str:
    return f"Photo {n} of 12\n{caption}\nPhoto: Ben Carver/Wenning Valley Echo"


def test_a_slides_caption_between_counter_and_credit_is_furniture() -> None:
    text = "\n\n".join(
        [
            "Floodwater reaches homes as River Wenning bursts its banks",
            "By Sophie Lindqvist\n15 February 2026",
            _slide(1, "Firefighters carry a resident along Mill Row on Sunday afternoon."),
            *STORY[:2],
            _slide(2, "Water covers the playing fields beside the bridge."),
            STORY[2],
            "View all 12 photos",
        ]
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.text.startswith(STORY[0])
    assert article.text.endswith(STORY[-1])
    assert "Firefighters carry a resident" not in article.text


def test_a_line_under_a_counter_with_no_credit_stays() -> None:
    text = "\n\n".join(
        ["Floodwater reaches homes", "By Sophie Lindqvist", STORY[0], "Photo 1 of 12", *STORY[1:]]
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert STORY[1] in article.text


def test_a_gallery_of_captions_alone_keeps_them() -> None:
    captions = [
        "Firefighters carry a resident along Mill Row on Sunday afternoon as the water rises.",
        "Water covers the playing fields beside the old bridge in the centre of the village.",
    ]
    text = "\n\n".join(
        [
            "In pictures: floods in the Wenning valley",
            *(_slide(n + 1, c) for n, c in enumerate(captions)),
        ]
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert captions[0] in article.text and captions[1] in article.text


@pytest.mark.parametrize(
    "line",
    [
        "View all 12 photos",
        "See all photos",
        "Browse 24 images",
        "See all 12 photos in the gallery",
    ],
)
def test_gallery_links_are_furniture(line: str) -> None:
    assert furniture.single_block_reason(line) is not None


def test_a_sentence_naming_photos_stays() -> None:
    assert furniture.single_block_reason("See photos of the flood here, the council said.") is None


def test_a_reader_views_host_line_is_no_headline() -> None:
    text = "\n".join(
        [
            "wenningecho.example",
            "Floodwater reaches homes as River Wenning bursts its banks",
            "Sophie Lindqvist",
            "4–5 minutes",
            "",
            "\n\n".join(STORY),
        ]
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title == "Floodwater reaches homes as River Wenning bursts its banks"
    assert article.text.startswith(STORY[0])
    assert "wenningecho.example" not in article.text


TRANSLATED = [
    "The port of Valdemora will double the number of containers it can handle by 2030, its "
    "board announced on Wednesday.",
    "The plan includes a new 800-metre quay and six electric cranes.",
]


def test_an_edition_line_over_the_headline_names_the_outlet() -> None:
    text = "\n\n".join(
        [
            "El Faro de Lucar | English edition",
            "Port of Valdemora to double its container capacity",
            "Lucía Ferrer Ortega\n4 March 2026",
            "This article was translated from Spanish and reviewed by our editors.",
            *TRANSLATED,
            "Lee el artículo original en español",
        ]
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title == "Port of Valdemora to double its container capacity"
    assert article.source == "El Faro de Lucar"
    assert article.text.startswith(TRANSLATED[0])
    assert article.text.endswith(TRANSLATED[-1])


def test_a_headline_about_an_edition_stays_the_headline() -> None:
    text = "\n\n".join(["Paper launches US edition", "By Ana Ruiz", *TRANSLATED])
    article = read_bytes(text.encode(), "copy.txt")
    assert article.title == "Paper launches US edition"


@pytest.mark.parametrize(
    "line",
    [
        "Lee el artículo original en español",
        "Lire l'article original en français",
        "Leia o artigo original",
        "Zum Originalartikel",
    ],
)
def test_links_to_the_original_in_its_language_are_furniture(line: str) -> None:
    assert furniture.single_block_reason(line) == furniture.TRANSLATION_NOTE
