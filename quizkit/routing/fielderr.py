"""Field errors spelled the way the Kubernetes API server spells them.

A field error prints as ``<path>: <type>[: <value>][: <detail>]``
(``k8s.io/apimachinery/pkg/util/validation/field/errors.go``, ``Error.ErrorBody``).
This module renders values as Go does (``%q`` for strings, ``[]string{...}`` for
slices, plain digits for integers) and holds the name and number checks of
``k8s.io/apimachinery/pkg/util/validation/validation.go`` that the rules use.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "GoStruct",
    "Problem",
    "duplicate",
    "forbidden",
    "go_quote",
    "go_value",
    "internal",
    "internal_error",
    "invalid",
    "is_dns1035_label",
    "is_dns1123_label",
    "is_dns1123_subdomain",
    "is_label_value",
    "is_qualified_name",
    "is_valid_cidr",
    "is_valid_ip",
    "is_valid_port_name",
    "is_valid_port_num",
    "not_supported",
    "required",
    "too_many",
]


@dataclass(frozen=True)
class Problem:
    """One field error before it is attached to an object: path and message."""

    field: str
    message: str


@dataclass(frozen=True)
class GoStruct:
    """A value that Go would print with ``%#v``; ``text`` is that rendering."""

    text: str


def go_quote(text: str) -> str:
    """Render a string as Go's ``%q`` does (for the printable text we handle)."""
    out = text.replace("\\", "\\\\").replace('"', '\\"')
    out = out.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    return f'"{out}"'


Value = object


