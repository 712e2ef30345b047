"""Build dev15: news pages of 1998-2003 as the Wayback Machine keeps them, with their answers.

Table layouts with the story in a nested cell, <font> and <b> for headings, <br><br> between
paragraphs, spacer GIFs, a frameset's content page, print versions, AP and Reuters copy on a
newspaper's site with the agency's copyright lines, "Posted 11:42 p.m. EST, Tue Dec 14, 1999"
stamps, dates only in the address, pages in windows-1252 and ISO-8859-1 that declare no charset,
ad keywords in <meta>, and the Wayback toolbar round them. Every page is invented and written
here by hand; the answers were written from the same text before the import engine read a page.
Run: ``.venv/bin/python benchmarks/data/ingest/dev15/src/build.py``.
"""

from __future__ import annotations

import html
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1]

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _answers_common import page_answer, write_answers, write_documents  # noqa: E402

PAGES: list[tuple[str, str, str, dict[str, Any]]] = []


def page(name: str, markup: str, answer: dict[str, Any], encoding: str = "utf-8") -> None:
    PAGES.append((name, markup, encoding, answer))


def answer(
    title: str | None,
    source: str | None,
    author: str | None,
    published: str | None,
    origin: str | None,
    body: list[str],
    furniture: list[str],
) -> dict[str, Any]:
    return page_answer(title, source, author, published, origin, body, furniture)


def brs(body: list[str]) -> str:
    """Paragraphs as the era's templates wrote them: text runs split by <br><br>."""
    return "\n<br><br>\n".join(html.escape(p, quote=False) for p in body)


def ps(body: list[str]) -> str:
    """Paragraphs opened with <p> and never closed, as hand-written HTML 3.2 did."""
    return "\n".join(f"<p>{html.escape(p, quote=False)}" for p in body)


def wayback(stamp: str, address: str, captures: int, span: str) -> tuple[str, str, str]:
    """The toolbar the Wayback Machine puts round an old capture: head, toolbar, foot."""
    head = f"""<script type="text/javascript" src="https://web.archive.org/_static/js/bundle-playback.js?v=1B2M2Y8A" charset="utf-8"></script>
<script type="text/javascript" src="https://web.archive.org/_static/js/wombat.js?v=1B2M2Y8A" charset="utf-8"></script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("{address}","{stamp}","https://web.archive.org/","web","https://web.archive.org/_static/","{stamp[:10]}");
</script>
<link rel="stylesheet" type="text/css" href="https://web.archive.org/_static/css/banner-styles.css?v=S1zqJCYt" />
<!-- End Wayback Rewrite JS Include -->
"""
    bar = f"""<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside">
<div id="wm-logo"><a href="/web/" title="Wayback Machine home page">Wayback Machine</a></div>
<div class="c"><form class="u" target="_top"><input type="text" name="url" value="{address}"><input type="submit" value="Go"></form>
<div id="wm-nav-captures"><a class="t" href="/web/{stamp}*/{address}">{captures} captures</a><div class="r">{span}</div></div></div>
<div id="wm-btns"><a href="#">About this capture</a></div>
<div id="wm-capinfo-collected-by"><div class="wm-capinfo-title">COLLECTED BY</div><div>Collection: Alexa Crawls</div></div>
<div id="wm-capinfo-timestamps"><div class="wm-capinfo-title">TIMESTAMPS</div></div>
</div></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->
"""
    captured = datetime.strptime(stamp[:8], "%Y%m%d")
    foot = f"""<!--
     FILE ARCHIVED ON {stamp[8:10]}:{stamp[10:12]}:{stamp[12:14]} {captured:%b %d, %Y} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 14:22:06 Mar 02, 2025.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.
-->
"""
    return head, bar, foot


def prefix(stamp: str) -> str:
    return f"/web/{stamp}/"


WAYBACK_FURNITURE = ["captures", "COLLECTED BY", "Alexa Crawls", "TIMESTAMPS", "FILE ARCHIVED ON"]
AP_RIGHTS = (
    "Copyright {year} The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed."
)

