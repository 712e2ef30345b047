"""Import round 60: pages as analysts save them with today's browsers and tools (dev42's
shapes, written again here with other words). Every page and line here is invented.
"""

from __future__ import annotations

import pytest

from desktop.ingest import IngestError, read_bytes, require_article_text

STORY = [
    "The swing bridge at Portmellin will stay shut to cars until June after divers found "
    "corrosion on two of its piers, the harbour board said on Monday.",
    "Pedestrians and cyclists can still cross. Buses will use the ring road, adding about "
    "ten minutes to the journey into town.",
    "The board said repairs would cost 2.3 million pounds and that it had asked the "
    "government for help with the bill.",
]


def _paragraphs() -> str:
    return "".join(f"<p>{text}</p>" for text in STORY)


def test_story_in_a_declarative_shadow_root_is_read() -> None:
    # SingleFile writes a web component's rendered content as <template shadowrootmode>.
    page = (
        "<!DOCTYPE html><html><!--\n Page saved with SingleFile\n url: https://x.example/a\n"
        " saved date: Mon Mar 16 2026 10:00:00 GMT+0000\n--><head><meta charset=utf-8>"
        "<title>Bridge shut | Portmellin Packet</title>"
        '<meta property="og:site_name" content="Portmellin Packet">'
        '<meta property="og:title" content="Bridge shut">'
        "</head><body><header><nav><a href=/news>News</a> <a href=/sport>Sport</a></nav>"
        "</header><main><packet-story>"
        '<template shadowrootmode="open"><style>:host{display:block}</style><article>'
        "<h1>Portmellin swing bridge to stay shut to cars until June</h1>"
        "<p class=byline>By Ewan Trask</p>"
        f"{_paragraphs()}</article></template></packet-story></main>"
        "<footer>&copy; 2026 Portmellin Packet</footer></body></html>"
    )
    article = read_bytes(page.encode(), "saved.html")
    assert article.title == "Portmellin swing bridge to stay shut to cars until June"
    assert article.text.startswith(STORY[0])
    assert article.text.endswith(STORY[-1])
    assert ":host" not in article.text


def test_chromes_older_shadowroot_attribute_is_read_too() -> None:
    page = (
        "<html><head><title>Bridge shut</title></head><body><main><x-story>"
        "<template shadowroot=open><article><h1>Portmellin swing bridge to stay shut</h1>"
        f"{_paragraphs()}</article></template></x-story></main></body></html>"
    )
    article = read_bytes(page.encode(), "saved.html")
    assert article.text.startswith(STORY[0])


def test_an_inert_template_stays_unread() -> None:
    # A plain <template> is markup a script may clone later: the browser shows none of it.
    page = (
        "<html><head><title>Bridge shut</title></head><body><main><article>"
        f"<h1>Portmellin swing bridge to stay shut</h1>{_paragraphs()}</article>"
        "<template id=card><p>Card template: the headline of another story goes here and "
        "the text of its first paragraph after it, set by the page's script.</p></template>"
        "</main></body></html>"
    )
    article = read_bytes(page.encode(), "saved.html")
    assert "Card template" not in article.text
    assert article.text.endswith(STORY[-1])


SKI_STORY = [
    "The Carn Dubh chairlift reopened on Sunday after three weeks of repairs to its drive "
    "wheel, the resort's operator said.",
    "About 1,400 skiers used the lift on its first day back. Queues at the base station "
    "reached forty minutes by late morning.",
    "The operator said the repairs had cost 180,000 pounds and that the lift would now run "
    "until the end of April if snow allowed.",
]


def _video_copy(transcript: list[str]) -> str:
    return "\n\n".join(
        [
            "Strathcarn Broadcasting",
            "Carn Dubh chairlift reopens after repairs",
            "Watch: 1:48",
            "Queues formed at the base station before the lift opened",
            "Published 15 March 2026",
            "By Morag Sinclair",
            *SKI_STORY,
            "Transcript",
            *transcript,
            "More on this story",
        ]
    )


TIMED = [
    "[00:00] MORAG SINCLAIR: The first chair left the base station at nine this morning.",
    "[00:07] SKIER: We've waited three weeks for this. It's worth the queue.",
    "[00:13] OPERATOR: The new wheel should see us through the rest of the season.",
]


def test_a_timed_transcript_under_a_story_is_the_players() -> None:
    article = read_bytes(_video_copy(TIMED).encode(), "copy.txt")
    assert article.text.startswith(SKI_STORY[0])
    assert article.text.endswith(SKI_STORY[-1])
    assert "[00:07]" not in article.text


def test_the_caption_under_a_players_length_is_the_videos() -> None:
    article = read_bytes(_video_copy(TIMED).encode(), "copy.txt")
    assert "Queues formed at the base station" not in article.text


