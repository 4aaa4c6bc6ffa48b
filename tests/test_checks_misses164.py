"""A loose synonym's word in a small deck that never writes it (misses164): "launched"
is read as "start", and a deck that never writes "start" in lower case took it for a
name, so two questions of one fact stayed apart."""

from __future__ import annotations

from conftest import check_facts

WALKMAN = """
- {id: launch, kind: limit, subject: Year the Sony Walkman was launched, value: "1979"}
- {id: came, kind: qa, question: When did the Sony Walkman come out?, answer: in 1979}
- {id: tape, kind: qa, question: Which tape did the first Walkman play?, answer: a cassette}
"""


def test_a_loose_synonym_written_in_small_letters_is_no_name(tmp_path):
    found = check_facts(tmp_path, WALKMAN)
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "nearly the same fact as came" in found[0], found


def test_a_form_that_only_shares_a_stem_is_not_the_synonym(tmp_path):
    """ "completed" shares a stem with "completely" ("fully"'s synonym) but is no "fully":
    "When was the dam completed?" / "When was the dam built?" are read as "... finished?"
    / "... built?" are (two verbs of one date: a warning), not as a word the deck never
    writes in lower case, which kept them apart as names until loose173."""

    def found(verb: str) -> list[str]:
        cards = f"""
        - {{id: done, kind: qa, question: When was the Kariba Dam {verb}?, answer: '1959'}}
        - {{id: built, kind: qa, question: When was the Kariba Dam built?, answer: 1955–1959}}
        """
        folder = tmp_path / verb
        folder.mkdir()
        return [line.split(" at ", 1)[0] for line in check_facts(folder, cards)]

    completed, finished = found("completed"), found("finished")
    assert completed == finished != [], (completed, finished)
