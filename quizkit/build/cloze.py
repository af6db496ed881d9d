"""Cloze notes from prose: the key sentences of a paragraph, one marked-up token hidden.

Official documentation states most of its facts in prose. A paragraph is never
turned into a question (that would put words in the author's mouth); instead a
sentence is kept as written and a token the author marked up is hidden, in
Anki's cloze syntax. Precision comes before recall, so a sentence becomes a
note only when all of these hold:

* it stands on its own: no pronoun or pointer to a neighbour ("this", "it",
  "the following", "In that case", "However, ..."), not a question, not a lead-in
  ending in ":", not an instruction ("Run ...", "See ..."), not part of a worked
  example ("For example, imagine ...");
* it states a default, a limit, a range, a requirement (must, only, never, unless,
  at most) or a named value: :data:`CUES`, an ordered table of small patterns;
* a token tied to that cue is marked up and worth recalling: inline code or a
  number with its unit, placed where the cue says the value is (after "default:",
  "is" or "to"; right after "at most"; next to "only"), never an example name
  (``my-service``, ``pod-a``, a name or path a YAML block of the document gives),
  a placeholder, a command line, a version, or a word the sentence spells elsewhere.

At most two sentences of a paragraph become notes, and at most two tokens of a
sentence are hidden (each its own card). Note ids come from document structure:
the section, the paragraph's number in it and the sentence's number in the
paragraph, so rewording a sentence keeps every learner's progress.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizkit import cloze
from quizkit.build.markdown import Code, Located, Paragraph
from quizkit.build.text import clean, slugify
from quizkit.notes import ClozeNote, Note

if TYPE_CHECKING:
    # Only for the annotation: the rule table in rules.py imports this module.
    from quizkit.build.rules import Context

__all__ = [
    "CHECKS",
    "CUES",
    "Sentence",
    "Token",
    "cloze_text",
    "example_names",
    "hidden_tokens",
    "key_sentences",
    "key_statement",
    "split_sentences",
    "unfit",
]

# Bounds of a card-sized sentence, in words.
_MIN_WORDS = 7
_MAX_WORDS = 45
_PER_PARAGRAPH = 2
_PER_SENTENCE = 2
_MAX_TOKEN = 48  # characters of a hidden token


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph, cleaned, with its source line and number (from 1)."""

    text: str
    line: int
    number: int


@dataclass(frozen=True, slots=True)
class Token:
    """A span of a sentence that may be hidden: ``kind`` is ``code`` (inline code),
    ``number`` (with its unit or counted noun) or ``standard`` (``RFC 1035``)."""

    start: int
    end: int
    kind: str

    def text(self, sentence: str) -> str:
        return sentence[self.start : self.end]


# ------------------------------------------------------------------ sentences

_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
# Abbreviations whose period ends no sentence.
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "etc", "vs", "cf", "approx", "fig", "no", "mr", "dr", "inc", "ltd"}
)
_BOUNDARY = re.compile(r"([.!?])[\"')\]]*\s+(?=[\"'(\[`]?[A-Z0-9`])")


def _masked(text: str) -> str:
    """``text`` with inline code blanked out, so a period inside code splits nothing."""
    return _CODE_SPAN.sub(lambda m: "X" * len(m.group(0)), text)


def split_sentences(text: str, line: int) -> tuple[Sentence, ...]:
    """The sentences of a paragraph's text (soft line breaks kept), with source lines."""
    masked = _masked(text)
    out: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(masked):
        before = masked[start : match.start()].rsplit(None, 1)
        last_word = before[-1].lower().lstrip("(\"'") if before else ""
        if last_word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last_word):
            continue
        out.append(_sentence(text, start, match.end(), line, len(out) + 1))
        start = match.end()
    if text[start:].strip():
        out.append(_sentence(text, start, len(text), line, len(out) + 1))
    return tuple(s for s in out if s.text)


# A label before a sentence ("NOTE: The default values file ..."), not part of it.
_LABEL = re.compile(r"^(?:note|important|tip|info)\s*:\s+(?=[A-Z`])", re.IGNORECASE)


