"""A tutorial's steps and checks: the shell block right after the sentence telling
the reader what it does ("Add the chart repository:"), and the status the tutorial
says a request gets ("You should receive an ``HTTP/1.1 401 Unauthorized`` response")."""

from __future__ import annotations

import re
import textwrap

from quizkit.build.markdown import Callout, Code, Located, Paragraph, Question, Quote
from quizkit.build.text import clean, clean_heading, slugify
from quizkit.manifests import load_documents
from quizkit.notes import FactNote, Note, NoteType

from .common import (
    _ACTION_VERBS,
    _CLEAN_UP_STEP,
    _CODE_SPAN,
    _GENERIC_TITLES,
    _HERE_DOC,
    _PROMPT,
    _SENTENCE_END,
    _STEP_MARK,
    Context,
    _here_doc_block,
    _names,
    _open_quote,
    _quote_closes,
    _quote_closes_after,
    _shell_block,
    _with_title,
    gerund_verb,
    noun_compound,
)
from .lists import _ONLY_EXAMPLE
from .questions import _PS2, ANSWER_CHARS, _block_text, author_question
from .shell import (
    _COMMENT,
    _GENERIC_STEP,
    STEP_FRONT,
    _housekeeping,
    _how_do_you,
    _is_output,
    _named_by_section,
    _program,
    _qualified_step,
    _shell_code_at,
    _subject_only_in_command,
    object_named,
    page_scaffolding,
    says_where_only,
    with_program,
)

# "Use `helm` to install X": the tool the step uses, and what it does with it.
_USE_TO = re.compile(r"^use\s+(.+?)\s+to\s+(\w.*)$", re.IGNORECASE)
# A step that only acts on what the reader has in front of them ("Apply the file",
# "Check the output", "Run this command") teaches nothing a card could ask.
_POINTS_AT_WORK = re.compile(
    r"\b(?:it|this|that|these|them|those|the following|above|below|output|result|results|"
    r"the (?:file|files|manifest|changes?|command|commands|yaml|example))\b",
    re.IGNORECASE,
)
# "Apply the configuration by running the following command:": the tail only points at
# the code below; what is left is the action.
_RUN_BELOW = re.compile(
    r",?\s+(?:by\s+)?(?:running|executing|using|with|run)\s+(?:the\s+following|these|this|the)\s+"
    r"commands?\b.*$",
    re.IGNORECASE,
)
# "If you are running minikube, run the following command to enable metrics-server:": the
# action is what the command is run to do; a condition before it says where it applies.
# "Enter (type, issue) these commands to add …" says it the same way.
_RUN_TO = re.compile(
    r"^(?P<condition>(?:if|when)\s[^,]+,\s*)?(?:now,?\s+|then,?\s+)?"
    r"(?:run|execute|use|enter|type|issue)\s+"
    r"(?:the\s+following|these|this|the)\s+commands?\s+to\s+(?P<action>\w.*)$",
    re.IGNORECASE,
)
# A command that only prints a file ("cat ../code/readings_02.py"): the step's
# knowledge is the file shown after it, never the command.
# (A system file, "cat /etc/os-release", is where an answer is found: it stays.)
_SHOWS_A_FILE = re.compile(r"^(?:cat|less|more|bat|type)\s+[^\s|;&<>/~-][^\s|;&<>]*$")
# A lead-in whose last words hand over to the command without saying what it does:
# "…, and then:", "…, such as:", "…, for example:" ("For example:" alone reads the
# heading, below).
_TRAILING_THEN = re.compile(
    r"\S\s*,?\s+(?:and\s+then|then|such\s+as|like|for\s+example|for\s+instance|e\.g\.?)\s*:?$",
    re.IGNORECASE,
)
# Steps that look, rather than do: the answer is whatever the reader's cluster prints.
_LOOKING_VERBS = frozenset({"check", "see", "view", "verify", "wait", "watch", "run", "try"})
_MAX_STEP_COMMANDS = 4  # commands a step's card may hold; more is a script, not a step
# A heading names one step: a block of more commands does several the heading leaves unsaid.
_HEADING_STEP_COMMANDS = 2


# How a tutorial's narrator opens a step ("Now", "At this point, we should also …").
_STEP_OPENER = re.compile(
    r"^(?:(?:for (?:simplicity|convenience|brevity)|optionally),\s*)?"
    # (Two of them: "Next, let's …".)
    r"(?:(?:now|then|next|first|finally|at this point|after that|let'?s|let us)\b,?\s*){0,2}"
    r"(?:(?:we|you)\s+(?:should|can|will|need to|must|have to|may)\s+(?:also\s+|now\s+)?)?",
    re.IGNORECASE,
)
# "… the Apache `htpasswd` tool, which we can use to generate the file": the tool is
# the code the sentence names before "which".
_WHICH_USE = re.compile(
    r"^(?P<before>.*?`[^`]+`[^,]*),?\s+which\s+(?:we|you)\s+(?:can|will)\s+use\s+to\s+"
    r"(?P<action>\w.*)$",
    re.IGNORECASE,
)
# A reason tacked on ("…, just to make it easier later", "…, so that …") is no part of
# what the step does.
_TACKED_REASON = re.compile(
    r"(?:,\s*(?:just\s+)?(?:to|so that|so|in order to)|\s+(?:so that|in order that))\b.*$",
    re.IGNORECASE,
)


# Words a narrated sentence goes on with that are no action ("Now when we …").
_NO_VERB = re.compile(
    r"^(?:when|if|that|the|a|an|we|you|i|this|there|it|as|once|after|before|while|since|"
    r"because|our|your|all|every|each|in|on|at|with|for|to)\b",
    re.IGNORECASE,
)


_PRONOUN = re.compile(r"^(?:it|this|that|these|them|those)$", re.IGNORECASE)


def _points_at_work(text: str) -> bool:
    """Whether a step acts on what the reader has in front of them ("Apply it", "Run
    the following"). A pronoun late in the sentence ("Deploy a curl pod and SSH into
    it") refers back to what the sentence itself named; "there" ("group there all the
    permissions") points at a place the sentence before named."""
    if _THERE.search(text):
        return True
    for found in _POINTS_AT_WORK.finditer(text):
        if re.match(r"\s+of\s", text[found.end() :]):
            continue  # "the YAML of a HorizontalPodAutoscaler": named, not at hand
        late = len(text[: found.start()].split()) > 2
        if not (_PRONOUN.match(found.group(0)) and late):
            return True
    return False


# "there" as a place, not "there is/are …".
_THERE = re.compile(
    r"\bthere\b(?!\s+(?:is|are|was|were|will|must|should|may|might|can|could|has|have)\b)",
    re.IGNORECASE,
)
_LESSON_SELF = re.compile(r"\b(?:we|we're|we've|us|ourselves)\b", re.IGNORECASE)
# A condition tacked on an action ("… if we want"): the action is still the reader's.
_TACKED_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|so that|because)\b", re.IGNORECASE)


# A sentence's end that hands over to the code below it ("… you can use", "… we run").
_HANDS_OVER = re.compile(
    r",?\s+(?:you|we|one)\s+(?:can|could|may|might|should|would)\s+(?:use|run|type|try|do)$",
    re.IGNORECASE,
)


_STEP_WORDS = 14  # a longer action wanders: an explanation, not a step to recall
# A numbered step names its action in its first sentence, whole: "Apply a local rate
# limiting policy to rate limit HTTP requests at the virtual host level to 3 requests
# per minute." is one action, its detail what the manifest under it sets.
_NUMBERED_STEP_WORDS = 20
# "update our rate limiting policy": the lesson's own thing is the reader's.
_OUR = re.compile(r"\bour\b")
# "List all containers and verify that the new one is `Created`": the check after the
# action is the reader looking at what the command printed, no part of what it does
# ("… and confirm node labels" is a second action, its command on the back: it stays).
_TACKED_CHECK = re.compile(
    r",?\s+and\s+(?:then\s+)?(?:verify|confirm|check|ensure|make sure)\s+(?:that|whether|if)\b.*$",
    re.IGNORECASE,
)


