"""dev40's documents, invented by hand (places, people, outlets); writes them beside ../answers.jsonl.

Run from the repository root: ``.venv/bin/python benchmarks/data/ingest/dev40/src/build.py``.
Pages of today's news sites in shapes the other sets have few of: a story held only in a
framework's data (Sanity-like blocks in ``__NEXT_DATA__``, an Arc-like
``Fusion.globalContent``, JSON-LD ``articleBody``) under a skeleton body; an AMP page with a
consent box, an audio player and a photo carousel; "Listen to this article" and "X min read"
lines; cookie and consent banners; embedded posts with their own dates and counts; a photo
gallery with captions and credits; published and updated stamps in several time zones and
relative forms; an update note at the top and a correction at the foot; a syndicated copy;
a paywall marked in JSON-LD ``hasPart`` and a paywalled text copy; an English story in a
Spanish site's template.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent))

from _answers_common import write_documents  # noqa: E402

esc = html.escape


def paras(texts: list[str]) -> str:
    return "\n".join(f"<p>{esc(t, quote=False)}</p>" for t in texts)


def script_json(data: object) -> str:
    """JSON as a page's script carries it (``</`` escaped so the script cannot close)."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------- k01: Next.js, Sanity-like blocks
K01_BODY = [
    "Pellworth's only swimming pool will close for at least eight months from June while its "
    "roof is replaced, the town council confirmed on Monday.",
    "Engineers found corrosion in the steel frame during a routine inspection in January, and "
    "the council said the building could not stay open safely beyond the spring.",
    "What happens to the swimming clubs?",
    "The Pellworth Otters, who train four evenings a week, will use the pool at Danesford "
    "Leisure Centre, 14 miles away, on two evenings.",
    "Schools will have to find other pools for their lessons, and the council said it would "
    "pay for coaches for the first term.",
    "The repairs are expected to cost 2.4 million pounds, which will come from the council's "
    "reserves.",
]


def _span_block(text: str, style: str = "normal") -> dict[str, object]:
    return {"_type": "block", "style": style, "children": [{"_type": "span", "text": text}]}


k01_data = {
    "props": {
        "pageProps": {
            "story": {
                "_id": "st-55810",
                "headline": "Pellworth pool to close for eight months as roof is replaced",
                "standfirst": "Swimmers face a 14-mile trip while the corroded frame is repaired",
                "authors": [{"name": "Hattie Conway", "role": "Local democracy reporter"}],
                "publishedAt": "2027-03-08T06:15:00Z",
                "updatedAt": "2027-03-09T11:40:00Z",
                "body": [
                    _span_block(K01_BODY[0]),
                    {
                        "_type": "imageBlock",
                        "caption": "The pool's roof has been propped since January",
                        "credit": "Photo: Dan Ives / Pellworth Standard",
                    },
                    {
                        "_type": "block",
                        "style": "normal",
                        "children": [
                            {"_type": "span", "text": "Engineers found corrosion in the "},
                            {"_type": "span", "text": "steel frame", "marks": ["strong"]},
                            {
                                "_type": "span",
                                "text": K01_BODY[1].split("steel frame", 1)[1],
                            },
                        ],
                    },
                    _span_block(K01_BODY[2], "h2"),
                    _span_block(K01_BODY[3]),
                    {
                        "_type": "relatedLink",
                        "title": "Read more: Leisure centre fees to rise by 8%",
                        "href": "/news/leisure-fees-rise",
                    },
                    _span_block(K01_BODY[4]),
                    _span_block(K01_BODY[5]),
                ],
                "related": [
                    {
                        "headline": "Danesford leisure centre reopens after flood",
                        "publishedAt": "2027-01-22T08:00:00Z",
                    }
                ],
            },
            "site": {"name": "The Pellworth Standard"},
        }
    },
    "page": "/news/[slug]",
    "query": {"slug": "pellworth-pool-close-roof"},
    "buildId": "b8Kx2Q",
    "isFallback": False,
}

