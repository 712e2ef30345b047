"""dev37's answers, written before the engine ran on the files; writes ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev37/src/answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))

from _answers_common import answer, write_answers  # noqa: E402

#: Shapes the other sets have least of, and round 53's known misses. An agency after the
#: writer's name in a byline ("By Ann Lee, Associated Wire") is the writer's employer: the
#: outlet the copy names (a masthead, "Published by", a copyright line, an outline's bold
#: outlet line, a logo's alt text) is the source; only the agency's own site has the agency.
#: A headline opening "Live:" in ordinary case keeps it. A dateline with a full date dates
#: the story (text) when nothing better does. A live blog's clock stamps alone in their
#: paragraphs above each entry are part of the body (dev d07's convention, as the brief of
#: round 53 states it). A timeline box and a "Key facts" list set above the lead are
#: summary boxes (furniture), and their dates never date the story. A page translated by
#: the browser is the page as shown (its translation tooltip is furniture).
ANSWERS = [
    answer(
        "v01_text_masthead_agency_byline.txt",
        "Flood barrier at Corley Weir fails to close on first high tide",
        "The Corley Standard",
        "Ann Lee",
        "2027-03-09",
        "text",
        [
            "A new flood barrier at Corley Weir failed to close fully during Monday's high "
            "tide, leaving a gap of about a metre at its northern end, the Environment Agency "
            "said.",
            "Water came within 20 centimetres of the top of the bank on Riverside Walk before "
            "the tide turned, residents said. No homes were flooded.",
            "The 6.4 million-pound barrier was finished in January and was meant to protect "
            "310 homes and 45 businesses in the lower town.",
            "An agency spokesman said a sensor on one of the three gates had given a false "
            "reading, and engineers from the makers had been called in. The barrier will be "
            "tested again before the next spring tide on 22 March.",
            '"We were told this would stop the river coming in. On its first real test it '
            "didn't,\" said Maureen Pell, who chairs the Riverside residents' group.",
        ],
        [
            "Your town, your news",
            "News | Environment",
            "By Ann Lee",
            "Share this story",
            "Most read",
            "Corley market to move",
            "All rights reserved",
        ],
    ),
    answer(
        "v02_text_published_by_agency_byline.txt",
        "Bus depot in Hallam Vale to close with loss of 60 jobs",
        "Hallam Vale Echo",
        "Rosa Imbert",
        "2027-03-11",
        "text",
        [
            "A bus company will close its depot in Hallam Vale in June, moving its 38 buses to "
            "a site 14 miles away and putting 60 jobs at risk, the company said on Thursday.",
            "Valley Motor Services said the depot on Canal Road needed repairs that would cost "
            "more than 2 million pounds, and that its lease ended this summer.",
            "Drivers will be offered jobs at the company's Brantley garage, but the union said "
            "many could not make the journey for early shifts. About 20 mechanics and cleaners "
            "will lose their jobs.",
            "The council said it would ask the company to keep at least the town's two school "
            "routes running from a local yard.",
        ],
        [
            "Meridian Press Association",
            "Published by",
            "More on this story",
            "Council to review bus subsidies",
            "Tags: Transport",
        ],
    ),
    answer(
        "v03_regional_cms_copyright_agency_byline.html",
        "Quarry blast rattles homes in Penhallow",
        "Penhallow and Carnwith Gazette",
        "Kit Marrow",
        "2027-03-12",
        "text",
        [
            "A blast at Carnwith Hill quarry shook houses more than a mile away on Thursday, "
            "and residents of Penhallow say it was the strongest they have felt in 20 years.",
            "Several people said pictures fell from walls and one family found a crack in a "
            "kitchen ceiling. The parish council has received 37 complaints.",
            "The quarry's operator, Carnwith Stone, said the blast had been within its "
            "permitted limits and that its monitors at the village school recorded vibration "
            "of 9 millimetres a second, below the limit of 12.",
            "The county council, which licenses the site, said its officers would visit next "
            "week and look at the quarry's records.",
        ],
        [
            "Western Counties Agency",
            "Comments (14)",
            "READ MORE:",
            "Quarry expansion plans go to inquiry",
            "Picture:",
            "Man charged after crash",
            "Unit 4, Harbour Yard",
            "Sunday, 14 March 2027",
        ],
    ),
    answer(
        "v04_agency_own_site.html",
        "Port workers at Velsund vote for two-day stoppage",
        "Northern Press Agency",
        "Kofi Mensah",
        "2027-03-16",
        "metadata",
        [
            "VELSUND, March 16 (NPA) - Dock workers at the port of Velsund have voted for a "
            "48-hour stoppage next week in a dispute over night-shift pay, their union said on "
            "Tuesday.",
            "Of the 1,140 members who voted, 86 percent backed the action, the Harbour Workers' "
            "Union said. The stoppage is due to start at 06:00 on March 24.",
            "The port handles about a fifth of the country's container traffic. Its operator, "
            "Velsund Port Authority, said it would keep talking to the union and hoped the "
            "stoppage could be avoided.",
        ],
        [
            "(Reporting by Kofi Mensah; Editing by Greta Holm)",
            "Trust Principles",
            "Licence this content",
            "Media clients can buy",
            "For media clients",
        ],
    ),
    answer(
        "v05_broadcaster_live_page.html",
        "Live: Storm Edna - gales and power cuts on the Brannock coast",
        "Tidewater Broadcasting",
        "Owen Pask and Leila Haddad",
        "2027-03-14",
        "metadata",
        [
            "Two rescued from yacht off Brannock Point",
            "15:48 GMT",
            "The coastguard says two people were rescued from a yacht that lost its mast off "
            "Brannock Point this afternoon. Both are said to be cold but unhurt.",
            "Highest gust since 2014",
            "14:02 GMT",
            "Gusts of 82 mph have been recorded at Carn Head, the highest in the region since "
            "2014, forecasters say.",
            "The road over the Carn causeway has been closed to high-sided vehicles.",
            "Power cuts",
            "12:30 GMT",
            "About 9,000 homes are without power across the county, the electricity network "
            "says. It expects to reconnect most of them by tonight.",
            "Good morning",
            "07:05 GMT",
            "Storm Edna is moving in from the Atlantic, and an amber wind warning covers the "
            "whole coast until 21:00 tonight.",
        ],
        [
            "Reporting by",
            "Watch: Tidewater News at One",
            "Listen to Tidewater Radio live",
            "Gusts of 82 mph recorded at Carn Head",
            "Amber wind warning until 21:00",
            "Copy link",
            "Show more updates",
            "not responsible for the content of external sites",
        ],
    ),
    answer(
        "v06_pdf_to_text_copy.txt",
        "Library opening hours cut as council seeks savings",
        "The Keston Gazette",
        "Harriet Vane",
        "2027-03-18",
        "text",
        [
            "Keston's central library will close on Mondays and open later on three other days "
            "from April, under plans to save 210,000 pounds a year agreed by the council's "
            "cabinet.",
            "The library will open for 38 hours a week instead of 52. The four branch libraries "
            "at Holme, Ridgeway, Fenby and Stoke Parva keep their hours for now, but will be "
            "reviewed in the autumn.",
            "Councillor Amrit Sandhu, the cabinet member for culture, said the council had to "
            "find 4.2 million pounds of savings this year and that the library had been among "
            "the least busy services on Monday mornings.",
            "Friends of Keston Library, which collected 1,900 signatures against the cuts, said "
            "volunteers had offered to staff the building on Mondays. The council said it "
            "would look at the offer.",
            "The changes start on 5 April.",
        ],
        ["THE KESTON GAZETTE", "Page 3", "Page 4", "By Harriet Vane"],
    ),
    answer(
        "v07_browser_translated_page.html",
        "Almendral closes its municipal swimming pool for repairs before the summer",
        "Diario del Campo",
        "Lucía Ferrer",
        "2027-03-05",
        "metadata",
        [
            "The town council of Almendral will close the municipal swimming pool on Monday for "
            "repairs that will last about ten weeks, the mayor announced on Thursday.",
            "The works, budgeted at 185,000 euros, will replace the pipes of the large pool and "
            "repair the changing rooms, which have been damaged by damp since a leak last "
            "autumn.",
            "The mayor, Ana Robles, said the pool would open again on 15 June, in time for the "
            "summer season, and that the council would organise buses to the pool in "
            "Villanueva for the swimming clubs.",
            "Some 2,300 residents have a season ticket for the pool.",
        ],
        [
            "Original text",
            "Contribute a better translation",
            "Read also:",
            "The covered pool project goes to tender",
            "All rights reserved",
        ],
    ),
    answer(
        "v08_story_timeline_box.html",
        "Ferrybridge hospital ward reopens after two-year closure",
        "Wyeland Post",
        "Nia Pryce",
        "2027-03-19",
        "text",
        [
            "A children's ward at Ferrybridge General Hospital reopened on Thursday, two years "
            "after it was shut when cracks were found in the concrete of its roof.",
            "The 18-bed ward has been rebuilt at a cost of 9.5 million pounds. During the "
            "closure, children from the town were treated 30 miles away at Abermere.",
            "Parents who campaigned for the ward's return said the long drives to Abermere had "
            'been hard on families without cars. "Some nights there was no way to get there," '
            "said Carys Vaughan, whose son spent a week there last year.",
            "The health board said it had checked the roofs of its other buildings and found "
            "the same concrete in two store rooms, which have been closed.",
        ],
        [
            "Timeline: the Ferrybridge ward",
            "Cracks found in the roof",
            "Health board decides to rebuild rather than repair",
            "Building work begins",
            "Ward reopens",
            "Share on Facebook",
            "GP surgery to merge with neighbour",
            "Health Reporter",
        ],
    ),
    answer(
        "v09_key_facts_dates_copy.txt",
        "Reservoir at Lynwater to be drained for dam repairs",
        None,
        "Callum Reid",
        "2027-03-22",
        "text",
        [
            "The reservoir at Lynwater will be drained over the next two months so that "
            "engineers can repair the dam's stone face, the water company said on Monday.",
            "An inspection in October found that water was seeping through the face in three "
            "places. The company said there was no danger to homes below the dam but that the "
            "repairs could not wait.",
            "Fish from the reservoir will be moved to a lake at Hartside, and the footpath along "
            "the western shore will be closed while the work goes on.",
            "Homes supplied from Lynwater will get their water from the Brackmoor reservoir "
            "until the work is done, the company said.",
        ],
        [
            "Key facts",
            "Built: 1911",
            "Last inspected: 14 October 2026",
            "Capacity: 1.2 billion litres",
            "Work due to finish",
            "Related topics",
        ],
    ),
    answer(
        "v10_copy_dateline_full_date_copyright.txt",
        "Police say hay barn fire near Ashby was started deliberately",
        "The Wensley Dale Times",
        "Ann Lee",
        "2027-03-03",
        "text",
        [
            "ASHBY, March 3, 2027 - Police said on Wednesday that a fire which destroyed a hay "
            "barn at a farm near Ashby on Sunday night was started deliberately.",
            "About 300 bales of hay and a tractor were lost in the fire at Low Fold Farm, on "
            "the road to Kirkby Moor. Nobody was hurt.",
            "Officers have asked anyone who saw a car on the farm track between 10pm and "
            "midnight to contact them.",
            "It is the third fire at a farm in the district since December.",
        ],
        ["By Ann Lee", "Copyright 2027", "All rights reserved"],
    ),
    answer(
        "v11_dateline_date_only_page.html",
        "Rail fares to rise by 3.9 percent from May",
        "The Ormsby Courier",
        None,
        "2027-03-03",
        "text",
        [
            "LONDON, 3 March 2027 (Associated Wire) - Rail fares in England will rise by 3.9 "
            "percent on average from May 1, the transport department said on Wednesday, the "
            "smallest rise for four years.",
            "Season tickets for commuters will rise by the same amount. Passenger groups said "
            "the rise was still above the growth in wages for many workers.",
            "The department said the money would help pay for new trains on three regional lines.",
        ],
        [
            "Staff and agencies",
            "More stories",
            "Ormsby station car park to close for a month",
            "Registered office",
        ],
    ),
    answer(
        "v12_md_clip_outlet_line_agency_byline.md",
        "Harbour wall repairs to start at Polwenna",
        "Keston Post",
        "Jo Marsh",
        "2027-03-23",
        "text",
        [
            "Repairs to the storm-damaged harbour wall at Polwenna will start next month and "
            "are expected to take until the end of August, the harbour trust said.",
            "A 40-metre stretch of the outer wall was breached during storms in January, and "
            "boats have had to moor inside the inner basin since then.",
            "The work will cost 1.7 million pounds, of which 1.2 million will come from a "
            "government coastal fund. The trust will borrow the rest.",
            "Fishermen said they were relieved the work was going ahead before the autumn gales.",
        ],
        ["Associated Wire", "Clipped 24 March 2027", "#clippings"],
    ),
    answer(
        "v13_live_copy_gmt_stamp_lines.txt",
        "Live: Storm Edna brings gales to the Brannock coast",
        "Tidewater Radio News",
        "Owen Pask and Leila Haddad",
        "2027-03-14",
        "text",
        [
            "15:48 GMT",
            "The coastguard says two people were rescued from a yacht that lost its mast off "
            "Brannock Point this afternoon. Both are said to be cold but unhurt.",
            "14:02 GMT",
            "Gusts of 82 mph have been recorded at Carn Head, the highest in the region since "
            "2014, forecasters say.",
            "12:30 GMT",
            "About 9,000 homes are without power across the county, the electricity network "
            "says. It expects to reconnect most of them by tonight.",
            "11:05 GMT",
            "Good morning. Storm Edna is moving in from the Atlantic, and an amber wind warning "
            "covers the whole coast until 21:00 tonight.",
        ],
        ["Tidewater Radio News", "By Owen Pask", "Published 14 March 2027", "Listen live"],
    ),
]


def main() -> None:
    write_answers(HERE, ANSWERS)


if __name__ == "__main__":
    main()