def _step_question(sentence: str, words: int = _STEP_WORDS) -> str:
    """ "Use `helm` to install a controller:" → "How do you install a controller with
    `helm`?"; "Add the chart repository" → "How do you add the chart repository?"; ""
    when the sentence is no action a reader could learn (a look at the output, a step
    on "the file")."""
    # "To list all events you can use" broken by its code: the words handing over to
    # the command are no part of the action asked.
    text = _HANDS_OVER.sub("", sentence.strip().rstrip(":.;,").strip())
    which = _WHICH_USE.match(text)
    if which:
        tools = _CODE_SPAN.findall(which.group("before"))
        text = f"{which.group('action')} with {tools[-1]}"
    opened = _STEP_OPENER.match(text)
    narrated = bool(opened and opened.group(0))
    text = _TACKED_REASON.sub("", text[opened.end() if opened else 0 :]).strip()
    text = _TACKED_CHECK.sub("", _OUR.sub("the", text))
    used = _USE_TO.match(text)
    if used:
        text = f"{used.group(2)} with {used.group(1)}"
    first = text.split(" ", 1)[0].lower()
    if all(word.lower().endswith("ly") for word in text.split()[1:]):
        return ""  # "Delete immediately": a verb and its manner, no object to learn
    # The length is the action's: "with <the tool>" moved after it adds no wandering.
    action = used.group(2) if used else text
    # (A code span is one value: "`3 requests per minute`".)
    length = len(_CODE_SPAN.sub("x", action).split())
    if first in _LOOKING_VERBS or _points_at_work(text) or length > words:
        return ""
    if _LESSON_SELF.search(_TACKED_CONDITION.split(text, maxsplit=1)[0]):
        # "Let's first make sure we are in the correct directory": the lesson's own
        # situation ("we are …"), nothing a reader could do elsewhere.
        return ""
    if used or which or (narrated and re.match(r"^[a-z]+\s", text) and not _NO_VERB.match(text)):
        # "to <verb> …", "Now, <verb> …", "Let's <verb> …": the word there is the
        # action, whatever the verb.
        return f"{STEP_FRONT}{text}?"
    return _how_do_you(text)


def _step_commands(block: Code) -> list[str]:
    """The commands of a shell block, without the output they print and comments. A
    command whose quoted argument spans lines (``$ echo '<manifest>' | kubectl apply -f
    -``) runs until its quotes balance; only what follows is output."""
    raws = block.text.splitlines()
    prompted = any(raw.strip().startswith("$ ") for raw in raws)
    commands: list[str] = []
    continued = False  # the line above was a command (or a line of one)
    ending = ""  # the word a here-document ("<<EOF") ends on
    quoted = -1  # the last line of a quoted argument the command above opened
    for number, raw in enumerate(raws):
        line = raw.strip()
        if number <= quoted:
            commands[-1] = f"{commands[-1]}\n{raw.rstrip()}"  # a manifest keeps its indent
            continue
        if ending:
            commands[-1] = f"{commands[-1]}\n{raw.rstrip()}"  # a manifest keeps its indent
            ending = "" if line == ending else ending
            continue
        if not line or _COMMENT.match(line):
            continue
        if commands and commands[-1].endswith(("\\", "|", "&&")):
            commands[-1] = f"{commands[-1]}\n{line}"  # the command goes on
            if _open_quote(commands[-1]):
                quoted = _quote_closes_after(commands[-1], raws, number)
            continue
        if prompted and commands and continued and _PS2.match(line):
            # "> do": the shell asks for the rest of the command (its prompt goes, as "$ ").
            commands[-1] = f"{commands[-1]}\n{_PS2.sub('', raw.lstrip(), count=1).rstrip()}"
            continue
        continued = False
        if _is_output(line, prompted):
            if prompted:
                continue  # output between prompted commands
            break
        continued = True
        commands.append(_PROMPT.sub("", line, count=1))
        here = _HERE_DOC.search(line)
        ending = here.group(1) if here else ""
        if not ending and _open_quote(commands[-1]):
            quoted = _quote_closes(raws, number)
    return commands


# Where a here-document's text goes: a file ("cat <<EOF > config.yaml", "| sudo tee
# /etc/modules-load.d/k8s.conf"), or the cluster ("| kubectl apply -f -").
_HERE_DOC_FILE = re.compile(r"(?:>>?|\btee\s+(?:-a\s+)?)\s*([\w./~-]+\.\w+|/[\w./-]+)(?:\s|$)")
_HERE_DOC_APPLIED = re.compile(r"\b(?:kubectl|oc|k)\s+(?:apply|create|replace)\b.*\s-f\s*-(?:\s|$)")
_HERE_DOC_LINES = 20  # a here-document longer than this is a file to read, not to recall
_MADE_OBJECTS = 2  # objects a front can name; more are a whole setup, named by none
# Verbs that say a file is written; any other ("apply", "run") is asked as "create".
_FILE_VERBS = frozenset({"create", "write", "update", "edit", "generate", "add", "make"})
# Verbs that say only that the command is typed: asked as "create" what it makes.
_TYPING_VERBS = frozenset({"run", "execute", "do", "use", "try", "paste", "copy", "enter"})


def _here_doc_made(commands: list[str]) -> tuple[str, bool]:
    """What a step's one here-document command makes, as a front can name it, and
    whether it is a file: the file it writes (`` `config.yaml` ``), or the objects it
    applies ("the Deployment `web`", at most two); ("", False) when the step is no such
    command or its manifest names no thing (a name the reader fills in, ``$NAME``)."""
    if len(commands) != 1:
        return "", False
    first, _, body = commands[0].partition("\n")
    here = _HERE_DOC.search(first)
    if here is None:
        return "", False
    if _HERE_DOC_APPLIED.search(first):
        lines = body.splitlines()
        if lines and lines[-1].strip() == here.group(1):
            lines = lines[:-1]
        named: list[str] = []
        for doc in load_documents(textwrap.dedent("\n".join(lines))):
            meta = doc.get("metadata")
            name = meta.get("name") if isinstance(meta, dict) else None
            kind = doc.get("kind")
            if not isinstance(kind, str) or not isinstance(name, str) or not name:
                return "", False
            if not re.fullmatch(r"[\w.:-]+", name) or not re.fullmatch(r"\w+", kind):
                return "", False  # "$NAME", "{{ .name }}": the reader's own, no name
            named.append(f"the {kind} `{name}`")
        if not 1 <= len(named) <= _MADE_OBJECTS:
            return "", False
        return " and ".join(named), False
    target = _HERE_DOC_FILE.search(first)
    return (f"`{target.group(1)}`", True) if target else ("", False)


# "How do you apply the configurations?", "Deploying the demo: how do you apply it?": a
# step asked of a kind of stuff or a pronoun, with the page's title or section before it
# or not.
_VAGUE_STEP = re.compile(
    r"^(?P<before>.*?)(?P<how>how do you) (?P<verb>\w+) "
    r"(?:(?:the|these|those|this|that|your|our) )?(?P<object>[\w-]+)\?$",
    re.IGNORECASE,
)


def _named_by_here_doc(question: str, commands: list[str]) -> str:
    """A step's question naming what its here-document makes when its own words only say
    a kind of stuff or point at it ("Now apply the configurations." over ``cat <<EOF >
    config.yaml``: "How do you create `config.yaml`?"; over ``kubectl apply -f - <<EOF``
    and a Deployment: "How do you apply the Deployment `web`?"); the question as it was
    otherwise."""
    vague = _VAGUE_STEP.match(question)
    if vague is None:
        return question
    thing = vague.group("object").lower()
    if thing not in _VAGUE_OBJECTS | {"it", "them", "this", "these", "that", "those"}:
        return question
    made, is_file = _here_doc_made(commands)
    if not made:
        return question
    verb = vague.group("verb")
    if (is_file and verb.lower() not in _FILE_VERBS) or verb.lower() in _TYPING_VERBS:
        verb = "create"
    return f"{vague.group('before')}{vague.group('how')} {verb} {made}?"


_NAMED_HERE_DOC_LINES = 40  # a manifest the front asks for by kind: one object's spec
_NAMED_HERE_DOC_CHARS = 2 * ANSWER_CHARS


def _asks_for_manifest(question: str, commands: list[str]) -> bool:
    """Whether a step's front asks for the objects its one here-document applies, each
    by its kind ("How do you create a HTTPRoute to route traffic …?" over a HTTPRoute):
    the manifest is then the answer asked for, not a file to read beside it."""
    made, is_file = _here_doc_made(commands)
    if not made or is_file:
        return False
    asked = {_kind_key(w) for w in re.findall(r"[\w-]+", question)}
    return all(_kind_key(k) in asked for k in re.findall(r"the (\w+) `", made))


def _long_here_doc(commands: list[str], question: str = "") -> bool:
    """Whether a step's commands carry a here-document too long for a card's back (a
    whole manifest or configuration file): no one recalls it line by line, and a front
    asking how to apply it asks for all of it. A front asking for the manifest's own
    object by its kind allows one object's spec, up to twice a card's length."""
    carried = [c for c in commands if _HERE_DOC.search(c.split("\n", 1)[0])]
    lines = sum(c.count("\n") for c in carried)
    size = len("\n".join(commands))
    if carried and _asks_for_manifest(question, commands):
        return lines > _NAMED_HERE_DOC_LINES or size > _NAMED_HERE_DOC_CHARS
    return bool(carried) and (lines > _HERE_DOC_LINES or size > ANSWER_CHARS)


# "kubectl apply -f https://…/quota.yaml -n kube-system": the knowledge is in the file.
_APPLIES_A_FILE = re.compile(
    r"^kubectl\s+(?:apply|create|replace|delete)\s+(?:-n\s+\S+\s+)?(?:-f\s+|--filename[\s=])"
    r"[^\s<(-]\S*"
    r"(?:\s+(?:-n|--namespace)[\s=]\S+)?$"
)
# A shell's own prompt before a typed command ("[ root@pod:/ ]$ ", "user@host:~$ ").
_SHELL_PROMPT = re.compile(r"^\[?\s*[\w.-]+@[^\s$#]*(?:\s*[^$#\]]*)?\]?\s*[$#]\s+")