# --- p01: AP copy on a paper's site, nested tables, date only in the address -------------------
P01 = [
    "WASHINGTON (AP) -- Federal aviation officials ordered inspections Tuesday of the fuel pumps "
    "on 1,400 regional airliners after cracks were found in two pumps at a maintenance base in "
    "Ohio.",
    "The Federal Aviation Administration said airlines would have 30 days to check the pumps and "
    "replace any that showed wear. No accidents have been linked to the problem.",
    '"We found it early, and we intend to keep it that way," said agency spokesman Hal Ridley.',
    "The order covers turboprop aircraft built between 1988 and 1994 and flown by 23 carriers, "
    "most of them on short routes in the Midwest and the Northeast.",
]
S01 = "19991215034112"
A01 = "http://www.harlandgazette.example/news/1999/12/14/faa-fuel-pumps.html"
H, B, F = wayback(S01, A01, 3, "15 Dec 1999 - 02 Feb 2000")
page(
    "p01_ap_nested_tables_address_date.html",
    f"""<html>
<head>
{H}<title>Harland Gazette Online: Nation/World</title>
<meta name="keywords" content="news, harland, airlines, travel deals, cheap flights, car loans">
<meta name="description" content="The Harland Gazette on the Web">
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#003399" vlink="#663399" marginwidth="0" marginheight="0" leftmargin="0" topmargin="0">
{B}<table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><a href="{prefix(S01)}http://www.harlandgazette.example/"><img src="{prefix(S01)}im_/http://www.harlandgazette.example/images/masthead.gif" width="468" height="60" border="0" alt="The Harland Gazette"></a><a href="{prefix(S01)}http://ads.harlandgazette.example/click?id=883"><img src="/web/{S01}im_/http://ads.harlandgazette.example/banner883.gif" width="234" height="60" alt="Click here: Holiday fares from $99"></a></td></tr>
<tr><td width="140" valign="top" bgcolor="#E6E6CC">
<img src="{prefix(S01)}im_/http://www.harlandgazette.example/images/spacer.gif" width="140" height="1"><br>
<font face="Verdana, Arial" size="1"><b>SECTIONS</b><br>
<a href="{prefix(S01)}http://www.harlandgazette.example/news/">Local News</a><br>
<a href="{prefix(S01)}http://www.harlandgazette.example/nation/">Nation/World</a><br>
<a href="{prefix(S01)}http://www.harlandgazette.example/sports/">Sports</a><br>
<a href="{prefix(S01)}http://www.harlandgazette.example/classifieds/">Classifieds</a><br>
<a href="{prefix(S01)}http://www.harlandgazette.example/weather/">Weather</a></font></td>
<td width="10"><img src="{prefix(S01)}im_/http://www.harlandgazette.example/images/spacer.gif" width="10" height="1"></td>
<td width="610" valign="top">
<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td>
<font face="Arial, Helvetica" size="2" color="#990000"><b>NATION/WORLD</b></font><br>
<font face="Times New Roman, Times" size="5"><b>FAA orders checks of fuel pumps on 1,400 commuter planes</b></font><br>
<font face="Arial, Helvetica" size="2"><b>By DAVID KRAMER</b><br><i>Associated Press Writer</i></font>
<br><br>
<font face="Times New Roman, Times" size="3">
{brs(P01)}
<br><br>
<font size="1">{AP_RIGHTS.format(year=1999)}</font>
</font>
</td></tr></table>
<br><center><font face="Arial" size="1"><a href="{prefix(S01)}http://www.harlandgazette.example/">Home</a> | <a href="{prefix(S01)}http://www.harlandgazette.example/contact.html">Contact Us</a> | <a href="{prefix(S01)}http://www.harlandgazette.example/subscribe.html">Subscribe</a><br>
Copyright &copy; 1999 Harland Gazette Co.</font></center>
</td></tr></table>
</body>
</html>
{F}""",
    answer(
        "FAA orders checks of fuel pumps on 1,400 commuter planes",
        "The Harland Gazette",
        "David Kramer",
        "1999-12-14",
        "metadata",
        P01,
        [
            *WAYBACK_FURNITURE,
            "Associated Press Writer",
            "All rights reserved",
            "may not be published, broadcast",
            "Holiday fares",
            "SECTIONS",
            "Classifieds",
            "Contact Us",
            "Harland Gazette Co.",
            "cheap flights",
            "NATION/WORLD",
        ],
    ),
)

