from __future__ import annotations

import datetime
import json
from typing import Dict, List, Optional

import httpx
import pytest
from anthropic_runtime._files import FilePart, encode_multipart, split_multipart
from anthropic_runtime._models import BaseModel
from anthropic_runtime._qs import encode_items
from anthropic_runtime._request import (
    FinalRequestOptions,
    RequestOverrides,
    beta_header,
    build_options,
    build_url,
    encode_json,
    merge_body,
    merge_headers,
    path_template,
)
from anthropic_runtime._types import not_given, omit
from hypothesis import given
from hypothesis import strategies as st

from .fake_api import Message, TextBlock, message_json


class TestPathTemplate:
    def test_plain(self) -> None:
        assert path_template("/v1/messages/{id}", id="msg_01") == "/v1/messages/msg_01"

    def test_several(self) -> None:
        assert path_template("/v1/a/{x}/b/{y}", x="1", y=2) == "/v1/a/1/b/2"

    @pytest.mark.parametrize(
        ("value", "encoded"),
        [
            ("a/b", "a%2Fb"),
            ("..", "%2E%2E"),
            (".", "%2E"),
            ("../../admin", "..%2F..%2Fadmin"),
            ("a?b=1", "a%3Fb%3D1"),
            ("a#frag", "a%23frag"),
            ("100%", "100%25"),
            ("é/ü", "%C3%A9%2F%C3%BC"),
            ("a b", "a%20b"),
            ("file.v2", "file.v2"),
        ],
    )
    def test_values_cannot_change_the_route(self, value: str, encoded: str) -> None:
        path = path_template("/v1/files/{file_id}/content", file_id=value)
        assert path == f"/v1/files/{encoded}/content"
        url = build_url(httpx.URL("https://api.anthropic.com/"), path, [])
        assert url.raw_path.decode().startswith("/v1/files/")
        assert url.raw_path.decode().endswith("/content")
        assert url.query == b""
        assert url.fragment == ""

    @pytest.mark.parametrize("empty", ["", None, not_given])
    def test_empty_value_names_the_parameter(self, empty: object) -> None:
        with pytest.raises(ValueError, match="message_batch_id"):
            path_template("/v1/messages/batches/{message_batch_id}", message_batch_id=empty)

    def test_missing_parameter(self) -> None:
        with pytest.raises(ValueError, match="file_id"):
            path_template("/v1/files/{file_id}")

    @given(st.text(min_size=1))
    def test_any_text_stays_one_segment(self, value: str) -> None:
        path = path_template("/v1/files/{file_id}", file_id=value)
        segment = path[len("/v1/files/") :]
        assert "/" not in segment and "?" not in segment and "#" not in segment
        assert segment.strip(".") != ""


class TestBetaHeader:
    def test_none(self) -> None:
        assert beta_header(not_given) == {}
        assert beta_header(omit) == {}
        assert beta_header(None) == {}
        assert beta_header([]) == {}

    def test_user_then_fixed(self) -> None:
        assert beta_header(["a", "b"], fixed=("c",)) == {"anthropic-beta": "a,b,c"}
        assert beta_header(not_given, fixed=("files-api-2025-04-14",)) == {"anthropic-beta": "files-api-2025-04-14"}

    def test_duplicates_dropped(self) -> None:
        assert beta_header(["c", "a"], fixed=("c",)) == {"anthropic-beta": "c,a"}


class TestOptions:
    def test_omitted_values_are_dropped(self) -> None:
        options = build_options(
            "POST",
            "/v1/messages",
            body={"model": "m", "temperature": not_given, "top_k": omit, "stop": None},
            query={"limit": 5, "after_id": not_given},
            headers={"anthropic-beta": "x", "dropped": not_given},  # type: ignore[dict-item]
        )
        assert options.method == "post"
        assert options.json_data == {"model": "m", "stop": None}
        assert options.params == {"limit": 5}
        assert options.headers == {"anthropic-beta": "x"}

    def test_overrides_win(self) -> None:
        options = build_options(
            "post",
            "/x",
            body={"a": 1, "b": 2},
            query={"q": 1},
            headers={"h": "1"},
            options=RequestOverrides(
                extra_headers={"h": "2", "gone": omit},
                extra_query={"q": 2, "r": 3},
                extra_body={"b": 3, "a": omit, "c": 4},
                timeout=3.0,
            ),
        )
        assert options.json_data == {"b": 3, "c": 4}
        assert options.params == {"q": 2, "r": 3}
        assert options.headers == {"h": "2", "gone": omit}
        assert options.timeout == 3.0

    def test_extra_body_without_body(self) -> None:
        assert merge_body(None, {"x": 1}) == {"x": 1}
        assert merge_body(None, None) is None
        with pytest.raises(TypeError):
            merge_body([1, 2], {"x": 1})

    def test_copy_is_deep_for_containers(self) -> None:
        options = FinalRequestOptions(method="post", url="/x", json_data={"messages": [{"role": "user"}]})
        copied = options.copy()
        assert isinstance(copied.json_data, dict)
        copied.json_data["messages"][0]["role"] = "changed"
        assert options.json_data == {"messages": [{"role": "user"}]}


