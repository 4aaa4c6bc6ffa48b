"""checks121: commands with their options in another order (issue 18) — a bundle of
one-letter flags written apart in the other, a flag that the other command shows to take
no word."""

from __future__ import annotations

from conftest import check_deck_padded


def test_options_reordered_out_of_a_bundle_are_one_command(tmp_path):
    """``rsync -a -e ssh src/ h:/b/`` bundles ``-a -e`` as ``-ae``; ``rsync -e ssh -a
    src/ h:/b/`` writes the same options in another order: one command (a warning).
    A value moved to another option (``-e ssh`` / ``-a ssh``) stays two commands."""
    found = check_deck_padded(
        tmp_path,
        "rsync",
        """
        - {id: a, kind: command, task: Copy a folder to a host over SSH with rsync,
           command: "rsync -a -e ssh src/ user@host:/backup/"}
        - {id: b, kind: command, task: Sync src/ to host:/backup/ through ssh,
           command: "rsync -e ssh -a src/ user@host:/backup/"}
        - {id: c, kind: command, task: Copy a folder with tar,
           command: "tar -c -f out.tar src/"}
        - {id: d, kind: command, task: Pack src/ with tar,
           command: "tar -f src/ -c out.tar"}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert " b " in facts[0] and "another order" in facts[0], facts


def test_a_flag_shown_before_another_option_takes_no_word(tmp_path):
    """``clang -fobjc-arc -framework Foundation main.m`` shows ``-fobjc-arc`` takes no
    word: ``clang -fobjc-arc main.m -framework Foundation`` is the same command with
    ``main.m`` moved (a warning). Without that sight, nothing tells a flag from an
    option that takes the word after it."""
    found = check_deck_padded(
        tmp_path,
        "Objective-C",
        """
        - {id: a, kind: command, task: Compile an Objective-C file with clang using ARC,
           command: clang -fobjc-arc main.m -framework Foundation}
        - {id: b, kind: command, task: Build main.m with automatic reference counting,
           command: clang -fobjc-arc -framework Foundation main.m}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert " b " in facts[0] and "another order" in facts[0], facts


def test_a_question_answered_with_the_option_a_term_defines(tmp_path):
    """A term that is one option ("rsync -z / --compress", a list's "-z STRING") and a
    question answered with that option, naming the term's program and sharing a word
    with its definition: one fact (a warning). A question of another program's option
    ("Which tar option lists files verbosely?" ``-v`` / "grep -v") is not."""
    found = check_deck_padded(
        tmp_path,
        "Tools",
        """
        - {id: a, kind: qa, question: Which option makes rsync compress data in transit?,
           answer: "-z"}
        - {id: b, kind: concept, term: rsync -z / --compress,
           definition: compresses file data during the transfer}
        - {id: c, kind: qa, question: Which tar option lists files verbosely?, answer: "-v"}
        - {id: d, kind: concept, term: grep -v, definition: invert the match}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert " b " in facts[0] or " a " in facts[0], facts