def _sentence(text: str, start: int, end: int, line: int, number: int) -> Sentence:
    piece = text[start:end]
    label = _LABEL.match(piece.lstrip())
    if label:
        start += len(piece) - len(piece.lstrip()) + label.end()
        piece = text[start:end]
    leading = len(piece) - len(piece.lstrip())
    first_line = line + text.count("\n", 0, start + leading)
    return Sentence(clean(" ".join(piece.split())), first_line, number)


# --------------------------------------------------------------------- checks

# Words that point at a neighbour: the sentence means nothing without it.
_POINTERS = re.compile(
    r"\b(?:this|these|those|such(?! as)|above|below|following|previous(?:ly)?|preceding|"
    r"aforementioned|earlier|latter|former|here|it|they|them|the example|still|instead|"
    r"(?:in|on|for|from|with|by|at|to|of|into|about|after|before|through|via|under|within|"
    r"set|sets|use|uses|using|create|creates|reach|reaches|call|calls|change|changes|"
    r"update|updates|delete|deletes|access|expose|exposes|proxies) that)\b",
    re.IGNORECASE,
)
_OPENERS = re.compile(
    r"^(?:however|also|otherwise|then|thus|so|but|and|or|instead|similarly|likewise|"
    r"additionally|alternatively|finally|again|still|hence|therefore|consequently|"
    r"for example|for instance|in addition|as a result|as such|as mentioned|in contrast|"
    r"on the other hand|now|next|once set|its|their|that|there)\b",
    re.IGNORECASE,
)
# Sentences that send the reader elsewhere or tell them what to do.
_ELSEWHERE = re.compile(
    r"\b(?:see|read|learn more|refer to|for more (?:information|details)|documentation|"
    r"described in|explained in|covered in|tutorial)\b",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    r"^(?:run|use|create|check|try|let's|make|note|set|add|define|look|consider|visit|"
    r"follow|install|open|type|click|apply|edit|remove|delete|enable|disable|configure|"
    r"specify|ensure|verify|avoid|do|don't|keep|start|stop|go|write|call|pass|replace|"
    r"if you (?:want|wish|need|would like|'d like))\b",
    re.IGNORECASE,
)


def _wrong_length(sentence: str) -> bool:
    """Too short to say something on its own, or too long to read on a card."""
    words = len(sentence.split())
    return not _MIN_WORDS <= words <= _MAX_WORDS


def _not_a_statement(sentence: str) -> bool:
    """A question, a lead-in to a list or code (":"), or a fragment with no full stop."""
    return not sentence.rstrip("\"')").endswith((".", "!"))


# "this", "these", "those" or a determiner "that", and the noun after it.
_DETERMINER = re.compile(
    r"(?:[a-z]+\s+)?(?:this|these|those|that)\s+([a-z][a-z-]{2,})", re.IGNORECASE
)


def _needs_context(sentence: str) -> bool:
    """Opens with a connective ("However", "Also") or points at its neighbours
    ("this", "it", "the following", "in that case"). A determiner whose noun the
    sentence named before ("... with allocated node ports, those node ports ...")
    points inside the sentence, not out of it."""
    if _OPENERS.match(sentence):
        return True
    masked = _masked(sentence)
    if _same_points_back(masked):
        return True
    for match in _POINTERS.finditer(masked):
        noun = _DETERMINER.match(masked, match.start())
        if noun is None or not _named_before(masked[: match.start()], noun.group(1)):
            return True
    return False


# "the same" compares with something; the sentence names it when "as" follows ("the same
# namespace as the controller") or when it spreads over several things it names ("the
# same port on every node", "the same key multiple times"). Otherwise it points back.
_SAME = re.compile(r"\bthe same\b", re.IGNORECASE)
# "the same" as a pronoun: "does the same.", "the same applies", "the same is true".
_SAME_PRONOUN = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:applies|apply|is|are|was|were|goes|holds|happens)\b)", re.IGNORECASE
)
_SAME_SPREAD = re.compile(
    r"\b(?:every|each|all|both|multiple|several|many|across|between|among)\b", re.IGNORECASE
)


def _same_points_back(masked: str) -> bool:
    """Whether a "the same" in the sentence compares with something the sentence does
    not name."""
    for match in _SAME.finditer(masked):
        rest = masked[match.end() :]
        if _SAME_PRONOUN.match(rest):
            return True
        if not re.search(r"\bas\b", rest) and not _SAME_SPREAD.search(masked):
            return True
    return False