k01 = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Pool closure: what it means for Pellworth swimmers | The Pellworth Standard</title>
<meta property="og:site_name" content="The Pellworth Standard">
<meta property="og:title" content="Pool closure: what it means for Pellworth swimmers">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="preload" href="/_next/static/chunks/main-4f2a.js" as="script">
</head>
<body>
<div id="__next">
  <header class="Header_root__x81Ka"><a href="/" class="Header_logo__Q2m1s">The Pellworth Standard</a>
    <nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/opinion">Opinion</a></nav></header>
  <main class="Story_main__9pLq2">
    <div class="Skeleton_headline__a1"></div>
    <div class="Skeleton_line__b2"></div>
    <div class="Skeleton_line__b2"></div>
    <div class="Skeleton_line__b2"></div>
  </main>
  <footer class="Footer_root__k2"><p>&copy; 2027 Pellworth Standard Ltd</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{script_json(k01_data)}</script>
<script src="/_next/static/chunks/main-4f2a.js" defer></script>
</body>
</html>
"""

# ---------------------------------------------------------------- k02: JSON-LD articleBody, skeleton
K02_BODY = [
    "Cobbleford's weekly market will move from the High Street to the old cattle market site "
    "in May, ending more than 300 years of trading in the town centre.",
    "The district council said the move would free the High Street for a two-year scheme to "
    "widen pavements and add cycle lanes.",
    "Traders voted 31 to 12 in favour of the move after being promised a year without pitch fees.",
    "Marion Pike, who has sold cheese on the market for 26 years, said she was sad to leave "
    "but that the new site had parking for 200 cars.",
    "The first market on the new site will be held on Saturday 1 May.",
]
k02_ld = {
    "@context": "https://schema.org",
    "@graph": [
        {
            "@type": "WebSite",
            "@id": "https://cobblefordcourier.example/#website",
            "name": "Cobbleford Courier",
        },
        {
            "@type": "NewsArticle",
            "headline": "Cobbleford market to leave High Street after 300 years",
            "datePublished": "2027-02-26T09:00:00+00:00",
            "dateModified": "2027-02-26T16:45:00+00:00",
            "author": {"@type": "Person", "name": "Rowan Tate"},
            "publisher": {"@type": "Organization", "name": "Cobbleford Courier"},
            "articleBody": "\n\n".join(K02_BODY),
            "isAccessibleForFree": True,
        },
    ],
}
k02 = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Cobbleford market to leave High Street after 300 years - Cobbleford Courier</title>
<script type="application/ld+json">{script_json(k02_ld)}</script>
</head>
<body>
<header class="masthead"><a href="/" class="brand">Cobbleford Courier</a></header>
<article class="story">
  <h1 class="story__title">Cobbleford market to leave High Street after 300 years</h1>
  <div class="story__meta">
    <span class="story__author">By Rowan Tate</span>
    <span class="story__readtime">6 min read</span>
  </div>
  <div class="audio-player">
    <button class="audio-player__play" aria-label="Play">&#9654;</button>
    <span class="audio-player__label">Listen to this article</span>
    <span class="audio-player__time">4:12</span>
  </div>
  <div class="story__body" data-hydrate="article-body">
    <div class="placeholder-line"></div>
    <div class="placeholder-line"></div>
    <p class="placeholder-text">Loading article&hellip;</p>
  </div>
</article>
<footer class="site-footer">Cobbleford Courier, part of Wealdmoor Media. &copy; 2027</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- k03: AMP, consent, audio, carousel
K03_BODY = [
    "Seals have returned to breed on the Tolland Bay sandbanks for the first time in more "
    "than 40 years, wildlife wardens said on Thursday.",
    "Wardens counted 23 pups on the outer bank during a survey by boat this month, up from "
    "none in any count since 1984.",
    "The bank has been closed to boats and walkers from November to January since 2019, when "
    "the bay became a marine reserve.",
    "Senior warden Abi Lowther said the pups' return showed what could happen when a colony "
    "was left undisturbed.",
    "Visitors are asked to watch the seals from the sea wall and to keep dogs on leads.",
]
k03_ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Seal pups back on Tolland Bay sandbanks",
    "datePublished": "2027-01-14T07:00:00+00:00",
    "dateModified": "2027-01-14T12:20:00+00:00",
    "author": [{"@type": "Person", "name": "Megan Athey"}],
    "publisher": {"@type": "Organization", "name": "Tolland Bay Observer"},
}
k03 = f"""<!doctype html>
<html \u26a1 lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>
<script async custom-element="amp-audio" src="https://cdn.ampproject.org/v0/amp-audio-0.1.js"></script>
<title>Seal pups back on Tolland Bay sandbanks | Tolland Bay Observer</title>
<link rel="canonical" href="https://tollandbayobserver.example/news/seal-pups-back-sandbanks">
<meta name="viewport" content="width=device-width">
<script type="application/ld+json">{script_json(k03_ld)}</script>
<style amp-custom>.consent{{position:fixed;bottom:0}}</style>
</head>
<body>
<amp-consent id="consent" layout="nodisplay">
  <div class="consent" id="consent-ui">
    <p>We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time.</p>
    <button on="tap:consent.accept">Accept all</button>
    <button on="tap:consent.reject">Reject all</button>
    <button on="tap:consent.prompt(consent=settings)">Manage choices</button>
  </div>
