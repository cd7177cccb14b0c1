"""Investments: one row per investing company (or named project) of a document.

1. Mentions: every organisation the company rules accept (`companies.is_company`), found
   again wherever its name is written (the entities stage may miss one occurrence), and
   named projects (`le projet “Cité Mohammed VI Tanger-Tech”`).
2. One company, one row: mentions with the same canonical name, or whose written name is
   the first words of another's (`Sinolink` / `Sinolink New Energy`, `Xlinks` / `Xlinks
   First Ltd`), are one company; a parent named beside it (`X, filiale de Y`, `X, détenue
   par Y`) and the partners of a consortium or joint venture (`le consortium formé par X et
   Y`) are folded into it.
3. Its sentences: those where it is named beside an investment word (investir, usine,
   construire, implanter, inaugurer, première pierre, ouvrir, recruter, build, plant...) and
   not as a customer or supplier, then the sentences after them that refer back to it (`Le
   site`, `L'usine`, `Le projet`, `Cette extension`, `Il`, `The plant`, `The company`,
   `Montant de l'opération`), up to the next investing company, within two paragraphs.
4. Its figures are the metrics rows of those sentences (in a sentence naming several
   companies, a figure goes to the nearest one before it); `figures.py` says which is the
   amount, the jobs and the capacity.
5. A company with no figure and no stage whose only investment word says it is established
   (`300 entreprises allemandes sont implantées ..., dont l'équipementier Bosch`: a presence,
   not an investment) gives no row.

The name is the longest written form, without cue words or run-on words. The company's
country is the one its cue gives (`le chinois X`, `Germany's X`, `le groupe turc X`, `The
Emirati company`), else the entity's (gazetteer), else a nationality of firms in its
sentences or the one before (`Turkish firms ... Textile group X`). Public bodies, banks
and funds are no investors: a development bank's loan or a government grant is financing,
kept out of this table.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from econews.countries import find_countries, place_country
from econews.tasks.metrics.article import HOME_COUNTRY
from econews.tasks.relations import companies
from econews.tasks.relations.document import Doc, heading_before, is_figure, is_money, paragraph_of, place_in, stable_id
from econews.tasks.relations.figures import figure_columns

STAGES = ("announced", "signed", "under construction", "inaugurated")

# Most advanced first: the first pattern that matches any of an investment's sentences wins.
# (Each looks first at the letters its words open with: most positions of a sentence fail there.)
_STAGE_RES: list[tuple[str, re.Pattern]] = [
    ("inaugurated", re.compile(
        r"(?=[imeocs])(?:inaugur\w*|mise\s+en\s+service\s+(?:a\s+eu\s+lieu|effective)|est\s+entrée?\s+en\s+(?:production|service|exploitation)|"
        r"opérationnel\w*|inaugurat\w*|\bopened|commissioned|started\s+production)", re.I)),
    ("under construction", re.compile(
        r"(?=[ectpabug])(?:en\s+(?:cours\s+de\s+)?construction|chantier\w*|travaux|première\s+pierre|est\s+en\s+train\s+de\s+construire|"
        r"achev\w*|construit\w*|construisent|\bbuilt\b|under\s+construction|groundbreaking|broke\s+ground)", re.I)),
    ("signed", re.compile(
        r"(?=[spcam])(?:sign\w*|paraph\w*|convention\w*|protocole\s+d['’]\s*accord|accord\s+d['’]\s*investissement|"
        r"mémorandum|contrat\w*|agreement|memorandum)", re.I)),
    ("announced", re.compile(
        r"(?=[apecvdiwts])(?:annonc\w*|a\s+prévu|prévoit|prévoient|envisag\w*|projett\w*|compte\s+(?:construire|investir|installer|implanter)|"
        r"va\s+(?:construire|investir|installer|implanter)|devrait|choisi|plans?\s+to|announc\w*|intends?|will\s+(?:build|invest)|"
        r"to\s+(?:build|open|invest)|selected|picks?)", re.I)),
]
# A stage said in the future (`sera opérationnelle en 2026`, `will be inaugurated`) is not reached.
_FUTURE_BEFORE_RE = re.compile(
    r"\b(?:sera|seront|devrait|devraient|doit|doivent|prévue?s?\s+(?:pour|en)|will|would|to\s+be|expected)\b[^.;,]*$",
    re.IGNORECASE,
)
_HOST_BEFORE_RE = re.compile(r"(?:\bau|\baux|\ben|\bà|\bdans\s+le|\bvers\s+le|\bin|\bto)\s*$", re.IGNORECASE)
_PROJECT_BEFORE_RE = re.compile(
    r"projets?\s+(?P<of>de\s+la\s+|du\s+|de\s+l['’]\s*|de\s+|d['’]\s*)?[\"“«„]?\s*$", re.IGNORECASE
)
# Company nouns a sentence may open on to refer to a company named before it.
_COMPANY_NOUNS_REFERRING = (
    "groupe|société|entreprise|firme|constructeur|équipementier|fabricant|motoriste|avionneur|câblier|"
    "cimentier|sidérurgiste|opérateur|producteur|filiale|industriel|spécialiste|géant|leader|développeur|promoteur"
)
# A sentence that refers back to the investment or its company.
_REFERS_BACK_RE = re.compile(
    r"(?=[lcstie])\b(?:le|la|les|l['’]|ce|cet|cette|ces|son|sa|ses|the|this|these|its)\s*(?:(?!de\b|des\b|du\b|of\b)[\w$€£.,-]+\s+){0,3}?"
    r"(?:site|usine|unité|projet|investissement|extension|expansion|opération|complexe|centrale|terminal|tranche|"
    r"phase|effectif|société|groupe|entreprise|firme|constructeur|équipementier|filiale|coentreprise|consortium|"
    r"chantier|station|travaux|mine|ferme|atelier|hôtel|établissement|campus|"
    r"plant|facility|factory|project|investment|complex|company|group|firm|venture|subsidiary|workforce|works"
    r"|farm|hotel|workshop)s?\b",
    re.IGNORECASE,
)
_SITE_BEFORE_RE = re.compile(
    r"\b(?:usine|unité|site|plant|factory|facility|complexe|complex|centrale|terminal|gigafactory|projet|project)\b"
    r"[^.;]*\b(?:à|au|en|dans|near|in|at)\s+(?:la\s+|le\s+|l['’]|the\s+)?$",
    re.IGNORECASE,
)
_PRESENCE_RE = re.compile(r"implant\w*|install\w*|présent\w*|established|based|operat\w*", re.IGNORECASE)
_NEW_TOPIC_RE = re.compile(
    r"^(?:par\s+ailleurs|de\s+son\s+côté|de\s+leur\s+côté|d['’]autre\s+part|ailleurs|en\s+outre|"
    r"meanwhile|separately|elsewhere|in\s+other\s+news|also\s+on)\b",
    re.IGNORECASE,
)
_STARTS_WITH_PRONOUN_RE = re.compile(
    r"^(?:il|elle|it|ils|elles|they|montant|co[ûu]t"
    # a verbless sentence that sums up the one before (`Un projet de 11,6 milliards de dirhams, qui doit créer ...`)
    r"|(?:un|une|a|an)\s+(?:projet|investissement|chantier|project|investment)\s+(?:de|d['’]|of|worth)\b)\b",
    re.IGNORECASE,
)
# Between two companies: a parent named beside its subsidiary.
_PARENT_GAP_RE = re.compile(
    r"^\s*,?\s*(?:(?:a|an|une|la)\s+)?(?:filiale\s+(?:du\s+groupe\s+|d[eu]\s+)?|détenue?\s+par\s+|propriété\s+d[eu]\s+|subsidiary\s+of\s+|"
    r"(?:a\s+)?unit\s+of\s+|owned\s+by\s+|part\s+of\s+)(?:(?:le|la|l['’]|the)\s*)?"
    r"(?:(?-i:[A-Z][\w-]*)['’]s\s+)?(?:(?-i:[a-zà-ÿ'’-]+)\s+){0,3}$",
    re.IGNORECASE,
)
# Between two companies: partners of one joint investment (with a joint word in the sentence).
_PARTNER_GAP_RE = re.compile(r"^\s*(?:et|and|&)\s+(?:(?:le|la|les|l['’]|the)\s*)?(?:(?-i:[a-zà-ÿ'’-]+)\s+){0,3}$", re.IGNORECASE)
# Between a customer and the next company: a list of customers (`pour Renault et Stellantis`).
# (each with its town: `aux usines de Renault à Melloussa et de Stellantis à Kénitra`)
_LISTED_GAP_RE = re.compile(
    r"^\s*(?:(?:à|in|at)\s+(?-i:[A-Z])[\w'’-]*\s*)?(?:,|et|and|&|ou|or)\s*(?:(?:de|d['’]|du)\s*(?:(?:la|le|l['’])\s*)?)?$",
    re.IGNORECASE)
_JOINT_RE = re.compile(r"consortium|coentreprise|co-entreprise|joint[- ]venture|conjointement|jointly|partenaires", re.I)


@dataclass(eq=False)
class _Mention:
    kind: str  # "company" or "project"
    canonical: str
    name: str  # as written, cleaned (companies.written_name)
    start: int
    end: int
    country: str | None  # the entity's country
    sentence: int


@dataclass(eq=False)
class _Investment:
    kind: str
    mentions: list[_Mention]  # its own, then those of the parents and partners folded into it
    own: int = 0  # how many of `mentions` are its own (0: all)
    parents: list[_Mention] = field(default_factory=list)  # mentions of its parent company, if named
    sentences: set[int] = field(default_factory=set)  # where it is named as an investor
    followers: set[int] = field(default_factory=set)  # sentences that refer back to it
    metrics: list[dict] = field(default_factory=list)
    sector_hits: list[tuple[int, str]] = field(default_factory=list)  # (offset, sector id)

    @property
    def name(self) -> str:
        """The longest written form (most words, then characters), first met on ties; the
        group's own name rather than its home subsidiary's (`BYD`, not `BYD Maroc`), when the
        article writes both."""
        own = self.mentions[: self.own] if self.own else self.mentions
        names = [m.name for m in own if m.name]
        group = [n for n in names if not _HOME_SUBSIDIARY_RE.search(n)]
        return max(group if group and len(group) < len(names) else names, key=lambda n: (len(n.split()), len(n)))

    @property
    def all_sentences(self) -> list[int]:
        return sorted(self.sentences | self.followers)


# ---------------------------------------------------------------------------- mentions

# The agent of a training: `formés par l'`, `trained by the`, `accompagnés par`.
_TRAINED_BY_RE = re.compile(r"(?i:\b(?:formée?s?|trained|encadrée?s?|accompagnée?s?|coached)\s+(?:par|by)\s+"
                            r"(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?)$")


def _mentions(doc: Doc) -> list[_Mention]:
    """Company and project mentions, every written occurrence of a company's name included."""
    out: dict[tuple[int, int], _Mention] = {}
    cued = _cued_names(doc)
    for ent in doc.entities:
        if _TRAINED_BY_RE.search(doc.text, max(0, ent["start"] - 30), ent["start"]):
            continue  # `techniciens formés par l'IFMEREE de Tanger`: who trains the staff invests nothing
        company = companies.is_company(ent, doc.text) or (companies.could_be_company(ent) and ent["text"] in cued)
        kind = "company" if company else "project" if _is_project(ent, doc.text) else None
        if kind is None or (ent["start"], ent["end"]) in out:
            continue
        name = companies.written_name(doc, ent["start"], ent["end"]) if kind == "company" else ent["canonical"] or ent["text"]
        out[(ent["start"], ent["end"])] = _Mention(kind, ent["canonical"] or ent["text"], name, ent["start"], ent["end"],
                                                   ent.get("country"), doc.sentence_of(ent["start"]))
    firsts = {}
    for found in out.values():
        if found.kind == "company":
            firsts.setdefault(doc.text[found.start : found.end], found)
    taken = sorted(out)
    for start, end, written in _occurrences(doc.text, list(firsts)):
        i = bisect_left(taken, (start, end))
        if any(s < end and start < e for s, e in taken[max(0, i - 1) : i + 1]):
            continue  # already a mention (or inside one)
        found = firsts[written]
        out[(start, end)] = _Mention("company", found.canonical, "", start, end, found.country, doc.sentence_of(start))
    for m in out.values():
        if m.kind == "company":
            m.end = companies.extend_name(doc, m.start, m.end)
            m.name = companies.written_name(doc, m.start, m.end)
    return sorted(out.values(), key=lambda m: m.start)


