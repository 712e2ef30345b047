"""Rebuild dev17: official documents as analysts paste them, written by hand.

Each file is what a reader gets by selecting all in a PDF viewer or a web page and pasting it
into a text file: running heads and feet on every page, page numbers, words hyphenated at line
ends, footnote numbers run on to words, two columns read straight across. The answers are
written here beside the text, before any run of the importer.

Usage: ``.venv/bin/python benchmarks/data/ingest/dev17/src/build.py``.
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
    # first/last are sentences: the first sentence of the first paragraph, the last of the last
    # (``first_sentence``, ``last_sentence``), or the first and last paragraphs.
    FILES.append((name, text.lstrip("\n"), answer))


# p01: a report copied from its PDF: title page, running head and foot with page numbers,
# hyphenated line ends, a paragraph running over a page break.
add(
    "p01_report_pdf_copy.txt",
    """
Eskmoor Flood Review Board

Review of the January 2025 Floods in the Tarn Valley

Interim report
Published 18 March 2025

1. Introduction

The floods of 9 and 10 January 2025 affected 1,240 homes and 86 businesses in the Tarn
Valley. This interim report sets out what the Board has found so far about how the warn-
ings were issued and how the flood defences performed.

The Board took evidence from the Environment Office, the three district councils, the
fire service and more than 300 residents between February and March 2025.

Review of the January 2025 Floods in the Tarn Valley                                    1

Eskmoor Flood Review Board                                               Interim report

2. Warnings

The first flood warning for Tarnbridge was issued at 21:40 on 9 January, about two hours
after the river had begun to overtop the defences at Mill Lane. Residents told the Board
that many of them learned of the flooding from neighbours rather than from the warning
service.

The Board will make its final recommendations on the warning service in its full re-
port, due in September 2025.

Review of the January 2025 Floods in the Tarn Valley                                    2
""",
    title="Review of the January 2025 Floods in the Tarn Valley",
    source="Eskmoor Flood Review Board",
    author=None,
    published="2025-03-18",
    published_origin="text",
    body=[
        "1. Introduction",
        "The floods of 9 and 10 January 2025 affected 1,240 homes and 86 businesses in the Tarn Valley. This interim report sets out what the Board has found so far about how the warnings were issued and how the flood defences performed.",
        "The Board took evidence from the Environment Office, the three district councils, the fire service and more than 300 residents between February and March 2025.",
        "2. Warnings",
        "The first flood warning for Tarnbridge was issued at 21:40 on 9 January, about two hours after the river had begun to overtop the defences at Mill Lane. Residents told the Board that many of them learned of the flooding from neighbours rather than from the warning service.",
        "The Board will make its final recommendations on the warning service in its full report, due in September 2025.",
    ],
    first_sentence="1. Introduction",
    last_sentence="The Board will make its final recommendations on the warning service in its full report, due in September 2025.",
    furniture=["Interim report", "Published 18 March 2025", "warn-", "re-"],
)

# p02: two columns read straight across: each line holds a line of the left column, a wide
# gap, and the line of the right column beside it.
add(
    "p02_two_column_bulletin.txt",
    """
Carradine Statistics Office

Labour Market Bulletin: February 2025

Released 12 March 2025

Unemployment fell to 4.1 percent in February,         The number of people in work rose by 18,000
down from 4.3 percent in January, the lowest          to 2.61 million, with most of the new jobs in
rate since the bulletin began in 2011.                health care, construction and retail.

Youth unemployment, among people aged 16 to           Average weekly earnings rose 5.2 percent on
24, fell to 11.8 percent from 12.6 percent.           the year, ahead of inflation of 2.9 percent.

Carradine Statistics Office | Labour Market Bulletin: February 2025 | Page 1 of 1
""",
    title="Labour Market Bulletin: February 2025",
    source="Carradine Statistics Office",
    author=None,
    published="2025-03-12",
    published_origin="text",
    body=[
        "Unemployment fell to 4.1 percent in February, down from 4.3 percent in January, the lowest rate since the bulletin began in 2011.",
        "Youth unemployment, among people aged 16 to 24, fell to 11.8 percent from 12.6 percent.",
        "The number of people in work rose by 18,000 to 2.61 million, with most of the new jobs in health care, construction and retail.",
        "Average weekly earnings rose 5.2 percent on the year, ahead of inflation of 2.9 percent.",
    ],
    furniture=["Released 12 March 2025", "Page 1 of 1"],
)

# p03: a congressional hearing transcript excerpt copied from the GPO's PDF.
add(
    "p03_house_hearing_transcript.txt",
    """
SAFETY OF REGIONAL RAIL BRIDGES

