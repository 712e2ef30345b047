"""Round 34: the language of the story read from its words; bylines, datelines and newsletters
of dev28's shapes."""

from __future__ import annotations

from datetime import date

from desktop.ingest import dates, furniture, read_bytes
from desktop.ingest.furniture import Piece
from desktop.ingest.html import _restore_dropped_paragraphs
from desktop.ingest.language import detect_language

ENGLISH = (
    "The council said on Monday that the new bridge would open in the spring, and that the "
    "old one would be closed to traffic after it had been inspected by engineers who were "
    "brought in from the county."
)
SPANISH = (
    "El alcalde anunció este lunes que las obras del puente comenzarán en primavera, según "
    "explicó en una rueda de prensa, y que los vecinos podrán usar el paso provisional desde "
    "el mes de junio. También dijo que el presupuesto está cerrado."
)
FRENCH = (
    "Le maire a annoncé lundi que les travaux du pont commenceront au printemps, selon un "
    "communiqué publié par la mairie. Les habitants pourront utiliser une passerelle "
    "provisoire dès le mois de juin, mais la circulation sera fermée aux camions."
)
GERMAN = (
    "Der Bürgermeister hat am Montag angekündigt, dass die Arbeiten an der Brücke im Frühjahr "
    "beginnen werden. Die Anwohner sollen eine provisorische Brücke nutzen, die auch für "
    "Radfahrer geöffnet wird, und der Verkehr wird über die Umgehung geleitet."
)
PORTUGUESE = (
    "O prefeito anunciou nesta segunda-feira que as obras da ponte começam na primavera. "
    "Os moradores poderão usar uma passagem provisória a partir de junho, disse o secretário "
    "de obras, que também afirmou que o orçamento já foi aprovado pelos vereadores."
)
ITALIAN = (
    "Il sindaco ha annunciato lunedì che i lavori del ponte inizieranno in primavera. Gli "
    "abitanti potranno usare una passerella provvisoria dalla fine di giugno, ma il traffico "
    "dei camion sarà deviato sulla tangenziale per tutta la durata del cantiere."
)
DUTCH = (
    "De burgemeester heeft maandag bekendgemaakt dat het werk aan de brug in het voorjaar "
    "begint. Bewoners kunnen vanaf juni een tijdelijke brug gebruiken, maar vrachtverkeer "
    "wordt omgeleid via de ringweg zolang het werk duurt, zei een woordvoerder van de stad."
)
RUSSIAN = (
    "Мэр города объявил в понедельник, что ремонт моста начнётся весной. Жители смогут "
    "пользоваться временным переходом с июня, а грузовики будут объезжать город."
)
UKRAINIAN = (
    "Мер міста оголосив у понеділок, що ремонт мосту почнеться навесні. Мешканці зможуть "
    "користуватися тимчасовим переходом з червня, а вантажівки їздитимуть об'їзною дорогою."
)


def test_latin_script_languages_are_told_by_their_common_words() -> None:
    assert detect_language(ENGLISH) == "en"
    assert detect_language(SPANISH) == "es"
    assert detect_language(FRENCH) == "fr"
    assert detect_language(GERMAN) == "de"
    assert detect_language(PORTUGUESE) == "pt"
    assert detect_language(ITALIAN) == "it"
    assert detect_language(DUTCH) == "nl"


def test_cyrillic_is_told_apart_by_letters_only_one_language_uses() -> None:
    assert detect_language(RUSSIAN) == "ru"
    assert detect_language(UKRAINIAN) == "uk"


def test_other_scripts_name_their_language() -> None:
    greek = "Ο δήμαρχος ανακοίνωσε τη Δευτέρα ότι οι εργασίες στη γέφυρα θα αρχίσουν την άνοιξη."
    japanese = "市長は月曜日、橋の工事が春に始まると発表した。住民は六月から仮設の橋を使える。"
    chinese = "市长周一宣布，大桥的维修工程将于春季开始，居民从六月起可以使用临时便桥通行。"
    assert detect_language(greek) == "el"
    assert detect_language(japanese) == "ja"
    assert detect_language(chinese) == "zh"


def test_too_little_text_gives_no_answer() -> None:
    assert detect_language("Bridge to reopen") is None
    assert detect_language("Puente Nuevo") is None
    assert detect_language("12 345 2025") is None


