"""Groups figures that report the same quantity and relates every cross-article pair.

A quantity is a measure ("killed") of a population ("North Korean soldiers") in a unit, limited
to a scope ("Gaza") when the text names one, and to a window of time when the figure counts
events within one ("crossed on Tuesday", "jobs added in October": another day's or month's count
is another quantity, and neither is the running total).

Measures come in three kinds, which decide what a later, different report means: a running
total only grows while an event unfolds (a later lower death toll contradicts the earlier one), a
level rises and falls (fewer people in shelters a week later is an update), and anything else is
one fixed fact (the seats a party won), where a different value contradicts unless the text says
the count was revised. Grouping is one pass over the figures with a
dictionary (linear in their number); pairs are only formed inside a group, and a very large
group compares each figure with its neighbours in time instead of with every other figure.

Where the words leave it open whether two figures count the same thing (a count with and
without its place, "people" and the one group named for the same measure, a count with no day
beside a day's), the numbers decide: they must lie within twice each other. Reports of one
quantity a hundred times apart on one day, or twenty times apart for a fixed fact, are of
different things and are not paired.

The group key is the strong tie. A figure of a story left in no group may still be paired,
tentatively, with its likeliest match in another article of the same story (never of another
story) when their telling agrees though their keys differ: the pair's reason lists what they
share and names each likeness that joined them after "by likeness:" (one set of people by two
of its names, a kind against its whole, a measurement's thing told in other words, a number with
no name said to be revised or to have risen, a level as it stands now, one company by two of its
names; see _likeness). A likeness alone joins only numbers within twice each other (four
times for two levels told as they stand now on two days).
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import pairwise

from desktop.analysis import _about
from desktop.analysis import _context as context
from desktop.analysis import _likeness as likeness
from desktop.analysis.as_of import as_of_words, day_words, known_from
from desktop.domain import (
    TENTATIVE_REASON,
    Figure,
    FigureGroup,
    FigurePair,
    FigurePeriod,
    FigureRef,
    Relation,
)
from desktop.extract._figure_words import (
    FILLER_WORDS,
    LEVELS,
    MEASURE_WORDS,
    POPULATION_SYNONYMS,
    RUNNING_TALLIES,
    canonical_measure,
)
from desktop.extract.durations import ACTIVE_MEASURES, HOURS_IN
from desktop.extract.numbers import find_numbers

#: groups up to this size get every cross-article pair; larger ones compare neighbours in time
ALL_PAIRS_LIMIT = 25
#: in a large group, how many later figures each figure is compared with
NEIGHBOURS = 3
#: how far apart two articles' days may lie and still be one story with nothing named in
#: common: an outlet's follow-up weeks on still shares no name with the first report only
#: rarely, while the next story an analyst keeps in the project starts months later
STORY_GAP_DAYS = 21
#: over how many days a link by days alone needs more than nearness: two runs of articles
#: this far apart, each of whose articles that tell a story name particular things and none
#: in common ("Corrandale" and its bridge, "Castrellon" and its protests three weeks later),
#: are two stories
STORY_NAMED_GAP_DAYS = 14
#: how far apart two articles' days may lie and a name they share still make them one story:
#: a place or a company named again years on ("Korvel" in a chemical leak's reports and in a
#: ceasefire's two years later) is in the news again for another story, and the name alone
#: must not carry everything told beside either into the other
STORY_NAME_REACH_DAYS = 365
#: how alike two articles must be in what they are about (``_about.Likeness``: the words of
#: their titles and leads, weighted by their rarity in the project) to tell one story when
#: other stories run in the same weeks: an outlet's report of a story and another's share its
#: names and its event's nouns (a twentieth of the weight of their words and more), two
#: stories of the same weeks share little but the words of any news
STORY_ABOUT_LIKENESS = 0.12
#: how many words at the core of two stories of the same weeks (words half the articles of
#: each give) make them two angles of one story: its place and its event ("larkfield", "fire"),
#: where two stories share at most a word any news may have ("hospital"); one of them must be
#: a name one of their articles writes (``_about.about_names``): two stories of one week share
#: event words ("workers", "injured") but not their place
STORY_CORE_SHARED = 2
#: how many of the articles before it in its weeks an article is measured against (a project
#: of thousands of articles in a few weeks stays quick; a story's articles come close together)
STORY_ABOUT_REACH = 200
#: how many figures an article must give the comparison to start a story of its own: one or
#: two figures say too little of which story they belong to
STORY_MIN_FIGURES = 3
#: what marks the key of a later story's quantity that an earlier story of the project also
#: reports: "killed|people|count| @2026-09-15" beside the first story's "killed|people|count|"
STORY_MARK = " @"
#: capitalised words that name no particular thing: an article's own titles, roles and bodies
#: that any story has ("Police said", "the Red Cross", "Chief Superintendent")
_UNNAMING_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "police",
        "prosecutors",
        "organisers",
        "organizers",
        "insurers",
        "firefighters",
        "survivors",
        "analysts",
        "officials",
        "residents",
        "schools",
        "rebuilding",
        "satellite",
        "data",
        "officers",
        "rescuers",
        "doctors",
        "witnesses",
        "union",
        "company",
        "government",
        "ministry",
        "agency",
        "service",
        "council",
        "office",
        "commission",
        "party",
        "group",
        "hospital",
        "hospitals",
        "court",
        "army",
        "navy",
        "authorities",
        "authority",
        "department",
        "red",
        "cross",
        "crescent",
        "united",
        "nations",
        "un",
        "national",
        "regional",
        "local",
        "state",
        "federal",
        "general",
        "colonel",
        "chief",
        "superintendent",
        "inspector",
        "commander",
        "captain",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "minister",
        "president",
        "secretary",
        "mayor",
        "governor",
        "director",
        "sergeant",
        "coastguard",
        "environment",
        "health",
        "fire",
        "english",
        "british",
        "french",
        "german",
        "american",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "new",
        "old",
        "st",
        "mr",
        "mrs",
        "ms",
        "dr",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)

#: measures for which a count with no population named is a count of people
_PEOPLE_MEASURES = frozenset(
    {
        "killed",
        "injured",
        "casualties",
        "displaced",
        "evacuated",
        "missing",
        "arrested",
        "rescued",
        "hospitalised",
        "affected",
        "infected",
        "released",
        "took part",
        "without power",
        "sheltered",
        "voted",
        "trapped",
    }
)

#: people taken into hospital up to now: a running count, where "hospitalised" is the level of
#: patients in hospital
ADMITTED = "admitted to hospital"
#: the measure of deaths above the expected, an estimate of its own
EXCESS_DEATHS = "excess deaths"
#: words of a change that tell a number fell ("has fallen to", "dropped to", "down to")
_FALL_CUE_RE = re.compile(
    r"\b(?:fall|falls|fell|fallen|drop|dropped|down|declin\w*|eased|lower\w*|dipped|decreas\w*)\b",
    re.IGNORECASE,
)

#: a part of a toll more often than the whole of it ("including 12 children"): a toll told with
#: no noun is not taken to be a count of these
_PART_HEADS = frozenset({"child", "woman", "minor", "baby", "infant", "girl", "boy"})
#: nouns that name a count, not what it counts: "the city council's tally", "the official
#: toll", "the ministry's estimate"
_TALLY_HEADS = frozenset({"tally", "toll", "estimate", "figure", "count", "total", "number"})
#: what holds a sum and is known by what it holds: "an aid package" is the aid
_CONTAINER_HEADS = frozenset({"package", "tranche", "bundle"})

#: units that name their quantity outright: an earthquake has one magnitude
_SELF_NAMED_UNITS = frozenset({"magnitude"})

#: windows a count of events can be limited to; "cumulative" and "current" are no window
_WINDOWS = frozenset({"day", "week", "month", "quarter", "year"})

#: units of an extent (an area, a length, a weight spilled or burned) that a report may give
#: with no noun for the one thing it measures; a temperature or a reading with no noun is
#: another day's or place's as often as not
_EXTENT_UNITS = frozenset({"km2", "km", "t", "barrels"})

#: nouns for a substance's escape, whose size in tonnes or barrels is the amount that escaped
_ESCAPE_HEADS = frozenset({"release", "leak", "spill", "escape", "discharge", "leakage"})
#: units of an amount of a substance, as against an area or a length
_AMOUNT_UNITS = frozenset({"t", "barrels"})

#: units of one dimension written differently: (canonical unit, factor to it)
_UNIT_CONVERSIONS: dict[str, tuple[str, float]] = {
    # how long a thing lasted, in hours whatever unit it was told in: "lasted 50 hours" beside
    # "lasted two days" (extract/durations.py)
    **{unit: ("hours", hours) for unit, hours in HOURS_IN.items()},
    "km": ("km", 1.0),
    "kilometres": ("km", 1.0),
    "kilometers": ("km", 1.0),
    "kilometre": ("km", 1.0),
    "kilometer": ("km", 1.0),
    "miles": ("km", 1.609344),
    "mile": ("km", 1.609344),
    "square kilometres": ("km2", 1.0),
    "square kilometers": ("km2", 1.0),
    "square miles": ("km2", 2.589988),
    "hectares": ("km2", 0.01),
    "hectare": ("km2", 0.01),
    "acres": ("km2", 0.004046856),
    # "the 23,713-acre fire": a compound gives the unit in the singular
    "acre": ("km2", 0.004046856),
    "km/h": ("km/h", 1.0),
    "kph": ("km/h", 1.0),
    "mph": ("km/h", 1.609344),
    "tonnes": ("t", 1.0),
    "tonne": ("t", 1.0),
    "tons": ("t", 1.0),
    "ton": ("t", 1.0),
    # "6,500 metric tons of crude" is the tonnes another outlet writes
    "metric tons": ("t", 1.0),
    "metric tonnes": ("t", 1.0),
    "metric ton": ("t", 1.0),
    "kg": ("t", 0.001),
    "kilograms": ("t", 0.001),
    "kilogrammes": ("t", 0.001),
    # one temperature scale however it is written: "1.5C", "1.5 degrees Celsius"
    "c": ("C", 1.0),
    "°c": ("C", 1.0),
    "degrees celsius": ("C", 1.0),
    "degrees c": ("C", 1.0),
    # Fahrenheit is Celsius from another zero: (F - 32) * 5/9 (see _UNIT_OFFSETS)
    "f": ("C", 5 / 9),
    "°f": ("C", 5 / 9),
    "fahrenheit": ("C", 5 / 9),
    "degrees fahrenheit": ("C", 5 / 9),
    "degrees f": ("C", 5 / 9),
    "g": ("g", 1.0),
    "grams": ("g", 1.0),
    "mg": ("g", 0.001),
    "milligrams": ("g", 0.001),
    "gb": ("GB", 1.0),
    "gigabytes": ("GB", 1.0),
    "tb": ("GB", 1000.0),
    "terabytes": ("GB", 1000.0),
    "mb": ("GB", 0.001),
    "megabytes": ("GB", 0.001),
    "ppm": ("ppm", 1.0),
    "parts per million": ("ppm", 1.0),
    # power and energy: "12 gigawatts" is "12,000 megawatts"
    "gw": ("GW", 1.0),
    "gigawatts": ("GW", 1.0),
    "gigawatt": ("GW", 1.0),
    "mw": ("GW", 0.001),
    "megawatts": ("GW", 0.001),
    "megawatt": ("GW", 0.001),
    "kw": ("GW", 1e-6),
    "twh": ("GWh", 1000.0),
    "gwh": ("GWh", 1.0),
    "mwh": ("GWh", 0.001),
    "kwh": ("GWh", 1e-6),
    # a basis point is a hundredth of a percentage point: "cut by 25 basis points" is 0.25
    "basis points": ("percentage points", 0.01),
    # short lengths however they are written: "310mm of rain", "310 millimetres of rainfall";
    # "a 95-metre section", "95 metres long" (kept apart from kilometres, an extent's unit)
    "m": ("m", 1.0),
    "metre": ("m", 1.0),
    "metres": ("m", 1.0),
    "meter": ("m", 1.0),
    "meters": ("m", 1.0),
    "cm": ("m", 0.01),
    "centimetre": ("m", 0.01),
    "centimetres": ("m", 0.01),
    "centimeter": ("m", 0.01),
    "centimeters": ("m", 0.01),
    "mm": ("m", 0.001),
    "millimetre": ("m", 0.001),
    "millimetres": ("m", 0.001),
    "millimeter": ("m", 0.001),
    "millimeters": ("m", 0.001),
}

#: units whose zero is not the canonical unit's, subtracted before the factor: 113.5F is 45.3C
_UNIT_OFFSETS: dict[str, float] = {
    "f": 32.0,
    "°f": 32.0,
    "fahrenheit": 32.0,
    "degrees fahrenheit": 32.0,
    "degrees f": 32.0,
}
#: nouns a temperature is told by: "The thermometer in Seville hit 46C", "the mercury reached
#: 44.9C" are the temperature there; none of them names a place
_TEMPERATURE_HEADS = frozenset(
    {"temperature", "thermometer", "mercury", "high", "low", "reading", "heat", "record"}
)
_TEMPERATURE_SYNONYMS = frozenset({"thermometer", "mercury"})

#: what a crowd's members are called, none of them a group of its own
#: aggregate nouns that, told in degrees, are an average temperature
_AVERAGE_HEADS = frozenset({"average", "mean"})
#: endings of plural nouns that are never a nation's people
_NOT_DEMONYM_ENDINGS = ("ies", "ions", "ments", "ings")
#: plurals capitalised where a sentence starts that name things, never a people: "Exports
#: reached 41.2 billion dollars", "Sales rose 4%", "Deaths reached 1,140"
_NOT_DEMONYM_PLURALS = frozenset(
    {
        "exports",
        "imports",
        "sales",
        "prices",
        "cases",
        "deaths",
        "arrivals",
        "shares",
        "profits",
        "revenues",
        "earnings",
        "losses",
        "totals",
        "rates",
        "costs",
        "taxes",
        "wages",
        "rents",
        "fines",
        "votes",
        "seats",
        "ballots",
        "tonnes",
        "flights",
        "homes",
        "houses",
        "visits",
        "visitors",
        "attacks",
        "strikes",
        "shipments",
        "deliveries",
        "applications",
        "loans",
        "plans",
        "scans",
    }
)


#: how a people's name ends in the plural: "Palestinians", "Israelis", "Britons"
_DEMONYM_PLURAL_RE = re.compile(r"[A-Z][a-z]+(?:ans|is|ons)")
#: peoples whose plural has another shape
_SHORT_DEMONYMS = frozenset(
    {"turks", "kurds", "poles", "scots", "swedes", "danes", "finns", "serbs", "croats", "czechs"}
    | {"arabs", "jews", "slovaks", "uzbeks", "kazakhs", "tajiks", "greeks", "filipinos", "bosniaks"}
)


def _is_demonym_plural(word: str) -> bool:
    """A capitalised plural shaped as a people's name ("Palestinians", "Israelis", "Turks"),
    not a common noun a sentence opens with ("Exports", "Transits", "Deaths")."""
    lowered = word.lower()
    if lowered in _NOT_DEMONYM_PLURALS:
        return False
    return _DEMONYM_PLURAL_RE.fullmatch(word) is not None or lowered in _SHORT_DEMONYMS


_CROWD_HEADS = frozenset(
    {"spectator", "demonstrator", "protester", "protestor", "marcher", "striker", "attendance"}
)
#: gatherings whose size is told as a number with no verb ("put the rally at 20,000")
_EVENT_HEADS = frozenset({"march", "rally", "protest", "demonstration", "vigil"})
#: words before the head that name one series in two ways: "the jobless rate" is "the
#: unemployment rate"
_MODIFIER_SYNONYMS = {"jobless": "unemployment", "joblessness": "unemployment"}
#: a month named before a noun dates it ("October's payrolls"), it names no kind of it
_MONTH_WORDS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }
)
#: words before "payrolls" or "jobs" that say whose count it is in the release, no other jobs
_PAYROLL_WORDS = frozenset({"nonfarm", "non", "farm", "us", "u.s.", "american"})
#: a nation's adjective before a noun names it as its possessive does: "Chinese exports" are
#: "China's exports"
_NATION_ADJECTIVES = {
    "chinese": "china",
    "japanese": "japan",
    "german": "germany",
    "french": "france",
    "italian": "italy",
    "spanish": "spain",
    "indian": "india",
    "canadian": "canada",
    "australian": "australia",
    "brazilian": "brazil",
    "mexican": "mexico",
    "turkish": "turkey",
    "russian": "russia",
    "ukrainian": "ukraine",
    "korean": "korea",
    "british": "britain",
    "american": "america",
    "swiss": "switzerland",
    "dutch": "netherlands",
    "polish": "poland",
    "swedish": "sweden",
    "norwegian": "norway",
    "argentine": "argentina",
    "egyptian": "egypt",
    "nigerian": "nigeria",
    "saudi": "saudi",
    "israeli": "israel",
    "iranian": "iran",
}
#: one currency by two names: "the pound fell 1%" and "sterling fell 1%"
_CURRENCY_HEADS = {"sterling": "pound", "greenback": "dollar"}
#: one population by two names a single story uses for it: the pupils a school lost are its
#: "schoolchildren" or "students"; a prison's "inmates" are its "prisoners"
_HEAD_SYNONYMS = {
    "student": "pupil",
    "schoolchild": "pupil",
    "schoolchildren": "pupil",
    "schoolkid": "pupil",
    "inmate": "prisoner",
    # irregular plurals the plural rule leaves as they are
    "women": "woman",
    "men": "man",
    # a farm's flock however a report names it: "40,000 birds have been culled" and "the number
    # of poultry slaughtered has risen to 95,000" are one cull
    "poultry": "bird",
    "fowl": "bird",
    # a story's fire by any of its names: "the blaze was 10% contained", then "the fire was
    # 35% contained"
    "blaze": "fire",
    "wildfire": "fire",
    "bushfire": "fire",
    # a bidder's sum for a company however a report names it: "raised its offer to 720p a
    # share" and "would not raise its 720p bid again" are one offer
    "bid": "offer",
    # how full a store of water or fuel is: "the reservoirs were 41% full" and "Agua Viva put
    # the level at 37%" are one level
    "full": "level",
    # a company's or a service's people: "81% of rail workers walked out" and "only 43% of its
    # staff walked out" count one workforce
    "staff": "worker",
    # what fell from the sky however a report names it: "310mm of rain", "310 millimetres of
    # rainfall"
    "rainfall": "rain",
    "snowfall": "snow",
    # a ship's people by any of their names: "24 seafarers aboard", "25 crew members on board"
    "sailor": "crew",
    "seafarer": "crew",
    "crewman": "crew",
    "crewmen": "crew",
    "crewmember": "crew",
    "mariner": "crew",
}
#: groups whose name also counts their people ("25 crew", "40 staff"): "22 crew members" is
#: the crew, while "300 party members" are no count of parties
_MEMBER_GROUPS = frozenset({"crew", "staff"})
#: what a company cuts besides jobs, which are its jobs: "lay off 1,650 workers", "shed 1,200
#: posts"
_POST_HEADS = frozenset({"worker", "employee", "staff", "post", "position", "role"})
#: what a sum a court sets is called besides a fine
_FINE_HEADS = frozenset({"fine", "penalty"})
#: one place or thing a count is told of, by either of its names: "the Kerrin wildfire" and
#: "the Kerrin fire", "the Ellard plant" and "its Ellard factory"
_SCOPE_SYNONYMS = {"wildfire": "fire", "blaze": "fire", "bushfire": "fire", "factory": "plant"}
#: what ground taken in a war is named by: "territory", "the area taken", "land seized"
_GROUND_HEADS = frozenset({"territory", "area", "land", "ground"})
#: participles of taking ground that a report sets after its noun ("the area taken")
_TAKEN_PARTICIPLES = frozenset(
    {"taken", "captured", "seized", "gained", "controlled", "occupied", "held"}
)
#: people a verb of taking can be told of: "seized 317 students" is an abduction, while
#: "seized 3 tonnes of cocaine" stays a seizure
_PERSON_HEADS = frozenset(
    {
        "people",
        "pupil",
        "child",
        "hostage",
        "civilian",
        "soldier",
        "worker",
        "passenger",
        "tourist",
        "villager",
        "prisoner",
        "woman",
        "girl",
        "boy",
        "fisherman",
        "fishermen",
        "sailor",
        "crew",
        "journalist",
        "migrant",
        "farmer",
        "teacher",
        "worshipper",
        "hiker",
    }
)
#: a common noun for whoever does the counted thing, which a reader took for the count's holder
#: because it opens the sentence ("Gunmen kidnapped 287 students", "Rescuers recovered 71
#: bodies"): it names no place or party, so it limits nothing
_GENERIC_AGENTS = frozenset(
    {
        "gunmen",
        "attackers",
        "assailants",
        "kidnappers",
        "abductors",
        "bandits",
        "militants",
        "insurgents",
        "rebels",
        "rescuers",
        "divers",
        "searchers",
        "firefighters",
        "volunteers",
        "officials",
        "authorities",
        "investigators",
        "police",
        "troops",
        "soldiers",
        "doctors",
        "medics",
        "paramedics",
        "hospitals",
        "coastguards",
        "residents",
        "villagers",
        "witnesses",
        "employers",
        "airlines",
        "donors",
        "ministers",
    }
)
#: the general word for people at work, which a report uses for one trade's people: "28 workers
#: were trapped below ground" beside another outlet's "Thirty-two miners were trapped"
_WORKER_HEADS = frozenset({"worker", "employee", "labourer", "laborer"})
#: trades whose people a report may call just "workers" at their place of work
_TRADE_HEADS = frozenset(
    {
        "miner",
        "builder",
        "welder",
        "driller",
        "docker",
        "dockworker",
        "steelworker",
        "technician",
        "electrician",
        "mechanic",
    }
)
#: people a report counts for one day: those a story's events befall, and those at work, whose
#: walkout a strike's day counts ("6,500 dockworkers stayed away on Monday")
_DAY_PEOPLE_HEADS = (
    _PERSON_HEADS
    | _WORKER_HEADS
    | _TRADE_HEADS
    | frozenset({"nurse", "doctor", "driver", "pilot", "staff", "volunteer"})
)
#: kinds of people a crowd is told as two of, joined by "and" ("teachers and parents",
#: "students and workers"): never the parts a toll names ("women and children")
_CROWD_KINDS = (
    (
        _DAY_PEOPLE_HEADS
        | frozenset(
            {"parent", "student", "resident", "local", "visitor", "supporter", "protester", "fan"}
        )
    )
    - _PART_HEADS
    - frozenset({"crew", "staff", "people"})
)
#: periods of counts told as they stand, or with no word of time at all
_STANDING_PERIODS = frozenset({"cumulative", "current", None})
#: nouns for the people who live in a place, which the figure reader takes as "people"
_RESIDENT_WORDS = frozenset({"residents", "inhabitants", "locals"})
#: heads that name a country's output the way "economy" does when it grows or shrinks
_OUTPUT_HEADS = frozenset({"gdp", "output"})
#: an ISO currency code, the unit extract/ gives an amount of money ("USD", "INR")
_CURRENCY_CODE_RE = re.compile(r"[A-Z]{3}")


@dataclass(slots=True)
class ConflictReport:
    groups: list[FigureGroup] = field(default_factory=list)
    pairs: list[FigurePair] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Quantity:
    """What a figure measures, normalised so that synonyms compare equal."""

    measure: str
    head: str
    modifiers: tuple[str, ...]
    unit: str
    scope: str
    #: the population is a plural demonym ("North Koreans"): people of that nation, which in a
    #: report about a war or a disaster usually means one more specific group of them
    demonym: bool = False
    #: the window of time a count of events is limited to ("day:2025-03-04", "month:2024-10"),
    #: empty for a total, a level or a figure whose text names no window
    window: str = ""
    #: a projection ("could reach 40,000"): what might come to be, never the count itself
    hedged: bool = False
    #: the text names the population; False when only the measure implies it ("the death
    #: toll rose to 42" counts people nobody named)
    named: bool = True
    #: the people are named as those who live in the place ("six residents were injured"):
    #: a population of its own, never the workers or responders a measure is also told of
    resident: bool = False
    #: the stretch of time a rate is told per (``Figure.rate``): "620,000 patients a year" is
    #: how often, another quantity than a count made once or a rate per month
    rate: str = ""

    @property
    def key(self) -> str:
        population = " ".join((*self.modifiers, self.head)).strip()
        measure = f"{self.measure} (projected)" if self.hedged else self.measure
        key = f"{measure or '-'}|{population or '-'}|{self.unit or 'count'}|{self.scope}"
        # keys without a window or a rate stay as they were, so decisions made on them stay
        # attached
        if self.window:
            key = f"{key}|{self.window}"
        return f"{key}|{RATE_MARK}{self.rate}" if self.rate else key

    @property
    def fields(self) -> tuple[str, bool, tuple[str, ...], str, str, str, str, str]:
        """What the key names, as fields: the order quantities are visited in hangs on these,
        never on how the key spells them."""
        return (
            self.measure,
            self.hedged,
            self.modifiers,
            self.head,
            self.unit,
            self.scope,
            self.window,
            self.rate,
        )

    @property
    def specificity(self) -> int:
        return 2 * len(self.modifiers) + (1 if self.scope else 0) + (0 if self.demonym else 1)


@dataclass(frozen=True, slots=True)
class GroupShape:
    """What a group's pairs are judged by: its measure, population, unit and scope as fields,
    taken from the group's quantity. The key is the group's lasting name, kept so that the
    analyst's decisions stay attached, and is read back into fields only for a group the
    analyst linked by hand under a key no quantity of the project has."""

    measure: str = ""
    population: tuple[str, ...] = ()
    unit: str = ""
    scope: str = ""
    window: str = ""
    #: a projection: a fixed estimate, judged as no running count or level is
    hedged: bool = False

    @classmethod
    def of(cls, quantity: Quantity) -> GroupShape:
        return cls(
            measure=quantity.measure,
            population=tuple(w for m in (*quantity.modifiers, quantity.head) for w in m.split()),
            unit=quantity.unit,
            scope=quantity.scope,
            window=quantity.window,
            hedged=quantity.hedged,
        )

    @classmethod
    def from_key(cls, key: str) -> GroupShape:
        """The fields of a key made by ``Quantity.key``; none of a key the analyst's link gave
        a shape of its own."""
        parts = key.split(STORY_MARK)[0].split("|")
        if len(parts) < 4:
            return cls()
        measure, projected = parts[0], parts[0].endswith(" (projected)")
        if projected:
            measure = measure[: -len(" (projected)")]
        return cls(
            measure="" if measure == "-" else measure,
            population=tuple(parts[1].split()) if parts[1] != "-" else (),
            unit="" if parts[2] == "count" else parts[2],
            scope=parts[3],
            window=parts[4] if len(parts) > 4 and not parts[4].startswith(RATE_MARK) else "",
            hedged=projected,
        )


#: words that stand for a party or place without naming it
_PRONOUNS = frozenset(
    {"it", "its", "they", "their", "them", "this", "that", "these", "those", "he", "she", "we"}
)

#: what an election's levels are told of: "turnout in the 2018 general election"
_ELECTION_HEADS = frozenset({"election", "turnout", "referendum", "ballot"})


def _singular(word: str) -> str:
    if word in POPULATION_SYNONYMS:
        return POPULATION_SYNONYMS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")) and len(word) > 4:
        # "job losses", "taxes", "crashes": the plural's -es, not an -e of the noun
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return POPULATION_SYNONYMS.get(word[:-1], word[:-1])
    return word


_quantity_cache: dict[
    tuple[str | None, str | None, str | None, str | None, str, bool, bool, bool], Quantity | None
] = {}
#: below this, protesters or fans counted with no verb are not a crowd's size but some of its
#: members something happened to that the reader did not catch ("45 protesters were taken
#: into custody")
_FEWEST_IN_A_CROWD = 100


#: opens the part of a quantity's key that names the stretch a rate is told per ("per year")
RATE_MARK = "per "


def window_of(period: FigurePeriod | None, as_of: date | None) -> str:
    """The window a figure's period and date name ("month:2024-10"), or "" when none."""
    if period not in _WINDOWS or as_of is None:
        return ""
    if period == "day":
        return f"day:{as_of.isoformat()}"
    if period == "week":
        year, week, _ = as_of.isocalendar()
        return f"week:{year}-W{week:02d}"
    if period == "month":
        return f"month:{as_of.year}-{as_of.month:02d}"
    if period == "quarter":
        return f"quarter:{as_of.year}-Q{(as_of.month - 1) // 3 + 1}"
    return f"year:{as_of.year}"


def is_level(measure: str, unit: str) -> bool:
    """A quantity that rises and falls: a level measure, or a rate with no event measured
    ("unemployment was 4.1%", "inflation eased to 2.5%")."""
    return measure in LEVELS or (not measure and unit == "share")


def quantity_of(figure: Figure) -> Quantity | None:
    """The normalised quantity a figure reports, or None when too little is known to compare."""
    period = figure.period
    window = window_of(period, figure.as_of) if period is not None and period in _WINDOWS else ""
    few = figure.high is not None and figure.high < _FEWEST_IN_A_CROWD
    cache_key = (
        figure.measure,
        figure.counted,
        figure.unit,
        figure.scope,
        window,
        figure.hedged,
        few,
        period == "cumulative",
    )
    if cache_key in _quantity_cache:
        result = _quantity_cache[cache_key]
    else:
        result = _quantity(*cache_key)
        if len(_quantity_cache) < 200_000:
            _quantity_cache[cache_key] = result
    if (
        result is not None
        and result.head == "crew"
        and not result.measure
        and not result.modifiers
        and figure.counted
        and figure.counted.lower() not in figure.text.lower()
    ):
        # "a bulk carrier with a crew of 24": a ship's crew named before its number is its
        # complement, those on board, as "had 24 sailors on board" counts; "Two crew members"
        # with no verb are some of them
        return replace(result, measure="on board")
    if (
        result is not None
        and not result.measure
        and not result.unit
        and result.head in _MEASURE_PEOPLE
        and period != "current"
    ):
        # "revised the number of evacuees down to 19,800", "Three of the injured": a noun for
        # the people a measure befell names the measure, the quantity "23,400 people have
        # been evacuated" counts; those there now ("The evacuees now number 2,300") are a
        # level of their own, as evacuees in shelters are
        return replace(result, measure=_MEASURE_PEOPLE[result.head], head="people")
    if (
        result is not None
        and result.measure == "hospitalised"
        and period == "cumulative"
        and not _FALL_CUE_RE.search(figure.change_cue or "")
    ):
        # "214 people had been admitted to hospital since the outbreak began", "have been
        # hospitalised so far": those taken in up to now, a running count, never the patients
        # in hospital now ("Some 140 patients remain in hospital"); a number told falling
        # ("has fallen to 180") is the level, as a count taken in up to now never falls
        result = replace(result, measure=ADMITTED)
    if result is not None and figure.rate:
        # "treats 620,000 patients a year": compared only with a rate of the same stretch
        result = replace(result, rate=figure.rate)
    return result


