"""The shapes of names: honorifics, articles, roles and cue words trimmed from a span; junk
(generic nouns, sentence starts, heading fragments); canonical names; the `Mention` a rule
or the model gives."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from econews.openings import guarded
from econews.countries import find_countries
from econews.legal_forms import LEGAL_TAIL_RE, has_legal_form, is_bare_legal_form, legal_form_end  # noqa: F401
from econews.schemas.metrics import CURRENCIES

from econews.tasks.entities.gazetteer import _stopwords, straight_apostrophes

# Honorifics and royal styles stripped before a person's name; `MM.` introduces several.
_HONORIFIC = (
    r"(?:S\.?\s?M\.?\s+le\s+Roi|Sa\s+Majest[ée]\s+le\s+Roi|SAR\s+le\s+Prince|"
    r"Son\s+Altesse\s+Royale\s+le\s+Prince|Son\s+Excellence|S\.E\.|"
    r"MM\.|M\.|Mmes?\.|Mlle\.|Dr\.|Pr\.|(?:Monsieur|Madame|Mademoiselle|Mmes?|Mlle|Dr|Pr|Me)(?!\w)|"
    r"(?:(?:SAR|S\.A\.R\.|Son\s+Altesse(?:\s+Royale)?)\s+)?(?:(?:le|la)\s+)?(?:Prince|Princesse|Princess|Cheikh|Sheikh|Émir|Emir)(?!\w))"
)

_LEADING_HONORIFIC_RE = re.compile(rf"^(?:{_HONORIFIC}\s*)+")

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"

# `M. Elalamy`, `M.Hjira`, `MM. Moulay Hafid Elalamy`: a capitalised name after an honorific.
_HONORIFIC_NAME_RE = guarded(re.compile(
    rf"(?<![\w.])(?:MM\.|M\.|Mme\.?|Mlle\.?|Monsieur|Madame|Dr\.|Pr\.|"
    rf"(?:(?:SAR|S\.A\.R\.|Son\s+Altesse(?:\s+Royale)?)\s+)?(?:(?:le|la)\s+)?(?:Prince|Princesse|Princess|Cheikh|Sheikh)(?=\s))\s*"
    rf"(?:(?:le|la)\s+)?({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|[IVX]+|(?:el|al|ben|bin|ibn|ould|de|du|van|von)\s+{_NAME_WORD}))*)"
))

# An article is a word of its own (`Le Matin` -> no, `Leila` -> no): a space or an
# apostrophe must follow it.
_LEADING_ARTICLE_RE = re.compile(r"^(?:(?:(?:[Ll]es?|[Ll]a|[Dd]es?|[Dd]u|[Aa]ux?|[Ee]n|[Ss]ur)\s+|[LlDd]['’]\s*))+(?=\w)")

# A name never ends on a conjunction, preposition or determiner (`X et de`, `Ltd et la`,
# `X and the`): the span ran on into the sentence.
_FUNCTION_WORDS_AT_END = (
    r"de|du|des|la|le|les|et|à|au|aux|un|une|en|pour|par|sur|avec|dans|ou|ce|cette|ces|son|sa|ses|leur|leurs"
    r"|and|the|of|for|in|on|at|to|with|by|from|an|a|or|its|their|this|that"
)
_TRAILING_JUNK_RE = guarded(re.compile(
    rf"(?:\s+(?:qu|s|l|d|n|j|c)['’]|['’]s?|[\s,;:.!?»«\"“”()\-–|]|\s+(?:{_FUNCTION_WORDS_AT_END}))+$"))

# English names end with a capitalised word: `Huayu Power to build`, `Liu Zhenhai told
# Reuters` ran on into the sentence. A possessive before a name is its owner, not its start
# (`China's Huayu Power`, `Germany's Thyssenkrupp Nucera`).
# A lowercase word ends the name, unless it joins two capitalised parts of it (`Ministry of
# Industry and Trade`, `Office of Electricity and Drinking Water`).
_EN_RUN_ON_RE = re.compile(
    r"\s+(?!(?:(?:of|and|for|the|de|du|des|la|le|et)\s+)+(?:[dl]['’]\s*)?[A-Z]|[dl]['’]\s*[A-Z])[a-z][\w'’-]*(?:\s|$).*$")

_EN_LEADING_ARTICLE_RE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?=[A-Z])")

_EN_OWNER_RE = re.compile(r"^(?:[A-Z][\w.-]*\s+)*?[A-Z][\w.-]*['’]s\s+(?=[A-Z])")

# A lowercase cue word says what the name is without being part of it (`groupe OCP`,
# `l'équipementier Leoni`); a capitalised one may be (`Groupe Renault`).
_CUE_WORD_RE = re.compile(
    r"^(?:groupe|société|entreprise|firme|compagnie|constructeur|équipementier|opérateur|fabricant|filiale|"
    r"holding|géant|leader|company|group|firm|carmaker|maker)\s+(?=[A-Z])"
)

_EN_TITLED_NAME_RE = re.compile(
    r"\b(?:Minister|Secretary(?:\s+General)?|Chairman|Chairwoman|President|CEO|Director(?:\s+General)?|Ambassador|Governor"
    r"|Spokesman|Spokeswoman"
    r"|Chief\s+Executive(?:\s+Officer)?|Managing\s+Director)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?\s+(?P<name>[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){1,2})\b(?!\s+[A-Z])"
)

# A role in lower case, the name, a verb of speech: `chief executive Park Jin-woo told
# reporters`, `AmCham Morocco president Nadia Filali said`. The verb says a person speaks.
_EN_ROLE_NAME_SAID_RE = re.compile(
    r"(?<![\w-])(?:chief\s+executive(?:\s+officer)?|chief\s+economist|president|chairman|chairwoman|director"
    r"(?:\s+general)?|managing\s+director|general\s+manager|spokesman|spokeswoman|spokesperson|economist|analyst"
    r"|minister|ambassador|governor|founder|CEO|head)\s+"
    r"(?P<name>[A-Z][a-zà-ÿ]+(?:-[a-zà-ÿ]+)?(?:[ -][A-Z][a-zà-ÿ]+(?:-[a-zà-ÿ]+)?){1,2})"
    r"(?=,?\s+(?:said|says|told|added|noted|explained|stressed|wrote)\b)"
)

_EN_LEADING_ROLE_RE = re.compile(
    r"^(?:(?:[A-Z][a-z]+\s+)?(?:Minister|Secretary|Chairman|Chairwoman|President|CEO|Director|Ambassador|"
    r"Governor|Spokesman|Spokeswoman|Head|Chief\s+Executive)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?\s+)+(?=[A-Z])"
)

# `Etats du Mato Grosso`, `Etat de Bahia`: the kind of division is no part of its name (a
# capitalised `Etat` opens the model's span, the state is `Mato Grosso`).
_LEADING_DIVISION_RE = re.compile(r"^[EÉ]tats?\s+(?:du\s+|de\s+la\s+|de\s+l['’]\s*|de\s+|d['’]\s*)(?=[A-ZÀ-Ý])")

_LEADING_PUNCT_RE = re.compile(r"^(?:[\s,;:.!?»«\"“”()\-–|]|(?:[Pp]ar|[Bb]y|[Rr]édigé\s+par)\s+(?=[A-ZÀ-Ý]))+")

# A role title with its portfolio (`Ministre de l'Industrie, du Commerce ... et de
# l'Economie Numérique`, `Secrétaire d'État ... chargé du Commerce Extérieur`): the
# capitalised portfolio words are not organisations, and the model keeps tagging them.
_PORTFOLIO = (
    r"(?:\s*(?:,\s*|\s+et\s+|\s+auprès\s+|\s+chargée?\s+)?"
    r"(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|d['’]\s*|de\s+|en\s+)"
    r"[\w-]+(?:\s+(?!(?:et|de|du|des|la|le|les|à|au|aux|a|ont|est|s['’]|se|qui|en|que|sur|pour|par|avec|dans"
    # (nor the verb of which the ministry is the subject: `le ministère de l'Agriculture vise`)
    r"|vise|veut|prévoit|indique|souligne|annonce|précise|estime|table|compte|entend|rappelle|affirme|explique"
    r"|note|relève|ajoute|dispose|disposera|sera|va|vient|doit|devrait|peut|pourrait|lance|avait|mise|mène|a)\b)[A-Za-zÀ-ÿ-]+"
    # two adjectives joined (`de l'Economie sociale et solidaire`): the second one, by its
    # ending, is no verb nor noun starting the sentence's next clause
    r"(?:\s+et\s+[a-zà-ÿ-]+(?:aires?|ables?|ibles?|iques?|ales?|elles?|ives?|ières?|iennes?|ées?)(?![\w-]))?)?"
    # two capitalised nouns joined (`des Eaux et Forêts`)
    r"(?:\s+et\s+[A-ZÀ-Ý][a-zà-ÿ-]+(?![\w-]))?)+"
)

# (A president, director or wali heads a named organisation or place, which stays an
# entity: only the role word is trimmed, see _LEADING_ROLE_RE.)
# (the letters a title opens with looked at first: a page's search takes 0.19 -> 0.08 ms)
_ROLE_RE = re.compile(
    rf"(?=[VvMmSs])(?:[Vv]ice-)?(?:[Mm]inistre(?:\s+d['’][ÉEée]tat|\s+(?!de\b|du\b|des\b)[a-zà-ÿ]+)?|"
    rf"[Ss]ecrétaire\s+d['’][ÉEée]tat)"
    rf"{_PORTFOLIO}"
)

_LEADING_ROLE_RE = re.compile(
    r"^(?:(?:[Vv]ice-)?[Pp]résidente?|[Dd]irect(?:eur|rice)(?:\s+[Gg]énéral(?:e)?)?|[Ww]ali|[Gg]ouverneur|"
    r"[Aa]mbassadeur|[Ss]ecrétaire\s+[Gg]énéral|PDG|DG)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
)

# A ministry named in full: the institution itself, an organisation.
# (a nationality may come before the portfolio: `ministère ivoirien du Commerce et de l'Industrie`)
_MINISTRY_RE = guarded(re.compile(rf"\b[Mm]inist[èe]re(?:\s+[a-zéèêëàâîïôûç]+(?=\s+(?:de|du|des|d['’])\b))?{_PORTFOLIO}"))

_MINOR_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "à", "au", "aux", "en", "pour", "sur", "chargé", "auprès"}

# `Long Form (ACR)` and `Long Form « Alias »`.
# (an acronym and the country of the body's seat: `(AmCham Morocco)`, `(AHK Maroc)`, checked
# by `_link_aliases`)
_ALIAS_RE = re.compile(
    r"\(\s*([A-Z][A-Za-z0-9&.-]{1,14}(?:[ ][A-ZÀ-Ý][\w'’-]+)?)\s*\)|«\s*([A-Z][\w&-]{1,24})\s*»")

_LEGAL_SUFFIX_RE = re.compile(
    rf"(?:(?:,?\s+(?:Company|Corporation))|{LEGAL_TAIL_RE.pattern})+\.?$"
)

_YEARS_RE = re.compile(r"\s+(?:\d{4}\s*[-–/]\s*\d{2,4}|\d{4})$")

_ROMAN_RE = re.compile(r"^[IVXLC]+$")

_PROGRAM_HEADS = {"plan", "programme", "stratégie", "initiative", "vision", "pacte", "feuille"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str
    canonical: str
    codes: tuple[str, ...] = ()
    # trust order when mentions overlap: gazetteer 3, text rules 2, model 1, country regex 0
    rank: int = 1


_COMMON_WORDS: dict[str, frozenset[str]] = {}


def _common_words(model_path) -> frozenset[str]:
    """Lemmas of the French nouns, adjectives, verbs and adverbs the model knows, and their
    inflected forms: the `lemma_index` table of the model's lemmatizer lookups.

    Read from the model's files: loading the lemmatizer would build all four of its tables
    (~0.75 s of every process's start, for a lookup table of 217k forms the filter does not
    use). The file is what spaCy's `Lookups.to_disk` writes: a msgpack map of tables, each
    keyed by the hashes of its keys (`Lookups.from_disk` reads it the same way)."""
    import srsly
    from spacy.strings import get_string_id

    lookups = Path(model_path) / "lemmatizer" / "lookups" / "lookups.bin" if model_path else None
    if lookups is None or not lookups.exists():
        return frozenset()
    index = srsly.msgpack_loads(lookups.read_bytes()).get("lemma_index") or {}
    lemmas: set[str] = set()
    for pos in ("noun", "adj", "verb", "adv"):
        lemmas.update(index.get(get_string_id(pos)) or ())
    return frozenset(lemmas)


@lru_cache(maxsize=8)
def _all_common_words(models: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(_COMMON_WORDS[m] for m in models))


def _is_common_word(word: str) -> bool:
    lemmas = _all_common_words(tuple(_COMMON_WORDS))
    w = word.lower()
    # capitals often lose their accent in the press (`Etats`, `Economie`)
    forms = {w} | ({"é" + w[1:], "è" + w[1:]} if w.startswith("e") else set())
    # an inflection takes off a plural, feminine or participle ending only (`Agressions`,
    # `Batteries`, `Implantée`): not any letters (`Paraná` is no form of `para`)
    candidates = {f for form in forms for f in (form, form[:-1], form[:-2]) if f and set(form[len(f):]) <= _ENDINGS}
    return bool(candidates & lemmas)


_ENDINGS = frozenset("sxeé")


def _clean_spaces(text: str) -> str:
    # (`str.split` and the regex `\s` know the same whitespace: runs of it become one space)
    return " ".join(straight_apostrophes(text).split())


def _fix_word_case(word: str) -> str:
    """`QIAN` -> `Qian`, `EL-ALAMI` -> `El-Alami`; Roman numerals, short acronyms and initials
    (`J.P.`) kept."""
    if len(word) > 1 and word.isupper() and not _ROMAN_RE.match(word) and not _INITIALS_RE.fullmatch(word):
        return "-".join(part.capitalize() for part in word.split("-"))
    return word


_INITIALS_RE = re.compile(r"(?:[A-ZÀ-Ý]\.-?)+[A-ZÀ-Ý]?\.?")


def canonical_person(text: str) -> str:
    name = _LEADING_HONORIFIC_RE.sub("", _clean_spaces(text))
    return " ".join(_fix_word_case(w) for w in name.split())


def _title_case_portfolio(text: str) -> str:
    """`ministère de l'industrie, du commerce` -> `Ministère de l'Industrie, du Commerce`."""
    words = re.split(r"(\s+|,|'|-)", text)
    out = []
    for word in words:
        if word and word[0].isalpha() and word.lower() not in _MINOR_WORDS:
            word = word[0].upper() + word[1:]
        out.append(word)
    return "".join(out)


def canonical_org(text: str) -> str:
    name = _clean_spaces(text)
    name = _LEGAL_SUFFIX_RE.sub("", name)
    name = _YEARS_RE.sub("", name)
    if re.match(r"(?i)minist[èe]re\b", name):
        name = _title_case_portfolio(name)
    elif name.isupper() and len(name) > 6 and " " in name:
        name = " ".join(_fix_word_case(w) for w in name.split())
    return name


def _in_capitals_line(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    # (the first lower-case letter, near the line's start, answers most calls)
    return not any(c.islower() for c in line) and len(line.split()) >= 3


_SENTENCE_END_RE = re.compile(r"(?<=[a-zà-ÿ]{4})[.!?]\s+(?=[A-ZÀ-Ý])")


def _trim(text: str, start: int, end: int, english: bool = False) -> tuple[int, int]:
    """Shrink a model span to the name: no article, honorific, elision or punctuation at
    its ends, and never across a line break (headings run into the next line)."""
    span = text[start:end]
    if "\n" in span:
        end = start + span.index("\n")
        span = text[start:end]
    bracket = span.find("(")
    if bracket > 0 and ")" not in span[bracket:]:
        # `Union of Atlantic Canners (UCA`: the model ran into the acronym after the name
        end = start + bracket
        span = text[start:end]
    stop = _SENTENCE_END_RE.search(span)
    if stop:
        # nor across a sentence's end (`Spain and Portugal. Airlines`): a word of four
        # lower-case letters or more before the stop is no abbreviation (`Co.`, `Corp.`)
        end = start + stop.start()
        span = text[start:end]
    if english:
        m = _EN_RUN_ON_RE.search(span)
        if m and m.start() > 0:
            end = start + m.start()
            span = text[start:end]
    leading = (_LEADING_PUNCT_RE, _LEADING_HONORIFIC_RE, _LEADING_ROLE_RE, _LEADING_ARTICLE_RE, _LEADING_DIVISION_RE)
    for pattern in leading + ((_EN_LEADING_ARTICLE_RE, _EN_OWNER_RE, _EN_LEADING_ROLE_RE) if english else ()) + (_CUE_WORD_RE,):
        m = pattern.match(span)
        if m:
            start += m.end()
            span = text[start:end]
    m = _EN_DEMONYM_BEFORE_MINISTRY_RE.match(span) if english else None
    if m and find_countries(m.group(1)):
        start += m.end()  # `Moroccan Ministry of Industry`: the ministry is `Ministry of Industry`
        span = text[start:end]
    m = _TRAILING_JUNK_RE.search(span)
    if m:
        end = start + m.start()
    m = _GENERIC_OF_NAME_RE.match(text[start:end])
    if m:
        start += m.end()  # `site minier de Mzinda`: the kind of thing is no part of its name
    return start, end


# Lower-case words (a kind of thing: `site minier`, `nouvelle usine`) then `de`/`of` and a
# name; not an administration's name, which opens with its head noun in lower case
# (`ministère de l'Industrie`, `département de la Pêche maritime`).
_GENERIC_OF_NAME_RE = re.compile(
    r"^(?!minist|départ|depart|direction|secrétariat|office|agence|conseil|commission|comité|chambre|banque|fonds"
    r"|bourse|institut|université|école|délégation|haut-commissariat|wilaya|préfecture|région)[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,2}\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’]|of\s+(?:the\s+)?)(?=[A-ZÀ-Ý])")


_EN_DEMONYM_BEFORE_MINISTRY_RE = re.compile(r"^([A-Z][a-z]+)\s+(?=Ministry\b|Embassy\b)")


def _is_junk(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    key = _clean_spaces(span).lower()
    if len(key) < 2 or not any(c.isupper() for c in span):
        return True
    if key in _stopwords() or key.replace("é", "e") in _stopwords():
        return True
    if all(not w[0].isupper() and not _CAMEL_CASE_RE.match(w) for w in span.split() if w[0].isalpha()) and not span.isupper():
        return True
    if _CHEMICAL_FORMULA_RE.fullmatch(span) and any(c.isdigit() for c in span) and _all_elements(span):
        return True  # `P2O5`, `CO2`, `NH3`: a compound, no name
    if _CURRENCY_BEFORE_RE.search(text, max(0, start - 12), start) and " " not in span.strip():
        return True  # `francs CFA`, `dollars US`: a currency's qualifier
    if _UNIT_RE.fullmatch(span) and _NUMBER_BEFORE_RE.search(text, max(0, start - 20), start):
        return True  # `18 GW`, `2,4 MW`: a unit after its figure
    if _CURRENCY_WORD_RE.fullmatch(span.strip()):
        return True  # `FCFA`, `MMDH`: money's unit, no name
    if span in CURRENCIES and (
            _NUMBER_BEFORE_RE.search(text, max(0, start - 20), start) or _NUMBER_AFTER_RE.match(text, end)):
        return True  # `120 PLN`, `DKK 3.4 billion`: a currency's code by its amount
    words = key.split()
    if len(words) == 1 and (key in _french_stop_words() or key.isdigit()):
        return True
    if _NO_LETTER_RE.fullmatch(key):
        return True
    if _AMOUNT_RE.fullmatch(span.strip()):
        return True  # `C$410`, `A$1.3`, `US$25`: an amount in a dollar of a country, no name
    if is_bare_legal_form(span):
        return True  # `Ltd`, `KG`: a legal form without its name
    # A capitalised common noun (heading, sentence start, press capitals): the same words
    # also stand in lower case in the document.
    if not span.isupper() and _in_lower_case(key, text):
        return True
    # One capitalised common word opening a heading, sentence or quote (`Agressions
    # iraniennes: ...`, `Emploi : ...`) or after an article (`ces Etats`): not a name.
    if len(words) == 1 and not span.isupper() and _is_common_word(span):
        before = text[max(0, start - 12) : start]
        if start == 0 or _OPENING_BEFORE_RE.search(before):
            return True
    # A heading's fragment (`Investissements chinois dans ...`): a common noun capitalised
    # as the first word, then lower-case words only; institutions' names start with a
    # head noun (`Commission mixte de ...`) and are kept.
    first, rest = words[0], span.split()[1:]
    if (
        len(words) > 1
        and not _INSTITUTION_HEAD_RE.match(span)
        and all(w[0].islower() for w in rest)
        and _in_lower_case(first, text)
    ):
        return True
    return False


@lru_cache(maxsize=1)
def _french_stop_words() -> frozenset[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS  # (spaCy only when a name is judged)

    return frozenset(STOP_WORDS)


_NO_LETTER_RE = re.compile(r"[\d\W]+")
_AMOUNT_RE = re.compile(r"[A-Z]{1,3}\s?[$€£¥]\s?\d[\d.,]*(?:\s?(?:bn|m|k))?")
# What stands before a word that opens a heading, sentence or quote, or follows an article.
_OPENING_BEFORE_RE = re.compile(r"(?:^|\n|\s{2,}|[.!?:;«\"]\s*|\s(?:le|la|les|l['’]|ces|ce|cette|des|du|au|aux|un|une)\s*)$")

# A brand written in camel case (`easyJet`, `eBay`, `iPhone`) is a name with a lower-case start.
# (not an initialism after a prefix: `pCAM`)
_CAMEL_CASE_RE = re.compile(r"[a-z]{1,5}[A-Z][a-z]")
# A formula's counts are single digits (`P2O5`); `PK24` is a kilometre point.
_CHEMICAL_FORMULA_RE = re.compile(r"(?:[A-Z][a-z]?[2-9]?){1,6}")
_ELEMENTS = frozenset(
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo "
    "Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl "
    "Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu".split())
# Units of power, energy and mass the press writes after a figure (`18 GW`, `5 MWh`, `3 Mt`).
_UNIT_RE = re.compile(r"[kMGT]W[hcp]?|[kMGT]Wh|[MG]VA|Mt|kt|Gt|Mtep|bcm|MMBtu|TEU|EVP|Mbps|Gbps")
# The short forms of currencies written as words (`FCFA`, `MMDH`, `DH`).
_CURRENCY_WORD_RE = re.compile(r"F\s?CFA|CFA|MMDH|MDH|KDH|DHS?|Dhs?|MAD|USD|EUR|XOF|XAF|Mds?|MMAD")
_CURRENCY_BEFORE_RE = re.compile(r"(?<![\w-])(?:francs?|dollars?|pesos?|dinars?|livres?|pounds?)\s+$", re.IGNORECASE)
_NUMBER_BEFORE_RE = re.compile(r"\d[\d.,  ]*$")
_NUMBER_AFTER_RE = re.compile(r"[  ]?\d")


def _all_elements(formula: str) -> bool:
    """`P2O5` is P, O; `CEO2` is no formula (E is no element)."""
    symbols = re.findall(r"[A-Z][a-z]?", formula)
    return bool(symbols) and all(sym in _ELEMENTS for sym in symbols)


def _in_lower_case(phrase: str, text: str) -> bool:
    """`phrase` stands in `text` written in lower case, as whole words. Each word of a
    phrase found so is a whole word of the lower-case text: looking the words up in that
    set answers most questions without searching the page (one search a candidate name
    cost ~1.5 ms a page)."""
    words = _WORD_RE.findall(phrase)
    known = _lower_case_words(text)
    if any(w not in known for w in words):
        return False
    if words == [phrase]:
        return True
    return re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", _lower_case_only(text)) is not None


_WORD_RE = re.compile(r"\w+")


@lru_cache(maxsize=64)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words of `_lower_case_only(text)`: the text's whole words without a capital
    (found in the text itself; the blanked text is made only when a phrase is searched)."""
    return frozenset(_LOWER_CASE_WORD_RE.findall(text))


