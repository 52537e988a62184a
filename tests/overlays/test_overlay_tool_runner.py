"""`beta.messages.tool_runner()`: multi-turn conversations against the scripted server."""

from __future__ import annotations

import copy
from typing import Any, Dict, List

import anthropic
import anyio
import pytest
from anthropic.lib.tools import (
    BetaAbstractMemoryTool,
    BetaAsyncStreamingToolRunner,
    BetaAsyncToolRunner,
    BetaStreamingToolRunner,
    BetaToolRunner,
    beta_async_tool,
    beta_tool,
)

from .overlay_server import Reply, ScriptedServer
from .overlay_streams import TEXT_MESSAGE, sse_reply

PARAMS: Dict[str, Any] = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 256,
    "messages": [{"role": "user", "content": "Weather in Paris and Rome?"}],
}
RAW_TOOL = {"name": "manual", "description": "Handled by the caller", "input_schema": {"type": "object"}}


def reply(*content: Dict[str, Any], stop_reason: str = "end_turn", input_tokens: int = 21) -> Dict[str, Any]:
    message = copy.deepcopy(TEXT_MESSAGE)
    message["content"] = list(content)
    message["stop_reason"] = stop_reason
    message["usage"]["input_tokens"] = input_tokens
    return message


def text(value: str) -> Dict[str, Any]:
    return {"type": "text", "text": value, "citations": None}


def tool_use(id: str, name: str, **input: Any) -> Dict[str, Any]:
    return {"type": "tool_use", "id": id, "name": name, "input": input}


calls: List[str] = []


@beta_tool
def get_weather(location: str, units: str = "c") -> str:
    """Look up the weather.

    Args:
        location: A city
    """
    calls.append(location)
    return f"{location}: 21{units}"


@beta_tool
def explode() -> str:
    """Always fails."""
    raise RuntimeError("the tool broke")


TURN_1 = reply(
    text("Let me look."),
    tool_use("toolu_1", "get_weather", location="Paris"),
    tool_use("toolu_2", "explode"),
    tool_use("toolu_3", "missing"),
    stop_reason="tool_use",
)
TURN_2 = reply(
    {"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": {"query": "Rome"}},
    stop_reason="pause_turn",
)
TURN_3 = reply(tool_use("toolu_4", "get_weather", location="Rome", units="f"), stop_reason="tool_use")
TURN_4 = reply(text("Paris is 21c, Rome 21f."))


@pytest.fixture(autouse=True)
def _reset_calls() -> None:
    calls.clear()


def assistant(turn: Dict[str, Any]) -> Dict[str, Any]:
    return {"role": "assistant", "content": turn["content"]}


def check_conversation(server: ScriptedServer) -> None:
    bodies = [r.body for r in server.requests]
    assert len(bodies) == 4
    first = PARAMS["messages"]
    results_1 = bodies[1]["messages"][2]
    assert bodies[1]["messages"][:2] == [*first, assistant(TURN_1)]
    assert results_1["role"] == "user"
    by_id = {r["tool_use_id"]: r for r in results_1["content"]}
    assert [r["tool_use_id"] for r in results_1["content"]] == ["toolu_1", "toolu_2", "toolu_3"]
    assert by_id["toolu_1"] == {"type": "tool_result", "tool_use_id": "toolu_1", "content": "Paris: 21c"}
    assert by_id["toolu_2"]["is_error"] is True and "the tool broke" in by_id["toolu_2"]["content"]
    assert by_id["toolu_3"]["is_error"] is True and "missing" in by_id["toolu_3"]["content"]
    # pause_turn: the paused reply goes back as is, with no tool results.
    assert bodies[2]["messages"] == [*bodies[1]["messages"], assistant(TURN_2)]
    assert bodies[3]["messages"][:-1] == [*bodies[2]["messages"], assistant(TURN_3)]
    assert bodies[3]["messages"][-1]["content"] == [
        {"type": "tool_result", "tool_use_id": "toolu_4", "content": "Rome: 21f"}
    ]
    for body in bodies:
        assert body["tools"] == [get_weather.to_dict(), explode.to_dict(), RAW_TOOL]
        assert body["max_tokens"] == 256
    for request in server.requests:
        assert request.headers["x-stainless-helper"] == "BetaToolRunner"


