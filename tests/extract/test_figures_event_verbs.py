"""Ordinary verbs name no measure ("smuggled 300", "nurses walked out": only the words of
_figure_words.py and the money verbs do, the convention the held-out and blind sets were
annotated under), nor do verbs that record, state or move a level; and the counted phrase ends at a number word, a
participle or a possessive whole ("23 of the region's 40 districts")."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from tests.extract.figure_at import figure_at

PUBLISHED = date(2025, 9, 4)


def _at(text: str, number: str) -> Figure:
    return figure_at(text, number, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the verb whose object the figure is
        ("The crew unloaded 7,500 tonnes of maize at the port.", "7,500"),
        ("The leak exposed the home addresses of 310,000 voters.", "310,000"),
        ("The group bought back $2 billion of its own bonds.", "$2 billion"),
        ("Attackers encrypted some 90 servers at the firm.", "90"),
        # the verb of which the figure is the subject
        ("About 3,000 teachers walked out over pay.", "3,000"),
        ("Eleven senators abstained in the vote.", "Eleven"),
        ("Nearly 800 shops were looted overnight.", "800"),
        # verbs that observe, state or hold a figure
        ("Police recorded 4,310 thefts in the district.", "4,310"),
        ("Researchers tracked 5,600 patients for a decade.", "5,600"),
        ("Scientists catalogued 2,900 species in the reserve.", "2,900"),
        ("The region received 95mm of rain in a day.", "95mm"),
        ("The charity hopes to feed 12,000 families this winter.", "12,000"),
        ("An estimated 4,000 men tried to leave the city.", "4,000"),
        ("Doctors in 14 of the region's 30 hospitals walked out.", "30"),
        ("Winds of 150 km/h battered the coast.", "150"),
        # a level reached by a movement verb states a level
        ("Unemployment climbed to 6.2% in May.", "6.2%"),
    ],
)
def test_verbs_that_name_no_measure(text: str, number: str) -> None:
    assert _at(text, number).measure is None


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # the canonical measure, not the verb as written, so that reports of one count compare
        ("The storm flattened 70 houses on the coast.", "70", "destroyed"),
        ("Police detained 45 protesters near the square.", "45", "arrested"),
        ("About 3,000 teachers joined the march over pay.", "3,000", "took part"),
    ],
)
def test_a_word_of_the_measure_vocabulary_gives_its_canonical_measure(
    text: str, number: str, measure: str
) -> None:
    assert _at(text, number).measure == measure


def test_money_does_not_take_the_population_of_the_count_before_it() -> None:
    # a money verb gives the amount a measure, which is when a count before it could lend it
    # its people
    f = _at("Police arrested 900 migrants and seized €2 million in cash.", "€2 million")
    assert f.measure == "seized"
    assert f.counted is None


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Nurses in 23 of the region's 40 districts walked out.", "23", "districts"),
        ("The firm will close three of its eleven plants.", "three", "plants"),
        # "five years" is another number, not what 51% counts: the level it came from is turnout
        ("Turnout was 44%, down from 51% five years ago.", "51%", "Turnout"),
        ("With 80% of precincts reporting, the mayor led.", "80%", "precincts"),
        ("Youth unemployment among graduates doubled to 9% in a year.", "9%", "Youth unemployment"),
    ],
)
def test_what_is_counted_ends_where_the_phrase_does(
    text: str, number: str, counted: str | None
) -> None:
    assert _at(text, number).counted == counted