def test_a_speech_printed_in_full_under_a_story_stays() -> None:
    # No time codes: the text printed under "Transcript" is the story's own record of what
    # was said, not a recording's.
    speech = [
        "OPERATOR: Good morning. The lift is open again and I want to thank our engineers.",
        "OPERATOR: They worked through two storms to get the new wheel fitted in time.",
    ]
    article = read_bytes(_video_copy(speech).encode(), "copy.txt")
    assert "They worked through two storms" in article.text


def test_a_sentence_under_a_players_label_stays() -> None:
    text = "\n\n".join(
        [
            "Carn Dubh chairlift reopens after repairs",
            "Published 15 March 2026",
            *SKI_STORY[:2],
            "Watch: 1:48",
            "The operator said the lift would run until the end of April.",
            SKI_STORY[2],
        ]
    )
    article = read_bytes(text.encode(), "copy.txt")
    assert "would run until the end of April." in article.text


def test_a_web_storys_closing_call_is_no_story() -> None:
    pages = "".join(
        f'<amp-story-page id="p{i}"><amp-story-grid-layer template="vertical">'
        f"<p>{text}</p></amp-story-grid-layer></amp-story-page>"
        for i, text in enumerate(SKI_STORY)
    )
    page = (
        '<!doctype html><html amp lang="en"><head><meta charset="utf-8">'
        "<title>Carn Dubh chairlift reopens | Strathcarn Broadcasting</title></head><body>"
        '<amp-story standalone title="Carn Dubh chairlift reopens" publisher="Strathcarn '
        'Broadcasting"><amp-story-page id="cover"><amp-story-grid-layer template="vertical">'
        "<h1>Carn Dubh chairlift reopens</h1></amp-story-grid-layer></amp-story-page>"
        f"{pages}"
        '<amp-story-page id="end"><amp-story-grid-layer template="vertical">'
        "<p>Heading for the hills this weekend?</p></amp-story-grid-layer>"
        '<amp-story-page-outlink layout="nodisplay"><a href="https://x.example/full">'
        "Read the full story</a></amp-story-page-outlink></amp-story-page>"
        "</amp-story></body></html>"
    )
    article = read_bytes(page.encode(), "story.html")
    assert article.text.endswith(SKI_STORY[-1])
    assert "Heading for the hills" not in article.text


def _link_lists(headings: list[str], per_heading: int) -> str:
    parts = []
    for n, heading in enumerate(headings):
        items = "".join(
            f'<li><a href="https://x.example/{n}/{k}" time_added="17730{n}{k}">'
            f"Harbour board story number {n} {k} about the ferries</a></li>"
            for k in range(per_heading)
        )
        parts.append(f"<h1>{heading}</h1><ul>{items}</ul>")
    return "".join(parts)


def test_a_read_later_export_of_links_is_refused_with_a_reason() -> None:
    page = (
        "<html><head><title>Saved links</title></head><body>"
        f"{_link_lists(['Unread', 'Read Archive'], 3)}</body></html>"
    )
    article = read_bytes(page.encode(), "export.html")
    assert article.text == ""
    with pytest.raises(IngestError, match="list of links"):
        require_article_text("export.html", article)


def test_a_short_story_over_links_stays() -> None:
    page = (
        "<html><head><title>Notice</title></head><body><h1>Ferry notice</h1>"
        "<p>The 08:15 sailing to Inchbrae is cancelled today because of high winds.</p>"
        f"{_link_lists(['Other notices'], 5)}</body></html>"
    )
    article = read_bytes(page.encode(), "notice.html")
    assert "cancelled today because of high winds" in article.text


def test_a_podcast_episodes_timed_transcript_stays_under_long_notes() -> None:
    # An episode page's transcript is its body (dev36 t05), whatever the length of the notes
    # over it: notes that speak of the episode are no story with a video under it.
    notes = [
        "Ferry fares to the islands rose by 14 per cent this month, the biggest rise in a decade.",
        "In this episode, Mairi Campbell asks the ferry operator's chief executive why, and "
        "hears from a haulier who may have to close his business.",
        "The operator says fuel and crew costs have risen by a third since 2023.",
    ]
    turns = [
        "[00:00:05] MAIRI CAMPBELL: Good morning and welcome to The Island Hour.",
        "[00:00:12] MAIRI CAMPBELL: This week, the price of getting off the island.",
        "[00:00:20] DONALD MACLEOD: I pay more for the ferry than I do for diesel now.",
    ]
    text = "\n\n".join(["Why the ferry fares went up", *notes, "Transcript", *turns])
    article = read_bytes(text.encode(), "episode.txt")
    assert "I pay more for the ferry than I do for diesel now." in article.text
