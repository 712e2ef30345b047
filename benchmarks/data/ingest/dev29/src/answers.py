"""dev29's answers, written by hand before the engine ran on the files."""

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _answers_common import answer, write_answers

A: list[dict[str, Any]] = []


def add(*fields: Any, **extra: Any) -> None:
    A.append(answer(*fields, **extra))


add(
    "w01_arc_xp_page.html",
    "Ferry operator cuts winter sailings to Inchmarnock",
    "The Clydeside Standard",
    "Eilidh Morrison",
    "2025-10-14",
    "metadata",
    [
        "The ferry company serving Inchmarnock will run two return sailings a day instead of four from November to March, it confirmed on Monday.",
        "The operator said a shortage of deck crew and the cost of fuel had left it unable to keep the full timetable through the winter months.",
        "About 180 people live on the island year-round, and many travel to the mainland for work, school and hospital appointments.",
        '"If the morning boat is cancelled because of the weather, there will be nothing until the afternoon," said Joan Ritchie, who chairs the community council.',
        "The company said it would review the timetable in January and would add sailings if it could recruit more crew.",
    ],
    [
        "Islanders say the reduced timetable",
        "Transport Correspondent",
        "The MV Carrick at the Inchmarnock slipway",
        "Photo: Alan Baird",
        "READ MORE",
        "Pier repairs delayed",
        "Advertisement",
        "Topics:",
        "Most Read",
        "School bus contract",
        "All rights reserved",
        "Updated October 15",
    ],
)

add(
    "w02_drupal_node.html",
    "Library opening hours extended after petition",
    "Weald Gazette",
    "Harriet Cole",
    "2025-10-09",
    "text",
    [
        "Cranbrook library will open on Saturday afternoons and two evenings a week from next month, the county council has announced.",
        "The change follows a petition signed by more than 1,400 residents, many of them parents who said the library closed before their children finished school.",
        "The library will stay open until 7pm on Tuesdays and Thursdays, and until 4pm on Saturdays.",
        "Councillor Ben Arnott, who is responsible for libraries, said the extra hours would be paid for by moving two staff posts from the mobile library service.",
        '"We listened to what people told us and this is the result," he said.',
    ],
    [
        "Skip to main content",
        "Submitted by",
        "Tags",
        "Libraries",
        "Add new comment",
        "Log in or register",
        "Weald Community Media",
        "Registered in England",
    ],
)

add(
    "w03_ghost_post.html",
    "The Marsh Road flood defences are already too low",
    "The Saltmarsh Dispatch",
    "Tamsin Hale",
    "2025-08-21",
    "metadata",
    [
        "The flood wall built along Marsh Road two years ago was designed for a sea level that tide gauges in the estuary have already recorded, according to a report presented to the council's environment committee.",
        "The wall was finished in 2023 at a cost of £6.8 million and was meant to protect about 300 homes until at least 2060.",
        "The report, written by the council's own engineers, says the highest tides of last winter came within 20 centimetres of the top of the wall on three occasions.",
        "What happens next",
        "Officers have asked for £120,000 to survey the wall and model how high it would need to be raised.",
        "Residents of the Marsh Road estate will be invited to a meeting at the community centre on 4 September.",
    ],
    [
        "A council report shows the new wall",
        "4 min read",
        "reader-funded",
        "Become a member",
        "Get the Dispatch in your inbox",
        "Every Friday, free",
        "Read more",
        "Harbour dredging",
        "Powered by Ghost",
        "Sign in",
    ],
)

add(
    "w04_medium_post.html",
    "What I learned counting birds on the Tarn for ten years",
    "Upland Notes",
    "Rowan Ashby",
    "2025-06-03",
    "metadata",
    [
        "Every month since the spring of 2015 I have walked the same six-kilometre loop around Tarn Moss with a notebook and a pair of binoculars.",
        "In that time I have recorded 71 species, and the pattern that stands out is not which birds arrived but which ones stopped coming.",
        "The last pair of curlews nested on the moss in 2019. Lapwings held on for two more seasons and then disappeared too.",
        "Dippers, on the other hand, are doing well. I counted four pairs along the beck this year, the most since I started.",
        "I do not know exactly why, but the beck has been cleaner since the farm upstream fenced its cattle away from the water in 2020.",
    ],
    [
        "Curlews are gone, but the dippers",
        "Open in app",
        "Follow",
        "Published in",
        "5 min read",
        "Listen",
        "Written by Rowan Ashby",
        "112 Followers",
        "Birder, walker",
        "More from Rowan Ashby",
        "Responses (7)",
        "What are your thoughts",
        "Text to speech",
        "Conservation",
    ],
    once=["The last pair of curlews nested on the moss in 2019."],
)

