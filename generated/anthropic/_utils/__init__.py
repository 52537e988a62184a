"""Small helpers shared by the runtime, generated code and overlays."""

from __future__ import annotations

from .._files import file_from_path
from ._helpers import is_given, strip_not_given

__all__ = ["file_from_path", "get_async_library", "is_given", "strip_not_given"]


def get_async_library() -> str:
    """The running async library (``"asyncio"``, ``"trio"``), or ``"false"`` outside one."""
    import sniffio

    try:
        return sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        return "false"
