"""Facts: the clause a dated expression anchors, with its date range."""

from __future__ import annotations

from datetime import date

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes
from tests.conftest import SEED

PUBLISHED = date(2025, 1, 13)


def facts_of(text: str, published: date | None = PUBLISHED) -> list[tuple[TimeExpression, Fact]]:
    timexes = find_timexes(text, published)
    return [(timexes[f.timex], f) for f in find_facts(text, timexes, published)]


def test_seed_article_facts_are_their_clauses() -> None:
    text = SEED.read_text(encoding="utf-8")
    by_timex = {t.text: f for t, f in facts_of(text)}
    sunday = by_timex["Sunday"]
    assert sunday.date.value == "2025-01-12"
    assert sunday.text == (
        "Ukrainian President Volodymyr Zelenskyy posted videos Sunday of two North Korean "
        "soldiers captured while fighting in Russia's Kursk region."
    )
    thursday = by_timex["Thursday"]
    assert thursday.date.value == "2025-01-09"
    # the participle clause is the fact the day dates: the capture, not the uniforms
    assert thursday.text == "The North Koreans, captured Thursday"
    morning = by_timex["this morning"]
    assert morning.date.value == "2025-01-13TMO"
    assert morning.date.earliest == morning.date.latest == PUBLISHED
    assert morning.text.startswith("South Korea's National Intelligence Service")
    assert "said this morning that more than 300 North Koreans have been killed" in morning.text
    # "were kept from the front lines for months": a duration, a stretch of months the report
    # tells as past, reaching back from the publication date to a start the text leaves open
    months = by_timex["months"]
    assert months.date.value == "PXM"
    assert (months.date.earliest, months.date.latest) == (None, PUBLISHED)
    assert 'were "kept from the front lines for months' in months.text
    for t, f in facts_of(text):
        assert text[f.start : f.end] == f.text
        assert f.start <= t.start and t.end <= f.end


def test_one_fact_per_dated_expression_with_its_range() -> None:
    pairs = facts_of("Exports fell last month. The plant reopens in March.")
    assert [(t.text, f.date.value, f.date.precision) for t, f in pairs] == [
        ("last month", "2024-12", "month"),
        ("March", "2025-03", "month"),
    ]
    assert pairs[0][1].date.earliest == date(2024, 12, 1)
    assert pairs[0][1].date.latest == date(2024, 12, 31)
    assert pairs[0][1].text == "Exports fell last month."


def test_clause_breaks_at_semicolon_and_drops_the_attribution() -> None:
    text = "The rebels took the town on Thursday; the army retook it on Saturday, officials said."
    pairs = facts_of(text)
    assert [f.text for _, f in pairs] == [
        "The rebels took the town on Thursday",
        "the army retook it on Saturday",
    ]


def test_no_facts_for_unresolved_or_undated_expressions() -> None:
    assert facts_of("The rebels captured the town Thursday.", None) == []
    assert facts_of("The board meets every week.") == []
    assert facts_of("He spoke about the future of the country.") == []


def test_duration_up_to_publication_ends_on_it() -> None:
    ((t, f),) = facts_of("Prices have risen over the past three months.")
    assert t.type == "DURATION"
    assert (f.date.earliest, f.date.latest) == (date(2024, 10, 14), PUBLISHED)
    assert f.date.precision == "month"


def test_a_length_beside_a_date_is_no_second_fact() -> None:
    # the date already dates the clause; where the five days end the text does not say
    pairs = facts_of("The siege lasted five days in March 2024.")
    assert [(t.text, f.text) for t, f in pairs] == [
        ("March 2024", "The siege lasted five days in March 2024.")
    ]
    pairs = facts_of("In 2014, a recount in two districts took nine days.")
    assert [t.text for t, _ in pairs] == ["2014"]
    assert [t.type for t, _ in facts_of("Counting paused for three hours on Tuesday.")] == ["DATE"]
    # a stretch the date closes is one
    pairs = facts_of("More than 10 million filed claims in the two weeks ended March 28.")
    (weeks,) = [f for t, f in pairs if t.type == "DURATION"]
    assert (weeks.date.earliest, weeks.date.latest) == (date(2024, 3, 15), date(2024, 3, 28))
    text = "An aid worker who had been held for 14 months by rebels was freed on Friday."
    (held,) = [f for t, f in facts_of(text) if t.type == "DURATION"]
    assert (held.date.earliest, held.date.latest) == (date(2023, 11, 11), date(2025, 1, 10))


def test_a_length_whose_end_is_not_said_is_no_fact() -> None:
    assert facts_of("More than 2 million homes were without power for hours.") == []
    assert facts_of("The rescue took three days.") == []
    assert facts_of("Jurors deliberated for 11 hours.") == []
    # up to the report it ends at publication
    ((_, f),) = facts_of("For 40 days, residents have lived in basements.")
    assert (f.date.earliest, f.date.latest) == (date(2024, 12, 5), PUBLISHED)


def test_a_time_of_day_and_its_day_are_one_fact() -> None:
    pairs = facts_of("A convoy of 20 buses left the city at dawn on Wednesday.")
    assert [(t.text, f.date.value) for t, f in pairs] == [("Wednesday", "2025-01-08")]
    assert pairs[0][1].text == "A convoy of 20 buses left the city at dawn on Wednesday."
    # two days side by side stay two
    pairs = facts_of("Talks were held on Friday, Saturday and Sunday.")
    assert len(pairs) == 3


def test_future_duration_without_an_end_is_no_fact() -> None:
    assert facts_of("The talks will last for weeks.") == []


def test_absolute_dates_make_facts_without_publication_date() -> None:
    pairs = facts_of("The treaty was signed on June 28, 1919, at Versailles.", None)
    assert [f.date.value for _, f in pairs] == ["1919-06-28"]


def test_a_date_after_since_leaves_the_end_open() -> None:
    ((t, f),) = facts_of("Russia has occupied Crimea since 2014.")
    assert t.value == "2014"
    assert (f.date.earliest, f.date.latest, f.date.precision) == (date(2014, 1, 1), None, "year")
    # without 'since' the year is closed as usual
    ((_, closed),) = facts_of("Russia annexed Crimea in 2014.")
    assert closed.date.latest == date(2014, 12, 31)


def clauses(text: str, published: date | None = PUBLISHED) -> dict[str, str]:
    return {t.text: f.text for t, f in facts_of(text, published)}


def test_a_relative_or_participle_clause_is_its_own_fact() -> None:
    found = clauses("The branch, which opened in 1962, drew fewer visitors last year.")
    assert found["1962"] == "The branch, which opened in 1962"
    assert found["last year"] == "The branch, which opened in 1962, drew fewer visitors last year."
    found = clauses("First-quarter sales, reported on April 29, rose just 1.2%.")
    assert found["April 29"] == "First-quarter sales, reported on April 29"
    # a date in the main clause keeps the whole sentence
    assert clauses("The soldiers, who were wounded, were freed on Friday.")["Friday"] == (
        "The soldiers, who were wounded, were freed on Friday."
    )


def test_two_events_joined_by_and_with_their_own_days_are_two_clauses() -> None:
    found = clauses(
        "Ukraine and Russia held talks in Belarus on Monday, and a second round is due to "
        "begin on Thursday."
    )
    assert found["Monday"] == "Ukraine and Russia held talks in Belarus on Monday"
    assert found["Thursday"] == "a second round is due to begin on Thursday."
    found = clauses("The mayor declared an emergency at 3:30 p.m. and imposed a curfew from 7 p.m.")
    assert found["3:30 p.m."] == "The mayor declared an emergency at 3:30 p.m."
    assert found["7 p.m."] == "imposed a curfew from 7 p.m."


def test_two_times_of_one_event_stay_in_one_clause() -> None:
    text = "Planes struck the towers at 8:46 a.m. and 9:03 a.m. Tuesday, and a third hit the Pentagon at 9:37 a.m."
    found = clauses(text)
    assert found["8:46 a.m."] == "Planes struck the towers at 8:46 a.m. and 9:03 a.m. Tuesday"
    assert found["9:37 a.m."] == "a third hit the Pentagon at 9:37 a.m."
    text = "Anwar, who was jailed in 1999 and again in 2015, has long sought the job."
    assert clauses(text)["2015"] == "Anwar, who was jailed in 1999 and again in 2015"


def test_a_leading_speaker_is_left_out_unless_the_saying_is_dated() -> None:
    found = clauses("Officials said the missiles were fired around 7:30 a.m. Thursday.")
    assert (
        found["around 7:30 a.m. Thursday"] == "the missiles were fired around 7:30 a.m. Thursday."
    )
    text = (
        "The United Nations said on Wednesday that 870,000 people had fled Ukraine since Feb. 24."
    )
    found = clauses(text, date(2022, 3, 3))
    assert found["Feb. 24"] == text
    # "he" would say nothing on a card without the speaker
    text = "Cameron said he would step down by October."
    assert clauses(text, date(2016, 6, 24))["October"] == text


def test_an_attribution_in_the_middle_ends_the_clause_before_it() -> None:
    text = (
        "The store will close on Sept. 28, its owner said Thursday, leaving residents a long "
        "drive from the nearest supermarket."
    )
    found = clauses(text, date(2025, 9, 5))
    assert found["Sept. 28"] == "The store will close on Sept. 28"
    assert found["Thursday"] == "The store will close on Sept. 28, its owner said Thursday"


def test_a_live_blog_stamp_heads_its_entry_and_a_dateline_is_left_out() -> None:
    text = "8:40 a.m.: Around 48,000 homes were without power this morning, the network said."
    found = clauses(text)
    assert found["8:40 a.m."] == "8:40 a.m.: Around 48,000 homes were without power this morning"
    assert found["this morning"] == "Around 48,000 homes were without power this morning"
    text = "SEOUL, South Korea (AP) — North Korea fired missiles into the sea on Thursday."
    assert clauses(text)["Thursday"] == "North Korea fired missiles into the sea on Thursday."


def test_a_leading_conjunction_is_left_out() -> None:
    text = "Russia claimed the village, but the map still showed it in Ukrainian hands on Friday."
    assert clauses(text)["Friday"] == "the map still showed it in Ukrainian hands on Friday."
    text = (
        "A blast rocked the plant, as Japan struggled to cool reactors damaged by Friday's quake."
    )
    assert clauses(text)["Friday"] == "Japan struggled to cool reactors damaged by Friday's quake."


def test_no_fact_for_a_reference_to_now() -> None:
    assert [t.text for t, _ in facts_of("The company now expects sales to grow in 2025.")] == [
        "2025"
    ]


