"""Names that go on past the span found (`Sumitomo Electric` + `Industries`, `Tanger Med` +
`Zones`, `Conseil de la Région` + `Casablanca-Settat`), acronyms joined with their long
form, short forms with their long one, and names kept flat."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import groupby

from econews.countries import code_for, find_countries, place_country
from econews.tasks.entities import cues as entity_cues

from econews.tasks.entities.names import (
    canonical_person,
    Mention,
    _ALIAS_RE,
    _INSTITUTION_HEAD_RE,
    _ORG_SUFFIX_RE,
    _PLACE_WORD_RE,
    _clean_spaces,
    _in_title_case_line,
    _overlaps,
    canonical_org,
    has_legal_form,
    legal_form_end,
)

# What an institution is of (`Banque de France`, `Export-Import Bank of Korea`, `Bank of the
# Philippines`).
_OF = r"\s+(?:de|du|des|de\s+la|de\s+l['’]|d['’]|of|of\s+the)\s*"


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
            and (prev.rank <= 1 or (prev.rank == 2 and _INSTITUTION_HEAD_RE.match(text, prev.start)))
            and (
                # (an institution a cue found too: `Banque des États` + ` de l'` + `Afrique centrale`)
                (m.label == "LOC" and re.fullmatch(r"[^\S\n]+|" + _OF, glue) and (prev.rank <= 1 or glue.strip()))
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


def _with_home_region_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """A company named after its home region or city abroad (`Zhejiang` + ` Roadking Tyre
    Co.`, `Ningbo` + ` Tuopu Group`) where the model left the place word out of the name and
    no other mention took it: the word is the name's first, and the place is its country."""
    out: list[Mention] = []
    for m in mentions:
        before = _PLACE_WORD_BEFORE_RE.search(text, max(0, m.start - 30), m.start) if m.label == "ORG" else None
        if (
            before
            and (has_legal_form(text[m.start:m.end]) or _ORG_SUFFIX_RE.search(text[m.start:m.end]))
            and (not out or out[-1].end <= before.start())
            and (codes := place_country(before.group(1)))
        ):
            m = replace(m, start=before.start(), canonical=canonical_org(text[before.start():m.end]), codes=codes)
        out.append(m)
    return out


# One capitalised word right before a name (`le chinois Zhejiang ...`, `China's Ningbo ...`).
_PLACE_WORD_BEFORE_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[ ]$")


def _merge_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names glued to the next that make one: a group's unit in a country (`UBC Egypt`,
    `Banque Atlantique Cameroun`, `BOA-Sénégal`), a zone named after a person (`Mohammed VI`
    + `Tangier Tech City`)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        glue = text[prev.end:m.start] if prev is not None else ""
        if prev is not None and m.label == "COUNTRY" and _subsidiary_glue(text, prev, m, glue):
            out[-1] = replace(prev, end=m.end, canonical=canonical_org(text[prev.start:m.end]), codes=m.codes)
            continue
        if (prev is not None and prev.label == "PERSON" and m.label == "LOC" and glue == " "
                and _PLACE_WORD_RE.search(text[m.start:m.end])):
            out[-1] = replace(m, start=prev.start, canonical=_clean_spaces(text[prev.start:m.end]))
            continue
        out.append(m)
    return out


def _subsidiary_glue(text: str, org: Mention, country: Mention, glue: str) -> bool:
    """An organisation and a country glued by one space or a hyphen, the organisation an
    acronym or a bank's or group's name already with its country-less form: the unit."""
    if glue not in {" ", "-"} or org.label != "ORG" or country.rank < 3:
        return False
    name = text[org.start:org.end]
    return bool(re.fullmatch(r"[A-Z]{2,6}", name) or _INSTITUTION_HEAD_RE.match(name))


