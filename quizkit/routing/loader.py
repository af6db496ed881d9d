"""Reading manifests: YAML text (multi-document, ``yaml.safe_load_all`` only) or objects.

This is the evaluator's only I/O: :func:`load_manifest_file` reads one file. Syntax
errors and documents that are not objects raise
:class:`~quizkit.errors.ManifestError` naming the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from quizkit.errors import ManifestError

__all__ = ["Manifests", "load_manifest_file", "parse_manifests"]

Manifests = str | Iterable[Mapping[str, Any]] | Mapping[str, Any]

_DOC_START = re.compile(r"^---(\s|$)")


def _document_lines(text: str) -> list[int]:
    """1-based first line of each YAML document (for error messages only)."""
    starts: list[int] = []
    content_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        content = bool(line.strip()) and not line.lstrip().startswith("#")
        if _DOC_START.match(line) or (content and not content_seen):
            starts.append(number)
            content_seen = True
    return starts or [1]


def _expand(doc: Mapping[str, Any], file: str | None, line: int | None) -> list[Mapping[str, Any]]:
    if doc.get("kind") == "List" or (str(doc.get("kind", "")).endswith("List") and "items" in doc):
        items = doc.get("items") or []
        if not isinstance(items, list):
            raise ManifestError(
                "a List's items must be a list", file=file, line=line, field="items"
            )
        out: list[Mapping[str, Any]] = []
        for item in items:
            if not isinstance(item, Mapping):
                raise ManifestError(
                    "a List item is not an object", file=file, line=line, field="items"
                )
            out.extend(_expand(item, file, line))
        return out
    if "kind" not in doc or not isinstance(doc.get("kind"), str):
        raise ManifestError("a manifest needs a string 'kind'", file=file, line=line, field="kind")
    return [doc]


def parse_manifests(manifests: Manifests, file: str | None = None) -> list[Mapping[str, Any]]:
    """Turn YAML text or parsed objects into a flat list of object mappings."""
    if isinstance(manifests, str):
        try:
            docs = list(yaml.safe_load_all(manifests))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            line = mark.line + 1 if mark is not None else None
            problem = getattr(exc, "problem", None) or str(exc)
            raise ManifestError(f"YAML syntax error: {problem}", file=file, line=line) from None
        lines = _document_lines(manifests)
    elif isinstance(manifests, Mapping):
        docs, lines = [manifests], []
    else:
        docs, lines = list(manifests), []
    out: list[Mapping[str, Any]] = []
    for index, doc in enumerate(docs):
        line = lines[index] if index < len(lines) else None
        if doc is None:
            continue
        if not isinstance(doc, Mapping):
            where = f"document {index + 1}"
            raise ManifestError(
                f"{where} is a {type(doc).__name__}, not a Kubernetes object", file=file, line=line
            )
        out.extend(_expand(doc, file, line))
    return out


def load_manifest_file(path: str | Path) -> list[Mapping[str, Any]]:
    """Read and parse one manifest file (``-`` is not special)."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"cannot read manifest file: {exc}", file=name) from None
    return parse_manifests(text, file=name)
