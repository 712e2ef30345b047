"""Import round 57: a text copy of many short lines asks each line's own-text reason once.

The reader of a text copy asks the furniture reason of each line while joining lines into
blocks, and ``furniture.judge`` asks it again of each block; a copy of tens of thousands of
short lines, each its own block, was asked the ~70 patterns twice. The reasons are now kept
while an import runs (``furniture.judging``) and dropped when it ends; the answers are the same.
"""

from __future__ import annotations

from desktop.ingest import furniture, read_bytes

_STORY = (
    "Torvale council votes to close the harbour road\n\n"
    "By Nia Corran\n\n"
    "The council of Torvale voted on Tuesday to close the harbour road for six weeks of "
    "repairs, its transport chief said.\n\n"
)


def _accounts(n: int) -> bytes:
    """A story with ``n`` copied accounts under it: 'Name' / '@handle' lines."""
    pairs = [f"Mara Quill{i}\n@maraquill{i}" for i in range(n)]
    return (_STORY + "\n\n".join(pairs)).encode()


def test_each_short_line_is_judged_by_its_own_text_once(monkeypatch) -> None:
    calls: dict[tuple[str, str], int] = {}
    own = furniture._own_text_reason

    def counted(text: str, kind: str) -> str | None:
        calls[(text, kind)] = calls.get((text, kind), 0) + 1
        return own(text, kind)

    monkeypatch.setattr(furniture, "_own_text_reason", counted)
    read_bytes(_accounts(300), "accounts.txt")
    handles = {k: v for k, v in calls.items() if k[0].startswith("@maraquill")}
    assert len(handles) == 300
    assert max(handles.values()) == 1


def test_the_kept_reasons_are_dropped_when_the_import_ends() -> None:
    read_bytes(_accounts(50), "accounts.txt")
    assert furniture._REASONS == {}
    assert furniture._WORD_COUNTS == {}


def test_kept_and_fresh_reasons_agree() -> None:
    lines = [
        "Advertisement",
        "Share this article",
        "Mara Quill",
        "@maraquill",
        "© 2027 Torvale Post. All rights reserved.",
        "Tonight: 9°C, clear spells. Thursday: 19°C, chance of rain 30%.",
        "Home | World | Asia",
        "The council voted on Tuesday to close the road.",
    ]
    fresh = [furniture.single_block_reason(line) for line in lines]
    with furniture.judging():
        first = [furniture.single_block_reason(line) for line in lines]
        again = [furniture.single_block_reason(line) for line in lines]
        assert len(furniture._REASONS) == len(lines)
    assert first == again == fresh
    assert fresh[0] == furniture.ADVERTISEMENT
    assert fresh[-1] is None


def test_no_more_reasons_are_kept_than_the_bound(monkeypatch) -> None:
    monkeypatch.setattr(furniture, "_REASONS_KEPT", 5)
    with furniture.judging():
        for i in range(20):
            furniture.single_block_reason(f"Line number {i} of a copy")
        assert len(furniture._REASONS) == 5
        # Past the bound a reason is still given, only not kept.
        assert furniture.single_block_reason("Advertisement") == furniture.ADVERTISEMENT


def test_a_many_short_lines_copy_reads_as_before() -> None:
    article = read_bytes(_accounts(400), "accounts.txt")
    assert "The council of Torvale voted on Tuesday" in article.text