def _named_before(text: str, noun: str) -> bool:
    return re.search(rf"\b{re.escape(noun)}\b", text, re.IGNORECASE) is not None


def _points_elsewhere(sentence: str) -> bool:
    """Sends the reader to another page: nothing to learn from the sentence itself."""
    return bool(_ELSEWHERE.search(_masked(sentence)))


# A sentence about the question being asked, not its answer: "… the question of why the
# file is named `X` arises from time to time", "This is a frequently asked question".
_ABOUT_THE_QUESTION = re.compile(
    r"\b(?:the question (?:of|whether|why|how|what)|(?:frequently|often|commonly) asked|"
    r"(?:comes|came|come) up (?:often|a lot|from time to time)|arises? from time to time)\b",
    re.IGNORECASE,
)


def _about_the_question(sentence: str) -> bool:
    """Speaks of the question itself: a FAQ answer's lead-in, no knowledge."""
    return bool(_ABOUT_THE_QUESTION.search(_masked(sentence)))


def _gives_instructions(sentence: str) -> bool:
    """An instruction ("Run ...", "Use ...") is a step of a task, not a fact."""
    return bool(_IMPERATIVE.match(sentence))


Check = Callable[[str], bool]

# The ordered table of reasons a sentence is not a key sentence.
CHECKS: tuple[Check, ...] = (
    _wrong_length,
    _not_a_statement,
    _needs_context,
    _points_elsewhere,
    _gives_instructions,
    _about_the_question,
)


def unfit(sentence: str) -> str | None:
    """The name of the first check ``sentence`` fails, or None when it may become a card."""
    for check in CHECKS:
        if check(sentence):
            return check.__name__.lstrip("_")
    return None


# ----------------------------------------------------------------------- cues


@dataclass(frozen=True, slots=True)
class Cue:
    """A phrase stating a default, limit, range, requirement or name, and where its
    value is: ``after`` words after it, or ``before`` words before it."""

    name: str
    pattern: re.Pattern[str]
    after: int
    before: int = 0
    # Whether a plain number may be its value ("at most 1000"); a "between" range
    # or a "must" names numbers of an example far more often than a rule.
    numbers: bool = True
    # Whether inline code may be its value: a limit ("over", "up to") bounds a number;
    # "traffic over `UDP`" is no limit.
    codes: bool = True
    # What must follow the token for it to be this cue's value, if anything.
    then: re.Pattern[str] | None = None


CUES: tuple[Cue, ...] = (
    # "(default: 30000-32767)", "defaults to `Cluster`", "the default is `None`".
    Cue("default-value", re.compile(r"\bdefault(?:s to|:| is| value is| to)", re.I), 2),
    # "By default, `x` is `true`": the value follows the verb after the subject.
    Cue("by-default", re.compile(r"\b(?:by default|default)\b[^.;]*?\b(?:is|are)\b", re.I), 2),
    Cue(
        "limit",
        re.compile(
            r"\b(?:at most|at least|no more than|up to|maximum(?: of)?|minimum(?: of)?|"
            r"more than|fewer than|less than|over|exceed(?:s|ing)?)\b",
            re.I,
        ),
        2,
        codes=False,
    ),
    # "the `before-hook-creation` behavior applies by default.": the value comes first.
    Cue("by-default-after", re.compile(r"\bby default(?=[.,;]|$)", re.I), 0, 4),
    Cue("range", re.compile(r"\b(?:range|between)\b", re.I), 3, 3, numbers=False),
    Cue("only", re.compile(r"\bonly\b", re.I), 4, 1),
    Cue(
        "requirement",
        re.compile(r"\b(?:must(?: not)?|never|unless|required|cannot)\b", re.I),
        5,
        numbers=False,
    ),
    # "The `apiVersion` field should be `v2` for ...": the recommended value.
    Cue("recommended", re.compile(r"\bshould(?: not)? be\b", re.I), 2, numbers=False),
    Cue("named", re.compile(r"\b(?:named|called|known as|reserved (?:value|name))\b", re.I), 1),
    # "setting the `type` field to `LoadBalancer` provisions ...": a named value.
    Cue("set-to", re.compile(r"\bset(?:ting)?\b(?:\s+\S+){0,4}?\s+to\b", re.I), 1),
    # "update the annotation `x/issuer` to `x/cluster-issuer`": the value it becomes.
    Cue(
        "change-to",
        re.compile(
            r"\b(?:update|change|switch|rename|replace)[sd]?\b(?:\s+\S+){1,5}?\s+to\b", re.I
        ),
        1,
    ),
    # "The `appProtocol` field provides a way to ...": the sentence defines a name.
    Cue(
        "defines",
        re.compile(r"^(?:the|an?)\b", re.I),
        1,
        numbers=False,
        then=re.compile(
            r"\s+(?:field|flag|annotation|label|option|parameter|setting|feature gate)\s+"
            r"(?!is\b|are\b|must\b|can\b|to\b|of\b|in\b|on\b|and\b|or\b|defaults\b)[a-z]+s\b"
        ),
    ),
)


