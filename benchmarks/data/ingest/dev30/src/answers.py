"""dev30's answers, written before the engine ran on the files; writes ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev30/src/answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))

from _answers_common import answer, write_answers  # noqa: E402

ANSWERS = [
    answer(
        "n01_firefox_complete.html",
        "Quarry lorries to be kept off Bramley village roads",
        "Tarnside Echo",
        "Rhodri Price",
        "2026-02-19",
        "metadata",
        [
            "Lorries from the Scarth Hill quarry will no longer drive through the centre of "
            "Bramley after councillors approved a new haul route on Wednesday.",
            "The quarry's owner will build a 1.2km private road linking the site to the A591, "
            "at a cost it put at about £2.4 million.",
            "Parents had campaigned for three years against the lorries, which pass the gates "
            "of Bramley primary school up to 90 times a day.",
            '"This is the day we have been waiting for," said Helen Mercer, who chairs the '
            'parish council. "Our children will be able to walk to school without breathing '
            'diesel."',
            "Work on the road is due to start in May, and the planning conditions require it "
            "to be finished before the quarry increases its output next year.",
        ],
        [
            "Skip to main content",
            "We value your privacy",
            "Accept all",
            "A new haul route will take up to 90 heavy vehicles",
            "Local Democracy Reporter",
            "Lorries on the B5284 near Bramley school",
            "Advertisement",
            "Bramley parents demand crossing patrol",
            "Topics:",
            "Share on Facebook",
            "Most Read",
            "Kendal 6°C",
            "All rights reserved",
            "window.__analytics",
            "Updated 11:02",
        ],
    ),
    answer(
        "n02_pdf_copy_hyphenated.txt",
        "Drainage board to pump the Whittle Fen dry a month early after record rainfall",
        "The Fenmoor Review",
        "Corin Walsh",
        "2026-03-13",
        "text",
        [
            "The Whittle Fen internal drainage board will start its pumps four weeks earlier "
            "than usual this spring after the wettest winter recorded at its gauge in Ramsey "
            "since 1961. Farmers on the fen say about 2,300 hectares of arable land have been "
            "under water since January, and some fields have not been drilled with a crop at "
            "all. The board's engineer, Peter Addo, said the three pumping stations would run "
            'day and night from Monday. "We will be moving roughly twice the volume we would '
            'in a normal March, and the electricity bill will follow," he said. The board '
            "expects the extra pumping to cost about £180,000, which it will take from its "
            "reserves rather than raise through the drainage rates this year. Members agreed "
            "the spending at an emergency meeting on Thursday after a survey showed that the "
            "embankment of the Forty Foot drain had been overtopped in two places.",
            "Environmental groups asked the board to leave the lowest fields flooded until the "
            "end of the wading-bird breeding season. The board said it would keep water on "
            "about 40 hectares near Holme Lode, where lapwings and redshanks nested last year. "
            "Mr Addo said the board would publish the pumping figures every week on its "
            "website so that farmers could see how fast the levels were falling.",
        ],
        ["THE FENMOOR REVIEW", "Page 1 of 2", "Page 2 of 2", "fenmoorreview.co.uk", "NEWS"],
    ),
    answer(
        "n03_mailing_list_digest.txt",
        "Valleywatch Digest, Vol 8, Issue 12",
        "Valleywatch",
        None,
        "2026-03-03",
        "metadata",
        [
            "An otter was seen on the river bank below Crook Bridge just after seven this "
            "morning, the first sighting reported on this stretch for more than ten years.",
            "The Tarn Rivers Trust has asked anyone who sees it not to follow it along the bank "
            "and to send the time and place to its recording scheme.",
            "The district council says recycling collections in Staveley and Ings will move "
            "from Wednesday to Friday this week because one of its lorries was damaged in a "
            "fire at the depot on Saturday.",
            "Nobody was hurt in the fire. The council expects a hired lorry to arrive next week.",
            "The county's rangers have reopened footpath 14 between Hall Lane and the weir "
            "after rebuilding the stretch washed away in January's flood.",
            "They have put in new steps at the steepest section and a handrail along the river "
            "side.",
        ],
        [
            "Send Valleywatch mailing list submissions to",
            "To subscribe or unsubscribe",
            "mailman/listinfo",
            "When replying, please edit your Subject line",
            "Today's Topics",
            "Message: 1",
            "Message: 3",
            "m.thwaite@example.net",
            "Message-ID",
            "Content-Type",
            "Mon, 2 Mar 2026 07:41:19",
            "Digest Footer",
            "End of Valleywatch Digest",
            "valleywatch-owner",
        ],
    ),
    answer(
        "n04_date_only_in_caption.html",
        "Harbour wall repairs leave Porthkell boats stranded",
        "West Penwith Voice",
        "Jory Pascoe",
        None,
        None,
        [
            "Six crabbing boats have been unable to leave Porthkell harbour since contractors "
            "closed its entrance to rebuild the storm-damaged southern wall.",
            "The harbour commissioners said the work had to be done while the weather was calm "
            "and would take until the end of the month.",
            "Skippers say they were given a week's notice and have lost the best of the "
            'early-season catch. "Our pots are sitting on the quay while the boats from Newlyn '
            'fish our grounds," said Tom Laity, who has fished from Porthkell for 31 years.',
            "The commissioners have offered to waive mooring fees for the months the entrance "
            "stays shut, and say they will ask the contractor to open a channel at high tide "
            "on calm days.",
        ],
        [
            "Crabbers tied up inside Porthkell harbour",
            "Photograph: Jory Pascoe",
            "4 min read",
            "Filed under:",
            "Share this:",
            "2 thoughts on",
            "About time that wall was fixed",
            "Community news since 1998",
            "not-for-profit community newspaper",
        ],
    ),
    answer(
        "n05_liveblog_newest_first.html",
        "Storm Hester hits the north-east coast",
        "Wearside Chronicle",
        "Niamh Doyle and Sam Okoro",
        "2026-03-10",
        "text",
        [
            "Sunderland bridge reopens",
            "11 March 2026, 09:40",
            "The Wearmouth Bridge has reopened to traffic after engineers checked it overnight. "
            "Buses are running on their normal routes again.",
            "Thousands still without power",
            "11 March 2026, 07:15",
            "Northern Powergrid says about 14,000 homes are still without electricity this "
            "morning, most of them in County Durham. It hopes to reconnect most of them by the "
            "evening.",
            "Trees down on the A19",
            "10 March 2026, 22:05",
            "Police have closed the southbound A19 near Seaham after two trees fell across the "
            "carriageway. Drivers are asked to avoid the area.",
            "Flood warning for the Wear",
            "10 March 2026, 18:30",
            "The Environment Agency has issued a flood warning for the River Wear at "
            "Chester-le-Street, where the river is expected to peak overnight.",
            "Welcome to our live coverage",
            "10 March 2026, 16:00",
            "Good afternoon. Storm Hester is arriving on the coast earlier than forecast, and "
            "the Met Office has upgraded its wind warning to amber. We will bring you the "
            "latest here.",
        ],
        [
            "Key events",
            "Copy link",
            "Load more",
            "Power cuts, road closures and flood warnings",
            "Reporting by",
        ],
    ),
    answer(
        "n06_date_only_in_canonical.html",
        "Appeal against Hollins quarry extension dismissed",
        "The Dales Gazette",
        "Bethan Lloyd",
        "2026-02-17",
        "metadata",
        [
            "A planning inspector has dismissed an appeal by the owners of Hollins quarry "
            "against the national park's refusal to let them extend it by 14 hectares.",
            'The inspector found that the extension would cause "substantial harm" to the '
            "landscape and that the company had not shown the stone could not be found "
            "elsewhere.",
            "Residents of Hollinsclough, who raised more than £20,000 to be represented at the "
            "inquiry, said they were delighted.",
            "The company said it was disappointed and would consider whether to challenge the "
            "decision in the High Court.",
        ],
        ["Friday, 20 February 2026", "3 days ago", "More from", "Copyright The Dales Gazette"],
        url="https://www.dalesgazette.co.uk/news/local/20260217/hollins-quarry-appeal-dismissed/",
    ),
    answer(
        "n07_opinion_bio_at_top.html",
        "We are closing rural pharmacies at the worst possible time",
        "The Marcher Post",
        "Anna Kovacs",
        "2026-02-24",
        "metadata",
        [
            "Eleven pharmacies have closed in Powys and Shropshire in the past two years, and "
            "three more have told the health board that they will shut by the summer.",
            "Each of those closures moves a little more work on to GP surgeries that are "
            "already turning patients away, and on to ambulance crews who are called because "
            "someone could not get their medicine in time.",
            "The contract that pays us has not kept up with the cost of running a shop, paying "
            "a pharmacist and keeping the lights on. A village pharmacy that dispenses 4,000 "
            "items a month now loses money on many of them.",
            "The health board could save several of these pharmacies by paying a small rural "
            "supplement, as Scotland already does. It would cost less than one extra ward at "
            "the county hospital.",
            "If nothing changes, the next closures will come in the places with the oldest "
            "populations and the longest bus journeys.",
        ],
        [
            "is a community pharmacist in Knighton",
            "Welsh Pharmaceutical Committee",
            "The views expressed are the author's own",
            "letters@marcherpost.co.uk",
            "Subscribe",
            "Sign in",
        ],
    ),
    answer(
        "n08_utf16_page.html",
        "Café owners fight €40,000 rates bill",
        "Liffeyside Times",
        "Siobhán Ní Bhriain",
        "2026-03-02",
        "metadata",
        [
            "The owners of a café on Ormond Quay say they will appeal against a commercial "
            "rates bill of €40,000, almost three times what they paid last year.",
            "Róisín and Matéo García opened Café Cúig in 2019 and say the revaluation puts a "
            "small business on the same footing as the hotel next door.",
            "“We sell coffee and scones, not rooms,” Mr García said. “At this rate we will be "
            "gone by Christmas.”",
            "The valuation office said owners who disagreed with a new valuation could appeal "
            "to the tribunal within 40 days.",
        ],
        ["© 2026 Liffeyside Times", "Terms · Privacy"],
    ),
    answer(
        "n09_utf16_notepad.txt",
        "Dublin port handles record 38 million tonnes",
        "Liffeyside Times",
        "Zoë Bergström",
        "2026-03-04",
        "text",
        [
            "Dublin Port handled 38.1 million tonnes of goods last year, the most in its "
            "history, according to figures it published on Wednesday.",
            "Roll-on roll-off freight to Britain and France grew by 6%, while bulk cargo such "
            "as grain and fuel fell slightly.",
            "The port’s chief executive, Éamon Ó Dálaigh, said it would need new berths within "
            "five years if growth continued at this pace.",
        ],
        ["Share this article", "Facebook · X · LinkedIn", "Published 4 March 2026"],
    ),
    answer(
        "n10_markdown_front_matter.md",
        "Volunteers count 212 swifts' nests on Lowther Street",
        "Eden Valley Record",
        "Grace Hollis and Idris Bello",
        "2026-02-26",
        "metadata",
        [
            "A survey by volunteers has found 212 swifts' nests in the eaves of the terraces "
            "on Lowther Street, the largest colony recorded in the county.",
            "The Eden Swift Group spent last summer watching the street at dusk, counting the "
            "birds as they flew into gaps under the roof tiles.",
            "Why the count matters",
            "Swift numbers in Britain have fallen by more than half since 1995, mostly because "
            "renovated roofs leave no gaps for them to nest in.",
            "The group wants the council to require swift bricks in any roof repairs on the "
            "street, and has written to every household with advice.",
            '"If these houses are re-roofed without nest bricks, the colony could vanish in a '
            "single summer,\" said the group's coordinator, Fen Armitage.",
        ],
        [
            "canonical_url",
            "clippings",
            "saved:",
            "Volunteers watching the eaves at dusk",
            "Photo: Eden Swift Group",
            "swifts.jpg",
        ],
        once=["If these houses are re-roofed without nest bricks"],
        url="https://www.edenvalleyrecord.co.uk/nature/swift-nest-survey-lowther-street",
    ),
    answer(
        "17-02-2026_allotment-waiting-list.txt",
        "Allotment waiting list passes 600 names",
        None,
        None,
        "2026-02-17",
        "metadata",
        [
            "Penrith town council says more than 600 people are now waiting for an allotment, "
            "and some have been on the list for seven years.",
            "The council has 148 plots on three sites and says very few come up each year "
            "because tenants keep them for decades.",
            "Councillors will be asked next month to look for land for a fourth site, possibly "
            "on the edge of the Carleton estate.",
            "The Penrith Allotment Society has suggested splitting the largest plots in half, "
            "which it says would give about 40 more people a place to grow.",
        ],
        [],
    ),
    answer(
        "05.03.2026_bridge-closure.txt",
        "Eamont Bridge to close for three weeks of repairs",
        None,
        None,
        "2026-03-05",
        "metadata",
        [
            "The 15th-century Eamont Bridge will close to traffic for three weeks from Monday "
            "while the county council repairs its parapets.",
            "Lorries have struck the narrow bridge four times since 2023, and stones from the "
            "downstream parapet were found in the river after the last collision.",
            "Traffic will be diverted along the A66 and the M6, adding about nine miles to "
            "journeys between Penrith and the village.",
            "Pedestrians will still be able to cross on a temporary walkway on the upstream side.",
        ],
        [],
    ),
    answer(
        "n12_paywall_metered_page.html",
        "Hospital trust to shut Keswick minor injuries unit at night",
        "The Lakeland Standard",
        "Owen Fell",
        "2026-03-06",
        "metadata",
        [
            "The minor injuries unit at Keswick's community hospital will close between 8pm "
            "and 8am from April, the hospital trust has confirmed.",
            "The trust said it had been unable to recruit enough nurses to staff the unit "
            "overnight, when it sees an average of four patients.",
        ],
        [
            "Premium",
            "Health Reporter",
            "You've read all 5 of your free articles",
            "Keep reading for just £1 a week",
            "Unlimited access",
            "Start my subscription",
            "Already a subscriber",
            "Most read",
            "Part of Fellside Media",
        ],
        partial=True,
    ),
]


def main() -> None:
    write_answers(HERE, ANSWERS)


if __name__ == "__main__":
    main()