add(
    "w05_public_broadcaster.html",
    "Hill farmers warn of losses after wettest autumn on record",
    "Northern Isles Broadcasting",
    "Magnus Flett",
    "2025-11-26",
    "metadata",
    [
        "Hill farmers in the south-west say the wettest autumn on record has left fields waterlogged and could cut next spring's lamb crop.",
        "Rainfall at the Eskdalemuir weather station between September and November was more than 60% above the long-term average.",
        "Farmers say ewes grazing on sodden ground are in poorer condition going into the winter, and that some have had to buy in feed weeks earlier than usual.",
        "\"I've farmed here for 35 years and I've never seen the hill this wet,\" said Archie Kerr, who keeps 900 ewes near Moniaive.",
        "'Support needed'",
        "The farmers' union has asked the Scottish government to bring forward support payments that are normally made in the spring.",
        "A government spokesperson said ministers were monitoring the situation and would meet industry leaders next week.",
    ],
    [
        "rural affairs correspondent",
        "Image source",
        "Image caption",
        "Some fields near Dalry",
        "Related topics",
        "More on this story",
        "Flood warnings issued",
        "Top stories",
        "Ferry strike called off",
        "external linking",
        "Skip to content",
    ],
)

add(
    "w06_gov_press_release.html",
    "New rules to cut waiting times for driving tests",
    "Driver and Vehicle Standards Agency",
    None,
    "2025-07-22",
    "text",
    [
        "From this autumn, only the learner driver will be able to book or change a practical driving test, under rules announced today.",
        "The change is aimed at companies whose software books up test slots as soon as they are released and sells them on to learners for as much as £250, several times the official fee.",
        "The agency will also recruit 450 more examiners over the next year to bring down the average waiting time, which stood at 21 weeks in June.",
        "What the minister said",
        "Roads Minister Lilian Greenwood said:",
        "Learners have been held to ransom by bots and resellers for too long. These rules put them back in control.",
    ],
    [
        "Cookies on GOV.UK",
        "Learner drivers will no longer be able",
        "Press release",
        "From:",
        "Last updated",
        "See all updates",
        "Notes to editors",
        "laid before Parliament",
        "First published.",
        "Is this page useful",
        "Open Government Licence",
        "Crown copyright",
        "Learning to drive",
    ],
)

add(
    "w07_ngo_report_page.html",
    "Thirsty ground: ten years of drought in the Karsa basin",
    "Wells for All",
    None,
    "2025-03-03",
    "text",
    [
        "Rainfall in the Karsa basin has been below its long-term average in eight of the last ten years, and the water table under the basin's villages has fallen by an average of 14 metres since 2015.",
        "This report draws on measurements from 212 wells that Wells for All and its partners have monitored since 2015, and on interviews with 340 households in 18 villages.",
        "It finds that one well in three that was working in 2015 now runs dry for at least two months a year, and that women and girls in the worst-hit villages spend an average of four hours a day fetching water.",
        "Recommendations",
        "We call on the regional government to fund deeper boreholes in the 40 villages where shallow wells have failed, and to set up a drought early-warning system shared with community water committees.",
    ],
    [
        "Donate now",
        "Download the full report",
        "Download the summary",
        "Region:",
        "Key figures",
        "212 wells monitored",
        "Related resources",
        "Briefing: pumps that last",
        "Stay informed",
        "registered charity",
        "Get involved",
    ],
)

