import multiprocessing
import sys

from salesdesk.cli import main

if __name__ == "__main__":
    # A packaged (frozen) app starts the import's helper process through this entry.
    multiprocessing.freeze_support()
    sys.exit(main())
