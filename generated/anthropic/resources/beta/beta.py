# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from .messages.messages import (
        AsyncMessages,
        AsyncMessagesWithRawResponse,
        AsyncMessagesWithStreamingResponse,
        Messages,
        MessagesWithRawResponse,
        MessagesWithStreamingResponse,
    )
    from .models import (
        AsyncModels,
        AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse,
        Models,
        ModelsWithRawResponse,
        ModelsWithStreamingResponse,
    )
    from .skills.skills import (
        AsyncSkills,
        AsyncSkillsWithRawResponse,
        AsyncSkillsWithStreamingResponse,
        Skills,
        SkillsWithRawResponse,
        SkillsWithStreamingResponse,
    )

__all__ = ["Beta", "AsyncBeta"]


class Beta(SyncAPIResource):
    @cached_property
    def models(self) -> Models:
        from .models import Models

        return Models(self._client)

    @cached_property
    def messages(self) -> Messages:
        from .messages.messages import Messages

        return Messages(self._client)

    @cached_property
    def files(self) -> Files:
        from .files import Files

        return Files(self._client)

    @cached_property
    def skills(self) -> Skills:
        from .skills.skills import Skills

        return Skills(self._client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return BetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return BetaWithStreamingResponse(self)


class AsyncBeta(AsyncAPIResource):
    @cached_property
    def models(self) -> AsyncModels:
        from .models import AsyncModels

        return AsyncModels(self._client)

    @cached_property
    def messages(self) -> AsyncMessages:
        from .messages.messages import AsyncMessages

        return AsyncMessages(self._client)

    @cached_property
    def files(self) -> AsyncFiles:
        from .files import AsyncFiles

        return AsyncFiles(self._client)

    @cached_property
    def skills(self) -> AsyncSkills:
        from .skills.skills import AsyncSkills

        return AsyncSkills(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (headers, status) with `.parse()`."""
        return AsyncBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWithStreamingResponse:
        """Like `.with_raw_response`, but the body is read lazily, inside a context manager."""
        return AsyncBetaWithStreamingResponse(self)


class BetaWithRawResponse:
    def __init__(self, beta: Beta) -> None:
        self._beta = beta

    @cached_property
    def models(self) -> ModelsWithRawResponse:
        from .models import ModelsWithRawResponse

        return ModelsWithRawResponse(self._beta.models)

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        from .messages.messages import MessagesWithRawResponse

        return MessagesWithRawResponse(self._beta.messages)

    @cached_property
    def files(self) -> FilesWithRawResponse:
        from .files import FilesWithRawResponse

        return FilesWithRawResponse(self._beta.files)

    @cached_property
    def skills(self) -> SkillsWithRawResponse:
        from .skills.skills import SkillsWithRawResponse

        return SkillsWithRawResponse(self._beta.skills)


class AsyncBetaWithRawResponse:
    def __init__(self, beta: AsyncBeta) -> None:
        self._beta = beta

    @cached_property
    def models(self) -> AsyncModelsWithRawResponse:
        from .models import AsyncModelsWithRawResponse

        return AsyncModelsWithRawResponse(self._beta.models)

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        from .messages.messages import AsyncMessagesWithRawResponse

        return AsyncMessagesWithRawResponse(self._beta.messages)

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        from .files import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._beta.files)

    @cached_property
    def skills(self) -> AsyncSkillsWithRawResponse:
        from .skills.skills import AsyncSkillsWithRawResponse

        return AsyncSkillsWithRawResponse(self._beta.skills)


class BetaWithStreamingResponse:
    def __init__(self, beta: Beta) -> None:
        self._beta = beta

    @cached_property
    def models(self) -> ModelsWithStreamingResponse:
        from .models import ModelsWithStreamingResponse

        return ModelsWithStreamingResponse(self._beta.models)

    @cached_property
    def messages(self) -> MessagesWithStreamingResponse:
        from .messages.messages import MessagesWithStreamingResponse

        return MessagesWithStreamingResponse(self._beta.messages)

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        from .files import FilesWithStreamingResponse

        return FilesWithStreamingResponse(self._beta.files)

    @cached_property
    def skills(self) -> SkillsWithStreamingResponse:
        from .skills.skills import SkillsWithStreamingResponse

        return SkillsWithStreamingResponse(self._beta.skills)


class AsyncBetaWithStreamingResponse:
    def __init__(self, beta: AsyncBeta) -> None:
        self._beta = beta

    @cached_property
    def models(self) -> AsyncModelsWithStreamingResponse:
        from .models import AsyncModelsWithStreamingResponse

        return AsyncModelsWithStreamingResponse(self._beta.models)

    @cached_property
    def messages(self) -> AsyncMessagesWithStreamingResponse:
        from .messages.messages import AsyncMessagesWithStreamingResponse

        return AsyncMessagesWithStreamingResponse(self._beta.messages)

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        from .files import AsyncFilesWithStreamingResponse

        return AsyncFilesWithStreamingResponse(self._beta.files)

    @cached_property
    def skills(self) -> AsyncSkillsWithStreamingResponse:
        from .skills.skills import AsyncSkillsWithStreamingResponse

        return AsyncSkillsWithStreamingResponse(self._beta.skills)
