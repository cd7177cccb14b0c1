"""The metrics stage: every figure of an article as a typed, located row.

A figure is a number (digits or French words) with its scale (`milliards`, `Mds`,
`k`), its unit or currency (ISO 4217), and what the sentence says around it: the
qualifier (`plus de` -> min), the period (`en 2016`, `sur les six premiers mois de
2017` -> 2017-H1), the sign given by a verb (`en baisse de 3,4 %` -> -3.4), the subject
(`volume global d'échanges` -> trade volume) and the countries of the sentence.

The grammar is a set of precompiled regular expressions walked left to right; no
model is loaded, so a 5 KB page takes a few milliseconds. Words that change with the
domain (subjects, counted nouns, currency aliases) live in
`econews/data/metrics_lexicon.json`, not in the code.

What is *not* a figure, by design: years and dates (`en 2016`, `8 février 2018`,
`2014-2020`), times (`12:03`), ordinals (`3ème`, `6ème session`, `1er`), durations
(`5 ans`, `six mois`), codes (`CO2`, `G20`, `5G`), numbers inside URLs, and the
indefinite article `un`/`une` unless a scale or unit follows (`un million`, `un dollar`).
"""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import polars as pl
import pycountry
from babel import Locale
from babel.numbers import get_territory_currencies
from text_to_num import text2num

from econews.countries import find_countries

LEXICON_PATH = resources.files("econews").joinpath("data/metrics_lexicon.json")

# Every non-currency unit the extractor can emit. Physical units keep the symbol as
# written (a GW figure stays in GW): converting would hide what the article said.
UNITS: frozenset[str] = frozenset(
    {
        "percent",
        "percentage_point",  # `points de pourcentage`: a change of a share, never a percent
        "basis_point",  # `points de base` (rates)
        "point",  # index points (`le MASI a gagné 120 points`)
        "jobs",
        "count",  # counted things: conventions, projets, entreprises, pays...
        "ratio",  # `le double`, `trois fois plus`
        "TWh", "GWh", "MWh", "kWh", "GW", "MW", "kW",
        "t", "kg", "km", "m", "cm", "mm", "km2", "m2", "ha", "m3", "l", "ml", "bbl",
    }
)

METRICS_SCHEMA: dict[str, pl.DataType] = {
    "metric_id": pl.Utf8,
    "doc_id": pl.Utf8,
    "start": pl.Int64,
    "end": pl.Int64,
    "text": pl.Utf8,
    "value": pl.Float64,
    "unit": pl.Utf8,
    "qualifier": pl.Utf8,
    "period": pl.Utf8,
    "subject": pl.Utf8,
    "countries": pl.List(pl.Utf8),
    "sentence": pl.Utf8,
}

# ---------------------------------------------------------------------------
# Lexicon and regular expressions (compiled once)
# ---------------------------------------------------------------------------

_SP = r"[ \u00a0\u202f]"  # space, no-break space, narrow no-break space
_APOS = r"['’]"
_MONTHS_FR = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
)
_MONTHS_EN = r"january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH_NUMBER = {
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "decembre": 12, "décembre": 12, "january": 1, "february": 2, "march": 3, "april": 4,
    "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
    "november": 11, "december": 12,
}
_YEAR = r"(?:1[89]|20)\d{2}"

# Digits: French groups (space, no-break spaces, dot before exactly three digits) with a
# decimal comma; English groups (commas) with a decimal point; plain decimals.
_DIGITS = rf"""
(?:
   \d+(?:[.,]\d+)?[eE][+-]?\d+(?![\w])
 | \d+(?:[.,]\d+)?\^[-+]*\d+(?![\w])
 | \d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?(?![\d,])
 |   \d{{1,3}}(?:{_SP}\d{{3}})+(?:,\d+)?(?!\d)
 | \d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?(?![\d])
 | \d{{1,3}}(?:,\d{{3}})+\.\d+
 | \d{{1,3}}(?:,\d{{3}}){{2,}}(?!\d)
 | \d+(?:[.,]\d+)?
 | [.,]\d+
)"""

# French number words that text2num composes (`vingt-six`, `trois cents`, `deux millions`).
_FR_WORD = (
    r"(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    r"|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante"
    r"|cents?|mille|millions?|milliards?)"
)
# `et` joins only `vingt et un` ... `soixante et onze`: `cinq milliards et trois quarts`
# is a number and a fraction, not one run.
_FR_WORDS = rf"(?<![\w-])(?!millions?|milliards?){_FR_WORD}(?:(?:[-\s]+|(?:\s+et\s+|-et-)(?=(?:une?|onze)(?![\w])))(?={_FR_WORD}(?![\w])){_FR_WORD})*(?![\w])"
_EN_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety|hundred|thousand|millions?|billions?|trillions?)"
)
_EN_WORDS = rf"(?<![\w-])(?!millions?|billions?|trillions?){_EN_WORD}(?:(?:[-\s]+|\s+and\s+){_EN_WORD})*(?![\w])"

# `un demi-million`, `demi milliard`, `un quart de million`, `deux tiers de milliard`,
# `une demi-douzaine`: a fraction of the scale or collective noun that follows.
_SCALE_AHEAD = r"(?:millions?|milliards?|billions?|trillions?|lakhs?|crores?)(?![\w])"
_COLLECTIVE_AHEAD = r"(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)s?(?![\w])"
_HALF = (
    r"(?<![\w-])(?:(?P<hnum>une?|deux|trois)\s+)?(?P<hden>demi|tiers|quarts?)"
    rf"(?:[-\s]?(?={_SCALE_AHEAD}|{_COLLECTIVE_AHEAD})|\s+d(?:e\s+|['’]\s*)(?={_SCALE_AHEAD}))"
)

_CORE_FR = re.compile(rf"(?P<half>{_HALF})|(?P<digits>(?<![\w.,]){_DIGITS})|(?P<words>{_FR_WORDS})", re.I | re.X)
_CORE_EN = re.compile(rf"(?P<half>(?!))|(?P<digits>(?<![\w.,]){_DIGITS})|(?P<words>{_EN_WORDS})", re.I | re.X)