def _on_question_card(ctx: Context, index: int, commands: list[str]) -> bool:
    """Whether the question heading whose section holds the code at ``index`` shows
    all of ``commands`` on its card."""
    headings = ctx.items[index].headings
    for earlier in range(index - 1, -1, -1):
        item = ctx.items[earlier]
        if item.headings != headings:
            return False
        if isinstance(item.block, Question) and item.block.kind == "heading":
            made = author_question(ctx, earlier)
            notes = made if isinstance(made, tuple) else ()
            backs = [n.back for n in notes if isinstance(n, FactNote)]
            return any(all(c.strip() in back for c in commands) for back in backs)
    return False


def _variant_label(ctx: Context, index: int) -> str:
    """The name of the variant a step belongs to: the label alone on its line (a content
    tab's name, ``**Gateway API**``) nearest above the step in its section, when the section
    has two or more such labels, so that like steps of two tabs ask two questions. ""
    otherwise (one label titles the whole section, which its heading already names)."""
    headings = ctx.items[index].headings
    labels = [
        at
        for at, item in enumerate(ctx.items)
        if item.headings == headings
        and isinstance(item.block, Paragraph)
        and item.block.label
        and clean(item.block.text).strip().strip("*:").strip() == item.block.label.strip()
    ]
    above = [at for at in labels if at < index]
    if len(labels) < 2 or not above:
        return ""
    return ctx.items[above[-1]].block.label.strip()  # type: ignore[union-attr]


# What a rejected request prints ("… is invalid: spec.x: Forbidden: may not be …",
# "error: unknown flag", "Error from server (Forbidden)", "… is not supported").
_REJECTED_OUTPUT = re.compile(
    r"\bForbidden\b|(?:^|\s)error:\s|\bis invalid\b|\bis not supported\b|"
    r"\bpermission denied\b|\bis not allowed\b",
    re.IGNORECASE | re.MULTILINE,
)
# The sentence after a command saying it did not work: "In the output, you can see that
# it is not possible to …", "This patch is rejected because …", "The command fails".
_SAYS_FAILED = re.compile(
    r"^(?:(?:in|from)\s+)?(?:the\s+)?(?:output|this|that|it|you\s+(?:can\s+|will\s+|should\s+)?"
    r"(?:see|get)|the\s+(?:command|request|patch|update|call|change))\b[^.!?]*?"
    r"\b(?:rejected|not possible|not permitted|not allowed|fails|failed|will fail|"
    r"an error|the following error)\b",
    re.IGNORECASE,
)
_OUTPUT_INFOS = frozenset({"", "text", "txt", "output", "error", "console", "plaintext", "log"})


def _shown_failing(ctx: Context, index: int, commands: list[str]) -> bool:
    """Whether the page shows the command block ``index`` failing: the output in the
    block itself or in an output block right after it (past one paragraph) reads as a
    rejection, or the paragraph right after it says it did not work. Such a command is
    what not to do: never the answer to "How do you …?"."""
    block = ctx.items[index].block
    assert isinstance(block, Code)
    typed = {line.strip() for command in commands for line in command.splitlines()}
    printed = "\n".join(
        line
        for line in block.text.splitlines()
        if line.strip() and line.strip() not in typed and not _COMMENT.match(line.strip())
    )
    if _REJECTED_OUTPUT.search(printed):
        return True
    headings = ctx.items[index].headings
    for after in ctx.items[index + 1 : index + 3]:
        if after.headings != headings:
            return False
        if isinstance(after.block, Paragraph):
            text = clean(after.block.text).replace("\n", " ").strip()
            if _SAYS_FAILED.match(_SENTENCE_END.split(text)[0]):
                return True
            continue
        if not isinstance(after.block, Code):
            return False
        info = after.block.info.split(" ")[0]
        # An "error" block (a lesson's "{: .error}") is what the command printed failing.
        return info == "error" or (
            info in _OUTPUT_INFOS and bool(_REJECTED_OUTPUT.search(after.block.text))
        )
    return False


# "How do you delete your Pod?": a clean-up step whose object is only the reader's own.
_YOUR_OBJECT = re.compile(
    r"^How do you (delete|remove|clean up|tear down|destroy|uninstall) your (\w+(?: \w+)?)\?$",
    re.IGNORECASE,
)
# `kubectl delete pod demo --namespace=x`: a clean-up that teaches no more than its verb.
_PLAIN_DELETE = re.compile(
    r"^kubectl\s+delete\s+[\w./-]+(?:\s+(?:[\w.-]+|(?:-n|--namespace)[\s=]\S+|--now|--wait=\w+))*$"
)


# "Apply the following RateLimit CR into the cluster:", "Create this HTTPRoute:": a
# lead-in whose object is the manifest below, named by its kind or only as a manifest.
_APPLY_BELOW = re.compile(
    r"^(?:(?:now|then|next|first|finally),?\s+)?(?:(?:you\s+)?(?:can|should|need\s+to|must)\s+)?"
    r"(?P<verb>apply|create|deploy|add)\s+(?:the\s+following|this|these)\s+"
    r"(?P<what>[\w`-]+(?:\s+[\w`-]+){0,2}?)"
    # Where it goes ("into the cluster", "to both clusters"): the reader's own.
    r"(?:\s+(?:into|to|in|on)\s+(?:the|your|both|all|each|every)\b[^:]*)?\s*:?$",
    re.IGNORECASE,
)
# Words that name only the form of what is applied, no kind.
_MANIFEST_WORDS = frozenset(
    {"manifest", "manifests", "yaml", "resource", "resources", "cr", "crs", "object", "objects"}
    | {"custom", "configuration", "definition", "spec", "file"}
)


def _applied_below(ctx: Context, index: int, sentence: str, commands: list[str]) -> str:
    """The step of a lead-in that only points at the manifest it applies ("Apply the
    following RateLimit CR:" over ``cat <<EOF | kubectl apply -f -`` and a RateLimit
    named ``ratelimit-path-sample``), asked of the object the manifest names and what
    the section does with it: "Deploying Path-Based Rate Limit Configuration: how do
    you apply the RateLimit `ratelimit-path-sample`?". "" when the lead-in says a kind
    the manifest does not make, or the manifest names no object."""
    found = _APPLY_BELOW.match(sentence.strip().rstrip(":.").strip())
    if found is None:
        return ""
    made, is_file = _here_doc_made(commands)
    if not made or is_file:
        return ""
    kinds = {_kind_key(kind) for kind in re.findall(r"the (\w+) `", made)}
    said = [w.strip("`") for w in found.group("what").split() if w.lower() not in _MANIFEST_WORDS]
    if said and not {_kind_key(w) for w in said} & kinds and _kind_key("".join(said)) not in kinds:
        return ""  # "Apply the following policy:" over a Deployment: not what it says
    verb = found.group("verb").lower()
    return _named_by_section(ctx, index, f"{STEP_FRONT}{verb} {made}?")


# "the previously created workload", "the workload you deployed earlier": a thing an
# earlier step made, named only by pointing back at it.
_MADE_BEFORE = re.compile(
    r"\bthe\s+(?:previously\s+(?:created|deployed|defined|installed|exposed)\s+"
    r"(?P<first>[\w-]+)|(?P<then>[\w-]+)\s+(?:(?:you|we)\s+(?:have\s+)?)?"
    r"(?:created|deployed|defined|installed)\s+(?:earlier|before|previously|above))\b",
    re.IGNORECASE,
)
# Keys of a manifest that point at another object by its name ("service: {name: …}",
# "targetRef", "backendRefs", "serviceName").
_REFERENCE_KEY = re.compile(r"service|target|backend|ref", re.IGNORECASE)


