"""dev41's documents, invented by hand (places, people, outlets); writes them beside ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev41/src/build.py``.
Documents that are not today's web pages, and pages of sites from the late 1990s to the
2010s: a table layout set in ``<font>`` with ``<br><br>`` paragraphs and no ``<p>``, the
content page of a frameset, a print-friendly view ("Find this article at:"), the first page
of a story split in three ("Page 1 of 3", "Next page"), an agency's own page with a dateline
and a "(Reporting by ...; Editing by ...)" tail, a story under a long comment section and
"Most read" lists, a local-history wiki page, a saved page ending in a newsletter sign-up box
with figures of its own, a plain-text reply quoting a quoted story ("> > "), a Word press
release whose letterhead is in the body and page numbers in the footer, a PDF press release
on letterhead with running feet and page numbers, an ``.eml`` forward of a forward, a classic
Blogger post with comments, and a table-layout page with a related-links table inside the
story. The PDF and Word files are put together with ``tests/ingest/documents.py``.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
ROOT = HERE.parents[3]
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

from _answers_common import write_documents  # noqa: E402
from documents import Line, core, docx, flowed, para, pdf  # noqa: E402

esc = html.escape


def paras(texts: list[str]) -> str:
    return "\n".join(f"<p>{esc(t, quote=False)}</p>" for t in texts)


def wrap(text: str, width: int = 66) -> list[str]:
    """A paragraph hard-wrapped as a mail program wraps it."""
    rows, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            rows.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        rows.append(line)
    return rows


# ----------------------------------------------------------- q01: table layout, <font>, <br><br>
Q01_BODY = [
    "Lorries carrying stone from Hatherley quarry will be banned from the lanes through Milbury "
    "from next month, county councillors decided last night.",
    "The decision follows two years of complaints from villagers, who say up to 90 lorries a "
    "day have been using School Lane as a short cut to the A361.",
    "Under the order, vehicles over 7.5 tonnes will only be allowed into the village to make "
    "deliveries. Hauliers caught breaking the ban face fines of up to 1,000 pounds.",
    "Parish council chairman Derek Frome said: “We have waited a long time for this. Children "
    "walk to school along that lane and there is not even a pavement.”",
    "Hatherley Stone said its drivers would use the longer route through Castle Cary and that "
    "the change would add about 20 minutes to each journey.",
]
q01 = (
    """<html>
<head>
<title>The Ashcombe Argus - Local News</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="ashcombe, news, milbury, quarry, lorries">
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginheight="0" marginwidth="0">
<table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/img/masthead.gif" alt="The Ashcombe Argus" width="760" height="80"></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#003366">
<font face="Verdana, Arial" size="1" color="#FFFFFF">
<a href="/"><font color="#FFFFFF">Home</font></a><br>
<a href="/news/"><font color="#FFFFFF">Local News</font></a><br>
<a href="/sport/"><font color="#FFFFFF">Sport</font></a><br>
<a href="/letters/"><font color="#FFFFFF">Letters</font></a><br>
<a href="/whatson/"><font color="#FFFFFF">What's On</font></a><br>
<a href="/classifieds/"><font color="#FFFFFF">Classifieds</font></a><br>
<a href="/contact/"><font color="#FFFFFF">Contact Us</font></a><br><br>
Search the Argus:<br>
<form action="/cgi-bin/search.pl"><input type="text" name="q" size="12"><input type="submit" value="Go"></form>
</font>
</td>
<td width="610" valign="top">
<table width="100%" cellpadding="8"><tr><td>
<font face="Arial" size="1" color="#666666">Posted: Tuesday, March 13, 2001</font><br>
<font face="Arial" size="4"><b>Quarry lorries to be banned from Milbury lanes</b></font><br>
<font face="Arial" size="2"><i>By Gareth Pennock</i></font><br><br>
<font face="Arial" size="2">
"""
    + "<br><br>\n".join(esc(t, quote=False) for t in Q01_BODY)
    + """<br><br>
</font>
<font face="Arial" size="1"><a href="javascript:window.print()">Print this story</a> | <a href="/cgi-bin/mail.pl?id=2231">Email this story to a friend</a></font>
<hr size="1" noshade>
<font face="Arial" size="1">Copyright &copy; 2001 Ashcombe Argus Newspapers Ltd. All rights reserved.<br>
Reproduction in whole or in part without permission is prohibited.</font>
</td></tr></table>
</td>
</tr>
</table>
</body>
</html>
"""
).encode("cp1252")

# ----------------------------------------------------------- q02: a frameset's content page
Q02_BODY = [
    "Plans for a concrete flood wall along Kelloway's riverside have divided residents, with "
    "more than 300 signing a petition against it in the first week.",
    "The Environment Agency wants to build the 1.2-metre wall between the Old Bridge and the "
    "boatyard after the river burst its banks twice last winter, flooding 46 homes.",
    "Supporters say the wall is the only way to protect the houses on Wharf Street. "
    "Opponents say it will cut the town off from the water and harm trade at the riverside "
    "pubs and cafes.",
    "“Nobody wants to be flooded again, but this is a prison wall,” said Ruth Halloway, who "
    "runs a tea room on the quay.",
    "A public meeting will be held at the Corn Exchange on December 2 at 7.30 p.m.",
]
q02 = (
    """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 3.0">
