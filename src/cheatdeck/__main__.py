"""``python -m cheatdeck``."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while Python is still starting (a busy machine)
    from .interrupt import end_interrupted

    end_interrupted()

sys.exit(main())