# A whole word without a capital (possessive: a word with one fails at its capital, once).
_LOWER_CASE_WORD_RE = re.compile(r"(?<!\w)[^\WA-ZÀ-ÖØ-Þ]++(?!\w)")


@lru_cache(maxsize=64)
def _lower_case_only(text: str) -> str:
    """The document with every capitalised word blanked, so a search finds only
    lower-case uses of a phrase."""
    return _CAPITALISED_WORD_RE.sub(lambda m: " " * len(m.group(0)), straight_apostrophes(text))


# A whole word with a capital in it (the lookahead stops at the first capital: a word is
# read once, not once per letter).
_CAPITALISED_WORD_RE = re.compile(r"\b(?=\w*?[A-ZÀ-ÖØ-Þ])\w+")


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


# `Moroccan Foreign Minister`, `le Premier ministre`: a role, not a name.
_ENDS_WITH_ROLE_RE = re.compile(
    r"(?i)(?:^|\s)(?:minister|ministre|président|president|secretary|secrétaire|ambassadeur|"
    r"ambassador|wali|gouverneur|governor|directeur|director|spokesman|porte-parole)$"
)

_ORG_SUFFIX_RE = re.compile(
    r"\s(?:Group|Groupe|Holdings?|Authority|Terminals|Bank|Banque|Company|Corporation|Industries|Motors|Airlines|Technologies|Technology"
    r"|Tekstil|Textile|Energy|Power|Systems|Aerospace|Capital|Partners|Solutions|Logistics|Materials|Wiring|Electric"
    r"|Automotive\s+Systems|S\.?A\.?|SARL|S\.p\.A\.?|SpA|A\.Ş\.?|AG|GmbH"
    # a trade as the last word: no one's surname (`Nordwind Hydrogen`, `Hexin Lithium`)
    r"|Hydrogen|Lithium|Chemie|Chemicals?|Mining|Minerals|Metals|Steel|Cement|Foods|Pharma|Pharmaceuticals"
    r"|Renewables|Electronics|Batter(?:y|ies)|Shipping|Telecom|Semiconductors?|Plastics|Engineering|Petroleum"
    r"|Constructions?|Construcciones|Immobilier|Ingénierie|Industrie|Travaux|Promotion|Développement|Infrastructures?|Precision|Précision|Gold"
    r"|Rail|Rubber|Fertili[sz]ers?|Digital|Fuels|Hydro|Bâtiment|Phosphates|Cereales|Céréales|Primeurs|Molecules|Seafood|Fisheries"
    r"|Agro|Aero|Aerostructures|Cables|Câbles|Packaging|Textiles|Mills|Solar|Trading|Ventures|Investments?|Insurance|Assurances"
    r"|Ltd\.?|Inc\.?|Co\.?|Corp\.?|PLC|plc|LLC)$"
)

