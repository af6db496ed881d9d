"""A program's options as its ``--help`` prints them, in a code block of a README or a
reference page, as a table or a list of flags: one card per option, "git-quick-stats:
what does `--branch-tree` (`-b`) do?" → its description (and its default); and a
table of environment variables, one card per variable."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeGuard

from quizkit.build.markdown import Code, ListBlock, Paragraph, Table, option_line
from quizkit.build.text import clean, clean_heading, slugify, subject_of
from quizkit.notes import Note

from .common import _SHELL_INFOS, Context, OptionEntry, _fact, is_generic_label

# The fence infos a help text is shown under: untagged, plain text, or a shell's.
_HELP_INFOS = _SHELL_INFOS | {"", "text", "txt", "plaintext", "plain", "none", "help", "output"}
# One option and its spellings: "-T, --detailed-git-stats", "--since <date>",
# "-o, --output=FILE", "-h, -?, --help".
# "--config string", "--port int": the value's type as Go's flag packages print it.
_FLAG = (
    r"-{1,2}[A-Za-z0-9?][\w?.-]*"
    r"(?:[ =](?:<[^>\s]+>|\[[^\]\s]+\]|[A-Z][A-Z0-9_]*|[a-z][a-zA-Z0-9]*(?:\[\])?))?"
)
_OPTION = re.compile(
    rf"^(?P<indent>[ \t]*)(?P<flags>{_FLAG}(?:,\s*{_FLAG})*)(?:\s{{2,}}(?P<text>\S.*))?$"
)
# The usage line naming the program: "usage: git-quick-stats [options]", "Usage: rg …".
_USAGE = re.compile(r"^\s*usage:\s+(?P<program>[\w./-]+(?:\s+[a-z][\w-]*)?)", re.IGNORECASE)
# A section line of the help text ("GENERATE OPTIONS", "Options:", "Flags:"): no card.
_GROUP = re.compile(r"^\s*[A-Za-z][\w /-]{0,40}:?\s*$")
# Options every program has: a card on them teaches nothing about this one.
_UNIVERSAL = frozenset({"--help", "-h", "-?", "--version", "-v", "-V"})
_MIN_OPTIONS = 3  # fewer is an example command, not the program's option list
_TITLE_WORDS = 5  # a longer title names a topic, not the program


def option_reference(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A code block that is a program's option list (``--help`` output): at least
    :data:`_MIN_OPTIONS` option lines, each with its description on the same line after
    two spaces or on the lines below it, indented deeper; the other lines a usage line,
    section lines ("LIST OPTIONS") or blank. Each option makes "<program>: what does
    `--long` (`-s`) do?" → its description; ``--help`` and ``--version`` make none. The
    program is the usage line's, else the page's title when it is short."""
    block = ctx.items[index].block
    if not _help_fence(block):
        return None
    if _INHERITED.search(ctx.nearest_heading(index)):
        return ()
    entries = _entries(block.text)
    if entries is None or len(entries) < _MIN_OPTIONS:
        return None
    program = _program(ctx, block.text, [flag for flags, _ in entries for flag in flags])
    notes: list[Note] = []
    for flags, text in entries:
        if not text or all(flag.split()[0].split("=")[0] in _UNIVERSAL for flag in flags):
            continue
        if _restates_flag(flags, text):
            continue
        notes.extend(_option_note(ctx, index, program, _long_first(flags), text))
    return tuple(notes)


def _help_fence(block: object) -> TypeGuard[Code]:
    """A code block a help text or a command line may be in: untagged, plain text or a
    shell's."""
    return isinstance(block, Code) and block.info.split(" ")[0].lower() in _HELP_INFOS


def _entries(text: str) -> list[tuple[list[str], str]] | None:
    """The options of a help text with their descriptions, or None when a line after
    the first option is none of an option, its description (indented deeper than its
    option, or on the option's line), a section line ("LIST OPTIONS") or blank."""
    entries: list[tuple[list[str], str]] = []
    option_indent = -1
    for line in text.splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        option = _OPTION.match(line)
        if option:
            flags = [flag.strip() for flag in option.group("flags").split(",")]
            entries.append((flags, option.group("text") or ""))
            option_indent = indent
        elif entries and indent > option_indent and not line.lstrip().startswith("-"):
            flags, described = entries[-1]
            entries[-1] = (flags, f"{described} {line.strip()}".strip())
        elif not entries and not line.lstrip().startswith("-"):
            continue  # the usage line and the program's summary before its options
        elif _USAGE.match(line) or _GROUP.match(line):
            continue  # a section of the options ("LIST OPTIONS", "Flags:")
        else:
            return None
    return [(flags, " ".join(described.split())) for flags, described in entries]


