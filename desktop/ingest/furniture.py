"""Page furniture: the parts of a saved page or pasted article that are not the article.

Every rule here is about the shape of news pages in general (sign-up blurbs, teaser lists of
other headlines, author bios at the foot, cookie banners, share buttons, navigation), never
about one site. Nothing is deleted: a piece judged to be furniture keeps its text and gets a
reason, so the analyst can put it back.

Rules that could hit real reporting are guarded by shape and position: a bio must open with a
name and talk about a journalism career and sit in the last part of the page; a teaser list must
be made of headline-sized items; sign-up text must be short and addressed to the reader.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import re
import string
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_p  # type: ignore[attr-defined]
from typing import Any

from desktop.ingest import dates

# Reasons, in the analyst's words (they are shown next to each removed block).
TITLE = "title"
DATELINE = "dateline"
BYLINE = "byline"
NEWSLETTER = "newsletter"
TEASER = "teaser"
AUTHOR_BIO = "author bio"
REPEATED = "repeated"
NAVIGATION = "navigation"
COOKIE_BANNER = "cookie banner"
SHARE_BUTTONS = "share buttons"
COPYRIGHT = "copyright"
ADVERTISEMENT = "advertisement"
PAGE_WIDGET = "page widget"
IMAGE_CREDIT = "image credit"
SIGN_OFF = "credits and contact"
SEPARATOR = "separator"
SECTION_LABEL = "section label"
OUTSIDE_MAIN_TEXT = "outside the main text"
COMMENTS = "comments"
#: A comment thread the page's own markup names as one (a web component's tag).
COMMENT_THREAD = "comment thread"
PAYWALL = "paywall"
PULL_QUOTE = "pull quote"
SUMMARY_BOX = "summary box"
SOCIAL_POST = "social post"
CAPTION = "caption"
STANDFIRST = "standfirst"
TRANSLATION_NOTE = "translation note"
PAGE_FOOTER = "page footer"
DONATION = "donation appeal"
#: An outlet's closing lines about itself: its readers, its price, who writes it.
SELF_PROMOTION = "the outlet's note about itself"
READING_NOTES = "reading-app notes"
HIDDEN = "hidden on the page"
#: The part a page's JSON-LD names as not free (``hasPart`` with a ``cssSelector``): what a
#: reader without a subscription does not see, whatever the markup shows of it.
LOCKED_PART = "the part the page marks as for subscribers"
SIGN_UP_FORM = "sign-up form"
POLL = "reader poll"
EMAIL_HEADER = "e-mail header"
FORWARDING_NOTE = "note of the person who forwarded it"
STORY_LINK = "link to the full story"
ARCHIVE_TOOLBAR = "archive toolbar"
FIELD_LINES = "fields written above the copy"
SERVICE_RECORD = "the record a news database, clipping service or wire wrote round the copy"
OTHER_LANGUAGE = "site chrome in another language"
PRESS_RELEASE_END = "after the end mark of a press release"
FEED_FOOTER = "the feed's footer line"
UPDATE_HISTORY = "update history"
FEEDBACK = "page feedback box"
SEARCH_RESULTS = "search results"
#: a page that is only links to other pages under short headings (a read-later export)
LINK_LIST = "a list of links to other pages"
COURT_HEADING = "the court's heading of a judgment"
MEMBER_PANEL = "a forum member's panel beside a post"
CHAPTERS = "a video's chapter list"
MEDIA_PLAYER = "an audio or video player set in the story, with its title and transcript"
#: The next story an endless page appends under the one it opened on: its own headline,
#: byline, date and text.
APPENDED_STORY = "another story appended under this one"
CALL_OUT = "the outlet asking its readers to get in touch"


@dataclass(slots=True)
class Piece:
    """A block while it is being judged; ``kind`` is how the source marked it up."""

    text: str
    kind: str = "para"  # "para" | "heading" | "list" | "quote" | "separator" | "meta"
    reason: str | None = None
    #: kept by a rule that knows what the block is (a social post's own text): the rules that
    #: judge a block by its words alone do not set it aside ("sign up for alerts" in a post)
    settled: bool = False

    @property
    def kept(self) -> bool:
        return self.reason is None


#: Word counts of the blocks being judged, kept only while ``judge`` runs: its passes ask for
#: the same block's count many times, and splitting a long document's every paragraph again
#: in each pass costs seconds.
_WORD_COUNTS: dict[str, int] = {}
_counting = 0
_COUNTING_LOCK = threading.Lock()


def _words(text: str) -> int:
    if not _counting:
        return len(text.split())
    count = _WORD_COUNTS.get(text)
    if count is None:
        count = _WORD_COUNTS[text] = len(text.split())
    return count


def text_key(text: str) -> str:
    """What two blocks must share to be "the same line": letters and digits, case folded."""
    return _NOT_A_WORD.sub(" ", text.casefold()).strip()


_NOT_A_WORD = re.compile(r"[\W_]+")


# A short rule ("* * *", "---"), or a long one drawn with one character across a plain-text
# e-mail or a copied page ("----------------------------------------").
_SEPARATOR_TEXT = re.compile(r"^(?:[\s\-–—_*•·=~#+|/\\.]{1,12}|([-–—_*•·=~#+.])\1{11,})$")

_COOKIE = re.compile(
    r"\b(?:we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|uses?\s+cookies\s+to|"
    r"accept\s+(?:all\s+)?cookies|cookie\s+(?:settings|preferences|policy|consent|notice)|"
    r"(?:manage|reject)\s+(?:all\s+)?cookies|by\s+continuing\s+to\s+(?:browse|use)\s+this\s+site|"
    # Consent notices name the partners and the other trackers beside the cookies.
    r"(?:partners|vendors)\s+(?:\w+\s+){0,2}(?:use|store)\s+cookies|"
    r"cookies\s+(?:and|or)\s+(?:similar|other)\s+(?:tracking\s+)?technologies)\b",
    re.I,
)
# A consent dialog's own sentences that do not say "cookies": the site asking to use the
# reader's data ("We use your data to personalise content and ads", "With your agreement,
# we and our partners use ...", "This site asks for consent to use your data"), the
# standard purposes it lists ("Store and/or access information on a device"), and where to
# change one's mind ("... clicking on the Privacy settings link ..."). Each opens the block.
_CONSENT_TEXT = re.compile(
    r"^(?:we\s+(?:and\s+our\s+(?:\d+\s+)?(?:partners|vendors)\s+)?(?:use|process|collect)\s+your\s+"
    r"(?:personal\s+)?data\s+to\s+(?:personali[sz]e|provide|show|deliver)\b|"
    r"with\s+your\s+(?:agreement|consent|permission),?\s+we\s+and\s+our\s+(?:\d+\s+)?partners\b|"
    r"your\s+consent\s+is\s+important\s+to\s+us\b|"
    r"this\s+(?:web)?site\s+(?:asks\s+for\s+(?:your\s+)?consent|uses\s+(?:tracking\s+)?"
    r"technologies\s+to\s+provide\s+you)\b|"
    r"store\s+and/or\s+access\s+information\s+on\s+a\s+device\b|"
    r"you\s+can\s+(?:choose\s+to\s+accept\s+or\s+reject|change\s+your\s+(?:mind|choices|"
    r"preferences))\b.{0,120}\bprivacy\s+(?:settings|preferences|choices)\b)",
    re.I,
)
#: Words one of those sentences holds, looked for before the patterns are tried.
_CONSENT_WORDS = ("your data", "personal data", "partners", "consent", "device", "privacy",
                  "technologies")  # fmt: skip
# The buttons of a consent notice, each on a line of its own in a copied page.
_CONSENT_BUTTON = re.compile(
    r"^(?:accept|reject|decline|refuse|allow|agree\s+to|deny)\s+(?:all(?:\s+cookies)?|cookies|"
    r"(?:all\s+)?(?:and\s+(?:continue|close)))$|"
    r"^(?:your\s+privacy(?:\s+choices)?|privacy\s+choices|we\s+value\s+your\s+privacy)$|"
    # The third button: "Manage settings", "Customise choices", "Cookie preferences".
    r"^(?:(?:manage|customi[sz]e|change|adjust)\s+(?:my\s+|your\s+)?"
    r"(?:cookie\s+|privacy\s+|consent\s+)?|(?:cookie|privacy|consent)\s+)"
    r"(?:settings|preferences|choices|options)$|"
    # The same buttons in the languages of foreign chrome around an English story.
    r"^(?:alle\s+(?:akzeptieren|ablehnen)|akzeptieren|ablehnen|tout\s+(?:accepter|refuser)|"
    r"(?:accepter|refuser)(?:\s+(?:tout|et\s+(?:continuer|fermer)))?|"
    r"aceptar(?:\s+(?:todas?|todo|y\s+(?:continuar|cerrar)))?|rechazar(?:\s+todo)?|"
    r"aceitar(?:\s+(?:todos?|e\s+(?:continuar|fechar)))?|rejeitar(?:\s+todos?)?|"
    r"accetta(?:\s+(?:tutti|tutto|e\s+(?:continua|chiudi)))?|rifiuta(?:\s+tutti)?|"
    r"alles\s+(?:accepteren|weigeren)|accepteren|weigeren)$",
    re.I,
)
_NEWSLETTER_STRONG = re.compile(
    r"\b(?:sign\s*up\s+(?:for|to)\b.*\b(?:newsletters?|emails?|briefing|alerts|updates)|"
    r"(?:delivered|sent)\s+(?:directly\s+|straight\s+|right\s+)?to\s+your\s+inbox|"
    r"\bsign\s*up\s+here\b|"
    r"in\s+your\s+inbox|(?:free|daily|weekly|morning|evening)\s+(?:\w+\s+){0,2}(?:email|newsletter|"
    r"briefing)s?\b.*\b(?:best|biggest|top|latest|delivered|get|sign|subscribe|inbox)|"
    r"newsletters?\b.*\b(?:sign\s*up|subscribe|inbox|delivered|register)|"
    r"(?:sign\s*up|subscribe|register)\b.*\bnewsletters?|"
    # Blog platforms close a post with a pitch of their own: "Thanks for reading X! Subscribe
    # for free to receive new posts and support my work."
    r"thanks?\s+(?:you\s+)?for\s+reading\b.{0,60}\bsubscribe|"
    r"subscribe\b.{0,30}\b(?:receive|get)\s+new\s+posts|"
    # ...and inside it: "X is a reader-supported publication. To receive new posts and support
    # my work, consider becoming a free or paid subscriber."
    r"consider\s+becoming\s+a\s+(?:free\s+or\s+paid|paid|free)\s+subscriber|"
    r"reader-supported\s+publication\b.{0,120}\bsubscri|"
    # A sign-up box's small print: "By signing up you agree to our privacy policy."
    r"^by\s+(?:signing\s+up|subscribing|registering|submitting\s+your\s+e-?mail)\b.{0,80}"
    r"\b(?:agree|accept|consent)|"
    # Its pitch: "Join more than 38,000 readers who start their day with our free briefing."
    r"^join\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?\d[\d,.]*\s*k?\s+(?:other\s+)?"
    r"(?:subscribers|readers|people)\s+who\b.{0,120}\b(?:briefing|newsletter|inbox|e-?mail))",
    re.I,
)
_SUBSCRIBE_LINE = re.compile(
    r"^(?:subscribe|sign\s*up|sign-up|join\s+(?:us|now|today|our)|get\s+(?:our|the)\s+\w+\s+"
    r"(?:newsletter|briefing)|become\s+a\s+(?:member|subscriber)|already\s+a\s+subscriber|"
    # A sign-up box's call: "Get the Courier's breaking news alerts: join 18,000 subscribers",
    # "Join 9,500 readers who get our morning briefing".
    r"get\s+(?:our|the)\s+(?:[\w'’-]+\s+){1,3}(?:alerts|newsletters?|briefings?|bulletins?)\b"
    r"(?=.{0,60}\b(?:join|sign|subscri|free|inbox|readers|e-?mail)\b)|"
    r"join\s+(?:more\s+than\s+|over\s+|nearly\s+)?\d[\d,.]*\s*k?\s+(?:other\s+)?"
    r"(?:subscribers|readers|members)\b|"
    # The appeal, not a news sentence opening with its words: "Support independent journalism,
    # the minister urged ..." goes on with a clause of its own after the comma; an appeal goes
    # on, if at all, with what to do ("..., subscribe today").
    r"support\s+(?:our|independent)\s+journalism\b(?!\s*,(?!\s*(?:subscribe|donate|give|join|"
    r"become|sign|help|chip|contribute|pledge|read|try)\b)))\b",
    re.I,
)
_READER_PITCH = re.compile(
    r"^(?:get|escape|join|try|start|stay|never\s+miss|don'?t\s+miss|enjoy|unlock|discover|"
    r"sign|subscribe|plus|from\s+our|receive|read\s+(?:more|the\s+best))\b|\byour?\b",
    re.I,
)
# What a reader without a subscription sees where the story stops.
_PAYWALL = re.compile(
    r"^(?:subscribe\s+(?:now\s+)?to\s+(?:continue|keep)\s+reading|"
    r"(?:this|the\s+rest\s+of\s+this)\s+(?:article|story|content|piece)\s+is\s+"
    r"(?:only\s+)?(?:for|available\s+(?:only\s+)?to|reserved\s+for)\s+(?:paying\s+|premium\s+)?"
    r"(?:subscribers|members)|(?:subscribers?|members?)[\s-]+only(?:\s+(?:article|story|content|"
    r"post))?(?=[.!]?$)|"
    r"for\s+subscribers(?:\s+only)?(?=[.!]?$)|"
    r"already\s+(?:a\s+subscriber|have\s+an\s+account|a\s+member)(?=\s*\?)|"
    r"(?:see|view|choose)\s+(?:our\s+)?subscription\s+(?:options|plans|offers)|"
    r"unlock\s+(?:this|the\s+full|full)\s+(?:article|story)|"
    r"(?:to\s+)?continue\s+reading,?\s+(?:subscribe|sign\s+in|log\s+in|register|become)|"
    r"(?:get|enjoy)\s+unlimited\s+(?:digital\s+)?access|"
    # "Subscribe to unlock this article", "Become a member to read the rest of this story",
    # "Sign in to read the full article", "Register to read more".
    r"subscribe\s+(?:now\s+|today\s+)?to\s+(?:unlock|read|access)|"
    # A registration wall: "Create a free account to keep reading", "Register for free to
    # continue reading".
    r"(?:create|set\s+up)\s+(?:a\s+)?(?:free\s+)?account\s+to\s+(?:keep|continue)\s+reading|"
    r"register\s+(?:for\s+free\s+|now\s+)?to\s+(?:keep|continue)\s+reading|"
    r"(?:become|join\s+as)\s+an?\s+(?:paying\s+)?(?:member|subscriber)\s+to\s+(?:read|unlock|access|"
    r"continue|keep\s+reading)|"
    r"(?:register|sign\s+(?:in|up)|log\s+in)\s+(?:for\s+free\s+|now\s+)?to\s+(?:read|unlock|access|"
    r"continue\s+reading|keep\s+reading)\s+(?:more|the\s+(?:full|rest|whole)|this|on)|"
    # "You've read all 5 of your free articles", "You have reached your free article limit".
    r"you(?:['’]ve|\s+have)\s+(?:reached|used\s+up|used|read)\s+(?:your|all(?:\s+\d+)?\s+of\s+"
    r"your)\s+(?:\d+\s+)?(?:monthly\s+)?(?:free\s+)?(?:articles?|stories|story|article\s+limit)|"
    r"read\s+the\s+(?:full|whole)\s+(?:article|story)\s+with\s+an?\s+(?:digital\s+)?"
    r"(?:subscription|membership)|"
    r"continue\s+reading\s+with\s+an?\s+(?:digital\s+)?(?:subscription|membership)|"
    r"(?:this\s+)?(?:content|article|story|piece)\s+is\s+exclusive\s+to\s+(?:paying\s+)?"
    r"(?:subscribers|members)|exclusive\s+to\s+subscribers|"
    r"(?:subscribers?|members?)\s+only\s*[:–—-]\s*(?:unlock|read|access|subscribe)|"
    r"want\s+to\s+(?:read|keep\s+reading)\s+(?:more|on)\s*\?\s*(?:subscribe|sign\s+up|register)|"
    r"to\s+read\s+(?:this|the\s+full)\s+(?:article|story)(?:\s+in\s+full)?,?\s+(?:please\s+)?"
    r"(?:subscribe|sign\s+in|log\s+in|register))\b",
    re.I,
)
# The e-mail around a newsletter: how to read it elsewhere and how to stop receiving it.
_EMAIL_CHROME = re.compile(
    r"^(?:(?:can'?t\s+see\s+this\s+e-?mail.{0,20}\??\s*)?view\s+(?:this\s+e-?mail\s+|it\s+|"
    r"this\s+)?(?:in|on)\s+(?:your\s+|a\s+)?(?:web\s+)?browser|read\s+(?:it\s+)?in\s+(?:the\s+)?app|"
    r"(?:open|read)\s+in\s+(?:browser|app)|unsubscribe(?:\s+here|\s+from\s+[\w\s]{1,30}?)?(?=\s*(?:$|[|·.]))|"
    r"update\s+your\s+preferences|"
    r"manage\s+(?:your\s+)?(?:preferences|subscriptions?|e-?mail\s+settings)|"
    r"you\s+(?:are\s+|were\s+)?receiv(?:ing|ed)\s+this\s+(?:e-?mail|newsletter|message|alert|update|digest|"
    r"notification|briefing|bulletin|mailing|round-?up|because)|"
    r"(?:enjoying|enjoyed|like|liked)\s+[\w\s'’]{1,40}\?\s*(?:forward|share|tell)|"
    r"forward\s+(?:this|it)\s+to\s+a\s+friend|"
    # The postal address a mailing law requires under a newsletter: "Our mailing address is:".
    r"our\s+(?:mailing|postal)\s+address\s+is)\b",
    re.I,
)
# The e-mail's links run on to the end of its last line: "... you signed up on our site.
# Unsubscribe | Update your settings". A sentence about unsubscribing has words before the verb.
_UNSUBSCRIBE_AT_END = re.compile(
    r"(?:^|[.!?|·•]\s*)unsubscribe(?:\s+here)?\s*(?:[|·•]\s*(?:manage|update|change|edit)\s+"
    r"(?:your\s+)?(?:e-?mail\s+|newsletter\s+)?(?:preferences|settings|subscriptions?)\s*)?$",
    re.I,
)
# "Forward this to a friend who might enjoy it", "Know someone who'd like this? Forward it
# to a friend": the issue asking to be passed on, anywhere in a short line.
_FORWARD_TO_FRIEND = re.compile(
    r"\b(?:forward|share|send)\s+(?:this(?:\s+(?:e-?mail|newsletter|issue))?|it)\s+to\s+"
    r"(?:a\s+)?(?:friend|colleague)s?\b",
    re.I,
)
# A digest's link from a story's summary to the story: "Read the full story:
# https://...", "Continue reading →", "Full story »". The address or an arrow ends the line.
_FULL_STORY_LINK = re.compile(
    r"^(?:(?:read|see|get)\s+(?:the\s+)?(?:full|whole|complete|rest\s+of\s+the)\s+"
    r"(?:story|article|report|piece|interview)|continue\s+reading|keep\s+reading|"
    r"full\s+(?:story|article|report)|read\s+(?:more|on|it\s+here|the\s+story))"
    r"(?:\s+(?:here|on\s+[\w.-]+|at\s+[\w.-]+))?\s*(?:[:»→>›-]+\s*)?(?:https?://\S+|<https?://\S+>|\[\S+\])?"
    r"\s*[»→›]?\s*$",
    re.I,
)
#: A line sending the reader to the outlet's site for more: "Read more from the Daily News at
#: dailynews.co.uk", "For more news visit www.echo.co.uk", "More stories at herald.com".
_MORE_AT_SITE = re.compile(
    r"^(?i:(?:read|find|get|see)\s+more|for\s+more|more)"
    r"(?i:\s+(?:local\s+)?(?:news|stories|coverage|articles|reports?)(?:\s+like\s+this)?)?"
    r"(?:\s+(?i:from)\s+(?:(?i:the)\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})?"
    r",?\s+(?i:visit|go\s+to|at|on)\s+"
    r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/\S*)?\s*[.!]?$"
)
# The banner a web archive or a search engine's cache puts above the page it kept: the
# snapshot's own date there is the day of the capture, never the story's.
_ARCHIVE_TOOLBAR = re.compile(
    r"^(?:(?:the\s+)?wayback\s+machine\b.{0,200}|this\s+is\s+google'?s\s+cache\s+of\b.*|"
    r"it\s+is\s+a\s+snapshot\s+of\s+the\s+page\b.*|about\s+this\s+capture|collected\s+by|"
    r"timestamps|organi[sz]ation\s*:\s*(?:internet\s+archive|archive\s+team)|"
    r"[\d,]+\s+captures?\b.{0,60}|(?:19|20)\d{12}|"
    r"(?:full|text-only)\s+version(?:\s+(?:full|text-only)\s+version|\s+view\s+source)*|"
    r"tip:\s+to\s+quickly\s+find\s+your\s+search\s+term\b.*|"
    r"(?:file\s+)?archived\s+on\s+.{0,80}\bretrieved\s+from\b.*|"
    # A snapshot service's header: "webpage capture", "Saved from <address>", the links to
    # other snapshots and the capture's own tools.
    r"(?:\S+\s+)?webpage\s+capture|"
    r"saved\s+from(?:\s+(?:https?://)?[\w.-]+\.\w+\S*)?(?:\s+(?:search|history|←\s*prior|next\s*→))*|"
    # The capture's own time: "archived 19 Mar 2025 06:41:09 UTC".
    r"archived\s+[0-3]?\d\s+[a-z]{3,9}\.?\s+(?:19|20)\d\d(?:\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?(?:\s+(?:utc|gmt))?|"
    r"no\s+other\s+snapshots?\s+from\s+this\s+(?:url|address|page)|"
    r"all\s+snapshots(?:\s+from\s+host\s+\S+)?)$",
    re.I,
)
# The capture's own tools in a row; asked only of lines that name one of the two surely its.
_ARCHIVE_TOOLS = re.compile(
    r"^(?:webpage|screenshot|share|download\s+\.zip|report\s+bug\s+or\s+abuse|\s)+$", re.I
)
# A row of a table as the main-text reader writes it: "| cell | | cell |".
_TABLE_ROW = re.compile(r"^\|.*\|$")

#: A licence the page's content is published under (a government site's footer).
_LICENCE = re.compile(
    r"\b(?:available|published|licensed|reproduced|released)\s+under\s+(?:the\s+)?"
    r"(?:terms\s+of\s+the\s+)?(?:open\s+government\s+licen[cs]e|creative\s+commons|cc[\s-]by)",
    re.I,
)
#: A page's question about itself, and the buttons and links that answer it.
_FEEDBACK_QUESTION = re.compile(
    r"^(?:is\s+this\s+page\s+useful|was\s+this\s+(?:page|article|information|answer)\s+"
    r"(?:useful|helpful)|did\s+you\s+find\s+(?:this|what\s+you\s+(?:were|are)\s+looking\s+for)"
    r"(?:\s+useful|\s+helpful)?|how\s+(?:useful|helpful)\s+was\s+this(?:\s+page|\s+article)?|"
    r"rate\s+this\s+(?:page|article))\s*\??$",
    re.I,
)
_FEEDBACK_ANSWER = re.compile(
    r"^(?:yes|no|maybe|not\s+sure|yes,?\s+this\s+page\s+is\s+useful|no,?\s+this\s+page\s+is\s+"
    r"not\s+useful|report\s+a\s+problem(?:\s+with\s+this\s+page)?|thank\s+you\s+for\s+your\s+"
    r"feedback|send\s+(?:feedback|me\s+the\s+survey)|help\s+us\s+improve\s+\S.*)\W*$",
    re.I,
)
#: The control that opens a page's list of changes: "+ show all updates", "See all updates".
_UPDATE_HISTORY_TOGGLE = re.compile(
    r"^[+\-–—]?\s*(?:show|hide|see|view)\s+(?:all\s+)?(?:updates|changes|page\s+history)\W*$",
    re.I,
)
_LAST_UPDATED_LINE = re.compile(
    r"^(?:last\s+updated|updated|last\s+modified)\s*:?\s+(?P<rest>.{4,120})$", re.I
)

#: A live blog's note that the page shows one entry of it.
_SINGLE_ENTRY = re.compile(
    r"^(?:showing|you(?:'|’)re\s+viewing|viewing)\s+(?:a\s+single|one|only\s+one)\s+"
    r"(?:update|post|entry)(?:\s+from\s+(?:this|the)\s+live\s*blog)?\W*$",
    re.I,
)

#: A release's embargo line: "FOR IMMEDIATE RELEASE", "Embargoed until 00:01 GMT 9 January".
_RELEASE_LINE = re.compile(
    r"^(?:for\s+immediate\s+release|immediate\s+release|embargoed?(?:\s+until\b.{0,60})?|"
    r"not\s+for\s+publication\s+before\b.{0,60})\W*$",
    re.I,
)

#: A reader app's prompts under the preview of a story it carries.
_APP_PROMPT = re.compile(
    r"^(?:(?:continue|keep)\s+reading\s+(?:it\s+)?(?:in|on)\s+\S.{0,40}|"
    r"(?:get|download|install)\s+the\s+(?:[\w-]+\s+){0,2}app\b.{0,120}|"
    r"open\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}app|"
    r"(?:read|see)\s+(?:the\s+)?(?:full|whole|rest\s+of\s+the)\s+(?:story|article)\s+in\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}app)\W*$",
    re.I,
)

#: A broadcaster's note of the programme that carried the story: "Dieses Thema im Programm:
#: Sachsenfunk Nachrichten | 03.02.2025 | 17:00 Uhr", "As heard on Morning Report".
_PROGRAMME_NOTE = re.compile(
    r"^(?:dieses\s+thema\s+im\s+programm|(?:as\s+)?(?:heard|seen|broadcast)\s+on|"
    r"this\s+(?:story|report|segment)\s+(?:aired|was\s+broadcast)\s+on|sendung)\s*:?\s+\S.{0,120}$",
    re.I,
)

#: The line a blog's feed appends to every item: "The post <title> appeared first on <site>."
#: (A note that the story was first published elsewhere, in the story's own words, stays.)
_FEED_FOOTER = re.compile(
    r"^the\s+post\s.{1,300}?\sappeared\s+first\s+on\s+\S.{0,80}$", re.I | re.S
)
# The signature of an embedded post: "— Fire Service (@FireSvc) August 3, 2024".
_SOCIAL_SIGNATURE = re.compile(
    r"^(?:[—–-]\s*|a\s+post\s+shared\s+by\s+)[^()]{0,60}\(@[\w.]{1,30}\)|"
    r"^view\s+(?:this\s+)?post\s+on\s+(?:instagram|x|twitter|facebook|threads|bluesky|tiktok)$|"
    r"^pic\.twitter\.com/\w+$",
    re.I,
)
# A copied post ends on the address of its picture ("... back to work pic.site.example/Xq7"):
# reporting never ends a paragraph on a bare link of that shape.
_POST_WITH_PICTURE = re.compile(r"\spic\.[\w-]+(?:\.[\w-]+)+/\w+$")
# The toolbar and footer of a printer-friendly page, and the buttons under a post or a live
# blog's entry with its comment counter: "Share | 3 comments", "Print · Share · Comments (12)".
_PRINT_TOOLS = re.compile(
    r"^(?:(?:print(?:\s+this\s+(?:page|article|story))?|close(?:\s+(?:this\s+)?window)?|"
    r"e-?mail(?:\s+this)?|share|back(?:\s+to\s+(?:the\s+)?(?:article|story))?|text\s+size|"
    r"comments?(?:\s*\(\d[\d,.]*\))?|\d[\d,.]*\s+comments?|"
    r"font\s+size|a\+|a-|a)"
    r"[\s|·•/&:-]*){2,}$",
    re.I,
)
#: The tools a story page of the early web listed under its text: "E-mail this story to a
#: friend", "Printer-friendly version", "Return to Local News | Back to top", "Search the
#: archives", "Page 1 of 1".
_STORY_TOOLS = re.compile(
    r"^(?:(?:e-?mail\s+this\s+(?:story|article|page)(?:\s+to\s+a\s+friend)?|"
    r"(?:printer[\s-]*friendly|printable)\s+(?:version|page|format)|print\s+this\s+(?:story|article)|"
    r"search\s+the\s+archives?|return\s+to\s+(?:the\s+)?[\w/ ]{1,30}|back\s+to\s+(?:the\s+)?top|"
    r"more\s+(?:[\w/]+\s+){0,2}(?:news|stories|columns)|page\s+\d+\s+of\s+\d+|"
    r"(?:next|previous)\s+page\W*)[\s|·•/]*)+$",
    re.I,
)
_PRINT_FOOTER = re.compile(
    r"^(?:(?:this\s+)?(?:article|story|page|content)\s+(?:was\s+|is\s+)?printed\s+(?:from|on)\b|"
    # A print view's address and the links it lists under the story: "Article URL: http://
    # ...", "Source URL (retrieved on 03/06/2012 - 10:12): http://...", "Links:", "[1] http://".
    r"(?:(?:article|story|page|source)\s+)?(?:url|link|address)(?:\s+(?:to|for|of)\s+(?:this\s+)?"
    r"(?:article|story|page))?\s*(?:\([^()]{0,60}\))?\s*:\s*https?://\S+$|"
    r"links\s*:$|\[\d{1,3}\]\s+https?://\S+$|"
    r"printed\s+(?:from|on)\s+\S|find\s+this\s+(?:article|story)\s+at\s*:?(?:\s*\S+)?$|"
    # A broadcaster's print view names the story's address under it: "Story from FCH NEWS:".
    r"story\s+from\s+[^:]{2,60}:\s*(?:https?://\S+)?$|"
    # Old print templates offer the article's links under it: "Check the box to include the
    # list of links referenced in the article."
    r"check\s+the\s+box\s+to\s+include\s+the\s+list\s+of\s+links\b|"
    r"(?:url|link)(?:\s+to\s+(?:this\s+)?(?:article|story|page))?"
    r"\s*:\s*https?://\S+$)",
    re.I,
)
#: What an early site printed at a page's foot about the page itself: "Send comments to
#: webmaster@...", "Questions about this site? E-mail the webmaster", "This page last updated:
#: 11/22/99" (the page's, not the story's, and no publication).
_SITE_FOOT = re.compile(
    r"^(?:this\s+)?(?:web\s*)?(?:page|site)\s+(?:was\s+)?last\s+(?:updated|modified|revised|changed|edited)"
    r"\b|\bwebmaster@|\b(?:e-?mail|contact|write\s+to|comments\s+to|questions\s+to|"
    r"feedback\s+to)\s+(?:the\s+|our\s+)?webmaster\b",
    re.I,
)
_PRINTED_ADDRESS = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;)]")


#: A search engine's cache banner naming the page it kept: "This is Google's cache of ADDRESS.
#: It is a snapshot of the page as it appeared on ..."
_CACHED_ADDRESS = re.compile(
    r"^this\s+is\s+google['’]?s\s+cache\s+of\s+(?P<url>https?://[^\s<>\"']+?)\.?(?=\s|$)", re.I
)


#: The Wayback Machine's line over a page it replays, as a text copy keeps it: "The Wayback
#: Machine - https://web.archive.org/web/20261124183015/https://www.example.com/story".
_WAYBACK_LINE = re.compile(
    r"^(?:the\s+)?wayback\s+machine\s*[-–—:]\s*https?://web\.archive\.org/web/\d{4,14}[a-z_]*/"
    r"(?P<url>https?://[^\s<>\"']+)\s*$",
    re.I,
)


def cached_page_address(text: str) -> str | None:
    """The address a search engine's cache banner or the Wayback Machine's line says the page
    was kept from, or None."""
    stripped = text.strip()
    m = _CACHED_ADDRESS.match(stripped) or _WAYBACK_LINE.match(stripped.split("\n")[0])
    return m.group("url") if m else None


def print_footer_address(text: str) -> str | None:
    """The page's address a print view writes at its foot ("Printed from https://... on 27
    November 2026", "Find this article at: https://..."), or None for any other line."""
    stripped = text.strip()
    if len(stripped.split()) > 40 or not _PRINT_FOOTER.match(stripped):
        return None
    m = _PRINTED_ADDRESS.search(stripped)
    return m.group(0) if m else None


