"""The hand-over file: a versioned header, then AES-256-GCM over the compressed content.

Layout: MAGIC (8 bytes) · format version (2 bytes, big-endian) · header length (4 bytes) ·
header (JSON: scrypt parameters, salt, nonce, passphrase check) · ciphertext. The whole prefix
is the cipher's associated data, so changing any header byte is detected like changing the
content. scrypt gives 64 bytes: the first 32 are the AES key, the last 32 a check value kept
in the header, which lets a wrong passphrase be told apart from a damaged or altered file
(guessing costs the same scrypt either way).
"""

import base64
import json
import os
import zlib
from dataclasses import dataclass

from models.core.errors import UserError

MAGIC = b"TWJZOVDR"
FORMAT_VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # ~32 MB and ~0.1 s on a laptop
MAX_SCRYPT_N = 2**20  # a file may not make us spend more than 1 GB deriving its key
MAX_HEADER = 4096
MAX_CONTENT = 512 * 1024 * 1024  # decompressed; a trajectory is a few MB
MIN_PASSPHRASE = 8

NOT_A_HANDOVER = (
    "Dit is geen overdrachtsbestand van Trajectwijzer. Er is niets ingelezen. "
    "Kies het bestand dat de andere coach je gaf (het eindigt op .twoverdracht)."
)
WRONG_PASSPHRASE = (
    "Het wachtwoord klopt niet. Er is niets ingelezen. Vraag de andere coach het juiste "
    "wachtwoord (hoofdletters tellen mee) en probeer opnieuw."
)
TAMPERED = (
    "Het overdrachtsbestand is beschadigd of gewijzigd sinds het gemaakt werd. Er is niets "
    "ingelezen. Vraag de andere coach het bestand opnieuw te maken en te sturen."
)


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
            f"Kies een wachtwoord van minstens {MIN_PASSPHRASE} tekens: het bestand reist "
            "per USB-stick of e-mail en moet onleesbaar zijn voor wie het vindt.",
            field="passphrase",
        )


def seal(content: bytes, passphrase: str) -> bytes:
    """Encrypts the content with a key derived from the passphrase."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
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
    return prefix + AESGCM(key).encrypt(nonce, zlib.compress(content, 6), prefix)


def _parse_header(data: bytes) -> tuple[_Header, bytes, bytes]:
    if len(data) < 14 or not data.startswith(MAGIC):
        raise UserError(NOT_A_HANDOVER)
    version = int.from_bytes(data[8:10], "big")
    if version > FORMAT_VERSION:
        raise UserError(
            "Dit overdrachtsbestand is gemaakt met een nieuwere versie van Trajectwijzer. "
            "Er is niets ingelezen. Installeer eerst de nieuwste versie."
        )
    length = int.from_bytes(data[10:14], "big")
    if length > MAX_HEADER or len(data) < 14 + length:
        raise UserError(TAMPERED)
    try:
        raw = json.loads(data[14 : 14 + length])
        header = _Header(
            int(raw["n"]),
            int(raw["r"]),
            int(raw["p"]),
            base64.b64decode(raw["salt"]),
            base64.b64decode(raw["nonce"]),
            base64.b64decode(raw["check"]),
        )
    except (ValueError, KeyError, TypeError) as error:
        raise UserError(TAMPERED) from error
    sane = 2 <= header.n <= MAX_SCRYPT_N and header.n & (header.n - 1) == 0
    if not sane or not (1 <= header.r <= 32 and 1 <= header.p <= 16 and len(header.nonce) == 12):
        raise UserError(TAMPERED)
    return header, data[: 14 + length], data[14 + length :]


def unseal(data: bytes, passphrase: str) -> bytes:
    """The content, or a UserError for a foreign file, a wrong passphrase or a changed file."""
    import hmac

    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, prefix, ciphertext = _parse_header(data)
    try:
        key, check = _derive(passphrase, header.salt, header.n, header.r, header.p)
    except (ValueError, MemoryError) as error:
        raise UserError(TAMPERED) from error
    if not hmac.compare_digest(check, header.check):
        raise UserError(WRONG_PASSPHRASE)
    try:
        compressed = AESGCM(key).decrypt(header.nonce, ciphertext, prefix)
    except InvalidTag as error:
        raise UserError(TAMPERED) from error
    inflater = zlib.decompressobj()
    try:
        content = inflater.decompress(compressed, MAX_CONTENT)
    except zlib.error as error:
        raise UserError(TAMPERED) from error
    if inflater.unconsumed_tail:
        raise UserError("Dit overdrachtsbestand is te groot om in te lezen. Er is niets ingelezen.")
    return content
