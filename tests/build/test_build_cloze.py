"""Cloze notes from prose: the key sentences of official pages, and the ones that must not be.

Pages in tests/fixtures/corpus (licenses in SOURCES.md there). Every cloze note the
builder makes from them is listed here and was reviewed by hand on four criteria:
answerable on its own, correct per the document, clean text, worth learning.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizkit import cloze
from quizkit.build import build_deck, build_decks
from quizkit.build.cloze import cloze_text, hidden_tokens, split_sentences, unfit
from quizkit.build.markdown import Paragraph, parse_document
from quizkit.deckfile import ClozeNote, Deck, dumps_deck, loads_deck

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"

# (note id, source line, text): the golden output, page by page.
GOLDEN: dict[str, list[tuple[str, int, str]]] = {
    "k8s-website-service.md": [
        (
            "defining-a-service/paragraph-6-sentence-1",
            132,
            "The name of a Service object must be a valid {{c1::RFC 1035}} label name.",
        ),
        (
            "defining-a-service/custom-endpointslices/paragraph-2-sentence-5",
            279,
            'You should avoid using the reserved value {{c1::`"controller"`}}, which identifies'
            " EndpointSlices managed by Kubernetes' own control plane.",
        ),
        (
            "defining-a-service/endpointslices/paragraph-2-sentence-3",
            312,
            "By default, Kubernetes makes a new EndpointSlice once the existing EndpointSlices"
            " all contain at least {{c1::100}} endpoints.",
        ),
        (
            "defining-a-service/over-capacity-endpoints/paragraph-1-sentence-2",
            331,
            "When there are over {{c1::1000}} backing endpoints for a Service, Kubernetes"
            " truncates the data in the Endpoints object.",
        ),
        (
            "defining-a-service/application-protocol/paragraph-1-sentence-1",
            351,
            "The {{c1::`appProtocol`}} field provides a way to specify an application protocol"
            " for each Service port.",
        ),
        (
            "service-type/type-clusterip/paragraph-3-sentence-1",
            451,
            'If you define a Service that has the `.spec.clusterIP` set to {{c1::`"None"`}}'
            " then Kubernetes does not assign an IP address.",
        ),
        (
            "service-type/choosing-your-own-ip-address/paragraph-2-sentence-1",
            462,
            "The IP address that you choose must be a valid IPv4 or IPv6 address from within"
            " the {{c1::`service-cluster-ip-range`}} CIDR range that is configured for the API"
            " server.",
        ),
        (
            "service-type/type-nodeport/paragraph-1-sentence-1",
            473,
            "If you set the `type` field to `NodePort`, the Kubernetes control plane allocates"
            " a port from a range specified by {{c1::`--service-node-port-range`}} flag"
            " (default: {{c2::30000-32767}}).",
        ),
        (
            "service-type/type-loadbalancer/paragraph-1-sentence-1",
            562,
            "On cloud providers which support external load balancers, setting the `type`"
            " field to {{c1::`LoadBalancer`}} provisions a load balancer for your Service.",
        ),
        (
            "service-type/disabling-load-balancer-nodeport-allocation/paragraph-1-sentence-1",
            642,
            "You can optionally disable node port allocation for a Service of"
            " `type: LoadBalancer`, by setting the field `spec.allocateLoadBalancerNodePorts`"
            " to {{c1::`false`}}.",
        ),
        (
            "service-type/disabling-load-balancer-nodeport-allocation/paragraph-1-sentence-3",
            644,
            "By default, `spec.allocateLoadBalancerNodePorts` is {{c1::`true`}} and type"
            " LoadBalancer Services will continue to allocate node ports.",
        ),
        (
            "service-type/specifying-class-of-load-balancer-implementation/paragraph-1-sentence-1",
            653,
            "For a Service with `type` set to {{c1::`LoadBalancer`}}, the"
            " `.spec.loadBalancerClass` field enables you to use a load balancer implementation"
            " other than the cloud provider default.",
        ),
        (
            "service-type/specifying-class-of-load-balancer-implementation/paragraph-3-sentence-3",
            665,
            "`spec.loadBalancerClass` can be set on a Service of type {{c1::`LoadBalancer`}} only.",
        ),
        (
            "service-type/specifying-ipmode-of-load-balancer-status/paragraph-1-sentence-1",
            675,
            "Starting as Alpha in Kubernetes 1.29, a feature gate named"
            " {{c1::`LoadBalancerIPMode`}} allows you to set the"
            " `.status.loadBalancer.ingress.ipMode` for a Service with `type` set to"
            " `LoadBalancer`.",
        ),
        (
            "headless-services/without-selectors/paragraph-2-sentence-1",
            884,
            "When you define a headless Service without a selector, the `port` must match the"
            " {{c1::`targetPort`}}.",
        ),
        (
            "discovering-services/dns/paragraph-6-sentence-1",
            952,
            "The Kubernetes DNS server is the only way to access {{c1::`ExternalName`}} Services.",
        ),
    ],
    "k8s-website-debug-service.md": [
        (
            "does-the-service-work-by-dns-name/paragraph-11-sentence-1",
            320,
            "The `options` line must set {{c1::`ndots`}} high enough that your DNS client"
            " library considers search paths at all.",
        ),
        (
            "is-the-kube-proxy-working/is-kube-proxy-running/paragraph-4-sentence-1",
            542,
            "One of the possible reasons that `kube-proxy` cannot run correctly is that the"
            " required {{c1::`conntrack`}} binary cannot be found.",
        ),
        (
            "is-the-kube-proxy-working/edge-case-a-pod-fails-to-reach-itself-via-the-service-ip"
            "/paragraph-2-sentence-3",
            632,
            "The `hairpin-mode` flag must either be set to {{c1::`hairpin-veth`}} or"
            " `promiscuous-bridge`.",
        ),
    ],
    "k8s-website-topology-aware-routing.md": [
        (
            "enabling-topology-aware-routing/paragraph-1-sentence-1",
            47,
            "You can enable Topology Aware Routing for a Service by setting the"
            " `service.kubernetes.io/topology-mode` annotation to {{c1::`Auto`}}.",
        ),
    ],
    "k8s-website-ports-and-protocols.md": [],
    "k8s-website-dns-pod-service.md": [],
    "prometheus-docs-faq.md": [
        (
            "implementation/why-are-all-sample-values-64-bit-floats/paragraph-1-sentence-5",
            202,
            "A counter, even if incremented one million times per second, will only run into"
            " precision issues after over {{c1::285}} years.",
        ),
    ],
}
OFFICIAL_OTHERS = [page for page in GOLDEN if page != "k8s-website-service.md"]


@pytest.fixture(scope="module")
def decks() -> dict[str, Deck]:
    built = build_decks([CORPUS / page for page in GOLDEN], root=CORPUS)
    return {f"{deck.slug}.md": deck for deck in built}


def _cloze_notes(deck: Deck) -> list[tuple[str, int, str]]:
    """The cloze notes of prose paragraphs (a note's or tip's key sentence is a cloze
    too, with an id of its own: ``…/note/sentence-1``; the tip rules test those)."""
    return [
        (n.id, n.origin.line if n.origin and n.origin.line else 0, n.text)
        for n in deck.notes
        if isinstance(n, ClozeNote) and "/paragraph-" in n.id
    ]


@pytest.mark.parametrize("page", list(GOLDEN))
def test_golden_cloze_notes(decks: dict[str, Deck], page: str) -> None:
    assert _cloze_notes(decks[page]) == GOLDEN[page]


def test_service_page_gives_at_least_15_cards_with_the_nodeport_range(
    decks: dict[str, Deck],
) -> None:
    notes = [n for n in decks["k8s-website-service.md"].notes if isinstance(n, ClozeNote)]
    cards = [cloze.card_of(n.text, k) for n in notes for k in cloze.numbers(n.text)]
    assert len(cards) >= 15
    range_card = next(c for c in cards if c.back == "30000-32767")
    assert range_card.front.endswith("flag (default: [...]).")
    assert "`--service-node-port-range`" in range_card.front


def _paragraphs(page: str) -> int:
    text = (CORPUS / page).read_text(encoding="utf-8")
    return sum(isinstance(i.block, Paragraph) for i in parse_document(text).items)


@pytest.mark.parametrize("page", OFFICIAL_OTHERS)
def test_at_most_one_paragraph_in_ten_is_carded(decks: dict[str, Deck], page: str) -> None:
    carded = {
        n.id.rsplit("-sentence-", 1)[0] for n in decks[page].notes if isinstance(n, ClozeNote)
    }
    assert len(carded) * 10 <= _paragraphs(page)


def test_cloze_text_is_clean_and_loads_as_a_deck(decks: dict[str, Deck]) -> None:
    for deck in decks.values():
        for note in deck.notes:
            if not isinstance(note, ClozeNote):
                continue
            sentence = cloze.reveal(note.text)
            for mark in ("{{<", "{{%", ">}}", "<!--", "](", "**", "\n"):
                assert mark not in sentence, f"{note.id}: {mark!r}"
            assert sentence[0].isupper() or sentence[0] == "`"


# -- sentence by sentence -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A default and the flag that sets its range: two cards of one note.
        (
            "The control plane allocates a port from a range specified by"
            " `--service-node-port-range` flag (default: 30000-32767).",
            "The control plane allocates a port from a range specified by"
            " {{c1::`--service-node-port-range`}} flag (default: {{c2::30000-32767}}).",
        ),
        (
            "The default scrape timeout for Prometheus is 10 seconds.",
            "The default scrape timeout for Prometheus is {{c1::10 seconds}}.",
        ),
        (
            "Only one `TYPE` line may exist for a given metric name.",
            "Only one {{c1::`TYPE`}} line may exist for a given metric name.",
        ),
        (
            "By default, `spec.allocateLoadBalancerNodePorts` is `true` for every Service.",
            "By default, `spec.allocateLoadBalancerNodePorts` is {{c1::`true`}} for every Service.",
        ),
        (
            "Validation errors are returned in a `Failure` status, usually with `reason` set"
            " to `Invalid`.",
            "Validation errors are returned in a `Failure` status, usually with `reason` set"
            " to {{c1::`Invalid`}}.",
        ),
        # A value that comes before "by default"; a recommended value; "such as" is no pointer.
        (
            "If no deletion policy is specified, the `before-hook-creation` behavior applies"
            " by default.",
            "If no deletion policy is specified, the {{c1::`before-hook-creation`}} behavior"
            " applies by default.",
        ),
        (
            "The `apiVersion` field should be `v2` for charts that require at least Helm 3.",
            "The `apiVersion` field should be {{c1::`v2`}} for charts that require at least"
            " Helm 3.",
        ),
        (
            "The `--web.enable-admin-api` flag controls the admin API, with functions such as"
            " deleting series.",
            "The {{c1::`--web.enable-admin-api`}} flag controls the admin API, with functions"
            " such as deleting series.",
        ),
        (
            "When moving to a shared pool, change the worker label `pool/local` to `pool/shared`.",
            "When moving to a shared pool, change the worker label `pool/local` to"
            " {{c1::`pool/shared`}}.",
        ),
        (
            "The `--web.enable-lifecycle` flag controls HTTP reloads and shutdowns of Prometheus.",
            "The {{c1::`--web.enable-lifecycle`}} flag controls HTTP reloads and shutdowns of"
            " Prometheus.",
        ),
    ],
)
def test_key_sentence_hides_the_value_of_its_cue(sentence: str, expected: str) -> None:
    assert unfit(sentence) is None
    assert cloze_text(sentence, hidden_tokens(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # Needs the sentence before it.
        ("In that case, Kubernetes selects at most 1000 endpoints to store.", "needs_context"),
        ("It may be specified only when the `ip` field is also specified.", "needs_context"),
        (
            "The same API limit means that you cannot have more than 1000 endpoints.",
            "needs_context",
        ),
        ("If `x` is set to `false`, those node ports will not be de-allocated.", "needs_context"),
        ("However, the default port range is 30000-32767 on most clusters.", "needs_context"),
        ("Depending on your install you might have records after that (up to 6).", "needs_context"),
        # Not a statement.
        ("What is the default range of node ports in a cluster?", "not_a_statement"),
        ("The default for `--nodeport-addresses` is one of the following:", "not_a_statement"),
        # An instruction, a pointer elsewhere, a fragment.
        (
            "Run `kubectl get svc` and compare the default port of every Service.",
            "gives_instructions",
        ),
        ("See the documentation for the default range of `nodePort` values.", "points_elsewhere"),
        ("Default: `30000`.", "wrong_length"),
        # A FAQ answer's lead-in about the question itself.
        (
            "Being a common sight, the question of why the file is named `Kettle.cfg` arises"
            " from time to time.",
            "about_the_question",
        ),
    ],
)
def test_sentences_that_must_not_become_cards(sentence: str, reason: str) -> None:
    assert unfit(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        # No cue: a description, not a default, limit, range, requirement or name.
        "The Service targets TCP port 9376 on any Pod with the `app` label set.",
        # The cue's value is not marked up ("an empty list", "not set").
        "The default for `--nodeport-addresses` is an empty list on every node.",
        "By default, `.spec.loadBalancerClass` is not set and the cloud default is used.",
        # An example object's name: the sentence is about the example.
        "Pods in other namespaces must qualify the name as `my-service.my-ns` always.",
        # What follows "such as" illustrates; it is not the rule.
        "The value must be a label-style identifier such as `internal-vip` in all cases.",
        # A bare number may be what is left of dropped markup (2<sup>53</sup> reads 253).
        "The format supports integer precision for values up to 253.",
        # Numbers of a worked example, between two bounds.
        "Ten percent of the observations are spread out between 150ms and 450ms here today.",
        # The cue is in another clause than the token.
        "If your observations are never negative, the `duration_sum` series always goes up.",
        # A story's lettered objects (pod-a, pod-b) are examples.
        "The deployment creates a replacement for `pod-b` called `pod-e` at once.",
        # The answer stands elsewhere in the sentence, in other case ("cluster-scoped").
        "The `Scope` field defaults to `Cluster`, meaning a cluster-scoped resource.",
        # "over" bounds numbers; "over `UDP`" names a protocol, not a limit.
        "DNS queries are sent over `UDP` to the cluster DNS Service by every Pod.",
        # A version dates; it is not worth learning.
        "The feature is enabled by default as of v1.24 in the kube-apiserver.",
    ],
)
def test_sentences_with_nothing_worth_hiding(sentence: str) -> None:
    assert hidden_tokens(sentence) == ()


def test_sentences_split_at_full_stops_but_not_inside_code_or_abbreviations() -> None:
    text = "Set `a.b` to 1, e.g. for tests.\nThe default is `x.y`. Then stop."
    found = split_sentences(text, 10)
    assert [(s.text, s.line, s.number) for s in found] == [
        ("Set `a.b` to 1, e.g. for tests.", 10, 1),
        ("The default is `x.y`.", 11, 2),
        ("Then stop.", 11, 3),
    ]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # "the same" spread over things the sentence names: a fact on its own.
        ("A gateway opens the same high port (default: `9000`) on every worker machine.", None),
        ("Each replica reads the same config file (default: `app.toml`) at startup.", None),
        ("Sidecars live in the same network namespace as the main container by default.", None),
        # "the same" with nothing named to compare with points back.
        (
            "The same retry limit means that at most `5` attempts are made per request.",
            "needs_context",
        ),
        ("A worker started with `--fast` set to `true` does the same.", "needs_context"),
        ("The same applies to every queue created with `durable` set to `true`.", "needs_context"),
    ],
)
def test_the_same_points_back_only_when_the_sentence_names_no_comparison(
    sentence: str, reason: str | None
) -> None:
    assert unfit(sentence) == reason


def test_a_determiner_whose_noun_the_sentence_named_points_inside_it() -> None:
    inside = (
        "If `x` is set to `false` on an existing Service with allocated node ports,"
        " those node ports will not be de-allocated automatically."
    )
    assert unfit(inside) is None
    assert cloze_text(inside, hidden_tokens(inside)).startswith("If `x` is set to {{c1::`false`}}")
    outside = "You must remove the `nodePorts` entry of a Service to de-allocate those node ports."
    assert unfit(outside) == "needs_context"


def test_a_note_label_is_not_part_of_the_sentence() -> None:
    [sentence] = split_sentences("NOTE: The default values file must be named `values.yaml`.", 3)
    assert sentence.text == "The default values file must be named `values.yaml`."
    assert cloze_text(sentence.text, hidden_tokens(sentence.text)) == (
        "The default values file must be named {{c1::`values.yaml`}}."
    )


def test_at_most_two_sentences_of_a_paragraph() -> None:
    paragraph = " ".join(
        f"The `{name}` field must be set to `{value}` on every Service you create."
        for name, value in (("alpha", "one"), ("beta", "two"), ("gamma", "three"))
    )
    deck = build_deck(f"# Fields\n\n## Rules\n\n{paragraph}\n", "doc.md")
    notes = [n for n in deck.notes if isinstance(n, ClozeNote)]
    assert [n.id for n in notes] == [
        "rules/paragraph-1-sentence-1",
        "rules/paragraph-1-sentence-2",
    ]
    assert notes[0].text == (
        "The `alpha` field must be set to {{c1::`one`}} on every Service you create."
    )
    assert notes[0].origin is not None
    assert (notes[0].origin.section, notes[0].origin.line) == ("Rules", 5)


def test_rewording_a_sentence_keeps_its_id() -> None:
    before = build_deck("# T\n\n## Ports\n\nThe default port range is 30000-32767 today.\n", "d.md")
    after = build_deck(
        "# T\n\n## Ports\n\nThe default node port range is 30000-32767 on a cluster.\n", "d.md"
    )
    assert [n.id for n in before.notes] == [n.id for n in after.notes]
    assert [n.id for n in before.notes] == ["ports/paragraph-1-sentence-1"]


def test_a_sentence_showing_cloze_markup_makes_no_broken_note() -> None:
    text = (
        "# Anki\n\n## Syntax\n\n"
        "The default deletion is written `{{c1::answer}}` in the field.\n\n"
        "A deletion {{c1::x}} must be closed with `}}` always in every field.\n\n"
        "The default separator of a hint is `::` in the field of a note.\n\n"
        "By default, the field {{c2::y}} is set to `none` for every new note.\n"
    )
    deck = build_deck(text, "anki.md")
    assert [n for n in deck.notes if isinstance(n, ClozeNote)] == []


def test_worked_examples_and_their_objects_make_no_notes() -> None:
    text = """\