# --- p02: staff story, windows-1252 with no charset, "Posted ... EST, Tue Dec 14, 1999" ---------
P02 = [
    "The Dunmore school board voted 5-2 Tuesday night to close Eastfield Elementary at the end of "
    "the school year and move its 212 pupils to two schools across town.",
    "Parents filled the high school auditorium for the three-hour meeting. Many carried signs "
    "reading \u201cKeep Eastfield Open\u201d and several said they would ask the state to "
    "review the decision.",
    "Superintendent Carol Whitby said the 1926 building needed $3.1 million in repairs \u2014 "
    "more than the district spends on maintenance for all its schools in two years.",
    "\u201cNobody on this board wanted to do this,\u201d said board president Frank Ostrowski. "
    "\u201cBut we can\u2019t ask taxpayers to fix a building we can\u2019t fill.\u201d",
]
S02 = "20000119224510"
A02 = "http://www.dunmoreledger.example/stories/eastfield.html"
H, B, F = wayback(S02, A02, 2, "19 Jan 2000 - 04 Mar 2000")
page(
    "p02_windows1252_posted_stamp.html",
    f"""<HTML>
<HEAD>
{H}<TITLE>Dunmore Ledger - Board votes to close Eastfield</TITLE>
<META NAME="keywords" CONTENT="Dunmore, schools, Eastfield, real estate, auto dealers, jobs">
</HEAD>
<BODY BGCOLOR="#FFFFFF">
{B}<TABLE WIDTH="100%" BORDER="0" CELLSPACING="0" CELLPADDING="0">
<TR><TD BGCOLOR="#000066" COLSPAN="2"><A HREF="{prefix(S02)}http://www.dunmoreledger.example/index.html"><FONT FACE="Georgia" SIZE="6" COLOR="#FFFFFF"><B>The Dunmore Ledger</B></FONT></A></TD></TR>
<TR><TD WIDTH="130" VALIGN="TOP"><IMG SRC="/web/{S02}im_/http://www.dunmoreledger.example/img/dot_clear.gif" WIDTH="130" HEIGHT="8"><BR>
<FONT FACE="Arial" SIZE="2"><A HREF="{prefix(S02)}http://www.dunmoreledger.example/local.html">Local</A><BR><A HREF="{prefix(S02)}http://www.dunmoreledger.example/obits.html">Obituaries</A><BR><A HREF="{prefix(S02)}http://www.dunmoreledger.example/opinion.html">Opinion</A><BR><A HREF="{prefix(S02)}http://www.dunmoreledger.example/archive.html">Archives</A></FONT></TD>
<TD VALIGN="TOP">
<TABLE WIDTH="100%" CELLPADDING="6"><TR><TD>
<FONT FACE="Arial" SIZE="4"><B>Board votes to close Eastfield Elementary</B></FONT><BR>
<FONT FACE="Arial" SIZE="1" COLOR="#666666">Posted 11:42 p.m. EST, Tue Dec 14, 1999</FONT><BR><BR>
<FONT FACE="Arial" SIZE="2"><B>By Margaret Ellery</B><BR>Ledger Staff Writer</FONT><BR><BR>
<FONT FACE="Times New Roman" SIZE="3">{brs(P02)}</FONT>
<BR><BR><FONT FACE="Arial" SIZE="1"><A HREF="{prefix(S02)}http://www.dunmoreledger.example/cgi-bin/email.cgi?story=eastfield">E-mail this story to a friend</A></FONT>
</TD></TR></TABLE>
</TD></TR></TABLE>
<CENTER><FONT SIZE="1">All contents &copy; 1999 The Dunmore Ledger. Reproduction without permission prohibited.</FONT></CENTER>
</BODY>
</HTML>
{F}""",
    answer(
        "Board votes to close Eastfield Elementary",
        "The Dunmore Ledger",
        "Margaret Ellery",
        "1999-12-14",
        "text",
        P02,
        [
            *WAYBACK_FURNITURE,
            "Posted 11:42",
            "Ledger Staff Writer",
            "Obituaries",
            "E-mail this story",
            "Reproduction without permission",
            "auto dealers",
        ],
    ),
    encoding="windows-1252",
)

# --- p03: a frameset's content frame: no masthead, <p> never closed, printed date -------------
P03 = [
    "The Marlow town council has agreed to buy the old Pennock mill and its six acres on the "
    "river for $410,000, ending a two-year argument over the site.",
    "Councillors voted 7-0 on Monday to use money from the town's land fund. The mill, empty "
    "since 1991, will be cleared this summer and the land turned into a riverside park.",
    "A developer's plan for 48 condominiums on the site was turned down by the planning board "
    "last spring after neighbours complained about traffic on Mill Street.",
    "Mayor Ruth Anstey said the park could open in 2001 if the state's river grant comes through.",
]
S03 = "19990429101733"
A03 = "http://www.marlowledger.example/local/story3.htm"
H, B, F = wayback(S03, A03, 1, "29 Apr 1999")
page(
    "p03_frameset_content_frame.html",
    f"""<html>
<head>
{H}<title>story3</title>
<base target="_self">
</head>
<body bgcolor="#FFFFEE" link="#000080">
{B}<font face="Arial" size="+2"><b>Town to buy Pennock mill for riverside park</b></font><br>
<font face="Arial" size="-1"><i>By Alan Crewe</i><br>
Wednesday, March 3, 1999</font>
<p><a href="{prefix(S03)}http://www.marlowledger.example/local/print3.htm" target="_blank">Printer-friendly version</a>
<hr size="1" noshade>
{ps(P03)}
<p><hr size="1" noshade>
<font size="-2"><a href="{prefix(S03)}http://www.marlowledger.example/local/index.htm">Return to Local News</a> | <a href="#top">Back to top</a><br>
Copyright &copy; 1999 The Marlow Ledger</font>
</body>
</html>
{F}""",
    answer(
        "Town to buy Pennock mill for riverside park",
        "The Marlow Ledger",
        "Alan Crewe",
        "1999-03-03",
        "text",
        P03,
        [*WAYBACK_FURNITURE, "Printer-friendly version", "Return to Local News", "Back to top"],
    ),
)