add(
    "w08_prwire_release.html",
    "Norlund Rail Orders 24 Battery Trains from Ostrava Works",
    "Norlund Rail AB",
    None,
    "2025-09-16",
    "metadata",
    [
        "GOTHENBURG, Sweden, Sept. 16, 2025 /NewsBeacon/ -- Norlund Rail AB has ordered 24 battery-electric trains from Ostrava Works in a contract worth EUR 410 million, the company said today.",
        "The trains will replace diesel units on four regional lines in western Sweden, where about 60 kilometres of track are not electrified. Each train can run up to 120 kilometres on battery power and recharge under overhead wires at the main stations.",
        '"This order lets us take diesel off our network entirely by the end of the decade," said Karin Dahl, chief executive of Norlund Rail.',
        "The first trains are due to enter service in 2028, with the full fleet running by 2029.",
    ],
    [
        "Contract worth EUR 410 million will replace",
        "News provided by",
        "Share this article",
        "About Norlund Rail AB",
        "38 million passengers",
        "About Ostrava Works",
        "rolling stock for operators",
        "Media contacts",
        "press@norlundrail.se",
        "SOURCE Norlund Rail",
        "More news from",
        "solely responsible",
        "Send a Release",
    ],
)

add(
    "w09_paywall_cut_copy.txt",
    "Brewery to close Harrowgate site with loss of 140 jobs",
    "The Harrowgate Courier",
    "Daniel Okoro",
    "2025-02-12",
    "text",
    [
        "Workers were told on Wednesday morning that production will move to the company's plant in Leeds",
        "Tanfield Brewery will close its Harrowgate site at the end of June with the loss of 140 jobs, the company told staff on Wednesday.",
        "The brewery has made beer on the Bower Road site since 1868. Production will move to the group's larger plant in Leeds, which it says has spare capacity after a fall in demand for bottled ale.",
        "Union officials said the news had come as a shock, as the company had announced an investment of £3 million in the Harrowgate site less than two years ago.",
    ],
    [
        "Share",
        "This article is for subscribers only",
        "Subscribe to the Courier",
        "Already a subscriber",
        "Subscribe now",
        "Most read",
        "Bypass plan back",
        "Town centre cafe",
    ],
    partial=True,
)

add(
    "w10_two_articles_related.html",
    "Swimming pool to reopen after £2m roof repair",
    "Fenland Echo",
    "Priya Sandhu",
    "2025-04-08",
    "metadata",
    [
        "Wisbech's public swimming pool will reopen on 3 May, 18 months after it was closed when inspectors found corroded steel in the roof.",
        "The district council spent £2.1 million replacing the roof frame and the ventilation system that had let damp air reach the steel.",
        "Swimming clubs that had moved their sessions to King's Lynn said they would return as soon as the pool opened.",
        "The council said prices would stay the same as before the closure.",
    ],
    [
        "Share on Facebook",
        "Copy link",
        "Related",
        "Leisure centre fees to rise",
        "Tom Barker",
        "Fees at the district's three leisure centres",
        "An adult swim will cost",
        "higher energy bills",
        "Most read",
        "Roadworks on A47",
        "All rights reserved",
    ],
)

add(
    "w11_story_copy.docx",
    "Temple Quay footbridge to open two years late",
    "Avon Valley Post",
    "Hannah Price",
    "2025-05-19",
    "text",
    [
        "BRISTOL, 19 May 2025 - A new footbridge over the River Avon at Temple Quay will open to walkers and cyclists on Saturday, two years later than planned.",
        "The bridge cost £9.6 million, almost double the first estimate, after engineers found that the riverbed was softer than surveys had shown and the foundations had to be redesigned.",
        "About 4,000 people a day are expected to use it to reach the railway station from the new homes on the south bank.",
        "The city council said the final bill would be published at its July meeting.",
    ],
    ["By Hannah Price", "bridge copy v2", "newsdesk", "Page 1", "Avon Valley Post"],
)

add(
    "w12_story_copy.odt",
    "Families moved out after wall collapse in Kestle Street",
    "Truro Weekly News",
    "Jory Pascoe",
    "2025-07-06",
    "text",
    [
        "Two families were moved out of their homes in Kestle Street on Sunday night after part of a garden wall collapsed into a neighbouring yard.",
        "Firefighters said nobody was hurt, but the wall had brought down a shed and a section of the alley behind the terrace was closed.",
        "The council's building control officers will inspect the remaining wall on Monday morning.",
        "Residents said they had reported cracks in the wall to the landlord in January.",
    ],
    ["By Jory Pascoe", "Published 6 July 2025", "wall story", "desk2", "Truro Weekly News"],
)

write_answers(Path(__file__).resolve().parents[1], A)
