"""Rebuild dev18: news as analysts paste it from databases, clipping services and the wire.

Each file is one story as an analyst gets it by exporting or copying it as plain text: a
LexisNexis-like export (the "N of M DOCUMENT" line, the copyright and publication lines, the
date line, "SECTION:", "LENGTH:", "HEADLINE:", "BYLINE:", "DATELINE:", "BODY:", "LOAD-DATE:"),
its newer form (mixed-case labels, "Body", "End of Document"), a Factiva-like copy (headline,
byline, word count, date, time, publication, its code, language, copyright line, text and the
"Document ..." footer), a newspaper e-edition's text (folios with the page number, "Continued
on Page A6", the jump page's head) and wire copy as a newsroom system shows it (slug line,
"Eds:" note, "(END)", the transmission trailer). The answers are written here beside the text,
before any run of the importer.

Usage: ``.venv/bin/python benchmarks/data/ingest/dev18/src/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
FILES: list[tuple[str, str, dict[str, Any]]] = []

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _answers_common import completed, write_answers, write_documents  # noqa: E402


def add(name: str, text: str, **answer: Any) -> None:
    FILES.append((name, text.lstrip("\n"), answer))


# w01: a LexisNexis-like export of an agency's own story.
add(
    "w01_lexis_ap_export.txt",
    """
                               1 of 1 DOCUMENT

                        Copyright 1999 Associated Press
                             The Associated Press

                  December 14, 1999, Tuesday, AM cycle

SECTION: International News

LENGTH: 412 words

HEADLINE: Serb villagers return to Dolac as peacekeepers widen patrols

BYLINE: By DAVID KRAMER, Associated Press Writer

DATELINE: PRISTINA, Yugoslavia

BODY:

   PRISTINA, Yugoslavia (AP) - About 200 Serb villagers returned to Dolac on Monday, six
months after they fled, as NATO-led peacekeepers widened their patrols in the western
valley.

   The villagers came in a convoy of eleven buses escorted by Italian troops. Many found
their houses burned and their wells blocked with rubble.

   "We are home, but home is not here any more," said Milan Petrovic, 63, standing at the
gate of what had been his farm.

   The peacekeepers said they would keep a post in the village through the winter.

LOAD-DATE: December 14, 1999

LANGUAGE: ENGLISH
""",
    title="Serb villagers return to Dolac as peacekeepers widen patrols",
    source="The Associated Press",
    author="David Kramer",
    published="1999-12-14",
    published_origin="metadata",
    body=[
        "PRISTINA, Yugoslavia (AP) - About 200 Serb villagers returned to Dolac on Monday, six months after they fled, as NATO-led peacekeepers widened their patrols in the western valley.",
        "The villagers came in a convoy of eleven buses escorted by Italian troops. Many found their houses burned and their wells blocked with rubble.",
        '"We are home, but home is not here any more," said Milan Petrovic, 63, standing at the gate of what had been his farm.',
        "The peacekeepers said they would keep a post in the village through the winter.",
    ],
    furniture=[
        "1 of 1 DOCUMENT",
        "Copyright 1999 Associated Press",
        "SECTION: International News",
        "LENGTH: 412 words",
        "HEADLINE:",
        "BYLINE:",
        "DATELINE: PRISTINA",
        "LOAD-DATE",
        "LANGUAGE: ENGLISH",
    ],
)

# w02: a local paper's story in the same export: edition, page, a region after the name.
add(
    "w02_lexis_newspaper_export.txt",
    """
                               3 of 12 DOCUMENTS

                  Copyright 2003 The Carrow Telegraph Company
                           The Carrow Telegraph (Ohio)

                          March 8, 2003 Saturday
                              Final Edition

SECTION: NEWS; Pg. A1

LENGTH: 388 words

HEADLINE: Council votes to close Mill Lane bridge for repairs

BYLINE: Jane Holloway, Staff Writer

BODY:

   The Carrow City Council voted 5-2 on Friday to close the Mill Lane bridge for up to
nine months while its deck is rebuilt.

   Engineers told the council last month that two of the bridge's steel beams had lost a
third of their thickness to rust.

   Council member Ruth Amsel, who voted against the closure, said the detour would add
