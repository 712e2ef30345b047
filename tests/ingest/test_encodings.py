"""Each encoding a saved article arrives in is read to the same text."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from desktop.ingest import IngestError, read_bytes, read_pasted
from desktop.ingest.textclean import decode

ARTICLE = (
    "Café owners in Kraków say “business is down”\n"
    "Published: January 14, 2025\n\n"
    "The café’s owner, Zoë Nowak, said sales fell 12% — the worst month since 2020.\n"
    "Prices rose by €2 to €5 on Thursday.\n"
)


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),  # Python writes a BOM
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.encode("cp1252"), "windows-1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252"],
)
def test_encodings_read_the_same_article(encoded: bytes, label: str) -> None:
    article = read_bytes(encoded, "cafe.txt")
    assert article.encoding == label
    assert article.title == "Café owners in Kraków say “business is down”"
    assert "The café’s owner, Zoë Nowak, said sales fell 12% — the worst month" in article.text
    assert "€2 to €5" in article.text
    assert article.published is not None and article.published.isoformat() == "2025-01-14"


def test_latin1_text() -> None:
    text = (
        "Señor Müller's café\n\nThe soldiers crossed at Saint-Étienne; 3° below zero, £40 fine.\n"
    )
    article = read_bytes(text.encode("latin-1"), "latin.txt")
    assert article.encoding == "latin-1"
    assert article.title == "Señor Müller's café"
    assert "Saint-Étienne; 3° below zero, £40 fine." in article.text


def test_cp1252_smart_quotes_are_quotes_not_controls() -> None:
    data = b"Title line\n\n\x93We will exchange them,\x94 he said \x96 twice\x85\n"
    text, label = decode(data)
    assert label == "windows-1252"
    assert "“We will exchange them,” he said – twice…" in text


def test_text_is_nfc_normalised() -> None:
    decomposed = "Cafe\u0301 Zoe\u0308\n\nThe cafe\u0301 reopened on Thursday.\n"
    article = read_bytes(decomposed.encode("utf-8"), "nfd.txt")
    assert article.title == "Caf\u00e9 Zo\u00eb"
    assert "café" in article.text
    assert all(unicodedata.is_normalized("NFC", b.text) for b in article.blocks)


def test_nul_and_bidi_controls_are_removed() -> None:
    hostile = (
        "Headline with \u202eeulav\u202c inside\n\n"
        "Paragraph \u2066one\u2069 with \u200emarks\u200f and \u202aembeds\u202c and \u202bmore\u202c "
        "and \u202doverride\u202c.\n"
    )
    article = read_pasted(hostile + "Tail \x00 with a NUL.")
    everything = article.text + "".join(b.text for b in article.blocks) + (article.title or "")
    for ch in "\x00\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f":
        assert ch not in everything, repr(ch)
    assert "Paragraph one with marks and embeds and more and override." in article.text


def test_bom_in_utf16_file_with_nul_bytes_is_not_binary() -> None:
    data = "Plain headline\n\nBody text here.\n".encode("utf-16-le")
    text, label = decode(codecs.BOM_UTF16_LE + data)
    assert label == "utf-16"
    assert text.startswith("Plain headline")


def test_bomless_utf16_is_recognised() -> None:
    text, label = decode("Plain headline\n\nBody text goes here.\n".encode("utf-16-le"))
    assert label == "utf-16-le"
    assert text.startswith("Plain headline")


def test_legacy_cyrillic_code_page_is_not_read_as_western() -> None:
    russian = (
        "Украина сообщила о захвате двух северокорейских военнослужащих в Курской области. "
        "Президент предложил обменять их на украинских пленных.\n"
    ) * 3
    text, label = decode(russian.encode("cp1251"))
    assert "северокорейских" in text
    assert label.replace("-", "").lower() in {"cp1251", "windows1251"}


def test_html_meta_charset_is_honoured() -> None:
    page = (
        b'<html><head><meta charset="koi8-r"><title>T</title></head><body><article>'
        + "<p>Северокорейские солдаты были захвачены в Курской области на прошлой неделе, "
        "сообщил президент Украины в воскресенье.</p>".encode("koi8-r")
        * 3
        + b"</article></body></html>"
    )
    article = read_bytes(page, "page.html")
    assert article.encoding == "koi8-r"
    assert "Северокорейские солдаты" in article.text


def test_html_mislabelled_latin1_page_uses_windows_1252() -> None:
    body = (
        "<p>\x93Quoted\x94 words from the minister\x92s office in the capital city today.</p>" * 4
    )
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        f"<title>T</title></head><body><article>{body}</article></body></html>"
    ).encode("latin-1")
    article = read_bytes(page, "page.htm")
    assert "“Quoted” words from the minister’s office" in article.text


def test_invalid_bom_content_is_refused() -> None:
    with pytest.raises(IngestError, match=r"bad\.txt"):
        read_bytes(codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff", "bad.txt")


def test_controls_spelt_as_entities_or_json_escapes_are_removed_too() -> None:
    page = (
        b"<html><head><script type='application/ld+json'>"
        b'{"@type": "NewsArticle", "headline": "Head\\u202eline\\u0000", '
        b'"author": {"@type": "Person", "name": "Jane \\u2066Doe"}}</script></head>'
        b"<body><article><p>Officials said on Monday&#x202E; that the soldiers&#x200F; were "
        b"questioned in Kyiv, and that more interviews were planned this week.</p>"
        b"<p>A second paragraph follows with&#x2067; more text about the questioning.</p>"
        b"</article></body></html>"
    )
    article = read_bytes(page, "entities.html")
    everything = "".join(
        [article.text, article.title or "", article.author or ""] + [b.text for b in article.blocks]
    )
    assert article.title == "Headline"
    assert article.author == "Jane Doe"
    for ch in "\x00\u202e\u200f\u2066\u2067":
        assert ch not in everything, repr(ch)
