"""A minimal reader of OLE2 compound files (old .xls, password-protected .xlsx), for checks only.

It finds the streams by name and reads them with every sector index bounds-checked, so that a
truncated or hostile file is refused here instead of deep inside a spreadsheet reader.
"""

import struct
from collections.abc import Callable

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_MAX_SECTOR = 0xFFFFFFFA


class CompoundFileError(ValueError):
    """The file is truncated or is not a valid compound file."""


class CompoundFile:
    """The directory and the streams of a compound file held in memory."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or not data.startswith(MAGIC):
            raise CompoundFileError("no compound file header")
        self._data = data
        sector_shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
        if sector_shift not in (9, 12) or mini_shift != 6:
            raise CompoundFileError("unexpected sector size")
        self.sector_size = 1 << sector_shift
        self.mini_size = 1 << mini_shift
        (
            _dir_sectors,
            fat_sectors,
            first_dir,
            _transaction,
            self.cutoff,
            first_mini_fat,
            _mini_fat_sectors,
            first_difat,
            difat_sectors,
        ) = struct.unpack_from("<9I", data, 0x28)
        self._sector_count = (len(data) - 512 + self.sector_size - 1) // self.sector_size
        difat = [s for s in struct.unpack_from("<109I", data, 0x4C) if s <= _MAX_SECTOR]
        sector = first_difat
        per_sector = self.sector_size // 4 - 1
        for _ in range(difat_sectors):
            if sector > _MAX_SECTOR:
                break
            raw = self._sector(sector)
            entries = struct.unpack_from(f"<{per_sector + 1}I", raw)
            difat.extend(s for s in entries[:per_sector] if s <= _MAX_SECTOR)
            sector = entries[per_sector]
        if len(difat) < min(fat_sectors, 109):
            raise CompoundFileError("allocation table missing")
        fat_bytes = b"".join(self._sector(s) for s in difat[:fat_sectors])
        self._fat = struct.unpack(f"<{len(fat_bytes) // 4}I", fat_bytes)
        self._entries = self._read_directory(self._chain(first_dir, self._fat))
        root = self._entries.get("Root Entry")
        self._mini_stream = b""
        self._mini_fat: tuple[int, ...] = ()
        if root is not None and root[1] > 0:
            self._mini_stream = self._read_chain(root[0], root[1], self._fat, self._sector)
            if first_mini_fat <= _MAX_SECTOR:
                mini_fat_bytes = b"".join(self._chain(first_mini_fat, self._fat))
                self._mini_fat = struct.unpack(f"<{len(mini_fat_bytes) // 4}I", mini_fat_bytes)

    def names(self) -> set[str]:
        return set(self._entries)

    def stream(self, name: str) -> bytes:
        """The bytes of a stream, by name (case-insensitive)."""
        for entry_name, (start, size) in self._entries.items():
            if entry_name.casefold() == name.casefold():
                if size < self.cutoff:
                    return self._read_chain(start, size, self._mini_fat, self._mini_sector)
                return self._read_chain(start, size, self._fat, self._sector)
        raise CompoundFileError(f"no stream {name}")

    def _sector(self, index: int) -> bytes:
        if index >= self._sector_count:
            raise CompoundFileError("sector beyond the end of the file (truncated?)")
        start = 512 + index * self.sector_size
        chunk = self._data[start : start + self.sector_size]
        return chunk.ljust(self.sector_size, b"\0")

    def _mini_sector(self, index: int) -> bytes:
        start = index * self.mini_size
        if start + self.mini_size > len(self._mini_stream):
            raise CompoundFileError("mini sector beyond the mini stream")
        return self._mini_stream[start : start + self.mini_size]

    def _chain(self, first: int, table: tuple[int, ...]) -> list[bytes]:
        sectors: list[bytes] = []
        sector = first
        seen: set[int] = set()
        while sector != _END_OF_CHAIN:
            if sector > _MAX_SECTOR or sector in seen or sector >= len(table):
                raise CompoundFileError("broken sector chain")
            seen.add(sector)
            sectors.append(self._sector(sector))
            sector = table[sector]
        return sectors

    def _read_chain(
        self, first: int, size: int, table: tuple[int, ...], reader: Callable[[int], bytes]
    ) -> bytes:
        parts: list[bytes] = []
        sector = first
        seen: set[int] = set()
        unit = self.mini_size if table is self._mini_fat else self.sector_size
        needed = (size + unit - 1) // unit
        while len(parts) < needed:
            if sector > _MAX_SECTOR or sector in seen or sector >= len(table):
                raise CompoundFileError("stream shorter than declared (truncated?)")
            seen.add(sector)
            parts.append(reader(sector))
            sector = table[sector]
        return b"".join(parts)[:size]

    @staticmethod
    def _read_directory(sectors: list[bytes]) -> dict[str, tuple[int, int]]:
        raw = b"".join(sectors)
        entries: dict[str, tuple[int, int]] = {}
        for offset in range(0, len(raw) - 127, 128):
            name_length = struct.unpack_from("<H", raw, offset + 64)[0]
            kind = raw[offset + 66]
            if kind not in (1, 2, 5) or not 2 <= name_length <= 64:
                continue
            name = raw[offset : offset + name_length - 2].decode("utf-16-le", "replace")
            start, size = struct.unpack_from("<IQ", raw, offset + 116)
            if kind != 1:
                entries[name] = (start, size & 0xFFFFFFFF)
        return entries
