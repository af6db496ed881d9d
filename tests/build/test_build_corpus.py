"""Real-world pages (tests/fixtures/corpus, see SOURCES.md there for licenses)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizkit.build import build_decks
from quizkit.deckfile import (
    Deck,
    NoteType,
    dumps_deck,
    loads_deck,
)
from tests.helpers import all_facts, card_texts, cloze, clozes, fact, facts

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
PAGES = [
    "k8s-website-service.md",
    "k8s-website-dns-pod-service.md",
    "gitea-docs-feature-comparison.md",
]
TEMPLATE_MARKS = ("{{", "}}", "{%", "%}", "<!--", "-->", "reviewers:", "content_type", "weight:")


@pytest.fixture(scope="module")
def decks() -> dict[str, Deck]:
    built = build_decks([CORPUS / page for page in PAGES], root=CORPUS)
    return {deck.slug: deck for deck in built}


def test_corpus_is_licensed() -> None:
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for page in PAGES:
        assert page in sources
    assert "CC BY 4.0" in sources
    assert "MIT" in sources


def test_titles_from_h1_or_front_matter(decks: dict[str, Deck]) -> None:
    assert decks["k8s-website-service"].title == "Service"
    assert decks["k8s-website-dns-pod-service"].title == "DNS for Services and Pods"
    assert decks["gitea-docs-feature-comparison"].title == (
        "Gitea compared to other Git hosting options"
    )


def test_no_template_syntax_comment_or_front_matter_reaches_a_card(
    decks: dict[str, Deck],
) -> None:
    for deck in decks.values():
        for note in deck.notes:
            for text in card_texts(note):
                for mark in TEMPLATE_MARKS:
                    assert mark not in text, f"{deck.slug}/{note.id}: {mark!r} in {text!r}"


def test_notes_ask_what_they_say_never_only_their_kind(decks: dict[str, Deck]) -> None:
    dns = decks["k8s-website-dns-pod-service"]
    # A note's key sentence is a cloze of the code term it names.
    policy = cloze(dns.note("pods/pod-s-dns-policy/note/sentence-2"))
    assert policy.type is NoteType.CLOZE
    assert (
        policy.text
        == "DNS for Services and Pods: If {{c1::`dnsPolicy`}} is not explicitly specified,"
        " then “ClusterFirst” is used."
    )
    service = decks["k8s-website-service"]
    # A note opening on a condition is asked by it. ("Environment variables", a kind of
    # part, is no label of its own: the question names the page's Service already.)
    environment = fact(service.note("discovering-services/environment-variables/note"))
    assert environment.type is NoteType.TIP
    assert environment.front == (
        "When you have a Pod that needs to access a Service, and you are"
        " using the environment variable method to publish the port and cluster IP to the"
        " client Pods, what must you do?"
    )
    assert environment.back.startswith("When you have a Pod that needs to access a Service")
    for deck in decks.values():
        for note in facts(deck.notes):
            assert not note.front.startswith(("Note on ", "Tip on ", "Caution on ")), note.front


def test_definition_list_entries_are_facts(decks: dict[str, Deck]) -> None:
    service = decks["k8s-website-service"]
    note = fact(service.note("service-type/clusterip"))
    assert note.type is NoteType.FACT
    assert note.front == "Service type: `ClusterIP`?"
    assert note.back.startswith("Exposes the Service on a cluster-internal IP.")
    assert fact(service.note("service-type/externalname")).back.startswith("Maps the Service")
    dns = decks["k8s-website-dns-pod-service"]
    assert (
        fact(dns.note("pods/pod-s-dns-config/nameservers")).front
        == "Pod's DNS Config: `nameservers`?"
    )
    assert (
        fact(dns.note("pods/pod-s-dns-policy/clusterfirst")).front
        == "Pod's DNS Policy: `ClusterFirst`?"
    )


def test_legend_gives_symbols_their_meaning(decks: dict[str, Deck]) -> None:
    gitea = decks["gitea-docs-feature-comparison"]
    backs = {n.back for n in all_facts(gitea.notes)}
    assert backs <= {"Supported", "Unsupported", "Supported with limited functionality"}
    assert fact(gitea.note("general-features/gitea/telemetry")).back == "Unsupported"  # **✘**
    assert (
        fact(gitea.note("general-features/gitea/github-gitlab-pages")).back == "Unsupported"
    )  # [✘](…)
    # "?" means unknown: no card.
    assert "general-features/rhodecode-ce/telemetry" not in {n.id for n in gitea.notes}
    tables = sum(1 for n in gitea.notes if n.id.endswith("/gitea/open-source-and-free"))
    assert tables == 1


def test_corpus_decks_round_trip(decks: dict[str, Deck]) -> None:
    for deck in decks.values():
        assert deck.notes
        assert loads_deck(dumps_deck(deck), deck.path) == deck


# ---------------------------------------------------------------- every copied document

ALL_PAGES = sorted(p.name for p in CORPUS.glob("*.md") if p.name != "SOURCES.md")
# What markup, navigation and template syntax look like when they leak onto a card.
RESIDUE = (
    re.compile(r"(?<![\w`]):[a-z]+(?:_[a-z]+)+:(?![\w`])"),  # :white_check_mark:
    re.compile(r"(?<![\w`]):(?:x|warning|star|rocket|tada):(?![\w`])"),
    re.compile(r"\[![A-Z]+\]"),  # > [!TIP]
    re.compile(r"^\s*(?:•\s*)?\[[ xX]\]\s", re.MULTILINE),  # - [ ] checkbox
    # [text](link), ![alt](image): a URL, site path, anchor or page address
    re.compile(r"\]\((?:[a-z][a-z0-9+.-]*://|mailto:|#|\.{0,2}/|[\w.-]+\.(?:md|html?)\b)[^)]*\)"),
    re.compile(r"^:::", re.MULTILINE),  # :::info
    re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s*[\w-]+", re.MULTILINE),  # !!! note (mkdocs)
    re.compile(r"\[\^\w+\]"),  # [^1]
    re.compile(r"</?(?:details|summary|br|p|b|div|img|a)\b[^>]*>", re.IGNORECASE),
)
NAVIGATION = re.compile(
    r"^(?:table of contents|contents|related resources|next steps|next tasks|see also|"
    r"references|further reading|what's next|next steps for .+)$",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def every_deck() -> dict[str, Deck]:
    built = build_decks([CORPUS / page for page in ALL_PAGES], root=CORPUS)
    return {deck.slug: deck for deck in built}


def test_every_copied_document_is_attributed() -> None:
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for page in ALL_PAGES:
        assert f"| {page} |" in sources, page


def test_no_two_notes_share_a_front_with_different_backs(every_deck: dict[str, Deck]) -> None:
    for deck in every_deck.values():
        backs: dict[str, set[str]] = {}
        for note in facts(deck.notes):
            if note.front:
                backs.setdefault(note.front, set()).add(note.back)
        shared = {front: b for front, b in backs.items() if len(b) > 1}
        assert not shared, f"{deck.slug}: {sorted(shared)[:3]}"


_FENCED = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _code_lines(page: str) -> set[str]:
    """The lines of a document's fenced code: content on a card (an HTML snippet a
    quiz question shows), never markup residue."""
    if not (CORPUS / page).is_file():
        return set()  # the scenarios deck gathers several documents
    text = (CORPUS / page).read_text(encoding="utf-8")
    return {line.strip() for block in _FENCED.findall(text) for line in block.splitlines()}


def test_no_markup_residue_on_any_card(every_deck: dict[str, Deck]) -> None:
    for deck in every_deck.values():
        code = _code_lines(f"{deck.slug}.md")
        for note in deck.notes:
            for side in card_texts(note):
                text = "\n".join(line for line in side.split("\n") if line.strip() not in code)
                for pattern in RESIDUE:
                    found = pattern.search(text)
                    assert found is None, f"{deck.slug}/{note.id}: {found and found.group(0)!r}"


def test_no_back_is_only_an_address(every_deck: dict[str, Deck]) -> None:
    address = re.compile(r"^(?:•\s*)?<?https?://\S+>?$")
    for deck in every_deck.values():
        for note in facts(deck.notes):
            lines = [line.strip() for line in note.back.split("\n") if line.strip()]
            assert not all(address.match(line) for line in lines), f"{deck.slug}/{note.id}"


def test_no_card_from_navigation(every_deck: dict[str, Deck]) -> None:
    for deck in every_deck.values():
        for note in deck.notes:
            parts = note.origin.section.split(" › ") if note.origin else []
            assert not any(NAVIGATION.match(p) for p in parts), f"{deck.slug}/{note.id}"


# The corpus questions whose whole answer sends the reader elsewhere.
POINTER_ONLY = frozenset(
    {
        "How do I write a CSI Driver?",
        "How does Prometheus compare against other monitoring systems?",
        "What applications can Prometheus monitor out of the box?",
        # "There are a number of client libraries …" and a pointer: no language named.
        "Which languages have instrumentation libraries?",
    }
)


def _source_questions(text: str) -> list[str]:
    """The bold question lines and ``### …?`` headings of a document, as written."""
    questions = re.findall(r"^\*\*(.+\?)\*\*\s*$", text, re.MULTILINE)
    questions += re.findall(r"^#{2,4} (.+\?)\s*$", text, re.MULTILINE)
    return questions


