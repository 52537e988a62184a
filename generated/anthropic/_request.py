"""Turning a generated method call into a request: options, paths, headers, query and body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union, cast
from urllib.parse import parse_qsl, quote

import httpx
from pydantic_core import SchemaSerializer, core_schema

from ._files import FilePart, encode_multipart, split_multipart
from ._qs import encode_items
from ._types import Body, FileTypes, Headers, NotGiven, Omit, Query, not_given
from ._utils._guards import is_mapping
from ._utils._helpers import is_given, strip_not_given

__all__ = [
    "EncodedBody",
    "FinalRequestOptions",
    "RequestOverrides",
    "beta_header",
    "build_options",
    "build_url",
    "encode_body",
    "encode_json",
    "file_inputs",
    "header_items",
    "headers_from_items",
    "is_given",
    "merge_headers",
    "path_template",
    "strip_not_given",
]

TimeoutTypes = Union[float, httpx.Timeout, None]


@dataclass(frozen=True)
class RequestOverrides:
    """What a caller passes on top of a method's own parameters (``extra_headers=...`` etc.)."""

    extra_headers: Optional[Headers] = None
    extra_query: Optional[Query] = None
    extra_body: Optional[Body] = None
    timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given
    max_retries: Union[int, NotGiven] = not_given
    follow_redirects: Optional[bool] = None
    stream_idle_timeout: Union[float, None, NotGiven] = not_given
    """Streams only: seconds allowed between two events other than ``ping`` (None: no limit;
    not given: the client's ``stream_idle_timeout``). See :class:`~._streaming.Stream`."""


@dataclass
class FinalRequestOptions:
    """Everything about one request before the client adds its own defaults.

    Platform clients may rewrite it in ``_prepare_options`` (path, body, headers).
    ``headers`` may hold ``omit`` to remove a default header.
    """

    method: str
    url: str
    params: Dict[str, object] = field(default_factory=lambda: {})
    headers: Dict[str, Union[str, Omit]] = field(default_factory=lambda: {})
    json_data: Optional[object] = None
    multipart: bool = False
    files: List[Tuple[str, FileTypes]] = field(default_factory=lambda: [])
    content: Optional[bytes] = None
    timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given
    max_retries: Union[int, NotGiven] = not_given
    follow_redirects: Optional[bool] = None
    stream_idle_timeout: Union[float, None, NotGiven] = not_given

    def copy(self) -> FinalRequestOptions:
        """A copy whose dicts and lists (body included) can be changed without touching this one."""
        return replace(
            self,
            params=dict(self.params),
            headers=dict(self.headers),
            json_data=_copy_containers(self.json_data),
            files=list(self.files),
        )

    def get_max_retries(self, default: int) -> int:
        return default if isinstance(self.max_retries, NotGiven) else self.max_retries


def _copy_containers(value: object) -> object:
    if isinstance(value, dict):
        return {key: _copy_containers(item) for key, item in cast(Dict[object, object], value).items()}
    if isinstance(value, list):
        return [_copy_containers(item) for item in cast(List[object], value)]
    return value


def build_options(
    method: str,
    path: str,
    *,
    body: Optional[Body] = None,
    query: Optional[Query] = None,
    headers: Optional[Headers] = None,
    options: Optional[RequestOverrides] = None,
    multipart: bool = False,
) -> FinalRequestOptions:
    """Combine a generated call's arguments with the caller's overrides (the overrides win)."""
    overrides = options or RequestOverrides()
    params = strip_not_given(query)
    params.update(strip_not_given(overrides.extra_query))
    merged_headers: Dict[str, Union[str, Omit]] = {
        key: value for key, value in (headers or {}).items() if isinstance(value, str)
    }
    extra_headers: Mapping[str, object] = overrides.extra_headers or {}
    for key, value in extra_headers.items():
        if isinstance(value, (str, Omit)):
            merged_headers[key] = value
    return FinalRequestOptions(
        method=method.lower(),
        url=path,
        params=params,
        headers=merged_headers,
        json_data=merge_body(body, overrides.extra_body),
        multipart=multipart,
        timeout=overrides.timeout,
        max_retries=overrides.max_retries,
        follow_redirects=overrides.follow_redirects,
        stream_idle_timeout=overrides.stream_idle_timeout,
    )