# --- p04: ISO-8859-1, no charset, British English edition, <br><br> paragraphs ----------------
P04 = [
    "Rail fares on the Kestle line will rise by up to 6.5 per cent from January, the operator "
    "announced yesterday, taking a season ticket to Exmouth Quay past \u00a32,000 for the first "
    "time.",
    "Western Shires Trains said the money would pay for 14 new carriages, the first of which "
    "should enter service next autumn.",
    "Passenger groups called the rise \u00abunjustifiable\u00bb. Ren\u00e9e Cawley, of the "
    "Kestle Line Users' Association, said trains had been late on one day in five since June.",
]
S04 = "20011107120455"
A04 = "http://www.westcountrypost.example/news/rail.html"
H, B, F = wayback(S04, A04, 2, "07 Nov 2001 - 12 Dec 2001")
page(
    "p04_latin1_undeclared.html",
    f"""<html>
<head>
{H}<title>Westcountry Post - News</title>
<meta name="keywords" content="devon, cornwall, rail, fares, holidays, cottages, insurance">
</head>
<body bgcolor="white">
{B}<table width="600" cellpadding="0" cellspacing="0" border="0"><tr>
<td><a href="{prefix(S04)}http://www.westcountrypost.example/"><img src="/web/{S04}im_/http://www.westcountrypost.example/gfx/logo.gif" alt="Westcountry Post" border="0"></a></td></tr>
<tr><td><img src="/web/{S04}im_/http://www.westcountrypost.example/gfx/pixel.gif" width="1" height="10"></td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td width="420" valign="top">
<font face="Verdana" size="4" color="#003366"><b>Kestle line fares to rise 6.5pc</b></font><br>
<font face="Verdana" size="1">Published: Tuesday, 6 November 2001<br>By <b>Peter Joliffe</b>, Transport Correspondent</font><br><br>
<font face="Verdana" size="2">{brs(P04)}</font>
</td><td width="20">&nbsp;</td><td width="160" valign="top" bgcolor="#EEEEEE">
<font face="Verdana" size="1"><b>Also in News</b><br>
<a href="{prefix(S04)}http://www.westcountrypost.example/news/harbour.html">Harbour wall repairs start</a><br>
<a href="{prefix(S04)}http://www.westcountrypost.example/news/school.html">Head teacher retires after 30 years</a></font></td></tr></table>
</td></tr></table>
<font size="1">&copy; Westcountry Post Newspapers Ltd 2001</font>
</body>
</html>
{F}""",
    answer(
        "Kestle line fares to rise 6.5pc",
        "Westcountry Post",
        "Peter Joliffe",
        "2001-11-06",
        "text",
        P04,
        [
            *WAYBACK_FURNITURE,
            "Transport Correspondent",
            "Also in News",
            "Harbour wall repairs",
            "Newspapers Ltd",
            "cottages",
        ],
    ),
    encoding="iso-8859-1",
)

# --- p05: AP on a paper's site, print and e-mail links, posted stamp and dated address --------
P05 = [
    "NEW ORLEANS (AP) -- The Coast Guard reopened a 40-mile stretch of the Mississippi River to "
    "barge traffic Saturday, two days after a tanker and a tow collided near Port Sulphur.",
    "About 9,000 gallons of diesel fuel spilled, most of it contained by booms within hours, "
    "said Petty Officer Lena Dorsey.",
    "More than 60 vessels had been waiting on both sides of the closure. Officials said traffic "
    "would move one way at a time until Monday.",
]
S05 = "20010902061408"
A05 = "http://www.bayoudispatch.example/news/2001/09/01/river-reopens.html"
H, B, F = wayback(S05, A05, 4, "02 Sep 2001 - 11 Oct 2001")
page(
    "p05_ap_print_email_links.html",
    f"""<html>
<head>
{H}<title>The Bayou Dispatch | Louisiana News</title>
<meta name="keywords" content="louisiana, mississippi river, coast guard, barge, boats for sale, casinos">
<meta http-equiv="Pragma" content="no-cache">
</head>
<body>
{B}<table border="0" cellpadding="0" cellspacing="0" width="100%">
<tr><td><a href="{prefix(S05)}http://www.bayoudispatch.example/"><img src="/web/{S05}im_/http://www.bayoudispatch.example/art/logo.gif" alt="The Bayou Dispatch" border="0"></a></td>
<td align="right"><font face="Arial" size="1">Saturday, September 1, 2001<br><a href="{prefix(S05)}http://www.bayoudispatch.example/weather/">Weather: 91&deg;</a></font></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr>
<td width="150" valign="top"><font face="Arial" size="2"><a href="{prefix(S05)}http://www.bayoudispatch.example/news/">News</a><br><a href="{prefix(S05)}http://www.bayoudispatch.example/saints/">Saints</a><br><a href="{prefix(S05)}http://www.bayoudispatch.example/dining/">Dining</a></font></td>
<td valign="top"><table width="100%" cellpadding="5"><tr><td>
<font face="Arial" size="1"><a href="{prefix(S05)}http://www.bayoudispatch.example/cgi/print.pl?s=river-reopens">Printer-friendly version</a> | <a href="{prefix(S05)}http://www.bayoudispatch.example/cgi/mail.pl?s=river-reopens">E-mail this story</a></font><br><br>
<b><font face="Georgia" size="5">Coast Guard reopens river after spill</font></b><br>
<font face="Arial" size="1">Posted 6:15 a.m. CDT, Sat Sep 1, 2001</font><br><br>
<font face="Arial" size="2">By JANET OWUSU, Associated Press Writer</font><br><br>
<font face="Georgia" size="3">{brs(P05)}</font><br><br>
<font face="Arial" size="1">{AP_RIGHTS.format(year=2001)}</font>
</td></tr></table></td>
<td width="160" valign="top"><a href="{prefix(S05)}http://ads.bayoudispatch.example/c?k=boats"><img src="/web/{S05}im_/http://ads.bayoudispatch.example/skyscraper.gif" width="160" height="600" alt="Advertisement"></a></td></tr></table>
</body>
</html>
{F}""",
    answer(
        "Coast Guard reopens river after spill",
        "The Bayou Dispatch",
        "Janet Owusu",
        "2001-09-01",
        # the printed "Posted" stamp outranks the address's date (dev11's convention)
        "text",
        P05,
        [
            *WAYBACK_FURNITURE,
            "Printer-friendly version",
            "E-mail this story",
            "Associated Press Writer",
            "All rights reserved",
            "rewritten or redistributed",
            "Weather: 91",
            "Saints",
            "Dining",
            "Advertisement",
        ],
    ),
)