# ConfigMaps

## Motivation

For example, imagine an application that runs on your laptop and in the cloud.
You write the code to look in an environment variable named `DATABASE_HOST` always.

Locally, you set that variable to `localhost` on every run.

## Volumes

```yaml
volumeMounts:
  - name: config
    mountPath: "/config"
```

The kubelet makes sure that `/config` only contains files of the ConfigMap in a Pod.

If you want `/data` to only hold files, use two different ConfigMaps in the Pod.
"""
    deck = build_deck(text, "configmap.md")
    assert [n.text for n in deck.notes if isinstance(n, ClozeNote)] == []


_WORDS = st.sampled_from(
    [
        "The",
        "default",
        "is",
        "`x`",
        "`{{c1::y}}`",
        "`a::b`",
        "must",
        "be",
        "only",
        "at most",
        "100",
        "ms",
        "30000-32767",
        "range",
        "set",
        "to",
        "field",
        "`port`",
        "}}",
        "{{c2::z}}",
        "::",
        "RFC 1035",
        "named",
        "by default",
        ",",
        ".",
        "(default:",
        ")",
        "e.g.",
        "Note:",
        "`",
        "``a`b``",
        "it",
        "2<sup>53</sup>",
        "\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=3, max_size=40), min_size=1, max_size=4))
def test_every_cloze_note_built_from_any_prose_loads_back(paragraphs: list[list[str]]) -> None:
    body = "\n\n".join(" ".join(words) for words in paragraphs)
    deck = build_deck(f"# Doc\n\n## Part\n\n{body}\n", "doc.md")
    for note in deck.notes:
        if isinstance(note, ClozeNote):
            assert cloze.problem(note.text) is None
            assert 1 <= len(cloze.numbers(note.text)) <= 2
    loaded = loads_deck(dumps_deck(deck))
    assert loaded.notes == deck.notes