def test_a_length_or_a_gap_is_no_stretch_of_time() -> None:
    assert facts_of("Bush gave Saddam Hussein a 48-hour ultimatum.") == []
    assert facts_of("The explosions, 12 seconds apart, shook the street.") == []
    assert facts_of("The meeting was delayed by several hours.") == []
    # a length beside the date of its own clause is that clause's date, not a second fact
    assert [t.type for t, _ in facts_of("He was held for five days last week.")] == ["DATE"]
    text = "Engineers closed the valve on Thursday, and the company began a test expected to last 48 hours."
    assert [t.text for t, _ in facts_of(text)] == ["Thursday"]


def test_a_second_verb_or_a_new_subject_after_and_is_another_event() -> None:
    found = clauses("Lena Okafor bought the store in 2019 and kept it open through the pandemic.")
    assert found["2019"] == "Lena Okafor bought the store in 2019"
    text = "Floodwaters kept rising on Wednesday, and officials said the city would be abandoned."
    assert clauses(text)["Wednesday"] == "Floodwaters kept rising on Wednesday"
    # a list of days is no second event
    text = "The court sat on Monday and Tuesday."
    assert set(clauses(text).values()) == {text}


def test_an_offset_to_another_event_ends_the_clause_but_a_when_tells_the_date() -> None:
    text = (
        "Rescuers pulled a woman from the rubble early Saturday, a day after bomb blasts killed "
        "more than 80 people."
    )
    assert clauses(text, date(1998, 8, 8))["early Saturday"] == (
        "Rescuers pulled a woman from the rubble early Saturday"
    )
    text = "Residents have been stranded since Monday night, when the storm breached the levee."
    assert clauses(text, date(2012, 10, 31))["Monday night"] == text


def test_a_live_blog_stamp_before_a_dash_dates_its_entry() -> None:
    text = "Outage: live\n\n5:10 a.m. — Airlines grounded flights as check-in systems went dark."
    assert clauses(text, date(2024, 7, 19))["5:10 a.m."] == (
        "5:10 a.m. — Airlines grounded flights as check-in systems went dark."
    )
    # a stamp with no mark after it is left out of its entry's other facts
    text = "14:15 EST Protesters breached barricades at the Capitol on Wednesday."
    found = clauses(text, date(2021, 1, 7))
    assert found["Wednesday"] == "Protesters breached barricades at the Capitol on Wednesday."


def test_a_thread_counter_is_left_out() -> None:
    text = "3/ Fires at the airport were first visible on Feb. 25."
    assert clauses(text, date(2022, 3, 16))["Feb. 25"] == (
        "Fires at the airport were first visible on Feb. 25."
    )


def test_a_datelines_date_dates_the_lead() -> None:
    text = (
        "BEIJING, March 5 (Xinhua) -- Premier Zhu Rongji said here Sunday that the economy grew "
        "by 7.1 percent in 1999 and that the target for 2000 is 7 percent."
    )
    found = clauses(text, date(2000, 3, 5))
    lead = "Premier Zhu Rongji said here Sunday that the economy grew by 7.1 percent in 1999"
    assert found["March 5"] == "March 5 (Xinhua) -- " + lead
    # "here" tells no event: the saying is dated and stays
    assert found["Sunday"] == lead
    # a colon inside brackets is a ticker's label, not a break
    text = "SAN DIEGO, Jan. 10, 2024 /PRNewswire/ -- Helixon Inc. (Nasdaq: HLXN) today announced a deal."
    found = clauses(text, date(2024, 1, 10))
    assert found["today"] == "Helixon Inc. (Nasdaq: HLXN) today announced a deal."


def test_a_list_of_dated_events_is_one_clause_each() -> None:
    text = "The bakery was founded in 1987, went public in 1996 and was sold in 2008."
    found = clauses(text)
    assert found["1987"] == "The bakery was founded in 1987"
    assert found["1996"] == "went public in 1996"
    assert found["2008"] == "was sold in 2008."
    text = "Born March 3, 1931, in El Paso, she moved to Tucson in 1940."
    found = clauses(text)
    assert found["March 3, 1931"] == "Born March 3, 1931, in El Paso"
    assert found["1940"] == "she moved to Tucson in 1940."
    # an aside set off by commas is no list
    text = "The branch, which opened in 1962, drew fewer visitors last year."
    assert clauses(text)["last year"] == text


def test_a_phrase_after_after_or_as_stays_with_its_event() -> None:
    text = "She resigned on Nov. 28, 1990, after a revolt in her party."
    assert clauses(text)["Nov. 28, 1990"] == text
    text = "On Monday, the board named Teresa Wu, a consultant, as chief executive."
    assert clauses(text)["Monday"] == text
    text = "In March 2020, as the pandemic shut its stores, the company drew its last credit."
    assert clauses(text)["March 2020"] == text
    # a clause after "after" is still another event
    text = (
        "Florida began a recount Thursday after Tuesday's election left Bush ahead by 1,784 votes."
    )
    found = clauses(text, date(2000, 11, 9))
    assert found["Thursday"] == "Florida began a recount Thursday"


def test_a_participle_after_the_event_tells_the_other_time() -> None:
    text = "The surge reached 13.9 feet on Monday, breaking a record set in 1960."
    found = clauses(text, date(2012, 10, 31))
    assert found["Monday"] == text
    assert found["1960"] == "breaking a record set in 1960."


def test_a_time_in_a_quotation_dates_the_quoted_words() -> None:
    text = '"We will shut the plant on June 30," the chief executive, Dana Pike, told staff on Wednesday.'
    found = clauses(text, date(2023, 2, 2))
    assert found["June 30"] == "We will shut the plant on June 30"
    assert found["Wednesday"] == text
    found = clauses('"Nobody told us anything until yesterday," he said.', date(2023, 2, 2))
    assert found["yesterday"] == "Nobody told us anything until yesterday"
    found = clauses('She said: "The last shipment leaves in mid-June."', date(2023, 2, 2))
    assert found["mid-June"] == "The last shipment leaves in mid-June."
    text = '"The plane lost contact at 1:30 a.m.," the chief said on Tuesday, "and we do not know why."'
    found = clauses(text, date(2014, 3, 12))
    assert found["1:30 a.m."] == "The plane lost contact at 1:30 a.m."
    assert found["Tuesday"] == '"The plane lost contact at 1:30 a.m.," the chief said on Tuesday'


def test_more_speakers_are_left_out() -> None:
    # a plural speaker is not the "she" of the report
    text = "Prosecutors said she began moving money into the account in March 2016."
    assert clauses(text)["March 2016"] == "she began moving money into the account in March 2016."
    text = "Sgt. Ker Yang told jurors that the department updated its training in 2016."
    assert clauses(text)["2016"] == "the department updated its training in 2016."
    text = "Her sister said after the hearing that the family would visit his grave on Saturday."
    assert clauses(text)["Saturday"] == "the family would visit his grave on Saturday."
    text = "Delivering the report to parliament, Zhu said foreign trade reached $360 billion last year."
    assert clauses(text)["last year"] == "foreign trade reached $360 billion last year."
    text = "The hangar was destroyed by Feb. 27, per the imagery."
    assert clauses(text)["Feb. 27"] == "The hangar was destroyed by Feb. 27"


def test_a_new_subject_after_a_fronted_time_or_then_is_another_event() -> None:
    text = "We tried to find a buyer for two years, and in November we ran out of options."
    assert clauses(text)["November"] == "in November we ran out of options."
    text = "I plan to guide a team next spring, and then I will stop."
    assert clauses(text)["next spring"] == "I plan to guide a team next spring"


def test_a_relative_clause_set_off_mid_sentence_is_a_fact_with_the_noun_before_it() -> None:
    text = (
        "It arrives two weeks after Hurricane Helene, which made landfall on Sept. 26, killed "
        "more than 200 people."
    )
    assert clauses(text, date(2024, 10, 8))["Sept. 26"] == (
        "Hurricane Helene, which made landfall on Sept. 26"
    )
    text = "Mayor Janet Cole said the current station, built in 1958, can no longer house trucks."
    assert clauses(text, date(2026, 1, 21))["1958"] == "the current station, built in 1958"
    text = "Consumers who bought the strips, which carry a best-by date of Dec. 14, 2023, should return them."
    assert clauses(text, date(2023, 2, 21))["Dec. 14, 2023"] == (
        "the strips, which carry a best-by date of Dec. 14, 2023"
    )
    # after an apposition the verb is the main one, not a participle
    text = "The mayor of the city, Muriel Bowser, ordered a curfew from 6pm on Wednesday."
    assert clauses(text, date(2021, 1, 7))["6pm on Wednesday"] == text
    # a relative clause that ends the sentence goes on telling it
    text = "The candidates now turn to New Hampshire, which votes on Jan. 23."
    assert clauses(text, date(2024, 1, 16))["Jan. 23"] == text


def test_a_saying_dated_before_its_that_keeps_its_speaker() -> None:
    text = "Governor Ron DeSantis said at a news conference on Monday that the state was ready."
    assert clauses(text, date(2024, 10, 8))["Monday"] == text
    text = (
        "The board said in a preliminary report released on Wednesday that four bolts were "
        "missing when the panel blew out on Jan. 5."
    )
    found = clauses(text, date(2024, 4, 11))
    assert found["Wednesday"] == text
    # the report's own time dates the report alone, as after "said on Friday that"
    assert found["Jan. 5"] == "four bolts were missing when the panel blew out on Jan. 5."


def test_a_reporting_verb_with_an_object_is_the_event() -> None:
    text = "Health officials in Oregon confirmed 14 cases of measles on Thursday."
    assert clauses(text, date(2024, 7, 12))["Thursday"] == text
    text = "Russia's defense ministry reported downing 45 drones over the region on Wednesday."
    assert clauses(text, date(2024, 8, 22))["Wednesday"] == text
    # a clause after the verb is still a report
    text = "Officials confirmed the ferry had sunk on Thursday."
    assert clauses(text, date(2024, 7, 12))["Thursday"] == "the ferry had sunk on Thursday."


def test_a_when_clause_or_an_infinitive_is_no_attribution() -> None:
    text = "The base was also hit on July 19, when videos posted by residents showed fires."
    assert clauses(text, date(2024, 8, 22))["July 19"] == text
    text = "A tanker reappeared off the coast of Iran on Wednesday, ship-tracking data show."
    assert clauses(text, date(2024, 1, 19))["Wednesday"] == (
        "A tanker reappeared off the coast of Iran on Wednesday"
    )
    text = "Economists expect the April report, due May 8, to show losses in the millions."
    assert clauses(text, date(2020, 4, 3))["May 8"] == text


def test_and_inside_a_name_joins_no_events() -> None:
    text = (
        "The bank said on Tuesday that it had received a subpoena from the Securities and "
        "Exchange Commission on July 26."
    )
    found = clauses(text, date(2023, 8, 10))
    assert found["Tuesday"] == text
    # the report after a dated saying goes without its speaker, and the name stays whole
    assert found["July 26"] == (
        "it had received a subpoena from the Securities and Exchange Commission on July 26."
    )


