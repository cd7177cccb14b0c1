"""Names told by the words around them: what the press writes next to a company, a person
or a place says which one it is, whatever the statistical model guessed.

Each finder returns (start, end, label) spans of names in `text`; `tasks.entities` turns
them into mentions that outrank the model's (rank 2). The rules are shapes of French and
English news prose, not lists of names:

- a company cue before a name: `le groupe OCP`, `la société sud-coréenne Hyundai Rotem`,
  `le fonds souverain émirien ADQ`, `le groupement SGTM-Somagec`, `filiale de Sumitomo
  Electric Industries`, `le chinois Sunwell`, `battery maker Huayu Power Technologies`;
- a role next to a name: `le directeur général de la filiale, Karim Benslimane,`,
  `Abdelali Berrada, directeur de la zone`, `l'ambassadeur de l'Inde au Maroc, Sanjay Rana.`;
- a kind of site before a name: `le port Dakhla Atlantique`, `la centrale solaire Noor
  Midelt III`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from econews.openings import guarded

# A capitalised word of a name: `Tianqi`, `SGTM-Somagec`, `Médias24`, `A.Ş.`, `III`.
_CAP = r"[A-ZÀ-ÖØ-Þ](?:[\w&'’-]|\.(?=\w))*\.?"
# The particles inside Spanish, Italian, Portuguese, Dutch and German names (`Frutas del
# Guadalquivir`, `Banco di Napoli`, `Caixa Geral de Depósitos`, `Van der Valk`).
ROMANCE_PARTICLES = r"del|della|delle|dei|degli|di|da|do|dos|das|der|den|van|von|y|e"
# A name: capitalised words, joined by `of`/`&`/`de`... only when a capitalised word
# follows; a word with a full stop (`Co.`, or a sentence's end) ends it. Not by `and`:
# `utility Iberdrola and Moroccan phosphate giant OCP` names two.
# (Spanish, Italian, Portuguese and Dutch particles too: `Frutas del Guadalquivir`, `Cantine di
# Puglia`, `Grupo dos Santos`, `Van der Valk`, `Exportación e Inversiones`.)
_NAME = rf"{_CAP}(?:(?<!\.)[ ]+(?:(?:of|&|de|du|des|d['’]|{ROMANCE_PARTICLES})[ ]*)?{_CAP}){{0,6}}"
# A person's name: two to four capitalised words, with the particles of Arabic, Spanish and
# Dutch names (`Khatib El Hebil`, `Youssef El Alami`, `Moulay Hafid Elalamy`).
_PERSON = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+(?:[ ]+(?:(?:el|al|ben|bin|ould|ait|de|da|van|von)[ ]+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"

# Company cues, French (lower case: `Groupe Renault` may be a name, `groupe` never is) and
# English. Up to three lower-case words may qualify the cue (`sud-coréenne`, `de
# faisceaux`, `souverain émirien`) before the name.
_FR_COMPANY_CUES = (
    r"groupe|société|entreprise|firme|compagnie|constructeur|équipementier|fabricant|opérateur|"
    r"filiale|holding|fonds|groupement|consortium|géant|leader|spécialiste|cabinet|banque|assureur|"
    r"promoteur|développeur|producteur|distributeur|sous-traitant|start-up|startup|enseigne|"
    r"transporteur|armateur|laboratoire|sidérurgiste|cimentier|énergéticien|agence"
)
_EN_COMPANY_CUES = (
    r"company|firm|group|maker|carmaker|automaker|manufacturer|supplier|producer|developer|operator|"
    r"giant|conglomerate|fund|lender|utility|miner|subsidiary|startup|start-up|insurer|bank|consortium|"
    # (`state agency Conab`, `consultancy Drewry`, `container line Maersk`, `retailer Inditex`)
    r"agency|consultancy|retailer|carrier|line|exporter|importer|trader|refiner|contractor|airline|shipowner|"
    # (`Japanese trading house Kaneshin Suisan`, `fashion house X`)
    r"house"
)
# A demonym used as a noun names a company in business news: `le chinois Sunwell`,
# `l'espagnol Grupo Ferral`, `l'indien Paradeep Phosphates Limited`.
FR_DEMONYM_NOUN = _FR_DEMONYM_NOUN = (
    r"chinois|japonais|coréen|sud-coréen|indien|espagnol|français|allemand|américain|italien|turc|"
    r"britannique|émirati|saoudien|qatari|canadien|suédois|danois|norvégien|néerlandais|belge|suisse|"
    r"portugais|autrichien|finlandais|marocain|égyptien|nigérian|brésilien|mexicain|russe|israélien|"
    r"péruvien|chilien|argentin|colombien|polonais|tchèque|hongrois|roumain|grec|irlandais|luxembourgeois|"
    r"singapourien|malaisien|indonésien|vietnamien|thaïlandais|taïwanais|australien|sud-africain|kényan|"
    r"sénégalais|ivoirien|tunisien|algérien|jordanien|koweïtien|omanais|bahreïni|libanais|pakistanais|"
    r"ukrainien|slovaque|slovène|croate|serbe|bulgare"
)
_QUALIFIER = r"(?:\s+(?:de\s+|d['’])?[a-zà-ÿ][a-zà-ÿ-]*){0,3}?"
_COMPANY_RE = guarded(re.compile(
    rf"(?<![\w-])(?:(?:{_FR_COMPANY_CUES}){_QUALIFIER}|filiale\s+(?:de\s+|d['’])|(?:[Ll]e|[Ll]['’]|au|du)\s*(?:{_FR_DEMONYM_NOUN})"
    # `Hamburg-based Nordwind Hydrogen`: what is based somewhere is a company or a body
    rf"|(?:{_EN_COMPANY_CUES})|[A-Z][\w]+-based(?:[ ]+[a-z][\w-]*){{0,2}})[ ]+(?P<name>{_NAME})"
))
# Roles whose holder a comma sets beside them.
_ROLES = (
    r"directeur|directrice|président|présidente|vice-président|PDG|DG|patron|patronne|fondateur|fondatrice|"
    r"wali|gouverneur|ambassadeur|ambassadrice|ministre|secrétaire|porte-parole|responsable|conseiller|"
    r"conseillère|chef|maire|délégué|déléguée|administrateur|associé|associée|"
    r"CEO|[Cc]hief\s+[Ee]xecutive|[Cc]hairman|[Cc]hairwoman|[Dd]irector|[Mm]inister|[Aa]mbassador|[Hh]ead|"
    r"[Ss]pokesman|[Ss]pokeswoman|[Ff]ounder|[Gg]overnor|[Pp]artner|[Aa]nalyst|[Ee]conomist|[Mm]anager|"
    r"[Ss]ecretary|[Ss]trategist|[Oo]fficial|[Dd]eputy|[Pp]resident|[Vv]ice[- ][Pp]resident|[Pp]rofessor|[Rr]esearcher|"
    r"[Aa]dvis[eo]r|[Cc]onsultant|[Oo]fficer|CFO|COO|CTO"
)
_ROLE_WORD_RE = re.compile(rf"(?<![\w])(?:{_ROLES})(?![\w])")
# `le directeur général de la filiale marocaine, Karim Benslimane,`: the role, its
# complement (no clause break), a comma, the name, then the sentence goes on.
_ROLE_THEN_NAME_RE = re.compile(
    rf"(?<![\w-])(?i:{_ROLES})(?:\s[^,.;:\n«»\"]{{0,80}}?)?,\s+(?P<name>{_PERSON})(?=\s*[,.;)»]|\s+(?:a|qui|said|told|has|who)\b)"
)
# Where a role can open a `_ROLE_THEN_NAME_RE` match (every such position, overlapping ones too).
_ROLE_START_RE = re.compile(rf"(?<![\w-])(?=(?i:{_ROLES}))")
# The comma and the capital of the name after a role: `, Karim`.
_COMMA_THEN_CAPITAL_RE = re.compile(r",\s+[A-ZÀ-ÖØ-Þ]")
# What never stands between a role and the comma before the name (`_ROLE_THEN_NAME_RE`).
_CLAUSE_STOPS = ",.;:«»\""
# `Abdelali Berrada, directeur de la zone`, `Liu Zhenhai, chairman of`: the name, a comma, the role.
_NAME_THEN_ROLE_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_PERSON}),\s+(?:(?:le|la|l['’]|son|sa|the|its|their)\s*)?"
    # (an owner's possessive before the role: `Karim Zidane, Morocco's minister delegate`,
    # `Jan Harvey, REN's chief executive`, `the company's head of sales`)
    # (`Stellantis' chief operating officer`: the possessive of a name ending in s)
    r"(?:(?:[A-ZÀ-ÖØ-Þ][\w&.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&.-]*){0,2}|company|group|firm|bank|ministry|government)(?:['’]s|(?<=s)['’])\s+)?"
    rf"(?:[a-zà-ÿ-]+\s+){{0,2}}(?:{_ROLES})(?:-[a-zà-ÿ]+)?(?![\w-])"
)
# A kind of site before its name is a place: `le port Dakhla Atlantique`, `la centrale
# solaire Noor Midelt III`, `le parc éolien Aftissat`. (Not `usine`, `site`: `l'usine
# Renault` is the company's.)
_SITE_RE = guarded(re.compile(
    r"(?<![\w-])(?:port|centrale(?:\s+(?:solaire|éolienne|thermique|hydroélectrique|électrique))?|"
    r"parc(?:\s+(?:éolien|solaire|industriel|technologique))?|complexe(?:\s+(?:solaire|industriel|portuaire))?|"
    r"barrage|station(?:\s+de\s+dessalement)?|aéroport|technopole|zone\s+(?:franche|industrielle|d['’]accélération\s+industrielle))"
    rf"[ ]+(?P<name>{_NAME})"
))
# Legal designators and the words of company names (`Sumitomo Electric` + `Industries`).
COMPANY_WORDS = (
    r"Industries|Industry|Group|Groupe|Holding|Holdings|Technologies|Technology|Company|Corporation|Corp\.?|"
    r"Co\.|Co|Ltd\.?|Limited|Inc\.?|PLC|plc|LLC|SA|S\.A\.|SARL|S\.A\.R\.L\.|S\.p\.A\.|SpA|A\.Ş\.|AG|GmbH|"
    r"Systems|Materials|Energy|Power|Motors|Airlines|Airways|Bank|Capital|Partners|Logistics|Embassy|Authority|Agency|"
    # and of public bodies named after their country (`Korea Customs Service`, `Japan Bank for
    # International Cooperation`, `Saudi Fund for Development`)
    r"Service|Services|Fund|Council|Chamber|Ministry|Cooperation"
)
_COMPANY_WORDS_AFTER_RE = re.compile(rf"(?:[ ]+(?:{COMPANY_WORDS})(?![\w-]))+")
# Capitalised words that end with a company word make one name with the place before them:
# `Abu Dhabi National Energy Company`, `US Embassy`.
# (no possessive among them: `Gulf Horizon Capital and Japan's Kansai Trading Corp` are two)
_NAME_OF_PLACE_RE = re.compile(rf"(?:[ ]+(?:(?:and|of|for|&)[ ]+)?(?![\w&.-]*['’]s\b){_CAP})*[ ]+(?:{COMPANY_WORDS})(?![\w-])")
# The kinds of places a name can end with: `Tanger Med` + `Zones`, `Kenitra` + `Automotive City`.
_PLACE_WORDS_AFTER_RE = re.compile(
    rf"(?:[ ]+{_CAP}){{0,2}}?[ ]+(?:Zones?|Free\s+Zone|City|Park|Parc|Technopark|Technopole|Technopolis|Shore|Atlantique"
    r"|Port|Airport|Terminal)(?![\w-])")
# A zone, park or site named by its kind and its place, the whole name one place:
# `Technopolis Rabat`, `Zone d'accélération industrielle de Kénitra`, `Parc industriel de
# Selouane`, `Cité de l'innovation Souss-Massa`, `Zone franche de Dakhla`.
_ZONE_NAME_RE = re.compile(
    r"(?<![\w-])(?:Zone|Parc|Cité|Pôle|Plateforme|Technopole|Technopolis|Technoparc|Technopark|Agropole|Agropolis|Aéroport)"
    r"(?:[ ]+(?:de[ ]+la[ ]+|de[ ]+l['’]|d['’]|de[ ]+|du[ ]+)?[a-zà-ÿ][a-zà-ÿ-]*){0,3}"
    rf"[ ]+(?:de[ ]+la[ ]+|de[ ]+l['’]|du[ ]+|de[ ]+|d['’])?(?P<place>{_CAP}(?:(?<!\.)[ -]{_CAP}){{0,2}})"
)
_ZONE_HEADS = ("Zone", "Parc", "Cité", "Pôle", "Plateforme", "Techno", "Agropol", "Aéroport")


def finditer_if_written(pattern: re.Pattern, text: str, words: Iterable[str]) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, for a pattern each match of which holds one of `words` as
    written: a page holding none of them is not searched (a whole-page search costs ~0.1 to
    0.3 ms, looking for a few words a few microseconds)."""
    return pattern.finditer(text) if any(word in text for word in words) else iter(())


