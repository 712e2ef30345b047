"""Audit round 9 (3): what a read says of a project file no longer where it was opened.

Before, one message served every case: "moved, renamed or deleted while it was open ...;
close the project and open it where it is now", which sends the analyst after a deleted file
that is nowhere. Now a moved or renamed file is told to be opened where it is now, and a
deleted (or replaced) one names the recovered copy kept of what was saved. The window quotes
the message in its box, so it stays one sentence, and keeps "cannot be read here any more".
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.services.project import ProjectService
from desktop.storage.project import ProjectMovedError

STORY = """Ferry strike enters second week

Published 12 May 2025

More than 3,000 travellers were stranded at Kessel harbour on Monday after the ferry crews
walked out again, the port authority said on Tuesday.
"""


def _service(folder: Path) -> tuple[ProjectService, int]:
    folder.mkdir(exist_ok=True)
    story = folder / "strike.txt"
    story.write_text(STORY, encoding="utf-8")
    service = ProjectService.open(folder / "Kessel.factlane", create=True)
    [outcome] = service.import_files([story])
    assert outcome.status == "imported"
    fact = service.facts()[0].id
    return service, fact


def _one_sentence(text: str) -> None:
    # one sentence: no full stop before the end (a folder or file name may hold dots, so
    # only ". " followed by a capital counts)
    body = text.rstrip(".")
    assert not any(
        body[i] == "." and body[i + 1] == " " and body[i + 2].isupper()
        for i in range(len(body) - 2)
    ), text
    assert "\n" not in text


def _read_error(service: ProjectService, fact: int) -> str:
    with pytest.raises(ProjectMovedError) as raised:
        service.fact(fact)
    return str(raised.value)


def test_a_renamed_project_is_to_be_opened_where_it_is_now(tmp_path: Path) -> None:
    service, fact = _service(tmp_path)
    try:
        os.rename(tmp_path / "Kessel.factlane", tmp_path / "Kessel old.factlane")
        message = _read_error(service, fact)
        assert "moved or renamed" in message
        assert "cannot be read here any more" in message
        assert "open it where it is now" in message
        assert "deleted" not in message
        _one_sentence(message)
        assert not list(tmp_path.glob("Kessel (recovered *).factlane"))
    finally:
        service.close()


def test_a_deleted_project_is_not_sent_where_it_is_now(tmp_path: Path) -> None:
    service, fact = _service(tmp_path)
    try:
        (tmp_path / "Kessel.factlane").unlink()
        message = _read_error(service, fact)
        assert "deleted" in message
        assert "where it is now" not in message
        assert "moved or renamed" not in message  # the window offers no Open Project for it
        assert "cannot be read here any more" in message
        assert "Save As" in message
        _one_sentence(message)
        # and Save As keeps what was saved, as the message says
        kept = tmp_path / "Kessel kept.factlane"
        service.save_as(kept)
        with ProjectService.open(kept) as copy:
            assert copy.fact(fact).text
        # a refused change keeps a recovered copy; a read names it from then on
        service.close()
        service, fact = _service(tmp_path / "again")
        (tmp_path / "again" / "Kessel.factlane").unlink()
        with pytest.raises(ProjectMovedError):
            service.set_fact_status(fact, "confirmed")
        [recovered] = (tmp_path / "again").glob("Kessel (recovered *).factlane")
        message = _read_error(service, fact)
        assert recovered.name in message
        assert "where it is now" not in message
        _one_sentence(message)
    finally:
        service.close()
