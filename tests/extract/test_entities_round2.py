"""Entities round 2: the general rules round 1's misses asked for, on sentences of their own
(none from entities_dev1/2/3)."""

from __future__ import annotations

from desktop.extract.entities import find_entities


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.name) for m in find_entities(text)]


def names(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.type) for m in find_entities(text)}


def test_a_body_then_its_country_after_a_second_of() -> None:
    assert ("Ministry of Justice of Pellmark", "ORG") in names(
        "The Ministry of Justice of Pellmark released 40 prisoners on Friday."
    )
    assert ("Institute of Geology of Varnia", "ORG") in names(
        "Seismologists at the Institute of Geology of Varnia recorded the quake."
    )
    # a title's "of" is no body's: "Secretary of State of Varnia" stays a person's title
    assert ("Lena Oss", "PERSON") in names("Secretary of State Lena Oss flew to Varnia.")


def test_two_whole_bodies_joined_by_and_stay_two() -> None:
    got = names("Shares in Tarrow Energy and Helm Mining rose on Monday.")
    assert ("Tarrow Energy", "ORG") in got
    assert ("Helm Mining", "ORG") in got
    # a name that holds "and" before its head is still one
    assert ("Food and Drug Agency", "ORG") in names(
        "The Food and Drug Agency approved the vaccine."
    )
    assert ("Dock and Harbour Workers' Union", "ORG") in names(
        "Pickets of the Dock and Harbour Workers' Union blocked the gates."
    )


def test_a_name_after_the_with_no_head_word_is_a_body_not_a_person() -> None:
    got = names("The Green Lantern said 300 families had been fed in Osk.")
    assert ("Green Lantern", "ORG") in got
    assert ("Green Lantern", "PERSON") not in got
    got = names("Gunmen of the Grey Hawks, an armed group, attacked a convoy near Mirel.")
    assert ("Grey Hawks", "ORG") in got
    assert ("Mirel", "PLACE") in got
    assert ("Pellmark Red Cross", "ORG") in names(
        "Aid reached the camp on Sunday, the Pellmark Red Cross said."
    )
    # a name the text uses as a modifier stays out: "the Lisk fever outbreak"
    assert names("Doctors fought the Orrin Vale fever outbreak.") == set()


def test_a_first_name_alone_is_the_person_named_in_full_before() -> None:
    text = (
        "Lotte Brann was 12 when she first rowed across the lake. Today Lotte coaches "
        'the junior crews. "It never gets old," Lotte said.'
    )
    got = found(text)
    assert ("Lotte", "PERSON", "Lotte Brann") in got
    assert [m for m in got if m[0] == "Lotte"] == [("Lotte", "PERSON", "Lotte Brann")] * 2
    # two people share the first name: it names neither
    two = found(
        "Jon Ekker, 40, and his brother-in-law Jon Vard, 38, were rescued. Jon waved to the crowd."
    )
    assert not [m for m in two if m[0] == "Jon"]
    # a company read as a name lends no first name: "Marrow BioSystems ... in Marrow"
    got = found("Marrow BioSystems cut 200 jobs. Its plant in Marrow will close.")
    assert ("Marrow", "PLACE", "Marrow") in got
    assert not [m for m in got if m[0] == "Marrow" and m[1] == "PERSON"]


def test_punctuation_breaks_a_place_verb_from_the_name() -> None:
    got = found('"We have left," Ilka said after Ilka Dornen, 31, was freed.')
    assert ("Ilka", "PLACE", "Ilka") not in got


def test_products_storms_and_events_are_no_entities() -> None:
    got = names(
        "Tarvo Devices launched the Nimbus S4 phone in Kell. The Nimbus S4 costs 600 euros, "
        "engineer Ada Rusk said."
    )
    assert ("Nimbus S4", "PERSON") not in got and ("Nimbus S4", "ORG") not in got
    assert ("Ada Rusk", "PERSON") in got
    assert names("Hurricane Delia flattened homes on the Merrow Islands.") == {
        ("Merrow Islands", "PLACE")
    }
    got = names("The Hallow Book Festival opened on Friday in Ostrey.")
    assert got == {("Ostrey", "PLACE")}


def test_a_byline_names_its_writer() -> None:
    got = names("By Jana Velt\nThe river rose two metres overnight in Dorrow.")
    assert ("Jana Velt", "PERSON") in got


