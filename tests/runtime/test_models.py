from __future__ import annotations

import datetime
import json
from typing import Dict, List, Optional, Union

import httpx
import pytest
from anthropic_runtime._exceptions import APIResponseValidationError
from anthropic_runtime._models import BaseModel, construct_type, decode_event_data, validate_response, validate_value
from pydantic import Field
from typing_extensions import Annotated, Literal

from .fake_api import ContentBlock, Message, ModelInfo, RawMessageStreamEvent, TextBlock, ToolUseBlock, message_json


def _bytes(value: object) -> bytes:
    return json.dumps(value).encode()


class TestBaseModel:
    def test_extra_fields_are_kept(self) -> None:
        message = validate_response(Message, _bytes(message_json(new_field={"a": 1})))
        assert message.new_field == {"a": 1}  # type: ignore[attr-defined]
        assert message.to_dict()["new_field"] == {"a": 1}

    def test_to_dict_defaults_follow_the_api(self) -> None:
        block = TextBlock.model_validate({"type": "text", "text": "hi"})
        assert block.to_dict() == {"type": "text", "text": "hi"}
        assert block.to_dict(exclude_unset=False) == {"type": "text", "text": "hi", "citations": None}
        assert block.to_dict(exclude_unset=False, exclude_none=True) == {"type": "text", "text": "hi"}
        assert block.to_dict(exclude_unset=False, exclude_defaults=True) == {"type": "text", "text": "hi"}

    def test_to_dict_modes_and_names(self) -> None:
        class Aliased(BaseModel):
            created: datetime.datetime
            python_name: int = Field(alias="apiName")

        value = Aliased.model_validate({"created": "2025-01-01T00:00:00Z", "apiName": 3})
        assert value.to_dict()["apiName"] == 3
        assert value.to_dict(use_api_names=False)["python_name"] == 3
        assert isinstance(value.to_dict()["created"], datetime.datetime)
        assert value.to_dict(mode="json")["created"] == "2025-01-01T00:00:00Z"

    def test_to_json(self) -> None:
        block = TextBlock.model_validate({"type": "text", "text": "hi"})
        assert block.to_json() == '{\n  "type": "text",\n  "text": "hi"\n}'
        assert block.to_json(indent=None) == '{"type":"text","text":"hi"}'

    def test_str_and_repr_name_the_class(self) -> None:
        block = TextBlock.model_validate({"type": "text", "text": "hi"})
        assert str(block).startswith("TextBlock(")

    def test_request_id_is_private(self) -> None:
        block = TextBlock.model_validate({"type": "text", "text": "hi"})
        assert block._request_id is None
        block._request_id = "req_1"
        assert "req_1" not in block.to_json()
        assert "_request_id" not in block.to_dict()

    def test_construct_builds_nested_values(self) -> None:
        message = Message.construct(**message_json())
        assert isinstance(message.content[0], TextBlock)
        assert message.usage.input_tokens == 3


class TestFastPath:
    def test_valid_document(self) -> None:
        message = validate_response(Message, _bytes(message_json()))
        assert isinstance(message, Message)
        assert isinstance(message.content[0], TextBlock)

    def test_union_alias(self) -> None:
        block = validate_response(ContentBlock, b'{"type":"tool_use","id":"t","name":"n","input":{}}')  # type: ignore[arg-type]
        assert isinstance(block, ToolUseBlock)

    def test_lists_and_dicts(self) -> None:
        assert validate_response(List[int], b"[1,2]") == [1, 2]  # type: ignore[arg-type]
        assert validate_response(Dict[str, int], b'{"a":1}') == {"a": 1}  # type: ignore[arg-type]


