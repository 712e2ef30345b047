"""Conflicts round 65: the dead counted as they are found, named or buried ("three bodies were
found", "Police have named six victims", "Relatives buried seven victims") are a part of a toll
so far, never its rival. On HEAD 512e4b54 the context tier paired "At least eight people were
killed" with "after four bodies were found" (the two share "bodies/killed" and the story's
name) and called the lower later count a contradiction (round 10's cyclone: six killed ~ three
bodies found, an unjudged contradiction). Two counts of bodies recovered are still compared."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.analysis import _context as context
from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract

TOLL = (
    "At least eight people were killed when Storm Velda struck the Korrin coast on Saturday, "
    "the coastguard said. Winds of up to 160 km/h brought down power lines. About 40,000 homes "
    "lost power. Some 1,200 people spent the night in school halls."
)
FOUND = (
    "Eleven people are now known to have died in Storm Velda, after four bodies were found in "
    "a flooded quarry near Askel, the coastguard said. The damage was put at 300 million "
    "dollars. About 6,000 homes were damaged in Korrin province."
)


def _pairs(first: tuple[str, date], second: tuple[str, date]) -> dict[tuple[str, str], str]:
    refs: list[FigureRef] = []
    about: dict[int, str] = {}
    for article, (text, day) in enumerate((first, second)):
        about[article] = "\n" + text
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    by_id = {r.id: r.figure.number_text for r in refs}
    return {(by_id[p.a], by_id[p.b]): p.relation for p in compare(refs, about=about).pairs}


def test_bodies_found_are_no_rival_of_the_toll() -> None:
    pairs = _pairs((TOLL, date(2033, 3, 2)), (FOUND, date(2033, 3, 4)))
    assert ("eight", "four") not in pairs


def test_two_counts_of_bodies_recovered_still_clash() -> None:
    a = "Divers have recovered 14 bodies from the ferry that sank off Kesh, the coastguard said."
    b = "Divers have recovered 21 bodies from the ferry that sank off Kesh, the navy said."
    day = date(2033, 4, 15)
    assert _pairs((a, day), (b, day)).get(("14", "21")) == "contradiction"


@pytest.mark.parametrize(
    ("sentence", "number", "part"),
    [
        ("After three bodies were found in a village near Marsa.", "three", True),
        ("Eight victims of the Pellor landslide have been identified, police said.", "Eight", True),
        ("Relatives buried seven victims of the fire on Friday.", "seven", True),
        ("Police have named six victims of the floods.", "six", True),
        ("Rescue teams have so far pulled 15 bodies from the mine.", "15", True),
        ("Divers recovered the bodies of 44 people.", "44", True),
        ("Three bodies washed up on the beach.", "Three", True),
        ("At least six people were killed when the cyclone struck.", "six", False),
        ("The quake killed 12 and 40 people are buried under rubble.", "40", False),
        ("Rescuers found 12 survivors in the rubble.", "12", False),
        ("Police named 3 suspects.", "3", False),
        ("The toll rose to 30 victims on Monday.", "30", False),
        ("Twenty victims were taken to hospital.", "Twenty", False),
    ],
)
def test_what_counts_the_dead_found(sentence: str, number: str, part: bool) -> None:
    at = sentence.index(number)
    assert context.toll_part(sentence, at, at + len(number), len(sentence)) is part


def test_victims_identified_are_no_rival_of_the_toll_by_likeness() -> None:
    # on HEAD aadca2f0 the likeness tier paired these ("both killed": victims are of the dead's
    # kin) and called the later lower count a contradiction
    toll = (
        "The collapse of the Brennick car park killed at least 14 people, the city's mayor said "
        "on Monday. Some 30 people were injured. Around 200 residents of nearby flats were "
        "moved out."
    )
    named = (
        "Police said on Wednesday that nine victims of the Brennick car park collapse had been "
        "identified. Two people remain in hospital. The car park had 450 spaces."
    )
    pairs = _pairs((toll, date(2033, 3, 10)), (named, date(2033, 3, 12)))
    assert ("14", "nine") not in pairs
    assert ("nine", "14") not in pairs
