"""Round 27 figure rules: the as-of date of the figure's own clause, the source of a quote told
with a title before the name, and numbers that are page furniture or ages."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing, figures_in

D = date(2026, 3, 13)  # a Friday


def _figure(text: str, number: str, published: date = D) -> Figure:
    return figure_containing(text, number, published)


def _day(text: str, number: str, published: date = D) -> str | None:
    f = _figure(text, number, published)
    return f.as_of.isoformat() if f.as_of else None


@pytest.mark.parametrize(
    ("text", "number", "as_of"),
    [
        # a yardstick right after its number is nearer than a date beyond a comma
        (
            "Coal imports fell to 3.1 million tonnes in February, down from 4.4 million tonnes "
            "a year earlier.",
            "4.4 million",
            "2025-02-28",
        ),
        (
            "Coal imports fell to 3.1 million tonnes in February, down from 4.4 million tonnes "
            "a year earlier.",
            "3.1 million",
            "2026-02-28",
        ),
        # "than" before the figure itself: the date after it is its own
        (
            "The lake rose to 4.2 metres on Wednesday, above the 3.9 metres it reached in the "
            "2019 floods.",
            "3.9",
            "2019-12-31",
        ),
        (
            "The lake rose to 4.2 metres on Wednesday, above the 3.9 metres it reached in the "
            "2019 floods.",
            "4.2",
            "2026-03-11",
        ),
        # a figure's own qualifier "more than" is no yardstick, but "since" still bounds
        ("More than 40 ships have been attacked since November.", "40", "2026-03-13"),
        # a stretch told by its end
        (
            "Exports reached 2.2 trillion rupees in the year to January.",
            "2.2 trillion",
            "2026-01-31",
        ),
        ("Rents rose 6% in the 12 months to February.", "6%", "2026-02-28"),
        # the base of a change told after it dates the base, not the change
        ("Output reached 88 tonnes in February, up 4 tonnes on a year earlier.", "4", "2026-02-28"),
        ("Sales rose 9 percent over the previous year.", "9 percent", "2026-03-13"),
        # a date right after the figure's own source's verb dates its report past a yardstick
        (
            "The count was cut to 52 from 57 after two bodies were counted twice, the regional "
            "governor said on Tuesday.",
            "52",
            "2026-03-10",
        ),
        # another clause with a count of its own takes the date after it
        (
            "Between 20 and 30 climbers are thought to be on the mountain, and a further 6 were "
            "reported missing on Wednesday.",
            "20 and 30",
            "2026-03-13",
        ),
        (
            "Between 20 and 30 climbers are thought to be on the mountain, and a further 6 were "
            "reported missing on Wednesday.",
            "6",
            "2026-03-11",
        ),
        # past the speaker's verb a new clause begins: its day is not the quote's
        (
            "\u201cAbout 70 percent of our staff voted for the deal,\u201d the union's head said, "
            "adding that 900 nurses would return on Monday.",
            "70 percent",
            "2026-03-13",
        ),
        # the speaker's own day dates the quote
        (
            "\u201cMore than 300 families have lost everything,\u201d the mayor told reporters on "
            "Wednesday.",
            "300",
            "2026-03-11",
        ),
    ],
)
def test_as_of_is_the_date_of_the_figures_own_clause(text: str, number: str, as_of: str) -> None:
    assert _day(text, number) == as_of


def test_a_number_before_a_date_first_makes_the_date_that_numbers() -> None:
    text = "Turnout was 52% at noon, up from 47% at the same time in 2022."
    assert _day(text, "47%") == "2022-12-31"
    assert _figure(text, "47%").period == "year"
    # a head with no date after its number still dates the figure that follows it
    text = "Employers added 140,000 jobs in May, well above the 90,000 economists had expected."
    assert _figure(text, "90,000").period == "month"


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        (
            "\u201cNearly 80 percent of the drivers backed the strike,\u201d union leader Ola "
            "Berg said.",
            "80 percent",
            "union leader Ola Berg",
        ),
        ("Exports rose 3%, chief economist Li Wei said.", "3%", "chief economist Li Wei"),
        # the speaker's "adding that" goes on with the same source
        (
            "\u201cWe have lost 12 trucks,\u201d spokeswoman Ana Ruiz said, adding that 30 drivers "
            "were safe.",
            "30",
            "spokeswoman Ana Ruiz",
        ),
    ],
)
def test_a_lower_case_title_before_a_name_is_the_source(
    text: str, number: str, source: str
) -> None:
    assert _figure(text, number).attributed_to == source


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 3%, prices remained said.",
        "Exports rose 3%, the said.",
    ],
)
def test_lower_case_words_without_a_name_are_no_source(text: str) -> None:
    assert _figure(text, "3%").attributed_to is None


@pytest.mark.parametrize(
    ("text", "not_figures"),
    [
        ("Page 3 of 7 | Print this page | 88 comments", ["7", "88"]),
        ("Share | 2,310 shares", ["2,310"]),
        ("Subscribe to our briefing, read by 40,000 executives every morning.", ["40,000"]),
        ("Our newsletter, which goes to 90,000 readers, is free.", ["90,000"]),
        ("Of the 300 recruits, 120 were under 21 and 90 were women.", ["21"]),
        ("Of the 64 victims, most were over 70.", ["70"]),
    ],
)
def test_page_furniture_and_ages_are_no_figures(text: str, not_figures: list[str]) -> None:
    numbers = [f.number_text for f in figures_in(text, D)]
    for n in not_figures:
        assert n not in numbers


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The video drew 1,204 comments in an hour.", "1,204"),
        ("Of the 300 recruits, 120 were under 21 and 90 were women.", "120"),
        ("Of the 300 recruits, 120 were under 21 and 90 were women.", "90"),
        ("The reform affects 3 million people under 30.", "3 million"),
        ("Prices were under 30 dollars a barrel.", "30"),
    ],
)
def test_counts_beside_furniture_and_ages_stay_figures(text: str, number: str) -> None:
    assert number in [f.number_text for f in figures_in(text, D)]


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a lower-case group of officials speaks, whatever words come before it
        (
            "At least 40 people were killed, provincial officials said.",
            "40",
            "provincial officials",
        ),
        (
            "About 2,000 homes were flooded, regional authorities said.",
            "2,000",
            "regional authorities",
        ),
        # what follows the source's noun names no one
        (
            "Support for the plan fell to 41%, according to a Halvorsen survey of 1,204 adults.",
            "41%",
            "a Halvorsen survey",
        ),
        (
            "The storm killed 19, according to government figures published on Monday.",
            "19",
            "government figures",
        ),
        (
            "Greens are on 14%, according to the Voice of Europe poll.",
            "14%",
            "the Voice of Europe poll",
        ),
        ("About 300 people died, according to officials in Tarna.", "300", "officials"),
        # a plural noun is no saying verb, the saying verb after it is
        ("Insurance claims rose by 12% to 9,400, the regulator said.", "12%", "the regulator"),
        # the owner of an estimate gave it
        (
            "The toll stands at 60, though the Red Cross's estimate is closer to 90.",
            "90",
            "the Red Cross",
        ),
    ],
)
def test_the_source_is_who_spoke_not_a_word_near_the_figure(
    text: str, number: str, source: str
) -> None:
    assert _figure(text, number).attributed_to == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A crowd estimated at 15,000 filled the square.", "15,000"),
        ("Losses put at 3 billion euros were booked in the quarter.", "3 billion"),
    ],
)
def test_a_participle_after_its_noun_names_no_source(text: str, number: str) -> None:
    assert _figure(text, number).attributed_to is None


def test_estimated_at_least_is_still_a_saying() -> None:
    f = _figure("Police estimated at least 5,000 people attended.", "5,000")
    assert f.attributed_to == "Police"


@pytest.mark.parametrize(
    ("text", "number", "counted", "measure"),
    [
        # a part of a whole takes the whole's noun past a participle, not the participle
        ("So far 31 of the 80 pledged buses have arrived.", "31", "buses", "arrived"),
        ("So far 31 of the 80 pledged buses have arrived.", "80", "buses", "pledged"),
        # an adverb after the noun of "the number of" is no part of it
        (
            "The number of families still in shelters fell to 1,400.",
            "1,400",
            "families",
            "sheltered",
        ),
        # a second vague count after "and" is a figure of its own
        (
            "Dozens of doctors and hundreds of nurses have joined the walkout.",
            "Dozens",
            "doctors",
            "took part",
        ),
        # a participle between a determiner and its noun describes that noun
        ("Firefighters pulled 6 survivors from the burned warehouse.", "6", "survivors", "rescued"),
        # a state entered with "go"
        ("Four fishing boats had gone missing by nightfall.", "Four", "fishing boats", "missing"),
        ("Two hikers went missing in the storm.", "Two", "hikers", "missing"),
        # people who lost their homes are displaced
        ("About 900 households have lost their homes.", "900", "households", "displaced"),
        # migrants who reached a landfall named by a common noun arrived
        ("Nearly 700 migrants have reached the island by boat.", "700", "migrants", "arrived"),
    ],
)
def test_counted_and_measure_of_round_27_shapes(
    text: str, number: str, counted: str | None, measure: str | None
) -> None:
    f = _figure(text, number)
    assert f.counted == counted
    assert f.measure == measure


def test_a_headlines_bare_homeless_count_is_displaced() -> None:
    f = _figure("Floods kill 12 in the north; thousands homeless", "thousands")
    assert (f.counted, f.measure) == (None, "displaced")
    # a climber reaching a summit arrives nowhere a migrant count would
    assert _figure("Some 300 climbers reached the summit.", "300").measure is None
    # a second plural after "and" that is no count still joins the noun
    assert _figure("Dozens of doctors and nurses joined.", "Dozens").counted == "doctors and nurses"


def test_a_part_told_by_a_pronoun_past_the_counts_own_words_shares_its_verb() -> None:
    text = "Air defences shot down 52 drones overnight, 19 of them near the capital."
    f = _figure(text, "19")
    assert (f.counted, f.measure) == ("drones", "intercepted")


@pytest.mark.parametrize(
    ("text", "number", "counted", "measure"),
    [
        (
            "About 600 people were evacuated on Tuesday and another 1,900 on Thursday.",
            "1,900",
            "people",
            "evacuated",
        ),
        (
            "Police arrested 40 protesters on Friday and 25 on Saturday.",
            "25",
            "protesters",
            "arrested",
        ),
    ],
)
def test_a_second_count_told_only_by_its_own_time_shares_verb_and_noun(
    text: str, number: str, counted: str, measure: str
) -> None:
    f = _figure(text, number)
    assert (f.counted, f.measure) == (counted, measure)


def test_a_bare_count_after_and_with_no_time_of_its_own_is_not_gapped() -> None:
    f = _figure("About 600 people were evacuated on Tuesday and 1,900 homes lost power.", "1,900")
    assert f.counted == "homes"


def test_the_last_row_of_a_table_after_and_counts_its_label() -> None:
    text = "Its portfolio at the end of 2025: shares 52%, bonds 31%, gold 9% and cash 8%."
    assert [_figure(text, n).counted for n in ("52%", "31%", "9%", "8%")] == [
        "shares",
        "bonds",
        "gold",
        "cash",
    ]


def test_a_part_of_a_fronted_whole_is_named_by_what_its_members_were() -> None:
    text = "Of the 320 delegates, 140 were farmers and 95 had never voted before."
    assert _figure(text, "140").counted == "farmers"
    assert _figure(text, "95").counted == "delegates"


@pytest.mark.parametrize(
    ("text", "number", "counted", "measure"),
    [
        # a part told at the sentence's end takes the measure of the count before
        ("Tarna acknowledged 21 deaths, nine of them children.", "nine", "children", "killed"),
        # what the count amounts to, said in passing, stands between it and its verb
        (
            "About 9,000 villagers, nearly the entire population of the valley, fled on foot.",
            "9,000",
            "villagers",
            "displaced",
        ),
        # a verb after a comma with a count of its own is the subject's next deed
        (
            "The storm destroyed 60 homes and 14 shops, killed about 200 sheep and flooded roads.",
            "14",
            "shops",
            "destroyed",
        ),
        # a tally named by its own words
        (
            "Some 900 people crossed on Monday, bringing the number who have fled since May "
            "to more than 40,000.",
            "40,000",
            None,
            "displaced",
        ),
        ("The toll includes six firefighters, the mayor said.", "six", "firefighters", "killed"),
        ("Divers were searching for 14 fishermen on Sunday.", "14", "fishermen", "missing"),
        ("Seven guards were treated for minor injuries.", "Seven", "guards", "injured"),
        # another value of the same count set off after it
        (
            "The blast may have killed dozens of workers, possibly as many as 120.",
            "120",
            "workers",
            "killed",
        ),
    ],
)
def test_measures_read_around_the_count_in_round_27(
    text: str, number: str, counted: str | None, measure: str
) -> None:
    f = _figure(text, number)
    assert (f.counted, f.measure) == (counted, measure)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Police were searching for 3 suspects.", "3"),
        ("The quake struck at a depth of 12 kilometres, killing 30 people.", "12"),
    ],
)
def test_no_measure_for_a_hunt_for_suspects_or_a_quakes_depth(text: str, number: str) -> None:
    assert _figure(text, number).measure is None


def test_an_appositive_part_names_its_kind_but_a_share_keeps_the_group() -> None:
    assert _figure("Nine people, four of them children, were hurt.", "four").counted == "children"
    text = "The camp holds 40,000 refugees, half of them children."
    assert _figure(text, "half").counted == "refugees"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        # "confirmed dead" says how the count is known, no one speaking between the counts
        (
            "After the flood, 80 people are confirmed dead, 31 are missing and some 900 remain "
            "in shelters.",
            "31",
            "people",
        ),
        # when, after the noun
        (
            "Parliament passed a $40 billion relief bill late on Tuesday.",
            "$40 billion",
            "relief bill",
        ),
        ("The ferry landed 300 passengers early on Sunday.", "300", "passengers"),
        # a verb of the subject's own after "and"
        (
            "The theatre has sold 12,000 tickets and expects crowds to grow.",
            "12,000",
            "tickets",
        ),
        ("The jobless rate ticked up to 5.2%.", "5.2%", "jobless rate"),
    ],
)
def test_counted_phrases_end_where_the_noun_ends(text: str, number: str, counted: str) -> None:
    assert _figure(text, number).counted == counted


def test_a_saying_between_two_counts_still_parts_them() -> None:
    text = "Officials said 80 people had died, and the governor said 31 were missing."
    assert _figure(text, "31").counted is None


@pytest.mark.parametrize(
    ("text", "number", "source", "as_of"),
    [
        # a speaker set off by commas, with the day of the saying
        (
            "\u201cWe have counted 312 cases since January,\u201d the health minister, Jan Olsen, "
            "said on Monday.",
            "312",
            "Jan Olsen",
            "2026-03-09",
        ),
        # a study, survey or poll that finds is the source
        (
            "Nearly 30% of wells ran dry last summer, a study by the Tarn Institute found.",
            "30%",
            "a study by the Tarn Institute",
            "2025-08-31",
        ),
        ("A poll of 1,400 voters found that 41% back the plan.", "41%", "A poll", "2026-03-13"),
        ("Wages rose 3%, the survey of 900 firms showed.", "3%", "the survey", "2026-03-13"),
    ],
)
def test_sources_that_are_speakers_in_apposition_or_studies(
    text: str, number: str, source: str, as_of: str
) -> None:
    f = _figure(text, number)
    assert f.attributed_to == source
    assert f.as_of is not None and f.as_of.isoformat() == as_of


def test_said_before_a_time_names_no_time_as_the_source() -> None:
    f = _figure("Prices rose 2%, said on Monday the head of the board.", "2%")
    assert f.attributed_to != "on"


@pytest.mark.parametrize(
    "text",
    ["Read more: 10 charts that explain the war", "Related: 5 things to know about the vote"],
)
def test_links_to_other_pages_are_no_figures(text: str) -> None:
    assert figures_in(text, D) == []


def test_a_family_told_in_passing_is_no_figure() -> None:
    numbers = [f.number_text for f in figures_in("The 38-year-old mother of four was hurt.", D)]
    assert "four" not in numbers
    # a count of families still is
    assert "300" in [f.number_text for f in figures_in("About 300 families were moved.", D)]


@pytest.mark.parametrize(
    ("text", "number", "as_of"),
    [
        (
            "He scored 29 goals this season, breaking the club record of 27 set in 2011.",
            "29",
            "2026-03-13",
        ),
        (
            "He scored 29 goals this season, breaking the club record of 27 set in 2011.",
            "27",
            "2011-12-31",
        ),
        ("The river crested 2 metres above the previous high, set in 1997.", "2", "2026-03-13"),
    ],
)
def test_a_records_date_is_the_records_own(text: str, number: str, as_of: str) -> None:
    assert _day(text, number) == as_of


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        (
            "Figures from the interior ministry show 740 people were detained.",
            "740",
            "the interior ministry",
        ),
        ("The agency's figures, released on Monday, show 61 deaths.", "61", "The agency"),
        ("Exports fell 4% in May, customs data showed.", "4%", "customs data"),
        ("Results show the party took 38% of the vote.", "38%", None),
        # a number after "said" is what was said, not who said it
        ("Police, who put the crowd at 9,000, said 31 arrests were made.", "31", "Police"),
    ],
)
def test_figures_and_data_that_show_name_their_source(
    text: str, number: str, source: str | None
) -> None:
    assert _figure(text, number).attributed_to == source


def test_what_a_report_showed_is_the_subject_of_the_change() -> None:
    f = _figure("Official data showed imports fell 6% in April.", "6%")
    assert (f.counted, f.measure) == ("imports", "fell")


def test_a_time_before_the_heads_own_number_dates_only_that_number() -> None:
    text = "Turnout at noon was 31%, compared with 27% at the same time in the 2022 election."
    assert _day(text, "27%") == "2022-12-31"
    assert _figure(text, "27%").period == "year"


@pytest.mark.parametrize(
    ("text", "not_figures"),
    [
        ("Photo 4 of 9", ["9"]),
        ("2 of 6 | Rescuers search the rubble.", ["2", "6"]),
        ("She emigrated to Canada at 19 and became a nurse.", ["19"]),
        ("He retired from the navy at 52, in 2014.", ["52"]),
        ("A 7-Eleven shop was robbed.", ["7-Eleven"]),
    ],
)
def test_galleries_life_events_and_names_are_no_figures(text: str, not_figures: list[str]) -> None:
    numbers = [f.number_text for f in figures_in(text, D)]
    for n in not_figures:
        assert n not in numbers


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("3 of 5 voters backed the plan.", "5"),
        ("The index closed at 18 points.", "18"),
        ("The party joined the coalition at 12 seats.", "12"),
    ],
)
def test_counts_like_galleries_or_ages_stay_figures(text: str, number: str) -> None:
    assert number in [f.number_text for f in figures_in(text, D)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said she was 100% sure of the result.",
        "The club is 100 per cent behind its manager.",
        "We are 100 percent committed to the ceasefire.",
    ],
)
def test_a_hundred_percent_as_an_intensifier_is_no_figure(text: str) -> None:
    assert figures_in(text, D) == []


def test_a_hundred_percent_share_is_still_a_figure() -> None:
    assert [f.number_text for f in figures_in("Turnout was 100% in the village.", D)] == ["100%"]


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        (
            "Rescue officials, speaking on condition of anonymity, said at least 23 people died.",
            "23",
            "Rescue officials",
        ),
        ("The agency, citing local sources, said 40 homes burned.", "40", "The agency"),
        # "according to" is no aside to skip: the estimate it names stays the source
        (
            "The population reached 9 million, according to the statistics office's estimate, "
            "up from 8.1 million in 2011.",
            "8.1 million",
            "the statistics office's estimate",
        ),
    ],
)
def test_a_participle_aside_between_the_speaker_and_the_verb_is_skipped(
    text: str, number: str, source: str
) -> None:
    assert _figure(text, number).attributed_to == source


def test_a_phrase_led_by_a_preposition_is_no_first_verb_of_two() -> None:
    text = "The storm forced 9,000 people from their homes and damaged 1,200 buildings."
    assert _figure(text, "1,200").measure == "damaged"
    assert _figure("Troops intercepted and destroyed 40 drones.", "40").measure == "intercepted"


def test_a_change_told_twice_and_the_level_it_reached() -> None:
    text = "The Nikkei fell 410 points, or 1.2%, to 33,050."
    assert [(_figure(text, n).counted, _figure(text, n).measure) for n in ("1.2%", "33,050")] == [
        ("Nikkei", "fell"),
        ("Nikkei", None),
    ]


def test_a_noun_phrase_aside_between_a_subject_and_its_change() -> None:
    f = _figure("Exports to Japan, the second-largest market, rose 7% in May.", "7%")
    assert (f.counted, f.measure) == ("Exports", "rose")


def test_bare_francs_are_the_amounts_unit() -> None:
    f = _figure("Profit fell to 1.4 billion francs.", "1.4 billion")
    assert (f.unit, f.counted) == ("francs", "Profit")


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Drones destroyed 31 Russian armoured vehicles.", "31", "Russian armoured vehicles"),
        ("Turnout was about 58 percent late Sunday.", "58 percent", "Turnout"),
        ("The yen traded at 151.20 early on Friday.", "151.20", None),
        ("Shares of Halvik, which employs 900 people, rose 4 percent.", "4 percent", "Shares"),
    ],
)
def test_round_27_noun_phrase_edges(text: str, number: str, counted: str | None) -> None:
    assert _figure(text, number).counted == counted


def test_a_measure_participle_after_a_name_still_ends_the_phrase() -> None:
    f = _figure("It counts 40 Israeli wounded soldiers.", "40")
    assert f.measure == "injured"


@pytest.mark.parametrize(
    ("text", "number", "as_of"),
    [
        # a yardstick's date dates its own number only
        (
            "Inflation slowed to 2.1% in February from 2.5% in January, as employers added "
            "90,000 jobs.",
            "90,000",
            "2026-02-28",
        ),
        (
            "Inflation slowed to 2.1% in February from 2.5% in January, as employers added "
            "90,000 jobs.",
            "2.5%",
            "2026-01-31",
        ),
        (
            "Turnout was 51%, down from 55% in 2022, with some 6 million of the 11 million "
            "voters taking part.",
            "6 million",
            "2026-03-13",
        ),
    ],
)
def test_a_yardsticks_date_stays_with_its_number(text: str, number: str, as_of: str) -> None:
    assert _day(text, number) == as_of


def test_a_whole_with_a_scale_counts_its_noun() -> None:
    text = "Some 6 million of the 11 million registered voters took part."
    assert _figure(text, "6 million").counted == "registered voters"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Russia fires 90 drones at Odesa overnight", "90", "fired"),
        ("Police detain 35 after clashes in the capital", "35", "arrested"),
        ("Rebels free 12 hostages in prisoner swap", "12", "released"),
        ("Navy rescues 48 migrants off Crete", "48", "rescued"),
    ],
)
def test_a_headlines_present_tense_names_the_measure(text: str, number: str, measure: str) -> None:
    assert _figure(text, number).measure == measure


def test_a_plan_in_the_base_form_is_no_headline_present() -> None:
    assert _figure("They plan to rescue 40 miners.", "40").measure is None


@pytest.mark.parametrize(
    ("text", "number", "as_of"),
    [
        ("By Tuesday evening, the death toll had risen to 64.", "64", "2026-03-10"),
        ("Nine people were killed in a blast on Monday night, police said.", "Nine", "2026-03-09"),
        # a night's count runs into the morning of the report
        ("Air defences shot down 31 drones overnight.", "31", "2026-03-13"),
        # a bare clock time dates nothing of its own
        ("At 6 p.m., turnout was 41%.", "41%", "2026-03-13"),
    ],
)
def test_a_time_of_day_with_a_day_dates_its_figure(text: str, number: str, as_of: str) -> None:
    assert _day(text, number) == as_of


def test_a_tally_in_the_perfect_after_the_events_start_is_as_of_the_report() -> None:
    text = (
        "The blaze that broke out on the 9th floor on Tuesday night has killed 11 people, the "
        "fire service said on Thursday."
    )
    assert _day(text, "11") == "2026-03-12"
    # told in the past, the count is the event's own
    assert _day("The quake that struck on Monday killed 30 people.", "30") == "2026-03-09"


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Two in five adults say they have skipped meals.", "Two in five", None),
        (
            "Three in four voters said prices were their main worry, and a third of them said "
            "they were undecided.",
            "a third",
            None,
        ),
        (
            "Sixty per cent of teachers said they had considered leaving, the union's survey "
            "of 8,000 members found.",
            "Sixty per cent",
            "the union's survey",
        ),
        ("Four survivors told police that 30 people had drowned.", "30", "Four survivors"),
    ],
)
def test_a_group_told_by_a_count_is_no_source(text: str, number: str, source: str | None) -> None:
    assert _figure(text, number).attributed_to == source


def test_a_clause_with_an_amount_is_no_speakers_name() -> None:
    text = "The minister cut fuel duty by £2bn a year and said bus fares would fall by 10%."
    assert all(f.attributed_to is None or "£" not in f.attributed_to for f in figures_in(text, D))
    f = _figure("The 101st Airborne Division said 2,000 troops had arrived.", "2,000")
    assert f.attributed_to == "The 101st Airborne Division"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Most voters, 58%, said the economy was their main worry.", "58%"),
        ("The economy added just 92,000 jobs in May.", "92,000"),
        ("Officials denied reports that 300 soldiers had been captured.", "300"),
    ],
)
def test_what_was_said_or_done_names_no_source(text: str, number: str) -> None:
    assert _figure(text, number).attributed_to is None


def test_named_shares_with_verb_and_noun_left_out_share_the_whole() -> None:
    text = "Okafor took 48.5% of the vote, Adeyemi 30.2% and Bello 9.9%."
    assert [_figure(text, n).counted for n in ("30.2%", "9.9%")] == ["vote", "vote"]


def test_according_to_in_the_middle_and_data_compiled_by() -> None:
    f = _figure("At least 23 people, according to local officials, were killed.", "23")
    assert (f.measure, f.attributed_to) == ("killed", "local officials")
    f = _figure("According to figures compiled by Reuters, 900 ships crossed.", "900")
    assert f.attributed_to == "Reuters"


def test_a_capitalised_row_label_after_a_colon_or_semicolon() -> None:
    text = "Results at a glance: Turnout 61%; Greens 14 seats; Liberals 9."
    assert _figure(text, "61%").counted == "Turnout"
    assert _figure(text, "9").counted == "Liberals"


def test_a_participle_taking_the_phrase_as_object_is_no_part_of_it() -> None:
    f = _figure("Sales rose 0.8%, beating forecasts of 0.3%.", "0.3%")
    assert f.counted == "forecasts"


def test_a_clause_word_alone_is_no_subject_of_a_change() -> None:
    f = _figure("Rents rose 4% nationally, while in the capital they climbed 11%.", "11%")
    assert f.counted != "while"


def test_a_stretch_between_two_dates_is_dated_by_its_end() -> None:
    text = "Between October and December, 9,100 migrants arrived by sea."
    assert _day(text, "9,100") == "2025-12-31"
    # a count since a day is still as of the report
    assert _day("Since Monday, 40 people have been arrested.", "40") == "2026-03-13"


def test_a_pronoun_subject_is_no_counted_noun() -> None:
    f = _figure("In January, exports rose 3%; in February they fell 1%.", "1%")
    assert f.counted is None or "they" not in f.counted


def test_a_change_made_by_told_again_as_a_share() -> None:
    text = "The cartel agreed to cut output by 500,000 barrels a day, or about 2 percent."
    assert _figure(text, "2 percent").counted == "output"


def test_a_named_places_count_put_at_a_value() -> None:
    text = "The census put Tarna's population at 3.4 million, of whom 61% lived in towns."
    assert [_figure(text, n).counted for n in ("3.4 million", "61%")] == ["population"] * 2
    # a day's possessive names the crowd's day, not a place's own count: the crowd is counted,
    # as "put the crowd at 9,000" is (round 30), and no place is read from the day
    crowd = _figure("Police put Friday's crowd at 9,000.", "9,000")
    assert crowd.counted == "crowd"
    assert crowd.scope is None


def test_a_day_opening_a_new_clause_after_and_is_not_the_figures() -> None:
    text = "Police arrested 40 people on Sunday, and on Tuesday they released 12."
    assert _day(text, "40") == "2026-03-08"
    text = "The firm said it would hire 500 staff, and on Monday it raised that to 700."
    assert _day(text, "500") == "2026-03-13"
