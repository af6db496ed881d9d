"""The golden corpus: manifests in, expected validation and route out.

Each case in ``cases/*.yaml`` has an ``id``, the ``rules`` it checks (R1..R79 of
``k8s-service-rules.md``, M1..M6 for the model's assumptions), ``manifests`` (YAML
documents; ``"@name"`` inserts a snippet of ``cases/_snippets.yaml``), optionally a request
(``origin``, ``target``, ``protocol``) and ``expect``: ``valid``, ``errors`` (as
``object: field: message``), ``warnings``, ``reachable``, ``reason``, ``service``,
``endpoints`` (``pod ip:port``), ``hops`` (``kind address``), ``affinity``. Keys under
``expect`` are compared exactly; an expected error may contain ``...`` to skip a
version-dependent rendering.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from quizkit.routing import RouteResult, evaluate, load
from tests.routing.helpers import ALL_CASES, HERE, manifests_of

EXPECT_KEYS = {
    "valid",
    "errors",
    "warnings",
    "reachable",
    "reason",
    "service",
    "endpoints",
    "hops",
    "affinity",
}


def _error_matches(actual: str, expected: str) -> bool:
    if "..." not in expected:
        return actual == expected
    pattern = ".*".join(re.escape(part) for part in expected.split("..."))
    return re.fullmatch(pattern, actual, flags=re.S) is not None


def _endpoint_strings(result: RouteResult) -> list[str]:
    return [f"{e.pod or '-'} {e.ip}:{e.port}" for e in result.endpoints]


def _hop_strings(result: RouteResult) -> list[str]:
    return [f"{h.kind} {h.address}" for h in result.hops]


def test_corpus_is_big_and_well_formed() -> None:
    assert len(ALL_CASES) >= 120
    ids = [c["id"] for c in ALL_CASES]
    assert len(ids) == len(set(ids)), "case ids are unique"
    for case in ALL_CASES:
        assert case.get("rules"), case["id"]
        assert case.get("expect"), case["id"]
        assert set(case["expect"]) <= EXPECT_KEYS, case["id"]
        if "target" not in case:
            assert set(case["expect"]) <= {"valid", "errors", "warnings"}, case["id"]


def test_every_rule_is_covered() -> None:
    rules_text = (HERE / "k8s-service-rules.md").read_text(encoding="utf-8")
    rules = set(re.findall(r"^\*\*(R\d+)\.\*\*", rules_text, flags=re.M))
    assert len(rules) == 79
    covered = {r for case in ALL_CASES for r in case["rules"]}
    assert rules - covered == set()


@pytest.mark.parametrize("case", ALL_CASES, ids=[c["id"] for c in ALL_CASES])
def test_case(case: dict[str, Any]) -> None:
    model = load(manifests_of(case))
    expect = case["expect"]
    if "valid" in expect:
        assert model.valid is expect["valid"]
    if "errors" in expect:
        actual = [str(e) for e in model.errors]
        assert len(actual) == len(expect["errors"]), actual
        for line, want in zip(actual, expect["errors"], strict=True):
            assert _error_matches(line, want), (line, want)
    if "warnings" in expect:
        assert list(model.warnings) == expect["warnings"]
    if "target" not in case:
        return
    result = model.route(case["origin"], case["target"], case.get("protocol", "TCP"))
    observed: dict[str, object] = {
        "reachable": result.reachable,
        "reason": str(result.reason),
        "service": result.service,
        "endpoints": _endpoint_strings(result),
        "hops": _hop_strings(result),
        "affinity": result.affinity,
    }
    for key, value in observed.items():
        if key in expect:
            assert value == expect[key], f"{key}: {result.describe()}"
    # evaluate() in one call agrees with load() + route()
    again = evaluate(
        manifests_of(case), case["origin"], case["target"], case.get("protocol", "TCP")
    )
    assert again.to_dict() == result.to_dict()
