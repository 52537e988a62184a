"""AWS credentials and SigV4 signing for Bedrock (boto3 / botocore are imported on first use).

Explicit keys are used as they are. Without keys, a boto3 session (optionally
for ``aws_profile``) resolves the standard credential chain once: environment,
shared files, SSO, container and instance roles; botocore refreshes temporary
credentials when they near expiry. Each attempt of a request is signed anew,
so a retry carries a fresh date, retry-count header and signature.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
from typing import Any, Optional

import httpx

from ..._exceptions import AnthropicError

__all__ = ["AwsCredentialSource", "infer_region", "sign_request"]

log = logging.getLogger("anthropic.lib.bedrock")

SERVICE_NAME = "bedrock"
DEFAULT_REGION = "us-east-1"

# Not signed: `connection` (a proxy may drop it on the way) and the headers the signature itself adds.
_UNSIGNED_HEADERS = frozenset({"connection", "authorization", "x-amz-date", "x-amz-security-token"})
_SIGNATURE_HEADERS = ("Authorization", "X-Amz-Date", "X-Amz-Security-Token")


def import_aws(module: str) -> Any:
    """``boto3`` or a ``botocore`` module, with an install hint when the extra is missing."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise AnthropicError(
            f"AnthropicBedrock needs `{module.split('.')[0]}`: install it with `pip install anthropic[bedrock]`"
        ) from exc


def infer_region(profile: Optional[str]) -> str:
    """``AWS_REGION``, else the region of the (named or default) profile, else ``us-east-1``."""
    region = os.environ.get("AWS_REGION")
    if region:
        return region
    try:
        boto3 = importlib.import_module("boto3")
    except ImportError:
        boto3 = None
    if boto3 is not None:
        configured: Optional[str] = boto3.Session(profile_name=profile).region_name
        if configured:
            return configured
    log.warning("No AWS region given (aws_region, AWS_REGION or the profile's region); using %s", DEFAULT_REGION)
    return DEFAULT_REGION


class AwsCredentialSource:
    """Where a client's AWS credentials come from; thread-safe, shared by every request of the client."""

    def __init__(
        self,
        *,
        access_key: Optional[str],
        secret_key: Optional[str],
        session_token: Optional[str],
        profile: Optional[str],
    ) -> None:
        if bool(access_key) != bool(secret_key):
            raise ValueError("`aws_access_key` and `aws_secret_key` must be given together")
        self._static: Optional[Any] = None
        if access_key and secret_key:
            credentials = import_aws("botocore.credentials")
            self._static = credentials.ReadOnlyCredentials(access_key, secret_key, session_token)
        self._profile = profile
        self._lock = threading.Lock()
        self._chain: Optional[Any] = None

    @property
    def is_static(self) -> bool:
        """True when no lookup can block: the keys were given to the client."""
        return self._static is not None

    def resolve(self) -> Any:
        """Frozen credentials for one signature; may read files or call AWS endpoints (call off the loop)."""
        if self._static is not None:
            return self._static
        with self._lock:
            chain = self._chain
            if chain is None:
                chain = import_aws("boto3").Session(profile_name=self._profile).get_credentials()
                if chain is None:
                    raise AnthropicError(
                        "Could not find AWS credentials: pass `aws_access_key` and `aws_secret_key`, "
                        "set `aws_profile`, or configure the standard AWS credential chain"
                    )
                self._chain = chain
        return chain.get_frozen_credentials()


def sign_request(request: httpx.Request, credentials: Any, region: str) -> None:
    """Add a SigV4 signature (service ``bedrock``) over ``request``'s method, URL, headers and body."""
    auth = import_aws("botocore.auth")
    awsrequest = import_aws("botocore.awsrequest")
    headers = {key: value for key, value in request.headers.items() if key.lower() not in _UNSIGNED_HEADERS}
    unsigned = awsrequest.AWSRequest(method=request.method, url=str(request.url), headers=headers, data=request.read())
    auth.SigV4Auth(credentials, SERVICE_NAME, region).add_auth(unsigned)
    for name in _SIGNATURE_HEADERS:
        if name in request.headers:
            del request.headers[name]
        value: Optional[str] = unsigned.headers.get(name)
        if value is not None:
            request.headers[name] = value
