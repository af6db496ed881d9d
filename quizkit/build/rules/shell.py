"""Shell examples: a block whose ``# comment`` says what the commands under it do,
and the commands each explained by the comment beside them (:data:`STEP_FRONT`)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from quizkit.build.markdown import Code
from quizkit.build.text import clean, clean_heading, folded, slugify
from quizkit.notes import FactNote, Note, NoteType

from .common import (
    _ACTION_VERBS,
    _CLEAN_UP_STEP,
    _HERE_DOC,
    _PROMPT,
    _SHELL_INFOS,
    _STEP_MARK,
    Context,
    _Annotated,
    _fact,
    _open_quote,
    _quote_closes,
    _with_title,
    is_generic_label,
    noun_compound,
)


def _shell_code_at(ctx: Context, index: int) -> Code | None:
    """The block at ``index`` when it is shell code (its info string opens on one of
    ``_SHELL_INFOS``); None for any other block."""
    block = ctx.items[index].block
    if isinstance(block, Code) and block.info.split(" ")[0] in _SHELL_INFOS:
        return block
    return None


_COMMENT = re.compile(r"^#\s+(\S.*)$")
_COMMAND_START = re.compile(r"^[a-z0-9./~_$\[-]")


# How the rules ask a step's action ("How do you create a namespace?"): the builder and
# the later rules tell a step's card by it.
STEP_FRONT = "How do you "


def _how_do_you(comment: str) -> str:
    """ "Create a namespace" → "How do you create a namespace?"; "" unless the comment
    opens with an action verb."""
    text = comment.strip().rstrip(":.").strip()
    first = text.split(" ", 1)[0]
    if first.lower() not in _ACTION_VERBS or len(text.split()) < 2 or noun_compound(text):
        return ""
    if first[1:2].islower() or len(first) == 1:
        text = text[:1].lower() + text[1:]
    return f"{STEP_FRONT}{text}?"


def _is_output(line: str, prompted: bool) -> bool:
    """Whether a shell-block line is what a command printed: without a ``$`` prompt in
    a block that has them, else a line no command starts like ("{", "NAME  READY",
    "Server: 10.0.0.10")."""
    if prompted:
        return not line.startswith("$ ")
    return not _COMMAND_START.match(line) or line.split(" ", 1)[0].endswith(":")


# "kubectl logs --since=1h nginx 👈👈👈 This one matches the question": an arrow and the
# author's remark on a line of code, pointing at it; no part of the command.
_POINTED_NOTE = re.compile(r"\s*#?\s*[👈⬅←]\ufe0f?(?:\s*[👈⬅←]\ufe0f?)*.*$")


# A command that only fetches a file from an address into a file ("wget https://…/x.conf
# -O dir/x.conf", "curl -LO https://…/x.yaml"): the reader's setup, no knowledge. One
# that prints what it fetched ("curl -I http://…", "wget -qO- …") tests something.
_FETCH = re.compile(r"^(wget|curl)\s(?:[^|;&<>`$]*\s)?https?://[^\s|;&<>]+(?:\s[^|;&<>`$]*)?$")
_SAVES = re.compile(
    r"(?:^|\s)(?:-[a-zA-Z]*O(?!-)|-[a-zA-Z]*o\s+(?!/dev/null|-)\S|--output|--remote-name)"
)


_TO_STDOUT = re.compile(r"(?:^|\s)-[a-zA-Z]*O\s*-(?:\s|$)")


def _fetches_a_file(command: str) -> bool:
    """Whether ``command`` only downloads a file (``wget`` saves by default)."""
    match = _FETCH.match(command)
    if match is None:
        return False
    if match.group(1) == "wget":
        return _TO_STDOUT.search(command) is None
    return bool(_SAVES.search(command))


# Commands that only move the reader about the walkthrough: into its folder (``cd``), a
# browser or app opened at its address (``open "http://…"``), its sample repository
# cloned. Learning them teaches nothing of the tool. (A ``kubectl port-forward`` to the
# product's own Service names where it listens: it keeps its card.)
_HOUSEKEEPING_COMMAND = re.compile(
    r"^(?:cd(?:\s+\S+)?|(?:open|xdg-open)\s+\S.*"
    r"|git\s+clone\s+(?:--depth[\s=]\d+\s+)?(?:https?://|git@)\S+(?:\s+[\w./-]+)?)$"
)
# ``mkdir pictures`` / ``touch a.png``: empty files and folders, set-up only when the
# step itself calls them the walkthrough's own ("a few dummy files", "the local
# directory"); a lesson on the shell asks "How do you create a directory?" of them.
_MAKES_EMPTY = re.compile(r"^(?:mkdir|touch)(?:\s+-p)?(?:\s+[\w./~-]+)+$")
_SET_UP_THINGS = re.compile(r"\b(?:dummy|sample|example|placeholder|local|scratch)\b", re.I)
# A clean-up's commands: a plain ``kubectl delete`` of names or of the page's manifest,
# ``helm uninstall NAME``, ``kind delete cluster``, ``minikube delete``. A delete with more
# to it (``--cascade=orphan``, ``--grace-period=0``) teaches something and keeps its card.
_PLAIN_CLEAN_UP = re.compile(
    r"^(?:kubectl\s+delete\s+(?:-f\s+\S+|[\w./-]+)(?:\s+(?:[\w./-]+|-f\s+\S+|(?:-n|--namespace)[\s=]\S+"
    r"|--ignore-not-found(?:=true)?|--now|--wait=\w+))*"
    r"|helm\s+(?:uninstall|delete)\s+[\w.-]+(?:\s+(?:-n|--namespace)[\s=]\S+)?"
    r"|kind\s+delete\s+cluster(?:\s+--name[\s=]\S+)?|minikube\s+delete)\s*\\?$"
)


def _housekeeping(question: str, commands: list[str]) -> bool:
    """Whether a step asked as ``question`` over ``commands`` only fetches, enters, opens
    or removes the walkthrough's own things: its sample files downloaded, its folder
    entered, its address opened, its dummy files made, or what it made
    deleted in a clean-up step ("How do you delete the ConfigMaps you made?")."""
    typed = [
        " ".join(_PROMPT.sub("", line.strip(), count=1).split()).rstrip("&").rstrip()
        for command in commands
        for line in re.sub(r"\\\s*\n", " ", command).splitlines()
        if line.strip()
    ]
    if not typed:
        return False
    if all(_fetches_a_file(c) or _HOUSEKEEPING_COMMAND.match(c) for c in typed):
        return True
    at = question.lower().find(STEP_FRONT.lower())
    asked = question[at:] if at > 0 else question  # past a title or section before it
    if _SET_UP_THINGS.search(asked) and all(_MAKES_EMPTY.match(c) for c in typed):
        return True
    return bool(_CLEAN_UP_STEP.match(asked)) and all(_PLAIN_CLEAN_UP.match(c) for c in typed)


# Commands that only arrange the walkthrough's own files and folders: their permissions,
# owner, place; the page's other commands do the work.
_SCAFFOLD_COMMAND = re.compile(r"^(?:sudo\s+)?(?:chmod|chown|mkdir|touch|cd|cp|mv)\s+(?P<args>.+)$")
# A step that says why it arranges them ("so that ssh accepts the key", "because …").
_SAYS_WHY = re.compile(
    r"\b(?:so\s+that|so\s+as\s+to|because|otherwise|in\s+order\s+to|to\s+(?:allow|let|"
    r"prevent|avoid|make\s+sure|ensure)|required|needed|must)\b",
    re.IGNORECASE,
)


_PROGRAM_WORD = re.compile(r"^[a-z][\w.-]*$")  # a program's name, no key of a manifest


def page_scaffolding(ctx: Context, question: str, commands: list[str]) -> bool:
    """Whether a step only arranges a file or folder the page's own commands make or
    use (``chmod 400 /tmp/<cluster>-ssh-key`` after the command writing that key), and
    says not why: scaffolding of a walkthrough about another program. A lesson on the
    shell itself (no program but shell utilities) keeps such steps: they are its matter."""
    typed = [
        " ".join(_PROMPT.sub("", line.strip(), count=1).split())
        for command in commands
        for line in command.splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    if not typed or _SAYS_WHY.search(question):
        return False
    code = [
        " ".join(_PROMPT.sub("", line.strip(), count=1).split())
        for item in ctx.items
        if isinstance(item.block, Code)
        for line in item.block.text.splitlines()
    ]
    programs = {line.split(" ", 1)[0] for line in code if line}
    if not any(_PROGRAM_WORD.match(p) and p not in _UTILITIES for p in programs):
        return False  # a lesson on the shell: its chores are its matter
    for command in typed:
        scaffold = _SCAFFOLD_COMMAND.match(command)
        if scaffold is None:
            return False
        paths = [a for a in scaffold.group("args").split() if not a.startswith("-")]
        paths = [p for p in paths if "/" in p or "." in p]
        if not paths:
            return False
        for path in paths:
            if not any(path in line and command not in line for line in code):
                return False  # a path no other command of the page names
    return True


# "export KUADRANT_GATEWAY_NS=api-gateway  # Namespace for the example Gateway": a shell
# variable the page sets for its own later commands.
_SETS_VARIABLE = re.compile(r"^(?:export\s+)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)=")
_EXAMPLE_WORDS = re.compile(r"\b(?:example|sample|demo|tutorial|walkthrough)\b", re.IGNORECASE)


def page_variable(ctx: Context, command: str, comment: str) -> bool:
    """Whether ``command`` only sets a variable the page's other code reads (``$NAME`` or
    ``${NAME}``), or one its comment says is the example's ("# Namespace for an example
    app"): a name the walkthrough gives its example, no knowledge of the tool."""
    sets = _SETS_VARIABLE.match(command.strip())
    if sets is None:
        return False
    if _EXAMPLE_WORDS.search(comment):
        return True
    name = re.escape(sets.group("name"))
    read = re.compile(rf"\$(?:{name}\b|\{{{name}[}}:])")
    return any(isinstance(item.block, Code) and read.search(item.block.text) for item in ctx.items)


