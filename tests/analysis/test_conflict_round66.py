"""Conflicts round 66: rates and durations as the analyst sees them (found by UI round 55 on a
project of every pack of rounds 1-10).

- "output was about 90,000 barrels a day on Tuesday" read no rate ("a day on" was taken for "a
  year on", a time after), and a count with no rate joined a group of rates whose key was more
  specific (the merge of less specific quantities did not look at the rate);
- a pair's reason left out the stretch of a rate ("about 42,000 vs about 40,000");
- a duration's group read "fire burned for (hours)";
- "Two men were remanded in custody for 30 days" was read as how long something lasted.
"""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract
from desktop.extract.rates import rate_in

MON = date(2033, 3, 7)


def _refs(*texts: str) -> list[FigureRef]:
    refs: list[FigureRef] = []
    for article, text in enumerate(texts):
        day = date(2033, 3, 7 + article)
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    return refs


def test_a_rate_told_of_a_named_day_is_a_rate() -> None:
    assert rate_in(" barrels a day on Tuesday morning.") == "day"
    assert rate_in(" barrels a day on the 4th.") == "day"
    assert rate_in(" cars a week on March roads") == "week"
    # a rate told as a mean
    assert rate_in(" households spend $40 a week on average") == "week"
    # "a year on" alone, or "a year on from", is a time after, no rate
    assert rate_in(" families a year on, the council said.") is None
    assert rate_in(" families a year on from the flood") is None
    assert rate_in(" families a year on may be fewer") is None


def test_rates_told_with_a_day_read_their_stretch() -> None:
    text = "Its owner said output was about 90,000 barrels a day on Tuesday morning."
    (figure,) = [f for f in extract(text, MON).figures if f.unit == "barrels"]
    assert figure.rate == "day"


def test_a_count_with_no_rate_stays_out_of_a_group_of_rates() -> None:
    refs = _refs(
        "Meridia said output at the Portsalen refinery was about 42,000 barrels a day.",
        "Meridia said output at the Portsalen refinery was 40,000 barrels a day.",
        "Output was 90,000 barrels, the ministry said.",
    )
    result = compare(refs)
    by_value = {r.figure.low: r.id for r in refs if r.figure.unit == "barrels"}
    for group in result.groups:
        ids = set(group.figure_ids)
        if by_value[42000] in ids:
            assert by_value[90000] not in ids, group
            assert "per day" in group.key
    for pair in result.pairs:
        assert by_value[90000] not in (pair.a, pair.b), pair


def test_a_rate_pair_says_its_stretch() -> None:
    refs = _refs(
        "Meridia said output at the Portsalen refinery was about 42,000 barrels a day.",
        "Meridia said output at the Portsalen refinery was about 40,000 barrels a day.",
    )
    (pair,) = compare(refs).pairs
    assert pair.reason == "ranges overlap: about 42,000 per day vs about 40,000 per day"


def _label(*texts: str) -> tuple[str, str]:
    result = compare(_refs(*texts))
    (group,) = [g for g in result.groups if len(g.figure_ids) == len(texts)]
    return group.key, group.label


def test_a_duration_group_reads_how_long() -> None:
    key, label = _label(
        "The fire at the Hale Street warehouse burned for about 15 hours, the brigade said.",
        "The fire at the Hale Street warehouse burned for 19 hours before it was put out.",
    )
    assert label == "how long the fire burned (hours)"
    assert key == "burned for|fire|hours|"  # the key decisions are stored by is unchanged
    _, label = _label(
        "The strike at the Orrin refinery lasted three weeks.",
        "The strike at the Orrin refinery lasted 12 days.",
    )
    assert label == "how long the strike lasted (days or weeks)"
    _, label = _label(
        "The Kell runway was closed for 20 hours.", "The Kell runway was shut for 17 hours."
    )
    assert label == "how long the runway was closed (hours)"
    _, label = _label(
        "The miners were trapped for 40 hours.", "The six miners were trapped for two days."
    )
    assert label == "how long the miners were trapped (days or hours)"


def test_a_custody_term_is_no_duration() -> None:
    for text in (
        "Two men were remanded in custody for 30 days.",
        "The two suspects were held in custody for 30 days before the hearing.",
        "The activists were kept in detention for a month.",
    ):
        assert not [f for f in extract(text, MON).figures if f.unit in ("days", "months")], text
    # a hostage held, and a place closed, are still spans that passed
    (held,) = [f for f in extract("The hostages were held for 12 days.", MON).figures if f.unit]
    assert (held.measure, held.unit) == ("held for", "days")


def test_a_rate_of_deaths_joins_no_running_toll() -> None:
    """The running tolls of a story are joined across their words (round 55 of figures); a
    rate of deaths a day is how often, never a count so far."""
    refs = _refs(
        "Cholera has killed 14 people in the Dessa Ridge camp.",
        "The outbreak is now killing about 20 people a day, health officials said.",
        "Cholera has killed 23 people, officials said.",
    )
    rate = next(r.id for r in refs if r.figure.rate == "day")
    result = compare(refs)
    for group in result.groups:
        assert rate not in group.figure_ids or len(group.figure_ids) == 1, group
    assert all(rate not in (p.a, p.b) for p in result.pairs)
    assert any(p.relation == "update" for p in result.pairs)  # 14 -> 23 still told


def test_a_duration_of_nothing_named_asks_how_long_it_lasted() -> None:
    """With no noun told, the label is of "it", its place before its units (the unit was
    taken for the thing: "how long the hours lasted")."""
    from desktop.analysis.conflicts import Quantity, group_label
    from desktop.domain import Figure

    lasted = Figure(0, 8, "12 hours", "12", 12, 12, "exact", unit="hours", measure="lasted")
    quantity = Quantity(measure="lasted", head="", modifiers=(), unit="hours", scope="")
    assert group_label(quantity, [lasted]) == "how long it lasted (hours)"
    closed = Figure(
        0,
        8,
        "12 hours",
        "12",
        12,
        12,
        "exact",
        unit="hours",
        measure="closed for",
        scope="Brenmark",
    )
    quantity = Quantity(measure="closed for", head="", modifiers=(), unit="hours", scope="brenmark")
    assert group_label(quantity, [closed]) == "how long it was closed in Brenmark (hours)"
