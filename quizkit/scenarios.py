"""Scenario questions: runnable manifests, seeded variations, and grading by the evaluator.

The documents teach with a Service manifest and a ``curl`` beside it. This module
turns those into questions whose answers are computed, never typed in by hand:

- :func:`complete_manifests` adds what a document leaves out (the pods behind the
  selector, listening on the targetPort) so the example runs as the document means.
- :func:`variations` derives seeded variations of one scenario (wrong targetPort,
  selector mismatch, another namespace, pods not ready, nodePort out of range,
  traffic policy Local, ...) and asks one of the five questions about each.
- :func:`grade_scenario` grades any answer by running it through
  :func:`quizkit.routing.evaluate`; feedback shows the evaluator's path for both the
  learner's answer and the right one.

Everything here is pure: the seed is passed in and recorded on each generated note.
"""

from __future__ import annotations

import copy
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import yaml

from quizkit.deckfile import Ask, Deck, Note, NoteType
from quizkit.errors import QuizkitError
from quizkit.grading import Verdict

__all__ = [
    "DEFAULT_SEED",
    "REASON_CODES",
    "SCENARIO_DECK",
    "Variation",
    "complete_manifests",
    "expected_answer",
    "grade_scenario",
    "scenario_deck",
    "variations",
]

SCENARIO_DECK = "k8s-service-scenarios"
DEFAULT_SEED = 20261122
# The evaluator's reason codes, offered as choices for `reason` asks (kept equal to
# quizkit.routing.Reason by a test; listed here so showing a card loads no evaluator).
REASON_CODES = (
    "ok",
    "invalid",
    "nxdomain",
    "external-name",
    "lb-pending",
    "unroutable",
    "no-such-port",
    "no-endpoints",
    "dropped-by-policy",
    "not-listening",
)
_REPLICAS = 2
_NAMED_PORT_NUMBER = 8080
_YES = {"yes", "y", "true", "reachable", "reaches", "arrives", "it arrives", "works"}
_NO = {"no", "n", "false", "unreachable", "not reachable", "fails", "it fails", "does not"}


class ScenarioLike(Protocol):
    """What grading needs of a scenario: a deck ``Note`` or a store ``Card`` both fit."""

    @property
    def ask(self) -> Ask | None: ...
    @property
    def manifests(self) -> str: ...
    @property
    def request(self) -> Mapping[str, str]: ...
    @property
    def service(self) -> str: ...


# -- manifests ------------------------------------------------------------------------

Doc = dict[str, Any]


def _load(text: str) -> list[Doc]:
    return [d for d in yaml.safe_load_all(text) if isinstance(d, dict)]


