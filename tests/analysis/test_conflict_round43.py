"""Round 43: a group's pairs are judged by its quantity's fields, never by how its key or its
label spells them; labels read as an analyst would write them."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from desktop.analysis.conflicts import (
    GroupShape,
    Quantity,
    _round_step,
    compare,
    group_label,
    quantity_of,
)
from desktop.domain import FigureRef

from .conflict_helpers import ref_containing


def _opaque_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys that name a group without spelling its fields: only grouping may change."""
    spelled = Quantity.key

    def opaque(self: Quantity) -> str:
        assert spelled.fget is not None
        return "g" + hashlib.sha1(spelled.fget(self).encode()).hexdigest()[:12]

    monkeypatch.setattr(Quantity, "key", property(opaque))


def _judged(refs: list[FigureRef]) -> list[tuple[int, int, str, str]]:
    return [(p.a, p.b, p.relation, p.reason) for p in compare(refs).pairs]


def _plan() -> list[FigureRef]:
    return [
        ref_containing(
            1,
            "Kestrel Motors said on Monday it will cut 1,200 jobs at its plants.",
            "1,200",
            date(2026, 3, 2),
        ),
        ref_containing(
            2,
            "Kestrel Motors said on Thursday it will now cut 1,800 jobs at its plants.",
            "1,800",
            date(2026, 3, 19),
        ),
    ]


def _turnout() -> list[FigureRef]:
    return [
        ref_containing(
            1,
            "Turnout in Sunday's regional election was 61.2%, the electoral commission said.",
            "61.2",
            date(2026, 5, 11),
        ),
        ref_containing(
            2,
            "Turnout in Sunday's regional election was 58.9%, the commission said on Friday.",
            "58.9",
            date(2026, 5, 15),
        ),
    ]


def _toll() -> list[FigureRef]:
    return [
        ref_containing(
            1,
            "The floods in Varn province have killed 23 people, officials said on Monday.",
            "23",
            date(2026, 4, 6),
        ),
        ref_containing(
            2,
            "The floods in Varn province have killed 31 people, officials said on Thursday.",
            "31",
            date(2026, 4, 9),
        ),
    ]


def test_a_running_toll_is_judged_by_its_fields_not_its_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spelled = _judged(_toll())
    assert [r[2] for r in spelled] == ["update"]
    _opaque_keys(monkeypatch)
    assert _judged(_toll()) == spelled


def test_a_job_cut_plan_is_judged_by_its_fields_not_its_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spelled = _judged(_plan())
    assert [r[2] for r in spelled] == ["update"]
    _opaque_keys(monkeypatch)
    assert _judged(_plan()) == spelled


def test_a_ballots_turnout_is_judged_by_its_fields_not_its_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spelled = _judged(_turnout())
    assert [r[2] for r in spelled] == ["contradiction"]
    _opaque_keys(monkeypatch)
    assert _judged(_turnout()) == spelled


def test_a_keys_fields_read_back_as_its_quantitys() -> None:
    for q in (
        Quantity("killed", "soldier", ("north", "korean"), "", "kursk"),
        Quantity("cut", "job", (), "", "", window="month:2026-03"),
        Quantity("killed", "people", (), "", "", hedged=True),
        Quantity("", "turnout", (), "share", ""),
        Quantity("", "", (), "km2", "kessel ridge fire"),
    ):
        assert GroupShape.from_key(q.key) == GroupShape.of(q), q.key


def test_a_hand_made_key_has_no_fields() -> None:
    assert GroupShape.from_key("my own group") == GroupShape()


def test_a_group_linked_by_hand_under_a_plans_key_is_judged_as_a_plan() -> None:
    refs = _plan()
    report = compare(refs, links={1: "cut|job|count|", 2: "cut|job|count|"})
    assert [p.relation for p in report.pairs] == ["update"]


def _label(text: str, number: str) -> str:
    figure = ref_containing(1, text, number, date(2026, 6, 2)).figure
    q = quantity_of(figure)
    assert q is not None
    return group_label(q, [figure])


def test_casualties_with_no_group_named_are_casualties() -> None:
    assert _label("Hospitals in Darvel reported 260 casualties after the blast.", "260") == (
        "casualties"
    )


def test_a_groups_casualties_are_told_by_the_group_before_them() -> None:
    text = "Kyiv said more than 2,300 Russian troops had been killed or wounded in the battle."
    assert _label(text, "2,300") == "Russian troop casualties"


def test_job_cuts_need_no_measure_after_them() -> None:
    text = "Talbot Foods said it would cut 640 jobs, raising its planned job cuts to 1,150."
    assert _label(text, "1,150") == "job cuts"


def test_job_gains_need_no_measure_after_them() -> None:
    assert _label("The economy posted 180,000 job gains in March, the bureau said.", "180,000") == (
        "job gains"
    )


