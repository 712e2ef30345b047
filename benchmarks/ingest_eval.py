"""Import accuracy: metadata and body boundaries on invented articles in real page shapes.

Forty-four sets under benchmarks/data/ingest/. Rules are tuned against the misses of ``dev``,
``dev2``, ``dev3``, ``dev4``, ``dev5``, ``dev6``, ``dev7``, ``dev8``, ``dev9``, ``dev10``,
``dev11``, ``dev12``, ``dev13``, ``dev14``, ``dev15``, ``dev16``, ``dev17``, ``dev18``, ``dev19``,
``dev20``, ``dev21``, ``dev22``, ``dev23``, ``dev24``, ``dev25``, ``dev26``, ``dev27``, ``dev28``,
``dev29``, ``dev30``, ``dev31``, ``dev32``, ``dev33``, ``dev34``, ``dev35``, ``dev36``,
``dev37``, ``dev38``, ``dev39``, ``dev40``, ``dev41`` and ``dev42`` only; ``heldout`` and ``blind`` are only reported (heldout's misses
print with ``--show-heldout``; blind's never print, so nobody tunes on it).
``dev2`` and ``blind`` add the page shapes the first two lack: international editions with hreflang
alternates, titles that differ from the headline, paywalls, key-point and summary boxes, pull
quotes, embedded social posts, photo galleries, corrections and editor's notes, syndicated wire
copy, newsletters saved from e-mail, AMP cache pages, printer-friendly pages, feed-reader exports,
and text copies with line numbers, "Advertisement" breaks or hard wrapping. ``dev3`` adds blog
and CMS themes (WordPress, Ghost, Newspack, Arc- and Brightspot-like markup), Substack and
Medium-like posts on the web and copied as text, "Most read" rails inside the story, live blogs whose entries are
the body, dates only in a <time> tag beside "Updated 3 hours ago", in the page's address or at
the foot ("First published on ..."), published and updated stamps in either order, agency and
staff bylines ("By A and B, Reuters", "Staff report", "From wire reports"), read-later
Markdown with front matter, site chrome in another language around an English story, and a
page with no story at all. Each set holds saved pages (.html),
browser copies (.txt) and clippings (.md) with an answers.jsonl naming, per file, the expected
title, source, author, publication date and its origin, the true body's paragraphs, some
furniture strings that must not reach the body and, optionally, ``once``: strings the page
repeats (a pull quote) that must appear in the body at most once.

What the answers mean (the conventions every set follows):

- ``title`` is the headline the page shows the reader (its ``<h1>``), not an SEO ``<title>``
  or a social-media ``og:title`` written for sharing.
- ``source`` is the outlet that published the copy: a wire story run by a local paper has the
  local paper as source (the agency stays visible in the dateline, "CITY (AW) -"); only a copy
  taken from the agency itself has the agency as source.
- ``author`` is the people in the byline, without the agency or job title.
- ``author`` is null for a byline that names no person ("Staff report", "From wire reports").
- ``published`` is the first publication, never a later update; a live blog's is the day it
  opened.
- ``published_origin`` is ``metadata`` for machine fields (meta tags, JSON-LD, ``<time
  datetime>``, YAML front matter, a date in the page's address such as ``/2024/03/05/``) and
  ``text`` for a date read from visible lines.
- A numeric date whose day and month could swap ("Date: 12/02/2024") is read in the order
  the page's language or country gives ("en-US" month first, "en-GB" and other languages
  day first), else in the order the page's own unambiguous dates show (a slashed date with
  a day over 12; failing that, spelled-out dates: "23 January 2024" day first, "January
  23, 2024" month first; a page mixing both settles nothing), else it is left out, never
  guessed. Dotted dates ("12.02.2024") are day first everywhere.
- The body is the story as published: corrections and editor's notes at the foot are part of
  the record and stay in it; a paywall keeps only the paragraphs a reader without a
  subscription sees. Key-point and summary boxes, pull quotes, captions and photo credits,
  social-post chrome (handle, date, "pic" links), paywall prompts, newsletter sign-up and
  unsubscribe lines, print tools and reading-app notes are furniture. A page with no story
  has an empty ``body`` (and empty ``first``/``last``): the import must then give an empty
  body, not take the page's chrome for a story.
- Notes at the foot about the copy itself are part of its record and stay: "This article was
  amended on ... to correct ...", and "This story was originally published by ..." lines (the
  source stays the outlet whose copy it is). A "Republish this story" box is furniture.
- Paragraphs the page holds but hides from the reader (``hidden``, ``display:none``: the
  locked rest of a paywalled story) are not in the body.
- Subheadings inside the story ("Who will pay more?") are part of the body; a table of
  contents repeating them is furniture (scored with ``once``).
- Footnote markers stay as printed ("recorded.[1]"); the notes list at the foot is part of the
  story, each note without its list number, and the back-links ("↩") are furniture.
- A plain-text e-mail newsletter of several stories is imported as one document, the issue:
  ``title`` is the Subject line, ``source`` the sender's display name, ``published`` the
  ``Date:`` header (``metadata``: it is a machine field), the body every story in order
  (the short headlines between them may stay). The header lines, "view in browser",
  greeting and sign-off, links to the full stories, sponsor blocks and the footer are furniture.
- A page kept by a web archive or a search engine's cache (``dev4`` g25 on) is the story the
  page showed: the archive's toolbar and the cache banner are furniture, and ``published`` is
  the story's own date, never the day of the snapshot. A print view's tools ("Print this
  page", "Close window") and the address printed at its foot are furniture. Site chrome in
  another language or script around an English story (menus, rankings, a date of today in
  the header) is furniture and never dates the story.
- ``dev5`` adds author and outlet found in one place only (``<meta name="author">``, a
  ``rel="author"`` link, the logo's alt text, the copyright line, a tagline at the foot),
  kickers, day- and month-first numeric dates, dates in other scripts' digits, ISO times near
  midnight, listicles, Q&A interviews, recipe and explainer boxes, photo galleries, comment
  threads and share counts, reader-view copies, printed pages with form feeds, and forwarded
  e-mail. Its conventions:
- A kicker is a label, not part of the headline: in its own element ("<span
  class=kicker>EXCLUSIVE</span>") or written into the ``<h1>`` as a capitalised label and a
  colon ("WATCH:", "LIVE:", "EXCLUSIVE:"), it is left out of ``title``. A headline that opens
  with words in ordinary case ("In pictures: ...") keeps them.
- An ISO time with an offset is dated on the calendar day it names in its own offset
  ("2024-03-07T23:40:00-05:00" is 7 March), never converted to UTC or to the reader's zone.
- A numeric date whose day and month could swap ("07/03/2024") is read in the page's own
  order: month first on an American page (``lang="en-US"``, a US time zone beside it), day
  first everywhere else. Digits of other scripts ("١٢/٠٣/٢٠٢٤") are read as digits.
- A relative stamp alone ("Updated 3 hours ago") does not date the article: ``published`` is
  null and the analyst types it. The year of a copyright line is not a publication date.
  A wire dateline with no year ("RIGA, March 7 (BWS)") when nothing else gives one is dated
  (``text``, since round 29; before, null) in the latest year, not after the file's
  modification date, in which that day fell on the weekday the lead names ("said on
  Thursday"), and not before the latest year the text names (see ``dev23``).
- A page giving only a modified date in its machine fields and "First published on ..." in
  its text has the visible first-publication date (``text``).
- A live blog's entries are the body in page order (newest first when the page shows them so),
  entry headings included; "Key events" lists (links to the entries, with their times),
  "Copy link" and "Load more" are furniture. Since round 49 each entry's time stamp is part of
  its entry, not page furniture: it stands on a line of its own right above the entry's text
  (under the entry's heading when the entry has one, wherever the page prints it in the
  entry's header), as printed with its label ("Posted at 10:05 BST"). A bare clock ("08:40")
  is written with the day the entry's own ``datetime`` gives ("6 December 2024, 08:40"), or
  the blog's day when its first publication and last update are of one day around every
  stamp; a relative stamp ("2 hours ago") is written from its ``datetime``. A byline printed
  beside the stamp stays furniture. (Before round 49 the stamps were furniture: ``dev`` d07,
  ``dev3`` f08, ``dev5`` h10, ``dev27`` b08, ``dev28`` v12 and ``dev30`` n05 were
  re-annotated; ``heldout`` and ``blind`` keep their old annotations.)
- A listicle's numbered subheads ("1. Canal towpath") and a Q&A interview's speaker labels
  ("Q:", "Ana Vidal:") are part of the body as printed (bold markup removed).
- A recipe, fact or explainer box inside a story, like a key-point box, is furniture.
- A photo gallery whose only text is its captions has the captions as its body; counters
  ("1 of 4") and photo credits are furniture.
- An author named only at the foot ("Words by A | Photos by B", an opinion tagline "A is a
  former chair of ...") is the author; the line itself is furniture. A photographer is not.
- "By a Staff Reporter" names no person: ``author`` null.
- A forwarded e-mail is the article it forwards: the forwarder's headers and note are
  furniture, the "> " quote marks are removed, and ``published`` is the article's own date,
  not the e-mail's.
- Comments, commenters and their dates, share counts ("1.2k shares"), tag lists and
  copyright lines are furniture; a reader view's reading time ("4-5 minutes") and a printed
  page's running head ("Page 2") are furniture.
- ``dev6`` adds archive.today snapshots (as pages and as text copies), a print view with a
  "Printed from ... on" stamp, a "save page as, complete" page full of inline scripts and
  hashed class names, a news portal carrying an agency's story, metadata only in JSON-LD
  ``@graph`` author arrays, in microdata or in ``article:published_time``, machine and
  printed dates that disagree, Windows-1252 declared as ISO-8859-1, a UTF-8 BOM against a
  declared charset, mojibake already in the page, a Telegram channel export, X and Facebook
  post pages, a YouTube video page, teaser-only paywalls, web-clipper Markdown (Obsidian,
  Notion), ``Title:``/``Source:``/``Date:`` header lines and an e-mail saved with its MIME
  headers and a quoted-printable body. Its conventions:
- A portal that carries other outlets' stories under their names (a provider's logo or name
  set apart above or beside the byline, as news aggregators do) is not the outlet: ``source``
  is the provider it names. A paper that runs wire copy as its own is still the source.
- A page's machine date and its printed date can disagree. A printed date labelled as the
  first publication ("Published", "Posted", "First published") in the story's head that is
  two or more days earlier than the machine date wins (``text``; a day apart is the time
  zone the two were written in, and the machine date stands): ``published`` is the first publication, and
  a later machine date is a re-publication or a migration. A printed date with no label, or
  a later one, never overrides the machine date (it is usually the last update).
- A snapshot's time (archive.today's "Saved from" stamp, the 14-digit stamp in a Wayback
  address, "captured N times") and a print view's "Printed from ... on DATE" never date the
  story; a story that prints no date of its own has ``published`` null.
- Encodings as a browser reads them: a page declared ISO-8859-1 is Windows-1252 (curly
  quotes, dashes and the euro sign are text, not control characters), and a byte-order mark
  outranks a declared charset. Mojibake already in the document (UTF-8 read as Windows-1252:
  "donâ€™t", "cafÃ©") is repaired in the body and the metadata when the whole run decodes.
- A social post has no headline: ``title`` is null (a page title such as 'Name on X: "..."'
  or a chat export's "Exported Data" is not a headline). The body is the post's text;
  ``source`` is the account that posted it (its display name, the channel's name);
  ``author`` is that name when the account is a person's, null for an organisation's or a
  channel's; ``published`` is the post's own date. Handles, counts (views, likes, reposts),
  replies and comments, "Relevant people", trends and log-in prompts are furniture.
- A video page's ``title`` is the video's title, its body the description, ``source`` the
  channel, ``published`` the upload date; views, subscribers, the transcript box, comments
  and the next videos are furniture.
- A web clipper's "created" (Obsidian front matter, a Notion "Created:" property) is the day
  of the clipping, never the publication: with no other date ``published`` is null. Notion's
  property lines ("URL:", "Created:", "Tags:") are furniture.
- "Title:", "Source:", "Author:", "Date:" and "URL:" lines heading a text file are fields
  written by a tool or an analyst: they give the metadata (``published_origin`` ``metadata``)
  and are not the body.
- An e-mail saved with its MIME headers is read as the mail reader shows it: a
  quoted-printable body is decoded ("=E2=80=99" is "’", "=" at a line's end joins the lines)
  and the MIME header lines are furniture.
- A page saved "complete" is read as shown: its scripts, the JSON state a script carries,
  "enable JavaScript" notes, skip links and the audio player's labels are furniture.
- JSON-LD authors given as an array keep the people in order and leave out an organisation
  among them; an organisation as the only author ("Newsroom") names no person: ``author``
  null.

- ``dev7`` adds live blogs (a "Key events" box, entries newest first, "Updated 14:32 GMT",
  "Last modified on Tue 14 Jan 2025 09.12 GMT" beside an unlabelled first date, an AMP
  ``amp-live-list``), a live-blog entry saved on its own, Substack, Ghost and WordPress posts
  (subscribe cards, like and restack counts, author cards with bios, sidebars, tag clouds,
  comment threads), pages in French, German, Spanish, Portuguese, Russian and Ukrainian,
  government press releases ("From:", "Published", "Last updated"), a police statement, an
  NGO report summary, a news-app wrapper page, a Telegram post preview, a Facebook page's
  post, an RSS item saved as ``.xml``, a multipart MIME e-mail, a PDF pasted as text and a
  Telegram Desktop copy. Its conventions:
- Dates in the page's own language are read like English ones: "publié le 13 janvier 2025",
  "13. Januar 2025", "13 de enero de 2025", "13 января 2025", "13 січня 2025" (``text``).
  "Read also" lines in those languages ("Lire aussi", "Mehr zum Thema", "Te puede
  interesar", "Leia também", "Читайте также") and their links are furniture.
- A live-blog entry saved on its own (a page showing one entry) keeps the live blog's
  headline as ``title``; its ``author`` is the entry's author and ``published`` the entry's
  own date; the entry heading and text are the body.
- A government or agency press release: ``source`` is the body it comes "From:" (not the
  portal that hosts it), ``author`` null (a minister named beside the department is not a
  byline), ``published`` the "Published" date, never "Last updated". The lead paragraph above
  the metadata is a standfirst (furniture), as are the update history, "Is this page
  useful?" and the licence lines. A statement's "ENDS" and the "Notes to editors" after it
  are furniture.
- A "Summary" heading that opens a report's text, before its first paragraph, is a label,
  not part of the body; the report's download links are furniture.
- A news app's wrapper page (a preview of another outlet's story) has the outlet whose story
  it shows as ``source``; the app's "Continue reading" prompts are furniture.
- An RSS or Atom item saved as ``.xml`` is the item: ``title`` the item's title, ``source``
  the feed's title without the section after a dash, ``author`` its ``dc:creator``/``author``,
  ``published`` its ``pubDate``/``published`` (``metadata``), the body its full content (the
  "The post ... appeared first on ..." line is furniture).
- A multipart e-mail is read from its text/plain part; the HTML alternative repeats it and
  is not read again. "FOR IMMEDIATE RELEASE", "ENDS" and the press office's contact lines are
  furniture; ``source`` is the sender's display name.
- Text pasted from a PDF is rejoined: a word broken with a hyphen at a line's end is one
  word ("with-/out" is "without"), and the running heads and feet each page repeats ("Page 2
  of 3", the document's name) are furniture. Its first heading is the ``title``, the
  organisation named under it the ``source``.
- A Telegram Desktop copy ("Channel, [11.03.2025 08:42]" above the text) is a social post:
  ``source`` the channel, ``title`` null, ``published`` the date in brackets (``text``).
- ``dev8`` adds an Atom entry with escaped HTML content, a whole RSS feed, an RSS item saved
  on its own, an EU-style press release with a contacts box, a government news story copied
  as text, an NGO statement copied as text, a live-blog entry page with "Live reporting by",
  a news app's preview copied as text, and Italian, Dutch, Ukrainian and Spanish pages and
  copies. Its conventions:
- A feed of several items saved as ``.xml`` is one document, like a newsletter issue:
  ``title`` the feed's title as written, ``source`` its outlet, ``author`` null unless every
  item has the same one, ``published`` the newest item's date (``metadata``), the body every
  item in feed order under its own headline. An item saved on its own (no channel) takes its
  ``source`` from its ``<source>`` element; an Atom title of ``type="html"`` is read as text.
- The body a page is "From:" names first is the source; a person beside it ("and Jane Doe MP")
  is not, and an "and" inside a body's name ("Department of Health and Care") joins words.
- "FOR IMMEDIATE RELEASE" and embargo lines, press-contact boxes ("Press contacts",
  "Media contact: ...") and everything after a release's "###" are furniture. An
  organisation's name printed above a release's or report's headline is its ``source``.
- A reader app's copy (its own masthead, "Continue reading on the ... app") has as
  ``source`` the outlet named above the headline.
- A site name that repeats itself ("X - X") is said once.
- ``dev9`` adds messages saved as ``.eml`` (relay headers, RFC 2047 encoded subjects and
  senders, base64 and quoted-printable parts, a forward inside an encoded body, a newsletter
  sent as HTML alone, a declared MIME boundary that the parts do not use), an encyclopedia
  page with an infobox, contents box and references, a court judgment, a forum thread, a
  Mastodon post page, a Bluesky post copied as text, a saved search-results page, a story
  with a "Corrections" section and an amended note, and a photo gallery copied as text. Its
  conventions:
- An ``.eml`` file is read as a mail reader shows it: the header fields are furniture
  whatever their names, encoded words are decoded ("=?UTF-8?B?...?=" in a Subject is its
  text), and the part shown is the plain text, else the HTML. A message whose parts use
  another boundary than the one declared is read from the parts it has.
- A forwarded message is the document, whether it is quoted below "Forwarded message" (even
  inside an encoded body) or attached whole (``message/rfc822``, when it is longer than the
  note that carries it): ``title`` its Subject, ``source`` its sender, ``published`` its
  own date, and the forwarder's header, note and Date: are furniture. With no date of its
  own in its text, the forwarded message's Date: header dates it (``metadata``).
- An encyclopedia page: ``title`` the article's heading, ``source`` the site, ``author``
  null, ``published`` null ("last edited" is an update). The infobox, contents box, "[edit]"
  links, navigation boxes and categories are furniture; section headings and the references
  (as a notes list, without back-links) are the body.
- A court judgment: ``source`` the court its heading names first, not the archive hosting
  it; ``author`` null (the judge is not a byline); ``published`` the judgment's date, never
  the hearing dates; the neutral citation, case number, counsel and hand-down note are
  furniture; paragraph numbers stay as printed.
- A forum thread is its opening post: ``title`` the thread's title, ``author`` the poster's
  name, ``source`` the forum, ``published`` the post's date; the replies, member titles,
  post counts, "Like · Reply · Report" bars and similar threads are furniture.
- A saved page of search results has no story: an empty body, ``published`` null (the
  results' dates are other stories'). Every block is set aside as "search results" and the
  import refuses the page with "this looks like a list of search results, not an article"
  (``require_article_text``), rather than storing snippets of other stories as one.
- A court judgment's source is the court even when an archive hosts the copy: the court
  published the judgment; the heading above its first numbered paragraph is its label.
- An encyclopedia's fact box (infobox) is furniture even when a main-text reader keeps its
  rows; its values (a river crossed, a designer) never name the author.
- A "Corrections" section and "This article was amended on ..." at the foot stay in the
  body; a gallery's "Share this gallery" and "More galleries" list are furniture.
- ``dev10`` adds PDF and Word files: a two-column report, a press release on letterhead, a
  court order on numbered pleading paper, a community newsletter's page, a news page printed
  to PDF from a browser, a policy brief dated only by its properties, and Word files with the
  letterhead in the page header, heading styles, footnotes, tables and numbered lists. Its
  conventions:
- A PDF is read in reading order: a two-column page is the left column, then the right; the
  lines the layout broke are one paragraph again, a word hyphenated at a line's end is one
  word. Running heads and feet that repeat on the pages, page numbers, the line numbers of
  pleading paper and what a browser prints round a page (the time it was printed, the page's
  title and address, "1/2") are furniture.
- The headline is the heading the document shows (the largest type on the first page, Word's
  "Title" style, else its first "Heading 1"), never the file's properties ("Microsoft Word -
  report_v3.docx", a template's "Press release template"); those give the ``title`` only when
  the document shows none.
- A PDF's Author and a Word file's creator are the ``author`` only when they read as a
  person's name and the text prints no byline: an account ("asmith", "comms.office") or an
  office ("Secretary") names nobody, and a press release ("PRESS RELEASE" above it, "ENDS"
  below) has no author whoever saved the file (the press officer is no byline).
- What a document prints above its headline (a letterhead's name and address, "PRESS
  RELEASE", a date strip) is not the story; an organisation named there is the ``source``,
  and a date there dates the document. A registration line ("Registered charity 1190021")
  is small print.
- A date printed in the document dates it (``text``). With none, the file's properties may
  (``metadata``): a PDF's CreationDate, unless a web browser or a print driver made the file
  (then it is the day someone saved the page, as a snapshot's stamp is); a Word file's
  ``created`` only when it was last saved within 30 days of it (a file started from a
  template years before keeps the template's date). ModDate and ``modified`` never date it.
- A Word file's body is its paragraphs in order: a table is one line per row, its cells
  joined with " | "; footnotes and endnotes are kept at the end, each without its number, and
  their markers stay in the text as printed ("[1]"); the page header and footer are
  furniture, but a letterhead in the header names the ``source``.
- A court order's ``title`` is the order's own heading; its caption (court, parties, case
  number), the judge's signature block and "Dated:" line are furniture; ``published`` is the
  "Dated:" day.
- "Statement from X" as a headline names X as the ``source``.
- ``dev11`` holds PDFs as programs really make them: news pages, a live blog, a press release,
  a report with footnotes and tables and an opinion column printed to PDF by Chromium (with
  and without its header and footer; fonts subset, ligatures such as "ﬁ" and "ﬀ", letter-spaced
  labels, a drop cap, soft hyphens breaking words at line ends, CSS columns, a sidebar beside
  the story, running heads and "Page 1 of 2" from ``@page`` rules), and the same HTML turned
  into .docx and PDF by LibreOffice. Its HTML sources and the script that rebuilds it are in
  ``dev11/src``. Its conventions:
- Text is read as printed, not as the font encodes it: ligatures are their letters ("ﬁle" is
  "file"), letter-spaced labels ("O P I N I O N") are one word, and a drop cap joins the word
  it begins ("W" + "alk" is "Walk").
- What a browser prints round a page is furniture: the header's time of printing and the page's
  title, the footer's address and "1/2". The address is the article's ``url`` (answers with a
  ``url`` key are scored on it); the time of printing never dates the story, so a page that
  prints no date of its own has ``published`` null. A date in the address's path does not
  outrank a date printed in the story.
- A story's standfirst (the sentence under the headline) is not its body, as on a web page.
- A table in a PDF, as in a Word file, is one line per row, its cells joined with " | "; its
  caption ("Table 1. ...") is part of the body. A PDF's footnotes, set in smaller type at a
  page's foot or under "Notes", are kept at the end as a Word file's are, each without its
  number, and their markers stay in the text as printed ("period.[1]").
- A PDF's layout says what is the story's: a narrow column of list items beside it ("Most
  read", level with the headline) is a sidebar and never joins the headline's lines; two
  columns are read one after the other within a band of the page even when their lines do
  not share baselines; a standfirst in large type under a larger headline is a standfirst; a
  box of short lines set inside the column under a label of its own (key points, "At a
  glance") is furniture, while a list in the text under a line at the column's edge stays.
- ``dev12`` holds pages as an analyst saves them from the web, written by hand in
  ``dev12/src/build.py`` (which rebuilds the set): Wayback Machine snapshots (the toolbar,
  every address rewritten under ``/web/<stamp>/``, the capture's stamp and "FILE ARCHIVED ON"
  note), an archive.today page with its styles inlined and its own header row, a Google AMP
  page, a print view, a page saved "Web page, complete" (saved-from comment, local files,
  hashed classes, the app's JSON state), a paywall whose story stops at "Subscribe to read",
  a live blog of eight timed entries, pages whose printed and machine dates disagree, pages in
  Windows-1252 with no charset, ISO-8859-1 declared as UTF-8 and UTF-8 declared as ISO-8859-1,
  and a local news page with a cookie banner and "Most read" and "Sponsored" rails. Its
  conventions, beside those above:
- The dates follow the rule of ``dev6``: a printed date labelled "Published" three months
  before the JSON-LD date wins (``text``), an unlabelled later printed date does not (the
  meta date stands); a snapshot's capture date never dates the story.
- A page whose bytes do not fit the charset it declares is read in the charset they fit: a
  "UTF-8" page written in ISO-8859-1 is read as Windows-1252, and a page declared ISO-8859-1
  whose bytes are UTF-8 is read as UTF-8 (its mojibake repaired).
- The outlet is the name the page shows as its masthead: a text link to the site's home page
  (its address read through an archive's prefix) names it; a copyright holder whose name is
  the masthead's with a company word after it ("Carrow Telegraph Media Ltd") does not outrank
  the masthead. The outlet's motto under the story ("X – independent news from the region")
  is the site's foot.
- "Posted on DATE by NAME" (a blog theme's line in the article's own ``<header>``) gives the
  date (``text``) and the author.
- ``dev13`` holds pages saved as one file and OpenDocument text, written by
  ``dev13/src/build.py``: Chrome ``.mhtml`` (quoted-printable and base64 roots, a saved ad
  frame, a Wayback snapshot), Internet Explorer ``.mht`` (windows-1252 and ISO-8859-1 in the
  root part's header against a page meta saying UTF-8, a root named by ``start`` after an
  image), LibreOffice's ``.odt`` of three dev11 sources (dev11's answers) and hand-written
  ``.odt`` files (letterhead header, Title and Subtitle styles, tables, list numbers, notes,
  Google Docs' export). Its conventions, beside those above:
- An archive is the page it holds: the root part's own charset outranks the page's meta; the
  address it was saved from is the ``url`` when the markup names none (read through a Wayback
  prefix) and may date the story; the archive's ``Date:`` (the day it was saved) never does.
- An .odt follows a Word file's rules; with no heading shown, the title typed into its
  properties names it. "For immediate release: DATE" dates a release (``text``).
- ``dev14`` holds pages OSINT analysts save from social and messaging services' web views,
  written by ``dev14/src/build.py``, saved and copied as text: a Telegram channel's public
  preview (``t.me/s/NAME``) with several posts, an X thread on a nitter-like mirror and
  unrolled by a thread reader, a Mastodon post with replies, a Reddit post with comments, a
  YouTube watch page, a Facebook page's post, a VKontakte community's wall post (Russian
  interface) and a Substack note. Its conventions, beside those of ``dev6`` for a post:
- A channel's preview page of several posts is one document, like a feed saved whole: every
  post's text in page order (oldest first, as the preview shows them), ``title`` null,
  ``source`` the channel's name, ``author`` null (a channel is not a person), ``published``
  the newest post's date. The channel's header (its name, @handle, description, subscriber,
  photo and link counts), each post's views and time, "Forwarded from ..." labels and
  "Download Telegram" are furniture; a forwarded post's text is the channel's post.
- A copy that shows only times of day ("08:15") and no date has ``published`` null.
- A thread is its author's posts in order, each a paragraph, numbered as printed ("1/");
  ``published`` is the day the thread opened. Replies from other accounts, "Replying to",
  counters, the mirror's or the unroller's own chrome ("Thread by @x on ...", "Read on X",
  "Save as PDF", "More from @x") and the author's profile line are furniture. A date in a
  post's tooltip (``title="Mar 4, 2025 · 9:12 AM UTC"``) is ``metadata``.
- A Reddit post is a forum thread's opening post: ``title`` its title, ``source`` the
  community as Reddit names it ("r/Tolvern"), ``author`` the poster's user name as written,
  ``published`` the post's own time (an "Edit:" the poster added stays in the body).
  Comments, votes, flair, the community's sidebar and "3 days ago" are furniture; a copy
  whose only time is relative ("5 hr. ago") has ``published`` null.
- A YouTube watch page: the description's prose is the body; its chapter list
  ("0:00 Mill Quay at dawn"), "Subscribe"/"Follow us" lines and hashtags are furniture;
  ``source`` the channel, ``author`` null, ``published`` the upload day (a copy's "21,904
  views  13 Mar 2025" line, ``text``).
- A post's date printed only in the platform's interface language ("14 мар 2025 в 9:40") is
  read like any printed date (``text``). A note on Substack is a post: ``source`` and
  ``author`` the writer, whose publication named beside it ("Writes The Care Ledger") is not
  the source.
- ``dev15`` holds news pages of 1998-2003 as the Wayback Machine keeps them, written by
  ``dev15/src/build.py``: table layouts with the story in a nested cell, headlines in large
  bold ``<font>``, ``<br><br>`` between paragraphs, spacer GIFs, a frameset's content page,
  a print version, AP and Reuters copy on a paper's site, "Posted 11:42 p.m. EST, Tue Dec 14,
  1999" stamps, dates only in the address, windows-1252 and ISO-8859-1 pages that declare no
  charset, ad keywords in ``<meta>``. Its conventions, beside those above:
- The headline of a page with no ``<h1>`` is the line it sets in the largest bold type.
- A wire story on a paper's site has the paper as ``source`` (its logo linking home, its
  name in the copyright line without "Co."), the agency only in the dateline; the writer's
  name in capitals is the ``author`` ("By DAVID KRAMER"), the line under it ("Associated Press
  Writer") is furniture, and "By The Associated Press" names no person. The agency's rights
  lines ("This material may not be published, broadcast, rewritten or redistributed"), a wire
  slug, "Printer-friendly version", "E-mail this story", "Find this article at:" and the
  site's links and copyright under the story are furniture.
- The address the Wayback toolbar holds is the page's; a "/1999/12/14/" in it dates the story
  (``metadata``) when the page prints no date; a printed "Posted" stamp outranks it (``text``).

- ``dev16`` holds primary sources a story cites, written by hand: press releases as the
  distribution wires show them (PR Newswire, Business Wire and GlobeNewswire pages and copies),
  a company's investor-relations release, a ministry of defence's daily update, a police appeal,
  a court's press summary, a UN flash update on a humanitarian portal, an NGO's statement, a
  foreign ministry spokesperson's statement, a statement copied as text from a PDF and one
  posted as a thread of numbered posts. Its conventions, beside those of ``dev7`` and ``dev8``:
- The issuing body is the ``source``: the company a wire release is "News provided by" or
  "SOURCE"/"Source:" names (never the wire that distributes it, nor the portal that hosts a
  report: a humanitarian portal's "Source" field names the office that wrote it), the
  ministry, police force, court or NGO whose masthead the page shows. ``author`` is null: a
  spokesperson quoted or signing the statement, the press officer in the contacts and a
  minister named in it are not a byline; only a byline ("By NAME") names an author.
- A wire release's dateline ("NEW YORK, Jan. 13, 2025 /PRNewswire/ --",
  "SAN JOSE, Calif.--(BUSINESS WIRE)--", "OSLO, Norway, March 03, 2025 (GLOBE NEWSWIRE) --")
  opens the body as a news dateline does, and dates the release (``text``) when the page
  prints no other date. The sub-headline under a release's headline is a standfirst.
- What every release of an issuer repeats is furniture: the "About COMPANY" boilerplate,
  "Forward-looking statements", "Safe harbor" and "Cautionary note" paragraphs, "Media
  contact"/"Investor contact"/"Contacts" blocks and the names and addresses under them,
  "SOURCE COMPANY", "###", "View original content", the wire's logo, "Attachment", "Tags",
  "Related Links", a market-disclosure line ("This information is subject to the disclosure
  requirements ..."), an investor page's stock quote, "Download as PDF" and e-mail alerts.
- A police appeal's call for witnesses ("Anyone with information should call 101 quoting
  log ...", Crimestoppers) is the appeal itself and stays in the body.
- A court's press summary: ``title`` the case name it heads, ``source`` the court,
  ``published`` the date of the judgment it summarises; "PRESS SUMMARY", the citation, the
  judges' line and the closing note that the summary is not part of the judgment are
  furniture. As in a report, a section heading before the first paragraph is a label, later
  ones are body.
- A flash update or situation report: the "Key figures" box and the "Highlights" list are
  summary boxes (furniture); the office's contact line and its mission boilerplate at the
  foot are furniture.
- A statement's signature (the spokesperson's name and title under the last paragraph) is
  furniture.
- A statement posted as a thread follows ``dev14``: every post of the issuing account in
  order, numbered as printed, ``title`` null, ``source`` the account, ``author`` null for an
  organisation's account, ``published`` the first post's day.

- ``dev17`` holds official documents as analysts paste them, written by hand in
  ``dev17/src/build.py`` (which rebuilds the set): text copied from the PDFs of a report, a
  statistics bulletin set in two columns, a written ministerial statement and a company's
  annual report (running heads and feet with the title and the page number on every page,
  words hyphenated at line ends, sentences cut by a page break, footnote numbers run on to
  words and the notes at each page's foot); a House hearing transcript from its printed
  record; a debate copied from a parliament's official report; a Security Council meetings
  summary; a gazette notice; a department's press-briefing transcript. Its conventions,
  beside those of ``dev7``, ``dev10`` and ``dev16``:
- ``title`` is the document's own heading: a report's or a statement's title (not the kind
  of paper, "Interim report", "Written Ministerial Statement", nor a series line "Policy
  Paper 7 | February 2025", which are labels); an annual report's excerpt is titled by the
  report ("Annual Report 2024"), its section heading ("Chair's statement") opens the body; a
  hearing's title is the hearing's subject on its cover; a debate's its heading; a press
  summary's its headline; a gazette notice's the notice's heading under its fields; a
  briefing's the heading with its date as printed.
- ``source`` is the issuing body named in the document's head: the board, office, ministry or
  company above the title, the committee a hearing is printed for, the parliament whose
  official report it is ("UK Parliament"), "United Nations" for its meetings coverage, the
  gazette for a notice it publishes (the department that signs the notice is in its
  signature). ``author`` is null: speakers, chairs, ministers and signatories are not bylines.
- ``published`` is the date the document prints for itself (``text``): "Published", "Released",
  "Made on", a cover's or a summary's date line, a hearing's date, the day a debate was held,
  a gazette's "Publication date" field, the date under an annual report's signature. A paper
  that prints only a month ("February 2025") has ``published`` null.
- Furniture: running heads and feet and page numbers (numbered, centred, "Page 1 of 2", a
  head of two parts spread to the margins), a hearing's cover (Congress, session, serial
  number, "Printed for the use of"), an official report's chrome (volume line, "Share this
  debate", "Previous debate"), a document symbol and meeting number ("SC/16021", "9871st
  Meeting (AM)") and "For information media. Not an official record.", a record's fields
  ("Notice ID:", "Notice type:"), references ("Reference: HCWS412"), breadcrumbs, "Tags:",
  a signature (the signer's name, post and the record number under it) and the speaker's line
  under a briefing's title. Speaker labels ("Mrs. WHITFIELD.", "MS OSEI:", "QUESTION:") and
  the section headings after the first paragraph stay as printed; two columns read straight
  across are the left column, then the right; a footnote's number stays run on to its word
  as printed and the notes stay where the page printed them, without their numbers.

- ``dev18`` holds news as analysts paste it from news databases, clipping services and the
  wire, written by hand in ``dev18/src/build.py`` (one story per file): LexisNexis-like
  exports (the "1 of 1 DOCUMENT" line, "Copyright 1999 Associated Press", the publication, the
  date line "December 14, 1999, Tuesday, AM cycle", an edition, "SECTION:", "LENGTH: 612
  words", "HEADLINE:", "BYLINE:", "DATELINE:", "BODY:", "LOAD-DATE:", "LANGUAGE:") and their
  newer form (the headline first, mixed-case labels, "Body", "End of Document"); Factiva-like
  copies (headline, byline, "534 words", date, time, publication, its code, language,
  copyright, the text and the "Document APRS0000..." footer); a paper's e-edition copied as
  text (folios "PAPER | DAY | A1", "Continued on Page A6", "Please see HARBOUR, Page 4", the
  jump page's head, page numbers alone, a sentence cut by the jump); wire copy with its slug
  line, "Eds:" note, "(END)" and transmission trailer. Its conventions, beside those above:
- A database's export: ``title`` its "HEADLINE:" (or the first line of the newer form),
  ``source`` the publication line under the copyright line without the place the database
  adds in brackets ("The Carrow Telegraph (Ohio)" is "The Carrow Telegraph"), ``author`` the
  people of "BYLINE:" without the job title, ``published`` the date line (``metadata``: the
  record is fields a tool wrote), never "LOAD-DATE:". The body is the text under "BODY:";
  every label, the copyright and edition lines and the tail after the text are furniture.
- A news service's copy: ``title`` its first line, ``author`` the byline ("By X" or "X,
  Health Correspondent"), ``source`` the publication line under the date and time as the
  service names it ("Associated Press Newswires"; its code "APRS" is not), ``published`` the
  date line (``metadata``); the word count, time, code, language, copyright, "License this
  article ..." and "Document ..." are furniture. A monitoring service's "Text of report by"
  and "Source:" lines are its record of the story and stay in the body.
- An e-edition: ``source`` the paper its folio or masthead names, ``published`` the folio's
  day (``text``), ``author`` the byline; folios, jump lines, the jump page's head and page
  numbers alone are furniture, and the story runs on across the jump as one text.
- Wire copy taken from the agency: ``source`` the agency, spelled as its writer's line
  spells it ("Associated Press Writer" over "(AP)": "Associated Press"); ``title`` the
  headline under the slug without a version tag ("UPDATE 1-", "RPT-"); ``author`` the byline;
  ``published`` the date printed under the headline or in AP's trailer ("AP-NY-12-13-99
  1842EST", ``text``), else the year the lead's weekday gives a dateline without one. The slug, the
  "Eds:" note, "(END)", the trailer and an agency's credits and contacts under the text
  ("(Reporting by ...; Editing by ...)", "((...))") are furniture.

- ``dev19`` holds what OSINT analysts save from other tools, written by hand in
  ``dev19/src/build.py``. Per file (title / source / author / published, origin):
  x01 a Telegram channel's post page (t.me widget markup, views, reactions): null /
  "Brenvik Regional Rescue Service" / null / 2025-03-18 from ``<time datetime>`` (metadata);
  x02 a Telegram Desktop export's messages.html with one long post: null / "Osterholm Conflict
  Monitor" / null / 2025-04-09 from the date's tooltip (metadata), the bold first line opens
  the body; x03 a Reddit thread (new markup): the post's title / "r/Kettering_Bay" /
  "tidewater_nell" / 2025-03-12 (metadata); x04 a Google Docs "Download as HTML" write-up: the
  Title-styled paragraph / "Northgate Verification Lab" (the organisation under it) / "Ruth
  Okafor and Jonas Veld" / 14 March 2025 (text); x05 a Notion page export of a clipped story:
  its page title / the "Outlet" property / the "Author" property / the "Published" property
  (metadata; "Created" is the clipping day), the "URL" property its url; x06 a Confluence page
  export: the page title without the space's prefix ("OSINT Desk : ") / the space "OSINT Desk"
  / the "Created by" name / its date (text); x07 a Substack post e-mailed and saved as .eml:
  the Subject / the sender's name / the writer's name under the subtitle / the Date header
  (metadata); x08 a README-style incident write-up in Markdown: the H1 / null (a repository
  names no outlet) / the "**Authors:**" field / the "**Date:**" field (metadata: fields set in
  bold under a Markdown heading are written by the document's author as a tool writes
  "Date:" lines, not printed by a page; plain "Date:" lines there stay text); x09 a
  Mastodon post page: null / the person's display name / the same name / the post's
  ``<time datetime>`` (metadata); x10 a think-tank brief copied from its PDF as text: the
  title / the institute on its running head / the authors under the title / the date under
  them (text); x11 a Telegram Desktop export whose one message is forwarded: null / the channel
  it is forwarded from / null / the forwarded post's own date (metadata); x12 an old.reddit
  thread: like x03, dated by the post's ``<time datetime>``. Its conventions, beside those above:
- A forwarded post is the forwarded channel's, as a portal's copy is the provider's: ``source``
  the channel named in "Forwarded from" (or the forwarded block), ``published`` that post's own
  date; the forwarding channel's name and time are furniture.
- Reactions and their counts, views, "Edited", "View in Telegram", join prompts, a post's
  hashtag line, boosts and favourites, a community's sidebar and member count, flair, the
  comments and every button are furniture; an "Edit:" line the poster wrote into a post stays.
- A collaboration tool's page: review comments and their markers ("[a]"), a document's file
  name in ``<title>``, breadcrumbs, the properties table, "Created by" lines, attachments,
  a table of contents, status badges, the licence section and "Document generated by" are
  furniture; the section headings stay; a "Summary" heading opening the text is a label.
- A newsletter e-mailed from a platform: "View this post on the web", the subtitle, the
  writer's name line, "Thanks for reading", upgrade, like/comment/restack links, the postal
  address, unsubscribe and app links are furniture.
- A brief copied from a PDF: the series line, the "Key points" box, "About the authors" and
  the imprint (address, ISSN) are furniture; a word hyphenated across a page break is one word.

- ``dev20`` holds how analysts keep pages that may change or vanish, written by hand in
  ``dev20/src/build.py``. Per file (title / source / author / published, origin):
  y01 a Wayback Machine snapshot with its toolbar drawn: the <h1> / "The Solway Courier" /
  "Fiona Calder" / 2025-02-03 from ``article:published_time`` (metadata; the capture of 10
  March is not it), url the captured address; y02 an archive.today snapshot: the <h1> / "The
  Kessock Ledger" (the masthead) / "Tomas Reyes" / 7 March 2025 printed under the headline
  (text; the archive's own ``article:published_time`` is the capture's), url the "Saved from"
  address; y03 a Google AMP page: the <h1> (longer than the JSON-LD headline) / "Tarrant
  Valley Star" / "Priya Mehta" / 2025-01-21 (metadata); y04 a "print this article" view:
  the <h1> / "The Penwith Gazette" (the logo) / "Owen Tregear" / "Published: 19 February
  2025" (text; "Printed on" is not it); y05 a browser's "Save as MHTML", quoted-printable:
  the <h1> / "Northmoor Herald" / "Lena Brockmann" / the ``<time datetime>`` 2025-01-28
  (metadata), url the ``Snapshot-Content-Location``; y06 a SingleFile page with 480 KB of
  inlined base64: the <h1> / "Dales Observer" / "Callum Reid" / 2025-03-14 (metadata; the
  "saved date" comment is not it); y07 an Instapaper-like export of one article: the <h1> /
  "The Marlowe Chronicle" (its origin line) / "Nadia Osei" / 2025-02-13 from the origin
  link's address (metadata); y08 an RSS item saved as .xml: the item's title / "The Harlow
  Tribune" / "Ana Ruiz" / its pubDate 2025-02-11 (metadata); y09 a windows-1252 page that
  declares no charset: the <h1> / "St Aubin Weekly" (the logo) / "Margaux Lefèvre" / "Posted
  12 March 2025" (text); y10 a page dated only in JSON-LD (the visible stamp is relative):
  the <h1> / "The Ardmore Post" / "Declan Moore and Sinead Kavanagh" / 2025-02-26 (metadata);
  y11 a Wayback snapshot of a 2004 page with no machine date: the bold headline / "Orkney
  Isles Record" / null / "Posted on Monday, 14 June 2004" (text); y12 a Pocket-like article
  view: the <h1> / "Carronbridge Times" (its publisher link) / "Isla Grant" / 2025-01-30 from
  that link's address (metadata). Its conventions, beside those above:
- An archive's replay is the story it kept: the archive's fields about itself (archive.today's
  ``og:site_name``, short link and capture time written as ``article:published_time``), its
  header and toolbar are furniture, and ``url`` is the address it captured.
- A read-later app is no outlet: ``source`` is the outlet its origin line names, ``url`` the
  article's address that line links to (whose date, "/2025/01/30/", dates the story as any
  page address does); the app's tools, reading time and "Saved to ..." are furniture.
- A saving tool's stamp (SingleFile's "saved date", an MHTML ``Date:``, a print view's
  "Printed on") never dates the story.

- ``dev21`` holds pages whose story is not plain server-rendered HTML, written by hand in
  ``dev21/src/build.py``. Per file (title / source / author / published, origin): z01 a
  Next.js page whose story is only in ``__NEXT_DATA__``: the data's headline (not og:title) /
  "Calderholm Press" (og:site_name) / "Morag Lindsay" (the data's byline) / 2025-01-17 from
  its ``publishedAt`` (metadata; ``updatedAt`` is not it); z02 a Nuxt 3 page (``__NUXT_DATA__``,
  a flat array referring by index): "Boil-water notice lifted for 3,200 Harwick homes" /
  "Harwick Mercury" / "Ellen Marsh" / 2025-02-12 (metadata); z03 a Gatsby page whose page data
  holds the body as HTML and its frontmatter: "Record seal pup count on Skerrow reefs" /
  "Skerrow Coast News" / "Tobias Brandt" / 2024-12-04 (metadata); z04 a headline and a loader,
  the text only in JSON-LD ``articleBody``: the <h1> / "Brennock Gazette" (JSON-LD publisher)
  / "Gareth Pryce" / 2025-02-20 (metadata); z05 a paywalled teaser ("article-teaser") under a
  "Subscribe to continue reading" wall: the <h1> / "Valley Chronicle" / "Rhian Evans" /
  2025-03-04 (metadata), the body the two free paragraphs; z06 a cookie-consent dialog before
  the story: the <h1> / "North Shore Echo" / "Duncan Rae" / 2025-01-26 (metadata); z07 an
  infinite-scroll save holding the next story below: the first story's <h1> / "Ashby Vale
  Times" / "Priya Nair" / 2025-03-11 (metadata); z08 page 1 of 2 of a split story: the <h1> /
  "Teal Valley Post" / "Alison Grieve" / 2025-02-07 (metadata); z09 a live blog whose entries
  are JSON-LD ``liveBlogUpdate`` objects: "County election night: live" / "Corran Herald" /
  "Kirsty Baird" / 2025-05-01, the coverage's start (metadata); z10 a Next.js page that shows
  its story and carries it again in ``__NEXT_DATA__``: the <h1> / "Kelloway Evening News" /
  "Hamza Quereshi" / 2025-04-02 (metadata); z11 an app whose state is assigned in a script
  (``window.__INITIAL_STATE__ = {...}``, typed blocks): "Overnight closures on Fenwick bypass
  for resurfacing" / "Fenwick Advertiser" / "Joanne Bell" / 2025-03-14 (metadata); z12 an
  Apollo cache (``window.__APOLLO_STATE__``, the author by reference): "Glenarrow distillery
  visitor centre approved" / "Strathglen Journal" / "Fraser Munro" / 2025-02-25 (metadata).
  Its conventions, beside those above:
- A page whose markup shows no story but whose data carries it (a framework's page data, a
  state assigned in a script, JSON-LD ``articleBody``, a live blog's ``liveBlogUpdate``
  entries in their order, each entry's headline over its text) has that story as its body;
  its headline, authors and first publication written beside it are the page's (dates
  ``metadata``). A page that shows its story is not read from its data again, and a page whose
  JSON-LD says the story is not free (``isAccessibleForFree`` false) is never filled from its
  data: the body is what a reader without a subscription sees.
- A paywalled page's free opening is the body even when its class calls it the teaser; the
  wall ("Subscribe to continue reading", offers, log-in) is furniture, and the import warns
  that only the part before the wall was imported. A consent dialog is furniture.
- An infinite-scroll save is the first story (the page's address's); the stories loaded below
  it, and "Next article", are furniture. Page 1 of a split story is the body as saved;
  "Continue reading on page 2" and the page numbers are furniture.

- ``dev22`` holds RTF files, written by hand in ``dev22/src/build.py`` as the programs that make
  them write them. Per file (title / source / author / published, origin): r01 a Nexis
  Uni-like export of one story in Word's RTF (its ``\\info`` names the service and the download
  day): the headline / "The Brenfield Courier" / "Hana Okafor" / 2025-03-04 (metadata); r02 a
  Lexis delivery of three stories behind a cover page (user, job number, search terms, the list
  of titles), items 0-2: each story's headline / its paper ("Harwick Mercury", "Lenby
  Advertiser", "Harwick Mercury") / its byline ("Ellen Marsh", "Sam Whitlock", none) / its date
  line (2025-04-02, -03, -05, metadata); r03 a Factiva-like RTF of one story: the headline /
  "The Halden Star" / "Ruth Adeyemi" / 2025-02-18 (metadata); r04 a Factiva-like RTF of two
  stories, the running head in the page header, items 0-1: the headlines / "Balkan Business
  Wire", "Sofia Morning Post" / "Dimitar Kolev", none / 2025-02-03, 2025-02-04 (metadata); r05
  a press release saved from Word (its properties a template's, created 2019): the headline /
  "Velmora Energy" (the issuer its "About" paragraph describes) / none / "OSTRAVA, 11 February
  2025" (text); r06 a story pasted into WordPad (no ``\\info``, text in ``\\'hh``): the headline /
  "Kessock Observer" / "Ewan Fraser" / "Published 7 January 2025" (text); r07 a story with a
  photograph and a table of figures: the headline / "Lowmoor Gazette" / "Priya Raman" /
  2025-01-22 (text), the table's rows, its header row included, in the body; r08 Cyrillic news
  in windows-1251 (``\\ansicpg1251``, fonts ``\\fcharset204``): the headline / "Иртышская
  правда" / "Ольга Смирнова" / "14 марта 2025" (text); r09 every character outside ASCII as
  ``\\uN`` (with '?' fallbacks, and ``\\uc0`` in one group): the headline / "Aegean Ledger" /
  "Zoë Łukasiewicz" / "2 April 2025" (text); r10 an older LexisNexis export of two stories
  ("1 of 2 DOCUMENTS", capital labels), items 0-1: the HEADLINE / "The Dunmore Herald" / the
  BYLINE / the date line (metadata). Its conventions, beside those above:
- An answer with ``item`` is that document of a multi-article export, as ``ingest.rtf_items``
  splits it (the import of a file reads the whole export as one document, as it reads a feed
  of several items, and warns); a delivery's cover page and "Document N of M" are furniture.
- An RTF file's ``\\info`` is its properties, trusted as a Word file's are: ``\\creatim`` dates
  it only when nothing printed does (and not when the file was last saved long after), and
  a service's or a login's name in ``\\author`` is nobody's byline.
- A table's rows are text, one line each with its cells joined by " | ", its header row too.

- ``dev23`` holds the shapes end-to-end QA found in round 29, written by hand in
  ``dev23/src/build.py`` before the rules that read them (invented stories, not the QA packs).
  Per file (title / source / author / published, origin): q01 wire copy "KARVIK, March 3
  (Baltic Ledger Wire) -" whose lead says "on Tuesday": the headline / "Baltic Ledger Wire" /
  none / 2026-03-03 (text, the year inferred); q02 "VELMA, Sept. 9 (Adriatic Wire) --" with
  "on Thursday": 2021-09-09 (text: the latest year in which 9 September was a Thursday); q03
  AP copy closed by "03/17/98 14:05 EST": "Associated Press" (its writer's line over "(AP)")
  / "Marta Okonjo" / 1998-03-17 (text), the stamp furniture; q04 and q05 headlines led by
  "Explainer:" and "Fact check:" (kept as printed, dev5's convention for a kicker in ordinary
  case) / none / none / the printed date; q06 a briefing whose footer has no "--" line
  ("Forward this to a colleague.", "Next briefing: ...", "... reaches 35,000 readers every
  Monday"): footer furniture; q07 "*By Tomas Berglund, housing economist | May 12, 2026*":
  "Tomas Berglund" / 2026-05-12 (text); q08 "Posted by Anselm Vrba on the Turnout Tables blog,
  4 November 2025": "Turnout Tables" / "Anselm Vrba" / 2025-11-04 (text). Its conventions,
  beside those above:
- A dateline with a month and day but no year, when nothing else dates the story, is dated
  (``text``) in the latest year, not after the file's modification date (else the import
  date), in which that day fell on the weekday the lead's first sentence names, and not
  before the latest year the text names; with no weekday, in the year of that reference day
  when the month and day fall within the four months before it; the explanation says how.
  A date from metadata or a printed full date always wins.
- A newsletter's sentences about itself at its foot (its audience, its next issue, "Forward
  this to a colleague") are furniture, with or without a separator line.
- First run (answers before the fixes): meta 65.00, boundaries 62.50, leakage 75.00,
  retention 100; end: 100/100/0/100. Two answers (q04, q05 titles) were set right after the
  first run to keep the kicker, as dev5's convention and its tests have it; dev5's h14 (a
  yearless dateline, "said on Thursday") follows the new convention: 2024-03-07 (text).

- ``dev24`` holds regional and non-US page shapes, written by hand in ``dev24/src/build.py``
  before the engine ran on them (round 30). Per file (title / source / author / published,
  origin): b01 an en-GB regional page, "Published: 04/11/2026 09:12" then "Updated: ...", a
  "Most read" rail of dated stories: the <h1> / "Eden Courier" / "Ruth Penhale" / 2026-11-04
  (text); b02 an English edition, "14.10.2026 14:05", "By A, B and C": 2026-10-14 (text);
  b03 WordPress, "Nov 3rd, 2026", "By AFP": "Lagos Daily Ledger" / none / 2026-11-03 (text);
  b04 "Published: 2 hours ago", a header strip with the day the page was saved, the date in
  the canonical address: "Torbay Harbour Times" (the logo linking home) / 2026-11-27
  (metadata); b05 only ``article:modified_time``, "Updated: Nov 21, 2026 18:20 IST" above
  "First published: Nov 19, 2026 07:05 IST", "Written by A | Edited by B": "Kavya Menon" /
  2026-11-19 (text); b06 a page saved from Firefox's reader view: "Tarn Valley Times" (the
  header's link to the article, whose address is the ``url``) / "Ewa Lindqvist" (the credits)
  / 2026-11-10 from that address (metadata); b07 one story pasted from a newsletter e-mail
  in a web mail client: the story's headline (the Subject) / "The Fenwick Brief" (the
  sender) / "Morven Baird" / 2026-11-19 (text); b08 a note app's Markdown with tags and
  "**Outlet** · 17 November 2026 · By NAME": "Kirkwall Evening News" / "Isla Flett" /
  2026-11-17 (text), "Clipped ..." furniture; b09 related stories and a newsletter blurb
  inside the article, JSON-LD of two people: 2026-11-12 (metadata); b10 "Posted <time>,
  updated <time>" a day later, "By A and B" as links: 2026-11-24 (metadata); b11 three author
  cards with job lines: "Sanjay Iyer, Hannah Weiss and Tomás Ortega" / 2026-11-02 from a
  -05:00 time (metadata); b12 "AFP | Reuters" / "Published November 9, 2026 Updated about 2
  hours ago": none / 2026-11-09 (text); b13 "KYODO" / "2026/11/16 18:30 JST": none /
  2026-11-16 (text); b14 a text copy, "By Staff Reporter", "23 November 2026 - 14:05",
  "Related Articles" with dates: "Karoo Herald" / none / 2026-11-23 (text); b15 a text copy,
  breadcrumbs, "20.11.2026, 14:05", "Authors: A, B": "Vltava Daily" / 2026-11-20 (text); b16
  Joplin's Markdown (front matter: title, created, updated, source address), "By NAME, job"
  and "Saturday 21 November 2026" in the note: none / "Hannah Cole" / 2026-11-21 (text: a
  printed date outranks the address's); b17 "Chloé Tremblay · The Canadian Press",
  "Published Nov. 26, 2026 6:15 p.m. ET · Last updated 2 hours ago": "Saguenay Record" /
  "Chloé Tremblay" / 2026-11-26 (text). Its conventions, beside those above:
- An agency named as the byline ("By AFP", "AFP | Reuters", "KYODO") names no person:
  ``author`` null; a person beside an agency ("A · The Canadian Press") is the author. An
  editor ("Edited by") and a job line under a name ("Energy correspondent") are not bylines.
- A byline block of several people (author cards, "By A, B and C", "Authors: A, B") names
  them all, in order.
- A reader view is a read-later app: ``source`` its header's site name, ``url`` the address
  that header links to, ``author`` its credits line; its reading time is furniture.
- A story pasted from a newsletter e-mail: the mail client's lines (Inbox, the sender's line,
  "to me", "Unsubscribe"), "View this email in your browser", the greeting, "Read more on our
  website", the sponsor block and the footer are furniture; ``source`` is the sender's name.
- A note's tags ("#clippings"), its clipping line ("Clipped DATE from ADDRESS") and a note
  app's front matter other than its title are furniture; the clipping's dates never date the
  story.
- A strip of other stories with a date under each headline ("Related Articles" / headline /
  "12 November 2026" / ...) is furniture, dates included; a sponsor's heading ("SPONSORED BY
  X") and the short message under it are an advertisement; a temperature in a header strip
  ("Brixham 9°C") is no outlet. In a text or Markdown file a printed date outranks the date
  in an address written beside the story (a clipper's ``source:``), as in a document.
- First run (answers before the fixes): meta 85.88, boundaries 76.47, leakage 8.16,
  retention 100, url 0/1; after the round 30 rules: 100/100/0/100, url 1/1.

- ``dev25`` holds blog date lines, agency credits without a masthead, epoch dates and Next.js
  data, written by hand in ``dev25/src/build.py`` before the engine ran on them (round 31).
  Per file (title / source / author / published, origin): c01 WordPress, "Posted in Politics
  on March 3, 2026 by NAME" in the entry footer (its date linking to the permalink): "Hollin
  Ward Notes" (the site title) / "Marion Ashdown" / 2026-03-03 (text); c02 "Filed under: X ·
  12 October 2026 · by NAME" beside only ``article:modified_time`` (14 October): 2026-10-12
  (text); c03 a blog post copied as text, the blog's name and tagline above the headline,
  "Published in Birds on 5 November 2026 by NAME" at its foot: "The Wetland Diaries" /
  "Priya Lalwani" / 2026-11-05 (text); c04 "TNN | Updated: Nov 3, 2026, 10:12 IST", no
  masthead: "Deccan Courier" (og:site_name) / none / 2026-11-03 (metadata, JSON-LD); c05 a
  copy with breadcrumbs, "PTI | Nov 4, 2026, 18:05 IST": "The Malabar Herald" (the copyright
  line) / none / 2026-11-04 (text); c06 "By IANS" and "Published: 05 Nov 2026, 09:30 PM", a
  logo with no alt text: "Sylhet Observer" (the ``<title>``'s site name) / none / 2026-11-05
  (text); c07 "Express News Service", "Published: 07th November 2026 06:15 AM | Last
  Updated: ...": none / 2026-11-07 (text); c08 a ``<time data-timestamp>`` in epoch seconds
  shown as "3 hours ago": 2026-11-12 (metadata); c09 epoch milliseconds in
  ``window.__PRELOADED_STATE__`` (``firstPublishedAt``; ``lastModifiedAt`` is not it):
  2026-11-14 (metadata); c10 ``data-published-ms`` on the ``<article>``: 2026-11-18
  (metadata); c11 a Next.js App Router page whose story is only in ``self.__next_f.push``
  chunks: the data's headline / "Brackwater Bulletin" / "Freya Lomax" / 2026-11-21
  (metadata), the body from the data; c12 the same with the shown ``<h1>`` and the flight
  line split across two pushes: "Owen Price and Leah Marsh" / 2026-11-19 (metadata); c13
  ``__NEXT_DATA__`` whose ``publishedAt`` is epoch milliseconds: 2026-11-20 (metadata); c14
  Blogger, the blog's name the ``<h1>``, the post's title an ``<h3>``, "Tuesday, November 10,
  2026" as a date header and "Posted by NAME at 9:14 AM": the post title / "Ashwell Parish
  Watch" / "Callum Reid" / 2026-11-10 (text); c15 "Posted Tue 10 Nov 2026 at 5:12am,
  updated ...": 2026-11-10 (text); c16 Markdown, the outlet above the headline and "*Filed
  under Courts on 14 September 2026 by NAME*" at the foot: "Ridgeline Weekly" / "Noor
  Haddad" / 2026-09-14 (text); c17 "Published in News on 4 November 2026 by NAME" above the
  story, only ``article:modified_time`` (6 November): 2026-11-04 (text). Its conventions,
  beside those above:
- A blog theme's line "Posted in / Filed under / Published in CATEGORY on DATE by NAME"
  (any order of its parts) gives the date (``text``) and the author; the line is furniture.
  A ``modified_time`` is no first publication and yields to it.
- An agency or a paper's news service in the credit line ("TNN", "PTI", "IANS", "Express
  News Service") names no person and is not the outlet: the outlet is the site's name
  (``og:site_name``, the ``<title>``'s site part, the copyright line).
- An epoch timestamp (seconds or milliseconds) in a field named for publication (a
  ``data-`` attribute, a script's state, a framework's page data) is a machine date
  (``metadata``), read on its UTC day.
- Next.js App Router data (``self.__next_f.push`` chunks, a line possibly split across two
  pushes) is a framework's page data as ``dev21`` reads ``__NEXT_DATA__``.
- First run (answers before the fixes): meta 62.35, boundaries 76.47, leakage 10.00,
  retention 88.14; after the round 31 rules: 100/100/0/100.
- A blog copied as text from its top keeps its name ("The Wetland Diaries", or a name ending
  with a blog's word: "Notes", "Diaries", "Blog") and its tagline (a short phrase in sentence
  case) above the post's title: the name is the ``source``, both are furniture.

- ``dev26`` (round 32, written by hand before the engine ran on them) holds pages dated only
  by an update stamp, Title Case headlines naming an organisation over a short standfirst,
  "Name | City | date" credit lines, and dates only in the file's name or in a ``Source:``
  address line. Per file (title / source / author / published, origin): u01 a text copy
  whose only date is "Updated: 6 March 2025, 14:20": none / "Priya Nair" / 2025-03-06
  (text); u02 a page whose only date is "Last updated March 11, 2025": "Lakeshore Ledger" /
  "Marcus Hale" / 2025-03-11 (text); u03 "Harbour Trust Votes To Dredge Eastern Channel"
  over a one-sentence standfirst: the headline / none / none / 2025-03-04 (text, "Published"
  at the foot); u04 the same shape in Markdown with "By NAME | date" under the standfirst;
  u05 "Anjali Deshpande | Mumbai | March 6, 2025": none / "Anjali Deshpande" / 2025-03-06
  (text); u06 "Lena Fischer | Berlin | 14 January 2025" and "© 2025 Rhine Post" at the foot:
  "Rhine Post" / "Lena Fischer" / 2025-01-14 (text); "2025-03-06_ferry-strike.txt" with no
  date inside: 2025-03-06 (metadata, the file's name); "2025-02-01_harbour-fees.txt" printing
  "Published 3 February 2025": 2025-02-03 (text: the page's own date wins over the name's);
  u09 "Source: https://.../2025/03/12/slug" under the headline: that url, 2025-03-12
  (metadata). Its conventions, beside those above:
- An update is never the first publication, but a page whose only date is an update stamp
  is dated by it (the analyst gets a date), and where the date came from says it is the
  update time.
- A headline in Title Case that names an organisation ("Harbour Trust Votes To ...") is still
  the headline, not the outlet. The short line under a text copy's headline stays in the
  body, as ``dev`` d12's does (u03 and u04's answers first set it aside, against d12; they
  were corrected to d12's convention when a standfirst rule, since dropped, showed the
  conflict by breaking d12).
- The place in "Name | City | date" is the dateline's city, never the outlet.
- A date in the file's name ("2025-03-06_slug.txt") dates the story only when the file itself
  gives none (``metadata``, as a date in the page's address).
- First run (answers before the fixes): meta 82.22, boundaries 77.78, leakage 14.29,
  retention 100, url 0/1; with u03/u04 corrected to d12's convention: 82.22 / 77.78 / 8.33
  / 96.55, url 0/1; after the round 32 rules: 100/100/0/100, url 1/1.

- ``dev27`` (round 33, written by hand before the engine ran on them) holds story pages whose
  body boundaries are hard, as saved pages and as text copies: "Read more:"/"Also read:"
  teasers between paragraphs, image captions with photo credits ("Photograph: A/Outlet",
  "(Photo: A)", "Image: ..."), pull quotes repeating the body (``once``), an embedded post
  and an Instagram embed, live-blog entries with their own times, "Copy link" and "Share",
  an "Editor's note:" opening the story and a "Correction:" closing it (both body), an
  author's bio at the foot, an audio player and a video player with its transcript, a table
  of figures, and a text copy whose web address sits on the line under the headline and
  whose last paragraphs open like furniture ("Follow-up checks ...", "Sign up was slow,
  officials said ..."). Its conventions, beside those above:
- A table of figures in a saved page, as in a Word file or a PDF, is one line per row, its
  cells joined with " | ", header row included.
- A player's labels ("Listen to this article", "Play video", "Watch: ...") and the transcript
  it shows or folds away are furniture; so is the bio of the writer under the story.
- A photo credit ("Image: Outlet") never names the ``source``.
- First run (answers before the fixes): meta 98.67, boundaries 93.33, leakage 9.38,
  retention 98.81, url 0/1; after the round 33 rules: 100/100/0/100, url 1/1.

- ``dev28`` (round 34, written by hand before the engine ran on them) holds kinds the other
  sets have few of: a Google AMP page (``amp-img``, ``amp-ad``, ``amp-social-share``), a page
  whose JSON-LD and ``<meta name="author">`` disagree with its visible byline and date, an
  agency story on a regional paper's site with the paper's furniture, a regional paper's copy
  with "By NAME, Staff Writer" and "Posted: ... Updated: ...", a Wayback Machine copy as text
  (toolbar lines above the page), a Google cache page, a Substack post, a plain-text newsletter
  saved as ``.eml`` with a sponsor block and a sign-off, a Windows-1252 page with no charset,
  a read-later app's Markdown with front matter, a wire story with a yearless dateline in a
  file whose name carries the date, a live blog shown oldest first, a Spanish page with no
  ``lang`` and a French text copy, and a Title Case headline over a one-line summary. Answers
  name each file's ``language`` (ISO 639-1), scored like ``url``. Its conventions, beside
  those above:
- The byline the page shows names the ``author``; a ``<meta name="author">`` or JSON-LD
  author that disagrees with it (a team, an editor who moved the page) does not.
- An agency's name after the reporter in a byline ("By Anna Lindqvist Reuters") is not part
  of the name.
- A yearless dateline in a file whose name carries a date takes its year from the name's
  date ("2023-06-08_x.txt", "IZMAIL, June 7" is 2023-06-07, ``text``).
- A newsletter's sponsor block and its sign-off ("That's all for today", "The ... team") are
  furniture.
- A live blog's entry headings are body, including a greeting such as "Good morning".
- The language is the story's, read from its own words: a page with no ``lang`` is still
  Spanish when its text is, and an English story on a page tagged ``de`` is English (the tag
  describes the site). A text too short to tell keeps the tag's language, else English.
  Where it came from is recorded, and a story not in English is reported with a warning,
  since extraction reads English.
- The outlet's own name given as the author (``<meta name="author" content="Valley Star">``
  on Valley Star's site, a newsletter's masthead over its subtitle) names no person; a
  personal site named after its writer keeps her.
- First run (answers before the fixes): meta 94.67, boundaries 86.67, leakage 3.03,
  retention 98.81, url 1/1, language 13/15; after the round 34 rules: 100/100/0/100, url
  1/1, language 15/15.
- A Title Case headline whose subject is an organisation ("Regional Water Board Approves
  ...", "City Police Launch ...") over a summary in sentence case is the headline, with or
  without a full stop after the summary; it is never read as an issuer's name.

- ``dev29`` (round 35, written by hand before the engine ran on them) holds page shapes of
  CMSs the other sets have few of: an Arc XP-style page (``fusion-app``, "READ MORE:" links,
  ad wrappers), a Drupal node ("Submitted by NAME on Thu, 09/10/2025 - 14:05"), a Ghost post
  (callout and sign-up cards), a Medium post in a publication, a public broadcaster's page
  (``data-component`` blocks, "Image source,"/"Image caption," labels), a GOV.UK-style press
  release, an NGO's report page (download buttons, "Key figures" box), a PR-wire release
  ("News provided by", "About X" boilerplate, media contacts, "SOURCE X"), a paywalled story
  copied as text whose body stops at a subscribe prompt (``partial``: the import must warn
  that the text is partial; checked in tests/ingest), a page holding a "Related" full article
  under the story, and a story as ``.docx`` and ``.odt`` (rebuilt by ``dev29/src/build.py``
  with the tests' own builders; answers in ``dev29/src/answers.py``). Its conventions, beside
  those above:
- A slashed date whose day and month could swap, on a page that settles neither order, is
  read in the order that makes its printed weekday true ("Thu, 09/10/2025" is 9 October
  2025, a Thursday; 10 September was a Wednesday).
- A full article printed under the story as "Related" (its own headline, byline, date and
  text) is another story: none of it is the body, and its byline and date never name the
  story's.
- A Medium post in a publication has the publication as ``source`` ("Published in").
- A text copy keeps the line between its headline and its byline in the body, as ``dev``
  d12, ``dev26`` u04 and ``dev28`` v15 annotate it (w09's answer was aligned with them after
  the first run; a rule taking the line for a standfirst was tried and dropped: it cost
  those three sets their first sentence).
- First run (answers before the fixes): meta 95.00, boundaries 75.00, leakage 4.88,
  retention 100, language 12/12 (with w09 aligned: 95.00 / 83.33 / 4.10); after the round 35
  rules: 100/100/0/100, language 12/12.

- ``dev30`` (round 36, written by hand before the engine ran on them; the answers in
  ``dev30/src/answers.py``, the two UTF-16 files rebuilt by ``dev30/src/build.py``) holds
  shapes the other sets have few of. Per file (title / source / author / published, origin):
  n01 a page saved by Firefox "Web Page, complete" (its ``_files`` folder beside it, a cookie
  dialog, inline state): the <h1> / "Tarnside Echo" / "Rhodri Price" / 2026-02-19 (metadata);
  n02 a news page copied from its PDF (a headline broken over two lines, running head
  "THE FENMOOR REVIEW  NEWS", feet with the address and "Page 1 of 2", words hyphenated at
  line ends): the whole headline / "The Fenmoor Review" / "Corin Walsh" / 2026-03-13 (text);
  n03 a mailing list's digest (Mailman's preamble, "Today's Topics", "Message: N" with each
  message's headers, the digest footer): the digest's Subject / "Valleywatch" (the list) /
  none / its Date header (metadata), the body every message's text in order; n04 a page
  whose only date is in a photo caption: published null (a caption dates the photo); n05 a
  live blog shown newest first with no machine date, "Reporting by A and B": "Niamh Doyle
  and Sam Okoro" / 2026-03-10, the oldest entry's day (text); n06 a page dated only by
  "/20260217/" in its canonical address, "3 days ago" under the byline and today's date in
  the header: 2026-02-17 (metadata); n07 an opinion piece whose writer is named only by the
  bio above it ("Anna Kovacs is a community pharmacist ...") while ``<meta name="author">``
  names the desk: "Anna Kovacs"; n08 and n09 a page and a Notepad copy in UTF-16 with a
  byte-order mark; n10 Markdown with YAML front matter (an ``authors`` list, ``publisher``,
  ``canonical_url``, a pull quote repeating a sentence); "17-02-2026_..." and
  "05.03.2026_..." text files dated only by their names, day first (metadata); n12 a metered
  paywall page whose story stops at the offer (``partial``). Its conventions, beside those
  above:
- A mailing list's digest is one document, like a newsletter issue: the list's preamble, the
  table of topics, each message's number and header lines and the digest's footer are
  furniture; ``source`` is the list's name when the sender has no display name. A digest
  sent as MIME parts (a ``multipart/digest`` of messages) is read the same way.
- A paged copy's running head, repeated under each page's foot, is furniture like the foot;
  a running foot or head naming the paper and the issue's day on every page ("The Fenmoor
  Review · 13 March 2026 · Page 1 of 2") gives the ``source`` and the date (``text``) when
  nothing better does, as an e-edition's folio does (``dev18``).
- A date in a photo caption is the day the photo was taken, never the story's.
- A date in a file's name is read day first when its first number is over 12 or when it is
  dotted; a name whose two first numbers could swap is read only when the file's own words
  settle the order.
- A live blog dated only by its entries' stamps opened on its earliest entry's day, at the
  foot of a page shown newest first; a "Key events" box repeating entry headings is never
  the copy that stays.
- A column's writer introduced only by a bio above the text ("A is a community pharmacist
  in ...") is the author, and the bio is furniture; the outlet's desk given as the author
  ("Marcher Post Opinion") names no person; "The views expressed are the author's own" is
  furniture.
- A page that shows only the start of its story and says where it goes on ("Continue reading
  in Apple News", "Continue reading on page 2", "Get the app to read the full story") is
  partial, as a paywall's free part is: the import warns. A label over a whole story
  ("Member-only story") or "Already a member? Sign in" over a comment box is no cut.
- First run (answers before the fixes): meta 84.62, boundaries 76.92, leakage 18.52,
  retention 98.70, url 2/2, language 13/13; after the round 36 rules: 100/100/0/100, url
  2/2, language 13/13, partial 100.

- ``dev31`` (round 40, written by hand before the engine ran on them; the answers in
  ``dev31/src/answers.py``, the Windows-1252 page rebuilt by ``dev31/src/build.py``) holds
  shapes the other sets have few of. Per file (title / source / author / published, origin):
  o01 a Google AMP page (``amp-sidebar``, an ``amp-accordion`` "Key facts" box, ``amp-ad``,
  an ``amp-carousel`` of other stories): the <h1> (longer than the JSON-LD headline) /
  "Westray Mercury" / "Morag Linklater" / 2026-11-18 (metadata); o02 an app shell whose story
  is only in JSON-LD (``articleBody``; an empty ``#root`` and "enable JavaScript"): the data's
  headline / its publisher / its author / 2026-11-16 (metadata), url the data's ``url``, the
  body the ``articleBody``; o03 a search engine's cache (its banner, the snapshot's day 25
  November): "Published: Monday 23 November 2026" (text), url the cached address; o04 a
  Wayback Machine snapshot ("4 captures", the capture's span, "11 days ago" under the byline):
  2026-11-13 from ``article:published_time`` (metadata), url the captured address; o05 a print
  view ("Print this page", "Close window", "Printed from ADDRESS on DATE", the outlet only in
  the logo's alt text, "Published: ... | Last updated: ..."): 2026-11-20 (text), url the
  printed address; o06 an endless-scroll page whose next story follows the first whole ("Up
  next", its own headline, byline and date): the first story only; o07 a regional paper named
  only in its logo's alt text ("The Glenmoriston Advertiser"), its publishing company in the
  copyright line and today's date in the top strip: "Posted: 24/11/2026" (text); o08 an
  agency's own page with "Updated DATE" above "Published DATE": "Continental Wire" / "Kasia
  Nowak and Dev Patel" / 2026-11-23 (text); o09 Windows-1252 with no charset, a table layout
  with today's date beside the logo: the story's "Thursday, 19 November 2026" (text); o10 a
  newsletter e-mail saved as .html (preview text, "View this email in your browser", the
  masthead an image, "Issue 212", a sponsor block, "In other news" links, the footer):
  ``title`` its story's <h1> / "The Tidewater Briefing" (the masthead's alt text) / "Ellis
  Harper" / 2026-11-20 (text); o11 a text copy "By MARTA SOLIS and GRANT OKAFOR, Associated
  Press Writers" with AP's rights line: "Associated Press" / both writers / 2026-11-19 (text);
  o12 a WordPress post with three comments below it (their names and dates), "Leave a Reply":
  2026-11-21 (metadata, the post's ``entry-date published``); o13 a text copy with "Daily
  News" alone under the headline and "© 2026 Daily News" at the foot: "Daily News"; o14 a text
  copy with "LOCAL NEWS" under the headline and "© 2026 The Wexcombe Echo" at the foot: "The
  Wexcombe Echo". Its conventions, beside those above:
- A box folded into an ``amp-accordion`` ("Key facts") is a summary box: furniture.
- A story only in the page's data (JSON-LD ``articleBody`` under an empty app shell) is read
  from the data: its headline, author, publisher, date and address.
- A story appended under the first by an endless-scroll page ("Up next") is another story,
  as a "Related" full article is (``dev29``): none of it is the body.
- The masthead's alt text outranks a copyright line naming the company that publishes the
  paper under another name ("Highland Weekly Newspapers Ltd"); a date strip at the top of a
  page is today's, never the story's.
- A newsletter saved as a page: its masthead (an image's alt text) is the ``source``; the
  issue's number, the greeting, the sponsor block, links to other stories, the sign-off and
  the footer (preferences, unsubscribe, the mailing address) are furniture.
- "By A and B, Associated Press Writers" names A and B; the agency whose writers they are,
  with no paper's name on the copy, is the ``source`` ("Associated Press").
- A line of generic words alone under the headline ("Daily News") is the outlet when the
  copy names it so elsewhere (its copyright line, its own address); "Read more from the X at
  ADDRESS" at the foot is furniture. A section's label ("LOCAL NEWS") is never the outlet.
- First run (answers before the fixes): meta 94.29, boundaries 85.71, leakage 6.38,
  retention 100, url 3/4, language 14/14, partial 100; after the round 40 rules:
  100/100/0/100, url 4/4, language 14/14, partial 100.

- ``dev32`` (round 44, written by hand before the engine ran on them; the answers in
  ``dev32/src/answers.py``) holds shapes the other sets have few of. Per file (title / source /
  author / published, origin): q01 an English edition of a Ukrainian site, "Translated from
  Ukrainian by ..." beside the byline: the writer only / 2026-11-09 (metadata); q02 an ``.eml``
  forwarded twice (a Gmail forward of an Outlook "From:/Sent:/To:/Subject:" forward of a
  statement): the innermost Subject / its sender "Eastholm Water Press Office" / null /
  2026-11-11 (metadata, its "Sent:" header); q03 an agency page with two author cards (job
  titles under the names) and "(Reporting by ...; Editing by ...)": both writers / 2026-11-17
  (metadata); q04 a text copy "By A in Bergen and B in Peterhead": both names without their
  places / 2026-11-06 (text); q05 a US paper's page with "Contributing: ..." and "Contact ...
  at ..." lines at the foot (furniture): 2026-11-05 (metadata); q06 a Canadian release copied
  as text ("News provided by", "/CNW/", "-30-", "About X", "SOURCE X"): the issuer, null /
  2026-11-12 (text); q07 a council report copied from a PDF (the council's name in capitals and
  "Report to the Transport Committee" above the title, hyphenated line breaks, "Page 1 of 3"
  after a running head): "Winter gritting routes and salt stocks" / "Eastholm County Council"
  / null / 2026-11-12 (text), its numbered headings ("1. Summary") in the body as dev17
  p01's are; q08 a text copy "Published:
  04/11/2026" over "Last modified: 14/11/2026" (day first by the later date's 14):
  2026-11-04 (text); q09 an X thread saved from x.com (``data-testid`` markup, a reply from
  another account under "Discover more"): null / "Marta Kowal" / "Marta Kowal" / 2026-11-13
  (metadata), the four posts as the body; q10 a paid Substack post cut at "Keep reading with a
  7-day free trial" (partial); q11 a regional paper's premium story cut mid-sentence above
  "This article is for subscribers" (partial); q12 a page whose only date is in its address's
  "/2026/oct/29/" (metadata); q13 an agency's text copy with "Correction:" and "Editor's
  note:" at the foot (body) and "Published ..." under them; q14 a text copy ending "This
  article was translated from Ukrainian by ... and first published by ..." (furniture). Its
  conventions, beside those above:
- A translator ("Translated from Ukrainian by ...") is no author; a translation note, beside
  the byline or at the foot, is furniture (as ``dev2`` e01's). q14 and q07 were aligned with
  ``dev2`` and ``dev17`` after the first run (q14's note had been kept in the body, q07's
  "1. Summary" left out of it).
- "Contributing: ..." and "Contact A at ADDRESS" at a story's foot are furniture, as the
  "(Reporting by ...)" lines are; the people they name are not its authors.
- A thread saved from X's own site is read as a thread on a mirror is (``dev14``).
- First run (answers before the fixes): meta 92.86, boundaries 64.29, leakage 3.16,
  retention 92.00, url 2/2, language 14/14, partial 100; after the round 44 rules and round
  45 (4) (q07's letterhead): 100/100/0/100, url 2/2, language 14/14, partial 100.

- ``dev33`` (round 47, written by hand before the engine ran on them; the answers in
  ``dev33/src/answers.py``) holds shapes the other sets lack. Per file (title / source / author
  / published, origin): r01 an Apple Mail forward saved as ``.eml`` ("Begin forwarded
  message:" over "> From:", "> Subject:", "> Date: 8 March 2027 at 16:05:12 GMT" quoted
  headers): the quoted Subject / its sender "Lowmoor County Highways" / null / 2027-03-08
  (metadata); r02 the same shape pasted as text, forwarding an outlet's newsletter whose
  quoted text repeats the headline and carries a byline: "The Saltmarsh Gazette" / "Rhona
  Leckie" / 2027-03-11 (metadata); r03 a Substack post with its subtitle under the title
  (furniture) and a subscribe widget inside the text: "Quiet Rivers" / "Elin Ward" /
  2027-03-04 (metadata); r04 a Substack post copied as text (subtitle, writer, "Mar 08,
  2027", like and comment counts, "Thanks for reading Lantern Lines!"): "Lantern Lines" /
  "Tariq Mahmood" / 2027-03-08 (text); r05 an agency's own copy, "By ..." over "Meridian Wire
  Service" over the date, dateline "PORTVILLE, March 3 (MWS) -": "Meridian Wire Service"
  (the code is not it); r06 a paper running another agency's copy, its masthead in capitals
  above the headline and its copyright line at the foot, dateline "(NWA)": "The Keldby
  Courier"; r07 an agency's copy with no outlet line, named only in its copyright line:
  "Thornbury Regional News" / null; r08 and r09 RTF exports (a bold title over the outlet's
  line, the date and the byline; the byline over "Outlet, 6 March 2027") closing with an
  italic note of the publication ("has reported on ... since 1961. Subscriptions from ...",
  "is read by 9,000 ... professionals in 30 countries"): furniture; r10 a Markdown note with
  an italic outlet line and a closing note after '---' about the publication (furniture);
  r11 a council's release copied as text with a "Key dates" list of capitalised items,
  "ENDS" and "Notes to editors": "Northgate Borough Council" / null / 2027-04-14 (text), the
  list in the body; r12 a saved page with a cookie banner and a "Most read" box of other
  stories with their dates and figures: 2027-03-11 (metadata); r13 a page dated only in its
  JSON-LD ``@graph`` (no visible date, the article's address its ``mainEntityOfPage``):
  2027-03-05 (metadata); r14 a text copy whose story ends with "Key dates" over one
  capitalised item, "Final Vote - 2 June 2027": "Lena Orr" / 2027-03-02 (text), the item in
  the body. Its conventions, beside those above:
- An Apple Mail forward ("Begin forwarded message:" over "> From:" headers) is a forwarded
  message as ``dev9``'s are; the quote marks are removed and the forwarder's note, name and
  "Sent from my iPad" are furniture.
- An agency's code in a wire dateline ("(MWS)") is not the ``source`` when the copy names
  its outlet: the outlet's line under the byline, a masthead, a copyright line.
- A closing note about the publication itself (what it has covered since when, its
  readership, its subscriptions), in an RTF's italic paragraph or after a Markdown '---', is
  furniture, as a newsletter's footer is.
- A Substack subtitle is a standfirst: furniture, in a saved page and in a text copy.
- One line of dates to come under its heading ("Key dates" over "Final Vote - 2 June 2027")
  is the story's, whatever its words look like (a person's name, an outlet's).
- First run (answers before the fixes): meta 92.86, boundaries 57.14, leakage 15.49,
  retention 98.77, url 2/3, language 14/14, partial 100; after the round 47 rules:
  100/100/0/100, url 3/3, language 14/14, partial 100.
- ``dev34`` (round 49, written by hand before the engine ran on them; the answers in
  ``dev34/src/answers.py``) holds e-mail newsletters and saved pages whose closing lines
  speak of the publication, and live blogs in round 49's shapes. Per file (source / author):
  s01 a newsletter e-mail signed off "Water Networks Weekly goes to 4,800 engineers and
  managers every Tuesday. Forward it to a colleague." ("Water Networks Weekly" / its byline);
  s02 From: "Marguerite Osei, Campus Safety Digest", "... is read by 2,400 university staff.
  Unsubscribe." ("Campus Safety Digest" / "Marguerite Osei"); s03 From: "Grain Markets Daily
  | Tobias Renn", no byline, "Good morning." and "... reaches 11,000 traders each weekday.
  Update your preferences or unsubscribe." ("Grain Markets Daily" / "Tobias Renn"); s04 From:
  "Hana Kovac, Rail Freight Letter" over "By Lewis Andrade", "... is sent to 1,650 logistics
  managers every Thursday. You are receiving it because ..." ("Rail Freight Letter" / "Lewis
  Andrade": the body's byline, not the sender); s05 a forwarded bulletin with a sign-off of
  its readers; s06 a newsletter pasted as text with Outlook's "Sent:" header, From: "Dafydd
  Price, The Valley Media Letter", a story sentence "which is read by about 6,000
  households" (stays) and "has 5,200 subscribers. Unsubscribe | Manage preferences"; s07 to
  s09 saved pages closing with a <p><em> note about the publication and how to subscribe
  ("is published every Friday and delivered free to 9,000 homes ... sign up at ...", "is an
  independent weekly that has covered ... since 1998", "is delivered to 7,500 homes every
  Thursday. Subscribe to our morning e-mail"; s09's italic correction above it stays); s10 to
  s12 live blogs: stamps in entry headers beside or without a headline under a "Key events"
  list of stamped links, "Posted at 03:20 BST" in span.timestamp in list items over the
  night, bare <time> clocks run into their entries on a page of one day ("21 July 2027,
  15:10"). Its conventions, beside those above:
- A From: display name that joins a person and a newsletter ("Person, Outlet", "Outlet |
  Person") names the outlet as the ``source``; the person is the ``author`` unless the body's
  byline names another writer.
- A newsletter's last lines about itself (who it goes to, how many read it, "Forward it to a
  colleague", "Unsubscribe", "Update your preferences", "You are receiving it because ...")
  are furniture, in an e-mail and as a saved page's closing note in italics.
- First run (answers before the fixes, on the engine of round 49 (1)): meta 90.00 (source
  66.67, author 83.33), boundaries 41.67, leakage 31.25, retention 100, language 12/12,
  partial 100.
- ``dev35`` (round 51, written by hand before the engine ran on them; the answers in
  ``dev35/src/answers.py``, built with ``_answers_common.py``) holds shapes the other sets
  have least of. Per file: t01 a regional paper's saved page under a consent wall ("Before
  you continue to ...", "We and our 143 partners use cookies") with a "Most read" rail of
  dated stories and figures; t02 a magazine long read (kicker, standfirst, "Words by A |
  Photographs by B", a pull quote repeating a sentence, a photo essay's captions and
  credits, subheadings that stay); t03 a fact check whose verdict box ("What was claimed",
  "Our verdict") is furniture, dated in a ClaimReview's JSON-LD (the reviewed claim's own
  ``datePublished`` is not the article's); t04 a government notice copied as text, its
  reference line under the heading and "Issued by the Roads Directorate, Vellmark Ministry
  of Transport, 28 August 2027" at the foot: the ministry / null / 2027-08-28 (text), the
  line and the reference furniture; t05 a podcast episode page: the transcript with its
  speaker labels is the body, the show notes, player links and the automatic-transcript
  disclaimer are furniture; t06 an AMP page (``amp-sidebar`` menu, ``amp-ad``, dated in
  JSON-LD); t07 a page whose only date is the ``<time datetime>`` in its byline
  (metadata); t08 a portal carrying an agency's story (provider row over the byline,
  "Copyright 2026 Agency" furniture, "Originally published by ... on ..." stays); t09 an
  outlet with a Finnish name and chrome ("keskiviikko 21.4.2027") around an English story;
  t10 a text copy in Windows-1252 with curly quotes, dashes, pound and euro signs; t11 a
  notes app's Markdown export (``date`` beside the app's ``created``/``updated``, an italic
  outlet line, the reader's own note after '---' furniture); t12 a story whose sentences
  hold ``<time>`` clocks ("the first call came at 14:05"): they stay as printed.
- First run (answers before the fixes, on the engine of round 50, 9d6338c): meta 93.33
  (title 100, source 100, author 91.67, published 91.67, origin 83.33), boundaries 58.33,
  leakage 11.11, retention 99.02, url 1/1, language 12/12, partial 100 (t12's answer then
  gained the two cut copies of its sentences the first run printed, "came at from a lorry
  driver": leakage 13.04 with them); after the round 51 rules: 100/100/0/100, url 1/1,
  language 12/12, partial 100.
- ``dev36`` (round 52, written by hand before the engine ran on them; the answers in
  ``dev36/src/answers.py``) holds shapes the other sets have least of. Per file: u01 an
  e-mail newsletter whose last lines are "Quayside Notes is read by 2,700 skippers ..." and
  "Unsubscribe" with no rule above them; u02 an RTF export closing on an italic "Orchard &
  Field appears monthly. Single copy 12 euros."; u03 a Markdown note closing on an italic
  "The forum's notes go to 380 families. Reply to add your case." with no '---' above it;
  u04 a live page whose entries are stamped by bare clocks in paragraphs of their own
  ("<p>14:05</p>", no ``<time>``, no class); u05 a story whose timetable is clocks alone in
  their paragraphs ("09:30"); u06 a local paper's page with a weather widget in its top bar
  and another inside the story, both with figures; u07 a press release copied as text with
  "ENDS", "Notes to editors" and "About X" blocks holding figures; u08 a regional paper's
  page with a corrections box at the foot; u09 an agency's story re-run by a paper ("Updated
  3 hours ago" in the byline row, "First published on June 14, 2027" at the foot, a
  modified time only in its meta); u10 a radio programme's transcript with speakers' names
  in capitals; u11 an RTF export closing on an italic "The Hill Farmer is posted to members
  on the first Friday of each month."; u12 a live page copied as text, its entries under
  bare clock lines, dated only by "Updated 3 hours ago". Its conventions, beside those
  above:
- An outlet's closing line about itself (how often it appears, what a copy costs, who gets
  it and how to write in) is furniture in an e-mail, an RTF export or a Markdown note, set
  in italics or not, with or without a rule above it.
- A clock alone in its own paragraph, with no machine time beside it, is a live entry's
  stamp where it stands between the end of one entry and the next (round 52 set such stamps
  aside as furniture, as ``dev7`` j18's "05:58" and u26's copied stamps then were; since
  round 53 they are part of the body as printed, see ``dev37``); it is a line of the story
  where it stands in running text: a run of clocks one under another, or one under a line
  ending in a colon (a timetable's "09:30"), stays.
- A weather widget, in the page's top bar or set inside the story (its heading "Weather for
  X", a line of forecast periods with temperatures, "Full 5-day forecast"), is furniture,
  and so is a transcript's note that it was edited ("This transcript has been lightly edited
  for clarity"), as the note that one was generated is.
- First run (answers before the fixes, on the engine of session 22, 307e9268): meta 98.33
  (title 91.67), boundaries 58.33, leakage 13.33, retention 88.12, language 12/12, partial
  100. u04's and u12's bare clock stamps were first annotated as body and were re-annotated
  as furniture after that run, to follow the sets' standing answers above; with them so,
  the first run's boundaries were 75.00, leakage 11.59, retention 96.74. After round 52's
  rules: meta 98.33 (title 91.67: u12's "Live: Fairburn mill fire - latest" loses its
  "Live:" as a kicker label), boundaries 100, leakage 0, retention 100.
- ``dev37`` (round 53, written by hand before the engine ran on them; the answers in
  ``dev37/src/answers.py``) holds an agency named after the writer in bylines ("By Ann Lee,
  Associated Wire") on copies whose own outlet the copy names elsewhere, datelines that carry
  a full date, "Live:" headlines, and page shapes the other sets lack. Per file (source /
  author / published, origin): v01 a text copy under a masthead and its tagline ("The Corley
  Standard" / "Ann Lee" / 2027-03-09, text); v02 a text copy with "Published by the Hallam
  Vale Echo" under "By Rosa Imbert, Meridian Press Association" ("Hallam Vale Echo");
  v03 a regional paper's CMS theme, its logo an SVG, the outlet only in the copyright line
  (the ``<title>``'s tail is a section), "By Kit Marrow, Western Counties Agency" and
  "Published 12th March 2027" ("Penhallow and Carnwith Gazette" / "Kit Marrow" / 2027-03-12,
  text); v04 a press agency's own site ("Northern Press Agency", its own byline's agency);
  v05 a broadcaster's live page ("Live: Storm Edna - ..." kept; entries with ``<time>``
  stamps "15:48 GMT" under their headings, a summary box, "Reporting by A and B"); v06 a
  newspaper page as pdftotext writes it (running heads "THE KESTON GAZETTE  Thursday 18
  March 2027  Page 3" over each page, a form feed, a word hyphenated at a line's end); v07
  a page translated by the browser (``<font>`` wrappers, Google Translate's tooltip
  furniture; language ``en``); v08 a story with a timeline box of dated items (furniture,
  never its date); v09 a text copy with a "Key facts" list of dated items above its lead
  (furniture); v10 a text copy "By Ann Lee, Associated Wire", "ASHBY, March 3, 2027 -" and
  "Copyright 2027 The Wensley Dale Times" ("The Wensley Dale Times" / 2027-03-03, text,
  the dateline); v11 a page dated only by "LONDON, 3 March 2027 (Associated Wire) -" under
  "Staff and agencies" (furniture; author null); v12 a Markdown clipping whose bold outlet
  line holds "By Jo Marsh, Associated Wire · 23 March 2027" ("Keston Post" / "Jo Marsh");
  v13 a live page copied as text, "Live: ..." kept, "15:48 GMT" stamps alone above each
  entry in the body (as ``dev`` d07's). Its conventions, beside those above:
- An agency after the writer's name ("By A, Agency", "By A (Agency)") is the writer's
  employer: ``source`` is the outlet the copy names (a masthead, "Published by X", a
  copyright line, a bold outlet line), the agency only when the copy names no outlet or is
  the agency's own. A dateline's full date dates the story (``text``) when nothing better
  does, the place in capitals or not ("Ashby, March 3, 2027 -"), the date after a dash or
  the agency; an update's or a correction's label with a date is no dateline.
- A headline opening "Live:" in ordinary case keeps it (the title as shown).
- A timeline box and a "Key facts" list above the lead are summary boxes: furniture, and
  their dates never date the story.
- A live page's entries each under a clock alone in its paragraph ("16:30", "14:02 GMT",
  three or more of them, each over the entry's text) keep the clocks in the body as printed,
  as ``dev`` d07's stamps and round 49's ``<time>`` stamps are: the body rule and the
  furniture rule now agree. A stamp printed over the entry's heading stands under it, as
  round 49 sets a ``<time>``'s. ``dev7`` j18 and u26 and ``dev36`` u04 and u12, annotated
  with those stamps as furniture (u04 and u12 re-annotated so in round 52), were
  re-annotated to keep them (round 53 (5)); ``heldout`` and ``blind`` keep their
  annotations. One or two lone clocks are still no run of entries (furniture).
- First run (answers before the fixes, on the engine at 210db69a): meta 84.62 (title 76.92,
  source 76.92, author 84.62, published 92.31, origin 92.31), boundaries 69.23, leakage
  4.29, retention 95.29, language 13/13, partial 100; after the round 53 rules:
  100/100/0/100, language 13/13, partial 100.
- ``dev38`` (round 54, written by hand before the engine ran on them; the answers in
  ``dev38/src/answers.py``) holds where the body starts and ends in shapes the other sets
  have few of: x01 a standfirst in the story's own markup between the headline and the
  byline; x02 captions and photo credits in plain ``<span>``s between paragraphs; x03 a Q&A
  interview copied as text ("Interview by", a "Read more:" teaser between answers, "Comments
  are closed"); x04 an unlabelled italic editor's note opening the story and "Additional
  reporting by ...; Editing by ..." closing it; x05 a numbered list and a pull quote repeating
  a sentence (``once``); x06 a listicle; x07 an obituary closing on "Margaret Ann Ellery,
  engineer, born 14 July 1940; died 21 March 2027", readers' condolences under it; x08 a court
  report with a "The charges" fact box between paragraphs; x09 a sports live page (scoreboard
  and line-ups, entries led by "88 min:"); x10 a table inside the story; x11 the first page of
  a story split in two ("Page 1 of 2 Continue reading on page 2 »", ``partial``); x12 comments
  in the story's own markup right under it; x13 and x14 hard-wrapped text copies of x04 and
  x08 (the box as "THE CHARGES" over "- " items); x15 a masthead and its motto right above the
  headline with no menu between; x16 a yearless day-first dateline "LONDON, 3 March (Harbour
  Wire) -" with "on Tuesday" in the lead: "Harbour Wire" / null / 2026-03-03 (text). Its
  conventions, beside those above:
- A standfirst on a saved page is furniture whatever its markup: one or two sentences of at
  most 30 words, the only text between the headline and the byline or date line, above longer
  paragraphs. A text copy keeps that line (``dev`` d12). An editor's note, a dateline or a
  lead that tells who said it ("..., its operator said.") there is the story's.
- Another story's headline linked alone between a page's paragraphs (no "Read more:" label)
  is a teaser, as ``dev27``'s labelled ones are; a link repeating a heading of the page (a live
  blog's "Key events") is not.
- A hard-wrapped copy is rejoined even when short lines of their own (byline, credits, a
  comment thread) outnumber its wrapped lines: a paragraph's last line opening with a capital
  ("Pat" / "Noon.") still belongs to it.
- An editor's note opening the story stays, with or without its label ("This story has been
  updated to include ..."); "Additional reporting by ..." and "Editing by ..." at the foot
  are the credits ``dev18`` and ``dev32`` set aside, and the people they name are no authors.
- An obituary's closing line with the life it tells ("NAME, occupation, born DATE; died
  DATE") is its record: the body's last line, no signature.
- A fact box between paragraphs (a court report's charges, ``factbox``/``fact-file``/
  ``key-facts`` markup) is a summary box: furniture.
- A live page's entries keep the labels they open with ("88 min:", "Full time:") as printed;
  its scoreboard and line-ups are furniture.
- A pager under the first page of a story ("Page 1 of 2 Continue reading on page 2") is
  furniture and the text is partial, as ``dev30``'s "Continue reading on page 2" is.
- A motto right above the headline, with no menu between, is furniture when it speaks of the
  paper ("news", "newspaper", "serving", "the voice of", "since 1884"); without such words the
  second of two lines over the byline is still a deck under the headline (round 53).
- A yearless dateline is read day first as month first ("3 March", "Tuesday 3 March"), and
  dated by ``dev23``'s weekday rule.
- First run (answers before the fixes, on the engine at 9362ff49): meta 95.00 (title 93.75,
  source 93.75, published 93.75, origin 93.75), boundaries 81.25, leakage 10.84, retention
  99.32, language 16/16, partial 93.75; after the round 54 rules: 100/100/4.82/100, language
  16/16, partial 100 (x14's box, in a text copy, is left in: a list under a heading in
  capitals is the story's in ``dev33`` r11, and no rule tells the two apart in plain text).
- ``dev39`` (round 55, written by hand before the engine ran on them; the documents in
  ``dev39/src/build.py``, the answers in ``dev39/src/answers.py``) holds reader call-outs, the
  outlet asking its readers for their stories, pictures, tips or views, at the foot or between
  paragraphs, in a line, a bold or italic paragraph or a box: y01 "Have you been affected by
  the flooding? Email ... or message us on WhatsApp on ..."; y02 "Do you have a story about
  the bus strike? Contact our newsroom at ..." between paragraphs; y03 "Share your
  experiences: how will the changes affect you? Fill in our form at ..." in a text copy; y04
  "Tips? Send them to ... or call the newsdesk on ..."; y05 "Were you there? Get in touch
  with the Star: email ..." under a police appeal for witnesses ("call 101, quoting incident
  ...", which stays); y06 a "Share your story" box under a charity head's quote asking people
  to e-mail (stays); y07 a Markdown clipping's bold "Are you a teacher or parent affected by
  the changes? We'd like to hear from you. Email ..." between paragraphs; y08 "Let us know:
  How will the change affect your household? Email ..." under a council's survey (stays);
  y09 "If you have information about this or any other story, contact our newsroom on ..."
  under "Anyone with information is asked to contact Crimestoppers ..." (stays); y10 a box
  "Are you struggling with your bills?" / "We want to hear how ... Share your experiences by
  emailing ..." between paragraphs; y11 "Do you have photos or video of the fire? Send them
  to ..." mid-story and "Got a story? Text or WhatsApp us on ..." at the foot; y12 "Have
  your say: Do you live near the airfield? Tell us what you think in the comments below."
  under a leaflet's call-out quoted in the story (stays). Its conventions, beside those above:
- A reader call-out is furniture wherever it stands: the outlet speaking to its reader in
  the second person ("Have you been affected?", "Do you have a story/photos?", "Were you
  there?", "Got a story?", "Tips?", "Share your experiences", "Let us know", "Have your
  say", "We'd like to hear from you") and asking to be e-mailed, messaged, called, sent
  something or told in a form or the comments ("us", "our newsroom", "the newsdesk"). A
  sentence of the story in which someone else asks people for something stays: a quote
  ("please email us at ...," said NAME), a police appeal ("Officers have appealed for
  witnesses ... to call 101", "Anyone with information is asked to contact Crimestoppers"),
  a council's survey, a leaflet's words quoted.
- First run (answers before the fixes, on the engine at 6c5a817c): meta 100, boundaries
  41.67, leakage 75.00, retention 100, url 1/1, language 12/12, partial 100: every
  call-out but y04's "Tips? Send them to" (a sign-off rule) and y06's box (an ``<aside>``)
  stayed in the body; after the round 55 rules: 100/100/0/100, url 1/1, language 12/12,
  partial 100.

- ``dev40`` (round 56, written by hand before the engine ran on them: the pages in
  ``dev40/src/build.py``, the answers in ``dev40/src/answers.py``) holds pages of today's news
  sites in shapes the other sets have few of. Per file: k01 a Next.js page whose skeleton
  body shows nothing, the story in Sanity-like blocks in ``__NEXT_DATA__`` (spans with marks,
  an ``h2`` block, an image block's caption and credit, a "Read more:" link block, related
  stories beside it): the data's headline (not og:title), its author and ``publishedAt``
  (metadata); k02 JSON-LD ``articleBody`` under a skeleton with "Loading article...",
  "Listen to this article" and "6 min read"; k03 an AMP page with ``amp-consent``,
  ``amp-audio`` (its fallback text) and an ``amp-carousel`` of captions, credits and "1/3",
  its ``url`` the canonical address; k04 a cookie dialog after the footer and an audio
  player's "Audio generated by an automated voice" note; k05 X and Bluesky embeds with their
  own dates, handles and counts, the story dated only by "Published 12 April 2027" (text);
  k06 a gallery of counters, captions and "Photograph:" credits inside a story; k07
  "Updated March 2, 2027 9:15 AM PT" over "Published March 1, 2027 10:30 PM PT" and JSON-LD
  ``2027-03-01T22:30:00-08:00`` (1 March, metadata); k08 "Update, March 4, 2027: ..." opening
  the story and "Correction: ..." closing it (both body), dated by "Published March 2, 2027"
  (text) against ``article:modified_time`` alone; k09 a syndicated copy; k10 a paywall whose
  locked part is named by JSON-LD ``hasPart`` (``cssSelector``) but not hidden in the markup;
  k11 an English story in a Spanish site's template ("Publicado el 5 de marzo de 2027",
  "Actualizado hace 2 horas", "Lectura: 3 min", "Escuchar este artículo", a cookie notice);
  k12 a text copy opening with a cookie banner's lines, then "Updated 3 hours ago" over
  "Published 14 March 2027, 6:02pm"; k13 a text copy with an X post copied between its
  paragraphs (display name, handle, "Follow", its time and date, counts, "Read 56 replies");
  k14 an Arc-like ``Fusion.globalContent`` under a skeleton (``headlines.basic``, not the
  ``web`` headline in ``<title>``; ``credits.by``; ``first_publish_date``, not
  ``display_date``; text, header, image, interstitial link and raw-HTML elements); k15 a
  paywalled text copy ("This article is for subscribers only"). Its conventions, beside those
  above:
- A post embedded in a story (an X or Bluesky blockquote, a post copied as text with its
  lines) is a quote the story shows: its text is not scored either way; its chrome (display
  name and handle, its time and date, reposts, likes, replies) is furniture, and its date
  never dates the story.
- A syndicated copy ("This article first appeared in X on DATE, and is republished here
  ...") is the republisher's copy: ``source`` the republisher (as with "originally published
  by" lines), ``published`` the copy's own date; the note stays at the foot and its date does
  not date the copy. The writer's outlet after her name is her employer, not the source.
- A page whose JSON-LD marks a part as not free (``hasPart`` with ``isAccessibleForFree``
  false and a ``cssSelector``) shows a reader without a subscription only what lies outside
  that part: the part is not in the body, and the text is partial.
- "Listen to this article", a player's duration and notes, "N min read" and their
  translations, cookie and consent banners wherever they stand (a dialog after the footer,
  ``amp-consent``, lines copied at the top of a text copy), a skeleton's "Loading article..."
  and the data a framework carries beside the story (standfirst, related stories, an image's
  caption and credit, a "Read more:" link block, an ad block) are furniture. An AMP page's
  ``url`` is its canonical address.
- First run (answers before the fixes, on the engine at 36c3c151): meta 82.67 (title 73.33,
  source 93.33, author 80.00, published 80.00, origin 86.67), boundaries 60.00, leakage 3.81,
  retention 79.45, url 1/1, language 15/15, partial 100: k01 and k14 read none of their data
  (the menu or the masthead taken for the body), k03 kept the audio fallback, k10 kept the
  locked part, k11 undated, k12 took the cookie banner's "Manage settings" for the title,
  k13 took the copied post's account for the source and its date for the story's and lost
  the paragraphs after it. After the round 56 rules: 100/100/0/100, url 1/1, language
  15/15, partial 100.
- Round 56 also holds, from probes with invented pages (tests/ingest/test_round56_*.py, not a
  set): an update note heading the story ("Updated at 3.40pm with comment from the
  council.") and a correction under it stay however short, a stamp alone ("Update: 4 March
  2027, 10:42 GMT") does not; a syndicated byline's carrier ("(via Granite Wire)") is no
  writer, and "By NAME of the Orrin Valley Ledger" is a writer and her paper; a consent
  dialog is furniture whether or not it says "cookies" ("We use your data to personalise
  content and ads", "Store and/or access information on a device"), and so are its buttons
  and a player's label in the chrome's language ("Alle akzeptieren", "Écouter cet
  article"); a relative stamp dates the story from the moment its element holds in an
  attribute (``data-date``, an hAtom ``title``, a tooltip; ``metadata``).

- ``dev41`` (round 58, written by hand before the engine ran on them: the documents in
  ``dev41/src/build.py``, the PDF and Word files put together with
  ``tests/ingest/documents.py``, the answers in ``dev41/src/answers.py``) holds documents that
  are not today's web pages and pages of sites from the late 1990s to the 2010s: q01 a 2001
  table layout set in ``<font>``, its paragraphs parted by ``<br><br>`` with no ``<p>``; q02 a
  1999 frameset's content page (a masthead line "THE KELLOWAY CLARION - ONLINE EDITION", links
  to the other frames, "This page last updated: 11/22/99"); q03 a print-friendly view ("Find
  this article at:", "Check the box to include the list of links"); q04 the first of three
  pages ("Page 1 of 3", "Next page", partial); q05 an agency's own page, dateline and
  "(Reporting by ...; Editing by ...)"; q06 a story under 47 comments whose markup never says
  "comment", then "Most read" and "Most commented" lists; q07 a MediaWiki local-history page;
  q08 a page ending in a newsletter sign-up box with figures ("Join more than 38,000
  readers"); q09 a plain-text reply quoting a quoted story ("> > "); q10 a .docx release whose
  letterhead is in the body; q11 a two-page PDF release on letterhead, running feet, "Page 1 of
  2", a sentence across the page break; q12 an ``.eml`` forward of a forward; q13 a classic
  Blogger post (date header, "posted by NAME @ 3:42 PM", comments, archive lists); q14 a 2003
  table page with a "RELATED LINKS" table set inside the story. Its conventions, beside those
  above:
- An old page's story in ``<font>`` in a layout table, its paragraphs parted by ``<br><br>``
  or by ``<p>`` tags never closed, is read as any story: the layout's other cells (menu,
  search box, a related-links table inside the story, "E-mail this story", "Printable
  version") are furniture.
- A web edition's label after the paper's name ("- ONLINE EDITION", a masthead "Fife Coast
  Herald Online") is no part of the outlet's name.
- A frameset's content page is a page of its own; its links to the other frames and the
  webmaster's lines ("Send comments to ...", "This page last updated: ...", an update, never
  the publication) are furniture.
- A reply that quotes a copy of a story ("On DATE, NAME wrote:", one "> " more at each level)
  is the story it quotes, as a forward is: the quote marks of every level are removed, the
  reply, the notes around the story, the "wrote:" line and the signatures are furniture,
  ``published`` the date the copy prints (``text``).
- A forward of a forward is the innermost message: its Subject, its sender and its own Date:
  (``metadata``); the outer forwarders' headers, notes and dates are furniture.
- A release's letterhead written into its first paragraphs names the ``source`` and is
  furniture, as one in the page header is.
- A blog's post is the document: ``title`` the post's title (the blog's name over it is the
  masthead and the ``source``), ``author`` the "posted by" name, ``published`` the date header
  over the post (``text``); comments, "Links to this post", the profile and archives are
  furniture.
- First run (answers before the fixes, on the engine at 64a0efe4): meta 90.00 (title 85.71,
  source 85.71, author 78.57, published 100, origin 100), boundaries 42.86, leakage 20.63,
  retention 94.32, language 14/14, partial 92.86; after the round 58 rules: 100/100/0/100,
  language 14/14, partial 100.
- Round 58 also holds, from probes with invented pages and files (tests/ingest/
  test_round58_*.py, not a set): a frameset's own page has no story and is refused with an
  error naming its frames' pages (its <noframes> note is no text); readers' comments under a
  copy ("12 Comments" over "Posted by NAME on DATE") never date it or name its writer; a
  wiki page copied as text loses its "[edit]" links, its notes' "^" back-links and its
  numbered contents box, and "From X, the free encyclopedia" names X as the source; a PDF's
  headline is the largest type on its first page, so a letterhead set large but smaller
  above it is no headline; a letterhead's name right over its address or telephone line
  names the source; a creator ending in an office's word ("Comms Team") is no author; a
  forward in an HTML-only message and a reply quoting a copy of a story in an .eml follow
  ``dev41``'s forward and reply conventions (the "On DATE, NAME wrote:" line gives the
  copy's sender and date, ``metadata``); a print view's address lines ("Article URL:",
  "Source URL (retrieved on ...):", "[1] http://..."), "« Back to article" and text-size
  switches, a broadcaster's "Story from X:" and an "About NAME" box over the writer's bio
  are furniture, and so are "NAME can be reached at ...", "Email the author at ..." and
  "Follow NAME on Twitter: @handle"; a reader poll (its question, choices and results) and
  a newsletter box whose call is a link to the newsletter's page are furniture with their
  figures; a pager putting the reader on a page before the last beside "Next" ("« Previous
  | Page 2 of 3 | Next »") makes the text partial; "All content copyright 2001 X" names X;
  "Web posted ...", "Story last updated at ... on ..." and "13-Mar-2001" are date lines; a
  letterhead set as a table row ("Name | address") names the source.
- ``dev42`` (round 60, written by hand before the engine ran on them: the pages in
  ``dev42/src/build.py``, the answers and their conventions in ``dev42/src/answers.py``)
  holds pages as analysts save them with today's browsers and tools: n01 a Firefox Reader
  View save keeping a figure, a subheading and a "Related:" line ("Harrowfield Post" /
  "Daniel Achterberg" / 2026-03-03 from the address the header links to, metadata); n02 a
  SingleFile save whose story is in a declarative shadow root (``<template
  shadowrootmode="open">``), its styles and images inlined; n03 a SvelteKit page whose story
  is only in the ``data-sveltekit-fetched`` JSON (the API's answer as a string in it); n04 a
  metered paywall whose locked paragraphs are in the page but blurred, ``aria-hidden`` and
  ``inert`` under "Subscribe to keep reading" (partial); n05 gallery slides ("Photo 3 of
  12", caption, credit) between paragraphs; n06 a "Fast facts" box and a reader poll of
  buttons (no form) between paragraphs; n07 a dated correction box above the first paragraph
  and an "Editor's note:" at the foot (both body; the correction's date is no publication);
  n08 an English edition's story with a translation notice and links to the Spanish
  original (furniture); n09 a broadcaster's video story copied as text, the video's label
  and caption above it and its timed transcript under it (furniture); n10 a newsletter issue
  of three stories saved as an HTML-only quoted-printable ``.eml`` with a hidden preheader
  (the issue is the document, its three headlines in the body); n11 a Google AMP web story
  (``amp-story`` pages, an outlink page closing it); n12 a Pocket export of saved links (no
  story: empty body, every field null). Its conventions are in ``dev42/src/answers.py``.
- First run (answers before the fixes, on the engine at f0bb6211): meta 96.67 (title 83.33,
  source, author, published, origin 100), boundaries 58.33, leakage 9.38, retention 88.06,
  url 1/1, language 12/12, partial 100. Misses: n02 the shadow root's story unread (body the
  menu and "More from the Ledger", title the og:title); n09 the video's caption opened the
  body and the transcript closed it; n10 the first story's headline left out; n11 the
  outlink page's teaser kept; n12 the title "Pocket Export" and the lists' headings
  ("Unread Read Archive") as body.
- Two answers were changed after the first run, to the conventions older sets follow: n10's
  body opens with the first story's paragraph (the lead-in lines above the first story, its
  headline among them, are the issue's furniture, as in ``dev28`` v08), and n12's ``title``
  is "Pocket Export", what the page calls itself, as ``dev9`` m10 keeps "Search results"
  (it was null). With them the engine at f0bb6211 scores meta 98.33, boundaries 66.67,
  leakage 9.47, retention 89.39; after the round 60 rules: 100/100/0/100, url 1/1, language
  12/12, partial 100.
- Round 60's rules, beside dev42's conventions: a declarative shadow root is read as the
  page's own markup, an inert ``<template>`` never; time-coded turns ("[00:09] NAME: ...")
  under a "Transcript" line below a story are the player's transcript (a speech printed in
  full, with no time codes, stays); the short line under a player's label with the
  recording's length ("Watch: 1:48") is the video's caption; an AMP web story's page that
  leads out of it (``amp-story-page-outlink``, ``amp-story-cta-layer``) is a link to the full
  story; a page of only links under at most four short headings (a read-later or bookmarks
  export) has no story, and the import refuses it; a text copy's box of a label in capitals
  over two or more short list items ("- ", "• ") and field lines ("Maximum sentence: 10
  years"), none closing a sentence, between paragraphs is a fact box (furniture): ``dev38``
  x14's box, left in since round 54, goes; a "Key events" box's switch ("Show key events
  only") goes with the box; a read-later app's Markdown export (Readwise Reader's) is read as
  a clipping with fields: the cover image and a "## Metadata" heading between the note's
  title and its "- Author: [[NAME]]", "- Full Title:", "- URL:" lines are set aside with them,
  and "Full Document" heading the saved text is a label, as a report's "Summary" is; in a
  text copy, a line between a gallery's counter ("Photo 1 of 12") and the photo's credit is
  the slide's caption (the captions of a gallery with no other text still make its body),
  "View all 12 photos" is a gallery tool, and a reader view's host-name line over the
  headline ("harrowfieldpost.example") is no headline. A list of links set inside a story
  ("Most read" over an ``<ol>``) ends with its items: a sentence after it is the story's; a
  ``<time>`` in a link beside an entry's headline ("Key events") is no entry's stamp; a
  "Summary" box of short sentences over a live page's first entry (its headline, its clock)
  is furniture, and ends above that entry. A copy opening with the outlet's name and its
  edition ("El Faro de Lucar | English edition") over the headline names the outlet, and a
  link to the original in its own language ("Lee el artículo original en español") is a
  translation note. Time-coded turns under notes that speak of the episode or the podcast
  stay the body (``dev36`` t05's convention).

The partial-text warning is scored since round 36 (``partial warning %``): an answer with
``"partial": true`` is a page that shows only part of its story (a paywall's free part, a news
app's preview, the first page of several), and the import must warn that the text is
partial; in the development sets every page not so marked is whole, and a warning there is
a miss too (a Ghost "Subscribe to ..." card under a whole post, Medium's "Member-only story"
label on a story saved by a member). ``heldout`` and ``blind`` mark none, so they score none.

Per set: accuracy of each metadata field; body boundaries (the body opens with the true first
sentence and closes with the true last one); furniture leakage (share of must-not strings found
in the body, lower is better); body retention (share of true-body sentences in the body).

Usage: ``.venv/bin/python benchmarks/ingest_eval.py [--show-heldout] [--develop]``;
``--develop`` scores dev to dev42 only, for working on rules without seeing the
other sets move.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.domain import RawArticle
from desktop.ingest import IngestError, read_file, rtf_items
from desktop.ingest.assemble import PARTIAL_WARNINGS

DATA = Path(__file__).resolve().parent / "data" / "ingest"
SETS = (
    "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
    "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21",
    "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31",
    "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41",
    "dev42",
    "heldout",
    "blind",
)  # fmt: skip
DEVELOPMENT_SETS = (
    "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
    "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21",
    "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31",
    "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40",
    "dev41", "dev42",
)  # fmt: skip
#: sets whose misses are never printed: scoring them must not turn into tuning on them
NEVER_SHOWN = ("blind",)
#: sets whose answers mark every page that shows only part of its story (``"partial": true``:
#: a paywall, a preview, the first of several pages): in them every other page is scored as
#: whole, so a warning on a whole story counts as a miss too. Elsewhere only the answers that
#: say ``partial`` are scored.
PARTIAL_ANNOTATED = DEVELOPMENT_SETS
FIELDS = ("title", "source", "author", "published", "origin")

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-"})
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")


def norm(text: str | None) -> str:
    """Text as compared: quotes and dashes plain, spaces collapsed, ends trimmed."""
    if text is None:
        return ""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph.strip()) if s]


def people(value: str | None) -> frozenset[str]:
    """Authors as a set of names: order and the joining word do not matter."""
    if not value:
        return frozenset()
    parts = re.split(r"\s*(?:,|;|\band\b|&)\s*", norm(value))
    return frozenset(p.casefold() for p in parts if p)


@dataclass
class Score:
    docs: int = 0
    fields: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    first_ok: int = 0
    last_ok: int = 0
    both_ok: int = 0
    furniture_total: int = 0
    furniture_leaked: int = 0
    sentences_total: int = 0
    sentences_kept: int = 0
    #: answers that name the article's address (``url``), and how many of those were right
    urls_total: int = 0
    urls_ok: int = 0
    #: answers that name the article's language (``language``), and how many were right
    languages_total: int = 0
    languages_ok: int = 0
    #: pages scored on the partial-text warning, and how many got it right (warned when the
    #: story is cut, silent when it is whole)
    partial_total: int = 0
    partial_ok: int = 0
    failed: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def pct(self, n: int, d: int) -> float:
        return 100.0 * n / d if d else 0.0


def judge(
    answer: dict[str, Any],
    article: RawArticle | None,
    score: Score,
    error: str,
    *,
    partial_annotated: bool = False,
) -> None:
    name = answer["file"]
    score.docs += 1
    scores_partial = partial_annotated or "partial" in answer
    if article is None:
        score.failed += 1
        score.misses.append(f"{name}: failed: {error}")
        score.furniture_total += len(answer["furniture"]) + len(answer.get("once", []))
        score.sentences_total += sum(len(sentences(p)) for p in answer["body"])
        score.urls_total += "url" in answer
        score.languages_total += "language" in answer
        score.partial_total += scores_partial
        return
    got = article.article_json()
    checks = {
        "title": norm(got["title"]).casefold() == norm(answer["title"]).casefold(),
        "source": norm(got["source"]).casefold() == norm(answer["source"]).casefold(),
        "author": people(got["author"]) == people(answer["author"]),
        "published": got["published"] == answer["published"],
        "origin": (got["published_origin"] if got["published"] else None)
        == answer["published_origin"],
    }
    if "url" in answer:
        score.urls_total += 1
        if (got["url"] or None) == answer["url"]:
            score.urls_ok += 1
        else:
            score.misses.append(f"{name}: url: got {got['url']!r}, want {answer['url']!r}")
    if "language" in answer:
        score.languages_total += 1
        if article.language == answer["language"]:
            score.languages_ok += 1
        else:
            score.misses.append(
                f"{name}: language: got {article.language!r}, want {answer['language']!r}"
            )
    if scores_partial:
        score.partial_total += 1
        want_partial = bool(answer.get("partial", False))
        warned = any(w in article.warnings for w in PARTIAL_WARNINGS)
        if warned == want_partial:
            score.partial_ok += 1
        else:
            said = "warned" if warned else "did not warn"
            score.misses.append(f"{name}: partial: {said} that the text is partial")
    shown = {"origin": "published_origin"}
    for key, ok in checks.items():
        if ok:
            score.fields[key] += 1
        else:
            want = answer[shown.get(key, key)]
            score.misses.append(f"{name}: {key}: got {got[shown.get(key, key)]!r}, want {want!r}")
    body = norm(article.text)
    first, last = norm(answer["first"]), norm(answer["last"])
    if answer["body"]:
        first_ok, last_ok = body.startswith(first), body.endswith(last)
    else:
        # A page with no story: any text kept as its body is chrome taken for a story.
        first_ok = last_ok = not body
    score.first_ok += first_ok
    score.last_ok += last_ok
    score.both_ok += first_ok and last_ok
    if not first_ok:
        score.misses.append(f"{name}: body starts {body[:90]!r}")
    if not last_ok:
        score.misses.append(f"{name}: body ends {body[-90:]!r}")
    for item in answer["furniture"]:
        score.furniture_total += 1
        if norm(item) in body:
            score.furniture_leaked += 1
            score.misses.append(f"{name}: furniture in body: {item!r}")
    for item in answer.get("once", []):
        # A pull quote repeats a sentence of the story: the story's copy stays, the repeat goes.
        score.furniture_total += 1
        if body.count(norm(item)) > 1:
            score.furniture_leaked += 1
            score.misses.append(f"{name}: repeated in body: {item!r}")
    for paragraph in answer["body"]:
        for sentence in sentences(paragraph):
            score.sentences_total += 1
            if norm(sentence) in body:
                score.sentences_kept += 1
            else:
                score.misses.append(f"{name}: body lost {sentence[:70]!r}")


def evaluate(folder: Path) -> Score:
    score = Score()
    partial_annotated = folder.name in PARTIAL_ANNOTATED
    answers = [
        json.loads(line)
        for line in (folder / "answers.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for answer in answers:
        started = time.perf_counter()
        article: RawArticle | None = None
        error = ""
        try:
            if "item" in answer:
                # One document of a multi-article export, as the export is split for import.
                path = folder / answer["file"]
                found = rtf_items(path.read_bytes(), path.name)
                if answer["item"] < len(found):
                    article = found[answer["item"]]
                else:
                    error = f"the export was split into {len(found)} articles"
            else:
                _, article = read_file(folder / answer["file"])
        except IngestError as exc:
            error = str(exc)
        score.seconds += time.perf_counter() - started
        judge(answer, article, score, error, partial_annotated=partial_annotated)
    return score


def main() -> None:
    show_heldout = "--show-heldout" in sys.argv[1:]
    wanted = DEVELOPMENT_SETS if "--develop" in sys.argv[1:] else SETS
    sets = [name for name in wanted if (DATA / name / "answers.jsonl").exists()]
    results = {name: evaluate(DATA / name) for name in sets}

    def field_cell(key: str) -> Callable[[Score], str]:
        return lambda s: f"{s.pct(s.fields[key], s.docs):.2f}"

    rows: list[tuple[str, Callable[[Score], str]]] = [
        ("documents", lambda s: f"{s.docs}"),
        *[(f"{f} accuracy %", field_cell(f)) for f in FIELDS],
        (
            "url accuracy %",
            lambda s: f"{s.pct(s.urls_ok, s.urls_total):.2f}" if s.urls_total else "-",
        ),
        (
            "language accuracy %",
            lambda s: (
                f"{s.pct(s.languages_ok, s.languages_total):.2f}" if s.languages_total else "-"
            ),
        ),
        (
            "partial warning %",
            lambda s: f"{s.pct(s.partial_ok, s.partial_total):.2f}" if s.partial_total else "-",
        ),
        ("body first sentence %", lambda s: f"{s.pct(s.first_ok, s.docs):.2f}"),
        ("body last sentence %", lambda s: f"{s.pct(s.last_ok, s.docs):.2f}"),
        ("body boundaries %", lambda s: f"{s.pct(s.both_ok, s.docs):.2f}"),
        ("furniture leakage %", lambda s: f"{s.pct(s.furniture_leaked, s.furniture_total):.2f}"),
        ("body retention %", lambda s: f"{s.pct(s.sentences_kept, s.sentences_total):.2f}"),
        ("failed files", lambda s: f"{s.failed}"),
        ("ms per document", lambda s: f"{1000 * s.seconds / max(1, s.docs):.1f}"),
    ]
    print(f"{'':<26}" + "".join(f"{name:>12}" for name in sets))
    for label, cell in rows:
        print(f"{label:<26}" + "".join(f"{cell(results[name]):>12}" for name in sets))
    for name in sets:
        if name in NEVER_SHOWN or (name == "heldout" and not show_heldout):
            continue
        if results[name].misses:
            print(f"\n{name} misses:")
            for miss in results[name].misses:
                print(f"  {miss}")
    parts = []
    for name in sets:
        s = results[name]
        meta = sum(s.fields.values())
        parts += [
            f"{name}_meta={s.pct(meta, s.docs * len(FIELDS)):.2f}",
            f"{name}_title={s.pct(s.fields['title'], s.docs):.2f}",
            f"{name}_source={s.pct(s.fields['source'], s.docs):.2f}",
            f"{name}_author={s.pct(s.fields['author'], s.docs):.2f}",
            f"{name}_published={s.pct(s.fields['published'], s.docs):.2f}",
            f"{name}_origin={s.pct(s.fields['origin'], s.docs):.2f}",
            f"{name}_boundaries={s.pct(s.both_ok, s.docs):.2f}",
            f"{name}_leakage={s.pct(s.furniture_leaked, s.furniture_total):.2f}",
            f"{name}_retention={s.pct(s.sentences_kept, s.sentences_total):.2f}",
        ]
        if s.urls_total:
            parts.append(f"{name}_url={s.pct(s.urls_ok, s.urls_total):.2f}")
        if s.languages_total:
            parts.append(f"{name}_language={s.pct(s.languages_ok, s.languages_total):.2f}")
        if s.partial_total:
            parts.append(f"{name}_partial={s.pct(s.partial_ok, s.partial_total):.2f}")
    print("\nRESULT ingest_eval " + " ".join(parts))


if __name__ == "__main__":
    from _cli import help_requested

    if help_requested(__doc__):
        sys.exit(0)
    main()
