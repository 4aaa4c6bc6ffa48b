"""Rules added with held-out set 56 (checks92), each written here with small corpora of
domains of their own (Japanese literature and Buddhism, Chinese and Spanish words,
cheese moulds, pandoc)."""

from __future__ import annotations

from conftest import check_facts_padded as check


def test_a_prompt_typed_without_its_macrons_asks_the_same(tmp_path):
    # "Jōdo-shū" and "Jodo-shu" are one school: romanized Japanese is often typed plain;
    # "Jodo Shinshu" stays another school, the name read as typed plain too
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who founded Jodo-shu?, answer: Honen}
        - {id: b, kind: qa, question: Jōdo-shū founder, answer: Honen}
        - {id: c, kind: qa, question: Who founded Jodo Shinshu?, answer: Shinran}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "as b " in found[0], found


def test_an_answer_typed_without_its_macrons_is_the_same_name(tmp_path):
    # "Natsume Sōseki" and "Soseki Natsume": one writer, the name in the other order too
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who wrote the novel Kokoro?, answer: Natsume Sōseki}
        - {id: b, kind: qa, question: Author of Kokoro (1914), answer: Soseki Natsume}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "as b " in found[0], found


def test_other_marks_and_short_syllables_still_tell_words_apart(tmp_path):
    # an accent ("año" / "ano") and a tone on a short syllable ("mā" / "ma") make words
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does the Spanish word año mean?, answer: year}
        - {id: b, kind: qa, question: What does the Spanish word ano mean?, answer: anus}
        - {id: c, kind: qa, question: What does the Mandarin syllable mā mean?, answer: mother}
        - {id: d, kind: qa, question: What does the Mandarin syllable ma mean?, answer: particle}
        """,
    )
    assert found == [], found


def test_an_answer_naming_a_species_by_its_genus_initial_is_the_species(tmp_path):
    # "P. camemberti" is "Penicillium camemberti", as a prompt's "E. coli" already was
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Mold used to ripen Camembert, answer: Penicillium camemberti}
        - {id: b, kind: qa, question: Which mould grows the bloomy rind of Camembert cheese?,
           answer: White mold (P. camemberti)}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "as b " in found[0], found


def test_a_command_with_its_options_reordered_and_shortened_is_one_command(tmp_path):
    # "-s" / "--standalone", "-o" / "--output", and the options in another order: one
    # command for one task worded twice; an option's other value makes another command
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Convert notes.md to a standalone HTML page with a table
           of contents, command: pandoc --standalone --toc -o notes.html notes.md}
        - {id: b, kind: command, task: "pandoc: standalone notes.html with a TOC from notes.md",
           command: pandoc --toc -s --output notes.html notes.md}
        - {id: c, kind: command, task: Convert notes.rst to a standalone HTML page with a table
           of contents, command: pandoc --standalone --toc -o notes.html notes.rst}
        - {id: d, kind: command, task: "pandoc: standalone notes.pdf with a TOC from notes.rst",
           command: pandoc --toc -s --output notes.pdf notes.rst}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "as b " in found[0], found
