"""Rebuild dev22: articles as RTF, the way news databases export them and Word saves them.

Each file is written here as the program that makes it writes it: Word's long header (font
table with ``\\*\\panose``, colour table, style sheet, ``\\*\\rsidtbl``, ``\\*\\generator``,
``\\info``), characters outside ASCII as ``\\uN`` with a ``\\'hh`` fallback; WordPad's short one
(``Riched20``, ``\\'hh`` in the code page); a news database's delivery (a cover page with the
search, then each document, "End of Document" or Factiva's "Document ..." number). The
answers are written beside the text, before any run of the importer. An answer with ``item``
is for that document of a multi-article export, as ``ingest.rtf_items`` splits it.

Usage: ``.venv/bin/python benchmarks/data/ingest/dev22/src/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
FILES: dict[str, bytes] = {}
ANSWERS: list[dict[str, Any]] = []

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _answers_common import record, write_answers, write_documents  # noqa: E402

#: an embedded PNG's bytes as hex, long enough that a reader must jump over it
PICTURE = ("89504e470d0a1a0a0000000d49484452" + "00ff10ab" * 2000 + "\n") * 20


def esc(text: str, mode: str = "u", codepage: str = "cp1252") -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        elif mode == "u":
            n = ord(ch)
            try:
                fallback = "".join(f"\\'{b:02x}" for b in ch.encode(codepage))
            except UnicodeEncodeError:
                fallback = "?"
            out.append(f"\\u{n if n < 32768 else n - 65536}{fallback}")
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode(codepage)))
    return "".join(out)


WORD_HEAD = (
    r"{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0\stshfdbch31505\stshfloch31506"
    r"\deflang2057\deflangfe2057{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose "
    r"02020603050405020304}Times New Roman;}{\f1\fbidi \fswiss\fcharset0\fprq2{\*\panose "
    r"020b0604020202020204}Arial;}{\f37\fbidi \fswiss\fcharset0\fprq2{\*\panose "
    r"020f0502020204030204}Calibri;}}{\colortbl;\red0\green0\blue0;\red0\green0\blue255;}"
    r"{\*\defchp \f31506\fs22 }{\stylesheet{\ql \li0\ri0\sa160\widctlpar\f37\fs22 \snext0 "
    r"Normal;}{\s1\ql \b\f1\fs32 \sbasedon0 \snext0 heading 1;}{\*\cs10 \additive Default "
    r"Paragraph Font;}}{\*\rsidtbl \rsid1525310\rsid4476516}{\*\generator Microsoft Word 11.0.0;}"
)


def word_info(title: str | None, author: str | None, created: tuple[int, ...] | None,
              revised: tuple[int, ...] | None) -> str:  # fmt: skip
    parts = [r"{\info"]
    if title:
        parts.append(r"{\title " + esc(title) + "}")
    if author:
        parts.append(r"{\author " + esc(author) + "}{\\operator " + esc(author) + "}")
    for word, stamp in (("creatim", created), ("revtim", revised)):
        if stamp:
            y, mo, d = stamp[:3]
            parts.append(rf"{{\{word}\yr{y}\mo{mo}\dy{d}\hr10\min4}}")
    parts.append(r"{\version2}{\edmins7}{\nofpages1}{\nofwords412}}")
    return "".join(parts)


def word_body(items: list[Any]) -> str:
    out = [
        r"\paperw11906\paperh16838\margl1440\margr1440\widowctrl\ftnbj\aenddoc"
        r"{\header \pard\plain \s15\qr \f37\fs18 {\rtlch \ltrch\insrsid1525310 Page }"
        r"{\field{\*\fldinst {PAGE }}{\fldrslt {2}}}\par}"
        "\n"
    ]
    for item in items:
        kind, value = item[0], item[1]
        if kind == "p":
            out.append(r"\pard\plain \ltrpar\ql \sa160\f37\fs22 {\rtlch\insrsid4476516 "
                       + esc(value) + "}\\par\n")  # fmt: skip
        elif kind == "h":
            out.append(r"\pard\plain \s1\ql \b\f1\fs32 {\insrsid4476516 " + esc(value)
                       + "}\\par\n")  # fmt: skip
        elif kind == "link":
            text, url = value
            out.append(r"\pard\plain \f37\fs22 {\field{\*\fldinst {HYPERLINK \"" + url + r"\" }}"
                       r"{\fldrslt {\cf2\ul " + esc(text) + "}}}\\par\n")  # fmt: skip
        elif kind == "pict":
            out.append(r"\pard\plain \qc {\*\shppict{\pict{\*\picprop\shplid1025}\picw3000\pich2000"
                       r"\pngblip " + PICTURE + r"}}{\nonshppict{\pict\wmetafile8\picw3000 "
                       + PICTURE[:4000] + "}}\\par\n")  # fmt: skip
        elif kind == "table":
            for row in value:
                cells = "".join(rf"\cellx{1500 * (i + 1)}" for i in range(len(row)))
                out.append(r"\trowd \trgaph108\trleft-108" + cells + r"\pard\plain \intbl "
                           + "".join(esc(c) + r"\cell " for c in row)
                           + r"\pard\plain \intbl {\trowd" + cells + r"\row}" + "\n")  # fmt: skip
        elif kind == "page":
            out.append(r"\pard\plain \par\page" + "\n")
        elif kind == "raw":
            out.append(value)
    out.append("}")
    return "".join(out)


def answer(file: str, title: str | None, source: str | None, author: str | None,
           published: str | None, origin: str | None, body: list[str], furniture: list[str],
           item: int | None = None) -> None:  # fmt: skip
    entry = record(file, title, source, author, published, origin, body, furniture)
    if item is not None:
        entry["item"] = item
    ANSWERS.append(entry)


def lexis_document(head: list[str], body: list[str], tail: list[str]) -> list[Any]:
    return [("p", line) for line in head] + [("p", p) for p in body] + [("p", t) for t in tail]


# r01: a Nexis Uni-like export of one newspaper story, saved by the database as Word RTF.
R01_BODY = [
    "Brenfield's water company will replace 14 kilometres of Victorian mains under the old "
    "town over the next two years, after a run of bursts that left 3,000 homes without water "
    "in January.",
    "The \u00a318 million programme starts in April on Castle Street, where the company says "
    "the pipes are more than 130 years old.",
    "\u201cWe cannot keep patching pipes that were laid before the railway came,\u201d said "
    "Dev Anand, the company's network director.",
    "Traders on Castle Street asked for the work to be done at night; the council said it "
    "would decide on the hours in March.",
]
FILES["r01_nexis_single.rtf"] = (
    WORD_HEAD
    + word_info("Brenfield Courier", "Nexis Uni", (2025, 3, 20), (2025, 3, 20))
    + word_body(
        [
            ("h", "Water mains under old town to be replaced after winter bursts"),
            *lexis_document(
                [
                    "The Brenfield Courier",
                    "March 4, 2025 Tuesday",
                    "Copyright 2025 Brenfield Newspapers Ltd All Rights Reserved",
                    "",
                    "Section: NEWS; Pg. 5",
                    "Length: 402 words",
                    "Byline: Hana Okafor",
                    "Body",
                ],
                R01_BODY,
                ["Load-Date: March 5, 2025", "End of Document"],
            ),
        ]
    )
).encode("ascii")
answer("r01_nexis_single.rtf", "Water mains under old town to be replaced after winter bursts",
       "The Brenfield Courier", "Hana Okafor", "2025-03-04", "metadata", R01_BODY,
       ["Load-Date", "End of Document", "Length: 402 words", "Section: NEWS",
        "Copyright 2025 Brenfield Newspapers"])  # fmt: skip

# r02: a Lexis delivery of three stories with its cover page (the search, the job number and
# the list of titles), each story on its own page and ending "End of Document".
R02 = [
    (
        "Ferry fares to rise by 6 percent from May",
        "Harwick Mercury",
        "April 2, 2025 Wednesday",
        "Ellen Marsh",
        "2025-04-02",
        [
            "Fares on the Harwick to Lenby ferry will rise by 6 percent from May 1, the operator "
            "said on Tuesday, blaming the price of fuel.",
            "A return ticket for a car and two passengers will cost \u00a384, up from \u00a379.",
            "The operator said the winter timetable would keep four sailings a day.",
        ],
    ),
    (
        "Council approves 220 homes on former dairy site",
        "Lenby Advertiser",
        "April 3, 2025 Thursday",
        "Sam Whitlock",
        "2025-04-03",
        [
            "Lenby council approved plans on Wednesday for 220 homes on the site of the former "
            "Northfield dairy, a third of them for social rent.",
            "Residents had objected to the traffic the estate would bring to Mill Road.",
            "Work is expected to start in the autumn and to take four years.",
        ],
    ),
    (
        "Lifeboat crew rescue two from stranded yacht",
        "Harwick Mercury",
        "April 5, 2025 Saturday",
        None,
        "2025-04-05",
        [
            "Two sailors were rescued from a yacht stranded on the Skerrow sandbanks on Friday "
            "evening after its engine failed in a rising wind.",
            "The Harwick lifeboat reached them within 25 minutes and towed the yacht back to port.",
            "Neither sailor was hurt, the coastguard said.",
        ],
    ),
]
items: list[Any] = [
    ("p", "User Name: = Analyst 4"),
    ("p", "Date and Time: = 2025-04-07"),
    ("p", "Job Number: = 248193310"),
    ("p", "Documents (3)"),
]
items += [("p", f"{i + 1}. {t}") for i, (t, *_rest) in enumerate(R02)]
items += [("p", "Client/Matter: -None-"), ("p", "Search Terms: Harwick OR Lenby"),
          ("p", "Search Type: Terms and Connectors"), ("page", "")]  # fmt: skip
for title, paper, printed, byline, _day, body in R02:
    items += [("h", title)]
    head = [paper, printed, f"Copyright 2025 {paper} All Rights Reserved", "",
            "Section: NEWS; Pg. 3", f"Length: {40 * len(body)} words"]  # fmt: skip
    if byline:
        head.append(f"Byline: {byline}")
    items += lexis_document([*head, "Body"], body, [f"Load-Date: {printed}", "End of Document"])
    items.append(("page", ""))
FILES["r02_lexis_delivery_three.rtf"] = (
    WORD_HEAD + word_info(None, "Lexis", (2025, 4, 7), (2025, 4, 7)) + word_body(items)
).encode("ascii")
for n, (title, paper, _printed, byline, day, body) in enumerate(R02):
    answer("r02_lexis_delivery_three.rtf", title, paper, byline, day, "metadata", body,
           ["Job Number", "Search Terms", "Load-Date", "End of Document", "Length:",
            "Client/Matter"] + [t for t, *_ in R02 if t != title],
           item=n)  # fmt: skip


def factiva(headline: str, byline: str | None, words: int, printed: str, paper: str, code: str,
            body: list[str], number: str) -> list[Any]:  # fmt: skip
    out: list[Any] = [("h", headline)]
    if byline:
        out.append(("p", f"By {byline}"))
    out += [("p", f"{words} words"), ("p", printed), ("p", paper), ("p", code), ("p", "English"),
            ("p", f"(c) 2025 {paper}. All rights reserved.")]  # fmt: skip
    out += [("p", p) for p in body]
    out.append(("p", f"Document {number}"))
    return out


# r03: a Factiva-like RTF of one story.
R03_BODY = [
    "HALDEN - The Halden port authority will spend NOK 240 million on a new quay for cruise "
    "ships, it said on Monday, after the number of visiting ships doubled in two years.",
    "The quay, north of the ferry terminal, will take ships of up to 300 metres from the "
    "summer of 2027.",
    "Local hoteliers welcomed the plan; residents of the old town asked for limits on the "
    "number of ships a day.",
]
FILES["r03_factiva_single.rtf"] = (
    WORD_HEAD + word_info("Factiva", "Factiva", (2025, 2, 20), None)
    + word_body(factiva("Halden to build cruise quay as visits double", "Ruth Adeyemi", 318,
                        "18 February 2025", "The Halden Star", "HSTAR", R03_BODY,
                        "HSTAR00020250218el2i0000b"))
).encode("ascii")  # fmt: skip
answer("r03_factiva_single.rtf", "Halden to build cruise quay as visits double",
       "The Halden Star", "Ruth Adeyemi", "2025-02-18", "metadata", R03_BODY,
       ["318 words", "HSTAR", "All rights reserved", "Document HSTAR"])  # fmt: skip

# r04: a Factiva-like RTF of two stories, the running head in the page header.
R04 = [
    (
        "Grain exports through Varna hit record in January",
        "Dimitar Kolev",
        "3 February 2025",
        "Balkan Business Wire",
        "BBWIRE",
        "2025-02-03",
        [
            "SOFIA - Grain exports through the port of Varna reached a record 1.4 million tonnes in "
            "January, the port operator said on Monday.",
            "Wheat made up two thirds of the total, most of it bound for Egypt and Turkey.",
            "The operator said a second grain terminal would open in June.",
        ],
        "BBWIRE0020250203el230005m",
    ),
    (
        "Sofia airport adds routes to Porto and Gdansk",
        None,
        "4 February 2025",
        "Sofia Morning Post",
        "SOFMP",
        "2025-02-04",
        [
            "Sofia airport will add direct flights to Porto and Gdansk from April, its operator "
            "said on Tuesday, as passenger numbers grew by 12 percent last year.",
            "Both routes will be flown twice a week by a low-cost airline.",
            "The airport expects 8.5 million passengers in 2025.",
        ],
        "SOFMP00020250204el2400011",
    ),
]
items = [("raw", r"{\header \pard\plain \qr \f37\fs16 Page 1 of 2 \'a9 2025 Factiva, Inc. All "
          r"rights reserved.\par}" + "\n")]  # fmt: skip
for headline, byline, printed, paper, code, _day, body, number in R04:
    items += factiva(headline, byline, 40 * len(body), printed, paper, code, body, number)
    items.append(("page", ""))
FILES["r04_factiva_two.rtf"] = (
    WORD_HEAD + word_info(None, "Factiva", (2025, 2, 5), None) + word_body(items)
).encode("ascii")
for n, (headline, byline, _p, paper, _c, day, body, _num) in enumerate(R04):
    answer("r04_factiva_two.rtf", headline, paper, byline, day, "metadata", body,
           ["Factiva, Inc.", "All rights reserved", "Document BBWIRE", "Document SOFMP",
            "words"],
           item=n)  # fmt: skip

# r05: a press release saved from Word as RTF (its properties are its template's).
R05_BODY = [
    "OSTRAVA, 11 February 2025 \u2013 Velmora Energy today announced that it will build a "
    "45-megawatt battery storage plant beside its Karvin\u00e1 solar park, the largest in the "
    "region.",
    "The plant will store enough power to supply 60,000 homes for two hours and is due to "
    "connect to the grid in the spring of 2026.",
    "\u201cStorage lets us sell the sun\u2019s power after sunset,\u201d said Jana Kr\u00e1lov\u00e1, "
    "the company\u2019s chief executive.",
]
FILES["r05_word_press_release.rtf"] = (
    WORD_HEAD
    + word_info("Press release template", "mkeller", (2019, 5, 2), (2025, 2, 10))
    + word_body(
        [("p", "PRESS RELEASE"), ("p", "FOR IMMEDIATE RELEASE"),
         ("h", "Velmora Energy to build region\u2019s largest battery plant")]
        + [("p", p) for p in R05_BODY]
        + [("p", "About Velmora Energy"),
           ("p", "Velmora Energy is a Czech power producer with solar and wind parks in three "
                 "countries. It employs 420 people."),
           ("p", "Media contact: Petr Dvo\u0159\u00e1k, press@velmora.example, +420 555 010 200"),
           ("p", "###")]
    )
).encode("ascii")  # fmt: skip
answer("r05_word_press_release.rtf", "Velmora Energy to build region\u2019s largest battery plant",
       "Velmora Energy", None, "2025-02-11", "text", R05_BODY,
       ["FOR IMMEDIATE RELEASE", "About Velmora Energy", "Media contact", "###",
        "Page 2"])  # fmt: skip

# r06: an article the analyst pasted into WordPad and saved: no \info, text in \'hh.
R06_BODY = [
    "Plans for a new bridge over the Kessock narrows were put on hold on Monday after the "
    "cost estimate rose to \u00a3112 million, almost twice the figure given in 2022.",
    "The council\u2019s transport committee said it would look again at a tunnel, which "
    "engineers had ruled out as too costly.",
    "\u201cWe owe people a crossing, not a promise,\u201d said councillor Mairi Ross \u2013 "
    "who chairs the committee.",
]
wordpad_lines = ["Kessock bridge plan paused as cost nearly doubles", "Kessock Observer",
                 "By Ewan Fraser", "Published 7 January 2025", *R06_BODY]  # fmt: skip
FILES["r06_wordpad_clipping.rtf"] = (
    r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fnil\fcharset0 "
    r"Calibri;}}"
    + "\r\n"
    + r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1 "
    + "\r\n"
    + r"\pard\sa200\sl276\slmult1\f0\fs22\lang9 "
    + "".join(esc(line, "cp") + "\\par\r\n" for line in wordpad_lines)
    + "}\r\n\x00"
).encode("ascii")
answer("r06_wordpad_clipping.rtf", "Kessock bridge plan paused as cost nearly doubles",
       "Kessock Observer", "Ewan Fraser", "2025-01-07", "text", R06_BODY,
       ["Published 7 January 2025", "By Ewan Fraser"])  # fmt: skip

# r07: a story with a photograph and a table of figures, saved from Word.
R07_BODY = [
    "Cases of measles in the Lowmoor health district rose to 96 in January, the highest "
    "monthly figure since 2013, the district's health board said on Wednesday.",
    "District | Cases Jan 2025 | Cases Jan 2024",
    "North Lowmoor | 41 | 6",
    "South Lowmoor | 55 | 9",
    "The board has opened two walk-in vaccination clinics and asked schools to check "
    "pupils' records.",
]
FILES["r07_table_and_picture.rtf"] = (
    WORD_HEAD + word_info("Measles cases", "Priya Raman", (2025, 1, 22), (2025, 1, 22))
    + word_body(
        [("h", "Measles cases in Lowmoor reach ten-year high"), ("p", "Lowmoor Gazette"),
         ("p", "By Priya Raman"), ("p", "Published 22 January 2025"), ("pict", ""),
         ("p", R07_BODY[0]),
         ("table", [r.split(" | ") for r in R07_BODY[1:4]]), ("p", R07_BODY[4])]
    )
).encode("ascii")  # fmt: skip
answer("r07_table_and_picture.rtf", "Measles cases in Lowmoor reach ten-year high",
       "Lowmoor Gazette", "Priya Raman", "2025-01-22", "text", R07_BODY,
       ["89504e47", "pngblip", "Published 22 January 2025"])  # fmt: skip

# r08: Cyrillic news in windows-1251, as Word on a Russian system saves it.
R08_BODY = [
    "ТАРА, 14 марта. Из-за паводка на реке Таре из трёх сёл района эвакуированы 340 "
    "жителей, сообщили в районной администрации в пятницу.",
    "Уровень воды поднялся на 2,8 метра за двое суток и продолжает расти.",
    "Для эвакуированных открыты два пункта временного размещения в школах райцентра.",
]
FILES["r08_cyrillic_1251.rtf"] = (
    r"{\rtf1\ansi\ansicpg1251\deff0\deflang1049{\fonttbl{\f0\froman\fcharset204 Times New "
    r"Roman;}{\f1\fswiss\fcharset204 Arial;}}{\colortbl;\red0\green0\blue0;}"
    + r"{\info{\title " + esc("Паводок", "cp", "cp1251") + r"}{\author " + esc("Редакция", "cp", "cp1251")
    + r"}{\creatim\yr2025\mo3\dy14\hr11\min2}}" + "\n"
    + r"\pard\plain\f1\fs32\b " + esc("Паводок в Тарском районе: эвакуированы 340 жителей", "cp", "cp1251")
    + r"\b0\par" + "\n"
    + r"\pard\plain\f0\fs20 " + esc("Иртышская правда", "cp", "cp1251") + r"\par" + "\n"
    + r"\pard\plain\f0\fs20 " + esc("Ольга Смирнова", "cp", "cp1251") + r"\par" + "\n"
    + r"\pard\plain\f0\fs20 " + esc("14 марта 2025", "cp", "cp1251") + r"\par" + "\n"
    + "".join(r"\pard\plain\f0\fs24 " + esc(p, "cp", "cp1251") + r"\par" + "\n" for p in R08_BODY)
    + "}"
).encode("ascii")  # fmt: skip
answer("r08_cyrillic_1251.rtf", "Паводок в Тарском районе: эвакуированы 340 жителей",
       "Иртышская правда", "Ольга Смирнова", "2025-03-14", "text", R08_BODY,
       ["14 марта 2025"])  # fmt: skip

# r09: every character outside ASCII as \uN (\uc1 with a '?' fallback, \uc0 in one group,
# where the space after the number only ends the control word).
R09_BODY = [
    "ATHENS, 2 April 2025 \u2014 Two stations of the metro\u2019s Line 4, at "
    "\u0386\u03bb\u03c3\u03bf\u03c2 and Kaisariani, opened three months early on Wednesday.",
    "The operator said 52,000 passengers a day were expected to use the two stations by the "
    "end of the year.",
    "\u201cThe works are ahead of time for the first time in a generation,\u201d said the "
    "transport minister, Chrysa Nikolaou \u2013 to applause.",
]
r09_lines = ["Athens metro extension opens two stations early", "Aegean Ledger",
             "By Zo\u00eb \u0141ukasiewicz", "2 April 2025", *R09_BODY]  # fmt: skip


def u_escaped(line: str) -> str:
    out = []
    for ch in line:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch)}?")
    return "".join(out)


FILES["r09_unicode_escapes.rtf"] = (
    r"{\rtf1\ansi\ansicpg1252\deff0\uc1{\fonttbl{\f0\fnil Arial;}}"
    + "".join(r"{\pard " + u_escaped(line) + r"\par}" + "\n" for line in r09_lines[:-1])
    + r"{\uc0\pard "
    + u_escaped(r09_lines[-1]).replace("?", " ")
    + r"\par}"
    + "\n}"
).encode("ascii")
answer("r09_unicode_escapes.rtf", "Athens metro extension opens two stations early",
       "Aegean Ledger", "Zo\u00eb \u0141ukasiewicz", "2025-04-02", "text", R09_BODY,
       ["?"])  # fmt: skip

# r10: an older LexisNexis export of two stories ("1 of 2 DOCUMENTS", capital labels).
R10 = [
    (
        "The Dunmore Herald",
        "January 9, 2004 Friday",
        "Floods close Dunmore bypass for third day",
        "Colin Reid",
        "2004-01-09",
        [
            "The Dunmore bypass stayed closed for a third day on Thursday as the river Lune rose "
            "another 30 centimetres overnight.",
            "Police said drivers should use the A65 through Kirkby until at least Sunday.",
        ],
    ),
    (
        "The Dunmore Herald",
        "January 12, 2004 Monday",
        "Bypass reopens as floodwater falls",
        "Colin Reid and Anna Pryce",
        "2004-01-12",
        [
            "The Dunmore bypass reopened on Sunday evening after the floodwater fell below the "
            "road for the first time in a week.",
            "Engineers found no damage to the bridge over the Lune, the county council said.",
        ],
    ),
]
items = []
for n, (paper, printed, headline, byline, _day, body) in enumerate(R10):
    items += [("p", f"{n + 1} of 2 DOCUMENTS"), ("p", f"Copyright 2004 {paper}"),
              ("p", paper), ("p", printed), ("p", "SECTION: NEWS; Pg. 1"),
              ("p", f"LENGTH: {60 * len(body)} words"), ("p", f"HEADLINE: {headline}"),
              ("p", f"BYLINE: {byline}"), ("p", "BODY:")]  # fmt: skip
    items += [("p", p) for p in body]
    items += [("p", f"LOAD-DATE: {printed}"), ("p", "LANGUAGE: ENGLISH"), ("page", "")]
FILES["r10_lexis_old_two.rtf"] = (
    WORD_HEAD + word_info(None, None, (2025, 3, 1), None) + word_body(items)
).encode("ascii")
for n, (paper, _printed, headline, byline, day, body) in enumerate(R10):
    answer("r10_lexis_old_two.rtf", headline, paper, byline, day, "metadata", body,
           ["DOCUMENTS", "LOAD-DATE", "LANGUAGE: ENGLISH", "HEADLINE:", "BYLINE:",
            "SECTION: NEWS"], item=n)  # fmt: skip


def main() -> None:
    write_documents(HERE, FILES.items())
    write_answers(HERE, ANSWERS)


if __name__ == "__main__":
    main()
