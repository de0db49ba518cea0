"""Pure-Python rules of the centre: taxonomy, lifecycle, routing, deadlines.

Nothing here imports Qt or speaks SQL; the store and the UI build on it.
"""