# Scale words after a number. French billion is 10^12 (long scale), English 10^9.
_SCALE_FR = {
    "mille": 1e3, "k": 1e3, "K": 1e3, "million": 1e6, "millions": 1e6, "M": 1e6, "mn": 1e6,
    "milliard": 1e9, "milliards": 1e9, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9,
    "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "bn": 1e9, "Bn": 1e9,
    "billion": 1e12, "billions": 1e12, "trillion": 1e18, "trillions": 1e18, "b": 1e9,
    # Indian numbering, as French and English texts about India write it.
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
_SCALE_EN = {
    "thousand": 1e3, "k": 1e3, "K": 1e3, "million": 1e6, "millions": 1e6, "M": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "Bn": 1e9, "b": 1e9, "trillion": 1e12, "trillions": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
_SCALE_FR_RE = re.compile(
    r"(?:\s*)(?P<scale>millions?|milliards?|billions?|trillions?|lakhs?|crores?|mille|Mrds?|Mds|Md|mrds?|mds|mn|bn|Bn|M|k|K"
    r"|(?<=\d)b)"  # `1,2b`: the English abbreviation, glued to digits only
    r"(?![\w])(?!\.\s*[A-Z])", re.X
)
_SCALE_EN_RE = re.compile(
    r"(?:\s*)(?P<scale>thousand|millions?|billions?|trillions?|lakhs?|crores?|mn|bn|Bn|M|m|b|k|K)(?![\w])(?!\.\s*[A-Z])"
)
# A second scale word multiplies the first: `cent mille millions`, `trois crore lakh`.
_STACKED_SCALE_RE = re.compile(r"\s+(?P<scale>millions?|milliards?|billions?|lakhs?|crores?)(?![\w])", re.I)
_SCALE_WORD_FR_RE = re.compile(r"\s+(?P<scale>millions?|milliards?|billions?|trillions?|mille)(?![\w])", re.I)
_AND_HALF_RE = re.compile(
    r"\s+et\s+(?:(?P<num>une?|deux|trois)\s+)?(?P<den>demie?|tiers|quarts?)(?![\w])"
    # `un milliard et demi million`: the fraction is of the scale that follows it
    r"(?:[-\s]+(?:de\s+|d['’]\s*)?(?P<of>millions?|milliards?)(?![\w]))?", re.I
)
# Collective nouns: `une dizaine de projets` is about ten; `trois douzaines` is 36.
_COLLECTIVE = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
_COLLECTIVE_RE = re.compile(
    r"\s*(?P<coll>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)s?(?![\w])",
    re.I,
)
_DE = rf"(?:\s*(?:de|d{_APOS})\s*)"

# Percent-like units.
_PERCENT_RE = re.compile(
    r"\s*(?:(?P<pp>points?\s+de\s+pourcentage|pts?\s+de\s+pourcentage|percentage\s+points?)"
    r"|(?P<bp>points?\s+de\s+base|basis\s+points?|pbs?(?![\w])|bps?(?![\w]))"
    r"|(?P<pct>%|pour[\s-]?cents?(?![\w])|pourcents?(?![\w])|pourcentages?(?![\w])|per\s?cent(?![\w])|p\.\s?c\.)"
    r"|(?P<pts>points?(?![\w])|pts(?![\w])))",
    re.I,
)
_JOBS_RE = re.compile(
    rf"\s*(?P<jobs>postes?\s+d{_APOS}\s*emplois?|postes?\s+de\s+travail|emplois?|postes?|jobs?)(?![\w])", re.I
)
# Physical units, symbols case-sensitive (`t`, `MW`), words case-insensitive.
_PHYSICAL = [
    (r"TWh", "TWh"), (r"GWh", "GWh"), (r"MWh", "MWh"), (r"kWh", "kWh"),
    (r"GWc?", "GW"), (r"MWc?", "MW"), (r"kWc?", "kW"),
    (r"(?i:gigawattheures?)", "GWh"), (r"(?i:mégawattheures?)", "MWh"), (r"(?i:gigawatts?)", "GW"),
    (r"(?i:mégawatts?|megawatts?)", "MW"), (r"(?i:kilowatts?)", "kW"),
    (r"(?i:tonnes?(?:\s+métriques?)?|metric\s+tons?|tons?)", "t"), (r"Mt", "Mt"), (r"kt", "kt"), (r"t", "t"),
    (r"kg|(?i:kilogrammes?|kilos?)", "kg"),
    (r"km²|km2|(?i:kilomètres?\s+carrés?)", "km2"), (r"m²|m2|(?i:mètres?\s+carrés?)", "m2"),
    (r"m³|m3|(?i:mètres?\s+cubes?)", "m3"), (r"ha|(?i:hectares?)", "ha"),
    (r"km|(?i:kilomètres?|kilometres?)", "km"), (r"mm|(?i:millimètres?)", "mm"), (r"cm|(?i:centimètres?)", "cm"),
    (r"(?i:mètres?|metres?|meters?)", "m"), (r"ml|(?i:millilitres?)", "ml"), (r"(?i:litres?|liters?)|l|L", "l"),
    (r"(?i:barils?|barrels?)|bbl", "bbl"),
]
_PHYSICAL_RE = re.compile(
    r"\s*-?(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_PHYSICAL)) + r")(?![\w])"
)
_RATIO_RE = re.compile(r"\s+fois(?![\w])", re.I)
_DOUBLE_RE = re.compile(
    r"(?<![\w])(?P<pre>(?:près|presque|environ|plus|moins)\s+(?:du|de|d['’])\s+|le\s+|la\s+)?(?P<word>double|triple|quadruple)(?![\w])",
    re.I,
)


@dataclass
class _Lexicon:
    subjects: re.Pattern
    subject_labels: list[str]
    monetary: frozenset[str]
    counted: dict[str, str]
    durations: frozenset[str]
    currency_after: re.Pattern
    currency_before: re.Pattern
    currency_codes: dict[str, str]  # written form (as matched, normalized) -> ISO code
    minor_units: dict[str, str]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip()).lower()


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    # One alternation, one group per entry: at a given position the first entry that
    # matches wins, so the lexicon lists specific phrases before general ones.
    labels = [label for _, label in data["subjects"]]
    subjects = re.compile(
        r"(?<![\w])(?:" + "|".join(rf"(?P<s{i}>(?:{p})(?![\w]))" for i, (p, _) in enumerate(data["subjects"])) + ")",
        re.I,
    )
    iso = sorted(c.alpha_3 for c in pycountry.currencies)
    # Every current currency's CLDR names, French and English, singular and plural.
    names: dict[str, str] = {}
    for lang in ("fr", "en"):
        loc = Locale(lang)
        plural = loc._data.get("currency_names_plural", {})
        for code in iso:
            if code in loc.currencies:
                names[_norm(loc.currencies[code])] = code
            for form in (plural.get(code) or {}).values():
                names[_norm(form)] = code
    for alias, code in data["currency_aliases"].items():
        names[_norm(alias)] = code
    symbols = [a for a in data["currency_aliases"] if not a[0].isalpha()]
    words = sorted({k for k in names if k[0].isalpha()} - set(map(_norm, symbols)), key=len, reverse=True)
    word_alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    sym_alt = "|".join(re.escape(s).replace(r"\ ", r"\s?") for s in sorted(symbols, key=len, reverse=True))
    iso_alt = "|".join(iso)
    currency_after = re.compile(
        rf"\s*(?:(?P<csym>{sym_alt})(?![A-Za-z])|(?P<ciso>{iso_alt})(?![\w])|(?i:(?P<cword>{word_alt}))(?![\w]))"
    )
    currency_before = re.compile(
        rf"(?:(?P<pre3>(?i:{iso_alt}))\s?\$|(?P<psym>US\$|C\$|HK\$|A\$|\$|€|£|¥)|(?P<piso>{iso_alt}))\s?$"
    )
    return _Lexicon(
        subjects=subjects,
        subject_labels=labels,
        monetary=frozenset(data["monetary_subjects"]),
        counted={k.lower(): v for k, v in data["counted_nouns"].items()},
        durations=frozenset(data["durations"]),
        currency_after=currency_after,
        currency_before=currency_before,
        currency_codes=names,
        minor_units=data["minor_currency_units"],
    )


# Spans where digits are not figures: URLs, times, dates, year ranges, ordinals, codes.
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_BLOCKED_RE = re.compile(
    rf"""
      (?<!\d)\d{{1,2}}\s?[:h]\s?\d{{2}}(?!\d)(?!\s*(?:%|pour))          # 12:03, 11h30
    | (?<!\d)\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{2,4}}(?!\d)   # 17/05/2018, 01 - 11 - 2014
    | (?<!\d){_YEAR}-\d{{2}}(?:-\d{{2}})?(?!\d)                         # 2024-12, 2024-12-31
    | (?<!\d)\d{{1,2}}/{_YEAR}(?!\d)                                     # 01/1995
    | (?<![\w]){_YEAR}\s?[-–/]\s?(?:{_YEAR}|\d{{2}})(?!\d)               # 2014-2020, 2001/2016
    | (?i:(?<![\w])(?:1er|\d{{1,2}})\s+(?:{_MONTHS_FR})(?:\s+{_YEAR})?(?![\w]))
    | (?i:(?<![\w])(?:{_MONTHS_FR}|{_MONTHS_EN})\s+(?:\d{{1,2}},?\s+)?{_YEAR}(?!\d))
    | (?i:(?<![\w])\d{{1,2}}\s+(?:{_MONTHS_EN})(?:\s+{_YEAR})?(?![\w]))
    | (?<![\w])\d+(?:e|è|ème|eme|ième|ieme|er|ère|ere|re|nd|nde|es|èmes|emes|st|rd|th)(?![\w])(?![+-]\d)   # 3ème, 1er
    | (?<![\w.])\d+(?:\.\d+){{3,}}(?![\w])                                # 192.168.1.2, versions
    | (?<![\w+])\+\d{{1,3}}(?:[-\s./]\(?\d{{1,4}}\)?){{2,}}(?![\w])          # +1-222-2222-2222 (phone)
    | (?<![\w])0\d(?:[\s.-]\d{{2}}){{4}}(?![\w])                           # 06 12 34 56 78 (phone)
    | (?i:(?<![\w])n[°ºo]\.?\s?\d+)                                       # N°1
    | (?<![\w])[A-Za-z]+-?\d+[A-Za-z\d]*                                  # CO2, G20, A-400
    | (?i:(?<![\w])[\w]+\s+(?:premiers|premières|derniers|dernières|prochains|prochaines)\s+
          (?:mois|années|ans|semaines|jours|trimestres|semestres))             # six premiers mois (a period)
    """,
    re.X,
)
# Words before a number that make it a reference, not a quantity.
_REFERENCE_BEFORE_RE = re.compile(
    r"(?i:(?:\bn°|\bnuméro|\barticle|\bart\.|\bloi|\bdécret|\bdahir|\bcirculaire|\bpage|\bp\.|\bchapitre|\bversion"
    r"|\btop|\bcoupe|\bédition|\bscène|\bsalle|\bporte|\bterminal|\bvol))\s*$"
)
_WORD_AFTER_RE = re.compile(r"[ \u00a0\u202f]+(?P<de>(?:de|d['’]|des|du)\s*)?(?P<noun>[A-Za-zÀ-ÿœŒ][\wÀ-ÿœŒ'-]*)")
_STOP_NOUNS = frozenset(
    "et ou à a au aux de des du en le la les l un une sur sous pour par avec dans sont est ont était "
    "sera seront soit contre entre plus moins dont qui que qu ne n se s fois autres autre".split()
)