_TRANSLATION_NOTE = re.compile(
    r"^(?:this\s+(?:article|story|text|report)\s+(?:was|has\s+been)\s+(?:machine[\s-])?"
    r"translated\b|(?:translated|adapted)\s+(?:from\s+(?:the\s+)?[A-Z]\w+|by\s+(?:the\s+)?[A-Z])|"
    r"read\s+the\s+original\s+(?:article|story|version)?\s*in\s+[A-Z]\w+|"
    # The same link in the original's language: "Lee el artículo original en español", "Lire
    # l'article original en français", "Leia o artigo original", "Leggi l'articolo originale",
    # "Zum Originalartikel", "Originalartikel lesen".
    r"(?:lee|leer|lea)\s+(?:el\s+)?(?:art[íi]culo|texto)\s+original|lire\s+l['’]\s*article\s+"
    r"original|(?:leia|ler)\s+(?:o\s+)?(?:artigo|texto)\s+original|leggi\s+l['’]\s*articolo\s+"
    r"originale|zum\s+originalartikel|originalartikel\s+lesen)",
    re.I,
)
#: Every sign-up pattern holds one of these words; without one the search is skipped.
_NEWSLETTER_WORDS = ("sign", "inbox", "newsletter", "email", "briefing", "subscri", "register")
_COPYRIGHT_WORDS = ("©", "(c)", "copyright", "rights")
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|\ball\s+rights\s+reserved\b|"
    # "All content copyright 2001 The Milbury Mercury", "Site contents © 2003 ...".
    r"^(?:all\s+)?(?:site\s+|web\s*site\s+)?(?:content|contents|material|text)\s+(?:is\s+)?"
    r"(?:©|\(c\)|copyright(?:ed)?\b)",
    re.I,
)
#: An organisation's registration printed at a document's foot ("Registered charity 1190021",
#: "Registered in England and Wales, company number 0412345"): the issuer's small print.
_REGISTRATION = re.compile(
    r"\bregistered\s+(?:charity|company|society|office|in\s+(?:england|scotland|wales|"
    r"northern\s+ireland|ireland))\b|\bregistered\s+(?:number|no\.?)\s*\d|"
    r"\bcharity\s+(?:registration\s+)?(?:number|no\.?)\s*\d",
    re.I,
)
# Appeals of reader-funded newsrooms, often set inside the story's own container.
_DONATION = re.compile(
    r"^(?:support\s+(?:local|independent|our|quality|public[\s-]service|nonprofit)\s+"
    r"(?:journalism|news|reporting|newsroom)|(?:please\s+)?donate(?:\s+(?:now|today|here))?|"
    r"make\s+a\s+(?:donation|gift)|become\s+a\s+(?:member|supporter|donor)(?:\s+today)?)[.!]?$|"
    r"\byour\s+(?:gift|donation|support|contribution)\b.{0,80}\b(?:journalism|reporting|newsroom|"
    r"free\s+for\s+everyone|(?:donate|give)\s+(?:now|today))|"
    # A membership pitch set in the story: "Become a member to support local reporting",
    # "X is reader-funded. Become a supporter to keep our reporting free."
    r"\bbecome\s+a\s+(?:paying\s+)?(?:member|supporter|donor|patron)\b.{0,60}\b(?:support|fund|keep)\b"
    r".{0,40}\b(?:journalism|reporting|news|newsroom|work)\b|"
    # The appeal as a label before its pitch, the kind of journalism named in a few words:
    # "Support independent island journalism: 900 readers chipped in this spring."
    r"^support\s+(?:[\w'’-]+\s+){0,3}(?:journalism|reporting|newsroom)\s*(?::|–|—|\s-\s)",
    re.I,
)
_ADVERT = re.compile(
    r"^(?:(?:skip\s+)?advertisement|advertising|sponsored(?:\s+content)?|ad|paid\s+(?:post|content)|"
    r"(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?)$",
    re.I,
)
# A sponsor's message set into a newsletter or a page under a label: "SPONSORED: Spring sale
# at ...", "Presented by Acme -", "A message from our partners:". Reporting never opens a
# paragraph with the label and a colon.
_SPONSOR_LABEL = re.compile(
    r"^(?:sponsored(?:\s+content)?|advertisement|advertising|paid\s+(?:post|content|partnership)|"
    r"partner\s+content|(?:a\s+)?(?:word|message)\s+from\s+(?:our\s+|this\s+week'?s\s+|today'?s\s+)?"
    r"(?:sponsors?|partners?)|from\s+our\s+(?:sponsors?|partners?)|(?:presented|brought\s+to\s+you)"
    r"\s+by\s+[^:|–—]{1,40}?|sponsored\s+by\s+[^:|–—]{1,40}?)\s*(?::|\||–|—|\s-\s)\s*\S",
    re.I,
)
#: A sponsor's label in capitals run on to its message in ordinary case, as a newsletter's
#: sponsor block reads when its line break is lost: "SPONSORED BY HARBOUR KITCHENS Fitted
#: kitchens made in ...". The label alone on its line is _sponsor_blocks' to judge, with the
#: message under it.
_SPONSOR_CAPS_LABEL = re.compile(
    r"^(?:SPONSORED\s+BY|PRESENTED\s+BY|BROUGHT\s+TO\s+YOU\s+BY|IN\s+PARTNERSHIP\s+WITH|"
    r"PAID\s+PARTNERSHIP\s+WITH|A\s+MESSAGE\s+FROM)\s+[A-Z0-9&'’.-]+(?:\s+[A-Z0-9&'’.-]+){0,5}"
    r"\s*[:|–—-]?\s+[A-Z][a-z]"
)
# A newsletter naming the sponsor of the issue itself: "This issue is sponsored by Keel &
# Co", "Today's edition is brought to you by ...". A story never speaks of itself so.
_SPONSORED_ISSUE = re.compile(
    r"^(?:this|today['’]?s|this\s+week['’]?s)\s+(?:issue|newsletter|edition|e-?mail|briefing|"
    r"episode|digest|bulletin)\s+(?:is|was)\s+(?:(?:kindly|proudly)\s+)?(?:sponsored|"
    r"brought\s+to\s+you|presented|supported|made\s+possible|powered)\s+by\b",
    re.I,
)
_SHARE = re.compile(
    r"^(?:share(?:\s+(?:this|the))?(?:\s+(?:story|article|page|post|gallery|video|photos?|"
    r"pictures?|image|entry|update|item|piece|report|thread))?(?:\s+(?:on|via)\s+\w+)?"
    # The count beside the button: "Share this entry (312 shares)", "Share (12)".
    r"(?:\s*\(\d[\d.,]*\s*[km]?(?:\s+shares?)?\))?|"
    r"(?:copy|copied)\s+link|tweet|email\s+this|print(?:\s+this\s+(?:article|page))?|"
    r"save(?:\s+(?:article|story))?|gift\s+(?:this\s+)?article|comments?(?:\s+\(\d+\))?|"
    r"follow(?:\s+(?:author|us))?|restack|like(?:\s+(?:this|loading))?|listen|e-?mail|"
    # A big outlet's tools under the headline or the story, as a browser copy keeps them:
    # "Give this article", "Save for later", "Reuse this content", "Add to myFT".
    r"give\s+this\s+(?:article|story)|save\s+for\s+later|reuse\s+this\s+content|"
    r"add\s+to\s+my\s?[a-z]{1,10}|"
    # The comment box's closing words: "Comments are closed.", "Loading comments..." ("Join
    # the conversation" heads a comment box and is judged with it, where it stands).
    r"comments\s+are\s+(?:now\s+)?closed|"
    r"loading\s+comments|read\s+our\s+(?:comments?|community)\s+(?:policy|guidelines|rules))"
    r"[.…]*$",
    re.I,
)
#: The buttons under a forum or platform post: "Like · Reply · Report", "Quote  Reply".
_POST_ACTIONS = re.compile(
    r"^(?:(?:like|reply|report|quote|share|bookmark|edit|delete|permalink|repost|boost|"
    r"favou?rite)\W*){2,}$",
    re.I,
)
#: The networks a share bar names, and "copy link" in the languages of foreign pages.
_NETWORKS = (
    r"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|messenger|"
    r"bluesky|threads|flipboard|viber|vk|вконтакте|одноклассники|copy\s+link|print|"
    r"copier\s+le\s+lien|link\s+kopieren|copiar\s+(?:el\s+)?(?:enlace|link)|"
    r"копировать\s+ссылку|копіювати\s+посилання"
)
#: "Share on Facebook", "Partager sur X", "Teilen auf WhatsApp": each button names its network.
_SHARE_ON = (
    r"(?:(?:share|partager|teilen|compartir|compartilhar|condividi|delen|поделиться|"
    r"поділитися)\s+(?:on|sur|auf|en|no|na|su|op|в|у)\s+)?"
)
_SOCIAL_NAMES = re.compile(rf"^(?:{_SHARE_ON}(?:{_NETWORKS})\W*){{2,}}$", re.I)
#: "Share this interview: Facebook · Email", "Compartilhe: WhatsApp Facebook", "Поделиться:
#: ВКонтакте Telegram": a share bar led by its label, in English or the page's language.
_SHARE_BAR = re.compile(
    r"^(?:share(?:\s+(?:this|the)\s+[a-z]+)?|partager(?:\s+(?:cet|l['’])\s*article)?|"
    r"(?:artikel\s+|beitrag\s+)?teilen|compartir|compartilhe|compartilhar|partilhe|condividi|"
    r"delen|поделиться|поділитися)\s*:?\s*"
    rf"(?:(?:{_NETWORKS})\W*)+$",
    re.I,
)
_NAVIGATION = re.compile(
    # A back-link left on its own line by a copied notes list: "↩", "↑".
    # A box's toggle, as wikis print it beside a contents box's heading: "[hide]", "[show]".
    r"^(?:\[\s*(?:hide|show|toggle|collapse|expand)\s*\]|[↩↑⤴]\ufe0e?\ufe0f?|(?:(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|"
    r"key\s+events|latest\s+(?:updates|posts)|search|footer|article)\s*){1,3}|skip\s+navigation|menu|"
    r"main\s+menu|open\s+menu|close|"
    r"search|home(?:page)?|sign\s+in|log\s*in|log\s*out|register|my\s+account|back\s+to\s+top|"
    r"(?:back|return)\s+to\s+(?:the\s+)?(?:full\s+)?(?:article|story)|"
    r"toggle\s+navigation|show\s+more|load\s+more|"
    # An official site's links between its records: "Next debate", "Previous notice".
    r"(?:next|previous)(?:\s+(?:article|debate|notice|item|record|statement|release|entry))?|"
    r"share\s+this\s+(?:debate|contribution|notice|statement|release|record|page|item)|"
    r"back\s+to\s+(?:the\s+)?(?:search\s+)?results|"
    r"go\s+to\s+(?:homepage|top)|sign\s*up|write|open\s+in\s+app|"
    # An edition switcher: "English edition", "International edition", "Édition française".
    r"[\w'’-]+\s+edition|[ée]dition\s+[\w'’-]+)$",
    re.I,
)
# Site chrome of outlets that publish in other languages, around a story in English (an
# international edition, a copy taken from a foreign site): the commonest button, menu and
# footer words of French, German, Spanish, Italian, Dutch and Portuguese pages.
_FOREIGN_SHARE = re.compile(
    r"^(?:partager|imprimer|teilen|drucken|merken|compartir|imprimir|condividi(?:re)?|stampa|"
    r"delen|printen|compartilhar|compartilhe|partilhar|поделиться|поділитися)$",
    re.I,
)
_FOREIGN_NAVIGATION = re.compile(
    r"^(?:aller\s+au\s+contenu(?:\s+principal)?|accueil|se\s+connecter|connexion|"
    r"s['’]abonner|rechercher|zum\s+inhalt(?:\s+springen)?|startseite|anmelden|abonnieren|suche|"
    r"ir\s+al\s+contenido(?:\s+principal)?|inicio|portada|iniciar\s+sesi[oó]n|suscr[ií]bete|"
    r"buscar|vai\s+al\s+contenuto|accedi|abbonati|naar\s+de\s+inhoud|inloggen|abonneren|"
    r"zoeken|ir\s+para\s+o\s+conte[uú]do|assinar|pesquisar)$",
    re.I,
)
#: Links of a site's legal footer, in English and the languages above.
#: The weather a site's header shows: "Bismarck 18°F Partly cloudy", "London 12°C".
_WEATHER = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*[,:]?\s+)?-?\d{1,3}\s*°\s*[CF]?"
    r"(?:\s+[A-Za-z]+){0,3}$"
)
#: A weather box's heading and link: "Weather for Bramley", "5-day forecast", "Full forecast".
_WEATHER_HEADING = re.compile(
    r"^(?:(?:(?:local\s+)?weather|forecast)\s+(?:for|in)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"|(?:full\s+|your\s+)?(?:(?:\d{1,2}|three|five|seven|ten)[\s-]day|local|weather)\s+forecast"
    r"|full\s+forecast)$",
    re.I,
)
#: One period of a forecast with its temperature: "Tonight: 9°C", "Thursday 19C", "High 21°F".
_FORECAST_PERIOD = re.compile(
    r"\b(?:today|tonight|tomorrow|overnight|this\s+(?:morning|afternoon|evening)|high|low|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*:?\s*-?\d{1,3}\s*(?:°\s*[CF]?|[CF]\b)",
    re.I,
)
#: Words of a story's sentence about the weather, which a forecast box never has.
_REPORTED = re.compile(r"\b(?:said|says|according|told|warned|forecasters?|expected)\b", re.I)