class TestLenient:
    def test_unknown_enum_value(self) -> None:
        message = validate_response(Message, _bytes(message_json(stop_reason="a_new_reason")))
        assert isinstance(message, Message)
        assert message.stop_reason == "a_new_reason"
        # the valid parts are still properly built
        assert isinstance(message.usage, BaseModel)
        assert isinstance(message.content[0], TextBlock)

    def test_unknown_union_variant(self) -> None:
        data = message_json()
        data["content"] = [{"type": "text", "text": "a"}, {"type": "hologram", "frames": [1, 2]}]
        message = validate_response(Message, _bytes(data))
        first, second = message.content
        assert isinstance(first, TextBlock)
        assert not isinstance(second, (TextBlock, ToolUseBlock))
        assert second.type == "hologram"
        assert second.frames == [1, 2]  # type: ignore[union-attr]
        assert second.to_dict() == {"type": "hologram", "frames": [1, 2]}

    def test_known_variant_with_bad_field_keeps_its_class(self) -> None:
        data = message_json()
        data["content"] = [{"type": "tool_use", "id": "t", "name": "n", "input": "not-a-dict"}]
        message = validate_response(Message, _bytes(data))
        block = message.content[0]
        assert isinstance(block, ToolUseBlock)
        assert block.input == "not-a-dict"

    def test_missing_required_field(self) -> None:
        data = message_json()
        del data["model"]
        message = validate_response(Message, _bytes(data))
        assert message.id == "msg_01"
        with pytest.raises(AttributeError):
            _ = message.model
        assert "model" not in message.to_dict()

    def test_valid_subtrees_are_validated(self) -> None:
        class Wrapper(BaseModel):
            status: Literal["ok"]
            model: ModelInfo

        wrapper = validate_response(
            Wrapper,
            _bytes(
                {
                    "status": "new",
                    "model": {"id": "m", "created_at": "2025-01-01T00:00:00Z", "display_name": "M", "type": "model"},
                }
            ),
        )
        assert wrapper.status == "new"
        assert isinstance(wrapper.model.created_at, datetime.datetime)

    def test_wrong_scalar_type_is_kept(self) -> None:
        message = validate_response(Message, _bytes(message_json(usage={"input_tokens": "many", "output_tokens": 1})))
        assert message.usage.input_tokens == "many"  # type: ignore[comparison-overlap]
        assert message.usage.output_tokens == 1

    def test_non_discriminated_union_picks_best_match(self) -> None:
        class A(BaseModel):
            kind: Literal["a"]
            x: int

        class B(BaseModel):
            kind: Literal["b"]
            y: int

        value = construct_type(Union[A, B], {"kind": "b", "y": "not int"})
        assert isinstance(value, B)

    def test_optional_and_none(self) -> None:
        assert construct_type(Optional[TextBlock], None) is None
        assert construct_type(float, 3) == 3.0
        assert construct_type(datetime.datetime, "2025-01-01T00:00:00Z") == datetime.datetime(
            2025, 1, 1, tzinfo=datetime.timezone.utc
        )
        assert construct_type(datetime.datetime, "garbage") == "garbage"

    def test_discriminator_declared_on_the_field(self) -> None:
        class Holder(BaseModel):
            block: Annotated[Union[TextBlock, ToolUseBlock], Field(discriminator="type")]
            count: int

        holder = validate_response(
            Holder, _bytes({"block": {"type": "tool_use", "id": 1, "name": "n", "input": {}}, "count": 1})
        )
        assert isinstance(holder.block, ToolUseBlock)

    def test_recursive_models(self) -> None:
        class Node(BaseModel):
            name: str
            children: List[Node] = []
            kind: Literal["node"] = "node"

        Node.model_rebuild()
        tree = validate_response(
            Node, _bytes({"name": "a", "kind": "leaf?", "children": [{"name": "b", "children": []}]})
        )
        assert isinstance(tree.children[0], Node)
        assert tree.kind == "leaf?"

    def test_lenient_results_serialise_back(self) -> None:
        data = message_json(stop_reason="brand_new")
        message = validate_response(Message, _bytes(data))
        assert json.loads(message.to_json()) == data


class TestStrict:
    def test_invalid_raises_with_response(self) -> None:
        response = httpx.Response(200, request=httpx.Request("GET", "https://x"))
        with pytest.raises(APIResponseValidationError) as info:
            validate_response(Message, _bytes(message_json(stop_reason="nope")), strict=True, response=response)
        assert info.value.status_code == 200
        assert isinstance(info.value.body, dict)

    def test_valid_passes(self) -> None:
        assert isinstance(validate_response(Message, _bytes(message_json()), strict=True), Message)

    def test_invalid_json(self) -> None:
        response = httpx.Response(200, request=httpx.Request("GET", "https://x"))
        with pytest.raises(APIResponseValidationError, match="not valid JSON"):
            validate_response(Message, b"{not json", response=response)

    def test_validate_value(self) -> None:
        with pytest.raises(ValueError):
            validate_value(TextBlock, {"type": "text"}, strict=True)
        assert validate_value(TextBlock, {"type": "text"}).type == "text"


class TestEvents:
    def test_type_filled_from_event_name(self) -> None:
        event = decode_event_data(
            RawMessageStreamEvent, '{"index":0,"delta":{"type":"text_delta","text":"x"}}', "content_block_delta"
        )  # type: ignore[arg-type]
        assert event.type == "content_block_delta"
        assert event.delta.text == "x"  # type: ignore[union-attr]
