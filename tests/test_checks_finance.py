"""The fact checks on a personal-finance and accounting deck, written as a learner would:
amounts in several currencies and spellings, signs, ranges. Each test failed before its
fix."""

from __future__ import annotations

from conftest import check_deck


def test_a_minus_before_a_currency_sign_is_kept(tmp_path):
    """ "-$500" and "$500" were a duplicate-fact error ("keep one card"): folding dropped
    a minus written before a currency sign, so a loss was the profit of the same size. A
    minus before the digits ("-500 USD") was kept already; a hyphen and a minus sign
    before the currency are one sign."""
    found = check_deck(
        tmp_path,
        "Accounting",
        """
        - {id: a, kind: limit, subject: Q3 net income, value: -$500}
        - {id: b, kind: limit, subject: Q3 net income, value: $500}
        - {id: c, kind: qa, question: Q4 net income?, answer: −€800}
        - {id: d, kind: qa, question: Q4 net income?, answer: €800}
        - {id: e, kind: qa, question: Q1 net income?, answer: −£300}
        - {id: f, kind: qa, question: Q1 net income?, answer: -£300}
        """,
    )
    assert len(found) == 3, found
    assert "error conflicting-fact: conflicts with b " in found[0], found
    assert "error conflicting-fact: conflicts with d " in found[1], found
    assert "error duplicate-fact: same fact as f " in found[2], found


def test_an_accountants_negative_is_a_negative_value(tmp_path):
    """ "(1,250) USD" and "1,250 USD" under one subject were a duplicate-fact error, and
    "(500)" and "-500" a conflict: the parentheses were set aside, so a loss written in
    accounting style was the profit of its size. A whole value in parentheses (a
    currency sign inside or before them, a code after) is that amount with a minus; a
    year in parentheses is not."""
    found = check_deck(
        tmp_path,
        "Accounting",
        """
        - {id: a, kind: limit, subject: Q3 net income, value: "(1,250) USD"}
        - {id: b, kind: limit, subject: Q3 net income, value: "1,250 USD"}
        - {id: c, kind: qa, question: Q4 net income?, answer: (500)}
        - {id: d, kind: qa, question: Q4 net income?, answer: "-500"}
        - {id: e, kind: qa, question: Q1 net income?, answer: ($300)}
        - {id: f, kind: qa, question: Q1 net income?, answer: −$300}
        - {id: g, kind: qa, question: Q2 net income?, answer: $(300)}
        - {id: h, kind: qa, question: Q2 net income?, answer: $300}
        - {id: i, kind: qa, question: Year of the first audit?, answer: (1999)}
        - {id: j, kind: qa, question: Year of the first audit?, answer: "1999"}
        """,
    )
    assert len(found) == 5, found
    assert "error conflicting-fact: conflicts with b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "error duplicate-fact: same fact as f " in found[2], found
    assert "error conflicting-fact: conflicts with h " in found[3], found
    assert "error duplicate-fact: same fact as j " in found[4], found


def test_a_capital_multiplier_after_a_currency_amount(tmp_path):
    """ "$1.5M" against "$1,500,000" and "$500K" against "$500,000" were only "possibly
    conflicting" warnings, and "$2M" against "$1,500,000" no error: after a currency
    sign only a small "k" or "m" was read as a thousand or a million, so "$1.5M" was the
    bare number 1.5. A capital K, M or B (a billion) is read so too."""
    found = check_deck(
        tmp_path,
        "Investing",
        """
        - {id: a, kind: limit, subject: Fund size, value: $1.5M}
        - {id: b, kind: limit, subject: Fund size, value: "$1,500,000"}
        - {id: c, kind: limit, subject: SIPC coverage limit, value: $500K}
        - {id: d, kind: limit, subject: SIPC coverage limit, value: "$500,000"}
        - {id: e, kind: limit, subject: Buyout price, value: $2B}
        - {id: f, kind: limit, subject: Buyout price, value: "$2,000,000,000"}
        - {id: g, kind: limit, subject: Seed round, value: $2M}
        - {id: h, kind: limit, subject: Seed round, value: "$1,500,000"}
        """,
    )
    assert len(found) == 4, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "error duplicate-fact: same fact as f " in found[2], found
    assert "error conflicting-fact: conflicts with h " in found[3], found