def merge_body(body: Optional[Body], extra: Optional[Body]) -> Optional[object]:
    """The body without omitted values, with ``extra_body`` keys on top (``omit`` there removes a key)."""
    if isinstance(body, Mapping):
        merged: Optional[object] = strip_not_given(cast(Mapping[str, object], body))
    else:
        merged = None if isinstance(body, (NotGiven, Omit)) else body
    if extra is None or isinstance(extra, (NotGiven, Omit)):
        return merged
    if not isinstance(extra, Mapping):
        if merged is None:
            return extra
        raise TypeError(
            f"`extra_body` must be a mapping to be merged into the request body, got {type(extra).__name__}"
        )
    if merged is None:
        merged = {}
    if not isinstance(merged, dict):
        raise TypeError(f"Cannot merge `extra_body` into a request body of type {type(merged).__name__}")
    result = cast(Dict[str, object], merged)
    for key, value in cast(Mapping[str, object], extra).items():
        if isinstance(value, Omit):
            result.pop(key, None)
        elif not isinstance(value, NotGiven):
            result[key] = value
    return result


# --------------------------------------------------------------------------- paths

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _encode_segment(name: str, value: object) -> str:
    if isinstance(value, (NotGiven, Omit)) or value is None:
        raise ValueError(f"Expected a value for path parameter `{name}` but none was given")
    text = value if isinstance(value, str) else str(value)
    if not text:
        raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    encoded = quote(text, safe="")
    if encoded.strip(".") == "":
        # "." and ".." are path navigation once they reach a URL parser.
        encoded = encoded.replace(".", "%2E")
    return encoded


def path_template(template: str, **values: object) -> str:
    """Fill ``{name}`` placeholders, percent-encoding every value so it stays one path segment.

    ``path_template("/v1/files/{file_id}", file_id="a/b")`` -> ``"/v1/files/a%2Fb"``.
    An empty value raises ``ValueError`` naming the parameter.
    """
    missing = [name for name in _PLACEHOLDER.findall(template) if name not in values]
    if missing:
        raise ValueError(f"Missing path parameter(s) {', '.join(missing)} for {template!r}")
    return _PLACEHOLDER.sub(lambda match: _encode_segment(match.group(1), values[match.group(1)]), template)


def beta_header(betas: object, fixed: Sequence[str] = ()) -> Dict[str, str]:
    """``{"anthropic-beta": "a,b"}`` from the caller's ``betas`` then the method's ``fixed`` ones; ``{}`` if none."""
    names: List[str] = []
    if betas is not None and not isinstance(betas, (NotGiven, Omit)):
        if isinstance(betas, str):
            names.append(betas)
        else:
            names.extend(str(beta) for beta in cast(Iterable[object], betas))
    names.extend(fixed)
    unique = list(dict.fromkeys(name for name in names if name))
    return {"anthropic-beta": ",".join(unique)} if unique else {}


_ABSOLUTE_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_PARSED_URLS: Dict[str, httpx.URL] = {}


def _parse_url(text: str) -> httpx.URL:
    """``httpx.URL(text)``, remembered for URLs without a query (``httpx.URL`` is immutable).

    Performance: parsing costs ~15 µs per request, and a program calls a handful of routes.
    """
    url = _PARSED_URLS.get(text)
    if url is None:
        url = httpx.URL(text)
        if len(_PARSED_URLS) >= 256:  # routes with ids in their paths: keep the table small
            _PARSED_URLS.clear()
        _PARSED_URLS[text] = url
    return url


