"""dev33's answers, written before the engine ran on the files; writes ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev33/src/answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))

from _answers_common import answer, write_answers  # noqa: E402

ANSWERS = [
    answer(
        "r01_apple_mail_forward.eml",
        "Lowmoor bypass reopens after flood repairs",
        "Lowmoor County Highways",
        None,
        "2027-03-08",
        "metadata",
        [
            "The Lowmoor bypass reopened to traffic at 3pm on Monday, eleven weeks after "
            "floodwater washed away part of the embankment near Elm Cross.",
            "Engineers rebuilt 140 metres of the carriageway on a new stone base and replaced "
            "two culverts that had been blocked by debris during the December storms.",
            "A 40mph limit will stay in place on the repaired section until the surface has "
            "settled, which the county expects to take about six weeks.",
            "Buses that had been diverted through Elm Cross village will return to their usual "
            "route from Tuesday morning, the county said.",
        ],
        [
            "For the roads file",
            "Nadia",
            "Sent from my iPad",
            "Begin forwarded message",
            "From: Lowmoor",
            "Reply-To",
            "press.highways",
            "Newsdesk",
        ],
    ),
    answer(
        "r02_apple_mail_forward_copy.txt",
        "Harbour ferry fares to rise 9% in April",
        "The Saltmarsh Gazette",
        "Rhona Leckie",
        "2027-03-11",
        "metadata",
        [
            "Single fares on the Saltmarsh harbour ferry will rise by 9% from 1 April, the "
            "operator said on Wednesday, the second increase in a year.",
            "An adult single will cost 4.20 pounds, up from 3.85 pounds, while the price of a "
            "monthly pass for commuters will go up from 96 to 104 pounds.",
            "Harbour Crossings Ltd blamed higher fuel and insurance costs and said it carried "
            "1.3 million passengers last year, fewer than before the pandemic.",
            '"Every time the fare goes up, more people drive round the estuary instead," said '
            "Colin Mair, who chairs the ferry users' group.",
        ],
        [
            "Worth keeping for the ferries timeline",
            "Owen",
            "Begin forwarded message",
            "owen.pike@example.com",
            "By Rhona Leckie",
            "You are receiving this email",
            "Unsubscribe",
            "Manage preferences",
        ],
        once=["Harbour ferry fares to rise 9% in April"],
    ),
    answer(
        "r03_substack_subtitle.html",
        "Why the Harrow weir still matters",
        "Quiet Rivers",
        "Elin Ward",
        "2027-03-04",
        "metadata",
        [
            "The Environment Agency wants to remove the Harrow weir next summer, and on paper "
            "the case is simple: fish cannot climb it, and the stone sill is cracking.",
            "But the weir also keeps the water table up under the Harrow meadows, one of the "
            "last wet grasslands on the river. When the sluices were opened for repairs in "
            "2019, the meadow ditches dried out within a fortnight.",
            "The agency's consultation paper gives the meadows a single paragraph. It does not "
            "say how deep the water would sit in June without the weir, or who would pay to "
            "keep the ditches wet.",
            "A fish pass beside the old sill would cost about 600,000 pounds, the agency's own "
            "figures show, against 1.1 million pounds to take the weir out. Nobody has yet "
            "explained why the cheaper option was dropped.",
            "The consultation closes on 2 April. If you walk the meadows, it is worth writing in.",
        ],
        [
            "The old structure holds back more than water",
            "Quiet Rivers is a reader-supported publication",
            "Type your email",
            "Restack",
            "11 Comments",
            "Walked there on Sunday",
            "Ben Hollis",
            "Substack is the home for great culture",
            "Start writing",
        ],
        url="https://quietrivers.substack.com/p/why-the-harrow-weir-still-matters",
    ),
    answer(
        "r04_substack_subtitle_copy.txt",
        "Night buses: the quiet cuts nobody voted for",
        "Lantern Lines",
        "Tariq Mahmood",
        "2027-03-08",
        "text",
        [
            "When the N14 stopped running after midnight on 6 January, the notice went up on "
            "the bus stops two days before. There was no consultation, and the change does not "
            "appear in the minutes of the transport authority's board.",
            "The N14, N22 and N31 together carried about 1,900 passengers a week after midnight "
            "last autumn, according to the operator's own counts, most of them shift workers at "
            "the hospital and the distribution park.",
            "The authority says the change was an operational decision by the operator. The "
            "operator says it followed the authority's instruction to save 350,000 pounds a "
            "year on evening services.",
            "Both cannot be true. I have asked the authority for the instruction under the "
            "freedom of information rules and will publish it when it arrives.",
        ],
        [
            "Three routes lost their last journeys in January",
            "Thanks for reading Lantern Lines",
            "Subscribe for free",
            "Share",
        ],
    ),
    answer(
        "r05_wire_outlet_line_copy.txt",
        "Portville dockers walk out over shift cuts, halting container traffic",
        "Meridian Wire Service",
        "Tamsin Loy",
        "2027-03-03",
        "text",
        [
            "PORTVILLE, March 3 (MWS) - About 1,200 dockers at Portville's container terminal "
            "walked out on Wednesday over plans to cut night shifts, halting loading at the "
            "country's second-busiest port.",
            "The Portville Dock Workers' Union said the strike would last 48 hours and warned "
            "of further action in April if the terminal operator did not withdraw the plan.",
            "Eleven container ships were waiting at anchor outside the harbour by midday, the "
            "port authority said, and two lines had begun diverting vessels to Harrowgate.",
            "The operator, Eastquay Terminals, said the new rota would save about 8 million "
            "euros a year and that no permanent jobs would be lost.",
        ],
        [
            "By Tamsin Loy",
            "Reporting by Tamsin Loy",
            "Editing by Marek Novak",
        ],
    ),
    answer(
        "r06_paper_runs_wire_copy.txt",
        "Flood barrier contract goes to Dutch engineering firm",
        "The Keldby Courier",
        "Samir Haddad",
        "2027-03-04",
        "text",
        [
            "KELDBY, March 4 (NWA) - A Dutch engineering firm has won the contract to build the "
            "Keldby tidal flood barrier, the regional government said on Thursday, ending a "
            "two-year tender that drew bids from five countries.",
            "Van Rooij Waterbouw will build the 320-metre barrier across the mouth of the Keld "
            "for 214 million euros, about 9% less than the government had budgeted.",
            "Work is due to start in September and finish by the winter of 2030. Until then, "
            "about 4,000 homes in the lower town will remain in the highest flood-risk zone.",
            "Local builders had lobbied for the work to be split into smaller contracts. The "
            "regional government said the barrier had to be designed and built as one "
            "structure.",
        ],
        [
            "THE KELDBY COURIER",
            "By Samir Haddad",
            "All rights reserved",
        ],
    ),
    answer(
        "r07_wire_copyright_line_copy.txt",
        "Quarry blast damages homes in Ashcombe",
        "Thornbury Regional News",
        None,
        "2027-03-05",
        "text",
        [
            "ASHCOMBE, March 5 (TRN) - A blast at the Ashcombe limestone quarry cracked walls "
            "and shattered windows in at least 14 homes in the neighbouring village on Friday, "
            "the county council said.",
            "The quarry's operator, Westvale Aggregates, said the charge had been larger than "
            "planned and that it had stopped all blasting until an inquiry was finished.",
            'Residents said the explosion shook the village just after 11am. "The whole house '
            'jumped. Two of the bedroom windows came in," said Ruth Ainsley, who lives on '
            "Quarry Lane.",
            "The council's environmental health team will inspect the damaged homes next week. "
            "Westvale said it would pay for the repairs.",
        ],
        [
            "Copyright 2027 Thornbury Regional News",
            "All rights reserved",
        ],
    ),
    answer(
        "r08_rtf_trade_weekly.rtf",
        "Barley premium narrows as maltsters cut orders",
        "Grain Trade Review",
        "Hugh Danvers",
        "2027-03-09",
        "text",
        [
            "The premium paid for malting barley over feed barley fell to its lowest in three "
            "years last week as maltsters cut their orders for the new crop.",
            "Merchants quoted a premium of 18 pounds a tonne on Friday, down from 41 pounds in "
            "January, after two of the largest maltsters said they would buy 15% less barley "
            "this year.",
            "Brewers have been running down stocks since the autumn, when sales of beer in pubs "
            "fell for the fourth year running.",
            "Growers who have already sown spring malting varieties may have to sell part of "
            "the crop for feed, the farmers' union warned on Monday.",
        ],
        [
            "has reported on the cereal markets since 1961",
            "Subscriptions from 95 pounds a year",
            "group rates for merchants",
            "By Hugh Danvers",
        ],
    ),
    answer(
        "r09_rtf_italic_readership.rtf",
        "Storm season closes three ferry berths at Kessock",
        "Coastal Shipping Bulletin",
        "Anya Petrov",
        "2027-03-06",
        "text",
        [
            "Three of the five ferry berths at Kessock harbour will stay closed until May after "
            "storm damage to the linkspans, the harbour board said on Friday.",
            "Inspectors found cracked hinges on two of the ramps and a failed hydraulic ram on "
            "the third after the storm of 19 February, when waves overtopped the outer wall.",
            "Sailings to the islands have been cut from 22 a day to 14, and the operator has "
            "added a freight-only crossing at night to clear a backlog of about 300 lorries.",
            "Repairs will cost about 2.6 million pounds, the board estimates.",
        ],
        [
            "is read by 9,000 port and shipping professionals",
            "For a free trial issue",
            "By Anya Petrov",
            "Coastal Shipping Bulletin, 6 March 2027",
        ],
    ),
    answer(
        "r10_markdown_closing_promo.md",
        "Tidal lagoon plan wins planning consent",
        "The Fenland Ledger",
        "Joe Marsh",
        "2027-03-09",
        "text",
        [
            "The tidal lagoon planned off Wash Point won planning consent on Tuesday, clearing "
            "the way for construction of the 240-megawatt scheme to begin next year.",
            "The planning inspector rejected objections from two bird charities, finding that "
            "a new feeding marsh of 90 hectares would make up for the mudflats lost under the "
            "lagoon wall.",
            "The developer, Fen Tidal Power, said it would need about 1.4 billion pounds and "
            "hoped to sign its last financing deals by the summer.",
            "The lagoon would generate power four times a day as the tide runs in and out "
            "through 16 turbines set in the wall.",
        ],
        [
            "has reported on the Fens since 1889",
            "Subscriptions from 4 pounds a month",
            "by Joe Marsh",
        ],
    ),
    answer(
        "r11_release_key_dates_copy.txt",
        "Consultation opens on Wyre Street bridge replacement",
        "Northgate Borough Council",
        None,
        "2027-04-14",
        "text",
        [
            "Northgate Borough Council has opened an eight-week public consultation on plans to "
            "replace the Wyre Street bridge, which has been closed to lorries since cracks were "
            "found in its main beams in 2025.",
            "The council's preferred design is a single-span steel bridge with a wider footway "
            "and a separate cycle lane. It would cost an estimated 11.8 million pounds, of "
            "which 9 million pounds would come from a government grant.",
            "The bridge would be shut to all traffic for about 14 months while the old "
            "structure is taken down and the new one put in place. A temporary footbridge would "
            "stay open throughout.",
            'Councillor Priya Sandhu, cabinet member for transport, said: "The old bridge has '
            "served the town for more than a century, but it cannot carry today's traffic "
            'safely. We want to hear from everyone who crosses it."',
            "Key dates",
            "Consultation Opens - 14 April 2027",
            "Public Exhibition at Northgate Library - 3 May 2027",
            "Consultation Closes - 9 June 2027",
            "Cabinet Decision - 21 July 2027",
        ],
        [
            "Published 14 April 2027",
            "ENDS",
            "Notes to editors",
            "The consultation documents are available",
            "01632 960 411",
        ],
    ),
    answer(
        "r12_saved_page_cookie_most_read.html",
        "Hospital car park charges to double from May",
        "The Dunmore Observer",
        "Grace Kilbride",
        "2027-03-11",
        "metadata",
        [
            "Parking at Dunmore General Hospital will cost 4 pounds for up to four hours from "
            "1 May, double the current charge, the health trust said on Wednesday.",
            "The trust said the money would pay for 180 extra spaces on the old laundry site "
            "and for a shuttle bus from the park-and-ride, which it expects to open in the "
            "autumn.",
            "Blue badge holders, parents of children staying overnight and patients attending "
            "for chemotherapy or dialysis will still park free.",
            '"Patients do not choose to be ill, and visitors come because they have to," said '
            'Maureen Delaney of the Dunmore Patients\' Forum. "This is a tax on the sick."',
            "The trust said its charges would still be lower than those at the two nearest "
            "hospitals.",
        ],
        [
            "We use cookies",
            "Accept all",
            "Reject non-essential",
            "Most read",
            "Council tax to rise 4.9% from April",
            "Ring road closed for 12 nights",
            "6,200 fans",
            "Just 61% get first-choice",
            "9 March 2027",
            "Registered in England",
        ],
        url="https://www.dunmoreobserver.example/news/hospital-car-park-charges-double-may",
    ),
    answer(
        "r13_jsonld_only_date.html",
        "Wind farm cable to come ashore at Selby Sands",
        "Eastcoast Energy Journal",
        "Martin Oyelaran",
        "2027-03-05",
        "metadata",
        [
            "The export cable from the Dogger Reach wind farm will come ashore at Selby Sands, "
            "the developer said, choosing the beach over two sites further north that would "
            "have needed longer onshore routes.",
            "The 66-kilometre cable will be buried under the beach by horizontal drilling so "
            "that the dunes are not dug up, and will run underground for 19 kilometres to a new "
            "substation near Harby.",
            "Selby Sands Parish Council said it welcomed the drilling plan but wanted the "
            "developer to keep lorries off the coast road during the summer holidays.",
            "Construction of the onshore route is due to begin in 2028, subject to planning "
            "consent.",
        ],
        [
            "Offshore wind",
            "Share this",
            "Harby substation plans go on show",
            "Dogger Reach picks 15 MW turbines",
            "published by Coastline Media",
            "Newsletter",
        ],
        url="https://eastcoastenergy.example/news/selby-sands-cable/",
    ),
    answer(
        "r14_lone_key_date_copy.txt",
        "Harwick council to vote on tram extension in June",
        None,
        "Lena Orr",
        "2027-03-02",
        "text",
        [
            "Harwick councillors will vote in June on whether to extend the city's tram line by "
            "4.5 kilometres to the new hospital at Brackenfield, the council said on Tuesday.",
            "The extension would add three stops and cost about 96 million pounds, most of it "
            "from a regional transport fund that must be spent by 2030.",
            "Opponents on the council say the money would be better spent on buses, which carry "
            "four times as many passengers in the city as the trams do.",
            "A public inquiry last year found no legal obstacle to the route.",
            "Key dates",
            "Final Vote - 2 June 2027",
        ],
        [
            "By Lena Orr",
        ],
    ),
]


def main() -> None:
    write_answers(HERE, ANSWERS)


if __name__ == "__main__":
    main()
