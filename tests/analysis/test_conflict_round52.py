"""Round 52: a part told days after a larger whole of the same article is still its part.
"The ministry corrected the death toll to ten on Monday. Three of the dead were serving life
sentences": the three are some of the ten, even though the ten is dated Monday and the three
the day of telling. Left out of the parts, the three compete with the named prisoners for the
toll told with no noun ("raised the death toll ... to 11"), which then joins neither. A count
of a place told as of an earlier day and close to the later one is still the place's toll as
it stood then, not its whole."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import _parts, compare, quantity_of
from desktop.domain import Figure, FigurePeriod, FigureRef

MAY5, MAY6, MAY8, MAY12, MAY16 = (date(2031, 5, d) for d in (5, 6, 8, 12, 16))


def _fig(
    ref_id: int,
    article_id: int,
    number: float,
    published: date,
    *,
    as_of: date | None = None,
    counted: str | None = None,
    scope: str | None = None,
    period: FigurePeriod | None = None,
    teller: str | None = None,
) -> FigureRef:
    words = f"{int(number)} {counted}" if counted else f"{int(number)}"
    figure = Figure(
        0, len(words), words, f"{int(number)}", number, number, "exact", counted=counted,
        measure="killed", attributed_to=teller, as_of=as_of or published, scope=scope,
        period=period,
    )  # fmt: skip
    return FigureRef(ref_id, article_id, figure, published=published)


def _riot(with_part: bool = True) -> list[FigureRef]:
    refs = [
        # "Six inmates were killed in the riot, a ministry spokesman said."
        _fig(1, 31, 6, MAY5, counted="inmates", teller="a ministry spokesman"),
        # "The ministry said on Tuesday that seven inmates died during the riot at Harlow
        # Prison."
        _fig(2, 32, 7, MAY6, counted="inmates", scope="Harlow Prison", teller="The ministry"),
        # "The ministry raised the death toll from the Harlow riot to 11 on Thursday."
        _fig(3, 33, 11, MAY8, period="cumulative"),
        # "The ministry corrected the death toll to ten on Monday."
        _fig(4, 34, 10, MAY16, as_of=MAY12, period="cumulative"),
    ]
    if with_part:
        # "Three of the dead were serving life sentences, the ministry said." (same article)
        refs.append(_fig(5, 34, 3, MAY16, scope="serving life sentences", teller="the ministry"))
    return refs


def _relations(refs: list[FigureRef]) -> dict[tuple[int, int], str]:
    return {(p.a, p.b): p.relation for p in compare(refs).pairs}


def test_a_part_told_after_an_earlier_dated_whole_is_a_part() -> None:
    refs = _riot()
    by_quantity: dict = {}
    for r in refs:
        by_quantity.setdefault(quantity_of(r.figure), []).append(r)
    part = quantity_of(refs[-1].figure)
    assert part is not None and part in _parts(by_quantity)


def test_the_toll_with_no_noun_joins_the_named_prisoners_beside_a_part() -> None:
    relations = _relations(_riot())
    assert relations[(2, 3)] == "update"
    assert (3, 4) in relations
    assert not any(5 in pair for pair in relations)


def test_the_same_toll_joins_the_prisoners_with_no_part_told() -> None:
    assert _relations(_riot(with_part=False))[(2, 3)] == "update"


def test_an_earlier_larger_count_close_to_a_placed_one_is_no_whole_of_it() -> None:
    # "On Sunday, police had put the toll at 34" beside "The death toll from the crash at
    # Dunmere airport rose to 33 on Tuesday", in one article told on Wednesday
    wed, sun, tue = date(2031, 6, 4), date(2031, 6, 1), date(2031, 6, 3)
    refs = [
        _fig(1, 41, 33, wed, as_of=tue, scope="Dunmere airport", period="cumulative"),
        _fig(2, 41, 34, wed, as_of=sun, teller="police"),
    ]
    by_quantity: dict = {}
    for r in refs:
        by_quantity.setdefault(quantity_of(r.figure), []).append(r)
    assert _parts(by_quantity) == set()
