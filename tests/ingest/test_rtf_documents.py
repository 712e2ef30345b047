"""RTF files: the format news databases export and Word or WordPad save (ingest.rtf)."""

from __future__ import annotations

import time

import pytest

from desktop.ingest import MAX_FILE_BYTES, SUPPORTED_SUFFIXES, IngestError, read_bytes, rtf_items
from desktop.ingest.rtf import read_rtf_text

HEAD = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}"
    r"{\f1\froman\fcharset204 Times New Roman Cyr;}}{\colortbl;\red0\green0\blue0;}"
    r"{\stylesheet{\s0 Normal;}{\s1 heading 1;}}{\*\generator Riched20 10.0;}"
)
STORY = [
    "CARROW - Work to dredge the harbour will begin in March, the port authority said on "
    "Sunday, and will take two years to finish.",
    "The authority said 400,000 cubic metres of silt would be taken out to sea by barge.",
    "Fishermen asked that the work stop during the herring season.",
]


def rtf(*paragraphs: str, head: str = HEAD, info: str = "") -> bytes:
    return (head + info + "".join(p + r"\par" + "\n" for p in paragraphs) + "}").encode("ascii")


def test_rtf_is_a_supported_suffix() -> None:
    assert SUPPORTED_SUFFIXES[".rtf"] == "rtf"


def test_paragraphs_are_read_and_tables_of_fonts_colours_and_styles_are_not_text() -> None:
    article = read_bytes(
        rtf(r"\b Harbour dredging to start in March\b0", "By Jane Holloway", *STORY),
        "harbour.rtf",
    )
    assert article.title == "Harbour dredging to start in March"
    assert article.author == "Jane Holloway"
    assert article.text.startswith("CARROW - Work to dredge")
    assert article.text.endswith("during the herring season.")
    for chrome in ("Arial", "Normal", "heading 1", "Riched20", "red0"):
        assert chrome not in article.text


def test_code_page_escapes_unicode_and_its_fallback() -> None:
    doc = read_rtf_text(
        rtf(
            r"caf\'e9 \'93quoted\'94 \endash  \u1055?\u1088?\u1080?",
            r"{\uc2 \u8220\'3f\'3fsaid\u8221\'3f\'3f}",
            r"{\f1 \'cf\'f0\'e8\'e2\'e5\'f2}",
            r"{\uc0 \u1044 \u1072  done}",
        )
    )
    assert doc.paragraphs == [
        "café “quoted” – При",
        "“said”",
        "Привет",
        "Да done",
    ]


def test_the_document_code_page_reads_its_bytes() -> None:
    head = r"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0 Arial;}}"
    doc = read_rtf_text(rtf(r"\'cf\'e0\'e2\'ee\'e4\'ee\'ea", head=head))
    assert doc.paragraphs == ["Паводок"]


def test_pictures_objects_fields_and_hidden_text_are_skipped() -> None:
    picture = r"{\pict\pngblip " + "89504e47" * 5000 + "}"
    doc = read_rtf_text(
        rtf(
            "Before the picture " + picture + " after it.",
            r"{\object\objemb{\*\objclass Excel.Sheet}{\*\objdata 0105000002}}Kept.",
            r"See {\field{\*\fldinst HYPERLINK \"https://example.com\"}{\fldrslt the report}}.",
            r"Shown {\v hidden words} and {\*\bkmkstart x}seen.",
            r"{\header Page 2 header}Body line.",
        )
    )
    assert doc.paragraphs == [
        "Before the picture after it.",
        "Kept.",
        "See the report.",
        "Shown and seen.",
        "Body line.",
    ]


def test_lines_tabs_symbols_and_a_table_read_as_lines() -> None:
    table = (
        r"\trowd\cellx2000\cellx4000\pard\intbl District\cell Cases\cell\row"
        r"\trowd\cellx2000\cellx4000\pard\intbl North\cell 41\cell\row"
    )
    doc = read_rtf_text(
        rtf(r"One\line two\tab three\~four opt\-ional \{braced\}", table + r"\pard")
    )
    assert doc.paragraphs[0] == "One\ntwo three four optional {braced}"
    assert doc.paragraphs[1:3] == ["District | Cases", "North | 41"]


