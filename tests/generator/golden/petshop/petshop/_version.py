# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

__title__ = "petshop"
__version__ = "1.0.0"

__all__ = ["__title__", "__version__"]
