"""`salesdesk encrypt` and `salesdesk decrypt`: convert the database file in place.

Unlike the other commands, run() takes the database path, not an open context: the
conversion needs the file to itself (a SalesDesk window using it makes it refuse).
The passphrase comes from $SALESDESK_PASSPHRASE, else the system keyring (decrypt),
else a prompt on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ..core.crypto import KEY_ENV, PassphraseRequiredError, find_key
from ..core.errors import SalesDeskError


def add_parser(subparsers) -> None:
    """Register `encrypt` and `decrypt` on the CLI's subparsers."""
    enc = subparsers.add_parser(
        "encrypt",
        help="encrypt the database file with a passphrase (SQLCipher)",
        description="Encrypt the database in place: a verified copy of the original is "
        "kept in the backups folder first, the encrypted file is compared row by row "
        f"with it, then replaces it. The passphrase comes from ${KEY_ENV} or is asked "
        "twice; it is kept in the system keyring where there is one. Without the "
        "passphrase the data cannot be recovered.",
    )
    enc.add_argument(
        "--no-keyring",
        action="store_true",
        help="do not keep the passphrase in the system keyring (SalesDesk will ask for it)",
    )
    enc.add_argument(
        "--remove-plain-backups",
        action="store_true",
        help="once encrypted, delete the unencrypted backups of this database, the copy "
        "just taken included",
    )
    subparsers.add_parser(
        "decrypt",
        help="turn an encrypted database back into a plain SQLite file",
        description="Decrypt the database in place, after keeping a verified (still "
        "encrypted) copy of it in the backups folder. The passphrase comes from "
        f"${KEY_ENV}, the system keyring or a prompt; the keyring entry is removed.",
    )


def key_for(path: Path) -> str | None:
    """The passphrase for `path` (None if it is not encrypted); asks on a terminal."""
    try:
        return find_key(path)
    except PassphraseRequiredError:
        if not sys.stdin.isatty():
            raise
        entered = getpass.getpass(f"Passphrase for {path}: ")
        if not entered:
            raise
        return entered


def _new_passphrase() -> str:
    from ..core.crypto import env_key, validate_new_passphrase

    passphrase = env_key()
    if passphrase is None:
        if not sys.stdin.isatty():
            raise SalesDeskError(
                f"no passphrase: set {KEY_ENV} or run the command in a terminal. "
                "Nothing was changed."
            )
        passphrase = getpass.getpass("New passphrase: ")
        validate_new_passphrase(passphrase)
        if getpass.getpass("Repeat the passphrase: ") != passphrase:
            raise SalesDeskError("the two passphrases differ. Nothing was changed.")
    validate_new_passphrase(passphrase)
    return passphrase


def run(path: Path, args: argparse.Namespace) -> int:
    from ..bootstrap import backup_dir_for

    path = Path(path)
    if not path.exists():
        raise SalesDeskError(f"{path} does not exist.")
    if args.command == "encrypt":
        return _encrypt(path, backup_dir_for(path), args)
    return _decrypt(path, backup_dir_for(path))


def _encrypt(path: Path, backups: Path, args: argparse.Namespace) -> int:
    from ..core import crypto

    if crypto.is_encrypted(path):  # before asking for a passphrase
        raise crypto.AlreadyEncryptedError(str(path))
    passphrase = _new_passphrase()
    done = crypto.encrypt_file(path, passphrase, backups)
    print(f"Encrypted {path} ({done.rows:,} rows compared with the original).")
    if not args.no_keyring and crypto.remember_key(path, passphrase):
        print("The passphrase is kept in the system keyring.")
    else:
        print(
            f"SalesDesk will ask for the passphrase (scripts: set {KEY_ENV}). "
            "Without it the data cannot be recovered."
        )
    plain = crypto.plain_backups(path, backups)
    if args.remove_plain_backups:
        for old in plain:
            old.unlink(missing_ok=True)
        print(f"Removed {len(plain)} unencrypted backup(s) of this database.")
    elif plain:
        print(
            f"Warning: {len(plain)} unencrypted backup(s) of this database remain in "
            f"{backups}, among them the copy of the original just taken ({done.backup.name}). "
            "Delete them once the encrypted database opens, or run "
            "'salesdesk encrypt --remove-plain-backups' next time. Deleting a file does not "
            "wipe the disk blocks it used.",
            file=sys.stderr,
        )
    return 0


def _decrypt(path: Path, backups: Path) -> int:
    from ..core import crypto

    if not crypto.is_encrypted(path):
        from ..core.db import check_file

        check_file(path)  # refuses what is not plain SQLite either
        raise crypto.NotEncryptedError(str(path))
    done = crypto.decrypt_file(path, key_for(path), backups)
    crypto.forget_key(path)
    print(f"Decrypted {path} ({done.rows:,} rows compared with the encrypted file).")
    print(f"A verified copy of the encrypted original (same passphrase): {done.backup}")
    return 0
