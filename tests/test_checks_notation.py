"""Answers written in a notation, a sequence of moves (a cube algorithm "R U R' U'",
chess moves "e4 e5 Nf3"), are the same answer only in the same order: the word fold read
the T-perm, the Ua-perm and the Jb-perm as one answer, since they use the same letters,
so three algorithms of three cases were "nearly the same fact"."""

from __future__ import annotations

from conftest import check_facts as check


def test_three_algorithms_of_the_same_moves_in_other_orders_are_three_answers(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: t, kind: qa, question: T-perm algorithm?,
           answer: "R U R' U' R' F R2 U' R' U' R U R' F'"}
        - {id: ua, kind: qa, question: Ua perm?, answer: "R U' R U R U R U' R' U' R2"}
        - {id: jb, kind: qa, question: Jb perm algorithm?,
           answer: "R U R' F' R U R' U' R' F R2 U' R'"}
        """,
    )
    assert found == [], found


def test_the_same_moves_in_the_same_order_are_one_answer(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: T-perm algorithm?,
           answer: "R U R' U' R' F R2 U' R' U' R U R' F'"}
        - {id: b, kind: qa, question: Which algorithm is the T perm?,
           answer: "(R U R' U') R' F R2 U' R' U' R U R' F'"}
        """,
    )
    assert len(found) == 1 and "same fact as b" in found[0], found


def test_a_list_apart_by_commas_is_no_notation(tmp_path):
    # three short names in another order are still one answer
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which three ports does the mail server open?,
           answer: "25, 465, 587"}
        - {id: b, kind: qa, question: Ports the mail server opens?, answer: "587, 25, 465"}
        """,
    )
    assert len(found) == 1 and "same fact as b" in found[0], found
