"""Measures told by verbs outside war and disaster (deported, fined, sold) and the end of a
counted noun phrase at a preposition or an irregular participle."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from tests.extract.figure_at import figure_at

PUBLISHED = date(2025, 3, 4)


def _at(text: str, number: str) -> Figure:
    return figure_at(text, number, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Officials deported 2,100 asylum seekers last month.", "2,100", "deported"),
        ("About 640 children were vaccinated in the district.", "640", "vaccinated"),
        ("Six officials were jailed for fraud, the court said.", "Six", "jailed"),
        ("The firm was fined $40m by the watchdog.", "$40m", "fined"),
        ("The publisher sold 90,000 copies in a week.", "90,000", "sold"),
        ("Divers recovered 14 bodies from the lake.", "14", "recovered"),
        ("Nine passengers were taken to hospital after the crash.", "Nine", "hospitalised"),
        ("The navy said 300 migrants were sent back to the coast.", "300", "returned"),
        ("Airlines cancelled 420 flights because of the snow.", "420", "cancelled"),
    ],
)
def test_the_verb_names_the_measure(text: str, number: str, measure: str) -> None:
    assert _at(text, number).measure == measure


def test_sent_back_is_no_deployment() -> None:
    f = _at("Guards said 75 people had been sent back across the border.", "75")
    assert f.measure != "deployed"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Farmers planted 8,000 olive trees along the valley.", "8,000", "olive trees"),
        ("Customs found 3 tonnes of heroin hidden in a lorry.", "3", "heroin"),
        ("The team must play four games behind closed doors.", "four", "games"),
        ("He bought 200 shares worth $9,000 in March.", "200", "shares"),
    ],
)
def test_a_preposition_or_participle_ends_the_counted_phrase(
    text: str, number: str, counted: str
) -> None:
    assert _at(text, number).counted == counted