def _program(ctx: Context, text: str, flags: list[str] | None = None) -> str:
    """The program the options are of: the help text's usage line, else the command a
    title names in code, else the program the page's code runs with these options,
    else the name a title gives before its description ("http-server: a command-line
    http server"), else the page's title when it is a name (a few words), else ""."""
    for line in text.splitlines():
        usage = _USAGE.match(line)
        if usage:
            return f"`{usage.group('program')}`"
    named = _CODE_SPAN.findall(ctx.title)
    if len(named) == 1:
        return f"`{named[0]}`"  # "`argocd app sync` Command Reference"
    running = _program_running(ctx, flags or [])
    if running:
        return f"`{running}`"
    title = _REFERENCE_TAIL.sub("", clean(clean_heading(ctx.title)).strip())
    if _GENERIC_TITLE.match(title):
        return ""  # "The Options", "Usage": the page's kind, no program
    head = _TITLE_SPLIT.split(title, maxsplit=1)[0].strip()
    if head != title and _COMMAND_NAME.fullmatch(head):
        return f"`{head}`"
    return title if title and len(title.split()) <= _TITLE_WORDS else ""


# A title that only says what kind of page it is.
_GENERIC_TITLE = re.compile(
    r"^(?:the\s+)?(?:(?:cli|command[- ]line)\s+)?"
    r"(?:options|flags|arguments|parameters|usage|reference|cli)$",
    re.I,
)
# A title's name and its description: "http-server: a command-line http server".
_TITLE_SPLIT = re.compile(r":\s+|\s+[-–—]\s+")
# A program's name as it is typed: lower case, maybe with "-", "_" or ".".
_COMMAND_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*")
# Words before the program on a command line, and programs whose first word after
# them is a subcommand ("kubectl df-pv --namespace x"); a container runner's options
# after the image are the image's program's, whose name the line does not give.
_LAUNCHERS = frozenset(
    {"sudo", "npx", "pnpx", "bunx", "time", "exec", "$", ">", "%", "❯", "➜", "λ", "»"}
)
_SUBCOMMANDED = frozenset({"kubectl", "git", "helm", "gh", "oc", "cargo", "go", "npm", "yarn"})
_CONTAINER_RUNNERS = frozenset({"docker", "podman", "nerdctl"})


def _program_running(ctx: Context, flags: list[str]) -> str:
    """The program the page's code runs with one of ``flags``' long options
    (``live-server --https=conf.js``), when exactly one does; "" otherwise."""
    longs = {
        re.split(r"[ =\[<]", flag, maxsplit=1)[0] for flag in flags if flag.startswith("--")
    } - _UNIVERSAL
    if not longs:
        return ""
    found: set[str] = set()
    for item in ctx.items:
        block = item.block
        if not _help_fence(block):
            continue
        for line in re.sub(r"\\\n", " ", block.text).splitlines():
            words = line.split()
            while words and words[0] in _LAUNCHERS:
                words = words[1:]
            if len(words) < 2 or not _COMMAND_NAME.fullmatch(words[0]):
                continue
            if words[0] in _CONTAINER_RUNNERS:
                continue
            if not any(word.split("=", 1)[0] in longs for word in words[1:]):
                continue
            program = words[0]
            if program in _SUBCOMMANDED and _COMMAND_NAME.fullmatch(words[1]):
                program = f"{program} {words[1]}"
            found.add(program)
    return found.pop() if len(found) == 1 else ""


_CODE_SPAN = re.compile(r"`([^`]+)`")
_GO_TYPE = re.compile(r"[ =][a-z][a-zA-Z0-9]*(?:\[\])?$")
# What a title says of the page beside the program's name: no part of it.
_REFERENCE_TAIL = re.compile(
    r"\s+(?:(?:command|cli|command-line)\s+)?(?:reference|usage|options|manual)$", re.I
)
# Options a command takes from its parent ("Options inherited from parent commands",
# "Global options"): every command's page repeats them; its parent's page asks them.
_INHERITED = re.compile(r"\binherited\b|\bglobal\s+(?:options|flags)\b", re.I)


# Between two spellings of one option: "`-A`, `--all`", "-p or --port", "--quiet | -q".
_FLAG_SEP = r"\s*(?:[,/|]|\\\||\s+or\s+)\s*"
# A table cell naming options: "`--all-namespaces`, `-A`", "-o, --output".
_FLAG_CELL = re.compile(rf"^`?{_FLAG}`?(?:{_FLAG_SEP}`?{_FLAG}`?)*$")


