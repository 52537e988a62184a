"""`@beta_tool` / `@beta_async_tool`: definitions from signatures and docstrings, validated calls."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import anthropic
import anyio
import pydantic
import pytest
from anthropic.lib.tools import BetaAsyncFunctionTool, BetaFunctionTool, beta_async_tool, beta_tool
from typing_extensions import Literal


@beta_tool
def get_weather(location: str, units: Literal["c", "f"] = "c", *, days: int = 1) -> str:
    """Look up the weather for a city.

    Uses a made-up forecast.

    Args:
        location: The city and state, e.g. San Francisco, CA
        units: Temperature unit
    """
    return f"{location}: 20{units} for {days} day(s)"


def test_definition_from_signature_and_docstring() -> None:
    assert isinstance(get_weather, BetaFunctionTool)
    definition = get_weather.to_dict()
    assert definition["name"] == "get_weather"
    assert definition["description"] == "Look up the weather for a city.\n\nUses a made-up forecast."
    schema: Dict[str, Any] = dict(definition["input_schema"])
    assert schema["type"] == "object"
    assert schema["required"] == ["location"]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["location"]["description"] == "The city and state, e.g. San Francisco, CA"
    assert schema["properties"]["units"]["enum"] == ["c", "f"]
    assert schema["properties"]["units"]["description"] == "Temperature unit"
    assert "description" not in schema["properties"]["days"]


def test_the_tool_is_still_callable_as_the_function() -> None:
    assert get_weather("Paris", "f", days=2) == "Paris: 20f for 2 day(s)"


def test_call_validates_input() -> None:
    assert get_weather.call({"location": "Oslo", "days": "3"}) == "Oslo: 20c for 3 day(s)"
    with pytest.raises(ValueError, match="get_weather") as info:
        get_weather.call({"location": "Oslo", "units": "kelvin"})
    assert isinstance(info.value.__cause__, pydantic.ValidationError)
    with pytest.raises(ValueError, match="unexpected_keyword|Unexpected keyword"):
        get_weather.call({"location": "Oslo", "wind": True})
    with pytest.raises(TypeError, match="JSON object"):
        get_weather.call(["Oslo"])


def test_decorator_options() -> None:
    class Query(pydantic.BaseModel):
        q: str

    @beta_tool(name="search", description="Search the web", input_schema=Query, defer_loading=True)
    def search_impl(q: str) -> str:
        return q

    assert search_impl.to_dict() == {
        "name": "search",
        "description": "Search the web",
        "input_schema": Query.model_json_schema(),
        "defer_loading": True,
    }
    tool = beta_tool(lambda x: str(x), name="echo")
    assert tool.name == "echo"


def test_positional_only_parameters_are_rejected() -> None:
    def f(a: int, /, b: int) -> str:
        return ""

    with pytest.raises(TypeError, match="'a' is positional-only"):
        beta_tool(f)


def test_var_positional_parameters_are_rejected() -> None:
    def f(*items: int) -> str:
        return ""

    with pytest.raises(TypeError, match=r"\*items"):
        beta_tool(f)


def test_var_keyword_parameters_are_allowed() -> None:
    @beta_tool
    def tag(name: str, **labels: str) -> str:
        """Tag something."""
        return name + ",".join(f"{k}={v}" for k, v in sorted(labels.items()))

    assert tag.input_schema["additionalProperties"] == {"type": "string"}
    assert tag.call({"name": "x", "a": "1"}) == "xa=1"


def test_sync_and_async_decorators_are_not_interchangeable() -> None:
    async def coro(x: int) -> str:
        return ""

    def plain(x: int) -> str:
        return ""

    with pytest.raises(TypeError, match="beta_async_tool"):
        beta_tool(coro)
    with pytest.raises(TypeError, match="beta_tool"):
        beta_async_tool(plain)


def test_no_docstring_gives_an_empty_description() -> None:
    @beta_tool
    def bare(x: int) -> str:
        return str(x)

    assert bare.description == ""


@pytest.mark.anyio
async def test_async_tool() -> None:
    @beta_async_tool
    async def lookup(ids: List[int], note: Optional[str] = None) -> str:
        """Look things up.

        Args:
            ids: Record ids
        """
        await anyio.sleep(0)
        return f"{sum(ids)} {note}"

    assert isinstance(lookup, BetaAsyncFunctionTool)
    assert lookup.input_schema["properties"]["ids"]["description"] == "Record ids"
    assert await lookup.call({"ids": [1, "2"]}) == "3 None"
    with pytest.raises(ValueError, match="lookup"):
        await lookup.call({"ids": "nope"})


def test_exported_from_the_package() -> None:
    assert anthropic.beta_tool is beta_tool
    assert anthropic.beta_async_tool is beta_async_tool
