"""The figure grammar: every number of a text grown into a figure (sign, scale, unit,
currency written before it), and the spans where digits are no figure (dates, codes, URLs)."""

from __future__ import annotations

import re

import pycountry

from econews.tasks.metrics.atoms import _MONTHS_EN, _MONTHS_FR, _YEAR
from econews.tasks.metrics.figure import _Figure
from econews.tasks.metrics.numbers import GLUED_CURRENCY_CODES, _AND_HALF_RE, _COLLECTIVE, _COLLECTIVE_RE, _CORE_EN, _CORE_FR, _HALF_SCALE_RE, _MINOR_AFTER_RE, _ORDINAL_TAIL_RE, _SCALE_EN, _SCALE_EN_RE, _SCALE_FR, _SCALE_FR_RE, _SIMPLE_DEN, _STACKED_SCALE_RE, _fractions, _multipliers, _parse_digits, _split_words, _words_value
from econews.tasks.metrics.units import SCALED_UNITS, UNITS, _Lexicon, _match_unit, _norm, _PHYSICAL, _PHYSICAL_RE

_ARTICLE_WORDS = frozenset({"un", "une", "one"})
_MEASURES = frozenset(unit for _, unit in _PHYSICAL)  # units of measure (not money, not counts)
# Moroccan short forms of money: a scale glued to the dirham. `MM` (millions of millions)
# is the press's milliard: `1,2 MMDH` is 1.2 billion dirhams.
_GLUED_SCALE = {"K": 1e3, "k": 1e3, "M": 1e6, "MM": 1e9, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9}
_GLUED_MONEY_RE = re.compile(r"[ \u00a0\u202f]?(?P<scale>MM|Mrds?|Mds|Md|M|K|k)(?:(?P<dh>DHS?|DHs|Dhs?|dhs?|MAD)|(?P<code>USD|EUR))(?![\w])")
# `six premiers mois`: a period, not a figure (its first word may be a digit or a letter).
# (The word is taken whole, `++`: no letter of it could be the space after it, and giving
# them back one by one at every word of every window was a tenth of the blocking grammar's time.)
_PERIOD_OF_MONTHS = (r"(?i:(?<![\w])[\w]++\s+(?:premiers|premières|derniers|dernières|prochains|prochaines)\s+"
                     r"(?:mois|années|ans|semaines|jours|trimestres|semestres))")
