"""dev38's answers, written before the engine ran on the files; writes ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev38/src/answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))

from _answers_common import answer, write_answers  # noqa: E402

#: Where the body starts and ends, in shapes the other sets have few of. The conventions of
#: ingest_eval's docstring hold: a standfirst on a web page (the line between the headline
#: and the byline, whatever its markup) is furniture, while a text copy keeps the line under
#: its byline (dev d12); captions, photo credits, "Read more:" teasers, pull quotes (once),
#: fact boxes (a court report's "The charges"), a live page's scoreboard and line-ups, pages'
#: "Continue reading on page 2" and comments are furniture; an editor's note opening the story
#: stays (dev27 b09, with or without its label); "Additional reporting by ..." and "Editing
#: by ..." at the foot are the agency's credits (furniture, dev18/dev32: the people they name
#: are no authors); a Q&A's speaker labels, a listicle's numbered subheads, a numbered list's
#: items and an obituary's closing life-span line ("born ...; died ...") are the story's; a
#: table is one line per row, cells joined with " | "; a live entry's label ("88 min:") stays
#: as printed; a text copy's hard-wrapped lines are one paragraph again. A yearless
#: day-first dateline ("LONDON, 3 March (Harbour Wire) -") follows dev23's weekday rule.
FERRY = [
    "The car ferry between Orwin and Skarra Island has been taken out of service after a "
    "crack was found in its hull during a routine inspection, the operator said on Tuesday.",
    "Northsound Ferries said the MV Skarra Lass would sail to a dry dock in Haldane on "
    "Thursday, and that repairs were expected to take at least three weeks.",
    "A passenger-only boat will run four return trips a day from Wednesday, but vehicles, "
    "livestock and fuel deliveries cannot be carried until the ferry returns.",
    "About 240 people live on Skarra. The island's shop said it had ordered extra stock by "
    "the last sailing on Monday evening.",
    '"We have been asking for a second vessel for ten years," said Ewan Tait, who chairs the '
    'island\'s community council. "Every time this boat breaks down, the island stops."',
    "The regional transport authority said it was looking for a landing craft that could "
    "carry fuel in the meantime.",
]
FIRE = [
    "This story has been updated to include a statement from the plant's operator and the "
    "number of people evacuated.",
    "OSTERVIK, April 2 - About 2,000 people were told to leave their homes early on Friday "
    "after a fire broke out at a chemical plant on the edge of Ostervik, the town's emergency "
    "services said.",
    "Thick black smoke could be seen for more than 20 kilometres. Firefighters said the blaze "
    "started in a storage hall holding solvents and was under control by mid-morning.",
    "Three workers were taken to hospital with breathing problems. None was seriously hurt, "
    "the regional hospital said.",
    "The plant's operator, Kemi Vest, said in a statement that all 140 staff on the night "
    "shift had been accounted for and that it would cooperate fully with investigators.",
    "Residents within two kilometres of the site were told to keep windows closed until air "
    "tests were complete. Schools in the evacuation zone will stay shut on Monday.",
]
COURT = [
    "A former treasurer of Wexley Rowing Club has admitted taking more than 84,000 pounds "
    "from its accounts over six years.",
    "Graham Tolley, 58, of Mill Lane, Wexley, pleaded guilty at Wexley Crown Court on "
    "Thursday to fraud by abuse of position and false accounting.",
    "The court heard that he moved money from the club's savings account into his own on 212 "
    "occasions, and covered the gaps with invented invoices for boat repairs.",
    "The losses came to light when a new treasurer could not match the accounts to the bank "
    "statements.",
    "Judge Helen Marsh adjourned sentencing until 23 April for reports and released Tolley on "
    "bail. She told him that all options, including prison, remained open.",
]
CHARGES_BOX = [
    "Fraud by abuse of position, between January 2019",
    "False accounting, two counts",
    "Maximum sentence: 10 years",
    "More from the courts",
    "Driver banned after crash",
]

ANSWERS = [
    answer(
        "x01_standfirst_same_markup.html",
        "Ferry link to Skarra Island suspended after hull crack found",
        "The Orwin Examiner",
        "Greta Lindholm",
        "2027-03-17",
        "metadata",
        FERRY,
        [
            "Islanders face weeks without a car ferry",
            "Share on Facebook",
            "Topics:",
            "Most read",
            "Harbour wall repairs to start",
            "All rights reserved",
        ],
    ),
    answer(
        "x02_captions_credits_mid.html",
        "Landslip closes coast road at Penmarrow for the summer",
        "West Kernow Chronicle",
        "Tamsin Rowe",
        "2027-03-22",
        "metadata",
        [
            "The coast road between Penmarrow and St Elwyn will stay shut until at least "
            "September after a landslip carried away part of the carriageway, the county "
            "council said.",
            "About 40 metres of the cliff below the road gave way after three weeks of heavy "
            'rain. Nobody was hurt, but a walker on the coast path said she had heard "a noise '
            'like thunder" just after dawn.',
            "Engineers who inspected the site on Monday said more of the slope was moving and "
            "that the road could not be reopened until it had been pinned and drained.",
            "The diversion adds 14 miles to the journey for the 600 or so vehicles a day that "
            "use the road, including the school bus from St Elwyn.",
            "Councillor Bryony Nance said the council would ask the government for emergency "
            "funding. The repair is expected to cost between 3 and 4 million pounds.",
            "Businesses in St Elwyn said the closure could not come at a worse time, with the "
            "holiday season weeks away.",
        ],
        [
            "The collapsed section of the B3391",
            "Photo: Jory Hocking",
            "Diversion signs at Penmarrow crossroads",
            "Picture: West Kernow Chronicle",
            "Related stories",
            "Coast path rerouted",
            "Quay Street, Penzance",
        ],
    ),
    answer(
        "x03_qa_interview_read_more.txt",
        "'We will run out of beds by June': Dunmore's new hospital chief on the winter that "
        "never ended",
        None,
        "Callum Rees",
        "2027-04-09",
        "text",
        [
            "Dr Ifeoma Nwosu took over as chief executive of Dunmore General Hospital in "
            "January, in the middle of its worst winter on record. We asked her what comes "
            "next.",
            "Q: You arrived when the hospital had declared a critical incident. What did you find?",
            "Ifeoma Nwosu: Corridors full of trolleys and staff who had not had a weekend off "
            "since November. On my first day there were 61 patients waiting for a bed in the "
            "emergency department.",
            "Q: Has it got better since?",
            "Ifeoma Nwosu: The numbers are down, but only a little. We still have about 90 "
            "patients a day who are well enough to go home and have nowhere to go.",
            "Q: What would change that?",
            "Ifeoma Nwosu: Care beds in the community, and people to staff them. We can open "
            "wards, but if nobody can leave the hospital we will run out of beds by June.",
            "Q: What do you say to staff thinking of leaving?",
            "Ifeoma Nwosu: That I know what we are asking of them. We are recruiting 120 "
            "nurses this year, and every one of them will have a mentor for their first six "
            "months.",
        ],
        [
            "Interview by",
            "Read more:",
            "care home beds cut by a third",
            "Share this article",
            "Comments are closed",
        ],
    ),
    answer(
        "x04_editors_note_top_reporting_foot.html",
        "Chemical plant fire at Ostervik forces 2,000 from homes",
        "Nordic Ledger",
        "Henrik Dahl and Sofia Berg",
        "2027-04-02",
        "metadata",
        FIRE,
        [
            "Additional reporting by",
            "Lars Nyqvist",
            "Editing by Anna Kerr",
            "Our Standards",
            "Updated 6 hours ago",
            "All rights reserved",
        ],
    ),
    answer(
        "x05_numbered_list_pull_quote.html",
        "Brackley Fen council sets out five-step plan for flood-hit villages",
        "Fenland Voice",
        "Nina Hartwell",
        "2027-03-30",
        "metadata",
        [
            "Brackley Fen District Council has set out how it will help the four villages "
            "flooded in February, after residents complained that they had been left to clear "
            "up on their own.",
            "The plan, agreed by the cabinet on Tuesday night, has five steps:",
            "A grant of up to 5,000 pounds for every flooded home, paid within 28 days of a claim.",
            "Free skips in each village until the end of May.",
            "A council tax holiday of three months for households forced to move out.",
            "New pumps at Holme Drain and Fen Lode by the autumn.",
            "A flood warden in every village, trained and paid by the council.",
            "Council leader Ray Osborne said the cost, about 1.8 million pounds, would come from "
            'reserves. "People felt they had been forgotten. This is us saying they have not '
            'been," he said.',
            "About 310 homes flooded in Holme, Ramsey End, Fen Lode and Little Brackley when "
            "the river overtopped its banks on 11 February.",
            "The opposition group said the grant was welcome but too late for families who had "
            "already paid for repairs themselves.",
        ],
        [
            "Local Democracy Reporter",
            "Get the Fenland Voice daily",
            "Sign up for our free morning newsletter",
            "East Anglia Local Media",
        ],
        once=["People felt they had been forgotten."],
    ),
    answer(
        "x06_listicle.html",
        "Six changes to Harrowgate's bin collections from April",
        "Harrowgate Herald",
        "Priya Soames",
        "2027-03-25",
        "metadata",
        [
            "Harrowgate Borough Council is changing how it collects rubbish from 1 April. Here "
            "is what households need to know.",
            "1. Black bins every three weeks",
            "General waste will be collected every three weeks instead of every two. The "
            "council says this will save 400,000 pounds a year.",
            "2. Food waste every week",
            "Every home will get a small green caddy for food waste, emptied each week on the "
            "same day as recycling.",
            "3. Glass goes in the blue box",
            "Glass bottles and jars can no longer go in the recycling bin and must be put out "
            "in the blue box.",
            "4. Garden waste costs more",
            "The yearly charge for the brown bin rises from 45 to 52 pounds.",
            "5. New collection days",
            "About one in three homes will have a new collection day. Letters are being sent "
            "out this week.",
            "6. Fines for side waste",
            "Bags left beside a full bin will not be taken, and repeat offenders could be "
            "fined up to 100 pounds.",
            "Residents can check their new collection day on the council's website or by "
            "calling 01423 500600.",
        ],
        [
            "We use cookies",
            "Accept all",
            "Explained",
            "Advertisement",
            "Read next",
            "Recycling centre opening hours cut",
        ],
    ),
    answer(
        "x07_obituary.html",
        "Margaret Ellery obituary",
        "The Calder Review",
        "Daniel Okoye",
        "2027-04-06",
        "metadata",
        [
            "Margaret Ellery, who has died aged 86, was the engineer behind the flood defences "
            "that have protected the towns of the upper Calder valley since the 1980s.",
            "Born in Hebden Wharf, the daughter of a mill mechanic and a schoolteacher, she "
            "studied civil engineering at Leeds, one of two women in her year. She joined the "
            "Yorkshire Water Authority in 1963 and stayed for 31 years.",
            "After the floods of 1982 she led the team that designed a chain of sluices, walls "
            "and storage basins along the river. They were finished in 1989 and held back "
            "every flood for nearly three decades.",
            "She was also a founder of the Northern Women Engineers' Network, which ran evening "
            "classes and mentoring for girls thinking of an engineering career, and she taught "
            "at the network's summer school until she was 80.",
            "She is survived by her husband, Peter, their two children, Ruth and Simon, and "
            "four grandchildren.",
            "Margaret Ann Ellery, engineer, born 14 July 1940; died 21 March 2027",
        ],
        [
            "Engineer who designed the Calder valley's flood defences and fought",
            "Margaret Ellery in 1988 at the Mytholm sluice",
            "Photograph: Calder Review archive",
            "Comments (3)",
            "hebdenlass",
            "A wonderful woman who taught me",
            "Her walls saved our street",
        ],
    ),
    answer(
        "x08_court_report_charges_box.html",
        "Former treasurer of Wexley rowing club admits taking 84,000 pounds",
        "Wexley Mercury",
        "Owen Parry",
        "2027-03-19",
        "metadata",
        COURT,
        ["The charges", *CHARGES_BOX, "Court Reporter"],
    ),
    answer(
        "x09_sports_live_page.html",
        "Kelso Rovers v Dunmore Athletic: cup semi-final - live",
        "Border Sport",
        "Jamie Strachan",
        "2027-04-10",
        "metadata",
        [
            "Full time: Kelso Rovers are through to the final of the Border Cup for the first "
            "time since 1994. Moffat's header two minutes from time settled a tight, scrappy "
            "semi-final in front of 4,120 at Victoria Park.",
            "88 min: GOAL! Kelso 2-1. A corner from the left, and Sandy Moffat rises above "
            "everyone to head in at the near post.",
            "61 min: GOAL! Dunmore level. Connor Aird runs on to a long ball and beats the "
            "keeper from 15 yards.",
            "Half time: Kelso 1-0 Dunmore. The home side have had the better of it, and "
            "Rennick's goal was deserved.",
            "34 min: GOAL! Kelso lead. Ross Rennick cuts in from the right and curls a shot "
            "into the far corner.",
            "Kick-off: We are under way at Victoria Park. Kelso are in blue, Dunmore in red "
            "and white.",
        ],
        [
            "Rennick 34, Moffat 88",
            "Line-ups",
            "Grant; Hume, Laidlaw",
            "Baird; Shaw, Murray",
            "Live coverage by",
            "Results",
        ],
    ),
    answer(
        "x10_table_in_story.html",
        "House prices fall in three of Tarrow's four districts",
        "Tarrow Business Post",
        "Hamish Crerar",
        "2027-03-28",
        "metadata",
        [
            "House prices fell in three of Tarrow's four districts in the year to February, "
            "figures from the land registry show, with only the city centre seeing a rise.",
            "The average price across the county was 231,400 pounds, down 2.1 per cent on a "
            "year earlier.",
            "District | Average price | Change on year",
            "Tarrow city | 258,900 | +1.4%",
            "North Tarrow | 214,300 | -3.2%",
            "Elmside | 226,800 | -2.7%",
            "Coastal | 219,500 | -4.0%",
            "Estate agents said higher mortgage rates had hit first-time buyers hardest, and "
            "that homes on the coast were taking twice as long to sell as a year ago.",
            '"Sellers who priced sensibly are still finding buyers," said Morven Gill of Gill '
            "and Lowe. \"The ones who are holding out for last year's price are sitting "
            'there."',
        ],
        ["Email Print", "2027 Tarrow Business Post"],
    ),
    answer(
        "x11_continued_page2.html",
        "How a sugar beet factory shaped a town, and what comes after it",
        "Lindmoor Weekly",
        "Clare Ashdown",
        "2027-03-12",
        "metadata",
        [
            "For 96 years the chimney of the Lindmoor sugar factory was the first thing anyone "
            "saw of the town. This month it came down, and with it went the last trace of the "
            "works that once employed one in five local men.",
            "The factory opened in 1928 and at its peak in the 1960s processed 4,000 tonnes of "
            "beet a day. Its closure in 2024 cost 230 jobs.",
            "Now a developer wants to build 900 homes on the site, and the town is divided "
            "over what it should become.",
        ],
        ["Page 1 of 2", "Continue reading on page 2"],
        partial=True,
    ),
    answer(
        "x12_comments_after_story.html",
        "Millbrook approves tax rise to fund new fire station",
        "The Millbrook Sentinel",
        "Dana Whitlock",
        "2027-03-16",
        "metadata",
        [
            "The Millbrook village board voted 5-2 on Tuesday to raise the property tax levy by "
            "4.5 percent to pay for a new fire station on Route 9.",
            "The station, estimated at $6.2 million, will replace the 1958 building on Main "
            "Street, which fire officials say is too small for modern engines.",
            "Trustee Alan Booth, who voted against, said residents on fixed incomes could not "
            "afford another increase. Mayor Rosa Delgado said the village had put off the "
            "decision for too long.",
            "Construction is expected to start next spring.",
        ],
        [
            "14 thoughts on this story",
            "Ken Mallory says",
            "About time. That old station floods",
            "Beth Arden says",
            "Another tax increase",
            "Leave a reply",
        ],
    ),
    answer(
        "x13_hardwrap_editors_note_reporting.txt",
        "Chemical plant fire at Ostervik forces 2,000 from homes",
        "Nordic Ledger",
        "Henrik Dahl and Sofia Berg",
        "2027-04-02",
        "text",
        FIRE,
        ["Additional reporting by", "Lars Nyqvist", "Editing by Anna Kerr", "All rights reserved"],
    ),
    answer(
        "x14_hardwrap_court_report_box.txt",
        "Former treasurer of Wexley rowing club admits taking 84,000 pounds",
        "Wexley Mercury",
        "Owen Parry",
        "2027-03-19",
        "text",
        COURT,
        ["THE CHARGES", *CHARGES_BOX, "Read more:", "new boathouse opens", "Court Reporter"],
    ),
    answer(
        "x15_motto_above_headline.txt",
        "Residents fight plan to close Brenford's last bank branch",
        "The Tamsin Valley Post",
        "Ruth Carrow",
        "2027-04-08",
        "text",
        [
            "More than 1,300 people have signed a petition against the closure of the last "
            "bank branch in Brenford, which its owner says will shut in July.",
            "Carling Bank said the number of customers using the branch on Market Street had "
            "fallen by two thirds since 2019, and that most now banked online.",
            "Traders say that older residents and small shops that handle cash will have to "
            "travel 11 miles to Tamsford to pay in their takings.",
            "The town council has asked the bank to keep a counter open two days a week and "
            "will raise the closure with the area's MP.",
        ],
        ["Independent news for the valley since 1884", "THE TAMSIN VALLEY POST", "(c) 2027"],
    ),
    answer(
        "x16_yearless_dateline_day_first.txt",
        "Rail strike halts trains across Southern region",
        "Harbour Wire",
        None,
        "2026-03-03",
        "text",
        [
            "LONDON, 3 March (Harbour Wire) - Train drivers in the Southern region walked out on "
            "Tuesday in a dispute over rest days, cancelling about 1,800 services and leaving "
            "commuters to crowd on to buses and replacement coaches.",
            "The drivers' union said 94 percent of its members at the operator had backed the "
            "strike, the third this year, and that a fourth was planned for later in the "
            "month.",
            "The operator said it had offered a new rota with more weekends off and accused "
            "the union of refusing to put it to a vote.",
            "A government spokesman urged both sides to return to talks.",
        ],
        ["Reporting by Ade Okafor", "Editing by Clare Hume"],
    ),
]

if __name__ == "__main__":
    write_answers(HERE, ANSWERS)