def test_a_page_without_lang_is_read_in_the_language_of_its_story() -> None:
    page = (
        "<html><head><title>Obras del puente</title></head><body><article>"
        "<h1>Las obras del puente empezarán en primavera</h1>"
        f"<p>{SPANISH}</p><p>{SPANISH}</p></article></body></html>"
    )
    article = read_bytes(page.encode("utf-8"), "puente.html")
    assert article.language == "es"
    assert article.field_origins["language"] == "the article's text"
    assert any("Spanish (es" in w for w in article.warnings)


def test_an_english_story_in_foreign_chrome_is_english_and_says_so() -> None:
    page = (
        '<html lang="de"><head><title>Bridge</title></head><body>'
        "<nav>Startseite Politik Wirtschaft</nav><article><h1>Bridge works start in spring</h1>"
        f"<p>{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>"
    )
    article = read_bytes(page.encode("utf-8"), "bridge.html")
    assert article.language == "en"
    assert "not the page's language tag (de)" in article.field_origins["language"]
    assert not any("the article is in" in w for w in article.warnings)


def test_a_declared_language_stands_when_the_text_is_too_short_to_tell() -> None:
    page = '<html lang="fr"><body><article><h1>Pont</h1><p>Pont fermé.</p></article></body></html>'
    article = read_bytes(page.encode("utf-8"), "pont.html")
    assert article.language == "fr"
    assert any("French (fr, from the page's language tag (fr))" in w for w in article.warnings)


def test_a_text_copy_in_french_is_reported_as_french() -> None:
    text = f"Les travaux du pont commencent au printemps\n\n{FRENCH}\n\n{FRENCH}\n"
    article = read_bytes(text.encode("utf-8"), "pont.txt")
    assert article.language == "fr"


# --- bylines -----------------------------------------------------------------------------

STORY = (
    "<p>The county's only lifeboat station will close for six weeks from Monday while its "
    "slipway is rebuilt, the charity that runs it said.</p>"
    "<p>Crews from the next station along the coast will cover the area, adding about twenty "
    "minutes to the time it takes to reach a boat in trouble off the headland.</p>"
    "<p>Fishermen said they had been told about the closure only on Friday.</p>"
)


def _page(head: str, byline: str) -> bytes:
    return (
        f"<html><head>{head}</head><body><article><h1>Lifeboat station to close for six weeks"
        f"</h1><p class='byline'>{byline}</p>{STORY}</article></body></html>"
    ).encode()


def test_a_printed_byline_outranks_a_meta_author_that_names_someone_else() -> None:
    article = read_bytes(
        _page('<meta name="author" content="Web Team">', "By Rhian Evans and Tom Bell"), "a.html"
    )
    assert article.author == "Rhian Evans, Tom Bell"
    assert any("differs from its printed byline" in w for w in article.warnings)


def test_a_printed_byline_outranks_a_json_ld_author_who_only_moved_the_page() -> None:
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","author":'
        '{"@type":"Person","name":"Gwen Pryce"}}</script>'
    )
    article = read_bytes(_page(ld, "By Rhian Evans"), "b.html")
    assert article.author == "Rhian Evans"


def test_a_meta_author_sharing_a_name_with_the_byline_stands() -> None:
    article = read_bytes(
        _page('<meta name="author" content="Rhian M. Evans">', "By Rhian Evans"), "c.html"
    )
    assert article.author == "Rhian M. Evans"


def test_an_agency_after_the_writer_with_nothing_between_is_not_part_of_the_name() -> None:
    text = (
        "Shipments of coal fall for a second month\n\nBy Tomas Reyes Reuters\n\n"
        "Coal shipments through the northern ports fell for a second month in March as two "
        "of the largest mines closed for repairs, port data showed on Tuesday.\n\n"
        "Exports totalled about 4 million tonnes, down from 4.6 million tonnes in February.\n"
    )
    assert read_bytes(text.encode(), "coal.txt").author == "Tomas Reyes"
    assert read_bytes(text.replace("Reuters", "AFP").encode(), "coal.txt").author == ("Tomas Reyes")


def test_a_short_surname_that_spells_an_agency_stays() -> None:
    text = (
        "Shipments of coal fall for a second month\n\nBy Maria Nan\n\n"
        "Coal shipments through the northern ports fell for a second month in March as two "
        "of the largest mines closed for repairs, port data showed on Tuesday.\n"
    )
    assert read_bytes(text.encode(), "coal.txt").author == "Maria Nan"


