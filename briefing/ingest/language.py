"""Which language a report is in (whatlang: a small, fast detector whose data is compiled into
the package; nothing is downloaded).

The analysis is English. A report is called English unless the detector is confident it is in
another language and there is enough text to tell: a few words of English with a foreign name in
them stay English.
"""

from __future__ import annotations

import re

ENGLISH = "en"
_SAMPLE = 6000  # characters looked at (detection time stays flat on huge reports)
_MIN_LETTERS = 60  # fewer letters than this: too little to tell, assume English
_MIN_CONFIDENCE = 0.5
# Words no other language writes between spaces; in English news they are 7-12 in every hundred
# words. A sample with one in twenty of them is English (the detector, which is a quarter of the
# time spent reading a report, agrees), so the detector only looks at the others.
_ENGLISH_WORDS = (" the ", " of ", " and ", " that ", " said ", " with ")
_ENGLISH_SHARE = 0.05
_MIN_SPACES = 8  # (a short brief of two sentences is judged by its words too)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# whatlang's ISO 639-3 codes -> the ISO 639-1 codes people and HTML use, with English names.
_LANGS: dict[str, tuple[str, str]] = {
    "afr": ("af", "Afrikaans"), "aka": ("ak", "Akan"), "amh": ("am", "Amharic"),
    "ara": ("ar", "Arabic"), "aze": ("az", "Azerbaijani"), "bel": ("be", "Belarusian"),
    "ben": ("bn", "Bengali"), "bul": ("bg", "Bulgarian"), "cat": ("ca", "Catalan"),
    "ces": ("cs", "Czech"), "cmn": ("zh", "Chinese"), "dan": ("da", "Danish"),
    "deu": ("de", "German"), "ell": ("el", "Greek"), "eng": ("en", "English"),
    "epo": ("eo", "Esperanto"), "est": ("et", "Estonian"), "fin": ("fi", "Finnish"),
    "fra": ("fr", "French"), "guj": ("gu", "Gujarati"), "heb": ("he", "Hebrew"),
    "hin": ("hi", "Hindi"), "hrv": ("hr", "Croatian"), "hun": ("hu", "Hungarian"),
    "hye": ("hy", "Armenian"), "ind": ("id", "Indonesian"), "ita": ("it", "Italian"),
    "jav": ("jv", "Javanese"), "jpn": ("ja", "Japanese"), "kan": ("kn", "Kannada"),
    "kat": ("ka", "Georgian"), "khm": ("km", "Khmer"), "kor": ("ko", "Korean"),
    "lat": ("la", "Latin"), "lav": ("lv", "Latvian"), "lit": ("lt", "Lithuanian"),
    "mal": ("ml", "Malayalam"), "mar": ("mr", "Marathi"), "mkd": ("mk", "Macedonian"),
    "mya": ("my", "Burmese"), "nep": ("ne", "Nepali"), "nld": ("nl", "Dutch"),
    "nob": ("nb", "Norwegian"), "ori": ("or", "Oriya"), "pan": ("pa", "Punjabi"),
    "pes": ("fa", "Persian"), "pol": ("pl", "Polish"), "por": ("pt", "Portuguese"),
    "ron": ("ro", "Romanian"), "rus": ("ru", "Russian"), "sin": ("si", "Sinhala"),
    "slk": ("sk", "Slovak"), "slv": ("sl", "Slovenian"), "sna": ("sn", "Shona"),
    "spa": ("es", "Spanish"), "srp": ("sr", "Serbian"), "swe": ("sv", "Swedish"),
    "tam": ("ta", "Tamil"), "tel": ("te", "Telugu"), "tgl": ("tl", "Tagalog"),
    "tha": ("th", "Thai"), "tuk": ("tk", "Turkmen"), "tur": ("tr", "Turkish"),
    "ukr": ("uk", "Ukrainian"), "urd": ("ur", "Urdu"), "uzb": ("uz", "Uzbek"),
    "vie": ("vi", "Vietnamese"), "yid": ("yi", "Yiddish"), "zul": ("zu", "Zulu"),
}
_NAMES = {code: name for code, name in _LANGS.values()}

# Languages that write 48.000,5 (a point between thousands, a comma before decimals).
DECIMAL_COMMA = frozenset((
    "es", "de", "fr", "it", "pt", "nl", "da", "sv", "nb", "fi", "pl", "cs", "sk", "sl", "hr", "sr",
    "ro", "ru", "uk", "bg", "el", "tr", "hu", "et", "lv", "lt", "id", "vi", "ca"))


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in ('en' when unsure)."""
    sample = text[:_SAMPLE]
    # counted in C; most reports reach the bound in their first few lines
    spaces = sample.count(" ")
    if spaces >= _MIN_SPACES:
        need = _ENGLISH_SHARE * spaces
        # the words as written first: each is found at least as often in the lower-cased
        # sample, so enough of them decide at once (most reports: " the " alone)
        found = 0
        for word in _ENGLISH_WORDS:
            found += sample.count(word)
            if found >= need:
                return ENGLISH
        # then in any case, with punctuation and the sample's ends standing for the blanks
        # ("The budget …, officials said."): a short brief has too few words to lose any
        words = " " + " ".join(_WORD.findall(sample.lower())) + " "
        if sum(map(words.count, _ENGLISH_WORDS)) >= need:
            return ENGLISH
    if (sum(map(str.isalpha, sample[:200])) < _MIN_LETTERS
            and sum(map(str.isalpha, sample[:2000])) < _MIN_LETTERS):
        return ENGLISH
    import whatlang  # lazy: a compiled module, but text-only runs need not load it

    try:
        info = whatlang.detect(sample)
    except Exception:
        return ENGLISH
    lang, confidence = str(getattr(info, "lang", "")), float(getattr(info, "confidence", 0.0))
    code = _LANGS.get(lang, (lang, ""))[0]
    if not code or code == ENGLISH or confidence < _MIN_CONFIDENCE:
        return ENGLISH
    return code


def language_name(code: str | None) -> str:
    """'es' -> 'Spanish'; an unknown code is returned as it is."""
    if not code:
        return "English"
    return _NAMES.get(code, code)


def is_english(code: str | None) -> bool:
    return not code or code == ENGLISH or code.startswith("en-")


def local_number(text: str, language: str | None) -> float | None:
    """A number as written in ``language``: '48.000' is 48000 and '2,75' is 2.75 in Spanish.
    None when ``text`` holds no number or the language writes numbers the English way."""
    import re

    if not language or language not in DECIMAL_COMMA:
        return None
    m = re.search(r"\d[\d.,\u00a0\u202f ]*", text)
    if not m:
        return None
    raw = m.group(0).rstrip(".,\u00a0\u202f ")
    for sep in (".", "\u00a0", "\u202f", " "):
        raw = raw.replace(sep, "")
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return None