def _matches_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> list[re.Match]:
    """What `pattern.finditer(text)` finds, when `starts` (ascending) holds every position a
    match can start at: the pattern is tried there only, left to right, never inside the
    match before (as `finditer` does; `match` sees the text before `start` for lookbehinds)."""
    found = []
    after = 0
    for start in starts:
        if start >= after and (m := pattern.match(text, start)):
            found.append(m)
            after = m.end()
    return found


def _name_span(m: re.Match, group: str = "name") -> tuple[int, int]:
    """The name's span without a sentence's full stop (`Co.` and `S.A.` keep theirs)."""
    start, end = m.span(group)
    name = m.string[start:end]
    if name.endswith(".") and not re.search(rf"(?:^|\s)(?:{COMPANY_WORDS})$|(?:^|[\s.])\w\.$", name):
        end -= 1
    return start, end


# An airline named `Air` and its country, city or region (`Air China`, `Air Sénégal`, `Air
# Côte d'Ivoire`, `Air Arabia`): one name, not a country inside a phrase.
_CAPITALISED_WORD_BEFORE_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*[ ]$")
_AIRLINE_RE = re.compile(rf"(?<![\w-])(?P<name>Air[ ]+{_CAP}(?:[ ]+d['’]{_CAP}|[ ]+{_CAP}(?=[ ]+[a-zà-ÿ]))?)")