HEARING
BEFORE THE
SUBCOMMITTEE ON RAILROADS, PIPELINES, AND HAZARDOUS MATERIALS
OF THE
COMMITTEE ON TRANSPORTATION AND INFRASTRUCTURE
HOUSE OF REPRESENTATIVES
ONE HUNDRED NINETEENTH CONGRESS
FIRST SESSION

TUESDAY, FEBRUARY 25, 2025

Serial No. 119-4

Printed for the use of the Committee on Transportation and Infrastructure

                                    (1)

SAFETY OF REGIONAL RAIL BRIDGES

TUESDAY, FEBRUARY 25, 2025

House of Representatives,
Subcommittee on Railroads, Pipelines, and Hazardous Materials,
Committee on Transportation and Infrastructure,
Washington, DC.

The subcommittee met, pursuant to notice, at 10 a.m., in room 2167, Rayburn House Office
Building, Hon. Dana Whitfield (Chairwoman of the subcommittee) presiding.

Mrs. WHITFIELD. The subcommittee will come to order. Today we examine the condition of
the bridges that carry regional and commuter trains, many of which are more than 100
years old.

Mr. OKAFOR. Thank you, Madam Chair. The inspector general found last year that one in
five of these bridges had not been inspected on schedule.

                                    2

Mrs. WHITFIELD. We will now hear from our first witness, the administrator of the Federal
Railroad Administration.
""",
    title="Safety of Regional Rail Bridges",
    source="Committee on Transportation and Infrastructure",
    author=None,
    published="2025-02-25",
    published_origin="text",
    body=[
        "The subcommittee met, pursuant to notice, at 10 a.m., in room 2167, Rayburn House Office Building, Hon. Dana Whitfield (Chairwoman of the subcommittee) presiding.",
        "Mrs. WHITFIELD. The subcommittee will come to order. Today we examine the condition of the bridges that carry regional and commuter trains, many of which are more than 100 years old.",
        "Mr. OKAFOR. Thank you, Madam Chair. The inspector general found last year that one in five of these bridges had not been inspected on schedule.",
        "Mrs. WHITFIELD. We will now hear from our first witness, the administrator of the Federal Railroad Administration.",
    ],
    furniture=[
        "Serial No. 119-4",
        "Printed for the use of",
        "ONE HUNDRED NINETEENTH CONGRESS",
        "FIRST SESSION",
        "(1)",
    ],
)

# p04: a parliamentary debate copied from the official report's web page.
add(
    "p04_hansard_debate.txt",
    """
Skip to main content
Hansard
UK Parliament
Commons Chamber
Volume 763: debated on Wednesday 5 March 2025

Rural Bus Services

Share this debate
Copy link

11.32 am

Sarah Pelling (North Devonshire) (LD)
1. What steps the Government are taking to protect rural bus services.

The Minister for Local Transport (Tom Hadley)
We have given councils £955 million this year to support bus services, and rural areas will receive a larger share of it than before.

Sarah Pelling
In my constituency, three routes have been cut since the autumn, leaving villages with no service at all on Sundays. Will the Minister meet me to discuss how they can be restored?

Tom Hadley
I would be happy to meet the hon. Lady.

Share this contribution
Previous debate
Next debate
""",
    title="Rural Bus Services",
    source="UK Parliament",
    author=None,
    published="2025-03-05",
    published_origin="text",
    body=[
        "Sarah Pelling (North Devonshire) (LD)",
        "1. What steps the Government are taking to protect rural bus services.",
        "The Minister for Local Transport (Tom Hadley)",
        "We have given councils £955 million this year to support bus services, and rural areas will receive a larger share of it than before.",
        "Sarah Pelling",
        "In my constituency, three routes have been cut since the autumn, leaving villages with no service at all on Sundays. Will the Minister meet me to discuss how they can be restored?",
        "Tom Hadley",
        "I would be happy to meet the hon. Lady.",
    ],
    furniture=[
        "Skip to main content",
        "Hansard",
        "Commons Chamber",
        "Volume 763",
        "Share this debate",
        "Copy link",
        "Share this contribution",
        "Previous debate",
        "Next debate",
        "11.32 am",
    ],
)

# p05: a Security Council meetings-coverage summary copied from the UN's press site.
add(
    "p05_security_council_press.txt",
    """
United Nations
Meetings Coverage and Press Releases

SC/16021
4 March 2025
Security Council
9871st Meeting (AM)

Security Council Extends Mandate of Mission in Veltria for One Year, Unanimously Adopting Resolution 2771 (2025)

The Security Council today extended the mandate of the United Nations Mission in Veltria until 15 March 2026, asking it to support the ceasefire signed in Geneva and the return of displaced people.

Unanimously adopting resolution 2771 (2025), the Council asked the Secretary-General to report every 90 days on the Mission's work and on the security of its personnel.

