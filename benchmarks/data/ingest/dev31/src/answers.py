"""dev31's answers, written before the engine ran on the files; writes ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev31/src/answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))

from _answers_common import answer, write_answers  # noqa: E402

ANSWERS = [
    answer(
        "o01_amp_cache_page.html",
        "Winter ferry timetable cut to four sailings a day as crew shortage bites",
        "Westray Mercury",
        "Morag Linklater",
        "2026-11-18",
        "metadata",
        [
            "Islanders on Westray will have four ferry sailings a day instead of six from next "
            "month after the operator said it could not find enough crew to run the full winter "
            "timetable.",
            "The council-owned operator said two deckhands and an engineer had left since the "
            "summer and that agency staff had not been found to cover the posts.",
            "The first morning sailing from Rapness will leave at 7.20am rather than 6.50am, "
            "which parents say will make it harder for pupils to reach the secondary school in "
            "Kirkwall on time.",
            '"We were told in October that the timetable was safe," said Isla Rendall, who '
            "chairs the community council. \"Now we have three weeks' notice of the biggest cut "
            'in a decade."',
            "The operator said the cut would be reviewed in February and that extra sailings "
            "would be added for medical appointments on request.",
        ],
        [
            "Family Notices",
            "The MV Papay Lass at Rapness pier",
            "Advertisement",
            "Key facts",
            "Three crew posts unfilled since summer",
            "Share this article",
            "More from the Mercury",
            "Pier repairs delayed until spring",
            "View non-AMP version",
            "All rights reserved",
            "gtag_id",
            "amp-start",
        ],
    ),
    answer(
        "o02_jsonld_only_shell.html",
        "Bus depot to close with loss of 62 jobs",
        "Kessock Valley Post",
        "Gareth Pryce",
        "2026-11-16",
        "metadata",
        [
            "The bus depot in Kessock Bridge will close in March with the loss of 62 jobs, its "
            "operator told staff on Monday.",
            "Routes now run from the depot will be moved to the company's garage in Ardnagrask, "
            "14 miles away, which it says has room for the extra 30 buses.",
            "The operator said passenger numbers on its valley routes had fallen by a fifth "
            "since 2019 and that the depot needed repairs it could not justify.",
            '"This is a hard day for people who have given us decades of service," said its '
            'regional director, Fiona Baird. "We will offer every driver a post at Ardnagrask."',
            "The drivers' union said it would ballot members on industrial action and asked the "
            "council to look at whether the site could be kept for a community transport "
            "scheme.",
        ],
        [
            "You need to enable JavaScript to run this app.",
            "The operator says falling passenger numbers leave it no choice.",
        ],
        url="https://kessockvalleypost.com/local/2026/11/16/bus-depot-closure",
    ),
    answer(
        "o03_google_cache.html",
        "Lifeboat station appeal passes £400,000 a year early",
        "Carrickshore Herald",
        "Aileen McCreadie",
        "2026-11-23",
        "text",
        [
            "An appeal to rebuild the lifeboat station at Carrickshore has passed its £400,000 "
            "target a year ahead of schedule, its organisers said.",
            "The station's boathouse, built in 1911, has been too small for the current "
            "all-weather boat since 2019, forcing the crew to keep it on a mooring in the "
            "harbour.",
            "More than 3,000 people gave to the appeal, and a single anonymous gift of £90,000 "
            "arrived in October, said the station's fundraising chair, Douglas Kerr.",
            '"People here know what the crew does because most of them know someone the crew '
            'has brought home," he said.',
            "Building work is expected to begin in April once the harbour trust approves the "
            "final design.",
        ],
        [
            "This is Google's cache of",
            "It is a snapshot of the page as it appeared on",
            "current page",
            "Text-only version",
            "Tip: To quickly find your search term",
            "Girvan 7°C",
            "Crew rescue two anglers off Ailsa Craig",
            "Registered in Scotland",
        ],
        url="https://www.carrickshoreherald.co.uk/news/lifeboat-station-appeal",
    ),
    answer(
        "o04_wayback_snapshot.html",
        "Mill site homes approved despite flood warning",
        "Thornbury Ledger",
        "Joanna Blewitt",
        "2026-11-13",
        "metadata",
        [
            "Plans for 140 homes on the site of the old Cotswold Mill have been approved by "
            "councillors, despite a warning from the Environment Agency that part of the site "
            "lies in a flood zone.",
            "The planning committee voted seven to four in favour after the developer agreed to "
            "raise the ground floors of 38 homes nearest the river by 60cm.",
            "The agency had objected that the scheme's drainage plans relied on a culvert that "
            "flooded twice in 2024.",
            'Councillor Martin Hale, who voted against, said: "We are being asked to trust a '
            'culvert that has already failed us."',
            "The developer said the first homes could be ready in 2028 and that 35 of them would "
            "be offered at affordable rents.",
        ],
        [
            "Donate today",
            "Wayback Machine",
            "4 captures",
            "14 Nov 2026 - 24 Nov 2026",
            "11 days ago",
            "Most popular",
            "Ledger Awards 2026",
            "FILE ARCHIVED ON",
            "Log in",
        ],
        url="https://www.thornburyledger.com/news/2026/11/mill-site-homes",
    ),
    answer(
        "o05_print_view.html",
        "Care home fees to rise by 9% as council passes on wage costs",
        "Ribblesdale Gazette",
        "Harriet Sowerby",
        "2026-11-20",
        "text",
        [
            "Families paying for a place in one of the council's six care homes will see fees "
            "rise by 9% from April, the council's cabinet agreed on Thursday.",
            "The weekly charge for a residential place will go up from £1,040 to £1,134, and for "
            "a nursing place from £1,310 to £1,428.",
            "The council said higher national minimum wage rates and employers' national "
            "insurance would add £2.1m to the homes' costs next year.",
            '"No one wants to ask families to pay more, but the alternative is to cut staff, and '
            'we will not do that," said the cabinet member for adult care, Councillor Priya '
            "Shah.",
            "Residents whose savings fall below the national threshold will continue to have "
            "their fees paid by the council.",
        ],
        [
            "Print this page",
            "Close window",
            "Health Reporter",
            "Last updated",
            "Printed from",
            "All rights reserved",
        ],
        url="https://www.ribblesdalegazette.co.uk/news/care-home-fees-rise-9-per-cent",
    ),
    answer(
        "o06_infinite_scroll_two_stories.html",
        "Fire crews tackle blaze at recycling plant",
        "Medway Messenger Online",
        "Callum Ashby",
        "2026-11-21",
        "metadata",
        [
            "Eight fire engines were sent to a recycling plant in Strood on Saturday evening "
            "after a fire broke out in a store of baled cardboard.",
            "Kent Fire and Rescue Service said about 200 tonnes of material was alight and asked "
            "people living nearby to keep windows and doors closed because of the smoke.",
            "No one was hurt, and staff had left the site for the day when the fire was reported "
            "shortly after 6pm.",
            "Crews expected to remain at the site through the night while the bales were pulled "
            "apart and damped down.",
        ],
        [
            "Topics:",
            "Up next",
            "Rochester bridge to close for resurfacing",
            "Leanne Dorsett",
            "The old Rochester bridge will close to traffic",
            "Buses will be diverted over the new bridge",
            "was now cracking under heavier traffic",
            "Loading next story",
        ],
    ),
    answer(
        "o07_logo_alt_only.html",
        "Distillery plan for former creamery wins backing",
        "The Glenmoriston Advertiser",
        "Ewan Fraser",
        "2026-11-24",
        "text",
        [
            "Plans to turn the former creamery at Invermoriston into a whisky distillery and "
            "visitor centre have been backed by Highland Council planners.",
            "The building, which closed in 1987, has stood empty for almost four decades and was "
            "added to the buildings at risk register in 2015.",
            "The company behind the plan, Glen Doe Spirits, says the distillery would employ 18 "
            "people and draw 25,000 visitors a year.",
            "Some residents have raised concerns about lorries on the single-track road to the "
            "site, and planners have asked for passing places to be built before the distillery "
            "opens.",
            "The plan will go before the south planning committee on 8 December.",
        ],
        [
            "Wednesday 25 November 2026",
            "Subscribe",
            "Announcements",
            "place your notice online",
            "Published by Highland Weekly Newspapers Ltd",
            "12 Station Road",
        ],
    ),
    answer(
        "o08_wire_updated_published.html",
        "Grain barges stranded as Missouri River drops to record low",
        "Continental Wire",
        "Kasia Nowak and Dev Patel",
        "2026-11-23",
        "text",
        [
            "BOONVILLE, Mo. (CW) — More than 60 barges loaded with corn and soybeans were stuck "
            "on the Missouri River on Monday after the water fell to its lowest level since "
            "records began, shippers said.",
            "The U.S. Army Corps of Engineers said releases from upstream reservoirs had been "
            "cut to save water after a third dry summer, leaving some stretches too shallow for "
            "loaded barges.",
            "Farmers in Missouri and Kansas said the delays were pushing up the cost of moving "
            "grain by truck and rail just as the harvest reached its peak.",
            '"We have grain in the bins and nowhere to send it," said Ray Hollister, who farms '
            "2,400 acres near Glasgow, Missouri.",
            "The Corps said it expected to raise releases slightly in early December but warned "
            "that the river could stay low into the spring.",
        ],
        [
            "Updated 7:48 PM EST",
            "Published 10:05 AM EST",
            "Copy Link",
            "ADVERTISEMENT",
            "Recommended",
            "Drought map shows worst conditions",
            "All Rights Reserved",
            "Newsletters",
        ],
    ),
    answer(
        "o09_cp1252_no_charset.html",
        "Café owner’s £12,000 bill for pavement tables",
        "Bexhill Observer & Times",
        "Renée Dubois",
        "2026-11-19",
        "text",
        [
            "A café owner in Bexhill says she has been told to pay £12,000 for a licence to put "
            "four tables on the pavement outside her shop – more than she takes in a good month.",
            "Zoë Ferrand, who runs Café Fleur on Devonshire Road, said the council’s new fees "
            "were “designed for chain restaurants, not a one-woman business”.",
            "The council said the charge covered the cost of inspections and that it had been "
            "set after consultation with traders’ groups last spring.",
            "Mrs Ferrand said she would take the tables in rather than pay, and that two "
            "neighbouring businesses had already done the same.",
        ],
        [
            "Friday, 20 November 2026",
            "What’s on",
            "Click here for our privacy policy",
        ],
    ),
    answer(
        "o10_newsletter_email.html",
        "Council finds £3m to keep the lido open",
        "The Tidewater Briefing",
        "Ellis Harper",
        "2026-11-20",
        "text",
        [
            "The open-air lido on Marine Parade will stay open for at least five more years "
            "after the council agreed on Wednesday to spend £3m on repairs to its pool tank and "
            "plant room.",
            "The pool was closed for most of the summer after a leak was found under the deep "
            "end, and a report in September warned that it might not reopen at all.",
            "Councillors voted unanimously for the repairs after more than 6,000 people signed a "
            "petition, the largest the council has received.",
            '"The lido is the one place in town where everybody ends up sooner or later," said '
            'Maggie Tolland of the Friends of the Lido. "Today the council listened."',
            "Work will start in January, and the pool is due to reopen next May with the same "
            "opening hours as before.",
        ],
        [
            "Plus: the lido's new opening hours",
            "View this email in your browser",
            "Issue 212",
            "Good morning, and welcome",
            "SPONSORED BY HARBOUR KITCHENS",
            "Fitted kitchens made in Tidewater",
            "In other news",
            "The pier is shut again",
            "That's all for this week",
            "Forward to a friend",
            "Unsubscribe",
            "Our mailing address is",
        ],
    ),
    answer(
        "o11_ap_writers_copy.txt",
        "Drought forces Colorado town to truck in drinking water",
        "Associated Press",
        "Marta Solis and Grant Okafor",
        "2026-11-19",
        "text",
        [
            "MARLOW SPRINGS, Colo. (AP) — A small town in southern Colorado began trucking in "
            "drinking water on Wednesday after the creek that feeds its reservoir ran dry for "
            "the first time in living memory.",
            "Marlow Springs, population 1,900, will receive three tanker loads a day from a city "
            "40 miles away while engineers look for a new well site, Mayor Denise Archuleta "
            "said.",
            "Residents have been asked to limit use to 50 gallons a person a day, and the town's "
            "only car wash has closed until further notice.",
            '"We\'ve had dry years before, but the creek always ran," said Archuleta, whose '
            'family has lived in the valley for five generations. "This is new."',
            "State officials said at least a dozen other small water systems in the region were "
            "watching their supplies closely and could face the same choice by spring.",
        ],
        [
            "Associated Press Writers",
            "Published 9:14 AM MST",
            "may not be published, broadcast, rewritten or redistributed",
        ],
    ),
    answer(
        "o12_story_with_comments.html",
        "Allotment society wins fight over water charges",
        "Hebden Valley Voice",
        "Tom Beresford",
        "2026-11-21",
        "metadata",
        [
            "Plot holders at the Birchcliffe allotments will not have to pay a new standing "
            "charge for their water supply after the town council backed down this week.",
            "The council had proposed charging each of the site's 48 plots £35 a year from "
            "April to cover the cost of a new meter and pipework.",
            "The allotment society said the charge would have doubled the rent for many "
            "members, some of whom are pensioners who have worked their plots for decades.",
            "After a meeting with the society on Tuesday, the council agreed to pay for the "
            "meter from its maintenance budget and to review water use in a year.",
            '"We grow food here, not lawns," said the society\'s secretary, Brenda Utley. "We '
            'were always happy to pay for what we use."',
        ],
        [
            "Community news for the upper Calder valley",
            "Posted in",
            "Tagged",
            "Previous post",
            "3 thoughts on",
            "Geoff Holroyd",
            "Common sense wins for once",
            "Same story with the car park last year",
            "Is there a waiting list for plots",
            "Leave a Reply",
            "Your email address will not be published",
            "Proudly powered by WordPress",
        ],
    ),
    answer(
        "o13_daily_news_copy.txt",
        "Library extension plans go on show at Carrick Street",
        "Daily News",
        "Sunita Rao",
        "2026-11-19",
        "text",
        [
            "Plans for a two-storey extension to the Carrick Street library went on show on "
            "Wednesday, with a cafe, a children's floor and a study room open until midnight "
            "during exam seasons.",
            "The city council says the £6.8m scheme would double the library's floor space and "
            "let it take in the local history collection now kept in a warehouse on the ring "
            "road.",
            "Residents have until 18 December to comment on the designs, which will be on "
            "display in the library's foyer and online.",
            "The library's manager, Owen Brightwell, said visits had risen by a third since it "
            'began opening on Sundays in 2024. "We have simply run out of room," he said.',
            "If the plans are approved in the spring, building work would start in 2027 and the "
            "library would stay open throughout, the council said.",
        ],
        [
            "Read more from the Daily News",
            "All rights reserved",
        ],
    ),
    answer(
        "o14_section_label_copy.txt",
        "Quarry blasting hours cut after complaints from Ashcombe residents",
        "The Wexcombe Echo",
        "Declan Furlong",
        "2026-11-23",
        "text",
        [
            "Blasting at the Ashcombe quarry will be limited to two hours a day from January "
            "after residents complained that the explosions were cracking plaster in their "
            "homes.",
            "The quarry's operator agreed to the new limit at a meeting with the district "
            "council and the parish on Friday, and will also give a day's notice of each blast "
            "by text message.",
            "More than 70 households signed a letter to the council in October, and a survey "
            "commissioned by the parish found hairline cracks in 14 homes on Quarry Lane.",
            "The operator said its own monitoring showed vibration well within legal limits but "
            'that it wanted to be "a good neighbour".',
        ],
        [
            "LOCAL NEWS",
            "Share this story",
            "© 2026",
        ],
    ),
]


def main() -> None:
    write_answers(HERE, ANSWERS)


if __name__ == "__main__":
    main()