class _PlainDumper(yaml.SafeDumper):
    """Never writes anchors: a learner reads (and edits) these manifests."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _dump(docs: Iterable[Doc]) -> str:
    return yaml.dump_all(
        list(docs), Dumper=_PlainDumper, sort_keys=False, default_flow_style=False, width=1000
    )


def _meta(doc: Doc) -> tuple[str, str]:
    meta = doc.get("metadata") or {}
    return str(meta.get("namespace") or "default"), str(meta.get("name") or "")


def _labels_of_workload(doc: Doc) -> dict[str, str]:
    if doc.get("kind") == "Pod":
        return dict((doc.get("metadata") or {}).get("labels") or {})
    template = ((doc.get("spec") or {}).get("template") or {}).get("metadata") or {}
    return dict(template.get("labels") or {})


def _selects(selector: Mapping[str, Any], labels: Mapping[str, Any]) -> bool:
    return bool(selector) and all(str(labels.get(k)) == str(v) for k, v in selector.items())


def _backing_deployment(service: Doc) -> Doc | None:
    """A Deployment whose pods the Service selects, listening where it sends traffic."""
    spec = service.get("spec") or {}
    selector = spec.get("selector") or {}
    if not isinstance(selector, dict) or not selector or spec.get("type") == "ExternalName":
        return None
    namespace, svc_name = _meta(service)
    ports = []
    for port in spec.get("ports") or []:
        target = port.get("targetPort", port.get("port"))
        entry: Doc = {}
        if isinstance(target, str) and not target.isdigit():
            entry = {"name": target, "containerPort": _NAMED_PORT_NUMBER}
        elif target is not None:
            entry = {"containerPort": int(target)}
        else:
            continue
        protocol = port.get("protocol", "TCP")
        if protocol != "TCP":
            entry["protocol"] = protocol
        if entry not in ports:
            ports.append(entry)
    name = str(selector.get("app") or next(iter(selector.values())) or svc_name)
    metadata: Doc = {"name": name}
    if namespace != "default":
        metadata["namespace"] = namespace
    labels = {str(k): str(v) for k, v in selector.items()}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": metadata,
        "spec": {
            "replicas": _REPLICAS,
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels},
                "spec": {
                    "containers": [{"name": name, "image": f"example/{name}:1.0", "ports": ports}]
                },
            },
        },
    }


def _lb_pending(doc: Doc) -> bool:
    if doc.get("kind") != "Service" or (doc.get("spec") or {}).get("type") != "LoadBalancer":
        return False
    return not ((doc.get("status") or {}).get("loadBalancer") or {}).get("ingress")


def complete_manifests(text: str) -> str:
    """The document's manifests plus what makes them runnable, appended after them.

    For every Service with a selector that no Pod or Deployment in the text matches,
    a Deployment of two pods is added whose labels are the selector and whose
    containers listen on each targetPort (a named targetPort becomes a named
    container port 8080). Namespaces that are used but not declared are declared.
    A LoadBalancer without an ingress address gets one from 203.0.113.0/24, as a
    cloud provider would assign it. The document's own text is kept verbatim at the
    top unless such an address had to be written into it.
    """
    docs = _load(text)
    workloads = [d for d in docs if d.get("kind") in ("Pod", "Deployment")]
    added: list[Doc] = []
    pending = [d for d in docs if _lb_pending(d)]
    if pending:
        # The documents assume a cloud that provisions the load balancer; without an
        # ingress address the evaluator (rightly) says lb-pending. Give each one.
        for i, doc in enumerate(pending):
            doc["status"] = {"loadBalancer": {"ingress": [{"ip": f"203.0.113.{10 + i}"}]}}
        text = _dump(docs)
    declared = {_meta(d)[1] for d in docs if d.get("kind") == "Namespace"}
    builtin = {"default", "kube-system", "kube-public"}
    namespaces: list[Doc] = []
    for doc in docs:
        namespace = _meta(doc)[0]
        if namespace not in builtin | declared:
            namespaces.append(
                {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": namespace}}
            )
            declared.add(namespace)
    for doc in docs:
        if doc.get("kind") != "Service":
            continue
        selector = (doc.get("spec") or {}).get("selector") or {}
        namespace = _meta(doc)[0]
        if any(
            _meta(w)[0] == namespace and _selects(selector, _labels_of_workload(w))
            for w in workloads + added
        ):
            continue
        backing = _backing_deployment(doc)
        if backing is not None:
            added.append(backing)
    if not added and not namespaces:
        return text
    # Objects are applied in listed order: namespaces first, the document, then its pods.
    parts = [_dump(namespaces)] if namespaces else []
    parts.append(text if text.endswith("\n") else text + "\n")
    if added:
        parts.append(_dump(added))
    return "---\n".join(parts)


# -- variations -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Variation:
    """A generated scenario note and, for tests and feedback, one manifest that fixes it."""

    note: Note
    known_fix: str | None = None


def _service_doc(docs: list[Doc], key: str) -> Doc | None:
    for doc in docs:
        if doc.get("kind") == "Service" and "/".join(_meta(doc)) == key:
            return doc
    return None


def _first_service(docs: list[Doc]) -> Doc | None:
    return next((d for d in docs if d.get("kind") == "Service"), None)


def _deployments(docs: list[Doc]) -> list[Doc]:
    return [d for d in docs if d.get("kind") == "Deployment"]


def _pods_not_ready(docs: list[Doc], deployment: Doc) -> list[Doc]:
    """Replace a Deployment by its pods, each Running but failing its readiness probe."""
    namespace, name = _meta(deployment)
    spec = deployment["spec"]
    out = [d for d in docs if d is not deployment]
    for i in range(int(spec.get("replicas", 1))):
        metadata: Doc = {
            "name": f"{name}-{i}",
            "labels": dict(spec["template"]["metadata"]["labels"]),
        }
        if namespace != "default":
            metadata["namespace"] = namespace
        out.append(
            {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": metadata,
                "spec": copy.deepcopy(spec["template"]["spec"]),
                "status": {
                    "phase": "Running",
                    "conditions": [{"type": "Ready", "status": "False"}],
                },
            }
        )
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _origin_words(origin: str) -> str:
    if origin.startswith("external"):
        return "A client outside the cluster"
    if origin.startswith("node:"):
        return f"A process on node {origin.split(':', 1)[1]}"
    namespace = origin.split(":", 1)[1].split("/", 1)[0]
    return f"A pod in namespace {namespace}"


def _path_of(target: str) -> str:
    match = re.match(r"^[a-z]+://[^/]+(/.*)?$", target)
    return (match.group(1) or "") if match else ""


def variations(base: Note, seed: int) -> list[Variation]:
    """Seeded variations of one document scenario, each with an ask the evaluator grades.

    ``base`` is a scenario note whose manifests are complete (see
    :func:`complete_manifests`). The same ``base`` and ``seed`` give the same notes.
    """
    rng = random.Random(f"{seed}:{base.id}")
    docs = _load(base.manifests)
    service = _service_doc(docs, base.service) if base.service else _first_service(docs)
    deployments = _deployments(docs)
    if service is None or not deployments:
        return []
    namespace, name = _meta(service)
    key = f"{namespace}/{name}"
    spec = service["spec"]
    svc_type = spec.get("type", "ClusterIP")
    port = spec["ports"][0]
    origin = base.request["from"]
    target = base.request["to"]
    tags = tuple(dict.fromkeys([*base.tags, "scenario", _slug(svc_type)]))
    prefix = base.id.removeprefix("scenario/")
    out: list[Variation] = []

    def add(
        suffix: str,
        ask: Ask,
        prompt: str,
        manifests: list[Doc] | str,
        *,
        origin_: str = origin,
        target_: str = target,
        known_fix: str | None = None,
    ) -> None:
        text = manifests if isinstance(manifests, str) else _dump(manifests)
        note = Note(
            id=f"{prefix}/{suffix}",
            type=NoteType.SCENARIO,
            tags=tags,
            origin=base.origin,
            ask=ask,
            prompt=prompt,
            manifests=text,
            request={"from": origin_, "to": target_},
            service=key,
            seed=seed,
        )
        out.append(Variation(note, known_fix))

    who = _origin_words(origin)
    good = base.manifests
    add(
        "as-written/endpoint",
        Ask.ENDPOINT,
        f"{who} runs: curl {target}. Which pod and container port answer?",
        good,
    )
    add(
        "as-written/url",
        Ask.URL,
        f"{who} wants to reach the {svc_type} Service {name} (namespace {namespace}) on port "
        f"{port['port']}. Give a URL or HOST:PORT that works from there.",
        good,
    )

    # A targetPort the pods do not listen on: the packet arrives and is refused.
    wrong = copy.deepcopy(docs)
    listen = port.get("targetPort", port["port"])
    if isinstance(listen, int):
        bad_port = listen + rng.choice([1, 2, 10, 100])
        _service_doc(wrong, key)["spec"]["ports"][0]["targetPort"] = bad_port  # type: ignore[index]
        add(
            "wrong-target-port/reason",
            Ask.REASON,
            f"{who} runs: curl {target}. The Service's targetPort was changed to {bad_port}. "
            "Why does the request fail (or does it)?",
            wrong,
        )

    # A selector that matches nothing: no endpoints. Ask for the fix.
    mismatch = copy.deepcopy(docs)
    selector = _service_doc(mismatch, key)["spec"]["selector"]  # type: ignore[index]
    label = next(iter(selector))
    selector[label] = f"{selector[label]}-{rng.choice(['v2', 'api', 'svc', 'backend'])}"
    add(
        "selector-mismatch/fix",
        Ask.FIX,
        f"{who} runs: curl {target} and it fails. Edit the manifests so that it reaches the "
        f"pods of Deployment {_meta(deployments[0])[1]}.",
        mismatch,
        known_fix=good,
    )
    add(
        "selector-mismatch/reachable",
        Ask.REACHABLE,
        f"{who} runs: curl {target}. Does the request reach a pod?",
        mismatch,
    )

    # Pods that run but are not ready: the EndpointSlice has no ready endpoint.
    unready_docs = copy.deepcopy(docs)
    not_ready = _pods_not_ready(unready_docs, _deployments(unready_docs)[0])
    add(
        "pods-not-ready/reason",
        Ask.REASON,
        f"{who} runs: curl {target}. The pods are Running but their readiness probes fail. "
        "What happens to the request?",
        not_ready,
    )

    if origin.startswith("pod:"):
        # Another namespace: the short name no longer resolves there.
        other = rng.choice(["shop", "payments", "frontend", "tools"])
        moved = [
            *copy.deepcopy(docs),
            {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": other}},
        ]
        add(
            "other-namespace/reachable",
            Ask.REACHABLE,
            f"A pod in namespace {other} runs: curl {target}. Does it reach the Service?",
            moved,
            origin_=f"pod:{other}/client",
        )
        add(
            "other-namespace/url",
            Ask.URL,
            f"A pod in namespace {other} wants to reach Service {name} (namespace {namespace}) "
            f"on port {port['port']}. Give a URL or HOST:PORT that works from there.",
            moved,
            origin_=f"pod:{other}/client",
            target_=f"http://{name}.{namespace}:{port['port']}{_path_of(target)}",
        )
        # The same Service seen from outside the cluster.
        add(
            "from-outside/reachable",
            Ask.REACHABLE,
            f"A client outside the cluster runs: curl {target.replace(name, '<NodeIP>', 1)}. "
            "Does it reach a pod?",
            copy.deepcopy(docs),
            origin_="external",
            target_=target.replace(name, "<NodeIP>", 1),
        )

    if svc_type in ("NodePort", "LoadBalancer"):
        node_port = port.get("nodePort")
        if node_port is not None:
            out_of_range = copy.deepcopy(docs)
            bad = rng.choice([29999, 32768, 8080, 80])
            _service_doc(out_of_range, key)["spec"]["ports"][0]["nodePort"] = bad  # type: ignore[index]
            add(
                "node-port-out-of-range/reachable",
                Ask.REACHABLE,
                f"The Service's nodePort was set to {bad} and the manifests applied. "
                f"{who} runs: curl {target.replace(str(node_port), str(bad))}. "
                "Does it reach a pod?",
                out_of_range,
                target_=target.replace(str(node_port), str(bad)),
            )
            add(
                "node-port-out-of-range/fix",
                Ask.FIX,
                f"The Service's nodePort was set to {bad} and the API server refuses it. "
                f"Edit the manifests so that {who.lower()} reaches the pods with "
                f"curl {target}.",
                out_of_range,
                known_fix=good,
            )
        # externalTrafficPolicy Local with one pod: only the node that runs it answers.
        local = copy.deepcopy(docs)
        _service_doc(local, key)["spec"]["externalTrafficPolicy"] = "Local"  # type: ignore[index]
        _deployments(local)[0]["spec"]["replicas"] = 1
        local = [
            {
                "apiVersion": "v1",
                "kind": "Node",
                "metadata": {"name": "node-a"},
                "status": {"addresses": [{"type": "InternalIP", "address": "192.168.10.11"}]},
            },
            {
                "apiVersion": "v1",
                "kind": "Node",
                "metadata": {"name": "node-b"},
                "status": {"addresses": [{"type": "InternalIP", "address": "192.168.10.12"}]},
            },
            *local,
        ]
        if node_port is not None:
            node_ip = rng.choice(["192.168.10.11", "192.168.10.12"])
            local_target = f"http://{node_ip}:{node_port}{_path_of(target)}"
            add(
                "traffic-policy-local/reachable",
                Ask.REACHABLE,
                f"externalTrafficPolicy is Local and the single pod runs on node-a "
                f"(192.168.10.11). A client outside the cluster runs: curl {local_target}. "
                "Does it reach the pod?",
                local,
                origin_="external",
                target_=local_target,
            )
    else:
        # A ClusterIP Service asked from outside: nothing answers its virtual IP there.
        add(
            "from-outside-clusterip/reason",
            Ask.REASON,
            f"A client outside the cluster runs: curl {target}. What happens?",
            copy.deepcopy(docs),
            origin_="external",
        )
    return out


def scenario_deck(decks: Sequence[Deck], seed: int = DEFAULT_SEED) -> Deck | None:
    """The deck of seeded variations of every scenario in ``decks`` (None if there are none)."""
    notes: list[Note] = []
    seen: set[str] = set()
    for deck in decks:
        for note in deck.notes:
            if note.type is not NoteType.SCENARIO:
                continue
            for variation in variations(note, seed):
                candidate = variation.note
                if candidate.id in seen:  # two decks with the same example: keep the first
                    continue
                seen.add(candidate.id)
                notes.append(replace(candidate, id=f"{deck.slug}/{candidate.id}"))
    if not notes:
        return None
    return Deck(
        slug=SCENARIO_DECK,
        title="Kubernetes Services: scenarios",
        notes=tuple(notes),
        source=", ".join(d.source for d in decks if d.source),
    )


# -- grading --------------------------------------------------------------------------


class _PreferPods(random.Random):
    """An endpoint "picker" for the evaluator that follows the pods a learner named.

    kube-proxy picks any endpoint; the feedback path should show the one the
    learner answered (``backend-1``), not always the first (``backend-0``).
    """

    def __init__(self, pods: set[str]) -> None:
        super().__init__(0)
        self.pods = pods

    def choice(self, seq: Any) -> Any:
        for item in seq:
            if getattr(getattr(item, "pod", None), "key", None) in self.pods:
                return item
        return seq[0]


def _route(
    manifests: str,
    request: Mapping[str, str],
    to: str | None = None,
    rng: random.Random | None = None,
) -> Any:
    from quizkit.routing import evaluate

    target = to or request["to"]
    return evaluate(manifests, request["from"], target, request.get("protocol", "TCP"), rng=rng)


# The evaluator's details cite its rule table ("... has no endpoints (R59)"); a
# learner has no use for those ids.
_RULE_IDS = re.compile(r" \((?:[RM]\d+(?:-R?\d+)?(?:, )?)+\)")


def _verdict_text(result: Any) -> str:
    text = str(result.describe())
    if not result.valid:
        text += " (refused: " + "; ".join(str(e) for e in result.errors) + ")"
    return _RULE_IDS.sub("", text)


def _endpoint_label(endpoint: Any) -> str:
    return f"{endpoint.pod or endpoint.ip}:{endpoint.port}"


def expected_answer(scenario: ScenarioLike) -> tuple[str | list[str], Any]:
    """The right answer of a scenario and the evaluator's result it comes from."""
    result = _route(scenario.manifests, scenario.request)
    ask = scenario.ask or Ask.REACHABLE
    if ask is Ask.REACHABLE:
        if result.reachable is None:
            return "leaves the cluster (ExternalName)", result
        return ("yes" if result.reachable else "no"), result
    if ask is Ask.ENDPOINT:
        if not result.reachable:
            return "none", result
        return [_endpoint_label(e) for e in result.endpoints], result
    if ask is Ask.REASON:
        return str(result.reason), result
    if ask is Ask.URL:
        return scenario.request["to"], result
    target = scenario.service or result.service or "the Service"
    return (
        f"manifests that are valid and take {scenario.request['from']} → "
        f"{scenario.request['to']} to the pods behind {target}",
        result,
    )