<title>story</title>
<base target="main">
</head>
<body bgcolor="#FFFFF0" link="#000080" vlink="#800080">
<p align="center"><font face="Times New Roman" size="2">THE KELLOWAY CLARION &#151; ONLINE EDITION</font></p>
<p><font face="Times New Roman" size="5"><b>Flood wall plan splits Kelloway riverside residents</b></font></p>
<p><font face="Times New Roman" size="2"><b>By Anne-Marie Dufresne<br>
Clarion Staff Writer</b></font></p>
<p><font face="Times New Roman" size="2">Friday, November 19, 1999</font></p>
"""
    + "\n".join(
        f'<p><font face="Times New Roman" size="3">{esc(t, quote=False)}</font>' for t in Q02_BODY
    )
    + """
<p align="center"><font face="Times New Roman" size="1">[ <a href="index.htm" target="_top">Front Page</a> | <a href="news.htm">News</a> | <a href="letters.htm">Letters</a> | <a href="sports.htm">Sports</a> ]</font></p>
<p><font face="Times New Roman" size="1">Send comments to <a href="mailto:webmaster@kellowayclarion.com">webmaster@kellowayclarion.com</a><br>
This page last updated: 11/22/99</font></p>
</body>
</html>
"""
).encode("cp1252")

# ----------------------------------------------------------- q03: print-friendly view, 2008
Q03_BODY = [
    "The operator of the Inchbrae ferry is to cut its winter timetable from six sailings a "
    "day to four, saying fuel costs have risen by 40 per cent in a year.",
    "From November, the first crossing from Port Ellan will leave at 8.15am instead of "
    "6.45am, which islanders say will make it impossible to reach jobs on the mainland on "
    "time.",
    "Firth Crossings said it had lost 310,000 pounds on the route last winter and could not "
    "keep running near-empty early boats.",
    "The island's community council has asked the transport minister to step in. Its "
    'secretary, Morag Lennie, said: "Forty families rely on that first boat."',
]
q03 = (
    """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Printer-friendly version: Ferry operator cuts winter sailings to Inchbrae | The Dunmore Journal</title>
<link rel="stylesheet" href="/css/print.css" media="all">
</head>
<body onload="window.print()">
<div id="printheader">
<img src="/images/logo_print.gif" alt="The Dunmore Journal">
<span class="tools"><a href="javascript:window.close()">Close this window</a> | <a href="javascript:window.print()">Print this page</a></span>
</div>
<h1>Ferry operator cuts winter sailings to Inchbrae</h1>
<p class="byline">By Callum Rennie, Transport Reporter</p>
<p class="date">Published: 4 March 2008, 09:41</p>
<div class="storytext">
"""
    + paras(Q03_BODY)
    + """
</div>
<p class="findurl">Find this article at:<br>
http://www.dunmorejournal.co.uk/news/ferry-operator-cuts-winter-sailings-to-inchbrae-1.412907</p>
<p class="linkbox"><input type="checkbox" name="links"> Check the box to include the list of links referenced in the article.</p>
<p class="copyright">&copy; 2008 Dunmore Journal Media Ltd. All rights reserved.</p>
</body>
</html>
"""
)

# ----------------------------------------------------------- q04: page 1 of 3
Q04_BODY = [
    "Three of the five primary schools in the Stallworth valley could merge into a single "
    "school on a new site, under proposals published by the education authority on Monday.",
    "The authority says falling rolls have left a quarter of the valley's school places "
    "empty, and that the three buildings need 4.6 million dollars of repairs between them.",
    "Parents at Cray Hill Elementary, the smallest of the three with 61 pupils, said they "
    "had not been told the proposal was coming.",
    "“We found out from the newspaper,” said Lena Osterberg, whose two sons attend the "
    "school. “That tells you how much they want to hear from us.”",
]
q04 = (
    """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Stallworth valley schools face merger - Stallworth Valley Gazette</title>
</head>
<body>
<div id="header"><a href="/"><img src="/img/svg-logo.png" alt="Stallworth Valley Gazette" /></a>
<ul id="nav"><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/obituaries">Obituaries</a></li><li><a href="/classifieds">Classifieds</a></li></ul></div>
<div id="content">
<div class="story">
<h1>Stallworth valley schools face merger</h1>
<div class="story-meta">By Priya Raman | March 9, 2010</div>
<div class="story-tools"><a href="/print/8812">Print</a> | <a href="/email/8812">E-mail</a> | <a href="#comments">Comments (14)</a></div>
"""
    + paras(Q04_BODY)
    + """
