"""Encryption at rest (opt-in): SQLCipher connections, the passphrase, converting a file.

A database is either a plain SQLite file or an SQLCipher 4 file encrypted with a
passphrase (`sqlcipher3`, imported only when a key is in play). Everything that opens
the file takes `key`: None for a plain file, the passphrase for an encrypted one.

Where the passphrase comes from (`find_key`): the caller's (the window's prompt), then
$SALESDESK_PASSPHRASE for scripted use, then the OS keyring where one exists. It is
never written beside the database; `keyrings.alt` back ends, which keep secrets in a
file, are not used.

SQLCipher derives the page key from the passphrase (PBKDF2-HMAC-SHA512, 256,000
rounds: 0.3 s) on every connection. `connect` derives it once per passphrase and file
salt and hands SQLCipher the raw key, which is the same key: the sqlcipher shell or
DB Browser open the file with the passphrase as usual.

An encrypted file has no readable header, so it cannot be told from random bytes
without the key: `is_encrypted` answers "has the shape of one", and opening with the
key decides (WrongPassphraseError otherwise).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from .errors import NotADatabaseError, SalesDeskError, readable_database_error
from .i18n import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_ENV = "SALESDESK_PASSPHRASE"
KEYRING_SERVICE = "SalesDesk database"
MIN_PASSPHRASE = 8
# SQLCipher 4 defaults: how it turns a passphrase into the page key.
_KDF_ROUNDS = 256_000


class PassphraseRequiredError(SalesDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is encrypted: enter its passphrase to open it (for scripts, set "
                "SALESDESK_PASSPHRASE). The file was not changed.",
            ),
            path=path,
        )


class WrongPassphraseError(SalesDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} could not be opened with this passphrase: the passphrase is wrong, "
                "or the file is damaged or not a SalesDesk database. The file was not changed.",
            ),
            path=path,
        )


class AlreadyEncryptedError(SalesDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{path} is already encrypted; nothing was changed."),
            path=path,
        )


class NotEncryptedError(SalesDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{path} is not encrypted; nothing was changed."),
            path=path,
        )


class EncryptionUnavailableError(SalesDeskError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Encryption needs the sqlcipher3 package, which is not installed. "
                "Nothing was changed.",
            )
        )


class WeakPassphraseError(SalesDeskError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "A passphrase needs at least {count} characters."),
            count=MIN_PASSPHRASE,
        )


class DatabaseInUseError(SalesDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is open in another program (a SalesDesk window?). Close it and "
                "try again; nothing was changed.",
            ),
            path=path,
        )


class ConversionFailedError(SalesDeskError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The converted copy of {path} did not match the original ({detail}); "
                "it was discarded and the database was not changed.",
            ),
            path=path,
            detail=detail,
        )


# --- the driver ----------------------------------------------------------------------


def available() -> bool:
    """Whether SQLCipher can be used here."""
    try:
        driver()
    except EncryptionUnavailableError:
        return False
    return True


def driver():
    try:
        import sqlcipher3
    except ImportError as exc:
        raise EncryptionUnavailableError() from exc
    return sqlcipher3


def driver_errors() -> tuple[type[Exception], ...]:
    """The errors a raw connection from `connect` can raise (sqlite3.Error and kin)."""
    try:
        import sqlcipher3
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, sqlcipher3.Error)


def _header(path: Path) -> bytes:
    """The first 16 bytes: the SQLite header, or the salt of an SQLCipher file.

    Only for files without live connections in this process: closing any descriptor
    of a file drops every POSIX lock the process holds on it, SQLite's included.
    """
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER))
    except OSError:
        return b""


def is_encrypted(path: Path) -> bool:
    """True if `path` has the shape of an SQLCipher file rather than a plain SQLite one.

    Without the key that is all one can tell: whole pages of bytes that look random
    and no SQLite header. Opening with the key decides; a missing or empty file is not
    encrypted. It reads the file, so ask before connecting (see `_header`).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size < 512 or size % 512:  # whole pages (512 bytes is SQLite's smallest)
            return False
        with path.open("rb") as fh:
            first_page = fh.read(4096)
    except OSError:
        return False
    if first_page.startswith(SQLITE_HEADER):
        return False
    # 512 random bytes hold ~220 different values, 4096 about 256; text or a zeroed
    # file hold far fewer.
    return len(set(first_page)) >= 160


@lru_cache(maxsize=16)
def _raw_key(passphrase: str, salt: bytes) -> str:
    derived = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, _KDF_ROUNDS, 32)
    return derived.hex()


# A key of the right form: SQLCipher then reports the file's salt without decrypting.
_PLACEHOLDER_KEY = "x'" + "00" * 32 + "'"


