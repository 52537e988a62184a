"""Benchmarks: our SDK vs the official `anthropic` 0.79.0 vs raw httpx, against a local fake server.

Run with `make bench` or `python -m bench [--quick] [--cases a,b]`; see bench/README.md.
This package is imported by every worker, including the one in the official SDK's venv:
keep its modules on the standard library (plus httpx / anthropic where they are the subject).
"""