def _cued_names(doc: Doc) -> set[str]:
    """Organisation names that some occurrence shows to be a company (a company noun or a
    nationality before it, a legal designator after it), wherever the entity row is."""
    names = {e["text"] for e in doc.entities if companies.could_be_company(e)}
    cued = {written for start, end, written in _occurrences(doc.text, names)
            if companies.has_company_cue(doc, start, companies.extend_name(doc, start, end))}
    known = cued | {e["text"] for e in doc.entities if companies.is_company(e, doc.text)}
    return cued | {n for n in names if _short_form(n, known)}


def _short_form(name: str, companies_named: set[str]) -> bool:
    """The first words of a company's name, as articles shorten it after the first mention
    (`Zeewind` for `Dutch energy group Zeewind Energie`)."""
    words = name.split()
    return len(words[0]) >= 3 and any(
        len(other.split()) > len(words) and other.split()[: len(words)] == words for other in companies_named)


def _occurrences(text: str, names) -> list[tuple[int, int, str]]:
    """(start, end, name) of every whole-word occurrence of the names (of 3 characters or
    more), left to right, the longest where several start at one place, none overlapping
    the one before: what `finditer` of `(?<!\\w)(?:longest|...|shortest)(?!\\w)` finds.
    Each name is looked for with `str.find` (compiling that regex for each document's names
    was a tenth of the relations stage)."""
    found = sorted(
        (start, -len(name), name) for name in {n for n in names if len(n) >= 3}
        for start in _whole_word_starts(text, name)
    )
    out: list[tuple[int, int, str]] = []
    for start, minus_length, name in found:
        if out and start < out[-1][1]:
            continue  # inside the one taken (or a shorter name at its start)
        out.append((start, start - minus_length, name))
    return out