def forecast_box(text: str) -> bool:
    """Whether ``text`` is a weather box set in or beside a story: its heading or link
    ("Weather for Bramley", "Full 5-day forecast"), or a line of periods each with its
    temperature ("Tonight: 9°C, clear spells. Thursday: 19°C, chance of rain 30%."). A
    story's sentence about the weather says who forecast it."""
    stripped = text.strip()
    if len(stripped) > 300:
        return False
    heading = stripped.rstrip(" .:›»>")
    if _opening_key(heading) in _WEATHER_HEADING_OPENS and _WEATHER_HEADING.match(heading):
        return True
    # Every period holds a temperature's digits: a line without a digit has none (this is
    # asked of every short block of every import, most of them prose).
    if not _ANY_DIGIT.search(stripped):
        return False
    return len(_FORECAST_PERIOD.findall(stripped)) >= 2 and not _REPORTED.search(stripped)


_ANY_DIGIT = re.compile(r"\d")


_STRIP_PARTS = re.compile(r"\s+[·•|]\s+")


def copyright_parts(text: str) -> list[str]:
    """The copyright notices among the parts of a site's foot strip."""
    parts = _STRIP_PARTS.split(text)
    if len(parts) < 3:
        return []
    return [p.strip() for p in parts if _COPYRIGHT.match(p.strip())]


def _footer_strip(text: str) -> bool:
    """ "Dakota Herald · 1811 E Main Ave, Bismarck · Terms of Use · © 2025 Dakota Herald": a
    site's foot as one line, short parts between dots or bars, with its legal links or its
    copyright among them."""
    if "·" not in text and "•" not in text and "|" not in text:
        return False
    parts = _STRIP_PARTS.split(text)
    if len(parts) < 3 or any(_words(p) > 8 for p in parts):
        return False
    return any(_LEGAL_LINKS.match(p.strip(" .")) or _COPYRIGHT.match(p.strip()) for p in parts)


_LEGAL_LINKS = re.compile(
    r"^(?:privacy(?:\s+(?:policy|notice|settings|centre|center))?|terms(?:\s+(?:of\s+(?:use|"
    r"service)|(?:and|&)\s+conditions))?|cookie\s+(?:policy|settings|preferences)|"
    r"contact(?:\s+us)?|about(?:\s+us)?|advertise(?:\s+with\s+us)?|accessibility|careers|"
    r"impressum|datenschutz(?:erkl[äa]rung)?|kontakt|mentions\s+l[ée]gales|"
    r"politique\s+de\s+confidentialit[ée]|nous\s+contacter|aviso\s+legal|"
    r"pol[ií]tica\s+de\s+privacidad(?:e)?|contacto|note\s+legali|contatti|colofon|"
    # The opt-out link American privacy law asks for.
    r"do\s+not\s+sell(?:\s+or\s+share)?\s+my\s+(?:personal\s+)?info(?:rmation)?)$",
    re.I,
)
_PAGE_WIDGET = re.compile(
    r"^(?:\d+\s*(?:min|minute)s?\s+read|listen\s+to\s+(?:this\s+)?(?:article|story)|"
    # The audio player's label with its length: "Listen to this article · 4:12 min",
    # "Listen · 5:31".
    r"listen(?:\s+to\s+(?:this\s+)?(?:article|story))?\s*[·•|-]?\s*(?:\d{1,2}:\d\d|\d{1,3})"
    r"\s*(?:mins?|minutes)?|"
    # The rest of an audio player: its other labels ("Play audio", "Listen now", "Listen (4
    # min)", "5 min listen"), its clock ("0:00 / 4:12") and the note on the voice reading
    # the story ("This audio is auto-generated.", "Voiced by artificial intelligence.").
    r"(?:play|pause)\s+(?:the\s+)?(?:audio|podcast|article|story|episode)|listen\s+now|"
    r"listen\s*\(\s*\d{1,3}(?::\d\d)?\s*(?:mins?|minutes)?\s*\)|\d{1,3}\s*(?:mins?|minutes?)\s+listen|"
    r"\d{1,2}:\d\d(?::\d\d)?\s*/\s*\d{1,2}:\d\d(?::\d\d)?|"
    r"(?:this\s+)?audio\s+(?:is\s+|was\s+|has\s+been\s+)?(?:auto(?:matically)?[\s-]?generated|"
    r"generated|narrated)\b.*|"
    r"voiced\s+by\s+(?:artificial\s+intelligence|ai|an?\s+(?:automated|synthetic|ai|computer)\b).*|"
    # A player's label in the languages of foreign chrome: "Artikel anhören", "Écouter cet
    # article", "Ouvir este artigo", "Ascolta l'articolo", "Lees voor", "Escuchar noticia".
    r"(?:artikel|beitrag|text)\s+(?:anh[öo]ren|vorlesen(?:\s+lassen)?)|"
    r"[ée]couter\s+(?:cet\s+|l['’]\s*)?article|ouvir\s+(?:este\s+|o\s+|a\s+)?(?:artigo|texto|"
    r"mat[ée]ria|not[íi]cia)|ascolta\s+(?:l['’]\s*)?articolo|(?:lees|lees\s+(?:dit|het)\s+artikel)"
    r"\s+voor|(?:dit\s+)?artikel\s+voorlezen|escuchar\s+(?:este\s+|el\s+|la\s+)?(?:art[íi]culo|"
    r"noticia|texto)|"
    # A gallery's tools and counter: "1 / 6", "Expand gallery", "Swipe for more photos".
    r"\d{1,3}\s*/\s*\d{1,3}|(?:expand|open|close|launch|view)\s+(?:the\s+)?(?:photo\s+|image\s+)?"
    r"gallery|swipe\s+(?:left\s+|right\s+)?(?:for|to\s+see)\s+more(?:\s+(?:photos|images|pictures))?|"
    # "View all 12 photos", "See all photos", "Browse 24 images".
    r"(?:view|see|browse)\s+(?:all\s+)?(?:\d{1,3}\s+)?(?:photos|images|pictures)(?:\s+in\s+(?:the\s+)?gallery)?|"
    # A video player's labels: "Play video", "Watch now", "Watch the video", "Video duration
    # 02:14", and a podcast's "Listen to the latest episode", "Tap here to listen".
    r"play\s+(?:the\s+)?video|watch\s+(?:now|the\s+video|video)|video\s+duration\s+[\d:]+|"
    r"listen\s+to\s+the\s+latest\s+episode|(?:tap|click)\s+here\s+to\s+(?:listen|watch)|"
    # What a reading app or a phone adds to a shared copy: "Shared from Apple News", "Sent
    # from my iPhone", "Read more on Apple News", "Subscribe to Apple News+".
    r"shared\s+(?:from|via)\s+[A-Z][\w+]*(?:\s+[A-Z][\w+]*){0,2}|"
    r"sent\s+from\s+my\s+(?:iphone|ipad|android(?:\s+\w+)?|galaxy(?:\s+\w+)?|pixel(?:\s+\w+)?|"
    r"samsung(?:\s+\w+)?|mobile(?:\s+device)?|phone|smartphone)|"
    r"subscribe\s+to\s+apple\s+news\+?|"
    # A recommendation widget's credit: "Powered by Outbrain", "Promoted links by Taboola".
    # (Its heading, "You may also like", "Read next", heads the list under it: see
    # _TEASER_HEADING.)
    r"(?:powered|recommended)\s+by\s+(?:outbrain|taboola)|promoted\s+links\s+by\s+\w+|"
    # A page's reading tools and a comment's: "Click to expand", "A A A", "Font size",
    # "Report this comment", and a meter's "You have read 3 of 5 free articles this month".
    r"click\s+to\s+expand|(?:a\s+){2}a|font\s+size|report\s+this\s+comment|"
    r"you\s+have\s+(?:read|\d+)\s+.{0,30}\bfree\s+(?:articles?|stories)\b.*|"
    # A story's tools: "Share full article", "Follow topics", "Add us as a preferred source".
    r"share\s+(?:the\s+)?full\s+(?:article|story)|follow\s+(?:these\s+|the\s+)?topics|"
    r"add\s+us\s+as\s+a\s+preferred\s+source\b.*|"
    # A live blog's label over an entry it keeps at the top.
    r"pinned(?:\s+(?:post|entry|update))?|"
    # A paper's own break in the story and its reader tools.
    r"continue\s+reading\s+the\s+main\s+story|text\s+size|click\s+to\s+enlarge|"
    r"opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)|"
    r"(?:report\s+an?\s+(?:error|typo|correction)|submit\s+a\s+correction|suggest\s+a\s+correction)|"
    # A reader view's estimate of the reading time: "4–5 minutes", "12 minutes".
    r"\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s+minutes|"
    # A link back to the outlet's copy under a forwarded or e-mailed story.
    r"(?:read|view|see)\s+(?:this|the\s+full|the)\s+(?:story|article)\s+(?:on|at)\s+"
    r"(?:our\s+(?:website|site)|(?:https?://)?[\w-]+(?:\.[\w-]+)+)\b.*|"
    r"(?:reading|read)\s+time\b.{0,20}|"
    r"(?:lecture|temps\s+de\s+lecture|lesezeit|lesedauer|tiempo\s+de\s+lectura|lectura|lettura|"
    r"tempo\s+di\s+lettura|leestijd|tempo\s+de\s+leitura|leitura)\s*:?\s*\d+\s*min\.?\w*|"
    # Reaction counters: "312", "41 Likes", "2.1K Followers", "3 Restacks".
    r"\d[\d.,]*\s*[km]?(?:\s+(?:likes?|comments?|shares?|restacks?|followers?|claps?|responses?|"
    r"replies|reactions?|views?|reads?))?|"
    # Read-later apps link to their own copy: "Read on Omnivore", "Open in Pocket".
    r"(?:read|view|open)\s+(?:it\s+|more\s+)?(?:on|in)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|follow\s+(?:us|\w+)\s+on\b.*|download\s+(?:our|the)\s+app\b.*|"
    r"click\s+here\s+to\b.*|(?:view|see)\s+(?:all\s+)?comments|leave\s+a\s+comment|"
    r"(?:see|view|read)\s+(?:the\s+)?(?:full|original)\s+(?:web\s+)?(?:article|story)|"
    r"(?:view|open)\s+(?:image\s+)?(?:gallery|in\s+full\s*screen)|enlarge\s+this\s+image|"
    # Feed readers and read-later exports link back to the page they copied.
    r"(?:open|view|read)\s+(?:the\s+)?original(?:\s+(?:article|story|post|page))?|"
    # A clipper's line at a note's foot: "Clipped from x.com", "Clipped 20 November 2026 from
    # https://...", "Saved on 3 May 2025 from ...".
    r"(?:clipped|saved|captured|archived)(?:\s+(?:on\s+)?[\w,.:/-]+(?:\s+[\w,.:/-]+){0,4}?)?\s+"
    r"(?:from|on)\s+(?:https?://)?[\w-]+(?:\.[\w-]+)+\S*|"
    # A newsletter's link to the story on its site: "Read more on our website".
    r"(?:read|see)\s+(?:more|the\s+rest)\s+(?:on|at)\s+our\s+(?:website|site)|"
    r"(?:read|view|open)\s+(?:it\s+|more\s+)?on\s+[\w-]+(?:\.[\w-]+)+|"
    r"(?:image|photo|picture|slide)\s+\d+\s+of\s+\d+|\d+\s+of\s+\d+|"
    # A distribution wire's label over the issuer's name, the two on lines of their own in a
    # copy of the release ("News provided by" / "Birchwood Transit Authority").
    r"(?:news\s+)?provided\s+by:?|"
    # A video's transcript box and a post's translation link.
    r"(?:show\s+|hide\s+|open\s+)?transcript|follow\s+along\s+using\s+the\s+transcript\.?|"
    # A podcast player's links: "Listen on Apple Podcasts Spotify Download MP3".
    r"(?:(?:listen|subscribe|follow)\s+(?:on|in|with|via)\s*:?\s*)?(?:(?:apple\s+podcasts|"
    r"spotify|google\s+podcasts|youtube(?:\s+music)?|amazon\s+music|pocket\s+casts|overcast|"
    r"castbox|deezer|audible|iheart(?:radio)?|stitcher|tunein|rss(?:\s+feed)?|"
    r"download(?:\s+(?:the\s+)?(?:mp3|episode|audio))?)[\s,|·•/]*(?:or\s+)?){2,}|"
    r"download\s+(?:the\s+)?(?:mp3|episode|audio)|"
    # The note under a transcript on how it was made: "This transcript was generated
    # automatically and checked by our producers. It may contain errors."
    r"(?:this\s+(?:is\s+a\s+(?:rush|computer-generated|machine-generated|automated)\s+"
    r"transcript|transcript\s+(?:was|has\s+been|is)\s+(?:generated|produced|created|made|"
    r"machine-generated|computer-generated|automatically|"
    # "This transcript has been lightly edited for clarity."
    r"(?:(?:lightly|slightly|partly)\s+)?(?:edited|condensed)))|transcripts?\s+(?:are|is)\s+"
    r"(?:generated|produced|created)\s+(?:automatically|by\s+(?:a\s+)?machine|using))\b"
    r"[^\n]{0,160}|"
    r"see\s+(?:original|translation)|translate\s+(?:post|tweet|this))$",
    re.I,
)
#: A platform's counts beside a channel, a video or a community, perhaps with the day or the
#: tags beside them: "52,318 views  9 Mar 2025 #flood", "41K Members 87 Online", "4 tweets".
#: Nothing follows the counted word but a date, an age or tags, so "12 members of the
#: council" is a sentence, not a count.
PLATFORM_COUNTS = re.compile(
    r"^(?:\d[\d.,]*\s*[KkMm]?\s+(?:views?|subscribers?|members?|followers?|following|plays|"
    r"watching|online|photos?|videos?|links?|tweets?|posts?|files?)[\s·•|,]*)+"
    r"(?:(?:\d{1,2}\s+[^\W\d_]{3,9}\.?,?\s+\d{4}|[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d+\s+[^\W\d_]+\.?\s+ago|streamed\s+live\s+on\s+.{6,20}|premiered\s+.{6,20})[\s·•|]*)?"
    r"(?:#[\w-]+\s*)*$",
    re.I,
)
_IMAGE_CREDIT = re.compile(
    r"^\(?(?:image|photo(?:graph)?|picture|illustration|video)(?:\s+credit)?\s*:\s*.{1,80}\)?$|"
    r"^\((?:image|photo)\s+credit:.{1,80}\)$",
    re.I,
)
_CREDIT_LINE = re.compile(
    r"^(?:image|photo|picture|video|media)\s+(?:source|credit|caption)s?\s*[,:]|"
    r"^[\w\s/.,&'-]{0,40}\b(?:getty\s+images|shutterstock|ap\s+photo|afp\s+photo|"
    r"epa-efe|reuters/[\w\s]+|via\s+getty)\b[\w\s/.,&'-]{0,40}$|"
    # A caption closed by its credit: "Workers lift the barrier on Mill Street. Photograph:
    # A Lynch/Dalby Gazette", "The gauge at Dal Bridge. (Photo: Kieran Shaw)".
    r"[.!?\"”’]\s*\(?(?:photograph|photo|picture|image)(?:\s+credit)?\s*:\s*"
    r"(?-i:[A-Z])[^.!?:()]{0,60}\)?\.?$",
    re.I,
)
# Picture agencies credited on a line of their own, as copies of photo-led pages show them
# above the caption: "Getty Images", "Reuters", "EPA-EFE/Shutterstock", "AFP via Getty Images".
_AGENCY_ONLY = re.compile(
    r"^(?:(?:[\w.'-]+\s+){0,3}/\s*)?(?:reuters|epa(?:-efe)?|afp|ap|pa(?:\s+media|\s+wire)?|"
    r"anadolu(?:\s+agency)?|bloomberg|alamy|shutterstock|rex|getty(?:\s+images)?|"
    r"nurphoto|sopa\s+images|xinhua|efe|ansa|dpa|kyodo|yonhap|tass|ria\s+novosti)"
    r"(?:\s*(?:/|via)\s*[\w .-]{1,40})?$",
    re.I,
)
#: Words one of which every credit line holds: the two patterns backtrack over a whole
#: line, and they run on every paragraph of every import, so most lines are let off cheaply.
_CREDIT_WORDS = ("image", "photo", "picture", "video", "media", "getty", "shutterstock",
                 "epa-efe", "reuters/")  # fmt: skip
