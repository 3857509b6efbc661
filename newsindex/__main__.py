"""``python -m newsindex``: the same as the ``newsindex`` command."""

from .cli import main

main()
