"""Import round 55 (1): an e-mail part whose charset is missing, unknown or wrong.

A part that names a charset Python has no codec for ("x-unknown", "utf8mb4", a misspelt
"windows-1252x") was kept as it was sent: "Caf=C3=A9" or lines of base64. The transfer
encoding is now always undone and the bytes read as a .txt file's are (UTF-8, else the
single-byte code page they show), with a warning that names the charset; a charset that
lies ("us-ascii" over UTF-8) and a missing one are read the same way. Every message here is
invented for these tests.
"""

from __future__ import annotations

import base64
import quopri

import pytest

from desktop.ingest import read_bytes

STORY = (
    "Café owners in Brennick said the parking charges, which start on 3 May, would cost them "
    "“hundreds of pounds a month”.\n\n"
    "The council said the money would pay for road repairs on Quay Street and Mill Lane.\n"
)
SHOWN = ("Café owners in Brennick", "“hundreds of pounds a month”", "Quay Street and Mill Lane")
HEAD = (
    "From: Brennick Echo <news@echo.example>\n"
    "To: desk@paper.example\n"
    "Subject: =?utf-8?q?Parking_charges_anger_caf=C3=A9_owners?=\n"
    "Date: Tue, 22 Apr 2025 09:10:00 +0100\n"
    "MIME-Version: 1.0\n"
)


def qp(text: str, codec: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(codec)).decode("ascii")


def b64(text: str, codec: str = "utf-8") -> str:
    return base64.encodebytes(text.encode(codec)).decode("ascii")


def single(content_type: str, transfer: str, body: str) -> bytes:
    return (
        HEAD + f"Content-Type: {content_type}\nContent-Transfer-Encoding: {transfer}\n\n{body}\n"
    ).encode("ascii")


def read(data: bytes):
    return read_bytes(data, "message.eml")


def assert_story(text: str) -> None:
    for words in SHOWN:
        assert words in text
    assert "=C3=A9" not in text and "Q2Fm" not in text


def unknown_warnings(article) -> list[str]:
    return [w for w in article.warnings if "charset that is not known" in w]


@pytest.mark.parametrize("charset", ["x-unknown", "utf8mb4", "windows-1252x", "UTF_8_general"])
@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
def test_an_unknown_charset_is_decoded_and_said(charset: str, transfer: str) -> None:
    body = qp(STORY) if transfer == "quoted-printable" else b64(STORY)
    article = read(single(f'text/plain; charset="{charset}"', transfer, body))
    assert_story(article.text)
    said = unknown_warnings(article)
    assert len(said) == 1 and f'"{charset}"' in said[0] and "utf-8" in said[0]
    assert article.title == "Parking charges anger café owners"


def test_an_unknown_charset_over_windows_1252_bytes_reads_them_as_that() -> None:
    article = read(single("text/plain; charset=x-mac-westernish", "base64", b64(STORY, "cp1252")))
    assert_story(article.text)
    assert "windows-1252" in unknown_warnings(article)[0]


def test_a_missing_charset_is_read_by_what_the_bytes_show() -> None:
    article = read(single("text/plain", "quoted-printable", qp(STORY)))
    assert_story(article.text)
    assert not unknown_warnings(article)


def test_a_charset_that_lies_is_read_by_what_the_bytes_show() -> None:
    # A mail program's default label over the UTF-8 its user typed.
    for declared in ("us-ascii", "iso-8859-1"):
        article = read(single(f"text/plain; charset={declared}", "base64", b64(STORY)))
        assert_story(article.text)
        assert "CafÃ©" not in article.text
        assert not unknown_warnings(article)


def test_a_true_single_byte_charset_is_still_trusted() -> None:
    article = read(
        single('text/plain; charset="iso-8859-1"', "quoted-printable", qp(STORY, "cp1252"))
    )
    assert_story(article.text)
    koi8 = "Новости Бренника: плата за парковку с 3 мая.\n"
    article = read(single("text/plain; charset=koi8-r", "base64", b64(koi8, "koi8-r")))
    assert "плата за парковку" in article.text


