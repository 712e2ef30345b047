"""Import round 56: what today's news pages print around a story. A player's fallback text
(an AMP ``fallback`` child, what an ``<audio>`` holds for old browsers) and the third button
of a consent banner copied as a line ("Manage settings") are furniture; a date line whose
labels are in the language of foreign chrome run on without separators ("Publicado el ...
Actualizado hace 2 horas Lectura: 3 min") still dates the story; a post copied as text
between a story's paragraphs is one the story quotes, and its account and time are not the
copy's. Every page here is invented for these tests.
"""

from __future__ import annotations

import time

import pytest

from desktop.ingest import dates, furniture, read_bytes
from desktop.ingest.assemble import PARTIAL_WARNINGS

STORY = [
    "The ferry between Holm Sound and Lindsay Bay will run an extra sailing each evening from "
    "next month, its operator said on Tuesday.",
    "The new sailing leaves Holm Sound at 9.15pm and will run until the end of September, "
    "when the operator will decide whether to keep it.",
    "Islanders had asked for a later boat for years so they could get home from evening "
    "shifts at the hospital.",
    "The operator said the extra sailing would cost 140,000 pounds a year to run.",
]


def _html(head_extra: str, before_story: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html lang='en'><head><meta charset='utf-8'><title>Extra ferry</title>"
        f"{head_extra}</head><body><article><h1>Extra evening ferry for Holm Sound</h1>"
        f"<p>By Ines Rowe</p>{before_story}{paras}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "player",
    [
        "<amp-audio src='/a.mp3'><div fallback><p>Your browser doesn't support HTML5 "
        "audio</p></div></amp-audio>",
        "<amp-video src='/v.mp4' layout='responsive'><div fallback>This video cannot be "
        "played in your browser</div></amp-video>",
        "<audio controls src='/a.mp3'>Your browser does not support the audio element.</audio>",
        "<video controls><source src='/v.mp4'>Sorry, your browser doesn't support embedded "
        "videos.</video>",
    ],
)
def test_a_players_fallback_text_is_furniture(player: str) -> None:
    article = read_bytes(_html("", player), "ferry.html")
    assert article.text.startswith(STORY[0])
    assert "browser" not in article.text


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publicado el 5 de marzo de 2027, 10:20 CET Actualizado hace 2 horas Lectura: 3 min",
         "2027-03-05"),
        ("Publié le 5 mars 2027 à 10h20 Mis à jour il y a 2 heures", "2027-03-05"),
        ("Veröffentlicht am 5. März 2027, 10:20 Uhr Aktualisiert vor 2 Stunden Lesezeit: 3 Min",
         "2027-03-05"),
        ("Published 5 March 2027, 10:20 GMT 4 min read", "2027-03-05"),
        ("First published: 05 Mar 2027 21:15 GMT, last updated 06 Mar 2027", "2027-03-05"),
    ],
)  # fmt: skip
def test_a_date_line_with_labels_run_on_dates_the_story(line: str, day: str) -> None:
    facts = dates.read_meta_line(line)
    assert facts is not None and [d.isoformat() for d in facts.dates][:1] == [day]
    assert facts.outlet is None


def test_a_date_line_in_foreign_chrome_dates_an_english_story() -> None:
    line = (
        "<div class='fechas'><span>Publicado el 5 de marzo de 2027, 10:20 CET</span> "
        "<span>Actualizado hace 2 horas</span> <span>Lectura: 3 min</span></div>"
    )
    article = read_bytes(_html("", line), "ferry.html")
    assert article.published is not None and article.published.isoformat() == "2027-03-05"
    assert article.published_origin == "text"


def _copy(head: list[str], middle: list[str], tail: list[str]) -> bytes:
    return "\n\n".join(head + STORY[:2] + middle + STORY[2:] + tail).encode("utf-8")


HEAD = ["Holm Sound Times", "Extra evening ferry for Holm Sound", "By Ines Rowe", "4 June 2027"]


@pytest.mark.parametrize(
    "consent",
    [
        ["We use cookies", "We use cookies to improve your experience on our site.",
         "Accept all", "Reject all", "Manage settings"],
        ["Cookie preferences", "Accept cookies", "Customise choices"],
    ],
)  # fmt: skip
def test_consent_lines_above_a_copy_are_not_its_headline(consent: list[str]) -> None:
    article = read_bytes(_copy(consent + HEAD, [], []), "ferry.txt")
    assert article.title == "Extra evening ferry for Holm Sound"
    assert article.text.startswith(STORY[0])
    for line in consent:
        assert line not in article.text


