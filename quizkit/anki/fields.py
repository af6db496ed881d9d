"""Anki field HTML, tags, note GUIDs and deck ids: pure functions of plain values.

Nothing here reads the database, writes a file or builds a genanki object. Everything
from a document is text, never markup: it is escaped, and only ``<code>``, ``<br>``
and lists are made here.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from quizkit.errors import ExportError, ManifestError
from quizkit.manifests import ScenarioLike
from quizkit.scenarios import visible_request

if TYPE_CHECKING:
    from quizkit.notes import Origin
    from quizkit.routing.result import RouteResult

__all__ = [
    "Scenario",
    "cloze_fields",
    "deck_id_for",
    "fact_fields",
    "kind_label",
    "note_guid",
    "note_tags",
    "pre_text",
    "render_text",
    "scenario_answer",
    "scenario_fields",
    "section_tags",
    "source_text",
]

_GUID_NAMESPACE = "quizkit"
_KIND_LABELS = {"fact": "Fact", "tip": "Tip", "rule": "Rule", "list": "List"}
_ASK_LABELS = {
    "reachable": "Does the request arrive?",
    "endpoint": "Which pod and container port answer?",
    "url": "Which URL reaches the intended Service?",
    "reason": "Why does the request arrive or fail (reason code)?",
    "fix": "What must change in the manifest?",
}


_INLINE_CODE = re.compile(r"`([^`\n]+)`")
_SLUG_JUNK = re.compile(r"[^\w]+")
_BULLET = re.compile(r"^[•*-]\s+(.*)$")


# TeX the builder could not read as plain text stays between `$` signs (see
# quizkit/build/tex.py); Anki's MathJax renders only \(…\) and \[…\]. A single-`$`
# span counts as math only when it holds a TeX command, so "$5 and $10" stays prose, and
# a `$$` one only with a command or a script (a shell's "$$" is a process id).
_DISPLAY_MATH = re.compile(r"\$\$([^$]*?(?:\\[A-Za-z]|[_^])[^$]*?)\$\$")
_INLINE_MATH = re.compile(r"(?<![\\$])\$([^$\n]*\\[A-Za-z][^$\n]*)\$(?!\$)")


def _prose_html(text: str) -> str:
    """Escaped prose with its kept TeX as MathJax delimiters."""
    if "$" not in text:
        return html.escape(text, quote=False)
    out: list[str] = []
    last = 0
    spans = sorted(
        [(m.start(), m.end(), "\\[", m.group(1), "\\]") for m in _DISPLAY_MATH.finditer(text)]
        + [(m.start(), m.end(), "\\(", m.group(1), "\\)") for m in _INLINE_MATH.finditer(text)]
    )
    for start, end, opening, body, closing in spans:
        if start < last:  # an inline match inside a display span
            continue
        out.append(html.escape(text[last:start], quote=False))
        out.append(f"{opening}{html.escape(body.strip(), quote=False)}{closing}")
        last = end
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


def _inline_html(text: str) -> str:
    if "`" not in text:  # no inline code: prose only
        return _prose_html(text)
    out: list[str] = []
    last = 0
    for match in _INLINE_CODE.finditer(text):
        out.append(_prose_html(text[last : match.start()]))
        out.append(f"<code>{html.escape(match.group(1), quote=False)}</code>")
        last = match.end()
    out.append(_prose_html(text[last:]))
    return "".join(out)


def render_text(text: str) -> str:
    """Plain card text as Anki field HTML: escaped, `code` as ``<code>``, lines kept.

    Everything from a document is text, never markup: a ``<script>`` in a note
    shows as the characters ``<script>`` in Anki. Lines that are all bullets
    (``•``, ``-``, ``*``) become a list, other line breaks ``<br>``.
    """
    if "\n" not in text and "`" not in text:
        # One line without code (most fields): no list, no <br>, no <code>.
        return _prose_html(text.strip())
    lines = [line.strip() for line in text.replace("\r\n", "\n").strip().split("\n")]
    items = [_BULLET.match(line) for line in lines if line]
    if len(items) > 1 and all(items):
        body = "".join(f"<li>{_inline_html(m.group(1))}</li>" for m in items if m)
        return f"<ul>{body}</ul>"
    return "<br>".join(_inline_html(line) for line in lines)


def pre_text(text: str) -> str:
    """Text for inside ``<pre>``: escaped, newlines kept as newlines."""
    return html.escape(text.replace("\r\n", "\n").rstrip("\n"), quote=False)


def tag_part(text: str) -> str:
    """A tag component: Anki tags cannot hold spaces, and ``::`` separates levels."""
    return _SLUG_JUNK.sub("-", text.casefold()).strip("-_") or "untitled"


def note_guid(deck: str, note_id: str) -> str:
    """The Anki GUID of note ``deck/note_id``: stable across wording edits."""
    from genanki.util import guid_for

    guid: str = guid_for(_GUID_NAMESPACE, f"{deck}/{note_id}")
    return guid


def deck_id_for(slug: str) -> int:
    """A stable Anki deck id for ``slug`` (in genanki's recommended range 2**30..2**31)."""
    digest = hashlib.sha256(f"{_GUID_NAMESPACE}-deck:{slug}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def kind_label(note_type: str) -> str:
    """What the "Kind" field says of a note of type ``note_type`` (a ``NoteType`` value)."""
    return _KIND_LABELS.get(note_type, note_type.title())


def source_text(origin: Origin | None, deck_source: str) -> str:
    """A note's source: its document and its section if any, else its deck's source."""
    if origin is None:
        return deck_source
    if origin.section:
        return f"{origin.document} § {origin.section}"
    return origin.document


def note_tags(deck: str, section: str, own: Iterable[str]) -> list[str]:
    """A note's tags: its deck's and section's (see :func:`section_tags`), then its own."""
    tags = section_tags(deck, section)
    tags.extend(t for t in own if t not in tags)
    return tags


def section_tags(deck: str, section: str) -> list[str]:
    """The tags every note of ``deck`` from ``section`` carries, before its own."""
    tags = [f"quizkit::{deck}"]
    if section:
        # "Parent › Child" sections become nested tags, which Anki shows as a tree.
        parts = [tag_part(p) for p in section.split("›") if p.strip()]
        tags.append("::".join(["quizkit", deck, *parts]))
    return tags


def fact_fields(
    front: str, back: str, has_reverse: bool, kind: str, source: str, ident: str
) -> list[str]:
    """The fields of a fact-type note (fact, tip, rule, list): ``kind`` as
    :func:`kind_label` says it, ``source`` as :func:`source_text`, ``ident`` ``deck/note-id``."""
    return [
        render_text(front),
        render_text(back),
        "y" if has_reverse else "",
        kind,
        html.escape(source, quote=False),
        html.escape(ident, quote=False),
    ]


def cloze_fields(text: str, source: str, ident: str) -> list[str]:
    """The fields of a cloze note: its ``text`` in cloze syntax (quizkit's is Anki's)."""
    return [
        render_text(text),
        "",
        html.escape(source, quote=False),
        html.escape(ident, quote=False),
    ]


class Scenario(ScenarioLike, Protocol):
    """What a scenario note's fields are made of: a store ``Card`` or ``ExportNote`` fits."""

    @property
    def prompt(self) -> str: ...


def scenario_fields(scenario: Scenario, source: str, ident: str) -> list[str]:
    """The fields of a scenario note, its answer and path computed by the evaluator."""
    request = scenario.request
    question = scenario.prompt
    ask = scenario.ask.value if scenario.ask else ""
    if ask in _ASK_LABELS:
        question = f"{question}\n{_ASK_LABELS[ask]}" if question else _ASK_LABELS[ask]
    shown = visible_request(scenario)  # a url card's target is its answer: not on the front
    parts = [f"from <code>{html.escape(shown.get('from', ''), quote=False)}</code>"]
    if "to" in shown:
        parts.append(f"to <code>{html.escape(shown['to'], quote=False)}</code>")
    elif shown.get("service"):
        parts.append(f"to Service <code>{html.escape(shown['service'], quote=False)}</code>")
    if request.get("protocol"):
        parts.append(f"over {html.escape(request['protocol'], quote=False)}")
    answer, path = scenario_answer(scenario, ident)
    return [
        render_text(question),
        "Request: " + " ".join(parts),
        pre_text(scenario.manifests),
        answer,
        path,
        html.escape(source, quote=False),
        html.escape(ident, quote=False),
    ]


def scenario_answer(scenario: ScenarioLike, ident: str) -> tuple[str, str]:
    """The evaluator's answer and path for a scenario, as field HTML.

    A scenario's answer is never stored: it is computed here, as when grading.
    """
    from quizkit.routing import evaluate

    request = scenario.request
    try:
        result = evaluate(
            scenario.manifests,
            request.get("from", ""),
            request.get("to", ""),
            request.get("protocol") or "TCP",
        )
    except ManifestError as exc:
        raise ExportError(f"{ident}: the evaluator cannot use this scenario: {exc}") from exc
    return _render_answer(scenario, result), _render_path(result)


def _verdict(result: RouteResult) -> str:
    if result.reachable is None:
        return "Leaves the cluster"
    return "Yes, it arrives" if result.reachable else "No, it does not arrive"


def _render_answer(scenario: ScenarioLike, result: RouteResult) -> str:
    esc = partial(html.escape, quote=False)
    ask = scenario.ask.value if scenario.ask else "reachable"
    reason = f"<code>{esc(str(result.reason))}</code>"
    lines: list[str] = []
    if ask == "endpoint":
        endpoint = result.endpoint
        if endpoint is not None and result.reachable:
            who = f"pod <code>{esc(endpoint.pod)}</code>" if endpoint.pod else "endpoint"
            lines.append(f"{who}, port <code>{endpoint.port}</code> ({esc(endpoint.ip)})")
            if len(result.endpoints) > 1:
                choices = ", ".join(
                    f"<code>{esc(e.pod or e.ip)}:{e.port}</code>" for e in result.endpoints
                )
                lines.append(f"kube-proxy picks any of: {choices}")
        else:
            lines.append(f"None: {_verdict(result).lower()} ({reason})")
    elif ask == "url":
        target = scenario.request.get("to", "")
        service = scenario.service or result.service or ""
        text = f"For example <code>{esc(target)}</code>"
        if service:
            text += f" (any URL that reaches Service <code>{esc(service)}</code> counts)"
        lines.append(text)
        if not result.reachable:
            lines.append(f"{_verdict(result)} ({reason})")
    elif ask == "reason":
        lines.append(reason)
    else:  # reachable, fix
        lines.append(f"{_verdict(result)} ({reason})")
    if result.detail:
        lines.append(render_text(result.detail))
    if result.errors:
        refused = "".join(f"<li>{esc(str(e))}</li>" for e in result.errors)
        lines.append(f"Refused by the API server:<ul>{refused}</ul>")
    if ask == "fix" and result.reachable:
        lines.append("Nothing to fix: the requirement already holds.")
    return "<br>".join(lines)


def _render_path(result: RouteResult) -> str:
    esc = partial(html.escape, quote=False)
    if not result.hops:
        return ""
    steps = [f"<li>{esc(result.origin or 'client')}</li>"]
    steps.extend(f"<li>{esc(hop.describe())}</li>" for hop in result.hops)
    return f"Path:<ol>{''.join(steps)}</ol>"