# Qualifiers read right before the number (after `de`), or right after it.
# `(ou|et) égal(e)(s) à`: a closed bound (`inférieur ou égal à 30`, `plus de ou égal à`).
_EGAL = r"(?:égale?s?|égaux)"
_OR_EQUAL = rf"(?:\s+(?:ou|et)\s+{_EGAL})?"
_A = r"\s+(?:à|a)"
_QUAL_BEFORE = [
    # `inférieur ou supérieur à 30` (any value but 30) bounds nothing.
    (None, re.compile(r"(?i:\b(?:inférieure?s?\s+ou\s+supérieure?s?|supérieure?s?\s+ou\s+inférieure?s?)\s+(?:à|a))\s*$")),
    # Negated bounds first: `pas plus de 50` is at most 50, `pas moins de 20` at least 20.
    ("max", re.compile(r"(?i:(?:\bpas\s+plus\s+(?:de|d['’]|que)|\bne\s+dépasse(?:nt|ra)?\s+pas))\s*$")),
    ("min", re.compile(r"(?i:\bpas\s+moins\s+(?:de|d['’]|que))\s*$")),
    ("min", re.compile(
        r"(?i:(?:\bplus\s+(?:de|d['’])(?:\s+ou\s+" + _EGAL + r"\s+(?:à|a))?|\bau\s+moins(?:\s+(?:de|d['’])|\s+ou\s+" + _EGAL + r"\s+(?:à|a))?"
        r"|\bau-delà\s+(?:de|d['’])|\bsupérieure?s?" + _OR_EQUAL + _A + r"|\b" + _EGAL + r"\s+ou\s+supérieure?s?" + _A
        + r"|\bdépassant|\bdépasse(?:nt|ra)?|\bexcède(?:nt)?|\bplus\s+grande?s?" + _OR_EQUAL + r"\s+(?:que|à|a)"
        r"|\bplus\s+que|\bmore\s+than|\bover|\bat\s+least|\babove|\bexceeding|>\s*=?|≥))\s*$")),
    ("max", re.compile(
        r"(?i:(?:\bmoins\s+(?:de|d['’]|que)|\bjusqu['’]\s*(?:à|a)|\bau\s+plus|\bau\s+maximum|\bmaximum\s+(?:de|d['’])"
        r"|\binférieure?s?" + _OR_EQUAL + _A + r"|\b" + _EGAL + r"\s+ou\s+inférieure?s?" + _A
        + r"|\ben\s+dessous\s+(?:de|d['’])|\bplus\s+petite?s?" + _OR_EQUAL + r"\s+(?:que|à|a)"
        r"|\bless\s+than|\bunder|\bup\s+to|\bat\s+most|\bbelow|<\s*=?|≤))\s*$")),
    ("approx", re.compile(
        r"(?i:(?:près\s+(?:de|d['’]|du)|environ|quelque|autour\s+(?:de|d['’])|approximativement|presque|quasiment"
        r"|pratiquement|de\s+l['’]ordre\s+(?:de|d['’])|avoisinant|avoisine(?:nt)?|around|about|nearly|almost|roughly"
        r"|approximately|some|~|≈))\s*$")),
]
# `la moitié`, `l'essentiel`: the article between a bound and a fraction (`plus de la moitié`).
_ARTICLE_BEFORE_RE = re.compile(r"(?i:\s*(?:la|l['’]|les)\s*)$")
# `500 ou plus`, `10 ou moins`, but not `5000 ou moins de 6000` (a bound of the next number).
_NEXT_BOUND = rf"(?!\s*(?:de|d['’]|que|than)\s*(?:[\d+−-]|{_FR_WORD}(?![\w])|{_EN_WORD}(?![\w])))"
_QUAL_AFTER = [
    ("min", re.compile(rf"^\s*(?i:ou\s+plus|et\s+plus|au\s+moins|or\s+more)(?![\w]){_NEXT_BOUND}", re.I)),
    ("max", re.compile(rf"^\s*(?i:ou\s+moins|au\s+plus|au\s+maximum|or\s+less)(?![\w]){_NEXT_BOUND}", re.I)),
    ("approx", re.compile(r"^\s*(?i:environ)(?![\w])")),
]
_TARGET_AFTER_RE = re.compile(
    rf"(?i:d{_APOS}\s*ici\s+(?:(?:à|a)\s+)?(?:la\s+)?(?:fin\s+)?(?:de\s+)?(?:l{_APOS}\s*année\s+)?(?P<y1>{_YEAR})"
    rf"|(?:à|a)\s+l{_APOS}\s*horizon\s+(?:de\s+)?(?P<y2>{_YEAR})|horizon\s+(?P<y3>{_YEAR})|by\s+(?P<y4>{_YEAR}))"
)
_TARGET_BEFORE_RE = re.compile(
    r"(?i:\b(?:objectifs?|cible|ambitionne|ambition|vise|visant|viser|prévoit\s+de\s+(?:créer|atteindre|porter|générer)"
    r"|target(?:s|ed)?|aims?\s+to|goal))"
)
# A fall said in words: the figure is the size of the fall, so it is negative.
_FALL_BEFORE_RE = re.compile(
    r"(?i:(?:recul\w*|baisse|baissé\w*|baissant|baisser|baissera|diminu\w*|chut\w*|repli\w*|régress\w*|contraction"
    r"|contracté\w*|perdu|perd|perdent|perdant|tomb\w*|fléchi\w*|dégringol\w*|plong\w*|soustrai\w*|retranch\w*"
    r"|décroissance|déclin\w*|fell|fall(?:s|en|ing)?|dropped|drops?|declin\w*|decreas\w*|down|lost|shrank|shrunk))"
    r"\s+(?:(?:de|d['’]|of|by)\s*)?(?:(?:plus|près|moins)\s+(?:de|d['’])\s*|environ\s+|quelque\s+|d['’]environ\s+)?$"
)
_CHANGE_BEFORE_RE = re.compile(
    r"(?i:(?:pass\w*|évolu\w*|augment\w*|grimp\w*|progress\w*|recul\w*|baiss\w*|chut\w*|dimin\w*|bondi\w*|hauss\w*"
    r"|tomb\w*|port\w*|rise|rose|risen|fell|fallen|increas\w*|decreas\w*|went|grew|grow\w*|jump\w*|climb\w*)"
    r"(?:\s+\S+){0,3}\s+(?:de|d['’]|from)\s*)$"
)
_RANGE_SEP_RE = re.compile(r"^\s*(?:(?P<to>à|a|-|–|to)|(?P<and>et|and))\s*$", re.I)
_RANGE_LEFT_RE = re.compile(r"(?i:(?:\bde|\bd['’]|\bentre|\bfrom|\bbetween|\bcompris\s+entre)\s*)$")

# Periods.
_ORD_QUARTER = {
    "premier": 1, "1er": 1, "1": 1, "first": 1, "deuxième": 2, "second": 2, "2e": 2, "2ème": 2, "2": 2,
    "troisième": 3, "3e": 3, "3ème": 3, "3": 3, "third": 3, "quatrième": 4, "4e": 4, "4ème": 4, "4": 4,
    "fourth": 4, "dernier": 4, "last": 4,
}
_OF_YEAR = rf"\s+(?:de\s+l{_APOS}\s*année\s+|de\s+l{_APOS}\s*an\s+|de\s+|d{_APOS}\s*|of\s+)?(?P<y>{_YEAR})"
_PERIOD_PATTERNS: list[tuple[int, re.Pattern, str]] = [
    (3, re.compile(rf"(?i:entre\s+(?:l{_APOS}\s*an\s+|l{_APOS}\s*année\s+)?(?P<a>{_YEAR})\s+et\s+(?:l{_APOS}\s*an\s+)?(?P<b>{_YEAR}))"), "range"),
    (3, re.compile(rf"(?i:between\s+(?P<a>{_YEAR})\s+and\s+(?P<b>{_YEAR}))"), "range"),
    (3, re.compile(rf"(?i:(?:de|from)\s+(?P<a>{_YEAR})\s+(?:à|a|to)\s+(?P<b>{_YEAR}))"), "range"),
    (3, re.compile(rf"(?<![\w])(?P<a>{_YEAR})\s?[-–/]\s?(?P<b>{_YEAR})(?!\d)"), "range"),
    (4, re.compile(rf"(?i:(?:six\s+premiers\s+mois|premier\s+semestre|1er\s+semestre|first\s+half|S1|H1){_OF_YEAR})"), "H1"),
    (4, re.compile(rf"(?i:(?:six\s+derniers\s+mois|second\s+semestre|deuxième\s+semestre|2[eè]m?e?\s+semestre|second\s+half|S2|H2){_OF_YEAR})"), "H2"),
    (4, re.compile(rf"(?i:(?:trois\s+premiers\s+mois|first\s+three\s+months){_OF_YEAR})"), "Q1"),
    (4, re.compile(rf"(?i:(?P<q>premier|1er|deuxième|second|2e|2ème|troisième|3e|3ème|quatrième|4e|4ème|dernier|first|third|fourth|last)\s+(?:trimestre|quarter){_OF_YEAR})"), "Q"),
    (4, re.compile(rf"(?<![\w])[TQ](?P<q>[1-4])\s*-?\s*(?P<y>{_YEAR})(?!\d)"), "Q"),
    (4, re.compile(rf"(?i:(?P<n>neuf|huit|sept|cinq|quatre|deux|onze|dix)\s+premiers\s+mois{_OF_YEAR})"), "months"),
    (2, re.compile(rf"(?i:(?<![\w])(?P<m>{_MONTHS_FR}|{_MONTHS_EN})\s+(?:\d{{1,2}},?\s+)?(?P<y>{_YEAR})(?!\d))"), "month"),
    (1, re.compile(
        rf"(?i:(?:\ben|\bdepuis|\bdès|\bd{_APOS}\s*ici(?:\s+(?:à|a))?|\bhorizon|\bpour|\bfin|\bdébut|\bcourant|\bau\s+titre\s+de"
        rf"|\bau\s+cours\s+de|\bdurant|\bpendant|\bin|\bby|\bduring|\bsince)\s+(?:l{_APOS}\s*(?:année|an|exercice)\s+|(?:la\s+)?fin\s+)?(?P<y>{_YEAR})(?![\d\w]))"), "year"),
    (1, re.compile(rf"(?i:(?:l{_APOS}\s*(?:année|an|exercice))\s+(?P<y>{_YEAR})(?![\d\w]))"), "year"),
    (1, re.compile(r"(?i:\bcette\s+année|\bl['’]\s*année\s+en\s+cours|\bthis\s+year)"), "rel0"),
    (1, re.compile(r"(?i:\bl['’]\s*(?:année|an)\s+(?:dernière|dernier|précédente|passée)|\blast\s+year)"), "rel-1"),
    (1, re.compile(r"(?i:\bl['’]\s*(?:année|an)\s+prochaine?|\bnext\s+year)"), "rel+1"),
]
_PERIOD_HINT_RE = re.compile(r"\d{4}|(?i:ann[ée]e|\ban\b|year)")
_BARE_YEAR_RE = re.compile(rf"(?<![\w.,]){_YEAR}(?![\w]|[.,]\d)")
# The right window of a figure stops where another statement begins.
_RIGHT_STOP_RE = re.compile(
    r"(?i:[;:]|,\s*soit|\bsoit\b|,\s*contre|\bcontre\b|\bpar\s+rapport\b|\bcompar\w+|\btandis\b|\balors\s+que|\bqu['’]\s*en\b"
    r"|\bversus\b|\bvs\b|\bcompared\b|\bagainst\b|\bwhile\b|\bwhereas\b)"
)
_SHARE_OF_RE = re.compile(
    r"^\s*(?i:du|de\s+la|de\s+l['’]|des|de|d['’]|of\s+the|of)\s*(?i:(?:total|ensemble|volume)\s+(?:des|de\s+la|du|de\s+l['’]|de)\s*)?"
)
_JOBS_CREATED_RE = re.compile(r"(?i:création|créer|créé\w*|créera|créant|génér\w+|additionnels?|nouveaux|create\w*|new\s+jobs)")
_SENTENCE_END_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\bM)(?<!\bMM)(?<!\bMme)(?<!\bDr)(?<!\bSt)(?<!\bav)(?<!\bcf)(?<!\bp)(?<!\bn°)[.!?…]+[\"»”’)]*(?=\s+[\"«“(]?[A-ZÀ-ÝÉ0-9])"
    r"|\n"
)
_ARTICLE_WORDS = frozenset({"un", "une", "one"})
_DETERMINER_BEFORE_RE = re.compile(r"(?i:\b(?:les|des|ces|leurs|nos|vos|ses|mes|tes|the)\s+)$")


