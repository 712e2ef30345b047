"""Conflicts round 61: the context tier reads a figure's clause wherever it stands.

Round 59's tier read a loose figure's clause only from its article's opening (compare's
``about``, the first 800 characters the services give it), so in real news, 3,000-10,000
characters long, most figures had none. compare's ``around`` now looks up, once per story, a
window of text either side of each figure of a pair that passed the tier's cheap gates
(``_context.WINDOW_CHARS``); the services answer it from the store in one query.

FESTIVAL is one invented story told by two outlets a day apart, about 4,000 characters each,
written with its answers before any run of the engine on it: the forged wristbands' buyers,
"2,300 festival-goers had been sold the forged wristbands" (Tuesday) and "about 2,600 fans
bought fake wristbands for the Harrowgate festival" (Wednesday), stand past character 2,500
and share only words of their clauses (wristbands, Harrowgate, festival), labelled one
quantity, possibly. The guards, labelled with them: figures deep in the texts that count
unrelated things (volunteer medics' 212 patients and 600 lost phones and bags; 64 acts and 85
grants; 14 extra bus services and 30 new scanners) are paired with nothing in the other
article by this tier. First run (round 61 (2)): the guards hold, and the wristbands' pair is
not made, windows read or not: the reader gives "about 2,600 fans" no verb ("bought" is
missed), the comparison reads fans told with no verb as a crowd that "took part", and "sold"
and "took part" are measures of different kin, a gate before any word is weighed. Left to
the figures and conflicts areas; FESTIVAL serves the guards and the window tests.

RECALL_LONG is round 59's recall told in two long articles, its two reports past character
2,500: paired by context once their windows are read (first run: not paired while only a
pair's two sides were read, their shared words then the story's commonest).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from desktop.analysis import _context as context
from desktop.analysis.conflicts import compare
from desktop.domain import TENTATIVE_REASON, FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

#: the openings compare() is given by the app (services.project.ABOUT_CHARS)
OPENING = 800

#: (published, title, text) of each outlet's article
FESTIVAL = [
    (
        date(2034, 7, 11),
        "Forged wristbands sold for Harrowgate festival",
        "Police in Dovrel are investigating a ring that sold forged entry wristbands for the "
        "Harrowgate music festival, which drew 41,000 people to the Kettle Meadows site over "
        "three days last weekend.\n\n"
        "The festival's director, Ama Loristan, said stewards first noticed the fakes on "
        "Friday afternoon, when the scanners at the north gate began rejecting bands that "
        'looked genuine. "They had the right colours and even the right stitching," she '
        'said. "Only the chip was blank."\n\n'
        "Ms Loristan said the festival would review how its wristbands are made and posted "
        "out before next year's event, which is planned for the second weekend of July.\n\n"
        "The festival, now in its ninth year, has grown from a one-day event on a school "
        "playing field into one of the largest gatherings in the Vessard valley. This year's "
        "line-up included 64 acts across five stages, and organisers said the campsite was "
        "full for the first time.\n\n"
        "Local businesses said the weekend had been good for trade. The Dovrel Traders' "
        "Association estimated that visitors spent about 3 million crowns in the town's "
        "shops, pubs and guest houses, and several cafes stayed open through the night.\n\n"
        "Not everyone was pleased. Residents of Mill Lane, which runs beside the main car "
        "park, complained of queues that stretched back to the ring road on Friday evening, "
        "and the council received 37 complaints about noise after midnight. A council "
        "spokesman said the licence conditions would be discussed at a meeting in September.\n\n"
        "The weather held for most of the weekend, although a thunderstorm on Saturday "
        "evening forced the organisers to pause the main stage for 40 minutes. Volunteer "
        "medics treated 212 people on site, mostly for heat exhaustion, cuts and sprains.\n\n"
        "The site itself drew praise. A new footbridge over the Kettle brook, built by the "
        "council over the spring, kept walkers off the lane that had flooded in earlier "
        "years, and the organisers had moved the food stalls closer to the campsite after "
        "complaints about long walks in the dark. Recycling crews said they had sorted more "
        "of the site's rubbish than ever before, though they asked campers to take their "
        "tents home rather than leave them behind in the field.\n\n"
        "Among the performers, the Vessard Youth Orchestra opened the main stage on Friday "
        "with a set of film music, and the closing act on Sunday, the folk singer Maren "
        "Oddvik, led the crowd in a song she wrote about the valley's flooded mills. Several "
        "acts said they hoped to return, and one band asked the crowd to keep their "
        "wristbands as a souvenir.\n\n"
        "Detective Inspector Rolf Amundby of Dovrel police said on Tuesday that 2,300 "
        "festival-goers had been sold the forged wristbands through social media pages and a "
        "stall outside the railway station, paying up to 180 crowns each. Most of them were "
        "turned away at the gates, he said, though some were let in after buying a genuine "
        "ticket on the day.\n\n"
        '"These are people who thought they had bought a ticket in good faith," Mr Amundby '
        'said. "We want to hear from anyone who was approached at the station or paid '
        'through one of these pages."\n\n'
        "Two men, aged 24 and 31, were arrested on Monday at an address in the Harl district "
        "and have been released on bail while inquiries continue. Officers seized a laptop, "
        "a heat press and a box of blank chips.\n\n"
        "The festival said it would refund anyone who could show a receipt for a forged "
        "wristband, a cost it expects its insurers to meet. Ms Loristan said the organisers "
        "were also talking to the company that supplies the scanners about adding a second "
        "check at each gate.\n\n"
        "The town's bus company laid on 14 extra services between the station and the site "
        "on each day of the festival, and said its drivers had carried more passengers than "
        "in any previous year.\n\n"
        "The police inquiry is being run from Dovrel's station on Quay Road. Mr Amundby said "
        "his officers had already spoken to several people who bought the passes, and that "
        "the festival's own records of rejected bands at each gate had been handed over to "
        "help them trace where the forgeries were sold.",
    ),
    (
        date(2034, 7, 12),
        "Harrowgate festival promises refunds over fake passes",
        "The organisers of the Harrowgate music festival have promised refunds to fans who "
        "were duped into buying fake tickets, as police widened their inquiry into the sale "
        "of counterfeit passes in Dovrel and two nearby towns.\n\n"
        "The three-day festival at Kettle Meadows ended on Sunday night after what "
        "organisers called its busiest year, with every camping pitch taken and a line-up "
        "that ran from local brass bands to headline acts from abroad.\n\n"
        "Festival director Ama Loristan told a news conference on Wednesday that the "
        'forgeries had been "good enough to fool the eye but not the machine". Staff at the '
        "gates had been told to call a supervisor whenever a scanner rejected a band, she "
        "said, and each case was logged.\n\n"
        "The festival began in 2025 as a single afternoon of music on a school field and has "
        "grown each year since. It is now run by a charitable trust that puts part of its "
        "income into music lessons in the valley's schools. The trust said it had given 85 "
        "grants to young musicians last year.\n\n"
        "Traders in the town centre reported a strong weekend. The owner of a bakery on "
        "Bridge Street said she had sold out of bread by ten o'clock on Saturday morning, "
        "and two pubs said they had taken more in three days than in the whole of June.\n\n"
        "The festival's neighbours were less happy. A group of residents has written to the "
        "council asking for the main stage to close earlier next year, and for the car park "
        "beside Mill Lane to be moved to the far side of the site. Councillors are due to "
        "consider the festival's licence in the autumn.\n\n"
        "The weekend was not without incident. Paramedics took 9 people to Vessard General "
        "Hospital, none of them seriously hurt, and a lost property tent near the east gate "
        "collected more than 600 phones, wallets and bags, most of which have since been "
        "claimed.\n\n"
        "On the site, the new footbridge over the Kettle brook was judged a success, and the "
        "food stalls drew long queues late into the night. The trust's volunteers, many of "
        "them students from the valley's college, handed out water at the gates during "
        "Saturday's heat and helped families find their tents after dark. A photographer's "
        "picture of the crowd under the thunderstorm on Saturday evening has since been "
        "shared widely.\n\n"
        "The closing set by the folk singer Maren Oddvik drew the largest crowd of the "
        "weekend. She dedicated a song to the town's old mill workers and thanked the "
        "stewards, who she said had worked harder than anyone on the bill. Organisers said "
        "the sound limits agreed with the council had been kept on all three nights.\n\n"
        "Police now believe about 2,600 fans bought fake wristbands for the Harrowgate "
        "festival, many of them from pages on social media that were taken down within days "
        "of the event, Detective Inspector Rolf Amundby said on Wednesday. He urged anyone "
        "who had paid through such a page to contact the inquiry team.\n\n"
        "Mr Amundby said officers were working with the police in Lorn and Castelby, where "
        "posters for the pages had also appeared, and that further arrests were likely. The "
        "two men arrested on Monday remain on bail.\n\n"
        "Ms Loristan said the trust would pay back the price of a fake wristband to anyone "
        "who could show a receipt or a bank statement, and that a form would be put on the "
        "festival's website this week.\n\n"
        "The trust is also paying for 30 new scanners with a second check built in. Ms "
        "Loristan said the festival hoped to have them in place before next year's event and "
        "that the cost would not be passed on to ticket buyers.\n\n"
        "Next year's festival is planned for the second weekend of July. Early tickets will "
        "go on sale in November, and the trust said it would cap sales at 45,000 to ease the "
        "pressure on the roads around the site.\n\n"
        "The trust's chairman, Odd Haldorsen, said the board would publish a full account of "
        "the weekend, including the cost of the refunds and the new scanners, at its annual "
        "meeting in December, and that the festival's books would be open to any ticket "
        "holder who asked to see them.",
    ),
]

#: round 59's recall (tests/analysis/test_context_round59.py RECALL: "640,000 Tessa cookers",
#: "about 720,000 appliances", paired by context in their openings) told in two long articles
#: of about 4,000 characters, its two reports past character 2,500 of each
RECALL_LONG = [
    (
        date(2031, 5, 6),
        "Brelmont recalls cookers",
        "For three decades the pressure cooker has been the quiet star of Brelmont's "
        "catalogue. The company, founded in a workshop on the edge of Vellby in 1987, built "
        "its name on heavy steel pans that families handed down, and its advertisements "
        "still show a grandmother passing one to her grandson across a crowded kitchen "
        "table.\n\n"
        "That reputation is now under strain. Customers began posting pictures of scorched "
        "ceilings and warped lids on consumer forums in the early spring, and a local radio "
        "programme in Ostry gave over an hour of its morning phone-in to callers who said "
        "their cookers had hissed, rattled and then blown their tops without warning.\n\n"
        "Marta Sillen, a nurse from the village of Hesk, said she had been making soup for "
        "her children when the lid of her cooker flew off and struck the cupboard above the "
        'stove. "It sounded like a gunshot," she said. "If one of the children had been '
        'standing there, I do not want to think about it." She said she had written to the '
        "company twice before receiving a reply.\n\n"
        "Engineers who have examined the cookers say the fault appears to lie in a locking "
        "ring that was redesigned in 2029 to make the lid easier to close. Under pressure, "
        "they say, the ring can slip out of its groove if the lid has not been turned fully "
        "home, and the safety valve does not always release the steam quickly enough to stop "
        "the lid from lifting.\n\n"
        "The national product safety board opened an inquiry in March after a hospital in "
        "Ostry reported treating a string of burns linked to the same model. Under the "
        "board's rules a manufacturer that finds a safety defect must tell the board within "
        "ten days and set out how it will put the problem right, and the board can order a "
        "recall if it is not satisfied.\n\n"
        "Brelmont's chief executive, Anders Kolve, said the company had acted as soon as its "
        'own tests confirmed the fault. "Safety comes before everything else," he said at a '
        "news conference in Vellby on Tuesday.\n\n"
        "Mr Kolve, who took over the company from his father in 2015, said he had cooked "
        "with a Tessa himself for years and that he understood why owners were worried. He "
        "said the company had stopped making the affected model at its plant in Vellby and "
        "had asked shops across the country to take the cookers off their shelves while the "
        "recall went ahead.\n\n"
        "The recall is the largest in the company's history. Brelmont withdrew a batch of "
        "electric kettles in 2021 after complaints that their handles came loose, but that "
        "recall was over within weeks and few customers took up the offer of a refund. "
        "Industry analysts said this one would test the loyalty of buyers who had long "
        "treated the brand as a safe choice, and that rivals would be watching closely.\n\n"
        "The appliance maker Brelmont is recalling 640,000 Tessa cookers because their lids "
        "can burst open. The company has logged 35 reports of burns since January. Its "
        "shares fell 4% in Vellby.\n\n"
        "Owners are being told to stop using the cookers at once and to check the model name "
        "on the base. Brelmont said it would collect the cookers from customers' homes free "
        "of charge and offer either a refund or a replacement made to the earlier design.\n\n"
        "Retailers said the recall would be costly for the company at a difficult time. "
        "Sales of kitchen appliances have slowed since the winter as households cut back, "
        "and Brelmont had been counting on a new range of electric cookers, due in the "
        "autumn, to win back customers from cheaper rivals abroad.\n\n"
        "Mr Kolve said the company had set up a telephone line and a page on its website for "
        "worried owners, and that staff at its Vellby plant would work extra shifts to build "
        "the replacements. He declined to say how much the recall would cost.\n\n"
        "Shares in Brelmont's main supplier of steel, a mill on the coast at Sundby, also "
        "fell on the news, and the mill said it was checking whether any of its metal had "
        "been used in the locking rings.",
    ),
    (
        date(2031, 5, 8),
        "Cooker recall widened",
        "Brelmont's recall of its Tessa pressure cookers has been widened to cover models "
        "sold over a longer period, the national product safety board said, as the company "
        "faced questions over why it had taken so long to act.\n\n"
        "The board's announcement came two days after Brelmont first told owners to stop "
        "using the cookers, and followed what officials described as a week of intense talks "
        "with the company's engineers in Vellby. A spokeswoman for the board said it had "
        "asked for the change after finding that the redesigned locking ring had been fitted "
        "earlier than the company first said.\n\n"
        "Owners who bought a Tessa cooker in the months before the redesign was announced "
        "had been told by the company's telephone line that their cookers were safe. Several "
        "said on Thursday that they had kept using them as a result, and that they were "
        "angry to learn they had been given the wrong advice.\n\n"
        "Consumer groups said the widening showed the need for stronger rules. Hilde Rasmor, "
        "who leads the Vellby Consumers' Union, said manufacturers should be made to publish "
        "the results of their own safety tests, and that owners should be able to check "
        "online whether an appliance in their kitchen has been recalled.\n\n"
        "The board's inquiry began in March after doctors at the hospital in Ostry noticed "
        "that several patients with burns to the face and arms had been hurt in the same "
        "way, by steam and scalding food from a cooker whose lid had come off. The board has "
        "since asked other hospitals to report any similar injuries.\n\n"
        "Engineers said the fault was simple to spot once known. The locking ring on the "
        "affected models is a lighter grey than on older cookers, and the board has "
        "published photographs of both on its website so that owners can tell them apart.\n\n"
        "Ms Rasmor said her union had received hundreds of calls since the recall began, "
        "many from older owners who did not use the internet and were unsure whether their "
        "cooker was affected. She urged the company to write to every customer on its "
        "guarantee lists rather than rely on advertisements and its website.\n\n"
        "In Hesk, where a nurse was hurt when the lid of her cooker flew off in the spring, "
        "neighbours said almost every kitchen in the village had a Brelmont pan of some "
        "kind. The village shop has put up a notice by its till telling customers how to "
        "check the model name on the base and where to call for a collection.\n\n"
        "Shops in Vellby reported a steady stream of customers bringing cookers back in "
        "person, though the company has asked owners to wait for a collection instead. One "
        "shop on the town's main square said it had run out of room in its storeroom by "
        "Thursday lunchtime.\n\n"
        "Regulators said on Thursday that the recall of Tessa cookers with lids that can "
        "burst open now covers about 720,000 appliances. Brelmont has set aside 18 million "
        "crowns for refunds.\n\n"
        "The company said it had collected the first cookers from customers' homes on "
        "Wednesday and that replacements made to the earlier design would begin to reach "
        "owners within a fortnight. It apologised for the advice given by its telephone "
        "line, which it said had been corrected.\n\n"
        "Brelmont's shares steadied on Thursday after two days of losses. Analysts said the "
        "cost of the recall was within what the company could bear, but that the damage to a "
        "brand built on trust would take longer to repair.\n\n"
        "The board said it would publish its findings when the inquiry ends, and that it had "
        "not ruled out a fine. Brelmont said it was working closely with the board and would "
        "make any further changes that the inquiry asked of it.",
    ),
]
#: the pair the tier must make in RECALL_LONG
RECALL_LIKE = ((1, "640,000"), (2, "720,000"))

#: the pair the tier must make: (article, number as written) of each side
LIKE = ((1, "2,300"), (2, "2,600"))
#: figures of unrelated things deep in the texts, by (article, number as written), that the
#: tier must pair with nothing in the other article
UNRELATED = [(1, "212"), (2, "600"), (1, "64"), (2, "85"), (1, "14"), (2, "30")]


def _story(
    articles: list[tuple[date, str, str]],
) -> tuple[list[FigureRef], dict[int, str], dict[int, str]]:
    """The figures of a story's articles, each article's title and opening as the app gives
    them, and each article's whole text."""
    refs: list[FigureRef] = []
    about: dict[int, str] = {}
    texts: dict[int, str] = {}
    for article_id, (day, title, text) in enumerate(articles, 1):
        about[article_id] = f"{title}\n{text[:OPENING]}"
        texts[article_id] = text
        for figure in find_figures(text, day, find_timexes(text, day)):
            refs.append(FigureRef(len(refs) + 1, article_id, figure, f"outlet {article_id}", day))
    return refs, about, texts