# "How do you create the ConfigMap?": a step whose object is only "the"/"this" and one
# or two words names what the section is about, not which one.
_GENERIC_STEP = re.compile(r"^How do you \w+ (?:the|this|that|it|them|these)(?: [\w`.-]+)?\?$")


_HOW_TO = re.compile(r"\bhow\b", re.IGNORECASE)


def _qualified_step(ctx: Context, index: int, question: str) -> str:
    """A commented step's question, the section's name before it when the question
    alone names nothing ("How do you create the ConfigMap?" under "Create a ConfigMap
    from a directory")."""
    if not _GENERIC_STEP.match(question):
        return question
    heading = clean_heading(ctx.nearest_heading(index))
    section = _STEP_MARK.sub("", heading, count=1).rstrip(":").strip()
    if not section or heading.endswith("?") or _HOW_TO.search(section):
        return question  # a question heading ("In X, how to …?") is no subject to name
    if slugify(section) in slugify(question):
        return question
    return f"{section}: {question[:1].lower()}{question[1:]}"


# ``kubectl get solrclouds -w``, ``helm install demo repo/solr …``: the kind a kubectl
# verb acts on, the chart helm installs: what the command is about.
_COMMAND_OBJECT = re.compile(
    r"^(?:kubectl\s+(?:get|describe|delete|edit|scale|create|expose|label|annotate|patch|"
    r"rollout\s+\w+)\s+(?:-\S+\s+)*(?P<kind>[A-Za-z][\w.-]*)"
    r"|helm\s+(?:install|upgrade\s+(?:-i|--install))\s+(?:-\S+\s+)*[\w.-]+\s+"
    r"(?:[\w.-]+/)?(?P<chart>[A-Za-z][\w.-]*))"
)
# Kinds kubectl knows by a short name ("ns", "svc"): the question says them in full.
_SHORT_KINDS = frozenset(
    {"ns", "svc", "po", "deploy", "rs", "sts", "ds", "cm", "pv", "pvc", "sa", "ing", "no"}
    | {"hpa", "cj", "ep", "netpol", "pdb", "crd", "all", "secret", "generic", "tls"}
)


