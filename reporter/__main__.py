"""``python -m reporter``: the same as the ``reporter`` command."""

from reporter.cli import main

if __name__ == "__main__":
    main()