def test_deaths_told_by_an_adjective_read_as_deaths() -> None:
    text = "The number of heat-related deaths in Marvel county has climbed to 31, the coroner said."
    assert _label(text, "31").startswith("heat-related deaths")


def test_a_singular_noun_of_people_counted_many_times_reads_in_the_plural() -> None:
    assert _label("Some 85 journalist deaths were recorded in the conflict.", "85") == (
        "journalists killed"
    )
    text = "Volunteers have recorded 4,310 civilian deaths in the province since March."
    assert _label(text, "4,310") == "civilians killed in the province"


def test_one_civilian_stays_one() -> None:
    text = "One civilian was killed in the shelling of Dorna, the governor said."
    assert _label(text, "One").startswith("civilian killed")


def test_a_noun_of_things_and_a_mass_noun_keep_their_form() -> None:
    assert _label("Brokers said 2,000 investor complaints had been filed.", "2,000") == (
        "investor complaints"
    )
    assert _label("About 1,200 personnel were deployed to the border.", "1,200") == (
        "personnel deployed"
    )


def _relation(a: tuple[str, str, date], b: tuple[str, str, date]) -> str | None:
    report = compare([ref_containing(1, *a), ref_containing(2, *b)])
    return report.pairs[0].relation if report.pairs else None


_FARMLAND = (
    "The army said it had captured 180 square kilometres of farmland in the Tesk district since"
    " the assault began.",
    "180",
    date(2026, 4, 3),
)


def test_an_area_captured_with_no_noun_is_the_one_area_captured_in_its_place() -> None:
    later = (
        "The army said its forces had now captured 260 square kilometres in the Tesk district.",
        "260",
        date(2026, 4, 10),
    )
    assert _relation(_FARMLAND, later) == "update"


def test_an_area_with_no_noun_and_no_place_joins_nothing() -> None:
    later = (
        "The army said its forces had captured 260 square kilometres.",
        "260",
        date(2026, 4, 10),
    )
    assert _relation(_FARMLAND, later) is None


_BRANDT = (
    "Ilse Brandt received 31,420 votes in the mayoral election, the final count showed.",
    "31,420",
    date(2026, 10, 5),
)


def test_a_candidate_named_by_surname_is_the_one_named_in_full() -> None:
    short = (
        "Brandt received about 31,400 votes in the mayoral election.",
        "31,400",
        date(2026, 10, 5),
    )
    assert _relation(_BRANDT, short) == "consistent"
    titled = ("Ms Brandt received 30,100 votes, a rival count said.", "30,100", date(2026, 10, 5))
    assert _relation(_BRANDT, titled) == "contradiction"


def test_another_candidates_surname_is_another_count() -> None:
    other = (
        "Kamper received about 29,900 votes in the mayoral election.",
        "29,900",
        date(2026, 10, 5),
    )
    assert _relation(_BRANDT, other) is None


def test_people_admitted_so_far_are_not_the_patients_in_hospital_now() -> None:
    admitted = (
        "Hospitals in Mirov have admitted 160 people with dengue since the outbreak began,"
        " officials said.",
        "160",
        date(2026, 2, 9),
    )
    now = (
        "Some 95 dengue patients remain in hospital in Mirov, officials said.",
        "95",
        date(2026, 2, 9),
    )
    assert _relation(admitted, now) is None


def test_people_hospitalised_so_far_are_a_running_count() -> None:
    first = (
        "A total of 380 people have been hospitalised with dengue in Mirov so far, officials said.",
        "380",
        date(2026, 2, 9),
    )
    later = (
        "So far 510 people have been hospitalised with dengue in Mirov, officials said on Friday.",
        "510",
        date(2026, 2, 13),
    )
    assert _relation(first, later) == "update"
    ref = ref_containing(1, *first)
    q = quantity_of(ref.figure)
    assert q is not None and group_label(q, [ref.figure]) == "people admitted to hospital in Mirov"


def test_patients_in_hospital_told_falling_stay_the_level() -> None:
    before = (
        "Some 95 patients are in hospital with dengue in Mirov, officials said.",
        "95",
        date(2026, 2, 9),
    )
    after = (
        "The number of patients in hospital with dengue in Mirov has fallen to 60, officials said.",
        "60",
        date(2026, 2, 13),
    )
    assert _relation(before, after) == "update"


def test_people_treated_in_hospital_join_the_count_of_those_taken_in() -> None:
    first = (
        "Nine people were treated in hospital after the gas leak, the ambulance service said.",
        "Nine",
        date(2026, 3, 2),
    )
    later = (
        "The number of people treated in hospital after the gas leak has risen to 23.",
        "23",
        date(2026, 3, 4),
    )
    assert _relation(first, later) == "update"


