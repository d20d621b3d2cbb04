"""Encryption at rest with SQLCipher, on real files whose bytes are inspected."""

from __future__ import annotations

import argparse
import hashlib
import inspect
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select, text

from salesdesk.bootstrap import open_context
from salesdesk.commands import crypt
from salesdesk.core import backup, crypto
from salesdesk.core.db import Database, check_file, integrity_problem, make_engine
from salesdesk.core.errors import NotADatabaseError, SalesDeskError
from salesdesk.core.migrate import current_revision, prepare
from salesdesk.core.models import Account, Contact, new_id

sqlcipher3 = pytest.importorskip("sqlcipher3")

PASSPHRASE = "correct horse battery staple"
SENTINELS = ("SENTINEL-ÄÖ-پارسی-42", "SENTINEL-WAL-Ωμέγα-7")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leaks(path: Path) -> list[str]:
    """Which sentinel texts (or parts of them) appear in the raw bytes of `path`."""
    data = path.read_bytes()
    needles = [*SENTINELS, "SENTINEL", "پارسی", "Ωμέγα"]
    return [n for n in needles if n.encode() in data or n.encode("utf-16-le") in data]


def _plain_with_sentinel(path: Path) -> Path:
    ctx = open_context(path)
    with ctx.db.write() as s:
        account = Account(name=SENTINELS[0])
        s.add(account)
        s.flush()
        s.add(Contact(last_name=SENTINELS[0], account_id=account.id))
    ctx.close()
    return path