# ... or sets beside a name: `Managem, Morocco's mining group,`, `Lesieur Cristal, filiale
# du groupe Avril`, `Jet Contractors, le spécialiste des façades`.
# `Morocco's mining group`, `filiale du groupe Avril`, `le groupe hospitalier`; but `in
# Tarfaya, the company said` is the next clause's subject, not an apposition.
_COMPANY_APPOSITION_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME}),[ ]+"
    rf"(?:(?:le|la|l['’]|un|une|an?|the)[ ]*)?(?:{_CAP}['’]s[ ]+)?(?P<mods>(?:[\w-]+[ ]+){{0,3}}?)"
    rf"(?:{_FR_COMPANY_CUES}|{_EN_COMPANY_CUES})(?![\w-])"
    r"(?![ ]+(?:said|says|told|added|announced|has|had|is|was|will|would|a|ont|est|avait|va|sera)\b)"
)


# `équipementier français basé à Toulouse`, `supplier based in Lyon`: the cue's qualifier
# says where the company is, and the name after it is that place's.
_LOCATIVE_RE = re.compile(
    r"(?i)\b(?:basée?s?|installée?s?|implantée?s?|située?s?|établie?s?|based|located|headquartered)\b"
    r"|\s(?:à|au|aux|en|dans|in|at|near)\s+$")


