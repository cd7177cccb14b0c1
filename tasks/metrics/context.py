"""What the sentence says around each figure: qualifier, sign, period, subject, unit of a
bare number."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from econews.openings import guarded
from econews.countries import find_countries, place_country
from econews.tasks.metrics.atoms import _APOS, _MONTHS_EN, _MONTHS_FR, _MONTH_NUMBER, _YEAR
from econews.tasks.metrics.figure import _Figure
from econews.tasks.metrics.numbers import _EN_WORD, _FR_WORD
from econews.tasks.metrics.scan import _STOP_NOUNS, _WORD_AFTER_RE
from econews.tasks.metrics.units import CONTEXT_CURRENCY, DOCUMENT_CURRENCY, PHYSICAL_UNITS, UNITS, _Lexicon, _domestic_currency

# Qualifiers read right before the number (after `de`), or right after it.
# `(ou|et) égal(e)(s) à`: a closed bound (`inférieur ou égal à 30`, `plus de ou égal à`).
_EGAL = r"(?:égale?s?|égaux)"
_OR_EQUAL = rf"(?:\s+(?:ou|et)\s+{_EGAL})?"
_A = r"\s+(?:à|a)"
# A `(?=...)` opening a pattern in this module holds the characters its matches can begin
# with (after `\b` where every alternative begins with one): a pattern is tried at each
# position of its window, and this one test turns most positions away before the alternatives
# are tried one by one. The matches are the same, found sooner.
_QUAL_BEFORE = [
    # `inférieur ou supérieur à 30` (any value but 30) bounds nothing.
    (None, re.compile(r"(?i:\b(?:inférieure?s?\s+ou\s+supérieure?s?|supérieure?s?\s+ou\s+inférieure?s?)\s+(?:à|a))\s*$")),
    # Negated bounds first: `pas plus de 50` is at most 50, `pas moins de 20` at least 20.
    ("max", re.compile(r"(?i:(?:\bpas\s+plus\s+(?:de|d['’]|que)|\bne\s+dépass(?:e|ent|era|eront|ait|aient)\s+pas"
                       # `n'ont pas dépassé 620 MDH`, `did not exceed`
                       r"|\bn['’]\s*(?:a|ont|avait|avaient|aura|auront)\s+pas\s+dépassée?s?|\b(?:did|does|do)\s+not\s+exceed"
                       r"|\b(?:didn|doesn|don)['’]t\s+exceed))\s*$")),
    ("min", re.compile(r"(?i:\bpas\s+moins\s+(?:de|d['’]|que))\s*$")),
    ("min", guarded(re.compile(
        r"(?i:(?:\bplus\s+(?:de|d['’])(?:\s+ou\s+" + _EGAL + r"\s+(?:à|a))?|\bau\s+moins(?:\s+(?:de|d['’])|\s+ou\s+" + _EGAL + r"\s+(?:à|a))?"
        r"|\bau-delà\s+(?:de|d['’])|\bsupérieure?s?" + _OR_EQUAL + _A + r"|\b" + _EGAL + r"\s+ou\s+supérieure?s?" + _A
        # (`dépasse les 285 MMDH`, `dépassent, eux, 140 milliards`)
        + r"|\b(?:dépassant|dépass(?:e|ent|era|eront|ait|aient)|dépassée?s?|excède(?:nt)?)(?:\s*,\s*\w+\s*,)?"
        # (an adverb between: `dépasse désormais 60 milliards`, `dépasse pour la première fois 22 milliards`)
        r"(?:\s+(?:désormais|ainsi|déjà|encore|largement|aujourd['’]hui|pour\s+la\s+première\s+fois))?"
        r"(?:\s+(?:le\s+cap\s+des?|la\s+barre\s+des?|les|le|la))?|\bplus\s+grande?s?" + _OR_EQUAL + r"\s+(?:que|à|a)"
        r"|\bfranchi\w*\s+(?:la\s+|le\s+)?(?:barre|cap|seuil)\s+(?:de|des|du|d['’])|\bfranchi(?:t|ssent|ssait|ssaient)\s+(?:désormais\s+)?les"
        r"|\bplus\s+que|\bmore\s+than|\bover|\bat\s+least|\babove|\bexceed(?:ing|ed|s)?|\btopp(?:ed|ing)|\btops?|\bsurpass(?:ed|ing)?"
        r"|\bcross(?:ed|ing)\s+the|\bupwards\s+of|\bin\s+excess\s+of|\bnorth\s+of|>\s*=?|≥))\s*$"))),
    ("max", re.compile(
        r"(?=\b(?i:[abeijlmpués])|[<≤])(?i:(?:\bmoins\s+(?:de|d['’]|que)|\bjusqu['’]\s*(?:à|a)|\bau\s+plus|\bau\s+maximum|\bmaximum\s+(?:de|d['’])"
        r"|\binférieure?s?" + _OR_EQUAL + _A + r"|\b" + _EGAL + r"\s+ou\s+inférieure?s?" + _A
        + r"|\ben\s+dessous\s+(?:de|d['’])|\bplus\s+petite?s?" + _OR_EQUAL + r"\s+(?:que|à|a)"
        r"|\bless\s+than|\bunder|\bup\s+to|\bat\s+most|\bbelow|<\s*=?|≤"
        # `as much as 106%`, `sous les 80 DH`, `sous la barre des 10%`
        r"|\bas\s+(?:much|high|many)\s+as|\bsous\s+(?:la\s+barre\s+(?:des?|du)\s+|le\s+seuil\s+(?:des?|du)\s+|les\s+)))\s*$")),
    ("approx", guarded(re.compile(
        r"(?i:(?:près\s+(?:de|d['’]|du)|environ|quelque|autour\s+(?:de|d['’])|approximativement|presque|quasiment"
        r"|pratiquement|de\s+l['’]ordre\s+(?:de|d['’])|(?:avoisinant|avoisine(?:nt)?)(?:\s+les)?|around|about|nearly|almost|roughly|close\s+to"
        r"|approximately|some|~|≈"
        # (close to it: `approchent 50 milliards`, `frôlent 11 millions`, `ont avoisiné 8 millions`, `proche de`)
        r"|approch(?:e|ent|ait|aient)(?:\s+(?:désormais|déjà))?(?:\s+les)?|frôl(?:e|ent|ait|aient)(?:\s+les)?|(?:ont|a)\s+avoisiné|proches?\s+(?:de|des|du)"
        # an estimate: `estimé à`, `évalués à`, `an estimated`, `estimated at`
        r"|estimée?s?\s+(?:à|a)|évaluée?s?\s+(?:à|a)|an\s+estimated|estimated\s+at"
        r"|(?:coût|montant|valeur|enveloppe)\s+estimée?\s+(?:à|de)|estimated\s+(?:cost|value|investment|price)\s+of))\s*$"))),
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
    rf"(?=(?i:[abdhà]))(?i:d{_APOS}\s*ici\s+(?:(?:à|a)\s+)?(?:la\s+)?(?:fin\s+)?(?:de\s+)?(?:l{_APOS}\s*année\s+)?(?P<y1>{_YEAR})"
    rf"|(?:à|a)\s+l{_APOS}\s*horizon\s+(?:de\s+)?(?P<y2>{_YEAR})|horizon\s+(?P<y3>{_YEAR})|by\s+(?P<y4>{_YEAR}))"
)
_TARGET_BEFORE_RE = re.compile(
    r"(?i:\b(?=[acgoptvms])(?:objectifs?|cible|ambitionne|ambition|vise|visant|viser|vis(?:ons|ez|é|ée|és|ées)\b|prévoit\s+de\s+(?:créer|atteindre|porter|générer|faire\s+passer)"
    r"|target(?:s|ed)?|aim(?:s|ing)?\s+(?:to|for|at)|goal"
    # a goal by a pledge or a count on it: `compte atteindre 42%`, `s'est engagé à consacrer 1%`, `pledged to mobilize`
    r"|compt(?:e|ent)\s+(?:atteindre|exporter|porter|créer|produire|investir|mobiliser|réaliser|recruter)"
    r"|s['’]\s*(?:est|sont)\s+engagée?s?\s+à|s['’]\s*engag(?:e|ent)\s+à|committed\s+to|pledged\s+to))"
)
# A fall said in words: the figure is the size of the fall, so it is negative.
_FALL_BEFORE_RE = re.compile(
    r"(?i:(?=[abcdefgilnprsté])(?:recul\w*|baisse|baissé\w*|baissant|baisser|baissera|diminu\w*|chut\w*|repli\w*|régress\w*|contraction"
    r"|contracté\w*|perdu|perd|perdent|perdant|tomb\w*|fléchi\w*|dégringol\w*|plong\w*|soustrai\w*|retranch\w*"
    r"|décroissance|déclin\w*|allégé\w*|réduit\w*|supprim\w*|inférieure?s?|retrait|fondu|décroch\w*(?=\s+(?:de|d['’]))"
    r"|lâché|lâche|lâchent|effrit\w*|rétréci\w*|dévissé|dévisse|amputé\w*|glissé|glisse|glissent"
    r"|fell|fall(?:s|en|ing)?|dropped|drops?|declin\w*|decreas\w*|down|lost|shrank|shrunk|slump\w*|plung\w*|tumbl\w*"
    r"|sank|sunk|sinks?|dipped|dips?|cut(?:s|ting)?|narrow(?:ed|s|ing)|contract(?:ed|s|ing)|eased|eases|slipped|slid|retreated))"
    r"\s+(?:(?:de|d['’]|of|by)\s*)?(?:(?:plus|près|moins)\s+(?:de|d['’])\s*|environ\s+|quelque\s+|d['’]environ\s+)?$"
)
# ... or after it: `12% fewer than in 2022`, `31% below the average`, `a 0.6% decline`.
_FALL_AFTER_RE = re.compile(
    r"\s*(?i:fewer|less\s+than|lower|below|(?:year-on-year\s+|annual\s+)?(?:declines?|drops?|falls?|decreases?)\b"
    r"|de\s+moins|en\s+moins)(?![\w-])"
)
_CHANGE_BEFORE_RE = re.compile(
    r"(?i:(?:pass\w*|évolu\w*|augment\w*|grimp\w*|progress\w*|recul\w*|baiss\w*|chut\w*|dimin\w*|bondi\w*|hauss\w*"
    r"|tomb\w*|port\w*|relev\w*|rise|rose|risen|rais(?:e|es|ed|ing)|fell|fallen|increas\w*|decreas\w*|went|grew|grow\w*|jump\w*|climb\w*)"
    # (the object may stand between: `faire passer la valeur ajoutée de l'industrie de 42 à 75 milliards`)
    r"(?:\s+\S+){0,6}\s+(?:de|d['’]|from)\s*)$"
)
_RANGE_SEP_RE = re.compile(r"^\s*(?:(?P<to>à|a|-|–|to)|(?P<and>et|and))\s*$", re.I)
_RANGE_LEFT_RE = re.compile(r"(?i:(?:\bde|\bd['’]|\bentre|\bfrom|\bbetween|\bcompris\s+entre)\s*)$")

# Periods.
_ORD_QUARTER = {
    "premier": 1, "1er": 1, "1": 1, "first": 1, "deuxième": 2, "second": 2, "2e": 2, "2ème": 2, "2": 2,
    "troisième": 3, "3e": 3, "3ème": 3, "3": 3, "third": 3, "quatrième": 4, "4e": 4, "4ème": 4, "4": 4,
    "fourth": 4, "dernier": 4, "last": 4,
}
_COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|sept|huit|neuf|dix"
_COUNT_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                  "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10}
_OF_YEAR = rf"\s+(?:de\s+l{_APOS}\s*année\s+|de\s+l{_APOS}\s*an\s+|de\s+|d{_APOS}\s*|of\s+)?(?P<y>{_YEAR})"
# (a half's symbol may be joined to its year by a dash: `S1-2024`, `H1-2025`)
_OF_YEAR_OR_DASH = rf"(?:\s?[-–]\s?|\s+(?:de\s+l{_APOS}\s*année\s+|de\s+l{_APOS}\s*an\s+|de\s+|d{_APOS}\s*|of\s+)?)(?P<y>{_YEAR})"
# Word forms of a part of the year may leave the year unsaid (`au premier trimestre`): the
# year of publication, then.
_OF_YEAR_OR_NOT = rf"(?:{_OF_YEAR})?(?![\w])"
# A year that opens a split year (`l'exercice 2024-2025`, `in 2024/25`) is not a year alone.
_NOT_SPLIT = rf"(?!\s?[-–/]\s?(?:{_YEAR}|\d{{2}})(?!\d))"
# A half of a season or of an accounting year is no calendar half (`the first half of the
# 2025/2026 export season`, `le premier semestre de la campagne`, `de l'exercice`).
_NOT_OF_A_SEASON = (r"(?!\s+(?:of|de)\s+(?:the\s+|la\s+|l['’]\s*|its\s+|sa\s+|son\s+)?(?:\d{4}\s?[-–/]\s?\d{2,4}\s+)?"
                    r"(?:[\w-]+\s+)?(?:season|campaign|campagne|saison|exercice|fiscal|marketing\s+year|crop\s+year"
                    r"|financial\s+year))")
# (a statistics period runs from a month's first day, `du 1er septembre au 15 février`; other
# days tell an event's dates: `du 12 au 14 mars`, `du 10 septembre au 20 octobre`)
_FIRST_DAY_OR_NOT = r"(?:(?:le\s+)?(?:1er|1|01)\s+)?"
_FIRST_DAY_AFTER_OR_NOT = r"(?:\s+(?:1|1st|01)(?![\d,]\d))?"
_DAY_OR_NOT = r"(?:(?:le\s+)?(?:1er|[0-3]?\d)\s+)?"
_DAY_AFTER_OR_NOT = r"(?:\s+[0-3]?\d(?:st|nd|rd|th)?(?![\d,]\d))?"
_PERIOD_PATTERNS: list[tuple[int, re.Pattern, str]] = [
    (3, re.compile(rf"(?i:entre\s+(?:l{_APOS}\s*an\s+|l{_APOS}\s*année\s+)?(?P<a>{_YEAR})\s+et\s+(?:l{_APOS}\s*an\s+)?(?P<b>{_YEAR}))"), "range"),
    (3, re.compile(rf"(?i:between\s+(?P<a>{_YEAR})\s+and\s+(?P<b>{_YEAR}))"), "range"),
    (3, re.compile(rf"(?i:(?=[df])(?:de|from)\s+(?P<a>{_YEAR})\s+(?:à|a|to)\s+(?P<b>{_YEAR}))"), "range"),
    # `2024-2025`, and the split year of a season or an accounting year written short
    # (`the 2024/25 season`, `la campagne 2025-26`).
    (3, re.compile(rf"(?=[12])(?<![\w])(?P<a>{_YEAR})\s?[-–/]\s?(?:(?P<b>{_YEAR})|(?P<b2>\d{{2}}))(?!\d)(?![-–/]\d)"), "range"),
    # `depuis 1985`, `since 2023`: from that year to the article's (a cumulated figure's span).
    (3, re.compile(rf"(?i:\b(?=[ds])(?:depuis|since)\s+(?:l{_APOS}\s*(?:année|an)\s+)?(?P<a>{_YEAR})(?![\d\w]))"), "since"),
    # `depuis le début de la coopération en 1966`, `since the start of its operations in 2012`.
    (3, re.compile(rf"(?i:\b(?=[ds])(?:depuis|since)\s+(?:le\s+début|le\s+lancement|la\s+création|sa\s+création|son\s+arrivée"
                   rf"|its\s+creation|the\s+(?:start|beginning|launch))\b[^,.;]{{0,80}}?\b(?:en|in)\s+(?P<a>{_YEAR})(?![\d\w]))"), "since"),
    # `l'exercice clos fin mars 2025`, `the fiscal year ended March 2025`: the twelve months to then.
    # (`the fiscal year that ended in March`: the year unsaid, the last March before publication)
    (4, re.compile(rf"(?i:(?=[ef])(?:exercice|fiscal\s+year|financial\s+year)\s+(?:(?:that|which)\s+|qui\s+s{_APOS}\s*est\s+)?"
                   rf"(?:clos|clôturé|achevé|terminé|ended|ending|to)\s+(?:(?:à|a|le|on|in)\s+)?"
                   rf"(?:fin\s+|end\s+(?:of\s+)?)?(?P<m>{_MONTHS_FR}|{_MONTHS_EN})(?:\s+(?P<y>{_YEAR}))?(?![\d\w]))"), "fiscal"),
    # `between the second quarter of 2024 and the same period of 2025`, `entre le premier semestre
    # 2024 et la même période de 2025`: a change over a year, up to the later period.
    (5, re.compile(rf"(?i:\b(?:entre|between)\s+(?:le\s+|the\s+)?(?P<q>premier|1er|deuxième|second|2e|2ème|troisième|3e|3ème|quatrième|4e|4ème|first|third|fourth)"
                   rf"[\s-]+(?P<part>trimestre|quarter|semestre|half)\s+(?:de\s+|d{_APOS}\s*|of\s+)?{_YEAR}\s+(?:et|and)\s+"
                   rf"(?:la\s+même\s+période\s+(?:de\s+|d{_APOS}\s*)|the\s+same\s+(?:period|quarter|half)\s+(?:of|in)\s+)(?P<y>{_YEAR}))(?![\d\w])"), "same_part"),
    (4, re.compile(rf"(?i:(?=[1fps])(?:six\s+premiers\s+mois|premier\s+semestre|1er\s+semestre|first[\s-]+half|first\s+six\s+months){_OF_YEAR_OR_NOT}{_NOT_OF_A_SEASON})"), "H1"),
    # (`S1-2024`, `H1-2025`: the half and its year joined by a dash)
    (4, re.compile(rf"(?i:(?=[hs])(?:S1|H1){_OF_YEAR_OR_DASH})"), "H1"),
    (4, re.compile(rf"(?i:(?=[2ds])(?:six\s+derniers\s+mois|second\s+semestre|deuxième\s+semestre|2[eè]m?e?\s+semestre|second[\s-]+half){_OF_YEAR_OR_NOT}{_NOT_OF_A_SEASON})"), "H2"),
    (4, re.compile(rf"(?i:(?=[hs])(?:S2|H2){_OF_YEAR_OR_DASH})"), "H2"),
    (4, re.compile(rf"(?i:(?=[ft])(?:trois\s+premiers\s+mois|first\s+three\s+months){_OF_YEAR_OR_NOT})"), "Q1"),
    (4, re.compile(rf"(?i:(?=[1-4dflpqst])(?P<q>premier|1er|deuxième|second|2e|2ème|troisième|3e|3ème|quatrième|4e|4ème|dernier|first|third|fourth|last)[\s-]+(?:trimestre|quarter){_OF_YEAR_OR_NOT})"), "Q"),
    # `in the three months through March`, `les trois mois à fin juin`: the months to then.
    # (and a year: `in the 12 months to the end of June`, `in the year to end-June`, `sur les douze
    # derniers mois à fin juin`)
    # (and a year told by its quarters: `in the four quarters to the end of March 2026`, `les quatre derniers trimestres`)
    (4, re.compile(rf"(?i:\b(?=[1dnstyfq])(?:(?P<n>three|six|nine|twelve|12|trois|six|neuf|douze)\s+(?:derniers\s+)?(?:months|mois)|year"
                   rf"|(?:four|quatre)\s+(?:derniers\s+)?(?:quarters|trimestres))"
                   rf"\s+(?:through|to|ended|ending|(?:clos|arrêtés?)?\s*à\s+fin)"
                   rf"\s+(?:the\s+end\s+of\s+|end[-\s]+)?(?P<m>{_MONTHS_FR}|{_MONTHS_EN})(?:\s+(?P<y>{_YEAR}))?(?![\w]))"), "months_to"),
    (4, re.compile(rf"(?=[TQ])(?<![\w])[TQ](?P<q>[1-4])\s*-?\s*(?P<y>{_YEAR})(?!\d)"), "Q"),
    (4, re.compile(rf"(?i:(?=[cdfhnoqs])(?:(?P<n>neuf|huit|sept|cinq|quatre|deux|onze|dix)\s+premiers\s+mois|first\s+(?P<n_en>two|four|five|seven|eight|nine|ten|eleven)\s+months){_OF_YEAR_OR_NOT}{_NOT_OF_A_SEASON})"), "months"),
    # `les huit premiers mois de la campagne (2025-2026)`: the campaign's months so far.
    (5, re.compile(rf"(?i:(?=[cdfhnoqst])(?:(?P<n>neuf|huit|sept|six|cinq|quatre|trois|deux|onze|dix)\s+premiers\s+mois"
                   rf"|first\s+(?P<n_en>two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months)"
                   rf"\s+(?:de\s+la|of\s+the)\s+(?:campagne|saison|season|campaign|marketing\s+year)"
                   rf"(?:\s+(?:de\s+commercialisation|agricole))?(?:\s+(?P<a>{_YEAR})\s?[-–/]\s?(?P<b>\d{{2,4}}))?)"), "campaign_months"),
    # `sur dix mois` (a headline's `le déficit se creuse ... sur dix mois`): the year to date.
    (4, re.compile(rf"(?i:\bsur\s+(?:les\s+)?(?P<n>neuf|huit|sept|cinq|quatre|deux|onze|dix)\s+mois{_OF_YEAR_OR_NOT})"), "months"),
    # `entre juin et août`, `from June to August 2024`: those months (of the year said, else the
    # last such months up to publication).
    # Days may come with the months (`between September 1 and February 15`, `du 1er septembre
    # au 15 février`): the months they fall in.
    (3, re.compile(rf"(?=\b(?i:[abdefijmnops]))(?i:\b(?:entre|between)\s+{_FIRST_DAY_OR_NOT}(?P<m1>{_MONTHS_FR}|{_MONTHS_EN}){_FIRST_DAY_AFTER_OR_NOT}"
                   rf"\s+(?:et|and)\s+{_DAY_OR_NOT}(?P<m2>{_MONTHS_FR}|{_MONTHS_EN}){_DAY_AFTER_OR_NOT}"
                   rf"|\b(?:de|du|from)\s+{_FIRST_DAY_OR_NOT}(?P<m1b>{_MONTHS_FR}|{_MONTHS_EN}){_FIRST_DAY_AFTER_OR_NOT}\s+(?:à|a|au|to|through|until)\s+"
                   rf"{_DAY_OR_NOT}(?P<m2b>{_MONTHS_FR}|{_MONTHS_EN}){_DAY_AFTER_OR_NOT}"
                   # two months told together (`in November and December`, `en octobre et novembre`)
                   # (`les seuls mois de juillet et août`, `the months of July and August`)
                   rf"|\b(?:in|during|over|en|durant|pendant|mois\s+de|mois\s+d['’]|months\s+of)\s*(?P<m1c>{_MONTHS_FR}|{_MONTHS_EN})\s+(?:et|and)\s+"
                   rf"(?:d['’]\s*)?(?P<m2c>{_MONTHS_FR}|{_MONTHS_EN})"
                   # two months joined by a dash (`in January-September`, `janvier-mai 2024`)
                   rf"|(?<![\w-])(?P<m1d>{_MONTHS_FR}|{_MONTHS_EN})\s?[-–]\s?(?P<m2d>{_MONTHS_FR}|{_MONTHS_EN}))"
                   rf"(?:,?\s+(?P<y>{_YEAR}))?(?![\w])(?!\s*,?\s*\d)"), "months_between"),
    # `l'exercice avril 2024-mars 2025`, `from April 2024 to March 2025`: the months between.
    # (`entre juin 2025 et mai 2026`, `between June 2025 and May 2026`)
    # (days may come with them: `entre le 1er septembre 2025 et le 28 février 2026`, `du 1er
    # septembre 2025 au 28 février 2026`, `between September 1, 2025 and February 28, 2026`)
    (4, re.compile(rf"(?i:(?=[abdefjmnosl0-3])(?<![\w])(?P<between>(?:entre|between)\s+)?{_DAY_OR_NOT}(?P<m1>{_MONTHS_FR}|{_MONTHS_EN})"
                   rf"{_DAY_AFTER_OR_NOT},?\s+(?P<a>{_YEAR})\s*"
                   rf"(?:[-–/]|à|au|a|to|through|until|(?(between)(?:et|and)|(?!)))\s*"
                   # (`entre juin 2025 et fin avril 2026`, `to the end of March 2026`)
                   rf"(?:(?:fin|début|mi|end|the\s+end)(?:\s+of)?(?:\s+|-))?"
                   rf"{_DAY_OR_NOT}(?P<m2>{_MONTHS_FR}|{_MONTHS_EN}){_DAY_AFTER_OR_NOT},?\s+(?P<b>{_YEAR})(?!\d))"), "month_range"),
    # `le mois dernier`, `last month`, `ce mois-ci`: a month counted from the month of publication.
    (2, re.compile(r"(?=\b(?i:[lt]))(?i:\ble\s+mois\s+(?:dernier|précédent|passé)|\blast\s+month|\bthe\s+previous\s+month)"), "month-1"),
    (2, re.compile(r"(?=\b(?i:[ct]))(?i:\bce\s+mois(?:-ci)?\b|\bthis\s+month)"), "month0"),
    # `à fin mars`, `end of March`: the end of a month of the year of publication.
    (2, re.compile(rf"(?=\b(?i:[ef]))(?i:\bfin\s+(?P<m>{_MONTHS_FR})|\bend(?:\s+of\s+|-)(?P<m_en>{_MONTHS_EN}))(?![\w])(?!\s*,?\s*(?:de\s+)?\d)"), "month"),
    (2, re.compile(rf"(?i:(?=[adfjmnos])(?<![\w])(?P<m>{_MONTHS_FR}|{_MONTHS_EN})\s+(?:\d{{1,2}},?\s+)?(?P<y>{_YEAR})(?!\d))"), "month"),
    # `In September alone`, `au mois de mai`, `Le seul mois d'août a enregistré`: a month of the year of publication (French
    # `en juillet, X a signé` dates an event more often than figures: not read).
    (2, re.compile(rf"(?=\b(?i:[acdfils]))(?i:\b(?:in|during|for)\s+(?P<m_en>{_MONTHS_EN})(?!\s*,?\s*\d)(?![\w])(?!\s?[-–]\s?(?:{_MONTHS_EN}))"
                   rf"|\b(?:au\s+(?:cours\s+du\s+|seul\s+)?mois\s+d(?:e\s+|['’]\s*)|sur\s+le\s+(?:seul\s+)?mois\s+d(?:e\s+|['’]\s*)"
                   rf"|(?:le|ce)\s+(?:seul\s+)?mois\s+d(?:e\s+|['’]\s*))"
                   rf"(?P<m>{_MONTHS_FR})(?!\s*,?\s*\d)(?![\w]))"), "month"),
    # ... but `en juillet` right after the figure dates it (`un pic estival de 11,2 MMDH en
    # juillet`): only the window that opens right after a figure starts with a space.
    # (past the unit a price is per: `745 dollars la tonne en mars`)
    # (or past the participle of the deal it is: `un prêt de 450 millions d'euros décaissé en juillet`)
    (2, re.compile(rf"\A\s+(?i:(?:la|le|l['’]|par)\s*(?:tonne|kilo|kg|litre|baril|once|unité|mètre\s+cube|m3|MWh|kWh)\s+"
                   rf"|(?:réalisé|décaissé|levé|émis|accordé|signé|conclu|approuvé|débloqué|placé|souscrit|octroyé)(?:e|s|es)?\s+)?(?i:en\s+(?P<m>{_MONTHS_FR}))(?!\s*,?\s*\d)(?![\w])(?!\s+et\s+(?i:{_MONTHS_FR}))(?!\s?[-–]\s?(?i:{_MONTHS_FR}))"), "month"),
    (1, re.compile(
        rf"(?i:(?=\b[abcdefhipsà])(?:\ben|\bdepuis|\bdès|\bd{_APOS}\s*ici(?:\s+(?:à|a))?|\bhorizon|\bpour|\bfin|\bdébut|\bcourant|\bau\s+titre\s+de"
        rf"|\bau\s+cours\s+de|\bdurant|\bpendant|\bin|\bby|\bduring|\bfor|\bsince|\bà\s+partir\s+de|\bfrom|\bstarting\s+in|\bas\s+of"
        rf"|\bas\s+(?:early|recently|late)\s+as)\s+(?:l{_APOS}\s*(?:année|an|exercice)\s+|(?:la\s+)?fin\s+)?(?P<y>{_YEAR})(?![\d\w]){_NOT_SPLIT})"), "year"),
    (1, re.compile(rf"(?i:(?:l{_APOS}\s*(?:année|an|exercice))\s+(?P<y>{_YEAR})(?![\d\w]){_NOT_SPLIT})"), "year"),
    # the whole of a year: `pour l'ensemble de 2025`, `une année 2025 record`, `all of 2025`
    (1, re.compile(rf"(?=\b(?i:[luat]))(?i:\bl{_APOS}\s*ensemble\s+de\s+(?:l{_APOS}\s*année\s+)?|\bune\s+année\s+|\b(?:all|the\s+whole)\s+of\s+)"
                   rf"(?P<y>{_YEAR})(?![\d\w]){_NOT_SPLIT}"), "year"),
    # a part of a year: `au début de 2024`, `à la fin de 2023`, `at the start of 2024`, `in early 2024`,
    # `au pic de l'été 2022`, `in summer 2022` (its year: the grammar has no finer period for them;
    # priority 0: the time a lead sets its story in, `as investors piled into debt at the start of
    # 2026`, is no period of the article's figures, `article._headline_periods`)
    # (only right after a figure, a few words between: as the story's setting it dates events, `since the Red
    # Sea crisis began in late 2023`, `as investors piled into debt at the start of 2026`)
    (0, re.compile(rf"\A\s+(?:[\w'’]+\s+){{0,3}}?(?i:\b(?:(?:au\s+|à\s+la\s+|a\s+la\s+)?(?:début|fin|mi)[\s-]+(?:de\s+|d{_APOS}\s*)(?:l{_APOS}\s*année\s+)?"
                   rf"|(?:at\s+)?the\s+(?:start|beginning|end|middle)\s+of\s+|(?:in\s+)?(?:early|late|mid)[\s-]"
                   rf"|(?:l{_APOS}\s*|de\s+l{_APOS}\s*)?(?:été|hiver|printemps|automne)\s+(?:de\s+)?|(?:in\s+|the\s+)?(?:summer|winter|spring|autumn|fall)\s+(?:of\s+)?)"
                   rf"(?P<y>{_YEAR})(?![\d\w/-]){_NOT_SPLIT})"), "year"),
    # the year of the data a comparison is based on: `based on 2025 volumes`, `les chiffres de 2025`, `données 2025`
    (1, re.compile(rf"(?i:(?<![\d\w])(?P<y>{_YEAR})\s+(?:volumes|figures|data|numbers|statistics)\b"
                   rf"|\b(?:chiffres|données|statistiques)\s+(?:de\s+)?(?P<y2>{_YEAR})(?![\d\w]))"), "year"),
    # a fiscal year by its year: `le seul exercice 2026`, `its 2023 fiscal year`, `fiscal 2023`, `FY2023`
    (1, re.compile(rf"(?=\b(?i:[lsfeti]))(?i:\b(?:le\s+(?:seul\s+)?|son\s+|sur\s+)exercice\s+(?P<y>{_YEAR})(?![\d\w]){_NOT_SPLIT}"
                   rf"|\b(?:its|the|their)\s+(?P<y2>{_YEAR})\s+(?:fiscal|financial)\s+year\b"
                   rf"|\b(?:fiscal(?:\s+year)?|financial\s+year|FY)\s?(?P<y3>{_YEAR})(?![\d\w/-]))"), "year"),
    (1, re.compile(rf"(?i:\bend[-\s]+(?:of\s+)?(?P<y>{_YEAR})(?![\d\w]))"), "year"),  # `at the end of 2023`, `end-2023`
    # A budget and its finance law are of their year: `PLF 2026`, `la loi de finances 2025`,
    # `the 2026 budget`, `budget 2026`.
    (1, re.compile(rf"(?=\b(?i:[blpf\d]))(?:\b(?:PLFR?|LFR?)\s+(?P<y>{_YEAR})|(?i:\bloi\s+de\s+finances(?:\s+rectificative)?(?:\s+pour)?"
                   rf"|\bbudget|\bfinance\s+bill(?:\s+for)?)\s+(?P<y2>{_YEAR})|(?i:\b(?P<y3>{_YEAR})\s+(?:budget|finance\s+bill)))(?![\d\w])"), "budget"),
    # (`d'ici la fin de l'année`: this year's end)
    # (`this summer's operation`, `cet été`: a season of the year of publication, said by its season)
    (1, re.compile(r"(?=(?i:[cfltw]))(?i:\bcette\s+année|\bl['’]\s*année\s+en\s+cours|\bthis\s+year|\bthis\s+(?:summer|spring)\b"
                   r"|\bcet\s+été\b|\bce\s+printemps\b|\bl['’]\s*ensemble\s+de\s+l['’]\s*année(?!\s+\d)"
                   r"|(?<=ici\s)la\s+fin\s+de\s+l['’]\s*année(?!\s+(?:\d|précédente|dernière|passée|prochaine))"
                   r"|\b(?:the\s+)?(?:full|whole)\s+year(?!\s+\d))"), "rel0"),
    (1, re.compile(r"(?i:\bl['’]\s*(?:année|an)\s+(?:dernière|dernier|précédente|passée)|\blast\s+year)"), "rel-1"),
    (1, re.compile(r"(?i:\bl['’]\s*(?:année|an)\s+prochaine?|\bnext\s+year)"), "rel+1"),
    # `five years ago`, `il y a cinq ans`: counted back from the year of publication.
    (1, re.compile(rf"(?=\b(?i:[\dcdefhinqst]))(?i:\b(?P<n>{_COUNT_WORDS}|\d{{1,2}})\s+years?\s+ago\b|\bil\s+y\s+a\s+(?P<n_fr>{_COUNT_WORDS}|\d{{1,2}})\s+ans\b)"), "ago"),
    # `au cours des trois prochaines années`, `over the next five years`: that many years from the
    # year of publication (`2025/2027` in a 2025 paper).
    (1, re.compile(rf"(?=\b(?i:[adiopsw]))(?i:\b(?:au\s+cours\s+des|dans\s+les|sur\s+les|pendant\s+les|durant\s+les)\s+(?P<n_fr>{_COUNT_WORDS}|\d{{1,2}})\s+prochaines\s+années"
                   rf"|\b(?:over|in|during|within)\s+the\s+next\s+(?P<n>{_COUNT_WORDS}|\d{{1,2}})\s+years)\b"), "next"),
    # A campaign told against the one the article is about (`last season`, `la campagne
    # précédente`, `next season's volumes`): read only where the article states its season.
    (1, re.compile(r"(?=\b(?i:[clps]))(?i:\b(?:last|previous|prior|past)\s+(?:season|campaign)|\b(?:la\s+)?(?:saison|campagne)\s+(?:dernière|précédente|passée|écoulée))"), "season-1"),
    (1, re.compile(r"(?=\b(?i:[clst]))(?i:\b(?:this|current)\s+(?:season|campaign)|\bcette\s+(?:saison|campagne)|\b(?:la\s+)?(?:saison|campagne)\s+en\s+cours)"), "season0"),
    # (the whole campaign: `sur l'ensemble de la campagne`, `the whole season`; not another's, `la campagne espagnole`)
    (1, re.compile(r"(?=\b(?i:[efw]))(?i:\b(?:ensemble\s+de\s+la\s+(?:campagne|saison)|(?:whole|full|entire)\s+(?:season|campaign))"
                   r"(?!\s+(?:\d|[a-zé]+(?:ole|aise|ien|ienne|ais|aine|ain)\b)))"), "season0"),
    (1, re.compile(r"(?=\b(?i:[clns]))(?i:\b(?:next|coming)\s+(?:season|campaign)|\b(?:la\s+)?(?:saison|campagne)\s+prochaine)"), "season+1"),
]
_MATURITY_BEFORE_RE = re.compile(r"(?i:\b(?:due|matur(?:e|es|ing|ity)|échéance|échéant|arrivant\s+à\s+échéance)\s+(?:en\s+|in\s+)?)$")
# A record's comparison (`leur meilleur niveau depuis 2019`, `au plus haut depuis 2008`, `the
# highest since 2019`): the year is what the figure is compared with, not its period.
_RECORD_BEFORE_RE = re.compile(
    r"(?i:\b(?:plus\s+(?:haut|bas|fort|faible|élevé|important)e?s?|meilleure?s?|pire|record|highest|lowest|best|worst"
    r"|strongest|weakest|biggest|largest|smallest)(?:\s+[\w'’-]+){0,2}\s+)$"
)


def _record_since(window: str, m: re.Match) -> bool:
    """`depuis 2019` / `since 2019` right after a record's superlative (`_RECORD_BEFORE_RE`)."""
    return m.group(0)[:6].lower() in ("depuis", "since ") and _RECORD_BEFORE_RE.search(window, max(0, m.start() - 40), m.start()) is not None


