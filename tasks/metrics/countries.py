"""Which countries a figure is about, read the way an article states them.

A journalist names the countries once and then gives figure after figure; a company's
country is given once, by a cue next to its name (`le chinois Sunwell`), and the company is
then named again by a noun (`le groupe`, `l'usine`). `figure_countries` reads outward from the
figure: its clause and sentence, the main company named again, a national sector, the earlier
sentences of its paragraph, the article's focus; the home country joins. The article-level
facts it needs (focus, companies, main company, host) are computed here for `read_article`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from econews.countries import (
    AGENCIES_RE, NATIONAL_AGENCIES, company_nationalities, company_short_forms, find_countries, find_epithets,
    nameless_company_cue,
    _city_adjectives, find_places_abroad, place_country,
)
from econews.openings import guarded
from econews.tasks.dates import wire_dateline
from econews.tasks.sentences import sentence_spans
from econews.tasks.metrics import country_rivals, country_subjects as subjects
from econews.tasks.metrics.context import _FUTURE_RE
from econews.tasks.metrics.country_masks import (
    OWNER_FOR_RE, comparison_after, compared_phrase, compared_phrases, excluded, rate_country, rivals,
)

if TYPE_CHECKING:
    from econews.tasks.metrics.article import Article

# Where a clause ends inside a sentence: a comma or colon before a space (not `39,5`), a
# semicolon, a dash between spaces. Brackets do not: `(JICA) a financé au Maroc` is one clause.
# A comma closing a quote too (`..., 14 kilometers from Europe," Nour Energy's CEO said`): the
# speaker's company is the source, not what the quote measures.
# English `as` opening a clause of its own (`to build a $650 million plant in Morocco as EU
# duties bite`, headlines' favourite): a subject of capitalised words, then the rest in lower
# case; not `such as`, `as well as`, `known as`, nor `as Morocco's partner`.
_CLAUSE_CUT_RE = guarded(re.compile(
    # (not around a pronoun that takes up the subject: `L'Egypte affiche, elle, un excédent`)
    r"(?<!\belle)(?<!\belles)(?<!\blui)(?<!\beux),\s(?!(?:elle|elles|lui|eux)\s*,)|;|:\s|\s[–—]\s|,[\"”]\s"
    # (` as ` before a subject of its own, a list of names or a headline's title case: `rise 11%
    # ... as India, Brazil demand surges`, `Jump 21% as Japanese, Indian Investors Expand`)
    r"|(?<!such)(?<!well)(?<!known)(?<!same)(?<!much)(?<!\bso)\sas\s"
    r"(?=(?:the\s+)?[A-Z][\w-]*(?:(?:\s+|,\s*|\s+and\s+)[A-Z][\w-]*)*(?:\s+[a-z]|[ \t]*\n|[ \t]*$))"
))
_ASIDE_RE = re.compile(r"\s*(?i:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles|which|who|whose|where)\b")
# An aside that splits the figure into figures of its own (`26,4 milliards de dirhams, dont 55%
# vers l'Union européenne`, `$2 billion, of which $800 million from Japan`): the parts' countries
# are theirs, not the whole's (where no figure follows, `dont une majorité de filiales
# françaises`, the aside still describes the figure).
_BREAKDOWN_RE = re.compile(r"\s*(?i:dont|of\s+which)\b[^\d.;]{0,25}(?<![\w,.])\d(?!\d{3}(?![\d,.]))")  # (a year is no part)
# A time clause after a comma (`..., when it co-hosts the World Cup with Spain and Portugal`): a
# remark on its sentence, which the next sentence does not go on with.
_WHEN_RE = re.compile(r"\s*(?i:when|lorsque|lorsqu['’])")
# An apposition of measure (`Le contrat, d'un montant de 3,6 milliards, a été signé ...`,
# `The first phase, costing about $1.5 billion, will ...`) is an aside too: what follows it is
# said of the sentence's subject, not of the figure.
_MEASURE_ASIDE_RE = re.compile(r"\s*(?i:d['’]\s*une?\s|costing|estimated|worth|valued)")
# A clause that gives the cause of what was just measured: `grâce à la demande indienne`,
# `portées par les ventes vers l'Europe`, `driven by demand from India`.
_CAUSE_RE = re.compile(
    r"\s*(?i:grâce\s+(?:à|au|aux)|port[ée]e?s?\s+par|tiré[e]?s?\s+par|soutenu[e]?s?\s+par|sous\s+l['’]\s*effet"
    r"|en\s+raison\s+d|du\s+fait\s+d|à\s+la\s+faveur\s+d|sur\s+fond\s+d|thanks\s+to|driven\s+by|boosted\s+by"
    r"|supported\s+by|fuell?ed\s+by|on\s+the\s+back\s+of|due\s+to|owing\s+to|face\s+(?:à|au|aux)|amid|amidst"
    r"|in\s+the\s+face\s+of"
    r"|(?:dopé|stimulé|pénalisé|plombé|affecté|freiné|entraîné|alimenté)e?s?\s+par"
    r"|(?:helped|lifted|spurred|hit|hampered|hurt|weighed(?:\s+down)?|dragged(?:\s+down)?|buoyed|underpinned)\s+by"
    r"|malgré|despite|in\s+spite\s+of)\b"
)
# (after a comma: `, as Morocco seeks alternatives`; not `, as well as`, `, as part of`)
_AS_CLAUSE_RE = re.compile(r"\s*as\s+(?=(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+[a-z])")
_COMPARED_AFTER_RE = re.compile(r"\s*(?i:contre|against|versus|compared\s+(?:with|to))\s")
# An agreement between two parties, each named (`between state-owned fertiliser maker PT Pupuk
# Samudra and Morocco's OCP`, `entre le groupe X et l'ONEE`); not two numbers or dates.
_BETWEEN_PARTIES_RE = re.compile(r"\b(?:between|entre)\s+(?:(?:the|le|la|les|l['’])\s*)?(?:[a-zé-]+\s+){0,3}[A-Z][\w-]*\s+[^.]*?\b(?:and|et)\s")
# A flow of goods or money between countries, or its balance.
_FLOW_RE = guarded(re.compile(
    r"(?i:\b(?:importations?|exportations?|imports?|exports?|[ée]changes|ventes|achats|expéditions|shipments"
    r"|sales|déficit|excédent|deficit|surplus|balance\s+commerciale|trade\s+balance|imported|exported|importé|exporté)\b)"
))
# A flow said of all partners or of the whole (`les exportations totales`, `l'ensemble des
# pays du Golfe`, `overall exports`): not the article's one partner's.
_ALL_PARTNERS_RE = re.compile(
    r"(?i:\btota(?:l|le|les|ux)\b|\bglobal(?:e|es)?\b|\bl['’]\s*ensemble\b|\boverall\b|\ball\b|\bmonde\b|\bworld\b"
    r"|\bmondia(?:l|le|les|ux)\b|\bau\s+total\b|\bas\s+a\s+whole\b|\bdans\s+son\s+ensemble\b"
    # or of a whole region, or of a national industry (`Morocco's aerospace industry posted exports of`),
    # up to the end of the figure's clause (not a means after it: `porter les échanges à 70
    # milliards de dirhams d'ici 2030, en misant sur l'agro-industrie`)
    r"|\b(?:Europe|Afrique|Africa|Asie|Asia|Amérique|America|Golfe|Gulf)\b|\bindustr(?:y|ie)\b|\bsect(?:or|eur)\b|\bfilière\b)"
)
# The terms of the trade between two countries (`l'accord de libre-échange ... des droits de
# douane allant jusqu'à 90%`, `the FTA's tariff-rate quota`): in an article about trade with one
# partner, the agreement and the duties it names are that trade's.
_TRADE_TERMS_RE = re.compile(
    r"(?=\b(?i:[adflqtcs]))(?i:\blibre[- ]échange\b|\bfree[- ]trade\b|\bdroits?\s+de\s+douane\b|\blignes?\s+tarifaires\b"
    r"|\btariffs?\b|\bquotas?\b|\bcontingents?\b"
    # (the balance's ratio or its gap: `Le taux de couverture s'améliore ainsi à 31,9%`)
    r"|\btaux\s+de\s+couverture\b|\bcoverage\s+(?:rate|ratio)\b|\bsolde\s+commercial\b|\btrade\s+gap\b)|\b(?:FTA|ALE)\b"
)
# A balance of the whole economy, no flow with a partner: `Morocco's current account deficit
# to stand at 1.9% of GDP`, `le déficit budgétaire`.
_MACRO_BALANCE_RE = re.compile(
    r"(?i:\bcurrent[- ]account\b|\bcompte\s+courant\b|\bdéficit\s+(?:budgétaire|public|courant)\b|\b(?:budget|fiscal)\s+deficit\b"
    r"|\b(?:of|du)\s+(?:GDP|PIB)\b)"
)
# The two countries of the article named again: `les deux pays`, `the two countries`, `les
# deux royaumes` (of two kingdoms), `bilateral trade`, `son partenaire`.
_BOTH_RE = re.compile(
    r"(?=\b(?i:[abcdilst]))(?i:\b(?:les|des|aux|ces)\s+deux\s+(?:pays|royaumes)\b|\b(?:the\s+two|both)\s+(?:countries|kingdoms)\b|\bbilat[ée]ra(?:l|le|les|ux)\b"
    # the other country named as the home country's partner (`Le déficit commercial du Maroc
    # vis-à-vis de son partenaire`), not a company's partner (`son partenaire local`, `X`)
    r"|\b(?:son|ce|leur)\s+partenaire(?!s)(?!\s+(?:local|locale|marocain|industriel|financier|technique)\b)(?!\s*,|\s+(?-i:[A-Z]))"
    r"|\b(?:its|this)\s+(?:trading\s+partner|partner\s+country)\b"
    # or as its neighbour (`1,3 TWh vendus à son voisin`; not `its neighbor` in English, as often
    # another country's: `since Algeria stopped supplying its neighbor`)
    r"|\b(?:son|à\s+son|au)\s+voisin(?!s)(?:\s+(?:du\s+nord|espagnol|ibérique|algérien|mauritanien))?\b(?!\s+(?-i:[A-Z])))"
)
# A bloc as the frame of a ranking (`one of Morocco's leading trading partners in the EU`,
# `premier client au sein de l'UE`): the figures are the member's, not the bloc's.
_BLOC_FRAME_RE = re.compile(
    r"(?i:\b(?:partners?|partenaires?|clients?|customers?|fournisseurs?|suppliers?|investors?|investisseurs?)"
    r"(?:\s+[\w-]+){0,2}\s+(?:in|within|among|au\s+sein\s+de|dans|parmi)\s+(?:the\s+|l['’]\s*|les\s+pays\s+de\s+l['’]\s*)?)$"
)
# A figure compared with another's, the comparison right before it: `contre 500.000 au Maroc`,
# `against 500,000 in Morocco`, `compared with 12% for Morocco`. (Not `tandis que`: `tandis que
# les importations en provenance du Maroc` are still the two countries' trade.)
_CONTRAST_RE = re.compile(r"(?i:\b(?:contre|against|versus|vs\.?|compared\s+(?:with|to))\s+$)")
# The country the news is about. Its press calls it `le Royaume`: a figure of `du Royaume`
# is Moroccan even where the sentence names no country.
HOME_COUNTRY = "MA"
# `le Royaume`, `the Kingdom`: the home country, but another kingdom named by its demonym or
# its name (`le Royaume saoudien`, `le Royaume d'Espagne`, `the Kingdom of Saudi Arabia`).
_OTHER_KINGDOMS = (r"saoudien|hachémite|jordanien|espagnol|belge|britannique|néerlandais|norvégien|suédois|danois"
                   r"|thaïlandais|bahreïni|cambodgien|bhoutanais|eswatinien|tongien")
_HOME_WORDS_RE = re.compile(
    rf"(?=[RrTtM])\b(?:[Rr]oyaume(?![- ]Uni)(?!\s+(?:d['’]\s*|de\s+|des\s+|du\s+)[A-ZÀ-Ý])(?!\s+(?:{_OTHER_KINGDOMS})\b)"
    # `les MRE`: the Marocains résidant à l'étranger, whose transfers are the home country's
    r"|[Tt]he\s+[Kk]ingdom\b(?!\s+of)|MRE\b)")
# When neither headline nor lead names a country, the countries named at least this often and
# this share of all mentions are the focus (a country named once, `L'Inde et le Brésil restent
# ses premiers clients`, is no focus).
_FOCUS_SHARE = 0.25
# A headline or lead naming this many foreign countries lists or ranks them (`IDE : la France
# garde la tête, les Emirats et la Chine accélèrent`): each has its own figures, a figure that
# names none is not about all of them.
_LIST_COUNTRIES = 3
_FOCUS_MIN_MENTIONS = 2
# A figure a sentence credits to a source: `selon l'Office des changes`, `d'après le HCP`,
# `according to Bank Al-Maghrib`, `data from ...`, `..., a indiqué le ministère de l'Industrie`.
_SOURCE_CUE_RE = guarded(re.compile(
    r"(?i:\b(?:selon|d['’]\s*après|according\s+to|(?:data|figures|statistics)\s+(?:from|of|published\s+by)"
    r"|(?:a|ont)\s+(?:indiqué|annoncé|précisé|rapporté)|said|reported|cités?\s+par"
    # (a figure set or published by: `l'objectif de 60% fixé pour 2030 par le ministère`)
    r"|(?:fixée?s?|établie?s?|publiée?s?|arrêtée?s?|estimée?s?|set|published|estimated)\s+(?:[^,.;]{0,20}\s)?(?:par|by))"
    r"\s+(?:les?\s+|la\s+|l['’]\s*|the\s+)?)"
))
# Trade, which in an article about a partner is the two countries' (`les échanges ont atteint
# 38,4 milliards de dirhams, selon l'Office des changes`).
_TRADE_RE = guarded(re.compile(r"(?i:\b[ée]changes\b|\bcommerce\b|\bcommerci(?:al|ale|ales|aux)\b|\btrade\b)"))
# A sentence that takes up what the one before said (`Ils ont atteint 11,6 MMDH en 2024`).
_TAKES_UP_RE = re.compile(r"\s*(?:Ils|Elles|They|It|Il|Elle|Ceux-ci|Celles-ci)\b")
# A national sector as the figure's subject (`le secteur emploie 190.000 salariés`): with no
# country in its sentence, the figure is the home country's, not of the countries before it.
# `La production industrielle nationale`, `domestic output`: the home country's too.
_SECTOR_RE = re.compile(
    r"(?i:\b(?:le|du|au|ce|the|this|la|cette)\s+(?:secteur|sector|filière)\b|\bnational(?:e|es|aux)?\b|\bdomestic\b"
    r"|\bnationwide\b|\bà\s+l['’]\s*échelle\s+nationale\b)"
)
# The state's own finances (`l'Etat a versé aux importateurs une prime de 1,2 milliard`, `Son
# coût budgétaire`, `a coûté 4,1 MMDH à la Caisse de compensation`, `the state budget will
# contribute`): with no country in their sentence, the home state's, not the suppliers' the
# article is about.
# The state or the government as a sentence's subject.
_STATE_SUBJECT_RE = re.compile(r"\s*(?:L['’]\s*[ÉE]tat|Le\s+gouvernement|The\s+(?:state|government))\s")
# An industrial zone or park as a sentence's subject.
_ZONE_SUBJECT_RE = re.compile(
    r"\s*(?:(?:Le|La|L['’]|The|This|Ce|Cette)\s*)(?:parc\s+industriel|zone\s+(?:industrielle|franche|d['’]\s*accélération\s+industrielle)"
    r"|technop[oô]le|plateforme\s+industrielle|industrial\s+(?:park|zone)|free\s+zone|(?:[A-Z][\w-]*\s+){1,3}(?:Industrial\s+Park|Free\s+Zone))\b"
    # (or named, and called a zone in an apposition: `Tanger Tech, a 2,000-hectare industrial city south of Tangier,`)
    r"|\s*(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*,\s+(?:a|an|une?)\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){0,40}?(?:industrial\s+(?:city|park|zone|hub)|free\s+zone"
    r"|cité\s+industrielle|zone\s+(?:industrielle|franche)|parc\s+industriel|technop[oô]le)\b"
)
_STATE_FINANCES_RE = guarded(re.compile(
    r"(?i:\bl['’]\s*[ÉE]tat\b|\bstate\s+budget\b|\bbudg[ée]taires?\b|\bbudget\s+de\s+l['’]\s*[ÉE]tat\b"
    r"|\bcaisse\s+de\s+compensation\b|\bsubventions?\b|\bsubsid(?:y|ies)\b|\bloi\s+de\s+finances\b|\bfinance\s+(?:law|bill)\b"
    r"|\binvestissement\s+public\b|\bpublic\s+investment\b|\bdette\s+publique\b|\bpublic\s+debt\b"
    r"|\brecettes\s+fiscales\b|\btax\s+revenues?\b)"
))
_THE_COUNTRY_RE = re.compile(r"(?i:\bdu\s+pays\b|\bthe\s+country['’]s\b|\bof\s+the\s+country\b)")
# `suivie de l'Espagne (12%)`, `l'Afrique du Sud (près de 600.000 unités)`: a figure in
# brackets right after a country is that country's.
_BRACKET_BEFORE_RE = re.compile(
    r"\s*\(\s*(?:soit\s+|with\s+|avec\s+)?"
    r"(?i:(?:près\s+de|environ|quelque|plus\s+de|moins\s+de|about|around|nearly|almost|over|more\s+than)\s+)?$"
)
# The company or its project named again by a noun (`le groupe`, `du groupe`, `le nouveau
# site`, `the expansion`): the figure is about the article's main company, or its project.
# Not a name's cue (`le groupe OCP`), not another's (`le programme de l'ONEE`), not a source
# (`selon la société`, `according to the company`).
# (`(?=...)` first: what a match can begin with, tested before the alternatives; see `context._QUAL_BEFORE`.)
_COMPANY_ANAPHOR_RE = re.compile(
    # (the French nouns in lower case: `la Société d'aménagement de ...` opens a name)
    r"(?=\b(?i:[acdlst]))(?:\b(?i:le|du|au|ce|cet|son)\s+(?:groupe|constructeur|équipementier|fabricant|fonds|fournisseur|câblier"
    r"|distributeur|promoteur|développeur|sous-traitant|motoriste|transporteur|cimentier|sidérurgiste)"
    r"|\b(?i:la|cette|sa)\s+(?:société|firme|compagnie|filiale|enseigne|direction)"
    r"|\b(?i:l|de\s+l|d)['’]\s*(?:entreprise|équipementier|investisseur|industriel|opérateur|enseigne|armateur|exploitant)"
    r"|\b(?i:the\s+(?:company|group|firm|carmaker|automaker|manufacturer|fund|supplier|maker|retailer|developer|producer"
    r"|management|airline|carrier|operator|investor|miner|shipping\s+line)))\b"
    r"(?!\s+[A-Z])(?!\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|d['’]\s*|of\s+(?:the\s+)?)[A-Z])"
)
# Its parts and its sum name it too (`la première tranche`, `l'investissement`, `the first
# phase`), and the company's own sites (`ses deux usines marocaines`, `its plant`).
_PROJECT_ANAPHOR_RE = re.compile(
    r"(?=\b(?i:[acdilpst]))(?:(?i:\b(?:le|du|au|ce|cet|son)\s+(?:nouveau\s+|principal\s+|plus\s+grand\s+)?(?:site|projet|complexe|programme"
    r"|parc\s+(?:éolien|solaire|photovoltaïque|de\s+(?=[A-Z])))"
    r"|\b(?:la|cette|sa)\s+(?:nouvelle\s+|future\s+)?(?:usine|unité|station|centrale|raffinerie|minoterie|cimenterie|mine"
    r"|sucrerie)"
    r"|\b(?:la|cette|sa)\s+(?:première|deuxième|seconde|troisième|dernière)\s+(?:tranche|phase)"
    r"|\b(?:l|de\s+l|d)['’]\s*(?:usine|unité|extension)|\b(?:l|de\s+l)['’]\s*investissement"
    r"|\bses\s+(?:deux\s+|trois\s+|quatre\s+)?(?:usines|sites|unités)"
    r"|\b(?:the|its)\s+(?:new\s+|largest\s+|biggest\s+|main\s+|flagship\s+)?(?:[£$€]?\d[\d.,]*\s?(?:bn|m|billion|million)?(?:-[a-z]+){0,2}\s+)?(?:joint\s+|(?!of\b|in\b|at\b|to\b|and\b|or\b)(?-i:[a-z]+)\s+)?"
    r"(?:plant|factory|facility|site|project|expansion|complex|investment|venture|mine|deposit|resource)"
    # (named: `The Tambiko project, expected to start production in 2028, will produce`, `its Assa project`)
    r"|\b(?:[Tt]he|its)\s+(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:project|mine|deposit|(?:eco-)?resort)"
    # (a site by its town, at home only: `the Tangier site`, `the Kenitra plant`)
    r"|\b(?:[Tt]he|its)\s+(?:new\s+)?(?P<town>(?-i:[A-Z][\w-]+))\s+(?:site|plant|factory|facility)"
    # (`the projects` without their number are a programme's: `the projects selected in March`)
    r"|\bthe\s+(?:two\s+|three\s+|four\s+)?(?:plants|factories|facilities)|\bthe\s+(?:two|three|four)\s+projects"
    r"|\bthe\s+(?:first|second|third|final)\s+phase)\b"
    # the works of the project opening a sentence (`Construction will employ 2,500 workers`)
    r"|\b(?:Construction|The\s+construction|La\s+construction|Les\s+travaux|Le\s+chantier|La\s+phase\s+de\s+(?:construction|chantier)"
    r"|During\s+construction|Pendant\s+(?:la\s+phase\s+de\s+)?(?:la\s+)?construction)\b)"
    r"(?!\s+[A-Z])(?!\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|d['’]\s*|of\s+(?:the\s+)?)[A-Z])"
    # (a national or public one is the state's: `Le programme national de transport urbain`)
    r"(?!\s+(?:national|nationale|gouvernemental|public|publique|national-level)\b)"
    # (nor a country's investment code or climate: `under its investment charter`)
    r"(?!\s+(?:charter|code|climate|policy|policies|law|regime|incentives)\b)"
)
# Where the main company's project is: a country the headline or lead names after `en`, `au`,
# `in` (`le marocain OCP construira une usine en Éthiopie`), else the home country.
_HOST_BEFORE_RE = re.compile(
    r"(?i:\b(?:en|au|aux|in|dans)\s+(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?"
    # or a part of it: `dans le sud-ouest de la Côte d'Ivoire`, `in southern Morocco`
    r"(?:(?:(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+))"
    r"|(?:northern|southern|eastern|western|central|north-\w+|south-\w+)\s+)?)$"
)
_SOURCE_BEFORE_RE = re.compile(r"(?i:\b(?:selon|d['’]\s*après|according\s+to|par)\s*)$")
_SOURCE_AFTER_RE = re.compile(r"\s+(?i:said|says|a\s+indiqué|a\s+annoncé|a\s+précisé|a\s+déclaré)\b")
# A sentence opening with a subject pronoun goes on about the previous sentence's subject.
_PRONOUN_RE = re.compile(r"\s*(?:[Ii]l|[Ee]lle|[Ii]ls|[Ee]lles|[Ii]t|[Tt]hey)\s")
_SUBJECT_CHARS = 60
# A count of a country's people or things (`1,4 milliard d'Indiens`, `7 million British
# homes`) is about that country alone.
_OWN_COUNTRY_RE = re.compile(r"\s*(?:(?:de|des|of)\s+|d['’]\s*)?")
_OWN_COUNTRY_UNITS = frozenset({"count", "jobs"})
# Tourism: its counts are flows (dated as money flows are), and a foreign country's tourists
# counted in an article about the home country are its visitors.
TOURISM_RE = re.compile(r"(?i:touris|arrivées|arrivals|nuitées)")



def _host(window: str) -> str | None:
    """The first country `window` names as where something is (`une usine en Éthiopie`); else
    the country of the first city it names so (`ont signé lundi à Abuja`: where an agreement
    is signed when the country of the project goes unsaid, `à Abou Dhabi ... au Maroc` not)."""
    for mention in find_countries(window):
        if len(mention.codes) == 1 and _HOST_BEFORE_RE.search(window, 0, mention.start):
            return mention.codes[0]
    for m in _places_re().finditer(window):
        if _CITY_HOST_BEFORE_RE.search(window, 0, m.start()):
            return _places()[m.group(0)]
    return None


_CITY_HOST_BEFORE_RE = re.compile(r"(?i:\b(?:à|in|at)\s+)$")


def _title_case(line: str) -> bool:
    """Whether `line` is in title case: seven in ten of its words of four letters or more
    capitalised (`US Aerospace Firm Carrington to Build $85 Million Plant`). A French
    headline naming a company and a place (`Câblage : le japonais Hoshida Electric inaugure
    une usine à Kénitra`, four in seven) is not."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", line)]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _companies(text: str) -> tuple[tuple[re.Pattern, str], ...]:
    """Each company the article gives a nationality cue for, as a pattern of the names it is
    called by (`Sunwell Energy Co.`, `Sunwell`) and its country; the first cue wins."""
    seen: dict[str, str] = {}
    for _, _, name, code in company_nationalities(text):
        seen.setdefault(name, code)
    return _name_patterns(seen)


def _known_companies(text: str, cued: tuple[tuple[re.Pattern, str], ...], headline: str = "") -> tuple[tuple[re.Pattern, str], ...]:
    """Each foreign company the gazetteer knows with its country (`Sumitomo Electric`,
    `Yazaki`) that `text` names and no cue of `cued` names already, as `_companies` gives them;
    and each multinational of `data/company_countries.json` that the headline names (`RAM
    Orders Boeing Jets`): named in passing, a multinational gives a figure no country."""
    known = {forms[0]: (forms, code) for forms, code in _known_foreign_companies()}
    seen = {
        name: code for name, (forms, code) in known.items()
        if any(form in text for form in forms) and not any(pattern.fullmatch(form) for form in forms for pattern, _ in cued)
    }
    pattern, companies = _multinationals()
    multinationals: dict[str, str] = {}
    for m in pattern.finditer(headline):
        forms, code = companies[m.group(0)]
        if forms[0] not in seen and not any(known.fullmatch(form) for form in forms for known, _ in cued):
            multinationals[forms[0]] = code
    # (the name in any case, `CITIC Dicastal` as well as `Citic Dicastal`; not its other forms:
    # `Renault` alone is the Tanger plant as often as the French group)
    return _name_patterns(seen, {name: tuple(f for f in known[name][0] if f.casefold() == name.casefold()) for name in seen}) \
        + _name_patterns(multinationals, {name: companies[name][0] for name in multinationals})