# --- p06: a print version of 2002: tools, "Find this article at", AP lines -------------------
P06 = [
    "DENVER (AP) -- Colorado's snowpack stood at 52 percent of normal Thursday, the lowest "
    "reading for early February since record keeping began in 1968, federal water managers said.",
    "The Natural Resources Conservation Service said reservoirs along the Front Range were "
    "already lower than they usually are in late summer.",
    "Several cities, among them Aurora and Boulder, said they would decide on watering limits "
    "by the end of the month.",
]
S06 = "20020215093010"
A06 = "http://www.highplainsherald.example/printer/article.asp?id=20348"
H, B, F = wayback(S06, A06, 1, "15 Feb 2002")
page(
    "p06_print_version_ap.html",
    f"""<html>
<head>
{H}<title>High Plains Herald - Printer Friendly Version</title>
</head>
<body onload="window.print()">
{B}<table width="600"><tr><td>
<font face="Arial" size="1"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></font>
<hr>
<img src="/web/{S06}im_/http://www.highplainsherald.example/images/print_logo.gif" alt="High Plains Herald"><br><br>
<font face="Times" size="5"><b>Snowpack at record low for February</b></font><br>
<font face="Times" size="2">Published Friday, Feb 8, 2002<br>By ROGER LINDQVIST<br>Associated Press Writer</font>
<br><br>
<font face="Times" size="3">{brs(P06)}</font>
<br><br>
<font size="1">{AP_RIGHTS.format(year=2002)}</font>
<hr>
<font face="Arial" size="1">Find this article at:<br>http://www.highplainsherald.example/news/article.asp?id=20348</font>
</td></tr></table>
</body>
</html>
{F}""",
    answer(
        "Snowpack at record low for February",
        "High Plains Herald",
        "Roger Lindqvist",
        "2002-02-08",
        "text",
        P06,
        [
            *WAYBACK_FURNITURE,
            "Print this page",
            "Close window",
            "Find this article at",
            "article.asp?id=20348",
            "Associated Press Writer",
            "All rights reserved",
        ],
    ),
)

# --- p07: Reuters copy on a paper's site, 1998, unlabelled printed date ------------------------
P07 = [
    "LONDON (Reuters) - British Airways said on Wednesday it would cut 1,000 jobs at its "
    "engineering base in Cardiff over two years as it sends more maintenance work abroad.",
    "The airline said most of the cuts would come through early retirement. The Amalgamated "
    "Engineering Union said it would ballot its members on strike action.",
    "BA shares closed 4 pence higher at 598 pence.",
]
S07 = "19980812032214"
A07 = "http://www.severnecho.example/business/ba.html"
H, B, F = wayback(S07, A07, 1, "12 Aug 1998")
page(
    "p07_reuters_1998_plain_date.html",
    f"""<html>
<head>
{H}<title>Severn Echo Business</title>
<meta name="keywords" content="business, shares, jobs, mortgages, ISA, loans">
</head>
<body bgcolor="#ffffff">
{B}<center><a href="{prefix(S07)}http://www.severnecho.example/"><img src="/web/{S07}im_/http://www.severnecho.example/i/echo.gif" alt="The Severn Echo" border="0"></a></center>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td bgcolor="#cc0000"><img src="/web/{S07}im_/http://www.severnecho.example/i/s.gif" width="1" height="3"></td></tr></table>
<table width="100%"><tr><td width="25%" valign="top"><font size="2"><b>BUSINESS</b><br><a href="{prefix(S07)}http://www.severnecho.example/business/markets.html">Markets</a><br><a href="{prefix(S07)}http://www.severnecho.example/business/jobs.html">Jobs</a></font></td>
<td valign="top">
<font size="1">Wednesday, 22 July 1998</font><br>
<b><font size="4">BA to cut 1,000 engineering jobs in Cardiff</font></b><br><br>
{brs(P07)}
<br><br><font size="1">Copyright 1998 Reuters Limited. All rights reserved. Republication or redistribution of Reuters content is expressly prohibited without the prior written consent of Reuters.</font>
</td></tr></table>
</body>
</html>
{F}""",
    answer(
        "BA to cut 1,000 engineering jobs in Cardiff",
        "The Severn Echo",
        None,
        "1998-07-22",
        "text",
        P07,
        [*WAYBACK_FURNITURE, "Reuters Limited", "expressly prohibited", "Markets", "mortgages"],
    ),
)