_PERIOD_HINT_RE = re.compile(rf"(?=\d|(?i:[abcdefhimpqstyé]))(?:\d{{4}}|(?i:ann[ée]e|\ban\b|\bans\b|year|trimestre|semestre|quarter|half|mois|months?|fin\s|end\sof|end-|season|saison|campa|summer|spring|été|printemps"
                             rf"|\b(?:in|during|for|entre|between|de|du|from|en)\s+(?:(?:le\s+)?(?:1er|\d{{1,2}})\s+)?(?:{_MONTHS_EN}|{_MONTHS_FR})\b))")
# A day number before a month (`14 juin 2023`) or after it (`March 5, 2024`): the date of an
# event, not the period of a figure.
_DAY_BEFORE_MONTH_RE = re.compile(r"(?:\b\d{1,2}|\b1er|\b1st)\s+$", re.I)
# A balance struck at a month's last day (`au 30 juin 2025`, `arrêtés au 31 décembre`, `as of
# June 30, 2025`, `at 31 March`): the accounts of the year to that day, not the day.
_AS_AT_DAY_BEFORE_RE = re.compile(r"(?i:\b(?:au|arrêtée?s?\s+au|à\s+fin|as\s+(?:of|at)|at|on)\s+(?:le\s+)?(?:28|29|30|31)\s+)$")
_AS_AT_BEFORE_RE = re.compile(r"(?i:\b(?:as\s+(?:of|at)|at)\s+)$")
_MONTH_END_DAY_AFTER_RE = re.compile(r"\s(?:28|29|30|31)\b")
_MONTH_NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
                  "onze": 11, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