def _spellings(cell: str) -> list[str]:
    """The spellings of one option a cell or a list item names, as :func:`_long_first`
    gives them: "`-p` or `--port`" → ["--port", "-p"]."""
    return _long_first(flag.strip().strip("`") for flag in re.split(_FLAG_SEP, cell))


def _long_first(flags: Iterable[str]) -> list[str]:
    """An option's spellings, the long one first, without a Go-style value type:
    "--config string" says nothing its description does not; a placeholder ("<glob>",
    "FILE") stays."""
    return sorted((_GO_TYPE.sub("", flag) for flag in flags), key=lambda f: not f.startswith("--"))


def _asked(program: str, named: list[str]) -> str:
    """ "<program>: what does `--long` (`-s`) do?", without the program when unknown."""
    front_flags = f"`{named[0]}`" + "".join(f" (`{other}`)" for other in named[1:])
    asked = f"What does {front_flags} do?"
    return f"{program}: {asked[0].lower()}{asked[1:]}" if program else asked


def _option_note(
    ctx: Context, index: int, program: str, named: list[str], text: str, default: str = ""
) -> tuple[Note, ...]:
    """The card of one option, however the page lists it (help text, table, list):
    :func:`_asked` → its description, "(default: …)" after it when a default is given
    and the description does not say its own."""
    back = _capitalised(text, program)
    if default and not re.search(r"\bdefaults?\b", text, re.I):
        # "from enrollment or `http://…`": words around code stay words, never code
        # wrapped in code.
        shown = default if "`" in default else f"`{default}`"
        back = f"{back} (default: {shown})"
    note_id = f"{ctx.subplace(index)}/option-{slugify(named[0].split()[0], 'option')}"
    return _fact(ctx, index, note_id, _asked(program, named), back)


# The column saying what an option does, and the one giving its default.
_DESCRIBING = re.compile(
    r"^(?:description|purpose|meaning|usage|help|explanation|what it does|effect|details)$", re.I
)
_DEFAULT = re.compile(r"^defaults?(?:\s+values?)?$", re.I)
# A value's type ("Type", "Value type"): what the description's value shows anyway.
_TYPE = re.compile(r"^(?:value\s+)?type$", re.I)


