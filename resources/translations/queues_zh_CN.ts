<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../console/ui/queues/alert.py" line="34"/>
        <source>110 Console</source>
        <translation>110 接处警台</translation>
    </message>
</context>
<context>
    <name>ClearToZeroView</name>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="164"/>
        <source>Assign…</source>
        <translation>指定责任人…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="166"/>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="168"/>
        <source>Annotate…</source>
        <translation>批注…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="170"/>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="175"/>
        <source>Days</source>
        <translation>各日清零情况</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="212"/>
        <source>The review could not be read (%1).</source>
        <translation>无法读取清零情况（%1）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="224"/>
        <source>%1 incident(s) from earlier days still open</source>
        <translation>往日警情尚有 %1 起未结</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="227"/>
        <source>All earlier days are cleared</source>
        <translation>往日警情已全部清零</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="257"/>
        <location filename="../../console/ui/queues/clear.py" line="274"/>
        <location filename="../../console/ui/queues/clear.py" line="286"/>
        <location filename="../../console/ui/queues/clear.py" line="295"/>
        <source>Select an incident first.</source>
        <translation>请先选择一起警情。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="262"/>
        <source>Please enter a text (at most 500 characters).</source>
        <translation>请输入文字（不超过 500 字）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="265"/>
        <source>The database is busy. Try again.</source>
        <translation>数据库忙，请重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="279"/>
        <source>Assign</source>
        <translation>指定责任人</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="279"/>
        <source>Owner:</source>
        <translation>责任方：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="288"/>
        <source>Escalate to the bureau leadership</source>
        <translation>上报局领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="289"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="297"/>
        <source>Annotate</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="297"/>
        <source>Note:</source>
        <translation>批注：</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="129"/>
        <source>%1 cleared</source>
        <translation>%1 已清零</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="130"/>
        <source>%1 %2 still open</source>
        <translation>%1 %2 起未结</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="39"/>
        <source>Shift handover — %1</source>
        <translation>交接班 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="44"/>
        <source>Remarks for the next shift</source>
        <translation>给下一班的交代事项</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="48"/>
        <source>Save remarks</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="50"/>
        <source>Save remarks (Ctrl+S)</source>
        <translation>保存备注（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="52"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="54"/>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="56"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="58"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="66"/>
        <source>Outgoing operator&apos;s remarks:</source>
        <translation>交班人备注：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="98"/>
        <source>Overdue and escalated</source>
        <translation>超时及已升级</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="99"/>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="91"/>
        <location filename="../../console/ui/queues/handover.py" line="108"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="88"/>
        <source>Shift handover note</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="89"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="89"/>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="90"/>
        <source>Open items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="90"/>
        <source>overdue or escalated</source>
        <translation>超时或已升级</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="91"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="111"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="111"/>
        <source>Incident / call</source>
        <translation>警情 / 来电</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="111"/>
        <source>What to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="112"/>
        <source>Owner</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="112"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="112"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="130"/>
        <source>The remarks are too long or contain characters that cannot be saved; they are kept here.</source>
        <translation>备注过长或含有无法保存的字符；内容仍保留在此。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="134"/>
        <source>The database is busy. Try again.</source>
        <translation>数据库忙，请重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="136"/>
        <source>Remarks saved.</source>
        <translation>备注已保存。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="152"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="153"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="158"/>
        <source>The file could not be written.</source>
        <translation>文件无法写入。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="160"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="46"/>
        <source>Deadline:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="47"/>
        <source>Owner:</source>
        <translation>责任方：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="74"/>
        <source>Rating:</source>
        <translation>评价：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="75"/>
        <location filename="../../console/ui/queues/dialog.py" line="80"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="77"/>
        <source>Reached the caller</source>
        <translation>已联系上报警人</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="78"/>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="79"/>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="82"/>
        <source>What was done to resolve it</source>
        <translation>采取了哪些措施</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="83"/>
        <source>Resolution:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="85"/>
        <source>Missing:</source>
        <translation>缺项：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="86"/>
        <source>What was completed, and how</source>
        <translation>补录了什么、如何补录</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="87"/>
        <source>Completed:</source>
        <translation>补录情况：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="89"/>
        <source>Confirm that the person has received the push.</source>
        <translation>请确认责任人已收到推送。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="93"/>
        <source>Acknowledge</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="94"/>
        <source>Record callback</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="95"/>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="96"/>
        <source>Mark completed</source>
        <translation>标记已补全</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="97"/>
        <source>Record call-back</source>
        <translation>记录回拨</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="98"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="119"/>
        <source>The database is busy or cannot be written. Try again; what you typed is kept.</source>
        <translation>数据库忙或无法写入，请重试；已输入的内容会保留。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="132"/>
        <source>Please fill in the text before saving.</source>
        <translation>请先填写内容再保存。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="134"/>
        <source>The text is too long (at most %1 characters).</source>
        <translation>内容过长（不超过 %1 字）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="137"/>
        <source>The text contains characters that cannot be saved.</source>
        <translation>内容含有无法保存的字符。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="139"/>
        <source>Someone has already done this; the queue will update.</source>
        <translation>此事项已由他人办理，队列将自动更新。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="140"/>
        <source>Please choose a valid option.</source>
        <translation>请选择有效的选项。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../console/ui/queues/model.py" line="39"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/model.py" line="39"/>
        <source>Incident / call</source>
        <translation>警情 / 来电</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/model.py" line="39"/>
        <source>What to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/model.py" line="40"/>
        <source>Owner</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/model.py" line="40"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/model.py" line="40"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/model.py" line="40"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/model.py" line="68"/>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../console/ui/queues/view.py" line="94"/>
        <source>Open item</source>
        <translation>办理</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="95"/>
        <source>Shift handover…</source>
        <translation>交接班…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="97"/>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="99"/>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="168"/>
        <source>%1 item(s), %2 overdue</source>
        <translation>共 %1 项，超时 %2 项</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="253"/>
        <source>The queue could not be read (%1). It will retry.</source>
        <translation>无法读取队列（%1），将自动重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="257"/>
        <source>New urgent item: %1 — %2</source>
        <translation>新的紧急待办：%1 — %2</translation>
    </message>