#: Likewise for sign-off lines: each branch of the pattern needs one of these.
_SIGN_OFF_WORDS = ("reported", "contributed", "tip", "story", "reporting", "writing", "editing",
                   "research", "compiled", "standards", "contact", "@", "contributing",
                   "contributors", "reach", "edited", "produced", "graphics", "design",
                   "checked", "illustration", "analysis", "video", "photo", "reached",
                   "follow", "author")  # fmt: skip
_SIGN_OFF = re.compile(
    # "Reyes reported from Torvale.", "... writer Hal Brody contributed to this report."
    r"^[A-Z][\w'’-]+\s+reported\s+from\s+[A-Z]|"
    r"^(?:[\w'’-]+\s+){0,8}(?:writers?|reporters?|correspondents?|journalists?|staffers?)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:and\s+(?:[A-Z][\w'’.-]*\s+){1,3})?contributed\b|"
    r"^.{0,80}\bcontributed\s+to\s+this\s+(?:report|story|article)\b|"
    r"^(?:have|got)\s+a\s+(?:story|news\s+tip|tip)\b.{0,40}(?:e-?mail|contact|send|call)\b|"
    r"^(?:news\s+)?tips?\s*[?:]\s*(?:write|e-?mail|contact|send|call|message)\b|"
    r"^(?:\(?(?:additional\s+)?(?:reporting|writing|editing|research)\s+by\b|"
    r"compiled\s+by\b|our\s+standards:|contact\s+(?:the\s+)?(?:author|reporter|writer)\b|"
    r"(?:e-?mail|email\s+the\s+author)\s*:\s*\S+@\S+$|\S+@\S+\.\w+$)|"
    # A feature's credits: "Edited by Peter Hale", "Graphics by Kai Moen and Ana Lind",
    # "Fact-checked by ...": the label and names alone, with nothing else on the line.
    r"^(?:edited|produced|graphics|design(?:ed)?|fact[- ]?checked|illustrations?|"
    r"data\s+analysis|video|photography|photos)\s+by\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)"
    r"{0,3}(?:\s*(?:,|and|&)\s*(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3})*\.?$|"
    # A US paper's credit under the story: "Contributing: Maya Ortiz, Lakeshore Tribune",
    # "Contributors: A and B". A sentence of reporting never opens with the label and a colon.
    r"^(?:contributing(?:\s+(?:writers?|reporters?))?|contributors)\s*:\s*[A-Z]|"
    # The writer's address under the story: "Contact Jenna Kowalski at jk@paper.example or
    # follow her on X @jk", "Reach A at 555-0142": a name, "at" and an address or a number.
    r"^(?:contact|reach|e-?mail)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}at\s+"
    r"(?:\S+@\S+\.\w+|(?:\(?\d{3}\)?[\s.-])?\d{3}[.-]\d{4}\b)|"
    # ... and its other forms: "Email the author at ...", "Ana Ruiz can be reached at ...",
    # "Follow Ana Ruiz on Twitter: @anaruiz".
    r"^(?:e-?mail|contact|write\s+to)\s+the\s+(?:author|writer|reporter)\s+at\s+\S|"
    r"^(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:can|may)\s+be\s+(?:reached|contacted|e-?mailed)\s+at\s+"
    r"(?:\S+@\S+\.\w+|\(?\+?\d[\d\s().-]{6,}\d)|"
    r"^follow\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}on\s+(?:twitter|x|instagram|facebook|bluesky|"
    r"threads|mastodon)\s*:?\s*@[\w.]{2,30}\.?$",
    re.I,
)
_TAG_LIST = re.compile(r"^(?:topics|tags|filed\s+under|related\s+topics|categories)\s*:", re.I)
#: A reader call-out opens by speaking to the reader: a question put to them ("Have you been
#: affected by the flooding?", "Do you have a story about ...?", "Were you there?", "Got a
#: story?", "Tips?"), or a call in the outlet's voice ("Share your experiences", "Let us know",
#: "Have your say", "Get in touch", "We'd like to hear from you", "If you have information
#: about this story, ...").
_CALL_OUT_OPENING = re.compile(
    r"^(?:(?:have|are|were|do|did|can|could|would|will|is|was)\s+you\b|"
    r"(?:have\s+you\s+)?got\s+(?:a|any)\s+(?:story|stories|news|tip|tips|pictures?|photos?|"
    r"videos?)\b|(?:news\s+)?tips?\s*[?:]|know\s+something\b|"
    r"share\s+your\s+(?:experiences?|story|stories|views?|thoughts|photos?|pictures?)\b|"
    r"let\s+us\s+know\b|have\s+your\s+say\b|get\s+in\s+touch\b|tell\s+us\b|"
    r"we\s*(?:want|would\s+like|['’]d\s+like|would\s+love|['’]d\s+love|are\s+keen)\s+to\s+"
    r"hear\b|if\s+you\s+(?:have|know|saw|were|are|'ve|’ve)\s+(?:been\s+affected|any|information|"
    r"a\s+story|photos?|pictures?|videos?|something|affected)\b|"
    r"(?:contact|e-?mail|message|send|write\s+to)\s+us\b|"
    r"(?:spotted|seen|know|noticed)\s+(?:something|anything|more)\b|"
    r"if\s+you(?:['’]d|\s+would)\s+like\s+to\s+(?:share|tell|send|contact|get\s+in\s+touch)\b|"
    r"send\s+(?:us\s+)?your\s+(?:stories|story|photos?|pictures?|videos?|tips?|news|views)\b)",
    re.I,
)
#: Any other question put to the reader, when the next sentence asks for something: "Is
#: there a story you think we should cover? Email ...", "Want to tell us about your
#: landlord? Fill in our form." ("Why should you care? Because ..." is an explainer's.)
_CALL_OUT_QUESTION = re.compile(
    r"^[^.?!\"“]{0,80}\byou(?:r|rs)?\b[^.?!]{0,80}\?\s+(?:please\s+)?(?:e-?mail|contact|call|"
    r"ring|message|text|whats\s?app|send|write|get\s+in\s+touch|tell\s+us|let\s+us\s+know|"
    r"fill\s+in|share|submit|upload|we\s*(?:want|would\s+like|['’]d\s+like|['’]d\s+love|"
    r"would\s+love)\s+to\s+hear)\b",
    re.I,
)
#: ... and asks to be written to, called or sent something: an address, a number, the
#: outlet as "us"/"our newsroom", a form, the comments.
_CALL_OUT_CONTACT = re.compile(
    r"\S@\S+\.\w|\b(?:us|our)\b|\bwhats\s?app\b|\bnews\s?(?:desk|room)\b|\bcomments\b|"
    r"\b(?:\+?\d[\d ()-]{7,}\d)\b",
    re.I,
)
#: ... in words that ask for it: e-mail, contact, call, message, text, send, write, get in
#: touch, tell, let us know, fill in, comment, share, submit. An interviewer's question with
#: "us" in it ("Do you think the council listened to us?") asks for none of these.
_CALL_OUT_ASK = re.compile(
    r"\b(?:e-?mail(?:ing)?|contact|call|ring|message|text|whats\s?app|send|sending|write|"
    r"get\s+in\s+touch|tell|let\s+us\s+know|fill\s+in|comment|share|sharing|submit|"
    r"upload|dm)\b",
    re.I,
)
#: A police appeal, a support line or words someone said are the story's, in any voice:
#: "Were you there? Officers want to hear from you", "... please email us," said Ms Lake.
_CALL_OUT_NOT = re.compile(
    r"\b(?:police|officers?|detectives?|crimestoppers|constabulary|said|says)\b|^[\"“‘'«]",
    re.I,
)


_EMPHASIS_MARKS = re.compile(r"^[*_\s]+|[*_]+(?=\s|:|$)")


def _reader_call_out(text: str, words: int) -> bool:
    """A block in which the outlet asks its readers to get in touch: it opens by speaking
    to them (``_CALL_OUT_OPENING``), asks to be written to, called or sent something
    (``_CALL_OUT_CONTACT``, ``_CALL_OUT_ASK``) and is no police appeal or quote; 60 words at most."""
    body = _EMPHASIS_MARKS.sub("", text)
    return (
        words <= 60
        and (_CALL_OUT_OPENING.match(body) or _CALL_OUT_QUESTION.match(body)) is not None
        and _CALL_OUT_CONTACT.search(body) is not None
        and _CALL_OUT_ASK.search(body) is not None
        and _CALL_OUT_NOT.search(body) is None
    )


def _dated_post_line(line: str) -> bool:
    """ "Filed under: Transport · 12 October 2026 · by NAME": a blog theme's line that names
    the post's sections beside its date or author is its date line, not a list of tags."""
    facts = dates.read_meta_line(line)
    return facts is not None and bool(facts.dates or facts.authors)


_TAG_LIST_HEADING = re.compile(
    r"^(?:topics|tags|filed\s+under|related\s+topics|categories|more\s+about)[\s:]*$", re.I
)
_TIMESTAMP_WIDGET = re.compile(
    r"^(?:(?:updated|published|posted|last\s+updated)\s*:?\s*)?(?:\d+|an?|one)\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$|"
    r"^(?:(?:updated|published|posted|last\s+updated)\s*(?:at\s*)?:?\s*)?\d{1,2}[:.]\d\d\s*"
    r"(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$|"
    r"^(?:this\s+(?:article|story)\s+is\s+more\s+than\s+.{1,20}\s+old|"
    r"loading(?:\.*|…)|(?:please\s+)?(?:enable|turn\s+on)\s+javascript.*|"
    r".{0,40}\bneed\s+to\s+enable\s+javascript\b.*|media\s+requires\s+javascript\b.*|"
    # A line of hashtags: a read-later app's labels ("#Omnivore #energy").
    r"#[^\W\d_][\w-]*(?:\s+#[^\W\d_][\w-]*)*|.*\(opens\s+in\s+(?:a\s+)?new\s+"
    r"(?:window|tab)\))$",
    re.I,
)
_TEASER_HEADING = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|content|coverage|news|reading|topics))?|"
    r"most\s+(?:read|popular|viewed|shared)|popular(?:\s+(?:now|today|stories))?|"
    r"trending(?:\s+(?:now|stories|today))?|more\s+(?:from|on|in|stories|news|like\s+this)\b.*|"
    r"more\s+(?:galleries|videos|photos|pictures|podcasts|(?:photo|video)\s+galleries)|"
    r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|have\s+missed)|"
    r"recommended(?:\s+(?:for\s+you|stories|reading|from\s+\w+(?:\s+\w+)?))?|read\s+(?:more|next|this\s+next)|"
    r"further\s+reading|top\s+stories|latest(?:\s+(?:news|stories|headlines))?|"
    r"editor'?s'?\s+picks?|what\s+to\s+read\s+next|also\s+read|see\s+also|around\s+the\s+web|"
    r"in\s+(?:other|case\s+you\s+missed)\s+\w+|don'?t\s+miss|up\s+next|watch\s+next|"
    r"explore\s+more(?:\s+on\s+th(?:is|ese)\s+(?:topics?|stories|stor(?:y|ies)))?|"
    r"more\s+(?:headlines|top\s+stories)|elsewhere\s+on\s+\w+|"
    r"topics|tags|filed\s+under|categories|more\s+about|"
    # The same lists on pages in other languages.
    r"(?:[àa]\s+)?lire\s+aussi|les\s+plus\s+lus|weitere\s+artikel|mehr\s+zum\s+thema|"
    r"meistgelesen|lee\s+tambi[ée]n|lo\s+m[áa]s\s+le[íi]do|leggi\s+anche|i\s+pi[ùu]\s+letti|"
    r"lees\s+ook|meest\s+gelezen|leia\s+tamb[ée]m|mais\s+lidas|lesen\s+sie\s+auch|"
    r"te\s+puede\s+interesar|m[áa]s\s+informaci[óo]n|veja\s+tamb[ée]m|"
    r"читайте\s+(?:также|також)|см\.?\s+также|самое\s+(?:читаемое|популярное)|"
    r"популярне|найпопулярніше)[\s:.!]*$",
    re.I,
)
_INLINE_TEASER = re.compile(
    r"^(?:read\s+(?:more|also|next)|related(?:\s+(?:reading|stories|articles?|coverage|links?))?|"
    r"(?:further|recommended)\s+reading|see\s+also|also\s+read|more\s+on\s+this|"
    r"watch|listen|explainer|opinion)\s*[:|–—-]\s*\S",
    re.I,
)
# The same link to another story in the languages of foreign pages: "Lire aussi : ...",
# "Mehr zum Thema: ...", "Te puede interesar: ...", "Leia também: ...", "Читайте также: ...".
# Pages set the label in bold before the linked headline, often with no colon at all.
_FOREIGN_INLINE_TEASER = re.compile(
    r"^(?:(?:[àa]\s+)?lire\s+(?:aussi|[ée]galement)|voir\s+aussi|mehr\s+zum\s+thema|"
    r"lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|te\s+puede\s+interesar|"
    r"lee\s+tambi[ée]n|leer\s+m[áa]s|leia\s+(?:tamb[ée]m|mais)|veja\s+tamb[ée]m|"
    r"saiba\s+mais|leggi\s+anche|lees\s+ook|читайте\s+(?:также|також)|см\.?\s+также|"
    r"по\s+теме|дивіться\s+також)\s*[:|–—-]?\s+\S",
    re.I,
)
_BIO_OPENING = re.compile(
    r"^(?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|al))?(?:\s+[A-Z][\w'’.-]+){0,2}\s+"
    r"(?:has\s+(?:worked|been|written|reported|covered|spent)|is\s+(?:a|an|the|our)\b|was\s+"
    r"(?:a|an|the|previously)\b|covers|writes|reports|joined|previously|began|edits|leads)\b"
)
_BIO_CUES = re.compile(
    r"\b(?:writer|editor|reporter|correspondent|journalist|columnist|contributor|journalism|"
    r"newsroom|news\s+desk|bureau|covers|wrote|reporting|author\s+of|career)\b",
    re.I,
)
_COMMENTS_HEADING = re.compile(
    r"^(?:comments?|\d+\s+(?:reader\s+)?comments?(?:\s+so\s+far)?|comments?\s*\(\d+\)|\d+\s+(?:thoughts|responses|replies)"
    r"\s+(?:on|to)\b.*|(?:join|start)\s+the\s+(?:conversation|discussion|debate)|"
    r"(?:leave|post|write|add)\s+(?:a|an|new|your)\s+(?:new\s+)?(?:comment|reply)|"
    # Drupal's comment form for a reader not logged in: "Log in or register to post comments".
    r"(?:log\s*in|sign\s*in)(?:\s+or\s+(?:register|sign\s*up))?\s+to\s+(?:post|leave|add)\s+"
    r"(?:a\s+)?comments?|(?:show|view|read|see)\s+(?:all\s+)?"
    r"(?:\d+\s+)?comments|reader\s+comments|what\s+(?:readers|you)\s+(?:say|think)|"
    r"discussion\s+about\s+this\s+(?:post|article|story)|have\s+your\s+say|"
    r"comments\s+(?:are|have\s+been)\s+(?:closed|disabled|turned\s+off)(?:\s+(?:on|for)\s+this\s+"
    r"(?:article|story|post|page))?)[\s:.!]*$",
    re.I,
)
_ABOUT_AUTHOR = re.compile(
    r"^(?:about\s+the\s+authors?|about\s+the\s+writer|the\s+author)[\s:]*$", re.I
)


#: A document of more blocks than this is a book, a transcript or a long report, not a page:
#: no news page comes near it.
LONG_DOCUMENT_BLOCKS = 3000
#: How many blocks at each end of such a document are judged as a page's would be: a copied
#: page's menus, sign-up boxes and footers sit there.
LONG_DOCUMENT_EDGE = 400


def _plainly_story(text: str) -> bool:
    """A paragraph that reads as the story's own: fifteen words or more ending as a sentence
    does, and not one a page's tool bar is drawn with."""
    return _story_paragraph(text) and "|" not in text and "©" not in text


@contextlib.contextmanager
def judging() -> Iterator[None]:
    """Keep blocks' word counts and own-text reasons while an import runs (nested calls share
    them; the last to leave clears them). A text copy's reader asks the reason of each line
    as it joins lines into blocks, and ``judge`` asks it again of each block: a copy of tens
    of thousands of short lines, each its own block, asked the ~70 patterns twice."""
    global _counting
    with _COUNTING_LOCK:  # imports run on worker threads
        _counting += 1
    try:
        yield
    finally:
        with _COUNTING_LOCK:
            _counting -= 1
            if not _counting:
                _WORD_COUNTS.clear()
                _REASONS.clear()


def judge(pieces: list[Piece]) -> None:
    """Give every piece of furniture among the kept ``pieces`` its reason, in place."""
    with judging():
        _judge(pieces)


def _judge(pieces: list[Piece]) -> None:
    # In the middle of a very long document each paragraph that reads as story is taken as
    # story without trying every furniture pattern on it: those patterns cost tens of
    # microseconds a block, a minute over a 50 MB transcript, and what they find there is
    # at the document's ends or in short blocks.
    long_middle = (
        range(LONG_DOCUMENT_EDGE, len(pieces) - LONG_DOCUMENT_EDGE)
        if len(pieces) > LONG_DOCUMENT_BLOCKS
        else range(0)
    )
    for i, piece in enumerate(pieces):
        if piece.kept and not piece.settled:
            if i in long_middle and _plainly_story(piece.text):
                continue
            piece.reason = single_block_reason(piece.text, piece.kind)
    _spread_newsletter(pieces)
    _captions_below_credits(pieces)
    _comment_sections(pieces)
    _summary_boxes(pieces)
    _key_events(pieces)
    _chapter_lists(pieces)
    _teaser_lists_after_headings(pieces)
    _teaser_runs_between_separators(pieces)
    _author_bios(pieces)
    _author_cards(pieces)
    _reading_notes(pieces)
    _sponsor_blocks(pieces)
    _repeats(pieces)
    _press_release_end(pieces)
    _release_tail(pieces)
    _release_standfirst(pieces)
    _feedback_boxes(pieces)
    _call_out_headings(pieces)
    _media_contacts(pieces)
    _update_history(pieces)
    _opening_label(pieces)
    _pull_quotes(pieces)
    _other_script_chrome(pieces)
    _address_at_foot(pieces)
    _footer_after_furniture(pieces)
    _headings_of_boxes_at_foot(pieces)