# --- a yearless dateline in a file whose name carries the date --------------------------

WIRE = (
    "Ferry operator adds winter sailings\n\n"
    "SPLIT, June 7 (Adria Wire) - A ferry operator will add two winter sailings a week to "
    "the islands after a rise in bookings, it said{weekday}.\n\n"
    "The extra boats will run from November to March.\n"
)


def test_the_file_name_gives_a_yearless_dateline_its_year() -> None:
    article = read_bytes(WIRE.format(weekday="").encode(), "2023-06-08_ferries.txt")
    assert article.published == date(2023, 6, 7)
    assert article.published_origin == "text"
    assert "the date in the file's name" in article.field_origins["published"]


def test_a_dateline_that_does_not_fit_the_file_name_leaves_the_name_to_date_it() -> None:
    # 7 June 2023 was a Wednesday: a lead saying Thursday does not fit the name's year, and
    # the latest year in which it did (2018) is far from the day the story was saved.
    article = read_bytes(WIRE.format(weekday=" on Thursday").encode(), "2023-06-08_ferries.txt")
    assert article.published == date(2023, 6, 8)
    assert article.published_origin == "metadata"


def test_a_dateline_months_before_the_file_name_is_not_dated_from_it() -> None:
    article = read_bytes(WIRE.format(weekday="").encode(), "2023-12-20_ferries.txt")
    assert article.published == date(2023, 12, 20)
    assert article.published_origin == "metadata"


# --- newsletters --------------------------------------------------------------------------

NEWSLETTER = (
    "From: The Valley Letter <hello@valleyletter.example>\n"
    "Subject: Bridge reopens; market moves\n"
    "Date: Tue, 04 Mar 2025 07:00:00 +0000\n\n"
    "Good morning.\n\n"
    "The Old Mill bridge reopened to traffic on Monday after eight months of repairs that "
    "cost the county about 2 million pounds, officials said.\n\n"
    "The Saturday market will move to the car park behind the library from April while the "
    "square is repaved, the town council said on Friday.\n\n"
    "Today\u2019s edition is brought to you by Hale & Sons, builders since 1921.\n\n"
    "That\u2019s all for today. Back on Thursday.\n\n"
    "The Valley Letter team\n"
)


def test_a_newsletters_sponsor_line_and_curly_sign_off_are_furniture() -> None:
    article = read_bytes(NEWSLETTER.encode(), "letter.txt")
    assert article.text.rstrip().endswith("the town council said on Friday.")
    assert "Hale & Sons" not in article.text
    assert "The Valley Letter team" not in article.text


def test_a_story_that_mentions_a_sponsor_keeps_it() -> None:
    text = (
        "Festival returns to the park\n\n"
        "The folk festival returns to Castle Park in July for the first time since 2019, its "
        "organisers said on Tuesday, with three stages and about 40 acts.\n\n"
        "This year's festival is sponsored by a local brewery, which has paid for the main "
        "stage and for free tickets for people under sixteen.\n"
    )
    assert "sponsored by a local brewery" in read_bytes(text.encode(), "fest.txt").text


# --- live blogs ---------------------------------------------------------------------------


def test_a_live_blogs_first_entry_keeps_its_heading_and_the_key_events_do_not_reorder() -> None:
    entries = [
        ("06:45", "Good morning", "Welcome to our coverage of the storm, which brought winds of "
         "up to 80mph to the west coast overnight and closed two bridges."),
        ("08:10", "Trains cancelled", "The rail operator has cancelled all services north of "
         "the city until at least midday because of fallen trees on the line."),
        ("09:30", "Schools closed", "The council says 14 schools will stay closed today after "
         "power cuts left the buildings without heating or light this morning."),
    ]  # fmt: skip
    body = "".join(
        f"<div class='entry'><time>{t}</time><h3>{h}</h3><p>{p}</p><button>Copy link</button></div>"
        for t, h, p in entries
    )
    page = (
        "<html><body><main><h1>Storm Ida: live updates</h1><div class='key-events'><h2>Key "
        "events</h2><ul><li><a href='#2'>Trains cancelled</a></li><li><a href='#3'>Schools "
        f"closed</a></li></ul></div>{body}</main></body></html>"
    )
    article = read_bytes(page.encode(), "storm.html")
    lines = article.text.split("\n")
    assert lines[0] == "Good morning"
    assert lines.index("Trains cancelled") > lines.index("Good morning")
    assert lines.count("Schools closed") == 1
    assert article.text.rstrip().endswith("without heating or light this morning.")
    # The entries stay in the page's order. Since round 49 each entry's time is its entry's:
    # kept on a line of its own between the entry's heading and its text.
    order = [b.text for b in article.blocks]
    assert order.index("Good morning") < order.index("06:45") < order.index("Trains cancelled")
    assert order.index("Trains cancelled") < order.index("08:10") < order.index("Schools closed")
    assert lines[lines.index("08:10") + 1].startswith("The rail operator has cancelled")