</amp-consent>
<header class="amp-header"><a href="https://tollandbayobserver.example/">Tolland Bay Observer</a></header>
<article>
  <h1>Seal pups back on Tolland Bay sandbanks</h1>
  <p class="byline">By Megan Athey &middot; <span class="read-time">3 min read</span></p>
  <time datetime="2027-01-14T07:00:00+00:00">14 January 2027</time>
  <div class="listen">
    <p class="listen__label">Listen to this article</p>
    <amp-audio width="300" height="40" src="https://audio.tollandbayobserver.example/a/77120.mp3">
      <div fallback><p>Your browser doesn't support HTML5 audio</p></div>
    </amp-audio>
  </div>
  <amp-carousel type="slides" width="600" height="400" layout="responsive" class="gallery">
    <figure>
      <amp-img src="/img/seal1.jpg" width="600" height="400" alt=""></amp-img>
      <figcaption>A pup on the outer bank <span class="credit">Photo: Lorna Fisk / Tolland Bay Wardens</span> <span class="count">1/3</span></figcaption>
    </figure>
    <figure>
      <amp-img src="/img/seal2.jpg" width="600" height="400" alt=""></amp-img>
      <figcaption>Wardens count from a boat at low tide <span class="credit">Photo: Lorna Fisk / Tolland Bay Wardens</span> <span class="count">2/3</span></figcaption>
    </figure>
    <figure>
      <amp-img src="/img/seal3.jpg" width="600" height="400" alt=""></amp-img>
      <figcaption>The sea wall viewing point <span class="credit">Photo: Observer</span> <span class="count">3/3</span></figcaption>
    </figure>
  </amp-carousel>
  {paras(K03_BODY)}
  <amp-social-share type="facebook" width="40" height="40"></amp-social-share>
  <amp-social-share type="email" width="40" height="40"></amp-social-share>
</article>
<footer><p>&copy; Tolland Bay Observer 2027</p></footer>
</body>
</html>
"""

# ---------------------------------------------------------------- k04: cookie banner and audio player
K04_BODY = [
    "A new footbridge over the River Wenn at Ashcombe will open on Friday, two years after "
    "floods swept the old one away.",
    "The 40-metre steel bridge links the Riverside estate with Ashcombe station, a walk that "
    "has taken residents 25 minutes by road since the old bridge was lost.",
    "The county council said the bridge cost 1.9 million pounds, most of it from a national "
    "flood recovery fund.",
    "Its deck sits 1.2 metres higher than the old one, above the level of the 2025 flood.",
    "Residents have been invited to walk across it with the mayor at 10am on Friday.",
]
k04 = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ashcombe footbridge to reopen two years after flood | Wenn Valley News</title>
<meta property="og:site_name" content="Wenn Valley News">
<meta property="article:published_time" content="2027-03-17T08:05:00+00:00">
<meta property="article:modified_time" content="2027-03-17T13:30:00+00:00">
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header><a href="/" class="logo">Wenn Valley News</a>
<nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav></header>
<main id="main">
<article>
  <h1>Ashcombe footbridge to reopen two years after flood</h1>
  <div class="meta-row">
    <span class="author">By <a href="/author/lewis-carne">Lewis Carne</a></span>
    <time datetime="2027-03-17T08:05:00+00:00">Wednesday 17 March 2027, 8:05am</time>
    <span class="reading-time">4 min read</span>
  </div>
  <div class="article-audio" data-component="audio">
    <button>Listen to this article</button>
    <span class="duration">03:48</span>
    <p class="audio-note">Audio generated by an automated voice. Report an issue</p>
  </div>
  <div class="article-body">
  {paras(K04_BODY)}
  </div>
</article>
</main>
<footer><p>Wenn Valley News &copy; 2027. All rights reserved.</p></footer>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <h2>We value your privacy</h2>
  <p>We and our 182 partners store and access information on your device, such as cookies, to show you personalised ads and content, measure them and improve our services.</p>
  <p>You can accept all cookies, reject those that are not necessary, or choose which ones you allow. You can change your mind at any time from the Privacy settings link at the foot of each page.</p>
  <button>Accept all</button> <button>Reject non-essential</button> <button>Cookie settings</button>
</div>
</body>
</html>
"""