def test_a_round_floor_within_a_step_of_a_level_is_the_same_level() -> None:
    before = (
        "About 80 patients remain in hospital in Tolvik, the agency said.",
        "80",
        date(2027, 5, 7),
    )
    after = (
        "More than 70 patients are still in hospital in Tolvik, the hospitals said.",
        "70",
        date(2027, 5, 8),
    )
    assert _relation(before, after) == "consistent"


def test_a_floor_far_below_a_level_says_it_fell() -> None:
    before = (
        "About 260 hostages remain in captivity in Dessa, officials said.",
        "260",
        date(2027, 5, 1),
    )
    after = (
        "At least 180 hostages are still held in Dessa, officials said.",
        "180",
        date(2027, 5, 8),
    )
    assert _relation(before, after) == "update"


def test_the_step_a_round_number_is_told_to() -> None:
    assert [_round_step(x) for x in (50, 180, 260_000, 300_000, 57, 0)] == [
        10,
        10,
        10_000,
        100_000,
        0,
        0,
    ]


def test_a_tally_counts_the_people_its_measure_is_told_of() -> None:
    tally = ref_containing(
        1,
        "The health board's tally, which includes cases found by school nurses, stood at 58 on"
        " Monday.",
        "58",
        date(2027, 5, 10),
    )
    agency = ref_containing(
        2,
        "The regional agency said on Monday that 41 people had been infected with measles.",
        "41",
        date(2027, 5, 10),
    )
    ((group,),) = [compare([tally, agency]).groups]
    assert (group.key, group.label) == ("infected|people|count|", "people infected")


def test_legal_counts_stay_counts() -> None:
    assert _label("Fifteen counts were dropped, the court heard.", "Fifteen") == "counts"


def test_a_place_known_by_its_initials_reads_with_the() -> None:
    text = "Aster Motors is recalling 84,000 vehicles in the US over faulty airbags."
    assert _label(text, "84,000") == "vehicles in the US"


def test_money_named_by_its_coin_is_an_amount() -> None:
    text = "A contractor told the court she had paid the councillor about 400,000 crowns over three years."
    assert _label(text, "400,000") == "amount paid (crowns)"


def test_a_bidders_offer_in_pence_names_the_bidder() -> None:
    assert _label("Brask raised its offer to 455p a share on Tuesday.", "455") == (
        "offer (pence) (Brask)"
    )
    assert _label("Brask Holdings raised its offer to 455 pence a share on Tuesday.", "455") == (
        "offer (pence) of Brask Holdings"
    )


def _key(text: str, number: str) -> str:
    q = quantity_of(ref_containing(1, text, number, date(2027, 5, 8)).figure)
    assert q is not None
    return q.key


def test_a_teller_read_into_the_noun_is_no_part_of_it() -> None:
    text = "Statistics Norway estimated that the mainland economy grew 0.4% in the third quarter."
    assert _key(text, "0.4").split("|")[1] == "mainland economy"
    assert _label(text, "0.4") == "mainland economy rose (%)"


def test_a_numbers_scale_read_into_the_noun_is_no_part_of_it() -> None:
    text = "The UN said its $2.7 billion appeal for Haiti was only 35% funded."
    assert _key(text, "35").split("|")[1] == "appeal"
    assert _label(text, "35") == "appeal (%)"


_FINE = (
    "Regulators fined Ormond Bank €40 million on Tuesday for money-laundering failures.",
    "40",
    date(2026, 6, 2),
)


def test_a_fine_cut_on_appeal_months_later_is_the_same_fine() -> None:
    appeal = (
        "An appeals court on Thursday cut the fine imposed on Ormond Bank to €31 million.",
        "31",
        date(2026, 11, 5),
    )
    assert _relation(_FINE, appeal) == "update"


def test_a_fine_told_differently_on_its_day_contradicts() -> None:
    other = (
        "Ormond Bank was fined €44 million on Tuesday, its lawyers said.",
        "44",
        date(2026, 6, 2),
    )
    assert _relation(_FINE, other) == "contradiction"


_HALVEY = ("Halvey will cut about 900 jobs at its bakeries, unions said.", "900", date(2026, 3, 4))


def test_a_company_named_by_the_first_word_of_its_name_is_the_one_named_in_full() -> None:
    full = (
        "Halvey Bakeries will cut 900 jobs at its two plants, the company said.",
        "900",
        date(2026, 3, 4),
    )
    assert _relation(_HALVEY, full) == "consistent"


def test_another_companys_name_is_another_count() -> None:
    other = (
        "Dorne Bakeries will cut 900 jobs at its two plants, the company said.",
        "900",
        date(2026, 3, 4),
    )
    assert _relation(_HALVEY, other) is None
