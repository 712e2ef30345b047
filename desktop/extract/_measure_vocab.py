"""One quantity, however a report tells it: the reader's vocabulary of kinds, measures and units.

Two outlets count one thing in other words: "16 cars, vans and lorries" and "12 vehicles",
"a crew of 24" and "22 crew members", "copied the records of 300,000 patients" and "the
records of 410,000 patients were copied", "a 95-metre section" and "120 metres". The reader
gives each the same noun, measure and unit, so that the comparison can link them; what
differs in meaning (a yearly caseload, a part, another kind) is left as the text tells it.
"""

from __future__ import annotations

import re

#: a general noun and the kinds a report lists in its place ("cars, vans and lorries" are
#: vehicles); only kinds news lists together for one count, each of one general noun
_KINDS: dict[str, tuple[str, ...]] = {
    "vehicles": (
        "cars", "vans", "lorries", "trucks", "buses", "coaches", "motorcycles", "motorbikes",
        "minibuses", "taxis", "pick-ups", "pickups", "tractors", "SUVs", "cars and vans",
    ),
    "vessels": ("boats", "ships", "ferries", "yachts", "trawlers", "barges", "tugs", "dinghies"),
    "aircraft": ("planes", "aeroplanes", "airplanes", "helicopters", "jets"),
    "livestock": ("cattle", "cows", "sheep", "goats", "pigs", "horses", "donkeys", "camels"),
    "weapons": ("rifles", "pistols", "guns", "shotguns", "handguns", "revolvers"),
    "homes": ("houses", "flats", "apartments", "bungalows", "cottages"),
}  # fmt: skip
KIND_OF: dict[str, str] = {kind: general for general, kinds in _KINDS.items() for kind in kinds}
_KIND_WORD = "|".join(sorted((re.escape(k) for k in KIND_OF), key=len, reverse=True))
#: a list of two or more kinds right after a number: "16 cars, vans and lorries"
_KIND_LIST_RE = re.compile(
    rf"[ \t]+(?:(?:{_KIND_WORD})[ \t]*,[ \t]*)*(?:{_KIND_WORD}),?[ \t]+(?:and|or)[ \t]+"
    rf"(?:{_KIND_WORD})\b(?![-‑])"
)


def general_noun_of_list(text: str, end: int) -> tuple[str, int] | None:
    """The general noun a list of kinds after a number stands for, and where the list ends:
    "16 cars, vans and lorries" counts vehicles; kinds of two general nouns ("cars and boats")
    or a list with one kind only name none."""
    m = _KIND_LIST_RE.match(text, end)
    if m is None:
        return None
    words = re.findall(rf"\b(?:{_KIND_WORD})\b", m.group(0))
    generals = {KIND_OF[w] for w in words}
    if len(generals) != 1 or len(set(words)) < 2:
        return None
    return generals.pop(), m.end()


#: a ship's or an aircraft's people named as its crew ("a crew of 24", "22 crew members")
_CREW_NOUNS = re.compile(r"(?i)^(?:the\s+)?(?:crew|crew[ -]?members?|crewmen|crewmembers)$")


def is_crew(counted: str) -> bool:
    """ "crew", "22 crew members", "25 crewmen": a ship's or an aircraft's crew."""
    return _CREW_NOUNS.match(counted.strip()) is not None


#: a vessel's or an aircraft's complement: "The ship has a crew of 24" are those aboard, the
#: count "25 crew were on board" gives ("with a crew of 18" only says what the ship is)
CREW_OF_BEFORE_RE = re.compile(
    r"\b(?:has|had|have|carries|carried|carrying)\s+a\s+crew\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|just|only)\s+)?$",
    re.IGNORECASE,
)

#: how a sum is paid, no thing it counts: "demanded 4 million dollars in bitcoin"
PAYMENT_MEANS = frozenset(
    {"bitcoin", "bitcoins", "cryptocurrency", "cryptocurrencies", "crypto", "cash", "monero"}
)

#: the means a sum is paid in, after its unit: "4 million dollars in bitcoin"
PAID_IN_RE = re.compile(r"[^,.;:\d]{0,25}?\bin\s+(?P<w>[a-z]+)\b")