POST = [
    "Holm Sound Ferries",
    "@holmferries",
    "·",
    "Follow",
    "From 1 July our new 21:15 sailing will leave Holm Sound every evening.",
    "8:02 AM · Jun 2, 2027",
    "842",
    "Reply",
    "Copy link",
    "Read 31 replies",
]


def test_a_post_copied_between_paragraphs_is_the_storys_quote() -> None:
    article = read_bytes(_copy(HEAD, POST, []), "ferry.txt")
    assert article.title == "Extra evening ferry for Holm Sound"
    assert article.source == "Holm Sound Times"
    assert article.author == "Ines Rowe"
    assert article.published is not None and article.published.isoformat() == "2027-06-04"
    assert article.text.split("\n") == STORY


def test_a_post_copied_far_down_a_long_story_is_set_aside_too() -> None:
    filler = [
        f"Paragraph {n} of the story tells more of the ferry's history and of the people "
        "who use it every day of the week."
        for n in range(14)
    ]
    data = "\n\n".join(HEAD + STORY[:2] + filler + POST + STORY[2:]).encode("utf-8")
    article = read_bytes(data, "ferry.txt")
    assert "@holmferries" not in article.text and "Read 31 replies" not in article.text
    assert article.published is not None and article.published.isoformat() == "2027-06-04"
    assert article.text.endswith(STORY[-1])


def test_a_post_copied_alone_is_still_the_post() -> None:
    data = "\n\n".join([*POST[:2], POST[4], POST[5], "842 Reposts"]).encode("utf-8")
    article = read_bytes(data, "post.txt")
    assert article.source == "Holm Sound Ferries"
    assert article.published is not None and article.published.isoformat() == "2027-06-02"
    assert article.text == POST[4]


def test_call_out_headings_are_found_in_time_on_a_copy_of_many_short_lines() -> None:
    # Each short line used to look for the next kept block through a copy of the rest of
    # the document: time in the square of the number of lines (minutes for this one).
    pieces = [furniture.Piece(f"Some Name {n}") for n in range(200_000)]
    pieces += [
        furniture.Piece("Are you affected by the closure?"),
        furniture.Piece("Share your story", reason=furniture.NAVIGATION),
        furniture.Piece("x", reason=furniture.CALL_OUT),
    ]
    started = time.perf_counter()
    furniture._call_out_headings(pieces)
    assert time.perf_counter() - started < 5
    # the heading right above the call-out (past a block set aside) goes with it; the line
    # above that heading is judged by the call-outs as they stood, and stays
    assert pieces[-3].reason == furniture.CALL_OUT
    assert pieces[-4].kept


def test_a_post_copied_without_its_clock_is_set_aside_by_its_date_line() -> None:
    post = ["Holm Sound Ferries", "@holmferries", POST[4], "Jun 2, 2027"]
    article = read_bytes(_copy(HEAD, post, []), "ferry.txt")
    assert article.text.split("\n") == STORY
    assert article.published is not None and article.published.isoformat() == "2027-06-04"


@pytest.mark.parametrize(
    "line",
    [
        "0:00 / 4:12",
        "Play audio",
        "Listen now",
        "Listen (4 min)",
        "5 min listen",
        "This audio is auto-generated. Please let us know if you have feedback.",
        "Audio generated by AI.",
        "Voiced by artificial intelligence.",
        "1 / 6",
        "Expand gallery",
        "Swipe for more photos",
        "Share full article",
        "Follow topics",
        "Add us as a preferred source on Google",
        "Do not sell or share my personal information",
    ],
)
def test_player_gallery_and_tool_lines_are_furniture_in_a_copy(line: str) -> None:
    for placed in ([*HEAD, line, *STORY], HEAD + STORY[:2] + [line] + STORY[2:]):
        article = read_bytes("\n\n".join(placed).encode("utf-8"), "ferry.txt")
        assert article.title == "Extra evening ferry for Holm Sound"
        assert article.text.split("\n") == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Audio recorded by the coastguard was played to the inquiry on Tuesday.",
        "Play resumed after the rain stopped, with the visitors on 120 for three.",
        "The vote was 1 / 6 of the council short of a majority, officials said.",
        "Listen to the islanders and you will hear the same complaint about the last boat.",
    ],
)
def test_sentences_of_a_story_that_open_like_player_labels_stay(sentence: str) -> None:
    article = read_bytes("\n\n".join(HEAD + STORY[:2] + [sentence] + STORY[2:]).encode(), "f.txt")
    assert sentence in article.text


