"""`python -m desktop` runs the command line."""

import sys

from desktop.cli.command_line import main

sys.exit(main())