#: "the ransom, which it put at 3 million dollars": a noun, then a clause that reckons it
NOUN_WHICH_PUT_AT_RE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+(?P<np>(?:[a-z][\w'’-]*\s+){0,1}?[a-z][\w'’-]*)"
    r",?\s+which\s+(?:(?:it|they|he|she|police|officials|the\s+[a-z]+"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+)"
    r"(?:had\s+|has\s+|have\s+)?(?:put|puts|estimated|estimates|set|sets|pegged|reckoned)\s+at\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?$"
)

#: a sum reckoned as the cost of something: "estimated the cost of the attack so far at 5
#: million euros"
COST_OF_AT_RE = re.compile(
    r"\b(?:put|puts|estimated|estimates|estimate|reckoned|pegged|set)\s+(?:the|its|their)\s+"
    r"(?:(?:total|overall|final|likely)\s+)?cost\s+of\s+(?:[\w'’-]+\s+){1,5}?at\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)

#: care given to the hurt: "Medics treated 40 people for minor injuries"
TREATED_BEFORE_RE = re.compile(
    r"\b(?:treated|treating|have\s+treated|had\s+treated)\s+(?:(?:about|around|some|nearly"
    r"|almost|more\s+than|over|at\s+least|a\s+further|another)\s+)?$",
    re.IGNORECASE,
)
TREATED_FOR_INJURY_RE = re.compile(
    r"[^.;:]{0,40}?\bfor\s+(?:minor\s+|serious\s+|light\s+|their\s+)?(?:injuries|wounds|burns)\b"
)

#: deaths beyond those expected told by a verb: "380 more people died ... than would be expected"
MORE_DIED_THAN_RE = re.compile(
    r"[ \t]+more[ \t]+(?:people|deaths|residents)[ \t]+(?:have[ \t]+|had[ \t]+)?(?:died|were"
    r"[ \t]+recorded)\b[^.;:]{0,80}?\bthan\s+(?:would\s+(?:normally\s+)?be\s+expected|expected"
    r"|usual|normal|in\s+an?\s+(?:average|normal|typical))",
    re.IGNORECASE,
)

#: a unit as a compound gives it, in the singular ("a 95-metre section"), and the form the
#: same unit takes after a number ("120 metres"): one unit however it is written (a size in
#: inches or feet, "an 11.2-inch display", names the thing's kind and keeps its compound)
COMPOUND_UNIT_PLURALS: dict[str, str] = {
    "metre": "metres",
    "meter": "meters",
    "kilometre": "kilometres",
    "kilometer": "kilometers",
    "mile": "miles",
    "tonne": "tonnes",
    "ton": "tons",
    "acre": "acres",
    "hectare": "hectares",
    "megawatt": "megawatts",
    "gigawatt": "gigawatts",
}

#: what each unit measures, so that two figures in one kind of unit can be weighed together
UNIT_KINDS: dict[str, str] = {
    **dict.fromkeys(("C", "F", "°C", "°F", "degrees", "degrees Celsius", "degrees Fahrenheit",
                     "degrees C", "degrees F"), "temperature"),
    **dict.fromkeys(("km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile",
                     "metres", "meters", "metre", "meter", "m", "cm", "mm", "centimetres",
                     "centimeters", "millimetres", "millimeters", "feet", "foot", "inches",
                     "inch"), "length"),
    **dict.fromkeys(("square kilometres", "square kilometers", "square miles", "square metres",
                     "square meters", "km2", "km²", "hectares", "hectare", "acres", "acre",
                     "ha"), "area"),
    **dict.fromkeys(("kg", "g", "mg", "mcg", "µg", "grams", "kilograms", "kilogrammes",
                     "tonnes", "tonne", "tons", "ton", "micrograms", "milligrams"), "mass"),
    **dict.fromkeys(("litres", "liters", "ml", "gallons", "barrels", "cubic metres",
                     "cubic meters", "cubic feet"), "volume"),
    **dict.fromkeys(("km/h", "kph", "mph"), "speed"),
    **dict.fromkeys(("GB", "TB", "MB", "PB", "gigabytes", "terabytes", "megabytes",
                     "petabytes"), "data"),
    **dict.fromkeys(("GW", "MW", "kW", "gigawatts", "megawatts", "megawatt", "gigawatt"),
                    "power"),
    **dict.fromkeys(("GWh", "MWh", "kWh", "TWh"), "energy"),
    "%": "share",
    "fraction": "share",
}  # fmt: skip
_CURRENCY_CODE_RE = re.compile(r"[A-Z]{3}")


def unit_kind(unit: str | None) -> str | None:
    """What a figure's unit measures ("temperature", "length", "area", "mass", "volume",
    "speed", "data", "power", "energy", "share", or "money:EUR" for a sum in a currency), or
    None for a count or a unit of its own."""
    if not unit:
        return None
    if unit in UNIT_KINDS:
        return UNIT_KINDS[unit]
    if unit.lower() in UNIT_KINDS:
        return UNIT_KINDS[unit.lower()]
    if _CURRENCY_CODE_RE.fullmatch(unit):
        return f"money:{unit}"
    return None


#: nouns a temperature is read by, which name the temperature itself: "lowered the record
#: reading at Sant Ovi to 44.4C" is the temperature "reached 44.6C at Sant Ovi" gives
_READING_NOUNS = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:record|highest|maximum|peak|official|top)\s+)?"
    r"(?:reading|readings)$"
)