# ---------------------------------------------------------------- k05: embedded posts, printed date only
K05_BODY = [
    "Hundreds of passengers were stranded at Kellan Quay on Sunday night when the last two "
    "ferries to the islands were cancelled after a crew member fell ill.",
    "The ferry company said on social media that no relief crew could be found at short notice.",
    "Passengers said they were told of the cancellations only 20 minutes before the 9pm sailing.",
    "The island's councillor, Wes Ardagh, said the company had promised a relief crew after the "
    "same thing happened in February.",
    "The company said it would pay for hotel rooms and that an extra sailing would leave at "
    "6am on Monday.",
]
k05 = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Passengers stranded as island ferries cancelled | Kellan Coast Today</title>
<meta property="og:site_name" content="Kellan Coast Today">
</head>
<body>
<header><a href="/" class="site-logo">Kellan Coast Today</a></header>
<article class="post">
  <h1>Passengers stranded as island ferries cancelled</h1>
  <p class="byline">By Nora Quill | Published 12 April 2027</p>
  <div class="entry-content">
  {paras(K05_BODY[:2])}
  <blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">Tonight's 21:00 and 22:30 sailings from Kellan Quay are cancelled due to crew illness. We are sorry for the disruption. <a href="https://t.co/k9">pic.twitter.com/Fw7eRr</a></p>&mdash; Kellan Isles Ferries (@kellanferries) <a href="https://x.com/kellanferries/status/177">April 11, 2027</a></blockquote>
  <div class="embed-meta">1.4K Reposts &middot; 3,208 Likes &middot; 412 Replies</div>
  {paras(K05_BODY[2:4])}
  <blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/3k"><p lang="en">Second time since February. Promised a relief crew then too. 120 people on the quay in the rain.</p>&mdash; Wes Ardagh (<a href="https://bsky.app/profile/wesardagh.bsky.social">@wesardagh.bsky.social</a>) <a href="https://bsky.app/profile/wesardagh.bsky.social/post/3k">April 11, 2027 at 9:47 PM</a></blockquote>
  {paras(K05_BODY[4:])}
  </div>
</article>
<footer>&copy; Kellan Coast Today</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- k06: photo gallery inside a story
K06_BODY = [
    "More than 400 volunteers cleared 3.2 tonnes of litter from the beaches of Farrow Sands "
    "on Saturday, the largest clean-up the town has held.",
    "The Farrow Sands Beach Guardians, who organised the day, said fishing net and plastic "
    "bottles made up more than half of what was collected.",
    "The group's chair, Delyth Mawr, said the turnout was twice last year's.",
    "The litter will be sorted at the council depot, and the nets sent to a firm in Cornwall "
    "that turns them into plastic pellets.",
    "The next clean-up is planned for September.",
]
k06 = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>In pictures: 400 volunteers clear Farrow Sands beaches | Farrow Gazette</title>
<meta property="og:site_name" content="Farrow Gazette">
<meta property="article:published_time" content="2027-04-19T10:00:00+01:00">
<meta name="author" content="Gethin Pryce">
</head>
<body>
<header><a class="brand" href="/">Farrow Gazette</a></header>
<article>
  <h1>In pictures: 400 volunteers clear Farrow Sands beaches</h1>
  <div class="byline">By Gethin Pryce</div>
  <time datetime="2027-04-19T10:00:00+01:00">19 April 2027</time>
  <figure class="lead-image">
    <img src="/img/beach-lead.jpg" alt="">
    <figcaption>Volunteers on the north beach at low tide (Image: Farrow Gazette)</figcaption>
  </figure>
  <div class="article-body">
  {paras(K06_BODY[:2])}
  <section class="gallery" aria-label="Gallery">
    <h3 class="gallery__title">Gallery: 5 photos</h3>
    <figure class="gallery__item"><img src="/g/1.jpg" alt=""><figcaption><span class="gallery__count">1 of 5</span> Sacks of fishing net piled by the lifeboat station <span class="gallery__credit">Photograph: Siân Rhys for the Farrow Gazette</span></figcaption></figure>
    <figure class="gallery__item"><img src="/g/2.jpg" alt=""><figcaption><span class="gallery__count">2 of 5</span> Children from Farrow primary school sort bottles from cans <span class="gallery__credit">Photograph: Siân Rhys for the Farrow Gazette</span></figcaption></figure>
    <figure class="gallery__item"><img src="/g/3.jpg" alt=""><figcaption><span class="gallery__count">3 of 5</span> A tractor tows a trailer of litter up the slipway <span class="gallery__credit">Photograph: Beach Guardians</span></figcaption></figure>
    <a class="gallery__more" href="/gallery/farrow-clean-up">View all 5 photos</a>
  </section>
  {paras(K06_BODY[2:])}
  </div>
