"""A sysadmin's networking corpus, written by a stranger: ports, addresses and masks.

Port numbers and addresses are identifiers: LDAP and LDAPS, IMAP and IMAPS are two
protocols with two ports, and an IPv6 address such as ``::1`` written in a flow list
needs quotes that the error must show."""

from __future__ import annotations

from test_checks_unseen import check, check_topic


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


PORTS = """
- id: ldap
  kind: qa
  question: Which port does LDAP use?
  answer: "389"
- id: ldaps
  kind: qa
  question: Which port does LDAPS use?
  answer: "636"
- id: imap
  kind: qa
  question: Which port does IMAP use?
  answer: "143"
- id: imaps
  kind: qa
  question: Which port does IMAPS use?
  answer: "993"
- id: amqp
  kind: limit
  subject: AMQP port
  value: 5672
  unit: TCP port
- id: amqps
  kind: limit
  subject: AMQPS port
  value: 5671
  unit: TCP port
- id: sip
  kind: qa
  question: Default SIP port?
  answer: "5060"
- id: sips
  kind: qa
  question: Default SIPS port?
  answer: "5061"
"""


def test_a_protocol_and_its_secure_form_named_with_an_s_are_two_subjects(tmp_path):
    # "LDAPS" is no plural of "LDAP": two protocols, two ports, no conflict
    assert check(tmp_path, {"Net": PORTS}) == []


def test_the_secure_form_written_twice_with_two_ports_still_conflicts(tmp_path):
    twice = PORTS + '- id: ldaps-again\n  kind: qa\n  question: LDAPS port?\n  answer: "637"\n'
    found = check(tmp_path, {"Net": twice})
    assert len(found) == 1 and "error conflicting-fact" in found[0], found
    assert "ldaps-again" in found[0] and "'636'" in found[0], found


ADDRESSES = """
- id: doc-prefix
  kind: qa
  question: IPv6 documentation prefix?
  answer: 2001:db8::/32
- id: doc-prefix-again
  kind: qa
  question: IPv6 documentation prefix?
  answer: 2001:db8::/48
- id: google-dns
  kind: qa
  question: Google Public DNS IPv6 address?
  answer: 2001:4860:4860::8888
- id: google-dns-again
  kind: qa
  question: Google Public DNS IPv6 address?
  answer: 2001:4860:4860::8844
"""


def test_two_ipv6_addresses_with_one_first_group_are_two_values(tmp_path):
    # the first group of an address is no amount: '2001:db8::/32' is not '2001:db8::/48'
    found = check(tmp_path, {"Net": ADDRESSES})
    assert len(found) == 2, found
    assert all("error conflicting-fact" in line for line in found), found
    assert "'2001:db8::/32' here, '2001:db8::/48' there" in found[0], found
    assert "'2001:4860:4860::8888' here, '2001:4860:4860::8844' there" in found[1], found


HOSTS = """
- id: hostname-address
  kind: qa
  question: Which address does Debian give the hostname in /etc/hosts?
  answer: 127.0.1.1
- id: hostname-address-again
  kind: qa
  question: Which address does Debian give the hostname in /etc/hosts?
  answer: 127.0.0.1
"""


def test_two_ipv4_addresses_of_the_same_numbers_repeated_otherwise_differ(tmp_path):
    # 127.0.1.1 and 127.0.0.1 hold the numbers 127, 0 and 1 both: not one answer
    found = check(tmp_path, {"Net": HOSTS})
    assert len(found) == 1, found
    assert "error conflicting-fact" in found[0], found
    assert "'127.0.1.1' here, '127.0.0.1' there" in found[0], found


PUBLISHED = """
- id: publish
  kind: qa
  question: Publish flag for the web container?
  answer: -p 3000:3000
- id: publish-again
  kind: qa
  question: Publish flag for the web container?
  answer: -p 8080:8080
- id: mapping
  kind: limit
  subject: Grafana port mapping
  value: 3000:3000
  unit: host:container
- id: mapping-again
  kind: limit
  subject: Grafana port mapping
  value: 2222:22
  unit: host:container
- id: mapping-third
  kind: limit
  subject: Grafana port mapping
  value: 1111:11
  unit: host:container
"""


def test_a_host_and_container_port_pair_is_no_ratio(tmp_path):
    # 3000:3000 and 8080:8080 are two ports, not the ratio 1 twice; 2222:22 is no 101:1
    found = check(tmp_path, {"Net": PUBLISHED})
    assert len(found) == 2, found
    assert "error conflicting-fact" in found[0], found
    assert "'-p 3000:3000' here, '-p 8080:8080' there" in found[0], found
    assert "warning similar-fact: possibly conflicting" in found[1], found
    assert "'3000:3000 host:container' here" in found[1], found
    assert "2222:22" in found[1] and "1111:11" in found[1], found


