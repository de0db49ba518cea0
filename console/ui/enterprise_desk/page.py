"""An enterprise's page: the entry, its three persons, its service file and its incidents."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from console.domain.clock import local_text
from console.store.enterprise_registry import Enterprise, ServiceEntry
from console.ui.context import ViewContext
from console.ui.enterprise_desk import texts


def page_html(ctx: ViewContext, e: Enterprise, entries: list[ServiceEntry],
              incidents: list[dict[str, object]]) -> str:
    d = e.draft
    names = texts.field_names()
    jur = ctx.reference.jurisdiction(d.jurisdiction_code)
    rows = [
        (names["credit_code"], d.credit_code),
        (names["status"], texts.status_name(d.status)),
        (names["address"], d.address),
        (names["jurisdiction_code"], jur.name(ctx.lang) if jur else d.jurisdiction_code),
        (names["industry"], d.industry),
        (names["contact_name"], f"{d.contact_name}  {d.contact_phone}".strip()),
        (names["bureau_leader"], f"{d.bureau_leader}  {d.bureau_leader_phone}"),
        (names["station_leader"], f"{d.station_leader}  {d.station_leader_phone}"),
        (names["officer"], f"{d.officer}  {d.officer_phone}"),
    ]
    out = [f"<h3>{escape(d.name)}</h3><table cellspacing='0' cellpadding='3'>"]
    out += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows]
    out.append("</table>")
    heading = QCoreApplication.translate("EnterprisePage", "Service file")
    out.append(f"<h4>{escape(heading)} ({len(entries)})</h4>")
    if entries:
        out.append("<table cellspacing='0' cellpadding='3'>")
        out += [f"<tr><td>{escape(s.day)}</td><td>{escape(texts.entry_kind_name(s.kind))}</td>"
                f"<td>{escape(s.officer)}</td><td>{escape(s.what)}</td></tr>" for s in entries]
        out.append("</table>")
    else:
        none = QCoreApplication.translate("EnterprisePage",
                                          "No visit, contact or request recorded yet.")
        out.append(f"<p>{escape(none)}</p>")
    heading = QCoreApplication.translate("EnterprisePage", "Incidents")
    out.append(f"<h4>{escape(heading)} ({len(incidents)})</h4>")
    if incidents:
        out.append("<table cellspacing='0' cellpadding='3'>")
        for i in incidents:
            cat = ctx.reference.taxonomy.find(str(i["category_code"] or ""))
            label = cat.name(ctx.lang) if cat else str(i["category_code"] or "")
            opened = local_text(str(i["opened_at"]), ctx.store.tz, seconds=False)
            stage = texts.stage_name(str(i["stage"]))
            out.append(f"<tr><td>{escape(str(i['number']))}</td><td>{escape(opened)}</td>"
                       f"<td>{escape(label)}</td><td>{escape(stage)}</td></tr>")
        out.append("</table>")
    else:
        none = QCoreApplication.translate("EnterprisePage", "No incident names this enterprise.")
        out.append(f"<p>{escape(none)}</p>")
    return "".join(out)