ENTRY = (
    "Welcome to our coverage of the storm, which brought winds of up to 80mph to the west "
    "coast overnight and closed two bridges."
)


def test_the_first_entrys_heading_under_its_time_goes_back_into_the_body() -> None:
    pieces = [
        Piece("Storm Ida: live updates", "heading", furniture.OUTSIDE_MAIN_TEXT),
        Piece("06:45", "para", furniture.PAGE_WIDGET),
        Piece("Good morning", "heading", furniture.OUTSIDE_MAIN_TEXT),
        Piece(ENTRY),
    ]
    _restore_dropped_paragraphs(pieces, "Storm Ida: live updates")
    assert [p.kept for p in pieces] == [False, False, True, True]


def test_a_heading_above_the_first_paragraph_with_no_time_over_it_stays_out() -> None:
    pieces = [
        Piece("Storm closes two bridges", "heading", furniture.OUTSIDE_MAIN_TEXT),
        Piece(ENTRY),
    ]
    _restore_dropped_paragraphs(pieces, "Storm live")
    assert not pieces[0].kept
    headline = [
        Piece("06:45", "para", furniture.PAGE_WIDGET),
        Piece("Storm Ida: live updates", "heading", furniture.OUTSIDE_MAIN_TEXT),
        Piece(ENTRY),
    ]
    _restore_dropped_paragraphs(headline, "Storm Ida: live updates")
    assert not headline[1].kept


def test_clock_times_alone() -> None:
    assert furniture.is_clock_time("07:02")
    assert furniture.is_clock_time("9.40am")
    assert furniture.is_clock_time("14:32 GMT")
    assert not furniture.is_clock_time("At 9.40am the road closed")
    assert not furniture.is_clock_time("2025")


# --- a Title Case headline over a summary -----------------------------------------------

SUMMARY_BODY = (
    "\n\nThe board voted on Monday to ban the use of hosepipes across three counties after "
    "reservoir levels fell to their lowest for the time of year in half a century.\n\n"
    "Farmers are not covered by the ban but have been asked to take less from rivers.\n"
)


def test_a_title_case_headline_over_a_summary_is_the_headline_not_an_issuer() -> None:
    for headline, summary in (
        ("Regional Water Board Approves Emergency Drought Measures", "Hosepipe ban to start "
         "on Friday across three counties"),
        ("Teachers Union Calls Strike Ballot Over Pay", "Vote to open next month"),
        ("City Police Launch Knife Amnesty At Stations", "Bins to be placed at six stations"),
    ):  # fmt: skip
        article = read_bytes(f"{headline}\n\n{summary}{SUMMARY_BODY}".encode(), "h.txt")
        assert article.title == headline
        assert article.source is None
        assert article.text.startswith(summary)


def test_an_issuers_name_above_a_headline_still_names_the_source() -> None:
    text = "Coastal Research Institute\n\nSea levels along the estuary rose faster last year"
    article = read_bytes(f"{text}{SUMMARY_BODY}".encode(), "r.txt")
    assert article.source == "Coastal Research Institute"
    assert article.title == "Sea levels along the estuary rose faster last year"


# --- regional bylines ---------------------------------------------------------------------

K9 = (
    "The county sheriff's office will add a second dog team this spring after residents "
    "raised more than $38,000 in six weeks, officials said on Monday.\n\n"
    "The new dog will be trained to track missing people as well as to search for drugs.\n"
)


def test_a_name_beside_its_job_title_is_the_author() -> None:
    for byline in (
        "Dana Whitfield | Staff Writer",
        "Dana Whitfield, Staff Writer",
        "Dana Whitfield, Gazette Staff Writer",
    ):
        text = f"Sheriff adds second dog team\n\n{byline}\nMarch 3, 2025\n\n{K9}"
        article = read_bytes(text.encode(), "k9.txt")
        assert article.author == "Dana Whitfield", byline
        assert article.source is None, byline
        assert byline not in article.text


