"""A written warning (家庭暴力告诫书) printed in the statutory shape, as a PDF.

The shape follows the form the public-security organs use under the Anti-Domestic
Violence Law (art. 16–17): the issuing bureau, the title, the warning's number; the
abuser and the victim and their relationship; the facts found; the warning itself
under art. 16 and what follows another act of violence; the bureau's seal and date;
receipts signed by the abuser and by the victim; and the note that one copy goes to
each party, one to the file, and a copy to the residents'/villagers' committee.
Printed in the console's bundled font, as every report is. Chinese only: the warning is
a legal document served in Chinese.
"""

from __future__ import annotations

from datetime import tzinfo
from html import escape
from pathlib import Path

from console.reports.pdf import print_html
from console.store.dv_desk import DvWarning

ISSUER = "淮南市公安局"  # the bureau named on the warning (the centre's)
RELATIONSHIP_ZH = {"spouse": "配偶", "former_spouse": "前配偶", "partner": "恋爱/同居伴侣",
                   "parent_child": "父母子女", "other_family": "其他家庭成员",
                   "cohabitant": "共同生活人员"}

_CSS_NOTE = "font-size: 9pt; color: #333333;"


def _blank(text: str) -> str:
    return escape(text) if text.strip() else "&nbsp;" * 12


def warning_html(warning: DvWarning, tz: tzinfo, issuer: str = ISSUER) -> str:
    issued = warning.issued_at.astimezone(tz)
    date = f"{issued.year}年{issued.month}月{issued.day}日"
    relationship = RELATIONSHIP_ZH.get(warning.relationship, warning.relationship)
    committee = (escape(warning.committee) if warning.committee.strip()
                 else "所在地居（村）民委员会")
    return f"""
<p align="center" style="font-size: 14pt; font-weight: bold;">{escape(issuer)}</p>
<p align="center" style="font-size: 20pt; font-weight: bold;">家庭暴力告诫书</p>
<p align="right">{escape(warning.number)}</p>
<p>加害人：<u>{_blank(warning.abuser_name)}</u></p>
<p>受害人：<u>{_blank(warning.victim_name)}</u>，与加害人系<u>{escape(relationship)}</u>关系。</p>
<p>住址：<u>{_blank(warning.address)}</u></p>
<p>经查明：{escape(warning.facts)}（警情编号 {escape(warning.incident_number)}）</p>
<p>根据《中华人民共和国反家庭暴力法》第十六条之规定，现对你予以告诫，责令你立即停止实施家庭暴力行为。\
如再次实施家庭暴力行为，公安机关将依法予以处理；构成违反治安管理行为的，依法给予治安管理处罚；\
构成犯罪的，依法追究刑事责任。</p>
<p>受害人可以依法向人民法院申请人身安全保护令。</p>
<br/>
<p align="right">{escape(issuer)}（印）<br/>{date}</p>
<br/>
<p>本告诫书已向我宣告并送达。</p>
<p>加害人（签名）：______________　　　　年　　月　　日</p>
<p>受害人（签名）：______________　　　　年　　月　　日</p>
<br/>
<p style="{_CSS_NOTE}">本告诫书一式三份，一份交加害人，一份交受害人，一份附卷；\
并抄送{committee}，由其会同公安派出所对加害人、受害人进行查访，监督加害人不再实施家庭暴力\
（《中华人民共和国反家庭暴力法》第十七条）。</p>
"""


def write_warning_pdf(warning: DvWarning, path: Path, tz: tzinfo,
                      issuer: str = ISSUER) -> None:
    """The warning on one A4 page."""
    print_html(warning_html(warning, tz, issuer), f"家庭暴力告诫书 {warning.number}", path)