def _referenced_names(value: object, under: str = "") -> set[str]:
    """The names a manifest's spec points at through its reference keys."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            key = str(key)
            if _REFERENCE_KEY.search(under) and key == "name" and isinstance(inner, str):
                found.add(inner)
            elif _REFERENCE_KEY.search(key) and key.lower().endswith("name"):
                if isinstance(inner, str):
                    found.add(inner)
            else:
                found |= _referenced_names(inner, key if _REFERENCE_KEY.search(key) else under)
    elif isinstance(value, list):
        for inner in value:
            found |= _referenced_names(inner, under)
    return found


def _made_before_named(question: str, commands: list[str]) -> str:
    """A step's question pointing back at what an earlier step made ("How do you create
    an APIRule to expose the previously created workload?") naming it from the
    manifest the step applies, which refers to it by name (``service: {name:
    httpbin}``): "… to expose the `httpbin` workload?". The question as it was when the
    manifest names no one such object."""
    back = _MADE_BEFORE.search(question)
    if back is None or len(commands) != 1:
        return question
    first, _, body = commands[0].partition("\n")
    here = _HERE_DOC.search(first)
    if here is None or not _HERE_DOC_APPLIED.search(first):
        return question
    lines = body.splitlines()
    if lines and lines[-1].strip() == here.group(1):
        lines = lines[:-1]
    names: set[str] = set()
    for doc in load_documents(textwrap.dedent("\n".join(lines))):
        names |= _referenced_names(doc.get("spec"))
    if len(names) != 1:
        return question
    name = names.pop()
    if not re.fullmatch(r"[\w.:-]+", name):
        return question
    noun = back.group("first") or back.group("then")
    return f"{question[: back.start()]}the `{name}` {noun}{question[back.end() :]}"


def instructed_commands(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A tutorial's step: a shell block right after the sentence telling the reader
    what it does ("Add the chart repository", "Use `helm` to install the controller:"),
    or, after a sentence that only says "for example", the step heading above it
    ("Step 1 - Install Helm"): "How do you add the chart repository?" → the commands,
    without their output. A look at the output, a step on "the file" and a long
    script make no card."""
    block = ctx.items[index].block
    if not isinstance(block, Code) or not (_shell_block(block) or _here_doc_block(block)):
        return None
    if index == 0:
        # The page's first block: a cheat sheet's first task has its heading over it.
        return _heading_step_note(ctx, index, block) if _cheat_sheet_task(ctx, index) else None
    before = _lead_in_over(ctx, index)
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return _heading_step_note(ctx, index, block)
    if before.block.tab:
        # A content tab's name over its code ("npm"): the case, no step; the heading
        # names the step, asked with the tab's name.
        return _heading_step_note(ctx, index, block)
    text = clean(before.block.text).replace("\n", " ").strip()
    step = before.block.step
    sentences = _SENTENCE_END.split(text)
    # "Create a collection via the Collections API." alone over its command is a step
    # too; a paragraph of several sentences ending in "." is an explanation.
    lone_step = (
        len(sentences) == 1
        and text.endswith(".")
        and not text.endswith("..")
        # "Now index …", "Let's look for …", "To delete X, simply delete Y."
        and bool(_LONE_OPENER.match(text) or _run_to_question(ctx, text))
    )
    # "… explanation. To create a basic config map, see below." closing on its purpose
    # and a pointer at the block: that last sentence is the step.
    purpose = _TO_DO.match(sentences[-1].strip().rstrip(".:").strip())
    pointed = bool(purpose and _POINTS_BELOW.search(purpose.group("rest")))
    if text.endswith((".", "?", "!")) and not step and not lone_step and not pointed:
        return _heading_step_note(ctx, index, block)
    sentence = sentences[-1]
    if _TRAILING_THEN.search(sentence):
        return None  # "Make sure you are in X, and then:": the command's action is unsaid
    if says_where_only(sentence, _step_commands(block)):
        # "Exec in pod:" over ``talosctl rotate-ca …``: where to type it, not what it does.
        return _heading_step_note(ctx, index, block)
    words = _NUMBERED_STEP_WORDS if step else _STEP_WORDS
    question = _run_to_question(ctx, sentence) or _step_question(
        _RUN_BELOW.sub("", sentence), words
    )
    if not question:
        question = _applied_below(ctx, index, sentence, _step_commands(block))
    if lone_step and not question:
        return _heading_step_note(ctx, index, block)
    if lone_step and not step:
        if all(_KUBECTL_LOOK.match(c) for c in _step_commands(block)):
            return None  # "Now the server answers from any node." over a look
        question = _with_title(ctx, question)
    if len(sentences) > 1 and _PRECONDITION.match(sentence.strip()):
        # "Promote the rollout. Make sure you have installed the plugin.": the closing
        # sentence is what must hold first, not what the step does.
        question = ""
    if step and not question:
        # A numbered step says what it does in any of its sentences ("Use the go tool
        # to create a manifest." before "Run this:"): the last one that is an action.
        for other in reversed(_SENTENCE_END.split(text)[:-1]):
            if _PRECONDITION.match(other.strip()):
                continue
            question = _step_question(_RUN_BELOW.sub("", other), words)
            if question:
                break
    example = any(g in f" {sentence.lower()}" for g in (" for example", " e.g"))
    if not question and example and len(sentences) > 1 and _ONLY_EXAMPLE.match(sentence.strip()):
        # "You can fetch the details of a Pod. For example:": the block is the example
        # of the paragraph's own sentence, never of the heading above it.
        question = _step_question(_RUN_BELOW.sub("", sentences[-2]))
        example = False
    if not question and example:
        heading = ctx.nearest_heading(index)
        earlier = any(
            isinstance(item.block, Code) and item.headings == ctx.items[index].headings
            for item in ctx.items[:index]
        )
        if heading and not earlier:
            question = _step_question(_STEP_MARK.sub("", heading))
            # "For example, on MacOS:" says where the command is the answer.
            where = re.sub(r"^.*?(?:for example|e\.g\.?),?\s*", "", sentence, flags=re.I)
            where = where.rstrip(":").strip()
            if question and where and len(where.split()) <= 4:
                question = f"{question[:-1]} {where}?"
    question = _pointing_resolved(ctx, index, question)
    commands = _step_commands(block) + _fences_going_on(ctx, index, block)
    question = _made_before_named(question, commands)
    if not question or not commands or len(commands) > _MAX_STEP_COMMANDS:
        return None
    if _CLEAN_UP_STEP.match(question):
        return None
    # Named after the clean-up test, which reads the step's own words.
    question = _named_step(ctx, index, _named_by_here_doc(question, commands))
    if not question:
        return None
    question = _without_named_command(question, commands)
    if not question:
        return None
    if question.startswith(STEP_FRONT) and _subject_only_in_command(question, commands):
        # "… by describing one of the resources?" over ``kubectl describe
        # keptnworkloadinstances …``: the kind named as the page writes it, else the
        # section's heading says what the step is about.
        question = object_named(ctx, question, commands) or _named_by_section(ctx, index, question)
        if not question:
            return None
    return _step_note(ctx, index, question, commands, sentence)


# Fence tags of a file's own text (a configuration, a manifest), never commands.
_FILE_INFOS = frozenset(
    {"yaml", "yml", "json", "toml", "ini", "conf", "cfg", "properties", "xml", "hcl", "env"}
)
# "Create the config file:", "Add a ServiceMonitor:", "Save the policy as …": a step
# whose action writes the text fenced under it.
_WRITES_FILE = re.compile(
    r"^(?:create|write|add|save|define|make|put|prepare|set up)\b(?!\s+sure\b)", re.IGNORECASE
)