CONSENT_DIALOGS = [
    '<div id="sp_message_container_77"><p>Before you continue</p><p>We use your data to '
    "personalise content and ads, to provide social media features and to analyse our "
    "traffic.</p><p>You can choose to accept or reject this at any time by clicking on the "
    "Privacy settings link at the bottom of every page.</p><button>Yes, I agree</button></div>",
    '<div id="didomi-host"><p>Your consent is important to us</p><p>With your agreement, we '
    "and our partners use your personal data to display personalised advertising and measure "
    "its performance.</p><button>Agree and close</button></div>",
    '<div class="banner"><p>This website uses technologies to provide you with the best '
    "possible experience. You can find more information in our privacy policy.</p>"
    "<button>Accept All</button></div>",
    '<div class="dialog"><p>This site asks for consent to use your data</p><p>Store and/or '
    "access information on a device</p></div>",
]


@pytest.mark.parametrize("dialog", CONSENT_DIALOGS)
def test_a_consent_dialog_inside_the_story_that_never_says_cookies_is_furniture(
    dialog: str,
) -> None:
    article = read_bytes(_html("", dialog), "ferry.html")
    assert article.text.split("\n") == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        '"We use your data to personalise the timetable," the operator said in a letter.',
        "The regulator said the firm had used customers' data without their consent.",
        "Store and harbour staff will be given access to the new building from Monday.",
    ],
)
def test_a_story_about_data_and_consent_keeps_its_sentences(sentence: str) -> None:
    article = read_bytes(_html("", f"<p>{sentence}</p>"), "ferry.html")
    assert sentence in article.text


@pytest.mark.parametrize(
    "embed",
    [
        '<amp-twitter width="375" height="472" data-tweetid="1"><blockquote placeholder><p>'
        "The 21:15 sailing from Holm Sound starts on 1 July.</p>&mdash; Holm Sound Ferries "
        '(@holmferries) <a href="https://x.com/holmferries/status/1">June 2, 2027</a>'
        "</blockquote></amp-twitter>",
        '<amp-iframe width="300" height="300" sandbox="allow-scripts" src="https://m.example/">'
        "<div placeholder>Loading the map of the new route</div></amp-iframe>",
    ],
)
def test_an_amp_embeds_stand_in_is_furniture(embed: str) -> None:
    article = read_bytes(_html("", embed), "ferry.html")
    assert article.text.split("\n") == STORY


@pytest.mark.parametrize(
    ("line", "outlet", "employer"),
    [
        ("By Anika Roos, The Orrin Valley Ledger (via Granite Wire)", "The Orrin Valley Ledger", None),
        ("By Anika Roos (via Granite Wire)", None, None),
        ("By Anika Roos, The Orrin Valley Ledger via Tribune News Service",
         "The Orrin Valley Ledger", None),
        ("By Anika Roos of the Orrin Valley Ledger", "The Orrin Valley Ledger", None),
        ("By Anika Roos of the Associated Press", None, "The Associated Press"),
    ],
)  # fmt: skip
def test_a_syndicated_byline_names_the_writer_alone(
    line: str, outlet: str | None, employer: str | None
) -> None:
    facts = dates.read_meta_line(line)
    assert facts is not None and facts.authors == ["Anika Roos"]
    assert facts.outlet == outlet and facts.employer == employer


def test_of_a_place_after_a_writer_is_no_outlet() -> None:
    # "of Oxford" names no paper: the line is left as it was (no byline read from it)
    assert dates._syndicated_byline("By Anika Roos of Oxford") == "By Anika Roos of Oxford"
    assert dates._syndicated_byline("By Anika Roos via email") == "By Anika Roos via email"


FOREIGN_STORY = [
    "Port authorities in Valdeluz have closed the old fish market on the quay after inspectors "
    "found cracks in the pillars.",
    "Engineers will decide within six weeks whether the roof can be repaired or must be taken "
    "down.",
]