def _bare(word: str) -> str:
    """ "SolrClouds", "solr-cloud" → "solrcloud": a name however it is written."""
    return word.lower().replace("-", "").replace("_", "").removesuffix("s")


def _subject_only_in_command(question: str, commands: list[str]) -> bool:
    """Whether a commented step's question leaves out what its command acts on: the kind
    ``kubectl`` gets, creates or deletes, or the chart ``helm`` installs, named nowhere
    in it ("How do you check the status live as the deploy happens?" over ``kubectl get
    solrclouds -w``), so the card would ask of nothing."""
    if "`" in question or not commands or (len(commands) > 1 and not commands[0].endswith("\\")):
        return False
    command = " ".join(commands[0].split())
    found = _COMMAND_OBJECT.match(command)
    if found is None or re.search(r"\s(?:-f|--filename|-k)[\s=]", command):
        return False  # what a file or a URL makes is in the file
    named = (found.group("kind") or found.group("chart") or "").split("/")[0]
    if named.lower() in _SHORT_KINDS or len(named) < 3:
        return False
    words = re.findall(r"[\w-]+", question)
    # "the kiln ovens" names ``kilnovens``: two words written as one kind.
    asked = {_bare(w) for w in words} | {_bare(a + b) for a, b in itertools.pairwise(words)}
    return not ({_bare(named)} | {_bare(part) for part in named.split("-")}) & asked


def _named_by_section(ctx: Context, index: int, question: str) -> str:
    """A commented step's question whose subject is only in its command, asked under the
    section's heading ("Start a cluster: how do you check the status live …?"), else
    the page's title; "" when neither names anything."""
    heading = clean_heading(ctx.nearest_heading(index))
    section = _STEP_MARK.sub("", heading, count=1).rstrip(":").strip()
    if section and not heading.endswith("?") and not _HOW_TO.search(section):
        if slugify(section) in slugify(question):
            return question
        return f"{section}: {question[:1].lower()}{question[1:]}"
    return _with_title(ctx, question)


# "one of the resources", "the job", "a job": the words a step names what its command
# acts on with (a kind named only by its last word, or a kind of stuff).
_OBJECT_WORDS = re.compile(
    r"\b(?P<article>the|a|an)\s+(?P<noun>[a-z][\w-]*)(?=\?$|\s+(?:by|with|in|from|to|for|on|using)\b)"
)
_STUFF_NOUNS = frozenset({"resource", "resources", "object", "objects", "instance", "instances"})
_MAKING_VERBS = frozenset({"create", "make", "add", "deploy", "start", "run", "launch"})


def _document_name(ctx: Context, kind: str) -> str:
    """How the page's prose or headings write the kind a command acts on
    (``keptnworkloadinstances`` → "KeptnWorkloadInstance", ``cronjob`` → "CronJob" from
    the heading "CronJobs"); "" when they never write it. A spelling with capitals wins
    (the kind's own name), then one in the singular."""
    texts = [ctx.prose(), *(clean_heading(h.text) for i in ctx.items for h in i.headings)]
    words = [w for text in texts for w in re.findall(r"[A-Za-z][\w-]*", _CODE_SPANS.sub(" ", text))]
    wanted = _bare(kind)
    found = Counter(w for w in words if _bare(w) == wanted)
    if not found:
        return ""
    # A capitalized spelling names the kind; the heading's plural ("CronJobs") is one.
    best = max(found, key=lambda w: (w != w.lower(), not w.endswith("s"), found[w]))
    if best.endswith("s") and not best.endswith("ss") and best != best.lower():
        best = best[:-1]
    return best if best != best.lower() else ""


_CODE_SPANS = re.compile(r"`[^`\n]*`")


def object_named(ctx: Context, question: str, commands: list[str]) -> str:
    """A step's question whose words name what its command acts on only by the kind's
    last word or a kind of stuff, naming it as the page does: "… by describing one of
    the resources?" over ``kubectl describe keptnworkloadinstances entry`` on a page
    that writes "KeptnWorkloadInstance" → "… one of the KeptnWorkloadInstance
    resources?"; "How do you create the job?" over ``kubectl create cronjob …`` under
    "CronJobs" → "How do you create a CronJob?". "" when the page never names the kind
    or the question has no such words."""
    found = _COMMAND_OBJECT.match(" ".join(commands[0].split())) if commands else None
    kind = (found.group("kind") or "") if found else ""
    if not kind or kind.lower() in _SHORT_KINDS:
        return ""
    name = _document_name(ctx, kind)
    if not name:
        return ""
    for said in _OBJECT_WORDS.finditer(question):
        noun = said.group("noun")
        if noun.lower() in _STUFF_NOUNS:
            # "the resources" → "the KeptnWorkloadInstance resources"
            return f"{question[: said.start('noun')]}{name} {question[said.start('noun') :]}"
        if _bare(kind).endswith(_bare(noun)):
            article = said.group("article")
            verb = question.removeprefix(STEP_FRONT).split(" ", 1)[0].lower()
            if article == "the" and verb in _MAKING_VERBS and said.end() == len(question) - 1:
                # "create the job" made the exercise's own: a new one is made.
                article = "an" if name[:1].lower() in "aeiou" else "a"
            return f"{question[: said.start()]}{article} {name}{question[said.end() :]}"
    return ""


@dataclass(frozen=True)
class _ShellSteps:
    """A shell block read as steps (see :func:`_shell_steps`)."""

    # Each ``# comment`` ("" for none) and the commands under it.
    steps: list[tuple[str, list[str]]]
    # The lines a comment beside them explains: (line in the block, comment, command).
    annotated: list[tuple[int, str, str]]


def _own_command(commands: list[str]) -> bool:
    """Whether the commands under a ``# comment`` open on a line without a comment
    beside it: the one the comment above says what it does."""
    return bool(commands) and not _TRAILING_COMMENT.match(commands[0])