</article>
<footer><p>&copy; Farrow Gazette 2027</p></footer>
</body>
</html>
"""

# ---------------------------------------------------------------- k07: updated above published, zones
K07_BODY = [
    "Water in the Marlin Creek reservoir has fallen to 31 percent of capacity, its lowest "
    "level in March since records began in 1962, the county water district said on Monday.",
    "The district asked the 86,000 households it serves to cut outdoor watering to one day a "
    "week from April 1.",
    "Rainfall over the winter was less than half the average, and the snowpack in the hills "
    "above the reservoir melted early.",
    "District general manager Luis Carrasco said mandatory limits would follow in May if the "
    "level fell below 25 percent.",
]
k07_ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Marlin Creek reservoir at record March low",
    "datePublished": "2027-03-01T22:30:00-08:00",
    "dateModified": "2027-03-02T09:15:00-08:00",
    "author": {"@type": "Person", "name": "Carla Benitez"},
    "publisher": {"@type": "Organization", "name": "Sierra Foothill Record"},
}
k07 = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Marlin Creek reservoir at record March low - Sierra Foothill Record</title>
<script type="application/ld+json">{script_json(k07_ld)}</script>
</head>
<body>
<header><a href="/" class="logo">Sierra Foothill Record</a></header>
<article>
  <h1>Marlin Creek reservoir at record March low, water district asks for cuts</h1>
  <div class="byline">By <span class="author-name">Carla Benitez</span></div>
  <div class="timestamps">
    <p class="updated">Updated March 2, 2027 9:15 AM PT</p>
    <p class="published">Published March 1, 2027 10:30 PM PT</p>
  </div>
  <div class="story-body">
  {paras(K07_BODY)}
  </div>
</article>
<footer><p>&copy; 2027 Sierra Foothill Record</p></footer>
</body>
</html>
"""

# ---------------------------------------------------------------- k08: update note on top, correction at foot
K08_BODY = [
    "Update, March 4, 2027: This story has been updated with a statement from Harwell Water.",
    "Residents of three villages north of Harwell have been told to boil their tap water after "
    "routine tests found E. coli at the Bryn Lane treatment works.",
    "The notice covers about 4,100 homes in Cefn Isaf, Pantglas and Llys Newydd.",
    "Bottled water is being handed out at Pantglas village hall from 8am to 8pm.",
    "Harwell Water said on Thursday that a faulty valve had let untreated water into the "
    "system and that it had been replaced.",
    "Correction: An earlier version of this article said the notice covered 14,100 homes. "
    "It covers about 4,100.",
]
k08 = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Boil-water notice for three villages near Harwell | Mid Teifi Journal</title>
<meta property="og:site_name" content="Mid Teifi Journal">
<meta property="article:modified_time" content="2027-03-04T15:10:00+00:00">
</head>
<body>
<header><a href="/" class="logo">Mid Teifi Journal</a></header>
<article>
  <h1>Boil-water notice for three villages near Harwell</h1>
  <p class="byline">By Eirian Hopkin</p>
  <p class="dateline">Published March 2, 2027</p>
  <div class="article-body">
  <div class="update-notice"><p><strong>Update, March 4, 2027:</strong> This story has been updated with a statement from Harwell Water.</p></div>
  {paras(K08_BODY[1:5])}
  <p class="correction"><em>{esc(K08_BODY[5], quote=False)}</em></p>
  </div>