def test_a_new_subject_after_comma_and_is_another_event() -> None:
    text = (
        "Dubai saw record rainfall on April 16, when 250 mm fell, and the airport cancelled "
        "1,200 flights."
    )
    assert clauses(text, date(2024, 5, 2))["April 16"] == (
        "Dubai saw record rainfall on April 16, when 250 mm fell"
    )


def test_a_stamp_of_a_day_and_a_clock_heads_its_entry() -> None:
    text = "Thursday, Oct. 2, 9 a.m.: Hearing on the city's motion to dismiss the lawsuit."
    found = clauses(text, date(2025, 9, 30))
    assert found["Thursday, Oct. 2"] == found["9 a.m."] == text


def test_the_joiner_a_clause_was_cut_at_is_left_out() -> None:
    text = (
        "Voters will decide on March 3 whether to raise the sales tax, after the town council "
        "placed the measure on the ballot Tuesday night."
    )
    found = clauses(text, date(2026, 1, 21))
    assert found["March 3"] == "Voters will decide on March 3 whether to raise the sales tax"
    assert (
        found["Tuesday night"] == "the town council placed the measure on the ballot Tuesday night."
    )
    text = "Town officials estimate the station would open in 2028 if the measure passes."
    assert (
        clauses(text, date(2026, 1, 21))["2028"]
        == "the station would open in 2028 if the measure passes."
    )


def test_hours_later_falls_on_the_day_of_the_time_before() -> None:
    text = (
        "The Navy said on Wednesday that it had stopped the seizure. The first attempt came at "
        "about 1 a.m. About three hours later, sailors opened fire on a second tanker."
    )
    pairs = facts_of(text, date(2023, 7, 6))
    later = [(t, f) for t, f in pairs if t.type == "DURATION"]
    assert len(later) == 1
    _, f = later[0]
    clock = next(tx for tx, _ in pairs if tx.type == "TIME")
    assert clock.date is not None
    assert f.date.earliest == f.date.latest == clock.date.earliest
    assert f.text.startswith("About three hours later, sailors opened fire")
    # a vague gap is part of its neighbour's event, and a count needs a time before it
    text = "The blasts went off at 10:40 a.m. Friday in Nairobi and minutes later in Dar es Salaam."
    assert [t.type for t, _ in facts_of(text, date(1998, 8, 8))] == ["TIME"]
    assert [t.type for t, _ in facts_of("Three hours later, the fire was out.")] == []


def test_how_long_an_event_takes_is_not_another_event() -> None:
    text = "Construction is expected to start in June and take about 18 months."
    assert clauses(text, date(2024, 2, 28))["June"] == text


def test_a_list_after_a_closed_aside_is_still_a_list() -> None:
    # the commas around "31" open and close an aside before the list begins
    text = "Brewer, 31, was arrested in June, indicted in July and released on bail in August."
    found = clauses(text, date(1999, 12, 5))
    assert found["June"] == "Brewer, 31, was arrested in June"
    assert found["July"] == "indicted in July"
    assert found["August"] == "released on bail in August."
    # a time inside an open aside: its comma closes the aside, it starts no list item
    text = "Meridian, which was founded in 1986, denied wrongdoing on Friday."
    found = clauses(text, date(2000, 10, 14))
    assert found["1986"] == "Meridian, which was founded in 1986"


def test_a_second_verb_after_and_is_another_event() -> None:
    text = "A second tremor hit the city on Thursday morning and brought down 40 buildings."
    found = clauses(text, date(1999, 8, 21))
    assert found["Thursday morning"] == "A second tremor hit the city on Thursday morning"
    text = "We started this process in September and we will finish it."
    found = clauses(text, date(1998, 12, 17))
    assert found["September"] == "We started this process in September"


def test_a_time_that_opens_the_clause_dates_every_verb_after_it() -> None:
    text = "At 10:14 p.m. the pilots reported smoke in the cockpit and asked to divert to Halifax."
    found = clauses(text, date(1998, 9, 3))
    assert found["10:14 p.m."] == text


def test_a_dateline_lead_ends_with_its_paragraph() -> None:
    text = (
        "JAKARTA, Nov. 19 (Reuters) - Police arrested 14 students on Thursday during a march,"
        " a police spokesman said.\n\nThe march began on Wednesday morning. Troops fired tear"
        " gas at about 3 p.m."
    )
    found = clauses(text, date(1998, 11, 20))
    assert found["Nov. 19"] == (
        "Nov. 19 (Reuters) - Police arrested 14 students on Thursday during a march"
    )


def test_and_inside_a_relative_clause_joins_only_its_own_events() -> None:
    text = (
        "Meridian, which was founded in 1986 and went public in 1991, denied wrongdoing in a "
        "statement issued Friday evening."
    )
    found = clauses(text, date(2000, 10, 14))
    assert found["1986"] == "Meridian, which was founded in 1986"
    # the comma that closes the relative clause ends its second event
    assert found["1991"] == "went public in 1991"
    # the main clause keeps its subject and the aside, as with one time in the aside
    assert found["Friday evening"] == text


def test_a_later_time_in_a_report_leaves_out_the_dated_speaker() -> None:
    text = (
        "The sheriff's office said on Friday that the pair had bought two of the guns in "
        "December at a gun show."
    )
    found = clauses(text, date(1999, 4, 24))
    assert found["Friday"] == text  # the saying is what Friday dates
    assert found["December"] == "the pair had bought two of the guns in December at a gun show."
    text = "The railway said Friday it would inspect all 59 of its trains over the weekend."
    found = clauses(text, date(1998, 6, 5))
    assert found["the weekend"] == "it would inspect all 59 of its trains over the weekend."
    # "he" needs its speaker; a stretch counted back from the saying needs the saying's day
    text = "The minister said on Friday that he would resign in May."
    assert clauses(text, date(1999, 4, 24))["May"] == text
    text = "The United Nations said on Wednesday that 870,000 people had fled in the past week."
    pairs = facts_of(text, date(2022, 3, 3))
    week = next(f for t, f in pairs if t.type == "DURATION")
    assert week.text == text
    assert week.date.latest == date(2022, 3, 2)


def test_a_quotation_before_a_dated_attribution_stays_whole() -> None:
    text = (
        '"We have located a pinger signal, and we hope to recover the boxes by the weekend," '
        "a Navy spokesman said on Monday."
    )
    found = clauses(text, date(1999, 11, 2))
    assert found["Monday"] == text
    text = (
        '"We met on a Thursday in November and by New Year\'s Day we knew we had something," '
        "Case told analysts on Monday."
    )
    found = clauses(text, date(2000, 1, 11))
    assert found["Monday"] == text


def test_a_gap_of_minutes_or_seconds_that_opens_its_sentence_is_dated() -> None:
    text = (
        "The first bomb exploded at 10:40 a.m. in Nairobi. Minutes later, a second bomb "
        "exploded outside the U.S. Embassy in Dar es Salaam."
    )
    pairs = facts_of(text, date(1998, 8, 8))
    gap = [(t, f) for t, f in pairs if t.type == "DURATION"]
    assert len(gap) == 1
    assert gap[0][1].text.startswith("Minutes later, a second bomb exploded")
    assert gap[0][1].date.earliest == gap[0][1].date.latest == date(1998, 8, 8)
    text = "The first blast came at 11:28 a.m. A much larger explosion came 135 seconds later."
    pairs = facts_of(text, date(2000, 8, 13))
    seconds = [f for t, f in pairs if t.type == "DURATION"]
    assert [f.text for f in seconds] == ["A much larger explosion came 135 seconds later."]
    assert seconds[0].date.earliest == date(2000, 8, 13)
    # an uncounted gap in the middle of a sentence belongs to the time beside it
    text = "The blasts went off at 10:40 a.m. Friday in Nairobi and minutes later in Dar es Salaam."
    assert [t.type for t, _ in facts_of(text, date(1998, 8, 8))] == ["TIME"]


def test_the_comma_closing_a_relative_clause_ends_its_last_event() -> None:
    text = (
        "Their bones, which were found in a forest pit in 1979 and exhumed in July 1991, were "
        "identified through DNA tests in 1993."
    )
    found = clauses(text, date(1998, 7, 18))
    assert found["1979"] == "Their bones, which were found in a forest pit in 1979"
    assert found["July 1991"] == "exhumed in July 1991"
    assert found["1993"] == text


def test_a_participle_before_a_dated_attribution_stays_with_the_event() -> None:
    text = (
        "Swissair Flight 111 crashed into the Atlantic off Nova Scotia late Wednesday, killing "
        "all 229 people on board, officials said on Thursday."
    )
    found = clauses(text, date(1998, 9, 3))
    assert found["Thursday"] == text
    # with no attribution after it, the participle still tells the other time's event
    text = "The surge reached 13.9 feet on Monday, breaking a record set in 1960."
    assert clauses(text, date(2012, 10, 30))["1960"] == "breaking a record set in 1960."


def test_as_of_opens_its_clause() -> None:
    text = "As of 3 May, 14:00, some 12,000 people had left the city, most of them by bus."
    assert clauses(text, date(2024, 5, 4))["3 May"].startswith("As of 3 May")
    # "as" joining two events is still left out
    text = "Prices rose, as the central bank cut rates on Tuesday."
    assert clauses(text, date(2024, 5, 4))["Tuesday"] == "the central bank cut rates on Tuesday."


def test_a_participle_or_present_verb_after_and_is_another_event() -> None:
    found = clauses(
        "The crew was rescued by a tug on Thursday and taken to Aden.", date(2024, 8, 23)
    )
    assert found["Thursday"] == "The crew was rescued by a tug on Thursday"
    text = "The clip was first uploaded on March 2, 2021, and shows a flood in Jakarta."
    assert clauses(text)["March 2, 2021"] == "The clip was first uploaded on March 2, 2021"


def test_a_dated_saying_keeps_every_verb_of_its_report() -> None:
    text = "The ministry stated on Friday that the governor had resigned and left the country."
    assert clauses(text, date(2024, 12, 8))["Friday"] == text


def test_a_passive_report_is_no_attribution() -> None:
    text = "In the past 48 hours, 30 new cases were reported."
    assert clauses(text, date(2024, 3, 2))["the past 48 hours"] == text


def test_a_saying_verb_with_an_object_is_the_event() -> None:
    text = "The group claimed the attack in a televised statement on Monday night."
    assert clauses(text)["Monday night"] == text
    text = "YouTube added a warning label to the video on Jan. 9 after readers complained."
    assert clauses(text)["Jan. 9"] == text
    # "report(s) that" is a speaker before the report
    text = "Local sources report that the bridge was hit on Sunday."
    assert clauses(text)["Sunday"] == "the bridge was hit on Sunday."