#: "0:00 Mill Quay at dawn", "01:02:45 - Questions": a line of a video's chapter list.
_CHAPTER_LINE = re.compile(r"^[(\[]?(?:\d{1,2}:)?\d{1,2}:\d\d[)\]]?\s*(?:[-–—:|]\s*)?[^\W\d_]")
_CHAPTERS_LABEL = re.compile(r"^(?:chapters|timestamps|time\s*stamps|contents)\s*:?$", re.I)


def _seconds(line: str) -> int:
    stamp = re.match(r"^[(\[]?((?:\d{1,2}:)?\d{1,2}:\d\d)", line)
    if stamp is None:
        return -1
    total = 0
    for part in stamp.group(1).split(":"):
        total = total * 60 + int(part)
    return total


def _chapter_lists(pieces: list[Piece]) -> None:
    """A video description's chapter list: three or more lines, each a time into the video
    and a chapter's name, the times rising from "0:00". Like a table of contents it repeats what the
    video holds and is not the description's text; so is its "Chapters:" label above."""
    i = 0
    while i < len(pieces):
        run = i
        while (
            run < len(pieces)
            and not pieces[run].settled
            and _CHAPTER_LINE.match(pieces[run].text.strip())
            and _words(pieces[run].text) <= 14
            and (run == i or _seconds(pieces[run].text) > _seconds(pieces[run - 1].text))
        ):
            run += 1
        # A video's chapters start at its beginning ("0:00"); a live blog's timed entries
        # ("09:12 Police closed the road") start at whatever hour it opened.
        if run - i >= 3 and _seconds(pieces[i].text) == 0:
            for piece in pieces[i:run]:
                piece.reason = CHAPTERS
            if i > 0 and _CHAPTERS_LABEL.match(pieces[i - 1].text.strip()):
                pieces[i - 1].reason = CHAPTERS
            i = run
        else:
            i += 1


#: What a court's press summary prints round the summary: the neutral citation alone on its
#: line ("[2025] EHC 41 (Admin)", "[2024] UKSC 12"), the judges' line ("JUSTICES: Lord A, Lady
#: B") and its note that it is not part of the judgment.
_COURT_SUMMARY_LINE = re.compile(
    r"^\[\d{4}\]\s+[A-Z]{2,8}(?:\s+(?:Civ|Crim|Admin|Fam|Comm|Ch|QB|KB))?\s+\d{1,5}"
    r"(?:\s*\([A-Za-z ]{2,20}\))?$|"
    r"^(?:JUSTICES?|JUDGES?|JUDGMENT\s+BY|PANEL|BEFORE)\s*:\s*\S.{0,200}$|"
    r"^(?:[Tt]his|[Tt]he)\s+(?:press\s+)?summary\b.{0,160}\bdoes\s+not\s+form\s+part\s+of\s+the\s+"
    r"(?:reasons|judgment|decision)\b.*$"
)


#: What an official record prints to file itself, not to be read: its reference ("Reference:
#: HCWS412", "Serial No. 119-4"), a document symbol ("SC/16021", "S/RES/2771 (2025)"), the
#: meeting's number ("9871st Meeting (AM)") and a press summary's note that it is no record.
_RECORD_MARK = re.compile(
    r"^(?:(?:reference|ref\.?|our\s+ref(?:erence)?|document\s+(?:no\.?|number|symbol)|"
    # The label ends where a letter does not follow: "References" is no "Ref" + "erences".
    r"serial\s+no\.?|notice\s+id)(?![a-z])\s*:?\s*[A-Z0-9][\w/.-]{1,30}|"
    r"(?-i:[A-Z]{1,5}(?:/[A-Z0-9.]{1,12}){1,4})(?:\s+\((?:19|20)\d\d\))?|"
    r"\d{1,5}(?:st|nd|rd|th)\s+meeting(?:\s+\((?:AM|PM|Night)\))?|"
    r"for\s+information\s+media\.?\s+not\s+an\s+official\s+record\.?)$",
    re.I,
)


#: An opinion page's disclaimer under the column, perhaps with its call for letters: "The
#: views expressed are the author's own.", "Opinions expressed in this column are solely
#: those of the writer."
_OPINION_DISCLAIMER = re.compile(
    r"^(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:here\s+|in\s+this\s+(?:article|column|"
    r"piece|commentary|op-ed|essay|post)\s+)?(?:are|is)\s+(?:solely\s+|entirely\s+)?"
    r"(?:those\s+of\s+the\s+(?:authors?|writers?|contributors?|columnists?)|"
    r"the\s+(?:authors?|writers?|columnists?)['’]s?\s+own|(?:their|his|her)\s+own)\b",
    re.I,
)


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search for any of ``words`` as a substring: the same answer as
    ``any(w in text for w in words)`` in one pass of C instead of a generator per word."""
    return re.compile("|".join(re.escape(w) for w in words))


# Asked of every paragraph of every import (text copies of tens of thousands of lines).
_CONSENT_WORDS_IN = _any_of(_CONSENT_WORDS)
_NEWSLETTER_WORDS_IN = _any_of(_NEWSLETTER_WORDS)
_COPYRIGHT_WORDS_IN = _any_of(_COPYRIGHT_WORDS)
_CREDIT_WORDS_IN = _any_of(_CREDIT_WORDS)
_SIGN_OFF_WORDS_IN = _any_of(_SIGN_OFF_WORDS)
_ANY_CUE_WORD_IN = _any_of(
    _CONSENT_WORDS + _NEWSLETTER_WORDS + _COPYRIGHT_WORDS + _CREDIT_WORDS + _SIGN_OFF_WORDS
)

#: What ``single_block_reason`` takes as the first character of a block that opens with a
#: character outside ASCII: every pattern's opening set holds it, so such a block is tried.
_NOT_ASCII = "\x00not-ascii"
_ASCII_CLASSES = {
    sre_c.CATEGORY_DIGIT: "0123456789",
    sre_c.CATEGORY_SPACE: " \t\n\r\f\v\x1c\x1d\x1e\x1f",
    sre_c.CATEGORY_WORD: string.ascii_letters + string.digits + "_",
}


class _AnyOpening(Exception):
    """A part of a pattern may open with any character (or with nothing)."""


class _Everything(frozenset[str]):
    """The opening set of a pattern whose openings are not worked out: holds every key."""

    def __contains__(self, item: object) -> bool:
        return True


def _opening_key(text: str) -> str:
    """How the opening sets of _opening_chars hold ``text``'s first character."""
    head = text[:1]
    return head.lower() if head.isascii() else _NOT_ASCII


def _opening_chars(pattern: re.Pattern[str]) -> frozenset[str]:
    """The first characters a match of ``pattern`` (tried with ``match``) can open with,
    lower-cased, as ``single_block_reason`` keys a block's first character: an ASCII one
    lower-cased, any other as _NOT_ASCII, which every set holds. Worked out from the parsed
    pattern; where a part is beyond this reading (a negated class, a look-around, a part
    that may be empty all through, flags set inside, a case-blind letter outside ASCII) the
    set holds everything, so a block is never passed over that the pattern would match."""
    try:
        chars, may_be_empty = _opening_of(sre_p.parse(pattern.pattern, pattern.flags))
    except _AnyOpening:
        return _Everything()
    if may_be_empty:
        return _Everything()
    if pattern.flags & re.IGNORECASE:
        # Blind to case a letter outside ASCII may match one inside it ('ſ' matches 's',
        # 'K' the Kelvin sign 'k'): the engine itself says which.
        for c in [c for c in chars if not c.isascii()]:
            chars.update(a for a in _ASCII if _folds(c, a))
    return frozenset({c.lower() for c in chars if c.isascii()} | {_NOT_ASCII})


_ASCII = [chr(i) for i in range(128)]


def _folds(c: str, a: str) -> bool:
    """Whether ``c`` blind to case matches ``a``, alone or in a class."""
    return bool(re.fullmatch(re.escape(c), a, re.I) or re.fullmatch(f"[{re.escape(c)}]", a, re.I))


def _opening_of(items: Any) -> tuple[set[str], bool]:
    """The first characters of a parsed sequence, and whether it may match nothing."""
    found: set[str] = set()
    for op, av in items:
        chars, may_be_empty = _opening_of_item(op, av)
        found |= chars
        if not may_be_empty:
            return found, False
    return found, True