def _whole_word_starts(text: str, word: str) -> list[int]:
    """Where `word` stands in `text` with no word character (`\\w`: a letter, a digit, `_`)
    right before or after it."""
    starts = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at > 0 and _is_word_char(text[at - 1])) and not (end < len(text) and _is_word_char(text[end])):
            starts.append(at)
        at = text.find(word, at + 1)
    return starts


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _is_project(ent: dict, text: str) -> bool:
    if ent["label"] not in ("ORG", "LOC", "PROGRAM"):
        return False
    before = _PROJECT_BEFORE_RE.search(text[max(0, ent["start"] - 30) : ent["start"]])
    # (a place after `projet de` is where the project stands, not its name: `le projet de
    # Dakhla`, `les projets de Jorf Lasfar et de Kénitra`; `le projet Noor Midelt` is named)
    return bool(before) and not (ent["label"] == "LOC" and before.group("of"))


# ---------------------------------------------------------------------------- one company, one row

def _same_company(a: _Mention, b: _Mention) -> bool:
    if a.kind != b.kind:
        return False
    # (the home subsidiary is the group's: `Hengtai Tyre Morocco` and `Hengtai Tyre Group`; the
    # home region before a name is the name's: `Shandong Dalun Tyre Co.` and `Dalun Tyre`)
    short, long = sorted((_name_words(a.name), _name_words(b.name)), key=len)
    prefix = len(short) >= 1 and long[: len(short)] == short
    if a.canonical.casefold() == b.canonical.casefold():
        # (two long forms that go different ways are two companies, whatever the entity
        # stage linked them to: `OCP Group` and `OCP Nutricrops`, the group's unit)
        return prefix or len(short) < 2 or a.kind != "company"
    return a.kind == "company" and prefix and len(short[0]) >= 3


def _name_words(name: str) -> list[str]:
    """A company name's words as compared: without a home subsidiary's country after it, nor
    the region or city abroad it opens with (`Ningbo Xinrui Drive Technology` -> `xinrui drive
    technology`), casefolded."""
    words = _HOME_SUBSIDIARY_RE.sub("", name).split()
    if len(words) > 1 and place_country(words[0]) not in (None, (HOME_COUNTRY,)):
        words = words[1:]
    return [w.casefold() for w in words]


# A home subsidiary's name after its group's (`BYD Maroc`, `Hengtai Tyre Morocco SARL`).
_HOME_SUBSIDIARY_RE = re.compile(r"(?<=\w)(?<!\bdu)(?<!\bde)(?<!\bof)\s+(?:Maroc|Morocco)(?:\s+(?:SA|S\.A\.|SARL|S\.A\.R\.L\.))?$")


def _group(mentions: list[_Mention]) -> list[_Investment]:
    """Mentions of one company, one group: a name joins the group whose names are all its
    short or long forms (`OCP`, `OCP Group`); a second long form that goes another way
    (`OCP Nutricrops`, `the group's fertilizer unit`) is another company."""
    groups: list[_Investment] = []
    for m in mentions:
        home = next((g for g in groups if all(_same_company(m, other) for other in g.mentions)), None)
        if home is None:
            groups.append(_Investment(m.kind, [m]))
        else:
            home.mentions.append(m)
    return groups


def _fold_partners(doc: Doc, groups: list[_Investment]) -> list[_Investment]:
    """A parent beside its subsidiary, or the partners of a joint investment, join the
    first company named (the subsidiary, the consortium's first partner)."""
    owner = {id(m): g for g in groups for m in g.mentions}
    mentions = sorted((m for g in groups for m in g.mentions if g.kind == "company"), key=lambda m: m.start)
    for left, right in zip(mentions, mentions[1:]):
        a, b = owner[id(left)], owner[id(right)]
        if a is b or left.sentence != right.sentence:
            continue
        gap = doc.text[left.start + len(left.name) if doc.text.startswith(left.name, left.start) else left.end : right.start]
        joint = _PARTNER_GAP_RE.match(gap) and _JOINT_RE.search(doc.sentence(left.sentence))
        parent = _PARENT_GAP_RE.match(gap)
        if parent or joint:
            a.own = a.own or len(a.mentions)
            a.mentions += b.mentions
            if parent:
                a.parents += b.mentions
            for m in b.mentions:
                owner[id(m)] = a
            groups = [g for g in groups if g is not b]
    return groups


# ---------------------------------------------------------------------------- sentences

def _investor_sentences(doc: Doc, groups: list[_Investment], earlier: list | None = None) -> dict[int, list[_Investment]]:
    """For each sentence, the companies it names as investors (beside an investment word,
    not as a customer), in text order. The clauses that speak of an earlier investor (`,
    qui avait investi 20 millions d'euros à Tanger en 2019`) go to `earlier`: their figures
    are no one's investment here."""
    by_sentence: dict[int, list[_Investment]] = {}
    for g in groups:
        for m in g.mentions:
            s, _ = doc.spans[m.sentence]
            rel = m.start - s
            if not _beside_invest_word(doc, m.sentence, rel):
                continue
            if g.kind == "company" and (companies.is_customer(doc, m.start, m.end, s) or _listed_after_customer(doc, m, s)
                                        or companies.is_acquired(doc, m.start, s) or companies.is_bystander(doc, m.start, m.end, s)):
                continue
            if g.kind == "company" and _earlier_investor(doc, m, s):
                if earlier is not None and _EARLIER_AFTER_RE.match(doc.text, m.end):
                    earlier.append((m.end, _clause_end(doc, m.end)))
                continue
            g.sentences.add(m.sentence)
            if g not in by_sentence.setdefault(m.sentence, []):
                by_sentence[m.sentence].append(g)
    return by_sentence


