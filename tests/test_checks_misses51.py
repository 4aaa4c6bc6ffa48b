"""The fact checks on the kinds of pair that the twenty-fifth to thirty-first held-out
sets still showed them missing (tests/data/fact_pairs_unseen25..31.txt, issue 18): each
test is a general rule, met there on toxicology, perfumery, Flutter, geodesy or rowing
cards and written here with other words and subjects."""

from __future__ import annotations

from conftest import check_facts as check


def test_smell_odour_and_aroma_are_one_word_in_prompts(tmp_path):
    # "What smell ...?" / "Which odour ...?", two answers: a possible conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What smell is classically linked to skunk spray?,
           answer: rotten eggs}
        - {id: b, kind: qa, question: Which odour is skunk spray classically said to have?,
           answer: burnt rubber}
        - {id: c, kind: qa, question: What is the main aroma compound of cinnamon?,
           answer: cinnamaldehyde}
        - {id: d, kind: qa, question: Which compound gives cinnamon most of its smell?,
           answer: eugenol}
        """,
    )
    assert len(found) == 2, found
    assert all("similar-fact" in line and "possibly conflicting" in line for line in found), found


def test_connected_and_attached_are_one_word_in_prompts(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Install the app on a connected phone,
           command: adb install app.apk}
        - {id: b, kind: command, task: Install the app on the attached phone,
           command: adb push app.apk}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_smell_and_another_sense_stay_apart(tmp_path):
    # a smell against a taste or a colour of one thing: two questions
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What smell does hydrogen sulfide have?, answer: rotten eggs}
        - {id: b, kind: qa, question: What colour does hydrogen sulfide have?, answer: none}
        - {id: c, kind: qa, question: Which aroma does saffron give a dish?, answer: hay-like}
        - {id: d, kind: qa, question: Which colour does saffron give a dish?, answer: golden}
        """,
    )
    assert found == [], found


def test_a_word_written_as_two_in_the_other_prompt_is_one_word(tmp_path):
    # "jelly fish" / "jellyfish", "NAD 27" / "NAD27": one question in two wordings, a
    # possible conflict; another subject in the slot ("WGS 84", "cone snails") is not
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which toxin do jelly fish contain?, answer: cnidotoxin}
        - {id: b, kind: qa, question: What toxin is found in jellyfish?, answer: batrachotoxin}
        - {id: c, kind: qa, question: What is the inverse flattening of NAD 27?, answer: "294.98"}
        - {id: d, kind: qa, question: What is the inverse flattening of the NAD27 datum?,
           answer: "298.26"}
        - {id: e, kind: qa, question: What is the inverse flattening of WGS 84?,
           answer: "298.257223563"}
        - {id: f, kind: qa, question: Which toxin do cone snails contain?, answer: conotoxin}
        """,
    )
    assert len(found) == 2, found
    assert "conflicting with b" in found[0] and "conflicting with d" in found[1], found


def test_a_code_in_brackets_repeating_the_name_it_follows_is_a_gloss(tmp_path):
    # "(Integer.MAX_VALUE)" says "max" as the subject does, "(4+)" says "four": a gloss,
    # not another thing asked (the other subject has no brackets); a code of other words
    # ("(IPv6)", "(2-)" after "pair") still names a condition of its own
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit,
           subject: Maximum length of a Java array on 64-bit (Integer.MAX_VALUE),
           value: "2147483647 elements"}
        - {id: b, kind: limit, subject: Maximum Java array length on 64-bit systems,
           value: "65535 elements"}
        - {id: c, kind: limit, subject: Minimum weight of a coxed four (4+), value: "51 kg"}
        - {id: d, kind: limit, subject: Coxed four minimum boat weight, value: "90 kg"}
        - {id: e, kind: limit, subject: Smallest link MTU (IPv6), value: "1280 bytes"}
        - {id: f, kind: limit, subject: Smallest link MTU on Ethernet, value: "1500 bytes"}
        - {id: g, kind: limit, subject: Minimum weight of a pair (2-), value: "27 kg"}
        - {id: h, kind: limit, subject: Pair minimum boat weight, value: "40 kg"}
        """,
    )
    assert len(found) == 2, found
    assert "conflicting with b" in found[0] and "conflicting with d" in found[1], found
    assert all("similar-fact" in line for line in found), found


