"""Structured outputs: the schema sent for `output_format`, and `parsed_output` on replies."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

import anthropic
import pydantic
import pytest
from anthropic.lib._parse import StructuredOutputError, transform_schema
from typing_extensions import Literal, TypedDict

from .overlay_server import Reply, ScriptedServer
from .overlay_streams import TEXT_MESSAGE, sse_reply

PARAMS: Dict[str, Any] = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 512,
    "messages": [{"role": "user", "content": "x"}],
}


class Order(pydantic.BaseModel):
    product_name: str
    price: float = pydantic.Field(ge=0, description="Unit price")
    quantity: int


class Person(TypedDict):
    name: str
    role: Literal["admin", "user"]


ORDER_JSON = '{"product_name": "Green Tea", "price": 5.5, "quantity": 2}'


def reply_with_text(text: str) -> Dict[str, Any]:
    return {**TEXT_MESSAGE, "content": [{"type": "text", "text": text, "citations": None}]}


# --------------------------------------------------------------------------- schema


def test_transform_closes_objects_and_moves_unsupported_keywords() -> None:
    schema = transform_schema(Order)
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["product_name", "price", "quantity"]
    price = schema["properties"]["price"]
    assert price["type"] == "number"
    assert "minimum" not in price
    assert price["description"].startswith("Unit price\n\n")
    assert json.loads(price["description"].split("\n\n", 1)[1]) == {"minimum": 0}


def test_transform_keeps_supported_keywords() -> None:
    schema = transform_schema(
        {
            "type": "object",
            "properties": {
                "when": {"type": "string", "format": "date-time"},
                "odd": {"type": "string", "format": "phone"},
                "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 4},
                "kind": {"enum": ["a", "b"], "type": "string"},
                "fixed": {"const": 3},
                "either": {"oneOf": [{"type": "integer"}, {"$ref": "#/$defs/Sub", "description": "dropped"}]},
            },
            "$defs": {"Sub": {"type": "object", "properties": {"n": {"type": "integer", "maximum": 3}}}},
        }
    )
    props = schema["properties"]
    assert props["when"] == {"type": "string", "format": "date-time"}
    assert props["odd"] == {"type": "string", "description": '{"format": "phone"}'}
    assert props["tags"]["minItems"] == 1 and "maxItems" not in props["tags"]
    assert props["kind"] == {"enum": ["a", "b"], "type": "string"}
    assert props["fixed"] == {"const": 3}
    assert props["either"] == {"anyOf": [{"type": "integer"}, {"$ref": "#/$defs/Sub"}]}
    sub = schema["$defs"]["Sub"]
    assert sub["additionalProperties"] is False
    assert sub["properties"]["n"] == {"type": "integer", "description": '{"maximum": 3}'}


# --------------------------------------------------------------------------- parse


def test_parse_sends_the_schema_and_parses_the_reply(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(Reply.json(reply_with_text(ORDER_JSON)))
    message = client.messages.parse(**PARAMS, output_format=Order, output_config={"effort": "low"})

    assert isinstance(message.parsed_output, Order)
    assert message.parsed_output == Order(product_name="Green Tea", price=5.5, quantity=2)
    block = message.content[0]
    assert block.type == "text" and block.parsed_output == message.parsed_output
    assert "parsed_output" not in block.to_dict()  # never sent back to the API

    [request] = server.requests
    assert request.path == "/v1/messages"
    assert request.headers["x-stainless-helper"] == "messages.parse"
    assert "stream" not in request.body
    config = request.body["output_config"]
    assert config["effort"] == "low"
    assert config["format"] == {"type": "json_schema", "schema": transform_schema(Order)}


def test_parse_into_non_model_types(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(Reply.json(reply_with_text('{"name": "Ada", "role": "admin"}')))
    message = client.messages.parse(**PARAMS, output_format=Person)
    assert message.parsed_output == {"name": "Ada", "role": "admin"}
    schema = server.requests[0].body["output_config"]["format"]["schema"]
    assert schema["properties"]["role"]["enum"] == ["admin", "user"]


def test_reply_not_matching_raises_with_the_text(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    bad = '{"product_name": "Tea", "price": "cheap"}'
    server.script(Reply.json(reply_with_text(bad)))
    with pytest.raises(StructuredOutputError) as info:
        client.messages.parse(**PARAMS, output_format=Order)
    assert info.value.text == bad
    assert bad in str(info.value)
    assert "Order" in str(info.value)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value.__cause__, pydantic.ValidationError)


def test_type_without_schema_is_rejected_before_sending(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    class Opaque:
        pass

    with pytest.raises(TypeError, match="JSON schema"):
        client.messages.parse(**PARAMS, output_format=Opaque)
    assert server.requests == []


def test_sending_a_parsed_reply_back_omits_parsed_output(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(Reply.json(reply_with_text(ORDER_JSON)), Reply.json(reply_with_text("ok")))
    parsed = client.messages.parse(**PARAMS, output_format=Order)
    client.messages.create(
        **{**PARAMS, "messages": [*PARAMS["messages"], {"role": "assistant", "content": parsed.content}]}
    )
    sent = server.requests[1].body["messages"][1]["content"]
    assert sent == [{"type": "text", "text": ORDER_JSON, "citations": None}]


def test_output_config_passes_through_create(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    fmt = {"type": "json_schema", "schema": {"type": "object", "properties": {}, "additionalProperties": False}}
    server.script(Reply.json(reply_with_text("{}")))
    client.messages.create(**PARAMS, output_config={"format": fmt})
    assert server.requests[0].body["output_config"] == {"format": fmt}


def test_stream_with_output_format(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(reply_with_text(ORDER_JSON)))
    partials: List[Dict[str, Any]] = []
    with client.messages.stream(**PARAMS, output_format=Order) as stream:
        for event in stream:
            if event.type == "text":
                partials.append(event.parsed_snapshot())
        message = stream.get_final_message()
    assert message.parsed_output == Order(product_name="Green Tea", price=5.5, quantity=2)
    assert partials[-1] == json.loads(ORDER_JSON)
    assert any("product_name" in p and "quantity" not in p for p in partials)  # unfinished JSON, parsed
    assert server.requests[0].body["output_config"]["format"]["schema"] == transform_schema(Order)


def test_stream_with_a_raw_schema_does_not_parse(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    fmt = {"type": "json_schema", "schema": {"type": "object"}}
    server.script(sse_reply(reply_with_text(ORDER_JSON)))
    with client.messages.stream(**PARAMS, output_format=fmt) as stream:
        message = stream.get_final_message()
    assert message.parsed_output is None
    assert server.requests[0].body["output_config"] == {"format": fmt}


def test_stream_reply_not_matching_raises_at_block_stop(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(reply_with_text('{"product_name": 1}')))
    with (
        client.messages.stream(**PARAMS, output_format=Order) as stream,
        pytest.raises(StructuredOutputError, match="product_name"),
    ):
        stream.until_done()


# --------------------------------------------------------------------------- beta


def test_beta_parse(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(Reply.json(reply_with_text(ORDER_JSON)))
    message = client.beta.messages.parse(**PARAMS, output_format=Order, betas=["context-1m-2025-08-07"])
    assert message.parsed_output == Order(product_name="Green Tea", price=5.5, quantity=2)
    [request] = server.requests
    assert request.path == "/v1/messages?beta=true"
    assert request.headers["anthropic-beta"] == "context-1m-2025-08-07,structured-outputs-2025-12-15"
    assert request.headers["x-stainless-helper"] == "beta.messages.parse"
    assert "output_format" not in request.body
    assert request.body["output_config"]["format"]["type"] == "json_schema"


def test_beta_output_format_and_output_config_format_conflict(client: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.AnthropicError, match="output_config.format"):
        client.beta.messages.parse(
            **PARAMS, output_format=Order, output_config={"format": {"type": "json_schema", "schema": {}}}
        )


def test_beta_raw_output_format_is_deprecated(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(reply_with_text("{}")))
    with pytest.warns(DeprecationWarning, match="output_config"):
        manager = client.beta.messages.stream(**PARAMS, output_format={"type": "json_schema", "schema": {}})
    with manager as stream:
        stream.until_done()


@pytest.mark.anyio
async def test_async_parse(async_client: anthropic.AsyncAnthropic, server: ScriptedServer) -> None:
    server.script(Reply.json(reply_with_text(ORDER_JSON)), Reply.json(reply_with_text("[1, 2]")))
    message = await async_client.messages.parse(**PARAMS, output_format=Order)
    assert isinstance(message.parsed_output, Order)
    beta = await async_client.beta.messages.parse(**PARAMS, output_format=List[int])
    assert beta.parsed_output == [1, 2]


@pytest.mark.anyio
async def test_async_stream_with_output_format(async_client: anthropic.AsyncAnthropic, server: ScriptedServer) -> None:
    server.script(sse_reply(reply_with_text(ORDER_JSON)))
    async with async_client.beta.messages.stream(**PARAMS, output_format=Order) as stream:
        message = await stream.get_final_message()
    parsed: Optional[Order] = message.parsed_output
    assert parsed == Order(product_name="Green Tea", price=5.5, quantity=2)