def test_an_unknown_charset_over_plain_ascii_says_nothing() -> None:
    plain = "The council said the money would pay for road repairs on Quay Street.\n"
    article = read(single("text/plain; charset=x-unknown", "quoted-printable", qp(plain)))
    assert "Quay Street" in article.text
    assert not unknown_warnings(article)


def test_base64_without_its_padding_or_with_stray_spaces_is_decoded() -> None:
    packed = base64.b64encode(STORY.encode("utf-8")).decode("ascii").rstrip("=")
    lines = [packed[i : i + 76] + " " for i in range(0, len(packed), 76)]
    article = read(single("text/plain; charset=utf8mb4", "base64", "\n".join(lines)))
    assert_story(article.text)


def test_an_html_only_message_with_an_unknown_charset() -> None:
    markup = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    article = read(single('text/html; charset="x-unknown"', "quoted-printable", qp(markup)))
    assert_story(article.text)
    assert "<p>" not in article.text
    assert unknown_warnings(article)


def test_both_alternatives_with_an_unknown_charset_show_the_plain_text_once() -> None:
    markup = "<html><body>" + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n")) + "</body></html>"
    data = (
        HEAD + 'Content-Type: multipart/alternative; boundary="alt55"\n\n'
        "--alt55\n"
        "Content-Type: text/plain; charset=utf8mb4\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(STORY)}\n"
        "--alt55\n"
        "Content-Type: text/html; charset=utf8mb4\n"
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(markup)}\n"
        "--alt55--\n"
    ).encode("ascii")
    article = read(data)
    assert_story(article.text)
    assert article.text.count("Café owners in Brennick") == 1
    assert len(unknown_warnings(article)) == 1


def test_a_forwarded_message_inside_with_an_unknown_charset() -> None:
    inner = (
        HEAD + "Content-Type: text/plain; charset=windows-1252x\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(STORY)}\n"
    )
    data = (
        "From: Ines Varga <ines@paper.example>\n"
        "To: desk@paper.example\n"
        "Subject: Fwd: Parking charges anger cafe owners\n"
        "Date: Wed, 23 Apr 2025 08:00:00 +0100\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="mix55"\n\n'
        "--mix55\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "For the morning list.\n\n"
        "--mix55\n"
        "Content-Type: message/rfc822\n\n"
        f"{inner}\n"
        "--mix55--\n"
    ).encode("ascii")
    article = read(data)
    assert_story(article.text)
    assert "morning list" not in article.text
    assert article.source == "Brennick Echo"
    assert article.published is not None and article.published.isoformat() == "2025-04-22"
    assert unknown_warnings(article)


def test_an_eight_bit_body_with_an_unknown_charset_is_read_and_said() -> None:
    data = HEAD.encode("ascii") + (
        b"Content-Type: text/plain; charset=latin-1x\n"
        b"Content-Transfer-Encoding: 8bit\n\n" + STORY.encode("cp1252")
    )
    article = read(data)
    assert_story(article.text)
    assert unknown_warnings(article) and "detection" in unknown_warnings(article)[0]


def test_an_encoded_subject_in_an_unknown_charset_is_decoded() -> None:
    head = HEAD.replace(
        "Subject: =?utf-8?q?Parking_charges_anger_caf=C3=A9_owners?=",
        "Subject: =?x-unknown?Q?Parking_charges_anger_caf=C3=A9?= =?utf8mb4?B?IG93bmVycw==?=",
    )
    data = (head + "Content-Type: text/plain; charset=utf-8\n\n" + STORY).encode("utf-8")
    article = read(data)
    assert article.title == "Parking charges anger café owners"


def test_a_short_word_in_a_misspelt_code_page_is_read_as_windows_1252() -> None:
    # A guess over a handful of bytes may name a code page that does not keep ASCII letters
    # (UTF-16 over "Caf\xe9"): mail text keeps them, so Windows-1252 is read.
    head = HEAD.replace(
        "Subject: =?utf-8?q?Parking_charges_anger_caf=C3=A9_owners?=",
        "Subject: =?windows-1252x?Q?Caf=E9?= owners angry",
    )
    body = qp("Café.\n", "cp1252")
    data = (
        head + "Content-Type: text/plain; charset=windows-1252x\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + body + "\n"
    ).encode("ascii")
    article = read(data)
    assert article.title == "Café owners angry"
    assert "Café" in article.text
