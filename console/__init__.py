"""110 Console: operator console for a city 110 police service centre."""

__version__ = "0.1.0"