def _link_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """`Long Form (ACR)` / `Long Form « Alias »`: the alias and the long form become one
    organisation named by the long form, and every other mention of the alias follows."""
    out = list(mentions)
    alias_canon: dict[str, Mention] = {}
    for m in _ALIAS_RE.finditer(text):
        alias = m.group(1) or m.group(2)
        if " " in alias and not code_for(alias.split()[-1]):
            continue  # two words in brackets: an acronym and its seat's country only
        if _DASH_AFTER_RE.match(text, m.end()):
            continue  # `Rabat (AFP) –`: a wire dateline's agency, not the city's acronym
        before_end = m.start()  # (where the text before the bracket ends, blanks aside)
        while before_end and text[before_end - 1].isspace():
            before_end -= 1
        long_form = _long_form_before(text, out, before_end, alias)
        if long_form is None:
            continue
        if long_form not in out:
            # the long form replaces the model's pieces of it and carries the countries
            # named inside it (`China Railway Construction Corporation (CRCC)`)
            # (a gazetteer's place inside a name its acronym spells is part of the name:
            # `Gulf Gateway Ports (GGP)`, not the Gulf)
            spelled = _spells(text[long_form.start : long_form.end], alias)
            inside = [k for k in out if long_form.start <= k.start and k.end <= long_form.end
                      and (k.rank <= 2 or k.label == "COUNTRY" or spelled)]
            if all(k in inside or not _overlaps(long_form, k) for k in out):
                codes = {c for k in inside if k.label == "COUNTRY" for c in k.codes}
                if not long_form.codes and len(codes) == 1:
                    long_form = replace(long_form, codes=tuple(codes))
                out = [k for k in out if k not in inside] + [long_form]
            else:
                continue
        known = _known_alias(out, m.start(1) if m.group(1) else m.start(2), alias)
        if known is not None and long_form.rank < 3:
            # the gazetteer knows the acronym, not this spelling of the long form (`Office Cherifien
            # des Phosphates (OCP)`): the long form is the acronym's organisation
            out = [replace(k, label=known.label, canonical=known.canonical, codes=known.codes) if k is long_form else k for k in out]
            long_form = replace(long_form, label=known.label, canonical=known.canonical, codes=known.codes)
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
            # the country of a two-word alias (`AmCham Morocco`) is part of it
            inside = [k for k in linked if k.label == "COUNTRY" and cand.start <= k.start and k.end <= cand.end and " " in alias]
            if all(not _overlaps(cand, k) for k in linked if k not in inside):
                linked = [k for k in linked if k not in inside] + [cand]
    return sorted(linked, key=lambda m: m.start)


def _known_alias(mentions: list[Mention], start: int, alias: str) -> Mention | None:
    """The gazetteer's mention of the alias in brackets at `start`, if it knows it."""
    return next((k for k in mentions if k.start == start and k.end == start + len(alias) and k.rank >= 3), None)


_DASH_AFTER_RE = re.compile(r"[ ]*[-–—]")


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


def _spells(name: str, acronym: str) -> bool:
    """Whether the capitals of `name`'s words spell `acronym` (`Gulf Gateway Ports`, `GGP`)."""
    initials = "".join(w[0] for w in re.findall(r"[\w'’-]+", name) if w[0].isupper())
    return initials.upper() == acronym.replace(".", "").upper()


def _initials_long_form(text: str, before_end: int, acronym: str) -> Mention | None:
    """The words right before `(ACR)` whose capitals spell it, else the institution name
    (`Centre marocain de recherche ...`) that runs up to it."""
    line_start = max(text.rfind("\n", 0, before_end), text.rfind(". ", 0, before_end), text.rfind(",", 0, before_end)) + 1
    words = list(re.finditer(r"[\w'’-]+\.?", text[line_start:before_end]))
    for k in range(1, min(12, len(words)) + 1):
        start = line_start + words[-k].start()
        if words[-k].group(0)[0].isupper() and _spells(text[start:before_end], acronym):
            return Mention(start, before_end, "ORG", canonical_org(text[start:before_end]), rank=2)
    heads = list(_INSTITUTION_HEAD_RE.finditer(text, line_start, before_end))
    if heads and before_end - heads[-1].start() <= 90:
        start = heads[-1].start()
        return Mention(start, before_end, "ORG", canonical_org(text[start:before_end]), rank=2)
    return None


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


# `du Grand Casablanca`, `Greater Casablanca`: the city's region is named with its city.
_GREATER_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:Grand|Greater)[ ]+$")