def company_cue_spans(text: str) -> list[tuple[int, int, str]]:
    """Names a company cue introduces or sets apart (`le groupe OCP`, `battery maker
    Huayu Power`, `Managem, Morocco's mining group`), and airlines named `Air` and their
    country (`Air China`)."""
    found = [_name_span(m) for m in _COMPANY_RE.finditer(text) if not _LOCATIVE_RE.search(text, m.start(), m.start("name"))]
    # (not a person with a role in the company: `Mostafa Terrab, président-directeur général du groupe`)
    found += [
        _without_opener(text, *_name_span(m)) for m in _matches_at(_COMPANY_APPOSITION_RE, text, _names_before_commas(text))
        if not any(w.lower() in _function_words() - {"de", "du", "des"} for w in m.group("mods").split())
        and not _ROLE_WORD_RE.search(m.group("mods"))
    ]
    # (not the end of a longer name: `Royal Air Maroc`, `TAP Air Portugal`)
    found += [_name_span(m) for m in finditer_if_written(_AIRLINE_RE, text, ("Air ",))
              if not _CAPITALISED_WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())]
    return [(start, end, "ORG") for start, end in found if end > start]


def person_cue_spans(text: str) -> list[tuple[int, int, str]]:
    """Names a role sets beside them with a comma."""
    found = [_name_span(m) for m in _role_then_name_matches(text)]
    found += [_without_opener(text, *_name_span(m)) for m in _matches_at(_NAME_THEN_ROLE_RE, text, _names_before_commas(text))]
    return [(start, end, "PERSON") for start, end in found if " " in text[start:end]]


def _role_then_name_matches(text: str) -> list[re.Match]:
    """`_ROLE_THEN_NAME_RE.finditer(text)`, tried only where a role opens the clause that
    ends with `, Name` (~5 % of a page): nothing of `_CLAUSE_STOPS` stands in a role or
    its complement, so the role starts after the last of them before the comma."""
    starts: set[int] = set()
    for comma in _COMMA_THEN_CAPITAL_RE.finditer(text):
        clause_start = max(text.rfind(stop, 0, comma.start()) for stop in _CLAUSE_STOPS) + 1
        starts.update(m.start() for m in _ROLE_START_RE.finditer(text, clause_start, comma.start()))
    return _matches_at(_ROLE_THEN_NAME_RE, text, sorted(starts))