def _quantity(
    measure_text: str | None,
    counted: str | None,
    unit_text: str | None,
    scope_text: str | None,
    window: str,
    hedged: bool = False,
    few: bool = False,
    running: bool = False,
) -> Quantity | None:
    measure = canonical_measure(measure_text) or ""
    words = [w.replace("’", "'") for w in (counted or "").replace("-", " ").split()]
    words = [w[:-2] if w.lower().endswith("'s") else w for w in words]
    lead = 1 if words[:1] and words[0].lower() == "the" else 0
    named_measure = " ".join(words[lead + 1 :]).lower()
    numbered = (
        [w.lower() for w in words[lead : lead + 1]] == ["number"]
        and named_measure in MEASURE_WORDS
        # the reader may have taken the measure from the noun already
        and measure in ("", MEASURE_WORDS[named_measure])
    )
    if numbered:
        # "puts the number on board at more than 100", "the number rescued": a number named by
        # its measure counts those the measure is told of, as "110 people were on board" does
        measure, words = MEASURE_WORDS[named_measure], []
    place = (scope_text or "").replace("-", " ").split()
    if (
        place
        and _unit(unit_text) in _EXTENT_UNITS
        and [w.lower() for w in words if w.lower() != "the"] == [x.lower() for x in place]
    ):
        # "The Kessel Ridge fire has grown to 12,000 hectares": the subject read both as the
        # scope and as what was measured names only whose the extent is; what it measures
        # (the ground burned) is left unsaid, as in "has burned 12,000 hectares". A share
        # ("the Kessel Ridge fire was 20% contained") keeps the fire as what it is told of
        words = []
    for i, w in enumerate(words):
        if (
            i
            and place
            and w.lower() in _PLACE_PREPOSITIONS
            and [x.lower() for x in words[i + 1 :] if x.lower() != "the"]
            == [x.lower() for x in place]
        ):
            # "Police put the crowd in Castra at 35,000": the place read into the noun is the
            # figure's scope, told once more; the noun is what stands before it ("crowd")
            words = words[:i]
            break
    for i, w in enumerate(words):
        if i and w.lower() == "that" and words[i - 1].lower() in _SAYING_VERBS:
            # "Eurostat estimated that the euro zone economy grew 0.3%": the teller and its
            # verb read into the noun are no part of what is counted
            words = words[i + 1 :]
            break
    while len(words) > 1 and words[0].lower() in _SCALE_WORDS:
        # "a $4.1 billion appeal" read as "billion appeal": the number's scale, not a kind
        words = words[1:]
    for i, w in enumerate(words):
        if i and w.lower() in _SUBJECT_PRONOUNS:
            # "raised the number of jobs it will cut to 3,500": a pronoun after the noun opens
            # a clause about it with no "that", which says what is done to it, not what it is
            words = words[:i]
            break
    kept = [w for w in words if w.lower() not in FILLER_WORDS]
    head = ""
    modifiers: list[str] = []
    demonym = False
    if kept:
        last = kept[-1]
        if (
            last[0].isupper()
            and len(kept) <= 3
            and (last.endswith("s") or measure in _PEOPLE_MEASURES)
            # "Burglaries fell to 41,300": a noun capitalised where the sentence starts; no
            # nation's people are named "-ies", "-ions" or "-ments"
            and not last.lower().endswith(_NOT_DEMONYM_ENDINGS)
            and (not last.endswith("s") or _is_demonym_plural(last))
        ):
            # a plural demonym as the noun ("North Koreans", "Palestinians") counts people
            nation = last[:-1] if last.endswith("s") else last
            modifiers = [w.lower() for w in kept[:-1]] + [nation.lower()]
            head = "people"
            demonym = True
        else:
            head = _singular(last.lower())
            modifiers = [w.lower() for w in kept[:-1]]
    named = True
    if head in _TALLY_HEADS and measure in _PEOPLE_MEASURES:
        # "The city council's tally of infections reached 93": a tally, a toll or an estimate
        # is the count itself, and its owner the teller, not a kind of people: it counts the
        # people its measure is told of, as "the death toll rose to 42" does
        head, modifiers = "", []
    if not head and (measure in _PEOPLE_MEASURES or (measure == "on board" and numbered)):
        # those aboard told as "the number on board" are people, as a toll with no noun is
        head = "people"
        named = False
    if head in _CONTAINER_HEADS and modifiers:
        # "a $61 billion aid package" is the aid, as "$61bn in aid" is
        head, modifiers = _singular(modifiers[-1].lower()), modifiers[:-1]
    elif head == "future" and words and words[-1].lower() == "futures" and modifiers:
        # "Brent crude futures settled at $82.10" is the price "Brent crude rose to $82" tells:
        # futures are quoted by the commodity they trade
        head, modifiers = _singular(modifiers[-1].lower()), modifiers[:-1]
    lowered = [w.lower() for w in kept]
    if lowered[-3:] in (["homes", "and", "businesses"], ["households", "and", "businesses"]):
        # "3.2 million homes and businesses without power" are a utility's customers, the
        # quantity "1.4 million customers" is
        head, modifiers = _singular("customers"), lowered[:-3]
    elif (
        len(lowered) == 3
        and lowered[1] == "and"
        and all(_singular(w) in _CROWD_KINDS for w in (lowered[0], lowered[2]))
    ):
        # "18,000 teachers and parents marched": a crowd of two kinds of people counts the
        # people "about 7,500 people marched" does (never a part of a toll such as "women and
        # children", nor "passengers and crew", everyone aboard, read below)
        head, modifiers = "people", []
    modifiers = [
        _NATION_ADJECTIVES.get(w, _MODIFIER_SYNONYMS.get(w, w))
        for w in modifiers
        # "restated annual net profit" is the annual net profit told again: the word of
        # revision is carried as the figure's cue, not as a kind of profit
        if w not in _MONTH_WORDS and not _REVISED_NOUN_RE.fullmatch(w)
    ]
    if (
        (head == "payroll" and measure in ("", "rose", "fell", "added"))
        or (head == "job" and measure == "added")
        or (head == "gain" and modifiers[-1:] == ["job"] and not measure)
    ):
        # "employers added 256,000 jobs", "nonfarm payrolls increased by 256,000" and "December's
        # job gains were revised to 307,000" are one month's change in jobs, as a release tells it
        head, measure = "job", "added"
        modifiers = [w for w in modifiers if w not in _PAYROLL_WORDS and w != "job"]
    if head == "loss" and modifiers[-1:] == ["job"] and measure in ("", "cut"):
        # "April's job losses were revised to 20.7 million" are the jobs "the economy lost";
        # "will lead to 1,200 job losses" read with the measure "cut" are the jobs it will cut
        head, modifiers = "job", modifiers[:-1]
    if head == "cut" and modifiers[-1:] == ["job"] and not measure:
        # "raised the number of job cuts to 2,000" counts the jobs "the company will cut"
        head, modifiers, measure = "job", modifiers[:-1], "cut"
    if measure == "cut" and head in _POST_HEADS:
        # "planned to lay off 1,650 workers", "will shed 1,200 posts": the jobs it will cut
        head = "job"
    if measure == "fined" and window.startswith("day:"):
        # "A court fined Dalberg Bank €25 million on Friday": the day is when the fine was
        # imposed or told, not a window it falls in, so another report of it on another day
        # (told differently, or cut on appeal) is of the same fine
        window = ""
    if head == "job" and measure == "cut" and window.startswith("day:"):
        # "Harlan Motors said on Monday it would cut 2,000 jobs": the day is when the plan was
        # told, not a window the cuts fall in, so a later day's report is of the same plan
        window = ""
    if head == "patient" and not modifiers and measure == "hospitalised":
        # "81 patients have been admitted to hospital" counts the people "96 people had been
        # treated in hospital" does: in hospital, the people are its patients
        head = "people"
    if head == "member" and modifiers[-1:] and modifiers[-1] in _MEMBER_GROUPS:
        # "25 crew members were on board" counts the crew, as "a crew of 24" does
        head, modifiers = modifiers[-1], modifiers[:-1]
    head = _CURRENCY_HEADS.get(head, head)
    head = _HEAD_SYNONYMS.get(head, head)
    if (
        not measure
        and head in _TAKEN_PARTICIPLES
        and modifiers[-1:]
        and modifiers[-1] in _GROUND_HEADS
        and _unit(unit_text) == "km2"
    ):
        # "puts the area taken at about 310 square kilometres": the participle after the noun
        # is the measure, the territory "had taken 240 square kilometres of territory" tells
        head, modifiers, measure = modifiers[-1], modifiers[:-1], "captured"
    if (
        head == "price"
        and modifiers[-1:]
        and modifiers[-1] in _STOCK_HEADS
        and not measure
        and _is_money(_unit(unit_text))
    ):
        # "Harwick's share price closed at 712 pence" is the price "Harwick's shares closed
        # at 698p" tells
        head, modifiers = modifiers[-1], modifiers[:-1]
    if head in _GROUND_HEADS and measure in ("captured", "seized") and _unit(unit_text) == "km2":
        # "captured 80 square kilometres of territory", "seized 80 square kilometres of land"
        # and "the area taken" are one stretch of ground taken
        head, measure = "territory", "captured"
    if head == "majority" and not measure and not modifiers and not unit_text and not few:
        # "Okafor took the seat with a majority of 2,410" is the margin "won the by-election by
        # 2,140 votes" tells: a majority told as a bare number in the hundreds or more is counted
        # in votes; a smaller one is as often a government's majority of seats ("now has a
        # majority of 36")
        head = "vote"
    if head == "vote" and lowered[-1:] in (["ballots"], ["ballot"]) and not measure:
        # "Some 2,300 ballots were rejected during the recount" counts papers, which a
        # candidate's votes or margin ("Ms Arden won by 2,300 votes") are not; ballots cast or
        # counted with no holder may still be the votes cast a report tells with no holder
        modifiers = [*modifiers, "ballot"]
    if head == "fee" and measure == "paid" and unit_text and _CURRENCY_CODE_RE.fullmatch(unit_text):
        # "paid a €70 million fee for Marchetti" is the fee "signed Marchetti for a fee of €85
        # million" tells: a fee is a sum paid, so the verb adds nothing to the noun
        measure = ""
    if head in _FINE_HEADS and measure in ("", "paid") and not modifiers and unit_text:
        # "Dalmer was sentenced to pay a fine of $250,000" is the sum "the court fined Dalmer
        # $400,000" tells: a fine is what was fined, whichever word carries it; so is one the
        # firm "was ordered to pay" and "a penalty of £1.8 million"
        head, measure = "", "fined"
    if (
        head == "damage"
        and (measure in ("paid", "awarded") or (not measure and _is_money(_unit(unit_text))))
        and not running
    ):
        # "A jury ordered Halvern to pay $310 million in damages on Tuesday" is the award "the
        # jury awarded $130 million in damages" tells, a fixed sum whose day is when it was
        # made, not a window of its own; damages paid "so far" are payments, another quantity.
        # Damages told as a sum with no verb ("An appeals court reduced the damages Halvern
        # must pay to $95 million") are that award
        measure = "awarded"
        if window.startswith("day:"):
            window = ""
    if measure == "killed" and "excess" in (head, *modifiers):
        # "520 excess deaths over the nine days": deaths above those a season of its kind
        # brings, an estimate made from the death register, never a count of the dead a
        # disaster's toll or "Nine deaths were recorded as heatstroke" tells
        head, measure = "people", EXCESS_DEATHS
        modifiers = [w for w in modifiers if w != "excess"]
    if measure == "rescued" and head == "hostage":
        # "Troops rescued 48 hostages when they stormed the hotel" counts the captives who came
        # out, the quantity "Security forces freed 63 hostages" tells: for a hostage, being
        # rescued is being freed
        measure = "released"
    if measure == "seized" and (head in _PERSON_HEADS or demonym):
        # "Gunmen seized 317 students" is the abduction another outlet tells as "kidnapped"
        measure = "abducted"
    if head in _OUTPUT_HEADS and measure in ("rose", "fell") and _unit(unit_text) == "share":
        # "euro zone GDP expanded 0.4%" is "the euro zone economy grew 0.4%": growth of output
        head = "economy"
    aboard = lowered
    if aboard[-1:] == ["members"]:
        aboard = aboard[:-1]
    if (
        measure == "on board"
        and len(aboard) >= 3
        and aboard[-2:] in (["and", "crew"], ["and", "staff"])
    ):
        # "64 passengers and crew" is everyone aboard, as "64 people on board" is; the
        # passengers alone ("60 passengers") are a smaller count
        head, modifiers = "people", aboard[:-3]
    if (
        not measure
        and head in _EVENT_HEADS
        and not modifiers
        and not few
        and kept
        and kept[-1].islower()
    ):
        # "a university count put Saturday's march at 61,000": a number given for a gathering
        # with no verb is its crowd, the people "80,000 people marched" counts
        head, measure = "people", "took part"
    if not measure and head in _CROWD_HEADS and not few:
        # "played in front of 74,000 fans": a crowd told with no verb is the crowd that
        # watched, the same quantity as "a crowd of 74,310 watched"; so is a count of
        # demonstrators ("the ministry counted 27,500 demonstrators")
        measure = "took part"
    if measure == "took part" and (
        head in _CROWD_HEADS or (head and not modifiers and not demonym)
    ):
        # organisers' "250,000 people marched" and the police's "a crowd of 60,000" count one
        # crowd, whatever each calls its members ("400 mourners attended the vigil")
        head = "people"
    if _unit(unit_text) == "share" and (
        (not measure and head == "offer")
        or (measure == "rose" and head == "rise" and modifiers[-1:] == ["pay"])
    ):
        # "Employers raised their offer to 6%" is the pay rise they offered, the quantity
        # "offered a pay rise of 4%" names; the rise's "rose" is its noun read as a verb. A
        # side's position in a pay dispute moves as talks go on, a level: a later offer is an
        # update (a union's demand, "a rise of 9%", stays a quantity of its own)
        head, measure = "rise", ""
        modifiers = [w for w in modifiers if w != "pay"] + ["pay"]
    if _unit(unit_text) == "share" and head == "rate" and modifiers:
        # "UK unemployment jumps to 4.7%" is the unemployment rate: a level told in per cent
        # is a rate whether or not the word is written
        head, modifiers = modifiers[-1], modifiers[:-1]
    if (
        _unit(unit_text) == "share"
        and not measure
        and head == "price"
        and modifiers[-1:] == ["consumer"]
    ):
        # "Consumer prices rose to 3.1%" is the inflation rate, the level "inflation stood at
        # 2.8%" names
        head, modifiers = "inflation", modifiers[:-1]
    if _unit(unit_text) == "share" and measure == "voted" and head in ("voter", "electorate"):
        # "just over 60% of eligible voters cast ballots" is turnout, the quantity "turnout
        # was 61.2%" names: a share of the electorate that voted is how turnout is defined
        head, modifiers, measure = "turnout", [], ""
    if not head and (unit_text or "") in _SELF_NAMED_UNITS:
        # "magnitude 6.8": the unit alone says which quantity it is, an event's one size
        head = unit_text or ""
    unit = _unit(unit_text)
    if measure == "burned" and unit == "km2" and window.startswith("day:"):
        # "County officials said on Wednesday the fire had burned 15,500 hectares": the ground a
        # fire has burned is its reach so far, seen on the day it was told, as the state's "had
        # burned 12,000 hectares by Wednesday" is; it grows as a running total, never one day's
        window = ""
    if unit == "C" and head in _AVERAGE_HEADS:
        # "a global average of 1.55C" is the global average temperature: the unit names what
        # the average is of
        modifiers, head = [*modifiers, head], "temperature"
    if unit == "C" and not measure:
        if head in _TEMPERATURE_SYNONYMS:
            head = "temperature"
        elif (
            head
            and not scope_text
            and not demonym
            and len(kept) <= 3
            and all(w[:1].isupper() for w in kept)
            and head not in _TEMPERATURE_HEADS
        ):
            # "Cordoba hit 45.3C on Wednesday": a name read as what was measured is the place
            # whose temperature it is, the quantity "Temperatures reached 45.3C in Cordoba" is
            scope_text, head, modifiers = " ".join(kept), "temperature", []
        elif not head and scope_text and window.startswith("day:"):
            # "Seville recorded 44.1C on Wednesday" read with no noun: a place's reading on a
            # named day is its temperature that day
            head = "temperature"
    if (
        not measure
        and head in _ESCAPE_HEADS
        and not modifiers
        and _unit(unit_text) in _AMOUNT_UNITS
    ):
        # "The agency put the release at 19 tonnes", "the leak was 12 tonnes": the size of an
        # escape is the amount of what escaped, which the report leaves unnamed, as "20 tonnes
        # had escaped" does; it joins the one substance measured in its unit ("12 tonnes of
        # chlorine") or nothing
        head = ""
    if not measure and not head and _unit(unit_text) == "km/h" and not scope_text:
        # "The bus was travelling at 74 km/h", "it was doing about 90 km/h on the bend": a
        # speed told with no noun is the speed of the thing the story follows, one quantity
        # however each report words its motion ("the 80 km/h limit" names its own noun); one
        # told with a place is left as it was (tried: dev39 x30 then read a tram's first
        # speed and its corrected one, told apart from the correction, as a contradiction)
        head = "speed"
    if not measure and not head and _unit(unit_text) in _EXTENT_UNITS:
        # "The slick covered about 12 square kilometres": a measurement with no noun may be
        # the one thing measured in its unit elsewhere ("The slick has grown to 31 square
        # kilometres"); unnamed, it joins that or nothing, whatever day it was seen on
        named = False
        window = ""
    elif not measure and not head and not (_CURRENCY_CODE_RE.fullmatch(unit) and scope_text):
        # a sum of money is known by its use when nothing else names it ("Rs 2,000 crore for
        # flood relief"); any other bare number says too little to compare
        return None
    scope = " ".join(_SCOPE_SYNONYMS.get(w, w) for w in (scope_text or "").lower().split())
    if scope in _PRONOUNS or scope in _GENERIC_AGENTS:
        # "It won 44 seats": a pronoun read as the party stands for someone the figure does not
        # name, so it limits nothing; nor does "Gunmen" in "Gunmen kidnapped 287 students"
        scope = ""
    if (
        not measure
        and _is_level_head(head, modifiers, unit)
        and (
            not unit
            or window.startswith("day:")
            # "the funding gap stood at $840 million in March": a zone's reach or a shortfall
            # seen in a month is the same one later narrowed; another year's is another
            # appeal's or budget's
            or (
                (head in _ZONE_HEADS or head in _SHORTFALL_HEADS) and not window.startswith("year:")
            )
        )
    ):
        # "China's population was 1.4126 billion at the end of 2021", "The Dow Jones industrial
        # average closed at 7,726.24 on Monday": a stock of something seen on a day, which the
        # next day's or year's value changes, as a level's; a price keeps a month or year it
        # names ("touched $139 a barrel in March 2022" is a past peak, not the price now)
        window = ""
    if (
        is_level(measure, unit)
        and not (
            window.startswith("year:")
            and (head in _ELECTION_HEADS or set(modifiers) & _ELECTION_HEADS)
        )
        and not (measure == "hospitalised" and window.startswith("week:"))
    ):
        # a level seen on another day is the same quantity, changed: no window of its own;
        # but an election's turnout or share belongs to that year's vote, as its seats do
        # (round 8), so "the 2018 general election" and "the 2024 general election" are two;
        # and patients taken into hospital over a week ("admitted 2,150 patients last week",
        # "in the week to October 4") are that week's admissions, not the patients in hospital
        # on a day, so they keep their week
        window = ""
    resident = head == "people" and bool(lowered) and lowered[-1] in _RESIDENT_WORDS
    if resident and measure and measure not in _AWAY_MEASURES:
        # "Six residents were injured when a tank car exploded" is one group of those the
        # derailment hurt, not the "41 people" it injured in all: residents killed or hurt
        # are counted apart, while people with no other name near their number still join
        # them; residents evacuated are the people evacuated
        head = "resident"
    return Quantity(
        measure, head, tuple(modifiers), unit, scope, demonym, window, hedged, named, resident
    )


#: nouns for the people a measure befell (as quantities read them), which name the measure
#: they are counted by
_MEASURE_PEOPLE = {
    "evacuee": "evacuated",
    "deportee": "deported",
    "dead": "killed",
    "injured": "injured",
    "wounded": "injured",
    "displaced": "displaced",
}

#: verbs of saying or finding before "that" ("Eurostat estimated that ...")
_SAYING_VERBS = frozenset(
    {
        "said", "says", "estimated", "estimates", "reported", "reports", "found", "finds",
        "showed", "shows", "believes", "believed", "calculated", "calculates", "announced",
    }
)  # fmt: skip
#: words of a number's scale that a reader may leave before the noun ("billion appeal")
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "bn", "mn"})
#: prepositions that put a counted noun in a place ("the crowd in Castra")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "across", "throughout", "near", "outside"})
#: pronouns that open a clause with no "that" after the counted noun ("jobs it will cut")
_SUBJECT_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i", "you"})
#: nouns for a stock or an index, whose value is a level ("China's population", "the FTSE 100
#: index", "the asylum backlog"); "average" only with its name ("the Dow Jones industrial
#: average")
_LEVEL_HEADS = frozenset({"population", "index", "backlog"})
#: what a plant, a field or a port puts through in a day, measured in tonnes or barrels
_FLOW_HEADS = frozenset({"output", "production", "throughput"})
#: a zone drawn round a danger, whose reach authorities widen or shrink as it grows or eases:
#: "set an evacuation zone of 5 km around the volcano", then "widened the zone to 8 km" is the
#: zone moved, not a rival of it
_ZONE_HEADS = frozenset({"zone", "radius", "cordon", "perimeter"})
#: a sum still missing or owed, which pledges narrow and borrowing widens: "the funding gap
#: stands at $1.9 billion", months later "has narrowed to $1.6 billion" is the gap now, a level,
#: and so is a country's debt ("stood at $41 billion in June", "has risen to $44 billion") or
#: a central bank's reserves ("stood at 11.8 billion euros at the end of July", "fell to 9.6
#: billion euros by 24 August"): a stock of money seen at a time
_SHORTFALL_HEADS = frozenset({"gap", "shortfall", "debt", "reserve"})
#: commodities and currencies whose sum of money with no measure is their price, a level
#: ("Brent crude fell 1.4% to $72.10 on Monday", "The naira closed at N1,530 to the dollar")
#: what a company's share price is told of: "Harwick's shares closed at 698p", "the stock"
_STOCK_HEADS = frozenset({"share", "stock"})
#: a sum per share is earnings or a dividend, no price: "earnings per share of $1.20"
_PER_WORDS = frozenset({"per", "earnings", "dividend", "dividends"})
_PRICED_HEADS = frozenset(
    {
        "crude",
        "oil",
        "brent",
        "wti",
        "gold",
        "silver",
        "copper",
        "dollar",
        "euro",
        "pound",
        "yen",
        "yuan",
        "rupee",
        "naira",
        "rouble",
        "ruble",
        "rand",
        "lira",
        "peso",
        "shilling",
        "cedi",
        "hryvnia",
    }
)


def _is_level_head(head: str, modifiers: Sequence[str], unit: str) -> bool:
    """A quantity with no measure whose value is a level: a stock or an index counted, a
    commodity's or a currency's price in money, a shortfall of money, or the reach of a zone
    drawn round a danger."""
    if not unit or unit == "points":
        # an index closes at a number whether or not "points" is written after it; a waiting
        # list is as long as it is on the day it is counted
        return (
            head in _LEVEL_HEADS
            or (head == "average" and bool(modifiers))
            or (head == "list" and "waiting" in modifiers)
        )
    if unit in ("km", "km2"):
        return head in _ZONE_HEADS
    if unit in _AMOUNT_UNITS:
        # "Output at the refinery fell to 60,000 barrels a day", "the ministry put output at
        # 40,000 barrels a day": what a plant or a field puts out is a flow, which moves from
        # day to day as a level does and never adds up as a spill's tonnes do
        return head in _FLOW_HEADS
    if head in _STOCK_HEADS and _is_money(unit) and not _PER_WORDS.intersection(modifiers):
        # "Harwick's shares closed at 698p on Wednesday": a company's shares priced in money
        # are its share price, which moves from day to day as a commodity's price does
        return True
    if _CURRENCY_CODE_RE.fullmatch(unit) is None:
        return False
    return head in _PRICED_HEADS or head in _SHORTFALL_HEADS


def _unit(unit_text: str | None) -> str:
    unit = unit_text or ""
    if unit in ("%", "fraction"):
        return "share"
    converted = _UNIT_CONVERSIONS.get(unit.lower())
    return converted[0] if converted else unit


def _unit_offset(unit_text: str | None) -> float:
    return _UNIT_OFFSETS.get((unit_text or "").lower(), 0.0)


def _unit_factor(unit_text: str | None) -> float:
    if unit_text == "fraction":
        return 100.0
    converted = _UNIT_CONVERSIONS.get((unit_text or "").lower())
    return converted[1] if converted else 1.0


def _when(ref: FigureRef) -> date | None:
    return ref.figure.as_of or ref.published


@dataclass(slots=True)  # not frozen: frozen __init__ is several times slower at 100k figures
class _Reading:
    """What the pair decision needs from one figure, computed once per figure, not per pair."""

    id: int
    article_id: int
    when: date | None  # the last day of the span the figure is known to ("1962": 31 Dec 1962)
    low: float  # after tolerance, in the group's unit
    high: float
    point: float  # the number as reported (lower end when there is one)
    floor: float | None  # the reported lower end, if any
    tolerance: float
    cue: str | None
    said: str
    when_text: str
    period: FigurePeriod | None
    window: str  # the window the figure's own text names, even for a level
    published: date | None  # when the article told it, which a window's count may not say
    #: told while the count was still being made ("with 60% of ballots counted")
    provisional: bool = False
    #: the first day of that span ("1962": 1 Jan 1962); ``when`` for a figure known to a day
    since: date | None = None


#: points of slack either side of a share told in words ("a third", "one in five")
_WORDED_SHARE_SLACK = 0.5
#: slack of a figure converted from another unit: a reporter rounds the converted value in its
#: own unit ("35 kilometres" becomes "22 miles", 35.4 km)
_CONVERTED_TOLERANCE = 0.03


_ROUND_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})*,000")


def _round_thousands_slack(figure: Figure) -> float:
    """Relative slack of a count written to the thousand ("74,000"), which a reporter rounded
    from an exact count ("74,211"): half the step, never more than a hundredth of it, so that
    "2,000" and "2,300" still disagree."""
    text = figure.number_text
    if (
        not text.endswith(",000")
        or figure.qualifier != "exact"
        or figure.low is None
        or figure.low < 10_000
        or _ROUND_THOUSANDS_RE.fullmatch(text) is None
    ):
        return 0.0
    whole = text.replace(",", "")
    zeros = len(whole) - len(whole.rstrip("0"))
    return min(0.01, 0.5 * 10.0**zeros / figure.low)


#: most relative slack an approximate round figure ("some 200") is given
_ROUND_APPROXIMATE_SLACK = 0.1


def _round_approximate_slack(figure: Figure) -> float:
    """Relative slack of an approximate count written to the hundred or more ("some 200",
    "about 3,000"): a reporter rounding 180 says "some 200", so the figure holds what rounds
    to it, up to a tenth either side; "about 180" keeps the slack its qualifier gives."""
    value = figure.low
    if (
        figure.qualifier != "approximate"
        or value is None
        or figure.high != value
        or figure.unit
        or value < 100
        or not float(value).is_integer()
        or int(value) % 100
    ):
        return 0.0
    whole = str(int(value))
    zeros = len(whole) - len(whole.rstrip("0"))
    return min(_ROUND_APPROXIMATE_SLACK, 0.5 * 10.0**zeros / value)


#: a price told in whole units of money ("$82 a barrel") below this many units may be rounded
#: from one told with cents
_WHOLE_PRICE_BELOW = 1000
_WHOLE_MONEY_RE = re.compile(r"\D{0,4}\d{1,3}")


def _whole_price_slack(figure: Figure) -> float:
    """Relative slack of a small sum of money written in whole units ("Brent crude rose to $82
    a barrel"): a reporter rounds "$82.10" to it, so it holds what rounds to it, half a unit
    either side; "$82.10" itself and sums with a scale word ("$82 billion") keep their own."""
    value = figure.low
    if (
        figure.qualifier != "exact"
        or value is None
        or figure.high != value
        or not _CURRENCY_CODE_RE.fullmatch(figure.unit or "")
        or not 10 <= value < _WHOLE_PRICE_BELOW
        or _WHOLE_MONEY_RE.fullmatch(figure.number_text.strip()) is None
    ):
        return 0.0
    return 0.5 / value


def _reading(ref: FigureRef, converted: bool = True) -> _Reading:
    """``converted``: the figure is set beside one written in another unit, so its value in
    the group's unit takes a converted value's rounding slack."""
    figure = ref.figure
    factor = _unit_factor(figure.unit)
    offset = _unit_offset(figure.unit)
    tol = max(
        figure.tolerance,
        _round_thousands_slack(figure),
        _round_approximate_slack(figure),
        _whole_price_slack(figure),
    )
    if converted and factor != 1.0 and figure.unit != "fraction":
        tol = max(tol, _CONVERTED_TOLERANCE)
    low = 0.0 if figure.low is None else (figure.low - offset) * factor * (1 - tol)
    high = math.inf if figure.high is None else (figure.high - offset) * factor * (1 + tol)
    if figure.unit == "fraction":
        # "a third of respondents" is what a pollster writes as 33%: a share in words is
        # rounded to the whole point it would be printed as
        low, high = max(0.0, low - _WORDED_SHARE_SLACK), high + _WORDED_SHARE_SLACK
    value = figure.low if figure.low is not None else figure.high
    provisional = (
        figure.change_cue is not None and _PROVISIONAL_RE.search(figure.change_cue) is not None
    )
    cue = figure.change_cue
    if cue is not None and _ANOTHERS_COUNT_RE.search(cue):
        cue = None
    if cue is None and figure.counted:
        # "Corvane's restated annual net profit was €470 million": the noun says the value
        # replaces one told before, as "restated its profit to" would
        revised = _REVISED_NOUN_RE.search(figure.counted)
        cue = revised.group(0) if revised else None
    return _Reading(
        id=ref.id,
        article_id=ref.article_id,
        when=figure.as_of or ref.published,
        since=(
            known_from(figure.as_of, figure.as_of_precision)
            if figure.as_of is not None
            else ref.published
        ),
        low=low,
        high=high,
        point=((value or 0.0) - offset) * factor,
        floor=None if figure.low is None else (figure.low - offset) * factor,
        tolerance=tol,
        cue=None if provisional else cue,
        said=_describe(figure),
        when_text=(
            as_of_words(figure.as_of, figure.as_of_precision)
            if figure.as_of is not None
            else _day_text(ref.published)
        ),
        period=figure.period,
        window=window_of(figure.period, figure.as_of) if figure.period in _WINDOWS else "",
        published=ref.published,
        provisional=provisional,
    )


