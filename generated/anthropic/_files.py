"""File parameters and ``multipart/form-data`` bodies.

A file value is ``bytes``, a binary file object, a path (``os.PathLike``) or a
tuple ``(filename, contents[, media_type[, part_headers]])``. Contents are read
into memory once, before the first attempt (the async client reads them in a
worker thread), and the body is encoded once with a fixed boundary, so every
retry sends exactly the same bytes.
"""

from __future__ import annotations

import io
import mimetypes
import os
import pathlib
import secrets
from dataclasses import dataclass, field
from typing import IO, Any, List, Mapping, Optional, Sequence, Tuple, Union, cast

import anyio
import anyio.to_thread

from ._qs import primitive_to_str
from ._types import FileContent, FileTypes, NotGiven, Omit

__all__ = [
    "FilePart",
    "MultipartBody",
    "async_read_file",
    "encode_multipart",
    "file_from_path",
    "is_file_content",
    "is_file_input",
    "read_file",
    "split_multipart",
]

DEFAULT_FILENAME = "upload"


def is_file_content(value: object) -> bool:
    """Contents on their own: bytes, a file object or a path."""
    return isinstance(value, (bytes, bytearray, io.IOBase, os.PathLike))


def is_file_input(value: object) -> bool:
    """Anything a file parameter accepts, including the ``(filename, contents, ...)`` tuples."""
    if is_file_content(value):
        return True
    if isinstance(value, tuple):
        items = cast(Tuple[object, ...], value)
        return 2 <= len(items) <= 4 and (items[0] is None or isinstance(items[0], str)) and is_file_content(items[1])
    return False


def file_from_path(path: str) -> FileTypes:
    """``(basename, contents)`` of the file at ``path``, ready to pass as a file parameter."""
    return (os.path.basename(path), pathlib.Path(path).read_bytes())


@dataclass(frozen=True)
class FilePart:
    """One file of a multipart body, contents already in memory."""

    name: str
    filename: Optional[str]
    content: bytes
    content_type: str
    headers: Mapping[str, str] = field(default_factory=lambda: {})


@dataclass(frozen=True)
class MultipartBody:
    """A body split into form fields and (not yet read) files."""

    fields: List[Tuple[str, str]]
    files: List[Tuple[str, FileTypes]]


def split_multipart(body: Mapping[str, object], files: Sequence[Tuple[str, FileTypes]] = ()) -> MultipartBody:
    """Separate file values (at any depth) from form fields; lists use ``name[]`` keys."""
    result = MultipartBody(fields=[], files=list(files))
    for key, value in body.items():
        _split(result, key, value)
    return result


def _split(result: MultipartBody, key: str, value: object) -> None:
    if isinstance(value, (NotGiven, Omit)) or value is None:
        return
    if is_file_input(value):
        result.files.append((key, cast(FileTypes, value)))
    elif isinstance(value, Mapping):
        for sub_key, sub_value in cast(Mapping[object, object], value).items():
            _split(result, f"{key}[{sub_key}]", sub_value)
    elif isinstance(value, (list, tuple)):
        for item in cast(Sequence[object], value):
            _split(result, key + "[]", item)
    else:
        text = primitive_to_str(value)
        if text:
            result.fields.append((key, text))


def _parts_of(value: FileTypes) -> Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]]:
    if isinstance(value, tuple):
        items = cast(Tuple[Any, ...], value)
        filename = cast(Optional[str], items[0])
        content = cast(FileContent, items[1])
        media_type = cast(Optional[str], items[2]) if len(items) > 2 else None
        headers: Mapping[str, str] = cast(Mapping[str, str], items[3]) if len(items) > 3 else {}
        return filename, content, media_type, headers
    no_headers: Mapping[str, str] = {}
    return _default_filename(value), value, None, no_headers


def _default_filename(content: FileContent) -> str:
    if isinstance(content, os.PathLike):
        return os.path.basename(os.fspath(content))
    name = getattr(content, "name", None)
    if isinstance(name, str) and name:
        return os.path.basename(name)
    return DEFAULT_FILENAME


def _read_content(content: FileContent) -> bytes:
    if isinstance(content, (bytes, bytearray)):
        return bytes(content)
    if isinstance(content, os.PathLike):
        return pathlib.Path(content).read_bytes()
    data: Union[bytes, str] = cast(IO[Any], content).read()
    return data.encode() if isinstance(data, str) else bytes(data)


def _part(
    name: str, filename: Optional[str], data: bytes, media_type: Optional[str], headers: Mapping[str, str]
) -> FilePart:
    explicit = next((value for key, value in headers.items() if key.lower() == "content-type"), None)
    content_type = media_type or explicit
    if content_type is None:
        guessed = mimetypes.guess_type(filename)[0] if filename else None
        content_type = guessed or "application/octet-stream"
    extra = {key: value for key, value in headers.items() if key.lower() != "content-type"}
    return FilePart(name=name, filename=filename, content=data, content_type=content_type, headers=extra)


def read_file(name: str, value: FileTypes) -> FilePart:
    filename, content, media_type, headers = _parts_of(value)
    return _part(name, filename, _read_content(content), media_type, headers)


async def async_read_file(name: str, value: FileTypes) -> FilePart:
    """:func:`read_file` that keeps blocking reads off the event loop."""
    filename, content, media_type, headers = _parts_of(value)
    if isinstance(content, (bytes, bytearray)):
        data = bytes(content)
    elif isinstance(content, os.PathLike):
        data = await anyio.Path(os.fspath(content)).read_bytes()
    else:
        data = await anyio.to_thread.run_sync(_read_content, content)
    return _part(name, filename, data, media_type, headers)


def _quote(text: str) -> bytes:
    return text.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A").encode("utf-8")


def encode_multipart(
    fields: Sequence[Tuple[str, str]], files: Sequence[FilePart], *, boundary: Optional[str] = None
) -> Tuple[bytes, str]:
    """The encoded body and its ``Content-Type`` header value."""
    mark = (boundary or secrets.token_hex(16)).encode("ascii")
    chunks: List[bytes] = []
    for name, value in fields:
        chunks += [b"--", mark, b'\r\nContent-Disposition: form-data; name="', _quote(name), b'"\r\n\r\n']
        chunks += [value.encode("utf-8"), b"\r\n"]
    for part in files:
        chunks += [b"--", mark, b'\r\nContent-Disposition: form-data; name="', _quote(part.name), b'"']
        if part.filename is not None:
            chunks += [b'; filename="', _quote(part.filename), b'"']
        chunks += [b"\r\nContent-Type: ", part.content_type.encode("latin-1")]
        for key, value in part.headers.items():
            chunks += [b"\r\n", key.encode("latin-1"), b": ", value.encode("latin-1")]
        chunks += [b"\r\n\r\n", part.content, b"\r\n"]
    chunks += [b"--", mark, b"--\r\n"]
    return b"".join(chunks), "multipart/form-data; boundary=" + mark.decode("ascii")