def temperature_noun(counted: str | None, unit: str | None) -> str | None:
    """ "the record reading" told in degrees is the temperature."""
    if counted is None or unit_kind(unit) != "temperature":
        return None
    if _READING_NOUNS.match(counted.strip()):
        return "temperature"
    return None


#: a weather station's place right after a temperature or before it in its clause: "44.6C at
#: Sant Ovi", "the record reading at Sant Ovi to 44.4C"
STATION_AFTER_RE = re.compile(
    r"(?:[ \t]*(?:C|F|°C|°F|degrees(?:[ \t]+(?:Celsius|Fahrenheit|C|F))?))?[ \t]+at[ \t]+"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
)
STATION_BEFORE_RE = re.compile(
    r"\bat[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+(?:to|at|of|was|is|stood"
    r"|reached|hit|rose|fell)[ \t]+(?:(?:about|around|nearly|almost|just)[ \t]+)?$"
)

#: what is left of a count after some went: "That leaves 22 crew members held on board",
#: "which leaves 19 hostages": the new value of the count, a level as of the telling
LEAVES_BEFORE_RE = re.compile(
    r"\b(?:[Tt]hat|[Tt]his|[Ww]hich|[Ii]t)\s+(?:now\s+)?leaves\s+"
    r"(?:(?:about|around|some|just|only|still)\s+)?$"
)

#: a weekend named by its two days: "over the weekend of 24 and 25 June" is that weekend, one
#: week's window, as "over the weekend" is
WEEKEND_OF_RE = re.compile(
    r"\b(?:over|during|at|on)\s+the\s+weekend\s+of\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|-|–|to)\s*"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+",
)

#: a sum one side asks for, the same demand whichever day it is told: "demanded 4 million
#: dollars on Sunday" and "the ransom, which it put at 3 million dollars" are one demand
DEMANDED_SUMS = frozenset({"demand", "ransom", "ransom demand"})

_ABOUT = (
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least|a\s+further"
    r"|another|all|only|just)\s+)?"
)

#: an order to leave told around its count: "Authorities ordered 12,500 residents of the valley
#: to leave their homes" are evacuated, as "12,500 residents were ordered to leave" are;
#: "forced 3,000 people to flee" displaced them
SENT_AWAY_BEFORE_RE = re.compile(rf"\b(?P<v>ordered|told|urged|forced)\s+{_ABOUT}$", re.IGNORECASE)
SENT_AWAY_AFTER_RE = re.compile(
    r"[^.;:\d]{0,60}?\bto\s+(?P<w>leave\s+their\s+homes|leave|evacuate|flee)\b"
)

#: the same count's earlier value told beside it: "780 flu patients, up from 610 a week ago"
EARLIER_VALUE_BEFORE_RE = re.compile(r"\b(?:up|down)\s+from\s+" + _ABOUT + "$", re.IGNORECASE)