20 minutes to the trip for families in the east end.

   Work is due to begin in May.

LOAD-DATE: March 10, 2003

LANGUAGE: ENGLISH

PUBLICATION-TYPE: Newspaper
""",
    title="Council votes to close Mill Lane bridge for repairs",
    source="The Carrow Telegraph",
    author="Jane Holloway",
    published="2003-03-08",
    published_origin="metadata",
    body=[
        "The Carrow City Council voted 5-2 on Friday to close the Mill Lane bridge for up to nine months while its deck is rebuilt.",
        "Engineers told the council last month that two of the bridge's steel beams had lost a third of their thickness to rust.",
        "Council member Ruth Amsel, who voted against the closure, said the detour would add 20 minutes to the trip for families in the east end.",
        "Work is due to begin in May.",
    ],
    furniture=[
        "3 of 12 DOCUMENTS",
        "Final Edition",
        "SECTION: NEWS; Pg. A1",
        "LENGTH: 388 words",
        "Staff Writer",
        "LOAD-DATE",
        "PUBLICATION-TYPE",
    ],
)

# w03: the newer export: headline first, mixed-case labels, "Body", "End of Document".
add(
    "w03_nexis_uni_export.txt",
    """
Drought forces Tarn Valley farmers to sell cattle early

The Fenland Review
June 21, 2022 Tuesday
Copyright 2022 Fenland Media Group Ltd All Rights Reserved

Section: FARMING; Pg. 12
Length: 356 words
Byline: Tomas Brandt and Alice Ng
Dateline: TARNBRIDGE

Body

Farmers in the Tarn Valley are selling cattle weeks earlier than usual because the
grass on their summer pastures has stopped growing after the driest spring in 40 years.

Prices at the Tarnbridge market fell by a fifth on Monday as more than 900 head were
offered, twice the number of a normal June sale.

"You sell now or you buy feed you cannot afford in August," said Owen Pike, who farms
300 acres near Marsh End.

The regional farmers' union has asked the government to release emergency grazing on
public land.

Load-Date: June 22, 2022

End of Document
""",
    title="Drought forces Tarn Valley farmers to sell cattle early",
    source="The Fenland Review",
    author="Tomas Brandt and Alice Ng",
    published="2022-06-21",
    published_origin="metadata",
    body=[
        "Farmers in the Tarn Valley are selling cattle weeks earlier than usual because the grass on their summer pastures has stopped growing after the driest spring in 40 years.",
        "Prices at the Tarnbridge market fell by a fifth on Monday as more than 900 head were offered, twice the number of a normal June sale.",
        '"You sell now or you buy feed you cannot afford in August," said Owen Pike, who farms 300 acres near Marsh End.',
        "The regional farmers' union has asked the government to release emergency grazing on public land.",
    ],
    furniture=[
        "Copyright 2022 Fenland Media Group",
        "Section: FARMING",
        "Length: 356 words",
        "Byline:",
        "Dateline: TARNBRIDGE",
        "Load-Date",
        "End of Document",
    ],
)

# w04: an agency story in the export with no byline: the agency is no person.
add(
    "w04_lexis_reuters_nobyline.txt",
    """
                               1 of 1 DOCUMENT

                        Copyright 2001 Reuters Limited
                                    Reuters

                          June 3, 2001, Sunday

SECTION: International

LENGTH: 298 words

HEADLINE: Aid convoy reaches Herat after week-long wait at border

DATELINE: HERAT, Afghanistan, June 3

BODY:

   HERAT, Afghanistan, June 3 (Reuters) - A convoy of 40 trucks carrying wheat and
medicine reached the western city of Herat on Sunday after waiting a week at the
border, aid officials said.

   The World Food Programme said the flour would feed about 60,000 people for a month.

   Officials said the delay had been caused by a dispute over customs fees.

