"""`quizkit --help` registers `export` without loading the Anki package."""

from __future__ import annotations

import subprocess
import sys


def test_building_the_parser_loads_no_anki_module() -> None:
    code = (
        "import sys, quizkit.cli; parser = quizkit.cli.build_parser(); "
        "assert 'export' in parser.format_help(); "
        "print(sorted(m for m in sys.modules if m.startswith('quizkit.anki') or m == 'genanki'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_export_help_names_every_option() -> None:
    code = (
        "import quizkit.cli, sys\n"
        "try:\n"
        "    quizkit.cli.main(['export', 'anki', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('quizkit.anki')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    for option in ("--output", "--deck", "--with-scheduling"):
        assert option in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "[]"
