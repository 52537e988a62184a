"""`python -m bench`: see README.md, or `python -m bench --help`."""

from .cli import main

raise SystemExit(main())