def go_value(value: Value) -> str:
    """Render a bad value as ``field.Error.ErrorBody`` prints it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return go_quote(value)
    if isinstance(value, GoStruct):
        return value.text
    if isinstance(value, Mapping):
        inner = ", ".join(
            f"{go_quote(str(k))}:{go_quote(str(v))}" for k, v in sorted(value.items())
        )
        return "map[string]string{" + inner + "}"
    if isinstance(value, Sequence):
        return "[]string{" + ", ".join(go_quote(str(v)) for v in value) + "}"
    return str(value)


def invalid(path: str, value: Value, detail: str) -> Problem:
    """``field.Invalid``."""
    return Problem(path, f"Invalid value: {go_value(value)}: {detail}")


def required(path: str, detail: str = "") -> Problem:
    """``field.Required`` (the value is never printed)."""
    return Problem(path, "Required value" + (f": {detail}" if detail else ""))


def forbidden(path: str, detail: str) -> Problem:
    """``field.Forbidden`` (the value is never printed)."""
    return Problem(path, f"Forbidden: {detail}")


def duplicate(path: str, value: Value) -> Problem:
    """``field.Duplicate``."""
    return Problem(path, f"Duplicate value: {go_value(value)}")


def not_supported(path: str, value: Value, supported: Sequence[str]) -> Problem:
    """``field.NotSupported``: the supported values sorted and quoted."""
    choices = ", ".join(go_quote(s) for s in sorted(supported))
    return Problem(path, f"Unsupported value: {go_value(value)}: supported values: {choices}")


def internal(path: str, detail: str) -> Problem:
    """``field.InternalError``."""
    return Problem(path, f"Internal error: {detail}")


def too_many(path: str, actual: int, limit: int) -> Problem:
    """``field.TooMany``."""
    return Problem(path, f"Too many: {actual}: must have at most {limit} items")


def internal_error(detail: str) -> Problem:
    """``errors.NewInternalError``: a whole-request error without a field path, printed
    as the API ``Status.message``."""
    return Problem("", f"Internal error occurred: {detail}")


# --- checks from apimachinery/pkg/util/validation/validation.go ----------------


def _regex_error(msg: str, fmt: str, *examples: str) -> str:
    """``RegexError``: note the historical double space before each ``or``."""
    if not examples:
        return f"{msg} (regex used for validation is '{fmt}')"
    parts = msg + " (e.g. "
    for i, example in enumerate(examples):
        if i > 0:
            parts += " or "
        parts += f"'{example}', "
    return parts + f"regex used for validation is '{fmt}')"


def _max_len(length: int) -> str:
    return f"must be no more than {length} characters"


_DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
_DNS1123_LABEL = re.compile(f"^{_DNS1123_LABEL_FMT}$")
_DNS1123_SUB_FMT = _DNS1123_LABEL_FMT + "(\\." + _DNS1123_LABEL_FMT + ")*"
_DNS1123_SUB = re.compile(f"^{_DNS1123_SUB_FMT}$")
_DNS1035_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?"
_DNS1035 = re.compile(f"^{_DNS1035_FMT}$")
_LABEL_VALUE_FMT = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?"
_LABEL_VALUE = re.compile(f"^{_LABEL_VALUE_FMT}$")
_QNAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
_QNAME = re.compile(f"^{_QNAME_FMT}$")
_PORT_NAME_CHARS = re.compile(r"^[-a-z0-9]+$")
_PORT_NAME_LETTER = re.compile(r"[a-z]")


def _format_errors(
    value: str, max_len: int, pattern: re.Pattern[str], msg: str, fmt: str, *examples: str
) -> list[str]:
    """The messages of the length-and-regex checks: too long, then not matching."""
    errs = []
    if len(value) > max_len:
        errs.append(_max_len(max_len))
    if not pattern.match(value):
        errs.append(_regex_error(msg, fmt, *examples))
    return errs


def is_dns1123_label(value: str) -> list[str]:
    """``IsDNS1123Label``: at most 63 lowercase alphanumerics or ``-``."""
    return _format_errors(
        value,
        63,
        _DNS1123_LABEL,
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters "
        "or '-', and must start and end with an alphanumeric character",
        _DNS1123_LABEL_FMT,
        "my-name",
        "123-abc",
    )


def is_dns1123_subdomain(value: str) -> list[str]:
    """``IsDNS1123Subdomain``: at most 253 characters of dot-separated labels."""
    return _format_errors(
        value,
        253,
        _DNS1123_SUB,
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
        "characters, '-' or '.', and must start and end with an alphanumeric character",
        _DNS1123_SUB_FMT,
        "example.com",
    )


def is_dns1035_label(value: str) -> list[str]:
    """``IsDNS1035Label``: like an RFC 1123 label but starting with a letter."""
    return _format_errors(
        value,
        63,
        _DNS1035,
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', "
        "start with an alphabetic character, and end with an alphanumeric character",
        _DNS1035_FMT,
        "my-name",
        "abc-123",
    )


def is_label_value(value: str) -> list[str]:
    """``IsValidLabelValue``."""
    return _format_errors(
        value,
        63,
        _LABEL_VALUE,
        "a valid label must be an empty string or consist of alphanumeric characters, "
        "'-', '_' or '.', and must start and end with an alphanumeric character",
        _LABEL_VALUE_FMT,
        "MyValue",
        "my_value",
        "12345",
    )


_QNAME_ERROR = _regex_error(
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and "
    "end with an alphanumeric character",
    _QNAME_FMT,
    "MyName",
    "my.name",
    "123-abc",
)


def is_qualified_name(value: str) -> list[str]:
    """``IsQualifiedName``: an optional DNS-subdomain prefix, ``/``, and a name part."""
    parts = value.split("/")
    errs: list[str] = []
    name = value
    if len(parts) == 2:
        prefix, name = parts
        if not prefix:
            errs.append("prefix part must be non-empty")
        else:
            errs.extend("prefix part " + m for m in is_dns1123_subdomain(prefix))
    elif len(parts) > 2:
        return [
            "a qualified name "
            + _QNAME_ERROR
            + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
        ]
    if not name:
        errs.append("name part must be non-empty")
    elif len(name) > 63:
        errs.append("name part " + _max_len(63))
    if name and not _QNAME.match(name):
        errs.append("name part " + _QNAME_ERROR)
    return errs


def is_valid_port_num(port: int) -> list[str]:
    """``IsValidPortNum``: 1..65535."""
    if 1 <= port <= 65535:
        return []
    return ["must be between 1 and 65535, inclusive"]


def is_valid_port_name(name: str) -> list[str]:
    """``IsValidPortName``: an IANA service name, one message per failed check."""
    errs = []
    if len(name) > 15:
        errs.append(_max_len(15))
    if not _PORT_NAME_CHARS.match(name):
        errs.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
    if not _PORT_NAME_LETTER.search(name):
        errs.append("must contain at least one letter (a-z)")
    if "--" in name:
        errs.append("must not contain consecutive hyphens")
    if name and (name[0] == "-" or name[-1] == "-"):
        errs.append("must not begin or end with a hyphen")
    return errs


def is_valid_ip(value: str) -> list[str]:
    """``IsValidIP`` (strict: no leading zeros, no zone)."""
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return ["must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"]
    return []


def is_valid_cidr(value: str) -> list[str]:
    """``IsValidCIDR`` (host bits may be set, as in legacy validation)."""
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        return ["must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"]
    if "/" not in value:
        return ["must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"]
    return []