<div class="pager">Page 1 of 3 &nbsp;&nbsp; <a href="/news/8812?page=2">Next page &raquo;</a></div>
<div class="pager-links"><strong>1</strong> <a href="/news/8812?page=2">2</a> <a href="/news/8812?page=3">3</a> <a href="/news/8812?page=2">Next</a> | <a href="/news/8812?single=1">View as single page</a></div>
</div>
<div class="related"><h3>Related stories</h3><ul>
<li><a href="/news/8790">School board to weigh 2.1 million budget cut</a></li>
<li><a href="/news/8733">Cray Hill parents rally to save crossing guard</a></li>
</ul></div>
</div>
<div id="footer">&copy; 2010 Stallworth Valley Gazette. All rights reserved. | <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a></div>
</body>
</html>
"""
)

# ----------------------------------------------------------- q05: an agency's own page, 2012
Q05_BODY = [
    "PORT HALLORAN, March 6 (Meridian Wire) - Dock workers at Port Halloran voted "
    "overwhelmingly on Tuesday to strike over pay, threatening to halt a third of the "
    "country's container traffic from next week.",
    "The dockers' union said 87 percent of its 2,400 members at the port had backed a series "
    "of 48-hour stoppages, starting on March 14, after the port operator offered a 1.5 "
    "percent rise.",
    '"Our members have had no real increase in four years," union organiser Ines Carvalho '
    "told reporters outside the port gates.",
    "Halloran Terminals, which runs the port, said it was disappointed by the vote and "
    "remained ready to talk. Its shares fell 3.2 percent in afternoon trading.",
    "Shipping lines have begun warning customers that cargo could be diverted to Gresham, "
    "the nearest deep-water port, 140 km to the south.",
]
q05 = (
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dock workers at Port Halloran vote to strike over pay | Meridian Wire</title>
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:title" content="Port Halloran dockers vote to strike">
</head>
<body>
<div id="masthead"><a href="/" class="logo">Meridian Wire</a>
<ul class="nav"><li>Business</li><li>Markets</li><li>World</li><li>Politics</li><li>Tech</li></ul></div>
<div id="content">
<div class="column1">
<h1>Dock workers at Port Halloran vote to strike over pay</h1>
<div class="facebox">
<p class="byline">By Tomasz Wieczorek</p>
<span class="timestamp">Tue Mar 6, 2012 5:22pm GMT</span>
</div>
<div class="article-tools">Email | Print | Share | Reprints | Single Page</div>
<span id="articleText">
"""
    + paras(Q05_BODY)
    + """
<p>(Reporting by Tomasz Wieczorek; Additional reporting by Ines Duarte in Lisbon; Editing by Mark Heyward)</p>
</span>
<div class="standards">Our Standards: <a href="/about/trust">The Meridian Trust Principles</a></div>
<div class="related"><h3>Related News</h3><ul>
<li><a href="/article/1">Halloran Terminals profit falls 12 percent</a> | Feb 28</li>
<li><a href="/article/2">Gresham port to add two berths by 2014</a> | Feb 21</li>
</ul></div>
</div>
<div class="column2"><h3>Most Popular</h3><ol>
<li>Oil slips below 105 dollars as stocks build</li>
<li>Euro zone factory output falls 0.8 percent</li>
<li>Three killed as storm hits southern coast</li>
</ol></div>
</div>
<div id="footer">&copy; Meridian Wire 2012. All rights reserved. Users may download and print extracts of content from this website for their own personal and non-commercial use only.</div>
</body>
</html>
"""
)

# ----------------------------------------------------------- q06: long comments, "Most read"
Q06_BODY = [
    "A plan to build 420 homes on farmland north of Brackley Vale has been turned down by "
    "planners, who said the roads around the site could not take the extra traffic.",
    "The district council's planning committee voted nine to two against the scheme by "
    "Orchard Vale Homes, which had offered to pay 1.8 million pounds towards a new junction "
    "on the Hinton road.",
    "Officers had recommended approval, but councillors said the junction would not be "
    "built until the last homes were finished.",
    'Councillor Amrit Sohal said: "We cannot keep putting the houses first and the roads '
    'last. People on the Hinton road already queue for 20 minutes every morning."',
    "Orchard Vale Homes said it was considering an appeal.",
]
_Q06_COMMENTS = [
    (
        "hollybank_dave",
        "14/03/2012 at 09:12",
        "About time. Try getting out of Mill Lane at 8am and you will see why.",
    ),
    (
        "Sensible Sue",
        "14/03/2012 at 09:40",
        "So where are our children supposed to live? Every scheme gets turned down and then "
        "people wonder why rents are 900 pounds a month.",
    ),
    (
        "BVResident",
        "14/03/2012 at 10:05",
        "The developer will win on appeal, they always do. Waste of 40,000 pounds of our money "
        "defending it.",
    ),
    (
        "grumpy of hinton",
        "14/03/2012 at 11:31",
        "Well done to the nine councillors who listened for once.",
    ),
    (
        "Pete M",
        "14/03/2012 at 12:02",
        "@Sensible Sue there are 300 empty flats above the shops in the town centre, start there.",
    ),
]
q06 = (
    """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>420-home Brackley Vale scheme refused over traffic fears (From The Brackley Vale Post)</title>
<meta name="description" content="A plan to build 420 homes on farmland has been turned down.">
</head>
<body>
<div id="top"><a href="/"><img src="/logo.gif" alt="The Brackley Vale Post"></a>
<div class="menu"><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/leisure/">Leisure</a> <a href="/jobs/">Jobs</a> <a href="/homes/">Homes</a> <a href="/motors/">Motors</a></div></div>
<div id="main">
<div class="story">
<h1>420-home Brackley Vale scheme refused over traffic fears</h1>
<p class="meta">9:35am Wednesday 14th March 2012 in <a href="/news/">News</a> By <a href="/author/sheard">Tom Sheard</a></p>
"""
    + paras(Q06_BODY)
    + """
<div class="tools"><a href="#">Email</a> <a href="#">Print</a> <a href="#reactions">Add a comment</a></div>
</div>
<div id="reactions" class="reader-reactions">
<h2>47 comments so far</h2>
<p class="sort">Sort by: <a href="?o=new">Newest first</a> | <a href="?o=old">Oldest first</a> | <a href="?o=top">Highest rated</a></p>
"""
    + "\n".join(
        f'<div class="rr-item"><p class="rr-head">Posted by <b>{esc(who)}</b> on {when}</p>'
        f"<p>{esc(text, quote=False)}</p>"
        f'<p class="rr-tools"><a href="#">Report this comment</a> | <a href="#">Reply</a> | Rate: +4 -1</p></div>'
        for who, when, text in _Q06_COMMENTS
    )
    + """
<p class="rr-more"><a href="?page=2">Show more comments</a> (42 more)</p>
<p class="rr-rules">Comments are closed on this article. We are no longer accepting comments on this article.</p>
</div>
<div class="most-read"><h2>Most read</h2><ol>
<li><a href="/news/1">Council tax to rise by 3.5 per cent</a></li>
<li><a href="/news/2">Two arrested after 12,000 pounds of tools stolen from vans</a></li>
<li><a href="/news/3">Hinton road to close for 6 weeks for resurfacing</a></li>
<li><a href="/news/4">Pub landlord fined 2,500 pounds over noise</a></li>
</ol></div>
<div class="most-read"><h2>Most commented</h2><ol>
<li><a href="/news/5">Parking charges at the station to double (83 comments)</a></li>
<li><a href="/news/6">Town centre bins to be emptied once a fortnight (61 comments)</a></li>
</ol></div>
</div>
<div id="footer">&copy; Copyright 2001-2012 Brackley Vale Post Ltd. Part of the Kesteven Media Group. All rights reserved.</div>
</body>
</html>
"""
)