def _shell_steps(block: Code) -> _ShellSteps:
    """A shell block read as steps, each a ``# comment`` and the commands under it, and
    the lines each explained by a comment beside them."""
    raws = [_POINTED_NOTE.sub("", raw).rstrip() for raw in block.text.splitlines()]
    lines = [raw.strip() for raw in raws]
    prompted = any(line.startswith("$ ") for line in lines)
    steps: list[tuple[str, list[str]]] = []
    annotated: list[tuple[int, str, str]] = []
    output = False  # past the first line of output: the rest is output too
    quoted = -1  # the last line of a quoted argument a command above opened
    ending = ""  # the word a here-document ("cat <<EOF >file") ends on
    # The lines kept under a how-to comment with a comment of their own, by step.
    beside: dict[int, list[tuple[int, str, str]]] = {}
    for number, line in enumerate(lines):
        if number <= quoted:
            steps[-1][1].append(raws[number])  # a manifest keeps its indent
            continue
        if ending:
            # The here-document's lines are the command's input, comments included.
            steps[-1][1].append(raws[number])
            ending = "" if line == ending else ending
            continue
        opened = _COMMENT.match(line)
        trailing = None if opened else _TRAILING_COMMENT.match(line)
        if opened and not line.startswith("#!"):
            steps.append((opened.group(1), []))
            output = False
        elif (
            trailing
            and not _is_output(trailing.group("command"), prompted)
            and not (steps and steps[-1][1] and steps[-1][1][-1].endswith(("\\", "|", "&&")))
            and not (steps and _how_do_you(steps[-1][0]) and not _own_command(steps[-1][1]))
        ):
            # ``terraform fmt -recursive   # format HCL``: a line the comment beside it
            # explains is a step of its own (unless a comment above already says what
            # the commands under it do: "# Check the interface" over ``ip addr  # Linux``
            # and ``ipconfig /all  # Windows`` is one step, its lines kept whole). Under
            # "# Apply changes" over a bare ``terraform apply``, the comment is that
            # line's; ``terraform apply tfplan  # use saved plan`` after it is a task of
            # its own, which one card of all the lines would ask as "apply changes".
            command = _PROMPT.sub("", trailing.group("command"), count=1)
            annotated.append((number, trailing.group("comment"), command))
            steps.append(("", []))
            output = False
        elif not line:
            if steps and steps[-1][1]:
                steps.append(("", []))  # a blank line ends the commands of a comment
        elif steps and not output:
            commands = steps[-1][1]
            if commands and commands[-1].endswith(("\\", "|", "&&")):
                commands.append(line)  # the command goes on
            elif _is_output(line, prompted):
                output = True
            else:
                commands.append(_PROMPT.sub("", line, count=1))
                if trailing:
                    command = _PROMPT.sub("", trailing.group("command"), count=1)
                    beside.setdefault(len(steps) - 1, []).append(
                        (number, trailing.group("comment"), command)
                    )
                here = _HERE_DOC.search(line)
                ending = here.group(1) if here else ""
                if not ending and _open_quote(commands[-1]):
                    quoted = _quote_closes(raws, number)
    for at, explained in beside.items():
        comment, commands = steps[at]
        if len(explained) == len(commands) and _each_a_task(explained):
            # "# Search & info" over ``dnf se <term>  # search`` and ``dnf info <pkg>  #
            # package details``: each line says its own task; one card of all of them
            # would ask "search & info" and answer with the list.
            annotated.extend(explained)
            steps[at] = (comment, [])
    return _ShellSteps(steps, sorted(annotated))


def _each_a_task(explained: list[tuple[int, str, str]]) -> bool:
    """Whether the comments beside the lines under a how-to comment each say what their
    line does (two words or more, or an action verb: "package details", "install"), not
    a variant of the one task the comment above says ("Windows", "Linux"). Lines of one
    command and subcommand (``kubectl apply -f ns.yaml  # namespace``, ``kubectl apply
    -f secrets/  # secrets`` under "# Apply the manifests in order") are the parts of
    that one task: the comment's card keeps them."""
    if len({tuple(_SUDO.sub("", c).split()[:2]) for _, _, c in explained}) == 1:
        return False
    tasks = [
        comment
        for _, comment, _ in explained
        if len(comment.split()) > 1 or _bare_comment(comment).lower() in _ACTION_VERBS
    ]
    return len(explained) >= _ANNOTATED_LINES and 2 * len(tasks) > len(explained)


# "# Run this command on the node where the kubelet is running": the comment says where
# (or as whom) to run the block, not what it does; the step's own sentence says that.
_WHERE_TO_RUN = re.compile(
    r"^(?:run|execute|type|enter)\s+(?:this|these|the\s+following)\s+(?:commands?|lines?)\s+"
    r"(?:on|in|inside|from|at|as|with)\b",
    re.IGNORECASE,
)


# "Exec in pod:", "Run on the master node:": a label saying where to type the commands
# under it, no task; the verb is the commands' own only when they run it (``kubectl
# exec …`` under "Exec into the pod" does what the label says).
_WHERE_ONLY = re.compile(
    r"^(?P<verb>exec|execute|run|type|enter|paste)\s+"
    r"(?:(?:it|this|these|them|(?:the\s+)?(?:following\s+)?commands?)\s+)?"
    r"(?:in|on|inside|into|within|from|at)\s+(?:the\s+|a\s+|an\s+|your\s+|each\s+|every\s+)?"
    r"[\w-]+(?:\s+[\w-]+){0,2}$",
    re.IGNORECASE,
)


def says_where_only(label: str, commands: list[str]) -> bool:
    """Whether a step's label only says where to run ``commands`` ("Exec in pod:" over
    ``talosctl rotate-ca …``): its verb is no word of theirs, so asking "How do you exec
    in pod?" of them pairs the label with a command that does something else."""
    where = _WHERE_ONLY.match(label.strip().rstrip(":.").strip())
    if where is None:
        return False
    verb = where.group("verb").lower()
    typed = {w.lower() for c in commands for w in re.findall(r"[\w-]+", c)}
    return verb not in typed and not (verb == "execute" and "exec" in typed)


