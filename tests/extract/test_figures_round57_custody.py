"""Figures round 57: how long the law held a person is a custody's term, no figure, as a
prison term is ("The protesters were detained for nearly 10 hours", "was held for 12 hours by
police", "were held without charge for three weeks"; on HEAD f0bb6211 the first read as a
duration "held for"); a captor's hold on hostages is the length of the event ("Gunmen held the
hostages for 40 hours", unread on HEAD f0bb6211), as "The hostages were held for 11 days"
already was."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract import extract
from desktop.extract.durations import HOURS_IN

DAY = date(2033, 3, 12)


def _durations(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [
        (f.number_text, f.low, f.measure, f.counted)
        for f in extract(text, DAY).figures
        if f.unit in HOURS_IN
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police detained him for 48 hours before releasing him without charge.",
        "The protesters were detained for nearly 10 hours at a police station in Harlen.",
        "The activist was questioned for six hours.",
        "He was held for 12 hours by police before being released.",
        "The men were held without charge for three weeks.",
        "Officers arrested the driver and held her for 12 hours.",
        "Authorities held the activist for 72 hours without access to a lawyer.",
        "A judge remanded the suspect in custody for seven days.",
        "The league suspended the coach for four weeks.",
    ],
)
def test_a_custody_term_is_no_figure(text: str) -> None:
    assert _durations(text) == []


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        (
            "Gunmen held the hostages for 40 hours before troops stormed the building.",
            40,
            "hostages",
        ),
        ("Gunmen held 12 hostages for 40 hours.", 40, "hostages"),
        ("Pirates held the crew for 30 days off the coast.", 30, "crew"),
        ("Kidnappers kept the two aid workers captive for 11 days.", 11, "workers"),
        ("The hostages were held for 40 hours in a farmhouse.", 40, "hostages"),
    ],
)
def test_a_captors_hold_is_the_length_of_the_event(text: str, value: int, counted: str) -> None:
    read = _durations(text)
    assert [(low, measure, who) for _, low, measure, who in read] == [(value, "held for", counted)]


def test_miners_trapped_stay_a_length() -> None:
    assert _durations("The miners were trapped for 19 hours underground.") == [
        ("19", 19, "trapped for", "miners")
    ]


def test_a_hostage_taking_to_come_is_no_length() -> None:
    assert _durations("The gang threatened to hold the hostages for 40 more days.") == []
