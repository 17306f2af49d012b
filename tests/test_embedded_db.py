"""The embedded server's hazards: dead handles and a stale postmaster.pid are cleared before it starts."""

import json
import os
import subprocess
from pathlib import Path

import pytest
from django.db import connection

from archive.embedded_db import _prune_dead_handles, _remove_stale_pidfile


def dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_dead_processes_are_pruned_from_the_handle_list(tmp_path):
    (tmp_path / ".handle_pids.json").write_text(json.dumps([os.getpid(), dead_pid()]))
    _prune_dead_handles(tmp_path)
    assert json.loads((tmp_path / ".handle_pids.json").read_text()) == [os.getpid()]


def test_a_postmaster_pid_of_another_program_is_removed(tmp_path):
    (tmp_path / "postmaster.pid").write_text(f"{os.getpid()}\n{tmp_path}\n")
    _remove_stale_pidfile(tmp_path)
    assert not (tmp_path / "postmaster.pid").exists()


def test_a_postmaster_pid_of_a_dead_process_is_removed(tmp_path):
    (tmp_path / "postmaster.pid").write_text(f"{dead_pid()}\n{tmp_path}\n")
    _remove_stale_pidfile(tmp_path)
    assert not (tmp_path / "postmaster.pid").exists()


def test_the_running_servers_own_pidfile_is_kept(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT setting FROM pg_settings WHERE name = 'data_directory'")
        (data_directory,) = cursor.fetchone()
    pidfile = Path(data_directory) / "postmaster.pid"
    if not pidfile.exists():
        pytest.skip("DATABASE_URL points at a server on another machine")
    _remove_stale_pidfile(Path(data_directory))
    assert pidfile.exists()
