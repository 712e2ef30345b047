"""Round 52 (1): an outlet's closing line about itself with no rule above it, in an RTF
export, a Markdown note or an e-mail: how often it appears, what a copy costs, who gets its
notes and how to write in. Every document here is invented."""

from __future__ import annotations

import pytest

from desktop.domain import RawArticle
from desktop.ingest import read_bytes

LAST = "Insurers have received more than 900 claims, most of them from small farms."
STORY = [
    "A night of frost in the last week of April has cut the apple crop in the valley by about "
    "a third, the growers' union says.",
    "Temperatures fell to minus 3 degrees just as most orchards were in full blossom.",
    LAST,
]


def _rtf(closing: str, outlet: str = "Orchard & Field") -> RawArticle:
    paragraphs = "".join(f"{p}\\par\n\\par\n" for p in STORY)
    document = (
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Georgia;}}\n"
        "\\f0\\fs22 {\\b\\fs30 Cider makers count the cost of a frost}\\par\n\\par\n"
        f"By Anne Roux\\par\n{outlet}, 4 March 2027\\par\n\\par\n"
        f"{paragraphs}{closing}\\par\n}}\n"
    )
    return read_bytes(document.encode("cp1252"), "clipping.rtf")


def _markdown(closing: str) -> RawArticle:
    note = (
        "# Lifts out of action for a third week\n\n"
        "*Carrick Tenants' Forum · Wednesday 12 May 2027 · by Ruth Adebayo*\n\n"
        + "\n\n".join(STORY)
        + f"\n\n{closing}\n"
    )
    return read_bytes(note.encode(), "note.md")


def _mail(closing: str) -> RawArticle:
    message = (
        "From: Quayside Notes <news@quayside.example>\n"
        "To: readers@quayside.example\n"
        "Subject: Frost cuts the apple crop\n"
        "Date: Mon, 10 May 2027 07:10:00 +0100\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n\n' + "\n\n".join(STORY) + f"\n\n{closing}\n"
    )
    return read_bytes(message.encode(), "issue.eml")


def _ends_with_story(article: RawArticle) -> None:
    assert article.text.rstrip().endswith(LAST), article.text


def test_an_italic_line_of_how_often_it_appears_and_a_copys_price_closes_an_rtf() -> None:
    _ends_with_story(_rtf("{\\i Orchard & Field appears monthly. Single copy 12 euros.}"))


def test_the_same_line_in_plain_type_closes_an_rtf_too() -> None:
    _ends_with_story(_rtf("Orchard & Field comes out quarterly. Annual subscription: 40 pounds."))


def test_an_outlet_published_every_month_by_its_last_word() -> None:
    article = _rtf(
        "{\\i The Ledger is published on the first Monday of each month.}", "Dale Ledger"
    )
    _ends_with_story(article)


def test_an_italic_markdown_sign_off_with_no_rule_above_it() -> None:
    _ends_with_story(_markdown("*The forum's notes go to 380 families. Reply to add your case.*"))


def test_a_plain_markdown_sign_off_with_no_rule_above_it() -> None:
    _ends_with_story(
        _markdown("The forum's updates reach 1,200 tenants. Write to us with your news.")
    )


def test_an_e_mails_notes_and_unsubscribe_line_with_no_rule() -> None:
    article = _mail("Quayside Notes goes to 2,700 skippers each Monday.\n\nUnsubscribe")
    _ends_with_story(article)
    assert "2,700 skippers" not in article.text


def test_a_story_line_of_someone_elses_monthly_figures_stays() -> None:
    closing = "{\\i The union publishes its crop estimate monthly.}"
    assert _rtf(closing).text.rstrip().endswith("The union publishes its crop estimate monthly.")


def test_a_story_line_on_forms_sent_to_households_stays() -> None:
    line = "Reply forms go to 2,000 households next week, the forum said."
    assert _markdown(line).text.rstrip().endswith(line)


def test_a_call_to_reply_alone_is_no_sign_off() -> None:
    line = "*Reply to the council's letter is due by 2 June.*"
    assert _markdown(line).text.rstrip().endswith("Reply to the council's letter is due by 2 June.")


def test_an_e_mails_line_of_the_countries_it_is_read_in_closes_it() -> None:
    _ends_with_story(_mail("Quayside Notes is read in 31 countries. Unsubscribe."))


def test_an_e_mails_line_of_when_it_goes_out_and_to_whom_closes_it() -> None:
    _ends_with_story(_mail("Quayside Notes goes out every Monday to 4,100 readers. Unsubscribe."))


def test_a_story_line_of_what_goes_out_each_week_stays() -> None:
    line = "The ferry goes out every Monday to 40 islands, the operator says."
    assert _mail(line).text.rstrip().endswith(line)


@pytest.mark.parametrize(
    "closing",
    [
        "Orchard & Field appears every second Thursday. Annual subscription 60 euros.",
        "{\\i Orchard & Field is published every two months by the Cider Growers' Federation.}",
        "{\\i Orchard & Field comes out twice a month.}",
    ],
)
def test_how_often_the_outlet_comes_out_in_other_words(closing: str) -> None:
    _ends_with_story(_rtf(closing))


@pytest.mark.parametrize(
    "closing",
    [
        "*These notes go to 380 families in the block. Reply to add your case.*",
        "_Carrick Tenants' Forum sends these notes to 380 households every fortnight. Reply to "
        "this e-mail to add your case._",
        "*You are receiving these notes because you signed up at a forum meeting.*",
    ],
)
def test_the_notes_spoken_of_without_the_outlets_name(closing: str) -> None:
    _ends_with_story(_markdown(closing))


def test_letters_going_to_households_as_someone_said_stay() -> None:
    line = "These letters go to 2,000 households next week, the council said."
    assert _markdown(line).text.rstrip().endswith(line)