# --- p08: a staff story split over pages, date only in the address ---------------------------
P08 = [
    "Hundreds of volunteers spent Sunday pulling tires, shopping carts and a rowboat out of "
    "Cotter Creek in the first cleanup of the stream in more than a decade.",
    "Organizers from the Cotter Creek Watershed Council said 31 tons of trash were hauled away by "
    "city trucks by mid-afternoon.",
    "The creek runs for nine miles through the east side and has been on the state's list of "
    "impaired waters since 1994.",
]
S08 = "20000501120000"
A08 = "http://www.riverbendherald.example/2000/04/17/metro/creek.html"
H, B, F = wayback(S08, A08, 2, "01 May 2000 - 19 Jun 2000")
page(
    "p08_address_date_next_page.html",
    f"""<html>
<head>
{H}<title>Riverbend Herald: Metro</title>
</head>
<body>
{B}<table width="100%" border="0"><tr><td><a href="{prefix(S08)}http://www.riverbendherald.example/"><font face="Georgia" size="6" color="#000000"><b>Riverbend Herald</b></font></a></td></tr></table>
<table width="100%" border="0"><tr>
<td width="120" valign="top" bgcolor="#dddddd"><font size="1"><a href="{prefix(S08)}http://www.riverbendherald.example/metro/">METRO</a><br><a href="{prefix(S08)}http://www.riverbendherald.example/sports/">SPORTS</a><br><a href="{prefix(S08)}http://www.riverbendherald.example/business/">BUSINESS</a></font></td>
<td valign="top"><table border="0" cellpadding="8"><tr><td>
<font face="Arial" size="4"><b>Volunteers haul 31 tons of trash from Cotter Creek</b></font><br>
<font face="Arial" size="2">By Tom Askew / Herald Staff</font><br><br>
<table align="right" width="180" border="1" cellpadding="4"><tr><td><font size="1"><b>RELATED STORIES</b><br><a href="{prefix(S08)}http://www.riverbendherald.example/2000/03/02/metro/creek-plan.html">City unveils creek plan</a><br><a href="{prefix(S08)}http://www.riverbendherald.example/1999/08/11/metro/fish-kill.html">Fish kill blamed on runoff</a></font></td></tr></table>
{brs(P08)}
<br><br><font size="2">Page 1 of 1 | <a href="{prefix(S08)}http://www.riverbendherald.example/archives/">Search the archives</a></font>
</td></tr></table></td></tr></table>
</body>
</html>
{F}""",
    answer(
        "Volunteers haul 31 tons of trash from Cotter Creek",
        "Riverbend Herald",
        "Tom Askew",
        "2000-04-17",
        "metadata",
        P08,
        [
            *WAYBACK_FURNITURE,
            "Herald Staff",
            "RELATED STORIES",
            "City unveils creek plan",
            "Fish kill blamed",
            "Search the archives",
            "SPORTS",
        ],
    ),
)

