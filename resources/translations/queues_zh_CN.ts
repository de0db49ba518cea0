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
        <location filename="../../console/ui/queues/clear.py" line="203"/>
        <source>Assign…</source>
        <translation>指定责任人…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="205"/>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="207"/>
        <source>Annotate…</source>
        <translation>批注…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="209"/>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="214"/>
        <source>Days</source>
        <translation>各日清零情况</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="270"/>
        <source>The review could not be read (%1).</source>
        <translation>无法读取清零情况（%1）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="285"/>
        <source>%1 incident(s) from earlier days still open</source>
        <translation>往日警情尚有 %1 起未结</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="288"/>
        <source>All earlier days are cleared</source>
        <translation>往日警情已全部清零</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="333"/>
        <source>owner: %1</source>
        <translation>责任方：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="338"/>
        <source>Note %1 %2: %3</source>
        <translation>批注 %1 %2：%3</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="342"/>
        <source>No notes yet (Ctrl+Shift+N to annotate).</source>
        <translation>尚无批注（按 Ctrl+Shift+N 批注）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="428"/>
        <source>Select an incident first.</source>
        <translation>请先选择一起警情。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="402"/>
        <source>Please enter a text.</source>
        <translation>请输入内容。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="404"/>
        <source>The text is too long (at most %1 characters).</source>
        <translation>内容过长（不超过 %1 字）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="407"/>
        <source>The text contains characters that cannot be saved.</source>
        <translation>内容含有无法保存的字符。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="408"/>
        <source>This cannot be saved: %1.</source>
        <translation>无法保存：%1。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="438"/>
        <location filename="../../console/ui/queues/clear.py" line="439"/>
        <source>Assign</source>
        <translation>指定责任人</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="439"/>
        <source>Owner:</source>
        <translation>责任方：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="451"/>
        <source>Why the bureau leadership must act</source>
        <translation>需局领导督办的原因</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="452"/>
        <source>Escalate to the bureau leadership</source>
        <translation>上报局领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="453"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="454"/>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="467"/>
        <source>Why it is still open, what was done, what comes next</source>
        <translation>为何未结、已做了什么、下一步怎么办</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="468"/>
        <source>Annotate</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="469"/>
        <source>Note:</source>
        <translation>批注：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="469"/>
        <source>Save note</source>
        <translation>保存批注</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="151"/>
        <source>%1 cleared</source>
        <translation>%1 已清零</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="152"/>
        <source>%1 %2 still open</source>
        <translation>%1 %2 起未结</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="62"/>
        <source>Shift handover — %1</source>
        <translation>交接班 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="70"/>
        <source>Remarks for the next shift</source>
        <translation>给下一班的交代事项</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="75"/>
        <source>Save remarks</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="81"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="83"/>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="85"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="89"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="97"/>
        <source>Outgoing operator&apos;s remarks:</source>
        <translation>交班人备注：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="174"/>
        <source>Overdue and escalated</source>
        <translation>超时及已升级</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="175"/>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="158"/>
        <location filename="../../console/ui/queues/handover.py" line="185"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="77"/>
        <source>Save remarks (Ctrl+S or Ctrl+Enter)</source>
        <translation>保存备注（Ctrl+S 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="87"/>
        <source>Export PDF… (Ctrl+E)</source>
        <translation>导出 PDF…（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="100"/>
        <source>Reading the queue…</source>
        <translation>正在读取待办…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="117"/>
        <source>The handover note could not be read (%1). Close it and open it again.</source>
        <translation>无法读取交接班记录（%1）。请关闭后重新打开。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="155"/>
        <source>Shift handover note</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="156"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="156"/>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="157"/>
        <source>Open items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="157"/>
        <source>overdue or escalated</source>
        <translation>超时或已升级</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="158"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="162"/>
        <source>Audit anchor (saved with the remarks): %1</source>
        <translation>审计链锚点（随备注保存）：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="165"/>
        <source>Audit anchor (at printing): %1</source>
        <translation>审计链锚点（打印时）：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="167"/>
        <source>no audit trail</source>
        <translation>无审计记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="188"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="188"/>
        <source>Incident / call</source>
        <translation>警情 / 来电</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="188"/>
        <source>What to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="189"/>
        <source>Owner</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="189"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="189"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="219"/>
        <source>Remarks saved.</source>
        <translation>备注已保存。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="236"/>
        <source>The remarks are too long or contain characters that cannot be saved; they are kept here.</source>
        <translation>备注过长或含有无法保存的字符；内容仍保留在此。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="242"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="275"/>
        <source>handover-%1-%2.pdf</source>
        <translation>交接班-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="287"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="289"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="298"/>
        <source>The file could not be written.</source>
        <translation>文件无法写入。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/handover.py" line="303"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="59"/>
        <source>Deadline:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="60"/>
        <source>Owner:</source>
        <translation>责任方：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="76"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="172"/>
        <source>Please fill in the text before saving.</source>
        <translation>请先填写内容再保存。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="174"/>
        <source>The text is too long (at most %1 characters).</source>
        <translation>内容过长（不超过 %1 字）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="177"/>
        <source>The text contains characters that cannot be saved.</source>
        <translation>内容含有无法保存的字符。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="179"/>
        <source>Someone has already done this; the queue will update.</source>
        <translation>此事项已由他人办理，队列将自动更新。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/dialog.py" line="180"/>
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
        <location filename="../../console/ui/queues/view.py" line="153"/>
        <source>Open item</source>
        <translation>办理</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="154"/>
        <source>Shift handover…</source>
        <translation>交接班…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="156"/>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="158"/>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="229"/>
        <source>%1 item(s), %2 overdue</source>
        <translation>共 %1 项，超时 %2 项</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="344"/>
        <source>The queue could not be read (%1). It will retry.</source>
        <translation>无法读取队列（%1），将自动重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="360"/>
        <source>New urgent item: %1 — %2</source>
        <translation>新的紧急待办：%1 — %2</translation>
    </message>