def _yes_no(text: str) -> bool | None:
    words = re.sub(r"[^a-z ]+", " ", text.lower()).split()
    phrase = " ".join(words)
    if phrase in _YES or (words and words[0] in {"yes", "y"}):
        return True
    if phrase in _NO or (words and words[0] in {"no", "n"}) or "not reach" in phrase:
        return False
    return None


def _grade_reachable(scenario: ScenarioLike, response: str) -> Verdict:
    expected, result = expected_answer(scenario)
    answer = _yes_no(response)
    if answer is None:
        return Verdict(False, expected, f"Answer yes or no. The evaluator: {_verdict_text(result)}")
    correct = answer == result.reachable
    lead = "Right" if correct else "Wrong"
    return Verdict(correct, expected, f"{lead}: {_verdict_text(result)}")


def _grade_endpoint(scenario: ScenarioLike, response: str) -> Verdict:
    expected, result = expected_answer(scenario)
    text = response.lower()
    if not result.reachable:
        correct = bool(re.search(r"\b(none|no pod|nothing|no endpoint)", text))
        return Verdict(
            correct, expected, f"{'Right' if correct else 'Wrong'}: {_verdict_text(result)}"
        )
    ports = {int(p) for p in re.findall(r"\b(\d{1,5})\b", text)}
    named = {
        e.pod
        for e in result.endpoints
        if e.pod and (e.pod.lower() in text or e.pod.split("/", 1)[1].lower() in text)
    }
    wrong_pod = bool(re.search(r"[a-z][a-z0-9-]*-\d+", text)) and not named
    good = [e for e in result.endpoints if e.port in ports and (not named or e.pod in named)]
    correct = bool(good) and not wrong_pod
    if named:  # the path through the pod the learner named
        result = _route(scenario.manifests, scenario.request, rng=_PreferPods(named))
    if not ports:
        note = "Name the pod and the container port, e.g. web-0:8080."
    elif correct:
        note = "Right"
    else:
        note = "Wrong"
    return Verdict(correct, expected, f"{note}: {_verdict_text(result)}")


