"""Word lists shared by figure extraction and the cross-source comparison.

A measure is what happened to the counted things ("killed", "displaced", "deployed"). Each
surface form maps to one canonical measure so that "died", "dead" and "death toll" compare as
the same quantity. Only add synonyms that news uses interchangeably for the same count.
"""

from __future__ import annotations

import re

#: surface form (lower case, as in text) -> canonical measure
MEASURE_WORDS: dict[str, str] = {}


def _add(canonical: str, *forms: str) -> None:
    for form in forms:
        MEASURE_WORDS[form] = canonical


_add(
    "killed",
    "killed",
    "kill",
    "kills",
    "killing",
    "dead",
    "died",
    "die",
    "dying",
    "death",
    "deaths",
    "death toll",
    "toll",
    "fatalities",
    "perished",
    "slain",
    "drowned",
    "lost their lives",
    # "had been shot dead by police": the verb says how, the count is of the dead
    "shot dead",
    "shot and killed",
    "lives",
    "among the dead",
    # "Nineteen people are now known to have died": the death told as what is now known
    "known to have died",
    "believed to have died",
    "confirmed to have died",
    "known to have been killed",
    "known to have perished",
    "believed to have perished",
    "confirmed dead",
    # "Four climbers have been found dead": the dead told by their finding
    "found dead",
)
_add("injured", "injured", "injuring", "injuries", "wounded", "wounding", "hurt")
_add(
    "casualties",
    "casualties",
    "killed or wounded",
    "killed or injured",
    "killed and wounded",
    "killed and injured",
    "dead or wounded",
    "dead and wounded",
    "dead or injured",
)
_add(
    "displaced",
    "displaced",
    "fled",
    "flee",
    "fleeing",
    "refugees",
    "forced from their homes",
    "from their homes",
    "made homeless",
    # "9,000 people have left their homes": gone from them, as those who fled
    "left their homes",
    "left their houses",
    # "5,800 people have left the valley": gone from the stricken place, as those who fled it
    "left the area",
    "left the town",
    "left the city",
    "left the region",
    "left the valley",
    "left the village",
    "left the island",
    "left the district",
    "left their villages",
    "left their towns",
    # "200,000 residents have been driven from their homes": forced out, as those who fled
    "driven from their homes",
    "driven out of their homes",
    "uprooted",
)
_add(
    "evacuated",
    "evacuated",
    "evacuating",
    "evacuate",
    "evacuation",
    "evacuations",
    "evacuation orders",
    # "87,000 residents ordered to evacuate": told to leave, as under evacuation orders
    "ordered to evacuate",
    # "1,500 residents were ordered to leave their homes": an evacuation order in other words
    "ordered to leave their homes",
    "told to leave their homes",
    "ordered from their homes",
    # "138,000 people had been moved to shelters", "3,000 moved to relief camps"
    "moved to shelters",
    "moved to safety",
    "moved to relief camps",
    "moved to evacuation centres",
    "moved to evacuation centers",
    "moved to temporary shelters",
    # "forced 400,000 people into evacuation centres"
    "into evacuation centres",
    "into evacuation centers",
    "into shelters",
    # "14,000 people were moved out of the valley": taken away from the danger
    "moved out of",
)
_add("missing", "missing", "unaccounted for", "disappeared")
# "15 were still at large", "Seven remain at large", "five gunmen were still on the run": those
# not yet caught after an escape or an attack, a level that falls as they are found
_add("at large", "at large", "on the run")
_add(
    "trapped",
    "trapped",
    "trapping",
    # "33 miners had been caught by the collapse": those a fall of rock or a building shut in
    "caught by the collapse",
    "caught in the collapse",
    "caught underground",
    "caught in the cave-in",
    "caught by the cave-in",
    "caught in the rockfall",
)
_add(
    "arrested",
    "arrested",
    "arresting",
    "arrests",
    "detained",
    "detaining",
    "in custody",
    "taken into custody",
    "taken in custody",
)
_add(
    "captured",
    "captured",
    "capturing",
    "taken prisoner",
    # "Six of the escapees had been caught by Sunday evening": those sought, found and held
    "caught",
    "recaptured",
)
# "29 prisoners had escaped from Kestrel Ridge", "searching for 27 inmates who escaped": those
# who got away from where they were held
_add("escaped", "escaped")
_add(
    "rescued",
    "rescued",
    "rescuing",
    "saved",
    "pulled out alive",
    "pulled out",
    "found alive",
    # "five people were found safe": found unharmed after being sought, as "found alive"
    "found safe",
    # "All 21 sailors were winched to safety": brought out of danger, however
    "winched to safety",
    "airlifted to safety",
    "brought to safety",
    "pulled to safety",
    "lifted to safety",
    "plucked to safety",
)
# a troop strength reads as a deployment however it is put: "fighting for Russia",
# "stationed in Kursk", "serving alongside Russian units"
_add(
    "deployed",
    "deployed",
    "deploying",
    "deploy",
    "deploys",
    "sent",
    "sending",
    "dispatched",
    "stationed",
    "fighting for",
    "fighting alongside",
    "fighting in",
    "fighting with",
    "serving in",
    "serving with",
    "serving alongside",
    # "120 firefighters and 25 fire engines are at the scene": sent there, as "deployed" says
    # ("found three bodies at the scene" is where, no deed)
    "are at the scene",
    "were at the scene",
    "are on the scene",
    "were on the scene",
)
_add(
    "mobilised",
    "mobilised",
    "mobilized",
    "mobilise",
    "mobilize",
    "call-up",
    "called up",
    "call up",
    "calls up",
    "calling up",
)
# a prisoner swap is a release by each side: "swapped 95 prisoners for 95"
_add(
    "released",
    "released",
    "releasing",
    "freed",
    "free",
    "freeing",
    "swapped",
    "swapping",
    "exchanged",
    # "19 people were allowed to leave", "12 were set free": freed in other words
    "allowed to leave",
    "allowed out",
    "let go",
    "set free",
)
# "the outbreak has sickened 214 people": made ill, as cases are counted
_add(
    "infected",
    "cases",
    "infected",
    "infections",
    "tested positive",
    "sickened",
    "sickening",
    # "240 people fell ill with cholera": made ill, as cases are counted
    "fell ill with",
    "fallen ill with",
    "falling ill with",
    # "45 guests became ill after the dinner", "22 residents were taken ill": made ill with
    # the illness left unsaid
    "fell ill",
    "fallen ill",
    "falling ill",
    "became ill",
    "become ill",
    "becoming ill",
    "taken ill",
    "been ill",
    "fell sick",
    "fallen sick",
    "became sick",
    "become sick",
    "becoming sick",
)
_add(
    "hospitalised",
    "hospitalised",
    "hospitalized",
    # "Hospitalisations: 312", "2,100 hospitalizations this week"
    "hospitalisations",
    "hospitalizations",
    "in hospital",
    "in intensive care",
    "taken to hospital",
    "admitted to hospital",
    # "22 people were treated in hospital": care given there, the count of those admitted
    "treated in hospital",
    "treated in hospitals",
    "treated at hospital",
    "treated at hospitals",
)
# people housed away from home after a disaster: a level that falls as they go back
_add(
    "sheltered",
    "in shelters",
    "in emergency shelters",
    "in temporary shelters",
    "in evacuation centres",
    "in evacuation centers",
    "in relief camps",
    # "5,100 people are still living in tents": housed in what stands for a shelter
    "in tents",
    # "2,600 were sleeping in schools": housed in what stands for a shelter
    "sleeping in schools",
    "sleeping in tents",
    "sleeping in public buildings",
    "in makeshift tents",
    "in temporary housing",
    "in emergency accommodation",
    "in temporary accommodation",
    "sheltering",
    "sheltered",
)
_add(
    "sheltered",
    # "9,400 people have sought refuge in 57 evacuation centres": housed away from home
    "sought refuge",
    "sought shelter",
    # "Some 300 villagers took refuge in a church": the same, told with "took"
    "took refuge",
    "took shelter",
    "taken refuge",
    "taken shelter",
)
_add(
    "destroyed",
    "destroyed",
    "destroying",
    "reduced to rubble",
    "collapsed",
    "flattened",
    "razed",
    "collapsing",
    "levelled",
    "leveled",
    "wiped out",
    # "260 houses have been burned down": destroyed by fire, not ground burned
    "burned down",
    "burnt down",
    "gutted",
)
# birds and livestock killed to stop a disease: "40,000 birds have been culled" and "80,000
# birds had been destroyed" report one count
_add("destroyed", "culled", "culling", "slaughtered")
_add("damaged", "damaged", "damaging")
_add("affected", "affected", "affecting", "affects")
_add("won", "won", "winning", "secured", "took")
_add(
    "voted",
    "voted",
    # "with 58% of shareholders voting against it": those who voted, told in the participle
    "voting against",
    "voting in favour",
    "voting in favor",
    "voting for",
    "cast ballots",
    "cast their ballots",
    "went to the polls",
    # "2.3 million voters cast a ballot", "cast their votes"
    "cast a ballot",
    "cast a vote",
    "cast votes",
    "cast their votes",
)
_add(
    "took part",
    "watched",
    "joined",
    "took part",
    "marched",
    "attended",
    "protested",
    "gathered",
    "rallied",
    "demonstrated",
    "took to the streets",
    "turned out",
    # a headline's present tense: "Two million join protests across France"
    "join protests",
    "join the protests",
    "join protest",
    "take to the streets",
    "turn out",
    # "About 5,000 runners had taken part": the participle of "took part"
    "taken part",
)
# "42,000 people were at risk from flooding", "600 jobs at risk": threatened, not yet hit
_add("at risk", "at risk")
# "forced the closure of 1,200 schools": closed, as "closures" are
_add("closed", "closed", "shut", "shut down", "closing", "closures", "closure")
# a race's field at the start is its own count, apart from the finishers ("34,000 runners
# started the marathon", "31,482 runners finished it")
_add("started", "started the")
_add("targeted", "aims to reach", "aim to reach", "plans to reach")
_add("crossed", "crossed", "crossing", "crossings", "made the crossing", "make the crossing")
_add("arrived", "arrived", "arriving", "arrive", "arrives", "arrivals", "landed")
_add(
    "on board",
    "on board",
    "aboard",
    "carrying",
    # "22 crew members held on board": held there, still aboard
    "held on board",
    "held aboard",
    "still on board",
    "still aboard",
)
_add("fired", "fired", "launched", "launching", "firing")
_add("intercepted", "intercepted", "shot down")
# "sent back" is people returned against their will, never a deployment ("sent")
_add("returned", "returned", "walked north", "sent back", "pushed back", "turned back")
_add("deported", "deported", "deporting", "deportations", "expelled", "removed from the country")
_add("vaccinated", "vaccinated", "vaccinating", "inoculated", "immunised", "immunized")
_add("jailed", "jailed", "imprisoned", "sent to prison")
_add("fined", "fined")
# money changing hands: "paid £2m in compensation", "raised £450m last year"
_add("paid", "paid", "paying", "ordered to pay", "agreed to pay")
_add("raised", "raised")
_add("sold", "sold", "selling")
_add("spent", "spent", "spending on")
_add("scored", "scored", "scoring")
_add(
    "cancelled",
    "cancelled",
    "canceled",
    "grounded",
    "cancels",
    "cancelling",
    "canceling",
    # "operations called off since the strike began": cancelled in other words
    "called off",
    # "forced the cancellation of 1,100 services", "1,400 flight cancellations"
    "cancellation",
    "cancellations",
)

