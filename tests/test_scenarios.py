"""Scenario questions: runnable manifests, seeded variations, every ask graded by the evaluator."""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quizkit
from quizkit.deckfile import (
    Ask,
    Deck,
    Note,
    NoteType,
    ScenarioNote,
    dumps_deck,
    load_deck,
)
from quizkit.manifests import slug
from quizkit.routing import Reason, evaluate
from quizkit.scenarios import (
    DEFAULT_SEED,
    REASON_CODES,
    _names_a_pod,
    complete_manifests,
    expected_answer,
    grade_scenario,
    intended_service,
    runnable_deck,
    scenario_deck,
    variations,
    visible_request,
)
from quizkit.variations import RULES, Draft, Scenario, Variation, VariationRule, edited
from tests.helpers import MORNING

ROOT = Path(__file__).resolve().parent.parent

ORDER_CLUSTERIP = """\
apiVersion: v1
kind: Service
metadata:
  name: order-service
spec:
  selector:
    app: order
  ports:
    - port: 80
      targetPort: 8081
  type: ClusterIP  # <-- default
"""

ORDER_NODEPORT = ORDER_CLUSTERIP.replace(
    "      targetPort: 8081\n", "      targetPort: 8081\n      nodePort: 30080\n"
).replace("type: ClusterIP  # <-- default", "type: NodePort")


def scenario(ask: Ask, manifests: str, origin: str, target: str, **extra: str) -> ScenarioNote:
    return ScenarioNote(
        id="scenario/t",
        ask=ask,
        prompt="p",
        manifests=complete_manifests(manifests),
        request={"from": origin, "to": target},
        service=extra.get("service", "default/order-service"),
    )


def test_reason_codes_are_the_evaluators() -> None:
    assert list(REASON_CODES) == [r.value for r in Reason]


