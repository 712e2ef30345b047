"""Import round 60: a text of thousands of "Transcript" lines is read in linear time. The
look for a transcript's turns under each such line scanned everything after it, so 20,000 of
them cost 20,000 x 60,000 / 2 steps (23 s through read_bytes on f0bb6211; under 1 s now).
The counts below are of the pieces looked at, not of seconds, so a loaded machine cannot fail
them. Every line here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main as cli_main
from desktop.ingest import assemble, furniture
from desktop.ingest.furniture import Piece

STORY = [
    "The Carn Dubh chairlift reopened on Sunday after three weeks of repairs to its drive "
    "wheel, the operator said.",
    "About 1,400 skiers used the lift on its first day back, and queues at the base station "
    "reached forty minutes by late morning.",
    "The repairs cost 180,000 pounds, and the lift will run until the end of April if the "
    "snow allows, the operator said.",
]


class _Counted(Piece):
    """A piece that counts how often it is asked whether it is kept."""

    asked = 0

    @property
    def kept(self) -> bool:
        _Counted.asked += 1
        return self.reason is None


def _headings(n: int, *, kept_between: bool) -> list[Piece]:
    pieces: list[Piece] = [_Counted(text) for text in STORY]
    for i in range(n):
        pieces.append(_Counted("Transcript", reason=furniture.PAGE_WIDGET))
        if kept_between:
            pieces.append(_Counted(f"A line of the page numbered {i}."))
    return pieces


@pytest.mark.parametrize("kept_between", [True, False])
@pytest.mark.parametrize("rule", ["_notes_above_transcript", "_timed_transcript_under_story"])
def test_transcript_headings_are_looked_under_in_linear_time(rule: str, kept_between: bool) -> None:
    n = 5_000
    pieces = _headings(n, kept_between=kept_between)
    _Counted.asked = 0
    getattr(assemble, rule)(pieces)
    # One pass and a few steps under each heading; a scan of all that follows each heading
    # asks n * n / 2 = 12.5 million times.
    assert _Counted.asked < 20 * len(pieces)


def test_turns_under_the_heading_are_still_found() -> None:
    pieces: list[Piece] = [Piece(text) for text in STORY]
    pieces.append(Piece("Transcript", reason=furniture.PAGE_WIDGET))
    pieces += [Piece(f"[00:0{i}] OPERATOR: Turn number {i} of the recording.") for i in range(4)]
    assemble._timed_transcript_under_story(pieces)
    assert [p.kept for p in pieces] == [True, True, True, False, False, False, False, False]


def test_the_whole_import_path_takes_a_copy_of_many_transcript_lines(tmp_path: Path) -> None:
    # `factlane import` on a text copy of 20,000 "Transcript" lines under a story (read in
    # minutes before): imported, its story the text.
    copy = tmp_path / "transcripts.txt"
    copy.write_text(
        "\n\n".join(["Carn Dubh chairlift reopens", "Published 15 March 2026", *STORY])
        + "\n\n"
        + "\n".join(["Transcript"] * 20_000),
        encoding="utf-8",
    )
    project = tmp_path / "p.factlane"
    assert cli_main(["import", "--project", str(project), str(copy)]) == 0
    assert project.exists()


class _CountedList(list[Piece]):
    """A list that counts the pieces its slices copy and its items handed out."""

    touched = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        got = super().__getitem__(key)
        _CountedList.touched += len(got) if isinstance(key, slice) else 1
        return got


def test_speaker_turns_are_judged_in_linear_time() -> None:
    # Each turn looked for the kept piece before it in a copy of every piece before it: a
    # transcript of 40,000 short turns took 27 s on f0bb6211 (13 s now, most of it the cost of
    # judging each line by its words).
    n = 5_000
    pieces = _CountedList(
        Piece(f"{'MARA ELLIS' if i % 2 else 'Tom Reid'}: Short turn number {i} here.")
        for i in range(n)
    )
    _CountedList.touched = 0
    furniture._spread_newsletter(pieces)
    assert _CountedList.touched < 40 * n
    assert all(p.kept for p in pieces)
