"""What an analyst gets from a whole story pack: articles imported as the app imports them.

Run: .venv/bin/python benchmarks/pack_eval.py [--verbose]
     [--pack NAME[,NAME...] | --set round1|...|round12|round13]
     [--together]

Each folder under benchmarks/data/packs/ is one invented story told by 3-5 outlets in the
shapes analysts drop in (saved pages with their furniture, wire copy with a dateline, Markdown
notes, an e-mail, an RTF export), with its answers in ``answers.json``, written before any run:

- per article (keyed by file name): ``title``, ``source``, ``author``, ``published``; the
  ``facts`` that must be on the timeline (``text``, a substring of the sentence, with the
  ``earliest``/``latest`` days of its event); ``furniture``: substrings of page furniture
  (promotions, lists of other stories, sign-offs) that carry numbers or dates of their own;
- ``pairs``: figures an analyst must be told about, each side an article, a substring of its
  sentence and the number as written, and the relation ``contradiction``, ``update`` or
  ``consistent`` (consistent or not linked at all: no contradiction and no update).

Each pack is imported into a fresh temporary project through ``desktop.services`` and scored:

- metadata: the share of title/source/author/published that are right (case, spacing, curly
  quotes and a leading "The" aside);
- facts: recall (a stored fact of the article overlaps the answer's substring) and date
  accuracy over the facts found (an overlapping fact whose range holds the answer's range,
  an end left open after "since" holding any day on its side; ``exact``: one whose range is
  the answer's);
- furniture: furniture passages left in the body, and the facts and figures drawn from them
  (the lower the better);
- pairs: the share of answer pairs whose relation is right (a side whose figure was not read
  counts wrong), contradiction precision and recall over the answer pairs, and the
  contradictions the engine reports between figures of the pack that no answer judges
  (``unjudged``, neither right nor wrong: a count to read, not a score).

``--verbose`` lists every failure by kind (import, facts, figures, comparison).

``--together`` imports the chosen packs into ONE project, as an analyst who keeps several
stories in one project does, and scores each pack's answers as before; the pairs the engine
makes between figures of two packs are counted apart, and those said to contradict are
"cross-story contradictions" (never right; lower is better). First run, the 15 default packs
together (HEAD f7bf34d): pairs 68.18, contradiction P 90.00 R 39.13, 125 pairs between packs,
55 cross-story contradictions; after conflicts round 45 (stories grouped apart): pairs 75.76,
P 93.33 R 60.87 (the figures of the packs apart), 0 pairs between packs. Conflicts round 58,
the default packs (40) together, once the app gives the comparison each article's title and
its text's opening (services.project ABOUT_CHARS; compare's ``about``, round 57), by which
stories of the same weeks are told apart: pairs between packs 1 -> 0, cross-story
contradictions 1 -> 0 (HEAD 7f393bc5 -> 2832c063, clean archives), pairs 85.79, P 96.30
R 73.24 unchanged, unjudged 15 -> 16 (as in the default run; round 57 traced it to
bribetrial, two stories before and one now); the default run (85.79) and ``--set round8``
(71.70) unchanged.

First run (round 1, 5 packs, 17 articles, answers written before it): meta 94.12, fact recall
98.88, date 97.73 (exact 95.45), furniture left 3 (1 fact, 2 figures from it), pairs 50.00,
contradiction precision 0.00 (2 said) and recall 0.00 (of 8), 1 unjudged contradiction.

Round 2 (``--set round2``: bribetrial, chlorine, databreach, quake, shipwreck; 20 articles,
answers written before the first run, after round 1 had been tuned on), first run: meta 96.25,
fact recall 94.67, date 92.96 (exact 91.55), furniture left 4 (1 fact, 2 figures from it),
pairs 44.19, contradiction precision 0.00 (2 said) and recall 0.00 (of 6), 5 unjudged
contradictions. Its date 92.96 counted an end left open after "since" as not holding the
answer's range; read as open (the facts sets' convention), the same run is 95.77.

Round 3 (``--set round3``: election, offensive, outbreak, siege, takeover; 20 articles with a
live blog among them, 71 facts, 51 pairs, 9 contradictions; answers written before the first
run, after rounds 1 and 2 had been tuned on), first run on HEAD 6cbd3dd: meta 96.25, fact
recall 94.37, date 100.00 (exact 95.52), furniture left 6 (0 facts, 5 figures from it), pairs
68.63, contradiction precision 100.00 (4 said) and recall 44.44 (of 9), 4 unjudged
contradictions.

Round 4 (``--set round4``: crackdown, drought, minecollapse, planecrash, refinerystrike; 20
articles with two live blogs, 87 facts, 43 pairs, 9 contradictions; answers written before the
first run, after rounds 1-3 had been tuned on; held back from the default run until session 19
tuned on it, and in the default run since), first run on a
clean snapshot of HEAD 61b0212: meta 96.25, fact recall 97.70, date 100.00 (exact 97.65),
furniture left 5 (1 fact, 4 figures from it), pairs 69.77, contradiction precision 71.43 (7
said) and recall 55.56 (of 9), 6 unjudged contradictions. Per pack (meta / facts / date /
pairs / c.P / c.R): crackdown 93.75 / 100 / 100 / 75.00 / 100 / 50.00; drought 100 / 100 / 100
/ 87.50 / 100 / 50.00; minecollapse 100 / 100 / 100 / 80.00 / 66.67 / 100; planecrash 93.75 /
86.67 / 100 / 28.57 / 0.00 / 0.00; refinerystrike 93.75 / 100 / 100 / 70.00 / 100 / 50.00.

Round 5 (``--set round5``: bridgecollapse, heatwave, hospitalhack, shipseizure, stadiumcrush;
20 articles with a live blog, two plain-text press releases, a Markdown note with YAML front
matter and a page whose author and date are only in JSON-LD; 83 facts, 39 pairs, 10
contradictions; answers written before the first run, after rounds 1-4 had been tuned on; held
back from the default run, so that work tuned on rounds 1-4 never sees it). First run on a clean
snapshot of bfbe5a6 (the engine as session 19 started): meta 97.50, fact recall 98.80, date
97.56 (exact 93.90), furniture left 5 (0 facts, 5 figures from it), pairs 61.54, contradiction
precision 80.00 (5 said) and recall 40.00 (of 10), 5 unjudged contradictions. Per pack (meta /
facts / date / pairs / c.P / c.R): bridgecollapse 100 / 100 / 100 / 63.64 / 50.00 / 50.00;
heatwave 100 / 100 / 88.89 / 28.57 / - / 0.00; hospitalhack 93.75 / 100 / 100 / 50.00 / - /
0.00; shipseizure 93.75 / 100 / 100 / 66.67 / 100 / 50.00; stadiumcrush 100 / 92.31 / 100 /
100 / 100 / 100. Second run, on a clean snapshot of HEAD 0ad9398 (the session's final engine,
tuned on rounds 1-4, never on round 5; answers unchanged): meta 98.75 (the wire's agency code
no longer taken for its outlet), fact recall 98.80, date 97.56 (exact 93.90), furniture left 3
(0 facts, 3 figures: the RTF exports' closing notes are gone, the e-mails' are not), pairs
61.54, contradiction precision 80.00 (5 said) and recall 40.00 (of 10), 5 unjudged
contradictions: the session's fixes carried over to import only. Per pack (meta / facts / date
/ pairs / c.P / c.R): bridgecollapse 100 / 100 / 100 / 63.64 / 50.00 / 50.00; heatwave 100 /
100 / 88.89 / 28.57 / - / 0.00; hospitalhack 93.75 / 100 / 100 / 50.00 / - / 0.00;
shipseizure 100 / 100 / 100 / 66.67 / 100 / 50.00; stadiumcrush 100 / 92.31 / 100 / 100 / 100
/ 100. Session 20 then tuned on it (development data since, in the default run from then on):
at its end (HEAD 38ac24c) meta 100, fact recall 100, date 100 (exact 96.39), furniture left 0,
pairs 84.62, contradiction precision 100.00 (8 said) and recall 80.00, 4 unjudged.

Round 6 (``--set round6``: ceasefire, currency, dambreach, prisonriot, recall; 21 articles:
saved pages with furniture, one with its author and date only in JSON-LD, two live blogs, wire
copy with datelines, two plain-text press releases, Markdown notes (one with YAML front
matter), two e-mails and two RTF exports; 74 facts, 46 pairs, 8 contradictions; answers
written before the first run, after rounds 1-5 had been tuned on; held back from the default
run, so that work tuned on rounds 1-5 never sees it). First run on a clean snapshot of 2e42e23
(the engine as session 20 started): meta 96.43, fact recall 93.24, date 98.55 (exact 92.75),
furniture left 2 (0 facts, 2 figures from it), pairs 60.87, contradiction precision 42.86 (7
said) and recall 37.50 (of 8), 2 unjudged contradictions. Per pack (meta / facts / date /
pairs / c.P / c.R): ceasefire 100 / 92.31 / 100 / 87.50 / 100 / 50.00; currency 100 / 100 /
100 / 57.14 / 50.00 / 100; dambreach 87.50 / 80.00 / 100 / 41.67 / 0.00 / 0.00; prisonriot
100 / 100 / 100 / 72.73 / 50.00 / 50.00; recall 93.75 / 92.31 / 91.67 / 50.00 / - / 0.00.
Second run, on a clean snapshot of HEAD df2c87a (the session's final engine, never tuned on
round 6; answers unchanged): meta 96.43, fact recall 97.30 (the live blog's undated entries now
dated), date 100.00 (exact 94.44), furniture left 0 (the e-mails' closing lines now removed),
pairs 60.87, contradiction precision 42.86 (7 said) and recall 37.50 (of 8), 2 unjudged
contradictions, the last three unchanged: the session's measure vocabulary moved no pair here.
Per pack (meta / facts / date / pairs / c.P / c.R): ceasefire 100 / 92.31 / 100 / 87.50 / 100 /
50.00; currency 100 / 100 / 100 / 57.14 / 50.00 / 100; dambreach 87.50 / 100 / 100 / 41.67 /
0.00 / 0.00; prisonriot 100 / 100 / 100 / 72.73 / 50.00 / 50.00; recall 93.75 / 92.31 / 100 /
50.00 / - / 0.00.

Round 7 (``--set round7``: aidkidnap, avalanche, bankrun, fishkill, schoolmeals; 24 articles:
saved pages with furniture, one with its author and date only in JSON-LD, two live blogs, wire
copy with datelines, five plain-text press releases, three Markdown notes (one with YAML front
matter), three e-mails and two RTF exports; 67 facts, 60 pairs, 11 contradictions; answers
written before the first run, after rounds 1-6 had been tuned on; held back from the default
run, so that work tuned on rounds 1-6 never sees it). First run on a clean snapshot of 6cbf71b
(the engine as session 21 started): meta 100.00, fact recall 100.00, date 97.01 (exact 89.55),
furniture left 4 (0 facts, 4 figures from it), pairs 61.67, contradiction precision 75.00 (4
said) and recall 27.27 (of 11), 6 unjudged contradictions. Per pack (meta / facts / date /
pairs / c.P / c.R): aidkidnap 100 / 100 / 100 / 53.85 / - / 0.00; avalanche 100 / 100 / 100 /
69.23 / 100 / 50.00; bankrun 100 / 100 / 92.86 / 58.33 / 0.00 / 0.00; fishkill 100 / 100 / 100
/ 80.00 / 100 / 66.67; schoolmeals 100 / 100 / 93.33 / 50.00 / - / 0.00. Second run, on a
clean snapshot of HEAD 2631e648 (the session's latest engine at 00:25 UTC, tuned on rounds 1-6,
never on round 7; answers unchanged): every figure as in the first run (meta 100.00, fact
recall 100.00, date 97.01, exact 89.55, furniture left 4, pairs 61.67, contradiction precision
75.00 (4 said) and recall 27.27) but unjudged contradictions 6 -> 7 (the resort's 'five people'
killed against the note's 'four guests' among the six dead): the session's comparison work moved
no pair of round 7. Per pack as in the first run.

Round 8 (``--set round8``: blackout, busplunge, cholera, derailment, towerfire; 23 articles:
saved pages with furniture, one with its author and date only in JSON-LD, two live blogs, wire
copy with datelines, five plain-text press releases (one with the issuer above the "PRESS
RELEASE" line), three Markdown notes (one with YAML front matter), three e-mails and two RTF
exports; 50 facts, 53 pairs, 10 contradictions; answers written before the first run, after
rounds 1-7 had been tuned on; held back from the default run, so that work tuned on rounds 1-7
never sees it). First run on a clean snapshot of 4a07e02a (the engine as session 22 started):
meta 98.91, fact recall 98.00, date 93.88 (exact 89.80), furniture left 1 (0 facts, 1 figure
from it), pairs 54.72, contradiction precision 60.00 (5 said) and recall 30.00 (of 10), 4
unjudged contradictions. Per pack (meta / facts / date / pairs / c.P / c.R): blackout 100 / 100
/ 100 / 55.56 / - / 0.00; busplunge 100 / 100 / 85.71 / 70.00 / 50.00 / 50.00; cholera 95.00 /
100 / 100 / 41.67 / 50.00 / 50.00; derailment 100 / 100 / 84.62 / 58.33 / 100 / 50.00;
towerfire 100 / 90.91 / 100 / 50.00 / - / 0.00. Of the 24 wrong pairs, 18 were not linked at
all and 3 had a side whose figure was not read (durations in hours). Second run, on a clean
snapshot of HEAD 691d91fe (the session's latest engine at 02:55 UTC, tuned on rounds 1-7, never
on round 8; answers unchanged): meta 98.91, fact recall 98.00, date 97.96 (exact 93.88: spans
told as "on Tuesday and Wednesday" now read), furniture left 0 (the RTF export's closing price
gone), pairs 54.72, contradiction precision 60.00 (5 said) and recall 30.00 (of 10), 4 unjudged
contradictions: every pair as in the first run (the first run's engine scored with this
pack_eval gives the same figures), the session's comparison work moved no pair of round 8. Per
pack (meta / facts / date / pairs / c.P / c.R): blackout 100 / 100 / 100 / 55.56 / - / 0.00;
busplunge 100 / 100 / 85.71 / 70.00 / 50.00 / 50.00; cholera 95.00 / 100 / 100 / 41.67 / 50.00
/ 50.00; derailment 100 / 100 / 100 / 58.33 / 100 / 50.00; towerfire 100 / 90.91 / 100 / 50.00
/ - / 0.00. Development data since session 23 (in the default run from then on): the default
run with it (rounds 1-8, 40 packs, 165 articles) on a clean snapshot of 210db69a: meta 99.85,
fact recall 99.66, date 99.83 (exact 95.79), furniture left 0, pairs 83.11, contradiction
precision 92.59 (54 said) and recall 70.42 (of 71), 26 unjudged contradictions; ``--together``:
the same scores with 25 unjudged, 5 pairs between packs, 1 cross-story contradiction.

Round 9 (``--set round9``: exchangeoutage, hostage, landslide, portstrike, tankerspill; 23
articles: six saved pages with furniture (two live blogs, one page with its author and date only
in JSON-LD, a tabloid's page), wire copy with datelines, five plain-text press releases (one
with the issuer above the "PRESS RELEASE" line), three Markdown notes (one with YAML front
matter), three e-mails and two RTF exports; 60 facts, 56 pairs, 10 contradictions; running tolls
and counts that rise over days, two named corrections, figures of other places and sub-groups
that must not link, money, percentages and units; answers written before the first run, after
rounds 1-8 had been tuned on; held back from the default run, so that work tuned on rounds 1-8
never sees it). First run on a clean snapshot of 210db69a (the engine as session 23 started):
meta 100.00, fact recall 98.33, date 100.00 (exact 96.61), furniture left 2 (0 facts, 2 figures
from it), pairs 58.93, contradiction precision 28.57 (7 said) and recall 20.00 (of 10), 7
unjudged contradictions. Per pack (meta / facts / date / pairs / c.P / c.R): exchangeoutage 100
/ 100 / 100 / 55.56 / 50.00 / 50.00; hostage 100 / 100 / 100 / 66.67 / 0.00 / 0.00; landslide
100 / 100 / 100 / 61.54 / 33.33 / 50.00; portstrike 100 / 100 / 100 / 54.55 / 0.00 / 0.00;
tankerspill 100 / 92.86 / 100 / 54.55 / - / 0.00. Of the 23 wrong pairs, 14 were not linked at
all and 9 were linked with the wrong relation; one side's figure was not read (a consistent
pair, so counted right). Development data since session 24 (in the default run from then on, its
failures may be read with ``--set round9 --verbose``): the default run with it (rounds 1-9, 45
packs, 188 articles, 656 facts, 429 pairs, 81 contradictions) on a clean snapshot of 36c3c151,
the session-24 starting point: meta 99.87, fact recall 99.54, date 99.85 (exact 95.87),
furniture left 2 (0 facts, 2 figures from it), pairs 82.28, contradiction precision 88.52 (61
said) and recall 66.67 (of 81), 21 unjudged contradictions.

Round 10 (``--set round10``: birdflu, cyclone, droneshutdown, eruption, gasblast; 23 articles:
six saved pages with furniture (two live blogs, one page with its author and date only in
JSON-LD, a tabloid's page), five wires with datelines, five plain-text press releases (one with
the issuer above the "PRESS RELEASE" line), two Markdown notes (one with YAML front matter),
three e-mails and two RTF exports; 54 facts, 51 pairs, 10 contradictions; tolls and counts that
rise (and one that falls) over days, three named corrections ("not 175 km/h as first given",
"more than the 220 first reported", "not two as first reported"), figures of other places and
sub-groups that must not link, money, percentages and units; answers written before the first
run, after rounds 1-8 had been tuned on; held back from the default run with round 9, a second
fresh check that work tuned on rounds 1-8 never sees). First run on a clean snapshot of 210db69a
(the engine as session 23 started): meta 98.91, fact recall 98.15, date 100.00 (exact 96.23),
furniture left 1 (0 facts, 1 figure from it), pairs 64.71, contradiction precision 57.14 (7
said) and recall 40.00 (of 10), 6 unjudged contradictions. Per pack (meta / facts / date / pairs
/ c.P / c.R): birdflu 100 / 100 / 100 / 80.00 / 100 / 50.00; cyclone 100 / 90.91 / 100 / 58.33 /
100 / 50.00; droneshutdown 100 / 100 / 100 / 55.56 / 0.00 / 0.00; eruption 95.00 / 100 / 100 /
60.00 / 33.33 / 50.00; gasblast 100 / 100 / 100 / 70.00 / 100 / 50.00. Of the 18 wrong pairs, 11
were not linked at all, 4 were linked with the wrong relation and 3 had a side whose figure was
not read (durations in hours among them). Still held back in session 24, when round 9 joined the
default run: a second fresh check beside round 11. Development data since session 25 (in the
default run from then on, its failures may be read with ``--set round10 --verbose``): the default
run with it (rounds 1-10, 50 packs, 211 articles, 710 facts, 480 pairs, 91 contradictions) on a
clean snapshot of 64a0efe4, the session-25 starting point: meta 99.76, fact recall 99.44, date
99.72 (exact 95.75), furniture left 3 (0 facts, 3 figures from it), pairs 85.00, contradiction
precision 91.78 (73 said) and recall 73.63 (of 91), 24 unjudged contradictions; round 10 alone
there: meta 98.91, fact recall 98.15, date 100.00 (exact 96.23), furniture left 1, pairs 68.63,
contradiction precision 66.67 (6 said) and recall 40.00, 6 unjudged.

Round 11 (``--set round11``: algaebloom, buildingcollapse, methanol, prisonbreak, teacherstrike;
23 articles: six saved pages with furniture (two live blogs, one page with its author and date
only in JSON-LD, a tabloid's page), four wires with datelines, five plain-text press releases
(one with the issuer above the "PRESS RELEASE" line), three Markdown notes (one with YAML front
matter), three e-mails and two RTF exports; 53 facts, 56 pairs, 10 contradictions; tolls and
counts that rise (and counts of the missing and of fugitives at large that fall) over days, two
named corrections ("not 27 as first reported", "not 21 as it had said"), figures of other
places and sub-groups that must not link (the dead of one town, patients on dialysis, children
among the dead), money, percentages and units; answers written before the first run, after
rounds 1-9 had been tuned on; held back from the default run, the fresh check of session 24).
First run on a clean snapshot of 36c3c151 (the engine as session 24 started): meta 100.00, fact
recall 100.00, date 98.11 (exact 98.11), furniture left 1 (0 facts, 1 figure from it), pairs
50.00, contradiction precision 33.33 (3 said) and recall 10.00 (of 10), 6 unjudged
contradictions. Per pack (meta / facts / date / pairs / c.P / c.R): algaebloom 100 / 100 / 100
/ 60.00 / - / 0.00; buildingcollapse 100 / 100 / 100 / 83.33 / 50.00 / 50.00; methanol 100 /
100 / 100 / 25.00 / - / 0.00; prisonbreak 100 / 100 / 100 / 27.27 / 0.00 / 0.00; teacherstrike
100 / 100 / 87.50 / 54.55 / - / 0.00. Of the 28 wrong pairs, 24 were not linked at all and 4
were linked with the wrong relation; every side's figure was read. Still held back in session
25, a second fresh check beside round 12. Development data since session 26 (in the default run
from then on, its failures may be read with ``--set round11 --verbose``): the default run with it
(rounds 1-11, 55 packs, 234 articles, 763 facts, 536 pairs, 101 contradictions) on a clean
snapshot of f0bb6211, the session-26 starting point: meta 99.79, fact recall 99.74, date 99.61
(exact 95.93), furniture left 4 (0 facts, 4 figures from it), pairs 82.84, contradiction
precision 92.31 (78 said) and recall 71.29 (of 101), 25 unjudged contradictions; round 11 alone
there: meta 100.00, fact recall 100.00, date 98.11 (exact 98.11), furniture left 1, pairs 53.57,
contradiction precision 33.33 (3 said) and recall 10.00, 6 unjudged.

Round 12 (``--set round12``: cablecar, fuelshortage, locusts, pipelinesabotage, sinkhole; 24
articles: six saved pages with furniture (two live blogs, one page with its author and date only
in JSON-LD, a tabloid's page), five wires with datelines, five plain-text press releases (one
with the issuer above the "PRESS RELEASE" line), three Markdown notes (one with YAML front
matter), three e-mails and two RTF exports; 52 facts, 55 pairs, 11 contradictions; tolls and
counts that rise (and fuel stocks that fall, then recover) over days, two named corrections
("9,100 hectares, not 9,600 as first reported", "at least five weeks, not three"), figures of
other places, sub-groups and units that must not link (another country's damaged hectares,
children among the dead, the homes still empty among those evacuated, 4,000 homes against 4,000
tonnes), money in euros, pounds, dollars and an invented currency, percentages and units;
answers written before the first run, after rounds 1-10 had been tuned on; held back from the
default run, the fresh check of session 25). First run on a clean snapshot of 64a0efe4 (the
engine as session 25 started): meta 98.96, fact recall 98.08, date 100.00 (exact 100.00),
furniture left 1 (0 facts, 1 figure from it), pairs 52.73, contradiction precision 50.00 (8
said) and recall 36.36 (of 11), 2 unjudged contradictions. Per pack (meta / facts / date / pairs
/ c.P / c.R): cablecar 95.00 / 100 / 100 / 60.00 / 0.00 / 0.00; fuelshortage 100 / 100 / 100 /
45.45 / 66.67 / 100; locusts 100 / 100 / 100 / 46.15 / 100 / 50.00; pipelinesabotage 100 / 100 /
100 / 80.00 / 100 / 50.00; sinkhole 100 / 90.91 / 100 / 36.36 / 0.00 / 0.00. Of the 26 wrong
pairs, 15 were not linked at all, 7 were linked with the wrong relation and 4 had a side whose
figure was not read (durations in days and weeks). Still held back in session 26, a second fresh
check beside round 13.

Round 13 (``--set round13``: fraudcase, glacier, hospitalfire, measles, stampede; 24 articles:
six saved pages with furniture (two live blogs, one page with its author and date only in
JSON-LD, a tabloid's page, a local paper's page with its reporter's bio, an English edition
written by a non-native hand), five wires with datelines, five plain-text press releases (one
with the issuer above the "PRESS RELEASE" line, one a company's), three Markdown notes (one with
YAML front matter), three e-mails and two RTF exports; 53 facts, 58 pairs, 10 contradictions;
tolls and counts that rise over days (and hikers missing that fall), two named corrections
("9 million cubic metres ..., not 3 million as first estimated", "1.9 billion euros ..., not 1.2
billion as announced"), figures of other places, sub-groups and quantities that must not link
(children and foreign pilgrims among the dead, cases in two other cities, jobs to go among the
employees, 2.5 million cubic metres of water against 9 million of ice and rock, a bonus, a fine
and a fee all in millions of euros), rates per day, hour and minute, durations in minutes, hours
and days, money in euros and francs, percentages and units; answers written before the first
run, after rounds 1-10 had been tuned on (round 11 joins them in the same session); held back
from the default run, the fresh check of session 26). First run on a clean snapshot of f0bb6211
(the engine as session 26 started): meta 98.96, fact recall 98.11, date 94.23 (exact 92.31),
furniture left 2 (0 facts, 2 figures from it), pairs 65.52, contradiction precision 50.00 (8
said) and recall 40.00 (of 10), 3 unjudged contradictions. Per pack (meta / facts / date / pairs
/ c.P / c.R): fraudcase 100 / 100 / 88.89 / 54.55 / - / 0.00; glacier 100 / 92.31 / 100 / 54.55
/ 100 / 50.00; hospitalfire 100 / 100 / 81.82 / 66.67 / 33.33 / 50.00; measles 100 / 100 / 100
/ 75.00 / 100 / 50.00; stampede 95.00 / 100 / 100 / 75.00 / 33.33 / 50.00. Of the 20 wrong
pairs, 16 were not linked at all and 4 were linked with the wrong relation; two consistent
pairs (counted right) had a side whose figure was not read (durations in hours and days).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PACKS_DIR = Path(__file__).resolve().parent / "data" / "packs"
META_FIELDS = ("title", "source", "author", "published")
RELATIONS = ("contradiction", "update", "consistent")
#: The packs by the round that wrote them: ``round1`` has been tuned on (development data);
#: ``round2`` was written later, answers before its first run, to see how the pipeline carries over;
#: ``round3`` likewise, after rounds 1 and 2 had both been tuned on; ``round4`` likewise, after
#: rounds 1-3, as the closing measure of the session that wrote it (development data since
#: session 19 fixed what it found); ``round5`` likewise, after
#: rounds 1-4, kept out of the default run until session 20 had run it twice and then tuned on
#: it (development data since, in the default run); ``round6`` likewise, after rounds 1-5, kept
#: out of the default run until session 20 had run it twice (development data since session 21,
#: in the default run); ``round7`` likewise, after rounds 1-6, kept out of the default run until
#: session 21 had run it twice (development data since session 22, in the default run);
#: ``round8`` likewise, after rounds 1-7, kept out of the default run until session 22 had run
#: it twice (development data since session 23, in the default run); ``round9`` likewise,
#: after rounds 1-8, kept out of the default run in session 23 (development data since session
#: 24, in the default run); ``round10`` likewise, written in the same session after rounds 1-8
#: as a second fresh check beside round 9, kept out of the default run and out of tuning in
#: session 24 as well (development data since session 25, in the default run); ``round11``
#: likewise, after rounds 1-9, the fresh check of session 24, kept out of the default run in
#: session 25 too, a second fresh check (development data since session 26, in the default run);
#: ``round12`` likewise, after rounds 1-10, the fresh check of session 25, kept out of the
#: default run (in session 26 too, a second fresh check); ``round13`` likewise, after rounds
#: 1-10, the fresh check of session 26, kept out of the default run.
SETS = {
    "round1": ("factory", "ferry", "railstrike", "watermarch", "wildfire"),
    "round2": ("bribetrial", "chlorine", "databreach", "quake", "shipwreck"),
    "round3": ("election", "offensive", "outbreak", "siege", "takeover"),
    "round4": ("crackdown", "drought", "minecollapse", "planecrash", "refinerystrike"),
    "round5": ("bridgecollapse", "heatwave", "hospitalhack", "shipseizure", "stadiumcrush"),
    "round6": ("ceasefire", "currency", "dambreach", "prisonriot", "recall"),
    "round7": ("aidkidnap", "avalanche", "bankrun", "fishkill", "schoolmeals"),
    "round8": ("blackout", "busplunge", "cholera", "derailment", "towerfire"),
    "round9": ("exchangeoutage", "hostage", "landslide", "portstrike", "tankerspill"),
    "round10": ("birdflu", "cyclone", "droneshutdown", "eruption", "gasblast"),
    "round11": ("algaebloom", "buildingcollapse", "methanol", "prisonbreak", "teacherstrike"),
    "round12": ("cablecar", "fuelshortage", "locusts", "pipelinesabotage", "sinkhole"),
    "round13": ("fraudcase", "glacier", "hospitalfire", "measles", "stampede"),
}
#: Sets left out of the default run (scored only with ``--set``), so that work tuned on the
#: default run does not see them.
HELD_BACK: tuple[str, ...] = ("round12", "round13")


# -- what the engine gave --------------------------------------------------------------------


@dataclass
class SeenFact:
    start: int
    end: int
    text: str
    earliest: date | None
    latest: date | None


@dataclass
class SeenFigure:
    id: int
    start: int
    end: int
    number_text: str


@dataclass
class SeenArticle:
    meta: dict[str, str | None]
    text: str
    facts: list[SeenFact] = field(default_factory=list)
    figures: list[SeenFigure] = field(default_factory=list)


@dataclass
class SeenPack:
    """The imported pack: articles by file name (a file that failed is absent), and the
    relation of every pair of figures the engine compared, keyed by the two figure ids."""

    articles: dict[str, SeenArticle]
    pairs: dict[frozenset[int], str]
    failed: dict[str, str] = field(default_factory=dict)


# -- the score --------------------------------------------------------------------------------


@dataclass
class PackScore:
    name: str
    meta_right: int = 0
    meta_total: int = 0
    facts_total: int = 0
    facts_found: int = 0
    dates_held: int = 0
    dates_exact: int = 0
    furniture_left: int = 0
    furniture_facts: int = 0
    furniture_figures: int = 0
    pairs_total: int = 0
    pairs_right: int = 0
    contra_gold: int = 0
    contra_said: int = 0
    contra_both: int = 0
    unjudged_contra: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: PackScore) -> None:
        for counter in fields(self):
            if counter.name in ("name", "failures"):
                continue
            name = counter.name
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures.extend(other.failures)

    def fail(self, kind: str, what: str) -> None:
        self.failures.append((kind, f"{self.name}: {what}"))


def pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 100.0


def cell(part: int, whole: int) -> str:
    """A table cell: '-' where nothing was there to count."""
    return f"{100.0 * part / whole:>8.2f}" if whole else f"{'-':>8}"


def plain(text: str) -> str:
    """Text as compared: straight quotes and dashes, single spaces."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\u2013", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text)