_BARE_YEAR_RE = re.compile(rf"(?<![\w.,]){_YEAR}(?![\w]|[.,]\d)")
# The right window of a figure stops where another statement begins.
_RIGHT_STOP_RE = re.compile(
    r"(?=[;:,]|\b(?i:[acopqstvw]))(?i:[;:]|,\s*soit|\bsoit\b|\bpar\s+rapport\b|\bcompar\w+|\btandis\b|\balors\s+que|\bqu['’]\s*en\b"
    r"|\bversus\b|\bvs\b|\bcompared\b|\bwhile\b|\bwhereas\b|\bthan\b"
    # (the time of a report after its figures: `, official figures showed in January`)
    r"|,\s*(?:[\w'’-]+\s+){0,4}?(?:said|showed|show|reported|announced|published|released)\b"
    # (`up 8 percent on last year`: the base of a change)
    r"|\bon\s+(?=last\s+year|the\s+(?:previous|prior|same)\s+(?:year|period)|a\s+year\s+(?:earlier|before|ago))"
    # `contre 52 dollars en 2023`, `contre l'an dernier` start a base; `against the dollar`,
    # `contre la vie chère` name what the figure is measured against or for, not a base.
    r"|\b(?:contre|against)\b(?!\s+(?:le|la|les|l['’]|the)\s*(?!(?:même|same|année|an|ans|mois|période|year|month|period"
    r"|season|saison|campagne|exercice|trimestre|semestre|quarter|half|précédente?|previous|prior|dernière?|last|niveau"
    r"|level|record|moyenne|average)\b)[a-zà-ÿ]))"
)
_SHARE_OF_RE = re.compile(
    r"^\s*(?i:du|de\s+la|de\s+l['’]|des|de|d['’]|of\s+the|of)\s*(?i:(?:total|ensemble|volume)\s+(?:des|de\s+la|du|de\s+l['’]|de)\s*)?"
)
_JOBS_CREATED_RE = guarded(re.compile(
    r"(?i:création|créer|créé\w*|créera|créant|génér\w+|additionnels?|nouveaux|create\w*|new\s+jobs"
    r"|recrut\w*|embauch\w*|\bhir(?:e|es|ed|ing)\b|recruit\w*)"
))
# Expected or planned, not yet so: the figure's clause says it (`devrait atteindre`, `prévu`).
_FORECAST_RE = re.compile(
    r"(?=\b(?i:[acdefhipst]))(?i:\bdevr(?:ait|aient|a|ont)\b|\bpourr(?:ait|aient)\b|\bprévu\w*|\bprévision\w*|\battendu\w*"
    r"|\bs['’]attend\w*|\btabl\w+(?:\s*,[^,.;]{1,30},)?\s+(?:[a-zé]+\s+)?sur|\bescompt\w*|\banticip\w*|\battend(?:ent|ait|aient)?\b|\bexpected\b|\bexpects?\b|\bforecast\w*|\bprojected\b"
    r"|\bprojections?\b|\bis\s+set\s+to\b|\bare\s+set\s+to\b|\bestimated\s+to\b|\bshould\b|\bcould\b"
    # (what is hoped for: `les professionnels espèrent écouler 35.000 tonnes`, `hopes to sell`)
    r"|\bespér(?:ait|aient|er)\b|\bespèrent?\b|\bhop(?:es|ed|ing)?\s+to\b"
    # (a forecaster's verb: `the World Bank sees Algeria growing 3.2%`, `the region is seen growing 3.3%`)
    r"|\b(?:is|are)\s+seen\s+(?:growing|expanding|rising|falling|reaching|at)\b"
    r"|\bsees\s+(?:[A-Z][\w'’-]*\s+|(?:the|its)\s+[\w-]+\s+)?(?:growing|expanding|rising|falling|growth|reaching)\b)"
)
# The future told by the verb alone (`emploiera`, `will employ`, `doit créer`, `plans to`):
# a forecast where nothing else qualifies the figure: what is counted or measured, and money
# to come (`investira 38 M€`, `will invest $400 million`: announced, not yet spent, which an
# analyst keeps apart from what was). `près de`, `plus de` say more than the tense does.
_FUTURE_RE = guarded(re.compile(
    r"(?i:\bprévoi\w*|\bdoi(?:t|vent)\s+(?:\w+\s+)?\w+(?:er|ir|re)\b"
    r"|\bwill\b|\bwould\b|\bplans?\s+to\b|\bplanned\b|\b(?:is|are)\s+due\s+to\b|\bintends?\s+to\b)"
    r"|\b[a-zéèêçâîôû]{3,}(?:era|eront|ira|iront|dra|dront|tra|tront)\b|\b(?:sera|seront|aura|auront|fera|feront)\b"
    # the conditional of a projection (`l'inflation ressortirait à 1,3%`, `les transferts
    # atteindraient 119,5 milliards`); not `serait`, `aurait`, which also report hearsay
    r"|\b[a-zéèêçâîôû]{3,}(?:erait|eraient|irait|iraient|drait|draient|ttrait|ttraient)\b"
))
# Headcounts. Workers and employees are jobs wherever they are counted; people, engineers and
# the like are jobs where the sentence speaks of employment (`le site emploie 1.350
# personnes`, `recrutera 90 ingénieurs`), and a count otherwise (`12.000 visiteurs`).
_ALWAYS_JOBS = frozenset({"employees", "workers", "staff", "hires"})
# (people of a trade counted where the sentence speaks of employment: `recrutera 1.000 pilotes`)
_JOBS_IN_CONTEXT = frozenset({"people", "engineers", "technicians", "managers", "operators", "young people", "seafarers", "welders",
                              "farmers", "fishermen", "drivers", "advisers", "pilots", "positions"})
_EMPLOYMENT_RE = re.compile(
    r"(?i:\bemplo\w*|\brecrut\w*|\bembauch\w*|\beffectifs?\b|\bmain[- ]d['’]\s*œuvre|\bhir(?:e|es|ed|ing)\b"
    r"|\brecruit\w*|\bworkforce\b|\bheadcount\b|\bstaff\w*|\bjobs?\b|\bpostes?\b)"
)
# A workforce whose size the number gives: `its workforce from 1,150 to about 1,700`, `les
# effectifs de Hoshida au Maroc passeront de 2.800`.
_WORKFORCE_BEFORE_RE = re.compile(
    r"(?i:\b(?:effectifs?|workforce|headcount)\b[^.;:]{0,60}?\b(?:de|d['’]|from|à|to|of)\s+"
    r"(?:(?:about|around|some|environ|quelque|près\s+de|plus\s+de|more\s+than)\s+)?)$"
)
# English puts adjectives before the noun: `400 full-time staff`, `4,100 direct jobs`, `300
# Moroccan welders` (a nationality: a capitalised adjective of a demonym's ending).
_HEADCOUNT_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:(?:full[- ]time|part[- ]time|new|direct|indirect|additional|permanent|local|skilled|qualified"
    r"|temporary|seasonal|(?-i:[A-Z][a-z]+(?:an|ese|ish|ch|i)))\s+)+"
    r"(?P<noun>jobs?|positions?|people|persons|workers?|employees?|staff|engineers?|technicians?|welders?)(?![\w])"
    # any one or two words before `jobs` itself: `240,000 digital jobs`, `4,500 construction jobs`
    r"|[ \u00a0]+(?:(?-i:[a-z][a-z-]+)\s+){1,2}(?P<jobs>jobs)(?![\w])",
    re.I,
)
_SENTENCE_END_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\bM)(?<!\bMM)(?<!\bMme)(?<!\bDr)(?<!\bSt)(?<!\bav)(?<!\bcf)(?<!\bp)(?<!\bn°)[.!?…]+[\"»”’)]*(?=\s+[\"«“(]?[A-ZÀ-ÝÉ0-9])"
    r"|\n"
)
# A definite or possessive determiner before a small number word (`les deux pays`, `ses deux
# premiers clients`, `à elles deux`, `the two countries`) refers back to things already named.
_REFERS_BACK_RE = re.compile(
    r"(?i:\b(?:les|des|ces|leurs|nos|vos|ses|the|these|those|its|their|our)\s+|\bà\s+(?:elles|eux|nous)\s+)$"
)


# ---------------------------------------------------------------------------
# Context: qualifier, sign, period, subject, countries
# ---------------------------------------------------------------------------


# `à fin septembre 2024`, `end of March`, `through October 2026`, `jusqu'en octobre`: the year
# so far, as statistics releases count it.
_TO_END_OF_RE = re.compile(
    r"(?i:\bfin\s+|\bend\s+of\s+|\bend-|\bthrough\s+|\bup\s+to\s+|\bjusqu['’]\s*(?:à\s+fin\s+|en\s+))$|^(?i:fin\s|end\s+of\s|end-)"
)


def _year_to_date(year: str, month: int) -> str:
    """January to `month`: a quarter's or half's end is said as such (2024-Q1, 2024-H1, 2024)."""
    return {1: f"{year}-01", 3: f"{year}-Q1", 6: f"{year}-H1", 12: year}.get(month, f"{year}-01/{year}-{month:02d}")


def _month_number(name: str) -> int:
    name = name.lower()
    return _MONTH_NUMBER.get(name.replace("û", "u")) or _MONTH_NUMBER.get(name)


def _fiscal_year(year: int, month: int) -> str:
    """The twelve months to the end of `month` of `year` (a calendar year when it ends in December)."""
    if month == 12:
        return str(year)
    return f"{year - 1}-{month + 1:02d}/{year}-{month:02d}"


@dataclass(frozen=True)
class Dating:
    """What dates a period said without its year: the month of publication (`en décembre`
    in a January paper is last December) and the season the article is about (`2024/2025`,
    against which `last season` is read)."""

    month: int | None = None
    season: str | None = None
    campaign_start: int | None = None  # the month a campaign named as such starts (0: unknown), None for no campaign


NO_DATING = Dating()
# A split year of two consecutive years (`la campagne 2024-2025`, `the 2024/2025 season`).
_SEASON_RE = re.compile(rf"(?=[12])(?<![\w])(?P<a>{_YEAR})\s?[-–/]\s?(?:(?P<b>{_YEAR})|(?P<b2>\d{{2}}))(?!\d)(?![-–/]\d)")


def _full_year(first: str, short: str | None) -> str:
    """The second year of a split year written short, in the first's century: 2024/25 -> 2025."""
    return f"{first[:2]}{short}" if short else "0"
# A time to come before a month said without its year (`scheduled to leave in January`).
_AHEAD_RE = re.compile(r"(?i:\bschedul\w*|\bdue\b|\bwill\b|\bexpected\b|\bplanned\b|\bprévu\w*|\bprogramm\w*|\bdevr\w+)")
# The base of a comparison (`up 18% from the drought-hit previous campaign`) is not the figure's time.
_BASE_BEFORE_RE = re.compile(r"(?i:\b(?:from|than|compared\s+(?:with|to)|against|par\s+rapport\s+(?:à|a)|contre)"
                             r"\s+(?:the\s+|a\s+|la\s+|le\s+|l['’]\s*)?(?:[\w-]+\s+){0,2})$")


def campaign_start(text: str) -> int | None:
    """Where the article names a campaign with its split year (`la campagne 2025-2026`, `the
    2025/26 season`), the month it starts by the calendar of its one product (cereals' marketing
    year from June, olive oil's from October) or 0 when the product does not say; else None."""
    if not _CAMPAIGN_SEASON_RE.search(text):
        return None
    starts = {month for pattern, month in _CAMPAIGN_STARTS if pattern.search(text)}
    return starts.pop() if len(starts) == 1 else 0


# A campaign named with its split year: `la campagne (agricole) 2025-2026`, `the 2025/26 season`.
_CAMPAIGN_SEASON_RE = re.compile(
    # (not a season of flights or of tourism: `la saison hiver 2026-2027`, `the summer season`)
    rf"(?i:\b(?:campagne|campaign|(?:saison|season)(?!\s+(?:hiver|été|estivale|hivernale|winter|summer)\b))"
    rf"(?:\s+[\w'’]+){{0,3}}?\s+{_YEAR}\s?[-–/]\s?\d{{2,4}}\b"
    rf"|\b{_YEAR}\s?[-–/]\s?\d{{2,4}}\s+(?:export\s+|marketing\s+|crop\s+|harvest\s+)?(?:season|campaign|year)\b)"
)
# The month a product's campaign starts: the cereals' marketing year in June, olive oil's in October.
_CAMPAIGN_STARTS = (
    (re.compile(r"(?i:\b(?:blé|céréal\w*|maïs|orge|wheat|cereal\w*|barley|maize)\b)"), 6),
    (re.compile(r"(?i:\bhuiles?\s+d['’]\s*olive|\bolive\s+oil)"), 10),
)


def article_season(text: str) -> str | None:
    """The season the article is about: the first split year of two consecutive years it states."""
    for m in _SEASON_RE.finditer(text):
        second = m.group("b") or _full_year(m.group("a"), m.group("b2"))
        if int(second) == int(m.group("a")) + 1:
            return f"{m.group('a')}/{second}"
    return None


# The last month of a quarter or half.
_LAST_MONTH = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12}


_ENDING_RE = re.compile(r"(?i:\b(?:ending|to)\b)")


def _year_of_month(month: int, published_year: int, dating: Dating, ahead: bool) -> int:
    """The year of a month said without one: the last such month up to publication, or the
    next one for a time to come."""
    if dating.month is None:
        return published_year
    if month > dating.month and not ahead:
        return published_year - 1
    if month < dating.month and ahead:
        return published_year + 1
    return published_year


def _period_matches(window: str, published_year: int | None, dating: Dating = NO_DATING) -> list[tuple[int, int, int, str]]:
    """(start, end, priority, period) of every period expression in `window`."""
    return list(_window_periods(window, published_year, dating))


# The left and right windows of a page's figures repeat (six calls in ten ask again for a
# window already read), and each reading tries some thirty patterns.
@lru_cache(maxsize=1024)
def _window_periods(window: str, published_year: int | None, dating: Dating) -> tuple[tuple[int, int, int, str], ...]:
    if not _PERIOD_HINT_RE.search(window):
        return ()
    found = []
    for prio, pattern, kind in _PERIOD_PATTERNS:
        for m in pattern.finditer(window):
            if _MATURITY_BEFORE_RE.search(window, max(0, m.start() - 20), m.start()):
                continue  # `notes due 2031`, `bonds maturing in 2036`: a maturity, not a period
            if _record_since(window, m):
                continue
            period = _period_of(m, kind, window, published_year, dating)
            if period is not None:
                found.append((m.start(), m.end(), prio, period))
    return tuple(found)


def _months_between(m: re.Match, year: str, window: str, dating: Dating) -> str | None:
    """`entre juin et août` -> `2025-06/2025-08`: the months, the year said or the one whose
    last such month is the latest up to publication; over the turn of a year, `between
    September 1 and February 15` -> `2025-09/2026-02`."""
    first = _month_number(m.group("m1") or m.group("m1b") or m.group("m1c") or m.group("m1d"))
    last = _month_number(m.group("m2") or m.group("m2b") or m.group("m2c") or m.group("m2d"))
    if m.group("m1c") and first and last and last != first + 1:
        return None  # `in January and March`: two months apart, not the months between
    # Over the turn of a year only when told from a first day (`between September 1 and
    # February 15`): `d'octobre à mars` alone is as often a recurring season as a period.
    # (or in an article about a season, `between June and January, the first eight months of the
    # 2025/26 marketing year`)
    crosses = last < first and (any(c.isdigit() for c in m.group(0)) or dating.season is not None)
    if not (first and last) or (last <= first and not crosses):
        return None
    if not m.group("y"):
        year = str(_year_of_month(last, int(year), dating, _ahead_of(window, m.start())))
    # (`between September and February`: over the turn of the year)
    first_year = int(year) - 1 if first > last else int(year)
    if first == 1:
        return _year_to_date(year, last)  # `du 1er janvier au 30 juin 2025`: 2025-H1
    return f"{first_year}-{first:02d}/{year}-{last:02d}"