@pytest.mark.parametrize("page", ["k8s-community-volume-plugin-faq.md", "prometheus-docs-faq.md"])
def test_every_answered_author_question_is_asked(page: str, every_deck: dict[str, Deck]) -> None:
    deck = every_deck[page.removesuffix(".md")]
    fronts = [n.front for n in facts(deck.notes) if n.back]
    questions = _source_questions((CORPUS / page).read_text(encoding="utf-8"))
    assert len(questions) >= 12
    for question in questions:
        if question in POINTER_ONLY:
            # Answered only by "See the comparison page." or a URL: nothing to learn.
            assert question not in fronts, question
            continue
        # Asked as written, told apart from a namesake by its section in parentheses, or
        # asked of the subject it leans on ("Prometheus: Can I send alerts?").
        told_apart = question.removesuffix("?") + " ("
        assert any(
            f == question or f.startswith(told_apart) or f.endswith(f": {question}") for f in fronts
        ), question


def test_exercises_ask_the_task_and_answer_with_the_hidden_solution(
    every_deck: dict[str, Deck],
) -> None:
    deck = every_deck["ckad-exercises-pod-design"]
    text = (CORPUS / "ckad-exercises-pod-design.md").read_text(encoding="utf-8")
    assert len([n for n in facts(deck.notes) if n.front]) >= text.count("<summary>show</summary>")
    note = fact(deck.note("deployments/check-how-the-deployment-rollout-is-going"))
    assert note.front == "Deployments: Check how the deployment rollout is going"
    assert note.back == "kubectl rollout status deploy nginx"


