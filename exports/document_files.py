"""Where documents go: a folder per trajectory, readable dated names, never overwriting.

Shared by every export that saves into the documents folder, e.g.
`<documents>/Lerend netwerk 'ons buurtpunt' 2026–2027/2026-11-22 Actieplan Buurtpunt Rieme.pdf`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from models.core.errors import UserError

# Characters Windows, macOS or Linux refuse in a file name, and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
# Names Windows reserves whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(10)}
_MAX_STEM = 120


def safe_file_name(text: str, fallback: str = "Document") -> str:
    """Text usable as a file or folder name on every system the coach may copy it to."""
    cleaned = re.sub(r"\s+", " ", _UNSAFE.sub(" ", text)).strip(" .")
    cleaned = cleaned[:_MAX_STEM].rstrip(" .")
    if not cleaned or cleaned.casefold() in _RESERVED:
        return fallback
    return cleaned


def dated_file_name(day: date, kind: str, subject: str, suffix: str = ".pdf") -> str:
    """'2026-11-22 Actieplan Buurtpunt Beveren.pdf': sorts by date in any file manager."""
    return f"{safe_file_name(f'{day.isoformat()} {kind} {subject}'.strip())}{suffix}"


def unique_path(path: Path) -> Path:
    """path itself if free, else the first free 'name (2).pdf', 'name (3).pdf'…"""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return candidate


def trajectory_folder(trajectory_name: str, base: Path | None = None) -> Path:
    """The trajectory's own folder under the documents folder (not created here)."""
    from models.storage.paths import documents_dir

    root = base if base is not None else documents_dir()
    return root / safe_file_name(trajectory_name, "Traject")


def free_document_path(trajectory_name: str, file_name: str, base: Path | None = None) -> Path:
    """A path in the trajectory's folder that no earlier document uses; the folder is made."""
    folder = trajectory_folder(trajectory_name, base)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(
            f"De map {folder} kon niet gemaakt worden ({error.strerror or error}). "
            "Kies een andere map om het document te bewaren."
        ) from error
    return unique_path(folder / file_name)
