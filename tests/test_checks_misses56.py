"""A term (or a list's item) and a question that asks what it is, naming it in another
form (issue 18: "What is crazing?" / "Crazing (glaze defect)", "What is raku?" / "Raku
firing", "What are stomata?" / "Stoma (pl. stomata)"): one fact asked twice, a
warning, when the answer says again what the definition says; not a question that asks
something of the thing, names a kind of it, or a context the definition does not.
Each test failed with its rule undone."""

from __future__ import annotations

from conftest import check_facts_padded


def _similar(found: list[str]) -> list[str]:
    return [line for line in found if " similar-fact: " in line]


def test_a_term_asked_without_its_aside_or_a_plain_word_is_one_fact(tmp_path):
    """The question leaves out the term's aside in brackets ("Spalting (wood decay)"),
    or a plain word the term adds ("Kintsugi repair"), or names it by its aside (a
    plural: "Ganglion (pl. ganglia)"), or spells it without its marks ("Pâté"): one
    thing asked, its definition said again."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: Spalting (wood decay),
           definition: dark streaks in timber left by fungi}
        - {id: b, kind: qa, question: What is spalting?,
           answer: the dark zone lines that rot draws through timber}
        - {id: c, kind: concept, term: Kintsugi repair,
           definition: joining the pieces of a broken pot with gold lacquer}
        - {id: d, kind: qa, question: What is kintsugi?,
           answer: mending cracked pottery with lacquer dusted in gold}
        - {id: e, kind: concept, term: Ganglion (pl. ganglia),
           definition: a cluster of nerve cell bodies outside the brain}
        - {id: f, kind: qa, question: What are ganglia?,
           answer: knots of neuron bodies lying outside the central nervous system}
        - {id: g, kind: concept, term: Pâté, definition: a spreadable paste of minced liver and fat}
        - {id: h, kind: qa, question: What is pate?,
           answer: a smooth paste of cooked liver served cold}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 4, found
    assert all("possibly conflicting" not in line for line in similar), found


def test_a_term_asked_by_the_words_its_definition_spells_it_with(tmp_path):
    """ "IBU": "international bitterness units: ..." and "What are international
    bitterness units?": the definition opens with what the short form stands for; and a
    list's item asked in its title's context ("Brick positions" / "Header", "What is a
    header in brickwork?")."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: IBU,
           definition: "international bitterness units: the dissolved hop acids of a beer, in ppm"}
        - {id: b, kind: qa, question: What are international bitterness units?,
           answer: a scale of how much hop acid a beer holds}
        - id: c
          kind: list
          title: Brick positions
          items:
            - {Header: laid flat with its short end showing in the face of the wall}
        - {id: d, kind: qa, question: What is a header in brickwork?,
           answer: a brick laid with its short end facing out}
        """,
    )
    assert len(_similar(found)) == 2, found


def test_a_question_about_a_kind_of_the_term_asks_of_another_thing(tmp_path):
    """ "What is a caudate sonnet?" "a sonnet with a coda ...": its answer names the
    term, of which it asks one kind."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: Sonnet,
           definition: a poem of fourteen lines in a fixed rhyme scheme}
        - {id: b, kind: qa, question: What is a caudate sonnet?,
           answer: a sonnet with a coda of extra lines added at its end}
        """,
    )
    assert _similar(found) == [], found


def test_a_term_in_a_version_the_question_leaves_out_is_another_thing(tmp_path):
    """ "Gutenberg LTS" names one release of Gutenberg, which "What is Gutenberg?" asks
    of."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: Gutenberg LTS,
           definition: a long-term support release of the ebook archive software}
        - {id: b, kind: qa, question: What is Gutenberg?,
           answer: free ebook archive software with a new release every month}
        """,
    )
    assert _similar(found) == [], found


def test_a_definition_in_a_context_of_its_own_is_no_answer_in_another(tmp_path):
    """ "Bridge (circuit)": "A Wheatstone circuit ..." and "What is a bridge in
    dentistry?": the definition names its own context, which the question does not."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: Bridge (circuit),
           definition: A Wheatstone circuit comparing two resistances held either side of a meter}
        - {id: b, kind: qa, question: What is a bridge in dentistry?,
           answer: a false tooth held by crowns on the teeth either side}
        """,
    )
    assert _similar(found) == [], found


def test_a_question_that_asks_something_of_the_thing_is_another_question(tmp_path):
    """ "What is a crucible made of?" asks what the thing is made of, not what it is."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: Crucible (pot),
           definition: a pot of clay or graphite for melting metal}
        - {id: b, kind: qa, question: What is a crucible made of?, answer: clay or graphite}
        """,
    )
    assert _similar(found) == [], found


def test_a_question_answered_with_the_term_in_another_form_is_one_fact(tmp_path):
    """ "In what order does C lay out ...?" "row-major (the rightmost subscript ...)" /
    "Row-major order": the answer opens with the term but for a plain word, and the
    question says again what the definition says."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: Row-major order,
           definition: C stores multidimensional arrays with the last index varying fastest}
        - {id: b, kind: qa, question: In what order does C lay out the elements of a 2D array?,
           answer: row-major (the rightmost subscript varies fastest)}
        """,
    )
    assert len(_similar(found)) == 1, found


def test_an_answer_that_adds_a_word_to_the_term_names_another_thing(tmp_path):
    """ "One furlong" answers how long a length is: the term with a word of the
    answer's own (a number) is no answer that names the term."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: Furlong, definition: "220 yards: one eighth of a mile"}
        - {id: b, kind: qa, question: How long is one eighth of a mile?, answer: One furlong}
        """,
    )
    assert _similar(found) == [], found


def test_a_question_that_names_the_term_asks_something_of_it(tmp_path):
    """ "How does a stout differ from a porter?" "stout: roasted unmalted barley, ...":
    the question names the term and asks how it differs, not for the term."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: Stout, definition: a dark beer brewed with roasted barley}
        - {id: b, kind: qa, question: How does a stout differ from a porter?,
           answer: "stout: roasted unmalted barley, so darker and drier"}
        """,
    )
    assert _similar(found) == [], found


def test_what_a_thing_is_asked_in_other_forms(tmp_path):
    """A context before the question ("In Vim's ex mode, what does % in a range
    mean?"), "Role of xylem?", and what a thing protects: each asks what the term is."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: "% in a Vim range",
           definition: Stands for every line of the file}
        - {id: b, kind: qa, question: "In Vim's ex mode, what does % in a range mean?",
           answer: All the lines in the buffer}
        - {id: c, kind: concept, term: Xylem,
           definition: Tissue moving water and minerals from the roots to the leaves}
        - {id: d, kind: qa, question: Role of xylem?, answer: Carries water up from the roots}
        - {id: e, kind: concept, term: Firewall,
           definition: A filter blocking unwanted traffic between a private network and the web}
        - {id: f, kind: qa, question: What does a network firewall protect?,
           answer: the hosts inside from unwanted outside traffic}
        """,
    )
    assert len(_similar(found)) == 3, found


def test_a_question_for_a_name_answered_with_the_term_needs_one_word_of_it(tmp_path):
    """ "What is the small saw used to cut tight curves called?" a coping saw /
    "Coping saw": "a small saw ...": a question for a name, answered with the term,
    that says one word of the definition (a third card says the term too)."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: Coping saw,
           definition: a small saw whose thin blade is held taut in a frame}
        - {id: b, kind: qa, question: What is the small saw used to cut tight curves called?,
           answer: a coping saw}
        - {id: c, kind: qa, question: Which way do the teeth of a coping saw point?,
           answer: toward the handle}
        """,
    )
    assert any("as b at" in line or "as a at" in line for line in _similar(found)), found
