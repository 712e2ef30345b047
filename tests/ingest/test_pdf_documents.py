"""PDF import: reading order, paragraphs rejoined, page furniture, metadata, refused files."""

from __future__ import annotations

import io
import time
from datetime import date

import pytest
from pypdf import PdfReader, PdfWriter

from desktop.ingest import SUPPORTED_SUFFIXES, IngestError, read_bytes
from desktop.ingest import pdf as pdf_reader
from tests.ingest.documents import Line, Page, flowed, pdf

FIRST = (
    "Bathing water at nine of the fourteen beaches monitored along the coast met the "
    "excellent standard in the 2024 season, down from eleven the year before."
)
SECOND = (
    "The trust took 1,260 samples between May and September, and readings rose sharply "
    "after heavy rain in late July."
)
THIRD = "The trust will repeat the sampling programme in 2025 and add two beaches."


def _encrypted(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_is_a_supported_suffix() -> None:
    assert SUPPORTED_SUFFIXES[".pdf"] == "pdf"


def test_title_from_large_type_and_paragraphs_rejoined() -> None:
    pages = flowed([("title", "Bathing water review"), ("para", FIRST), ("para", SECOND)])
    article = read_bytes(pdf(pages), "review.pdf")
    assert article.title == "Bathing water review"
    assert article.text.split("\n") == [FIRST, SECOND]
    assert article.format == "pdf"


def test_hyphenated_line_end_is_one_word() -> None:
    lines = [
        Line(60, 760, "Coastal review", 18, "F2"),
        Line(60, 730, "The samples were taken at every beach on the coast through-", 10.5),
        Line(60, 716, "out the season, whatever the weather on the day.", 10.5),
    ]
    article = read_bytes(pdf([Page(lines)]), "hyphen.pdf")
    assert article.text == (
        "The samples were taken at every beach on the coast throughout the season, "
        "whatever the weather on the day."
    )


def test_running_heads_feet_and_page_numbers_are_furniture() -> None:
    story = [f"Beach {n} was sampled {n + 10} times. {FIRST}" for n in range(40)]
    paragraphs = [("title", "Bathing water review")] + [("para", p) for p in story]
    pages = flowed(paragraphs)
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        page.lines.insert(0, Line(60, 812, "Corran Coastal Trust · Bathing Water Review 2024", 8))
        page.lines.append(Line(280, 30, f"Page {n} of {len(pages)}", 8))
    article = read_bytes(pdf(pages), "review.pdf")
    assert "Page 2 of" not in article.text
    assert "Bathing Water Review 2024" not in article.text
    assert article.text.split("\n") == story
    assert any(b.reason == "page footer" and "Page 2 of" in b.text for b in article.blocks)


def test_a_paragraph_cut_by_a_page_break_is_one_paragraph() -> None:
    first = Page([
        Line(60, 760, "Coastal review", 18, "F2"),
        Line(60, 100, "The review asks the council to put up warning signs at the", 10.5),
        Line(60, 86, "beaches downstream of an overflow whenever it has", 10.5),
    ])  # fmt: skip
    second = Page([Line(60, 780, "discharged in the previous two days.", 10.5)])
    article = read_bytes(pdf([first, second]), "break.pdf")
    assert article.text == (
        "The review asks the council to put up warning signs at the beaches downstream of an "
        "overflow whenever it has discharged in the previous two days."
    )


def test_two_columns_read_left_then_right() -> None:
    left = ["Left column opens the story and", "carries on down the page to the", "foot of it."]
    right = ["Right column comes second and", "ends the story with its last", "words here."]
    lines = [Line(56, 790, "Two-column report on the harbour works", 18, "F2")]
    for k, (a, b) in enumerate(zip(left, right, strict=True)):
        # Written row by row across the page, as many layout programs draw them.
        lines += [Line(56, 740 - 13 * k, a, 10), Line(310, 740 - 13 * k, b, 10)]
    article = read_bytes(pdf([Page(lines)]), "columns.pdf")
    text = article.text.replace("\n", " ")
    assert "Left column opens the story and carries on down the page to the foot of it." in text
    assert text.index("foot of it.") < text.index("Right column comes second")


def test_pleading_paper_line_numbers_are_not_text() -> None:
    lines = [Line(90, 760 - 24 * k, w, 11, "F3") for k, w in enumerate([
        "The Court heard argument on the motion on 20 February 2025 and",
        "finds that the Plaintiff is likely to succeed on its claim that the",
        "lease does not allow the Defendant to end it early.",
    ])]  # fmt: skip
    lines += [Line(60, 760 - 24 * k, str(k + 1), 9, "F3") for k in range(28)]
    article = read_bytes(pdf([Page(lines)]), "order.pdf")
    assert article.text.endswith(
        "The Court heard argument on the motion on 20 February 2025 and finds that the "
        "Plaintiff is likely to succeed on its claim that the lease does not allow the "
        "Defendant to end it early."
    )
    assert " 2 finds" not in article.text


def test_information_author_and_creation_date_with_provenance() -> None:
    pages = flowed([("title", "Rent arrears in the northern boroughs"), ("para", FIRST)])
    info = {
        "Author": "Dana Whitfield",
        "CreationDate": "D:20250120103000Z",
        "Producer": "LibreOffice 7.6",
    }
    article = read_bytes(pdf(pages, info), "brief.pdf")
    assert article.author == "Dana Whitfield"
    assert article.field_origins["author"] == "PDF document information: Author"
    assert article.published == date(2025, 1, 20)
    assert article.published_origin == "metadata"
    assert article.field_origins["published"] == "PDF document information: CreationDate"


def test_printed_date_outranks_creation_date() -> None:
    pages = flowed(
        [("title", "Rent arrears"), ("para", "Published 24 January 2025"), ("para", FIRST)]
    )
    info = {"CreationDate": "D:20250120103000Z", "Producer": "LibreOffice 7.6"}
    article = read_bytes(pdf(pages, info), "brief.pdf")
    assert article.published == date(2025, 1, 24)
    assert article.published_origin == "text"


def test_a_browser_made_pdf_is_not_dated_by_its_creation_date() -> None:
    pages = flowed([("title", "Flood defence work to start in May"), ("para", FIRST)])
    info = {"CreationDate": "D:20250306142200Z", "Producer": "Skia/PDF m122"}
    article = read_bytes(pdf(pages, info), "page.pdf")
    assert article.published is None
    assert any("browser or print driver" in w for w in article.warnings)


def test_account_names_and_file_names_in_information_are_ignored() -> None:
    pages = flowed([("para", FIRST), ("para", SECOND)])
    info = {"Title": "Microsoft Word - BWR_2024_final_v3.docx", "Author": "asmith"}
    article = read_bytes(pdf(pages, info), "r.pdf")
    assert article.author is None
    assert article.title != "BWR_2024_final_v3.docx"


def test_information_title_used_when_the_pages_show_no_heading() -> None:
    pages = flowed([("para", FIRST), ("para", SECOND)])
    article = read_bytes(pdf(pages, {"Title": "Bathing water review 2024"}), "r.pdf")
    assert article.title == "Bathing water review 2024"
    assert article.field_origins["title"] == "PDF document information: Title"


# --- refused and limited files -----------------------------------------------------------------


def test_password_protected_pdf_says_so() -> None:
    data = _encrypted(pdf(flowed([("title", "Secret"), ("para", FIRST)])), "secret")
    with pytest.raises(IngestError, match="password-protected"):
        read_bytes(data, "locked.pdf")


def test_pdf_encrypted_only_against_copying_is_read() -> None:
    data = _encrypted(pdf(flowed([("title", "Open report"), ("para", FIRST)])), "")
    article = read_bytes(data, "restricted.pdf")
    assert article.title == "Open report"
    assert article.text == FIRST


def test_a_scan_without_text_layer_says_ocr_is_not_supported() -> None:
    with pytest.raises(IngestError, match="OCR is not supported"):
        read_bytes(pdf([Page(scanned=True), Page(scanned=True)]), "scan.pdf")


def test_scanned_pages_among_text_pages_are_noted() -> None:
    pages = [*flowed([("title", "Report"), ("para", FIRST)]), Page(scanned=True)]
    article = read_bytes(pdf(pages), "mixed.pdf")
    assert any("page(s) 2 have no text layer" in w for w in article.warnings)


def test_a_damaged_pdf_is_refused_clearly() -> None:
    with pytest.raises(IngestError, match=r"damaged|no text"):
        read_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n" + b"\x00garbage" * 50, "bad.pdf")


def test_a_truncated_pdf_is_refused_or_read_without_crashing() -> None:
    data = pdf(flowed([("title", "Report"), ("para", FIRST)]))
    with pytest.raises(IngestError, match=r"bad\.pdf: "):
        read_bytes(data[:120], "bad.pdf")


def test_html_named_pdf_is_refused_clearly() -> None:
    with pytest.raises(IngestError, match="not a PDF file: it holds HTML"):
        read_bytes(b"<!doctype html><html><body>Hi</body></html>", "page.pdf")


def test_a_long_pdf_is_read_up_to_the_page_limit_and_says_so() -> None:
    # 2,000 pages: reading stops at the limit, quickly, and the import notes say so.
    pages = [Page([Line(60, 700, f"Page {n}: the long report goes on.", 11)]) for n in range(2000)]
    data = pdf(pages)
    assert len(data) < 2 * 1024 * 1024
    started = time.process_time()
    article = read_bytes(data, "long.pdf")
    assert time.process_time() - started < 60
    assert any(f"first {pdf_reader.MAX_PAGES} of its 2000 pages" in w for w in article.warnings)
    assert "Page 299:" in article.text and "Page 300:" not in article.text


def test_time_limit_after_some_pages_keeps_what_was_read(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = iter(range(100))
    # Each look at the clock is five seconds later: the limit of 20 passes after four pages.
    monkeypatch.setattr(pdf_reader, "_clock", lambda: float(next(ticks)) * 5)
    pages = [Page([Line(60, 700, f"Page {n}: the long report goes on.", 11)]) for n in range(9)]
    article = read_bytes(pdf(pages), "slow.pdf")
    assert any("reading stopped after" in w for w in article.warnings)
    assert "Page 3:" in article.text and "Page 4:" not in article.text
