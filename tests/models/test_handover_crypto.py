"""The hand-over file's header is bounded before it is trusted; a changed file is told from a
wrong passphrase; new files derive their key with scrypt N = 2^17; old files still open."""

import base64
import hashlib
import json
import os
import zlib

import pytest

import models.storage.handover_crypto as crypto
from models.core.errors import UserError
from models.storage.handover_crypto import (
    MAGIC,
    TAMPERED,
    WRONG_PASSPHRASE,
    seal,
    unseal,
)

SECRET = "lange-zin-voor-de-usb"
CONTENT = b'{"format": "trajectwijzer-overdracht"}'


def _parts(data: bytes) -> tuple[int, dict, bytes]:
    """(version, header, ciphertext) of a file of format 2."""
    length = int.from_bytes(data[10:14], "big")
    return (
        int.from_bytes(data[8:10], "big"),
        json.loads(data[14 : 14 + length]),
        data[14 + length : -32],
    )


def _rebuilt(header: dict, ciphertext: bytes, *, digest: bool = True) -> bytes:
    """A file of format 2 with this header (the digest made to match, as a forger would)."""
    raw = json.dumps(header).encode()
    body = MAGIC + (2).to_bytes(2, "big") + len(raw).to_bytes(4, "big") + raw + ciphertext
    return body + (hashlib.sha256(body).digest() if digest else b"\0" * 32)


@pytest.fixture
def derivations(monkeypatch) -> list[tuple[int, int, int]]:
    """Every key derivation asked for: (N, r, p)."""
    asked: list[tuple[int, int, int]] = []
    real = crypto._derive

    def recording(passphrase, salt, n, r, p):
        asked.append((n, r, p))
        return real(passphrase, salt, n, r, p)

    monkeypatch.setattr(crypto, "_derive", recording)
    return asked


def test_new_files_derive_their_key_with_scrypt_two_to_the_seventeenth() -> None:
    """N = 2^17, r = 8: 128 MB of memory per guess for whoever finds the stick."""
    version, header, _cipher = _parts(seal(CONTENT, SECRET))
    assert version == 2 and header["n"] >= 2**17 and header["r"] == 8
    assert unseal(seal(CONTENT, SECRET), SECRET) == CONTENT


@pytest.mark.parametrize(
    ("n", "r", "p"),
    [(2**20, 32, 1), (2**22, 8, 1), (2**17, 8, 64), (2**17 + 1, 8, 1), (2**4, 8, 1)],
)
def test_scrypt_costs_from_the_file_are_bounded_before_any_key_is_derived(
    derivations, n, r, p
) -> None:
    """A header asking for gigabytes (or nonsense) is refused as changed: no key is derived."""
    _version, header, cipher = _parts(seal(CONTENT, SECRET))
    derivations.clear()
    header.update(n=n, r=r, p=p)
    with pytest.raises(UserError) as refused:
        unseal(_rebuilt(header, cipher), SECRET)
    assert refused.value.text == TAMPERED
    assert derivations == []


@pytest.mark.parametrize("field", ["salt", "nonce", "check"])
def test_oversized_header_fields_are_refused_before_use(derivations, field) -> None:
    """A salt, nonce or check of the wrong size is not decoded into memory and used."""
    _version, header, cipher = _parts(seal(CONTENT, SECRET))
    derivations.clear()
    header[field] = base64.b64encode(os.urandom(4000)).decode()
    with pytest.raises(UserError) as refused:
        unseal(_rebuilt(header, cipher), SECRET)
    assert refused.value.text == TAMPERED and derivations == []


def test_a_changed_salt_is_told_from_a_wrong_passphrase(derivations) -> None:
    """A salt changed on the way reads "changed", and costs no key derivation; a wrong
    passphrase still reads "wrong passphrase"."""
    data = seal(CONTENT, SECRET)
    _version, header, cipher = _parts(data)
    derivations.clear()
    header["salt"] = base64.b64encode(os.urandom(16)).decode()
    changed = _rebuilt(header, cipher, digest=False)
    with pytest.raises(UserError) as refused:
        unseal(changed, SECRET)
    assert refused.value.text == TAMPERED and derivations == []
    with pytest.raises(UserError) as wrong:
        unseal(data, "een-ander-wachtwoord")
    assert wrong.value.text == WRONG_PASSPHRASE


def _file_of_format_1(content: bytes, passphrase: str) -> bytes:
    """A hand-over file as the first version wrote it: N = 2^15, no digest at the end."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = crypto._derive(passphrase, salt, 2**15, 8, 1)
    header = json.dumps(
        {
            "kdf": "scrypt",
            "n": 2**15,
            "r": 8,
            "p": 1,
            "salt": base64.b64encode(salt).decode(),
            "nonce": base64.b64encode(nonce).decode(),
            "check": base64.b64encode(check).decode(),
            "cipher": "AES-256-GCM",
            "compression": "zlib",
        }
    ).encode()
    prefix = MAGIC + (1).to_bytes(2, "big") + len(header).to_bytes(4, "big") + header
    return prefix + AESGCM(key).encrypt(nonce, zlib.compress(content, 6), prefix)


def test_files_of_the_first_format_still_open() -> None:
    """A hand-over made by the previous version opens; a wrong passphrase is still told."""
    old = _file_of_format_1(CONTENT, SECRET)
    assert unseal(old, SECRET) == CONTENT
    with pytest.raises(UserError) as wrong:
        unseal(old, "een-ander-wachtwoord")
    assert wrong.value.text == WRONG_PASSPHRASE


def test_unsealing_reports_its_progress() -> None:
    """The dialog's progress bar moves: every step reported, ending at the total."""
    seen: list[tuple[int, int]] = []
    unseal(seal(CONTENT, SECRET), SECRET, lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] and len(seen) >= 4
