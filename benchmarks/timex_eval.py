"""Score the time-expression engine on the TempEval-3 training corpus (TimeBank and AQUAINT).

TempEval-3 rules: the text is the <TEXT> element with its tags stripped; a found expression
matches a gold one when their character spans overlap (one-to-one); relaxed P/R/F1 count those
matches, strict P/R/F1 only exact-extent ones; type and value accuracy are over the matches;
value F1 = value accuracy x relaxed F1. The document creation time (the DCT) is the anchor and
is not scored.

TimeBank is the development set. It is mostly Wall Street Journal financial news, so it is also
scored in two halves: its WSJ documents and the others (AP, ABC, CNN, NYT, PRI, VOA...), which
read like the general wire news an analyst follows; work is judged on the second half first,
and a gain on the WSJ half alone is suspect. A third set, ``data/timex_dev_wire.jsonl``, holds
wire-style sentences written and annotated for this project. AQUAINT is held out: only its
totals are printed, never its errors. So is ``data/timex_heldout_blind.jsonl`` ("blind"):
international news sentences of 2023-2026 (numeric dates in several conventions, clock times
with zones, holidays, day-of-month alone) annotated before the engine was ever run on them and
never tuned on since.
Conventions where our annotators and TimeBank part ways are settled by TimeBank, the
TempEval-3 corpus the issue names: "three days later" is the span ("three days", P3D) with
"later" left out, as all of TimeBank's examples mark it, although most of our own sets mark it
as the date it reaches; a rate of an amount ("10,000 units annually") is left unmarked, as
TimeBank leaves it four times in five. Those sets lose a few points on these expressions; their
gold was not rewritten to agree with the engine.
A bare weekday, month, season or quarter goes back or ahead by the verb nearest it, so a word
wrongly read as a tense sends it a week or a year off. Round 50 audited those cues: the cue that
decided each such expression over the development text (TimeBank, every wire set, facts_dev*,
the packs of rounds 1-9 and the seeds; never AQUAINT nor blind) was logged through a patched
copy of Context._nearest_tense kept outside the repo: 10,260 expressions (3,786 ahead, 6,474
back) and 926 cue words; of the 8,274 with gold, 197 were wrong before the round and 180 after.
The false cues it found and fixed by kind: capitalised names in -ed ('Abiy Ahmed', 'Armed
Services'), a plain verb after a pluperfect plan ('had planned to open'), the object of a past
plan or expectation ('planned a vote on Saturday'), 'than/as ... expected', a time that opens
its sentence ('On Thursday, the minister said he would resign'), a pledge's 'to' as a
preposition, 'next' in compounds and counted spans, a reported prospect ('said more rain was
possible'), an act recalled with 'as' ('as agreed in March'), an -ed adjective after any
preposition ('behind closed doors'), a company forecast against estimates, and a time naming
the noun after it ('its March forecast'). Left as found: reduced relatives in a future sentence
('bills mailed in August'), lapsed plans whose day the text does not tell, events named by
nouns ('after its debut on March 4').
Round 51 ran the same audit on HEAD 300d1e1a (180 wrong of 8,274) and after its fixes (171
wrong of 8,261; 10,245 expressions decided by a cue: a weekday in an 'after V-ing' clause is now
dated from the main clause's day, not by a tense), nine fixed and none made wrong: 'end/play/
vote' after 'which/that' ('the Olympics, which end Sunday'), a naming participle ('a crater
called Jezero on Feb. 18'), 'expected' awaiting its time ('a contest expected over the summer',
'was now expected later this week, possibly on Friday'), an -ed participle set off by commas
(', dropped in 2020, from Dec. 15'), and a weekday in an 'after V-ing' clause, the latest one
before the main clause's day ('vote on Friday ..., after rejecting him on Monday', 'weakened
Saturday after coming ashore late Friday'). A time reckoned past the calendar's ends (a
publication date of 1 January 1 or 31 December 9999) is now unresolved with a reason, not
clamped. 'the talks end on Friday' already looked ahead. Left as found: 'after its debut on
March 4' (a noun's event beside a future plan), reduced relatives in a future sentence, a
causative 'will have them collected on Tuesday', a subject ending in a name before a plain
present ('Negotiations in Geneva end on Friday' still reads back).
Round 52 ran the audit again on HEAD 69e63fb6 (171 wrong of 8,261) and after its fixes (156
wrong of 8,255; 10,239 expressions decided by a cue): seven fixed by a cue read right and
eight moved out of the tense-decided rows to a rule with the gold value, none made wrong. Fixed: a
reduced relative after a 'will' verb's prepositional noun ('will appear on bills mailed in
August'), the past of a condition on a 'would' ('would close the plant on Monday if the strike
continued', 'if they had not reached a verdict by Friday evening') and an irregular past form
after a modal ('would lay off'), an attribution closing the sentence when the report's verb
further left is a 'will' ('will begin selling ... in August, city officials said'), a deadline
set in a demand ('ordered residents to leave by noon Sunday', 'demanded that he resign by
Friday'), and a day owned by 'next year's' ('next year's ceremony on March 21'); and, with no
dev text to move, 'next year in June' now reads next June. Left as found: instructions in the
passive with an infinitive ('were told to prepare for elections on May 7'), 'originally
scheduled to begin Monday' (which side of publication the original day lies is not told),
fiscal quarters 'ended Sept. 30', and the kinds round 51 left.
Round 53 ran the audit on HEAD 64a0efe4 (156 wrong of 8,255) and after its fixes (141 wrong
of 8,202; 10,178 expressions decided by a cue; /work/t53/audit3.py, scratch), with the patched
copy also logging every cue that competed, its kind and weight. Weights: where cues of opposite
direction compete (2,187 such expressions with gold on a known side of publication), the
nearest-weighted cue was right in 2,138 and the runner-up in 44; no pair of cue kinds had the
runner-up right more often than the winner (the worst, a past verb to the left beating a modal
further left, 14 to 7), so the weights stand and the fixes went to false cues. The 255
expressions with no cue located (mostly a clock time with its day, whose cue is logged for the
inner span) were right in 108 of the 113 with gold. Fixed: a date in a phrase after 'after'
under a future ('seven months after its debut on March 4': the nearer one), a plan named as the
original one ('originally scheduled to begin Nov. 3': the nearer one; a weekday only when the
change is told), a plural subject with its place before a fixture's plain verb ('Polls in the
state close at 7:30 p.m. on Tuesday'), 'expected in March' before a past verb ('Growth expected
in March failed'), a deadline told with its outcome ('to disperse by 10 p.m. Friday, and it
did'), 'a plan to' after a determiner (a noun), the past of a clause of time on a 'would'
('would not sign before he had consulted his party on Thursday'), a hyphened prefix ('will be
re-released Friday') and the base of a change ('up from their forecast of 2.8% in March': the
latest one). Left as found: instructions in the passive ('were told to prepare for elections on
May 7'; 'were ordered to leave their homes Thursday' reads right back), a future-in-the-past
under a pluperfect expectation ('had estimated the oxygen would run out at 7 a.m. Thursday'), a
noun's event named by its time ('the Monday evening flight', 'for the April 17 election'), a
lapsed plan told with its outcome in a relative clause ('Voting, which was scheduled to start at
8:30am on Saturday, began hours late'), old events retold with no year (anniversary stories).
Round 54 audited the resolver's other choices the same way (/work/t54/audit.py, scratch, outside
the repo): every matched expression of the development text with gold (TimeBank and every wire
set; never AQUAINT nor blind), keyed by its explanation and grouped by family, right and wrong
counted and the wrong sorted by kind (granularity, year, anchor or day off, DATE against
DURATION, PAST_REF against a date). Wrong values of 43,421 matched, session start 64a0efe4 ->
381158d0 (round 53's commits of the same session included; wrong types 350 throughout):
  family                                          matched  wrong values   mostly
  clock times                                        5029   326 -> 315    the day taken (268)
  chained (N later, the next/same/that + unit)       1895   325 -> 323    anchor (146), type (137)
  bare month or month-day                            6637   141 -> 132    year (105)
  weekdays                                           8181   127 -> 123    a week off (111)
  other (parts of day, overnight, the week)          1391   103 -> 103    anchor (80)
  durations                                          6208    84 ->  84    type (70)
  quarters, halves, fiscal years                      850    67 ->  61    year (24), anchor (20)
  seasons, holidays                                  1317    66 ->  65    anchor (29), year (26)
  REF words (now, recently, today as the present)    1109    58 ->  56    type (41), REF (17)
  this/last/next/the past/the coming + unit          3289    51 ->  51    a week off (30)
  X ago                                               694    36 ->  36    granularity (18)
  decades, centuries                                 1304    31 ->  31    P10Y or P1E (22)
  SET                                                1097    23 ->  23
  today, tonight, tomorrow, yesterday                 760    19 ->  19
  explicit dates and years                           3660    10 ->  10
  total                                             43421  1467 -> 1432
Fixed by the round, 28 rows made right and 2 made wrong: a 'Today' set against an age gone, in
quotes too ('"Ten years ago I had 40 customers," he said. "Today I have 15"', PRESENT_REF; the
two it costs, wire24 and wire27, are sets whose annotators read the day where TimeML's
'nowadays' reading holds); the first day of a range taking the year at its end ('from Oct. 26 to
Nov. 1 last year'); 'Four years ago, the race was not called until Nov. 7'; a day naming its
event ('the Oct. 7, 2023, attack') or a background date of a subordinate clause ('after the
assembly adopted it on November 26, 1949', more than 30 days back) set no scene for the clock
times and parts of day after them; 'the current fiscal year, which ends in March' named by the
calendar year holding most of it, and the US government's year told as begun in a story of
Congress ('seven weeks after the fiscal year began'); 'a Long March 2C rocket' is no March 2.
Left, because the sets or TimeBank split on them: 'overnight' (the night before the publication
day or of it), 'recent weeks' and 'recent months' (DURATION PXW or DATE PAST_REF: TimeBank and
its practice sets say DURATION, our other sets DATE), 'the fiscal year ended ...' (DURATION or
DATE), 'a year earlier' after 'the quarter ended Sept. 29' (the quarter a year back fixes four
wire rows but TimeBank keeps the day twice, so it was dropped), 'now', 'current' and 'Y2K' left
unmarked about a time in four, the span of 'two days later' (TimeBank's convention, which our own
sets do not follow), a weekday with no tense in listings and questions ('the primary on
Tuesday?'), narratives told by 'that spring', 'the following April' after background years, and
clock times on a day the text never names. Whole timex_eval, session start -> 381158d0: wire7
92.98 -> 93.18, wire31 92.16 -> 92.93, wire33 95.03 -> 95.20, wire35 96.69 -> 97.24, wire39 95.61
-> 95.85, wire50 98.05 -> 98.31, wire57 98.10 -> 98.37, wire58 97.77 -> 98.03, wire65 93.17 ->
93.44, wire69 94.37 -> 94.80, wire76 97.13 -> 97.71, wire78 94.36 -> 95.15, wire79 95.81 ->
96.21, wire93 96.30 -> 96.57, wire96 88.95 -> 89.21, wire101 95.26 -> 96.39, wire103 98.16 ->
98.41, wire113 97.52 -> 98.14, wire24 96.65 -> 96.46, wire27 98.11 -> 97.90 (and round 53's
wire15, 19, 43, 55, 67, 72, 102, 104); TimeBank 86.30, AQUAINT totals 75.23 (relaxed 92.70,
value accuracy 81.16, type 91.49) and blind 96.73 unchanged: none of these families, as the dev
text has them, moves AQUAINT's total.
Round 55 checked the engine against the TimeML 1.2.1 TIMEX3 rules where our dev data are silent:
32 rows of constructions (durations against dates, quantified sets, PRESENT/PAST/FUTURE_REF, words
that are no time, TIME against DATE, quarters, holidays, seasons, the weekend, 'mid-', 'the end
of'), each counted in TimeBank's gold and probed with sentences of our own (wire121); the table is
in the message of the round's first commit (18fc52ef), its scripts in /work/t55 (scratch). On 30
rows the engine already reads as TimeBank does, or TimeBank (or our sets) split or leave them
unmarked: ages, 'then', rates ('40 trips a day'), adjectival 'daily', 'the early hours of Sunday'
(DATE, as TimeBank's 'early Monday'), 'a decade' (TimeBank's one P1E against our sets' 136 P10Y).
Brought to the guidelines, each with no TimeBank example against: 'the early/late' part of a day
('in the late afternoon', 'the early morning hours') is TIME; a hyphened length before a noun
('decade-long', 'hour-long', 'years-long') is its DURATION; 'a quarter of a century' is P25Y, not
P100Y; a count of nights is so many days ('for two nights', P2D); a part of any day ('most
afternoons', 'in the evenings') is a SET; 'daily' after its verb is a SET whatever word follows
('deployed daily near mosques'); 'at this point' opening its clause is PRESENT_REF; and uncounted
units told as a length ('months of twists and turns', 'weeks late', 'days or weeks', one span as
TimeBank's 'weeks or months'). Session start f0bb6211 -> 43862bb9: TimeBank value F1 86.30 ->
86.34, relaxed 95.49 -> 95.53, strict 91.25 -> 91.37, type 98.16; blind 96.73 unchanged; 20 wire
sets gained and none lost (wire121 87.79 -> 87.88); AQUAINT totals value F1 75.23 -> 75.27,
relaxed 92.70 -> 92.88, type 91.49 -> 91.34, value accuracy 81.16 -> 81.05 (reported, not chased).
Last, a number a few words before 'a week' is no rate's amount when the word after it only joins
the clause ('recess on Nov. 19 for a week', 'in November 2023, lasted a week'): wire34, 39, 91, 96
and 100 up, wire22 down (its gold leaves 'after a decade of strong growth' unmarked, wire96's
marks the same shape); TimeBank, AQUAINT and blind unchanged.
Run: .venv/bin/python benchmarks/timex_eval.py [--show-errors timebank|timebank-wsj|timebank-other|wire|wire2..wire121]
     .venv/bin/python benchmarks/timex_eval.py --errors-dir DIR   (every dev set's errors, a file
     a set, for diffing two versions of the engine; the held-out sets are never written)
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.extract.timex import find_timexes


def shared_dir() -> Path:
    env = os.environ.get("FACTLANE_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1] / ".." / "shared"


CORPORA = {
    "timebank": "TimeBank",
    "aquaint": "AQUAINT",
}
WIRE_SET = Path(__file__).resolve().parent / "data" / "timex_dev_wire.jsonl"
# whole wire articles of 1998-2000, written and annotated for this project before the engine
# was run on them: AP and New York Times news (wire2), Xinhua and other international wires
# (wire3), New York Times features and analyses (wire4), AP roundups: markets, sport, weather,
# courts (wire5), day-by-day chronologies (wire6), international news of 2023-2026 (wire7),
# broadcast transcripts and business copy (wire8), reports, rulings and releases (wire9),
# regional web news of 2015-2026 from the UK, Ireland, Australia, Canada and the US (wire10),
# conflict reporting, live blogs and fact-checks of 2014-2026 (wire11), obituaries,
# anniversaries and other long-range history in news of 1995-2026 (wire12), business and
# markets of 2015-2026 (wire13), politics, courts and government of 2019-2026 (wire14), sport,
# culture, science and health of 2010-2026 (wire15), and 1998-2000 wire annotated strictly by a
# convention sheet drawn from TimeBank's own non-WSJ documents (wire16), English-language news
# of Asia, Africa, the Middle East and Latin America of 2000-2026 (wire17), and spoken news:
# broadcast and podcast transcripts of 2012-2026 (wire18), state news agencies and
# international wires of 1996-2001 (wire19), features, columns, editorials and analyses of
# 1995-2025 (wire20), and press releases, filings and police logs with the stories written
# from them, 2005-2026 (wire21), wire-service factboxes, timelines and explainers of
# 2000-2026 (wire22), local news, weather and police copy of 2010-2026 (wire23), sports wire
# copy of 1996-2026 (wire24), science, health, technology and space news of 1996-2026
# (wire25), US and world news of 1996-2000 annotated strictly by TimeBank's practice (wire26),
# parliaments, diplomacy and international institutions, 1996-2026 (wire27), and English-language
# European and post-Soviet outlets of 2014-2026: the war in Ukraine, EU politics (wire28), arts,
# entertainment, travel and listings copy of 2000-2026, heavy in schedules and recurring times
# (wire29), holidays, religious and cultural calendars, school and fiscal years around the world
# of 1998-2025 (wire31), and day-two and follow-up stories of disasters, crimes and rescues, 1996-2026, told hour by hour
# days after the event (wire30), calendar copy of 1996-2026: almanacs, daybooks, week-ahead
# previews, corrections, forecasts and service notices (wire32), personal finance, consumer,
# labour and benefits news of 1996-2026 (wire33), and military and defence reporting of
# 1996-2026, from Desert Fox and Kosovo to Ukraine and Gaza (wire34), English-language state and
# official media of 2008-2026: KCNA, IRNA, TASS, Xinhua, SANA, Anadolu and others (wire35), and
# judgments, inquiry and accident reports and OSINT reconstructions of 1995-2026 (wire36),
# weather, climate and disasters of 1996-2026, most from 1998-2000 newswire (wire37),
# humanitarian and public-health situation reports of 2000-2026, with epidemiological weeks and
# reporting periods (wire38), elections, campaigns and polls of 1996-2026 (wire39), regional and
# state newswire of 1998-2000 (wire40), technology, transport and space news of 1998-2026
# (wire41), and 1998-2000 newswire of five more kinds: business and markets (wire42), diplomacy
# and conflict (wire43), mixed copy annotated by TimeBank's own counted practice (wire44), crime,
# courts and accidents (wire45), correspondents' copy from Latin America, Africa and Asia
# (wire46), health and science (wire47), Xinhua on China's economy and policy (wire48),
# entertainment and media (wire49), obituaries and profiles (wire50), a second set annotated
# by TimeBank's counted practice (wire51), and two more so annotated: broadcast transcripts as
# TimeBank's ABC, CNN, PRI and VOA files are (wire52) and business copy as its WSJ files are
# (wire53); then sixteen more, each written before the engine ran on it: NYT features by
# TimeBank's NYT practice (wire54), sport (wire55), Xinhua and APW foreign desks with dated
# datelines (wire56), weather and disasters (wire57), US politics by TimeBank's practice
# (wire58), news-digest briefs (wire59), APW by its TimeBank files (wire60), NYT domestic news by
# its TimeBank files (wire61), Xinhua general news (wire62), follow-up and running stories
# (wire63), APW multi-day crises by TimeBank's practice (wire64), NYT life stories (wire65),
# state-wire local news (wire66), world economic copy by TimeBank's WSJ practice (wire67),
# modern wire of 2015-2026 by TimeBank's practice (wire68) and Xinhua and APW on science,
# culture and sport (wire69), tick-tock reconstructions with clock times paragraphs after
# their day (wire70), the boundaries between types by TimeBank's practice (wire71), reaction
# and commentary (wire72), year-end, Y2K and millennium copy (wire73), earnings releases by
# TimeBank's WSJ practice (wire74), Asia-Pacific copy whose weekdays are local (wire75), US
# Congress and budget copy (wire76), Middle East copy of 1998-2000 (wire77), modern conflict
# and OSINT copy by TimeBank's practice (wire78), modern live pages (wire79), anniversary and
# history pieces (wire80), government briefings (wire81), modern business and markets by
# TimeBank's WSJ practice (wire82), court and investigation copy (wire83), science, health and
# climate (wire84), regional English-language media outside the US and UK (wire85), modern
# sport (wire86), culture and streaming (wire87), weather and disasters (wire88), technology
# and AI news (wire89), modern broadcast and podcast transcripts (wire90), modern local news
# (wire91), modern election and politics copy by TimeBank's practice (wire92), press
# releases and official statements (wire93), chronologies (wire94), fact-checks (wire95),
# long-form features (wire96), aviation and maritime incidents (wire97), wire copy with its
# furniture (wire98), social-media posts (wire99), parliamentary records (wire100), 1998-2000
# copy by TimeBank's counts (wire101), 1998-2000 Xinhua and AP world copy (wire102), 1998-2000
# US newspaper copy (wire103) and 1998-2000 wire copy annotated by the TimeML 1.2.1 guidelines'
# type rules: AP briefs, NYT features, Xinhua dispatches, financial and sports wires (wire104 and
# wire105), and 1998-2000 wire copy by the same guidelines on the shapes those sets had little
# of: long chains of reference dates in trials, strikes and diplomatic shuttles, holidays told
# after the holiday, weeks ended and recent weeks (wire106), and schedules told in the present,
# quarters and halves, ages and anniversaries, SETs and vague durations (wire107), and 1998-2000
# Xinhua copy told 'here today', AP business briefs on fiscal quarters, NYT analyses with
# 'a generation ago' and 'the coming decade', obituaries, election nights across time zones and
# sports results with seasons (wire108), and 1998-2000 commodity, farm and energy wire copy:
# crop and marketing years, harvests, OPEC meetings, monsoons, freezes and heating seasons (wire109),
# and 1998-2000 wire copy of five shapes the sets had least of: trials told over several days ('will
# resume Monday', 'a week from today', 'the previous day'), diplomatic shuttles across time zones
# ('early Saturday local time', 'late Friday EDT', 'where it was still Monday night'), features
# told in the vague present, past and future ('these days', 'for the time being', 'lately'),
# launches and science ('0912 GMT on Wednesday', 'the middle of the next decade') and quarterly
# results ('the year-ago period', 'the latest period', 'fiscal 1999'), with two year-in-review
# pieces published on 2 January (wire110), and 1998-2000 education and labour copy: school years
# ('the 1999-2000 school year', 'next school year'), semesters and terms, commencements, teacher,
# nurse, transit and factory strikes with contract deadlines at a clock time ('at 12:01 a.m.
# Saturday', 'at midnight Monday', 'expires at 11:59 p.m. Sunday'), cooling-off periods and
# make-up days (wire111), and 1998-2000 sports wire and weather and disaster wire: seasons ('next
# season', 'two seasons ago'), games 'Monday night', 'Sunday's singles', 'the Sunday before',
# hurricanes, ice storms, tornadoes and floods told 'by late Thursday', 'over the next 48 hours',
# 'overnight Wednesday', 'until the weekend' (wire112), and 1998-2000 financial wire with fiscal
# years off the calendar ('the 13 weeks ended May 1', 'year to date', 'a week ago Friday', 'the
# past two trading days'), obituaries and anniversaries ('Thirty years ago Friday', 'Fifty years
# ago this month', 'the 1940s') and military and diplomatic copy across time zones ('5 p.m. EST
# Wednesday', 'where it was still Friday evening') (wire113), and late-1990s US and international
# wire of the TimeML era told against its date: markets, diplomacy, courts, elections and
# disasters with weekdays before and after the DCT, 'a year ago', 'the latest quarter', 'the past
# two weeks', 'next spring', 'the 1980s', fiscal years, 'now', 'currently', 'recently', 'the same
# day', durations with and without numbers and SETs (wire114 and wire115), and wire news of
# 1998-2026 on what value F1 still lost on general news: weekdays after a past participle
# ('aid workers kidnapped on Monday remain in captivity', 'the ferry, seized on Tuesday, is
# now...') beside ones that point ahead ('the vote scheduled for Monday'), reported speech ('said
# on Monday it would decide on Thursday'), months told in the past and future around the DCT,
# 'the same day', 'that week', 'earlier this month', 'late on Tuesday', seasons, halves, quarters
# and fiscal years, decades, 'the past 24 hours', durations beside dates; ages are left unmarked
# as TimeBank leaves '52 years old' (wire116: 26 articles, 118 expressions; first run, before any
# change: relaxed F1 100.00, strict 98.31 ('shortly before 3 a.m. on Wednesday' taken whole),
# value F1 100.00: the engine already read every one of these shapes),
# and narratives told by reference to their own days: 'The next day', 'the following
# afternoon', 'closed since Monday', 'the following weekend', 'Last summer's drought', 'the
# winter of 1987', 'the middle of next week', 'three weeks ago', 'later this week', quarters
# named twice ('third-quarter profit', 'results for the quarter'), a holiday-free run of
# weekdays before and after the DCT, and lengths beside them (wire117: 22 articles, 88
# expressions; first run on the round-48 engine of 36243d9f: relaxed F1 100.00, value F1 96.59;
# 'will be reviewed in two weeks' stays P2W as the wire sets mark it, though the engine makes a
# span in a future clause the date it reaches), and late-1990s wire of the kinds AQUAINT
# holds: Xinhua economic and provincial reports ('the first seven months of this year', 'the
# same period last year', 'here today', 'the coming year', 'the Tenth Five-Year Plan'), AP
# business, sports, weather, courts and Congress briefs ('fiscal 1999', 'the current
# session', 'overnight Thursday', 'earlier in the day', 'the end of next week', 'the 1990-91
# season'), NYT features ('the past decade', 'in recent years', 'the turn of the century',
# 'Fifty years ago this month') and millennium copy ('the millennium', 'Y2K', 'the 21st
# century', 'midnight Friday') (wire118: 25 articles, 117 expressions, written and annotated
# before any run; first run on 17f4d7fd: relaxed F1 97.50, strict 95.00, value F1 95.83:
# 'the first seven months of this year' marked whole where most of our sets split it, 'the
# current session' and 'the Tenth Five-Year Plan' left unmarked where TimeBank marks
# 'current' and 'five-year' about half the time, 'the last year of the Tenth Five-Year Plan'
# read as last year, 'As the millennium approaches' read as the years 2000-2999, 'earlier in
# the day' after 'overnight Thursday' read as Thursday where the gold has the day of the
# report, Friday), and whole late-1990s stories of the length AQUAINT's are (wire119: 5
# articles of 120-270 words, 77 expressions: an APW bombing story told over four days with
# its background, an NYT feature on a plant's closing told back to the 1950s, a Xinhua city
# report under a dateline a day before publication, an APW trial story whose second half
# tells the night of the killing a year and a half before, and an APW avalanche story;
# written and annotated before any run; first run on 756b4cf5: relaxed F1 99.35, value F1
# 94.19: 'a trip that was to have begun Wednesday' read as the Wednesday gone, 'on the night
# shift' read as a night, 'He was charged in March' after 'the night of Jan. 14, 1999. Two
# days later' read as this March, and 'had died between 7 p.m. and 10 p.m.' read on the day
# of the testimony, not the night of the death), and five more such whole stories (wire120:
# 635 words, 56 expressions: an NYT merger story told back to 'the spring of 1996' with 'late
# that night' and 'at least four months', a Xinhua visit under a dateline a day before
# publication with 'tomorrow morning' and 'the first half of this year', an AP football story
# with 'Two weeks ago' and a game clock ('with 1:48 left', no time), an AP Congress story with
# 'Every spring' and 'the Easter recess', and an AP hurricane story told a week on ('last
# Thursday night', 'By Sunday'); first run on a2ffec81: every figure 100.00, and one-sentence
# probes of the TimeML 1.2.1 TIMEX3 rows round 55 checked (wire121: 138 sentences, 133
# expressions, all published Monday 10 August 1998: spans and points ('the past three years',
# 'three years ago'), halves, decades, possessives, quantified sets ('twice a week', 'every two
# years', 'twice daily'), PRESENT/PAST/FUTURE_REF, words that are no time ('former', 'once',
# 'a moment', 'a long time'), parts of day, holidays, seasons, the weekend, 'the latest quarter',
# 'mid-August', 'the end of the year', '-long' compounds; labelled before any run; first run on
# f0bb6211 with 135 expressions: relaxed F1 96.21, strict 90.15, type 96.85, value F1 86.36;
# three labels changed after it: 'Hours' PXH -> PTXH (a slip: hours take the T), and '57-year-old'
# and 'Since then' unmarked, as TimeBank leaves all 5 of its ages and 21 of its 23 'then')

WIRE_ARTICLES = {
    name: Path(__file__).resolve().parent / "data" / f"timex_dev_{name}.jsonl"
    for name in (
        "wire2",
        "wire3",
        "wire4",
        "wire5",
        "wire6",
        "wire7",
        "wire8",
        "wire9",
        "wire10",
        "wire11",
        "wire12",
        "wire13",
        "wire14",
        "wire15",
        "wire16",
        "wire17",
        "wire18",
        "wire19",
        "wire20",
        "wire21",
        "wire22",
        "wire23",
        "wire24",
        "wire25",
        "wire26",
        "wire27",
        "wire28",
        "wire29",
        "wire30",
        "wire31",
        "wire32",
        "wire33",
        "wire34",
        "wire35",
        "wire36",
        "wire37",
        "wire38",
        "wire39",
        "wire40",
        "wire41",
        "wire42",
        "wire43",
        "wire44",
        "wire45",
        "wire46",
        "wire47",
        "wire48",
        "wire49",
        "wire50",
        "wire51",
        "wire52",
        "wire53",
        "wire54",
        "wire55",
        "wire56",
        "wire57",
        "wire58",
        "wire59",
        "wire60",
        "wire61",
        "wire62",
        "wire63",
        "wire64",
        "wire65",
        "wire66",
        "wire67",
        "wire68",
        "wire69",
        "wire70",
        "wire71",
        "wire72",
        "wire73",
        "wire74",
        "wire75",
        "wire76",
        "wire77",
        "wire78",
        "wire79",
        "wire80",
        "wire81",
        "wire82",
        "wire83",
        "wire84",
        "wire85",
        "wire86",
        "wire87",
        "wire88",
        "wire89",
        "wire90",
        "wire91",
        "wire92",
        "wire93",
        "wire94",
        "wire95",
        "wire96",
        "wire97",
        "wire98",
        "wire99",
        "wire100",
        "wire101",
        "wire102",
        "wire103",
        "wire104",
        "wire105",
        "wire106",
        "wire107",
        "wire108",
        "wire109",
        "wire110",
        "wire111",
        "wire112",
        "wire113",
        "wire114",
        "wire115",
        "wire116",
        "wire117",
        "wire118",
        "wire119",
        "wire120",
        "wire121",
    )
}
BLIND_SET = Path(__file__).resolve().parent / "data" / "timex_heldout_blind.jsonl"
# the held-out sets: their totals are reported, their errors are never printed
HELD_OUT = "aquaint"
BLIND = "blind"


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Document:
    name: str
    text: str
    dct: date
    gold: list[GoldTimex] = field(default_factory=list)


_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> Document:
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", raw)
    if dct_match is None:
        raise ValueError(f"{path.name}: no creation time")
    dct_value = dict(_ATTR.findall(dct_match.group(0)))["value"]
    dct = date.fromisoformat(dct_value[:10])
    body_start = raw.index("<TEXT>") + len("<TEXT>")
    body_end = raw.index("</TEXT>")
    body = raw[body_start:body_end]
    pieces: list[str] = []
    length = 0
    gold: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            gold.append(GoldTimex(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
    tail = html.unescape(body[pos:])
    pieces.append(tail)
    text = "".join(pieces)
    gold = [GoldTimex(g.start, g.end, text[g.start : g.end], g.type, g.value) for g in gold]
    return Document(path.stem, text, dct, gold)


def load_corpus(name: str) -> list[Document]:
    folder = shared_dir() / "corpora" / "tbaq" / CORPORA[name]
    return [read_tml(p) for p in sorted(folder.glob("*.tml"))]


def is_wsj(doc: Document) -> bool:
    """Wall Street Journal documents (``wsj_0006``, ``WSJ900813-0157``)."""
    return doc.name.lower().startswith("wsj")


def load_wire_set(path: Path = WIRE_SET) -> list[Document]:
    """Our own wire sentences: one JSON object a line, ``{"published", "text", "timexes"}``.

    Each gold expression gives its ``text``, ``type`` and ``value``; it is found in the text at
    or after the end of the previous one, so the same words may be annotated twice in order.
    """
    docs: list[Document] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        text = item["text"]
        gold: list[GoldTimex] = []
        pos = 0
        for t in item["timexes"]:
            start = text.find(t["text"], pos)
            if start < 0:
                raise ValueError(f"{path.name}:{n}: {t['text']!r} not in the text after {pos}")
            pos = start + len(t["text"])
            gold.append(GoldTimex(start, pos, t["text"], t["type"], t["value"]))
        docs.append(Document(f"wire{n:03d}", text, date.fromisoformat(item["published"]), gold))
    return docs


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    matched: int = 0
    exact: int = 0
    type_ok: int = 0
    value_ok: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.found if self.found else 0.0
        r = hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.matched if self.matched else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.matched if self.matched else 0.0

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.prf(self.matched)[2]


def score_corpus(docs: list[Document]) -> Score:
    score = Score()
    for doc in docs:
        t0 = time.perf_counter()
        found = find_timexes(doc.text, doc.dct)
        score.seconds += time.perf_counter() - t0
        score.gold += len(doc.gold)
        score.found += len(found)
        used: set[int] = set()
        for g in doc.gold:
            hit = None
            for i, s in enumerate(found):
                if i not in used and s.start < g.end and g.start < s.end:
                    hit = i
                    break
            if hit is None:
                score.errors.append(
                    f"MISS  {doc.name}: {_context(doc.text, g.start, g.end)} [{g.type} {g.value}]"
                )
                continue
            used.add(hit)
            s = found[hit]
            score.matched += 1
            score.exact += s.start == g.start and s.end == g.end
            score.type_ok += s.type == g.type
            score.value_ok += s.value == g.value
            if s.value != g.value or s.type != g.type:
                score.errors.append(
                    f"VALUE {doc.name}: {_context(doc.text, g.start, g.end)} gold={g.type} {g.value} "
                    f"got {s.text!r} {s.type} {s.value} ({s.explanation})"
                )
            elif (s.start, s.end) != (g.start, g.end):
                score.errors.append(f"EXTENT {doc.name}: gold {g.text!r} got {s.text!r}")
        for i, s in enumerate(found):
            if i not in used:
                score.errors.append(
                    f"EXTRA {doc.name}: {_context(doc.text, s.start, s.end)} {s.type} {s.value}"
                )
    return score


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - 50) : start].replace("\n", " ")
    right = text[end : end + 30].replace("\n", " ")
    return f"...{left}[[{text[start:end]}]]{right}..."


def _row(name: str, score: Score) -> str:
    rp, rr, rf = score.prf(score.matched)
    sp, sr, sf = score.prf(score.exact)
    return (
        f"{name:<15} {score.gold:>5} {score.found:>5} {rp * 100:6.2f} {rr * 100:6.2f} {rf * 100:6.2f} "
        f"{sp * 100:6.2f} {sr * 100:6.2f} {sf * 100:6.2f} {score.type_accuracy * 100:6.2f} "
        f"{score.value_accuracy * 100:6.2f} {score.value_f1 * 100:6.2f}"
    )


def write_errors(folder: Path) -> None:
    """Every development set's errors, one file a set (``timebank.txt``, ``wire2.txt``, ...),
    to diff one version of the engine against another in seconds. The held-out sets are
    never written."""
    folder.mkdir(parents=True, exist_ok=True)
    sets = {"timebank": load_corpus("timebank")}
    sets |= {name: load_wire_set(path) for name, path in WIRE_ARTICLES.items() if path.exists()}
    for name, docs in sets.items():
        errors = score_corpus(docs).errors
        (folder / f"{name}.txt").write_text("".join(f"{e}\n" for e in errors), encoding="utf-8")


def main(argv: list[str]) -> int:
    if "--errors-dir" in argv:
        write_errors(Path(argv[argv.index("--errors-dir") + 1]))
        return 0
    show = argv[argv.index("--show-errors") + 1] if "--show-errors" in argv else None
    if show in (HELD_OUT, BLIND):
        print(f"{show} is a held-out set: its errors are not shown", file=sys.stderr)
        return 2
    timebank = load_corpus("timebank")
    sets = {
        "timebank": timebank,
        "timebank-wsj": [d for d in timebank if is_wsj(d)],
        "timebank-other": [d for d in timebank if not is_wsj(d)],
        "wire": load_wire_set(),
        **{name: load_wire_set(path) for name, path in WIRE_ARTICLES.items() if path.exists()},
        HELD_OUT: load_corpus(HELD_OUT),
        BLIND: load_wire_set(BLIND_SET),
    }
    header = f"{'set':<15} {'gold':>5} {'found':>5} {'rel P':>6} {'rel R':>6} {'rel F1':>6} {'str P':>6} {'str R':>6} {'str F1':>6} {'type':>6} {'value':>6} {'val F1':>6}"
    print(header)
    results: dict[str, Score] = {}
    for name, docs in sets.items():
        score = score_corpus(docs)
        results[name] = score
        print(_row(name, score))
        if show == name:
            for line in score.errors:
                print(line, file=sys.stderr)
    parts = []
    for name, score in results.items():
        key = name.replace("-", "_")
        rf = score.prf(score.matched)[2]
        sf = score.prf(score.exact)[2]
        if name in ("timebank-wsj", "timebank-other", "wire", *WIRE_ARTICLES, BLIND):
            parts += [
                f"{key}_relaxed_f1={rf * 100:.2f}",
                f"{key}_value_f1={score.value_f1 * 100:.2f}",
            ]
            continue
        parts += [
            f"{key}_relaxed_f1={rf * 100:.2f}",
            f"{key}_strict_f1={sf * 100:.2f}",
            f"{key}_type_acc={score.type_accuracy * 100:.2f}",
            f"{key}_value_acc={score.value_accuracy * 100:.2f}",
            f"{key}_value_f1={score.value_f1 * 100:.2f}",
        ]
    print("RESULT timex_eval " + " ".join(parts))
    return 0


if __name__ == "__main__":
    from _cli import help_requested

    if help_requested(__doc__):
        sys.exit(0)
    raise SystemExit(main(sys.argv[1:]))