# Industrial zones, parks, ports and airports are places, whatever the model says
# (`Tanger Med Zones`, `Kenitra Automotive City`, `Technopolis`, `technopole d'Oujda`).
_PLACE_WORD_RE = re.compile(
    r"\s(?:City|Zones?|Park|Parc|Technopolis|Technopole|Technopark|Airport|Aéroport|Port|Free\s+Zone|Shore"
    r"|Zone\s+franche|Zone\s+industrielle|Midparc)(?:\s|$)|^(?:[Tt]echnopole|[Zz]one|[Pp]arc|[Pp]ort|Aéroport|Technopolis|Technopark|Midparc)\b"
)

_ORG_CUE_RE = re.compile(
    r"\b(?:société|groupe|entreprise|firme|compagnie|constructeur|opérateur|équipementier|"
    r"fabricant|filiale|holding|start-up|banque|cabinet|enseigne|marque|géant|leader|"
    r"maker|carmaker|automaker|company|firm|group|manufacturer|supplier|producer|operator|developer|"
    r"conglomerate|giant|subsidiary|fund|utility|startup|lender)"
    r"(?:\s+[a-zà-ÿ]+(?:-[a-zà-ÿ]+)?)?\s+$"
)

_INSTITUTION_HEAD_RE = re.compile(
    r"\b(?:Centre|Institut|Association|Agence|Office|Conseil|Fondation|Observatoire|Groupe|Banque|"
    r"Commission|Comité|Fédération|Confédération|Union|Société|Université|École|Ecole|Chambre|Fonds|Autorité|Bourse"
    r"|Etablissement|Établissement|Ministère|Direction|Haut-Commissariat|Caisse|Régie|Entreprise|Compagnie)\b"
)


def _in_title_case_line(text: str, at: int) -> bool:
    """A headline in title case (`UK-Morocco Power Link Developer Secures New Funding`):
    most of its words capitalised, no full stop at its end."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return _title_case_line(text[line_start: line_end if line_end >= 0 else len(text)].strip())


# `By Jane Roe and John Doe`: a byline is in title case, and is no headline.
_BYLINE_START_RE = re.compile(r"(?:By|Par|Por)\s+[A-ZÀ-Ý]")


# A paragraph is one line and holds many names: each line is judged once.
@lru_cache(maxsize=1024)
def _title_case_line(line: str) -> bool:
    if line.startswith("(") or ";" in line or _BYLINE_START_RE.match(line):
        return False  # `(Reporting by Ahmed Eljechtimi; Editing by Mark Potter)`: credits, no headline
    if line.endswith("."):
        return False  # a sentence (most paragraphs: their words are not counted)
    words = [w for w in line.split() if w[0].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