# ----------------------------------------------------------- q07: a local-history wiki page
Q07_BODY = [
    "The Harrowgate Mill fire was a fire that destroyed the Harrowgate flax mill in "
    "Tarnside on the night of 2 February 1898, killing seven workers.[1]",
    "Background",
    "The mill was built in 1852 by the Pelling family and employed about 400 people at its "
    "height, most of them women and children from the Low Town.[2]",
    "The fire",
    "The fire started in the carding room shortly after 11 p.m. and spread through the "
    "upper floors within an hour. The town's only fire engine could not reach the top "
    "storey.",
    "Aftermath",
    "An inquest found that the doors of the night workers' stair had been locked. The "
    "mill was never rebuilt, and the site is now Harrowgate Park.[3]",
    "References",
    "Tarnside Advertiser, 4 February 1898.",
    "Mary Coulson, A History of Tarnside Industry (1979), p. 44.",
    "Tarnside Civic Society, Walks Around the Low Town (2004).",
]
q07 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="MediaWiki 1.15.1" />
<title>Harrowgate Mill fire - Tarnside Wiki</title>
</head>
<body class="mediawiki ltr ns-0 skin-monobook">
<div id="globalWrapper">
<div id="column-content"><div id="content">
<a name="top" id="top"></a>
<h1 id="firstHeading" class="firstHeading">Harrowgate Mill fire</h1>
<div id="bodyContent">
<h3 id="siteSub">From Tarnside Wiki</h3>
<div id="contentSub"></div>
<div id="jump-to-nav">Jump to: <a href="#column-one">navigation</a>, <a href="#searchInput">search</a></div>
<table class="infobox" style="float:right;width:22em">
<tr><th colspan="2">Harrowgate Mill fire</th></tr>
<tr><td>Date</td><td>2 February 1898</td></tr>
<tr><td>Location</td><td>Harrowgate Lane, Tarnside</td></tr>
<tr><td>Deaths</td><td>7</td></tr>
<tr><td>Cause</td><td>Unknown</td></tr>
</table>
<p>The <b>Harrowgate Mill fire</b> was a fire that destroyed the Harrowgate flax mill in Tarnside on the night of 2 February 1898, killing seven workers.<sup id="cite_ref-0" class="reference"><a href="#cite_note-0">[1]</a></sup></p>
<table id="toc" class="toc"><tr><td><div id="toctitle"><h2>Contents</h2> <span class="toctoggle">[<a href="#">hide</a>]</span></div>
<ul>
<li class="toclevel-1"><a href="#Background"><span class="tocnumber">1</span> <span class="toctext">Background</span></a></li>
<li class="toclevel-1"><a href="#The_fire"><span class="tocnumber">2</span> <span class="toctext">The fire</span></a></li>
<li class="toclevel-1"><a href="#Aftermath"><span class="tocnumber">3</span> <span class="toctext">Aftermath</span></a></li>
<li class="toclevel-1"><a href="#References"><span class="tocnumber">4</span> <span class="toctext">References</span></a></li>
</ul></td></tr></table>
<h2><span class="editsection">[<a href="/index.php?title=Harrowgate_Mill_fire&amp;action=edit&amp;section=1">edit</a>]</span> <span class="mw-headline" id="Background">Background</span></h2>
<p>The mill was built in 1852 by the Pelling family and employed about 400 people at its height, most of them women and children from the Low Town.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[2]</a></sup></p>
<h2><span class="editsection">[<a href="/index.php?title=Harrowgate_Mill_fire&amp;action=edit&amp;section=2">edit</a>]</span> <span class="mw-headline" id="The_fire">The fire</span></h2>
<p>The fire started in the carding room shortly after 11 p.m. and spread through the upper floors within an hour. The town's only fire engine could not reach the top storey.</p>
<h2><span class="editsection">[<a href="/index.php?title=Harrowgate_Mill_fire&amp;action=edit&amp;section=3">edit</a>]</span> <span class="mw-headline" id="Aftermath">Aftermath</span></h2>
<p>An inquest found that the doors of the night workers' stair had been locked. The mill was never rebuilt, and the site is now Harrowgate Park.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[3]</a></sup></p>
<h2><span class="editsection">[<a href="/index.php?title=Harrowgate_Mill_fire&amp;action=edit&amp;section=4">edit</a>]</span> <span class="mw-headline" id="References">References</span></h2>
<ol class="references">
<li id="cite_note-0"><a href="#cite_ref-0">&uarr;</a> Tarnside Advertiser, 4 February 1898.</li>
<li id="cite_note-1"><a href="#cite_ref-1">&uarr;</a> Mary Coulson, <i>A History of Tarnside Industry</i> (1979), p. 44.</li>
<li id="cite_note-2"><a href="#cite_ref-2">&uarr;</a> Tarnside Civic Society, <i>Walks Around the Low Town</i> (2004).</li>
</ol>
<div class="printfooter">Retrieved from "<a href="http://wiki.tarnside.org.uk/index.php/Harrowgate_Mill_fire">http://wiki.tarnside.org.uk/index.php/Harrowgate_Mill_fire</a>"</div>
<div id="catlinks"><div id="mw-normal-catlinks"><a href="/index.php/Special:Categories">Categories</a>: <span><a href="/index.php/Category:Fires">Fires</a></span> | <span><a href="/index.php/Category:Industry">Industry</a></span> | <span><a href="/index.php/Category:1898">1898</a></span></div></div>
</div></div></div>
<div id="column-one">
<div id="p-cactions" class="portlet"><h5>Views</h5><ul><li class="selected">Page</li><li>Discussion</li><li>Edit</li><li>History</li></ul></div>
<div class="portlet" id="p-personal"><h5>Personal tools</h5><ul><li>Log in / create account</li></ul></div>
<div class="portlet" id="p-navigation"><h5>Navigation</h5><ul><li>Main Page</li><li>Community portal</li><li>Recent changes</li><li>Random page</li><li>Help</li></ul></div>
<div id="p-search" class="portlet"><h5>Search</h5><input id="searchInput" name="search" type="text" /> <input type="submit" value="Go" /></div>
<div class="portlet" id="p-tb"><h5>Toolbox</h5><ul><li>What links here</li><li>Related changes</li><li>Special pages</li><li>Printable version</li><li>Permanent link</li></ul></div>
</div>
<div id="footer">
<ul id="f-list">
<li id="lastmod"> This page was last modified on 12 August 2009, at 14:02.</li>
<li id="viewcount">This page has been accessed 1,204 times.</li>
<li id="privacy">Privacy policy</li>
<li id="about">About Tarnside Wiki</li>
<li id="disclaimer">Disclaimers</li>
</ul>
</div>
</div>
</body>
</html>
"""

# ----------------------------------------------------------- q08: ends in a newsletter sign-up
Q08_BODY = [
    "Bus fares across Wexcombe will rise by an average of 12 per cent from June, the "
    "county's largest operator announced on Tuesday.",
    "A single adult ticket in the town will go up from 2.20 pounds to 2.50 pounds, and a "
    "weekly pass from 14 pounds to 16 pounds. Fares for under-19s will be frozen.",
    "Greenway Buses blamed the rise on a 9 per cent fall in passenger numbers since 2014 "
    "and a cut in the county council's support for rural routes.",
    "Passenger group Wexcombe Bus Users said the rise would drive more people into their "
    'cars. Its chairman, Neil Ashdown, said: "Every rise loses us another few hundred '
    'passengers, and then there is another rise."',
]
q08 = (
    """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Wexcombe bus fares to rise by 12% | Wexcombe Ledger</title>
