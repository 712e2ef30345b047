"""dev36's answers, written before the engine ran on the files; writes ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev36/src/answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))

from _answers_common import answer, write_answers  # noqa: E402

#: Shapes the other sets have least of. An outlet's closing line about itself with no rule
#: above it (an e-mail's readership line and "Unsubscribe", an RTF export's italic "appears
#: monthly. Single copy 12 euros.", a Markdown note's italic "notes go to 380 families. Reply
#: to add your case.") is furniture. A clock alone in its own paragraph is a live entry's
#: stamp on a live page (first annotated as kept, then in round 52 as furniture when no
#: machine time goes with it, as dev7 j18's and u26's were; kept again since round 53, with
#: j18's and u26's, as dev d07's stamps are) and a timetable's line in a story (kept). A
#: weather widget, a press
#: release's "Notes to editors" and "About X" blocks (with their figures) are furniture; a
#: corrections box at the foot is content; a wire story re-run by a paper has the paper as
#: source and its "First published on" line for its date (text); a transcript keeps its
#: speakers' names as printed.
ANSWERS = [
    answer(
        "u01_newsletter_read_by_unsubscribe.eml",
        "Dredging of Porthallow channel starts next week",
        "Quayside Notes",
        "Tamsin Grey",
        "2027-05-10",
        "metadata",
        [
            "A dredger will start clearing the silted entrance channel at Porthallow next "
            "Monday, ending a year in which the largest fishing boats could leave harbour only "
            "at high tide.",
            "The harbour commissioners said the work would remove about 45,000 cubic metres of "
            "sand and mud and take six weeks, weather permitting.",
            "The channel was last dredged in 2019. Since then, skippers say, the depth at low "
            "water has fallen from 3.5 metres to less than two.",
            "The 380,000-pound cost is being shared between the commissioners and the county "
            "council, which approved its half in March.",
        ],
        ["By Tamsin Grey", "is read by 2,700 skippers", "Unsubscribe"],
    ),
    answer(
        "u02_rtf_appears_monthly_single_copy.rtf",
        "Cider makers count the cost of a frost in blossom week",
        "Orchard & Field",
        "Bruno Lacaze",
        "2027-03-04",
        "text",
        [
            "A single night of frost in the last week of April has cut the apple crop in the "
            "Pays d'Auge by about a third, the regional cider makers' union says.",
            "Temperatures fell to minus 3 degrees on the night of 26 April, just as most "
            "orchards were in full blossom. Growers who lit fires or ran sprinklers saved some "
            "of their trees, but many small farms had no protection at all.",
            "The union expects about 160,000 tonnes of cider apples this autumn, against "
            "240,000 tonnes in an average year, and warns that the price of a bottle of farm "
            "cider could rise by a fifth.",
            "Insurers have received more than 900 claims, the union says, most of them from "
            "farms of less than ten hectares.",
        ],
        ["By Bruno Lacaze", "appears monthly", "Single copy 12 euros"],
    ),
    answer(
        "u03_md_forum_notes_italic_signoff.md",
        "Carrick House lifts out of action for a third week",
        "Carrick Tenants' Forum",
        "Ruth Adebayo",
        "2027-05-12",
        "text",
        [
            "Both lifts at Carrick House have been out of action since 21 April, leaving "
            "residents of the 14-storey block to climb the stairs or stay at home.",
            "The housing association says a replacement motor for the first lift was ordered "
            "on 28 April and should arrive by the end of the month. The second lift needs a "
            "new control panel, for which it has no date.",
            "At least 23 households on the upper floors include someone who cannot manage the "
            "stairs, according to a count the forum made last weekend. Several have missed "
            "hospital appointments.",
            "The association has offered to move the worst affected residents to empty flats "
            "on the lower floors while the repairs go on, and says four families have "
            "accepted.",
        ],
        ["Wednesday 12 May 2027", "go to 380 families", "Reply to add your case"],
    ),
    answer(
        "u04_live_page_clock_paragraphs.html",
        "Storm Orla: power cuts and road closures across the north-west",
        "Lakeland Echo",
        "Hollie Marsh",
        "2027-01-18",
        "metadata",
        [
            # Round 53: the bare clocks over the entries are the entries' stamps and part of
            # the body as printed (dev d07's convention; round 52 had set them aside).
            "14:05",
            "Electricity North West says 11,400 homes are still without power, down from "
            "19,000 at midday. Engineers expect most of them to be reconnected by this "
            "evening.",
            "12:40",
            "The A591 between Ambleside and Grasmere has been closed in both directions after "
            "a tree came down across the road near Rydal. Police are asking drivers to use the "
            "A593 through Skelwith Bridge.",
            "11:15",
            "A gust of 94 mph has been recorded at Warcop, the strongest so far in the region, "
            "the Met Office says.",
            "Its amber warning for wind stays in force until 9pm.",
            "09:50",
            "All ferry sailings from Heysham to the Isle of Man have been cancelled for the "
            "rest of the day, the operator says.",
            "08:20",
            "Good morning and welcome to our coverage of Storm Orla, which brought winds of "
            "more than 80 mph to parts of Cumbria overnight.",
        ],
        [
            "LIVE",
            "Share this live page",
            "Load more updates",
            "morning newsletter",
        ],
    ),
    answer(
        "u05_timetable_clock_lines.html",
        "Extra early Sunday sailing for Innis Mor from May",
        "Harwick Post",
        "Ewan Hale",
        "2027-04-02",
        "metadata",
        [
            "Islanders on Innis Mor will get an extra early ferry on Sundays from May, after a "
            "campaign by residents who said the first boat of the day left too late for anyone "
            "working on the mainland.",
            "The operator, Western Isles Crossings, said on Friday that it would add a 07:40 "
            "departure from Harwick from 2 May, paid for by the county council for a trial of "
            "one year.",
            "The full Sunday timetable from Harwick will be:",
            "07:40",
            "09:30",
            "13:15",
            "17:50",
            "Return crossings leave Innis Mor 45 minutes after each departure from Harwick.",
            "The trial will cost about 58,000 pounds. The council said it would decide in the "
            "spring of next year whether to keep the sailing, depending on how many people use "
            "it.",
        ],
        ["Transport", "Topics:", "Most read", "fish market", "All rights reserved"],
    ),
    answer(
        "u06_local_news_weather_widget.html",
        "Bramley library to open on Sundays after volunteers step in",
        "Bramley Gazette",
        "Owen Pascoe",
        "2027-05-19",
        "metadata",
        [
            "Bramley library will open on Sunday afternoons from June for the first time in "
            "eleven years, after 30 volunteers offered to staff it.",
            "The county council cut Sunday opening at all but its four largest libraries in "
            "2016 to save money. Bramley's Friends of the Library group has been asking for it "
            "back since 2023.",
            "The library will open from 1pm to 4pm, with volunteers working in pairs alongside "
            "one paid member of staff. The council is paying for the extra staff hours, about "
            "7,800 pounds a year, from a fund for community projects.",
            '"Sunday is the day families have time to come in together," said Margaret Doyle, '
            'who chairs the Friends group. "We have had children asking us for years why it is '
            'always shut."',
            "The first Sunday opening will be on 6 June, with a story hour for under-fives at 2pm.",
        ],
        [
            "Sunny intervals",
            "Wind 12 mph",
            "Rain 10%",
            "Weather for Bramley",
            "clear spells",
            "chance of rain 30%",
            "Full 5-day forecast",
            "Bypass roadworks",
            "12 High Street",
        ],
    ),
    answer(
        "u07_press_release_notes_about_figures_copy.txt",
        "Kelderwick Water to replace 60 km of lead pipes by 2030",
        "Kelderwick Water",
        None,
        "2027-06-08",
        "text",
        [
            "Kelderwick Water will replace about 60 kilometres of lead supply pipes across the "
            "city by the end of 2030, in the largest programme of its kind in the company's "
            "history.",
            "The work will reach about 14,000 homes built before 1970, most of them in the "
            "Eastfield and Marsh Lane districts. Households will be told at least four weeks "
            "before work starts in their street.",
            "The company will spend 96 million pounds on the programme, which the industry "
            "regulator approved in April. Customers' bills will not rise to pay for it, the "
            "company said.",
            '"Lead pipes have no place in a modern water network," said Dr Helen Achterberg, '
            "the company's director of water quality. \"We want every home in Kelderwick to "
            'have a lead-free supply by the end of the decade."',
            "Homeowners who replace the private section of their pipe, from the boundary of "
            "their property to the tap, can claim a grant of up to 1,500 pounds.",
        ],
        [
            "Press release",
            "Published 8 June 2027",
            "ENDS",
            "Notes to editors",
            "Around 8% of homes",
            "112 of 3,400 taps",
            "About Kelderwick Water",
            "1.1 million people",
            "1,350 staff",
            "Media contact",
        ],
    ),
    answer(
        "u08_regional_corrections_box.html",
        "Care home fined after resident's fall",
        "Northern Dales Chronicle",
        "Callum Reid",
        "2027-02-23",
        "metadata",
        [
            "The owner of a care home in Leyburn has been fined 180,000 pounds after an "
            "84-year-old resident fell from an upstairs window that should have been fitted "
            "with a restrictor.",
            "Teesdale Care Ltd admitted breaching health and safety law when it appeared at "
            "Northallerton Magistrates' Court on Monday.",
            "The court heard that the resident, who had dementia, climbed through a first-floor "
            "window at Swale View care home in August 2025 and fell about four metres onto a "
            "path. She broke her hip and died in hospital three weeks later.",
            "An inspection after the fall found that 11 of the home's 38 upstairs windows had "
            "no restrictor or one that was broken.",
            "The company was also ordered to pay costs of 9,400 pounds. In a statement it said "
            "it had fitted new restrictors to every window and apologised to the woman's "
            "family.",
            "An earlier version of this article said the resident was 86. She was 84. The "
            "article was corrected on 25 February 2027.",
        ],
        ["Courts Reporter", "Share on Facebook", "More from Courts", "Farmer banned", "04411221"],
    ),
    answer(
        "u09_wire_rerun_updated_first_published.html",
        "Drought forces Panama Canal to cut daily crossings again",
        "The Ridgefield Courier",
        "Marisol Quintero",
        "2027-06-14",
        "text",
        [
            "PANAMA CITY (AW) - The Panama Canal will cut the number of ships allowed through "
            "each day from 32 to 24 starting next month, its authority said Monday, as a second "
            "year of drought leaves the lake that feeds its locks near a record low.",
            "Gatun Lake stood at 79.6 feet on Monday, about 6 feet below its usual level for "
            "June, according to the canal authority.",
            "Each ship that passes through the locks uses about 50 million gallons of fresh "
            "water, most of which flows out to sea.",
            "Shipping companies have already begun sending some vessels around South America "
            "or through the Suez Canal, adding days to their voyages. Waiting times for ships "
            "without a booked slot have risen to about nine days.",
            "The authority said it would review the limit in August, when the rainy season is "
            "usually well under way.",
        ],
        [
            "Nation & World",
            "Updated 3 hours ago",
            "First published on",
            "Copyright 2027 Associated Wire",
            "Trending",
            "200 Main St",
        ],
    ),
    answer(
        "u10_radio_transcript_speaker_names.html",
        "Transcript: The council leader on the new bus franchise",
        "Radio Tamar",
        None,
        "2027-03-11",
        "metadata",
        [
            "JO PENROSE: Good evening. From September, buses across the county will be run "
            "under contract to the council rather than by the operators themselves. The "
            "council leader, Andrew Keast, is with me. Mr Keast, what will passengers notice "
            "first?",
            "ANDREW KEAST: A single fare. Today you can pay 4 pounds 20 on one company's bus "
            "and 2 pounds 80 on another's for the same trip. From September every adult single "
            "in the county will cost 2 pounds 50, on any bus.",
            "JO PENROSE: Who pays for that?",
            "ANDREW KEAST: The council puts in about 9 million pounds a year, most of it from "
            "the government's bus fund. Fares cover the rest.",
            "JO PENROSE: Operators say you are taking their business away.",
            "ANDREW KEAST: They will bid for the contracts like anyone else. Two of the three "
            "big operators have already told us they will.",
            "JO PENROSE: Andrew Keast, thank you.",
        ],
        [
            "Play episode",
            "24 min",
            "lightly edited for clarity",
            "More from Tamar Tonight",
            "Hospital car parking",
            "Westcountry Audio",
        ],
    ),
    answer(
        "u11_rtf_posted_to_members.rtf",
        "Ewe prices hold up at Hawes autumn sale",
        "The Hill Farmer",
        "Gwen Alderson",
        "2027-10-08",
        "text",
        [
            "Breeding ewes sold for an average of 186 pounds a head at Hawes auction mart on "
            "Saturday, barely changed on last year despite the rising cost of feed.",
            "About 5,200 ewes went through the ring, the mart said, around 400 fewer than at the "
            "same sale in 2026. Swaledale shearlings from the top of the dale made up to 310 "
            "pounds.",
            "Auctioneer Neil Thwaite said buyers from the lowlands had kept trade steady. "
            '"There was a good crowd around the ring all day, and very few pens went home '
            'unsold," he said.',
            "The mart's next breeding sale is on 29 October.",
        ],
        ["By Gwen Alderson", "posted to members", "first Friday of each month"],
    ),
    answer(
        "u12_live_page_copy_clock_lines.txt",
        "Live: Fairburn mill fire - latest",
        "Vale Courier",
        "Dina Okafor",
        None,
        None,
        [
            # Round 53: the stamps are part of the body as printed, as u04's.
            "16:30",
            "The fire service says the blaze at the old Fairburn mill is now under control, but "
            "crews will stay at the site through the night to damp down hot spots.",
            "15:10",
            "Residents of 40 homes on Mill Lane and Weir Street have been told they can go back "
            "to their houses. Those in the six cottages nearest the mill must stay away until "
            "tomorrow.",
            "13:45",
            "Smoke from the fire can be seen from more than ten miles away. The Environment "
            "Agency says it is testing the river below the mill after firefighters used water "
            "from it.",
            "12:20",
            "Eight fire engines and about 50 firefighters are at the scene of a large fire at "
            "the derelict Fairburn mill, which has stood empty since 2009.",
        ],
        [
            "Updated 3 hours ago",
            "Share this page",
            "Vale Courier 2027",
        ],
    ),
]


def main() -> None:
    write_answers(HERE, ANSWERS)


if __name__ == "__main__":
    main()