# A clause of its own: `Chinese battery makers have announced plants in Morocco, while Turkey
# is relying on its national carmaker Togg` (the plants are not Togg's).
_CLAUSE_BREAK_RE = re.compile(r",\s*(?:while|whereas|tandis\s+qu|alors\s+qu)|;", re.IGNORECASE)


def _beside_invest_word(doc: Doc, index: int, rel: int) -> bool:
    """An investment word near offset `rel` of sentence `index`, in the same clause."""
    sentence = doc.sentence(index)
    return any(_beside_invest_word_at(sentence, p, rel) for p in doc.invest_words(index))


def _beside_invest_word_at(sentence: str, p: int, rel: int) -> bool:
    return abs(p - rel) <= 200 and not _CLAUSE_BREAK_RE.search(sentence, min(p, rel), max(p, rel))


# A firm named in passing as a past or existing investor: a comparison before it (`comme X`,
# `à l'instar de X`, `like X before it`, `rejoignant X`), or an aside after it that says its
# investment was before or it is already there (`X, qui avait investi en 2019`, `X, déjà
# implanté à Tanger`, `X, which had opened a plant`, `X, already present`).
_EARLIER_BEFORE_RE = re.compile(
    r"(?:\bcomme|\bà\s+l['’]instar\s+d(?:e|u|es|['’])|\blike|\bunlike|\bcontrairement\s+(?:à|au|aux)|\brejoi\w*|\bjoin(?:s|ing|ed)?|"
    r"\bafter|\baprès|\bfollowing)"
    r"\s+(?:(?:le|la|les|l['’]|the|son|sa|ses|its|their|leur)\s*)?(?:(?-i:[a-zà-ÿ'’-]+)\s+){0,3}$",
    re.IGNORECASE,
)
_EARLIER_AFTER_RE = re.compile(
    r"\s*(?:,\s*)?(?:(?:qui|which|who|that)\s+(?:avai(?:t|ent)|had|(?:a|ont|est|sont|était|étaient|opère|has|have|is|was|were)\s+déjà|"
    r"(?:has|have|is|was|were)\s+already|already|y\s+(?:est|sont|était)\s+(?:déjà\s+)?(?:présente?s?|implantée?s?))\b"
    r"|(?:déjà|already)\s+(?:présente?s?|implantée?s?|installée?s?|établie?s?|present|established|based|active|operating|there)\b"
    r"|(?:before\s+(?:it|them|him|her)|avant\s+(?:lui|elle|eux|elles))\b"
    # a main clause in the pluperfect: `X avait investi 100 millions en 2019`, `X had opened a plant`
    r"|(?:avai(?:t|ent)|had)\s+(?:déjà\s+|already\s+)?(?:investi|invested|construit|built|ouvert|opened|inauguré|"
    r"implanté|installé|set\s+up|établi|established)\b)",
    re.IGNORECASE,
)
# ... unless the sentence goes on with its own investment after the aside (`X, qui avait
# investi en 2019, va investir 50 millions de plus`).
_RESUMES_RE = re.compile(
    r"\s*,[^.;]{0,120}?,\s*(?:(?:a|va|vient\s+d['’]|will|has|is|plans\s+to|compte|prévoit\s+d['’]|s['’]apprête\s+à|entend|now)\s+)?"
    r"(?:investi\w*|invest\w*|construi\w*|build\w*|inaugur\w*|implant\w*|ouvr\w*|open\w*|recrut\w*|étend\w*|expand\w*|"
    r"annonc\w*|announc\w*|renforc\w*)",
    re.IGNORECASE,
)


def _clause_end(doc: Doc, pos: int) -> int:
    """The end of the clause or aside that starts at `pos`: the comma that closes it (after the
    one that may open it), a semicolon, or the sentence's end."""
    _, e = doc.spans[doc.sentence_of(pos)]
    m = re.compile(r"\s*,?[^,;]*").match(doc.text, pos, e)
    return m.end() if m else e


_COORDINATED_NAMES_RE = re.compile(
    r"(?:\s*(?:,|\band\b|\bet\b)\s*(?:(?:le|la|les|l['’]|the)\s*)?(?:[a-zà-ÿ-]+\s+){0,2}"
    r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*(?=\s*(?:,|\band\b|\bet\b)))*"
)


def _earlier_investor(doc: Doc, mention: _Mention, sentence_start: int) -> bool:
    """A company named in passing as a past or existing investor, not as this sentence's,
    with no amount or jobs of its own in its clause: told with them (`comme le fabricant
    Céramique du Souss, qui a inauguré en juin une usine de 320 millions de dirhams à Thiès`),
    its investment is one the article reports."""
    earlier = _EARLIER_BEFORE_RE.search(doc.text, max(sentence_start, mention.start - 40), mention.start)
    if not earlier:
        # the aside may follow the names coordinated with it (`BTR and Shinzoom, which had announced`)
        end = _COORDINATED_NAMES_RE.match(doc.text, mention.end).end()
        if not _EARLIER_AFTER_RE.match(doc.text, end) or _RESUMES_RE.match(doc.text, end):
            return False
    clause_end = _clause_end(doc, mention.end)
    return not any(mention.end <= m["start"] < clause_end and (is_money(m["unit"]) or m["unit"] == "jobs")
                   for m in doc.metrics)


def _listed_after_customer(doc: Doc, mention: _Mention, sentence_start: int) -> bool:
    """`pour Renault et Stellantis`: a company listed right after a customer is one too."""
    end = mention.start
    for ent in reversed([e for e in doc.entities_in(sentence_start, mention.start) if e["label"] == "ORG"]):
        if not _LISTED_GAP_RE.match(doc.text[ent["end"] : end]):
            return False
        if companies.is_customer(doc, ent["start"], ent["end"], sentence_start):
            return True
        end = ent["start"]
    return False


def _refers_back(doc: Doc, index: int) -> re.Match | None:
    sentence = doc.sentence(index)
    return _STARTS_WITH_PRONOUN_RE.match(sentence) or _REFERS_BACK_RE.search(sentence[:80])


def _companies_by_sentence(groups: list[_Investment]) -> dict[int, list[tuple[int, _Investment]]]:
    """The companies each sentence names, investors or not: (start, company), in text order."""
    named: dict[int, list[tuple[int, _Investment]]] = {}
    for g in groups:
        if g.kind != "company":
            continue
        for m in g.mentions[: g.own] if g.own else g.mentions:
            named.setdefault(m.sentence, []).append((m.start, g))
    return {i: sorted(pairs, key=lambda p: p[0]) for i, pairs in named.items()}


