<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardLabels</name>
    <message>
        <location filename="../../console/ui/board/labels.py" line="20"/>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="21"/>
        <source>Intake</source>
        <translation>接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="22"/>
        <source>Dispatched</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="23"/>
        <source>En route</source>
        <translation>出警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="24"/>
        <source>On scene</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="25"/>
        <source>Handled</source>
        <translation>处警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="26"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="27"/>
        <source>Called back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="28"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="38"/>
        <source>Available</source>
        <comment>unit status</comment>
        <translation>待命</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="39"/>
        <source>Dispatched</source>
        <comment>unit status</comment>
        <translation>已派出</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="40"/>
        <source>En route</source>
        <comment>unit status</comment>
        <translation>出警途中</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="41"/>
        <source>On scene</source>
        <comment>unit status</comment>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="42"/>
        <source>Cleared</source>
        <comment>unit status</comment>
        <translation>已收队</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="49"/>
        <source>1 Urgent</source>
        <translation>1 紧急</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="50"/>
        <source>2 Pressing</source>
        <translation>2 较急</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="51"/>
        <source>3 Routine</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="58"/>
        <source>Dispatch deadline</source>
        <translation>派警时限</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="60"/>
        <source>Arrival deadline</source>
        <translation>到场时限</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="66"/>
        <source>dispatch</source>
        <translation>调度派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="67"/>
        <source>anti-DV desk</source>
        <translation>反家暴专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="68"/>
        <source>enterprise desk</source>
        <translation>护企专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="69"/>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="78"/>
        <source>Stage: %1</source>
        <translation>环节：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="82"/>
        <source>Reopened (was %1)</source>
        <translation>重新启动（原为%1）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="86"/>
        <source>routed to %1</source>
        <translation>分送%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="87"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="90"/>
        <source>result: %1</source>
        <translation>处警结果：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="93"/>
        <source>closure: %1</source>
        <translation>结案方式：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="99"/>
        <source>Unit assigned: %1</source>
        <translation>派警单位：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="102"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="105"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="109"/>
        <source>Edited: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="111"/>
        <source>Another call about this incident</source>
        <translation>同一警情再次来电</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="118"/>
        <source>This unit has already cleared from this incident: nothing was changed.</source>
        <translation>该单位已从本警情收队，未作改动。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="121"/>
        <source>A figure is out of range: check the number and save again.</source>
        <translation>数字超出范围：请核对后再保存。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="124"/>
        <source>Choose at least one unit to dispatch.</source>
        <translation>请至少选择一个出警单位。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="126"/>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="127"/>
        <source>The result</source>
        <translation>处警结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="128"/>
        <source>The closure</source>
        <translation>结案方式</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="131"/>
        <source>%1 is too long: keep it under %2 characters.</source>
        <translation>%1过长：请控制在 %2 个字以内。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="135"/>
        <source>%1 contains invisible control characters: delete them and retry.</source>
        <translation>%1含有不可见的控制字符：请删除后重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="139"/>
        <source>%1 is empty: type it first.</source>
        <translation>%1为空：请先填写。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="147"/>
        <source>This incident is now at “%1” and cannot move to “%2”. The board has been refreshed; check the incident and try again.</source>
        <translation>该警情当前处于“%1”环节，不能转为“%2”。看板已刷新，请核对警情后重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="155"/>
        <source>The database is busy or cannot be written. Nothing was saved; try again.</source>
        <translation>数据库繁忙或无法写入，本次未保存，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="158"/>
        <source>Nothing was saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../console/ui/board/model.py" line="195"/>
        <source>Incident no.</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="196"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="197"/>
        <source>Category</source>
        <translation>警情类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="198"/>
        <source>Priority</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="199"/>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="200"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="201"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="202"/>
        <source>In stage</source>
        <translation>本环节用时</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="203"/>
        <source>Units</source>
        <translation>处警单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="204"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="252"/>
        <location filename="../../console/ui/board/model.py" line="257"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="274"/>
        <source>%1 late</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="275"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="290"/>
        <source>%1 passed %2 ago (due %3)</source>
        <translation>%1已超出 %2（应于 %3 前）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="293"/>
        <source>%1 in %2 (due %3)</source>
        <translation>%1还剩 %2（应于 %3 前）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="297"/>
        <source>Details are kept by the desk concerned</source>
        <translation>详情仅由相关专席查看</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="303"/>
        <source>DV</source>
        <translation>家暴</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="305"/>
        <source>Enterprise</source>
        <translation>护企</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../console/ui/board/view.py" line="49"/>
        <source>Filter by number, address or category (Ctrl+F)</source>
        <translation>按编号、地址或类别筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/view.py" line="53"/>
        <source>All jurisdictions</source>
        <translation>全部辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/view.py" line="59"/>
        <source>All stages</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/view.py" line="66"/>
        <source>All priorities</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/view.py" line="95"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/view.py" line="100"/>
        <source>Back to the board</source>
        <translation>返回看板</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/board/view.py" line="184"/>
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>在办警情 %n 起</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/board/view.py" line="186"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2 起</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="55"/>
        <source>Dispatch units — %1</source>
        <translation>派警 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="70"/>
        <source>↑↓ move · Space picks several units · Enter dispatches the picked units, or the highlighted one if none is picked · Esc cancels</source>
        <translation>↑↓ 移动 · 空格键选择多个单位 · 回车派出已选单位（未选则派出当前高亮单位）· Esc 取消</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="75"/>
        <source>Dispatch</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="120"/>
        <source>Pick at least one unit (Space), then press Enter.</source>
        <translation>请至少选择一个单位（空格键），再按回车。</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../console/ui/board/detail.py" line="76"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="76"/>
        <source>Priority</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="77"/>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="77"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="78"/>
        <source>Caller</source>
        <translation>报警人</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="78"/>
        <source>Summary</source>
        <translation>简要警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="79"/>
        <source>Opened</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="82"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="105"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="105"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="105"/>
        <source>Dispatched</source>
        <translation>派出</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="105"/>
        <location filename="../../console/ui/board/detail.py" line="181"/>
        <source>En route</source>
        <translation>出警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="106"/>
        <location filename="../../console/ui/board/detail.py" line="183"/>
        <source>On scene</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="106"/>
        <source>Cleared</source>
        <translation>收队</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="117"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="117"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="118"/>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="124"/>
        <source>Add a note… (Ctrl+Enter adds it)</source>
        <translation>添加备注…（Ctrl+Enter 提交）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="127"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="128"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="137"/>
        <source>Select an incident on the board to see it here.</source>
        <translation>在看板上选中一起警情，即在此显示详情。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="154"/>
        <source>Units on this incident</source>
        <translation>本警情处警单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="156"/>
        <source>Timeline</source>
        <translation>警情时间线</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="180"/>
        <source>Dispatch units</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="185"/>
        <source>Clear unit</source>
        <translation>收队</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="186"/>
        <source>Handled…</source>
        <translation>处警完毕…</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="187"/>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="188"/>
        <source>Cancel incident…</source>
        <translation>撤销警情…</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="189"/>
        <source>Reopen…</source>
        <translation>重新启动…</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="190"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="191"/>
        <source>Results…</source>
        <translation>处警结果…</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="249"/>
        <source>DV</source>
        <translation>家暴</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="251"/>
        <source>Enterprise</source>
        <translation>护企</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="258"/>
        <source>(kept by the anti-DV desk)</source>
        <translation>（由反家暴专席掌握）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="259"/>
        <location filename="../../console/ui/board/detail.py" line="261"/>
        <location filename="../../console/ui/board/detail.py" line="262"/>
        <location filename="../../console/ui/board/detail.py" line="270"/>
        <location filename="../../console/ui/board/detail.py" line="273"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="272"/>
        <source>; </source>
        <comment>list separator</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="352"/>
        <source>Handled — %1</source>
        <translation>处警完毕 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="353"/>
        <source>What did handling achieve? (required)</source>
        <translation>处警结果（必填）：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="356"/>
        <source>Mark handled</source>
        <translation>确认处警完毕</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="363"/>
        <source>Close — %1</source>
        <translation>结案 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="364"/>
        <source>Remarks (optional):</source>
        <translation>备注（选填）：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="368"/>
        <source>Close incident</source>
        <translation>确认结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="375"/>
        <source>Cancel — %1</source>
        <translation>撤销 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="376"/>
        <source>Why is this incident cancelled? (required) Its units are released.</source>
        <translation>撤销原因（必填）。撤销后处警单位将收队待命。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="379"/>
        <source>Cancel incident</source>
        <translation>确认撤销</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="386"/>
        <source>Reopen — %1</source>
        <translation>重新启动 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="387"/>
        <source>Why is this incident reopened? (required)</source>
        <translation>重新启动原因（必填）：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="390"/>
        <source>Reopen</source>
        <translation>确认重新启动</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="44"/>
        <source>Results — %1</source>
        <translation>处警结果 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="52"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="53"/>
        <source>Missing person found</source>
        <translation>走失人员已找到</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="54"/>
        <source>Person rescued</source>
        <translation>已救助（解救）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="55"/>
        <source>Lost property returned</source>
        <translation>遗失物品已返还</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="58"/>
        <source>Dispute settled by mediation</source>
        <translation>纠纷已调解</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="62"/>
        <source>People caught:</source>
        <translation>抓获人数：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="63"/>
        <source>Assistance result:</source>
        <translation>求助结果：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="73"/>
        <source>yuan, e.g. 12,000.50</source>
        <translation>单位元，如 12,000.50</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="74"/>
        <source>Accounts frozen:</source>
        <translation>冻结账户数：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="75"/>
        <source>Money recovered (yuan):</source>
        <translation>挽回损失（元）：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="82"/>
        <source>Save results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="83"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="104"/>
        <source>Money recovered must be an amount in yuan, such as 12000 or 12,000.50.</source>
        <translation>挽回损失须为以元计的金额，如 12000 或 12,000.50。</translation>
    </message>
</context>
<context>
    <name>TextActionDialog</name>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="152"/>
        <source>Closure disposition:</source>
        <translation>结案方式：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="161"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="163"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="178"/>
        <source>Type the text first: it is kept with the incident.</source>
        <translation>请先填写内容：它将记入警情。</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="60"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="60"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="60"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="61"/>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="61"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="82"/>
        <source>On this incident</source>
        <translation>已在本警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="93"/>
        <source>Street duty station</source>
        <translation>街面驻勤工作站</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="94"/>
        <source>Stationing point</source>
        <translation>屯警点</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="95"/>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="96"/>
        <source>Special patrol</source>
        <translation>特巡警</translation>
    </message>
</context>
</TS>