#: people brought out of a wreck: "Rescuers pulled 64 survivors from the rubble"
PULLED_BEFORE_RE = re.compile(rf"\b(?:pulled|dragged|dug|hauled)\s+{_ABOUT}$", re.IGNORECASE)
FROM_WRECK_AFTER_RE = re.compile(
    r"[^.;:\d]{0,30}?\b(?:from|out\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rubble|wreckage|ruins"
    r"|debris|water|sea|river|mud|flood\s*waters?|floodwater|rubble\s+of)\b",
    re.IGNORECASE,
)

#: buildings razed however the text says it: "Flames have reduced 96 homes to ashes"
REDUCED_BEFORE_RE = re.compile(rf"\breduc(?:ed|es|ing)\s+{_ABOUT}$", re.IGNORECASE)
TO_RUIN_AFTER_RE = re.compile(
    r"[^.;:\d]{0,40}?\bto\s+(?:ashes|rubble|ruins|cinders|dust)\b", re.IGNORECASE
)

#: the dead brought out: "Divers have recovered the bodies of 44 people", "pulled the bodies of
#: seven fishermen from the harbour"
BODIES_OF_BEFORE_RE = re.compile(
    r"\b(?:recovered|retrieved|found|(?:pulled|brought|dragged|hauled|dug|lifted)(?:\s+out)?"
    rf"|exhumed)\s+the\s+(?:remains|bodies)\s+of\s+{_ABOUT}$",
    re.IGNORECASE,
)
#: the same told in the passive: "The remains of 12 people were recovered from the coach", "the
#: bodies of at least 40 victims had been found in a mass grave": whose bodies, brought out
BODIES_OF_PASSIVE_BEFORE_RE = re.compile(
    rf"\b(?:remains|bodies|corpses)\s+of\s+{_ABOUT}"
    r"(?:(?:at\s+least|more\s+than|as\s+many\s+as|up\s+to)\s+)?$",
    re.IGNORECASE,
)
#: "Nineteen bodies have been pulled from the wreckage", "were recovered": the dead brought out
#: ("N bodies were found" is left as the older sets label it, with no measure; found with
#: whose bodies they were, it is a recovery)
BODIES_BROUGHT_OUT_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:have|has|had)[ \t]+(?:now[ \t]+|so[ \t]+far[ \t]+)?been|were|was|are|is"
    r"|being)[ \t]+(?:(?:now|so[ \t]+far|since|also)[ \t]+)?(?:pulled|dragged|hauled|recovered"
    r"|retrieved|brought[ \t]+(?:out|down|up|ashore)|carried[ \t]+(?:out|down)|dug[ \t]+out"
    r"|exhumed|lifted[ \t]+out)\b",
    re.IGNORECASE,
)
BODIES_FOUND_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:have|has|had)[ \t]+(?:now[ \t]+|so[ \t]+far[ \t]+)?been|were|was|are|is)"
    r"[ \t]+(?:(?:now|so[ \t]+far|since|also)[ \t]+)?found\b",
    re.IGNORECASE,
)
#: what the dead are counted as when a rescue verb brings them out: "pulled four more bodies
#: from the river" is a recovery, never a rescue
BODY_NOUNS = frozenset({"bodies", "body", "corpses", "remains"})

#: people found alive with the finding's object between: "coastguards found all six crew
#: alive", "found the 11 climbers safe and well"
FOUND_BEFORE_RE = re.compile(rf"\bfound\s+(?:the\s+)?{_ABOUT}$", re.IGNORECASE)
ALIVE_AFTER_RE = re.compile(r"[ \t]+(?:alive|safe)\b", re.IGNORECASE)

#: those taken to hospital by what made them ill: "Heat-related illness sent 1,420 people to
#: hospital"
TO_HOSPITAL_AFTER_RE = re.compile(r"[^.;:\d]{0,30}?\bto\s+(?:the\s+)?hospitals?\b", re.IGNORECASE)
SENT_BEFORE_RE = re.compile(rf"\b(?:sent|sending|sends|put|putting)\s+{_ABOUT}$", re.IGNORECASE)