<meta property="og:site_name" content="Wexcombe Ledger">
<meta property="article:published_time" content="2016-05-10T14:20:00+01:00">
<meta name="author" content="Jade Pereira">
</head>
<body>
<header class="site-header"><a class="brand" href="/">Wexcombe Ledger</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What's On</a> <a href="/opinion">Opinion</a></nav></header>
<main>
<article class="post">
<h1 class="post-title">Wexcombe bus fares to rise by 12%</h1>
<div class="post-meta">By Jade Pereira &middot; 10 May 2016</div>
<div class="post-content">
"""
    + paras(Q08_BODY)
    + """
</div>
<div class="promo-box">
<h4>Get the Morning Ledger</h4>
<p>Join more than 38,000 readers who start their day with our free briefing. It lands at 6am every weekday, with the 5 stories you need to know.</p>
<form action="/subscribe"><input type="email" placeholder="Your email address"><button>Sign me up</button></form>
<p class="small">By signing up you agree to our privacy policy. You can unsubscribe at any time.</p>
</div>
</article>
</main>
<footer><p>&copy; 2016 Wexcombe Ledger. Registered in England no. 08812231.</p></footer>
</body>
</html>
"""
)

# ----------------------------------------------------------- q09: a reply quoting a quoted story
Q09_TITLE = "Dam repair bill doubles to 14 million as cracks spread"
Q09_BODY = [
    "The cost of repairing the Lowhaven dam has doubled to 14 million pounds after engineers "
    "found cracks running further into the wall than the first survey showed.",
    "The water company told the county council on Tuesday that the work would now take two "
    "summers, and that the reservoir would be kept a third below its usual level until 2012.",
    "Anglers and the sailing club, who use the reservoir from April to October, said they "
    "had been given no warning.",
    "A spokesman for Cresswater Water said the dam was safe and was being checked every day.",
]
_q09_story = [Q09_TITLE, "", "By Lewis Ombati", "Cresswater Gazette, 7 April 2010", ""]
for _i, _p in enumerate(Q09_BODY):
    _q09_story += wrap(_p)
    if _i < len(Q09_BODY) - 1:
        _q09_story.append("")
q09 = (
    """Hi Sam,

