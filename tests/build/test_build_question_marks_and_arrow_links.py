"""Interview lists number their questions "Q1)." as often as "Q1)": the whole mark goes,
never leaving ". What is …?" on a front; a back-to-top link whose text is only an arrow
(``#### [[⬆]](#toc) Build Tools``) leaves no empty brackets on a heading's cards."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.text import clean, clean_heading
from quizkit.notes import FactNote

DOC = """\
# Interview questions

## Cloud Computing

- Q1). What are the advantages of Cloud Computing?

- Ans:

  - Cloud computing gives users a large network of web servers.
  - Cloud computing also increases storage and backup capacity.

- Q2). What is elasticity?

- Ans:

  - The ability to add or remove capacity as the load changes.

#### [[⬆]](#toc) <a name='tools'>Build Tools:</a>

- Maven builds Java projects from a `pom.xml` file.
- Gradle builds projects from a `build.gradle` file.
- Make builds targets from a `Makefile`.
"""


def _facts() -> dict[str, str]:
    return {n.front: n.back for n in build_deck(DOC, "devops.md").notes if isinstance(n, FactNote)}


def test_a_question_numbered_with_bracket_and_point_is_asked_without_its_mark() -> None:
    facts = _facts()
    assert facts["What is elasticity?"] == (
        "• The ability to add or remove capacity as the load changes."
    )
    assert "What are the advantages of Cloud Computing?" in facts
    assert clean_heading("Q3). Why use containers?") == "Why use containers?"


def test_an_arrow_only_link_leaves_no_empty_brackets() -> None:
    fronts = list(_facts())
    assert "Cloud Computing: build tools?" in fronts
    assert not any("[]" in front for front in fronts)
    # Brackets the author wrote empty stay: they are text, not a link's.
    assert clean("An empty list `[]` or [] in prose") == "An empty list `[]` or [] in prose"


def test_zero_width_characters_inside_a_line_leave_no_trace() -> None:
    # Invisible on the page, they would split "kubectl" on the card and in a search.
    assert clean("kubectl\u200b get\u2060 pods \ufeffnow") == "kubectl get pods now"


def test_an_mdx_component_wrapping_words_leaves_its_words() -> None:
    text = 'Stores like <GlossaryTerm term="etcd">etcd</GlossaryTerm> and <NodeIP> stay.'
    assert clean(text) == "Stores like etcd and <NodeIP> stay."
    # In code the component is the code's own.
    assert clean("`<Term>etcd</Term>`") == "`<Term>etcd</Term>`"