def _snapshot(con) -> dict[str, list[tuple]]:
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_stat%'"
        )
    ]
    return {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"'))) for t in tables}


@pytest.fixture
def keyring_memory(monkeypatch):
    """An in-memory system keyring, instead of none (this machine has none)."""
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.items.get((service, username))

        def set_password(self, service, username, password):
            self.items[(service, username)] = password

        def delete_password(self, service, username):
            self.items.pop((service, username))

    before = keyring.get_keyring()
    memory = Memory()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def no_passphrase_in_env(monkeypatch):
    monkeypatch.delenv(crypto.KEY_ENV, raising=False)


@pytest.fixture
def encrypted(tmp_path) -> Path:
    path = _plain_with_sentinel(tmp_path / "sales.sqlite3")
    crypto.encrypt_file(path, PASSPHRASE, tmp_path / "backups")
    return path


def test_the_sentinel_is_visible_in_a_plain_file_so_the_search_works(tmp_path):
    path = _plain_with_sentinel(tmp_path / "plain.sqlite3")
    assert SENTINELS[0] in _leaks(path)


def test_no_sentinel_in_the_encrypted_file_its_wal_or_its_backup(encrypted, tmp_path):
    db = Database(encrypted, key=PASSPHRASE)
    try:
        with db.write() as s:  # written after encryption: lands in the -wal first
            s.add(Account(name=SENTINELS[1]))
        wal = Path(f"{encrypted}-wal")
        assert wal.stat().st_size > 0
        for part in (encrypted, wal, Path(f"{encrypted}-shm")):
            assert _leaks(part) == [], part
        copy = crypto.copy_database(encrypted, tmp_path / "copy.sqlite3", PASSPHRASE)
    finally:
        db.dispose()
    assert _leaks(copy) == []
    assert crypto.is_encrypted(copy)
    # VACUUM INTO from an encrypted connection: same key, both sentinels inside
    con = crypto.connect(copy, PASSPHRASE)
    names = {r[0] for r in con.execute("SELECT name FROM accounts")}
    con.close()
    assert set(SENTINELS) <= names
    assert _leaks(encrypted) == []
    # pages written through the derived key still open with the passphrase alone
    con = sqlcipher3.connect(str(encrypted))
    con.execute("PRAGMA key = '{}'".format(PASSPHRASE.replace("'", "''")))
    assert {r[0] for r in con.execute("SELECT name FROM accounts")} == set(SENTINELS)
    con.close()


def test_the_file_opens_with_the_passphrase_in_any_sqlcipher(encrypted):
    """connect() hands SQLCipher a derived raw key: it must be the passphrase's key."""
    con = sqlcipher3.connect(str(encrypted))
    con.execute("PRAGMA key = '{}'".format(PASSPHRASE.replace("'", "''")))
    assert con.execute("SELECT name FROM accounts").fetchall() == [(SENTINELS[0],)]
    con.close()


def test_without_a_passphrase_the_error_says_encrypted_not_not_a_database(encrypted):
    before = _digest(encrypted)
    with pytest.raises(crypto.PassphraseRequiredError, match="is encrypted"):
        open_context(encrypted)
    with pytest.raises(crypto.PassphraseRequiredError):
        check_file(encrypted)
    assert _digest(encrypted) == before


def test_a_wrong_passphrase_fails_clearly_and_changes_nothing(encrypted):
    before = _digest(encrypted)
    with pytest.raises(crypto.WrongPassphraseError, match="could not be opened with this"):
        check_file(encrypted, "not the passphrase")
    db = Database(encrypted, key="not the passphrase")
    with pytest.raises(crypto.WrongPassphraseError), db.read() as s:
        s.execute(text("SELECT 1 FROM accounts")).all()
    db.dispose()
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.decrypt_file(encrypted, "not the passphrase", encrypted.parent / "backups")
    assert _digest(encrypted) == before
    assert not list(encrypted.parent.glob("*.converting"))


def test_a_key_for_a_plain_file_is_refused(tmp_path):
    path = _plain_with_sentinel(tmp_path / "plain.sqlite3")
    with pytest.raises(crypto.NotEncryptedError):
        check_file(path, PASSPHRASE)


def test_the_encrypted_database_works_like_a_plain_one(encrypted):
    check_file(encrypted, PASSPHRASE)
    db = Database(encrypted, key=PASSPHRASE)
    try:
        with db.read() as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.scalars(select(Account.name)).all() == [SENTINELS[0]]
        with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as s:
            s.add(Contact(last_name="Orphan", account_id=new_id()))
    finally:
        db.dispose()
    assert integrity_problem(encrypted, key=PASSPHRASE) is None
    assert integrity_problem(encrypted, full=True, key=PASSPHRASE) is None


def test_damage_inside_an_encrypted_file_is_found(encrypted):
    data = bytearray(encrypted.read_bytes())
    assert len(data) >= 3 * 4096
    data[2 * 4096 + 100 : 2 * 4096 + 200] = b"\x00" * 100  # page 3: its HMAC fails
    encrypted.write_bytes(bytes(data))
    assert integrity_problem(encrypted, key=PASSPHRASE)


def test_a_new_database_can_be_created_encrypted_with_any_passphrase(tmp_path):
    path = tmp_path / "new.sqlite3"
    odd = 'it\'s "quoted" — پارسی; DROP TABLE x; --'
    engine = make_engine(path, odd)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x TEXT)")
        conn.exec_driver_sql("INSERT INTO t VALUES (?)", (SENTINELS[0],))
    engine.dispose()
    assert crypto.is_encrypted(path) and _leaks(path) == []
    con = crypto.connect(path, odd, readonly=True)
    assert con.execute("SELECT x FROM t").fetchall() == [(SENTINELS[0],)]
    con.close()
    con = sqlcipher3.connect(str(path))  # and plain SQLCipher with the passphrase
    con.execute("PRAGMA key = '{}'".format(odd.replace("'", "''")))
    assert con.execute("SELECT x FROM t").fetchall() == [(SENTINELS[0],)]
    con.close()


def test_encrypt_then_decrypt_keeps_every_row(tmp_path):
    from salesdesk.core.demo import generate

    path = tmp_path / "demo.sqlite3"
    ctx = open_context(path)
    generate(ctx.db, accounts=40, seed=5)
    ctx.close()
    con = sqlite3.connect(path)
    before = _snapshot(con)
    con.close()
    total = sum(len(rows) for rows in before.values())
    assert before["accounts"] and total > 500

    path.chmod(0o600)
    done = crypto.encrypt_file(path, PASSPHRASE, tmp_path / "backups")
    assert done.rows == total and crypto.is_encrypted(path)
    assert path.stat().st_mode & 0o777 == 0o600  # no more readable than before
    con = crypto.connect(path, PASSPHRASE)
    assert _snapshot(con) == before
    con.close()
    kept = sqlite3.connect(done.backup)  # the verified copy of the original, plain
    assert _snapshot(kept) == before
    kept.close()

    undone = crypto.decrypt_file(path, PASSPHRASE, tmp_path / "backups")
    assert undone.rows == total and not crypto.is_encrypted(path)
    assert path.read_bytes().startswith(crypto.SQLITE_HEADER)
    con = sqlite3.connect(path)
    assert _snapshot(con) == before
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    assert crypto.is_encrypted(undone.backup)  # the copy taken before decrypting
    ctx = open_context(path)  # and the app opens the result as usual
    ctx.close()


