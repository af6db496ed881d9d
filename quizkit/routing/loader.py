"""Reading manifests: YAML text (multi-document, safe tags only) or objects.

This is the evaluator's only I/O: :func:`load_manifest_file` reads one regular file of at
most :data:`MAX_MANIFEST_BYTES`. Syntax errors, documents that are not objects, nesting
deeper than :data:`MAX_DEPTH` and integers longer than :data:`MAX_INT_DIGITS` digits raise
:class:`~quizkit.errors.ManifestError` naming the file and line, so hostile text costs
bounded time and memory and never a traceback.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from quizkit.errors import ManifestError

__all__ = [
    "MAX_DEPTH",
    "MAX_INT_DIGITS",
    "MAX_MANIFEST_BYTES",
    "Manifests",
    "load_manifest_file",
    "load_yaml_documents",
    "parse_manifests",
]

Manifests = str | Iterable[Mapping[str, Any]] | Mapping[str, Any]

#: The API server refuses request bodies over 3 MiB (``--max-request-bytes``); a manifest
#: file holds many objects, so the evaluator allows a little more, and no more.
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
#: Kubernetes objects nest a dozen levels; 100 leaves room and keeps PyYAML's recursive
#: composer far from Python's recursion limit.
MAX_DEPTH = 100
#: No Kubernetes number field is wider than int64 (19 digits); Python refuses int() of
#: strings over 4,300 digits with a ValueError, so long literals are refused first.
MAX_INT_DIGITS = 64

_SURROGATE = re.compile("[\ud800-\udfff]")


def _go_string(text: str) -> str:
    """Strings as Go's JSON decoder keeps them: a ``\\u`` surrogate pair becomes one
    character, a lone surrogate becomes U+FFFD, so no string can break printing."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class _ManifestLoader(yaml.SafeLoader):
    """``SafeLoader`` with the limits above; timestamps stay strings, as in
    ``sigs.k8s.io/yaml`` (a label value ``2024-01-01`` is the string it looks like)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                problem = f"nested deeper than {MAX_DEPTH} levels"
                raise yaml.composer.ComposerError(None, None, problem, mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_yaml_int(self, node: Any) -> Any:
        digits = sum(ch.isdigit() for ch in str(node.value))
        if digits > MAX_INT_DIGITS:
            raise yaml.constructor.ConstructorError(
                None, None, f"an integer of {digits} digits is out of range", node.start_mark
            )
        return super().construct_yaml_int(node)

    def construct_yaml_str(self, node: Any) -> str:
        return _go_string(super().construct_yaml_str(node))


_ManifestLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_ManifestLoader.add_constructor("tag:yaml.org,2002:int", _ManifestLoader.construct_yaml_int)
_ManifestLoader.add_constructor("tag:yaml.org,2002:str", _ManifestLoader.construct_yaml_str)


def load_yaml_documents(text: str) -> list[Any]:
    """Every YAML document of ``text`` with the limits above (``yaml.YAMLError`` if not)."""
    loader = _ManifestLoader(text)
    try:
        docs = []
        while loader.check_data():  # type: ignore[no-untyped-call]
            docs.append(loader.get_data())
        return docs
    finally:
        loader.dispose()


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
            docs = load_yaml_documents(manifests)
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
    """Read and parse one manifest file (``-`` is not special). Only a regular file of at
    most :data:`MAX_MANIFEST_BYTES` is read: a FIFO would block and ``/dev/urandom``
    never ends."""
    name = str(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise ManifestError("not a regular file; give a manifest file", file=name)
            data = handle.read(MAX_MANIFEST_BYTES + 1)
    except OSError as exc:
        raise ManifestError(
            f"cannot read manifest file: {exc.strerror or exc}", file=name
        ) from None
    if len(data) > MAX_MANIFEST_BYTES:
        raise ManifestError(
            f"larger than {MAX_MANIFEST_BYTES // (1024 * 1024)} MiB; split the manifests",
            file=name,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ManifestError(f"not UTF-8 text (byte {exc.start})", file=name) from None
    return parse_manifests(text, file=name)