def test_a_range_says_its_multiplier_once(tmp_path):
    """ "$10–20k" against "$10,000–$20,000" was a conflicting-fact error, and so was
    "5–10 million" against "5,000,000–10,000,000": the thousand or million written after
    a range's upper end was not read into its lower end, so "$10–20k" was $10 to
    $20,000. Its lower end takes it, as it takes the range's unit ("1 to 12 hours"),
    when it is the smaller number ("500 to 20k" stays 500 to 20,000)."""
    found = check_deck(
        tmp_path,
        "Budget",
        """
        - {id: a, kind: limit, subject: Used car budget, value: $10–20k}
        - {id: b, kind: limit, subject: Used car budget, value: "$10,000–$20,000"}
        - {id: c, kind: limit, subject: Lottery jackpot, value: 5–10 million, unit: USD}
        - {id: d, kind: limit, subject: Lottery jackpot, value: "5,000,000–10,000,000 USD"}
        - {id: e, kind: limit, subject: Daily API calls, value: 500 to 20k, unit: calls}
        - {id: f, kind: limit, subject: Daily API calls, value: "500–20,000 calls"}
        - {id: g, kind: limit, subject: Emergency fund, value: $10-$20k}
        - {id: h, kind: limit, subject: Emergency fund, value: "$10,000–20,000"}
        """,
    )
    assert len(found) == 4, found
    assert all("error duplicate-fact: same fact as " in line for line in found), found


def test_per_cent_is_percent(tmp_path):
    """ "4 per cent" (British spelling) against "4%" was only a "possibly conflicting"
    warning, and "5 per cent" against "4%" no error: "per cent" was no unit, so the
    value was the bare number."""
    found = check_deck(
        tmp_path,
        "Retirement",
        """
        - {id: a, kind: limit, subject: Safe withdrawal rate, value: 4 per cent}
        - {id: b, kind: limit, subject: Safe withdrawal rate, value: 4%}
        - {id: c, kind: qa, question: Bank of England inflation target?, answer: 2 per cent}
        - {id: d, kind: qa, question: Bank of England inflation target?, answer: 3%}
        """,
    )
    assert len(found) == 2, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error conflicting-fact: conflicts with d " in found[1], found