def _opening_of_item(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is sre_c.AT:
        return set(), True
    if op is sre_c.LITERAL:
        return {chr(av)}, False
    if op is sre_c.IN:
        chars: set[str] = set()
        for kind, arg in av:
            if kind is sre_c.LITERAL:
                chars.add(chr(arg))
            elif kind is sre_c.RANGE and arg[1] - arg[0] < 256:
                chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
            elif kind is sre_c.CATEGORY and arg in _ASCII_CLASSES:
                chars.update(_ASCII_CLASSES[arg])
            else:
                raise _AnyOpening
        return chars, False
    if op is sre_c.BRANCH:
        chars, may_be_empty = set(), False
        for branch in av[1]:
            opening, empty = _opening_of(branch)
            chars |= opening
            may_be_empty = may_be_empty or empty
        return chars, may_be_empty
    if op is sre_c.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            raise _AnyOpening
        return _opening_of(inner)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        least, _most, inner = av
        opening, empty = _opening_of(inner)
        return opening, empty or least == 0
    if op is sre_c.ATOMIC_GROUP:
        return _opening_of(av)
    raise _AnyOpening


#: Reasons of short blocks by their own text, kept only while ``judging`` (see there); at
#: most this many, so that a transcript of a million short lines keeps no more.
_REASONS: dict[tuple[str, str], str | None] = {}
_REASONS_KEPT = 100_000
_REASON_CHARS = 300


def single_block_reason(text: str, kind: str = "para") -> str | None:
    """The reason a block is furniture judging by its own text alone, or None."""
    if not _counting or len(text) > _REASON_CHARS:
        return _own_text_reason(text, kind)
    key = (text, kind)
    try:
        return _REASONS[key]
    except KeyError:
        pass
    reason = _own_text_reason(text, kind)
    if len(_REASONS) < _REASONS_KEPT:
        _REASONS[key] = reason
    return reason


def _own_text_reason(text: str, kind: str) -> str | None:
    stripped = text.strip()
    # The first character, as the patterns' opening sets hold it (see _opening_chars).
    opens = _opening_key(stripped)
    if kind == "separator" or (opens in _SEPARATOR_TEXT_OPENS and _SEPARATOR_TEXT.match(stripped)):
        return SEPARATOR
    words = _words(stripped)
    if words > 80:
        return None
    if (stripped[:1] == "[" or "summary" in stripped[:30].lower() or ":" in stripped[:20]) and (
        _COURT_SUMMARY_LINE.match(stripped)
    ):
        return COURT_HEADING
    # Cheap word tests first: these searches run on every paragraph of every import.
    lower = stripped.lower()
    # Whether any word of the five lists below is in the block: one scan instead of five
    # for the most blocks, which have none (each list is still searched where it is asked).
    cued = _ANY_CUE_WORD_IN.search(lower) is not None
    if words <= 8 and opens in _RECORD_MARK_OPENS and _RECORD_MARK.match(stripped):
        return FIELD_LINES
    if ("cookie" in lower or "continuing to" in lower) and _COOKIE.search(stripped):
        return COOKIE_BANNER
    if words <= 70 and cued and _CONSENT_WORDS_IN.search(lower) and _CONSENT_TEXT.match(stripped):
        return COOKIE_BANNER
    if words <= 30 and opens in _PAYWALL_OPENS and _PAYWALL.match(stripped):
        return PAYWALL
    if words <= 40 and opens in _EMAIL_CHROME_OPENS and _EMAIL_CHROME.match(stripped):
        return NEWSLETTER
    if words <= 40 and "unsubscribe" in lower and _UNSUBSCRIBE_AT_END.search(stripped):
        return NEWSLETTER
    if words <= 45 and _is_archive_line(stripped):
        return ARCHIVE_TOOLBAR
    if words <= 45 and stripped.startswith("|") and _TABLE_ROW.match(stripped):
        # A page laid out with a table: each row is judged by the words of its cells.
        cells = [c.strip() for c in stripped.split("|") if c.strip()]
        marked = [c for c in cells if _is_archive_line(c)]
        if marked and all(c in marked or _words(c) <= 3 for c in cells):
            return ARCHIVE_TOOLBAR
        if cells and _ARCHIVE_TOOLBAR.match(" ".join(cells)):
            return ARCHIVE_TOOLBAR
    if words <= 30 and "friend" in lower and _FORWARD_TO_FRIEND.search(stripped):
        return NEWSLETTER
    if words <= 60 and opens in _SPONSOR_LABEL_OPENS and _SPONSOR_LABEL.match(stripped):
        return ADVERTISEMENT
    if words <= 60 and opens in _SPONSORED_ISSUE_OPENS and _SPONSORED_ISSUE.match(stripped):
        return ADVERTISEMENT
    if words <= 60 and opens in _SPONSOR_CAPS_LABEL_OPENS and _SPONSOR_CAPS_LABEL.match(stripped):
        return ADVERTISEMENT
    if words <= 15 and opens in _FULL_STORY_LINK_OPENS and _FULL_STORY_LINK.match(stripped):
        return STORY_LINK
    if words <= 15 and opens in _MORE_AT_SITE_OPENS and _MORE_AT_SITE.match(stripped):
        return STORY_LINK
    if words <= 30 and ("app" in lower or "reading" in lower) and _APP_PROMPT.match(stripped):
        return STORY_LINK
    if words <= 70 and "first" in lower and _FEED_FOOTER.match(stripped):
        return FEED_FOOTER
    if words <= 16 and opens in _SOCIAL_SIGNATURE_OPENS and _SOCIAL_SIGNATURE.match(stripped):
        return SOCIAL_POST
    if words <= 60 and "pic." in lower and _POST_WITH_PICTURE.search(stripped):
        return SOCIAL_POST
    if words <= 30 and opens in _TRANSLATION_NOTE_OPENS and _TRANSLATION_NOTE.match(stripped):
        return TRANSLATION_NOTE
    if words <= 8 and opens in _PRINT_TOOLS_OPENS and _PRINT_TOOLS.match(stripped):
        return PAGE_WIDGET
    if words <= 16 and opens in _STORY_TOOLS_OPENS and _STORY_TOOLS.match(stripped):
        return PAGE_WIDGET
    if words <= 40 and opens in _PRINT_FOOTER_OPENS and _PRINT_FOOTER.match(stripped):
        return PAGE_FOOTER
    if words <= 20 and ("webmaster" in lower or "last" in lower) and _SITE_FOOT.search(stripped):
        return PAGE_FOOTER
    if (
        words <= 45
        and cued
        and _NEWSLETTER_WORDS_IN.search(lower)
        and _NEWSLETTER_STRONG.search(stripped)
    ):
        return NEWSLETTER
    if words <= 15 and opens in _SUBSCRIBE_LINE_OPENS and _SUBSCRIBE_LINE.match(stripped):
        return NEWSLETTER
    if words <= 40 and ("donat" in lower or "gift" in lower or "support" in lower or
                        "member" in lower) and _DONATION.search(stripped):  # fmt: skip
        return DONATION
    if words <= 40 and cued and _COPYRIGHT_WORDS_IN.search(lower) and _COPYRIGHT.search(stripped):
        return COPYRIGHT
    if words <= 40 and "under" in lower and _LICENCE.search(stripped):
        return COPYRIGHT
    if words <= 25 and "regist" in lower and _REGISTRATION.search(stripped):
        return COPYRIGHT
    if words <= 12 and opens in _FEEDBACK_QUESTION_OPENS and _FEEDBACK_QUESTION.match(stripped):
        return FEEDBACK
    if (
        words <= 14
        and ("release" in lower or "embargo" in lower or "publication" in lower)
        and (_RELEASE_LINE.match(stripped))
    ):
        return SECTION_LABEL
    if words <= 24 and opens in _PROGRAMME_NOTE_OPENS and _PROGRAMME_NOTE.match(stripped):
        return PAGE_FOOTER
    if words <= 10 and opens in _SINGLE_ENTRY_OPENS and _SINGLE_ENTRY.match(stripped):
        return PAGE_WIDGET
    if (
        words <= 6
        and opens in _UPDATE_HISTORY_TOGGLE_OPENS
        and _UPDATE_HISTORY_TOGGLE.match(stripped)
    ):
        return UPDATE_HISTORY
    if words <= 8:
        bare = stripped.strip(" .:|»›>")
        bare_opens = _opening_key(bare)
        if bare_opens in _ADVERT_OPENS and _ADVERT.match(bare):
            return ADVERTISEMENT
        if bare_opens in _CONSENT_BUTTON_OPENS and _CONSENT_BUTTON.match(bare):
            return COOKIE_BANNER
        if (
            (bare_opens in _SHARE_OPENS and _SHARE.match(bare))
            or (bare_opens in _SHARE_BAR_OPENS and _SHARE_BAR.match(bare))
            or (bare_opens in _POST_ACTIONS_OPENS and _POST_ACTIONS.match(bare))
        ):
            return SHARE_BUTTONS
    if (
        words <= 16
        and _opening_key(stripped.strip(" .:|»›>")) in _SOCIAL_NAMES_OPENS
        and _SOCIAL_NAMES.match(stripped.strip(" .:|»›>"))
    ):
        # A row of buttons each naming its network: "Partager sur Facebook Partager sur X".
        return SHARE_BUTTONS
    if words <= 8:
        bare = stripped.strip(" .:|»›>«‹<")
        bare_opens = _opening_key(bare)
        if (bare_opens in _NAVIGATION_OPENS and _NAVIGATION.match(bare)) or (
            bare_opens in _FOREIGN_NAVIGATION_OPENS and _FOREIGN_NAVIGATION.match(bare)
        ):
            return NAVIGATION
        if bare_opens in _FOREIGN_SHARE_OPENS and _FOREIGN_SHARE.match(bare):
            return SHARE_BUTTONS
        if bare_opens in _LEGAL_LINKS_OPENS and _LEGAL_LINKS.match(bare):
            return PAGE_FOOTER
        if (bare_opens in _IMAGE_CREDIT_OPENS and _IMAGE_CREDIT.match(bare)) or (
            bare_opens in _AGENCY_ONLY_OPENS and _AGENCY_ONLY.match(bare)
        ):
            return IMAGE_CREDIT
    if words <= 20 and (
        (opens in _PAGE_WIDGET_OPENS and _PAGE_WIDGET.match(stripped))
        or (opens in _TIMESTAMP_WIDGET_OPENS and _TIMESTAMP_WIDGET.match(stripped))
        or (opens in PLATFORM_COUNTS_OPENS and PLATFORM_COUNTS.match(stripped))
        or (opens in _ORDER_TOGGLE_OPENS and _ORDER_TOGGLE.match(stripped))
    ):
        return PAGE_WIDGET
    if words <= 8 and "°" in stripped and _WEATHER.match(stripped):
        return PAGE_WIDGET
    if words <= 40 and forecast_box(stripped):
        return PAGE_WIDGET
    if words <= 40 and _footer_strip(stripped):
        return PAGE_FOOTER
    if words <= 40 and cued and _CREDIT_WORDS_IN.search(lower) and _CREDIT_LINE.search(stripped):
        return IMAGE_CREDIT
    if (
        words <= 40
        and cued
        and _SIGN_OFF_WORDS_IN.search(lower)
        and opens in _SIGN_OFF_OPENS
        and _SIGN_OFF.match(stripped)
    ):
        return SIGN_OFF
    if (
        words <= 60
        and ("you" in lower or "us" in lower or "tip" in lower or "?" in lower)
        and (_reader_call_out(stripped, words))
    ):
        return CALL_OUT
    if words <= 40 and "expressed" in lower and _OPINION_DISCLAIMER.match(stripped):
        return SIGN_OFF
    if (
        words <= 40
        and opens in _TAG_LIST_OPENS
        and _TAG_LIST.match(stripped)
        and not _dated_post_line(stripped)
    ):
        return NAVIGATION
    if is_menu_line(stripped):
        return NAVIGATION
    if words <= 30 and opens in _INLINE_TEASER_OPENS and _INLINE_TEASER.match(stripped):
        return TEASER
    if (
        words <= 30
        and opens in _FOREIGN_INLINE_TEASER_OPENS
        and _FOREIGN_INLINE_TEASER.match(stripped)
        and not stripped.endswith(".")
    ):
        return TEASER
    return None


def _is_archive_line(text: str) -> bool:
    if _ARCHIVE_TOOLBAR.match(text):
        return True
    lower = text.lower()
    return (
        (".zip" in lower or "screenshot" in lower)
        and _words(text) <= 12
        and _ARCHIVE_TOOLS.match(text) is not None
    )


def looks_like_newsletter_issue(pieces: list[Piece]) -> bool:
    """A newsletter saved or copied from e-mail without its header: the lines about the
    e-mail itself ("View this email in your browser", "Unsubscribe", "You are receiving this
    email") appear at least twice. A web page at most offers to sign up."""
    chrome = 0
    for piece in pieces:
        if (
            piece.reason == NEWSLETTER
            and _words(piece.text) <= 40
            and _EMAIL_CHROME.match(piece.text.strip())
        ):
            chrome += 1
            if chrome >= 2:
                return True
    return False


_GREETING = re.compile(
    r"^(?:good\s+(?:morning|afternoon|evening|day)|hello|hi|hey|greetings|dear\s+[\w .'’-]{1,30}|"
    r"welcome\s+(?:back\s+)?to|happy\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|weekend|new\s+year))\b",
    re.I,
)
_EMAIL_SIGN_OFF = re.compile(
    r"^(?:that['’]?s\s+(?:all|it|everything)\b|that\s+is\s+all\b|see\s+you\s+(?:tomorrow|next|on\s+\w+|"
    r"then|soon|again)|until\s+(?:tomorrow|next\s+(?:time|week)|then|monday)|thanks?\s+(?:you\s+)?for\s+"
    r"reading|have\s+a\s+(?:great|good|nice|lovely|wonderful)\s+(?:day|weekend|week|evening)|"
    r"(?:best|cheers|regards|warmly|all\s+the\s+best|best\s+wishes|until\s+next\s+time|"
    r"(?:kind|warm|best|with\s+(?:kind|best))\s+regards|(?:many\s+)?thanks|thank\s+you|"
    r"sincerely|yours\s+(?:sincerely|faithfully|truly))[,!.]?$|"
    r"(?:talk|speak|back)\s+(?:to\s+you\s+)?(?:tomorrow|soon|next\s+week|on\s+\w+day))",
    re.I,
)
_BARE_ADDRESS = re.compile(r"^<?https?://\S+>?$")
_CLOCK_TIME = re.compile(
    r"^(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$", re.I
)


def is_clock_time(text: str) -> bool:
    """Whether ``text`` is a time of day alone ("07:02", "9.40am", "14:32 GMT"), as a live
    blog prints over each entry."""
    return _CLOCK_TIME.match(text.strip()) is not None


#: A signature line under a sign-off: a name, a job title, an office, a telephone number.
_SIGNATURE_WORDS = 8
_TERMINAL_STOP = re.compile(r"[.!?\"”]$")
#: A lead-in line above the first story (masthead, date, kicker, headline) is this short.
_LEAD_IN_WORDS = 12


def judge_newsletter_issue(pieces: list[Piece]) -> None:
    """The furniture of a newsletter issue read as one document: the masthead, greeting and
    headline above its first story, links from each summary to the full story, and the
    sign-off after its last story. The short headlines between stories stay: they say where
    one story ends and the next begins."""
    story = [
        i
        for i, p in enumerate(pieces)
        if p.kept
        and _story_paragraph(p.text)
        # "That's all for today. See you on Monday." reads like a paragraph of two sentences.
        and not (_words(p.text) <= 40 and _EMAIL_SIGN_OFF.match(p.text.strip()))
    ]
    if not story:
        return
    first, last = story[0], story[-1]
    for piece in pieces[:first]:
        if not piece.kept:
            continue
        text = piece.text.strip()
        if _words(text) <= 30 and _GREETING.match(text):
            piece.reason = NEWSLETTER
        elif _words(text) <= _LEAD_IN_WORDS and not text.endswith((".", "!", "?", '"', "”")):
            piece.reason = SECTION_LABEL
    for piece in pieces[first:]:
        if piece.kept and _BARE_ADDRESS.match(piece.text.strip()):
            piece.reason = STORY_LINK
    signed = False
    for piece in pieces[last + 1 :]:
        if not piece.kept:
            continue
        text = piece.text.strip()
        if _words(text) <= 40 and _EMAIL_SIGN_OFF.match(text):
            piece.reason = NEWSLETTER
            signed = True
        elif signed and _words(text) <= _SIGNATURE_WORDS and not _TERMINAL_STOP.search(text):
            # The sender's name, title and office under the sign-off: the signature.
            piece.reason = NEWSLETTER
    # A platform closes its e-mail with its own pitch ("Thanks for reading X! Subscribe ..."):
    # the short lines under it are its buttons as text ("Like https://..."), its postal
    # address and its app links, never the story.
    pitched = False
    for piece in pieces[last + 1 :]:
        if piece.reason == NEWSLETTER and _PLATFORM_PITCH.search(piece.text):
            pitched = True
        elif pitched and piece.kept and _words(piece.text) <= 30:
            piece.reason = NEWSLETTER


_PLATFORM_PITCH = re.compile(
    r"thanks?\s+(?:you\s+)?for\s+reading\b.{0,60}\bsubscribe|"
    r"subscribe\b.{0,30}\b(?:receive|get)\s+new\s+posts",
    re.I,
)
_MENU_BAR = re.compile(r"\s*[|•›»>/]\s*")


def is_platform_pitch(text: str) -> bool:
    """A blog platform's pitch under a post: "Thanks for reading X! Subscribe for free to
    receive new posts and support my work." """
    return _PLATFORM_PITCH.search(text) is not None


def is_menu_line(text: str) -> bool:
    """ "Home | World | Asia" or "Home > World > Asia": short capitalised items between bars."""
    if text[:1] == "[" and "] [" in text:
        # An early page's row of links each in brackets: "[ Back to top ] [ E-mail this story ]".
        items = _BRACKETED_ITEM.findall(text)
        if len(items) >= 2 and not _BRACKETED_ITEM.sub("", text).strip():
            return all(
                _words(i) <= 4 and i.strip()[:1].isupper() and not i.strip().endswith(".")
                for i in items
            )
    # Three items need two bars; most paragraphs have none and are not split at all.
    # Counted one bar at a time: a generator over the bars cost more than the counts.
    bars = text.count("|") + text.count("•") + text.count("›")
    if bars + text.count("»") + text.count(">") + text.count("/") < 2:
        return False
    text = text.strip()
    if text[:1] == "[" and text[-1:] == "]":
        text = text[1:-1]  # an early page's menu in brackets: "[ Front Page | News | Letters ]"
    parts = [p.strip() for p in _MENU_BAR.split(text) if p.strip()]
    if len(parts) < 3:
        return False
    return all(_words(p) <= 3 and p[0].isupper() and not p.endswith(".") for p in parts)


_BRACKETED_ITEM = re.compile(r"\[\s*([^\[\]]{1,60}?)\s*\]")


def _spread_newsletter(pieces: list[Piece]) -> None:
    """Sign-up boxes come with a pitch addressed to the reader next to the call to action."""
    for _ in range(2):
        last = len(pieces) - 1
        for i, piece in enumerate(pieces):
            # Only a piece beside a sign-up block can change: the rest are neither counted
            # nor asked whether they are a speaker's turn (every short line of a long copy,
            # twice).
            if not piece.kept or not (
                (i and pieces[i - 1].reason == NEWSLETTER)
                or (i < last and pieces[i + 1].reason == NEWSLETTER)
            ):
                continue
            if _words(piece.text) > 30:
                continue
            neighbours = [pieces[j] for j in (i - 1, i + 1) if 0 <= j < len(pieces)]
            if _dialogue_turn(pieces, i):
                continue  # "Mara Ellis: ... thank you both" closes a transcript, not a pitch
            if any(n.reason == NEWSLETTER for n in neighbours) and _READER_PITCH.search(piece.text):
                piece.reason = NEWSLETTER
            elif (
                len(neighbours) == 2
                and all(n.reason == NEWSLETTER for n in neighbours)
                and _NEWSLETTER_NAMED.search(piece.text)
            ):
                # "The Vale Mercury newsletter cuts through the noise" between "Sign up to our
                # newsletter" and "Sign up": the box's tagline, not addressed to "you".
                piece.reason = NEWSLETTER


_NEWSLETTER_NAMED = re.compile(r"\b(?:newsletters?|inbox|e-?mails?|briefing)\b", re.I)
#: A turn of a transcript or an interview: its speaker's name, two to four capitalised words
#: (or "Q", "A"), and a colon ("Mara Ellis: Hello and welcome ...", "DR ANNEKE VOS: ...").
SPEAKER_TURN = re.compile(r"^(?:[QA]|(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*):\s+\S")


def _dialogue_turn(pieces: list[Piece], i: int) -> bool:
    """Whether the piece at ``i`` is a speaker's turn after another kept speaker's turn."""
    if not SPEAKER_TURN.match(pieces[i].text):
        return False
    # Back by index: a copy of the pieces before ``i`` for each turn was quadratic in a
    # transcript of many short turns (40,000 of them: 27 s on f0bb6211).
    before = next((pieces[j] for j in range(i - 1, -1, -1) if pieces[j].kept), None)
    return before is not None and SPEAKER_TURN.match(before.text) is not None


def _captions_below_credits(pieces: list[Piece]) -> None:
    """The caption under a picture credit copied on its own line ("Getty Images" / "Standing
    water covers the fields"): short, and without the full stop of a sentence of the story."""
    for i, piece in enumerate(pieces[:-1]):
        if piece.reason != IMAGE_CREDIT or not _AGENCY_ONLY.match(piece.text.strip(" .:|")):
            continue
        nxt = pieces[i + 1]
        if nxt.kept and _words(nxt.text) <= 25 and not nxt.text.rstrip().endswith((".", "?", "!")):
            nxt.reason = IMAGE_CREDIT


def _comment_sections(pieces: list[Piece]) -> None:
    """Readers' comments below the story: a comments heading in the lower part of the page
    and what follows it, up to the next list of other stories or the end."""
    # "Comments" or "12 comments" may already be taken for a button or a counter; low on the
    # page it heads the readers' comments as well.
    kept = [
        i
        for i, p in enumerate(pieces)
        if p.kept
        or (
            p.reason in (SHARE_BUTTONS, PAGE_WIDGET)
            and _words(p.text) <= 10
            and _COMMENTS_HEADING.match(p.text.strip())
        )
    ]
    if len(kept) < 3:
        return
    lower_from = kept[len(kept) // 2]
    story = [i for i in kept if _story_paragraph(pieces[i].text)]
    for i in kept:
        if _words(pieces[i].text) > 10:
            continue
        # Below the middle of the page, or below most of the story's paragraphs: a platform
        # footer of many one-word lines moves the middle down past the comments heading.
        # ``story`` is in page order, so counting by bisection keeps a long page linear.
        below_story = bisect.bisect_left(story, i) > len(story) - bisect.bisect_right(story, i)
        if not _COMMENTS_HEADING.match(pieces[i].text.strip()):
            continue
        if i < lower_from and not below_story and not _comment_chrome_follows(pieces, i):
            continue
        if _entries_go_on(pieces, i):
            continue
        pieces[i].reason = COMMENTS
        for nxt in pieces[i + 1 :]:
            if nxt.kept and _TEASER_HEADING.match(nxt.text.strip()):
                break
            if nxt.kept:
                nxt.reason = COMMENTS
        return


#: The words and numbers of a stamp line, each read as its kind: "18 March 2031, 07:45" and
#: "2 April 2031, 21:10" are of one shape ("0 a 0 0 0"), "09:10 GMT" of another.
_STAMP_TOKENS = re.compile(r"\d+|[^\W\d_]+")
#: What a stamp line may have been taken for by its words alone, before the page is read.
_STAMP_REASONS = (None, DATELINE, PAGE_WIDGET)


#: An entry's stamp told as its age: "2h ago", "35 minutes ago", "Updated an hour ago".
_AGE_STAMP_LINE = re.compile(
    r"^(?:(?:updated|posted|published)\s+)?(?:\d{1,3}|an?|one)\s*(?:s|secs?|seconds?|m|mins?|"
    r"minutes?|h|hrs?|hours?|d|days?)\s+ago$",
    re.I,
)


def _stamp_shape(piece: Piece) -> str | None:
    """The shape of an entry's stamp line at ``piece`` ("07:45", "18 March 2031, 07:45",
    "09:10 GMT", "2h ago", a post's date line "November 18, 2031"), or None when it is no
    stamp line."""
    text = piece.text.strip()
    if piece.reason not in _STAMP_REASONS or not (
        _ENTRY_STAMP_LINE.match(text)
        or _AGE_STAMP_LINE.match(text)
        or (piece.reason == DATELINE and _words(text) <= 8)
    ):
        return None
    return " ".join("0" if t[0].isdigit() else "a" for t in _STAMP_TOKENS.findall(text))


def _entry_at(pieces: list[Piece], j: int) -> tuple[str, bool] | None:
    """The entry opening at ``j`` of a live blog or a list of posts: its stamp's shape and
    whether a short headline stands over the stamp; None when no stamp line with a paragraph
    of text under it opens there."""
    headed = False
    if j < len(pieces) and _stamp_shape(pieces[j]) is None:
        head = pieces[j]
        text = head.text.strip()
        if not head.kept or _words(text) > 12 or text.endswith((".", "!", "?", ":")):
            return None
        headed = True
        j += 1
    if j + 1 >= len(pieces):
        return None
    shape = _stamp_shape(pieces[j])
    if shape is None or not pieces[j + 1].kept or _words(pieces[j + 1].text) < 8:
        return None
    return shape, headed


def _entries_go_on(pieces: list[Piece], i: int) -> bool:
    """Whether the comment counter at ``i`` ("Comments (86)", "12 comments") is furniture of
    one entry of a live blog or a list of posts: more of the page's own entries follow it,
    each opened as the ones before it were (a stamp of the same shape, headed or not, over a
    paragraph of text), so the counter links to that entry's comments and the page goes on.
    The readers' comments under a page open with a name, or with a stamp over a name."""
    if _comment_chrome_follows(pieces, i):
        return False
    j = i + 1
    # The entry's other buttons may stand after its counter ("Comments (3)", "Share").
    while (
        j < len(pieces)
        and j <= i + 2
        and pieces[j].reason in (SHARE_BUTTONS, PAGE_WIDGET)
        and _stamp_shape(pieces[j]) is None
        and _words(pieces[j].text) <= 8
    ):
        j += 1
    after = _entry_at(pieces, j)
    if after is None:
        return False
    shape, headed = after
    # The entry before the counter's own is near it; a long page is not searched back whole.
    for k in range(i - 1, max(0, i - 40), -1):
        if _stamp_shape(pieces[k]) != shape:
            continue
        if _entry_at(pieces, k - 1 if headed else k) == after:
            return True
    return False


#: The lines a comment thread prints around each comment: "Posted by NAME on DATE", "At 4:10
#: PM, NAME said...", "Report this comment", "Report abuse", "Sort by: Newest first".
_COMMENT_CHROME = re.compile(
    r"^(?:posted\s+by\s+.{1,60}?\s+(?:on|at)\s+\S|(?:at\s+[0-2]?\d[:.][0-5]\d\s*(?:[ap]\.?m\.?)?,?"
    r"\s+)?[^.!?]{1,60}?\s+said\s*(?:\.\.\.|…|:)$|(?:sort|order)(?:ed)?\s+by\b|"
    r"(?:newest|oldest|latest)\s+first\b|.{0,40}\breport\s+(?:this\s+comment|abuse)\b)",
    re.I,
)


def opens_comment_thread(pieces: list[Piece], i: int) -> bool:
    """Whether the piece at ``i`` is a comments heading with a comment's own lines under it
    ("12 Comments" over "Posted by NAME on DATE"): what follows is the readers', not the
    story's, and their dates and names say nothing of it."""
    text = pieces[i].text.strip()
    return (
        _words(text) <= 10
        and _COMMENTS_HEADING.match(text) is not None
        and _comment_chrome_follows(pieces, i)
    )


def _comment_chrome_follows(pieces: list[Piece], i: int) -> bool:
    """Whether a comment thread's own lines follow the heading at ``i`` within three blocks:
    a counted heading ("47 comments so far") over "Posted by NAME on DATE" heads the readers'
    comments wherever it stands, even when they outnumber the story's paragraphs."""
    return any(
        _words(p.text) <= 20 and _COMMENT_CHROME.match(p.text.strip())
        for p in pieces[i + 1 : i + 4]
    )


_SUMMARY_HEADING = re.compile(
    r"^(?:key\s+(?:points|facts|figures|numbers|takeaways|findings|messages)|(?:the\s+)?summary|in\s+(?:brief|short|summary)|"
    r"at\s+a\s+glance|(?:story\s+)?highlights|quick\s+read|tl;?\s?dr|the\s+essentials|"
    r"what\s+you\s+need\s+to\s+know|the\s+(?:story\s+)?in\s+(?:brief|short|numbers))[\s:.]*$",
    re.I,
)


def is_summary_heading(text: str) -> bool:
    """Whether ``text`` heads a key-points box: "Key facts", "At a glance", "In brief"."""
    return len(text.split()) <= 6 and _SUMMARY_HEADING.match(text.strip()) is not None


#: A live-blog entry's stamp as the import writes it from the entry's datetime (round 49):
#: "12 March 2026, 14:05".
_DAY_AND_CLOCK = re.compile(r"^\d{1,2}\s+[A-Z][a-z]+\s+\d{4},\s+[0-2]?\d[:.][0-5]\d$")
#: A bullet of a key-points box is a line or two, never a paragraph of reporting.
_SUMMARY_ITEM_WORDS = 25
#: Where the copy lost the list markup, bullets are told by shape: shorter, and mostly
#: without the full stop that ends a sentence of the story.
_BARE_ITEM_WORDS = 20


def _summary_boxes(pieces: list[Piece]) -> None:
    """ "Key points" / "At a glance" / "Summary" boxes: the story told again in bullets.

    They repeat what the story says (and would count its facts and figures twice), so the
    heading and its bullets are set aside. Bullets are the list items after the heading or,
    where the copy lost the list markup, the short lines up to the first paragraph-sized one.
    """
    for i, piece in enumerate(pieces):
        if not piece.kept or _words(piece.text) > 6 or not _SUMMARY_HEADING.match(piece.text):
            continue
        following = [p for p in pieces[i + 1 : i + 15] if p.kept]
        if following and following[0].kind == "list":
            items = []
            for nxt in following:
                if nxt.kind != "list":
                    break
                items.append(nxt)
        else:
            items = []
            entry_follows = False
            for nxt in following[:8]:
                if is_clock_time(nxt.text) or _DAY_AND_CLOCK.match(nxt.text.strip()):
                    # A live page's first entry opens under the box, its stamp under its
                    # headline: the box ends above them.
                    if (
                        items
                        and _words(items[-1].text) <= 14
                        and not _TERMINAL_STOP.search(items[-1].text.rstrip())
                    ):
                        items.pop()
                    entry_follows = True
                    break
                if _words(nxt.text) > _BARE_ITEM_WORDS or nxt.kind.startswith("heading"):
                    break
                items.append(nxt)
            # Without list markup, a box is only told from the story by what follows it: a
            # paragraph of reporting, or an entry of the live page it sums up.
            punctuated = sum(1 for p in items if p.text.rstrip().endswith((".", "!", "?")))
            if not entry_follows and (
                len(items) == len(following[:8]) or punctuated * 2 > len(items)
            ):
                items = []
        if not items or any(_words(p.text) > _SUMMARY_ITEM_WORDS for p in items):
            continue
        piece.reason = SUMMARY_BOX
        for item in items:
            item.reason = SUMMARY_BOX


#: A live blog's or a comment thread's order switch: "Showing oldest first", "Newest first",
#: "Sort by: Latest".
_ORDER_TOGGLE = re.compile(
    r"^(?:showing|show|view|sorted\s+by|sort\s+by)\s*:?\s*(?:the\s+)?(?:oldest|newest|latest|"
    r"earliest)(?:\s+(?:first|on\s+top|(?:posts?|updates?|entries)\s+first))?$|"
    r"^(?:the\s+)?(?:oldest|newest|latest|earliest)\s+(?:first|on\s+top|(?:posts?|updates?|"
    r"entries)\s+first)$",
    re.I,
)
_KEY_EVENTS_HEADING = re.compile(
    r"^(?:key\s+(?:events|moments|updates)|(?:live\s+)?highlights|catch\s+up)\s*:?$", re.I
)
#: The switch a live blog's "Key events" box carries: "Show key events only", "Show all
#: posts", "Hide key events".
_KEY_EVENTS_TOGGLE = re.compile(
    r"^(?:show|hide|view)\s+(?:key\s+events|all(?:\s+(?:posts|updates|entries|events))?)"
    r"(?:\s+only)?$",
    re.I,
)
#: A live blog's entry time opening a line: "3h ago", "14:32", "17.05 GMT", "9.15am".
_ENTRY_TIME_LED = re.compile(
    r"^(?:\d{1,2}\s*(?:h|hr|hrs|hours?|m|mins?|minutes?|d|days?)\s+ago|"
    r"[0-2]?\d[:.][0-5]\d\s*(?:am|pm)?(?:\s+[A-Z]{2,5})?)\s+\S",
    re.I,
)


#: A live blog's entry stamp on a line of its own: a clock, perhaps with its day, zone or
#: label ("09:40", "11 March 2026, 09:40", "Posted at 10:05 BST", "Tue 10 Mar 21.40 GMT").
_ENTRY_STAMP_LINE = re.compile(
    r"^(?=.{1,48}$)(?:\S+\s+){0,5}?[0-2]?\d[:.][0-5]\d(?!\d)\S*(?:\s+\S+){0,3}$"
)


def _heads_a_later_entry(pieces: list[Piece], n: int) -> bool:
    """Whether the short line at ``n`` is printed again further down as a heading over a
    paragraph of the story (the entry it links to)."""
    key = text_key(pieces[n].text)
    if _words(pieces[n].text) > 20 or not key:
        return False
    for m in range(n + 1, len(pieces) - 1):
        if text_key(pieces[m].text) != key:
            continue
        # The entry's stamp may stand between its headline and its text (round 49).
        under = m + 1
        if under + 1 < len(pieces) and _ENTRY_STAMP_LINE.match(pieces[under].text.strip()):
            under += 1
        if _words(pieces[under].text) >= 8:
            return True
    return False


def _key_events(pieces: list[Piece]) -> None:
    """A live blog's "Key events" box: the heading and the entry headlines listed under it,
    each led by its time ("3h ago Talks resume"); the entries themselves follow in full."""
    for i, piece in enumerate(pieces):
        # The box may stand outside what the page's main text was taken to be, above it: its
        # items are then no copies of the entries' headings to keep (see _repeats).
        outside = piece.reason == OUTSIDE_MAIN_TEXT
        if not (piece.kept or outside) or len(piece.text) > 40:
            continue
        if not _KEY_EVENTS_HEADING.match(piece.text):
            continue
        items = []
        for n, nxt in enumerate(pieces[i + 1 : i + 30], start=i + 1):
            if not (nxt.kept or (outside and nxt.reason == OUTSIDE_MAIN_TEXT)):
                continue
            if _words(nxt.text) > 30:
                break
            if _KEY_EVENTS_TOGGLE.match(nxt.text.strip()):
                items.append(nxt)  # the box's switch: "Show key events only"
                continue
            # An item is led by its entry's time, or (in a copy that left the times out)
            # repeats the heading of an entry further down.
            if not _ENTRY_TIME_LED.match(nxt.text.strip()) and not _heads_a_later_entry(pieces, n):
                break
            items.append(nxt)
        # "Key events" alone is the button that opens the box; with a story line after it,
        # it may be the story's own words, and is kept.
        if items or piece.text.strip().lower().startswith("key"):
            piece.reason = SUMMARY_BOX
        for item in items:
            item.reason = SUMMARY_BOX


def _pull_quotes(pieces: list[Piece]) -> None:
    """A pull quote repeats words of a paragraph of the story in large type; the paragraph
    stays and the repeat goes, with the short attribution line printed under it."""
    kept = [p for p in pieces if p.kept]
    if len(kept) > 400:
        return  # pages this long are read block by block; the comparison is quadratic
    keys = [(p, text_key(p.text)) for p in kept]
    for n, (piece, key) in enumerate(keys):
        if not 6 <= _words(piece.text) <= 60:
            continue
        # A pull quote is a part of its paragraph; a paragraph repeated with a sentence added
        # is a different thing (a later version of the copy) and stays.
        limit = len(key) / 0.8
        if not any(
            len(other) > len(key)
            and key in other
            and (piece.kind == "quote" or len(other) >= limit)
            for _, other in keys
        ):
            continue
        piece.reason = PULL_QUOTE
        if n + 1 < len(keys):
            after = keys[n + 1][0]
            text = after.text.strip()
            if (
                _words(text) <= 8
                and not text.endswith((".", "?", "!", '"', "”"))
                and (text[:1] in "—–-" or "," in text)
            ):
                after.reason = PULL_QUOTE


_MEDIA_CONTACTS = re.compile(
    r"^(?:(?:press|media)\s+(?:contacts?|enquiries|inquiries|office)|contacts?\s+for\s+(?:the\s+)?"
    r"(?:media|press)|for\s+(?:media|press)\s+(?:enquiries|inquiries))\b\s*:?",
    re.I,
)


def _media_contacts(pieces: list[Piece]) -> None:
    """A release's contacts for the press: the heading or labelled line and the names, numbers
    and addresses under it, up to the next paragraph of reporting."""
    for n, piece in enumerate(pieces):
        if not piece.kept or len(piece.text) > 400 or not _MEDIA_CONTACTS.match(piece.text):
            continue
        if n < 2:
            continue
        piece.reason = SIGN_OFF
        for after in pieces[n + 1 : n + 10]:
            if not after.kept:
                continue
            if _words(after.text) > 30 or (
                _words(after.text) > 15 and _story_paragraph(after.text)
            ):
                break
            after.reason = SIGN_OFF


def _call_out_headings(pieces: list[Piece]) -> None:
    """A call-out's box heading ("Share your story", "Are you struggling with your
    bills?", "Get in touch") goes with it: a short heading speaking to the reader right
    above a reader call-out, with no full stop (a heading, or a question), in whatever markup
    the page gave it. A subheading of the story says no "you" and stays."""
    # Walked from the foot up, so that the block below each one is known without a search
    # through the rest of the document (which cost time in the square of a long copy's
    # blocks): the nearest block kept or set aside as a call-out.
    # Each block is judged by the call-outs as they stood before this pass (a heading set
    # aside here does not make the line above it a heading too).
    below_is_call_out = False
    for piece in reversed(pieces):
        after_is_call_out = below_is_call_out
        if piece.kept or piece.reason == CALL_OUT:
            below_is_call_out = piece.reason == CALL_OUT
        if not after_is_call_out or not piece.kept:
            continue
        text = piece.text.strip()
        if _words(text) > 12 or text.endswith((".", ",", ";")):
            continue
        if _SECOND_PERSON.search(text) or _CALL_OUT_OPENING.match(text):
            piece.reason = CALL_OUT


_SECOND_PERSON = re.compile(r"(?:you|your|yours)", re.I)


def _feedback_boxes(pieces: list[Piece]) -> None:
    """The answers below a page's "Is this page useful?" ("Yes", "No", "Report a problem
    with this page") belong to its feedback box."""
    for n, piece in enumerate(pieces):
        if piece.reason != FEEDBACK:
            continue
        for after in pieces[n + 1 : n + 8]:
            if after.kept and not _FEEDBACK_ANSWER.match(after.text.strip()):
                break
            if after.kept:
                after.reason = FEEDBACK


_DATE_LED = re.compile(r"^(\S+\s+\S+\s+\S+)\s+(?P<rest>\S.*)$")


def _date_led(text: str) -> bool:
    """A line that opens with a full date and goes on to say something: "15 January 2025
    Added a link to the guidance."."""
    m = _DATE_LED.match(text.strip())
    if m is None:
        return False
    head = m.group(1).rstrip(",:—–-")
    return bool(dates.full_dates(head)[0]) or bool(
        dates.full_dates(text.strip().split(" ", 1)[0])[0]
    )


def _update_history(pieces: list[Piece]) -> None:
    """A page's record of its own changes: a "Last updated DATE" line (with its "show all
    updates" toggle), and the dated entries listed below it ("15 January 2025 Added a link to
    the guidance.", "13 January 2025 First published."). The story's first publication is
    read from the page's dates; the list itself is not the story."""
    opened = False
    for piece in pieces:
        text = piece.text.strip()
        if piece.reason == UPDATE_HISTORY:
            opened = True
            continue
        if len(text) <= 200 and len(text.split()) <= 16:
            m = _LAST_UPDATED_LINE.match(text)
            if m is not None and dates.full_dates(m.group("rest")[:60])[0]:
                # Read as a date line already, or furniture now: the history follows it.
                if piece.kept:
                    piece.reason = UPDATE_HISTORY
                opened = True
                continue
        if not piece.kept:
            continue
        if opened and len(text) <= 400 and len(text.split()) <= 30 and _date_led(text):
            piece.reason = UPDATE_HISTORY
            continue
        opened = False


def _footer_after_furniture(pieces: list[Piece]) -> None:
    """Short lines left at the very end, below the page's footer furniture ("Start writing",
    "Terms"), are part of that footer: the story has ended before the furniture began."""
    end = len(pieces)
    while end > 0 and (not pieces[end - 1].kept or _is_stray_line(pieces[end - 1].text)):
        end -= 1
    tail = [p for p in pieces[end:] if p.kept]
    if not tail or end == 0:
        return
    # Between the story's last paragraph and the stray lines there must be furniture.
    if not any(not p.kept for p in pieces[end : pieces.index(tail[0])]):
        return
    for piece in tail:
        piece.reason = PAGE_FOOTER


def _headings_of_boxes_at_foot(pieces: list[Piece]) -> None:
    """Short lines between the story's last paragraph and a box set aside below it ("Newsletter"
    / "The Morning Quay" over a sign-up blurb) are the box's headings: with nothing of the
    story after the box, they are no part of the text."""
    story = [i for i, p in enumerate(pieces) if p.kept and _story_paragraph(p.text)]
    if not story:
        return
    after = pieces[story[-1] + 1 :]
    kept = [p for p in after if p.kept]
    if not kept or len(kept) > 3:
        return
    if not all(_is_stray_line(p.text) and p.kind != "list" for p in kept):
        return  # the items of a list closing the story are its own
    last = after.index(kept[-1])
    box = after[last + 1] if last + 1 < len(after) else None
    if box is None or box.reason not in _BOXES_AT_FOOT:
        return  # no box below them: a sign-off or the story's own last lines
    for piece in kept:
        piece.reason = PAGE_FOOTER


#: What a page sets in a box of its own below a story, under a heading of a few words.
_BOXES_AT_FOOT = frozenset({NEWSLETTER, SIGN_UP_FORM, ADVERTISEMENT, DONATION, TEASER, PAYWALL})


_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]")
# Letters of the scripts whose site chrome wraps English copy: Arabic, Hebrew, Cyrillic,
# Greek, Devanagari, Thai, CJK and Hangul.
_OTHER_SCRIPT = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)