#: a sum paid as a fee named after the payee: "United paid Athletic a fee of 62m pounds"
PAID_A_FEE_BEFORE_RE = re.compile(
    r"\b(?:paid|pays|paying|agreed\s+to\s+pay|will\s+pay)\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:a|an|the)\s+(?:[a-z]+\s+)?(?:fee|sum|settlement|compensation\s+payment)\s+of\s+"
    + _ABOUT
    + "$"
)

#: what a crowd did, told by a verb of seeing: "A crowd of 48,700 saw United beat Athletic"
CROWD_NOUNS = frozenset({"crowd", "spectators", "fans", "supporters", "onlookers"})
SAW_AFTER_RE = re.compile(r"\s+(?:saw|watched|witnessed)\b")

#: those aboard a craft, told by where they are: "58 of the 131 passengers on the capsized
#: riverboat"
ABOARD_NOUNS = frozenset({"passengers", "crew", "crew members", "people", "migrants", "pilgrims"})
ON_CRAFT_AFTER_RE = re.compile(
    r"\s+(?:on|aboard|on\s+board)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:boat|riverboat|ship"
    r"|ferry|vessel|plane|aircraft|flight|bus|train|coach|jet|airliner|yacht|trawler|dinghy"
    r"|tanker|freighter|liner|cruise\s+ship)\b",
    re.IGNORECASE,
)

#: jobs told as lost: "will mean 1,950 job losses", "300 redundancies" ("job cuts" the
#: comparison reads as the jobs cut already)
JOB_LOSS_NOUNS = frozenset({"job losses", "redundancies", "layoffs", "lay-offs"})

#: a count's people told by their places, one of them a number: "1,500 residents of Ledrin and
#: two nearby villages were evacuated"
PLACES_JOINED_RE = re.compile(
    r"\s+(?:of|from|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:and|or)\s+(?:the\s+)?"
)

#: a unit read as the counted noun: "6,500 metric tons of crude" is tonnes of crude
UNITS_READ_AS_NOUNS: dict[str, str] = {
    "metric tons": "tonnes",
    "metric tonnes": "tonnes",
    "tonnes": "tonnes",
    "tons": "tons",
}
OF_WHAT_AFTER_RE = re.compile(r"\s+of\s+(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\b")

#: names of days and months, never what a number counts: "the part that fell on Monday was 95
#: metres long"
TIME_NAMES = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december",
    }
)  # fmt: skip

#: two days told as one stretch: "between 24 June and 2 July", "from Monday to Wednesday"
SPAN_LEAD_RE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
SPAN_JOIN_RE = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.IGNORECASE)
#: two days a count is told over, "on Monday and Tuesday": dated by the later one
TWO_DAYS_JOIN_RE = re.compile(r"[ \t]+and[ \t]+")
ON_BEFORE_DAY_RE = re.compile(r"\bon[ \t]+$", re.IGNORECASE)

#: a job cut whose total is raised or lowered, told by what goes: "raised the number of jobs
#: to go at its Ellard plant to 1,500" is the jobs cut, as "will cut 1,200 posts" counts
JOBS_TO_GO_TOTAL_RE = re.compile(
    r"\b(?P<v>raised|increased|lifted|cut|lowered|reduced|revised)\s+(?:the|its|their)\s+"
    r"(?:number|count|total)\s+of\s+(?P<np>jobs|posts|positions|roles)\s+(?:to\s+go|to\s+be"
    r"\s+(?:cut|lost|axed|shed))\b[^.;:\d]{0,50}?\bto\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than)\s+)?$",
    re.IGNORECASE,
)

#: a player signed for a sum: "Rovers signed the striker Tomas Kell from Albion for £48m" is
#: the fee "sold Kell to Rovers for a fee of £55 million" tells (a deal or contract signed for
#: a sum is no such fee)
SIGNED_FOR_RE = re.compile(
    r"\bsigned\s+(?!(?:a|an|the)\s+(?:[a-z]+\s+)?(?:deal|contract|agreement|lease|loan)\b)"
    r"(?:[\w'’.-]+\s+){1,8}?for\s+(?:a\s+(?:record\s+)?(?:fee|sum)\s+of\s+)?"
    r"(?:(?:about|around|some|nearly|almost|up\s+to|a\s+reported)\s+)?$"
)

