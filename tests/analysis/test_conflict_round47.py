"""Round 47: stories in one project are linked by whole names. A named body, person or place
is one unit ("Velmar Power", "Ansel Brandt"), so two stories whose bodies' names share a
common word ("Power", "Civic", "Observatory") or whose people share a first name are not one
story by that word; a body named whole in two articles months apart still links them."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import _names_of, _stories, compare
from desktop.domain import Figure, FigureRef


def _told(
    ref_id: int,
    article_id: int,
    number: float,
    published: date,
    *,
    counted: str | None = None,
    teller: str | None = None,
    scope: str | None = None,
    measure: str | None = None,
) -> FigureRef:
    """A figure as the reader gives it."""
    text = f"{int(number):,}"
    figure = Figure(
        0, len(text), text, text, number, number, "exact", counted=counted, measure=measure,
        attributed_to=teller, as_of=published, scope=scope,
    )  # fmt: skip
    return FigureRef(ref_id, article_id, figure, published=published)


def _names(
    teller: str | None = None, counted: str | None = None, scope: str | None = None
) -> set[str]:
    return _names_of(
        _told(1, 1, 10, date(2026, 1, 5), counted=counted, teller=teller, scope=scope).figure
    )


# -- what a figure names --------------------------------------------------------------------------


def test_a_bodys_name_is_one_unit() -> None:
    assert _names(teller="Velmar Power") == {"velmar power"}
    assert _names(teller="Power Workers Alliance") == {"power workers alliance"}
    assert _names(teller="the watchdog Tidewater Observatory") == {"tidewater observatory"}


def test_a_persons_name_is_one_unit() -> None:
    assert _names(teller="Regional union organiser Ansel Brandt") == {"ansel brandt"}
    assert _names(teller="Ansel Moreau, a spokesman") == {"ansel moreau"}


def test_a_possessive_ends_a_name() -> None:
    names = _names(teller="Kestmark's Harbour Authority")
    assert "kestmark" in names
    assert "kestmark harbour authority" not in names


def test_a_name_of_common_words_only_is_none() -> None:
    assert _names(teller="the National Union of Miners") == set()
    assert _names(teller="Police") == set()


def test_a_place_before_a_bodys_common_words_is_named_too() -> None:
    assert _names(teller="The Brask Red Cross") == {"brask red cross", "brask"}
    assert _names(scope="Brask") == {"brask"}


def test_a_name_opening_what_is_counted_is_whole_when_it_has_several_words() -> None:
    # "Customers" alone is the sentence's capital; "Velmar Power customers" names the company
    assert _names(counted="Customers") == set()
    assert _names(counted="Velmar Power customers") == {"velmar power"}


# -- stories linked by whole names ------------------------------------------------------------------


def _strike(first: int, article_id: int, day: date, teller: str) -> list[FigureRef]:
    return [
        _told(first + i, article_id, n, day, counted="workers", measure="walked out", teller=teller)
        for i, n in enumerate((2400, 1900, 300))
    ]


def test_two_bodies_sharing_a_common_word_tell_two_stories() -> None:
    # a power company's outage in 2026 and a union of power workers' strike in 2028
    outage = [
        _told(i, 1, n, date(2026, 3, 2), counted="customers", teller="Velmar Power")
        for i, n in ((1, 52000), (2, 8000), (3, 14))
    ]
    strike = _strike(10, 2, date(2028, 9, 14), "Power Workers Alliance")
    stories = _stories(outage + strike)
    assert [sorted({r.article_id for r in refs}) for _, refs in stories] == [[1], [2]]


def test_two_people_of_one_first_name_tell_two_stories() -> None:
    first = _strike(1, 1, date(2025, 10, 6), "Local union official Ansel Brandt")
    second = _strike(10, 2, date(2026, 7, 20), "Ansel Moreau")
    assert len(_stories(first + second)) == 2


def test_two_stories_sharing_a_common_word_pair_no_figures() -> None:
    first = _strike(1, 1, date(2026, 4, 8), "the Civic Workers Federation")
    second = _strike(10, 2, date(2027, 11, 3), "Civic Watch")
    second += _strike(20, 3, date(2027, 11, 4), "Civic Watch")
    first += _strike(30, 4, date(2026, 4, 9), "the Civic Workers Federation")
    pairs = compare(first + second).pairs
    assert pairs
    across = [p for p in pairs if (p.a < 10 or p.a >= 30) != (p.b < 10 or p.b >= 30)]
    assert across == []


def test_a_body_named_whole_months_later_links_its_story() -> None:
    # the strike in March, an unrelated flood in June, the strike's settlement in September
    march = _strike(1, 1, date(2026, 3, 2), "Power Workers Alliance")
    flood = [
        _told(i, 2, n, date(2026, 6, 15), counted="homes", measure="flooded", scope="Oskarvik")
        for i, n in ((10, 400), (11, 120), (12, 3))
    ]
    september = _strike(20, 3, date(2026, 9, 21), "Power Workers Alliance")
    stories = _stories(march + flood + september)
    assert [sorted({r.article_id for r in refs}) for _, refs in stories] == [[1, 3], [2]]