# A run of the characters names are made of (`_NAME`, `_PERSON`: words, `&`, apostrophes,
# hyphens, full stops, spaces) that a comma and a blank end: `Managem, ...`, `Karim Benslimane, ...`.
_NAME_RUN_BEFORE_COMMA_RE = re.compile(r"(?<![\w&'’. -])[\w&'’. -]++(?=,\s)")
# Where a name can start: a capital that no word, apostrophe or hyphen precedes.
_NAME_START_RE = guarded(re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ]"))


@lru_cache(maxsize=4)
def _names_before_commas(text: str) -> tuple[int, ...]:
    """Every position where a name that a comma follows (`_COMPANY_APPOSITION_RE`,
    `_NAME_THEN_ROLE_RE`) can start: the capitals of the runs of name characters before
    `, ` (the patterns are tried there only, see `_matches_at`)."""
    return tuple(start.start() for run in _NAME_RUN_BEFORE_COMMA_RE.finditer(text)
                 for start in _NAME_START_RE.finditer(text, run.start(), run.end()))


def _without_opener(text: str, start: int, end: int) -> tuple[int, int]:
    """`Selon Abdelali Berrada`: a capitalised function word opening the sentence is no
    part of the name."""
    first = text[start:end].split()[0]
    if first.lower() in _function_words():
        start += len(first) + 1
        while start < end and text[start].isspace():
            start += 1
    return start, end


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR

    return frozenset(FR | EN) - {"el", "al", "ben", "de", "da"}


# A region named with its kind after it, in English (`in Mato Grosso state`, `Gujarat province`).
_REGION_KIND_AFTER_RE = re.compile(rf"(?<![\w-])(?P<name>{_CAP}(?:[ ]+{_CAP}){{0,2}})[ ]+(?:state|province|region|prefecture)\b")
_REGION_KINDS = ("state", "province", "region", "prefecture")  # (one in every match: `finditer_if_written`)


# A border crossing is a place: `le poste frontalier d'El Guerguerat`, `the border crossing at Ceuta`.
_CROSSING_RE = re.compile(
    r"(?<![\w-])(?:poste[- ]frontière|poste\s+frontalier|passage\s+frontalier|point\s+de\s+passage(?:\s+frontalier)?"
    rf"|border\s+(?:crossing|post|point))[ ]+(?:de[ ]+|du[ ]+|d['’]|of[ ]+|at[ ]+)?(?P<name>{_NAME})")
_CROSSING_WORDS = ("poste", "passage", "border")
# A site named before its kind, in English: `the Haliopolis industrial park`, `Akoupe-Zeudji industrial zone`.
_SITE_KIND_AFTER_RE = re.compile(
    rf"(?<![\w-])(?!(?:The|A|An|Its|Their|This|In|At)\b)(?P<name>{_CAP}(?:[ ]+{_CAP}){{0,2}})[ ]+(?:industrial|business|logistics|free|special\s+economic)[ ]+"
    r"(?:park|zone|estate|area|hub)\b")
_SITE_KINDS = ("industrial", "business", "logistics", "free", "special")
# A mine or a deposit named by its place: `the Boto mine`, `its Tizert copper mine`, `the Bou
# Azzer cobalt mine`, `la mine de cuivre de Tizert`, `la mine d'Imiter`, `le gisement de Tafrent`.
_WORD = r"[A-ZÀ-ÖØ-Þ][\w-]*(?![\w'’])"  # (no possessive: `Managem's Bou Azzer mine`)
_ORES = r"(?:copper|gold|silver|zinc|lead|cobalt|phosphate|iron(?:\s+ore)?|manganese|tin|lithium|coal|uranium|copper-silver|polymetallic)"
_MINE_RE = re.compile(
    rf"(?<![\w'’-])(?!(?:The|A|An|Its|Their|This|In|At|Our)\b)(?P<name>{_WORD}(?:[ -]+{_WORD}){{0,2}})[ ]+(?:{_ORES}[ ]+)?(?:mine|deposit)\b"
    rf"|(?<![\w-])(?:mine|gisement)(?:[ ]+(?:d['’]or|d['’]argent|de[ ]+(?:cuivre|zinc|plomb|cobalt|fer|charbon|phosphate|manganèse|étain|lithium)))?"
    rf"[ ]+(?:de[ ]+|d['’]|du[ ]+)?(?P<name2>{_NAME})"
)
_MINE_WORDS = ("mine", "deposit", "gisement")