_QUALIFIER_WORDS = {
    "exact": "",
    "approximate": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "at_most": "at most ",
    "less_than": "fewer than ",
    "range": "",
}


def _describe(figure: Figure) -> str:
    if figure.qualifier == "range":
        said = f"{_num(figure.low)}-{_num(figure.high)}"
    else:
        value = figure.low if figure.low is not None else figure.high
        said = f"{_QUALIFIER_WORDS[figure.qualifier]}{_num(value)}"
        if figure.unit in HOURS_IN and figure.qualifier == "less_than":
            said = f"less than {_num(value)}"
    if figure.unit in HOURS_IN:
        # "3 weeks vs 12 days": a length keeps the unit it was told in, which the other side's
        # may not share
        said = f"{said} {figure.unit}"
    if figure.rate is not None:
        # "about 42,000 per day vs about 40,000 per day": a rate says its stretch, so a reason
        # is not read as two totals
        said = f"{said} per {figure.rate}"
    return said


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.4g}"


#: how a reason names a report with no date
UNDATED = "undated"

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day_text(day: date | None) -> str:
    """A day as the analyst reads it in a pair's reason: "12 Jan 2025"."""
    if day is None:
        return UNDATED
    return day_words(day)


def _window_text(window: str) -> str:
    """A window key ("day:2025-01-12", "month:2025-01", "week:2025-W03") in words: "12 Jan
    2025", "Jan 2025", "13–19 Jan 2025"."""
    kind, _sep, value = window.partition(":")
    try:
        if kind == "day":
            return _day_text(date.fromisoformat(value))
        if kind == "month":
            year, month = value.split("-")
            return f"{_MONTHS[int(month) - 1]} {year}"
        if kind == "week":
            # as a figure's week is said everywhere: its days, "12–18 Feb 2028"
            year, week = value.split("-W")
            return as_of_words(date.fromisocalendar(int(year), int(week), 7), "week")
        if kind == "quarter":
            year, quarter = value.split("-Q")
            return f"Q{quarter} {year}"
    except ValueError:
        return value
    return value


def _in_order(first: str, second: str, first_is_earlier: bool) -> str:
    """The days of a pair's two reports, in the pair's order, saying in words which report is
    the later one: "as of 12 Jan 2025, then 20 Jan 2025" when the second is, "as of 20 Jan
    2025, later than 12 Jan 2025" when the first is."""
    if first == second:
        later = "the second" if first_is_earlier else "the first"
        return f"both as of {first}, {later} told later"
    if first_is_earlier:
        return f"as of {first}, then {second}"
    return f"as of {first}, later than {second}"


def _side_by_side(first: str, second: str) -> str:
    """The days of a pair's two reports, in the pair's order, neither said to be the later."""
    if first == second:
        return f"both as of {first}"
    if first == UNDATED:
        return f"the first undated, the second as of {second}"
    if second == UNDATED:
        return f"the first as of {first}, the second undated"
    return f"as of {first} and {second}"


#: "closed": a result fixed once its count is over (a ballot's turnout), which only a count
#: still being made before it, or words of revision, let a later report replace
Kind = str  # "running" | "level" | "fixed" | "closed"


def _kind(measure: str, unit: str) -> Kind:
    if measure == ADMITTED:
        return "running"
    if is_level(measure, unit):
        return "level"
    if not measure and unit in _EXTENT_UNITS:
        # "About 2,000 tonnes of fuel oil leaked", then "raised its estimate of the spill to
        # 3,500 tonnes": an extent told with no measure is oil spilled, a slick's spread or
        # coast fouled, which grow as acres burned do; a later, larger report is an update and
        # a smaller one without a word of revision still needs the analyst's eye
        return "running"
    return "running" if measure in RUNNING_TALLIES or measure in _ADDING_UP else "fixed"


#: measures the figure reader keeps as one-off amounts that add up as a run goes on, as a toll
#: does: savers who "withdrew 1.1 billion euros on Monday and Tuesday" and "withdrew 1.9 billion
#: euros in the nine days to 12 March" told of more days took out more, not another amount
_ADDING_UP = frozenset({"withdrawn"})


#: running counts of people moved that are also a level of people still away: "92,000 people
#: remain under evacuation orders" is how many are out now, and falls as orders are lifted;
#: troops sent add up, while "1,500 troops are stationed in Estonia" is how many are there now
_AWAY_MEASURES = frozenset({"evacuated", "displaced", "deployed"})


def _pair_kind(kind: Kind, ra: _Reading, rb: _Reading, measure: str = "") -> Kind:
    """A figure's own words can say more than its measure: "still missing" is a level, "so far"
    a running total."""
    if "current" in (ra.period, rb.period) and (kind != "running" or measure in _AWAY_MEASURES):
        return "level"
    if ra.period == rb.period == "current":
        # "Twenty-one people remained in custody on Monday", then "Nine people remain in
        # custody": those still held now, a level that falls as they are let go, whatever
        # running count ("arrested") the reader gave them
        return "level"
    if kind == "fixed" and "cumulative" in (ra.period, rb.period):
        return "running"
    return kind


def relate(a: FigureRef, b: FigureRef) -> tuple[Relation, str]:
    """Contradiction, update or consistent for two figures of the same quantity, with why."""
    measure = canonical_measure(a.figure.measure) or canonical_measure(b.figure.measure) or ""
    unit = _unit(a.figure.unit or b.figure.unit)
    ra, rb = _reading(a), _reading(b)
    return _relate(ra, rb, _pair_kind(_kind(measure, unit), ra, rb, measure))


_REVISION_RE = re.compile(
    r"\b(?:revised|revision|corrected|correcting|correction|updated|lowered|downgraded"
    r"|upgraded|scaled back"
    r"|restated|restatement|amended|second estimate|third estimate)\b",
    re.IGNORECASE,
)
#: a word in the counted noun by which the figure is a revised one ("Corvane's restated annual
#: net profit", "the revised estimate"): the same quantity, told again with a word of revision
_REVISED_NOUN_RE = re.compile(r"\b(?:restated|revised|corrected|amended)\b", re.IGNORECASE)
#: words by which a later, lower count says the earlier one was revised or has since fallen
_LOWERED_RE = re.compile(
    rf"{_REVISION_RE.pattern}|\b(?:correct(?:s|ed|ing|ion)|fell|fallen|falls|dropped|drops"
    r"|declined|decreased|reduced|lowered|eased|shrank|shrunk|down)\b",
    re.IGNORECASE,
)
#: a count still being made when it was told ("with 60% of ballots counted", "partial
#: results"): a later, final report of another value replaces it
_PROVISIONAL_RE = re.compile(
    r"\b(?:counted|reporting|tallied|processed|partial|preliminary|provisional|early"
    r"|incomplete)\b",
    re.IGNORECASE,
)


#: a cue that sets the number beside another teller's count ("seven more than the company
#: said", "not 41 as the operator said"): a rival's comparison, no word that the count moved;
#: the teller's own earlier count ("six more than it first said", "eight more than they
#: reported on Sunday") is a revision, and keeps its cue
_ANOTHERS_COUNT_RE = re.compile(
    r"\b(?:than|as)\s+(?!(?:it|they|we|he|she|its|their|his|her|earlier|first|initially|"
    r"originally|previously|before)\b)(?:the|a|an)\s+[A-Za-z' -]{1,40}?\s(?:first\s+|had\s+"
    r"|initially\s+|earlier\s+|originally\s+)?(?:said|says|reported|claimed|counted|gave)\b",
    re.IGNORECASE,
)


def _round_step(value: float) -> float:
    """The step a round number is told to: 10 for 50 or 180, 10,000 for 260,000; 0 for a
    number that is not round ("more than 57")."""
    if value <= 0 or value != int(value) or int(value) % 10:
        return 0.0
    step = 10
    while int(value) % (step * 10) == 0:
        step *= 10
    return float(step)


def _relate(ra: _Reading, rb: _Reading, kind: Kind) -> tuple[Relation, str]:
    e, lt = ra, rb
    undated = ra.when is None or rb.when is None
    if not undated and (
        (rb.when is not None and ra.when is not None and rb.when < ra.when)
        or (ra.when == rb.when and ra.cue and not rb.cue)
    ):
        e, lt = rb, ra
    # a figure known to a span ("as of 2024", "in May") is later than another only when its
    # span starts after the other's ends: "as of 2024" is not later than "3 March 2024"
    dated_apart = (
        e.when is not None
        and lt.when is not None
        and lt.when > e.when
        and (lt.since or lt.when) > e.when
    )
    # a report with no date cannot be put before or after another: "has risen to" says it is
    # later than some earlier count, not than this one
    cue = None if undated else lt.cue
    if e.window and e.window == lt.window and kind == "running" and e.window.startswith("day:"):
        # one day's event (an ambush, a bombing): its toll still grows as the wounded die and
        # the missing are found, so a later article's higher count, or one that says it has
        # risen, is news about that day rather than a second opinion of it
        if (
            e.published is not None
            and lt.published is not None
            and (lt.published < e.published or (lt.published == e.published and e.cue))
        ):
            e, lt = lt, e
        dated_apart = (
            e.published is not None and lt.published is not None and lt.published > e.published
        )
        cue = None if undated else lt.cue
    elif e.window and e.window == lt.window:
        # both name the same day or month: "eased to 71.6% in June" tells how June compares
        # with May, not that one report revised the other, so their values must agree, unless
        # the later report says it revises that window's value ("April's jobs, revised down")
        cue = cue if cue is not None and _REVISION_RE.search(cue) else None
        if (
            cue is not None
            and lt.published is not None
            and e.published is not None
            and lt.published < e.published
        ):
            # a revision told before the other report came out revised the teller's own
            # earlier count, not that one ("police revised their estimate to 48,000" on Sunday;
            # an independent count of 61,000 published on Monday is a rival)
            cue = None
        dated_apart = False
    if (
        not dated_apart
        and e.when is not None
        and e.when == lt.when
        and (e.cue or (e.published is not None and e.published == lt.published))
        and cue
        and not _REVISION_RE.search(f"{e.cue or ''} {cue}")
    ):
        # "Total trade reached 286.5 billion" and another source's "reached 281 billion" as of
        # the same day: when both tell how the value came about, neither says it replaced the
        # other, so the two are rival reports of one value; nor does "the toll rose to 45 on
        # Saturday" replace another outlet's "has killed 28", told that Saturday too
        cue = None
    if kind == "closed" and (
        (lt.provisional and _told_later(e, lt, any_day=True))
        or (e.provisional and _told_later(lt, e, any_day=True))
    ):
        # the report told later was told while the count was still being made, so the
        # earlier one was too: two readings of a count that is not over yet
        kind = "level"
    if kind == "closed" and cue is not None and not _REVISION_RE.search(cue):
        # "Turnout in Sunday's referendum reached 61.4%" two days after another outlet's
        # 58.2%: a verb of reaching tells how the count came out, not that it moved since
        cue = None
    grows = kind == "running"
    level = kind == "level"
    if (
        not grows
        and not dated_apart
        and e.when is not None
        and e.when == lt.when
        and cue is not None
        and not _REVISION_RE.search(cue)
    ):
        # "temperatures reached 46.8C on Sunday" against another outlet's 44.1C for the same
        # day: a verb of reaching says how the value came about, not that it replaces the other
        cue = None
    # values and dates in the pair's own order, the arrow pointing to the later report
    said = f"{ra.said} vs {rb.said}"
    dates = _in_order(ra.when_text, rb.when_text, e is ra)
    provisional = e.provisional and not lt.provisional and (dated_apart or _told_later(e, lt))
    if not provisional and lt.provisional and not e.provisional and _told_later(lt, e):
        # "With 70% of ballots counted, turnout stood at 57.9%" on election night, and "Final
        # figures put turnout in Sunday's referendum at 61.4%" the next day: both are as of the
        # polling day, and the one told first, while the count went on, is the one replaced
        e, lt, provisional = lt, e, True
        dates = _in_order(ra.when_text, rb.when_text, e is ra)
    if kind == "closed" and not provisional:
        for first, then in ((e, lt), (lt, e)):
            if (
                _told_on_polling_day(first)
                and not _told_on_polling_day(then)
                and first.published is not None
                and then.published is not None
                and then.published > first.published
            ):
                # "Turnout was 28% at midday" on the day of the vote, and "Turnout was 63%"
                # the next day: a turnout told as that very day's reading was told while the
                # polls were open or the count went on, so a later day's report replaces it
                e, lt, provisional = first, then, True
                dates = _in_order(ra.when_text, rb.when_text, e is ra)
                break
    if e.low <= lt.high and lt.low <= e.high:
        # two open-ended reports ("more than 5,000", later "more than 17,000") always overlap;
        # a higher floor in a later report of a growing count is still news
        if (
            (dated_apart or cue)
            and (grows or level or cue)
            and math.isinf(e.high)
            and lt.floor is not None
            and lt.low > e.low
            and lt.point > e.point * (1 + e.tolerance)
        ):
            return (
                "update",
                f"later report, the count's floor rose: {said} ({dates})",
            )
        if (
            (dated_apart or cue)
            and level
            and math.isinf(lt.high)
            and not math.isinf(e.high)
            and lt.floor is not None
            and lt.point + _round_step(lt.point) < e.low
        ):
            # "about 259 remain in captivity", a week later "at least 180 are still held": a
            # level falls, and a later teller's own count below the earlier one says it did
            # (two floors, "more than 300,000" then "more than 260,000", say nothing of it);
            # a round floor within a step of the earlier count ("About 60 patients remain",
            # the next day "More than 50 are still in hospital") is as likely the same level
            return (
                "update",
                f"later report, the level fell: {said} ({dates})",
            )
        return "consistent", f"ranges overlap: {said}"
    rising = lt.low > e.high
    if provisional:
        return (
            "update",
            f"a count still being made, then a later one: {said} ({dates})",
        )
    if dated_apart or cue:
        if level:
            change = "rose" if rising else "fell"
            return (
                "update",
                f"later report, the level {change}: {said} ({dates})",
            )
        if rising and (grows or cue):
            why = f"'{cue}'" if cue else "a count that only grows"
            return ("update", f"later report, the count rose: {said} ({dates}, {why})")
        if not rising and cue and (not grows or _LOWERED_RE.search(cue)):
            # a later, lower report of a count that only grows ("the fire has now burned
            # 5,400 hectares" after a satellite's 6,100) revises it only when it says so
            # ("revised down to 5,400", "correcting", "had fallen to"); "now" or "its final
            # estimate" tell a rival count
            return (
                "update",
                f"later report revises the count: {said} ({dates}, '{cue}')",
            )
        if not rising and grows:
            # no days here: the pair's two sides show theirs beside it, and this reason is
            # already the longest a pair is given (at 1280x800 a second line cost the
            # Conflicts tab half a row of its groups list)
            return "contradiction", f"later report is lower though the count only grows: {said}"
    if undated and (grows or level):
        # a count that moves, one report of it with no date: which was told first, and so
        # whether one replaced the other, is unknown; the analyst weighs the pair as two claims
        # and is told what would settle it
        return (
            "contradiction",
            f"ranges cannot both hold, and an undated report cannot be ordered: {said} "
            f"({_side_by_side(ra.when_text, rb.when_text)}); the undated article's publication "
            f"date would tell whether one report replaced the other",
        )
    # a fixed count (seats won, a fine imposed) is one value whenever it is told, so a missing
    # date changes nothing
    return (
        "contradiction",
        f"ranges cannot both hold: {said} ({_side_by_side(ra.when_text, rb.when_text)})",
    )


def _told_on_polling_day(reading: _Reading) -> bool:
    """A ballot's figure told as the reading of the day it was published ("Turnout was 28% at
    midday", "By 4pm, turnout had reached 41%"): told while the polls were open or the count
    went on, not once the ballot was closed (a report a day or more later, "Turnout in
    Sunday's referendum was 61.4%", is told of a closed one)."""
    return (
        reading.published is not None
        and reading.when == reading.published
        and (reading.period in ("day", "cumulative") or reading.cue is not None)
    )


def _told_later(first: _Reading, then: _Reading, any_day: bool = False) -> bool:
    """``then`` was published after ``first``, both as of one day (or, with ``any_day``, as
    of any days): a later article's count of that day, which may replace one told while the
    count was still being made."""
    return (
        first.when is not None
        and (any_day or first.when == then.when)
        and first.published is not None
        and then.published is not None
        and then.published > first.published
    )


def compare(
    figures: Sequence[FigureRef],
    links: Mapping[int, str] | None = None,
    unlinked: Collection[int] = (),
    about: Mapping[int, str] | None = None,
    around: context.Around | None = None,
) -> ConflictReport:
    """Group figures about the same quantity across articles and relate each cross-article pair.

    ``links`` forces a figure (by id) into the group with the given key; ``unlinked`` takes
    figures out of grouping altogether. Group keys come from the content alone, so re-running
    on the same figures gives the same keys and the analyst's decisions stay attached.
    ``about`` gives an article (by id) its title and text, by which stories that run in the
    same weeks are told apart (see ``_stories``); without it they are told apart by their
    days and the names their figures give. ``around`` looks up the text around figures by
    their ids, for the context tier to read a figure's clause beyond its article's opening
    (see ``_context.pairs``); without it only the openings ``about`` gives are read.
    """
    links = links or {}
    excluded = set(unlinked)
    forced: dict[str, list[FigureRef]] = defaultdict(list)
    free: list[FigureRef] = []
    for ref in figures:
        if ref.id in excluded or ref.figure.denied:
            # a number the text denies is nobody's claim; an analyst can still link it by hand
            if ref.id in links and ref.id not in excluded:
                forced[links[ref.id]].append(ref)
            continue
        if ref.id in links:
            forced[links[ref.id]].append(ref)
            continue
        free.append(ref)
    grouped: dict[str, list[FigureRef]] = defaultdict(list)
    quantities: dict[str, Quantity] = {}
    stories: list[list[FigureRef]] = []
    # the running totals dated by their event's day that are compared as of their telling
    as_told: set[int] = set()
    # a toll's group told with the story's place beside its group told without (tentative)
    placed_links: list[tuple[list[FigureRef], list[FigureRef], Quantity, str]] = []
    # a count of two deeds told as one ("cancelled or diverted") beside a count of one of them
    union_links: list[tuple[list[FigureRef], list[FigureRef], Quantity, Quantity]] = []
    # a project that holds several stories (a quake in March, a shipwreck in September) groups
    # each story's figures apart: two counts are one quantity only if they are of one event
    for start, story in _stories(free, about):
        stories.append(story)
        story_grouped, story_quantities = _grouped(story, as_told)
        _join_running_groups(story_grouped, story_quantities, as_told)
        placed_links.extend(_placed_beside_bare(story_grouped, story_quantities))
        union_links.extend(_unions_beside_parts(story_grouped, story_quantities))
        for key, refs in story_grouped.items():
            # the first story keeps the content's key, so that a project of one story keeps
            # the keys its decisions hang on; a later story's like quantity is marked by its
            # first day
            named = key if key not in grouped else f"{key}{STORY_MARK}{start}"
            grouped[named].extend(refs)
            quantities[named] = story_quantities[key]
    for key, refs in forced.items():
        grouped[key].extend(refs)

    revisions = _named_revisions(figures)
    corrections = _corrections_from_to(figures)
    wholes_told = _wholes_told(figures)
    report = ConflictReport()
    for key in sorted(grouped):
        refs = grouped[key]
        if len({r.article_id for r in refs}) < 2:
            continue
        refs.sort(key=lambda r: (_when(r) or date.min, r.id))
        q = quantities.get(key)
        shape = GroupShape.of(q) if q is not None else GroupShape.from_key(key)
        pairs = _pairs(
            key,
            refs,
            shape,
            linked=key in forced,
            revisions=revisions,
            as_told=as_told,
            corrections=corrections,
            wholes_told=wholes_told,
        )
        if not pairs and key not in forced:
            # every two of its reports lie too far apart to be one quantity: no group to show
            continue
        label = key if q is None else group_label(q, [r.figure for r in refs])
        report.groups.append(FigureGroup(key, label, sorted(r.id for r in refs)))
        report.pairs.extend(pairs)
    # two figures of one story that no group holds together, told so alike that they are
    # possibly one quantity ("At least six people were killed", "the death toll rose to
    # nine"): paired, marked tentative, so the analyst is told rather than left unaware
    shown_count = sum(len(g.figure_ids) for g in report.groups)
    if shown_count < sum(len(story) for story in stories) + sum(map(len, forced.values())):
        shown = {i for g in report.groups for i in g.figure_ids}
        stories = [story for story in stories if any(r.id not in shown for r in story)]
    else:
        stories = []  # every figure is in a group shown: nothing is left to pair
    if stories:
        # looked up only where a story has a figure left in no group: a project whose figures
        # all joined groups spends nothing more
        group_of = {i: g.key for g in report.groups for i in g.figure_ids}
        quantity_of_figure = {
            r.id: quantities[key]
            for key, refs in grouped.items()
            if key in quantities
            for r in refs
        }
        for story in stories:
            report.pairs.extend(
                _tentative_pairs(story, quantity_of_figure, group_of, as_told, about, around)
            )
    if placed_links:
        # a toll's group told with the story's place beside its group told without: a pair
        # the likeness pass made already is not made twice
        paired = {frozenset((p.a, p.b)) for p in report.pairs}
        for placed, bare, q, place in placed_links:
            for pair in _placed_pairs(placed, bare, q, place, revisions, corrections, as_told):
                if frozenset((pair.a, pair.b)) not in paired:
                    paired.add(frozenset((pair.a, pair.b)))
                    report.pairs.append(pair)
    if union_links:
        paired = {frozenset((p.a, p.b)) for p in report.pairs}
        for union, part, qu, qp in union_links:
            for pair in _union_pairs(union, part, qu, qp, revisions, corrections, as_told):
                if frozenset((pair.a, pair.b)) not in paired:
                    paired.add(frozenset((pair.a, pair.b)))
                    report.pairs.append(pair)
    return report


def _grouped(
    figures: Sequence[FigureRef], as_told: set[int] | None = None
) -> tuple[dict[str, list[FigureRef]], dict[str, Quantity]]:
    """One story's figures by the key of the quantity each reports; the ids of the running
    totals it reads as of their telling (``_totals_as_told``) are added to ``as_told``."""
    by_quantity: dict[Quantity, list[FigureRef]] = defaultdict(list)
    undated: list[tuple[Quantity, FigureRef]] = []
    # each figure's quantity, read once for the passes below
    read = {ref.id: quantity_of(ref.figure) for ref in figures}
    tolls = _tolls_told_later(figures, read)
    totals = _totals_as_told(figures, read)
    if as_told is not None:
        as_told.update(totals)
    for ref in figures:
        q = read[ref.id]
        if q is None or _says_too_little(q, ref.figure):
            continue
        if ref.id in totals:
            # "Four people were killed when the dam gave way on Thursday", told on Friday: the
            # event's day is no window of the total; its pairs are read as of their telling
            q = replace(q, window="")
        elif ref.id in tolls:
            # "The death toll from Thursday's crash rose to 27 on Friday": the day is the
            # event's, the toll the running count as its article tells it
            ref = _told_on_its_day(ref)
            ref = replace(ref, figure=replace(ref.figure, period="cumulative"))
            q = replace(q, window="")
        if is_level(q.measure, q.unit) and not q.window and _level_of_past_year(ref):
            by_quantity[replace(q, window=window_of("year", ref.figure.as_of))].append(ref)
        elif ref.figure.period is None and not q.window:
            past = _past_year(q, ref)
            if past:
                by_quantity[replace(q, window=past)].append(ref)
            else:
                undated.append((q, ref))
        else:
            by_quantity[q].append(ref)
    # "fired about 330 drones" beside another outlet's "more than 300 drones overnight": a count
    # that names no window joins the same quantity's count for its own day, where there is one
    days: dict[Quantity, dict[str, tuple[float, float]]] = defaultdict(dict)
    for q, refs in by_quantity.items():
        if q.window.startswith("day:"):
            spans = days[replace(q, window="", named=True)]
            low, high = _span(refs)
            if q.window in spans:
                low, high = min(low, spans[q.window][0]), max(high, spans[q.window][1])
            spans[q.window] = (low, high)
    # "Thirty-six people were killed when a bus plunged into a gorge" beside "left 36 dead" in
    # Doda on Wednesday: a count with no place may be the one place's count the day is told of
    placed_days: dict[Quantity, list[Quantity]] = defaultdict(list)
    for base in days:
        if base.scope:
            placed_days[replace(base, scope="")].append(base)
    for q, ref in undated:
        # a toll with no noun and "people killed" are one quantity here, as their keys are
        base = replace(q, named=True)
        placed = False
        if base not in days and not q.scope and len(placed_days.get(base, ())) == 1:
            base, placed = placed_days[base][0], True
        if base in days:
            day = _event_day(q, days[base], ref)
            # a place's count far from this one is its part, not this count told with its
            # place: this one stays the running count it reads as
            if (
                day
                and not (placed and not _near(q, _span([ref]), days[base][day], always=True))
                and not _told_otherwise(
                    ref,
                    by_quantity.get(replace(q, window=day), [])
                    + by_quantity.get(replace(base, window=day), []),
                )
            ):
                by_quantity[replace(q, window=day)].append(ref)
                continue
        by_quantity[q].append(ref)
    _join_event_day(by_quantity, days)
    _join_revised_day(by_quantity)
    _join_voyage_day(by_quantity)
    _join_opposite_changes(by_quantity)
    _join_week_sums(by_quantity)
    _join_month_share_day(by_quantity)

    grouped: dict[str, list[FigureRef]] = defaultdict(list)
    quantities: dict[str, Quantity] = {}
    for q, target in _merge_less_specific(by_quantity, _parts(by_quantity)).items():
        if target is q and not q.head and not q.named:
            # a bare measurement that joined no named one says too little on its own
            continue
        refs = by_quantity[q]
        if target is not q and not q.scope and _names_round(target.scope):
            # the first round's turnout told with no round beside the runoff's, two weeks on:
            # each joins the named round only if told of a day near it
            apart = [r for r in refs if _days_apart([r], by_quantity[target])]
            if apart:
                grouped[q.key].extend(apart)
                quantities[q.key] = q
                refs = [r for r in refs if r not in apart]
        grouped[target.key].extend(refs)
        quantities[target.key] = target
    return grouped, quantities


#: two groups of one running toll told on several days lie within this ratio of each other: a
#: toll grows from its first report (84 dead the day of a quake, 212 two days on) further than
#: two rival counts of one day differ, and no further than a part (a day's deaths, a place's)
#: may lie below the whole
_RUNNING_JOIN_RATIO = 2.0


#: what the groups of one running toll share (``_running_join_key``)
_TollKey = tuple[str, tuple[str, ...], bool, bool, bool]


def _running_join_key(q: Quantity) -> _TollKey:
    """What two groups of one story must share to be one running toll: the measure (its kin,
    "forced from their homes" beside "evacuated", may be another count told the same day),
    the population's modifiers, whether it is a nation's people or the residents, a
    projection or not."""
    return (q.measure, q.modifiers, q.demonym, q.resident, q.hedged)


def _lone_days(
    grouped: Mapping[str, list[FigureRef]], quantities: Mapping[str, Quantity]
) -> set[str]:
    """The keys of a measure's day groups that only tell again a number some other group of
    the measure already holds ("inquests opened on Thursday into the deaths of the nine people
    who died in the fire" beside "Nine people died in the fire on Monday"): the day is the
    telling's, not another day's count, so it does not make the measure one told day by day."""
    values: dict[_TollKey, Counter[float]] = defaultdict(Counter)
    for key, refs in grouped.items():
        q = quantities.get(key)
        if q is None:
            continue
        for ref in refs:
            if ref.figure.low is not None:
                values[_running_join_key(q)][ref.figure.low] += 1
    lone: set[str] = set()
    for key, refs in grouped.items():
        q = quantities.get(key)
        if q is None or not q.window.startswith("day:"):
            continue
        told = values[_running_join_key(q)]
        own = Counter(r.figure.low for r in refs if r.figure.low is not None)
        if own and all(told[v] > n for v, n in own.items()):
            lone.add(key)
    return lone


