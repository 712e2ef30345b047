"""Holidays that are not a fixed day of the Gregorian calendar or differ by country.

Dates of lunar and Islamic holidays come from published calendars; where countries differ by a
day (the sighting of the moon), the date most of them keep is given. Years outside a table
leave the holiday without a value rather than guess.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

# Eid al-Fitr (the end of Ramadan) and Eid al-Adha, 2010-2030
EID_AL_FITR = {
    2010: (9, 10), 2011: (8, 30), 2012: (8, 19), 2013: (8, 8), 2014: (7, 28), 2015: (7, 17),
    2016: (7, 6), 2017: (6, 25), 2018: (6, 15), 2019: (6, 4), 2020: (5, 24), 2021: (5, 13),
    2022: (5, 2), 2023: (4, 21), 2024: (4, 10), 2025: (3, 30), 2026: (3, 20), 2027: (3, 9),
    2028: (2, 26), 2029: (2, 14), 2030: (2, 4),
}  # fmt: skip
EID_AL_ADHA = {
    2010: (11, 16), 2011: (11, 6), 2012: (10, 26), 2013: (10, 15), 2014: (10, 4),
    2015: (9, 24), 2016: (9, 12), 2017: (9, 1), 2018: (8, 21), 2019: (8, 11), 2020: (7, 31),
    2021: (7, 20), 2022: (7, 9), 2023: (6, 28), 2024: (6, 16), 2025: (6, 6), 2026: (5, 27),
    2027: (5, 16), 2028: (5, 5), 2029: (4, 24), 2030: (4, 13),
}  # fmt: skip
# Diwali (Lakshmi Puja, as India's national holiday lists it), 2010-2030
DIWALI = {
    2010: (11, 5), 2011: (10, 26), 2012: (11, 13), 2013: (11, 3), 2014: (10, 23),
    2015: (11, 11), 2016: (10, 30), 2017: (10, 19), 2018: (11, 7), 2019: (10, 27),
    2020: (11, 14), 2021: (11, 4), 2022: (10, 24), 2023: (11, 12), 2024: (11, 1),
    2025: (10, 20), 2026: (11, 8), 2027: (10, 29), 2028: (10, 17), 2029: (11, 5),
    2030: (10, 26),
}  # fmt: skip
# the Dragon Boat Festival (5th day of the 5th lunar month) and the Mid-Autumn Festival (15th
# day of the 8th), as China's calendar gives them, 1998-2026
DRAGON_BOAT = {
    1998: (5, 30), 1999: (6, 18), 2000: (6, 6), 2001: (6, 25), 2002: (6, 15), 2003: (6, 4),
    2004: (6, 22), 2005: (6, 11), 2006: (5, 31), 2007: (6, 19), 2008: (6, 8), 2009: (5, 28),
    2010: (6, 16), 2011: (6, 6), 2012: (6, 23), 2013: (6, 12), 2014: (6, 2), 2015: (6, 20),
    2016: (6, 9), 2017: (5, 30), 2018: (6, 18), 2019: (6, 7), 2020: (6, 25), 2021: (6, 14),
    2022: (6, 3), 2023: (6, 22), 2024: (6, 10), 2025: (5, 31), 2026: (6, 19),
}  # fmt: skip
MID_AUTUMN = {
    1998: (10, 5), 1999: (9, 24), 2000: (9, 12), 2001: (10, 1), 2002: (9, 21), 2003: (9, 11),
    2004: (9, 28), 2005: (9, 18), 2006: (10, 6), 2007: (9, 25), 2008: (9, 14), 2009: (10, 3),
    2010: (9, 22), 2011: (9, 12), 2012: (9, 30), 2013: (9, 19), 2014: (9, 8), 2015: (9, 27),
    2016: (9, 15), 2017: (10, 4), 2018: (9, 24), 2019: (9, 13), 2020: (10, 1), 2021: (9, 21),
    2022: (9, 10), 2023: (9, 29), 2024: (9, 17), 2025: (10, 6), 2026: (9, 25),
}  # fmt: skip

# Independence (or national) days, by the words that name the country
INDEPENDENCE_DAYS: dict[str, tuple[int, int]] = {
    "india": (8, 15), "pakistan": (8, 14), "bangladesh": (3, 26), "sri lanka": (2, 4),
    "indonesia": (8, 17), "philippines": (6, 12), "malaysia": (8, 31), "myanmar": (1, 4),
    "vietnam": (9, 2), "korea": (8, 15), "ukraine": (8, 24), "belarus": (7, 3),
    "kazakhstan": (12, 16), "georgia": (5, 26), "armenia": (9, 21), "moldova": (8, 27),
    "nigeria": (10, 1), "ghana": (3, 6), "kenya": (12, 12), "south sudan": (7, 9),
    "sudan": (1, 1), "algeria": (7, 5), "morocco": (11, 18), "tunisia": (3, 20),
    "senegal": (4, 4), "ivory coast": (8, 7), "cameroon": (1, 1), "congo": (6, 30),
    "tanzania": (12, 9), "uganda": (10, 9), "zimbabwe": (4, 18), "namibia": (3, 21),
    "mozambique": (6, 25), "angola": (11, 11), "mali": (9, 22), "somalia": (7, 1),
    "eritrea": (5, 24), "libya": (12, 24), "rwanda": (7, 1), "burundi": (7, 1),
    "zambia": (10, 24), "malawi": (7, 6), "botswana": (9, 30), "mexico": (9, 16),
    "brazil": (9, 7), "argentina": (7, 9), "chile": (9, 18), "colombia": (7, 20),
    "peru": (7, 28), "venezuela": (7, 5), "jamaica": (8, 6), "haiti": (1, 1),
    "finland": (12, 6), "poland": (11, 11), "lithuania": (2, 16), "estonia": (2, 24),
    "latvia": (11, 18), "kosovo": (2, 17), "lebanon": (11, 22), "syria": (4, 17),
    "jordan": (5, 25), "iraq": (10, 3), "afghanistan": (8, 19), "uzbekistan": (9, 1),
    "kyrgyzstan": (8, 31), "tajikistan": (9, 9), "turkmenistan": (9, 27), "greece": (3, 25),
    "cyprus": (10, 1), "malta": (9, 21), "iceland": (6, 17), "united states": (7, 4),
}  # fmt: skip
# national days that are not independence days
NATIONAL_DAYS: dict[str, tuple[int, int]] = {
    "china": (10, 1), "taiwan": (10, 10), "singapore": (8, 9), "vietnam": (9, 2),
}  # fmt: skip
_NATIONAL = re.compile(
    r"\b(china|chinese|beijing|xinhua|taiwan|taiwanese|taipei|singapore|singaporean"
    r"|vietnam|vietnamese|hanoi)\b",
    re.IGNORECASE,
)
_NATIONAL_WORDS = {
    "chinese": "china", "beijing": "china", "xinhua": "china", "taiwanese": "taiwan",
    "taipei": "taiwan", "singaporean": "singapore", "vietnamese": "vietnam", "hanoi": "vietnam",
}  # fmt: skip


def national_day_country(text: str) -> str | None:
    """The country whose national day the text speaks of: the last one it names."""
    found = None
    for m in _NATIONAL.finditer(text):
        word = m.group(1).lower()
        found = _NATIONAL_WORDS.get(word, word)
    return found


# the adjectives and other names news uses for those countries
_COUNTRY_WORDS = {
    "indian": "india", "pakistani": "pakistan", "bangladeshi": "bangladesh",
    "sri lankan": "sri lanka", "indonesian": "indonesia", "philippine": "philippines",
    "filipino": "philippines", "malaysian": "malaysia", "vietnamese": "vietnam",
    "korean": "korea", "ukrainian": "ukraine", "belarusian": "belarus",
    "kazakh": "kazakhstan", "georgian": "georgia", "armenian": "armenia",
    "moldovan": "moldova", "nigerian": "nigeria", "ghanaian": "ghana", "kenyan": "kenya",
    "south sudanese": "south sudan", "sudanese": "sudan", "algerian": "algeria",
    "moroccan": "morocco", "tunisian": "tunisia", "senegalese": "senegal",
    "ivorian": "ivory coast", "cote d'ivoire": "ivory coast", "cameroonian": "cameroon",
    "congolese": "congo", "tanzanian": "tanzania", "ugandan": "uganda",
    "zimbabwean": "zimbabwe", "namibian": "namibia", "mozambican": "mozambique",
    "angolan": "angola", "malian": "mali", "somali": "somalia", "eritrean": "eritrea",
    "libyan": "libya", "rwandan": "rwanda", "burundian": "burundi", "zambian": "zambia",
    "malawian": "malawi", "mexican": "mexico", "brazilian": "brazil",
    "argentine": "argentina", "argentinian": "argentina", "chilean": "chile",
    "colombian": "colombia", "peruvian": "peru", "venezuelan": "venezuela",
    "jamaican": "jamaica", "haitian": "haiti", "finnish": "finland", "polish": "poland",
    "lithuanian": "lithuania", "estonian": "estonia", "latvian": "latvia",
    "lebanese": "lebanon", "syrian": "syria", "jordanian": "jordan", "iraqi": "iraq",
    "afghan": "afghanistan", "uzbek": "uzbekistan", "greek": "greece", "cypriot": "cyprus",
    "maltese": "malta", "icelandic": "iceland", "american": "united states",
    "u.s.": "united states", "us": "united states", "america": "united states",
    # capitals and big cities, as datelines name them
    "new delhi": "india", "delhi": "india", "mumbai": "india", "kolkata": "india",
    "chennai": "india", "bengaluru": "india", "islamabad": "pakistan", "karachi": "pakistan",
    "lahore": "pakistan", "dhaka": "bangladesh", "colombo": "sri lanka",
    "jakarta": "indonesia", "manila": "philippines", "kuala lumpur": "malaysia",
    "kyiv": "ukraine", "kiev": "ukraine", "minsk": "belarus", "abuja": "nigeria",
    "lagos": "nigeria", "accra": "ghana", "nairobi": "kenya", "juba": "south sudan",
    "khartoum": "sudan", "algiers": "algeria", "rabat": "morocco", "tunis": "tunisia",
    "dakar": "senegal", "kampala": "uganda", "harare": "zimbabwe", "windhoek": "namibia",
    "maputo": "mozambique", "luanda": "angola", "bamako": "mali", "mogadishu": "somalia",
    "kigali": "rwanda", "lusaka": "zambia", "lilongwe": "malawi", "gaborone": "botswana",
    "mexico city": "mexico", "brasilia": "brazil", "sao paulo": "brazil",
    "buenos aires": "argentina", "bogota": "colombia", "caracas": "venezuela",
    "helsinki": "finland", "warsaw": "poland", "vilnius": "lithuania", "tallinn": "estonia",
    "riga": "latvia", "pristina": "kosovo", "beirut": "lebanon", "damascus": "syria",
    "amman": "jordan", "baghdad": "iraq", "kabul": "afghanistan", "tashkent": "uzbekistan",
    "athens": "greece", "nicosia": "cyprus", "reykjavik": "iceland",
    # named for their Republic Day, which has no entry above
    "turkey": "turkey", "turkish": "turkey", "turkiye": "turkey", "ankara": "turkey",
    "italy": "italy", "italian": "italy", "rome": "italy",
}  # fmt: skip
_COUNTRY = re.compile(
    r"\b("
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted([*INDEPENDENCE_DAYS, *_COUNTRY_WORDS], key=len, reverse=True)
    )
    + r")(?:s|['’]s)?\b",
    re.IGNORECASE,
)


def country_named(text: str) -> str | None:
    """The last country of our table that ``text`` names, if any."""
    found = None
    for m in _COUNTRY.finditer(text):
        word = " ".join(m.group(1).lower().split())
        if word == "us" and m.group(1) != "US":
            continue  # the pronoun
        found = _COUNTRY_WORDS.get(word, word)
    return found


def day_in_table(table: dict[int, tuple[int, int]], year: int) -> date | None:
    day = table.get(year)
    if day:
        return date(year, *day)
    islamic = _ISLAMIC_DAY.get(id(table))
    return islamic_day(year, *islamic) if islamic else None


def islamic_day(year: int, month: int, day: int) -> date | None:
    """The first day ``day`` of Islamic month ``month`` in Gregorian ``year``, by the
    arithmetic (tabular) calendar: within a day or two of the sighted moon, used only for
    years the published tables above do not hold."""
    if not 600 < year < 2200:
        return None
    estimate = int((year - 622) * 33 / 32)
    for hijri in range(estimate - 2, estimate + 3):
        if hijri < 1:
            continue
        julian = (
            day
            + math.ceil(29.5 * (month - 1))
            + (hijri - 1) * 354
            + (3 + 11 * hijri) // 30
            + 1948439
        )
        found = date.fromordinal(julian - 1721425)
        if found.year == year:
            return found
    return None


# the Islamic month and day each table's feast falls on (Shawwal 1, Dhu al-Hijjah 10)
_ISLAMIC_DAY = {id(EID_AL_FITR): (10, 1), id(EID_AL_ADHA): (12, 10)}


# The Hebrew calendar, by the arithmetic of its months (molad) and its rules of postponement:
# the day number (proleptic Gregorian ordinal) of 1 Tishri of year 1
_HEBREW_EPOCH = -1373427


def _hebrew_elapsed_days(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    day = months * 29 + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def _hebrew_new_year(year: int) -> date:
    before, this, after = (_hebrew_elapsed_days(y) for y in (year - 1, year, year + 1))
    delay = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return date.fromordinal(_HEBREW_EPOCH + this + delay)


def jewish_holiday(name: str, year: int) -> date | None:
    """The first full day of a Jewish holiday in Gregorian ``year`` (the evening before is
    when it begins): Rosh Hashanah, Yom Kippur, Sukkot, Hanukkah and Passover."""
    if not 1 <= year <= 9998:
        return None
    autumn = _hebrew_new_year(year + 3761)  # 1 Tishri falls in September or October
    if name == "rosh hashanah":
        return autumn
    if name == "yom kippur":
        return autumn + timedelta(days=9)
    if name == "sukkot":
        return autumn + timedelta(days=14)
    if name == "passover":
        # 15 Nisan is always 163 days before the next 1 Tishri
        return autumn - timedelta(days=163)
    if name == "hanukkah":
        # 25 Kislev: Tishri's 30 days, Heshvan's 29 (30 in a "complete" year of 355 or 385
        # days), then 24 more
        length = (_hebrew_new_year(year + 3762) - autumn).days
        return autumn + timedelta(days=83 + (1 if length in (355, 385) else 0))
    return None