def _another_company_told_of(doc: Doc, index: int, current: _Investment, named: dict, ref: re.Match | None) -> bool:
    """The sentence opens on another company's name (`Le site Stellantis de Kénitra a produit`:
    not one it supplies, further on), or says `cette dernière` after a sentence whose last
    company is another (`l'usine Renault ..., devant l'usine Stellantis. Cette dernière ...`).
    `ref`: the words of the sentence that refer back, if any."""
    s, _ = doc.spans[index]
    # (the name opens the sentence, or comes right after the words that refer back: `Le site Stellantis`)
    opening = max(2, ref.end() + 1) if ref is not None and ref.start() <= 2 else 2
    if any(g is not current and start - s <= opening for start, g in named.get(index, ())):
        return True
    before = named.get(index - 1)
    return bool(before) and before[-1][1] is not current and _THE_LATTER_RE.match(doc.sentence(index)) is not None


def _follow(doc: Doc, by_sentence: dict[int, list[_Investment]], named: dict | None = None) -> None:
    """Give each sentence that refers back (`Le site ...`, `The plant ...`) to the investor
    of the sentences before it, until another investor is named or the article turns to
    something else (`Par ailleurs`, `De son côté`, `Meanwhile`), within two paragraphs. A
    phrase with another nationality (`Le groupe nippon` after an Italian investor) speaks of
    another company, and so does a sentence that opens on another company's name
    (`_another_company_told_of`)."""
    named = named or {}
    current, paragraph = None, 0
    for index in range(len(doc.spans)):
        investors = by_sentence.get(index)
        if investors:
            current, paragraph = investors[0], paragraph_of(doc, index)
            continue
        if _NEW_TOPIC_RE.match(doc.sentence(index)):
            current = None
        ref = _refers_back(doc, index)
        if current is not None and _another_company_told_of(doc, index, current, named, ref):
            current = None
        if current is None or paragraph_of(doc, index) - paragraph > 2 or not ref:
            continue
        s, _ = doc.spans[index]
        other = companies.nationality_in_phrase(doc, s + ref.start(), s + ref.end())
        if other and other not in _own_countries(doc, current):
            current = None
            continue
        current.followers.add(index)
        paragraph = paragraph_of(doc, index)


def _referred_investors(doc: Doc, groups: list[_Investment], by_sentence: dict[int, list[_Investment]],
                        named: dict) -> None:
    """A sentence of investment that names no company but opens on words that refer to one
    (`Le constructeur franco-italien prévoit ... un investissement de 1,2 milliard d'euros`,
    `Le motoriste français a inauguré ... une usine de 1,3 milliard de dirhams`, `Cette
    dernière doit porter sa capacité ...`) is the investment of the last company the sentence
    before names, when the words give it no other nationality."""
    followed = {i for g in groups for i in g.followers}
    for index in range(1, len(doc.spans)):
        if index in by_sentence or index in named or index in followed or not doc.invest_words(index):
            continue
        before = named.get(index - 1)
        ref = _REFERRING_OPENING_RE.match(doc.sentence(index))
        if not before or ref is None:
            continue
        company = before[-1][1]
        s, _ = doc.spans[index]
        other = companies.nationality_in_phrase(doc, s + ref.start(), s + ref.end())
        if other and other not in _own_countries(doc, company):
            continue  # (`Le groupe nippon` after a Spanish company: another one)
        company.sentences.add(index)
        company.followers.add(index)  # (its figures and sectors go to it as a follower's do)


# The opening words of a sentence that refer to a company named just before.
_REFERRING_OPENING_RE = re.compile(
    rf"(?:(?:le|la|l['’])\s*(?:{_COMPANY_NOUNS_REFERRING})(?:\s+(?-i:[a-zà-ÿ][\w-]*)){{0,3}}"
    r"|the\s+(?:(?-i:[a-zA-Z][\w-]*)\s+){0,3}?(?:company|group|firm|carmaker|automaker|manufacturer|maker|supplier)"
    r"|(?:cette|ce)\s+derni(?:er|ère)|the\s+latter)\b",
    re.IGNORECASE,
)


# The last of the things named before (`Cette dernière doit porter ...`, `The latter plans ...`).
_THE_LATTER_RE = re.compile(r"(?i:(?:ce(?:tte)?|ces)\s+derni(?:er|ère)s?\b|the\s+latter\b)")


def _own_countries(doc: Doc, inv: _Investment) -> set[str]:
    """The countries its own mentions' cues and entity rows give."""
    own = inv.mentions[: inv.own] if inv.own else inv.mentions
    cues = {companies.nationality_before(doc, m.start, doc.spans[m.sentence][0]) for m in own}
    return {c for c in cues | {m.country for m in own} if c}


def _attach_figures(doc: Doc, groups: list[_Investment], by_sentence: dict[int, list[_Investment]],
                    earlier: list[tuple[int, int]] = ()) -> None:
    follower_of = {i: g for g in groups for i in g.followers}
    respective = _respective_owners(doc, by_sentence, earlier)
    for m in doc.metrics:
        if not is_figure(m) or any(a <= m["start"] < b for a, b in earlier):
            continue
        index = doc.sentence_of(m["start"])
        if id(m) in respective:
            respective[id(m)].metrics.append(m)
        elif index in follower_of:
            follower_of[index].metrics.append(m)
        elif index in by_sentence and (owner := _nearest(doc, by_sentence[index], index, m["start"])):
            owner.metrics.append(m)


def _respective_owners(doc: Doc, by_sentence: dict[int, list[_Investment]], earlier) -> dict[int, _Investment]:
    """`X and Y won sites for projects of $6.2 billion and $4.8 billion, respectively`: in a
    sentence that says `respectively`, as many figures of one unit as investors, in order,
    are theirs in the same order (by the figure's id)."""
    owners: dict[int, _Investment] = {}
    for index, investors in by_sentence.items():
        s, e = doc.spans[index]
        if len(investors) < 2 or not _RESPECTIVELY_RE.search(doc.text, s, e):
            continue
        named_at = {id(g): min(m.start for m in g.mentions if m.sentence == index) for g in investors}
        ordered = sorted(investors, key=lambda g: named_at[id(g)])
        figures = [m for m in doc.metrics if s <= m["start"] < e and is_figure(m)
                   and not any(a <= m["start"] < b for a, b in earlier)]
        for unit in dict.fromkeys(m["unit"] for m in figures):
            same = [m for m in figures if m["unit"] == unit]
            if len(same) == len(ordered) and all(named_at[id(g)] < f["start"] for g, f in zip(ordered, same)):
                owners.update((id(f), g) for g, f in zip(ordered, same))
    return owners