</article>
<footer><p>&copy; Mid Teifi Journal 2027</p></footer>
</body>
</html>
"""

# ---------------------------------------------------------------- k09: syndicated copy
K09_BODY = [
    "The Orrin Valley's last dairy processor will close its Eastmead plant in June, leaving "
    "about 60 farms to send their milk more than 90 miles for bottling.",
    "Valley Creamery said falling prices and the cost of replacing its pasteurising line had "
    "made the plant unviable. Its 74 workers were told on Tuesday.",
    "Farmers said the extra haulage would cost them up to 2 cents a gallon.",
    "State agriculture officials said they would meet the company and the farmers next week.",
    "This article first appeared in The Orrin Valley Ledger on March 3, 2027, and is "
    "republished here under a Creative Commons licence.",
]
k09 = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Valley's last dairy plant to close, leaving farms a 90-mile haul | Westfold Independent</title>
<meta property="og:site_name" content="Westfold Independent">
<meta property="article:published_time" content="2027-03-06T10:00:00-05:00">
</head>
<body>
<header><a href="/" class="logo">Westfold Independent</a>
<nav><a href="/local">Local</a><a href="/state">State</a><a href="/partners">Partner stories</a></nav></header>
<article>
  <h1>Valley's last dairy plant to close, leaving farms a 90-mile haul</h1>
  <p class="byline">By Anika Roos, The Orrin Valley Ledger</p>
  <time datetime="2027-03-06T10:00:00-05:00">March 6, 2027</time>
  <div class="entry-content">
  {paras(K09_BODY[:4])}
  <p class="syndication-note"><em>{esc(K09_BODY[4], quote=False)}</em></p>
  </div>
  <aside class="republish-box">
    <h3>Republish this story</h3>
    <p>You may republish this story for free under a Creative Commons licence. Please credit the author and the Westfold Independent.</p>
    <button>Copy HTML</button>
  </aside>
</article>
<footer><p>&copy; 2027 Westfold Independent</p></footer>
</body>
</html>
"""

# ---------------------------------------------------------------- k10: paywall marked in JSON-LD hasPart
K10_FREE = [
    "Stennick Harbour Board has approved a 38 million pound plan to build a deep-water berth "
    "for offshore wind service ships, its chair said on Wednesday.",
    "The berth would let vessels of up to 120 metres use the harbour at any state of the tide.",
]
K10_LOCKED = [
    "Construction is expected to start next spring and to take two years, with most of the "
    "money borrowed against future port dues.",
    "Fishermen who use the inner harbour have asked for guarantees that their moorings will "
    "not be moved.",
    "The board said it expected the berth to bring 140 jobs to the town by 2031.",
]
k10_ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Stennick harbour approves deep-water berth for wind farm ships",
    "datePublished": "2027-02-10T06:00:00+00:00",
    "author": {"@type": "Person", "name": "Fergus Laidlaw"},
    "publisher": {"@type": "Organization", "name": "The Stennick Press"},
    "isAccessibleForFree": False,
    "hasPart": {
        "@type": "WebPageElement",
        "isAccessibleForFree": False,
        "cssSelector": ".premium-content",
    },
}
k10 = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Stennick harbour approves deep-water berth for wind farm ships | The Stennick Press</title>
<meta property="og:site_name" content="The Stennick Press">
<script type="application/ld+json">{script_json(k10_ld)}</script>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header><a href="/" class="logo">The Stennick Press</a></header>
<article>
  <h1>Stennick harbour approves deep-water berth for wind farm ships</h1>
  <p class="byline">By Fergus Laidlaw</p>
  <time datetime="2027-02-10T06:00:00+00:00">10 February 2027</time>
  <div class="article-body">
  {paras(K10_FREE)}
  <div class="premium-content">
  {paras(K10_LOCKED)}
  </div>
  <div class="paywall-offer">
    <h3>Keep reading for just &pound;1</h3>
    <p>Subscribe for unlimited access to local news you can trust. Cancel anytime.</p>
    <a href="/subscribe">Subscribe now</a>
    <p>Already a subscriber? <a href="/login">Log in</a></p>
  </div>
  </div>