def _grade_reason(scenario: ScenarioLike, response: str) -> Verdict:
    expected, result = expected_answer(scenario)
    answer = re.sub(r"[\s_]+", "-", response.strip().lower())
    if answer not in REASON_CODES:
        return Verdict(
            False,
            expected,
            f"Pick one of: {', '.join(REASON_CODES)}. The evaluator: {_verdict_text(result)}",
        )
    correct = answer == expected
    return Verdict(correct, expected, f"{'Right' if correct else 'Wrong'}: {_verdict_text(result)}")


def _grade_url(scenario: ScenarioLike, response: str) -> Verdict:
    expected, right = expected_answer(scenario)
    intended = scenario.service or right.service
    try:
        mine = _route(scenario.manifests, scenario.request, to=response.strip())
    except QuizkitError as exc:
        return Verdict(False, expected, f"Not a usable URL or HOST:PORT: {exc}")
    correct = bool(mine.reachable) and mine.service == intended
    if correct:
        return Verdict(True, expected, f"Right: {_verdict_text(mine)}")
    got = f"that goes to Service {mine.service}" if mine.service else "it reaches no Service"
    if mine.service == intended:
        got = "it names the right Service but does not arrive"
    return Verdict(
        False,
        expected,
        f"Wrong, {got}: {_verdict_text(mine)}. A right answer: {_verdict_text(right)}",
    )