def test_a_ratio_stays_a_ratio(tmp_path):
    ratios = """
    - id: contrast
      kind: limit
      subject: Contrast ratio of the panel
      value: 1000:1
    - id: contrast-again
      kind: limit
      subject: Contrast ratio of the panel
      value: 2000:2
    """
    found = check(tmp_path, {"Screens": ratios})
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


def test_a_text_field_written_in_brackets_gets_the_whole_value_quoted(tmp_path):
    # 'answer' is text: quoting the item inside the brackets would make it a list
    topic = (
        "deck: Net\ntitle: Net\ncards:\n"
        "  - id: loopback\n    kind: qa\n    question: IPv6 loopback, as a URL host?\n"
        "    answer: [::1]\n"
    )
    found = check_topic(tmp_path, topic)
    assert len(found) == 1, found
    assert found[0].startswith("chords.yaml:7:13: yaml-syntax: "), found
    assert found[0].endswith('quote the value: answer: "[::1]"'), found


SERVICES = """
- id: services
  kind: table
  title: Common services
  row_header: Service
  columns: [Port, Protocol]
  rows:
    SNMP: [161, UDP]
    Kerberos: [88, TCP/UDP]
- id: snmp-port
  kind: limit
  subject: SNMP port
  value: 162
  unit: UDP port
- id: kerberos-port
  kind: qa
  question: Kerberos port?
  answer: "89"
"""


def test_a_cell_whose_column_is_the_decks_word_meets_a_subject_naming_both(tmp_path):
    # in a deck named "Ports", "SNMP port" names the row SNMP and the column Port
    found = check(tmp_path, {"Ports": SERVICES})
    assert len(found) == 2, found
    assert all("error conflicting-fact" in line for line in found), found
    assert "'161' here, '162 UDP port' there" in found[0], found
    assert "'88' here, '89' there" in found[1], found


REORDERED = """
- id: listening
  kind: command
  task: List listening TCP and UDP sockets with their processes
  command: ss -tulpn
- id: listening-again
  kind: command
  task: Which programs listen on which ports
  command: ss -lntup
- id: short-answer
  kind: command
  task: Resolve a name, printing only the answer
  command: dig +short example.com
- id: short-answer-again
  kind: command
  task: Terse DNS lookup
  command: dig example.com +short
- id: syn-scan
  kind: command
  task: SYN scan a host (needs root)
  command: nmap -sS 192.0.2.10
- id: connect-scan
  kind: command
  task: TCP connect scan a host (no root needed)
  command: nmap -sT 192.0.2.10
"""


def test_bundled_flags_or_dig_options_in_another_order_are_one_command(tmp_path):
    # -tulpn / -lntup are one set of flags, +short before or after the name one query;
    # -sS and -sT stay two scans
    found = check(tmp_path, {"Net": REORDERED})
    assert len(found) == 2, found
    assert all("warning similar-fact: the same command as" in line for line in found), found
    assert "listening-again" in found[0] and "short-answer-again" in found[1], found


ADDRESSES_TWICE = """
- id: loopback
  kind: qa
  question: IPv6 loopback address?
  answer: "::1"
- id: loopback-long
  kind: qa
  question: IPv6 loopback address?
  answer: 0:0:0:0:0:0:0:1
- id: resolver
  kind: qa
  question: Cloudflare's primary DNS resolver?
  answer: 1.1.1.1
- id: resolver-again
  kind: qa
  question: Cloudflare's primary DNS resolver?
  answer: 1.0.0.1
- id: class-a
  kind: qa
  question: Private range of class A?
  answer: 10.0.0.0/8
- id: class-a-again
  kind: qa
  question: Private range of class A?
  answer: 10.0.0.0/16
"""


def test_addresses_are_compared_as_addresses(tmp_path):
    # ::1 written in full is ::1; 1.1.1.1 and 1.0.0.1 are two resolvers, /8 and /16 two
    # networks: as sure as two ports
    found = check(tmp_path, {"Net": ADDRESSES_TWICE})
    assert len(found) == 3, found
    assert "error duplicate-fact" in found[0], found
    assert "'::1' = '0:0:0:0:0:0:0:1'" in found[0], found
    assert "error conflicting-fact" in found[1] and "'1.1.1.1' here, '1.0.0.1'" in found[1]
    assert "error conflicting-fact" in found[2] and "'10.0.0.0/8' here" in found[2], found