# --------------------------------------------------------------------- tokens

_UNITS = (
    r"%|ms|s|m|h|d|seconds?|minutes?|hours?|days?|weeks?|milliseconds?|"
    r"[KMGT]i?B|bytes?|characters?|bits?"
)
_NUMBER = re.compile(
    r"(?<![\w.$/-])\d+(?:[.,]\d+)*(?:\s?[-–]\s?\d+(?:[.,]\d+)*)?"
    rf"(?:\s?(?:{_UNITS})\b)?(?![\w.]*\d)"
)
# Years, versions and other numbers that date, name or point rather than measure.
_NOT_A_MEASURE = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_VERSION_BEFORE = re.compile(r"(?:\bv|version|release|kubernetes|k8s|\bv?1\.)\s*$", re.I)
_EXAMPLE_WORDS = re.compile(
    r"(?:^|[^a-z])(?:my|example|foo|bar|baz|demo|sample|test|hello|acme)(?:[^a-z]|$)"
    # Names numbered or lettered one by one, as a story's objects are: pod-a, node-1.
    r"|^[a-z]+-[a-z0-9]$",
    re.I,
)
_PLACEHOLDER = re.compile(r"[<>{}$]|\.\.\.|\*\*|xxx", re.I)
_IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|::")
_EXAMPLE_LEAD = re.compile(r"\b(?:for example|for instance|e\.g\.|such as|like)\b", re.I)


def _code_tokens(sentence: str) -> list[Token]:
    return [Token(m.start(), m.end(), "code") for m in _CODE_SPAN.finditer(sentence)]


# Words after a number that count nothing ("up to 253 but ..."): no unit there.
_NOT_COUNTED = re.compile(
    r"(?:and|or|but|nor|is|are|was|were|be|the|an?|of|to|in|on|for|with|by|at|as|if|than|total)$",
    re.I,
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z-]*)")


_STANDARD = re.compile(r"\bRFC\s?\d{3,4}\b")


def _number_tokens(sentence: str) -> list[Token]:
    """Numbers with their unit ("10 seconds", "50%"), ranges ("30000-32767"), and numbers
    that count the noun after them ("100 endpoints"). A bare number is left alone: it
    may be what is left of markup the parser dropped (``2<sup>53</sup>`` reads "253")."""
    masked = _masked(sentence)
    # A standard's number names what a value must conform to: worth knowing.
    out = [Token(m.start(), m.end(), "standard") for m in _STANDARD.finditer(masked)]
    for m in _NUMBER.finditer(masked):
        if any(t.start <= m.start() < t.end for t in out):
            continue
        text = m.group(0).strip()
        if _NOT_A_MEASURE.match(text) or _VERSION_BEFORE.search(masked[: m.start()]):
            continue
        end = m.start() + len(text)
        counted = _NEXT_WORD.match(masked, end)
        has_unit = not text.isdigit() or (
            counted is not None and not _NOT_COUNTED.match(counted.group(1))
        )
        if has_unit:
            out.append(Token(m.start(), end, "number"))
    return out