def test_a_table_whose_first_column_repeats_is_keyed_by_the_column_that_differs(
    every_deck: dict[str, Deck],
) -> None:
    deck = every_deck["k8s-website-ports-and-protocols"]
    note = fact(deck.note("control-plane/port-range-6443/purpose"))
    assert (note.front, note.back) == (
        "Control plane, port range 6443: purpose?",
        "Kubernetes API server",
    )
    assert not any(n.front.startswith("TCP:") for n in facts(deck.notes))


def test_emoji_short_codes_read_as_yes_and_no(every_deck: dict[str, Deck]) -> None:
    deck = every_deck["got-readme-http-client-comparison"]
    assert fact(deck.note("comparison/got/http-2-support")).back == "Yes"  # :heavy_check_mark:¹
    assert fact(deck.note("comparison/got/browser-support")).back == "No"  # :x:


def test_alerts_become_cards_without_their_marker(every_deck: dict[str, Deck]) -> None:
    deck = every_deck["azure-aks-production-upgrade-strategies"]
    alert = cloze(deck.note("intro/tip/sentence-2"))
    assert alert.text.startswith("AKS Automatic handles most upgrade scenarios automatically")
    assert "[!TIP]" not in alert.text


def test_a_vs_question_keeps_the_paragraph_answering_its_second_part(
    every_deck: dict[str, Deck],
) -> None:
    deck = every_deck["k8s-community-volume-plugin-faq"]
    back = next(n.back for n in facts(deck.notes) if n.front.startswith("What is an in-tree vs."))
    first, second = back.split("\n")
    assert first.startswith("Before the introduction of the Container Storage Interface")
    assert second.startswith("Out-of-tree volume plugins are developed independently")


def test_no_question_mark_or_prefix_joins_a_front(every_deck: dict[str, Deck]) -> None:
    for deck in every_deck.values():
        for note in facts(deck.notes):
            first = note.front.split("\n", 1)[0]
            assert "?:" not in first, f"{deck.slug}/{note.id}: {first}"
            assert not re.match(r"(?i)q(?:uestion)?\s*\d*\s*[.:)]\s", first), note.id
            assert not re.search(r"(?i): q\d*[.:]\s", first), note.id
            assert not re.search(r"(?i)\banswer:\s*[A-H]\b", note.front), note.id