def test_a_copy_that_does_not_match_is_discarded_and_the_file_kept(tmp_path, monkeypatch):
    path = _plain_with_sentinel(tmp_path / "sales.sqlite3")

    def mismatch(_source, _converted, _key, name):
        raise crypto.ConversionFailedError(name, "accounts")

    monkeypatch.setattr(crypto, "_compare", mismatch)
    with pytest.raises(crypto.ConversionFailedError, match="did not match"):
        crypto.encrypt_file(path, PASSPHRASE, tmp_path / "backups")
    assert not crypto.is_encrypted(path)
    assert not list(tmp_path.glob("*.converting*"))
    con = sqlite3.connect(path)
    assert con.execute("SELECT name FROM accounts").fetchall() == [(SENTINELS[0],)]
    con.close()


def test_encrypt_refuses_an_encrypted_file_and_decrypt_a_plain_one(encrypted, tmp_path):
    backups = sorted((tmp_path / "backups").iterdir())
    before = _digest(encrypted)
    with pytest.raises(crypto.AlreadyEncryptedError):
        crypto.encrypt_file(encrypted, PASSPHRASE, tmp_path / "backups")
    assert _digest(encrypted) == before
    plain = _plain_with_sentinel(tmp_path / "plain.sqlite3")
    before = _digest(plain)
    with pytest.raises(crypto.NotEncryptedError):
        crypto.decrypt_file(plain, PASSPHRASE, tmp_path / "backups")
    assert _digest(plain) == before
    assert sorted((tmp_path / "backups").iterdir()) == backups  # no copy taken either


def test_encrypt_refuses_what_is_not_a_database_and_a_short_passphrase(tmp_path):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("my shopping list\n")
    with pytest.raises(NotADatabaseError):
        crypto.encrypt_file(notes, PASSPHRASE, tmp_path / "backups")
    plain = _plain_with_sentinel(tmp_path / "plain.sqlite3")
    with pytest.raises(crypto.WeakPassphraseError):
        crypto.encrypt_file(plain, "short", tmp_path / "backups")
    assert not crypto.is_encrypted(plain)


