"""dev35's answers, written before the engine ran on the files; writes ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev35/src/answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))

from _answers_common import answer, write_answers  # noqa: E402

#: Shapes the other sets have least of. A cookie wall, a "Most read" list with its dates, a
#: standfirst, pull quote and photo captions, a fact check's verdict box, a podcast's show
#: notes and player, an AMP page's sidebar and ads, a portal's provider row and copyright line,
#: another language's site chrome and a notes app's own note after '---' are furniture. A
#: notice's reference line and its closing "Issued by X, date" line are furniture, and that
#: line's date is the notice's publication (``text``). A podcast transcript is the body, with
#: its speaker labels as printed. A clock run into a sentence ("at 14:05") stays as printed.
ANSWERS = [
    answer(
        "t01_regional_cookie_wall_most_read.html",
        "Ashcombe bus station to close for eight months while roof is rebuilt",
        "Ashcombe Herald",
        "Nia Pryce",
        "2027-05-12",
        "metadata",
        [
            "Ashcombe bus station will close for eight months from July so that its crumbling "
            "concrete roof can be taken down and rebuilt, the county council said on Tuesday.",
            "Engineers found last year that the roof, built in 1971, contained lightweight "
            "concrete panels that could fail without warning, and part of the concourse has "
            "been fenced off since March.",
            "While the work goes on, buses will stop at temporary shelters on Market Way and "
            "Station Road. The council said about 9,000 passengers use the station on a "
            "typical weekday.",
            "The rebuild will cost 4.2 million pounds, of which 3 million comes from a "
            "government fund for repairing public buildings.",
            '"We know this will be disruptive, but the alternative is a station we cannot keep '
            "open safely,\" said Councillor Joan Whitcombe, the council's cabinet member for "
            "transport.",
            "Bus operators said timetables would not change, but warned that journeys through "
            "the town centre could take a few minutes longer while the shelters are in use.",
        ],
        [
            "Before you continue",
            "143 partners use cookies",
            "Privacy settings",
            "Accept all",
            "Local Democracy Reporter",
            "Picture: Herald archive",
            "Advertisement",
            "Share on Facebook",
            "Most read",
            "cannabis farm",
            "House prices in the district rose 6.1%",
            "300 pupils fall ill",
            "morning briefing",
            "Part of Downland Media",
        ],
    ),
    answer(
        "t02_magazine_longread_pullquote_captions.html",
        "The glassblowers who will not retire",
        "Harbourlight",
        "Teodor Halme",
        "2027-04-03",
        "metadata",
        [
            "The furnace at the Lindqvist glassworks has burned without a break since 1931. It "
            "survived a war, two owners who went bankrupt and a winter when the works could "
            "not pay for its gas, and each morning at six Marit Olsen, who is 71, opens its "
            "door and reaches in with a blowpipe.",
            "She is the youngest of the four glassblowers left at the works. The oldest, "
            "Erling Dahl, is 78 and still works three days a week. None of them has an "
            "apprentice.",
            "The furnace never goes out",
            "Letting the furnace cool would crack its lining, and relighting it would take "
            "three weeks and cost more than the works earns in a good month. So the gas bill, "
            "about 11,000 euros a month, is paid before anything else, including the "
            "glassblowers' wages.",
            '"Glass tells you when it is ready, if you have been listening to it long '
            'enough," Olsen says, turning a globe of orange glass on the end of her pipe. "You '
            'cannot learn that from a video."',
            "The works sells about 14,000 pieces a year, most of them to tourists who visit "
            "the shop in summer. Its owner, a foundation set up by the town in 2009, says it "
            "loses money in most years.",
            "Nobody to take over",
            "Two young people started apprenticeships in 2019. One left after a year for a job "
            "at a warehouse that paid twice as much; the other moved to Copenhagen.",
            "The foundation has asked the regional government for 600,000 euros over three "
            "years to pay for four trainees, and expects an answer in June.",
            'Dahl is not waiting for it. "I will stop when my hands stop," he says. "The '
            'furnace does not know how old I am."',
        ],
        [
            "Long read",
            "there is nobody to replace them",
            "Photographs by Ines Marr",
            "14 min read",
            "The main hall of the Lindqvist works",
            "Photograph: Ines Marr",
            "shapes a vase at the end of her blowpipe",
            "has worked at the furnace since he was 16",
            "Topics:",
            "Become a member",
        ],
        once=["Glass tells you when it is ready, if you have been listening to it long enough"],
    ),
    answer(
        "t03_factcheck_verdict_box.html",
        "No, Dunmere has not cut 40% of its bus routes",
        "Veritas Desk",
        "Jonas Ekberg",
        "2027-06-08",
        "metadata",
        [
            "A post shared more than 12,000 times since last week claims that Dunmere city "
            'council "has cut 40% of its bus routes since 2025". The figures published by the '
            "council and the bus operator do not support this.",
            "In January 2025 the city had 31 bus routes, according to the timetable archive "
            "kept by the operator, Dunmere Transit. Today it has 26: two routes were withdrawn "
            "in September 2025 and three pairs of routes were merged into single routes in "
            "April 2026.",
            "That is a fall of about 16% in the number of routes, not 40%.",
            "The 40% figure appears to come from a council report in March, which said evening "
            "journeys after 8pm had been reduced by 40% on nine routes because of a shortage "
            "of drivers.",
            "The post's author, Harald Brenn, told Veritas Desk that he had \"mixed up the two "
            'numbers" and would correct the post. At the time of publication it had not been '
            "changed.",
            "A spokesperson for Dunmere Transit said evening services would be restored on "
            "five of the nine routes from August.",
        ],
        [
            "What was claimed",
            "Our verdict",
            "Two of the city's 31 routes were withdrawn in that time",
            "Share this fact check",
            "How we rate claims",
            "Seen a claim you want us to check",
            "code of principles",
        ],
    ),
    answer(
        "t04_government_notice_issued_by_copy.txt",
        "Kessel Bridge: temporary weight limit of 7.5 tonnes",
        "Vellmark Ministry of Transport",
        None,
        "2027-08-28",
        "text",
        [
            "The Kessel Bridge on the A19 between Orsby and Kessel will be closed to vehicles "
            "over 7.5 tonnes from 6 September 2027 until further notice.",
            "An inspection in July found corrosion in two of the bridge's steel bearings. The "
            "bridge remains safe for cars, vans, buses and emergency vehicles, and a weight "
            "sensor will be installed at each end to enforce the limit.",
            "Heavy goods vehicles will be diverted by way of the B1240 and the Orsby bypass, "
            "adding about 14 kilometres to the journey. Signs will be in place from 1 "
            "September.",
            "Repair work is expected to start in spring 2028 and to take about five months. "
            "The ministry will publish a further notice before the work begins.",
            "Hauliers with questions about the diversion can contact the Roads Directorate at "
            "roads.info@vellmark.example or on 0300 555 0187.",
        ],
        [
            "VELLMARK MINISTRY OF TRANSPORT",
            "Reference: VMT/RD/2027/0412",
            "Issued by the Roads Directorate",
            "Page 1 of 1",
        ],
    ),
    answer(
        "t05_podcast_transcript.html",
        "Why the fish quotas keep falling",
        "Coastline Radio",
        "Mara Ellis",
        "2027-06-04",
        "metadata",
        [
            "Mara Ellis: Hello and welcome to The Harbour Briefing. This week the cod quota for "
            "the North Sea was cut by 20% for the second year running, and skippers in our "
            "ports say some boats will not go out at all next winter.",
            "Mara Ellis: With me are Dr Anneke Vos, who studies fish stocks at the Kelderhaven "
            "marine institute, and Rob Tasker, who skippers a trawler out of Penmouth. Anneke, "
            "why has the quota been cut again?",
            "Anneke Vos: The short answer is that we are finding fewer young fish. The surveys "
            "last autumn counted about half the number of one-year-old cod that we would "
            "expect, and warmer water in the southern North Sea is a big part of that.",
            "Rob Tasker: What I would say is that we are not seeing that at sea. We had some of "
            "our best cod catches in ten years in March.",
            "Anneke Vos: That can be true at the same time. The fish that are left are moving "
            "north into colder water, so some grounds look very good while the stock as a "
            "whole is shrinking.",
            "Mara Ellis: Rob, what does a 20% cut mean for your boat?",
            "Rob Tasker: It means we will fish our quota by September and then tie up. I have a "
            "crew of five, and I cannot pay them to sit in the harbour.",
            "Mara Ellis: Dr Anneke Vos and Rob Tasker, thank you both.",
        ],
        [
            "Episode 112",
            "Listen on",
            "Download MP3",
            "has been cut by a fifth",
            "Produced by Ben Tsai",
            "Subscribe to The Harbour Briefing",
            "generated automatically",
            "More episodes",
            "The harbour that floods",
            "Listen live",
        ],
    ),
    answer(
        "t06_amp_page.html",
        "Library to open on Sundays after 6,000 sign petition",
        "Kettering Ledger",
        "Owen Hask",
        "2027-10-19",
        "metadata",
        [
            "Kettering's central library will open on Sundays again from January, more than a "
            "decade after opening hours were cut to save money.",
            "The borough council agreed the change on Monday night after a petition signed by "
            "more than 6,000 people, many of them students who said they had nowhere quiet to "
            "work at weekends.",
            "The library will open from 11am to 4pm on Sundays. The extra hours will cost about "
            "85,000 pounds a year, which the council says will come from renting out rooms in "
            "the building to local groups.",
            '"Students told us again and again that they had nowhere to go," said Councillor '
            'Amira Joshi, who presented the petition. "This is a small change that will make a '
            'real difference."',
            "The library closed on Sundays in 2014, when the council cut its library budget by "
            "a third.",
        ],
        [
            "Announcements",
            "Contact us",
            "has been closed on Sundays since 2014",
            "Advertisement",
            "View the full site",
            "By Owen Hask",
        ],
    ),
    answer(
        "t07_byline_time_only.html",
        "Vineyard owners count the cost of April frost",
        "The Moselle Courier",
        "Clara Voss",
        "2027-04-19",
        "metadata",
        [
            "Winegrowers along the lower Moselle say a single night of frost last week may have "
            "destroyed up to half of this year's grapes on the lowest slopes.",
            "Temperatures fell to minus four degrees before dawn on Wednesday, just as the "
            "first buds were opening after an unusually warm March.",
            "Some growers lit candles and straw fires between the rows through the night to "
            "keep the air moving, but the regional wine association said the damage was worst "
            "in the valley bottoms, where cold air settles.",
            '"In 30 years I have not seen it this bad so late in the spring," said Markus Heil, '
            "who farms eight hectares near Kobern.",
            "The association will publish an estimate of the damage next month. Growers with "
            "frost insurance, about one in five, will be able to claim once it is known how "
            "many buds have survived.",
        ],
        [
            "By Clara Voss",
            "4.45pm",
            "Tags:",
            "Ferry timetable changes",
            "new cycle path along the river",
            "Independent news from the valley since 1952",
            "Imprint",
        ],
    ),
    answer(
        "t08_portal_wire_originally_published.html",
        "Latvia's grain port handles record volumes as Baltic routes shift",
        "Baltic Wire Service",
        "Karlis Ozols",
        "2026-03-05",
        "metadata",
        [
            "RIGA, March 5 (BWS) - The port of Ventspils handled a record 9.4 million tonnes of "
            "grain last year as exporters from Kazakhstan and Ukraine moved cargoes away from "
            "Black Sea routes, the port authority said on Thursday.",
            "Grain shipments through the port rose by 38% from 2024, and the authority expects "
            "volumes to grow again this year after a new 120,000-tonne silo opens in June.",
            '"Traders have learned that the Baltic is slower but predictable," said the '
            "authority's chief executive, Ilze Berzina. \"Predictable is worth a lot to them "
            'now."',
            "Rail operators said the number of grain trains crossing the Latvian border had "
            "doubled since 2023, and that waits at the border had fallen to under a day.",
            "Shipping brokers cautioned that freight rates from the Baltic remained about 15% "
            "higher than from Black Sea ports.",
            "Originally published by Baltic Wire Service on 5 March 2026.",
        ],
        [
            "2 min read",
            "Copyright 2026 Baltic Wire Service",
            "may not be published, broadcast",
            "More from Newsroll",
            "Five things to know",
            "Trending",
            "Lottery jackpot",
            "more than 400 publishers",
            "Search Newsroll",
        ],
    ),
    answer(
        "t09_foreign_named_outlet_english.html",
        "Tampere tram extension opens three months early",
        "Hämeen Viesti",
        "Aino Lehto",
        "2027-04-19",
        "metadata",
        [
            "The extension of Tampere's tramway to Lentävänniemi opened to passengers on "
            "Sunday, three months ahead of schedule and within its budget of 96 million euros.",
            "The new 4.8-kilometre section adds six stops in the west of the city, and trams "
            "will run every seven and a half minutes at peak times.",
            "City officials said the early finish was helped by a mild winter, which allowed "
            "track to be laid through January and February.",
            "About 2,500 people rode the new line on its first morning, according to the "
            "operator, many of them families who had come to try it.",
            '"I have waited for this since we moved here in 2019," said Sanna Korpela, who '
            'lives near the terminus. "My bus took forty minutes; the tram takes twenty."',
            "The city expects the extension to carry about 12,000 passengers a day once schools "
            "and offices along the route are open as normal.",
        ],
        [
            "keskiviikko 21.4.2027",
            "Suomeksi",
            "In English",
            "Published 19.4.2027",
            "Luetuimmat",
            "Kuntavaalit",
            "Päätoimittaja",
            "Contact the newsroom",
        ],
    ),
    answer(
        "t10_cp1252_smart_quotes_copy.txt",
        "Pier owners warn of a “last summer” without repairs",
        "Seafront Gazette",
        "Rhian Cole",
        "2027-07-03",
        "text",
        [
            "The owners of Penmor Pier say this could be the pier’s “last summer” open to the "
            "public unless they raise £1.8 million for repairs by the end of the year.",
            "Surveyors found in May that 40 of the pier’s 212 cast-iron legs had corroded "
            "badly – some by more than half their thickness – and that the deck over the last "
            "60 metres was no longer safe for crowds.",
            "“We are not crying wolf,” said Gareth Price, who chairs the trust that has owned "
            "the pier since 2003. “Without the money, we will have to close it for good when "
            "the season ends.”",
            "The trust has raised about €240,000 from a European heritage fund and £310,000 "
            "from visitors’ donations, and has applied to the national lottery’s heritage fund "
            "for the rest.",
            "The pier, opened in 1896, draws about 150,000 visitors a year and is the town’s "
            "biggest tourist attraction after the beach itself.",
        ],
        ["By Rhian Cole", "Saturday 3 July 2027", "Share this article", "© Seafront Gazette"],
    ),
    answer(
        "t11_notes_app_front_matter.md",
        "Rail strike called off after overnight talks",
        "Northern Express",
        "Dev Mistry",
        "2027-01-22",
        "metadata",
        [
            "A strike by train drivers that would have shut down most services in the "
            "north-west this weekend has been called off after talks that ran through the "
            "night.",
            "The drivers' union said it had accepted a revised offer of a 5.5% pay rise this "
            "year and 4% next year, up from 4.5% and 3.5% in the offer its members rejected "
            "last month.",
            "The operator, Northern Lines, said all services would run as normal on Saturday "
            "and Sunday, although a few early trains on Saturday could be cancelled because "
            "crews had been told not to come in.",
            "About 180,000 passengers a day use the operator's trains on a typical weekend.",
            "The union will put the offer to a vote of its members, with the result due on 9 "
            "February.",
        ],
        [
            "to-read",
            "2027-01-24",
            "My notes",
            "back-dated January rise",
            "Compare with the bus drivers' deal",
        ],
        url="https://www.northernexpress.example/news/2027/01/rail-strike-called-off",
    ),
    answer(
        "t12_inline_clock_times.html",
        "Warehouse fire in Brisley: roads reopen after 200 tonnes of cardboard burn",
        "Norfolk Eye",
        "Sophie Dunn",
        "2027-08-15",
        "metadata",
        [
            "Roads around an industrial estate in Brisley have reopened after a fire destroyed "
            "a recycling warehouse holding about 200 tonnes of cardboard.",
            "The fire service said the first call came at 14:05 from a lorry driver who saw "
            "smoke coming from the roof, and eight crews were at the scene within half an "
            "hour.",
            "Residents of about 40 homes on Mill Lane were asked to keep their windows and "
            "doors shut because of the smoke, which could be seen from Dereham.",
            "Police closed the B1145 in both directions and reopened it at 18:30, once the fire "
            "service said the blaze was under control.",
            "Nobody was hurt. The warehouse's owner, Brisley Fibre Recycling, said its 25 staff "
            "had left the building safely and would be paid while the site was cleared.",
            "Firefighters expect to stay at the site overnight to damp down hot spots, and the "
            "cause of the fire will be investigated once it is safe to enter the building.",
        ],
        [
            "Norfolk Eye reporter",
            "15 August 2027, 14:05",
            "15 August 2027, 18:30",
            # Added after the first run, which kept each sentence twice, once whole and once
            # with its <time> cut out: the first-run answer could not see the cut copies.
            "the first call came at from a lorry driver",
            "reopened it at , once",
            "Related stories",
            "Heath fire near Holt",
        ],
    ),
]


def main() -> None:
    write_answers(HERE, ANSWERS)


if __name__ == "__main__":
    main()