def _join_running_groups(
    grouped: dict[str, list[FigureRef]], quantities: dict[str, Quantity], as_told: set[int]
) -> None:
    """Joins the groups of one story that report one running toll: the key splits a toll's
    reports where one outlet's words date it to its event's day ("Seven people were killed in
    a fire ... early on Monday", told on Tuesday) and another's do not ("Four people have
    died", told on Monday; "Nine people are now known to have died", Wednesday), where one names
    the place and another does not ("Cholera has killed 14 people in the Dessa Ridge camp",
    "23 people had died of cholera"), or where one names the people and the other only the
    toll. Two groups are one toll when their measures are of one family (killed and died),
    their populations one set (the same noun or its kin, or no noun on one side; never a part
    such as the children among the dead), their places one or named on one side only, and
    their numbers lie within ``_RUNNING_JOIN_RATIO`` of each other. A day's group joins only
    where its words do not limit it to the day ("on Monday alone", "overnight", "312 new
    cases") and where the story dates the measure to that one day (a war's daily tolls stay
    each its day's): a toll told on a day is the count as of that day, so its figures are read
    as of their telling, and Thursday's "Nine people died in Monday's fire" is a later report
    than Tuesday's seven. Each joined group holds at most one place and one day; the groups
    are joined into the one with the most figures (ties: the most specific), so that a
    group's key, and the decisions on it, stay where most of its figures were."""
    running = [
        key
        for key, q in quantities.items()
        if key in grouped
        and q.measure in RUNNING_TALLIES
        and not q.unit
        and not q.hedged
        # "The outbreak is killing about 20 people a day": a rate is how often, never a
        # running toll's count so far
        and not q.rate
        and (not q.window or q.window.startswith("day:"))
        and not any(r.figure.period == "current" for r in grouped[key])
    ]
    if len(running) < 2:
        return
    lone = _lone_days(grouped, quantities)
    days: dict[_TollKey, set[str]] = defaultdict(set)
    for key in running:
        q = quantities[key]
        if q.window and key not in lone:
            days[_running_join_key(q)].add(q.window)
    spans = {key: _span(grouped[key]) for key in running}

    # when each group's reports were told (None where an article has no date)
    told_on = {key: {r.published for r in grouped[key] if r.published} for key in running}
    undated = {key for key in running if any(r.published is None for r in grouped[key])}
    day_only = {key: any(_day_only(r.figure) for r in grouped[key]) for key in running}

    def day_joins(key: str, other: str) -> bool:
        q = quantities[key]
        if not q.window:
            return True
        dated = days[_running_join_key(q)]
        if q.window in dated and len(dated) > 1:
            return False  # a measure told day by day: each day's count is its day's
        day = date.fromisoformat(q.window.removeprefix("day:"))
        mine, theirs = told_on[key], told_on[other]
        return (
            not day_only[key]
            and key not in undated
            and other not in undated
            and min(mine | theirs) >= day
            # a day's count told only on that day may be the day's own ("Militants freed 12
            # hostages on Sunday"); told of the day after it, it is the event's toll so far
            and max(mine) > day
            # a total told the same day as the day's count ("killed 38 people across Gaza on
            # Monday", "38 killed since the truce began") may be another quantity beside it, or
            # the toll grown that day; the toll's reports of other days are the same toll,
            # earlier or later
            and not mine & theirs
        )

    named = {key: any(r.figure.counted for r in grouped[key]) for key in running}
    # the people most reports of each toll name ("Five skiers were killed"), where one group
    # holds more of its figures than any other: those "people" with no other name stand for
    # (``_toll_people``)
    tallies: dict[_TollKey, Counter[str]] = defaultdict(Counter)
    for key in running:
        q = quantities[key]
        if named[key] and q.head != "people" and q.head not in _PART_HEADS:
            tallies[_running_join_key(q)][q.head] += len(grouped[key])
    main: dict[_TollKey, str] = {}
    for join_key, counts in tallies.items():
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            main[join_key] = ranked[0][0]
    scopes = {key: _story_place(quantities[key].scope) for key in running}

    def alike(ka: str, kb: str) -> bool:
        qa, qb = quantities[ka], quantities[kb]
        if _running_join_key(qa) != _running_join_key(qb):
            return False
        if qa.window and qb.window:
            return False  # two days' counts, or one day's told twice: the key already joins
        # one noun (kin by likeness, "travellers" and "passengers", are left to the
        # likeness pass, which says it is not sure)
        if qa.head != qb.head and not _one_population(qa, named[ka], qb, named[kb], main):
            return False
        if (qa.head in _PART_HEADS or qb.head in _PART_HEADS) and qa.head != qb.head:
            return False
        # one place, or none: a place told on one side only may name a part of the other's
        # whole ("In Croatia, the floods have killed nine people"), which the likeness pass
        # weighs and says it is not sure of
        if scopes[ka] != scopes[kb]:
            return False
        if not (day_joins(ka, kb) and day_joins(kb, ka)):
            return False
        (la, ha), (lb, hb) = spans[ka], spans[kb]
        return la <= hb * _RUNNING_JOIN_RATIO and lb <= ha * _RUNNING_JOIN_RATIO

    # the most figures first, so that each joined group keeps the key most of them had; only
    # groups of one measure and population's kind are weighed against each other
    order = sorted(running, key=lambda k: (-len(grouped[k]), -quantities[k].specificity, k))
    buckets: dict[_TollKey, list[str]] = defaultdict(list)
    for key in order:
        buckets[_running_join_key(quantities[key])].append(key)
    members: dict[str, list[str]] = {}
    joined: set[str] = set()
    for bucket in buckets.values():
        for key in bucket:
            if key in joined:
                continue
            component = [key]
            joined.add(key)
            for other in bucket:
                if other in joined or not all(alike(k, other) for k in component):
                    continue
                component.append(other)
                joined.add(other)
            if len(component) > 1:
                members[key] = component
    for target, component in members.items():
        for key in component:
            if quantities[key].window:
                # the day's counts are read as of their telling beside the toll's other
                # reports (``_as_told``)
                as_told.update(r.id for r in grouped[key])
        for key in component[1:]:
            grouped[target].extend(grouped.pop(key))
            del quantities[key]


def _placed_beside_bare(
    grouped: Mapping[str, list[FigureRef]], quantities: Mapping[str, Quantity]
) -> list[tuple[list[FigureRef], list[FigureRef], Quantity, str]]:
    """The groups of one toll kept apart only because one tells the story's place and the
    other none ("Cholera has killed 14 people", Friday; "23 people had died of cholera in the
    Dessa Ridge camp", the next week): a place told on one side only may name a part of the
    other's whole, so the two are joined only as possibly one (``_placed_pairs``). The place
    must be the only place the toll's groups name, told by more than one article; the
    groups count one noun, undated by a window, their numbers within twice each other."""
    tolls: dict[_TollKey, list[str]] = defaultdict(list)
    for key, q in quantities.items():
        refs = grouped.get(key)
        if (
            refs
            and q.measure in RUNNING_TALLIES
            and not q.unit
            and not q.hedged
            and not q.window
            and q.scope not in _SIDE_SCOPES
            and all(r.figure.period != "current" for r in refs)
            and any(r.figure.counted for r in refs)
        ):
            tolls[_running_join_key(q)].append(key)
    links: list[tuple[list[FigureRef], list[FigureRef], Quantity, str]] = []
    for keys in tolls.values():
        places = {_story_place(quantities[k].scope) for k in keys} - {""}
        if len(places) != 1:
            continue
        place = next(iter(places))
        for placed in keys:
            if _story_place(quantities[placed].scope) != place:
                continue
            if len({r.article_id for r in grouped[placed]}) < 2:
                continue
            for bare in keys:
                if _story_place(quantities[bare].scope) or (
                    quantities[bare].head != quantities[placed].head
                ):
                    continue
                (la, ha), (lb, hb) = _span(grouped[placed]), _span(grouped[bare])
                if la <= hb * _RUNNING_JOIN_RATIO and lb <= ha * _RUNNING_JOIN_RATIO:
                    links.append((grouped[placed], grouped[bare], quantities[placed], place))
    return links


def _placed_pairs(
    placed: Sequence[FigureRef],
    bare: Sequence[FigureRef],
    q: Quantity,
    place: str,
    revisions: Mapping[int, tuple[float, ...]],
    corrections: Sequence[_Correction],
    as_told: Collection[int],
) -> list[FigurePair]:
    """The tentative pairs of a toll's group told with the story's place and its group told
    without (``_placed_beside_bare``): a report with the place told later than one without
    (within ``TENTATIVE_DAYS``), and no lower, is no part of it, and is possibly the same toll
    told again; of the reports without the place, each article's latest before it. Judged as
    a group's pair is."""
    latest: dict[tuple[int, int], FigureRef] = {}
    for p in placed:
        for b in bare:
            if (
                p.article_id == b.article_id
                or p.published is None
                or b.published is None
                or b.published >= p.published
                or (p.published - b.published).days > TENTATIVE_DAYS
                or (p.figure.low or 0.0) < (b.figure.high or b.figure.low or 0.0)
            ):
                continue
            slot = (p.id, b.article_id)
            if slot not in latest or (latest[slot].published or date.min) < b.published:
                latest[slot] = b
    if not latest:
        return []
    refs = sorted(
        {r.id: r for r in [*placed, *bare]}.values(), key=lambda r: (_when(r) or date.min, r.id)
    )
    wanted = {frozenset((p_id, b.id)) for (p_id, _), b in latest.items()}
    pairs = _pairs(
        "", refs, GroupShape.of(q), revisions=revisions, as_told=as_told, corrections=corrections
    )
    measure = q.measure
    return [
        FigurePair(
            p.a,
            p.b,
            p.relation,
            f"{TENTATIVE_REASON}both {measure}, in {place} (told on one side); {p.reason}",
            "",
            tentative=True,
        )
        for p in pairs
        if frozenset((p.a, p.b)) in wanted
    ]


def _unions_beside_parts(
    grouped: Mapping[str, list[FigureRef]], quantities: Mapping[str, Quantity]
) -> list[tuple[list[FigureRef], list[FigureRef], Quantity, Quantity]]:
    """The groups of one story that count two deeds told as one ("312 flights were cancelled
    or diverted") beside a group of the same things, place and window that counts one of the
    two deeds ("Airlines cancelled 260 flights"): never one quantity (the whole of both is no
    rival of its part), but the part is still news of the whole (``_union_pairs``). A window
    told on one side only (a day's cancellations beside those "so far") is no other window;
    a kind of the things counted is a part too ("40 departures have been cancelled" beside
    the flights cancelled or diverted, ``likeness.KIND_KIN``)."""
    by_rest: dict[Quantity, list[str]] = defaultdict(list)
    for key, q in quantities.items():
        if grouped.get(key) and not q.hedged:
            by_rest[replace(q, measure="", window="", head=likeness.kind_whole(q.head))].append(key)
    links: list[tuple[list[FigureRef], list[FigureRef], Quantity, Quantity]] = []
    for keys in by_rest.values():
        for whole in keys:
            qu = quantities[whole]
            deeds = qu.measure.split(" or ")
            if len(deeds) != 2:
                continue
            for part in keys:
                qp = quantities[part]
                if (
                    qp.measure in deeds
                    and qp.head
                    in (qu.head, *(k for k, v in likeness.KIND_KIN.items() if v == qu.head))
                    and not (qp.window and qu.window and qp.window != qu.window)
                ):
                    links.append((grouped[whole], grouped[part], qu, qp))
    return links


def _union_pairs(
    union: Sequence[FigureRef],
    part: Sequence[FigureRef],
    qu: Quantity,
    qp: Quantity,
    revisions: Mapping[int, tuple[float, ...]],
    corrections: Sequence[_Correction],
    as_told: Collection[int],
) -> list[FigurePair]:
    """The pairs of a count of two deeds and a count of one of them (``_unions_beside_parts``),
    judged as one count's reports are, but a part no larger than the whole, told on the
    whole's day or after it, is only its part: no pair ("Airlines cancelled 260 flights", told
    the day after "312 flights were cancelled or diverted"). Kept: the part told before the
    whole (the count of one deed that grew into the count of both: an update when lower, a
    contradiction when higher, the whole holding every one of the part) and a part higher
    than the whole told before it or on its day."""
    refs = sorted(
        {r.id: r for r in [*union, *part]}.values(), key=lambda r: (_when(r) or date.min, r.id)
    )
    by_id = {r.id: r for r in refs}
    wholes = {r.id for r in union}
    pairs = _pairs(
        "", refs, GroupShape.of(qp), revisions=revisions, as_told=as_told, corrections=corrections
    )
    out: list[FigurePair] = []
    for p in pairs:
        if (p.a in wholes) == (p.b in wholes):
            continue
        whole, one = (by_id[p.a], by_id[p.b]) if p.a in wholes else (by_id[p.b], by_id[p.a])
        told_one = one.published or _when(one) or date.min
        told_whole = whole.published or _when(whole) or date.min
        most = whole.figure.high if whole.figure.high is not None else whole.figure.low
        if told_one >= told_whole and (one.figure.low or 0.0) <= (most or 0.0):
            continue
        out.append(
            FigurePair(
                p.a,
                p.b,
                p.relation,
                f"{TENTATIVE_REASON}{qp.measure}, a part of {qu.measure}; {p.reason}",
                "",
                tentative=True,
            )
        )
    return out


def _one_population(
    qa: Quantity, named_a: bool, qb: Quantity, named_b: bool, main: Mapping[_TollKey, str]
) -> bool:
    """Two groups of a toll whose nouns differ count one population: a toll with no noun
    ("the death toll rose to 42") beside people with no other name or the people most of the
    toll's reports name, or people with no other name beside those (``_toll_people``). Where
    two populations compete (40 miners and 2 guards killed), a toll with no noun is neither."""
    if named_a and named_b:
        return _toll_people(qa, qb, main)
    if not named_a and not named_b:
        return True
    other = qb if named_b else qa
    return other.head == "people" or main.get(_running_join_key(other)) == other.head


def _toll_people(qa: Quantity, qb: Quantity, main: Mapping[_TollKey, str]) -> bool:
    """One side counts people with no other name, the other the people most reports of the
    toll name ("five people were killed", "Five skiers were killed"): one toll."""
    for plain, other in ((qa, qb), (qb, qa)):
        if plain.head == "people" and main.get(_running_join_key(other)) == other.head:
            return True
    return False


def _story_place(scope: str) -> str:
    """A group's place as a running toll's groups are joined by: none where the scope only
    points back at the place the story is told of ("in the camp", "in the town"), a common
    noun after "the" that names no place of its own; a whole ("the region") or a capital is
    a place of its own."""
    words = scope.split()
    if (
        len(words) == 2
        and words[0] == "the"
        and words[1].isalpha()
        and words[1].islower()
        and scope not in _WHOLE_SCOPES
        and words[1] != "capital"
    ):
        return ""
    return scope


def _people_word(word: str) -> bool:
    """A word for a kind of people ("Workers" of "Energy Workers United", "Teachers" of the
    "National Union of Teachers"): any story's union or body may bear it, so it names no
    particular thing."""
    kind = _singular(word)
    return kind in _PERSON_HEADS or kind in _WORKER_HEADS or kind in _TRADE_HEADS


#: what may join two capitalised words into one name: a space, or a small word of a body's
#: name ("Bank of Halvor", "Centre for Flood Research")
_NAME_JOINS = frozenset({" ", " of ", " for "})
#: words that may open a name but are no part of it ("The" of "The Halvor Red Cross")
_NAME_OPENERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our"})


def _common_word(word: str) -> bool:
    """A word any story may have in a name: a role or body ("Red Cross", "Party"), a kind of
    people ("Workers"), or too short to tell anything."""
    return len(word) < 3 or word in _UNNAMING_WORDS or _people_word(word)


def _name_runs(phrase: str) -> list[tuple[int, list[str]]]:
    """The runs of capitalised words in ``phrase``, each with where it starts and its words
    (casefolded, any small word joining two of them kept as a word of its own): "Civic Watch"
    of "The rights group Civic Watch", "Dag Ruud" of "Local union official Dag Ruud". A
    possessive ends its run ("Doravia" of "Doravia's Interior Ministry")."""
    runs: list[tuple[int, list[str]]] = []
    words: list[str] = []
    start = end = 0
    for m in re.finditer(r"(?<![\w'])[A-Z][\w'-]*", phrase):
        word = re.sub(r"'s?$", "", m.group()).casefold()
        gap = phrase[end : m.start()]
        if words and gap in _NAME_JOINS:
            if gap.strip():
                words.append(gap.strip())
        else:
            if words:
                runs.append((start, words))
            words, start = [], m.start()
        words.append(word)
        end = m.end()
        if m.group().endswith(("'s", "'")):
            runs.append((start, words))
            words = []
    if words:
        runs.append((start, words))
    return runs


_names_cache: dict[tuple[str | None, str | None, str | None], frozenset[str]] = {}


def _names_of(figure: Figure) -> frozenset[str]:
    """What ``_named_things`` reads in a figure's place, teller and noun, read once per
    wording: a project of thousands of figures repeats a few hundred of them."""
    key = (figure.scope, figure.attributed_to, figure.counted)
    names = _names_cache.get(key)
    if names is None:
        names = frozenset(_named_things(*key))
        if len(_names_cache) < 200_000:
            _names_cache[key] = names
    return names


def _named_things(scope: str | None, teller: str | None, counted: str | None) -> set[str]:
    """The particular things a figure's reading names, each a whole name as one unit: its
    place and who gave it or what it counts ("halvor" of "in Halvor", "civic watch" of "the
    rights group Civic Watch", "energy workers united"). A common word of a name names
    nothing alone, so "Civic Watch" and the "Civic Party", or "Meridia Energy" and "Energy
    Workers United", share no name; a name all of whose words any story has ("Police", "the
    Red Cross", "Workers") is none. A place or owner before a body's common words is named
    too ("halvor" of "The Halvor Red Cross")."""
    names: set[str] = set()
    # what a figure counts opens its sentence as often as not ("Output fell by 60%"): its first
    # word's capital is the sentence's; so is a plural that opens who told it ("Managers
    # said"), while a place is named as such
    for phrase, opening in (
        (scope, "name"),
        (teller, "unless plural"),
        (counted, "never"),
    ):
        for start, words in _name_runs(phrase or ""):
            while words and words[0] in _NAME_OPENERS:
                words = words[1:]
            while words and words[-1] in ("of", "for"):
                words = words[:-1]
            if not words or all(_common_word(w) for w in words if w not in ("of", "for")):
                continue
            if (
                start == 0
                and len(words) == 1
                and (opening == "never" or (opening == "unless plural" and words[0].endswith("s")))
            ):
                continue
            names.add(" ".join(words))
            if len(words) > 1 and not _common_word(words[0]):
                rest = [w for w in words[1:] if w not in ("of", "for")]
                if all(w in _UNNAMING_WORDS for w in rest):
                    names.add(words[0])
    return names


def _run_names(run: Sequence[int], names: Mapping[int, set[str]], sizes: Counter[int]) -> set[str]:
    """What the articles of a run that say enough of their story (``STORY_MIN_FIGURES``
    figures or more) name: a short article's few names tell nothing of the run."""
    return {name for a in run if sizes[a] >= STORY_MIN_FIGURES for name in names[a]}


def _within_name_reach(first: date, then: date) -> bool:
    """Two days near enough that a name both articles give makes them one story."""
    return abs((then - first).days) <= STORY_NAME_REACH_DAYS


def _names_in(about: Mapping[int, str] | None, article: int) -> frozenset[str]:
    """The words ``article``'s title and lead write as names (``_about.about_names``)."""
    if about is None or article not in about:
        return frozenset()
    return _about.about_names(about[article])


def _stories(
    figures: Sequence[FigureRef], about: Mapping[int, str] | None = None
) -> list[tuple[str, list[FigureRef]]]:
    """The figures by the story their articles tell, earliest story first, each with its
    first day. Two articles tell one story when their days lie within ``STORY_GAP_DAYS`` of
    each other or their figures name a thing in common (a place, a company, a person), and
    so does any article linked to either. Only an article of ``STORY_MIN_FIGURES`` figures or
    more says enough of its story to set one apart: articles linked to no such article join
    the story they name a thing of, else the one nearest them in time. A project of one
    story gives one story, with no day.

    With ``about`` (an article's title and text by its id), what the articles are about
    decides among articles of the same weeks: two of them tell one story only when they are
    alike in it (``STORY_ABOUT_LIKENESS``), so several stories an analyst follows at once
    stay apart; an article alike to none of its weeks' others keeps to the one most like it,
    as by its days before. An article with no day joins the story of the article most like
    it. Without ``about``, or for an article with no words of its own, days link as before,
    and a project with an article of no day gives one story."""
    days: dict[int, date | None] = {}
    names: dict[int, set[str]] = defaultdict(set)
    sizes: Counter[int] = Counter()
    for ref in figures:
        if days.get(ref.article_id) is None:
            days[ref.article_id] = ref.published or ref.figure.as_of
        names[ref.article_id] |= _names_of(ref.figure)
        sizes[ref.article_id] += 1
    like = (
        _about.Likeness({a: _about.about_words(about[a]) for a in days if a in about})
        if about
        else None
    )
    undated = [a for a, day in days.items() if day is None]
    if undated and (like is None or not all(like.knows(a) for a in undated)):
        return [("", list(figures))]
    day_of = {a: d for a, d in days.items() if d is not None}
    if not day_of:
        return [("", list(figures))]
    articles = sorted(day_of, key=lambda a: (day_of[a], a))
    root = {a: a for a in articles}

    def find(a: int) -> int:
        while root[a] != a:
            root[a] = root[root[a]]
            a = root[a]
        return a

    def alike(a: int, b: int) -> bool:
        return like is not None and like(a, b) >= STORY_ABOUT_LIKENESS

    def telling_apart(a: int) -> bool:
        """Whether what ``a`` is about can tell it apart from its weeks' other articles."""
        return like is not None and like.knows(a)

    # days in order link each article to the one before it; a name links every article that
    # gives it to the first that did (one pass each, so a project of thousands stays quick)
    runs: list[list[int]] = []
    for a in articles:
        if runs and (day_of[a] - day_of[runs[-1][-1]]).days <= STORY_NAMED_GAP_DAYS:
            runs[-1].append(a)
        else:
            runs.append([a])
    for run in runs:
        if like is None:
            for before, a in pairwise(run):
                root[find(a)] = find(before)
            continue
        # what they are about links the articles of a run: each joins the story of its weeks
        # it is like (``_about.Likeness.stories``); one that says nothing of its own goes by
        # its day, as before
        apart = like.stories([a for a in run if telling_apart(a)], STORY_ABOUT_LIKENESS)
        for story in apart:
            for before, a in pairwise(story):
                root[find(a)] = find(before)
        # two of them with words at the core of both are two angles of one story (the fire,
        # and days on the cladding of the same Larkfield House), not two stories
        cores = {i: like.core(story) for i, story in enumerate(apart) if len(story) > 1}
        with_core: dict[str, list[int]] = defaultdict(list)
        for i, core in cores.items():
            for word in core:
                with_core[word].append(i)
        shared_core: Counter[tuple[int, int]] = Counter()
        for sharing in with_core.values():
            if len(sharing) <= STORY_ABOUT_REACH:
                shared_core.update(itertools.combinations(sharing, 2))
        for (one, other), n in shared_core.items():
            if n < STORY_CORE_SHARED:
                continue
            # one of the words must be a name either story writes (read only here: few
            # stories share two words at their cores)
            shared = cores[one] & cores[other]
            if any(shared & _names_in(about, a) for a in (*apart[one], *apart[other])):
                root[find(apart[other][0])] = find(apart[one][0])
        for before, a in pairwise(run):
            if not telling_apart(a):
                root[find(a)] = find(before)
        if len(apart) < 2:
            continue
        # an article like none of its weeks' others stays with the one most like it (among
        # those told about when it was): too little is known to set it apart
        place = {a: i for i, a in enumerate(run)}
        for story in apart:
            if len(story) > 1:
                continue
            a = story[0]
            lk = like
            near = run[max(0, place[a] - STORY_ABOUT_REACH) : place[a] + STORY_ABOUT_REACH]
            best = max(
                (b for b in near if b != a and telling_apart(b)),
                key=lambda b: (lk(a, b), -abs((day_of[b] - day_of[a]).days), -b),
                default=None,
            )
            if best is None:
                # none near it says what it is about: by its day, as before
                best = run[place[a] - 1] if place[a] else run[1]
            root[find(a)] = find(best)
    # runs a little further apart are one story unless each names particular things and the
    # two share none: two stories an analyst follows at once, weeks apart, told by name; told
    # by what they are about where the articles say it
    for earlier, later in pairwise(runs):
        if (day_of[later[0]] - day_of[earlier[-1]]).days > STORY_GAP_DAYS:
            continue
        if like is not None and all(telling_apart(a) for a in (*earlier, *later)):
            for a in later:
                for b in earlier[-STORY_ABOUT_REACH:]:
                    if alike(a, b):
                        root[find(a)] = find(b)
            continue
        said_before = _run_names(earlier, names, sizes)
        said_after = _run_names(later, names, sizes)
        if said_before and said_after and not said_before & said_after:
            continue
        root[find(later[0])] = find(earlier[-1])
    # a short article links by its day alone: what little it names must not join two stories;
    # a name links an article to the last one that gave it, if that one is within reach (and,
    # where both say what they are about, like it: a ministry two stories of the same weeks
    # both name makes no one story of them)
    named_last: dict[str, int] = {}
    for a in articles:
        if sizes[a] < STORY_MIN_FIGURES:
            continue
        for name in names[a]:
            last = named_last.get(name)
            if (
                last is not None
                and _within_name_reach(day_of[last], day_of[a])
                and not (
                    like is not None
                    and telling_apart(a)
                    and telling_apart(last)
                    and like(a, last) < STORY_ABOUT_LIKENESS
                )
            ):
                root[find(a)] = find(last)
            named_last[name] = a
    # with what they are about, an article that says it tells its story however few its
    # figures (a short report of the day: "12 workers were injured")
    telling = [a for a in articles if sizes[a] >= STORY_MIN_FIGURES or (about and telling_apart(a))]
    if len({find(a) for a in telling}) < 2:
        return [("", list(figures))]
    told = {find(a) for a in telling}
    story_of = {a: find(a) for a in articles}
    telling_named: dict[str, list[int]] = defaultdict(list)
    for t in telling:
        for name in names[t]:
            telling_named[name].append(t)
    telling_days = [day_of[t] for t in telling]
    for a in articles:
        if story_of[a] in told:
            continue
        # too little to stand apart: with the story it is about, else the story it names a
        # thing of (its nearest teller within reach), else the nearest
        if like is not None and telling_apart(a):
            lk = like
            most = max(telling, key=lambda t: (lk(a, t), -abs((day_of[t] - day_of[a]).days)))
            if alike(a, most):
                story_of[a] = find(most)
                continue
        naming = [
            t
            for name in sorted(names[a])
            for t in telling_named.get(name, ())
            if _within_name_reach(day_of[t], day_of[a])
        ]
        if naming:
            nearest = min(naming, key=lambda t: (abs((day_of[t] - day_of[a]).days), day_of[t], t))
            story_of[a] = find(nearest)
            continue
        at = bisect_left(telling_days, day_of[a])
        near = [telling[i] for i in (at - 1, at) if 0 <= i < len(telling)]
        nearest = min(near, key=lambda t: (abs((day_of[t] - day_of[a]).days), day_of[t], t))
        story_of[a] = find(nearest)
    if like is not None:
        # an article with no day: with the story of the dated article most like it
        for a in undated:
            most = max(articles, key=lambda t: (like(a, t), sizes[t], -t))
            story_of[a] = story_of[most]
    first: dict[int, date] = {}
    for a in articles:
        first.setdefault(story_of[a], day_of[a])
    stories: dict[int, list[FigureRef]] = defaultdict(list)
    for ref in figures:
        stories[story_of[ref.article_id]].append(ref)
    return [
        (first[story].isoformat(), refs)
        for story, refs in sorted(stories.items(), key=lambda item: (first[item[0]], item[0]))
    ]


#: how long before its report a count told as of an earlier year must be to be that year's
#: count, not a recent one told early in the new year
_PAST_YEAR_GAP_DAYS = 90


def _past_year(q: Quantity, ref: FigureRef) -> str:
    """The year window of a count the text dates to a past year with no window of its own
    ("Last year a ferry sank on the same river, killing 38 people"): a yardstick from another
    event, never a report on the story's running count. Levels keep no window: a level seen
    in another year is the same quantity, changed."""
    as_of, published = ref.figure.as_of, ref.published
    if (
        as_of is None
        or published is None
        or as_of.year >= published.year
        or (published - as_of).days <= _PAST_YEAR_GAP_DAYS
        or is_level(q.measure, q.unit)
    ):
        return ""
    return window_of("year", as_of)


def _level_of_past_year(ref: FigureRef) -> bool:
    """A level the text dates to a past year, well before its report ("Inflation in June last
    year was 4.6%", "A year ago, reservoirs were 63% full"): a yardstick the story cites, so it
    keeps that year's window and meets only other reports of that year's level, never the level
    now. A level dated to the last weeks of the old year ("4.4% in December", told in January)
    is the latest reading and stays the level that moves."""
    as_of, published = ref.figure.as_of, ref.published
    return (
        as_of is not None
        and published is not None
        and as_of.year < published.year
        and (published - as_of).days > _PAST_YEAR_GAP_DAYS
    )


#: how many days before its report a count that names no day may tell of an event that
#: another report dates: "Some 287 schoolchildren were kidnapped", two days after "abducted 287
#: pupils ... on Friday"
_EVENT_LOOKBACK_DAYS = 2


def _event_day(q: Quantity, windows: Mapping[str, tuple[float, float]], ref: FigureRef) -> str:
    """The day window a count that names no window belongs to: its own day when the quantity
    has a count for that day; else the one day of the quantity in the few days before the
    report, when the figure's only date is the report's own (a story told a day or two after
    the event) and its number lies near that day's ("1,600 cases reported" in all is no
    count of Wednesday's 45 new ones); else none."""
    when = _when(ref)
    if when is None:
        return ""
    own = window_of("day", when)
    if own in windows:
        return own
    if ref.figure.as_of is not None and ref.figure.as_of != ref.published:
        return ""
    near = [
        w
        for w in (
            window_of("day", when - timedelta(days=k)) for k in range(1, 1 + _EVENT_LOOKBACK_DAYS)
        )
        if w in windows
    ]
    if len(near) != 1 or not _near(q, _span([ref]), windows[near[0]], always=True):
        return ""
    return near[0]


def _told_otherwise(ref: FigureRef, dated: Sequence[FigureRef]) -> bool:
    """The figure's own article tells the day's value from the same teller, and the two do not
    meet: "Some 45,000 people marched on Saturday, police said" and, further down, "About
    30,000 people joined the first march, according to police". One teller gives one count of
    one day's crowd in one story, so the undated number is of something else (an earlier
    march, a part of the crowd) and does not take that day. So does the story's own voice
    ("In all, the airline cancelled 1,180 flights over three days, including 430 on
    Wednesday"): the number it gives beside its day's count is a total or a part of it."""
    teller = (ref.figure.attributed_to or "").lower()
    own = _reading(ref)
    for other in dated:
        if (
            other.article_id == ref.article_id
            and other.id != ref.id
            and (other.figure.attributed_to or "").lower() == teller
        ):
            theirs = _reading(other)
            if own.high < theirs.low or theirs.high < own.low:
                return True
    return False