def test_a_name_after_comma_and_can_start_another_event() -> None:
    text = (
        "Rebels shelled the airport for a third day on Monday, and Chad closed its border with "
        "the country."
    )
    assert clauses(text, date(2021, 4, 20))["Monday"] == (
        "Rebels shelled the airport for a third day on Monday"
    )
    # a list of names before a verb is one subject, with no comma before "and"
    text = "On Monday, Chad and Niger closed their borders."
    assert clauses(text, date(2021, 4, 20))["Monday"] == text


def test_a_gap_counted_from_a_noun_is_no_other_event() -> None:
    text = (
        "The mayor conceded the race on Friday night, 12 days after the vote, ending a "
        "recount that went to court twice."
    )
    assert clauses(text, date(2022, 11, 20))["Friday night"] == text
    # a gap counted from another event still ends it, initials and all
    text = "Troops crossed the river early Sunday, a day after U.N. monitors reported shelling."
    assert clauses(text, date(2022, 11, 20))["early Sunday"] == (
        "Troops crossed the river early Sunday"
    )


def test_the_past_24_hours_reach_into_the_day_before() -> None:
    pairs = facts_of("In the past 24 hours, 75 more deaths were reported.", date(2022, 8, 30))
    (fact,) = [f for t, f in pairs if t.type == "DURATION"]
    assert (fact.date.earliest, fact.date.latest) == (date(2022, 8, 29), date(2022, 8, 30))
    pairs = facts_of("Over the past 48 hours, the river rose two metres.", date(2022, 8, 30))
    (fact,) = [f for t, f in pairs if t.type == "DURATION"]
    assert fact.date.earliest == date(2022, 8, 28)


def test_the_time_of_a_trailing_attribution_joins_no_event() -> None:
    text = (
        "In March 2025, at least 164 civilians were killed and 910 injured in the region, "
        "the monitoring mission said on Thursday."
    )
    found = clauses(text, date(2025, 4, 11))
    assert found["March 2025"] == (
        "In March 2025, at least 164 civilians were killed and 910 injured in the region"
    )
    assert found["Thursday"] == text


def test_a_state_after_its_town_keeps_the_relative_clause_whole() -> None:
    text = (
        "The freighter, which sailed from Savannah, Ga., in March, docked in Lisbon "
        "on April 2 to unload."
    )
    found = clauses(text, date(2001, 4, 10))
    assert found["March"] == "The freighter, which sailed from Savannah, Ga., in March"
    assert found["April 2"].rstrip(".") == text.rstrip(".")
    # a town and its country, too
    text = "The choir, which formed in Bergen, Norway, in 1991, sang in Rome on Sunday."
    found = clauses(text, date(2001, 4, 10))
    assert found["1991"] == "The choir, which formed in Bergen, Norway, in 1991"


def test_a_while_that_tells_when_stays_with_its_event() -> None:
    published = date(2019, 5, 6)
    # something under way at the time: the same event
    text = "The roof collapsed at 9:40 p.m., while the audience was leaving the hall."
    assert clauses(text, published)["9:40 p.m."] == text
    # no comma: "while" says when ("while crews replace the rails"), and a time inside it
    # dates its own event
    text = "The line will shut next month while crews replace rails damaged in March's floods."
    found = clauses(text, published)
    assert found["next month"].rstrip(".") == text.rstrip(".")
    assert found["March"].rstrip(".") != text.rstrip(".")
    # a comma and a finished event beside it: another event
    text = "Sales rose 4% in the first quarter, while costs fell in April."
    assert clauses(text, published)["the first quarter"] == "Sales rose 4% in the first quarter"


def test_a_speaker_dated_in_its_own_subject_leaves_the_report_alone() -> None:
    published = date(2025, 6, 20)
    text = "A video posted on Telegram on June 16 claims that drones hit the refinery on June 14."
    found = clauses(text, published)
    assert found["June 14"] == "drones hit the refinery on June 14."
    assert found["June 16"].rstrip(".") == text.rstrip(".")
    # a report told by a he or she keeps who it is
    text = "A statement issued on June 16 by the mayor says that she will resign on June 30."
    assert clauses(text, published)["June 30"].startswith("A statement issued on June 16")


def test_records_that_show_a_report_are_its_source() -> None:
    published = date(2024, 8, 23)
    text = "Flight records show the jet landed in Minsk at 22:15 UTC on Aug. 20."
    assert clauses(text, published)["22:15 UTC on Aug. 20"] == (
        "the jet landed in Minsk at 22:15 UTC on Aug. 20."
    )
    # one thing showing another is the event itself
    text = "The defendant showed no emotion as the verdict was read at 3:10 p.m. on Friday."
    assert clauses(text, published)["3:10 p.m. on Friday"].rstrip(".") == text.rstrip(".")


def test_and_between_two_things_of_one_event_splits_nothing() -> None:
    published = date(2022, 2, 8)
    text = (
        "Cascade Gear Co. today reported results for the fourth quarter and fiscal year "
        "ended Dec. 31, 2021."
    )
    found = clauses(text, published)
    assert found["Dec. 31, 2021"].rstrip(".") == text.rstrip(".")
    assert found["the fourth quarter"].rstrip(".") == text.rstrip(".")
    text = "Ford had replaced the tires in Saudi Arabia in August 1999 and in Venezuela in May."
    found = clauses(text, date(2000, 9, 9))
    assert found["May"].rstrip(".") == text.rstrip(".")
    assert found["August 1999"].rstrip(".") == text.rstrip(".")


def test_and_before_a_verb_still_splits_two_events() -> None:
    published = date(2022, 3, 3)
    # a past tense with no "-ed", a present verb, a verb after the other time
    found = clauses("Lin was elected to the council in 1975 and became mayor in 1983.", published)
    assert found["1975"] == "Lin was elected to the council in 1975"
    found = clauses("The bank cut rates in August and meets again on Dec. 18.", published)
    assert found["August"] == "The bank cut rates in August"
    text = "The launch was called off on Saturday, and an earlier attempt on May 6 was scrubbed."
    assert clauses(text, published)["May 6"].startswith("an earlier attempt on May 6")
    # a number after "and" is the rest of a clause whose verb is left out
    found = clauses("It had risen 24 percent since January and 86 percent in 1999.", published)
    assert found["January"] == "It had risen 24 percent since January"


def test_early_mid_or_late_in_a_month_or_year_covers_all_of_it() -> None:
    published = date(2024, 2, 24)
    found = {t.text: f for t, f in facts_of("Russia withdrew in late March 2022.", published)}
    late = found["late March 2022"]
    assert (late.date.earliest, late.date.latest) == (date(2022, 3, 1), date(2022, 3, 31))
    found = {t.text: f for t, f in facts_of("The plant will close in early 2025.", published)}
    early = found["early 2025"]
    assert (early.date.earliest, early.date.latest) == (date(2025, 1, 1), date(2025, 12, 31))
    # a day keeps its own range, and "since" still leaves the end open
    found = {t.text: f for t, f in facts_of("The talks collapsed late Wednesday.", published)}
    assert found["late Wednesday"].date.earliest == found["late Wednesday"].date.latest
    found = {t.text: f for t, f in facts_of("Prices have risen since mid-2023.", published)}
    since = found["mid-2023"]
    assert (since.date.earliest, since.date.latest) == (date(2023, 1, 1), None)


def test_an_organisations_it_leaves_the_report_alone() -> None:
    published = date(2024, 7, 19)
    text = "Microsoft said it first saw problems at about 19:00 UTC on Thursday."
    assert clauses(text, published)["19:00 UTC on Thursday"] == (
        "it first saw problems at about 19:00 UTC on Thursday."
    )
    # a plan the organisation announces is its report too
    text = "The ferry operator said it would restore the timetable on Monday."
    assert clauses(text, published)["Monday"] == "it would restore the timetable on Monday."
    text = "14:25 BST: Northern Rail says it will run no trains to Leeds on Sunday."
    assert clauses(text, published)["Sunday"] == "it will run no trains to Leeds on Sunday."
    # with no name before the saying, the verb is what says whose plan it is
    text = "The lender cut its forecast for 2024 and said it would close 40 branches in March."
    assert clauses(text, published)["March"] == "said it would close 40 branches in March."


def test_a_later_time_leaves_a_dated_dateline_out() -> None:
    text = (
        "VELNOR, March 9 (Meridian Wire) - Maravia's opposition Civic Alliance claimed on "
        "Monday that it had won the election."
    )
    found = clauses(text, date(2026, 3, 9))
    assert found["Monday"].startswith("Maravia's opposition Civic Alliance claimed on Monday")
    assert found["March 9"].startswith("March 9 (Meridian Wire) - Maravia's")
    text = "DOHA, Sept 21 (Gulf News Service) - Negotiators began talks in Doha on Monday."
    assert (
        clauses(text, date(2026, 9, 21))["Monday"] == "Negotiators began talks in Doha on Monday."
    )


def test_a_labelled_stamp_heads_its_entry() -> None:
    text = "Update, 4:40 p.m.: An earlier version of this post said turnout was 63 percent."
    assert clauses(text, date(2026, 3, 11))["4:40 p.m."] == text


def test_a_list_in_the_subject_does_not_open_the_relative_clause() -> None:
    text = "The recount in Dorn, Lesk and Ostrava-North, which began on Wednesday, ended late Thursday."
    found = clauses(text, date(2026, 3, 13))
    assert found["late Thursday"] == text
    assert (
        found["Wednesday"]
        == "The recount in Dorn, Lesk and Ostrava-North, which began on Wednesday"
    )


def test_a_part_of_the_month_already_over_ends_by_the_report() -> None:
    published = date(2025, 1, 20)
    text = "South Korea said earlier this month that it would consider taking in defectors."
    found = {t.text: f for t, f in facts_of(text, published)}
    month = found["earlier this month"].date
    assert (month.earliest, month.latest) == (date(2025, 1, 1), published)
    text = "Sales fell sharply earlier this year."
    year = {t.text: f for t, f in facts_of(text, published)}["earlier this year"].date
    assert (year.earliest, year.latest) == (date(2025, 1, 1), published)
    # told ahead, the rest of the month is still to come
    text = "The ministry will publish its report later this month."
    later = {t.text: f for t, f in facts_of(text, published)}["later this month"].date
    assert later.latest == date(2025, 1, 31)


def test_a_vague_length_of_hours_or_days_or_one_ahead_is_no_fact() -> None:
    published = date(2024, 2, 5)
    for text in (
        "More than 2 million homes were without power for hours.",
        "Crews were stranded for days in airports across the country.",
        "The city would have to be abandoned for weeks.",
    ):
        assert facts_of(text, published) == [], text
    [(_, held)] = facts_of("The rebels held the town for years.", published)
    assert (held.date.earliest, held.date.latest) == (None, published)


