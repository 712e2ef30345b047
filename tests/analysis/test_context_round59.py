"""Conflicts round 59: the context-likeness tier (desktop/analysis/_context.py). Loose figures of
one story whose own words differ, told among alike words in their articles, are paired
tentatively, with the shared words in the reason; parts, two measures of different kin and
figures with no clause to read are left alone. Stories and sentences are invented."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desktop.analysis import _context as context
from desktop.analysis.conflicts import compare
from desktop.domain import TENTATIVE_REASON, FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

#: a recall widened: "640,000 Tessa cookers" and "about 720,000 appliances" name no common
#: noun, so no key and no likeness joins them; the words around them do
RECALL = [
    (
        date(2031, 5, 6),
        "Brelmont recalls cookers",
        "The appliance maker Brelmont is recalling 640,000 Tessa cookers because their lids "
        "can burst open. The company has logged 35 reports of burns since January. Its shares "
        "fell 4% in Vellby.",
    ),
    (
        date(2031, 5, 8),
        "Cooker recall widened",
        "Regulators said on Thursday that the recall of Tessa cookers with lids that can burst "
        "open now covers about 720,000 appliances. Brelmont has set aside 18 million crowns "
        "for refunds.",
    ),
]

#: one bus crash told by two outlets: the dead and the hurt, told among the same words
CRASH = [
    (
        date(2031, 9, 14),
        "Bus plunges into Serrin gorge",
        "A coach carrying pilgrims plunged into the Serrin gorge near Tolvar on Sunday, killing "
        "14 passengers, police said. Rescuers worked through the night. The driver had been on "
        "the road for 11 hours, and 2 helicopters joined the search.",
    ),
    (
        date(2031, 9, 15),
        "Tolvar coach crash",
        "Police said 17 passengers were hurt when a coach carrying pilgrims plunged into the "
        "Serrin gorge near Tolvar. The company runs 40 coaches and employs 120 drivers.",
    ),
]


def _story(articles: list[tuple[date, str, str]]) -> tuple[list[FigureRef], dict[int, str]]:
    refs: list[FigureRef] = []
    about: dict[int, str] = {}
    for article_id, (day, title, text) in enumerate(articles, 1):
        about[article_id] = f"{title}\n{text}"
        for figure in find_figures(text, day, find_timexes(text, day)):
            refs.append(FigureRef(len(refs) + 1, article_id, figure, f"outlet {article_id}", day))
    return refs, about


def _id(refs: list[FigureRef], number: str) -> int:
    return next(r.id for r in refs if number in r.figure.number_text)


def test_loose_figures_told_among_alike_words_are_paired_tentatively() -> None:
    refs, about = _story(RECALL)
    report = compare(refs, about=about)
    assert [(p.a, p.b) for p in report.pairs] == [(_id(refs, "640,000"), _id(refs, "720,000"))]
    pair = report.pairs[0]
    assert pair.tentative and pair.group_key == ""
    assert pair.reason.startswith(f"{TENTATIVE_REASON}{context.CONTEXT_MARK}")
    shared = pair.reason.removeprefix(TENTATIVE_REASON + context.CONTEXT_MARK).split(";")[0]
    # the analyst reads which words the two share: the product and its lids
    assert {"Tessa", "cookers", "lids"} <= set(shared.replace(",", " ").split())
    # judged as a group's pair is: a later, larger count of one recall
    assert pair.relation == "update"


def test_no_clause_no_pair() -> None:
    refs, about = _story(RECALL)
    # without the articles' openings there is no clause to read
    assert compare(refs).pairs == []
    # an opening that does not hold the figure where it says it stands is not read
    moved = {k: v.replace("The appliance maker", "Appliance maker") for k, v in about.items()}
    assert compare(refs, about=moved).pairs == []


@dataclass(frozen=True)
class _Framed:
    unit: str = ""
    measure: str = ""
    scope: str = ""
    window: str = ""
    modifiers: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        (_Framed(measure="killed"), _Framed(measure="injured"), False),
        (_Framed(measure="evacuated"), _Framed(measure="fled"), True),
        (_Framed(measure="killed"), _Framed(), True),
        (_Framed(unit="EUR"), _Framed(unit="t"), False),
        (_Framed(scope="halden"), _Framed(scope="orsk"), False),
        (_Framed(scope="halden"), _Framed(), True),
        (_Framed(window="day:2031-09-14"), _Framed(window="day:2031-09-15"), False),
        (
            _Framed(modifiers=frozenset({"teldran"})),
            _Framed(modifiers=frozenset({"varnian"})),
            False,
        ),
        (_Framed(modifiers=frozenset({"teldran"})), _Framed(), True),
    ],
)
def test_gates(a: _Framed, b: _Framed, alike: bool) -> None:
    assert context._gated(a, b) is alike


def test_the_dead_and_the_hurt_of_one_crash_are_not_paired() -> None:
    refs, about = _story(CRASH)
    assert compare(refs, about=about).pairs == []


@pytest.mark.parametrize(
    ("text", "number", "part"),
    [
        ("Four of the dead were miners from Halden.", "Four", True),
        ("Rescuers recovered two more bodies on Friday.", "two", True),
        ("Of the 31 injured, nine were children.", "nine", True),
        ("The bank will close 30 of its 74 branches.", "30", True),
        ("At least 23 people were killed in the blast.", "23", False),
    ],
)
def test_a_part_or_an_addition_is_told_apart(text: str, number: str, part: bool) -> None:
    day = date(2031, 1, 5)
    figure = next(
        f
        for f in find_figures(text, day, find_timexes(text, day))
        if f.number_text.lower() == number.lower()
    )
    told = context.read(FigureRef(1, 1, figure, None, day), text)
    assert told is not None and told.part is part


def test_kin_of_general_news_words() -> None:
    assert context.kin("died") == context.kin("killed") == context.kin("toll") == "die"
    assert context.kin("evacuated") == context.kin("fled") == context.kin("displaced")
    assert context.kin("households") == context.kin("homes")
    assert context.kin("wounded") == context.kin("injuries")
    assert context.kin("cookers") == "cooker"
    assert context.measure_kin("killed") != context.measure_kin("injured")
