"""Parsing the two strings of a request: the origin and the target.

Origins: ``external``, ``external:IP``, ``node:NAME``, ``pod:NAMESPACE/NAME``.
Targets: a URL (``http://order-service/orders/123``; the port comes from the scheme
when absent) or ``HOST:PORT``. ``<NodeIP>`` and ``<EXTERNAL-LB-IP>`` are placeholders,
however a tutorial spells them (see :func:`canonical_placeholder`).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from quizkit.errors import UsageError

__all__ = [
    "DEFAULT_CLIENT_IP",
    "LB_PLACEHOLDER",
    "NODE_PLACEHOLDER",
    "ORIGIN_FORMS",
    "TARGET_FORMS",
    "Origin",
    "Target",
    "canonical_placeholder",
    "parse_origin",
    "parse_protocol",
    "parse_target",
]

DEFAULT_CLIENT_IP = "198.51.100.7"
NODE_PLACEHOLDER = "<nodeip>"
LB_PLACEHOLDER = "<external-lb-ip>"
ORIGIN_FORMS = "external, external:IP, node:NAME, pod:NAMESPACE/NAME"
TARGET_FORMS = (
    "a URL such as http://order-service/orders/123 or https://HOST:PORT/path, or HOST:PORT "
    "(HOST may be a name, an IPv4 address, <NodeIP> or <EXTERNAL-LB-IP>)"
)
SCHEME_PORTS = {"http": 80, "https": 443}
#: Longer origins or targets are refused before any parsing (a URL is at most ~2,000
#: characters in practice; a DNS name at most 253).
MAX_REQUEST_TEXT = 2048

_URL = re.compile(
    r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?P<host>[^/:?#\s]+)(?::(?P<port>[0-9]+))?"
    r"(?P<rest>[/?#]\S*)?$"
)
_HOST_PORT = re.compile(r"^(?P<host>[^/:?#\s]+):(?P<port>[0-9]+)$")
# A placeholder is wrapped as <...>, $NAME or ${NAME}; inside, words in any case
# joined by -, _ or nothing: <NodeIP>, <node-ip>, <NODE_IP>, $NODE_IP, <EXTERNAL-IP>, ...
_PLACEHOLDER = re.compile(r"^(?:<([A-Za-z][\w -]{0,40})>|\$\{?([A-Za-z][\w-]{0,40})\}?)$")
_ADDRESS_WORDS = ("ip", "address", "host", "hostname", "dns", "addr")


def canonical_placeholder(host: str) -> str | None:
    """The one spelling of a placeholder host, ``<NodeIP>`` or ``<EXTERNAL-LB-IP>``.

    Any IP of a node (``<node-ip>``, ``<NODE_IP>``, ``$NODE_IP``, ``<worker-node-ip>``)
    is ``<NodeIP>``; a load balancer's or other external address (``<EXTERNAL-IP>``,
    ``<external-ip>``, ``<LoadBalancer-IP>``, ``$LB_IP``, ``<EXTERNAL-LB-IP>``) is
    ``<EXTERNAL-LB-IP>``. None for anything else, placeholder-shaped or not.
    """
    m = _PLACEHOLDER.match(host.strip())
    if m is None:
        return None
    words = re.sub(r"[\s_-]+", "", (m[1] or m[2]).lower())
    node_address = words.endswith(("node", "nodes")) or words.endswith(_ADDRESS_WORDS)
    if "node" in words and "port" not in words and node_address:
        return "<NodeIP>"
    if words.endswith(_ADDRESS_WORDS) and any(
        w in words for w in ("external", "loadbalancer", "lb", "elb", "public", "ingress")
    ):
        return "<EXTERNAL-LB-IP>"
    return None


_NAME = re.compile(r"^[A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?\.?$")
# Node, namespace and pod names are DNS names: anything else (a stray byte from a chat
# message, say) is refused here rather than printed back in a path.
_OBJECT_NAME = re.compile(r"[A-Za-z0-9][-A-Za-z0-9._]*\Z")


@dataclass(frozen=True)
class Origin:
    """Where the request starts: ``kind`` is external, node or pod."""

    kind: str
    ip: str = DEFAULT_CLIENT_IP
    node: str = ""
    namespace: str = ""
    name: str = ""

    def __str__(self) -> str:
        if self.kind == "external":
            return "external" if self.ip == DEFAULT_CLIENT_IP else f"external:{self.ip}"
        if self.kind == "node":
            return f"node:{self.node}"
        return f"pod:{self.namespace}/{self.name}"


@dataclass(frozen=True)
class Target:
    """Where the request goes: a host (name, IP or placeholder) and a port."""

    host: str
    port: int
    text: str

    @property
    def is_ip(self) -> bool:
        try:
            ipaddress.IPv4Address(self.host)
        except ValueError:
            return False
        return True


def parse_origin(text: str) -> Origin:
    """Parse an origin string or raise :class:`UsageError` listing the accepted forms."""
    _check_length("origin", text)
    raw = text.strip()
    if raw == "external":
        return Origin("external")
    kind, sep, rest = raw.partition(":")
    if sep and kind == "external":
        try:
            ipaddress.IPv4Address(rest)
        except ValueError as exc:
            raise UsageError(
                f"origin {text!r}: {rest!r} is not an IPv4 address; accepted forms: {ORIGIN_FORMS}"
            ) from exc
        return Origin("external", ip=rest)
    if sep and kind == "node" and _OBJECT_NAME.match(rest):
        return Origin("node", node=rest)
    if sep and kind == "pod":
        namespace, slash, name = rest.partition("/")
        if slash and _OBJECT_NAME.match(namespace) and _OBJECT_NAME.match(name):
            return Origin("pod", namespace=namespace, name=name)
    raise UsageError(f"unknown origin {text!r}; accepted forms: {ORIGIN_FORMS}")


def parse_target(text: str) -> Target:
    """Parse a target string or raise :class:`UsageError` listing the accepted forms."""
    _check_length("target", text)
    raw = text.strip()
    m = _URL.match(raw)
    if m:
        scheme = m["scheme"].lower()
        if m["port"] is not None:
            port = _port_number(text, m["port"])
        elif scheme in SCHEME_PORTS:
            port = SCHEME_PORTS[scheme]
        else:
            raise UsageError(
                f"target {text!r}: no port and scheme {scheme!r} has no default port; "
                f"accepted forms: {TARGET_FORMS}"
            )
        host = m["host"]
    else:
        m = _HOST_PORT.match(raw)
        if not m:
            raise UsageError(f"unknown target {text!r}; accepted forms: {TARGET_FORMS}")
        host, port = m["host"], _port_number(text, m["port"])
    if not 1 <= port <= 65535:
        raise UsageError(f"target {text!r}: port {port} is not in 1..65535")
    host = (canonical_placeholder(host) or host).lower()
    if host not in (NODE_PLACEHOLDER, LB_PLACEHOLDER) and not _NAME.match(host):
        raise UsageError(f"target {text!r}: {host!r} is not a host name or IPv4 address")
    return Target(host, port, raw)


def _check_length(what: str, text: str) -> None:
    if len(text) > MAX_REQUEST_TEXT:
        raise UsageError(f"{what} of {len(text):,} characters; at most {MAX_REQUEST_TEXT:,}")


def _port_number(text: str, digits: str) -> int:
    """The port digits as a number; more than five digits is out of range before int()
    (which refuses strings over 4,300 digits with a ValueError)."""
    stripped = digits.lstrip("0") or "0"
    if len(stripped) > 5 or not 1 <= int(stripped) <= 65535:
        raise UsageError(f"target {text!r}: port {stripped[:12]} is not in 1..65535")
    return int(stripped)


def parse_protocol(text: str) -> str:
    """TCP, UDP or SCTP (any case)."""
    proto = text.strip().upper()
    if proto not in ("TCP", "UDP", "SCTP"):
        raise UsageError(f"unknown protocol {text!r}; accepted: TCP, UDP, SCTP")
    return proto