def build_url(base_url: httpx.URL, path: str, queries: Sequence[Optional[Mapping[str, object]]]) -> httpx.URL:
    """Join ``path`` (relative, or an absolute URL) to ``base_url`` and merge query strings.

    Later sources replace earlier ones key by key: the path's own query string,
    then each mapping of ``queries`` in order.
    """
    path_part, _, path_query = path.partition("?")
    if _ABSOLUTE_URL.match(path_part):
        target = path_part
    else:
        base = str(base_url)
        target = (base if base.endswith("/") else base + "/") + path_part.lstrip("/")
    pairs: Dict[str, List[str]] = {}
    for key, value in parse_qsl(path_query, keep_blank_values=True):
        pairs.setdefault(key, []).append(value)
    for source in queries:
        if not source:
            continue
        replaced: Dict[str, List[str]] = {}
        for key, value in encode_items(source):
            replaced.setdefault(key, []).append(value)
        pairs.update(replaced)
    if not pairs:
        return _parse_url(target)
    query = "&".join(
        f"{quote(key, safe='')}={quote(value, safe='')}" for key, values in pairs.items() for value in values
    )
    return httpx.URL(target + "?" + query)


def merge_headers(*sources: Optional[Mapping[str, Union[str, Omit]]]) -> httpx.Headers:
    """Case-insensitive merge, later sources winning; ``omit`` deletes a header set earlier."""
    return headers_from_items(header_items(*sources))


def header_items(*sources: Optional[Mapping[str, Union[str, Omit]]]) -> Dict[str, Tuple[str, str]]:
    """:func:`merge_headers` as a dict: lower-case name -> (name as last given, value), in header order.

    Performance: ``httpx.Headers`` scans all its headers on every item assignment or lookup;
    merging in a dict and building the ``httpx.Headers`` once keeps a request's headers linear.
    A name set again keeps its place and takes the new spelling, as with ``httpx.Headers``.
    """
    merged: Dict[str, Tuple[str, str]] = {}
    for source in sources:
        if not source:
            continue
        for key, value in source.items():
            if isinstance(value, Omit):
                merged.pop(key.lower(), None)
            else:
                merged[key.lower()] = (key, value)
    return merged


def headers_from_items(items: Dict[str, Tuple[str, str]]) -> httpx.Headers:
    """The ``httpx.Headers`` of :func:`header_items`, encoded as ``httpx.Headers`` item assignment encodes them."""
    return httpx.Headers([(key.encode("utf-8"), value.encode("utf-8")) for key, value in items.values()])


# --------------------------------------------------------------------------- body

_ANY = SchemaSerializer(core_schema.any_schema())


def _fallback(value: Any) -> Any:
    if isinstance(value, (NotGiven, Omit)):
        return None
    if isinstance(value, Mapping):
        return dict(cast(Mapping[object, object], value))
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes, bytearray)):
        return list(cast(Iterable[object], value))
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def encode_json(body: object) -> bytes:
    """Serialise a request body in one pass.

    Models from earlier responses serialise by API field names without the
    fields the API did not send, so ``message.content`` can be sent back as is.
    """
    # warnings=False: leniently decoded models may hold values of other types; they are sent as they came.
    return _ANY.to_json(body, by_alias=True, exclude_unset=True, fallback=_fallback, warnings=False)


@dataclass(frozen=True)
class EncodedBody:
    """A request body encoded once, replayed as is by every attempt."""

    content: Optional[bytes] = None
    content_type: Optional[str] = None


def encode_body(options: FinalRequestOptions, files: List[FilePart]) -> EncodedBody:
    """JSON in one pass, or multipart with ``files`` (already read); GET requests have no body."""
    if options.method == "get":
        return EncodedBody()
    if options.content is not None:
        return EncodedBody(options.content)
    if options.multipart:
        data = options.json_data
        if data is not None and not isinstance(data, Mapping):
            raise TypeError(f"A multipart body must be a mapping, got {type(data).__name__}")
        fields = split_multipart(cast(Mapping[str, object], data or {})).fields
        content, content_type = encode_multipart(fields, files)
        return EncodedBody(content, content_type)
    if options.json_data is None:
        return EncodedBody()
    return EncodedBody(encode_json(options.json_data))


def file_inputs(options: FinalRequestOptions) -> List[Tuple[str, FileTypes]]:
    """The file values of a multipart request, still to be read."""
    if not options.multipart or options.method == "get":
        return []
    data: Mapping[str, object] = options.json_data if is_mapping(options.json_data) else {}
    return split_multipart(data, options.files).files