</context>
<context>
    <name>QueueTexts</name>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="92"/>
        <source>Dispatch</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="95"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="97"/>
        <source>Enterprise push</source>
        <translation>一警三派推送</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="98"/>
        <source>Acknowledge</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="99"/>
        <source>Confirm that the person has received the push.</source>
        <translation>请确认责任人已收到推送。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="102"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="104"/>
        <source>Record callback</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="105"/>
        <source>Rating:</source>
        <translation>评价：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="108"/>
        <source>Escalation</source>
        <translation>升级督办</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="109"/>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="110"/>
        <source>Resolution:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="111"/>
        <source>What was done to resolve it</source>
        <translation>采取了哪些措施</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="114"/>
        <source>Incomplete call</source>
        <translation>未完成登记</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="116"/>
        <source>Mark completed</source>
        <translation>标记已补全</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="117"/>
        <source>Missing:</source>
        <translation>缺项：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="118"/>
        <source>Completed:</source>
        <translation>补录情况：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="119"/>
        <source>What was completed, and how</source>
        <translation>补录了什么、如何补录</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="122"/>
        <source>Silent call</source>
        <translation>无声电话</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="123"/>
        <source>Record call-back</source>
        <translation>记录回拨</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="124"/>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="126"/>
        <source>Reached the caller</source>
        <translation>已联系上报警人</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="127"/>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="129"/>
        <source>New DV incident</source>
        <translation>新家暴警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="130"/>
        <source>Take the DV incident (签收)</source>
        <translation>签收家暴警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="131"/>
        <source>Take</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="132"/>
        <source>You answer for this incident from now on: follow it up, assess the risk, record the measures.</source>
        <translation>签收后由你负责此警情：跟踪处置、风险评估、记录处置措施。</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="136"/>
        <source>DV follow-up</source>
        <translation>反家暴查访</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="137"/>
        <source>Record follow-up</source>
        <translation>登记查访</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="138"/>
        <source>Made by:</source>
        <translation>查访方式：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="139"/>
        <source>Note:</source>
        <translation>情况：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="140"/>
        <source>What was found; re-assess the risk on the DV desk&apos;s page</source>
        <translation>查访所见情况；请在反家暴专席页面重新评估风险</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="142"/>
        <source>Visit</source>
        <translation>上门走访</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="143"/>
        <source>Telephone call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="163"/>
        <source>Desk</source>
        <translation>席位</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="164"/>
        <location filename="../../console/ui/queues/texts.py" line="183"/>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="165"/>
        <location filename="../../console/ui/queues/texts.py" line="184"/>
        <source>Bureau leadership</source>
        <translation>局领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="171"/>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="172"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="173"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="174"/>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="180"/>
        <source>Dispatch desk</source>
        <translation>接处警台</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="181"/>
        <source>Enterprise desk</source>
        <translation>护企专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="182"/>
        <source>DV desk</source>
        <translation>反家暴专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="185"/>
        <source>All queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="191"/>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="192"/>
        <source>Intake</source>
        <translation>接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="193"/>
        <source>Dispatched</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="194"/>
        <source>En route</source>
        <translation>出警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="195"/>
        <source>On scene</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="196"/>
        <source>Handled</source>
        <translation>处警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="197"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="198"/>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="199"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="205"/>
        <source>bureau leader</source>
        <translation>包保局领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="206"/>
        <source>station leader</source>
        <translation>包保所队长</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="207"/>
        <source>responsible officer</source>
        <translation>包保民警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="213"/>
        <source>still at stage %1</source>
        <translation>仍在%1环节</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="216"/>
        <source>callback missing</source>
        <translation>未回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="218"/>
        <source>%1 push(es) not acknowledged</source>
        <translation>%1 条推送未签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="221"/>
        <source>open escalation</source>
        <translation>督办未结</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="228"/>
        <source>overdue: %1</source>
        <translation>超时：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="230"/>
        <source>dissatisfied callback</source>
        <translation>回访不满意</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="232"/>
        <source>caller not reached after repeated callbacks</source>
        <translation>多次回访未联系上报警人</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="93"/>
        <source>Dispatch units</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="34"/>
        <source>Chase arrival on scene</source>
        <translation>督促到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="35"/>
        <source>Chase handling on scene</source>
        <translation>督促现场处置</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="36"/>
        <source>Get feedback and close</source>
        <translation>反馈结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="41"/>
        <source>Get acknowledgement from %1 (%2)</source>
        <translation>请 %1（%2）签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="103"/>
        <source>Call back the caller</source>
        <translation>回访报警人</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="46"/>
        <source>Resolve: %1</source>
        <translation>督办：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="115"/>
        <source>Complete the call record</source>
        <translation>补全接警记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="51"/>
        <source>Call back %1</source>
        <translation>回拨 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="58"/>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="59"/>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="60"/>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="61"/>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="62"/>
        <source>white</source>
        <translation>白色</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="68"/>
        <source>Visit or call the household (查访)</source>
        <translation>上门或电话查访该家庭</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="69"/>
        <source>Visit or call the household (查访), %1 tier</source>
        <translation>上门或电话查访该家庭（%1等级）</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="76"/>
        <source>Protection order: the court&apos;s ruling is overdue</source>
        <translation>人身安全保护令：法院裁定已超期</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="78"/>
        <source>Protection order ends soon: see the victim about a new one</source>
        <translation>人身安全保护令即将到期：联系受害人是否重新申请</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="80"/>
        <source>Protection order has ended: see the victim about a new one</source>
        <translation>人身安全保护令已到期：联系受害人是否重新申请</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="82"/>
        <location filename="../../console/ui/queues/texts.py" line="145"/>
        <source>Protection order</source>
        <translation>人身安全保护令</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="86"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="245"/>
        <source>the database is busy</source>
        <translation>数据库忙</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="246"/>
        <source>the database cannot be read</source>
        <translation>数据库暂时无法读取</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="247"/>
        <source>the database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="259"/>
        <source>d</source>
        <comment>days, abbreviated</comment>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="265"/>
        <location filename="../../console/ui/queues/texts.py" line="322"/>
        <source>overdue by %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="267"/>
        <location filename="../../console/ui/queues/texts.py" line="323"/>
        <source>in %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/texts.py" line="273"/>
        <location filename="../../console/ui/queues/texts.py" line="328"/>
        <source>call #%1</source>
        <translation>来电 #%1</translation>
    </message>
</context>
<context>
    <name>QueuesView</name>
    <message>
        <location filename="../../console/ui/queues/view.py" line="416"/>
        <source>Queue</source>
        <translation>待办队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="419"/>
        <source>Clear to zero</source>
        <translation>警情清零</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/view.py" line="421"/>
        <source>Ctrl+Tab / Ctrl+Shift+Tab: next or previous tab</source>
        <translation>Ctrl+Tab / Ctrl+Shift+Tab：下一个或上一个标签页</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="74"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="74"/>
        <source>Incident</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="74"/>
        <source>Category</source>
        <translation>警情类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="74"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="75"/>
        <source>Why still open</source>
        <translation>未结原因</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="75"/>
        <source>Owner</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="75"/>
        <source>Age</source>
        <translation>已过时长</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="76"/>
        <source>Escalated to</source>
        <translation>升级至</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/clear.py" line="113"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
</TS>