@pytest.mark.parametrize(
    ("masthead", "listen", "accept"),
    [
        ("Valdeluz Zeitung", "Artikel anhören", "Alle akzeptieren"),
        ("Le Journal de Valdeluz", "Écouter cet article", "Tout accepter"),
        ("Diario Valdeluz", "Escuchar noticia", "Aceptar y continuar"),
        ("Corriere della Valdeluz", "Ascolta l'articolo", "Accetta tutti"),
        ("Jornal de Valdeluz", "Ouvir este artigo", "Aceitar todos"),
        ("Valdeluz Dagblad", "Lees voor", "Alles accepteren"),
    ],
)
def test_an_english_story_in_foreign_chrome_copied_as_text(
    masthead: str, listen: str, accept: str
) -> None:
    lines = [masthead, "Valdeluz closes old fish market", "By Lena Vogt", "5 March 2027", listen]
    data = "\n\n".join([*lines, FOREIGN_STORY[0], accept, FOREIGN_STORY[1]]).encode("utf-8")
    article = read_bytes(data, "market.txt")
    assert article.title == "Valdeluz closes old fish market"
    assert article.source == masthead
    assert article.text.split("\n") == FOREIGN_STORY


def test_a_headline_opening_with_a_papers_kind_stays_the_headline() -> None:
    data = "\n\n".join(["Journal Entries From The Ice", "By Lena Vogt", "5 March 2027", *STORY])
    article = read_bytes(data.encode(), "ice.txt")
    assert article.title == "Journal Entries From The Ice"
    assert article.source is None


NOTE_STORY = [
    "Residents of three villages north of Harwell have been told to boil their tap water after "
    "routine tests found E. coli.",
    "The notice covers about 4,100 homes in Cefn Isaf, Pantglas and Llys Newydd.",
]


def _noted(top: str, foot: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in NOTE_STORY)
    return (
        "<html lang='en-GB'><head><title>Boil notice</title>"
        "<meta property='article:published_time' content='2027-03-02T09:00:00+00:00'></head>"
        "<body><article><h1>Boil-water notice for three villages</h1><p>By Eirian Hopkin</p>"
        f"<div class='article-body'>{top}{paras}{foot}</div></article></body></html>"
    ).encode()


def test_a_short_update_note_heading_the_story_in_a_box_of_its_own_stays() -> None:
    note = "Updated at 3.40pm with comment from the council."
    article = read_bytes(_noted(f"<div class='update-banner'><p>{note}</p></div>", ""), "b.html")
    assert article.text.split("\n") == [note, *NOTE_STORY]
    assert article.published is not None and article.published.isoformat() == "2027-03-02"


def test_a_short_correction_under_its_label_in_a_box_stays() -> None:
    note = "An earlier version of this story misspelled Llys Newydd."
    box = f"<aside class='corrections'><h3>Corrections</h3><p>{note}</p></aside>"
    article = read_bytes(_noted("", box), "b.html")
    assert article.text.split("\n") == [*NOTE_STORY, "Corrections", note]


def test_an_update_stamp_alone_above_the_story_is_no_note() -> None:
    stamp = "<div class='update-banner'><p>Update: 4 March 2027, 10:42 GMT</p></div>"
    article = read_bytes(_noted(stamp, ""), "b.html")
    assert article.text.split("\n") == NOTE_STORY


@pytest.mark.parametrize(
    "stamp",
    [
        '<span class="timestamp" title="June 4, 2027 10:20 AM">2 hours ago</span>',
        '<abbr class="published" title="2027-06-04T10:20:00+01:00">2 hours ago</abbr>',
        '<span class="date" data-date="2027-06-04T10:20:00Z">2 hours ago</span>',
        '<span class="article-date" data-published="2027-06-04">Yesterday</span>',
        '<relative-time datetime="2027-06-04T10:20:00Z">2 hours ago</relative-time>',
        '<span class="timestamp" data-utime="1812104400">2 hours ago</span>',
    ],
)
def test_a_relative_stamp_with_its_moment_in_an_attribute_dates_the_story(stamp: str) -> None:
    article = read_bytes(_html("", f"<p class='meta'>{stamp}</p>"), "ferry.html")
    assert article.published is not None and article.published.isoformat() == "2027-06-04"
    assert article.published_origin == "metadata"


@pytest.mark.parametrize(
    "stamp",
    [
        '<span class="updated" data-date="2027-06-07">Updated yesterday</span>',
        '<span class="timestamp" title="Share this story">2 hours ago</span>',
    ],
)
def test_an_updates_attribute_or_a_tooltip_without_a_date_dates_nothing(stamp: str) -> None:
    article = read_bytes(_html("", f"<p class='meta'>{stamp}</p>"), "ferry.html")
    assert article.published is None