def file_step(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A numbered step that writes a file, its text fenced inside the item ("1. Create the
    config file:" over a YAML block): "How do you create the config file?" → the text, as
    a step over its commands is asked, with the page's title before it when the step
    names nothing. A text longer than a card's back (a whole manifest) makes none: the
    item's other words are about it."""
    block = ctx.items[index].block
    if not isinstance(block, Code) or index == 0:
        return None
    if block.info.split(" ")[0].lower() not in _FILE_INFOS or _here_doc_block(block):
        return None
    if any(doc.get("kind") == "Service" for doc in load_documents(block.text)):
        return None  # the manifest rule asks what its Service answers
    before = ctx.items[index - 1]
    if before.headings != ctx.items[index].headings:
        return None
    if not isinstance(before.block, Paragraph) or not before.block.step:
        return None
    text = clean(before.block.text).replace("\n", " ").strip()
    sentence = _SENTENCE_END.split(text)[-1].strip()
    if not sentence.endswith(":") or not _WRITES_FILE.match(sentence):
        return None
    body = block.text.strip("\n")
    if not body.strip() or body.count("\n") >= _HERE_DOC_LINES or len(body) > ANSWER_CHARS:
        return None
    question = _pointing_resolved(ctx, index, _step_question(_RUN_BELOW.sub("", sentence)))
    question = _named_step(ctx, index, question)
    if not question or _CLEAN_UP_STEP.match(question):
        return None
    question = _with_title(ctx, question)
    if not question:
        return None
    note = FactNote(
        id=f"{ctx.subplace(index)}/{slugify(question)}",
        type=NoteType.FACT,
        front=clean(question),
        back=body,
        tags=ctx.tags(index),
        origin=ctx.origin(index),
    )
    return (note,)


# Section headings that say where in a page one is, not what the section is about.
_PLACE_HEADINGS = frozenset({"demo", "example", "examples", "usage", "steps", "walkthrough"})


# Objects that are only a kind of stuff a step handles, no thing ("the data", "the
# configurations"): which data the words never say.
_VAGUE_OBJECTS = frozenset(
    {"data", "configuration", "configurations", "config", "configs", "settings", "changes"}
    | {"values", "files", "resources", "manifests", "objects", "things", "stuff", "code"}
)


def _named_step(ctx: Context, index: int, question: str) -> str:
    """A lead-in step's question naming the thing its object only points at ("Update
    the data with:" → "How do you update the data?" under "Manage Shared Data": "Manage
    Shared Data: how do you update the data?"), when the object is only a kind of stuff
    ("the data", "the configurations"); "" when the section's heading names nothing
    either ("Demo"), so no card asks of "the data" alone."""
    if not question or not _GENERIC_STEP.match(question):
        return question
    if question.rstrip("?").rsplit(" ", 1)[-1].lower() not in _VAGUE_OBJECTS:
        return question  # "the kubelet", "the seedlings": a thing the step names
    qualified = _qualified_step(ctx, index, question)
    if qualified == question:
        section = _STEP_MARK.sub("", clean_heading(ctx.nearest_heading(index)), count=1)
        if section and slugify(section) in slugify(question):
            return question  # "Create the ConfigMap" under "ConfigMap": named already
        return ""
    section = qualified.split(": ", 1)[0]
    if section.lower() in _PLACE_HEADINGS | _GENERIC_TITLES:
        return ""
    return qualified


def _fences_going_on(ctx: Context, index: int, block: Code) -> list[str]:
    """The commands of the fences right after a step's own, with no words between, in
    the same language and running the same program ("curl https://foo…" and its output,
    then "curl https://bar…" and its output): one step's commands, all on its card. A
    fence running another program ("openssl req …" then a Secret piped to ``kubectl
    apply``) is a step of its own the lead-in does not name."""
    programs = {c.split(maxsplit=1)[0] for c in _step_commands(block) if c.strip()}
    more: list[str] = []
    for item in ctx.items[index + 1 :]:
        if (
            item.headings != ctx.items[index].headings
            or not isinstance(item.block, Code)
            or item.block.info != block.info
        ):
            break
        commands = _step_commands(item.block)
        if not commands or any(
            not c.strip() or c.split(maxsplit=1)[0] not in programs for c in commands
        ):
            break
        more.extend(commands)
    return more


def _without_named_command(question: str, commands: list[str]) -> str:
    """A step's front that does not hold its one command: "… with `kubectl expose`?" over
    ``kubectl expose deployment/web`` (the back adds only the example's names, no flag)
    drops the tool ("How do you create a Service for your replicas?"); "" when the tool
    is still named elsewhere on the front (a section title "Using `kubectl describe
    pod` …: how do you …?"), where the card would ask what it tells."""
    if len(commands) != 1:
        return question
    command = " ".join(commands[0].split())
    for named in re.findall(r"`([^`]+)`", question):
        tool = " ".join(named.split())
        if len(tool.split()) < 2 or not command.startswith(tool):
            continue
        rest = command[len(tool) :].split()
        if any(word.startswith("-") or any(c in word for c in "|=<>$") for word in rest):
            continue  # the flags are what the back teaches past the tool
        spoken = re.escape(f"`{named}`")
        question = re.sub(
            rf"\s+(?:with|using|via|through|by using)\s+{spoken}(?=\?$)", "", question
        )
        if f"`{named}`" in question:
            return ""
    return question


def _lead_in_over(ctx: Context, index: int) -> Located:
    """The block a step's lead-in sits in, right above the code at ``index``: past one
    note, caution or warning set between a lead-in ending in ":" and its commands ("Add
    user details:", a caution about passwords, the block), which says something beside
    the step and never breaks it from its commands (the note keeps its own card)."""
    before = ctx.items[index - 1]
    if not isinstance(before.block, Callout | Quote) or index < 2:
        return before
    lead = ctx.items[index - 2]
    # (A numbered step's paragraph, a quoted note and its commands are one step: the
    # note is inside the item.)
    if (
        lead.headings == before.headings
        and isinstance(lead.block, Paragraph)
        and (clean(lead.block.text).rstrip().endswith(":") or lead.block.step)
        and (isinstance(before.block, Callout) or lead.block.step)
    ):
        return lead
    return before


# "Make sure you have installed the plugin.", "Ensure that …": what must hold before a
# step, not the step.
_PRECONDITION = re.compile(r"^(?:make sure|ensure|be sure|please make sure)\b", re.IGNORECASE)
# "… like this?", "… as follows?", "… in your namespace with?": the words point at the
# block below, which is the back.
_AT_THE_CODE = re.compile(
    r"\s+(?:like this|like so|as follows|as shown(?: below)?|(?:in )?this way|with|using|"
    r"by (?:running|typing|using))(?=\?$)",
    re.IGNORECASE,
)
# "for that ServiceAccount", "How do you update those Pods": a determiner after a
# preposition or the asked verb points at a thing the text before named; "a route that
# sends …" (a relative clause) and "that the …" (a clause) do not.
_POINTED_THING = re.compile(
    r"(?:\b(?:for|to|with|from|in|on|of|into|at|by|about|under|over|using)\s+|"
    r"\bhow do you \w+\s+)(this|that|these|those)\s+"
    r"(?!(?:the|a|an|is|are|was|were|it|you|we|they|way)\b)([A-Za-z][\w-]*)",
    re.IGNORECASE,
)
# "a service account named "build-robot"", "the Pod called `web`": the name the text
# before gave a thing, and the words naming its kind.
_NAMED_BEFORE = re.compile(
    r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?:named|called)\s+[\"'`]([\w.:/-]+)[\"'`]"
)
# "achieve the same outcome by …": the outcome is the step before's.
_SAME_OUTCOME = re.compile(
    r"\b(?:achieve|get|do|accomplish|reach|produce)\s+the\s+same\s+"
    r"(?:outcome|result|effect|thing|change)\b",
    re.IGNORECASE,
)
_STILL_POINTING = re.compile(
    r"\bthe same\b(?!\s+\w+(?:\s+\w+)?\s+as\b)|\bsuch\b(?!\s+as\b)|\blike this\b|\bas above\b|"
    + _POINTED_THING.pattern,
    re.IGNORECASE,
)


def _kind_key(words: str) -> str:
    """ "service account", "ServiceAccounts" → "serviceaccount": a kind's name however
    it is spelled."""
    return re.sub(r"[\s-]+", "", words).lower().removesuffix("s")


def _named_thing(kind: str, above: str) -> str:
    """The one name the text ``above`` gave a thing of ``kind`` ("that ServiceAccount"
    ← "a service account named "build-robot""); "" when none or several."""
    names = {
        name
        for words, name in _NAMED_BEFORE.findall(above)
        if _kind_key(kind) in {_kind_key(words), _kind_key(words.split()[-1])}
    }
    return names.pop() if len(names) == 1 else ""


def _pointing_resolved(ctx: Context, index: int, question: str) -> str:
    """A step's question whose lead-in points back at what the text before said, made
    to stand alone: "… objects like this?" loses the words that point at the block (the
    back); "… for that ServiceAccount …" names it from the sentence before ("named
    "build-robot""); "achieve the same outcome by …" takes the step before's action;
    else the section's heading says what it is about; "" when nothing does."""
    if not question:
        return ""
    question = _AT_THE_CODE.sub("", question)
    if not _STILL_POINTING.search(question):
        return question
    above = ""
    for earlier in range(index - 2, max(index - 5, -1), -1):
        if ctx.items[earlier].headings != ctx.items[index].headings:
            break
        said = ctx.items[earlier].block
        if isinstance(said, Paragraph):
            above = clean(said.text)
            break
    thing = _POINTED_THING.search(question)
    name = _named_thing(thing.group(2), above) if thing else ""
    if thing and name:
        question = (
            f"{question[: thing.start(1)]}the {thing.group(2)} `{name}`{question[thing.end() :]}"
        )
    same = _SAME_OUTCOME.search(question)
    if same:
        action = _earlier_step_action(ctx, index)
        if action:
            question = f"{question[: same.start()]}{action}{question[same.end() :]}"
    if not _STILL_POINTING.search(question):
        return question
    heading = _STEP_MARK.sub("", ctx.nearest_heading(index)).strip()
    if not heading or _STILL_POINTING.search(heading):
        return ""
    asked = question.removeprefix(f"{ctx.title}: ") if ctx.title else question
    return f"{heading}: {asked[:1].lower()}{asked[1:]}"


def _earlier_step_action(ctx: Context, index: int) -> str:
    """What the step before the one at ``index`` (the shell block before it in its
    section) does, as its card asks it ("add image pull secret to service account"); ""
    when it makes no card."""
    for earlier in range(index - 1, -1, -1):
        if ctx.items[earlier].headings != ctx.items[index].headings:
            return ""
        if isinstance(ctx.items[earlier].block, Code):
            made = instructed_commands(ctx, earlier)
            if not made or not isinstance(made[0], FactNote):
                return ""
            asked = made[0].front
            at = asked.lower().find(STEP_FRONT.lower())
            if at < 0 or not asked.endswith("?"):
                return ""
            return asked[at + len(STEP_FRONT) : -1]
    return ""


# "How do you open a new file called `notes.yml`?", "How do you create a Pod named `demo`
# as an example?": a step whose only object is a name the tutorial makes up for its own
# walk-through; the card would teach the invented name and an arbitrary editor or kind.
# A file is always the reader's own; another kind only when the page says it is an
# example (a "namespace called `prod`" may be the point of the step).
_NAMED_OBJECT = r"(?:a |an |the )?(?:new |empty |blank |simple |sample |test |demo |dummy )*"
_INVENTED_NAME = re.compile(
    r"^how do you (?:open|create|make|edit|write|start|add) "
    + _NAMED_OBJECT
    + r"(?:[\w-]+ )?(?:file|directory|folder|script|notebook) (?:called|named) "
    r"[`'\"]?[\w./-]+[`'\"]?\?$"
    r"|^how do you (?:create|make|run|start|deploy|launch|add) "
    + _NAMED_OBJECT
    + r"[\w-]+(?: [\w-]+)? (?:called|named) [`'\"]?[\w./:-]+[`'\"]?,? (?:as an example|"
    r"for (?:this|the|an|our) (?:example|demo|demonstration|tutorial|guide|exercise|lesson))\?$",
    re.IGNORECASE,
)


# `export DOMAIN=mycompany.com`: a step that only sets shell variables.
_EXPORT = re.compile(r"^export\s+([A-Za-z_]\w*)=")
_ENVIRONMENT_STEP = re.compile(r"\benvironment variables?\b|\benv vars?\b", re.IGNORECASE)


def _page_shorthand(ctx: Context, index: int, question: str, typed: list[str]) -> bool:
    """Whether a step only exports variables of the page's own making: the step asks of
    "environment variables" without naming one ("How do you set up environment
    variables?" over `export PROJECT_ID=…`), or the page's other commands and prose read
    them (`foo.$DOMAIN`) and the step types their values (`export DOMAIN=mycompany.com`,
    not `$(kubectl get …)`, which teaches how to find one). The values are the reader's
    own (a project, a domain); the names are the tutorial's shorthand. A variable the
    question names ("How do you set the `KUBECONFIG` environment variable?") or no other
    part of the page reads (`export KUBE_EDITOR=nano` for `kubectl edit`) is knowledge
    of a tool and stays."""
    exported = [_EXPORT.match(c.strip()) for c in typed if c.strip()]
    if not exported or not all(exported):
        return False
    names = {m.group(1) for m in exported if m}
    if any(re.search(rf"\b{re.escape(n)}\b", question) for n in names):
        return False
    if _ENVIRONMENT_STEP.search(question):
        return True
    if any("$(" in c or "`" in c for c in typed):
        return False  # a value the step computes (`$(kubectl get … -o jsonpath=…)`) teaches
    read = re.compile(r"\$\{?(" + "|".join(map(re.escape, sorted(names))) + r")\b")
    found = {
        name
        for item in ctx.items
        if item is not ctx.items[index]
        for name in read.findall(_block_text(item.block))
    }
    return found == names


def _step_note(
    ctx: Context, index: int, question: str, commands: list[str], sentence: str
) -> tuple[Note, ...] | None:
    """The card of a step asked as ``question`` over ``commands``, unless the commands
    only apply or show a file, the page shows them failing, or they only delete the
    reader's own object; ``sentence`` is the lead-in the step was read from ("" for a
    heading)."""
    typed = [_SHELL_PROMPT.sub("", c, count=1) for c in commands]
    if sentence and all(c.strip() and c.strip() in sentence for c in typed):
        # "Then run `nslookup my-nginx`:" over the session that types it: the sentence
        # already says the command; the block only shows what it printed.
        return None
    if all(_APPLIES_A_FILE.match(c) or _SHOWS_A_FILE.match(c) for c in commands):
        return None  # what the step makes is in the file, not in a command worth a card
    if _long_here_doc(commands, question):
        return ()  # the document's words about the file or manifest make its cards
    if _shown_failing(ctx, index, commands):
        return ()  # the page shows it rejected: not how to do what the step says
    if _housekeeping(question, commands) or page_scaffolding(ctx, question, commands):
        return ()  # fetching, entering, opening or removing the walkthrough's own things
    if _YOUR_OBJECT.match(question) and all(_PLAIN_DELETE.match(c) for c in typed):
        # "Delete your Pod:" / `kubectl delete pod x`: nothing past the verb to learn. (A
        # clean-up by another tool keeps its card: the same step repeated with only its
        # names changed stays one card, asked as the reader's own object.)
        return ()
    asked = question.removeprefix(f"{ctx.title}: ") if ctx.title else question
    if _INVENTED_NAME.match(asked.rsplit(": ", 1)[-1]):
        return ()
    if _page_shorthand(ctx, index, question, typed):
        return ()
    if not _names(asked) and _on_question_card(ctx, index, commands):
        # "How do I use X?" answered by its steps: the question's card shows this step's
        # commands; a card of the step alone ("How do you create a new application?")
        # would ask it without its subject. A step naming its own ("How do you create
        # a ConfigMap?") stands alone.
        return ()
    question = with_program(question, typed, "`{}`")
    variant = _variant_label(ctx, index)
    if variant and variant.lower() not in question.lower():  # "Apply from stdin" asks it
        question = f"{variant}: {question[:1].lower()}{question[1:]}"
    back = "\n".join(commands)  # commands as typed: a manifest keeps its indentation
    going_on = _sentence_going_on(ctx, index, sentence, len(back), question)
    note = FactNote(
        id=f"{ctx.subplace(index)}/{slugify(question)}",
        type=NoteType.FACT,
        front=clean(question),
        back=f"{back}\n{going_on}" if going_on else back,
        tags=ctx.tags(index),
        origin=ctx.origin(index),
    )
    return (note,)


def _page_of_program(ctx: Context, index: int, program: str) -> bool:
    """Whether a cheat sheet's task at ``index`` is one of a page of ``program``'s: a
    heading above it names the program as typed or as a product ("## OpenSSL Common
    Commands" over ``openssl …``), or, with no such heading, every task of the page runs
    it. A page with no H1 says what it teaches there, or only in its commands."""
    if not _cheat_sheet_task(ctx, index):
        return False
    named = re.compile(rf"(?<![\w-]){re.escape(program)}(?![\w-])", re.IGNORECASE)
    if any(named.search(h.text) for h in ctx.items[index].headings[:-1]):
        return True
    ran = {
        _program(c)
        for at, item in enumerate(ctx.items)
        if isinstance(item.block, Code) and _task_section_code(ctx, at)
        for c in _step_commands(item.block)
        if c.strip()
    }
    return ran == {program}


# A paragraph going on with the sentence its code broke ("To list all events you can
# use" / the command / "but remember that events are namespaced …"): the caveat is the
# rest of the answer.
_GOES_ON = re.compile(r"^(?:but|however|note that|remember|though)\b", re.IGNORECASE)


def _sentence_going_on(
    ctx: Context, index: int, sentence: str, size: int, question: str = ""
) -> str:
    """The paragraph right after a step's code that finishes the lead-in sentence the code
    broke (the lead-in stops without a sentence end; the paragraph opens on "but",
    "however", "note that" or "remember"), with the code that paragraph in turn
    announces (ending in ":"), while all fits on a card; "" for any other shape. The
    sentence right after that code which says how to reach everything the ``question``
    asks for ("list all events" / "To see events from all namespaces, use …") goes on
    the back too, when it fits."""
    if not sentence or sentence.rstrip().endswith((".", ":", "!", "?", ",")):
        return ""
    after = ctx.items[index + 1 : index + 4]
    if not after or after[0].headings != ctx.items[index].headings:
        return ""
    first = after[0].block
    if not isinstance(first, Paragraph) or not _GOES_ON.match(first.text.strip()):
        return ""
    said = clean(first.text).replace("\n", " ").strip()
    said = said[:1].upper() + said[1:]
    if said.endswith(":"):
        shown = after[1].block if len(after) > 1 else None
        if not isinstance(shown, Code) or after[1].headings != after[0].headings:
            return ""  # the code it announces is not there: the caveat alone stops short
        commands = _step_commands(shown)
        if not commands:
            return ""
        said = f"{said}\n" + "\n".join(commands)
        if len(after) > 2 and after[2].headings == after[0].headings:
            whole = _whole_reach(question, after[2].block)
            if whole and size + len(said) + len(whole) < ANSWER_CHARS:
                said = f"{said}\n{whole}"
    return said if size + len(said) <= ANSWER_CHARS else ""


# The words by which a question asks for everything ("list all events", "every node",
# "from all namespaces"): a narrowed answer ("… --namespace=x") is not yet all of it.
_WHOLE_WORD = re.compile(r"\b(?:all|every|everything|each)\b", re.IGNORECASE)
# A sentence telling how to reach that whole: "To see events from all namespaces, you can
# use the `--all-namespaces` argument.", "Add `-A` to list every …".
_WHOLE_REACHED = re.compile(
    r"^(?:to \w+|for|with|add|pass|use|run)\b[^.!?]*\b(?:all|every|everything|each)\b",
    re.IGNORECASE,
)


def _whole_reach(question: str, block: object) -> str:
    """The first sentence of ``block`` (a paragraph) that tells how to reach everything a
    ``question`` asking for "all"/"every" thing wants, naming what to use in code
    ("To see events from all namespaces, use `--all-namespaces`."); "" when the question
    asks for no whole or the paragraph does not say it so."""
    if not _WHOLE_WORD.search(question) or not isinstance(block, Paragraph):
        return ""
    text = clean(block.text).replace("\n", " ").strip()
    for said in _SENTENCE_END.split(text):
        if _WHOLE_REACHED.match(said) and "`" in said:
            return said.strip()
    return ""


def _run_to_question(ctx: Context, sentence: str) -> str:
    """ "If you are running minikube, run the following command to enable metrics-server"
    → "If you are running minikube, how do you enable metrics-server?"; "To delete a
    cluster, simply delete its resource" → "How do you delete a cluster?"; "" for a
    sentence of another shape or whose purpose is no action."""
    text = sentence.strip().rstrip(":.").strip()
    purpose = _TO_DO.match(text)
    rest = purpose.group("rest") if purpose else ""
    if purpose and (
        rest.split(" ", 1)[0].lower() in _ACTION_VERBS | {"run"} or _SEE_BELOW.match(rest)
    ):
        # "To quickly generate secrets, use …": the manner is no part of the task.
        action = _MANNER.sub("", purpose.group("action"))
        words = action.lower().split()
        if words[0] in _BROAD_STEPS or words[-1] in {"started", "going"}:
            return ""  # "To test your system, run:", "To get started, …": no one task
        return _with_title(ctx, _step_question(action))
    found = _RUN_TO.match(text)
    if not found:
        # "To set nano as the editor for `kubectl edit`" right over its command: the
        # purpose alone is the step.
        alone = _TO_ALONE.match(text)
        return _with_title(ctx, _step_question(alone.group(1))) if alone else ""
    question = _step_question(found.group("action"))
    condition = (found.group("condition") or "").strip().rstrip(",").strip()
    if not question or not condition:
        return question
    return f"{condition[:1].upper()}{condition[1:]}, how do you{question[len('How do you') :]}"


def _heading_step(ctx: Context, index: int) -> str:
    """The step a section's heading names ("## Scale from 3 to 5 nodes", "### Step 2:
    Create the deployment") when the shell block at ``index`` is the only code of its
    section (or of its content tab), so that the heading can only mean it: "How do you
    scale from 3 to 5 nodes?", with the page's title before it when the step names
    nothing ("Solr on a laptop: how do you …?"); "" when the heading is no action."""
    headings = ctx.items[index].headings
    if not headings:
        return ""
    for earlier in range(index - 1, -1, -1):
        if ctx.items[earlier].headings != headings:
            break
        earlier_block = ctx.items[earlier].block
        if isinstance(earlier_block, Paragraph) and earlier_block.tab:
            break  # the code above is another tab's: each tab's first code is the step
        if isinstance(earlier_block, Code):
            return ""  # a later block of the section: the heading names its first step
    heading = _STEP_MARK.sub("", ctx.nearest_heading(index))
    words = heading.lower().split()
    if not words or words[0] in _BROAD_STEPS or words[-1] in _TOPIC_NOUNS:
        return ""
    question = _step_question(heading)
    if _cheat_sheet_task(ctx, index):
        block = ctx.items[index].block
        assert isinstance(block, Code)
        ran = {_program(c) for c in _step_commands(block) if c.strip()}
        if len(ran) == 1 and _page_of_program(ctx, index, ran.pop()):
            # Asked "with <program>" (see with_program): it names one, and the
            # heading's title-case capitals can go.
            return _task_question(heading, question)
        # No program to name: the heading as written (its capitals may name the task).
        question = _task_question(heading, question, lower=False)
    return _with_title(ctx, question)


_TASK_WORDS = 10  # a task heading is a short phrase; a longer one is a sentence or a title
_TASK_SIBLINGS = 3  # task sections side by side that make a page of tasks


def _task_section_code(ctx: Context, at: int) -> bool:
    """Whether the item at ``at`` is a shell block opening its section: a task heading
    right over the command that does it (an "e.g." and a filled-in example may follow)."""
    item = ctx.items[at]
    if not isinstance(item.block, Code) or not _shell_block(item.block) or not item.headings:
        return False
    return not (at and ctx.items[at - 1].headings == item.headings)


def _cheat_sheet_task(ctx: Context, index: int) -> bool:
    """Whether the shell block at ``index`` is one task of a cheat sheet: its heading is
    over it alone, as are the headings of at least :data:`_TASK_SIBLINGS` sections of the
    same level under the same parent, two and a quarter of them or more opening on a verb
    the rules know ("Generate a new key", "Verify a CRT"; "Sign CSR with root CA", "Read a
    CSR" are tasks beside them). On such a page every
    heading names the task its command does, whatever its verb."""
    if not _task_section_code(ctx, index):
        return False
    own = ctx.items[index].headings
    parent, level = own[:-1], own[-1].level
    tasks = [
        item.headings[-1].text
        for at, item in enumerate(ctx.items)
        if item.headings
        and item.headings[:-1] == parent
        and item.headings[-1].level == level
        and _task_section_code(ctx, at)
    ]
    acting = sum(
        1 for t in tasks if _STEP_MARK.sub("", t).split(" ", 1)[0].lower() in _ACTION_VERBS
    )
    return len(tasks) >= _TASK_SIBLINGS and acting >= 2 and 4 * acting >= len(tasks)


# The words a title-cased heading leaves lower-case ("Generate a New CSR from Existing Key").
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "from", "with", "into", "by"}
)
# "Client-side SSL", "myssl.cnf", "v2 API": a first word that cannot be a verb.
_NO_VERB_WORD = re.compile(r"^[A-Za-z][a-z]+$")
_NOT_VERBS = frozenset({"a", "an", "the", "how", "what", "why", "when", "about", "more", "other"})