_GLUED_CODES = "|".join(GLUED_CURRENCY_CODES)
# The container a port counts in (`twenty-foot equivalent units`, `conteneurs de 40 pieds`) is no length.
_BOX_AFTER = r"(?=\s+(?:equivalent|équivalent|containers?|conteneurs?|boxes))"
# Spans where digits are not figures: URLs, times, dates, year ranges, ordinals, codes.
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")
# The blocked forms, grouped by what their first character can be (a digit; a letter or `_`;
# a `+`), each group in the forms' order: at any position the forms that can start there are
# tried in the same order as in one flat alternation (so the same match is found), and the
# others are not tried at all. The windows around every figure are tried at each position.
# Every form of a group opens with a look behind at least as strict as the group's own (no
# digit, or no word character, before it): tried once for the group, it turns away the
# middle of a number or a word before the forms are tried one by one (a fifth of the time).
_BLOCKED_RE = re.compile(
    rf"""
    (?=\d)(?<!\d)(?:
      (?<!\d)\d{{1,2}}\s?[:h]\s?\d{{2}}(?!\d)(?!\s*(?:%|pour))          # 12:03, 11h30
    | (?<![\d.,])(?:[01]\d|2[0-3])[0-5]\d(?=\s?(?:GMT|UTC|CET|CEST|EST|EDT)\b)  # by 1045 GMT: a wire's time
    | (?<!\d)\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{2,4}}(?!\d)   # 17/05/2018, 01 - 11 - 2014
    | (?<!\d){_YEAR}-\d{{2}}(?:-\d{{2}})?(?!\d)                         # 2024-12, 2024-12-31
    | (?<!\d)\d{{1,2}}/{_YEAR}(?!\d)                                     # 01/1995
    | (?<![\w]){_YEAR}\s?[-–/]\s?(?:{_YEAR}|\d{{2}})(?!\d)               # 2014-2020, 2001/2016
    | (?i:(?<![\w])(?:1er|\d{{1,2}})\s+(?:{_MONTHS_FR})(?:\s+{_YEAR})?(?![\w]))
    | (?i:(?<![\w])\d{{1,2}}\s+(?:{_MONTHS_EN})(?:\s+{_YEAR})?(?![\w]))
    | (?<![\w])(?:1er|\d{{1,2}})\s+(?:janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)\.(?:\s+{_YEAR})?   # 14 oct. 2025
    | (?<![\w])\d{{1,2}}\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+{_YEAR})?(?![\w])  # 14 Oct 2025
    | (?<![\w])\d+(?:e|è|ème|eme|ième|ieme|er|ère|ere|re|nd|nde|es|èmes|emes|st|rd|th)(?![\w])(?![+-]\d)   # 3ème, 1er
    | (?<![\w.])\d+(?:\.\d+){{3,}}(?![\w])                                # 192.168.1.2, versions
    | (?<![\w])0\d(?:[\s.-]\d{{2}}){{4}}(?![\w])                           # 06 12 34 56 78 (phone)
    | (?i:(?<!\d)[24]0[\s-]?(?:foot|feet|ft|pieds){_BOX_AFTER})             # 20-foot equivalent units: a unit's name
    | (?<![\d.,])7[0-8]7(?:-\d{{1,2}}|(?=\s+(?:MAX|Dreamliner|programs?|programmes?|family|famille)\b))  # 737 MAX, 787-9: aircraft models
    | {_PERIOD_OF_MONTHS}
    )
  | (?=[^\W\d])(?<![\w])(?:
      (?i:(?<![\w])(?:{_MONTHS_FR}|{_MONTHS_EN})\s+(?:\d{{1,2}},?\s+)?{_YEAR}(?!\d))
    | (?<![\w])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{{1,2}}(?:,?\s+{_YEAR})?(?![\w])   # Jan 29, 2025
    | (?<![\w])(?:January|February|March|April|May|June|July|August|September|October|November|December)
          \s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:and|to|through|until|-|–)\s+
          (?:January|February|March|April|May|June|July|August|September|October|November|December)
          \s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w.,]\d)(?![\w])    # from May 1 to June 30
    | (?<![\w])(?:January|February|March|April|May|June|July|August|September|October|November|December)
          \s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w.,]\d)(?![\w])(?=\s*(?:\(|,|-|–|—|$|(?:and|to|through|until)\s))   # May 5 (Reuters) -, September 1 and February 15
    | (?i:(?<![\w])n[°ºo]\.?\s?\d+)                                       # N°1
    | (?<![\w])(?!(?:DHs?|Dhs?|dh|DHS|{_GLUED_CODES})\d)[A-Za-z]++-?\d+[A-Za-z\d]*     # CO2, G20, A-400 (not Dh1.2 billion, USD5bn)
    | (?i:(?<![\w])(?:twenty|forty|vingt|quarante)[\s-](?:foot|feet|pieds){_BOX_AFTER})   # twenty-foot equivalent
    | (?i:(?<![\w])équivalents?\s+(?:vingt|quarante|[24]0)\s+pieds)          # conteneurs équivalent vingt pieds
    | {_PERIOD_OF_MONTHS}
    )
  | (?<![\w+])\+\d{{1,3}}(?:[-\s./]\(?\d{{1,4}}\)?){{2,}}(?![\w])          # +1-222-2222-2222 (phone)
    """,
    re.X,
)
# Words before a number that make it a reference, not a quantity.
_REFERENCE_BEFORE_RE = re.compile(
    r"(?i:(?:\bn°|\bnuméro|\barticle|\bart\.|\bloi|\bdécret|\bdahir|\bcirculaire|\bpage|\bp\.|\bchapitre|\bversion"
    r"|\btop|\bcoupe|\bédition|\bscène|\bsalle|\bporte|\bterminal|\bvol|\bBoeing|\bAirbus|\bMAX))\s*$"
)
# (`de` and `du` as words, never the first letters of the noun: `2 decades`, `5 destinations`)
_WORD_AFTER_RE = re.compile(r"[ \u00a0\u202f]+(?P<de>(?:de|des|du)(?![\wÀ-ÿœŒ'-])\s*|d['’]\s*)?(?P<noun>[A-Za-zÀ-ÿœŒ][\wÀ-ÿœŒ'-]*)")
_STOP_NOUNS = frozenset(
    "et ou à a au aux de des du en le la les l un une sur sous pour par avec dans sont est ont était "
    "sera seront soit contre entre plus moins dont qui que qu ne n se s fois autres autre "
    # (words ending as plurals do that count nothing: `130,000 this year`, `12 lors de`)
    "this was has its thus plus less unless across towards whereas versus lors depuis alors puis après près très "
    "désormais toujours ailleurs mais tous leurs sans vers hors".split()
)