def test_runner_conversation(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(*(Reply.json(t) for t in (TURN_1, TURN_2, TURN_3, TURN_4)))
    runner = client.beta.messages.tool_runner(**PARAMS, tools=[get_weather, explode, RAW_TOOL])
    assert isinstance(runner, BetaToolRunner)

    with pytest.warns(UserWarning, match="missing"):
        messages = list(runner)

    assert [m.stop_reason for m in messages] == ["tool_use", "pause_turn", "tool_use", "end_turn"]
    assert calls == ["Paris", "Rome"]
    check_conversation(server)
    assert runner.until_done() is messages[-1]
    assert "structured-outputs-2025-12-15" in server.requests[0].headers["anthropic-beta"]


def test_streaming_runner_conversation(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(*(sse_reply(t, chunk_size=64) for t in (TURN_1, TURN_2, TURN_3, TURN_4)))
    runner = client.beta.messages.tool_runner(**PARAMS, tools=[get_weather, explode, RAW_TOOL], stream=True)
    assert isinstance(runner, BetaStreamingToolRunner)
    texts: List[str] = []
    with pytest.warns(UserWarning):
        for index, stream in enumerate(runner):
            if index % 2 == 0:  # read some streams, leave the others for the runner to finish
                texts.extend(stream.text_stream)
    assert "".join(texts) == "Let me look."  # turns 1 and 3 were read; turn 3 has no text
    assert all(r.body["stream"] is True for r in server.requests)
    check_conversation(server)


def test_max_iterations(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    loop = reply(tool_use("toolu_x", "get_weather", location="Oslo"), stop_reason="tool_use")
    server.script(*(Reply.json(loop) for _ in range(3)))
    runner = client.beta.messages.tool_runner(**PARAMS, tools=[get_weather], max_iterations=2)
    assert len(list(runner)) == 2
    assert len(server.requests) == 2
    assert calls == ["Oslo", "Oslo"]


def test_generate_tool_call_response_runs_tools_once(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(Reply.json(TURN_3), Reply.json(TURN_4))
    runner = client.beta.messages.tool_runner(**PARAMS, tools=[get_weather])
    responses = []
    for _ in runner:
        responses.append(runner.generate_tool_call_response())
        assert runner.generate_tool_call_response() is responses[-1]
    assert calls == ["Rome"]
    assert responses[0] is not None and responses[1] is None
    assert server.requests[1].body["messages"][-1] == responses[0]


def test_append_messages_replaces_the_automatic_turn(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(Reply.json(TURN_3), Reply.json(TURN_4))
    runner = client.beta.messages.tool_runner(**PARAMS, tools=[get_weather])
    for message in runner:
        if message.stop_reason == "tool_use":
            runner.append_messages(
                message,
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_4", "content": "snow"}]},
            )
    assert calls == []  # the runner did not run the tool: the caller answered it
    last = server.requests[1].body["messages"]
    assert last[-1]["content"][0]["content"] == "snow"
    assert last[-2] == assistant(TURN_3)


def test_set_messages_params(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(Reply.json(TURN_3), Reply.json(TURN_4))
    runner = client.beta.messages.tool_runner(**PARAMS, tools=[get_weather])
    for _ in runner:
        runner.set_messages_params(lambda params: {**params, "max_tokens": 99})
    assert server.requests[1].body["max_tokens"] == 99


def test_compaction_replaces_the_history(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    summary = "<summary>Paris is 21c; Rome still to check.</summary>"
    server.script(
        Reply.json(
            reply(tool_use("toolu_1", "get_weather", location="Paris"), stop_reason="tool_use", input_tokens=500)
        ),
        Reply.json(reply(text(summary))),
        Reply.json(TURN_4),
    )
    runner = client.beta.messages.tool_runner(
        **PARAMS,
        tools=[get_weather],
        compaction_control={"enabled": True, "context_token_threshold": 400},
    )
    messages = list(runner)
    assert len(messages) == 2
    compaction, after = server.requests[1], server.requests[2]
    assert compaction.headers["x-stainless-helper"] == "compaction"
    assert compaction.body["tool_choice"] == {"type": "none"}
    assert compaction.body["messages"][-1]["role"] == "user"
    assert "summary" in compaction.body["messages"][-1]["content"]
    assert compaction.body["messages"][-2]["content"][0]["type"] == "tool_result"  # the tool ran first
    assert after.body["messages"] == [{"role": "user", "content": [{"type": "text", "text": summary}]}]
    assert runner._params["messages"] == after.body["messages"]


def test_failed_compaction_leaves_the_history(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    server.script(
        Reply.json(
            reply(tool_use("toolu_1", "get_weather", location="Paris"), stop_reason="tool_use", input_tokens=500)
        ),
        Reply.json({"type": "error", "error": {"type": "api_error", "message": "boom"}}, status=500),
        Reply.json(TURN_4),
    )
    runner = client.beta.messages.tool_runner(
        **PARAMS, tools=[get_weather], compaction_control={"enabled": True, "context_token_threshold": 400}
    )
    messages = list(runner)
    assert messages[-1].stop_reason == "end_turn"
    after = server.requests[2].body["messages"]
    assert len(after) == 3 and after[-1]["content"][0]["content"] == "Paris: 21c"


# --------------------------------------------------------------------------- async


@pytest.mark.anyio
async def test_async_runner_runs_tools_concurrently(
    async_client: anthropic.AsyncAnthropic, server: ScriptedServer
) -> None:
    arrived: List[str] = []
    both_started = anyio.Event()

    async def meet(name: str) -> str:
        arrived.append(name)
        if len(arrived) == 2:
            both_started.set()
        with anyio.fail_after(5):  # run one after the other, this would time out
            await both_started.wait()
        return f"{name} done"

    @beta_async_tool
    async def left() -> str:
        """Left half."""
        return await meet("left")

    @beta_async_tool
    async def right() -> str:
        """Right half."""
        return await meet("right")

    @beta_async_tool
    async def broken(reason: str) -> str:
        """Fails."""
        raise ValueError(reason)

    first = reply(
        tool_use("t1", "left"), tool_use("t2", "right"), tool_use("t3", "broken", reason="nope"), stop_reason="tool_use"
    )
    server.script(Reply.json(first), Reply.json(TURN_4))
    runner = async_client.beta.messages.tool_runner(**PARAMS, tools=[left, right, broken])
    assert isinstance(runner, BetaAsyncToolRunner)
    messages = [m async for m in runner]
    assert len(messages) == 2
    results = server.requests[1].body["messages"][-1]["content"]
    assert [r["tool_use_id"] for r in results] == ["t1", "t2", "t3"]
    assert results[0]["content"] == "left done" and results[1]["content"] == "right done"
    assert results[2]["is_error"] is True and "nope" in results[2]["content"]
    assert (await runner.until_done()).stop_reason == "end_turn"


@pytest.mark.anyio
async def test_async_streaming_runner(async_client: anthropic.AsyncAnthropic, server: ScriptedServer) -> None:
    @beta_async_tool
    async def get_weather(location: str, units: str = "c") -> str:
        """Weather."""
        return f"{location}: 21{units}"

    server.script(sse_reply(TURN_3), sse_reply(TURN_4))
    runner = async_client.beta.messages.tool_runner(**PARAMS, tools=[get_weather], stream=True)
    assert isinstance(runner, BetaAsyncStreamingToolRunner)
    finals = []
    async for stream in runner:
        finals.append(await stream.get_final_message())
    assert [m.stop_reason for m in finals] == ["tool_use", "end_turn"]
    assert server.requests[1].body["messages"][-1]["content"][0]["content"] == "Rome: 21f"


class DictMemory(BetaAbstractMemoryTool):
    """A memory store in a dict, enough to see the runner dispatch commands."""

    def __init__(self) -> None:
        super().__init__()
        self.files: Dict[str, str] = {}

    def view(self, command: Any) -> str:
        return self.files.get(command.path, "(empty)")

    def create(self, command: Any) -> str:
        self.files[command.path] = command.file_text
        return "created"

    def str_replace(self, command: Any) -> str:
        self.files[command.path] = self.files[command.path].replace(command.old_str, command.new_str)
        return "replaced"

    def insert(self, command: Any) -> str:
        raise NotImplementedError

    def delete(self, command: Any) -> str:
        del self.files[command.path]
        return "deleted"

    def rename(self, command: Any) -> str:
        self.files[command.new_path] = self.files.pop(command.old_path)
        return "renamed"


def test_memory_tool(client: anthropic.Anthropic, server: ScriptedServer) -> None:
    memory = DictMemory()
    first = reply(
        tool_use("m1", "memory", command="create", path="/memories/a.md", file_text="likes tea"),
        tool_use("m2", "memory", command="str_replace", path="/memories/a.md", old_str="tea", new_str="coffee"),
        tool_use("m3", "memory", command="view", path="/memories/a.md"),
        tool_use("m4", "memory", command="insert", path="/memories/a.md", insert_line=0, insert_text="x"),
        tool_use("m5", "memory", command="levitate", path="/memories/a.md"),
        stop_reason="tool_use",
    )
    server.script(Reply.json(first), Reply.json(TURN_4))
    list(client.beta.messages.tool_runner(**PARAMS, tools=[memory]))
    assert server.requests[0].body["tools"] == [{"type": "memory_20250818", "name": "memory"}]
    results = server.requests[1].body["messages"][-1]["content"]
    assert [r["content"] for r in results[:3]] == ["created", "replaced", "likes coffee"]
    assert results[3]["is_error"] is True and "NotImplementedError" in results[3]["content"]
    assert results[4]["is_error"] is True and "levitate" in results[4]["content"]
    assert memory.files == {"/memories/a.md": "likes coffee"}