def test_a_port_number_that_looks_like_a_year_is_told_it_may_be_quoted(tmp_path):
    # MSSQL's 1433, MQTT's 1883, NFS's 2049 look like years: quoting is also the fix for
    # a number that counts nothing
    found = check(
        tmp_path, {"Ports": "- {id: mssql, kind: limit, subject: MSSQL port, value: 1433}"}
    )
    assert len(found) == 1 and "error missing-unit" in found[0], found
    assert found[0].endswith(
        "else add 'unit: …' with what it counts (seconds, MB, requests, °C, …), or quote it "
        'if it counts nothing (a port, a score): value: "1433"'
    ), found


def test_an_ipv6_address_in_a_cloze_deletion_is_not_cut_at_its_double_colon(tmp_path):
    # Anki would hide 'fe80' with the hint '/10': the sheet showed "fe80" for fe80::/10
    cards = """
    - id: link-local
      kind: cloze
      text: The IPv6 link-local prefix is {{c1::fe80::/10}}.
    - id: loopback
      kind: cloze
      text: The IPv6 loopback address is {{c1::::1}}.
    - id: hinted
      kind: cloze
      text: "{{c1::Paris::capital}} is the capital of France."
    """
    found = check(tmp_path, {"Net": cards})
    assert len(found) == 2, found
    assert all("error bad-cloze" in line for line in found), found
    assert "reads as the answer 'fe80' with the hint '/10'" in found[0], found
    assert found[0].endswith("{{c1::`fe80::/10`}}"), found
    assert found[1].endswith("{{c1::`::1`}}"), found


def test_a_path_of_hex_letters_is_no_ipv6_address():
    from cheatdeck.checks.similar import _address

    # "dead::beef" or "a::b" (a C++ or Rust path) parse as IPv6, yet name no address
    assert _address("dead::beef") is None and _address("a::b") is None
    assert str(_address("fe80::1")) == "fe80::1" and str(_address("::1")) == "::1"


def test_a_list_item_indented_past_the_one_above_is_not_joined_to_it_silently(tmp_path):
    # YAML reads "       - Data link" as more of "Physical": one item "Physical - Data link"
    topic = (
        "deck: Net\ntitle: Net\ncards:\n"
        "  - id: osi\n    kind: list\n    title: OSI layers\n    items:\n"
        "      - Physical\n"
        "       - Data link\n"
        "      - Network\n"
    )
    found = check_topic(tmp_path, topic)
    assert len(found) == 1, found
    assert found[0].startswith("chords.yaml:9:8: yaml-syntax: "), found
    assert "'Physical - Data link'" in found[0], found
    assert found[0].endswith("put its '-' under the one above (6 spaces)"), found


def test_a_list_item_indented_short_of_the_one_above_gets_the_fix(tmp_path):
    # was PyYAML's own "did not find expected key (while parsing a block mapping)"
    topic = (
        "deck: Net\ntitle: Net\ncards:\n"
        "  - id: osi\n    kind: list\n    title: OSI layers\n    items:\n"
        "      - Physical\n"
        "     - Data link\n"
    )
    found = check_topic(tmp_path, topic)
    assert found == [
        "chords.yaml:9:6: yaml-syntax: '- ' at 5 spaces, but the list item above starts at"
        " 6 spaces: put this '-' under the one above (6 spaces)"
    ], found


MACS = """
- id: router-mac
  kind: qa
  question: MAC address of the lab router?
  answer: 00:1a:2b:3c:4d:5e
- id: router-mac-capitals
  kind: qa
  question: MAC address of the lab router?
  answer: 00-1A-2B-3C-4D-5E
- id: router-mac-again
  kind: qa
  question: MAC address of the lab router?
  answer: 00:1a:2b:3c:4d:5f
"""


def test_mac_addresses_are_compared_as_addresses(tmp_path):
    # written with capitals and dashes it is one address; one digit off, another
    found = check(tmp_path, {"Net": MACS})
    assert len(found) == 2, found
    duplicate = [line for line in found if "error duplicate-fact" in line]
    conflict = [line for line in found if "error conflicting-fact" in line]
    assert len(duplicate) == 1 and "'00:1a:2b:3c:4d:5e' = '00-1A-2B-3C-4D-5E'" in duplicate[0]
    assert len(conflict) == 1 and "'00:1a:2b:3c:4d:5f' there" in conflict[0], found
