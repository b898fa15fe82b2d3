"""The hand-over file: a versioned header, then AES-256-GCM over the compressed content.

Layout: MAGIC (8 bytes) · format version (2 bytes, big-endian) · header length (4 bytes) ·
header (JSON: scrypt parameters, salt, nonce, passphrase check) · ciphertext · and from
format 2 on, SHA-256 of everything before it (32 bytes). The whole prefix is the cipher's
associated data, so changing any header byte is detected like changing the content.

The header is read before it is trusted, so every field is bounded before anything is
allocated: the header's length, the salt's and nonce's sizes, and scrypt's cost (the memory
it takes is 128·N·r bytes: a file may not make the recipient spend more than
MAX_SCRYPT_MEMORY). The digest at the end tells a file changed on its way (a flipped byte, a
changed salt) from a wrong passphrase before any key is derived; the passphrase check (the
last 32 bytes scrypt gives) tells a wrong passphrase from a file made with another key.
"""

import base64
import hashlib
import hmac
import json
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from models.core.errors import UserError, domain_text

MAGIC = b"TWJZOVDR"
FORMAT_VERSION = 2  # 2: with the SHA-256 digest at the end; 1 still opens
DIGEST_SIZE = 32
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1  # 128 MB and ~0.4 s on a laptop
MIN_SCRYPT_N = 2**14  # below this a file is not ours (the first version used 2**15)
MAX_SCRYPT_MEMORY = 512 * 1024 * 1024  # 128·N·r: what a file may make us spend at most
MAX_SCRYPT_P = 4
MAX_HEADER = 4096
MAX_CONTENT = 512 * 1024 * 1024  # decompressed; a trajectory is a few MB
MIN_PASSPHRASE = 8

NOT_A_HANDOVER = domain_text(
    "This is not a Trajectwijzer hand-over file. Nothing was read. Choose the file the other "
    "coach gave you (its name ends in .twoverdracht)."
)
WRONG_PASSPHRASE = domain_text(
    "The passphrase is not right. Nothing was read. Ask the other coach for the right "
    "passphrase (capitals count) and try again."
)
TAMPERED = domain_text(
    "The hand-over file is damaged or was changed after it was made. Nothing was read. Ask "
    "the other coach to make the file again and send it once more."
)
NEWER = domain_text(
    "This hand-over file was made with a newer version of Trajectwijzer. Nothing was read. "
    "Install the newest version first."
)
TOO_LARGE = domain_text("This hand-over file is too large to read. Nothing was read.")

Progress = Callable[[int, int], None]
STEPS = 4  # check the file · derive the key · decrypt · decompress


@dataclass(frozen=True)
class _Header:
    n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes
    check: bytes


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return material[:32], material[32:]


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(
            "Choose a passphrase of at least {minimum} characters: the file travels by USB "
            "stick or e-mail and must be unreadable to whoever finds it.",
            minimum=MIN_PASSPHRASE,
            field="passphrase",
        )


def seal(content: bytes, passphrase: str, progress: Progress | None = None) -> bytes:
    """Encrypts the content with a key derived from the passphrase."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase)
    tell = progress or (lambda done, total: None)
    tell(0, 3)
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    tell(1, 3)
    header = json.dumps(
        {
            "kdf": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": base64.b64encode(salt).decode(),
            "nonce": base64.b64encode(nonce).decode(),
            "check": base64.b64encode(check).decode(),
            "cipher": "AES-256-GCM",
            "compression": "zlib",
        }
    ).encode()
    prefix = MAGIC + FORMAT_VERSION.to_bytes(2, "big") + len(header).to_bytes(4, "big") + header
    sealed = prefix + AESGCM(key).encrypt(nonce, zlib.compress(content, 6), prefix)
    tell(2, 3)
    return sealed + hashlib.sha256(sealed).digest()


def _field(raw: dict[str, Any], name: str, size: tuple[int, int]) -> bytes:
    value = raw[name]
    if not isinstance(value, str) or len(value) > 4 * size[1]:
        raise ValueError(name)
    decoded = base64.b64decode(value, validate=True)
    if not size[0] <= len(decoded) <= size[1]:
        raise ValueError(name)
    return decoded


def _number(raw: dict[str, Any], name: str) -> int:
    value = raw[name]
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(name)
    return value


def _bounded(header: _Header) -> bool:
    """scrypt's parameters within what a laptop spends without harm (checked before use)."""
    n, r, p = header.n, header.r, header.p
    power_of_two = n > 1 and n & (n - 1) == 0
    return (
        power_of_two
        and n >= MIN_SCRYPT_N
        and 1 <= r <= 32
        and 1 <= p <= MAX_SCRYPT_P
        and 128 * n * r <= MAX_SCRYPT_MEMORY
    )


def _parse_header(data: bytes) -> tuple[_Header, bytes, bytes]:
    if len(data) < 14 or not data.startswith(MAGIC):
        raise UserError(NOT_A_HANDOVER)
    version = int.from_bytes(data[8:10], "big")
    if version > FORMAT_VERSION:
        raise UserError(NEWER)
    if version < 1:
        raise UserError(TAMPERED)
    if version >= 2:
        body, digest = data[:-DIGEST_SIZE], data[-DIGEST_SIZE:]
        if len(data) < 14 + DIGEST_SIZE or not hmac.compare_digest(
            hashlib.sha256(body).digest(), digest
        ):
            raise UserError(TAMPERED)  # changed on its way: told before any key is derived
        data = body
    length = int.from_bytes(data[10:14], "big")
    if length > MAX_HEADER or len(data) < 14 + length:
        raise UserError(TAMPERED)
    try:
        raw = json.loads(data[14 : 14 + length])
        if not isinstance(raw, dict):
            raise ValueError("header")
        header = _Header(
            _number(raw, "n"),
            _number(raw, "r"),
            _number(raw, "p"),
            _field(raw, "salt", (8, 64)),
            _field(raw, "nonce", (12, 12)),
            _field(raw, "check", (32, 32)),
        )
    except (ValueError, KeyError, TypeError) as error:
        raise UserError(TAMPERED) from error
    if not _bounded(header):
        raise UserError(TAMPERED)
    return header, data[: 14 + length], data[14 + length :]


def unseal(data: bytes, passphrase: str, progress: Progress | None = None) -> bytes:
    """The content, or a UserError for a foreign file, a wrong passphrase or a changed file."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    tell = progress or (lambda done, total: None)
    tell(0, STEPS)
    header, prefix, ciphertext = _parse_header(data)
    tell(1, STEPS)
    try:
        key, check = _derive(passphrase, header.salt, header.n, header.r, header.p)
    except (ValueError, MemoryError) as error:
        raise UserError(TAMPERED) from error
    if not hmac.compare_digest(check, header.check):
        raise UserError(WRONG_PASSPHRASE)
    tell(2, STEPS)
    try:
        compressed = AESGCM(key).decrypt(header.nonce, ciphertext, prefix)
    except InvalidTag as error:
        raise UserError(TAMPERED) from error
    tell(3, STEPS)
    inflater = zlib.decompressobj()
    try:
        content = inflater.decompress(compressed, MAX_CONTENT)
    except zlib.error as error:
        raise UserError(TAMPERED) from error
    if inflater.unconsumed_tail:
        raise UserError(TOO_LARGE)
    tell(STEPS, STEPS)
    return content