def test_a_name_after_a_title_of_a_place_is_the_holder_not_one_more_place() -> None:
    got = names("The governor of Skarn, Pia Holm, declared an emergency.")
    assert ("Pia Holm", "PERSON") in got
    assert ("Skarn", "PLACE") in got
    # a list of places after a comma stays places
    assert ("Tovar Hills", "PLACE") in names("Snow fell on Arden, Tovar Hills and Bree.")


def test_a_portfolio_after_of_the_is_no_part_of_the_name() -> None:
    got = names("Minister of the Interior Kaspar Wend resigned on Monday. Wend denied it.")
    assert ("Kaspar Wend", "PERSON") in got
    # but a body after "a spokesman for the" is whole
    assert ("Selk Police Department", "ORG") in names(
        "Sgt. Ivo Rann, a spokesman for the Selk Police Department, said so."
    )


def test_facilities_and_trades_name_their_kind() -> None:
    # a prison or a stadium is a place, a firm named for its trade a body, never a person
    got = names(
        "Two inmates escaped from Brannel Prison on Sunday. Fans left Osk Arena early. "
        "Tallow Chemicals and Merrin Foods said sales fell."
    )
    assert ("Brannel Prison", "PLACE") in got
    assert ("Osk Arena", "PLACE") in got
    assert ("Tallow Chemicals", "ORG") in got
    assert ("Merrin Foods", "ORG") in got


def test_a_company_by_its_short_name_after_at() -> None:
    got = found(
        'Brask Motors cut prices on Monday. "Demand is strong," said Ola Fenn, head of '
        "sales at Brask."
    )
    assert ("Brask", "ORG", "Brask Motors") in got
    # an institution named for its town: the town after "in" stays a place
    assert ("Orrel", "PLACE") in names(
        "Orrel University opened a clinic. Students in Orrel welcomed it."
    )


def test_a_name_typed_further_on_is_that_name_where_nothing_typed_it() -> None:
    got = found(
        "Boats from the Blue Anchor reached Sella on Monday. The Blue Anchor said 30 "
        "people were safe."
    )
    assert [m for m in got if m[0] == "Blue Anchor"] == [("Blue Anchor", "ORG", "Blue Anchor")] * 2
    # a run read as a person for want of anything else lends its type nowhere
    text = "Crews of the Tarn Holm helped. Tarn Holm is out of reach, they added."
    assert [m.start for m in find_entities(text)] == [text.index("Tarn Holm is")]


def test_a_place_noun_after_one_lower_case_word_makes_a_place() -> None:
    assert ("Brenn", "PLACE") in names("Drones hit the Brenn oil refinery on Sunday.")
    assert ("Sotka", "PLACE") in names("Workers left the Sotka nuclear plant at dawn.")
    # a lower-case noun that is no place's leaves the name no place
    assert ("Lisk", "PLACE") not in names("Doctors fought the Lisk fever outbreak.")


def test_a_work_or_a_vessel_named_after_its_noun_is_no_entity() -> None:
    got = names(
        "The ferry Marrow Queen sank off Kell. The film Quiet Tide won in Osk, where the "
        "drug Felorex is sold."
    )
    assert got == {("Kell", "PLACE"), ("Osk", "PLACE")}
    # the noun must stand right before the name: "on the ABC program, Ada Voss said"
    assert ("Ada Voss", "PERSON") in names("Speaking on the program, Ada Voss said no.")


def test_a_firm_named_for_its_trade_is_a_body() -> None:
    got = names(
        "Tessel Construction won the bid. Harrow Shipping and Brisk Appliances said sales "
        "fell, as did Moray Capital."
    )
    for firm in ("Tessel Construction", "Harrow Shipping", "Brisk Appliances", "Moray Capital"):
        assert (firm, "ORG") in got


def test_a_body_shortened_to_its_first_words_is_that_body() -> None:
    got = found(
        "Corran Mutual Bank froze withdrawals on Monday. Savers queued outside Corran "
        "Mutual branches, and Corran Mutual said the freeze would end on Friday."
    )
    assert [m for m in got if m[0] == "Corran Mutual"] == [
        ("Corran Mutual", "ORG", "Corran Mutual Bank")
    ] * 2
    # a middle initial makes a person, whatever a list before it holds
    got = names("New members include Vell Capital, Anna T. Sorm and Piet K. Loy.")
    assert ("Anna T. Sorm", "PERSON") in got and ("Piet K. Loy", "PERSON") in got