_RESPECTIVELY_RE = re.compile(r"(?i:\brespective?ly\b|\brespectivement\b)")


def _jobs_told_apart(doc: Doc, row: dict, inv: _Investment) -> None:
    """The article's one investor, with no jobs in its own sentences, takes the first jobs
    the article gives after naming it in a sentence that names no organisation (`Les deux
    entités devraient employer 240 personnes`, `L'entrée en production est prévue en 2027,
    avec à la clé 700 emplois directs`): a workforce it already has and jobs lost are not
    such jobs. With two investors or more, whose they are is not known."""
    first = min(inv.sentences)
    organisations = [e["start"] for e in doc.entities if e["label"] == "ORG"]
    for m in doc.metrics:
        index = doc.sentence_of(m["start"])
        if m["unit"] != "jobs" or not is_figure(m) or (m["value"] or 0) <= 0 or index <= first:
            continue
        s, e = doc.spans[index]
        i = bisect_left(organisations, s)
        if (i < len(organisations) and organisations[i] < e) or _STANDING_STAFF_BEFORE_RE.search(
                doc.text, max(0, m["start"] - 40), m["start"]):
            continue
        row["jobs"], row["jobs_metric_id"] = int(m["value"]), m["metric_id"]
        return


def _attach_sectors(doc: Doc, groups: list[_Investment], by_sentence: dict[int, list[_Investment]]) -> None:
    """Sector keywords of a sentence go to the investor named nearest them in it (`le projet
    Tanger-Tech ... infrastructures ... BYD ... mobilité électrique`), all those of a
    sentence that refers back to its investor."""
    for index, named in by_sentence.items():
        s, e = doc.spans[index]
        for h in doc.sectors_of(s, e):
            spots = [(min(abs(m.start - s - h.start), abs(m.end - s - h.start)), g)
                     for g in named for m in g.mentions if m.sentence == index]
            min(spots, key=lambda x: x[0])[1].sector_hits.append((s + h.start, h.sector))
    for g in groups:
        for index in g.followers:
            s, e = doc.spans[index]
            g.sector_hits += [(s + h.start, h.sector) for h in doc.sectors_of(s, e)]


def _nearest(doc: Doc, candidates: list[_Investment], index: int, pos: int) -> _Investment | None:
    """The investor named nearest before `pos` in sentence `index`, else the nearest after,
    in the figure's clause (`X a repris 400 hectares pour 35 millions, tandis que Y prévoit de
    créer 2.000 emplois`: the 35 millions are not Y's); None when no investor is named there."""
    spots = [(m, g) for g in candidates for m in g.mentions if m.sentence == index
             and not _CLAUSE_BREAK_RE.search(doc.text, min(m.start, pos), max(m.start, pos))]
    if not spots:
        return None
    before = sorted(((m, g) for m, g in spots if m.start <= pos), key=lambda x: x[0].start)
    if before:
        return _head_of_coordination(doc, before)
    return min(spots, key=lambda x: abs(x[0].start - pos))[1]


# `X and Moroccan developer Y`, `X et le marocain Y`: two companies coordinated as one subject.
_COORDINATED_GAP_RE = re.compile(r"^\s*(?:et|and|&)\s+(?:(?:le|la|les|l['’]|the)\s*)?(?:[^\W\d][\w'’-]*\s+){0,3}$",
                                 re.IGNORECASE)


def _head_of_coordination(doc: Doc, before: list[tuple[_Mention, _Investment]]) -> _Investment:
    """The last investor named before a figure, or the first of the companies coordinated
    with it as one subject (`X and Moroccan developer Y signed ... an investment of €4.6
    billion`: the consortium's lead, named first)."""
    head = len(before) - 1
    while head > 0 and _COORDINATED_GAP_RE.match(doc.text[before[head - 1][0].end : before[head][0].start]):
        head -= 1
    return before[head][1]


# ---------------------------------------------------------------------------- columns

def _company_country(doc: Doc, inv: _Investment) -> str | None:
    """The cue before a mention, else the parent's, else the entity's country, else a cue in a
    phrase that refers back (`The Emirati company`), else a nationality of firms in its sentences or the one
    before the first."""
    own = inv.mentions[: inv.own] if inv.own else inv.mentions

    def cue(mentions):
        return next((c for m in mentions if (c := companies.nationality_before(doc, m.start, doc.spans[m.sentence][0]))), None)

    def known(mentions):
        return next((m.country for m in mentions if m.country), None)

    # Its own cue; a parent's (a subsidiary's name often holds the host: `Kaizen Parts Morocco,
    # a subsidiary of Japan's Kaizen Holdings`); its own row's country; then its partners'.
    def apposition(mentions):
        return next((c for m in mentions if (c := companies.nationality_after(doc, m.end))), None)

    found = (cue(own) or apposition(own) or cue(inv.parents) or known(own) or known(inv.parents) or cue(inv.mentions)
             or known(inv.mentions))
    if found:
        return found
    for index in sorted(inv.followers):
        ref = _refers_back(doc, index)
        if ref and ref.end() > ref.start():
            s, _ = doc.spans[index]
            cue = companies.nationality_in_phrase(doc, s + ref.start(), s + ref.end())
            if cue:
                return cue
    first = min(inv.sentences)
    around = sorted(inv.sentences) + ([first - 1] if first > 0 else [])
    return companies.firms_nationality(doc, around, set()) or _country_in_its_name(doc, own) or _home_by_default(doc, inv)


def _country_in_its_name(doc: Doc, mentions: list[_Mention]) -> str | None:
    """A foreign country its name or its base says (`Zhejiang Lanhai Automobile Co.`, `Bursa
    Otomotiv`, `Emirates Meridian Holding`, `Hyderabad-based Vardhan Lifesciences`), when no
    cue gave one: a company named after a place abroad is from there."""
    for m in mentions:
        based = _PLACE_BASED_BEFORE_RE.search(doc.text, max(0, m.start - 40), m.start)
        words = [based.group("place")] if based else []
        words += [w for w in (m.name or doc.text[m.start:m.end]).split()[:2] if w[:1].isupper()]
        for word in words:
            code = place_country(word.strip(",.'’"))
            if code and code != (HOME_COUNTRY,):
                return code[0]
        found = find_countries(m.name or doc.text[m.start:m.end])
        codes = {c for f in found for c in f.codes if c != HOME_COUNTRY}
        if len(codes) == 1:
            return codes.pop()
    return None