class _Windows:
    """compare's ``around`` over whole texts, as the store answers it: each figure's window,
    ``WINDOW_CHARS`` either side; it keeps the ids it was asked for."""

    def __init__(self, refs: list[FigureRef], texts: Mapping[int, str]) -> None:
        self.refs = {r.id: r for r in refs}
        self.texts = texts
        self.asked: list[set[int]] = []

    def __call__(self, ids: Collection[int]) -> dict[int, context.Window]:
        self.asked.append(set(ids))
        out: dict[int, context.Window] = {}
        for i in ids:
            ref = self.refs[i]
            begin = max(ref.figure.start - context.WINDOW_CHARS, 0)
            text = self.texts[ref.article_id]
            out[i] = (begin, text[begin : ref.figure.end + context.WINDOW_CHARS])
        return out


def _id(refs: list[FigureRef], article: int, number: str) -> int:
    return next(r.id for r in refs if r.article_id == article and r.figure.number_text == number)


def test_figures_past_the_opening_are_paired_by_their_clauses() -> None:
    refs, about, texts = _story(RECALL_LONG)
    assert all(
        r.figure.start > 2500 for r in refs if r.figure.number_text in ("640,000", "720,000")
    )
    report = compare(refs, about=about, around=_Windows(refs, texts))
    like = frozenset(_id(refs, a, n) for a, n in RECALL_LIKE)
    found = {frozenset((p.a, p.b)): p for p in report.pairs}
    assert like in found
    pair = found[like]
    assert pair.tentative and pair.group_key == ""
    assert pair.reason.startswith(f"{TENTATIVE_REASON}{context.CONTEXT_MARK}")
    shared = pair.reason.removeprefix(TENTATIVE_REASON + context.CONTEXT_MARK).split(";")[0]
    assert "Tessa" in shared.replace(",", " ").split()
    # judged as a group's pair is: a later, larger count of one recall
    assert pair.relation == "update"


