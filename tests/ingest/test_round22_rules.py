"""Round 22: news as analysts paste it from news databases, clipping services and the wire
(a LexisNexis-like export's labelled record, a Factiva-like copy's head and "Document" footer,
a newsroom system's slug, editors' note, "(END)" and trailer, an e-edition's folios and jump
lines), and round 21's leftovers of official records."""

from __future__ import annotations

from datetime import date

from desktop.ingest import read_bytes
from desktop.ingest.assemble import without_kicker

LEXIS = """\
                               2 of 5 DOCUMENTS

                 Copyright 2004 Harwell Evening Post Company
                       The Harwell Evening Post (Maine)

                       October 2, 2004 Saturday
                           Late Edition

SECTION: LOCAL; Pg. B2

LENGTH: 301 words

HEADLINE: Ferry fares to rise by a tenth
in winter timetable

BYLINE: By PETER LOWE, Evening Post Staff Writer

BODY:

   Fares on the island ferry will rise by a tenth from November, the operator said on
Friday, blaming the price of fuel.

   Islanders said the rise would hit families who cross daily for school.

LOAD-DATE: October 5, 2004

LANGUAGE: ENGLISH
"""


def test_a_database_exports_labelled_record_names_the_story() -> None:
    article = read_bytes(LEXIS.encode(), "export.txt")
    assert article.title == "Ferry fares to rise by a tenth in winter timetable"
    assert article.source == "The Harwell Evening Post"
    assert article.author is not None and article.author.casefold() == "peter lowe"
    assert article.published == date(2004, 10, 2)
    assert article.published_origin == "metadata"
    assert article.text.startswith("Fares on the island ferry will rise")
    assert article.text.endswith("who cross daily for school.")
    for label in ("LENGTH", "SECTION", "HEADLINE", "BYLINE", "LOAD-DATE", "Late Edition"):
        assert label not in article.text


def test_the_newer_export_heads_the_record_with_the_headline() -> None:
    text = """\
Mine owners agree to fund river clean-up

The Dunmore Courier
April 9, 2019 Tuesday
Copyright 2019 Dunmore Newspapers Ltd All Rights Reserved

Section: NEWS; Pg. 4
Length: 210 words
Byline: Grace Obi

Body

The owners of the old Carrick mine will pay for the clean-up of the river below it, the
council said on Monday.

The work will take two years.

Load-Date: April 10, 2019

End of Document
"""
    article = read_bytes(text.encode(), "uni.txt")
    assert article.title == "Mine owners agree to fund river clean-up"
    assert article.source == "The Dunmore Courier"
    assert article.author == "Grace Obi"
    assert article.published == date(2019, 4, 9)
    assert article.text.startswith("The owners of the old Carrick mine")
    assert article.text.endswith("The work will take two years.")
    assert "End of Document" not in article.text and "Load-Date" not in article.text


FACTIVA = """\
Power restored to most of the island after storm
By Ruth Kemp, Political Editor
418 words
3 November 2021
06:40
The Harwell Evening Post
HAREVP
English
Copyright 2021 Harwell Media Ltd.

Power was restored to most homes on the island on Tuesday, two days after the storm
brought down lines across the north coast.

About 300 homes were still without electricity last night.

License this article from Dow Jones Reprint Service

Document HAREVP0020211103ehb30000k
"""


def test_a_news_services_copy_gives_its_head_and_footer_to_the_record() -> None:
    article = read_bytes(FACTIVA.encode(), "factiva.txt")
    assert article.title == "Power restored to most of the island after storm"
    assert article.author == "Ruth Kemp"
    assert article.source == "The Harwell Evening Post"
    assert article.published == date(2021, 11, 3)
    assert article.published_origin == "metadata"
    assert article.text.startswith("Power was restored to most homes")
    assert article.text.endswith("still without electricity last night.")
    for furniture in ("418 words", "HAREVP", "06:40", "License this article", "Document "):
        assert furniture not in article.text


def test_a_word_count_in_a_story_is_no_service_record() -> None:
    text = (
        "Essay prize goes to a first-time writer\n\nThe winning entry ran to\n"
        "2,000 words\nand was written in a week, the judges said on 3 May 2023.\n"
    )
    article = read_bytes(text.encode(), "story.txt")
    assert "2,000 words" in article.text


WIRE = """\
BC-Harbour-Strike,0312
Eds: UPDATES with union's statement.
Dock workers strike over pay at Port Carrow
By LENA MARSH
Associated Press Writer

   PORT CARROW, Maine (AP) -- About 400 dock workers walked out Tuesday after talks on a
new contract broke down, halting work on three ships.

   The union said the strike would go on until the port's owners made a new offer.

(END)

AP-NY-03-09-04 1515EST
"""


def test_wire_copy_keeps_its_slug_note_end_mark_and_trailer_out_of_the_story() -> None:
    article = read_bytes(WIRE.encode(), "wire.txt")
    assert article.title == "Dock workers strike over pay at Port Carrow"
    assert article.author is not None and article.author.casefold() == "lena marsh"
    assert article.source == "Associated Press"
    assert article.published == date(2004, 3, 9)
    assert article.published_origin == "text"
    assert article.text.startswith("PORT CARROW, Maine (AP) -- About 400 dock workers")
    assert article.text.endswith("made a new offer.")
    for furniture in ("BC-Harbour", "Eds:", "(END)", "AP-NY", "Associated Press Writer"):
        assert furniture not in article.text