_add(
    "abducted",
    "abducted",
    "abducting",
    "kidnapped",
    "kidnapping",
    # "claimed the abduction of 20 pupils": the taking told by its noun
    "abduction",
    "taken hostage",
    # "Gunmen snatched 53 worshippers": taken by force, as the kidnapped are
    "snatched",
)
_add("recovered", "recovered", "retrieved")
# "forcing it to axe 14 bus routes": the plain verb and its -ing, as "axed"
_add("cut", "cut", "cutting", "lay off", "laid off", "axed", "shed", "axe", "axing")
# "300 of its members have lost their jobs": the jobs cut, told by those who held them
_add("cut", "lost their jobs", "lost their job")
_add("added", "added", "created")
# "charged with 12 counts of fraud": the charges brought are the count
_add("charged", "charged", "charged with")
_add("seized", "seized")
# a pledge of hardware or money is its own count, apart from what is later delivered
_add("pledged", "pledged", "pledging")
_add("burned", "burned", "burnt", "scorched", "blackened", "charred")
_add(
    "without power",
    "without electricity",
    "without power",
    "lost power",
    "cut power to",
    # "knocked out power to 3.2 million homes and businesses": the customers left without it
    "knocked out power to",
    "knocking out power to",
    "knocked out electricity to",
    "cutting power to",
    "lost electricity",
)

