"""A UTF-8 file with a few broken bytes is still read as UTF-8, not turned into mojibake."""

from __future__ import annotations

from desktop.ingest import read_bytes
from desktop.ingest.textclean import decode

BODY = (
    "Café owners in Zürich said on Monday that 200 people – mostly tourists – had left "
    "the old town, and the mayor’s office called the fire “the worst in decades”."
)


def test_utf8_text_with_a_stray_invalid_byte_keeps_its_accents() -> None:
    data = ("Fire in Zürich\n\n" + BODY).encode("utf-8")
    broken = data[:40] + b"\xff" + data[40:]
    article = read_bytes(broken, "fire.txt")
    assert article.title == "Fire in Zürich"
    assert "Café owners" in article.text and "“the worst in decades”" in article.text
    assert "\ufffd" in article.text  # the broken byte shows where it was
    assert article.encoding == "utf-8"


def test_page_declaring_utf8_with_a_truncated_character_is_read_as_utf8() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>Fire in Zürich</title></head><body><article>"
        f"<h1>Fire in Zürich</h1><p>{BODY}</p><p>Residents fled the old town \u2013 "
    ).encode() + b"\xe2\x80"  # a download cut off inside a dash
    text, encoding = decode(page, "utf-8")
    assert encoding == "utf-8"
    assert "Café owners" in text and "Ã" not in text


def test_real_windows_1252_text_is_still_read_as_windows_1252() -> None:
    data = ("Fire in Zürich\n\n" + BODY).encode("cp1252")
    text, encoding = decode(data)
    assert encoding == "windows-1252"
    assert "Café owners" in text and "“the worst in decades”" in text
    assert "\ufffd" not in text


def test_utf8_text_with_latin1_words_pasted_in_reads_both() -> None:
    # a UTF-8 story with a paragraph pasted from a Latin-1 document: each lone byte is the
    # character it was there, and the UTF-8 dashes and quotes stay whole
    data = ("Fire in Zürich\n\n" + BODY + "\n\n").encode("utf-8")
    data += "A naïve résumé of the night was published.".encode("latin-1")
    text, encoding = decode(data)
    assert encoding == "utf-8"
    assert "200 people – mostly tourists –" in text and "“the worst in decades”" in text
    assert "A naïve résumé of the night" in text
    assert "\ufffd" not in text and "Ã" not in text


def test_one_dash_in_utf8_and_one_pasted_letter() -> None:
    data = "The bridge – built in 1962 – reopens.\n\nThe caf".encode() + b"\xe9" + b" is open."
    text, encoding = decode(data)
    assert encoding == "utf-8"
    assert "The bridge – built in 1962 – reopens." in text and "The café is open." in text


def test_windows_1252_text_with_one_accidental_utf8_pair_stays_windows_1252() -> None:
    # "CAFÉ’S" is C9 92 in Windows-1252, which is also a valid UTF-8 pair; the other accents
    # outnumber it, so the file is read as Windows-1252
    data = "CAFÉ’S menu: crème brûlée, pâté and café au lait.".encode("cp1252")
    text, encoding = decode(data)
    assert encoding == "windows-1252"
    assert text == "CAFÉ’S menu: crème brûlée, pâté and café au lait."


def test_a_page_naming_another_charset_needs_clear_utf8() -> None:
    data = "Zürich".encode() + " caf\xe9 na\xefve".encode("latin-1")
    text, _ = decode(data, "windows-1252")
    assert text == data.decode("cp1252")
