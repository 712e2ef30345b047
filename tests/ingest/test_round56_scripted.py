"""Import round 56: stories a page holds only in its framework's data, in the shapes of today's
CMSs: rich-text blocks of inline spans (Sanity's Portable Text, Contentful's text nodes), a
namespace's state set after its set-up (``window.Fusion=...||{};Fusion.globalContent={...}``)
with typed content elements, a headline given as an object of several, and "credits.by".
Every page here is invented for these tests.
"""

from __future__ import annotations

import html
import json

from desktop.domain import RawArticle
from desktop.ingest import read_bytes, scripted

STORY = [
    "The lifeboat station at Garvey Point will get a new boathouse after a bequest of 1.2 "
    "million pounds from a former crew member, the charity said on Friday.",
    "The old boathouse, built in 1911, is too small for the station's newest boat, which has "
    "been kept on a mooring in the harbour since 2024.",
    "Work on the new building is due to start in the autumn and to take a year.",
]

SHELL = (
    "<html lang='en'><head><meta charset='utf-8'><title>Lifeboat news | Garvey Herald</title>"
    "<meta property='og:site_name' content='Garvey Herald'></head><body>"
    "<header><a href='/'>Garvey Herald</a><nav><a href='/news'>News</a></nav></header>"
    "<main><div class='skeleton'></div><div class='skeleton'></div></main>{script}</body></html>"
)


def _span(text: str, marks: list[str] | None = None) -> dict[str, object]:
    return {"_type": "span", "text": text, "marks": marks or []}


def portable_text_page() -> bytes:
    body = [
        {"_type": "block", "style": "normal", "children": [_span(STORY[0])]},
        {"_type": "imageWithCaption", "caption": "The 1911 boathouse on the slipway"},
        {
            "_type": "block",
            "style": "normal",
            "children": [
                _span("The old boathouse, built in 1911, is "),
                _span("too small", ["em"]),
                _span(STORY[1].split("too small", 1)[1]),
            ],
        },
        {"_type": "relatedArticle", "title": "Crew honoured for winter rescue"},
        {"_type": "block", "style": "normal", "children": [_span(STORY[2])]},
    ]
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "title": "Bequest pays for Garvey Point lifeboat boathouse",
                    "authors": [{"name": "Ailsa Dunmore"}],
                    "publishedAt": "2027-05-07T08:00:00Z",
                    "body": body,
                }
            }
        }
    }
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    return SHELL.replace("{script}", script).encode("utf-8")


def test_portable_text_blocks_are_the_story() -> None:
    article = read_bytes(portable_text_page(), "boathouse.html")
    assert article.text.split("\n") == STORY
    assert article.title == "Bequest pays for Garvey Point lifeboat boathouse"
    assert article.author == "Ailsa Dunmore"
    assert article.published is not None and article.published.isoformat() == "2027-05-07"
    assert "1911 boathouse on the slipway" not in article.text
    assert "Crew honoured" not in article.text


def fusion_page(extra: str = "") -> bytes:
    content = {
        "type": "story",
        "headlines": {"basic": "Garvey Point lifeboat to get new boathouse", "web": "SEO title"},
        "credits": {"by": [{"type": "author", "name": "Owen Tarrant"}]},
        "first_publish_date": "2027-05-06T17:30:00Z",
        "display_date": "2027-05-08T09:00:00Z",
        "content_elements": [
            {"type": "text", "content": STORY[0]},
            {"type": "interstitial_link", "content": "Read more: Crew honoured for rescue"},
            {"type": "header", "content": "A bigger boat"},
            {"type": "text", "content": STORY[1].replace("too small", "<i>too small</i>")},
            {"type": "raw_html", "content": "<div class='ad'>Advertisement</div>"},
            {"type": "text", "content": STORY[2]},
        ],
    }
    script = (
        '<script>window.Fusion=window.Fusion||{};Fusion.arcSite="garvey";'
        f"Fusion.globalContent={json.dumps(content)};{extra}"
        'Fusion.globalContentConfig={"source":"content-api"};</script>'
    )
    return SHELL.replace("{script}", script).encode("utf-8")


def test_a_namespace_state_set_after_its_set_up_is_read() -> None:
    article = read_bytes(fusion_page(), "boathouse.html")
    assert article.text.split("\n") == [STORY[0], "A bigger boat", STORY[1], STORY[2]]
    assert article.title == "Garvey Point lifeboat to get new boathouse"
    assert article.author == "Owen Tarrant"
    # first publication, not the display date
    assert article.published is not None and article.published.isoformat() == "2027-05-06"
    assert "Read more" not in article.text and "Advertisement" not in article.text


