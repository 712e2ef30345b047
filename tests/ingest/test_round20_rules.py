"""Round 20: press releases as the distribution wires carry them, and official statements:
the parts an issuer repeats after its text, and the issuer as the source."""

from __future__ import annotations

from desktop.ingest import read_bytes

RELEASE = [
    "SPRINGFIELD, Ill., March 4, 2025 /PRNewswire/ -- Corvane Tools Inc. today said it would "
    "open a second factory in Decatur, adding 300 jobs by 2027.",
    "The plant will make hand tools for hardware chains in the Midwest.",
    '"Decatur has the workers we need," said Lee Park, the chief executive.',
]


def _page(tail: list[str], story: list[str] = RELEASE, site: str = "Wire Site") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in story + tail)
    return (
        f'<html><head><meta property="og:site_name" content="{site}"><title>x</title></head>'
        f"<body><article><h1>Corvane Tools to open Decatur plant</h1>{paragraphs}"
        "</article></body></html>"
    ).encode()


def _read(data: bytes, name: str = "release.html") -> tuple[str, str | None]:
    article = read_bytes(data, name)
    return article.text, article.source


def test_about_boilerplate_and_disclaimer_close_a_wire_release() -> None:
    text, _ = _read(
        _page(
            [
                "<b>About Corvane Tools Inc.</b>",
                "Corvane Tools Inc. makes hand tools sold in 20 countries.",
                "<b>Forward-Looking Statements</b>",
                "This release contains forward-looking statements that involve risks.",
            ]
        )
    )
    assert text.rstrip().endswith("said Lee Park, the chief executive.")
    assert "makes hand tools sold" not in text
    assert "forward-looking" not in text


def test_a_contact_line_with_an_address_closes_a_statement_without_a_wire() -> None:
    story = [s.replace(" /PRNewswire/ --", ",") for s in RELEASE]
    text, _ = _read(
        _page(
            [
                "For further information, please contact: Ann Lowe, lowe@corvane.example",
                "Corvane is a family firm founded in 1921.",
            ],
            story,
        )
    )
    assert "Ann Lowe" not in text
    assert "family firm" not in text
    assert "Decatur has the workers we need" in text


def test_about_heading_alone_in_a_news_story_is_kept() -> None:
    story = [s.replace(" /PRNewswire/ --", ",") for s in RELEASE]
    text, _ = _read(
        _page(["About Decatur", "The town has 70,000 people and two rail lines."], story)
    )
    assert "The town has 70,000 people" in text


def test_the_issuer_named_by_the_wire_is_the_source() -> None:
    _, source = _read(
        _page(
            [
                "<b>Media Contact:</b><br>Ann Lowe<br>press@corvane.example",
                "SOURCE Corvane Tools Inc.",
            ]
        )
    )
    assert source == "Corvane Tools Inc."


def test_a_source_line_in_a_news_story_does_not_rename_the_outlet() -> None:
    story = [s.replace(" /PRNewswire/ --", ",") for s in RELEASE]
    _, source = _read(_page(["Source: Illinois Department of Labor"], story, "Decatur Herald"))
    assert source == "Decatur Herald"


def test_a_key_figures_box_is_a_summary_box() -> None:
    page = (
        b"<html><body><article><h1>Floods - Flash Update No. 2</h1><h3>Key figures</h3>"
        b"<ul><li>9,000 people affected</li><li>3 deaths</li></ul>"
        b"<p>Rain since Monday has flooded three districts, the disaster agency said.</p>"
        b"<p>Partners have delivered water to 4,000 people in the worst-hit district.</p>"
        b"<p>Roads to the coast remain closed.</p></article></body></html>"
    )
    text = read_bytes(page, "update.html").text
    assert text.startswith("Rain since Monday")
    assert "people affected" not in text


def test_a_court_press_summary_keeps_the_reasons_without_its_frame() -> None:
    page = (
        b"<html><body><main><p>PRESS SUMMARY</p><h1>Ames v Brook Council</h1>"
        b"<p>[2025] UKSC 7</p><p>JUSTICES: Lord Reed, Lady Rose</p>"
        b"<h2>Background to the appeal</h2>"
        b"<p>The appellant challenged the council's decision to close a library in 2023.</p>"
        b"<p>The Supreme Court dismisses the appeal for the reasons given below.</p>"
        b"<p>The council consulted fully before it decided [paragraph 30].</p>"
        b"<p>This summary is provided to assist in understanding the Court's decision. It does "
        b"not form part of the reasons for the decision.</p></main></body></html>"
    )
    text = read_bytes(page, "summary.html").text
    assert text.startswith("The appellant challenged")
    assert text.rstrip().endswith("[paragraph 30].")
    assert "JUSTICES" not in text and "UKSC 7" not in text


def test_a_cms_login_in_the_author_field_names_nobody() -> None:
    page = (
        b'<html><head><meta name="author" content="webadmin"></head><body><article>'
        b"<h1>Statement on the ceasefire</h1><p>The ministry welcomes the ceasefire agreed "
        b"yesterday by both governments.</p><p>It calls on both parties to respect it.</p>"
        b"</article></body></html>"
    )
    assert read_bytes(page, "statement.html").author is None
    named = page.replace(b"webadmin", b"Jana Novak")
    assert read_bytes(named, "statement.html").author == "Jana Novak"