def test_an_agencys_credits_and_contacts_under_its_copy_are_not_the_story() -> None:
    text = """\
BC-MINING-CHILE/
UPDATE 2-Chile copper mine halts output after landslide
May 14, 2024

   SANTIAGO, May 14 (Reuters) - A landslide halted output at a copper mine in northern
Chile on Tuesday, its owner said.

   No one was hurt.

(Reporting by Ana Ruiz; Editing by Mark Dale)
((ana.ruiz@example.com; +56 2 0000 0000))
"""
    article = read_bytes(text.encode(), "reuters.txt")
    assert article.title == "Chile copper mine halts output after landslide"
    assert article.published == date(2024, 5, 14)
    assert article.text.endswith("No one was hurt.")
    assert "Reporting by" not in article.text and "example.com" not in article.text


def test_an_agencys_version_tag_is_no_part_of_the_headline() -> None:
    assert without_kicker("UPDATE 1-Oil falls as stocks rise") == "Oil falls as stocks rise"
    assert without_kicker("RPT-WRAPUP 2-Floods cut roads in north") == "Floods cut roads in north"
    # Capitals run on to a word by a hyphen are a word, not a tag.
    assert without_kicker("COVID-Era rules end for schools") == "COVID-Era rules end for schools"


def test_an_e_editions_folios_and_jump_lines_are_the_pages_and_the_cut_sentence_joins() -> None:
    text = """\
THE HARWELL EVENING POST | MONDAY, JULY 7, 2025 | A1

Library to close two branches

By Owen Hart

The county library will close its branches in Eastfield and Marsh End in September, the
board decided on Friday, to save

Continued on Page A4

A4 | MONDAY, JULY 7, 2025 | THE HARWELL EVENING POST

LIBRARY
Continued from Page A1

about $250,000 a year.

Readers have started a petition to keep Eastfield open.

4
"""
    article = read_bytes(text.encode(), "eedition.txt")
    assert article.title == "Library to close two branches"
    assert article.source == "The Harwell Evening Post"
    assert article.author == "Owen Hart"
    assert article.published == date(2025, 7, 7)
    assert "to save about $250,000 a year." in article.text
    assert article.text.endswith("petition to keep Eastfield open.")
    for furniture in ("Continued", "A4 |", "LIBRARY"):
        assert furniture not in article.text


def test_a_records_heading_under_the_sites_name_and_date_line_is_its_title() -> None:
    text = """\
Official Report
Northland Assembly
Plenary Chamber
Volume 41: debated on Tuesday 14 January 2025

Ferry Subsidies

Share this debate

Ewan Roy (Skerry) (Ind)
What assessment has the Government made of the ferry subsidy scheme since it was widened to cover freight.

The Minister for Islands (Ruth Mair)
The scheme has carried 12 per cent more freight this winter than last, and we will publish a full assessment in the spring.
"""
    article = read_bytes(text.encode(), "debate.txt")
    assert article.title == "Ferry Subsidies"
    assert article.source == "Northland Assembly"
    assert article.published == date(2025, 1, 14)
    assert article.text.startswith("Ewan Roy")
    assert "Official Report" not in article.text and "Plenary Chamber" not in article.text


def test_an_organs_name_over_a_meeting_summarys_long_headline_is_a_label() -> None:
    text = """\
Harbour Nations Union
Meetings Coverage

HNU/2231
9 April 2025
General Assembly
41st Meeting (PM)

General Assembly Adopts Resolution on Safety of Fishing Crews, Calling for Common Standards by 2027

The General Assembly today adopted a resolution calling on its members to agree common safety standards for fishing crews by 2027, after a year in which more than 300 crew members died at sea.

The resolution was adopted by 141 votes to none, with 12 abstentions.
"""
    article = read_bytes(text.encode(), "summary.txt")
    assert article.title is not None and article.title.startswith(
        "General Assembly Adopts Resolution"
    )
    assert article.source == "Harbour Nations Union"
    assert article.text.startswith("The General Assembly today adopted a resolution")


def test_a_heading_dated_where_it_is_printed_under_the_issuer_titles_a_briefing() -> None:
    text = """\
Ministry of Foreign Affairs of Northland
Home > Media > Briefings

Weekly Press Briefing – April 2, 2025

Transcript
Karl Berg, Ministry Spokesperson
Briefing Room
11:02 a.m.

MR BERG: Good morning. I will start with the minister's visit to Oslo on Friday, and then take questions.

QUESTION: Will the minister meet her Danish counterpart?

MR BERG: Yes, on Friday afternoon.
"""
    article = read_bytes(text.encode(), "briefing.txt")
    assert article.title == "Weekly Press Briefing – April 2, 2025"
    assert article.source == "Ministry of Foreign Affairs of Northland"
    assert article.published == date(2025, 4, 2)
    assert article.published_origin == "text"
    assert article.text.startswith("MR BERG: Good morning.")
    assert "Briefing Room" not in article.text and "Ministry Spokesperson" not in article.text


def test_the_place_a_hearing_sat_in_under_its_heading_is_the_headings() -> None:
    text = """\
FUTURE OF RURAL POST OFFICES

HEARING
BEFORE THE
COMMITTEE ON RURAL AFFAIRS
HOUSE OF REPRESENTATIVES

WEDNESDAY, MAY 7, 2025

Printed for the use of the Committee on Rural Affairs

FUTURE OF RURAL POST OFFICES

WEDNESDAY, MAY 7, 2025

House of Representatives,
Committee on Rural Affairs,
Washington, DC.

The committee met, pursuant to notice, at 9:30 a.m., in room 1300, Longworth House Office
Building, Hon. Carla Dunn (Chairwoman of the committee) presiding.

Mrs. DUNN. The committee will come to order. We meet today to hear how the closure of rural post offices has affected the towns they served.
"""
    article = read_bytes(text.encode(), "hearing.txt")
    assert article.title is not None and article.title.casefold() == "future of rural post offices"
    assert article.text.startswith("The committee met, pursuant to notice")
    assert "Washington, DC." not in article.text