def _extend_place_name(text: str, m: Mention) -> Mention:
    span = text[m.start:m.end]
    greater = _GREATER_BEFORE_RE.search(text, max(0, m.start - 10), m.start) if m.label == "LOC" else None
    if greater:
        return replace(m, start=greater.start(), canonical=_clean_spaces(text[greater.start():m.end]))
    if m.label == "LOC" and span in {"Afrique", "Amérique", "Asie", "Europe", "Africa", "America", "Asia"}:
        d = _DIRECTION_AFTER_RE.match(text, m.end)
        if d:
            return replace(m, end=d.end(), canonical=_clean_spaces(text[m.start:d.end()]))
    if m.label == "LOC" and _ZONE_HEAD_RE.match(span):
        o = _OF_NAME_AFTER_RE.match(text, m.end)
        if o:
            return replace(m, end=o.end(), canonical=_clean_spaces(text[m.start:o.end()]))
    if m.label in {"ORG", "PERSON"}:  # `Renault` + ` Morocco`, `Chery` + ` Maroc`: the local subsidiary
        # (a person is not named after a country: `Agro Nutri` + ` Maroc` is a company)
        h = _HOME_SUBSIDIARY_RE.match(text, m.end)
        if h and (m.label == "ORG" or re.match(r"[ ]+(?:Maroc|Morocco)\b", h.group(0))):
            home = ("MA",) if re.search(r"Maroc|Morocco", h.group(0)) else m.codes
            return replace(m, end=h.end(), label="ORG", canonical=canonical_org(text[m.start:h.end()]), codes=home)
    return m


def _extend_name(text: str, m: Mention) -> Mention:
    """A name that goes on past the span found: company words after a company
    (`Sumitomo Electric` + ` Industries`), a kind of place after a place (`Tanger Med` +
    ` Zones`), an organisation named after a place (`Abu Dhabi` + ` National Energy
    Company`, `US` + ` Embassy`), outside a headline in title case."""
    m = _extend_over_legal_form(text, _extend_company_name(text, m))
    if m.label == "ORG":
        return _with_partner_country(text, _extend_institution_purpose(text, m))
    if m.label == "PERSON":
        tail = _SURNAME_PARTICLE_AFTER_RE.match(text, m.end)
        if tail:
            return replace(m, end=tail.end(), canonical=canonical_person(text[m.start:tail.end()]))
        named_after = _NAMED_AFTER_A_PERSON_RE.match(text, m.end)
        if named_after and not _in_title_case_line(text, m.start):
            # `Mohammed VI` + ` Polytechnic University`: a body named after a person
            return replace(m, end=named_after.end(), label="ORG", canonical=canonical_org(text[m.start:named_after.end()]))
    if m.label in {"LOC", "COUNTRY"} and m.rank >= 2 and not _in_title_case_line(text, m.start):
        end = entity_cues.organisation_named_after_place(text, m.end)
        if end > m.end and text[m.start - 1:m.start] != "-":
            return Mention(m.start, end, "ORG", canonical_org(text[m.start:end]), m.codes, rank=2)
    if m.label == "LOC" and m.rank >= 2:
        # a company named after its region and its trade (`Souss Primeurs`, `Souss Hydro`)
        trade = _CAPITALISED_WORDS_AFTER_RE.match(text, m.end)
        if trade and _ORG_SUFFIX_RE.search(text[m.start:trade.end()]):
            return Mention(m.start, trade.end(), "ORG", canonical_org(text[m.start:trade.end()]), m.codes, rank=2)
    if m.label == "LOC":
        end = entity_cues.place_words_after(text, m.end)
        if end > m.end:
            return replace(m, end=end, canonical=_clean_spaces(text[m.start:end]))
    return m


def _extend_institution_purpose(text: str, m: Mention) -> Mention:
    """An institution's name that goes on with what it is for, in title case (`ECOWAS Bank` +
    ` for Investment and Development`, `Policy Center` + ` for the New South`, `UN Conference` +
    ` on Trade and Development`, `British Chamber of Commerce` + ` for Morocco`)."""
    if not _INSTITUTION_TAIL_RE.search(text, m.start, m.end) or _in_title_case_line(text, m.start):
        return m
    purpose = _PURPOSE_AFTER_RE.match(text, m.end)
    if purpose is None:
        return m
    return replace(m, end=purpose.end(), canonical=canonical_org(text[m.start:purpose.end()]))


