"""Typed-answer normalization: the fast implementation is the regex specification."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from quizkit.grading import fingerprint, normalize

# The specification, written the plain way (the implementation takes shortcuts
# for ASCII text; fingerprints stored in databases depend on the two agreeing).
_DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)
_MARKUP = re.compile(r"[`*_~]")
_PUNCT = re.compile(r"[^\w\s\-./:<>]")
_SPACE = re.compile(r"\s+")
_DASH_SPACING = re.compile(r"\s*-\s*")


def specified(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).casefold()
    text = _MARKUP.sub("", text)
    text = _PUNCT.sub(" ", text)
    text = _SPACE.sub(" ", text).strip(" .:")
    text = _DASH_SPACING.sub("-", text)
    if text in {"yes", "y", "true", "✅", "✓", "✔"}:
        return "yes"
    if text in {"no", "n", "false", "❌", "✘", "✗"}:
        return "no"
    return text


TRICKY = "-‐–—−－ .:_*`~<>/\t\n\x0b\x1c\x1f\x7f\x00\u00a0\u2003ßẞİ…“”＊＿ＡＢ①½✅✓❌ Yy"


@given(st.text(alphabet=st.sampled_from(TRICKY) | st.characters(), max_size=40))
@example("  NodePort — 30000 – 32767 .")
@example("a - - b")
@example("`ClusterIP`")
@example("Yes.")
@example("\x00port\x7f")
def test_normalize_is_the_specification(text: str) -> None:
    assert normalize(text) == specified(text)


def test_normalize_examples() -> None:
    assert normalize("  **NodePort**:  30000 – 32767. ") == "nodeport: 30000-32767"
    assert normalize("`kube-proxy`  (iptables)") == "kube-proxy iptables"
    assert normalize("True") == "yes"
    assert normalize("False.") == "no"


def test_fingerprint_ignores_what_normalize_ignores() -> None:
    assert fingerprint("Default type?", "ClusterIP") == fingerprint("default TYPE", "`ClusterIP`.")
    assert fingerprint("Default type?", "ClusterIP") != fingerprint("Default type?", "NodePort")