_PLACE_BASED_BEFORE_RE = re.compile(r"(?P<place>[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)-based\s+(?:[a-z]+\s+){0,3}$")


def _home_by_default(doc: Doc, inv: _Investment) -> str | None:
    """The home country for a company the home press names with no nationality anywhere
    (`Nourane Agro`, `Manar Industries`, `Atlas Aciers SA`): it needs none for its readers."""
    if inv.kind != "company" or not _HOME_NAMED_RE.search(doc.text):
        return None
    return HOME_COUNTRY


_HOME_NAMED_RE = re.compile(r"\b(?:Maroc|Morocco|Royaume|marocaine?s?|Moroccan)\b")


def _place(doc: Doc, inv: _Investment) -> tuple[str | None, str | None]:
    """(place, its country): a known place in a project's name, else the first place in its
    sentences that is not the project's own name."""
    if inv.kind == "project":
        found = place_in(inv.name) or place_in(doc.text[inv.mentions[0].start : inv.mentions[0].end])
        if found:
            return found
    own = [(m.start, m.end) for m in inv.mentions]
    places = []
    for index in inv.all_sentences:
        s, e = doc.spans[index]
        for ent in doc.entities_in(s, e):
            if ent["label"] == "LOC" and ent.get("country"):
                if not any(a <= ent["start"] < b for a, b in own):
                    places.append(ent)
    # The plant's place (`une usine ... à Laâyoune`) before where the deal was signed (`à Abou Dhabi`).
    sited = [p for p in places if _SITE_BEFORE_RE.search(doc.text[max(0, p["start"] - 60) : p["start"]])]
    best = (sited or places or [None])[0]
    return (best["canonical"], best["country"]) if best else (None, None)


def _host_country(doc: Doc, inv: _Investment, company_country: str | None, place_country: str | None) -> str | None:
    """The country after au/en/à/in nearest a mention in its sentences (not the company's
    own), else the place's, else the country the document names most (not the company's)."""
    host, best = None, None
    for m in inv.mentions:
        if m.sentence not in inv.sentences:
            continue
        s, e = doc.spans[m.sentence]
        for ent in doc.entities_in(s, e):
            if ent["label"] != "COUNTRY" or not ent.get("country"):
                continue
            if not _HOST_BEFORE_RE.search(doc.text[max(s, ent["start"] - 12) : ent["start"]]):
                continue
            if inv.kind == "company" and ent["country"] == company_country:
                continue
            distance = abs(ent["start"] - m.start)
            if best is None or distance < best:
                best, host = distance, ent["country"]
    host = host or place_country
    if host is None:
        counts = Counter(e["country"] for e in doc.entities if e["label"] == "COUNTRY" and e.get("country"))
        others = [(n, code) for code, n in counts.items() if code != company_country]
        host = max(others)[1] if others else None
    return host


def _project_investors(doc: Doc, inv: _Investment, host: str | None) -> str | None:
    """`les opérateurs chinois ... le projet X`: a demonym in the project's sentences."""
    for index in sorted(inv.sentences):
        s, e = doc.spans[index]
        for ent in doc.entities_in(s, e):
            if (ent["label"] == "COUNTRY" and ent.get("country")
                    and ent["text"][:1].islower() and ent["country"] != host):
                return ent["country"]
    return None


def _stage(doc: Doc, sentence_ids: list[int]) -> str | None:
    """The most advanced stage any of the investment's sentences says as reached (or, for
    `announced`, as said): a stage in the future tense (`sera construit`, `sera
    opérationnelle en 2026`) is only announced."""
    said_in_future = False
    for name_stage, pattern in _STAGE_RES:
        for i in sentence_ids:
            sentence = doc.sentence(i)
            for m in pattern.finditer(sentence):
                if not _FUTURE_BEFORE_RE.search(sentence[max(0, m.start() - 25) : m.start()]):
                    return name_stage
                said_in_future = True  # `sera construit`, `will be inaugurated`: announced
    return "announced" if said_in_future else None


def _sectors(doc: Doc, inv: _Investment) -> list[str]:
    """Sector ids near its mentions and in the sentences that refer back to it, in text order; else those of the heading above them
    (`Investissements chinois dans la mobilité électrique` heads the paragraphs below it)."""
    sectors = list(dict.fromkeys(sid for _, sid in sorted(inv.sector_hits)))
    for index in sorted(inv.sentences):
        if sectors:
            break
        heading = heading_before(doc, index)
        if heading is not None:
            sectors = list(dict.fromkeys(h.sector for h in doc.sectors_of(heading[0], heading[1])))
    return sectors


def _row(doc: Doc, inv: _Investment) -> dict:
    name = inv.name
    place, place_country = _place(doc, inv)
    company_country = _company_country(doc, inv) if inv.kind == "company" else None
    host = _host_country(doc, inv, company_country, place_country)
    if inv.kind == "project":
        company_country = _project_investors(doc, inv, host)
    sectors = _sectors(doc, inv)
    counts = Counter(doc.sentence_of(m["start"]) for m in inv.metrics)
    s, e = doc.spans[max(sorted(inv.sentences), key=lambda i: (counts.get(i, 0), -i))]
    return {
        "investment_id": f"{doc.doc_id}:{stable_id(inv.kind, name, place or '')}",
        "doc_id": doc.doc_id,
        "company": name if inv.kind == "company" else None,
        "company_country": company_country,
        "project": name if inv.kind == "project" else None,
        "host_country": host,
        "place": place,
        "sector": sectors[0] if sectors else None,
        "sectors": sectors,
        **figure_columns(doc, inv.metrics),
        "stage": _stage(doc, inv.all_sentences),
        "date": doc.date,
        "mentions": len(inv.all_sentences),
        "evidence_start": s,
        "evidence_end": e,
        "evidence": doc.text[s:e],
        "run_id": doc.run_id,
        "year": doc.year,
    }


def investments(doc: Doc) -> list[dict]:
    """One row per company or project the document reports investing."""
    groups = _fold_partners(doc, _group(_mentions(doc)))
    earlier: list[tuple[int, int]] = []
    by_sentence = _investor_sentences(doc, groups, earlier)
    named = _companies_by_sentence(groups)
    _follow(doc, by_sentence, named)
    _referred_investors(doc, groups, by_sentence, named)
    groups = [g for g in groups if g.sentences]
    _attach_figures(doc, groups, by_sentence, earlier)
    _attach_sectors(doc, groups, by_sentence)
    rows = [(_row(doc, g), g) for g in groups]
    kept = [(row, g) for row, g in rows if not _only_present(doc, row, g)]
    if len(kept) == 1 and kept[0][0]["jobs"] is None:
        _jobs_told_apart(doc, *kept[0])
    return [row for row, _ in kept]


