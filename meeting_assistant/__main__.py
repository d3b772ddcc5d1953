"""`python -m meeting_assistant COMMAND …`: the command line (the window opens from the
`meeting-assistant` launcher, which the core never imports)."""

import sys

from meeting_assistant.cli import main

if __name__ == "__main__":
    sys.exit(main())
