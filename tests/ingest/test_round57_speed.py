"""Import round 57: a text copy of many short lines asks each line's own-text reason once.

The reader of a text copy asks the furniture reason of each line while joining lines into
blocks, and ``furniture.judge`` asks it again of each block; a copy of tens of thousands of
short lines, each its own block, was asked the ~70 patterns twice. The reasons are now kept
while an import runs (``furniture.judging``) and dropped when it ends; the answers are the same.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.ingest import furniture, read_bytes

_DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "ingest"

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


# Round 57 (3): the patterns single_block_reason tries on each short block are skipped for a
# block whose first character none of their matches can open with.

_GATED = [name[: -len("_OPENS")] for name in dir(furniture) if name.endswith("_OPENS")]


def _key(text: str) -> str:
    head = text[:1]
    return head.lower() if head.isascii() else furniture._NOT_ASCII


def test_opening_sets_are_worked_out_for_the_costly_patterns() -> None:
    assert len(_GATED) >= 20
    for name in ("_PAGE_WIDGET", "_PAYWALL", "_INLINE_TEASER", "PLATFORM_COUNTS"):
        opens = getattr(furniture, name + "_OPENS")
        assert not isinstance(opens, furniture._Everything), name
    assert "1" in furniture._PAGE_WIDGET_OPENS  # '4 min read'
    assert "q" not in furniture._PAGE_WIDGET_OPENS


def test_a_case_blind_letter_outside_ascii_keeps_its_ascii_partner() -> None:
    opens = furniture._opening_chars(re.compile(r"^ſign\s+up", re.I))
    assert "s" in opens
    assert "x" not in opens
    assert furniture._NOT_ASCII in opens
    kelvin = furniture._opening_chars(re.compile("^\u212aelvin", re.I))
    assert "k" in kelvin


def test_what_the_reading_cannot_tell_opens_with_anything() -> None:
    for pattern in (r"^(?=a)ab", r"^[^a]b", r"^.{0,5}x", r"^(?:a)?", r"^(?i:a)b"):
        assert "z" in furniture._opening_chars(re.compile(pattern))
    assert "z" not in furniture._opening_chars(re.compile(r"^(?:ab|c\d)|^x", re.I))


def test_no_match_opens_outside_its_set() -> None:
    """Every line of the import dev sets' documents, and each with its first letter's case
    changed, that a gated pattern matches opens with a character of its set."""
    texts: list[str] = []
    for path in sorted(_DATA.glob("dev*/*")):
        if path.is_file() and path.suffix in {".txt", ".md", ".html", ".htm", ".eml"}:
            for line in path.read_text("utf-8", errors="replace").splitlines():
                line = re.sub(r"<[^>]+>", " ", line).strip()
                if line and len(line) < 400:
                    texts += [line, line.swapcase()]
    texts += ["4 min read", "Listen to this article", "Advertisement", "Share this article"]
    assert len(texts) > 20_000
    matched = 0
    for name in _GATED:
        pattern = getattr(furniture, name)
        opens = getattr(furniture, name + "_OPENS")
        for text in texts:
            if pattern.match(text):
                matched += 1
                assert _key(text) in opens, (name, text)
    assert matched > 50