def _task_question(heading: str, question: str, *, lower: bool = True) -> str:
    """A cheat sheet's task heading as its question: "Sign CSR with ROOT CA" → "How do
    you sign CSR with ROOT CA?", "Signing files" → "How do you sign files?", "Generate a
    New Key" → "How do you generate a new key?" (a title-cased heading's capitals are
    its style, not names: words of a capital and lower-case letters go lower-case;
    acronyms stay). ``question`` is what the step rules already read, kept when they read
    one; "" when the heading opens on no word a verb could be. ``lower=False`` keeps the
    heading's capitals (no program will name the task: they may)."""
    text = " ".join(clean(heading).split()).rstrip(":.").strip()
    words = text.split(" ")
    if len(words) > _TASK_WORDS:
        return question
    titled = len(words) > 2 and all(
        w[:1].isupper() or not w[:1].isalpha() or w in _SMALL_WORDS for w in words
    )
    # "Heredoc Docker Container": after a word the rules do not know as a verb, capitalised
    # words read as a name of a thing, not an object acted on ("Sign CSR with ROOT CA",
    # "Read a CSR" act on an acronym, an article).
    named = (
        titled
        and words[1].lower() not in _SMALL_WORDS
        and any(_NO_VERB_WORD.match(w) and w[:1].isupper() for w in words[1:])
    )
    if titled and lower:
        words = [words[0]] + [w.lower() if _NO_VERB_WORD.match(w) else w for w in words[1:]]
    if question:
        return _step_question(" ".join(words)) or question
    if len(words) < 2 or named or noun_compound(text) or not _NO_VERB_WORD.match(words[0]):
        return ""
    first = words[0].lower()
    if first in _NOT_VERBS:
        return ""
    verb = gerund_verb(first) or first
    return f"{STEP_FRONT}{verb} {' '.join(words[1:])}?"