def site_cue_spans(text: str) -> list[tuple[int, int, str]]:
    """Names a kind of site introduces (`le port Dakhla Atlantique`), zones named by their
    kind and their place (`Technopolis Rabat`, `Parc industriel de Selouane`), and regions
    named before their kind (`Mato Grosso state`)."""
    found = [(*_name_span(m), "LOC") for m in _SITE_RE.finditer(text)]
    found += [(*_name_span(m), "LOC") for m in finditer_if_written(_REGION_KIND_AFTER_RE, text, _REGION_KINDS)]
    found += [(*_name_span(m), "LOC") for m in finditer_if_written(_CROSSING_RE, text, _CROSSING_WORDS)]
    found += [(*_name_span(m), "LOC") for m in finditer_if_written(_SITE_KIND_AFTER_RE, text, _SITE_KINDS)]
    found += [(*_name_span(m, "name" if m.group("name") else "name2"), "LOC") for m in finditer_if_written(_MINE_RE, text, _MINE_WORDS)]
    found += [(m.start(), _name_span(m, "place")[1], "LOC") for m in finditer_if_written(_ZONE_NAME_RE, text, _ZONE_HEADS)]
    return found


def company_words_after(text: str, end: int) -> int:
    """Where a company's name ends when company words follow it (`Sumitomo Electric` +
    ` Industries`): `end` when none does."""
    m = _COMPANY_WORDS_AFTER_RE.match(text, end)
    return m.end() if m else end


_PARTICLE_NAME_AFTER_RE = re.compile(rf"[ ]+(?:{ROMANCE_PARTICLES})[ ]+{_CAP}(?:[ ]+{_CAP})*")


def particle_name_after(text: str, end: int) -> int:
    """Where an organisation's name goes on over a particle (`Frutas` + ` del Guadalquivir`,
    `Banco` + ` di Napoli`): `end` when none follows."""
    m = _PARTICLE_NAME_AFTER_RE.match(text, end)
    return _name_span(m, 0)[1] if m else end


def place_words_after(text: str, end: int) -> int:
    """Where a place's name ends when a kind of place follows it (`Tanger Med` + ` Zones`)."""
    m = _PLACE_WORDS_AFTER_RE.match(text, end)
    return m.end() if m else end


def organisation_named_after_place(text: str, end: int) -> int:
    """Where an organisation named after the place ending at `end` ends (`Abu Dhabi` +
    ` National Energy Company`, `US` + ` Embassy`), on the same line; `end` when none."""
    m = _NAME_OF_PLACE_RE.match(text, end)
    # on the same line and in the same sentence: `with Spain and Portugal. Airlines have
    # added` is two sentences, not `Portugal Airlines`
    return m.end() if m and "\n" not in m.group(0) and not _SENTENCE_STOP_RE.search(m.group(0)) else end


_SENTENCE_STOP_RE = re.compile(r"[a-zà-ÿ]{4}[.!?]\s")


# `National Office of Electricity` + ` and Drinking Water`: an institution's name of the
# shape `X of A and B` that the model stopped at `and`.
_AND_PART_RE = re.compile(rf"[ ]+and[ ]+{_CAP}(?:[ ]+{_CAP})*")


def and_part_after(text: str, start: int, end: int) -> int:
    """Where an `X of A` or `X for A` name goes on with ` and B` (capitalised words);
    `end` otherwise (`Ministry for Economic Affairs` + ` and Energy`)."""
    if " of " not in text[start:end] and " for " not in text[start:end]:
        return end
    m = _AND_PART_RE.match(text, end)
    return m.end() if m else end


