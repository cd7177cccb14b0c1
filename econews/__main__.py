import sys

from econews.cli import main

sys.exit(main())
