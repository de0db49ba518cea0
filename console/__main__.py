"""`python -m console` does what `console110` does."""

from console.cli import main

raise SystemExit(main())