#: a temperature told by its extreme: "recorded a high of 44.6 degrees Celsius"
EXTREME_OF_RE = re.compile(
    r"\b(?:a|the|its)\s+(?:record\s+|new\s+)?(?:high|low|maximum|minimum|peak)\s+of\s+$",
    re.IGNORECASE,
)

#: the sick or hurt taken into a hospital named by its name or place: "Six children were taken
#: to Arden General Hospital", "Nine workers were admitted to the Royal Victoria Infirmary",
#: "23 passengers were taken to hospitals in Lorca and Marven" (a bare "taken to hospital" the
#: measure words read already)
TO_NAMED_HOSPITAL_AFTER_RE = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:been|were|was|are|is)\s+"
    r"(?:(?:later|also|then|all|since|now|each)\s+)?"
    r"(?:taken|rushed|airlifted|flown|brought|admitted|sent|transferred)\s+to\s+"
    r"(?:(?:the|a|two|three|four|five|several|local|nearby|different)\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,4}"
    r"(?:Hospital|Infirmary|Medical\s+Cent(?:re|er)|Clinic|hospitals|infirmaries|clinics)\b"
)

#: people taken captive, told by "taken": "four of its workers had been taken from their
#: compound", "Twelve schoolgirls were taken from their dormitory by gunmen"; "samples taken
#: from 300 patients" or goods "taken from" a shop are no captives (see CAPTIVE_PEOPLE)
TAKEN_CAPTIVE_AFTER_RE = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:been|were|was)\s+(?:(?:later|also|all)\s+)?taken\s+"
    r"(?:from|by\s+(?:(?:armed|masked|unidentified|unknown)\s+)?(?:gunmen|kidnappers|militants"
    r"|bandits|men|rebels|pirates|insurgents|jihadists|an?\s+armed\s+group|the\s+group))\b"
)
#: people whom armed men take: a captive is a person, never a sample, a painting or a car
CAPTIVE_PEOPLE = frozenset(
    {
        "people", "persons", "passengers", "workers", "aid workers", "staff", "employees",
        "colleagues", "engineers", "nurses", "doctors", "volunteers", "contractors", "guards",
        "officials", "missionaries", "priests", "nuns", "tourists", "travellers", "travelers",
        "journalists", "children", "pupils", "students", "schoolgirls", "schoolboys",
        "schoolchildren", "teachers", "villagers", "farmers", "miners", "women", "men", "boys",
        "girls", "foreigners", "nationals", "crew", "sailors", "fishermen", "hostages",
        "worshippers", "civilians", "residents", "drivers",
    }
)  # fmt: skip

#: the people of a body named by what they are of: "four members of staff", "two members of
#: the crew" are staff and crew ("members of the gang" stay members)
MEMBERS_OF_BODY_RE = re.compile(
    r"[ \t]+members?[ \t]+of[ \t]+(?:(?:the|its|their|our|his|her)[ \t]+)?"
    r"(?P<np>staff|crew|cabin[ \t]+crew|faculty|teaching[ \t]+staff|medical[ \t]+staff)\b"
)

