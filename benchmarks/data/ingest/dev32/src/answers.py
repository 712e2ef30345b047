"""dev32's answers, written before the engine ran on the files; writes ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev32/src/answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))

from _answers_common import answer, write_answers  # noqa: E402

ANSWERS = [
    answer(
        "q01_translated_article.html",
        "Night trains return to Odesa line after eight months",
        "Black Sea Courier",
        "Oksana Melnyk",
        "2026-11-09",
        "metadata",
        [
            "The overnight service between Odesa and Lviv resumed on Sunday for the first time "
            "since March, the state railway said, after repairs to a bridge near Koziatyn were "
            "finished two weeks ahead of schedule.",
            "The first train left Odesa at 19:10 with all 14 carriages sold out, and the railway "
            "said it would add a second daily departure from 1 December if demand held.",
            '"People have been asking for this train every day," said Halyna Bondar, who '
            'manages ticket sales at the station. "Students, soldiers on leave, grandmothers '
            'with jars of jam. Everyone takes the night train."',
            "The railway said the journey would take 13 hours, two hours longer than before the "
            "closure, because trains must slow down on the repaired section until the spring.",
        ],
        [
            "Translated from Ukrainian by Daniel Frost",
            "A sleeper carriage at Odesa-Holovna station",
            "Courier archive",
            "Read also",
            "Port workers strike over unpaid bonuses",
            "Reprinting is allowed",
            "Українською",
            "Transport",
        ],
        url="https://blackseacourier.example/en/2026/11/09/night-trains-odesa-line",
    ),
    answer(
        "q02_eml_forwarded_twice.eml",
        "Statement on Quayside reservoir closure",
        "Eastholm Water Press Office",
        None,
        "2026-11-11",
        "metadata",
        [
            "Eastholm Water has closed Quayside reservoir to the public after tests found "
            "blue-green algae in the water for the second time this autumn.",
            "The paths around the reservoir remain open, but swimming, paddleboarding and "
            "fishing are banned until further notice, and dog owners are asked to keep their "
            "pets out of the water.",
            "Samples taken on Monday showed algae levels three times higher than the level at "
            "which the company closes a site. Drinking water is not affected because Quayside "
            "has not supplied the treatment works since 2019.",
            '"We know how popular Quayside is, even in November, and we are sorry for the '
            'disruption," said operations director Lena Hartwell. "We will test the water '
            'every week and reopen it as soon as it is safe."',
        ],
        [
            "For the timeline",
            "Forwarded message",
            "Hi Tom, see below as promised",
            "Priya",
            "Sent: Wednesday",
            "Media list",
            "Subject:",
            "Ends",
            "Notes to editors",
            "410,000 customers",
            "Media enquiries",
        ],
    ),
    answer(
        "q03_two_bylines_reporting_by.html",
        "Nordic power prices jump as cold snap drains reservoirs",
        "Meridian Wire",
        "Anna Berg and Tomas Lind",
        "2026-11-17",
        "metadata",
        [
            "STOCKHOLM/OSLO, Nov 17 (Meridian) - Power prices across the Nordic region rose to "
            "their highest in two years on Tuesday as a cold snap pushed up demand and "
            "hydropower reservoirs fell further below their seasonal average.",
            "Day-ahead prices in southern Sweden more than doubled from Monday, while Norway's "
            "southwestern zone, which relies almost wholly on hydropower, saw its steepest daily "
            "rise since 2022.",
            "Reservoirs in the region were 71% full at the end of last week, against a 20-year "
            "average of 83% for the time of year, according to figures from the regional grid "
            "operators.",
            "Traders said forecasts of a dry December meant prices were likely to stay high "
            "until the spring thaw unless wind output picked up.",
        ],
        [
            "Energy Correspondent",
            "Markets Reporter",
            "Updated 3 hours ago",
            "Read more:",
            "Sweden's nuclear restart delayed to January",
            "Reporting by Anna Berg in Stockholm",
            "Editing by Peter Hale",
            "Our Standards",
            "All quotes delayed",
        ],
    ),
    answer(
        "q04_byline_with_places_copy.txt",
        "Fishing fleets tie up as quota talks collapse in Bergen",
        "North Sea Ledger",
        "Hanne Solberg and Callum Reid",
        "2026-11-06",
        "text",
        [
            "Dozens of trawlers stayed in port in Norway and Scotland on Friday after talks on "
            "next year's mackerel quotas broke up without a deal late on Thursday night.",
            "Negotiators from Norway, the UK, the Faroe Islands and Iceland had met for four "
            "days in Bergen but could not agree how to share a catch that scientists say should "
            "fall by a quarter.",
            "In Peterhead, skippers said they would not sail until they knew how much they "
            "could land in January. \"You don't go out not knowing whether you can sell what "
            'you catch," said Alan Buchan, who runs two boats from the harbour.',
            "The talks are due to resume in London on 19 November.",
        ],
        [
            "Skip to content",
            "News  Business  Politics",
            "By Hanne Solberg",
            "Share this story",
            "Most read",
            "Harbour dredging contract awarded",
            "© 2026 North Sea Ledger",
        ],
    ),
    answer(
        "q05_contributing_footer.html",
        "Lakeshore school district votes to close two elementary schools",
        "Lakeshore Tribune",
        "Jenna Kowalski",
        "2026-11-05",
        "metadata",
        [
            "The Lakeshore Unified School District board voted 5-2 on Thursday to close Maple "
            "Grove and Hillcrest elementary schools at the end of the school year, citing "
            "falling enrollment and a $4.8 million budget gap.",
            "About 380 pupils at the two schools will move to three other buildings in the "
            "fall, and the district said no teachers would lose their jobs.",
            "More than 200 parents came to the meeting, and 41 of them spoke during public "
            "comment, most asking the board to delay the vote until a new enrollment study is "
            "finished in the spring.",
            '"We bought our house because it was a five-minute walk from Hillcrest," said Rosa '
            'Delgado, whose two children attend the school. "Nobody asked us what a longer bus '
            'ride means for a six-year-old."',
            "Superintendent Mark Ellison said enrollment had fallen by 900 students since 2016 "
            "and that keeping both schools open would mean cuts to art and music across the "
            "district.",
        ],
        [
            "Parents packed the meeting",
            "What closing two schools means for bus routes",
            "Contributing: Maya Ortiz",
            "Contact Jenna Kowalski",
            "Subscribe for $1",
            "41°F Cloudy",
            "Your Privacy Choices",
        ],
    ),
    answer(
        "q06_release_dash30_copy.txt",
        "Birchwood Transit to add 40 electric buses to its fleet by 2028",
        "Birchwood Transit Authority",
        None,
        "2026-11-12",
        "text",
        [
            "HALTON HILLS, ON, Nov. 12, 2026 /CNW/ - Birchwood Transit Authority said today it "
            "will buy 40 battery-electric buses over the next two years, replacing about a third "
            "of its diesel fleet.",
            "The first 12 buses are to arrive in the autumn of 2027 and will run on the "
            "authority's busiest routes, between downtown Halton Hills and the GO station.",
            "The purchase will cost $62 million, of which $41 million comes from the federal "
            "zero-emission transit fund, the authority said.",
            '"Our riders have told us they want quieter, cleaner buses, and this is the largest '
            'single step we have taken toward that," said board chair Denise Laurier.',
        ],
        [
            "News provided by",
            "Share this article",
            "-30-",
            "About Birchwood Transit Authority",
            "31 bus routes serving 180,000 residents",
            "For further information",
            "SOURCE Birchwood Transit Authority",
        ],
    ),
    answer(
        "q07_pdf_report_copy.txt",
        "Winter gritting routes and salt stocks",
        "Eastholm County Council",
        None,
        "2026-11-12",
        "text",
        [
            # A numbered section heading is the report's own, as dev17 p01's "1. Introduction"
            # is; the first-run answer had left it out as a "Summary" label.
            "1. Summary",
            "The council enters the winter with 14,200 tonnes of salt in its four depots, "
            "enough for about 70 full gritting runs, against a target of 12,000 tonnes set "
            "after the shortages of the 2022/23 winter.",
            "The priority network will stay at 1,140 miles, covering every A and B road, every "
            "bus route and the roads to hospitals, fire stations and secondary schools.",
            "Two routes in the north of the county have been redrawn so that the gritter based "
            "at Alnmoor no longer has to return to the depot half-way through its run. This "
            "saves about 40 minutes on each run and brings the villages of Fenwick and Low "
            "Hauxley into the first hour of treatment.",
            "Twelve new grit bins have been placed on steep residential streets after requests "
            "from parish councils, bringing the total to 2,310.",
            "The committee is asked to note the salt stocks and to approve the revised routes "
            "set out in Appendix A, which will come into effect on 1 December.",
        ],
        [
            "Page 1 of 3",
            "Page 2 of 3",
            "Page 3 of 3",
            "Report to the Transport Committee – 12 November 2026",
        ],
    ),
    answer(
        "q08_gb_slashed_last_modified_copy.txt",
        "Cleeve Hill car park charges to start in January",
        "Cotswold Gazette",
        "Rachel Owens",
        "2026-11-04",
        "text",
        [
            "Drivers will have to pay to park at Cleeve Hill common for the first time from "
            "January after the conservators approved charges of £2 for two hours and £5 for the "
            "day.",
            "The conservators, who look after the common on behalf of its commoners, said the "
            "money was needed to repair paths worn by a sharp rise in visitors since 2020.",
            "Annual permits will cost £40, and people who live in the three parishes around the "
            "common will be able to buy one for £15.",
            "Walkers' groups said the charges would push cars onto the narrow lanes below the "
            'hill. "People will simply park on the verges," said Geoff Lacey of the Cleeve '
            "Ramblers.",
        ],
        [
            "Home | News | Sport",
            "Local Democracy Reporter",
            "Last modified",
            "Comments (12)",
            "Sign in to comment",
            "© Cotswold Gazette 2026",
        ],
    ),
    answer(
        "q09_x_thread_saved.html",
        None,
        "Marta Kowal",
        "Marta Kowal",
        "2026-11-13",
        "metadata",
        [
            "1/ Thread on what we saw at the Rivne grain terminal today. The main silo was hit "
            "overnight and is still burning this afternoon.",
            "2/ Terminal staff told us about 30,000 tonnes of wheat were stored there, most of "
            "it waiting for export by rail to Poland.",
            "3/ Firefighters said nobody was killed because the night shift had been moved to a "
            "shelter when the air-raid alert sounded. Two guards were treated for smoke.",
            "4/ The regional governor said repairs would take months. The terminal's owner says "
            "it will move exports to its smaller site at Dubno in the meantime.",
        ],
        [
            "@martakowal",
            "48.2K",
            "Views",
            "Discover more",
            "Replying to @martakowal",
            "Satellite images show damage near the loading ramp",
            "Relevant people",
            "Freelance reporter covering",
            "Trending in Ukraine",
            "Don't miss what's happening",
            "Log in",
        ],
    ),
    answer(
        "q10_substack_paid_cutoff.html",
        "The quiet end of the county bus",
        "Back Roads",
        "Eliza Thorne",
        "2026-11-10",
        "metadata",
        [
            "When the number 47 stopped running in March, the county's notice went up on a "
            "single bus shelter in Wexley and on a page of its website that, by its own "
            "figures, was opened eleven times that month.",
            "By the time the 52 and the 61 went in the summer, the parish council in Marston had "
            "started keeping its own list of what was left. It now has two buses a day to the "
            "market town, both before nine in the morning.",
            "I spent three weeks riding what remains of the network and talking to the people "
            "who still depend on it: a care worker who now cycles eleven miles to her first "
            "visit, a pensioner who has not been to a hospital appointment since June, and the "
            "drivers who",
        ],
        [
            "Three routes gone in a year",
            "Keep reading with a 7-day free trial",
            "Subscribe to Back Roads",
            "Start trial",
            "Already a paid subscriber?",
            "Substack is the home for great culture",
            "Collection notice",
        ],
        partial=True,
        url="https://backroads.substack.example/p/the-quiet-end-of-the-county-bus",
    ),
    answer(
        "q11_regional_teaser_cut.html",
        "Plans for 900 homes on Fenby farmland go to appeal",
        "Fenland Chronicle",
        "Owen Pritchard",
        "2026-11-18",
        "metadata",
        [
            "A developer has lodged an appeal against the council's refusal of 900 homes on "
            "farmland east of Fenby, setting up a public inquiry that could run into the "
            "summer.",
            "Harwell Land said the district council had ignored its own shortage of building "
            "land when councillors threw out the plans in July against the advice of their "
            "planning officers.",
            "The scheme would include a primary school, a doctors' surgery and 270 affordable "
            "homes, but villagers argued that the roads and drains around Fenby could not cope "
            "with",
        ],
        [
            "We use cookies",
            "Premium",
            "Chief Reporter",
            "This article is for subscribers",
            "£1 for your first month",
            "Already a subscriber?",
            "Most Read",
            "A47 closed overnight",
            "Eastern Counties Media Ltd",
        ],
        partial=True,
    ),
    answer(
        "q12_date_only_in_canonical.html",
        "Lighthouse keepers' cottages sold to community trust",
        "Islands Review",
        "Isobel Grant",
        "2026-10-29",
        "metadata",
        [
            "A community trust on Shetland has bought the four former lighthouse keepers' "
            "cottages at Eshaness after islanders raised £640,000 in eight months, beating a "
            "deadline set by the owners.",
            "The trust plans to let two of the cottages to young families at below-market rents "
            "and to turn the others into a base for the ranger service and a small museum about "
            "the keepers' lives.",
            "\"Houses like these usually become holiday lets, and that's the end of them as "
            'homes," said the trust\'s chair, Magnus Johnson. "This time the people who live '
            'here got there first."',
            "About a third of the money came from a national land fund, and the rest from 1,100 "
            "donors, some of them descendants of keepers who served at the light.",
        ],
        [
            "Islanders raised £640,000 in eight months to buy the row of cottages at Eshaness",
            "Topics",
            "Communities",
            "All rights reserved",
        ],
        url="https://www.islandsreview.example/uk-news/2026/oct/29/"
        "lighthouse-keepers-cottages-community-trust",
    ),
    answer(
        "q13_wire_correction_note_copy.txt",
        "Police chief in Velden suspended over missing evidence",
        "Alpine Press Agency",
        "Lukas Brenner",
        "2026-11-16",
        "text",
        [
            "VELDEN, Austria, Nov 16 (Alpine Press Agency) - The police chief of the Austrian "
            "town of Velden was suspended on Monday while prosecutors investigate how seized "
            "drugs and cash went missing from a station evidence room, the regional interior "
            "office said.",
            "The office said an audit in October had found that 3.2 kilograms of cannabis and "
            "about 18,000 euros recorded as seized in 2024 could not be found.",
            "The chief, who has led the force since 2019, denies wrongdoing, his lawyer said in "
            "a statement.",
            "Prosecutors in Klagenfurt said they were examining the station's records going "
            "back five years.",
            "Correction: An earlier version of this story said the missing cash totalled 80,000 "
            "euros. The correct figure is about 18,000 euros.",
            "Editor's note: This story has been updated to include the statement from the "
            "chief's lawyer.",
        ],
        [
            "Published 16 November 2026, 14:20 CET",
            "All rights reserved",
        ],
    ),
    answer(
        "q14_translated_copy.txt",
        "Kherson's river ferries carry 2,000 people a day despite shelling",
        "The Steppe Herald",
        "Vira Hnatiuk",
        "2026-11-10",
        "text",
        [
            "Every morning at seven, the small ferry Nadiya leaves the pier in Kherson for the "
            "villages on the islands of the Dnipro, carrying pensioners, teachers and boxes of "
            "bread.",
            "Since the bridges to the islands were destroyed, four ferries run by the city have "
            "become the only way across for about 2,000 people a day, according to the city's "
            "transport department.",
            'Captain Serhiy Lytvyn has worked the route for 22 years. "The river is the same, '
            'but now I listen for drones more than for the weather forecast," he said.',
            "The city says it plans to add a fifth boat in the spring if it can find a crew.",
        ],
        [
            # A translation note is furniture, at the foot as beside the byline (as dev2 e01's
            # "Translated by the Nordposten English desk" and test_page_shapes hold); the
            # first-run answer had kept it in the body.
            "This article was translated from Ukrainian by Daniel Frost",
            "English edition",
            "Share: Facebook",
            "Support independent journalism",
        ],
    ),
]


def main() -> None:
    write_answers(HERE, ANSWERS)


if __name__ == "__main__":
    main()
