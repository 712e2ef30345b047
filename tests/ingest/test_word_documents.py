"""Word (.docx) import: paragraphs, headings, tables, notes, properties, and refused files."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from desktop.ingest import SUPPORTED_SUFFIXES, IngestError, read_bytes, read_file
from desktop.ingest import docx as word
from tests.ingest.documents import W, core, docx, footnote_ref, para, run, table

STORY = (
    "The council agreed on Tuesday to spend £2.1 million repairing the seafront shelters "
    "damaged in the January storms, the largest repair it has paid for in a decade."
)
SECOND = "Work will start after the summer season and should be finished by Easter 2026."


def test_docx_is_a_supported_suffix() -> None:
    assert SUPPORTED_SUFFIXES[".docx"] == "docx"


def test_paragraphs_title_style_and_headings() -> None:
    body = (
        para("Council agrees seafront repairs", "Title")
        + para(STORY)
        + para("What happens next", "Heading1")
        + para(SECOND)
    )
    article = read_bytes(docx(body), "release.docx")
    assert article.title == "Council agrees seafront repairs"
    assert article.field_origins["title"] == "the Word 'Title' style"
    assert article.text.split("\n") == [STORY, "What happens next", SECOND]
    assert article.format == "docx"


def test_first_heading_is_the_title_without_a_title_style() -> None:
    body = para("Ferries back in service", "Heading1") + para(STORY) + para(SECOND)
    article = read_bytes(docx(body), "story.docx")
    assert article.title == "Ferries back in service"
    assert article.text.startswith(STORY)


def test_heading_style_known_by_its_name_in_styles_part() -> None:
    # A German Word names its heading style "Überschrift1"; styles.xml says it is heading 1.
    styles = (
        '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>'
    )
    body = para("Fähren wieder im Dienst", "berschrift1") + para(STORY)
    article = read_bytes(docx(body, styles=styles), "story.docx")
    assert article.title == "Fähren wieder im Dienst"


def test_table_rows_are_lines_with_cells_joined() -> None:
    body = (
        para("Shelter repair costs", "Title")
        + para(STORY)
        + table([["Shelter", "Cost"], ["North Parade", "£640,000"], ["Bandstand", "£585,000"]])
        + para(SECOND)
    )
    article = read_bytes(docx(body), "costs.docx")
    lines = article.text.split("\n")
    assert "Shelter | Cost" in lines
    assert "North Parade | £640,000" in lines
    assert lines.index("North Parade | £640,000") < lines.index(SECOND)


def test_one_column_table_is_a_box_of_paragraphs() -> None:
    body = para("Boxed", "Title") + table([[STORY], [SECOND]])
    article = read_bytes(docx(body), "boxed.docx")
    assert article.text.split("\n") == [STORY, SECOND]


def test_footnotes_kept_at_the_end_with_markers_in_the_text() -> None:
    body = (
        para("Bus travel in 2024", "Title")
        + f"<w:p>{run('Journeys rose by 12 per cent on the capped routes in the year to March.')}{footnote_ref(1)}</w:p>"
        + para(SECOND)
    )
    article = read_bytes(docx(body, footnotes=["Routes 4, 9, 12 and X50."]), "report.docx")
    lines = article.text.split("\n")
    assert lines[0].endswith("March.[1]")
    assert lines[-1] == "Routes 4, 9, 12 and X50."  # the note, without its number


def test_deleted_text_and_field_codes_are_not_read() -> None:
    inner = (
        run("The budget is ")
        + "<w:del><w:r><w:delText>£1.9 million</w:delText></w:r></w:del>"
        + f"<w:ins>{run('£2.1 million')}</w:ins>"
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText> HYPERLINK "https://example.org" </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run(" according to the council's published figures for the year.")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    article = read_bytes(docx(para("Budget", "Title") + para(inner=inner)), "b.docx")
    assert article.text == (
        "The budget is £2.1 million according to the council's published figures for the year."
    )


def test_numbered_list_prints_its_numbers() -> None:
    numbering = (
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    item = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>{}</w:p>'
    body = (
        para("Our requests", "Title")
        + para(STORY)
        + item.format(run("put a river gauge above the village;"))
        + item.format(run("send warnings by text message."))
    )
    article = read_bytes(docx(body, extra={"word/numbering.xml": numbering.encode()}), "asks.docx")
    assert "1. put a river gauge above the village;" in article.text.split("\n")
    assert "2. send warnings by text message." in article.text.split("\n")


def test_letterhead_in_the_page_header_names_the_source_and_stays_out() -> None:
    body = para("Council agrees seafront repairs", "Title") + para(STORY) + para(SECOND)
    data = docx(
        body,
        header=["Kessling Town Council", "Town Hall, Marine Parade, Kessling KS2 1AA"],
        footer=["kessling.example · Page 1"],
    )
    article = read_bytes(data, "release.docx")
    assert article.source == "Kessling Town Council"
    assert "Town Hall" not in article.text
    assert "kessling.example" not in article.text
    assert article.text.startswith(STORY)


def test_properties_give_author_and_date_with_their_provenance() -> None:
    body = para("Bus travel in 2024", "Title") + para(STORY)
    props = core(
        creator="Hanne Berg", created="2025-02-02T10:00:00Z", modified="2025-02-04T16:20:00Z"
    )
    article = read_bytes(docx(body, core_xml=props), "report.docx")
    assert article.author == "Hanne Berg"
    assert article.field_origins["author"] == "Word document properties: creator"
    assert article.published == date(2025, 2, 2)
    assert article.published_origin == "metadata"
    assert article.field_origins["published"].startswith("Word document properties: created")


def test_a_printed_date_outranks_the_created_date() -> None:
    body = para("Published 5 March 2025") + para("Seafront repairs", "Title") + para(STORY)
    props = core(created="2025-03-01T10:00:00Z", modified="2025-03-05T10:00:00Z")
    article = read_bytes(docx(body, core_xml=props), "release.docx")
    assert article.published == date(2025, 3, 5)
    assert article.published_origin == "text"


def test_template_created_date_dates_nothing() -> None:
    body = para("Seafront repairs", "Title") + para(STORY)
    props = core(
        title="Press release template",
        creator="comms.office",
        created="2019-06-03T09:12:00Z",
        modified="2025-03-05T08:40:00Z",
    )
    article = read_bytes(docx(body, core_xml=props), "release.docx")
    assert article.published is None
    assert article.author is None  # an account name is nobody's byline
    assert any("template" in w for w in article.warnings)
    assert article.title == "Seafront repairs"


def test_properties_title_used_only_when_the_document_shows_none() -> None:
    props = core(title="Ferry checks completed")
    article = read_bytes(docx(para(STORY) + para(SECOND), core_xml=props), "x.docx")
    assert article.title == "Ferry checks completed"
    assert article.field_origins["title"] == "Word document properties: title"


# --- refused files ---------------------------------------------------------------------------


def test_broken_zip_is_refused_clearly() -> None:
    data = docx(para("Title", "Title") + para(STORY))
    with pytest.raises(IngestError, match="damaged"):
        read_bytes(data[: len(data) // 2], "cut.docx")


def test_a_pdf_named_docx_is_refused_clearly() -> None:
    with pytest.raises(IngestError, match=r"PDF file named \.docx"):
        read_bytes(b"%PDF-1.4\n%...\n", "report.docx")


def test_text_named_docx_is_refused_clearly() -> None:
    with pytest.raises(IngestError, match="not a Word"):
        read_bytes(b"Just some text that someone renamed.", "notes.docx")


def test_old_doc_or_protected_docx_is_refused_clearly() -> None:
    with pytest.raises(IngestError, match=r"older Word \(.doc\) file or a password-protected"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old.docx")


def test_an_opendocument_file_is_named_as_such() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(IngestError, match="OpenDocument"):
        read_bytes(out.getvalue(), "letter.docx")


def test_a_document_type_declaration_is_refused() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
        '"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>'
    )
    data = docx("", extra={"word/document.xml": bomb.encode()})
    with pytest.raises(IngestError, match="declares a document type"):
        read_bytes(data, "entities.docx")


def test_a_zip_bomb_part_is_refused_before_it_is_unpacked(monkeypatch: pytest.MonkeyPatch) -> None:
    # A part that claims more than the limit is refused from its header; the limit is lowered
    # so the test need not build a real bomb.
    monkeypatch.setattr(word, "MAX_PART_BYTES", 4096)
    body = para("Big", "Title") + para(STORY * 40)
    with pytest.raises(IngestError, match="zip bomb"):
        read_bytes(docx(body), "bomb.docx")


def test_a_part_larger_than_its_header_says_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # zipfile stops at the size the header claims and the checksum then fails; the reader's
    # own bounded read is the second guard. Either way the file is refused, not half read.
    monkeypatch.setattr(word, "MAX_PART_BYTES", 4096)
    data = docx(para("Big", "Title") + para(STORY * 40))
    real_getinfo = zipfile.ZipFile.getinfo

    def lying(self: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
        info = real_getinfo(self, name)
        info.file_size = 10  # what a crafted header might claim
        return info

    monkeypatch.setattr(zipfile.ZipFile, "getinfo", lying)
    with pytest.raises(IngestError, match=r"zip bomb|damaged"):
        read_bytes(data, "liar.docx")


def test_all_parts_together_are_limited_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word, "MAX_UNPACKED_BYTES", 3000)
    body = para("Report", "Title") + "".join(para(STORY) for _ in range(12))
    with pytest.raises(IngestError, match="unpacks to more than"):
        read_bytes(docx(body), "many.docx")


def test_a_refused_docx_imports_nothing(tmp_path: Path) -> None:
    from desktop.services.project import ProjectService

    broken = tmp_path / "broken.docx"
    data = docx(para("Title", "Title") + para(STORY))
    broken.write_bytes(data[:200])
    good = tmp_path / "good.docx"
    good.write_bytes(docx(para("Seafront repairs", "Title") + para(STORY) + para(SECOND)))
    with ProjectService.open(tmp_path / "P.factlane", create=True) as project:
        outcomes = project.import_files([broken, good])
        assert [o.status for o in outcomes] == ["failed", "imported"]
        assert "damaged" in (outcomes[0].message or "")
        assert [a.title for a in project.articles()] == ["Seafront repairs"]


def test_read_file_reads_a_docx_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "story.docx"
    path.write_bytes(docx(para("Ferries back", "Title") + para(STORY)))
    data, article = read_file(path)
    assert data[:2] == b"PK"
    assert article.title == "Ferries back"