# Heading verbs that name a topic, not the one step under them ("Use the plugin",
# "Test the route", "Clean up": the block under them is one example of many).
_BROAD_STEPS = frozenset({"use", "test", "clean", "cleanup", "try", "explore", "learn", "reach"})
# "Build Context Issues": a heading whose last word is a kind of advice names a topic.
_TOPIC_NOUNS = frozenset(
    {"issues", "problems", "errors", "pitfalls", "tips", "mistakes", "notes", "basics"}
)
# "see below", "see the following": the command under the sentence is what to do.
_SEE_BELOW = re.compile(r"^see\s+(?:below|the following)\W*$", re.IGNORECASE)
_POINTS_BELOW = re.compile(r"\b(?:below|the following|as follows)\W*$", re.IGNORECASE)
# "quickly", "easily": how the task is done, not the task.
_MANNER = re.compile(r"^\w+ly\s+(?=\w)", re.IGNORECASE)
# "To set nano as the editor": a purpose with nothing after it.
_TO_ALONE = re.compile(r"^to\s+(\w[^,]*)$", re.IGNORECASE)
# "To delete a cluster, simply delete its resource": the purpose first, then what to do.
_TO_DO = re.compile(r"^to\s+(?P<action>\w[^,]*?),\s*(?:simply\s+|just\s+)?(?P<rest>\w.*)$", re.I)
# A narrator's step ending in "." ("Now index some documents …", "Let's look for …"); a
# statement of what the reader can do ("At this point you can reach …") is none.
_LONE_OPENER = re.compile(
    r"^(?:now|next|then|first|finally|let'?s|let us)\b(?!.*\b(?:can|will)\b)", re.I
)
_KUBECTL_LOOK = re.compile(r"^kubectl\s+(?:get|describe|logs|top)\b")
# Commands that only look (`kubectl get pods …`, a request): what they print is the point.
_LOOK_COMMAND = re.compile(r"^(?:kubectl\s+(?:get|describe|logs|top)\b|curl\b|wget\b|cat\b)")