def option_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A table of a program's options: a first column of flags on two thirds of its rows
    or more (``--all-namespaces``, `-A`), a column describing them ("Description",
    "Purpose", …), maybe a "Default" and a "Type" one and no other column. One card per
    option, asked as the help-text options are: "stern: what does `--all-namespaces`
    (`-A`) do?" → its description, "(default: `false`)" after it unless it says its
    default itself; a default alone (`false`, `0`, `[]`) is no card."""
    block = ctx.items[index].block
    if not isinstance(block, Table) or len(block.header) < 2 or not block.rows:
        return None
    header = [clean(cell).strip() for cell in block.header]
    describing = next((n for n, h in enumerate(header) if _DESCRIBING.match(h)), None)
    if describing is None or describing == 0:
        return None
    flags = [clean(row[0]).strip() if row else "" for row in block.rows]
    if 3 * sum(bool(_FLAG_CELL.match(cell)) for cell in flags) < 2 * len(flags):
        return None
    default = next((n for n, h in enumerate(header) if _DEFAULT.match(h)), None)
    if any(n not in (0, describing, default) and not _TYPE.match(h) for n, h in enumerate(header)):
        return None  # a column more ("Required", "Since"): the table rules ask each
    program = _table_program(ctx, index, [f for cell in flags for f in _spellings(cell)])
    if not program:
        return None  # whose options they are, the page does not say for sure
    if program == ctx.command_of(index) and not all(_FLAG_CELL.match(c) for c in flags):
        # A subcommand's "Arg/Flag" table with a positional argument (`action`) among
        # its flags: the table rules ask every row, this one would drop the argument.
        return None
    notes: list[Note] = []
    for row, cell in zip(block.rows, flags, strict=True):
        if not _FLAG_CELL.match(cell) or describing >= len(row):
            continue
        text = " ".join(clean(row[describing]).split())
        named = _spellings(cell)
        if not text or all(flag.split()[0] in _UNIVERSAL for flag in named):
            continue
        if _restates_flag(named, text):
            continue
        notes.extend(_option_note(ctx, index, program, named, text, _cell(row, default)))
    return tuple(notes)


# A section of a program's options: "cli flags", "Command-line options", "Arguments".
_OPTIONS_SECTION = re.compile(r"\b(?:flags|options|arguments|command[- ]line|cli)\b", re.I)


def _table_program(ctx: Context, index: int, flags: list[str]) -> str:
    """The program an option table or list is of: a command the title names in code,
    or a title that is itself a command the page's code runs ("stern"), or the program
    the page's code runs with these options, or a command the sentence leading into
    the block opens on ("ls-lint provides these options:"); under a section about
    options ("cli flags"), the title's name as :func:`_program` reads it. "" when
    nothing says it ("Workshop notes › Oven switches": no program's flags). Under a
    subcommand's heading whose usage line names the command ("## `serve`" over
    "lumen-argus serve [OPTIONS]"), that command: the flags are its own."""
    command = ctx.command_of(index)
    if command:
        return command
    named = _CODE_SPAN.findall(ctx.title)
    if len(named) == 1:
        return f"`{named[0]}`"
    title = _REFERENCE_TAIL.sub("", clean(clean_heading(ctx.title)).strip())
    if title and title.casefold() in ctx.commands:
        return title
    running = _program_running(ctx, flags)
    if running:
        return f"`{running}`"
    leading = _lead_in_program(ctx, index)
    if leading:
        return f"`{leading}`"
    if any(_OPTIONS_SECTION.search(h) for h in ctx.heading_texts(index)):
        return _program(ctx, "")
    return ""


def _lead_in_program(ctx: Context, index: int) -> str:
    """The command the paragraph right before the block opens on, when the page's code
    runs it: "ls-lint provides multiple CLI options out of the box:"."""
    if index == 0 or ctx.items[index - 1].headings != ctx.items[index].headings:
        return ""
    before = ctx.items[index - 1].block
    if not isinstance(before, Paragraph):
        return ""
    words = clean(before.text).split()
    first = words[0].strip("`*") if words else ""
    return first if first in ctx.commands and _COMMAND_NAME.fullmatch(first) else ""


# Words a description of an option adds to its name without saying anything more.
_RESTATING = frozenset(
    {
        "print",
        "prints",
        "show",
        "shows",
        "display",
        "displays",
        "output",
        "outputs",
        "enable",
        "enables",
        "use",
        "uses",
        "set",
        "sets",
        "the",
        "a",
        "an",
        "of",
        "list",
        "only",
        "to",
        "and",
        "or",
        "this",
        "whether",
        "if",
        "when",
        "flag",
        "option",
        "per",
        "by",
        "for",
        "in",
        "with",
        "on",
        "its",
        "all",
    }
)


def _restates_flag(flags: list[str], text: str) -> bool:
    """A description that only says the option's name again ("--show-hidden-options":
    "Print a list of hidden options"): nothing a card could teach."""
    named = {w for flag in flags for w in re.findall(r"[a-z0-9]+", flag.lower())}
    said = set(re.findall(r"[a-z0-9]+", text.lower())) - _RESTATING
    stems = {w.rstrip("s") for w in named}
    return bool(said) and all(w in named or w.rstrip("s") in stems for w in said)


# A list item naming an option and saying what it does: "`--port=NUMBER` - select the
# port", "`-p`, `--port`: port to use", "-f, --force  overwrite files", "`--cors` Enable
# CORS". Flags in code then a capitalised description need no punctuation between
# them; a lower-case word after them is a sentence about the option ("`--spa` cli option
# for single page apps", a changelog's), not its description.
_ITEM_FLAGS = (
    rf"`{_FLAG}`(?:{_FLAG_SEP}`{_FLAG}`)*|`{_FLAG}(?:{_FLAG_SEP}{_FLAG})*`"
    rf"|{_FLAG}(?:{_FLAG_SEP}{_FLAG})*"
)
_ITEM_OPTION = re.compile(
    rf"^(?P<flags>{_ITEM_FLAGS})(?:\s*[:–—-]\s+|\s{{2,}}|\s+(?=[A-Z(]))(?P<text>\S.*)$", re.S
)


def option_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list of a program's options, one per item, its flags first then what it does
    (after "-", ":" or two spaces): at least :data:`_MIN_OPTIONS` such items and two
    thirds of the list's. Each makes the card a help text's option makes, "`live-server`:
    what does `--port=NUMBER` do?" → "Select port to use, default: …", asked of the
    program :func:`_table_program` finds; none when the page names no program."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock) or len(block.items) < _MIN_OPTIONS:
        return None
    options = [_ITEM_OPTION.match(" ".join(item.split())) for item in block.items]
    found = [match for match in options if match]
    if len(found) < _MIN_OPTIONS or 3 * len(found) < 2 * len(block.items):
        return None
    spellings = [_spellings(match.group("flags")) for match in found]
    program = _table_program(ctx, index, [flag for named in spellings for flag in named])
    if not program:
        return None
    if _INHERITED.search(ctx.nearest_heading(index)):
        return ()
    notes: list[Note] = []
    for match, named in zip(found, spellings, strict=True):
        text = " ".join(clean(match.group("text")).split())
        if not text or all(re.split(r"[ =]", flag)[0] in _UNIVERSAL for flag in named):
            continue
        if _restates_flag(named, text):
            continue
        notes.extend(_option_note(ctx, index, program, named, text))
    return tuple(notes)


def _capitalised(text: str, program: str = "") -> str:
    """A description with its first letter capitalised, unless it opens on the name of
    the program it is of, which keeps its case ("ls-lint config file path(s)")."""
    if program and text.split(" ", 1)[0] == program.strip("`"):
        return text
    return text[:1].upper() + text[1:]


# A variable's name as the environment spells it: "LOG_LEVEL", "`DB_HOST`", "PORT".
_ENV_NAME = re.compile(r"^`?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*`?$")
# Words saying the names are environment variables: in the first header ("Env var",
# "VAR_NAME", "Variable"), the headings or the title.
_ENV_HEADER = re.compile(r"\benv\b|environment|^var(?:iable)?(?:[ _]name)?s?$", re.I)
_ENV_PLACE = re.compile(r"\benv\b|\benvironment\b", re.I)
# A heading that only says the section lists settings: no subject for the front.
_SETTINGS_HEADING = re.compile(
    r"\b(?:env|environment|variables?|configuration|config|settings|options|reference)\b", re.I
)
_EXAMPLE = re.compile(r"^(?:examples?|example values?)$", re.I)
_NO_VALUE = frozenset({"", "-", "—", "–", "n/a", "none"})


def environment_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A table of environment variables: a first column of names in capitals
    (``LOG_LEVEL``) on two thirds of its rows or more, one with an underscore at least,
    a column describing them and maybe a Default, a Type and an Example one, no other;
    its first header, a heading or the title says they are environment variables. One
    card per variable, "Phoenix endpoint: what does the environment variable `PORT`
    set?" → its description, "(default: `4000`)" after it unless it says its default,
    "(e.g. `v15`)" for an example; the section names the subject unless it only says
    that it lists settings ("General", "Environment variables")."""
    block = ctx.items[index].block
    if not isinstance(block, Table) or len(block.header) < 2 or len(block.rows) < 2:
        return None
    header = [clean(cell).strip() for cell in block.header]
    describing = next((n for n, h in enumerate(header) if _DESCRIBING.match(h)), None)
    if describing is None or describing == 0:
        return None
    names = [clean(row[0]).strip() if row else "" for row in block.rows]
    if 3 * sum(bool(_ENV_NAME.match(name)) for name in names) < 2 * len(names):
        return None
    if not any("_" in name for name in names):
        return None
    places = (header[0], ctx.title, *ctx.heading_texts(index))
    if not _ENV_HEADER.search(header[0]) and not any(_ENV_PLACE.search(p) for p in places):
        return None
    default = next((n for n, h in enumerate(header) if _DEFAULT.match(h)), None)
    example = next((n for n, h in enumerate(header) if _EXAMPLE.match(h)), None)
    kept = (0, describing, default, example)
    if any(n not in kept and not _TYPE.match(h) for n, h in enumerate(header)):
        return None  # a column more ("When to set", "Required"): the table rules ask each
    heading = ctx.nearest_heading(index)
    subject = (
        ""
        if not heading
        or is_generic_label(heading)
        or _SETTINGS_HEADING.search(heading)
        or heading.casefold() == ctx.title.casefold()
        else subject_of(heading)
    )
    notes: list[Note] = []
    for row, name in zip(block.rows, names, strict=True):
        if not _ENV_NAME.match(name) or describing >= len(row):
            continue
        text = " ".join(clean(row[describing]).split())
        if not text:
            continue
        back = _capitalised(text)
        value = _cell(row, default)
        if value.casefold() not in _NO_VALUE and not re.search(r"\bdefaults?\b", text, re.I):
            back = f"{back} (default: {_as_code(value)})"
        shown = _cell(row, example)
        if shown.casefold() not in _NO_VALUE:
            back = f"{back} (e.g. {_as_code(shown)})"
        variable = name.strip("`")
        asked = f"What does the environment variable `{variable}` set?"
        front = f"{subject}: {asked[0].lower()}{asked[1:]}" if subject else asked
        note_id = f"{ctx.subplace(index)}/env-{slugify(variable, 'variable')}"
        notes.extend(_fact(ctx, index, note_id, front, back))
    return tuple(notes)