def _worth_hiding(token: Token, sentence: str, examples: frozenset[str]) -> bool:
    """A token worth recalling: short, not a placeholder, command, address or example."""
    text = token.text(sentence)
    inner = text.strip("`").strip()
    if not inner or len(inner) > _MAX_TOKEN:
        return False
    # Anki reads "::" in a deletion as the start of a hint, "}}" as its end.
    if "::" in inner or "{{" in inner or "}}" in inner:
        return False
    if token.kind == "code":
        if len(inner.split()) > 2 or _PLACEHOLDER.search(inner) or _IP.search(inner):
            return False
        if inner.replace(".", "").isdigit():  # a bare number in code: a port of an example
            return False
    # The answer must not stand elsewhere in the sentence (it would give itself away),
    # nor follow "for example" / "such as" (an illustration, not the fact).
    rest = sentence[: token.start] + " " + sentence[token.end :]
    if re.search(rf"(?<![A-Za-z0-9]){re.escape(inner)}(?![A-Za-z0-9])", rest, re.IGNORECASE):
        return False
    return not _EXAMPLE_LEAD.search(sentence[: token.start].rsplit(",", 1)[-1])


def _words_between(sentence: str, start: int, end: int) -> int | None:
    """Words from ``start`` to ``end`` of one clause; None when a clause boundary
    (",", ";", a parenthesis) lies between: the token answers another clause."""
    between = _masked(sentence[start:end]) if end > start else ""
    if any(mark in between for mark in ",;()"):
        return None
    return len(between.split())


def _near(count: int | None, limit: int) -> bool:
    return count is not None and count < limit


def _is_example(inner: str, examples: frozenset[str]) -> bool:
    return bool(_EXAMPLE_WORDS.search(inner)) or inner in examples


def hidden_tokens(sentence: str, examples: frozenset[str] = frozenset()) -> tuple[Token, ...]:
    """The tokens of ``sentence`` to hide, in order: each tied to a cue (:data:`CUES`).

    None when the sentence names an example object (``my-service``): it is about
    the example beside it, not a fact of its own."""
    codes = _code_tokens(sentence)
    if any(_is_example(t.text(sentence).strip("`").strip(), examples) for t in codes):
        return ()
    candidates = [
        t
        for t in sorted(codes + _number_tokens(sentence), key=lambda t: t.start)
        if _worth_hiding(t, sentence, examples)
    ]
    # A number inside a code span is the span's business.
    candidates = [
        t
        for t in candidates
        if t.kind == "code"
        or not any(c.kind == "code" and c.start <= t.start < c.end for c in candidates)
    ]
    # In cue order (a default before a name), the first cue's token first.
    chosen: dict[int, Token] = {}
    masked = _masked(sentence)
    for cue in CUES:
        for match in cue.pattern.finditer(masked):
            for token in candidates:
                if token.kind == "number" and not cue.numbers and "-" not in token.text(sentence):
                    continue
                if token.kind == "code" and not cue.codes:
                    continue
                after = token.start >= match.end() and _near(
                    _words_between(sentence, match.end(), token.start), cue.after
                )
                before = token.end <= match.start() and _near(
                    _words_between(sentence, token.end, match.start()), cue.before
                )
                if cue.then is not None and not cue.then.match(masked, token.end):
                    continue
                if (after or before) and not _is_subject(sentence, token):
                    chosen.setdefault(token.start, token)
                    break
    return tuple(sorted(list(chosen.values())[:_PER_SENTENCE], key=lambda t: t.start))


def key_statement(
    text: str, line: int, examples: frozenset[str] = frozenset()
) -> tuple[Sentence, str] | None:
    """The sentence of a note or tip to ask as a cloze, and its cloze text; None when
    no sentence of it may become one. A sentence the prose rule would take comes
    first. Failing that, the author has already marked the note as worth knowing, so
    no cue is needed: a sentence that stands on its own and names a code term worth
    hiding hides its last one (the value comes after what the sentence is about:
    "A Service can map any incoming `port` to a `targetPort`")."""
    sentences = split_sentences(text, line)
    fit = [s for s in sentences if unfit(s.text) is None]
    for sentence in fit:
        tokens = hidden_tokens(sentence.text, examples)
        if tokens:
            return _checked(sentence, cloze_text(sentence.text, tokens), len(tokens))
    for sentence in fit:
        codes = _code_tokens(sentence.text)
        if any(_is_example(t.text(sentence.text).strip("`").strip(), examples) for t in codes):
            continue
        worth = [t for t in codes if _worth_hiding(t, sentence.text, examples)]
        if worth:
            return _checked(sentence, cloze_text(sentence.text, (worth[-1],)), 1)
    return None


