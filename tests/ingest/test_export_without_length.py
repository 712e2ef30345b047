"""A database export that prints no "Length: N words" line is still read by its fields."""

from __future__ import annotations

from desktop.ingest import rtf_items
from tests.services.multi_item_documents import STORIES, rtf_export


def test_an_export_closed_by_load_date_names_its_outlet_and_writer() -> None:
    items = rtf_items(rtf_export(), "export.rtf")
    assert [a.title for a in items] == [title for title, _, _ in STORIES]
    assert {a.source for a in items} == {"The Carrow Telegraph"}
    assert {a.author for a in items} == {"Jane Holloway"}
    assert [a.published for a in items] == [day for _, day, _ in STORIES]
