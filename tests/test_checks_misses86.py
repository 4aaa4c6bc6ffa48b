"""Two commands for one task (issue 18, the command duplicates and conflicts of the
held-out sets), on cards of other tools than the sets'."""

from __future__ import annotations

from conftest import check_facts_padded as check


def test_a_subcommand_word_left_out_is_one_command_written_two_ways(tmp_path):
    # "cargo run --release" runs what "cargo r --release" does, but here the word is left
    # out: "pnpm run lint" / "pnpm lint", one script run two ways
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Lint the sources with the project's script,
           command: pnpm run lint}
        - {id: b, kind: command, task: Check the code style, command: pnpm lint}
        """,
    )
    assert len(found) == 1, found
    assert "one with a subcommand word the other leaves out" in found[0], found
    assert "warning similar-fact" in found[0], found


def test_a_subcommand_word_before_a_letter_option_is_another_command(tmp_path):
    # "git remote -v" lists the remotes, "git -v" prints git's version
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: List the remotes with their URLs, command: git remote -v}
        - {id: b, kind: command, task: Print the installed version of git, command: git -v}
        """,
    )
    assert found == [], found


def test_a_subcommand_word_left_out_before_a_long_option_is_one_command(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Show the timers that are waiting,
           command: systemctl list-timers --all}
        - {id: b, kind: command, task: Every timer of the machine, command: systemctl --all}
        """,
    )
    assert len(found) == 1, found
    assert "one with a subcommand word the other leaves out" in found[0], found


def test_a_word_in_quotes_against_it_bare_is_one_command_written_two_ways(tmp_path):
    # the quotes around "$f" keep a name with blanks whole: what one card may teach
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Print each file name of the folder,
           command: 'for f in *; do echo "$f"; done'}
        - {id: b, kind: command, task: Loop over the directory's entries,
           command: 'for f in *; do echo $f; done'}
        """,
    )
    assert len(found) == 1, found
    assert "one with a word in quotes the other writes bare" in found[0], found
    assert "warning similar-fact" in found[0], found


def test_blanks_around_an_equals_sign_are_one_command_written_two_ways(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Set the price field of every item to zero,
           command: "jq '.items[].price = 0' shop.json"}
        - {id: b, kind: command, task: Zero the price of all items,
           command: "jq '.items[].price=0' shop.json"}
        """,
    )
    assert len(found) == 1, found
    assert "one with blanks around an '=' the other writes without" in found[0], found
    assert "warning similar-fact" in found[0], found


def test_a_question_answered_with_the_command_as_written_needs_one_shared_word(tmp_path):
    # the answer is the command itself, not in a code span: "directory" is the one word
    # both prompts say, and the code ties them
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which call gives the working directory of a script?,
           answer: os.getcwd()}
        - {id: b, kind: command, task: Print the directory the interpreter runs in,
           command: os.getcwd()}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0], found


def test_a_question_answered_with_a_call_of_the_command_needs_two_shared_words(tmp_path):
    # "os.listdir()" is the command's call with empty brackets, not the command as
    # written: "directory" alone is too little
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which call gives the entries of a directory?,
           answer: os.listdir()}
        - {id: b, kind: command, task: Print what the directory path holds,
           command: os.listdir(path)}
        """,
    )
    assert found == [], found


def test_a_query_in_another_order_is_one_request_written_two_ways(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Search the catalogue for maps from 1850,
           command: "curl 'https://lib.example/api?q=maps&year=1850'"}
        - {id: b, kind: command, task: Find old cartography of the mid-nineteenth century,
           command: "curl 'https://lib.example/api?year=1850&q=maps'"}
        """,
    )
    assert len(found) == 1, found
    assert "one with its query's parameters in another order" in found[0], found
    assert "warning similar-fact" in found[0], found


def test_a_first_argument_given_by_its_name_is_one_call_written_two_ways(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Group the sales table by region,
           command: sales.groupby(by="region").sum()}
        - {id: b, kind: command, task: Totals per area of the shop data,
           command: sales.groupby("region").sum()}
        """,
    )
    assert len(found) == 1, found
    assert "one with a call's first argument given by its name" in found[0], found
    assert "warning similar-fact" in found[0], found


def test_an_answer_naming_its_argument_by_a_placeholder_is_the_command(tmp_path):
    # "podman logs CONTAINER" names the argument "web" fills in
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Print what the web container wrote, command: podman logs web}
        - {id: b, kind: qa, question: Which podman command prints what a container wrote?,
           answer: podman logs CONTAINER}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0], found


def test_an_answer_ending_with_a_placeholder_the_command_leaves_out_is_the_command(tmp_path):
    # "podman stats" with no argument shows every container: the same command
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Watch the load of the containers live, command: podman stats}
        - {id: b, kind: qa, question: How do you watch the containers' load live?,
           answer: podman stats CONTAINER_ID}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0], found
