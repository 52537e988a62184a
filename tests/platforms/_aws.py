"""What a Bedrock endpoint does that our tests need: SigV4 verification and event-stream frames.

The verifier recomputes the signature with botocore's ``SigV4Auth`` over the request
as received (method, target, the headers the client listed as signed, body), using
the request's own ``x-amz-date``; the frames are encoded here byte by byte
(prelude, prelude CRC32, typed headers, payload, message CRC32).
"""

from __future__ import annotations

import base64
import datetime
import json
import re
import struct
import zlib
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from tests.servers import RecordedRequest

# Headers the client may leave unsigned; every other received header must be signed.
UNSIGNED_OK = frozenset({"authorization", "user-agent", "connection", "expect", "transfer-encoding"})

_AUTH = re.compile(
    r"^AWS4-HMAC-SHA256 Credential=(?P<credential>[^,]+), SignedHeaders=(?P<signed>[^,]+), Signature=(?P<sig>[0-9a-f]{64})$"
)


@dataclass(frozen=True)
class AwsKeys:
    access_key: str = "AKIDEXAMPLE"
    secret_key: str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    session_token: Optional[str] = None
    region: str = "us-east-1"


def verify_sigv4(request: RecordedRequest, origin: str, keys: AwsKeys, service: str = "bedrock") -> Optional[str]:
    """None when the request carries a valid signature for ``keys``, else why not."""
    authorization = request.header("authorization") or ""
    match = _AUTH.match(authorization)
    if match is None:
        return f"malformed Authorization header: {authorization!r}"
    amz_date = request.header("x-amz-date")
    if not amz_date:
        return "no X-Amz-Date"
    stamp = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
    if abs((datetime.datetime.now(datetime.timezone.utc) - stamp).total_seconds()) > 300:
        return f"X-Amz-Date {amz_date} is too far from now"
    scope = f"{keys.access_key}/{amz_date[:8]}/{keys.region}/{service}/aws4_request"
    if match.group("credential") != scope:
        return f"credential scope {match.group('credential')!r} != {scope!r}"
    signed = match.group("signed").split(";")
    received = {name.lower() for name, _ in request.headers}
    missing = sorted(received - set(signed) - UNSIGNED_OK)
    if missing:
        return f"headers sent but not signed: {missing}"
    if keys.session_token is not None and request.header("x-amz-security-token") != keys.session_token:
        return "wrong or missing X-Amz-Security-Token"
    headers = {name: value for name, value in request.headers if name.lower() in signed}
    aws = AWSRequest(method=request.method, url=origin + request.target, headers=headers, data=request.body)
    aws.context["timestamp"] = amz_date
    signer = SigV4Auth(Credentials(keys.access_key, keys.secret_key, keys.session_token), service, keys.region)
    canonical = signer.canonical_request(aws)
    expected = signer.signature(signer.string_to_sign(aws, canonical), aws)
    if expected != match.group("sig"):
        return "signature mismatch"
    return None


# --------------------------------------------------------------------------- event-stream frames


def _header(name: str, value: str) -> bytes:
    raw_name, raw_value = name.encode(), value.encode()
    return bytes([len(raw_name)]) + raw_name + b"\x07" + struct.pack(">H", len(raw_value)) + raw_value


def encode_frame(headers: Mapping[str, str], payload: bytes) -> bytes:
    """One ``application/vnd.amazon.eventstream`` message with string-typed headers."""
    header_bytes = b"".join(_header(name, value) for name, value in headers.items())
    total = 12 + len(header_bytes) + len(payload) + 4
    prelude = struct.pack(">II", total, len(header_bytes))
    message = prelude + struct.pack(">I", zlib.crc32(prelude)) + header_bytes + payload
    return message + struct.pack(">I", zlib.crc32(message))


def chunk_frame(event: Mapping[str, Any]) -> bytes:
    """A ``chunk`` event carrying one first-party stream event, base64-encoded as Bedrock sends it."""
    inner = base64.b64encode(json.dumps(event).encode()).decode()
    payload = json.dumps({"bytes": inner, "p": "abcdefghij"}).encode()
    return encode_frame(
        {":event-type": "chunk", ":content-type": "application/json", ":message-type": "event"}, payload
    )


def exception_frame(name: str, message: str, **extra: Any) -> bytes:
    payload = json.dumps({"message": message, **extra}).encode()
    return encode_frame(
        {":exception-type": name, ":content-type": "application/json", ":message-type": "exception"}, payload
    )


def error_frame(code: str, message: str) -> bytes:
    return encode_frame({":error-code": code, ":error-message": message, ":message-type": "error"}, b"")


def frames(events: Sequence[Mapping[str, Any]]) -> List[bytes]:
    return [chunk_frame(event) for event in events]


def split_at(data: bytes, cuts: Sequence[int]) -> List[bytes]:
    """``data`` cut at the given offsets (sorted, deduplicated, clipped)."""
    points = sorted({cut for cut in cuts if 0 < cut < len(data)})
    bounds = [0, *points, len(data)]
    return [data[start:end] for start, end in zip(bounds, bounds[1:])]


def parse_body(request: RecordedRequest) -> Dict[str, Any]:
    value: Dict[str, Any] = json.loads(request.body)
    return value