def _file_salt(con) -> bytes:
    """The salt SQLCipher reads from (or, for a new file, made for) the open file.

    Through SQLite, not by opening the file beside it (see `_header`).
    """
    con.execute(f'PRAGMA key = "{_PLACEHOLDER_KEY}"')
    rows = con.execute("PRAGMA cipher_salt").fetchall()
    return bytes.fromhex(rows[0][0]) if rows and rows[0][0] else b""


def connect(path: Path, key: str | None = None, *, readonly: bool = False, **kwargs):
    """A DB-API connection to `path`: sqlite3 when `key` is None, else SQLCipher.

    With a key, the key is checked here: WrongPassphraseError if it does not open the
    file, NotEncryptedError if the file is plain SQLite. `kwargs` go to connect()
    (timeout, check_same_thread...). Within one process a file must only ever be
    opened through one of the two SQLite libraries: their locks do not see each other.
    """
    path = Path(path)
    target = f"{path.resolve().as_uri()}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly, **kwargs)
    sqlcipher = driver()
    if "\x00" in key:
        raise WrongPassphraseError(str(path))
    # First the key derived here once per passphrase and salt; then the passphrase
    # itself, for a file made with other settings, or a new one: SQLCipher picks the
    # salt of a new file when it is keyed, so the placeholder trick does not apply.
    try:
        new = os.stat(path).st_size == 0
    except FileNotFoundError:
        new = True
    for derive in (False,) if new else (True, False):
        con = sqlcipher.connect(target, uri=readonly, **kwargs)
        try:
            con.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to report
            if derive:
                salt = _file_salt(con)
                if salt == SQLITE_HEADER:
                    raise NotEncryptedError(str(path))
                con.execute(f"PRAGMA key = \"x'{_raw_key(key, salt)}'\"")
            else:
                quoted = key.replace("'", "''")
                con.execute(f"PRAGMA key = '{quoted}'")
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return con
        except sqlcipher.DatabaseError:
            con.close()
        except BaseException:
            con.close()
            raise
    raise WrongPassphraseError(str(path))


# --- the passphrase ------------------------------------------------------------------


def validate_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE or "\x00" in passphrase:
        raise WeakPassphraseError()


def env_key() -> str | None:
    return os.environ.get(KEY_ENV) or None


def _keyring():
    """The keyring module if a real system keyring is there, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is no keyring
        return None
    if isinstance(backend, fail.Keyring) or type(backend).__module__.startswith(
        ("keyrings.alt", "keyring.backends.null")
    ):
        return None  # keyrings.alt keeps secrets in a file: not for this one
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def _account(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def stored_key(path: Path) -> str | None:
    """The passphrase the OS keyring holds for `path`, if any."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, _account(path)) or None
    except Exception:  # locked, dismissed or failing keyring: ask instead
        return None


def remember_key(path: Path, passphrase: str) -> bool:
    """Keep the passphrase in the OS keyring; False if there is none (or it refused)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, _account(path), passphrase)
    except Exception:
        return False
    return True


def forget_key(path: Path) -> bool:
    """Remove the keyring's passphrase for `path`; False if it held none."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.delete_password(KEYRING_SERVICE, _account(path))
    except Exception:
        return False
    return True


def find_key(path: Path, key: str | None = None) -> str | None:
    """The passphrase to open `path` with.

    `key` if given; None for a plain or new file; for an encrypted one
    $SALESDESK_PASSPHRASE, else the keyring's, else PassphraseRequiredError (the window
    then asks). Whether it is right is for `connect` to find out.
    """
    if key is not None:
        return key
    if not is_encrypted(Path(path)):
        return None
    found = env_key() or stored_key(path)
    if found is None:
        raise PassphraseRequiredError(str(path))
    return found


# --- copies and conversions ----------------------------------------------------------


def copy_database(source: Path, dest: Path, key: str | None = None) -> Path:
    """VACUUM INTO the new file `dest`, then check it; an encrypted source gives a copy
    encrypted with the same key. The copy is removed if the check fails."""
    con = connect(source, key)
    try:
        con.execute("VACUUM INTO ?", (str(dest),))
    finally:
        con.close()
    problem = _integrity(dest, key)
    if problem:
        Path(dest).unlink(missing_ok=True)
        raise ConversionFailedError(str(source), problem)
    return Path(dest)


def _integrity(path: Path, key: str | None) -> str | None:
    con = connect(path, key, readonly=True)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
    finally:
        con.close()
    return None if rows == ["ok"] else "; ".join(rows)


@dataclass(frozen=True)
class Conversion:
    path: Path
    backup: Path  # verified copy of the file as it was (plain before encrypt)
    rows: int  # rows compared between the original and the converted file


def encrypt_file(path: Path, passphrase: str, backup_dir: Path) -> Conversion:
    """Encrypt the plain database `path` in place (see `_convert`)."""
    path = Path(path)
    validate_new_passphrase(passphrase)
    driver()
    if _header(path) != SQLITE_HEADER:
        if is_encrypted(path):
            raise AlreadyEncryptedError(str(path))
        raise NotADatabaseError(str(path))
    return _convert(path, None, passphrase, backup_dir, "preencrypt")


