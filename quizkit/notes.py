"""The note model: one frozen class per shape of note, each with its stored payload.

A deck holds three shapes of note, and which fields mean something follows from
the shape alone, so each is its own class and a ``match`` on the class (or
``isinstance``) replaces tests of ``note.type`` against a bag of optional fields:

- :class:`FactNote`: ``front`` and ``back`` (types ``fact``, ``tip``, ``rule``,
  ``list``), optionally a ``reverse`` card;
- :class:`ClozeNote`: one sentence in Anki's cloze syntax (``text``), one card per
  cloze number;
- :class:`ScenarioNote`: what the learner is asked (``ask``, ``prompt``), the
  manifests and the request the evaluator grades, never a hand-written answer.

``Note`` is their union. What the store keeps of a note besides its identity,
text columns and tags is its *payload*, one JSON object per note typed here
(:class:`FactPayload`, :class:`ScenarioPayload`): ``to_payload`` writes it and
``from_payload`` reads it back, for the store, its card rows and the Anki
export alike. The payload's keys and values are stored data: they never change
without a migration (an equal payload is what keeps a re-import "unchanged").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NotRequired, TypeAlias, TypedDict

from quizkit.errors import UsageError

__all__ = [
    "FACT_TYPES",
    "Ask",
    "ClozeNote",
    "FactNote",
    "FactPayload",
    "Note",
    "NoteType",
    "Origin",
    "OriginPayload",
    "ScenarioNote",
    "ScenarioPayload",
    "checked_fact_note",
    "origin_from_payload",
]


class NoteType(StrEnum):
    FACT = "fact"
    TIP = "tip"
    RULE = "rule"
    LIST = "list"
    SCENARIO = "scenario"
    CLOZE = "cloze"


# The types a FactNote carries: a question and its answer, labelled by kind.
FACT_TYPES = frozenset({NoteType.FACT, NoteType.TIP, NoteType.RULE, NoteType.LIST})


class Ask(StrEnum):
    """What a scenario note asks the learner for."""

    REACHABLE = "reachable"
    ENDPOINT = "endpoint"
    URL = "url"
    REASON = "reason"
    FIX = "fix"


class OriginPayload(TypedDict):
    document: str
    section: str
    line: int | None


class FactPayload(TypedDict):
    """The payload of a fact or cloze note: where it came from, when known."""

    origin: NotRequired[OriginPayload]


class ScenarioPayload(TypedDict):
    """The payload of a scenario note: everything the evaluator needs to grade it."""

    origin: NotRequired[OriginPayload]
    # Always a value when written by this module; None only in rows an earlier
    # version could have written without one.
    ask: str | None
    prompt: str
    manifests: str
    request: dict[str, str]
    service: str
    seed: int | None


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a note came from in its source document."""

    document: str
    section: str = ""
    line: int | None = None

    def describe(self) -> str:
        where = self.document
        if self.section:
            where += f" § {self.section}"
        if self.line is not None:
            where += f" (line {self.line})"
        return where

    def to_payload(self) -> OriginPayload:
        return {"document": self.document, "section": self.section, "line": self.line}


def origin_from_payload(payload: Mapping[str, Any]) -> Origin | None:
    """The ``origin`` of any note's payload (None when it has none)."""
    data = payload.get("origin")
    if not data:
        return None
    return Origin(data["document"], data.get("section", ""), data.get("line"))


def _origin_payload(origin: Origin | None) -> FactPayload:
    return {} if origin is None else {"origin": origin.to_payload()}


# The fields of the one flat ``Note`` class this module replaced, with the value
# it held where a note's shape has no such field. Code written against that
# class keeps reading them at run time (a scenario's ``front`` is ""), so
# library users and older scripts keep working; the type checker sees only each
# class's own fields, so typed code narrows by class instead.
_FLAT_FIELDS: Mapping[str, object] = MappingProxyType(
    {
        "front": "",
        "back": "",
        "reverse": False,
        "text": "",
        "ask": None,
        "prompt": "",
        "manifests": "",
        "request": MappingProxyType({}),
        "service": "",
        "seed": None,
        "is_scenario": False,
    }
)