def test_a_table_header_row_stays_in_the_body() -> None:
    table = "".join(
        r"\trowd\cellx2000\cellx4000\cellx6000\pard\intbl " + r"\cell ".join(cells) + r"\cell\row"
        for cells in (("District", "Cases Jan 2025", "Cases Jan 2024"), ("North", "41", "6"))
    )
    article = read_bytes(
        rtf("Measles cases reach ten-year high", STORY[0], table + r"\pard", STORY[1]),
        "table.rtf",
    )
    assert "District | Cases Jan 2025 | Cases Jan 2024" in article.text
    assert "North | 41 | 6" in article.text


def test_info_title_author_and_created_date_say_where_they_came_from() -> None:
    info = (
        r"{\info{\title Harbour dredging}{\author Jane Holloway}"
        r"{\creatim\yr2025\mo1\dy13\hr9\min5}{\revtim\yr2025\mo1\dy14}}"
    )
    article = read_bytes(rtf(*STORY, info=info), "story.rtf")
    assert article.author == "Jane Holloway"
    assert "RTF document properties" in article.field_origins["author"]
    assert article.published is not None and article.published.isoformat() == "2025-01-13"
    assert "RTF document properties: \\creatim" in article.field_origins["published"]
    assert any("the day the RTF file was created" in w for w in article.warnings)


def test_a_created_date_long_before_the_last_save_dates_nothing() -> None:
    info = r"{\info{\author Admin}{\creatim\yr2019\mo5\dy2}{\revtim\yr2025\mo2\dy10}}"
    article = read_bytes(rtf(*STORY, info=info), "old-template.rtf")
    assert article.published is None
    assert any("likely its template's" in w for w in article.warnings)


def test_a_file_that_is_not_rtf_is_refused_clearly() -> None:
    with pytest.raises(IngestError, match=r"x\.rtf: this is not an RTF document"):
        read_bytes(b"Just some text saved with the wrong name.", "x.rtf")
    with pytest.raises(IngestError, match="zip package"):
        read_bytes(b"PK\x03\x04rest of a docx", "x.rtf")
    with pytest.raises(IngestError, match="HTML"):
        read_bytes(b"<html><body>page</body></html>", "x.rtf")