def decrypt_file(path: Path, passphrase: str, backup_dir: Path) -> Conversion:
    """Turn the encrypted database `path` back into a plain SQLite file (see `_convert`)."""
    path = Path(path)
    if _header(path) == SQLITE_HEADER:
        raise NotEncryptedError(str(path))
    if not path.exists() or path.stat().st_size == 0:
        raise NotADatabaseError(str(path))
    connect(path, passphrase, readonly=True).close()  # WrongPassphraseError before anything
    return _convert(path, passphrase, None, backup_dir, "predecrypt")


def plain_backups(path: Path, backup_dir: Path) -> list[Path]:
    """Backups of `path` in `backup_dir` that are not encrypted (left from before)."""
    path = Path(path)
    if not Path(backup_dir).is_dir():
        return []
    return sorted(
        f for f in Path(backup_dir).glob(f"{path.stem}-*.sqlite3") if _header(f) == SQLITE_HEADER
    )


def _convert(
    path: Path, source_key: str | None, dest_key: str | None, backup_dir: Path, reason: str
) -> Conversion:
    """sqlcipher_export into a new file, compare every row, then replace `path` with it.

    Nothing else may have the file open (DatabaseInUseError); the connection holds it
    against writers until the replace. A verified backup of the original is taken
    first, with its key. Any failure leaves `path` as it was. Another process is seen
    through its locks; this process must have closed its own connections (SQLite's
    POSIX locks do not see those of the same process through the other library).
    """
    try:
        return _export_and_replace(path, source_key, dest_key, backup_dir, reason)
    except driver_errors() as exc:  # disk full, read-only folder...
        raise readable_database_error(exc) from exc


def _export_and_replace(
    path: Path, source_key: str | None, dest_key: str | None, backup_dir: Path, reason: str
) -> Conversion:
    sqlcipher = driver()
    tmp = path.with_name(path.name + ".converting")
    for leftover in (tmp, Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    con = connect(path, source_key) if source_key else sqlcipher.connect(str(path))
    try:
        con.isolation_level = None
        try:
            # Leaving WAL needs the only connection: it fails at once if a window has it.
            mode = con.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlcipher.OperationalError as exc:
            raise DatabaseInUseError(str(path)) from exc
        if str(mode).lower() != "delete":
            raise DatabaseInUseError(str(path))
        con.execute("PRAGMA locking_mode = EXCLUSIVE")  # keep the lock taken by the read
        user_version = con.execute("PRAGMA user_version").fetchone()[0]
        backup = _backup_path(path, Path(backup_dir), reason)
        try:
            con.execute("VACUUM INTO ?", (str(backup),))
            problem = _integrity(backup, source_key)
        except BaseException:
            backup.unlink(missing_ok=True)
            raise
        if problem:
            backup.unlink(missing_ok=True)
            raise ConversionFailedError(str(path), problem)
        try:
            con.execute("ATTACH DATABASE ? AS converted KEY ?", (str(tmp), dest_key or ""))
            con.execute("SELECT sqlcipher_export('converted')").fetchone()
            con.execute(f"PRAGMA converted.user_version = {int(user_version)}")
            con.execute("DETACH DATABASE converted")
            rows = _compare(con, tmp, dest_key, str(path))
            os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))  # as private as it was
            _fsync(tmp)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    finally:
        con.close()
    os.replace(tmp, path)
    _fsync(path.parent)
    return Conversion(path=path, backup=backup, rows=rows)


def _backup_path(path: Path, backup_dir: Path, reason: str) -> Path:
    """Named like core/backup.rolling_backup's, so its rotation counts it."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir / f"{path.stem}-{stamp}-{reason}.sqlite3"


def _compare(source, converted: Path, key: str | None, name: str) -> int:
    """Every table, row by row, in the original connection and the converted file."""
    copy = connect(converted, key, readonly=True)
    try:
        problem = [r[0] for r in copy.execute("PRAGMA integrity_check(20)")]
        if problem != ["ok"]:
            raise ConversionFailedError(name, "; ".join(problem))
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        tables = source.execute(schema).fetchall()
        if copy.execute(schema).fetchall() != tables:
            raise ConversionFailedError(name, "schema")
        rows = 0
        for kind, table, _sql in tables:
            if kind != "table" or table.startswith("sqlite_stat"):
                continue
            query = f'SELECT * FROM "{table.replace(chr(34), chr(34) * 2)}"'
            mine, theirs = source.execute(query), copy.execute(query)
            while True:
                a, b = mine.fetchmany(2000), theirs.fetchmany(2000)
                if a != b:
                    raise ConversionFailedError(name, table)
                if not a:
                    break
                rows += len(a)
        return rows
    finally:
        copy.close()


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # folders cannot be opened on every system
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
