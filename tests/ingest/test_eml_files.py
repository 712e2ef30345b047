"""Messages saved by a mail program as .eml: header, MIME parts, encodings, forwards.

Every fixture is invented for these tests and written as a mail program writes it (folded
header lines, encoded words, quoted-printable and base64 parts); each test pins one rule and
fails without it.
"""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

from desktop.ingest import SUPPORTED_SUFFIXES, read_bytes, read_file
from desktop.ingest.furniture import EMAIL_HEADER, FORWARDING_NOTE

STORY = [
    "The city council voted on Tuesday to close the Marlow Street bridge to cars from 1 June, "
    "after engineers found cracks in two of its steel girders.",
    "Buses, cyclists and pedestrians will still be able to cross while repairs costing about "
    "€3.4 million are carried out over 18 months.",
    "Councillor Ana Brčić said the decision was “painful but unavoidable”.",
]
PLAIN = "\n\n".join(STORY) + "\n"
HTML = "<html><body>" + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>"

# Relays stack their own fields above the ones a reader sees, many of them folded.
RELAY_FIELDS = (
    "Return-Path: <press@city.example>\n"
    "Delivered-To: desk@paper.example\n"
    + "".join(
        f"Received: from relay{n}.city.example (relay{n}.city.example [198.51.100.{n}])\n"
        f"\tby relay{n + 1}.city.example with ESMTPS id {n}Q2\n"
        f"\tfor <desk@paper.example>; Tue, 11 Mar 2025 16:40:0{n % 10} +0100 (CET)\n"
        for n in range(30)
    )
    + "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=city.example; s=sel1;\n"
    "\th=from:to:subject:date; bh=abcdefabcdef=;\n"
    "\tb=QWxsIHRoZSByZWFsIHNpZ25hdHVyZXMgYXJlIGxvbmdlciB0aGFuIHRoaXM=\n"
    "ARC-Authentication-Results: i=1; mx.city.example; spf=pass\n"
    "Authentication-Results: mail.paper.example; dkim=pass header.d=city.example\n"
)


def b64(text: str) -> str:
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def alternative(boundary: str = "_000_inner_") -> str:
    return (
        f'Content-Type: multipart/alternative;\n\tboundary="{boundary}"\n\n'
        f"--{boundary}\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(PLAIN)}\n"
        f"--{boundary}\n"
        'Content-Type: text/html; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(HTML)}\n"
        f"--{boundary}--\n"
    )


def test_eml_is_a_supported_file_type(tmp_path: Path) -> None:
    assert SUPPORTED_SUFFIXES[".eml"] == "eml"
    path = tmp_path / "Bridge closure.EML"
    path.write_text(
        "From: City Press Office <press@city.example>\n"
        "Subject: Council closes Marlow Street bridge to cars\n"
        "Date: Tue, 11 Mar 2025 16:39:58 +0100\n\n" + PLAIN,
        encoding="utf-8",
    )
    _, article = read_file(path)
    assert article.format == "eml"
    assert article.title == "Council closes Marlow Street bridge to cars"
    assert article.text.split("\n") == STORY


def test_relay_header_encoded_words_and_nested_parts_read_as_a_mail_reader_shows_them() -> None:
    message = (
        RELAY_FIELDS + "From: =?UTF-8?Q?Gradski_ured_za_medije_=E2=80=93_Ci?=\n"
        " =?UTF-8?Q?ty_Press_Office?= <press@city.example>\n"
        'To: "Newsdesk" <desk@paper.example>\n'
        "Subject: =?UTF-8?B?Q291bmNpbCBjbG9zZXMgTWFybG93IFN0cmVldCBicmlkZ2UgdG8gY2FycyDigJMg?=\n"
        " =?UTF-8?B?cmVwYWlycyB0byBjb3N0IOKCrDMuNG0=?=\n"
        "Date: Tue, 11 Mar 2025 16:39:58 +0100\n"
        "Thread-Topic: Council closes Marlow Street bridge\n"
        "Thread-Index: AdmT1234abcd==\n"
        "X-MS-Has-Attach: yes\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed;\n\tboundary="_004_outer_"\n\n'
        "This is a multi-part message in MIME format.\n\n"
        "--_004_outer_\n" + alternative() + "\n--_004_outer_\n"
        'Content-Type: application/pdf; name="bridge-report.pdf"\n'
        'Content-Disposition: attachment; filename="bridge-report.pdf"\n'
        "Content-Transfer-Encoding: base64\n\n"
        "JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29k\n"
        "--_004_outer_--\n"
    )
    article = read_bytes(message.encode("ascii"), "bridge.eml")
    assert article.title == "Council closes Marlow Street bridge to cars – repairs to cost €3.4m"
    assert article.source == "Gradski ured za medije – City Press Office"
    assert str(article.published) == "2025-03-11"
    assert article.published_origin == "metadata"
    # The plain part once: the HTML alternative repeats it, the PDF is an attachment.
    assert article.text.split("\n") == STORY
    assert all(b.reason == EMAIL_HEADER for b in article.blocks if "Received" in b.text)