def test_encrypt_refuses_a_file_another_program_has_open(tmp_path):
    """A window in another process holds a connection: encrypting must not pull the file
    away from under it. (Within one process SQLite's POSIX locks cannot tell, which is
    why the commands run on a path, not on an open context.)"""
    path = _plain_with_sentinel(tmp_path / "busy.sqlite3")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; con = sqlite3.connect(sys.argv[1]); "
            "con.execute('SELECT count(*) FROM accounts').fetchone(); "
            "print('ready', flush=True); sys.stdin.read(); "
            "con.execute(\"UPDATE accounts SET name = 'after'\"); con.commit()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(crypto.DatabaseInUseError):
            crypto.encrypt_file(path, PASSPHRASE, tmp_path / "backups")
    finally:
        holder.communicate("", timeout=30)
    assert holder.returncode == 0  # it went on writing to the same, still plain file
    assert not crypto.is_encrypted(path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT name FROM accounts").fetchall() == [("after",)]
    con.close()
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


def test_is_encrypted_only_for_the_shape_of_an_sqlcipher_file(tmp_path, encrypted):
    plain = _plain_with_sentinel(tmp_path / "plain.sqlite3")
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    notes = tmp_path / "notes.txt"
    notes.write_text("x" * 4096)
    zeros = tmp_path / "zeros.bin"
    zeros.write_bytes(b"\x00" * 8192)
    assert crypto.is_encrypted(encrypted)
    for path in (plain, empty, notes, zeros, tmp_path / "missing.sqlite3"):
        assert not crypto.is_encrypted(path), path


def test_the_passphrase_comes_from_the_caller_the_environment_then_the_keyring(
    encrypted, tmp_path, monkeypatch, keyring_memory
):
    plain = _plain_with_sentinel(tmp_path / "plain.sqlite3")
    monkeypatch.setenv(crypto.KEY_ENV, "from the environment")
    assert crypto.find_key(plain) is None  # a plain file never gets a key
    assert crypto.find_key(tmp_path / "new.sqlite3") is None
    assert crypto.find_key(encrypted, "typed") == "typed"
    assert crypto.find_key(encrypted) == "from the environment"
    monkeypatch.delenv(crypto.KEY_ENV)
    with pytest.raises(crypto.PassphraseRequiredError):
        crypto.find_key(encrypted)
    assert crypto.remember_key(encrypted, PASSPHRASE)
    assert crypto.find_key(encrypted) == PASSPHRASE
    assert list(keyring_memory.items) == [(crypto.KEYRING_SERVICE, str(encrypted.resolve()))]
    assert crypto.forget_key(encrypted) and crypto.stored_key(encrypted) is None


def test_no_keyring_or_a_failing_one_means_asking(encrypted, monkeypatch, keyring_memory):
    import keyring

    def broken(*_args):
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(keyring_memory, "get_password", broken)
    with pytest.raises(crypto.PassphraseRequiredError):
        crypto.find_key(encrypted)
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # headless Linux: NoKeyringError on every call
    assert not crypto.keyring_available()
    assert not crypto.remember_key(encrypted, PASSPHRASE)
    with pytest.raises(crypto.PassphraseRequiredError):
        crypto.find_key(encrypted)


def test_a_keyring_that_keeps_secrets_in_a_file_is_not_used(keyring_memory, monkeypatch):
    monkeypatch.setattr(type(keyring_memory), "__module__", "keyrings.alt.file")
    assert not crypto.keyring_available()


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    crypt.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_the_commands_encrypt_and_decrypt_with_the_environment_passphrase(
    tmp_path, monkeypatch, capsys, keyring_memory
):
    path = _plain_with_sentinel(tmp_path / "cmd.sqlite3")
    monkeypatch.setenv(crypto.KEY_ENV, PASSPHRASE)
    assert crypt.run(path, _args("encrypt")) == 0
    out = capsys.readouterr()
    assert "Encrypted" in out.out and "unencrypted backup(s)" in out.err
    assert crypto.is_encrypted(path) and crypto.stored_key(path) == PASSPHRASE
    with pytest.raises(crypto.AlreadyEncryptedError):
        crypt.run(path, _args("encrypt"))
    monkeypatch.delenv(crypto.KEY_ENV)  # decrypt finds it in the keyring
    assert crypt.run(path, _args("decrypt")) == 0
    assert not crypto.is_encrypted(path) and crypto.stored_key(path) is None
    with pytest.raises(crypto.NotEncryptedError):
        crypt.run(path, _args("decrypt"))


def test_encrypt_can_remove_the_plain_backups(tmp_path, monkeypatch, capsys):
    path = _plain_with_sentinel(tmp_path / "cmd.sqlite3")
    backup.rolling_backup(path, tmp_path / "backups", "manual")  # an older plain one
    monkeypatch.setenv(crypto.KEY_ENV, PASSPHRASE)
    assert crypt.run(path, _args("encrypt", "--remove-plain-backups", "--no-keyring")) == 0
    assert "Removed 2 unencrypted" in capsys.readouterr().out
    assert crypto.plain_backups(path, tmp_path / "backups") == []


def test_the_commands_without_a_passphrase_or_a_terminal_change_nothing(tmp_path):
    path = _plain_with_sentinel(tmp_path / "cmd.sqlite3")
    before = _digest(path)
    with pytest.raises(SalesDeskError, match="no passphrase"):
        crypt.run(path, _args("encrypt"))
    assert _digest(path) == before
    with pytest.raises(SalesDeskError, match="does not exist"):
        crypt.run(tmp_path / "missing.sqlite3", _args("encrypt"))


# --- once bootstrap, migrate and backup pass the key through ---------------------------

KEY_PLUMBING = all(
    "key" in inspect.signature(fn).parameters
    for fn in (
        open_context,
        prepare,
        current_revision,
        backup.backup_to,
        backup.rolling_backup,
        getattr(backup, "restore", backup.backup_to),
    )
)
needs_key_plumbing = pytest.mark.skipif(
    not KEY_PLUMBING,
    reason="bootstrap.open_context / migrate.prepare / backup.backup_to take no key yet",
)


@needs_key_plumbing
def test_the_app_opens_an_encrypted_file_with_the_environment_passphrase(encrypted, monkeypatch):
    monkeypatch.setenv(crypto.KEY_ENV, PASSPHRASE)
    ctx = open_context(encrypted)
    try:
        assert ctx.db.key == PASSPHRASE
        with ctx.db.read() as s:
            assert s.scalars(select(Account.name)).all() == [SENTINELS[0]]
    finally:
        ctx.close()
    monkeypatch.delenv(crypto.KEY_ENV)
    with pytest.raises(crypto.WrongPassphraseError):
        open_context(encrypted, key="not the passphrase")


@needs_key_plumbing
def test_backups_of_an_encrypted_database_stay_encrypted(encrypted, tmp_path):
    dest = backup.backup_to(encrypted, tmp_path / "out" / "copy.sqlite3", key=PASSPHRASE)
    rolled = backup.rolling_backup(encrypted, tmp_path / "backups", "manual", key=PASSPHRASE)
    for copy in (dest, rolled):
        assert crypto.is_encrypted(copy) and _leaks(copy) == []
        assert integrity_problem(copy, key=PASSPHRASE) is None


@needs_key_plumbing
def test_an_encrypted_database_is_upgraded_with_an_encrypted_backup_first(tmp_path):
    from salesdesk.core.migrate import MIGRATIONS_DIR, SCHEMA_HEAD

    path = tmp_path / "old.sqlite3"
    prepare(path, tmp_path / "backups", key=PASSPHRASE)  # a new file, created encrypted
    assert crypto.is_encrypted(path)
    db = Database(path, key=PASSPHRASE)
    with db.write() as s:
        account = Account(name=SENTINELS[0])
        s.add(account)
        s.flush()
        s.add_all(Contact(last_name=f"Contact {i}", account_id=account.id) for i in range(3))
    db.dispose()
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0099_test.py").write_text(
        textwrap.dedent(f"""\
            import sqlalchemy as sa
            from alembic import op

            revision = "0099"
            down_revision = "{SCHEMA_HEAD}"
            branch_labels = None
            depends_on = None


            def upgrade():
                with op.batch_alter_table("accounts", recreate="always") as batch:
                    batch.add_column(sa.Column("segment", sa.String(40), nullable=True))


            def downgrade():
                pass
            """)
    )
    report = prepare(path, tmp_path / "backups", migrations=folder, head="0099", key=PASSPHRASE)
    assert current_revision(path, PASSPHRASE) == "0099"
    assert crypto.is_encrypted(report.backup) and _leaks(report.backup) == []
    assert crypto.is_encrypted(path) and _leaks(path) == []
    con = crypto.connect(path, PASSPHRASE)
    assert con.execute("SELECT count(*) FROM contacts").fetchone() == (3,)
    con.close()


@needs_key_plumbing
def test_an_encrypted_database_is_restored_from_its_encrypted_backup(encrypted, tmp_path):
    backups = tmp_path / "backups"
    taken = backup.rolling_backup(encrypted, backups, "manual", key=PASSPHRASE)
    db = Database(encrypted, key=PASSPHRASE)
    with db.write() as s:
        s.add(Account(name="written after the backup"))
    db.dispose()
    backup.restore(encrypted, taken, backups, key=PASSPHRASE)
    assert crypto.is_encrypted(encrypted) and _leaks(encrypted) == []
    con = crypto.connect(encrypted, PASSPHRASE)
    assert con.execute("SELECT name FROM accounts").fetchall() == [(SENTINELS[0],)]
    con.close()
    for copy in backups.glob("*before-restore*"):  # the data it replaced, encrypted too
        assert crypto.is_encrypted(copy) and _leaks(copy) == []