# ---------------------------------------------------------------------------
# Parsing helpers
# ---------------------------------------------------------------------------


def _parse_digits(raw: str, language: str) -> float:
    """Value of a digit string as written in `language` (`41.000` is 41000 in French)."""
    s = re.sub(r"[ \u00a0\u202f]", "", raw)
    if "^" in s:
        # `1,1^23`, `2,5^-1`: a power; a doubled sign (`^--23`) cancels out.
        base, exp = s.split("^")
        sign = -1 if exp.count("-") % 2 else 1
        return _parse_digits(base, language) ** (sign * int(exp.lstrip("+-")))
    if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?", s):
        return float(s.replace(",", ""))  # Indian grouping: 12,34,567.89
    if "e" in s.lower():
        return float(s.replace(",", "."))
    if "," in s and "." in s:
        # The last separator is the decimal one: `125.000,50` (fr) or `1,234.5` (en).
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        if s.count(",") > 1 or (language == "en" and re.fullmatch(r"\d{1,3}(?:,\d{3})+", s)):
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif "." in s:
        if language != "en" and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
            s = s.replace(".", "")
    return float(s)


def _words_value(words: str, language: str) -> float | None:
    """text2num on a run of number words; None when the run is not one number."""
    norm = re.sub(r"\s+", " ", words.strip().lower())
    if language != "en":
        # `vingt-un`, `trente-une`: the older spelling of `vingt et un`.
        norm = re.sub(r"(vingt|trente|quarante|cinquante|soixante)-(une?)(?![\w])", r"\1 et \2", norm)
    try:
        return float(text2num(norm, language if language in ("fr", "en") else "fr"))
    except (ValueError, TypeError):
        return None


def _split_words(text: str, start: int, end: int, language: str) -> list[tuple[int, int, float]]:
    """Split a run of number words into numbers (`vingt et un ou vingt-deux` -> 21, 22).

    text2num rejects runs that are several numbers (`trois vingt`); the longest
    prefix that parses is taken, then the rest is split again.
    """
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\s-]+", text[start:end])]
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            if text[tokens[j - 1][0]:tokens[j - 1][1]].lower() in ("et", "and"):
                continue
            value = _words_value(text[tokens[i][0]:tokens[j - 1][1]], language)
            if value is not None:
                out.append((tokens[i][0], tokens[j - 1][1], value))
                i = j
                break
        else:
            i += 1
    return out


@lru_cache(maxsize=256)
def _domestic_currency(country: str) -> str | None:
    try:
        codes = get_territory_currencies(country, datetime.date.today())
    except Exception:  # unknown territory (EU is not one for CLDR)
        return "EUR" if country == "EU" else None
    return codes[0] if codes else None


_SENTENCE_CANDIDATE_RE = re.compile(r"[.!?…]+[\"»”’)]*(?=\s+[\"«“(]?[A-ZÀ-ÝÉ0-9])|\n")
_ABBREVIATION_RE = re.compile(r"(?:\b[A-Z]|\bMM?|\bMme|\bDr|\bSt|\bav|\bcf|\bp|\bn°|\bart|\bvol|\bno)$")


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: a full stop before a capital, or a line break (`M. Elalamy` is no end)."""
    spans = []
    start = 0
    for m in _SENTENCE_CANDIDATE_RE.finditer(text):
        if m.group(0) != "\n" and m.group(0)[0] == "." and _ABBREVIATION_RE.search(text, max(0, m.start() - 4), m.start()):
            continue
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


# ---------------------------------------------------------------------------
# The figure grammar
# ---------------------------------------------------------------------------


@dataclass
class _Figure:
    start: int
    end: int
    value: float
    unit: str | None = None  # None until resolved; bare numbers become `count`
    scale: float = 1.0
    has_scale: bool = False
    qualifier: str | None = None
    period: str | None = None
    subject: str | None = None
    noun_label: str | None = None
    explicit_sign: bool = False
    is_words: bool = False
    is_year_like: bool = False
    change: bool = False  # first end of `passant de X à Y`: a level, not a range bound
    range_role: str | None = None
    extra: dict = field(default_factory=dict)


def _match_unit(text: str, pos: int, lex: _Lexicon, allow_de: bool, language: str):
    """The unit right after `pos`: (unit, end, divisor) or None.

    `de`/`d'` may stand between a scale and its unit (`39,5 milliards de DH`,
    `un demi-million d'emplois`), not between a bare number and a unit.
    """
    starts = [pos]
    if allow_de:
        m = re.compile(_DE).match(text, pos)
        if m:
            starts.append(m.end())
    for p in starts:
        m = _PERCENT_RE.match(text, p)
        if m and p == pos:
            kind = m.lastgroup
            unit = {"pct": "percent", "pp": "percentage_point", "bp": "basis_point", "pts": "point"}[kind]
            return unit, m.end(), 1.0
        m = lex.currency_after.match(text, p)
        if m:
            written = m.group(m.lastgroup)
            code = lex.currency_codes.get(_norm(written)) or (written.upper() if m.lastgroup == "ciso" else None)
            if code:
                return code, m.end(), 1.0
        m = re.match(r"\s*(?i:(?P<minor>cents?|centimes?|pence|penny))(?![\w])", text[p:p + 12])
        if m and p == pos:
            word = m.group("minor").lower()
            code = lex.minor_units.get(word, "__doc__")
            return code, p + m.end(), 100.0
        m = _JOBS_RE.match(text, p)
        if m:
            return "jobs", m.end(), 1.0
        m = _PHYSICAL_RE.match(text, p)
        if m:
            idx = int(m.lastgroup[1:])
            return _PHYSICAL[idx][1], m.end(), 1.0
    return None


def _scan(text: str, language: str, lex: _Lexicon) -> list[_Figure]:
    """Every figure's number, scale and unit, left to right."""
    # Every address has `://`, `www.` or `@`: without them the page is not searched (the
    # address pattern tries each word of it, ~0.3 ms a page).
    has_address = "@" in text or "://" in text or "www." in text
    urls = [(m.start(), m.end()) for m in _URL_RE.finditer(text)] if has_address else []

    def is_blocked(s: int, e: int) -> bool:
        # Scanning the whole page with the blocking grammar costs more than checking
        # a window around each candidate: no blocked form is longer than 40 characters.
        if any(a < e and s < b for a, b in urls):
            return True
        lo = max(0, s - 40)
        for m in _BLOCKED_RE.finditer(text, lo, min(len(text), e + 40)):
            if m.start() < e and s < m.end():
                return True
            if m.start() >= e:
                break
        return False

    fractions = [] if language == "en" else [f for f in _fractions(text) if not is_blocked(f.start, f.end)]
    taken = [(f.start, f.end) for f in fractions]
    core_re = _CORE_EN if language == "en" else _CORE_FR
    scale_re, scales = (_SCALE_EN_RE, _SCALE_EN) if language == "en" else (_SCALE_FR_RE, _SCALE_FR)
    figures: list[_Figure] = []
    pos = 0
    for m in core_re.finditer(text):
        if m.start() < pos:
            continue
        s, e = m.start(), m.end()
        kind = m.lastgroup
        pieces: list[tuple[int, int, float]]
        if kind == "half":
            hnum = {"un": 1, "une": 1, "deux": 2, "trois": 3, None: 1}[m.group("hnum") and m.group("hnum").lower()]
            pieces = [(s, e, hnum / _SIMPLE_DEN[m.group("hden").lower()])]
        elif kind == "digits":
            if is_blocked(s, e):
                continue
            try:
                pieces = [(s, e, _parse_digits(m.group(0), language))]
            except ValueError:
                continue
        else:
            pieces = _split_words(text, s, e, language)
        for ps, pe, value in pieces:
            if ps < pos or (kind != "digits" and is_blocked(ps, pe)):
                continue
            if any(a < pe and ps < b for a, b in taken):
                continue
            if kind == "words" and text[ps].isupper() and not _at_sentence_start(text, ps):
                continue  # `Fondation des Trois Cultures`: part of a name
            if kind == "words" and _ORDINAL_TAIL_RE.match(text, pe):
                continue  # `vingt et unième`, `deux centième`: an ordinal, not a figure
            fig = _extend(text, ps, pe, value, kind, language, lex, scale_re, scales)
            if fig is None:
                continue
            figures.append(fig)
            pos = fig.end
    figures.extend(fractions)
    figures.extend(_multipliers(text, figures))
    figures.sort(key=lambda f: f.start)
    return figures