def test_scenarios_read_the_evaluators_vocabulary_without_loading_it() -> None:
    """Showing a card needs the reason codes and the default nodes, not the evaluator:
    both come from one light module that the evaluator imports too."""
    code = (
        "import sys, quizkit.scenarios, quizkit.variations\n"
        "print(sorted(m for m in sys.modules if m.startswith('quizkit.routing')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = "['quizkit.routing', 'quizkit.routing.conventions', 'quizkit.routing.loader']"
    assert out.strip() == loaded  # the vocabulary and the YAML loader, no evaluator
    from quizkit.routing import cluster, conventions, load, result

    assert result.Reason is conventions.Reason
    assert cluster.DEFAULT_NODES is conventions.DEFAULT_NODES
    nodes = load(ORDER_CLUSTERIP).nodes
    assert tuple((n.name, n.ip) for n in nodes) == conventions.DEFAULT_NODES


# -- completion ---------------------------------------------------------------------


def test_completion_adds_pods_behind_the_selector_on_the_target_port() -> None:
    done = complete_manifests(ORDER_CLUSTERIP)
    assert done.startswith(ORDER_CLUSTERIP)
    docs = list(yaml.safe_load_all(done))
    deployment = docs[1]
    assert deployment["kind"] == "Deployment"
    assert deployment["spec"]["selector"]["matchLabels"] == {"app": "order"}
    assert deployment["spec"]["template"]["metadata"]["labels"] == {"app": "order"}
    assert deployment["spec"]["template"]["spec"]["containers"][0]["ports"] == [
        {"containerPort": 8081}
    ]
    assert "&id" not in done
    result = evaluate(done, "pod:default/client", "http://order-service/orders/123")
    assert (result.reachable, result.reason) == (True, Reason.OK)
    assert [e.port for e in result.endpoints] == [8081, 8081]


SELECTORLESS_DB = """\
apiVersion: v1
kind: Service
metadata:
  name: mydb
spec:
  ports:
  - protocol: TCP
    port: 80
    targetPort: 9377
"""


def test_completion_keeps_a_complete_service_without_a_selector_as_written() -> None:
    # apiVersion, kind and metadata.name: kubectl applies it as written, so the missing
    # selector is the author's (a Service only its DNS name is needed of).
    assert complete_manifests(SELECTORLESS_DB) == SELECTORLESS_DB
    result = evaluate(SELECTORLESS_DB, "pod:default/client", "http://mydb:80")
    assert (result.reachable, result.reason, result.endpoints) == (
        False,
        Reason.NO_ENDPOINTS,
        (),
    )
    assert "a Service without a selector gets no EndpointSlices" in result.detail


@pytest.mark.parametrize(
    "snippet",
    [
        SELECTORLESS_DB.replace("apiVersion: v1\n", ""),
        SELECTORLESS_DB.replace("metadata:\n  name: mydb\n", "metadata:\n  name: ''\n"),
    ],
    ids=["no-api-version", "no-name"],
)
def test_completion_gives_only_an_abbreviated_service_a_selector(snippet: str) -> None:
    docs = list(yaml.safe_load_all(complete_manifests(snippet)))
    if docs[0]["metadata"]["name"]:  # named: a Service in front of its app
        assert docs[0]["spec"]["selector"] == {"app": "mydb"}
        assert [d["kind"] for d in docs] == ["Service", "Deployment"]
    else:  # nothing to name the app after: left for the evaluator to refuse
        assert "selector" not in docs[0]["spec"]
        assert [d["kind"] for d in docs] == ["Service"]


def test_no_endpoints_reason_names_the_missing_selector_only_when_it_is_missing() -> None:
    with_selector = SELECTORLESS_DB.replace("spec:\n", "spec:\n  selector:\n    app: db\n")
    result = evaluate(with_selector, "pod:default/client", "http://mydb:80")
    assert result.reason is Reason.NO_ENDPOINTS
    assert result.detail == "default/mydb:80 has no endpoints; kube-proxy rejects (R59)"
    by_hand = (
        SELECTORLESS_DB
        + """\
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: mydb-1
  labels:
    kubernetes.io/service-name: mydb
addressType: IPv4
ports:
- protocol: TCP
  port: 9377
endpoints:
- addresses: [10.1.2.3]
  conditions: {ready: false}
"""
    )
    result = evaluate(by_hand, "pod:default/client", "http://mydb:80")
    assert result.reason is Reason.NO_ENDPOINTS
    assert result.detail == "default/mydb:80 has no endpoints; kube-proxy rejects (R59)"


@pytest.mark.parametrize("kind", ["StatefulSet", "DaemonSet"])
def test_completion_adds_no_pods_behind_a_selector_another_workload_kind_matches(
    kind: str,
) -> None:
    # The evaluator runs the pods of a StatefulSet or DaemonSet: the Service in front
    # of one needs no invented Deployment.
    workload = f"""\
apiVersion: apps/v1
kind: {kind}
metadata:
  name: order
spec:
  selector:
    matchLabels:
      app: order
  template:
    metadata:
      labels:
        app: order
    spec:
      containers:
      - name: order
        image: shop/order:1
        ports:
        - containerPort: 8081
"""
    text = f"{ORDER_CLUSTERIP}---\n{workload}"
    done = complete_manifests(text)
    assert [d["kind"] for d in yaml.safe_load_all(done)] == ["Service", kind]
    result = evaluate(done, "pod:default/client", "http://order-service/orders/123")
    assert (result.reachable, result.reason) == (True, Reason.OK)


def test_completion_leaves_complete_manifests_alone() -> None:
    done = complete_manifests(ORDER_CLUSTERIP)
    assert complete_manifests(done) == done


def test_completion_names_a_named_target_port_and_declares_namespaces() -> None:
    text = ORDER_CLUSTERIP.replace("targetPort: 8081", "targetPort: http").replace(
        "  name: order-service\n", "  name: order-service\n  namespace: shop\n"
    )
    docs = list(yaml.safe_load_all(complete_manifests(text)))
    kinds = [d["kind"] for d in docs]
    assert kinds == ["Namespace", "Service", "Deployment"]
    ports = docs[2]["spec"]["template"]["spec"]["containers"][0]["ports"]
    assert ports == [{"name": "http", "containerPort": 8080}]
    assert evaluate(complete_manifests(text), "pod:shop/client", "order-service:80").reachable


def test_completion_gives_a_load_balancer_its_address() -> None:
    text = ORDER_CLUSTERIP.replace("type: ClusterIP  # <-- default", "type: LoadBalancer")
    done = complete_manifests(text)
    result = evaluate(done, "external", "http://<EXTERNAL-LB-IP>/orders/123")
    assert (result.reachable, result.hops[0].address) == (True, "203.0.113.10:80")


# -- the five asks --------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["yes", "Yes.", "y", "reachable", "YES it arrives"])
def test_reachable_right(answer: str) -> None:
    note = scenario(Ask.REACHABLE, ORDER_NODEPORT, "external", "http://<NodeIP>:30080/orders/123")
    verdict = grade_scenario(note, answer)
    assert verdict.correct
    assert verdict.expected == "yes"
    assert "192.168.10.11:30080 (NodePort)" in verdict.feedback


@pytest.mark.parametrize("answer", ["no", "No", "not reachable", "n"])
def test_reachable_wrong(answer: str) -> None:
    note = scenario(Ask.REACHABLE, ORDER_NODEPORT, "external", "http://<NodeIP>:30080/orders/123")
    assert not grade_scenario(note, answer).correct


def test_clusterip_is_not_reachable_from_outside() -> None:
    note = scenario(Ask.REACHABLE, ORDER_CLUSTERIP, "external", "http://order-service/orders/123")
    assert grade_scenario(note, "no").correct
    assert not grade_scenario(note, "yes").correct


def test_reachable_nonsense_is_wrong_with_a_reason() -> None:
    note = scenario(Ask.REACHABLE, ORDER_NODEPORT, "external", "<NodeIP>:30080")
    verdict = grade_scenario(note, "maybe?")
    assert not verdict.correct
    assert verdict.feedback.startswith("Answer yes or no.")


@pytest.mark.parametrize(
    "answer", ["order-0:8081", "default/order-1 8081", "pod order-0, port 8081", "8081"]
)
def test_endpoint_right(answer: str) -> None:
    note = scenario(Ask.ENDPOINT, ORDER_CLUSTERIP, "pod:default/client", "order-service:80")
    verdict = grade_scenario(note, answer)
    assert verdict.correct, verdict.feedback
    assert verdict.expected == ["default/order-0:8081", "default/order-1:8081"]


@pytest.mark.parametrize("answer", ["order-0:80", "web-0:8081", "order-7:8081", "none", "order-0"])
def test_endpoint_wrong(answer: str) -> None:
    note = scenario(Ask.ENDPOINT, ORDER_CLUSTERIP, "pod:default/client", "order-service:80")
    assert not grade_scenario(note, answer).correct


@pytest.mark.parametrize(
    "answer",
    [
        "http://order-service/orders/123",
        "order-service:80",
        "order-service.default:80",
        "http://order-service.default.svc.cluster.local/",
        "http://order-service.default.svc:80/x",
        "10.96.0.11:80",
    ],
)
def test_url_every_valid_spelling_counts(answer: str) -> None:
    note = scenario(Ask.URL, ORDER_NODEPORT, "pod:default/client", "http://order-service/")
    verdict = grade_scenario(note, answer)
    assert verdict.correct, verdict.feedback


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        ("http://order-service:8081/", "does not arrive"),
        ("orders:80", "reaches no Service"),
        ("http://[oops", "Not a usable URL"),
        ("ftp:/x y z", "Not a usable URL"),
    ],
)
def test_url_wrong(answer: str, why: str) -> None:
    note = scenario(Ask.URL, ORDER_NODEPORT, "pod:default/client", "http://order-service/")
    verdict = grade_scenario(note, answer)
    assert not verdict.correct
    assert why in verdict.feedback


