"""Who and where a story names: people, places and organisations, found by rule.

A pure function over an article's cleaned text (no model, no I/O, no word list of names). It
reads the shapes English news writing gives proper names:

- a run of capitalised words ("Ana Ruiz", "Port Seldon"), joined by initials ("Paul T.
  Granger"), "St." ("St. Brenna's Hospital"), name particles ("Lucia de Morra") and, after an
  organisation's or a place's head word, "of" ("Bank of Estrel", "University of Carrowmore");
- a sentence opener alone is no name ("Officials said", "However,"), unless the story names it
  elsewhere or it is a country or capital;
- a title or honorific makes the rest a person and is not part of the name ("Gen.", "Dr.",
  "President", "Health Minister", "Minister for Transport");
- the last word names an organisation (Ministry, Army, Agency, Council, Police, Party, Bank,
  Corp, ...) or a place (River, Lake, Valley, Bridge, Province, ...); "the Health Ministry" is
  the organisation "Health Ministry";
- a dateline ("SEOUL -", "KORVALA, Veltria (Meridian Press) -") names a place, and the credit
  in brackets after it is the outlet, no entity; so are names ending in an outlet's word
  (Times, Post, Press, News, Wire, Gazette, ...);
- "in", "at", "near", "from", "towards", ... before a lone name make it a place, as does the
  small gazetteer of countries and capitals; "said"/"told" beside a name, an age ("Yara Feld,
  47,") or an appositive ("Ilse Varga, a spokeswoman") make it a person;
- a surname alone ("Ruiz", "De Morra") is the person the story named in full before, and an
  acronym in brackets after a name ("the National Grain Board (NGB)") is that name again;
- months, weekdays, holidays, "The", shouted words ("EXCLUSIVE:") and a headline written in
  title case are not names (a headline keeps only names the story's body gives).

The canonical name is the one a lane is labelled with: without the title and "the", in the
case a sentence writes it ("KORVALA" -> "Korvala"), a surname folded into the full name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from desktop.domain import EntityMention, EntityType

# --- vocabulary: closed classes of English, not names ----------------------------------------


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


def _names(piped: str) -> frozenset[str]:
    return frozenset(piped.split("|"))


_MONTHS = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun"
)
_HOLIDAYS = _words(
    "christmas easter thanksgiving ramadan eid diwali hanukkah hanukah passover halloween "
    "lent advent pentecost whitsun hogmanay yom kippur navruz nowruz"
)
# words that open a capitalised run but are no part of a name
_FUNCTION = _words(
    "the a an this that these those its his her their our my your some any every each no "
    "in on at by for from with after before during since until till to of into over under "
    "and or but nor so yet if when while as because though although unless whether where "
    "then there here now today tonight yesterday tomorrow meanwhile however also still "
    "it he she they we i you who what which why how all both many most much more several "
    "according despite amid among between against about around across along without "
    "one two three four five six seven eight nine ten"
)
_TITLES = _words(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister "
    "brother gen general lt lieutenant col colonel maj major capt captain cmdr commander "
    "adm admiral sgt sergeant cpl corporal pte private brig brigadier marshal det detective "
    "insp inspector supt superintendent constable officer chief president vice "
    "premier chancellor minister secretary senator sen rep representative governor gov "
    "mayor ambassador envoy judge justice king queen prince princess emperor sultan emir "
    "sheikh pope cardinal bishop archbishop imam rabbi ayatollah spokesman spokeswoman "
    "chairman chairwoman chairperson councillor councilman councilwoman commissioner "
    "deputy mp mep coach correspondent reporter editor striker midfielder defender "
    "goalkeeper winger manager director lawyer attorney prosecutor founder actor actress "
    "singer rapper author economist"
)
# a title whose portfolio follows it: "Minister for Transport Aisling Brede"
_PORTFOLIO_TITLES = _words("minister secretary commissioner")
_ORG_HEADS = _words(
    "ministry department army navy agency council police party bank court commission "
    "committee service services authority institute university college school academy "
    "hospital clinic church mosque temple union front movement board corp corporation inc "
    "ltd plc llc group holdings company co embassy consulate senate parliament assembly "
    "congress organization organisation association federation foundation league office "
    "force forces guard guards bureau fund trust society alliance coalition airlines "
    "airways industries systems technologies telecom motors energy steel mining bancorp "
    "brigade battalion regiment division command cabinet government administration "
    "tribunal network institution partnership nations house center centre ag sa nv gmbh "
    "cos associates partners united rovers wanderers rangers athletic fc albion directorate "
    "secretariat inspectorate exchange labs laboratories aerospace pharmaceuticals logistics "
    "chemicals foods construction shipping lines capital appliances coaches international "
    "insurance media electronics resources petroleum investments securities brands watch"
)
_PLACE_HEADS = _words(
    "river lake mount mountain mountains valley creek bay island islands isle port bridge "
    "province county region district state street road avenue square strait sea gulf "
    "peninsula desert forest hills heights city town village airport harbour harbor coast "
    "canal dam park plain plains plateau ridge springs falls beach cape fort lane glacier strip "
    "ocean east west republic kingdom emirate prison jail stadium arena terminal"
)
# place words that come first: "Lake Pell", "Mount Arn", "Port Seldon", "Fort Dane"
_PLACE_LEADS = _words("lake mount port fort cape isle gulf")
# a lower-case noun that makes the name after it a work, a vessel or a product: "the film
# Silent Harbour", "the ferry Saltmere Star", "the drug Veranex"
_WORK_NOUNS = _words(
    "film movie documentary novel book memoir album song single play opera musical series "
    "show programme program podcast game app ship ferry vessel tanker freighter yacht trawler "
    "liner cruiser frigate destroyer submarine carrier drug vaccine"
)
# a named storm: "Storm Isolde", "Hurricane Mara", "Typhoon Lan"
_WEATHER_LEADS = _words("storm hurricane typhoon cyclone tropical")
# events and prizes named by their last word: "the Marrowby Film Festival", "the Kessel Cup"
_EVENT_HEADS = _words(
    "festival festivals prize prizes award awards cup championship championships olympics "
    "games tournament marathon expo biennale war act"
)
# the heads of a company's name, which the story then shortens to its first word
_COMPANY_HEADS = _words(
    "motors inc corp corporation ltd plc llc group holdings company co industries "
    "technologies systems energy airlines airways telecom mining steel labs aerospace "
    "pharmaceuticals logistics chemicals foods construction shipping lines capital appliances "
    "coaches insurance media electronics resources petroleum investments brands ag sa nv gmbh"
)
# lowercase nouns that make the name before them a place: "the Rennet region"
_PLACE_NOUNS = _words(
    "region province district area border frontier coast city town village county state "
    "capital valley countryside suburbs suburb outskirts highlands port streets centre "
    "center settlement camp enclave airbase base plant refinery mine prison airfield reactor "
    "crossing checkpoint bridge station depot hills mountains island"
)
# lowercase nouns that make the name before them an organisation: "the United Auto Workers union"
_ORG_NOUNS = _words(
    "union party group company firm agency movement militia council committee bank ministry "
    "government administration airline carrier insurer lender retailer broadcaster charity"
)
_OUTLET_HEADS = _words(
    "times post press news wire herald gazette tribune chronicle journal telegraph observer "
    "courier examiner mirror guardian independent dispatch bulletin today daily weekly "
    "radio tv television broadcasting"
)
_PLACE_PREPOSITIONS = _words(
    "in at near from to towards toward across over outside around into through via inside "
    "throughout within beyond off"
)
# people and bodies "of" a place: "the city council of Haldane", "the residents of Kell"
_OF_PLACE = _words(
    "council government mayor governor people residents citizens inhabitants king queen "
    "prince president parliament police"
)
# verbs whose object is a place: "left Maravel", "will visit Callow", "captured Dastrow"
_PLACE_VERBS = _words(
    "left leave leaving leaves reached reach reaching entered enter entering visit visited "
    "visiting visits fled flee fleeing captured capture recaptured seized seize shelled "
    "bombed liberated evacuated occupied toured"
)
# words between a preposition and a place: "across northern Calder", "in nearby Stenby"
_PLACE_ADJECTIVES = _words(
    "northern southern eastern western central north south east west northeastern "
    "northwestern southeastern southwestern nearby neighbouring neighboring rural "
    "downtown coastal occupied"
)
# a kicker before a colon is no dateline: "EXCLUSIVE: Reality star ..."
_KICKERS = _words(
    "exclusive breaking update updated watch live revealed pictured analysis opinion "
    "editorial comment explainer video photos review interview correction urgent flash "
    "factbox timeline update"
)
_SPEECH = _words("said says told added warned stated announced wrote explained")
_PARTICLES = _words("de del della di da van von der den la le du dos das bin ibn al")
# "the Ethiopian capital": a people's adjective, not the place's name
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ic|ch)$")
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")

# Countries and capitals: the only names the finder knows by heart.
_GAZETTEER = _names(
    "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|"
    "Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|"
    "Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|"
    "Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|"
    "Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|"
    "Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|"
    "Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|"
    "Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|"
    "Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|"
    "Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|"
    "Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|"
    "Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|"
    "Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|"
    "Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|"
    "Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|"
    "Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|"
    "Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|"
    "Thailand|Togo|Tonga|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|"
    "United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|"
    "Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Britain|England|Scotland|Wales|"
    "America|Europe|Africa|Asia|Gaza|Crimea|"
    "Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Manama|Dhaka|"
    "Minsk|Brussels|Sarajevo|Brasilia|Sofia|Phnom Penh|Ottawa|Santiago|Beijing|Bogota|"
    "Havana|Nicosia|Prague|Copenhagen|Quito|Cairo|Tallinn|Addis Ababa|Helsinki|Paris|"
    "Tbilisi|Berlin|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Jakarta|Tehran|"
    "Baghdad|Dublin|Jerusalem|Rome|Tokyo|Amman|Astana|Nairobi|Pristina|Riga|Beirut|"
    "Tripoli|Vilnius|Antananarivo|Kuala Lumpur|Bamako|Valletta|Mexico City|Chisinau|"
    "Podgorica|Rabat|Maputo|Kathmandu|Amsterdam|The Hague|Wellington|Managua|Abuja|"
    "Pyongyang|Skopje|Oslo|Muscat|Islamabad|Panama City|Asuncion|Lima|Manila|Warsaw|"
    "Lisbon|Doha|Bucharest|Moscow|Kigali|Riyadh|Dakar|Belgrade|Freetown|Bratislava|"
    "Ljubljana|Mogadishu|Pretoria|Seoul|Juba|Madrid|Colombo|Khartoum|Stockholm|Bern|"
    "Geneva|Damascus|Taipei|Dushanbe|Dodoma|Bangkok|Tunis|Ankara|Ashgabat|Kampala|Kyiv|"
    "Kiev|Abu Dhabi|London|Washington|Montevideo|Tashkent|Caracas|Hanoi|Sanaa|Lusaka|"
    "Harare|Hong Kong|Istanbul|New York|U.S.|U.K.|US|UK|UAE"
)

# a word, or an abbreviation written with dots ("U.S.", "U.N.")
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’\-]*")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$")
# what lies between a word and the one before it when the word opens a sentence (an opening
# quote or bracket after the sentence's end belongs to the new sentence)
_SENTENCE_END = re.compile(r"(?:[.!?:;\n]['\"’”)]*|\s[-–—])\s*[\"“‘(\[]?\s*$")


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    bare: str  # without a possessive 's
    possessive: bool
    dotted: bool  # an abbreviation's dot follows it and belongs to it
    capital: bool
    opener: bool  # first word of a sentence


@dataclass(slots=True)
class _Run:
    tokens: list[_Token]
    type: EntityType | None = None
    titled: bool = False
    name: str = ""

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.start + len(last.bare) + (1 if last.dotted else 0)


def _is_capital(word: str) -> bool:
    first = word[0]
    if not first.isupper():
        return False
    parts = word.split("-")
    # "Mum-of-three" is a capitalised compound, not a name; "Al-Hassan" and "Ruiz-Tagle" are
    return all(p[:1].isupper() or p.lower() in _PARTICLES for p in parts if p)


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    for m in _WORD.finditer(text):
        word = m.group()
        start, end = m.start(), m.end()
        if word[-1] in "'’-":
            # "Dockers'": the apostrophe marks a plural possessive
            bare = word.rstrip("'’-")
            possessive = word[-1] in "'’" and bare.endswith("s")
        elif word[-2:] in ("'s", "’s"):
            bare, possessive = word[:-2], True
        else:
            bare, possessive = word, False
        if not bare:
            continue
        dotted = (
            end < len(text)
            and text[end] == "."
            and not possessive
            and (len(bare) == 1 or bare.lower() in _TITLES or bare in ("St", "Mt", "Ft", "Jr"))
        )
        if out:
            last = out[-1]
            gap_after_last = text[last.end + (1 if last.dotted else 0) : start]
            opener = bool(_SENTENCE_END.search(gap_after_last))
        else:
            opener = True
        out.append(_Token(start, end, word, bare, possessive, dotted, _is_capital(bare), opener))
    return out


def _joined(text: str, a: _Token, b: _Token) -> bool:
    """Whether two tokens sit side by side in one name: one space between them (after an
    abbreviation's dot), no comma, bracket or line break."""
    gap = text[a.end + (1 if a.dotted else 0) : b.start]
    return gap == " " and not a.possessive


def _closed_word(bare: str) -> bool:
    low = bare.lower()
    return low in _MONTHS or low in _WEEKDAYS or low in _HOLIDAYS


def _runs(text: str, tokens: list[_Token], skip: set[int]) -> list[_Run]:
    """Maximal runs of capitalised words, with the small words that live inside names."""
    runs: list[_Run] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if (
            i in skip
            or not tok.capital
            or _closed_word(tok.bare)
            or (len(tok.bare) == 1 and not tok.dotted)
        ):
            i += 1
            continue
        run = [tok]
        j = i + 1
        while j < n and j not in skip:
            prev, cur = run[-1], tokens[j]
            if not _joined(text, prev, cur):
                # "People's Party", "Dockers' Union": a possessive before one head word
                if (
                    prev.possessive
                    and text[prev.end : cur.start] == " "
                    and cur.capital
                    and cur.bare.lower() in _ORG_HEADS
                    and (
                        j + 1 >= n
                        or not tokens[j + 1].capital
                        or not _joined(text, cur, tokens[j + 1])
                    )
                ):
                    run.append(cur)
                    j += 1
                break
            if cur.capital and not _closed_word(cur.bare):
                if cur.opener:
                    break
                run.append(cur)
                j += 1
                continue
            low = cur.text.lower()
            nxt = tokens[j + 1] if j + 1 < n else None
            joins_next = (
                nxt is not None and nxt.capital and j + 1 not in skip and _joined(text, cur, nxt)
            )
            if low == "of" and joins_next and nxt is not None:
                head = prev.bare.lower()
                if head in _ORG_HEADS or head in ("republic", "isle", "gulf", "bay", "city"):
                    # "Ministry of Health", "Bank of Estrel"; not "Aldric III of Norvane"
                    run.append(cur)
                    j += 1
                    continue
                if head in _PLACE_HEADS and not any(t.bare.lower() in _TITLES for t in run):
                    run.append(cur)
                    j += 1
                    continue
                if _of_after_org(run) and _of_names_a_place(text, tokens, j + 1, skip):
                    # a body's full name then its country: "Ministry of Foreign Affairs of
                    # Ostmark", "Academy of Sciences of Veltria"
                    run.append(cur)
                    j += 1
                    continue
            if (
                low in ("and", "&")
                and joins_next
                and _org_follows(text, tokens, j + 1, skip)
                and not (len(run) >= 2 and prev.bare.lower() in _ORG_HEADS)
            ):
                # "Securities and Exchange Commission"; not "Orlan Energy and Brightwater
                # Mining", two whole bodies
                # "Securities and Exchange Commission"
                run.append(cur)
                j += 1
                continue
            if low in _PARTICLES and joins_next and len(run) >= 1 and low != "of":
                run.append(cur)
                j += 1
                continue
            break
        runs.append(_Run(run))
        i = j if j > i else i + 1
    return runs


def _org_follows(text: str, tokens: list[_Token], k: int, skip: set[int]) -> bool:
    """Whether the capitalised words from ``k`` on end in an organisation's head word
    ("Maritime Workers' Federation": a possessive before the head)."""
    while k + 1 < len(tokens) and k + 1 not in skip:
        cur, nxt = tokens[k], tokens[k + 1]
        possessive_head = (
            cur.possessive and text[cur.end : nxt.start] == " " and nxt.bare.lower() in _ORG_HEADS
        )
        if not (nxt.capital and (_joined(text, cur, nxt) or possessive_head)):
            break
        k += 1
    return tokens[k].bare.lower() in _ORG_HEADS and not tokens[k].opener


def _of_after_org(run: list[_Token]) -> bool:
    """Whether a run is already an organisation's "X of Y" with no title in it: "Ministry of
    Foreign Affairs", not "Secretary of State"."""
    words = [t.bare.lower() for t in run]
    for k in range(len(words) - 1):
        if words[k] in _ORG_HEADS and words[k + 1] == "of":
            # a title after the body's "of" is its portfolio: "Ministry of Justice"
            return not any(w in _TITLES for w in words[:k])
    return False


def _of_names_a_place(text: str, tokens: list[_Token], k: int, skip: set[int]) -> bool:
    """Whether the word at ``k`` is a one-word name closing the run (a country, a city): the
    second "of" of "Academy of Sciences of Veltria", not "of Foreign Affairs" again."""
    if k >= len(tokens) or k in skip or not tokens[k].capital or tokens[k].opener:
        return False
    if k + 1 < len(tokens) and tokens[k + 1].capital and _joined(text, tokens[k], tokens[k + 1]):
        return text[tokens[k].start : tokens[k + 1].end] in _GAZETTEER
    low = tokens[k].bare.lower()
    return low not in _ORG_HEADS and low not in _PLACE_HEADS and low not in _FUNCTION


def _is_title(tok: _Token) -> bool:
    low = tok.bare.lower()
    return low in _TITLES or ("-" in low and any(p in _TITLES for p in low.split("-")))


def _title_end(tokens: list[_Token]) -> int:
    """How many of a run's first tokens are titles and what they qualify ("Det. Sgt.",
    "Health Minister", "UN Secretary-General"; "Minister for Transport" is handled by the
    caller)."""
    last = -1
    for k, tok in enumerate(tokens):
        if _is_title(tok):
            last = k
    return last + 1


def _title_start(tokens: list[_Token], end: int) -> int:
    """Where the block of titles that ends before ``end`` begins: "UN Secretary-General"
    -> 1, "Det. Sgt." -> 0."""
    k = end - 1
    while k > 0 and _is_title(tokens[k - 1]):
        k -= 1
    return k


def _words_before(text: str, pos: int, count: int = 2) -> list[str]:
    chunk = text[max(0, pos - 40) : pos]
    return [w.lower() for w in re.findall(r"[\w'’]+", chunk)][-count:]


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in title case (headlines, standfirsts): most of their longer words
    capitalised and no sentence end."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        words = re.findall(r"[^\W\d_][\w'’\-]*", line)
        if (
            len(words) < 3
            or line.rstrip().endswith((".", "!", "?", ":", '"', "”"))
            or re.match(r"\s*By [A-Z]", line)  # a byline: "By Carla Mendes"
        ):
            continue
        small = [w for w in words if w.lower() in _FUNCTION]
        long_words = [w for w in words if w.lower() not in _FUNCTION]
        caps = sum(1 for w in long_words if w[0].isupper())
        if (
            long_words
            and caps >= 0.8 * len(long_words)
            and (
                any(w[0].isupper() for w in small) or (caps == len(long_words) and len(words) >= 4)
            )
        ):
            spans.append((start, start + len(line)))
    return spans


def _dateline(text: str, tokens: list[_Token]) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """The place words of each paragraph's dateline ("SEOUL -", "KORVALA, Veltria (Meridian
    Press) -", "ARDENVALE, March 14 (Coastline News) -") and the indices of the outlet credit
    in its brackets, which names no entity: the spans of the places, the indices of their
    tokens and those of the credit's."""
    places: list[tuple[int, int]] = []
    place_tokens: set[int] = set()
    credit: set[int] = set()
    index = {t.start: k for k, t in enumerate(tokens)}
    starts = [t.start for t in tokens]
    for m in re.finditer(
        r"(?m)^([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+)*)"
        r"((?:, [A-Z][\w'’]+(?: [A-Z][\w'’]+)*)?)"
        r"(?:,? [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?)?"
        r"(?: ?\(([^)\n]{2,60})\))?\s*[-–—:_]\s?",
        text,
    ):
        head = m.group(1)
        if len(head) < 3 or head.lower() in _KICKERS:
            continue
        for k in range(index.get(m.start(1), -1), len(tokens)):
            if k < 0 or tokens[k].start >= m.end(1):
                break
            place_tokens.add(k)
        places.append((m.start(1), m.end(1)))
        if m.group(2):
            for k in range(index.get(m.start(2) + 2, -1), len(tokens)):
                if k < 0 or tokens[k].start >= m.end(2):
                    break
                place_tokens.add(k)
            if not _closed_word(m.group(2)[2:].split()[0]):
                places.append((m.start(2) + 2, m.end(2)))
        if m.group(3):
            # the tokens come in text order: the credit's are a run of them, found by halving
            credit.update(
                range(bisect.bisect_left(starts, m.start(3)), bisect.bisect_left(starts, m.end(3)))
            )
    return places, place_tokens, credit


def _demonym_of_a_country(words: list[str]) -> bool:
    """Whether the words name a country's people, not the country: "North Korean(s)",
    "Ukrainians", "Japanese", "Iraqi" (its name, with a suffix of nationality, is in the
    gazetteer)."""
    last = words[-1]
    if not re.search(r"(?:an|ans|ese|ish|i|is|ic|ch)$", last):
        return False
    one = last[:-1] if last.endswith("s") else last
    stems = {one[:-1], one[:-2], one[:-3], one[:-3] + "e", one[:-4] + "a", one[:-2] + "a"}
    head = " ".join(words[:-1])
    return any((f"{head} {stem}" if head else stem) in _GAZETTEER for stem in stems if stem)


def _case(word: str) -> str:
    """A shouted word in the case a sentence writes it: "KORVALA" -> "Korvala"."""
    if word.isupper() and len(word) > 1 and "." not in word:
        return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)
    return word


def find_entities(text: str) -> list[EntityMention]:
    """Every person, place and organisation the text names, in the order of the text."""
    if not text:
        return []
    tokens = _tokens(text)
    if not tokens:
        return []
    headlines = _headline_lines(text)
    dateline_places, dateline_tokens, credit = _dateline(text, tokens)
    in_headline: set[int] = set()
    # the tokens come in text order: a headline's are a run of them, found by halving
    token_starts = [tok.start for tok in tokens]
    for a, b in headlines:
        in_headline.update(
            range(bisect.bisect_left(token_starts, a), bisect.bisect_left(token_starts, b))
        )
    skip = in_headline | credit | dateline_tokens
    runs = _runs(text, tokens, skip)

    known_type: dict[str, EntityType] = {}
    mentions: list[tuple[int, int, str, EntityType | None, bool]] = []
    # (start, end, surface, type, weak): weak ones are typed by what the rest of the story says

    for a, b in dateline_places:
        mentions.append((a, b, text[a:b], "PLACE", False))
        known_type.setdefault(_case(text[a:b]), "PLACE")

    for run in runs:
        toks = run.tokens
        first = toks[0]
        # "The", "However", "In": function words that open a run are no part of it
        while toks and toks[0].bare.lower() in _FUNCTION and not toks[0].dotted:
            toks = toks[1:]
        if not toks:
            continue
        opener = toks[0] is first and first.opener
        type_: EntityType | None = None
        title_before = _words_before(text, toks[0].start, 3)
        if (
            title_before[-1:] == ["the"]
            and toks[-1].bare.lower() not in _ORG_HEADS
            and not any(t.possessive or t.text == "of" for t in toks[:-1])
        ):
            # "Chancellor of the Exchequer Nigel Lawson"; not "a spokesman for the Newark
            # Police Department"
            title_before = title_before[:-1]
        title_before = title_before[-2:]
        if (
            len(title_before) == 2
            and title_before[0] in _TITLES
            and title_before[1] in ("for", "of")
            and len(toks) >= 3
        ):
            # "Minister for Transport Aisling Brede", "Chief of Staff John Sununu": a one-word
            # portfolio, then the person
            toks = toks[1:]
            type_ = "PERSON"
            opener = False
        n_title = (
            _title_end(toks)
            if toks[-1].bare.lower() not in _ORG_HEADS and not _of_after_org(toks)
            else 0
        )
        if n_title and type_ is None:
            # what comes before the titles may name a body or a place of its own: "UN
            # Secretary-General Anton Brevik", "White House Chief of Staff"
            prefix = toks[: _title_start(toks, n_title)]
            if prefix and prefix[0].bare.lower() not in _FUNCTION:
                p_text = text[prefix[0].start : prefix[-1].start + len(prefix[-1].bare)]
                p_type: EntityType | None = None
                if p_text in _GAZETTEER:
                    p_type = "PLACE"
                elif (len(prefix) == 1 and _ACRONYM.match(p_text)) or (
                    len(prefix) > 1 and prefix[-1].bare.lower() in _ORG_HEADS
                ):
                    p_type = "ORG"
                if p_type is not None:
                    mentions.append(
                        (prefix[0].start, prefix[0].start + len(p_text), p_text, p_type, False)
                    )
            before = toks[n_title - 1].bare.lower()
            rest = toks[n_title:]
            if (
                rest
                and before in _PORTFOLIO_TITLES
                and text[toks[n_title - 1].end : rest[0].start] != " "
            ):
                rest = []
            if not rest:
                continue
            if rest[-1].bare.lower() in _ORG_HEADS:
                # "President Cafe"? no: a title then an organisation's word is the organisation
                toks = rest
            else:
                toks = rest
                type_ = "PERSON"
                opener = False
        surface_toks = toks
        if type_ is None and text[toks[0].start : toks[-1].end] in _GAZETTEER:
            type_ = "PLACE"
        elif type_ is None and _demonym_of_a_country([t.bare for t in toks]):
            continue  # "North Korean soldiers", "the Ukrainians": a people, not a place
        head = surface_toks[-1].bare.lower()
        lead = surface_toks[0].bare.lower()
        words = [t.bare for t in surface_toks]
        if type_ is None and (
            any(ch.isdigit() for w in words for ch in w)
            or _after_work_noun(text, surface_toks[0].start)
            or (len(words) > 1 and lead in _WEATHER_LEADS)
            or (len(words) > 1 and head in _EVENT_HEADS)
        ):
            # a model ("the Orca X9"), a storm ("Storm Isolde", "Hurricane Mara"), an event
            # ("the Marrowby Film Festival"): no person, place or organisation
            continue
        if type_ is None:
            if len(words) > 1 and (
                words[-1].lower() in _OUTLET_HEADS or words[0].lower() in ("daily", "weekly")
            ):
                continue  # an outlet: "the Harbour Gazette", "Meridian Press", "Daily Clarion"
            if head in _ORG_HEADS and (len(words) > 1 or not opener):
                type_ = "ORG"
            elif lead in _ORG_HEADS and len(words) == 2 and lead not in _PLACE_HEADS:
                type_ = "ORG"  # "Police Scotland", "Bank Aldova"
            elif any(w.lower() in _ORG_HEADS for w in words[:-1]) and "of" in [
                t.text for t in surface_toks
            ]:
                type_ = "ORG"  # "Ministry of Health", "Supreme Court of Averland"
            elif (head in _PLACE_HEADS or lead in _PLACE_LEADS) and len(words) > 1:
                type_ = "PLACE"
            elif len(surface_toks) >= 3 and any(
                len(t.bare) == 1 and t.dotted for t in surface_toks[1:-1]
            ):
                type_ = "PERSON"  # a middle initial: "James F. Lyons", "Paul T. Granger"
        surface = text[surface_toks[0].start : surface_toks[-1].start + len(surface_toks[-1].bare)]
        if surface_toks[-1].dotted and surface_toks[-1].bare in ("Jr",):
            surface += "."
        if type_ is None and surface in _GAZETTEER:
            type_ = "PLACE"
        if type_ is None and opener and len(surface_toks) == 1:
            # a lone sentence opener: a name only if the story names it elsewhere
            mentions.append(
                (
                    surface_toks[0].start,
                    surface_toks[0].start + len(surface_toks[0].bare),
                    surface,
                    None,
                    True,
                )
            )
            continue
        if all(len(t.bare) == 1 for t in surface_toks):
            continue  # initials alone
        if type_ is None and _ACRONYM.match(surface) and re.match(r"\s?\d", text[toks[-1].end :]):
            continue  # a currency's or a unit's code before its amount: "EUR 5 million"
        if (
            type_ is None
            and len(surface_toks) == 1
            and (_ACRONYM.match(surface) or _DOTTED.match(surface))
        ):
            type_ = "ORG"
        if type_ is None and surface.isupper() and len(surface) > 5:
            continue  # shouted: "EXCLUSIVE", "BREAKING"
        mentions.append(
            (surface_toks[0].start, surface_toks[0].start + len(surface), surface, type_, False)
        )
        if type_ is not None and not surface.isupper():
            known_type.setdefault(surface, type_)

    # --- type the rest by what surrounds them -------------------------------------------------
    vocabulary = frozenset(t.text for t in tokens if t.text.islower())
    typed: list[tuple[int, int, str, EntityType]] = []
    org_short: dict[str, str] = {}
    people_full: dict[str, str] = {}
    # a person named in full, then by the first name alone ("Mia Laine" ... "Mia said"); a
    # first name two people share names neither ("")
    first_names: dict[str, str] = {}
    # names of two words or more nothing typed where they stand, which the story may type
    # further on ("Volunteers from the Red Crescent reached ..." ... "The Red Crescent said")
    untyped: list[tuple[int, int, str]] = []
    for start, end, surface, type_, weak in sorted(mentions):
        if (
            type_ is None
            and typed
            and typed[-1][3] == "PERSON"
            and text[typed[-1][1] : start] == " of "
            and " " not in surface
        ):
            type_ = "PLACE"  # "Queen Odile of Marrow", "Imam Sadiq of Kerbala"
        if (
            type_ is None
            and typed
            and typed[-1][3] != "PERSON"
            and (
                re.fullmatch(r",?\s+(?:and|or)\s+(?:[a-z]+\s+)?", text[typed[-1][1] : start])
                or (text[typed[-1][1] : start] == ", " and not _title_of_before(text, typed[-1][0]))
            )
            and surface.lower() not in people_full
        ):
            type_ = typed[-1][3]  # "in Selby Hill and Carrow", "Eastwick and nearby Pellham"
        if type_ is None:
            type_ = _guess_type(
                text, start, end, surface, known_type, people_full, weak, vocabulary, org_short
            )
            if type_ is None and " " not in surface and first_names.get(surface.lower()):
                type_ = "PERSON"  # nothing else says what it is: "Now 23, Mia runs ..."
            if type_ is None:
                if " " in surface and not weak and not surface.isupper():
                    untyped.append((start, end, surface))
                continue
        if type_ == "PERSON" and " " in surface:
            for key in _surname_keys(surface):
                people_full[key] = surface
            given = _first_name(surface)
            if given and first_names.get(given, surface) != surface:
                first_names[given] = ""
            elif given and _human_near(text, start, end):
                first_names[given] = surface
        if type_ == "ORG" and " " in surface and not surface.isupper():
            words = surface.split()
            for k in range(1, len(words)):
                # "Norden" and "Corvale Mutual" after "Corvale Mutual Bank"
                org_short.setdefault(" ".join(words[:k]), surface)
        typed.append((start, end, surface, type_))
        if not surface.isupper():
            known_type.setdefault(surface, type_)

    # (a body or a place: a run read as a person only for want of anything else is no
    # evidence for its other places)
    late = [
        (s, e, name, known_type[name])
        for s, e, name in untyped
        if known_type.get(name) in ("ORG", "PLACE")
    ]
    if late:
        typed = sorted(typed + late)

    # --- headlines keep the names the body gives ---------------------------------------------
    if headlines:
        names = sorted({s for _, _, s, _ in typed if not s.isupper()}, key=len, reverse=True)
        taken: list[tuple[int, int]] = []
        for a, b in headlines:
            line = text[a:b]
            for name in names:
                if name not in line:
                    # the words are not on the line: no pattern to build (a long text's
                    # headlines and names are many, more than the pattern cache holds)
                    continue
                for m in re.finditer(r"(?<![\w'])" + re.escape(name) + r"(?![\w])", line):
                    s, e = a + m.start(), a + m.end()
                    if any(s < te and ts < e for ts, te in taken):
                        continue
                    taken.append((s, e))
                    typed.append((s, e, name, known_type.get(name, "PLACE")))
        typed.sort()

    # --- canonical names ---------------------------------------------------------------------
    acronyms: dict[str, str] = {}
    for k, (start, _end, surface, type_) in enumerate(typed):
        if type_ == "ORG" and _ACRONYM.match(surface) and k > 0:
            prev = typed[k - 1]
            between = text[prev[1] : start]
            if between.strip() == "(" and _initials(prev[2]) == surface:
                acronyms[surface] = prev[2]
    out: list[EntityMention] = []
    seen_full: dict[str, str] = {}
    seen_first: dict[str, str] = {}
    for start, end, surface, type_ in typed:
        name = surface if type_ == "ORG" else _case(surface)
        if type_ == "PERSON":
            if " " in surface:
                for key in _surname_keys(surface):
                    seen_full[key] = surface
                given = _first_name(surface)
                if given and first_names.get(given) == surface:
                    seen_first[given] = surface
            else:
                name = seen_full.get(surface.lower()) or seen_first.get(surface.lower()) or name
            if (
                surface.lower() in seen_full
                and " " in surface
                and surface.lower().split()[0] in _PARTICLES
            ):
                name = seen_full[surface.lower()]
        elif type_ == "ORG" and surface in acronyms:
            name = acronyms[surface]
        elif type_ == "ORG" and surface in org_short:
            name = org_short[surface]
        out.append(EntityMention(start, end, text[start:end], type_, name))
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _ends_name(word: str) -> bool:
    """Whether a lower-case word after a name leaves the name whole (a preposition, a
    function word, a verb of speech): "the Red Crescent through two famines", not "the Lisk
    fever outbreak"."""
    return word in _FUNCTION or word in _PLACE_PREPOSITIONS or word in _SPEECH


def _title_of_before(text: str, start: int) -> bool:
    """Whether "<title> of" stands right before ``start``: in "the mayor of Tollbridge, Sam
    Achebe," the name after the comma is the mayor, not one more place."""
    words = _words_before(text, start, 2)
    return len(words) == 2 and words[1] == "of" and words[0] in _TITLES


def _after_work_noun(text: str, start: int) -> bool:
    """Whether a work's, a vessel's or a product's noun stands right before ``start`` (one
    space between): "the ferry Saltmere Star"; not "on the ABC program, Abdul Amir"."""
    m = re.search(r"([a-z]+) $", text[max(0, start - 16) : start])
    return m is not None and m.group(1) in _WORK_NOUNS


def _human_near(text: str, start: int, end: int) -> bool:
    """Whether a person's pronoun or an age stands by a name: "Mia Laine was nine when the
    river took her family's house", "Tom Hale, 52"; a company read as a person ("Connaught
    BioSciences") has none, so its first word is no first name."""
    if re.match(r",\s+\d{1,3}\s*[,)]", text[end : end + 8]):
        return True
    window = text[max(0, start - 60) : end + 120]
    return bool(re.search(r"\b(?:he|she|his|her|him|himself|herself)\b", window, re.I))


def _first_name(full: str) -> str:
    """The given name of a full name, lower case ("Mia Laine" -> "mia"); none for an initial
    or a particle ("J. Ruiz", "de Morra")."""
    first = full.split()[0]
    if len(first) < 2 or first.endswith(".") or first.lower() in _PARTICLES or first.isupper():
        return ""
    return first.lower()


def _surname_keys(full: str) -> list[str]:
    """The ways a story shortens a full name: "Lucia de Morra" -> "morra", "de morra"."""
    words = full.split()
    while len(words) > 2 and words[-1].rstrip(".").lower() in ("jr", "sr", "ii", "iii", "iv"):
        words = words[:-1]  # "John C. Maxwell Jr." is "Maxwell"
    keys = [words[-1].lower()]
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower() in _PARTICLES:
            keys.append(" ".join(words[k:]).lower())
        else:
            break
    return keys


def _guess_type(
    text: str,
    start: int,
    end: int,
    surface: str,
    known: dict[str, EntityType],
    people: dict[str, str],
    weak_opener: bool,
    vocabulary: frozenset[str],
    org_short: dict[str, str],
) -> EntityType | None:
    low = surface.lower()
    if low in people:
        return "PERSON"
    if surface in known:
        return known[surface]
    if surface in _GAZETTEER:
        return "PLACE"
    if " " in surface and surface in org_short:
        return "ORG"  # "Corvale Mutual" after "Corvale Mutual Bank": the body, shortened
    before = _words_before(text, start, 2)
    after = text[end : end + 40]
    if text[end : end + 2] in ("'s", "’s"):
        # "Kessland's Defence Ministry": the owner of an organisation is a place
        owned = re.match(r"['’]s\s+((?:[A-Z][\w'’]+\s+)*[A-Z][\w'’]+)", after)
        if owned and owned.group(1).split()[-1].lower() in _ORG_HEADS:
            return "PLACE"
    if weak_opener:
        # a sentence's first word is a name when the story gave it before: a company by
        # its short name ("Norden said" after "Norden Motors")
        return "ORG" if surface in org_short and " " not in surface else None
    after_words = [w.lower() for w in re.findall(r"[\w'’]+", after)][:2]
    prev = before[-1] if before else ""
    if re.search(r"[^\w\s'’]\s*$", text[max(0, start - 4) : start]):
        # punctuation between: '"We never left," Mia said' is no place left
        before, prev = [], ""
    if prev in ("a", "an"):
        return None  # "a Republican", "a Veltrian": a kind, not a name
    n_words = len(surface.split())
    modifier = bool(after_words) and re.match(r"\s+[a-z]", after) and not _ends_name(after_words[0])
    if prev == "the" and n_words > 1 and not modifier:
        # a person takes no article: "the Red Crescent said", "the Black Ravens, an armed
        # group", "the Northern Fleet" are bodies (places have their head words: "the Farrow
        # Islands")
        return "ORG"
    if n_words == 1 and _DEMONYM.search(surface) and re.match(r"\s+[a-z]", after):
        return None  # "Anglo-French talks", "the Veltrian capital": a people's adjective
    # an age or an appositive names a person: "Yara Feld, 47,", "Ilse Varga, a spokeswoman"
    # (not "Kell, a town of 9,000")
    if n_words > 1 and (
        re.match(r",\s+\d{1,3}\s*[,)]", after)
        or (
            re.match(r",\s+(?:a|an|the)\s+[a-z]", after)
            and not any(w in _PLACE_NOUNS for w in after_words[:2])
        )
    ):
        return "PERSON"
    if n_words > 1 and before == ["according", "to"]:
        return "PERSON"
    if prev in _PLACE_ADJECTIVES and len(before) > 1:
        prev = before[0]
    if (
        n_words == 1
        and prev in ("at", "from", "for", "with", "by", "against", "to")
        and surface in org_short
        and org_short[surface].split()[-1].lower().rstrip(".") in _COMPANY_HEADS
    ):
        # a company by its short name where a place could stand: "head of sales at Norvik"
        # after "Norvik Motors" (not "in Callan" after "Callan University": in is a place's)
        return "ORG"
    if (
        prev in _PLACE_PREPOSITIONS
        or prev in _PLACE_VERBS
        or (prev in ("of", "with") and len(before) > 1 and before[0] in _PLACE_NOUNS)
        or (prev == "of" and len(before) > 1 and before[0] in _OF_PLACE)
        or (prev in ("of",) and len(before) > 1 and before[0] in _PLACE_ADJECTIVES)
    ):
        return "PLACE"
    if n_words == 1 and surface in org_short:
        return "ORG"  # "Norden said" after "Norden Motors": a company by its short name
    if prev in _SPEECH or (after_words and after_words[0] in _SPEECH):
        return "PERSON" if n_words > 1 else None
    if (
        prev == "the"
        and len(after_words) > 1
        and after_words[1] in _PLACE_NOUNS
        and after_words[0] not in _FUNCTION
        and after_words[0] not in _SPEECH
        and re.match(r"\s+[a-z]+\s+[a-z]", after)
        and not _DEMONYM.search(surface)
    ):
        return "PLACE"  # "the Kaldor naval base", "the Brenn oil refinery"
    if after_words and after_words[0] in _PLACE_NOUNS and not _DEMONYM.search(surface):
        return "PLACE"
    if after_words and after_words[0] in _ORG_NOUNS and re.match(r"\s+[a-z]", after):
        return "ORG"  # "the United Auto Workers union"
    if prev == "the" and modifier:
        return None  # "the Lisk fever outbreak": a name used as a modifier
    if n_words > 1:
        # a person's name is made of names; a run holding a word the story also writes in
        # lower case ("Intelligence Report", "Southern Poverty Law Center") is a body's name
        if any(w.lower() in vocabulary for w in surface.split()[1:] if len(w) > 3):
            return "ORG"
        return "PERSON"
    return None