#: how far after a figure (in characters) a bare number of its teller's may say which count it
#: replaces: "33 miners had been caught by the collapse, not 31 as it said on Monday"
_NAMED_REVISION_REACH = 120
#: words of a teller's name that name no one in particular ("the regional health authority"
#: and "the civil aviation authority" are two tellers)
_TELLER_FILLER = frozenset(
    {
        "the", "a", "an", "of", "in", "on", "at", "for", "and", "its", "their", "his", "her",
        "city", "regional", "national", "local", "state", "federal", "provincial", "central",
        "authority", "authorities", "ministry", "department", "agency", "office", "service",
        "services", "official", "officials", "group", "government", "council", "spokesman",
        "spokeswoman", "spokesperson", "company", "owner", "said", "says", "according",
    }
)  # fmt: skip


def _teller_words(teller: str | None) -> set[str]:
    words = {re.sub(r"'s?$", "", w) for w in re.findall(r"[a-z][a-z'-]+", (teller or "").lower())}
    return words - _TELLER_FILLER


def _same_teller(a: Figure, b: Figure) -> bool:
    """Two figures told by one teller, however each report names it ("Skyvale Airways" and
    "Skyvale", "the city police" and "Police in Castrellon")."""
    return bool(_teller_words(a.attributed_to) & _teller_words(b.attributed_to))


def _one_teller(a: Figure, b: Figure) -> bool:
    """Two figures of one article told by one teller: the same words ("the ministry" twice,
    or none on either), or one teller's name (``_same_teller``)."""
    told_a, told_b = (" ".join((f.attributed_to or "").lower().split()) for f in (a, b))
    return told_a == told_b or _same_teller(a, b)


def _named_revisions(figures: Sequence[FigureRef]) -> dict[int, tuple[float, ...]]:
    """For each figure whose teller says in the same breath which count of its own it
    replaces, the values that count may have had: the bare number right after it, told by the
    same teller, is either that count ("33 miners had been caught, not 31 as it said on
    Monday") or the change from it ("149 passengers had been on board, three more than it
    first said"). Only a bare number (nothing counted, no measure, no other unit) is read so;
    a value counts as the earlier count only where another article told it (``_pairs``)."""
    by_article: dict[int, list[FigureRef]] = defaultdict(list)
    for ref in figures:
        by_article[ref.article_id].append(ref)
    revisions: dict[int, tuple[float, ...]] = {}
    for refs in by_article.values():
        if len(refs) < 2:
            continue
        refs.sort(key=lambda r: (r.figure.start, r.id))
        for i, ref in enumerate(refs):
            told = ref.figure
            if told.low is None or told.high != told.low or not told.attributed_to:
                continue
            values: list[float] = []
            for other in refs[i + 1 :]:
                bare = other.figure
                if bare.start - told.end > _NAMED_REVISION_REACH:
                    break
                if (
                    bare.counted
                    or bare.measure
                    or bare.unit != told.unit
                    or bare.low is None
                    or bare.high != bare.low
                    or (bare.attributed_to or "").lower() != told.attributed_to.lower()
                ):
                    continue
                values.extend(
                    v for v in (bare.low, told.low - bare.low, told.low + bare.low) if v > 0
                )
            if values:
                revisions[ref.id] = tuple(values)
    return revisions


def _join_revised_day(by_quantity: dict[Quantity, list[FigureRef]]) -> None:
    """Joins a day's figure told with a word of revision to the one earlier day the story
    tells that quantity for: "The agency on Friday lowered the record reading at Sant Ovi to
    44.4C" is dated by its telling, Friday, and revises the reading "The temperature reached
    44.6C at Sant Ovi on Wednesday" gave, not a reading of Friday. Where the quantity is told
    for several earlier days, which one is revised is unsaid, and the figure keeps its day."""
    dated: dict[Quantity, list[Quantity]] = defaultdict(list)
    for q in by_quantity:
        if q.window.startswith("day:"):
            dated[replace(q, window="")].append(q)
    for qs in dated.values():
        if len(qs) != 2:
            continue
        first, then = sorted(qs, key=lambda q: q.window)
        revised = by_quantity[then]
        if all(
            r.figure.change_cue
            and _REVISION_RE.search(r.figure.change_cue)
            and r.published is not None
            and r.figure.as_of is not None
            and (r.published - r.figure.as_of).days <= _EVENT_TOLL_DAYS
            for r in revised
        ) and not any(
            r.figure.change_cue and _REVISION_RE.search(r.figure.change_cue)
            for r in by_quantity[first]
        ):
            by_quantity[first].extend(by_quantity.pop(then))


def _join_voyage_day(by_quantity: dict[Quantity, list[FigureRef]]) -> None:
    """Joins the people on board told for a day with those told with no day, where the
    project dates them to that one day only: "about 90 people had been on board when the boat
    left Zaria on Saturday" and "110 people were on board" count one voyage, whose day is when
    it set out or went down, not a window the count falls in. Where they are told for two
    days, two boats may be meant (one that sank on Monday, another on Wednesday), and each
    day's count keeps its day."""
    days: dict[Quantity, list[Quantity]] = defaultdict(list)
    for q in by_quantity:
        if q.measure == "on board" and q.window.startswith("day:"):
            days[replace(q, window="")].append(q)
    for base, dated in days.items():
        if len(dated) == 1:
            by_quantity[base].extend(by_quantity.pop(dated[0]))


def _join_opposite_changes(by_quantity: dict[Quantity, list[FigureRef]]) -> None:
    """Joins a fall in per cent with the rise in per cent of the same thing over the same
    window ("Existing-home sales fell 0.7% in May" and "rose 0.8% in May"): one period's change
    told two ways, which the pair decision reads with the fall as a negative change."""
    for q in [q for q in by_quantity if q.measure == "fell" and q.unit == "share" and q.window]:
        rise = replace(q, measure="rose")
        if rise in by_quantity:
            by_quantity[rise].extend(by_quantity.pop(q))


def _join_week_sums(by_quantity: dict[Quantity, list[FigureRef]]) -> None:
    """Joins a sum of money told for a week with the same sum told for one day of that week
    ("Kessaria secured a loan of about $3bn this week" beside "The IMF agreed a $3 billion loan
    on Wednesday"): a loan, a fine or a deal is made once, so the week names the day it was
    made in, not a week's total. Only a sum no running tally measures, only where that week
    holds the quantity's one dated day, and only when the numbers lie near each other (a day's
    part of a week's takings stays apart)."""
    weeks = [
        q
        for q in by_quantity
        if q.window.startswith("week:")
        and _CURRENCY_CODE_RE.fullmatch(q.unit)
        and _kind(q.measure, q.unit) == "fixed"
    ]
    if not weeks:
        return
    # each sum's dated days, filed under the week they fall in
    days_of: dict[Quantity, list[Quantity]] = defaultdict(list)
    for d in by_quantity:
        if d.window.startswith("day:") and _CURRENCY_CODE_RE.fullmatch(d.unit):
            week = window_of("week", date.fromisoformat(d.window.removeprefix("day:")))
            days_of[replace(d, window=week)].append(d)
    for q in weeks:
        days = days_of.get(q, [])
        if len(days) != 1:
            continue
        refs = by_quantity[q]
        if not _near(q, _span(refs), _span(by_quantity[days[0]]), always=True):
            continue
        by_quantity[days[0]].extend(by_quantity.pop(q))


#: a measure that tells a change, not a level: a share it is told in is a rise or a fall over
#: its window ("sales fell 3% in January"), which a day's change is a part of, never the same
_CHANGE_MEASURE_RE = re.compile(
    r"^(?:rose|risen|fell|fallen|dropped|declined|decreased|increased|grew|grown|climbed|"
    r"jumped|slumped|gained|lost|contracted|expanded|shrank|surged|plunged|slipped|eased|"
    r"soared|tumbled|dipped|edged|changed|added|cut)$"
)


def _join_month_share_day(by_quantity: dict[Quantity, list[FigureRef]]) -> None:
    """Joins a share told for a month or a week with the same share told for one day of it
    ("87% of members backed the strike in a ballot that closed on 30 January" beside "91% of
    members backed it in January's ballot"): a share of a population that did something once is
    not a month's total, so the month names the day it was done in. Only a share (a level, never a
    count or a change, which a day's part of a month's total would be), only with the same
    measure and population, and only where that month holds the quantity's one dated day (a
    month of two ballots leaves the month's figure apart)."""
    months = [
        q
        for q in by_quantity
        # "Labour won 36% of the vote in last week's election" beside "34.2% ... in Thursday's
        # election": a week names the day a vote was held in as a month does
        if q.window.startswith(("month:", "week:"))
        and q.unit == "share"
        and q.measure
        and q.measure not in RUNNING_TALLIES
        and not _CHANGE_MEASURE_RE.match(q.measure)
    ]
    if not months:
        return
    days_of: dict[Quantity, list[Quantity]] = defaultdict(list)
    for d in by_quantity:
        if d.window.startswith("day:") and d.unit == "share":
            day = date.fromisoformat(d.window.removeprefix("day:"))
            for period in ("month", "week"):
                days_of[replace(d, window=window_of(period, day))].append(d)
    for q in months:
        days = days_of.get(q, [])
        if len(days) == 1:
            by_quantity[days[0]].extend(by_quantity.pop(q))


def _signed(reading: _Reading) -> _Reading:
    """A fall read as a negative change: "fell 0.7%" is a change of -0.7%."""
    return replace(
        reading,
        low=-reading.high,
        high=-reading.low,
        point=-reading.point,
        floor=None,
        said=f"{reading.said} (a fall)",
    )


#: how many days after the one day a story's event is dated to a running total of its toll
#: may be told (from the next day on) and still be that event's toll ("the number who lost
#: their lives in the avalanche has risen to seven", two days after "five skiers were killed
#: ... on Friday")
_EVENT_TOLL_DAYS = 7
#: a change cue that says a count went up ("rose to", "has risen to", "climbed to")
_ROSE_RE = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|grew|grown|mounted)\b")


def _join_event_day(
    by_quantity: dict[Quantity, list[FigureRef]],
    days: Mapping[Quantity, Mapping[str, tuple[float, float]]],
) -> None:
    """Joins a running total that says it has grown with the count of the one day its
    measure is dated to, which becomes the total's first report (its day window is lifted):
    "Five skiers were killed when an avalanche swept across a piste on Friday", then "the
    number of people who lost their lives in the avalanche has risen to seven". A total that
    has risen grew from a count already told, and where the story dates the measure to one
    day only, that day's count is the one; a total that names its population grows only from
    that population's day. The total must be told a day to a week after that day, and lie
    within twice the day's count; where the measure is dated to several days (a war's daily
    tolls), or the total tells no rise ("38 killed since the truce began"), or is told on that
    day itself (beside the day's own count), a day's count and the running total stay two
    quantities."""
    by_measure: dict[tuple[str, str, bool], dict[str, tuple[float, float]]] = defaultdict(dict)
    for base, windows in days.items():
        for window, (low, high) in windows.items():
            joined = by_measure[(base.measure, base.unit, base.hedged)]
            if window in joined:
                low, high = min(low, joined[window][0]), max(high, joined[window][1])
            joined[window] = (low, high)
    lifted: set[tuple[str, str, bool, str, str | None]] = set()
    for q in [q for q in by_quantity if not q.window and q.measure in RUNNING_TALLIES]:
        refs = by_quantity[q]
        risen = [
            r
            for r in refs
            if r.figure.change_cue
            and (
                r.figure.period == "cumulative"
                # "The number of people killed when a dam collapsed rose to 20 on Wednesday":
                # a toll that says it rose is a total, whatever day its rise was told on
                or (r.figure.period is None and _ROSE_RE.search(r.figure.change_cue))
            )
        ]
        # "The agency raised the death toll to 83" beside another outlet's "the Red Cross had
        # counted 74 dead" and "puts the toll at 95": where one of a toll's reports says it
        # has risen, the toll is a running total, and its other reports, told as totals or
        # with no window, are that total too
        if not risen or not all(r.figure.period in (None, "cumulative") for r in refs):
            continue
        # a toll with no noun may have grown from any population's count of its measure; a
        # named one only from its own population's ("North Korean soldiers killed in Kursk"
        # is not the toll of a bombing dated elsewhere in the project)
        spans = (
            days.get(replace(q, named=True))
            if q.named
            else by_measure.get((q.measure, q.unit, q.hedged))
        )
        grew_from = q.head if q.named else None
        if spans is None and q.named and not q.scope:
            # "The number of people injured in the Harlow Park crush has risen to 97" beside "At
            # least 64 people were injured in the crush at Harlow Park stadium on Sunday": a
            # total with no place has grown from the one place's dated count of its population
            placed = [
                base
                for base in days
                if base.scope
                and base.scope not in _SIDE_SCOPES
                and replace(base, scope="") == replace(q, named=True)
            ]
            if len(placed) == 1:
                spans = days[placed[0]]
        if spans is None and q.named and q.scope and q.scope not in _SIDE_SCOPES:
            # "The number of people killed when a dam collapsed in the Orvane valley rose to 20"
            # beside "At least 14 people were killed ... late on Sunday": a total told with the
            # event's place has grown from the one dated count of its population told without
            spans = days.get(replace(q, scope="", named=True))
        if spans is None and _plain_people(q):
            # "the number of people who lost their lives has risen to seven" beside "Five
            # skiers were killed ... on Friday": people with no other name have grown from
            # the one named group of people whose count of the measure is dated
            groups = _dated_groups(q, days)
            if len(groups) == 1:
                spans, grew_from = days[groups[0]], groups[0].head
        if spans is None or len(spans) != 1:
            continue
        window, span = next(iter(spans.items()))
        day = date.fromisoformat(window.removeprefix("day:"))
        whens = [_when(r) for r in refs]
        if not all(
            w is not None and 1 <= (w - day).days <= _EVENT_TOLL_DAYS for w in whens
        ) or not _near(q, _span(refs), span, always=True):
            continue
        # the day's counts become the first reports of the running total, so the totals told
        # on later days stay with them all ("has climbed to six", then "nine have now died")
        lifted.add((q.measure, q.unit, q.hedged, window, grew_from))
    for d in [
        d
        for d in by_quantity
        if d.window
        and lifted
        and (
            (d.measure, d.unit, d.hedged, d.window, None) in lifted
            or (d.measure, d.unit, d.hedged, d.window, d.head) in lifted
        )
    ]:
        refs = by_quantity.pop(d)
        if not d.named:
            # "The death toll from last Tuesday's earthquake stands at 87", said on Sunday: a
            # toll told with the day of its event is the running count on the day it is told
            refs = [_told_on_its_day(r) for r in refs]
        by_quantity[replace(d, window="")].extend(refs)


#: a toll's words of having grown to its number: "rose to 27", "reached 31", "stands at 33"
_TOLL_GREW_RE = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|mounted|jumped|reached|reaches|stands|stood)\b"
)


def _toll_told_later(q: Quantity, ref: FigureRef) -> bool:
    """A toll with no noun of its own, dated to the day of its event and told on a later
    day as having grown to its number ("The death toll from Thursday's crash of a Skyvale
    jet rose to 27 on Friday", "the toll from last week's flood reached 31"): the running
    count as of its telling, not a count of that day's deaths, so another day's report of
    the toll ("12 people have died", told on the day) is the same quantity, earlier."""
    figure = ref.figure
    return (
        not q.named
        and q.window.startswith("day:")
        and q.measure in RUNNING_TALLIES
        and figure.period == "day"
        and figure.as_of is not None
        and ref.published is not None
        and figure.as_of < ref.published
        and _TOLL_GREW_RE.search(figure.change_cue or "") is not None
    )


def _tolls_told_later(
    figures: Sequence[FigureRef], read: Mapping[int, Quantity | None] | None = None
) -> set[int]:
    """The ids of the tolls ``_toll_told_later`` reads as running counts, where nothing else
    counts their measure on their event's day: beside "At least 84 people were killed when
    the earthquake struck on Monday", "The death toll from Monday's earthquake has risen to
    212" is that day's count grown, and stays with it."""
    tolls: list[tuple[int, tuple[str, str, str]]] = []
    days: set[tuple[str, str, str]] = set()
    for ref in figures:
        q = read[ref.id] if read is not None else quantity_of(ref.figure)
        if q is None or not q.window.startswith("day:"):
            continue
        day = (q.measure, q.unit, q.window)
        if _toll_told_later(q, ref):
            tolls.append((ref.id, day))
        else:
            days.add(day)
    return {toll for toll, day in tolls if day not in days}


#: words by which a count is limited to its day, not the total so far: "on Thursday alone", "in
#: the past 24 hours", "312 new cases", "two more bodies"
_DAY_ONLY_RE = re.compile(
    r"\b(?:alone|new|more|additional|further|extra|another|past 24 hours|last 24 hours"
    r"|daily|overnight|that day|each day|a day|per day)\b",
    re.IGNORECASE,
)


def _day_only(figure: Figure) -> bool:
    """The figure's own words limit it to its day: a day's addition, never the total so far."""
    return bool(
        _DAY_ONLY_RE.search(figure.text)
        or _DAY_ONLY_RE.search(figure.change_cue or "")
        or _DAY_ONLY_RE.search(figure.counted or "")
    )


#: words by which a count is told as an addition to one told before: "three more hostages",
#: "another 40", "a further 800" ("more than 300" is a bound, no addition)
_ADDED_RE = re.compile(
    r"\bmore\b(?!\s+than\b)|\b(?:another|further|additional|extra)\b", re.IGNORECASE
)


def _added(figure: Figure) -> bool:
    """The figure's own words tell it as an addition to a count told before."""
    return _ADDED_RE.search(f"{figure.text} {figure.change_cue or ''}") is not None


def _total_key(q: Quantity) -> tuple[str, str, tuple[str, ...], str, str, bool]:
    """What a day's count and a total must share to be one total: the measure or its kin
    ("forced from their homes" and "evacuated" in one flood), what is counted, unit, place."""
    return (_MEASURE_KIN.get(q.measure, q.measure), q.head, q.modifiers, q.unit, q.scope, q.hedged)


def _totals_as_told(
    figures: Sequence[FigureRef], read: Mapping[int, Quantity | None] | None = None
) -> set[int]:
    """The ids of running totals dated to their event's day that are compared as of their
    telling, with no day window: where a story dates a running measure ("killed",
    "evacuated") to one day only, and a report tells of that day after it, the day is the
    event's ("Four people were killed when the dam gave way early on Thursday", told on
    Friday), and each count of it is the total as its article tells it, the quantity "Five
    people have lost their lives", told on Saturday, reports later.

    A count whose words limit it to the day ("on Thursday alone", "312 new cases") stays the
    day's and names no day of the measure; where the story dates the measure to several days
    (a war's daily tolls), each day's count stays its day's. The day's counts leave their day
    only to meet a total told with no day after them, and only where each lies within twice
    it: a day's 45 arrests beside "1,200 arrested since the protests began" are a part of it,
    and "killed 38 people on Monday" beside "38 killed since the truce began", told the same
    day, are a day's count beside a total. A total told on another day than a count, before
    it or after it, meets the day's counts: "19 workers were injured in Monday's fire", told
    on Friday, is the count as Friday tells it, a later report than Tuesday's 17, as a count
    told with a word of change ("revised ... down to 19,800") is. Where no such total is
    told, the day's reports are compared by their telling within their day already
    (``_relate``). Those held now ("remain in custody") are a level, no total."""
    days: dict[tuple[str, str, bool], set[str]] = defaultdict(set)
    dated: dict[tuple[str, str, bool], list[tuple[FigureRef, Quantity]]] = defaultdict(list)
    totals: dict[tuple[str, str, tuple[str, ...], str, str, bool], list[FigureRef]] = defaultdict(
        list
    )
    for ref in figures:
        q = read[ref.id] if read is not None else quantity_of(ref.figure)
        if q is None or q.measure not in RUNNING_TALLIES:
            continue
        if not q.window:
            if ref.figure.period != "current":
                totals[_total_key(q)].append(ref)
            continue
        if not q.window.startswith("day:") or _day_only(ref.figure):
            continue
        measure = (q.measure, q.unit, q.hedged)
        days[measure].add(q.window)
        dated[measure].append((ref, q))
    lifted: set[int] = set()
    for measure, counts in dated.items():
        if len(days[measure]) != 1 or not totals:
            continue
        if not any(
            ref.published is not None
            and ref.figure.as_of is not None
            and ref.published > ref.figure.as_of
            for ref, _ in counts
        ):
            # a day's count told on that day only may be the day's own ("were treating 240
            # injured people on Wednesday evening"); a day told of later is an event's
            continue
        told = [totals.get(_total_key(q), []) for _, q in counts]
        # a count meets a total told on another day than it, before it or after it: "19
        # workers were injured in Monday's fire", told on Friday, is the count as Friday tells
        # it, an update of Tuesday's 17 ("revised the number of evacuees down to 19,800 on
        # Tuesday" likewise); a total told the same day ("killed 38 people on Monday", "38
        # killed since the truce began"; "has risen to 17") leaves it the day's
        meeting = [
            ref.id
            for (ref, _), later in zip(counts, told, strict=True)
            if ref.published is not None
            and any((w := _when(total)) is not None and w != ref.published for total in later)
        ]
        if meeting and all(
            not later or _near(q, _span([ref]), _span(later), always=True)
            for (ref, q), later in zip(counts, told, strict=True)
        ):
            lifted.update(meeting)
            # the day's other counts, told the day a total says it has grown ("At least 12
            # people died when the ferry sank on Monday" beside "has risen to 17", both told on
            # Tuesday, and "18 people who died in Monday's sinking" on Thursday): the earlier
            # report of that total, not a count of the day left on its own
            lifted.update(
                ref.id
                for (ref, _), later in zip(counts, told, strict=True)
                if ref.published is not None
                and any(
                    _when(total) == ref.published and total.figure.change_cue for total in later
                )
            )
    return lifted


def _told_on_its_day(ref: FigureRef) -> FigureRef:
    """The figure dated to the day its article tells it, where it was dated earlier."""
    as_of = ref.figure.as_of
    if ref.published is None or as_of is None or as_of >= ref.published:
        return ref
    return replace(ref, figure=replace(ref.figure, as_of=ref.published))


def _plain_people(q: Quantity) -> bool:
    """People with no other name, of a measure told of people ("seven people were killed")."""
    return (
        q.head == "people"
        and q.named
        and not q.modifiers
        and not q.demonym
        and not q.resident
        and q.measure in _PEOPLE_MEASURES
    )


def _dated_groups(
    q: Quantity, days: Mapping[Quantity, Mapping[str, tuple[float, float]]]
) -> list[Quantity]:
    """The named groups of people whose count of ``q``'s measure some day is told of: not a
    nation's people, the residents or a part of a toll ("including 12 children"), and of
    ``q``'s place when it names one."""
    return [
        base
        for base in days
        if base.measure == q.measure
        and base.unit == q.unit
        and base.hedged == q.hedged
        and base.head != q.head
        and base.head not in _PART_HEADS
        and not base.demonym
        and not base.resident
        and (not q.scope or base.scope == q.scope)
    ]


#: below this, a count of the parties to a story with nothing said of them describes ("the two
#: sides", "two countries", "Four individuals") rather than reports a figure anyone disputes
_DESCRIPTIVE_BELOW = 10
#: nouns for the parties to a story, which a small number names rather than counts
_PARTY_HEADS = frozenset({"side", "country", "nation", "party", "individual", "person", "state"})


def _says_too_little(q: Quantity, figure: Figure) -> bool:
    """A small count of a story's parties with no measure, unit or kind: "the two countries
    share a border", "talks between the two sides" (whatever place a reader took for theirs)."""
    if q.head == "seat" and not (q.measure or q.scope or q.modifiers):
        # "needs 76 seats to govern", "93 of the 150 seats": seats nobody won or holds are a
        # threshold, a chamber's size or a sum of parties, never one party's result
        return True
    return (
        q.head in _PARTY_HEADS
        and not q.measure
        and not q.unit
        and not q.modifiers
        and figure.high is not None
        and figure.high < _DESCRIPTIVE_BELOW
    )


def group_label(quantity: Quantity, figures: Sequence[Figure]) -> str:
    """A group's name in the reporters' own words ("North Korean soldiers killed in Kursk"):
    the population and place as most of the group's figures wrote them, ties broken
    alphabetically so the label does not depend on the order the figures came in."""
    population = _most_common(
        _members(_sentence_case_undone(_noun_told(f.counted), quantity), quantity)
        for f in figures
        if f.counted and _same_population(f, quantity)
    )
    units = _written_units(quantity, figures)
    # what the figures count, as told or as the key names it; "" for nothing named
    named = population or " ".join((*quantity.modifiers, quantity.head)).strip()
    if population is None:
        population = " ".join((*quantity.modifiers, quantity.head)).strip()
        if not population and units and _is_money(quantity.unit):
            # "The judge fined the company $2.5 million": money with nothing counted is an
            # amount, in its currency ("amount fined (USD)", not "USD fined")
            population = "amount"
        elif not population and units:
            # "hectares burned": an extent with nothing counted is told by its unit
            population, units = units, ""
        population = population or "figures"
    if quantity.unit in HOURS_IN and quantity.measure:
        # "how long the fire burned (hours)": a length is said as an analyst asks it, not
        # "fire burned for (hours)" (the key is unchanged: decisions are stored by it)
        words = _how_long(named, quantity.measure)
        if quantity.scope and quantity.scope not in named.lower():
            place = _most_common(
                f.scope for f in figures if f.scope and f.scope.lower() == quantity.scope
            )
            words += _scope_words(place or quantity.scope, quantity.measure, quantity)
        units = _written_units(quantity, figures)
        return f"{words} ({units})" if units else words
    measure = quantity.measure
    last = population.lower().split()[-1:]
    if measure and last and (last[0] == measure or last[0] in _MEASURE_NOUNS.get(measure, ())):
        # "injured injured", "job cuts cut", "job gains added": the noun already names the
        # measure ("job cuts")
        measure = ""
    if measure in _NOUN_MEASURES:
        # "casualties" is a noun: people's casualties are "casualties", a group's are told
        # by the group before it ("Russian troop casualties", "Russian casualties")
        if population.lower() == "people":
            population = ""
        elif not quantity.unit:
            population = _attributive(population)
    elif measure in _MEASURE_AS_NOUN and last and last[0].endswith(_ADJECTIVE_TAILS):
        # "heat-related killed": a population that is no noun reads with the measure's noun
        population, measure = f"{population} {_MEASURE_AS_NOUN[measure]}", ""
    elif not quantity.unit and last and _counts_more_than_one(figures):
        population = _plural_people(population, quantity)
    words = f"{population} {measure}".strip()
    if quantity.unit == "share":
        # "turnout (%)": the figures are per cents, however a share was written ("one in five")
        words += " (%)"
    elif units and units.lower() != population.lower().split()[-1]:
        # "magnitude (magnitude)": a unit that is the quantity's own name says nothing more
        words += f" ({units})"
    if quantity.rate:
        # "patients treated per year": a rate's group says the stretch it is told per, as a
        # count of the same noun in a group beside it does not
        words += f" {RATE_MARK}{quantity.rate}"
    if quantity.scope and quantity.scope not in population.lower():
        # "first phase in first phase": a place already in the population says nothing more
        place = _most_common(
            f.scope for f in figures if f.scope and f.scope.lower() == quantity.scope
        )
        place = place or quantity.scope
        words += _scope_words(place, measure or quantity.measure, quantity)
    return words


def _how_long(population: str, measure: str) -> str:
    """A duration's question in words: "how long the strike lasted", "how long the fire
    burned", "how long the runway was closed", "how long the rescuers spent digging"; "it"
    for a thing nobody named."""
    thing = f"the {population}" if population else "it"
    plural = thing != "it" and _plural_noun(population.split()[-1])
    if measure in ("lasted", "took") or measure in ACTIVE_MEASURES:
        verb = measure.removesuffix(" for")
    elif measure.endswith("ing for"):
        # "Rescuers spent 20 hours digging"
        verb = f"spent {measure.removesuffix(' for')}"
    else:
        # a state held ("closed for", "trapped for", "without power for", "delayed by")
        state = measure.removesuffix(" for").removesuffix(" by")
        verb = f"{'were' if plural else 'was'} {state}"
    return f"how long {thing} {verb}"


def _plural_noun(word: str) -> bool:
    """Whether a noun reads as a plural by its ending ("miners", "talks"; not "class",
    "virus", "crisis")."""
    w = word.lower()
    return w.endswith("s") and not w.endswith(("ss", "us", "is"))


#: nouns that already name a measure: "job cuts" are jobs cut, "job gains" jobs added,
#: "deaths" people killed; a label with such a noun needs no measure after it
_MEASURE_NOUNS: dict[str, frozenset[str]] = {
    "cut": frozenset({"cut", "cuts", "cutback", "cutbacks", "layoffs", "redundancies"}),
    "added": frozenset({"gain", "gains", "addition", "additions"}),
    "killed": frozenset({"death", "deaths", "fatalities", "dead"}),
    "injured": frozenset({"injuries", "wounded"}),
    "arrested": frozenset({"arrests"}),
    "infected": frozenset({"infections", "cases"}),
    "evacuated": frozenset({"evacuations", "evacuees"}),
    "deported": frozenset({"deportations", "deportees"}),
    "cancelled": frozenset({"cancellations"}),
    "released": frozenset({"releases"}),
    "hospitalised": frozenset({"hospitalisations", "admissions"}),
    "captured": frozenset({"taken", "seized", "held", "controlled", "occupied", "gained"}),
}
#: measures that are nouns themselves: "casualties" follow the group they befall
_NOUN_MEASURES = frozenset({"casualties"})
#: a measure's own noun, for a population told by an adjective ("heat-related deaths")
_MEASURE_AS_NOUN = {
    "killed": "deaths",
    "injured": "injuries",
    "arrested": "arrests",
    "infected": "infections",
    "hospitalised": "hospitalisations",
    "evacuated": "evacuations",
    "cancelled": "cancellations",
}
#: word endings of a compound adjective ("heat-related", "storm-linked", "drought-induced")
_ADJECTIVE_TAILS = ("-related", "-linked", "-induced", "-affected")
#: endings of a singular noun of people that takes a plain -s ("civilian", "migrant",
#: "worker", "refugee", "journalist", "investor", "resident")
_PERSON_ENDINGS = ("ian", "ant", "ent", "er", "ee", "ist", "or")


def _attributive(population: str) -> str:
    """A group as it reads before a noun: "Russian troops" -> "Russian troop"."""
    words = population.split()
    if words and words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _counts_more_than_one(figures: Sequence[Figure]) -> bool:
    values = [f.low if f.low is not None else f.high for f in figures]
    return bool(values) and all(v is not None and v > 1 for v in values)