def test_url_from_outside_needs_a_node_port() -> None:
    note = scenario(Ask.URL, ORDER_NODEPORT, "external", "http://<NodeIP>:30080/")
    assert grade_scenario(note, "192.168.10.12:30080").correct
    assert grade_scenario(note, "http://<NodeIP>:30080/orders/1").correct
    assert not grade_scenario(note, "order-service:80").correct
    assert not grade_scenario(note, "10.96.0.11:80").correct


@pytest.mark.parametrize("answer", ["not-listening", "Not listening", "NOT_LISTENING "])
def test_reason_right(answer: str) -> None:
    manifests = complete_manifests(ORDER_CLUSTERIP).replace("targetPort: 8081", "targetPort: 9090")
    note = replace(
        scenario(Ask.REASON, ORDER_CLUSTERIP, "pod:default/client", "order-service:80"),
        manifests=manifests,
    )
    verdict = grade_scenario(note, answer)
    assert verdict.correct
    assert verdict.expected == "not-listening"


@pytest.mark.parametrize("answer", ["no-endpoints", "ok", "because", ""])
def test_reason_wrong(answer: str) -> None:
    manifests = complete_manifests(ORDER_CLUSTERIP).replace("targetPort: 8081", "targetPort: 9090")
    note = replace(
        scenario(Ask.REASON, ORDER_CLUSTERIP, "pod:default/client", "order-service:80"),
        manifests=manifests,
    )
    assert not grade_scenario(note, answer).correct


def broken_selector_note() -> ScenarioNote:
    good = complete_manifests(ORDER_NODEPORT)
    return replace(
        scenario(Ask.FIX, ORDER_NODEPORT, "external", "http://<NodeIP>:30080/orders/123"),
        manifests=good.replace("    app: order\n  ports:", "    app: orders\n  ports:", 1),
    )


