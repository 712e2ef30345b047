"""dev34's answers, written before the engine ran on the files; writes ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev34/src/answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))

from _answers_common import answer, write_answers  # noqa: E402

#: The e-mails' sign-offs say who reads the newsletter ("goes to 4,800 engineers"): furniture.
#: A From: display name "Person, Outlet" or "Outlet | Person" names the outlet as the source;
#: the person is the author unless the body's byline names another. Live blogs follow the
#: round 49 convention: each entry's stamp is a line of its own over the entry's text.
ANSWERS = [
    answer(
        "s01_newsletter_goes_to_engineers.eml",
        "Brackford mains burst: repairs to take until Friday",
        "Water Networks Weekly",
        "Priya Salter",
        "2027-09-14",
        "metadata",
        [
            "A 36-inch trunk main burst under the ring road in Brackford early on Sunday, "
            "cutting supply to about 18,000 homes for most of the day.",
            "Brackford Water said the pipe, laid in 1962, had split along a seam that engineers "
            "had flagged as a risk in a survey four years ago.",
            "Bottled water stations at three supermarkets handed out 240,000 litres before "
            "pressure was restored late on Sunday evening.",
            "A permanent repair needs a 40-metre section of the main replaced, and the utility "
            "expects the work to take until Friday.",
        ],
        [
            "goes to 4,800 engineers",
            "Forward it to a colleague",
            "By Priya Salter",
            "subscribers@waternetworks",
        ],
    ),
    answer(
        "s02_person_comma_outlet_read_by.eml",
        "Lab fire at Hollin University: what the report found",
        "Campus Safety Digest",
        "Marguerite Osei",
        "2027-12-02",
        "metadata",
        [
            "A fire that gutted a chemistry laboratory at Hollin University in May started in a "
            "fume cupboard left running overnight, an internal report published on Tuesday "
            "found.",
            "The report says a solvent bottle stored next to a hot plate cracked, and the fire "
            "spread along a shelf of waste containers that should have been emptied weeks "
            "earlier.",
            "Nobody was hurt, but the damage to the building and its equipment has been put at "
            "3.4 million pounds.",
            "The university has accepted all 14 of the report's recommendations, including a "
            "ban on unattended heating after 6pm.",
        ],
        ["is read by 2,400 university staff", "Unsubscribe", "By Marguerite Osei"],
    ),
    answer(
        "s03_outlet_bar_person_no_byline.eml",
        "Wheat futures slip as harvest estimates rise",
        "Grain Markets Daily",
        "Tobias Renn",
        "2027-08-11",
        "metadata",
        [
            "Wheat futures for December delivery fell 2.1% on Tuesday after the agriculture "
            "ministry raised its harvest estimate for the second time this summer.",
            "The ministry now expects a crop of 23.8 million tonnes, up from 22.9 million in "
            "July, helped by a dry spell during the last two weeks of cutting.",
            "Millers said quality was mixed, with protein levels in the north below last "
            "year's, and premiums for milling wheat widened.",
            "Barley prices barely moved.",
        ],
        [
            "Good morning",
            "reaches 11,000 traders each weekday",
            "Update your preferences",
            "unsubscribe",
        ],
    ),
    answer(
        "s04_person_comma_outlet_other_author.eml",
        "Ostrava terminal to double container capacity",
        "Rail Freight Letter",
        "Lewis Andrade",
        "2027-10-21",
        "metadata",
        [
            "The operator of the Ostrava rail terminal will double its container capacity to "
            "300,000 units a year by 2030, it said on Wednesday.",
            "The 85 million euro expansion adds four loading tracks and a second gantry crane, "
            "paid for partly by a European grant of 30 million euros.",
            "Freight forwarders have complained for two years about waits of up to 36 hours "
            "for a slot at the terminal.",
            "Construction is due to start next spring.",
        ],
        [
            "is sent to 1,650 logistics managers",
            "You are receiving it because",
            "By Lewis Andrade",
        ],
    ),
    answer(
        "s05_forwarded_bulletin.eml",
        "Saltings sea wall: funding approved",
        "Coastal Planning Bulletin",
        "Ines Calder",
        "2028-02-04",
        "metadata",
        [
            "The national flood agency has approved 12.5 million pounds to rebuild the sea wall "
            "at the Saltings, where a breach in 2025 flooded 60 homes.",
            "Work on the 1.2-kilometre wall will start in April and take about two years, the "
            "agency said.",
            "The new wall will be 80 centimetres higher than the old one, allowing for the sea "
            "level rise expected by 2100.",
        ],
        [
            "Worth a read before",
            "Gareth",
            "Forwarded message",
            "bulletin@coastalplanning",
            "goes to 3,100 planners every month",
            "Forward it to a colleague",
        ],
    ),
    answer(
        "s06_newsletter_pasted_copy.txt",
        "Valley Post to print its last edition",
        "The Valley Media Letter",
        "Dafydd Price",
        "2028-01-14",
        "metadata",
        [
            "The Valley Post, which is read by about 6,000 households, will print its last "
            "edition on Friday after 112 years, its owners said on Wednesday.",
            "Tyne Moor Media, which bought the paper in 2019, blamed a fall in advertising of "
            "more than half over five years.",
            "Eight journalists and four sales staff will lose their jobs. The paper's website "
            "will carry on with two reporters.",
            "A group of readers said it would try to raise money to start a community-owned "
            "paper in the spring.",
        ],
        ["has 5,200 subscribers", "Unsubscribe", "Manage preferences", "subscribers@valleymedia"],
    ),
    answer(
        "s07_closing_em_delivered_free.html",
        "Hebden Moor quarry plan withdrawn",
        "The Moorland Echo",
        "Rosa Feld",
        "2027-06-18",
        "metadata",
        [
            "Plans for a limestone quarry on Hebden Moor have been withdrawn, two weeks before "
            "the county's planning committee was due to decide them.",
            "Calder Aggregates said in a letter to the council on Wednesday that it would "
            '"review the scheme in the light of the objections received", of which there were '
            "more than 2,300.",
            "The quarry would have covered 48 hectares and sent up to 90 lorries a day through "
            "the village of Hebden Bridge End.",
            "Campaigners said they would keep their group going in case the company came back "
            "with a smaller scheme.",
        ],
        [
            "delivered free to 9,000 homes",
            "sign up at moorlandecho",
            "What's on",
            "Moorland Echo Ltd",
        ],
    ),
    answer(
        "s08_closing_em_independent_since.html",
        "Estuary ferry to run all winter for first time",
        "Tidewater Review",
        "Callum Reid",
        "2027-09-30",
        "metadata",
        [
            "The foot ferry between Marlow Quay and Sandholt will run through the winter for the "
            "first time since it started in 2009, its operator said on Thursday.",
            "Until now the service has stopped at the end of October. A grant of 140,000 pounds "
            "from the county's transport fund will cover the losses of the quiet months.",
            "The ferry carried 61,000 passengers this summer, a record.",
            "Winter sailings will run every hour from 7am to 7pm, weather permitting.",
        ],
        [
            "is an independent weekly",
            "Sign up for our free newsletter",
            "More from the towns",
            "Sandholt lifeboat gets new station",
            "Callum Reid · 30 September",
        ],
    ),
    answer(
        "s09_closing_em_correction_stays.html",
        "Ashby Green school to get new science block",
        "Ashby Courier",
        "Joel Mbeki",
        "2027-05-10",
        "metadata",
        [
            "Ashby Green Academy will get a new science block with six laboratories after the "
            "education department approved a grant of 4.2 million pounds.",
            "The school's head, Anita Rowe, said the labs it uses now were built in 1971 and two "
            "had been closed since the winter because of leaks.",
            "Building work is due to start in the summer holidays and finish by September 2028.",
            "This article was amended on 12 May 2027 to correct the name of the school's head.",
        ],
        [
            "is delivered to 7,500 homes every Thursday",
            "Subscribe to our morning e-mail",
            "4 Market Row",
        ],
    ),
    answer(
        "s10_liveblog_header_time_key_events.html",
        "Ridgeway tunnel fire live: motorway closed both ways",
        "Shire Evening News",
        "Ellen Ashworth",
        "2027-11-03",
        "metadata",
        [
            "Tunnel to stay shut overnight",
            "12:35 GMT",
            "Highways engineers say the Ridgeway tunnel will stay closed overnight while they "
            "check the concrete lining above the burnt-out lorry.",
            "09:50 GMT",
            "Diversions through Wexcombe are adding about 40 minutes to journeys, and police are "
            "asking drivers to avoid the area altogether.",
            "Buses on the X7 route are running but with long delays.",
            "Lorry fire closes tunnel",
            "07:05 GMT",
            "The M14 is closed in both directions at the Ridgeway tunnel after a lorry caught "
            "fire inside it shortly before 6.30am. The driver got out unhurt, police say.",
        ],
        [
            "Key events",
            "12:35 GMT Tunnel to stay shut",
            "07:05 GMT Lorry fire",
            "Copy link",
            "Load more updates",
        ],
        once=["Tunnel to stay shut overnight", "Lorry fire closes tunnel"],
    ),
    answer(
        "s11_liveblog_span_posted_at.html",
        "Carrow by-election count: live updates",
        "Norfolk Wire",
        "Sam Hollis and Priti Nair",
        "2027-07-15",
        "metadata",
        [
            "Declaration: Greens take Carrow",
            "Posted at 03:20 BST",
            "Maya Thorne of the Green Party has won the Carrow by-election with 11,204 votes, a "
            "majority of 1,890 over Labour.",
            "Turnout was 38.6%.",
            "Posted at 01:45 BST",
            "A recount has been refused. Counting staff are now bundling the last of the postal "
            "votes.",
            "Posted at 22:15 BST",
            "Polls have closed in the Carrow by-election and the first ballot boxes are arriving "
            "at the leisure centre.",
        ],
        ["Share this page", "All rights reserved", "part of East Anglian Media"],
    ),
    answer(
        "s12_liveblog_runin_bare_clocks.html",
        "Heat alert live: temperatures near record",
        "Midlands Today Online",
        "Amrit Dhillon",
        "2027-07-21",
        "metadata",
        [
            "21 July 2027, 15:10",
            "The temperature at Pershore has reached 37.9C, a tenth of a degree short of the "
            "county's record, the weather service says.",
            "21 July 2027, 12:05",
            "Three schools in Redditch have sent pupils home early because their classrooms are "
            "too hot, the county council says.",
            "21 July 2027, 06:40",
            "An amber heat warning is in force across the Midlands until midnight, and "
            "forecasters expect the hottest day of the year so far.",
        ],
        ["Share (31)", "Midlands Today Online 2027"],
    ),
]


def main() -> None:
    write_answers(HERE, ANSWERS)


if __name__ == "__main__":
    main()
