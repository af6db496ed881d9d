"""Scenario cards from documents as people write them: requests, origins, placeholders.

The five tutorials in tests/fixtures/corpus (see SOURCES.md there) are pinned card by
card; each expected answer below was checked by hand against what the page says.
Small documents written here pin each pattern the rules read.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quizkit.build import build_decks
from quizkit.cli import Context
from quizkit.cli.build import run as run_build
from quizkit.deckfile import Ask, Deck, ScenarioNote
from quizkit.routing import HopKind, Reason, evaluate
from quizkit.routing.request import canonical_placeholder, parse_target
from quizkit.scenarios import SCENARIO_DECK, expected_answer

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"


def build(paths: list[Path], root: Path) -> tuple[list[Deck], list[str]]:
    reported: list[str] = []
    return build_decks(paths, root=root, report=reported.append), reported


def document_scenarios(decks: list[Deck]) -> list[ScenarioNote]:
    return [
        n for d in decks if d.slug != SCENARIO_DECK for n in d.notes if isinstance(n, ScenarioNote)
    ]


def pinned(note: ScenarioNote) -> tuple[str, int | None, str, str, str]:
    answer, _ = expected_answer(note)
    line = note.origin.line if note.origin else None
    return note.id, line, note.request["from"], note.request["to"], str(answer)


# -- the corpus, checked by hand ------------------------------------------------------

CORPUS_CARDS = {
    # "From a Pod in the same Namespace" the walk-through reaches `hostnames`; its pods
    # serve on 9376 (the Deployment at line 65, the Service at line 196). The page runs
    # this wget before creating the Service, to show the failure; the card carries the
    # Service's manifest, and with it the request arrives.
    "k8s-website-debug-service.md": [
        (
            "scenario/hostnames/inside-via-clusterip",
            154,
            "pod:default/client",
            "http://hostnames",
            "yes",
        ),
    ],
    # "# From a pod in the ui namespace" / "# From a different namespace, use the full
    # name" / `kubectl exec test-pod` (made by `kubectl run` without -n: default). The
    # Service comes from `kubectl describe service -n ui ui` (selector, port 80 -> http).
    "eks-workshop-services-basics.md": [
        ("scenario/ui/inside-via-clusterip", 155, "pod:ui/client", "http://ui:80", "yes"),
        (
            "scenario/ui/inside-via-clusterip-2",
            155,
            "pod:default/client",
            "http://ui.ui.svc.cluster.local:80",
            "yes",
        ),
        (
            "scenario/ui/inside-via-clusterip-3",
            184,
            "pod:default/test-pod",
            "http://ui.ui.svc.cluster.local/actuator/info",
            "yes",
        ),
    ],
    # "From a pod in namespace `frontend` you can reach it via" the FQDN; "You can also
    # hit the Service's ClusterIP directly" (no origin named: the Service's namespace).
    "devops-interview-guide-cross-namespace-service.md": [
        (
            "scenario/api/inside-via-clusterip",
            37,
            "pod:frontend/client",
            "http://api.backend.svc.cluster.local:80",
            "yes",
        ),
        (
            "scenario/api/inside-via-clusterip-2",
            54,
            "pod:backend/client",
            "http://10.96.24.7:80",
            "yes",
        ),
    ],
    # The NodePort `spec:` snippet under "2. NodePort": reachable by name inside, and
    # "Access format: <NodeIP>:<NodePort>" from outside.
    "devops-interview-guide-service-types.md": [
        (
            "scenario/nodeport/inside-via-nodeport",
            51,
            "pod:default/client",
            "http://nodeport:80",
            "yes",
        ),
        ("scenario/nodeport/outside-via-nodeport", 51, "external", "http://<NodeIP>:30080", "yes"),
    ],
    # "Test if the deployment was successful from within a Pod": `kubectl run busybox
    # ... -- wget -qO- my-app-svc` prints version-1 (v1 pods only: v2 is deployed
    # after). The looping wget after "Deploy 1 replica of v2" reaches v1 and v2 pods.
    "ckad-exercises-pod-design.md": [
        (
            "scenario/my-app-svc/inside-via-clusterip",
            703,
            "pod:default/busybox",
            "http://my-app-svc",
            "yes",
        ),
        (
            "scenario/my-app-svc/inside-via-clusterip-2",
            754,
            "pod:default/busybox",
            "http://my-app-svc",
            "yes",
        ),
    ],
}

CORPUS_ENDPOINTS = {
    "k8s-website-debug-service.md": (
        ["default/hostnames-0", "default/hostnames-1", "default/hostnames-2"],
        9376,
    ),
    "eks-workshop-services-basics.md": (["ui/ui-0", "ui/ui-1"], 8080),
    "devops-interview-guide-cross-namespace-service.md": (["backend/api-0", "backend/api-1"], 80),
    "devops-interview-guide-service-types.md": (["default/nodeport-0", "default/nodeport-1"], 80),
    "ckad-exercises-pod-design.md": (
        ["default/my-app-v1-0", "default/my-app-v1-1", "default/my-app-v1-2"],
        80,
    ),
}


@pytest.fixture(scope="module")
def corpus() -> dict[str, tuple[list[Deck], list[str]]]:
    return {page: build([CORPUS / page], CORPUS) for page in CORPUS_CARDS}


def test_ckad_v2_pods_answer_only_after_the_page_deploys_them(
    corpus: dict[str, tuple[list[Deck], list[str]]],
) -> None:
    decks, _ = corpus["ckad-exercises-pod-design.md"]
    later = document_scenarios(decks)[1]
    pods = sorted(e.pod or "" for e in expected_answer(later)[1].endpoints)
    assert pods == [
        "default/my-app-v1-0",
        "default/my-app-v1-1",
        "default/my-app-v1-2",
        "default/my-app-v2-0",
    ]


def test_corpus_pages_are_licensed() -> None:
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for page in CORPUS_CARDS:
        assert page in sources


@pytest.mark.parametrize("page", sorted(CORPUS_CARDS))
def test_corpus_page_gives_the_scenarios_it_teaches(
    page: str, corpus: dict[str, tuple[list[Deck], list[str]]]
) -> None:
    decks, reported = corpus[page]
    assert [pinned(n) for n in document_scenarios(decks)] == CORPUS_CARDS[page]
    # No scenario left out as ungradable (questions that made no card are another report).
    assert [line for line in reported if "made no card" not in line] == []


@pytest.mark.parametrize("page", sorted(CORPUS_CARDS))
def test_corpus_page_endpoints_are_the_pods_the_page_runs(
    page: str, corpus: dict[str, tuple[list[Deck], list[str]]]
) -> None:
    decks, _ = corpus[page]
    first = document_scenarios(decks)[0]
    _, result = expected_answer(first)
    pods, port = CORPUS_ENDPOINTS[page]
    assert sorted(e.pod for e in result.endpoints) == pods
    assert {e.port for e in result.endpoints} == {port}


@pytest.mark.parametrize("page", sorted(CORPUS_CARDS))
def test_corpus_variations_all_grade_and_none_repeats_the_as_written_answer(
    page: str, corpus: dict[str, tuple[list[Deck], list[str]]]
) -> None:
    decks, _ = corpus[page]
    variations = [
        n for d in decks if d.slug == SCENARIO_DECK for n in d.notes if isinstance(n, ScenarioNote)
    ]
    assert variations
    bases = {n.id.removeprefix("scenario/"): n for n in document_scenarios(decks)}
    for note in variations:
        answer, result = expected_answer(note)
        base_id = note.id.split("/", 1)[1].rpartition("/")[0].rpartition("/")[0]
        if "as-written" in note.id or note.ask is Ask.URL:
            continue
        base = bases[base_id]
        as_written, base_result = expected_answer(replace(base, ask=note.ask, service=note.service))
        assert (str(answer), str(result.reason)) != (str(as_written), str(base_result.reason)), (
            note.id
        )


# -- patterns, one small document each -------------------------------------------------

SERVICE = """\
```yaml
apiVersion: v1
kind: Service
metadata:
  name: my-app
  namespace: production
spec:
  type: NodePort
  selector:
    app: my-app
  ports:
    - port: 80
      targetPort: 8080
      nodePort: 30080
```
"""


def one_page(tmp_path: Path, body: str) -> tuple[list[ScenarioNote], list[str]]:
    page = tmp_path / "page.md"
    page.write_text(f"# Page\n\n## Service\n\n{SERVICE}\n{body}", encoding="utf-8")
    decks, reported = build([page], tmp_path)
    return document_scenarios(decks), reported


@pytest.mark.parametrize(
    ("block", "origin"),
    [
        (
            "# From a pod in 'production' namespace:\n"
            "curl http://my-app:80  # Same namespace — works",
            "pod:production/client",
        ),
        ('# In namespace "tools"\ncurl http://my-app.production:80', "pod:tools/client"),
        ("kubectl exec -n tools debug -- curl -s http://my-app.production:80/", "pod:tools/debug"),
        (
            "kubectl exec debug --namespace=tools -- curl http://my-app.production:80/",
            "pod:tools/debug",
        ),
        (
            "kubectl run tmp --rm -it --image=busybox -n shop -- wget -qO- http://my-app.production",
            "pod:shop/tmp",
        ),
        ("# from your laptop\ncurl http://<node-ip>:30080", "external"),
        ("# From outside the cluster\ncurl http://$NODE_IP:30080/x", "external"),
        (
            "$ nc -zv my-app 80\nConnection to my-app 80 port [tcp/http] succeeded!",
            "pod:production/client",
        ),
    ],
)
def test_origin_is_the_one_the_text_names(tmp_path: Path, block: str, origin: str) -> None:
    notes, reported = one_page(tmp_path, f"```bash\n{block}\n```\n")
    assert [n.request["from"] for n in notes] == [origin]
    assert reported == []
    assert "#" not in notes[0].prompt.split("runs: ", 1)[1]


def test_the_issues_example_teaches_what_the_document_says(tmp_path: Path) -> None:
    notes, _ = one_page(
        tmp_path,
        "```bash\n# From a pod in 'production' namespace:\n"
        "curl http://my-app:80  # Same namespace — works\n```\n",
    )
    (note,) = notes
    assert note.prompt == "A pod in namespace production runs: curl http://my-app:80"
    assert expected_answer(note)[0] == "yes"


def test_lead_in_sentence_names_the_origin(tmp_path: Path) -> None:
    notes, _ = one_page(
        tmp_path,
        "From a pod in **namespace `frontend`** you can reach it via:\n\n"
        "```bash\ncurl http://my-app.production.svc.cluster.local:80\n```\n",
    )
    assert [(n.request["from"], expected_answer(n)[0]) for n in notes] == [
        ("pod:frontend/client", "yes")
    ]


@pytest.mark.parametrize(
    "spelling",
    [
        "<NodeIP>",
        "<node-ip>",
        "<NODE_IP>",
        "$NODE_IP",
        "${NODE_IP}",
        "<Node-IP>",
        "<worker-node-ip>",
    ],
)
def test_node_placeholders_become_one_spelling(tmp_path: Path, spelling: str) -> None:
    notes, _ = one_page(
        tmp_path, f"From outside the cluster:\n\n```bash\ncurl http://{spelling}:30080/\n```\n"
    )
    assert [n.request["to"] for n in notes] == ["http://<NodeIP>:30080/"]
    assert canonical_placeholder(spelling) == "<NodeIP>"
    assert parse_target(f"{spelling}:30080").host == "<nodeip>"
    assert expected_answer(notes[0])[0] == "yes"


@pytest.mark.parametrize(
    "spelling",
    [
        "<EXTERNAL-IP>",
        "<external-ip>",
        "<EXTERNAL-LB-IP>",
        "<LoadBalancer-IP>",
        "$EXTERNAL_IP",
        "<lb-ip>",
    ],
)
def test_load_balancer_placeholders_become_one_spelling(spelling: str) -> None:
    assert canonical_placeholder(spelling) == "<EXTERNAL-LB-IP>"
    assert parse_target(f"http://{spelling}/orders").host == "<external-lb-ip>"


@pytest.mark.parametrize(
    "text", ["<service-name>", "<NodePort>", "node-ip", "Route53", "<namespace>"]
)
def test_other_words_are_not_placeholders(text: str) -> None:
    assert canonical_placeholder(text) is None


def test_evaluator_and_route_read_every_placeholder_spelling() -> None:
    manifests = SERVICE.split("```yaml\n")[1].split("```")[0]
    from quizkit.scenarios import complete_manifests

    done = complete_manifests(manifests)
    for spelling in ("<node-ip>", "$NODE_IP", "<NODE_IP>"):
        assert evaluate(done, "external", f"http://{spelling}:30080").reachable


def test_port_placeholder_takes_the_services_node_port(tmp_path: Path) -> None:
    notes, _ = one_page(
        tmp_path, "From outside the cluster:\n\n```bash\ncurl http://<NodeIP>:<NodePort>\n```\n"
    )
    assert [n.request["to"] for n in notes] == ["http://<NodeIP>:30080"]


@pytest.mark.parametrize(
    "block",
    [
        "curl -s $(kubectl get svc my-app -o jsonpath='{.spec.clusterIP}')",
        "echo my-app:80",
        "curl http://route53/",  # names no Service of the document
        "kubectl get svc my-app",
    ],
)
def test_only_a_url_or_host_port_to_a_service_is_a_request(tmp_path: Path, block: str) -> None:
    notes, _ = one_page(tmp_path, f"```bash\n{block}\n```\n")
    # No request: the Service alone still teaches (by name inside, nodePort outside).
    assert [n.request["to"] for n in notes] == ["http://my-app:80", "http://<NodeIP>:30080"]


def test_a_drawn_box_is_not_a_target(tmp_path: Path) -> None:
    notes, _ = one_page(tmp_path, "```\nUser ───► Route53 ───► ALB ───► Pods\n```\n")
    assert [n.request["to"] for n in notes] == ["http://my-app:80", "http://<NodeIP>:30080"]


def test_a_request_pairs_with_its_service_in_another_section(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# Page\n\n## Testing\n\nFrom a pod in namespace production:\n\n"
        "```bash\ncurl http://my-app/healthz\n```\n\n## Much later: the manifest\n\n" + SERVICE,
        encoding="utf-8",
    )
    decks, _ = build([page], tmp_path)
    notes = document_scenarios(decks)
    assert [(n.request["to"], n.service, expected_answer(n)[0]) for n in notes] == [
        ("http://my-app/healthz", "production/my-app", "yes")
    ]


def test_a_service_manifest_alone_still_teaches(tmp_path: Path) -> None:
    notes, _ = one_page(tmp_path, "")
    assert [(n.request["from"], n.request["to"], expected_answer(n)[0]) for n in notes] == [
        ("pod:production/client", "http://my-app:80", "yes"),
        ("external", "http://<NodeIP>:30080", "yes"),
    ]
    decks, _ = build([tmp_path / "page.md"], tmp_path)
    asks = {
        n.ask
        for d in decks
        if d.slug == SCENARIO_DECK
        for n in d.notes
        if isinstance(n, ScenarioNote)
    }
    assert {Ask.ENDPOINT, Ask.URL, Ask.REASON, Ask.FIX, Ask.REACHABLE} <= asks


def test_an_ungradable_scenario_is_reported_and_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        f"# Page\n\n## Service\n\n{SERVICE}\n```bash\ncurl http://my-app:99999/\n"
        "curl http://my-app:80/\n```\n",
        encoding="utf-8",
    )
    import argparse

    out = tmp_path / "out"
    code = run_build(argparse.Namespace(sources=[str(page)], out=str(out)), Context())
    captured = capsys.readouterr()
    assert code == 0
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"quizkit: warning: {page.as_posix()}:21: scenario scenario/my-app/")
    assert "not written" in lines[0]
    assert "port 99999 is not in 1..65535" in lines[0]
    written = (out / "page.yaml").read_text(encoding="utf-8")
    assert "99999" not in written
    assert "to: http://my-app:80/" in written  # the build went on with the gradable one


QUESTION_SERVICE = """
```yaml
apiVersion: v1
kind: Service
metadata:
  name: cart
spec:
  selector:
    app: cart
  ports:
  - port: 80
    targetPort: 8080
```
"""
QUESTION_DEPLOYMENT = """
```yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
spec:
  replicas: {replicas}
  selector:
    matchLabels:
      app: cart
  template:
    metadata:
      labels:
        app: cart
    spec:
      containers:
      - name: cart
        image: shop/cart:{replicas}
        ports:
        - containerPort: {port}
```
"""


def test_an_answer_to_another_question_is_no_setup_for_a_service(tmp_path: Path) -> None:
    # A collection of questions: the Deployment answering the second question (on port
    # 9090) is not what the first answer's Service runs in front of.
    page = tmp_path / "questions.md"
    page.write_text(
        "# Shop questions\n\n## Q. How do you expose the cart?\n\n"
        "A Service gives the cart pods one stable name that other pods in the cluster call.\n"
        f"{QUESTION_SERVICE}\n## Q. How do you roll out the cart?\n\n"
        "A Deployment keeps the cart pods running and replaces them one by one on a new image.\n"
        f"{QUESTION_DEPLOYMENT.format(replicas=3, port=9090)}",
        encoding="utf-8",
    )
    decks, _ = build([page], tmp_path)
    scenarios = [n for d in decks for n in d.notes if isinstance(n, ScenarioNote)]
    assert scenarios
    assert not [n.id for n in scenarios if "shop/cart" in n.manifests]


def test_of_two_definitions_of_one_workload_the_last_applied_stands(tmp_path: Path) -> None:
    # (A setup section outside the questions serving a question's Service is pinned by
    # the debug-service walkthrough above.)
    page = tmp_path / "walkthrough.md"
    page.write_text(
        "# Cart checks\n\n## Setup\n\n"
        f"{QUESTION_DEPLOYMENT.format(replicas=1, port=7070)}\n"
        "Then scale it and move it to the right port.\n"
        f"{QUESTION_DEPLOYMENT.format(replicas=2, port=8080)}\n"
        "## The Service\n\nIt is created here, in front of the cart pods.\n"
        f"{QUESTION_SERVICE}",
        encoding="utf-8",
    )
    decks, _ = build([page], tmp_path)
    scenarios = [n for d in decks for n in d.notes if isinstance(n, ScenarioNote)]
    written = [n for n in scenarios if n.ask is Ask.ENDPOINT]
    assert written
    for note in written:
        assert "shop/cart:2" in note.manifests
        assert "shop/cart:1" not in note.manifests


# -- a missing selector: an abbreviation or deliberate, read from the manifest's shape --

SELECTORLESS = """\
# Page

