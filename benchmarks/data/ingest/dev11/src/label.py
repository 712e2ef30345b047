"""Write dev11/answers.jsonl from the HTML articles here: the labels, written before the importer
ever read the files. Body paragraphs are taken from the HTML so that no sentence is mistyped;
which ones are the body, and everything else, is decided below by hand."""

import json
import re
from pathlib import Path

from lxml import html as LH

SRC = Path(__file__).resolve().parent


def doc(name):
    return LH.fromstring((SRC / name).read_text(encoding="utf-8"))


def t(el):
    return re.sub(r"\s+", " ", el.text_content()).strip()


def texts(name, xpath):
    return [t(e) for e in doc(name).xpath(xpath)]


def report_body(name):
    d = doc(name)
    out = []
    for el in d.xpath("//body/*"):
        if el.tag == "h2":
            if t(el) != "Summary":
                out.append(t(el))
        elif el.tag == "p" and el.get("class") != "colophon":
            out.append(t(el))
        elif el.tag == "table":
            for tr in el.xpath(".//tr"):
                out.append(" | ".join(t(c) for c in tr.xpath("./th|./td")))
        elif el.tag == "ol":
            out += [t(li) for li in el.xpath("./li")]
    return out


a01 = texts("a01_local_news.html", "//article/p[not(@class)]")
a02 = texts("a02_feature_two_columns.html", "//div[@class='body']/*")
a03 = []
for e in doc("a03_live_blog.html").xpath("//div[@class='entry']/*[self::h2 or self::p]"):
    a03.append(t(e))
a04 = texts("a04_press_release.html", "//body/p")[:5]
assert a04[-1].startswith("The board will complete")
a05 = report_body("a05_report_footnotes_tables.html")
a06 = texts("a06_page_furniture.html", "//article/p")
a07 = texts("a07_opinion_ligatures.html", "//body/p")
a08 = texts("a08_no_printed_date.html", "//body/p")
a09 = texts("a09_wire_story_dated_address.html", "//body/p")
a10 = []
for el in doc("a10_explainer_lists.html").xpath("//body/*"):
    if el.tag in ("p", "h2"):
        a10.append(t(el))
    elif el.tag == "ul":
        a10 += [t(li) for li in el.xpath("./li")]


def A(file, title, source, author, published, origin, body, furniture, once=(), url=None):
    return {
        "file": file,
        "title": title,
        "source": source,
        "author": author,
        "published": published,
        "published_origin": origin,
        "url": url,
        "first": body[0] if body else "",
        "last": body[-1] if body else "",
        "body": body,
        "furniture": list(furniture),
        "once": list(once),
    }