def _ahead_of(window: str, position: int) -> bool:
    """The clause before `position` tells of a time to come (`scheduled ... in January`)."""
    start = max(0, position - _AHEAD_REACH)
    stop = max(window.rfind(".", start, position), window.rfind(";", start, position))
    return bool(_AHEAD_RE.search(window, max(start, stop + 1), position))


# How far before a month its clause's tense is read (not the whole article before it).
_AHEAD_REACH = 80


_MONTHS_COUNTED = {"three": 3, "trois": 3, "six": 6, "nine": 9, "neuf": 9, "twelve": 12, "12": 12, "douze": 12}


def _months_to(groups: dict, year: str, dating: Dating) -> str:
    """`three months through March` -> 2025-Q1; `six months to June` -> 2025-H1; else the
    range of months (`nine months to September` -> 2025-01/2025-09)."""
    n, month = _MONTHS_COUNTED[(groups["n"] or "twelve").lower()], _month_number(groups["m"])
    if not groups.get("y"):
        year = str(_year_of_month(month, int(year), dating, ahead=False))
    if n == 3 and month % 3 == 0:
        return f"{year}-Q{month // 3}"
    if n == 6 and month in (6, 12):
        return f"{year}-H{month // 6}"
    if n >= month:
        return f"{year}-01/{year}-{month:02d}" if n == month else f"{int(year) - 1}-{month + 12 - n + 1:02d}/{year}-{month:02d}"
    return f"{year}-{month - n + 1:02d}/{year}-{month:02d}"


def _period_of(m: re.Match, kind: str, window: str, published_year: int | None, dating: Dating) -> str | None:
    """The period one match of a `_PERIOD_PATTERNS` pattern states, None when it states none."""
    groups = m.groupdict()
    year = groups.get("y") or (str(published_year) if published_year else None)
    if kind not in ("range", "since", "month_range") and year is None:
        return None
    if kind == "same_part":
        n = _ORD_QUARTER[m.group("q").lower()]
        half = m.group("part").lower() in ("semestre", "half")
        return f"{year}-H{n}" if half and n <= 2 else (None if half else f"{year}-Q{n}")
    if kind == "budget":
        return groups.get("y") or groups.get("y2") or groups.get("y3")
    if kind == "since":
        start_year = int(m.group("a"))
        return f"{start_year}/{published_year}" if published_year and published_year > start_year else str(start_year)
    if kind == "range":
        a, b = m.group("a"), m.group("b") or _full_year(m.group("a"), groups.get("b2"))
        return f"{a}/{b}" if int(b) > int(a) else None
    if kind in ("H1", "H2", "Q1", "Q"):
        part = kind if kind != "Q" else f"Q{_ORD_QUARTER[m.group('q').lower()]}"
        if not groups.get("y"):
            # said without its year, as a month is: the last such quarter or half to have
            # ended by publication (`au troisième trimestre` in a January paper is last year's),
            # the next one for a time to come
            year = str(_year_of_month(_LAST_MONTH[part], int(year), dating, _ahead_of(window, m.start())))
        return f"{year}-{part}"
    if kind == "months":
        n = _MONTH_NUMBERS[(groups.get("n") or groups["n_en"]).lower()]
        return f"{year}-01/{year}-{n:02d}"
    if kind == "campaign_months":
        return _campaign_months(groups, dating)
    if kind == "month":
        return _month_period(m, groups, year, window, dating)
    if kind == "months_to":
        return _months_to(groups, year, dating)
    if kind == "month_range":
        first, last = _month_number(groups["m1"]), _month_number(groups["m2"])
        a, b = groups["a"], groups["b"]
        return f"{a}-{first:02d}/{b}-{last:02d}" if (int(b), last) > (int(a), first) else None
    if kind in ("month-1", "month0"):
        if dating.month is None or published_year is None:
            return None
        month, year_of = dating.month - (kind == "month-1"), published_year
        return f"{year_of}-{month:02d}" if month else f"{year_of - 1}-12"
    if kind == "months_between":
        return _months_between(m, year, window, dating)
    if kind == "fiscal":
        month = _month_number(groups["m"])
        if not groups.get("y"):
            # (`the fiscal year ending June 30`, said in May: the one under way, to the next June)
            ahead = bool(_ENDING_RE.search(m.group(0)))
            year = str(_year_of_month(month, int(year), dating, ahead=ahead))
        return _fiscal_year(int(year), month)
    if kind == "year":
        return groups.get("y2") or groups.get("y3") or year
    if published_year is None:
        return None
    if kind in ("ago", "next"):
        n = groups.get("n") or groups["n_fr"]
        n = int(n) if n.isdigit() else _COUNT_NUMBERS[n.lower()]
        return str(published_year - n) if kind == "ago" else f"{published_year}/{published_year + n - 1}"
    if kind.startswith("season"):
        if dating.season is None or _BASE_BEFORE_RE.search(window, 0, m.start()):
            return None
        return shift_years(dating.season, int(kind[len("season"):]))
    return str(published_year + {"rel0": 0, "rel-1": -1, "rel+1": 1}[kind])



def _month_period(m: re.Match, groups: dict, year: str, window: str, dating: Dating) -> str | None:
    """A month (`en juin`, `fin mars 2025`): the year to its end when told as accounts at a
    day (`au 30 juin`) or to its end (`à fin mars`), else the month; None for a day's date."""
    month = _month_number(groups.get("m") or groups["m_en"])
    as_at = _AS_AT_DAY_BEFORE_RE.search(window, max(0, m.start() - 30), m.start()) or (
        _AS_AT_BEFORE_RE.search(window, max(0, m.start() - 12), m.start()) and _MONTH_END_DAY_AFTER_RE.search(m.group(0))
    )
    if as_at and year:
        return _year_to_date(year if groups.get("y") else str(_year_of_month(month, int(year), dating, False)), month)
    if _DAY_BEFORE_MONTH_RE.search(window, 0, m.start()) or re.search(r"\d,?\s", m.group(0)):
        return None  # `le 14 juin 2023`, `March 5, 2024`: a day
    if groups.get("y") and _SINCE_BEFORE_RE.search(window, max(0, m.start() - 70), m.start()):
        # `depuis mars 2025`, `since launching the offer in March 2024`: when something began,
        # not the time the figure covers
        return None
    if not groups.get("y"):
        year = str(_year_of_month(month, int(year), dating, _ahead_of(window, m.start())))
    if _TO_END_OF_RE.search(window, max(0, m.start() - 12), m.start()) or _TO_END_OF_RE.match(m.group(0)):
        return _campaign_to_date(int(year), month, dating) or _year_to_date(year, month)
    return f"{year}-{month:02d}"


# What a month told as a beginning follows: `depuis `, `since `, `since launching the offer in `.
_SINCE_BEFORE_RE = re.compile(
    r"(?i:\b(?:depuis|since)\s+(?:(?:le\s+)?(?:lancement|création|début|entrée\s+en\s+vigueur|launching|launch|start)\b[^,.;]{0,50}?\b(?:en|in)\s+)?)$"
)


def _campaign_months(groups: dict, dating: Dating) -> str | None:
    """`les huit premiers mois de la campagne 2025-2026`: from the campaign's start where the
    product's calendar says it (`2025-06/2026-01` for cereals), else the campaign."""
    season = f"{groups['a']}/{_full_year(groups['a'], groups['b'][-2:])}" if groups.get("a") else dating.season
    if season is None:
        return None
    if not dating.campaign_start:
        return season
    n = _MONTH_NUMBERS[(groups.get("n") or groups["n_en"]).lower()]
    first, last = int(season[:4]), dating.campaign_start + n - 1
    return f"{first}-{dating.campaign_start:02d}/{first + (last - 1) // 12}-{(last - 1) % 12 + 1:02d}"


def _campaign_to_date(year: int, month: int, dating: Dating) -> str | None:
    """In an article about a campaign, `à fin janvier` counts from the campaign's start: its
    months so far where the product's calendar says when it starts (`2025-06/2026-01` for
    cereals), else the campaign (`2025/2026`) for a month of autumn to summer within it; None
    for a month outside it."""
    if dating.campaign_start is None or dating.season is None:
        return None
    first = int(dating.season[:4])
    if dating.campaign_start:
        start_year = year if month >= dating.campaign_start else year - 1
        return f"{first}-{dating.campaign_start:02d}/{year}-{month:02d}" if start_year == first else None
    # (at least two months into a campaign of autumn to summer: `à fin septembre` of its first
    # year is told of the calendar year)
    in_it = (year == first and month >= 11) or (year == first + 1 and month <= 8)
    return dating.season if in_it else None

_SUBJECT_WINDOW = 200


def _subject_in(window: str, lex: _Lexicon, closest_to_end: bool) -> tuple[str, int, int] | None:
    # Subjects stand close to their figure; a long window only costs time.
    offset = 0
    if closest_to_end and len(window) > _SUBJECT_WINDOW:
        offset = len(window) - _SUBJECT_WINDOW
        window = window[offset:]
    elif not closest_to_end:
        window = window[:_SUBJECT_WINDOW]
    found = _subject_match(lex.subjects, window, closest_to_end)
    if found is None:
        return None
    entry, start, end = found
    return lex.subject_labels[entry], start + offset, end + offset


# A sentence's figures read the subjects of the same windows over again (nine calls in ten
# on the benchmark pages ask for a window already read).
@lru_cache(maxsize=1024)
def _subject_match(subjects: re.Pattern, window: str, last: bool) -> tuple[int, int, int] | None:
    """(lexicon entry, start, end) of the first subject in `window`, or of the last."""
    best = None
    for m in subjects.finditer(window):
        best = m
        if not last:
            break
    return None if best is None else (int(best.lastgroup[1:]), best.start(), best.end())


# What a bare number counts when the lexicon does not list it: a plural noun right after it
# (`8 agropoles`, `14 branches`), or after an adjective of number or kind (`6 nouvelles routes`,
# `4 nouveaux projets`, `3 new plants`). It is read with the number, as written.
_COUNT_ADJECTIVE_RE = re.compile(
    r"[ \u00a0\u202f]+(?i:nouveaux|nouvelles|nouveau|nouvelle|autres|grands|grandes|petits|petites|premiers|premières"
    r"|new|additional|other|major|large|small|weekly|daily|monthly|direct|non-stop|nonstop)\s+(?P<noun>[A-Za-zÀ-ÿœŒ][\wÀ-ÿœŒ'-]*)"
)
_PLURAL_NOUN_RE = re.compile(r"[a-zà-ÿœ][\wà-ÿœ-]{2,}[sx]")
_MODEL_NOUN_RE = re.compile(
    r"[ \u00a0\u202f]+(?:(?i:more|additional|new|other|further)\s+)?"
    r"(?P<model>(?:[A-Z][\w-]*|[A-Z]?\d[\w-]*)(?:\s+(?:[A-Z][\w-]*|\d[\w-]*)){0,2})\s+(?P<noun>[a-z][a-z'-]*)\b"
)


def _read_unlisted_noun(fig: _Figure, after: str, noun: str, lex: _Lexicon) -> str | None:
    """Extends `fig` over the plural noun it counts (`_COUNT_ADJECTIVE_RE`); its label when
    the lexicon knows the noun after an adjective, else None."""
    model = _MODEL_NOUN_RE.match(after)
    # (not a nationality, which a count's own country is read from: `500,000 Chinese arrivals`)
    if model and not find_countries(model.group("model")):
        # (a maker's or a model's name between the number and what it counts: `9 Boeing jets`,
        # `8 additional Boeing 737 aircraft`, `8 E195-E2 jets`)
        label = _counted_label(model.group("noun"), lex)
        if label is not None:
            fig.end += model.end()
            return label
    adjective = _COUNT_ADJECTIVE_RE.match(after)
    if adjective:
        counted = adjective.group("noun")
        label = _counted_label(counted, lex)
        if label is not None or (_PLURAL_NOUN_RE.fullmatch(counted) and counted.lower() not in _STOP_NOUNS):
            fig.end += adjective.end()
            return label
        return None
    modified = _MODIFIED_NOUN_RE.match(after)
    if modified and modified.group("modifier").lower() not in _STOP_NOUNS:
        # (a noun the lexicon counts after one modifier: `1,200 foreign companies`, `290,000
        # classified beds`, `1,300 hotel rooms`)
        label = _counted_label(modified.group("noun"), lex)
        if label is not None:
            fig.end += modified.end()
            return label
    if _PLURAL_NOUN_RE.fullmatch(noun) and noun.lower() not in _STOP_NOUNS:
        fig.end += _WORD_AFTER_RE.match(after).end()
    return None


_MODIFIED_NOUN_RE = re.compile(r"[ \u00a0\u202f]+(?P<modifier>[a-z][a-z-]+)\s+(?P<noun>[a-zà-ÿœ][\wà-ÿœ'-]*[sx])\b")


def _counted_label(noun: str, lex: _Lexicon) -> str | None:
    low = noun.lower()
    singular = low[:-1] if low.endswith(("s", "x")) else low
    for form in (noun, low, singular, _masculine(singular)):
        if form in lex.counted:
            return lex.counted[form]
        if form.lower() in lex.counted:
            return lex.counted[form.lower()]
    return None


def _masculine(noun: str) -> str:
    """The masculine of a French feminine noun of people, which the lexicon lists (`saisonnière`
    -> `saisonnier`, `travailleuse` -> `travailleur`, `conductrice` -> `conducteur`, `salariée`
    -> `salarié`, `ingénieure` -> `ingénieur`); other nouns unchanged."""
    for feminine, masculine in _FEMININE_ENDINGS:
        if noun.endswith(feminine) and len(noun) > len(feminine) + 2:
            return noun[:-len(feminine)] + masculine
    return noun


_FEMININE_ENDINGS = (("ière", "ier"), ("euse", "eur"), ("rice", "eur"), ("eure", "eur"), ("ée", "é"))


def _is_duration(noun: str, lex: _Lexicon) -> bool:
    low = noun.lower()
    return low in lex.durations or (low.endswith("s") and low[:-1] in lex.durations)


def _read_headcount(fig: _Figure, after: str, lex: _Lexicon) -> bool:
    """`4,100 direct jobs`, `400 full-time staff`: read the adjectives and the noun with the
    number. True when it did."""
    m = _HEADCOUNT_AFTER_RE.match(after)
    if not m:
        return False
    noun = (m.group("noun") or m.group("jobs")).lower()
    fig.end += m.end()
    if noun.startswith(("job", "position")):
        fig.unit = "jobs"
    else:
        fig.noun_label = _counted_label(noun, lex) or "people"
    return True


def _refers_back(text: str, fig: _Figure, sentence_start: int) -> bool:
    return (
        fig.is_words and not fig.has_scale and fig.unit is None and 2 <= fig.value <= 10
        and _REFERS_BACK_RE.search(text, max(sentence_start, fig.start - 20), fig.start) is not None
    )


def _is_headcount_of_jobs(fig: _Figure, sentence: str) -> bool:
    return fig.noun_label in _ALWAYS_JOBS or (
        fig.noun_label in _JOBS_IN_CONTEXT and _EMPLOYMENT_RE.search(sentence) is not None
    )


# The currencies of monetary unions, whose codes are no country's (`FCFA` is West Africa's XOF
# or Central Africa's XAF, told apart by the countries around the amount).
_UNION_ISSUERS = {
    "XOF": frozenset({"BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"}),
    "XAF": frozenset({"CM", "CF", "TD", "CG", "GQ", "GA"}),
}


def _issuers(code: str) -> frozenset[str]:
    """The countries whose money `code` is: its first two letters, or a union's members."""
    return _UNION_ISSUERS.get(code, frozenset({code[:2]}))


_CAPITALISED_RE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def _cities_named(said: str) -> list[tuple[int, tuple[str, ...]]]:
    """(position, (country,)) of the cities and regions abroad `said` names by their own name."""
    found = []
    for m in _CAPITALISED_RE.finditer(said):
        codes = place_country(m.group(0)) or place_country(m.group(0).split()[0])
        if codes:
            found.append((m.start(), codes))
    return found


class _Currencies:
    """The currency a bare amount or a minor unit means at a position of the article: the
    last one it named before that position, else the currency of the country it is most
    about (a Moroccan article -> MAD)."""

    def __init__(self, text: str):
        self.text = text
        self.named: list[tuple[int, str]] = []
        self._domestic: str | None = None
        self._domestic_known = False
        self._counts: Counter | None = None

    def name(self, position: int, code: str) -> None:
        self.named.append((position, code))

    def in_span(self, start: int, end: int) -> str | None:
        """The currency last named between `start` and `end`, if any."""
        named = [code for pos, code in self.named if start <= pos < end]
        return named[-1] if named else None

    def among(self, codes: list[str], sentence: tuple[int, int] | None = None) -> str:
        """Of currencies several countries' words share (`riyals`), the one of the country the
        figure's sentence names first (`En Tunisie, ... 2,9 milliards de dinars`), else of the
        one the article names most (ISO 4217 codes start with their country's code), else the
        first."""
        if sentence is not None:
            said = self.text[sentence[0]:sentence[1]]
            # (a city names its country too: `Celle de Douala disposera de 6 milliards de FCFA`)
            for _, mentioned in sorted([(m.start, m.codes) for m in find_countries(said)] + _cities_named(said)):
                named = [code for code in codes if _issuers(code) & set(mentioned)]
                if named:
                    return named[0]
        counts = self._country_counts()
        return max(codes, key=lambda code: (sum(counts.get(c, 0) for c in _issuers(code)), -codes.index(code)))

    def _country_counts(self) -> Counter:
        if self._counts is None:
            self._counts = Counter(code for mention in find_countries(self.text) for code in mention.codes)
        return self._counts

    def at(self, position: int) -> str | None:
        previous = [code for pos, code in self.named if pos < position]
        if previous:
            return previous[-1]
        if not self._domestic_known:
            top = sorted(self._country_counts().items(), key=lambda kv: (-kv[1], kv[0]))
            self._domestic = _domestic_currency(top[0][0]) if top else None
            self._domestic_known = True
        return self._domestic


