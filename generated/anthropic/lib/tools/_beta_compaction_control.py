"""Settings for the tool runner's history compaction."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["CompactionControl", "DEFAULT_THRESHOLD", "DEFAULT_SUMMARY_PROMPT"]

DEFAULT_THRESHOLD = 100_000

DEFAULT_SUMMARY_PROMPT = """\
Stop working on the task for a moment. The conversation so far is about to be \
replaced by a summary that you write now, and you (or another instance of you) \
will continue the task from that summary alone. Write it so that work can resume \
immediately without repeating anything. Cover:

1. The task: what the user asked for, how success is judged, and any constraints \
or preferences they stated.
2. Progress: what is done, what was produced or changed (with file paths, \
identifiers and values where they matter), and what was learned from tool results.
3. Decisions and dead ends: choices made and why, and approaches that failed and why.
4. What remains: the next concrete steps, in order, and any open questions.

Be brief but leave out nothing needed to finish the task. Put the summary inside \
<summary></summary> tags."""


class CompactionControl(TypedDict, total=False):
    enabled: Required[bool]
    """Whether to compact the conversation when it grows past the threshold."""

    context_token_threshold: int
    """Compact once the last reply's input plus output tokens reach this many (default 100,000)."""

    model: str
    """The model that writes the summary (default: the runner's model)."""

    summary_prompt: str
    """The instruction that asks for the summary."""