def _plural_people(population: str, quantity: Quantity) -> str:
    """A singular noun of people counted more than once reads in the plural: "12,162 civilian
    deaths" -> "civilians killed", "migrant arrivals" -> "migrants arrived"."""
    words = population.split()
    noun = words[-1]
    if (
        noun.islower()
        and noun == quantity.head
        and noun.endswith(_PERSON_ENDINGS)
        and noun not in ("percent", "per")
        and len(noun) > 3
    ):
        words[-1] = f"{noun}s"
    return " ".join(words)


#: scopes that say how far a count reaches rather than name a place
_EXTENT_WORDS = frozenset({"nationwide", "worldwide", "countrywide", "statewide", "globally"})
#: measures told of what a party or an organisation does ("Labour won 44 seats", "Hamas released
#: 24 hostages", "Orlan Energy cut 1,200 jobs"), whose scope is as often the doer as a place
_DOER_MEASURES = frozenset(
    {
        "won",
        "scored",
        "paid",
        "raised",
        "pledged",
        "spent",
        "sold",
        "cut",
        "added",
        "released",
    }
)
#: measures a party does to people or things somewhere ("North Korean soldiers captured in
#: Kursk", "drones intercepted over Kyiv"), whose scope is most often the place: an
#: organisation's name still reads "by" ("troops deployed by the Sarn Brigade")
_DONE_SOMEWHERE_MEASURES = frozenset(
    {"seized", "captured", "intercepted", "fired", "deployed", "mobilised", "deported", "abducted"}
)
#: measures told of what is done to a party ("Korvel Chemicals was fined £250,000")
_UNDERGONE_MEASURES = frozenset({"fined", "charged", "jailed"})
#: the last word of an organisation's name ("Orlan Energy", "the Labour Party", "Korvel Chemicals")
_ORGANISATION_TAILS = frozenset(
    {
        "party",
        "energy",
        "chemicals",
        "group",
        "holdings",
        "bank",
        "ministry",
        "council",
        "club",
        "fc",
        "corp",
        "corporation",
        "company",
        "co",
        "inc",
        "ltd",
        "plc",
        "airlines",
        "airways",
        "motors",
        "systems",
        "technologies",
        "union",
        "front",
        "movement",
        "alliance",
        "army",
        "brigade",
        "brigades",
        "agency",
        "authority",
        "commission",
        "foundation",
    }
)
#: heads whose holder is a party: "votes for Labour", "seats for the Greens"
_PARTY_SHARE_HEADS = frozenset({"seat", "vote", "ballot"})
#: money named by its coin rather than a currency code ("1.2 million crowns", "640 pence")
_MONEY_WORDS = frozenset(
    {
        "crowns", "kronor", "kroner", "pence", "cents", "francs", "dollars", "euros", "pounds",
        "rupees", "yen", "yuan", "rand", "naira", "shillings", "pesos", "zloty", "lira", "riyals",
        "dirhams", "rubles", "roubles", "hryvnias", "dinars",
    }
)  # fmt: skip


def _is_money(unit: str) -> bool:
    return bool(_CURRENCY_CODE_RE.fullmatch(unit)) or unit.lower() in _MONEY_WORDS


#: places known by their initials, read with "the" ("in the US", "in the UK")
_PLACE_ABBREVIATIONS = frozenset({"us", "u.s.", "usa", "uk", "u.k.", "uae", "eu", "drc"})
#: countries named by the nations' adjectives: known places
_KNOWN_PLACES = frozenset(_NATION_ADJECTIVES.values())


def _scope_words(place: str, measure: str, quantity: Quantity) -> str:
    """How a label names its scope: a place is "in" it ("people killed in Gaza"), a word of
    extent stands alone ("people killed nationwide"); a capitalised name not known as a place,
    told with a measure a party does or undergoes, is the party, not somewhere: "seats won by
    the Labour Party", "jobs cut by Orlan Energy", "fee (EUR) of Atletico Verano", "votes for
    Labour"; where the name may be either ("hostages released (Hamas)", "hostages released
    (Gaza)"), it is put in brackets."""
    lowered = place.lower()
    if lowered in _EXTENT_WORDS:
        return f" {place}"
    if lowered in _PLACE_ABBREVIATIONS:
        # "vehicles recalled in the US", not "of US" as an organisation's initials would read
        return f" in the {place}"
    name = place[:1].isupper() and lowered not in _KNOWN_PLACES
    if not name:
        # "in the capital", "in the north", "in Ukraine"
        return f" in {place}"
    organisation = lowered.split()[-1].strip(".") in _ORGANISATION_TAILS or (
        place.isupper() and len(place) > 1
    )
    if measure in _DOER_MEASURES:
        return f" by {place}" if organisation else f" ({place})"
    if measure in _DONE_SOMEWHERE_MEASURES:
        return f" by {place}" if organisation else f" in {place}"
    if measure in _UNDERGONE_MEASURES:
        return f" ({place})"
    if not measure:
        if quantity.head in _PARTY_SHARE_HEADS:
            return f" for {place}"
        if _is_money(quantity.unit):
            # money told with a name: the name holds it ("Atletico Verano's fee")
            return f" of {place}" if organisation else f" ({place})"
        if organisation:
            return f" of {place}"
    return f" in {place}"


def _noun_told(counted: str) -> str:
    """The counted noun as a label names it: without a teller and its verb read into it
    ("Eurostat estimated that the euro zone economy" -> "euro zone economy") or a number's
    scale ("billion appeal" -> "appeal")."""
    words = counted.split()
    for i, w in enumerate(words):
        if i and w.lower() == "that" and words[i - 1].lower() in _SAYING_VERBS:
            words = words[i + 1 :]
            if words[:1] and words[0].lower() == "the":
                words = words[1:]
            break
    while len(words) > 1 and words[0].lower() in _SCALE_WORDS:
        words = words[1:]
    return " ".join(words)


def _members(population: str, quantity: Quantity) -> str:
    """Those a crowd counts: "Police put the crowd at 35,000" and "a count put Saturday's march
    at 61,000" tell how many people took part, which a label names as "people took part", not
    "crowd took part"."""
    # "the crowd in Paris": the gathering is the noun before its place
    words = re.split(r"\s(?:in|at)\s", population.lower(), maxsplit=1)[0].split()
    if (
        quantity.measure == "took part"
        and quantity.head == "people"
        and words
        and (words[-1] == "crowd" or _singular(words[-1]) in _EVENT_HEADS)
    ):
        return "people"
    return population


def _sentence_case_undone(population: str, quantity: Quantity) -> str:
    """The population as it reads inside a sentence: "Turnout in Sunday's runoff was 54.8%"
    capitalises the quantity's own noun only because the sentence starts with it, so the label
    reads "turnout"; a name ("Orlan Energy customers") or a people ("Palestinians") keeps its
    capital."""
    first, _, rest = population.partition(" ")
    if (
        first.lower() in _COMMON_LEADS
        and first[:1].isupper()
        and first[1:].islower()
        and rest
        and rest == rest.lower()
    ):
        # "Final turnout was 61.4%", "Annual inflation slowed to 3.1%": a common word that
        # leads the sentence before the quantity's noun
        return f"{first.lower()} {rest}"
    if (
        quantity.demonym
        or not first[:1].isupper()
        or not first[1:].islower()
        or _is_demonym_plural(first)
        or _singular(first.lower()) != quantity.head
    ):
        return population
    return f"{first.lower()} {rest}".strip()


#: common words that lead a sentence before the noun a figure counts ("Final turnout",
#: "Annual inflation", "Net migration"), capitalised only for the sentence's sake
_COMMON_LEADS = frozenset(
    {
        "annual", "average", "consumer", "core", "daily", "direct", "estimated", "final",
        "foreign", "gross", "house", "initial", "insured", "monthly", "net", "new", "official",
        "overall", "preliminary", "provisional", "public", "total", "weekly",
    }
)  # fmt: skip


#: units as a label names them: the plural, however one figure wrote it ("a 3-kilometre zone")
_UNIT_PLURALS = {
    # a length of one unit ("closed for a day") is told in the singular
    **{unit: f"{unit}s" for unit in HOURS_IN if not unit.endswith("s")},
    "hectare": "hectares",
    "acre": "acres",
    "kilometre": "kilometres",
    "kilometer": "kilometers",
    "mile": "miles",
    "tonne": "tonnes",
    "ton": "tons",
    "gigawatt": "gigawatts",
    "megawatt": "megawatts",
    "kilogram": "kilograms",
}


def _written_units(quantity: Quantity, figures: Sequence[Figure]) -> str:
    """The units the group's figures are written in, most used first ("hectares", "hectares
    or acres"), where the group compares them in one unit of its own ("km2"); the quantity's
    unit when no figure names one."""
    if not quantity.unit or quantity.unit == "share":
        return quantity.unit
    written = [
        _UNIT_PLURALS.get(f.unit.lower(), f.unit)
        for f in figures
        if f.unit and _unit(f.unit) == quantity.unit
    ]
    counts = Counter(written)
    if not counts:
        return quantity.unit
    return " or ".join(sorted(counts, key=lambda u: (-counts[u], u)))


def _most_common(values: Iterable[str]) -> str | None:
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _same_population(figure: Figure, quantity: Quantity) -> bool:
    own = quantity_of(figure)
    # "the health board's tally" counts people its words do not name
    return (
        own is not None
        and own.named
        and (own.head, own.modifiers) == (quantity.head, quantity.modifiers)
    )


#: a place named from one side of a fight: "enemy losses" are the other side's, so a count
#: with no place (most often the speaker's own) is never the same quantity
_SIDE_SCOPES = frozenset({"enemy", "enemy's", "the enemy", "opposing", "hostile", "rival"})


def _parts(by_quantity: Mapping[Quantity, list[FigureRef]]) -> set[Quantity]:
    """Placed quantities an article shows to be part of a larger whole: the article that gives
    "five deaths in the Posavina region" also gives a larger toll with no place ("at least 14
    people"), so a count with no place is that whole, not the place's count."""
    wholes: dict[tuple[int, str, str, str, bool], list[tuple[float, str, date | None]]] = (
        defaultdict(list)
    )
    for q, refs in by_quantity.items():
        if q.scope:
            continue
        for r in refs:
            k = (r.article_id, q.measure, q.head, q.unit, q.hedged)
            low = r.figure.low if r.figure.low is not None else r.figure.high
            if low is not None:
                wholes[k].append((low, (r.figure.attributed_to or "").lower(), r.figure.as_of))
    parts: set[Quantity] = set()
    for q, refs in by_quantity.items():
        if not q.scope:
            continue
        if q.scope in _SIDE_SCOPES:
            parts.add(q)
            continue
        for r in refs:
            high = r.figure.high if r.figure.high is not None else r.figure.low
            teller = (r.figure.attributed_to or "").lower()
            # "Police estimated that 48,000 people took part in Saturday's march in Belmora,
            # while the union federation said 120,000 had joined": another teller's larger
            # count of a crowd with no place is a rival count of it, not its whole, as
            # organisers' and police counts routinely lie apart (a toll's whole told by another
            # body, "Five died in Posavina, officials said ... 14 in all, the ministry said",
            # is still the whole)
            rival = q.measure == "took part" and bool(teller)
            if high is not None and any(
                high < whole
                and not (rival and by and by != teller)
                # "The Halvor Red Cross puts the toll at 95" beside "the toll ... in Halvor
                # province stands at 87": a body of the place itself counts that place, so its
                # number with no place is a rival count of the place's toll, not its whole
                and not (by and by != teller and _names_place(by, q.scope))
                # "The death toll from the crash at Dunmere airport rose to 33 on Tuesday" and,
                # further down, "On Sunday, police had put the toll at 34": a larger count
                # told as of an earlier day is the toll as it stood then, not its whole; one more
                # than twice as large is still the whole ("corrected the toll to ten" on Monday,
                # "Three of the dead were serving life sentences" told on Friday), as a count
                # does not fall to less than half of itself in a few days
                and not (
                    told is not None
                    and r.figure.as_of is not None
                    and told < r.figure.as_of
                    and 2 * high >= whole
                )
                for whole, by, told in wholes.get(
                    (r.article_id, q.measure, q.head, q.unit, q.hedged), ()
                )
            ):
                parts.add(q)
                break
    return parts


#: words before a person's name that are no part of it
_NAME_TITLES = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "senator", "mayor"}
)


def _surname_only(short: str, full: str) -> bool:
    """``short`` names by the surname alone the person ``full`` names with a given name
    ("vask", "ms vask" against "teodor vask"): one word against two or three ending in it."""
    short_words = [w for w in short.split() if w not in _NAME_TITLES]
    full_words = [w for w in full.split() if w not in _NAME_TITLES]
    return (
        len(short_words) == 1
        and 2 <= len(full_words) <= 3
        and full_words[-1] == short_words[0]
        and short_words[0].isalpha()
    )


def _names_place(teller: str, scope: str) -> bool:
    """The teller's name holds the place's name ("the halvor red cross", "halvor")."""
    words = teller.replace("'s", "").split()
    place = scope.split()
    return bool(place) and any(
        words[i : i + len(place)] == place for i in range(len(words) - len(place) + 1)
    )


def _merge_less_specific(
    by_quantity: Mapping[Quantity, list[FigureRef]],
    parts: Collection[Quantity] = (),
) -> dict[Quantity, Quantity]:
    """Where each quantity's figures go: "soldiers killed" joins "North Korean soldiers killed"
    when that is the only more specific reading in the project, and stays apart when several
    (Thai and Cambodian soldiers) compete. A plural demonym ("North Koreans killed") is less
    specific than a named group of that nation with the same measure ("North Korean soldiers
    killed") and joins it the same way.

    The merged group keeps the most specific quantity's key, so a general figure arriving later
    never renames a group an analyst has already made decisions on. Quantities are visited from
    the most specific down, and a candidate counts by where it itself ends up, so the outcome
    depends on the set of quantities only, never on the order the figures came in.
    """
    family: dict[tuple[str, str, str, str, bool], list[Quantity]] = defaultdict(list)
    nation: dict[tuple[str, str, tuple[str, ...], str, bool], list[Quantity]] = defaultdict(list)
    by_measure: dict[tuple[str, str, str, bool], list[Quantity]] = defaultdict(list)
    measured: dict[tuple[str, str, str, bool], list[Quantity]] = defaultdict(list)
    extents: dict[tuple[str, str, str, bool], list[Quantity]] = defaultdict(list)
    for q in by_quantity:
        if q.measure and q.scope and q.unit in _EXTENT_UNITS and q.unit != "km":
            # an area, a weight or a volume: a distance with no noun is a height or a depth as
            # often as the reach a measure tells of
            extents[(q.unit, q.scope, q.window, q.hedged)].append(q)
        family[(q.measure, q.head, q.unit, q.window, q.hedged)].append(q)
        if q.named and q.head not in _PART_HEADS:
            by_measure[(q.measure, q.unit, q.window, q.hedged)].append(q)
        if q.measure and q.head and not q.unit:
            measured[(q.head, q.unit, q.window, q.hedged)].append(q)
        if q.modifiers and not q.demonym:
            nation[(q.measure, q.unit, q.modifiers, q.window, q.hedged)].append(q)
    spans = {q: _span(refs) for q, refs in by_quantity.items()}
    target: dict[Quantity, Quantity] = {}
    # people with no other name last among equals: they join what the named groups became
    order = sorted(
        by_quantity, key=lambda q: (-q.specificity, q.head == "people", q.fields, q.demonym)
    )
    for q in order:
        if q.modifiers and q.scope and not q.demonym:
            target[q] = q
            continue
        candidates = [
            o
            for o in family[(q.measure, q.head, q.unit, q.window, q.hedged)]
            if o != q
            and o.specificity > q.specificity
            and (not q.modifiers or _within(q.modifiers, o.modifiers))
            and (not q.scope or o.scope == q.scope)
            # a place's part of the whole, or the enemy's side, is never a count with no place
            and (q.scope or o not in parts)
            # "224 people" killed beside "12 Americans": a nation's far smaller count is part
            # of the toll, not the toll told by nationality
            and (q.modifiers or not o.demonym or _near(q, spans[q], spans[o], always=True))
            # "The mercury reached 44.9C" with no place beside "46.2C in Porvel": a reading
            # with no place is another town's as often as not, whatever its number
            and (q.scope or not o.scope or q.unit != "C")
            # "Rovers paid £2 million in agents' fees" beside "Rovers paid a £30 million fee":
            # a plural possessive names whose the thing is, so where the plain noun names a
            # holder of its own, the possessive's is another ("the trusts' offer" is still the
            # offer a report with no holder tells)
            and not (q.scope and any(m.endswith("'") and m not in q.modifiers for m in o.modifiers))
            # "won the mayoral race by 388 votes" beside "388 postal ballots were set aside":
            # a kind of ballot paper (postal, spoiled) is no count of votes a holder won by,
            # while "412,000 ballots were cast" are still the votes cast
            and not (
                q.head == "vote"
                and "ballot" in o.modifiers
                and "ballot" not in q.modifiers
                and bool(set(o.modifiers) - {"ballot"} - set(q.modifiers))
            )
        ]
        if q.scope and not q.modifiers and not q.demonym:
            # "Aerolane cancelled 340 flights" beside "Some 340 Aerolane flights were
            # cancelled", "Varnia has massed 42,000 troops" beside "42,000 Varnian troops": the
            # name that does what the number counts is the name the noun is told with
            candidates += [
                o
                for o in family[(q.measure, q.head, q.unit, q.window, q.hedged)]
                if not o.scope and not o.demonym and _names(o.modifiers, q.scope)
            ]
        if q.scope and q.measure in _DOER_MEASURES and len(q.scope.split()) == 1:
            # "Brightwell will cut about 1,100 jobs" beside "Brightwell Foods said it would cut
            # 1,100 jobs": a company named by the first word of its name is the one named in
            # full
            candidates += [
                o
                for o in family[(q.measure, q.head, q.unit, q.window, q.hedged)]
                if o.modifiers == q.modifiers
                and 2 <= len(o.scope.split()) <= 3
                and o.scope.split()[0] == q.scope
                and o.scope not in _KNOWN_PLACES
            ]
        if q.scope and (q.head in _PARTY_SHARE_HEADS or q.measure in ("won", "scored")):
            # "Vask received about 48,200 votes" beside "Teodor Vask received 48,212 votes": a
            # candidate or a player named by the surname alone is the one named in full
            candidates += [
                o
                for o in family[(q.measure, q.head, q.unit, q.window, q.hedged)]
                if o.modifiers == q.modifiers and _surname_only(q.scope, o.scope)
            ]
        if q.measure == "hospitalised" and not any(
            r.figure.period == "current" for r in by_quantity[q]
        ):
            # "Fourteen people were treated in hospital" beside "The number of people treated
            # in hospital has risen to 37": patients told with no "now" or "remain" may be
            # those taken in, and join the one count of people admitted up to now
            candidates += [
                o
                for o in family[(ADMITTED, q.head, q.unit, q.window, q.hedged)]
                if _within(q.modifiers, o.modifiers) and (not q.scope or o.scope == q.scope)
            ]
        if q.demonym:
            candidates += [
                o
                for o in nation[(q.measure, q.unit, q.modifiers, q.window, q.hedged)]
                if not q.scope or o.scope == q.scope
            ]
        if not q.named:
            # "the death toll from the mine collapse rose to 42" beside another outlet's "42
            # miners were killed": a toll with no noun joins the one population its measure
            # is told of, when there is only one
            candidates += [
                o
                for o in by_measure[(q.measure, q.unit, q.window, q.hedged)]
                if o.head != q.head
                and (not q.scope or o.scope == q.scope)
                and (q.scope or o not in parts)
                # "an ash column 8 km into the sky" read with no noun beside "widened the
                # exclusion zone to 8 km": a distance with no noun is a height, a depth or a
                # queue's length as often as a zone's reach, which the zone's name must tell
                and (q.head or o.head not in _ZONE_HEADS)
            ]
            if not q.measure and not q.head and q.unit == "km2":
                # "had taken 14 villages and about 150 square kilometres", the verb unread,
                # beside "puts the area taken at about 310 square kilometres": an area with
                # nothing said of it is the one stretch of ground taken the story tells of
                candidates += [
                    o
                    for o in by_measure[("captured", q.unit, q.window, q.hedged)]
                    if o.head == "territory"
                    and (not q.scope or o.scope == q.scope)
                    and (q.scope or o not in parts)
                ]
        if (
            not q.head
            and q.named
            and q.measure
            and (not q.unit or (q.unit in _EXTENT_UNITS and q.unit != "km" and q.scope))
        ):
            # "bringing the total since Monday to 750" read with no noun beside "the airline
            # cancelled 1,180 flights": a count of a measure with nothing named is the one
            # thing the measure is told of, as a toll with no noun is its one population; an
            # area or an amount likewise, told of one place ("had now captured 520 square
            # kilometres in the Dresna region" beside "340 square kilometres of territory")
            candidates += [
                o
                for o in by_measure[(q.measure, q.unit, q.window, q.hedged)]
                if o.head and (not q.scope or o.scope == q.scope) and (q.scope or o not in parts)
            ]
        if not q.named and not q.measure and not q.head and q.scope:
            # "The Kessel Ridge fire has grown to 12,000 hectares" beside "has burned 8,500
            # hectares": an extent told of a named thing with no verb that says what it
            # measures is the one measured extent of that thing in its unit
            candidates += extents[(q.unit, q.scope, q.window, q.hedged)]
        if (
            q.head == "people"
            and q.named
            and not q.modifiers
            and not q.demonym
            and not q.resident
            and q.measure in _PEOPLE_MEASURES
        ):
            # "41 people" killed in the fire beside "52 workers died in the fire": people with
            # no other name join the one named group their measure is told of, when the
            # numbers are near (a far smaller group is a part: "224 people", "12 Americans");
            # residents are a group of their own ("six residents" and "four firefighters"
            # injured are two counts)
            candidates += [
                o
                for o in by_measure[(q.measure, q.unit, q.window, q.hedged)]
                if o.head != q.head
                and not o.demonym
                and (not q.scope or o.scope == q.scope)
                and (q.scope or o not in parts)
                and _near(q, spans[q], spans[o], always=True)
            ]
        if q.head == "body" and q.measure == "recovered" and not q.modifiers and not q.demonym:
            # "The coastguard has recovered nine bodies so far" beside "the bodies of 17
            # migrants had been recovered": the bodies are of the one group of people whose
            # recovered count is told, when there is only one and it lies near
            candidates += [
                o
                for o in by_measure[(q.measure, q.unit, q.window, q.hedged)]
                if o.head != q.head
                and o.head not in _PART_HEADS
                and not o.unit
                and (not q.scope or o.scope == q.scope)
                and (q.scope or o not in parts)
                and _near(q, spans[q], spans[o], always=True)
            ]
        if (
            q.head in _WORKER_HEADS
            and q.named
            and not q.modifiers
            and not q.demonym
            and q.measure in _PEOPLE_MEASURES
        ):
            # "28 workers were trapped" beside "Thirty-two miners were trapped": workers with no
            # other name join the one trade whose people the measure is told of, when near
            candidates += [
                o
                for o in by_measure[(q.measure, q.unit, q.window, q.hedged)]
                if o.head in _TRADE_HEADS
                and (not q.scope or o.scope == q.scope)
                and (q.scope or o not in parts)
                and _near(q, spans[q], spans[o], always=True)
            ]
        if (
            not q.measure
            and q.head
            and q.head != "people"
            and q.named
            and not q.unit
            and (
                all(r.figure.period in ("cumulative", "current") for r in by_quantity[q])
                # "More than 3,000 dockers are now on strike" beside "the support of 3,400
                # dockers": people told as they stand now, once, and again with no word of
                # time are still the one measured count of them
                or (
                    q.head in _DAY_PEOPLE_HEADS
                    and all(r.figure.period in _STANDING_PERIODS for r in by_quantity[q])
                    and any(r.figure.period is not None for r in by_quantity[q])
                )
                or (q.window.startswith("day:") and q.head in _DAY_PEOPLE_HEADS)
            )
        ):
            # "Some 150 passengers had fallen ill by Thursday" read with no measure beside "the
            # outbreak has sickened 214 passengers": a running total whose verb went unread is
            # the one measured count of its population, when there is only one and it lies
            # near; a count its text does not tell as a total ("the airport handled 1,100
            # flights", "the stadium holds 42,000") may be of anything done to them, and so may
            # "people" with no other name ("300 people have signed the petition so far" is no
            # count of the 200 arrested). A named group of people told for one day with its
            # verb unread is likewise that day's one measured count of them ("Militants handed
            # over 12 captives on Sunday" beside "A dozen hostages were released on Sunday")
            # "The regional hospital has treated 26 miners since Monday": a total taken in up
            # to now is no count of a level ("trapped", "missing" now), whose people it may
            # have been but are no longer
            totals = all(r.figure.period == "cumulative" for r in by_quantity[q])
            candidates += [
                o
                for o in measured[(q.head, q.unit, q.window, q.hedged)]
                if _within(q.modifiers, o.modifiers)
                and (not q.scope or o.scope == q.scope)
                and (q.scope or o not in parts)
                and not (totals and o.measure in LEVELS)
                and _near(q, spans[q], spans[o], always=True, crowd=o.measure == "took part")
            ]
            if q.head in _DAY_PEOPLE_HEADS and not q.modifiers:
                # "The ministry said 4,000 teachers were on strike on Monday" beside the union's
                # "12,000 teachers joined the walkout on Monday": a walkout or a march counts
                # its people whatever their name, so the day's one crowd takes them in; so does
                # the one crowd with no day of people told "now" or "so far" ("The number of
                # volunteers in the search now stands at 650" beside "300 volunteers had joined")
                candidates += [
                    o
                    for o in measured[("people", q.unit, q.window, q.hedged)]
                    if o.measure == "took part"
                    and not o.modifiers
                    and (not q.scope or o.scope == q.scope)
                    and (q.scope or o not in parts)
                    and _near(q, spans[q], spans[o], always=True, crowd=True)
                ]
        if (
            q.head == "hostage"
            and not q.measure
            and not q.unit
            and not q.modifiers
            and _held_now(by_quantity[q])
        ):
            # "Police said overnight that 17 hostages remain inside" beside "Three armed men
            # are still holding 23 people inside the branch": captives told as held now are the
            # one count of people held now, where the story has one and it lies near
            candidates += [
                o
                for o in family[("", "people", "", q.window, q.hedged)]
                if not o.modifiers
                and not o.demonym
                and (not q.scope or o.scope == q.scope)
                and _held_now(by_quantity[o])
                and _near(q, spans[q], spans[o], always=True)
            ]
        if not q.scope:
            # "Turnout in the first round on Sunday was 61.2%" beside "Turnout was 54.8%" two
            # weeks later, in the runoff: a round is told apart from the next by its days, so
            # a figure with no round joins a named round only when told of days near it
            candidates = [
                o
                for o in candidates
                if not (_names_round(o.scope) and _days_apart(by_quantity[q], by_quantity[o]))
            ]
        # "output was 40,000 barrels a day" beside "the refinery processed 90,000 barrels":
        # a rate joins only a rate of the same stretch, as its key says, whichever reading
        # brought the candidate in
        candidates = [o for o in candidates if o.rate == q.rate]
        far = [
            o
            for o in candidates
            if o.scope
            and not _event_scope(o.scope)
            and not _near(q, spans[q], spans[o])
            and not _risen_since(by_quantity[q], by_quantity[o])
        ]
        whole = [o for o in candidates if o not in far and o.scope in _WHOLE_SCOPES]
        if whole and all(spans[o][1] < spans[q][0] for o in far):
            # "The heat has killed at least 23 people across the region" beside "Nine people
            # have died in Tarrow" and, later, "The death toll from the heat wave has risen to
            # 41": the region is the story's whole, and a named town's far smaller count its
            # part, so a toll with no place is the region's
            candidates = whole
        ends = {target.get(o, o) for o in candidates}
        same = {target.get(o, o) for o in candidates if o.head == q.head}
        if len(ends) > 1 and len(same) == 1:
            # "The number of people injured in the crush has risen to 97" beside "at least 64
            # (people) injured in a crush at Harlow Park stadium" and "70 supporters had been
            # hurt": the one count of the same people told with its place is the nearer
            # reading than another name for them
            ends = same
        if not q.scope and any(o in far for o in candidates):
            # a place's count far from this one is its part or its whole, never itself; and
            # places that compete ("3,200 in Germany and 800 in France") leave it alone
            ends = set()
        target[q] = ends.pop() if len(ends) == 1 else q
    # a candidate of the same specificity may be placed after the figure that joined it, so
    # each quantity goes where its target itself went
    for q in order:
        seen = {q}
        end = target[q]
        while target.get(end, end) not in seen and target.get(end, end) != end:
            seen.add(end)
            end = target[end]
        target[q] = end
    return target


def _held_now(refs: Sequence[FigureRef]) -> bool:
    """Every figure is told as a level now ("still holding", "remain inside")."""
    return all(r.figure.period == "current" for r in refs)


#: a scope that names one round of a vote, a contest or talks: "first round", "the runoff"
_ROUND_SCOPE_RE = re.compile(r"\b(?:round|runoff|run-off|re-?run)\b", re.IGNORECASE)
#: the fewest days between two rounds of one vote: a second round or a runoff is held one to
#: four weeks after the first, a re-run months later
_ROUND_GAP_DAYS = 7


def _names_round(scope: str) -> bool:
    return _ROUND_SCOPE_RE.search(scope) is not None


def _days_apart(refs: Sequence[FigureRef], others: Sequence[FigureRef]) -> bool:
    """Every figure of ``refs`` is told of a day at least the gap between two rounds from every
    day ``others`` are told of (a figure's own day, else its article's)."""
    days = [d for d in map(_when, refs) if d is not None]
    other_days = [d for d in map(_when, others) if d is not None]
    if not days or not other_days:
        return False
    return min(abs((a - b).days) for a in days for b in other_days) >= _ROUND_GAP_DAYS


def _risen_since(earlier: Sequence[FigureRef], risen: Sequence[FigureRef]) -> bool:
    """``risen`` is told in articles published after all of ``earlier``'s, above all of their
    values, and its first report says the count rose: "At least 84 people were killed when the
    earthquake struck Veshta province on Monday", then two days later "The death toll from
    Monday's earthquake in Veshta province has risen to 212" (and, later still, "stands at
    230"). A place's count far above one told earlier without it is then the same toll grown,
    not a whole the first is a part of."""
    if any(r.published is None for r in (*earlier, *risen)):
        return False
    last = max(r.published for r in earlier if r.published is not None)
    first = min(risen, key=lambda r: (r.published or date.min, r.id))
    return (
        all(r.published is not None and r.published > last for r in risen)
        and first.figure.change_cue is not None
        and _ROSE_RE.search(first.figure.change_cue) is not None
        and _span(earlier)[1] < _span(risen)[0]
    )