# A French institution named by its head noun and what it is of: `Chambre officielle de
# commerce d'Espagne au Maroc`, `Conseil de la Région Casablanca-Settat`, `Université de Rabat`.
# (Here and below the heads' first letters are looked at first, before the look behind: a
# third less of a page's search.)
_INSTITUTION_RE = re.compile(
    r"(?=[ABCEFIOUÉ])(?<![\w-])(?:Chambre|Agence|Office|Conseil|Fédération|Confédération|Association|Banque|Bourse|Caisse|Fonds|"
    r"Institut|Centre|Observatoire|Autorité|Commission|Comité|Union|Université|École|Ecole|Fondation)"
    r"(?:\s+(?!de\b|du\b|des\b|d['’]|au\b|en\b|et\b|à\b)[a-zà-ÿ][a-zà-ÿ-]*|\s+(?:et\s+)?(?:de|d['’])\s*[a-zà-ÿ][a-zà-ÿ-]*){0,4}?"
    rf"\s*(?:\s(?:de\s+la|de\s+l['’]|du|des|de)\s*|\sd['’])(?P<place>{_CAP}(?:(?<!\.)[ -]{_CAP}){{0,3}})"
    rf"(?:(?<!\.)[ ]+(?:au|en|du)[ ]+{_CAP})?"
)
_INSTITUTION_HEADS = (
    "Chambre", "Agence", "Office", "Conseil", "Fédération", "Confédération", "Association", "Banque", "Bourse", "Caisse",
    "Fonds", "Institut", "Centre", "Observatoire", "Autorité", "Commission", "Comité", "Union", "Université", "École",
    "Ecole", "Fondation")
# A byline kept in the text (`Par Younes Tantaoui`, `By Sara Zouiten`) and a signature line
# (`Nadia DREF`, `Mohamed CHAOUI`): the author, a person unless the name is a known source.
# (and a contributor's line under a wire story: `— With assistance from Layla Haddad`)
_BYLINE_NAME_RE = re.compile(
    rf"^(?:(?:(?i:rédigé|rédigée|écrit|écrite|publié|publiée|posted|written)\s+)?(?i:par|by|por)"
    rf"|[—–-]+\s*(?i:with\s+assistance\s+from|avec\s+la\s+(?:collaboration|contribution)\s+de))\s+(?P<name>{_PERSON})"
    # a second author: `By Jane Roe and John Doe`, `Par Leila Alami et Omar Tazi`
    rf"(?:\s+(?:and|et|&)\s+(?P<second>{_PERSON}))?"
    r"(?=\s*$|\s*[|,;–—]|\s+-\s|\s+(?i:le|on|à|au|at|in|dans)\s|\s+\d)", re.M)
# `Amine Rahmouni, correspondant à Dakar`, `Hamza Guessous, envoyé spécial`: a reporter's line.
_REPORTER_LINE_RE = re.compile(
    rf"^(?!(?i:par|by|por)\s)(?P<name>{_PERSON}),[ ]+(?i:correspondante?|envoyée?\s+spéciale?|journaliste|reporter|correspondent|special\s+correspondent|staff\s+writer)\b",
    re.M)
_SIGNATURE_RE = re.compile(r"^(?P<name>[A-ZÀ-Ý][a-zà-ÿ-]+(?:[ ]+[A-ZÀ-Ý][a-zà-ÿ-]+)?[ ]+[A-ZÀ-Ý]{2,}(?:[ -][A-ZÀ-Ý]{2,})?)\s*$", re.M)


# ... or by a person's name and their mission: `Fonds Mohammed VI pour l'investissement`,
# `Fondation Mohammed V pour la solidarité`, `Université Mohammed VI Polytechnique`.
_NAMED_INSTITUTION_RE = guarded(re.compile(
    r"(?=[ACFIOU])(?<![\w-])(?:Fonds|Fondation|Université|Institut|Centre|Agence|Office)"
    rf"[ ]+{_CAP}(?:[ ]+{_CAP}){{0,3}}"
    r"(?:[ ]+pour[ ]+(?:l['’]|la[ ]+|le[ ]+|les[ ]+)?[a-zà-ÿ-]+(?:[ ]+et[ ]+(?:l['’]|la[ ]+|le[ ]+|les[ ]+)?[a-zà-ÿ-]+)?"
    # ... its mission's adjective (`pour le développement international`)
    r"(?:[ ]+[a-zà-ÿ-]+(?:al|ales?|aux|iques?|aires?|ables?|elles?|iennes?|ives?)(?![\w'’-]))?"
    # ... and its seat (`Université Mohammed V de Rabat`)
    rf"|[ ]+(?:de|d['’])[ ]*{_CAP}(?![ ]+{_CAP}))?"
    # ... and stops where its name does (`Office National` + ` de l'Electricité ...` goes on)
    r"(?![\w'’-])(?![ ]+(?:de|du|des|d['’]|of)[ ]*(?:la[ ]+|l['’])?[A-ZÀ-Ý])"
))
_NAMED_INSTITUTION_HEADS = ("Fonds", "Fondation", "Université", "Institut", "Centre", "Agence", "Office")