#: measures whose count only grows while an event unfolds: a later, higher report of one of
#: these is an update of a running tally rather than a disagreement.
RUNNING_TALLIES = frozenset(
    {
        "killed",
        "injured",
        "casualties",
        "displaced",
        "evacuated",
        "arrested",
        "captured",
        "rescued",
        "infected",
        "destroyed",
        "damaged",
        "affected",
        "released",
        "burned",
        "returned",
        "fired",
        "intercepted",
        "mobilised",
        "deported",
        "vaccinated",
        "jailed",
        "recovered",
        # troops sent only add up: "has sent 11,000 soldiers" a month after "10,000" is more sent
        "deployed",
    }
)

#: measures of a level that rises and falls (people in shelters or in hospital, still missing,
#: homes without power): a later report of a different value, higher or lower, is an update;
#: two different values as of the same day still contradict. Troops "sent" only add up, so
#: "deployed" is a level only where the text says they are there now ("stationed").
LEVELS = frozenset({"sheltered", "hospitalised", "missing", "trapped", "without power", "at large"})

#: nouns that name the measure rather than what is counted ("537 deaths", "death toll of 14")
MEASURE_NOUNS = frozenset(
    {
        "deaths",
        "death",
        "fatalities",
        "casualties",
        "injuries",
        "cases",
        "infections",
        "refugees",
        "arrests",
        "evacuations",
        "arrivals",
        "crossings",
        "closures",
        "hospitalisations",
        "hospitalizations",
    }
)

