"""`python -m desktop` runs the command line; the bundle's executable starts here too.

The bundle also serves as the spreadsheet-reading child process (models/people/importing/
child.py): started with the hidden flag, it reads one file and ends, before Qt or the
database layer is loaded.
"""

import sys


def run() -> int:
    from models.people.importing.child import CHILD_FLAG

    if sys.argv[1:2] == [CHILD_FLAG]:
        from models.people.importing.child import main as read_spreadsheet

        return read_spreadsheet()
    from desktop.cli.command_line import main

    return main()


sys.exit(run())
