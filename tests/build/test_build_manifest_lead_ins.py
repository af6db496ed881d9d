"""A task page's manifest after a lead-in that only points at it ("Apply the following
RateLimit CR into the cluster:") is asked of the object the manifest names, under the
section that says what it does; a lead-in pointing back at an earlier step's object
("… the previously created workload") names it from the manifest that refers to it; a
manifest asked for by its kind may be one object's whole spec."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

LIMIT = """\
cat <<EOF | kubectl apply -f -
apiVersion: limits.example.io/v1
kind: RateLimit
metadata:
  name: {name}
  namespace: shop
spec:
  selectorLabels:
    app: cart
  enableResponseHeaders: true
  local:
    defaultBucket:
      maxTokens: 5
      tokensPerFill: 5
      fillInterval: 60s
    buckets:
      - path: /checkout
        bucket:
          maxTokens: 10
          tokensPerFill: 5
          fillInterval: 60m
EOF"""

EXPOSE = """\
cat <<EOF | kubectl apply -f -
apiVersion: gateway.example.io/v2
kind: APIRule
metadata:
  name: cart
  namespace: shop
spec:
  hosts:
    - cart.example.com
  rules:
    - path: /*
      service:
        name: cart
        port: 80
      methods: ["GET"]
EOF"""

DEPLOYMENT = """\
cat <<EOF | kubectl apply -f -
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
spec:
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
        image: shop/cart:1
EOF"""


def fence(body: str) -> str:
    return f"```bash\n{body}\n```\n"


def deck(body: str) -> list[tuple[str, str]]:
    built = build_deck(f"# Limiting requests\n\n{body}", "page.md")
    return [(n.front, n.back) for n in facts(built.notes)]


def test_a_pointing_lead_in_asks_for_the_object_its_manifest_names() -> None:
    manifest = LIMIT.format(name="limit-by-path")
    assert deck(
        "## Deploying path-based limits\n\n"
        "The example limits every endpoint and the checkout path on its own.\n\n"
        "Apply the following RateLimit CR into the cluster:\n\n" + fence(manifest)
    ) == [
        (
            "Deploying path-based limits: how do you apply the RateLimit `limit-by-path`?",
            manifest,
        )
    ]


def test_a_lead_in_naming_another_kind_or_a_nameless_manifest_makes_no_card() -> None:
    # "Apply the following policy:" over a Deployment says what the block is not; a
    # manifest named by the reader ("$NAME") names no object to ask of.
    assert deck("## Setup\n\nApply the following policy:\n\n" + fence(DEPLOYMENT)) == []
    assert (
        deck(
            "## Setup\n\nApply the following RateLimit CR:\n\n" + fence(LIMIT.format(name="$NAME"))
        )
        == []
    )


def test_the_previously_created_workload_is_named_from_the_manifest() -> None:
    assert deck(
        "## Exposing the cart\n\n"
        "Create an APIRule to expose the previously created workload:\n\n" + fence(EXPOSE)
    ) == [("How do you create an APIRule to expose the `cart` workload?", EXPOSE)]


ROUTE = (
    "cat <<EOF | kubectl apply -f -\napiVersion: gateway.networking.k8s.io/v1\n"
    "kind: HTTPRoute\nmetadata:\n  name: cart\nspec:\n  parentRefs:\n  - name: external\n"
    "  hostnames:\n  - cart.example.com\n  rules:\n"
    + "".join(
        f"  - name: {verb}-items\n    matches:\n    - method: {verb.upper()}\n"
        "      path:\n        type: PathPrefix\n        value: /items\n"
        "    backendRefs:\n    - name: cart\n      port: 80\n"
        for verb in ("get", "post")
    )
    + "EOF"
)


def test_a_long_manifest_is_a_card_only_when_its_step_names_its_kind() -> None:
    assert ROUTE.count("\n") > 20  # past the length of a here-document a step may show
    assert deck(
        "## Routing\n\nCreate a HTTPRoute to route traffic to the cart service:\n\n" + fence(ROUTE)
    ) == [("How do you create a HTTPRoute to route traffic to the cart service?", ROUTE)]
    assert deck("## Routing\n\nRoute traffic to the cart service:\n\n" + fence(ROUTE)) == []