def _cell(row: tuple[str, ...], column: int | None) -> str:
    return clean(row[column]).strip() if column is not None and column < len(row) else ""


def _as_code(value: str) -> str:
    """A value in code, unless the cell already marks its code ("`db` (service name)")."""
    return value if "`" in value else f"`{value}`"


# An option named in prose with what it does, one sentence: "If you want to run the
# benchmark on a warm cache, you can use the `-w`/`--warmup` option to perform a few
# runs before the benchmark:", "The `-D`/`--step` option can be used to control the
# step size.", "To skip the shell, use the `-N` flag.". The spellings are code spans
# joined by "/", "," or "or"; what it does follows "to", else is what the reader wants
# ("If you want to …", "To …,").
_PROSE_FLAGS = r"(?P<flags>`[^`]+`(?:\s*(?:/|,|\bor\b)\s*`[^`]+`)*)"
_OPTION_WORD = r"(?:option|flag|switch|parameter|argument)"
_PROSE_DOES = r"(?:\s+to\s+(?P<does>[^:;]+?))?"
_PROSE_TAIL = r"(?:\s+and\s+[^.:;]*)?\s*[.:]?$"
# What the reader wants, perhaps with an aside in brackets ("(say, the threads)").
_PROSE_WANT = r"(?:[^,;:()]|\([^)]*\))+"
_USES_OPTION = re.compile(
    # A connective first ("Conversely, if you want to …", "In such cases, …") links, it
    # asks nothing.
    r"^(?:[a-z]+(?:\s+[a-z]+){0,2},\s+)?"
    rf"(?:(?:if|when)\s+you\s+(?:want|need|wish)\s+to\s+(?P<want>{_PROSE_WANT}),\s*"
    rf"|to\s+(?P<aim>{_PROSE_WANT}),\s*)?"
    rf"(?:you\s+can\s+(?:also\s+)?)?use\s+(?:the\s+)?{_PROSE_FLAGS}\s+{_OPTION_WORD}"
    rf"{_PROSE_DOES}{_PROSE_TAIL}",
    re.IGNORECASE,
)
_OPTION_USED = re.compile(
    rf"^(?:the\s+)?{_PROSE_FLAGS}\s+{_OPTION_WORD}\s+(?:can|may)\s+(?:also\s+)?be\s+used"
    rf"\s+to\s+(?P<does>[^:;]+?){_PROSE_TAIL}",
    re.IGNORECASE,
)
# A purpose pointing elsewhere ("To change this", "to use it"): unanswerable alone.
_POINTS_BACK = re.compile(r"\b(?:this|that|these|those|it|them|above|below|following)\b", re.I)
_PROSE_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z`])")
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,2}|_{1,2})(\S(?:[^*_`]*\S)?)\1(?![\w*])")