def _other_script_chrome(pieces: list[Piece]) -> None:
    """Short blocks written wholly in another script around a story in Latin letters (an
    English edition of an Arabic or Japanese site): menus, rankings and footers.

    Only when the story itself is Latin-script; a quotation in another script inside a
    sentence of the story has Latin words around it and is never a block of its own here.
    """
    kept = [p for p in pieces if p.kept]
    # Nothing to set aside without a character of another script, and one scan of a character
    # class says so far faster than counting every Latin letter of a long document.
    if not any(_OTHER_SCRIPT.search(p.text) for p in kept):
        return
    latin = sum(len(_LATIN.findall(p.text)) for p in kept)
    other = sum(len(_OTHER_SCRIPT.findall(p.text)) for p in kept)
    if latin < 200 or other > latin // 4:
        return
    for piece in kept:
        text = piece.text
        if len(text) <= 160 and not _LATIN.search(text) and _OTHER_SCRIPT.search(text):
            piece.reason = OTHER_LANGUAGE


#: Pieces of a snapshot service's header between two lines it surely wrote: its search box,
#: the capture's time ("12 Mar 2024 09:14:33 UTC"), which must never date the story.
_TOOLBAR_SPAN = 12
_TOOLBAR_LINE_WORDS = 8
_TOOLBAR_NAME_WORDS = 3


def _cell_words(text: str) -> int:
    return len(text.replace("|", " ").split())


def archive_toolbar(pieces: list[Piece]) -> None:
    """An archive's toolbar at the top of a saved or copied snapshot, set aside whole.

    Its lines are recognised one by one where their words are the archive's own ("Saved
    from ...", "no other snapshots ..."); the short lines between two of them (a search box,
    the capture's time) and the service's name above the first are the toolbar too. Judged
    before the headline is looked for: the service's name is not the story's title, and the
    capture's time is not its date.
    """
    marks = [
        i
        for i, p in enumerate(pieces[:40])
        if p.reason == ARCHIVE_TOOLBAR
        or (p.kept and single_block_reason(p.text, p.kind) == ARCHIVE_TOOLBAR)
    ]
    if len(marks) < 2:
        return
    for i in marks:
        pieces[i].reason = ARCHIVE_TOOLBAR
    for a, b in itertools.pairwise(marks):
        between = pieces[a + 1 : b]
        if b - a <= _TOOLBAR_SPAN and all(
            _cell_words(p.text) <= _TOOLBAR_LINE_WORDS for p in between
        ):
            for piece in between:
                piece.reason = ARCHIVE_TOOLBAR
    above = pieces[: marks[0]]
    if len(above) <= 2 and all(_cell_words(p.text) <= _TOOLBAR_NAME_WORDS for p in above):
        for piece in above:
            piece.reason = ARCHIVE_TOOLBAR


_ADDRESS_LINE = re.compile(r"^<?https?://\S+>?$")


def _address_at_foot(pieces: list[Piece]) -> None:
    """A bare web address after the story's last paragraph is the page's own address, as a
    print view or a copy prints it at the foot; it is not a sentence of the story."""
    story = [i for i, p in enumerate(pieces) if p.kept and _story_paragraph(p.text)]
    if not story:
        return
    for piece in pieces[story[-1] + 1 :]:
        if piece.kept and _ADDRESS_LINE.match(piece.text.strip()):
            piece.reason = PAGE_FOOTER


def _is_stray_line(text: str) -> bool:
    stripped = text.strip()
    return _words(stripped) <= 6 and not stripped.endswith((".", "?", "!", '"', "”", ":"))


def _headline_like(text: str) -> bool:
    words = _words(text)
    return 0 < words <= 22 and (not text.rstrip().endswith(".") or words <= 14)


#: A sponsor's name set as a heading of its own over its message, as newsletters set it:
#: "SPONSORED BY FENWICK BUILDING SOCIETY", "In partnership with Acme", "Today's sponsor".
_SPONSOR_HEADING = re.compile(
    r"^(?:sponsored\s+by|presented\s+by|brought\s+to\s+you\s+by|in\s+partnership\s+with|"
    r"(?:a\s+)?(?:word|message)\s+from|(?:today'?s|this\s+week'?s|our)\s+sponsors?)"
    r"(?:\s+[^\s.!?:]+){0,7}\s*$",
    re.I,
)
#: A label that marks what follows as paid for, alone on its line. "Advertisement" is not
#: one: pages print it where an advertisement slot sat between two paragraphs of the story.
_SPONSOR_LABEL_ALONE = re.compile(
    r"^(?:sponsored(?:\s+content)?|paid\s+(?:post|content|partnership)|partner\s+content|"
    r"from\s+our\s+(?:sponsors?|partners?))\s*:?$",
    re.I,
)
#: What an advertisement asks of the reader or offers, as a story never does.
_SALES_PITCH = re.compile(
    r"\b(?:get\s+(?:a|your)\s+(?:free\s+)?(?:quote|trial)|book\s+(?:now|today|online)|"
    r"shop\s+now|order\s+(?:now|today)|buy\s+now|sign\s+up\s+(?:now|today|free)|"
    r"learn\s+more|find\s+out\s+more|try\s+(?:it\s+)?(?:free|for\s+free|now)|"
    r"terms\s+(?:and\s+conditions\s+)?apply|t&cs?\s+apply|use\s+code|"
    r"from\s+[£$€]\d+(?:\.\d\d)?\s+(?:a|per)\s+(?:month|week|year))\b",
    re.I,
)
_SPONSOR_TEXT_PIECES = 2
_SPONSOR_TEXT_WORDS = 60


def _sponsor_blocks(pieces: list[Piece]) -> None:
    """A sponsor's heading and the short message under it: an advertisement, not a story
    ("SPONSORED BY X" / "Save up to 4.25% with our winter saver account. Terms apply.").
    The message is a sentence or two ending in a full stop; a headline under the sponsor's
    line (the next story of a newsletter) ends the block."""
    for n, piece in enumerate(pieces):
        if n == 0:
            continue
        text = piece.text.strip()
        if piece.kept and _SPONSOR_HEADING.match(text):
            piece.reason = ADVERTISEMENT
            pitch_only = False
        elif piece.reason == ADVERTISEMENT and _SPONSOR_LABEL_ALONE.match(text):
            # "SPONSORED" alone, already set aside as a label: the message under it goes
            # with it only when it reads as an advertisement ("Get a quote today."), since a
            # page may leave such a label over the story's next paragraph.
            pitch_only = True
        else:
            continue
        for after in pieces[n + 1 : n + 1 + _SPONSOR_TEXT_PIECES]:
            text = after.text.strip()
            if (
                not after.kept
                or _words(text) > _SPONSOR_TEXT_WORDS
                or not _TERMINAL_STOP.search(text)
                or (pitch_only and not _SALES_PITCH.search(text))
            ):
                break
            after.reason = ADVERTISEMENT


_AROUND_THE_SITE = re.compile(
    r"^(?:around|across|elsewhere\s+(?:in|on))\s+(?:the\s+)?(.+?)[:.]?$", re.I
)


def is_teaser_heading(text: str) -> bool:
    """Whether ``text`` is a heading over links to other stories ("Related Articles", "Most
    read"): a label, never a name or a line of a signature."""
    if _words(text) > 8:
        return False
    if _TEASER_HEADING.match(text.strip()) is not None:
        return True
    # "Around the Dakota Herald": the site's other stories, named by the site.
    around = _AROUND_THE_SITE.match(text.strip())
    return around is not None and dates.has_outlet_word(around.group(1))


def _date_alone(text: str) -> bool:
    """A line that is only a date ("12 November 2026", "3 hours ago"), as a list of other
    stories prints under each headline."""
    stripped = text.strip()
    if _words(stripped) > 6:
        return False
    days, _ = dates.full_dates(stripped)
    return bool(days) and not re.sub(r"[\W\d_]+", "", dates.without_dates(stripped))


#: Headings that can only introduce links to other stories: one item after them is a list.
_READ_ALSO_HEADING = re.compile(
    r"^(?:related\s+(?:articles?|stories|content|coverage|news|reading)|read\s+(?:also|more)|"
    r"also\s+read|see\s+also|more\s+on\s+th(?:is|ese)\s+(?:story|stories|topics?)|further\s+reading|"
    r"(?:[àa]\s+)?lire\s+aussi|mehr\s+zum\s+thema|lesen\s+sie\s+auch|weitere\s+artikel|"
    r"lee\s+tambi[ée]n|te\s+puede\s+interesar|leia\s+tamb[ée]m|veja\s+tamb[ée]m|leggi\s+anche|"
    r"lees\s+ook|читайте\s+(?:также|також)|см\.?\s+также)[\s:.!]*$",
    re.I,
)