@pytest.mark.parametrize(
    "line",
    [
        "Shared from Apple News",
        "Sent from my iPhone",
        "Read more on Apple News",
        "Subscribe to Apple News+",
        "Powered by Outbrain",
        "Promoted Links by Taboola",
        "Play video",
        "Watch now",
        "Video duration 02:14",
        "Tap here to listen",
        "Listen to the latest episode",
        "Click to expand",
        "A A A",
        "Font size",
        "Report this comment",
        "You have read 3 of 5 free articles this month",
    ],
)
def test_app_player_and_reading_tool_lines_are_furniture_in_a_copy(line: str) -> None:
    for placed in ([*HEAD, line, *STORY], HEAD + STORY[:2] + [line] + STORY[2:]):
        article = read_bytes("\n\n".join(placed).encode("utf-8"), "ferry.txt")
        assert article.text.split("\n") == STORY


def test_a_registration_wall_cuts_the_text() -> None:
    lines = [*HEAD, *STORY[:2], "Create a free account to keep reading", "Register"]
    article = read_bytes("\n\n".join(lines).encode("utf-8"), "ferry.txt")
    assert article.text.split("\n") == STORY[:2]
    assert any(w in article.warnings for w in PARTIAL_WARNINGS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Watch now as the tide comes in, the warden told the volunteers on the sea wall.",
        "Up next is the budget vote, which the council will hold on Tuesday evening.",
        "Sent from my phone at 3am, the message warned the crew of the coming storm.",
    ],
)
def test_story_sentences_that_open_like_tool_lines_stay(sentence: str) -> None:
    article = read_bytes("\n\n".join(HEAD + STORY[:2] + [sentence] + STORY[2:]).encode(), "f.txt")
    assert sentence in article.text


@pytest.mark.parametrize(
    ("line", "day", "label"),
    [
        ("公開日：2027年6月4日", "2027-06-04", "published"),
        ("发布时间：2027-06-04 10:20", "2027-06-04", "published"),
        ("입력 2027.06.04 10:20", "2027-06-04", "published"),
        ("Diterbitkan: 4 Juni 2027", "2027-06-04", "published"),
        ("Dipublikasikan 4 Maret 2027", "2027-03-04", "published"),
        ("更新日：2027年6月6日", "2027-06-06", "updated"),
        ("نشر في 4 يونيو 2027", "2027-06-04", "published"),
        ("نُشر في: ٤ يونيو ٢٠٢٧", "2027-06-04", "published"),
        ("آخر تحديث: 6 يونيو 2027", "2027-06-06", "updated"),
    ],
)
def test_date_lines_of_asian_and_arabic_chrome_are_read(line: str, day: str, label: str) -> None:
    facts = dates.read_meta_line(line)
    assert facts is not None and [d.isoformat() for d in facts.dates] == [day]
    assert facts.date_labels == [label]


@pytest.mark.parametrize("text", ["v2027.06.04.1", "Version 2027.6.4", "2027.06 budget"])
def test_version_numbers_are_no_dates(text: str) -> None:
    assert dates.full_dates(text)[0] == []


def test_an_english_story_under_korean_chrome_is_dated() -> None:
    article = read_bytes(_html("", "<p class='date'>입력 2027.06.04 10:20</p>"), "ferry.html")
    assert article.published is not None and article.published.isoformat() == "2027-06-04"
    assert article.text.split("\n") == STORY


@pytest.mark.parametrize(
    "stamps",
    [
        "<dl><dt>Updated</dt><dd><time datetime='2027-06-06T09:15:00Z'>6 June 2027</time></dd>"
        "<dt>Published</dt><dd><time datetime='2027-06-04T22:30:00Z'>4 June 2027</time></dd></dl>",
        "<div><span>Last updated</span><span><time datetime='2027-06-06T09:15:00Z'>6 June</time>"
        "</span></div><div><span>Published</span><span><time datetime='2027-06-04T22:30:00Z'>"
        "4 June</time></span></div>",
    ],
)
def test_an_update_labelled_in_the_element_before_its_stamp_is_no_publication(stamps: str) -> None:
    article = read_bytes(_html("", stamps), "ferry.html")
    assert article.published is not None and article.published.isoformat() == "2027-06-04"