def _extend(text, s, e, value, kind, language, lex, scale_re, scales) -> _Figure | None:
    """Grow a number into a figure: sign, prefix currency, scale, `et demi`, unit."""
    core_text = text[s:e]
    fig = _Figure(start=s, end=e, value=value, is_words=(kind == "words"))
    words_lower = core_text.lower()
    ends_with_scale = kind == "words" and re.search(r"(millions?|milliards?|billions?|trillions?)$", words_lower) is not None
    # Scale.
    if kind == "half":
        sm = _HALF_SCALE_RE.match(text, e)
        if sm:
            mult = _SCALE_FR[sm.group("scale").lower()]
        else:
            sm = _COLLECTIVE_RE.match(text, e)
            if not sm:
                return None
            mult = _COLLECTIVE[sm.group("coll").lower()]
        fig.value = value * mult
        fig.scale, fig.has_scale, fig.end = mult, True, sm.end()
    elif ends_with_scale:
        fig.has_scale = True
        last = re.search(r"(millions?|milliards?|billions?|trillions?)$", words_lower).group(1)
        fig.scale = (_SCALE_EN if language == "en" else _SCALE_FR)[last]
    else:
        sm = scale_re.match(text, e)
        if sm and not (kind == "words" and len(sm.group(0)) == len(sm.group(0).lstrip())):
            word = sm.group("scale")
            mult = scales.get(word) or scales.get(word.lower())
            # A bare capital M after a space is a scale only before a unit or `de`:
            # `10 M DH`, but `10 M. Dupont` is not.
            if mult:
                fig.value = value * mult
                fig.scale, fig.has_scale, fig.end = mult, True, sm.end()
                if sm.group("scale")[0].isalpha() and len(sm.group("scale")) > 3:
                    st = _STACKED_SCALE_RE.match(text, fig.end)
                    if st:
                        mult2 = _SCALE_FR.get(st.group("scale").lower()) if language != "en" else _SCALE_EN.get(st.group("scale").lower())
                        if mult2:
                            fig.value *= mult2
                            fig.scale *= mult2
                            fig.end = st.end()
    if fig.has_scale:
        hm = _AND_HALF_RE.match(text, fig.end)
        if hm:
            num = {"un": 1, "une": 1, "deux": 2, "trois": 3, None: 1}[hm.group("num") and hm.group("num").lower()]
            of = _SCALE_FR[hm.group("of").lower()] if hm.group("of") else fig.scale
            fig.value += of * num / _SIMPLE_DEN[hm.group("den").lower()]
            fig.end = hm.end()
    else:
        cm = _COLLECTIVE_RE.match(text, fig.end)
        if cm:
            size = _COLLECTIVE[cm.group("coll").lower()]
            fig.value = value * size
            fig.scale, fig.has_scale, fig.end = size, True, cm.end()
            if cm.group("coll").lower() != "douzaine":
                fig.qualifier = "approx"
                fig.extra["weak_approx"] = True
    # Something glued to the digits that is no unit (`5G`, `4x4`) makes it a code.
    unit = _match_unit(text, fig.end, lex, allow_de=fig.has_scale, language=language)
    if unit is None and kind == "digits" and fig.end < len(text) and text[fig.end].isalpha() and not fig.has_scale:
        return None
    # `5-year`, `trois-quarts`: a compound word, not a figure.
    if unit is None and re.match(r"-[A-Za-zÀ-ÿ]", text[fig.end:fig.end + 2]):
        return None
    if unit is not None:
        fig.unit, fig.end, divisor = unit
        fig.value /= divisor
        if fig.unit not in UNITS and divisor == 1.0 and not fig.has_scale:
            # `15 dollars et 15 cents`, `treize euros et quarante-cinq centimes`,
            # `15 dollars 50.`: the minor unit after the major one, a hundredth each.
            cm = _MINOR_AFTER_RE.match(text, fig.end)
            if cm:
                minor = _parse_digits(cm.group("md"), language) if cm.group("md") else _words_value(cm.group("mw"), language)
                if minor is not None and minor < 100:
                    fig.value += minor / 100
                    fig.end = cm.end()
        if fig.unit == "Mt":
            fig.unit, fig.value = "t", fig.value * 1e6
        elif fig.unit == "kt":
            fig.unit, fig.value = "t", fig.value * 1e3
    # Currency written before the number (`$75 millions`, `€1000`, `EUR 1000`).
    if fig.unit is None or fig.unit in UNITS:
        pm = lex.currency_before.search(text[max(0, s - 6):s])
        if pm and fig.unit is None:
            written = pm.group(0).strip()
            code = None
            if pm.group("pre3"):
                code = pm.group("pre3").upper()
            elif pm.group("psym"):
                code = lex.currency_codes.get(_norm(pm.group("psym")))
            elif pm.group("piso"):
                code = pm.group("piso")
            if code and pycountry.currencies.get(alpha_3=code):
                before = s - (len(text[max(0, s - 6):s]) - pm.start())
                if before == 0 or not text[before - 1].isalpha():
                    fig.unit, fig.start = code, before
                    fig.extra["prefix"] = written
                    # `$ 75 millions de dollars` would double it; `$ usd` suffixes are skipped.
    # Sign written as a character, attached to the number (`+18,2%`, `-3,4 %`).
    if kind == "digits" and fig.start == s and s > 0 and text[s - 1] in "+-−":
        before = text[s - 2] if s >= 2 else " "
        if not before.isalnum() and before not in "-/":
            fig.start = s - 1
            fig.explicit_sign = True
            if text[s - 1] in "-−":
                fig.value = -fig.value
    # Words alone: the article `un`/`une` is not a figure.
    if kind == "words" and not fig.has_scale and fig.unit is None and words_lower in _ARTICLE_WORDS:
        return None
    if kind == "digits" and not fig.has_scale and fig.unit is None:
        raw = core_text
        if re.fullmatch(_YEAR, raw):
            fig.is_year_like = True
    if fig.unit is None and fig.start == s:
        if _REFERENCE_BEFORE_RE.search(text[max(0, s - 14):s]):
            return None
    return fig


_MINOR_AFTER_RE = re.compile(
    r"(?:\s+et)?\s+(?:(?P<md>\d{1,2})(?:\s+(?P<mu>cents?|centimes?|pence)(?![\w])|(?=\s*(?:[.;!?)]|,\s|$)))"
    r"|(?P<mw>[a-zéè]+(?:[-\s][a-zéè]+){0,4}?)\s+(?P<mu2>cents?|centimes?)(?![\w]))",
    re.I,
)
_ORDINAL_TAIL_RE = re.compile(r"(?i:[-\s]+(?:et[-\s]+)?[a-zéè]+i[eè]mes?(?![\w]))")
_HALF_SCALE_RE = re.compile(r"(?P<scale>millions?|milliards?|billions?|trillions?|lakhs?|crores?)(?![\w])", re.I)


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" \u00a0\"«“(")
    return not before or before[-1] in ".!?:\n"