def test_whom_a_dated_saying_was_told_leaves_the_report_alone() -> None:
    published = date(2018, 9, 14)
    text = "The coach told reporters on Monday that the team would fly to Rome on Friday."
    found = clauses(text, published)
    assert found["Monday"] == text
    assert found["Friday"] == "the team would fly to Rome on Friday."
    text = "A senior engineer told a Senate panel on Tuesday that the valves were replaced in May."
    found = clauses(text, published)
    assert found["Tuesday"] == text
    assert found["May"] == "the valves were replaced in May."
    # a time counted from the saying keeps the speaker
    text = "The minister told parliament on Wednesday that prices had risen since January."
    assert clauses(text, published)["January"] == text


def test_and_with_a_bare_noun_subject_starts_another_event() -> None:
    published = date(2023, 12, 1)
    text = "About 8,000 homes lost power on Thursday, and crews restored supply to most by 6am."
    found = clauses(text, published)
    assert found["Thursday"] == "About 8,000 homes lost power on Thursday"
    assert found["6am"] == "crews restored supply to most by 6am."
    # "and" before an adverb and a verb keeps the same subject's event
    text = "The ferry sailed at 9am, and later returned to port with engine trouble."
    assert "sailed at 9am" in clauses(text, published)["9am"]


def test_a_relative_clause_that_ends_the_sentence_hangs_on_its_noun() -> None:
    published = date(2024, 5, 2)
    text = "The grant came from the Hollins Trust, which was founded in 1921."
    assert clauses(text, published)["1921"] == "the Hollins Trust, which was founded in 1921."
    text = "Voters elected a new council, which meets for the first time on Tuesday."
    assert clauses(text, published)["Tuesday"] == (
        "a new council, which meets for the first time on Tuesday."
    )
    # a time is no noun for it to hang on
    text = "The talks were held in Geneva on Monday, which was a public holiday in 2024."
    assert not clauses(text, published)["2024"].startswith("Monday")
    # without a verb of its own before it, the sentence goes on ("turn to Iowa, which ...")
    text = "The candidates now turn to Iowa, which votes on Jan. 15."
    assert clauses(text, date(2024, 1, 10))["Jan. 15"].rstrip(".") == text.rstrip(".")


def test_a_bracketed_aside_that_tells_a_thing_is_its_own_fact() -> None:
    published = date(2025, 6, 6)
    text = "The board cut four routes (it dropped the last of them in March) to save money."
    assert clauses(text, published)["March"] == "it dropped the last of them in March"
    text = "Shares rose 6 percent on Thursday (their biggest gain since January)."
    found = clauses(text, published)
    assert found["January"] == "their biggest gain since January"
    assert found["Thursday"].startswith("Shares rose 6 percent on Thursday (their")
    # a bracketed time, or a phrase that opens with a preposition, is the clause's own time
    text = "The council approved the plan at a meeting (on 4 March 2025) that lasted an hour."
    assert clauses(text, published)["4 March 2025"].rstrip(".") == text.rstrip(".")
    text = "The town's population fell to 9,400 at the last census (2021)."
    assert clauses(text, published)["2021"].rstrip(".") == text.rstrip(".")


def test_a_headline_ends_where_its_line_ends() -> None:
    text = "Bridge to reopen on Friday after two-year repair\n\nThe Orwell crossing closed in May 2024."
    found = clauses(text, date(2026, 3, 10))
    assert found["Friday"] == "Bridge to reopen on Friday after two-year repair"
    assert found["May 2024"] == "The Orwell crossing closed in May 2024."


def test_later_than_planned_compares_and_starts_no_event() -> None:
    published = date(2026, 3, 10)
    text = "The plant reopened on Monday, three weeks later than planned."
    assert clauses(text, published)["Monday"].rstrip(".") == text.rstrip(".")
    # a gap counted from another moment still ends the clause
    text = "Rebels shelled the town on Sunday, two days after troops left."
    assert clauses(text, published)["Sunday"] == "Rebels shelled the town on Sunday"


def test_after_before_a_clause_with_an_irregular_past_joins_two_events() -> None:
    published = date(2024, 7, 19)
    text = (
        "Bus drivers will strike from Monday, their union said on Friday, after talks with "
        "the council broke down on Thursday night."
    )
    found = clauses(text, published)
    assert found["Thursday night"] == "talks with the council broke down on Thursday night."
    assert found["Monday"] == "Bus drivers will strike from Monday"


def test_a_dateline_under_a_headline_dates_its_own_lead() -> None:
    text = (
        "Bakers to strike over pay\n\n"
        "LEEDS, England, May 6 — Bakery workers will walk out at 20 plants, their union said."
    )
    found = clauses(text, date(2024, 5, 6))
    assert found["May 6"] == "May 6 — Bakery workers will walk out at 20 plants"


def test_a_chronologys_present_tense_after_and_starts_another_event() -> None:
    text = "1931 — The yard builds its first trawler, and output doubles by 1935."
    found = clauses(text, date(2024, 5, 2))
    assert found["1931"] == "1931 — The yard builds its first trawler"
    assert found["1935"] == "output doubles by 1935."


def test_how_long_the_event_ran_stays_in_its_clause() -> None:
    published = date(2025, 1, 22)
    text = "The inquiry opened on Jan. 6 and lasted nine days."
    assert (
        clauses(text, published)["Jan. 6"] == "The inquiry opened on Jan. 6 and lasted nine days."
    )
    text = "The recount started on Nov. 13 and took about five days of work in 40 counties."
    assert clauses(text, published)["Nov. 13"].rstrip(".") == text.rstrip(".")
    # another verb after "and" is still another event
    text = "The inquiry opened on Jan. 6 and heard its first witness in March."
    assert clauses(text, published)["Jan. 6"] == "The inquiry opened on Jan. 6"


def test_a_present_state_after_and_is_another_event() -> None:
    published = date(2021, 11, 23)
    text = "The suspect was arrested in May 2020 and denies all the charges."
    assert clauses(text, published)["May 2020"] == "The suspect was arrested in May 2020"
    text = "The founder was born in 1962 and lives in Porto."
    assert clauses(text, published)["1962"] == "The founder was born in 1962"


def test_a_speaker_with_two_asides_is_still_left_out() -> None:
    text = (
        "The bank's chief executive, Mara Lind, who took over in March, said the bank "
        "expected to return to profit in the second half."
    )
    found = clauses(text, date(2024, 6, 5))
    assert found["March"] == "The bank's chief executive, Mara Lind, who took over in March"
    assert found["the second half"] == "the bank expected to return to profit in the second half."


def test_evidence_a_court_heard_is_the_fact_not_the_hearing() -> None:
    published = date(2019, 9, 20)
    text = "Jurors heard that in 2015 the treasurer moved £2 million to a private account."
    assert clauses(text, published)["2015"] == (
        "in 2015 the treasurer moved £2 million to a private account."
    )
    text = "The court was told that the defendant left the country in March."
    assert clauses(text, published)["March"] == "the defendant left the country in March."
    # a time after "that" is the report's, whatever verb of saying comes first
    text = "Officials said that in June the plant had run out of coal."
    assert clauses(text, published)["June"] == "in June the plant had run out of coal."


def test_a_day_and_the_hour_after_it_are_one_fact() -> None:
    published = date(2021, 4, 7)
    text = "The hearing resumes Thursday at 10 a.m. in Courtroom 4."
    found = facts_of(text, published)
    assert [t.text for t, _ in found] == ["Thursday"]
    assert found[0][1].date.earliest == date(2021, 4, 8)
    # set off by a comma, the hour is written as a time of its own
    text = "Voters may meet the candidates on Friday, April 9, at 6 p.m. in the town hall."
    assert len(facts_of(text, published)) == 2


def test_a_count_of_days_gone_by_is_no_fact() -> None:
    published = date(2022, 3, 3)
    text = "Protesters blocked the port for a third straight day on Thursday."
    assert [t.text for t, _ in facts_of(text, published)] == ["Thursday"]
    text = "Rockets hit the city for a second night."
    assert facts_of(text, published) == []
    # an ordinal day that is a date stays one: "the second day of the trial" is not "for"
    text = "The verdict came on the third day of deliberations, on Monday."
    assert "Monday" in " ".join(t.text for t, _ in facts_of(text, published))


def test_a_bare_period_referred_back_to_is_no_fact() -> None:
    published = date(2024, 2, 9)
    text = (
        "Orrin earned $90 million in the fourth quarter. Revenue in the quarter was $1.9 billion."
    )
    assert [t.text for t, _ in facts_of(text, published)] == ["the fourth quarter"]
    text = "The chain raised its full-year forecast on Thursday."
    assert [t.text for t, _ in facts_of(text, published)] == ["Thursday"]


def test_a_participle_after_a_name_that_ends_the_sentence_is_its_own_fact() -> None:
    published = date(2025, 9, 30)
    text = (
        "Jury selection begins in the trial of former mayor Ann Duval, charged in 2023 with fraud."
    )
    assert clauses(text, published)["2023"] == "Ann Duval, charged in 2023 with fraud."
    # after an apposition the participle is the sentence's own verb
    text = "Ann Duval, the city's first mayor, died on Sunday at her home."
    assert clauses(text, published)["Sunday"] == text


def test_a_saying_that_opens_a_report_is_no_trailing_source() -> None:
    published = date(2024, 7, 5)
    text = "11:20 BST: In her victory speech, the new mayor says the city voted for change."
    assert clauses(text, published)["11:20 BST"] == text
    # a source that closes the clause is still left out
    text = "The plant closed on Friday, the company said in a statement."
    assert clauses(text, published)["Friday"] == "The plant closed on Friday"


def test_a_datelines_lead_leaves_its_dated_source_out() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian police have detained two men over the museum "
        "theft, a police spokesman said on Friday."
    )
    found = clauses(text, date(2024, 5, 3))
    assert found["May 3"] == (
        "May 3 (Reuters) - Norwegian police have detained two men over the museum theft"
    )
    assert found["Friday"].endswith("a police spokesman said on Friday.")


def test_a_time_right_after_a_second_verb_dates_that_verb() -> None:
    published = date(2024, 3, 2)
    text = "The minister condemned the strike and said on Friday that talks would resume."
    assert clauses(text, published)["Friday"] == "said on Friday that talks would resume."
    text = "Rebels held the bridge for a week and withdrew on Thursday."
    assert clauses(text, published)["Thursday"] == "withdrew on Thursday."