_INSTITUTION_TAIL_RE = re.compile(
    r"\b(?:Bank|Centre|Center|Conference|Chamber(?:\s+of\s+Commerce)?|Commission|Fund|Institute|Agency|Council|Association"
    r"|Federation|Organi[sz]ation|Corporation|Authority|Forum|Foundation|Observatory)$"
)
# ` for Investment and Development`, ` on Trade and Development`, ` for the New South`: title-case words, `and`, `the`, `&`.
_PURPOSE_AFTER_RE = re.compile(r"[ ]+(?:for|on)(?:[ ]+the)?(?![ ]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                               r"|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                               r"(?:[ ]+[A-Z][\w'’-]*)(?:(?:[ ]+(?:and|&|of|the))*[ ]+[A-Z][\w'’-]*)*")


# An English body's head right after a person's name, at most two title-case words between
# (`Mohammed VI` + ` Polytechnic University`, `Hassan II` + ` Foundation`).
_NAMED_AFTER_A_PERSON_RE = re.compile(
    r"(?:[ ]+[A-Z][a-z]+){0,2}?[ ]+(?:University|Foundation|Institute|Hospital|Academy|Prize|Award|School|College)\b"
)


# One or two capitalised words right after a name, on its line.
_CAPITALISED_WORDS_AFTER_RE = re.compile(r"(?:[ ]+[A-ZÀ-Ý][\w'’-]*){1,2}")


# A Maghrebi or Arabic surname that goes on with its particle and a capitalised word (`Hassan
# Sentissi` + ` El Idrissi`, `Mohamed` + ` Ould Ahmed`, `Ali` + ` Ben Salah`).
_SURNAME_PARTICLE_AFTER_RE = re.compile(r"[ ]+(?:El|Al|Ben|Ibn|Ould|Ait|Aït|Bou|Abou|Abu)[ -][A-ZÀ-Ý][a-zà-ÿ'’-]+(?![\w-])")