class TestUrls:
    base = httpx.URL("https://api.anthropic.com/")

    def test_path_query_is_merged(self) -> None:
        url = build_url(self.base, "/v1/messages?beta=true", [{"limit": 10}])
        assert str(url) == "https://api.anthropic.com/v1/messages?beta=true&limit=10"

    def test_later_sources_replace_keys(self) -> None:
        url = build_url(self.base, "/v1/x?beta=true&a=1", [{"a": 2, "d": "default"}, {"d": "explicit"}])
        assert dict(url.params) == {"beta": "true", "a": "2", "d": "explicit"}

    def test_lists_and_booleans(self) -> None:
        url = build_url(self.base, "/v1/x", [{"ids": ["a", "b"], "flag": True, "off": False, "none": None}])
        assert url.params["ids"] == "a,b"
        assert url.params["flag"] == "true"
        assert url.params["off"] == "false"
        assert "none" not in url.params

    def test_base_path_is_kept(self) -> None:
        url = build_url(httpx.URL("https://gateway.example/anthropic/"), "/v1/messages", [])
        assert str(url) == "https://gateway.example/anthropic/v1/messages"

    def test_absolute_url(self) -> None:
        url = build_url(self.base, "https://files.example/v1/results?token=abc", [{"x": 1}])
        assert str(url) == "https://files.example/v1/results?token=abc&x=1"

    def test_qs_nested(self) -> None:
        assert encode_items({"a": {"b": 1, "c": [1, 2]}}) == [("a[b]", "1"), ("a[c]", "1,2")]
        assert encode_items({"a": [1, 2]}, array_format="brackets") == [("a[]", "1"), ("a[]", "2")]
        assert encode_items({"a": [1, 2]}, array_format="repeat") == [("a", "1"), ("a", "2")]


class TestHeaders:
    def test_case_insensitive_and_omit(self) -> None:
        merged = merge_headers(
            {"Content-Type": "application/json", "X-Api-Key": "k"}, {"content-type": "text/plain", "x-api-key": omit}
        )
        assert merged["content-type"] == "text/plain"
        assert "x-api-key" not in merged


class TestJsonBody:
    def test_plain_values(self) -> None:
        body = {
            "when": datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
            "day": datetime.date(2025, 1, 2),
            "tuple": (1, 2),
            "set": {3},
            "gen": (i for i in range(3)),
            "text": "héllo",
            "nested": {"list": [1, 2.5, None, True]},
        }
        decoded = json.loads(encode_json(body))
        assert decoded["when"] == "2025-01-02T03:04:05Z"
        assert decoded["day"] == "2025-01-02"
        assert decoded["tuple"] == [1, 2]
        assert decoded["set"] == [3]
        assert decoded["gen"] == [0, 1, 2]
        assert decoded["text"] == "héllo"
        assert decoded["nested"] == {"list": [1, 2.5, None, True]}

    def test_response_models_can_be_sent_back(self) -> None:
        message = Message.model_validate(message_json("Hi there"))
        body = {"messages": [{"role": "assistant", "content": message.content}]}
        decoded = json.loads(encode_json(body))
        # Only what the API sent: no `citations: null` added by the model's defaults.
        assert decoded == {"messages": [{"role": "assistant", "content": [{"type": "text", "text": "Hi there"}]}]}

    def test_models_keep_extra_fields_and_aliases(self) -> None:
        from pydantic import Field

        class Aliased(BaseModel):
            python_name: Optional[int] = Field(default=None, alias="apiName")

        value = Aliased.model_validate({"apiName": 1, "unknown": [1]})
        assert json.loads(encode_json({"v": value})) == {"v": {"apiName": 1, "unknown": [1]}}

    def test_leniently_decoded_models_are_sent_as_they_came(self, recwarn: pytest.WarningsRecorder) -> None:
        from anthropic_runtime._models import validate_response

        message = validate_response(
            Message, json.dumps(message_json(usage={"input_tokens": "many", "output_tokens": 1})).encode()
        )
        assert json.loads(encode_json({"usage": message.usage})) == {
            "usage": {"input_tokens": "many", "output_tokens": 1}
        }
        assert not [warning for warning in recwarn if "serializ" in str(warning.message).lower()]

    def test_user_built_model(self) -> None:
        block = TextBlock(type="text", text="x")
        assert json.loads(encode_json([block])) == [{"type": "text", "text": "x"}]

    def test_unserialisable(self) -> None:
        with pytest.raises(Exception, match="not JSON serializable|Unable to serialize"):
            encode_json({"x": object()})


class TestMultipart:
    def test_split(self) -> None:
        body: Dict[str, object] = {
            "file": b"data",
            "named": ("a.txt", b"text", "text/plain"),
            "files": [b"1", ("two.bin", b"2")],
            "purpose": "batch",
            "flags": ["x", "y"],
            "meta": {"k": "v"},
            "skip": not_given,
            "none": None,
            "yes": True,
        }
        split = split_multipart(body)
        assert split.fields == [
            ("purpose", "batch"),
            ("flags[]", "x"),
            ("flags[]", "y"),
            ("meta[k]", "v"),
            ("yes", "true"),
        ]
        assert [name for name, _ in split.files] == ["file", "named", "files[]", "files[]"]

    def test_encoding_is_deterministic_with_a_boundary(self) -> None:
        parts: List[FilePart] = [
            FilePart(name="file", filename='a"b.txt', content=b"\x00\x01", content_type="text/plain")
        ]
        content, content_type = encode_multipart([("purpose", "x")], parts, boundary="BOUNDARY")
        assert content_type == "multipart/form-data; boundary=BOUNDARY"
        assert content == (
            b"--BOUNDARY\r\n"
            b'Content-Disposition: form-data; name="purpose"\r\n\r\n'
            b"x\r\n"
            b"--BOUNDARY\r\n"
            b'Content-Disposition: form-data; name="file"; filename="a%22b.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\n"
            b"\x00\x01\r\n"
            b"--BOUNDARY--\r\n"
        )
