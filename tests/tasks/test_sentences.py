"""The project's one sentence splitter (econews.tasks.sentences), used by metrics and relations."""

from econews.tasks.sentences import sentence_of, sentence_spans


def _cut(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_abbreviations_and_initials_stay_inside_a_sentence():
    text = "M. Elalamy a reçu MM. Qian et Co. Limited. Puis il est parti.\nTitre\nFin."
    assert _cut(text) == ["M. Elalamy a reçu MM. Qian et Co. Limited.", "Puis il est parti.", "Titre", "Fin."]
    assert _cut("Selon J. Smith, le projet avance. Il emploiera 300 personnes.") == [
        "Selon J. Smith, le projet avance.", "Il emploiera 300 personnes."
    ]


def test_a_stop_before_lower_case_ends_nothing():
    text = "Le consortium emmené par Sunwell Energy Co. la construction de la centrale. La mise en service est prévue."
    assert _cut(text) == [
        "Le consortium emmené par Sunwell Energy Co. la construction de la centrale.", "La mise en service est prévue."
    ]


def test_quotes_brackets_digits_and_etc():
    text = "Il l'a dit. «Le Maroc est une base», souligne-t-il. 35% des ventes vont à l'Espagne, la France, etc. Le reste (10%) part ailleurs."
    assert _cut(text) == [
        "Il l'a dit.", "«Le Maroc est une base», souligne-t-il.",
        "35% des ventes vont à l'Espagne, la France, etc.", "Le reste (10%) part ailleurs.",
    ]
    assert _cut("Il a signé (voir plus bas). Ensuite « Nous » avons dit.") == ["Il a signé (voir plus bas).", "Ensuite « Nous » avons dit."]


def test_line_breaks_always_end_a_sentence_and_blanks_are_stripped():
    text = "  Titre sans point\n\nCasablanca, 5 mars 2024 - Le groupe a signé.  \nFin"
    assert _cut(text) == ["Titre sans point", "Casablanca, 5 mars 2024 - Le groupe a signé.", "Fin"]
    assert sentence_spans("") == [] and sentence_spans(" \n ") == []


def test_numbers_with_points_are_not_stops():
    assert _cut("Il emploie 1.350 personnes et 2.5 millions. Fin.") == ["Il emploie 1.350 personnes et 2.5 millions.", "Fin."]


def test_the_whole_word_before_a_full_stop_is_read():
    long_word = "x" * 120
    text = f"Un {long_word}. Deux {'a' * 100}b. Trois. Quatre {'é' * 90} M. Cinq."
    assert _cut(text) == [f"Un {long_word}.", f"Deux {'a' * 100}b.", "Trois.", f"Quatre {'é' * 90} M. Cinq."]


def test_sentence_of_a_position():
    spans = sentence_spans("Un.  Deux.\n\nTrois.")
    assert spans == [(0, 3), (5, 10), (12, 18)]
    # inside a sentence; between two (the next one); after the last (the last); no sentence
    assert [sentence_of(spans, p) for p in (0, 2, 3, 4, 5, 10, 11, 12, 17, 18, 40)] == [0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2]
    assert sentence_of([], 3) == -1


def test_metrics_and_relations_use_this_splitter():
    from econews.tasks import relations
    from econews.tasks.metrics import sentences as metrics_sentences

    assert metrics_sentences._sentences is sentence_spans
    assert relations.sentences is sentence_spans


def test_an_abbreviated_month_before_its_year_ends_no_sentence():
    text = "Kénitra, 14 oct. 2025 (MAP) - Le groupe a inauguré son usine. Elle emploie 300 personnes. Le Maroc exporte en sept. Le reste suit."
    assert _cut(text) == [
        "Kénitra, 14 oct. 2025 (MAP) - Le groupe a inauguré son usine.", "Elle emploie 300 personnes.",
        "Le Maroc exporte en sept.", "Le reste suit.",
    ]


def test_dotted_initials_before_a_figure_end_no_sentence():
    text = "The EU took 68%, and the U.K. 21%, the ministry said. Sales in the U.S. Rose again."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The EU took 68%, and the U.K. 21%, the ministry said.", "Sales in the U.S.", "Rose again."]
    assert _cut("Imports rose in the U.S. $5 billion went to the U.K.  ") == [
        "Imports rose in the U.S. $5 billion went to the U.K."]