#: how far apart a count with no place and a place's count may lie and still be one count told
#: with and without its place: "12 people died in Tolla" beside "the toll rose to 31" is the
#: village's part of the whole, "3.5 million displaced" beside "8.8 million in Sudan" another
#: population
_PLACE_SPAN_RATIO = 2.0
#: how far apart two sides' counts of one crowd or walkout may lie: a union's "42,000 joined
#: the strike" and the employer's "18,000 were on strike" that day, organisers' 120,000 and the
#: police's 35,000 marchers
_CROWD_SPAN_RATIO = 4.0


def _span(refs: Sequence[FigureRef]) -> tuple[float, float]:
    """The least and the most a quantity's figures say: "as many as" reaches down to none,
    while "at least 212" says 212, the number its teller counted."""
    low = min(0.0 if r.figure.low is None else r.figure.low for r in refs)
    high = max((r.figure.high if r.figure.high is not None else r.figure.low or 0.0) for r in refs)
    return low, high


def _near(
    q: Quantity,
    a: tuple[float, float],
    b: tuple[float, float],
    always: bool = False,
    crowd: bool = False,
) -> bool:
    """Two quantities' numbers lie within twice each other, as one count told with and without
    its place, or by a group's name and as "people", must. Unless ``always``, only plain counts
    are weighed (a share or a sum may be written in another scale), and never a crowd, whose
    rival counters routinely differ several times over. With ``crowd``, one side is a crowd or
    a walkout, whose rival counters may lie up to ``_CROWD_SPAN_RATIO`` apart."""
    if not always and (q.unit or q.measure == "took part"):
        return True
    ratio = _CROWD_SPAN_RATIO if crowd else _PLACE_SPAN_RATIO
    return a[0] <= b[1] * ratio and b[0] <= a[1] * ratio


#: the last word of a scope that names an event rather than a place ("the Calder House fire")
_EVENT_SCOPE_HEADS = frozenset(
    {
        "fire", "blaze", "collapse", "explosion", "blast", "crash", "derailment", "flood",
        "floods", "flooding", "earthquake", "quake", "shooting", "sinking", "capsizing",
        "landslide", "eruption", "spill", "outbreak", "stampede", "crush", "avalanche",
    }
)  # fmt: skip


#: places that name the whole a story is told of rather than one place in it ("across the
#: region", "nationwide")
_WHOLE_SCOPES = frozenset(
    {
        "the region", "region", "the country", "country", "the state", "the province",
        "nationwide", "countrywide", "the whole country",
    }
)  # fmt: skip


def _event_scope(scope: str) -> bool:
    """The scope names the event itself ("nine residents remain unaccounted for after the Calder
    House fire"): not a place, whose count far from one with no place is its part or its whole,
    but the one thing the story is about, whose count a report with no scope tells as well."""
    words = scope.split()
    return bool(words) and words[-1] in _EVENT_SCOPE_HEADS


#: endings that make a people's adjective of its country's name ("Varnia" -> "Varnian",
#: "Estrel" -> "Estrelian", "Kessar" -> "Kessari")
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ese", "i", "ish")


def _names(modifiers: tuple[str, ...], scope: str) -> bool:
    """The words before a noun are the scope's name, or the adjective of its people: "Aerolane
    flights" of "Aerolane", "Varnian troops" (or "Russian", read as "russia") of "Varnia"."""
    words = tuple(scope.split())
    if not words or not modifiers:
        return False
    if modifiers == words:
        return True
    if len(modifiers) != len(words) or modifiers[:-1] != words[:-1]:
        return False
    name, adjective = words[-1], modifiers[-1]
    stems = {name, name[:-1]} if name[-1:] in "aeiou" else {name}
    return any(adjective == stem + end for stem in stems for end in _ADJECTIVE_ENDINGS)


def _within(fewer: tuple[str, ...], more: tuple[str, ...]) -> bool:
    """Every word of ``fewer`` stands in ``more`` in the same order: "monthly users" is a less
    specific way to write "monthly active users", "Korean soldiers" of "North Korean soldiers"."""
    if fewer == more:
        return True
    words = iter(more)
    return all(w in words for w in fewer)


#: how many times larger one report may be than another of the same quantity as of the same
#: day and still be a report of it: beyond this, two counts that share a name ("Police arrested
#: 12 people" and "2,400 people" on one day) belong to different holders or events, not to one
#: disagreement
_APART_RATIO = 100.0
#: a fixed fact (a fine, a result, a margin) does not move at all, so a report twenty times
#: another is of something else: a candidate's "148,200 votes" and the "2,870 votes" she won by
_FIXED_APART_RATIO = 20.0


def _worlds_apart(a: _Reading, b: _Reading, kind: Kind, extent: bool = False) -> bool:
    """One is a hundred times the other (twenty for a fixed fact), and nothing lets the
    quantity move that far: a fixed fact (a fine, a result), or a count or level told as of
    one day (or with no day); a count reported days apart may grow that much (an outbreak's
    cases, a year's crossings). An extent told with no measure is held to twenty on one day
    as a fixed fact is: "300,000 barrels" a tanker carried is no report of the "5,000 barrels"
    it spilled, though a spill may grow that much over days."""
    fixed = kind in ("fixed", "closed")
    if not fixed and a.when is not None and b.when is not None and a.when != b.when:
        return False
    small, large = sorted((a.point, b.point))
    ratio = _FIXED_APART_RATIO if fixed or extent else _APART_RATIO
    return small > 0 and large > small * ratio


def _customers_named(figure: Figure) -> bool:
    """The figure names a utility's customers ("120,000 customers"), not its homes."""
    return (figure.counted or "").lower().split()[-1:] in (["customers"], ["customer"])


def _near_points(a: _Reading, b: _Reading) -> bool:
    """The two numbers as reported lie within twice each other."""
    small, large = sorted((a.point, b.point))
    return large <= small * _PLACE_SPAN_RATIO


def _pairs(
    key: str,
    refs: list[FigureRef],
    shape: GroupShape,
    linked: bool = False,
    revisions: Mapping[int, tuple[float, ...]] | None = None,
    as_told: Collection[int] = (),
    corrections: Sequence[_Correction] = (),
    wholes_told: Mapping[int, float] = {},
) -> list[FigurePair]:
    """Every cross-article pair of a group (neighbours in time in a large one), judged by the
    group's shape, never by its key's text; a pair whose values lie worlds apart is left out
    unless the analyst linked the group by hand. A figure of ``as_told`` (a running total
    dated by its event's day) is read as of its telling beside a report of another day."""
    readings = [_reading(r) for r in refs]
    # two figures written in one unit ("6,100 hectares", "5,900 hectares") were not converted
    # from each other, so neither takes the slack of a value rounded in another unit
    own_unit = [
        _reading(r, converted=False) if _unit_factor(r.figure.unit) != 1.0 else reading
        for reading, r in zip(readings, refs, strict=True)
    ]
    units = [(r.figure.unit or "").lower() for r in refs]
    # a projection ("could reach 40,000") is a fixed estimate: none of the shapes below
    measure = "" if shape.hedged else shape.measure
    unit = shape.unit
    population = list(shape.population)
    if measure == "rose" and unit == "share":
        # falls joined with the rises of the same window are negative changes
        readings, own_unit = (
            [
                _signed(reading) if canonical_measure(r.figure.measure) == "fell" else reading
                for reading, r in zip(listed, refs, strict=True)
            ]
            for listed in (readings, own_unit)
        )
    kind = "fixed" if shape.hedged else _kind(measure, unit)
    extent = not shape.hedged and not measure and unit in _EXTENT_UNITS
    if (
        not shape.hedged
        and not measure
        and population
        and _is_level_head(population[-1], population[:-1], unit)
    ):
        kind = "level"
    # a company's job cuts are a plan, which it widens or scales back as it goes on ("raised
    # the number of jobs it will cut to 3,500"): a later day's other number is the plan
    # changed, while two numbers told on one day still disagree; jobs cut "so far" are done,
    # a running count
    plan = measure == "cut" and population[-1:] == ["job"]
    if plan:
        kind = "level"
    # a ballot's turnout is known once the polls close: told again days later with another
    # value, it is a second opinion of one result, not a level that moved
    ballot = not shape.hedged and not measure and unit == "share" and population[-1:] == ["turnout"]
    # "About 9,500 people" and "41 people" with no verb read and no place: which people each
    # counts (those who left their homes, those treated in hospital) is unsaid, so one twenty
    # times the other is two groups, on any day, not one count that moved that far
    unsaid = (
        not shape.hedged
        and not measure
        and not unit
        and population == ["people"]
        and not shape.scope
        and not shape.window
    )
    # a utility's customers are its homes where something befell them ("120,000 customers
    # without power"); with nothing said of them, "which supplies 1.8 million homes" is its
    # customer base, never how many customers a breach or a cut reached: customers and homes
    # told with no verb are one count only where their numbers lie within twice each other
    served = [
        _customers_named(r.figure)
        if not shape.hedged and not measure and population[-1:] == ["home"]
        else None
        for r in refs
    ]
    # people counted with no verb of theirs ("still holding 23 people", "17 hostages remain"):
    # what is done to them, and so whether a count now and a total to date are one quantity,
    # is not in a measure; a measure's own count ("remain missing", "missing since") is
    held = (
        not shape.hedged
        and not measure
        and not unit
        and population[-1:] != []
        and population[-1] in _PERSON_HEADS
    )
    revised, replaced = _revised_in_group(refs, revisions or {})
    # a count its words limit to its day ("on Monday alone", "312 new cases") stays the day's
    day_only = [_day_only(r.figure) for r in refs]
    _superseded(refs, measure, corrections, replaced)
    told_parts = _told_parts(refs, readings) if kind == "running" else set()
    wholes = [_whole_of_part(r.figure) for r in refs]
    told_by: dict[int, list[FigureRef]] = defaultdict(list)
    for r in refs:
        told_by[r.article_id].append(r)
    everyone = _people_wholes(refs, told_by)
    pairs: list[FigurePair] = []
    n = len(readings)
    reach = n if n <= ALL_PAIRS_LIMIT else NEIGHBOURS + 1
    for i in range(n):
        for j in range(i + 1, min(n, i + reach)):
            a, b = (
                (own_unit[i], own_unit[j]) if units[i] == units[j] else (readings[i], readings[j])
            )
            if a.article_id == b.article_id:
                continue
            if told_parts and not linked and _part_beside_whole(a, b, told_parts):
                continue
            if not linked and (
                _within_part(refs[i], refs[j], wholes_told)
                or _within_part(refs[j], refs[i], wholes_told)
            ):
                continue
            if not linked and (
                _some_of_everyone(refs[i], refs[j], everyone)
                or _some_of_everyone(refs[j], refs[i], everyone)
            ):
                continue
            if not linked and _beside_its_whole(
                refs[i].figure, refs[j].figure, wholes[i], wholes[j]
            ):
                continue
            if (
                not linked
                and a.window == b.window
                and a.window.startswith("day:")
                and _added(refs[i].figure) != _added(refs[j].figure)
            ):
                # "released four hostages overnight" beside "three more hostages were released
                # on Saturday evening": an addition to what was told of the day is more of it,
                # never a rival count of the same
                continue
            pair_kind = _pair_kind(kind, a, b, measure)
            if plan and "cumulative" in (a.period, b.period):
                pair_kind = "running"
            if ballot and pair_kind != "running":
                pair_kind = "closed"
            if not linked and _worlds_apart(a, b, "fixed" if unsaid else pair_kind, extent):
                continue
            if (
                not linked
                and measure
                and pair_kind == "running"
                and (a.period == "current") != (b.period == "current")
            ):
                # "Nine people remain in custody" beside "94 people had been arrested" (the
                # reader giving both the measure "arrested"): those still held now and those
                # the running count took in are two quantities, neither the other's update; an
                # extent told "now" ("the slick now covers 80 km of coastline") is still the
                # extent
                continue
            if (
                not linked
                and held
                and not a.period
                and not b.period
                and min(a.point, b.point) < _DESCRIPTIVE_BELOW
                and not _near_points(a, b)
            ):
                # "a crew of 24" and "Two crew members" with no verb of either: which of the
                # crew the few are (those hurt, those freed) is unsaid, and a count many times
                # theirs is of the whole, not the same people told again
                continue
            if not linked and held and {a.period, b.period} == {"current", "cumulative"}:
                # "are still holding 23 people" and "a total of 29 people were held during the
                # siege": how many are held now and how many were held at some point are two
                # quantities, and neither is the other's update
                continue
            if (
                not linked
                and served[i] is not None
                and served[j] is not None
                and served[i] != served[j]
                and not _near_points(a, b)
            ):
                continue
            if (
                pair_kind == "running"
                and a.published != b.published
                and (a.period is None or b.period is None)
            ):
                a, b = _known_when_told(a, b)
            if pair_kind == "running" and a.window != b.window:
                a, b = _event_day_told_later(a, b, day_only[i], day_only[j])
            if pair_kind == "running" and a.window != b.window and as_told:
                a = _as_told(a) if a.id in as_told else a
                b = _as_told(b) if b.id in as_told else b
                a, b = _told_later_knows_more(a, b, as_told)
            first, second = (a, b) if a.id < b.id else (b, a)
            peak = _beside_peak(first, second)
            relation, reason = peak or _relate(first, second, pair_kind)
            if relation == "contradiction" and replaced:
                relation, reason = _named_revision(
                    first, second, revised, replaced, relation, reason
                )
            elif relation == "update" and pair_kind == "running":
                relation, reason = _rival_day_count(
                    first, second, refs[i], refs[j], relation, reason
                )
            if (
                relation == "contradiction"
                and not linked
                and (
                    _echoed(refs[i], refs[j], told_by[refs[j].article_id])
                    or _echoed(refs[j], refs[i], told_by[refs[i].article_id])
                )
            ):
                # the other article tells this number too, beside its own other one: the two
                # agree there, and what the other number is (an earlier demand, a part) its
                # own article says
                continue
            pairs.append(FigurePair(first.id, second.id, relation, reason, key))
    return pairs


#: a count told as a part of a whole it numbers: "30 of the bank's 74 branches", "Eighteen of
#: the train's 42 wagons", "12 of its 40 depots" (the whole's number follows)
_PART_OF_RE = re.compile(
    r"\S+(?:\s+\S+){0,2}?\s+of\s+(?:(?:the|its|their|his|her|our|these|those|[\w-]+['’]s|[A-Z][\w-]*['’])\s+){0,2}"
)


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _whole_of_part(figure: Figure) -> float | None:
    """The whole a figure's own words make it a part of ("30 of the bank's 74 branches": 74),
    or None."""
    m = _PART_OF_RE.match(figure.text)
    if m is None:
        return None
    numbers = find_numbers(figure.text[m.end() :])
    if not numbers or numbers[0].start != 0 or _YEAR_RE.fullmatch(numbers[0].text):
        # "two of the 2024 contracts": a year names which, it numbers no whole
        return None
    if figure.low is not None and numbers[0].value <= figure.low:
        return None
    return numbers[0].value