def _teaser_lists_after_headings(pieces: list[Piece]) -> None:
    # Pieces only ever stop being kept here, so the last kept one moves up the page and is
    # found again by stepping back, never by rescanning the rest of a long page.
    last_kept = len(pieces) - 1
    for i, piece in enumerate(pieces):
        if not (
            piece.kept
            or piece.reason == TEASER
            # "More on this story" that the page's main-text reader left out while it kept
            # the links under it: a heading that can only introduce links still heads them.
            or (
                piece.reason == OUTSIDE_MAIN_TEXT
                and _READ_ALSO_HEADING.match(piece.text.strip()) is not None
            )
        ):
            continue
        if not is_teaser_heading(piece.text):
            continue
        items: list[Piece] = []
        dated: list[Piece] = []
        last_item = i
        for j in range(i + 1, min(i + 40, len(pieces))):
            nxt = pieces[j]
            if not nxt.kept:
                continue
            if items and _date_alone(nxt.text):
                # "Drought relief fund reaches R40m" / "12 November 2026": the date under
                # a listed story's headline belongs to the list.
                dated.append(nxt)
                last_item = j
            elif (
                items
                and nxt.kind != "list"
                and all(item.kind == "list" for item in items)
                and _TERMINAL_STOP.search(nxt.text.rstrip())
            ):
                # The list set in the story ("Most read" over an <ol> of links) has ended:
                # a sentence after its items is the story going on under it, however short.
                break
            elif _headline_like(nxt.text) or nxt.kind == "list":
                items.append(nxt)
                last_item = j
            else:
                break
        while last_kept >= 0 and not pieces[last_kept].kept:
            last_kept -= 1
        # A heading like "Latest" on its own could be a section title of the story itself;
        # it counts as a teaser list only with at least two headline-sized items after it,
        # or one that ends the document (nothing of the story can follow a list at the foot).
        # One sentence closing the document after the list's heading is the story's last
        # paragraph when the list itself was left out (headlines seldom end in a full stop).
        at_end = bool(items) and last_kept <= last_item
        if at_end and len(items) == 1 and items[0].text.rstrip().endswith("."):
            at_end = not any(
                p.reason == OUTSIDE_MAIN_TEXT for p in pieces[i + 1 : pieces.index(items[0])]
            )
        read_also = (
            len(items) == 1
            and not items[0].text.rstrip().endswith(".")
            and _READ_ALSO_HEADING.match(piece.text.strip()) is not None
        )
        # "Lees ook" whose links the page's extractor already left out: the heading alone.
        orphan = (
            i + 1 < len(pieces)
            and not pieces[i + 1].kept
            and _READ_ALSO_HEADING.match(piece.text.strip()) is not None
        )
        if orphan and not (len(items) >= 2 or (at_end and i > 0) or read_also):
            piece.reason = TEASER
            continue
        if len(items) >= 2 or (at_end and i > 0) or read_also:
            piece.reason = TEASER
            for item in items + dated:
                item.reason = TEASER


def _teaser_runs_between_separators(pieces: list[Piece]) -> None:
    """Lists of other stories: separator, headline, kicker, separator, headline, kicker...

    A run qualifies when it has at least two items, each one to three blocks opening with a
    headline-sized block, and nothing but furniture follows it: a story split into sections by
    "* * *" has paragraphs, not headlines, after its separators, and is left alone.
    """
    seps = [i for i, p in enumerate(pieces) if p.reason == SEPARATOR]
    if len(seps) < 2:
        return
    run_start: int | None = None
    firsts: list[str] = []
    bounds = [*seps, len(pieces)]
    for n, sep in enumerate(seps):
        item = [j for j in range(sep + 1, bounds[n + 1]) if pieces[j].kept]
        # An item opens with a headline; a paragraph of reporting opens a section of a story
        # (or the story itself, below a byline set off by "·" dots).
        if (
            1 <= len(item) <= 3
            and _words(pieces[item[0]].text) <= 40
            and not _story_paragraph(pieces[item[0]].text)
        ):
            if run_start is None:
                run_start = sep
                firsts = []
            firsts.append(pieces[item[0]].text.rstrip())
        else:
            run_start = None
    if run_start is None or len(firsts) < 2:
        return
    # Headlines seldom end with a full stop; paragraphs almost always do.
    unpunctuated = sum(1 for t in firsts if not t.endswith("."))
    if unpunctuated * 2 < len(firsts):
        return
    for j in range(run_start, len(pieces)):
        if pieces[j].kept or pieces[j].reason == SEPARATOR:
            pieces[j].reason = TEASER


def _author_bios(pieces: list[Piece]) -> None:
    kept_positions = [i for i, p in enumerate(pieces) if p.kept]
    if not kept_positions:
        return
    # Bios sit at the foot of the page: in the last 40% of what is left of the article.
    tail_from = kept_positions[int(len(kept_positions) * 0.6)]
    for i, piece in enumerate(pieces):
        if not piece.kept or _words(piece.text) > 120:
            continue
        after_about = i > 0 and _ABOUT_AUTHOR.match(pieces[i - 1].text.strip()) is not None
        near_furniture = any(
            not pieces[j].kept and pieces[j].reason not in {TITLE, DATELINE, BYLINE}
            for j in (i - 1, i + 1)
            if 0 <= j < len(pieces)
        )
        if after_about or (
            (i >= tail_from or near_furniture)
            and _BIO_OPENING.match(piece.text)
            and _BIO_CUES.search(piece.text)
        ):
            piece.reason = AUTHOR_BIO
            if after_about:
                pieces[i - 1].reason = AUTHOR_BIO


_WRITTEN_BY = re.compile(
    r"^(?i:written|posted|published)\s+by\s+[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}$"
)


def story_paragraph(text: str) -> bool:
    """A paragraph of running text: long enough, and ending as a sentence ends."""
    return _story_paragraph(text)


def _story_paragraph(text: str) -> bool:
    return _words(text) >= 15 and text.rstrip().endswith((".", '"', "”", "!", "?"))


def _author_cards(pieces: list[Piece]) -> None:
    """The author's card under a blog-platform post: "Written by Jane Doe", a follower count,
    "Writer for ...", a line of self-description and a Follow button.

    Only below most of the story's paragraphs, and only up to the first list of other
    stories or the first paragraph-sized block; the self-description is short and need
    not look like a newspaper bio.
    """
    story = [i for i, p in enumerate(pieces) if p.kept and _story_paragraph(p.text)]
    for i, piece in enumerate(pieces):
        # The tail's byline search may have read "Written by ..." as a byline already.
        if not (piece.kept or piece.reason in (SHARE_BUTTONS, BYLINE)):
            continue
        if not _WRITTEN_BY.match(piece.text.strip()):
            continue
        # Below most of the story: a "Written by" line after its first paragraph is a byline.
        if sum(1 for j in story if j < i) <= sum(1 for j in story if j > i):
            continue
        piece.reason = AUTHOR_BIO
        for nxt in pieces[i + 1 : i + 10]:
            if nxt.reason == TEASER or _TEASER_HEADING.match(nxt.text.strip()):
                break
            if not nxt.kept:
                continue
            if _words(nxt.text) > 40:
                break
            nxt.reason = AUTHOR_BIO
        return


_READING_NOTES_HEADING = re.compile(
    r"^(?:my\s+)?(?:highlights|annotations)(?:\s+(?:and|&)\s+notes)?[\s:]*$", re.I
)


def _reading_notes(pieces: list[Piece]) -> None:
    """What a read-later app appends to a saved article: the reader's highlights (quotes of
    the story) and notes, under a "Highlights" heading after the story. All of it is the
    reader's, none the outlet's, to the end of the document."""
    kept = [i for i, p in enumerate(pieces) if p.kept]
    if len(kept) < 3:
        return
    lower_from = kept[len(kept) // 2]
    for i in range(lower_from, len(pieces) - 1):
        piece = pieces[i]
        if not (piece.kept or piece.reason == SUMMARY_BOX):
            continue
        if not piece.kind.startswith("heading") or not _READING_NOTES_HEADING.match(piece.text):
            continue
        # A highlight quotes the story: a block quote, or words of a paragraph above.
        first = pieces[i + 1]
        key = text_key(first.text)
        quoted = first.kind == "quote" or (
            len(key) >= 20 and any(key in text_key(p.text) for p in pieces[:i] if p.kept)
        )
        if not quoted:
            continue
        for rest in pieces[i:]:
            if rest.kept or rest.reason in (SUMMARY_BOX, REPEATED):
                rest.reason = READING_NOTES
        return
    _own_notes_after_rule(pieces, lower_from)


#: A reader's own note, as a notes app keeps it under a clipped story: "My notes: check ...",
#: "Note to self: ...", "Personal notes".
_OWN_NOTE = re.compile(
    r"^(?:my\s+(?:own\s+)?(?:notes?|thoughts|comments|questions|take)|notes?\s+to\s+self|"
    r"personal\s+notes?|(?:my\s+)?to-?do)\b\s*[:.\-–—]?",
    re.I,
)


def _own_notes_after_rule(pieces: list[Piece], lower_from: int) -> None:
    """A clipped story's reader writes a note of her own under a rule after it ("---" over
    "My notes: check whether ..."): the note and what follows it are hers, not the story's."""
    for i in range(max(lower_from, 1), len(pieces)):
        piece = pieces[i]
        if not piece.kept or not _OWN_NOTE.match(piece.text.strip()):
            continue
        before = next((p for p in reversed(pieces[:i]) if p.kept or p.reason == SEPARATOR), None)
        if before is None or before.reason != SEPARATOR:
            continue
        for rest in pieces[i:]:
            if rest.kept:
                rest.reason = READING_NOTES
        return


# The mark a press release or a statement ends its text with: "ENDS", "- ends -", "###",
# "-30-". What follows it (notes to editors, the press office's contacts) is for journalists.
_END_MARK = re.compile(r"^[\s\-–—*#(\[]*(?:ENDS|Ends|ends|END|-30-|30)[\s\-–—*#)\].]*$|^#{3}$")


def _press_release_end(pieces: list[Piece]) -> None:
    kept = [i for i, p in enumerate(pieces) if p.kept]
    if len(kept) < 3:
        return
    # The mark closes the text: never the first paragraphs, and at least two come before it.
    # "###" reads as a separator line, but after a release's text it is its end mark.
    marks = [i for i, p in enumerate(pieces) if p.kept or p.reason == SEPARATOR]
    for i in (m for m in marks if m > kept[1]):
        text = pieces[i].text.strip()
        if len(text) > 12 or not _END_MARK.match(text):
            continue
        if text.strip("-–—*#()[]. ") in {"30", "END"} and not re.search(r"[-#]", text):
            continue  # a bare "30" or "END" may be a line of a table or a list
        pieces[i].reason = PRESS_RELEASE_END
        for piece in pieces[i:]:
            if piece.kept:
                piece.reason = PRESS_RELEASE_END
        return


# The parts every release of an issuer repeats after its text: "About Halvard Foods Inc.",
# "Forward-Looking Statements", "Safe Harbor Statement", "Media Contact:", "Notes to editors".
_ABOUT_ISSUER = re.compile(r"^(?:About|ABOUT)\s+(?:the\s+|THE\s+)?[A-Z](?:[^!?.]|\.(?!\s))*\.?$")
_RELEASE_DISCLAIMER = re.compile(
    r"^(?:(?:cautionary|important)\s+(?:note|statement|information|language)s?\b.{0,60}|"
    r"(?:special\s+note\s+regarding\s+)?forward[-\s]looking\s+(?:statements?|information)|"
    r"safe[-\s]harbou?r(?:\s+statement)?|notes?\s+(?:to|for)\s+(?:editors?|media|journalists)|"
    r"editors?(?:'|’)?s?\s+notes?)\s*:?$",
    re.I,
)
_RELEASE_CONTACT = re.compile(
    r"^(?:(?:media|press|investors?|ir|analyst)\s+(?:relations\s+)?(?:contacts?|enquiries|"
    r"inquiries)|contacts?|for\s+(?:further|more)\s+information,?\s+(?:please\s+)?contact)"
    r"(?:\s*:\s*(?P<rest>.*)|\s*)$",
    re.I,
)
_CONTACT_DETAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ()-]{7,}\d")
#: A distribution wire's mark in a release's dateline.
_WIRE_MARK = re.compile(
    r"/PRNewswire(?:-\w+)?/|\((?:BUSINESS\s+WIRE|GLOBE\s+NEWSWIRE|ACCESSWIRE|ACCESS\s+Newswire|"
    r"Newsfile\s+Corp\.?|EZ\s+Newswire|PRWEB|Marketwired|CNW)\)|--\(BUSINESS\s+WIRE\)--",
    re.I,
)


def _release_marker(piece: Piece) -> str | None:
    """Which of a release's closing parts ``piece`` opens, read from its first line."""
    # A marker is a short first line: a paragraph of any length is judged by its opening.
    first = piece.text[:300].strip().split("\n", 1)[0].strip()
    if _words(first) > 12:
        return None
    if _RELEASE_DISCLAIMER.match(first):
        return "disclaimer"
    m = _RELEASE_CONTACT.match(first)
    if m is not None:
        detail = _CONTACT_DETAIL.search(piece.text[:1000]) is not None
        return "contact with details" if detail else "contact"
    if _ABOUT_ISSUER.match(first) and not first.lower().startswith(
        ("about the author", "about us")
    ):
        return "about"
    return None


def _release_tail(pieces: list[Piece]) -> None:
    """A release's text ends where the parts its issuer repeats begin: the "About ..."
    boilerplate, the forward-looking disclaimer, the contacts and the notes to editors. From
    there to the end is for journalists and investors, not the statement. A disclaimer, the
    notes to editors or a contact block giving an address or a number is mark enough; an
    "About ..." heading or a bare "Contacts" needs another of them after it, or a
    distribution wire's mark in the text ("/PRNewswire/", "(BUSINESS WIRE)")."""
    kept = [i for i, p in enumerate(pieces) if p.kept]
    if len(kept) < 3:
        return
    wire = any(_WIRE_MARK.search(pieces[i].text[:400]) for i in kept[:6])
    for n, i in enumerate(kept):
        if n < 2:
            continue  # the text itself comes first: at least two paragraphs of it
        marker = _release_marker(pieces[i])
        if marker is None:
            continue
        if marker in ("about", "contact") and not wire:
            later = [_release_marker(pieces[j]) for j in kept[n + 1 :]]
            if not any(later):
                continue
        for piece in pieces[i:]:
            if piece.kept:
                piece.reason = PRESS_RELEASE_END
        return


def _release_standfirst(pieces: list[Piece]) -> None:
    """A wire release's text opens with its dateline ("SAN JOSE, Calif.--(BUSINESS WIRE)--"):
    the short lines kept above it, under the headline, are its sub-headline and highlights,
    which the wire sets as a standfirst (a copy of the page loses the type that shows it)."""
    kept = [i for i, p in enumerate(pieces) if p.kept][:5]
    opening = next((n for n, i in enumerate(kept) if _WIRE_MARK.search(pieces[i].text[:200])), 0)
    above = kept[:opening]
    if above and all(_words(pieces[i].text) <= 40 for i in above):
        for i in above:
            pieces[i].reason = STANDFIRST


# A report's text opens under a heading that names the part, not its subject.
_OPENING_LABEL = re.compile(
    r"^(?:(?:executive\s+)?summary|abstract|(?:situation\s+)?overview|background(?:\s+to\s+the\s+"
    r"(?:claim|case|appeal|application|report|crisis))?|r[ée]sum[ée]|synth[èe]se|zusammenfassung|"
    r"resumen|resumo|sintesi|samenvatting|резюме|краткое\s+содержание|"
    # A read-later app's export heads the saved text "Full Document" under its fields.
    r"full\s+(?:document|text|article|story))[\s:.]*$",
    re.I,
)


def _opening_label(pieces: list[Piece]) -> None:
    first = next((i for i, p in enumerate(pieces) if p.kept), None)
    if first is None or not _OPENING_LABEL.match(pieces[first].text.strip()):
        return
    if any(p.kept and _words(p.text) >= 8 for p in pieces[first + 1 : first + 3]):
        pieces[first].reason = SECTION_LABEL


def _repeats(pieces: list[Piece]) -> None:
    seen: set[str] = set()
    for piece in pieces:
        if piece.reason == SEPARATOR:
            continue
        key = text_key(piece.text)
        if not key:
            continue
        if piece.kept and key in seen:
            piece.reason = REPEATED
        # A box listing the story's own lines ("Key events", key points) is the repeat: the
        # story's copy further down stays.
        if piece.reason != SUMMARY_BOX:
            seen.add(key)


def reasons(pieces: Iterable[Piece]) -> dict[str, int]:
    """How many pieces were set aside for each reason (for summaries and warnings)."""
    counts: dict[str, int] = {}
    for p in pieces:
        if p.reason:
            counts[p.reason] = counts.get(p.reason, 0) + 1
    return counts


# What each pattern single_block_reason tries on every short block may open with: a block that
# opens otherwise is not tried (a text copy of tens of thousands of lines asks it of each).
_PAYWALL_OPENS = _opening_chars(_PAYWALL)
_EMAIL_CHROME_OPENS = _opening_chars(_EMAIL_CHROME)
_SPONSOR_LABEL_OPENS = _opening_chars(_SPONSOR_LABEL)
_SPONSORED_ISSUE_OPENS = _opening_chars(_SPONSORED_ISSUE)
_FULL_STORY_LINK_OPENS = _opening_chars(_FULL_STORY_LINK)
_MORE_AT_SITE_OPENS = _opening_chars(_MORE_AT_SITE)
_SOCIAL_SIGNATURE_OPENS = _opening_chars(_SOCIAL_SIGNATURE)
_TRANSLATION_NOTE_OPENS = _opening_chars(_TRANSLATION_NOTE)
_PRINT_TOOLS_OPENS = _opening_chars(_PRINT_TOOLS)
_STORY_TOOLS_OPENS = _opening_chars(_STORY_TOOLS)
_PRINT_FOOTER_OPENS = _opening_chars(_PRINT_FOOTER)
_SUBSCRIBE_LINE_OPENS = _opening_chars(_SUBSCRIBE_LINE)
_FEEDBACK_QUESTION_OPENS = _opening_chars(_FEEDBACK_QUESTION)
_PROGRAMME_NOTE_OPENS = _opening_chars(_PROGRAMME_NOTE)
_SINGLE_ENTRY_OPENS = _opening_chars(_SINGLE_ENTRY)
_UPDATE_HISTORY_TOGGLE_OPENS = _opening_chars(_UPDATE_HISTORY_TOGGLE)
_PAGE_WIDGET_OPENS = _opening_chars(_PAGE_WIDGET)
_TIMESTAMP_WIDGET_OPENS = _opening_chars(_TIMESTAMP_WIDGET)
PLATFORM_COUNTS_OPENS = _opening_chars(PLATFORM_COUNTS)
_ORDER_TOGGLE_OPENS = _opening_chars(_ORDER_TOGGLE)
_SIGN_OFF_OPENS = _opening_chars(_SIGN_OFF)
_TAG_LIST_OPENS = _opening_chars(_TAG_LIST)
_INLINE_TEASER_OPENS = _opening_chars(_INLINE_TEASER)
_FOREIGN_INLINE_TEASER_OPENS = _opening_chars(_FOREIGN_INLINE_TEASER)
_RECORD_MARK_OPENS = _opening_chars(_RECORD_MARK)
_SEPARATOR_TEXT_OPENS = _opening_chars(_SEPARATOR_TEXT)
_SPONSOR_CAPS_LABEL_OPENS = _opening_chars(_SPONSOR_CAPS_LABEL)
_WEATHER_HEADING_OPENS = _opening_chars(_WEATHER_HEADING)
_ADVERT_OPENS = _opening_chars(_ADVERT)
_CONSENT_BUTTON_OPENS = _opening_chars(_CONSENT_BUTTON)
_SHARE_OPENS = _opening_chars(_SHARE)
_SHARE_BAR_OPENS = _opening_chars(_SHARE_BAR)
_POST_ACTIONS_OPENS = _opening_chars(_POST_ACTIONS)
_NAVIGATION_OPENS = _opening_chars(_NAVIGATION)
_FOREIGN_NAVIGATION_OPENS = _opening_chars(_FOREIGN_NAVIGATION)
_FOREIGN_SHARE_OPENS = _opening_chars(_FOREIGN_SHARE)
_LEGAL_LINKS_OPENS = _opening_chars(_LEGAL_LINKS)
_IMAGE_CREDIT_OPENS = _opening_chars(_IMAGE_CREDIT)
_AGENCY_ONLY_OPENS = _opening_chars(_AGENCY_ONLY)
_SOCIAL_NAMES_OPENS = _opening_chars(_SOCIAL_NAMES)