def test_the_writers_e_mail_address_in_the_byline_is_not_the_story() -> None:
    for byline in (
        "By Dana Whitfield dwhitfield@pinehollow.example",
        "By Dana Whitfield | <dwhitfield@pinehollow.example>",
    ):
        text = f"Sheriff adds second dog team\n\n{byline}\nMarch 3, 2025\n\n{K9}"
        article = read_bytes(text.encode(), "k9.txt")
        assert article.author == "Dana Whitfield", byline
        assert article.text.startswith("The county sheriff's office"), byline


def test_a_name_and_an_outlet_after_a_comma_still_name_the_outlet() -> None:
    facts = dates.read_meta_line("Pavel Iliev, Carrow Telegraph")
    assert facts is not None
    assert facts.authors == ["Pavel Iliev"]
    assert facts.outlet == "Carrow Telegraph"
    # Round 53: an agency after the name is the writer's employer, the source only of a copy
    # that names no outlet of its own (dev31 o08 still has "Continental Wire" as its source).
    facts = dates.read_meta_line("Pavel Iliev, Continental Wire")
    assert facts is not None
    assert facts.authors == ["Pavel Iliev"]
    assert (facts.outlet, facts.employer) == (None, "Continental Wire")


# --- copies of posts and live blogs -------------------------------------------------------


def test_a_platforms_pitch_inside_a_copied_post_is_furniture() -> None:
    pitch = (
        "The Marsh Notes is a reader-supported publication. To receive new posts and support "
        "my work, consider becoming a free or paid subscriber."
    )
    assert furniture.single_block_reason(pitch) == furniture.NEWSLETTER
    story = (
        "The council said it would consider becoming a paid member of the regional transport "
        "partnership next year, at a cost of about 40,000 pounds."
    )
    assert furniture.single_block_reason(story) is None


def test_a_live_blogs_order_switch_is_a_widget() -> None:
    for line in (
        "Showing oldest first",
        "Newest first",
        "Sort by: Latest",
        "Show latest updates first",
    ):
        assert furniture.single_block_reason(line) == furniture.PAGE_WIDGET, line
    assert furniture.single_block_reason("The oldest first-aid kit in the museum") is None


LIVE_COPY = """Flood warnings across the valley
By Jodie Barker

Key events
Severe warning for Burton
Rest centre opens

Showing oldest first

07:02
Good morning
Welcome to our live coverage of the flooding after a night of heavy rain across the valley.

09:40
Severe warning for Burton
A severe flood warning, meaning a danger to life, has been issued for parts of Burton.

11:05
Rest centre opens
The borough council has opened a rest centre at the town hall for people told to leave.
"""


def test_key_events_without_times_in_a_copy_are_the_box_and_the_entries_keep_headings() -> None:
    article = read_bytes(LIVE_COPY.encode(), "live.txt")
    lines = article.text.split("\n")
    assert lines[0] == "Good morning"
    assert lines.count("Severe warning for Burton") == 1
    assert lines.index("Severe warning for Burton") > lines.index("Good morning")
    assert "Rest centre opens" in lines
    assert "Showing oldest first" not in article.text


def test_a_short_italian_story_is_told_with_its_headline() -> None:
    page = (
        "<html><body><article><h1>Il comune chiude il ponte per tre mesi</h1>"
        "<p>Il ponte sul fiume sarà chiuso alle auto da lunedì perché gli ingegneri hanno "
        "trovato crepe in due piloni. Pedoni e ciclisti potranno continuare a usarlo.</p>"
        "<p>La deviazione allungherà il viaggio di circa venti minuti, secondo il comune.</p>"
        "</article></body></html>"
    )
    assert read_bytes(page.encode(), "ponte.html").language == "it"


# --- pages: authors and AMP times ---------------------------------------------------------

GRAIN = (
    "<p>Exports of wheat, corn and barley totalled about 6.1 million tonnes in January, down "
    "from 7.4 million tonnes in December, shipping data showed on Tuesday.</p>"
    "<p>Freight rates for the route rose by about 12% over the month, traders said.</p>"
)