@dataclass
class _Sentence:
    """One sentence being resolved, and what its figures need to know of the article."""

    text: str  # the whole article
    start: int
    end: int
    published_year: int | None
    lex: _Lexicon
    currencies: _Currencies
    dating: Dating = NO_DATING
    previous_start: int | None = None  # the sentence before's start, in the same paragraph


def _resolve(
    text: str,
    figures: list[_Figure],
    sentences: list[tuple[int, int]],
    language: str,
    published_year: int | None,
    lex: _Lexicon,
    dating: Dating = NO_DATING,
) -> list[tuple[_Figure, tuple[int, int]]]:
    """Each figure that survives its context, with its sentence span, its qualifier, sign,
    period, unit and subject settled. Sentence by sentence, in reading order."""
    sentence_starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[_Figure]] = {}
    for fig in figures:
        i = max(0, bisect_right(sentence_starts, fig.start) - 1)
        by_sentence.setdefault(i, []).append(fig)
    currencies = _Currencies(text)
    kept: list[tuple[_Figure, tuple[int, int]]] = []
    for si in sorted(by_sentence):
        s_start, s_end = sentences[si] if sentences else (0, len(text))
        sentence = _Sentence(text, s_start, s_end, published_year, lex, currencies, dating, _previous_in_paragraph(text, sentences, si))
        figs = _read_nouns(sentence, by_sentence[si])
        _link_ranges(sentence, figs)
        prev: _Figure | None = None
        for idx, fig in enumerate(figs):
            next_start = figs[idx + 1].start if idx + 1 < len(figs) else s_end
            _resolve_figure(sentence, fig, prev, next_start)
            prev = fig
        _share_range_context(figs)
        _share_chained_periods(sentence, figs)
        _share_years_earlier(sentence, figs)
        _share_completion_period(sentence, figs)
        kept.extend((fig, (s_start, s_end)) for fig in figs)
    return kept


# Nothing after a bare number but punctuation or a link to the next item (`à 8,1 milliards,`,
# `2,3 milliards et`): no noun of its own (`1 million TEUs` counts containers).
_BARE_END_RE = re.compile(r"\s*(?:[,.;:()]|et\b|and\b|contre\b|against\b|\Z)")


# Things counted that a sentence's bare number may measure (`Les nuitées ... ont augmenté de
# 9%, à 31,2 millions`): no money.
_COUNTED_BEFORE_RE = re.compile(
    r"(?i:\b(?:nuitées|arrivées|touristes|visiteurs|passagers|voyageurs|emplois|salariés|habitants|tonnes|unités|véhicules"
    r"|conteneurs|overnight|arrivals|tourists|visitors|passengers|travell?ers|jobs|workers|people|tonnes|tons|units|vehicles"
    r"|containers|barils|barrels"
    # (people served, and a number of anything: `le nombre d'abonnés a bondi de 12% pour atteindre 9,6 millions`)
    r"|abonnés|clients|utilisateurs|ménages|foyers|élèves|étudiants|subscribers|customers|users|households|students"
    r"|nombre|number)\b)"
)


def _previous_in_paragraph(text: str, sentences: list[tuple[int, int]], index: int) -> int | None:
    """The start of the sentence before sentence `index`, when no line break parts them."""
    if index == 0 or not sentences:
        return None
    start, end = sentences[index - 1]
    return start if "\n" not in text[end:sentences[index][0]] else None


# What links two figures of one statement: `fell 8.4% to 95.7 billion dirhams ($9.5 billion)
# in 2023`, `de 3,1 milliards, soit 280 millions de dollars, en 2023`.
# (the first figure's noun or adjective may come between: `750.000 tonnes d'ammoniac et 1 million
# de tonnes`, `4.000 emplois directs et`)
# (and so may the second one's verb: `générer 4.000 emplois et traiter 25 millions de tonnes d'ici 2030`)
# (not a verb after a comma and `et`: `25.000 emplois, et vise 40 MMDH d'exportations à l'horizon
# 2030` is a new clause with its own horizon)
_AND_LINK_RE = re.compile(r"(?i:\s*(?:(?:de|d['’]|of)\s*)?(?:[^\W\d]+\s*)?(?:(?:et|and)\s*(?:[^\W\d]+\s+)?|,\s*(?:et|and)\s*))")
# (a unit word the figure's span left out may come first: `19.8 billion riyals ($5.3 billion)`)
# (or an approximation of the conversion: `612 milliards de yens (environ 3,9 milliards de dollars)`)
_CHAIN_LINK_RE = re.compile(r"(?i:(?:\s+[^\W\d]+(?=\s*\())?\s*(?:to|à|a|\(|,|soit|,\s*soit|\(\s*soit|\(\s*or|or|ou"
                            r"|\(\s*(?:environ|about|around|approximately|roughly|près\s+de|quelque|some))?\s*)")


def _share_chained_periods(sentence: _Sentence, figs: list[_Figure]) -> None:
    """A figure linked to the next one of its statement takes the period stated after the
    last (a horizon excepted: it dates its own figure)."""
    for fig, nxt in zip(reversed(figs[:-1]), reversed(figs[1:])):
        if fig.period is not None or not nxt.period:
            continue
        if nxt.qualifier not in ("target", "forecast") and _CHAIN_LINK_RE.fullmatch(sentence.text, fig.end, nxt.start):
            fig.period = nxt.period
        elif _AND_LINK_RE.fullmatch(sentence.text, fig.end, nxt.start):
            # `900 opérateurs et 90 ingénieurs d'ici 2025`: one horizon for both, and its qualifier.
            fig.period = nxt.period
            fig.qualifier = fig.qualifier or nxt.qualifier


def _share_years_earlier(sentence: _Sentence, figs: list[_Figure]) -> None:
    """Figures joined by `et`/`and` to one told `cinq ans plus tôt` (`contre 4,1% et 3,7% cinq
    ans plus tôt`) are of the same earlier time."""
    for fig, nxt in zip(reversed(figs[:-1]), reversed(figs[1:])):
        if "years_earlier" not in nxt.extra or "years_earlier" in fig.extra \
                or not _AND_LINK_RE.fullmatch(sentence.text, fig.end, nxt.start):
            continue
        fig.extra["years_earlier"] = nxt.extra["years_earlier"]
        fig.period = nxt.period
        for key in ("years_back", "base_of"):
            if key in nxt.extra:
                fig.extra[key] = nxt.extra[key]


# When a project is complete (`once fully built in 2031`, `une fois achevé en 2031`, `à son
# achèvement en 2031`): the state its figures describe (capacities, output), not one figure's horizon.
_COMPLETION_RE = guarded(re.compile(
    rf"(?i:\b(?:once|when)\s+(?:it\s+is\s+|fully\s+|completely\s+)*(?:fully\s+)?(?:built|completed?|operational|finished|commissioned)"
    rf"|\bune\s+fois\s+(?:(?:totalement|entièrement|complètement|pleinement)\s+)?(?:achevée?s?|terminée?s?|opérationnel(?:le)?s?|construite?s?|réalisée?s?)"
    rf"|\bà\s+(?:son|leur)\s+achèvement)\s+(?:en|in|by)\s+(?P<y>{_YEAR})(?![\d\w])"
))


def _share_completion_period(sentence: _Sentence, figs: list[_Figure]) -> None:
    """The year a project is complete dates every figure of its sentence that states no period."""
    done = _COMPLETION_RE.search(sentence.text, sentence.start, sentence.end)
    if not done:
        return
    for fig in figs:
        if fig.period is None and fig.range_role != "from" and (fig.unit != "count" or _is_capacity(sentence, fig)):
            fig.period = done.group("y")


# What a plant makes (`a capacity of 12 million tyres`, `produira 60.000 véhicules`): a count the
# completed project reaches.
_CAPACITY_BEFORE_RE = re.compile(r"(?i:\bcapacit\w*|\bproduc\w*|\bproduir\w*|\boutput)\W+(?:\w+\W+){0,3}$")


def _is_capacity(sentence: _Sentence, fig: _Figure) -> bool:
    return bool(_CAPACITY_BEFORE_RE.search(sentence.text, max(sentence.start, fig.start - 40), fig.start))


def _read_nouns(sentence: _Sentence, figs: list[_Figure]) -> list[_Figure]:
    """The noun after each bare number: a counted thing (`26 conventions`, read with the
    number), a ratio (`trois fois plus`), or what makes it no figure (`5 ans`, a year)."""
    text, lex = sentence.text, sentence.lex
    survivors: list[_Figure] = []
    for fig in figs:
        after = text[fig.end:sentence.end]
        if _refers_back(text, fig, sentence.start):
            continue  # `les deux pays`, `the two countries`: known things named again, no figure
        if fig.extra.get("noun_as_adjective"):
            survivors.append(fig)  # `the 115,000-seat stadium`: its noun is read (`scan`)
            continue
        if fig.unit is None and not _read_headcount(fig, after, lex):
            wm = _WORD_AFTER_RE.match(after)
            noun = wm.group("noun") if wm else ""
            if noun and _is_duration(noun, lex):
                continue  # `5 ans`, `six mois`: a duration, not a figure
            if fig.is_year_like and not (noun and _counted_label(noun, lex)):
                continue  # a year
            if noun.lower() == "fois" and re.match(r"[ \u00a0]+fois\s+(?:plus|moins|more|less)", after, re.I):
                fig.unit = "ratio"
                fig.end += len(re.match(r"[ \u00a0]+fois", after).group(0))
            else:
                label = _counted_label(noun, lex) if noun and noun.lower() not in _STOP_NOUNS else None
                if label is not None and wm.group("de") and not fig.has_scale:
                    label = None  # `15 des 33 conventions`: the noun belongs to the next number
                if label is not None:
                    # The counted noun is part of what was read: `vingt-six conventions`.
                    fig.end += wm.end()
                elif noun and not wm.group("de") and not fig.has_scale:
                    label = _read_unlisted_noun(fig, after, noun, lex)
                fig.noun_label = label
                if label is None and _names_a_model(text, fig, sentence.start, survivors):
                    continue  # `le Boeing 737`, `la Peugeot 208`, `le 787 Dreamliner`: a name
        survivors.append(fig)
    return survivors


# A bare number that is part of a name: right after a capitalised word inside the sentence
# (`le Boeing 737`, `la Peugeot 208`, `Tanger Med 2`), or between a determiner and a
# capitalised word (`le 787 Dreamliner`). Not an elliptic count after another figure of the
# sentence (`612 agences, BOA 715`).
_NAME_BEFORE_RE = re.compile(r"(?<=[\w,;:’'] )[A-Z][\w-]*[ \u00a0]$")
_DETERMINER_BEFORE_RE = re.compile(r"(?i:\b(?:le|la|les|du|au|aux|un|une|the|a|an)[ \u00a0])$")
_NAME_AFTER_RE = re.compile(r"[ \u00a0](?:[A-Z][a-z]|MAX\b|XL\b)")


def _names_a_model(text: str, fig: _Figure, sentence_start: int, earlier: list[_Figure]) -> bool:
    written = text[fig.start:fig.end]
    if not written.isdigit() or any(f.start >= sentence_start for f in earlier):
        return False
    before = text[max(sentence_start, fig.start - 30):fig.start]
    return bool(_NAME_BEFORE_RE.search(before)) or (
        bool(_DETERMINER_BEFORE_RE.search(before)) and _NAME_AFTER_RE.match(text, fig.end) is not None)


# A stock market index, whose level and moves are told in points.
_INDEX_RE = re.compile(r"\b(?:MASI|MADEX|FTSE|CAC\s?40|Dow\s+Jones|Nasdaq|S&P|Nikkei|DAX|(?i:indices?|index|boursier))\b")


def _link_ranges(sentence: _Sentence, figs: list[_Figure]) -> None:
    """Ranges and changes: `de 14 à 23%`, `entre 10 et 20 milliards de dollars`, `passant
    de 14 à 23%`. The first end takes the second's unit and scale."""
    text = sentence.text
    for a, b in zip(figs, figs[1:]):
        sep = _RANGE_SEP_RE.match(text[a.end:b.start])
        if sep and a.unit is not None:
            _link_ends_with_units(text[max(sentence.start, a.start - 60):a.start], sep, a, b)
        if not sep or a.unit is not None:
            continue
        left = text[max(sentence.start, a.start - 60):a.start]
        if b.unit is None and not (
            # Bare numbers: `entre 20 et 30`, `de 1000 à 5000`, `20 à 100 entreprises`.
            (sep.group("and") or sep.group("to").lower() in ("à", "a", "to"))
            and not a.is_year_like and not b.is_year_like
        ):
            continue
        if sep.group("and") and not re.search(r"(?i:\bentre|\bbetween|\bcompris\s+entre)\s*$", left):
            continue
        if re.search(r"(?i:\bby)\s*$", left):
            continue  # `fell by 42,000 to 1,596,000`: the change, then the level, no range
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


def _link_ends_with_units(left: str, sep: re.Match, a: _Figure, b: _Figure) -> None:
    """A range whose currency is written once before its first end and whose scale once after
    its second: `$1-1.5 billion`, `between $1 and 1.5 billion` (both ends in billions of dollars).
    (Ends that each carry their unit, `entre 10 % et 12 %`, are left as they are: the development
    corpus's annotators read them as two figures, forecasts rather than bounds.)"""
    if b.unit is not None or not a.extra.get("prefix") or _CHANGE_BEFORE_RE.search(left):
        return
    between = re.search(r"(?i:\bentre|\bbetween)\s*$", left)
    if (sep.group("to") in ("-", "–") and not between) or (sep.group("and") and between):
        b.unit = a.unit
        if not a.has_scale and b.has_scale:
            a.value *= b.scale
            a.has_scale, a.scale = True, b.scale
        a.range_role, b.range_role = "low", "high"


def _resolve_figure(sentence: _Sentence, fig: _Figure, prev: _Figure | None, next_start: int) -> None:
    """Qualifier, sign, period, unit and subject of one figure, from its clause."""
    text = sentence.text
    clause_start = max(sentence.start, prev.end if prev else sentence.start)
    left_near = text[max(clause_start, fig.start - 40):fig.start]
    _qualify(sentence, fig, left_near)
    _sign(fig, left_near, text)
    # The right window of a figure stops where another statement begins.
    right_end = next_start
    stop = _RIGHT_STOP_RE.search(text, fig.end, right_end)
    if stop:
        right_end = stop.start()
    right = text[fig.end:right_end]
    left = text[clause_start:fig.start]
    _date(sentence, fig, prev, left, right)
    _unit_of_bare_number(sentence, fig, prev, left)
    if fig.unit not in UNITS:
        sentence.currencies.name(fig.start, fig.unit)
    fig.subject = _subject_for(text, fig, prev, left, right, sentence.start, sentence.lex)


def _qualify(sentence: _Sentence, fig: _Figure, left_near: str) -> None:
    """`plus de` -> min, `moins de` -> max, `environ` -> approx, before or after the number;
    the ends of a range are its bounds."""
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
        right_bound = sentence.text[fig.end:min(sentence.end, fig.end + 40)]  # sees the next number's bound
        for name, pattern in _QUAL_AFTER:
            if pattern.search(right_bound) and (fig.qualifier is None or name != "approx"):
                fig.qualifier = name
                break
    # The ends of a range are its bounds, even when approximate (`environ 20 à 100`).
    if fig.range_role == "low" and fig.qualifier in (None, "approx"):
        fig.qualifier = "min"
    if fig.range_role == "high" and fig.qualifier in (None, "approx"):
        fig.qualifier = "max"


def _sign(fig: _Figure, left_near: str, text: str) -> None:
    """A fall said in words, before the figure or right after it, makes the figure negative
    (`en baisse de 3,4 %`, `12% fewer than`)."""
    if (
        not fig.explicit_sign
        and fig.range_role not in ("from", "to")
        and fig.unit != "ratio"
        and (_FALL_BEFORE_RE.search(left_near) or _FALL_AFTER_RE.match(text, fig.end))
        and fig.value > 0
    ):
        fig.value = -fig.value


# A clause joined to the one before by a coordinator (`... 2.000 emplois et 350 postes
# permanents`, `..., and create 10,000 jobs`) shares its verb's tense unless it has its own.
_COORDINATED_RE = re.compile(r"(?i:\b(?:et|and|ou|or|puis|then|ainsi\s+que|as\s+well\s+as|avant\s+de|before)\b"
                             # a participle that goes on from the clause (`..., creating 1,000 jobs`, `..., créant`)
                             r"|,\s*(?:\w+ing|\w+ant)\b)")
# (`a` before a participle only: not the English article of `50,000 tonnes a year and employ`)
_PAST_RE = re.compile(r"(?i:\b(?:ont|avait|avaient|has|have|had|was|were)\b|\ba\s+(?:\w+\s+)?\w+(?:é|i|u|is|it|ert|int)\b)")


# A compound past closer to the figure than the future before it (`Kénitra sera son troisième
# site, après la Hongrie, où il a investi 850 M€`): the figure's own verb is past.
_COMPOUND_PAST_RE = re.compile(
    r"(?i:\b(?:a|ont|avait|avaient)\s+(?:déjà\s+|été\s+)?[a-zéèêàâîôûç]{2,}(?:é|ée|és|ées|i|is|ie|ies|it|u|us|ue|ert)\b"
    r"|\b(?:has|have|had)\s+(?:already\s+)?[a-z]{2,}(?:ed|en|id|ld|ght|wn|ne|de)\b"
    # or a relative clause's simple past (`will compete with Tanger Med, which handled 11.1 million TEU`)
    r"|\b(?:which|that|who|where)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b)"
)