def _grade_fix(scenario: ScenarioLike, response: str) -> Verdict:
    expected, before = expected_answer(scenario)
    intended = scenario.service or before.service
    backing = {
        f"{_meta(d)[0]}/{_meta(d)[1]}"
        for d in _load(scenario.manifests)
        if d.get("kind") in ("Deployment", "Pod")
    }
    try:
        after = _route(response, scenario.request)
    except QuizkitError as exc:  # YAML syntax errors arrive as ManifestError with a line
        return Verdict(False, expected, f"Your manifests could not be used: {exc}")
    problems = []
    if not after.valid:
        problems.append("the API server refuses " + "; ".join(str(e) for e in after.errors))
    if not after.reachable:
        problems.append(f"the request does not arrive ({after.reason})")
    if after.service != intended:
        problems.append(f"it is served by {after.service or 'no Service'}, not {intended}")
    strays = [
        e.pod
        for e in after.endpoints
        if e.pod is not None and not any(e.pod == b or e.pod.startswith(b + "-") for b in backing)
    ]
    if strays:
        problems.append("it lands on pods that were not in the scenario: " + ", ".join(strays))
    if problems:
        return Verdict(
            False, expected, "Not fixed: " + "; ".join(problems) + f". Now: {_verdict_text(after)}"
        )
    return Verdict(True, expected, f"Fixed: {_verdict_text(after)}")


_GRADERS = {
    Ask.REACHABLE: _grade_reachable,
    Ask.ENDPOINT: _grade_endpoint,
    Ask.URL: _grade_url,
    Ask.REASON: _grade_reason,
    Ask.FIX: _grade_fix,
}


def grade_scenario(scenario: ScenarioLike, response: str) -> Verdict:
    """Grade ``response`` to a scenario by running it through the evaluator.

    Never raises for a bad answer: an unparsable URL or manifest is a wrong answer
    with a message saying why.
    """
    ask = scenario.ask or Ask.REACHABLE
    if not response.strip():
        expected, result = expected_answer(scenario)
        return Verdict(False, expected, f"No answer given. The evaluator: {_verdict_text(result)}")
    return _GRADERS[ask](scenario, response)