def test_latin1_quoted_printable_subject_and_body() -> None:
    body = (
        "Le conseil municipal a voté mardi la fermeture du pont de la rue Marlow aux voitures, "
        "après la découverte de fissures dans deux poutres.\n\n"
        "Les réparations coûteront environ 3,4 millions d’euros.\n"
    ).replace("’", "'")
    message = (
        "From: =?iso-8859-1?Q?Service_de_presse_de_la_Ville_de_Marl=E8ne?= <presse@ville.example>\n"
        "To: redaction@journal.example\n"
        "Subject: =?iso-8859-1?Q?Fermeture_du_pont_:_le_conseil_a_vot=E9?=\n"
        "Date: Wed, 12 Mar 2025 09:00:00 +0100\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="iso-8859-1"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(body, "iso-8859-1")
    )
    article = read_bytes(message.encode("ascii"), "pont.eml")
    assert article.title == "Fermeture du pont : le conseil a voté"
    assert article.source == "Service de presse de la Ville de Marlène"
    assert article.text.startswith("Le conseil municipal a voté mardi")
    assert "3,4 millions d'euros" in article.text


def test_forward_inside_an_encoded_body_is_the_forwarded_story() -> None:
    # The forwarder's header and note say nothing of the story; the message they pass on is
    # the document, its Subject the title and its sender the source.
    inner = (
        "Thought you'd want this for the bridge file.\n\n"
        "Jo\n\n"
        "---------- Forwarded message ---------\n"
        "From: City Press Office <press@city.example>\n"
        "Date: Tue, Mar 11, 2025 at 4:39 PM\n"
        "Subject: Council closes Marlow Street bridge to cars\n"
        "To: <desk@paper.example>\n\n" + PLAIN
    )
    message = (
        RELAY_FIELDS + "From: Jo Park <jo.park@paper.example>\n"
        "To: Sam Archer <sam@paper.example>\n"
        "Subject: Fwd: Council closes Marlow Street bridge to cars\n"
        "Date: Fri, 14 Mar 2025 08:01:00 +0000\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="UTF-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(inner)
    )
    article = read_bytes(message.encode("ascii"), "fwd.eml")
    assert article.title == "Council closes Marlow Street bridge to cars"
    assert article.source == "City Press Office"
    assert str(article.published) == "2025-03-11"
    assert article.text.split("\n") == STORY
    assert any(b.reason == FORWARDING_NOTE and "bridge file" in b.text for b in article.blocks)


def test_message_forwarded_as_an_attachment_is_the_document() -> None:
    message = (
        "From: Jo Park <jo.park@paper.example>\n"
        "To: Sam Archer <sam@paper.example>\n"
        "Subject: Fwd: bridge\n"
        "Date: Fri, 14 Mar 2025 08:01:00 +0000\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="fwd-1"\n\n'
        "--fwd-1\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "See attached.\n\n"
        "--fwd-1\n"
        'Content-Type: message/rfc822; name="bridge.eml"\n'
        "Content-Disposition: attachment\n\n"
        "From: City Press Office <press@city.example>\n"
        "To: desk@paper.example\n"
        "Subject: Council closes Marlow Street bridge to cars\n"
        "Date: Tue, 11 Mar 2025 16:39:58 +0100\n"
        "MIME-Version: 1.0\n" + alternative() + "\n--fwd-1--\n"
    )
    article = read_bytes(message.encode("ascii"), "fwd.eml")
    assert article.title == "Council closes Marlow Street bridge to cars"
    assert article.source == "City Press Office"
    assert str(article.published) == "2025-03-11"
    assert article.text.split("\n") == STORY
    assert "See attached." not in article.text


def test_boundary_declared_but_not_used_falls_back_to_the_delimiter_the_parts_use() -> None:
    message = (
        "From: City Press Office <press@city.example>\n"
        "To: desk@paper.example\n"
        "Subject: Council closes Marlow Street bridge to cars\n"
        "Date: Tue, 11 Mar 2025 16:39:58 +0100\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="declared-but-wrong"\n\n'
        "This is a multi-part message in MIME format.\n\n" + alternative("XYZ").split("\n\n", 1)[1]
    )
    article = read_bytes(message.encode("ascii"), "bridge.eml")
    assert article.text.split("\n") == STORY
    assert "--XYZ" not in article.text
    assert "multi-part message" not in article.text


def test_multipart_header_without_boundary_and_mbox_from_line() -> None:
    message = (
        "From press@city.example Tue Mar 11 16:40:02 2025\n"
        "From: City Press Office <press@city.example>\n"
        "Subject: Council closes Marlow Street bridge to cars\n"
        "Date: Tue, 11 Mar 2025 16:39:58 +0100\n"
        "Content-Type: multipart/alternative\n\n" + alternative("=_b1").split("\n\n", 1)[1]
    )
    article = read_bytes(message.encode("ascii"), "bridge.eml")
    assert article.title == "Council closes Marlow Street bridge to cars"
    assert article.text.split("\n") == STORY


def test_text_opening_with_hyphenated_labels_is_not_a_message_header() -> None:
    text = (
        "Read-more: the bridge file\n"
        "Follow-up: engineers' report\n\n"
        "Council closes Marlow Street bridge to cars\n\n" + PLAIN
    )
    article = read_bytes(text.encode("utf-8"), "notes.txt")
    assert not any(b.reason == EMAIL_HEADER for b in article.blocks)
    assert article.text.endswith(STORY[-1])


def test_sign_off_and_signature_under_a_message_are_set_aside() -> None:
    message = (
        "From: City Press Office <press@city.example>\n"
        "Subject: Council closes Marlow Street bridge to cars\n"
        "Date: Tue, 11 Mar 2025 16:39:58 +0100\n\n"
        + PLAIN
        + "\nKind regards,\n\nMira Horvat\nSenior press officer\nCity of Marlow\n"
    )
    article = read_bytes(message.encode("utf-8"), "bridge.eml")
    assert article.text.split("\n") == STORY