def _is_future(sentence: _Sentence, fig: _Figure, left: str) -> bool:
    """The figure's clause is told in the future, by its own verb or its coordinated clause's,
    and no compound past comes between that verb and the figure."""
    futures = list(_FUTURE_RE.finditer(left))
    if futures:
        past = None
        for past in _COMPOUND_PAST_RE.finditer(left, futures[-1].end()):
            break
        return past is None
    if not _COORDINATED_RE.search(left) or len(left.split()) > 8 or _PAST_RE.search(left):
        return False
    before = sentence.text[sentence.start:fig.start - len(left)]
    return bool(_FUTURE_RE.search(before) or _FORECAST_RE.search(before))


# A clause set off by commas that tells of something else than the figure: a relative clause
# (`contre 13,7% pour la France, qui occupait la première place en 2012`; `Zeewind, which
# reported assets at the end of 2024, will hold a 60% stake`) or an event's participle
# (`Fondé en 1962 à Göteborg, Hallvik compte 14 usines`; `signed in 2004 and in force since
# 2006`). Its date is the event's, not the figure's period, unless the event is to come.
_ASIDE_OPENING_RE = re.compile(
    r"(?i:\s*(?:qui|dont(?!\s+(?:près|plus|moins|environ|quelque)?\s*\d)|où|lequel|laquelle|lesquel(?:le)?s|(?:avec|auquel|auxquel(?:le)?s|dans|par|pour|sur)\s+"
    r"(?:le|la|les)?quel(?:le)?s?|which|who|whose|where"
    r"|(?:lancée?s?|créée?s?|fondée?s?|inaugurée?s?|signée?s?|installée?s?|implantée?s?|établie?s?|adoptée?s?|entrée?s?\s+en\s+vigueur"
    r"|ouverte?s?|cotée?s?|launched|founded|created|signed|established|set\s+up|incorporated|opened|listed)\b))"
)


def _in_aside(window: str, start: int, end: int, figure_left: bool) -> bool:
    """The period at window[start:end] sits in an aside the figure is not part of: an aside
    opening after the figure (on its right) or closed by a comma before it (on its left)."""
    opening = max(_last_clause_comma(window, start), window.rfind("(", 0, start))
    if opening < 0 and figure_left:
        return False  # no comma between the figure and its period: one clause
    if not figure_left and "," not in window[end:]:
        return False  # the figure's own clause
    if not figure_left:
        opening = _aside_opening_before(window, opening)
    # `L'usine, dont l'entrée en production est prévue en 2025, aura une capacité de ...`: a
    # planned start dates the figure the plant will reach, as a horizon does.
    return bool(_ASIDE_OPENING_RE.match(window, opening + 1)) and not _FORECAST_RE.search(window, opening + 1, end)


_CLAUSE_COMMA_RE = re.compile(r"(?<!\d),|,(?!\d)")


def _last_clause_comma(window: str, end: int) -> int:
    """The last comma before `end` that may end a clause (not `157,6`'s), else -1."""
    at = window.rfind(",", 0, end)
    while 0 < at < len(window) - 1 and window[at - 1].isdigit() and window[at + 1].isdigit():
        at = window.rfind(",", 0, at)
    return at


def _aside_holding(window: str, position: int) -> int:
    """Where the aside holding `position` opens (its comma), else -1."""
    opening = _aside_opening_before(window, max(_last_clause_comma(window, position), window.rfind("(", 0, position)))
    return opening if opening >= 0 and _ASIDE_OPENING_RE.match(window, opening + 1) else -1


def _aside_opening_before(window: str, comma: int) -> int:
    """The comma that opens the aside holding `comma`'s clause: past short inner clauses
    (`OCP, which reported 2024 revenue of 97 billion dirhams, up 6%, is ...`: `, up 6%` is
    still the relative clause's)."""
    at = comma
    for _ in range(2):
        if at < 0 or _ASIDE_OPENING_RE.match(window, at + 1):
            return at
        before = _last_clause_comma(window, at)
        # (a decimal comma, `1,8 milliard`, ends no clause)
        if before < 0 or len(_CLAUSE_COMMA_RE.split(window[at + 1:])[0].split()) > 4 or re.search(r"[.;]", window[before:at]):
            return at
        at = before
    return at


_RELATIVE_RE = re.compile(r"(?i:\s*(?:qui|which|who|lequel|laquelle|lesquel(?:le)?s)\b)")


# A past participle dating an event right before its date: `signé en 2004`, `expiré en juillet
# 2023`, `launched in 2019`.
_EVENT_DATED_RE = re.compile(r"(?i:\b[a-zà-ÿ]{3,}(?:ée?s?|ed)(?:\s+(?:en|in|le|on))?\s+)$")


def _relative_opening(lead_in: str) -> int:
    """Where the relative clause holding the end of `lead_in` opens (its comma), else -1."""
    opening = lead_in.rfind(",")
    return opening if opening >= 0 and _RELATIVE_RE.match(lead_in, opening + 1) else -1


def _opens_sentence(lead_in: str, start: int) -> bool:
    """The period at `start` is the sentence's opening adverbial (`En 2023, les exportations,
    qui ont atteint ...`): it dates the whole sentence."""
    first_comma = lead_in.find(",")
    return 0 <= start < first_comma and len(lead_in[:first_comma].split()) <= 6


# The base of a comparison before a period (`en hausse de 3,1% par rapport à la même période de
# l'année précédente, soit un surplus de 2,8 milliards`): the base's time, not the figure's.
_COMPARED_LEFT_RE = re.compile(
    r"(?i:\bpar\s+rapport\s+(?:à|au|aux)|\bcomparée?s?\s+(?:à|au|aux|avec)|\bcompared\s+(?:with|to)|\bversus)"
    r"\s+[^,;\d]{0,50}$"
)
# A figure told as the base of a comparison (`contre 62,8% à fin septembre 2024`).
_BASE_FIGURE_RE = re.compile(r"(?=\b(?i:[acpvf]))(?i:\bcontre|\baprès|\bpar\s+rapport\s+(?:à|au|aux)|\bcompared\s+(?:with|to)|\bagainst|\bversus"
                             # (`rose to 21.6 billion dirhams from 18.3 billion dirhams in 2024`)
                             r"|(?<=\)\s)from|(?<=[\w%]\s)from)"
                             r"\s+(?:(?:près\s+de|environ|quelque|about|around|some)\s+)?$")


# Nothing but a preposition between the previous figure and a period (`62,8% à fin septembre 2024`).
_PREPOSITION_ONLY_RE = re.compile(r"(?i:[\s,]*(?:(?:à|a|en|au|in|at|as\s+of)\s+)?(?:(?:fin|end\s+of|end-)\s*)?)")


# A year that names the thing the figure measures, right before it: `a 2026 cereal harvest of
# 7.2 million tonnes`, `the 2025 budget of`, `la récolte 2026 de`, `le budget 2027 de`.
_YEAR_OF_THE_THING_RE = re.compile(
    rf"(?i:\b(?:an?|the|its|their)\s+(?P<y>{_YEAR})\s+(?:[a-z-]+\s+){{1,2}}of"
    rf"|\b(?:la|le|les|une?|sa|son|leur)\s+[a-zéèêû-]+\s+(?P<y2>{_YEAR})\s+(?:de|d['’]))\s*$")


def _left_period(sentence: _Sentence, fig: _Figure, prev: _Figure | None, left: str) -> str | None:
    """The period stated in the figure's clause before it, outside asides (read in the whole
    sentence: an aside may open before the previous figure) and outside the main clause of a
    relative clause holding the figure; first, the year of the thing it measures
    (`_YEAR_OF_THE_THING_RE`)."""
    thing = _YEAR_OF_THE_THING_RE.search(left)
    if thing:
        return thing.group("y") or thing.group("y2")
    lead_in = sentence.text[sentence.start:fig.start]
    off = len(lead_in) - len(left)
    relative = _relative_opening(lead_in)
    found = [f for f in _period_matches(left, sentence.published_year, sentence.dating)
             if (f[0] + off > relative or _opens_sentence(lead_in, f[0] + off)
                 # (the period the relative clause is about: `la saison hiver 2026-2027, qui démarre avec 46 lignes`)
                 # (not the date of an event the antecedent tells: `l'accord signé en 2004, qui ...`)
                 or (relative >= 0 and not lead_in[f[1] + off:relative].strip()
                     and not _EVENT_DATED_RE.search(lead_in, max(0, f[0] + off - 40), f[0] + off)))
             and not _in_aside(lead_in, f[0] + off, f[1] + off, figure_left=False)
             and not _COMPARED_LEFT_RE.search(left, max(0, f[0] - 60), f[0])
             # (nor the base of an earlier change: `up 21% from 2024, while French drugs accounted for`)
             and not (_FROM_BASE_RE.match(left, f[0]) and _PERCENT_CHANGE_BEFORE_RE.search(lead_in, max(0, f[0] + off - 30), f[0] + off))]
    # A period that opens the left window right after the previous figure is that figure's
    # (`20 GWh by 2027 and will employ 4,100 workers`), and so is the horizon of a previous
    # target or forecast; whether it carries over is decided by the caller.
    previous_own = [f for f in found if prev is not None and f[3] == prev.period
                    and (_PREPOSITION_ONLY_RE.fullmatch(left, 0, f[0]) or prev.qualifier in ("target", "forecast"))]
    # ... and so is what that period's words hold (`en 1966` of `depuis le début ... en 1966`).
    found = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] for o in previous_own)]
    # ... and so is the base's time right after it (`contre 12,1 milliards à la même période de
    # l'an dernier, soit une hausse de 17,4%`: the rise is of the statement's period).
    earlier = _YEAR_EARLIER_RE.match(left) if prev is not None else None
    if earlier:
        found = [f for f in found if f[0] >= earlier.end()]
    return max(found, key=lambda f: (f[1], f[2]))[3] if found else None


# A comma inside a list (`les régions de Béni Mellal, de Drâa-Tafilalet et de l'Oriental`):
# the next item, then `et`/`and`, before any other comma.
_LIST_COMMA_RE = re.compile(r",\s*(?:[^\s,]+\s+){1,4}?(?:et|and|ou|or)\s")


def _clause_end(window: str) -> int:
    """Where the clause opening `window` ends: its first comma that is not a list's."""
    for comma in re.finditer(",", window):
        if not _LIST_COMMA_RE.match(window, comma.start()):
            return comma.start()
    return len(window)


def _date(sentence: _Sentence, fig: _Figure, prev: _Figure | None, left: str, right: str) -> None:
    """The period (the right window first: French puts it after the figure; then the left),
    and whether the figure is a target or a forecast."""
    text, year = sentence.text, sentence.published_year
    period = None
    # A figure of a relative clause reads its period and horizon up to the clause's end, its
    # first comma (`OCP, which imports 2 million tonnes a year, mainly from Russia, aims to ... by 2032`).
    if _relative_opening(text[sentence.start:fig.start]) >= 0:
        right = right[:_clause_end(right)]
    if fig.unit != "ratio" and fig.range_role != "from":
        found = [f for f in _period_matches(right, year, sentence.dating) if not _in_aside(right, f[0], f[1], figure_left=True)
                 and not _base_of_a_change(fig, left, right, f[0])]
        if found:
            period = min(found, key=lambda f: (f[0], -f[2]))[3]
    told_after = period is not None  # (`fallen to 440,000 tonnes in 2023-2024`: the span is the figure's own)
    if period is None and fig.range_role != "from":
        period = _left_period(sentence, fig, prev, left)
        fig.extra["period_before"] = period is not None
    # `de 20 à 30 millions en 2024`: the low end of a range takes the high end's period.
    from_high_end = period is None and fig.range_role == "low"
    if fig.range_role != "from":
        period = _qualify_goal_or_forecast(sentence, fig, left, right, period, from_high_end)
        if fig.qualifier is None and not fig.change and _goes_on_from_a_forward_figure(fig, prev, left, right, year):
            fig.qualifier = prev.qualifier if prev.qualifier in ("target", "forecast") else "forecast"
    period = _ahead_in_its_year(sentence, fig, period)
    if period is None and fig.qualifier in ("forecast", "target"):
        # `prévoit d'ouvrir en 2026 un centre ..., qui emploiera 150 ingénieurs`
        period = _plan_year(sentence, fig)
    if period is None and fig.qualifier == "target":
        # A goal's figure takes the horizon of its sentence's goal, not the period of the
        # figure it is compared with (`Objectif: porter les exportations à 100 milliards à
        # l'horizon 2030, contre 48,6 milliards en 2024, et créer 85.000 emplois`).
        goal = _TARGET_AFTER_RE.search(text, sentence.start, sentence.end)
        period = next((g for g in goal.groups() if g), None) if goal else None
    # A horizon (`by 2027`, `d'ici 2030`) dates its own figure only, not the next one of the
    # sentence; a time told before a forecast (`At full capacity, expected in 2030, it will
    # produce 80,000 tonnes ..., to be converted into 420,000 tonnes`) dates what follows.
    if period is None and not from_high_end and _takes_the_previous_period(sentence, fig, prev):
        # (nor does the period of a figure in an aside before this one: `Zeewind, which
        # reported assets of €19 billion at the end of 2024, will hold a 60% stake`; nor the
        # period of the main clause to a figure of a relative clause: `..., qui recense 300
        # entreprises`; nor a comparison's base: `31,4 milliards, contre 27,9 milliards un an
        # plus tôt, tandis que les exportations plafonnaient à 9,8 milliards` is of the statement's year)
        # (a comparison's base passes on its statement's period, not its own: `64,1% des
        # exportations sur la période, contre 62,8% à fin septembre 2024, et fourni 51,3%`)
        period = prev.extra["base_of"] if "base_of" in prev.extra else prev.period
    if period is None and not from_high_end and fig.qualifier == "forecast":
        # A forecast after a horizon of its sentence is of that horizon, unless told as now or as
        # a change's base (`is expected to reach 20 GWh by 2027 and will employ 4,100 workers`;
        # not `to 20 million tons by 2027 from 15 million tons now`).
        horizon = None
        for horizon in _TARGET_AFTER_RE.finditer(text, sentence.start, fig.start):
            pass
        # (nor across a relative aside or a contrast: `Germany, which expects ... by 2030, has
        # earmarked`, `d'ici fin 2025, tandis que l'espagnol X investira 120 MDH`)
        if horizon is not None and not _NOW_OR_BASE_RE.search(text, horizon.end(), min(sentence.end, fig.end + 25)) \
                and not _ASIDE_OR_CONTRAST_RE.search(text, max(sentence.start, horizon.start() - 80), fig.start):
            period = next(g for g in horizon.groups() if g)
    if period is None and not from_high_end and fig.qualifier == "target":
        years = _BARE_YEAR_RE.findall(text[fig.end:sentence.end])
        if years:
            period = years[0]
    if period is None and fig.range_role != "from":
        period = _year_told_around(text, sentence, fig, right)
    period = _a_year_earlier(fig, prev, right, period, text[sentence.start:fig.start])
    period = _stock_at_a_months_end(sentence, fig, period)
    fig.period = period if told_after else _end_of_change(sentence, fig, left, period)
    near_left = _left_of(sentence, fig)
    now_before = _NOW_BEFORE_RE.search(near_left)
    # (`de 58 avions aujourd'hui à 200 appareils d'ici 2037`: the previous figure's now)
    if now_before and prev is not None and not text[prev.end:fig.start - len(near_left) + now_before.start()].strip():
        now_before = None
    if now_before or _NOW_AFTER_RE.match(right):
        # `qui atteint aujourd'hui 69%`, `from 42% today`: the state now, no period's flow nor goal
        fig.period, fig.extra["now"] = None, True
        if fig.qualifier in ("target", "forecast"):
            fig.qualifier = None
    if "base_of" not in fig.extra and _BASE_FIGURE_RE.search(left):
        fig.extra["base_of"] = prev.period if prev is not None else None



# A stock, told at a date: its level is of that date, not a flow over the year to it
# (`l'encours de la dette`, `les réserves de change`, `foreign exchange reserves`). Not a flow
# of it: `le service de la dette`, `debt service`.
_STOCK_RE = re.compile(
    r"(?i:\b(?:encours|réserves\s+(?:de\s+change|internationales|officielles)|avoirs\s+(?:officiels|extérieurs|de\s+réserve)"
    r"|(?<!service\s)(?<!service\s\s)(?:de\s+la\s+|la\s+)dette\s+(?:publique|extérieure|intérieure|du\s+Trésor)"
    r"|(?:foreign\s+(?:exchange|currency)|international|official)\s+reserves|(?:public|external|government|Treasury)\s+debt(?!\s+service)"
    r"|outstanding\s+(?:debt|loans)|stock\s+(?:d['’]IDE|des\s+IDE|of\s+FDI))\b)"
)
# A month's end the sentence dates it at: `à fin juin`, `at the end of April`, `end-June`.
_MONTH_END_RE = re.compile(
    rf"(?i:\b(?:à\s+)?fin\s+(?P<m>{_MONTHS_FR})|\b(?:at\s+)?(?:the\s+)?end(?:\s+of\s+|-)(?P<m_en>{_MONTHS_EN}))(?![\w])"
)


_SPAN_AFTER_RE = re.compile(
    r"[^,;.]{0,30}?\b(?i:semestre|trimestre|half|quarter|premiers\s+mois|derniers\s+mois|first\s+\w+\s+months)\b"
)


def _stock_at_a_months_end(sentence: _Sentence, fig: _Figure, period: str | None) -> str | None:
    """A stock's level told at a month's end (`L'encours de la dette extérieure publique s'est
    établi à 430,2 milliards de dirhams à fin juin 2026`, `foreign exchange reserves at 418.2
    billion dirhams at the end of April`) is of that month, not of the year to it: the period
    the month's end gave (`2026-H1`, `2026-01/2026-04`) becomes that month."""
    if period is None or not re.fullmatch(r"\d{4}(?:-(?:Q[1-4]|H[12]|01|01/\d{4}-\d\d))?", period):
        return period
    text = sentence.text
    if not _STOCK_RE.search(text, sentence.start, fig.start):
        return period
    end = _MONTH_END_RE.search(text, sentence.start, sentence.end)
    if end is None or _SPAN_AFTER_RE.match(text, fig.end, sentence.end):
        # (not a change over a span told right after it: `en hausse de 6,1% sur le premier semestre`)
        return period
    month = _month_number(end.group("m") or end.group("m_en"))
    year = period.split("/")[-1][:4]
    return f"{year}-{month:02d}" if _year_to_date(year, month) == period else period