Worth a look for the Thursday briefing - the figures on the dam don't
match what the ministry told us last month.

Rob

On Wed, 7 Apr 2010 at 11:46, Nadia Farouk <nadia.farouk@example.org> wrote:
> Rob - this ran in the Cresswater Gazette this morning. Copied below.
>
"""
    + "\n".join(("> > " + row).rstrip() for row in _q09_story)
    + """
>
> Nadia
"""
)

# ----------------------------------------------------------- q10: .docx release, letterhead in body
Q10_TITLE = "Otters return to the Lune Beck after 40 years"
Q10_BODY = [
    "Otters are breeding on the Lune Beck for the first time in 40 years, the Vennmoor "
    "Rivers Trust said today.",
    "Volunteers found the tracks of a female and two cubs on a sand bar near Cowgill Bridge "
    "in August, and a camera trap filmed the family on three nights in early September.",
    "The trust has spent 11 years and 260,000 pounds removing weirs and replanting the "
    "banks of the beck, which was polluted by mine water until the 1970s.",
    "Project officer Kate Lambourne said: “Otters are a sign that the whole river is "
    "healthy again, from the insects up. This is what the volunteers have been working for.”",
]
q10 = docx(
    para(inner='<w:r><w:rPr><w:b/><w:sz w:val="36"/></w:rPr><w:t>Vennmoor Rivers Trust</w:t></w:r>')
    + para(
        "Unit 4, Millrace Yard, Vennmoor VN3 8QT | Tel 01632 960 411 | www.vennmoorrivers.org.uk"
    )
    + para("PRESS RELEASE", inner="<w:r><w:rPr><w:b/></w:rPr><w:t>PRESS RELEASE</w:t></w:r>")
    + para("For immediate release: 22 September 2011")
    + para(Q10_TITLE, "Title")
    + "".join(para(t) for t in Q10_BODY)
    + para("ENDS")
    + para("Notes to editors", "Heading2")
    + para(
        "1. The Vennmoor Rivers Trust is a registered charity founded in 1994 to restore the "
        "rivers of the Vennmoor fells. It has 1,900 members and 150 volunteers."
    )
    + para("2. Photographs of the otter tracks are available on request.")
    + para("Media contact: Helen Strand, 01632 960 412, press@vennmoorrivers.org.uk"),
    core_xml=core(
        title="Press release template",
        creator="hstrand",
        created="2009-01-05T09:00:00Z",
        modified="2011-09-22T08:40:00Z",
    ),
    footer=["Vennmoor Rivers Trust is a registered charity no. 1067745 | Page 1 of 1"],
)

# ----------------------------------------------------------- q11: .pdf release on letterhead
Q11_TITLE = "County to trial free evening parking in three market towns"
Q11_BODY = [
    "Halberd County Council will trial free parking after 6pm in its car parks in Ashby "
    "Marsh, Coldwell and Fenby from 1 April, to help town-centre restaurants, pubs and "
    "cinemas.",
    "The six-month trial will cost the council an estimated 48,000 pounds in lost parking "
    "income. Car parks in the three towns take about 2,000 pounds a week after 6pm at "
    "present.",
    "Councillor Brian Hodder, cabinet member for highways, said traders had told the council "
    "that evening charges were keeping customers away at a time when many businesses were "
    "struggling.",
    "“If the trial brings more people into our towns in the evening, we will look at "
    "extending it to the rest of the county,” he said.",
    "The council will count cars in the nine car parks every evening during the trial and "
    "ask traders for their takings figures before deciding in October whether to keep the "
    "scheme.",
    "Residents can give their views on the trial on the council's website until 30 June, or "
    "by writing to the highways team at County Hall.",
]
_q11_pages = flowed(
    [("title", Q11_TITLE)] + [("para", t) for t in Q11_BODY]
    + [("para", "-ends-"), ("heading", "Note to editors"),
       ("para", "Halberd County Council serves 312,000 residents in 14 towns and 120 parishes."),
       ("para", "For further information contact the press office on 01632 960 700 or "
                "press@halberd.gov.uk.")],
    top=700,
    bottom=440,
)  # fmt: skip
for _n, _page in enumerate(_q11_pages, start=1):
    if _n == 1:
        _page.lines[:0] = [
            Line(60, 800, "Halberd County Council", 16, "F2"),
            Line(60, 782, "County Hall, Halberd HB1 2AA  |  www.halberd.gov.uk", 8),
            Line(60, 752, "NEWS RELEASE", 11, "F2"),
            Line(400, 752, "Monday 5 March 2012", 10),
            Line(60, 736, "Ref: NR/0312/14", 8),
        ]
    _page.lines += [
        Line(60, 50, "Halberd County Council, County Hall, Halberd HB1 2AA", 8),
        Line(480, 50, f"Page {_n} of {len(_q11_pages)}", 8),
    ]
q11 = pdf(
    _q11_pages,
    {
        "Title": "Microsoft Word - NR 0312 parking.docx",
        "Author": "jcollins",
        "Creator": "Microsoft® Word 2010",
        "Producer": "Microsoft® Word 2010",
        "CreationDate": "D:20120302154012+00'00'",
        "ModDate": "D:20120305081500+00'00'",
    },
)

# ----------------------------------------------------------- q12: .eml, a forward of a forward
Q12_TITLE = "Harbour board approves 9m dredging contract"
Q12_BODY = [
    "The Saltmarsh harbour board has approved a 9 million pound contract to dredge the main "
    "channel, ending two years of arguments over who should pay for it.",
    "The work, by Dutch firm Van Rijn Marine, will deepen the channel by 1.5 metres so that "
    "larger ferries can use the port at low tide. It is due to start in September.",
    "The board will pay 6 million pounds, with the rest coming from the county council and "
    "the ferry operator.",
    'Board chairman Giles Penhale said the dredging was "the most important thing this '
    'port has done in 30 years".',
]
q12 = (
    """Return-Path: <ruth.adeyemi@example.net>