Speaking after the vote, the representative of Marrenland said his Government would cooperate fully with the Mission.

The meeting began at 10:05 a.m. and ended at 10:40 a.m.

For information media. Not an official record.
""",
    title="Security Council Extends Mandate of Mission in Veltria for One Year, Unanimously Adopting Resolution 2771 (2025)",
    source="United Nations",
    author=None,
    published="2025-03-04",
    published_origin="text",
    body=[
        "The Security Council today extended the mandate of the United Nations Mission in Veltria until 15 March 2026, asking it to support the ceasefire signed in Geneva and the return of displaced people.",
        "Unanimously adopting resolution 2771 (2025), the Council asked the Secretary-General to report every 90 days on the Mission's work and on the security of its personnel.",
        "Speaking after the vote, the representative of Marrenland said his Government would cooperate fully with the Mission.",
        "The meeting began at 10:05 a.m. and ended at 10:40 a.m.",
    ],
    furniture=[
        "Meetings Coverage and Press Releases",
        "SC/16021",
        "9871st Meeting (AM)",
        "For information media. Not an official record.",
    ],
)

# p06: an annual report's chair's statement copied from the PDF: running head with the
# company and report name, page numbers, the chair's signature.
add(
    "p06_annual_report_excerpt.txt",
    """
Tolvern Systems, Inc.
Annual Report 2024

Chair's statement

2024 was a year of steady growth for Tolvern. Revenue rose 11 percent to $1.52 billion,
and we opened new service centres in Lyon and Osaka.

Our hospital customers continued to invest in imaging equipment, and orders for our
monitoring systems grew for the fourth year in a row.

Tolvern Systems, Inc. Annual Report 2024                                              4

The Board proposes a final dividend of 24 cents a share, bringing the total for the year
to 44 cents, an increase of 10 percent.

I thank our 6,800 employees for their work this year.

Margaret Hale
Chair
12 March 2025

Tolvern Systems, Inc. Annual Report 2024                                              5
""",
    title="Annual Report 2024",
    source="Tolvern Systems, Inc.",
    author=None,
    published="2025-03-12",
    published_origin="text",
    body=[
        "Chair's statement",
        "2024 was a year of steady growth for Tolvern. Revenue rose 11 percent to $1.52 billion, and we opened new service centres in Lyon and Osaka.",
        "Our hospital customers continued to invest in imaging equipment, and orders for our monitoring systems grew for the fourth year in a row.",
        "The Board proposes a final dividend of 24 cents a share, bringing the total for the year to 44 cents, an increase of 10 percent.",
        "I thank our 6,800 employees for their work this year.",
    ],
    first_sentence="Chair's statement",
    furniture=["Margaret Hale", "Annual Report 2024 4"],
)

# p07: a notice copied from a government gazette's web page.
add(
    "p07_gazette_notice.txt",
    """
The Northmere Gazette
Official public record

Notice type: Roads and highways
Notice ID: 4812377
Publication date: 6 March 2025, 9:00 am

Highways Act 1980: Stopping Up of Part of Fenwick Lane, Tarnbridge

The Secretary of State for Transport gives notice that an order has been made under section 116 of the Highways Act 1980 stopping up a length of Fenwick Lane, Tarnbridge, to allow the building of a new flood wall.

Copies of the order may be inspected free of charge at Tarnbridge Library, Market Street, during normal opening hours until 3 April 2025.

Any person aggrieved by the order may apply to the High Court within six weeks of the date of this notice.

J. Marsh, Department for Transport
(4812377)

Share this notice
Print
Back to search results
""",
    title="Highways Act 1980: Stopping Up of Part of Fenwick Lane, Tarnbridge",
    source="The Northmere Gazette",
    author=None,
    published="2025-03-06",
    published_origin="text",
    body=[
        "The Secretary of State for Transport gives notice that an order has been made under section 116 of the Highways Act 1980 stopping up a length of Fenwick Lane, Tarnbridge, to allow the building of a new flood wall.",
        "Copies of the order may be inspected free of charge at Tarnbridge Library, Market Street, during normal opening hours until 3 April 2025.",
        "Any person aggrieved by the order may apply to the High Court within six weeks of the date of this notice.",
    ],
    furniture=[
        "Notice ID",
        "Notice type",
        "Official public record",
        "J. Marsh",
        "(4812377)",
        "Share this notice",
        "Back to search results",
    ],
)

# p08: a policy paper copied from its PDF with footnote numbers run on to words and the notes
# at each page's foot.
add(
    "p08_paper_with_footnotes.md",
    """
Institute for Coastal Policy

Policy Paper 7 | February 2025

Paying for Sea Defences

Summary