LOAD-DATE: June 4, 2001
""",
    title="Aid convoy reaches Herat after week-long wait at border",
    source="Reuters",
    author=None,
    published="2001-06-03",
    published_origin="metadata",
    body=[
        "HERAT, Afghanistan, June 3 (Reuters) - A convoy of 40 trucks carrying wheat and medicine reached the western city of Herat on Sunday after waiting a week at the border, aid officials said.",
        "The World Food Programme said the flour would feed about 60,000 people for a month.",
        "Officials said the delay had been caused by a dispute over customs fees.",
    ],
    furniture=[
        "Copyright 2001 Reuters Limited",
        "SECTION: International",
        "LENGTH: 298 words",
        "LOAD-DATE",
    ],
)

# w05: a Factiva-like copy of an agency story with its "Document" footer.
add(
    "w05_factiva_ap.txt",
    """
Flooded Mekong villages wait for relief boats
By Linh Tran
Associated Press Writer
534 words
14 October 2000
07:12
Associated Press Newswires
APRS
English
(c) 2000. The Associated Press. All Rights Reserved.

CAN THO, Vietnam (AP) - Families in the flooded Mekong Delta waited on their roofs on
Saturday for boats carrying rice and drinking water, as the river stayed at its highest
level in 40 years.

Provincial officials said 112 people had died in the delta since the flooding began in
early September, most of them children.

The government said it would send 30 more boats from Ho Chi Minh City by Monday.

Document aprs000020011016dwae01abc
""",
    title="Flooded Mekong villages wait for relief boats",
    source="Associated Press Newswires",
    author="Linh Tran",
    published="2000-10-14",
    published_origin="metadata",
    body=[
        "CAN THO, Vietnam (AP) - Families in the flooded Mekong Delta waited on their roofs on Saturday for boats carrying rice and drinking water, as the river stayed at its highest level in 40 years.",
        "Provincial officials said 112 people had died in the delta since the flooding began in early September, most of them children.",
        "The government said it would send 30 more boats from Ho Chi Minh City by Monday.",
    ],
    furniture=[
        "534 words",
        "07:12",
        "APRS",
        "(c) 2000. The Associated Press",
        "Document aprs000020011016dwae01abc",
        "Associated Press Writer",
    ],
)

# w06: a paper's story in the same copy: section and page lines, byline without "By".
add(
    "w06_factiva_newspaper.txt",
    """
Hospital trust to cut waiting lists with weekend clinics

Marta Quinn, Health Correspondent
612 words
8 February 2025
The Carrow Telegraph
CARTEL
Main; A; Pg. 3
English
Copyright 2025 Carrow Telegraph Media Ltd. All rights reserved.

The Carrow hospital trust will open its outpatient clinics on Saturdays and Sundays from
March to cut a waiting list that has grown to 14,000 people.

The trust's chief executive, Dr Ian Marsh, said the clinics would see about 600 more
patients a month.

Nurses' representatives said they had not been consulted about the weekend rota.

License this article from Dow Jones Reprint Service

Document CARTEL0020250208el28000xy
""",
    title="Hospital trust to cut waiting lists with weekend clinics",
    source="The Carrow Telegraph",
    author="Marta Quinn",
    published="2025-02-08",
    published_origin="metadata",
    body=[
        "The Carrow hospital trust will open its outpatient clinics on Saturdays and Sundays from March to cut a waiting list that has grown to 14,000 people.",
        "The trust's chief executive, Dr Ian Marsh, said the clinics would see about 600 more patients a month.",
        "Nurses' representatives said they had not been consulted about the weekend rota.",
    ],
    furniture=[
        "612 words",
        "CARTEL",
        "Main; A; Pg. 3",
        "Health Correspondent",
        "License this article",
        "Document CARTEL0020250208el28000xy",
    ],
)

# w07: a monitoring service's translation in the same copy: no byline, "Text of report by".
add(
    "w07_factiva_monitoring.txt",
    """
Regional governor says ferry service to resume next week

1,034 words
11 March 2025
BBC Monitoring Former Soviet Union
BBCSUP
English
(c) 2025 The British Broadcasting Corporation. All Rights Reserved. No reproduction or redistribution without permission.

Text of report by regional news agency Vesti-Sever on 11 March

The governor of the northern region said on 11 March that the ferry service across the
strait would resume on 18 March after repairs to the main pier.

He said the ice had damaged three of the pier's supports in February.

Source: Vesti-Sever news agency, Murmansk, in Russian 0912 gmt 11 Mar 25