def test_without_around_a_figure_past_the_opening_is_left_alone() -> None:
    for articles, like_pair in ((RECALL_LONG, RECALL_LIKE), (FESTIVAL, LIKE)):
        refs, about, _ = _story(articles)
        report = compare(refs, about=about)
        like = frozenset(_id(refs, a, n) for a, n in like_pair)
        assert like not in {frozenset((p.a, p.b)) for p in report.pairs}


def test_unrelated_figures_deep_in_the_texts_stay_apart() -> None:
    refs, about, texts = _story(FESTIVAL)
    report = compare(refs, about=about, around=_Windows(refs, texts))
    article = {r.id: r.article_id for r in refs}
    unrelated = {_id(refs, a, n) for a, n in UNRELATED}
    crossing = [
        p
        for p in report.pairs
        if (p.a in unrelated or p.b in unrelated)
        and article[p.a] != article[p.b]
        and context.CONTEXT_MARK in p.reason
    ]
    assert crossing == []


def test_windows_are_asked_once_for_the_weighed_figures_only() -> None:
    refs, about, texts = _story(FESTIVAL)
    windows = _Windows(refs, texts)
    compare(refs, about=about, around=windows)
    assert len(windows.asked) == 1
    (asked,) = windows.asked
    # not every figure's text: only figures of pairs that passed the gates, none the
    # openings hold
    assert 0 < len(asked) < len(refs)
    in_opening = {r.id for r in refs if r.figure.end <= OPENING}
    assert not asked & in_opening


