"""Google credentials for Vertex AI (google-auth is imported on first use).

Everything here may block (reading the application-default credentials file,
calling the token endpoint or the metadata server): the async client calls it
through ``anyio.to_thread``.
"""

from __future__ import annotations

import importlib
from typing import Any, Optional, Tuple

from ..._exceptions import AnthropicError

__all__ = [
    "SCOPES",
    "credentials_project",
    "import_google",
    "load_default_credentials",
    "refresh_credentials",
    "usable_token",
]

SCOPES = ("https://www.googleapis.com/auth/cloud-platform",)


def import_google(module: str) -> Any:
    """A google-auth module, with an install hint when the extra is missing."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise AnthropicError(
            f"AnthropicVertex needs google-auth (`{module}`): install it with `pip install anthropic[vertex]`"
        ) from exc


def load_default_credentials() -> Tuple[Any, Optional[str]]:
    """Application default credentials and the project they name (if any)."""
    credentials, project_id = import_google("google.auth").default(scopes=list(SCOPES))
    return credentials, project_id if isinstance(project_id, str) and project_id else None


def refresh_credentials(credentials: Any) -> None:
    transport = import_google("google.auth.transport.requests")
    credentials.refresh(transport.Request())


def usable_token(credentials: Any) -> Optional[str]:
    """The credentials' token if it is present and not about to expire (no I/O)."""
    if credentials is None or not credentials.valid:
        return None
    token = credentials.token
    return token if isinstance(token, str) and token else None


def credentials_project(credentials: Any) -> Optional[str]:
    """The project a credentials object names itself (service accounts do), if any."""
    project = getattr(credentials, "project_id", None)
    return project if isinstance(project, str) and project else None
