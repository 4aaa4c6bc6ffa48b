"""Gates speed126 put before costly passes: each must keep every name it may need."""

from __future__ import annotations

from cheatdeck.checks.names_spelt import spelt_one_way_or_two

from conftest import check_facts_padded as check


def test_names_one_name_may_pair_are_kept():
    # one plain spelling shared ("óðinn" / "odinn"), or one letter more ("heimdallr" /
    # "heimdall", "huginn" / "hugin"); a name alone ("thor") is read no further
    names = {"óðinn", "odinn", "heimdallr", "heimdall", "huginn", "hugin", "thor", "loki"}
    assert spelt_one_way_or_two(names) == names - {"thor", "loki"}
    assert spelt_one_way_or_two({"thor", "loki", "freyja"}) == set()
    assert spelt_one_way_or_two({"ørsted", "orsted"}) == {"ørsted", "orsted"}


def test_a_name_spelt_plainly_answers_as_the_name_among_other_names(tmp_path):
    # "Óðinn" / "Odinn" among names spelt one way only: still one name
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Chief of the Aesir in Norse myth, answer: Óðinn}
        - {id: b, kind: qa, question: Who leads the Aesir?, answer: Odinn}
        - {id: c, kind: qa, question: Who is the wife of Thor?, answer: Sif}
        """,
    )
    assert any("as b " in line or "as a " in line for line in found), found