# Fractions and other word forms of a number that text2num does not read.
_CARD_WORDS = rf"(?!millions?|milliards?){_FR_WORD}(?:(?:[-\s]+|\s+et\s+|-et-){_FR_WORD})*"
_NUM = rf"(?:{_CARD_WORDS}|\d+)"
_ORDINAL_DEN = r"(?:[a-zéè]+[-\s]+){0,3}[a-zéè]+?i[eè]mes?"
_SIMPLE_DEN = {"demi": 2, "demie": 2, "tiers": 3, "quart": 4, "quarts": 4}
_NEG = r"(?P<neg>n[ée]gati(?:f|ve)\s+)?"
_FRACTION_RES = [
    # `trois cinquièmes`, `un vingt-cinquième`, `trois et un cinquième`
    ("ordinal", re.compile(rf"(?<![\w-]){_NEG}(?P<num>{_NUM})[\s-]+(?P<den>{_ORDINAL_DEN})(?![\w])", re.I)),
    # `cinq et un quart`, `cent et trois quarts`, `six millions et deux tiers`
    ("and", re.compile(rf"(?<![\w-]){_NEG}(?P<int>{_NUM})\s+et\s+(?:(?P<num>{_CARD_WORDS})\s+)?(?P<den>demie?|tiers|quarts?)(?![\w-])", re.I)),
    # `deux tiers`, `un quart`, `un demi`
    ("simple", re.compile(rf"(?<![\w-]){_NEG}(?P<num>une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)[\s-]+(?P<den>demie?|tiers|quarts?)(?![\w-])", re.I)),
    # `un sur trois`, `1 sur 20`
    ("over", re.compile(rf"(?<![\w-]){_NEG}(?P<num>{_NUM})\s+sur\s+(?P<den>{_NUM})(?![\w])", re.I)),
    # `deux cent virgule zéro trois`
    ("comma", re.compile(rf"(?<![\w-]){_NEG}(?P<int>{_CARD_WORDS})\s+virgule\s+(?P<zeros>(?:z[ée]ro\s+)*)(?P<dec>{_CARD_WORDS})(?![\w])", re.I)),
    # `½`, `2 ¾`, `⅙`: Unicode vulgar fractions
    ("vulgar", re.compile(r"(?<![\w/.,])(?P<sign>[-−]\s?)?(?:(?P<int>\d+)\s?)?(?P<uf>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒])(?![\w/])")),
    # `3/4`, `2 1/4`, `-4/5`
    ("slash", re.compile(r"(?<![\w/.,])(?P<sign>[-−]\s?)?(?:(?P<int>\d+)\s+)?(?P<num>\d+)/(?P<den>\d+)(?![\w/])")),
    # `négatif un`, `négative cinq`
    ("negative", re.compile(rf"(?<![\w-])(?P<neg>n[ée]gati(?:f|ve)\s+)(?P<int>{_CARD_WORDS})(?![\w])", re.I)),
    # `la moitié des exportations`
    ("half", re.compile(r"(?<![\w-])(?:la\s+|une\s+)(?P<word>moitié)(?![\w-])", re.I)),
]
# What each fraction pattern cannot match without (a literal a page rarely has): trying the
# patterns, long alternations of number words, at every position of a page that lacks it
# costs ~3 ms a page.
_FRACTION_NEEDS = {
    "ordinal": re.compile(r"i[eè]mes?(?![\w])", re.I),
    "and": re.compile(r"demi|tiers|quart", re.I),
    "simple": re.compile(r"demi|tiers|quart", re.I),
    "over": re.compile(r"\ssur\s", re.I),
    "comma": re.compile(r"virgule", re.I),
    "vulgar": re.compile(r"[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]"),
    "slash": re.compile(r"\d/\d"),
    "negative": re.compile(r"n[ée]gati", re.I),
    "half": re.compile(r"moiti", re.I),
}
_OF_SCALE_AFTER_RE = re.compile(rf"(?:[-\s]?|\s+d(?:e\s+|['’]\s*))(?:{_SCALE_AHEAD}|{_COLLECTIVE_AHEAD})", re.I)
_ORDINAL_STEMS = {
    "cinqu": "cinq", "neuv": "neuf", "quatr": "quatre", "onz": "onze", "douz": "douze", "treiz": "treize",
    "quatorz": "quatorze", "quinz": "quinze", "seiz": "seize", "trent": "trente", "quarant": "quarante",
    "cinquant": "cinquante", "soixant": "soixante", "septant": "septante", "octant": "octante",
    "huitant": "huitante", "nonant": "nonante", "mill": "mille",
}
_BIG_ORDINALS = {"million": 1e6, "milliard": 1e9, "billion": 1e12, "trillion": 1e18}


def _cardinal(words: str) -> float | None:
    words = words.strip()
    if re.fullmatch(r"\d+", words):
        return float(words)
    return _words_value(words, "fr")


def _ordinal_to_cardinal(words: str) -> float | None:
    """`vingt-cinquième` -> 25, `centièmes` -> 100, `billionième` -> 10^12."""
    w = re.sub(r"s$", "", words.strip().lower())
    w = re.sub(r"i[eè]me$", "", w)
    parts = re.split(r"([-\s]+)", w)
    last = parts[-1]
    last = _ORDINAL_STEMS.get(last, last)
    if last in _BIG_ORDINALS:
        head = "".join(parts[:-1]).strip(" -")
        factor = _cardinal(head) if head else 1.0
        return None if factor is None else factor * _BIG_ORDINALS[last]
    parts[-1] = last
    return _cardinal("".join(parts))


def _fractions(text: str) -> list[_Figure]:
    out: list[_Figure] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _FRACTION_RES:
        if not _FRACTION_NEEDS[kind].search(text):
            continue
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            if any(a < e and s < b for a, b in taken):
                continue
            if kind in ("and", "simple") and re.search(r"(?i:millions?|milliards?)$", (m.groupdict().get("int") or m.group("num") or "")):
                continue  # `trois millions et demi`: the scale grammar reads it, with its unit
            if kind == "simple" and re.search(r"(?i:millions?|milliards?)\s+et\s+$", text[max(0, s - 16):s]):
                continue  # `cinq milliards et trois quarts`: likewise
            if kind == "simple" and _OF_SCALE_AFTER_RE.match(text, e):
                continue  # `un demi million`, `deux tiers de million`: a fraction of the scale
            value = _fraction_value(kind, m)
            if value is None:
                continue
            if m.groupdict().get("neg"):
                value = -value
            fig = _Figure(start=s, end=e, value=value, unit="ratio" if kind in ("ordinal", "simple", "over", "half") else None)
            if kind == "half":
                fig.start, fig.end = m.start("word"), m.end("word")
            if kind in ("vulgar", "slash"):
                # `½ %`, `1/4 kilomètre`: a fraction keeps the unit written after it.
                pm = _PERCENT_RE.match(text, e)
                um = _PHYSICAL_RE.match(text, e)
                if pm and pm.lastgroup == "pct":
                    fig.unit, fig.end = "percent", pm.end()
                elif um:
                    unit = _PHYSICAL[int(um.lastgroup[1:])][1]
                    if unit in UNITS:
                        fig.unit, fig.end = unit, um.end()
            out.append(fig)
            taken.append((s, e))
    return out


def _fraction_value(kind: str, m: re.Match) -> float | None:
    if kind == "ordinal":
        tokens = re.findall(r"[^\s-]+", m.group("num")) + re.findall(r"[^\s-]+", m.group("den"))
        den_word = m.group("den").lower()
        if not re.search(r"i[eè]mes?$", den_word):
            return None
        # A singular ordinal after a numerator other than `un` is an ordinal when the
        # words read as one compound number (`deux centième` = 200th, `cent
        # trente-cinquième` = 135th), which is no figure; when they cannot be one number
        # (`trois cinquième`, `cinq huitième`, `vingt vingt-cinquième`) the plural `s` of
        # a fraction is missing: 3/5, 5/8, 20/25.
        singular = not den_word.endswith("s")
        if singular and _ordinal_to_cardinal(" ".join(tokens)) is not None:
            if not re.fullmatch(r"(?i:une?|.*\set\s+une?)", m.group("num").strip()) and not re.match(r"(?i:une?\s)", m.group("num").strip()):
                return None
        # The longest numerator that reads, the rest is the denominator
        # (`un vingt cinquième` = 1/25, `trois cinquièmes` = 3/5). With a singular
        # ordinal the numerator is `un` (`un cent cinquième` = 1/105).
        n_num = len(re.findall(r"[^\s-]+", m.group("num")))
        for k in range(n_num, 0, -1):
            num_words = " ".join(tokens[:k])
            den = _ordinal_to_cardinal(" ".join(tokens[k:]))
            if not den:
                continue
            # `vingt et trois cinquièmes`, `deux et trois dixièmes`: `et` before a word
            # other than un/onze joins a whole number and a fraction (20 + 3/5), as in
            # `deux et trois quarts`.
            split = re.fullmatch(r"(?P<i>.+)\s+et\s+(?P<n>\S+)", num_words, re.I)
            if split and split.group("n").lower() not in ("un", "une", "onze"):
                whole, part = _cardinal(split.group("i")), _cardinal(split.group("n"))
                if whole is not None and part is not None:
                    return whole + part / den
            num = _cardinal(num_words)
            if num is not None:
                if singular and num != 1 and _cardinal(" ".join(tokens[:k]) + " " + str(int(den))) is not None:
                    continue
                return num / den
            whole = re.fullmatch(r"(?P<i>.+?)\s+et\s+(?P<n>une?)", num_words, re.I)
            if whole and _cardinal(whole.group("i")) is not None:
                return _cardinal(whole.group("i")) + 1 / den
        return None
    if kind in ("and", "simple"):
        den = _SIMPLE_DEN[m.group("den").lower()]
        num = _cardinal(m.group("num")) if m.group("num") else 1.0
        if num is None:
            return None
        if kind == "simple":
            return num / den
        whole = _cardinal(m.group("int"))
        if whole is None:
            return None
        scale = 1e9 if re.search(r"milliards?$", m.group("int"), re.I) else 1e6 if re.search(r"millions?$", m.group("int"), re.I) else 1.0
        return whole + scale * num / den
    if kind == "over":
        num, den = _cardinal(m.group("num")), _cardinal(m.group("den"))
        if num is None or not den or num >= den:
            return None  # `huit sur cinq` is two numbers, not a fraction
        return num / den
    if kind == "comma":
        whole, dec = _cardinal(m.group("int")), _cardinal(m.group("dec"))
        if whole is None or dec is None:
            return None
        zeros = len(re.findall(r"z[ée]ro", m.group("zeros"), re.I))
        return whole + float("0." + "0" * zeros + str(int(dec)))
    if kind == "vulgar":
        value = (int(m.group("int")) if m.group("int") else 0) + unicodedata.numeric(m.group("uf"))
        return -value if m.group("sign") else value
    if kind == "slash":
        num, den = int(m.group("num")), int(m.group("den"))
        if not den or den > 100 or num >= den:
            return None  # `24/7`, `1/1995` are not fractions
        value = (int(m.group("int")) if m.group("int") else 0) + num / den
        return -value if m.group("sign") else value
    if kind == "negative":
        value = _cardinal(m.group("int"))
        return None if value is None else value
    if kind == "half":
        return 0.5
    return None