def test_minutes_later_counts_from_a_time_told_in_an_earlier_sentence() -> None:
    published = date(1998, 8, 8)
    text = "The first bomb exploded at 10:35 a.m. on Friday. The second exploded minutes later."
    found = {t.text: f for t, f in facts_of(text, published)}
    assert found["minutes"].text == "The second exploded minutes later."
    assert found["minutes"].date.earliest == date(1998, 8, 7)
    # beside its time it is part of that time's event
    text = "The first bomb exploded at 10:35 a.m. on Friday and minutes later in Mombasa."
    assert "minutes" not in {t.text for t, _ in facts_of(text, published)}


def test_and_said_after_a_dated_event_is_another_event() -> None:
    text = "The board must repay the grant by 1 April and said it would appeal the ruling."
    found = clauses(text, date(2026, 1, 22))
    assert found["1 April"] == "The board must repay the grant by 1 April"


def test_a_list_items_mark_is_no_part_of_its_fact() -> None:
    text = (
        "• March 4: Protesters occupy the square.\n"
        "• March 6: Police clear the square; 40 people are arrested."
    )
    found = clauses(text, date(2024, 3, 15))
    assert found["March 4"] == "March 4: Protesters occupy the square."
    assert found["March 6"] == "March 6: Police clear the square"


def test_a_bracketed_participle_or_relative_clause_keeps_its_noun() -> None:
    published = date(2024, 3, 15)
    text = "The referendum (held on March 3) was the first in a decade."
    assert clauses(text, published)["March 3"] == "The referendum (held on March 3)"
    text = "The mayor (who took office in 2019) resigned on Friday."
    found = clauses(text, published)
    assert found["2019"] == "The mayor (who took office in 2019)"
    assert found["Friday"] == text


def test_a_time_in_a_quotation_taken_up_after_its_speaker_dates_those_words() -> None:
    text = '"We closed the mill in 2019," the owner said, "and we reopened it in March."'
    found = clauses(text, date(2024, 6, 1))
    assert found["2019"] == "We closed the mill in 2019"
    assert found["March"] == "we reopened it in March."
    # a time in the attribution still dates the whole saying
    text = '"We will reopen the mill," the owner said on Friday.'
    assert clauses(text, date(2024, 6, 1))["Friday"] == text


def test_a_gerund_with_a_time_of_its_own_is_another_event() -> None:
    published = date(2024, 3, 15)
    text = "The army took the town on Monday before withdrawing on Wednesday."
    found = clauses(text, published)
    assert found["Monday"] == "The army took the town on Monday"
    assert found["Wednesday"] == "withdrawing on Wednesday."
    # how long a gerund took is no time of its own
    text = "The jury convicted him on Tuesday after deliberating for less than three hours."
    assert clauses(text, published)["Tuesday"] == text
    # "after voting ends": a noun in "-ing" and its verb
    text = "Polls open on Thursday, and results will be announced after voting ends on Sunday."
    assert clauses(text, published)["Sunday"].startswith("results will be announced")


def test_that_year_after_a_date_is_the_same_date() -> None:
    text = "The bank opened in March 2001 and cut rates for the first time on Dec. 6 of that year."
    found = [t.text for t, _ in facts_of(text, date(2008, 10, 3))]
    assert "Dec. 6" in found
    assert not any("that year" in t for t in found)


def test_words_after_a_comma_that_name_the_same_day_are_no_second_fact() -> None:
    text = "The airline cancelled 900 flights on Tuesday, the fourth day of the outage."
    assert [t.text for t, _ in facts_of(text, date(2022, 12, 29))] == ["Tuesday"]
    # a different day after the comma is a fact of its own
    text = "The strike began on Monday, Nov. 7, and ended on Friday, Nov. 11."
    assert len(facts_of(text, date(2022, 11, 12))) >= 2


def test_the_day_or_night_referred_back_to_is_no_fact() -> None:
    text = "Police detained a man on Friday evening and questioned him through the night."
    assert [t.text for t, _ in facts_of(text, date(1998, 8, 10))] == ["Friday evening"]
    text = "Voters queued in the rain on Sunday. Turnout rose during the day."
    assert [t.text for t, _ in facts_of(text, date(2017, 10, 3))] == ["Sunday"]


def test_a_night_with_no_day_told_before_it_is_its_own_fact() -> None:
    found = facts_of("Crews worked through the night to restore power.", date(2024, 1, 10))
    assert [t.text for t, _ in found] == ["the night"]


def test_a_leading_according_to_is_left_out() -> None:
    published = date(2024, 3, 15)
    text = "According to the regional governor, the shelling began at 5 a.m. on Wednesday."
    assert clauses(text, published)["5 a.m. on Wednesday"] == (
        "the shelling began at 5 a.m. on Wednesday."
    )
    # a dated source keeps its own time's clause whole
    text = "According to court filings made on Monday, the pair met in 2019."
    found = clauses(text, published)
    assert found["Monday"] == text
    assert found["2019"] == "the pair met in 2019."


def test_say_and_believe_close_a_clause_as_sources() -> None:
    published = date(2000, 4, 8)
    text = "The bridge will reopen on Monday, officials say."
    assert clauses(text, published)["Monday"] == "The bridge will reopen on Monday"
    text = "The fire was set on the night of March 3, investigators now believe."
    assert clauses(text, published)["the night of March 3"] == (
        "The fire was set on the night of March 3"
    )


def test_a_time_that_opens_the_second_clause_after_and_dates_that_clause() -> None:
    published = date(2000, 1, 11)
    text = "We met in November and by Christmas we were engaged."
    found = clauses(text, published)
    assert found["November"] == "We met in November"
    assert found["Christmas"] == "by Christmas we were engaged."
    # "between ... and ..." is one stretch, one fact under its first end (facts round 23)
    text = "Between January and May, the coalition conducted 1,148 air raids."
    assert clauses(text, date(2020, 6, 30))["January"].startswith("Between January and May")


def test_an_apposition_after_a_name_holds_its_own_time() -> None:
    published = date(2024, 9, 9)
    text = "Sabalenka, the runner-up in 2023, won the title on Saturday."
    found = clauses(text, published)
    assert found["2023"] == "Sabalenka, the runner-up in 2023"
    assert found["Saturday"] == text
    # an apposition with a verb of its own is no bare apposition: this rule leaves it alone
    text = "Okafor, the engineer who designed the bridge in 1984, died on Sept. 24."
    assert clauses(text, published)["1984"].rstrip(".") == text.rstrip(".")


def test_a_stamp_with_a_bracketed_word_still_heads_its_entry() -> None:
    text = "- 3 June (evening): Union members reject a 4% offer."
    found = clauses(text, date(2024, 6, 14))
    assert found["3 June"] == "3 June (evening): Union members reject a 4% offer."


def test_a_dated_saying_before_a_colon_keeps_its_quoted_words() -> None:
    text = 'The mayor said on Monday: "We will reopen the pool on July 1."'
    found = clauses(text, date(2024, 6, 14))
    assert found["Monday"] == text
    assert found["July 1"] == "We will reopen the pool on July 1."


def test_a_participle_after_its_noun_at_the_end_of_a_clause_is_its_own_fact() -> None:
    published = date(2024, 6, 14)
    text = "Shareholders voted on Friday to approve the merger announced in April."
    found = clauses(text, published)
    assert found["April"] == "the merger announced in April."
    # a passive is the clause's own verb; an adjective before a noun is no participle
    text = "The plant was closed in May."
    assert clauses(text, published)["May"] == text
    text = "She opened the theatre in a disused bakery in October 1962."
    assert clauses(text, published)["October 1962"] == text


def test_a_where_clause_that_ends_the_sentence_hangs_on_its_place() -> None:
    text = (
        "The suspect was arrested on Friday at the hospital, where he had been treated on June 2."
    )
    found = clauses(text, date(2024, 6, 14))
    assert found["June 2"] == "the hospital, where he had been treated on June 2."


def test_a_passive_verb_of_saying_is_the_event_not_a_speaker() -> None:
    text = (
        "The mill, which was added to the state register in 1998, had stood empty since the "
        "family sold it in 2016."
    )
    found = clauses(text, date(2020, 9, 30))
    assert found["2016"] == text
    assert found["1998"] == "The mill, which was added to the state register in 1998"


def test_and_before_an_aside_joins_another_event() -> None:
    text = (
        "The panel heard the appeal in May 2023 and, in a ruling issued on 4 October 2023, "
        "dismissed it."
    )
    found = clauses(text, date(2025, 3, 12))
    assert found["May 2023"] == "The panel heard the appeal in May 2023"
    assert found["4 October 2023"] == "in a ruling issued on 4 October 2023, dismissed it."


def test_a_relative_clause_after_a_name_in_a_phrase_hangs_on_the_name() -> None:
    published = date(2019, 10, 31)
    text = "Enrollment at Hoover, which opened in 1961, has fallen by half."
    assert clauses(text, published)["1961"] == "Hoover, which opened in 1961"
    text = (
        "Enrollment at Hoover, which opened in 1961, has fallen from 500 in 2009 to 240 this fall."
    )
    assert clauses(text, published)["1961"] == "Hoover, which opened in 1961"
    # a plain subject keeps itself
    text = "The branch, which opened in 1962, drew fewer visitors last year."
    assert clauses(text, published)["1962"] == "The branch, which opened in 1962"


def test_whom_opens_a_relative_clause_too() -> None:
    text = "She is survived by her husband of 40 years, Tomas, whom she married in 1984."
    assert clauses(text, date(2024, 6, 1))["1984"] == "Tomas, whom she married in 1984."


def test_a_closing_participle_with_the_only_time_is_that_times_event() -> None:
    published = date(2020, 9, 30)
    text = "She studied law at Leeds, qualifying as a solicitor in 1974."
    assert clauses(text, published)["1974"] == "qualifying as a solicitor in 1974."
    # a time that names a thing in the participle clause is no event of its own
    text = "It was the longest final ever played, beating the 2008 final by an hour."
    assert clauses(text, published)["2008"].rstrip(".") == text.rstrip(".")


def test_a_gerund_before_its_or_his_still_joins_another_event() -> None:
    text = "The firm filed for bankruptcy in March after losing its biggest client in January."
    found = clauses(text, date(2024, 6, 14))
    assert found["March"] == "The firm filed for bankruptcy in March"
    assert found["January"] == "losing its biggest client in January."


def test_say_confirm_and_announce_in_the_present_lead_a_report() -> None:
    published = date(2024, 3, 5)
    text = "Officials confirm the bridge will reopen on March 10."
    assert clauses(text, published)["March 10"] == "the bridge will reopen on March 10."
    text = "Engineers say the dam was last inspected in 2019."
    assert clauses(text, published)["2019"] == "the dam was last inspected in 2019."


def _dated(pairs: list[tuple[TimeExpression, Fact]]) -> list[tuple[str, date | None, date | None]]:
    return [(t.text, f.date.earliest, f.date.latest) for t, f in pairs]


