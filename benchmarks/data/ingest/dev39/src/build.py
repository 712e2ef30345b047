"""dev39's documents, invented by hand (places, people, outlets); writes them beside ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev39/src/build.py``.
Reader call-outs ("Have you been affected? Email ...", "Do you have a story? Contact ...",
"Share your experiences", "Tips? Send them to ...") at the foot or between a story's
paragraphs, beside sentences of the story that ask people for something and stay: a quote
of someone asking people to e-mail, a police appeal for witnesses with a phone number, a
council's survey, a leaflet's words quoted.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))

from _answers_common import write_documents  # noqa: E402


def page(
    title: str,
    outlet: str,
    author: str,
    day: str,
    shown_day: str,
    blocks: list[str],
    *,
    lang: str = "en-GB",
) -> str:
    """A saved article page: site chrome, the headline, byline and date, ``blocks`` (markup
    as written) in the story's container, and the site's footer."""
    body = "\n".join(f"      {b}" for b in blocks)
    esc = html.escape
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{esc(title)} | {esc(outlet)}</title>
  <meta property="og:site_name" content="{esc(outlet)}">
  <meta property="og:title" content="{esc(title)}">
  <meta name="author" content="{esc(author)}">
  <meta property="article:published_time" content="{day}T07:30:00+00:00">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">{esc(outlet)}</a>
    <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/what-s-on">What's on</a></nav>
  </header>
  <main>
    <article>
      <h1>{esc(title)}</h1>
      <div class="byline">By <a rel="author" href="/authors/x">{esc(author)}</a></div>
      <time datetime="{day}T07:30:00+00:00">{shown_day}</time>
      <div class="article-body">
{body}
      </div>
    </article>
  </main>
  <footer class="site-footer"><p>&copy; 2027 {esc(outlet)}. All rights reserved.</p></footer>
</body>
</html>
"""