## Services for the init containers

```yaml
apiVersion: v1
kind: Service
metadata:
  name: mydb
spec:
  ports:
  - protocol: TCP
    port: 80
    targetPort: 9377
```

```bash
curl http://mydb:80
```
"""


def test_a_complete_service_without_a_selector_stays_selectorless(tmp_path: Path) -> None:
    # A manifest kubectl would apply as written says all its author meant: Kubernetes
    # makes no EndpointSlices for it, so nothing answers (R43) and DNS still does (R50).
    page = tmp_path / "page.md"
    page.write_text(SELECTORLESS, encoding="utf-8")
    decks, reported = build([page], tmp_path)
    assert reported == []
    (note,) = document_scenarios(decks)
    assert "selector" not in note.manifests
    assert "Deployment" not in note.manifests
    answer, result = expected_answer(note)
    assert (answer, result.reason) == ("no", Reason.NO_ENDPOINTS)
    assert result.detail == (
        "default/mydb:80 has no endpoints: a Service without a selector gets no "
        "EndpointSlices from the control plane, only ones created by hand (R43); "
        "kube-proxy rejects (R59)"
    )
    assert [h.kind for h in result.hops] == [HopKind.CLUSTER_IP]  # the name resolved
    (scenarios,) = [d for d in decks if d.slug == SCENARIO_DECK]
    asked = {
        n.id.removeprefix("page/mydb/inside-via-clusterip/"): expected_answer(n)
        for n in scenarios.notes
        if isinstance(n, ScenarioNote)
    }
    # No card asks which pod answers, or for a URL that works: none does.
    assert {key: (str(a), r.reason) for key, (a, r) in asked.items()} == {
        "as-written/reason": ("no-endpoints", Reason.NO_ENDPOINTS),
        "other-namespace/reachable": ("no", Reason.NXDOMAIN),
        "from-outside/reachable": ("no", Reason.NOT_LISTENING),
        "from-outside-clusterip/reason": ("nxdomain", Reason.NXDOMAIN),
    }
    assert len(asked) == len(scenarios.notes)  # every note is a scenario, asked above
    assert all(
        "Deployment" not in n.manifests for n in scenarios.notes if isinstance(n, ScenarioNote)
    )


def test_a_service_snippet_without_api_version_still_gets_its_selector(
    tmp_path: Path,
) -> None:
    # Without apiVersion the block is a tutorial's abbreviation: "a Service in front of
    # the app", so the selector app: NAME and the pods behind it are written in.
    page = tmp_path / "page.md"
    page.write_text(SELECTORLESS.replace("apiVersion: v1\n", "", 1), encoding="utf-8")
    decks, reported = build([page], tmp_path)
    assert reported == []
    (note,) = document_scenarios(decks)
    answer, result = expected_answer(note)
    assert (answer, result.reason) == ("yes", Reason.OK)
    assert sorted(e.pod or "" for e in result.endpoints) == ["default/mydb-0", "default/mydb-1"]
    assert {e.port for e in result.endpoints} == {9377}


def test_the_service_pages_selectorless_example_has_no_endpoints() -> None:
    # kubernetes.io: "Because this Service has no selector, the corresponding
    # EndpointSlice (and legacy Endpoints) objects are not created automatically."
    decks, _ = build([CORPUS / "k8s-website-service.md"], CORPUS)
    (note,) = [
        n
        for n in document_scenarios(decks)
        if n.origin is not None and n.origin.section.endswith("Services without selectors")
    ]
    assert "Deployment" not in note.manifests
    assert expected_answer(note)[1].reason is Reason.NO_ENDPOINTS


@pytest.mark.parametrize(
    ("printed", "answer"),
    [
        # What the cluster holds: "Selector: <none>" is a Service without one.
        (
            "kubectl describe service db\nName:              db\nNamespace:         default\n"
            "Selector:          <none>\nType:              ClusterIP\n"
            "IP:                10.96.0.50\nPort:              postgres  5432/TCP\n"
            "TargetPort:        5432/TCP\nEndpoints:         <none>",
            "no",
        ),
        # kubectl get services prints no selector: the row abbreviates the Service.
        (
            "kubectl get services\nNAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)    AGE\n"
            "db     ClusterIP   10.96.0.50   <none>        5432/TCP   1m",
            "yes",
        ),
    ],
    ids=["describe-selector-none", "get-services-row"],
)
def test_a_printed_service_is_completed_only_when_the_print_omits_the_selector(
    tmp_path: Path, printed: str, answer: str
) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        f"# Page\n\n## Database\n\n```bash\n{printed}\n```\n\n```bash\ncurl http://db:5432\n```\n",
        encoding="utf-8",
    )
    decks, reported = build([page], tmp_path)
    assert reported == []
    (note,) = document_scenarios(decks)
    assert expected_answer(note)[0] == answer
    assert ("Deployment" in note.manifests) is (answer == "yes")


def test_a_printed_multi_port_service_makes_no_scenario(tmp_path: Path) -> None:
    """``kubectl get services`` prints no port names, which the API server requires of
    every port of a multi-port Service: written without them the Service is refused and
    the page's own working request would be graded "no". No scenario is made of it."""
    printed = (
        "kubectl get services\n"
        "NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)             AGE\n"
        "mon    ClusterIP   10.96.0.60   <none>        6789/TCP,3300/TCP   1m"
    )
    page = tmp_path / "page.md"
    page.write_text(
        f"# Page\n\n## Monitors\n\n```bash\n{printed}\n```\n\n```bash\ncurl http://mon:6789\n```\n",
        encoding="utf-8",
    )
    decks, _ = build([page], tmp_path)
    assert document_scenarios(decks) == []
