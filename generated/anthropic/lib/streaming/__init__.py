"""Message streams that accumulate the message and add helper events (`text`, `input_json`, ...)."""

from typing_extensions import TypeAlias

from ._beta_messages import (
    BetaAsyncMessageStream as BetaAsyncMessageStream,
)
from ._beta_messages import (
    BetaAsyncMessageStreamManager as BetaAsyncMessageStreamManager,
)
from ._beta_messages import (
    BetaMessageStream as BetaMessageStream,
)
from ._beta_messages import (
    BetaMessageStreamManager as BetaMessageStreamManager,
)
from ._beta_types import (
    BetaCitationEvent as BetaCitationEvent,
)
from ._beta_types import (
    BetaCompactionEvent as BetaCompactionEvent,
)
from ._beta_types import (
    BetaInputJsonEvent as BetaInputJsonEvent,
)
from ._beta_types import (
    BetaSignatureEvent as BetaSignatureEvent,
)
from ._beta_types import (
    BetaThinkingEvent as BetaThinkingEvent,
)
from ._beta_types import (
    ParsedBetaContentBlockStopEvent as ParsedBetaContentBlockStopEvent,
)
from ._beta_types import (
    ParsedBetaMessageStopEvent as ParsedBetaMessageStopEvent,
)
from ._beta_types import (
    ParsedBetaMessageStreamEvent as ParsedBetaMessageStreamEvent,
)
from ._beta_types import (
    ParsedBetaTextEvent as ParsedBetaTextEvent,
)
from ._messages import (
    AsyncMessageStream as AsyncMessageStream,
)
from ._messages import (
    AsyncMessageStreamManager as AsyncMessageStreamManager,
)
from ._messages import (
    MessageStream as MessageStream,
)
from ._messages import (
    MessageStreamManager as MessageStreamManager,
)
from ._types import (
    CitationEvent as CitationEvent,
)
from ._types import (
    ContentBlockStopEvent as ContentBlockStopEvent,
)
from ._types import (
    InputJsonEvent as InputJsonEvent,
)
from ._types import (
    MessageStopEvent as MessageStopEvent,
)
from ._types import (
    MessageStreamEvent as MessageStreamEvent,
)
from ._types import (
    ParsedContentBlockStopEvent as ParsedContentBlockStopEvent,
)
from ._types import (
    ParsedMessageStopEvent as ParsedMessageStopEvent,
)
from ._types import (
    ParsedMessageStreamEvent as ParsedMessageStreamEvent,
)
from ._types import (
    SignatureEvent as SignatureEvent,
)
from ._types import (
    TextEvent as TextEvent,
)
from ._types import (
    ThinkingEvent as ThinkingEvent,
)

# Names kept for code written against older releases.
BetaTextEvent: TypeAlias = ParsedBetaTextEvent
BetaMessageStopEvent: TypeAlias = ParsedBetaMessageStopEvent[object]
BetaMessageStreamEvent: TypeAlias = ParsedBetaMessageStreamEvent
BetaContentBlockStopEvent: TypeAlias = ParsedBetaContentBlockStopEvent[object]