def p(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


FLOOD = [
    "More than 60 homes in Lower Brackwater were flooded overnight after the River Tane burst "
    "its banks following two days of heavy rain.",
    "Firefighters used boats to reach residents on Ferry Lane, where water was more than a "
    "metre deep by 3am on Sunday.",
    "The district council opened a rest centre at St Aidan's church hall, where 45 people "
    "spent the night.",
    "The Environment Office said river levels were falling on Sunday afternoon but that "
    "more rain was forecast for Tuesday.",
]
y01 = page(
    "Dozens of homes flooded as River Tane bursts its banks",
    "The Brackwater Mercury",
    "Hollie Danes",
    "2027-02-14",
    "Sunday 14 February 2027",
    [p(x) for x in FLOOD]
    + [
        "<p><strong>Have you been affected by the flooding? Email "
        "newsdesk@brackwatermercury.example or message us on WhatsApp on 07700 900 318.</strong></p>"
    ],
)

STRIKE = [
    "Bus drivers at Calder Vale Motor Services will strike for five days from Monday after "
    "talks over pay broke down, their union said.",
    "The company runs 140 of the valley's 180 daily services, including the school buses "
    "to Hepley and Marsden Cross.",
    "The union said drivers had been offered a rise of 3 percent, against inflation of "
    "more than 5 percent.",
    "Calder Vale Motor Services said it was disappointed and would run a reduced timetable "
    "on its two busiest routes.",
    "Parents have been told to make their own arrangements for getting children to school.",
]
y02 = page(
    "Valley bus drivers to strike for five days",
    "Calder Vale Times",
    "Omar Feltham",
    "2027-03-05",
    "5 March 2027",
    [p(x) for x in STRIKE[:3]]
    + [
        '<p class="callout"><em>Do you have a story about the bus strike? Contact our '
        "newsroom at news@caldervaletimes.example</em></p>"
    ]
    + [p(x) for x in STRIKE[3:]],
)

y03 = """Library opening hours cut across Westmere
By Priya Calloway
Westmere Herald
Wednesday 10 March 2027

Six of Westmere's nine libraries will open on three days a week instead of five from April, under savings approved by the county council on Tuesday.

The council said the change would save 410,000 pounds a year and that no library would close.

Campaigners said the cuts would hit children and older people hardest, and that the county's mobile library had already been withdrawn.

Councillor Dev Sharma, who leads on culture, said volunteers would be invited to run extra sessions.

Share your experiences: how will the changes affect you? Fill in our form at westmereherald.example/libraries

© 2027 Westmere Herald
"""

y04 = page(
    "Harbour master warns of unlit wreck off Kessock Point",
    "Kessock Bay News",
    "Callum Reith",
    "2027-01-19",
    "19 January 2027",
    [
        p(
            "The harbour master at Kessock has warned boat owners to keep clear of a wreck that "
            "sank off Kessock Point on Saturday and is not yet marked by a buoy."
        ),
        p(
            "The 12-metre fishing boat went down in calm weather after taking on water. Its two "
            "crew were picked up by a passing yacht."
        ),
        p(
            "Harbour master Isla Cowie said a lit buoy would be laid on Thursday, weather "
            "permitting, and that the owner's insurer was arranging to raise the boat."
        ),
        "<p><em>Tips? Send them to tips@kessockbaynews.example or call the newsdesk on "
        "01632 960 741.</em></p>",
    ],
)

y05 = """Appeal after man seriously hurt in Northwick hit-and-run

Northwick Evening Star
By Lena Marsh
Published 22 April 2027

A 34-year-old man was seriously injured when he was hit by a car that failed to stop on Tanner Road in Northwick late on Tuesday.

The man was taken to Northwick General Hospital, where his condition was described as serious but stable.

Police said the car, thought to be a dark grey hatchback, was driven off towards the ring road.

Officers have appealed for witnesses and for anyone with dashcam footage to call 101, quoting incident 1187 of 20 April.

Were you there? Get in touch with the Star: email news@northwickstar.example or call 01632 960 555.

© Northwick Evening Star 2027
"""

y06 = page(
    "Charity asks public to help trace missing swans",
    "The Fenmoor Gazette",
    "Tomasz Wren",
    "2027-05-03",
    "3 May 2027",
    [
        p(
            "A wildlife charity has asked people in Fenmoor to look out for four cygnets that "
            "vanished from the town's mill pond at the weekend."
        ),
        p(
            "Volunteers found the nest empty on Saturday morning and the parent birds "
            "searching the banks. The charity believes the cygnets were taken."
        ),
        p(
            '"If you saw anything unusual by the pond on Friday night, please email us at '
            'rescue@fenswans.example," said Dora Lake, who runs Fenmoor Swan Rescue. '
            '"Even a small detail could help."'
        ),
        p(
            "Taking or harming a wild swan is an offence. The police said they had been told "
            "and were making enquiries."
        ),
        '<aside class="reader-callout"><h3>Share your story</h3><p>Have you spotted the '
        "cygnets? Tell us what you saw: newsdesk@fenmoorgazette.example</p></aside>",
    ],
)

y07 = """---
title: "Teachers warned of larger classes as Ashby Wold cuts 40 posts"
source: "The Ashby Wold Reporter"
author: "Gemma Oduya"
date: 2027-06-08
url: https://ashbywoldreporter.example/news/2027/06/08/teacher-posts-cut
---

# Teachers warned of larger classes as Ashby Wold cuts 40 posts

Secondary schools in Ashby Wold will lose 40 teaching posts from September after the local education trust set a budget with a shortfall of 2.1 million pounds.

The trust said most of the posts would go when staff retire or leave, and that it expected fewer than ten redundancies.

**Are you a teacher or parent affected by the changes? We'd like to hear from you. Email education@ashbywoldreporter.example**

Head teachers warned that some classes in the first two years could grow to more than 32 pupils.

The teachers' union said it would ballot members at the three schools with the deepest cuts.
"""

BINS = [
    "Households in Tarnside will have their general waste collected every three weeks "
    "instead of every two from October, the borough council has decided.",
    "Food waste will still be collected weekly, and the council will hand out larger "
    "recycling boxes to families of five or more.",
    "The council said the change would cut the waste sent to landfill by a fifth and save "
    "about 700,000 pounds a year.",
    "It has asked residents to share their experiences of the trial in Upper Tarnside through "
    "an online survey that closes on 30 June.",
]
y08 = page(
    "Tarnside bin collections to move to every three weeks",
    "Tarnside Post",
    "Ben Acheson",
    "2027-06-12",
    "Saturday 12 June 2027",
    [p(x) for x in BINS]
    + [
        '<div class="get-in-touch"><p><strong>Let us know:</strong> How will the change '
        "affect your household? Email yourviews@tarnsidepost.example</p></div>"
    ],
)

y09 = """Two arrested after cash machine ripped from wall in Dunmere

Dunmere Daily
Staff reporter
7 July 2027

Two men have been arrested after a cash machine was torn from the wall of a shop in Dunmere's High Street in the early hours of Monday.

Police said a stolen digger was used in the raid, which caused damage the shop's owner put at 60,000 pounds.

The men, aged 27 and 41, were arrested in a car near the Hollins roundabout and remain in custody.

Anyone with information is asked to contact Crimestoppers anonymously on 0800 555 111.

If you have information about this or any other story, contact our newsroom on 01632 960 123 or email news@dunmeredaily.example
"""

y10 = page(
    "Energy bills: Valmont households face 9 percent rise",
    "Valmont Observer",
    "Saira Hutton",
    "2027-09-01",
    "1 September 2027",
    [
        p(
            "Households in Valmont will pay about 9 percent more for gas and electricity from "
            "October after the regional supplier raised its standing charges."
        ),
        p(
            "Valmont Power said higher network costs were behind the increase, which will add "
            "about 160 pounds a year to a typical bill."
        ),
        '<div class="callout-box"><h3>Are you struggling with your bills?</h3><p>We want to '
        "hear how rising prices are affecting you and your family. Share your experiences "
        "by emailing money@valmontobserver.example.</p></div>",
        p(
            "Advice charities said calls from people unable to pay their bills had doubled "
            "since the spring."
        ),
        p(
            "The supplier said customers in difficulty could ask for a payment plan and that "
            "its hardship fund would reopen in November."
        ),
    ],
)

y11 = """Fire destroys boatyard sheds at Larkhill quay
Larkhill Courier | 15 August 2027 | By Ruth Tennant

A fire destroyed three sheds and at least six boats at a boatyard on Larkhill quay on Saturday night.

Crews from four stations fought the blaze, which sent smoke across the harbour and led police to close Quay Road for several hours.

Do you have photos or video of the fire? Send them to pictures@larkhillcourier.example

No one was hurt. The fire service said the cause was not yet known but was not thought to be suspicious.

The boatyard's owner, Neil Pask, said the business had been on the quay for 70 years and that he hoped to rebuild.

Got a story? Text or WhatsApp us on 07700 900 456.
"""

y12 = page(
    "Residents campaign against night flights at Ostley airfield",
    "The Ostley Examiner",
    "Kit Rawlings",
    "2027-10-04",
    "4 October 2027",
    [
        p(
            "Residents near Ostley airfield have started a campaign against plans to allow "
            "cargo flights at night from next spring."
        ),
        p(
            'Leaflets put through 3,000 doors on Monday read: "Have you been kept awake by '
            'low flights? Email the campaign at quietostley@campaign.example."'
        ),
        p(
            "The airfield's owner said night flights would bring 120 jobs and that aircraft "
            "would use a route over farmland where possible."
        ),
        p("A public consultation runs until 15 November."),
        "<p><strong>Have your say:</strong> Do you live near the airfield? Tell us what you "
        "think in the comments below.</p>",
    ],
)

DOCUMENTS = [
    ("y01_affected_email_foot.html", y01),
    ("y02_story_contact_mid.html", y02),
    ("y03_share_experiences_form.txt", y03),
    ("y04_tips_send_foot.html", y04),
    ("y05_police_appeal_and_callout.txt", y05),
    ("y06_quote_asks_email_callout_box.html", y06),
    ("y07_teacher_callout_mid.md", y07),
    ("y08_council_survey_let_us_know.html", y08),
    ("y09_crimestoppers_and_newsroom.txt", y09),
    ("y10_callout_box_mid.html", y10),
    ("y11_photos_mid_got_story_foot.txt", y11),
    ("y12_leaflet_quoted_have_your_say.html", y12),
]

if __name__ == "__main__":
    write_documents(HERE, DOCUMENTS)