def _is_blocked(text: str, urls: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether text[s:e] overlaps an address or a blocked form (`_BLOCKED_RE`: a date, a time,
    a code). Scanning the whole page with the blocking grammar costs more than checking a
    window around each candidate: no blocked form is longer than 40 characters."""
    if any(a < e and s < b for a, b in urls):
        return True
    lo = max(0, s - 40)
    for m in _BLOCKED_RE.finditer(text, lo, min(len(text), e + 40)):
        if m.start() < e and s < m.end():
            return True
        if m.start() >= e:
            break
    return False


def _number_pieces(text: str, m: re.Match, language: str, is_blocked) -> list[tuple[int, int, float]]:
    """(start, end, value) of the numbers one match of the number grammar holds: a half
    (`deux tiers`), digits (none when blocked or unreadable), or words split into numbers."""
    s, e, kind = m.start(), m.end(), m.lastgroup
    if kind == "half":
        hnum = {"un": 1, "une": 1, "deux": 2, "trois": 3, None: 1}[m.group("hnum") and m.group("hnum").lower()]
        return [(s, e, hnum / _SIMPLE_DEN.get(m.group("hden").lower(), 2))]  # (English `half`)
    if kind == "digits":
        if is_blocked(s, e):
            return []
        try:
            return [(s, e, _parse_digits(m.group(0), language))]
        except ValueError:
            return []
    return _split_words(text, s, e, language)

def _scan(text: str, language: str, lex: _Lexicon) -> list[_Figure]:
    """Every figure's number, scale and unit, left to right."""
    # Every address has `://`, `www.` or `@`: without them the page is not searched (the
    # address pattern tries each word of it, ~0.3 ms a page).
    has_address = "@" in text or "://" in text or "www." in text
    urls = [(m.start(), m.end()) for m in _URL_RE.finditer(text)] if has_address else []

    def is_blocked(s: int, e: int) -> bool:
        return _is_blocked(text, urls, s, e)

    fractions = [] if language == "en" else [f for f in _fractions(text) if not is_blocked(f.start, f.end)]
    taken = [(f.start, f.end) for f in fractions]
    core_re = _CORE_EN if language == "en" else _CORE_FR
    scale_re, scales = (_SCALE_EN_RE, _SCALE_EN) if language == "en" else (_SCALE_FR_RE, _SCALE_FR)
    figures: list[_Figure] = []
    pos = 0
    for m in core_re.finditer(text):
        if m.start() < pos:
            continue
        kind = m.lastgroup
        for ps, pe, value in _number_pieces(text, m, language, is_blocked):
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
    """Grow a number into a figure: scale, `et demi`, unit, prefix currency, sign. None when
    what was read is no figure (a code, a compound word, the article `un`, a reference)."""
    fig = _Figure(start=s, end=e, value=value, is_words=(kind == "words"))
    if not _read_scale(fig, text, kind, language, scale_re, scales):
        return None
    _read_fraction_or_collective(fig, text, value)
    if not _read_unit(fig, text, kind, language, lex):
        return None
    _read_currency_before(fig, text, s, lex)
    _read_sign(fig, text, s, kind)
    core = text[s:e]
    # Words alone: the article `un`/`une` is not a figure, nor with a unit of measure, where it
    # is what a price is per (`un baril de Brent à 68 dollars`, `une tonne coûte 500 dollars`).
    # (`un dollar` stays one: money.)
    if kind == "words" and not fig.has_scale and core.lower() in _ARTICLE_WORDS and (fig.unit is None or fig.unit in _MEASURES):
        return None
    if kind == "digits" and not fig.has_scale and fig.unit is None and re.fullmatch(_YEAR, core):
        fig.is_year_like = True
    if fig.unit is None and fig.start == s and _REFERENCE_BEFORE_RE.search(text[max(0, s - 14):s]):
        return None
    return fig


_WORDS_SCALE_END_RE = re.compile(r"(millions?|milliards?|billions?|trillions?)$")


def _read_scale(fig: _Figure, text: str, kind: str, language: str, scale_re, scales) -> bool:
    """The scale after the number (`39,5 milliards`, `500 MDH`, `un demi-million`); False
    when a `demi`/`quart` has none (no figure)."""
    e, value = fig.end, fig.value
    words_scale = _WORDS_SCALE_END_RE.search(text[fig.start:e].lower()) if kind == "words" else None
    if kind == "half":
        sm = _HALF_SCALE_RE.match(text, e)
        if sm:
            mult = (_SCALE_EN if language == "en" else _SCALE_FR)[sm.group("scale").lower()]
        else:
            sm = _COLLECTIVE_RE.match(text, e)
            if not sm:
                return False
            mult = _COLLECTIVE[sm.group("coll").lower()]
        fig.value = value * mult
        fig.scale, fig.has_scale, fig.end = mult, True, sm.end()
    elif words_scale:
        fig.has_scale = True
        fig.scale = (_SCALE_EN if language == "en" else _SCALE_FR)[words_scale.group(1)]
    elif (gm := _GLUED_MONEY_RE.match(text, e)) and kind != "words":
        # `500 MDH`, `1,2 MMDH`, `300 KDH`, `40 MMAD`, `300 MUSD`, `50 MEUR`: scale and currency in one word.
        mult = _GLUED_SCALE[gm.group("scale")]
        fig.value = value * mult
        fig.scale, fig.has_scale, fig.end, fig.unit = mult, True, gm.end(), gm.group("code") or "MAD"
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
                if word[0].isalpha() and len(word) > 3:
                    _read_stacked_scale(fig, text, language)
    return True


def _read_stacked_scale(fig: _Figure, text: str, language: str) -> None:
    """A second scale word multiplies the first (`cent mille millions`)."""
    st = _STACKED_SCALE_RE.match(text, fig.end)
    if st:
        mult2 = _SCALE_FR.get(st.group("scale").lower()) if language != "en" else _SCALE_EN.get(st.group("scale").lower())
        if mult2:
            fig.value *= mult2
            fig.scale *= mult2
            fig.end = st.end()


def _read_fraction_or_collective(fig: _Figure, text: str, value: float) -> None:
    """`trois milliards et demi` after a scale; `une dizaine`, `une centaine` without one."""
    if fig.has_scale:
        hm = _AND_HALF_RE.match(text, fig.end)
        if hm:
            num = {"un": 1, "une": 1, "deux": 2, "trois": 3, None: 1}[hm.group("num") and hm.group("num").lower()]
            of = _SCALE_FR[hm.group("of").lower()] if hm.group("of") else fig.scale
            fig.value += of * num / _SIMPLE_DEN[hm.group("den").lower()]
            fig.end = hm.end()
        return
    cm = _COLLECTIVE_RE.match(text, fig.end)
    if cm:
        size = _COLLECTIVE[cm.group("coll").lower()]
        fig.value = value * size
        fig.scale, fig.has_scale, fig.end = size, True, cm.end()
        if cm.group("coll").lower() != "douzaine":
            fig.qualifier = "approx"
            fig.extra["weak_approx"] = True


def _read_unit(fig: _Figure, text: str, kind: str, language: str, lex: _Lexicon) -> bool:
    """The unit written after the figure; False when what follows makes it no figure (a code
    such as `5G`, a compound word such as `5-year`)."""
    unit = None if fig.unit else _match_unit(text, fig.end, lex, allow_de=fig.has_scale, language=language)
    # Something glued to the digits that is no unit (`5G`, `4x4`) makes it a code.
    if unit is None and kind == "digits" and fig.end < len(text) and text[fig.end].isalpha() and not fig.has_scale:
        return False
    # `5-year`, `trois-quarts`: a compound word, not a figure; `3,800-kilometer`, `500-megawatt`,
    # `a $400-million plant`, `the 115,000-seat stadium`: a figure written as an adjective.
    if unit is None and re.match(r"-[A-Za-zÀ-ÿ]", text[fig.end:fig.end + 2]):
        adjective = _unit_as_an_adjective(fig, text, kind, language, lex)
        if adjective is None:
            return False
        unit = adjective or None
    if unit is None:
        return True
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
    if fig.unit in SCALED_UNITS:  # `2 Mt` -> 2e6 t, `18 bcm` -> 18e9 m3
        fig.unit, scale = SCALED_UNITS[fig.unit]
        fig.value *= scale
    return True


_SCALE_AS_AN_ADJECTIVE_RE = re.compile(r"-(?P<scale>(?i:million|billion|trillion|thousand))(?![\w])")
_NOUN_AS_AN_ADJECTIVE_RE = re.compile(r"-(?P<noun>[a-z]+)(?=[ \u00a0][A-Za-z])")


def _unit_as_an_adjective(fig: _Figure, text: str, kind: str, language: str, lex: _Lexicon):
    """A figure written as an adjective hyphenated to its unit or noun: a measure (`3,800-kilometer`,
    `500-megawatt`, `an 18,000-square-meter facility`), in English an amount (`a $400-million
    plant`, `a 6.2 billion-dirham deal`, `its 2.9 billion-euro revenue`) or a count the lexicon
    knows (`the 115,000-seat stadium`, `a 300-room hotel`): the unit (unit, end, divisor), ()
    for an amount or a count with no unit written after it (its noun read, `fig` extended),
    None for a compound word that is no figure (`5-year`, `trois-quarts`, `COVID-19`)."""
    if language == "en" and not fig.has_scale and kind == "digits":
        sm = _SCALE_AS_AN_ADJECTIVE_RE.match(text, fig.end)
        if sm:
            mult = _SCALE_EN[sm.group("scale").lower()]
            fig.value *= mult
            fig.scale, fig.has_scale, fig.end = mult, True, sm.end()
            if not re.match(r"-[A-Za-z]", text[fig.end:fig.end + 2]):
                return ()  # `a $400-million plant`: the currency before is read next
    # the words after the hyphen, hyphens read as spaces (offsets kept): `-square-meter`
    probe = " " + text[fig.end + 1:fig.end + 41].replace("-", " ")
    found = _match_unit(probe, 0, lex, allow_de=False, language=language)
    if found is not None:
        unit, end, divisor = found
        written = probe[:end].strip()
        is_measure = unit in _MEASURES and written[:1].isalpha() and len(written) > 2
        is_money = unit not in UNITS and unit not in _MEASURES
        if is_measure or (language == "en" and is_money and fig.has_scale):
            return unit, fig.end + end, divisor
    noun = _NOUN_AS_AN_ADJECTIVE_RE.match(text, fig.end)
    if language == "en" and kind == "digits" and noun and noun.group("noun") in lex.counted:
        fig.noun_label = lex.counted[noun.group("noun")]
        fig.extra["noun_as_adjective"] = True
        fig.end = noun.end()
        return ()
    return None


def _read_currency_before(fig: _Figure, text: str, s: int, lex: _Lexicon) -> None:
    """Currency written before the number (`$75 millions`, `€1000`, `EUR 1000`)."""
    if fig.unit is not None:
        return
    pm = lex.currency_before.search(text[max(0, s - 6):s])
    if not pm:
        return
    code = None
    if pm.group("pre3"):
        code = pm.group("pre3").upper()
    elif pm.group("psym"):
        code = lex.currency_codes.get(_norm(pm.group("psym")))
    elif pm.group("piso"):
        code = pm.group("piso")
    elif pm.group("pdh") and text[s].isdigit():  # (`640 millions de DH un an plus tôt`: no prefix)
        code = "MAD"
    if code and pycountry.currencies.get(alpha_3=code):
        before = s - (len(text[max(0, s - 6):s]) - pm.start())
        if before == 0 or not text[before - 1].isalpha():
            # `$ 75 millions de dollars` would double it; `$ usd` suffixes are skipped.
            fig.unit, fig.start = code, before
            fig.extra["prefix"] = pm.group(0).strip()


def _read_sign(fig: _Figure, text: str, s: int, kind: str) -> None:
    """Sign written as a character, attached to the number (`+18,2%`, `-3,4 %`)."""
    if kind == "digits" and fig.start == s and s > 0 and text[s - 1] in "+-−":
        before = text[s - 2] if s >= 2 else " "
        if not before.isalnum() and before not in "-/":
            fig.start = s - 1
            fig.explicit_sign = True
            if text[s - 1] in "-−":
                fig.value = -fig.value


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" \u00a0\"«“(")
    return not before or before[-1] in ".!?:\n"