class _ReadsFlatFields:
    """Base of the note classes: the flat note's fields they lack, read at run time."""

    __slots__ = ()

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> object:
            # Reached only for a name the class lacks.
            if name in _FLAT_FIELDS:
                return _FLAT_FIELDS[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


@dataclass(frozen=True, slots=True)
class FactNote(_ReadsFlatFields):
    """A question and its answer: a ``fact``, ``tip``, ``rule`` or ``list`` note.

    ``reverse`` adds a second card asking ``back`` and expecting ``front``.
    """

    id: str
    type: NoteType = NoteType.FACT
    front: str = ""
    back: str = ""
    tags: tuple[str, ...] = ()
    reverse: bool = False
    origin: Origin | None = None

    def __post_init__(self) -> None:
        if self.type not in FACT_TYPES:
            kinds = ", ".join(sorted(FACT_TYPES))
            raise UsageError(
                f"a FactNote's type is one of {kinds}, not {str(self.type)!r}"
                " (cloze and scenario notes have classes of their own)"
            )

    def to_payload(self) -> FactPayload:
        return _origin_payload(self.origin)

    @classmethod
    def from_payload(
        cls,
        note_id: str,
        note_type: NoteType,
        front: str,
        back: str,
        *,
        tags: tuple[str, ...] = (),
        reverse: bool = False,
        payload: Mapping[str, Any],
    ) -> FactNote:
        return cls(note_id, note_type, front, back, tags, reverse, origin_from_payload(payload))


@dataclass(frozen=True, slots=True)
class ClozeNote(_ReadsFlatFields):
    """A sentence of the document with words hidden in Anki's cloze syntax
    (``{{c1::answer}}`` or ``{{c1::answer::hint}}``): one card per cloze number."""

    id: str
    text: str
    tags: tuple[str, ...] = ()
    origin: Origin | None = None

    @property
    def type(self) -> NoteType:
        return NoteType.CLOZE

    def to_payload(self) -> FactPayload:
        return _origin_payload(self.origin)

    @classmethod
    def from_payload(
        cls, note_id: str, text: str, *, tags: tuple[str, ...] = (), payload: Mapping[str, Any]
    ) -> ClozeNote:
        return cls(note_id, text, tags, origin_from_payload(payload))


@dataclass(frozen=True, slots=True)
class ScenarioNote(_ReadsFlatFields):
    """A question the Service-routing evaluator grades.

    ``request`` has ``from``, ``to`` and optionally ``protocol``; ``service`` is
    the intended Service (``namespace/name``) a ``url`` or ``fix`` scenario is
    about and ``seed`` the seed of a generated variation, both optional.
    """

    id: str
    ask: Ask
    prompt: str
    manifests: str
    request: Mapping[str, str] = field(default_factory=dict)
    service: str = ""
    seed: int | None = None
    tags: tuple[str, ...] = ()
    origin: Origin | None = None

    @property
    def type(self) -> NoteType:
        return NoteType.SCENARIO

    @property
    def is_scenario(self) -> bool:
        return True

    def to_payload(self) -> ScenarioPayload:
        data: ScenarioPayload = {
            "ask": self.ask.value,
            "prompt": self.prompt,
            "manifests": self.manifests,
            "request": dict(self.request),
            "service": self.service,
            "seed": self.seed,
        }
        if self.origin is not None:
            data["origin"] = self.origin.to_payload()
        return data

    @classmethod
    def from_payload(
        cls, note_id: str, *, tags: tuple[str, ...] = (), payload: Mapping[str, Any]
    ) -> ScenarioNote:
        return cls(
            note_id,
            ask=Ask(payload.get("ask") or Ask.REACHABLE),
            prompt=payload.get("prompt", ""),
            manifests=payload.get("manifests", ""),
            request=payload.get("request", {}),
            service=payload.get("service", ""),
            seed=payload.get("seed"),
            tags=tags,
            origin=origin_from_payload(payload),
        )


Note: TypeAlias = FactNote | ClozeNote | ScenarioNote


def checked_fact_note() -> Callable[..., FactNote]:
    """``FactNote(id, type, front, back, tags, reverse, origin)`` for values a loader
    has already checked, every field given in that order: the slots set directly,
    skipping the frozen ``__init__``'s checked assignments and ``__post_init__``
    (less than half their time; a deck file of 20,000 notes builds 20,000). The
    note is the one ``FactNote(...)`` makes (a test holds them equal)."""
    setters = tuple(getattr(FactNote, f.name).__set__ for f in fields(FactNote))
    new = object.__new__

    def make(*values: Any) -> FactNote:
        note: FactNote = new(FactNote)
        for set_slot, value in zip(setters, values, strict=True):
            set_slot(note, value)
        return note

    return make
