"""Reading numbers as news writes them."""

from __future__ import annotations

import pytest

from desktop.extract.numbers import find_numbers, words_value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("2,700", 2700, None),
        ("100,672", 100672, None),
        ("3.4", 3.4, None),
        ("1.2 million", 1_200_000, None),
        ("$2.3bn", 2_300_000_000, "USD"),
        ("£400m", 400_000_000, "GBP"),
        ("€80m", 80_000_000, "EUR"),
        ("30%", 30, "%"),
        ("4.5 per cent", 4.5, "%"),
        ("0.25 percentage points", 0.25, "percentage points"),
        ("eleven thousand", 11_000, None),
        ("fourteen", 14, None),
        ("two hundred and fifty", 250, None),
        ("twenty-five", 25, None),
        ("a dozen", 12, None),
        ("half a million", 500_000, None),
        ("a third", 0.3333, "fraction"),
        ("two-thirds", 0.6667, "fraction"),
        ("one in five", 0.2, "fraction"),
    ],
)
def test_number_forms(text: str, value: float, unit: str | None) -> None:
    found = find_numbers(text)
    assert len(found) == 1, found
    assert found[0].value == pytest.approx(value, rel=1e-3)
    assert found[0].unit == unit
    assert found[0].text == text


def test_scale_word_alone_is_not_a_number() -> None:
    assert find_numbers("a hundred-year flood") != []  # "a hundred" is a number ...
    assert find_numbers("the hundred days") == []  # ... a bare scale word is not


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("dozens", 24, 99),
        ("several dozen", 36, 99),
        ("scores of", 40, 99),
        ("hundreds", 200, 999),
        ("several hundred", 300, 999),
        ("a few hundred", 200, 999),
        ("thousands", 2_000, 9_999),
        ("tens of thousands", 20_000, 99_999),
        ("hundreds of thousands", 200_000, 999_999),
        ("millions", 2_000_000, 9_999_999),
    ],
)
def test_vague_quantities_are_ranges(text: str, low: float, high: float) -> None:
    (n,) = find_numbers(text)
    assert (n.kind, n.value, n.high) == ("vague", low, high)


@pytest.mark.parametrize("text", ["test scores", "she scores twice", "a hundred"])
def test_not_vague_quantities(text: str) -> None:
    assert all(n.kind != "vague" for n in find_numbers(text))


def test_words_value_rejects_non_numbers() -> None:
    assert words_value("eleven thousand") == 11_000
    assert words_value("banana") is None


def test_scaled_numbers_carry_their_rounding() -> None:
    (n,) = find_numbers("1.2 million")
    # within half a step of 100,000, one end open: "1.3 million" is another reading
    assert n.rounding == pytest.approx(0.05 / 1.2, rel=2e-3)
    assert n.rounding < 0.05 / 1.2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two out of three", 0.6667),
        ("3 in 4", 0.75),
        ("one in every ten", 0.1),
        ("nine in 10", 0.9),
    ],
)
def test_ratios_are_shares(text: str, value: float) -> None:
    (found,) = find_numbers(text)
    assert (found.text, found.unit) == (text, "fraction")
    assert found.value == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize("text", ["won 4 in 10 days", "two in 2023", "5 in 3"])
def test_counts_over_time_or_upside_down_are_not_ratios(text: str) -> None:
    assert all(n.unit != "fraction" for n in find_numbers(text))


@pytest.mark.parametrize(
    ("text", "value"), [("minus 5C", -5), ("negative 0.5%", -0.5), ("−3.2%", -3.2)]
)
def test_a_sign_written_before_the_number(text: str, value: float) -> None:
    (found,) = find_numbers(text)
    assert found.value == value
    assert found.start == 0


def test_a_share_of_a_round_number_is_one_number() -> None:
    (mention,) = find_numbers("a quarter of a million")
    assert (mention.value, mention.kind) == (250_000, "words")