# An English institution: capitalised words before its head noun and what it is of or for
# (`Casablanca Stock Exchange`, `US Census Bureau`, `General Authority for Investment and
# Free Zones`, `German-Moroccan Chamber of Commerce and Industry`, `Bank of Africa`). A
# possessive is its owner, not part of it (`Egypt's General Authority ...`).
EN_INSTITUTION_HEADS = (
    r"Agency|Authority|Bank|Bureau|Chamber|Commission|Council|Embassy|Consulate|Exchange|Federation|Fund|Institute|Ministry|Office|"
    r"Association|Alliance|Survey|Board|Administration|Organi[sz]ation|Confederation|Foundation"
)
_EN_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&-]*(?![\w'’&-]))"
_EN_INSTITUTION_RE = guarded(re.compile(
    rf"(?<![\w'’.-])(?P<pre>(?:{_EN_WORD}[ ]+(?:(?:and|&)[ ]+(?=[A-Z]))?){{0,5}})(?P<head>{EN_INSTITUTION_HEADS})(?![\w'’-])"
    rf"(?P<of>[ ]+(?:of|for|on)[ ]+(?:the[ ]+)?{_EN_WORD}(?:[ ]+(?:(?:and|&)[ ]+)?{_EN_WORD})*)?"
))
_EN_INSTITUTION_HEADS = tuple(EN_INSTITUTION_HEADS.replace("Organi[sz]ation", "Organisation|Organization").split("|"))


def _en_institution(m: re.Match) -> tuple[int, int] | None:
    """The span of an English institution's name, without the function words, months or
    days that open its sentence (`In`, `The`, `On Monday`); None for a head alone."""
    from econews.countries import code_for, find_countries

    start = m.start()
    parts = re.split(r"[ ]+(?:and|&)[ ]+", m.group("pre"))
    if len(parts) > 1 and (code_for(parts[0].strip()) or not parts[-1]):
        # `Spain and European Investment Bank`, `Banque Centrale Populaire and Bank of Africa`:
        # two names (a country, or a name and a head opening the next)
        start += len(m.group("pre")) - len(parts[-1])
    for word in m.string[start:m.start("head")].split():
        opener = not word.isupper() and word.lower() in _function_words() or word in _CALENDAR_WORDS
        # `Moroccan Ministry of Industry`: the ministry is `Ministry of Industry` (not so an agency)
        demonym = m.group("head") == "Ministry" and any(c.start == 0 and c.end == len(word) for c in find_countries(word))
        if not (opener or demonym):
            break
        start += len(word) + 1
        while m.string[start] == " ":
            start += 1
    if start == m.start("head") and not m.group("of"):
        return None  # `Bank` alone: the rest of the name is elsewhere (`Bank Al-Maghrib`)
    return start, m.end()


_CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December".split())


def institution_spans(text: str) -> list[tuple[int, int, str]]:
    """Institutions named by their head noun and their place, field or patron."""
    found = [(m.start(), _name_span(m, 0)[1], "ORG") for m in finditer_if_written(_INSTITUTION_RE, text, _INSTITUTION_HEADS)]
    found += [(m.start(), _name_span(m, 0)[1], "ORG")
              for m in finditer_if_written(_NAMED_INSTITUTION_RE, text, _NAMED_INSTITUTION_HEADS)]
    found += [(*span, "INSTITUTION")
              for m in finditer_if_written(_EN_INSTITUTION_RE, text, _EN_INSTITUTION_HEADS) if (span := _en_institution(m))]
    return found


def author_spans(text: str) -> list[tuple[int, int, str]]:
    """The authors of bylines (`AUTHOR`: a person, whatever the model took the name for) and
    signature lines (`SIGNATURE`: a weaker cue, a
    line such as `Bourse MASI` has the same shape); not a newsroom (`By Reuters Staff`)."""
    bylines = list(_BYLINE_NAME_RE.finditer(text))
    found = [(*_name_span(m), "AUTHOR") for m in bylines]
    found += [(*_name_span(m, "second"), "AUTHOR") for m in bylines if m.group("second")]
    found += [(*_name_span(m), "SIGNATURE") for m in _SIGNATURE_RE.finditer(text)]
    found += [(*_name_span(m), "AUTHOR") for m in _REPORTER_LINE_RE.finditer(text)]
    return [(start, end, kind) for start, end, kind in found if not _NEWSROOM_RE.search(text[start:end])]


_NEWSROOM_RE = re.compile(r"(?i)\b(?:staff|team|desk|rédaction|redaction|editorial|newsroom|agence|agency|wire)\b")
