"""A sysadmin's networking corpus, written by a stranger: ports, addresses and masks.

Port numbers and addresses are identifiers: LDAP and LDAPS, IMAP and IMAPS are two
protocols with two ports, and an IPv6 address such as ``::1`` written in a flow list
needs quotes that the error must show."""

from __future__ import annotations

from test_checks_unseen import check_topic


def test_an_address_starting_with_a_colon_in_brackets_gets_that_item_quoted(tmp_path):
    topic = (
        "deck: Net\ntitle: Net\ncards:\n"
        "  - id: mapping\n    kind: table\n    title: Addresses\n"
        "    columns: [IPv4, IPv6]\n    rows:\n"
        "      loopback: [127.0.0.1, ::1]\n"
    )
    found = check_topic(tmp_path, topic)
    assert len(found) == 1, found
    assert found[0].startswith("chords.yaml:9:17: yaml-syntax: "), found
    assert found[0].endswith('quote such an item: loopback: [127.0.0.1, "::1"]'), found
