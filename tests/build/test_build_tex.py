"""TeX math on cards reads as plain text; TeX the converter does not know stays whole
between ``$`` signs (so MathJax can still draw it), never half converted."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizkit.build.builder import build_deck
from quizkit.build.tex import tex_to_text
from quizkit.build.text import clean
from quizkit.notes import FactNote


@pytest.mark.parametrize(
    ("tex", "text"),
    [
        (r"\frac{a}{b}", "a/b"),
        (r"\frac{a+b}{2n}", "(a+b)/2n"),
        (r"\frac{1}{1 + e^{-z}}", "1/(1 + e^(-z))"),
        (r"\dfrac{\alpha}{\beta}", "α/β"),
        (r"\sum_{i=1}^{N} x_i", "Σ (i=1..N) x_i"),
        (r"\sum_{j} w_j^2", "Σ (j) w_j²"),
        (r"\prod_{k=1}^{n} k", "Π (k=1..n) k"),
        (r"a \cdot b \times c", "a · b × c"),
        (r"\log(p) + \exp(x) - \max(0, m)", "log(p) + exp(x) - max(0, m)"),
        (r"\alpha \beta \gamma \Sigma \Omega \lambda", "α β γ Σ Ω λ"),
        (r"x^2 + x^{2} + x^{n+1}", "x² + x² + xⁿ⁺¹"),
        (r"e^{-x^2}", "e^(-x²)"),
        (r"y_i + p_{i,j} + x_{1} + x_2", "y_i + p_{i,j} + x₁ + x₂"),
        (r"\text{Mean Loss} = \mathrm{avg}", "Mean Loss = avg"),
        (r"\left( a \right) \left[ b \right] \left\{ c \right\}", "(a) [b] {c}"),
        (r"a \leq b \geq c \neq d \approx e", "a ≤ b ≥ c ≠ d ≈ e"),
        (r"n \to \infty, x \in \mathbb{R}", "n → ∞, x ∈ ℝ"),
        (r"\sqrt{n} + \sqrt{a + b}", "√n + √(a + b)"),
        (r"\hat{y}", "ŷ"),
        (r"\|w\|_2^2", "‖w‖₂²"),
        (r"\lim_{x \to 0} \frac{\sin x}{x}", "lim (x → 0) (sin x)/x"),
        # Spacing as TeX reads it: a script after a space, words kept apart.
        (r"\frac{e^{-\lambda }\lambda ^{k}}{k!}", "(e^(-λ)λᵏ)/k!"),
        (r"\frac{1}{n}\sum_{i=1}^{n} y_i\log(p_i)", "1/n Σ (i=1..n) y_i log(p_i)"),
        (r"f(x|\mu ,\sigma ^{2}) \gt 0", "f(x|μ,σ²) > 0"),
    ],
)
def test_known_tex_reads_as_plain_text(tex: str, text: str) -> None:
    assert tex_to_text(tex) == text


@pytest.mark.parametrize(
    "tex",
    [
        r"\begin{cases} 1 & x > 0 \end{cases}",  # an environment
        r"\overbrace{a + b}",  # a command it does not know
        r"\sqrt[3]{x}",  # a root of another degree
        r"\frac{1}{2",  # an unclosed brace
        r"a}",  # an unopened brace
        r"^2",  # a script without a base
        r"\hat{xy}",  # an accent over more than one letter
    ],
)
def test_unknown_tex_is_no_text(tex: str) -> None:
    assert tex_to_text(tex) is None


def test_unknown_tex_on_a_card_keeps_its_source_between_dollar_signs() -> None:
    # The whole span stays as written (MathJax can draw it); a known span beside it
    # is still text.
    assert clean(r"the loss $\overbrace{a+b}$ is $\frac{1}{N}$ here") == (
        r"the loss $\overbrace{a+b}$ is 1/N here"
    )
    assert clean("so $$\\binom{n}{k}\n= c$$ holds") == r"so $$\binom{n}{k} = c$$ holds"
    assert clean(r"with \(\mathcal{O}(\phi)\) and \(\oint_C f\)") == (r"with O(φ) and ∮ (C) f")
    assert clean(r"a \(\iiint x\) b") == r"a $\iiint x$ b"
    assert clean(r"display \[ \sigma(z) = \frac{1}{1+e^{-z}} \] done") == (
        "display σ(z) = 1/(1+e^(-z)) done"
    )
    # Brackets escaped in prose are no math.
    assert clean(r"see \[1\] and \[2\]") == r"see \[1\] and \[2\]"


_FORMULAS = """# Q2. What are the different scores for ranking problems?
Ans: Scores measure how far a ranking is from the truth. Here are some common ones:

### 1. **Mean Gap Score (Gap):**
   - Used for plain ranking problems.
   - Grows with every misplaced item.

   $$\\text{Gap} = \\frac{1}{N} \\sum_{i=1}^{N} \\left| r_i - \\hat{r}_i \\right|$$

   where:
   - N is the number of items.
   - $r_i$ is the true rank of the $i-th$ item.

### 2. **Squared Gap Score (Squared Gap):**
   - Similar to the gap score but penalizes large misses more severely.
   - Encourages a smaller spread of ranks.

  $$\\text{Squared Gap} = \\frac{1}{N} \\sum_{i=1}^{N} \\left( r_i - \\hat{r}_i \\right)^2$$
"""


def test_a_display_formula_on_a_card_reads_as_text_at_any_indent() -> None:
    deck = build_deck(_FORMULAS, "ranking.md")
    backs = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert backs["What are the different scores for ranking problems: mean gap score (Gap)?"] == (
        "• Used for plain ranking problems.\n"
        "• Grows with every misplaced item.\n"
        "• Gap = 1/N Σ (i=1..N) | r_i - r̂_i |, where N is the number of items; "
        "r_i is the true rank of the i-th item."
    )
    # The formula indented two spaces under a list indented three is carded the same.
    front = "What are the different scores for ranking problems: squared gap score (Squared gap)?"
    assert backs[front].endswith("• Squared Gap = 1/N Σ (i=1..N) (r_i - r̂_i)²")


# TeX built from known commands, unknown commands, scripts and groups: whatever the
# mix, a card never shows a TeX command outside "$" signs, and cleaning twice is
# cleaning once (a card side is cleaned several times on its way).
_PIECES = st.sampled_from(
    [
        "x",
        "y_i",
        "p_{i,j}",
        "2",
        "+",
        " - ",
        "=",
        r"\cdot ",
        r"\alpha",
        r"\log",
        r"\max",
        r"\leq ",
        r"\infty",
        r"\text{loss}",
        r"\mathbb{R}",
        r"\left(",
        r"\right)",
        r"\overbrace",
        r"\begin{cases}",
        r"\mysterious",
        "^",
        "_",
        "{",
        "}",
        " ",
        "(",
        ")",
    ]
)
_TEX = st.lists(_PIECES, min_size=1, max_size=12).map("".join)
_COMPOSED = st.builds(
    lambda tex, inner, kind: {
        "frac": rf"\frac{{{tex}}}{{{inner}}}",
        "sum": rf"\sum_{{{inner}}}^{{N}} {tex}",
        "sup": rf"{{{inner}}}^{{{tex}}}",
        "plain": tex,
    }[kind],
    _TEX,
    _TEX,
    st.sampled_from(["frac", "sum", "sup", "plain"]),
)
_OUTSIDE_DOLLARS = re.compile(r"\$\$.*?\$\$|\$[^$]*\$", re.DOTALL)


@settings(max_examples=300, deadline=None)
@given(tex=_COMPOSED, delimiters=st.sampled_from([("$", "$"), ("$$", "$$"), ("\\(", "\\)")]))
def test_no_tex_command_shows_outside_dollar_signs(tex: str, delimiters: tuple[str, str]) -> None:
    opening, closing = delimiters
    card = clean(f"The score is {opening}{tex.strip() or 'x'}{closing} here.")
    assert not re.search(r"\\[A-Za-z]", _OUTSIDE_DOLLARS.sub("", card)), card
    assert clean(card) == card
    converted = tex_to_text(tex)
    assert converted is None or not re.search(r"\\[A-Za-z]", converted)


_NUMBERED_KINDS = """# Q1. What is a sourdough starter?
Ans: A sourdough starter is a live culture of flour and water that leavens bread.

