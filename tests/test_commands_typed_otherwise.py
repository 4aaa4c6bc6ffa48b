"""One command typed two ways at once (issue 18, the misses of command cards in the
pair sets), tried on cards of other subjects than the sets': a leading sudo and a long
option for a short one together (``sudo zypper --non-interactive refresh`` / ``zypper -n
refresh``, ``command_forms.typed_one_way``), a program's other documented name
(``apt-get install`` / ``apt install``, ``command_forms.program_aliased``), a question
answered with the command typed otherwise (its words need not be one token with the
command's: ``similar._typed_alike``) and a capital short option whose letter is a
letter of the long one's name though no initial (``hugo server -D`` / ``hugo server --buildDrafts``,
``facts._option_spelt_out_otherwise``)."""

from __future__ import annotations

from cheatdeck.checks.command_forms import program_aliased, typed_one_way

from conftest import card_pair, check_facts, made_up_word
from conftest import check_facts_padded as check


def _one_warning(found: list[str]) -> str:
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0], found
    return found[0]


# ------------------------------------------------------- two ways of typing at once


def test_sudo_and_a_long_option_together_are_one_command(tmp_path):
    cards = card_pair(
        "Refresh the openSUSE repositories without prompts",
        "Update the repository metadata unattended",
        ("sudo zypper --non-interactive refresh", "zypper -n refresh"),
        kind="command",
    )
    line = _one_warning(check(tmp_path, cards))
    assert "typed otherwise in two ways at once" in line, line
    assert "allow: [b]" in line, line


def test_an_option_value_after_equals_and_a_bundle_dashed_together(tmp_path):
    cards = card_pair(
        "Unpack the firmware bundle into /srv/fw",
        "Extract fw.tgz to the /srv/fw folder",
        ("tar -xzf fw.tgz --directory=/srv/fw", "tar xzf fw.tgz --directory /srv/fw"),
        kind="command",
    )
    _one_warning(check(tmp_path, cards))


def test_two_commands_with_another_option_stay_apart(tmp_path):
    cards = card_pair(
        "Refresh the openSUSE repositories",
        "Remove the cached repository metadata",
        ("sudo zypper refresh", "zypper clean"),
        kind="command",
    )
    assert check(tmp_path, cards) == []


def test_typed_one_way():
    assert typed_one_way("sudo apt-get purge <pkg>") == "apt purge pkg"
    assert typed_one_way("tar -xzf a.tgz --directory=/opt") == "tar xzf a.tgz --directory /opt"
    assert typed_one_way("python3 ./manage.py migrate") == "manage.py migrate"
    assert typed_one_way("zypper -n refresh") == "zypper -n refresh"


# ------------------------------------------------- a program's other documented name


def test_apt_get_and_apt_are_one_command(tmp_path):
    cards = card_pair(
        "Install the GPIO Zero library on Raspberry Pi OS",
        "Add gpiozero for Python 3 to the Pi",
        ("apt-get install python3-gpiozero", "apt install python3-gpiozero"),
        kind="command",
    )
    _one_warning(check(tmp_path, cards))


def test_program_aliased():
    assert program_aliased("apt-get -y install x") == "apt -y install x"
    assert program_aliased("apt-get upgrade") == "apt-get upgrade"  # apt's upgrade differs
    assert program_aliased("apt-cache search gpio") == "apt search gpio"
    assert program_aliased("convert a.png a.jpg") == "magick a.png a.jpg"
    assert program_aliased("magick convert a.png a.jpg") == "magick a.png a.jpg"
    assert program_aliased("magick identify a.png") == "identify a.png"
    assert program_aliased("npm rm left-pad") == "npm uninstall left-pad"
    assert program_aliased("helm delete web") == "helm uninstall web"
    assert program_aliased("npm run build") == "npm run build"


# ------------------------------------ a question answered with the command typed otherwise


def test_a_question_answered_with_the_command_by_its_other_name(tmp_path):
    # among 300 cards, where only pairs that share a word are judged: the question's
    # words and the command's share none but the command typed otherwise
    cards = [
        '- {id: a, kind: command, task: "Add the pin control package to Raspberry Pi OS",'
        ' command: "apt install python3-gpiozero"}',
        '- {id: b, kind: qa, question: "Which command sets up the GPIO Zero library?",'
        ' answer: "sudo apt-get install python3-gpiozero"}',
    ]
    cards += [
        f"- {{id: f{k}, kind: concept, term: {made_up_word(k)}, "
        f"definition: {made_up_word(k + 4000)}}}"
        for k in range(300)
    ]
    _one_warning(check_facts(tmp_path, "\n".join(cards)))


# --------------------------------------- a short option, a letter of the long one's name


def test_a_short_option_lettered_in_the_long_name_is_one_command(tmp_path):
    cards = card_pair(
        "Serve the Hugo site with draft pages",
        "Preview unpublished pages locally",
        ("hugo server -D", "hugo server --buildDrafts"),
        kind="command",
    )
    line = _one_warning(check(tmp_path, cards))
    assert "a long one holding its letter (tar -C / tar --directory)" in line, line


def test_a_small_letter_in_the_long_name_stays_apart(tmp_path):
    # "e" is a letter of "verbose", but a small letter ties far less than a capital
    cards = card_pair(
        "Serve the Hugo site for the production environment",
        "Serve the site and log every step",
        ("hugo server -e", "hugo server --verbose"),
        kind="command",
    )
    assert check(tmp_path, cards) == []


def test_a_short_option_not_in_the_long_name_stays_apart(tmp_path):
    cards = card_pair(
        "Serve the Hugo site with draft pages",
        "Serve the site and rebuild it on every change",
        ("hugo server -D", "hugo server --watch"),
        kind="command",
    )
    assert check(tmp_path, cards) == []