</article>
<footer><p>&copy; The Stennick Press 2027</p></footer>
</body>
</html>
"""

# ---------------------------------------------------------------- k11: English story, Spanish template
K11_BODY = [
    "Port authorities in Valdeluz have closed the old fish market on the quay after inspectors "
    "found cracks in the pillars that hold up its roof.",
    "The market, built in 1928, was due to reopen in April after a winter refit. About 30 "
    "stallholders will move to a tent on the car park next door.",
    "Engineers will decide within six weeks whether the roof can be repaired or must be taken "
    "down.",
    "The town's mayor, Alba Serrano, said the building would be saved if at all possible.",
]
k11 = f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Valdeluz closes old fish market over cracked pillars | Diario del Estrecho</title>
<meta property="og:site_name" content="Diario del Estrecho">
<meta property="og:locale" content="es_ES">
</head>
<body>
<div class="aviso-cookies" role="dialog">
  <p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.</p>
  <button>Aceptar todas</button> <button>Rechazar</button> <button>Configurar</button>
</div>
<header class="cabecera">
  <a href="/" class="logo">Diario del Estrecho</a>
  <nav><a href="/">Inicio</a> <a href="/noticias">Noticias</a> <a href="/deportes">Deportes</a> <a href="/english">English edition</a></nav>
  <p class="fecha-hoy">Lunes, 8 de marzo de 2027</p>
</header>
<main>
<article class="noticia">
  <p class="antetitulo">English edition</p>
  <h1>Valdeluz closes old fish market over cracked pillars</h1>
  <div class="firma">Por <span class="autor">Lucía Ferreras</span></div>
  <div class="fechas">
    <span class="publicado">Publicado el 5 de marzo de 2027, 10:20 CET</span>
    <span class="actualizado">Actualizado hace 2 horas</span>
    <span class="lectura">Lectura: 3 min</span>
  </div>
  <div class="escuchar"><button>Escuchar este artículo</button> <span>2:41</span></div>
  <div class="cuerpo">
  {paras(K11_BODY)}
  </div>
  <div class="compartir">Compartir: Facebook | X | WhatsApp</div>
  <section class="relacionadas"><h3>Noticias relacionadas</h3>
    <ul><li><a href="/n/1">El puerto amplía el muelle de cruceros</a></li></ul></section>
</article>
</main>
<footer><p>&copy; 2027 Diario del Estrecho. Todos los derechos reservados.</p></footer>
</body>
</html>
"""

# ---------------------------------------------------------------- k12: text copy, cookie lines, relative stamps
K12_BODY = [
    "Firefighters spent nine hours bringing a fire at a recycling yard in Corbridge Vale under "
    "control on Sunday, and nearby residents were told to keep their windows shut.",
    "Eight crews were called to the Mill Road yard at 2.40am, where bales of paper and plastic "
    "were alight across an area the size of a football pitch.",
    "No one was hurt. The fire service said the cause was not yet known.",
    "The yard's owner, Corbridge Reclaim, said it would reopen on Wednesday.",
]
k12 = (
    """We use cookies
We use cookies to give you the best experience of our website. By clicking "Accept all", you agree to the storing of cookies on your device. You can manage your preferences at any time.
Accept all
Reject all
Manage settings

Corbridge Vale Echo
News
Sport
What's On

Recycling yard fire takes nine hours to bring under control
By Ingrid Sola
Updated 3 hours ago
Published 14 March 2027, 6:02pm
Listen to this article
6 min read

"""
    + "\n\n".join(K12_BODY)
    + """

Share this article
Copy link
More on this story
Mill Road yard fined over dust in 2025
© Corbridge Vale Echo 2027
"""
)

# ---------------------------------------------------------------- k13: text copy with an embedded post
K13_BODY = [
    "A section of the coastal path between Ravenhythe and Skelby has been closed after a "
    "cliff fall on Wednesday night carried away 30 metres of the trail.",
    "The national park authority said the path would stay shut until the cliff edge had been "
    "surveyed, which could take several weeks.",
    "Walkers are being sent inland along the old railway line, adding about two miles to the "
    "route.",
    "The same stretch was closed for five months after a fall in 2024.",
]
k13 = (
    """Ravenhythe Chronicle

Coastal path closed after cliff fall near Skelby
By Tamsin Oakes
Friday 5 March 2027

"""
    + "\n\n".join(K13_BODY[:2])
    + """

North Cliffs National Park
@northcliffsnp
·
Follow
The coast path between Ravenhythe and Skelby is closed following a cliff fall. Please follow the diversion signs and stay away from the cliff edge.
9:14 AM · Mar 4, 2027
1.2K
Reply
Copy link
Read 56 replies

"""
    + "\n\n".join(K13_BODY[2:])
    + """

Related topics
Ravenhythe
Coast
"""
)