def _plain_prose(text: str) -> str:
    """Prose without *emphasis*, code spans kept as they are written."""
    parts = re.split(r"(`[^`]*`)", text)
    return "".join(p if p.startswith("`") else _EMPHASIS.sub(r"\2", p) for p in parts)


def _option_elsewhere(ctx: Context, index: int, flag: str) -> bool:
    """Whether another block of the page lists ``flag`` as a help text, a table or a
    list of options does: that one asks it, with the description the program gives."""
    listed = re.compile(rf"(?:^|[\s`|,])({re.escape(flag)})(?=[\s`|,=<\[]|$)", re.M)
    for other, item in enumerate(ctx.items):
        block = item.block
        if other == index or isinstance(block, Paragraph):
            continue
        if isinstance(block, Table):
            cells = [row[0] for row in block.rows if row]
            if any(listed.search(cell) for cell in cells):
                return True
        elif isinstance(block, ListBlock):
            if any(listed.match(entry.strip()) for entry in block.items):
                return True
        elif _help_fence(block) and any(
            listed.match(line.strip()) for line in block.text.splitlines()
        ):
            return True
    return False


def _prose_program(ctx: Context, named: list[str]) -> str:
    """The program a sentence's option is of, as :func:`_program` finds it, written as
    the page names it when that is the same program ("hyperfine" for "`hyperfine`", so
    that the options the page runs and those it only names are asked of one); a title
    that is not one name ("Configure Access to Multiple Clusters") is no program."""
    program = _program(ctx, "", named)
    titled = _program(ctx, "")
    if program.strip("`").casefold() == titled.strip("`").casefold():
        program = titled
    if program.strip("`").split(" ", 1)[0] in _INTERPRETERS:
        return ""  # "python test.py --test-no 3": the option is the script's, unnamed
    if program.startswith("`") or len(program.split()) == 1:
        return program
    return ""