def _multipliers(text: str, figures: list[_Figure]) -> list[_Figure]:
    """`le double`, `près du triple`: ratios the sentence states in words."""
    taken = [(f.start, f.end) for f in figures]
    out = []
    for m in _DOUBLE_RE.finditer(text):
        s, e = m.start("word"), m.end("word")
        if any(a < e and s < b for a, b in taken):
            continue
        fig = _Figure(start=s, end=e, value={"double": 2.0, "triple": 3.0, "quadruple": 4.0}[m.group("word").lower()])
        fig.unit = "ratio"
        pre = (m.group("pre") or "").lower()
        # `le double de 100` is a verb's object (`doubler`)? No: only `du/le double` forms reach here.
        if not pre:
            continue  # bare `double` is mostly an adjective (`double imposition`)
        if pre.startswith(("près", "presque", "environ")):
            fig.qualifier = "approx"
        elif pre.startswith("plus"):
            fig.qualifier = "min"
        elif pre.startswith("moins"):
            fig.qualifier = "max"
        out.append(fig)
    return out


# ---------------------------------------------------------------------------
# Context: qualifier, sign, period, subject, countries
# ---------------------------------------------------------------------------


def _period_matches(window: str, published_year: int | None) -> list[tuple[int, int, int, str]]:
    """(start, end, priority, period) of every period expression in `window`."""
    found = []
    if not _PERIOD_HINT_RE.search(window):
        return found
    for prio, pattern, kind in _PERIOD_PATTERNS:
        for m in pattern.finditer(window):
            if kind == "range":
                a, b = m.group("a"), m.group("b")
                if int(b) <= int(a):
                    continue
                period = f"{a}/{b}"
            elif kind in ("H1", "H2", "Q1"):
                period = f"{m.group('y')}-{kind}"
            elif kind == "Q":
                period = f"{m.group('y')}-Q{_ORD_QUARTER[m.group('q').lower()]}"
            elif kind == "months":
                n = {"deux": 2, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11}[m.group("n").lower()]
                period = f"{m.group('y')}-01/{m.group('y')}-{n:02d}"
            elif kind == "month":
                month = _MONTH_NUMBER.get(m.group("m").lower().replace("û", "u")) or _MONTH_NUMBER.get(m.group("m").lower())
                period = f"{m.group('y')}-{month:02d}"
            elif kind == "year":
                period = m.group("y")
            else:
                if published_year is None:
                    continue
                period = str(published_year + {"rel0": 0, "rel-1": -1, "rel+1": 1}[kind])
            found.append((m.start(), m.end(), prio, period))
    return found


_SUBJECT_WINDOW = 200


def _subject_in(window: str, lex: _Lexicon, closest_to_end: bool) -> tuple[str, int, int] | None:
    # Subjects stand close to their figure; a long window only costs time.
    offset = 0
    if closest_to_end and len(window) > _SUBJECT_WINDOW:
        offset = len(window) - _SUBJECT_WINDOW
        window = window[offset:]
    elif not closest_to_end:
        window = window[:_SUBJECT_WINDOW]
    best = None
    for m in lex.subjects.finditer(window):
        best = m
        if not closest_to_end:
            break
    if best is None:
        return None
    return lex.subject_labels[int(best.lastgroup[1:])], best.start() + offset, best.end() + offset


def _counted_label(noun: str, lex: _Lexicon) -> str | None:
    low = noun.lower()
    for form in (noun, low, low[:-1] if low.endswith(("s", "x")) else low):
        if form in lex.counted:
            return lex.counted[form]
        if form.lower() in lex.counted:
            return lex.counted[form.lower()]
    return None


def _is_duration(noun: str, lex: _Lexicon) -> bool:
    low = noun.lower()
    return low in lex.durations or (low.endswith("s") and low[:-1] in lex.durations)


