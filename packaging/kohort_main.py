"""The bundle's entry point: the same ``kohort`` command as the pip-installed one."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
