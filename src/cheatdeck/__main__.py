"""``python -m cheatdeck``."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while Python is still starting (a busy machine)
    print("cheatdeck: interrupted; every output was left whole", file=sys.stderr)
    sys.exit(130)

sys.exit(main())