def test_a_stretch_and_the_date_that_closes_it_are_one_fact() -> None:
    # the closing day is where the stretch ends, no event of its own
    pairs = facts_of("Sales rose 4% in the eight weeks to 3 January.", published=date(2026, 1, 8))
    assert _dated(pairs) == [("the eight weeks", date(2025, 11, 9), date(2026, 1, 3))]
    pairs = facts_of(
        "Profit for the nine months ended Sept. 30 was $40 million.", published=date(2025, 10, 29)
    )
    assert _dated(pairs) == [("the nine months", date(2025, 1, 1), date(2025, 9, 30))]


def test_a_bare_year_closed_by_a_month_is_the_twelve_months_to_its_end() -> None:
    # "the year to March", told in June 2023: April 2022 to March 2023, filed under the month
    pairs = facts_of(
        "The brewer's profit doubled in the year to March.", published=date(2023, 6, 14)
    )
    assert _dated(pairs) == [("March", date(2022, 4, 1), date(2023, 3, 31))]
    assert pairs[0][1].date.precision == "year"
    pairs = facts_of("Exports fell in the quarter ended June 30.", published=date(2024, 8, 2))
    assert _dated(pairs) == [("June 30", date(2024, 4, 1), date(2024, 6, 30))]


def test_a_stretch_of_months_to_a_months_last_day_starts_on_a_first() -> None:
    pairs = facts_of("Orders grew 9% in the three months to Feb. 28.", published=date(2025, 3, 20))
    assert _dated(pairs) == [("the three months", date(2024, 12, 1), date(2025, 2, 28))]
    # counted from a day inside a month it keeps that day: the past 12 months to 20 May
    pairs = facts_of("Prices have doubled over the past 12 months.", published=date(2025, 5, 20))
    assert _dated(pairs) == [("the past 12 months", date(2024, 5, 21), date(2025, 5, 20))]


def test_a_date_after_a_stretch_that_does_not_close_it_stays_its_own_fact() -> None:
    # "to" after a length with no "the" is no accounting period: "extended ... to June 30"
    pairs = facts_of(
        "The ministry extended the ban by three months to June 30.", published=date(2025, 3, 20)
    )
    assert ("June 30", date(2025, 6, 30), date(2025, 6, 30)) in _dated(pairs)


def test_early_mid_and_late_decades_and_centuries_cover_the_whole_of_them() -> None:
    pairs = facts_of(
        "She moved to Paris in the early 1970s. The mill closed in the late 1980s. "
        "The canal was dug in the late 18th century.",
        published=date(2024, 2, 1),
    )
    assert _dated(pairs) == [
        ("the early 1970s", date(1970, 1, 1), date(1979, 12, 31)),
        ("the late 1980s", date(1980, 1, 1), date(1989, 12, 31)),
        ("the late 18th century", date(1700, 1, 1), date(1799, 12, 31)),
    ]


def test_a_time_in_an_after_clause_dates_that_clause_when_the_report_tells_the_rest() -> None:
    texts = {
        "Detectives are hunting a driver after a boy was hit by a van on Fenton Road on Sunday.": (
            "a boy was hit by a van on Fenton Road on Sunday"
        ),
        "The airline has grounded its fleet after a fuel leak was found on Tuesday.": (
            "a fuel leak was found on Tuesday"
        ),
        "The mayor had resigned before the scandal was reported on Friday.": (
            "the scandal was reported on Friday"
        ),
    }
    for text, clause in texts.items():
        (pair,) = facts_of(text)
        assert pair[1].text.rstrip(".") == clause


def test_a_past_event_right_after_a_dated_one_shares_its_date() -> None:
    # the main clause tells what followed at once, so both are the fact
    text = "Prices jumped after the cartel cut output in March."
    (pair,) = facts_of(text)
    assert pair[1].text == text
    # a phrase after "after" is no clause: "after the war"
    text = "The bridge has been closed after the flood in 2021."
    (pair,) = facts_of(text)
    assert pair[1].text == text


def test_a_verb_running_a_state_until_a_time_is_its_own_event_after_and() -> None:
    pairs = facts_of("The exhibition opened on May 3 and runs until Sunday.")
    assert [f.text.rstrip(".") for _, f in pairs] == [
        "The exhibition opened on May 3",
        "runs until Sunday",
    ]


def test_a_new_subject_with_an_irregular_past_after_comma_and_is_another_event() -> None:
    pairs = facts_of("Rents rose in the late 1980s, and investors bought most of the flats.")
    assert [f.text for _, f in pairs] == ["Rents rose in the late 1980s"]
    pairs = facts_of("The mill closed in 2003, and the council built houses on the site.")
    assert [f.text for _, f in pairs] == ["The mill closed in 2003"]


def test_a_saying_with_where_and_when_it_was_said_is_the_dated_event() -> None:
    text = "Ticket prices will not rise, the theatre said in a statement on Friday."
    (pair,) = facts_of(text)
    assert pair[1].text == text
    text = "The strike is over, the union told members at a meeting on Tuesday."
    (pair,) = facts_of(text)
    assert pair[1].text == text


def test_a_participle_far_from_its_time_hangs_on_its_noun_when_the_verb_is_dated() -> None:
    text = "Police on Monday arrested a woman wanted for a string of burglaries in Hull in 2019."
    pairs = facts_of(text)
    assert [f.text.rstrip(".") for _, f in pairs] == [
        "Police on Monday arrested a woman wanted for a string of burglaries in Hull in 2019",
        "a woman wanted for a string of burglaries in Hull in 2019",
    ]
    # with no time of the verb's own the whole clause is the time's
    text = "Police arrested a woman wanted for a string of burglaries in Hull in 2019."
    (pair,) = facts_of(text)
    assert pair[1].text == text


def test_two_expressions_side_by_side_naming_one_period_are_one_fact() -> None:
    pairs = facts_of("For the full year 2024, profit fell 3%.", published=date(2025, 2, 20))
    assert [(t.text, f.date.earliest) for t, f in pairs] == [("the full year", date(2024, 1, 1))]
    pairs = facts_of(
        "The bank reported third-quarter 2024 profit of $2 billion.", published=date(2024, 10, 15)
    )
    assert [(f.date.earliest, f.date.latest) for _, f in pairs] == [
        (date(2024, 7, 1), date(2024, 9, 30))
    ]


def test_an_apposition_naming_the_stretch_is_no_second_fact() -> None:
    pairs = facts_of(
        "Sales rose 8% in the three months to Sept. 27, the group's fiscal fourth quarter.",
        published=date(2025, 11, 5),
    )
    assert _dated(pairs) == [("the three months", date(2025, 6, 28), date(2025, 9, 27))]


def test_a_headline_period_adjective_is_no_fact_but_a_headline_day_is() -> None:
    text = (
        "Airline swings to first-quarter loss\n\n"
        "Skyway lost $40 million in the three months ended March 31."
    )
    pairs = facts_of(text, published=date(2025, 4, 24))
    assert [t.text for t, _ in pairs] == ["the three months"]
    text = "Bridge to close on Sunday\n\nThe Tay bridge will shut for repairs."
    assert [t.text for t, _ in facts_of(text)] == ["Sunday"]
    # in the story itself the adjective dates its clause
    pairs = facts_of("Skyway reported a first-quarter loss.", published=date(2025, 4, 24))
    assert [t.text for t, _ in pairs] == ["first-quarter"]


def test_a_season_of_play_is_no_fact() -> None:
    text = "The striker scored 20 goals last season and will captain the side next season."
    assert facts_of(text) == []
    # a named season is a span of the calendar
    assert [t.text for t, _ in facts_of("The pool reopens next summer.")] == ["next summer"]


def test_a_saying_dated_after_where_it_was_made_leaves_the_report_its_own_time() -> None:
    text = "The regulator said in a report published on Thursday that the dam had cracked in 2019."
    pairs = facts_of(text)
    assert [f.text.rstrip(".") for _, f in pairs] == [
        text.rstrip("."),
        "the dam had cracked in 2019",
    ]
    text = "The mayor said at a briefing on Monday that the pool would reopen in June."
    pairs = facts_of(text)
    assert pairs[1][1].text.rstrip(".") == "the pool would reopen in June"
    # a subject may open the report without "that"
    text = "The mayor said at a briefing on Monday the pool would reopen in June."
    assert facts_of(text)[1][1].text.rstrip(".") == "the pool would reopen in June"


def test_a_relative_clause_closing_its_clause_is_dated_with_its_noun() -> None:
    text = "The court jailed a driver for a crash that killed a cyclist in June 2021."
    pairs = facts_of(text)
    assert [f.text.rstrip(".") for _, f in pairs] == ["a crash that killed a cyclist in June 2021"]
    text = "Voters backed the mayor who resigned in 2019."
    assert facts_of(text)[0][1].text.rstrip(".") == "the mayor who resigned in 2019"


def test_a_relative_clause_that_does_not_date_its_own_event_keeps_the_clause() -> None:
    # a day near the report dates the report's own event
    text = "We called the firm that sold the flats on Tuesday."
    assert facts_of(text)[0][1].text == text
    # a state, not an event: the time bounds the noun
    text = "The survey covered the week that included March 12."
    assert facts_of(text, published=date(2025, 4, 3))[0][1].text == text
    # the clause goes on after the time with no main verb
    text = "The man who died in custody last May in a cell in Leeds had been held for a week."
    assert facts_of(text)[0][1].text != "The man who died in custody last May"
    # a "that" after a saying is no relative clause
    text = "The firm said that prices rose in March."
    assert facts_of(text)[0][1].text == "prices rose in March."


def test_a_closing_participle_with_a_dated_relative_clause_is_another_event() -> None:
    text = "The board voted on Monday to sell the depot, ending a dispute that began in 2017."
    pairs = facts_of(text)
    assert [f.text.rstrip(".") for _, f in pairs] == [
        "The board voted on Monday to sell the depot",
        "a dispute that began in 2017",
    ]
    # a closing participle with no time of its own stays with the event it follows
    text = "The storm hit the coast on Monday, leaving 9,000 homes without power."
    assert facts_of(text)[0][1].text == text


def test_a_year_earlier_after_a_closed_stretch_is_that_stretch_a_year_before() -> None:
    pairs = facts_of(
        "Profit in the six months to 30 September rose to £80 million from £65 million a year "
        "earlier.",
        published=date(2025, 11, 12),
    )
    assert _dated(pairs) == [
        ("the six months", date(2025, 4, 1), date(2025, 9, 30)),
        ("a year earlier", date(2024, 4, 1), date(2024, 9, 30)),
    ]
    # in another sentence it keeps its own date
    pairs = facts_of(
        "Profit in the six months to 30 September rose 4%. A year earlier it fell.",
        published=date(2025, 11, 12),
    )
    assert _dated(pairs)[-1][1] != date(2024, 4, 1)


