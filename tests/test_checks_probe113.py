"""What a programmer learning Rust met writing a corpus of code cards (probe113). Each
test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_code_in_backticks_over_lines_in_a_text_is_a_joined_code_warning(tmp_path):
    """A cloze on code with a ```` ``` ```` fence around a function: Markdown reads the
    fence as one code span, and every output showed ``rust fn largest<T: …>(…) -> T {
    let mut m = …`` on one line, its indents gone. Now a warning says so and what to
    write. Code spans of one line each, on lines of their own, and a snippet's code
    are left alone."""
    found = check_deck(
        tmp_path,
        "Rust",
        """
        - id: fenced
          kind: cloze
          text: |
            Fill the bound:
            ```rust
            fn largest<T: {{c1::PartialOrd}}>(list: &[T]) -> T {
                list[0]
            }
            ```
        - id: spans
          kind: cloze
          text: |
            `let v = {{c1::vec![1, 2]}};`
            `let n = v.len();`
        - id: snippet
          kind: snippet
          title: Largest
          lang: rust
          code: |
            ```
            fn main() {}
            ```
        """,
    )
    assert found == [
        "warning joined-code: 'text' of 'fenced': the code in backticks runs over lines: "
        "Markdown reads it as one code span, so every output shows its lines as one, "
        "indents gone ('rust fn largest<T: {{c1::PartialOrd}}>(list: &[T]) -> T { l…'): "
        "write code of many lines as a snippet card (code: |), or keep each backticked "
        "span on one line"
    ], found


def test_a_turbofish_names_a_type_and_is_no_placeholder():
    """``"42".parse::<i32>()`` showed ``<i32>`` as a placeholder to fill (italic, dotted
    underline) in inline code and in a Rust snippet: after a name and ``::`` angle
    brackets are Rust's turbofish, a generic's type. A placeholder after a placeholder's
    ``::`` (``<crate>::<item>``) and one after a blank stay placeholders."""
    from cheatdeck.highlight import code_html, mark_placeholders

    inline = mark_placeholders("&quot;42&quot;.parse::&lt;i32&gt;() &lt;crate&gt;::&lt;item&gt;")
    assert inline == (
        '&quot;42&quot;.parse::&lt;i32&gt;() <span class="placeholder">&lt;crate&gt;</span>'
        '::<span class="placeholder">&lt;item&gt;</span>'
    ), inline
    block = code_html('let v = Vec::<u8>::new();\nlet n = "7".parse::<u64>()?;', "rust")
    assert "placeholder" not in block, block
    shell = code_html("cargo test <name>", "shell")
    assert '<span class="placeholder">&lt;name&gt;</span>' in shell, shell


def test_a_path_hidden_inside_code_is_no_answer_and_hint(tmp_path):
    """``{{c1::Vec::new()}}`` inside a code span: the code's backticks are around the
    deletion, not in it, so Anki (and every output) read ``Vec`` as the answer and
    ``new()`` as its hint, with no word said. Now a bad-cloze error gives the text with
    the code ended before the deletion and the answer in backticks, which is valid; a
    deletion in code with no ``::``, one whose hint is words, and a path in backticks of
    its own, stay valid."""
    found = check_deck(
        tmp_path,
        "Rust",
        """
        - id: cut
          kind: cloze
          text: "Make an empty vector: `let v: Vec<i32> = {{c1::Vec::new()}};`"
        - id: fixed
          kind: cloze
          text: "Make an empty vector: `let v: Vec<i32> = `{{c1::`Vec::new()`}}`;`"
        - id: plain
          kind: cloze
          text: "A trait object: `Box<{{c1::dyn Trait}}>`"
        - id: hinted
          kind: cloze
          text: "Optimise: `cargo build {{c1::--release::the long flag}}`"
        """,
    )
    assert found == [
        "error bad-cloze: deletion '{{c1::Vec::new()}}' lies in code, where Anki reads 'Vec' "
        "as its answer and 'new()' as a hint: to hide 'Vec::new()', end the code before the "
        "deletion and put the answer in backticks: Make an empty vector: "
        "`let v: Vec<i32> = `{{c1::`Vec::new()`}}`;`"
    ], found


def test_an_anchor_before_a_list_items_term_is_a_yaml_anchor_warning(tmp_path):
    """``- &mut T: one mutable borrow``: YAML takes ``&mut`` as an anchor on the item,
    and every output showed the term ``T``, with no word said (a value that starts so
    was warned already). Now a yaml-anchor warning gives the item with its term quoted;
    an anchor that an alias uses is meant, and left alone."""
    found = check_deck(
        tmp_path,
        "Rust",
        """
        - id: refs
          kind: list
          title: References
          items:
            - &mut T: one mutable borrow
            - "&T": shared borrows
        - id: meant
          kind: list
          title: Anchored on purpose
          items:
            - &k Key: an anchor an alias uses
            - other: "*k"
            - again: *k
        """,
    )
    assert found == [
        "warning yaml-anchor: the item's term reads 'T': YAML takes '&mut' as an anchor. If "
        'it is part of the term, quote it: - "&mut T": one mutable borrow'
    ], found


def test_a_list_item_that_opens_a_quote_it_never_closes_gets_the_fix(tmp_path):
    """``- 'a: a named lifetime`` (a Rust lifetime as a term): the quote opens a YAML
    string that runs on to the next item's quote, and the loader said only "did not
    find expected '-' indicator (while parsing a block collection)", on the line
    below. Now the error is at the item and gives both fixes."""
    found = check_deck(
        tmp_path,
        "Rust",
        """
        - id: lifetimes
          kind: list
          title: Lifetimes
          items:
            - 'a: a named lifetime
            - "'static": the whole program
        """,
    )
    assert found == [
        "error yaml-syntax: this item's quote (') is never closed: end the item with it on "
        "the same line: - 'a: a named lifetime'; if the quote is part of it, write "
        '- "\'a": a named lifetime'
    ], found
