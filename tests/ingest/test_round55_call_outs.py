"""Import round 55 (4): reader call-outs are furniture; appeals told in the story stay.

The outlet asking its readers, in the second person, to get in touch ("Have you been
affected? Email ...", "Do you have a story? Contact our newsroom ...", "Share your
experiences ...", "Got a story? WhatsApp us ..."), at the foot or between paragraphs, with
the heading of its box; a quote asking people to e-mail, a police appeal with its number and
a survey told in the story stay. Every page here is invented for these tests.
"""

from __future__ import annotations

import pytest

from desktop.ingest import furniture, read_bytes

STORY = [
    "The ferry between Aldwick and Skerry Holm will not sail until Friday after a gearbox "
    "failed on its morning crossing, the operator said.",
    "About 90 passengers were brought back to Aldwick by a lifeboat and a fishing boat, and "
    "no one was hurt.",
    "The island's school will close on Wednesday because its teachers live on the mainland.",
]


def page(between: str, foot: str) -> bytes:
    paras = [f"<p>{p}</p>" for p in STORY]
    markup = (
        "<html lang='en'><head><title>Ferry out of action</title></head><body><article>"
        "<h1>Island ferry out of action until Friday</h1><p>By Mairi Lenz</p>"
        + "".join(paras[:2])
        + between
        + paras[2]
        + foot
        + "</article></body></html>"
    )
    return markup.encode("utf-8")


@pytest.mark.parametrize(
    "call_out",
    [
        "<p><strong>Have you been affected by the cancellations? Email "
        "news@aldwickpost.example or message us on WhatsApp.</strong></p>",
        "<p><em>Do you have a story about the ferry? Contact our newsroom on 01632 960 222.</em></p>",
        "<p>Were you on board? Get in touch: news@aldwickpost.example</p>",
        "<p>Got a story? Text or WhatsApp us on 07700 900 654.</p>",
        "<p>Share your experiences of the crossing by emailing us at news@aldwickpost.example.</p>",
        "<p><b>Have your say:</b> Do you rely on the ferry? Tell us in the comments below.</p>",
        "<p>If you have information about this or any other story, contact our newsdesk.</p>",
        "<div><h3>Are you stuck on the island?</h3><p>We'd like to hear from you. Email "
        "islands@aldwickpost.example</p></div>",
    ],
)
def test_a_call_out_between_paragraphs_or_at_the_foot_is_furniture(call_out: str) -> None:
    for between, foot in ((call_out, ""), ("", call_out)):
        article = read_bytes(page(between, foot), "ferry.html")
        assert [b.text for b in article.blocks if b.kept] == STORY
        dropped = [b for b in article.blocks if b.reason == furniture.CALL_OUT]
        assert dropped


@pytest.mark.parametrize(
    "told",
    [
        '"If you saw the boat drifting, please email us at crew@skerryrescue.example," said '
        "Ina Voss, who leads the island's rescue crew.",
        "Police have appealed for anyone who saw the boat to call 101, quoting incident 55.",
        "Were you there? Police want to hear from you: call 101.",
        "Anyone with information is asked to contact Crimestoppers anonymously on 0800 555 111.",
        "The operator has asked passengers to share their experiences through an online survey.",
        "Do you think the council listened to us? Not once, she said.",
        "Have you got what it takes? The yard is hiring 40 apprentices this year.",
    ],
)
def test_the_story_asking_people_for_something_stays(told: str) -> None:
    article = read_bytes(page(f"<p>{told}</p>", ""), "ferry.html")
    assert told in [b.text for b in article.blocks if b.kept]


def test_a_call_out_in_a_text_copy_and_its_heading() -> None:
    text = (
        "Island ferry out of action until Friday\nBy Mairi Lenz\n\n"
        + "\n\n".join(STORY[:2])
        + "\n\nGet in touch\n\nDo you have photos of the rescue? Send them to "
        "pictures@aldwickpost.example\n\n" + STORY[2] + "\n"
    )
    article = read_bytes(text.encode("utf-8"), "ferry.txt")
    assert [b.text for b in article.blocks if b.kept][-3:] == STORY
    assert "pictures@aldwickpost.example" not in article.text
    assert "Get in touch" not in article.text


def test_a_subheading_of_the_story_above_a_call_out_stays() -> None:
    between = "<h2>What happens next</h2><p>Tips? Send them to tips@aldwickpost.example</p>"
    article = read_bytes(page(between, ""), "ferry.html")
    assert "What happens next" in article.text
    assert "tips@aldwickpost.example" not in article.text


@pytest.mark.parametrize(
    "call_out",
    [
        "Is there a story you think we should cover? Email news@aldwickpost.example",
        "Want to tell us about your crossing? Fill in our form.",
        "Spotted something? Send it to pictures@aldwickpost.example",
        "If you'd like to share your story, email us at stories@aldwickpost.example.",
        "Send your photos to pictures@aldwickpost.example or WhatsApp 07700 900 111.",
    ],
)
def test_more_ways_of_asking_the_reader(call_out: str) -> None:
    assert furniture.single_block_reason(call_out) == furniture.CALL_OUT


@pytest.mark.parametrize(
    "told",
    [
        "Why should you care? Because our rivers feed the city's water, and it takes a call "
        "from the minister to change that.",
        "What would you do if the council closed our library? Many residents asked at the "
        "meeting, calling it a betrayal.",
        "How much will you pay? Households in band D will pay 1,940 pounds, the council said.",
    ],
)
def test_an_explainers_question_to_the_reader_stays(told: str) -> None:
    assert furniture.single_block_reason(told) is None
