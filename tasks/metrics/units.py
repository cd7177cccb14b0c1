"""Units and currencies: the lexicon (subjects, counted nouns, currency names), percent-like
units, jobs, physical units, and the unit written right after a number."""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry
from babel import Locale
from babel.numbers import get_territory_currencies

# Every non-currency unit the extractor can emit: the metrics model's list.
from econews.schemas.metrics import UNITS
from econews.tasks.metrics.atoms import _APOS

LEXICON_PATH = resources.files("econews").joinpath("data/metrics_lexicon.json")


_DE = rf"(?:\s*(?i:de|d{_APOS})\s*)"

# Percent-like units.
_PERCENT_RE = re.compile(
    r"\s*(?:(?P<pp>points?\s+de\s+pourcentage|pts?\s+de\s+pourcentage|percentage\s+points?)"
    r"|(?P<bp>points?\s+de\s+base|basis\s+points?|pbs?(?![\w])|bps?(?![\w]))"
    r"|(?P<pct>%|pour[\s-]?cents?(?![\w])|pourcents?(?![\w])|pourcentages?(?![\w])|per\s?cent(?![\w])|p\.\s?c\.)"
    r"|(?P<pts>points?(?![\w])|pts(?![\w])))",
    re.I,
)
_JOBS_RE = re.compile(
    rf"\s*(?P<jobs>postes?\s+d{_APOS}\s*emplois?|postes?\s+de\s+travail|emplois?|postes?|jobs?"
    # (`12.000 créations nettes d'emplois`, `nouveaux emplois`, `12,000 net new jobs`)
    rf"|créations?\s+(?:nettes\s+)?d{_APOS}\s*emplois?|nouveaux\s+(?:emplois|postes)|(?:net\s+)?new\s+jobs|net\s+jobs)(?![\w])", re.I
)
# Physical units, symbols case-sensitive (`t`, `MW`), words case-insensitive.
_PHYSICAL = [
    (r"TWh", "TWh"), (r"GWh", "GWh"), (r"MWh", "MWh"), (r"kWh", "kWh"),
    # (`c` and `p`, peak power of solar plants: `50 MWc`, `30 MWp`)
    (r"GW[cp]?", "GW"), (r"MW[cp]?", "MW"), (r"kW[cp]?", "kW"),
    (r"(?i:térawattheures?|terawatt[\s-]hours?)", "TWh"), (r"(?i:gigawattheures?|gigawatt[\s-]hours?)", "GWh"),
    (r"(?i:mégawattheures?|megawatt[\s-]hours?)", "MWh"), (r"(?i:gigawatts?)", "GW"),
    (r"(?i:mégawatts?|megawatts?)", "MW"), (r"(?i:kilowatts?)", "kW"),
    # Oil equivalent is energy, no mass: before the tonnes (`12 millions de tep`, `2 Mtep`, `1.5 Mtoe`).
    (r"Mtep|Mtoe", "Mtoe"), (r"ktep|ktoe", "ktoe"),
    (r"tep|toe|TEP|TOE|(?i:tonnes?\s+(?:d['’]\s*)?équivalent[\s-]+pétrole|tonnes?\s+of\s+oil\s+equivalent)", "toe"),
    (r"(?i:tonnes?(?:\s+métriques?)?|metric\s+tons?|tons?)", "t"), (r"Mt", "Mt"), (r"kt", "kt"), (r"t", "t"),
    # The quintal, 100 kg, in which Morocco counts its harvests (`55 millions de quintaux`, `80 Mqx`).
    (r"Mqx", "Mq"), (r"qx|(?i:quintaux|quintal)", "q"),
    (r"kg|(?i:kilogrammes?|kilograms?|kilos?)", "kg"), (r"mg|(?i:milligrammes?|milligrams?)", "mg"),
    (r"µg|μg|(?i:microgrammes?|micrograms?)", "µg"),
    # The troy ounce of gold and silver (`250.000 onces d'or`, `1.2 million ounces`); `once` alone
    # only before what it weighs (English `once` is a word).
    (r"oz|(?i:onces|ounces?|once(?=\s+d['’]\s*(?:or|argent)))", "oz"),
    (r"km²|km2|(?i:kilomètres?\s+carrés?|square\s+kilomet(?:er|re)s?)", "km2"),
    (r"m²|m2|(?i:mètres?\s+carrés?|square\s+met(?:er|re)s?|sq\.?\s?m|sqm)", "m2"),
    # (billions and millions of cubic metres by their symbols, gas and dams: `18 bcm`, `30 Gm3`,
    # `450 Mm3`, `120 hm3`; read as m3 with their scale, `_read_unit`)
    (r"bcm|Gm³|Gm3", "bcm"), (r"Mm³|Mm3|hm³|hm3", "Mm3"),
    (r"m³|m3|(?i:mètres?\s+cubes?|cubic\s+met(?:er|re)s?)", "m3"), (r"ha|(?i:hectares?)", "ha"),
    # Gas in cubic feet (`1.2 trillion cubic feet`, `0.5 Tcf`, `5 milliards de pieds cubes`) and floor
    # space in square feet (`a 250,000-square-foot plant`), before the foot.
    (r"Tcf|TCF|tcf", "Tcf"), (r"Bcf|BCF|bcf", "Bcf"), (r"MMcf|mmcf|MMCF", "MMcf"),
    (r"ft³|ft3|(?i:pieds?\s+cubes?|cubic\s+f(?:ee|oo)t|cu\.?\s?ft)", "ft3"),
    (r"ft²|ft2|(?i:pieds?\s+carrés?|square[\s-]f(?:ee|oo)t|sq\.?\s?ft)", "ft2"), (r"(?i:acres?)", "acre"),
    # (French `pieds de` counts plants: `2 millions de pieds d'arganier`)
    (r"ft|(?i:feet|foot|pieds(?!\s+d(?:e\s|['’])))", "ft"), (r"(?i:pouces|inch(?:es)?)", "in"),
    (r"(?i:gallons?)", "gal"),
    (r"km|(?i:kilomètres?|kilomet(?:er|re)s?)", "km"), (r"(?i:miles?)", "mi"), (r"mm|(?i:millimètres?)", "mm"), (r"cm|(?i:centimètres?)", "cm"),
    (r"(?i:mètres?|metres?|meters?)", "m"), (r"ml|(?i:millilitres?)", "ml"), (r"(?i:litres?|liters?)|l|L", "l"),
    (r"(?i:barils?|barrels?)|bbl", "bbl"),
]
PHYSICAL_UNITS = frozenset(unit for _, unit in _PHYSICAL)
# Areas: the size of a site or a farm, no output (`m²` as some pages keep it).
AREA_UNITS = frozenset({"ha", "m2", "m²", "km2", "ft2", "acre"})
# Symbols that stand for a scaled unit of the table: the unit and the scale they are read as.
SCALED_UNITS = {
    "Mt": ("t", 1e6), "kt": ("t", 1e3), "bcm": ("m3", 1e9), "Mm3": ("m3", 1e6), "Mq": ("q", 1e6),
    "Mtoe": ("toe", 1e6), "ktoe": ("toe", 1e3), "Tcf": ("ft3", 1e12), "Bcf": ("ft3", 1e9), "MMcf": ("ft3", 1e6),
}
# (no apostrophe after: `en 2020 l'accord` is no litres, `5 t'` no tonnes)
_PHYSICAL_RE = re.compile(
    r"\s*-?(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_PHYSICAL)) + r")(?![\w'’])"
)
_RATIO_RE = re.compile(r"\s+fois(?![\w])", re.I)
# (`(?=...)` first: what a match can begin with, tested before the alternatives; see `context._QUAL_BEFORE`.)
_DOUBLE_RE = re.compile(
    r"(?=[delmpqt])(?<![\w])(?P<pre>(?:près|presque|environ|plus|moins)\s+(?:du|de|d['’])\s+|le\s+|la\s+)?(?P<word>double|triple|quadruple)(?![\w])",
    re.I,
)


# ISO 4217 codes of metals and of testing and bond-market units, whose names are words.
_NOT_MONEY_NAMES = frozenset({"XAU", "XAG", "XPT", "XPD", "XTS", "XXX", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA"})


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


def _by_first_letter(alternatives: list[str]) -> str:
    """The case-insensitive alternation of `alternatives` (each opening with a letter),
    grouped by first letter, each group keeping their order: it matches what the flat
    alternation matches, backtracking included, since only one group can match at a position;
    the engine tries some thirty groups where it tried every currency name (~720), at each
    figure's end."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    if any(re.fullmatch(a, b, re.I) for a in groups for b in groups if a != b):
        return "|".join(alternatives)  # two first letters one letter under re.I: keep it flat
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


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
    # Every current currency's CLDR names, French and English, singular and plural; not the
    # names of metals and accounting units (`or`, `gold`, `argent`, `silver`: `two or three`
    # is no gold, `2 tonnes d'or` counts tonnes).
    names: dict[str, str] = {}
    for lang in ("fr", "en"):
        loc = Locale(lang)
        plural = loc._data.get("currency_names_plural", {})
        for code in (c for c in iso if c not in _NOT_MONEY_NAMES):
            if code in loc.currencies:
                names[_norm(loc.currencies[code])] = code
            for form in (plural.get(code) or {}).values():
                names[_norm(form)] = code
    for alias, code in data["currency_aliases"].items():
        names[_norm(alias)] = code
    for word, codes in data["currencies_by_context"].items():
        if not word.startswith("_"):
            names.setdefault(_norm(word), CONTEXT_CURRENCY + "/".join(codes))
    symbols = [a for a in data["currency_aliases"] if not a[0].isalpha()]
    words = sorted({k for k in names if k[0].isalpha()} - set(map(_norm, symbols)), key=len, reverse=True)
    word_alt = _by_first_letter([re.escape(w).replace(r"\ ", r"\s+") for w in words])
    sym_alt = "|".join(re.escape(s).replace(r"\ ", r"\s?") for s in sorted(symbols, key=len, reverse=True))
    iso_alt = "|".join(iso)
    currency_after = re.compile(
        rf"\s*(?:(?P<csym>{sym_alt})(?![A-Za-z])|(?P<ciso>{iso_alt})(?![\w])|(?i:(?P<cword>{word_alt}))(?![\w]))"
    )
    currency_before = re.compile(
        # `US$`, `CA$`, `mxn$`: an ISO code glued to `$` is one only as a word (`Open $120` is no
        # `PEN $`); before a space, only in capitals (`Exchanges Top $1.5 Billion`, a title-case
        # headline, is no `TOP $`).
        rf"(?:(?<![A-Za-z])(?P<pre3>(?i:{iso_alt})(?=\$)|{iso_alt}(?=\s\$))\s?\$|(?P<psym>US\$|C\$|HK\$|A\$|\$|€|£|¥)|(?<![A-Za-z])(?P<piso>{iso_alt})"
        # the dirham's own abbreviations (`Dh1.2 billion`, `DH 300 million`, `Dhs 5bn`)
        rf"|(?<![A-Za-z])(?P<pdh>DHS|DHs|DH|Dhs|Dh|dh))\s?$"
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


@lru_cache(maxsize=256)
def _domestic_currency(country: str) -> str | None:
    try:
        codes = get_territory_currencies(country, datetime.date.today())
    except Exception:  # unknown territory (EU is not one for CLDR)
        return "EUR" if country == "EU" else None
    return codes[0] if codes else None


# The unit of a minor currency word whose major currency is not said (`50 centimes`): the
# article's, settled in context once the article's currencies are known.
DOCUMENT_CURRENCY = "article currency"
# The prefix of a currency word several currencies share (`riyals`: "one of SAR/QAR/OMR/YER"),
# settled in context by the countries the article names (`context._Currencies.among`).
CONTEXT_CURRENCY = "one of "


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
            code = lex.minor_units.get(word, DOCUMENT_CURRENCY)
            return code, p + m.end(), 100.0
        m = _JOBS_RE.match(text, p)
        if m:
            return "jobs", m.end(), 1.0
        m = _PHYSICAL_RE.match(text, p)
        if m:
            idx = int(m.lastgroup[1:])
            return _PHYSICAL[idx][1], m.end(), 1.0
    return None
