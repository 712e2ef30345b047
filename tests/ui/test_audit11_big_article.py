"""Audit round 11: one article with very many facts and figures opens in the reader at once.

An article of 20,000 dated sentences and 2,000 figures (a census of piers, a long
investigation's annex) froze the window for 35 s when it was chosen, and a project holding
it took 61 s to show its facts (the first article is chosen as the facts arrive): the reader
underlined each figure with a format merged on its own, and each merge laid the whole
document out again (51 s of the 55 in QTextCursor.mergeCharFormat). All of them are now
merged in one edit block, laid out once: 2.2 s and 5.7 s on the same project, the same
underlines. The articles are invented.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from desktop.domain import Block, DateRange, Extraction, Fact, Figure, RawArticle, TimeExpression
from desktop.storage.store import ProjectStore
from tests.ui.test_review import open_at

SENTENCES = 3000
FIGURE_EVERY = 10


def _census(path: Path) -> list[tuple[int, int]]:
    """A project with one long article; returns its figures' spans."""
    rng = random.Random(11)
    published = date(2026, 3, 1)
    sentences, timexes, facts, figures, spans = [], [], [], [], []
    pos = 0
    for i in range(SENTENCES):
        when = published - timedelta(days=rng.randrange(0, 3000))
        words = f"on {when:%B} {when.day}, {when.year}"
        count = str(i % 97 + 2)
        sentence = f"Inspectors visited pier {i} {words} and counted {count} boats."
        at = pos + sentence.index(words)
        day = DateRange(when.isoformat(), when, when, "day")
        timexes.append(
            TimeExpression(at + 3, at + len(words), words[3:], "DATE", day.value, "test", day)
        )
        facts.append(Fact(pos, pos + len(sentence), sentence, i, day))
        if i % FIGURE_EVERY == 0:
            start = pos + sentence.index(f"{count} boats")
            end = start + len(f"{count} boats")
            figures.append(
                Figure(
                    start,
                    end,
                    f"{count} boats",
                    count,
                    float(count),
                    float(count),
                    "exact",
                    counted="boats",
                )
            )
            spans.append((start, end))
        sentences.append(sentence)
        pos += len(sentence) + 1
    text = "\n".join(sentences)
    with ProjectStore.open(path, create=True) as store:
        store.add_article(
            data=text.encode(),
            sha256="ab" * 32,
            path="piers.txt",
            raw=RawArticle(
                text=text,
                blocks=[Block(s, True) for s in sentences],
                format="txt",
                title="Harbour census: every pier",
                source="Vellmar Courier",
                published=published,
                published_origin="metadata",
            ),
            extraction=Extraction(timexes, facts, figures),
        )
    return spans


def test_an_article_with_thousands_of_figures_is_laid_out_once(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    spans = _census(tmp_path / "Piers.factlane")
    window = open_at(make_window, qtbot, tmp_path / "Piers.factlane", 1400, 900)
    reader = window.reader
    article = window.project.articles()[0].id
    reader.clear()
    document = reader.body.document()
    changes: list[tuple[int, int, int]] = []
    document.contentsChange.connect(lambda *change: changes.append(change))
    window.show_article(article)
    QApplication.processEvents()
    assert reader.detail is not None and reader.detail.record.id == article
    # the text set, its paragraphs spaced, its figures underlined: a handful of changes of
    # the document, not one (and one layout of it) per figure
    assert len(spans) == SENTENCES // FIGURE_EVERY
    assert len(changes) <= 10, len(changes)
    # every figure underlined, with its tooltip, and the text between them not
    for start, end in spans[:: len(spans) // 25]:
        cursor = QTextCursor(document)
        cursor.setPosition(start + 1)
        fmt: QTextCharFormat = cursor.charFormat()
        assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
        assert "boats" in fmt.toolTip()
        cursor.setPosition(end + 3)
        assert cursor.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