def same_meta(name: str, want: str | None, got: str | None) -> bool:
    if want is None or got is None:
        return want is None and (got is None or not got.strip())
    a, b = plain(want).strip().casefold(), plain(got).strip().casefold()
    if name == "source":
        a, b = re.sub(r"^the ", "", a), re.sub(r"^the ", "", b)
    return a == b


def find_span(text: str, needle: str) -> tuple[int, int] | None:
    """Where a substring of the answers lies in a body: the body is compared with straight
    quotes and without case, and ``plain`` keeps offsets except where it folds spaces."""
    body = plain(text).casefold()
    want = plain(needle).casefold().strip()
    at = body.find(want)
    if at < 0:
        return None
    if len(body) == len(text):
        return at, at + len(want)
    # spaces were folded: map back by counting the characters before the match
    index = _folded_index(text)
    return index[at], index[at + len(want) - 1] + 1


def _folded_index(text: str) -> list[int]:
    out: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        space = ch.isspace() or ch == "\u00a0"
        if space and in_space:
            continue
        in_space = space
        out.append(i)
    return out


_SENTENCE_END = re.compile(r"[.!?][\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding [start, end)."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    m = _SENTENCE_END.search(text, end)
    return begin, (m.start() + 1 if m else len(text))


def holds(earliest: date | None, latest: date | None, want: tuple[date, date]) -> bool:
    """Whether a fact's range holds the answer's. A missing end is an open one (the facts
    sets' convention: after "since" the end is null), so "since Tuesday" holds Tuesday to the
    publication day; a fact with neither end (a relative date still waiting for its article's
    publication date) holds nothing."""
    if earliest is None and latest is None:
        return False
    return (earliest is None or earliest <= want[0]) and (latest is None or want[1] <= latest)


def score_pack(name: str, answers: dict[str, Any], seen: SeenPack) -> PackScore:
    score = PackScore(name)
    for file, gold in answers["articles"].items():
        art = seen.articles.get(file)
        if art is None:
            score.meta_total += len(META_FIELDS)
            score.facts_total += len(gold["facts"])
            score.fail("import", f"{file} not imported: {seen.failed.get(file, 'no article')}")
            continue
        for key in META_FIELDS:
            score.meta_total += 1
            if same_meta(key, gold.get(key), art.meta.get(key)):
                score.meta_right += 1
            else:
                score.fail(
                    "import", f"{file} {key}: want {gold.get(key)!r}, got {art.meta.get(key)!r}"
                )
        _score_facts(score, file, gold["facts"], art)
        _score_furniture(score, file, gold.get("furniture", []), art)
    _score_pairs(score, answers.get("pairs", []), seen)
    return score


def _score_facts(score: PackScore, file: str, gold: list[dict[str, str]], art: SeenArticle) -> None:
    for item in gold:
        score.facts_total += 1
        want = (date.fromisoformat(item["earliest"]), date.fromisoformat(item["latest"]))
        span = find_span(art.text, item["text"])
        if span is None:
            score.fail("import", f"{file}: body lacks {item['text']!r}")
            continue
        s, e = span
        near = [f for f in art.facts if f.start < e and f.end > s]
        if not near:
            score.fail("facts", f"{file}: no fact for {item['text']!r}")
            continue
        score.facts_found += 1
        if any(f.earliest == want[0] and f.latest == want[1] for f in near):
            score.dates_exact += 1
        if any(holds(f.earliest, f.latest, want) for f in near):
            score.dates_held += 1
        else:
            got = ", ".join(f"{f.earliest}..{f.latest}" for f in near)
            score.fail(
                "facts",
                f"{file}: {item['text']!r} wants {want[0]}..{want[1]}, facts dated {got}",
            )


def _score_furniture(score: PackScore, file: str, furniture: list[str], art: SeenArticle) -> None:
    for piece in furniture:
        span = find_span(art.text, piece)
        if span is None:
            continue
        s, e = span
        score.furniture_left += 1
        facts = [f for f in art.facts if f.start < e and f.end > s]
        figures = [g for g in art.figures if g.start < e and g.end > s]
        score.furniture_facts += len(facts)
        score.furniture_figures += len(figures)
        made = f"; {len(facts)} facts, {len(figures)} figures from it" if facts or figures else ""
        score.fail("import", f"{file}: furniture left in the body {piece!r}{made}")


def find_number(sentence: str, number: str) -> int | None:
    """Where a number as written first stands in a sentence on its own ("9" is not in "19",
    "90" or "9,000"), compared without case."""
    pattern = r"(?<![\w.,])" + re.escape(plain(number).strip()) + r"(?![\w]|[.,]\d)"
    m = re.search(pattern, sentence, flags=re.IGNORECASE)
    return m.start() if m else None


def locate_figure(seen: SeenPack, side: dict[str, str]) -> SeenFigure | None:
    """The figure an answer's side names: the one covering the first place the number is
    written in the sentence that holds the side's substring."""
    art = seen.articles.get(side["article"])
    if art is None:
        return None
    span = find_span(art.text, side["sentence"])
    if span is None:
        return None
    s, e = sentence_around(art.text, *span)
    number = find_number(art.text[s:e], side["number"])
    if number is not None:
        at = s + number
        covering = [g for g in art.figures if g.start <= at < g.end]
        if covering:
            # a figure whose extent starts at the number before one that only spans it ("74"
            # in "30 of its 74 branches" is the whole's own figure, not the part's)
            return min(covering, key=lambda g: (g.start != at, g.end - g.start))
    # a number the reader took with another extent, or wrote differently ("70" in "seventy")
    inside = [
        g
        for g in art.figures
        if s <= g.start < e and side["number"].casefold() in art.text[g.start : g.end].casefold()
    ]
    return inside[0] if inside else None


def _score_pairs(score: PackScore, pairs: list[dict[str, Any]], seen: SeenPack) -> None:
    judged: set[frozenset[int]] = set()
    for pair in pairs:
        relation = pair["relation"]
        if relation not in RELATIONS:
            raise ValueError(f"{score.name}: unknown relation {relation!r}")
        score.pairs_total += 1
        gold_contra = relation == "contradiction"
        score.contra_gold += gold_contra
        a, b = locate_figure(seen, pair["a"]), locate_figure(seen, pair["b"])
        label = f"{pair['a']['number']} ({pair['a']['article']}) ~ {pair['b']['number']} ({pair['b']['article']})"
        if a is None or b is None:
            lost = [
                s["number"] + " in " + s["article"]
                for s, f in ((pair["a"], a), (pair["b"], b))
                if f is None
            ]
            score.fail("figures", f"no figure for {', '.join(lost)} (pair {label}, {relation})")
            if relation == "consistent":
                score.pairs_right += 1  # nothing linked is what the answer allows
            continue
        key = frozenset((a.id, b.id))
        judged.add(key)
        said = seen.pairs.get(key)
        said_contra = said == "contradiction"
        score.contra_said += said_contra
        score.contra_both += said_contra and gold_contra
        right = said == relation or (relation == "consistent" and said is None)
        if right:
            score.pairs_right += 1
        else:
            score.fail("comparison", f"{label}: want {relation}, got {said or 'not linked'}")
    score.unjudged_contra = sum(
        1 for key, rel in seen.pairs.items() if rel == "contradiction" and key not in judged
    )


# -- running the app's import ---------------------------------------------------------------


def import_pack(folder: Path, work: Path) -> SeenPack:
    return import_packs([folder], work)[0][folder.name]


@dataclass
class CrossStory:
    """The pairs the engine made between figures of two packs imported together."""

    pairs: int = 0
    contradictions: list[str] = field(default_factory=list)


def import_packs(folders: list[Path], work: Path) -> tuple[dict[str, SeenPack], CrossStory]:
    """Import the packs' files into ONE project, as an analyst who keeps several stories in one
    project does. Each pack's view holds its own articles and the pairs between its own
    figures; the pairs between figures of two packs are counted apart (``cross``: every such
    pair, ``cross_contra``: those said to contradict, which never can be right)."""
    import desktop.services.project as services

    pack_of: dict[str, str] = {}
    files: list[Path] = []
    for folder in folders:
        for path in sorted(p for p in folder.iterdir() if p.name != "answers.json" and p.is_file()):
            files.append(path)
            pack_of[str(path)] = folder.name
    seen = {folder.name: SeenPack({}, {}) for folder in folders}
    cross = CrossStory()
    with services.ProjectService.open(work / "pack.factlane", create=True) as project:
        outcomes = project.import_files(files)
        by_file: dict[tuple[str, str], int] = {}
        for outcome in outcomes:
            where = outcome.file or outcome.path
            pack = pack_of.get(where) or pack_of.get(str(Path(where))) or ""
            if not pack:
                matches = [v for k, v in pack_of.items() if Path(k).name == Path(where).name]
                pack = matches[0] if len(matches) == 1 else folders[0].name
            name = Path(where).name
            if outcome.status == "imported" and outcome.article_id is not None:
                by_file.setdefault((pack, name), outcome.article_id)
            else:
                seen[pack].failed[name] = f"{outcome.status} {outcome.message}".strip()
        facts = project.facts()
        figures = project.figures()
        pack_of_figure: dict[int, str] = {}
        for (pack, name), article_id in by_file.items():
            detail = project.article(article_id)
            meta = detail.record.article_json()
            mine = [g for g in figures if g.article.id == article_id]
            pack_of_figure.update((g.id, pack) for g in mine)
            seen[pack].articles[name] = SeenArticle(
                {k: meta.get(k) for k in META_FIELDS},
                detail.text,
                [
                    SeenFact(f.start, f.end, f.text, f.date.earliest, f.date.latest)
                    for f in facts
                    if f.article is not None and f.article.id == article_id
                ],
                [
                    SeenFigure(g.id, g.figure.start, g.figure.end, g.figure.number_text)
                    for g in mine
                ],
            )
        text = {g.id: g.figure.text for g in figures}
        for p in project.pairs():
            a, b = pack_of_figure.get(p.a), pack_of_figure.get(p.b)
            if a is not None and a == b:
                seen[a].pairs[frozenset((p.a, p.b))] = p.relation
                continue
            cross.pairs += 1
            if p.relation == "contradiction":
                cross.contradictions.append(
                    f"{text.get(p.a)!r} ({a}) ~ {text.get(p.b)!r} ({b}) [{p.group_key}]"
                )
    return seen, cross


def pack_folders(only: str | None = None) -> list[Path]:
    """The pack folders named in ``only`` (names joined by commas), or without it every pack
    but those of the held-back sets."""
    folders = sorted(p for p in PACKS_DIR.iterdir() if (p / "answers.json").is_file())
    if only is None:
        held = {name for key in HELD_BACK for name in SETS[key]}
        return [p for p in folders if p.name not in held]
    names = {name.strip() for name in only.split(",") if name.strip()}
    return [p for p in folders if p.name in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every failure by kind")
    parser.add_argument("--pack", help="score these packs only (folder names, joined by commas)")
    parser.add_argument("--set", choices=sorted(SETS), help="score one round's packs only")
    parser.add_argument(
        "--together",
        action="store_true",
        help="import the chosen packs into one project (several stories in one project) and "
        "count the contradictions between figures of two packs",
    )
    args = parser.parse_args(argv)
    if args.set and args.pack:
        parser.error("--set and --pack choose packs in two ways: give one")
    only = ",".join(SETS[args.set]) if args.set else args.pack
    folders = pack_folders(only)
    if not folders:
        print(f"no pack {only!r} under {PACKS_DIR}", file=sys.stderr)
        return 2
    total = PackScore("all")
    rows: list[PackScore] = []
    articles = 0
    cross: CrossStory | None = None
    together: dict[str, SeenPack] = {}
    if args.together:
        with tempfile.TemporaryDirectory() as tmp:
            together, cross = import_packs(folders, Path(tmp))
    for folder in folders:
        answers = json.loads((folder / "answers.json").read_text(encoding="utf-8"))
        articles += len(answers["articles"])
        if args.together:
            seen = together[folder.name]
        else:
            with tempfile.TemporaryDirectory() as tmp:
                seen = import_pack(folder, Path(tmp))
        score = score_pack(folder.name, answers, seen)
        rows.append(score)
        total.add(score)
    head = (
        f"{'pack':<12}{'meta':>8}{'facts':>8}{'date':>8}{'exact':>8}"
        f"{'furn':>6}{'f.fact':>7}{'f.fig':>7}{'pairs':>8}{'c.P':>8}{'c.R':>8}{'unjdg':>6}"
    )
    print(head)
    for s in [*rows, total]:
        print(
            f"{s.name:<12}{cell(s.meta_right, s.meta_total)}"
            f"{cell(s.facts_found, s.facts_total)}{cell(s.dates_held, s.facts_found)}"
            f"{cell(s.dates_exact, s.facts_found)}{s.furniture_left:>6}"
            f"{s.furniture_facts:>7}{s.furniture_figures:>7}"
            f"{cell(s.pairs_right, s.pairs_total)}{cell(s.contra_both, s.contra_said)}"
            f"{cell(s.contra_both, s.contra_gold)}{s.unjudged_contra:>6}"
        )
    if cross is not None:
        print(
            f"\ntogether in one project: {cross.pairs} pairs between packs, "
            f"{len(cross.contradictions)} of them cross-story contradictions (lower is better)"
        )
        if args.verbose:
            for what in cross.contradictions:
                print(f"  {what}")
    if args.verbose:
        for kind in ("import", "facts", "figures", "comparison"):
            items = [what for k, what in total.failures if k == kind]
            print(f"\n{kind} ({len(items)})")
            for what in items:
                print(f"  {what}")
    print(
        f"RESULT pack_eval packs={len(rows)} articles={articles} "
        f"meta={pct(total.meta_right, total.meta_total):.2f} "
        f"fact_recall={pct(total.facts_found, total.facts_total):.2f} "
        f"date_acc={pct(total.dates_held, total.facts_found):.2f} "
        f"date_exact={pct(total.dates_exact, total.facts_found):.2f} "
        f"furniture_left={total.furniture_left} furniture_facts={total.furniture_facts} "
        f"furniture_figures={total.furniture_figures} "
        f"facts={total.facts_total} pairs={total.pairs_total} "
        f"gold_contra={total.contra_gold} said_contra={total.contra_said} "
        f"pair_acc={pct(total.pairs_right, total.pairs_total):.2f} "
        f"contra_p={pct(total.contra_both, total.contra_said):.2f} "
        f"contra_r={pct(total.contra_both, total.contra_gold):.2f} "
        f"unjudged_contra={total.unjudged_contra}"
        + (
            f" together=1 cross_pairs={cross.pairs} cross_contra={len(cross.contradictions)}"
            if cross is not None
            else ""
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
