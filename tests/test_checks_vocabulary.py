"""The fact checks on a language vocabulary deck, the most common shape of an Anki
corpus: terms and their translations, questions about words, conjugation tables. Each
test is a few cards of a French-English deck a learner could write; each failed before
its fix."""

from __future__ import annotations

from conftest import check_cards as check


def terms(*pairs: tuple[str, str], allow: dict[int, int] | None = None) -> str:
    allow = allow or {}
    return "\n".join(
        f"- {{id: t{n}, kind: concept, term: {term!r}, definition: {definition!r}"
        + (f", allow: [t{allow[n]}]" if n in allow else "")
        + "}"
        for n, (term, definition) in enumerate(pairs)
    )


def test_a_name_and_a_common_word_are_two_terms(tmp_path):
    """ "la Manche" (the English Channel) and "la manche" (sleeve): a capital inside a
    term makes it a name, another word; nothing to report."""
    found = check(
        tmp_path,
        terms(
            ("la manche", "sleeve"),
            ("la Manche", "the English Channel"),
            ("le midi", "noon"),
            ("le Midi", "the South of France"),
        ),
    )
    assert found == [], found


def test_a_term_typed_with_another_case_and_one_answer_is_a_duplicate(tmp_path):
    found = check(
        tmp_path, terms(("la Manche", "the English Channel"), ("la manche", "the English Channel"))
    )
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


def test_a_term_in_title_case_is_the_same_term(tmp_path):
    """ "Security Group" is "Security group" in title case: another short definition is
    still a conflict."""
    found = check(tmp_path, terms(("Security group", "a firewall"), ("Security Group", "a router")))
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found


def test_one_word_with_two_translations_conflicts_and_allow_silences_it(tmp_path):
    """The same word twice with two meanings is a conflict (one of them may be a
    mistake); a learner who keeps both senses on purpose says so with ``allow:``."""
    pairs = (("le temps", "time"), ("le temps", "weather"), ("Le temps", "season"))
    found = check(tmp_path, terms(*pairs[:2]))
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found
    found = check(tmp_path / "first-word", terms(pairs[0], pairs[2]))
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found
    assert check(tmp_path / "allowed", terms(*pairs[:2], allow={1: 0})) == []


def questions(*pairs: tuple[str, str]) -> str:
    return "\n".join(
        f"- {{id: q{n}, kind: qa, question: {question!r}, answer: {answer!r}}}"
        for n, (question, answer) in enumerate(pairs)
    )


def test_words_in_single_quotes_are_two_things(tmp_path):
    """Learners quote the word asked about with single quotes: 'aller' and 'venir' in one
    template are two questions, even with one answer (both take être)."""
    found = check(
        tmp_path,
        questions(
            ("Which auxiliary does 'aller' take in the passé composé?", "être"),
            ("Which auxiliary does 'venir' take in the passé composé?", "être"),
            ("Which auxiliary does ‘se lever’ take in the passé composé?", "être"),
        ),
    )
    assert found == [], found


def test_the_same_word_in_other_quotes_is_still_one_question(tmp_path):
    """An apostrophe quotes nothing ("What's", "l'eau"); 'partir' and «partir» are one
    word asked twice."""
    found = check(
        tmp_path,
        questions(
            ("What does 'partir' mean?", "to leave, to go away"),
            ("What does «partir» mean?", "to leave, to go away"),
            ("What's the gender of l'eau?", "feminine"),
            ("What's the gender of l'eau ?", "masculine"),
        ),
    )
    assert len(found) == 2, found
    assert found[0].startswith("error duplicate-fact"), found
    assert found[1].startswith("error conflicting-fact"), found


def test_a_word_and_a_word_built_on_it_are_two_words(tmp_path):
    """A compound or a reflexive verb is another word than the word it holds: "la
    pomme" (apple) / "la pomme de terre" (potato), "laver" (to wash) / "se laver" (to
    wash (oneself)), "hier" / "avant-hier". Nothing to report."""
    found = check(
        tmp_path,
        terms(
            ("la pomme", "apple"),
            ("la pomme de terre", "potato"),
            ("le citron", "lemon"),
            ("le citron vert", "lime"),
            ("laver", "to wash"),
            ("se laver", "to wash (oneself)"),
            ("hier", "yesterday"),
            ("avant-hier", "the day before yesterday"),
            ("la mère", "mother"),
            ("la belle-mère", "mother-in-law; stepmother"),
        ),
    )
    assert found == [], found


def test_a_term_with_a_word_its_definition_says_is_still_one_term(tmp_path):
    """ "Lens aperture" adds "lens", which its definition says: perhaps one concept
    named twice (a warning), as before."""
    found = check(
        tmp_path,
        terms(
            ("Aperture", "the opening of a lens"),
            ("Lens aperture", "the adjustable opening of a lens"),
        ),
    )
    assert len(found) == 1 and found[0].startswith("warning similar-fact"), found


def test_a_lone_to_in_a_translation_says_nothing(tmp_path):
    """A verb's translation begins with "to": in "to happen" ("happen" is a stop word)
    the "to" is left alone, and is no word that "to start to" shares (two verbs, nothing
    to report); "to write" is still "write"."""
    assert check(tmp_path, terms(("se passer", "to happen"), ("se mettre à", "to start to"))) == []
    found = check(tmp_path / "same", terms(("écrire", "to write"), ("écrire", "write")))
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found