def _grain_page(head: str, top: str) -> bytes:
    return (
        f"<html lang='en'><head><meta property='og:site_name' content='Valley Star'>{head}"
        f"</head><body><article><h1>Grain shipments fall again</h1>{top}{GRAIN}</article>"
        "</body></html>"
    ).encode()


def test_an_agency_on_the_line_under_the_writers_name_is_not_part_of_it() -> None:
    top = "<div class='byline'><span>Anna Lindqvist</span><br><span>Reuters</span></div>"
    assert read_bytes(_grain_page("", top), "g.html").author == "Anna Lindqvist"
    assert dates.without_trailing_agency("Anna Lindqvist Reuters") == "Anna Lindqvist"
    assert dates.without_trailing_agency("Maria Nan") == "Maria Nan"
    assert dates.without_trailing_agency("Reuters") == "Reuters"


def test_the_sites_own_name_as_meta_author_names_nobody() -> None:
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","author":'
        '{"@type":"Person","name":"Anna Lindqvist"}}</script>'
    )
    head = f"<meta name='author' content='Valley Star'>{ld}"
    assert read_bytes(_grain_page(head, ""), "g.html").author == "Anna Lindqvist"
    alone = read_bytes(_grain_page("<meta name='author' content='Valley Star'>", ""), "g.html")
    assert alone.author is None


def test_an_amp_timeago_dates_the_story_as_a_time_tag_does() -> None:
    top = (
        "<amp-timeago datetime='2025-02-18T10:00:00Z' layout='fixed' width='160' "
        "height='20'>Feb 18, 2025</amp-timeago>"
    )
    article = read_bytes(_grain_page("", top), "g.html")
    assert article.published == date(2025, 2, 18)
    assert article.published_origin == "metadata"
    assert "amp-timeago" in article.field_origins["published"]


def test_a_personal_site_named_after_its_writer_keeps_her_as_author() -> None:
    page = (
        "<html lang='en'><head><meta property='og:site_name' content='Helen Okafor'>"
        "<meta name='author' content='Helen Okafor'></head><body><article><h1>The bridge "
        f"that nobody wanted to pay for</h1>{GRAIN}</article></body></html>"
    )
    assert read_bytes(page.encode(), "h.html").author == "Helen Okafor"


# --- newsletters as HTML, read-later exports ----------------------------------------------

HTML_LETTER = (
    'From: "The Quay Letter" <news@quayletter.example>\r\nSubject: Strike talks; dredger\r\n'
    "Date: Fri, 07 Feb 2025 06:30:00 +0000\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/html; charset=utf-8\r\n\r\n"
    "<html><body><h1>The Quay Letter</h1><p>Good morning.</p>"
    "<h2>Strike talks collapse</h2><p>Talks between the port and the dockworkers' union broke "
    "down late on Thursday, raising the prospect of a strike from Monday.</p>"
    "<p>SPONSORED</p><p>Keel &amp; Co insures small fleets from £40 a month. Get a quote "
    "today.</p><h2>New dredger arrives</h2><p>The dredger Marlin arrived in the outer "
    "harbour on Wednesday and will begin clearing the main channel next week.</p>"
    "<p>That’s all for today.</p></body></html>"
)


def test_an_html_newsletters_masthead_is_no_author_and_its_sponsor_message_goes() -> None:
    article = read_bytes(HTML_LETTER.encode(), "letter.eml")
    assert article.source == "The Quay Letter"
    assert article.author is None
    assert "Keel & Co" not in article.text
    assert "main channel next week." in article.text


def test_a_paragraph_under_a_sponsored_label_that_sells_nothing_stays() -> None:
    text = (
        "Dredger arrives in harbour\n\n"
        "The dredger Marlin arrived in the outer harbour on Wednesday, the port said, after a "
        "voyage of nine days from Rotterdam.\n\nSponsored\n\n"
        "It will begin clearing the main channel next week and work until the end of May.\n"
    )
    article = read_bytes(text.encode(), "d.txt")
    assert "It will begin clearing the main channel next week" in article.text


def test_a_publications_name_is_no_persons() -> None:
    assert not dates.is_person_name("The Harbour Brief")
    assert dates.is_person_name("Theo Marsh")