# --- p09: a column, windows-1252 with no charset, e-mail tagline at the foot -------------------
P09 = [
    "My grandfather kept a ledger of every frost on the farm from 1931 until the winter he died. "
    "I found it last week in a box of seed catalogues.",
    "The first frost came, on average, on October 2 in the 1930s. In the last ten years it has "
    "come on October 19 \u2014 more than two weeks later.",
    "I don\u2019t know what that means for the price of feed corn. But I know my grandfather "
    "would have wanted somebody to write it down.",
]
S09 = "20011020081523"
A09 = "http://www.prairiesentinel.example/columns/hollis1014.htm"
H, B, F = wayback(S09, A09, 1, "20 Oct 2001")
page(
    "p09_column_windows1252_tagline.html",
    f"""<html>
<head>
{H}<title>Prairie Sentinel: Columnists</title>
<meta name="keywords" content="columns, farm, weather, seed, tractors, crop insurance">
</head>
<body bgcolor="#ffffff">
{B}<table width="640" cellspacing="0" cellpadding="0"><tr><td><a href="{prefix(S09)}http://www.prairiesentinel.example/"><img src="/web/{S09}im_/http://www.prairiesentinel.example/img/top.gif" alt="Prairie Sentinel" border="0"></a></td></tr>
<tr><td><table cellpadding="6"><tr><td valign="top"><img src="/web/{S09}im_/http://www.prairiesentinel.example/img/hollis.jpg" width="80" height="100" alt="Ed Hollis"></td><td valign="top">
<font face="Georgia" size="5"><b>Grandfather\u2019s frost ledger tells a story</b></font><br>
<font face="Arial" size="2"><b>Ed Hollis</b> | Sunday, October 14, 2001</font>
</td></tr></table></td></tr>
<tr><td><font face="Georgia" size="3">{brs(P09)}</font><br><br>
<font face="Arial" size="2"><i>Ed Hollis farms near Alder Springs. E-mail him at ehollis@prairiesentinel.example.</i></font><br><br>
<font size="1"><a href="{prefix(S09)}http://www.prairiesentinel.example/columns/">More columns</a></font>
</td></tr></table>
</body>
</html>
{F}""",
    answer(
        "Grandfather\u2019s frost ledger tells a story",
        "Prairie Sentinel",
        "Ed Hollis",
        "2001-10-14",
        "text",
        P09,
        [*WAYBACK_FURNITURE, "E-mail him at", "farms near Alder Springs", "More columns"],
    ),
    encoding="windows-1252",
)