def _checked(sentence: Sentence, text: str, count: int) -> tuple[Sentence, str] | None:
    """The cloze, unless the sentence shows cloze-like markup of its own."""
    if cloze.problem(text) is not None or len(cloze.numbers(text)) != count:
        return None
    return sentence, text


def _is_subject(sentence: str, token: Token) -> bool:
    """The token is what the sentence is about ("`x` is `true`", "`x` must be ..."):
    hiding it leaves a statement about nothing."""
    rest = _masked(sentence[token.end :]).split()
    return bool(rest) and rest[0].lower() in {"is", "are", "must", "can", "cannot", "defaults"}


def cloze_text(sentence: str, tokens: tuple[Token, ...]) -> str:
    """``sentence`` in cloze syntax: token ``n`` (in order) as ``{{cn::...}}``."""
    parts, pos = [], 0
    for number, token in enumerate(tokens, start=1):
        parts.append(sentence[pos : token.start])
        parts.append(f"{{{{c{number}::{token.text(sentence)}}}}}")
        pos = token.end
    parts.append(sentence[pos:])
    return "".join(parts)


# ----------------------------------------------------------------------- rule

# "key: value" in a YAML block; the value is an example's when it is a free-form
# name or path (`my-service`, `/config`, `game-demo`), not an API's enumerated value
# (`LoadBalancer`, `TCP`, `true`) or a number.
_YAML_VALUE = re.compile(r"^\s*-?\s*[\w./-]+:\s+[\"']?([^\"'\s#]+)[\"']?\s*(?:#.*)?$")
_YAML_WORDS = frozenset({"true", "false", "null", "yes", "no", "on", "off"})
_FREE_FORM = re.compile(r"^(?=.*[a-z])[a-z0-9]+(?:[-_./][a-z0-9]+)*$|^/")
# The last document's example names, by the identity of its blocks: the rule runs
# once per paragraph, the scan once per document (it holds that one document alive).
_examples_cache: list[tuple[tuple[Located, ...], frozenset[str]]] = []


def example_names(items: tuple[Located, ...]) -> frozenset[str]:
    """Names and paths the document's YAML blocks give (``name: my-service``,
    ``mountPath: /config``): a sentence that mentions one is about the example, and
    the name is not worth learning."""
    for seen, names in _examples_cache:
        if seen is items:
            return names
    found = set()
    for item in items:
        if isinstance(item.block, Code):
            for line in item.block.text.splitlines():
                match = _YAML_VALUE.match(line)
                value = match.group(1) if match else ""
                if _FREE_FORM.match(value) and value not in _YAML_WORDS:
                    found.add(value)
    names = frozenset(found)
    _examples_cache[:] = [(items, names)]
    return names


def _paragraph_number(items: tuple[Located, ...], index: int) -> int:
    """The paragraph's number (from 1) among the paragraphs under the same headings; a
    paragraph that is only a label (a content tab's name, ``**GCP**``) is a title, not
    one of them, so that ids stay put when a tab's name is read."""
    headings = items[index].headings
    return 1 + sum(
        1
        for item in items[:index]
        if item.headings == headings
        and isinstance(item.block, Paragraph)
        and not (item.block.label and item.block.text == item.block.label)
    )


_MAY_HIDE = re.compile(r"[`\d]")
_EXAMPLE_OPENING = re.compile(
    r"^(?:for example|for instance|imagine|suppose|say you|let's say|let us say|consider)\b",
    re.IGNORECASE,
)
# A word every cue of CUES needs (a superset: a quick test before the real ones).
_CUE_WORD = re.compile(
    r"\b(?:default|most|least|more|fewer|less|up|maximum|minimum|over|exceed\w*|range|"
    r"between|only|must|never|unless|required|cannot|named|called|known|reserved|set|"
    r"setting|should|field|flag|annotation|label|option|parameter|feature)\b",
    re.IGNORECASE,
)


def _section(ctx: Context, index: int) -> str:
    """The id prefix of the block's section: its top heading's place, then its nearest
    heading whole (``service-type/type-nodeport``: two sections whose headings share a
    subject, ``type: NodePort`` and ``type: LoadBalancer``, stay apart)."""
    place = ctx.place(index)
    nearest = ctx.nearest_heading(index)
    if nearest and nearest != ctx.top_heading(index):
        place = f"{place}/{slugify(nearest)}"
    return place


