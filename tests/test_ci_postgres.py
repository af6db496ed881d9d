"""``.ci/postgres.sh start`` twice on one folder leaves one server, and ``stop`` ends it."""

from __future__ import annotations

import glob
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / ".ci" / "postgres.sh"


def _postmasters(folder: Path) -> list[str]:
    found = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True, check=True)
    return [line for line in found.stdout.splitlines() if f"{folder}/data" in line]


@pytest.mark.slow
@pytest.mark.skipif(not glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reason="no PostgreSQL")
def test_starting_again_in_a_used_folder_stops_the_first_server() -> None:
    # Not pytest's tmp_path: the server runs as the postgres user, who must reach the folder.
    base = Path(tempfile.mkdtemp(prefix="quizkit-pg-", dir="/tmp"))
    base.chmod(0o755)
    folder = base / "pg"
    try:
        for _ in range(2):
            subprocess.run(
                ["bash", str(SCRIPT), "start", str(folder)], check=True, capture_output=True
            )
        # The first server was stopped before its data was deleted: one postmaster runs.
        assert len(_postmasters(folder)) == 1
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", str(folder)], check=False, capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
    assert _postmasters(folder) == []