# --- p10: 2003, "By The Associated Press", "Posted on Mon, Mar. 24, 2003" ---------------------
P10 = [
    "BOSTON -- A fire that started in a basement laundry room forced about 80 people from a "
    "six-story apartment building in the Back Bay early Monday.",
    "Two firefighters were treated for minor injuries. Fire officials said the blaze was "
    "contained to the basement and the first floor.",
    "The Red Cross opened a shelter at a nearby school for residents who could not stay with "
    "friends or family.",
]
S10 = "20030325140211"
A10 = "http://www.capecurrent.example/mld/capecurrent/news/local/5468121.htm"
H, B, F = wayback(S10, A10, 2, "25 Mar 2003 - 30 Mar 2003")
page(
    "p10_ap_no_person_posted_on.html",
    f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{H}<title>Cape Current | 03/24/2003 | Fire forces 80 from Back Bay building</title>
<meta name="keywords" content="fire, boston, back bay, apartments, renters insurance">
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
</head>
<body>
{B}<table width="770" cellpadding="0" cellspacing="0" border="0"><tr>
<td><a href="{prefix(S10)}http://www.capecurrent.example/"><img src="/web/{S10}im_/http://www.capecurrent.example/images/capecurrent_logo.gif" alt="Cape Current" border="0"></a></td>
<td align="right"><font size="1">Posted on Mon, Mar. 24, 2003</font></td></tr></table>
<table width="770" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="160" valign="top"><font face="arial" size="1"><b>News</b><br><a href="#">Local</a><br><a href="#">Nation</a><br><a href="#">Obituaries</a><br><b>Shopping</b><br><a href="#">Cars</a><br><a href="#">Homes</a></font></td>
<td width="10"><img src="/web/{S10}im_/http://www.capecurrent.example/images/clear.gif" width="10" height="1"></td>
<td valign="top"><span class="mainheadline"><b><font size="5">Fire forces 80 from Back Bay building</font></b></span><br>
<font size="2">By The Associated Press</font><br><br>
<font size="2">{brs(P10)}</font><br><br>
<font size="1">{AP_RIGHTS.format(year=2003)}</font></td></tr></table>
<font size="1">&copy; 2003 Cape Current and wire service sources. All Rights Reserved.</font>
</body>
</html>
{F}""",
    answer(
        "Fire forces 80 from Back Bay building",
        "Cape Current",
        None,
        "2003-03-24",
        "text",
        P10,
        [
            *WAYBACK_FURNITURE,
            "By The Associated Press",
            "All Rights Reserved",
            "Obituaries",
            "renters insurance",
        ],
    ),
    encoding="iso-8859-1",
)

# --- p11: AP with its wire slug, windows-1252 no charset, dateline with en dash mojibake-free ---
P11 = [
    "CHICAGO (AP) -- Grain prices fell sharply Tuesday after the government said farmers had "
    "harvested a record 10.2 billion bushels of corn, 3 percent more than forecast in August.",
    "\u201cThe market simply wasn\u2019t ready for a number that big,\u201d said Dale Hutton, a "
    "broker with Lakeshore Commodities.",
    "December corn closed 8 cents lower at $1.97 a bushel on the Chicago Board of Trade.",
]
S11 = "20001110104501"
A11 = "http://www.lakecountysun.example/business/110800corn.html"
H, B, F = wayback(S11, A11, 1, "10 Nov 2000")
page(
    "p11_ap_slug_windows1252.html",
    f"""<html>
<head>
{H}<title>LakeCountySun.com - Business</title>
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
{B}<table width="100%" cellpadding="0" cellspacing="0"><tr><td bgcolor="#336699"><a href="{prefix(S11)}http://www.lakecountysun.example/"><font face="Arial" size="5" color="#ffffff"><b>Lake County Sun</b></font></a></td></tr></table>
<table cellpadding="10"><tr><td valign="top">
<font face="Arial" size="4"><b>Corn prices tumble on record harvest</b></font><br>
<font face="Arial" size="1">Posted 4:12 a.m. EST, Wed Nov 8, 2000</font><br>
<font face="Arial" size="2">By MARY BETH KOSKI<br>AP Farm Writer</font><br><br>
<font face="Times New Roman" size="3">{brs(P11)}</font>
<br><br><font size="1">{AP_RIGHTS.format(year=2000)}</font>
<br><font size="1">AP-NY-11-08-00 0412EST</font>
</td></tr></table>
</body>
</html>
{F}""",
    answer(
        "Corn prices tumble on record harvest",
        "Lake County Sun",
        "Mary Beth Koski",
        "2000-11-08",
        "text",
        P11,
        [*WAYBACK_FURNITURE, "AP Farm Writer", "AP-NY-11-08-00", "All rights reserved"],
    ),
    encoding="windows-1252",
)

# --- p12: a story with a photo table and AP photo credit, <p> after <br><br>, spacer rows -------
P12 = [
    "Crews finished pouring the last section of the new Fenwick Street bridge deck Friday, "
    "putting the $8.6 million project two months ahead of schedule.",
    "The old bridge, built in 1931, was closed in March 2001 after inspectors found the steel "
    "beneath its deck had rusted through in places.",
    "County engineer Luis Ortega said the bridge should open to traffic by the middle of "
    "December once the railings and lights are in.",
    "Merchants on both sides of the river said the closure had cost them customers for more "
    "than a year.",
]
S12 = "20021103200156"
A12 = "http://www.tidewaterjournal.example/local/bridge1101.html"
H, B, F = wayback(S12, A12, 2, "03 Nov 2002 - 28 Dec 2002")
page(
    "p12_photo_table_credit.html",
    f"""<html>
<head>
{H}<title>Tidewater Journal</title>
<meta name="keywords" content="local, bridge, fenwick, traffic, dentists, restaurants">
</head>
<body>
{B}<table width="100%"><tr><td><a href="{prefix(S12)}http://www.tidewaterjournal.example/"><img src="/web/{S12}im_/http://www.tidewaterjournal.example/logo.gif" alt="Tidewater Journal" border="0"></a></td></tr>
<tr><td height="5"><img src="/web/{S12}im_/http://www.tidewaterjournal.example/spacer.gif" width="1" height="5"></td></tr></table>
<table width="100%"><tr><td valign="top">
<font face="Verdana" size="4"><b>Last of Fenwick bridge deck poured</b></font><br>
<font face="Verdana" size="2"><b>By Sharon Pettit</b>, Journal Staff Writer<br>Saturday, November 2, 2002</font><br><br>
<table align="left" width="220" cellpadding="4"><tr><td><img src="/web/{S12}im_/http://www.tidewaterjournal.example/photos/bridge.jpg" width="200" height="150"><br><font size="1">Workers smooth concrete on the Fenwick Street bridge Friday. (Journal photo/Dan Greer)</font></td></tr></table>
<font face="Verdana" size="2">{html.escape(P12[0], quote=False)}<br><br>{html.escape(P12[1], quote=False)}
<p>{html.escape(P12[2], quote=False)}
<p>{html.escape(P12[3], quote=False)}</font>
<br><br><font size="1"><a href="{prefix(S12)}http://www.tidewaterjournal.example/local/">More Local News</a> | <a href="{prefix(S12)}http://www.tidewaterjournal.example/cgi-bin/print?story=bridge1101">Print this story</a></font>
</td></tr></table>
</body>
</html>
{F}""",
    answer(
        "Last of Fenwick bridge deck poured",
        "Tidewater Journal",
        "Sharon Pettit",
        "2002-11-02",
        "text",
        P12,
        [
            *WAYBACK_FURNITURE,
            "Journal Staff Writer",
            "Workers smooth concrete",
            "Journal photo",
            "More Local News",
            "Print this story",
        ],
    ),
)


def main() -> None:
    write_documents(OUT, [(name, markup.encode(encoding)) for name, markup, encoding, _ in PAGES])
    write_answers(OUT, [{"file": name, **ans} for name, _, _, ans in PAGES])
    print(f"wrote {len(PAGES)} pages to {OUT}")


if __name__ == "__main__":
    main()