#: forms that are a measure only when no particle turns them into another verb: "took 52% of
#: the vote" is won, "1.6 million holidaymakers took to the roads" is not
#: "pledged to send 24 jets", "promised to cut 500 jobs": the verb after "to" is the measure
_NOT_LAUNCHED_UNDERTAKING = (
    r"(?!\s+(?:(?:a|an|the|its|their|his|her|our|my|your|this|that|a\s+new|[a-z]+(?:'s|’s))\s+)?"
    r"(?:[a-z-]+\s+)?(?:offensive|offensives|counteroffensive|counter-offensive|campaign|campaigns"
    r"|bid|bids|takeover|investigation|inquiry|probe|appeal|challenge|review|operation|operations"
    r"|initiative|scheme|programme|program|consultation|petition|lawsuit|attempt|drive|website"
    r"|app|service|product|brand|career|company|business|fund|plan|plans)\b)"
)
_NOT_BEFORE = {
    # "1.5 lakh pilgrims took a dip", "took a holy dip": an act, no seats or votes won
    # "40 people took cover in a basement": they hid, nothing won
    "took": r"(?!\s+to\b)(?!\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:dip|bath|plunge|swim|break|walk|look))"
    r"(?!\s+cover\b)",
    "pledged": r"(?!\s+to\b)",
    # "18 of the 25 villages cut off by the storm": isolated, no jobs or spending cut
    "cut": r"(?!\s+off\b)",
    # "40 students were sent home": no force deployed
    "sent": r"(?!\s+home\b)",
    # "three cars caught fire", "caught on camera", "caught up in the crowd", "caught in the
    # crossfire": no one taken
    "caught": r"(?!\s+(?:fire|alight|light|on\b|up\b|in\b|out\b|between\b|unawares|off\b))",
    # "Five of the escaped inmates remain at large": a word of the people, no deed of the count
    "escaped": r"(?!\s+(?!across\b|towards\b|as\b)[a-z]+s\b)",
    # "in the run-up to the vote": a time before, nobody on the run
    "on the run": r"(?!-)",
    "pledging": r"(?!\s+to\b)",
    # "since launching their offensive", "launched a bid for": an undertaking begun, nothing fired
    "launching": _NOT_LAUNCHED_UNDERTAKING,
    "launched": _NOT_LAUNCHED_UNDERTAKING,
}
#: forms that are a measure only when no word before them makes them another phrase: "the
#: public at large", "society at large" are everyone, nobody still free
_NOT_AFTER = {
    "at large": "".join(
        rf"(?<!{w} )"
        for w in ("public", "population", "society", "community", "world", "country", "nation")
    ),
}
_MEASURE_ALTERNATION = "|".join(
    _NOT_AFTER.get(k, "") + re.escape(k) + _NOT_BEFORE.get(k, "")
    for k in sorted(MEASURE_WORDS, key=len, reverse=True)
)
MEASURE_RE = re.compile(rf"\b(?:{_MEASURE_ALTERNATION})\b", re.IGNORECASE)

