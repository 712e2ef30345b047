"""Round 23 comparison rules: economy and markets copy (dev21): releases, revisions, prices."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import quantity_of
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2025, 6, 6)
LATER = date(2025, 7, 3)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_months_payrolls_revised_later_update_the_jobs_added() -> None:
    first = _ref(1, "Employers added 139,000 jobs in April, the Labor Department said.", "139,000")
    revised = _ref(
        2, "April's payrolls were revised down to 125,000, the department said.", "125,000", LATER
    )
    assert _relation(first, revised) == "update"


def test_job_gains_revised_by_the_agency_update_the_first_count() -> None:
    first = _ref(1, "The economy added 139,000 jobs in April.", "139,000")
    revised = _ref(
        2, "The Labor Department revised April's job gains up to 144,000.", "144,000", LATER
    )
    assert _relation(first, revised) == "update"


def test_payrolls_that_rose_by_a_number_are_the_jobs_added() -> None:
    added = _ref(1, "US employers added 139,000 jobs in May.", "139,000")
    rose = _ref(2, "Nonfarm payrolls increased by 139,000 in May.", "139,000")
    assert _relation(added, rose) == "consistent"
    other = _ref(3, "Nonfarm payrolls increased by 160,000 in May.", "160,000")
    assert _relation(added, other) == "contradiction"


def test_gdp_that_expanded_is_the_economy_that_grew() -> None:
    economy = _ref(1, "The Japanese economy grew 0.3% in the first quarter.", "0.3%")
    gdp = _ref(2, "Japanese GDP expanded 0.3% in the first quarter.", "0.3%")
    assert _relation(economy, gdp) == "consistent"


def test_a_price_that_hits_a_new_record_later_is_an_update() -> None:
    first = _ref(1, "Gold hit a record $3,400 an ounce.", "$3,400")
    later = _ref(2, "Gold hit a record $3,500 an ounce.", "$3,500", LATER)
    assert _relation(first, later) == "update"
    # two records told for one day disagree
    other = _ref(3, "Gold hit a record $3,450 an ounce.", "$3,450")
    assert _relation(first, other) == "contradiction"


def test_a_level_passed_then_a_level_reached_is_an_update() -> None:
    above = _ref(1, "The dollar rose above 150 yen.", "150")
    later = _ref(2, "The dollar fell to 144 yen.", "144", LATER)
    assert _relation(above, later) == "update"


def test_sterling_is_the_pound() -> None:
    pound = _ref(1, "The pound fell 1.2% against the dollar on Monday.", "1.2%")
    sterling = _ref(2, "Sterling fell 1.2% against the dollar on Monday.", "1.2%")
    assert _relation(pound, sterling) == "consistent"
    other = _ref(3, "Sterling fell 2.5% against the dollar on Monday.", "2.5%")
    assert _relation(pound, other) == "contradiction"


def test_a_nations_adjective_names_it_as_its_possessive_does() -> None:
    possessive = _ref(1, "Japan's exports rose 4.2% year on year in May.", "4.2%")
    adjective = _ref(2, "Japanese exports grew 4.2% in May from a year earlier.", "4.2%")
    assert _relation(possessive, adjective) == "consistent"
    other = _ref(3, "German exports grew 4.2% in May from a year earlier.", "4.2%")
    assert _relation(possessive, other) is None


def test_job_losses_revised_later_update_the_jobs_lost() -> None:
    lost = _ref(1, "The economy lost 701,000 jobs in April, the department said.", "701,000")
    revised = _ref(2, "April's job losses were revised to 870,000.", "870,000", LATER)
    assert _relation(lost, revised) == "update"


def test_a_plural_in_es_after_a_sibilant_is_the_noun_itself() -> None:
    crashes = _ref(1, "Police recorded 310 crashes on the motorway.", "310").figure
    quantity = quantity_of(crashes)
    assert quantity is not None and quantity.head == "crash"
    taxes = _ref(2, "The state collected $4 billion in taxes.", "$4 billion").figure
    quantity = quantity_of(taxes)
    assert quantity is not None and quantity.head == "tax"
