"""Round 51: a notes app's export of a clipped story, with the reader's own note under a rule
at its foot ("---" over "My notes: ..."). The note and what follows it are the reader's, not
the story's; a story's own notes ("Notes: 1. ...") and a paragraph after a rule that is not a
first-person note stay. Every note here is invented."""

from __future__ import annotations

from desktop.ingest import read_bytes

HEAD = """---
title: Library hours cut in three branches
date: 2027-03-02
created: 2027-03-05 19:02:11Z
author: Petra Lind
---

# Library hours cut in three branches

Three branch libraries in Oldmere will open on four days a week instead of six from April, the city council said on Tuesday.

The council said the change would save about 310,000 euros a year, and that no staff would lose their jobs.

Readers' groups said the branches were the only quiet place to study for many pupils in the east of the city.

"""


def _read(tail: str) -> str:
    return read_bytes((HEAD + tail).encode(), "note.md").text


def test_own_note_after_a_rule_is_set_aside() -> None:
    text = _read(
        "---\n\nMy notes: ask the council for the branch visitor figures. Compare with Eastvale.\n\n"
        "Follow up in May.\n"
    )
    assert text.rstrip().endswith("for many pupils in the east of the city.")
    assert "My notes" not in text
    assert "Follow up in May" not in text


def test_note_to_self_after_a_rule_is_set_aside() -> None:
    text = _read("---\n\nNote to self: the 310,000 figure is the council's own estimate.\n")
    assert "Note to self" not in text


def test_a_paragraph_after_a_rule_that_is_no_own_note_stays() -> None:
    closing = "The council will review the opening hours again next year."
    text = _read("---\n\n" + closing + "\n")
    assert closing in text


def test_own_note_words_without_a_rule_stay() -> None:
    closing = "My notes on the budget, a councillor said, were ignored at the meeting."
    text = _read(closing + "\n")
    assert closing in text