# A task heading's verbs whose task is to look something up: a look command does it.
_LOOKUP_VERBS = frozenset({"get", "find", "show", "retrieve", "print", "display"})


def _lookup_task(ctx: Context, index: int) -> str:
    """ "How do you get the OpenCost version?" for a section headed "Getting the OpenCost
    version" (or "Get …", "Finding …") over the look command at ``index``, the section's
    first code; "" for any other heading."""
    if not _heading_step_position(ctx, index):
        return ""
    heading = " ".join(clean(_STEP_MARK.sub("", ctx.nearest_heading(index))).split())
    first, _, rest = heading.rstrip(":.").partition(" ")
    verb = first.lower() if first.lower() in _LOOKUP_VERBS else gerund_verb(first)
    if verb not in _LOOKUP_VERBS or not rest or len(heading.split()) > _TASK_WORDS:
        return ""
    return _with_title(ctx, f"{STEP_FRONT}{verb} {rest}?")


def _heading_step_position(ctx: Context, index: int) -> bool:
    """Whether the code at ``index`` is the first code of its section."""
    headings = ctx.items[index].headings
    if not headings:
        return False
    for earlier in range(index - 1, -1, -1):
        if ctx.items[earlier].headings != headings:
            break
        if isinstance(ctx.items[earlier].block, Code):
            return False
    return True


def _heading_step_note(ctx: Context, index: int, block: Code) -> tuple[Note, ...] | None:
    """The card of the step a section's heading names over its only shell block, when
    the paragraph before the block introduces no step of its own."""
    commands = _step_commands(block)
    if not commands or len(commands) > _HEADING_STEP_COMMANDS:
        return None
    if all(_LOOK_COMMAND.match(c) for c in commands):
        # A look at what the step did; a heading whose task is to look a value up
        # ("Getting the X version", "Find the Pod's IP") is answered by the look.
        question = _lookup_task(ctx, index)
        return _step_note(ctx, index, question, commands, "") if question else None
    question = _named_by_here_doc(_heading_step(ctx, index), commands)
    return _step_note(ctx, index, question, commands, "") if question else None


# "You should receive an `HTTP/1.1 401 Unauthorized` response.": the status the text says
# a request gets (a status code of three digits, with its reason phrase when written).
_EXPECTED = re.compile(
    r"\b(?:should|will|would)\s+(?:now\s+)?(?:receive|get|see|return)\b|\breturns?\b",
    re.IGNORECASE,
)
_HTTP_STATUS = re.compile(r"(?:HTTP/[\d.]+\s+)?\b[1-5]\d\d\b(?:\s+(?:[A-Z][A-Za-z-]*|OK)){0,3}")
_REQUEST_TOOLS = frozenset({"curl", "wget", "http", "https"})
# A lead-in that says what the reader does ("Send a request …"), not what is ("This …").
_NOT_A_STEP = re.compile(r"^(?:you|the|this|that|these|it|we|a|an|if|when|now)\b", re.I)


def expected_response(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A tutorial's check: a sentence saying what to send ("Send a request without the
    `apikey` header."), the one request that sends it, and a paragraph stating the status
    it gets ("You should receive an `HTTP/1.1 401 Unauthorized` response."): "<section>:
    what response do you get when you send a request without the `apikey` header?" → the
    status. A request with no stated status, or a step that is not an action, makes none."""
    block = _shell_code_at(ctx, index)
    if block is None:
        return None
    if index == 0 or index + 1 >= len(ctx.items):
        return None
    commands = _step_commands(block)
    if len(commands) != 1 or commands[0].split(" ")[0] not in _REQUEST_TOOLS:
        return None
    before, after = ctx.items[index - 1], ctx.items[index + 1]
    headings = ctx.items[index].headings
    if before.headings != headings or after.headings != headings:
        return None
    if not isinstance(before.block, Paragraph) or not isinstance(after.block, Paragraph):
        return None
    lead = _SENTENCE_END.split(clean(before.block.text).replace("\n", " ").strip())[-1]
    lead = lead.rstrip(".:").strip()
    if not lead or _NOT_A_STEP.match(lead) or lead.endswith("?"):
        return None
    status = ""
    for sentence in _SENTENCE_END.split(after.block.text.replace("\n", " ")):
        if _EXPECTED.search(sentence):
            spans = [c for c in re.findall(r"`([^`]+)`", sentence) if _HTTP_STATUS.search(c)]
            found = _HTTP_STATUS.search(sentence)
            status = spans[0] if spans else (found.group(0) if found else "")
            if status:
                break
    if not status:
        return None
    section = ctx.section_name(index)
    if ctx.title and "›" not in section and ctx.title.casefold() not in section.casefold():
        section = f"{ctx.title} › {section}" if section else ctx.title  # "Verify" alone
    question = f"what response do you get when you {lead[:1].lower()}{lead[1:]}?"
    question = f"{section}: {question}" if section else question[:1].upper() + question[1:]
    note = FactNote(
        id=f"{ctx.subplace(index)}/{slugify(lead)}",
        type=NoteType.FACT,
        front=clean(question),
        back=clean(status.strip()),
        tags=ctx.tags(index),
        origin=ctx.origin(index),
    )
    return (note,)


# What the instruction after a purpose must hold to be recalled: a verb and a name in
# code (the key, flag or value to use: "use `workflowMetadata`"), within a card's size.
_INSTRUCTION_WORDS = 2
_INSTRUCTION_CHARS = 300
_KIND_TITLE = re.compile(r"\s*\([^()]*\)\s*$")  # "FAQ (Frequently Asked Questions)"
_PURPOSE_WORDS = 14  # as _step_question's: a longer purpose wanders
# An instruction leaning on a block around it ("Add the following resource
# customization …", "… as shown above"): half of it is elsewhere.
_POINTS_AROUND = re.compile(r"\b(?:the following|below|above|as follows)\b", re.IGNORECASE)
# A purpose naming what the sentence before said ("To do so", "To achieve this").
_SAID_BEFORE = re.compile(
    r"^(?:do|achieve|accomplish|enable|fix|avoid)\s+(?:so|this|that|it)$", re.I
)


def purpose_instruction(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A task said in one sentence of prose: "To exclude a combination from the matrix,
    add it to the `adjustments` key and set `skip: true`:" → "How do you exclude a
    combination from the matrix?" → "Add it to the `adjustments` key and set `skip:
    true`." The instruction is the answer whatever follows (a YAML snippet showing it is
    an example, no step to recall), so it must name what to use in code. None when the
    instruction only points at the block below ("…, run the following command:"), when
    a shell block right after the sentence is the step's own answer (the step rules ask
    it), or when the purpose names no task ("To do that", "To get started")."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph):
        return None
    text = clean(block.text).replace("\n", " ").strip()
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    following = ctx.items[index + 1] if index + 1 < len(ctx.items) else None
    for number, sentence in enumerate(sentences):
        said = sentence.rstrip(":.").strip()
        purpose = _TO_DO.match(said)
        if purpose is None:
            continue
        rest = purpose.group("rest")
        verb = rest.split(" ", 1)[0].lower()
        if verb not in _ACTION_VERBS | {"set", "use", "pass", "specify", "define", "indent"}:
            continue
        if _POINTS_AROUND.search(rest) or not _CODE_SPAN.search(rest):
            continue
        if len(rest.split()) < _INSTRUCTION_WORDS or len(rest) > _INSTRUCTION_CHARS:
            continue
        last = number == len(sentences) - 1
        if (
            last
            and following is not None
            and following.headings == ctx.items[index].headings
            and isinstance(following.block, Code)
            and (_shell_block(following.block) or _here_doc_block(following.block))
        ):
            return None  # the commands below answer the step (instructed_commands)
        question = _purpose_question(ctx, purpose.group("action"))
        if not question:
            continue
        back = f"{rest[:1].upper()}{rest[1:]}."
        return (
            FactNote(
                id=f"{ctx.subplace(index)}/{slugify(purpose.group('action'))}",
                type=NoteType.FACT,
                front=clean(question),
                back=clean(back),
                tags=ctx.tags(index),
                origin=ctx.origin(index),
            ),
        )
    return None


def _purpose_question(ctx: Context, action: str) -> str:
    """ "exclude a combination from the matrix" (from "To exclude …,") → "How do you
    exclude a combination from the matrix?": after "to" the first word is the verb,
    whatever it is; "" for a broad purpose ("test your system", "get started"), one
    acting on what is at hand ("do that") or the lesson's own situation."""
    action = _MANNER.sub("", action.strip())
    words = action.lower().split()
    if len(words) < 2 or len(words) > _PURPOSE_WORDS:
        return ""
    if words[0] in _BROAD_STEPS or words[-1] in {"started", "going"}:
        return ""
    if _SAID_BEFORE.match(action) or _points_at_work(action) or _LESSON_SELF.search(action):
        return ""
    question = f"{STEP_FRONT}{action}?"
    titled = _with_title(ctx, question)
    if titled != question and _KIND_TITLE.sub("", ctx.title).strip().lower() in _GENERIC_TITLES:
        return ""  # "FAQ (Frequently Asked Questions): how do you switch back …?" names nothing
    return titled
