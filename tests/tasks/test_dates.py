"""Date expressions: finding, parsing, datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from econews.tasks.dates import dateline, find_dates, leading_dateline, parse_date, relative_event_date, wire_dateline


@pytest.mark.parametrize(
    "text, expected, weekday",
    [
        ("a reçu, mardi 1er Mars 2016, au siège", dt.date(2016, 3, 1), "mardi"),
        ("s'est tenue jeudi 8 février 2018, à Rabat", dt.date(2018, 2, 8), "jeudi"),
        ("le 16 janvier 2026, sa nouvelle unité", dt.date(2026, 1, 16), None),
        ("Publié dans Aujourd'hui le Maroc le 01 - 11 - 2014", dt.date(2014, 11, 1), None),
        ("signed on Monday, June 3, 2024 an agreement", dt.date(2024, 6, 3), "Monday"),
        ("firmado el 5 de marzo de 2020 en Madrid", dt.date(2020, 3, 5), None),
        ("date: 2025-12-24T12:00:00Z", dt.date(2025, 12, 24), None),
        ("le 2 avril 2014 à Casablanca", dt.date(2014, 4, 2), None),
        ("Publié le 12/03/2021 à 10h30", dt.date(2021, 3, 12), None),
    ],
)
def test_day_dates(text, expected, weekday):
    found = find_dates(text)
    assert found and found[0].date == expected and found[0].precision == "day"
    assert found[0].weekday == weekday
    assert text[found[0].start:found[0].end] == found[0].text


def test_weekday_consistency():
    assert find_dates("mardi 1er Mars 2016")[0].weekday_matches
    assert not find_dates("lundi 1er Mars 2016")[0].weekday_matches


@pytest.mark.parametrize("text, expected", [("en mai 2016, au", dt.date(2016, 5, 1)), ("date 2024-12", dt.date(2024, 12, 1)),
                                            ("en novembre 2017", dt.date(2017, 11, 1))])
def test_month_dates(text, expected):
    found = find_dates(text)
    assert found[0].date == expected and found[0].precision == "month"


@pytest.mark.parametrize("text", ["Plan 2014-2020: 26 conventions", "100 GWh d'ici 2025", "39,5 milliards DH en 2016",
                                  "+18,2% entre 2001 et 2016", "N°1 mondial 12:03"])
def test_not_dates(text):
    assert all(m.precision == "month" or m.date.year < 2030 for m in find_dates(text))
    assert [m for m in find_dates(text) if m.precision == "day"] == []


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Publié dans Aujourd'hui le Maroc le 01 - 11 - 2014", dt.date(2014, 11, 1)),
        ("24 Décembre 2025", dt.date(2025, 12, 24)),
        ("Publié le 12/03/2021 à 10h30 | Mis à jour le 13/03/2021", dt.date(2021, 3, 12)),
        ("Par Jean Dupont - 12 mars 2024", dt.date(2024, 3, 12)),
        ("Published on March 5, 2020", dt.date(2020, 3, 5)),
        ("Mar 5, 2025 3:21 pm", dt.date(2025, 3, 5)),  # an English byline's date and time
        ("March 5, 2025 at 3:21 p.m. GMT", dt.date(2025, 3, 5)),
        # a byline told with its verb: the day of publication, not an event of the article
        ("Rédigé par Samia Berrada le Lundi 3 Mars 2025", dt.date(2025, 3, 3)),
        ("Written by John Carter on March 5, 2024", dt.date(2024, 3, 5)),
        ("By Jane Okafor Posted on Monday, 3 March 2025 10:40", dt.date(2025, 3, 3)),  # a blog's byline
        # a wire site's timestamp copied without its spaces
        ("January 29, 20253:12 PM GMT+1Updated 2 hours ago", dt.date(2025, 1, 29)),
        # an abbreviated weekday before the date
        ("Tue 24 Feb 2026 09:20", dt.date(2026, 2, 24)), ("Wed, 25 Feb 2026 10:15", dt.date(2026, 2, 25)),
    ],
)
def test_datelines(line, expected):
    assert dateline(line).date == expected


@pytest.mark.parametrize("line", [
    "La 6ème session s'est tenue jeudi 8 février 2018, à Rabat, sous la coprésidence de MM. Elalamy et Qian.",
    "Le Maroc et la Chine, le 3 mars 2021",
    "Une phrase sans date.",
])
def test_prose_is_not_a_dateline(line):
    assert dateline(line) is None


def test_leading_dateline():
    para = "date 2024-12 Une rencontre élargie a été organisée, vendredi à Casablanca."
    found, cut = leading_dateline(para)
    assert found.date == dt.date(2024, 12, 1) and found.precision == "month"
    assert para[cut:].startswith("Une rencontre")
    assert leading_dateline("Une rencontre élargie le 3 mars 2024.") is None


def test_parse_date():
    assert parse_date("2025-12-24T12:00:00Z") == dt.date(2025, 12, 24)
    assert parse_date("2023-05-17") == dt.date(2023, 5, 17)
    assert parse_date("") is None and parse_date(None) is None and parse_date("n/a") is None


def test_grouped_alternations_match_like_the_flat_ones():
    import re

    from econews.tasks import dates

    for flat, grouped in ((dates._MONTHS_FLAT, dates._MONTHS), (dates._WD_FLAT, dates._WD)):
        a = re.compile(rf"(?:{flat})\.?\s*\d*", re.I)
        b = re.compile(rf"(?:{grouped})\.?\s*\d*", re.I)
        words = flat.split("|")
        for text in words + [w.upper() for w in words] + [w[:-1] for w in words] + ["mars.5", "Sept 3", "juin2"]:
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], text


def test_find_dates_returns_a_fresh_list_and_finds_numeric_dates():
    from econews.tasks.dates import find_dates

    text = "Publié le 01 - 11 - 2014, puis le 3/4/2015 et 2016-05-06."
    first = find_dates(text)
    assert [m.date.isoformat() for m in first] == ["2014-11-01", "2015-04-03", "2016-05-06"]
    first.clear()
    assert len(find_dates(text)) == 3
    assert find_dates("le 01 - 11 - 14 et 3 - 2015") == []


@pytest.mark.parametrize("paragraph,expected", [
    ("Tanger, 14 juin 2023 (MAP) – Le groupe a signé", dt.date(2023, 6, 14)),
    ("Casablanca, le 3 mars 2023 - La société", dt.date(2023, 3, 3)),
    ("CASABLANCA, March 5, 2024 (Reuters) - Chinese battery maker", dt.date(2024, 3, 5)),
    ("Rabat, 12/05/2024 (MAP) : Le ministre", dt.date(2024, 5, 12)),
    ("Dakhla, 2 février 2024 (MAP) – Le", dt.date(2024, 2, 2)),
    # a dash for the comma; a press release's service between slashes
    ("Tanger – 5 décembre 2025 : Le port de Tanger Med a traité", dt.date(2025, 12, 5)),
    ("DAKHLA, Morocco, Dec. 2, 2025 /PRNewswire/ -- Crestline Digital announced today", dt.date(2025, 12, 2)),
])
def test_wire_datelines(paragraph, expected):
    found = wire_dateline(paragraph)
    assert found is not None and found[0].date == expected
    assert paragraph.startswith(found[1]) and found[1].rstrip()[-1] in "-–:"


@pytest.mark.parametrize("paragraph", [
    "Le 3 mars 2023, la société a annoncé",  # a date in prose, no place before it
    "RABAT (Reuters) - Morocco said",  # no date
    "Selon le ministre, 8 février 2018 est une date clé",  # no dash after it
    "Casablanca, mars 2023 - Le marché",  # month only: not a day
    "Casablanca - Le groupe OCP a annoncé jeudi",  # a dash, then prose
])
def test_not_wire_datelines(paragraph):
    assert wire_dateline(paragraph) is None


WEDNESDAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize("text,expected", [
    ("Le groupe a signé lundi une convention", dt.date(2024, 3, 4)),
    ("Le ministre a annoncé hier", dt.date(2024, 3, 5)),
    ("The company said on Wednesday", WEDNESDAY),
    ("la réunion de mardi dernier", dt.date(2024, 3, 5)),
    ("la convention signée mercredi dernier", dt.date(2024, 2, 28)),  # in a Wednesday paper: a week back
    ("The deal was signed last Wednesday", dt.date(2024, 2, 28)),
    ("Une visite est prévue lundi prochain", dt.date(2024, 3, 11)),
    ("The minister said yesterday", dt.date(2024, 3, 5)),
    ("Aucun jour ici", None),
    ("Le samedi, les usines ferment", None),  # habitual, not an event
    ("réunion mardi 5 mars 2024", None),  # a full date: find_dates reads it
])
def test_relative_event_dates(text, expected):
    assert relative_event_date(text, WEDNESDAY) == expected


@pytest.mark.parametrize("line,expected", [
    ("Hespress EN | Wednesday 17 January 2024 - 12:30", dt.date(2024, 1, 17)),
    ("Le360 - 12/05/2024 à 10h", dt.date(2024, 5, 12)),
])
def test_a_sources_name_beside_the_date_is_a_dateline(line, expected):
    assert dateline(line).date == expected


def test_a_headline_with_a_date_is_no_dateline():
    assert dateline("Le Maroc et la Chine - 12 mars 2024 - un accord historique signé") is None


def test_a_byline_stops_where_its_dateline_words_begin():
    from econews.tasks.dates import byline_of

    assert byline_of("By Jane Okafor Posted on Monday, 3 March 2025 10:40") == "By Jane Okafor"


@pytest.mark.parametrize("line,expected", [
    ("Par Khadija Benali | Edition N°:7089 Le 30/10/2025", dt.date(2025, 10, 30)),
    ("Edition N° 7021 du 23/05/2025", dt.date(2025, 5, 23)),
    ("Edition N°: 7012 Le 05/03/2025", dt.date(2025, 3, 5)),
])
def test_a_print_editions_number_beside_the_date_is_a_dateline(line, expected):
    from econews.tasks.dates import byline_of

    assert dateline(line).date == expected
    assert byline_of(line) == ("Par Khadija Benali" if line.startswith("Par") else None)
    assert dateline("Le décret n° 2.22.431 du 15 juin 2022 fixe les taux") is None


def test_a_date_line_with_its_time_and_zone_offset():
    from econews.tasks.dates import dateline

    assert dateline("May 28, 2025 at 4:05 PM GMT+1").date == dt.date(2025, 5, 28)
    assert dateline("Le 2 décembre 2025 à 11h40").date == dt.date(2025, 12, 2)


def test_issued_and_put_online_datelines():
    from econews.tasks.dates import dateline

    assert dateline("Issued on: 13/01/2026 - 14:18  Modified: 13/01/2026 - 16:02").date == dt.date(2026, 1, 13)
    assert dateline("Mis en ligne le 12/03/2026 à 10h05").date == dt.date(2026, 3, 12)


def test_a_wire_dateline_with_several_places():
    from econews.tasks.dates import wire_dateline

    found = wire_dateline("NEW DELHI/CASABLANCA, July 14, 2026 (Reuters) - Morocco's OCP has agreed to supply DAP.")
    assert found is not None and found[0].date.isoformat() == "2026-07-14"
    assert found[1] == "NEW DELHI/CASABLANCA, July 14, 2026 (Reuters) -"
