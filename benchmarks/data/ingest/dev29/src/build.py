"""Rebuild dev29's Word and OpenDocument copies with the tests' own document builders.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev29/src/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[5]
sys.path.insert(0, str(ROOT))

from tests.ingest.documents import core, docx, para  # noqa: E402
from tests.ingest.test_mhtml_odt import odt  # noqa: E402

HERE = Path(__file__).resolve().parents[1]

DOCX_STORY = [
    "BRISTOL, 19 May 2025 - A new footbridge over the River Avon at Temple Quay will open to "
    "walkers and cyclists on Saturday, two years later than planned.",
    "The bridge cost £9.6 million, almost double the first estimate, after engineers found that "
    "the riverbed was softer than surveys had shown and the foundations had to be redesigned.",
    "About 4,000 people a day are expected to use it to reach the railway station from the new "
    "homes on the south bank.",
    "The city council said the final bill would be published at its July meeting.",
]

ODT_STORY = [
    "Two families were moved out of their homes in Kestle Street on Sunday night after part of "
    "a garden wall collapsed into a neighbouring yard.",
    "Firefighters said nobody was hurt, but the wall had brought down a shed and a section of "
    "the alley behind the terrace was closed.",
    "The council's building control officers will inspect the remaining wall on Monday morning.",
    "Residents said they had reported cracks in the wall to the landlord in January.",
]


def build_docx() -> bytes:
    body = (
        para("Temple Quay footbridge to open two years late", "Title")
        + para("By Hannah Price")
        + "".join(para(p) for p in DOCX_STORY)
    )
    return docx(
        body,
        core_xml=core(
            title="bridge copy v2",
            creator="newsdesk",
            created="2025-05-19T08:10:00Z",
            modified="2025-05-19T09:02:00Z",
        ),
        header=["Avon Valley Post"],
        footer=["Page 1"],
    )


def build_odt() -> bytes:
    body = (
        '<text:p text:style-name="P1">Families moved out after wall collapse in Kestle Street'
        "</text:p><text:p>By Jory Pascoe</text:p><text:p>Published 6 July 2025</text:p>"
        + "".join(f"<text:p>{p}</text:p>" for p in ODT_STORY)
    )
    meta = "<dc:title>wall story</dc:title><meta:initial-creator>desk2</meta:initial-creator>"
    styles = (
        '<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:styles>'
        '<style:style style:name="Title" style:family="paragraph"/></office:styles>'
        "<office:master-styles><style:master-page style:name='Standard'><style:header>"
        "<text:p>Truro Weekly News</text:p></style:header></style:master-page>"
        "</office:master-styles></office:document-styles>"
    )
    return odt(body, meta, styles=styles)


def main() -> None:
    (HERE / "w11_story_copy.docx").write_bytes(build_docx())
    (HERE / "w12_story_copy.odt").write_bytes(build_odt())


if __name__ == "__main__":
    main()
