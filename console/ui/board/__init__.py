"""The active-incident board (警情看板) with incident detail, dispatch and stage recording."""

from console.ui.board.model import BoardModel
from console.ui.board.view import BoardView

__all__ = ["BoardModel", "BoardView"]
