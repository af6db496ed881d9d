"""A program's options as its ``--help`` prints them, in a code block of a README or a
reference page, or as a table of flags: one card per option, "git-quick-stats: what
does `--branch-tree` (`-b`) do?" → its description (and its default)."""

from __future__ import annotations

import re

from quizkit.build.markdown import Code, Table
from quizkit.build.text import clean, clean_heading, slugify
from quizkit.notes import Note

from .common import _SHELL_INFOS, Context, _fact

# The fence infos a help text is shown under: untagged, plain text, or a shell's.
_HELP_INFOS = _SHELL_INFOS | {"text", "txt", "plaintext", "plain", "none", "help", "output"}
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
    if not isinstance(block, Code) or block.info.split(" ")[0].lower() not in _HELP_INFOS | {""}:
        return None
    if _INHERITED.search(ctx.nearest_heading(index)):
        return ()
    entries = _entries(block.text)
    if entries is None or len(entries) < _MIN_OPTIONS:
        return None
    program = _program(ctx, block.text)
    notes: list[Note] = []
    for flags, text in entries:
        if not text or all(flag.split()[0].split("=")[0] in _UNIVERSAL for flag in flags):
            continue
        if _restates_flag(flags, text):
            continue
        # "--config string": the value's type, as Go's flag packages print it, says
        # nothing the description does not; a placeholder ("<glob>", "FILE") stays.
        named = sorted(
            (_GO_TYPE.sub("", flag) for flag in flags), key=lambda flag: not flag.startswith("--")
        )
        front_flags = f"`{named[0]}`" + "".join(f" (`{other}`)" for other in named[1:])
        asked = f"What does {front_flags} do?"
        front = f"{program}: {asked[0].lower()}{asked[1:]}" if program else asked
        back = text[:1].upper() + text[1:]
        note_id = f"{ctx.subplace(index)}/option-{slugify(named[0].split()[0], 'option')}"
        notes.extend(_fact(ctx, index, note_id, front, back))
    return tuple(notes)


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


def _program(ctx: Context, text: str) -> str:
    """The program the options are of: the help text's usage line, else the page's
    title when it is a name (a few words), else ""."""
    for line in text.splitlines():
        usage = _USAGE.match(line)
        if usage:
            return f"`{usage.group('program')}`"
    named = _CODE_SPAN.findall(ctx.title)
    if len(named) == 1:
        return f"`{named[0]}`"  # "`argocd app sync` Command Reference"
    title = _REFERENCE_TAIL.sub("", clean(clean_heading(ctx.title)).strip())
    return title if title and len(title.split()) <= _TITLE_WORDS else ""


_CODE_SPAN = re.compile(r"`([^`]+)`")
_GO_TYPE = re.compile(r"[ =][a-z][a-zA-Z0-9]*(?:\[\])?$")
# What a title says of the page beside the program's name: no part of it.
_REFERENCE_TAIL = re.compile(
    r"\s+(?:(?:command|cli|command-line)\s+)?(?:reference|usage|options|manual)$", re.I
)
# Options a command takes from its parent ("Options inherited from parent commands",
# "Global options"): every command's page repeats them; its parent's page asks them.
_INHERITED = re.compile(r"\binherited\b|\bglobal\s+(?:options|flags)\b", re.I)


# A table cell naming options: "`--all-namespaces`, `-A`", "-o, --output".
_FLAG_CELL = re.compile(rf"^`?{_FLAG}`?(?:\s*[,/]\s*`?{_FLAG}`?)*$")
# The column saying what an option does, and the one giving its default.
_DESCRIBING = re.compile(
    r"^(?:description|purpose|meaning|usage|help|explanation|what it does|effect|details)$", re.I
)
_DEFAULT = re.compile(r"^default(?:\s+value)?$", re.I)
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
    program = _table_program(ctx, index)
    if not program:
        return None  # whose options they are, the page does not say for sure
    notes: list[Note] = []
    for row, cell in zip(block.rows, flags, strict=True):
        if not _FLAG_CELL.match(cell) or describing >= len(row):
            continue
        text = " ".join(clean(row[describing]).split())
        named = sorted(
            (_GO_TYPE.sub("", flag.strip().strip("`")) for flag in re.split(r"\s*[,/]\s*", cell)),
            key=lambda flag: not flag.startswith("--"),
        )
        if not text or all(flag.split()[0] in _UNIVERSAL for flag in named):
            continue
        if _restates_flag(named, text):
            continue
        value = clean(row[default]).strip() if default is not None and default < len(row) else ""
        back = text[:1].upper() + text[1:]
        if value and not re.search(r"\bdefaults?\b", text, re.I):
            shown = value if value.startswith("`") else f"`{value}`"
            back = f"{back} (default: {shown})"
        front_flags = f"`{named[0]}`" + "".join(f" (`{other}`)" for other in named[1:])
        asked = f"What does {front_flags} do?"
        front = f"{program}: {asked[0].lower()}{asked[1:]}" if program else asked
        note_id = f"{ctx.subplace(index)}/option-{slugify(named[0].split()[0], 'option')}"
        notes.extend(_fact(ctx, index, note_id, front, back))
    return tuple(notes)


# A section of a program's options: "cli flags", "Command-line options", "Arguments".
_OPTIONS_SECTION = re.compile(r"\b(?:flags|options|arguments|command[- ]line|cli)\b", re.I)


def _table_program(ctx: Context, index: int) -> str:
    """The program an option table is of: a command the title names in code, or a
    title that is itself a command the page's code runs ("stern"), under a section
    about options ("cli flags") or not; a short title under such a section. "" when
    neither says it ("Workshop notes › Oven switches": no program's flags)."""
    named = _CODE_SPAN.findall(ctx.title)
    if len(named) == 1:
        return f"`{named[0]}`"
    title = _REFERENCE_TAIL.sub("", clean(clean_heading(ctx.title)).strip())
    if title and title.casefold() in ctx.commands:
        return title
    if any(_OPTIONS_SECTION.search(h) for h in ctx.heading_texts(index)):
        return _program(ctx, "")
    return ""


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