# Programs that run a script named after them: an option after it is the script's.
_INTERPRETERS = frozenset(
    {"python", "python3", "py", "node", "deno", "bun", "ruby", "perl", "php", "java", "bash", "sh"}
)


def option_prose(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """An option a sentence names and says what it does, when no other rule read the
    paragraph: "<program>: what does `--warmup` (`-w`) do?" → what follows "to" ("Perform
    a few runs before the benchmark"), with what the reader wants it for after it
    (", to run the benchmark on a warm cache"); without "to …", what the reader wants
    is the answer. A purpose pointing back ("To change this, use `-r`") makes none, and
    an option the page also lists (help text, table, list) is asked there."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph):
        return None
    notes: list[Note] = []
    text = _plain_prose(" ".join(clean(block.text).split()))
    for sentence in _PROSE_SENTENCE.split(text):
        found = _USES_OPTION.match(sentence) or _OPTION_USED.match(sentence)
        if not found:
            continue
        spans = _CODE_SPAN.findall(found.group("flags"))
        flags = [f.strip() for span in spans for f in re.split(_FLAG_SEP, span)]
        if not flags or not all(re.fullmatch(_FLAG, f) for f in flags):
            continue
        # As written: "--shell=none" is a value given, no Go type to strip.
        named = sorted(flags, key=lambda f: not f.startswith("--"))
        groups = found.groupdict()
        does = (groups.get("does") or "").strip()
        want = (groups.get("want") or groups.get("aim") or "").strip()
        if any(_POINTS_BACK.search(part) for part in (does, want) if part):
            continue
        back = f"{does}, to {want}" if does and want else does or want
        if not back or named[0] in _UNIVERSAL or _option_elsewhere(ctx, index, named[0]):
            continue
        program = _prose_program(ctx, named)
        if not program:
            continue  # "What does `--minify` do?" of no program asks nothing answerable
        notes.extend(_option_note(ctx, index, program, named, back))
    return tuple(notes) or None


# ------------------------------------------------ a man page's option entries

# A flag's other spellings after it on its line ("--all, -a").
_SPELLING = re.compile(r"(?:^|,)\s*(-{1,2}[\w?][\w.-]*)")
# A value that gives no default: empty ("", [], {}) or a choice of values ("true|false").
_NO_DEFAULT = re.compile(r"^(?:\"\"|''|\[\]|\{\}|)$|\|")
# An entry's back takes the paragraphs under its option line while it stays this short
# (the first one always): a man page's option goes on as long as it likes.
_ENTRY_CHARS = 400
# The section's own words naming its configuration table: "The `crio.api` table …",
# 'The "crio.runtime.runtimes" table …', "The containers table …".
_ENTRY_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z`\"])")
_TABLE_NAMED = re.compile(r"\b[Tt]he\s+[`\"]?\[*([\w.-]+?)\]*[`\"]?\s+table\b")
_TABLE_HEADING = re.compile(r"^\[*([\w.-]+?)\]*\s+table$", re.IGNORECASE)


def option_entries(ctx: Context) -> dict[int, OptionEntry | None]:
    """The option entries of a man page or reference, read once: each paragraph opening
    on an option line ("**root**=\"/var/lib/containers/storage\"", "**--all**, **-a**")
    maps to its :class:`OptionEntry`, each paragraph that goes on describing it (no
    option line of its own, same section, before any list, code or table) to None. A
    page with fewer than :data:`_MIN_OPTIONS` such lines has none."""
    if ctx._option_entries:
        return ctx._option_entries[0]
    heads: dict[int, tuple[tuple[str, ...], str, str]] = {}
    for at, item in enumerate(ctx.items):
        block = item.block
        if not isinstance(block, Paragraph) or block.heading or not block.label:
            continue
        first, _, rest = block.text.partition("\n")
        first = first.strip()
        if not option_line(block.label, first):
            continue
        if block.label.startswith("-"):
            tail = first[len(block.label) :]
            heads[at] = ((block.label, *_SPELLING.findall(tail)), "", rest)
        else:
            key, _, value = first.partition("=")
            heads[at] = ((key.strip(),), value.strip(), rest)
    entries: dict[int, OptionEntry | None] = {}
    if len(heads) >= _MIN_OPTIONS:
        for at, (names, value, rest) in heads.items():
            pieces = [" ".join(rest.split())] if rest.strip() else []
            listed = ""
            after = at + 1
            while after < len(ctx.items) and after not in heads:
                item = ctx.items[after]
                if item.headings != ctx.items[at].headings:
                    break
                if isinstance(item.block, ListBlock) and pieces:
                    # "It accepts one of the following values:" and the values listed:
                    # the answer the description points at. What follows the list is
                    # left to be read on its own.
                    listed = "\n".join(f"• {' '.join(i.split())}" for i in item.block.items)
                    entries[after] = None
                    break
                if not isinstance(item.block, Paragraph) or item.block.heading:
                    break
                entries[after] = None
                pieces.append(" ".join(item.block.text.split()))
                after += 1
            text = pieces[0] if pieces else ""
            for piece in pieces[1:]:
                if len(text) + len(piece) >= _ENTRY_CHARS:
                    break
                text = f"{text} {piece}"
            if listed:
                text = f"{text}\n{listed}"
            elif text.endswith(":"):
                # "… with the following commands:" over a code block no card shows.
                text = " ".join(_ENTRY_SENTENCE.split(text)[:-1])
            entries[at] = OptionEntry(names=names, value=value, text=text)
    ctx._option_entries.append(entries)
    return entries


def _entry_table(ctx: Context, index: int) -> str:
    """The configuration table a section's options belong to, as its own words name it
    ("The `crio.api` table contains …" under "## CRIO.API TABLE"), else as its heading
    does when that is one name before "TABLE"; "" for a section of no table."""
    headings = ctx.items[index].headings
    heading = ctx.nearest_heading(index)
    if not heading:
        return ""
    for item in ctx.items:
        if item.headings == headings and isinstance(item.block, Paragraph):
            named = _TABLE_NAMED.search(item.block.text.split("\n", 1)[0])
            if named:
                return named.group(1)
            break
    titled = _TABLE_HEADING.match(heading)
    return titled.group(1).lower() if titled else ""


def _entry_program(ctx: Context) -> str:
    """The command a man page's flags are of: its SYNOPSIS opening on it in bold
    ("**skopeo copy** [*options*] …"), else the page's title ("skopeo-copy")."""
    for item in ctx.items:
        block = item.block
        if (
            isinstance(block, Paragraph)
            and item.headings
            and clean_heading(item.headings[-1].text).casefold() == "synopsis"
            and block.label
            and block.text.startswith(block.label)
            and not block.label.startswith("-")
        ):
            return block.label
    return ctx.page_subject or (ctx.title if len(ctx.title.split()) <= _TITLE_WORDS else "")


def option_entry(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """An option of a man page or reference written as its own line, its description
    under it ("**container_create_timeout**=240" / "The timeout for container creation
    …"; "**--authfile** _path_" / blank / "Path of the primary registry credentials
    file."): at least :data:`_MIN_OPTIONS` on the page. A key asks "crio.conf
    `[crio.runtime]` option `container_create_timeout`: what does it set?" (the table its
    section names, the page's name) → its description, "(default: `240`)" after it
    unless it says its own; a flag asks as a help text's option does ("skopeo copy:
    what does `--all` (`-a`) do?"). The paragraphs going on under the option are its
    description (as much as a card holds), never sentences of their own."""
    if not isinstance(ctx.items[index].block, Paragraph | ListBlock):
        return None
    entries = option_entries(ctx)
    if index not in entries:
        return None
    entry = entries[index]
    if entry is None or not entry.text:
        return ()
    if entry.names[0].startswith("-"):
        if all(name in _UNIVERSAL for name in entry.names):
            return ()
        return _option_note(ctx, index, _entry_program(ctx), list(entry.names), entry.text)
    name = entry.names[0]
    table = _entry_table(ctx, index)
    page = ctx.page_subject or (ctx.title if len(ctx.title.split()) <= _TITLE_WORDS else "")
    owner = " ".join(p for p in (page, f"`[{table}]`" if table else "") if p)
    front = (
        f"{owner} option `{name}`: what does it set?"
        if owner
        else (f"What does the option `{name}` set?")
    )
    back = _capitalised(entry.text)
    value = entry.value.strip()
    if not _NO_DEFAULT.search(value) and not re.search(r"\bdefaults?\b", entry.text, re.I):
        shown = value[1:-1] if len(value) > 1 and value[0] == value[-1] == '"' else value
        # After a list of values, on a line of its own: no part of the last value.
        back = f"{back}\nDefault: `{shown}`" if "\n" in back else f"{back} (default: `{shown}`)"
    note_id = f"{ctx.subplace(index)}/option-{slugify(name, 'option')}"
    return _fact(ctx, index, note_id, front, back)