def test_canadian_and_australian_dollars_written_with_a_sign(tmp_path):
    """ "C$1,000" against "CAD 1000" was a conflicting-fact error: the "$" of "C$" was
    read as a US dollar and the "C" left glued to the digits, so "C$1,000" stated no
    amount at all. "C$" and "CA$" are Canadian dollars, "A$" and "AU$" Australian ones."""
    found = check_deck(
        tmp_path,
        "Travel money",
        """
        - {id: a, kind: limit, subject: Cash limit at the Canadian border, value: "C$10,000"}
        - {id: b, kind: limit, subject: Cash limit at the Canadian border, value: CAD 10000}
        - {id: c, kind: limit, subject: Cash limit at the Australian border, value: A$10k}
        - {id: d, kind: limit, subject: Cash limit at the Australian border, value: AUD 10000}
        - {id: e, kind: qa, question: Visa fee?, answer: CA$100}
        - {id: f, kind: qa, question: Visa fee?, answer: $100}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "error conflicting-fact: conflicts with f " in found[2], found


def test_an_amount_at_a_prompts_end_names_no_unit(tmp_path):
    """ "Wire fee on a €100 transfer?" €2 and "Wire fee on a £100 transfer?" £4 were a
    conflicting-fact error "on the same subject": the prompt's end after "on" was taken
    for the name of its answer's unit ("... in metres"), as "a €100 transfer" parses as
    an amount of money, and left out, so both asked "Wire fee". Words with a number are
    an amount, no unit's name; "Boiling point of water in degrees Fahrenheit" still
    asks what "Boiling point of water" asks."""
    found = check_deck(
        tmp_path,
        "Banking",
        """
        - {id: a, kind: qa, question: Wire fee on a €100 transfer?, answer: €2}
        - {id: b, kind: qa, question: Wire fee on a £100 transfer?, answer: £4}
        - {id: c, kind: qa, question: Wire fee on a €500 transfer?, answer: €5}
        - {id: d, kind: qa, question: Boiling point of water in degrees Fahrenheit?,
           answer: 212 °F}
        - {id: e, kind: limit, subject: Boiling point of water, value: 100 °C}
        """,
    )
    assert len(found) == 1, found
    assert "error duplicate-fact: same fact as e " in found[0], found


def test_an_amount_in_a_prompt_is_read_in_any_of_its_spellings(tmp_path):
    """ "Fee on a $100 transfer?" and "Fee on a USD 100 transfer?" with two fees were
    found by nothing: a prompt's "$100", "USD 100", "100 USD" and "100 dollars" were
    other words. They are one amount; "€100" is another."""
    found = check_deck(
        tmp_path,
        "Banking",
        """
        - {id: a, kind: qa, question: Fee on a $100 transfer?, answer: $3}
        - {id: b, kind: qa, question: Fee on a USD 100 transfer?, answer: $5}
        - {id: c, kind: qa, question: "Tax on $1,000 of dividends?", answer: $150}
        - {id: d, kind: qa, question: Tax on 1000 dollars of dividends?, answer: $150}
        - {id: e, kind: qa, question: Wire fee on a €100 transfer?, answer: €2}
        - {id: f, kind: qa, question: Wire fee on a 100 EUR transfer?, answer: €2}
        """,
    )
    assert len(found) == 3, found
    assert "error conflicting-fact: conflicts with b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "error duplicate-fact: same fact as f " in found[2], found


def test_a_range_whose_ends_carry_their_units(tmp_path):
    """ "3%-5%" was 3 % and −5 %, a conflicting-fact error against "3–5%"; "2°C-8°C"
    and "$10k-$20k" lost their upper ends, so "2°C-8°C" was a duplicate of "2 °C": a
    hyphen after a unit glued to a number was read as the next number's minus, or
    nothing. It joins the two ends of a range, as after a bare number ("3-5%")."""
    found = check_deck(
        tmp_path,
        "Budget",
        """
        - {id: a, kind: limit, subject: Typical annual raise, value: 3%-5%}
        - {id: b, kind: limit, subject: Typical annual raise, value: 3–5%}
        - {id: c, kind: limit, subject: Emergency fund, value: $10k-$20k}
        - {id: d, kind: limit, subject: Emergency fund, value: "10,000–20,000 USD"}
        - {id: e, kind: limit, subject: Wine cellar temperature, value: 10°C-15°C}
        - {id: f, kind: limit, subject: Wine cellar temperature, value: 10 °C}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "warning similar-fact: " in found[2] and "one within the other" in found[2], found


def test_a_percent_sign_spaced_from_its_number_at_a_questions_end(tmp_path):
    """ "Rule of 72 at 8%?" 9 years and "Rule of 72 at 8 %?" 8 years were found by
    nothing: a "%" spaced from its number is the same unit ("95 %" is "95%"), but with
    the question mark after it, "%?" was taken for a symbol standing alone, which makes
    two prompts ask two things."""
    found = check_deck(
        tmp_path,
        "Investing",
        """
        - {id: a, kind: qa, question: Rule of 72 at 8%?, answer: 9 years}
        - {id: b, kind: qa, question: Rule of 72 at 8 %?, answer: 8 years}
        - {id: c, kind: qa, question: Boiling point of water at sea level in °C?, answer: "100"}
        - {id: d, kind: qa, question: Years to double at 6 %?, answer: 12 years}
        """,
    )
    assert len(found) == 1, found
    assert "error conflicting-fact: conflicts with b " in found[0], found


def test_two_names_swapped_across_of_or_in_ask_two_things(tmp_path):
    """ "APY of a 12% APR compounded monthly?" 12.68% and "APR of a 12% APY compounded
    monthly?" 11.39% were a conflicting-fact error "on the same subject", and so were
    "Price of 1 BTC in ETH?" and "Price of 1 ETH in BTC?": a subject is its set of
    words, and both hold the same. Two names in capitals that trade places across
    "of", "in", "for" or "per" ask two things; a distance from one place to another
    is still the same both ways, and "IBM's CEO" is "the CEO of IBM"."""
    found = check_deck(
        tmp_path,
        "Investing",
        """
        - {id: a, kind: qa, question: APY of a 12% APR compounded monthly?, answer: 12.68%}
        - {id: b, kind: qa, question: APR of a 12% APY compounded monthly?, answer: 11.39%}
        - {id: c, kind: qa, question: Price of 1 BTC in ETH?, answer: "30"}
        - {id: d, kind: qa, question: Price of 1 ETH in BTC?, answer: "0.033"}
        - {id: e, kind: limit, subject: Distance from Earth to Mars, value: 54.6 million km}
        - {id: f, kind: limit, subject: Distance from Mars to Earth, value: 56 million km}
        - {id: g, kind: limit, subject: Annual pay of the CEO of IBM in 2024, value: $20 million}
        - {id: h, kind: limit, subject: IBM CEO annual pay in 2024, value: $25 million}
        """,
    )
    assert len(found) == 2, found
    assert "error conflicting-fact: conflicts with f " in found[0], found
    assert "error conflicting-fact: conflicts with h " in found[1], found


def test_a_currency_range_with_a_dash_after_a_multiplier(tmp_path):
    """ "$10k–20k" (an en dash after the "k") was $10,000 and the bare number 20,000, a
    conflicting-fact error against "$10,000–$20,000": only a hyphen after a unit glued
    to a number joined a range, so the currency did not reach the upper end."""
    found = check_deck(
        tmp_path,
        "Budget",
        """
        - {id: a, kind: limit, subject: Used car budget, value: $10k–20k}
        - {id: b, kind: limit, subject: Used car budget, value: "$10,000–$20,000"}
        - {id: c, kind: limit, subject: Kitchen remodel budget, value: €5k – 10k}
        - {id: d, kind: limit, subject: Kitchen remodel budget, value: "€5,000–€10,000"}
        """,
    )
    assert len(found) == 2, found
    assert all("error duplicate-fact: same fact as " in line for line in found), found