Document BBCSUP0020250311el3b0015d
""",
    title="Regional governor says ferry service to resume next week",
    source="BBC Monitoring Former Soviet Union",
    author=None,
    published="2025-03-11",
    published_origin="metadata",
    body=[
        "Text of report by regional news agency Vesti-Sever on 11 March",
        "The governor of the northern region said on 11 March that the ferry service across the strait would resume on 18 March after repairs to the main pier.",
        "He said the ice had damaged three of the pier's supports in February.",
        "Source: Vesti-Sever news agency, Murmansk, in Russian 0912 gmt 11 Mar 25",
    ],
    furniture=[
        "1,034 words",
        "BBCSUP",
        "No reproduction or redistribution",
        "Document BBCSUP0020250311el3b0015d",
    ],
)

# w08: a paper's e-edition copied as text: folios, "Continued on Page A6", the jump page.
add(
    "w08_eedition_jump.txt",
    """
THE CARROW TELEGRAPH | SATURDAY, MARCH 8, 2025 | A1

School board approves four-day week for rural district

By Jane Holloway
Staff Writer

The Carrow County school board voted on Friday to move its six rural schools to a four-day
week from September, the first district in the state to do so.

Board members said the change would save about $400,000 a year in bus and heating costs
and help the district keep teachers who live in town.

Parents at the meeting were divided. Several said they could not find child care for the
fifth day.

Continued on Page A6

A6 | SATURDAY, MARCH 8, 2025 | THE CARROW TELEGRAPH

SCHOOLS
Continued from Page A1

The district will offer supervised activities on Fridays at two schools, the
superintendent said.

The board will review the change after its first year.

""",
    title="School board approves four-day week for rural district",
    source="The Carrow Telegraph",
    author="Jane Holloway",
    published="2025-03-08",
    published_origin="text",
    body=[
        "The Carrow County school board voted on Friday to move its six rural schools to a four-day week from September, the first district in the state to do so.",
        "Board members said the change would save about $400,000 a year in bus and heating costs and help the district keep teachers who live in town.",
        "Parents at the meeting were divided. Several said they could not find child care for the fifth day.",
        "The district will offer supervised activities on Fridays at two schools, the superintendent said.",
        "The board will review the change after its first year.",
    ],
    furniture=[
        "Continued on Page A6",
        "Continued from Page A1",
        "| A1",
        "A6 |",
        "SCHOOLS",
        "Staff Writer",
    ],
)

# w09: an e-edition copy of a sentence cut by the jump, "Please see", a page number alone.
add(
    "w09_eedition_please_see.txt",
    """
The Fenland Review
Tuesday, June 21, 2022

Harbour dredging to start after six-year delay

By Tomas Brandt

Dredging of Wisbech harbour will start in August after the port authority settled its
dispute with the contractor, ending a six-year delay that had kept larger vessels
away from the quay.

The authority said the work would remove about 120,000 tonnes of silt and
Please see HARBOUR, Page 4

1

HARBOUR
From Page 1

allow ships of up to 4,000 tonnes to berth at low tide.

Fishing crews welcomed the news but asked for the work to avoid the shrimp season.

4
""",
    title="Harbour dredging to start after six-year delay",
    source="The Fenland Review",
    author="Tomas Brandt",
    published="2022-06-21",
    published_origin="text",
    body=[
        "Dredging of Wisbech harbour will start in August after the port authority settled its dispute with the contractor, ending a six-year delay that had kept larger vessels away from the quay.",
        "The authority said the work would remove about 120,000 tonnes of silt and allow ships of up to 4,000 tonnes to berth at low tide.",
        "Fishing crews welcomed the news but asked for the work to avoid the shrimp season.",
    ],
    furniture=["Please see HARBOUR", "From Page 1", "HARBOUR"],
)

# w10: wire copy as the newsroom system shows it: slug, byline, "(END)", trailer with the date.
add(
    "w10_ap_wire_slug.txt",
    """
BC-Kosovo-Schools,0398
Schools reopen in Pristina with teachers unpaid since June
By DAVID KRAMER
Associated Press Writer

   PRISTINA, Yugoslavia (AP) -- Schools in Pristina reopened Monday for the first time
