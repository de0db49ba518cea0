"""待办队列: desk and supervisor queues, the clear-to-zero review, the shift handover."""

from console.ui.queues.clear import ClearToZeroView, DaysModel, ReviewModel
from console.ui.queues.dialog import ItemDialog
from console.ui.queues.handover import HandoverDialog
from console.ui.queues.model import QueueModel
from console.ui.queues.view import QueuePage, QueuesView

__all__ = [
    "ClearToZeroView",
    "DaysModel",
    "HandoverDialog",
    "ItemDialog",
    "QueueModel",
    "QueuePage",
    "QueuesView",
    "ReviewModel",
]