Councils on the east coast spend about £41 million a year on sea defences, three times
what they spent in 2010.1 Most of the money comes from national grants that must be bid for
each year.2

This paper argues that a ten-year settlement would let councils plan repairs before they
become emergencies.

1 Coastal Councils Group, Annual Survey 2024.
2 Department for Environment, Grant Guidance, 2023.

Institute for Coastal Policy                                               Page 1

Councils told us that the yearly bidding round takes staff away from the work itself.3

3 Interviews with eleven council engineers, November 2024.

Institute for Coastal Policy                                               Page 2
""",
    title="Paying for Sea Defences",
    source="Institute for Coastal Policy",
    author=None,
    published=None,
    published_origin=None,
    body=[
        "Councils on the east coast spend about £41 million a year on sea defences, three times what they spent in 2010.1 Most of the money comes from national grants that must be bid for each year.2",
        "This paper argues that a ten-year settlement would let councils plan repairs before they become emergencies.",
        "Coastal Councils Group, Annual Survey 2024.",
        "Department for Environment, Grant Guidance, 2023.",
        "Councils told us that the yearly bidding round takes staff away from the work itself.3",
        "Interviews with eleven council engineers, November 2024.",
    ],
    first_sentence="Councils on the east coast spend about £41 million a year on sea defences, three times what they spent in 2010.1 Most of the money comes from national grants that must be bid for each year.2",
    last_sentence="Interviews with eleven council engineers, November 2024.",
    furniture=["Page 1", "Page 2", "Policy Paper 7"],
)

# p09: a government department's press briefing transcript copied from its web page.
add(
    "p09_press_briefing_transcript.txt",
    """
Department of State of Carradine
Home > Press > Briefings

Department Press Briefing – March 11, 2025

Transcript
Lena Osei, Department Spokesperson
Washington Press Room
2:14 p.m.

MS OSEI: Good afternoon, everyone. I have one announcement at the top, and then I will take your questions.

The Secretary will travel to Geneva on Thursday for talks on the ceasefire between Marrenland and Veltria.

QUESTION: Will the Secretary meet the foreign ministers of both countries?

MS OSEI: We expect meetings with both, but I do not have a schedule to announce today.

(The briefing was concluded at 2:41 p.m.)

Tags: Marrenland, Veltria, Office of the Spokesperson
""",
    title="Department Press Briefing – March 11, 2025",
    source="Department of State of Carradine",
    author=None,
    published="2025-03-11",
    published_origin="text",
    body=[
        "MS OSEI: Good afternoon, everyone. I have one announcement at the top, and then I will take your questions.",
        "The Secretary will travel to Geneva on Thursday for talks on the ceasefire between Marrenland and Veltria.",
        "QUESTION: Will the Secretary meet the foreign ministers of both countries?",
        "MS OSEI: We expect meetings with both, but I do not have a schedule to announce today.",
        "(The briefing was concluded at 2:41 p.m.)",
    ],
    furniture=[
        "Home > Press > Briefings",
        "Washington Press Room",
        "Tags:",
        "Department Spokesperson",
    ],
)

# p10: a written statement to parliament copied from its PDF, with a running head naming the
# statement, a date under the title and the statement's reference.
add(
    "p10_written_statement_pdf.txt",
    """
Written Ministerial Statement

Ministry of Health of Carradine

Hospital Waiting Times: Quarterly Update

Made on: 20 February 2025
Reference: HCWS412

The Government has today published figures showing that 71 percent of patients were seen
within 18 weeks of referral in the last quarter of 2024, up from 66 percent a year ear-
lier.

The number of patients waiting more than a year for treatment fell below 10,000 for the

Hospital Waiting Times: Quarterly Update                                  Page 1 of 2

first time since 2019.

I will update the House again when the figures for the first quarter of 2025 are pub-
lished.

Hospital Waiting Times: Quarterly Update                                  Page 2 of 2
""",
    title="Hospital Waiting Times: Quarterly Update",
    source="Ministry of Health of Carradine",
    author=None,
    published="2025-02-20",
    published_origin="text",
    body=[
        "The Government has today published figures showing that 71 percent of patients were seen within 18 weeks of referral in the last quarter of 2024, up from 66 percent a year earlier.",
        "The number of patients waiting more than a year for treatment fell below 10,000 for the first time since 2019.",
        "I will update the House again when the figures for the first quarter of 2025 are published.",
    ],
    furniture=[
        "Written Ministerial Statement",
        "Made on:",
        "HCWS412",
        "Page 1 of 2",
        "Page 2 of 2",
        "ear-",
    ],
)


def main() -> None:
    write_documents(HERE, [(name, data) for name, data, _ in FILES])
    write_answers(HERE, [completed(name, answer) for name, _, answer in FILES])


if __name__ == "__main__":
    main()