def test_a_name_without_its_tail_after_a_particle_is_the_same_name(tmp_path):
    # "the Volta" / "the Volta a Catalunya", "the Tour" / "the Tour de France's": one
    # name, short and long, a possible conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What colour is the Volta leader's jersey?, answer: white}
        - {id: b, kind: qa, question: Which colour jersey does the Volta a Catalunya leader wear?,
           answer: green}
        - {id: c, kind: qa, question: "Which jersey does the Tour de France's best climber wear?",
           answer: polka dot}
        - {id: d, kind: qa, question: "What jersey does the best climber wear at the Tour?",
           answer: red and white}
        """,
    )
    assert len(found) == 2, found
    assert "conflicting with b" in found[0] and "conflicting with d" in found[1], found


def test_a_head_the_corpus_gives_two_tails_stays_apart(tmp_path):
    # "the Tour" may be the Tour de Suisse or the Tour de Romandie: no short form of one
    found = check(
        tmp_path,
        """
        - {id: c, kind: qa, question: How many stages does the Tour de Suisse have?, answer: "8"}
        - {id: d, kind: qa, question: How many stages does the Tour de Romandie have?, answer: "6"}
        - {id: e, kind: qa, question: In which city does the Tour de Romandie end?, answer: Geneva}
        - {id: f, kind: qa, question: In which city does the Tour end?, answer: Paris}
        """,
    )
    assert found == [], found


def test_one_rare_value_to_prompts_sharing_two_words_is_one_fact(tmp_path):
    # 30° said by these two items alone, to prompts sharing "bevel" and "planter", each
    # saying other words in small letters: one fact asked two ways
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What angle is a standard bevel for a six-sided planter?,
           answer: "30°"}
        - {id: b, kind: limit, subject: Bevel angle for a hexagonal planter joint,
           value: "30 degrees"}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_one_rare_value_to_prompts_naming_two_subjects_stays_apart(tmp_path):
    # each prompt names a subject of its own ("Ionity" / "Fastned"), or one says a
    # condition ("without batching"): two facts that happen to share a value
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Ionity charger peak charging power, value: 350 kW}
        - {id: b, kind: limit, subject: Peak charging power of a Fastned charger,
           value: 350000 W}
        - {id: c, kind: limit, subject: Kinesis shard write throughput, value: 1000 records/s}
        - {id: d, kind: qa, question: What is the Kinesis shard throughput without batching?,
           answer: 1000 records/s}
        """,
    )
    assert found == [], found


def test_one_rare_value_of_two_rows_or_in_two_orders_is_no_one_fact(tmp_path):
    # two rows of one table share a value ("Employer" / "Employee"); one set of numbers in
    # two orders is two firing orders, never "nearly the same fact"
    found = check(
        tmp_path,
        """
        - {id: c, kind: limit, subject: Employer share of Medicare tax, value: "1.45 %"}
        - {id: d, kind: limit, subject: Employee share of Medicare tax, value: "1.45 %"}
        - {id: e, kind: qa, question: Firing order of a Chevy small-block V8?,
           answer: "1-8-4-3-6-5-7-2"}
        - {id: f, kind: qa, question: Small-block Chevrolet V8 firing order?,
           answer: "1-5-4-8-6-3-7-2"}
        """,
    )
    assert not any("nearly the same fact" in line for line in found), found
    assert not any("as d" in line or "with d" in line for line in found), found


def test_a_code_of_two_words_and_the_same_in_a_code_span_are_one_answer(tmp_path):
    # "suspend fun" / "with `suspend fun`", to one question in other words: one fact
    found = check(
        tmp_path / "a",
        """
        - {id: a, kind: qa, question: Which keywords define a suspending function?,
           answer: suspend fun}
        - {id: b, kind: qa, question: How do you declare a suspending function in Kotlin?,
           answer: "with `suspend fun`"}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found
