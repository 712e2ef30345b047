"""dev39's answers, written before the engine ran on the files; writes ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev39/src/answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _answers_common import answer, write_answers  # noqa: E402
from build import BINS, FLOOD, STRIKE  # noqa: E402

#: A reader call-out is the outlet asking its readers, in the second person, for their
#: stories, pictures, tips or views ("Have you been affected? Email ...", "Do you have a
#: story? Contact our newsroom ...", "Share your experiences ...", "Tips? Send them to ...",
#: "Got a story? WhatsApp us ...", "Have your say: ... in the comments"), at the foot or
#: between paragraphs, in a box or a line of its own: furniture. A sentence of the story
#: that tells of someone else asking people for something stays: a quote of a charity's
#: head asking people to e-mail, a police appeal for witnesses with its number, "Anyone with
#: information is asked to contact Crimestoppers ...", a council's survey, a leaflet's words
#: quoted.
ANSWERS = [
    answer(
        "y01_affected_email_foot.html",
        "Dozens of homes flooded as River Tane bursts its banks",
        "The Brackwater Mercury",
        "Hollie Danes",
        "2027-02-14",
        "metadata",
        FLOOD,
        [
            "Have you been affected by the flooding?",
            "newsdesk@brackwatermercury.example",
            "message us on WhatsApp on 07700 900 318",
            "All rights reserved",
        ],
    ),
    answer(
        "y02_story_contact_mid.html",
        "Valley bus drivers to strike for five days",
        "Calder Vale Times",
        "Omar Feltham",
        "2027-03-05",
        "metadata",
        STRIKE,
        ["Do you have a story about the bus strike?", "news@caldervaletimes.example"],
    ),
    answer(
        "y03_share_experiences_form.txt",
        "Library opening hours cut across Westmere",
        "Westmere Herald",
        "Priya Calloway",
        "2027-03-10",
        "text",
        [
            "Six of Westmere's nine libraries will open on three days a week instead of five "
            "from April, under savings approved by the county council on Tuesday.",
            "The council said the change would save 410,000 pounds a year and that no library "
            "would close.",
            "Campaigners said the cuts would hit children and older people hardest, and that "
            "the county's mobile library had already been withdrawn.",
            "Councillor Dev Sharma, who leads on culture, said volunteers would be invited to "
            "run extra sessions.",
        ],
        [
            "Share your experiences: how will the changes affect you?",
            "Fill in our form at westmereherald.example/libraries",
            "© 2027 Westmere Herald",
        ],
    ),
    answer(
        "y04_tips_send_foot.html",
        "Harbour master warns of unlit wreck off Kessock Point",
        "Kessock Bay News",
        "Callum Reith",
        "2027-01-19",
        "metadata",
        [
            "The harbour master at Kessock has warned boat owners to keep clear of a wreck "
            "that sank off Kessock Point on Saturday and is not yet marked by a buoy.",
            "The 12-metre fishing boat went down in calm weather after taking on water. Its "
            "two crew were picked up by a passing yacht.",
            "Harbour master Isla Cowie said a lit buoy would be laid on Thursday, weather "
            "permitting, and that the owner's insurer was arranging to raise the boat.",
        ],
        ["Tips? Send them to tips@kessockbaynews.example", "call the newsdesk on 01632 960 741"],
    ),
    answer(
        "y05_police_appeal_and_callout.txt",
        "Appeal after man seriously hurt in Northwick hit-and-run",
        "Northwick Evening Star",
        "Lena Marsh",
        "2027-04-22",
        "text",
        [
            "A 34-year-old man was seriously injured when he was hit by a car that failed to "
            "stop on Tanner Road in Northwick late on Tuesday.",
            "The man was taken to Northwick General Hospital, where his condition was "
            "described as serious but stable.",
            "Police said the car, thought to be a dark grey hatchback, was driven off towards "
            "the ring road.",
            "Officers have appealed for witnesses and for anyone with dashcam footage to call "
            "101, quoting incident 1187 of 20 April.",
        ],
        [
            "Were you there? Get in touch with the Star",
            "email news@northwickstar.example or call 01632 960 555",
            "© Northwick Evening Star 2027",
        ],
    ),
    answer(
        "y06_quote_asks_email_callout_box.html",
        "Charity asks public to help trace missing swans",
        "The Fenmoor Gazette",
        "Tomasz Wren",
        "2027-05-03",
        "metadata",
        [
            "A wildlife charity has asked people in Fenmoor to look out for four cygnets that "
            "vanished from the town's mill pond at the weekend.",
            "Volunteers found the nest empty on Saturday morning and the parent birds "
            "searching the banks. The charity believes the cygnets were taken.",
            '"If you saw anything unusual by the pond on Friday night, please email us at '
            'rescue@fenswans.example," said Dora Lake, who runs Fenmoor Swan Rescue. '
            '"Even a small detail could help."',
            "Taking or harming a wild swan is an offence. The police said they had been told "
            "and were making enquiries.",
        ],
        [
            "Share your story",
            "Have you spotted the cygnets?",
            "Tell us what you saw: newsdesk@fenmoorgazette.example",
        ],
    ),
    answer(
        "y07_teacher_callout_mid.md",
        "Teachers warned of larger classes as Ashby Wold cuts 40 posts",
        "The Ashby Wold Reporter",
        "Gemma Oduya",
        "2027-06-08",
        "metadata",
        [
            "Secondary schools in Ashby Wold will lose 40 teaching posts from September after "
            "the local education trust set a budget with a shortfall of 2.1 million pounds.",
            "The trust said most of the posts would go when staff retire or leave, and that it "
            "expected fewer than ten redundancies.",
            "Head teachers warned that some classes in the first two years could grow to more "
            "than 32 pupils.",
            "The teachers' union said it would ballot members at the three schools with the "
            "deepest cuts.",
        ],
        [
            "Are you a teacher or parent affected by the changes?",
            "We'd like to hear from you.",
            "Email education@ashbywoldreporter.example",
        ],
        url="https://ashbywoldreporter.example/news/2027/06/08/teacher-posts-cut",
    ),
    answer(
        "y08_council_survey_let_us_know.html",
        "Tarnside bin collections to move to every three weeks",
        "Tarnside Post",
        "Ben Acheson",
        "2027-06-12",
        "metadata",
        BINS,
        [
            "Let us know:",
            "How will the change affect your household?",
            "Email yourviews@tarnsidepost.example",
        ],
    ),
    answer(
        "y09_crimestoppers_and_newsroom.txt",
        "Two arrested after cash machine ripped from wall in Dunmere",
        "Dunmere Daily",
        None,
        "2027-07-07",
        "text",
        [
            "Two men have been arrested after a cash machine was torn from the wall of a shop "
            "in Dunmere's High Street in the early hours of Monday.",
            "Police said a stolen digger was used in the raid, which caused damage the shop's "
            "owner put at 60,000 pounds.",
            "The men, aged 27 and 41, were arrested in a car near the Hollins roundabout and "
            "remain in custody.",
            "Anyone with information is asked to contact Crimestoppers anonymously on 0800 "
            "555 111.",
        ],
        [
            "If you have information about this or any other story",
            "contact our newsroom on 01632 960 123",
            "news@dunmeredaily.example",
            "Staff reporter",
        ],
    ),
    answer(
        "y10_callout_box_mid.html",
        "Energy bills: Valmont households face 9 percent rise",
        "Valmont Observer",
        "Saira Hutton",
        "2027-09-01",
        "metadata",
        [
            "Households in Valmont will pay about 9 percent more for gas and electricity from "
            "October after the regional supplier raised its standing charges.",
            "Valmont Power said higher network costs were behind the increase, which will add "
            "about 160 pounds a year to a typical bill.",
            "Advice charities said calls from people unable to pay their bills had doubled "
            "since the spring.",
            "The supplier said customers in difficulty could ask for a payment plan and that "
            "its hardship fund would reopen in November.",
        ],
        [
            "Are you struggling with your bills?",
            "We want to hear how rising prices are affecting you and your family.",
            "Share your experiences by emailing money@valmontobserver.example.",
        ],
    ),
    answer(
        "y11_photos_mid_got_story_foot.txt",
        "Fire destroys boatyard sheds at Larkhill quay",
        "Larkhill Courier",
        "Ruth Tennant",
        "2027-08-15",
        "text",
        [
            "A fire destroyed three sheds and at least six boats at a boatyard on Larkhill quay "
            "on Saturday night.",
            "Crews from four stations fought the blaze, which sent smoke across the harbour and "
            "led police to close Quay Road for several hours.",
            "No one was hurt. The fire service said the cause was not yet known but was not "
            "thought to be suspicious.",
            "The boatyard's owner, Neil Pask, said the business had been on the quay for 70 "
            "years and that he hoped to rebuild.",
        ],
        [
            "Do you have photos or video of the fire?",
            "Send them to pictures@larkhillcourier.example",
            "Got a story? Text or WhatsApp us on 07700 900 456.",
        ],
    ),
    answer(
        "y12_leaflet_quoted_have_your_say.html",
        "Residents campaign against night flights at Ostley airfield",
        "The Ostley Examiner",
        "Kit Rawlings",
        "2027-10-04",
        "metadata",
        [
            "Residents near Ostley airfield have started a campaign against plans to allow "
            "cargo flights at night from next spring.",
            'Leaflets put through 3,000 doors on Monday read: "Have you been kept awake by low '
            'flights? Email the campaign at quietostley@campaign.example."',
            "The airfield's owner said night flights would bring 120 jobs and that aircraft "
            "would use a route over farmland where possible.",
            "A public consultation runs until 15 November.",
        ],
        [
            "Have your say:",
            "Do you live near the airfield?",
            "Tell us what you think in the comments below.",
        ],
    ),
]

if __name__ == "__main__":
    write_answers(HERE, ANSWERS)
