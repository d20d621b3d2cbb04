import sys

from salesdesk.cli import main

sys.exit(main())