def test_rs_is_a_currency_only_as_a_word_of_its_own() -> None:
    assert [m.unit for m in find_numbers("it shelters 50,000")] == [None]
    assert [m.unit for m in find_numbers("a fee of Rs 500")] == ["INR"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Rs 2 crore", 20_000_000, "INR"),
        ("1.5 lakh", 150_000, None),
        ("2 lakhs", 200_000, None),
        ("₹4,500 crore", 45_000_000_000, "INR"),
        ("₹2.3 lakh crore", 2_300_000_000_000, "INR"),
        ("3 crores", 30_000_000, None),
    ],
)
def test_south_asian_scale_words(text: str, value: float, unit: str | None) -> None:
    (number,) = find_numbers(text)
    assert number.text == text
    assert number.value == pytest.approx(value)
    assert number.unit == unit
    assert number.scaled


@pytest.mark.parametrize("text", ["25 basis points", "25 basis point", "25bps", "25 bp"])
def test_basis_points_are_a_unit_of_their_own(text: str) -> None:
    (number,) = find_numbers(text)
    assert (number.value, number.unit) == (25, "basis points")


def test_a_word_that_only_starts_like_a_scale_is_no_scale() -> None:
    # "lakhs" and "crores" only as words of their own
    assert [n.value for n in find_numbers("12 lakeside homes")] == [12]


def test_plus_or_minus_is_a_margin_not_a_negative_number() -> None:
    (m,) = find_numbers("a margin of error of plus or minus 3.8 percentage points")
    assert m.value == 3.8
    (n,) = find_numbers("inflation fell to minus 0.1%")
    assert n.value == -0.1


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("EUR 50 billion", 50e9, "EUR"),
        ("USD 1.2bn", 1.2e9, "USD"),
        ("GBP 300,000", 300000, "GBP"),
    ],
)
def test_iso_currency_codes_before_an_amount(text: str, value: float, unit: str) -> None:
    (mention,) = find_numbers(text)
    assert (mention.value, mention.unit, mention.text) == (value, unit, text)


def test_a_lower_case_word_spelling_a_code_is_no_currency() -> None:
    (mention,) = find_numbers("the eur 5 note")
    assert (mention.value, mention.unit) == (5, None)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("N2.5bn", 2.5e9, "NGN"),
        ("N1,530", 1530, "NGN"),
        ("₦40,000", 40000, "NGN"),
        ("KSh 300m", 3e8, "KES"),
        ("R1.2 billion", 1.2e9, "ZAR"),
        ("R1.5m", 1.5e6, "ZAR"),
        ("PHP 41", 41, "PHP"),
        ("₱40,000", 40000, "PHP"),
        ("NGN 12bn", 12e9, "NGN"),
    ],
)
def test_currencies_of_african_and_asian_press(text: str, value: float, unit: str) -> None:
    (mention,) = find_numbers(text)
    assert (mention.value, mention.unit, mention.text) == (value, unit, text)


@pytest.mark.parametrize("text", ["N95 masks", "the R1 road", "PHP 8.3 was released"])
def test_a_letter_or_code_before_a_plain_number_is_no_currency(text: str) -> None:
    (mention,) = find_numbers(text)
    assert mention.unit is None


def test_a_letter_currency_before_an_exchange_rate() -> None:
    (mention,) = find_numbers("trading at N664 to the dollar")
    assert (mention.value, mention.unit) == (664, "NGN")


@pytest.mark.parametrize(
    ("text", "value"),
    [("over 2k people", 2000), ("300k displaced", 300000), ("1.2M views", 1.2e6)],
)
def test_scale_letters_of_posts(text: str, value: float) -> None:
    assert find_numbers(text)[0].value == value


@pytest.mark.parametrize("text", ["a 5k run", "4K TVs", "a 10m wall"])
def test_scale_letters_that_are_races_screens_or_metres(text: str) -> None:
    mention = find_numbers(text)[0]
    assert not mention.scaled


def test_a_share_written_with_a_slash_before_of() -> None:
    (mention,) = find_numbers("about 2/3 of the fleet")
    assert (mention.value, mention.unit, mention.text) == (0.6667, "fraction", "2/3")
    # a date or a score written with a slash is no share
    assert all(n.unit != "fraction" for n in find_numbers("on 3/4 the team won"))
