"""dev41's answers, written before the engine ran on the files; writes ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev41/src/answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _answers_common import answer, write_answers  # noqa: E402
from build import (  # noqa: E402
    Q01_BODY,
    Q02_BODY,
    Q03_BODY,
    Q04_BODY,
    Q05_BODY,
    Q06_BODY,
    Q07_BODY,
    Q08_BODY,
    Q09_BODY,
    Q09_TITLE,
    Q10_BODY,
    Q10_TITLE,
    Q11_BODY,
    Q11_TITLE,
    Q12_BODY,
    Q12_TITLE,
    Q13_BODY,
    Q14_BODY,
)

#: The conventions these answers follow, beside ingest_eval's:
#: - An old page's story set in ``<font>`` inside a layout table, its paragraphs parted by
#:   ``<br><br>`` or by ``<p>`` tags never closed, is read as any story: the layout's other
#:   cells (the menu, a search box, a "RELATED LINKS" table set inside the story, "E-mail this
#:   story", "Printable version") are furniture.
#: - A web edition's label after the paper's name ("THE KELLOWAY CLARION - ONLINE EDITION",
#:   a masthead's alt text "Fife Coast Herald Online") is no part of the outlet's name: the
#:   ``source`` is the paper ("The Kelloway Clarion", "Fife Coast Herald").
#: - A frameset's content page is a page of its own: its links to the other frames and the
#:   webmaster's line ("Send comments to ...", "This page last updated: 11/22/99", an update,
#:   never the publication) are furniture.
#: - A print-friendly view's "Find this article at:" with the address under it and "Check
#:   the box to include the list of links referenced in the article" are print tools.
#: - A reply that quotes a copy of a story (one "> " more at each level, "On DATE, NAME
#:   wrote:") is the story it quotes, as a forward is: the quote marks of every level are
#:   removed; the reply, the quoted note around the story, the "wrote:" line and the
#:   signatures are furniture; ``published`` is the date the story's copy prints (``text``).
#: - A forward of a forward is the innermost message: ``title`` its Subject, ``source`` its
#:   sender, ``published`` its own Date: (``metadata``, as ``dev9``'s); the outer forwarders'
#:   headers, notes and dates are furniture, and so is the alert's footer.
#: - A release's letterhead written into the document's first paragraphs (not its page header)
#:   names the ``source`` and is furniture; "For immediate release: DATE" dates it (``text``).
#: - A blog's post is the document: ``title`` the post's title (the blog's name in ``<h1>``
#:   is the masthead, the ``source``), ``author`` the "posted by" name, ``published`` the date
#:   header over the post (``text``); comments, "Links to this post", the profile and the
#:   archive lists are furniture.
#: - A story's agency tail "(Reporting by ...; Editing by ...)" is furniture on the agency's
#:   own page, as on a wire copy (``dev18``); the agency's standards line is furniture.
ANSWERS = [
    answer(
        "q01_table_layout_font_br.html",
        "Quarry lorries to be banned from Milbury lanes",
        "The Ashcombe Argus",
        "Gareth Pennock",
        "2001-03-13",
        "text",
        Q01_BODY,
        [
            "Search the Argus",
            "Classifieds",
            "Contact Us",
            "Posted: Tuesday",
            "Print this story",
            "Email this story to a friend",
            "Ashcombe Argus Newspapers Ltd",
            "Reproduction in whole or in part",
        ],
        partial=False,
    ),
    answer(
        "q02_frameset_content_page.html",
        "Flood wall plan splits Kelloway riverside residents",
        "The Kelloway Clarion",
        "Anne-Marie Dufresne",
        "1999-11-19",
        "text",
        Q02_BODY,
        [
            "ONLINE EDITION",
            "Clarion Staff Writer",
            "Front Page",
            "Letters | Sports",
            "Send comments to",
            "This page last updated",
        ],
        partial=False,
    ),
    answer(
        "q03_print_friendly_find_at.html",
        "Ferry operator cuts winter sailings to Inchbrae",
        "The Dunmore Journal",
        "Callum Rennie",
        "2008-03-04",
        "text",
        Q03_BODY,
        [
            "Close this window",
            "Print this page",
            "Find this article at",
            "dunmorejournal.co.uk/news",
            "Check the box to include",
            "Dunmore Journal Media Ltd",
            "Transport Reporter",
        ],
        partial=False,
    ),
    answer(
        "q04_page_one_of_three.html",
        "Stallworth valley schools face merger",
        "Stallworth Valley Gazette",
        "Priya Raman",
        "2010-03-09",
        "text",
        Q04_BODY,
        [
            "Page 1 of 3",
            "Next page",
            "View as single page",
            "Comments (14)",
            "Related stories",
            "School board to weigh",
            "Privacy Policy",
        ],
        partial=True,
    ),
    answer(
        "q05_agency_page_reporting_editing.html",
        "Dock workers at Port Halloran vote to strike over pay",
        "Meridian Wire",
        "Tomasz Wieczorek",
        "2012-03-06",
        "text",
        Q05_BODY,
        [
            "Reporting by Tomasz Wieczorek",
            "Editing by Mark Heyward",
            "Our Standards",
            "Related News",
            "Halloran Terminals profit falls",
            "Most Popular",
            "Oil slips below",
            "Reprints",
            "Users may download",
        ],
        partial=False,
    ),
    answer(
        "q06_comments_most_read.html",
        "420-home Brackley Vale scheme refused over traffic fears",
        "The Brackley Vale Post",
        "Tom Sheard",
        "2012-03-14",
        "text",
        Q06_BODY,
        [
            "Add a comment",
            "47 comments so far",
            "Sort by",
            "hollybank_dave",
            "About time. Try getting out of Mill Lane",
            "Every scheme gets turned down",
            "Report this comment",
            "Show more comments",
            "Comments are closed",
            "Most read",
            "Council tax to rise by 3.5 per cent",
            "Most commented",
            "Parking charges at the station",
            "Kesteven Media Group",
        ],
        partial=False,
    ),
    answer(
        "q07_local_history_wiki.html",
        "Harrowgate Mill fire",
        "Tarnside Wiki",
        None,
        None,
        None,
        Q07_BODY,
        [
            "From Tarnside Wiki",
            "Jump to",
            "Harrowgate Lane, Tarnside",
            "[edit]",
            "↑",
            "Retrieved from",
            "Categories",
            "last modified",
            "accessed 1,204 times",
            "Personal tools",
            "Recent changes",
        ],
        once=["Background", "Aftermath", "References"],
        partial=False,
    ),
    answer(
        "q08_newsletter_signup_figures.html",
        "Wexcombe bus fares to rise by 12%",
        "Wexcombe Ledger",
        "Jade Pereira",
        "2016-05-10",
        "metadata",
        Q08_BODY,
        [
            "Get the Morning Ledger",
            "Join more than 38,000 readers",
            "the 5 stories you need",
            "Sign me up",
            "By signing up you agree",
            "Registered in England",
        ],
        partial=False,
    ),
    answer(
        "q09_reply_quoting_a_quote.txt",
        Q09_TITLE,
        "Cresswater Gazette",
        "Lewis Ombati",
        "2010-04-07",
        "text",
        Q09_BODY,
        [
            "Hi Sam",
            "Worth a look for the Thursday briefing",
            "wrote:",
            "nadia.farouk@example.org",
            "this ran in the Cresswater Gazette this morning",
            ">",
        ],
        partial=False,
    ),
    answer(
        "q10_release_letterhead_in_body.docx",
        Q10_TITLE,
        "Vennmoor Rivers Trust",
        None,
        "2011-09-22",
        "text",
        Q10_BODY,
        [
            "Millrace Yard",
            "PRESS RELEASE",
            "For immediate release",
            "ENDS",
            "Notes to editors",
            "registered charity founded in 1994",
            "Photographs of the otter tracks",
            "Media contact",
            "charity no. 1067745",
            "Page 1 of 1",
        ],
        partial=False,
    ),
    answer(
        "q11_release_letterhead_pages.pdf",
        Q11_TITLE,
        "Halberd County Council",
        None,
        "2012-03-05",
        "text",
        Q11_BODY,
        [
            "County Hall, Halberd HB1 2AA",
            "NEWS RELEASE",
            "Ref: NR/0312/14",
            "Page 1 of 2",
            "Page 2 of 2",
            "-ends-",
            "Note to editors",
            "serves 312,000 residents",
            "press office on 01632",
        ],
        partial=False,
    ),
    answer(
        "q12_forward_of_a_forward.eml",
        Q12_TITLE,
        "The Saltmarsh Chronicle",
        "Efua Mensah",
        "2012-04-10",
        "metadata",
        Q12_BODY,
        [
            "FYI - see Callum's note",
            "Thought you'd want this one",
            "Forwarded message",
            "Callum Voss",
            "Ruth Adeyemi",
            "Read more at",
            "You are receiving this e-mail",
            "Unsubscribe",
        ],
        partial=False,
    ),
    answer(
        "q13_blogger_classic_comments.html",
        "Council quietly shelves Westbury bypass",
        "Westbury Watch",
        "Orla Brennan",
        "2005-03-15",
        "text",
        Q13_BODY,
        [
            "Keeping an eye on the council",
            "posted by Orla Brennan",
            "12 comments",
            "Links to this post",
            "They only ever put it in the plan",
            "said...",
            "Post a Comment",
            "<< Home",
            "About Me",
            "Previous Posts",
            "Lorry count",
            "Archives",
            "Powered by Blogger",
        ],
        partial=False,
    ),
    answer(
        "q14_related_table_inside_story.html",
        "Shipyard to axe 350 jobs",
        "Fife Coast Herald",
        "Eilidh Barclay",
        "2003-07-09",
        "text",
        Q14_BODY,
        [
            "SECTIONS",
            "Nostalgia",
            "Business Editor",
            "RELATED LINKS",
            "Gannet Yard bids for navy order",
            "not responsible for the content of external",
            "E-mail this story to a friend",
            "Printable version",
            "All rights reserved",
        ],
        partial=False,
    ),
]

if __name__ == "__main__":
    write_answers(HERE, ANSWERS)