answers = [
    A(
        "c01_local_news_browser_header_footer.pdf",
        "Council approves quarry extension after two-year dispute",
        "Ashby Vale Courier",
        "Megan Thorley",
        "2025-03-14",
        "text",
        a01,
        [
            "11/27/26",
            "ashbyvalecourier.example",
            "1/2",
            "2/2",
            "Subscribe from £1 a week",
            "Share on Facebook",
            "14 comments",
            "Pell Hill quarry seen from Lowther Road",
            "Related stories",
            "Quarry blasting complaints doubled last year",
            "Ashby Vale Media Ltd",
            "Residents say they will ask for a judicial review",
            "Published 14 March 2025",
            "What's On",
        ],
        url="http://www.ashbyvalecourier.example/news/council-approves-quarry-extension-after-two-year-dispute",
    ),
    A(
        "c02_feature_two_columns_ligatures.pdf",
        "The last ferrymen of the Tamsett estuary",
        "The Northern Ledger",
        "Isla Brennan and Tomasz Wójcik",
        "2025-03-03",
        "text",
        a02,
        [
            "11/27/26",
            "northernledger.example",
            "1/2",
            "9 min read",
            "For 300 years a rowing boat",
            "communities correspondent",
            "Additional reporting by",
            "Gift this article",
            "Save for later",
        ],
        url="http://www.northernledger.example/features/last-ferrymen-tamsett-estuary",
    ),
    A(
        "c03_live_blog_no_header.pdf",
        "Storm Elowen live: rail lines closed as gusts reach 90mph",
        "Westcountry Post",
        "Dan Okafor and Hannah Pike",
        "2025-01-09",
        "text",
        a03,
        [
            "Key events",
            "4h ago",
            "Show key events only",
            "Copy link",
            "16.40 GMT",
            "07.15 GMT",
            "Last modified",
            "Load more updates",
            "Westcountry Post Ltd",
            "Amber wind warning in force until 9pm",
            "Live reporting by",
        ],
    ),
    A(
        "c04_press_release_browser.pdf",
        "Eastmoor Water Board lifts hosepipe ban for 190,000 customers",
        "Eastmoor Water Board",
        None,
        "2025-02-12",
        "text",
        a04,
        [
            "FOR IMMEDIATE RELEASE",
            "ENDS",
            "Notes to editors",
            "section 76 of the Water Industry Act",
            "Media contact",
            "press@eastmoorwater.example",
            "Home › News and media",
            "Reservoir House",
            "11/27/26",
            "eastmoorwater.example/news",
            "1/1",
        ],
        url="http://www.eastmoorwater.example/news/hosepipe-ban-lifted",
    ),
    A(
        "c05_report_footnotes_tables_page_x_of_y.pdf",
        "Private renting in the Tamsin valley 2024",
        "Tamsin Valley Housing Forum",
        None,
        "2025-01-28",
        "text",
        a05,
        [
            "Page 1 of 2",
            "Page 2 of 2",
            "Forum Private renting",
            "Annual report",
            "registered charity",
            "may be reproduced for non-commercial",
        ],
    ),
    A(
        "c06_page_furniture_sidebar.pdf",
        "School meals contract handed back to council after complaints",
        "Brackenfield Gazette",
        "Priya Raman",
        "2025-05-05",
        "text",
        a06,
        [
            "We use cookies",
            "BREAKING: A62",
            "Get the Gazette's morning briefing",
            "Enter your email address",
            "Advertisement",
            "Tags: Schools",
            "32 comments",
            "Most read",
            "Town centre car park to close",
            "Pennine Local Media",
            "Education Correspondent",
            "Updated 6 May",
            "11/27/26",
            "brackenfieldgazette.example",
            "1/2",
        ],
        url="http://www.brackenfieldgazette.example/news/education/school-meals-contract-handed-back",
    ),
    A(
        "c07_opinion_ligatures_drop_cap.pdf",
        "Our libraries are the last free indoor places left",
        "The Fenland Review",
        "Rosalind Achebe",
        "2025-02-16",
        "text",
        a07,
        ["former chair of the Fenland Libraries Trust", "OPINION", "Sunday 16 February 2025"],
    ),
    A(
        "c08_no_printed_date_print_stamp.pdf",
        "Ferry operator drops winter sailings to Holm island",
        "Coastline Radio News",
        None,
        None,
        None,
        a08,
        [
            "Listen to this article",
            "Staff reporter",
            "Coastline Radio Ltd",
            "Listen live",
            "11/27/26",
            "coastlineradio.example",
            "1/1",
        ],
        url="http://news.coastlineradio.example/local/holm-ferry-winter-sailings",
    ),
    A(
        "c09_wire_story_dated_address.pdf",
        "Norway to expand electric ferry fleet on western fjord routes",
        "Daily Meridian",
        "Kari Lund",
        "2025-04-22",
        "text",
        a09,
        [
            "An electric car ferry crosses",
            "NWA/Per Olsen",
            "More from Europe",
            "World · Europe",
            "6:40 a.m. EDT",
            "11/27/26",
            "dailymeridian.example",
            "1/1",
        ],
        once=["The fjords showed the world that electric ferries work"],
        url="http://www.dailymeridian.example/world/2025/04/22/norway-electric-ferries/",
    ),
    A(
        "c10_explainer_lists_no_header.pdf",
        "Explained: what the new bus fare cap means for you",
        "Midlands Observer",
        "Ed Harcourt",
        "2025-06-02",
        "text",
        a10,
        [
            "Key points",
            "Single fares capped at £2.50 from 1 July",
            "Day tickets capped at £6",
            "Share this explainer",
            "Copy link",
        ],
    ),
    A(
        "l01_press_release_from_libreoffice.docx",
        "Eastmoor Water Board lifts hosepipe ban for 190,000 customers",
        "Eastmoor Water Board",
        None,
        "2025-02-12",
        "text",
        a04,
        [
            "FOR IMMEDIATE RELEASE",
            "ENDS",
            "Notes to editors",
            "section 76 of the Water Industry Act",
            "Media contact",
            "press@eastmoorwater.example",
            "Home › News and media",
            "Reservoir House",
        ],
    ),
    A(
        "l02_report_from_libreoffice.docx",
        "Private renting in the Tamsin valley 2024",
        "Tamsin Valley Housing Forum",
        None,
        "2025-01-28",
        "text",
        a05,
        ["Annual report", "registered charity", "may be reproduced for non-commercial"],
    ),
    A(
        "l03_report_from_libreoffice.pdf",
        "Private renting in the Tamsin valley 2024",
        "Tamsin Valley Housing Forum",
        None,
        "2025-01-28",
        "text",
        a05,
        ["Annual report", "registered charity", "may be reproduced for non-commercial"],
    ),
    A(
        "l04_opinion_from_libreoffice.pdf",
        "Our libraries are the last free indoor places left",
        "The Fenland Review",
        "Rosalind Achebe",
        "2025-02-16",
        "text",
        a07,
        ["former chair of the Fenland Libraries Trust", "OPINION", "Sunday 16 February 2025"],
    ),
]
with open(SRC.parent / "answers.jsonl", "w", encoding="utf-8") as f:
    for a in answers:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
for a in answers:
    print(a["file"], len(a["body"]), "|", a["first"][:60], "|", a["last"][:60])