def test_a_script_of_many_statements_that_are_not_json_is_passed_over() -> None:
    # assignments of code, not JSON, before the state: none of them breaks the reading
    noise = "".join(f"Fusion.cb{i}={{a:function(){{return {i}}}}};" for i in range(6))
    article = read_bytes(fusion_page(noise), "boathouse.html")
    assert STORY[2] in article.text


def test_inline_pieces_join_and_block_types_are_told_by_their_words() -> None:
    contentful = {
        "nodeType": "paragraph",
        "content": [
            {"nodeType": "text", "value": "Work starts "},
            {"nodeType": "hyperlink", "content": [{"nodeType": "text", "value": "in autumn"}]},
            {"nodeType": "text", "value": "."},
        ],
    }
    assert scripted._paragraphs([contentful]) == ["Work starts in autumn."]
    # "header" holds the letters "ad" but is no advert; "adSlot" and "imageBlock" are not text
    assert scripted._not_text("adSlot") and scripted._not_text("imageBlock")
    assert scripted._not_text("interstitial_link") and scripted._not_text("raw_html")
    assert not scripted._not_text("header") and not scripted._not_text("uploadedText")
    assert not scripted._not_text("block")
    # a section whose content is paragraphs is not one paragraph of inline pieces
    section = {"type": "section", "content": [{"type": "paragraph", "text": STORY[0]}]}
    assert scripted._paragraphs([section]) == [STORY[0]]


def test_a_headless_wordpress_state_is_read() -> None:
    # WordPress's REST shape: title and content wrapped as {"rendered": "..."}
    post = {
        "id": 88,
        "date": "2027-05-06T09:30:00",
        "modified": "2027-05-09T10:00:00",
        "title": {"rendered": "Garvey Point lifeboat to get a new boathouse"},
        "content": {"rendered": "".join(f"<p>{p}</p>\n" for p in STORY), "protected": False},
        "excerpt": {"rendered": "<p>A bequest pays for it.</p>"},
    }
    state = {"source": {"post": {"88": post}}}
    script = (
        "<script id='__FRONTITY_CONNECT_STATE__' type='application/json'>"
        f"{json.dumps(state)}</script>"
    )
    article = read_bytes(SHELL.replace("{script}", script).encode("utf-8"), "boathouse.html")
    assert article.text.split("\n") == STORY
    assert article.title == "Garvey Point lifeboat to get a new boathouse"
    assert article.published is not None and article.published.isoformat() == "2027-05-06"


ARTICLE = {
    "headline": "Garvey Point lifeboat to get a new boathouse",
    "author": {"name": "Owen Tarrant"},
    "publishedAt": "2027-05-06T17:30:00Z",
    "body": "".join(f"<p>{p}</p>" for p in STORY),
}


def _read_shell(script: str) -> RawArticle:
    return read_bytes(SHELL.replace("{script}", script).encode("utf-8"), "boathouse.html")


def _assert_whole(article: RawArticle) -> None:
    assert article.text.split("\n") == STORY
    assert article.title == ARTICLE["headline"]
    assert article.published is not None and article.published.isoformat() == "2027-05-06"


def test_data_written_as_a_json_string_inside_the_data_is_read() -> None:
    # SvelteKit keeps the responses it fetched, each body a JSON string
    response = {"status": 200, "headers": {}, "body": json.dumps({"article": ARTICLE})}
    script = (
        "<script type='application/json' data-sveltekit-fetched data-url='/api/a/1'>"
        f"{json.dumps(response)}</script>"
    )
    article = _read_shell(script)
    _assert_whole(article)
    assert article.author == "Owen Tarrant"


def test_angular_transfer_state_with_escaped_quotes_is_read() -> None:
    state = json.dumps({"article-1": ARTICLE}).replace('"', "&q;")
    article = _read_shell(f"<script id='serverApp-state' type='application/json'>{state}</script>")
    _assert_whole(article)


def test_an_astro_islands_props_are_read() -> None:
    props = {
        "post": [
            0,
            {
                "headline": [0, ARTICLE["headline"]],
                "body": [0, ARTICLE["body"]],
                "publishedAt": [0, ARTICLE["publishedAt"]],
                "tags": [1, [[0, "lifeboats"], [0, "Garvey"]]],
            },
        ]
    }
    island = f'<astro-island uid="a1" props="{html.escape(json.dumps(props))}"></astro-island>'
    _assert_whole(_read_shell(island))


def test_a_paragraph_opening_with_a_bracket_is_still_text() -> None:
    assert scripted._paragraphs("[1] The council said the boathouse would be finished.") == [
        "[1] The council said the boathouse would be finished."
    ]
