"""Rules added for misses of set 57 (misses112): one name spelt two ways."""

from __future__ import annotations

from cheatdeck.checks.names_spelt import one_name_spelt

from conftest import check_facts_padded as check


def test_a_name_with_its_old_nominative_ending_answers_as_the_name(tmp_path):
    # "Heimdall" / "Heimdallr": one name, the Old Norse ending left off; a name with
    # another letter at its end ("India" / "Indian") is no respelling of it
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Watchman of the gods who guards Bifröst,
           answer: Heimdall}
        - {id: b, kind: qa, question: Who guards the rainbow bridge?, answer: Heimdallr}
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact" in found[0] and "as b " in found[0], found


def test_names_spelt_two_ways():
    assert one_name_spelt("óðinn", "odinn")
    assert one_name_spelt("heimdallr", "heimdall")
    assert one_name_spelt("ørsted", "orsted")
    assert one_name_spelt("huginn", "hugin")
    assert not one_name_spelt("mütter", "mutter")  # marks alone: German nouns
    assert not one_name_spelt("juliana", "julian")  # an ending vowel: another name
    assert not one_name_spelt("louise", "louis")
    assert not one_name_spelt("american", "america")  # a demonym
    assert not one_name_spelt("odinn", "odin")  # too short to tell
    assert not one_name_spelt("marion", "mario")