Received: from mail.example.net (mail.example.net [192.0.2.14])
	by mx.example.org with ESMTP id 4F2A1C0D; Thu, 12 Apr 2012 16:05:35 +0100
From: Ruth Adeyemi <ruth.adeyemi@example.net>
To: Newsdesk <desk@example.org>
Subject: Fwd: Fwd: Harbour board approves 9m dredging contract
Date: Thu, 12 Apr 2012 16:05:33 +0100
Message-ID: <CAF1x9w2@mail.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

FYI - see Callum's note below. Can we check the tender figures before Friday?

Ruth

---------- Forwarded message ----------
From: Callum Voss <callum.voss@example.com>
Date: Wed, Apr 11, 2012 at 9:14 PM
Subject: Fwd: Harbour board approves 9m dredging contract
To: Ruth Adeyemi <ruth.adeyemi@example.net>


Thought you'd want this one - the 6m share is new.

Callum

---------- Forwarded message ----------
From: The Saltmarsh Chronicle <news@saltmarshchronicle.example>
Date: Tue, Apr 10, 2012 at 7:02 AM
Subject: Harbour board approves 9m dredging contract
To: callum.voss@example.com


"""
    + Q12_TITLE
    + "\n\nBy Efua Mensah\n\n"
    + "\n\n".join(Q12_BODY)
    + """

Read more at www.saltmarshchronicle.example/news

You are receiving this e-mail because you signed up for breaking news alerts from The Saltmarsh Chronicle.
Unsubscribe | Update your preferences
"""
)

# ----------------------------------------------------------- q13: classic Blogger, 2005
Q13_BODY = [
    "The county council has quietly dropped the Westbury bypass from its ten-year roads "
    "plan, two years after telling residents it was the top priority.",
    "The change is buried on page 37 of the plan, which went out for consultation last "
    'week. The bypass now appears only in a list of schemes that "may be considered after '
    '2015".',
    "I asked the council's press office why. They told me the 22 million pound cost had "
    "gone up to 31 million and that the government grant was no longer likely.",
    "The consultation closes on April 8. If you live on the High Street and you are sick "
    "of the lorries, now is the time to write in.",
]
q13 = (
    """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>Westbury Watch: Council quietly shelves Westbury bypass</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="Blogger" />
</head>
<body>
<div id="header">
<h1 id="blog-title"><a href="http://westburywatch.blogspot.com/">Westbury Watch</a></h1>
<p id="description">Keeping an eye on the council, the planners and the bypass that never comes.</p>
</div>
<div id="content">
<div id="main"><div id="main2">
<h2 class="date-header">Tuesday, March 15, 2005</h2>
<div class="post">
<h3 class="post-title">Council quietly shelves Westbury bypass</h3>
<div class="post-body">
<div style="clear:both;"></div>"""
    + "<br /><br />".join(esc(t, quote=False) for t in Q13_BODY)
    + """<div style="clear:both; padding-bottom:0.25em"></div>