def test_overnight_before_the_report_is_filed_on_the_report_day() -> None:
    published = date(2025, 3, 6)
    pairs = facts_of("Crews cleared the blocked line overnight.", published=published)
    assert _dated(pairs) == [("overnight", published, published)]
    # a named night keeps its own day
    pairs = facts_of("Crews cleared the blocked line on Tuesday night.", published=published)
    assert _dated(pairs) == [("Tuesday night", date(2025, 3, 4), date(2025, 3, 4))]


def test_a_time_that_is_the_reports_subject_does_not_date_the_saying() -> None:
    text = "Forecasters said the weekend would be dry."
    assert facts_of(text, published=date(2025, 10, 29))[0][1].text == "the weekend would be dry."
    # a bare day right after the verb still dates the saying
    text = "The ministry said Tuesday it had stopped the exports."
    assert facts_of(text)[0][1].text == text


def test_a_range_of_days_sharing_one_month_is_one_fact_over_both_days() -> None:
    found = facts_of("The inquiry sat between 18 and 20 September 2023 in Cardiff.")
    assert len(found) == 1
    timex, fact = found[0]
    assert timex.text == "20 September 2023"
    assert (fact.date.earliest, fact.date.latest) == (date(2023, 9, 18), date(2023, 9, 20))
    assert fact.text == "The inquiry sat between 18 and 20 September 2023 in Cardiff."
    found = facts_of("The ministers will meet in Oslo from 4 to 6 October.", date(2025, 9, 1))
    assert [(f.date.earliest, f.date.latest) for _, f in found] == [
        (date(2025, 10, 4), date(2025, 10, 6))
    ]
    found = facts_of("The lake festival ran March 3-5 in Keswick.", date(2025, 4, 2))
    assert [(t.text, f.date.earliest, f.date.latest) for t, f in found] == [
        ("March 3", date(2025, 3, 3), date(2025, 3, 5))
    ]


def test_two_separate_days_stay_two_facts() -> None:
    # (each end written in full is one fact over the stretch since facts round 23: see
    # test_facts_round23)
    # "on 18 and 20 September": two days, not the three from one to the other
    found = facts_of("Polling stations open on 18 and 20 September.", date(2025, 9, 1))
    assert [(f.date.earliest, f.date.latest) for _, f in found] == [
        (date(2025, 9, 18), date(2025, 9, 18)),
        (date(2025, 9, 20), date(2025, 9, 20)),
    ]
    # a day moved to another: the vote is on neither range
    found = facts_of("The council moved the budget vote from 4 to 6 October.", date(2025, 9, 1))
    assert len(found) == 2


def test_a_range_of_days_written_with_through_is_one_fact() -> None:
    found = facts_of("The boat show runs Oct. 4 through 6 at the harbour.", date(2025, 9, 20))
    assert [(t.text, f.date.earliest, f.date.latest) for t, f in found] == [
        ("Oct. 4", date(2025, 10, 4), date(2025, 10, 6))
    ]
    assert found[0][1].date.precision == "day"
    found = facts_of("A phone poll conducted Jan. 14-16 showed the mayor ahead.", date(2025, 1, 20))
    assert [(t.text, f.date.earliest, f.date.latest) for t, f in found] == [
        ("Jan. 14", date(2025, 1, 14), date(2025, 1, 16))
    ]
    found = facts_of("The congress met March 3-5 this year in Riga.", date(2025, 3, 20))
    ranges = [(f.date.earliest, f.date.latest) for t, f in found if t.text == "March 3"]
    assert ranges == [(date(2025, 3, 3), date(2025, 3, 5))]
    assert "5" not in [t.text for t, _ in found]


def test_a_range_of_months_is_one_fact_from_the_first_month_to_the_last() -> None:
    published = date(2025, 3, 20)
    found = facts_of("Bus ridership rose 6% in January-March, the operator said.", published)
    assert len(found) == 1
    timex, fact = found[0]
    assert timex.text == "January"
    assert (fact.date.earliest, fact.date.latest) == (date(2025, 1, 1), date(2025, 3, 31))
    assert fact.date.precision == "month"
    assert fact.date.value == "2025-01/2025-03"
    found = facts_of("The audit covers the months June-August 2023 alone.", published)
    assert [(t.text, f.date.earliest, f.date.latest) for t, f in found] == [
        ("June", date(2023, 6, 1), date(2023, 8, 31))
    ]
    text = "From January to September, grain shipments fell by half, traders said."
    found = facts_of(text, published)
    assert [(f.date.earliest, f.date.latest) for _, f in found] == [
        (date(2024, 1, 1), date(2024, 9, 30))
    ]
    assert found[0][1].text == "From January to September, grain shipments fell by half"
    found = facts_of("The museum is shut from April through June for repairs.", published)
    assert [(f.date.earliest, f.date.latest) for _, f in found] == [
        (date(2025, 4, 1), date(2025, 6, 30))
    ]


def test_two_months_that_are_no_range_of_one_fact_stay_two_facts() -> None:
    published = date(2025, 3, 20)
    # two separate months ("between January and May", "from March 2020 to June 2021" and
    # "between 1995 and 1998" are one stretch each since facts round 23)
    for text in (
        "Output fell in January and March, the survey showed.",
        # a month left for another
        "The council moved the vote from January to March.",
    ):
        assert len(facts_of(text, published)) == 2, text


def test_where_an_undated_saying_was_made_is_left_out_with_its_speaker() -> None:
    published = date(2025, 3, 5)
    for text in (
        "Officials said in a statement the plant would close in June.",
        "Officials said in a statement that the plant would close in June.",
        "Officials said in a statement to Parliament the plant would close in June.",
    ):
        assert [f.text for _, f in facts_of(text, published)] == ["the plant would close in June."]
    text = "The carrier said in a post on X the outage ended on Friday."
    assert [f.text for _, f in facts_of(text, published)] == ["the outage ended on Friday."]
    # a speaker a singular pronoun stands for stays, place and all
    text = "Mayor Ruiz said in an interview she would step down in June."
    assert [f.text for _, f in facts_of(text, published)] == [text]
    # where and when it was said, with no report after it, is the dated saying
    text = "Prices will be frozen, the club said in a statement on Monday."
    assert facts_of(text, published)[0][1].text == text


def test_a_leading_then_is_left_out_as_a_conjunction() -> None:
    published = date(2024, 6, 12)
    text = "The ferry left Oban on Monday, then ran aground off Mull at 4:10 p.m. on Tuesday."
    assert [f.text for _, f in facts_of(text, published)] == [
        "The ferry left Oban on Monday",
        "ran aground off Mull at 4:10 p.m. on Tuesday.",
    ]
    text = "The bakery opened in 2019, closed in 2021 and then reopened in March."
    assert [f.text for _, f in facts_of(text, published)][-1] == "reopened in March."
    # "then" inside a clause, or naming a past state ("then 54"), stays
    text = "The suspect was then charged on Friday."
    assert [f.text for _, f in facts_of(text, published)] == [text]
    text = "Quill, then 54, had run the bait shop since 1991."
    assert [f.text for _, f in facts_of(text, published)] == [text]


def test_a_counted_gap_set_off_after_a_day_names_that_day_again() -> None:
    published = date(2018, 7, 11)
    text = (
        "The hikers went missing on June 23. Rangers found them on July 2, nine days later, "
        "in a gully below the ridge."
    )
    assert [(t.text, f.date.earliest) for t, f in facts_of(text, published)] == [
        ("June 23", date(2018, 6, 23)),
        ("July 2", date(2018, 7, 2)),
    ]
    # a gap that opens its own clause is its own fact
    text = "The hikers went missing on June 23. Nine days later, rangers found them."
    assert [t.text for t, _ in facts_of(text, published)] == ["June 23", "Nine days"]


def test_an_indefinite_weekday_is_no_day_of_its_own() -> None:
    published = date(2000, 1, 11)
    text = "The founders first met on a Thursday in November, she said."
    assert [(t.text, f.date.earliest, f.date.latest) for t, f in facts_of(text, published)] == [
        ("November", date(1999, 11, 1), date(1999, 11, 30))
    ]
    text = "It happened one Sunday, long ago."
    assert facts_of(text, published) == []
    # the weekday itself still dates its clause
    text = "The founders met on Thursday in Dulles."
    assert [t.text for t, _ in facts_of(text, published)] == ["Thursday"]


def test_the_day_a_paragraph_after_its_day_refers_back_to_it() -> None:
    published = date(2017, 10, 3)
    text = (
        "Voting in the regional poll began at 9 a.m. on Sunday.\n\n"
        "Officers closed more than 40 polling stations during the day."
    )
    assert [t.text for t, _ in facts_of(text, published)] == ["9 a.m. on Sunday"]
    # two paragraphs on, the day is not the one told
    text = (
        "Voting in the regional poll began at 9 a.m. on Sunday.\n\n"
        "Turnout was low in the north.\n\n"
        "Crews worked through the night to restore power."
    )
    assert [t.text for t, _ in facts_of(text, published)][-1] == "the night"


def test_a_clock_time_then_that_day_is_one_time() -> None:
    published = date(2024, 1, 19)
    text = (
        "The ferry was boarded early on Jan. 11. It last sent its position at 6:53 a.m. "
        "local time that morning."
    )
    found = facts_of(text, published)
    assert [(t.text, f.date.earliest) for t, f in found] == [
        ("early on Jan. 11", date(2024, 1, 11)),
        ("6:53 a.m. local time", date(2024, 1, 11)),
    ]
    text = "A first quake struck at 4:17 a.m. on Monday. A second struck at 1:24 p.m. the same day."
    assert [t.text for t, _ in facts_of(text, published)] == ["4:17 a.m. on Monday", "1:24 p.m."]
    # "that day" with no clock time before it is a fact of its own
    text = "A first quake struck at 4:17 a.m. on Monday. Schools were shut the same day."
    assert [t.text for t, _ in facts_of(text, published)] == [
        "4:17 a.m. on Monday",
        "the same day",
    ]


def test_overnight_before_the_week_it_falls_in_is_one_time() -> None:
    published = date(2023, 9, 13)
    text = "The Elm Street bridge will close overnight next week for repairs."
    found = facts_of(text, published)
    assert [(t.text, f.date.earliest, f.date.latest) for t, f in found] == [
        ("next week", date(2023, 9, 18), date(2023, 9, 24))
    ]
    # a bare "overnight" is still the night before the report, filed on the report's day
    found = facts_of("Crews reopened the Elm Street bridge overnight.", published)
    assert [(t.text, f.date.earliest) for t, f in found] == [("overnight", published)]
