"""The fact checks on pairs from the sixteenth held-out set
(tests/data/fact_pairs_unseen16.txt, written without reading the checks) and the general
rules drawn from it. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_a_setting_named_without_its_dotted_namespace_is_the_same_setting(tmp_path):
    """Set 16: "vm.swappiness default" 60 and "Default swappiness" 30, or
    "net.ipv4.tcp_fin_timeout default" 60 seconds and "Default tcp_fin_timeout" 2
    minutes, were found by nothing: the namespace's words ("vm", "net ipv4") kept the
    keys apart. A subject naming a dotted setting in small letters is also keyed by the
    setting's own name; only when one dotted setting of the scope has that name (a bare
    "rp_filter" may be "net.ipv4.conf.all.rp_filter" or "...conf.lo.rp_filter"), and
    a file's name ("sysctl.conf") is no setting."""
    found = check_deck(
        tmp_path,
        "Kernel tuning",
        """
        - {id: a, kind: limit, subject: vm.swappiness default, value: "60"}
        - {id: b, kind: limit, subject: Default swappiness, value: "30"}
        - {id: c, kind: limit, subject: net.ipv4.tcp_fin_timeout default, value: 60 seconds}
        - {id: d, kind: limit, subject: Default tcp_fin_timeout, value: 1 minute}
        - {id: e, kind: limit, subject: net.ipv4.conf.all.rp_filter value, value: "1"}
        - {id: f, kind: limit, subject: net.ipv4.conf.lo.rp_filter value, value: "2"}
        - {id: g, kind: limit, subject: rp_filter value, value: "0"}
        - {id: h, kind: limit, subject: Lines in a default sysctl.conf, value: "70"}
        - {id: i, kind: limit, subject: Lines in a default conf, value: "9"}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 2, found
    assert "error conflicting-fact: " in errors[0] and "'60' here, '30' there" in errors[0]
    assert "error duplicate-fact: same fact as d " in errors[1], found
    assert not any(" g " in line or "'0'" in line or " i " in line for line in found), found


def test_once_twice_and_thrice_are_counts_of_times(tmp_path):
    """Set 16: "How many times do you yarn over ...?" answered "Twice" and "2 times"
    was found by nothing: "Twice" read as no value. A whole answer "once", "twice" or
    "thrice" is 1, 2 or 3 times; another count conflicts, and "once" inside a sentence
    stays a word."""
    found = check_deck(
        tmp_path,
        "Crochet",
        """
        - {id: a, kind: qa, question: How many yarn overs start a treble crochet?, answer: Twice}
        - {id: b, kind: qa, question: How many yarn overs start a treble crochet?, answer: 2 times}
        - {id: c, kind: qa, question: How often is the swatch washed?, answer: Once.}
        - {id: d, kind: qa, question: How often is the swatch washed?, answer: three times}
        """,
    )
    assert len(found) == 2, found
    assert found[0].startswith("error duplicate-fact: same fact as b "), found
    assert "'Twice' = '2 times'" in found[0], found
    assert found[1].startswith("error conflicting-fact: conflicts with d "), found


def test_a_setting_named_in_brackets_after_its_description_is_that_setting(tmp_path):
    """Set 16: "net.ipv4.tcp_fin_timeout default" 60 s and "Default TCP FIN-WAIT-2
    timeout (tcp_fin_timeout)" 1 minute were found by nothing: the description's words
    kept the keys apart. A subject ending in a setting's name in brackets is also keyed
    by that name alone; a name in brackets that is no setting ("(FIN-WAIT-2)") is not."""
    found = check_deck(
        tmp_path,
        "Kernel tuning",
        """
        - {id: a, kind: limit, subject: net.ipv4.tcp_fin_timeout default, value: 60 s}
        - {id: b, kind: limit, subject: Default TCP FIN-WAIT-2 timeout (tcp_fin_timeout),
           value: 1 minute}
        - {id: c, kind: limit, subject: Default SYN queue length (tcp_max_syn_backlog),
           value: "512"}
        - {id: d, kind: limit, subject: tcp_max_syn_backlog default, value: "1024"}
        - {id: e, kind: limit, subject: Default TCP keepalive wait (Linux), value: 2 hours}
        - {id: f, kind: limit, subject: Linux default, value: 7 hours}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 2, found
    assert errors[0].startswith("error duplicate-fact: same fact as b "), found
    assert errors[1].startswith("error conflicting-fact: conflicts with d "), found
    assert not any("'2 hours'" in line for line in found), found


def test_the_word_range_of_a_value_that_is_a_range_says_nothing_more(tmp_path):
    """Set 16: "Worsted-weight yarn hook size range" 5.5 mm to 6.5 mm was keyed apart
    from "Worsted-weight yarn hook size" 5.5–6.5 mm by the word "range", which only
    says that the value is one. It reads as "value" when the value is a range; a single
    value's "range" ("Wi-Fi range" 46 m) still names what it measures."""
    found = check_deck(
        tmp_path,
        "Crochet",
        """
        - {id: a, kind: limit, subject: Worsted-weight yarn hook size range,
           value: 5.5 mm to 6.5 mm}
        - {id: b, kind: limit, subject: Worsted-weight yarn hook size, value: 5.5–6.5 mm}
        - {id: c, kind: limit, subject: Fingering yarn hook size range, value: 2.25–3.25 mm}
        - {id: d, kind: limit, subject: Fingering yarn hook size, value: 2.25–3.5 mm}
        - {id: e, kind: limit, subject: Bluetooth class 2 range, value: 10 m}
        - {id: f, kind: limit, subject: Bluetooth class 2, value: 2.5 mW}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 2, found
    assert errors[0].startswith("error duplicate-fact: same fact as b "), found
    assert errors[1].startswith("error conflicting-fact: conflicts with d "), found


def test_a_short_option_against_its_long_one_is_perhaps_the_same_command(tmp_path):
    """Set 16: "List all kernel parameters" ``sysctl -a`` and "Show every sysctl setting"
    ``sysctl --all`` were found by nothing. Commands alike but for an option written
    short in one and long in the other, its letter an initial of the long one's words,
    are perhaps one command: a warning, as for options in another order. Another word
    besides, or a letter no word of the long option starts with, is another command.
    (b's task is worded otherwise here: "every" is "all" for prompts now, and the set's
    two tasks are one reworded, test_checks_synonyms47.py.)"""
    found = check_deck(
        tmp_path,
        "Shell",
        """
        - {id: a, kind: command, task: List all kernel parameters, command: sysctl -a}
        - {id: b, kind: command, task: Print the sysctl settings, command: sysctl --all}
        - {id: c, kind: command, task: Pods of every namespace, command: kubectl get pods -A}
        - {id: d, kind: command, task: List the pods cluster-wide,
           command: kubectl get pods --all-namespaces}
        - {id: e, kind: command, task: Connect on port 2222, command: ssh -p 2222 web}
        - {id: f, kind: command, task: Connect on port 22, command: ssh --port 22 web}
        - {id: g, kind: command, task: Unpack an archive, command: tar -x a.tar}
        - {id: h, kind: command, task: Extract files from a tarball, command: tar --extract a.tar}
        """,
    )
    assert len(found) == 2, found  # c and d: also alike by their tasks (one line, 2 reasons)
    assert found[0].startswith("warning similar-fact: the same command as b "), found
    assert "a short option where the other has a long one" in found[0], found
    assert found[1].startswith("warning similar-fact: nearly the same fact as d "), found
    assert (
        "'Pods of every namespace' here, 'List the pods cluster-wide' there; the " in (found[1])
    ), found
    assert "same command, one with a short option where the other has a long one" in (found[1]), (
        found
    )