</div>
<p class="post-footer">
<em>posted by Orla Brennan @ <a href="http://westburywatch.blogspot.com/2005/03/council-quietly-shelves.html" title="permanent link">3:42 PM</a></em>
&nbsp; <a class="comment-link" href="#comments">12 comments</a> <span class="item-control"><a href="#">Links to this post</a></span>
</p>
</div>
<div id="comments">
<h4>12 Comments:</h4>
<dl id="comments-block">
<dt class="comment-poster" id="c1">At 4:10 PM, <span>Anonymous</span> said...</dt>
<dd class="comment-body"><p>Typical. They only ever put it in the plan in election years.</p></dd>
<dd class="comment-timestamp"><a href="#c1" title="comment permalink">3/15/2005 4:10 PM</a></dd>
<dt class="comment-poster" id="c2">At 5:02 PM, <a href="#">Mick H</a> said...</dt>
<dd class="comment-body"><p>Thanks Orla. I counted 41 lorries past my window between 7 and 8 this morning.</p></dd>
<dd class="comment-timestamp"><a href="#c2" title="comment permalink">3/15/2005 5:02 PM</a></dd>
<dt class="comment-poster" id="c3">At 9:47 PM, <span>Anonymous</span> said...</dt>
<dd class="comment-body"><p>Has anyone asked our MP about this?</p></dd>
<dd class="comment-timestamp"><a href="#c3" title="comment permalink">3/15/2005 9:47 PM</a></dd>
</dl>
<p class="comment-timestamp"><a class="comment-link" href="#">Post a Comment</a></p>
<p class="comment-timestamp"><a href="http://westburywatch.blogspot.com/">&lt;&lt; Home</a></p>
</div>
</div></div>
<div id="sidebar"><div id="sidebar2">
<h2 class="sidebar-title">About Me</h2>
<dl class="profile-datablock"><dt class="profile-data"><strong>Name:</strong> Orla Brennan</dt><dd class="profile-data"><strong>Location:</strong> Westbury, United Kingdom</dd></dl>
<p class="profile-textblock">Mother of three, school governor, lives on the High Street.</p>
<h2 class="sidebar-title">Previous Posts</h2>
<ul id="recently">
<li><a href="#">Lorry count: 312 in one day</a></li>
<li><a href="#">What the council said in 2003</a></li>
<li><a href="#">Public meeting, March 3</a></li>
</ul>
<h2 class="sidebar-title">Archives</h2>
<ul class="archive-list">
<li><a href="#">December 2004</a></li>
<li><a href="#">January 2005</a></li>
<li><a href="#">February 2005</a></li>
<li><a href="#">March 2005</a></li>
</ul>
<p id="powered-by"><a href="http://www.blogger.com"><img src="http://buttons.blogger.com/bloggerbutton1.gif" alt="Powered by Blogger" /></a></p>
</div></div>
</div>
</body>
</html>
"""
)

# ----------------------------------------------------------- q14: related-links table in the story
Q14_BODY = [
    "Shipbuilder Gannet Yard is to cut 350 jobs at its Kilrenny works, nearly a third of "
    "its workforce, after losing a contract for two naval supply ships.",
    "The company said the cuts would be made by the end of the year and that it would try "
    "to find as many volunteers as possible.",
    "Union leaders said the news was a hammer blow for the town, where the yard is the "
    "largest private employer.",
    '"These are skilled jobs that will not come back once they are gone," said Fraser '
    "Imrie of the engineering union.",
    "The Scottish Executive said it would set up a task force to help workers find new jobs.",
]
q14 = (
    """<html>
<head>
<title>Shipyard to axe 350 jobs</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
</head>
<body bgcolor="#ffffff" text="#000000">
<table width="770" cellspacing="0" cellpadding="0" border="0">
<tr><td colspan="3" bgcolor="#990000"><img src="/furniture/masthead.gif" alt="Fife Coast Herald Online" width="770" height="60"></td></tr>
<tr><td colspan="3" bgcolor="#eeeeee"><font face="arial" size="1">&nbsp;<a href="/">Front Page</a> | <a href="/news/">News</a> | <a href="/business/">Business</a> | <a href="/sport/">Sport</a> | <a href="/weather/">Weather</a> | <a href="/archive/">Archive</a></font></td></tr>
<tr>
<td width="120" valign="top"><font face="arial" size="1"><b>SECTIONS</b><br><a href="/news/">Local news</a><br><a href="/business/">Business</a><br><a href="/letters/">Letters</a><br><a href="/nostalgia/">Nostalgia</a></font></td>
<td width="10"><img src="/furniture/spacer.gif" width="10" height="1"></td>
<td width="640" valign="top">
<font face="arial" size="1" color="#666666">Published: Wednesday, 9 July 2003, 14:22</font><br>
<font face="arial" size="5"><b>Shipyard to axe 350 jobs</b></font><br>
<font face="arial" size="2"><b>By Eilidh Barclay</b><br>Business Editor</font>
<p><font face="arial" size="2">"""
    + esc(Q14_BODY[0], quote=False)
    + "\n<p>"
    + esc(Q14_BODY[1], quote=False)
    + """
<table align="right" width="180" cellpadding="4" cellspacing="0" border="1" bordercolor="#cccccc"><tr><td bgcolor="#f4f4f4"><font face="arial" size="1"><b>RELATED LINKS</b><br>
<a href="/news/2003/06/gannet.html">Gannet Yard bids for navy order</a><br>
<a href="/news/2003/05/kilrenny.html">Kilrenny's 150 years of ships</a><br>
<a href="http://www.gannetyard.example">Gannet Yard</a><br>
<i>The Herald is not responsible for the content of external internet sites</i></font></td></tr></table>
<p>"""
    + "\n<p>".join(esc(t, quote=False) for t in Q14_BODY[2:])
    + """
</font>
<p><font face="arial" size="1"><a href="/cgi-bin/email.cgi">E-mail this story to a friend</a> | <a href="/cgi-bin/print.cgi">Printable version</a></font>
<p><font face="arial" size="1" color="#666666">&copy; Fife Coast Herald 2003. All rights reserved.</font>
</td></tr></table>
</body>
</html>
"""
).encode("cp1252")

DOCUMENTS = [
    ("q01_table_layout_font_br.html", q01),
    ("q02_frameset_content_page.html", q02),
    ("q03_print_friendly_find_at.html", q03),
    ("q04_page_one_of_three.html", q04),
    ("q05_agency_page_reporting_editing.html", q05),
    ("q06_comments_most_read.html", q06),
    ("q07_local_history_wiki.html", q07),
    ("q08_newsletter_signup_figures.html", q08),
    ("q09_reply_quoting_a_quote.txt", q09),
    ("q10_release_letterhead_in_body.docx", q10),
    ("q11_release_letterhead_pages.pdf", q11),
    ("q12_forward_of_a_forward.eml", q12),
    ("q13_blogger_classic_comments.html", q13),
    ("q14_related_table_inside_story.html", q14),
]

if __name__ == "__main__":
    write_documents(HERE, DOCUMENTS)
