"""The language an article is written in, told from its own words.

A page's ``lang`` attribute is often missing, and often describes the site's chrome rather than
the story (an English wire story inside a Spanish portal keeps the portal's ``lang="es"``).
The analyst needs to know the language because extraction reads English: a story in another
language yields few dates and figures, and the import should say why.

The method is a small one that needs no model: a script other than Latin names its language
(Greek, Hebrew, Hangul, kana, Han characters, Thai...); Cyrillic is told apart by the letters
only Ukrainian or only Russian uses; Latin-script text is told by its commonest short words
("the", "and" / "les", "des" / "der", "und" / "los", "del"...), which any paragraph of prose
is full of. A text too short to show enough of them, or shared between two languages, gives
no answer rather than a guess.
"""

from __future__ import annotations

import re
import unicodedata

#: Language names for the note that tells the analyst what was found.
NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "ru": "Russian",
    "uk": "Ukrainian", "ar": "Arabic", "fa": "Persian", "el": "Greek", "he": "Hebrew",
    "ja": "Japanese", "ko": "Korean", "zh": "Chinese", "hi": "Hindi", "th": "Thai",
    "ka": "Georgian", "hy": "Armenian", "tr": "Turkish",
}  # fmt: skip


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# The commonest words of each language that are rare in the others. Words shared by several
# of them ("de", "en", "a", "e", "in") are left out: they would only blur the count.
_COMMON_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and of to is that for was with said it as at by from his her have has were "
        "which this be are after would will not their they but had who been when there "
        "about than more its also"
    ),
    "fr": _words(
        "le les des du une et est dans pour qui sur au aux pas avec ont été sont ce cette "
        "elle selon mais plus leur ses nous vous sa son depuis après lors très aussi"
    ),
    "de": _words(
        "der die das und ist nicht mit sich dem den ein eine einer auf für von zu im auch "
        "wurde sind hat haben nach bei wie aus dass oder werden noch sie wird zum zur über "
        "vor schon"
    ),
    "es": _words(
        "el los las y por para lo como más pero sus su fue según está han este esta desde "
        "muy también sobre hasta son tras"
    ),
    "pt": _words(
        "o os do dos das em um não no nos nas ao à às foi foram é são será mais mas ou pelo "
        "pela pelos pelas seu sua seus suas disse também ainda já muito após nesta neste"
    ),
    "it": _words(
        "gli della delle dei degli che di per non è sono nel nella alla alle anche più dal "
        "dalla stato ma come questo questa dopo tra essere sul sulla sui ai agli hanno perché "
        "però già cui loro secondo"
    ),
    "nl": _words(
        "het een van dat op te voor met zijn niet aan er ook als bij door naar heeft wordt "
        "werd maar nog worden zich tot uit deze"
    ),
    "pl": _words(
        "w z się nie że jest jak od po za przez dla oraz był została został jego już tym "
        "które który która ale też"
    ),
    "sv": _words(
        "och att det som är på för av till har inte ett var men från sig också eller efter enligt"
    ),
    "tr": _words("ve bir bu için ile olarak olan çok daha göre sonra ancak kadar gibi"),
}

_WORD = re.compile(r"[^\W\d_]+")

#: Fewer common words than this in the whole text settles nothing.
_LEAST_HITS = 6
#: The winner must show this many times the runner-up's count of common words.
_LEAD_OVER_SECOND = 1.6
#: ...and its common words must be at least this share of all the words.
_LEAST_SHARE = 0.08
#: Letters of a script other than Latin that name the language when they are the most.
_LEAST_LETTERS = 20

_UKRAINIAN_ONLY = set("іїєґІЇЄҐ")
_RUSSIAN_ONLY = set("ыэъёЫЭЪЁ")
_PERSIAN_ONLY = set("پچژگ")


def _script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    if ch.isascii():
        return "latin"
    name = unicodedata.name(ch, "")
    for script in (
        "LATIN", "CYRILLIC", "ARABIC", "GREEK", "HEBREW", "HANGUL", "HIRAGANA", "KATAKANA",
        "CJK", "DEVANAGARI", "THAI", "GEORGIAN", "ARMENIAN",
    ):  # fmt: skip
        if name.startswith(script):
            return script.lower()
    return "other"


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when the text does
    not show it clearly (too short, or mixed)."""
    sample = text[:20000]
    counts: dict[str, int] = {}
    for ch in sample:
        script = _script(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    script, letters = max(counts.items(), key=lambda kv: kv[1])
    if script != "latin" and letters >= _LEAST_LETTERS:
        return _language_of_script(script, sample, counts)
    if script != "latin":
        return None
    return _language_of_words(sample)


def _language_of_script(script: str, sample: str, counts: dict[str, int]) -> str | None:
    if script == "cyrillic":
        uk = sum(ch in _UKRAINIAN_ONLY for ch in sample)
        ru = sum(ch in _RUSSIAN_ONLY for ch in sample)
        if uk > ru:
            return "uk"
        return "ru" if ru > uk else None
    if script == "arabic":
        return "fa" if sum(ch in _PERSIAN_ONLY for ch in sample) >= 3 else "ar"
    if script in ("hiragana", "katakana"):
        return "ja"
    if script == "cjk":
        # Japanese writes kana between its Han characters; Chinese does not.
        kana = counts.get("hiragana", 0) + counts.get("katakana", 0)
        return "ja" if kana * 10 >= counts["cjk"] else "zh"
    return {
        "greek": "el", "hebrew": "he", "hangul": "ko", "devanagari": "hi", "thai": "th",
        "georgian": "ka", "armenian": "hy",
    }.get(script)  # fmt: skip


def _language_of_words(sample: str) -> str | None:
    words = [w.casefold() for w in _WORD.findall(sample)]
    if not words:
        return None
    hits = {lang: sum(w in common for w in words) for lang, common in _COMMON_WORDS.items()}
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    (best, most), (_, second) = ranked[0], ranked[1]
    if most < _LEAST_HITS or most < second * _LEAD_OVER_SECOND:
        return None
    if most < _LEAST_SHARE * len(words):
        return None
    return best
