"""The one zip writer of every zipped output (.apkg, .mochi, Mnemosyne's .cards).

Its bytes depend only on the entries and one time: each entry is deflated, dated
with the build time (clamped to zip's 1980–2107), marked as a unix file with mode
0644, and written in the order given (``sorted_zip`` sorts by name). A file path
as an entry is streamed in, never read whole; it gives the same bytes as its content.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

_FIRST, _LAST = 315532800, 4354819199  # 1980-01-01 and 2107-12-31, zip's range of dates


def zip_date(seconds: int) -> tuple[int, int, int, int, int, int]:
    """A zip entry date from a build time (Unix seconds)."""
    moment = dt.datetime.fromtimestamp(min(max(seconds, _FIRST), _LAST), dt.UTC)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def zip_bytes(entries: Iterable[tuple[str, bytes | Path]], seconds: int, level: int = 9) -> bytes:
    """A zip of ``entries`` ((name, bytes or file path), in the order given), every
    entry deflated at ``level`` and dated ``seconds``: same entries, same bytes."""
    date = zip_date(seconds)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=date)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # unix, whatever machine builds it
            info.external_attr = 0o644 << 16
            _write_entry(archive, info, data, level)
    return buffer.getvalue()


def sorted_zip(files: Mapping[str, bytes], seconds: int, level: int = 9) -> bytes:
    """``zip_bytes`` of ``files`` (name -> bytes), entries sorted by name."""
    return zip_bytes(sorted(files.items()), seconds, level)


def _write_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes | Path, level: int
) -> None:
    """One deflated entry; a path is copied in chunks (the same bytes as ``writestr``)."""
    if not isinstance(data, Path):
        archive.writestr(info, data, compresslevel=level)
        return
    info.file_size = data.stat().st_size  # as writestr sets it: decides zip64 alike
    if hasattr(info, "compress_level"):  # Python 3.13+
        info.compress_level = level
    else:
        info._compresslevel = level
    with data.open("rb") as source, archive.open(info, "w") as target:
        shutil.copyfileobj(source, target, 1 << 20)
