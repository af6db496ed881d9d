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
_ARROW = re.compile(
    "[-=\u2500\u2501\u2550]+[\u25b6\u25b8\u25ba\u27a4>]"
    "|[\u2190-\u21ff\u2794-\u27bf\u27f0-\u27ff\u2900-\u297f\u2b00-\u2b11\u25b6\u25b8\u25ba]"
)
_SPACE = re.compile(r"\s+")
_DASH_SPACING = re.compile(r"\s*-\s*")


def specified(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).casefold()
    text = _MARKUP.sub("", text)
    text = _ARROW.sub(" ", text)
    text = _PUNCT.sub(" ", text)
    text = _SPACE.sub(" ", text).strip(" .:")
    text = _DASH_SPACING.sub("-", text)
    if text in {"yes", "y", "true", "✅", "✓", "✔"}:
        return "yes"
    if text in {"no", "n", "false", "❌", "✘", "✗"}:
        return "no"
    return text


TRICKY = "->=>→⟶─►▶➜-‐–—−－ .:_*`~<>/\t\n\x0b\x1c\x1f\x7f\x00\u00a0\u2003ßẞİ…“”＊＿ＡＢ①½✅✓❌ Yy"


@given(st.text(alphabet=st.sampled_from(TRICKY) | st.characters(), max_size=40))
@example("  NodePort — 30000 – 32767 .")
@example("a - - b")
@example("`ClusterIP`")
@example("Yes.")
@example("a -`> b =*> c")
@example("Pod ───► svc:80")
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


def test_arrows_of_any_drawing_style_are_the_same() -> None:
    """#15: `->` must match a document's `───►` (and `=>`, `→`, `-->`, `⟶`)."""
    document = "Frontend Pod ───► backend-service:80 ───► Backend Pods"
    want = "frontend pod backend-service:80 backend pods"
    assert normalize(document) == want
    for arrow in ("->", "=>", "→", "-->", "⟶", "──►", "➜", "▶"):
        typed = f"Frontend Pod {arrow} backend-service:80 {arrow} Backend Pods"
        assert normalize(typed) == want, arrow
    assert normalize("Frontend Pod->backend-service:80=>Backend Pods") == want
    # A `>` with no shaft is not an arrow: it closes a placeholder.
    assert normalize("curl http://<NodeIP>:30080") == "curl http://<nodeip>:30080"
    assert normalize("a - b") == "a-b"  # a dash alone is still a dash


def test_a_typed_arrow_path_is_right() -> None:
    from quizkit.grading import grade_text

    verdict = grade_text(
        "User -> NodeIP:30007 -> frontend-service -> Frontend Pods",
        "User ───► NodeIP:30007 ───► frontend-service ───► Frontend Pods",
    )
    assert verdict.correct
