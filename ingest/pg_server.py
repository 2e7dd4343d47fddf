"""A throwaway PostgreSQL server from the Debian binaries, for the tests and the benchmarks.

    with temporary_server() as server:      # initdb in a temp dir, a free 127.0.0.1 port
        ingest_paths(paths, None, postgres=server.params)

The binaries are found in /usr/lib/postgresql/<version>/bin (Debian's `postgresql` package) or
in $WARDWH_PG_BIN. PostgreSQL refuses to run as root, so under root the cluster belongs to the
`postgres` account the Debian package creates (else `nobody`) and its commands run through
`setpriv`. The cluster trusts local connections and is deleted when the block ends.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ingest.load_postgres import PostgresParams

_NEEDED = ("initdb", "pg_ctl", "postgres")
SUPERUSER = "wardwh"
DATABASE = "wardwh"


class ServerUnavailableError(RuntimeError):
    """No PostgreSQL binaries, or the server would not start."""


def find_binaries() -> Path | None:
    """Folder of initdb/pg_ctl/postgres (the newest Debian version), or None."""
    configured = os.environ.get("WARDWH_PG_BIN")
    candidates = [Path(configured)] if configured else []
    candidates += sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    for folder in candidates:
        if all((folder / name).is_file() for name in _NEEDED):
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _account() -> pwd.struct_passwd | None:
    """The unprivileged account to run the server as when we are root, else None."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise ServerUnavailableError("running as root and no 'postgres' or 'nobody' account")


@dataclass
class Server:
    binaries: Path
    directory: Path
    port: int
    account: pwd.struct_passwd | None

    @property
    def params(self) -> PostgresParams:
        return PostgresParams(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=DATABASE)

    def environment(self) -> dict[str, str]:
        """The libpq variables that point dbt and `wardwh --target postgres` at this server."""
        return {
            "PGHOST": "127.0.0.1",
            "PGPORT": str(self.port),
            "PGUSER": SUPERUSER,
            "PGPASSWORD": "",
            "PGDATABASE": DATABASE,
        }

    @property
    def data(self) -> Path:
        return self.directory / "data"

    def run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess:
        argv = [str(self.binaries / command[0]), *command[1:]]
        if self.account is not None:
            argv = [
                "setpriv",
                f"--reuid={self.account.pw_uid}",
                f"--regid={self.account.pw_gid}",
                "--clear-groups",
                "--",
                *argv,
            ]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd="/")
        if check and done.returncode != 0:
            raise ServerUnavailableError(
                f"{command[0]} failed ({done.returncode}): {(done.stderr or done.stdout)[-800:]}"
            )
        return done

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)


def _start(binaries: Path, *, durable: bool) -> Server:
    directory = Path(tempfile.mkdtemp(prefix="wardwh-pg-"))
    account = _account()
    if account is not None:
        os.chown(directory, account.pw_uid, account.pw_gid)
    server = Server(binaries, directory, 0, account)
    server.run(
        "initdb", "-D", str(server.data), "-U", SUPERUSER, "--auth=trust",
        "--encoding=UTF8", "--locale=C", "--no-sync",
    )  # fmt: skip
    options = [
        "-c listen_addresses=127.0.0.1",
        "-c unix_socket_directories=''",
        "-c max_connections=40",
    ]
    if not durable:  # a test server: nothing to keep if the machine stops
        options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
    for _ in range(5):  # another process may take the free port first
        server.port = _free_port()
        started = server.run(
            "pg_ctl", "-D", str(server.data), "-l", str(server.directory / "server.log"),
            "-o", " ".join([f"-p {server.port}", *options]), "-w", "-t", "60", "start",
            check=False,
        )  # fmt: skip
        if started.returncode == 0:
            break
    else:
        log = (server.directory / "server.log").read_text(errors="replace")[-800:]
        shutil.rmtree(directory, ignore_errors=True)
        raise ServerUnavailableError(f"postgres did not start: {log}")
    _create_database(server)
    return server


def _create_database(server: Server) -> None:
    import psycopg

    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(
                host="127.0.0.1", port=server.port, user=SUPERUSER, dbname="postgres",
                autocommit=True,
            ) as connection:  # fmt: skip
                connection.execute(f"create database {DATABASE}")
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@contextmanager
def temporary_server(*, durable: bool = False) -> Iterator[Server]:
    """Start a PostgreSQL server in a temp dir; stop it and delete everything afterwards."""
    binaries = find_binaries()
    if binaries is None:
        raise ServerUnavailableError(
            "PostgreSQL binaries not found (install the Debian package postgresql, "
            "or set WARDWH_PG_BIN)"
        )
    server = _start(binaries, durable=durable)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.directory, ignore_errors=True)
