"""Round 54: a day that names the noun after it is no scene for the clock times that follow.

"... more than two years after they were seized in the Oct. 7, 2023, attack that ignited the
war. The first seven were handed to the Red Cross shortly after 8 a.m., and the remaining 13
before noon" (wire78) dated both times on 7 October 2023: the day of the sentence before was
taken as the scene. "Monday's ballot" was already known to name an event, not a scene; now
a day after a determiner and before a plain noun ("the Oct. 7, 2023, attack", "the March 4
election", "the New Year's rollover") is read the same way, and an account's last full date
is not such a day either.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 6, 9)  # a Monday


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, PUB)}


def test_a_day_naming_its_event_is_no_scene():
    text = (
        "Rebels in Ostrava freed the last 20 hostages on Monday, two years after they were "
        "seized in the June 2, 2029, raid that began the war. The first seven were handed over "
        "shortly after 8 a.m., and the remaining 13 before noon, the army said."
    )
    found = _values(text)
    assert found["shortly after 8 a.m."] == "2031-06-09T08:00"
    assert found["noon"] == "2031-06-09T12:00"


def test_a_day_of_the_scene_still_dates_the_times_after_it():
    text = (
        "Rebels in Ostrava seized 20 hostages on June 2, 2029. The first seven were taken "
        "shortly after 8 a.m., the army said."
    )
    assert _values(text)["shortly after 8 a.m."] == "2029-06-02T08:00"


def test_a_part_of_day_after_a_day_naming_its_event_is_the_story_day():
    text = (
        "Rebels in Ostrava declared a ceasefire on Monday, two years after the June 2, 2029, "
        "raid that began the war. Thousands of families began walking home at dawn."
    )
    assert _values(text)["dawn"] == "2031-06-09TMO"


def test_that_night_still_points_back_to_the_day_just_told():
    text = (
        "The trial opened on Monday. Arne Vost, who had accepted a ride from the men on "
        'June 7, 2029, was found on the road. "My son walked home that night," his father said.'
    )
    assert _values(text)["that night"] == "2029-06-07TNI"