1. **Feeding:**
   - **Definition:** Feeding adds fresh flour and water to keep the culture active.
   - **Usage:** A starter kept at room temperature is fed once or twice a day.

2. **Discard:**
   - **Definition:** Discard is the part of the starter removed before a feeding.
   - **Usage:** Removing it keeps the starter from growing without limit.

# Q2. What are the different proofing methods for bread dough?
Ans: Proofing lets the yeast raise the dough before baking. Here are common methods:

### 1. **Bulk Proof:**
   - Used right after kneading, with the whole dough in one bowl.
   - Builds most of the flavour of the bread.

### 2. **Cold Retard:**
   - Similar to a bulk proof but done in the fridge overnight.
   - Slows the yeast so the sour notes can develop.

# Q3. Please explain oven spring.
Ans: Oven spring is the last rise of a loaf in the first minutes of baking, when trapped
gas expands in the heat before the crust sets.

# Q4. Please explain scoring a loaf.
Ans: Scoring cuts the surface of a loaf just before baking so that it opens where the
baker chose instead of bursting at a weak spot.
"""


def test_a_numbered_heading_under_a_question_is_asked_of_it_in_a_collection() -> None:
    # "### 2. Cold Retard" names one of the methods the question asks for: it is no
    # bare topic heading, even in a collection of questions and with no alias in
    # parentheses, so its list is carded like its siblings'.
    deck = build_deck(_NUMBERED_KINDS, "bread.md")
    backs = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    asked = "What are the different proofing methods for bread dough"
    assert backs[f"{asked}: bulk proof?"] == (
        "• Used right after kneading, with the whole dough in one bowl.\n"
        "• Builds most of the flavour of the bread."
    )
    assert backs[f"{asked}: cold retard?"] == (
        "• Similar to a bulk proof but done in the fridge overnight.\n"
        "• Slows the yeast so the sour notes can develop."
    )


_FORMULAS_BETWEEN_RUNS = """# Baking ratios

## How do you read the terms of a dough formula?

Each term of a dough formula is a weight relative to the flour.

### Reading the Terms

1. **Water Term**: For each extra gram of flour, the dough takes 0.7 grams of water.

$$
W = 0.7 \\times \\text{FlourGrams}
$$

2. **Salt Term**: Salt is two percent of the flour, whatever the loaf weighs in the end.

$$
S = 0.02 \\times \\text{FlourGrams}
$$

3. **Yeast Term**: Yeast shrinks as the proof gets longer, halving for each doubling.
"""


def test_a_display_formula_between_runs_of_a_numbered_list_is_no_lead_in() -> None:
    # The formula after item 1 ends in a word once read as text: it is still no
    # sentence stopped midway announcing item 2, so all three items stay on one card.
    deck = build_deck(_FORMULAS_BETWEEN_RUNS, "ratios.md")
    backs = [n.back for n in deck.notes if isinstance(n, FactNote) and "Water Term" in n.back]
    assert len(backs) == 1
    assert [line.split(":")[0] for line in backs[0].splitlines()] == [
        "1. Water Term",
        "2. Salt Term",
        "3. Yeast Term",
    ]


_TWO_FORMULAS = """# Sourdough care

## How is a starter fed?

### Feeding Rule

- Feed the starter by weight, never by volume.
- Keep the flour and water in a fixed ratio.

$$ W_{t+1} \\leftarrow W_t + \\alpha \\cdot F $$
$$ F = \\frac{W_t}{2} $$
"""


def test_two_display_formulas_in_one_paragraph_are_read_one_by_one() -> None:
    deck = build_deck(_TWO_FORMULAS, "care.md")
    backs = [n.back for n in deck.notes if isinstance(n, FactNote) and "by weight" in n.back]
    assert backs == [
        "• Feed the starter by weight, never by volume.\n"
        "• Keep the flour and water in a fixed ratio.\n"
        "• W_{t+1} ← W_t + α · F; F = W_t/2"
    ]
