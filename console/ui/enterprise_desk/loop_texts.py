"""The words of the loop: its steps, the push roles, the desk queue's columns."""

from __future__ import annotations

from datetime import tzinfo
from html import escape

from PySide6.QtCore import QCoreApplication

from console.domain.clock import local_text
from console.domain.enterprise_loop import Step
from console.domain.reference import Reference


def step_name(code: str, role: str = "") -> str:
    if code == "acknowledged":
        return QCoreApplication.translate("EnterpriseLoop", "Acknowledged by {role}").format(
            role=role_name(role))
    return {
        "pushed": QCoreApplication.translate("EnterpriseLoop", "Pushed to the three"),
        "feedback": QCoreApplication.translate("EnterpriseLoop", "Feedback"),
        "handled": QCoreApplication.translate("EnterpriseLoop", "Handled"),
        "callback": QCoreApplication.translate("EnterpriseLoop", "Callback"),
        "closed": QCoreApplication.translate("EnterpriseLoop", "Closed"),
        "escalated": QCoreApplication.translate("EnterpriseLoop", "Supervised (挂牌督办)"),
        "resolved": QCoreApplication.translate("EnterpriseLoop", "Supervision resolved"),
        "": QCoreApplication.translate("EnterpriseLoop", "Loop complete"),
    }.get(code, code)


def role_name(role: str) -> str:
    return {
        "bureau_leader": QCoreApplication.translate("EnterpriseLoop", "bureau leader"),
        "station_leader": QCoreApplication.translate("EnterpriseLoop", "station leader"),
        "officer": QCoreApplication.translate("EnterpriseLoop", "officer"),
    }.get(role, role)


def level_name(level: int) -> str:
    names = [QCoreApplication.translate("EnterpriseLoop", "Desk"),
             QCoreApplication.translate("EnterpriseLoop", "Supervisor"),
             QCoreApplication.translate("EnterpriseLoop", "Bureau leadership")]
    return names[max(0, min(level, 2))]


def loop_html(number: str, steps: list[Step], reference: Reference, lang: str,
              tz: tzinfo) -> str:
    """The incident's loop as a list: a tick or a circle, the step, its time and person."""
    out = [f"<h3>{escape(number)}</h3><table cellspacing='3'>"]
    for s in steps:
        mark = "√" if s.done else "○"
        colour = "#1b7f3b" if s.done else "#9a6700"
        at = local_text(s.at, tz, seconds=False) if s.at else ""
        detail = s.detail
        if s.code == "callback" and "|" in detail:
            rating, _, remarks = detail.partition("|")
            detail = " ".join(x for x in (reference.callbacks.rating_name(rating, lang), remarks)
                              if x)
        who = s.who
        if s.code == "acknowledged" and s.detail:
            who = QCoreApplication.translate("EnterpriseLoop", "{person} (recorded by {operator})"
                                             ).format(person=s.who, operator=s.detail)
            detail = ""
        out.append(f"<tr><td style='color:{colour}'>{mark}</td>"
                   f"<td><b>{escape(step_name(s.code, s.role))}</b></td>"
                   f"<td>{escape(at)}</td><td>{escape(who)}</td>"
                   f"<td>{escape(detail)}</td></tr>")
    out.append("</table>")
    return "".join(out)