@lru_cache(maxsize=1)
def _multinationals() -> tuple[re.Pattern, dict[str, tuple[tuple[str, ...], str]]]:
    """(a pattern of every written form, form -> (the company's forms, its country))."""
    data = json.loads(resources.files("econews").joinpath("data/company_countries.json").read_text(encoding="utf-8"))
    companies = {}
    for entry in data["companies"]:
        forms = tuple(sorted(entry["aliases"], key=len, reverse=True))
        companies.update(dict.fromkeys(forms, (forms, entry["country"])))
    alternation = "|".join(map(re.escape, sorted(companies, key=len, reverse=True)))
    return guarded(re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")), companies


def _multinational_subject(text: str, sentence: tuple[int, int]) -> set[str]:
    """The home countries of the multinationals a sentence opens on as its subject (`Hyundai
    and Kia sold 38,000 vehicles in Morocco`): what they do in the home country is between
    both. (Named elsewhere in a sentence, in passing, a multinational gives no country; its
    local subsidiary, `LafargeHolcim Maroc`, is a company of the home country.)"""
    opening = _opening_noun(text, sentence)
    pattern, companies = _multinationals()
    found = set()
    for m in pattern.finditer(text, opening[0], sentence[1]):
        if m.start() >= opening[1]:
            break
        if not _LOCAL_SUBSIDIARY_RE.match(text, m.end()):
            found.add(companies[m.group(0)][1])
    return found


_LOCAL_SUBSIDIARY_RE = re.compile(r"\s+(?:Maroc|Morocco)\b")


def _firm_of_the_paragraphs_nationality(text: str, sentence: tuple[int, int], earlier: list[tuple[int, int]], home: str) -> set[str]:
    """The country of a paragraph's firms (`Korean companies have invested about $1.3 billion in
    Morocco since 2021`) for a company the next sentences open on without a cue of their own
    (`Battery materials maker Daesan Chemical Co., which opened a $480 million plant in Jorf
    Lasfar`): one of them."""
    start = _without_dateline(text, sentence)[0]
    # (or the clause after a colon: `Wiring harness makers account for the bulk of those jobs:
    # Hoshida Wiring Systems alone employs 14,500 workers`)
    openings = [start] + [m.end() for m in _COLON_RE.finditer(text, start, sentence[1])]
    if not earlier or not any(_COMPANY_OPENING_RE.match(text, at, sentence[1]) for at in openings):
        return set()
    for before in earlier:
        opening = _opening_noun(text, before)
        firms = _FIRMS_RE.search(text, *opening)
        if firms:
            # (the demonym after the noun, past the opening's window: `Quelque 75 entreprises japonaises`)
            told = text[opening[0]:min(before[1], max(opening[1], firms.end() + _DEMONYM_AFTER_CHARS))]
            codes = {code for m in find_countries(told) if m.kind == "demonym" for code in m.codes}
            return codes - {home} if len(codes - {home}) == 1 else set()
    return set()


_DEMONYM_AFTER_CHARS = 25


# A sentence that opens on a company by its trade and name, or by a name with a legal form.
_COMPANY_OPENING_RE = re.compile(
    r"\s*(?:(?:[\w-]+\s+){0,3}(?:maker|manufacturer|group|company|firm|supplier|producer|developer|operator"
    r"|groupe|société|fabricant|équipementier|constructeur|producteur)\s+[A-Z]"
    r"|(?:[A-Z][\w&-]*\s+){1,3}(?:Co\.|Co\b|Ltd|Inc|Corp|SA\b|S\.A\.|GmbH|AG\b|SpA|Holdings?|Group|JSC|SAS"
    # (or a word of firms' names: `Hoshida Wiring Systems`, `Toyohara Cable Industries`)
    r"|Industries|Industry|Technologies|Technology|Corporation|Systems|Materials|Energy|Power|Motors|Logistics)\b)"
)


def _name_patterns(seen: dict[str, str], aliases: dict[str, tuple[str, ...]] | None = None) -> tuple[tuple[re.Pattern, str], ...]:
    """A pattern of each company's forms (`company_short_forms`, of each of its `aliases`)."""
    out = []
    for name, code in seen.items():
        forms = sorted({form for alias in (aliases or {}).get(name, (name,)) for form in company_short_forms(alias)}, key=len, reverse=True)
        out.append((re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w])"), code))
    return tuple(out)


def _focus_countries(text: str, headline: str, lead: str, companies, home: str | None = None) -> tuple[str, ...]:
    """The countries of the headline, else of the lead's first clause that names one (a
    headline states what the article is about; the rest of the lead also names suppliers,
    customers, destinations: `OCP reported a profit, as sales to India and Brazil surged`),
    else the most named."""
    # (not the countries of the statement's cause: `Brazil's Beef Exports Hit Record as China Demand Offsets US Tariffs`)
    statement = subjects.headline_statement_before_its_cause(headline, companies) or headline
    ranking = len(_named(statement, 0, len(statement), companies) - {HOME_COUNTRY}) >= _LIST_COUNTRIES
    if home and not ranking and _home_statement_first(headline, companies):
        return (home,)
    windows = [] if ranking else [(headline, subjects.headline_focus_span(headline, companies))]
    # (a list of companies of several countries in the headline is what the article is about
    # in the home country, not their countries: `Boeing, Airbus et Safran poussent leurs fournisseurs au Maroc`)
    listed = companies_listed(headline, companies)
    # (a clause in contrast names what the article sets against its subject: `La facture
    # énergétique recule, mais les achats auprès des États-Unis et de l'Espagne continuent`)
    # (clause by clause of each sentence: a clause never runs into the next sentence)
    start, end = _without_dateline(lead, (0, len(lead)))
    windows += [(lead, clause) for sentence in sentence_spans(lead[:end]) if sentence[1] > start
                for clause in _clauses(lead, (max(start, sentence[0]), sentence[1]))
                if not _CONTRAST_CLAUSE_RE.match(lead, clause[0])]
    for window, (start, end) in windows:
        # (the home country's places, organisations (`Bank Al-Maghrib maintient son taux`) and money name it too)
        # (not a rival it ranks its subject against: `Widening Lead Over Algeciras`)
        named_by = () if listed and window is headline else companies
        codes = _named(window, start, end, named_by, rivals(window, start, end)) - _lenders_alone(window, start, end) | (
            {HOME_COUNTRY} if _located_home(window[start:end]) or (home and _HOME_MONEY_RE.search(window, start, end))
            or (home and _home_organisations_re().search(window, start, end)) else set())
        if len(codes - {HOME_COUNTRY}) >= _LIST_COUNTRIES:
            continue  # `IDE : la France garde la tête, les Emirats et la Chine accélèrent`: a ranking
        if home and codes and home not in codes and _partners_of_a_flow(window, start, end, companies):
            codes.add(home)
        if home and codes and home not in codes and _HOME_FLOW_ROLE_RE.search(window, start, end):
            # `Recettes touristiques : la France reste le premier marché`: a partner ranked in
            # the home country's flow, which is what the article is about
            codes = {home}
        if codes:
            return tuple(sorted(codes))
    counts = Counter(code for mention in find_countries(text) for code in mention.codes)
    if not counts:
        return ()
    total = sum(counts.values())
    return tuple(sorted(
        code for code, n in counts.items() if n >= _FOCUS_MIN_MENTIONS and n / total >= _FOCUS_SHARE
    ))


def _partners_of_a_flow(window: str, start: int, end: int, companies) -> bool:
    """Whether every country `window[start:end]` names is a destination or an origin of a
    flow it tells, none its source (`Guerguerat : le trafic routier vers la Mauritanie et le
    Sénégal bat des records`, `Exports to Spain hit a record`): in the home press, the flow is
    the home country's with them; not `Les exportations chinoises vers l'Afrique`."""
    flow = _FLOW_TO_PARTNERS_RE.search(window, start, end)
    return flow is not None and not _named(window, start, flow.end(), companies)



def companies_listed(headline: str, companies) -> bool:
    """Whether the headline opens on a list of companies of several countries, joined by
    commas or `et`/`and` (`Boeing, Airbus et Safran poussent leurs fournisseurs au Maroc`)."""
    found = sorted({(m.start(), m.end(), code) for pattern, code in companies for m in pattern.finditer(headline)})
    if len({code for _, _, code in found}) < 2:
        return False
    return _NAMES_GLUE_RE.fullmatch(headline, found[0][1], found[1][0]) is not None


# (other names between them: `Boeing, Airbus et Safran`)
_NAMES_GLUE_RE = re.compile(r"(?:(?:\s*,\s*|\s+(?:et|and|&)\s+)[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})*(?:\s*,\s*|\s+(?:et|and|&)\s+)")


def _lenders_alone(window: str, start: int, end: int) -> set[str]:
    """The countries of the lenders `window[start:end]` names (`EIB, World Bank lend Morocco
    €300 million`) and does not name otherwise: a lender's country is its loans'
    (`article_lender`), not what the article is about."""
    lenders = {NATIONAL_AGENCIES[m.group(0)] for m in AGENCIES_RE.finditer(window, start, end)
               if m.group(0) not in _CENTRAL_BANKS}
    return lenders - {code for m in find_countries(window[start:end]) for code in m.codes} if lenders else set()


def _home_statement_first(headline: str, companies, partner_flows: bool = True) -> bool:
    """Whether the headline's first statement (after a label, `Huile d'olive :`) names no
    country and a later clause names a foreign one: `Huile d'olive : la production remonte,
    l'Espagne reprend la main`, `Aéronautique : les exportations bondissent de 17%, l'américain
    Palmer s'agrandit à Nouaceur`. The article is the home country's news; the foreign
    country or company is the subject of a part of it."""
    every = _clauses(headline, (0, len(headline)))
    clauses = [(a, b) for a, b in every if not headline[a:b].rstrip().endswith(":")]
    if len(clauses) < 2 or len(headline[clauses[0][0]:clauses[0][1]].split()) < _STATEMENT_WORDS:
        return False
    if any(_named(headline, a, b, companies) - {HOME_COUNTRY} for a, b in every if headline[a:b].rstrip().endswith(":")):
        return False  # (a label that names the foreign country: `Echanges Maroc-Espagne : un record de 26,4 Md€`)
    first, rest = clauses[0], (clauses[1][0], len(headline))
    if _FLOW_WITH_PARTNER_RE.search(headline, *rest) and (partner_flows or any(
            pattern.search(headline, *first) for pattern in (_TRAFFIC_RE, _FLOW_RE, _TRADE_RE))):
        # (the home country's trade with it: `..., les exportations vers la Mauritanie dépassent
        # 4 milliards de DH` makes the article about it; `partner_flows` False reads the first
        # statement alone, as a figure in it is, unless it tells of a flow too: `la récolte
        # atteint 4.200 tonnes, premières exportations vers la Suisse` is the home country's, `le
        # trafic de camions bondit de 18%, les exportations vers la Mauritanie` the two's)
        return False
    return not _named(headline, *first, companies) and not _located_home(headline[first[0]:first[1]]) \
        and bool(_named(headline, *rest, companies) - {HOME_COUNTRY})


def _in_the_headlines_home_statement(text: str, figure_start: int, article: Article) -> bool:
    """Whether the figure is in the first statement of a headline that tells the home
    country's news first (`_home_statement_first`: `Huile d'olive : les exportations bondissent
    de 38%, les Etats-Unis premier client`): the home country's, not the later clause's country."""
    # (the headline's line, past a byline: `Par Leila Chraibi` before `Facture énergétique : ...`)
    line_start, line_end = article.headline_line or (0, len(text) if text.find("\n") < 0 else text.find("\n"))
    if not line_start <= figure_start < line_end \
            or not _home_statement_first(text[line_start:line_end], article.companies, partner_flows=False):
        return False
    first = next((a, b) for a, b in _clauses(text, (line_start, line_end)) if not text[a:b].rstrip().endswith(":"))
    return first[0] <= figure_start < first[1]


# Traffic across a border or a port (`le trafic de camions`), a flow as `_FLOW_RE` and `_TRADE_RE` tell others.
_TRAFFIC_RE = re.compile(r"(?i:\b(?:trafic|traffic|flux|flows?|transit)\b)")
# A flow to or from a partner (`les exportations vers la Mauritanie`, `imports from India`).
_FLOW_WITH_PARTNER_RE = re.compile(
    r"(?i:\b(?:exportations?|exports?|importations?|imports?|ventes|sales|achats|[ée]changes|expéditions|shipments)\b"
    r"[^,;:]{0,40}?\b(?:vers|à\s+destination\s+d[eu]|avec|en\s+provenance\s+d[eu]|to|from|with)\b)"
)


# A flow or traffic to or from partners that the statement names (`le trafic routier vers la
# Mauritanie`, `les exportations à destination de l'Espagne`, `imports from India`).
_FLOW_TO_PARTNERS_RE = re.compile(
    r"(?i:\b(?:exportations?|exports?|importations?|imports?|expéditions|shipments|trafic|traffic|flux|flows?"
    # (a way for them: `ouvre un deuxième axe vers la Mauritanie`, `a new shipping line to Britain`)
    r"|axes?|corridors?|routes?|liaisons?|lignes?|lines?|links?)\b"
    r"[^,;:]{0,40}?\b(?:vers|à\s+destination\s+d[eu]s?|en\s+provenance\s+d[eu]s?|to|from)\b)"
)
_STATEMENT_WORDS = 3


# An amount in the home currency (`21,4 milliards de DH`, `MAD 3 billion`): a lead that counts in
# it and names no other country tells of the home economy, in an article that names it (`les exportations du secteur ont
# reculé de 3,8% à 21,4 milliards de DH. L'Espagne et la France concentrent 60% des ventes`).
_HOME_MONEY_RE = re.compile(r"(?<![\w])(?:MMDH|MDH|KDH|DH|dirhams?|MAD)(?![\w])")
_CONTRAST_CLAUSE_RE = re.compile(r"\s*(?i:mais|but|tandis\s+que|alors\s+que|while|whereas)\b")


def _names_home(text: str, title: str | None) -> bool:
    """Whether the article names the home country: by name or demonym, as `le Royaume`, by
    one of its places (`Kénitra`, `Tanger Med`) or organisations (`OCP`)."""
    whole = f"{title or ''}\n{text}"
    return (
        # the text's own mentions are asked for again by the focus and the figures: memoised
        any(HOME_COUNTRY in m.codes for part in (title or "", text) for m in find_countries(part))
        or _HOME_WORDS_RE.search(whole) is not None
        or _home_places_re().search(whole) is not None
        or _home_organisations_re().search(whole) is not None
    )


@lru_cache(maxsize=1)
def _known_foreign_companies() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(written forms, country) of each foreign company the gazetteer gives a country (not
    a news outlet or agency, which is a source)."""
    gazetteer = json.loads(resources.files("econews").joinpath("data/entities_gazetteer.json").read_text(encoding="utf-8"))
    return tuple(
        (tuple(sorted(entry["aliases"], key=len, reverse=True)), entry["country"])
        for entry in gazetteer["entries"]
        if entry["label"] == "ORG" and entry.get("country") not in (None, HOME_COUNTRY)
        and not entry.get("press") and not entry.get("seat_only")
    )


@lru_cache(maxsize=1)
def _home_places_re() -> re.Pattern:
    data = json.loads(resources.files("econews").joinpath("data/entities_places.json").read_text(encoding="utf-8"))
    forms = {form for name, country, others in data["places"] if country == HOME_COUNTRY for form in (name, *others)}
    # Its zones and national plans name it as well (`Tanger Med`, `Plan d'accélération industrielle`).
    gazetteer = json.loads(resources.files("econews").joinpath("data/entities_gazetteer.json").read_text(encoding="utf-8"))
    forms |= {
        alias for entry in gazetteer["entries"]
        if entry.get("country") == HOME_COUNTRY and entry["label"] in ("LOC", "PROGRAM") for alias in entry["aliases"]
    }
    forms = sorted(forms, key=len, reverse=True)
    return guarded(re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w])"))


@lru_cache(maxsize=1)
def _home_organisations_re() -> re.Pattern:
    """The home country's companies and institutions the gazetteer knows (`OCP`, `Office des
    changes`, `Bank Al-Maghrib`), but its news outlets, which are sources."""
    gazetteer = json.loads(resources.files("econews").joinpath("data/entities_gazetteer.json").read_text(encoding="utf-8"))
    forms = sorted({
        alias for entry in gazetteer["entries"]
        if entry["label"] == "ORG" and entry.get("country") == HOME_COUNTRY and not entry.get("press")
        for alias in entry["aliases"] if len(alias) > 3 or alias.isupper()
    }, key=len, reverse=True)
    # (in any case when of several words, as the gazetteer matches them: `le ministère de
    # l'Economie et des Finances`; exactly when one: `OCP`, not `ocp`)
    return guarded(re.compile(r"(?<![\w])(?:" + "|".join(
        f"(?i:{re.escape(form)})" if " " in form else re.escape(form) for form in forms) + r")(?![\w])"))


def own_countries(text: str, figure_end: int, unit: str | None) -> tuple[int, int, tuple[str, ...]] | None:
    """The country a count names right after its number (`1,4 milliard d'Indiens`, `7 million
    British homes`), with the mention's span; None when it names none."""
    if unit not in _OWN_COUNTRY_UNITS:
        return None
    lead_in = _OWN_COUNTRY_RE.match(text, figure_end)
    at = lead_in.end()
    mention = next(iter(find_countries(text[at:at + 40])), None)
    if mention is None or mention.start != 0 or mention.kind == "compound":
        return None
    # `150 entreprises américaines opèrent au Maroc`: an adjective after the noun qualifies
    # the things counted, it does not make them the country's alone.
    of = text[figure_end:at].strip() != ""
    adjective_before_noun = mention.text[0].isupper() and re.match(r" [a-z]", text[at + mention.end:at + mention.end + 2])
    if not (of or adjective_before_noun):
        return None
    return at, at + mention.end, mention.codes


def figure_countries(
    text: str, figure_start: int, sentence: tuple[int, int], article: Article,
    earlier_sentences: list[tuple[int, int]], masked: tuple[tuple[int, int], ...] = (),
    own: tuple[str, ...] = (), previous: tuple[int, int] | None = None,
) -> list[str]:
    """The countries the figure is about, in the order a reader finds them: what the shape of
    its statement decides (`_stated_by_the_statement`); its sentence (`_sentence_frame`), with
    the focus's other country for `les deux pays` or an agreement between a home party and an
    unnamed one; else, for a national sector, the home country; else, after `Ces dernières`,
    the sentence before's last country; else, unless its clause names a world region as its
    place, the nearest earlier sentence of its paragraph that names one; else, unless its
    sentence places it in the home country (`à Berrechid`), the article's focus. The home country joins them in an
    article about it. Empty only when none is named. `masked`: spans of countries that belong
    to other figures (`7 million British homes`); `own`: the country a count names
    (`1,4 milliard d'Indiens`), which replaces the home country; `previous`: the sentence
    before, in any paragraph (`It would supply ...` goes on about its subject)."""
    if own:
        return _countries_of_a_count(text, figure_start, sentence, article, own)
    article = subjects.paragraph_company(text, earlier_sentences, article)
    # (the home country as the rival the subject takes on after the figure names no country of
    # it: `La Tunisie veut exporter 300.000 tonnes et concurrencer le Maroc`)
    masked = masked + tuple(subjects.rival_home_objects(text, figure_start, sentence[1], article.home_country))
    shaped = _decided_before_the_sentence_is_read(text, figure_start, sentence, article, earlier_sentences, previous, masked)
    if shaped is not None:
        return shaped
    found, placed, frame_foreign = _read_in_the_sentence(
        text, figure_start, sentence, article, earlier_sentences, previous, masked)
    abroad = False
    if _home_taken_up_by_a_pronoun(text, figure_start, sentence, found, article, earlier_sentences):
        return sorted(found | {article.home_country})
    if found:
        found = found | _foreign_country_taken_up_by_a_pronoun(text, figure_start, sentence, found, article, earlier_sentences)
    if not found and _continents_figure(text, figure_start, sentence, article):
        return []
    if not found and _company_whole_by_its_possessive(text, figure_start, sentence, article):
        return [article.main_company_country]
    if not found and _home_figure_set_against_abroad(text, figure_start, sentence, article):
        return [article.home_country]
    if not found and _the_country_before(text, sentence, previous, article):
        return sorted(_the_country_before(text, sentence, previous, article))
    if not found:
        placed = placed or _pronoun_for_a_home_place(text, sentence, earlier_sentences, article)
        found = _read_around_the_sentence(text, figure_start, sentence, article, earlier_sentences, previous, masked, placed)
        abroad = _paragraph_abroad(text, sentence, found, article, earlier_sentences, masked) \
            or _foreign_focus_alone(text, sentence, found, article, earlier_sentences)
    found = found | _sharing_countries(text, figure_start, sentence, previous, found)
    found = found | _partner_of_the_clause_set_against(text, figure_start, sentence, found, article)
    if found and _shares_of_a_foreign_companys_purchases(text, sentence, found, article):
        return sorted(found | {article.main_company_country})
    if found and _foreign_company_in_a_third_country(text, sentence, found, article):
        return sorted(found | {article.main_company_country})
    if (found and _pledged_by_a_foreign_funder(text, figure_start, sentence, found, article)) \
            or _lent_to_the_focus_project(text, figure_start, sentence, found, article):
        return sorted(found | set(article.focus_countries))
    owner = _owner_of_the_flow_a_partner_takes(text, figure_start, sentence, found, article)
    if owner:
        return sorted(found - {article.home_country} | {owner})
    return _with_the_home_country_or_not(text, figure_start, sentence, found, abroad, frame_foreign, article,
                                         earlier_sentences, previous, masked)


# `in the country`, `dans le pays`: the country named last, for a count of a foreign country's
# firms (not `dans le pays d'origine`).
_OPERATE_IN_THE_COUNTRY_RE = re.compile(r"(?i:\b(?:in|into)\s+the\s+country\b|\b(?:dans|au)\s+(?:le\s+)?pays\b(?!\s+(?:d['’]|de\s|du\s|des\s)))")
_COUNTRY_BEFORE_CHARS = 600


def _last_country_before(text: str, start: int, own: set[str]) -> set[str]:
    """The country named last (by its name) in the text before `start`, not one of `own`."""
    window_start = max(0, start - _COUNTRY_BEFORE_CHARS)
    names = [m for m in find_countries(text[window_start:start]) if m.kind == "name" and not set(m.codes) & own]
    return set(names[-1].codes) if names else set()


def _countries_of_a_count(text, figure_start, sentence, article, own) -> list[str]:
    """A count that names its own country (`1,4 milliard d'Indiens`): that country and those
    its clause names; a tourism sentence's visitors (`500,000 Chinese tourists a year by 2030`,
    `2 millions de Britanniques`) come to the home country the article is about."""
    clause = _figure_clause(text, figure_start, sentence)
    # (not the people another count of the clause counts: `including 4.1 million Algerians and
    # 2.9 million Libyans`)
    others = tuple((clause[0] + m.start, clause[0] + m.end) for m in find_countries(text[clause[0]:clause[1]])
                   if m.kind == "demonym"
                   and _COUNT_BEFORE_RE.search(text, max(clause[0], clause[0] + m.start - 25), clause[0] + m.start)
                   and not (figure_start < clause[0] + m.start
                            and _COUNT_BEFORE_RE.fullmatch(text, figure_start, clause[0] + m.start)))
    found = set(own) | _named(text, *clause, article.companies, others)
    if found == set(own) and _OPERATE_IN_THE_COUNTRY_RE.search(text, *clause):
        # `Some 80 Japanese firms operate in the country`: the country named last before it
        found |= _last_country_before(text, sentence[0], set(own))
    if article.home_country and TOURISM_RE.search(text, *sentence):
        # visitors come to the home country, or to the foreign one the sentence says receives
        # them (`Tunisia received 11.3 million tourists, including 4.1 million Algerians`)
        host = _HOST_SUBJECT_RE.search(text, sentence[0], figure_start)
        host_codes = next((m.codes for m in find_countries(host.group("host")) if m.kind == "name"), None) if host else None
        found |= set(host_codes) if host_codes and article.home_country not in host_codes else {article.home_country}
    return sorted(found)


# A number counting people right before a demonym: `4.1 million `, `2,9 millions de `.
_COUNT_BEFORE_RE = re.compile(
    r"\d[\d.,\s]*(?:\s*(?:million|milliard|billion|thousand|mille)s?)?\s*(?:de\s+|d['’]\s*)?$")
# A country receiving visitors, as the sentence's subject: `Tunisia received`, `l'Espagne a accueilli`.
_HOST_SUBJECT_RE = re.compile(
    r"(?P<host>\b[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s+(?:a\s+|has\s+)?"
    r"(?i:received|welcomed|attracted|drew|hosted|accueilli|reçu|attiré|accueille|reçoit)\b")


def _decided_before_the_sentence_is_read(
    text, figure_start, sentence, article, earlier_sentences, previous, masked,
) -> list[str] | None:
    """The countries when the shape of the figure's statement decides them before its
    sentence is read for names: the headline's home statement, the statement's own shape
    (`_decided_by_the_statement`), a relative on home infrastructure, the exported share of a
    new plant, a home figure broken down by partner, a home statistic. Else None."""
    if article.home_country and _in_the_headlines_home_statement(text, figure_start, article):
        return [article.home_country]
    decided = _decided_by_the_statement(text, figure_start, sentence, article, earlier_sentences, previous, masked)
    if decided:
        return sorted(decided)
    if article.home_country and _relative_of_home_infrastructure(text, figure_start, sentence, article):
        return [article.home_country]
    if _exported_share_of_the_new_plant(text, figure_start, sentence, article):
        # (with the markets its sentence names after it, by their names: `mainly to the European
        # Union and the United States`, not `vers les usines de constructeurs allemands`)
        # up to a clause on the rest: `45% will go to plants in Morocco, while the rest will be
        # exported to Spain`)
        rest = _THE_REST_RE.search(text, figure_start, sentence[1])
        window = text[figure_start:rest.start() if rest else sentence[1]]
        markets = {code for m in find_countries(window) if m.kind == "name" for code in m.codes}
        return sorted({article.main_company_country, article.home_country} | markets)
    if article.home_country and article.main_company_country in (None, article.home_country) \
            and _broken_down_by_partner(text, figure_start, sentence, article):
        return [article.home_country]
    if article.home_country and _home_statistic(text, sentence, article.home_country, (
            article.home_country in article.focus_countries or _HOME_MONEY_RE.search(text, *sentence))) and not (
            article.main_company_country not in (None, article.home_country) and sentence[0] >= article.main_company_from
            and _main_company_subject(text, figure_start, sentence, article)
            and not _RELATIVE_BEFORE_RE.search(text, sentence[0], figure_start)):
        # (a foreign main company's measure a home institution reports is still the company's:
        # `La capacité sera portée à 45.000 tonnes, a précisé le ministère de l'Industrie`)
        return [article.home_country]
    return None


def _home_taken_up_by_a_pronoun(text: str, figure_start: int, sentence: tuple[int, int], found: set[str], article: Article,
                                earlier_sentences: list[tuple[int, int]]) -> bool:
    """Whether the sentence opens on a pronoun for the home country the sentence before opened
    on (`Le Maroc demeure le premier client de l'Espagne en Afrique. Il absorbe 3,6% des
    exportations espagnoles`), the figure in its main clause, not in a relative aside."""
    return bool(article.home_country and article.home_country not in found and earlier_sentences
                and _PRONOUN_SUBJECT_RE.match(text, _without_dateline(text, sentence)[0])
                and not _ASIDE_RE.match(text, _figure_clause(text, figure_start, sentence)[0])
                and _opens_with_country(text, _without_dateline(text, earlier_sentences[-1])[0], {article.home_country}))


def _foreign_country_taken_up_by_a_pronoun(text: str, figure_start: int, sentence: tuple[int, int], found: set[str],
                                           article: Article, earlier_sentences: list[tuple[int, int]]) -> set[str]:
    """The foreign country the sentence before (in its paragraph) opened on, where this one
    opens on a subject pronoun for it, after an apposition or not (`L'Espagne devance l'Hexagone.
    Premier partenaire commercial du Royaume depuis 2012, elle a échangé 22,4 milliards d'euros
    de marchandises avec le Maroc`): the pronoun names it, as a name would. The figure in its
    main clause, not in a relative aside."""
    if not earlier_sentences or _ASIDE_RE.match(text, _figure_clause(text, figure_start, sentence)[0]):
        return set()
    start = _without_dateline(text, sentence)[0]
    opening = _PRONOUN_AFTER_APPOSITION_RE.match(text, start, figure_start)
    if opening is None or find_countries(text[start:opening.end()]):
        # (the apposition names the country the pronoun takes up: `Quant à l'Indonésie, elle vise`)
        return set()
    before = _without_dateline(text, earlier_sentences[-1])[0]
    at = _OPENING_ARTICLE_RE.match(text, before).end()
    mention = next(iter(find_countries(text[at:at + 40])), None)
    if mention is None or mention.start != 0 or mention.kind != "name" or article.home_country in mention.codes \
            or not _opens_with_country(text, before, set(mention.codes)):
        return set()
    return set(mention.codes) - found


# A subject pronoun opening the sentence, after an apposition of a few words or not (`Elle a`,
# `Premier partenaire commercial du Royaume depuis 2012, elle a échangé`).
_PRONOUN_AFTER_APPOSITION_RE = re.compile(r"\s*(?:[^,.;:()]{3,80},\s*)?(?:elle|il|Elle|Il|It|it)\s+(?!y\s)")


def _company_whole_by_its_possessive(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> bool:
    """Whether the sentence opens on the company's possessive with its measure as a whole or
    its net result: its own country's, not that of the sites the sentence before lists (`Its order
    backlog stood at a record $41 billion`, after `employs 19,000 people at 23 sites in the US,
    Mexico and the UK`); or on the company itself, by its name or `the company`, with its
    business as a whole (`Anatolia operates 14 terminals in 9 countries`): not the project the
    article is about, in the home country."""
    if not article.main_company_country:
        return False
    start = _without_dateline(text, sentence)[0]
    if _ITS_OPENING_RE.match(text, start):
        return bool(_worldwide(text, figure_start, sentence, article) or _NET_RESULT_RE.search(text, *sentence))
    opens_on_it = _COMPANY_ANAPHOR_RE.match(text, start) or any(
        pattern.match(text, start) and code == article.main_company_country for pattern, code in article.companies)
    return bool(opens_on_it) and _worldwide(text, figure_start, sentence, article)


def _with_the_home_country_or_not(
    text: str, figure_start: int, sentence: tuple[int, int], found: set[str], abroad: bool, frame_foreign: bool,
    article: Article, earlier_sentences: list[tuple[int, int]], previous: tuple[int, int] | None, masked,
) -> list[str]:
    """The countries read, with the home country unless the statement is said of abroad (or,
    in an article about one foreign country, with that country instead)."""
    abroad = abroad or _home_only_in_a_comparison(text, figure_start, sentence, found, article, masked) \
        or _compared_abroad(text, figure_start, sentence, found, article) \
        or _whose_own(text, figure_start, sentence, found, article) \
        or _named_in_paragraph_abroad(text, sentence, found, article, earlier_sentences)
    if found and article.home_country not in found:
        # (the foreign company at work abroad is of its own country too: `Qiantang, which
        # supplies cells to European automakers, is also building a 40 GWh plant in Miskolc,
        # Hungary`)
        found |= operating_owners(text, figure_start, _statement_of(text, figure_start, sentence), article)
    # (the home country named in the sentence as another figure's own is not this one's:
    # `Turkey attracted $12.4 billion, Morocco $3.9 billion and Tunisia $1.1 billion`)
    abroad = abroad or bool(found - {article.home_country}) and _home_is_another_figures(text, figure_start, sentence, masked, article)
    abroad = abroad or _in_a_foreign_countrys_relative_clause(text, figure_start, sentence, found, article)
    partner = _partner_buying_from_a_third(text, figure_start, sentence, found, article)
    if partner:
        return sorted(found | {partner})
    if article.home_country and (_home_organisation_acts(text, figure_start, sentence, found, article) or (
            not abroad and not _said_of_abroad(
                text, figure_start, sentence, found, article, earlier_sentences, previous, frame_foreign))):
        if _in_a_foreign_focus(text, sentence, found, article):
            # `Le chinois Dongxu Motors a annoncé un investissement de 320 millions de dollars
            # dans une usine à Ain Sokhna`, in an article about Egypt's car plan: there, not home.
            return sorted(found | {article.about_abroad})
        if _own_figure_of_the_country_abroad(text, sentence, found, article):
            return sorted(found)
        found.add(article.home_country)
    return sorted(found)


def _own_figure_of_the_country_abroad(text: str, sentence: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the article is about one foreign country (`Article.about_abroad`) and names the
    home country only in passing (`Article.home_in_passing`), and the figure's sentence names that
    country alone and nothing of the home country, nor its money: its own figure (`Argentine
    soybean processors crushed a record 11.8 million tonnes`, in an article on Argentina's
    crushers), not one of its trade with the home country."""
    return article.home_in_passing and found == {article.about_abroad} \
        and not subjects.span_names_home(text, *sentence, article) \
        and not _HOME_MONEY_RE.search(text, *sentence) and not _HOME_WORDS_RE.search(text, *sentence)


def _in_a_foreign_countrys_relative_clause(text: str, figure_start: int, sentence: tuple[int, int], found: set[str],
                                           article: Article) -> bool:
    """Whether the figure is told in a relative clause of a foreign country named right before it
    (`La Tunisie, qui a accueilli 11 millions de visiteurs sur la même période, n'a ...`, `a
    setback for Egypt, which has signed agreements worth more than $40 billion`), the clause
    naming nothing of the home country: that country's own, set beside the article's."""
    home = article.home_country
    if not home or home in found:
        return False
    relative = None
    for m in _RELATIVE_AFTER_A_NAME_RE.finditer(text, sentence[0], figure_start):
        relative = m
    if relative is None or "," in text[relative.end():figure_start]:
        return False
    # (the country opens the sentence as its subject, after an opening phrase at most: not a
    # partner named after a preposition, `son accord avec la Russie, qui autorise 10 chalutiers`)
    opening = _without_dateline(text, sentence)[0]
    subject = _OPENING_PHRASE_RE.match(text, opening, relative.start())
    subject_start = subject.end() if subject else opening
    named = [c for c in find_countries(text[subject_start:relative.start()]) if c.kind == "name"]
    if len(named) != 1 or not _OPENING_ARTICLE_RE.fullmatch(text, subject_start, subject_start + named[0].start) \
            or subject_start + named[0].end != relative.start() or not set(named[0].codes) <= found - {home}:
        return False
    clause_end = text.find(",", figure_start, sentence[1])
    clause_end = clause_end if clause_end >= 0 else sentence[1]
    # (nor a share of the home country's flow: `L'Espagne et la France, qui absorbent près de 70% des ventes`)
    return not _home_or_its_money(text, relative.start(), clause_end, article) and not _PERCENT_OF_RE.match(text, figure_start)


_RELATIVE_AFTER_A_NAME_RE = re.compile(r"(?<=\w),\s+(?:qui|which)\s")
# An opening phrase before the subject: `De son côté, `, `In North Africa, `.
_OPENING_PHRASE_RE = re.compile(r"[^,]{2,40},\s+")
_PERCENT_OF_RE = re.compile(r"[\d.,\s]+%\s+(?:des?|du|of)\b")


def _partner_buying_from_a_third(text: str, figure_start: int, sentence: tuple[int, int], found: set[str],
                                 article: Article) -> str | None:
    """The home country's trade partner, in an article about their trade, where the sentence
    gives what a third country supplies, named as the source before the figure and nothing of
    the home country nor of the partner (`Shipments from Saudi Arabia fell 11% to $2.3 billion`,
    `Saudi Arabia supplied 2.7 million tons`, in an article on India's phosphate imports from
    Morocco): the partner's purchases from its other suppliers, not the home country's trade."""
    partner, home = article.trade_partner, article.home_country
    third = found - {home, partner}
    if not partner or len(third) != 1 or found & {home, partner} or _home_or_its_money(text, *sentence, article):
        return None
    start = _without_dateline(text, sentence)[0]
    source = _THIRD_SOURCE_RE.search(text, start, figure_start)
    # (not the world's: `Russia, which supplied 18% of global fertiliser exports`)
    if source is None or _WORLDWIDE_WORD_RE.search(text, *_statement_of(text, figure_start, sentence)):
        return None
    return partner if _named(text, start, source.end()) == third else None


_WORLDWIDE_WORD_RE = re.compile(r"(?i:\b(?:global|world(?:wide|'s)?|mondiale?s?|du\s+monde)\b)")


# A supplier named as the source: `Shipments from Saudi Arabia`, `Purchases from Jordan`, `Saudi
# Arabia supplied`, `les livraisons en provenance de la Russie`, `l'Arabie saoudite a fourni`.
_THIRD_SOURCE_RE = re.compile(
    r"(?i:\b(?:shipments|imports|purchases|deliveries|supplies|livraisons|importations|achats|expéditions)\s+"
    r"(?:from|en\s+provenance\s+d[eu']s?|d[eu']s?)\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*)?"
    r"|\b[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*)?\s+(?:supplied|shipped|delivered|a\s+fourni|a\s+livré|a\s+expédié)\b)"
)


def _home_is_another_figures(text: str, figure_start: int, sentence: tuple[int, int], masked, article: Article) -> bool:
    """Whether the home country, by its name, is among the mentions masked for this figure as
    the owner of another figure right after it (`Morocco $3.9 billion`, `Morocco produced about
    610,000 vehicles`), an item of an enumeration of countries and their figures, the figure
    itself one (`Tunisia $1.1 billion`, `Egypt fewer than 100,000`)."""
    window = text[max(sentence[0], figure_start - 40):figure_start]
    own = [m for m in find_countries(window) if m.kind == "name" and article.home_country not in m.codes]
    if not own or not _OWNER_GAP_RE.fullmatch(window, own[-1].end):
        return False
    for a, b in masked:
        if not sentence[0] <= a < sentence[1]:
            continue
        for m in find_countries(text[a:b]):
            if m.kind == "name" and article.home_country in m.codes:
                after = a + m.end
                digit = re.search(r"\d", text[after:min(sentence[1], after + 40)])
                at = after + digit.start() if digit else -1
                # (the home country as an item's subject: after the sentence's start, a comma or
                # `and`; not `to Morocco`, `hors du Maroc`)
                item = _ITEM_START_RE.search(text[max(sentence[0], a + m.start - 12):a + m.start])
                if digit and item and not at <= figure_start < at + 12 and _OWNER_GAP_RE.fullmatch(text, after, at):
                    return True
    return False


_ITEM_START_RE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|et)\s+)(?:(?:le|la|l['’]|the)\s*)?$")
# Between a country and its own figure in an enumeration: a verb, an adverb, a currency sign.
_OWNER_GAP_RE = re.compile(r"(?:['’]s)?\s*(?:[a-z]+\s+){0,3}(?:about\s+|some\s+|près\s+de\s+|environ\s+)?[$€£]?")


def _in_a_foreign_focus(text: str, sentence: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the article is about one foreign country (`Article.about_abroad`), the
    figure's sentence names foreign countries other than it, or places in it (`une usine à Ain
    Sokhna`), and nothing of the home country, nor its money."""
    return bool(article.about_abroad and found) and (
        article.about_abroad not in found
        or any(article.about_abroad in m.codes for m in find_places_abroad(text[sentence[0]:sentence[1]], article.home_country))) \
        and article.home_country not in found and not subjects.span_names_home(text, *sentence, article) \
        and not _HOME_MONEY_RE.search(text, *sentence) and not _HOME_WORDS_RE.search(text, *sentence)


# A partner's share of a flow: `The European Union took 64 percent of volumes`, `the United
# States bought 21 percent`, `la Chine absorbant 46% des volumes`.
_PARTNER_TAKES_SHARE_RE = re.compile(
    r"(?i:\b(?:took|takes|taking|bought|buys|buying|absorbed|absorbs|absorbing|absorb[ée]|absorbant|a\s+absorbé|ont\s+absorbé"
    r"|accounted\s+for|accounting\s+for|accounts\s+for)\s+(?:[a-zé'’]+\s+){0,3}?)$"
)
_SHARE_OF_THE_FLOW_RE = re.compile(
    r"[\d.,]+\s*(?:%|percent|per\s*cent|pour\s*cent)(?:\s+(?:of|des?|du)\s+(?:the\s+|les\s+|ses\s+|its\s+)?"
    r"(?:volumes?|shipments|exports|sales|total|them|expéditions|exportations|ventes))?(?=[\s,.;])"
)


def _owner_of_the_flow_a_partner_takes(text: str, figure_start: int, sentence: tuple[int, int], found: set[str],
                                        article: Article) -> str | None:
    """The foreign country whose flow a partner takes a share of, in an article about that
    country alone (`The European Union took 64 percent of volumes, ..., while the United States
    bought 21 percent`, of Tunisia's olive oil exports): the focus's one country, which takes
    the home country's place; None where the sentence names anything of the home country."""
    home = article.home_country
    focus = set(article.focus_countries)
    if not home or len(focus) != 1 or home in focus or focus & found or not found - {home}:
        return None
    clause_start = _figure_clause(text, figure_start, sentence)[0]
    if not (_PARTNER_TAKES_SHARE_RE.search(text[max(clause_start, figure_start - 40):figure_start])
            and _SHARE_OF_THE_FLOW_RE.match(text, figure_start)):
        return None
    return None if _home_or_its_money(text, *sentence, article) else next(iter(focus))


def _home_or_its_money(text: str, start: int, end: int, article: Article) -> bool:
    """Whether text[start:end] names the home country, one of its places or organisations, or
    counts in its money."""
    return bool(_named(text, start, end, article.companies) & {article.home_country} or _located_home(text[start:end])
                or _home_organisations_re().search(text, start, end) or _HOME_MONEY_RE.search(text, start, end))


def _home_figure_set_against_abroad(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> bool:
    """Whether a figure that names no country is set against a foreign country's after it
    (`Le salaire minimum, relevé à 3.400 DH, reste inférieur à celui de la Turquie`, `coûte
    420 euros par mois, contre 750 euros en Serbie`): the home country's own, in an article
    about it and no foreign company."""
    home = article.home_country
    if not home or article.main_company_country not in (None, home):
        return False
    phrase = comparison_after(text, figure_start, sentence[1])
    return phrase is not None and bool(_named(text, *phrase, article.companies) - {home}) \
        and not _named(text, sentence[0], phrase[0], article.companies) - {home}


def _home_organisation_acts(text: str, figure_start: int, sentence: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether a home organisation is the subject of the figure's statement abroad (`ONCF ordered
    18 trains from France's Alstom`, `OCP supplies about 20% of India's phosphate imports`, `l'OCP a
    livré 1,7 million de tonnes au Brésil`): the home country's dealings with that country, not
    a reporter (`BAM relève que la BCE a ramené son taux à 2%`) nor a source (`selon l'Office des
    changes`)."""
    if not found - {article.home_country}:
        return False
    start = _without_dateline(text, sentence)[0]
    opening = _FRAME_OPENING_RE.match(text, start).end()
    subject_end = min(figure_start, opening + _SUBJECT_CHARS)
    for m in _home_organisations_re().finditer(text, start, subject_end):
        if not subjects.reports(text, m.start(), m.end()) and not _SOURCE_BEFORE_RE.search(text, start, m.start()):
            return True
    return False


def _home_only_in_a_comparison(text: str, figure_start: int, sentence: tuple[int, int], found: set[str],
                               article: Article, masked: tuple[tuple[int, int], ...]) -> bool:
    """Whether the sentence names the home country only after this foreign figure, where it
    sets another figure against it (`wages in Egyptian car plants are about $230, compared with
    about $420 in Morocco`): the figure is the foreign country's alone. (Not a part of a home
    whole told first: `31% du stock d'IDE au Maroc, contre 9% pour les Emirats`.)"""
    home = article.home_country
    if not home or not found - {home} or home in found or not masked:
        return False
    if not subjects.span_names_home(text, *sentence, article):
        return False
    holes: list[tuple[int, int]] = []
    for a, b in sorted((max(a, sentence[0]), min(b, sentence[1])) for a, b in masked if a < sentence[1] and b > sentence[0]):
        if holes and a <= holes[-1][1]:
            holes[-1] = (holes[-1][0], max(b, holes[-1][1]))  # (overlapping masks merged)
        else:
            holes.append((a, b))
    # (nor a home the sentence leaves out, `country_masks.excluded`: `38% de son chiffre
    # d'affaires hors du Maroc`)
    left_out = excluded(text, *sentence)
    if not any(subjects.span_names_home(text, a, b, article) and not any(a <= x < b for x, _ in left_out)
               for a, b in holes if a > figure_start):
        return False
    return not any(subjects.span_names_home(text, a, b, article) or _HOME_WORDS_RE.search(text, a, b)
                   for a, b in _outside(sentence[0], sentence[1], holes))


def _pronoun_for_a_home_place(text: str, sentence: tuple[int, int], earlier_sentences: list[tuple[int, int]],
                              article: Article) -> bool:
    """Whether the sentence opens on a pronoun for the sentence before, in its paragraph, that
    names a place of the home country (`la cité industrielle de Tanger Tech s'étend sur 2.167
    hectares. Elle a attiré 14 projets`): placed there as that sentence is."""
    if not earlier_sentences or article.home_country is None:
        return False
    return bool(_PRONOUN_SUBJECT_RE.match(text, _without_dateline(text, sentence)[0])) \
        and _placed_at_home(text, earlier_sentences[-1], article, article.home_country)


_PRONOUN_SUBJECT_RE = re.compile(r"\s*(?:Elle|Il|It)\s")


def _pronoun_for_the_main_company(text: str, sentence: tuple[int, int], previous: tuple[int, int] | None,
                                  article: Article) -> set[str]:
    """The main company's country where the sentence opens on a pronoun and the sentence before
    opened on the company, by a noun or its name (`The company said the first phase would start
    in 2028. It expects to employ about 450 people`)."""
    if previous is None or not _PRONOUN_SUBJECT_RE.match(text, _without_dateline(text, sentence)[0]):
        return set()
    opening = _opening_noun(text, _without_dateline(text, previous))
    named = _COMPANY_ANAPHOR_RE.search(text, *opening)
    if _companies_opening(text, opening, previous[1], article.companies) == {article.main_company_country} \
            or (named and not text[opening[0]:named.start()].strip()):
        return {article.main_company_country}
    return set()


def _sharing_countries(text: str, figure_start: int, sentence: tuple[int, int], previous: tuple[int, int] | None,
                       found: set[str]) -> set[str]:
    """The countries a resource is shared with, in the aside that describes the subject of the
    figure's clause (`le champ gazier GTA, partagé avec le Sénégal, a produit 2,3 millions de
    tonnes`, `the GTA field shared by Senegal and Mauritania, which produced 2.4 million
    tonnes`), or of the sentence before when this one takes the resource up (`Le projet doit
    produire 2,3 millions de tonnes`): what is shared is theirs too. Only with a country found."""
    if not found:
        return set()
    window_start = max(sentence[0], figure_start - _SHARED_REACH)
    aside = None
    for m in _SHARED_ASIDE_RE.finditer(text, window_start, figure_start):
        if not re.search(r"\d|[.;]", text[m.end():figure_start]) and _describes_the_subject(text, sentence[0], m):
            aside = m
    if aside is None and previous and _TAKEN_UP_RESOURCE_RE.match(text, _without_dateline(text, sentence)[0]) \
            and not re.search(r"\d", text[sentence[0]:figure_start]) and not _named(text, *sentence):
        aside = next(iter(_SHARED_ASIDE_RE.finditer(text, *previous)), None)
    if aside is None:
        return set()
    return {code for m in find_countries(aside.group("with")) if m.kind == "name" for code in m.codes}


# A clause set against the one before it (`tandis que`, `while`, `contre`) and the partner the
# clause before names after its flow's preposition (`vers l'UE`, `on Chinese-made cars`).
_SET_AGAINST_RE = re.compile(
    r"(?=[,\stacwc])(?:,?\s*\b(?i:tandis\s+qu['’e]\s*|alors\s+qu['’e]\s*|while\s|whereas\s|contre\s|against\s|compared\s+with\s))")
_SUBJECT_APPOSITION_RE = re.compile(r"(?:(?:the|le|la|les|l['’])\s*)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s[^,;]{3,80},")
_PARTNER_PREPOSITION_RE = re.compile(
    r"(?=\b(?i:[vtifeàos]))\b(?i:vers|to|towards|into|from|en\s+provenance\s+d[eu]|à\s+destination\s+d[eu]|on|sur)\s+"
    r"(?:(?i:l['’]\s*|le\s+|la\s+|les\s+|the\s+))?")


def _partner_of_the_clause_set_against(text: str, figure_start: int, sentence: tuple[int, int], found: set[str],
                                       article: Article) -> set[str]:
    """The partner of the flow the clause before tells of, for a figure in a clause set against
    it that names its own subject alone: `La Turquie a exporté 11,8 milliards d'euros de
    vêtements vers l'UE, tandis que le Bangladesh a atteint 19,7 milliards` (the Union's
    too), `The EU imposed duties of 35.3% on Chinese-made cars, while the US applies a 100%
    tariff` (China's too), `... vers l'UE ont atteint 9,3 milliards, contre 2,1 milliards pour
    le Royaume`. Not where the figure's clause names a partner of its own."""
    if len(found) != 1:
        return set()
    turns = list(_SET_AGAINST_RE.finditer(text, sentence[0], figure_start))
    if not turns:
        return set()
    turn = turns[-1]
    after = turns[-1].end()
    clause_end = next((m.start() for m in _SET_AGAINST_RE.finditer(text, figure_start, sentence[1])), sentence[1])
    if _named(text, after, clause_end, article.companies) != found or _PARTNER_PREPOSITION_RE.search(text, after, clause_end) \
            and _partners_after_prepositions(text, after, clause_end):
        return set()
    if _WORLDWIDE_WORD_RE.search(text, after, clause_end) or _SUBJECT_APPOSITION_RE.match(text, after, clause_end):
        # (a world figure: `while Chinese producers hold 85% of global output`; a subject an
        # apposition presents on its own: `while the Netherlands, Europe's largest greenhouse
        # producer, exports about 2 million tonnes`)
        return set()
    before = turns[-2].end() if len(turns) > 1 else sentence[0]
    partners = _partners_after_prepositions(text, before, turn.start())
    first = _PARTNER_PREPOSITION_RE.search(text, before, turn.start())
    # (the flow's owner named before its partner: `La Turquie a exporté ... vers l'UE`; not
    # `Sales to India rose 18% ..., while Latin America brought in`, where the partner is replaced)
    others = _named(text, before, first.start(), article.companies) - partners if first else set()
    if len(partners) != 1 or not others or found & (partners | others):
        return set()
    return partners


def _partners_after_prepositions(text: str, start: int, end: int) -> set[str]:
    """The countries named right after a flow's preposition in `text[start:end]`."""
    partners = set()
    for m in _PARTNER_PREPOSITION_RE.finditer(text, start, end):
        first = next(iter(find_countries(text[m.end():min(end, m.end() + 40)])), None)
        if first is not None and first.start == 0:
            partners |= set(first.codes)
    return partners


def _describes_the_subject(text: str, sentence_start: int, aside: re.Match) -> bool:
    """Whether the aside follows its clause's subject with nothing else before (`et le champ
    gazier GTA, partagé avec`), or opens a relative that goes on about the noun it follows
    (`field shared by Senegal and Mauritania, which produced`); not a noun deeper in the
    clause (`L'économie mauritanienne, dopée par la production du champ GTA, partagé avec`)."""
    if _WHICH_RE.match(text, aside.end() + 1) or re.match(r"\s+(?:which|qui)\b", text[aside.end():]):
        return True
    return bool(_SUBJECT_BEFORE_ASIDE_RE.search(text[sentence_start:aside.start()]))


# The clause's subject right before the aside, after the sentence's start or a clause's opener.
_SUBJECT_BEFORE_ASIDE_RE = re.compile(
    r"(?:^\s*|,\s|\b(?:et|and|while)\s+|\b(?:tandis|alors)\s+qu(?:e\s+|['’]\s*))"
    r"(?:le|la|les|l['’]|the|son|sa|its)\s*[^,;\d]{1,80},?\s*$"
)
_SHARED_REACH = 160
# `partagé avec le Sénégal,`, `shared by Senegal and Mauritania,`, `à cheval sur la frontière entre X et Y`
_SHARED_ASIDE_RE = re.compile(
    r"(?i:\b(?:partagée?s?|shared|straddling|à\s+cheval\s+(?:sur|entre))\s+(?:avec|with|by|entre|between|par)?\s*)"
    r"(?P<with>[^,;.()]{2,60})(?=,|\s+(?:which|qui)\b)"
)
# A resource or project taken up from the sentence before: `Le projet`, `Le champ`, `The field`.
_TAKEN_UP_RESOURCE_RE = re.compile(
    r"\s*(?:Le|Ce|The|This)\s+(?:projet|champ|gisement|site|project|field|deposit)\b"
)


def _continents_figure(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> bool:
    """Whether the sentence's subject is a continent or the world, or its market (`Le marché
    pharmaceutique africain, estimé à 65 milliards de dollars`, `Le continent importe encore
    près de 70% des médicaments`) and it names no country: no country's figure. (Not the
    continent's share of a flow whose owner is left unsaid, in an article about the home
    country: `Le continent absorbe désormais 61% des ventes à l'étranger du secteur`.)"""
    start = _without_dateline(text, sentence)[0]
    if _named(text, *sentence, article.companies) or _located_home(text[sentence[0]:sentence[1]]):
        return False
    if article.home_country in article.focus_countries and subjects._UNOWNED_SHARE_RE.match(text, figure_start):
        return False
    # (only as the subject: a figure of the world or a continent told as the place or the whole
    # of what a sentence measures, `le commerce intra-africain a atteint 220 milliards de
    # dollars`, takes the countries around it, as the contract asks: empty only when the article
    # names none; annotators of unseen pages follow that, 2026-12-07)
    return bool(_CONTINENT_SUBJECT_RE.match(text, start))


def _shares_of_a_foreign_companys_purchases(text: str, sentence: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the sentence gives suppliers' shares of a foreign main company's buying
    (`Bangladesh accounts for 31% of its purchases and China for 24%`, of a Swedish
    retailer's): theirs and the company's, not the home country's."""
    return bool(_SHARE_OF_ITS_PURCHASES_RE.search(text, *sentence)) \
        and article.main_company_country not in (None, article.home_country) and not found & {article.home_country}


def _foreign_company_in_a_third_country(text: str, sentence: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the sentence tells the foreign main company at work in another foreign country,
    set first and the company taken up as its subject (`En Egypte, il développe un projet de 4
    milliards de dollars`, `In Kenya, the group operates 3 plants`), and names nothing of the
    home country: the company's country and that one, not the home country's."""
    home, main = article.home_country, article.main_company_country
    if main in (None, home) or home in found:
        return False
    start = _without_dateline(text, sentence)[0]
    frame = _PLACE_FRAME_RE.match(text, start) or _CITY_FRAME_RE.match(text, start)
    if frame is None or not _TAKEN_UP_SUBJECT_RE.match(text, frame.end()):
        return False
    place = frame.group("place")
    codes = {code for m in find_countries(place) for code in m.codes} | set(place_country(place) or ())
    return bool(codes) and codes <= found and home not in codes \
        and not subjects.span_names_home(text, frame.end(), sentence[1], article) \
        and not _located_home(text[frame.end():sentence[1]])


def _pledged_by_a_foreign_funder(text: str, figure_start: int, sentence: tuple[int, int], found: set[str],
                                 article: Article) -> bool:
    """Whether the figure is money a foreign funder pledges, commits or lends, its clause
    naming no recipient, in an article whose focus is the home country (or a project of its
    with partners): the funder's country and the focus's, the flow's two ends (`The United
    Arab Emirates pledged $900 million through the Abu Dhabi Fund for Development`, of the
    Nigeria-Morocco pipeline; `Saudi Arabia's commitments reached $2.7 billion`, of Gulf
    pledges for Moroccan ports)."""
    home = article.home_country
    if not home or home in found or home not in article.focus_countries or found & set(article.focus_countries):
        return False
    clause = _figure_clause(text, figure_start, sentence)
    pledge = _FUNDER_PLEDGE_RE.search(text, clause[0], figure_start)
    if not pledge or _RECEIVES_RE.search(text, clause[0], pledge.start()):
        # (nor pledges the subject receives: `The sultanate has attracted commitments of $49 billion`)
        return False
    return _no_recipient_after(text, figure_start, clause, found, article)


_RECEIVES_RE = re.compile(
    r"(?i:\b(?:attract\w*|drew|drawn|draws?|received?|receives|secured?|won|wins|obtenu|obtient|attir\w*|reçu|décroché)\b)")


def _no_recipient_after(text: str, figure_start: int, clause: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the figure's clause names no recipient after it, no country other than `found`
    and no world region (a recipient named after the figure is the flow's other end: `has also
    committed $2 billion to Egypt's Red Sea coast and $900 million to Tunisia`)."""
    after = text[figure_start:clause[1]]
    recipients = [m for m in find_countries(after) if _RECIPIENT_BEFORE_RE.search(after[:m.start])]
    return not recipients and not _named(text, figure_start, clause[1], article.companies) - found \
        and not _REGION_PLACE_RE.search(after)


def _lent_to_the_focus_project(text: str, figure_start: int, sentence: tuple[int, int], found: set[str],
                               article: Article) -> bool:
    """Whether the figure is money lent or pledged by a lender of no foreign country (a
    multilateral bank, home banks), its clause naming no recipient, in an article whose focus
    is a project of the home country with partners: the focus's countries (`The ECOWAS Bank for
    Investment and Development will lend $420 million`, `a syndicate of Moroccan banks ... will
    provide 4.5 billion dirhams in local-currency loans`, of the Nigeria-Morocco pipeline)."""
    home, focus = article.home_country, set(article.focus_countries)
    if not home or found - {home} or home not in focus or len(focus) < 2:
        return False
    clause = _figure_clause(text, figure_start, sentence)
    if not _LENDS_RE.search(text, clause[0], figure_start):
        return False
    return _no_recipient_after(text, figure_start, clause, found, article)


# A lender's verb before its figure: `will lend`, `will provide`, `prêtera`, `accordera`.
_LENDS_RE = re.compile(
    r"(?i:\b(?:(?:will|to|would)\s+(?:lend|provide|extend)|prêtera(?:ient)?|accordera(?:ient)?|apportera(?:ient)?)\s+(?:[\w-]+\s+){0,2}$)"
)


_RECIPIENT_BEFORE_RE = re.compile(r"(?i:\b(?:to|into|in|for|à|au|aux|en|vers|pour)\s+(?:the\s+|l['’]\s*|le\s+|la\s+|les\s+)?)$")
# A funder's pledge before its figure: `pledged`, `committed`, `commitments`, `will lend`,
# `a promis`, `s'est engagé à`, `engagements`, `prêtera`.
_FUNDER_PLEDGE_RE = re.compile(
    r"(?i:\b(?:pledged?|pledges|pledging|committed|commits|commitments?|(?:will|to|would)\s+lend|lent"
    r"|a\s+promis|ont\s+promis|promet(?:tent)?|s['’]est\s+engagée?|se\s+sont\s+engagée?s|engagements?|prêtera(?:ient)?|prêtent)\b)"
)


_CITY_FRAME_RE = re.compile(r"\s*(?:À|A|At)\s+(?P<place>[A-Z][^,]{1,30}?)\s*,\s*")
# The main company taken up as a subject: `il`, `elle`, `le groupe`, `the company`.
_TAKEN_UP_SUBJECT_RE = re.compile(
    r"(?:il|elle|it|(?:le|the)\s+(?:groupe|group|company|firm|constructeur|fabricant|développeur|developer)"
    r"|la\s+(?:société|firme|filiale))\s+(?![A-Z])"
)


_SHARE_OF_ITS_PURCHASES_RE = re.compile(
    r"(?i:\b(?:its|their|ses|leurs?)\s+(?:total\s+|global\s+)?(?:purchases|sourcing|supplies|achats|approvisionnements)\b"
    # (or its markets: `Ses principaux marchés restent l'Allemagne, qui pèse 31% des ventes, l'Italie (19%)`)
    r"|\b(?:its|their|ses|leurs?)\s+(?:principaux\s+|main\s+|largest\s+|biggest\s+|top\s+)?(?:markets|marchés)\b)"
)


def _decided_by_the_statement(text, figure_start, sentence, article, earlier_sentences, previous, masked=()) -> set[str]:
    """What the shape of the statement decides alone: a company's accounts, its site abroad,
    a rival's figure, a statement whose countries its grammar gives (`_stated_by_the_statement`)."""
    decided = (subjects.company_accounts(text, figure_start, sentence, article, previous)
               or _economy_of_the_previous_subject(text, figure_start, sentence, article, previous)
               or subjects.site_abroad(text, figure_start, sentence, article)
               or _foreign_companys_own_aside(text, figure_start, sentence, article))
    if decided:
        return decided
    rival = country_rivals.rival_figure(text, figure_start, sentence, article, previous)
    if rival:
        # (of the foreign market the ranking is of: `Dans les importations de l'UE, la part du
        # Maroc plafonne à 1,6%, loin de la Turquie (5,8%)`)
        return rival | subjects.market_of_a_rival(text, figure_start, sentence, article)
    return _stated_by_the_statement(text, figure_start, sentence, article, earlier_sentences, previous, masked)


# An aside told of the company named right before it: `, qui revendique`, `, which operates`,
# `, présent dans 8 pays`, up to the next comma-and or the end of the clause.
_COMPANY_ASIDE_RE = re.compile(
    r",\s*(?:qui|which|who|présente?s?|present|active|actif|établie?|implantée?)\b(?:[^,.;:]|(?<=\d)[.,](?=\d)|,(?!\s*(?:et|and)\b))*")


def _foreign_companys_own_aside(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> set[str]:
    """The country of a foreign company named with its nationality (`le sud-africain Vantel
    Group`), for a figure in the aside told of it right after its name (`, qui revendique 290
    millions de clients dans 19 pays`, `, présent dans 8 pays avec 74 millions d'abonnés`), told
    as its business as a whole (`_WHOLE_RE`: not `, which will employ 3,200 people`, its project
    here) and naming nothing of the home country: the rival's or partner's own business,
    whatever the sentence says of the home country around it. Empty where there is no such aside."""
    home = article.home_country
    for name_start, name_end, _, code in _sentence_companies(text[sentence[0]:sentence[1]]):
        if code == home:
            continue
        aside = _COMPANY_ASIDE_RE.match(text, sentence[0] + name_end, sentence[1])
        if aside and aside.start() < figure_start < aside.end() and _WHOLE_RE.search(text, *aside.span()) and not (
                _named(text, *aside.span(), article.companies) & {home} or _HOME_WORDS_RE.search(text, *aside.span())):
            return {code}
    return set()


# A sentence whose subject is a continent or the world, or its market or economy.
_CONTINENT_SUBJECT_RE = re.compile(
    # (a quoted speaker's sentence too: `"L'Afrique de l'Ouest compte plus de 400 millions d'habitants`;
    # not its share of something told before, a company's: `L'Afrique subsaharienne en représente
    # 21%`, `représente 36% du résultat net du groupe`)
    r"\s*(?:[«\"“]\s*)?(?:(?:L['’]\s*)?Afrique(?>(?:\s+(?:de\s+l['’]\s*(?:Ouest|Est)|du\s+Nord|subsaharienne|centrale|australe))?)\s+"
    r"(?!du\s+Sud|en\s|y\s|[^.;]*\b(?:du\s+groupe|de\s+(?:son|sa|ses|leurs?)\s|du\s+(?:résultat|chiffre\s+d['’]\s*affaires|bénéfice|PNB|produit\s+net)|des\s+(?:ventes|revenus|exportations|bénéfices)\b))"
    r"|(?>(?:(?:West|East|North|Southern|Sub-Saharan|Central)\s+)?)Africa\s+(?!['’]|[^.;]*\bof\s+(?:its|their|the\s+group['’]s?|the\s+company['’]s)\b|[^.;]*\bof\s+(?:revenue|sales|profits?|earnings)\b)"
    r"|(?:Le|La|L['’]\s*|The)\s*(?:(?:marché|économie|secteur|industrie|demande|market|economy|sector|industry|demand)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:africaine?|continental|mondiale?|européenne?|asiatique|arabe|global|world|African|European|Asian|Arab)\b"
    r"|(?:continent|monde|world)\b)"
    # or a sentence framed so (`Across the continent, announced greenfield FDI reached $112 billion`)
    r"|(?:Across|Throughout)\s+the\s+(?:continent|world)\s*,|(?:Sur|Dans)\s+(?:l['’]\s*ensemble\s+du\s+|tout\s+le\s+)continent\s*,"
    r"|(?:À|A)\s+l['’]\s*échelle\s+(?:du\s+continent|continentale|mondiale)\s*,|(?:Worldwide|Globally)\s*,)"
)


def _economy_of_the_previous_subject(text, figure_start, sentence, article, previous) -> set[str]:
    """The foreign country the sentence before opened on, where this one opens on its economy
    by a possessive and the figure's clause names no other country (`La Mauritanie, de son
    côté, traverse une phase d'expansion. Son économie a progressé de 5,2% en 2025`)."""
    if previous is None:
        return set()
    start = _without_dateline(text, sentence)[0]
    opening = _POSSESSIVE_ECONOMY_RE.match(text, start, figure_start)
    # (nor where the figure's clause names its own: `loin des 295 milliards de dollars de la Chine`)
    if opening is None or _named(text, opening.end(), _figure_clause(text, figure_start, sentence)[1]):
        return set()
    at = _OPENING_ARTICLE_RE.match(text, previous[0], previous[1]).end()
    mention = next(iter(find_countries(text[at:previous[1]])), None)
    if mention is None or mention.kind != "name" or article.home_country in mention.codes:
        return set()
    # (the subject may come after an opening apposition: `Première économie d'Amérique latine, le Brésil a vu`)
    if mention.start != 0 and not _OPENING_APPOSITION_RE.fullmatch(text, at, at + mention.start):
        return set()
    return set(mention.codes)


_OPENING_APPOSITION_RE = re.compile(r"[^,.;:]{3,60},\s*(?:le\s+|la\s+|l['’]\s*|les\s+|the\s+)?")


_POSSESSIVE_ECONOMY_RE = re.compile(
    r"\s*(?:Son|Sa|Ses|Its|Their|Leur|Leurs)\s+(?:propres?\s+|own\s+)?(?:économie|PIB|croissance|production|exportations|importations"
    r"|ventes|achats|échanges|livraisons|expéditions|déficit|excédent|inflation|dette|economy|GDP|growth|output|exports|imports"
    r"|sales|purchases|shipments|trade|deficit|surplus|debt)\b"
)


def _read_in_the_sentence(
    text, figure_start, sentence, article, earlier_sentences, previous, masked,
) -> tuple[set[str], bool, bool]:
    """(countries, placed, frame_foreign): the sentence's frame (`_sentence_frame`) and what
    it names again (a speaker's company, a lender, an apposition, `y`, `They`, a region), the
    focus's other country for `les deux pays` or for the unnamed party of an agreement.
    `frame_foreign`: the frame named foreign countries only."""
    found, placed = _sentence_frame(text, figure_start, sentence, article, previous, masked)
    found |= _home_investment_abroad(text, figure_start, sentence, found, article)
    home = article.home_country
    if found <= {home} and article.main_company_country not in (None, home):
        # `The project will be supplied by a complex developed with Moroccan utility ONEE and
        # will employ about 350 people`: the sentence's subject is the main company's project
        found |= _main_company_named_again(text, [_opening_noun(text, sentence)], article) \
            or _pronoun_for_the_main_company(text, sentence, previous, article)
    elif article.main_company_country not in (None, home) and article.main_company_country not in found:
        # (the company named again opening a sentence that names other countries: `L'équipementier,
        # qui emploie 1.900 salariés, exporte 95% de sa production vers les constructeurs européens`)
        found |= _main_company_named_again(text, [_opening_noun(text, sentence)], article, projects=False)
    if found == {home}:
        found |= _multinational_subject(text, sentence) or _firm_of_the_paragraphs_nationality(
            text, sentence, earlier_sentences, home)
    frame_foreign = bool(found) and home not in found
    found |= subjects.quoted_speaker(text, figure_start, sentence, found, article, previous)
    found |= subjects.article_lender(text, figure_start, sentence, found, article)
    found |= subjects.apposition_countries(text, figure_start, sentence, article)
    found |= subjects.there_refers_back(text, figure_start, sentence, found, previous, article)
    found |= subjects.total_referred_back(text, figure_start, sentence, previous, article)
    found |= subjects.this_country_refers_back(text, sentence, found, previous, article)
    found |= subjects.people_referred_to(text, sentence, found, previous, article)
    found |= subjects.region_abroad(text, sentence, found, earlier_sentences, article)
    if not found - {home} and _BOTH_RE.search(text, *sentence):
        found |= _the_two_countries(text, earlier_sentences[-1] if earlier_sentences else None, article, earlier_sentences)
    if not found - {home}:
        found |= _the_n_countries(text, sentence, earlier_sentences, article)
    if article.trade_partner and found <= {home} and (_FLOW_RE.search(text, *sentence) or _TRADE_TERMS_RE.search(text, *sentence)) \
            and not _ALL_PARTNERS_RE.search(text, sentence[0], _figure_clause(text, figure_start, sentence)[1]) \
            and not _MACRO_BALANCE_RE.search(text, *sentence):
        # `Les exportations marocaines vers le Royaume se sont établies à 3,5 MMDH`, in an
        # article about trade with Saudi Arabia: a flow of that trade, its two countries.
        found |= {home, article.trade_partner}
    between = _BETWEEN_PARTIES_RE.search(text, sentence[0], figure_start) if found == {home} else None
    # (not places of the home country: `la route nationale entre Dakhla et Guerguerat`)
    if between and not _located_home(between.group(0)) and len(set(article.focus_countries) - found) == 1:
        # `a memorandum between fertiliser maker PT Pupuk Samudra and Morocco's OCP`, in an
        # article about Indonesia and Morocco: the party with no country named is the other's.
        found |= set(article.focus_countries)
    return found, placed, frame_foreign


# `dans les quatre pays`, `the three countries`, `ces cinq marchés`: a number of countries the
# article has named.
_N_COUNTRIES_RE = re.compile(
    r"(?i:\b(?:les|ces|des|aux|the|these|those)\s+(?P<n>trois|quatre|cinq|six|sept|huit|three|four|five|six|seven|eight)"
    r"\s+(?:pays|marchés|countries|markets|nations|économies|economies)\b)"
)
_NUMBER_WORDS = {"trois": 3, "three": 3, "quatre": 4, "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7,
                 "huit": 8, "eight": 8}


def _the_n_countries(text: str, sentence: tuple[int, int], earlier: list[tuple[int, int]], article: Article) -> set[str]:
    """The foreign countries `les quatre pays` names again: those its paragraph names before it,
    where they are exactly that many, else those of the nearest earlier sentence of the article
    that names exactly that many (`Sénégal, Côte d'Ivoire, Mali, Burkina Faso ... un PNB de 19,8
    milliards de DH dans les quatre pays`)."""
    m = _N_COUNTRIES_RE.search(text, *sentence)
    if m is None:
        return set()
    n, home = _NUMBER_WORDS[m.group("n").lower()], article.home_country

    def foreign(start: int, end: int) -> set[str]:
        return {c for mention in find_countries(text[start:end]) for c in mention.codes} - {home, "EU"}

    paragraph_start = earlier[0][0] if earlier else sentence[0]
    if len(foreign(paragraph_start, sentence[0])) == n:
        return foreign(paragraph_start, sentence[0])
    spans = list(reversed(sentence_spans(text[:sentence[0]])))
    for span in spans:
        if len(foreign(*span)) == n:
            return foreign(*span)
    if home is None:
        return set()
    # (the home country among them, in an article about it: `les ministres du Commerce des quatre
    # pays`, of the Agadir agreement's members, `les échanges avec l'Egypte, la Tunisie et la Jordanie`)
    for span in spans:
        if len(foreign(*span)) == n - 1:
            return foreign(*span) | {home}
    return set()


def _the_two_countries(text: str, before: tuple[int, int] | None, article: Article,
                       earlier: list[tuple[int, int]] = ()) -> set[str]:
    """The two countries `les deux pays` names again: the home country and the one foreign
    country the sentence before, in its paragraph, names with it (`Le Royaume est relié à
    l'Espagne. Les échanges d'électricité entre les deux pays ont atteint 1,9 TWh`, in an article
    on a cable to Portugal), else the article's (its headline's or lead's: `Les échanges entre les
    deux pays ... 3,1 MMDH, dont 2,6 MMDH d'exportations marocaines`). (Not a sentence of another
    paragraph: `les entreprises allemandes ont annoncé 11 projets au Maroc` then, of Macron's
    visit in an article on French investment, `les deux pays avaient signé 22 accords`.)"""
    home = article.home_country
    if before is not None and home:
        named = _named(text, *before, article.companies)
        if home in named and len(named - {home}) == 1:
            return named
        # (two foreign countries told in turn by the paragraph, the sentence before naming the
        # second: `L'Espagne confirme son statut de premier débouché ... La France suit avec 3,2
        # milliards de DH. À eux deux, les deux pays absorbent 74% des exportations du secteur`)
        told = set().union(*(_named(text, *span, article.companies) for span in earlier)) - {home} if earlier else set()
        # (not in an article about one partner, whose pair `the two countries` is: `The two
        # countries aim to double bilateral trade`, in an article on Korea, after the US's figures)
        if len(told) == 2 and named - {home} and named - {home} <= told and len(set(article.focus_countries) - {home}) != 1:
            return told
    return set(article.focus_countries) if len(set(article.focus_countries) - {home}) == 1 else set()


def _compared_abroad(text: str, figure_start: int, sentence: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the figure is the compared one of a comparison whose phrase names foreign
    countries only, set against a figure of the home country alone (`69% au Maroc, contre
    environ 40% pour l'industrie sud-africaine`): that country's figure, not the home country's."""
    home = article.home_country
    phrase = compared_phrase(text, sentence, figure_start)
    if not found or home in found or (_FLOW_RE.search(text, *sentence) and not (phrase and OWNER_FOR_RE.search(text, *phrase))):
        # (`Les exportations vers la France ..., contre 4 MMDH vers l'Espagne`: a home flow; not
        # a figure for a country of its own: `78% des exportations marocaines, contre 55% pour la Tunisie`)
        return False
    # (set against the home country's alone: `Les avoirs français représentent 31% du stock,
    # contre 9% pour les Emirats` compares two partners' shares of the home country's stock)
    if phrase is None or not _named(text, *phrase) - {home} or subjects.span_names_home(text, *phrase, article):
        return False
    # (the compared ones before it are not what it is set against: `inférieur à celui de la zone
    # euro, où les prix ont progressé de 2,2%, et à celui des Etats-Unis (2,9%)`)
    others = tuple(compared for compared in compared_phrases(text, sentence) if compared[1] <= phrase[0])
    return not _named(text, sentence[0], phrase[0], article.companies, others) - {home}



def _whose_own(text: str, figure_start: int, sentence: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the figure stands in a `dont`/`whose` clause about a foreign country's own
    matter that names nothing of the home country (`en deçà de celle de l'Egypte, dont les
    recettes ont atteint 7,2 milliards de dollars`): that country's figure alone."""
    home = article.home_country
    if not found or home in found:
        return False
    clauses = _clauses(text, _without_dateline(text, sentence))
    index = next((i for i, (a, b) in enumerate(clauses) if a <= figure_start < b), None)
    if index is None or not _relative_antecedent(text, clauses, index):
        return False
    # (a flow of the antecedent may be with the home country, unless the antecedent is its
    # rival: `Morocco is competing with Egypt, whose pharmaceutical exports reached $950 million`)
    rival = _RIVALRY_RE.search(text, sentence[0], clauses[index][0])
    return not subjects.span_names_home(text, *clauses[index], article) \
        and (rival or not _FLOW_RE.search(text, *clauses[index])) and not _PARTNER_FLOW_RE.search(text, *clauses[index])


_RIVALRY_RE = re.compile(r"(?i:\bcompet\w+|\bconcurren\w+|\brival\w*)")


# What a partner sends to the home country or receives from it, in a ranking of its partners
# (`devant le Qatar, dont les livraisons ont progressé de 21%`, `le Royaume-Uni, dont les
# arrivées ont bondi de 21%`): the flow is the home country's too.
_PARTNER_FLOW_RE = re.compile(
    r"(?i:\b(?:livraisons|commandes|envois|arrivées|touristes|visiteurs|fournitures|deliveries|orders|shipments|arrivals"
    r"|tourists|visitors)\b)")


def _foreign_focus_alone(
    text: str, sentence: tuple[int, int], found: set[str], article: Article, earlier_sentences: list[tuple[int, int]],
) -> bool:
    """Whether a figure whose sentence names no country took only the article's focus, a
    foreign country's (`Tunisia's phosphate output rebounds`), and neither its sentence nor its
    paragraph so far names anything of the home country: the article is about abroad, the home
    country named in passing (`Tunisia remains a small player next to Morocco`)."""
    home = article.home_country
    if not home or not found or home in article.focus_countries or found != set(article.focus_countries):
        return False
    if subjects.first_person(text, *sentence):
        return False
    return _nothing_of_home(text, (*earlier_sentences, sentence), article)


def _the_country_before(text: str, sentence: tuple[int, int], previous: tuple[int, int] | None, article: Article) -> set[str]:
    """The foreign country the sentence before opens on, by its name or its possessive, where
    this one calls it `the country` (`Tunisia's investment agency reported 2.9 billion dinars,
    with Italy, France and Germany as the main sources. Some 3,900 foreign companies operate in
    the country`): that country alone, not the others the sentence before names."""
    if previous is None or not _IN_THE_COUNTRY_RE.search(text, *sentence):
        return set()
    start = _without_dateline(text, previous)[0]
    first = next(iter(find_countries(text[start:previous[1]])), None)
    if first is None or first.start > 0 or first.kind != "name" or article.home_country in first.codes:
        return set()
    return set(first.codes)


# (a place: `the country's carmakers` after `South Korea's Daesung` are the home country's)
_IN_THE_COUNTRY_RE = re.compile(r"(?i:\b(?:in|across)\s+the\s+country\b|\b(?:dans|à\s+travers)\s+le\s+pays\b)")


def _the_home_countrys_own(text, figure_start, sentence, article, earlier_sentences, masked, placed) -> bool:
    """Whether a figure whose sentence names no country is the home country's own: a
    national sector's, the state's finances or targets, a home zone's, `du pays`, the home
    company's accounts, a world region's share of a home flow, all origins, a whole flow, a
    count of countries."""
    home = article.home_country
    # (the nation, the state and the country of an article about another country are that
    # country's: `des subventions allant jusqu'à 30%` of Egypt's car plan)
    about_home = home is not None and article.about_abroad is None
    sector = _SECTOR_RE.search(text, sentence[0], _figure_clause(text, figure_start, sentence)[1])
    if not placed and about_home and sector and not _national_of_the_paragraphs_country(text, sector, article, earlier_sentences, masked):
        # (up to the end of the figure's clause: `CPG employs about 5,800 people ..., in a region
        # where unemployment reached 26%, nearly double the national rate` tells of another matter)
        return True
    if not placed and about_home and _STATE_FINANCES_RE.search(text, sentence[0], _figure_clause(text, figure_start, sentence)[1]) \
            and article.main_company_country in (None, home) and (home in article.focus_countries or not article.focus_countries or _HOME_MONEY_RE.search(text, *sentence)):
        # (not in an article about a foreign economy, unless in the home money: `Sénégal : la
        # croissance portée par les hydrocarbures` and its `La dette publique atteignait 118% du PIB`)
        return True
    if about_home and home in article.focus_countries and _STATE_SUBJECT_RE.match(text, _without_dateline(text, sentence)[0]):
        # `L'Etat table sur 80.000 emplois directs et indirects dans la zone franche`, in an
        # article about a Qatari operator's terminal: the home state's own target
        return True
    if about_home and _ZONE_SUBJECT_RE.match(text, _without_dateline(text, sentence)[0]):
        # `Le parc industriel de Ras El Ma, qui s'étend sur 150 hectares, accueille déjà 34
        # entreprises`: a zone of the home country, not the company the article is about.
        return True
    if not placed and about_home and _THE_COUNTRY_RE.search(text, sentence[0], figure_start) \
            and not _from_the_paragraph(text, earlier_sentences, article, masked) - {home}:
        # `Premier secteur exportateur du pays, l'automobile a réalisé 157,6 milliards de
        # dirhams à l'export`, in an article about a Korean supplier: the country's own
        # figure, where its paragraph has named no other (told after the figure, the country
        # is the whole of a share: `Il représente 12% du déficit global du pays`)
        return True
    if not placed and home and article.main_company_country == home and _ACCOUNTS_RE.search(text, *sentence):
        # `Revenue rose 18% to 24.1 billion dirhams`, in an article about OCP headlined on
        # Chinese supply: the home company's accounts, not the headline's country's.
        return True
    if not placed and home and article.main_company_country in (None, home) \
            and _GROUP_AS_A_WHOLE_RE.match(text, _without_dateline(text, sentence)[0]) \
            and (_ACCOUNTS_RE.search(text, *sentence) or _WORKFORCE_RE.search(text, *sentence)):
        # `Le groupe emploie 6.800 salariés`, `Le groupe, qui vise 10 millions de tonnes, a réalisé
        # un chiffre d'affaires de 4,8 milliards de dirhams`, in an article about a home group's
        # contracts abroad: the group as a whole, not the countries of its projects.
        return True
    if home and _REGION_SUBJECT_RE.match(text, *sentence):
        # `Latin America took 27%`, `L'Afrique subsaharienne contribue à 27% du résultat`: the
        # share a world region takes of the home country's flow or of its company's accounts.
        return True
    if home and _ALL_ORIGINS_RE.search(text, sentence[0], figure_start):
        return True  # `Tous pays confondus, les flux nets d'IDE se sont établis à 19,4 MMDH`
    if home and _whole_flow(text, figure_start, sentence):
        # `Total agrifood exports reached 91.5 billion dirhams`, after a sentence on the EU's and
        # the UK's shares: the total of all partners, the home country's own.
        return True
    if home and article.main_company_country in (None, home) and _COUNTED_COUNTRIES_RE.search(text, *sentence):
        # `Au total, les trois groupes exploitent 1.280 agences dans 26 pays africains`: a
        # sentence that counts countries without naming one tells of them all, not of the one
        # the paragraph or the headline named: the home country's (its firms' network).
        return True
    return False


def _national_of_the_paragraphs_country(text: str, sector: re.Match, article: Article, earlier_sentences, masked) -> bool:
    """Whether `national` is said of the foreign country the paragraph is about (`In Chile, the
    Magallanes region has drawn 12 projects. The national strategy calls for 25 GW`)."""
    if not sector.group(0).lower().startswith(("national", "domestic", "nationwide")):
        return False
    around = _from_the_paragraph(text, earlier_sentences, article, masked)
    # (a bloc has no nation: `le marché national` after the EU's quotas is the home market)
    return bool(around - {"EU"}) and article.home_country not in around


def _read_around_the_sentence(text, figure_start, sentence, article, earlier_sentences, previous, masked, placed) -> set[str]:
    """For a sentence that names no country, in this order: the home country, for a figure that
    is its own (`_the_home_countrys_own`); after `Ces dernières`, the sentence before's last country;
    unless its clause names a world region as its place, the nearest earlier sentence of its
    paragraph that names one; a subject continued from the sentence before; unless the
    sentence places it (`à Berrechid`), the article's focus."""
    home = article.home_country
    if home and _the_home_countrys_own(text, figure_start, sentence, article, earlier_sentences, masked, placed):
        return {home}
    clause = _figure_clause(text, figure_start, sentence)
    if home and article.about_abroad is None and _TOTALITY_RE.search(text, *clause) and not _PARTNER_WORD_RE.search(text, *clause):
        # `Overall arrivals reached 13.4 million`, in an article on Chinese tourists: every
        # origin together is the home country's own total
        return {home}
    found: set[str] = set()
    if earlier_sentences and _LATTER_RE.match(text, *sentence):
        found = _last_named(text, earlier_sentences[-1], article)
    if not found and _REGION_PLACE_RE.search(text, *_figure_clause(text, figure_start, sentence)) is None:
        # (a lender's country is its loans', not that of what they fund: `The EIB loan, the
        # bank's largest in Morocco's water sector, ... It will help connect 1.2 million people`)
        # (nor another lender's, where the sentence names its own: `The African Development Bank
        # (AfDB) is separately preparing a $250 million loan`, after the EIB)
        found = _from_the_paragraph(text, earlier_sentences, article, masked,
                                    lenders=bool(subjects._LOAN_RE.search(text, *sentence))
                                    and not subjects._LENDER_RE.search(text, *sentence), sentence=sentence)
    if not found:
        found = subjects.continued_subject(text, sentence, earlier_sentences, previous, article)
    if not found and not placed:
        found = {home} if _home_aggregate_without_partner(text, sentence, article) else set(article.focus_countries)
    if not found and placed and article.main_company_country not in (None, home) and sentence[0] >= article.main_company_from \
            and _main_company_subject(text, figure_start, sentence, article):
        # `Facility near Benguerir to draw 300 megawatts`, of a US firm's data centre: placed
        # at home, it is still the foreign company's project (the home country joins it)
        found = {article.main_company_country}
    return found


# A relative pronoun: what follows it is said of another noun than the sentence's subject
# (`Le nouveau site complète un écosystème automobile dont les exportations ont atteint`).
# Nor after a colon (`Seonjin rejoint un écosystème en construction : 12 projets ...`).
_RELATIVE_BEFORE_RE = re.compile(r"(?i:\b(?:dont|qui|que|qu['’]|où|which|whose|where|who)\b)|:")


# The home country's public works and national programmes as the antecedent of a relative
# clause (`la station de dessalement de Chtouka, dont la capacité`, `le programme national de
# dessalement, qui prévoit`, `the Nador West Med port, which will handle`): the infrastructure
# or plan head noun, then a national adjective or a home place before the pronoun.
_INFRASTRUCTURE_RE = re.compile(
    r"(?i:\b(?:stations?|ports?|zones?(?:\s+franches?|\s+industrielles?)?|free\s+zones?|programmes?|programs?|plans?|barrages?|dams?"
    r"|autoroutes?|motorways?|corridors?|aéroports?|airports?|réseaux?|grids?|networks?|lignes?|lines?|technopoles?)\b)"
)
_NATIONAL_RE = re.compile(r"(?i:\bnationa(?:l|le|les|ux)\b|\bRoyaume\b|\bMaroc\b|\bmarocaine?s?\b|\bMorocco\b)")
# The home country itself as the antecedent: `Le Royaume, qui`, `Morocco, which`.
_HOME_ANTECEDENT_RE = re.compile(r"\s*(?:(?:Le|le|The|the)\s+)?(?:Royaume|Maroc|Morocco|Kingdom)\s*")
_ANTECEDENT_CHARS = 70
_BUILDS_RE = re.compile(r"(?i:\binvest\w*|\bconstrui\w*|\bconstruct\w*|\bbuild\w*|\bdevelop\w*|\bdévelopp\w*|\baménag\w*)")
# A firm's site set in the infrastructure, which the relative clause may be about.
_SITE_IN_RE = re.compile(
    r"(?i:\b(?:plants?|usines?|unités?|factor(?:y|ies)|sites?|facilit(?:y|ies)|complex(?:e|es)?|projects?|projets?|hubs?"
    r"|cent(?:re|er)s?|warehouses?|entrepôts?)\b(?:\s+[^\s,;]+){0,5}?\s+(?:in|at|near|within|inside|dans|à|au|près\s+de|de)\s+(?:\S+\s+){0,4}$)"
)
_PLACE_BEFORE_HEAD_CHARS = 25


def _relative_of_home_infrastructure(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> bool:
    """Whether the figure's clause is a relative one (`qui`, `dont`, `which`) whose antecedent is
    the home country's infrastructure or national plan (`_INFRASTRUCTURE_RE` with `_NATIONAL_RE`
    or a home place), and it names no foreign country: the figure is the home country's, not the
    foreign firm's the sentence opened on (`Le groupe vise aussi le programme national de
    dessalement, qui prévoit une capacité de 1,7 milliard de m3`). Not a plant (`l'usine de
    Kénitra, qui emploiera`): a firm's site is the firm's."""
    clauses = _clauses(text, sentence)
    index = next((i for i, (a, b) in enumerate(clauses) if a <= figure_start < b), 0)
    if index == 0 or not _ASIDE_RE.match(text, clauses[index][0]) or not text[clauses[index][0] - 2:clauses[index][0]].startswith(","):
        return False
    if _named(text, clauses[index][0], clauses[index][1], article.companies) - {article.home_country}:
        return False
    antecedent_end = clauses[index][0] - 2
    window = (max(clauses[index - 1][0], antecedent_end - _ANTECEDENT_CHARS), antecedent_end)
    if _HOME_ANTECEDENT_RE.fullmatch(text, clauses[index - 1][0], antecedent_end):
        return True  # `Le Royaume, qui dispose d'environ 70% des réserves mondiales de phosphate`
    if _home_place_as_antecedent(text, window, antecedent_end) and not _WHERE_RE.match(text, clauses[index][0]):
        # (`Tanger, où le groupe exploite une usine de 3.200 salariés`: the group's site there)
        return True  # `Tanger Med, which handled 10.2 million TEUs in 2025`
    head = _INFRASTRUCTURE_RE.search(text, *window)
    if head is None or _named(text, head.end(), window[1], article.companies) - {article.home_country}:
        return False
    if _BUILDS_RE.search(text, sentence[0], antecedent_end):
        return False  # `The group will invest Dh1.8 billion in a zone at Nador West Med, Morocco's port, which`: its project
    if _SITE_IN_RE.search(text, window[0], head.start()):
        return False  # `a plant in the Tanger Med free zone, which is expected to create 320 jobs`: the plant's
    # (the place before the head or after it: `la Kenitra Atlantic Free Zone`, `le port de Tanger Med`,
    # `the "Offre Maroc" programme`)
    phrase = (max(window[0], head.start() - _PLACE_BEFORE_HEAD_CHARS), window[1])
    return bool(_NATIONAL_RE.search(text, *phrase) or _home_places_re().search(text, *phrase))


def _home_place_as_antecedent(text: str, window: tuple[int, int], antecedent_end: int) -> bool:
    """Whether the relative clause hangs on a home place or zone named alone (`Tanger Med, which
    handled`, `will compete with Tanger Med, 180 kilometers to the west, which`), not on a site
    in it (`a plant in Tanger Med, which`)."""
    places = list(_home_places_re().finditer(text, *window))
    place = places[-1] if places else None
    if place is None or text[place.end():antecedent_end].strip(" ,") and not _DISTANCE_ASIDE_RE.fullmatch(
            text, place.end(), antecedent_end):
        return False
    return not _SITE_IN_RE.search(text, window[0], place.start()) and not _SITE_BEFORE_PLACE_RE.search(
        text, window[0], place.start())


# An aside between a place and its relative clause: `, 180 kilometers to the west`, `, à 50 km de là`.
_DISTANCE_ASIDE_RE = re.compile(r"\s*,\s*(?:about\s+|some\s+|à\s+)?[\d.,]+\s*(?:km|kilom\w+|miles)\b[^,]{0,25}")
# A place told as where something is (`at`, `in`, `à`, `near`), not named for itself.
_SITE_BEFORE_PLACE_RE = re.compile(r"(?i:\b(?:in|at|near|à|au|près\s+de|dans|de)\s+(?:l['’]|la\s+|le\s+|the\s+)?)$")


# A share of output sold abroad: `85% de la production sera exportée`, `dont 80% seront
# exportées vers l'Europe`, `85% de ses ventes à l'export`, `80% of output will be exported`.
_EXPORTED_SHARE_RE = re.compile(
    r"(?i:\bexport(?:ée?s?|ed)\b|\bà\s+l['’]\s*export\b|\bfor\s+export\b|\bdestinée?s?\s+(?:à|aux)\s+(?:l['’]\s*export|marchés\s+étrangers))"
)
_THE_REST_RE = re.compile(r"(?i:\bwhile\b|\bwhereas\b|\btandis\s+que\b|\balors\s+que\b|\ble\s+reste\b|\bthe\s+rest\b|\bthe\s+remaining\b)")
_PERCENT_AT_RE = re.compile(r"[\d.,\s]+(?:%|\s*(?:pour\s*cent|percent|per\s+cent)\b)")


def _exported_share_of_the_new_plant(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> bool:
    """Whether the figure is the share of a foreign main company's coming output to be sold
    abroad (`L'usine produira 3 millions de jantes par an, dont 85% seront exportées vers
    l'Europe`): the company's and the home country's, where the plant stands, not the countries
    its paragraph named before (its clients, its rivals). Told in the
    future (a plant to come): not the group's present trade (`Le groupe exporte 70% de sa
    production vers l'Allemagne`), nor a share a named country or firm takes before the figure."""
    home, main = article.home_country, article.main_company_country
    if not home or main in (None, home) or sentence[0] < article.main_company_from:
        return False
    if not _PERCENT_AT_RE.match(text, figure_start) or not _FUTURE_RE.search(text, *sentence):
        return False
    clause = _figure_clause(text, figure_start, sentence)
    if not _EXPORTED_SHARE_RE.search(text, clause[0], sentence[1]):
        return False
    return not _named(text, sentence[0], figure_start, article.companies) - {home, main}


def _broken_down_by_partner(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> bool:
    """Whether a flow figure whose clause names no foreign country is broken down by partner
    right after it (`Les importations de blé dur se sont établies à 610.000 tonnes, dont 72% en
    provenance du Canada`, `imports of 81,000 tonnes, of which 95% from China`): the whole over
    all partners, the home country's, not the article's partner's (nor the part's)."""
    clauses = _clauses(text, sentence)
    index = next((i for i, c in enumerate(clauses) if c[0] <= figure_start < c[1]), None)
    if index is None or index + 1 >= len(clauses) or not _BREAKDOWN_RE.match(text, *clauses[index + 1]):
        return False
    start, end = clauses[index]
    if not _FLOW_RE.search(text, sentence[0], end) or _named(text, sentence[0], end, article.companies) - {article.home_country}:
        return False
    return bool(_named(text, *clauses[index + 1]) - {article.home_country})


def _main_company_subject(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> bool:
    """Whether the sentence's subject is the main company, its project or its own measure
    (`Le taux d'intégration locale a atteint 68% à Tanger`, `Bâtie sur 8 hectares, la nouvelle
    unité emploiera 1.400 personnes`), not a place, a zone, a sector or the state of the home
    country (`La zone franche de Kénitra accueille 80 entreprises`, `Le ministère vise 50.000
    emplois`), which a home place in the sentence leaves to the home country alone (a home
    institution quoted as the source after the figure is no subject: `La capacité sera portée à
    45.000 tonnes, a précisé le ministère de l'Industrie`)."""
    start = _without_dateline(text, sentence)[0]
    if _PROJECT_SUBJECT_RE.match(text, start):
        return True
    # (up to the figure's clause: not a source told after it, `..., a précisé le ministère`)
    if _NATIONAL_WORDS_RE.search(text, sentence[0], _figure_clause(text, figure_start, sentence)[1]):
        return False
    if _OPENING_PARTICIPLE_RE.match(text, start) and "," in text[start:sentence[1]]:
        # (past the opening participle or measure: `Bâtie sur 8 hectares, la nouvelle unité`)
        comma = text.index(",", start, sentence[1]) + 1
        start = comma + len(text[comma:sentence[1]]) - len(text[comma:sentence[1]].lstrip())
    project = _PROJECT_ANAPHOR_RE.match(text, start)
    if _COMPANY_ANAPHOR_RE.match(text, start) or (project and not _run_by_a_home_body(text, project.end())) \
            or _COMPANY_MEASURE_RE.match(text, start):
        return True
    return any(pattern.match(text, start) and code == article.main_company_country
               for pattern, code in article.companies)


# The company's own measures opening its sentence (not the sector's or the country's: see
# `_NATIONAL_WORDS_RE`).
_COMPANY_MEASURE_RE = re.compile(
    r"(?i:(?:le|son|its|the)\s+(?:local\s+)?(?:taux\s+d['’]\s*intégration|integration\s+rate|effectif|workforce)"
    r"|(?:la|sa|its|the)\s+(?:production|capacité|capacity|output))\b"
)
# What makes a figure the home country's own, whatever company the article is about.
_NATIONAL_WORDS_RE = re.compile(
    r"(?i:\b(?:secteur|filière|national(?:e|es|aux)?|Royaume|pays|ministère|gouvernement|zones?\s+franches?"
    r"|sector|industry['’]s|country['’]?s?|kingdom|government|ministry|nationwide|authorities)\b)"
)


# A project as the sentence's subject, with or without its article (a summary's bullet).
_PROJECT_SUBJECT_RE = re.compile(
    r"\s*(?:[-–•*]\s*)?(?:(?i:the|its|a|le|la|l['’]|son|sa|cette|ce|cet|une?)\s*)?(?:new\s+|nouvelle?\s+)?"
    r"(?i:facility|plant|factory|campus|data\s+cent(?:er|re)|usine|unité|complexe|centrale|site)\b"
    # (not one named: `Le complexe portuaire Tanger Med`, `l'usine Renault`; `Facility near Benguerir` is)
    r"(?!\s+[A-Z]|\s+(?!(?:near|in|at|on|to|for|à|au|de|du|des|près|dans|en)\b)[a-zé]+\s+[A-Z])"
)


# All partners at once: `tous pays confondus`, `toutes origines confondues`, `all countries combined`.
_ALL_ORIGINS_RE = re.compile(
    r"(?i:\b(?:tous\s+(?:les\s+)?pays|toutes\s+(?:les\s+)?(?:origines|destinations|provenances))\s+confondu(?:e|s|es)?\b"
    r"|\ball\s+(?:countries|origins|destinations|markets)\s+combined\b)"
)
# A flow told as the whole of all its partners' (`exportations totales`, `Au total, ... à
# l'export`, `Total agrifood exports`, `overall imports`, `l'ensemble des importations`).
_WHOLE_FLOW_RE = re.compile(
    r"(?i:\btota(?:l|le|les|ux)\b|\boverall\b|\bglobal(?:e|es)?\b|\bl['’]\s*ensemble\s+des\s+(?=[ei])|\bas\s+a\s+whole\b)"
)


def _whole_flow(text: str, figure_start: int, sentence: tuple[int, int]) -> bool:
    """Whether the figure's sentence, up to the end of its clause, tells a flow as the whole of
    its partners' (`_WHOLE_FLOW_RE`, `_FLOW_RE`)."""
    start, end = sentence[0], _figure_clause(text, figure_start, sentence)[1]
    if _TAKES_UP_RE.match(text, start):
        return False  # `Il représente 12% du déficit global du pays`: the share of the whole a part takes
    return bool(_WHOLE_FLOW_RE.search(text, start, end) and _FLOW_RE.search(text, start, end))


# A number of countries, none named: `dans 26 pays africains`, `in more than 30 countries`,
# `dans une dizaine de pays`.
_COUNTED_COUNTRIES_RE = re.compile(
    r"(?i:\b(?:dans|in|across|sur|vers|to|en)\s+(?:(?:plus\s+de|près\s+de|quelque|more\s+than|over|some|about|nearly)\s+)?"
    r"(?:\d+|une?\s+(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)\s+d[e'’]\s*|plusieurs|several|a\s+dozen)"
    r"\s+(?:autres\s+|other\s+)?(?:pays|countries|nations)\b)"
)


def _opening_noun(text: str, sentence: tuple[int, int]) -> tuple[int, int]:
    """The span of the sentence's opening noun phrase, after a framing phrase: its subject."""
    start = _without_dateline(text, sentence)[0]
    start += len(text[start:sentence[1]]) - len(text[start:sentence[1]].lstrip())
    return start, min(sentence[1], start + _OPENING_NOUN_CHARS)


_OPENING_NOUN_CHARS = 30


# A share of the economy's output: a national statistic (`7,6% du PIB`, `7.6% of GDP`).
_OF_GDP_RE = re.compile(r"(?i:\b(?:du|de\s+son|of|of\s+its|of\s+the\s+country['’]s)\s+(?:PIB|GDP)\b)")


# A subject's own objective, right after it: `vise`, `table sur`, `s'est fixé pour objectif`, `aims to`.
_TARGET_VERB_RE = re.compile(
    r"\s+(?:(?:a|ont|has|have)\s+)?(?i:vise\w*|table\w*\s+sur|prévoi\w*|ambitionne\w*|s['’]est\s+fixé|se\s+fixe|"
    r"entend\w*|compte\w*|aims?|targets?|plans?|expects?|projects?|forecasts?)\b"
)


# A national plan or the government as a subject, with its qualifiers and a short aside:
# `contrat-programme 2025-2030`, `Ministry of Agriculture, for its part,`, `gouvernement`.
_NATIONAL_TARGET_RE = re.compile(
    r"(?i:contrat-programme|feuille\s+de\s+route|stratégie|roadmap|strategy|gouvernement|government|exécutif"
    r"|ministère|ministry)\b(?:\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|of\s+(?:the\s+)?)?[\w'’-]+){0,3}?"
    r"(?:\s*,\s*(?:pour\s+sa\s+part|de\s+son\s+côté|for\s+its\s+part|in\s+turn)\s*,)?" + _TARGET_VERB_RE.pattern
)


def _home_statistic(text: str, sentence: tuple[int, int], home: str, about_home: bool = False) -> bool:
    """Whether a sentence that names no other country than home credits its figure to a home
    institution (`un écosystème automobile dont les exportations ont atteint 157,6 milliards de DH en
    2024, selon l'Office des changes`): a national statistic, the home country's alone, not
    the foreign investor's the paragraph named before. Not trade, which is bilateral in an
    article about a partner, nor a sentence that takes up the one before (`Ils ont atteint
    ...`). `about_home` (an article about the home country, a sentence in its money), a
    national plan or the government as the subject of its
    own target is a home institution too (`Le contrat-programme 2025-2030 vise 60 milliards de
    DH d'exportations`, `The Ministry of Agriculture, for its part, expects ... 1.5 million tonnes`)."""
    organisations = _home_organisations_re()
    if any(set(m.codes) - {home} for m in find_countries(text[sentence[0]:sentence[1]])):
        return False
    start = _without_dateline(text, sentence)[0]
    at = _OPENING_ARTICLE_RE.match(text, start, sentence[1]).end()
    subject = organisations.match(text, at)
    if (subject and _TARGET_VERB_RE.match(text, subject.end())) or (about_home and _NATIONAL_TARGET_RE.match(text, at)):
        # `Le ministère de l'Industrie vise 40.000 emplois et 50 milliards de DH d'exportations
        # d'ici 2030`: a home institution's own target, the country's, trade or not
        return True
    # (a word of an organisation's name is not its sentence's topic: `le ministère de l'Industrie et du Commerce`)
    names = [m.span() for m in organisations.finditer(text, *sentence)]
    trade = any(not any(a <= m.start() < b for a, b in names) for m in _TRADE_RE.finditer(text, *sentence))
    if _TAKES_UP_RE.match(text, *sentence) or trade or _BOTH_RE.search(text, *sentence):
        return False
    if about_home and _OF_GDP_RE.search(text, *sentence) and not find_countries(text[sentence[0]:sentence[1]]) \
            and not subjects.THERE_RE.search(text, *sentence):
        # `Remittances reached MAD 117.9 billion in 2024, equivalent to 7.6% of GDP`: the
        # economy's (not a share said of a country named or meant: `Le taux de pénétration y
        # reste inférieur à 2% du PIB, contre 3,9% au Maroc`; nor, in an article about another
        # country's economy, `La dette publique atteignait 118% du PIB`)
        return True
    return any(
        organisations.match(text, cue.end()) for cue in _SOURCE_CUE_RE.finditer(text, *sentence)
    )


def _said_of_abroad(text, figure_start, sentence, found, article, earlier_sentences, previous, frame_foreign) -> bool:
    """Whether the statement is about abroad alone, so that the home country does not join:
    a frame of foreign countries whose statement is about another country, the world, a
    foreign subject's own matter; or a foreign topic whatever the frame."""
    statement = _statement_of(text, figure_start, sentence)
    if article.home_country and subjects._VISITORS_RE.search(text, *statement) and _SENDS_RE.search(text, *statement) \
            and not _HOSTS_RE.search(text, *statement):
        # `The United States sent 445,000 visitors, a 19% increase`: a source market of the home
        # country's tourism (not `La Turquie, avec plus de 60 millions d'arrivées`, nor `L'Espagne
        # a accueilli 18,9 millions de visiteurs en provenance du Royaume-Uni`)
        return False
    if _partner_of_the_home_flow(text, figure_start, sentence, found, article, earlier_sentences, previous) \
            or _trade_partners_flow(text, figure_start, sentence, found, article) \
            or _imports_of_foreign_goods(text, statement, found, article):
        return False
    if found - {article.home_country} and _ELSEWHERE_RE.match(text, _without_dateline(text, sentence)[0]):
        return True  # `Elsewhere in North Africa, the AfDB approved a $210 million loan to Tunisia`
    if found - {article.home_country} and _ABROAD_WORD_RE.search(text, *statement) \
            and not subjects.span_names_home(text, *statement, article):
        # `les groupes du pays ont remporté en 2025 des contrats de 28,4 milliards de dollars à
        # l'étranger`: a foreign country's business abroad, the world over, not with the home country
        return True
    if found and article.home_country not in found and article.main_company_country != article.home_country \
            and _set_abroad(text, figure_start, sentence, article):
        # (a home company's operations there are still the home country's: `Au Sénégal, la
        # minoterie emploiera 210 personnes`, of a Moroccan miller)
        return True  # `En Hongrie, les aides publiques couvrent jusqu'à 35% de l'investissement`
    if article.home_country and _OWN_SUBSIDIARY_RE.match(text, _without_dateline(text, sentence)[0]):
        # `Sa filiale ivoirienne, qui emploie 1.650 collaborateurs`: a subsidiary abroad of the
        # company the article is about, in an article about the home country
        return False
    # (a statement after a colon that goes on with the sentence's subject by a possessive:
    # `China has kept a tight lid on exports: its fertilizer shipments fell about 20%`)
    # (or with no subject of its own, figures told after the colon: `La Turquie joue dans une
    # autre catégorie : 1,36 million de véhicules produits en 2025`)
    subject_statement = sentence if _POSSESSIVE_OPENING_RE.match(text, statement[0]) \
        or _FIGURE_OPENING_RE.match(text, statement[0]) else statement
    return frame_foreign and (
        _about_another_country(text, statement, found, article, figure_start)
        or _worldwide(text, figure_start, statement, article)
        or subjects.foreign_subject_owns(text, figure_start, statement, found, article)
        or _foreign_subject_alone(text, figure_start, subject_statement, found, article)
        or subjects.foreign_matter(text, figure_start, statement, found, article)
        or _operations_abroad(text, figure_start, subject_statement, found, article)
        or _foreign_place_subject(text, statement, found, article)
        or _trade_between_foreign_countries(text, figure_start, statement, found, article)
        or _link_between_foreign_countries(text, figure_start, statement, found, article)
        or _only_rival_does_better(text, figure_start, statement, found, article)
        or bool(subjects.foreign_market_of_suppliers(text, statement, article) & found)
        or _price_quoted_abroad(text, figure_start, statement, found, article)
    ) or subjects.foreign_topic(text, figure_start, statement, found, article, previous, earlier_sentences)


def _imports_of_foreign_goods(text: str, statement: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the statement tells of imports of goods told foreign by a demonym (`Imports of
    Canadian wheat rose 23%`, `les importations de blé canadien`), the only foreign country
    found: in an article about the home country, its imports from that country."""
    foreign = found - {article.home_country}
    for m in _IMPORTS_OF_RE.finditer(text, *statement):
        window = text[m.end():min(statement[1], m.end() + _GOODS_CHARS)]
        # (the goods named at some length, their demonym after them, in French: `les achats de
        # tissus et de vêtements turcs`, `les importations textiles turques`; not past a clause)
        window = window[:next((b.start() for b in _CLAUSE_BREAK_RE.finditer(window)), len(window))]
        mention = next((c for c in find_countries(window) if c.kind == "demonym"), None)
        french = bool(_FRENCH_IMPORTS_RE.match(m.group(0)))
        if not m.group("of") and not french:
            continue  # (`Turkish imports` says whose imports; `imports Turkish` says nothing)
        words = (_GOODS_WORDS if french else 2) if m.group("of") else 1
        if mention is not None and set(mention.codes) == foreign and len(window[:mention.start].split()) <= words:
            return True
    return False


_IMPORTS_OF_RE = re.compile(r"(?i:\b(?:imports|importations|purchases|achats|arrivages)(?:\s+(?P<of>of|de|d['’]|du|des)\s*|\s+))")
_FRENCH_IMPORTS_RE = re.compile(r"(?i:importations|achats|arrivages)")
_CLAUSE_BREAK_RE = re.compile(r"[,;:.()]|\b(?:ont|a|sont|est|have|has|were|was|rose|fell|en\s+provenance)\b")
_GOODS_CHARS = 60
_GOODS_WORDS = 6


def _price_quoted_abroad(text: str, figure_start: int, statement: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the figure is a price quoted on a foreign market (`DAP delivered to French ports
    traded at $780 a ton in October, up from $610`), its statement naming nothing of the home
    country: that market's price, not the home exporter's."""
    quoted = _QUOTED_AT_RE.search(text, max(statement[0], figure_start - _QUOTED_REACH), figure_start) \
        or (_PRICE_WORD_RE.search(text, max(statement[0], figure_start - _QUOTED_REACH), figure_start)
            and _PER_UNIT_RE.match(text, figure_start, statement[1]))
    return bool(found) and quoted is not None and not subjects.span_names_home(text, *statement, article)


_QUOTED_REACH = 80  # (the price's change after it goes with it: `..., up from $610 in October 2024`)


# A price per unit said of a market (`DAP prices stood at $720 a ton in India`, `Prices paid by
# Indian importers averaged $690 a ton`): the price word before the figure, the unit after it.
_PRICE_WORD_RE = re.compile(r"(?i:\b(?:prices?|prix)\b)")
_PER_UNIT_RE = re.compile(r"(?:[^,;.\s]|[.,]\d)+(?:\s+(?:[^,;.\s]|[.,]\d)+){0,2}?\s+(?:a|an|per|par|la|le|the)\s+(?:ton|tons|tonne|tonnes|barrel|baril|megawatt-hour|mégawattheure|MWh|kilo|kg)\b")
# A price's verb: `traded at`, `was quoted at`, `se négociait à`, `cotait`.
_QUOTED_AT_RE = re.compile(r"(?i:\b(?:traded|quoted|priced|se\s+négoci\w+|s['’]échang\w+|cot(?:ait|aient|é|ée|és))\s+(?:at|à)\b)")


# A sentence's opening setting: `En Hongrie,`, `In Egypt,`, `Au Sénégal,`, `Chez le voisin
# algérien,`, `Across the border in Algeria,`.
_SETTING_OPENING_RE = re.compile(
    r"\s*(?:(?:Across\s+the\s+(?:border|Mediterranean|Strait)\s+)?(?:En|Au|Aux|In|À|A)\s+(?=[A-ZÀ-Ý])"
    r"|Chez\s+(?:le|les|nos|notre|son|ses|leurs?)\s+(?:(?:grands?|proches?)\s+)?voisins?\s+(?=\w)"
    # (a country as the topic the sentence turns to: `Quant à l'Indonésie, elle vise 140 GWh`)
    r"|Quant\s+(?:à\s+(?:la\s+|l['’]\s*)?|au\s+|aux\s+)(?=[A-ZÀ-Ý])|As\s+for\s+(?:the\s+)?(?=[A-Z]))(?P<place>[^,;:]{1,40}),"
)


_SUBSIDIARY_RE = re.compile(r"(?i:\b(?:filiales?|succursales?|subsidiar(?:y|ies))\b)")
_CONTRAST_WORD_RE = re.compile(r"(?i:\b(?:while|whereas|tandis\s+qu|alors\s+qu|but|mais)\b)")


def _set_abroad(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> bool:
    """Whether the sentence opens on a setting abroad (`_SETTING_OPENING_RE`) that names
    foreign countries only, and names nothing of the home country after it: what it says
    is said there (`Chez le voisin algérien, la raffinerie de Béjaïa dispose d'une capacité de
    3 millions de tonnes`), not of the home country; up to the figure's clause where a contrast
    sets it elsewhere (`..., tandis qu'au Sénégal, la CBAO revendique 18% des dépôts`)."""
    start, end = _without_dateline(text, sentence)
    setting = _SETTING_OPENING_RE.match(text, start, end) or _SUBJECT_SET_IN_RE.match(text, start, end)
    if setting is None or _CONTRAST_WORD_RE.search(text, setting.end(), figure_start):
        return False
    named = _named(text, start, setting.end(), ()) | set(place_country(setting.group("place").strip()) or ())
    home = article.home_country
    if not named or home in named:
        return False
    # (a subject set there is no company's of the article: `Ruipeng's sales in Spain`)
    rest = setting.end() if setting.re is _SETTING_OPENING_RE else start
    # (nor money in the home currency: `Au Cameroun, la SCB Cameroun progresse de 9% à 610
    # MDH`, a home bank's subsidiary as the home press counts it; nor a subsidiary: `Au
    # Sénégal, les dépôts collectés par la filiale ont progressé de 15%`)
    return not (_home_or_its_money(text, rest, end, article) or _SUBSIDIARY_RE.search(text, rest, end)
                or _main_company_named_again(text, [(rest, end)], article, projects=False))


# ... or whose subject is set there (`Battery investment pledges in Hungary fell 41%`, `Les
# salaires dans l'industrie en Egypte ont progressé de 9%`): a measure of that country.
_SUBJECT_SET_IN_RE = re.compile(
    r"\s*(?:(?:The|Les?|La|L['’])\s*)?[^\W\d][\w'’-]*(?:[^\S\n]+(?-i:[a-zé][\w'’-]*)){0,6}?[^\S\n]+"
    r"(?:in|en|au|aux)[^\S\n]+(?:the\s+)?(?P<place>[A-ZÀ-Ý][\w'’-]*(?:[^\S\n]+[A-ZÀ-Ý][\w'’-]*){0,2})(?=[^\S\n]+(?-i:[a-z]))"
)


# Two parties of a flow: `entre l'Espagne et l'Algérie`, `between Seoul and Ankara`, `les
# échanges turco-tunisiens` (a compound), `Trade between the two countries`.
_BETWEEN_TWO_RE = re.compile(r"(?i:\b(?:entre|between)\s+(?=\S)(?!\d))")


# `Seule l'Afrique du Sud fait mieux`, `seul Port-Saïd Est, en Egypte, affiche une croissance
# comparable`, `Only Egypt, with $41.2 billion, drew more capital` (after a lead-in: `Sur le
# continent, `): the one rival that matches or beats the home country.
_ONLY_RIVAL_RE = re.compile(r"\s*(?:[^,.;]{0,40},\s*)?(?i:seule?s?|only)\s+(?=(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?[A-ZÀ-Ý])")
_BETTER_RE = re.compile(
    r"(?i:\bmieux\b|\bcomparables?\b|\bdavantage\b|\bplus\s+(?:de|d['’]|que)\b|\bmore\b|\bbetter\b|\bhigher\b"
    r"|\blarger\b|\bbigger\b|\bfaster\b|\bcomparable\b|\bsupérieure?s?\b|\bdépass\w*|\boutperform\w*)"
)


def _only_rival_does_better(text: str, figure_start: int, statement: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the statement names the one foreign country that does as well as or better than
    the home country (`_ONLY_RIVAL_RE`, `_BETTER_RE`), with nothing of the home country in it:
    the figure is that rival's."""
    home = article.home_country
    start, end = _without_dateline(text, statement)
    only = _ONLY_RIVAL_RE.match(text, start, end)
    if not home or home in found or only is None or not _BETTER_RE.search(text, only.end(), end):
        return False
    return not subjects.span_names_home(text, start, end, article)


def _trade_between_foreign_countries(
    text: str, figure_start: int, statement: tuple[int, int], found: set[str], article: Article,
) -> bool:
    """Whether the figure's clause is a flow between two foreign countries (`les échanges entre
    l'Espagne et l'Algérie n'ont pas dépassé 5,7 milliards d'euros`, `contre 9,6 milliards de
    dollars entre Séoul et Ankara`, `Les échanges turco-tunisiens se sont limités à 1,9 milliard`,
    `Trade between the two countries reached $8.8 billion`, of Turkey and Egypt), with nothing of
    the home country in its clause: their trade, not the home country's."""
    home = article.home_country
    if not home or home in found or len(found) < 2:
        return False
    start, end = _figure_clause(text, figure_start, statement)
    if not (_FLOW_RE.search(text, start, end) or _TRADE_RE.search(text, start, end)) \
            or subjects.span_names_home(text, start, end, article):
        return False
    between = _BETWEEN_TWO_RE.search(text, start, end)
    if between and len(_named(text, between.end(), end, article.companies) - {home}) >= 2:
        return True
    if any(m.kind == "compound" and home not in m.codes for m in find_countries(text[start:end])):
        return True
    return bool(_BOTH_RE.search(text, start, end)) or _foreign_flow_to_another(text, start, end, found)


def _link_between_foreign_countries(
    text: str, figure_start: int, statement: tuple[int, int], found: set[str], article: Article,
) -> bool:
    """Whether the statement, up to the figure's clause, tells of a link between two foreign
    countries (`The ELMED link between Tunisia and Italy, a 600 MW cable costing 850 million
    euros`, `le gazoduc entre l'Algérie et l'Espagne`) and names nothing of the home country:
    theirs, not the home country's."""
    home = article.home_country
    if not home or home in found or len(found) < 2:
        return False
    end = _figure_clause(text, figure_start, statement)[1]
    link = _LINK_BETWEEN_RE.search(text, statement[0], end)
    if link is None or subjects.span_names_home(text, statement[0], end, article):
        return False
    named = _named(text, link.end(), end, article.companies) - {home}
    return len(named) >= 2 and found <= named


_LINK_BETWEEN_RE = re.compile(
    r"(?i:\b(?:link|cable|interconnector|interconnection|pipeline|bridge|corridor|route|line|câble|liaison|interconnexion"
    r"|gazoduc|oléoduc|pont|ligne|corridor)s?\b[^.;:]{0,40}?\b(?:between|entre)\s)"
)


def _foreign_flow_to_another(text: str, start: int, end: int, found: set[str]) -> bool:
    """Whether a foreign country's flow goes to (or comes from) another foreign country, both
    named in the clause, the one before the flow's direction and the other after it (`Les
    exportations d'habillement de la Turquie vers l'UE ont reculé de 8%`, `Egypt's exports to
    Italy rose 12%`)."""
    if not _FLOW_RE.search(text, start, end):
        return False
    direction = _FLOW_DIRECTION_RE.search(text, start, end)
    if direction is None:
        return False
    before = {code for m in find_countries(text[start:direction.start()]) for code in m.codes} & found
    after = {code for m in find_countries(text[direction.end():direction.end() + 40]) if m.start < 4
             for code in m.codes} & found
    if _THE_BLOC_RE.match(text, direction.end()) and "EU" in found:
        after |= {"EU"}  # (`Chinese EV exports to the bloc fell 18%`: the Union named again)
    return bool(before and after and not before & after)


# The direction of a flow, right before its partner: `vers l'UE`, `to Italy`, `en provenance de Chine`.
_FLOW_DIRECTION_RE = re.compile(
    r"(?i:\b(?:vers|to|into|from|en\s+provenance\s+d[eu]|à\s+destination\s+d[eu])\s+(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?)(?=[A-ZÀ-Ý]|(?i:bloc\b))"
)
_THE_BLOC_RE = re.compile(r"(?i:bloc)\b")


def _partner_of_the_home_flow(text: str, figure_start: int, sentence: tuple[int, int], found: set[str], article: Article,
                              earlier_sentences: list[tuple[int, int]], previous: tuple[int, int] | None = None) -> bool:
    """Whether the sentence gives one partner's share of the home country's flow that its
    paragraph tells, by a verb of supplying or receiving before the figure and no other place
    after it (`la Russie a vu ses livraisons au Royaume chuter de 40%. L'Ukraine a expédié 980.000
    tonnes`, `L'Espagne reste la première destination ... Les Pays-Bas ont reçu 48.000 tonnes`)."""
    home = article.home_country
    if not home or not found - {home}:
        return False
    opening = _without_dateline(text, sentence)[0]
    if _RIVAL_OPENING_RE.match(text, opening):
        return False  # `Neighbouring Tunisia, a major olive oil exporter, shipped about 180,000 tonnes`: a rival's own
    verb = _PARTNER_VERB_RE.search(text, opening, figure_start) or _DELIVERIES_RE.search(text, opening, figure_start)
    ranked = None if verb else _PLACE_IN_THE_RANKING_RE.search(text, opening, figure_start)
    if not earlier_sentences and ranked and previous:
        earlier_sentences = _paragraph_before(text, previous, article)
    verb = verb or ranked
    clause_end = _figure_clause(text, figure_start, sentence)[1]
    if _role_in_the_home_flow_with_its_figure(text, figure_start, opening, clause_end, found, article):
        return True
    if not earlier_sentences:
        return False
    if not verb or _WHOLE_RE.search(text, *sentence) or _named(text, figure_start, clause_end) - found:
        return False
    if len(found - {home}) > 1 and _named(text, verb.end(), clause_end):
        # (several partners only as the verb's subjects, `L'Allemagne et la Pologne ont fourni
        # ensemble 330.000 tonnes`; not a flow between them, `Turkey ... shipped 96,000 tonnes to the EU`)
        return False
    # (the flow may be told two sentences before, a ranking between: `La France redevient le
    # premier fournisseur du Royaume ... Elle devance la Russie (820.000 tonnes) ... L'Allemagne
    # et la Pologne ont fourni ensemble 330.000 tonnes`)
    # (or a partner's share of a flow whose owner it leaves unsaid: `L'Union européenne ne
    # représente plus que 12% des volumes. ... le Canada et les Etats-Unis ont reçu 38.000 tonnes`)
    return any(_HOME_FLOW_ROLE_RE.search(text, *previous) or subjects._UNOWNED_SHARE_RE.search(text, *previous) or (
        subjects.span_names_home(text, *previous, article) and (
            _FLOW_RE.search(text, *previous) or _DELIVERIES_RE.search(text, *previous) or _PARTNER_VERB_RE.search(text, *previous)))
        for previous in earlier_sentences[-2:])


def _paragraph_before(text: str, previous: tuple[int, int], article: Article) -> list[tuple[int, int]]:
    """The sentences of the paragraph that ends with `previous`, for a ranking told a paragraph a
    partner (`La France ... remonte à la deuxième place avec 780.000 tonnes ...` then, opening the
    next paragraph, `L'Ukraine recule à la troisième place avec`)."""
    paragraph_start = max((p for p in article.paragraph_starts if p <= previous[0]), default=0)
    return [(paragraph_start + a, paragraph_start + b) for a, b in sentence_spans(text[paragraph_start:previous[1]])]


def _role_in_the_home_flow_with_its_figure(text: str, figure_start: int, opening: int, clause_end: int, found: set[str],
                                           article: Article) -> bool:
    """Whether, in an article about the home country, the sentence gives a partner's role in its
    flow with the figure right after (`La France reste le premier pays d'origine des fonds, avec 31%
    du total`), not a role in the world's (`premier fournisseur mondial`)."""
    if article.focus_countries != (article.home_country,):
        return False
    role = _HOME_FLOW_ROLE_RE.search(text, opening, figure_start)
    return bool(role and _RANKED_WITH_RE.fullmatch(text, role.end(), figure_start)
                and not _WORLDWIDE_WORD_RE.search(text, opening, clause_end) and not _named(text, figure_start, clause_end) - found)


# What leads from a partner's role to its figure: `le premier pays d'origine des fonds, avec`.
_RANKED_WITH_RE = re.compile(r"[^,.;:]{0,60},?\s+(?:avec|with)\s+(?:près\s+de\s+|plus\s+de\s+|about\s+|over\s+|nearly\s+)?")


# A sentence opening on a country told as a neighbour or a rival (`Neighbouring Tunisia`, `Regional
# rival Egypt`, `Le voisin algérien`, `Competitor Qilin Tyre`).
_RIVAL_OPENING_RE = re.compile(
    r"\s*(?i:(?:neighbou?ring|voisine?|(?:regional\s+)?rivals?|competitors?|(?:le|la|son|sa)\s+(?:voisine?|rivale?|concurrente?))\b)"
)


def _trade_partners_flow(text: str, figure_start: int, sentence: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the figure is the flow of the one partner an article about the home country's
    trade with it is about, named as the flow's owner right before it and with no other
    place (`UK exports of cars and parts almost doubled to £240 million`, under `UK-Morocco
    Trade Hits Record`): its flow with the home country."""
    partner = article.trade_partner
    if not partner or found - {article.home_country} != {partner} or _ALL_PARTNERS_RE.search(text, *sentence):
        return False
    opening = _without_dateline(text, sentence)[0]
    owner = _PARTNERS_FLOW_RE.match(text, opening)
    if owner is None or owner.end() > figure_start:
        return False
    named = find_countries(owner.group("owner") or owner.group("owner2"))
    return len(named) == 1 and named[0].codes == (partner,) and not _named(text, owner.end(), sentence[1]) - found


# A sentence opening on a country's flow: `UK exports of cars`, `British imports`, `Les exportations espagnoles`.
_PARTNERS_FLOW_RE = re.compile(
    r"\s*(?:(?P<owner>(?:[A-Z][\w'’.-]*\s+){1,2}?)(?:exports|imports|shipments|sales|purchases)\b"
    r"|(?:Les|Ses)\s+(?:exportations|importations|ventes|achats|expéditions)\s+(?P<owner2>[a-zé]+)\b)"
)


# A partner's verb of supplying or receiving: `a expédié`, `ont reçu`, `shipped`, `received`.
# (Not `acheté`, `bought`, `imported`: a country's purchases are often its own total: `le Brésil a
# acheté quelque 41 millions de tonnes de fertilisants l'an dernier`.)
_PARTNER_VERB_RE = re.compile(
    r"(?i:\b(?:a|ont|avait|avaient|ayant|have|has|had)\s+(?:(?:déjà|encore|seulement|only|already)\s+)?(?:expédié|livré|fourni|reçu|absorbé"
    r"|shipped|supplied|received)\b"
    r"|\b(?:shipped|supplied|received|absorbed)\b"
    # (present, with `en` for the flow just told: `la France, qui en absorbe 47%`)
    r"|\ben\s+absorb(?:e|ent|ait|aient)\b"
    # (past, `en` for the goods just told: `Les Etats-Unis en ont importé pour 37 millions de dollars`)
    r"|\ben\s+(?:a|ont|avait|avaient)\s+(?:importé|acheté|reçu|absorbé)\b"
    # (the largest part of the flow: `La Russie s'est taillé la part du lion avec 128.000 tonnes`)
    r"|\bla\s+part\s+du\s+lion\b|\bthe\s+lion['’]s\s+share\b)"
)
# A partner's place in the ranking of the flow just told, its figure after it: `Le Royaume-Uni se
# hisse au troisième rang avec 1,03 million de visiteurs`, `recule à la troisième place avec`.
_PLACE_IN_THE_RANKING_RE = re.compile(
    r"(?i:\b(?:premi[eè]re?|deuxième|seconde?|troisième|quatrième|cinquième|\d(?:e|ème))\s+(?:rang|place|position)\s+avec\b"
    r"|\b(?:came|ranked|ranks?|comes?)\s+(?:first|second|third|fourth|fifth)\s+with\b)"
)
# Abroad, as a country's business the world over: `à l'étranger`, `abroad`, `overseas`.
_ABROAD_WORD_RE = re.compile(r"(?i:\bà\s+l['’]\s*étranger\b|\babroad\b|\boverseas\b)")
# A sentence that turns from the home country to others: `Elsewhere in North Africa,`, `Ailleurs sur le continent,`.
_ELSEWHERE_RE = re.compile(r"\s*(?:Elsewhere|Ailleurs)\b")
# Supplies by their noun (or the partner's, before its figure: `Les expéditions françaises ont
# chuté de 28%`, `Russian shipments`).
_DELIVERIES_RE = re.compile(r"(?i:\b(?:livraisons|deliveries|approvisionnements|supplies|expéditions|envois|shipments)\b)")
# A partner's role in the home country's flow: `la première destination`, `premier fournisseur du Royaume`.
_HOME_FLOW_ROLE_RE = re.compile(
    r"(?i:\b(?:premi[eè]re?|deuxième|second(?:e)?|principale?|top|largest|main)\s+(?:destination|fournisseur|client|débouché|marché|supplier|customer|market|buyer"
    r"|pays\s+(?:d['’]origine|émetteur|fournisseur|client)|contributeur|pourvoyeur|investisseur|contributor|investor|source\s+country)s?\b"
    # (the markets the home country's visitors come from: `la première place des marchés émetteurs`)
    r"|\bmarchés?\s+émetteurs?\b|\bsource\s+markets?\b)"
)


def _foreign_place_subject(text: str, statement: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether the statement's subject is a place abroad (`The port of Abidjan alone handled
    37.5 million tonnes last year`) and it names nothing of the home country."""
    start, end = _without_dateline(text, statement)
    opening = _opening_noun(text, (start, end))
    window = text[opening[0]:opening[1] + 10]
    # (not a place that describes a company: `The Riyadh-based group plans to build`)
    places = [m for m in find_places_abroad(window, article.home_country) if set(m.codes) <= found
              and not _BASED_RE.match(window, m.end)]
    setting = _OPENING_PLACE_RE.match(text, start, end)
    if setting and setting.group("at") and text.startswith(",", setting.end()):
        # (or the city abroad it opens on as its setting: `A Kragujevac, Brandt investira 38 M€`)
        codes = set(place_country(setting.group("place")) or ())
        places += [setting] if codes and codes <= found and article.home_country not in codes else []
    return bool(places) and not subjects.span_names_home(text, start, end, article)


def _operations_abroad(text: str, figure_start: int, statement: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether a company, the statement's subject, is told operating abroad: its figure's
    clause places it in the foreign countries it names (`Hoang Son, which employs 31,000 people
    in nine factories across Vietnam and Cambodia`, `The company, which operates 11 data
    centers in Qatar, Oman and Kenya with a combined capacity of 210 megawatts`), and nothing of
    the home country is said: the company's operations there, not in the home country."""
    return bool(operating_owners(text, figure_start, statement, article, own_clause=False))


def operating_owners(text: str, figure_start: int, statement: tuple[int, int], article: Article, own_clause: bool = True) -> set[str]:
    """The countries of the foreign company (or firms) `_operations_abroad` finds at work abroad
    in the statement; empty where it finds none. `own_clause`: the subject of the contrast that
    holds the figure, if one does, rather than the sentence's."""
    home = article.home_country
    start, end = _without_dateline(text, statement)
    # (the subject of a contrast that holds the figure: `..., while Chinese trader Zhongke Agro is
    # building a 30,000-tonne unit in Korhogo`)
    link = None
    for link in _CONTRAST_LINK_RE.finditer(text, start, figure_start) if own_clause else ():
        pass
    opening = _opening_noun(text, (link.end() if link else start, end))
    owners = _companies_opening(text, opening, end, article.companies)
    if not owners and (_COMPANY_ANAPHOR_RE.search(text, *opening) or _PRONOUN_RE.match(text, *opening)) \
            and article.main_company_country:
        # (or a pronoun for it: `Il a annoncé la suppression de 1.200 postes en Allemagne`)
        owners = {article.main_company_country}
    if not owners:
        # (a nationality before the name: `Le fabricant sud-coréen de matériaux pour batteries
        # Hanbit Cathode Materials a inauguré ... en Pologne`)
        cue = nameless_company_cue(text[opening[0]:opening[1] + _OPENING_NOUN_CHARS], opening=True)
        owners = {cue} if cue else set()
    if not owners and _FIRMS_RE.search(text, *opening):
        # a country's firms as a whole (`Turkish companies have invested about $3.5 billion in
        # Egypt`, `les entreprises chinoises implantées au Sénégal`)
        owners = {code for m in find_countries(text[opening[0]:opening[1]]) if m.kind == "demonym" for code in m.codes}
    if not owners or home in owners:
        return set()  # (a home company's plant abroad is the home country's too)
    clause_end = _figure_clause(text, figure_start, (start, end))[1]
    window = text[start:clause_end]
    mentions = [m for m in (*find_countries(window), *find_places_abroad(window, home)) if home not in m.codes]
    if not any(_PLACED_IN_RE.search(text[max(start, start + m.start - 30):start + m.start])
               or _INVESTED_INTO_RE.search(text[max(start, start + m.start - 60):start + m.start]) for m in mentions):
        return set()
    # (the company named again is no home mention here: it is the subject; a figure in a
    # relative aside is the aside's: `The group, which operates 48 hotels in Saudi Arabia and
    # Egypt, said it would supply its Moroccan resorts`)
    aside = next((m for m in _RELATIVE_ASIDE_RE.finditer(text, start, end) if m.start() <= figure_start < m.end()), None)
    if aside:
        start, end = aside.span()
    if home in _named(text, start, end, article.companies) or _located_home(text[start:end]) \
            or _home_organisations_re().search(text, start, end) or _HOME_WORDS_RE.search(text, start, end) \
            or _HOME_TIES_RE.search(text, start, end) or subjects.first_person(text, start, end):
        return set()
    return owners


def _companies_opening(text: str, opening: tuple[int, int], end: int, companies) -> set[str]:
    """The countries of the companies whose name starts in the opening span, however long the
    name runs on (`Vietnamese group Tan Long Agrifood JSC opened ...`)."""
    found = set()
    for pattern, code in companies:
        m = pattern.search(text, opening[0], end)
        if m and m.start() < opening[1]:
            found.add(code)
    return found


_FIRMS_RE = re.compile(
    r"(?i:\b(?:companies|firms|groups|investors|manufacturers|makers|banks|lenders|entreprises|sociétés|groupes|firmes|investisseurs"
    r"|industriels|banques)\b)"
)
# A place preposition right before a country (`in nine factories across Vietnam`, `en Chine`).
_PLACED_IN_RE = re.compile(
    r"(?i:\b(?:in|across|throughout|between|en|au|aux|dans|à\s+travers|entre)\s+(?:the\s+|l['’]\s*|la\s+|le\s+|les\s+)?$"
    # (a site at a town abroad: `a second factory at Debrecen`, `a plant near Sokhna`)
    # (not where a company is based: `basé à Hambourg`, `based at`)
    r"|(?<!based\s)(?<!basé\s)(?<!basée\s)(?<!basés\s)\b(?:at|near|à|près\s+de)\s+$"
    # (a part of it: `dans le sud-ouest de la Pologne`, `in northern Poland`, `in the south of France`)
    r"|\b(?:dans\s+le|in\s+the)\s+(?:nord|sud|est|ouest|centre|north|south|east|west|centre|center)(?:-[\w]+)?\s+"
    r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|d['’]\s*|de\s+|of\s+(?:the\s+)?)$"
    r"|\bin\s+(?:northern|southern|eastern|western|central|north-\w+|south-\w+)\s+$)")


# Money a company puts into a country: `has committed $2 billion to Egypt's Red Sea coast`.
_INVESTED_INTO_RE = re.compile(
    r"(?i:\b(?:committed|invested|pledged|allocated|engagé|investi|injecté|consacré)\b(?:[^,;:.]|(?<=\d)[.,](?=\d)){0,40}?"
    r"\b(?:to|into|à|dans)\s+(?:the\s+|l['’]\s*|la\s+|le\s+|les\s+)?$)")


_OWN_SUBSIDIARY_RE = re.compile(
    r"\s*(?:Sa|Leur|Its|Their)\s+(?:filiale|succursale|subsidiary|unit)\s+(?!marocaine|Moroccan)"
    r"(?:[a-zé-]+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:\s*,|\s+(?:qui|which|a|has|emploie|employs|compte))"
)
_POSSESSIVE_OPENING_RE = re.compile(r"\s*(?:its|their|ses|son|sa|leurs?)\s")
_FIGURE_OPENING_RE = re.compile(r"\s*(?:[$€£]\s?)?\d")
# A relative aside between commas (`Romania, which competes with Morocco for European contract
# manufacturing, built 540,000 cars`): what it says of the subject is not what the sentence
# states of it.
# (a number's separators do not end it: `, which operates 48 hotels with 13,500 rooms in ...,`)
_RELATIVE_ASIDE_RE = re.compile(r",\s*(?:which|who|qui)\b(?:[^,.;:]|(?<=\d)[.,](?=\d)){1,120},")


# What opens a sentence before its subject: a linking or framing phrase (`Dans le même temps,`,
# `Sur le continent,`, `Meanwhile,`), `Neighbouring`; a clause's link (`while`, `tandis que`).
_NEIGHBOUR = r"neighbou?ring|voisine?"
_NEIGHBOUR_RE = re.compile(rf"\s*(?i:(?:{_NEIGHBOUR}|regional\s+rival|rival)\s+)?")
_FRAME_OPENING_RE = re.compile(rf"\s*(?:[^,.;:«»\"]{{1,40}},\s*)?(?i:(?:{_NEIGHBOUR})\s+)?")
_CLAUSE_LINK_RE = re.compile(r"\s*(?:,\s*)?(?i:while|whereas|tandis\s+qu['’]?e?|alors\s+qu['’]?e?|and|et|but|mais)(?:\s+|(?<=['’]))")
# A country told in a role towards another country, which in an article about the home country
# is the home country: its partner, supplier, customer or market (`France remained the top
# source market with 1.9 million visitors`), its rank among them, its lender, its share.
_ROLE_TOWARDS_ANOTHER_RE = re.compile(
    # (words, not parts of words: not the `source` of `renewable sources` or `ressources`, the
    # `position` of `disposition`, the `suit` of `poursuit`)
    r"(?i:\b(?:partenaire|fournisseur|client|débouché|marché\s+émetteur|acheteur|partner|supplier|customer|source\s+market"
    r"|buyer|destination|investisseur|investor|donneur|source(?!s)|leading|premier|première|largest|top\b|absorb\w*"
    # or ranked among them (`La Chine arrive en troisième position`, `Spain follows with 14.8%`)
    r"|arrivent?\b|suit\b|suivent\b|suivie?s?\b|follows?\b|followed|position|devant|derrière|rank\w*)"
    # (before another: not `Tunisia lagged behind with $780 million`, a rival's own figure)
    r"|ahead(?!\s+(?:with|in|on|at|by)\b|\s*[,.;])|behind(?!\s+(?:with|in|on|at|by)\b|\s*[,.;])"
    # or supplying it or taking a share of its flow (`France supplies 40%`, `La Côte d'Ivoire en a capté 18%`)
    r"|suppl(?:y|ies|ied)\b|fourni(?:t|ssent)\b|capt\w*|\btook\b|\btakes\b"
    # or buying from it (`..., while India bought 1.5 million tons`)
    r"|\bbought\b|\bbuys\b|\bpurchased\b|\bacheté\b|\bachète\b|\bachètent\b"
    # or as a lender or donor to it (`Germany will also provide a €45 million grant`)
    # (the verb `accorder`, not `des accords`, agreements)
    r"|provid\w*|\blend\w*|financ\w*|accord(?:e|é|ée|és|ées|er|era|eront|ent|ait|aient)\b|octroi\w*|\bgives?\b|offr\w*"
    r"|\bappuis?\s+budgétaire|\bbudget(?:ary)?\s+support"
    # or as weighing a share of something (`L'Arabie saoudite et les Emirats pèsent respectivement 6,4% et 5,9%`)
    # (not `représentant` before an amount, what it is worth: `des protocoles d'accord représentant
    # plus de 40 milliards de dollars`)
    # (not the contrast's `for its part`, `pour sa part`)
    r"|\bpès\w*|\bpes(?:er|ent)\b|représent(?!ant\b(?![^.;]{0,30}%))\w*|account\w*|\bpart\b(?<!its\spart)(?<!sa\spart)(?<!their\spart)(?<!leur\spart)|\bshare\b)"
)


_PLACE_RELATIVE_RE = re.compile(r",\s*(?i:where|où)\b")


def _foreign_subject_alone(text: str, figure_start: int, statement: tuple[int, int], found: set[str], article: Article) -> bool:
    """Whether a foreign country is the subject of the figure's sentence or clause (`Neighbouring
    Algeria operates 19 desalination plants`, `..., while Oman has allocated land for projects
    totaling about $49 billion`, `Dans le même temps, l'Egypte a vu ses exportations bondir de
    18%`) and the sentence (from the contrasting link its clause opens on) names nothing of the
    home country, not even by an adjective, but in a relative aside, nor, up to the figure's
    clause, the country as anyone's partner, supplier, market, lender or rank: a statement
    about that country alone."""
    home = article.home_country
    start, end = _without_dateline(text, statement)
    if not home or not found - {home}:
        return False
    opening = _foreign_subject_opening(text, figure_start, (start, end), found - {home})
    if opening is None:
        return False
    # (`Morocco's car industry still trails Turkey, while Romania ... built 540,000 cars`: what
    # comes before a contrasting link is another statement; so is what a speaker said before
    # what he goes on to report: `"We are no longer competing ...," the minister told AFP,
    # noting that Spain drew 97 million foreign visitors`)
    link = _clause_start(text, opening, (start, end))
    scope = opening if _CONTRAST_LINK_RE.match(text, link) or _REPORTED_LINK_RE.match(text, link) else start
    if subjects.first_person(text, scope, end):
        return False
    figure_clause_end = _figure_clause(text, figure_start, (start, end))[1]
    asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE_RE.finditer(text, scope, figure_clause_end)
              if not m.start() <= figure_start < m.end()]
    # (nor the home country as the rival it takes on: `L'Egypte veut produire 500.000 véhicules
    # et défier le Maroc`)
    asides = sorted(asides + subjects.rival_home_objects(text, figure_clause_end, end, home))
    # (nor in an apposition to the subject: `La Roumanie, souvent citée comme modèle pour Tanger,
    # a produit 532.000 véhicules`; a role towards the home country there is still caught below)
    # (not a relative of place, which says what the home country does there: `La Côte d'Ivoire,
    # où les banques marocaines détiennent 30% des parts de marché, affiche ...`)
    asides = sorted(asides + [(a, b) for a, b in subjects._appositions(text, scope, figure_clause_end, figure_start)
                              if not _PLACE_RELATIVE_RE.match(text, a)])
    for part_start, part_end in _outside(scope, end, asides):
        if subjects.span_names_home(text, part_start, part_end, article) or _HOME_WORDS_RE.search(text, part_start, part_end) \
                or _HOME_TIES_RE.search(text, part_start, part_end) \
                or any(home in m.codes for m in find_countries(text[part_start:part_end])):
            return False
    if any(not (_WIDER_RANK_BEFORE_RE.search(text[max(scope, m.start() - 40):m.start()])
                or _WIDER_RANK_AFTER_RE.match(text, m.end()))
           for m in _ROLE_TOWARDS_ANOTHER_RE.finditer(text, scope, figure_clause_end)):
        return False
    # (`L'Allemagne, avec 512.000 arrivées, et l'Italie ... complètent le classement`)
    return not _RANKING_AFTER_RE.search(text, figure_start, end)


# A country that receives visitors itself: `L'Espagne a accueilli`, `Spain welcomed`.
_HOSTS_RE = re.compile(
    r"(?i:\b(?:welcom\w*|receiv\w*|host\w*|attract\w*|drew|accueill\w*|reçu|reçoit|attir\w*)\b)"
)
# A country that sends visitors: `The United States sent 445,000 visitors`, `Italy and Belgium
# contributed 520,000 and 410,000 visitors`, `les touristes en provenance d'Allemagne`.
_SENDS_RE = re.compile(
    r"(?i:\b(?:sent|sends?|sending|contribut\w*|provided|supplied|accounted\s+for|envoy\w*|fourni\w*|émett\w*|émis"
    # (or called a market of them: `The United Kingdom posted the strongest growth among major
    # European markets, with arrivals jumping 24%`)
    r"|pourvoyeur\w*|en\s+provenance|markets?|marchés?)\b)"
)


def _foreign_subject_opening(text: str, figure_start: int, statement: tuple[int, int], foreign: set[str]) -> int | None:
    """Where the statement or the figure's clause opens with one of `foreign` as its subject:
    at its start (`Mauritania, its southern neighbour, hopes`), after a framing phrase, or after
    the last link up to the figure's clause (over an apposition or aside: `while the
    Netherlands, Europe's largest producer, exports`)."""
    start, end = statement
    # (`Neighboring Spain, the world's second most visited country, received`: the frame's
    # comma phrase is the subject itself)
    openings = [start, _FRAME_OPENING_RE.match(text, start).end(), _NEIGHBOUR_RE.match(text, start).end()]
    clauses = _clauses(text, (start, end))
    index = next((i for i, (a, b) in enumerate(clauses) if a <= figure_start < b), None)
    if index is not None:
        links = [_CLAUSE_LINK_RE.match(text, a) or _REPORTED_LINK_RE.match(text, a) for a, _ in clauses[:index + 1]]
        link = next((m for m in reversed(links) if m), None)
        if link:
            # (or the place the contrast is set in: `tandis qu'en Algérie, la reprise des
            # importations a permis d'écouler 95.000 véhicules`)
            openings += [link.end(), _SETTING_RE.match(text, link.end()).end()]
    return next((at for at in reversed(openings)
                 if _opens_with_country(text, at, foreign) or _opens_with_a_company_of(text, at, foreign)
                 or _opens_with_an_epithet_of(text, at, foreign)), None)


def _opens_with_an_epithet_of(text: str, start: int, found: set[str]) -> bool:
    """Whether the sentence opens with one of `found` named by an epithet, as its subject (`The
    sultanate has attracted commitments of $49 billion`, `L'archipel a importé`)."""
    at = start + len(text[start:start + 40]) - len(text[start:start + 40].lstrip())
    mention = next(iter(find_epithets(text, at, min(len(text), at + 40))), None)
    return mention is not None and mention.start == 0 and set(mention.codes) <= found


# A company whose name opens on its nationality (`Ethiopian Airlines`, `Turkish Airlines`): the
# demonym then a capitalised word. (Not `le japonais Hinode Seiki`, `l'allemand Kessler`: the
# press introduces so the foreign investors of the home country, whose plants there are of both.)
_COMPANY_AFTER_DEMONYM_RE = re.compile(r" [A-Z][\w&'’.-]*")


def _opens_with_a_company_of(text: str, start: int, found: set[str]) -> bool:
    """Whether the sentence opens with a company of one of `found` whose name says its
    nationality, as its subject (`Ethiopian Airlines plans to grow its fleet to 271 aircraft`)."""
    window = text[start:start + 60].lstrip()
    mention = next(iter(find_countries(window)), None)
    return mention is not None and mention.start == 0 and mention.kind == "demonym" \
        and set(mention.codes) <= found and bool(_COMPANY_AFTER_DEMONYM_RE.match(window, mention.end))


def _clause_start(text: str, at: int, statement: tuple[int, int]) -> int:
    return next((a for a, b in _clauses(text, statement) if a <= at < b), statement[0])


_CONTRAST_LINK_RE = re.compile(r"\s*(?:,\s*)?(?i:while|whereas|tandis\s+qu['’]?e?|alors\s+qu['’]?e?|but|mais)\s+")
# What a speaker goes on to report, its own statement: `..., told AFP, noting that Spain drew 97
# million foreign visitors`, `..., a-t-il ajouté, rappelant que l'Espagne a accueilli`.
_REPORTED_LINK_RE = re.compile(
    r"\s*(?:,\s*)?(?i:noting|adding|saying|recalling|pointing\s+out|notant|ajoutant|rappelant|soulignant|précisant"
    # (or the speaker's verb after the speaker's name: `Katrin Wollenberg, a souligné que l'Allemagne`)
    r"|(?:a|ont)\s+(?:souligné|indiqué|précisé|rappelé|affirmé|déclaré|estimé|expliqué|noté|relevé|assuré)"
    r"|(?:said|says|noted|added|warned|stressed|explained))"
    r"\s+(?:that\s+|qu['’]\s*|que\s+)")


# A rank in the world or in a region, not towards the home country: `the Netherlands, Europe's
# largest greenhouse producer, exports`, `premier producteur mondial`.
_WIDER_RANK_BEFORE_RE = re.compile(
    r"(?i:\b(?:world|continent|region|Africa|Europe|Asia|bloc|EU|union)['’]s\s+(?:[\w-]+\s+){0,3}$)")
_WIDER_RANK_AFTER_RE = re.compile(
    r"(?i:(?:\s+[\w-]+){0,3}?\s+(?:mondial(?:e|es|aux)?\b|du\s+monde\b|d['’]Europe\b|d['’]Afrique\b|du\s+continent\b"
    r"|in\s+(?:the\s+)?(?:world|Europe|Africa)\b"
    # (or in its own history: `the largest single investment deal in its history`, a record, no role)
    r"|in\s+(?:its|their)\s+history\b|de\s+(?:son|leur)\s+histoire\b|on\s+record\b|ever\b))")


# A ranking the figure's country takes its place in, told after the figure: `La Côte d'Ivoire en
# a capté 18%, devant le Sénégal`, `... complètent le classement des principaux marchés`.
_RANKING_AFTER_RE = re.compile(r"(?i:\b(?:classement|ranking|devant|derrière|ahead\s+of|followed\s+by|suivie?s?\s+(?:de|par))\b)")


def _outside(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [start, end) outside the (sorted, disjoint) holes."""
    parts, at = [], start
    for hole_start, hole_end in holes:
        parts.append((at, hole_start))
        at = hole_end
    return parts + [(at, end)]


# Money counted in a country's own currency is that country's money: `412 milliards de yens`
# is about Japan, `950.000 nairas` about Nigeria, whatever else the sentence names. An ISO
# 4217 code starts with its country's ISO 3166 code. The dollar and the euro are the units
# of account of trade anywhere (a Moroccan deal is priced in them), and X- codes belong to
# no one country (franc CFA, SDR): they name none.
_WORLD_CURRENCIES = frozenset({"USD", "EUR"})
_CURRENCY_CODE_RE = re.compile(r"[A-Z]{3}")


def currency_country(unit: str | None) -> str | None:
    """The country whose own currency `unit` is (`JPY` -> JP), None for any other unit."""
    if unit is None or not _CURRENCY_CODE_RE.fullmatch(unit) or unit in _WORLD_CURRENCIES or unit[0] == "X":
        return None
    return unit[:2]


# The amount a company invests: `would invest $170 million`, `va investir 2 milliards`.
_INVESTS_RE = re.compile(r"(?i:\binvest(?:s|ed|ing)?\b|\binvesti(?:r|ra|ront|ssent|t)?\b)")


def _home_investment_abroad(
    text: str, figure_start: int, sentence: tuple[int, int], found: set[str], article: Article,
) -> set[str]:
    """The host of a home company's project abroad, for the amount the company invests
    (`Moroccan group Batimat said it would invest $170 million, or about 104 billion CFA
    francs, to build a plant near Abidjan`, the headline saying `in Ivory Coast`): its
    sentence names only the home company, where the money goes is the article's host."""
    home, host = article.home_country, article.host_country
    if home is None or host in (None, home) or article.main_company_country != home or found != {home}:
        return set()
    return {host} if _INVESTS_RE.search(text, sentence[0], figure_start) else set()


# `Ces dernières`, `the latter`: of the parties the sentence before compared, the last named
# (`1.100 entreprises espagnoles ..., contre quelque 950 filiales de groupes français. Ces
# dernières restent les premiers employeurs étrangers du pays, avec près de 140.000 salariés`).
_LATTER_RE = re.compile(r"\s*(?:[Cc]es\s+derni(?:er|ère)s|[Cc]e\s+dernier|[Cc]ette\s+dernière|[Tt]he\s+latter|[Cc]elui-ci|[Cc]elle-ci)\b")


def _last_named(text: str, span: tuple[int, int], article: Article) -> set[str]:
    """The foreign country `span` names last, by its name or a demonym."""
    mentions = [m for m in find_countries(text[span[0]:span[1]]) if article.home_country not in m.codes]
    return set(mentions[-1].codes) if mentions else set()


# A world region as the place a figure's flow goes to, comes from or happens in (`les ventes
# vers le continent africain`, `exports to West Africa`, `en Europe`): the figure names its
# own place, so the countries of the sentences before it (`Le Brésil suit, devant le
# Bangladesh et l'Ethiopie`) and the article's focus are not its.
_REGION_PLACE_RE = re.compile(
    r"(?i:\b(?:vers|en|à\s+destination\s+d[eu]|en\s+provenance\s+d[eu]|sur|to|in|into|from|across)\s+"
    r"(?:l['’]\s*|le\s+|the\s+)?(?:continent\s+(?:africain|européen|asiatique|américain)|African\s+continent"
    r"|Afrique|Europe|Asie|Amérique\s+(?:latine|du\s+Nord|du\s+Sud)|Moyen-Orient|Proche-Orient"
    r"|(?:West|East|North|Southern|sub-Saharan)\s+Africa|Africa|Asia|Latin\s+America|North\s+America|Middle\s+East)\b)"
)


# A world region as the sentence's subject (`Latin America took 27%, Africa 19%`, `Central
# Africa, where the bank is present, contributed`, `Au total, l'Afrique subsaharienne contribue`).
_REGION_SUBJECT_RE = re.compile(
    r"\s*(?:(?:Au\s+total|Ainsi|Globalement|Overall|In\s+total|Altogether),\s+)?"
    r"(?:(?:L['’]\s*|Le\s+|La\s+|l['’]\s*|le\s+|la\s+|The\s+|the\s+)?(?:Afrique|Europe|Asie)"
    r"(?:\s+(?:subsaharienne|centrale|australe|du\s+Nord|de\s+l['’]\s*(?:Ouest|Est)|du\s+Sud|occidentale|orientale))?"
    r"|(?:L['’]\s*|l['’]\s*)Amérique\s+(?:latine|du\s+Nord|du\s+Sud)|(?:Le\s+|le\s+)?Moyen-Orient"
    r"|(?:(?:Sub-Saharan|West|East|North|Central|Southern)\s+)?Africa|Europe|Asia|Latin\s+America|North\s+America"
    r"|(?:The\s+|the\s+)?Middle\s+East)(?=\s*,|\s+[a-zé])"
)


def _bracketed_figures_countries(text: str, figure_start: int, sentence: tuple[int, int], article: Article,
                                 earlier_sentences: list[tuple[int, int]] = ()) -> set[str]:
    """For a figure in brackets right after a country (`_bracketed_by`): that country's alone
    where it is a rival the home country is ranked against or the compared one of a comparison
    (`inférieur à celui des Etats-Unis (2,9%)`); with the foreign market the shares are of
    (`market_of_a_rival`); with the foreign main company whose markets they are (`l'Italie (19%)
    et les Etats-Unis (14%)`); else with the home country. Empty for no such bracket."""
    bracketed = set(_bracketed_by(text, figure_start, sentence[0]))
    if not bracketed:
        return set()
    if subjects.bracket_of_a_rival(text, figure_start, sentence, article) \
            or (compared_phrase(text, sentence, figure_start) and not _FLOW_RE.search(text, *sentence)) \
            or subjects.ranked_by_their_own(text, *sentence):
        # (the compared one's, or ranked by its own, not a home flow's partner)
        return bracketed
    market = subjects.market_of_a_rival(text, figure_start, sentence, article) \
        or subjects.foreign_market_of_suppliers(text, sentence, article) \
        or subjects.market_the_paragraph_named(text, sentence, bracketed, article, earlier_sentences)
    if market:
        return bracketed | market
    if _shares_of_a_foreign_companys_purchases(text, sentence, bracketed, article):
        return bracketed | {article.main_company_country}
    if _WHOLE_RE.search(text, *sentence) and not _named(text, *sentence, article.companies) & {article.home_country}:
        # (a world market's players, the home country not among them: `Le marché mondial est
        # dominé par la Chine, qui a produit 69.000 tonnes, devant l'Indonésie (52.000 tonnes)`)
        return bracketed
    return bracketed | ({article.home_country} if article.home_country else set())


def _stated_by_the_statement(
    text: str, figure_start: int, sentence: tuple[int, int], article: Article,
    earlier_sentences: list[tuple[int, int]], previous: tuple[int, int] | None, masked: tuple[tuple[int, int], ...] = (),
) -> set[str]:
    """The countries a statement's own shape decides, the home country joining only where it
    says so: a ranking of a foreign country's partners, a bracket after a country, figures
    compared country by country, a share of a country's own flow, a `where` aside, the
    country named again as the subject, a parallel statement about another country."""
    owner = _owner_right_before(text, figure_start) or _rate_of_a_country(text, figure_start, sentence)
    if owner:
        return owner
    ranked = _ranked_among_partners(text, figure_start, sentence, article)
    if ranked:
        return ranked
    bracketed = _bracketed_figures_countries(text, figure_start, sentence, article, earlier_sentences)
    if bracketed:
        return bracketed
    if article.home_country and _bracketed_after_a_home_place(text, figure_start, sentence[0]):
        # `les centrales électriques de Tahaddart (384 MW)`: the home site's own measure
        return {article.home_country}
    compared = _compared_in(text, figure_start, sentence, article.home_country)
    if compared and article.home_country and (_OWN_SUBSIDIARY_RE.match(text, _without_dateline(text, sentence)[0])
                                              or _home_organisation_acts(text, figure_start, sentence, set(compared), article)):
        # `Sa filiale OCP Fertilizantes, qui emploie 320 personnes au Brésil`, `l'OCP a livré ...
        # 1,7 million de tonnes au Brésil, contre 1,5 million`: the home company's there
        return set(compared) | {article.home_country}
    if compared:
        return set(compared)
    share = _share_of_owner(text, figure_start, sentence, article.home_country)
    if share:
        return set(share)
    where = _in_a_where_aside(text, figure_start, sentence, article, masked)
    if where:
        # (and the main company as the aside's subject: `Au Mexique, où le groupe a ouvert en
        # 2021 une usine de 250 millions de dollars`)
        return where | subjects.where_subject_home(text, figure_start, sentence, article) | _main_company_named_again(
            text, [_figure_clause(text, figure_start, sentence)], article, with_host=False)
    # an aside's owner (`Egypt, which shipped ...`, a rival: `derrière l'Egypte, qui a reçu ...`),
    # a country by its epithet (`The Gulf state`)
    found = (subjects.relative_aside_owner(text, figure_start, sentence, article)
             or subjects.rival_aside_owner(text, figure_start, sentence, article)
             or subjects.country_by_epithet(text, sentence, previous, article))
    if found:
        return set(found)
    shares = _shares_of_the_subjects_flow(text, figure_start, sentence, article, masked)
    if shares:
        return shares
    subject = _subject_named_again(text, sentence, earlier_sentences, previous)
    if subject and not _another_subject_set_against(text, figure_start, sentence):
        # with what the figure's own clause names (`Its trade with Africa totaled $20.5 billion,
        # with South Africa and Egypt accounting for $4.9 billion and $3.2 billion respectively`)
        clause = _figure_clause(text, figure_start, sentence)
        own = _named(text, *clause, article.companies, masked) - {article.home_country}
        return set(subject) | own | _market_of_a_share(text, figure_start, clause, article, masked)
    subject = _country_named_again_in_clause(text, figure_start, sentence)
    if subject:
        return set(subject)
    return _parallel_statement(text, sentence, earlier_sentences[-1] if earlier_sentences else None, article)


def _another_subject_set_against(text: str, figure_start: int, sentence: tuple[int, int]) -> bool:
    """Whether the figure stands after a contrast whose subject is a country named (`Its domestic
    market absorbed 152,000 new vehicles, while Morocco, a country of 37 million, registered
    186,000`): that country's statement, not the sentence's opening subject's."""
    links = list(_CONTRAST_WORD_RE.finditer(text, sentence[0], figure_start))
    if not links:
        return False
    subject = next(iter(find_countries(text[links[-1].end():figure_start])), None)
    return subject is not None and subject.start <= _SUBJECT_AFTER_LINK_CHARS and subject.kind == "name"


_SUBJECT_AFTER_LINK_CHARS = 6  # (` the `, ` l'`: the country opens the contrasted clause)


def _market_of_a_share(text: str, figure_start: int, clause: tuple[int, int], article: Article,
                       masked: tuple[tuple[int, int], ...]) -> set[str]:
    """The foreign country whose market a share is of, named right after it (`The country
    supplies about 40% of the generic drugs used in the U.S. and 25% of all medicines in the
    United Kingdom`), up to the next figure."""
    market = _SHARE_OF_A_MARKET_RE.match(text, figure_start, clause[1])
    if market is None:
        return set()
    end = min(clause[1], market.end() + _MARKET_NAME_CHARS)
    next_figure = _DIGIT_RE.search(text, market.end(), end)
    return _named(text, market.end(), next_figure.start() if next_figure else end, article.companies, masked) \
        - {article.home_country}


_MARKET_NAME_CHARS = 40
_DIGIT_RE = re.compile(r"\d")
# A share of what is used, sold or bought in a market: `40% of the generic drugs used in the U.S.`,
# `25% des médicaments consommés en France`.
_SHARE_OF_A_MARKET_RE = re.compile(
    r"[\d.,\s]*(?:%|per\s*cent|percent|pour\s*cent)\s+(?:of|des?|du)\s+[^,;.\d]{0,50}?\s(?:in\s+the|in|en|au|aux|dans\s+l[ea]s?)\s"
)


_COLON_RE = re.compile(r":\s")


def _statement_of(text: str, figure_start: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The statement the figure is in: after a colon, what the colon introduces (`Moroccan
    officials often point to Mexico as a benchmark: the Latin American country's exports
    exceeded $11 billion` is a statement about Mexico)."""
    colons = [m.end() for m in _COLON_RE.finditer(text, sentence[0], figure_start)]
    return (colons[-1], sentence[1]) if colons else sentence


_POSSESSIVE_BEFORE_RE = re.compile(r"['’]s\s+(?:[$€£]\s?)?$")


def _rate_of_a_country(text: str, figure_start: int, sentence: tuple[int, int]) -> set[str]:
    """The country a rate of duty or tax is imposed on, named right after it (`loin des 30%
    imposés à l'Afrique du Sud, des 28% infligés à la Tunisie ou des 31% visant l'Algérie`,
    `de 30% pour la Chine`): that country's rate."""
    span = rate_country(text, figure_start, sentence)
    return set(next(iter(find_countries(text[span[0]:span[1]]))).codes) if span else set()


def _owner_right_before(text: str, figure_start: int) -> set[str]:
    """The country whose possessive the figure follows: `ahead of South Africa's 515,850`."""
    window = text[max(0, figure_start - 40):figure_start]
    possessive = _POSSESSIVE_BEFORE_RE.search(window)
    if possessive is None:
        return set()
    mention = next((m for m in find_countries(window) if m.end == possessive.start()), None)
    return set(mention.codes) if mention is not None and mention.kind == "name" else set()


# What ties a paragraph about abroad to the home country: money in its currency (`85 MDH`), a
# flow to or from the foreign country (`destiné à l'Allemagne`, `exports to Spain`), trade
# (`les échanges commerciaux`, `trade`). `commercial` alone is no trade (`594 commercial
# aircraft`, `véhicules commerciaux`, `centre commercial`): only after a word of trade
# (`balance commerciale`, `partenaire commercial`, `déficit commercial`).
_HOME_TIES_RE = re.compile(
    r"\b(?:dirhams?|DH|MDH|MMDH|MAD|Mds?\s+DH)\b"
    r"|(?i:\b(?:vers|à\s+destination\s+d|destiné(?:e|s|es)?\s+(?:à|aux?)\b|en\s+provenance\s+d"
    r"|(?:exports?|exported|shipments?|shipped|sales?|sold)\s+to\b|(?:imports?|imported|purchases?|bought)\s+from\b"
    r"|échanges|commerce|(?:balance|déficit|excédent|solde|partenaires?|partenariat|accords?|relations?|flux|liens?"
    r"|volume|coopération|ententes?)\s+commerci(?:al|ale|aux|ales)\b|trade\b|bilatéra))"
)


def _paragraph_abroad(
    text: str, sentence: tuple[int, int], found: set[str], article: Article,
    earlier_sentences: list[tuple[int, int]], masked: tuple[tuple[int, int], ...],
) -> bool:
    """Whether a figure whose sentence names no country goes on about abroad alone: the
    countries it takes are foreign ones its paragraph named before, neither the paragraph so
    far nor its sentence names anything of the home country or ties it to it (`_HOME_TIES_RE`),
    and no first person speaks in the sentence (`L'Egypte veut devenir un hub automobile. The government's programme aims to raise
    output to 400,000 vehicles`: Egypt's alone)."""
    home = article.home_country
    if not home or not found or home in found or not earlier_sentences:
        return False
    if found != _from_the_paragraph(text, earlier_sentences, article, masked, sentence=sentence):
        return False
    if subjects.first_person(text, *sentence):
        return False  # a speaker's `nous`, `our`: whose side they speak for is not said
    return _nothing_of_home(text, (*earlier_sentences, sentence), article)


# A partner in a role towards the home country: its client, supplier, investor (`La France
# reste le premier client du Maroc, devant l'Espagne (18%)`): its figure is a flow with it.
PARTNER_ROLE_RE = re.compile(
    r"(?i:\bpartenaires?\b|\bfournisseurs?\b|\bclients?\b|\bdébouchés?\b|\bmarchés?\s+émetteurs?\b|\bacheteurs?\b"
    r"|\bpartners?\b|\bsuppliers?\b|\bcustomers?\b|\bsource\s+markets?\b|\bbuyers?\b|\binvestisseurs?\b|\binvestors?\b)"
)


def _named_in_paragraph_abroad(
    text: str, sentence: tuple[int, int], found: set[str], article: Article, earlier_sentences: list[tuple[int, int]],
) -> bool:
    """Whether a sentence names again the foreign countries its paragraph is about, with
    nothing of the home country in either and no flow (`Sur l'autre rive du détroit, les ports
    espagnols marquent le pas. [...] la nouvelle terminal nord de Valence, estimée à 1,2 Md€`):
    as `_paragraph_abroad`, where the sentence repeats the country instead of leaving it unsaid."""
    home = article.home_country
    if not home or not found or home in found or not earlier_sentences:
        return False
    if _PARTNER_FLOW_RE.search(text, *sentence) or subjects.first_person(text, *sentence) or _SHARE_OF_THE_MARKET_RE.search(text, *sentence):
        return False  # (`soit 14% du marché`: a share of the home market)
    if any(_FLOW_RE.search(text, a, b) or PARTNER_ROLE_RE.search(text, a, b) for a, b in (*earlier_sentences, sentence)):
        return False  # (`La France reste le premier client de la filière [...] la part américaine`)
    paragraph = set().union(*(_named(text, a, b, article.companies) for a, b in earlier_sentences))
    return found <= paragraph and _nothing_of_home(text, (*earlier_sentences, sentence), article)


# A share of a market left unnamed: `soit 14% du marché`, `une part de marché de 17,9%`,
# `a 12% market share`: in an article about the home country, its market.
_SHARE_OF_THE_MARKET_RE = re.compile(r"(?i:%\s+du\s+marché\b(?!\s+(?:de\s+l['’]|de\s+la|du|des|d['’]|[a-zé]+ain|[a-zé]+ien))|\bparts?\s+de\s+marché\b|\bmarket\s+share\b)")


def _nothing_of_home(text: str, spans, article: Article) -> bool:
    """Whether none of the spans names anything of the home country or ties a figure to it (`_HOME_TIES_RE`)."""
    return not any(
        subjects.span_names_home(text, start, end, article) or _HOME_TIES_RE.search(text, start, end)
        for start, end in spans
    )


def _from_the_paragraph(
    text: str, earlier_sentences: list[tuple[int, int]], article: Article, masked: tuple[tuple[int, int], ...],
    lenders: bool = True, sentence: tuple[int, int] | None = None,
) -> set[str]:
    """The countries of the nearest earlier sentence of the paragraph that names one, the
    main company named again or a national sector (`Le secteur automobile national a exporté
    ... Le taux d'intégration atteint 69%`: the home country's). `lenders`: with the countries
    of the lenders they name alone (for a loan). `sentence`: the figure's, for
    `_listed_in_passing`."""
    for start, end in reversed(earlier_sentences):
        found = _named_outside_relatives(text, start, end, article, masked) - (set() if lenders else _lenders_alone(text, start, end)) \
            or _main_company_named_again(text, [(start, end)], article)
        if found and sentence is not None:
            found = _listed_in_passing(text, sentence, found, article)
            if not found:
                return set()
        if found:
            return found
        if article.home_country and _SECTOR_RE.search(text, start, end):
            return {article.home_country}
    return set()


# What takes up a list of countries in the next sentence: a subject pronoun or a noun for them
# (`Ils`, `Ces pays`, `Both`, `The three`), or the list's company or project named again.
_TAKES_UP_A_LIST_RE = re.compile(
    r"\s*(?:[«\"“]\s*)?(?:(?i:ces|leurs?|their|these|those|both|(?:les|the)\s+(?:deux|trois|quatre|two|three|four|five))\b"
    r"|(?:[Ii]ls|[Ee]lles|[Tt]hey)\s)"
)


def _listed_in_passing(text: str, sentence: tuple[int, int], found: set[str], article: Article) -> set[str]:
    """The countries a figure takes from the sentence before, less those it only listed: of
    several foreign countries named together (`des fournisseurs en Espagne, en France et en
    Italie`), a next sentence that neither takes them up (`_TAKES_UP_A_LIST_RE`, a pronoun, the company
    named again) nor names one keeps only the article's own (its focus, its main company's); with
    none of those left it takes none from there (the article's focus follows)."""
    home = article.home_country
    if len(found - {home}) < 2:
        return found
    if _opens_on_an_anaphor(text, sentence):
        return found
    own = found & {*article.focus_countries, article.main_company_country, home}
    return own if own - {home} else set()


def _opens_on_an_anaphor(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence opens on what names again something said before: a subject pronoun,
    a noun for a list (`Ces pays`, `the two`), the company or its project (`Le groupe`, `L'usine`)."""
    start = _without_dateline(text, sentence)[0]
    return bool(_TAKES_UP_A_LIST_RE.match(text, start) or _PRONOUN_RE.match(text, start)
                or _COMPANY_ANAPHOR_RE.match(text, start) or _PROJECT_ANAPHOR_RE.match(text, start))


# A flow or aggregate of an economy or a sector: what it exports, imports, produces, harvests,
# sells, earns, the prices it gets, the land it sows.
_AGGREGATE_RE = re.compile(
    r"(?i:\b(?:exportations?|importations?|exports?|imports?|production|récoltes?|harvests?|output|prix|prices?"
    r"|chiffre\s+d['’]affaires|revenues?|surfaces?|recettes|ventes|sales)\b)"
)
# What ties a flow to a partner: trade, a destination or origin, a pair of countries.
_PARTNER_WORD_RE = re.compile(
    r"(?i:\b(?:bilatéra\w*|bilateral|échanges|commerce|trade|(?:deux|trois)\s+pays|two\s+countries|partenaires?|partners?"
    r"|vers|to|from|en\s+provenance|à\s+destination|avec|with|entre|between)\b)"
)


# A flow told as the total of every origin or market: `Overall arrivals`, `total exports`,
# `all foreign visitors`, `l'ensemble des touristes`, `tous marchés confondus`.
_TOTALITY_RE = re.compile(
    r"(?i:\b(?:overall|total)\s+(?:tourist\s+|foreign\s+|international\s+)?(?:arrivals|visitors|tourists|receipts|exports|imports"
    r"|inflows|remittances|FDI)\b|\ball\s+(?:foreign\s+|international\s+)?(?:visitors|tourists|markets|origins)\b"
    r"|\bl['’]\s*ensemble\s+des\s+(?:visiteurs|touristes|arrivées|marchés|exportations|importations|flux)\b"
    r"|\b(?:tous\s+marchés|toutes\s+origines|tous\s+pays|toutes\s+nationalités)\s+confondu(?:e)?s\b"
    r"|\b(?:arrivées|recettes|exportations|importations)\s+(?:globales|totales)\b)"
)


def _home_aggregate_without_partner(text: str, sentence: tuple[int, int], article: Article) -> bool:
    """Whether a figure that neither its sentence nor its paragraph ties to a foreign country
    is the home economy's own flow or aggregate, not the article's foreign focus's: in an
    article about the home country (no foreign main company, no headline on trade with one
    partner), a sentence telling exports, output, a harvest, sales or prices (`_AGGREGATE_RE`)
    with no partner word (`_PARTNER_WORD_RE`), nor opening on what it takes up (`La récolte
    céréalière de 2026 est attendue à 70 millions de quintaux`, in an article on wheat bought
    from France: the home harvest)."""
    home = article.home_country
    if not home or article.about_abroad or article.trade_partner \
            or article.main_company_country not in (None, home):
        return False
    return bool(_AGGREGATE_RE.search(text, *sentence)) and not _PARTNER_WORD_RE.search(text, *sentence) \
        and not _opens_on_an_anaphor(text, sentence)


def _named_outside_relatives(text: str, start: int, end: int, article: Article, masked) -> set[str]:
    """The countries an earlier sentence names outside its relative clauses: the sentence's
    statement, which a following sentence naming none goes on with (`The bank raised its growth
    estimate to 4.6%, citing ... the 2030 World Cup, which Morocco will co-host with Spain and
    Portugal. It sees the economy expanding 4.4% in 2026`: the economy is not Spain's)."""
    clauses = _clauses(text, (start, end))
    remarks = tuple(
        (a, b) for a, b in clauses[1:]
        # (a relative clause after a comma, `, which Morocco will co-host ...`, `, dont 40% vers
        # l'Espagne`: a remark on its antecedent or a part of it, not what the sentence is about)
        # (or a participle describing its noun, but for where it is based: `, basé à Porto,`)
        if text[a - 2:a].startswith(",") and (_is_aside(text, (a, b)) or _WHEN_RE.match(text, a, b) or (
            _participle_aside(text, (a, b), article.companies) and not _SEAT_PARTICIPLE_RE.match(text, a, b)))
    )
    # (nor what it leaves out: `Outside the bloc, Turkey has become the fastest-growing destination`)
    remarks += tuple(excluded(text, start, end))
    if not remarks:
        return _named(text, start, end, article.companies, masked)
    return _named(text, start, end, article.companies, (*masked, *remarks))


# What a figure of a foreign company or country as a whole says of it, as opposed to its
# business in the home country: the world (`20.000 salariés dans le monde`, `premier producteur
# mondial`, `worldwide`); its accounts (`chiffre d'affaires`, `revenue`, `total assets`), its
# footprint (`dans 24 pays`, `across 14 countries`), its profile (`Fondé en 1921 à Stuttgart`,
# `The Riyadh-based company`, `coté à la Bourse de Shenzhen`, `Shares of X rose`, `X's shares fell`); its own
# outward investment (`investissements sortants`, `outward FDI`); a comparison (`A titre de
# comparaison, la Turquie a exporté ...`). French `global` is `total` (`un coût global de
# 75 millions de dollars` is the project's); the World Bank is no figure of the world.
_WHOLE_RE = re.compile(
    r"(?=\b(?i:[abcdefgilmnoprstwà])|\w-based)(?i:\b(?:dans|à\s+travers|partout\s+dans)\s+le\s+monde\b|\bau\s+niveau\s+(?:mondial|international)\b"
    r"|\bà\s+l['’]\s*(?:échelle\s+(?:mondiale|internationale)|international)\b"
    r"|(?<!Banque\s)(?<!Organisation\s)(?<!Forum\s)\bmondia(?:l|le|les|ux)\b"
    r"|\bworldwide\b|\bglobally\b|\b(?:around|across|in)\s+the\s+world\b|\bof\s+the\s+world['’]s\b"
    r"|\bglobal\s+(?:revenues?|sales|turnover|workforce|staff|headcount|capacity|output|production|assets|market)\b"
    r"|\bchiffre\s+d['’]\s*affaires\b|\brevenues?\b|\bturnover\b|\b(?:total\s+)?assets\b|\bactifs\b"
    r"|\b(?:order\s+)?backlog\b|\bcarnet\s+de\s+commandes\b"
    r"|\b(?:dans|in|across)\s+(?:\d+|plusieurs|several|many|numerous|(?:une\s+|a\s+)?(?:vingtaine|trentaine|dozen)(?:\s+de|\s+of)?)"
    r"\s+(?:pays|countries)\b|\bowned\s+by\b|\bdétenue?s?\s+(?:à\s+[\d,]+\s*%\s+)?par\b"
    r"|\b(?:fondée?|créée?|founded|established)\s+(?:(?:en|in)\s+\d{4}\s+)?(?:à|in)\s+[A-Z]|\b(?:fondée?|créée?)\s+à\s+[A-Z]"
    r"|\w-based\s+(?:company|group|firm|fund|maker|developer|producer)\b|\bcotée?\s+(?:à|en)\s+(?:la\s+)?Bourse\b"
    # (listed on a market named by its city: `Le groupe, coté à Shenzhen,`, `listed in Hong Kong`)
    r"|\bcotée?\s+(?:à|sur)\s+(?=[A-Z])|\blisted\s+(?:in|on)\s+(?=[A-Z])"
    r"|\bshares\s+(?:of|in)\b|\bshares\s+(?:rose|fell|gained|jumped|dropped|climbed|slid|slipped|surged|tumbled|closed)\b|\bsortants?\b|\boutward\b|\boutbound\b|\b(?:ses|its)\s+(?:ventes|sales)\b"
    r"|\b(?:[àa]\s+titre\s+de|par|en)\s+comparaison\b|\b(?:by|in)\s+comparison\b"
    # (the group as a whole: `Le groupe emploie au total quelque 6.500 personnes`)
    r"|\b(?:le\s+groupe|the\s+group)\b[^.;:]{0,40}\b(?:au|in)\s+total\b)"
)


# What a company plans to build is a project, not its measure as a whole, however it is
# called (`The Riyadh-based group ... plans to build 2,400 hotel rooms`).
_BUILD_PLAN_RE = re.compile(
    r"(?i:\b(?:plans?|aims?|intends?|is\s+set|is\s+due|expects?)\s+to\s+(?:build|open|develop|create|set\s+up|construct)"
    r"|\bwill\s+(?:build|open|develop|construct|set\s+up)"
    r"|\b(?:prévoit|compte|envisage|projette)\s+(?:de\s+|d['’]\s*)(?:construire|créer|développer|réaliser|ouvrir|bâtir|implanter|aménager)"
    r"|\bva\s+(?:construire|créer|développer|réaliser|ouvrir|bâtir|implanter|aménager))\b"
)


def _worldwide(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> bool:
    """Whether the figure's sentence, up to the end of the figure's clause (and the aside
    after it), says the figure is of a company or country as a whole (`_WHOLE_RE`) and names
    nothing of the home country there but in asides (`Le groupe, qui emploie 20.000 personnes
    dans 19 pays, ...`; not `sa part des exportations mondiales du Maroc`, not `l'usine ...`)."""
    start, end = _without_dateline(text, sentence)
    clauses = _clauses(text, (start, end))
    index = next((i for i, (a, b) in enumerate(clauses) if a <= figure_start < b), len(clauses) - 1)
    last = index + 1 if index + 1 < len(clauses) and _ASIDE_RE.match(text, clauses[index + 1][0]) else index
    span = (start, clauses[last][1])
    if not _WHOLE_RE.search(text, *span) or _PROJECT_ANAPHOR_RE.search(text, *span) or _BUILD_PLAN_RE.search(text, *span):
        return False
    # The other clauses before it name the home country by its name, not by an adjective
    # (`la Turquie, souvent citée en modèle par les industriels marocains, a exporté ...`).
    for i, (a, b) in enumerate(clauses[:last + 1]):
        if i < index and (_is_aside(text, (a, b)) or (i > 0 and _participle_aside(text, (a, b), article.companies))):
            continue
        adjectives = () if i >= index else tuple(
            (a + m.start, a + m.end) for m in find_countries(text[a:b]) if m.kind != "name"
        )
        if _named(text, a, b, article.companies, adjectives) & {article.home_country} or _located_home(text[a:b]):
            return False
    return True


# The figure's statement is about another country's own economy: the country is its owner,
# a possessive before a common noun (`Brazil's agriculture ministry said ... the country's
# fertilizer imports`, `Egypt's car output reached 100,000, against 500,000 in Morocco`).
_POSSESSIVE_AFTER_RE = re.compile(
    # (or the country's company with its apposition: `Saudi Arabia's Ma'aden, the second-largest exporter,`)
    r"['’]s\s+(?:[a-z]|[A-Z][a-z]+\s+[a-z]|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,)"
)


def _about_another_country(text: str, sentence: tuple[int, int], found: set[str], article: Article, figure_start: int) -> bool:
    """Whether the figure's statement is about another country alone: up to the end of the
    figure's clause, the sentence names that country as an owner (`Brazil's ... ministry`)
    and nothing of the home country (its name, `le Royaume`, a place, a company of the home
    country, the main company named again)."""
    start, _ = _without_dateline(text, sentence)
    end = _figure_clause(text, figure_start, sentence)[1]
    if _named(text, start, end, article.companies) & {article.home_country} or _located_home(text[start:end]):
        return False
    if article.trade_partner in found and subjects._OTHER_SIDE_RE.search(text, *sentence):
        return False  # `On the other side of the ledger, British exports were led by ...`: to the home country
    if _main_company_named_again(text, [(start, end)], article) - found:
        return False  # (the main company of that very country named again says nothing of home)
    if _OWN_ECONOMY_RE.search(text, start, end) and _opens_with_country(text, start, found):
        return True
    if _LOCAL_ECONOMY_RE.search(text, start, end) and len(found) == 1:
        return True  # `Egyptian officials aim to lift local production to 400,000 vehicles`
    if len(found) == 1 and (_THE_COUNTRYS_OWN_RE.search(text, start, sentence[1]) or _AT_HOME_RE.search(text, start, sentence[1])) \
            and not (end < sentence[1] and article.home_country in _named(text, end, sentence[1], article.companies)):
        # `Selon l'Assemblée des exportateurs de Turquie, les exportations textiles du pays ont
        # reculé de 6,2%`; `It sold 3.8 million drive units last year, up 41%, mostly at home`;
        # `Cashew exports brought Côte d'Ivoire about 780 billion CFA francs, making it the
        # country's third export`
        return True
    return any(
        set(m.codes) <= found and (
            (m.kind in ("name", "epithet") and _POSSESSIVE_AFTER_RE.match(text, start + m.end)
             and not _company_after_possessive(text, start + m.end))
            or (m.kind == "demonym" and _owned_flow(text, start + m.start, start + m.end))
        )
        # an epithet owns as a name does: `the Latin American country's aerospace exports`
        for m in (*find_countries(text[start:end]), *find_epithets(text, start, end))
    )


# A demonym as the owner of a flow, an economy or an industry: `South African vehicle exports`,
# `Egyptian car output`, `les exportations sud-africaines`, `la production égyptienne`, `le
# secteur turc de l'électroménager`, `the Turkish appliance industry`. Not imports:
# `les importations turques` in a Moroccan paper are Morocco's imports from Turkey.
_FLOW_AFTER_DEMONYM_RE = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:exports|output|production|sales|shipments|economy|GDP|industry|sector)\b"
)
_FLOW_BEFORE_DEMONYM_RE = re.compile(
    r"(?i:\b(?:exportations|production|ventes|expéditions|économie|PIB|secteur|industrie|filière)(?:\s+[a-zéè-]+)?\s+)$"
)


def _owned_flow(text: str, start: int, end: int) -> bool:
    """Whether the demonym at `text[start:end]` owns the flow it qualifies (English before the
    noun, French after it)."""
    if text[start].isupper():
        return _FLOW_AFTER_DEMONYM_RE.match(text, end) is not None
    return _FLOW_BEFORE_DEMONYM_RE.search(text, max(0, start - 40), start) is not None


# In French the owner is the subject and the possessive a determiner: `La France, de son côté,
# a ramené son déficit commercial à 81 Md€`, `New Delhi, qui importe 60% de sa consommation`.
_OWN_ECONOMY_RE = re.compile(
    r"(?i:\b(?:sa|ses|son|leur|leurs)\s+(?:propres?\s+)?(?:consommation|besoins|importations|exportations|production"
    r"|PIB|déficit|excédent|économie|demande|marché\s+intérieur|balance))\b"
)


# Said in a sentence about one foreign country, its local or domestic economy is its own.
_LOCAL_ECONOMY_RE = re.compile(
    r"(?i:\b(?:local|domestic)\s+(?:production|output|market|consumption|demand|industry|content)"
    r"|\b(?:production|consommation|demande|industrie)\s+(?:locale|intérieure)|\bmarché\s+(?:local|intérieur))\b"
)


# `le pays` said of the one foreign country a statement names is that country: the owner of
# a flow or an economy (`les exportations textiles et d'habillement du pays`, `the country's
# car exports`).
_THE_COUNTRYS_OWN_RE = re.compile(
    r"(?i:\b(?:exportations|importations|production|économie|PIB|industrie|secteur|ventes|consommation|excédent|déficit)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:du|de\s+son|de\s+leur)\s+pays\b"
    r"|\b(?:the|his|her|their)\s+country['’]s\s+(?:[a-z-]+\s+){0,2}(?:exports?|imports?|output|production|economy|GDP|industry|sales|consumption|surplus|deficit)\b)"
)
# A foreign subject's home market (`It sold 3.8 million drive units last year, mostly at home`).
_AT_HOME_RE = re.compile(
    r"(?i:\bat\s+home\b|\bon\s+its\s+(?:home|domestic)\s+market\b|\bsur\s+son\s+marché\s+(?:intérieur|domestique|national)\b)"
)


# A company after a country's possessive (`China's Longhai Hydrogen`), not its government
# (`China's Commerce Ministry`, `Spain's State Secretariat`).
_OWNED_COMPANY_RE = re.compile(
    r"['’]s\s+(?:[A-Z][\w&.-]*\s+){0,3}?(?!(?:Ministry|Minister|Government|President|Prime|Foreign|Finance|Economy|Trade"
    r"|Energy|Industry|Central|National|State|Commerce|Agriculture|Statistics|Customs|Treasury|Parliament|Senate|Embassy"
    r"|Army|Navy|King|Queen|Crown)\b)(?:[A-Z][\w&.-]*)(?:\s+(?:[A-Z][\w&.-]*|[a-z]+\b))"
)
# (nor a place: `Egypt's East Port Said reported 4.1 million TEUs`)
_OWNED_PLACE_RE = re.compile(
    r"['’]s\s+(?:[A-Z][\w&.-]*\s+){0,3}(?:Port|Canal|Zone|City|Bay|Island|Province|Region|Airport|Terminal)\b")


_SETTING_RE = re.compile(r"(?:(?:[Ee]n|[Aa]u|[Aa]ux|[Ii]n)\s+(?=[A-ZÀ-Ý]))?")


def _company_after_possessive(text: str, at: int) -> bool:
    """Whether a country's possessive at `at` names a company (`China's Longhai Hydrogen`), not
    the country's government or a place (`Egypt's East Port Said`)."""
    if not _OWNED_COMPANY_RE.match(text, at) or _OWNED_PLACE_RE.match(text, at):
        return False
    # (nor a place the tables know: `Spain's Algeciras handled 4.7 million TEUs`)
    words = re.match(r"['’]s\s+((?:[A-Z][\w&.-]*\s*){1,3})", text[at:at + 60])
    names = words.group(1).split() if words else []
    return not any(place_country(" ".join(names[:n])) for n in range(1, len(names) + 1))


_NET_RESULT_RE = re.compile(r"(?i:\bnet\s+(?:profit|income|loss)\b|\b(?:bénéfice|résultat)\s+net\b|\bperte\s+nette\b)")
_ITS_OPENING_RE = re.compile(r"\s*(?:Its|Their|Son|Sa|Ses|Leur|Leurs)\s")
_BASED_RE = re.compile(r"-(?:based|headquartered|listed)\b")


def _opens_with_country(text: str, start: int, found: set[str]) -> bool:
    """Whether the sentence opens with one of `found` as its subject: a country's name or a
    capital standing for its government (`La France`, `New Delhi`)."""
    at = _OPENING_ARTICLE_RE.match(text, start).end()
    window = text[at:at + 40]
    mention = next(iter(find_countries(window)), None)
    if mention is not None and mention.start == 0:
        # (not a company a possessive names: `China's Longhai Hydrogen won a site`; nor one the
        # place describes: `The Riyadh-based group plans to build`)
        return mention.kind == "name" and set(mention.codes) <= found and not _company_after_possessive(window, mention.end) \
            and not _BASED_RE.match(window, mention.end)
    head = window[:window.find(",")] if "," in window else window
    # (a capital describing a company is no government: `The Riyadh-based group`)
    return not _BASED_RE.search(head) and bool(_governments(head) & found)


# The partners of a foreign country or bloc ranked, the home country among them: `le Maroc,
# premier partenaire commercial de l'UE au Maghreb ... L'Algérie arrive en deuxième position
# avec 47,9 milliards d'euros`, `premier partenaire africain de l'UE, devant l'Afrique du Sud
# (51,2 milliards d'euros)`. Each other partner's figure is its trade with that country, not
# with the home country.
_PARTNER_OF_RE = re.compile(
    # (not a rank's `of`: `Morocco's second-largest market ahead of the United States`)
    r"(?i:\b(?=[cdfmps])(?:partenaire|fournisseur|client|débouché|partner|supplier|customer|market)s?(?:\s+(?!ahead\b)[\w-]+){0,2}\s+"
    r"(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|d['’]\s*|de\s+|of\s+(?:the\s+)?|to\s+(?:the\s+)?))"
)
_RANK_RE = re.compile(
    r"(?i:\b(?=[abcdefrsv])(?:arrivent?|vient|viennent|suit|suivent|suivie?s?\s+(?:de|par)|devant|derrière"
    r"|en\s+(?:deuxième|seconde|troisième|quatrième|cinquième)\s+position|se\s+classe|followed\s+by|ahead\s+of"
    r"|behind|ranks?|ranked|comes?\s+(?:second|third|next))\b)"
)


def ranked_for(window: str, home: str | None) -> str | None:
    """The foreign country or bloc `window` names first as the one whose partners are ranked
    (None where that is the home country)."""
    code = _partners_of(window)
    return code if code != home else None


def _partners_of(window: str) -> str | None:
    for m in _PARTNER_OF_RE.finditer(window):
        mention = next(iter(find_countries(window[m.end():m.end() + 40])), None)
        if mention is not None and mention.start == 0 and len(mention.codes) == 1:
            return mention.codes[0]
    for m in _PARTNERS_POSSESSIVE_RE.finditer(window):
        # (`Russia remained Brazil's largest supplier with 11.9 million tonnes, followed by Canada`)
        mention = next(iter(find_countries(m.group("owner"))), None)
        if mention is not None and mention.start == 0 and mention.kind == "name" and len(mention.codes) == 1:
            return mention.codes[0]
    return None


# A country's ranked partner by its possessive: `Brazil's largest supplier`, `India's second
# biggest trading partner`.
_PARTNERS_POSSESSIVE_RE = re.compile(
    r"\b(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:\w+\s+)?(?:largest|main|top|biggest|leading|first|second|third)"
    r"\s+(?:\w+\s+)?(?:supplier|client|customer|buyer|market|partner|source)s?\b")


def _ranked_among_partners(text: str, figure_start: int, sentence: tuple[int, int], article: Article) -> set[str]:
    """The figure's other partner and the ranking country, where its sentence ranks partners
    of a foreign country (named there or in the headline or lead) and names another one."""
    start, end = _without_dateline(text, sentence)
    if not _RANK_RE.search(text, start, end):
        return set()
    # The sentence's own ranking first (`premier partenaire commercial du Maroc, devant la France`
    # ranks the home country's partners: none of this rule's business).
    ranking = _partners_of(text[start:end]) or article.ranked_for
    if ranking is None or ranking == article.home_country:
        return set()
    clause = _figure_clause(text, figure_start, (start, end))
    # (the partner an aside on it holds the figure of: `followed by Canada, which shipped 6.3 million tonnes`)
    aside = country_before_aside(text, figure_start, sentence, _ASIDE_RE, article)
    own = _bracketed_by(text, figure_start, start) or _named(text, *clause, article.companies) or (
        set(aside[0]) if aside else set()) or _named(text, start, end, article.companies)
    others = set(own) - {ranking, article.home_country}
    return others | {ranking} if len(others) == 1 and article.home_country not in _named(text, *clause) else set()


# A comparison of figures country by country: `about $350 a month in Morocco, against some
# $250 in Egypt and more than $900 in Turkey`, `12% au Maroc contre 9% en Tunisie`. Each
# figure is of the country named right after it, and of it alone.
_COMPARISON_RE = re.compile(r"(?i:\b(?=[acv])(?:contre|against|versus|vs\.?|compared\s+(?:with|to))\s)")
# Only where the country is the place (`in`, `en`, `au`): `contre 9% pour les Emirats` is the
# Emirates' share of the home country's stock, a figure of both.
_PLACED_AFTER_RE = re.compile(
    # (the figure's own token ends at a comma that is no decimal one: `about €4, compared with
    # €47 in Germany` places the other figure, not this one)
    r"(?:[^\s,;]|,(?=\d))+(?:\s+(?!(?:in|en|au|aux)\b)[^\s,;.()]+){0,4}?\s+(?:in|en|au|aux)\s+(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?"
)


# `contre 15,7 millions pour l'Egypte`, `against 15.7 million for Egypt`: the country the
# figure is given for.
_GIVEN_FOR_AFTER_RE = re.compile(r"\S+(?:\s+[^\s,;.()]+){0,3}?\s+(?:for|pour)\s+(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?")


def _compared_in(text: str, figure_start: int, sentence: tuple[int, int], home: str | None) -> tuple[str, ...]:
    """The foreign country named as the place right after the figure in a sentence that
    compares figures (the home country's own figure is read as any other); or the country
    it is given for, in a sentence that ranks countries (`Morocco overtook Egypt ..., with
    17.4 million arrivals against 15.7 million for Egypt`): rivals' figures are their own.
    Outside a ranking, `contre 9% pour les Emirats` is a partner's share of the home
    country's flow or stock, read as any other."""
    gapped = _GAPPED_OWNER_BEFORE_RE.search(text, max(sentence[0], figure_start - 90), figure_start)
    if gapped:
        # (the figure of a place in a gapped clause: `le port de Barcelone a reçu 3,6 millions
        # de croisiéristes et celui de Civitavecchia, près de Rome, 3,3 millions`)
        place = gapped.group("place")
        codes = place_country(place) or next((m.codes for m in find_countries(place) if m.start == 0), None)
        if codes and home not in codes:
            return tuple(codes)
    if not _COMPARISON_RE.search(text, *sentence):
        return ()
    given_for = _GIVEN_FOR_AFTER_RE.match(text, figure_start, sentence[1])
    if given_for and (subjects.ranks_countries(text, sentence) or _set_against_a_home_total(text, figure_start, sentence, home)):
        mention = next(iter(find_countries(text[given_for.end():given_for.end() + 40])), None)
        if mention is not None and mention.start == 0 and mention.kind == "name":
            return (home,) if home in mention.codes else mention.codes
    placed = _PLACED_AFTER_RE.match(text, figure_start, sentence[1])
    if not placed:
        return ()
    mention = next(iter(find_countries(text[placed.end():placed.end() + 40])), None)
    if mention is None or mention.start != 0 or mention.kind != "name":
        return ()
    if home in mention.codes:
        # the home country's figure set against another's (`1,6 euro, contre 2,9 euros au Maroc`)
        # is its own; its figure that opens the comparison is read as any other
        return (home,) if _COMPARED_BEFORE_FIGURE_RE.search(text, max(sentence[0], figure_start - 30), figure_start) else ()
    return mention.codes + _places_listed_on(text, placed.end() + mention.end, sentence[1], home)


# `et celui de Dakar`, `and that of Rotterdam`, with an aside on the place, right before a figure.
_GAPPED_OWNER_BEFORE_RE = re.compile(
    r"(?:\bet|\band|,)\s+(?:celui|celle|ceux|celles|that|those)\s+(?:de|du|des|d['’]|of)\s*(?:l['’]\s*|la\s+|le\s+|the\s+)?"
    r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)(?:\s*,[^,.;]{0,40},)?\s*$")


# The next place of a list: `en Belgique et aux Pays-Bas`, `in Spain and Portugal`.
_NEXT_PLACE_RE = re.compile(
    r"\s*(?:,|\bet\b|\band\b)\s*(?:(?:en|au|aux|in|à)\s+)?(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?")


def _places_listed_on(text: str, at: int, end: int, home: str | None) -> tuple[str, ...]:
    """The foreign countries named on after a place, by `,`, `et` or `and` (`contre 900 dollars
    en Belgique et aux Pays-Bas`): the same figure's places."""
    codes: tuple[str, ...] = ()
    while (glue := _NEXT_PLACE_RE.match(text, at, end)) is not None:
        mention = next(iter(find_countries(text[glue.end():glue.end() + 40])), None)
        if mention is None or mention.start != 0 or mention.kind != "name" or home in mention.codes:
            break
        codes += mention.codes
        at = glue.end() + mention.end
    return codes


def _set_against_a_home_total(text: str, figure_start: int, sentence: tuple[int, int], home: str | None) -> bool:
    """Whether the figure, an amount or a count given for a country after `contre`, is set
    against a figure of the home country alone (`Les exportations automobiles marocaines ont
    atteint 157 milliards de dirhams, contre à peine 1,2 milliard de dollars pour l'Egypte`),
    not a partner's share of the home country's flow (`vers l'Espagne ..., contre 8 MMDH pour
    la France`; `contre 9% pour les Emirats`)."""
    compared = _COMPARED_BEFORE_FIGURE_RE.search(text, max(sentence[0], figure_start - 30), figure_start)
    if not home or not compared:
        return False
    told = text[sentence[0]:compared.start()]
    # (a percent only as a rate of the home country's own, not a share of its flow: `to grow
    # about 9% a year, against 5% for Turkey`)
    if _PERCENT_RE.match(text, figure_start) and not (_RATE_WORDS_RE.search(told) and not _SHARE_WORDS_RE.search(told)):
        return False
    before = [code for m in find_countries(told) for code in m.codes]
    return home in before and not set(before) - {home}


_RATE_WORDS_RE = re.compile(r"(?i:\b(?:grow|growth|croissance|croître|progresser|inflation|taux|rate|chômage|unemployment)\w*)")
_SHARE_WORDS_RE = re.compile(r"(?i:\b(?:part|parts|share|shares|soit|dont|of\s+which|total)\b)")


_PERCENT_RE = re.compile(r"[\d.,\s]+(?:%|pour\s*cent|per\s*cent|percent)")


_COMPARED_BEFORE_FIGURE_RE = re.compile(
    r"(?i:\b(?:contre|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:près\s+de|environ|quelque|à\s+peine|seulement|about|around|some"
    r"|only|just|barely)\s+)?)$"
)


# A share of a country's own flow, its owner right after the figure: `The European Union
# absorbs around 70% of Turkey's automotive exports and more than 80% of Morocco's`. The figure
# is of its owner and of the sentence's subject, not of the other shares' owners.
_SHARE_OF_RE = re.compile(r"\S+\s+of\s+(?:the\s+)?")


def _share_of_owner(text: str, figure_start: int, sentence: tuple[int, int], home: str | None = None) -> set[str]:
    """The owner the figure is a share of (`70% of Turkey's`) and the sentence's subject: a
    country, or a home organisation (`OCP supplies about 20% of India's phosphate imports`: the
    home country's share of that market)."""
    of = _SHARE_OF_RE.match(text, figure_start, sentence[1])
    if not of:
        return set()
    mention = next(iter(find_countries(text[of.end():of.end() + 40])), None)
    if mention is None or mention.start != 0 or mention.kind != "name" or not re.match(r"['’]s\b", text[of.end() + mention.end:]):
        return set()
    owned = set(mention.codes) | _flow_partner_after(text, of.end() + mention.end, sentence[1])
    start = _OPENING_ARTICLE_RE.match(text, _without_dateline(text, sentence)[0]).end()
    subject = next(iter(find_countries(text[start:start + 40])), None)
    if home and _home_organisations_re().match(text, start):
        return owned | {home}
    return owned | (set(subject.codes) if subject is not None and subject.start == 0 else set())


def _flow_partner_after(text: str, at: int, end: int) -> set[str]:
    """The partner of the flow a possessive owns (`6% of Morocco's exports to the EU`: the EU)."""
    flow = _OWNED_FLOW_TO_RE.match(text, at, end)
    if flow is None:
        return set()
    partner = next(iter(find_countries(text[flow.end():min(end, flow.end() + 40)])), None)
    return set(partner.codes) if partner is not None and partner.start == 0 else set()


# `'s exports to the`, `'s imports from`, `'s trade with`
_OWNED_FLOW_TO_RE = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:exports|imports|shipments|sales|trade|purchases)\s+(?:to|from|with)\s+(?:the\s+)?")


# A figure told in an aside about a country's place (`ahead of South Africa, where output fell
# 6% to 515,000 units`, `après la Hongrie, où il a investi 850 M€`) is of that country, and
# of what the aside itself names; not of the home country the sentence opened with.
_WHERE_RE = re.compile(r"\s*(?i:où|where|in\s+which)\b")
_WHERE_PRONOUN_RE = re.compile(r"\s*(?i:où|where)\s+(?:il|elle|it|nous|we)\s")


def _listed_before(text: str, start: int, aside_start: int, article: Article) -> set[str]:
    """The foreign countries of the list that ends right before an aside (`Nous avions étudié
    la Roumanie et la Serbie, où nous exploitons déjà 3 usines`): the aside tells of them all."""
    window = text[start:aside_start].rstrip(" ,")
    mentions = [m for m in find_countries(window) if m.kind == "name"]
    if not mentions or mentions[-1].end != len(window):
        return set()
    listed = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        if not _NAMES_JOIN_RE.fullmatch(window, m.end, listed[-1].start):
            break
        listed.append(m)
    codes = {code for m in listed for code in m.codes}
    # (a list, not the one country before, which `country_before_aside` reads with its masks)
    return set() if len(listed) < 2 or article.home_country in codes else codes


# (a list of names only: `la Roumanie et la Serbie`; not `country_masks._LIST_GLUE_RE`, which
# also goes on over `à`/`au` items, places rather than the list an aside follows)
_NAMES_JOIN_RE = re.compile(r"\s*(?:,|et|and)\s+(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?|\s*,\s*")


def country_before_aside(
    text: str, figure_start: int, sentence: tuple[int, int], opener: re.Pattern, article: Article,
) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """(codes, the aside's span) of the foreign country, by its name, that an aside holding
    the figure and opened by `opener` follows right after (`Egypt, which shipped ...`, `au
    Sénégal, où il recrutera ...`); None otherwise (`implantées au Maroc, où elles emploient
    22.000 personnes` is read as any other sentence)."""
    clauses = _clauses(text, _without_dateline(text, sentence))
    index = next((i for i, (a, b) in enumerate(clauses) if a <= figure_start < b), None)
    aside_end = clauses[index][1] if index is not None else 0
    if index and not opener.match(text, clauses[index][0]) and _VERB_GOES_ON_RE.match(text, clauses[index][0]):
        # (the aside's verb after its subject's apposition: `où l'opérateur Sahel Telecom,
        # filiale d'un groupe casablancais, a investi 38 milliards de FCFA`)
        index = next((j for j in (index - 1, index - 2) if j > 0 and opener.match(text, clauses[j][0])
                      and all(_APPOSITION_NOUN_RE.match(text, clauses[k][0]) for k in range(j + 1, index))), index)
    if not index or not opener.match(text, clauses[index][0]):
        return None
    for back in (1, 2):
        if index - back < 0:
            return None
        a, b = clauses[index - back]
        # (past the country's own figure in brackets: `devant le Mali (1,2 milliard de DH), où`)
        before = _BRACKET_AT_END_RE.sub("", text[a:b].rstrip(" ,"))
        # (a place of the country: `ahead of Spain's Algeciras, its direct rival ..., which handled`)
        place = _POSSESSIVE_PLACE_RE.search(before)
        before = before[:place.start()] if place else before
        mention = next(iter(reversed(find_countries(before))), None)
        if mention is not None and mention.end == len(before):
            break
        if mention is not None and mention.kind == "demonym" and _OWN_NOUN_AFTER_DEMONYM_RE.fullmatch(before, mention.end):
            break  # `the Nigerian naira, which lost 38%`
        if back == 2 or not _APPOSITION_CLAUSE_RE.fullmatch(text[a:b].rstrip(" ,")):
            return None  # (over one apposition at most: `, its direct rival across the Strait of Gibraltar,`)
    own_noun = mention.kind == "demonym" and (_OWN_NOUN_BEFORE_DEMONYM_RE.search(before, 0, mention.start)
                                              or _OWN_NOUN_AFTER_DEMONYM_RE.fullmatch(before, mention.end))
    if (mention.kind != "name" and not own_noun) or article.home_country in mention.codes:
        return None
    return mention.codes, (clauses[index][0], max(clauses[index][1], aside_end))


# A country's currency or economy by its demonym: what an aside says of it is that country's
# (`la dépréciation du naira nigérian, qui a perdu 38% de sa valeur`, `the Egyptian pound, which`).
_OWN_NOUNS = r"naira|livre|lire|peso|yuan|roupie|rand|dinar|cedi|shilling|monnaie|devise|économie|pound|lira|rupee|currency|economy"
_OWN_NOUN_BEFORE_DEMONYM_RE = re.compile(rf"(?i:\b(?:{_OWN_NOUNS})\s+)$")
_OWN_NOUN_AFTER_DEMONYM_RE = re.compile(rf"(?i:\s+(?:{_OWN_NOUNS}))")


# A clause that goes on with the verb of the subject before it, and an apposition between.
_VERB_GOES_ON_RE = re.compile(r"[\s,]*(?:a|ont|avait|avaient|has|have|had|is|are|was|were|est|sont)\s")
_APPOSITION_NOUN_RE = re.compile(r"[\s,]*(?:filiale|subsidiary|unit|branche|propriété|détenue?|owned|a\s+unit|one\s+of|l['’]un|l['’]une)\b")


_POSSESSIVE_PLACE_RE = re.compile(r"['’]s(?:\s+[A-Z][\w-]*){1,3}$")
_BRACKET_AT_END_RE = re.compile(r"\s*\([^()]*\)$")
_APPOSITION_CLAUSE_RE = re.compile(r"\s*(?:its|their|the|a|an|son|sa|ses|le|la|l['’]|un|une)\s[^,;.()\d]{1,60}")


def _in_a_where_aside(text: str, figure_start: int, sentence: tuple[int, int], article: Article, masked=()) -> set[str]:
    """The country a `where`/`où` aside holding the figure follows, with the aside's own; not
    where that country is another figure's (`Après Dakar, au Sénégal, et Kumasi, au Ghana, où
    ses usines emploient respectivement 210 et 145 salariés`: the masks pair them)."""
    owner = country_before_aside(text, figure_start, sentence, _WHERE_RE, article)
    if owner is None:
        return set()
    codes, aside = owner
    masked_codes = {code for a, b in masked for m in find_countries(text[a:b]) for code in m.codes}
    # (a country masked for its own figure in brackets is still the place the aside after it
    # tells of, an item of the home country's partners: `devant le Mali (1,2 milliard de DH), où
    # l'opérateur ... a investi`, `Suivent le Nigeria (2,9 milliards), où les ventes d'engrais ont
    # bondi de 31%`)
    partner_item = text[:aside[0]].rstrip(" ,").endswith(")")
    if set(codes) <= masked_codes and not partner_item:
        codes = tuple(_named(text, sentence[0], aside[0], article.companies, masked))
    found = set(codes) | _named(text, *aside, article.companies) | _listed_before(text, sentence[0], aside[0], article)
    if partner_item and article.home_country in article.focus_countries:
        found.add(article.home_country)
    if article.home_country and any(_city_adjectives().get(w) == article.home_country
                                    for w in re.findall(r"\w+", text[aside[0]:aside[1]].lower())):
        found.add(article.home_country)  # `où l'opérateur X, filiale d'un groupe casablancais,`
    if _WHERE_PRONOUN_RE.match(text, aside[0]) and article.main_company_country:
        found.add(article.main_company_country)  # `où il a investi 850 M€`: the main company
    return found


# A sentence about the country the previous one opened with: `Egypt, long presented as
# Morocco's rival, remains far behind. The country assembled about 110,000 vehicles`; `Turkey
# plays in a different league. Its factories produced 1.36 million vehicles`.
_COUNTRY_NAMED_AGAIN_RE = re.compile(r"\s*(?:(?:The|This)\s+country(?:['’]s)?[\s,]|(?:Le|Ce)\s+pays(?:\s|,)|Its\s)")
_OPENING_ARTICLE_RE = re.compile(r"\s*(?:[«“\"]\s*)?(?:(?:[Ll]e|[Ll]a|[Ll]es|[Tt]he)\s+|[Ll]['’]\s*)?")


def _shares_of_the_subjects_flow(text, figure_start, sentence, article, masked) -> set[str]:
    """The sentence's subject country and the partner a `with` list gives the figure, for the
    shares of the subject's flow it lists (`Japan imported 38,000 tonnes of octopus in 2025, with
    Mauritania supplying 41%, Morocco 29% and China 11%`)."""
    start = _without_dateline(text, sentence)[0]
    at = _OPENING_ARTICLE_RE.match(text, start, sentence[1]).end()
    mention = next(iter(find_countries(text[at:at + 40])), None)
    if mention is None or mention.start != 0 or mention.kind != "name":
        return set()
    listed = None
    for listed in _WITH_SHARES_RE.finditer(text, start, figure_start):
        pass
    if listed is None or _LIST_BREAK_RE.search(text, listed.end(), figure_start):
        return set()
    if _RECEIVED_RE.search(text, at + mention.end, listed.start()):
        return set()  # `The European Union absorbed 61% of the volume, with France alone taking`: the home flow's

    own = _named(text, listed.start(), _figure_clause(text, figure_start, sentence)[1], article.companies, masked)
    return set(mention.codes) | own if own else set()


# `, with Mauritania supplying 41%, Morocco 29% and China 11%`, `avec la France fournissant 40%`
_WITH_SHARES_RE = re.compile(
    r",\s*(?:with|avec)\s+(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?[A-ZÉ][^,;.]{0,40}?\s"
    r"(?:supplying|accounting\s+for|taking|providing|representing|fournissant|représentant|assurant|absorbant)\b"
)
# A subject that takes its share of the home country's flow (`absorbed 61% of the volume`).
_RECEIVED_RE = re.compile(r"(?i:\b(?:absorb\w*|took|takes|bought|buys|received|receives|captured|capt\w*|acheté|reçu|pris)\b)")
_LIST_BREAK_RE = re.compile(r"[;:]|\b(?:while|whereas|tandis|alors\s+que)\b")


def _subject_named_again(
    text: str, sentence: tuple[int, int], earlier: list[tuple[int, int]], previous: tuple[int, int] | None,
) -> tuple[str, ...]:
    """The country the previous sentence opens with, where this one names it again as its
    subject (`The country`, `Le pays`, `Its`); through sentences that name it so too. A
    sentence before that opens otherwise gives the one country it names by name, if one
    (`Les exportations marocaines vers la Côte d'Ivoire ont totalisé ... Le pays, dont la
    croissance devrait atteindre 6,4%`)."""
    again = _COUNTRY_NAMED_AGAIN_RE.match(text, sentence[0], sentence[1])
    if not again:
        return ()
    # (`the country`, `le pays` is no bloc: `Cement shipments to the EU reached 640,000 tonnes.
    # The country's steel industry employs 30,000 people` is still the kingdom's)
    blocs = () if again.group(0).strip() == "Its" else _BLOCS
    own = next(iter(find_countries(text[again.end():again.end() + 30])), None)
    if own is not None and own.start == 0:
        return ()  # `Its Egyptian subsidiary alone contributed MAD 610 million`: a company's unit abroad
    for before in [*reversed(earlier)] or ([previous] if previous else []):
        start = _OPENING_ARTICLE_RE.match(text, before[0]).end()
        mention = next(iter(find_countries(text[start:start + 40])), None)
        if mention is not None and mention.start == 0 and mention.kind == "name" and mention.codes not in blocs:
            return mention.codes
        if _HOME_WORDS_RE.match(text, _without_dateline(text, before)[0]):
            # `The kingdom already exports electricity to Spain ... The country aims to raise`
            return (HOME_COUNTRY,)
        if not _COUNTRY_NAMED_AGAIN_RE.match(text, before[0], before[1]):
            named = {m.codes for m in find_countries(text[before[0]:before[1]]) if m.kind == "name"} - set(blocs)
            return next(iter(named)) if len(named) == 1 else ()
    return ()


_BLOCS = (("EU",),)


# `the country`/`le pays` as the subject of the figure's clause, inside the sentence: `Mezzour
# said the project confirms Morocco's position, noting that the country has attracted more
# than MAD 100 billion`. (Not a possessive, `the country's main market`, nor an object, `les
# exportations du Royaume vers ce pays`.)
_COUNTRY_SUBJECT_RE = re.compile(
    r"(?:\b(?:that|que|as|since|while|car|puisque)\s+)(?:(?:[Tt]he|[Tt]his)\s+country\b(?!['’])|(?:[Ll]e|[Cc]e)\s+pays\b(?!\s+d))"
)


def _country_named_again_in_clause(text: str, figure_start: int, sentence: tuple[int, int]) -> tuple[str, ...]:
    """The country last named by its name before `the country` names it again as the subject
    of the figure's clause; the figure is that country's own."""
    start, _ = _without_dateline(text, sentence)
    clause_start = _figure_clause(text, figure_start, (start, sentence[1]))[0]
    again = _COUNTRY_SUBJECT_RE.search(text, clause_start, figure_start)
    if again is None or again.start() == start:
        return ()  # a sentence opening so: `_subject_named_again`
    named = [m for m in find_countries(text[start:again.start()]) if m.kind == "name"]
    return named[-1].codes if named else ()


# A country as the subject, then (after its verb, in French) a contrastive pronoun or phrase
# (`L'Algérie dégage, elle, un excédent de 19,8 milliards d'euros`, `Tunisia, for its part,
# ...`): the same statement as the sentence before, made of another country.
_PARALLEL_RE = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?,\s*(?:elle|lui|elles|eux|pour\s+sa\s+part|de\s+son\s+côté|for\s+its\s+part),"
)


def _parallel_statement(
    text: str, sentence: tuple[int, int], before: tuple[int, int] | None, article: Article,
) -> set[str]:
    """The countries of the sentence before, the home country replaced by this sentence's
    subject, where a foreign country opens this one and a contrastive pronoun follows it and
    the sentence before is about the home country (`Contrairement à ses voisins, le Maroc
    affiche un déficit dans ses échanges avec l'UE ... L'Algérie dégage, elle, un excédent`)."""
    home = article.home_country
    start = _OPENING_ARTICLE_RE.match(text, sentence[0]).end()
    subject = next(iter(find_countries(text[start:start + 40])), None)
    if home is None or before is None or subject is None or subject.start != 0 or home in subject.codes:
        return set()
    if not _PARALLEL_RE.match(text, start + subject.end) or _named(text, *sentence, article.companies) & {home}:
        return set()
    # (not the rivals it ranks the home country against: `talonne l'Afrique du Sud`)
    named = _named(text, *before, article.companies, rivals(text, *before))
    # (with the partners it names itself: `L'Egypte affiche, elle, un excédent dans ses échanges avec la Turquie`)
    return (named - {home}) | set(subject.codes) | _named(text, *sentence, article.companies) if home in named else set()


def _bracketed_by(text: str, figure_start: int, sentence_start: int) -> tuple[str, ...]:
    """The country a bracket holding the figure follows (`l'Espagne (12%)`), if any."""
    bracket = _BRACKET_BEFORE_RE.search(text, max(sentence_start, figure_start - 24), figure_start)
    if not bracket:
        return ()
    window_start = max(sentence_start, bracket.start() - 40)
    mentions = find_countries(text[window_start:bracket.start()])
    if mentions and window_start + mentions[-1].end == bracket.start():
        return mentions[-1].codes
    return ()


def _bracketed_after_a_home_place(text: str, figure_start: int, sentence_start: int) -> bool:
    """Whether a bracket holding the figure follows a place of the home country's by its name
    (`jusqu'aux centrales de Tahaddart (384 MW)`, `the port of Tanger Med (11.1 million TEU)`)."""
    bracket = _BRACKET_BEFORE_RE.search(text, max(sentence_start, figure_start - 24), figure_start)
    if not bracket:
        return False
    name = _PLACE_NAME_END_RE.search(text, max(sentence_start, bracket.start() - 40), bracket.start())
    if not (name and _located_home(name.group(0))):
        return False
    # (not a foreign company's project the item names: `la gigafactory du coréen Hanseong Energy
    # Solutions à Kénitra (2,3 milliards de dollars, 30 GWh à terme)`)
    item_start = max([sentence_start] + [m.end() for m in _ITEM_CUT_RE.finditer(text, sentence_start, bracket.start())])
    item = text[item_start:bracket.start()]
    cued = [m for m in find_countries(item) if m.kind == "demonym" and _CUED_NAME_RE.match(item, m.end)]
    return not any(code != HOME_COUNTRY for m in cued for code in m.codes) \
        and not any(code != HOME_COUNTRY for *_, code in company_nationalities(item))


_CUED_NAME_RE = re.compile(r"\s+[A-Z]")


_ITEM_CUT_RE = re.compile(r"[,;()]")


# A place's name right before a bracket: `Tahaddart`, `Tanger Med`, `Aïn Beni Mathar`.
_PLACE_NAME_END_RE = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}\s*$")


def alone(text: str, figure_start: int, sentence: tuple[int, int], own: tuple[str, ...], article: Article) -> bool:
    """Whether a count of a country's people or things is about that country alone (`enough
    for 7 million British homes`), not a statement about another (`200 Portuguese companies
    operate in Morocco`): only then is its country none of the other figures'."""
    return not (_named(text, *_figure_clause(text, figure_start, sentence), article.companies) - set(own))


def _named(text: str, start: int, end: int, companies=(), masked: tuple[tuple[int, int], ...] = ()) -> set[str]:
    """Countries `text[start:end]` names (`_named_in`), a set of the caller's own."""
    return set(_named_in(text, start, end, companies, tuple(masked)))


# A figure's context rules ask for the countries of the same clauses and sentences four times
# a figure on average (a third of the metrics stage): read once per window (per document,
# `clear_document_caches`).
@lru_cache(maxsize=8192)
def _named_in(text: str, start: int, end: int, companies=(), masked: tuple[tuple[int, int], ...] = ()) -> frozenset[str]:
    """Countries `text[start:end]` names: by name or demonym, by an epithet (`l'archipel` after
    `le Japon`), by a region abroad or a company's base (`plants in Kansas`, `Wichita-based`),
    as `le Royaume`, by a capital standing for its government (`Tokyo et Rabat veulent`), or
    by a company whose nationality the article gives."""
    window = text[start:end]
    multilateral = [(start + m.start(), start + m.end()) for m in _MULTILATERAL_RE.finditer(window)]
    dollars = [(start + m.start(), start + m.end()) for m in _US_DOLLARS_RE.finditer(window)] if "ollar" in window else []
    masked = (*masked, *multilateral, *dollars)
    places = [p for p in find_places_abroad(window, HOME_COUNTRY)
              if not (p.text in _SEATS_OF_LENDERS and _SEATED_LENDER_RE.match(window, p.end))]
    # (a country's name inside a region's is the region's country: `Inner Mongolia`, `New Mexico`)
    named = [m for m in find_countries(window) if not any(p.start <= m.start and m.end <= p.end and p.codes != m.codes for p in places)]
    def is_masked(m) -> bool:
        return any(a < start + m.end and start + m.start < b for a, b in masked)

    # (an epithet stands for the country it takes up: masked where that country's name is, as
    # `the North African country` after `still below Egypt's $16.7 billion`)
    unmasked_codes = {code for m in named if not is_masked(m) for code in m.codes}
    masked_codes = {code for a, b in masked for m in find_countries(text[a:b]) for code in m.codes} - unmasked_codes
    epithets = [m for m in find_epithets(text, start, end) if not (masked_codes and set(m.codes) <= masked_codes)]
    mentions = (*named, *epithets, *places)
    found = {
        code for m in mentions
        if not is_masked(m)
        and not (m.codes == ("EU",) and _BLOC_FRAME_RE.search(window, 0, m.start))
        and not (m.codes == ("EU",) and m.kind == "demonym" and _continents_paired(window, m.start, m.end))
        for code in m.codes
    }
    if _HOME_WORDS_RE.search(window):
        found.add(HOME_COUNTRY)
    # (a company masked with its country's name is another figure's: `China's Longhai and
    # Spain's Iberagua won projects of $6.2 billion and $4.8 billion, respectively`)
    found |= {code for pattern, code in companies if any(
        not any(a < start + m.end() and start + m.start() < b for a, b in masked) for m in pattern.finditer(window))}
    found |= _governments(window)
    found |= {NATIONAL_AGENCIES[m.group(0)] for m in AGENCIES_RE.finditer(window)
              if not any(a < start + m.end() and start + m.start() < b for a, b in masked)}
    return frozenset(found)


# `européens et asiatiques`, `African and European`: paired with another continent's adjective,
# `européen` is Europe's, a continent, not the European Union's.
_CONTINENT_ADJECTIVE = r"(?:asiatiques?|africaine?s?|arabes?|Asian|African|Arab)"
_CONTINENT_AFTER_RE = re.compile(rf"\s+(?:et|ou|and|or)\s+{_CONTINENT_ADJECTIVE}\b")
_CONTINENT_BEFORE_RE = re.compile(rf"\b{_CONTINENT_ADJECTIVE}\s+(?:et|ou|and|or)\s+$")


def _continents_paired(window: str, start: int, end: int) -> bool:
    return bool(_CONTINENT_AFTER_RE.match(window, end) or _CONTINENT_BEFORE_RE.search(window, max(0, start - 30), start))


# The dollar named with its country (`90 million US dollars`, `dollars américains`): a currency, no
# country of the figure (the dollar is the world's currency of account).
_US_DOLLARS_RE = re.compile(r"\b(?:U\.?S\.?\s+dollars?|dollars?\s+(?:US|U\.S\.|américains?))\b")

_CENTRAL_BANKS = {"Fed", "Federal Reserve", "Réserve fédérale", "BCE", "ECB"}
# A multilateral lender named after a region is no country's (its loan to the home country is
# the home country's alone), unlike the EU's own bank (`BEI`).
_MULTILATERAL_RE = re.compile(
    r"(?=(?i:[bea]))(?i:Banque\s+européenne\s+pour\s+la\s+reconstruction\s+et\s+le\s+développement"
    r"|European\s+Bank\s+for\s+Reconstruction\s+and\s+Development"
    # (nor is the European Free Trade Association the EU: Switzerland, Norway, Iceland, Liechtenstein)
    r"|Association\s+européenne\s+de\s+libre[- ]échange|European\s+Free\s+Trade\s+Association)"
)


def _located_home(window: str) -> bool:
    """Whether `window` names one of the home country's places. A place locates a figure; it
    does not say whose it is, so it is weaker evidence than a country's name."""
    return _home_places_re().search(window) is not None


@lru_cache(maxsize=1024)
def _governments(window: str) -> frozenset[str]:
    """Countries of the cities `window` names other than as a place where something happens
    (`Berlin et Rabat accélèrent`, `entre New Delhi et Rabat`; not `signé à Bruxelles`)."""
    found = set()
    for m in _places_re().finditer(window):
        in_name = re.match(r" [A-Z]", window[m.end():m.end() + 2])  # `Abu Dhabi National Energy Company`
        # (a government told by its capital after a preposition: `le gouvernement de Madrid`,
        # `the government in Madrid`)
        governing = _GOVERNMENT_OF_RE.search(window, max(0, m.start() - 30), m.start())
        # (nor the base of an analyst the press quotes: `Paris-based consultancy Heliade Conseil
        # estimates`; a company's base still tells its country: `London-listed retailer X`)
        if (governing or not _LOCATIVE_BEFORE_RE.search(window, 0, m.start())) and not in_name \
                and not _BASED_ANALYST_RE.match(window, m.end()) \
                and not (m.group(0) in _SEATS_OF_LENDERS and _SEATED_LENDER_RE.match(window, m.end())):
            found.add(_SEATS_OF_BLOCS.get(m.group(0)) or _places()[m.group(0)])
    return frozenset(found)


_BASED_ANALYST_RE = re.compile(
    r"-based\s+(?:[a-z-]+\s+)?(?:consultancy|consultants?|think[\s-]tank|research\s+(?:firm|group|house|institute|center|centre)"
    r"|analytics\s+firm|advisory(?:\s+firm)?|data\s+provider|ratings?\s+agency|brokerage|law\s+firm)\b"
)
_GOVERNMENT_OF_RE = re.compile(
    r"(?i:\b(?:gouvernement|government|autorités|authorities|exécutif|administration)\s+(?:de|d['’]|du|in|of)\s*"
    # (a relation with a country told by its capital: `le déficit vis-à-vis d'Ankara`)
    r"|\bvis-[àa]-vis\s+(?:de|d['’])\s*)$")


# A multilateral lender told by its seat (`the Washington-based lender`, the World Bank or the
# IMF; `the Luxembourg-based institution`, the EIB): no government, nor anyone's country.
_SEATS_OF_LENDERS = frozenset({"Washington", "Luxembourg", "Abidjan", "Jeddah", "Manila"})
_SEATED_LENDER_RE = re.compile(r"-based\s+(?:multilateral\s+|development\s+)?(?:lender|institution|organi[sz]ation|fund|body)\b")
# A city that stands for a bloc's government rather than its country's (`les droits antidumping
# que Bruxelles applique`): the European Union's seat.
_SEATS_OF_BLOCS = {"Bruxelles": "EU", "Brussels": "EU"}


# A preposition of place before a city: the city is where it happens (`à Bruxelles`, `visit to
# Abu Dhabi`, `près de Casablanca`), also with an article before a region named after it (`in
# the Dakhla-Oued Eddahab region`, `dans la région de Souss`). Not `vers`: `exportations vers
# Pékin` go to China.
_LOCATIVE_BEFORE_RE = re.compile(
    r"(?i:\b(?:à|a|au|en|de|d['’]|depuis|près\s+de|in|at|to|from|near|of|dans)\s*"
    r"(?:(?:the|la|le|les|l['’])\s*(?:(?:région|region|province|zone|ville|city)\s+(?:de\s+|d['’]\s*|of\s+)?)?)?)$"
)


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    data = json.loads(resources.files("econews").joinpath("data/entities_places.json").read_text(encoding="utf-8"))
    return {form: country for name, country, others in data["places"] for form in (name, *others)}


@lru_cache(maxsize=1)
def _places_re() -> re.Pattern:
    forms = sorted(_places(), key=len, reverse=True)
    return guarded(re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w])"))


def clear_document_caches() -> None:
    """Forget the memoised answers keyed by a document's text, once the document is done:
    their hits are within a document, and each key holds its whole text."""
    for cached in (_clauses, _in_country_list, _without_dateline, _named_in, _sentence_companies):
        cached.cache_clear()


@lru_cache(maxsize=1024)
def _sentence_companies(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    """`company_nationalities` of a sentence, read once for all its figures (per document)."""
    return tuple(company_nationalities(sentence))


# Pure and asked for the same sentence by most rules of each figure: memoised (per document,
# `clear_document_caches`), immutable.
@lru_cache(maxsize=4096)
def _clauses(text: str, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    start, end = sentence
    cuts = [start] + [
        m.end() for m in _CLAUSE_CUT_RE.finditer(text, start, end)
        if not (m.group(0).startswith(",") and _in_country_list(text, m.start(), m.end()))
    ] + [end]
    return tuple((a, b) for a, b in zip(cuts, cuts[1:]) if b > a)


# A country right before a comma and another right after it (`mainly to Senegal, Côte
# d'Ivoire and Cameroon`, `vers l'Inde, le Brésil et les Etats-Unis`, `Guinea-Bissau, The
# Gambia`, `du Brésil, d'Espagne et de Tunisie`): a list, not two clauses.
_LIST_NEXT_RE = re.compile(r"\s*(?i:(?:au|aux|en|à|in|to|de|du|des|from)\s+|d['’]\s*)?(?i:(?:le|la|les|l['’]|the)\s*)?")


@lru_cache(maxsize=4096)
def _in_country_list(text: str, comma: int, after: int) -> bool:
    before = find_countries(text[max(0, comma - 40):comma])
    if not before or max(0, comma - 40) + before[-1].end != comma:
        return False
    at = _LIST_NEXT_RE.match(text, after).end()
    following = find_countries(text[at:at + 40])
    return bool(following) and following[0].start == 0


# Two more shapes of aside. A time described by what happens in it (`..., année où le Maroc
# co-organisera la Coupe du monde avec l'Espagne`, `année de la Coupe du monde que le Maroc
# coorganise avec ...`, `a year when ...`). An absolute clause: a
# country or a list of them with a predicate of its own (`..., with Spain and France absorbing
# more than 60% of shipments`, `with France still the leading source`, `avec l'Espagne en
# tête`): it tells the parts of the figure before it, as `dont` does.
_TIME_ASIDE_RE = re.compile(
    r"\s*(?:(?:l['’]|la|le|les|une?|the|a|an)\s*)?(?:année|an|date|époque|période|saison|mois|moment|year|month|season|time|period)"
    r"\s+(?:où|when|during\s+which|in\s+which|durant\s+laquelle|pendant\s+laquelle|de|du|des|d['’]|of)(?:\b|(?<=['’]))"
)
_NAMES = r"(?:(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?[A-Z][\w'’-]*(?:\s+(?:du|de|of)?\s*[A-Z][\w'’-]*)*)"
_ABSOLUTE_ASIDE_RE = re.compile(
    rf"\s*(?:with|avec)\s+{_NAMES}(?:\s*,\s*{_NAMES})*(?:\s+(?:and|et)\s+{_NAMES})?"
    r"\s+(?:(?:still|now|alone|toujours|désormais|seule?s?)\s+)?"
    r"(?:[a-z]+ing\b|(?!(?:devant|avant|pendant|durant|suivant|maintenant|cependant)\b)[a-zé]+ant\b|still\b|en\s+tête\b)"
)


def _is_aside(text: str, clause: tuple[int, int]) -> bool:
    start = clause[0]
    return bool(_ASIDE_RE.match(text, start) or _MEASURE_ASIDE_RE.match(text, start) or _TIME_ASIDE_RE.match(text, start)
                or _ABSOLUTE_ASIDE_RE.match(text, start, clause[1]))


# A role given to the subject between commas, before its verb: `L'Egypte, principal concurrent
# du Royaume sur le marché russe, a exporté`, `Spain, Morocco's largest trading partner, bought`.
_ROLE_APPOSITION_RE = re.compile(
    r"\s*(?:(?:un|une|le|la|l['’]|son|sa|the|a|an|its)\s*)?(?:[\w'’-]+['’]s\s+)?(?:(?:other|another|autre)\s+)?(?:principale?|premi(?:er|ère)|deuxième|seconde?|troisième|grande?"
    r"|seule?|leader|partenaire|client|fournisseur|concurrent|rival|voisin|pays|champion|numéro|major|main|largest|biggest"
    r"|leading|top|key|chief|third|neighbou?r|competitor|partner|customer|supplier|country)\b"
)
_VERB_OPENING_RE = re.compile(
    # (an adverb may come first in English: `Vietnam, the world's biggest processor, still buys`)
    r"\s*(?:(?:still|also|now|already|alone|only|currently|typically|usually|together)\s+)?(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|devrait|devraient|pourrait|va|vont|reste|restent"
    r"|demeure|affiche|représente|pèse|compte|emploie|exporte|produit|vise|prévoit|enregistre|réalise|totalise"
    r"|espère|entend|ambitionne|cherche|a\s+vu|importe|achète|vend|investit|attire|génère|reçoit|mobilise|consacre|dépense"
    r"|has|have|had|is|are|was|were|will|would|could|remains|employs|exports|produces|accounts|plans|aims|expects"
    r"|hopes|seeks|wants|intends|saw|sees|grew|rose|fell|received|attracted|spent|invested|earned|generated|handled"
    r"|reported|posted|shipped|exported|produced|reached|recorded|sold|bought|imported|ships|sells|buys|imports)\b"
)


def _opening_subject(text: str, clauses: tuple[tuple[int, int], ...], index: int) -> set[str]:
    """The country, by its name, a sentence opens on as the subject of the figure's clause,
    where that clause opens on its verb after asides (`L'Egypte, autre partenaire d'Ankara,
    a vu ses échanges avec la Turquie atteindre 8,8 milliards`)."""
    if index == 0:
        return set()
    verb_opening = _VERB_OPENING_RE.match(text, *clauses[index])
    for i in range(index - 1, -1, -1):  # back over the asides to the subject
        start, end = clauses[i]
        at = _OPENING_ARTICLE_RE.match(text, start, end).end()
        mention = next(iter(find_countries(text[at:end])), None)
        if mention is not None and mention.start == 0 and mention.kind == "name":
            rest = text[at + mention.end:end].strip(" ,")
            # (or its auxiliary, the participle after an incise: `La Tunisie a, pour sa part, obtenu 300 millions`)
            if (not rest and verb_opening) or (i < index - 1 and _AUXILIARY_RE.fullmatch(rest)):
                return set(mention.codes)
        if not (_ROLE_APPOSITION_RE.match(text, start, end) or _is_aside(text, (start, end))
                or _INCISE_RE.fullmatch(text, start, end)):
            return set()
    return set()


# An auxiliary left before an incise: `La Tunisie a, pour sa part, obtenu`, `Egypt has, for its part, signed`.
_AUXILIARY_RE = re.compile(r"(?:a|ont|avait|avaient|aura|auront|est|sont|has|have|had|is|are|was|were|will)")
# An adverbial incise between commas, which does not part a subject from its verb.
_INCISE_RE = re.compile(
    r"[\s,]*(?i:pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|quant\s+à\s+(?:elle|lui|eux|elles)|à\s+son\s+tour"
    r"|(?:elle|lui|eux)\s+aussi|en\s+revanche|toutefois|cependant|par\s+ailleurs|néanmoins|pourtant|d['’]ailleurs"
    r"|for\s+(?:its|their)\s+part|in\s+turn|meanwhile|however|too|also|in\s+contrast|by\s+contrast)[\s,]*"
)


# A clause opening on its predicate, not on a link or a relative: `produira`, `will employ`.
_PREDICATE_OPENING_RE = re.compile(
    r"\s*(?!(?:qui|que|qu|dont|où|which|who|whose|that|et|and|mais|but|à|au|aux|de|du|des|en|in|to|for|pour|with|avec|soit|or|ou)\b)"
    r"[a-zà-ÿ]+\b")


def _main_company_opening_the_sentence(text: str, clauses: tuple[tuple[int, int], ...], index: int, article: Article) -> set[str]:
    """The main company's country where the sentence opens on its project or on itself named
    again, the subject of the figure's clause after asides (`L'usine, qui s'étendra sur 24
    hectares, produira 1.200 pales destinées aux parcs du Maroc, d'Espagne et du Portugal`)."""
    if article.main_company_country in (None, article.home_country):
        return set()
    start, end = clauses[0]
    noun = _PROJECT_ANAPHOR_RE.match(text, start, end) or _COMPANY_ANAPHOR_RE.match(text, start, end)
    if noun is None:
        return set()
    if index == 0:
        # (`L'usine produira 1.200 pales destinées à l'Espagne`: its verb right after it)
        if not _PREDICATE_OPENING_RE.match(text, noun.end(), end):
            return set()
    elif text[noun.end():end].strip(" ,") or not _PREDICATE_OPENING_RE.match(text, *clauses[index]) \
            or not all(_is_aside(text, clauses[i]) for i in range(1, index)):
        return set()
    return _main_company_named_again(text, [(start, end)], article, with_host=False)


def _earlier_items_of_the_list(text: str, clauses: tuple[tuple[int, int], ...], i: int, article: Article,
                               masked: tuple[tuple[int, int], ...]) -> set[str]:
    """The countries of the clauses before clause `i` that, with it, list countries item by item
    (`Les dons des pays du Golfe, principalement de l'Arabie saoudite, des Emirats arabes unis et
    du Koweït, sont estimés à 3,5 MMDH`): one enumeration, cut at its commas."""
    found: set[str] = set()
    while i > 0 and _only_countries(text, *clauses[i]):
        i -= 1
        named = _named(text, *clauses[i], article.companies, masked)
        if not named or not _only_countries(text, *clauses[i]):
            return found | named
        found |= named
    return found


def _only_countries(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is an item of a list of countries and nothing else: `, des
    Emirats arabes unis et du Koweït`, `principalement de l'Arabie saoudite`."""
    window = text[start:end]
    mentions = find_countries(window)
    cuts = [0] + [edge for m in mentions for edge in (m.start, m.end)] + [len(window)]
    rest = "".join(window[cuts[k]:cuts[k + 1]] for k in range(0, len(cuts), 2))
    return bool(mentions) and _LIST_ITEM_GLUE_RE.fullmatch(rest) is not None


_LIST_ITEM_GLUE_RE = re.compile(
    r"(?:[\s,]|\b(?:principalement|notamment|surtout|mainly|mostly|including|chiefly|des|du|de\s+la|de\s+l['’]|d['’]|de"
    r"|aux|au|à|en|vers|from|to|the|la|le|les|l['’]|et|and|ou|or)(?!\w)|['’])*"
)


def _elided_flow_owner(text: str, clauses: tuple[tuple[int, int], ...], index: int) -> set[str]:
    """The country whose flow the sentence opens on, for a later clause that goes on with the
    same flow with another partner and leaves its owner out (`Britain's trade with Egypt rose
    5%, while trade with Tunisia slipped 2%`, `Les exportations du Maroc vers l'Espagne ont
    progressé, tandis que celles vers la France ont reculé de 3%`)."""
    if index == 0 or not _OWNERLESS_FLOW_RE.match(text, *clauses[index]):
        return set()
    opening = _FLOW_OWNER_RE.match(text, *clauses[0])
    if opening is None:
        return set()
    mention = next(iter(find_countries(opening.group("owner") or opening.group("of"))), None)
    return set(mention.codes) if mention is not None and mention.kind == "name" else set()


_LEADERS_RE = re.compile(
    r"(?i:\ben\s+tête\b|\bin\s+the\s+lead\b|\bleading\s+the\s+way\b|\bpremière\s+place\b|\bfirst\s+place\b|\btop\s+spot\b)")


def _whole_of_the_part(text: str, clauses: tuple[tuple[int, int], ...], index: int, article: Article) -> set[str]:
    """The countries of the whole a breakdown's figure is part of, named in the clause before
    it (`La Turquie a exporté pour 273 milliards de dollars, dont 41% vers l'Union européenne`:
    Turkey's exports to the EU)."""
    if index == 0 or not _BREAKDOWN_RE.match(text, *clauses[index]):
        return set()
    return _named(text, *clauses[index - 1], article.companies)


_OWNERLESS_FLOW_RE = re.compile(
    r"\s*(?:(?:while|whereas|and|but|alors\s+que|tandis\s+que|et|mais)\s+)?"
    r"(?:trade|exports|imports|shipments|sales|(?:les\s+)?(?:échanges|exportations|importations|ventes)|celles|ceux)"
    r"\s+(?:with|to|from|avec|vers|à\s+destination\s+d[eu]|en\s+provenance\s+d[eu])\b"
)
_FLOW_OWNER_RE = re.compile(
    r"\s*(?:(?P<owner>(?:the\s+)?[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})['’]s\s+(?:total\s+)?(?:trade|exports|imports|shipments|sales)"
    r"|(?:Les|Ses)\s+(?:échanges|exportations|importations|ventes)\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l['’]\s*|de\s+)"
    r"(?P<of>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))"
)


def _role_apposition(text: str, clause: tuple[int, int], next_clause: tuple[int, int]) -> bool:
    """Whether `clause` gives the subject before it a role (`principal concurrent du Royaume`)
    and the next clause opens on the subject's verb: an aside, whose countries are the role's
    where the subject is a country (the callers check it); a place's role names its own
    country (`Valence, premier port à conteneurs d'Espagne, affiche`)."""
    return bool(_ROLE_APPOSITION_RE.match(text, *clause) and _VERB_OPENING_RE.match(text, *next_clause))


def _participle_aside(text: str, clause: tuple[int, int], companies) -> bool:
    """Whether `clause` is a participle and its complement describing the noun before them,
    as a relative clause does (`la Turquie, souvent citée en modèle par les industriels
    marocains, a exporté`, `Batimat, listed on the Casablanca Stock Exchange, posted`): an
    aside, not the figure's frame. Not where it names the company carrying the subject (`La
    plus importante, portée par la société turque Kaya Plastik, emploiera 260 personnes`).
    Callers skip a sentence's first clause: there the participle frames the subject after it
    (`Implanté en Côte d'Ivoire et au Sénégal, le groupe tire 28% de son résultat ...`)."""
    if not _PARTICIPLE_ASIDE_RE.match(text, clause[0], clause[1]):
        return False
    window = text[clause[0]:clause[1]]
    return not any(pattern.search(window) for pattern, _ in companies)


_SEAT_PARTICIPLE_RE = re.compile(
    r"\s*(?i:basée?s?|installée?s?|implantée?s?|établie?s?|domiciliée?s?|headquartered|based|located)\s"
)
_PARTICIPLE_ASIDE_RE = re.compile(
    r"\s*(?:(?:souvent|longtemps|déjà|désormais|jadis|often|long|already|widely|once|now)\s+)?"
    r"(?:[^\W\d_]{2,}(?:-[^\W\d_]+)*(?:ée?s?|ed)|détenue?s?|connue?s?|établie?s?|(?i:based|known|held|run))"
    r"\s+(?:par|comme|en|à|au|aux|dans|sur|pour|depuis|avec|by|as|in|on|at|for|since|with)\b"
)


# `Rabat - British company ...`: a place and a dash open the article (a wire dateline with its
# date is read by `wire_dateline`).
_PLACE_DASH_RE = re.compile(r"\s*[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2}\s+[-–—]\s")


@lru_cache(maxsize=4096)
def _without_dateline(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`span` without the dateline that may open it: where an article was written is not
    what its first figure is about."""
    start, end = span
    wire = wire_dateline(text[start:start + 160])
    if wire:
        # A dateline the sentence splitter left alone (`Kénitra, 14 oct.`) is all there is.
        return (start + len(wire[1]), end) if start + len(wire[1]) < end else span
    dash = _PLACE_DASH_RE.match(text, start, end)
    return (dash.end(), end) if dash else span


def _figure_clause(text: str, figure_start: int, sentence: tuple[int, int]) -> tuple[int, int]:
    clauses = _clauses(text, sentence)
    return next((c for c in clauses if c[0] <= figure_start < c[1]), clauses[-1])


_FIGURE_ENDS_CLAUSE_WORDS = 8


def _sentence_frame(
    text: str, figure_start: int, sentence: tuple[int, int], article: Article,
    previous: tuple[int, int] | None, masked: tuple[tuple[int, int], ...],
) -> tuple[set[str], bool]:
    """Countries of the figure's sentence, read outward from the figure until a country other
    than the home one is found: its clause (with the aside right after it, which describes
    it: `150 entreprises, dont une majorité de filiales de groupes français`); the clauses
    before it, asides passed over (`Morocco, which has agreements with the EU, produced`); the
    clauses after it where nothing was found yet, unless the figure stands in an aside (`Le
    site, qui représente 38 M€, fournira des clients en Espagne`); the main company where the
    sentence names it again (`le groupe`, `the expansion`, or a pronoun for the previous
    sentence's `Le site`); for a figure in an aside, the rest of the sentence.
    A sentence that names only the home country is the home country's. Also whether the
    sentence names a place of the home country."""
    home = article.home_country or HOME_COUNTRY
    sentence = _without_dateline(text, sentence)
    clauses = _clauses(text, sentence)
    placed = _placed_at_home(text, sentence, article, home)
    index = next((i for i, (a, b) in enumerate(clauses) if a <= figure_start < b), len(clauses) - 1)
    clauses = _accounts_end_at_the_next_predicate(text, clauses, index, figure_start)
    described = _what_the_clause_describes(text, clauses, index, article, masked)
    if described:
        return described, placed
    own, before, after = _clause_groups(text, clauses, index, figure_start, article)
    found: set[str] = set()
    own_found = False
    for group in (own, before, after):
        if group is after and found:
            break  # `OCP reported 28 billion dirhams, as sales to India surged`: placed already
        found = _named_outward(text, clauses, group, found, article, masked, home,
                               list_before=group is before, contrast_ends=group is after)
        if group is own:
            own_found = bool(found)
            found = _with_the_sentence_subject(text, clauses, index, found, article, home)
            settled = _own_clause_settles(text, clauses, own, index, figure_start, sentence, found, article, placed)
            if settled is not None:
                return settled
        if group is not after:
            # (the article's host is where the main company's project is, unless the clause
            # names another place: `son unité de Dire Dawa` in an article about its Nigerian one)
            found |= _main_company_named_again(text, [clauses[i] for i in group], article, with_host=not found - {home})
        if found - {home}:
            return found, placed
    if not own_found:
        found |= _read_past_the_clauses(text, clauses, index, found, article, previous, masked, home)
    return found, placed


def _what_the_clause_describes(text, clauses, index, article, masked) -> set[str]:
    """The countries of what the figure's clause describes, when it describes something
    named outside it: a relative clause's antecedent, the owner of a relative aside, or the
    subject after an opening participle (`Bâtie sur 8 hectares, la nouvelle unité emploiera
    ...`, `Etendue sur 42.000 m2, l'usine produira des faisceaux destinés aux constructeurs
    installés en Espagne`: what the participle measures is the main company's project)."""
    antecedent = _relative_antecedent(text, clauses, index)
    if antecedent:
        return antecedent
    owner = _relative_aside_owner(text, clauses, index, article)
    if owner and not _named(text, *clauses[index], article.companies, masked):
        return owner
    if index == 0 and len(clauses) > 1 and _OPENING_PARTICIPLE_RE.match(text, *clauses[0]) \
            and not _named(text, *clauses[0], article.companies, masked):
        return _main_company_named_again(text, [(clauses[1][0], clauses[1][0] + _SUBJECT_CHARS)], article)
    return set()


def _another_figures_clause(text: str, clause: tuple[int, int]) -> bool:
    """Whether a later clause states a figure of its own, another statement with its own
    subject (`..., l'Espagne restant le premier client avec 27% des ventes`, `..., devant Dakar
    (2,8 MMDH)`, `... et de la KfW allemande (450 millions d'euros)`), not the same figure's
    change or comparison (`en hausse de 8,1%`, `up from the $25 billion announced in 2023`)."""
    return _NUMBER_NOT_YEAR_RE.search(text, *clause) is not None and not _CHANGE_OPENING_RE.match(text, clause[0])


_NUMBER_NOT_YEAR_RE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?![\d.,]))\d")
# A clause that goes on with the figure's own change or comparison.
_CHANGE_OPENING_RE = re.compile(
    r"[\s,;(]*(?i:en\s+(?:hausse|baisse|progression|recul|repli|augmentation|diminution|croissance)|(?:up|down)\b"
    r"|contre|against|versus|vs\.?|compared|comparé|soit|(?:rising|falling|climbing|dropping|a\s+rise|a\s+drop|a\s+decline"
    r"|a\s+fall|an\s+increase|a\s+decrease)\b)"
)


def _named_outward(text, clauses, group, found, article, masked, home, *, list_before, contrast_ends) -> set[str]:
    """`found` with the countries the group's clauses name, read outward from the figure
    until one other than the home country; going back over a list (`list_before`), its
    earlier items too. Going on (`contrast_ends`), a contrast stops the reading: `La DEPF
    anticipe des flux de 11 milliards de DH, mais souligne les risques liés au naira
    nigérian` goes on to another statement."""
    for i in group:
        if contrast_ends and (_CONTRAST_LINK_RE.match(text, clauses[i][0]) or _another_figures_clause(text, clauses[i])):
            break
        found = found | _named(text, *clauses[i], article.companies, masked)
        if found - {home}:
            if list_before:
                found |= _earlier_items_of_the_list(text, clauses, i, article, masked)
            break
    return found


def _with_the_sentence_subject(text, clauses, index, found, article, home) -> set[str]:
    """The figure's own clause, where it names a foreign country, with the subject the
    sentence opened with (`Turkey, the bloc's other main supplier, shipped 96,000 tonnes to
    the EU`: a clause opening on its verb goes with it), and where the clause names no
    country itself, with the place the sentence opens on (`A Kragujevac, Brandt Bordnetze
    investira 38 M€`: the company named is at work there, in a country it does not name)."""
    if not found - {home}:
        return found
    found = found | _opening_subject(text, clauses, index) | _elided_flow_owner(text, clauses, index) \
        | _main_company_opening_the_sentence(text, clauses, index, article) \
        | _whole_of_the_part(text, clauses, index, article) | _importer_of_the_imports(text, clauses, index, found)
    if index > 0 and not _named(text, *clauses[index], ()) - {home} \
            and not _OTHER_SUBJECT_RE.match(text, clauses[index][0]):
        found |= _opening_place(text, clauses, index, article)
    return found


def _importer_of_the_imports(text: str, clauses: tuple[tuple[int, int], ...], index: int, found: set[str]) -> set[str]:
    """The importer of imports from a country the figure's clause names alone (`after imports
    from China surged to 78 million units`): the country or bloc the sentence opens on as its
    subject, itself or by its institution (`The European Commission imposed duties ..., after
    imports from China surged`, `La Turquie a relevé ses droits, les importations en provenance
    de Chine ayant bondi`)."""
    imports = _IMPORTS_FROM_RE.search(text, *clauses[index])
    if index == 0 or imports is None or _named(text, clauses[index][0], imports.start()):
        return set()
    start, end = clauses[0]
    at = _OPENING_ARTICLE_RE.match(text, start, end).end()
    mention = next(iter(find_countries(text[at:end])), None)
    if mention is None or mention.start != 0 or len(mention.codes) != 1 or set(mention.codes) & found:
        return set()
    if mention.kind == "demonym" and not _INSTITUTION_AFTER_RE.match(text, at + mention.end):
        return set()
    return set(mention.codes)


_IMPORTS_FROM_RE = re.compile(
    r"(?i:\b(?:imports|importations|purchases|achats)\s+(?:from|en\s+provenance\s+d[eu]|d['’]\s*origine)\s)"
)
# A country's institution named by its demonym: `The European Commission`, `le gouvernement turc` is by its name.
_INSTITUTION_AFTER_RE = re.compile(r"\s+(?:Commission|Council|government|authorities|Parliament|Union)\b")


def _own_clause_settles(
    text, clauses, own, index, figure_start, sentence, found, article, placed,
) -> tuple[set[str], bool] | None:
    """(countries, placed at home) when the figure's own clause, naming no foreign country,
    settles the sentence: a contrast of the home country's figure with another's (`Egypt's
    output reached 100,000, against 500,000 in Morocco`); a clause linked on with a home place
    of its own (`..., and the Tanger Med port handled 11.1 million containers`); a contrast
    placing its figure in a world region (`while exports to Europe were stable at 1.6 million
    tonnes`); a sentence opening on a place (`En Roumanie, l'usine ...`). Else None."""
    home = article.home_country or HOME_COUNTRY
    if found - {home}:
        return None
    link = clauses[index][0]
    if found == {home} and _CONTRAST_RE.search(text, link, figure_start):
        return found, placed
    if index > 0 and _CLAUSE_LINK_RE.match(text, link) and _located_home(text[link:clauses[index][1]]):
        return found | {home}, True
    if index > 0 and _CONTRAST_LINK_RE.match(text, link) and _REGION_PLACE_RE.search(text, *clauses[index]):
        return found, placed
    opening = _opening_place(text, clauses, index, article)
    if not opening:
        return None
    # The main company named again keeps its own country only. (An investment there counted
    # in the home money is a home investor's: `A Dakar, le cimentier Cimatlas a inauguré ...
    # pour 700 millions de DH, et emploie 320 personnes`)
    home_money = {home} if article.home_country and _HOME_MONEY_RE.search(text, *sentence) else set()
    named_again = _main_company_named_again(text, [clauses[i] for i in own], article, with_host=False)
    return found | opening | home_money | named_again, placed


_WHICH_RE = re.compile(r"\s*(?:which|who|qui)\s", re.I)
_CHANGE_CLAUSE_RE = re.compile(r"[\s,]*(?:up|down|en\s+hausse\s+de|en\s+baisse\s+de)\s+[^,;]{1,25}[\s,]*$", re.I)


def _relative_aside_owner(text: str, clauses: tuple[tuple[int, int], ...], index: int, article: Article) -> set[str]:
    """The country of the company a relative aside with the figure is about, when the clause
    before it is that company's name (`OCP, which sold $9.8 billion of products in 2025, up 7%,
    shipped 5.3 million tons to India`): its own accounts, not what the sentence goes on to say."""
    if index > 1 and _CHANGE_CLAUSE_RE.match(text, *clauses[index]):
        index -= 1  # (`, up 7%`: the change of the aside's figure)
    if index == 0 or not _WHICH_RE.match(text, clauses[index][0]):
        return set()
    start, end = clauses[index - 1]
    named_last = _company_named_last(text, (start, end), article)
    if named_last and not _named(text, *clauses[index]) and _named(text, start, end) <= named_last:
        # (a list's item that ends on a company of known nationality: `plusieurs industriels
        # étrangers, dont le motoriste français Safran, qui y emploie 2.300 personnes`)
        return named_last
    if _named(text, start, end):
        return set()  # (the clause names a country: read as it says)
    for later in clauses[index + 1:]:
        # (the aside goes on up to the main verb: `OCP, which imports around 2 million tonnes
        # a year, mainly from Russia, ..., aims to`: its sources are named in it)
        if _VERB_OPENING_RE.match(text, *later):
            break
        if _named(text, *later):
            return set()
    window = text[start:end]
    if _home_organisations_re().fullmatch(window.strip(" ,")):
        return {article.home_country or HOME_COUNTRY}
    return {code for pattern, code in article.companies if pattern.fullmatch(window.strip(" ,"))}


def _company_named_last(text: str, span: tuple[int, int], article: Article) -> set[str]:
    """The country of the company whose name ends `span` (but its comma), cued by a noun
    before it (`le motoriste français Safran,`); empty where the span is the name alone."""
    window = text[span[0]:span[1]].rstrip(" ,")
    for pattern, code in article.companies:
        for m in pattern.finditer(window):
            if m.end() == len(window) and m.start() > 0 and _COMPANY_NOUN_BEFORE_RE.search(window, 0, m.start()):
                return {code}
    return set()


# A company noun and its nationality right before a name: `le motoriste français `, `l'américain `,
# `Japanese carmaker `.
_COMPANY_NOUN_BEFORE_RE = re.compile(r"(?:\b[a-zà-ÿ]+\s+[a-zà-ÿ-]+|\bl['’]\s*[a-zà-ÿ-]+|\b[A-Z][a-z-]+\s+[a-z]+)\s+$")


# A sentence that opens on where it happens (`En Roumanie,`, `Au Nigeria,`, `A Kragujevac,`,
# `In Chile,`) or on a city abroad as its subject (`Algésiras a manutentionné`, `Valence,
# premier port`): what it goes on to measure is there.
_OPENING_PLACE_RE = re.compile(r"\s*(?:(?P<at>En|Au|Aux|À|A|In|At)\s+)?(?P<place>(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)")
_OPENING_PLACE_WORDS = 6
_OTHER_SUBJECT_RE = re.compile(r"\s*(?:tandis\s+qu|alors\s+qu|mais\b|while\b|whereas\b|but\b)", re.I)


def _opening_place(text: str, clauses: tuple[tuple[int, int], ...], index: int, article: Article) -> set[str]:
    """The foreign countries of the place a sentence opens on, whether a clause of its own
    before the figure's (`En Roumanie, ...`) or a city abroad as the subject of the figure's
    clause (`Algésiras a manutentionné 4,6 millions d'EVP`, after `Selon X,` too)."""
    subject = _OPENING_PLACE_RE.match(text, *clauses[index])
    if subject and not subject.group("at") and re.match(r"\s*,|\s+[a-zàâéèêîôû]", text[subject.end():clauses[index][1]]):
        named = set(place_country(subject.group("place")) or ())
        if named:
            return named - {article.home_country}
    start, end = clauses[0]
    m = _OPENING_PLACE_RE.match(text, start, end)
    if m is None or index == 0 or not m.group("at") or len(text[start:end].split()) > _OPENING_PLACE_WORDS:
        return set()
    if any(_OTHER_SUBJECT_RE.match(text, a) or _named(text, a, b, ()) for a, b in clauses[1:index]):
        return set()  # `..., tandis que la CBAO, au Sénégal, affiche`: another place, another subject
    named = _named(text, start, end, ()) | set(place_country(m.group("place")) or ())
    return named - {article.home_country}


# A relative clause on what a country does (`dont les commandes`, `whose exports`).
_WHOSE_RE = re.compile(r"\s*(?:dont|whose)\s+(?:les|la|le|l['’]|ses|its|their)?\s*[a-zé]", re.I)


def _which_of_a_countrys_flow(text: str, clauses: tuple[tuple[int, int], ...], index: int) -> set[str]:
    """The country whose whole trade, exports or output a `which`/`qui` clause with the figure
    goes on about, where the clause before ends on it (`Morocco accounts for 0.3% of total UK
    trade, which reached 1.72 trillion pounds`): that country's figure alone."""
    if not _WHICH_RE.match(text, clauses[index][0]) or _named(text, *clauses[index], ()):
        return set()
    start, end = clauses[index - 1]
    flow = _COUNTRYS_FLOW_END_RE.search(text[start:end].rstrip(" ,"))
    if flow is None:
        return set()
    mentions = find_countries(flow.group("owner") or flow.group("of"))
    return set(mentions[0].codes) if len(mentions) == 1 else set()


# A country's whole flow, economy or market ending a clause: `total UK trade`, `Spain's exports`,
# `le commerce extérieur de la Turquie`, `le PIB du Sénégal`.
_COUNTRYS_FLOW_END_RE = re.compile(
    r"(?:\b(?P<owner>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)(?:['’]s)?\s+(?:total\s+|overall\s+)?"
    # (or its market, with what it is of: `the UK's new car market`)
    r"(?:trade|exports|imports|GDP|economy|output|(?:[a-z-]+\s+){0,3}market)"
    r"|\b(?:commerce\s+extérieur|échanges\s+(?:totaux|extérieurs)|exportations|importations|PIB|économie|production)"
    r"(?:\s+totale?s?)?\s+(?:de\s+la|du|de\s+l['’]|des)\s*(?P<of>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))$"
)


def _which_of_the_place_frame(text: str, clauses: tuple[tuple[int, int], ...], index: int) -> set[str]:
    """The country a sentence opens on as its setting, for a `qui`/`which` clause right after it
    that holds the figure, with the countries the clause names (`En Tunisie, qui a relevé ses
    droits sur près de 1.000 produits turcs, le déficit ...`: TN and TR)."""
    if index != 1 or not _WHICH_RE.match(text, clauses[1][0]):
        return set()
    frame = _PLACE_FRAME_RE.fullmatch(text, *clauses[0])
    mention = next(iter(find_countries(frame.group("place"))), None) if frame else None
    if mention is None or mention.start != 0 or mention.end != len(frame.group("place")):
        return set()
    return set(mention.codes) | _named(text, *clauses[1])


_PLACE_FRAME_RE = re.compile(r"\s*(?:En|Au|Aux|In)\s+(?P<place>[^,]{2,40}?)\s*,\s*")


def _relative_antecedent(text: str, clauses: tuple[tuple[int, int], ...], index: int) -> set[str]:
    """The country a `dont`/`whose` clause with the figure is about, when the clause before it
    ends on that country's name (`La France suit avec 5,1 milliards de DH, devant le Portugal,
    dont les commandes ont bondi de 14%`): the clause's figures are the antecedent's."""
    if index == 0:
        return set()
    between = _subject_which_with_another(text, clauses, index) or _which_of_a_countrys_flow(text, clauses, index) \
        or _which_of_the_place_frame(text, clauses, index)
    if between:
        return between
    if not _WHOSE_RE.match(text, clauses[index][0]) and not (
            # (`which`/`qui` too, of the home country's rivals: `Morocco is competing with Egypt,
            # ..., and Algeria, which has pushed local production to cover 82% of its needs`)
            _WHICH_RE.match(text, clauses[index][0]) and _RIVALRY_RE.search(text, clauses[0][0], clauses[index][0])):
        return set()
    start, end = clauses[index - 1]
    # (its own figure in brackets between: `loin devant l'Espagne (14%), dont les volumes`)
    window = _BRACKET_AT_END_RE.sub("", text[start:end].rstrip(" ,"))
    # (masked or not: `devant le Portugal` is a rival of the figures before it, and the
    # subject of the clause that goes on about it)
    mentions = find_countries(window)
    if not mentions or mentions[-1].end != len(window) or mentions[-1].kind != "name":
        return set()
    named_in_clause = _named(text, *clauses[index], ())
    if named_in_clause and not _FLOW_DIRECTION_RE.search(text, *clauses[index]):
        return set()  # `dont la filiale chinoise`: the clause says whose
    # the whole name it ends on: `le Gazoduc Nigeria-Maroc, dont le coût`
    named = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        if not re.fullmatch(r"\s*(?:-|/|et|and)\s*", window[m.end:named[-1].start]):
            break
        named.append(m)
    # (with the partner its flow goes to or comes from: `dont les volumes vers les Etats-Unis
    # ont fondu de 40%`)
    return {code for m in named for code in m.codes} | named_in_clause


def _subject_which_with_another(text: str, clauses: tuple[tuple[int, int], ...], index: int) -> set[str]:
    """The sentence's subject country and the foreign countries of a `which`/`qui` clause right
    after it that tells a dealing of the subject with them (`Egypt, which signed a $35 billion
    deal with an Abu Dhabi fund in 2024, remains ...`): the clause's figures are theirs."""
    if index != 1 or not _WHICH_RE.match(text, clauses[1][0]):
        return set()
    start, end = clauses[0]
    at = _OPENING_ARTICLE_RE.match(text, start, end).end()
    window = text[at:end].rstrip(" ,")
    mentions = find_countries(window)
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(window) or mentions[0].kind != "name":
        return set()
    others = _named(text, *clauses[1]) - set(mentions[0].codes) - {HOME_COUNTRY}
    return set(mentions[0].codes) | others if others else set()


def _placed_at_home(text: str, sentence: tuple[int, int], article: Article, home: str) -> bool:
    """Whether the sentence names a place of the home country, one of its organisations (`OCP
    a produit 7,8 millions de tonnes`, `selon l'Office des changes`; not in an article about
    its project abroad: `OCP en détiendra 51%` of a plant in Nigeria) or its government."""
    return bool(_located_home(text[sentence[0]:sentence[1]]) or _home_city_adjective(text, *sentence)
                or (article.host_country in (None, home) and any(
                    not subjects.reports(text, m.start(), m.end()) for m in _home_organisations_re().finditer(text, *sentence)))
                # (not in an article about a foreign country's own economy: `The ministry expects this
                # year's grain harvest at about 57 million tonnes` is that country's ministry)
                or (not article.home_in_passing and _home_government_subject(text, sentence[0], home)))


def _home_city_adjective(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] places something in a home city by its adjective (`le textile
    fassi`, `le port tangérois`); not a company's seat (`le groupe de BTP casablancais`), which
    says whose it is, not where its figures are."""
    return any(not _SEAT_NOUN_BEFORE_RE.search(text, max(start, m.start() - 40), m.start())
               for m in _home_city_adjectives_re().finditer(text, start, end))


@lru_cache(maxsize=1)
def _home_city_adjectives_re() -> re.Pattern:
    forms = sorted((form for form, country in _city_adjectives().items() if country == HOME_COUNTRY), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


_SEAT_NOUN_BEFORE_RE = re.compile(
    r"(?i:\b(?:groupe|group|société|entreprise|firme|opérateur|promoteur|constructeur|industriel|holding|banque"
    r"|assureur|fabricant|équipementier|investisseur|spécialiste|leader|acteur)(?:\s+(?:de\s+|d['’]\s*)?[\w'’-]+){0,2}\s*$)"
)


# A clause that only says in which country the place before it is: `, au Cameroun`, `, in Kenya`.
_PLACE_APPOSITION_RE = re.compile(
    r"\s*,?\s*(?i:en|au|aux|in)\s+(?:(?i:the|l['’]|la|le)\s*)?[A-ZÉ][\w'’-]*(?:\s+(?:d['’]\s*)?[A-ZÉ][\w'’-]*){0,2}\s*[.,;]?\s*"
)


# A flow's partners after a comma: `, essentiellement du Brésil`, `, principalement vers l'Europe`,
# `, mainly from Russia`, `, mostly to Spain and France`.
_PARTNERS_AFTER_RE = re.compile(
    r",?\s*(?i:essentiellement|principalement|notamment|surtout|majoritairement|mainly|mostly|chiefly|primarily|largely)\s+"
    r"(?i:du|de\s+la|de\s+l['’]|des|de|d['’]|vers|en\s+provenance\s+d[eu]|à\s+destination\s+d[eu]|from|to|au|aux|en)(?:\s|(?<=['’]))"
)


def _clause_groups(
    text: str, clauses: tuple[tuple[int, int], ...], index: int, figure_start: int, article: Article,
) -> tuple[list[int], list[int], list[int]]:
    """(own, before, after): the indexes of the clauses read for the figure, in order."""
    # The aside right after the figure's clause describes the figure when the figure ends
    # its clause (`150 entreprises, dont une majorité de filiales françaises`), not when more
    # follows it (`a rebound ... to 4.4 million tons ... ahead of the World Cup, which Morocco
    # will co-host with Spain`: the aside is the World Cup's).
    ends_clause = len(text[figure_start:clauses[index][1]].split()) <= _FIGURE_ENDS_CLAUSE_WORDS
    own = [index] + ([index + 1] if index + 1 < len(clauses) and _ASIDE_RE.match(text, clauses[index + 1][0])
                     and ends_clause and not _BREAKDOWN_RE.match(text, *clauses[index + 1]) else [])
    if own[-1] + 1 < len(clauses) and _PLACE_APPOSITION_RE.fullmatch(text, *clauses[own[-1] + 1]) \
            and _named(text, *clauses[own[-1] + 1]):
        own.append(own[-1] + 1)  # `un second projet de 900 millions de dirhams à Douala, au Cameroun`
    # (the flow's partners told right after it: `importer près de 25.000 tonnes d'huile,
    # essentiellement du Brésil, d'Espagne et de Tunisie`, `shipped 2 million tonnes, mainly to India`)
    # (where the figure does not end its clause, the flow's destination told in it: `sold 1.1
    # million tonnes of steel products to Europe in 2025, mainly to Spain and Portugal`)
    if (ends_clause or _TO_A_REGION_RE.search(text, figure_start, clauses[index][1])) and own[-1] + 1 < len(clauses) \
            and _PARTNERS_AFTER_RE.match(text, clauses[own[-1] + 1][0]):
        own.append(own[-1] + 1)
    before = [
        i for i in range(index - 1, -1, -1)
        # (a participle placing the subject stays: `Les filiales subsahariennes du groupe,
        # implantées au Mali, au Burkina Faso ..., ont généré un chiffre d'affaires de 19,2 MMDH`)
        if not _is_aside(text, clauses[i]) and not (i > 0 and _participle_aside(text, clauses[i], article.companies)
                                                    and not _SEAT_PARTICIPLE_RE.match(text, *clauses[i]))
        and not (i > 0 and _WHEN_RE.match(text, *clauses[i]))
        and not (0 < i == index - 1 and _role_apposition(text, clauses[i], clauses[index])
                 and _named(text, *clauses[i - 1], article.companies))
    ]
    # (past the asides that describe something else named after the figure: `to fund stadiums
    # for the 2030 World Cup, which Morocco will co-host with Spain and Portugal`)
    after = [] if _is_aside(text, clauses[index]) else [
        i for i in range(own[-1] + 1, len(clauses))
        if not _is_aside(text, clauses[i])
    ]
    # A cause told after the figure (`..., grâce à la hausse des expéditions vers l'Inde`,
    # `driven by demand from Europe`) explains it; its countries are not the figure's.
    # The cause runs to the end of the sentence (`vers l'Inde, le Brésil et les Etats-Unis`).
    # English `as` opening a clause after the figure's (`..., due in 2027, as Morocco seeks
    # alternatives to the pipeline that Algeria shut`) tells its background, as a cause does.
    cause = next((k for k, i in enumerate(after) if _CAUSE_RE.match(text, clauses[i][0])
                  or _AS_CLAUSE_RE.match(text, clauses[i][0]) or text.endswith(" as ", 0, clauses[i][0])), None)
    after = after if cause is None else after[:cause]
    # So is a figure it is compared with (`..., contre 166,3 milliards de dirhams avec la France`),
    # and the leaders of the whole it measures (`les flux nets bondissent de 24%, la France et
    # les Emirats en tête`).
    compared = next((k for k, i in enumerate(after) if _COMPARED_AFTER_RE.match(text, clauses[i][0])
                     or _LEADERS_RE.search(text, *clauses[i])), None)
    if _ALL_ORIGINS_RE.search(text, clauses[0][0], figure_start):
        # (`Tous pays confondus, les flux nets d'IDE se sont établis à 19,4 MMDH, la France restant
        # le premier investisseur`: the whole, not the partner the sentence goes on to name)
        after = []
    return own, before, (after if compared is None else after[:compared])


# A flow's destination told as a region the partners after it break down: `to Europe`, `vers l'Europe`.
_TO_A_REGION_RE = re.compile(r"\b(?:to|vers)\s+(?:l['’]\s*|the\s+)?(?:Europe|Afrique|Africa|Asie|Asia|Amérique|America|Gulf|Golfe)\b")


# A participle (or `Avec`, `With`, a measure: `D'un montant de`) opening a sentence, with its
# complement, before the subject: `Bâtie sur 8 hectares,`, `Etendue sur 42.000 m2,`, `Spread
# over 20 hectares,`, `D'un montant de 1,1 milliard de dirhams,`.
_OPENING_PARTICIPLE_RE = re.compile(
    r"\s*(?:[A-ZÉÈ][a-zéèêàâîôûçëï]+(?:ée?s?|ie?s?|ite?s?|ue?s?|ed|en)|Avec|With"
    r"|D['’]une?\s+(?:montant|coût|valeur|budget|enveloppe|investissement))\s+"
    r"(?:sur|à|au|en|par|de|d['’]|pour|dans|over|across|on|in|with|at|by|for)(?:\s|(?<=['’]))"
)


def _read_past_the_clauses(text, clauses, index, found, article, previous, masked, home) -> set[str]:
    """For a figure whose own clause names no country: the main company named by a pronoun
    opening the sentence or a clause of it (`At full capacity, expected in 2030, it will
    produce 80,000 tonnes`), from the previous sentence's subject; then, for a figure in an
    aside, the rest of the sentence but its other asides."""
    found = set(found)
    pronoun = any(_PRONOUN_RE.match(text, a, b) for a, b in clauses[:index + 1])
    if pronoun and previous is not None:
        subject_start = previous[0]
        found |= _main_company_named_again(text, [(subject_start, subject_start + _SUBJECT_CHARS)], article)
    if not found - {home} and _is_aside(text, clauses[index]):
        # What an aside's figure measures is said after it (`22 accords, d'un montant de 10
        # milliards d'euros, ont été signés ... du président français`; `which imports 2
        # million tonnes a year, mainly from Russia`).
        rest = [clause for i, clause in enumerate(clauses) if i == index or not _ASIDE_RE.match(text, clause[0])]
        for clause in rest:
            found |= _named(text, *clause, article.companies, masked)
        if not found - {home}:
            # `D'un montant de 38 millions d'euros, le projet devrait créer ...`
            found |= _main_company_named_again(text, rest, article)
    return found


# A government body as the subject, with no country of its own: in an article about the home
# country, its government (`Le ministère de l'Industrie vise 50 milliards de DH d'exportations`,
# `The Treasury plans to raise`).
_GOVERNMENT_SUBJECT_RE = re.compile(
    r"\s*(?:Le|La|L['’]|The)\s*(?:ministère|ministre|gouvernement|Exécutif|Trésor|ministry|minister|government|Treasury)\b"
    r"[^,;.:]{0,60}"
)


def _home_government_subject(text: str, start: int, home: str) -> bool:
    subject = _GOVERNMENT_SUBJECT_RE.match(text, start)
    return subject is not None and not _named(text, subject.start(), subject.end()) - {home}


# The company named by its noun alone as the subject of its whole business (`Le groupe emploie`,
# `Le groupe compte actuellement`, `Le groupe, qui ...`, `The group employs`), not one named (`Le
# groupe textile Akdeniz`).
_GROUP_AS_A_WHOLE_RE = re.compile(
    r"\s*(?:Le\s+groupe|La\s+société|The\s+group|The\s+company)(?=\s*,|\s+(?:a\s+|has\s+|also\s+|également\s+"
    r"|actuellement\s+|currently\s+|now\s+|désormais\s+)?(?:emploie|compte|employs|has|réalise|a\s+réalisé|reported|posted|totalise)\b)")
# A company's workforce or sites: what a group counts as a whole (unlike context's
# `_EMPLOYMENT_RE`, the nouns of a headcount too: `2.600 salariés sur 3 sites`).
_WORKFORCE_RE = re.compile(
    r"(?i)\b(?:emploi\w*|salariés|collaborateurs|effectifs?|employs|employees|staff|workers|sites|usines|plants)\b")
# A company's accounts (`revenue`, `chiffre d'affaires`, `bénéfice net`, `total assets`) are
# of the company as a whole; a predicate coordinated after them (`posted revenue of 6.8 billion
# dirhams in 2024 and already operates plants in Senegal`) tells its other business.
_ACCOUNTS_RE = re.compile(
    r"(?=\b(?i:[abcdegnprtvwy]))(?i:\bchiffre\s+d['’]\s*affaires\b|\brevenues?\b|\bturnover\b|\b(?:total\s+)?assets\b|\bactifs\b"
    r"|\bbénéfices?\b|\brésultat\s+net\b|\bnet\s+(?:profit|income)\b|\bprofits?\b|\bproduit\s+net\s+bancaire\b"
    r"|\bPNB\b|\bEBITDA\b|\bexcédent\s+brut\s+d['’]\s*exploitation\b|\bnet\s+banking\s+income\b|\bdividends?\b"
    r"|\bdividendes?\b|\bnet\s+debt\b|\bdette\s+nette\b|\bcost-to-income\b|\bcoefficient\s+d['’]\s*exploitation\b"
    r"|\b(?:posted|reported)\s+(?:net\s+)?sales\b|\b(?:annual|yearly|global|worldwide|consolidated)\s+sales\b"
    r"|\bventes\s+(?:annuelles|mondiales|consolidées)\b)"
)
# (not one that goes on with a list of places: `en Côte d'Ivoire, au Sénégal, au Mali et au Burkina Faso`)
_COORDINATED_RE = re.compile(r"\s(?:and|et)\s(?!(?:(?:au|aux|en|à|in|to|vers|dans|l['’]|la|le|les|the)\s*)?[A-ZÉ])")


# `and`/`et` opening a new predicate of the same subject: a verb right after it (`vise 1 milliard de
# DH à l'export et mise sur le Royaume-Uni`, `reported $9 billion and signed a deal with India`).
_NEW_PREDICATE_RE = re.compile(
    r"\s(?:and|et)\s+(?:(?:a|ont|va|vont|doit|devrait|compte|prévoit|entend|vise|mise|souhaite|envisage|signe|signé|"
    r"lance|ouvre|ouvrira|annonce|has|have|had|will|would|plans?|aims?|expects?|signed|opened|launched|announced|"
    r"is|are|was|were)\b)"
)


def _accounts_end_at_the_next_predicate(
    text: str, clauses: list[tuple[int, int]], index: int, figure_start: int,
) -> list[tuple[int, int]]:
    """`clauses` with the figure's clause cut before the first `and`/`et` after the figure
    where its words before the figure name the company's accounts, else before an `and`/`et`
    opening a new predicate (`_NEW_PREDICATE_RE`); the rest becomes a clause after it, read
    only where nothing was found before."""
    start, end = clauses[index]
    if not _ACCOUNTS_RE.search(text, start, figure_start):
        coordinated = _NEW_PREDICATE_RE.search(text, figure_start, end)
        if coordinated is None:
            return clauses
        return [*clauses[:index], (start, coordinated.start()), (coordinated.start(), end), *clauses[index + 1:]]
    coordinated = _COORDINATED_RE.search(text, figure_start, end)
    if coordinated is None:
        return clauses
    return [*clauses[:index], (start, coordinated.start()), (coordinated.start(), end), *clauses[index + 1:]]


# A project noun with a name after it (`la raffinerie de Béjaïa`, `l'usine historique de Dacia`).
_NAMED_AFTER_RE = re.compile(r"(?:\s+[a-zà-ÿ-]+)?\s+(?:de\s+|d['’]\s*)(?=[A-Z])")


def _project_of_another_name(text: str, at: int, article: Article) -> bool:
    """Whether the project noun ending at `at` is that of the site or firm named after it
    (`la raffinerie de Béjaïa dispose de 3 millions de tonnes`, `l'usine historique de Dacia à
    Mioveni`), not the main company's project: unless the name is a home place (`l'usine de
    Kénitra`), a place of its project's host country or the main company's (`l'usine de
    Zhenlong`); a home company's sites abroad are named by their city (`L'usine de Douala`)."""
    named = _NAMED_AFTER_RE.match(text, at)
    if named is None or article.main_company_country == article.home_country or _home_places_re().match(text, named.end()):
        return False
    name = re.match(r"[\w'’-]+(?:\s+[A-Z][\w'’-]+)?", text[named.end():])
    if article.host_country and article.host_country in (place_country(name.group(0)) or ()):
        return False
    return not any(code == article.main_company_country and pattern.match(text, named.end())
                   for pattern, code in article.companies)


def _main_company_named_again(text: str, spans: list[tuple[int, int]], article: Article, with_host: bool = True,
                              projects: bool = True) -> set[str]:
    """The main company's country where one of `spans` names it again by a noun (`le groupe`,
    `the company`), with its project's host where they name the project (`l'usine`, `the
    plant`; not read when not `projects`); not as the source of a statement (`selon la
    société`, `the company said`)."""
    if article.main_company_country is None:
        return set()
    found: set[str] = set()
    for pattern, project in ((_COMPANY_ANAPHOR_RE, False), (_PROJECT_ANAPHOR_RE, True))[:2 if projects else 1]:
        for start, end in spans:
            # (a noun in a paragraph before the company is first named does not name it again:
            # `Le complexe portuaire Tanger Med a traité ...`, and `le japonais X` three paragraphs later)
            for m in pattern.finditer(text, max(start, article.main_company_from), max(end, article.main_company_from)):
                source = _SOURCE_BEFORE_RE.search(text, start, m.start()) or _SOURCE_AFTER_RE.match(text, m.end())
                # `le groupe marocain`: the cue of another company, not the main one named again
                # (`ses deux usines marocaines` are its sites in the home country).
                cue = None if project else next(iter(find_countries(text[m.end():m.end() + 20])), None)
                if project and (_project_of_another_name(text, m.end(), article)
                                or _run_by_a_home_body(text, m.end())
                                or _another_company_before(text, m.start(), article)
                                or (m.group("town") and not _located_home(m.group("town")))):
                    continue
                if not source and not (cue and cue.start <= 1):
                    found.add(article.main_company_country)
                    found.update(article.consortium_countries)
                    if project and with_host and article.host_country:
                        found.update(_site_placed_in_the_paragraph(text, m.start(), article) or {article.host_country})
    return found


# A project described as run by a body: `Le programme éolien intégré, piloté par l'ONEE et
# Masen`, `The programme, led by Masen`.
_RUN_BY_RE = re.compile(
    r"(?:\s+[a-zà-ÿ-]+){0,3}\s*,?\s*(?i:pilot[ée]|port[ée]|men[ée]|conduit|géré|développé|led|run|managed|operated|developed)"
    r"(?:e|s|es)?\s+(?i:par|by)\s+(?:(?i:l['’]\s*|le\s+|la\s+|les\s+|the\s+))?"
)


def _run_by_a_home_body(text: str, at: int) -> bool:
    """Whether the project noun ending at `at` is said to be run by a home organisation
    (`Le programme éolien intégré, piloté par l'ONEE et Masen`): its programme, not the
    main company's project named again."""
    run_by = _RUN_BY_RE.match(text, at)
    return run_by is not None and _home_organisations_re().match(text, run_by.end()) is not None


def _another_company_before(text: str, at: int, article: Article) -> bool:
    """Whether the sentence before `at` names a company of another country than the main
    company's, whose project the noun at `at` then is (`Le canadien Nortek Machining a, pour
    sa part, porté à 95 MDH l'enveloppe de l'extension de son atelier`)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return any(code != article.main_company_country and pattern.search(text, start, at) for pattern, code in article.companies)


def _site_placed_in_the_paragraph(text: str, at: int, article: Article) -> set[str]:
    """The countries of the setting that opens a sentence of the paragraph before `at`, if
    not the company's project's host (`Au Maroc, Hanbit exploite une unité à Jorf Lasfar. Le
    site emploie 740 personnes`, in an article on its plant in Poland): `the site` is that
    one; else nothing."""
    start = max((p for p in article.paragraph_starts if p <= at), default=0)
    placed: set[str] = set()
    for a, b in sentence_spans(text[start:at]):
        setting = _SETTING_OPENING_RE.match(text, start + a, start + b)
        if setting:
            place = setting.group("place").strip()
            placed = _named(text, setting.start("place"), setting.end("place"), ()) | set(place_country(place) or ()) \
                | ({article.home_country} if _located_home(place) else set())
    return placed if placed and article.host_country not in placed else set()