def _told_parts(refs: Sequence[FigureRef], readings: Sequence[_Reading]) -> set[int]:
    """The ids of a running count's figures that their own article tells as a part of its
    total: a lower number of the same quantity, as of the day of the article's higher one or
    later, from the same teller or none ("The toll rose to six on Monday" and, further down,
    "Two of the six dead were volunteer firefighters"). One article does not revise its own
    total downwards in passing, so the lower number counts some of them, and set beside
    another article's higher total it says nothing of that total (``_part_beside_whole``).
    Two tellers an article sets side by side ("the ministry said 40 ...; the union put the
    toll at 25") are rival claims, kept."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for i, ref in enumerate(refs):
        by_article[ref.article_id].append(i)
    parts: set[int] = set()
    for members in by_article.values():
        if len(members) < 2:
            continue
        for i in members:
            small = readings[i]
            for j in members:
                whole = readings[j]
                if (
                    i != j
                    and small.when is not None
                    and whole.when is not None
                    and whole.when <= small.when
                    and small.high < whole.low
                    and not small.cue
                    # "revised the toll down from 23 to 21": the higher number is the count
                    # the lower one replaced, not a whole it is a part of
                    and not _revised_to(whole, small.point, [readings[k] for k in members])
                    and (
                        not refs[i].figure.attributed_to
                        or not refs[j].figure.attributed_to
                        or _same_teller(refs[i].figure, refs[j].figure)
                    )
                ):
                    parts.add(small.id)
                    break
    return parts


def _revised_to(whole: _Reading, value: float, told: Sequence[_Reading]) -> bool:
    """``whole`` is told as revised, and its article tells the revised number ``value`` with
    the same word of revision ("revised the toll down from 23 to 21")."""
    return likeness.names_revision(whole.cue) and any(
        r.id != whole.id and likeness.names_revision(r.cue) and r.point == value for r in told
    )


#: words by which a figure is told as the highest the thing reached over the story: "at its
#: peak", "peaked at", "crested at", "at the height of the storm", "its highest level", "at the
#: worst of the outage", "a maximum of"
_PEAK_CUE_RE = re.compile(
    r"\b(?:peak|peaks|peaked|peaking|crest|crested|cresting|height|highest|worst|maximum)\b",
    re.IGNORECASE,
)


def _is_peak(reading: _Reading) -> bool:
    return reading.cue is not None and _PEAK_CUE_RE.search(reading.cue) is not None


#: a verb that tells a level as the most the thing reached: "The ash column reached 11 km"
_REACHED_RE = re.compile(
    r"\b(?:reached|reaches|peaked|peaks|topped|tops|hit|hits)\b", re.IGNORECASE
)


def _beside_peak(first: _Reading, second: _Reading) -> tuple[Relation, str] | None:
    """The relation of a peak and a level of one quantity, or None when the pair is not one
    peak and one level. A peak is the most the thing reached over the story so far: a level no
    higher than it is consistent with it ("at its peak 40,000 homes were without power" and
    "1,450 homes were still without power on Tuesday"), and one below it told of an earlier
    day is the thing growing to it (an update); a level above it told later is the
    thing grown past it (an update), and one told for the peak's day or before clashes. Two
    peaks, or two levels, are compared as any two reports are."""
    if _is_peak(first) == _is_peak(second):
        return None
    peak, level = (first, second) if _is_peak(first) else (second, first)
    days = _side_by_side(first.when_text, second.when_text)
    said = f"{peak.said} at the peak, {level.said} a level"
    if level.low <= peak.high:
        if (
            level.when is not None
            and peak.when is not None
            and level.when < peak.when
            and level.high < peak.low
        ):
            # "120 firefighters" on the first day, "at the height of the fire, 150": the
            # thing grew to its peak
            return "update", f"an earlier level below the peak: {said} ({days})"
        if (
            level.when is not None
            and level.when == peak.when
            and level.high < peak.low
            and level.cue is not None
            and _REACHED_RE.search(level.cue)
        ):
            # "The ash column reached 11 km on 5 May" beside "put the ash column at 13 km on 5
            # May, its highest point so far": a level told as the most it reached that day
            # is that day's peak told again, another value
            return "contradiction", f"two tellings of the most it reached that day: {said} ({days})"
        return "consistent", f"a level no higher than the peak: {said} ({days})"
    if peak.when is not None and level.when is not None and level.when > peak.when:
        return "update", f"a later level above the peak told before it: {said} ({days})"
    return "contradiction", f"a level above the peak told for its day: {said} ({days})"


def _echoed(ref: FigureRef, other: FigureRef, told: Sequence[FigureRef]) -> bool:
    """``other``'s article (``told``: its figures of the group) tells ``ref``'s number as well,
    as written, with its qualifier and unit, and by the teller of ``other`` (or both with none):
    one teller's two numbers of one thing are of two times or two parts, which its article
    says, not two claims. Rival tellers an article sets side by side ("the operator said 66,
    families say more than 70") stay two claims."""
    f = ref.figure
    return any(
        o.id != other.id
        and o.figure.low == f.low
        and o.figure.high == f.high
        and o.figure.qualifier == f.qualifier
        and (o.figure.unit or "") == (f.unit or "")
        and _one_teller(o.figure, other.figure)
        for o in told
    )


def _people_wholes(
    refs: Sequence[FigureRef], told_by: Mapping[int, Sequence[FigureRef]]
) -> set[int]:
    """The ids of a group's counts of people as written ("Forty-two people were injured")
    whose own article tells a lower count of a kind of people of the group beside them, by the
    same teller ("and 15 of them were guards"): the people are everyone, of whom that kind is
    some."""
    wholes: set[int] = set()
    for ref in refs:
        f = ref.figure
        if _written_head(f) not in ("people", "person") or f.low is None:
            continue
        if any(
            o.id != ref.id
            and _written_head(o.figure) not in ("", "people", "person")
            and o.figure.high is not None
            and o.figure.high < f.low
            # one teller's: "the organisers said 80,000 people, police put the crowd at
            # 35,000" are two claims of one crowd, not everyone and some of them
            and _one_teller(o.figure, f)
            for o in told_by[ref.article_id]
        ):
            wholes.add(ref.id)
    return wholes


def _some_of_everyone(whole: FigureRef, other: FigureRef, everyone: Collection[int]) -> bool:
    """``whole`` counts everyone, some of them of a kind its article names (``_people_wholes``),
    and the other side counts that kind, fewer: some of everyone, no other count of them."""
    return (
        whole.id in everyone
        and _written_head(other.figure) not in ("", "people", "person")
        and other.figure.high is not None
        and whole.figure.low is not None
        and other.figure.high < whole.figure.low
    )


def _wholes_told(figures: Sequence[FigureRef]) -> dict[int, float]:
    """The figures told only as the whole of a part in their own words, by id, each with its
    part's number: the 42 of "18 of the train's 42 wagons" (18)."""
    by_article: dict[int, list[FigureRef]] = defaultdict(list)
    for ref in figures:
        by_article[ref.article_id].append(ref)
    found: dict[int, float] = {}
    for told in by_article.values():
        for part in told:
            whole = _whole_of_part(part.figure)
            if whole is None or part.figure.high is None:
                continue
            for inner in told:
                if (
                    inner.id != part.id
                    and part.figure.start < inner.figure.start
                    and inner.figure.end <= part.figure.end
                    and inner.figure.low == whole
                ):
                    found[inner.id] = part.figure.high
    return found


def _within_part(whole: FigureRef, other: FigureRef, wholes_told: Mapping[int, float]) -> bool:
    """``whole`` is told as the whole of a part ("18 of the train's 42 wagons": 42) and the
    other side counts no more than that part ("Eighteen wagons ... left the tracks"): the other
    counts the part, not the whole, and the pair says nothing. A count above the part ("the
    train had 40 wagons") is still compared with the whole."""
    part = wholes_told.get(whole.id)
    return (
        part is not None
        and other.id not in wholes_told
        and other.figure.high is not None
        and other.figure.high <= part
    )


def _beside_its_whole(a: Figure, b: Figure, whole_a: float | None, whole_b: float | None) -> bool:
    """One side is told as a part of a whole it numbers ("30 of the bank's 74 branches") and
    the other, no such part, counts that whole or more ("All 74 branches"): the part says
    nothing of it. Two parts of one whole ("18 of the 42 wagons", "23 of the 42 wagons") are
    still compared."""
    for part, whole, other in ((a, whole_a, b), (b, whole_b, a)):
        if whole is None or (whole_a is not None and whole_b is not None):
            continue
        if other.low is not None and other.low >= whole and part.high is not None:
            return part.high < whole
    return False


def _part_beside_whole(a: _Reading, b: _Reading, parts: Collection[int]) -> bool:
    """One side is a part its article tells of its total (``_told_parts``) and the other side
    counts more than it: the part set beside another total says nothing of it. Beside a
    smaller count (four heatstroke deaths, then nine) it may still be that count grown."""
    return (a.id in parts and b.low > a.high) or (b.id in parts and a.low > b.high)


def _as_told(reading: _Reading) -> _Reading:
    """A running total dated by its event's day ("Four people were killed ... early on
    Thursday", told on Friday), read as of the day it was told: beside a report of another
    day or none ("Two people are confirmed dead", live on Thursday; "Five people have lost
    their lives", Saturday), it is the total known when its article told it. Two reports of
    one event's day are still read by when each was told (``_relate``). A day told with a word
    of change ("raised the toll to 11 on Thursday") is the telling's own day."""
    if (
        not reading.window.startswith("day:")
        # "revised the number of evacuees down to 19,800 on Tuesday": a day told with a word
        # of change is the day of the telling already
        or reading.cue
        or reading.when is None
        or reading.published is None
        or reading.published <= reading.when
    ):
        return reading
    return replace(
        reading,
        when=reading.published,
        since=reading.published,
        when_text=_day_text(reading.published),
    )


def _told_later_knows_more(
    a: _Reading, b: _Reading, as_told: Collection[int]
) -> tuple[_Reading, _Reading]:
    """Two reports of a running total as of one day, one of them a total dated by its event's
    day and read as of its telling, told on two days ("Five skiers were killed", told on
    Wednesday of Tuesday's avalanche; "by Wednesday evening seven had died", told on Thursday):
    the later telling knew more of that day, so it is read as of its telling, the later
    report."""
    if (
        (a.id not in as_told and b.id not in as_told)
        or a.when is None
        or a.when != b.when
        or a.published is None
        or b.published is None
        or a.published == b.published
    ):
        return a, b
    if a.published > b.published:
        return replace(a, when=a.published, since=a.published, when_text=_day_text(a.published)), b
    return a, replace(b, when=b.published, since=b.published, when_text=_day_text(b.published))


def _event_day_told_later(
    a: _Reading, b: _Reading, a_day_only: bool, b_day_only: bool
) -> tuple[_Reading, _Reading]:
    """A running count dated to its event's day and told days later ("Six people were killed
    in Monday's tower fire", in Thursday's paper) beside a total with no window told between
    the two ("Nine people have now died", Wednesday): told on Thursday, the six is the toll as
    Thursday's report has it, so it is the later report (lower, here), never the earlier one
    its event's day would make it. A count its words limit to its day, or told with a word of
    change, keeps its day."""
    for told, other, limited in ((a, b, a_day_only), (b, a, b_day_only)):
        if (
            not limited
            and told.period == "day"
            and told.window.startswith("day:")
            and not told.cue
            and not other.window
            and other.period in (None, "cumulative")
            and told.when is not None
            and told.published is not None
            and other.when is not None
            and other.published is not None
            and told.when < other.when
            and other.published < told.published
        ):
            told = replace(
                told, when=told.published, since=told.published, when_text=_day_text(told.published)
            )
            return (told, other) if told.id == a.id else (other, told)
    return a, b


def _known_when_told(a: _Reading, b: _Reading) -> tuple[_Reading, _Reading]:
    """A running count a later article dates by its event ("the bridge fell into the river
    last Tuesday, killing 11 people", in a newsletter days after another outlet's "the toll
    rose to nine on Thursday") is the count as known when that article told it: where the
    other report was dated and told between the event and this telling, this one is dated by
    its telling, so the two are read in the order they were told."""
    for told, other in ((a, b), (b, a)):
        if (
            told.period is None
            and not told.window
            and told.when is not None
            and told.published is not None
            and other.when is not None
            and other.published is not None
            and told.when < other.when <= told.published
            and other.published < told.published
        ):
            told = replace(
                told, when=told.published, since=told.published, when_text=_day_text(told.published)
            )
            return (told, other) if told.id == a.id else (other, told)
    return a, b


def _revised_in_group(
    refs: Sequence[FigureRef], revisions: Mapping[int, tuple[float, ...]]
) -> tuple[set[frozenset[int]], dict[int, tuple[float, date]]]:
    """The pairs of a group in which a later report names the earlier report of its own
    teller, or one told with no teller, that it replaces (``_named_revisions``), and for each report so replaced the value
    it was replaced by and when."""
    revised: set[frozenset[int]] = set()
    replaced: dict[int, tuple[float, date]] = {}
    for later in refs:
        named = revisions.get(later.id)
        value = later.figure.low
        if not named or value is None or later.published is None:
            continue
        for earlier in refs:
            was = earlier.figure.low
            if (
                earlier.article_id == later.article_id
                or earlier.published is None
                or earlier.published >= later.published
                or was is None
                or earlier.figure.high != was
                or was == value
                or earlier.figure.unit != later.figure.unit
                or not any(math.isclose(was, v) for v in named)
                # an earlier count told with no teller ("Airlines cancelled 220 flights")
                # may be the one a later teller names ("310, more than the 220 first
                # reported"); another teller's count is that teller's own
                or (earlier.figure.attributed_to and not _same_teller(earlier.figure, later.figure))
            ):
                continue
            revised.add(frozenset((earlier.id, later.id)))
            if earlier.id not in replaced or replaced[earlier.id][1] > later.published:
                replaced[earlier.id] = (value, later.published)
    return revised, replaced


#: how far apart the two numbers of one named correction are written ("revised the toll down
#: from 23 to 21", "cut its estimate from 1,450 to 1,380")
_FROM_TO_REACH = 12


@dataclass(frozen=True, slots=True)
class _Correction:
    """A count an article tells as corrected from one number to another."""

    article_id: int
    measure: str
    unit: str
    was: float
    now: float
    day: date


def _corrections_from_to(figures: Sequence[FigureRef]) -> list[_Correction]:
    """The counts articles tell as corrected from one number to another ("The ministry
    revised the toll down from 23 to 21 on 22 July", "cut its estimate from 1,450 to 1,380"):
    two numbers of one measure and unit, written next to each other, both told with the word
    of revision. The correction's day is the day its new number is dated to."""
    by_article: dict[int, list[FigureRef]] = defaultdict(list)
    for ref in figures:
        if likeness.names_revision(ref.figure.change_cue):
            by_article[ref.article_id].append(ref)
    found: list[_Correction] = []
    for article, told in by_article.items():
        told.sort(key=lambda r: r.figure.start)
        for old, new in pairwise(told):
            was, now = old.figure.low, new.figure.low
            day = new.figure.as_of or new.published
            if (
                was is None
                or now is None
                or was == now
                or day is None
                or old.figure.high != was
                or new.figure.start - old.figure.end > _FROM_TO_REACH
                or canonical_measure(old.figure.measure) != canonical_measure(new.figure.measure)
                or old.figure.unit != new.figure.unit
            ):
                continue
            measure = canonical_measure(new.figure.measure) or ""
            found.append(_Correction(article, measure, new.figure.unit or "", was, now, day))
    found.extend(_corrections_first_given(figures))
    return found


#: words by which a number right after a figure is said to be the one first told ("120
#: metres, not the 80 metres first given", "not the 12 initially reported")
_FIRST_TOLD_RE = re.compile(r"\b(?:first|earlier|initially|originally|previously)\b", re.IGNORECASE)


#: how far after its correction a number denied and said to be the one first told may stand:
#: "was travelling at 46 km/h when it left the tracks, the investigators found, not 40 km/h as
#: first reported" (the denial names the number it replaces, whatever lies between)
_DENIED_FIRST_REACH = 90


def _corrections_first_given(figures: Sequence[FigureRef]) -> list[_Correction]:
    """The figures told in place of a number said to be the one first told: "The bus fell 120
    metres, not the 80 metres first given". The older number is the count as first told,
    whoever told it, so another article's 80 told before this one is the count this one
    corrects. The number first told follows its correction within a few words, in its unit."""
    by_article: dict[int, list[FigureRef]] = defaultdict(list)
    for ref in figures:
        by_article[ref.article_id].append(ref)
    found: list[_Correction] = []
    for article, told in by_article.items():
        if len(told) < 2:
            continue
        told = sorted(told, key=lambda r: r.figure.start)
        for new, old in pairwise(told):
            was, now = old.figure.low, new.figure.low
            # the number first told is corrected when the correction is told: "said on Tuesday
            # that 29 prisoners, not 27 as first reported, had escaped early on Sunday" replaces
            # Monday's 27, though both count Sunday's escape
            day = max(filter(None, (new.figure.as_of, new.published)), default=None)
            said_first = f"{old.figure.counted or ''} {old.figure.change_cue or ''}"
            if (
                was is None
                or now is None
                or was == now
                or day is None
                or old.figure.start - new.figure.end
                > (_DENIED_FIRST_REACH if old.figure.denied else _FROM_TO_REACH)
                or old.figure.unit != new.figure.unit
                or _FIRST_TOLD_RE.search(said_first) is None
            ):
                continue
            measure = canonical_measure(new.figure.measure) or ""
            found.append(_Correction(article, measure, new.figure.unit or "", was, now, day))
    return found


def _superseded(
    refs: Sequence[FigureRef],
    measure: str,
    corrections: Sequence[_Correction],
    replaced: dict[int, tuple[float, date]],
) -> None:
    """Adds to ``replaced`` the group's reports a named correction of the group's measure
    supersedes (``_corrections_from_to``): a report of another article that gave the old
    number, told no later than the correction, was that count before it, so the corrected
    number beside it, told after, is an update, whoever tells it."""
    for fix in corrections:
        if fix.measure != measure:
            continue
        for earlier in refs:
            if (
                earlier.article_id != fix.article_id
                and earlier.published is not None
                and earlier.published <= fix.day
                and earlier.figure.low == fix.was
                and earlier.figure.high == fix.was
                and (earlier.figure.unit or "") == fix.unit
                and (earlier.id not in replaced or replaced[earlier.id][1] > fix.day)
            ):
                replaced[earlier.id] = (fix.now, fix.day)


def _named_revision(
    a: _Reading,
    b: _Reading,
    revised: set[frozenset[int]],
    replaced: Mapping[int, tuple[float, date]],
    relation: Relation,
    reason: str,
) -> tuple[Relation, str]:
    """An update where the later report says which earlier count it corrects ("33 miners had
    been caught, not 31 as it said on Monday"), or repeats the corrected value after the
    correction was told (a third outlet's "149 passengers" beside the first "146"); otherwise
    the relation as judged."""
    said = f"{a.said} vs {b.said}"
    if frozenset((a.id, b.id)) in revised:
        return (
            "update",
            f"later report revises its teller's own earlier count, naming it: {said} "
            f"({_side_by_side(a.when_text, b.when_text)})",
        )
    for earlier, later in ((a, b), (b, a)):
        if earlier.id not in replaced:
            continue
        value, told = replaced[earlier.id]
        if (
            later.published is not None
            and later.published >= told
            and later.floor is not None
            and later.low <= value <= later.high
        ):
            return (
                "update",
                f"the earlier count was revised to {_num(value)} on {_day_text(told)}, which "
                f"the later report gives: {said}",
            )
    return relation, reason


#: words of a teller's name by which it speaks for the state: its police, army, ministries
_STATE_TELLER_WORDS = frozenset(
    {
        "police", "ministry", "minister", "government", "authorities", "army", "military",
        "officials", "prosecutor", "prosecutors", "interior", "governor", "mayor",
    }
)  # fmt: skip
#: words of a teller's name by which it speaks against the state's count: those who watch,
#: defend or march against it
_CHALLENGER_TELLER_WORDS = frozenset(
    {
        "rights", "monitor", "monitors", "activists", "activist", "opposition", "organisers",
        "organizers", "union", "unions", "lawyers", "campaigners", "watchdog", "observatory",
        "protesters", "ngo", "amnesty",
    }
)  # fmt: skip


def _opposed_tellers(a: str | None, b: str | None) -> bool:
    """One teller speaks for the state (police, a ministry) and the other for those who watch
    or oppose it (a rights group, organisers, a union): two sides whose counts of one event are
    rival claims, whichever was told first."""
    wa = set(re.findall(r"[a-z]+", (a or "").lower()))
    wb = set(re.findall(r"[a-z]+", (b or "").lower()))
    return bool(
        (wa & _STATE_TELLER_WORDS and wb & _CHALLENGER_TELLER_WORDS)
        or (wb & _STATE_TELLER_WORDS and wa & _CHALLENGER_TELLER_WORDS)
    )


def _rival_day_count(
    a: _Reading,
    b: _Reading,
    ref_i: FigureRef,
    ref_j: FigureRef,
    relation: Relation,
    reason: str,
) -> tuple[Relation, str]:
    """A contradiction where the state's teller and one that watches or opposes it count one
    day's event and the later article's count says nothing of having grown: police's "94
    people had been arrested during Saturday's protest" and a rights group's "131 people had
    been detained during Saturday's protest", told days apart, are two sides' claims about that
    day, not one count that rose. The police's own later "94" after their "86", a count that
    "rose to", and two bodies of the state ("injured 151 people, the disaster agency said",
    "injured 236 people, the interior minister said on Thursday") are still updates."""
    if not (a.window and a.window == b.window and a.window.startswith("day:")):
        return relation, reason
    if a.published is None or b.published is None or a.published == b.published:
        return relation, reason
    later = a if a.published > b.published else b
    figures = {ref_i.id: ref_i.figure, ref_j.id: ref_j.figure}
    fa, fb = figures[a.id], figures[b.id]
    if later.cue or not _opposed_tellers(fa.attributed_to, fb.attributed_to):
        return relation, reason
    day = _window_text(a.window)
    return (
        "contradiction",
        f"two sides count one day's event, and the later count does not say it grew: "
        f"{a.said} vs {b.said} (both as of {day})",
    )


# -- possibly the same quantity -------------------------------------------------------------

#: two reports told this many days apart or fewer may be tentatively one quantity
TENTATIVE_DAYS = 7
#: at most this many figures either side in time are weighed for one loose figure, so that a
#: project of many like figures stays quick
TENTATIVE_SCAN = 30

#: a kind of thing a story also counts by the name of all of its kinds: "16 cars, vans and
#: lorries" fell into the river, "12 vehicles" were on the span; the kind is a part of the
#: whole, so it may be fewer than the whole but never more
_KIND_OF = {
    "car": "vehicle",
    "van": "vehicle",
    "lorry": "vehicle",
    "truck": "vehicle",
    "bus": "vehicle",
    "coach": "vehicle",
    "motorcycle": "vehicle",
    "motorbike": "vehicle",
    "tanker": "vessel",
    "ship": "vessel",
    "boat": "vessel",
    "ferry": "vessel",
    "trawler": "vessel",
    "apartment": "home",
    "flat": "home",
}

#: the same thing named by a word of its own: "the cost" and "the bill" of one attack are one sum
_NOUN_KIN = {
    "fatality": "death",
    "dead": "death",
    "victim": "death",
    "reading": "temperature",
    "mercury": "temperature",
    "thermometer": "temperature",
    "bill": "cost",
    "costs": "cost",
    "expense": "cost",
    "ransom": "demand",
    "file": "record",
    "house": "home",
    "dwelling": "home",
}

#: measures that tell one happening in other verbs: records "copied", "stolen" or "taken" in
#: one breach; people "killed", "died" or "dead" in one disaster
_MEASURE_KIN = {
    "died": "killed",
    "dead": "killed",
    "stolen": "copied",
    "taken": "copied",
    "leaked": "copied",
    "exfiltrated": "copied",
    "accessed": "copied",
    "hurt": "injured",
    "wounded": "injured",
    # "about 21,000 were forced from their homes" and "23,400 people have now been evacuated"
    # in one flood: those who had to leave, told by whether an order made them
    "displaced": "evacuated",
}

#: measures whose kin is close enough to link two reports as a count told again, not to say
#: they clash: the displaced include those who left with no order
_LOOSE_KIN = frozenset({"displaced"})

#: "two more bodies", "another 40 people": an addition to a count
_MORE_RE = re.compile(r"\s+(?:more|additional|further|extra|new)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Frame:
    """How a figure is told, as far as whether it is possibly another's quantity hangs on it:
    what is counted and done, in what unit, where, by whom and over what stretch."""

    unit: str
    measure: str
    head: str
    whole: str  # the thing of which ``head`` is a kind ("vehicle" for "car"), else ``head``
    modifiers: frozenset[str]
    scope: str
    teller: frozenset[str]
    period: FigurePeriod | None
    window: str  # the window a quantity is limited to ("day:2028-03-14"), else ""
    #: the measure as told, before its kin's name ("displaced" for "evacuated")
    told: str = ""
    #: the number has no name and says it revises an earlier one or that its count rose
    #: ("revised its total down to 53", "the tally rose to 310"): possibly the one figure near
    #: it of its unit, told again (see _likeness)
    revises: bool = False
    #: the noun as the figure's own words give it, singular ("household" where ``head`` is the
    #: "home" the reader's synonyms make of it)
    written: str = ""
    #: the stretch a rate is told per (``Figure.rate``), "" for no rate
    rate: str = ""


def _frame(ref: FigureRef, q: Quantity | None) -> _Frame | None:
    """The frame of a figure, read through the quantity its group counts when it is in one
    (what the group says it counts is what it is compared by), else its own reading."""
    figure = ref.figure
    if figure.hedged or figure.denied or (figure.low is None and figure.high is None):
        return None
    if _MORE_RE.match(
        figure.text[figure.text.find(figure.number_text) + len(figure.number_text) :]
    ):
        # "two more bodies were recovered": what was added, never the count itself
        return None
    if q is not None:
        measure, head, modifiers, unit, scope = (
            q.measure,
            q.head,
            list(q.modifiers),
            q.unit,
            q.scope,
        )
        window = q.window
    else:
        measure = canonical_measure(figure.measure) or ""
        words = [w.lower() for w in (figure.counted or "").replace("-", " ").split()]
        words = [w for w in words if w not in FILLER_WORDS]
        head = _singular(words[-1]) if words else ""
        head = _HEAD_SYNONYMS.get(head, head)
        modifiers = words[:-1]
        unit, scope = _unit(figure.unit), (figure.scope or "").lower()
        period = figure.period
        window = (
            window_of(period, figure.as_of) if period is not None and period in _WINDOWS else ""
        )
    if head == "member" and modifiers[-1:] and modifiers[-1] in _MEMBER_GROUPS:
        head, modifiers = modifiers[-1], modifiers[:-1]
    head = _NOUN_KIN.get(head, head)
    # "water temperature" in degrees measures the water, "snow depth" in metres the snow
    head, modifiers = likeness.measured_thing(head, modifiers, unit)
    told = measure
    measure = _MEASURE_KIN.get(measure, measure)
    if head == "death" and measure in ("", "killed"):
        # "nine deaths" are the people killed, as "the death toll" is
        head, measure = "people", "killed"
    if not measure and head in _TALLY_HEADS:
        # "Hardwick county's tally rose to 310": a tally names no thing of its own (its
        # owner's name may be the place it counts in, which _alike reads as the place)
        head = ""
    revises = (
        not measure
        and not head
        and bool(figure.change_cue)
        and (
            likeness.names_revision(figure.change_cue)
            or _ROSE_RE.search(figure.change_cue or "") is not None
        )
    )
    if (not measure and not head and not unit and not revises) or head in _SELF_NAMED_UNITS:
        # a magnitude is one event's own size: a quake's and its aftershock's are two
        return None
    return _Frame(
        unit=unit,
        measure=measure,
        head=head,
        whole=_KIND_OF.get(head) or likeness.kind_whole(head),
        modifiers=frozenset(modifiers),
        scope=scope,
        teller=frozenset(_teller_words(figure.attributed_to)),
        period=figure.period,
        window=window,
        told=told,
        revises=revises,
        written=_written_head(figure),
        rate=figure.rate or "",
    )


def _written_head(figure: Figure) -> str:
    """The last word of what a figure counts as written, singular ("household")."""
    words = (figure.counted or "").lower().replace("-", " ").split()
    if not words:
        return ""
    # singular by its ending alone: the reader's synonyms are what ``head`` already holds
    word = words[-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


#: the likeness of a place told as the place on one side and inside the noun on the other
PLACE_IN_NOUN = "the place told in the noun"
#: the likeness of a number with no name that says it was revised or rose
NAMELESS_MOVE = "a number with no name said to be revised or to have risen"
#: the likeness of two levels told with no verb on either side
AS_THEY_STAND = "both told as they stand now"
#: opens a reason that only a likeness gives (see _likeness): such links are looser than a
#: shared key's, so their numbers must lie near each other and they weigh less in the choice of
#: a figure's likeliest match
LIKENESS_MARK = "by likeness: "


def _alike(a: _Frame, b: _Frame) -> list[str] | None:
    """What two frames share that makes their figures possibly one quantity, or None where
    they differ in a way that says they are two things (another measure, another kind of
    thing, another place, a year's count beside a one-off). A reason opening with
    ``LIKENESS_MARK`` is one only a likeness of _likeness gives."""
    if a.unit != b.unit or a.unit == "share":
        # a share is of a base its words name, which a bare noun seldom says
        return None
    likened: list[str] = []
    if a.head != b.head and a.head and b.head:
        kin_a, kin_b = likeness.kin_head(a.head, b.head), likeness.kin_head(b.head, a.head)
        if kin_a == kin_b:
            # one set of people by two of its names: "pupils" and "students" of one school
            likened.append(f"{LIKENESS_MARK}{a.head} and {b.head} as one")
            a = replace(a, head=kin_a, whole=kin_a)
            b = replace(b, head=kin_b, whole=kin_b)
    if a.head and b.head and a.whole != b.whole:
        return None
    if bool(a.scope) != bool(b.scope) and (a.modifiers or b.modifiers):
        # one place told as the place on one side and inside the noun on the other ("The water
        # temperature in Lake Orsa", "Lake Orsa's surface water") is one place
        placed, unplaced = (a, b) if a.scope else (b, a)
        words = set(placed.scope.replace("'s", "").split())
        told = {w.removesuffix("'s") for w in unplaced.modifiers}
        if words and words <= told:
            kept = frozenset(w for w in unplaced.modifiers if w.removesuffix("'s") not in words)
            unplaced = replace(unplaced, scope=placed.scope, modifiers=kept)
            a, b = (placed, unplaced) if placed is a else (unplaced, placed)
            likened.append(f"{LIKENESS_MARK}{PLACE_IN_NOUN}")
    if a.scope and b.scope and a.scope != b.scope and likeness.one_company(a.scope, b.scope):
        # "Castellan Group offered 640 pence a share", "Castellan raised its offer to 720p"
        likened.append(f"{LIKENESS_MARK}{a.scope} and {b.scope} as one")
        b = replace(b, scope=a.scope)
    if a.modifiers and b.modifiers and a.modifiers != b.modifiers:
        return None
    if a.scope and b.scope and a.scope != b.scope:
        return None
    if a.window != b.window or a.rate != b.rate:
        return None
    told_once = [(x or "people") != (y or "people") for x, y in ((a.whole, b.whole),)] + [
        bool(x) != bool(y) for x, y in ((a.scope, b.scope), (a.modifiers, b.modifiers))
    ]
    if sum(told_once) > 1 and not (a.revises or b.revises):
        # what is counted and where, each told on one side only: too little in common
        return None
    if {a.period, b.period} == {"current", "cumulative"}:
        # how many are held now and how many were held at some time are two quantities
        return None
    shared: list[str] = []
    if a.measure and a.measure == b.measure:
        shared.append(f"both {a.measure}")
    if a.head and b.head and a.whole not in ("", "people"):
        shared.append(f"both count {a.whole}")
    if a.scope:
        # a place told on one side only is said so: the reason is what the analyst reads
        shared.append(
            f"both in {a.scope}" if a.scope == b.scope else f"in {a.scope} (told on one side)"
        )
    elif b.scope:
        shared.append(f"in {b.scope} (told on one side)")
    if a.teller & b.teller:
        shared.append("one teller")
    shared += likened
    if (
        _CURRENCY_CODE_RE.fullmatch(a.unit)
        and not (a.measure or b.measure or a.head or b.head)
        and a.period == b.period == "cumulative"
    ):
        # sums in one currency named by nothing else, each told as a total to date ("cost
        # the group at least 18 million euros so far")
        return [*shared, f"both to date in {a.unit}"]
    if a.revises != b.revises:
        # "revised its total down to 53", "corrected its figure to 58 tonnes", "the county's
        # tally rose to 310": a number with no name that says it revises one, or that it rose,
        # may be the one figure of its unit near it told again (the caller checks that it is
        # told no earlier than that one)
        named = b if a.revises else a
        if named.head or named.measure:
            return [*shared, f"{LIKENESS_MARK}{NAMELESS_MOVE}"]
        if a.window and _CURRENCY_CODE_RE.fullmatch(a.unit):
            # "corrected its figure for Monday's withdrawals to €460m" beside "withdrew 420
            # million euros on Monday": one day's sum in one currency, neither named
            told_day = _window_text(a.window)
            return [*shared, f"both of {told_day}", f"{LIKENESS_MARK}{NAMELESS_MOVE}"]
        return None
    if not (a.head or b.head) and not (a.scope or a.teller & b.teller):
        # neither names what it counts: only one place or teller says it is one thing
        return None
    if a.measure and a.measure == b.measure:
        # one verb told of one thing, or of a thing one side leaves unnamed: "six people
        # were killed", "the toll rose to nine"
        return shared
    if (
        not (a.measure or b.measure)
        and a.head
        and b.head
        and (a.head == a.whole) != (b.head == b.whole)
        # the whole named as the whole, not another noun the reader takes for it ("71
        # households" are families, not the "88 flats" of a block)
        and (a if a.head == a.whole else b).written in ("", (a if a.head == a.whole else b).head)
    ):
        # kinds named against all of them, with no verb on either side ("Police said 16 cars,
        # vans and lorries had fallen into the river", "12 vehicles were on the span"): the
        # list of kinds is told as the whole it adds up to
        return [*shared, f"{b.head if a.head == a.whole else a.head} of {a.whole}"]
    if (
        not (a.head or b.head or a.measure or b.measure)
        and a.unit in likeness.MEASURED_UNITS
        and a.window
        and a.scope
        and a.scope == b.scope
    ):
        # "Floodwater peaked at 2.3 metres in the centre of Marren on Thursday" beside "The
        # water in the centre of Marren peaked at 3.1 metres on Thursday evening", neither
        # noun read: one measurement in one unit, of one place and one day
        when = _window_text(a.window)
        return [*shared, f"both of {when}", f"{LIKENESS_MARK}one measurement of a place and day"]
    if a.head != b.head or a.head in likeness.GENERIC_HEADS:
        return None
    if (
        a.unit in likeness.MEASURED_UNITS
        and not (a.measure or b.measure)
        and (a.window or (a.scope and a.scope == b.scope) or a.teller & b.teller)
    ):
        # one thing measured in one unit, of one day, place or teller: "The water temperature
        # in Lake Orsa reached 26C on Monday", "Lake Orsa's surface water hit 28.4C on Monday"
        day = [f"both of {_window_text(a.window)}"] if a.window else []
        return [*shared, *day, f"{LIKENESS_MARK}both measure the {a.head} in {a.unit}"]
    if not (a.measure or b.measure) and a.period == b.period == "current":
        # one set held now, or one level as it stands, no verb read on either side ("Five
        # colleagues remain in captivity", "three aid workers were still held"; a bidder's
        # offer)
        return [*shared, f"{LIKENESS_MARK}{AS_THEY_STAND}"]
    # a noun with no verb, or with one the other side lacks, says too little: "cancelled
    # 1,100 flights" and "handled 1,100 flights" (a verb no reader knows) share only the noun
    return None


def _tentative_pairs(
    story: Sequence[FigureRef],
    quantity_of_figure: Mapping[int, Quantity],
    group_of: Mapping[int, str],
    as_told: Collection[int] = (),
    about: Mapping[int, str] | None = None,
    around: context.Around | None = None,
) -> list[FigurePair]:
    """Pairs of one story's figures from two articles that no group holds together, whose
    telling is so alike (unit, time, what is counted or done, place or teller) that they are
    possibly one quantity: judged as a group's pair is, and marked tentative with why. Of
    several such figures of one article, a figure is paired with the one nearest its value,
    and only where that one's nearest in this figure's article is this figure: the pair is
    each other's likeliest match, so a story of many figures gives few such pairs."""
    # only a figure left in no group is paired: two figures each in a group were kept apart
    # on purpose (a count now and a total to date, two windows), so a story whose figures all
    # joined groups costs one pass
    loose = [r for r in story if r.id not in group_of and _when(r) is not None]
    if not loose:
        return []
    frames: dict[int, _Frame] = {}
    wanted: set[tuple[str, str]] = set()
    # loose figures with no name that say they revise one ("revised its total down to 58
    # tonnes"), by unit: they are weighed against the figures of every measure of their unit
    revising: dict[str, list[FigureRef]] = defaultdict(list)
    for ref in loose:
        frame = _frame(ref, quantity_of_figure.get(ref.id) or quantity_of(ref.figure))
        if frame is not None:
            frames[ref.id] = frame
            wanted.add((frame.unit, frame.measure))
            if frame.revises:
                revising[frame.unit].append(ref)

    def _weighed(kind: tuple[str, str]) -> bool:
        return kind in wanted or kind[0] in revising

    # the figures that might be paired with them: of the same unit and measure (a group's
    # measure and unit are its quantity's, looked up once per group)
    by_kind: dict[tuple[str, str], list[FigureRef]] = defaultdict(list)
    kinds: dict[str, tuple[str, str]] = {}
    for ref in story:
        key = group_of.get(ref.id)
        if key is None:
            if ref.id in frames:
                by_kind[(frames[ref.id].unit, frames[ref.id].measure)].append(ref)
            continue
        if (key in kinds and not _weighed(kinds[key])) or _when(ref) is None:
            continue
        if key not in kinds:
            frame = _frame(ref, quantity_of_figure.get(ref.id))
            if frame is None:
                continue
            frames[ref.id] = frame
            # one group's figures share their quantity's unit and measure
            kinds[key] = (frame.unit, frame.measure)
        if _weighed(kinds[key]):
            by_kind[kinds[key]].append(ref)
    for (unit, measure), refs in by_kind.items():
        if measure:
            refs.extend(revising.get(unit, ()))

    def frame_of(ref: FigureRef) -> _Frame | None:
        # a grouped figure's frame is read only when a loose one is weighed against it
        if ref.id not in frames:
            frame = _frame(ref, quantity_of_figure.get(ref.id))
            if frame is None:
                return None
            frames[ref.id] = frame
        return frames[ref.id]

    # for each figure and each other article, the best match there: (score, closeness, -id)
    best: dict[tuple[int, int], tuple[int, float, int]] = {}
    found: dict[frozenset[int], tuple[FigureRef, FigureRef, list[str]]] = {}
    for refs in by_kind.values():
        refs = sorted(refs, key=lambda r: (_when(r) or date.min, r.id))
        days = [(_when(r) or date.min).toordinal() for r in refs]
        for i, a in enumerate(refs):
            if a.id in group_of:
                continue
            since = bisect_left(days, days[i] - TENTATIVE_DAYS)
            stop = bisect_left(days, days[i] + TENTATIVE_DAYS + 1)
            for j in range(max(since, i - TENTATIVE_SCAN), min(stop, i + TENTATIVE_SCAN + 1)):
                b = refs[j]
                if j == i or a.article_id == b.article_id:
                    continue
                if b.id not in group_of and b.id < a.id:
                    continue  # two loose figures are weighed once, from the earlier id
                frame_b = frame_of(b)
                if frame_b is None:
                    continue
                shared = _alike(frames[a.id], frame_b)
                if shared is None:
                    continue
                va, vb = (
                    r.figure.low if r.figure.low is not None else r.figure.high for r in (a, b)
                )
                if not va or not vb or va <= 0 or vb <= 0:
                    continue
                loose_by = sum(1 for x in shared if x.startswith(LIKENESS_MARK))
                if (
                    loose_by
                    and not likeness.near(va, vb)
                    and not (
                        shared[-1].endswith(AS_THEY_STAND)
                        and _when(a) != _when(b)
                        and likeness.within(va, vb, likeness.LEVEL_RATIO)
                    )
                ):
                    # a likeness alone is a looser tie than a key: only near numbers; a level
                    # told as it stands now on two days may fall further (hostages freed,
                    # people gone home), as an update, never a clash
                    continue
                if shared[-1].endswith(NAMELESS_MOVE):
                    # what is revised or rose was told before, or the same day
                    moved, named = (a, b) if frames[a.id].revises else (b, a)
                    if (_when(moved) or date.min) < (_when(named) or date.max):
                        continue
                if bool(frames[a.id].scope) != bool(frames[b.id].scope) and not any(
                    x.endswith(PLACE_IN_NOUN) for x in shared
                ):
                    # a place told on one side only may name a part of the other's whole
                    # ("In Croatia, the floods have killed nine" beside "have killed 23"), and
                    # so may a count told with no place on the day of one told with it; a
                    # count told later with its place, and at least the count told without,
                    # is no such part, unless the count without a place is in a group (a whole
                    # the grouping found, of which the place's count stayed a part)
                    placed, bare = (a, b) if frames[a.id].scope else (b, a)
                    if (
                        bare.id in group_of
                        or placed.published is None
                        or bare.published is None
                        or placed.published <= bare.published
                        or (va if placed is a else vb) < (vb if placed is a else va)
                    ):
                        continue
                closeness = -abs(math.log(va / vb))
                if closeness < -math.log(_FIXED_APART_RATIO):
                    continue
                found[frozenset((a.id, b.id))] = (a, b, shared)
                for one, other in ((a, b), (b, a)):
                    score = (len(shared) - loose_by, closeness, -other.id)
                    slot = (one.id, other.article_id)
                    if slot not in best or score > best[slot]:
                        best[slot] = score
    chosen = [
        (a, b, shared)
        for a, b, shared in found.values()
        if -best[(a.id, b.article_id)][2] == b.id and -best[(b.id, a.article_id)][2] == a.id
    ]

    def _dead_counted(ref: FigureRef) -> bool:
        counted = (ref.figure.counted or "").lower().split()
        return bool(counted) and counted[-1] in context.TOLL_PART_NOUNS

    told_dead = [r for a, b, _ in chosen for r in (a, b) if _dead_counted(r)]
    if told_dead and (about or around is not None):
        # the dead told as a part of a toll ("Eight victims ... have been identified", "two
        # of the dead") beside the toll ("killed at least 14 people") are no one quantity
        # however alike the two are framed: their clauses tell (see _context)
        parted = context.parts_of(told_dead, about, around)
        chosen = [
            (a, b, shared)
            for a, b, shared in chosen
            if not any(parted.get(x.id) and not parted.get(y.id) for x, y in ((a, b), (b, a)))
        ]
    # loose figures no pass paired, told among alike words in their articles (see _context)
    taken = {r.id for a, b, _ in chosen for r in (a, b)}
    for a, b, words in context.pairs(loose, story, frame_of, about, taken, around):
        chosen.append((a, b, [f"{context.CONTEXT_MARK}{', '.join(words)}"]))
    pairs: list[FigurePair] = []
    for a, b, shared in chosen:
        fa, fb = frames[a.id], frames[b.id]
        first, second = (a, b) if a.id < b.id else (b, a)
        ra, rb = _reading(first), _reading(second)
        if (
            fa.unit != ""
            and (first.figure.unit or "").lower() == (second.figure.unit or "").lower()
        ):
            ra, rb = _reading(first, converted=False), _reading(second, converted=False)
        measure = fa.measure or fb.measure
        kind = _pair_kind(_kind(measure, fa.unit), ra, rb, measure)
        if kind == "running" and ra.window != rb.window and as_told:
            ra = _as_told(ra) if ra.id in as_told else ra
            rb = _as_told(rb) if rb.id in as_told else rb
        relation, reason = _relate(ra, rb, kind)
        if relation == "contradiction" and {fa.told, fb.told} & _LOOSE_KIN and fa.told != fb.told:
            # "forced the evacuation of 13.2 million people" and "forced 14 million people from
            # their homes" told on one day: who left on an order and who left at all may be two
            # counts, so kin words link reports told on different days, never claim a clash
            continue
        if relation == "contradiction" and not _near_points(ra, rb):
            # values far apart that cannot both hold say two things more often than one
            # thing told twice: no pair
            continue
        if (
            relation == "contradiction"
            and fa.head != fb.head
            and fa.head
            and fb.head
            and (fa.whole != fa.head) != (fb.whole != fb.head)
        ):
            # a kind of a thing beside all of them ("16 cars" beside "12 vehicles"): the kind
            # may be fewer than the whole, never more
            part, whole = (ra, rb) if fa.whole != fa.head else (rb, ra)
            if part.low <= whole.high:
                relation = "consistent"
                reason = f"a kind may be fewer than all: {part.said} vs {whole.said}"
        why = ", ".join(shared) if shared else "told alike"
        pairs.append(
            FigurePair(
                first.id,
                second.id,
                relation,
                f"{TENTATIVE_REASON}{why}; {reason}",
                "",
                tentative=True,
            )
        )
    pairs.sort(key=lambda p: (p.a, p.b))
    return pairs