def _resolve(
    text: str,
    figures: list[_Figure],
    sentences: list[tuple[int, int]],
    language: str,
    published_year: int | None,
    lex: _Lexicon,
) -> list[tuple[_Figure, tuple[int, int]]]:
    sentence_starts = [s for s, _ in sentences]
    doc_currency_default: str | None = None
    doc_country_counts: dict[str, int] = {}
    last_currency: list[tuple[int, str]] = []
    kept: list[tuple[_Figure, tuple[int, int]]] = []

    # Which sentence each figure is in.
    by_sentence: dict[int, list[_Figure]] = {}
    for fig in figures:
        i = max(0, bisect_right(sentence_starts, fig.start) - 1)
        by_sentence.setdefault(i, []).append(fig)

    def doc_currency(at: int) -> str | None:
        nonlocal doc_currency_default, doc_country_counts
        previous = [code for pos, code in last_currency if pos < at]
        if previous:
            return previous[-1]
        if doc_currency_default is None:
            for mention in find_countries(text):
                for code in mention.codes:
                    doc_country_counts[code] = doc_country_counts.get(code, 0) + 1
            top = sorted(doc_country_counts.items(), key=lambda kv: (-kv[1], kv[0]))
            doc_currency_default = (_domestic_currency(top[0][0]) if top else None) or ""
        return doc_currency_default or None

    for si in sorted(by_sentence):
        s_start, s_end = sentences[si] if sentences else (0, len(text))
        figs = by_sentence[si]
        # Units, nouns and filters.
        survivors: list[_Figure] = []
        for fig in figs:
            after = text[fig.end:s_end]
            if fig.unit is None:
                wm = _WORD_AFTER_RE.match(after)
                noun = wm.group("noun") if wm else ""
                if noun and _is_duration(noun, lex):
                    continue  # `5 ans`, `six mois`: a duration, not a figure
                if fig.is_year_like and not (noun and _counted_label(noun, lex)):
                    continue  # a year
                if noun.lower() == "fois" and re.match(r"[ \u00a0]+fois\s+(?:plus|moins|more|less)", after, re.I):
                    fig.unit = "ratio"
                    fig.end += len(re.match(r"[ \u00a0]+fois", after).group(0))
                    survivors.append(fig)
                    continue
                label = _counted_label(noun, lex) if noun and noun.lower() not in _STOP_NOUNS else None
                if label is not None and wm.group("de") and not fig.has_scale:
                    label = None  # `15 des 33 conventions`: the noun belongs to the next number
                if label is not None:
                    # The counted noun is part of what was read: `vingt-six conventions`.
                    fig.end += wm.end()
                fig.noun_label = label
            survivors.append(fig)
        figs = survivors
        # Ranges: `de 14 à 23%`, `entre 10 et 20 milliards de dollars`.
        for a, b in zip(figs, figs[1:]):
            sep = _RANGE_SEP_RE.match(text[a.end:b.start])
            if not sep or a.unit is not None:
                continue
            left = text[max(s_start, a.start - 60):a.start]
            if b.unit is None and not (
                # Bare numbers: `entre 20 et 30`, `de 1000 à 5000`, `20 à 100 entreprises`.
                (sep.group("and") or sep.group("to").lower() in ("à", "a", "to"))
                and not a.is_year_like and not b.is_year_like
            ):
                continue
            if sep.group("and") and not re.search(r"(?i:\bentre|\bbetween|\bcompris\s+entre)\s*$", left):
                continue
            a.unit = b.unit
            a.noun_label = None
            if not a.has_scale and b.has_scale:
                a.value *= b.scale
                a.has_scale, a.scale = True, b.scale
            if b.extra.get("divisor"):
                a.value /= b.extra["divisor"]
            if _CHANGE_BEFORE_RE.search(left) and not re.search(r"(?i:\bentre|\bbetween)\s*$", left):
                a.change = True
                a.range_role = "from"
                b.range_role = "to"
            elif _RANGE_LEFT_RE.search(left) or sep.group("to"):
                a.range_role, b.range_role = "low", "high"
        # Resolve each figure.
        prev: _Figure | None = None
        for idx, fig in enumerate(figs):
            next_start = figs[idx + 1].start if idx + 1 < len(figs) else s_end
            clause_start = max(s_start, prev.end if prev else s_start)
            left_near = text[max(clause_start, fig.start - 40):fig.start]
            right_near = text[fig.end:min(next_start, fig.end + 30)]
            # Qualifier.
            if fig.unit == "ratio":
                left_near = _ARTICLE_BEFORE_RE.sub("", left_near)  # `plus de la moitié`
            if fig.qualifier is None or fig.extra.get("weak_approx"):
                for name, pattern in _QUAL_BEFORE:
                    if fig.qualifier is not None and name == "approx":
                        continue
                    if pattern.search(left_near):
                        fig.qualifier = name or fig.qualifier
                        break
            if fig.qualifier in (None, "approx"):
                # `environ 500 ou plus`: the bound after the number is the stronger word.
                right_bound = text[fig.end:min(s_end, fig.end + 40)]  # sees the next number's bound
                for name, pattern in _QUAL_AFTER:
                    if pattern.search(right_bound) and (fig.qualifier is None or name != "approx"):
                        fig.qualifier = name
                        break
            # The ends of a range are its bounds, even when approximate (`environ 20 à 100`).
            if fig.range_role == "low" and fig.qualifier in (None, "approx"):
                fig.qualifier = "min"
            if fig.range_role == "high" and fig.qualifier in (None, "approx"):
                fig.qualifier = "max"
            # Sign from a verb of falling.
            if (
                not fig.explicit_sign
                and fig.range_role not in ("from", "to")
                and fig.unit != "ratio"
                and _FALL_BEFORE_RE.search(left_near)
                and fig.value > 0
            ):
                fig.value = -fig.value
            # Period: the right window first (French puts it after), then the left.
            right_end = next_start
            stop = _RIGHT_STOP_RE.search(text, fig.end, right_end)
            if stop:
                right_end = stop.start()
            right = text[fig.end:right_end]
            left = text[clause_start:fig.start]
            target_m = _TARGET_AFTER_RE.search(right)
            period = None
            if fig.unit != "ratio" and fig.range_role != "from":
                found = _period_matches(right, published_year)
                if found:
                    period = min(found, key=lambda f: (f[0], -f[2]))[3]
            if period is None and fig.range_role not in ("from",):
                found = _period_matches(left, published_year)
                if found:
                    period = max(found, key=lambda f: (f[1], f[2]))[3]
            if period is None and fig.range_role == "low":
                period = "__from_high__"
            # Target.
            if fig.range_role != "from":
                if target_m:
                    fig.qualifier = "target"
                    period = period or next(g for g in target_m.groups() if g)
                elif (
                    _TARGET_BEFORE_RE.search(text[s_start:fig.start])
                    and not fig.change
                    and fig.unit not in ("count", None)
                ):
                    # `L'objectif ... est la création d'un demi-million d'emplois`: the
                    # sentence states a goal; counted things (`les deux pays`) are not goals.
                    fig.qualifier = "target"
            if period is None and prev is not None and prev.period and fig.range_role != "from":
                period = prev.period
            if period is None and fig.qualifier == "target":
                years = _BARE_YEAR_RE.findall(text[fig.end:s_end])
                if years:
                    period = years[0]
            fig.period = period
            # Unit of a bare number.
            if fig.unit is None:
                subj = _subject_in(left, lex, closest_to_end=True)
                if fig.has_scale and fig.noun_label is None and subj and subj[0] in lex.monetary:
                    # A scaled amount without a currency (`un chiffre d'affaires à l'export de
                    # 15,7 milliards`): the writer means the currency the article is in. We
                    # take the last one the article named before it, else the currency of
                    # the country the article is most about (a Moroccan article -> MAD). An
                    # analyst summing export revenue wants it as money, not a bare count.
                    fig.unit = doc_currency(fig.start) or "count"
                else:
                    fig.unit = "count"
            if fig.unit == "point" and re.search(r"%|(?i:pour\s?-?cent|pourcentage|\btaux\b|\bpart\b|\bPIB\b)", text[s_start:s_end]):
                # `de 9 points, passant de 14 à 23%`: points of a share are percentage points.
                fig.unit = "percentage_point"
            if fig.unit == "__doc__":
                fig.unit = doc_currency(fig.start) or "EUR"
            if fig.unit not in UNITS:
                last_currency.append((fig.start, fig.unit))
            # Subject.
            fig.subject = _subject_for(text, fig, prev, left, right, s_start, lex)
            prev = fig
        for fig in figs:
            if fig.period == "__from_high__":
                fig.period = None
        for a, b in zip(figs, figs[1:]):
            if a.range_role == "low" and b.range_role == "high":
                a.period = a.period or b.period
                if a.subject == "unspecified" or a.subject == b.subject:
                    a.subject = b.subject
                elif b.subject == "unspecified":
                    b.subject = a.subject
            if a.range_role == "from" and b.range_role == "to":
                if a.subject == "unspecified":
                    a.subject = b.subject
                elif b.subject == "unspecified":
                    b.subject = a.subject
        for fig in figs:
            kept.append((fig, (s_start, s_end)))
    return kept


def _subject_for(text, fig: _Figure, prev: _Figure | None, left: str, right: str, s_start: int, lex: _Lexicon) -> str:
    unit = fig.unit
    if unit == "count" and fig.noun_label:
        return fig.noun_label
    if unit == "percent":
        share = _SHARE_OF_RE.match(right)
        if share and share.end() > 0 and right[: share.end()].strip():
            np = right[share.end():share.end() + 60]
            subj = _subject_in(np, lex, closest_to_end=False)
            if subj and subj[1] <= 2:
                return f"share of {subj[0]}"
    subj = _subject_in(left, lex, closest_to_end=True)
    if unit == "jobs":
        sentence_left = text[s_start:fig.start]
        if _JOBS_CREATED_RE.search(sentence_left) or _JOBS_CREATED_RE.search(right[:40]):
            return "jobs created"
        return "jobs"
    if subj:
        return subj[0]
    if prev is not None and prev.subject and prev.subject != "unspecified":
        same_kind = (prev.unit in UNITS) == (unit in UNITS) or unit in ("ratio", "count")
        if same_kind:
            return prev.subject
    subj = _subject_in(text[s_start:fig.start], lex, closest_to_end=True)
    if subj:
        return subj[0]
    return "unspecified"


@lru_cache(maxsize=4096)
def _sentence_countries(sentence: str) -> tuple[str, ...]:
    codes = {code for mention in find_countries(sentence) for code in mention.codes}
    return tuple(sorted(codes))


# ---------------------------------------------------------------------------
# Public interface
# ---------------------------------------------------------------------------


def extract_metrics(
    text: str, *, doc_id: str = "", language: str = "fr", published_year: int | None = None
) -> list[dict]:
    """Every figure in `text`, left to right.

    Each dict has exactly the keys metric_id, doc_id, start, end, text, value, unit,
    qualifier, period, subject, countries, sentence; `text[start:end]` is the span as
    written. `language` selects the number grammar (`fr` for any language but `en`:
    decimal comma, long-scale `billion`); `published_year` resolves `cette année`.
    """
    if not text:
        return []
    language = (language or "fr").lower()[:2]
    lex = _lexicon()
    figures = _scan(text, language, lex)
    if not figures:
        return []
    sentences = _sentences(text)
    resolved = _resolve(text, figures, sentences, language, published_year, lex)
    out: list[dict] = []
    seen: dict[tuple[int, int], int] = {}
    for fig, (s_start, s_end) in resolved:
        n = seen.get((fig.start, fig.end), 0)
        seen[(fig.start, fig.end)] = n + 1
        sentence = text[s_start:s_end].strip()
        out.append(
            {
                "metric_id": f"{doc_id}:{fig.start}:{fig.end}:{n}",
                "doc_id": doc_id,
                "start": fig.start,
                "end": fig.end,
                "text": text[fig.start:fig.end],
                "value": float(fig.value),
                "unit": fig.unit,
                "qualifier": fig.qualifier,
                "period": fig.period,
                "subject": fig.subject or "unspecified",
                "countries": list(_sentence_countries(sentence)),
                "sentence": sentence,
            }
        )
    return out


def metrics_frame(rows: list[dict]) -> pl.DataFrame:
    """Rows of `extract_metrics` as a frame with the metrics schema (empty rows give an empty frame)."""
    if not rows:
        return pl.DataFrame(schema=METRICS_SCHEMA)
    return pl.DataFrame(rows, schema=METRICS_SCHEMA).select(list(METRICS_SCHEMA))


def extract_metrics_batch(documents: pl.DataFrame) -> pl.DataFrame:
    """One row per figure of every document (doc_id, text, language, published_at)."""
    rows: list[dict] = []
    if documents.height == 0:
        return metrics_frame(rows)
    has_date = "published_at" in documents.columns
    has_language = "language" in documents.columns
    for record in documents.iter_rows(named=True):
        published = record.get("published_at") if has_date else None
        year = published.year if isinstance(published, (datetime.date, datetime.datetime)) else None
        rows.extend(
            extract_metrics(
                record.get("text") or "",
                doc_id=record["doc_id"],
                language=(record.get("language") if has_language else None) or "fr",
                published_year=year,
            )
        )
    return metrics_frame(rows)
