"""Scenario and flow rules: curl requests and request paths (``reachable`` scenario
cards), flow diagrams, labelled sibling code blocks, manifests, and prose stating
what a named kind does."""

from __future__ import annotations

import bisect
import functools
import ipaddress
import re
import shlex
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import cast

import yaml

from quizkit.build.markdown import (
    Code,
    Heading,
    Located,
    Paragraph,
    Question,
    Quote,
    question_text,
)
from quizkit.build.text import clean, slugify, subject_of
from quizkit.manifests import dump_documents
from quizkit.notes import Ask, FactNote, Note, NoteType, ScenarioNote
from quizkit.routing.request import canonical_placeholder

from .common import _SENTENCE_END, Context, _fact, _here_doc_block, _question, is_generic_label

_SHELL = frozenset({"bash", "sh", "shell", "console", "zsh", "shell-session", "terminal"})
_YAML = frozenset({"yaml", "yml"})
_NEARBY = 40  # blocks to look back for the manifest a request without a name goes with
_OUTSIDE = "external"
_PATH_ARROW = re.compile(r"\s*(?:─+►|-+>|=+>|→|⟶|─+>|►)\s*")
_SERVICE_TYPES = frozenset({"ClusterIP", "NodePort", "LoadBalancer", "ExternalName"})
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAX_MANIFEST = 20_000  # characters; the examples scenarios come from are a screenful
_MAX_COMMAND = 2_000  # characters of one shell command line
_BUILTIN_NAMESPACES = frozenset({"default", "kube-system", "kube-public"})
_SERVICE_CIDR = ipaddress.ip_network("10.96.0.0/12")  # the evaluator's, as kubeadm's default


@dataclass(frozen=True, slots=True)
class _Service:
    """A Service the document defines: by a YAML manifest, a ``spec:`` fragment under a
    heading, or the table ``kubectl get services`` prints."""

    name: str
    namespace: str
    type: str
    port: int | None
    node_port: int | None
    cluster_ip: str
    selector: tuple[tuple[str, str], ...]
    block: int  # the block that defines it
    manifest: str  # the YAML that defines it (the block's own text for a manifest)
    # The source line of the code block that defines it: orders it among the workloads
    # and requests of the document, also inside one answer to an author's question.
    line: int = 0

    @property
    def key(self) -> str:
        return f"{self.namespace}/{self.name}"


@dataclass(frozen=True, slots=True)
class _Workload:
    namespace: str
    labels: tuple[tuple[str, str], ...]
    block: int
    manifest: str
    line: int = 0  # of its code block, as for a Service
    kind: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class _Request:
    """One request a shell block runs: what it shows and where it goes."""

    command: str  # as the learner reads it: no ``$`` prompt, no trailing ``# comment``
    tool: str  # curl, wget or nc
    target: str  # a URL or HOST:PORT; placeholders in their one spelling
    hint: str  # the comment lines above it in its block
    namespace: str  # from ``kubectl ... -n X``; "" when it names none
    pod: str  # the pod ``kubectl exec`` / ``kubectl run`` runs it in; "" for none


def _int_port(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 65535:
        return value
    return None


@functools.lru_cache(maxsize=256)
def _objects(text: str) -> tuple[dict[str, object], ...]:
    """The mapping documents of a YAML block; none when it is not YAML quizkit can use."""
    if len(text) > _MAX_MANIFEST or ":" not in text:
        return ()
    try:
        # Aliases could expand without bound wherever the manifest is loaded later
        # ("billion laughs"); a Kubernetes example never needs them. An alias is
        # written "*name": a text without a "*" needs no second parse to tell.
        if "*" in text and any(
            isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, _YAML_LOADER)
        ):
            return ()
        documents = list(yaml.load_all(text, Loader=_YAML_LOADER))
    except (yaml.YAMLError, RecursionError, ValueError):
        return ()
    return tuple(d for d in documents if isinstance(d, dict))


def _service_of(
    doc: Mapping[str, object],
    block: int,
    manifest: str,
    *,
    default_name: str = "",
    line: int = 0,
) -> _Service | None:
    meta = doc.get("metadata")
    spec = doc.get("spec")
    meta = meta if isinstance(meta, dict) else {}
    spec = spec if isinstance(spec, dict) else {}
    name = meta.get("name") or default_name
    if not isinstance(name, str) or not name:
        return None
    ports = spec.get("ports")
    first = ports[0] if isinstance(ports, list) and ports and isinstance(ports[0], dict) else {}
    selector = spec.get("selector")
    return _Service(
        name=name,
        namespace=str(meta.get("namespace") or "default"),
        type=str(spec.get("type") or "ClusterIP"),
        port=_int_port(first.get("port")),
        node_port=_int_port(first.get("nodePort")),
        cluster_ip=str(spec.get("clusterIP") or ""),
        selector=tuple(
            (str(k), str(v)) for k, v in (selector.items() if isinstance(selector, dict) else ())
        ),
        block=block,
        manifest=manifest,
        line=line,
    )


def _fragment(doc: dict[str, object]) -> bool:
    """A ``spec:`` snippet of a Service with ports ("spec: type: NodePort, ports: ..."),
    as interview notes show each Service type: the rest is the section's subject."""
    spec = doc.get("spec")
    if set(doc) != {"spec"} or not isinstance(spec, dict):
        return False
    ports = spec.get("ports")
    return (
        spec.get("type", "ClusterIP") in _SERVICE_TYPES
        and isinstance(ports, list)
        and (any(isinstance(p, dict) and _int_port(p.get("port")) for p in ports))
    )


_GET_SERVICES = re.compile(
    r"^(?:(?P<ns>NAMESPACE)\s+)?NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)", re.M
)
_NAMESPACE_FLAG = re.compile(r"(?:^|\s)(?:-n\s*|--namespace[=\s]+)([a-z0-9][a-z0-9-]*)")
_PORTS_CELL = re.compile(r"^(\d+)(?::(\d+))?/(TCP|UDP|SCTP)$")


# The Service every cluster has for its API server: no selector, its endpoints are the
# API servers' addresses. And the namespaces of the cluster's own add-ons (kube-dns
# selects ``k8s-app``): what such a row lists is no app of the document's.
_API_SERVER_SERVICE = ("default", "kubernetes")
_CLUSTER_NAMESPACES = frozenset({"kube-system", "kube-public"})


def _release_listing(text: str) -> bool:
    """Whether a table sits in the resources a package release lists (``helm install``
    printing ``RESOURCES:`` and a ``==> v1/Service`` heading over each kind): the chart
    defines those Services, their selectors and pods, and the page shows none of it."""
    above = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(above) and (above[-1].startswith("==>") or "RESOURCES:" in above)


def _row_agrees(kind: str, ports: list[dict[str, object]], external: str) -> bool:
    """Whether a row's TYPE, PORT(S) and EXTERNAL-IP make one Service Kubernetes accepts:
    only a NodePort or LoadBalancer Service has a nodePort (``80:31623/TCP`` beside
    ``ClusterIP`` is a print edited by hand, and the Service it spells is refused), and an
    ExternalName Service is its external name."""
    if kind in ("ClusterIP", "ExternalName") and any("nodePort" in p for p in ports):
        return False
    hostname = re.fullmatch(r"[a-z0-9]([a-z0-9.-]*[a-z0-9])?", external)
    return kind != "ExternalName" or hostname is not None


