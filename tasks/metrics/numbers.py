"""The number grammar: digits in French and English notation, number words, scales
(`milliards`, `Mds`, `k`), collective nouns (`une dizaine`), fractions and multipliers."""

from __future__ import annotations

import re
import unicodedata

from text_to_num import text2num

from econews.openings import guarded
from econews.tasks.metrics.atoms import _SP
from econews.tasks.metrics.figure import _Figure
from econews.tasks.metrics.units import UNITS, _DOUBLE_RE, _PERCENT_RE, _PHYSICAL, _PHYSICAL_RE

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

# A number glued to the currency written before it (`Dh1.2 billion`, `DH5bn`, `MAD1.2bn`,
# `USD1.2bn`, `EUR300m`: the English press's style) is a number: its digits start after
# letters. The codes of the currencies the press names so, no others (`COP26` is no pesos).
GLUED_CURRENCY_CODES = ("MAD", "USD", "EUR", "GBP", "AED", "SAR", "QAR", "KWD", "CNY", "JPY", "CHF", "XOF", "XAF",
                        "EGP", "NGN", "TND", "DZD", "INR", "CAD", "AUD", "ZAR", "KES", "GHS")
_AFTER_GLUED_CURRENCY = (r"(?:(?<=\bDH)|(?<=\bDh)|(?<=\bdh)|(?<=\bDHS)|(?<=\bDhs)|(?<=\bDHs)|"
                 + "|".join(rf"(?<=\b{code})" for code in GLUED_CURRENCY_CODES) + r")(?=\d)")
# Each branch first looks at the one character it can open with (a digit or a separator;
# the first letters of its number words), a test cheaper than its look behind and its long
# alternation: the same matches, at a third less of the time of a page's scan.
_CORE_FR = guarded(re.compile(
    rf"(?P<half>(?=[udtq]){_HALF})|(?P<digits>(?=[\d.,])(?:(?<![\w.,])|{_AFTER_GLUED_CURRENCY}){_DIGITS})|(?P<words>(?=[zudtqcshnovm]){_FR_WORDS})",
    re.I | re.X,
))
# `half a million tourists`, `half a billion dollars`: a half of the scale that follows.
_HALF_EN = r"(?<![\w-])(?P<hnum>(?!))?(?P<hden>half)[\s-]+an?[\s-]+(?=(?:million|billion|trillion)(?![\w]))"
_CORE_EN = guarded(re.compile(
    rf"(?P<half>(?=[h]){_HALF_EN})|(?P<digits>(?=[\d.,])(?:(?<![\w.,])|{_AFTER_GLUED_CURRENCY}){_DIGITS})|(?P<words>(?=[zotfsenhmb]){_EN_WORDS})", re.I | re.X
))