</context>
<context>
    <name>QueueTexts</name>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="15"/>
        <source>Dispatch</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="16"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="17"/>
        <source>Enterprise push</source>
        <translation>一警三派推送</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="18"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="19"/>
        <source>Escalation</source>
        <translation>升级督办</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="20"/>
        <source>Incomplete call</source>
        <translation>未完成登记</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="21"/>
        <source>Silent call</source>
        <translation>无声电话</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="27"/>
        <source>Desk</source>
        <translation>席位</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="28"/>
        <location filename="../../console/ui/queues/texts.py" line="47"/>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="29"/>
        <location filename="../../console/ui/queues/texts.py" line="48"/>
        <source>Bureau leadership</source>
        <translation>局领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="35"/>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="36"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="37"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="38"/>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="44"/>
        <source>Dispatch desk</source>
        <translation>接处警台</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="45"/>
        <source>Enterprise desk</source>
        <translation>护企专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="46"/>
        <source>DV desk</source>
        <translation>反家暴专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="49"/>
        <source>All queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="55"/>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="56"/>
        <source>Intake</source>
        <translation>接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="57"/>
        <source>Dispatched</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="58"/>
        <source>En route</source>
        <translation>出警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="59"/>
        <source>On scene</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="60"/>
        <source>Handled</source>
        <translation>处警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="61"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="62"/>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="63"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="69"/>
        <source>bureau leader</source>
        <translation>包保局领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="70"/>
        <source>station leader</source>
        <translation>包保所队长</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="71"/>
        <source>responsible officer</source>
        <translation>包保民警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="77"/>
        <source>still at stage %1</source>
        <translation>仍在%1环节</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="80"/>
        <source>callback missing</source>
        <translation>未回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="82"/>
        <source>%1 push(es) not acknowledged</source>
        <translation>%1 条推送未签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="85"/>
        <source>open escalation</source>
        <translation>督办未结</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="92"/>
        <source>overdue: %1</source>
        <translation>超时：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="94"/>
        <source>dissatisfied callback</source>
        <translation>回访不满意</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="96"/>
        <source>caller not reached after repeated callbacks</source>
        <translation>多次回访未联系上报警人</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="104"/>
        <source>Dispatch units</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="107"/>
        <source>Chase arrival on scene</source>
        <translation>督促到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="108"/>
        <source>Chase handling on scene</source>
        <translation>督促现场处置</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="109"/>
        <source>Get feedback and close</source>
        <translation>反馈结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="112"/>
        <source>Get acknowledgement from %1 (%2)</source>
        <translation>请 %1（%2）签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="115"/>
        <source>Call back the caller</source>
        <translation>回访报警人</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="117"/>
        <source>Resolve: %1</source>
        <translation>督办：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="120"/>
        <source>Complete the call record</source>
        <translation>补全接警记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="121"/>
        <source>Call back %1</source>
        <translation>回拨 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="133"/>
        <source>d</source>
        <comment>days, abbreviated</comment>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="139"/>
        <source>overdue by %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="141"/>
        <source>in %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="147"/>
        <source>call #%1</source>
        <translation>来电 #%1</translation>
    </message>
</context>
<context>
    <name>QueuesView</name>
    <message>
        <location filename="../../console/ui/queues/view.py" line="313"/>
        <source>Queue</source>
        <translation>待办队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="316"/>
        <source>Clear to zero</source>
        <translation>警情清零</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="60"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="60"/>
        <source>Incident</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="60"/>
        <source>Category</source>
        <translation>警情类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="60"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="61"/>
        <source>Why still open</source>
        <translation>未结原因</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="61"/>
        <source>Owner</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="61"/>
        <source>Age</source>
        <translation>已过时长</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="62"/>
        <source>Escalated to</source>
        <translation>升级至</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="84"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
</TS>