# A country glued before a bilateral body's name (`Morocco-` + `UK Business Forum`): the name's.
_PARTNER_COUNTRY_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<country>[A-ZÀ-Ý][\w'’]+)-$")


def _with_partner_country(text: str, m: Mention) -> Mention:
    """`UK Business Forum` in `Morocco-UK Business Forum` is the whole name."""
    glued = _PARTNER_COUNTRY_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
    if not glued or not code_for(glued.group("country")) or not code_for(text[m.start:m.end].split()[0]):
        return m
    return replace(m, start=glued.start(), canonical=canonical_org(text[glued.start():m.end]))


# A chamber of commerce is named by the country it sits in: `Chambre allemande de commerce
# et d'industrie` + ` au Maroc`, `American Chamber of Commerce` + ` in Morocco`.
_CHAMBER_RE = re.compile(r"\b(?:Chambre|Chamber)\b")
_SEAT_AFTER_RE = re.compile(r"[ ]+(?:au|aux|en|in(?:[ ]+the)?)[ ]+(?P<place>[A-ZÀ-Ý][\w'’-]*(?:[ ][A-ZÀ-Ý][\w'’-]*)?)(?![\w-])")


def _extend_chamber(text: str, m: Mention) -> Mention:
    seat = _SEAT_AFTER_RE.match(text, m.end) if _CHAMBER_RE.search(text, m.start, m.end) else None
    if seat and code_for(seat.group("place")):
        return replace(m, end=seat.end(), canonical=canonical_org(text[m.start:seat.end()]))
    return m


def _extend_company_name(text: str, m: Mention) -> Mention:
    if m.label == "ORG":
        chamber = _extend_chamber(text, m)
        if chamber.end > m.end:
            return chamber
        end = entity_cues.company_words_after(text, m.end)
        if end > m.end:
            return replace(m, end=end)  # the canonical name is the short form's
        j = _JOINT_COUNTRIES_AFTER_RE.match(text, m.end)
        if j and m.rank <= 1 and all(code_for(c) for c in j.groups()):
            # `Forum d'affaires` + ` Maroc-Sénégal`, `Comité` + ` Maroc-Japon`: a joint body
            # named by its partners (their countries stay, see _drop_carried_countries)
            return replace(m, end=j.end(), canonical=canonical_org(text[m.start:j.end()]))
        end = entity_cues.particle_name_after(text, m.end)
        if end > m.end:  # `Frutas` + ` del Guadalquivir`
            return replace(m, end=end, canonical=canonical_org(text[m.start:end]))
        end = entity_cues.and_part_after(text, m.start, m.end)
        if end > m.end:  # `National Office of Electricity` + ` and Drinking Water`
            return replace(m, end=end, canonical=canonical_org(text[m.start:end]))
    return m


def _extend_over_legal_form(text: str, m: Mention) -> Mention:
    """A name's legal form belongs to it, punctuation and all (`Qingdao Harbour Logistics
    Co` + `., Ltd`, `Farmalabor S.p` + `.A.`, `Kessler Automotive GmbH & Co` + `. KG`); a
    name followed by one is a company's, whatever the model called it (`Nador West Med
    S.A.` after the port `Nador West Med`)."""
    if m.label == "COUNTRY":
        return m
    end = legal_form_end(text, m.start, m.end)
    if end <= m.end and not (m.label != "ORG" and has_legal_form(text[m.start:m.end])):
        return m
    canonical = m.canonical if m.rank >= 3 else canonical_org(text[m.start:end])
    return replace(m, end=max(end, m.end), label="ORG", canonical=canonical)


_JOINT_COUNTRIES_AFTER_RE = re.compile(r"[ ]+([A-ZÉ][\w'’]+(?:[ ][A-Z][\w'’]+)?)-([A-ZÉ][\w'’]+(?:[ ][A-Z][\w'’]+)?)(?![\w-])")


# A sea, strait or cape named by what it is of: `Strait` + ` of ` + `Gibraltar`, `Golfe de
# Guinée`: one place, whatever the model made of its parts.
_FEATURE_OF_RE = re.compile(
    r"(?<![\w-])(?:Strait|Straits|Gulf|Bay|Cape|Sea|Lake|Canal|Détroit|Golfe|Baie|Cap|Mer|Lac)"
    r"[ ]+(?:of[ ]+(?:the[ ]+)?|de[ ]+(?:la[ ]+|l['’])?|du[ ]+|d['’])$")


# A zone or an airport named by its kind in lower case and its place: `zone franche de` +
# `Tanger`, `zone économique du canal de` + `Suez`, `aéroport` + `Mohammed V`: one place.
_LOWER_KIND_OF_RE = re.compile(
    r"(?<![\w-])(?:zone\s+(?:franche|économique(?:\s+spéciale)?|industrielle|logistique|offshore|d['’]\s*accélération"
    r"(?:\s+industrielle)?)\s+(?:de|du|d['’]|de\s+la|de\s+l['’])(?:\s*canal\s+de)?"
    r"|aéroport(?:\s+international)?(?:\s+(?:de|d['’]))?)\s*$")


def _merge_joined_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names the model split where they join: two companies joined by a hyphen are one
    company (`Oyak` + `-` + `Renault`: the joint venture Oyak-Renault, not two); a
    geographic feature and what it is of, one place; a zone or an airport and its place."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev and prev.label == "ORG" and m.label == "ORG" and text[prev.end:m.start] == "-":
            out[-1] = replace(prev, end=m.end, canonical=canonical_org(text[prev.start:m.end]), rank=max(prev.rank, m.rank))
            continue
        # (the place a city's or a person's name: not an institution, `Port autonome de San Pedro`)
        kind = _LOWER_KIND_OF_RE.search(text, max(0, m.start - 50), m.start) if m.label in {"LOC", "PERSON"} else None
        if kind and not (prev and prev.end > kind.start()):
            out.append(Mention(kind.start(), m.end, "LOC", _clean_spaces(text[kind.start():m.end]), m.codes, rank=m.rank))
            continue
        feature = _FEATURE_OF_RE.search(text, max(0, m.start - 40), m.start) if m.label in {"LOC", "COUNTRY"} else None
        if feature:
            if prev and prev.start >= feature.start():
                out.pop()  # the feature's head the model found alone (`Strait`)
            out.append(Mention(feature.start(), m.end, "LOC", _clean_spaces(text[feature.start():m.end]), rank=m.rank))
            continue
        out.append(m)
    return out


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Names are flat: a name inside one that grew over it (`Africa` in `OCP Africa`) goes;
    countries stay until their container's country is known (_drop_carried_countries)."""
    # By start, the longest first: a span lies inside a longer one exactly when a span
    # sorted before it (another span) reaches its end.
    nested: set[int] = set()
    reach = -1
    by_span = groupby(sorted(mentions, key=lambda m: (m.start, -m.end)), key=lambda m: (m.start, m.end))
    for (_, end), same_span in by_span:
        if reach >= end:
            nested.update(id(m) for m in same_span)
        reach = max(reach, end)
    return [m for m in mentions if m.label == "COUNTRY" or id(m) not in nested]
