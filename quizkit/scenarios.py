"""Scenario questions: runnable decks, the deck of variations, and grading by the evaluator.

The documents teach with a Service manifest and a ``curl`` beside it. This module
turns those into questions whose answers are computed, never typed in by hand, from
the jobs of two smaller modules:

- :mod:`quizkit.manifests` reads and writes the manifests, completes them
  (:func:`complete_manifests`: the pods behind the selector, listening on the
  targetPort) and names the Service a card is about (:func:`intended_service`);
- :mod:`quizkit.variations` derives seeded variations of one scenario
  (:func:`variations`: an ordered table of named rules, each asking one of the five
  questions about one change).

Here:

- :func:`runnable_deck` and :func:`scenario_deck` evaluate every scenario at build
  time: one the evaluator cannot grade is left out and reported, and a variation
  that answers like the scenario as written is dropped.
- :func:`grade_scenario` grades any answer by running it through
  :func:`quizkit.routing.evaluate`; feedback shows the evaluator's path for both the
  learner's answer and the right one. Every front end shows a card's request through
  :func:`visible_request`, which hides a ``url`` card's target (its answer).

Everything here is pure: the seed is passed in and recorded on each generated note.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from quizkit.deckfile import Deck
from quizkit.errors import QuizkitError
from quizkit.grading import Verdict
from quizkit.manifests import (
    ScenarioLike,
    complete_manifests,
    intended_service,
    load_documents,
    namespaced_name,
)
from quizkit.notes import Ask, Note, ScenarioNote
from quizkit.routing.conventions import REASON_CODES
from quizkit.variations import LB_PLACEHOLDER, NODE_PLACEHOLDER, Variation, variations

__all__ = [
    "DEFAULT_SEED",
    "LB_PLACEHOLDER",
    "NODE_PLACEHOLDER",
    "REASON_CODES",
    "SCENARIO_DECK",
    "Report",
    "Variation",
    "complete_manifests",
    "expected_answer",
    "grade_scenario",
    "intended_service",
    "runnable_deck",
    "scenario_deck",
    "variations",
    "visible_request",
]

SCENARIO_DECK = "k8s-service-scenarios"
DEFAULT_SEED = 20261122
_YES = {"yes", "y", "true", "reachable", "reaches", "arrives", "it arrives", "works"}
_NO = {"no", "n", "false", "unreachable", "not reachable", "fails", "it fails", "does not"}


# Where the build reports a scenario it leaves out: one line, document:line first.
Report = Callable[[str], None]


def _ungradable(note: ScenarioNote) -> str | None:
    """Why the evaluator cannot grade ``note`` (None when it can)."""
    outcome = _outcome(note)
    return outcome if isinstance(outcome, str) else None


def _outcome(note: ScenarioNote) -> tuple[str, str] | str:
    """What a learner must answer to ``note`` and the evaluator's reason for it, or
    why the evaluator cannot grade it."""
    try:
        answer, result = expected_answer(note)
    except QuizkitError as exc:
        return str(exc)
    return str(answer), str(result.reason)


def _report_skip(report: Report | None, note: Note, why: str) -> None:
    if report is None:
        return
    where = note.origin.document if note.origin else "?"
    if note.origin is not None and note.origin.line is not None:
        where += f":{note.origin.line}"
    report(f"{where}: scenario {note.id} not written: {why}")


def runnable_deck(deck: Deck, report: Report | None = None) -> Deck:
    """``deck`` with each scenario's manifests completed and every scenario checked.

    A scenario the evaluator cannot grade (an origin or target it cannot use,
    manifests it cannot read) is left out and ``report`` is called with one line
    naming the document, the line and why.
    """
    if not any(isinstance(n, ScenarioNote) for n in deck.notes):
        return deck
    notes: list[Note] = []
    for note in deck.notes:
        if isinstance(note, ScenarioNote):
            note = replace(note, manifests=complete_manifests(note.manifests))
            why = _ungradable(note)
            if why is not None:
                _report_skip(report, note, why)
                continue
        notes.append(note)
    return replace(deck, notes=tuple(notes))


def scenario_deck(
    decks: Sequence[Deck], seed: int = DEFAULT_SEED, report: Report | None = None
) -> Deck | None:
    """The deck of seeded variations of every scenario in ``decks`` (None if there are none).

    Every variation is evaluated here: one the evaluator cannot grade is left out
    (and reported, as :func:`runnable_deck` does), and one whose answer and reason
    equal those of the scenario as written, asked the same way, is dropped because
    it teaches nothing the as-written card does not.
    """
    notes: list[Note] = []
    seen: set[str] = set()
    for deck in decks:
        for note in deck.notes:
            if not isinstance(note, ScenarioNote):
                continue
            # The scenario as written, asked each way once (several variations share an ask).
            as_asked: dict[Ask | None, tuple[str, str] | str] = {}
            for variation in variations(note, seed):
                candidate = variation.note
                if candidate.id in seen:  # two decks with the same example: keep the first
                    continue
                outcome = _outcome(candidate)
                if isinstance(outcome, str):
                    _report_skip(report, candidate, outcome)
                    continue
                as_written = "/as-written/" in f"/{candidate.id}"
                if not as_written and candidate.ask is not Ask.URL:
                    if candidate.ask not in as_asked:
                        same = replace(note, ask=candidate.ask, service=candidate.service)
                        as_asked[candidate.ask] = _outcome(same)
                    if as_asked[candidate.ask] == outcome:
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


def visible_request(scenario: ScenarioLike) -> dict[str, str]:
    """The request as every front end shows it before the answer.

    A ``url`` card's target is its answer, so ``to`` is left out and ``service``
    names the Service to reach instead; every other ask shows the request as it is.
    """
    request = dict(scenario.request)
    if scenario.ask is Ask.URL:
        request.pop("to", None)
        service = intended_service(scenario)
        if service:
            request["service"] = service
    return request


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
    target = intended_service(scenario) or "the Service"
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


def _names_a_pod(text: str) -> bool:
    """Whether ``text`` holds something shaped like a pod name (``web-0``, ``api-7f9c-2``):
    a letter, then later in the same run of ``[a-z0-9-]`` a hyphen before a digit.

    Linear in ``len(text)``: the regex ``[a-z][a-z0-9-]*-\\d+`` this replaces
    backtracked quadratically on a long run without a match (``"x" * n``).
    """
    for run in re.findall(r"[a-z0-9-]+", text):
        letter = re.search(r"[a-z]", run)
        if letter is not None and re.search(r"-\d", run[letter.start() + 1 :]):
            return True
    return False


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
    wrong_pod = _names_a_pod(text) and not named
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
    intended = intended_service(scenario)
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
    expected, _ = expected_answer(scenario)
    intended = intended_service(scenario)
    backing = {
        f"{namespaced_name(d)[0]}/{namespaced_name(d)[1]}"
        for d in load_documents(scenario.manifests)
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