def test_every_multiple_choice_question_answers_its_right_option(
    every_deck: dict[str, Deck],
) -> None:
    page = "lydiahallie-javascript-questions.md"
    text = (CORPUS / page).read_text(encoding="utf-8")
    numbers = re.findall(r"^###### (\d+)\. ", text, re.MULTILINE)
    letters = re.findall(r"^#### Answer: ([A-H])\s*$", text, re.MULTILINE)
    assert len(numbers) == len(letters) >= 150
    deck = every_deck[page.removesuffix(".md")]
    by_number = {n.id.rsplit("/", 1)[-1].split("-", 1)[0]: n for n in facts(deck.notes)}
    for number, letter in zip(numbers, letters, strict=True):
        note = by_number[number]
        assert note.back.startswith(f"{letter}: "), (number, note.back[:40])
        assert f"• {letter}: " in note.front, number  # the options are shown
    # Code is content: its emoji stay.
    assert any("'❤️' === '❤️'" in n.front for n in facts(deck.notes))


def test_every_answered_q_heading_is_asked_without_its_prefix(every_deck: dict[str, Deck]) -> None:
    page = "learningzone-kubernetes-questions.md"
    text = (CORPUS / page).read_text(encoding="utf-8")
    questions = re.findall(r"^## Q\. (.+\?)\s*$", text, re.MULTILINE)
    assert len(questions) >= 80
    fronts = {n.front for n in facts(every_deck[page.removesuffix(".md")].notes)}
    asked = [q for q in questions if q in fronts]
    # The rest are answered only by a walkthrough, a table or pointers elsewhere.
    assert len(asked) >= 0.9 * len(questions), sorted(set(questions) - fronts)[:5]


def test_a_why_answer_goes_on_to_the_paragraph_giving_the_cause(
    every_deck: dict[str, Deck],
) -> None:
    deck = every_deck["helm-faq-troubleshooting"]
    note = fact(deck.note("troubleshooting/on-macos-the-file-etc-mdns-debug-is-accessed-why"))
    assert note.back.split("\n")[1].startswith("This is caused by macOS's MDNS library.")
    assert not any(n.front.endswith(": Note?") for n in facts(deck.notes))


def test_a_row_keyed_matrix_of_marks_asks_which_columns_have_each_row(
    every_deck: dict[str, Deck],
) -> None:
    deck = every_deck["youki-liboci-cli-subcommands"]
    cards = {n.front: n.back for n in facts(deck.notes)}
    # runc has every subcommand: a column ticked on every row is asked of none.
    asked = "which of liboci-cli, CLI Specification, crun, youki?"
    assert cards[f"Implemented subcommands, checkpoint: {asked}"] == "crun"
    assert cards[f"Implemented subcommands, create: {asked}"] == (
        "all 4: liboci-cli, CLI Specification, crun, youki"
    )
    assert cards[f"Implemented subcommands, features: {asked}"] == "liboci-cli"
    assert len(cards) == 17  # one per row, never one per ✅


def test_admonitions_of_a_real_guide_become_notes_without_their_markers(
    every_deck: dict[str, Deck],
) -> None:
    deck = every_deck["ingress-nginx-installation-guide"]
    cards = {n.front: n.back for n in facts(deck.notes)}
    # "!!! attention" (a body of prose) is a note asked by its condition.
    old = cards[
        "Quick start: if you are running an old version of Kubernetes (1.18 or earlier),"
        " what should you do?"
    ]
    assert old.startswith("If you are running an old version of Kubernetes (1.18 or earlier)")
    # "!!! warning" with a GCP firewall rule: its sentence lists ports `80/tcp`, `443/tcp`
    # and `10254/tcp`; a blank on one of them asks nothing the sentence decides.
    texts = [c.text for c in clozes(deck.notes)]
    assert not any(t.startswith("For private clusters, you will need to") for t in texts)


def test_the_steps_of_a_real_quick_start_ask_how_with_their_commands(
    every_deck: dict[str, Deck],
) -> None:
    deck = every_deck["ingress-nginx-installation-guide"]
    cards = {n.front: n.back for n in facts(deck.notes)}
    # "Let's create a simple web server and the associated service:" and its commands.
    assert cards["How do you create a simple web server and the associated service?"] == (
        "kubectl create deployment demo --image=httpd --port=80\nkubectl expose deployment demo"
    )
    # "Now, forward a local port …:": the narrator's opener goes, any verb is the action.
    assert cards["How do you forward a local port to the ingress controller?"] == (
        "kubectl port-forward --namespace=ingress-nginx service/ingress-nginx-controller 8080:80"
    )
    # "A few pods should start …:" and "… with the following command:" are looks at
    # what the cluster prints or pointers: no step card.
    steps = [f for f in cards if f.startswith("How do you")]
    assert not [f for f in steps if "following" in f or "pods should" in f.lower()]
