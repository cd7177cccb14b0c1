"""Who is a company, its name as written, and the country its cues give.

Plain functions over a document's text and entity rows (no model): the investments rules
ask them about each organisation mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from econews.openings import guarded
from econews.legal_forms import LEGAL_FORM, is_bare_legal_form, legal_form_end
from econews.tasks.entities.names import _ORG_SUFFIX_RE
from econews.tasks.relations.document import Doc, is_heading

_LOWER_WORD = r"(?-i:[a-zà-ÿ'’-]+)"  # a lower-case word, also inside a case-insensitive pattern

# Public bodies, associations, media: they announce, finance or report investments, they
# do not make them. Searched anywhere in the name (`Moroccan Ministry of Industry`,
# `Japan International Cooperation Agency`). Banks and funds of development are financing
# (a loan, a grant), not a company's investment: they stay out of the investments table.
_INSTITUTION_RE = re.compile(
    r"\b(?:Minist\w*|Agence|Agency|Commission|Centre|Center|Association|Conseil|Council|Chambre|Chamber|"
    r"Confédération|Confederation|Fédération|Federation|Fondation|Foundation|Université|University|Institut\w*|Banque|Bank|"
    r"Fonds|Fund|Organisation|Organization|Parlement|Parliament|Gouvernement|Government|Direction|Cour|Court|"
    r"Tribunal|Ambassade|Embassy|Consulat|Secrétariat|Wilaya|Ligue|Comité|Committee|Authority|Autorité|"
    r"Department|Département|Office\s+(?:national|of|des|du|de\s+l)|National\s+Office|Union|Forces?|Royaume|Kingdom|"
    # a market or a statistics body: where a company is listed or counted, no investor
    r"Stock\s+Exchange|Exchange|Bourse|Bureau|Survey|Alliance|"
    # an event where investment is courted (`Tokyo International Conference on African
    # Development`, `Forum d'affaires`), and a state's development financier
    r"Conference|Conférence|Summit|Sommet|Forum|Congress|Congrès|Development\s+Finance|"
    # a zone's developer or manager (`Atlantic Free Zone Investment`, `Tanger Free Zone`): it hosts
    # the investors, it is none of them
    r"Free\s+Zones?|Zones?\s+Franches?|"
    r"Presse|Press|News|Média|Media|Radio|Télévision|Journal|Reuters|AFP|Bloomberg|Xinhua)\b"
    # the Moroccan press by name (`a précisé à Médias24`): a medium, not a company of the news
    r"|\b(?:M[ée]dias?\s?24|Le\s?360|Hespress|TelQuel|Le\s+Desk|L['’]\s*[ÉE]conomiste|Le\s+Matin|La\s+Vie\s+[ÉEée]co|"
    r"Finances\s+News|LesEco|Yabiladi|H24info|Barlamane|SNRT\w*)(?![\w])"
    r"|^(?:Haut|Région|CGEM|ONU|OMC|FMI|AMDIE|MAP|Masen|ONEE|JICA|KfW|BERD|BEI|BAD)\b",
    re.IGNORECASE,
)
# Nouns that introduce a company (`le groupe`, `l'équipementier`, `battery maker`), up to
# four lower-case words before the name (`Chinese wind turbine manufacturer Mingyang`).
_COMPANY_NOUNS = (
    r"société|groupe|entreprise|firme|constructeur|équipementier|fabricant|producteur|géant|leader|spécialiste|"
    r"armateur|câblier|développeur|industriel|filiale|consortium|opérateur|"
    r"company|group|firm|maker|manufacturer|producer|developer|giant|operator|carmaker|automaker|supplier|miner|house"
)
_COMPANY_HINT_BEFORE_RE = guarded(re.compile(
    rf"\b(?:{_COMPANY_NOUNS})\s+(?:{_LOWER_WORD}\s+){{0,4}}$"
    # the noun in apposition before the name: `according to its developer, Xlinks`
    rf"|\b(?:its|their|son|sa|leur)\s+(?:{_COMPANY_NOUNS}),\s*$"
    # names listed after a plural company noun: `Deux équipementiers automobiles, Daeyang Auto Parts et `
    rf"|\b(?:(?:{_COMPANY_NOUNS})[sx]|companies)(?:\s+{_LOWER_WORD}){{0,3}}\s*[,:]\s*"
    r"(?:(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*)*\s*(?:,|\bet\b|\band\b)\s*)*$",
    re.IGNORECASE,
))
# A trade as the name's last word (`Hexin Lithium`, `Gulf Gateway Ports`, `Atlas Ciments`): the
# entity stage's list of company words, with a few more that name a company only here.
_TRADE_WORD_AT_END_RE = re.compile(rf"{_ORG_SUFFIX_RE.pattern}|\s(?:Ports|Real\s+Estate|Ciments?|Cementos)$")
# `Hamburg-based`, `Abu Dhabi-based`: what is based somewhere is a firm.
_BASED_BEFORE_RE = re.compile(r"(?-i:[A-Z])[\w'’]*-based\s+$")
_LEGAL_SUFFIX = rf"S\.?A\.?S?|{LEGAL_FORM}"
_COMPANY_SUFFIX_RE = re.compile(rf"(?<![\w.])(?:{_LEGAL_SUFFIX}|Group|Groupe|Holding)(?![\w&]|\.\w)")
# A customer or supplier named in an investment sentence (`fournira l'usine Stellantis`,
# `des portes d'avion pour Airbus`, `selected Topsoe to supply`) is no investor.
_CUSTOMER_BEFORE_RE = re.compile(
    r"\b(?:fourni\w*|livr\w*|approvisionn\w*|suppl(?:y|ies|ying)|clients?|customers?|destinée?s?\s+à|"
    r"au\s+profit\s+d[eu]|pour\s+le\s+compte\s+d[eu])\s+"
    rf"(?:(?:le|la|les|l['’]|the|des|du|de|d['’]|ses|son|sa|its)\s*)?(?:{_LOWER_WORD}\s+){{0,2}}$"
    # `pour Airbus`, `for Boeing`; not `pour l'équipementier américain Lear` (an investor introduced)
    r"|\b(?:pour|for)\s+(?:(?:le|la|les|l['’]|the)\s*)?$"
    # the plants an output goes to (`livre des sièges aux usines de Renault`, `destinés aux
    # usines de Renault à Tanger`): their owners are customers
    r"|\b(?:aux|vers\s+les)\s+(?:usines|sites|lignes\s+d['’]assemblage)\s+(?:de\s+|d['’]|du\s+|des\s+)(?:(?:la|le|l['’])\s*)?$"
    # funders of another's project: `raised £100 million from investors including
    # TotalEnergies and Abu Dhabi National Energy Company`
    r"|\b(?:investors|backers|shareholders|investisseurs|actionnaires)\s+(?:including|such\s+as|like|dont|comme|parmi\s+lesquels)\s+"
    r"(?:(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*)*\s*(?:,|\band\b|\bet\b)\s*)*$",
    re.IGNORECASE,
)
# `to supply` after the name, or after the names coordinated with it (`selected Germany's
# Thyssenkrupp Nucera and Denmark's Topsoe to supply`: both are suppliers).
_SUPPLIER_AFTER_RE = re.compile(
    r"(?:\s*(?:,|\band\b|\bet\b)\s*(?:(?-i:[A-Z])[\w.-]*['’]s\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*)*)*"
    r"\s*(?:to\s+supply|pour\s+fournir|de\s+fournir)\b"
    # a buyer of the plant's output (`Nordchem AG signed a preliminary agreement to buy 200,000
    # tons of ammonia a year from the Moroccan plant`): a customer
    r"|\s+(?:has\s+|have\s+|a\s+|ont\s+)?(?:signed|agreed|signé|conclu)\s+(?:(?:an?|un|une)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|deals?|contracts?|accords?|contrats?)\s+(?:to\s+(?:buy|purchase)|d['’]\s*achat|pour\s+acheter)\b"
    r"|\s+(?:agreed|s['’]est\s+engagée?)\s+(?:to\s+(?:buy|purchase)|à\s+acheter)\b", re.IGNORECASE)
# Words a run-on name ends with (`Tianqi Nova Materials et le`, `Huayu Power to build`).
_RUN_ON_RE = re.compile(r"\s+(?:et|and|to|with|avec|pour|in|au|aux|à|en|dans|says?|said|will|a|has|have)\s+.*$|\s+(?:et|and)$")
# An organisation followed by an investment verb (an aside between commas allowed).
_INVESTS_AFTER_RE = re.compile(
    r"\s*(?:,[^,.;]{0,80},\s*)?(?:a|va|vient\s+d['’]|will|has|is|plans\s+to|compte|prévoit\s+d['’]|s['’]apprête\s+à)?\s*"
    r"(?:inaugur\w*|investi\w*|invest\w*|construi\w*|build\w*|implant\w*|ouvert|ouvr\w*|opens?\b|opened|"
    r"posé\s+la\s+première\s+pierre|pose\s+la\s+première\s+pierre|broke\s+ground)",
    re.IGNORECASE,
)
_TRAILING_FUNCTION_WORDS = {"et", "le", "la", "les", "l'", "l’", "de", "du", "des", "d'", "d’", "the", "and", "to",
                             "of", "a", "an", "à", "au", "en", "in"}
_LEADING_CUE_RE = re.compile(
    rf"^(?:(?:le|la|les|l['’]|the)\s*)?(?:{_COMPANY_NOUNS})\s+(?:{_LOWER_WORD}\s+){{0,3}}(?=(?-i:[A-Z0-9]))", re.IGNORECASE
)
# (or where it is based: `Abu Dhabi-based Falaj Energy`)
_POSSESSIVE_OWNER_RE = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:['’]s|-based)\s+(?=[A-Z0-9])")
# Between a nationality and the name: nothing but a possessive and lower-case words
# (`Chinese battery maker `, `le groupe chinois `, `l'indien `, `Germany's `, `Singapore-based `,
# `fabricant japonais de faisceaux `).
# The words must stay in the name's noun phrase: a verb or a preposition other than `de`/`of`
# ends it (`Morocco's industry ministry said on Tuesday`: no cue for `Tuesday`).
_CUE_GAP_RE = re.compile(
    r"^(?:['’]s|-based)?(?:\s+(?!(?:on|in|at|to|for|with|by|from|said|says|told|has|have|is|was|are|were|will|"
    r"à|au|aux|en|pour|avec|par|sur|dans|a|ont|est|sont|et|and|or|ou)\b)[a-zà-ÿ'’-]+)*\s*$"
)
# A demonym beside a collective noun of firms (`Turkish firms`, `groupes français`,
# `fonds souverain émirien`): the nationality of the firms the sentences go on to name.
_FIRMS_RE = re.compile(
    r"\b(?:firms?|companies|company|groups?|investors?|entreprises?|sociétés?|groupes?|investisseurs?|opérateurs?|"
    r"industriels?|fonds|filiales?)\b",
    re.IGNORECASE,
)


# (asked about each organisation name many times a document: once per name)
@lru_cache(maxsize=4096)
def is_institution(name: str) -> bool:
    return bool(_INSTITUTION_RE.search(name))


def is_company(ent: dict, text: str) -> bool:
    """An organisation that can invest: not a public body, bank, fund or medium, not a broken
    span (across a line break), and known as a company by its country (gazetteer or cue), a
    company noun before it or a legal designator."""
    if ent["label"] != "ORG" or "\n" in ent["text"] or is_bare_legal_form(ent["text"]):
        return False  # a legal form alone (`Ltd`) is no company
    name = ent["canonical"] or ent["text"]
    if is_institution(name) or is_institution(ent["text"]):
        return False
    if ent.get("country"):
        return True
    before = text[max(0, ent["start"] - 120) : ent["start"]]
    return bool(_COMPANY_HINT_BEFORE_RE.search(before) or _COMPANY_SUFFIX_RE.search(ent["text"])
                or _TRADE_WORD_AT_END_RE.search(name))


def could_be_company(ent: dict) -> bool:
    """An organisation that is no public body, bank, fund or medium (its other occurrences
    may still show it is a company: `has_company_cue`)."""
    return (ent["label"] == "ORG" and "\n" not in ent["text"] and not is_bare_legal_form(ent["text"])
            and not is_institution(ent["canonical"] or ent["text"]) and not is_institution(ent["text"]))


def has_company_cue(doc: Doc, start: int, end: int) -> bool:
    """A company noun, a nationality or where it is based right before this occurrence, a
    legal designator right after it (`German auto parts supplier Kessler`, `Abu Dhabi-based
    Nour Energy`, `Kessler Automotive GmbH`), or an investment verb it is the subject of
    (`Yazaki a inauguré`, `Yazaki will build`)."""
    before = doc.text[max(0, start - 120) : start]
    if _COMPANY_HINT_BEFORE_RE.search(before) or _BASED_BEFORE_RE.search(before) or legal_form_end(doc.text, start, end) > end:
        return True
    if _INVESTS_AFTER_RE.match(doc.text, end):
        return True
    return nationality_before(doc, start, doc.spans[doc.sentence_of(start)][0]) is not None


# A company named in an investment sentence for something else than investing (`is_bystander`):
# a landmark or incumbent, the press, an adviser quoted, a supplier the plant buys from.
_LANDMARK_CUE = (
    r"\b(?:from|near|next\s+to|close\s+to|beside|près\s+d[eu]|à\s+côté\s+d[eu]|non\s+loin\s+d[eu]|"
    r"à\s+proximité\s+d[eu]|voisin\w*\s+d[eu]|\d+\s*(?:km|kilomètres|kilometers|kilometres|miles)\s+(?:de|d['’]|from)|"
    r"déjà|already|existing|existante?s?)\s*(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+|its\s+)?"
)
_PLANT_NOUN = r"(?:usines?|plants?|sites?|factor(?:y|ies)|complexes?|assembly\s+plants?)"
# ... the plant before the name (`déjà l'usine de X`) or after it (`from the X assembly plant`)
_LANDMARK_BEFORE_RE = re.compile(
    rf"{_LANDMARK_CUE}{_PLANT_NOUN}(?:\s+{_LOWER_WORD}){{0,2}}\s+(?:de\s+|d['’]\s*|du\s+|des\s+|of\s+)?"
    r"(?:l['’]\s*|la\s+|le\s+|the\s+)?$", re.IGNORECASE)
_LANDMARK_CUE_RE = re.compile(rf"{_LANDMARK_CUE}$", re.IGNORECASE)
_PLANT_AFTER_RE = re.compile(rf"(?:\s+{_LOWER_WORD}){{0,2}}\s+{_PLANT_NOUN}\b", re.IGNORECASE)
_PRESS_OR_ADVISER_BEFORE_RE = re.compile(
    r"(?:\b(?:précisé|déclaré|confié|indiqué|expliqué|affirmé|assuré|souligné|told|said\s+to)\s+(?:à\s+)?"
    r"(?:(?:notre|nos)\s+confrères?\s+(?:de\s+|d['’]\s*)?)?"
    r"|\b(?:consulté|obtenu|vu|seen|obtained|reviewed)e?s?\s+(?:par|by)\s+"
    r"|\b(?:consultancy|consulting\s+firm|research\s+firm|law\s+firm|think\s+tank|cabinet(?:\s+de\s+conseil)?|"
    r"bureau\s+d['’]études)\s+"
    r"|\b(?:analysts?|economists?|analystes?|économistes?|study|studies|reports?|études?|rapports?|surveys?|enquêtes?)"
    r"\s+(?:at|of|by|with|de|du|d['’]|chez|par)\s+"
    rf"(?:the\s+|l['’]\s*|la\s+|le\s+)?(?:(?-i:[A-Z])[\w'’]*-based\s+)?(?:{_LOWER_WORD}\s+){{0,2}})$",
    re.IGNORECASE,
)
# A funder of the project, or one of its funders listed (`financed with support from the European
# Investment Bank and Denmark's export credit agency EIFO`, `financé par X et Y`): no investor.
_FUNDED_BY_RE = re.compile(
    r"\b(?:financed|cofinanced|co-financed|financée?s?|cofinancée?s?)\s+(?:with\s+(?:the\s+)?support\s+(?:from|of)|by|par|"
    r"avec\s+le\s+soutien\s+d[eu'’])\s+(?:[^.;]{0,100}?\b(?:and|et|,)\s+)?(?:(?:the|le|la|l['’])\s*)?"
    r"(?:(?-i:[A-Z])[\w'’]*['’]s\s+)?(?:(?-i:[a-zà-ÿ])[\w'’-]*\s+){0,4}$",
    re.IGNORECASE,
)
_SOURCED_FROM_RE = re.compile(
    r"\b(?:approvisionn\w*|achèt\w*|achet\w*|import\w*|sourc\w*|buy\w*|purchas\w*)\b[^.;]{0,80}?"
    rf"\b(?:auprès\s+d(?:e|u|es|['’])|from)\s*(?:(?:le|la|les|l['’]|the)\s*)?(?:{_LOWER_WORD}\s+){{0,2}}$",
    re.IGNORECASE,
)


def is_bystander(doc: Doc, start: int, end: int, sentence_start: int) -> bool:
    """A company its investment sentence names for something else than investing: a landmark
    or an incumbent (`à 15 km de l'usine Stellantis`, `from the Stellantis assembly plant`,
    `qui accueille déjà l'usine de Stellantis`, `le voisinage du complexe de l'OCP`), the press
    (`a précisé à Médias24`, `told Reuters`, `consulté par X`), an adviser quoted (`an analyst
    at consultancy X`, `Analysts at X expect`), a supplier the plant buys from (`s'approvisionnera en
    acide auprès d'OCP`), a funder (`financed with support from ... and Denmark's export credit
    agency EIFO`)."""
    window = max(sentence_start, start - 80)
    if _PRESS_OR_ADVISER_BEFORE_RE.search(doc.text, window, start) or _LANDMARK_BEFORE_RE.search(doc.text, window, start):
        return True
    if _LANDMARK_CUE_RE.search(doc.text, window, start) and _PLANT_AFTER_RE.match(doc.text, end):
        return True
    wide = max(sentence_start, start - 160)
    return bool(_SOURCED_FROM_RE.search(doc.text, wide, start) or _FUNDED_BY_RE.search(doc.text, wide, start))


# Customers listed after the output they take (`des faisceaux destinés aux constructeurs
# installés au Maroc et en Espagne, notamment Stellantis et Renault`, `to supply carmakers
# in Europe, including Renault`).
# The plants an output goes to, their owners named before them: `go to Renault and Stellantis plants`.
_TO_THE_PLANTS_OF_RE = re.compile(r"\b(?:to|for|supply|supplies|supplying)\s+(?:the\s+)?$", re.IGNORECASE)
_PLANTS_AFTER_NAMES_RE = re.compile(
    r"(?:\s*(?:,|\band\b)\s*(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*)*)*\s+(?:car\s+|assembly\s+)?(?:plants|factories|sites)\b",
    re.IGNORECASE)
_CUSTOMERS_LISTED_RE = re.compile(
    r"\b(?:destinée?s?\s+(?:à|aux?)|fourni\w*|livr\w*|approvisionn\w*|suppl(?:y|ies|ying)|clients|customers)\b"
    r"[^.;]{0,100}?\b(?:notamment|dont|tels?\s+que|comme|including|such\s+as)\s+"
    r"(?:(?:le|la|les|l['’]|the)\s*)?"
    r"(?:(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*)*\s*(?:,|\band\b|\bet\b)\s*)*$",
    re.IGNORECASE,
)


def is_customer(doc: Doc, start: int, end: int, sentence_start: int) -> bool:
    """A company the sentence names as a customer or supplier of the investment; an acronym
    in brackets is what the name before it is (`Abu Dhabi National Energy Company (TAQA)`)."""
    before = doc.text[max(sentence_start, start - 50) : start]
    if _CUSTOMER_BEFORE_RE.search(before) or _SUPPLIER_AFTER_RE.match(doc.text, end):
        return True
    if _TO_THE_PLANTS_OF_RE.search(before) and _PLANTS_AFTER_NAMES_RE.match(doc.text, end):
        return True  # `About 45% of production will go to Renault and Stellantis plants`
    if _CUSTOMERS_LISTED_RE.search(doc.text, max(sentence_start, start - 160), start):
        return True
    named = _NAME_BEFORE_BRACKET_RE.search(doc.text, max(sentence_start, start - 80), start)
    return bool(named) and is_customer(doc, named.start(1), named.end(1), sentence_start)


# The company whose shares are bought (`une prise de participation de 25% dans la société X`,
# `a 30% stake in X`, `l'acquisition de X`, `the takeover of X`): the buyer invests, it does not.
_ACQUIRED_BEFORE_RE = re.compile(
    r"(?:\b(?:participations?|stakes?|parts?|shares?)\b[^.;,]{0,25}?\b(?:dans|in|au\s+capital\s+d[eu])|"
    # (with the share bought: `l'acquisition de 60% du distributeur X`, `the purchase of 51% of X`)
    r"\b(?:acquisition|rachat|takeover|reprise|purchase)\s+(?:of|de|du|d['’])(?:\s*\d[\d.,]*\s*%\s+(?:of|de|du|d['’]))?|"
    # the seller of a plant (`la cession de l'usine de Bombardier à l'américain Spirit AeroSystems`)
    r"\b(?:cession|vente|sale)\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|of\s+(?:the\s+|its\s+)?)"
    r"(?:usines?|sites?|unités?|activités?|plants?|factor(?:y|ies)|business)\s+(?:de|d['’]|du|des|of))\s+"
    rf"(?:(?:le|la|les|l['’]|the)\s*)?(?:(?:{_COMPANY_NOUNS}|distributeur|distributor)(?:\s+{_LOWER_WORD}){{0,2}}\s+)?$",
    re.IGNORECASE,
)


def is_acquired(doc: Doc, start: int, sentence_start: int) -> bool:
    """A company named as the one whose shares are bought, not as an investor."""
    return bool(_ACQUIRED_BEFORE_RE.search(doc.text[max(sentence_start, start - 80) : start]))


_NAME_BEFORE_BRACKET_RE = re.compile(r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)\s*\(\s*$")


def written_name(doc: Doc, start: int, end: int) -> str:
    """The company's name as written at text[start:end], without cue words before it
    (`groupe OCP` -> `OCP`), a possessive owner (`China's Huayu Power`), words it runs on
    into (`Tianqi Nova Materials et le`, `Huayu Power to build`, `X and Germany'`), and
    with the legal designator written right after it (`Xlinks First` + ` Ltd`)."""
    name = doc.text[start:end]
    name = _LEADING_CUE_RE.sub("", name, count=1)
    name = _POSSESSIVE_OWNER_RE.sub("", name, count=1)
    name = _RUN_ON_RE.sub("", name)
    name = name.rstrip(" '’,;:")
    while len(name.split()) > 1 and name.split()[-1].lower() in _TRAILING_FUNCTION_WORDS:
        name = name.rsplit(None, 1)[0]  # `X et le`, `X and the` (never `Société marocaine de pneumatiques`)
    if len(name) == len(doc.text[start:end]):
        full = legal_form_end(doc.text, start, end)  # as written: `Co` + `., Ltd`
        if full > end:
            name = name + doc.text[end:full]
    return name.strip() or doc.text[start:end]


_NEXT_CAPITALISED_RE = re.compile(r"[ \t\u00a0]+(?:[A-Z][\w&-]*|&)(?=[\s,;:.)]|$)")
# Capitalised words after a name that are not part of it (`Hexcor CEO Daniel Whitaker`).
_ROLE_WORDS = {"CEO", "PDG", "DG", "Chairman", "President", "Président", "Directeur", "Director", "Chief", "Minister",
               "Ministre", "Vice", "Managing", "Founder", "Fondateur"}


def extend_name(doc: Doc, start: int, end: int) -> int:
    """The end of a company's name that the entities stage cut short (`Kessler` in `Kessler
    Automotive GmbH will invest`): the capitalised words right after it that no other entity
    holds and that are no title, outside headings (whose words are all capitalised)."""
    index = doc.sentence_of(start)
    if is_heading(doc.text, doc.spans[index]):
        return end
    while m := _NEXT_CAPITALISED_RE.match(doc.text, end):
        word = m.group(0).strip()
        word_start = m.end() - len(word)
        if word in _ROLE_WORDS or any(
            e["start"] <= word_start < e["end"] and not e["start"] <= start < e["end"]
            for e in doc.entities_in(word_start - 200, word_start + 1)
        ):
            break
        end = m.end()
    return end


def _countries_ending_before(doc: Doc, start: int, window: int) -> list[dict]:
    """Countries ending in the `window` characters before `start`, and a place with its
    country right before `-based` (`Abu Dhabi-based Nour Energy`: a firm based in the UAE)."""
    lo = start - window
    return [
        e for e in doc.entities_in(lo - 100, start)
        if e.get("country") and lo <= e["end"] <= start
        and (e["label"] == "COUNTRY" or (e["label"] == "LOC" and doc.text.startswith("-based", e["end"])))
    ]


def nationality_before(doc: Doc, start: int, sentence_start: int) -> str | None:
    """The country a cue right before a company's name gives it: a nationality or a
    possessive country, with only lower-case words between (`le chinois X`, `Germany's X`,
    `le groupe turc X`, `Chinese battery maker X`, `fabricant japonais de faisceaux X`)."""
    found = [e for e in _countries_ending_before(doc, start, 60) if e["start"] >= sentence_start]
    for ent in sorted(found, key=lambda e: -e["end"]):
        if _CUE_GAP_RE.match(doc.text[ent["end"] : start]):
            return ent["country"]
        break
    return None


# An apposition right after a name: `, a Japanese auto parts supplier,`, `, le groupe chinois
# spécialisé dans ...,`, `, l'équipementier allemand,`.
_APPOSITION_RE = re.compile(r",\s+(?:a|an|the|le|la|l['’]|un|une)\b\s*[^,.;()]{0,70}", re.IGNORECASE)
_COMPANY_NOUN_RE = re.compile(rf"\b(?:{_COMPANY_NOUNS})\b", re.IGNORECASE)


def nationality_after(doc: Doc, end: int) -> str | None:
    """The country an apposition after the name gives: a nationality beside a company noun
    (`X, a Japanese auto parts supplier,`, `X, l'équipementier allemand`)."""
    m = _APPOSITION_RE.match(doc.text, end)
    if not m or not _COMPANY_NOUN_RE.search(m.group(0)):
        return None
    for e in doc.entities_in(m.start(), m.end()):
        if e["label"] == "COUNTRY" and e.get("country") and e["end"] <= m.end():
            return e["country"]
    return None


def nationality_in_phrase(doc: Doc, start: int, end: int) -> str | None:
    """A nationality inside a phrase that refers to the company (`The Emirati company`)."""
    for e in doc.entities_in(start, end):
        if e["label"] == "COUNTRY" and e.get("country"):
            return e["country"]
    return None


def firms_nationality(doc: Doc, sentence_ids: list[int], exclude: set[str]) -> str | None:
    """A demonym beside a collective noun of firms in the given sentences (`Turkish firms`,
    `filiales de groupes français`, `le fonds souverain émirien`), not one of `exclude`."""
    for index in sentence_ids:
        s, e = doc.spans[index]
        for ent in doc.entities_in(s, e):
            if ent["label"] != "COUNTRY" or not ent.get("country"):
                continue
            if ent["country"] in exclude or not _is_adjective(ent["text"]):
                continue
            before = doc.text[max(s, ent["start"] - 30) : ent["start"]]
            after = doc.text[ent["end"] : min(e, ent["end"] + 12)]
            if re.search(rf"{_FIRMS_RE.pattern}(?:\s+{_LOWER_WORD})?\s+$", before, re.IGNORECASE) or _FIRMS_RE.match(after.lstrip()):
                return ent["country"]
    return None


def _is_adjective(word: str) -> bool:
    """A demonym or adjective (`chinois`, `Turkish`, `Emirati`), not a country's name."""
    return word[:1].islower() or word.endswith(("an", "ans", "ish", "ese", "i", "ch"))