def test_fix_right_in_several_ways() -> None:
    note = broken_selector_note()
    assert grade_scenario(note, complete_manifests(ORDER_NODEPORT)).correct
    # Relabel the pods instead of the selector: also a fix.
    relabeled = note.manifests.replace("      app: order\n", "      app: orders\n").replace(
        "app: order\n", "app: orders\n"
    )
    verdict = grade_scenario(note, relabeled)
    assert verdict.correct, verdict.feedback


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        ("kind: [unclosed", "YAML syntax error"),
        ("just some words", "could not be used"),
        ("", "No answer given"),
    ],
)
def test_fix_answers_that_are_not_manifests(answer: str, why: str) -> None:
    verdict = grade_scenario(broken_selector_note(), answer)
    assert not verdict.correct
    assert why in verdict.feedback


def test_fix_left_broken_or_invalid_is_wrong() -> None:
    note = broken_selector_note()
    assert "does not arrive" in grade_scenario(note, note.manifests).feedback
    invalid = complete_manifests(ORDER_NODEPORT).replace("nodePort: 30080", "nodePort: 29999")
    verdict = grade_scenario(note, invalid)
    assert not verdict.correct
    assert "refuses" in verdict.feedback


# -- generated variations and the deck --------------------------------------------------


def base_notes() -> list[ScenarioNote]:
    notes = []
    for path in sorted((ROOT / "decks").glob("*.yaml")):
        notes += [n for n in load_deck(path).notes if isinstance(n, ScenarioNote)]
    return notes


def test_variations_are_deterministic_and_seeded() -> None:
    base = scenario(Ask.REACHABLE, ORDER_NODEPORT, "external", "http://<NodeIP>:30080/orders/123")
    first = variations(base, 7)
    assert [v.note for v in first] == [v.note for v in variations(base, 7)]
    assert all(v.note.seed == 7 for v in first)
    assert {v.note.ask for v in first} == set(Ask)


def rule_bases() -> list[ScenarioNote]:
    """Two scenarios that, between them, every rule of the table varies."""
    return [
        scenario(Ask.REACHABLE, text, "pod:default/client", target)
        for text, target in (
            (ORDER_CLUSTERIP, "http://order-service/orders/123"),
            (ORDER_NODEPORT, "http://order-service/orders/123"),
        )
    ]


def rule_of(variation: Variation) -> str:
    """The rule that made a variation: the middle of ``<scenario>/<rule>/<ask>``."""
    return variation.note.id.rsplit("/", 2)[1]


def test_every_rule_varies_one_of_the_bases_and_names_its_notes() -> None:
    made = []
    for base in rule_bases():
        of_one = variations(base, DEFAULT_SEED)
        assert len({v.note.id for v in of_one}) == len(of_one)
        made += of_one
    assert {rule_of(v) for v in made} == {rule.name for rule in RULES}
    for variation in made:
        assert variation.note.id.endswith(f"/{variation.note.ask}")


