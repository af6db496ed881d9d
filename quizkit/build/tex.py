"""TeX math as the plain text a card shows.

A card is read as text (terminal, chat, Anki without MathJax), so ``\\frac{1}{N}
\\sum_{i=1}^{N} x_i^2`` is shown as ``1/N Σ (i=1..N) x_i²``. The converter knows a
fixed set of commands; an expression using any other one is returned as ``None`` so
the caller keeps its source between ``$`` signs (MathJax can still render it) rather
than showing a half-converted formula. Pure: text in, text out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["tex_to_text"]

_GREEK = {
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ε",
    "varepsilon": "ε",
    "zeta": "ζ",
    "eta": "η",
    "theta": "θ",
    "vartheta": "ϑ",
    "iota": "ι",
    "kappa": "κ",
    "lambda": "λ",
    "mu": "μ",
    "nu": "ν",
    "xi": "ξ",
    "pi": "π",
    "varpi": "ϖ",
    "rho": "ρ",
    "varrho": "ϱ",
    "sigma": "σ",
    "varsigma": "ς",
    "tau": "τ",
    "upsilon": "υ",
    "phi": "φ",
    "varphi": "φ",
    "chi": "χ",
    "psi": "ψ",
    "omega": "ω",
    "Gamma": "Γ",
    "Delta": "Δ",
    "Theta": "Θ",
    "Lambda": "Λ",
    "Xi": "Ξ",
    "Pi": "Π",
    "Sigma": "Σ",
    "Upsilon": "Υ",
    "Phi": "Φ",
    "Psi": "Ψ",
    "Omega": "Ω",
}
# Commands that stand for one symbol.
_SYMBOLS = {
    **_GREEK,
    "le": "≤",
    "leq": "≤",
    "ge": "≥",
    "geq": "≥",
    "ne": "≠",
    "neq": "≠",
    "approx": "≈",
    "sim": "∼",
    "simeq": "≃",
    "equiv": "≡",
    "propto": "∝",
    "ll": "≪",
    "gg": "≫",
    "infty": "∞",
    "in": "∈",
    "notin": "∉",
    "ni": "∋",
    "subset": "⊂",
    "subseteq": "⊆",
    "supset": "⊃",
    "supseteq": "⊇",
    "cup": "∪",
    "cap": "∩",
    "setminus": "∖",
    "emptyset": "∅",
    "varnothing": "∅",
    "forall": "∀",
    "exists": "∃",
    "neg": "¬",
    "lnot": "¬",
    "land": "∧",
    "wedge": "∧",
    "lor": "∨",
    "vee": "∨",
    "partial": "∂",
    "nabla": "∇",
    "cdot": "·",
    "times": "×",
    "div": "÷",
    "pm": "±",
    "mp": "∓",
    "ast": "∗",
    "star": "⋆",
    "circ": "∘",
    "bullet": "•",
    "oplus": "⊕",
    "otimes": "⊗",
    "to": "→",
    "rightarrow": "→",
    "leftarrow": "←",
    "gets": "←",
    "Rightarrow": "⇒",
    "Leftarrow": "⇐",
    "implies": "⇒",
    "iff": "⇔",
    "Leftrightarrow": "⇔",
    "leftrightarrow": "↔",
    "mapsto": "↦",
    "ldots": "…",
    "dots": "…",
    "cdots": "⋯",
    "vdots": "⋮",
    "mid": "|",
    "vert": "|",
    "lvert": "|",
    "rvert": "|",
    "Vert": "‖",
    "lVert": "‖",
    "rVert": "‖",
    "|": "‖",
    "langle": "⟨",
    "rangle": "⟩",
    "lfloor": "⌊",
    "rfloor": "⌋",
    "lceil": "⌈",
    "rceil": "⌉",
    "prime": "′",
    "degree": "°",
    "ell": "ℓ",
    "hbar": "ℏ",
    "top": "ᵀ",
    "gt": ">",
    "lt": "<",
    "{": "{",
    "}": "}",
    "%": "%",
    "_": "_",
    "#": "#",
    "&": "&",
    "$": "$",
}
# Spacing commands: a space or nothing.
_SPACES = {",": " ", ";": " ", ":": " ", " ": " ", "!": "", "quad": " ", "qquad": " "}
# Named functions and operators, written as their names.
_NAMES = frozenset(
    [
        "log",
        "ln",
        "lg",
        "exp",
        "max",
        "min",
        "sup",
        "inf",
        "arg",
        "argmax",
        "argmin",
        "sin",
        "cos",
        "tan",
        "sec",
        "csc",
        "cot",
        "sinh",
        "cosh",
        "tanh",
        "arcsin",
        "arccos",
        "arctan",
        "det",
        "dim",
        "ker",
        "gcd",
        "lcm",
        "deg",
        "Pr",
        "mod",
        "bmod",
    ]
)
# Big operators: written as their sign, then their limits "(i=1..N)".
_BIG = {"sum": "Σ", "prod": "Π", "int": "∫", "oint": "∮", "lim": "lim", "bigcup": "⋃"}
# Commands written as a word or sign of their own, never run into the term before.
_WORDS = _NAMES | _BIG.keys()
# Commands whose argument is text or a letter in another font.
_FONTS = frozenset(
    [
        "text",
        "textrm",
        "textit",
        "textbf",
        "textsf",
        "texttt",
        "mathrm",
        "mathit",
        "mathbf",
        "mathsf",
        "mathtt",
        "operatorname",
        "boldsymbol",
        "bm",
        "mathcal",
        "mathscr",
        "mathfrak",
    ]
)
_BLACKBOARD = {"R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "E": "𝔼", "P": "ℙ"}
# Accents over one letter: the letter and a combining mark.
_ACCENTS = {
    "hat": "\u0302",
    "widehat": "\u0302",
    "bar": "\u0304",
    "overline": "\u0304",
    "tilde": "\u0303",
    "widetilde": "\u0303",
    "vec": "\u20d7",
    "dot": "\u0307",
    "ddot": "\u0308",
}
# \left( … \right): the size words go, the delimiter stays.
_SIZES = frozenset(
    [
        "left",
        "right",
        "big",
        "Big",
        "bigg",
        "Bigg",
        "bigl",
        "bigr",
        "Bigl",
        "Bigr",
        "biggl",
        "biggr",
        "middle",
    ]
)
_SUPERSCRIPT = dict(
    zip(
        "0123456789+-=()nixyTabcdehkmoprstuvwlj′*",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱˣʸᵀᵃᵇᶜᵈᵉʰᵏᵐᵒᵖʳˢᵗᵘᵛʷˡʲ′*",
        strict=True,
    )
)
_SUBSCRIPT_DIGITS = dict(zip("0123456789", "₀₁₂₃₄₅₆₇₈₉", strict=True))
# One token of TeX: a command, an escaped sign, a brace, a script mark, spaces, a sign.
_TOKEN = re.compile(r"\\[A-Za-z]+|\\.|[{}^_]|\s+|[A-Za-z0-9.]+|.", re.DOTALL)
# A group that reads as one thing without parentheses: a name, a number, a symbol,
# a name with a simple subscript, or something already in brackets.
_ATOM = re.compile(
    r"[\w.′!]+(?:_(?:\w+|\{[\w,]+\}))?[′]*|[\w.]*\([^()]*\)[²³¹⁰-⁹ⁿᵀ′]*|.", re.UNICODE
)


class _Unknown(Exception):
    """The expression uses TeX the converter does not read."""


@dataclass
class _Reader:
    tokens: list[str]
    at: int = 0

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> str:
        if self.at >= len(self.tokens):
            raise _Unknown("expression ends early")
        token = self.tokens[self.at]
        self.at += 1
        return token

    def skip_spaces(self) -> None:
        while (token := self.peek()) is not None and token.isspace():
            self.at += 1

    def argument(self) -> str:
        """One argument: a braced group or a single token, converted."""
        self.skip_spaces()
        token = self.take()
        if token == "{":
            return self.sequence(closing="}")
        if token in "}^_":
            raise _Unknown(f"no argument before {token!r}")
        return self.single(token)

    def raw_argument(self) -> str:
        """The source of one braced argument (for font commands: plain letters)."""
        self.skip_spaces()
        token = self.take()
        if token != "{":
            return token
        depth, parts = 1, list[str]()
        while True:
            token = self.take()
            depth += {"{": 1, "}": -1}.get(token, 0)
            if depth == 0:
                return "".join(parts)
            parts.append(token)

    def sequence(self, closing: str | None) -> str:
        out: list[str] = []
        while True:
            token = self.peek()
            if token is None:
                if closing is not None:
                    raise _Unknown("unclosed brace")
                return "".join(out)
            self.at += 1
            if token == closing:
                return "".join(out)
            if token == "}":
                raise _Unknown("unopened brace")
            if token in "^_":
                while out and not out[-1].strip():
                    out.pop()  # "\\lambda ^{k}": TeX puts the script on the base all the same
                if not out:
                    raise _Unknown("script without a base")
                out[-1] = _scripted(out[-1], token, self.argument())
                continue
            piece = self.single(token)
            if token[1:] in _WORDS and out and out[-1][-1:].isalnum():
                piece = " " + piece  # "y_i\\log(p)", "\\frac{1}{n}\\sum": words apart
            out.append(piece)

    def single(self, token: str) -> str:
        if token == "{":
            return self.sequence(closing="}")
        if token.isspace():
            return " "
        if not token.startswith("\\"):
            if token in "&~":
                raise _Unknown("alignment or tie")
            return token
        name = token[1:]
        if name in _SPACES:
            return _SPACES[name]
        if name in _SYMBOLS:
            return _SYMBOLS[name]
        if name in _NAMES:
            return name
        if name in _SIZES:
            self.skip_spaces()
            delimiter = self.take()
            if delimiter == ".":
                return ""
            return self.single(delimiter)
        if name in _BIG:
            return self.big(_BIG[name])
        if name in {"frac", "dfrac", "tfrac"}:
            return f"{_grouped(self.argument())}/{_grouped(self.argument())}"
        if name == "sqrt":
            self.skip_spaces()
            if self.peek() == "[":
                raise _Unknown("root of another degree")
            return "√" + _grouped(self.argument())
        if name in _FONTS:
            text = self.raw_argument()
            if "\\" in text or "$" in text:
                raise _Unknown("command inside a text argument")
            return " ".join(text.replace("{", "").replace("}", "").split())
        if name == "mathbb":
            letters = self.raw_argument()
            return "".join(_BLACKBOARD.get(letter, letter) for letter in letters)
        if name in _ACCENTS:
            base = self.argument().strip()
            if len(base) != 1:
                raise _Unknown("accent over more than one letter")
            return base + _ACCENTS[name]
        raise _Unknown(f"unknown command \\{name}")

    def big(self, sign: str) -> str:
        """``\\sum_{i=1}^{N}`` → ``Σ (i=1..N)``; ``\\lim_{x \\to 0}`` → ``lim (x → 0)``."""
        lower = upper = None
        for _ in range(2):
            self.skip_spaces()
            if self.peek() == "_" and lower is None:
                self.at += 1
                lower = " ".join(self.argument().split())
            elif self.peek() == "^" and upper is None:
                self.at += 1
                upper = " ".join(self.argument().split())
        if lower is None and upper is None:
            return sign
        # The spaces after the limits were read with them; one goes back before the term.
        if upper is None:
            return f"{sign} ({lower}) "
        return f"{sign} ({lower or ''}..{upper}) "


def _grouped(text: str) -> str:
    """``text`` as one term of a fraction or root: parenthesised unless it is one token."""
    text = " ".join(text.split())
    if _ATOM.fullmatch(text) or (text.startswith("(") and _closes_at_end(text)):
        return text
    return f"({text})"


def _closes_at_end(text: str) -> bool:
    depth = 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and index < len(text) - 1:
            return False
    return depth == 0


def _scripted(base: str, mark: str, script: str) -> str:
    """A base with its super- or subscript: ``x²``, ``x^(n+1)``, ``y_i``, ``p_{i,j}``."""
    script = " ".join(script.split())
    if not script:
        return base
    if mark == "^":
        if all(char in _SUPERSCRIPT for char in script):
            return base + "".join(_SUPERSCRIPT[char] for char in script)
        return f"{base}^{_grouped(script)}"
    if script.isdigit():
        return base + "".join(_SUBSCRIPT_DIGITS[char] for char in script)
    if re.fullmatch(r"\w+", script):
        return f"{base}_{script}"
    return f"{base}_{{{script}}}"


def tex_to_text(tex: str) -> str | None:
    """The TeX math ``tex`` (without its ``$`` delimiters) as plain text, or ``None``
    when it uses a command or construct this converter does not read."""
    try:
        text = _Reader(_TOKEN.findall(tex)).sequence(closing=None)
    except _Unknown:
        return None
    # Source spacing inside brackets ("\\left( a \\right)", "\\mu ,") is no reader's spacing.
    text = _INNER_SPACE.sub(r"\1", _SPACE_BEFORE.sub(r"\1", " ".join(text.split())))
    # An accent is a combining mark: composed with its letter where Unicode has one (ŷ).
    return unicodedata.normalize("NFC", text)


_SPACE_BEFORE = re.compile(r" ([,;)\]}])")
_INNER_SPACE = re.compile(r"([(\[{]) ")