since the war, with teachers who have not been paid since June and classrooms without
glass in their windows.

   About 30,000 pupils returned, the U.N. mission said, less than half the number enrolled
before the bombing.

   "We teach in coats," said Besa Krasniqi, who has taught mathematics for 22 years.

   The mission said it would start paying teachers next month.

(END)

AP-NY-12-13-99 1842EST
""",
    title="Schools reopen in Pristina with teachers unpaid since June",
    source="Associated Press",
    author="David Kramer",
    published="1999-12-13",
    published_origin="text",
    body=[
        "PRISTINA, Yugoslavia (AP) -- Schools in Pristina reopened Monday for the first time since the war, with teachers who have not been paid since June and classrooms without glass in their windows.",
        "About 30,000 pupils returned, the U.N. mission said, less than half the number enrolled before the bombing.",
        '"We teach in coats," said Besa Krasniqi, who has taught mathematics for 22 years.',
        "The mission said it would start paying teachers next month.",
    ],
    furniture=["BC-Kosovo-Schools", "(END)", "AP-NY-12-13-99", "Associated Press Writer"],
)

# w11: an update's slug and editors' note, the byline's second writer, "(END)" and no trailer.
add(
    "w11_wire_writethru.txt",
    """
BC-US-Storm-Damage, 2nd Ld-Writethru,0420
Eds: UPDATES with governor's comments, new damage figures. With AP Photos.
Ice storm leaves 200,000 without power across three states
By MARIA ELLIS and PAUL OKAFOR
Associated Press Writers

   LITTLE ROCK, Ark. (AP) -- An ice storm that coated power lines and trees across
Arkansas, Missouri and Tennessee left more than 200,000 homes without electricity on
Wednesday, utilities said.

   Gov. Helen Marsh said crews from four neighbouring states were on their way to help.

   Utilities warned that some rural customers could be without power until the weekend.

(END)
""",
    title="Ice storm leaves 200,000 without power across three states",
    source="Associated Press",
    author="Maria Ellis and Paul Okafor",
    published=None,
    published_origin=None,
    body=[
        "LITTLE ROCK, Ark. (AP) -- An ice storm that coated power lines and trees across Arkansas, Missouri and Tennessee left more than 200,000 homes without electricity on Wednesday, utilities said.",
        "Gov. Helen Marsh said crews from four neighbouring states were on their way to help.",
        "Utilities warned that some rural customers could be without power until the weekend.",
    ],
    furniture=["BC-US-Storm-Damage", "Eds: UPDATES", "Associated Press Writers", "(END)"],
)

# w12: an agency's copy with its date under the headline and its own closing marks.
add(
    "w12_reuters_wire_copy.txt",
    """
BC-BRITAIN-FLOODS/
UPDATE 1-Britain's Severn reaches record level, towns evacuated
March 7, 2025

By Alice Ng

   LONDON, March 7 (Reuters) - The River Severn rose to its highest level on record on
Friday, and police evacuated about 1,500 homes in Shrewsbury and Bewdley.

   The Environment Agency said the river would stay above flood defences until Sunday.

   Insurers estimated the cost of the flooding at 300 million pounds.

(Reporting by Alice Ng; Editing by Tom Hale)
((alice.ng@thomsonreuters.com; +44 20 7542 0000))
""",
    title="Britain's Severn reaches record level, towns evacuated",
    source="Reuters",
    author="Alice Ng",
    published="2025-03-07",
    published_origin="text",
    body=[
        "LONDON, March 7 (Reuters) - The River Severn rose to its highest level on record on Friday, and police evacuated about 1,500 homes in Shrewsbury and Bewdley.",
        "The Environment Agency said the river would stay above flood defences until Sunday.",
        "Insurers estimated the cost of the flooding at 300 million pounds.",
    ],
    furniture=["BC-BRITAIN-FLOODS", "UPDATE 1-", "(Reporting by Alice Ng", "thomsonreuters.com"],
)


def main() -> None:
    write_documents(HERE, [(name, data) for name, data, _ in FILES])
    write_answers(HERE, [completed(name, answer) for name, _, answer in FILES])


if __name__ == "__main__":
    main()