def _listed_services(ctx: Context, index: int) -> list[_Service]:
    """Services in a ``kubectl get services`` table (in this block or printed below the
    command of the block before): name, type, clusterIP and ports, the namespace from
    its ``-n``; the selector the table does not print is written in by
    :func:`_abbreviated_service_yaml`.

    A row makes a Service only when all it states holds together: never the API server's
    own Service or one of the cluster's add-ons, never a row whose type and ports
    disagree, and no table a release lists (:func:`_release_listing`)."""
    block = ctx.items[index].block
    assert isinstance(block, Code)
    header = _GET_SERVICES.search(block.text)
    if header is None or _release_listing(block.text[: header.start()]):
        return []
    command_text = block.text[: header.start()]
    if "kubectl" not in command_text:
        # The command in the block before, also over a lead-in ("The output will look
        # like this:") between the two.
        command_text = ""
        for before in (item.block for item in ctx.items[max(0, index - 2) : index][::-1]):
            if isinstance(before, Code):
                command_text = before.text
            if not isinstance(before, Paragraph):
                break
    flag = _NAMESPACE_FLAG.search(command_text)
    namespace = flag[1] if flag else "default"
    found: list[_Service] = []
    for row in block.text[header.end() :].splitlines()[1:]:
        cells = row.split()
        if header["ns"] and cells:
            namespace, cells = cells[0], cells[1:]
        if len(cells) < 5 or cells[1] not in _SERVICE_TYPES:
            break
        name, kind, cluster_ip, external, ports_cell = cells[:5]
        if (namespace, name) == _API_SERVER_SERVICE or namespace in _CLUSTER_NAMESPACES:
            continue
        ports = []
        for part in ports_cell.split(","):
            m = _PORTS_CELL.match(part)
            if m is None:
                continue
            port: dict[str, object] = {"port": int(m[1]), "protocol": m[3]}
            if m[2]:
                port["nodePort"] = int(m[2])
            ports.append(port)
        if not ports or not re.fullmatch(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?", name):
            continue
        if len(ports) > 1:
            # "6789/TCP,3300/TCP": the table leaves out the names the API server requires
            # of every port of a multi-port Service; the Service written without them is
            # one the evaluator refuses, and its questions would answer "no" where the
            # page shows the request answered.
            continue
        if not _row_agrees(kind, ports, external):
            continue
        spec: dict[str, object] = {"type": kind, "ports": ports}
        if kind == "ExternalName":
            spec["externalName"] = external
        elif cluster_ip == "None":
            spec["clusterIP"] = "None"  # headless: the row says so, and it changes the answer
        elif _in_service_cidr(cluster_ip):
            spec["clusterIP"] = cluster_ip
        metadata: dict[str, object] = {"name": name}
        if namespace != "default":
            metadata["namespace"] = namespace
        doc: dict[str, object] = {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": metadata,
            "spec": spec,
        }
        service = _service_of(doc, index, _abbreviated_service_yaml(doc), line=block.line)
        if service is not None:
            found.append(service)
    return found


_DESCRIBE_FIELD = re.compile(r"^(?P<key>[A-Z][A-Za-z ]*):[ \t]+(?P<value>\S.*?)\s*$", re.M)
_DESCRIBE_PORT = re.compile(r"^(?:(?P<name>[a-z0-9-]+)\s+)?(?P<port>\d+)/(?P<proto>TCP|UDP|SCTP)$")


def _described_service(block: Code, index: int) -> _Service | None:
    """The Service that ``kubectl describe service`` prints: name, namespace, selector,
    type and first port with its targetPort and nodePort."""
    if "kubectl describe" not in block.text or "Selector:" not in block.text:
        return None
    fields: dict[str, str] = {}
    for m in _DESCRIBE_FIELD.finditer(block.text):
        fields.setdefault(m["key"], m["value"])
    port = _DESCRIBE_PORT.match(fields.get("Port", ""))
    name = fields.get("Name", "")
    kind = fields.get("Type", "ClusterIP")
    if port is None or kind not in _SERVICE_TYPES or not re.fullmatch(r"[a-z0-9-]+", name):
        return None
    entry: dict[str, object] = {"port": int(port["port"]), "protocol": port["proto"]}
    if port["name"]:
        entry["name"] = port["name"]
    target = fields.get("TargetPort", "").split("/", 1)[0]
    if target:
        entry["targetPort"] = int(target) if target.isdigit() else target
    node_port = re.search(r"(\d+)/", fields.get("NodePort", ""))
    if node_port:
        entry["nodePort"] = int(node_port[1])
    selector = dict(
        pair.split("=", 1) for pair in fields.get("Selector", "").split(",") if "=" in pair
    )
    spec: dict[str, object] = {"type": kind, "ports": [entry]}
    if selector:
        spec["selector"] = selector
    metadata: dict[str, object] = {"name": name}
    if fields.get("Namespace", "default") != "default":
        metadata["namespace"] = fields["Namespace"]
    doc: dict[str, object] = {"apiVersion": "v1", "kind": "Service", "metadata": metadata}
    doc["spec"] = spec
    return _service_of(doc, index, _dump_yaml(doc), line=block.line)


def _in_service_cidr(text: str) -> bool:
    try:
        return ipaddress.ip_address(text) in _SERVICE_CIDR
    except ValueError:
        return False


def _abbreviated_service_yaml(doc: Mapping[str, object]) -> str:
    """The manifest of a Service the document only abbreviated (a ``spec:`` fragment under
    a heading, a row of ``kubectl get services``), written whole.

    The author left the selector out of the snippet, not out of the Service: it gets
    ``app: NAME``, as :func:`~quizkit.manifests.complete_manifests` gives an abbreviated
    manifest, which would take this complete one's missing selector as deliberate.
    The :class:`_Service` keeps the selector the text gave (none), so no workload of the
    document is paired with it by a label the author never wrote.
    """
    spec = doc.get("spec")
    meta = doc.get("metadata")
    name = meta.get("name") if isinstance(meta, dict) else None
    if (
        isinstance(spec, dict)
        and "selector" not in spec
        and spec.get("type") != "ExternalName"
        and isinstance(name, str)
        and name
    ):
        doc = {**doc, "spec": {**spec, "selector": {"app": name}}}
    # Written as complete_manifests writes what it fills in, so a scenario reads the same.
    return dump_documents([dict(doc)])


def _dump_yaml(doc: Mapping[str, object]) -> str:
    return yaml.safe_dump(doc, sort_keys=False, default_flow_style=False)


def _is_manifest_block(block: Code) -> bool:
    info = block.info.split(" ")[0]
    return info in _YAML or (info == "" and re.search(r"^kind:\s", block.text, re.M) is not None)


# -- requests in shell blocks ---------------------------------------------------------

_KUBECTL_VALUE_OPTIONS = frozenset(
    {
        "-n",
        "--namespace",
        "-c",
        "--container",
        "--image",
        "--restart",
        "--env",
        "-l",
        "--labels",
        "--overrides",
        "--port",
        "--serviceaccount",
        "--context",
        "--timeout",
    }
)
_TOOL_VALUE_OPTIONS = {
    "curl": frozenset(
        {
            "-H",
            "-X",
            "-d",
            "-o",
            "-w",
            "-m",
            "-u",
            "-A",
            "-e",
            "-x",
            "-T",
            "-b",
            "-c",
            "-F",
            "--header",
            "--request",
            "--data",
            "--output",
            "--write-out",
            "--max-time",
            "--connect-timeout",
            "--resolve",
            "--cert",
            "--key",
            "--cacert",
            "--form",
            "--retry",
            "--user",
            "--user-agent",
        }
    ),
    "wget": frozenset(
        {"-O", "-o", "-T", "-t", "-U", "--timeout", "--tries", "--header", "--user-agent"}
    ),
    "nc": frozenset({"-w", "-p", "-s", "-i"}),
}
_PREFIX_WORDS = frozenset({"do", "then", "else", "time", "sudo", "exec", "!", "{", "("})
_HOST_PORT = re.compile(r"^(?P<host>[^/:?#\s]+):(?P<port>\d{1,5}|<[^<>\s]+>|\$\{?\w+\}?)$")
_URL = re.compile(
    r"^(?P<scheme>https?)://(?P<host>[^/:?#\s]+)(?::(?P<port>\d{1,5}|<[^<>\s]+>|\$\{?\w+\}?))?"
    r"(?P<rest>[/?#]\S*)?$"
)


def _command_lines(text: str) -> list[tuple[str, str]]:
    """Each command of a shell block with the comment lines just above it.

    A block where some lines start with ``$ `` is a terminal transcript: only those
    lines are commands, the rest is output. A blank line ends a comment's reach.
    """
    lines = text.replace("\\\n", " ").splitlines()
    transcript = any(line.startswith("$ ") for line in lines)
    out: list[tuple[str, str]] = []
    hint: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            hint = []
            continue
        if stripped.startswith("#"):
            hint.append(stripped.lstrip("#").strip())
            continue
        if transcript:
            if not stripped.startswith("$ "):
                continue
            stripped = stripped[2:].strip()
        if len(stripped) <= _MAX_COMMAND:
            out.append((stripped, " ".join(hint)))
    return out


def _words(command: str) -> list[str] | None:
    """The words of a command line, ``;``, ``|`` and ``&`` runs as words of their own,
    a trailing ``# comment`` gone (None when the quoting is broken)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=";|&")
    lexer.whitespace_split = True
    lexer.commenters = "#"
    try:
        return list(lexer)
    except ValueError:
        return None


def _without_comment(command: str, words: list[str]) -> str:
    """The command as written, up to its trailing ``# comment`` (``words``: its words)."""
    for m in re.finditer(r"\s#", command):
        if _words(command[: m.start()]) == words:
            return command[: m.start()].rstrip()
    return command


def _segments(words: list[str]) -> list[list[str]]:
    """The simple commands of a line (split at ``;``, ``|``, ``&&``), the words that
    introduce them (``do``, ``then``, ``sudo``) dropped, ``sh -c '...'`` opened."""
    out: list[list[str]] = []
    current: list[str] = []
    for word in [*words, ";"]:
        if word and set(word) <= set(";|&"):
            while current and current[0] in _PREFIX_WORDS:
                current = current[1:]
            if len(current) >= 3 and current[0].endswith("sh") and current[1] == "-c":
                inner = _words(current[2])
                out.extend(_segments(inner) if inner else [])
            elif current:
                out.append(current)
            current = []
        else:
            current.append(word)
    return out


def _positional(words: list[str], value_options: frozenset[str]) -> list[str]:
    out: list[str] = []
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word.startswith("-") and word != "-":
            skip = word in value_options
        else:
            out.append(word)
    return out


def _tool_target(tool: str, args: list[str], names: frozenset[str]) -> str | None:
    """The URL or HOST:PORT a request goes to; a bare host counts for curl and wget
    when it is the name of a Service the document defines (``wget -qO- my-app-svc``)."""
    positional = _positional(args, _TOOL_VALUE_OPTIONS[tool])
    if tool == "nc":
        if len(positional) >= 2 and positional[1].isdigit():
            return f"{positional[0]}:{positional[1]}"
        return None
    for word in positional:
        if "$(" in word or "`" in word:
            return None
        if _URL.match(word) or _HOST_PORT.match(word):
            return word
        if word.split(".", 1)[0] in names and re.fullmatch(r"[a-z0-9.-]+", word):
            return f"http://{word}"
    return None


def _requests_in(command: str, hint: str, names: frozenset[str]) -> list[_Request]:
    words = _words(command)
    if not words:
        return []
    shown = _without_comment(command, words)
    found: list[_Request] = []
    for segment in _segments(words):
        namespace = pod = ""
        if segment[0] == "kubectl" and len(segment) > 2 and segment[1] in ("exec", "run"):
            if "--" not in segment:
                continue
            split = segment.index("--")
            own = segment[2:split]
            flag = _NAMESPACE_FLAG.search(" ".join(own))
            namespace = flag[1] if flag else ""
            names_given = _positional(own, _KUBECTL_VALUE_OPTIONS)
            pod = names_given[0].removeprefix("pod/") if names_given else ""
            inner = segment[split + 1 :]
            segments = _segments(inner) if inner else []
        else:
            segments = [segment]
        for simple in segments:
            tool = simple[0].rsplit("/", 1)[-1]
            tool = "nc" if tool in ("nc", "netcat", "ncat") else tool
            if tool not in _TOOL_VALUE_OPTIONS:
                continue
            target = _tool_target(tool, simple[1:], names)
            if target is not None:
                found.append(_Request(shown, tool, target, hint, namespace, pod))
    return found


# -- pairing a request with its Service, and its origin ---------------------------------


def _host_port(target: str) -> tuple[str, str, str, str]:
    """(scheme, host, port, rest) of a request target ("" for what it leaves out)."""
    m = _URL.match(target)
    if m:
        return m["scheme"], m["host"], m["port"] or "", m["rest"] or ""
    m = _HOST_PORT.match(target)
    assert m is not None
    return "", m["host"], m["port"], ""


@dataclass(frozen=True, slots=True)
class _Asked:
    """A request made runnable: its origin, target and manifests, the Service it means."""

    command: str
    origin: str
    target: str
    service: _Service
    manifests: str
    line: int  # of the code block that sends it: the card's source line


@dataclass(frozen=True, slots=True)
class _DocumentScenarios:
    """Everything the scenario rules need of one document, read once."""

    services: tuple[_Service, ...]
    workloads: tuple[_Workload, ...]
    requests: Mapping[int, tuple[_Asked, ...]]
    # (block, key) of each Service definition some request or drawn path goes to.
    paired: frozenset[tuple[int, str]] = frozenset()
    # The author's question each code block answers ("" outside any): block → heading.
    questions: Mapping[int, str] = field(default_factory=dict)
    # The blocks where a new set of objects starts (see :func:`_restarts`).
    restarts: tuple[int, ...] = ()

    def setup_of(self, block: int) -> int:
        """The set of objects the block at ``block`` belongs to: 0 for the first."""
        return bisect.bisect_right(self.restarts, block)


_LAST: list[tuple[tuple[Located, ...], _DocumentScenarios]] = []


def _code_blocks(ctx: Context) -> Iterator[tuple[int, Code]]:
    """Each code block of the document with the index of the item that holds it: a block
    of its own, or one in the answer to an author's question (an exercise's hidden
    solution deploys workloads and sends requests as much as any tutorial block)."""
    for index, item in enumerate(ctx.items):
        block = item.block
        if isinstance(block, Code):
            yield index, block
        elif isinstance(block, Question):
            for inner in block.answer:
                if isinstance(inner, Code):
                    yield index, inner


def _object_key(doc: Mapping[str, object]) -> tuple[str, str, str] | None:
    """An object's identity as the cluster knows it: kind, namespace and name."""
    meta = doc.get("metadata")
    kind = doc.get("kind")
    name = meta.get("name") if isinstance(meta, dict) else None
    if not isinstance(kind, str) or not isinstance(name, str) or not kind or not name:
        return None
    namespace = meta.get("namespace") if isinstance(meta, dict) else None
    return kind, str(namespace or "default"), name


def _restarts(ctx: Context) -> tuple[int, ...]:
    """Where a document starts its objects over: the first block under the heading of a
    section that defines again an object (kind, namespace, name) another section defined
    ("### Exercise 13" defining the Service ``myapp-service`` that "### Exercise 12"
    defined too). Each exercise of a collection sets up its own; its Service is no
    front for the other exercise's pods. Definitions again in one section (a
    Deployment applied, then changed and applied again) are one setup going on."""
    restarts: list[int] = []
    defined: dict[tuple[str, str, str], tuple[int, tuple[Heading, ...]]] = {}
    for index, block in _code_blocks(ctx):
        if not _is_manifest_block(block):
            continue
        headings = ctx.items[index].headings
        for doc in _objects(block.text):
            key = _object_key(doc)
            if key is None:
                continue
            earlier = defined.get(key)
            if earlier is not None and earlier[1] != headings:
                shared = 0
                while shared < min(len(headings), len(earlier[1])) and (
                    headings[shared] == earlier[1][shared]
                ):
                    shared += 1
                # The section where the two definitions part: its first block starts
                # the new set (its other objects are that set's too).
                start = next(
                    (
                        at
                        for at in range(earlier[0] + 1, index + 1)
                        if ctx.items[at].headings[: shared + 1] == headings[: shared + 1]
                    ),
                    index,
                )
                if shared < len(headings) and start > earlier[0]:
                    restarts.append(start)
                    defined = {k: v for k, v in defined.items() if v[0] >= start}
            defined[key] = (index, headings)
    return tuple(sorted(set(restarts)))


def _document(ctx: Context) -> _DocumentScenarios:
    """The document's Services and requests, computed for its first block and kept for
    the others (a one-entry cache keyed by the block tuple itself)."""
    last = _LAST[0] if _LAST else None  # read once: another thread may replace it
    if last is not None and last[0] is ctx.items:
        return last[1]
    services: list[_Service] = []
    listed: list[_Service] = []
    workloads: list[_Workload] = []
    for index, block in _code_blocks(ctx):
        if _is_manifest_block(block):
            for doc in _objects(block.text):
                kind = doc.get("kind")
                if kind == "Service":
                    service = _service_of(doc, index, block.text, line=block.line)
                    if service is not None:
                        services.append(service)
                elif kind in ("Deployment", "Pod", "StatefulSet", "ReplicaSet", "DaemonSet"):
                    workloads.append(_workload(doc, index, block.text, block.line))
                elif _fragment(doc):
                    # The heading right above names the snippet's Service type.
                    name = slugify(subject_of(ctx.nearest_heading(index)), "service")
                    full: dict[str, object] = {
                        "apiVersion": "v1",
                        "kind": "Service",
                        "metadata": {"name": name},
                    }
                    full["spec"] = doc["spec"]
                    service = _service_of(
                        full, index, _abbreviated_service_yaml(full), line=block.line
                    )
                    if service is not None and re.fullmatch(r"[a-z]([a-z0-9-]*[a-z0-9])?", name):
                        services.append(service)
        else:
            described = _described_service(block, index)
            if described is not None:
                services.append(described)
            if ctx.items[index].block is block:  # a table printed below the command before
                listed.extend(_listed_services(ctx, index))
    # A manifest of the same Service says more than its table row, also one the builder
    # could not read (a template, a broken fence): the row would be a second Service
    # made up beside the author's. A Service listed again (the same row after the next
    # step) is the one Service; listed changed (another type, port) it is the next one.
    defined = {s.key for s in services}
    written = _written_service_names(ctx)
    rows: set[tuple[str, str, int | None, int | None]] = set()
    for row in listed:
        again = (row.key, row.type, row.port, row.node_port)
        if row.key not in defined and row.name not in written and again not in rows:
            rows.add(again)
            services.append(row)
    found = tuple(services)
    names = frozenset(s.name for s in found)
    # In a collection of questions each answer stands alone: its objects are not
    # another answer's setup.
    questions = {
        index: next((t for t in reversed(ctx.heading_texts(index)) if question_text(t)), "")
        for index, _ in _code_blocks(ctx)
    }
    restarts = _restarts(ctx)
    result = _DocumentScenarios(found, tuple(workloads), {}, questions=questions, restarts=restarts)
    requests: dict[int, tuple[_Asked, ...]] = {}
    paired: set[tuple[int, str]] = set()
    seen: set[tuple[str, str, str]] = set()
    for index, block in _code_blocks(ctx):
        if _is_manifest_block(block):
            continue
        drawn = _arrow_request(block)
        if drawn is not None:
            service = _pair(ctx, index, drawn[0], found, restarts) if drawn[0].target else None
            if service is not None:
                paired.add((service.block, service.key))
            continue
        if block.info.split(" ")[0] not in _SHELL | {""}:
            continue
        asked = []
        for command, hint in _command_lines(block.text):
            for request in _requests_in(command, hint, names):
                ready = _ask(ctx, index, request, result, block.line)
                # Same origin, target and manifests: the same question, one card.
                if ready is not None and (ready.origin, ready.target, ready.manifests) not in seen:
                    seen.add((ready.origin, ready.target, ready.manifests))
                    paired.add((ready.service.block, ready.service.key))
                    asked.append(ready)
        if asked:
            requests[index] = requests.get(index, ()) + tuple(asked)
    result = _DocumentScenarios(
        found, tuple(workloads), requests, frozenset(paired), questions, restarts
    )
    _LAST[:] = [(ctx.items, result)]
    return result


_KIND_SERVICE = re.compile(r"^\s*kind:\s*[\"']?Service[\"']?\s*$", re.M)
_NAME_FIELD = re.compile(r"^\s*name:\s*[\"']?([a-z0-9][a-z0-9-]*)[\"']?\s*$", re.M)


def _written_service_names(ctx: Context) -> frozenset[str]:
    """Names in the code blocks that write a Service out (a ``kind: Service`` line), read
    or not: every ``name:`` of such a block, so a row never stands in for the author's
    manifest (the names of its ports and containers too: they only keep rows out)."""
    names: set[str] = set()
    for _, block in _code_blocks(ctx):
        if _KIND_SERVICE.search(block.text):
            names.update(m[1] for m in _NAME_FIELD.finditer(block.text))
    return frozenset(names)


def _name_of(doc: dict[str, object]) -> str:
    meta = doc.get("metadata")
    return str(meta.get("name") or "") if isinstance(meta, dict) else ""


def _workload(doc: dict[str, object], block: int, manifest: str, line: int) -> _Workload:
    meta = doc.get("metadata")
    meta = meta if isinstance(meta, dict) else {}
    labels: object = meta.get("labels")
    if doc.get("kind") != "Pod":
        spec = doc.get("spec")
        template = spec.get("template") if isinstance(spec, dict) else None
        tmeta = template.get("metadata") if isinstance(template, dict) else None
        labels = tmeta.get("labels") if isinstance(tmeta, dict) else None
    pairs = labels.items() if isinstance(labels, dict) else ()
    return _Workload(
        namespace=str(meta.get("namespace") or "default"),
        labels=tuple((str(k), str(v)) for k, v in pairs),
        block=block,
        manifest=manifest,
        line=line,
        kind=str(doc.get("kind") or ""),
        name=str(meta.get("name") or ""),
    )


def _pair(
    ctx: Context,
    index: int,
    request: _Request,
    services: tuple[_Service, ...],
    restarts: tuple[int, ...] = (),
) -> _Service | None:
    """The Service a request means: the one its host names (``NAME``, ``NAME.NS``,
    ``NAME.NS.svc.cluster.local``) anywhere in the document; for an IP, the one with
    that clusterIP; for a node or load-balancer address, the one whose nodePort or
    port it uses; else the nearest Service defined above it in its section."""
    scheme, host, port, _ = _host_port(request.target)
    if not port and scheme:
        port = "443" if scheme == "https" else "80"
    labels = host.lower().split(".")
    named = [
        s
        for s in services
        if s.name == labels[0] and (len(labels) == 1 or labels[1] in (s.namespace, "svc"))
    ]
    if named:
        # Of a name two exercises each define, the one set up where the request is.
        setup = bisect.bisect_right(restarts, index)
        own = [s for s in named if bisect.bisect_right(restarts, s.block) == setup]
        return _closest(ctx, index, own or named)
    if re.fullmatch(r"[a-z][a-z0-9-]*(\.[a-z0-9-]+)*", host.lower()) and "." not in host:
        return None  # a name no Service of the document has: not a Service request
    by_ip = [s for s in services if s.cluster_ip and s.cluster_ip == host]
    if by_ip:
        return by_ip[0]
    placeholder = canonical_placeholder(host)
    if placeholder is not None and port.isdigit():
        wanted = int(port)
        exposing = [
            s
            for s in services
            if (placeholder == "<NodeIP>" and s.node_port == wanted)
            or (placeholder == "<EXTERNAL-LB-IP>" and s.type == "LoadBalancer" and s.port == wanted)
        ]
        if exposing:
            return _closest(ctx, index, exposing)
    before = [
        s
        for s in services
        if s.block < index and index - s.block <= _NEARBY and ctx.same_section(index, s.block)
    ]
    if not before:
        return None
    nearest = max(before, key=lambda s: s.block)
    if _is_ip(host) and not _in_service_cidr(host):
        return None  # a pod's or node's address: not the Service's
    return nearest


def _closest(ctx: Context, index: int, services: list[_Service]) -> _Service:
    """Of several definitions a request may mean (a document may redefine one Service as
    each type in turn), the nearest above it in its section, else above it, else the first."""
    above = [s for s in services if s.block < index]
    section = [s for s in above if ctx.same_section(index, s.block)]
    if section or above:
        return max(section or above, key=lambda s: s.block)
    return services[0]


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


_NOT_A_NAMESPACE = frozenset(
    {
        "the",
        "a",
        "an",
        "same",
        "different",
        "another",
        "other",
        "any",
        "that",
        "this",
        "its",
        "your",
        "each",
        "one",
        "separate",
        "new",
        "own",
        "target",
        "given",
        "specific",
        "which",
        "whatever",
        "their",
        "every",
        "in",
        "of",
        "per",
        "and",
        "or",
    }
)
_EXTERNAL_HINT = re.compile(
    r"outside (?:of )?(?:the |a |your )?(?:cluster|kubernetes)|externally|external client"
    r"|from (?:your|my|a|the) (?:own )?(?:laptop|machine|workstation|computer|browser|desktop"
    r"|local machine|terminal)|from the internet|\blocally\b"
)
_INTERNAL_HINT = re.compile(r"\b(?:pod|pods|inside|within|in-cluster|container|cluster)\b")


def _origin_namespace(hint: str, service: _Service) -> str | None:
    """The namespace a hint puts the client in: named ("in namespace `frontend`", "in the
    ui namespace", "in 'production' namespace"), the Service's ("same namespace"), or
    another one ("from a different namespace"); None when it names none."""
    text = re.sub(r"[*`'\"“”‘’]", "", hint.lower())
    if re.search(r"\b(?:different|another|other) namespace", text):
        return "default" if service.namespace != "default" else "client"
    if re.search(r"\bsame namespace", text):
        return service.namespace
    for pattern in (r"\bnamespace:?\s+([a-z0-9][a-z0-9-]*)", r"\b([a-z0-9][a-z0-9-]*)\s+namespace"):
        for m in re.finditer(pattern, text):
            if m[1] not in _NOT_A_NAMESPACE:
                return m[1]
    return None


def _origin(ctx: Context, index: int, request: _Request, service: _Service) -> str:
    """Where the request starts, as the text says: ``kubectl exec/run -n X`` first,
    then the comment above the command, then the sentence leading into the block;
    else the host decides (a node or load-balancer address, or an IP outside the
    Service range: from outside; a name: from a pod in the Service's namespace)."""
    pod = request.pod or "client"
    if request.namespace:
        return f"pod:{request.namespace}/{pod}"
    for hint in (request.hint, ctx.lead_in(index)):
        if not hint:
            continue
        if _EXTERNAL_HINT.search(hint.lower()) and not request.pod:
            return _OUTSIDE
        namespace = _origin_namespace(hint, service)
        if namespace is not None:
            return f"pod:{namespace}/{pod}"
        if _INTERNAL_HINT.search(hint.lower()):
            return f"pod:{'default' if request.pod else service.namespace}/{pod}"
    if request.pod:  # kubectl without -n: the context's namespace, default
        return f"pod:default/{pod}"
    _, host, _, _ = _host_port(request.target)
    if canonical_placeholder(host) is not None or (_is_ip(host) and not _in_service_cidr(host)):
        return _OUTSIDE
    return f"pod:{service.namespace}/{pod}"


def _canonical_target(target: str, service: _Service) -> str | None:
    """The target with its placeholders spelled one way: a host placeholder as
    ``<NodeIP>`` / ``<EXTERNAL-LB-IP>``, a port placeholder (``<NodePort>``, ``$PORT``)
    replaced by the Service's nodePort or port (None when it has none)."""
    scheme, host, port, rest = _host_port(target)
    host = canonical_placeholder(host) or host
    if port and not port.isdigit():
        words = re.sub(r"[^a-z]", "", port.lower())
        number = service.node_port if "node" in words else service.port
        if number is None:
            return None
        port = str(number)
    if scheme:
        return f"{scheme}://{host}{':' + port if port else ''}{rest}"
    return f"{host}:{port}"


def _runnable_manifest(
    document: _DocumentScenarios, service: _Service, origin: str, line: int
) -> str | None:
    """The Service's manifest, the workloads of the document its selector picks, and the
    client's namespace when no object declares it.

    Workloads come from any block outside the author's questions (a setup section) or
    under the Service's own question: the answers of a collection of questions are no
    setup for each other. Those defined above the request (at
    ``line``) win when there are any: a tutorial that deploys v2 after testing v1 tested
    v1 alone. Of several definitions of one object (kind, namespace, name) the last one
    applied stands, as with ``kubectl apply``.
    """
    selector = dict(service.selector)
    answer = document.questions.get(service.block, "")
    matching = [
        w
        for w in document.workloads
        if w.namespace == service.namespace
        and document.questions.get(w.block, "") in ("", answer)
        and selector
        and all(dict(w.labels).get(k) == v for k, v in selector.items())
    ]
    # The Service's own set of objects when it has workloads behind the Service (an
    # exercise's own Deployment, also in the Service's block); else the sets before it,
    # which still stand (a later section redefining only the Service). Never a later set.
    setup = document.setup_of(service.block)
    own = [w for w in matching if document.setup_of(w.block) == setup]
    picked = [
        w
        for w in own or [w for w in matching if document.setup_of(w.block) < setup]
        if w.line != service.line
    ]
    above = [w for w in picked if w.line < line]
    latest: dict[tuple[str, str, str], _Workload] = {}
    for workload in above or picked:
        latest[(workload.kind, workload.namespace, workload.name or workload.manifest)] = workload
    standing = set(map(id, latest.values()))
    parts = [service.manifest]
    for workload in above or picked:
        if id(workload) in standing and workload.manifest not in parts:
            parts.append(workload.manifest)
    namespace = origin.split(":", 1)[1].split("/", 1)[0] if origin.startswith("pod:") else ""
    declared = {
        _name_of(doc) for part in parts for doc in _objects(part) if doc.get("kind") == "Namespace"
    }
    if namespace and namespace not in _BUILTIN_NAMESPACES | declared:
        # First: objects are applied in order, and a namespace must exist before its objects.
        parts.insert(0, f"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {namespace}\n")
    text = "---\n".join(p if p.endswith("\n") else p + "\n" for p in parts)
    return text if len(text) <= _MAX_MANIFEST else None


def _scenario(
    ctx: Context,
    index: int,
    manifests: str,
    service: _Service,
    origin: str,
    target: str,
    prompt: str,
) -> ScenarioNote:
    where = "outside" if origin == _OUTSIDE else "inside"
    return ScenarioNote(
        id=f"scenario/{slugify(service.name)}/{where}-via-{slugify(service.type)}",
        tags=ctx.tags(index, service.type),
        origin=ctx.origin(index),
        ask=Ask.REACHABLE,
        prompt=prompt,
        manifests=manifests,
        request={"from": origin, "to": target},
        service=service.key,
    )


def _who(origin: str) -> str:
    if origin == _OUTSIDE:
        return "A client outside the cluster"
    return f"A pod in namespace {origin.split(':', 1)[1].split('/', 1)[0]}"


def _ask(
    ctx: Context, index: int, request: _Request, document: _DocumentScenarios, line: int
) -> _Asked | None:
    """The request paired with its Service, from its origin, ready to evaluate (None
    when it goes to no Service of the document or cannot be made runnable)."""
    service = _pair(ctx, index, request, document.services, document.restarts)
    if service is None:
        return None
    target = _canonical_target(request.target, service)
    if target is None:
        return None
    _, host, _, _ = _host_port(target)
    if _in_service_cidr(host) and not service.cluster_ip:
        # "curl http://10.96.24.7:80" beside a manifest without a clusterIP: the text
        # says that address is the Service's, so the manifest gets it.
        service = _with_cluster_ip(service, host)
    origin = _origin(ctx, index, request, service)
    manifests = _runnable_manifest(document, service, origin, line)
    if manifests is None:
        return None
    command = request.command.replace(request.target, target)
    return _Asked(command, origin, target, service, manifests, line)


def _with_cluster_ip(service: _Service, ip: str) -> _Service:
    docs = [dict(d) for d in _objects(service.manifest)]
    for doc in docs:
        spec = doc.get("spec")
        if (
            doc.get("kind") == "Service"
            and _name_of(doc) == service.name
            and isinstance(spec, dict)
        ):
            doc["spec"] = {**spec, "clusterIP": ip}
    text = yaml.safe_dump_all(docs, sort_keys=False, default_flow_style=False)
    return replace(service, cluster_ip=ip, manifest=text)


def _request_notes(ctx: Context, index: int, document: _DocumentScenarios) -> list[ScenarioNote]:
    notes = []
    for asked in document.requests.get(index, ()):
        note = _scenario(
            ctx,
            index,
            asked.manifests,
            asked.service,
            asked.origin,
            asked.target,
            f"{_who(asked.origin)} runs: {asked.command}",
        )
        # The request's own block, also when it sits in the answer to an author's question.
        origin = replace(note.origin, line=asked.line) if note.origin else None
        notes.append(replace(note, origin=origin))
    return notes


def _manifest_notes(ctx: Context, index: int, document: _DocumentScenarios) -> list[Note]:
    """Questions a Service defined here answers alone, when no request of the document
    goes to it: from a pod in its namespace by its name, and from outside through its
    nodePort (NodePort) or its load balancer (LoadBalancer)."""
    notes: list[Note] = []
    for service in document.services:
        if service.block != index or (index, service.key) in document.paired:
            continue
        if service.type == "ExternalName" or service.port is None:
            continue
        inside = f"pod:{service.namespace}/client"
        manifests = _runnable_manifest(document, service, inside, service.line)
        if manifests is None:
            continue
        target = f"http://{service.name}:{service.port}"
        prompt = f"{_who(inside)} runs: curl {target}"
        notes.append(_scenario(ctx, index, manifests, service, inside, target, prompt))
        outside = ""
        if service.type in ("NodePort", "LoadBalancer") and service.node_port is not None:
            outside = f"http://<NodeIP>:{service.node_port}"
        elif service.type == "LoadBalancer":
            outside = f"http://<EXTERNAL-LB-IP>:{service.port}"
        if outside:
            prompt = f"{_who(_OUTSIDE)} runs: curl {outside}"
            notes.append(_scenario(ctx, index, manifests, service, _OUTSIDE, outside, prompt))
    return notes


def curl_scenario(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A shell block sending requests (``curl``, ``wget -qO-``, ``nc -zv HOST PORT``, also
    run through ``kubectl exec POD --`` or ``kubectl run ... -- ``) to a Service the
    document defines anywhere: a ``reachable`` scenario for each, from the origin the
    text names. A block printing ``kubectl get services`` defines Services: questions
    about those no request goes to."""
    block = ctx.items[index].block
    if not isinstance(block, Code) or _is_manifest_block(block):
        return None
    document = _document(ctx)
    notes = _request_notes(ctx, index, document) + _manifest_notes(ctx, index, document)
    return tuple(notes) if notes else None


def _arrow_request(block: Code) -> tuple[_Request, str] | None:
    """The first hop of a one-line drawn path ("User ───► NodeIP:30007 ───► svc ───►
    Pods") as a request from the first box to the second, and the line itself. The
    request's target is "" when the second box is no address ("Route53")."""
    if block.info not in ("", "text", "plain", "txt"):
        return None
    lines = [line.strip() for line in block.text.splitlines() if line.strip()]
    if len(lines) != 1:
        return None
    hops = [hop for hop in _PATH_ARROW.split(lines[0]) if hop]
    if len(hops) < 3:
        return None
    source, target = hops[0], hops[1]
    if re.search(r"node\s*ip", target, re.IGNORECASE) and not target.startswith("<"):
        target = re.sub(r"(?i)node\s*ip", "<NodeIP>", target, count=1)
    if not (_URL.match(target) or _HOST_PORT.match(target)):
        target = ""
    return _Request(lines[0], "curl", target, source, "", ""), lines[0]


def access_pattern(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A plain block drawing one request path with arrows ("User ───► NodeIP:30007 ───►
    frontend-service ───► Frontend Pods"): a fact asking for the path, and a
    ``reachable`` scenario from the first hop to the second when the second is an
    address of a Service the document defines (a box such as "Route53" is not)."""
    block = ctx.items[index].block
    if not isinstance(block, Code):
        return None
    drawn = _arrow_request(block)
    if drawn is None:
        return None
    request, line = drawn
    heading = ctx.nearest_heading(index) or "access pattern"
    notes = list(
        _fact(
            ctx,
            index,
            f"{ctx.place(index)}/{slugify(heading)}",
            _question(ctx.subject(index), heading),
            line,
        )
    )
    if not request.target:
        return tuple(notes)
    document = _document(ctx)
    service = _pair(ctx, index, request, document.services, document.restarts)
    if service is not None:
        source = request.hint
        origin = _origin(ctx, index, request, service)
        if "pod" in source.lower():
            origin = f"pod:{service.namespace}/client"
        manifests = _runnable_manifest(document, service, origin, block.line)
        canonical = _canonical_target(request.target, service)
        if manifests is not None and canonical is not None:
            prompt = f"{_who(origin)} ({source}) connects to {canonical}"
            notes.append(_scenario(ctx, index, manifests, service, origin, canonical, prompt))
    return tuple(notes)


_DRAWING = frozenset("│┌┐└┘├┤┬┴┼─►▼▲◄→↓↑")


def diagram_fact(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A plain code block drawn with box or arrow characters (a flow diagram): a fact
    asking for the flow under its heading."""
    block = ctx.items[index].block
    if not isinstance(block, Code) or block.info not in ("", "text", "plain", "txt"):
        return None
    if not any(c in _DRAWING for c in block.text):
        return None
    label = ctx.lead_in(index)  # "**ClusterIP networking:**" titles the diagram below it
    heading = ctx.nearest_heading(index) or "flow"
    diagram = "\n".join(line.rstrip() for line in block.text.strip("\n").splitlines())
    if label and len(label.split()) <= 8:
        subject = subject_of(heading) if heading != "flow" else ctx.topic
        front = _question(subject, label)
        note_id = f"{ctx.place(index)}/{slugify(label)}"
    else:
        front = _question(ctx.topic_for(diagram, heading, index), heading)
        note_id = f"{ctx.place(index)}/diagram"
    if not clean(front) or not diagram.strip():
        return ()
    return (
        FactNote(
            id=note_id,
            type=NoteType.FACT,
            front=clean(front),
            back=diagram,
            tags=ctx.tags(index),
            origin=ctx.origin(index),
        ),
    )


def manifest_block(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A YAML code block: the manifest of the scenarios that use it; questions of its
    own about a Service it defines that no request of the document goes to."""
    block = ctx.items[index].block
    # "cat <<EOF | kubectl apply -f -" tagged ```yaml: a command, asked as a step.
    if isinstance(block, Code) and _is_manifest_block(block) and not _here_doc_block(block):
        return tuple(_manifest_notes(ctx, index, _document(ctx)))
    return None


_LABELLED_CODE_LINES = 12  # a labelled block longer than this is no flashcard answer
# Labels that say what role a block plays, not which case it is ("**Before:**",
# "**Output**"): a block under one names nothing to ask by.
_ROLE_LABELS = frozenset(
    {
        *("example", "examples", "before", "after", "output", "result", "input", "usage"),
        *("solution", "answer", "note", "bad", "good", "correct", "incorrect", "wrong"),
        *("right", "do", "don't", "default", "code", "command", "commands", "step"),
    }
)
_FOLLOWING_NOUN = re.compile(r"\b(?:one of )?the following ([a-z][\w-]*)", re.IGNORECASE)
_CODE_ASKS = {"yaml": "setting", "yml": "setting", "json": "setting", "toml": "setting"}
_EXAMPLE_HEADING = re.compile(r"\bexamples?\b|\busage\b", re.IGNORECASE)


def _code_label(ctx: Context, index: int) -> str:
    """The label a paragraph of its own gives the block after it ("**GCP**", a Hugo
    tab's name), "" when the paragraph says more than its label."""
    block = ctx.items[index].block
    if isinstance(block, Quote):
        # "> Java" over its block: a blockquote of one short line is a label, not a tip.
        quoted = clean(block.text).strip().rstrip(":").strip()
        short = "\n" not in quoted and len(quoted.split()) <= 3 and len(quoted) <= 30
        return quoted if short and quoted and not quoted.endswith((".", "?", "!")) else ""
    if not isinstance(block, Paragraph) or not block.label:
        return ""
    text = clean(block.text).replace("\n", " ").strip().rstrip(":").strip()
    label = clean(block.label).strip().rstrip(":").strip()
    return label if text == label and len(label.split()) <= 4 else ""


def _labelled_codes(ctx: Context, index: int) -> list[tuple[int, str]]:
    """The (code index, label) pairs of the run of labelled blocks the code block at
    ``index`` belongs to: label paragraph, block, label paragraph, block …, all under
    the same headings."""
    headings = ctx.items[index].headings
    start = index
    while start >= 2 and ctx.items[start - 2].headings == headings:
        if not isinstance(ctx.items[start - 2].block, Code) or not _code_label(ctx, start - 3):
            break
        start -= 2
    pairs: list[tuple[int, str]] = []
    at = start
    while at < len(ctx.items) and ctx.items[at].headings == headings:
        label = _code_label(ctx, at - 1) if at >= 1 else ""
        if not isinstance(ctx.items[at].block, Code) or not label:
            break
        if ctx.items[at - 1].headings != headings:
            break
        pairs.append((at, label))
        at += 2
    return pairs


# A label that names a version ("Python 3", "v2", "ES2015"): blocks labelled so are
# one thing written for several versions, even in one language.
_VERSION_LABEL = re.compile(r"(?:^|\s|[a-z])v?\d+(?:\.\d+)*[a-z]?$", re.IGNORECASE)
# Labels that number ways or steps ("Option 2", "Step 1", "Approach B"): the blocks
# are alternatives of one task, not one thing in several languages.
_NUMBERED_WAY = re.compile(
    r"^(?:step|option|example|way|method|approach|solution|part|case|exercise|test|"
    r"attempt|variant|alternative|stage|phase)s?\b",
    re.IGNORECASE,
)
_COMPARED_FRONT_CODE = 70  # a first block's line longer than this stays off the front


def _compared_versions(ctx: Context, pairs: list[tuple[int, str]]) -> bool:
    """Whether labelled blocks are one thing written in several languages, tools or
    versions ("> Java" + java, "> Kotlin" + kotlin): every block names a language of
    its own, or every label names a version."""
    infos = [cast(Code, ctx.items[at].block).info.strip().lower() for at, _ in pairs]
    labels = [label for _, label in pairs]
    if any(_NUMBERED_WAY.match(label) for label in labels):
        return False
    # A fence can be mislabelled ("> Objective C" over ```java): blocks in two languages
    # or more, one of them under a label that names it, set the same thing side by side.
    named = any(
        info and clean(label).lower().replace(" ", "-").startswith(info.split("-")[0])
        for info, label in zip(infos, labels, strict=True)
    )
    if len({info for info in infos if info}) >= 2 and named:
        return True
    return all(_VERSION_LABEL.search(label) for label in labels)


def _compared_code(
    ctx: Context, index: int, pairs: list[tuple[int, str]], heading: str
) -> tuple[Note, ...]:
    """A side-by-side comparison's card for each label after the first: "<feature> in
    <label>?" answered by its block, the first label's block on the front when it is
    one short line ("In Java: `…`."), as a cheat sheet is read. The first label's block
    is what the others are set against, not asked on its own."""
    (first_at, first_label), label = pairs[0], dict(pairs)[index]
    if index == first_at:
        return ()
    first = cast(Code, ctx.items[first_at].block).text.strip("\n")
    feature = subject_of(heading).rstrip("?").strip()
    front = f"{feature} in {label}?"
    if "\n" not in first and len(first) <= _COMPARED_FRONT_CODE and "`" not in first:
        front = f"In {first_label}: `{first.strip()}`. {front}"
    block = cast(Code, ctx.items[index].block)
    return (
        FactNote(
            id=f"{ctx.place(index)}/{slugify(label)}",
            type=NoteType.FACT,
            front=front,
            # As written, less an indent every line shares and trailing spaces.
            back="\n".join(
                line.rstrip() for line in textwrap.dedent(block.text).strip("\n").splitlines()
            ),
            tags=ctx.tags(index),
            origin=ctx.origin(index),
        ),
    )


def labelled_code(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """Sibling labelled blocks under one heading ("**GCP**" + its YAML, "**AWS**" + its
    YAML, as bold labels or content tabs): each short block answers "<heading>, <label>:
    which <thing>?", the thing named by the lead-in ("add one of the following
    annotations:" → annotation), else by the block's language (a setting for YAML,
    JSON, TOML; anything else asks nothing). A lone labelled block, a role label
    ("Before", "Output"), a label used twice, a block over twelve lines, or blocks under
    a question heading (its answer's) or an "Examples" heading make no card."""
    block = ctx.items[index].block
    if not isinstance(block, Code) or index < 1 or re.search(r"^kind:\s", block.text, re.M):
        return None  # a whole manifest is the scenarios' (manifest_block)
    pairs = _labelled_codes(ctx, index)
    labels = [label for _, label in pairs]
    if (
        len(pairs) < 2
        or len(set(labels)) < len(labels)
        or any(label.lower() in _ROLE_LABELS for label in labels)
    ):
        return None
    label = dict(pairs).get(index, "")
    heading = ctx.nearest_heading(index)
    code = block.text.strip("\n")
    if (
        not label
        or not heading
        or len(code.splitlines()) > _LABELLED_CODE_LINES
        # Under the author's question the blocks are its answer's (its card shows
        # them); under "Examples" the heading names nothing to ask by.
        or question_text(heading)
        or is_generic_label(heading)
        or _EXAMPLE_HEADING.search(heading)
    ):
        return None
    # The lead-in: a paragraph ending in ":" right before the first label, or before
    # a tab that only says to pick one ("Default: Select one of the tabs.").
    noun = None
    for before in range(pairs[0][0] - 2, max(pairs[0][0] - 4, -1), -1):
        item = ctx.items[before]
        if item.headings != ctx.items[index].headings or not isinstance(item.block, Paragraph):
            break
        lead = clean(item.block.text).rstrip()
        if lead.endswith(":"):
            noun = _FOLLOWING_NOUN.search(lead)
            break
    thing = noun.group(1).lower() if noun else _CODE_ASKS.get(block.info.lower(), "")
    if not noun and _compared_versions(ctx, pairs):
        return _compared_code(ctx, index, pairs, heading)
    if not thing:
        return None  # "Flow, `.flowconfig`: what code?" asks nothing a learner recalls
    if noun and thing.endswith("s") and not thing.endswith("ss"):
        thing = thing[:-1]
    front = f"{subject_of(heading).rstrip('?').rstrip()}, {label}: which {thing}?"
    # The code as written: its indentation is what a YAML block means.
    return (
        FactNote(
            id=f"{ctx.place(index)}/{slugify(heading)}/{slugify(label)}",
            type=NoteType.FACT,
            front=clean(front),
            back=code,
            tags=ctx.tags(index),
            origin=ctx.origin(index),
        ),
    )


# The table. Order matters: the first rule that claims a block wins.
# "A PDB limits the number of Pods …": what a named kind does, in a verb whose object is
# the fact ("limits", "specifies" …); the base form the question asks with.
_DOES_VERBS = {
    "limits": "limit",
    "specifies": "specify",
    "defines": "define",
    "controls": "control",
    "determines": "determine",
    "ensures": "ensure",
    "guarantees": "guarantee",
    "prevents": "prevent",
    "selects": "select",
    "restricts": "restrict",
    "tracks": "track",
    "exposes": "expose",
}
_KIND_DOES = re.compile(
    r"^(?:An?|The)\s+(?P<term>[A-Z]{2,6}|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)\s+"
    r"(?P<verb>[a-z]+)\s+(?P<what>(?:the|an?|which|how|whether)\b[^;:]{20,})\.$"
)
# "a PodDisruptionBudget (PDB)": the page spells out an acronym once.
_SPELLED_OUT = re.compile(r"\b([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)\s+\(([A-Z]{2,6})\)")
# The object leans on something the sentence does not name.
_LEANS = re.compile(r"^(?:the|an?)\s+(?:same|other|above|following|latter|former)\b", re.I)


def kind_does(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A prose sentence stating what a named kind does ("A PDB limits the number of Pods
    of a replicated application that are down simultaneously …") in a paragraph no
    other rule carded: "What does a PodDisruptionBudget (PDB) limit?" → its object. The
    kind is an API-style name (CamelCase) or an acronym the page spells out; only verbs
    whose object is the fact (limits, specifies, controls …) ask."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or block.label or block.step:
        return None
    notes: list[Note] = []
    for sentence in _SENTENCE_END.split(clean(block.text).replace("\n", " ")):
        found = _KIND_DOES.match(sentence.strip())
        if not found or found.group("verb") not in _DOES_VERBS:
            continue
        what = found.group("what").strip()
        if _LEANS.match(what) or re.search(r"\b(?:this|these|those|above|below)\b", what):
            continue
        term = found.group("term")
        if term.isupper():
            spelled = _spelled_out(ctx, term)
            if not spelled:
                continue  # an acronym the page never spells out names nothing alone
            term = f"{spelled} ({term})"
        article = "an" if term[:1] in "AEIOU" else "a"
        question = f"What does {article} {term} {_DOES_VERBS[found.group('verb')]}?"
        notes.append(
            FactNote(
                id=f"{ctx.subplace(index)}/{slugify(question)}",
                type=NoteType.FACT,
                front=question,
                back=what[:1].upper() + what[1:] + ".",
                tags=ctx.tags(index),
                origin=ctx.origin(index),
            )
        )
    return tuple(notes) or None


def _spelled_out(ctx: Context, acronym: str) -> str:
    """The words the page spells ``acronym`` out with ("PodDisruptionBudget (PDB)")."""
    for item in ctx.items:
        if isinstance(item.block, Paragraph):
            for name, short in _SPELLED_OUT.findall(item.block.text):
                if short == acronym:
                    return str(name)
    return ""
