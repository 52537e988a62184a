"""Spec-driven generator of the `anthropic` Python SDK.

Pipeline: load (spec + sdk.yaml) -> build (typed IR) -> render (Jinja) ->
overlay merge -> one ruff pass -> atomic write (or diff, for `check`).
"""

__version__ = "0.1.0"