def _year_told_around(text: str, sentence: _Sentence, fig: _Figure, right: str) -> str | None:
    """The year a figure with no period of its own takes from its sentence: the year before it
    that `la même année` / `the same year` right after it takes up (`42 millions de tonnes en
    2024, contre 12,6 millions de tonnes pour le Royaume la même année`), or the year of the
    data a closing source gives for the whole sentence (`..., devant l'Espagne (13%), selon les
    données de l'Office des changes pour l'année 2024`)."""
    if _SAME_YEAR_AFTER_RE.match(right):
        # (a year already begun or over: not a goal's horizon told between, `vise 9 milliards de
        # dollars en 2030, tandis que les Philippines ont généré 38 milliards la même année`)
        years = [y for y in _BARE_YEAR_RE.findall(text, sentence.start, fig.start)
                 if sentence.published_year is None or int(y) <= sentence.published_year]
        return years[-1] if years else None
    source = _SOURCE_YEAR_AT_END_RE.search(text, fig.end, sentence.end)
    return source.group("y") if source else None


# `la même année`, `the same year`, right after the figure and its words.
_SAME_YEAR_AFTER_RE = re.compile(r"(?:\s+[^\s\d,;.]+){0,4}?\s+(?i:(?:la|cette)\s+même\s+année|(?:the|that)\s+same\s+year)\b")
# A source closing the sentence with the year of its data: `selon les données de l'Office des
# changes pour l'année 2024`, `according to 2024 data from the ministry`.
_SOURCE_YEAR_AT_END_RE = re.compile(
    r"(?i:\b(?:selon|d['’]après|according\s+to|citing)\s[^.;]*?\b(?:pour|for|de|of|in|en)\s+(?:l['’]\s*année\s+|the\s+year\s+)?"
    r"(?P<y>(?:19|20)\d\d)\b[^.;\d]*[.;]?\s*$)"
)


def _base_of_a_change(fig: _Figure, left: str, right: str, at: int) -> bool:
    """Whether the time at `right[at:]` is the base a change in percent is counted from (`up
    21% from 2024`, `a rise of 9% over 2023`), not the change's own period."""
    return fig.unit == "percent" and (_FROM_BASE_RE.match(right, at) is not None or _FROM_BASE_BEFORE_RE.search(right, 0, at) is not None) \
        and _CHANGE_WORD_BEFORE_RE.search(left) is not None


_PERCENT_CHANGE_BEFORE_RE = re.compile(r"(?i:\b(?:up|down|rose|fell|grew|jumped|climbed|declined|dropped)\s+(?:by\s+)?[\d.,]+\s?%\s*$)")
_FROM_BASE_RE = re.compile(r"(?i:from|over|than)\s+(?:the\s+)?\d{4}\b")
# (the base told as a period of its own: `up 9.1% from the same period last year`)
_FROM_BASE_BEFORE_RE = re.compile(r"(?i:^\s*(?:from|over|than|on|compared\s+with|against)\s+(?:the\s+)?(?:same\s+(?:period|months?|quarter|time)\s+(?:of\s+|in\s+)?)?$)")
_CHANGE_WORD_BEFORE_RE = re.compile(r"(?i:\b(?:up|down|rise|fall|increase|decrease|drop|gain|growth|rose|fell|grew|jumped|climbed|declined|dropped)"
                               r"(?:\s+(?:of|by))?\s*$)")


_PART_OF_YEAR_RE = re.compile(r"(?P<y>\d{4})-(?:Q[1-4]|H[12]|\d\d)")


def _ahead_in_its_year(sentence: _Sentence, fig: _Figure, period: str | None) -> str | None:
    """A forecast's quarter, half or month said without its year and read as the last one
    to have ended (`devrait croître de 3% au deuxième trimestre` in a January paper) is the
    next one: its tense is told before the figure, which the period's own window does not see."""
    m = _PART_OF_YEAR_RE.fullmatch(period or "")
    year = sentence.published_year
    if m is None or year is None or fig.qualifier not in ("forecast", "target") or int(m.group("y")) != year - 1:
        return period
    if m.group("y") in sentence.text[sentence.start:sentence.end]:
        return period  # the year is said
    if _SAID_IN_A_MONTH_RE.search(sentence.text, sentence.start, fig.start):
        return period  # `said in November it would invest`: when it was said, the last November
    return f"{year}{period[4:]}"


# A statement dated by the month it was made: `said in November`, `a annoncé en mars`.
_SAID_IN_A_MONTH_RE = re.compile(
    rf"(?i:\b(?:said|announced|told|reported|unveiled|a\s+(?:annoncé|indiqué|déclaré|précisé|dévoilé))\s+(?:in|en)\s+"
    rf"(?:{_MONTHS_FR}|{_MONTHS_EN})\b)")


# What joins a figure to the forward-looking one before it as more of the same (`devrait absorber
# 55% des volumes, l'Espagne 35%`, `prévoit de recruter 900 personnes, dont 520 au Sénégal`,
# `will support 1,350 jobs at a new factory, and another 600 at the converter station`,
# `2,200 direct jobs by 2030, with another 5,000 indirect jobs`): a subset or an addition told
# without a verb of its own, or the same statement for another country.
_GOES_ON_RE = re.compile(
    r"(?i:(?:,|\s)\s*(?:dont|with|including|y\s+compris|of\s+which|among\s+them)"
    r"|\b(?:and|et|plus)\s+(?:another|an?\s+(?:additional|further)|encore)|\banother)"
    r"\s+(?i:(?:another|some|about|around|nearly|près\s+de|environ|quelque)\s+)?$"
    r"|,\s*(?:l['’]\s*|[Ll][ea]\s+|[Ll]es\s+|[Tt]he\s+)?[A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+)?\s+$"
    # what the forward figure is spent on or brings, told right after it (`will invest $1.9 billion in a
    # 1.2 GW complex`, `investira 180 MDH dans une unité de`, `creating 350 jobs`)
    r"|(?i:^[^,;.]{0,12}\b(?:in|into|for|on|dans|pour|sur)\s+(?:a|an|the|une?|la|le|les|l['’])\s*(?:new\s+|nouvelle?s?\s+)?"
    r"|^\s*(?:,\s*)?(?:et|and)\s+(?:d['’]\s*)?(?:une?|a|an)\s+(?:[\w-]+\s+){1,2}(?:de|d['’]|of)\s*"
    r"|^[^;.]{0,60}?,?\s*\b(?:creating|generating|employing|créant|générant|employant|(?:and|et)\s+(?:create|créer))\s+"
    r"(?:(?:some|about|around|nearly|près\s+de|environ|quelque)\s+)?)$"
)
# What makes the next figure another statement: a verb in the past, a base or the state now.
_NOT_GOING_ON_RE = re.compile(
    r"(?i:\b(?:ont|avait|avaient|était|étaient|has|have|had|was|were|is|are|est|sont|contre|against|from|compared"
    r"|versus|vs|today|now|aujourd['’]hui|actuellement|currently|last|dernier|dernière|plus\s+tôt|earlier|ago)\b"
    r"|\b(?:en|in)\s+(?P<y>\d{4})\b)"
)


# After the figure, up to its clause's end: what is already there (`with 400 hired already`).
_ALREADY_AFTER_RE = re.compile(r"(?i:^[^,;.]*?\b(?:already|déjà|so\s+far|to\s+date|à\s+ce\s+jour|jusqu['’]ici|today|now"
                               r"|aujourd['’]hui|actuellement|currently)\b)")


def _goes_on_from_a_forward_figure(fig: _Figure, prev: _Figure | None, left: str, right: str,
                                   published_year: int | None = None) -> bool:
    """Whether the figure, with no tense of its own, is more of what the forward-looking
    figure before it in its sentence tells (`_GOES_ON_RE`): it is then forward-looking too.
    (A year between them blocks it unless it is the publication's or later: `emploiera 650
    personnes à pleine capacité en 2028, dont 180 ingénieurs` goes on.)"""
    if prev is None or not (prev.qualifier in ("target", "forecast") or prev.extra.get("forward")):
        return False
    blocked = _NOT_GOING_ON_RE.search(left)
    if blocked and blocked.group("y") and published_year and int(blocked.group("y")) >= published_year \
            and _NOT_GOING_ON_RE.search(left, blocked.end()) is None:
        blocked = None
    return len(left) <= 100 and _GOES_ON_RE.search(left) is not None and blocked is None \
        and _COMPOUND_PAST_RE.search(left) is None and _ALREADY_AFTER_RE.match(right) is None


# A figure the goal or forecast starts from (`to 52% by 2030, from about 45% of capacity`,
# `à 12 milliards en 2030, contre 8 milliards`): the state it is measured against, not the goal.
_BASE_OF_THE_GOAL_RE = re.compile(
    r"(?i:\b(?:from|contre|against|compared\s+(?:with|to)|par\s+rapport\s+(?:à|au|aux))"
    r"\s+(?:(?:about|around|some|nearly|almost|just|only|environ|près\s+de|quelque|seulement)\s+)?$)")


# `porter ... de 52 milliards en 2025 à 100 milliards`, `faire passer de 850 à 1.500`: the first is the state now.
_FROM_DE_RE = re.compile(r"(?i:\b(?:porter|portera|porterait|faire\s+passer|relever|augmenter|raise|increase|lift|boost)\b[^.;]{0,80}\b(?:de|d['’]|from)\s+$)")
_TO_THE_GOAL_RE = re.compile(r"(?i:^(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?\s(?:à|a|to)(?:\s*$|\s+(?:\d|un\b|une\b|plus\s+de|près\s+de|environ|about|some|more\s+than)))")
_CLOSED_RELATIVE_RE = re.compile(r",\s*(?:which|who|qui)\b[^,;]*,")


def _qualify_goal_or_forecast(sentence: _Sentence, fig: _Figure, left: str, right: str, period: str | None,
                              from_high_end: bool) -> str | None:
    """Sets `fig.qualifier` to `target` or `forecast` where its sentence says so; returns the
    period, the horizon's (`d'ici 2030`) where the figure has none. Marks the figure
    `forward` when its own clause looks ahead, whatever its qualifier (`up to 10,000 jobs`)."""
    if _BASE_OF_THE_GOAL_RE.search(left) or (
            _FROM_DE_RE.search(sentence.text, max(sentence.start, fig.start - 160), fig.start) and _TO_THE_GOAL_RE.match(right)):
        return period  # (`porter les exportations de 52 milliards de dirhams en 2025 à 100 milliards en 2030`)
    # (a relative clause closed before the figure tells of its antecedent, not of the figure's
    # verb: `Britain, which plans to decarbonise its grid by 2030, imported a record 33.5 TWh`)
    left = _CLOSED_RELATIVE_RE.sub(",", left)
    target_m = _TARGET_AFTER_RE.search(right)
    horizon = next((g for g in target_m.groups() if g), None) if target_m and not from_high_end else None
    if target_m:
        fig.extra["horizon"] = True
    goal_before = _TARGET_BEFORE_RE.search(_CLOSED_RELATIVE_RE.sub(",", sentence.text[sentence.start:fig.start]))
    if target_m and _FORECAST_RE.search(left) and not goal_before:
        # `devrait atteindre 1,5 million de tonnes d'ici 2030`: expected, not an objective.
        fig.qualifier, period = "forecast", period or horizon
    elif target_m:
        fig.qualifier, period = "target", period or horizon
    elif goal_before and not fig.change and (fig.unit not in ("count", None) or _TARGET_BEFORE_RE.search(left[-50:])):
        # `L'objectif ... est la création d'un demi-million d'emplois`: the sentence
        # states a goal; counted things (`les deux pays`) are not goals.
        fig.qualifier = "target"
    elif (_FORECAST_RE.search(left) or _FORECAST_AFTER_RE.match(right)) and not fig.change:
        # (or right after it: `après 4,5% attendus en 2026`, `from 3.7% projected in October`, `a year, due in 2027`)
        fig.qualifier = "forecast"
    elif not fig.change and _is_future(sentence, fig, left):
        fig.extra["forward"] = True
        if fig.qualifier is None:
            fig.qualifier = "forecast"
    elif fig.qualifier is None and not fig.change and _subject_of_a_future_verb(sentence, fig, right):
        fig.qualifier = "forecast"
    elif fig.qualifier is None and not fig.change \
            and _FUTURE_FROM_TO_RE.search(sentence.text, max(sentence.start, fig.start - 200), fig.start):
        # the end a future verb takes a measure to from where it is (`will raise the airport's
        # capacity from 14 million to 35 million passengers`, `portera de 35 à 49 le nombre de ses vols`)
        fig.qualifier = "forecast"
    elif fig.qualifier is None and not fig.change and _CAPACITY_OF_RE.search(left) \
            and (_FUTURE_RE.search(sentence.text, sentence.start, sentence.end) or _FORECAST_RE.search(sentence.text, sentence.start, sentence.end)):
        # the capacity of a plant to come, its verb after the figure (`L'usine ivoirienne, d'une
        # capacité de 25.000 tonnes par an, devrait entrer en service au premier semestre 2027`)
        fig.qualifier = "forecast"
    elif fig.qualifier is None and not fig.change and not _is_money(fig.unit) and _SIZE_OF_A_PLANT_RE.match(right) \
            and _BEING_BUILT_RE.search(sentence.text, sentence.start, sentence.end):
        # the size of a plant being built or planned (`is building a 300,000-tonne blending plant`,
        # `broke ground on a 20-gigawatt-hour battery cell factory`)
        fig.qualifier = "forecast"
    return period


_FUTURE_FROM_TO_RE = re.compile(
    r"(?i:\b(?:will|va|vont|portera|porteront|fera\s+passer|feront\s+passer|doit|doivent|devrait|devraient|plans?\s+to|aims?\s+to)"
    r"\b[^.;]{0,100}?\b(?:from|de)\s+[^.;]{0,40}?\s(?:to|à)\s+(?:(?:about|around|some|nearly|environ|près\s+de|quelque)\s+)?$)"
)


def _subject_of_a_future_verb(sentence: _Sentence, fig: _Figure, right: str) -> bool:
    """The figure in the subject, its verb in the future after it (`Une première phase de
    300.000 tonnes doit entrer en service en 2028`, `a first shipment of 1,200 tonnes scheduled
    to leave Agadir in January`): not money (a plant's cost), not a site's area, not the object of
    a verb before it (`Le site emploie 220 personnes et devrait en compter 400`)."""
    return bool(_FUTURE_VERB_AFTER_RE.match(right)) and not _is_money(fig.unit) \
        and not _AREA_RE.search(sentence.text, fig.start, fig.end + 20) \
        and len(sentence.text[sentence.start:fig.start].split()) <= _SUBJECT_WORDS \
        and not _VERB_BEFORE_RE.search(sentence.text, sentence.start, fig.start)


def _is_money(unit: str | None) -> bool:
    """An amount of money (a currency's code, or the article's or the context's currency still to
    be resolved), not a capacity: a plant's cost is no forecast."""
    return unit is not None and (len(unit) == 3 and unit.isupper() or unit == DOCUMENT_CURRENCY or unit.startswith(CONTEXT_CURRENCY))


# A future verb in the figure's clause right after it (the figure in its subject).
_FUTURE_VERB_AFTER_RE = re.compile(
    r"(?i:^[^,;.()]{0,40}?\b(?:doit|doivent|devrait|devraient|sera|seront|will|(?:is|are)\s+(?:scheduled|expected|due|set)\s+to"
    r"|scheduled\s+to|(?:est|sont)\s+(?:attendue?s?|prévue?s?|programmée?s?))\b)")
_SUBJECT_WORDS = 8
# A verb of its own before the figure: then the figure is its object, not the subject of the future
# verb after it (`Le site emploie 220 personnes et devrait en compter 400`).
_VERB_BEFORE_RE = re.compile(
    r"(?i:\b(?:est|sont|était|étaient|a|ont|emploie\w*|compte\w*|dispose\w*|représente\w*|atteint|totalise\w*"
    r"|is|are|was|were|has|have|had|employs|operates|counts|reached|totals|stands)\b)")
# A site's area, which is no figure to come (`the 62-hectare site will house`).
_AREA_RE = re.compile(r"(?i:hectares?|\bha\b|square[\s-]+met(?:er|re)s?|m²|m2\b|acres?)")
_FORECAST_AFTER_RE = re.compile(
    r"(?i:^\s*(?:(?:a|per|par)\s+(?:year|an)\s*,?\s*)?(?:attendue?s?|prévue?s?|projected|expected|forecast|anticipée?s?|due\s+(?:in|by))\b)"
)


# A plant right after the figure that sizes it: `-tonne blending plant`, `(GWh) electric-vehicle battery cell factory`.
_SIZE_OF_A_PLANT_RE = re.compile(
    r"(?i:^(?:\s*\([^()]{1,12}\))?(?:[\s-]+[a-z][\w-]*){0,4}?[\s-]+(?:plant|factory|gigafactory|complex|facility|mill|refinery|terminal"
    r"|farm|park|campus|centre|center|usine|unité|complexe|centrale|raffinerie|parc|ferme|campus)\b)"
)
# Building or planning told in the sentence: `is building`, `broke ground on`, `will build`, `plans`, `construira`.
_BEING_BUILT_RE = re.compile(
    r"(?i:\b(?:is|are)\s+building\b|\bbroke\s+ground\b|\bbreak\s+ground\b|\bwill\s+build\b|\bto\s+build\b|\bplans?\b"
    r"|\bplanned\b|\bunder\s+construction\b|\bconstruira\b|\bva\s+construire\b|\ben\s+construction\b|\ben\s+chantier\b"
    r"|\bprojette\b|\bprévoit\s+de\s+construire\b|\bpremière\s+pierre\b)"
)
# A capacity told right before its figure: `d'une capacité (annuelle) de`, `with a capacity of`.
_CAPACITY_OF_RE = re.compile(r"(?i:\bcapacit(?:é|y)\s+(?:annuelle\s+|totale\s+|initiale\s+)?(?:de|d['’]|of)\s*(?:près\s+de\s+|about\s+|some\s+)?$)")