def test_every_rule_says_which_kubernetes_behaviour_it_teaches() -> None:
    assert len({rule.name for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.name == slug(rule.name)
        assert len(rule.doc.split()) >= 12, rule.name


@pytest.mark.parametrize("dropped", [rule.name for rule in RULES])
def test_dropping_a_rule_changes_no_other_rules_variations(dropped: str) -> None:
    """Each rule draws from its own generator (deck seed, note id, rule name)."""
    others = tuple(rule for rule in RULES if rule.name != dropped)
    for base in rule_bases():
        every = variations(base, DEFAULT_SEED)
        assert variations(base, DEFAULT_SEED, others) == [v for v in every if rule_of(v) != dropped]


def test_adding_a_rule_that_draws_changes_no_other_rules_variations() -> None:
    def greedy(s: Scenario, rng: random.Random) -> list[Draft]:
        """Draws a thousand numbers from its generator and asks nothing."""
        for _ in range(1000):
            rng.random()
        return []

    for base in rule_bases():
        every = variations(base, DEFAULT_SEED)
        widened = (VariationRule("greedy", greedy), *RULES[:3], VariationRule("g2", greedy))
        assert variations(base, DEFAULT_SEED, (*widened, *RULES[3:])) == every


def test_a_rules_draws_follow_the_seed_the_note_and_the_rule() -> None:
    rule = next(rule for rule in RULES if rule.name == "wrong-target-port")
    draws = {
        (seed, note_id, name): VariationRule(name, rule.apply).generator(seed, note_id).random()
        for seed in (1, 2)
        for note_id in ("scenario/a", "scenario/b")
        for name in ("wrong-target-port", "other-namespace")
    }
    assert len(set(draws.values())) == len(draws)
    assert rule.generator(1, "scenario/a").random() == draws[(1, "scenario/a", rule.name)]


def test_traffic_policy_local_always_asks_of_a_node_without_the_pod() -> None:
    """Asked of the pod's own node it would answer like the scenario as written, and
    the build would drop it: every seed must give a card that teaches the drop."""
    base = rule_bases()[1]
    for seed in range(20):
        (made,) = [v for v in variations(base, seed) if rule_of(v) == "traffic-policy-local"]
        request = made.note.request
        result = evaluate(made.note.manifests, request["from"], request["to"])
        assert "runs on node-a (192.168.10.11)" in made.note.prompt
        assert request["to"].startswith("http://192.168.10.12:")
        assert result.reachable is False


def test_the_bundled_scenario_deck_has_a_traffic_policy_local_card() -> None:
    ids = [n.id for n in base_notes()]
    assert any("/traffic-policy-local/" in note_id for note_id in ids)


def test_rules_build_new_documents_and_never_change_the_scenarios() -> None:
    for base in rule_bases():
        scenario_ = Scenario.of(base)
        assert scenario_ is not None
        before = copy.deepcopy(scenario_.docs)
        for rule in RULES:
            list(rule.apply(scenario_, random.Random(0)))
        assert scenario_.docs == before


def test_edited_copies_only_the_path_it_sets() -> None:
    doc: dict[str, Any] = {
        "kind": "Service",
        "spec": {"ports": [{"port": 80, "targetPort": 8080}], "x": [1]},
    }
    new = edited(doc, ("spec", "ports", 0, "targetPort"), 9090)
    assert new == {
        "kind": "Service",
        "spec": {"ports": [{"port": 80, "targetPort": 9090}], "x": [1]},
    }
    assert doc["spec"]["ports"][0]["targetPort"] == 8080  # the original is unchanged
    assert new["spec"]["x"] is doc["spec"]["x"]  # what the path does not cross is shared
    added = edited(doc, ("spec", "externalTrafficPolicy"), "Local")
    assert list(added["spec"]) == ["ports", "x", "externalTrafficPolicy"]
    assert "externalTrafficPolicy" not in doc["spec"]


def test_every_variation_has_a_right_answer() -> None:
    base = scenario(Ask.REACHABLE, ORDER_NODEPORT, "external", "http://<NodeIP>:30080/orders/123")
    for variation in variations(base, DEFAULT_SEED):
        note = variation.note
        expected, result = expected_answer(note)
        if note.ask is Ask.FIX:
            assert variation.known_fix is not None
            assert grade_scenario(note, variation.known_fix).correct
        elif note.ask is Ask.ENDPOINT and isinstance(expected, list):
            assert grade_scenario(note, expected[0]).correct
        else:
            assert isinstance(expected, str)
            assert grade_scenario(note, expected).correct, (note.id, expected, result.describe())


def test_every_scenario_in_the_bundled_decks_evaluates_and_has_a_right_answer() -> None:
    notes = base_notes()
    if not notes:
        pytest.skip("no scenario notes in decks/ yet")
    for note in notes:
        expected, result = expected_answer(note)
        assert result.valid or note.ask in (Ask.FIX, Ask.REACHABLE, Ask.REASON), note.id
        if note.ask is Ask.FIX:
            continue  # graded against a fix; see test_every_variation_has_a_right_answer
        answer = expected[0] if isinstance(expected, list) else expected
        assert grade_scenario(note, answer).correct, (note.id, answer)


def test_scenario_deck_round_trips() -> None:
    base = scenario(Ask.REACHABLE, ORDER_NODEPORT, "external", "http://<NodeIP>:30080/orders/123")
    from quizkit.deckfile import Deck, loads_deck

    deck = scenario_deck([Deck("docs", "Docs", (base,))])
    assert deck is not None
    assert loads_deck(dumps_deck(deck)).notes == deck.notes
    assert all(n.id.startswith("docs/t/") for n in deck.notes)


# -- through the store and the CLI ------------------------------------------------------


def test_learner_answers_scenarios_with_responses(tmp_path: Path) -> None:
    from quizkit.deckfile import Deck

    base = scenario(Ask.REACHABLE, ORDER_NODEPORT, "external", "http://<NodeIP>:30080/orders/123")
    deck = scenario_deck([Deck("docs", "Docs", (base,))])
    assert deck is not None
    path = tmp_path / "scenarios.yaml"
    path.write_text(dumps_deck(deck), encoding="utf-8")
    with quizkit.open(tmp_path / "s.db") as col:
        col.import_decks([path])
        me = col.learner("ann")
        url_card = next(n for n in deck.notes if isinstance(n, ScenarioNote) and n.ask is Ask.URL)
        right = me.answer(
            f"k8s-service-scenarios/{url_card.id}", response="<NodeIP>:30080", now=MORNING
        )
        assert (right.correct, right.grade) == (True, 4)
        wrong = me.answer(
            f"k8s-service-scenarios/{url_card.id}", response="not a url at all", now=MORNING
        )
        assert (wrong.correct, wrong.grade) == (False, 1)
        assert "Not a usable URL" in wrong.feedback
        reason = next(n for n in deck.notes if isinstance(n, ScenarioNote) and n.ask is Ask.REASON)
        card = col.card(f"k8s-service-scenarios/{reason.id}")
        data = card.to_dict()
        assert data["choices"] == list(REASON_CODES)
        url_json = col.card(f"k8s-service-scenarios/{url_card.id}").to_dict()
        assert "to" not in url_json["request"]


def test_cli_studies_the_bundled_scenario_deck(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from quizkit.cli import main

    base = ["--db", str(tmp_path / "cli.db"), "--learner", "ann"]
    assert main([*base, "import"]) == 0
    capsys.readouterr()
    assert main([*base, "next", "--deck", "k8s-service-scenarios", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)["card"]
    assert card["type"] == "scenario"
    assert card["ask"] == "endpoint"
    assert "Deployment" in card["manifests"]
    assert main([*base, "answer", card["id"], "--response", "backend-0:8080", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["correct"], result["grade"]) == (True, 4)
    assert "backend-0" in result["feedback"]
    assert main([*base, "answer", card["id"], "--response", "backend-0:9999", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["correct"] is False


# -- without `service:`, every ask derives the intended Service --------------------------


def without_service(note: ScenarioNote) -> ScenarioNote:
    return replace(note, service="")


def test_fix_without_service_grades_a_right_fix_right_and_a_wrong_one_wrong() -> None:
    # nodePort 29999 is refused: the as-written request reaches no Service at all, so
    # the Service to fix comes from the manifests (the "not None" report).
    broken = complete_manifests(ORDER_NODEPORT).replace("nodePort: 30080", "nodePort: 29999")
    note = without_service(
        replace(
            scenario(Ask.FIX, ORDER_NODEPORT, "external", "http://<NodeIP>:30080/orders/123"),
            manifests=broken,
        )
    )
    assert intended_service(note) == "default/order-service"
    right = grade_scenario(note, complete_manifests(ORDER_NODEPORT))
    assert right.correct, right.feedback
    assert "None" not in right.feedback
    assert not grade_scenario(note, broken).correct
    selector_fix = without_service(broken_selector_note())
    assert grade_scenario(selector_fix, complete_manifests(ORDER_NODEPORT)).correct
    assert not grade_scenario(selector_fix, selector_fix.manifests).correct


def test_url_without_service() -> None:
    note = without_service(
        scenario(Ask.URL, ORDER_NODEPORT, "pod:default/client", "http://order-service/")
    )
    assert grade_scenario(note, "order-service.default:80").correct
    assert not grade_scenario(note, "orders:80").correct


@pytest.mark.parametrize(
    ("ask", "right", "wrong"),
    [
        (Ask.REACHABLE, "yes", "no"),
        (Ask.ENDPOINT, "order-0:8081", "order-0:80"),
        (Ask.REASON, "ok", "nxdomain"),
    ],
)
def test_other_asks_without_service(ask: Ask, right: str, wrong: str) -> None:
    note = without_service(scenario(ask, ORDER_CLUSTERIP, "pod:default/client", "order-service:80"))
    assert grade_scenario(note, right).correct
    assert not grade_scenario(note, wrong).correct


@pytest.mark.parametrize(
    ("target", "service"),
    [
        ("http://billing.shop:80/", "shop/billing"),  # the host names it
        ("http://10.96.0.200/", "default/order-service"),  # its clusterIP
        ("http://<NodeIP>:30080/", "default/order-service"),  # else the first one
    ],
)
def test_intended_service_is_the_one_the_target_names(target: str, service: str) -> None:
    billing = ORDER_CLUSTERIP.replace("order-service", "billing").replace(
        "  name: billing\n", "  name: billing\n  namespace: shop\n"
    )
    first = ORDER_NODEPORT.replace("  type: NodePort", "  type: NodePort\n  clusterIP: 10.96.0.200")
    note = ScenarioNote(
        id="scenario/t",
        ask=Ask.URL,
        prompt="",
        manifests=first + "---\n" + billing,
        request={"from": "external", "to": target},
    )
    assert intended_service(note) == service


# -- what a front end may show before the answer ------------------------------------------


def test_visible_request_hides_only_a_url_cards_target() -> None:
    url = without_service(
        scenario(Ask.URL, ORDER_NODEPORT, "pod:default/client", "http://order-service/")
    )
    assert visible_request(url) == {
        "from": "pod:default/client",
        "service": "default/order-service",
    }
    reach = scenario(Ask.REACHABLE, ORDER_NODEPORT, "external", "http://<NodeIP>:30080/")
    assert visible_request(reach) == {"from": "external", "to": "http://<NodeIP>:30080/"}


def test_no_front_end_shows_a_url_cards_target(tmp_path: Path) -> None:
    from quizkit.anki.fields import scenario_fields
    from quizkit.store.types import Card
    from quizkit.tui import _request

    target = "http://backend-service.default:80"
    card = Card(
        id="d/scenario/t",
        deck="d",
        note_id="scenario/t",
        type=NoteType.SCENARIO,
        front="A pod in namespace default wants to reach backend-service.",
        back="",
        ask=Ask.URL,
        prompt="A pod in namespace default wants to reach backend-service.",
        manifests=complete_manifests(ORDER_CLUSTERIP.replace("order-service", "backend-service")),
        request={"from": "pod:default/client", "to": target},
    )
    screen = _request(card)  # the study screen and the piped protocol both print this
    assert screen == "from pod:default/client to Service default/backend-service (TCP)"
    as_json = json.dumps(card.to_dict())
    assert "backend-service.default" not in as_json
    front = scenario_fields(card, "", card.id)[:3]
    assert not any("backend-service.default" in field for field in front)
    assert any("default/backend-service" in field for field in front)


# -- hostile input: bounded work, never a crash ------------------------------------------


def test_pod_name_check_is_linear_and_right() -> None:
    assert _names_a_pod("web-0:8080")
    assert _names_a_pod("pod api-7f9c-2 on 80")
    assert not _names_a_pod("8080")
    assert not _names_a_pod("-0 and 0-1")  # no letter before the hyphen
    assert not _names_a_pod("x" * 200_000)  # the input that backtracked quadratically
    assert _names_a_pod("x" * 200_000 + "-1")


def test_a_huge_endpoint_answer_is_graded_by_what_it_names() -> None:
    note = scenario(Ask.ENDPOINT, ORDER_CLUSTERIP, "pod:default/client", "order-service:80")
    # A port alone is a right answer; a long run of letters names no pod.
    assert grade_scenario(note, "x" * 200_000 + " 8081").correct
    # A pod-shaped name that is no pod of the scenario makes it wrong.
    assert not grade_scenario(note, "x" * 200_000 + "-1 8081").correct
    assert grade_scenario(note, "y" * 200_000 + " order-0 8081").correct


MALFORMED_SERVICES = [
    "spec:\n  ports: [80]\n  selector: {app: a}",
    "spec: hello",
    "spec:\n  ports:\n  - port: 80\n    targetPort: .inf\n  selector: {app: a}",
    "spec:\n  type: [NodePort]\n  ports: [{port: 80}]\n  selector: {app: a}",
    "spec:\n  ports: {port: 80}\n  selector: [a]",
    "spec:\n  ports: [{port: 80, targetPort: 1e400, protocol: [TCP]}]\n  selector: {app: a}",
    "spec:\n  ports: [{port: -1, targetPort: true, nodePort: 99999999}]\n  selector: {app: 1}",
    "spec:\n  ports: [{port: 80}]\n  selector: {app: a}\n  clusterIP: [1]\nstatus: 5",
    "metadata: [x]\nspec:\n  ports: [{port: 80}]",
    "metadata: {name: {a: b}, namespace: [x]}\nspec: {type: LoadBalancer, ports: [{}]}",
    "spec:\n  type: LoadBalancer\n  ports: [{port: 80}]\n  selector: {app: a}\n"
    "status: {loadBalancer: 7}",
]


def _service_text(body: str) -> str:
    head = "apiVersion: v1\nkind: Service\n"
    return head + ("" if body.startswith("metadata") else "metadata: {name: s}\n") + body + "\n"


def _document_note(manifests: str) -> Note:
    """A scenario as the build makes it from a document: no answer, no ``service:``."""
    return ScenarioNote(
        id="scenario/s/inside-via-clusterip",
        ask=Ask.REACHABLE,
        prompt="p",
        manifests=manifests,
        request={"from": "pod:default/client", "to": "http://s:80"},
    )


@pytest.mark.parametrize("body", MALFORMED_SERVICES)
def test_malformed_services_complete_and_build_without_crashing(body: str) -> None:
    text = _service_text(body)
    assert "kind: Service" in complete_manifests(text)  # kept, for the evaluator to refuse
    note = _document_note(text)
    reported: list[str] = []
    deck = runnable_deck(Deck(slug="d", title="d", notes=(note,)), reported.append)
    scenario_deck([deck], report=reported.append)  # every variation evaluated; none raises
    assert len(deck.notes) + len(reported) >= 1


_keys = st.sampled_from(["port", "targetPort", "nodePort", "protocol", "name", "selector"])
_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=12),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(_keys, children, max_size=3)
    ),
    max_leaves=8,
)
_specs = st.one_of(
    _values,
    st.fixed_dictionaries(
        {},
        optional={
            "type": st.one_of(st.sampled_from(["ClusterIP", "NodePort", "LoadBalancer"]), _values),
            "ports": st.one_of(
                st.lists(st.dictionaries(_keys, _values, max_size=4), max_size=3), _values
            ),
            "selector": st.one_of(
                st.dictionaries(st.text(max_size=5), _values, max_size=2), _values
            ),
            "clusterIP": _values,
        },
    ),
)


@given(spec=_specs, metadata=st.one_of(_values, st.just({"name": "s"})), status=_values)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_fuzz_one_bad_manifest_never_stops_a_build(spec: Any, metadata: Any, status: Any) -> None:
    doc = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": metadata,
        "spec": spec,
        "status": status,
    }
    text = yaml.safe_dump(doc) + "---\n" + complete_manifests(ORDER_CLUSTERIP)
    assert "order-service" in complete_manifests(text)
    bad = _document_note(text)
    good = scenario(Ask.REACHABLE, ORDER_CLUSTERIP, "pod:default/client", "http://order-service/")
    reported: list[str] = []
    deck = runnable_deck(Deck(slug="d", title="d", notes=(bad, good)), reported.append)
    assert good.id in {n.id for n in deck.notes}  # the good one always survives
    variations_deck = scenario_deck([deck], report=reported.append)
    assert variations_deck is not None


def _whole_stream(docs: list[Any]) -> str:
    """What yaml.dump_all writes: the text _dump must equal, byte for byte."""
    from quizkit.manifests import _PlainDumper

    return yaml.dump_all(
        docs, Dumper=_PlainDumper, sort_keys=False, default_flow_style=False, width=1000
    )


def test_manifests_written_one_object_at_a_time_equal_the_whole_stream() -> None:
    """Variations are written from per-object texts (each object once); the deck files
    must not change by a byte, for the bundled scenarios and every variation of them."""
    from quizkit.manifests import dump_documents as _dump
    from quizkit.manifests import load_documents as _load

    texts = [ORDER_CLUSTERIP, ORDER_NODEPORT, complete_manifests(ORDER_NODEPORT)]
    for path in sorted((ROOT / "decks").glob("*.yaml")):
        for note in load_deck(path).notes:
            if isinstance(note, ScenarioNote):
                texts.append(note.manifests)
    assert len(texts) > 20
    for text in texts:
        docs = _load(text)
        assert docs
        assert _dump(docs) == _whole_stream(docs)
        assert _dump(docs) == _whole_stream(docs)  # written again from the kept texts


_objects = st.dictionaries(
    st.one_of(st.text(max_size=6), st.integers(-3, 3), st.booleans()),
    st.recursive(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(min_value=-(2**70), max_value=2**70),
            st.floats(allow_nan=True, allow_infinity=True),
            st.text(max_size=12),
            st.dates(),
        ),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
        max_leaves=8,
    ),
    max_size=4,
)


@given(docs=st.lists(st.one_of(_objects, st.just({})), max_size=4))
@settings(max_examples=200, deadline=None)
def test_fuzz_manifests_written_per_object_equal_the_whole_stream(docs: list[Any]) -> None:
    """Any objects, empty ones (written ``--- {}`` after a separator) included."""
    from quizkit.manifests import dump_documents as _dump

    assert _dump(docs) == _whole_stream(docs)


def test_manifests_are_read_as_the_evaluator_reads_them() -> None:
    """One loader for both: a date-shaped label stays a string (as in the evaluator),
    a collection shared through an alias is refused, and so is YAML over the limits."""
    from quizkit.manifests import load_documents
    from quizkit.routing.loader import MAX_DEPTH, load_yaml_documents

    dated = "kind: Service\nmetadata: {name: s, labels: {released: 2024-01-01}}\n"
    assert load_documents(dated) == load_yaml_documents(dated)
    assert load_documents(dated)[0]["metadata"]["labels"]["released"] == "2024-01-01"
    assert load_documents("kind: Service\nx: &a [1]\ny: *a\n") == []
    assert load_documents("kind: Service\nx: &a {k: 1}\ny: [*a]\n") == []
    assert load_documents("kind: Service\nx: &a web\ny: *a\n") == [
        {"kind": "Service", "x": "web", "y": "web"}
    ]
    assert load_documents("a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)) == []
    assert load_documents("kind: [unclosed\n") == []