def _only_present(doc: Doc, row: dict, inv: _Investment) -> bool:
    """A company with no figure that is only named as the owner of a plant (`L'usine Stellantis
    de Kénitra a expédié`, `at the Renault plants`, `operated by Toyota`), or with no stage
    either: named near the words of investment (`Saudi Arabia's Ma'aden is also expanding in the
    market`, `sont implantées ..., dont l'équipementier Bosch`) but with no amount, no jobs, no
    capacity and no step of a project, a presence or a mention, not an investment. (Measured
    on the corpora: such rows were false four times in five.) A named project keeps its row."""
    if any(row[k] is not None for k in ("amount", "capacity")) or (
            row["jobs"] is not None and row["stage"] is not None and not _standing_staff(doc, inv)):
        return False
    named = [m for m in inv.mentions if m.sentence in inv.sentences]
    if named and all(_names_a_plant(doc, m) for m in named):
        return True
    if row["stage"] is not None:
        return False
    words = [doc.sentence(i)[p:p + 30] for i in inv.sentences for p in doc.invest_words(i)]
    if inv.kind == "company" and not _named_in_the_lead(doc, inv) and not _owns_a_project(doc, inv):
        # (but a move to come is one: `Daeyang Auto Parts et Seojin Electric s'installeront à Kénitra`)
        return not any(_FUTURE_FORM_RE.match(w) for w in words)
    return all(_PRESENCE_RE.match(w) and not _FUTURE_FORM_RE.match(w) for w in words)


def _standing_staff(doc: Doc, inv: _Investment) -> bool:
    """Whether the company's only people are those it already employs (`le motoriste Safran, qui
    y emploie 2.300 personnes`, `which employs 1,200 people there`): a workforce in the
    present, no jobs an investment creates."""
    jobs = [m for m in inv.metrics if m.get("unit") == "jobs"]
    return bool(jobs) and all(_STANDING_STAFF_BEFORE_RE.search(doc.text, max(0, m["start"] - 40), m["start"]) for m in jobs)


# A present workforce right before the headcount: `emploie`, `employs`, `compte`, `a workforce of`.
_STANDING_STAFF_BEFORE_RE = re.compile(
    r"\b(?:emploie|emploient|compte|comptent|employs|employ|counts|workforce\s+of|un\s+effectif\s+de)"
    r"(?:\s+(?:déjà|already))?(?:\s+(?:about|some|around|nearly|more\s+than|plus\s+de|près\s+de|quelque|environ))?\s*$",
    re.IGNORECASE,
)


def _owns_a_project(doc: Doc, inv: _Investment) -> bool:
    """Whether the company is named as a project's owner (`le projet du leader mondial de la
    mobilité électrique, le chinois BYD`, `the project of X`, `X's project`)."""
    for m in inv.mentions[: inv.own or None]:
        s, _ = doc.spans[m.sentence]
        if _PROJECT_OF_BEFORE_RE.search(doc.text, max(s, m.start - 90), m.start) or _PROJECT_AFTER_RE.match(doc.text, m.end):
            return True
    return False


_PROJECT_OF_BEFORE_RE = re.compile(r"(?i:\b(?:projets?|project)\s+(?:du|de|d['’]|of)\b[^.;()]{0,80}$)")
_PROJECT_AFTER_RE = re.compile(r"(?i:['’]s\s+(?:[\w-]+\s+){0,2}project\b)")


def _named_in_the_lead(doc: Doc, inv: _Investment) -> bool:
    """Whether the company is named in the article's first two paragraphs (its headline and
    lead): what the article is about, not a company named in passing."""
    return any(paragraph_of(doc, m.sentence) < 2 for m in inv.mentions[: inv.own or None])


# A plant's owner: `l'usine Stellantis`, `celle de la Somaca`, `the Renault plants`, `operated by
# Ford Otosan, Toyota and Hyundai`.
_OWNER_BEFORE_RE = re.compile(
    r"(?:\b(?:usines?|plants?|factor(?:y|ies)|sites?|celles?|celui|ceux)\s+(?:de\s+|d['’]|du\s+|des\s+)?"
    r"(?:(?:la|le|l['’])\s*)?"
    # owners coordinated, each with its town: `les usines de Renault à Melloussa et de Stellantis à Kénitra`
    r"(?:(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*)*(?:\s+(?:à|in|at)\s+(?-i:[A-Z])[\w'’-]*)?"
    r"\s*(?:,|\bet\b|\band\b)\s*(?:de\s+|d['’]|du\s+|of\s+)?(?:(?:la|le|l['’]|the)\s*)?)*"
    r"|\b(?:operated|run|owned|exploitée?s?|opérée?s?)\s+(?:by|par)\s+"
    r"(?:(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*)*\s*(?:,|\band\b|\bet\b)\s*)*"
    r"(?:(?-i:[A-Z])[\w&.'’]*-)?)$",  # `Oyak-Renault`: the part of a joint name
    re.IGNORECASE,
)
_OWNER_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:plants?|factor(?:y|ies)|sites?)\b", re.IGNORECASE)  # `Renault's plant in Tangier`
# `s'installeront`, `s'implantera`: a presence to come is an announcement.
_FUTURE_FORM_RE = re.compile(r"\w+(?:[ei]ra|[ei]ront|[ei]rait|[ei]raient)\b", re.IGNORECASE)  # s'installera, ouvrira, construira


# Investment words that only name a plant or its output (`built 559,000 vehicles`).
_PLANT_OR_OUTPUT_RE = re.compile(
    r"(?:usines?|plants?|factor(?:y|ies)|facilit(?:y|ies)|site\b)|(?:built|build\w*|construi\w*)\s+[\d]", re.IGNORECASE)


def _names_a_plant(doc: Doc, m: _Mention) -> bool:
    """Named as a plant's owner, with no other investment word in its clause (`l'extension de
    l'usine de la Société X` is an investment)."""
    s, _ = doc.spans[m.sentence]
    if not (_OWNER_BEFORE_RE.search(doc.text[max(s, m.start - 120) : m.start]) or _OWNER_AFTER_RE.match(doc.text, m.end)):
        return False
    sentence, rel = doc.sentence(m.sentence), m.start - s
    return not any(not _PLANT_OR_OUTPUT_RE.match(sentence, p) and _beside_invest_word_at(sentence, p, rel)
                   for p in doc.invest_words(m.sentence))
