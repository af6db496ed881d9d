"""Reading manifests: YAML text (multi-document, safe tags only) or objects.

This is the evaluator's only I/O: :func:`load_manifest_file` reads one regular file of at
most :data:`MAX_MANIFEST_BYTES`. Syntax errors, documents that are not objects, nesting
deeper than :data:`MAX_DEPTH` and integers longer than :data:`MAX_INT_DIGITS` digits raise
:class:`~quizkit.errors.ManifestError` naming the file and line, so hostile text costs
bounded time and memory and never a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from quizkit.errors import ManifestError
from quizkit.inputs import read_regular_file, yaml_problem

__all__ = [
    "MAX_DEPTH",
    "MAX_INT_DIGITS",
    "MAX_MANIFEST_BYTES",
    "MAX_VALUES",
    "Manifests",
    "go_string",
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
#: Values in one document, counting each alias as the copy it stands for.
MAX_VALUES = 1_000_000

_SURROGATE = re.compile("[\ud800-\udfff]")


def go_string(text: str) -> str:
    """Strings as Go's JSON decoder keeps them: a ``\\u`` surrogate pair becomes one
    character, a lone surrogate becomes U+FFFD, so no string can break printing."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


if TYPE_CHECKING:
    _Loader = yaml.SafeLoader
else:  # libyaml's parser is several times faster; the limits below hold for both
    _Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check_shape(root: yaml.Node) -> None:
    """Refuse a document nested deeper than :data:`MAX_DEPTH`, larger than
    :data:`MAX_VALUES` values once aliases are expanded (a "billion laughs" costs every
    later walk exponential time) or holding a recursive alias; iterative, and each
    node is sized once however often it is aliased."""
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    ancestors: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            ancestors.discard(key)
            kids = _children(node)
            size[key] = 1 + sum(size[id(k)] for k in kids)
            depth[key] = 1 + max((depth[id(k)] for k in kids), default=0)
            if depth[key] > MAX_DEPTH:
                problem = f"nested deeper than {MAX_DEPTH} levels"
            elif size[key] > MAX_VALUES:
                problem = f"more than {MAX_VALUES:,} values once aliases are expanded"
            else:
                continue
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark)
        if key in size:
            continue
        if key in ancestors:
            raise yaml.constructor.ConstructorError(
                None, None, "an alias refers to a value that contains it", node.start_mark
            )
        ancestors.add(key)
        stack.append((node, True))
        stack.extend((k, False) for k in _children(node) if id(k) not in size)


class _ManifestLoader(_Loader):
    """A safe YAML loader with the limits above; timestamps stay strings, as in
    ``sigs.k8s.io/yaml`` (a label value ``2024-01-01`` is the string it looks like)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        """The pure-Python composer recurses per level: stop it before Python's recursion
        limit does (libyaml stops at 1,000 levels by itself)."""
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                problem = f"nested deeper than {MAX_DEPTH} levels"
                raise yaml.composer.ComposerError(None, None, problem, mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_document(self, node: Any) -> Any:
        _check_shape(node)
        return super().construct_document(node)

    def construct_yaml_int(self, node: Any) -> Any:
        digits = sum(ch.isdigit() for ch in str(node.value))
        if digits > MAX_INT_DIGITS:
            raise yaml.constructor.ConstructorError(
                None, None, f"an integer of {digits} digits is out of range", node.start_mark
            )
        return super().construct_yaml_int(node)

    def construct_yaml_str(self, node: Any) -> str:
        return go_string(super().construct_yaml_str(node))


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
            line, problem = yaml_problem(exc, manifests)
            raise ManifestError(f"YAML syntax error: {problem}", file=file, line=line) from exc
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
    most :data:`MAX_MANIFEST_BYTES` is read (:func:`quizkit.inputs.read_regular_file`): a
    FIFO would block and ``/dev/urandom`` never ends."""
    name = str(path)
    try:
        data = read_regular_file(path, MAX_MANIFEST_BYTES)
    except OSError as exc:
        raise ManifestError(f"cannot read manifest file: {exc.strerror or exc}", file=name) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ManifestError(f"not UTF-8 text (byte {exc.start})", file=name) from exc
    return parse_manifests(text, file=name)