#: words that say the figure is a new value of a changing count
CHANGE_CUES_RE = re.compile(
    # first, so that a verb of change before it does not hide it: the most the thing reached
    # over the story, told as such: "at its peak", "at the height of the storm", "peaked at",
    # "the river crested at", "reached a peak of", "rose to its highest level"
    r"\b(?:(?:(?:reached|hit|touched) |(?:rose|climbed|jumped|soared|surged) to )?"
    r"(?:(?:a|its|their) peak of|(?:its|their) highest(?: level)?)"
    r"|at (?:its|their|the) (?:peak|height|worst)(?: of (?:the|its|their) [a-z]+)?|peaked|crested"
    r"|now|(?:has |have |had )?(?:risen|rose|climbed|jumped|soared|increased|grown|grew|"
    r"swelled|mounted|reached|surged)(?: further| again)?(?: to| past| above)?|updated"
    r"|revised(?: up| upward| down)?"
    r"|(?:has |have |had )?(?:fallen|fell|dropped|declined|eased|slowed|decreased|dipped|shrunk"
    # a currency's new level: "the dinar weakened further to 52.1 per dollar"
    r"|shrank|weakened|strengthened|depreciated|appreciated)(?: further| again)? to"
    # a recall or an order widened to a new total: "expanded its brake recall to 215,000"
    r"|(?:expanded|expands|widened|widens|extended|extends) (?:its|their|the) (?:[\w-]+ ){0,2}?"
    # or told with what it recalls: "extended its recall of Zephra kettles to 260,000 units"
    r"(?:recall|evacuation order|evacuations|layoffs|job cuts)(?: of [\w-]+(?: [\w-]+){0,3}?)? to"
    r"|so far|bringing the (?:total|toll|tally|count|number)"
    # "gold hit a record $2,450 an ounce": a new high is a new value of a changing level
    r"|(?:hit|hits|touched|set)\s+an?\s+(?:new\s+|fresh\s+)?record(?:\s+high|\s+low)?"
    # a count put right by its teller, downward as often as up: "corrected the toll to 38"
    r"|corrected|lowered|downgraded|scaled back"
    # "sold 1.9 billion euros of reserves, correcting the figure it gave on the day": the
    # correction named after the number it makes
    r"|correcting (?:the|its|their|an|a) (?:earlier |previous |first |initial )?(?:figure|number"
    r"|count|total|estimate|toll)"
    # "After the recount, Kessler has 8,401 votes": a tally counted again is its new value
    r"|(?:after|following|since) (?:the|a|Saturday's|Friday's|Sunday's) (?:partial |full )?recount)\b",
    re.IGNORECASE,
)


def canonical_measure(phrase: str | None) -> str | None:
    """The canonical measure for a phrase as written, or the phrase itself lower-cased."""
    if not phrase:
        return None
    key = " ".join(phrase.lower().split())
    return MEASURE_WORDS.get(key, key)


#: head nouns that name the same population
POPULATION_SYNONYMS: dict[str, str] = {
    "troop": "soldier",
    "troops": "soldier",
    "soldier": "soldier",
    "servicemen": "soldier",
    "serviceman": "soldier",
    "personnel": "soldier",
    "people": "people",
    "persons": "people",
    "person": "people",
    "individuals": "people",
    "residents": "people",
    "inhabitants": "people",
    "others": "people",
    "civilian": "civilian",
    "civilians": "civilian",
    "children": "child",
    "kids": "child",
    "migrants": "migrant",
    "refugees": "people",
    "hostages": "hostage",
    "captives": "hostage",
    "seats": "seat",
    "jobs": "job",
    "homes": "home",
    "houses": "home",
    "households": "home",
    "buildings": "building",
    "structures": "building",
    "devices": "device",
    "machines": "device",
    "computers": "device",
    "missiles": "missile",
    "drones": "drone",
    "reservists": "reservist",
    "fighters": "fighter",
    "militants": "fighter",
    "ballots": "vote",
    "votes": "vote",
    # the crowd at a match or a concert, however a report names it
    "fans": "spectator",
    "fan": "spectator",
    "spectators": "spectator",
    "spectator": "spectator",
    "supporters": "spectator",
    "supporter": "spectator",
    "crowd": "spectator",
    "onlookers": "spectator",
    "customers": "home",
    # a ship's people, however a report names them ("a crew of 24", "25 sailors")
    "crew": "crew",
    "crewmen": "crew",
    "sailors": "crew",
    "seafarers": "crew",
    "mariners": "crew",
    # a sum a kidnapper or a hacker demands: "the ransom" is "their demand"
    "ransom": "demand",
    "ransoms": "demand",
    "demands": "demand",
    # what a storm drops: "310mm of rain", "310 millimetres of rainfall"
    "rainfall": "rain",
    # a container ship's load in the trade's word: "lost 46 containers", "60 boxes went over"
    "boxes": "container",
    # those at a match: "The attendance was 61,200" is the crowd that watched
    "attendance": "spectator",
}

#: words in a counted phrase that do not change which population is meant
FILLER_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "of",
        "more",
        "other",
        "further",
        "additional",
        "another",
        "some",
        "total",
        "estimated",
        "reported",
        "confirmed",
        "about",
        "all",
        "them",
        "those",
        "these",
        "who",
    }
)