def test_a_truncated_file_is_refused_clearly() -> None:
    data = rtf(*STORY)
    with pytest.raises(IngestError, match=r"cut\.rtf: the RTF document is cut short"):
        read_bytes(data[: len(data) // 2], "cut.rtf")
    picture = rtf("Before " + r"{\pict\pngblip " + "00ff" * 1000 + "}", *STORY)
    with pytest.raises(IngestError, match="cut short"):
        read_bytes(picture[:200], "cut-picture.rtf")


def _export(n: int) -> bytes:
    paragraphs: list[str] = []
    for i in range(1, n + 1):
        paragraphs += [
            f"Document {i} of {n}",
            f"Story number {i} about the harbour",
            "The Carrow Telegraph",
            f"January {i + 10}, 2025 Monday",
            "Byline: Jane Holloway",
            "Body",
            f"CARROW - The harbour story number {i} is told here in a sentence of some length.",
            "A second paragraph of the story adds the figures the port authority gave.",
            f"Load-Date: January {i + 11}, 2025",
            "End of Document",
            r"\page",
        ]
    return rtf(*paragraphs)


def test_a_multi_article_export_splits_into_its_articles() -> None:
    articles = rtf_items(_export(3), "export.rtf")
    assert [a.title for a in articles] == [f"Story number {i} about the harbour" for i in (1, 2, 3)]
    assert [a.published.isoformat() if a.published else None for a in articles] == [
        "2025-01-11",
        "2025-01-12",
        "2025-01-13",
    ]
    for i, article in enumerate(articles, 1):
        assert f"harbour story number {i} is told" in article.text
        assert "End of Document" not in article.text


def test_read_bytes_reads_an_export_as_one_document_and_says_so() -> None:
    article = read_bytes(_export(2), "export.rtf")
    assert "harbour story number 1" in article.text and "harbour story number 2" in article.text
    assert any("export of 2 articles" in w for w in article.warnings)


def test_a_single_article_file_gives_one_item() -> None:
    assert len(rtf_items(rtf("Harbour dredging to start", *STORY), "one.rtf")) == 1


def test_an_rtf_over_the_size_limit_is_refused() -> None:
    with pytest.raises(IngestError, match="not imported"):
        read_bytes(b"{\\rtf1 " + b" " * MAX_FILE_BYTES + b"}", "huge.rtf")


def test_a_large_rtf_with_pictures_is_read_quickly() -> None:
    # Nearly 50 MB, almost all of it pictures written as hex (as Word embeds photographs):
    # the reader jumps over them instead of reading them a token at a time.
    picture = r"{\*\shppict{\pict\pngblip " + ("0123456789abcdef" * 64 + "\n") * 6000 + "}}"
    story = [r"\b Harbour dredging to start in March\b0", *STORY]
    paragraphs = story + [picture + "Caption of photograph " + str(i) for i in range(7)]
    data = rtf(*paragraphs, *STORY)
    assert 40 * 1024 * 1024 < len(data) < MAX_FILE_BYTES
    started = time.process_time()
    article = read_bytes(data, "photos.rtf")
    elapsed = time.process_time() - started
    assert article.title == "Harbour dredging to start in March"
    assert "0123456789abcdef" not in article.text
    # About a second on a shared machine; a reader taking each hex digit as a token takes
    # minutes.
    assert elapsed < 15, elapsed


def _plain_text_rtf(megabytes: int) -> tuple[bytes, int]:
    """An RTF file of about ``megabytes`` MB that is all plain text, each paragraph its own
    (numbered, with a pound sign written as an escape), as a long report or transcript
    saved from Word is; and how many paragraphs it has."""
    paragraph = (
        r"Paragraph {n}: the harbour authority said that dredging of the main channel would "
        r"cost \'a3{n} thousand and take about six months, according to the plan it published."
    )
    size = len(paragraph) + 12
    count = megabytes * 1024 * 1024 // size
    return rtf(*(paragraph.format(n=n) for n in range(count))), count


def test_ten_megabytes_of_plain_rtf_text_are_read_in_seconds() -> None:
    data, count = _plain_text_rtf(10)
    assert len(data) > 9 * 1024 * 1024
    started = time.process_time()
    text = read_rtf_text(data)
    elapsed = time.process_time() - started
    assert len(text.paragraphs) == count
    assert text.paragraphs[-1] == (
        f"Paragraph {count - 1}: the harbour authority said that dredging of the main channel "
        f"would cost £{count - 1} thousand and take about six months, according to the plan it "
        "published."
    )
    # A few seconds on a shared machine; a reader growing its text a character at a time
    # takes minutes.
    assert elapsed < 20, elapsed


def test_a_text_box_is_read_after_the_paragraph_it_is_anchored_in() -> None:
    # Word writes a text box as a shape: its properties (\sp), the text it shows (\shptxt),
    # and the same text again in \shprslt for readers that do not know shapes.
    box = (
        r"{\shp{\*\shpinst\shpleft0\shptop0\shpright3000\shpbottom1000"
        r"{\sp{\sn shapeType}{\sv 202}}{\sp{\sn fFilled}{\sv 0}}"
        r"{\shptxt \pard\plain Key figures: 400,000 cubic metres of silt\par \'a312 million\par}}"
        r"{\shprslt{\*\do\dobxcolumn\dptxbx{\dptxbxtext\pard Key figures: 400,000\par}}}}"
    )
    first = STORY[0].replace("will begin", box + "will begin")
    text = read_rtf_text(rtf("Harbour dredging to start in March", first, *STORY[1:]))
    assert text.paragraphs == [
        "Harbour dredging to start in March",
        STORY[0],
        "Key figures: 400,000 cubic metres of silt",
        "£12 million",
        *STORY[1:],
    ]
    article = read_bytes(rtf("Harbour dredging to start in March", first, *STORY[1:]), "box.rtf")
    assert article.title == "Harbour dredging to start in March"
    assert article.text.count("400,000") == 2  # the story's own and the box's, not the fallback
    assert "shapeType" not in article.text and "202" not in article.text