# "# Replace osm-system with the namespace where OSM is installed", "# put your region
# here": a note telling the reader to fill in the line, no saying what it does or how to
# do a task. The word replaced is the line's own value.
_FILL_IN = re.compile(
    r"^(?:replace|substitute|swap(?:\s+out)?|change)\s+[`'\"]?(?P<value><[^>]+>|[^\s`'\"]+)[`'\"]?"
    r"\s+(?:with|by|for|to)\b",
    re.IGNORECASE,
)
_YOUR_OWN = re.compile(r"^(?:put|insert|enter|fill\s+in|use|set)\s+(?:in\s+)?your\b", re.I)
# "# See above advice about impact on other workloads": a pointer at another part of
# the page, no action ("see the logs" is one).
_POINTER_COMMENT = re.compile(
    r"^(?:see|read|refer\s+to|cf\.?|check|as)\b.*\b(?:above|below|earlier|previous(?:ly)?|"
    r"advice|section|mentioned|described|explained|noted|docs|documentation)\b",
    re.IGNORECASE,
)


def _no_step_comment(comment: str, commands: list[str]) -> bool:
    """Whether a shell comment tells the reader to fill in the commands' own value
    ("Replace osm-system with …" over ``osm_namespace=osm-system``) or points elsewhere
    on the page ("See above advice …"): neither says what the commands do."""
    text = comment.strip()
    fill = _FILL_IN.match(text)
    if fill and any(fill.group("value") in command for command in commands):
        return True
    return bool(_YOUR_OWN.match(text) or _POINTER_COMMENT.match(text))


