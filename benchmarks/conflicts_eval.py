"""Accuracy of the cross-source comparison on hand-labelled pairs of sentences, per set.

Run: .venv/bin/python benchmarks/conflicts_eval.py [--verbose]
     [--develop] [--set dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|dev15|dev16|dev17|dev18|dev19|dev20|dev21|dev22|dev23|dev24|dev25|dev26|dev27|dev28|dev29|dev30|dev31|dev32|dev33|dev34|dev35|dev36|dev37|dev39|dev40|dev41|dev42|dev43|dev44|dev45|heldout|blind]

Sets (benchmarks/data/): ``dev`` (conflict_pairs.jsonl), ``dev2`` (conflict_pairs_dev2.jsonl,
written later to improve against: windows of time, levels that fall, units, synonyms), ``dev3``
(conflict_pairs_dev3.jsonl, a third: rounding and overlapping qualifiers, tallies "so far" and
"as of", revisions, scopes such as "in the capital" against "nationwide", units, one event's
different measures), ``dev4`` (conflict_pairs_dev4.jsonl, a fourth: contradictions and
agreements that turn on what is counted and how it is measured, tolls and levels reported again
later, scopes, units, one event's different measures), ``dev5`` (conflict_pairs_dev5.jsonl, a
fifth: measures told by nouns and in either voice, rounding against qualifiers, tallies that
grow, scopes, units, one event's different measures, unrelated counts), ``dev6``
(conflict_pairs_dev6.jsonl, a sixth: courts, sport, weather, labour, polls, migration and the
military; "a dozen" against "12", "half a million" against "500,000", ranges holding a point,
tallies "so far" and "as of", a toll revised down, levels that fall, scopes, rates against
counts, units and measures that differ, claims by opposing parties), ``dev7``
(conflict_pairs_dev7.jsonl, a seventh: elections, crowds, budgets, energy, aid, cyber incidents
and company news; organisers' against police counts, "a dozen" against "Twelve", "half a
million" against "500,000", ranges and bounds that meet a point, rounding, tolls that grow or
are revised, people leaving shelters, daily against cumulative, city against nation, rates
against counts, money against tonnes, different measures and populations that share a number),
``dev8`` (conflict_pairs_dev8.jsonl, an eighth, of pairs written to be hard: one number in
different scopes, units or currencies, a day's count against a running total, opposing claims, a
toll corrected downward, ranges that overlap in part, "up to" against "at least", rounding,
numbers spelled out, shares against counts, figures about different days or elections in one
story, "more than doubled to", vague quantities, denied and negated figures, and one number
counting different things), ``dev9`` (conflict_pairs_dev9.jsonl, a ninth: polls from
different firms and the same poll told twice, election results on the night and final, GDP first
estimates against revisions, quarterly against annualised and against year-on-year growth,
inflation month by month, basis points against percentage points, per cent against points,
amounts converted in brackets, lakh and crore against millions, casualty claims by opposing
sides, migration counts of different years, hardware pledged against delivered, ranges, shares
in words against per cent, and rounding), ``dev10`` (conflict_pairs_dev10.jsonl, a tenth, from
science, health, sport, courts and weather: a trial's results told by two outlets, one rounding;
relative against absolute risk; a magnitude revised and two agencies' magnitudes; organisers'
against police counts; attendance; fines and transfer fees in two currencies; rainfall at
different stations and a regional maximum; evacuees and homes without power over days; counts
rounded to the thousand against exact ones; units converted (tonnes and kilograms, km/h and mph,
"C" and "degrees Celsius"); a forecast against an outcome; "1 in 8" against "12.5%"),
``dev11`` (conflict_pairs_dev11.jsonl, an eleventh, written in round 12 before the engine ran
on it: outbreaks that grow, rates per 100,000 against counts, "one in five" against "20%", a
count revised down, UNHCR against government counts, a month's arrivals against another's, a
day's crossings against the year's total, asylum claims of two years, gigawatts against
megawatts, output claimed by two sources, oil prices over days, temperatures of one day and of
another, flights cancelled, km of queues, organisers' against police crowds, budgets in crore
and billions and in yen and dollars, two named trials, and a demand against an award),
``dev12`` (conflict_pairs_dev12.jsonl, a twelfth, written in round 13 before the engine ran on
it: 1998-2000 wire tolls from Xinhua and AP, losses in yuan and in U.S. dollars, election counts
still being made against final ones and one result told twice, margins after a recount, transfer
fees and crowds, goals and points, fines and damages cut on appeal, median prices of two months,
year-on-year against month-on-month changes, rents in two cities, corrections and retractions,
passengers and crew against people on board, a day's arrivals against a year's total),
``dev13`` (conflict_pairs_dev13.jsonl, a thirteenth, written in round 14 before the engine ran
on it: claimed against visually confirmed losses, missiles and drones told by two sides,
strikes "over the past day" on two days, humanitarian appeals cut or of other years, people in
need against people targeted, tolls over days, two agencies' magnitudes and an aftershock's,
old tolls cited as yardsticks, missing against dead, evacuation orders lifted, tariffs raised
and tranches, sanctions packages, prisoner swaps, hostages released on one day against the
running total, Suez transits, vessels a day, Houthi attacks since November, several sources for
one toll, a denied count, and rival casualty claims), ``dev14`` (conflict_pairs_dev14.jsonl, a
fourteenth, written in round 15 before the engine ran on it: rail and air tolls over days and
revised down, passengers against everyone aboard, containment of a fire on one day and over
days, acreage and hectares, structures destroyed against damaged, people under evacuation orders
and customers without power as levels, a month's crossings against the year's, two months'
arrivals, two years' crossings, fines one rounding step apart, counts convicted against
charged, year-on-year against month-on-month inflation, a rate's change against its level,
"jobless rate" against "unemployment rate", a growth target against growth, a recount's margin,
seats and turnout, shares against counts, ranges and vague quantities against numbers, numbers
in words, 1998-2000 Xinhua and AP tolls, a forecast toll against a count, and evacuated against
displaced), ``dev15`` (conflict_pairs_dev15.jsonl, a fifteenth, written in round 16 before the
engine ran on it: one poll told twice, a pollster's later reading, two pollsters, sample sizes,
a margin of error, points against levels; output cuts by two countries and by two sources, oil
prices over days, inventories' change against their level, a forecast build against the
outcome, two months' gas exports, tons against tonnes; hardware pledged against delivered,
deliveries that grow, troops sent over weeks, rival claims of tanks destroyed, losses of two
armies; census counts rounded, population of two years, net migration revised and of two
years; a budget's total against a line, two outlets' tax take, dollars against pounds, a
five-year total against a year's, surpluses projected; and 1998-2000 AP and Xinhua tolls, with a
hedged toll against a count), ``dev16`` (conflict_pairs_dev16.jsonl, a sixteenth, written in
round 18 before the engine ran on it: crowds at matches told exactly and rounded, two players'
goals and one player's over weeks, transfer fees told twice; burglaries of a year against a
month's, knife crime in a country against a city, a change against its level, a rate against a
count, two years' homicides; deficits in words against per cent, two countries' deficits, a
year's borrowing against five years', debt as a level told "now"; company results in yen
against dollars, rupees in crore against billions, a per-share amount against the total, profit
against revenue, jobs cut in one country against worldwide; organisers' against police crowds,
"up to 5,000" against "5,000", "at least" against "more than", arrests against the crowd, a
nation against its capital; waiting lists over months and rounded against exact, patients in
hospital on two days, two kinds of beds; refugees recorded over months, displaced inside against
fled abroad, a month's arrivals against seven months', one number for two countries, an agency
against a government; headline tolls over days and on one day, and a crowd rounded to the
thousand against an exact count it does not round to), ``dev17`` (conflict_pairs_dev17.jsonl, a
seventeenth, written in round 19 before the engine ran on it: 1998-2000 AP, NYT and Xinhua copy:
flood, quake and hurricane tolls told on one day and over days, "some 3,000" against "3,004",
"upwards of 7,000" against "more than 9,000", rival war claims, refugees in two countries,
elections of two years with one number, a Florida margin still being counted against the
recount, two parties' shares, index closes and changes in points against per cent, OPEC cuts of
two countries, oil over days, yuan against dollars, China's trade told twice or rounded, growth
of two periods, exports against imports, jobless rates of two months, a revised payroll,
organisers' against police crowds, arrests over days, "hundreds of thousands" against a number,
a toll against its part, a yardstick toll, companies' job cuts, medal counts and crowds),
``dev18`` (conflict_pairs_dev18.jsonl, an eighteenth, written in round 20 before the engine ran
on it: 2020-2026 conflict and crisis monitoring: quake, flood and strike tolls over days and
told by rival agencies on one day, "at least" against a larger count, the UN's verified civilian
deaths a year apart, a day's losses against the running total, rival drone claims, a toll
against its children, refugees who fled against refugees a region holds, missing people as a
level, hostages released so far, prisoners against hostages, aid pledged twice on one day,
packages in dollars and euros and their parts, "a dozen" against "Twelve", vague quantities
against numbers, and one number in two places), ``dev19`` (conflict_pairs_dev19.jsonl, a
nineteenth, written in round 21 before the engine ran on it: long-form prose from features,
NGO and think-tank reports, court judgments and inquiry reports: "some 1,500" against
"1,487" (rounding, no conflict), "in the city" against "in the province" (scope, no
conflict), "A dozen" against "Twelve", "forty-five" against "45", ranges and vague quantities
against numbers, "One in four" against "25%", rates per 100,000 against counts, levels of two
years, compensation against a fine, awards told twice, a toll with no noun against "42
miners", "a package of aid" against "in aid", civilian against combatant deaths, organisers'
against police crowds, and a count of people who depend on aid that rose), ``dev20`` (conflict_pairs_dev20.jsonl,
written in round 22 before the engine ran on it: OSINT posts, daily tallies against running
totals, bracketed changes, rival salvo counts, ship cargo and flight tracking), ``dev21``
(conflict_pairs_dev21.jsonl, written in round 23 before the engine ran on it: economy and
markets copy: payrolls revised, two agencies' estimates of one growth figure, year-on-year
against month-on-month, quarterly against annualised growth, basis points against a quarter of
a percentage point, rate levels over months, oil and gold prices over days, company results
told twice, revenue against net income, currencies, sterling and the pound), ``dev22``
(conflict_pairs_dev22.jsonl, written in round 24 before the engine ran on it: non-US English-
language press, posts and live blogs: one count in two scales ("12 lakh" against "1.2
million", "2k" against "2,000", "Rs 5 crore" against "Rs 50 million", "₹7.02 lakh crore"
against "₹7.02 trillion"), currencies by sign and by code ("PHP" and "₱", "GBP 12m" and "£12m"),
"30-odd" and "300+" against exact counts, tolls updated on a later day or revised down, two
outlets or agencies told on one day, a day's count against a running total, two years'
turnout, and a state against the nation), ``dev23`` (conflict_pairs_dev23.jsonl, written in
round 25 before the engine ran on it: pairs of long wire lead sentences whose subjects carry
magnitudes, storeys, flight numbers, categories and ages, with relative clauses that date the
event ("that struck ... late Friday") and tolls told later: tolls over days, two sources on one
day, two agencies' magnitudes, a magnitude against a count of homes, a whole against its part,
a running total against last year's, a level's past peak against its new value), ``dev25``
(conflict_pairs_dev25.jsonl, written in round 27 before the engine ran on it: multi-source
story packs of a tainted-liquor poisoning, a mass abduction from a school, a stadium crush, a
ferry capsizing, a prison break, a heatwave, a port strike, an oil spill, a mine landslide and
a by-election: tolls worded "dead", "died", "killed", "drowned" and "death toll", pupils and
schoolchildren, inmates and prisoners, "kidnapped", "abducted" and "seized", "won by" against
"a majority of"; and many pairs that are not one quantity: a village's part of the toll, a
day's deaths against the toll, arrests against deaths sharing a number, a share against a
count, girls of the abducted, escapees against captives, a ransom demanded against one paid,
another year's abduction or sinking, police injured against fans injured, capacity against
attendance or people aboard, tickets sold against the crowd, prisoners recaptured against
escaped, a city's toll against the nation's, excess deaths in per cent, two cities'
temperatures, strikers against ships, an offer against a demand, containers against lorries,
km of coast against km2 of slick, oiled birds against dead birds, bodies recovered against
people missing, a predecessor's margin), ``dev26`` (conflict_pairs_dev26.jsonl, written in
round 28 before the engine ran on it: multi-source story packs of an avalanche at a ski resort,
a toxic freight derailment, a junior doctors' strike, norovirus aboard a cruise ship, a bird-flu
cull, an apartment block collapse, a volcanic eruption, a hotel siege, a teachers' strike, a dam
failure and a two-round mayoral election: tolls worded "killed", "lost their lives", "dead",
"perished", "claimed ... lives" and "fatalities", "hurt" against "injured", "ordered to leave
their homes", "evacuated" and "forced from their homes", "fallen ill" against "sickened",
"culled", "slaughtered" and "destroyed", "walked out" against "on strike", "closed" against
"shut", "freed" against "rescued", "won by" against "beat ... by"; and many pairs that are not
one quantity: survivors pulled alive against the dead, employees or children among the dead,
another valley's avalanche, leaking cars against derailed ones, firefighters against residents
injured, strikers against appointments rescheduled, a share of doctors against a count, two
hospitals' and a hospital's against the nation's cancellations, crew against passengers ill,
passengers aboard against those screened, another ship's outbreak, two farms' culls, missing
against dead, an ash column against an exclusion zone in one unit, two airports' cancellations,
attackers against soldiers and guests against staff killed, schools closed against schools
open, two days' closures, a district's flooded homes against the state's, a first round's lead
against the runoff's margin, turnout in per cent against votes cast),
``dev27`` (conflict_pairs_dev27.jsonl, written in
round 30 before the engine ran on it: multi-source story packs of a currency crisis, a hostage
release in stages, a wildfire's acreage and containment, a vaccine rollout, an election recount,
a car recall, a migrant boat disaster and a protest's crowds: an exchange rate and a policy rate
over days, reserves told by two bodies, a change in basis points against a level, a loan in
"$3 billion" and "$3bn"; hostages freed on a day against the running total, two days' releases,
prisoners against hostages, captives "handed over" against "A dozen hostages ... released",
hostages still held as a level; acres against hectares, containment over days, homes destroyed
against damaged, firefighters against residents, two fires; doses over days, a day's doses,
doses against people, a share against a count; a provisional lead against the recount's margin,
ballots rejected against a margin sharing its number; a recall expanded, national against
worldwide, crashes against injuries, a rounded count; a boat's toll over days, survivors and
missing against the dead, people aboard, a yardstick year; police against organisers' crowds,
two days' crowds, arrests against officers injured, arrests over days),
``dev28`` (conflict_pairs_dev28.jsonl, written in
round 31 before the engine ran on it: multi-source story packs of a colliery explosion, a
telecom data breach, a drought's reservoirs, a football transfer, a damages verdict and its
appeal, a heatwave, a tanker spill, a census and its revision, and a relief bill's vote: miners
trapped as a level that falls, miners rescued so far as a running total, trapped "miners" against
"workers" and a toll "killed" against "died" on one day, trapped against killed, a trapped depth
against a shaft's depth, a yardstick year's toll; customers affected revised up, a researcher's
count against the company's, business accounts against customers, a ransom against a cost, a
rounded count, a rival's breach, service restored in per cent; a region's reservoirs over weeks
and told by two bodies, two named reservoirs, the region against one reservoir, a year ago, a
volume against a share; a fee in euros against pounds, "€85 million" against "85m euros", two
fees told on one day, wages against the fee, a previous record, "about €85m" against "€84.6
million"; damages cut on appeal, two awards told on one day, compensatory against punitive,
damages sought against awarded, plaintiffs rounded; two cities' and two days' temperatures, one
city's told by two sources, an old record, Celsius against Fahrenheit, heat deaths over days and
a region's part; barrels against tonnes, a spill's estimate revised, two sources' estimates, a
cargo against the spill, oiled coast over days; a census revised, a capital against the nation,
an earlier census, two bodies' populations, households against people; votes for against votes
against, two bills' votes; a month's deaths against the year's), ``dev29``
(conflict_pairs_dev29.jsonl, written in round 32 before the engine ran on it: multi-source story
packs of a tower-block fire, a pandemic wave's hospital admissions, a ferry's manifest revised, a
car maker's job cuts in stages, a volcano's evacuation zone, a marathon's finishers and heat
casualties, a missing child's search and a famine appeal: residents unaccounted for as a level
that falls and told by two bodies on one day, a toll that rose, unaccounted for against dead at
one number, firefighters against residents hurt, two blocks' evacuees, "Around 120" against
"118"; two regions' admissions at one number, patients in hospital "now stands at", intensive
care told by two bodies, a region against the nation, admissions against patients in hospital,
admissions revised down, two weeks' admissions; a manifest revised, passengers told by two
bodies, crew against passengers, rescued against missing, missing as a level, people on board
with crew, capacity against passengers, a yardstick sinking; two stages' cuts, cuts raised
later, a company's and a union's counts, a country against worldwide, "about 2,000" against
"2,000", two companies' cuts at one number, the workforce against the cuts; a zone widened in
km, evacuees risen, people in shelters told by two bodies, two volcanoes, homes against
hectares; finishers rounded against exact, starters against finishers, runners treated risen,
runners in hospital told by two bodies, treated against hospitalised, last year's finishers;
volunteers "now stands at", km2 searched over days, volunteers told by police and organisers,
officers against volunteers, a forest's area against the area searched, "sq km" against
"square kilometres"; an appeal funded in per cent over months, a funding gap narrowed, people
in hunger told by two bodies, people reached against in need, the appeal against its gap, two
countries' appeals, last year's appeal, "$2.4 billion" against "$2.4bn"), ``dev30``
(conflict_pairs_dev30.jsonl, written in round 34 before the engine ran on it: multi-source
story packs of a mayoral count through the night, a retailer's data breach, floods' displaced,
a postal strike, a bridge collapse, a vehicle recall widened, an outbreak's daily dashboard, a
company's job cuts across sites, a protest's crowds and a trial's damages: a lead "with 40% of
ballots counted" against the final margin, two outlets' final margins, turnout against a
share, two years' turnout, two candidates' votes; accounts affected revised up, a
researcher's count against the company's, card numbers against accounts, a ransom against a
cost, a rounded count, a rival's breach; an agency's and a government's displaced on one day,
displaced risen, people in shelters falling, a district against the province, homes against
people; a union's and an employer's strikers in numbers and in per cent, two days' walkouts,
letters against strikers, pickets arrested against offices closed, an offer against a demand;
missing falling, a toll risen, missing against dead, two bodies' missing on one day, vehicles
against people, a yardstick collapse; a recall widened, a country against worldwide, crashes
against injuries, another model, "nearly 610,000" against "608,412"; a day's new cases against
the total, two days' new cases, deaths so far risen, two sources' totals on one day, a
seven-day average against a day's cases, patients in hospital as a level, intensive care
against hospital; two plants' cuts, a plant against the company, cuts raised, a company's and a
union's counts at one plant; police against organisers' crowds told on the day and kept later,
arrests against the crowd, two cities, two days; damages cut on appeal, sought against
awarded, two outlets' awards, "$48m" against "$48 million", compensatory against punitive),
``dev31`` (conflict_pairs_dev31.jsonl, written in round 35 before the engine ran on it:
multi-source story packs of a military build-up, a wildfire, an airline's cancellations, a
refugee flow, a company's results restated, a stadium crush, an embezzlement, a heat dome, a
strike on a town and a city's marches: troops told by a government and a think tank, troops
stationed risen, "more than 40,000" against "42,000", two navies' warships at one number, tanks
against troops, a yardstick year's exercises, two sides' deployments; hectares against acres,
area burned risen and told by two bodies, homes destroyed against damaged, containment risen,
two named fires, firefighters against residents; two days' cancellations, an airline's against
a tracker's, a running total risen, a day's against the running total, an airport's part,
"about 340" against "338", delays against cancellations; two crossings' and two weeks'
refugees, an agency's and a government's week, a running total risen, a week against the
total, "Nearly 140,000" against "139,212", a crossing's part; a quarter's profit restated, told
by two outlets, revenue against profit, two quarters, "€412m" against "€412 million", dollars
against euros; injured risen, a hospital's part, two hospitals, police against the club,
killed against critical, "Nearly 100" against "97"; sums of two years, a sum revised, the
prosecution against the defence, repaid against embezzled, restitution against the sum taken;
two cities, two sources for one city's day, Celsius against Fahrenheit, an old record, two
days, heat deaths risen; a strike's toll told by each side, risen, children among the dead,
soldiers against civilians; the first march against Saturday's, the previous protest, police
against organisers),
``dev32`` (conflict_pairs_dev32.jsonl, written in round 38 before the engine ran on it:
multi-source story packs of a hostage crisis at a gas plant, a bank's fraud trial, an
earthquake, a takeover, a migrant boat, an outbreak's daily dashboard, an evacuation round a
chemical fire, a closed referendum's turnout and a company's results restated: hostages held as
a level that falls and told by a ministry and a union on one day, freed on a day against still
held, two days' releases, freed so far risen, "About 40" against "41", hostages against gunmen
killed; a fine sought against imposed, two outlets' fines, a fine against damages, a fine cut on
appeal, "€25m" against "€25 million", another bank's old fine; two agencies' magnitudes, a
magnitude revised, an aftershock's, a toll risen and told by two bodies on one day, survivors
pulled out against the dead, "Nearly 7,000" against "6,950" buildings; a bid raised, two
analysts' valuations, a bid against a valuation and against revenue, a bid told twice on one
day; survivors told by the coastguard and a charity, missing as a level, survivors against
missing, bodies recovered so far, people aboard told by two sources, a yardstick year's boat; a
day's new cases against the total, two days' new cases, the total risen and told by two bodies,
deaths so far risen, a district's part; an evacuation zone widened, residents evacuated risen
and told by two bodies, a smoke plume against the zone, workers against firefighters hurt; a
closed ballot's turnout told with two values on two days and on one day, "about 61%" against
"61.4%", a count still being made against the final one, another referendum's turnout, the
share for against turnout, votes cast told twice; a year's profit restated, told by two outlets
on one day and differently later, revenue against profit, two years' profit, "more than"
against an exact profit),
``dev33`` (conflict_pairs_dev33.jsonl, written in round 43 before the engine ran on it:
multi-source story packs of a military offensive, a mayoral recount by district, a cholera
outbreak told by a ministry and by doctors, a takeover's bids per share and in total, a car
recall widened and a flood's missing found alive: territory captured told by a ministry and a
monitor and risen, villages captured risen, soldiers captured against killed, two sides' counts
of captured soldiers, "nearly 60,000" against "58,500" troops, tanks claimed against visually
confirmed, two nights' drones, civilians against soldiers at one number, two bodies' civilian
tolls; a lead with ballots still being counted against the final margin, a margin revised by the
recount and told twice on one day, two districts' ballots, a district's rejected ballots told
twice and against the county's, "about 48,200" against "48,212" votes, a margin against ballots
set aside at one number; admitted to hospital told by a ministry and by doctors, suspected cases
risen, a day's new cases against the total, one hospital against the province, a toll told by a
ministry and a charity and risen, "Nearly 1,900" against "1,870", patients still in hospital
against those admitted; a bid per share against its total, bids raised in total and per share,
a bid's value told twice on one day, "£2.1 billion" against "£2.1bn", two bidders, revenue
against a bid at one number; a recall widened, the US against worldwide, crashes against
injuries, the company's count against the regulator's, "nearly 85,000" against "84,310",
injuries risen, another model's recall; missing as a level that falls, found alive against
missing, two bodies' missing on one day, killed against missing, a toll risen, "About 140"
against "138", evacuated against missing, found alive risen),
``dev34`` (conflict_pairs_dev34.jsonl, written in session 20 before the engine ran on it: one
quantity told in other words across invented stories of floods, a rail crash, a data breach, a
heatwave, a storm, ships, May Day arrests, a valley's fighting, cholera, two court cases, job
cuts, a nurses' strike, a mayoral election, football, a motorway pile-up, a bridge collapse, a
wildfire, a bus abduction, an earthquake and an evacuation: tolls told as "killed", "death
toll", "lost their lives", "claimed ... lives", "fatalities", "died", "perished" and a headline's
"63 dead"; "forced from their homes", "fled", "driven from their homes" and "displaced";
"arrested", "detained", "taken into custody" and "arrests"; "injured", "hurt" and "wounded";
"sickened", "fallen ill", "infected" and "cases"; "hospitalised" and "put ... in hospital";
"missing" and "unaccounted for"; "abducted", "kidnapped" and "seized"; "evacuated" and
"ordered to leave their homes"; "cut ... jobs", "job losses", "lay off" and "shed ... posts";
"walked out" and "went on strike"; "convicted" and "found guilty"; "won by" and "margin of
victory"; "a crowd of" and "attendance"; active against passive ("hackers stole the data of"
against "the data of ... were stolen"); noun heads and their kinds ("38 vehicles" against
"cars, vans and lorries", "a crew of 24" against "24 sailors" and "25 crew members",
"containers" against "boxes", "homes" against "households"); units written several ways
("44.6C", "44.6 degrees", "44.6 degrees Celsius"; "310mm" against "310 millimetres"; "12km"
against "12 kilometres"; "a 95-metre section" against "95 metres long"; "12,400 hectares"
against "124 square kilometres"; "tonnes" against "metric tons"; "58.2%" against "58.2 per
cent"); money ("$4m" against "$4 million", "£48m" against "£48 million", a ransom "put at" a
sum); and negative pairs that share words but count different things: a part against the
whole, heatstroke against excess deaths, a typical year's caseload against this outbreak's,
a capacity against a load or a crowd, crew against passengers, killed against injured or
treated, vehicles against people, a fine against compensation of one sum, a ransom against a
cost of one sum, destroyed against damaged, the workforce against the cuts, strikers against
operations cancelled, votes won against the margin, displaced inside against refugees abroad,
civilians against soldiers, arrests against officers injured), ``dev35``
(conflict_pairs_dev35.jsonl, written in session 22 before the engine ran on it: one group of
people named by different nouns across articles, for the likeness grouping: pupils, students and
children of one school; miners and workers of one colliery; passengers and travellers of one
ferry or train; aid workers, staff members and employees of one charity; residents and people
displaced; a count with no noun ("rose to five", "leaving two in captivity", "revised its total
down to 53", "raised the toll ... to 11", "tally rose to 310"); money moved with no counted noun
(withdrew, pulled out, taken out, took out; raised and collected); measurements of one thing
whose noun differs or is missing ("water temperature" against "surface water", "Snow lay 1.8
metres deep" against "snow depth", a river's "water level" against the river); kinds against
their general noun (lunches and meals, cows and cattle, laptops and computers, flights and
departures); and look-alikes that must not link: another school's or another town's count, a
part of the whole ("Nineteen of the pupils", "Forty of the passengers", "Four of the dead"),
teachers against pupils, crew against passengers, rescued against trapped, brought down against
died, staff withdrawn or redeployed against staff abducted or on strike, money spent or borrowed
against money raised or withdrawn, air against water temperature, an avalanche's width against
snow depth, another kind culled), ``heldout``
(conflict_pairs_heldout.jsonl, written before the engine was run on it and never tuned on) and ``blind`` (conflict_pairs_blind.jsonl, written by a later
engineer before changing the engine: report only; ``--verbose`` never lists its individual
errors, so that it stays blind).
Labelling conventions (all sets): claims by opposing parties about one quantity (the rebels'
count of the soldiers they killed and the army's, organisers' and police's crowd sizes) are
contradictions when their ranges do not meet: the analyst is the one to weigh them. A count
within one day and a running total are different quantities (unrelated), so are a rate per
100,000 and a count, a change in points and a level in per cent, and two measures of one event
(killed and injured, fined and paid), and so are two populations that share a number (12 police
officers and 12 civilians killed) and a majority against a number of seats. A later report of a different value is an update when the
count is a running total that grew, a level that moved, or a figure the text says was revised
(even downward); a fine, an election result, a company's announced job cuts or a poll
reading told differently on the same day is a contradiction. (Prison terms are no figures: see
figures_eval.py.) Round 7 kept the rule for opposing parties: organisers' and police crowd
sizes, or a union's and an employer's count of strikers, are contradictions when their ranges do
not meet, because the panel's job is to show the analyst every disagreement; the attribution on
each side says whose claim it is.
Round 8 decided (dev8 follows): a number the sentence denies ("30 soldiers, not 300", "denied
that 500 had been arrested", "rejected claims of 2,000") is no claim of its source, so there is
no figure at it to compare (unrelated), while "no fewer than" and "not more than" are qualifiers,
not denials; amounts in different currencies are not compared (no exchange rate is known for the
day), so they are unrelated; a share of a population and a count of it are different
quantities (unrelated) even when the sentence gives the base that links them, as a rate and a
count are; a toll that the text says was corrected or lowered ("corrected the toll to 38",
"lowered the death toll to 38") is a revision and so an update, like "revised down"; the seats
or votes won in elections of different years are different quantities (unrelated); and "more
than doubled to 14,200" is the level 14,200 exactly ("more than" qualifies the change).
Round 9 decided (dev9 follows): two pollsters' readings are different quantities (unrelated)
even on one day; one poll told with two numbers on one day is a contradiction, and the same
pollster's later reading an update (a level that moved); a count still being made ("with 60% of
ballots counted", "preliminary results") and a later final count are an update, but two counts
told on one day still contradict; a GDP estimate the text says is revised ("in a revised
estimate", "second estimate") is an update of the first; quarterly growth, annualised growth
and growth on a year earlier are different quantities (unrelated); basis points are hundredths
of a percentage point and compare with them; a share in words ("a third", "one in five") meets
the whole per cent it rounds to ("33%", "20%"); a pledge and a delivery of the same hardware are
different quantities; an amount converted in brackets is a claim in its own currency.
Round 10 decided (dev10 follows): a count written to the thousand ("74,000") is consistent with
an exact count it rounds ("74,211") when they are within half the step and 1% of each other; a
magnitude the text says was revised is an update, two agencies' magnitudes told on one day
contradict; relative and absolute risk of one result are different quantities; one value in
two spellings of a unit ("1.5C", "1.5 degrees Celsius"; "1.2 tonnes", "1,200kg"; "150km/h",
"93mph") is consistent; a regional maximum ("up to 200mm") holds a station's reading ("150mm")
and two stations' readings are unrelated; one day's temperature told differently by two outlets
is a contradiction, another day's is another quantity (unrelated); a forecast and an outcome are
unrelated; "1 in 8" meets "12.5%"; two trials of different drugs that share a size noun are
unrelated (the engine cannot yet tell them apart: a known miss).
Round 11 decided (no relabelling): a reading told "now" is a level as of the report, so a later
different value is an update ("now has 350 million users", "now faces 15 counts"); a population
written with fewer modifiers is the fuller one when only one fuller one is in play ("monthly
users", "monthly active users"); the pollster named in the sentence ("a YouGov poll") bounds a
share as a place bounds a count; a crowd counted with no verb ("in front of 74,000 fans") is the
crowd that watched.
Round 12 decided (no relabelling): a temperature told for a named day is that day's reading,
so another day's reading is another quantity even when a verb of reaching tells it ("reached
41C on Monday", "reached 43C on Tuesday"); a named trial or study ("the malaria vaccine trial")
bounds its participants as a pollster bounds a share, while "the trial" or "a new study" names
none; gigawatts, megawatts and watt-hours compare; a sum of money with no other name is known by
the use it is set aside or spent for ("Rs 2,000 crore for flood relief" meets "₹20 billion for
flood relief"; "£450m on flood defences" and "£1.2bn on new schools" are unrelated); one crowd
is one quantity whatever its members are called (people who marched, the crowd the police put
at a number, demonstrators counted), while demonstrators arrested are not the crowd. Known
misses: a demand against an award of one sum (v47), "64 passengers and crew" against "64
people on board" (v37), and dev10's two trials told only by what they found (j25).

Round 13 decided (no relabelling): a number a wire correction retracts ("An earlier version of
this story said 40") is no claim (unrelated), and the corrected value ("corrected the number ...
to 14", "correcting an earlier figure") is an update of the earlier report; "64 passengers and
crew" is everyone aboard, the same quantity as "64 people on board" and not the passengers
alone; a count told for "each day" is a day's count, unrelated to the running total; a change on
a year earlier and one on the month before are different quantities; two months' median prices
are different quantities (as two months' jobs are). Known misses: one release's change told as
"fell 0.7%" and "rose 0.8%" (n32), two players' points told with no other noun (n23), the
change base (n31), damages cut on appeal (n27), and votes "finished with" against "had" (n01).

Round 14 decided (no relabelling): two days' counts told "over the past day" are two
quantities, as two named days' are; a toll cited from an earlier event as a yardstick ("the
2015 Nepal earthquake, which killed nearly 9,000", "since 1998, when a tremor killed 4,000") is
that year's count and no report on the day's story (unrelated); one numbered part of a series
("the 13th sanctions package", "the second round") bounds its count, so the next part's count
is another quantity; a prisoner swap and a release of the same prisoners are one count;
"the number of people under evacuation orders" counts people. Known misses: a count verified
from images ("Oryx has visually confirmed 7") is a floor under a claim, not a rival of it (w01:
the engine has no field to carry it); people in need against people a plan aims to reach (w44);
"about 180" against "some 200" (w49, within the analyst's sense of "about" but not the
engine's tolerance); whose losses a casualty count is ("Kyiv has suffered" against "Russia has
suffered", w42); a second quake's magnitude against the first's (w13); levels raised or cut by
a verb with its object before "to" ("cut its 2025 appeal to $29 billion", "raised tariffs on
$200 billion of goods to 25%", w09, w22); and "Transits through the Suez Canal" against "Suez
Canal transits" (w31).

Round 15 decided (no relabelling): a change on a year earlier and one on the month before are
different quantities however the month is named ("from August", "from the previous month":
dev12's n31 leftover, now read); amounts one rounding step apart ("EUR 1.2 billion", "EUR 1.3
billion") disagree; "homes and businesses" without power are a utility's customers; "jobless
rate" is "unemployment rate"; people evacuated or displaced who "remain" are a level, so fewer
later is an update. Known misses: a forecast toll ("the number of dead could reach 40,000")
against a count (z45: the engine has no field for a hedged figure).

Round 16 decided (no relabelling): a projection ("the number of dead could reach 40,000",
"may rise to") is marked ``hedged`` on the Figure and compared only with other projections, so
z45 and o53 are unrelated; hardware pledged and hardware delivered are two quantities (a
"pledged" measure); troops sent add up, so a later, larger count is an update, while troops
"stationed" stay a level. Known misses: sample sizes of two pollsters (o07) and output cuts or
losses of two countries (o13, o33), which only the subject tells apart; a population of two
year-ends (o35); a revision with no noun ("revised net migration in 2023 up to 740,000", o38);
two years' net migration named only inside "the year to June 2023" (o39); sums of money with
no noun outside a purpose verb ("$842 billion for the Pentagon", o42, o43, o46); "31 of the
58 promised" against "has promised 58" (o22, o23).

Round 17 decided (no relabelling): a name that opens the clause and does what the number
counts ("Saudi Arabia will cut output by", "Russia has lost", "Gallup surveyed") bounds the
count as a place does, so two countries' cuts or losses and two pollsters' samples are two
quantities (o07, o13, o33 read), while a reporting verb ("Russia said it destroyed") and a toll
("Russia has suffered ... casualties") leave the side to the attribution and the demonym;
"Spending ... will total" and "raises £40bn a year in taxes" now name their sums (o43, o46).
Known misses: population at two year-ends (o35), "$842 billion for the Pentagon" after
"includes" (o42), "31 of the 58 promised" against "has promised 58" (o22, o23), revisions and
years told only inside a phrase (o38, o39).

Round 18 labelled dev16 before the engine ran on it (no older set relabelled): a count within a
range's bound meets it ("up to 5,000" holds "5,000"; "at least 300,000" holds "more than 1
million", so the interior ministry's floor and a union's count are consistent); a whole year's
count and one month's are two quantities, as are a country's and one of its cities' or regions';
a rounded figure is consistent with an exact one only when it rounds to it ("74,000" against
"74,890" contradict); a per-share amount is another quantity than the total it divides; the
agency's and a government's counts of one refugee population contradict when they do not meet;
headline tolls follow the rule for tolls (a later, higher one an update, two told on one day a
contradiction). Read in round 18: a sum "a year" is a year's amount (period year), which a
five-year total does not contradict; a place reached or crossed into ("reached Spain by sea")
bounds a count as "in" does; "worldwide" is a scope of its own. Known misses: goals "this season"
(the time reader dates the season to the year before, so two reports share a date: l04);
"Burglaries fell to 41,300" against "recorded 41,300 burglaries" (l06); borrowing with no noun
(l19); "more than 7.6 million" against "some 7.42 million" (within "some"'s tolerance, l36);
people displaced inside Sudan against those who fled it (l42); "unemployment" against
"unemployment rate" (l48); "people" against "mourners" at one vigil (l50).

Round 19 labelled dev17 before the engine ran on it (no older set relabelled): a margin told
"with absentee ballots still to be counted" is a count still being made, so a later margin
is an update; two parties' shares of one vote are two quantities; index closes of two days
are a level that moved (an update, as oil prices are); a jobless rate of two named months is
two quantities, as two months' median prices are (round 13); a toll and a part of it ("224
people" against "12 Americans") are unrelated; two companies' job cuts are two quantities even
"worldwide". First run: accuracy 85.45, contradiction precision 73.33, recall 100.00. Read in
round 19: a plural capitalised at the start of a sentence ("Burglaries fell to 41,300") is no
demonym (l06 read); a crowd that took part is one crowd whatever its members are called (l50
read); a level in per cent is its rate whether or not "rate" is written (l48 read); "still to
be counted" is provisional (g14 read). Known misses: borrowing with no noun (l19), two
parties' shares where one names its party only after "with" (g17), index closes dated to a
day (g19: a day window keeps them apart), the jobless rate of two months (g31), a revision
with no noun (g35), a demonym's part against the whole toll (g41), "The death toll from
Monday's coal mine explosion" read as counting the explosion (g49), and a company named
before a "worldwide" cut (g50: one scope field holds one of the two).

Round 20 labelled dev18 before the engine ran on it (no older set relabelled): two agencies'
tolls on one day contradict when they do not meet, while "at least 1,644" and "more than 2,000"
meet; a day's losses and the running total are two quantities; refugees a region holds ("had
been recorded across Europe") are a level, so a later lower count is an update; hostages "to be
released" told as two numbers on one day contradict; a sum for one country and a sum for
another inside one package are two quantities. First run: accuracy 94.23, contradiction
precision 84.62, recall 100.00. Read in round 20: refugees a place holds are a level (s47).
Known misses: "a $61 billion package of aid" against "$61bn in aid" (s15: "package" and "aid"
are read as two things) and a toll of people killed in one attack against a toll of Palestinians
killed in the strikes that followed (s49: the events are not told apart).

Round 21 labelled dev19 before the engine ran on it (no older set relabelled): a rounded count
that holds an exact one is consistent ("Some 1,500" against "1,487"), a city's count and its
province's are two quantities, a rate of two named years is two quantities (as two months' are,
round 13), "One in four" meets "25%", a share of eligible voters and turnout are one quantity.
First run: accuracy 82.69, contradiction precision 92.31, recall 92.31. Read in round 21: a
toll told with no noun ("The death toll from the mine collapse rose to 42") joins the one
population its measure is told of elsewhere ("42 miners were killed"), as a plural demonym
joins its nation's named group: never a part a toll usually holds (children, women) and never
when two populations compete (d37 and d38 read); "a $61 billion package of aid" and
"an aid package" are the aid, one quantity with "$61bn in aid" (s15, d34 read); "civilian
deaths" count civilians, apart from "combatant deaths" (see figures_eval.py); "the number of
people ... who depend on" counts people (d51 read). Known misses: "in the city" against "in
the province" (generic places are no scopes yet: d02, d52), levels of two years told with
"in 2010" (d45), a share of voters against turnout (d29), and sums "disbursed since 2019"
(d36: no measure, so nothing to compare).

Round 22 labelled dev20 (``conflict_pairs_dev20.jsonl``: OSINT posts) before the engine ran on
it (no older set relabelled): a day's tally ("losses over the past day: 1,230 personnel") and
the running total ("since the full-scale invasion began") are two quantities, and so is the
bracketed change "(+1,230)" against its total, while the change meets another source's day
count; two sides' counts of one salvo contradict when they do not meet; drones brought down
over two regions are two counts; the whole of "24 of 27" is not the 24. First run: accuracy
80.39, contradiction precision 92.86, recall 86.67. Read in round 22: tallies and their
headings, "over" a named place, "in the city" against "in the province" as two scopes (round
21's d02 and d52), an approximate number told to four digits ("about 612,900") allowing only
its digits' slack, so a total posted the next day is an update; a comma between digits no
longer hides the year that dates a rate (d45); a share of the electorate that voted is
turnout (d29). The eval now takes the figure whose own number is the labelled one (e15).
Known misses: sums "disbursed since 2019" (d36: "disbursed" is no measure in the figure
sets' convention, and adding it lowers dev19's measure F1).

Round 23 labelled dev21 (``conflict_pairs_dev21.jsonl``: economy and markets copy) before the
engine ran on it (no older set relabelled): a month's jobs revised ("revised down to 227,000")
are an update; two agencies' estimates of one growth figure contradict; year-on-year and
month-on-month changes, and quarterly and annualised growth, are two quantities; two cuts of
25 basis points months apart are two changes; a price that sets a new record later is an
update. First run: accuracy 62.96, contradiction precision 84.62, recall 100.00. Read in
round 23: a month's jobs added, payrolls moved by a number and "job gains" revised are one
quantity (a month's name before the noun is no kind of it); GDP that grows is the economy's
growth; "hit a record" is a change cue; sterling is the pound; a nation's adjective names it as
its possessive does ("Chinese exports", "China's exports"); annualised growth is a year's
change; "job losses" are the jobs lost (and "losses" is "loss", not "losse"). Known misses: "UK inflation" against "inflation in Britain" (m07), "Brent crude"
against "Brent crude futures" and "$82" against "$82.10" (m11), a company told as the subject
against its possessive ("Apple reported revenue", "Apple's quarterly revenue", m15, m34), two
cuts of 25 basis points on two dates (m53), and two
months' inflation or jobless rate (m28, m37): labelled unrelated as dev17's g31 is, while
dev2's e10 and dev9's i14 label two months' inflation an update, so a rule either way lowers a
set; the sets need one convention.

Round 24 labelled dev22 (``conflict_pairs_dev22.jsonl``: non-US press, posts and live blogs)
before the engine ran on it (no older set relabelled): "30-odd" holds 34 and contradicts 12;
"300+" holds 312; headline tolls on two days are an update, two on one day a contradiction; the
turnout of two elections is two quantities, as their seats are (round 8); amounts in pounds and
euros are unrelated. First run: accuracy 61.54, contradiction precision 87.50, recall 70.00.
Read in round 24: the currencies, scales and "-odd" read by the figure extractor (see
figures_eval.py), "in cash aid", and an election's turnout or share keeping the year its text
names. Known misses: the naira's closes on two days (px19, as dev17's g19: a day window keeps
them apart), "the number of pilgrims at the Maha Kumbh since January 13 has crossed 66 crore"
(px28: the subject is too far for the window), and a day's count named only by a festival
("on Mahashivratri", px30: no date expression reads it). Round 23's leftovers m07, m11, m15,
m34 and m53 are left.

Round 25 labelled dev23 (``conflict_pairs_dev23.jsonl``: long wire leads) before the engine
ran on it (no older set relabelled): two agencies' magnitudes of one quake contradict (as
dev13's), "magnitude 6.4" and "a 6.4-magnitude quake" are consistent, a level's past peak
("which peaked at 12.2% in 2013") against its new value is labelled unrelated, a whole ("the 25
rockets") against its part ("18 of the 25") unrelated. First run: accuracy 60.00,
contradiction precision 70.00, recall 63.64. Read in round 25 (all in the figure extractor): a
toll's subject with a magnitude in it, the subject past a relative clause, a relative pronoun
standing for its noun, the verb after an aside, a participle with its agent, and a date in a
clause describing the event left out of the count's date. Known misses: a count with a place
("in Florida", "in Doda") against the same count without one when one side has a day window
(lp08, lp09, lp20), an aftershock's count dated by the clause ", which struck ... on Monday,"
(lp15: the clause's day is now left out, as it must be for "Floods, which began on Tuesday,
have killed"), lp23's past peak (read as an update: a level seen in another year is the same
quantity changed, as the convention for levels says), "rose to 157" against another source's
171 on one day (lp02, read as an update), and "at least 22" against "more than 90" (lp32: the
open bounds overlap).

Round 26 labelled dev24 (``conflict_pairs_dev24.jsonl``: what end-to-end QA found in grouping
and verdicts) before the engine ran on it (no older set relabelled): two parties' seats, a
margin against a party's total, a recount's change, a yardstick year's margin and a
hypothetical swing are two quantities; a margin reported while the count is made, then final,
is an update; areas told in a unit with no counted noun compare; opposite sides' losses ("the
Republic has lost", "enemy losses") are two quantities, while two sides' counts of one side's
losses contradict; a part ("on its side", "in the Posavina region", "of whom ... in collective
centres", "Nine of the victims") is unrelated to the total; "affected customers" is
"customers affected"; "down from about 20 a day earlier" is an update; a side may be undated
(``"published": null``, an article with no date): an undated report cannot be ordered, so a
different value of the same quantity is a contradiction for the analyst to weigh and never a
"later" report; small counts of countries, sides or individuals are noise.

Round 27 labelled dev25 (``conflict_pairs_dev25.jsonl``: what end-to-end QA found in grouping
multi-source story packs) before the engine ran on it (no older set relabelled): tolls told as
"dead", "died", "killed", "drowned" or a "death toll" are one quantity; a count of people
abducted, escaped or held is one quantity whatever the verb ("kidnapped", "seized") and
whatever the population's synonym ("pupils", "schoolchildren"; "inmates", "prisoners"); captives
"still being held" and those who "remain in captivity" are a level; a place's count "alone" and
a day's deaths "alone" are parts of the toll (unrelated); a place's capacity ("built for",
"holds", "licensed to carry") is no count of who was there; a demand and an offer are two
positions, while an offer raised later is an update; a winning margin and "a majority of" are
one quantity. First run: accuracy 71.15, contradiction precision 60.00, recall 33.33; end of
round 27: 88.46, 83.33, 55.56. Read in round 27 (all in the grouping): the population's
synonyms and "seized" people as abducted; a common noun for the doer ("Gunmen") bounds no
count; a count with no day told a day or two after the one day another report dates, with a
number near it, is that day's; a count dated to a past year is that year's yardstick; a count
with no place and a place's count join only when their numbers lie within twice each other;
"people" join the one named group told with their measure when near; a level's later floor
below its earlier value is an update; seats nobody won are no result; reports of one fixed fact
twenty times apart, or of one day a hundred times apart, are not paired; an extent with no noun
joins the one thing measured in its unit. Known misses: an offer against a demand and an offer
raised (y41, y42: both read as a "rise"), a night that spans two days (y28), a toll "put at" a
number "on Tuesday" read as the day's count (y36), strikers "who stayed away" with no measure
(y40), "won by" against "a majority of" (y52).

Round 28 labelled dev26 (``conflict_pairs_dev26.jsonl``: multi-source story packs, grouping)
before the engine ran on it (no older set relabelled): an avalanche's, a collapse's or a dam's
toll told as "killed", "lost their lives", "perished", "claimed ... lives" or "fatalities" is one
quantity; residents "ordered to leave their homes", "evacuated" and "forced from their homes" are
one count, and so are passengers who "fell ill" and those "sickened", birds "culled",
"slaughtered" and "destroyed", doctors who "walked out" and those "on strike", schools "closed"
and "shut", hostages "freed" and "rescued"; two groups of people hurt alike (firefighters and
residents), two ships', hospitals', airports' or farms' counts, a level in one unit measuring two
things (an ash column and an exclusion zone), two rounds' margins and two days' closures are two
quantities. First run: accuracy 65.38, contradiction precision 70.00, recall 58.33. Read in
round 28 (all in the grouping and verdicts): a named population's running total whose verb
the figure reader missed joins the one measured count of that population when near; a
day's counts become the first report of a later total that says it has risen (told one to
seven days after, near, and the measure dated to that day alone); residents are a population
of their own beside responders, and residents killed or hurt a group apart from everyone
killed or hurt (residents evacuated stay the people evacuated); two reports of one day that
both tell a rise, or a rise told the same day as another source's count, are rivals (dev4's
m03, dev23's lp02 read); a count with no place joins the one place's count of its day when
near it (lp20 read); a capitalised plural is a people only when shaped as a people's name,
so a common noun opening a sentence ("Exports", "Transits") is no people (dev13's w31 read).
End of round 28: dev26 accuracy 78.85, contradiction precision 81.82, recall 75.00. Known misses,
all in what the figure reader gives: places fronted or told with "aboard" ("At St Mary's
hospital, 340 operations", "aboard the Sea Pearl": r16, r25, r37), verbs it does not read
("were buried", "ordered to leave their homes", "culled", "beat ... by", "extended to 6 km":
r06, r09, r26, r38, r52), "operations called off since the strike began" read as counting the
strike (r18); and two of the engine's own choices: hostages "rescued" are kept apart from
those "freed" (released), since a rescue by force and a release by the captors are two
tallies in a long crisis (r39), and villagers evacuated are kept apart from people "forced
from their homes" (displaced, r35).

Round 29 (no set written or relabelled): after the figure reader's round 29 read "the number of
people who lost their lives ... has risen to seven" as people, a risen total of people with no
other name grows from the one named group of people whose count of the measure is dated (r01
read again); an approximate count written to the hundred ("some 200") holds what rounds to it,
up to a tenth (dev13's w49); futures are the commodity they trade, and a price in whole units
("$82 a barrel") holds the price with cents it rounds (dev21's m11); a population, an index
and a commodity's or currency's price with no measure are levels, whose day (and a
population's year) is no window of their own (dev15's o35, dev17's g19, dev23's lp27, dev22's
px19); a fall in per cent joins the rise in per cent of one window as a negative change
(dev12's n32). End of round 29: dev26 accuracy 78.85; dev12 96.08, dev13 90.38, dev15 94.34,
dev17 94.55, dev21 88.89, dev22 98.08, dev23 92.50. Known misses are round 28's, less the ones
named here.

Round 30 labelled dev27 (``conflict_pairs_dev27.jsonl``: multi-source story packs of kinds no
earlier set holds) before the engine ran on it (no older set relabelled): an exchange rate and a
policy rate told on two days are levels that moved (updates); reserves as of one month-end told by
two bodies contradict; a change in basis points and the rate's level are two quantities; hostages
freed on one day and the running total since the truce, two days' releases, and prisoners freed in
exchange are two quantities, while captives "handed over" and hostages "released" on one day are
one count; hostages "still being held" are a level; acres and hectares of one fire compare, its
containment in per cent is a level, homes destroyed and damaged, firefighters and residents, and
two named fires are two quantities; doses given in a day, doses in all and people given a first
dose are three; a lead "with 95% of ballots counted" and the recount's margin are an update,
ballots rejected and the margin two quantities even at one number; a recall "expanded to" a larger
count is an update, one in a country and one worldwide two quantities; a boat's people aboard told
as "people" and as "migrants" are one count. First run: accuracy 80.85, contradiction precision
88.89, recall 100.00. Read in round 30 (in the grouping and verdicts): poultry are the birds a cull
counts (dev26 r26); an offer in per cent is the pay rise offered, and a pay rise in per cent a
side's position in the dispute, a level, so a raised offer is an update and a union's demand stays
apart (dev25 y42); a named group of people told for one day with its verb unread joins that day's
one measured count of them when near ("handed over 12 captives on Sunday", dev27 h07). Tried and
dropped: "on board" as a people measure, which joined "60 passengers" to "64 passengers and crew"
or "181 people" aboard (dev12 n41, dev14 z05, dev20 e47: round 13 keeps passengers apart from
everyone aboard), so dev27's b05 stays a known miss. Known misses, all in what the figure reader
gives: an exchange rate or a rate raised "again ..., to 45%" and containment "40% contained by
Thursday" with no noun (k01, k04, w03), "expanded its brake recall to 215,000 vehicles on Thursday"
read as that day's count with no measure (f01), a loan dated to a day against one dated to the week
(k06), the fire's name read as neither scope nor noun (w07, called a contradiction), ballots
rejected read as votes (e04); and dev26's "Around 20 people were buried" against "18 skiers" (r06:
neither has a measure, and people with no measure join no named group). End of round 30: dev25
96.15, dev26 94.23, dev27 82.98; all other dev sets, held-out and blind unchanged.

Round 31 labelled dev28 (``conflict_pairs_dev28.jsonl``: multi-source story packs of kinds no
earlier set holds) before the engine ran on it (no older set relabelled): amounts in barrels and
in tonnes are not compared (no density is known, as no exchange rate is), so they are unrelated;
damages sought and damages awarded are two positions, and compensatory and punitive damages two
parts; a level a year ago cited beside today's is a yardstick (unrelated); two named reservoirs,
and a region's reservoirs against one of them, are two quantities; a temperature in Fahrenheit
and one in Celsius compare; votes for and votes against, and two bills' votes, are two
quantities. First run: accuracy 65.38, contradiction precision 42.86, recall 33.33. Read in
round 31 (in the grouping and verdicts): a town read as what a temperature measured ("Cordoba
hit 45.3C") is the temperature's place, "the thermometer" and "the mercury" are the
temperature, a place's reading with no noun on a named day is its temperature, a temperature
with no place joins no town's, and Fahrenheit converts from its own zero (q34, q36); a spill in
barrels with no noun joins the one thing measured in barrels (q42), and an extent with no
measure is a running tally; "workers" join the one trade told with their measure when near
(q04); a fee "paid" is the fee (q24); a level dated to a past year more than 90 days before its
report is that year's yardstick (dev23 lp23); a sum told "this week" joins the same sum told for
one day of that week (dev27 k06); ballots told with no measure are papers, a kind of votes that
no candidate's margin takes in (dev27 e04); a majority told as a bare number of a hundred or
more is the winning margin in votes (dev25 y52). Found on invented pairs (no dev set holds them): an
index closing at a number of points is a level; "job cuts" are the jobs cut; an extent on one day
twenty times another is no report of it. Known misses, all in what the figure reader gives: "stole the
personal data of 2.1 million customers" with no measure (q09), service restored in per cent
(q15), the reservoir named as the subject ("The Alcor reservoir is at 18% of capacity": q17,
q18), "for €85 million" after a name and "about €85m" with no noun (q23, q27), damages "ordered
to pay", "sought" and "reduced ... to" read with no measure (q28, q29, q31), "In Andalusia
alone" before a running total (q39: "alone" marks a day's count only), "put Marenland's
population at" (q45, q48), and the motion a vote was on ("The budget passed with 198 votes",
q51: two bills' votes on one day are read as rivals). End of round 31: dev28 75.00
(contradiction precision 63.64, recall 77.78), dev23 95.00, dev25 98.08, dev27 97.87; all other
dev sets, held-out (96.88) and blind (86.05) unchanged.

Round 32 labelled dev29 (``conflict_pairs_dev29.jsonl``: multi-source story packs of kinds no
earlier set holds) before the engine ran on it (no older set relabelled): residents unaccounted
for, patients in hospital and people missing are levels, so fewer later is an update, and two
bodies' counts of one day contradict; two regions' admissions, a region's and the nation's, and
two weeks' admissions are two quantities, as are admissions and patients in hospital; a
manifest revised and job cuts raised later are updates, two stages' cuts, two companies' cuts,
the workforce and the cuts, capacity and passengers aboard, starters and finishers, runners
treated and those taken to hospital, people in need and those a plan aims to reach, an appeal
and its funding gap, and two countries' or years' appeals are two quantities; an evacuation
zone widened and a funding gap narrowed are levels that moved. First run: accuracy 70.37,
contradiction precision 66.67, recall 100.00. Read in round 32 (in the grouping and verdicts):
a zone drawn round a danger ("exclusion zone", "radius", "cordon" in km or km2) and a shortfall
of money ("funding gap", "shortfall") are levels whose day or month is no window of their own
(another year's shortfall stays apart), and a distance with no noun never joins a zone (t48
read; dev26's ash column against the exclusion zone, r36, stays apart). Known misses, all in
what the figure reader gives: "unaccounted for", "in hospital" after "were", "listed",
"started", "finished", "need" and "aims to reach" read with no measure (t01, t09, t15, t36,
t50), places after "from around" (t33), "the number of jobs it will cut" (counted "jobs it
will", t24), "the number of runners treated" and "volunteers in the search" (counted "treated"
and "search", t37, t41), "sq km" read as the counted noun (t46), "the evacuation zone around
Mount Serak to 8 km" with no noun (t30), "weekly hospital admissions with the virus" counted
"virus" and "in the week to October 4" read with no window (t13, t14), "18% funded" (t47) and
"$2.4 billion for Soravia" with no noun (t54). Later in round 32: a company's job cuts are a
plan, whose day of telling is no window and whose later other number is the plan changed (an
update; two told on one day still contradict, jobs cut "so far" stay a running count), and a
pronoun after the counted noun opens a clause about it ("jobs it will cut", t24 read; dev17's
g50, two companies' cuts by two years, is now an update instead of a contradiction: the
companies are still not read apart); a backlog, a waiting list and a debt in money are levels
with no day or month window (found on invented probes). End of round 32: dev29 74.07
(contradiction precision 72.73, recall 100.00), dev17 94.55 (contradiction precision 84.62 ->
91.67); all other dev sets, held-out (96.88) and blind (86.05) unchanged. Round 33: patients
taken into hospital over a week ("admitted 2,150 patients last week") keep their week, a week's
admissions apart from the patients in hospital on a day (t12 read): dev29 88.89 -> 90.74, all
other sets unchanged. An addition ("a further 800 jobs") reaches the comparison only as a day's
count, which for a company's job cuts is the plan's day of telling and so still no window.

Round 34 labelled dev30 (``conflict_pairs_dev30.jsonl``: multi-source story packs of kinds few
earlier sets hold) before the engine ran on it (no older set relabelled): a union's and an
employer's count of strikers, in numbers or in per cent, contradict when they do not meet; a
crowd's police and organisers' counts still contradict when a later report keeps both; two
candidates' votes, two plants' job cuts, a plant's and the company's, an offer and a demand, a
seven-day average and a day's count, and patients in intensive care and in hospital are two
quantities each; accounts affected revised up, a recall widened, damages cut on appeal and a
count still being made against the final one are updates. First run: accuracy 75.00,
contradiction precision 63.64, recall 63.64. Read in round 34 (in the grouping): a place read
into the counted noun ("the crowd in Castra" with Castra as scope) is the scope told again, so
the crowd is the people who marched there (u51 now grouped, still called an update: the
organisers' count is dated to the Monday it was repeated, not the Saturday it counts); a level
told "now" whose verb went unread ("Patients ... now number 1,870") joins the one measured
level of its population when near, as a running total does (u43 read); a named group of
people told for one day with its verb unread ("18,000 workers were on strike on Tuesday") joins
that day's crowd or walkout ("took part") when within four times it, as rival counters of a
crowd differ (u20 read), and a trade the walkout counts as "people" ("12,000 teachers joined
the walkout") takes in that trade told with its verb unread; damages a jury "ordered ... to
pay" are its award, the sum "awarded" tells, with no day window of their own, while damages
paid "so far" stay payments (dev28 q29 read); people at work (a trade, nurses, doctors,
drivers, pilots, staff) told for one day with their verb unread are counted as people of that
day are ("only 6,500 dockworkers stayed away on Monday", dev25 y40 read); volunteers are
people at work too, and such people told "now" or "so far" with their verb unread join the one
crowd of them that "took part" when within four times it ("The number of volunteers in the
search now stands at 650", dev29 t41 read); hostages "rescued" are hostages freed (dev26 r39
read); a scope that names the event itself ("after the Calder House fire") is no place whose
count far from one with no scope is its part, so a count with no scope joins it as it would at
any distance (dev29 t01 read). Tried and dropped: a company's short name as its full name
("Brightwell" and "Brightwell Foods"), which read u49 but called u46's plant and company cuts
rivals (precision 63.64 -> 58.33), and a possessive name as the scope ("Apple's revenue"), which
changed no set, and a vote or seat count with no holder kept from a named holder's (u07),
which lowered dev2 (100.00 -> 95.83) and dev9 (100.00 -> 98.00). Known misses, all in what the
figure reader gives: "finished with" and "led by"
read with no measure (u02), "Her rival Tomas Brecht received" with no scope (u07, called a
contradiction), "had accessed", "stolen the data of", "recalling", "would go" and "had taken
part" read with no measure (u08, u33, u48), shares of strikers with no measure (u21), "offered"
and "demanding" a pay rise both read as "rose" (u25), "The seven-day average of new cases" read
with no noun (u42), "in intensive care" read as hospitalised (u44), "at its Ardley plant" read
as no scope (u45, u46, u48), "had marched in Castra on Saturday" dated to the Monday of its
telling (u51), and "reduced the damages ... to" with no noun (u56). End of round 34: dev30
78.33 (contradiction precision 66.67, recall 72.73), dev25 100.00, dev26 96.15, dev28 78.85,
dev29 94.44; all other dev sets, held-out (96.88) and blind (86.05) unchanged.

Round 35 labelled dev31 (``conflict_pairs_dev31.jsonl``: multi-source story packs of kinds few
earlier sets hold) before the engine ran on it (no older set relabelled): a government's and a
think tank's troops on one day, an airline's and a flight tracker's cancellations of one day, an
agency's and a government's refugees of one week, two outlets' quarterly profit, police and a
club's injured, the prosecution's and the defence's sums, two sources' temperatures of one city
and day, and each side's toll of one strike contradict when they do not meet; troops stationed,
area burned, containment, a running total of cancellations or crossings, injured and heat
deaths that rose, a profit restated and a sum revised are updates; two navies' warships, tanks
and troops, homes destroyed and damaged, two named fires, two days', two crossings' and two
weeks' counts, a day's count and the running total, an airport's or a crossing's part, two
quarters, revenue and profit, two hospitals' patients and the whole, killed and critical, two
years' sums, repaid and embezzled, restitution and the sum taken, two cities, an old record,
children among the dead, soldiers and civilians, and an earlier march or protest against
Saturday's are two quantities each. First run: accuracy 79.66, contradiction precision 66.67,
recall 80.00. Read in round 35 (in the grouping): the ground a fire has burned has no day
window of its own (c10); a risen total with no place grows from the one place's dated count
(c35), and a placed total that rose from the one dated count told without a place; a toll that
says it rose is a total even with no period; a name that does what the number counts is the
name or people's adjective the noun is told with ("Aerolane cancelled 340 flights", "340
Aerolane flights"; "Kessaria has massed", "Kessarian troops"; dev28's q15 read); an area told
of a thing read as its own noun ("The fire has grown to 12,000 hectares") is its measured
area; a fine as a noun is the sum fined; a count with no day does not take the day of its own
article's count of that day when the same teller (or the story's own voice) gives that day
another value (the lead's "About 30,000 people joined the first march, according to police"
beside the police's 45,000 on Saturday); another teller's larger crowd with no place in the
same story is a rival, not the whole; a count of a measure with no noun or unit joins the one
thing the measure is told of ("bringing the total since Monday to 750"); a place that names the
story's whole ("across the region") takes in a toll with no place near it when a named town's
far smaller count is its part; people with no place join the one count of the same people told
with a place before another name for them ("supporters"). The last six were found on invented
multi-outlet packs (the lead's dam and march packs, an airline outage, a heat dome, a stadium
crush) and change no dev set, whose articles are one sentence each. Tried and dropped: a
quarter named in the noun ("third-quarter net profit") as the window in place of the day of
telling, which groups c29 but, with no revision cue read from "restated ... to", calls it a
contradiction (dev31 precision 69.23 -> 64.29). Known misses, all in
what the figure reader gives: "Varnia has moved 14 warships" and "Estrel has sent 14 warships"
both read with the Gulf as scope and no country (c04), "at the Tarsk crossing" after "into
Moravelle" read as no scope (c22), "restated its third-quarter net profit to" read with no
revision cue and the quarter as the window while the first report keeps its day (c29), "Q3 net
profit came to €412m" with no noun (c33), "St Cuthbert's hospital is treating 31 people" and
"Royal Eastgate hospital admitted 22 people" with no scope (c36, c37), "embezzled",
"diverted" and "is accused of embezzling" read with no measure and no noun (c42, c43, c45), and
"The previous protest in Dalsund drew 12,000 people" read with no measure and no sign of an
earlier event, so it takes Saturday's day (c58). End of round 35: dev31 83.05 (contradiction
precision 69.23, recall 90.00), dev28 82.69; all other dev sets and held-out (96.88) unchanged,
blind 86.05 -> 88.37 (total only, never used to choose).

Round 36, from the misses of benchmarks/pack_eval.py (story packs imported as the app does): two
figures written in one unit take no slack of a value converted from another ("6,100 hectares"
against "5,900 hectares" is no agreement); a later, lower report of a count that only grows
revises it only when it says so ("revised", "correcting", "had fallen to"), else it is a rival;
a revision told before another outlet's report of the same day's count is no revision of that
one; a gathering given a number with no verb ("put Saturday's march at 61,000") is its crowd;
strikers counted with no verb are the walkout's people; a blaze, a wildfire and a fire are one
fire. No dev set changed, held-out 96.88 and blind 88.37 unchanged; pack_eval pairs 50.00 ->
71.05, contradiction precision 0/2 -> 4/6, recall 0/8 -> 4/8 (with the figures round 36 commit
between). Left to the figure reader, where the comparison sees no words: a later figure the text
says corrects an earlier one ("two more than the number it gave on Sunday") has no change cue;
"about 2,000 jobs at suppliers" has no scope; "91% of members had backed the strike, a figure
KessRail disputed" has no measure and no word of the dispute.

Round 38 labelled dev32 (``conflict_pairs_dev32.jsonl``: multi-source story packs of kinds few
earlier sets hold) before the engine ran on it (no older set relabelled): hostages held are a
level, so fewer later is an update, and a ministry's and a union's counts of one day contradict;
hostages freed on a day, still held, freed on another day, and hostages and gunmen killed are
two quantities each, while hostages freed "so far" are a running total; a fine sought and a fine
imposed are two positions, a fine and damages two measures, a fine cut on appeal an update; a
magnitude the text says was revised is an update (as round 10 decided), an aftershock's
magnitude another quantity; a bid raised is an update, two analysts' valuations, a bid and a
valuation, and a bid and revenue at one number two quantities each, one bid told with two
values on one day a contradiction; people aboard a boat told by two sources on one day
contradict; a closed ballot's turnout, or its votes cast, told with two values contradicts on
any day (a count that is over cannot grow) unless the first is told while the count is still
being made; a year's profit told differently later contradicts unless the text says it was
restated or revised. First run: accuracy 73.21, contradiction precision 90.91, recall 71.43.
Read in round 38 (in the verdicts): a ballot's turnout is a result fixed when the count is over,
so two values told on any two days contradict (a verb of reaching is no move) unless the later
says it revises, and it is a level only while a report told later is still being counted; a
count told while it was still being made ("With 70% of ballots counted") is replaced by a
later article's count of the same polling day (x47 read), while two told on one day still
contradict; a place's toll that says it rose, told in articles after every report of a far
smaller toll of the same day told without a place, is that toll grown, not a whole the
smaller is a part of (x15 read); bodies recovered are of the one group of people whose
recovered count is told ("nine bodies" beside "the bodies of 17 migrants"), when near and
when no other group competes (x30 read); divers and searchers are no count's holders. Found
on invented probes (no dev set changed): a noun that calls the figure restated, revised,
corrected or amended ("Corvane's restated annual net profit was €470 million") is the same
quantity told with a word of revision, so a later other value is an update; "restated",
"restatement" and "amended" are words of revision wherever the cue holds them. A ballot's
turnout told as the reading of the day it was published ("Turnout was 28% at midday", "By
4pm, turnout had reached 41%") was told while the polls were open or the count went on, so a
report published on a later day replaces it (an update), where the closed-ballot rule had made
it a contradiction; two turnouts told on two later days still contradict. A share won or
voted told for a week ("in last week's election") meets the same share told for one day of
that week ("in Thursday's election") when the week holds its one dated day, as round 37 let a
month do. Tried and dropped: people with no measure, no place and no other name kept out of
every group unless they joined a named one (it parted a wrong pair in a story pack, but
lowered dev15, dev17, dev19, dev20, dev22, dev28 and dev29). Known misses, all in what the
figure reader gives: "holding 38 hostages" and "being held hostage" read with no measure (x02),
"fined Dalberg Bank €25 million" with no scope beside "Dalberg Bank was fined €28 million on
Friday" read as a running total with no day (x09), "cut the fine imposed on ... to" read as
counting "fine imposed" (x11), "put the magnitude at 6.6" with no noun (x18), "destroyed or
damaged" read as two measures (x20), "raised its offer ... to £1.45 billion", "widened the
evacuation zone ... to 5 km" and "restated its 2025 net profit to" read with no noun (x21,
x25, x39, x51), "63 people had survived" with no measure (x27), "Turnout in Sunday's
referendum on the new constitution reached" read as counting the referendum (x45), "net
profit of more than €400 million beat forecasts" read as counting "beat forecasts" (x55). End
of round 38: dev32 78.57 (contradiction precision 100.00, recall 71.43); every other dev set,
held-out (96.88) and blind (88.37) unchanged.

Round 43 labelled dev33 (``conflict_pairs_dev33.jsonl``: multi-source story packs of kinds few
earlier sets hold) before the engine ran on it (no older set relabelled): people the text says
were found alive are a running count of their own, never the missing; a count of tanks an
open-source group has visually confirmed is a floor under a side's claim (consistent, as dev13's
w01); a bid told per share and the bid's total are two quantities, as are two bidders' bids; a
margin revised by a recount is an update of the final count, two margins told on one day
contradict. First run (the honest measure): dev33 79.59 (contradiction precision 90.00, recall
90.00); misses: bids and values with no noun read ('£1.9 billion', '540 pence', ab28-ab31,
ab34), territory captured told once with its noun and once without (ab02), a claim against a
visually confirmed count (ab06), a candidate's votes scoped by his full name and by his surname
(ab17), a margin and ballots set aside at one number (ab18), patients still in hospital against
those admitted (ab26). Read in round 43 (in the grouping and verdicts): an area told with its
measure and place but no noun is the one noun'd area of that measure and place (ab02); a name
told by the surname alone is the one named in full (ab17), a company by the first word of its
name (dev30 u49); people hospitalised told "so far" or "since" are those admitted, never the
patients in hospital now (ab26); a fine told with its day has no day window, so the fine cut on
appeal is an update of it (dev32 x09, x11). End of round 43: dev33 85.71 (contradiction
precision 100.00, recall 90.00), dev32 91.07, dev30 88.33; every other dev set, held-out
(96.88) and blind (88.37) unchanged. Left to the figure reader: bids and values with no noun
or holder (ab27-ab31, ab34), a margin "by 388 votes" (ab18), "visually confirmed the
destruction of" (ab06).

Session 20 labelled dev34 (``conflict_pairs_dev34.jsonl``: 90 pairs, one quantity told in other
words, for the measure vocabulary) before the engine ran on it (no older set relabelled): a
count is one quantity whatever verb, noun or voice tells it (a toll "killed", "lost their
lives", "claimed 74 lives", "fatalities", "63 dead"; "taken into custody" and "arrested";
"job losses" and "cut ... jobs"; "hurt", "wounded" and "injured"; "the data of ... were stolen"
and "hackers stole the data of"), whatever kind or synonym names its noun ("cars, vans and
lorries" and "vehicles", "sailors" and "crew members", "boxes" and "containers") and in
whatever spelling of its unit (hectares and square kilometres compare, as tonnes and metric
tons do); two sources' values of one count on one day contradict, a toll, a count of injured,
arrested, displaced or infected that rose later is an update, and so are a level that fell
(people still in hospital, homes without power, people missing or still held) and a spill
estimate the text says was raised from its first; a typical year's cases and one outbreak's,
a ship's capacity and its load, a stadium's capacity and a crowd, crew and passengers, heatstroke
and excess deaths, a town's part of a toll and the toll, and two measures or populations at
one number (killed and needing treatment, vehicles and people injured, arrests and officers
injured, a fine and compensation, a ransom and a cost) are two quantities each.
First run (one run, on a clean snapshot of HEAD fda1bcd's desktop/ and benchmarks/; no
answer changed after it): accuracy 63.33, contradiction precision 83.33, recall 41.67, false
contradictions 2 of 48. Not grouped: nouns of one population told by a kind or synonym
("crew" and "sailors", "seafarers" and "crew members", "containers" and "boxes", "people" and
"protesters", "supporters", "passengers", "residents"; "vehicles" and "cars, vans and lorries";
"homes" and "houses"; "jobs" and "workers"; "crowd" and "attendance": pw29, pw30, pw32, pw36,
pw37, pw58, pw68, pw72, pw79, pw82, pw90); a measure the reader left unread on one side
("fallen ill", "perished", "moved out of", "blackened", "job losses", "jobs to go",
"accessed the records of", "exposed": pw15, pw16, pw47, pw57, pw60, pw78, pw88, pw90);
temperatures, rain and lengths whose nouns or units differ ("44.6C" with "temperature" against
"44.6 degrees" with none, "the mercury", "mm" against "millimetres", "rain" against "rainfall",
"12km" with no noun against "Queues", "95 metres long" read as counting "Monday", "tonnes"
against "metric tons": pw20, pw21, pw25, pw26, pw35, pw74, pw75, pw76); money ("ordered to pay a
fine of" read as paid against "fined", a transfer fee with no noun, a ransom "put at": pw18,
pw52, pw53, pw70, pw71). Called contradictions: a typical year's cholera cases against this
outbreak's (pw49) and heatstroke deaths against excess deaths (pw23).

Session 22 labelled dev35 (``conflict_pairs_dev35.jsonl``: 45 pairs in the general shapes of
pack_eval round 7's misses, never its sentences) before the engine ran on it (no older set
relabelled): one population named by two nouns (pupils and students, miners and workers,
passengers and travellers, aid workers and employees) is one count, so two values of one day
contradict and a later running total or a level that fell is an update; a count with no noun that
a word of change or revision ties to a count is that count; money withdrawn told by "withdrew",
"pulled out", "taken out" or "took out" is one sum, and so is money "raised" and "collected" for
one appeal; a measurement told with its thing named in other words ("water temperature" and
"surface water", "snow depth" and "Snow lay ... deep") is one reading; a kind and its general
noun (cows and cattle, lunches and meals, laptops and computers) are one count; a union's and a
trust's counts of different acts by the same staff (walked out, redeployed) are two quantities.
First run (on a clean snapshot of HEAD 307e926): accuracy 53.33, contradiction precision 75.00,
recall 25.00, false contradictions 1 of 20; 20 pairs not grouped (every noun pair above, both
money shapes, both measurements, kinds, counts with no noun), and lk43 (staff who walked out
against staff redeployed, both read with no measure) called a contradiction.

Round 53 (session 22, in the comparison only): likeness in the tentative pass (see
desktop/analysis/_likeness.py): one set of people by two of its names (pupils, students and
children beside pupils; workers, staff, employees, colleagues and miners; passengers and
travellers), kinds against their whole (lunches and meals, cows and cattle, departures and
flights), a measurement's thing ("water temperature" in degrees is the water; a place told inside
the noun on one side is the other's place), a number with no name said to be revised or to have
risen ("revised its total down to 53", "Hardwick county's tally rose to 310", a sum corrected for
one day in one currency), one unnamed measurement of a place and a day, a level as it stands now
on both sides, and one company by two of its names; each within twice the other, the reason
naming the likeness. End of round 53, with the figure reader of 307e926: dev35 71.11
(contradiction precision 88.89, recall 66.67, false contradictions 1 of 20); with the reader of
HEAD 55b7ba9 (figures round 48's reading of round 7's shapes), dev35 55.56 -> 75.56 (precision
80.00 -> 90.91, recall 33.33 -> 83.33) against the comparison of 307e926; every other dev set,
held-out (96.88) and blind (88.37) unchanged either way. Known misses of dev35, all in what the figure reader gives or left on purpose: a verb
read on one side only (lk01, lk35: joining on one verb alone linked "handled" to "cancelled"
flights and launched to destroyed drones in older sets), both verbs unread with no other tie
(lk02), a place told on the earlier side only (lk01, lk13: a place's count may be a part of a
later whole), "leaving two in captivity" and money moved with no noun or verb read (lk19, lk23,
lk25, lk28), "revised ... up to 410 million euros" read as "at most" (lk22), "Snow lay 1.8
metres deep" with no noun (lk31), "took 85 laptops" read as "won" (lk36), "the number of people
displaced" against residents forced out with a scope read from "Flooding" (lk45), and staff who
walked out against staff redeployed, both verbs unread, still a contradiction (lk43).

Session 23 labelled dev36 (``conflict_pairs_dev36.jsonl``: 45 pairs, five invented stories of
running tolls told over several days by several outlets: a tower fire, a cholera outbreak, a
flood, a derailment, an earthquake) before the engine ran on it (no older set relabelled): a toll
told on a day is the count as of that day, so a later day's higher count is an update even where
its article dates it to the event's day ("Nine people died in Monday's fire", told on Thursday),
and a later plain report that is lower contradicts; a count the words limit to a day or a part
of one ("on Sunday alone", "overnight", "in the past 24 hours", "on the first day") or to a
sub-group or another place is no report of the toll (unrelated); a named correction ("revised
... down from 23 to 21", "not the 4.2 metres first given", "corrected its earlier figure of
230") is an update of the figure it names; a later "at least" below the toll is consistent.
First run (HEAD 210db69a): accuracy 86.67, contradiction precision 100.00, recall 77.78, false
contradictions 0 of 17; misses: t05 (Thursday's "Six people were killed in Monday's tower fire"
ordered before Wednesday's nine, an update), t07, f06, f07, d04, q06 not grouped (a correction
with no noun, river levels with no noun, wagons with no measure on one side, rescued people
against survivors).

Round 55 (session 23, in the comparison only): the groups of one story that report one running
toll are joined (a toll dated to its event's day by one outlet and undated by another is one
toll, read as of each telling; a measure told day by day, a count limited to its day or told
only on its day, and a total told the same day keep their days), a correction "from 23 to 21"
or "not the 80 metres first given" makes another outlet's earlier 23 or 80 the count it
replaced, and a count dated to its event's day and told days later is ordered by its telling
beside a total told in between. dev36 86.67 -> 88.89 (t05); every other dev set, held-out
(96.88) and blind (88.37) unchanged. The group joins show in pack_eval (round 8 pairs 54.72 ->
66.04), not here: two sentences make no groups to join. Known misses of dev36, all in what the
figure reader gives: t07 (a corrected "21" read with no noun or measure), f06 and f07 (river
levels with no noun, or the river's name as the noun), d04 (wagons that "derailed" with no
measure read, the second dated to its article), q06 (people rescued against survivors pulled
out, no measure on one side).

Session 23, round 56 labelled dev37 (``conflict_pairs_dev37.jsonl``: 34 pairs) before the engine
ran on it (no older set relabelled): a peak ("at its peak", "peaked at", "crested at", "at the
height of", "a peak of", "reached its highest level") is the maximum over the story, so a later,
lower level of the same quantity is consistent with it, a peak told as the level it became is
consistent, two peaks told differently contradict, a level on the peak's own day above it
contradicts, and a later level above a peak told earlier is an update (the thing grew); a level
that falls day by day stays an update; a past year's peak against the level now is unrelated
(dev23's); the men a collapse trapped against those "still trapped" days later are consistent (a
total of the event against a later level); a part ("Eighteen of the train's 42 wagons") against
its whole is unrelated and two parts of one whole that differ contradict; flows over different
stretches of days are unrelated, one stretch told twice contradicts; a yearly rate against one
event's count is unrelated; a demand lowered, or its first value named as first, is an update;
a count on election night against the recount's is an update, two counts of one recount
contradict; rival counts (police against a rights group, an operator against families) stay
contradictions. First run (HEAD dbf9d6e5, .venv/bin/python benchmarks/conflicts_eval.py --set
dev37): accuracy 41.18, contradiction precision 64.29, recall 75.00, false contradictions 3 of
17.

Round 56 (session 23, in the comparison only): a name two articles share joins their stories
only within a year; a part told with its numbered whole ("30 of its 74 branches") is not paired
with a count of that whole, nor the whole told inside it with a count no higher than the part;
a contradiction is dropped where the other article tells the same number too, by one teller,
beside its other one (an earlier demand, a part); money withdrawn adds up as a toll does; a kind
meets its whole only where the whole is named as the whole ("households" are no flats); a count
of people whose article tells a lower count of a kind of them by one teller ("and 15 of them were
guards") is not paired with another's lower count of that kind; and a peak ("at its peak",
"peaked at", read from the figure's change cue) is consistent with a level no higher told of its
day or after, an update of an earlier level below it and of a later level above it, and a
contradiction with one above it on its day or before (the packs' towerfire and blackout answers
agree). The figure reader does
not yet name peaks in its change cue, so the last does not fire on today's reader; with the cue
widened in-process (no reader file edited) dev37 is 41.18 -> 47.06 and every other set
unchanged. dev37 at the end of round 56: accuracy 41.18, contradiction precision 64.29 -> 69.23,
false contradictions 3 -> 2 of 17 (w01, money withdrawn over two stretches of days, now an
update); every other set, held-out (96.88) and blind (88.37) unchanged; the round's changes show
in pack_eval (unjudged contradictions 24 -> 16, --together pairs between packs 7 -> 1), not
here: most of them need the other figures of an article or a project, which a pair of sentences
lacks. Known misses of dev37: the peaks' pairs (k01-k13, k16: no peak cue from the reader; river
and lake levels with no noun, "last week" read as a week's window for a level, customers with no
measure), k18 (the men a collapse trapped read as a level that fell), p05 (the "15 of them" that
makes 42 everyone is not in a one-figure side), w01 (an update, labelled unrelated), w03 (a
yearly rate: the reader gives "a year" no window), r01 and r02 ("a ransom" and "ransom demand"
not grouped; the first demand's "first" after its number unread), v01 and v02 ("on election
night" a day's window on one side only; the candidate against the ward as the place), and c01,
whose sentences name two different Saturdays as dated (published 2 July 2032, a Friday, "on
Saturday" is 26 June; the other side's "Saturday's march", told on 3 July, is 3 July): the
dates were chosen when the pairs were written and are left as they were run.

Round 57 (session 23): the figure reader names peaks in its change cue ("at its peak", "at the
height of the fire", "peaked", "crested", "reached a peak of", "its highest level";
desktop/extract/_figure_words.py), so round 56's peak rule fires: dev37 41.18 -> 47.06, every
other set unchanged; pack_eval default pairs 85.52 -> 85.79, contradiction R 71.83 -> 73.24.
And compare() takes the articles' titles and texts (``about=``), by which stories running in
the same weeks of one project are told apart (the words of each title and lead, weighted by
their rarity in the project; an article joins the story of its weeks whose words are most like
its own). That shows in no pair of this benchmark (a pair of sentences is no project of
stories, and it passes no ``about=``): its dev set is three invented stories of the same weeks
in tests/analysis/test_conflict_round57_stories.py (first run one story and 2 pairs between
stories, now three and none), and pack_eval --together, with ``about=`` passed in-process,
has 0 pairs between packs (1 before), default and round8 runs unchanged. The app passes no
``about=`` yet (desktop/services/project.py, another area's). Every set here, held-out (96.88)
and blind (88.37) unchanged by it.

Round 60 (session 24) labelled dev39 (``conflict_pairs_dev39.jsonl``: 12 pairs, before any run
of the engine on them): a teller revising its own count after the number ("The number of armed
men was five, police said, revising their earlier estimate of four"), a count corrected on a
named day ("The county on Friday corrected the number of homes destroyed in Brackley to 38, down
from the 42 it gave on 10 March"; "corrected the length of the flooded road ... to 7 km"), sizes
told with their dimension after them ("The sinkhole, about 15 metres wide," against "was 25
metres wide"), a deed after a place and "and" ("destroyed 130 homes in Velby and damaged 300
more"; x11-x12 added with their answers after x01-x10 had run), and controls. First run, engine
of HEAD 39a560e4 (x01-x10): accuracy 20.00, contradiction precision 0.00 (2 said, none right),
recall 0.00 (of 2), false contradictions 0 of 3. x08 (a slick's length against a beach's) was
labelled consistent and is unrelated since that run: two different things, this benchmark's
label for them. All 12 on that engine: accuracy 25.00, precision 33.33, recall 33.33, false
contradictions 0 of 4. After round 60's reader fixes (desktop/extract/figures.py): accuracy
83.33, precision 100.00, recall 66.67, false contradictions 0 of 4; every other set, held-out
(96.88) and blind (88.37) unchanged. Left: x04 (a correction beside another teller's count told
the same day is read as a revision), x05 (the road's length told as "9 km of the Orrin valley
road" with "Floodwater" read as its scope).
Round 60 (2) added x13-x14 with their answers before any run: a missing count and a count in
shelters told days later as they stand ("nine are still missing, the fire service said on
Thursday", "about 600 residents remain in shelters, the council said on Wednesday"), after a
clause naming the event's day. On HEAD 889dbe16 both were contradictions ("both as of" the
event's day): dev39 accuracy 71.43, precision 50.00, recall 66.67; with the level dated by its
saying, 85.71, 100.00, 66.67. Every other set, held-out and blind unchanged.
Round 60 (4) added x15-x17 with their answers before any run: an addition to a day's count
("Four more hostages were freed in Dorra on Monday evening", "Another 300 people were evacuated
from Kessin on Tuesday") beside the day's other count (unrelated), and two tellers' counts of
one day with no word of addition (a contradiction). On HEAD 70524190 all 17: accuracy 70.59,
precision 50.00, recall 50.00, false contradictions 2 of 6 (x15, x17); with an addition kept
apart from the day's other count, 82.35, 100.00, 50.00, 0 of 6. Left: x16 (five freed, then
eight "on Monday" told by another teller the next day, read as a count that rose).
Round 60 (5) added x18-x19 with their answers before any run: a count told "a year" (a yearly
rate: "treats about 700,000 patients a year") beside one event's count of the same people
("copied the records of about 450,000 patients"), unrelated, and two yearly rates told apart, a
contradiction. On HEAD de9c52c1 all 19: accuracy 78.95, precision 75.00, recall 60.00, false
contradictions 1 of 7 (x18); with a count told "a year" or "a month" read as that period's rate
(desktop/extract/figures.py), 84.21, 100.00, 60.00, 0 of 7. It also mends dev37 w03 (the same shape): dev37
accuracy 47.06 -> 50.00, precision 69.23 -> 75.00, false contradictions 11.76 -> 5.88; every
other set, held-out and blind unchanged.
Round 60 (6) added x20-x21 with their answers before any run: people told by a radius round a
place before their verb ("Some 1,200 villagers living within 3 km of the Mount Essa crater were
told to leave their homes"). On HEAD 9f3c3155 all 21: accuracy 76.19, precision 75.00, recall
60.00, false contradictions 1 of 8 (x21: two unmeasured counts of people); with the radius read
as where they live (desktop/extract/figures.py), 85.71, 100.00, 60.00, 0 of 8; every other
set, held-out (96.88) and blind (88.37) unchanged.
Round 60 (7) added x22 with its answer before any run: "released 11 workers on Friday" (the
company) against "16 workers were allowed to leave ... on Friday" (officials, a day later), a
contradiction. On HEAD 4da4a716 the second side had no measure; with "allowed to leave" read as
released it has, and the pair is still called an update (a day's count told higher a day later
is read as news of that day): dev39 81.82, precision 100.00, recall 50.00 on both.
Round 60 (8) added x23-x24 with their answers before any run: those waiting ("About 40 lorries
are waiting at the Kestrel border crossing", then "Some 120 lorries were waiting", an update;
two tellers' counts of one morning, a contradiction). On HEAD 47e3ba02 all 24: accuracy 79.17
(x23 not grouped: two unmeasured counts with no word of time); with a count of those waiting
read as a level as told (period current, desktop/extract/figures.py), 83.33; precision 100.00,
recall 57.14 on both; every other set, held-out and blind unchanged.
Round 60 (9) added x25 with its answer before any run: "The ransom the kidnappers in Vell
demanded was 1 million dollars" against "have demanded a ransom of 3 million dollars", a
contradiction. On HEAD 99a64192 all 25: accuracy 80.00, recall 50.00 (x25 not grouped: the
second read as a sum of kidnappers); with a clause with no "that" after the noun read as saying
which ransom (desktop/extract/figures.py; the first try did not take the clause's "in Vell",
fixed before this commit), 84.00, recall 62.50, precision 100.00 on both.
Round 60 (10) added x26-x27 with their answers before any run: "Police said on Wednesday they
had recovered 9 bodies" against Monday's "recovered 4 bodies" (an update) and another teller's
11 (a contradiction). On HEAD 93419e24, all 27: accuracy 81.48, precision 100.00, recall 66.67
(x26 not grouped: a day's count beside one dated by the day it was said). Tried and dropped:
the day right after a verb of saying ("said on Wednesday it had recovered") read as no window,
as "said on Wednesday that ..." is: x26 stayed apart (two figures alone), round 9 unchanged,
the default run's pairs 86.01 -> 86.25 (shipwreck 6 ~ 12 bodies), but rounds 35, 37 and 46
chose that day as the count's ("Regional officials said on Friday the fire had burned 5,100
hectares" against "3,400 hectares by Friday"; offers "said on Tuesday it would offer") and
their tests failed.
Round 60 (11) added x28 with its answer before any run: "60 firefighters are at the scene"
against "At the height of the fire, 95 firefighters were deployed", an update. On HEAD
556f71a5 all 28: accuracy 78.57 (x28 not grouped: the first had no measure); with "are/were
at the scene" and "on the scene" read as deployed (desktop/extract/_figure_words.py), 82.14;
precision 100.00, recall 66.67 on both.
Round 60 (12) added x29-x31 with their answers before any run: speeds told with no noun ("The
coach was travelling at 62 km/h" against a witness's "doing about 100 km/h", a contradiction; a
tram's speed corrected in the later report, an update; a speed against the bend's limit,
unrelated). On HEAD a30f246f all 31: accuracy 77.42, precision 100.00, recall 60.00; with a
speed with no noun read as the story's one speed (conflicts._quantity) and a denied number said
to be the one first told after a unit with a slash ("not 40 km/h as first reported",
desktop/extract/figures.py), 80.65, 100.00, 70.00. x30 stays unrelated here: its correction is
told in the same sentence as the 52, and this benchmark hands the comparison the two chosen
figures only (and its sentences name a place, which keeps a speed apart).

Round 59 (session 24): the context-likeness tier (desktop/analysis/_context.py) pairs, as
tentative, a loose figure of a story with a figure of another of its articles told among alike
words in their clauses, read from the articles' openings that ``about=`` gives. A pair of
sentences passes no ``about=``, so no pair here changes: every set, held-out (96.88) and blind
(88.37) byte-identical (clean archives 17f4d7fd -> b8dfe22d). Its dev data are the pack rounds:
threshold 0.40 chosen on rounds 1-4 (pairs 153 -> 154 of 175), checked on rounds 5-8 (167 ->
169 of 198) and 9 (33 -> 35 of 56); pack_eval's default run (45 packs) pairs 82.28 -> 83.45,
contradiction P 88.52 -> 87.88, R 66.67 -> 71.60, unjudged 21 -> 24; --together 0 pairs and 0
contradictions between packs, before and after.

Round 62 (session 24) checked two tentative pairs of the default pack run whose judging the
packs' answers dispute against this benchmark's sets (held-out and blind not read), and changed
no judging. (a) quake "injuring more than 200" (10 March) ~ "Hospitals ... were treating 240
injured people on Wednesday evening" (11 March), judged "update, the floor rose", answered
consistent. Here a lower bound and a count above it agree when told the same day (42 items
labelled consistent, e.g. k04, j10, s29, r24, u19) and are an update when the count is told on a
later day, cue or not (28 items: with "risen to"/"climbed to" mostly, but u09 "have killed 205",
j41 "Nearly 400,000 have been evacuated", e30, lp10, v01, t30 with none); dev29 t35 (finishers
of one marathon told next day) is the one later-day consistent. Reading such a pair as consistent
would cost those updates; the quake's 240 is a level of patients in hospital, not the quake's
injured, and the tier should rather not join them (left). (b) busplunge "Another 33 were
injured" (24 May) ~ "Of the 31 injured passengers, nine are in intensive care" (25 May), judged
contradiction, answered update. Here a toll told lower on a later day with no word of revision is
a contradiction (e05 48 -> 35 killed, h18, h15, q09, t05, e23), an update only for a level told
as falling ("has fallen to": w21, t01, t19, u26, pw13, s32); the pack's answer follows a
convention these sets do not. The tier's pairs, the default run, after round 62 (1): 14, judged
right 6, wrong 2 (these two), unjudged 6.

Round 64 (session 25) labelled dev40 (``conflict_pairs_dev40.jsonl``) before any run, one
group of items per pattern of round 10's misses. y01-y04 (a teller naming the earlier count it
replaces: "185 sailings were cancelled on Monday, more than the 140 first reported", "fewer than
the 60 initially reported", "six more than the 35 originally announced"; a rival's count named
by "than the 900 the union first claimed" stays a contradiction): first run on HEAD 64a0efe4,
accuracy 25.00, contradiction precision 33.33. The named count is a figure of its own in the
same sentence, which this benchmark did not hand the comparison: an item with ``"whole":
true`` now hands compare() every figure of its two texts (the pair judged is still the two
labelled figures'), a harness change made after that first run, answers unchanged. y05-y06
(added with their answers before their first run: the earlier count told with no teller,
"Airlines cancelled 90 flights", named by the airport authority's "more than the 90 first
reported", an update; without the naming, a contradiction). With "whole", HEAD cd68ade6, all
six: accuracy 33.33, precision 40.00; after round 64 (1) (the bare number no longer counts
"first", and a count told with no teller may be the one a later teller names) 66.67, 66.67.
Left: y02 ("The council said ... fewer than the 60 initially reported": "the council" is all
filler words of a teller's name, so no teller is shared), y03 (not grouped: two days' counts).
Round 64 (2) added y07-y09 with their answers before any run: a distance between places is
no other length of the story ("Ash fell as far as the port of Selva, 140 km to the east"
beside an ash column's 9 km, unrelated; "stopped 2 km from the village" beside a flow "3 km
long", unrelated; two tellers' "40 km" and "65 km north of Tarvo", a contradiction). First run
(HEAD 21a30481 engine, y01-y09): accuracy 55.56, precision 60.00, false contradictions 50.00;
with a length told with "to the east", "north of", "away", "offshore", "from" read as a
distance (desktop/extract/figures.py), y07-y09 right. Round 64 (3) added y10-y13 before any
run: a count of two deeds joined by "or" ("312 flights were cancelled or diverted") beside a
count of one ("Airlines cancelled 260 flights and diverted 52"), unrelated; "arrested or
detained" beside "arrested", unrelated; two counts of both deeds, a contradiction; two counts of
one, a contradiction. First run (with (2)): all 13, accuracy 69.23, precision 62.50; with the
two deeds read as one measure of both, 76.92, 71.43 (y11 left: the reader takes "detained" for
"arrested", so "arrested or detained" is one deed). Clean archives of HEAD 21a30481 before ->
after (2) and (3): dev40 (y01-y13) 53.85 -> 76.92; every other set, held-out (96.88) and blind
(88.37) unchanged.
Round 64 (4) added y14-y16 with their answers before any run: a level told with a verb of
reaching ("The ash column reached 11 km on 5 May") beside another outlet's peak of that day
("put the ash column at 13 km on 5 May, its highest point so far"), a contradiction; a level of
a later day, consistent; a river that "reached 5.2 metres" and "peaked at 6.1 metres" on one
Tuesday, a contradiction. First run (HEAD 21a30481 with (2)-(3)): all 16, accuracy 62.50,
precision 71.43, recall 71.43; after (4) (clean archives of HEAD f4bda90c) 68.75, 75.00, 85.71;
every other set, held-out and blind unchanged. Left: y15 (the peak "so far" is dated by its
telling, 9 May, so the 4 km of 7 May reads as growing to it), y16 (not grouped: "the river
Lenn" against a scope "Lenn").
Round 64 added y17-y20 with their answers before any run (approximate counts told to their
last digits: "about 47,000" and "some 51,000" passengers affected, a contradiction; "About
50,000" and "Some 48,000" marchers, consistent; "About 4,200" and "Some 4,300" evacuated,
consistent; "About 1,300" and "About 1,600" homes damaged, a contradiction). First run (HEAD
84b951f7), all 20: accuracy 70.00, precision 77.78, recall 77.78. Tried and dropped: an
approximate count of two or more significant digits holding one step of its last digit (at
least 2%) rather than its qualifier's 5%: every set unchanged (y17 became an update: "affected"
is read as a count that only grows), and in the default pack run round 10's 47,000 ~ 51,000
became an update and derailment's 3,500 ~ 4,000 (answered update) a contradiction: P 94.44 ->
93.15. Round 64 (5) added y21-y22 before any run: a deed told in two tenses ("65,000 birds on the
two farms have been or will be culled") beside "the number of birds culled or to be culled has
risen to about 190,000", an update, and beside "The Orrin duck farm held 21,000 birds",
unrelated. First run (HEAD 84b951f7), all 22: accuracy 63.64, precision 70.00; after (5)
(desktop/extract/figures.py: "or" between two auxiliaries) 72.73, 77.78.
Round 64 (6) added y23 before any run ("whole": "two drones were seen over the runway", then
"Investigators now say only one drone was flown ..., not two as first reported", an update):
first run (HEAD 5040e9d8), all 23: accuracy 69.57 (the "one" was no figure); after (6) (a "one"
told as the only one with its noun is a count: desktop/extract/figures.py) 73.91.
Round 64 added y24-y26 with their answers before any run: a level told as still standing
below the day's count told without "still" ("33 miners had been caught by the collapse" and
"20 miners were still trapped", consistent: those left), two counts still standing (25 and
20, a contradiction) and a remainder above the count (33 trapped, 40 still trapped, a
contradiction). First run (HEAD 5040e9d8 engine), all 26: accuracy 73.08, precision 75.00.
Tried and dropped: a level told "still" below a same-day count with no period read as its
remainder (consistent): dev40 76.92, precision 81.82, the default pack run's unjudged 21 -> 20
(minecollapse's 33 ~ 20), but held-out accuracy 96.88 -> 93.75 and recall 100.00 -> 90.00 (one
of its contradictions read as a remainder; its items not read): the reader does not tell the
count of the event ("had been caught") from a rival count of the day, which the rule needs.
Round 64 added y27-y29 with their answers before any run (a later teller naming the count it
replaces when the reader gives that count the sentence's noun: "41 people were held ..., up
from the 35 previously announced", "12,400 tickets, not the 15,000 originally claimed", "41
people were arrested ..., up from the 35 previously announced", each an update). First run
(HEAD 8e74222e), all 29: accuracy 72.41; y28 and y29 right already, y27 not grouped ("held"
is no measure, and people with no measure say too little). No rule changed for them.
Round 64 (9) added y30-y31 before any run: "In all 58 people were held at some point during
the siege" beside "The hostage-takers held 35 people when talks began", unrelated (all ever
held, and those held at one time); two counts of those the hostage-takers are holding, a
contradiction. First run (HEAD fda274d0), all 31: accuracy 70.97, precision 71.43; with
"hostage-takers" and "the attackers" read as captors, whose captives held are a level
(desktop/extract/_measure_vocab.py CAPTORS_HOLDING_RE), 74.19, 76.92; every other set,
held-out and blind unchanged.

Figures round 56 (session 25) labelled dev41 (``conflict_pairs_dev41.jsonl``: dr01-dr12,
before any run) for durations, which round 56 reads as figures (desktop/extract/durations.py):
two lengths of one fire or closure that differ contradict (dr01, dr02: "had been closed for 17
hours" against "was shut for 20 hours in all"), a riot that "lasted about 31 hours" and "a
31-hour riot" are consistent (dr03), a closure still going ("has been closed for three days",
then "has now been closed for five days") is an update (dr04), "more than two weeks" and 17
days are consistent (dr05), three weeks and 12 days contradict (dr06), 50 hours and "two days"
are consistent (dr11: a count of days is told to the day; labelled consistent before the
first run, changed from contradiction on second thought, still before it); talks' six hours
and a strike's 12 days (dr07), a closure's hours and passengers stranded (dr08), hostages held
and a road closed for the same 11 days (dr10) and a closure planned ("will stay closed for the
next three days") against one told (dr12) are unrelated; "more than 40 hours" and 46 hours
trapped are consistent (dr09). First run (clean archive of HEAD 9edc6753): accuracy 33.33,
contradiction P/R 0.00/0.00 (no duration read). After round 56 (1)-(4): 100.00, 100.00/100.00,
false contradictions 0 of 8 (dr09 was an update until a verb of reaching in another clause,
"before rescuers reached them", stopped being a duration's change cue); every other set,
held-out (96.88) and blind (88.37) unchanged.

Conflicts round 65 (session 25) labelled dev42 (``conflict_pairs_dev42.jsonl``) before any
run: the dead counted as found, named or buried are a part of a toll so far, never its rival
(t01-t05, t08-t11: "At least nine people were killed" and "four bodies were recovered",
"Eight victims ... have been identified", "Relatives buried seven victims", "Police have named
six victims", "have so far pulled 15 bodies", unrelated); two counts of bodies recovered (t06,
t13) and two tolls (t07, t12) are still compared. Items may ask for ``about``: each text is
also its article's opening, as the app hands compare (the context tier reads openings);
t01-t07 are one sentence each, in which the context tier, weighing a word's rarity among so
few figures, pairs nothing, so t08-t13 were added (still before any run on them) as stories
of three or four sentences with ``whole``. t07 was labelled contradiction and is consistent
("at least 23" against 31 both hold): relabelled after the first run, my own slip. First run
(HEAD 512e4b54, all 13, t07 consistent): accuracy 84.62, contradiction P 60.00 R 100.00, 2 of
10 false (t08 by the context tier, t09 by the likeness tier's "both killed"). With
``_context.toll_part`` (a count read as the dead found is a part: the context tier pairs no
part with a whole): 92.31, P 75.00, false 1 of 10 (t09 left: the likeness tier reads a frame,
not the sentence); every other set, held-out (96.88) and blind (88.37) unchanged. Round 65
(2): the likeness tier drops a pair of the dead told as a part (``_context.parts_of``, for a
figure counting bodies, victims or the dead) and a figure told as no part: dev42 100.00 (t09
right), every other set, held-out and blind unchanged. Round 65 (3) added t14-t17 before any
run: a reckoning revised in the passive ("The government estimated the damage at 800 million
dollars on Monday", then "Damage is now put at 1.1 billion dollars", t14; losses from the
floods, t15) is an update, two reckonings of one day contradict (t16), the damage and a sea
wall's value are unrelated (t17). First run (HEAD 6ff7de84, all 17): accuracy 88.24 (t14, t15
not grouped: no noun read before "is now put at"). With the passive's subject read as what is
reckoned (desktop/extract/figures.py): 94.12 (t15 left: "estimated losses ... at 2 billion
euros on Tuesday" reads a day's window, losses of that day); every other set, held-out and
blind unchanged. Round 65 (4) added t18-t21 before any run: people gone to shelters ("have
moved to evacuation centres", "have fled to temporary shelters") and those sheltered there
are one level (t18 update, t19, t20 contradictions), beside an order to leave their homes
they are another quantity (t21 unrelated). t19 was labelled update and is a contradiction:
its second text, of Friday 3 June 2033, tells "on Wednesday", the first text's own day (my
slip of the calendar, relabelled after the first run). First run (HEAD b633ebaf, all 21):
76.19 (t18-t21 wrong, t21 a false contradiction: 9,000 gone to centres read as evacuated, a
count told lower than 40,000 ordered out). With people who went to shelters in the active
read as sheltered (desktop/extract/figures.py): 90.48 (t19 left: "fled to" stays a
displacement, as four figures sets label "fled to camps" and "had been moved to shelters";
a first, wider rule cost those sets' measure F1 and was narrowed); every other set, held-out
and blind unchanged. Round 65 (5) added t22-t23 before any run, stories with ``whole`` and
``about``: "killed 23 people, nine of them children" and "Two of the dead were police
officers" beside the toll are parts, unrelated; first run (HEAD 20d250eb): both right already
(the context tier's "of them", "of the" parts), all 23: 91.30. Round 65 (6) added t24-t25
before any run: a toll told to date on the day of the deaths ("Police say at least four
people have died", told on Thursday) and a report of them killed on that day ("Six people
were killed when a gas explosion destroyed a house in Hesk on Thursday morning", told on
Friday) are one toll, an update (t24, round 10's gasblast three ~ Five); the same told on one
day with two values a contradiction (t25). First run (HEAD 779e045d, all 25): 84.00, both not
grouped (a day's window against a toll to date; t24's place told on one side). Tried and
dropped: letting the likeness tier take the two as of one day window when the toll to date is
told on the dated report's day made t25 right and t24 consistent (dev42 88.00), but round 10
pairs 80.39 -> 78.43 (cyclone's Two ~ six and Fourteen ~ 16 lost their updates) and the
default run 86.46 -> 86.25, so it is not kept. Open for the next round. Round 65 (7) added
t26-t27 before any run: "Some 3,000 villagers took refuge in schools" and "About 4,200
villagers were sheltering in schools" of one day contradict (t26); "took cover in a
basement" and people sheltering are unrelated (t27). First run (HEAD fe66c8e0, all 27):
81.48 (t26 not grouped: "took" read as seats won). With took/taken refuge or shelter read
as sheltered and "took cover" no measure (desktop/extract/_figure_words.py): 85.19; every
other set, held-out and blind unchanged. Round 65 (8) added t28-t30 before any run: a farm
that "held 30,000 birds, all of which were culled on Monday" against "culled 24,000 birds at
the Brenn poultry farm on Monday" contradicts (t28); "carried 212 passengers, all of whom
were rescued" updates "180 people were rescued" (t29); "none of which were infected" counts
no pigs culled (t30, unrelated). First run (HEAD 9c18a0c9, all 30): 80.00 (t28, t29 not
grouped). With what befell all of a count read as its measure (desktop/extract/figures.py):
86.67; every other set, held-out and blind unchanged. Round 65 (9) added t31-t32 before any
run: the items of a count broken down after a colon ("About 50,000 birds have been culled on
three farms: 30,000 hens at Pell, 12,000 turkeys at Ardo and 8,000 ducks at Wenn") against
"All 11,000 ducks at the Wenn farm were culled" told the next day (t31, contradiction: one
farm's cull told twice), and "Police made 40 arrests over the weekend: 25 in Tarro and 15 in
Esk" against "40 people were arrested in Esk over the weekend" (t32, contradiction). First
run (HEAD d922b94e, all 32): 81.25, both not grouped. Tried and dropped: a list item after a
colon taking the measure of the count before the colon (round 10's birdflu "17,000 ducks at
Orrin"): t31 became an update (the count read as grown), no pack pair moved, and figures_eval
dev22 measure F1 97.03 -> 96.08, so it is not kept. Open: the item's place ("at Orrin", "at
Wenn") is not read as its scope, and "15" arrests in Esk is not grouped with people arrested.

Conflicts round 67 (session 26) labelled dev43 (``conflict_pairs_dev43.jsonl``) before any
run. z01-z08, a count of two deeds joined by "or" beside a count of one of them (the rule of
round 64 keeps them apart): the part told earlier and lower, then the whole, is an update (z01,
z06); the part told later or on the same day and no higher is a part, unrelated (z02, z05,
z08); the part higher than the whole of its day, or a whole told later lower than a part told
before, is a contradiction (z03, z07); the part told later and higher than an earlier whole is
an update (z04). z09-z13, people still at large or on the run: a level that falls as they are
caught (z09, z13 updates; z13's second count names no noun), two of one day (z10,
contradiction), escaped or recaptured against at large (z11, z12, unrelated). z14-z16, a toll
told as "the number of people who died when X happened on <day> has risen to N": the day is
the event's, not the count's (z14, z15 updates; z16 two values told on one day, a
contradiction). First run (HEAD f0bb6211, all 16): accuracy 62.50, contradiction P 60.00 R
75.00, 1 of 5 false; wrong: z01, z03, z04 (not grouped: the "or" rule), z05 (a contradiction:
"arrested or detained" reads as one deed, detained being arrested in the reader's vocabulary,
so the union is taken for the part), z13 (not grouped: "Six remain at large" names nothing),
z14 (a contradiction: "11" dated on the day of the fire, before "seven" of the day after).
Round 67 (2): a count of both deeds and a count of one of them (or of a kind of its things,
"departures" of flights) are paired, tentatively, as one count's reports are, except a part no
larger than the whole told on its day or after (only its part): 75.00, P 66.67 R 100.00 (z03,
z04 right; z01 consistent: "at least 45" and 290 of one day overlap, labelled update; z05,
z13, z14 as before); every other set, held-out (96.88) and blind (88.37) unchanged.
Round 67 (3): "at large" and "on the run" count those not yet caught, a level
(desktop/extract/_figure_words.py): 81.25 (z13 right: "Six remain at large" names nothing but
its measure); every other set, held-out and blind unchanged.
Round 67 (4): a date in a "when" clause before a toll in the perfect is the event's, the
toll is as of its telling (desktop/extract/figures.py): 87.50 (z14 right); every other set,
held-out and blind unchanged.
Round 67 (5) added z17-z21 before any run: "18 inmates who escaped" told on Monday and "21
prisoners, not 18 as first reported, had escaped" on Tuesday (z17, update), two counts of the
escape told on one day (z18, contradiction), those "back in custody" of the escapees against
the escape (z19, unrelated), escapees "caught" then "recaptured" (z20, update), caught against
still at large (z21, unrelated). First run (HEAD 24a18b5a, all 21): 80.95 (z17 a
contradiction, z20 not grouped). z17 was then given ``whole`` (the app hands compare the
article's denied "18" too, by which the correction is read; its label unchanged): still a
contradiction on HEAD. With "escaped", "caught" and "recaptured" read (desktop/extract/
_figure_words.py, figures.py) and a number first reported corrected as of the correction's
telling (conflicts.py): 90.48 (z17, z20 right); every other set, held-out and blind
unchanged.
Round 67 (6) added z22-z24 before any run: patients admitted to hospital and people treated
in hospital, told days apart (z22, update) and on one day (z23, contradiction); a hospital's
patients a day against people in hospital (z24, unrelated). First run (HEAD d65b19a1, all
24): 87.50 (z22 not grouped). With patients hospitalised read as people (conflicts.py): 91.67;
every other set, held-out and blind unchanged.
Round 67 (7) added z25-z29 before any run: pupils staying at home and "kids" left at home
by a strike, a week apart (z25, update) and on one day (z26, contradiction); schools "shut" by
"a whopping 1,500" against 1,100 closed of one day (z27, contradiction), homes destroyed told
with "a staggering" and then told again (z28, update), "a mere 12" arrested against a march's
12,000 (z29, unrelated). First run (HEAD b590624c, all 29): 86.21 (z25, z27 not grouped).
With the writer's weighing of a number ("a whopping", "a staggering", "a mere") let through
between a measure's verb and the number (desktop/extract/figures.py): 89.66 (z27 right);
every other set, held-out and blind unchanged. Open: z25 (children and pupils with no verb
of theirs; "kid" read as a child was tried and moved nothing).
Round 67 (8) added z30-z32 before any run: police's "some 6,000 people" against organisers'
"15,000 students and teachers" of one march (z30, contradiction), people evacuated and then
"450 residents and tourists" (z31, update), a toll against "women and children" among the dead
(z32, unrelated). First run (HEAD 5f01a30d, all 32): 87.50 (z30 not grouped). With two kinds
of people joined by "and" read as people (conflicts.py): 90.62; every other set, held-out and
blind unchanged.
Round 67 (9) added z33-z35 before any run: a jail "built for 600 inmates" against the 870
prisoners it held (z33, unrelated), a stadium "built for 30,000 fans" against the 42,000 fans
inside (z34, unrelated), two capacities of one arena, "built for" and "can hold" (z35,
contradiction). First run (HEAD 9f857c15, all 35): 82.86 (z33, z34 false contradictions, z35
not grouped). With "built/meant/intended for" read as a capacity (desktop/extract/
figures.py): 91.43; every other set, held-out and blind unchanged.
Round 67 (10) added z36-z37 before any run, for round 11's methanol "killed 29 people between
6 and 19 November", which the reader dates by the stretch's first day: a toll to date against
it (z36, update) and a toll of its last day (z37, contradiction). First run (HEAD d93bdb48,
all 37): 91.89, both right (a total dated by its event is compared as of its telling), so the
date was left as it is. Still wrong: z01, z05, z25 (see above).
Round 67 (11) added z38-z39 before any run, for round 11's algaebloom "Three dogs died after
swimming in the lake last week" against "Eight dogs are now known to have died": a week's toll
told as the event's time, then the toll to date (z38, update), two weeks' tolls of a war
(z39, unrelated). First run (HEAD 3b3e6735, all 39): 89.74 (z38 not grouped). Tried and
dropped: letting a week's window join a running toll as a day's does (_join_running_groups):
z38 still not grouped, as 4 and 11 (and round 11's 3 and 8) lie further apart than the join's
ratio of 2, which this round did not widen. Open.

Conflicts round 68 (session 26) labelled dev44 (``conflict_pairs_dev44.jsonl``) before any
run: a figure's as-of known to a span (figures round 57's as_of_precision) against one known
to a day or to another span. A span holding the other's day is no later report (y11: "41% full
in May" and "35% full on 14 May", y13: "without power last week" and "on 11 January", y01,
y02, y04, y06, y07, y09, y10: contradictions); a span ending before the other's day is
earlier (y03, y08, y12, y14: updates); two reports of one month's total (y05, contradiction).
First run (HEAD 8e802820, all 14): accuracy 21.43, contradiction R 10.00 (y11, y13 updates,
their reasons "as of 31 May 2034, later than 14 May 2034"; nine pairs not grouped). Round 68
(1) (conflicts.py, analysis/as_of.py): a figure is later than another only when the first day
it may be as of (a span over when told: its first day; a span still running when told, "so far
this year", stored as of its telling: that day) is after the other's last; reasons say an
as-of as finely as known ("as of May 2034 and 14 May 2034", "9-15 Jan 2034"): 35.71, R 30.00;
every other set, held-out (96.88) and blind (88.37) totals unchanged. Taking every span from
its first day (y11 the same) broke year-to-date counts told a month apart (dev3 h38, dev16 l04,
held-out 96.88 -> 90.62, blind 88.37 -> 86.05), so a running span is as of its telling. pack_eval
default run (rounds 1-11, from git archives of HEAD and HEAD + (1)): pairs 84.33 -> 84.51,
contradiction P 94.81 -> 94.87, R 72.28 -> 73.27 (wildfire: "At least 60 homes were destroyed
by last week's fire" against "Forty-two homes", said on that week's Friday, a contradiction as
wanted), unjudged contradictions 21 -> 23 (drought: "up from 25% a week earlier", which the
reader stores as a calendar week, 10-16 Aug, now overlaps "27% full this morning" of 10 Aug and
Aquaverde's 24% of that Monday; the offset names one day, 13 Aug, which the figure reader would
have to give); --together the same and 0 cross-story pairs; round10 80.39 and round11 66.07
unchanged. Open: y01-y04, y06-y10 not grouped: a level told as of a past year keeps that year's
window (_past_year, _level_of_past_year), a count of a day ("had 710 students on 28 July") a
day's window, so neither meets a month's or a year's figure; "employees" and "people" of one
firm are not one noun.

Figures round 58 (session 26) labelled dev45 (``conflict_pairs_dev45.jsonl``) before any run:
a level compared with its value "a week earlier" / "a week ago" / "a year ago" is as of that one
day (wb01-wb04, wb06, wb07), counts "in the past week" stay windows (wb05). wb01-wb06 were run
first (HEAD 0d96081d: accuracy 83.33, the same after figures round 58 (1): neither reading of
"a week earlier" moves them); wb07 was written after that run, before its own, to take the
drought pack's pair ("27% full" of 11 Aug against "up from 25% a week earlier" told on Thursday
17 Aug): on HEAD a contradiction (27 vs 25 "as of 11 Aug 2034 and 7-13 Aug 2034"), after
figures round 58 (1) an update. .venv/bin/python benchmarks/conflicts_eval.py --set dev45: 71.43
-> 85.71 (contr. P 66.67 -> 100.00). Open: wb06, "3.4 metres" and "2.9 metres" of a river gauge
not grouped (no counted on either side).

Each pair is two sentences from different (invented) articles. Both go through the figure
extractor; the figure at the labelled number of each is handed to compare() together, as two
articles of one project. No pair from compare() means "unrelated" (not grouped).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

DATA = Path(__file__).resolve().parent / "data"
SETS = {
    "dev": DATA / "conflict_pairs.jsonl",
    "dev2": DATA / "conflict_pairs_dev2.jsonl",
    "dev3": DATA / "conflict_pairs_dev3.jsonl",
    "dev4": DATA / "conflict_pairs_dev4.jsonl",
    "dev5": DATA / "conflict_pairs_dev5.jsonl",
    "dev6": DATA / "conflict_pairs_dev6.jsonl",
    "dev7": DATA / "conflict_pairs_dev7.jsonl",
    "dev8": DATA / "conflict_pairs_dev8.jsonl",
    "dev9": DATA / "conflict_pairs_dev9.jsonl",
    "dev10": DATA / "conflict_pairs_dev10.jsonl",
    "dev11": DATA / "conflict_pairs_dev11.jsonl",
    "dev12": DATA / "conflict_pairs_dev12.jsonl",
    "dev13": DATA / "conflict_pairs_dev13.jsonl",
    "dev14": DATA / "conflict_pairs_dev14.jsonl",
    "dev15": DATA / "conflict_pairs_dev15.jsonl",
    "dev16": DATA / "conflict_pairs_dev16.jsonl",
    "dev17": DATA / "conflict_pairs_dev17.jsonl",
    "dev18": DATA / "conflict_pairs_dev18.jsonl",
    "dev19": DATA / "conflict_pairs_dev19.jsonl",
    "dev20": DATA / "conflict_pairs_dev20.jsonl",
    "dev21": DATA / "conflict_pairs_dev21.jsonl",
    "dev22": DATA / "conflict_pairs_dev22.jsonl",
    "dev23": DATA / "conflict_pairs_dev23.jsonl",
    "dev24": DATA / "conflict_pairs_dev24.jsonl",
    "dev25": DATA / "conflict_pairs_dev25.jsonl",
    "dev26": DATA / "conflict_pairs_dev26.jsonl",
    "dev27": DATA / "conflict_pairs_dev27.jsonl",
    "dev28": DATA / "conflict_pairs_dev28.jsonl",
    "dev29": DATA / "conflict_pairs_dev29.jsonl",
    "dev30": DATA / "conflict_pairs_dev30.jsonl",
    "dev31": DATA / "conflict_pairs_dev31.jsonl",
    "dev32": DATA / "conflict_pairs_dev32.jsonl",
    "dev33": DATA / "conflict_pairs_dev33.jsonl",
    "dev34": DATA / "conflict_pairs_dev34.jsonl",
    "dev35": DATA / "conflict_pairs_dev35.jsonl",
    "dev36": DATA / "conflict_pairs_dev36.jsonl",
    "dev37": DATA / "conflict_pairs_dev37.jsonl",
    "dev39": DATA / "conflict_pairs_dev39.jsonl",
    "dev40": DATA / "conflict_pairs_dev40.jsonl",
    "dev41": DATA / "conflict_pairs_dev41.jsonl",
    "dev42": DATA / "conflict_pairs_dev42.jsonl",
    "dev43": DATA / "conflict_pairs_dev43.jsonl",
    "dev44": DATA / "conflict_pairs_dev44.jsonl",
    "dev45": DATA / "conflict_pairs_dev45.jsonl",
    "heldout": DATA / "conflict_pairs_heldout.jsonl",
    "blind": DATA / "conflict_pairs_blind.jsonl",
}
#: sets scored for the record only: their individual errors are never printed
REPORT_ONLY = frozenset({"blind"})
LABELS = ("contradiction", "update", "consistent", "unrelated")


def _ref(side: dict[str, str | None], ref_id: int) -> FigureRef | None:
    # an article with no date: the figure keeps no as-of date unless its own text gives one
    published = date.fromisoformat(side["published"]) if side["published"] else None
    text = side["text"]
    start = text.find(side["number"])
    end = start + len(side["number"])
    figures = find_figures(text, published, find_timexes(text, published))
    # the figure whose own number is the labelled one first: "24 of 27 Shahed drones" spans
    # the 27 too, but the 27 is a figure of its own
    for f in figures:
        ns = text.find(f.number_text, f.start)
        if ns < end and start < ns + len(f.number_text):
            return FigureRef(id=ref_id, article_id=ref_id, figure=f, published=published)
    for f in figures:
        if f.start < end and start < f.end:
            return FigureRef(id=ref_id, article_id=ref_id, figure=f, published=published)
    return None


def _others(item: dict[str, Any], labelled: tuple[FigureRef, FigureRef]) -> list[FigureRef]:
    """The figures of an item's two texts besides the labelled ones, each of its side's
    article (ids from 10 on)."""
    out: list[FigureRef] = []
    for side, ref in zip((item["a"], item["b"]), labelled, strict=True):
        text = side["text"]
        figures = find_figures(text, ref.published, find_timexes(text, ref.published))
        for f in figures:
            if f.start != ref.figure.start:
                out.append(
                    FigureRef(
                        id=10 + len(out),
                        article_id=ref.article_id,
                        figure=f,
                        published=ref.published,
                    )
                )
    return out


def confusion_of(path: Path, verbose: bool = False) -> Counter[tuple[str, str]]:
    confusion: Counter[tuple[str, str]] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        a, b = _ref(item["a"], 1), _ref(item["b"], 2)
        predicted = "unrelated"
        reason = "figure not found"
        if a is not None and b is not None:
            # "whole": every figure of the two texts goes to compare, as the app hands it an
            # article's figures ("185 sailings ..., more than the 140 first reported" names
            # the count it replaces in a figure of its own); the pair judged is still the two
            # labelled figures'
            others = _others(item, (a, b)) if item.get("whole") else []
            # "about": each text is also its article's opening, as the app hands compare
            # (an empty title, a line break, the text), so the context tier reads the two
            about = (
                {1: "\n" + item["a"]["text"], 2: "\n" + item["b"]["text"]}
                if item.get("about")
                else None
            )
            report = compare([a, b, *others], about=about)
            reason = "not grouped"
            mine = [p for p in report.pairs if {p.a, p.b} == {1, 2}]
            if mine:
                predicted, reason = mine[0].relation, mine[0].reason
        confusion[(item["label"], predicted)] += 1
        if verbose and predicted != item["label"]:
            print(f"  {item['id']}: gold {item['label']}, got {predicted}: {reason}")
            for side in (a, b):
                if side is not None:
                    f = side.figure
                    print(
                        f"      {f.text!r} m={f.measure} c={f.counted} scope={f.scope} "
                        f"cue={f.change_cue}"
                    )
    return confusion


def main() -> None:
    verbose = "--verbose" in sys.argv
    names = list(SETS)
    if "--develop" in sys.argv:
        # Between the first and the last full run only the dev sets are scored, so that the
        # held-out and blind figures cannot steer the work.
        names = [n for n in SETS if n.startswith("dev")]
    if "--set" in sys.argv:
        names = [sys.argv[sys.argv.index("--set") + 1]]
    parts: list[str] = []
    summary: list[str] = []
    for name in names:
        listed = verbose and name not in REPORT_ONLY
        if listed:
            print(f"== {name}")
        confusion = confusion_of(SETS[name], listed)
        total = sum(confusion.values())
        print(f"{name}: {total} labelled pairs; rows gold, columns predicted")
        print(f"{'':<15}" + "".join(f"{label:>15}" for label in LABELS))
        for gold in LABELS:
            print(f"{gold:<15}" + "".join(f"{confusion[(gold, p)]:>15}" for p in LABELS))
        tp = confusion[("contradiction", "contradiction")]
        called = sum(confusion[(g, "contradiction")] for g in LABELS)
        gold_c = sum(confusion[("contradiction", p)] for p in LABELS)
        precision = tp / called if called else 0.0
        recall = tp / gold_c if gold_c else 0.0
        benign = sum(confusion[(g, p)] for g in ("consistent", "unrelated") for p in LABELS)
        false_alarms = sum(confusion[(g, "contradiction")] for g in ("consistent", "unrelated"))
        false_rate = false_alarms / benign if benign else 0.0
        accuracy = sum(confusion[(g, g)] for g in LABELS) / total if total else 0.0
        print()
        summary.append(
            f"{name:<9}{total:>6}{precision:>12.2%}{recall:>10.2%}"
            f"{false_rate:>10.2%} ({false_alarms}/{benign}){accuracy:>10.2%}"
        )
        parts += [
            f"contradiction_precision_{name}={precision * 100:.2f}",
            f"contradiction_recall_{name}={recall * 100:.2f}",
            f"false_contradiction_rate_{name}={false_rate * 100:.2f}",
            f"accuracy_{name}={accuracy * 100:.2f}",
            f"pairs_{name}={total}",
        ]
    print(
        f"{'set':<9}{'pairs':>6}{'contr. P':>12}{'contr. R':>10}{'false contr.':>18}{'accuracy':>10}"
    )
    for row in summary:
        print(row)
    print("false contr.: consistent or unrelated pairs called contradictions")
    print("RESULT conflicts_eval " + " ".join(parts))


if __name__ == "__main__":
    from _cli import help_requested

    if help_requested(__doc__):
        sys.exit(0)
    main()