# Scale words after a number. French billion is 10^12 (long scale), English 10^9.
_SCALE_FR = {
    "mille": 1e3, "k": 1e3, "K": 1e3, "million": 1e6, "millions": 1e6, "M": 1e6, "mn": 1e6,
    "milliard": 1e9, "milliards": 1e9, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9,
    "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "bn": 1e9, "Bn": 1e9, "bln": 1e9, "mln": 1e6,
    "billion": 1e12, "billions": 1e12, "trillion": 1e18, "trillions": 1e18, "b": 1e9,
    # Indian numbering, as French and English texts about India write it.
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
_SCALE_EN = {
    "thousand": 1e3, "k": 1e3, "K": 1e3, "million": 1e6, "millions": 1e6, "M": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "Bn": 1e9, "b": 1e9, "trillion": 1e12, "trillions": 1e12,
    "bln": 1e9, "mln": 1e6, "trln": 1e12,  # wire headlines: `$1.8 bln`
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
_SCALE_FR_RE = re.compile(
    # Words in any case (`3 Milliards`, `2 MILLIARDS DE DH`), abbreviations as written (`M`, `m`).
    r"(?:\s*)(?P<scale>(?i:millions?|milliards?|billions?|trillions?|lakhs?|crores?|mille)"
    # An abbreviation before a full stop and a capital is an initial (`10 M. Dupont`), not a scale.
    r"|(?:Mrds?|Mds|Md|mrds?|mds|mn|bn|Bn|bln|mln|M|k|K|(?<=\d)b)(?![\w])(?!\.\s*[A-Z]))"  # `1,2b`: glued to digits only
    r"(?![\w])", re.X
)
_SCALE_EN_RE = re.compile(
    r"(?:\s*)(?P<scale>(?i:thousand|millions?|billions?|trillions?|lakhs?|crores?|bln|mln|trln)|(?:mn|bn|Bn|M|m|b|k|K)(?![\w])(?!\.\s*[A-Z]))(?![\w])"
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


_MINOR_AFTER_RE = re.compile(
    r"(?:\s+et)?\s+(?:(?P<md>\d{1,2})(?:\s+(?P<mu>cents?|centimes?|pence)(?![\w])|(?=\s*(?:[.;!?)]|,\s|$)))"
    r"|(?P<mw>[a-zéè]+(?:[-\s][a-zéè]+){0,4}?)\s+(?P<mu2>cents?|centimes?)(?![\w]))",
    re.I,
)
_ORDINAL_TAIL_RE = re.compile(r"(?i:[-\s]+(?:et[-\s]+)?[a-zéè]+i[eè]mes?(?![\w]))")
_HALF_SCALE_RE = re.compile(r"(?P<scale>millions?|milliards?|billions?|trillions?|lakhs?|crores?)(?![\w])", re.I)


# Fractions and other word forms of a number that text2num does not read.
_CARD_WORDS = rf"(?!millions?|milliards?){_FR_WORD}(?:(?:[-\s]+|\s+et\s+|-et-){_FR_WORD})*"
_NUM = rf"(?:{_CARD_WORDS}|\d+)"
_ORDINAL_DEN = r"(?:[a-zéè]+[-\s]+){0,3}[a-zéè]+?i[eè]mes?"
_SIMPLE_DEN = {"demi": 2, "demie": 2, "tiers": 3, "quart": 4, "quarts": 4}
_NEG = r"(?P<neg>n[ée]gati(?:f|ve)\s+)?"
# What a number in words or digits, or `négatif` before it, can open with: looked at first, it
# turns away the other words of a page before the alternations of number words are tried.
_NUMBER_AHEAD = r"(?=[\dzudtqcshnovm])"
_FRACTION_RES = [
    # `trois cinquièmes`, `un vingt-cinquième`, `trois et un cinquième`
    ("ordinal", re.compile(rf"{_NUMBER_AHEAD}(?<![\w-]){_NEG}(?P<num>{_NUM})[\s-]+(?P<den>{_ORDINAL_DEN})(?![\w])", re.I)),
    # `cinq et un quart`, `cent et trois quarts`, `six millions et deux tiers`
    ("and", re.compile(rf"{_NUMBER_AHEAD}(?<![\w-]){_NEG}(?P<int>{_NUM})\s+et\s+(?:(?P<num>{_CARD_WORDS})\s+)?(?P<den>demie?|tiers|quarts?)(?![\w-])", re.I)),
    # `deux tiers`, `un quart`, `un demi`
    ("simple", re.compile(rf"{_NUMBER_AHEAD}(?<![\w-]){_NEG}(?P<num>une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)[\s-]+(?P<den>demie?|tiers|quarts?)(?![\w-])", re.I)),
    # `un sur trois`, `1 sur 20`
    ("over", re.compile(rf"{_NUMBER_AHEAD}(?<![\w-]){_NEG}(?P<num>{_NUM})\s+sur\s+(?P<den>{_NUM})(?![\w])", re.I)),
    # `deux cent virgule zéro trois`
    ("comma", re.compile(rf"{_NUMBER_AHEAD}(?<![\w-]){_NEG}(?P<int>{_CARD_WORDS})\s+virgule\s+(?P<zeros>(?:z[ée]ro\s+)*)(?P<dec>{_CARD_WORDS})(?![\w])", re.I)),
    # `½`, `2 ¾`, `⅙`: Unicode vulgar fractions
    ("vulgar", re.compile(r"(?<![\w/.,])(?P<sign>[-−]\s?)?(?:(?P<int>\d+)\s?)?(?P<uf>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒])(?![\w/])")),
    # `3/4`, `2 1/4`, `-4/5`
    ("slash", re.compile(r"(?<![\w/.,])(?P<sign>[-−]\s?)?(?:(?P<int>\d+)\s+)?(?P<num>\d+)/(?P<den>\d+)(?![\w/])")),
    # `négatif un`, `négative cinq`
    ("negative", re.compile(rf"{_NUMBER_AHEAD}(?<![\w-])(?P<neg>n[ée]gati(?:f|ve)\s+)(?P<int>{_CARD_WORDS})(?![\w])", re.I)),
    # `la moitié des exportations`
    ("half", re.compile(r"(?<![\w-])(?:la\s+|une\s+)(?P<word>moitié)(?![\w-])", re.I)),
]
# What each fraction pattern cannot match without (a literal a page rarely has): trying the
# patterns, long alternations of number words, at every position of a page that lacks it
# costs ~3 ms a page.
_DENOMINATOR_WORD_RE = re.compile(r"[\s-](?:demie?|tiers|quarts?)(?![\w-])", re.I)
_FRACTION_NEEDS = {
    "ordinal": re.compile(r"i[eè]mes?(?![\w])", re.I),
    # the denominator word after a space or hyphen, as both patterns end (`quartier`, `pays
    # tiers,`... do not pass); one pattern object, so a page is searched for it once
    "and": _DENOMINATOR_WORD_RE,
    "simple": _DENOMINATOR_WORD_RE,
    # `sur` and a number after it (`un sur trois`, `1 sur 20`): `sur` alone is on every page
    "over": re.compile(rf"\ssur\s+{_NUM}(?![\w])", re.I),
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
# The word after `un cinquième` when it is an ordinal adjective: a noun, not `de`/`des`/`du`/`d'`.
_ORDINAL_ADJECTIVE_RE = re.compile(r"\s+(?!(?:de|des|du|d['’]|environ|seulement|en|à|au|aux|of)(?![\w]))[a-zà-ÿ][\w-]*", re.I)
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
    needs_met: dict[re.Pattern, bool] = {}
    for kind, pattern in _FRACTION_RES:
        need = _FRACTION_NEEDS[kind]
        if need not in needs_met:
            needs_met[need] = need.search(text) is not None
        if not needs_met[need]:
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
            if kind == "ordinal" and _ORDINAL_ADJECTIVE_RE.match(text, e) and re.fullmatch(r"(?i:une?)", m.group("num").strip()):
                continue  # `un quatrième site`: an ordinal before its noun, no fraction (`un cinquième des ventes` is one)
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
    """The value of a fraction read by `kind` of pattern (`trois cinquièmes`, `deux et demi`,
    `huit sur dix`, `½`, `3/4`), None when the words are no fraction."""
    if kind == "ordinal":
        return _ordinal_fraction_value(m)
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



def _ordinal_fraction_value(m: re.Match) -> float | None:
    """A numerator in words over an ordinal (`trois cinquièmes` = 3/5, `un vingt cinquième` =
    1/25, `vingt et trois cinquièmes` = 20 + 3/5); None for an ordinal alone (`deux centième`)."""
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