# A figure told as now or as a change's base, after a horizon: `from about 45% now`, `contre 6%
# aujourd'hui`, `up from 320 million today`, `already`.
_ASIDE_OR_CONTRAST_RE = re.compile(r"(?i:\b(?:which|qui|tandis|while|whereas|alors\s+qu|where|où)\b)")
_NOW_OR_BASE_RE = re.compile(
    r"(?i:\b(?:aujourd['’]hui|actuellement|currently|today|now|from|contre|against|compared|déjà|already|en\s+\d{4}|in\s+\d{4})\b)")


def _takes_the_previous_period(sentence: _Sentence, fig: _Figure, prev: _Figure | None) -> bool:
    """Whether a figure with no period of its own takes the previous figure's of its sentence:
    not after a horizon that dates its own figure only, unless told in the plan's place clause;
    not from an aside it is not in; not from the main clause into a relative clause."""
    if prev is None or not prev.period or fig.range_role == "from":
        return False
    text, before = sentence.text, sentence.text[sentence.start:fig.start]
    if _PART_OF_THE_PREVIOUS_RE.fullmatch(text, prev.end, fig.start):
        return True  # a part of it, its horizon too (`3.500 bus d'ici 2029, dont au moins 30% électriques`)
    # (a forecast's plain year goes on: `It sees the economy expanding 4.4% in 2026, with
    # non-agricultural output growing about 4.5%`)
    if prev.qualifier in ("target", "forecast") and fig.range_role is None and not prev.extra.get("period_before") \
            and (prev.extra.get("horizon") or prev.qualifier == "target" or _BASE_FIGURE_RE.search(text[prev.end:fig.start])) \
            and not _plans_place_clause(text, prev, fig):
        return False
    if _in_aside(before, prev.start - sentence.start, prev.end - sentence.start, False) \
            and not _same_aside(before, prev.start - sentence.start):
        return False
    return prev.end - sentence.start > _relative_opening(before)

# The previous figure, its words and horizon, then the part of it this figure is.
_PART_OF_THE_PREVIOUS_RE = re.compile(
    r"[^.;:()]{0,60},\s*(?i:dont|of\s+which|including)\s+(?i:(?:au\s+moins|près\s+de|plus\s+de|environ|quelque|at\s+least"
    r"|about|some|more\s+than|nearly)\s+)?"
)


def _left_of(sentence: _Sentence, fig: _Figure) -> str:
    """The few words before the figure in its sentence."""
    return sentence.text[max(sentence.start, fig.start - 40):fig.start]


# `aujourd'hui`, `today`: the figure tells the state now.
# (not the previous figure's: `de 4.800 actuellement à plus de 6.000 salariés à l'horizon 2027`)
_NOW_BEFORE_RE = re.compile(r"(?=\b(?i:[actà]))(?<![\d%]\s)(?i:\b(?:aujourd['’]hui|actuellement|à\s+ce\s+jour|currently|today)\s+"
                            # (with the verb between: `currently employs 450 people`)
                            r"(?:(?!(?:in|en|by|d['’]ici)\b)[a-zé]+\s+){0,2}?"
                            r"(?:(?:de|à|d['’]|at|of)\s*)?(?:(?:près\s+de|environ|plus\s+de|quelque|about|some|more\s+than)\s+)?)$")
_NOW_AFTER_RE = re.compile(r"(?i:^\s*(?:aujourd['’]hui|actuellement|à\s+ce\s+jour|currently|today|now)\b)")
# The end value of a change over a span (`jumped 42% between 2020 and 2023 to about 52 million
# units`, `a progressé de 8% entre 2019 et 2023 à 12 milliards`): of the span's last year.
_CHANGE_END_RE = re.compile(r"(?i:\b(?:to|à|a|reaching|pour\s+atteindre|pour\s+s['’]\s*établir\s+à)\s+"
                            r"(?:(?:about|around|some|nearly|almost|environ|près\s+de|quelque)\s+)?)$")
_YEARS_SPAN_RE = re.compile(r"\d{4}/(\d{4})")


def _end_of_change(sentence: _Sentence, fig: _Figure, left: str, period: str | None) -> str | None:
    """The span's last year for a figure told as where a change over the span ended."""
    span = _YEARS_SPAN_RE.fullmatch(period or "")
    if span and fig.range_role is None and _CHANGE_END_RE.search(left) \
            and _CHANGE_VERB_RE.search(sentence.text, sentence.start, fig.start):
        return span.group(1)
    return period


_CHANGE_VERB_RE = re.compile(r"(?i:\b(?:jump\w*|rose|risen|grew|grown|increas\w*|climb\w*|fell|fallen|declin\w*|dropped"
                             r"|augment\w*|progress\w*|recul\w*|bondi\w*|grimp\w*|chut\w*|baiss\w*|hauss\w*))")


def _plan_year(sentence: _Sentence, fig: _Figure) -> str | None:
    """A year to come the main clause gives the plan a relative clause describes (`prévoit
    d'ouvrir en 2026 un centre ..., qui emploiera 150 ingénieurs`): what is to come there is of it."""
    lead_in = sentence.text[sentence.start:fig.start]
    relative = _relative_opening(lead_in)
    if relative < 0 or not sentence.published_year:
        return None
    years = [f[3] for f in _period_matches(lead_in[:relative], sentence.published_year, sentence.dating)
             if f[3].isdigit() and int(f[3]) > sentence.published_year]
    return years[-1] if years else None


def _same_aside(lead_in: str, prev_start: int) -> bool:
    """The figure ending `lead_in` stands in the aside of the previous figure, past short inner
    clauses (`le secteur, qui a réalisé 157,6 milliards en 2024, en hausse de 6,3%, compte`)."""
    comma = _last_clause_comma(lead_in, len(lead_in))
    if comma < prev_start or not _CONTINUATION_RE.match(lead_in, comma + 1):
        return False  # (`Its plant, opened last year at a cost of €800 million, exports 90%`: the main clause)
    opening = _aside_holding(lead_in, len(lead_in))
    return opening >= 0 and opening == _aside_holding(lead_in, prev_start)


# A verbless clause that goes on from a figure (`, en hausse de 6,3%`, `, up 6%`, `, soit`).
_CONTINUATION_RE = re.compile(r"(?i:\s*(?:en\s+(?:hausse|baisse|progression|recul|croissance|repli)|up|down|soit|dont|or|i\.e\.)\b)")


# A clause on the place of a plan (`investir 1,5 milliard d'ici 2026 en Côte d'Ivoire, où il
# recrutera 300 personnes`): what is to come there is of the plan's horizon.
_WHERE_CLAUSE_RE = re.compile(r"(?i:,\s*(?:où|where)\b)")


def _plans_place_clause(text: str, prev: _Figure, fig: _Figure) -> bool:
    """`fig`, to come, is told in a `, où`/`, where` clause after the plan `prev` dates."""
    return fig.qualifier in ("forecast", "target") and bool(_WHERE_CLAUSE_RE.search(text, prev.end, fig.start))


# `contre 1,9 milliard un an plus tôt`, `from $2 billion a year earlier`, `contre 4,1% cinq ans
# plus tôt`: the figure's statement's period, that many years back (not counted from the article's).
_YEAR_EARLIER_RE = re.compile(
    rf"(?i:^\s*,?\s*(?:(?P<n_fr>un|{_COUNT_WORDS}|\d{{1,2}})\s+ans?\s+(?:plus\s+tôt|auparavant|avant)"
    rf"|l['’]\s*année\s+(?:précédente|d['’]\s*avant)"
    rf"|(?:a|one)\s+year\s+(?:earlier|before|ago|previously)|(?P<n_en>{_COUNT_WORDS}|\d{{1,2}})\s+years\s+(?:earlier|before|previously)"
    rf"|the\s+(?:previous|prior|preceding)\s+year"
    # `à la même période de l'an dernier`, `in the same period last year`
    rf"|(?:à|a|sur|durant|pendant|au\s+cours\s+de)\s+la\s+même\s+période\s+de\s+l['’]\s*(?:année|an|exercice)\s+(?:dernière|dernier|précédente|précédent|passée|passé)"
    rf"|(?:in|over|during|for)\s+the\s+same\s+period\s+(?:of\s+)?(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago|before))"
    # `à la même période de 2025`, `in the same period of 2025`: the statement's months, that year
    rf"|(?:à|a|sur|durant|pendant|au\s+cours\s+de|in|over|during|for)\s+(?:la\s+même\s+période\s+(?:de\s+|d['’]\s*)|the\s+same\s+period\s+(?:of|in)\s+)"
    rf"(?:l['’]\s*(?:année|an)\s+)?(?P<same_year>{_YEAR}))\b)"
)


# The same time opening the sentence (`Un an plus tôt, il s'établissait à 236,3 MMDH.`, `A year
# earlier, they stood at $2.9 billion.`): said of the period the sentence inherits.
_YEAR_EARLIER_OPENING_RE = re.compile(_YEAR_EARLIER_RE.pattern.replace("^\\s*,?\\s*", "^\\s*", 1) + r"\s*,")


def _a_year_earlier(fig: _Figure, prev: _Figure | None, right: str, period: str | None, left: str = "") -> str | None:
    """The period of a figure told `un an plus tôt` (`cinq ans plus tôt`): its previous
    figure's, that many years back; without one, the period it inherits is moved back later
    (`years_back`). `left`: its sentence up to it, for the time told at its opening, which
    moves back only a figure with no period of its own or of an earlier figure."""
    earlier = _YEAR_EARLIER_RE.match(right)
    if not earlier and period is None and (prev is None or not prev.period):
        earlier = _YEAR_EARLIER_OPENING_RE.match(left)
    if not earlier:
        return period
    said = (earlier.group("n_fr") or earlier.group("n_en") or "1").lower()
    years = int(said) if said.isdigit() else _COUNT_NUMBERS.get(said, 1)
    if earlier.group("same_year"):
        # (the base's year said: as many years back as from the statement's last year to it)
        said_year = int(earlier.group("same_year"))
        if prev is None or not prev.period or int(prev.period.split("/")[-1][:4]) <= said_year:
            return period
        years = int(prev.period.split("/")[-1][:4]) - said_year
    fig.extra["years_earlier"] = years
    if prev is not None and prev.period:
        fig.extra["base_of"] = prev.period  # the statement's own period, for the figures after it
        return shift_years(prev.period, -years)
    fig.extra["years_back"] = years
    return None


def shift_years(period: str, years: int) -> str:
    """`2025-H1` -> `2024-H1`, `2025-01/2025-05` -> `2024-01/2024-05`."""
    return re.sub(r"\d{4}", lambda m: str(int(m.group()) + years), period)


_COMPARED_WITH_RE = re.compile(r"(?i:\b(?:contre|against|compared\s+with|versus|vs|from|after|après)\b)")
# A part of the figure before, or the next part of a breakdown.
_PART_OF_RE = re.compile(r"(?i:\b(?:dont|soit|including|of\s+which|et|and)\b)")
# What the number counts, named after it: `porter à 70 millions le nombre de ses clients`.
_NUMBER_OF_AFTER_RE = re.compile(r"\s+(?i:(?:le|du)\s+nombre\s+(?:de|d['’])|the\s+number\s+of)")


# What a scaled number counts, written right after it: `91 millions de pneus`, `40 million
# units`, `7 million British homes` (not `2,7 milliards de plus`, `1.5 billion last year`).
_THINGS_AFTER_RE = re.compile(
    # (`de` as a word: not the start of `destinés`)
    r"\s+(?:(?:de\s+|d['’]\s*)(?!plus\b|moins\b|l['’]|la\b|les?\b)(?P<fr>[a-zà-ÿ][\w-]*)"
    # (after up to two words that qualify it: `97 million international tourists`)
    r"|(?:(?:[A-Z][a-z]+|(?!(?:the|an?|in|of|to|for|by|from|and|or|with|at|on|than|more|less|last|this|that|each|per"
    r"|year|years|worth|over|under|about|around|some|nearly|up|down"
    r"|pour|les|des|dans|sur|avec|par|en|au|aux|et|ou|de|du|la|le|contre|soit|selon|dont|plus|moins|sont|ont|est)\b)"
    r"[a-z][a-z-]+)\s+){0,2}?(?P<en>[a-z]{2,}s|people)\b)"
)
# Plural-looking words that name no things: English function words, French words in -s.
_NOT_THINGS = frozenset(
    "this was has is as its less unless across thus plus towards afterwards perhaps"
    " lors dans sous vers alors depuis puis ans mois fois sans jamais tous toutes les des ses aux ces leurs nos".split()
)


def _counts_things(text: str, fig: _Figure, lex: _Lexicon) -> bool:
    """Whether the number names what it counts right after it, other than money (`6,8 milliards
    d'exportations` is money): then it is no amount of the currency said before it."""
    m = _THINGS_AFTER_RE.match(text, fig.end)
    if m is None:
        return False
    group = "fr" if m.group("fr") else "en"
    if m.group(group).lower() in _NOT_THINGS:
        return False
    subject = lex.subjects.match(text, m.start(group))
    return not (subject and lex.subject_labels[int(subject.lastgroup[1:])] in lex.monetary)


def _unit_of_bare_number(sentence: _Sentence, fig: _Figure, prev: _Figure | None, left: str) -> None:
    """A number without a unit: money where the writer means money, a job headcount where
    the sentence speaks of employment, else a count."""
    text = sentence.text
    if fig.unit is None:
        subj = _subject_in(left, sentence.lex, closest_to_end=True)
        if fig.has_scale and fig.noun_label is None and (
                _counts_things(text, fig, sentence.lex) or _NUMBER_OF_AFTER_RE.match(text, fig.end)):
            fig.unit = "count"
        elif fig.has_scale and fig.noun_label is None and subj and subj[0] in sentence.lex.monetary:
            # A scaled amount without a currency (`un chiffre d'affaires à l'export de
            # 15,7 milliards`): the writer means the currency the article is in. An analyst
            # summing export revenue wants it as money, not a bare count.
            fig.unit = sentence.currencies.at(fig.start) or "count"
        elif fig.has_scale and fig.noun_label is None and prev is not None and prev.unit not in UNITS:
            # `3,1 milliards de dirhams contre 2,7 milliards un an plus tôt`: the
            # sentence's money figure gives its currency to the bare amounts after it.
            fig.unit = prev.unit
        elif fig.has_scale and fig.noun_label is None and prev is not None and prev.unit in PHYSICAL_UNITS \
                and (_COMPARED_WITH_RE.search(text, prev.end, fig.start) or _PART_OF_RE.search(text, prev.end, fig.start)) \
                and len(text[prev.end:fig.start].split()) <= 6 and ")" not in text[prev.end:fig.start]:
            # `1,9 million de tonnes, contre 1,62 million un an plus tôt`, `300 millions de m3
            # par an, dont 250 millions destinés à l'eau potable et 50 millions à l'irrigation`:
            # the same unit (not after a bracket's figure: `380 millions pour l'usine (100
            # millions de m3 par an) et 240 millions`, in euros).
            fig.unit = prev.unit
        elif fig.has_scale and fig.noun_label is None and sentence.currencies.in_span(sentence.start, fig.start):
            # `à 585,3 milliards de DH, alors que les exportations ... à 358,9 milliards`: the
            # currency the sentence named last.
            fig.unit = sentence.currencies.in_span(sentence.start, fig.start)
        elif fig.has_scale and fig.noun_label is None and sentence.previous_start is not None \
                and _BARE_END_RE.match(text, fig.end) and not subj \
                and not _COUNTED_BEFORE_RE.search(text, sentence.start, fig.start) \
                and not sentence.currencies.in_span(sentence.start, sentence.end) \
                and sentence.currencies.in_span(sentence.previous_start, sentence.start):
            # `L'Espagne demeure le premier client, avec 16,4 milliards de dirhams. Suivent la
            # France, à 8,1 milliards, le Portugal, à 2,3 milliards`: the sums go on in the
            # currency of the sentence before, which this one names none against.
            fig.unit = sentence.currencies.in_span(sentence.previous_start, sentence.start)
        elif fig.noun_label is None and not fig.is_year_like and _WORKFORCE_BEFORE_RE.search(left):
            # `raising its Moroccan workforce from 1,150`, `les effectifs passeront de 2.800`
            fig.unit = "jobs"
        elif fig.noun_label is None and prev is not None and prev.unit == "jobs" and not fig.is_year_like \
                and (len(text[prev.end:fig.start].split()) <= 8 or _GOES_ON_RE.search(left)):
            # `800 emplois directs et 380 en phase d'exploitation`, `400 workers, rising to
            # 600`, `1,350 jobs at a new factory in Hunterston, and another 600`: a bare number
            # after a headcount counts the same jobs.
            fig.unit = "jobs"
        else:
            fig.unit = "count"
    if fig.unit == "point" and abs(fig.value) <= 100 and re.search(
        r"%|(?i:pour\s?-?cent|pourcentage|\btaux\b|\bpart\b|\bPIB\b)", text[sentence.start:sentence.end]
    ) and not _INDEX_RE.search(text, sentence.start, sentence.end):
        # `de 9 points, passant de 14 à 23%`: points of a share are percentage points (no share
        # moves by more than 100 of them; an index's points stay points: `le MASI a gagné 1,2% à
        # 13.500 points`).
        fig.unit = "percentage_point"
    if fig.unit == DOCUMENT_CURRENCY:
        fig.unit = sentence.currencies.at(fig.start) or "EUR"
    if fig.unit and fig.unit.startswith(CONTEXT_CURRENCY):
        fig.unit = sentence.currencies.among(fig.unit[len(CONTEXT_CURRENCY):].split("/"), (sentence.start, sentence.end))
    if fig.unit == "count" and _is_headcount_of_jobs(fig, text[sentence.start:sentence.end]):
        fig.unit = "jobs"


def _share_range_context(figs: list[_Figure]) -> None:
    """The two ends of a range or change share their period and subject."""
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
