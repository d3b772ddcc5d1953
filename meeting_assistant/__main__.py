"""`python -m meeting_assistant` (and the frozen app's entry point): the same as the console
script: no command opens the window, a command runs on the command line."""

import sys

from meeting_assistant.cli import main

if __name__ == "__main__":
    sys.exit(main())