def test_a_window_reads_as_the_whole_text_does() -> None:
    """Each figure's words read in its window are those read in its whole article (no
    sentence of FESTIVAL runs 300 characters either side of a number)."""
    for articles in (FESTIVAL, RECALL_LONG):
        refs, _, texts = _story(articles)
        windows = _Windows(refs, texts)({r.id for r in refs})
        for ref in refs:
            whole = context.read(ref, texts[ref.article_id])
            near = context.read(ref, context._window(ref, windows[ref.id]))
            assert whole is not None and near is not None
            assert (near.words, near.part, near.sentence) == (
                whole.words,
                whole.part,
                whole.sentence,
            )


def test_a_word_cut_by_a_windows_edge_is_left_out() -> None:
    text = "The Orvanne ferry sank with 80 passengers aboard, said harbour officials."
    figure = next(iter(find_figures(text, date(2034, 1, 2), [])))
    ref = FigureRef(1, 1, figure, "outlet", date(2034, 1, 2))
    # a window starting inside "Orvanne" and ending inside "harbour"
    begin = text.index("vanne")
    stop = text.index("rbour")
    window = context._window(ref, (begin, text[begin:stop]))
    assert window.text.startswith("ferry sank") and window.text.endswith("said")
    told = context.read(ref, window)
    assert told is not None
    assert not {"vanne", "ha"} & set(told.words)
