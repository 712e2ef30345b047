"""Rebuild dev23: shapes end-to-end QA found undated or misread (round 29), in invented stories.

Wire copy whose dateline gives a month and day but no year (the year is the one in which the
weekday the lead names falls on that day, the latest such year not after today), AP's end stamp
("11/24/99 06:12 EST") as the only date, kickers ("Explainer:", "Fact check:") before a
headline (kept in the title as printed: dev5's convention for a kicker in ordinary case;
these answers first stripped it and were set right after the first run), newsletter footers without a "--" separator, a Markdown byline in emphasis with the
date in it, and a blog post credited "Posted by NAME on the X blog". Written before the rules
that read them; every name, place and figure is made up.

Run ``.venv/bin/python benchmarks/data/ingest/dev23/src/build.py`` to write the files and
answers.jsonl next to this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]

DOCS: list[tuple[str, str, dict[str, Any]]] = []

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _answers_common import completed, write_answers, write_documents  # noqa: E402


def doc(name: str, text: str, **answer: Any) -> None:
    DOCS.append((name, text, answer))


doc(
    "q01_wire_dateline_no_year.txt",
    """Karvik port operator says tolls to rise 12% after storm repairs

KARVIK, March 3 (Baltic Ledger Wire) - Karvik Harbour Authority said on Tuesday it would raise tolls for cargo ships by 12% from April to pay for repairs after January's storm, which damaged two of its five quays.

The authority said the repairs would cost about 340 million crowns and take until the end of next year. Tolls were last raised in 2019.

Shipping lines using the port said the increase would be passed on to importers.
""",
    title="Karvik port operator says tolls to rise 12% after storm repairs",
    source="Baltic Ledger Wire",
    author=None,
    published="2026-03-03",
    published_origin="text",
    body=[
        "KARVIK, March 3 (Baltic Ledger Wire) - Karvik Harbour Authority said on Tuesday it would raise tolls for cargo ships by 12% from April to pay for repairs after January's storm, which damaged two of its five quays.",
        "The authority said the repairs would cost about 340 million crowns and take until the end of next year. Tolls were last raised in 2019.",
        "Shipping lines using the port said the increase would be passed on to importers.",
    ],
    furniture=[],
)

doc(
    "q02_wire_dateline_past_year.txt",
    """Velma council approves tram extension after four-year dispute

VELMA, Sept. 9 (Adriatic Wire) -- Velma city council on Thursday approved a 6-kilometre extension of the tram line to the new hospital, ending a dispute that began when the plan was first put forward in 2017.

The council voted 31 to 14 for the plan, which will cost 92 million euros, half of it from a national transport fund. Work should start next spring.

Opponents said the line would cut through the Borsa park, where 400 trees would be felled.
""",
    title="Velma council approves tram extension after four-year dispute",
    source="Adriatic Wire",
    author=None,
    published="2021-09-09",
    published_origin="text",
    body=[
        "VELMA, Sept. 9 (Adriatic Wire) -- Velma city council on Thursday approved a 6-kilometre extension of the tram line to the new hospital, ending a dispute that began when the plan was first put forward in 2017.",
        "The council voted 31 to 14 for the plan, which will cost 92 million euros, half of it from a national transport fund. Work should start next spring.",
        "Opponents said the line would cut through the Borsa park, where 400 trees would be felled.",
    ],
    furniture=[],
)

doc(
    "q03_ap_end_stamp.txt",
    """Grain prices climb as drought grips southern plains

By MARTA OKONJO
Associated Press Writer

DODGE PLAINS, Kan. (AP) -- Wheat futures rose for a fifth straight day Tuesday as a drought across the southern plains threatened the winter crop.

March wheat gained 6 cents to $3.41 a bushel on the Kansas City Board of Trade. Farmers said rain had not fallen in most counties since October.

The Agriculture Department said 38 percent of the winter wheat crop was in poor condition, up from 21 percent a week earlier.

03/17/98 14:05 EST
""",
    title="Grain prices climb as drought grips southern plains",
    source="Associated Press",
    author="Marta Okonjo",
    published="1998-03-17",
    published_origin="text",
    body=[
        "DODGE PLAINS, Kan. (AP) -- Wheat futures rose for a fifth straight day Tuesday as a drought across the southern plains threatened the winter crop.",
        "March wheat gained 6 cents to $3.41 a bushel on the Kansas City Board of Trade. Farmers said rain had not fallen in most counties since October.",
        "The Agriculture Department said 38 percent of the winter wheat crop was in poor condition, up from 21 percent a week earlier.",
    ],
    furniture=["03/17/98 14:05 EST", "Associated Press Writer"],
)

doc(
    "q04_explainer_kicker.txt",
    """Explainer: What the new bridge toll means for commuters