def commented_commands(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A shell block where a ``# comment`` says what the commands under it do ("# List
    the pods in every namespace" / ``kubectl get pods -A``): "How do you list the pods
    in every namespace?" → the commands."""
    block = _shell_code_at(ctx, index)
    if block is None:
        return None
    steps = _shell_steps(block).steps
    notes: list[Note] = []
    chores = False  # a step left out as the walkthrough's housekeeping
    for comment, commands in steps:
        question = (
            _how_do_you(comment)
            if commands
            and not _WHERE_TO_RUN.match(comment)
            and not says_where_only(comment, commands)
            and not _no_step_comment(comment, commands)
            else ""
        )
        if (
            not question
            and len(commands) == 1
            and not _WHERE_TO_RUN.match(comment)
            and not says_where_only(comment, commands)
        ):
            # "# Edit" over ``kubectl edit deployment <name>`` under "Deployment
            # Commands": the verb alone, its object the section's.
            question = _short_task(ctx, index, comment.strip().rstrip(":."), commands[0], {})[0]
        if question and (
            _housekeeping(question, commands) or page_scaffolding(ctx, question, commands)
        ):
            # "# Download the sample files" over ``wget …``, "# Clean up" over ``kubectl
            # delete …``: getting or removing the tutorial's things teaches nothing.
            chores = True
            continue
        if not question:
            continue
        qualified = _qualified_step(ctx, index, question)
        if qualified == question and _subject_only_in_command(question, commands):
            qualified = object_named(ctx, question, commands) or _named_by_section(
                ctx, index, question
            )
            if not qualified:
                continue  # asked of nothing the page names
        if qualified == question:
            qualified = _of_the_tool(ctx, index, question, commands, steps)
        question = with_program(qualified, commands)
        note_id = f"{ctx.subplace(index)}/{slugify(comment)}"
        if any(_open_quote(command) or _HERE_DOC.search(command) for command in commands):
            # A quoted manifest over many lines: its lines keep their indentation, which
            # the cleaning of a prose back would take away.
            notes.append(
                FactNote(
                    id=note_id,
                    type=NoteType.FACT,
                    front=clean(question),
                    back="\n".join(commands),
                    tags=ctx.tags(index),
                    origin=ctx.origin(index),
                )
            )
            continue
        notes.extend(_fact(ctx, index, note_id, question, "\n".join(commands)))
    if notes:
        # "# Apply changes" over ``terraform apply``, then ``terraform apply tfplan  #
        # use saved plan``: the lines explained beside them are cards of their own.
        notes.extend(annotated_commands(ctx, index) or ())
    # A block of commented steps whose only steps were housekeeping is still read as
    # steps: no other rule asks the section's heading of its commands.
    return tuple(notes) if notes or chores else None


# "GKE (Kubernetes) Quick Commands", "Docker cheat sheet": a heading over the commands of
# a tool, which it names before its word for a list of commands.
_COMMANDS_HEADING = re.compile(
    r"(?<!\bthe)(?<!\busing)(?<!\bof)(?<!\bwith)\s+(?:quick\s+)?(?:commands?|cheat[\s-]?sheet|"
    r"quick\s+reference|snippets)\s*$",
    re.IGNORECASE,
)
_CHEAT_SHEET_STEPS = 3  # commented steps of one program in a block: a cheat sheet's


def _of_the_tool(
    ctx: Context, index: int, question: str, commands: list[str], steps: list[tuple[str, list[str]]]
) -> str:
    """A step of a cheat sheet's block (three or more commented steps, all of one
    program) asked of nothing it names ("How do you list clusters?" over ``gcloud
    container clusters list``): asked with its program, and of what the section lists
    the commands of ("GKE (Kubernetes): how do you list clusters with gcloud?"). A
    question naming the program or a code term is kept."""
    program = _program(commands[0]) if commands else ""
    if not program or program in _UTILITIES or "`" in question:
        return question
    programs = [_program(lines[0]) for _, lines in steps if lines]
    if len(programs) < _CHEAT_SHEET_STEPS or any(p != program for p in programs):
        return question
    if re.search(rf"\b{re.escape(program)}\b", question, re.IGNORECASE):
        return question
    heading = clean_heading(ctx.nearest_heading(index))
    listed = _COMMANDS_HEADING.sub("", heading).strip() if _COMMANDS_HEADING.search(heading) else ""
    # "How do you run with required inputs using specify?": never "with … with".
    joined = "using" if re.search(r"\bwith\b", question, re.IGNORECASE) else "with"
    asked = f"{question.rstrip('?').rstrip()} {joined} {program}?"
    if listed and not is_generic_label(listed) and slugify(listed) not in slugify(question):
        return f"{listed}: {asked[:1].lower()}{asked[1:]}"
    return asked


# ``command   # what it does``: a command, then a comment after the spaces that end it
# (no ``#`` inside quotes or ``$#``: the comment is the last `` # `` on the line).
_TRAILING_COMMENT = re.compile(r"^(?P<command>[^#'\"]*?\S)\s+#\s+(?P<comment>[^#]*\w[^#]*)$")
# A comment that remarks on a variant or on what follows rather than saying what the
# command does ("will ask for approval", "or", "same as above", "optional").
_SIDE_REMARK = re.compile(
    r"^(?:will|would|may|might|can|could|must|should|is|are|was|does|do|or|and|also|same|"
    r"see|e\.g\.|i\.e\.|optional|note|todo|this|that|it|here|above|below|returns?)\b|^\w+:",
    re.IGNORECASE,
)
# What is the case when the line runs ("current HEAD is broken", "v1.0 was working"): a
# word or two and "is", about the reader's situation, no saying what the command does.
_STATE_REMARK = re.compile(r"^(?:[\w.-]+\s+){1,2}(?:is|are|was|were)\s+\w+$", re.IGNORECASE)
# What a command printed or how it went ("Doesn't work", "Now it works!", "fails"): no
# saying what it does.
_OUTCOME = re.compile(r"!|\b(?:works?|worked|doesn't|does not|fails?|failed|errors?)\b", re.I)
_OPTION_WORD = re.compile(r"(?:^|\s)--?[a-z]")
_ANNOTATED_LINES = 2  # explained lines a block needs to read as a list of them
_DOES_WORDS = (2, 12)  # a comment that says what a command does: 2 to 12 words
# Shell utilities a page runs on the way: a question they answer names no product.
_UTILITIES = frozenset(
    {"curl", "wget", "cat", "grep", "echo", "ls", "cd", "mkdir", "cp", "mv", "rm", "sh"}
    | {"bash", "export", "source", "chmod", "chown", "tar", "unzip", "sed", "awk", "head"}
    | {"tail", "find", "touch", "printf", "env", "which", "apt", "apt-get", "brew", "yum"}
    | {"systemctl", "journalctl", "service", "sudo", "eval"}
)
_SUDO = re.compile(r"^(?:sudo\s+(?:-\S+\s+)*)")


def _program(command: str) -> str:
    """The program a command line runs: ``terraform`` of ``terraform fmt``."""
    words = _SUDO.sub("", command).split()
    return words[0] if words and _COMMAND_START.match(words[0]) else ""


# The command-line tools a reader of their platform's pages runs every day: a step on a
# Kubernetes, container or repository page is read as one for them already.
EVERYDAY_PROGRAMS = frozenset({"kubectl", "k", "docker", "git"})
# A program a question can name: a word, not a path (``./run.sh``), a variable
# (``$TOOL``) or an assignment (``name=value``).
_NAMEABLE_PROGRAM = re.compile(r"^[a-z][\w.+-]*$")
# The shell's own words and the commands that run another (``for i in …; do``,
# ``watch -n 1 curl …``), and the editors and pagers a reader opens a file in: none is the
# tool a task is done with.
_NOT_THE_TOOL = frozenset(
    {"for", "if", "while", "until", "case", "do", "then", "time", "watch", "nohup", "xargs"}
    | {"timeout", "nice", "exec", "test", "set", "alias", "unset", "read", "vim", "vi"}
    | {"nano", "emacs", "less", "more"}
)
# "istioctl", "talosctl", "kubeadm", "tkn-cli": the product's name and a tool suffix.
_TOOL_SUFFIX = re.compile(r"-?(?:ctl|cli|adm)$")
_LINE_GOES_ON = ("\\", "|", "&&")


def _run_program(commands: list[str]) -> str:
    """The one program the command lines of a how-to run (each line opening a command,
    not a line going on from the one above), "" for several, none, or a command whose
    quoted or here-document input spans lines (what runs after it is not told apart)."""
    programs: set[str] = set()
    above = ""
    for line in commands:
        if _open_quote(line) or _HERE_DOC.search(line):
            return ""
        if line.strip() and not above.rstrip().endswith(_LINE_GOES_ON):
            programs.add(_program(line))
        above = line
    return programs.pop() if len(programs) == 1 else ""


def names_program(question: str, program: str) -> bool:
    """Whether ``question`` names ``program`` as typed ("with terraform", "(Terraform)")
    or as its product: a word opening on the program's name without its tool suffix
    ("Istio" of ``istioctl``, "Azure" of ``az``) or ending on it ("KubeVela" of
    ``vela``)."""
    stem = _TOOL_SUFFIX.sub("", program) or program
    for word in re.findall(r"[\w.+-]+", question.casefold()):
        if word.startswith((program, stem)) or word.endswith(program):
            return True
    return False


def with_program(question: str, commands: list[str], spelled: str = "{}") -> str:
    """A how-to ``question`` naming the program its ``commands`` run when it names
    neither that program nor its product ("How do you apply changes?" over ``terraform
    apply`` → "… apply changes with terraform?"): a card is read alone, without the
    page's title, and "apply changes" is a task of any tool. A shell utility (``ls``,
    ``grep``) or a tool of every day (``kubectl``, ``git``) names no product the task
    is one of, and several programs no one tool; ``spelled`` formats the program's name
    (``"`{}`"`` for a code span)."""
    program = _run_program(commands)
    if (
        not question.endswith("?")
        or not _NAMEABLE_PROGRAM.match(program)
        or program in _UTILITIES
        or program in _NOT_THE_TOOL
        or program in EVERYDAY_PROGRAMS
        or names_program(question, program)
    ):
        return question
    # "How do you run with required inputs using specify?": never "with … with".
    joined = "using" if re.search(r"\bwith\b", question, re.IGNORECASE) else "with"
    return f"{question[:-1].rstrip()} {joined} {spelled.format(program)}?"


# A comment saying when to run a command, not what it does ("first command in any new
# or cloned repo", "run before apply", "after changing providers").
_WHEN_TO_RUN = re.compile(
    r"^(?:(?:the\s+)?(?:first|last|final|next)\s+(?:command|step|thing)\b"
    r"|(?:run\s+|use\s+)?(?:before|after|once|whenever|every\s+time|at\s+the\s+(?:start|end))\b"
    r"|(?:always|only)\s+(?:run|use)\b"
    r"|(?:run|use)\s+(?:this\s+|it\s+)?(?:first|last|when|in\s+ci)\b)",
    re.IGNORECASE,
)
_ARTICLES = re.compile(r"\b(?:the|a|an)\s+", re.IGNORECASE)


def _bare_comment(comment: str) -> str:
    """A side comment without its closing punctuation, as a question asks it."""
    return comment.strip().rstrip(".;:").strip()


# A comment too short to state a task: an action verb alone ("# Edit"), or a few words
# qualifying another line's task ("# YAML format") or opening on a preposition ("# From
# file"). The task's object comes from the section listing the commands of one thing.
_SHORT_COMMENT_WORDS = 3
# A label qualifying another line's task ("YAML format", "Wide"): three words already
# say what a line does ("Output pod YAML").
_QUALIFIER_WORDS = 2
_PRAISE_WORDS = frozenset(
    {"useful", "common", "basic", "essential", "important", "handy", "frequent", "popular"}
    | {"everyday", "daily", "main", "key", "top", "helpful", "other", "more", "advanced"}
)
_QUALIFIER = re.compile(
    r"^(?:from|with|without|in|into|as|by|for|to|using|via|on|per)\b", re.IGNORECASE
)


def _listed_thing(ctx: Context, index: int) -> str:
    """What a cheat sheet's section lists the commands of ("Deployment" of "🚀
    Deployment Commands"), as a question names it ("deployment"; "DaemonSet" and "API"
    keep their capitals); "" under any other heading."""
    heading = clean_heading(ctx.nearest_heading(index))
    if heading.endswith("?") or not _COMMANDS_HEADING.search(heading):
        return ""
    listed = _COMMANDS_HEADING.sub("", heading).strip()
    # "Nginx Useful Commands", "Common Git Commands": the praise is no part of the thing.
    words = [w for w in listed.split() if w.casefold() not in _PRAISE_WORDS]
    listed = " ".join(words)
    if not words or len(words) > _SHORT_COMMENT_WORDS or is_generic_label(listed):
        return ""
    return " ".join(w.lower() if w[:1].isupper() and w[1:].islower() else w for w in words)


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first[1:].islower() else text


def _short_task(
    ctx: Context, index: int, comment: str, command: str, asked: dict[str, str]
) -> tuple[str, str]:
    """The task a comment too short to state one stands for: (question, qualifier).
    An action verb alone asks it of what the section lists the commands of ("# Edit"
    under "Deployment Commands": "How do you edit deployment?"); a few other words
    qualify the task of the line whose command this one's extends ("# YAML format"
    after ``kubectl get deployment <name>  # Get deployment``: that question, "YAML
    format" the qualifier), or, opening on a preposition, follow the command's own verb
    and that thing ("# From file" over ``kubectl create secret generic …`` under
    "Secret Commands": "How do you create secret from file?"). ("", "") else."""
    words = comment.split()
    if not words or len(words) > _SHORT_COMMENT_WORDS:
        return "", ""
    listed = _listed_thing(ctx, index)
    # The thing is what the command acts on, named among its words after the program
    # ("Nginx Commands" over ``systemctl start nginx``); a heading naming the program
    # itself ("Brewctl Commands" over ``brewctl start kettle``) names no object.
    acts_on = {_bare(w) for w in _SUDO.sub("", command).split()[1:]}
    if listed and not all(_bare(w) in acts_on for w in listed.split()):
        listed = ""
    verb = words[0].lower()
    if len(words) == 1 and verb in _ACTION_VERBS:
        return (f"{STEP_FRONT}{verb} {listed}?", "") if listed else ("", "")
    if verb in _ACTION_VERBS:
        return "", ""
    parts = command.split()
    extended = [
        (len(other.split()), question)
        for other, question in asked.items()
        if question
        and len(other.split()) < len(parts)
        and parts[: len(other.split())] == other.split()
    ]
    if extended and len(words) <= _QUALIFIER_WORDS:
        # As written: a label in parentheses, never a word the object's name may be.
        return max(extended)[1], comment
    action = _SUDO.sub("", command).split()[1:2]
    if listed and action and action[0].lower() in _ACTION_VERBS and _QUALIFIER.match(comment):
        return f"{STEP_FRONT}{action[0].lower()} {listed} {_lower_first(comment)}?", ""
    return "", ""


def _annotated_cards(ctx: Context, index: int) -> tuple[_Annotated, ...]:
    """The cards the explained lines of a shell block would make (see
    :func:`annotated_commands`), before the document's other blocks are weighed."""
    known = ctx._annotated.get(index)
    if known is not None:
        return known
    cards: list[_Annotated] = []
    block = _shell_code_at(ctx, index)
    annotated = list(_shell_steps(block).annotated) if block is not None else []
    if len(annotated) < _ANNOTATED_LINES:
        annotated = []  # one explained line among others is an aside, not a reference list
    # Counted as they are asked: "# format HCL." and "# format HCL" are one question.
    comments = Counter(folded(_bare_comment(c)) for _, c, _ in annotated)
    commands = Counter(" ".join(c.split()) for _, _, c in annotated)
    # "kubectl get rs  # short name", "kubectl get replicaset  # singular name": one
    # command written several ways, each comment naming its form, not what it does.
    forms = _forms_of_one_command([(c, _bare_comment(m)) for _, m, c in annotated])
    # The task each line's comment states, by command: what a shorter comment on a
    # longer command qualifies ("# YAML format").
    asked: dict[str, str] = {}
    for _, comment, command in annotated:
        bare = _bare_comment(comment)
        line = " ".join(command.split())
        asked.setdefault(line, _how_do_you(bare) or _short_task(ctx, index, bare, line, {})[0])
    for number, comment, command in annotated:
        comment = _bare_comment(comment)
        command = " ".join(command.split())
        if (
            forms
            or comments[folded(comment)] > 1
            or _fetches_a_file(command)
            or _no_step_comment(comment, [command])
        ):
            continue
        back = comment[:1].upper() + comment[1:]
        if _WHEN_TO_RUN.match(comment):
            # "terraform init  # first command in any new or cloned repo": when it is
            # run, which is no answer to what it does.
            if commands[command] == 1 and "`" not in command and _program(command):
                front = f"When do you run `{command}`?"
                cards.append(_Annotated(number, "when", command, front, front, back))
            continue
        question, qualifier = _how_do_you(comment), ""
        if not question:
            question, qualifier = _short_task(ctx, index, comment, command, asked)
        if question:
            program = _program(command)
            parts = [qualifier] if qualifier else []
            if program and program.casefold() not in question.casefold():
                named = next((w for w in ctx.proper_names if w.casefold() == program), "")
                if not named and program in _UTILITIES:
                    # "How do you find latest version (`curl`)?": a shell utility names
                    # no product the question is about.
                    continue
                parts.append(named or f"`{program}`")
            if parts:
                # "How do you get deployment (YAML format, `kubectl`)?"
                question = f"{question[:-1]} ({', '.join(parts)})?"
            # "apply the saved plan" / "apply saved plan": one question, however worded.
            key = _ARTICLES.sub("", question).casefold()
            cards.append(_Annotated(number, "how", command, key, question, command))
            continue
        words = len(comment.split())
        if (
            commands[command] > 1
            or _SIDE_REMARK.match(comment)
            or _STATE_REMARK.match(comment)
            or _OUTCOME.search(comment)
            # "# python app.py --port 8080": the command it turns into, not what it does.
            or comment.split()[0].casefold() in ctx.commands
            or _OPTION_WORD.search(comment)
            or not _DOES_WORDS[0] <= words <= _DOES_WORDS[1]
            or "`" in command
        ):
            continue
        if page_variable(ctx, command, comment):
            # The page's own name for its example ("# Name for the example Gateway"):
            # set for the commands below it, nothing to learn.
            continue
        if _echoes_command(comment, command):
            # "--from-literal=key=value  # From literal": the comment only reads the
            # command's own words back; "What does it do?" → "From literal" teaches nothing.
            continue
        front = f"What does `{command}` do?"
        cards.append(_Annotated(number, "does", command, front, front, back))
    ctx._annotated[index] = tuple(cards)
    return ctx._annotated[index]


_FORM_WORDS = 3


def _forms_of_one_command(lines: list[tuple[str, str]]) -> bool:
    """Whether commands and their comments are one command in several forms: the
    commands differ in one word only, and the comments (a few words each) all end on
    the same noun ("short name", "singular name", "plural name")."""
    if len(lines) < 2:
        return False
    words = [command.split() for command, _ in lines]
    if len({len(w) for w in words}) != 1:
        return False
    differing = [at for at in range(len(words[0])) if len({w[at] for w in words}) > 1]
    said = [comment.casefold().split() for _, comment in lines]
    return (
        len(differing) == 1
        and all(0 < len(s) <= _FORM_WORDS for s in said)
        and len({s[-1] for s in said}) == 1
    )


_ECHO_OPENING = re.compile(r"^(?:from|with|by|in|to|for|as|via|using)\b", re.IGNORECASE)


def _echoes_command(comment: str, command: str) -> bool:
    """Whether every word of ``comment`` is a word of ``command`` ("From file" beside
    ``--from-file=<file_name>``, "Key-value literal" beside ``--from-literal=key=value``)."""
    said = set(re.findall(r"[a-z0-9]+", comment.casefold()))
    run = set(re.findall(r"[a-z0-9]+", command.casefold()))
    # ("Dump kettle JSON" says what the line does in three words of its own order.)
    short = len(comment.split()) <= 2 or bool(_ECHO_OPENING.match(comment))
    return short and bool(said) and said <= run


def _asked_elsewhere(ctx: Context, index: int, card: _Annotated) -> bool:
    """Whether another shell block of the document asks of the same command, or the
    same "how", already: an earlier block, or any block asking how or what a command
    does when this card only says when it is run (and "when" never hides those)."""
    for other in range(len(ctx.items)):
        if other == index or not isinstance(ctx.items[other].block, Code):
            continue
        for seen in _annotated_cards(ctx, other):
            if seen.command != card.command and seen.key != card.key:
                continue
            if (seen.kind == "when") != (card.kind == "when"):
                if card.kind == "when":
                    return True
                continue
            if other < index:
                return True
    return False


def annotated_commands(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """The lines of a shell block each explained by the comment beside them
    (``terraform fmt -recursive   # format HCL``): an imperative comment asks how
    ("How do you format HCL (Terraform)?" → the command, the program named when the
    question does not name it), a comment saying when to run it asks when ("When do
    you run `terraform init`?" → "First command in any new or cloned repo"), any other
    says what the command does ("What does `terraform show` do?" → "Human-readable
    state"). Two lines with the same comment or the same command make no card: neither
    question tells them apart. A command (or a "how") another block asked first is not
    asked again, and "when" gives way to a block saying what the command does."""
    block = _shell_code_at(ctx, index)
    cards = _annotated_cards(ctx, index)
    if block is None or not cards:
        return None
    notes: list[Note] = []
    for card in cards:
        if _asked_elsewhere(ctx, index, card):
            continue
        line = block.line + card.number + 1
        note_id = f"{ctx.subplace(index)}/{slugify(card.command)}"
        notes.extend(_fact(ctx, index, note_id, card.front, card.back, line=line))
    return tuple(notes) or None
