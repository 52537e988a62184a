# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

__title__ = "anthropic"
__version__ = "0.79.0"

__all__ = ["__title__", "__version__"]