# ---------------------------------------------------------------- k14: Arc-like Fusion.globalContent
K14_BODY = [
    "Marrow Point's council voted on Tuesday night to ban cars from Front Street on summer "
    "weekends, starting on the Memorial Day weekend.",
    "The street will be closed from 10am to 10pm on Saturdays and Sundays between late May "
    "and Labor Day, and cafes will be allowed to put tables in the road.",
    "Parking",
    "The town will open an overflow lot at the old ballfield, with a free shuttle every 15 "
    "minutes.",
    "Shop owners were split. Dana Whitcomb, who runs a bakery on Front Street, said the trial "
    "last August had doubled her weekend sales.",
    "The council will review the ban in October.",
]
k14_content = {
    "_id": "OPQ4X3NMRZ",
    "type": "story",
    "headlines": {
        "basic": "Front Street goes car-free on summer weekends",
        "web": "Marrow Point bans cars from Front Street on summer weekends",
    },
    "subheadlines": {"basic": "Council backs trial after cafes' sales doubled"},
    "credits": {"by": [{"type": "author", "name": "Jordan Ellery", "org": "Marrow Point Daily"}]},
    "first_publish_date": "2027-02-17T14:00:00.000Z",
    "display_date": "2027-02-18T09:12:00.000Z",
    "last_updated_date": "2027-02-18T09:12:00.000Z",
    "content_elements": [
        {"type": "text", "content": K14_BODY[0]},
        {"type": "text", "content": K14_BODY[1].replace("tables", "<b>tables</b>")},
        {
            "type": "interstitial_link",
            "content": "Read more: Front Street trial: what shoppers said",
            "url": "/2026/09/01/front-street-trial/",
        },
        {"type": "header", "level": 2, "content": K14_BODY[2]},
        {"type": "text", "content": K14_BODY[3]},
        {
            "type": "image",
            "caption": "Cafe tables on Front Street during last August's trial.",
            "credits": {"by": [{"name": "Sam Ortiz / Marrow Point Daily"}]},
        },
        {"type": "text", "content": K14_BODY[4]},
        {"type": "raw_html", "content": '<div class="ad-slot" data-ad="mid">Advertisement</div>'},
        {"type": "text", "content": K14_BODY[5]},
    ],
}
k14 = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Marrow Point bans cars from Front Street on summer weekends</title>
<meta property="og:site_name" content="Marrow Point Daily">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div id="fusion-app">
  <header class="masthead"><a href="/">Marrow Point Daily</a></header>
  <div class="article-skeleton" aria-busy="true">
    <div class="skeleton skeleton--title"></div>
    <div class="skeleton skeleton--text"></div>
    <div class="skeleton skeleton--text"></div>
  </div>
  <noscript>Please enable JavaScript to read this article.</noscript>
</div>
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="marrow-point-daily";Fusion.deployment="412";Fusion.globalContent={script_json(k14_content)};Fusion.globalContentConfig={{"source":"content-api","query":{{"_id":"OPQ4X3NMRZ"}}}};</script>
</body>
</html>
"""

# ---------------------------------------------------------------- k15: paywalled text copy
K15_FREE = [
    "Thornbury Royal Infirmary will close its maternity unit to births overnight from next "
    "month because it cannot find enough midwives, the health board said on Friday.",
    "Women in labour between 8pm and 8am will be taken to Castlereagh, 32 miles away.",
]
k15 = (
    """THE THORNBURY ARGUS

Maternity unit to close overnight for lack of midwives
Hywel Prothero, Health reporter
Saturday 20 February 2027

"""
    + "\n\n".join(K15_FREE)
    + """

This article is for subscribers only
Subscribe to the Thornbury Argus for unlimited access from just £1 a week.
Subscribe
Already a subscriber? Sign in
"""
)

DOCUMENTS = [
    ("k01_next_blocks_skeleton.html", k01),
    ("k02_jsonld_body_skeleton_listen.html", k02),
    ("k03_amp_consent_audio_carousel.html", k03),
    ("k04_cookie_banner_audio_player.html", k04),
    ("k05_embedded_posts_printed_date.html", k05),
    ("k06_gallery_captions_credits.html", k06),
    ("k07_updated_over_published_pt.html", k07),
    ("k08_update_top_correction_foot.html", k08),
    ("k09_syndicated_first_appeared.html", k09),
    ("k10_paywall_haspart_selector.html", k10),
    ("k11_english_story_spanish_template.html", k11),
    ("k12_cookie_lines_relative_stamp.txt", k12),
    ("k13_copied_post_between_paragraphs.txt", k13),
    ("k14_arc_global_content_skeleton.html", k14),
    ("k15_paywall_text_copy.txt", k15),
]

if __name__ == "__main__":
    write_documents(HERE, DOCUMENTS)
