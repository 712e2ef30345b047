"""Likeness: when two figures of one story whose keys differ are told so alike that they are
possibly one quantity.

The comparison's group key is exact: a measure, a population, a unit, a place and a window,
each normalised, and two figures meet in a group only when every part of it agrees. Reports of
one story often name one quantity in other words: the children of a school are its "pupils" in
one outlet and its "students" in the next, a charity's "aid workers" are its "employees" or
"colleagues", a ferry's "passengers" are its "travellers"; a count revised in a later report
has no noun at all ("revised its total down to 53"); a lake's "water temperature" is told as
"the water" or "the surface water". This module holds the small, general tables and tests by
which the comparison's likeness pass (``conflicts._alike``) joins such figures, never across
stories, and always saying which likeness joined them:

- kin: nouns of one people-set (a school's pupils, a workforce, a vessel's or a train's
  passengers), read as one noun; and kinds against their whole (lunches are meals, so there
  may be fewer lunches than meals, never more);
- a measurement's thing: "water temperature" in degrees measures the water, "snow depth" in
  metres the snow; and a measurement with no noun on either side, in one unit, of one place
  and one day ("peaked at 2.3 metres in the centre on Thursday"), is one reading;
- a number with no name that says it was revised or rose ("corrected its figure to 58 tonnes",
  "Hardwick county's tally rose to 310"): the one figure of its unit it lies near, told
  again, when told no earlier than that one; a sum corrected with no name ("corrected its
  figure for Monday's withdrawals to €460m") is the one sum of its currency and day;
- one set held now with no verb read on either side ("Five colleagues remain in captivity",
  "three aid workers were still held");
- one company by its full name and by its name with the company word left off ("Castellan
  Group", "Castellan").

The links these make are looser than the key's: both numbers must lie within twice each
other (``LOOSE_RATIO``; four times for two levels as they stand now told on two days,
``LEVEL_RATIO``, since a level falls further over days), and each pair's reason names the
likeness.
"""

from __future__ import annotations

import re

#: nouns that name one set of people by another word a story also uses for them; each maps to
#: the noun the comparison reads in its place. A school's children are its pupils; a company's
#: or an agency's people are its workers whichever word a report uses (staff, employees,
#: colleagues, staffers); a colliery's workers are its miners; a ferry's, a train's or a
#: plane's travellers are its passengers.
PEOPLE_KIN = {
    "student": "pupil",
    "schoolchild": "pupil",
    "schoolchildren": "pupil",
    "schoolboy": "pupil",
    "schoolgirl": "pupil",
    "child": "pupil",
    "employee": "worker",
    "staffer": "worker",
    "colleague": "worker",
    "staff": "worker",
    "miner": "worker",
    "traveller": "passenger",
    "traveler": "passenger",
}

#: nouns whose kin reading is weaker: "children" are a school's pupils in a school's story, but
#: in a story of a disaster they are a part of the dead ("12 children were among the victims");
#: such a noun is read as its kin only when the other side names the kin itself
WEAK_KIN = frozenset({"child"})

#: kinds of a thing a story also counts by the name of all of them: a kind may be fewer than
#: the whole, never more (lunches are meals; cows are cattle; laptops are computers, which the
#: figure words read as devices; departures and arrivals are flights)
KIND_KIN = {
    "lunch": "meal",
    "dinner": "meal",
    "breakfast": "meal",
    "cow": "cattle",
    "bull": "cattle",
    "calf": "cattle",
    "heifer": "cattle",
    "laptop": "device",
    "tablet": "device",
    "departure": "flight",
    "arrival": "flight",
}

#: units whose figures measure a thing (a temperature, a length or a depth) rather than count
#: it: the noun told with them names the thing measured, or the dimension of it
MEASURED_UNITS = frozenset({"C", "F", "m", "km", "cm", "mm", "ft"})

#: nouns that name a dimension of the thing measured, not the thing: "water temperature",
#: "snow depth", "water level", "wave height"
DIMENSION_HEADS = frozenset({"temperature", "depth", "level", "height"})

#: nouns that name no set of their own: a likeness on them says nothing
GENERIC_HEADS = frozenset({"", "people"})

#: two figures linked by likeness alone lie within this ratio of each other
LOOSE_RATIO = 2.0

#: two levels told as they stand now on two days, by likeness alone, lie within this ratio
#: (a level falls further over days than a count told twice differs: hostages freed, people
#: gone home)
LEVEL_RATIO = 4.0

#: words by which a number with no name revises an earlier one ("corrected its figure for
#: Monday's withdrawals to", "revised its total down to")
REVISION_CUE_RE = re.compile(
    r"\b(?:revised|revising|corrected|correcting|amended|restated|updated)\b", re.IGNORECASE
)


#: the last word of a company's full name, which a later report leaves off ("Castellan Group",
#: then "Castellan"): never a word that may also end a place's name ("bank", "port")
COMPANY_TAILS = frozenset(
    {"group", "holdings", "plc", "ltd", "inc", "corp", "corporation", "company", "co", "llc"}
)


def one_company(a: str, b: str) -> bool:
    """Two scopes that name one company, the full name and the name with its company word
    left off ("castellan group", "castellan")."""
    short, full = sorted((a.split(), b.split()), key=len)
    return (
        len(full) == len(short) + 1
        and full[-1].strip(".") in COMPANY_TAILS
        and full[:-1] == short
        and bool(short)
    )


def kin_head(head: str, other: str = "") -> str:
    """The noun ``head`` is read as beside ``other`` (the other side's noun): its people-set's
    noun, or itself. A weak kin ("children") is read as its set only beside that set's noun."""
    kin = PEOPLE_KIN.get(head)
    if kin is None:
        return head
    if head in WEAK_KIN and PEOPLE_KIN.get(other, other) != kin:
        return head
    return kin


def kind_whole(head: str) -> str:
    """The whole of which ``head`` is a kind, or ``head``."""
    return KIND_KIN.get(head, head)


def measured_thing(head: str, modifiers: list[str], unit: str) -> tuple[str, list[str]]:
    """For a measurement, the thing measured: "water temperature" in degrees is the water,
    "snow depth" in metres the snow; a dimension told alone ("the temperature") names no
    thing. Counts and sums keep their noun."""
    if unit not in MEASURED_UNITS or head not in DIMENSION_HEADS:
        return head, modifiers
    if not modifiers:
        return "", []
    return modifiers[-1], modifiers[:-1]


def names_revision(cue: str | None) -> bool:
    """The figure's change cue says it revises an earlier figure."""
    return bool(cue) and REVISION_CUE_RE.search(cue or "") is not None


def within(a: float, b: float, ratio: float) -> bool:
    """Two positive values within ``ratio`` of each other."""
    small, large = sorted((a, b))
    return small > 0 and large <= small * ratio


def near(a: float, b: float) -> bool:
    """Two positive values within ``LOOSE_RATIO`` of each other."""
    return within(a, b, LOOSE_RATIO)