# A paragraph opening by pointing at the code just above it ("This command returns …",
# "The output shows …", "As you can see, …"): it tells what that code did.
_ABOUT_CODE_ABOVE = re.compile(
    r"^(?:this|these|that|those|here|the (?:output|result|command|code|example)s?|"
    r"as (?:you can )?see(?:n)?|above)\b",
    re.IGNORECASE,
)


def _code_above(ctx: Context, index: int) -> Code | None:
    """The code block right above the paragraph at ``index``, in its section."""
    if not index:
        return None
    above = ctx.items[index - 1]
    if above.headings != ctx.items[index].headings or not isinstance(above.block, Code):
        return None
    return above.block


# "The response MUST include …": a sentence whose subject is a definite noun phrase of
# common words (no code, no name) speaks of something its section names.
_DEFINITE_SUBJECT = re.compile(r"^The ([a-z][\w-]*)(?: ([A-Za-z][\w-]*))?\b")


def _in_context(ctx: Context, index: int, sentence: str, before: str) -> str:
    """``sentence`` (cloze markup in it) prefixed with its sub-heading when its subject
    is a definite noun phrase ("The response …" under "405 Method Not Allowed") that
    neither the heading nor the sentences before it name: the card alone would not say
    whose response."""
    nearest = ctx.nearest_heading(index)
    subject = _DEFINITE_SUBJECT.match(sentence)
    if subject is None or not nearest or nearest == ctx.top_heading(index):
        return sentence
    if "`" in " ".join(sentence.split()[:4]):
        return sentence  # "The command `helm repo add` …" names its subject itself
    said = f"{nearest} {before}"
    for word in subject.groups():
        if word and len(word) > 2 and _named_before(said, word.rstrip("s")):
            return sentence
    return f"{nearest}: {sentence}"


def key_sentences(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A prose paragraph: its key sentences as cloze notes (see the module docstring);
    None when no sentence qualifies, so that the paragraph stays free for other rules."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph):
        return None
    # Nothing to hide without inline code or a digit, nothing to cue without a cue
    # word: most prose stops here, unsplit.
    if not _MAY_HIDE.search(block.text) or not _CUE_WORD.search(block.text):
        return None
    sentences = split_sentences(block.text, block.line)
    # A worked example ("For example, imagine that you ..."): its sentences tell a
    # story about made-up objects, one sentence leaning on the last.
    if sentences and _EXAMPLE_OPENING.match(sentences[0].text):
        return None
    # Right under a code block, a paragraph telling what that code did ("This command
    # returns …. Every line that contains at least 10 Ns is printed.") is known only
    # with the code, which a cloze does not carry.
    shown = _code_above(ctx, index)
    if shown is not None and sentences and _ABOUT_CODE_ABOVE.match(sentences[0].text):
        return None
    notes: list[Note] = []
    for sentence in sentences:
        if not _MAY_HIDE.search(sentence.text) or unfit(sentence.text) is not None:
            continue
        tokens = hidden_tokens(sentence.text, example_names(ctx.items))
        if (
            shown is not None
            and sentence.number == 1
            and any(t.text(sentence.text).strip("`") in shown.text for t in tokens)
        ):
            # "The interpreter is trying to expand a variable named `fooEFG` …" right
            # under the code that wrote `$fooEFG`: it speaks of that code's own names.
            continue
        if not tokens:
            continue
        text = cloze_text(sentence.text, tokens)
        before = " ".join(s.text for s in sentences if s.number < sentence.number)
        text = _in_context(ctx, index, text, before)
        # A sentence that itself shows cloze-like markup (a page about Anki) would be
        # read back as other deletions: no note rather than a wrong one.
        if cloze.problem(text) is not None or len(cloze.numbers(text)) != len(tokens):
            continue
        paragraph = _paragraph_number(ctx.items, index)
        notes.append(
            ClozeNote(
                id=f"{_section(ctx, index)}/paragraph-{paragraph}-sentence-{sentence.number}",
                text=text,
                tags=ctx.tags(index),
                origin=ctx.origin(index, sentence.line),
            )
        )
        if len(notes) == _PER_PARAGRAPH:
            break
    return tuple(notes) or None