Published 14 May 2025

The Tarrow bridge will charge cars 2.50 pounds a crossing from June 1, the first toll on the river since 1992.

About 41,000 vehicles cross the bridge each day, according to the county's last traffic count.

Residents of the two towns at either end can apply for a discount of 60 percent.
""",
    title="Explainer: What the new bridge toll means for commuters",
    source=None,
    author=None,
    published="2025-05-14",
    published_origin="text",
    body=[
        "The Tarrow bridge will charge cars 2.50 pounds a crossing from June 1, the first toll on the river since 1992.",
        "About 41,000 vehicles cross the bridge each day, according to the county's last traffic count.",
        "Residents of the two towns at either end can apply for a discount of 60 percent.",
    ],
    furniture=[],
)

doc(
    "q05_fact_check_kicker.md",
    """# Fact check: Did the mayor double the parking fines?

*Published 2 April 2025*

The claim that parking fines in Ostbury doubled this year is false: the standard fine rose from 40 to 50 pounds in January.

The council's own tables show the higher fine of 70 pounds was unchanged.
""",
    title="Fact check: Did the mayor double the parking fines?",
    source=None,
    author=None,
    published="2025-04-02",
    published_origin="text",
    body=[
        "The claim that parking fines in Ostbury doubled this year is false: the standard fine rose from 40 to 50 pounds in January.",
        "The council's own tables show the higher fine of 70 pounds was unchanged.",
    ],
    furniture=[],
)

doc(
    "q06_briefing_footer.txt",
    """Lindqvist Energy Briefing: gas storage, tariffs, wind auction

Published 6 October 2025

Gas storage across the region stood at 91 percent on Friday, above the 85 percent target for the start of winter.

Network tariffs will rise by about 4 percent in January, the regulator said, less than the 7 percent the grid operators had asked for.

The offshore wind auction drew bids for 2.1 gigawatts, short of the 3 gigawatts on offer.

Forward this to a colleague.

Next briefing: October 13. This briefing goes to 2,400 subscribers in 11 countries.

Energy Desk Weekly reaches 35,000 readers every Monday
""",
    title="Lindqvist Energy Briefing: gas storage, tariffs, wind auction",
    source=None,
    author=None,
    published="2025-10-06",
    published_origin="text",
    body=[
        "Gas storage across the region stood at 91 percent on Friday, above the 85 percent target for the start of winter.",
        "Network tariffs will rise by about 4 percent in January, the regulator said, less than the 7 percent the grid operators had asked for.",
        "The offshore wind auction drew bids for 2.1 gigawatts, short of the 3 gigawatts on offer.",
    ],
    furniture=[
        "Forward this to a colleague.",
        "Next briefing: October 13.",
        "2,400 subscribers in 11 countries",
        "reaches 35,000 readers every Monday",
    ],
)

doc(
    "q07_markdown_byline_pipe.md",
    """# The landlord register, one year on

*By Tomas Berglund, housing economist | May 12, 2026*

A year after the register opened, 14,200 landlords have signed up, about two thirds of those the city thinks let homes.

Fines for not registering have been issued in 310 cases, most of them in the last three months.

The register's next test is the renewal round in the autumn.
""",
    title="The landlord register, one year on",
    source=None,
    author="Tomas Berglund",
    published="2026-05-12",
    published_origin="text",
    body=[
        "A year after the register opened, 14,200 landlords have signed up, about two thirds of those the city thinks let homes.",
        "Fines for not registering have been issued in 310 cases, most of them in the last three months.",
        "The register's next test is the renewal round in the autumn.",
    ],
    furniture=["housing economist"],
)

doc(
    "q08_posted_by_on_blog.txt",
    """Why the early count favours the incumbents

Posted by Anselm Vrba on the Turnout Tables blog, 4 November 2025

Postal votes are counted first in most districts, and postal voters lean older and more loyal to sitting councillors.

In the last election the incumbents led by 9 points after the postal count and won by 3.

So a lead of less than 6 points at midnight should not be read as safe.
""",
    title="Why the early count favours the incumbents",
    source="Turnout Tables",
    author="Anselm Vrba",
    published="2025-11-04",
    published_origin="text",
    body=[
        "Postal votes are counted first in most districts, and postal voters lean older and more loyal to sitting councillors.",
        "In the last election the incumbents led by 9 points after the postal count and won by 3.",
        "So a lead of less than 6 points at midnight should not be read as safe.",
    ],
    furniture=["Posted by Anselm Vrba"],
)


def main() -> None:
    write_documents(HERE, [(name, text) for name, text, _ in DOCS])
    write_answers(HERE, [completed(name, answer) for name, _, answer in DOCS])


if __name__ == "__main__":
    main()