#: money taken out of a bank or a fund, with no noun of its own: "Savers withdrew 420 million
#: euros", "have taken out EUR 1.2 billion", "pulled out €900m"; its measure is "withdrawn",
#: as the noun "withdrawals" names it ("Withdrawals reached €1.1bn", "its figure for Monday's
#: withdrawals to €460m")
WITHDRAWN = "withdrawn"
#: nouns that name money moved in or out, no thing counted: "Withdrawals reached €1.1bn"
MONEY_MOVE_NOUNS = frozenset({"withdrawals", "outflows"})
DEPOSITED = "deposited"
WITHDREW_BEFORE_RE = re.compile(
    r"\b(?:withdrew|withdrawn|withdrawing|withdraws|(?:pulled|pulling|pulls|taken|took|taking"
    r"|takes)\s+out)\s+" + _ABOUT + "$",
    re.IGNORECASE,
)
#: "Customers pulled 1.1 billion euros out of Corvale Mutual": the verb, then "out" past the sum
PULLED_BEFORE_SUM_RE = re.compile(
    r"\b(?:pulled|pulling|pulls|taken|took|taking)\s+" + _ABOUT + "$", re.IGNORECASE
)
OUT_AFTER_SUM_RE = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]+out\b(?![ \t]+(?:to|at|as)\b)")
DEPOSITED_BEFORE_RE = re.compile(r"\b(?:deposited|depositing)\s+" + _ABOUT + "$", re.IGNORECASE)
WITHDRAWALS_BEFORE_RE = re.compile(
    r"\b(?:withdrawals|outflows)\s+(?:(?:have|has|had)\s+)?(?:(?:now|already)\s+)?(?:reached|rose\s+to"
    r"|risen\s+to|climbed\s+to|jumped\s+to|hit|hits|totalled|totaled|topped|came\s+to"
    r"|amounted\s+to|stood\s+at|were|was|of|to)\s+"
    r"(?:(?:a\s+record|about|around|some|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)

#: captives told as held, a level that falls as they are freed, never the number taken:
#: "Kidnappers holding 11 engineers", "Gunmen still hold 14 pupils", "Nine sailors are being
#: held hostage", "Seven hostages are in captivity"
HOLDING_BEFORE_RE = re.compile(
    r"\b(?:holding|hold|holds|(?:are|is|were|was)\s+holding)\s+" + _ABOUT + "$", re.IGNORECASE
)
#: those who hold captives, before the verb: "Kidnappers holding 13 surveyors"
CAPTORS_HOLDING_RE = re.compile(
    r"\b(?:kidnappers|gunmen|militants|pirates|rebels|bandits|captors|abductors|insurgents"
    # "The hostage-takers held 35 people when talks began": those who took the hostages
    r"|hostage[\s-]takers|the\s+attackers"
    r"|jihadists|hijackers|the\s+group|the\s+gang)\s+(?:(?:are|is|were|was|still|now)\s+)*"
    r"(?:holding|hold|held)\s+" + _ABOUT + "$",
    re.IGNORECASE,
)
HELD_CAPTIVE_AFTER_RE = re.compile(
    # held now, never "A total of 16 people were held hostage during the siege"
    r"\s+(?:(?:are|is)\s+(?:still\s+)?(?:being\s+)?|(?:were|was)\s+(?:still\s+)?being\s+"
    r"|(?:have|has)\s+(?:still\s+)?been\s+|still\s+)"
    r"(?:held\s+(?:hostage|captive|captives|prisoner)|in\s+captivity)\b"
)

#: captives named by how they were taken, then told as still held: "Forty of the pupils seized
#: near Ardo are still being held", "Six nurses kidnapped from the clinic on Monday remain in
#: captivity" (a level held now); "were abducted and are being held" tells the taking itself
TAKEN_THEN_HELD_AFTER_RE = re.compile(
    r"[ \t]+(?:abducted|seized|kidnapped|taken|snatched|captured)"
    r"(?:[ \t]+(?!(?:are|is|were|was|have|has|had|and|but|or|who|which|that|remain|remains"
    r"|remained|while|when|after|before|until)\b)[\w'’-]+){0,8}"
    r"[ \t]+(?:still[ \t]+)?(?:are|is|remain|remains)[ \t]+(?:still[ \t]+)?(?:being[ \t]+)?"
    r"(?:held|in[ \t]+captivity|captive|hostages?|in[ \t]+(?:the[ \t]+)?hands[ \t]+of)\b"
)

#: captives a swap brings home, a release by the side that held them: "248 of its soldiers
#: had come home in the exchange", "90 prisoners returned home in the swap" (as "swapped 95
#: prisoners" is released; "returned" alone is people sent back against their will)
HOME_IN_SWAP_AFTER_RE = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:come|came|returned|gone|went|were\s+(?:sent|brought|flown))"
    r"\s+home\s+(?:[^.;:\d]{0,25}?\s)?(?:in|under|as\s+part\s+of)\s+(?:the|a|an|this|that)\s+"
    r"(?:[a-z]+\s+)?(?:prisoner\s+)?(?:exchange|swap)\b"
)
