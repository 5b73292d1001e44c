"""Allow ``python -m weekplanner``."""

from weekplanner.cli.main import main

raise SystemExit(main())