def test_wallabags_published_by_is_the_author() -> None:
    text = (
        "---\ntitle: Buses keep running late\nurl: https://bcc.example/news/buses\n"
        "published_by: Gareth Mills\npublished_at: 2025-02-11T08:00:00+00:00\n"
        "created_at: 2025-03-02T21:14:07+00:00\n---\n\n"
        "Only 61% of buses in the county arrived on time last year, the council said.\n"
    )
    article = read_bytes(text.encode(), "b.md")
    assert article.author == "Gareth Mills"
    assert article.published == date(2025, 2, 11)


def test_an_unpadded_date_in_a_file_name_dates_the_copy_too() -> None:
    article = read_bytes(WIRE.format(weekday="").encode(), "ferries-2023-6-8.txt")
    assert article.published == date(2023, 6, 7)
    undated = "Ferries\n\nThe operator will add two winter sailings a week, it said.\n"
    article = read_bytes(undated.encode(), "ferries_2023.6.8.txt")
    assert article.published == date(2023, 6, 8)
    assert article.published_origin == "metadata"
    # A day written first is not read: "08-06-2023" could be either order.
    assert read_bytes(undated.encode(), "ferries_08-06-2023.txt").published is None


# --- a wire story copied from a regional paper's site ------------------------------------

REGIONAL_COPY = """Dakota Herald
e-Edition | Subscribe | Log in
Bismarck 18°F Partly cloudy
ADVERTISEMENT
Grain shipments from Black Sea ports fall for third month
By Anna Lindqvist Reuters
Feb 18, 2025

LONDON (Reuters) - Grain shipments from Black Sea ports fell for a third straight month in \
January as storms closed loading terminals, shipping data showed on Tuesday.

Analysts expect shipments to recover in March if the ports stay open.

Copyright 2025 Thomson Reuters.

Around the Dakota Herald
Cattle prices hold steady at Mandan sale
School board approves calendar
Dakota Herald · 1811 E Main Ave, Bismarck, ND · Terms of Use · © 2025 Dakota Herald
"""


def test_a_wire_story_on_a_regional_site_copied_as_text() -> None:
    article = read_bytes(REGIONAL_COPY.encode(), "grain.txt")
    assert article.title == "Grain shipments from Black Sea ports fall for third month"
    assert article.source == "Dakota Herald"  # the site's copyright, not the agency's
    assert article.author == "Anna Lindqvist"
    assert article.text.startswith("LONDON (Reuters)")
    assert article.text.rstrip().endswith("if the ports stay open.")


def test_site_widgets_and_foot_strips() -> None:
    for line in ("Bismarck 18°F Partly cloudy", "London 12°C", "-3 °C Snow"):
        assert furniture.single_block_reason(line) == furniture.PAGE_WIDGET, line
    story = "Temperatures reached 41°C in the valley on Tuesday, the hottest day on record."
    assert furniture.single_block_reason(story) is None
    strip = "Dakota Herald · 1811 E Main Ave, Bismarck, ND · Terms of Use · © 2025 Dakota Herald"
    assert furniture.single_block_reason(strip) == furniture.PAGE_FOOTER
    assert furniture.copyright_parts(strip) == ["© 2025 Dakota Herald"]
    assert furniture.single_block_reason("Oslo · Bergen · Tromsø") != furniture.PAGE_FOOTER


def test_around_the_outlet_heads_its_other_stories() -> None:
    assert furniture.is_teaser_heading("Around the Dakota Herald")
    assert furniture.is_teaser_heading("Elsewhere on the Courier")
    assert not furniture.is_teaser_heading("Around the county")
    assert dates.is_agency("Thomson Reuters")


def _titled(title: str) -> bytes:
    return (
        f"<html lang='en-US'><head><title>{title}</title></head><body><article>"
        "<h1>Sheriff's office adds second K-9 unit</h1>"
        "<div class='byline'>By Dana Whitfield, Staff Writer</div>"
        "<p>The county sheriff's office will add a second dog team this spring after residents "
        "raised more than $38,000 in six weeks, officials said on Monday.</p>"
        "<p>Training begins in April.</p></article></body></html>"
    ).encode()


def test_an_seo_title_worded_apart_from_the_headline_still_names_the_paper() -> None:
    article = read_bytes(_titled("Sheriff adds K-9 unit | Pine Hollow Gazette"), "k.html")
    assert article.source == "Pine Hollow Gazette"
    assert article.author == "Dana Whitfield"
    # A section's name in the same place names no outlet.
    assert read_bytes(_titled("Sheriff adds K-9 unit | Local News"), "k.html").source is None
