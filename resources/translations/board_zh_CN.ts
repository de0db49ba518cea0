<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardLabels</name>
    <message>
        <location filename="../../console/ui/board/labels.py" line="41"/>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="42"/>
        <source>Intake</source>
        <translation>接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="43"/>
        <source>Dispatched</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="44"/>
        <source>En route</source>
        <translation>出警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="45"/>
        <source>On scene</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="46"/>
        <source>Handled</source>
        <translation>处警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="47"/>
        <location filename="../../console/ui/board/labels.py" line="314"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="48"/>
        <source>Called back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="49"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="59"/>
        <source>Available</source>
        <comment>unit status</comment>
        <translation>待命</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="60"/>
        <source>Dispatched</source>
        <comment>unit status</comment>
        <translation>已派出</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="61"/>
        <source>En route</source>
        <comment>unit status</comment>
        <translation>出警途中</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="62"/>
        <source>On scene</source>
        <comment>unit status</comment>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="63"/>
        <source>Cleared</source>
        <comment>unit status</comment>
        <translation>已收队</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="70"/>
        <source>1 Urgent</source>
        <translation>1 紧急</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="71"/>
        <source>2 Pressing</source>
        <translation>2 较急</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="72"/>
        <source>3 Routine</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="79"/>
        <source>Dispatch deadline</source>
        <translation>派警时限</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="81"/>
        <source>Arrival deadline</source>
        <translation>到场时限</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="87"/>
        <source>dispatch</source>
        <translation>调度派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="88"/>
        <source>anti-DV desk</source>
        <translation>反家暴专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="89"/>
        <source>enterprise desk</source>
        <translation>护企专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="90"/>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="109"/>
        <source>a unit no longer listed</source>
        <translation>已不在册的单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="115"/>
        <source>another disposition</source>
        <translation>其他处置方式</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="119"/>
        <source>no rating</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="137"/>
        <source>; </source>
        <comment>clause separator</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="148"/>
        <source>System</source>
        <comment>who did an automatic step</comment>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="153"/>
        <source>the desk</source>
        <comment>escalation level</comment>
        <translation>专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="154"/>
        <source>the duty supervisor</source>
        <comment>escalation level</comment>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="155"/>
        <source>the bureau leadership</source>
        <comment>escalation level</comment>
        <translation>市局领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="158"/>
        <source>a higher level</source>
        <comment>escalation level</comment>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="163"/>
        <source>bureau leader</source>
        <comment>responsible person</comment>
        <translation>包保局领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="164"/>
        <source>station leader</source>
        <comment>responsible person</comment>
        <translation>包保所队长</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="165"/>
        <source>responsible officer</source>
        <comment>responsible person</comment>
        <translation>包保民警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="167"/>
        <source>responsible person</source>
        <comment>responsible person</comment>
        <translation>包保责任人</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="172"/>
        <source>Dispatch</source>
        <comment>overdue queue item</comment>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="173"/>
        <source>Follow-up</source>
        <comment>overdue queue item</comment>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="174"/>
        <source>Push acknowledgement</source>
        <comment>overdue queue item</comment>
        <translation>推送签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="175"/>
        <source>Callback</source>
        <comment>overdue queue item</comment>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="176"/>
        <source>Escalation</source>
        <comment>overdue queue item</comment>
        <translation>升级事项</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="177"/>
        <source>Completing the call record</source>
        <comment>overdue queue item</comment>
        <translation>来电补录</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="179"/>
        <source>Calling back the silent call</source>
        <comment>overdue queue item</comment>
        <translation>无声来电回拨</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="181"/>
        <source>Taking the DV incident</source>
        <comment>overdue queue item</comment>
        <translation>反家暴签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="182"/>
        <source>DV follow-up visit</source>
        <comment>overdue queue item</comment>
        <translation>反家暴查访</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="183"/>
        <source>Protection order</source>
        <comment>overdue queue item</comment>
        <translation>人身安全保护令</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="185"/>
        <source>A queue item</source>
        <comment>overdue queue item</comment>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="190"/>
        <source>no assistance result</source>
        <translation>无求助结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="191"/>
        <source>missing person found</source>
        <translation>走失人员已找到</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="192"/>
        <source>person rescued</source>
        <translation>已救助</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="193"/>
        <source>lost property returned</source>
        <translation>失物已返还</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="195"/>
        <source>another assistance result</source>
        <translation>其他求助结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="205"/>
        <source>Unit dispatched: %1</source>
        <translation>派出处警单位：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="210"/>
        <source>Clear-to-zero review note: %1</source>
        <translation>清零评查备注：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="212"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="216"/>
        <source>Another call about this incident</source>
        <translation>同一警情再次来电</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="223"/>
        <source>Push acknowledged by %2 (%1)</source>
        <translation>%1%2已签收推送</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="224"/>
        <source>Push acknowledged by the %1</source>
        <translation>%1已签收推送</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="227"/>
        <source>Feedback from %1: %2</source>
        <translation>%1 反馈：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="230"/>
        <source>Linked to a registered key enterprise</source>
        <translation>已关联重点企业</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="237"/>
        <source>Callback: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="240"/>
        <source>Call record completed</source>
        <translation>来电记录已补全</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="244"/>
        <source>Silent call called back: caller reached</source>
        <translation>已回拨无声来电：已联系上</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="246"/>
        <source>Silent call called back: caller not reached</source>
        <translation>已回拨无声来电：未联系上</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="251"/>
        <source>%1 made answerable for this incident</source>
        <translation>指定%1为本警情责任人</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="252"/>
        <source>An operator was made answerable for this incident</source>
        <translation>已指定本警情责任人</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="255"/>
        <source>An entry this version of the console cannot show</source>
        <translation>本版本无法显示的记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="264"/>
        <source>Anti-DV desk: written warning served on the abuser</source>
        <translation>反家暴专席：告诫书已送达加害人</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="266"/>
        <source>Anti-DV desk: written warning served on the victim</source>
        <translation>反家暴专席：告诫书已送达受害人</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="268"/>
        <source>Anti-DV desk: written warning sent to the local committee</source>
        <translation>反家暴专席：告诫书已抄送居（村）委会</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="270"/>
        <source>Anti-DV desk: written warning served</source>
        <translation>反家暴专席：告诫书已送达</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="272"/>
        <source>Anti-DV desk: risk assessed</source>
        <translation>反家暴专席：已评估风险</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="273"/>
        <source>Anti-DV desk: written warning issued</source>
        <translation>反家暴专席：已出具告诫书</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="274"/>
        <source>Anti-DV desk: protection order applied for</source>
        <translation>反家暴专席：已申请人身安全保护令</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="276"/>
        <source>Anti-DV desk: the court&apos;s ruling on the protection order recorded</source>
        <translation>反家暴专席：已登记法院对保护令的裁定</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="279"/>
        <source>Anti-DV desk: referral made</source>
        <translation>反家暴专席：已转介</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="280"/>
        <source>Anti-DV desk: referral status changed</source>
        <translation>反家暴专席：转介状态已更新</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="281"/>
        <source>Anti-DV desk: follow-up visit or call made</source>
        <translation>反家暴专席：已查访（走访或电话）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="282"/>
        <source>Anti-DV desk: case ledger opened</source>
        <translation>反家暴专席：已建立案件台账</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="283"/>
        <source>Anti-DV desk: linked to a known case</source>
        <translation>反家暴专席：已关联既有案件</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="284"/>
        <source>Re-categorised as domestic violence: sent to the anti-DV desk</source>
        <translation>改定为家庭暴力警情：已转反家暴专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="287"/>
        <source>Anti-DV desk: a measure recorded</source>
        <translation>反家暴专席：已登记一项措施</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="299"/>
        <source>Reopened (it was “%1”)</source>
        <translation>重新启动（原为“%1”）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="301"/>
        <source>Call taken at intake</source>
        <translation>接警登记</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="304"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="305"/>
        <source>Call taken at intake, routed to %1</source>
        <translation>接警登记，分送%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="308"/>
        <source>Handling finished: %1</source>
        <translation>处警完毕：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="309"/>
        <source>Handling finished</source>
        <translation>处警完毕</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="313"/>
        <source>Closed as “%1”</source>
        <translation>结案：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="316"/>
        <source>Incident cancelled: %1</source>
        <translation>撤销警情：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="317"/>
        <source>Incident cancelled</source>
        <translation>撤销警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="320"/>
        <source>Now at stage “%1”</source>
        <translation>进入“%1”环节</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="321"/>
        <source>result: %1</source>
        <translation>处警结果：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="322"/>
        <source>note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="324"/>
        <source>imported from earlier records</source>
        <translation>历史记录导入</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="326"/>
        <source>time not recorded</source>
        <translation>时间不详</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="332"/>
        <source>%1 is on the way</source>
        <translation>%1出警途中</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="334"/>
        <source>%1 arrived on scene</source>
        <translation>%1到达现场</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="336"/>
        <source>%1 cleared from the incident</source>
        <translation>%1收队</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="337"/>
        <source>%1 is now “%2”</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="344"/>
        <source>people caught: %1</source>
        <translation>抓获 %1 人</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="347"/>
        <source>settled by mediation</source>
        <translation>已调解</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="348"/>
        <source>not mediated</source>
        <translation>未调解</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="350"/>
        <source>Results of handling: %1</source>
        <translation>记录处置结果：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="354"/>
        <source>accounts frozen: %1</source>
        <translation>冻结账户 %1 个</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="356"/>
        <source>%1 yuan recovered</source>
        <translation>挽回损失 %1 元</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="359"/>
        <source>no new figures</source>
        <translation>无新数据</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="360"/>
        <source>Fraud case figures: %1</source>
        <translation>更新涉诈案件情况：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="361"/>
        <source>Incident details edited</source>
        <translation>修改了警情信息</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="367"/>
        <source>Pushed at once to the enterprise&apos;s responsible persons (%1)</source>
        <translation>一警三派：同时推送给企业包保责任人（%1 人）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="373"/>
        <source>Pushed to %2 (%1)</source>
        <translation>推送给%1%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="374"/>
        <source>Pushed to the enterprise&apos;s %1</source>
        <translation>推送给企业%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="384"/>
        <source>%1 overdue: escalated automatically to %2 (deadline %3 passed)</source>
        <translation>%1超时，自动升级至%2（期限 %3 已过）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="387"/>
        <source>%1 overdue: escalated automatically to %2</source>
        <translation>%1超时，自动升级至%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="390"/>
        <source>Caller dissatisfied at the callback: escalated to %1</source>
        <translation>回访不满意，升级至%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="395"/>
        <source>Caller not reached after %2 callback attempts: escalated to %1</source>
        <translation>回访 %2 次未联系上，升级至%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="398"/>
        <source>Caller not reached at the callback: escalated to %1</source>
        <translation>回访未联系上，升级至%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="402"/>
        <source>Supervised by the bureau (挂牌督办), %2 responsible: %1</source>
        <translation>挂牌督办，责任领导 %2：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="405"/>
        <source>Escalated to %1: %2</source>
        <translation>升级至%1：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="406"/>
        <source>Escalated to %1</source>
        <translation>升级至%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="411"/>
        <source>Escalation closed: what was asked has been done</source>
        <translation>升级事项办结：所需处置已完成</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="413"/>
        <source>Escalation closed: the matter was dealt with elsewhere</source>
        <translation>升级事项结束：已在其他环节处理</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="415"/>
        <source>Escalation resolved: %1</source>
        <translation>升级事项已解决：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="416"/>
        <source>Escalation resolved</source>
        <translation>升级事项已解决</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="421"/>
        <source>This unit has already cleared from this incident: nothing was changed.</source>
        <translation>该单位已从本警情收队，未作改动。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="424"/>
        <source>A figure is out of range: check the number and save again.</source>
        <translation>数字超出范围：请核对后再保存。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="427"/>
        <source>Choose at least one unit to dispatch.</source>
        <translation>请至少选择一个出警单位。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="429"/>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="430"/>
        <source>The result</source>
        <translation>处警结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="431"/>
        <source>The closure</source>
        <translation>结案方式</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="434"/>
        <source>%1 is too long: keep it under %2 characters.</source>
        <translation>%1过长：请控制在 %2 个字以内。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="438"/>
        <source>%1 contains invisible control characters: delete them and retry.</source>
        <translation>%1含有不可见的控制字符：请删除后重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="442"/>
        <source>%1 is empty: type it first.</source>
        <translation>%1为空：请先填写。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="450"/>
        <source>This incident is now at “%1” and cannot move to “%2”. The board has been refreshed; check the incident and try again.</source>
        <translation>该警情当前处于“%1”环节，不能转为“%2”。看板已刷新，请核对警情后重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="458"/>
        <source>The database is busy or cannot be written. Nothing was saved; try again.</source>
        <translation>数据库繁忙或无法写入，本次未保存，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/labels.py" line="461"/>
        <source>Nothing was saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../console/ui/board/model.py" line="205"/>
        <source>Incident no.</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="206"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="207"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="208"/>
        <source>Priority</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="209"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="210"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="199"/>
        <source>Time spent in the current stage</source>
        <translation>本环节已用时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="200"/>
        <source>Jurisdiction and address</source>
        <translation>辖区与地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="211"/>
        <source>Time</source>
        <comment>time spent in the current stage, column header</comment>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="212"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="260"/>
        <location filename="../../console/ui/board/model.py" line="330"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="277"/>
        <location filename="../../console/ui/board/model.py" line="321"/>
        <source>%1 late</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="278"/>
        <location filename="../../console/ui/board/model.py" line="322"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="285"/>
        <source>Units on this incident:</source>
        <translation>本警情处警单位：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="294"/>
        <source>%1 passed %2 ago (due %3)</source>
        <translation>%1已超出 %2（应于 %3 前）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="297"/>
        <source>%1 in %2 (due %3)</source>
        <translation>%1还剩 %2（应于 %3 前）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="303"/>
        <source>Domestic violence</source>
        <translation>家庭暴力</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="306"/>
        <source>Details are kept by the desk concerned</source>
        <translation>详情仅由相关专席查看</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="313"/>
        <location filename="../../console/ui/board/model.py" line="339"/>
        <source>DV</source>
        <translation>家暴</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="313"/>
        <location filename="../../console/ui/board/model.py" line="341"/>
        <source>Ent.</source>
        <comment>enterprise flag, abbreviated</comment>
        <translation>护企</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/model.py" line="305"/>
        <source>Enterprise</source>
        <translation>护企</translation>
    </message>
</context>
<context>
    <name>BoardRefusals</name>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="47"/>
        <source>Not closed: an enterprise incident is closed only after its callback. Call the enterprise back first and record the callback on the enterprise desk (B), then close the incident here.</source>
        <translation>未结案：涉企警情须先完成回访方可结案。请先回访企业，并在护企专席登记回访结果（B），再回到此处结案。</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../console/ui/board/view.py" line="54"/>
        <source>Filter by number, address or category (Ctrl+F)</source>
        <translation>按编号、地址或类别筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/view.py" line="58"/>
        <source>All jurisdictions</source>
        <translation>全部辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/view.py" line="64"/>
        <source>All stages</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/view.py" line="71"/>
        <source>All priorities</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/view.py" line="108"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/view.py" line="113"/>
        <source>Back to the board</source>
        <translation>返回看板</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/board/view.py" line="247"/>
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>在办警情 %n 起</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/board/view.py" line="249"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2 起</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="143"/>
        <source>Dispatch units — %1</source>
        <translation>派警 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="159"/>
        <source>↑↓ move · Space picks several units · Enter dispatches the picked units, or the highlighted one if none is picked · Esc cancels</source>
        <translation>↑↓ 移动 · 空格键选择多个单位 · 回车派出已选单位（未选则派出当前高亮单位）· Esc 取消</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="163"/>
        <source>Dispatch</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="213"/>
        <source>Pick at least one unit (Space), then press Enter.</source>
        <translation>请至少选择一个单位（空格键），再按回车。</translation>
    </message>
</context>
<context>
    <name>ImportedUnitsModel</name>
    <message>
        <location filename="../../console/ui/board/imported_units.py" line="52"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/imported_units.py" line="52"/>
        <source>Dispatched</source>
        <translation>派出</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/imported_units.py" line="53"/>
        <source>Arrived</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/imported_units.py" line="66"/>
        <source>Not in the source record</source>
        <translation>原始记录中没有</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../console/ui/board/detail.py" line="113"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="113"/>
        <source>Priority</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="114"/>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="114"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="115"/>
        <source>Caller</source>
        <translation>报警人</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="115"/>
        <source>Summary</source>
        <translation>简要警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="116"/>
        <source>Opened</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="119"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="149"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="149"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="149"/>
        <source>Dispatched</source>
        <translation>派出</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="149"/>
        <location filename="../../console/ui/board/detail.py" line="254"/>
        <source>En route</source>
        <translation>出警</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="150"/>
        <location filename="../../console/ui/board/detail.py" line="256"/>
        <source>On scene</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="150"/>
        <source>Cleared</source>
        <translation>收队</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="172"/>
        <source>Units in the imported record</source>
        <translation>导入记录中的出警单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="174"/>
        <source>The units the other system&apos;s export lists for this incident, as it names them</source>
        <translation>其他系统导出数据为本警情列出的出警单位（沿用其原名称）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="181"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="181"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="182"/>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="191"/>
        <source>Add a note… (Ctrl+Enter adds it)</source>
        <translation>添加备注…（Ctrl+Enter 提交）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="194"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="195"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="204"/>
        <source>Select an incident on the board to see it here.</source>
        <translation>在看板上选中一起警情，即在此显示详情。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="224"/>
        <source>Units on this incident</source>
        <translation>本警情处警单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="228"/>
        <source>Timeline</source>
        <translation>警情时间线</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="253"/>
        <source>Dispatch…</source>
        <translation>派警…</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="258"/>
        <source>Clear unit</source>
        <translation>收队</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="259"/>
        <source>Handled…</source>
        <translation>处警完毕…</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="260"/>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="261"/>
        <source>Cancel incident…</source>
        <translation>撤销警情…</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="262"/>
        <source>Reopen…</source>
        <translation>重新启动…</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="263"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="264"/>
        <source>Results…</source>
        <translation>处警结果…</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="265"/>
        <source>Domestic violence…</source>
        <translation>改为家暴…</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="332"/>
        <source>DV</source>
        <translation>家暴</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="334"/>
        <source>Enterprise</source>
        <translation>护企</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="341"/>
        <source>(kept by the anti-DV desk)</source>
        <translation>（由反家暴专席掌握）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="342"/>
        <location filename="../../console/ui/board/detail.py" line="344"/>
        <location filename="../../console/ui/board/detail.py" line="345"/>
        <location filename="../../console/ui/board/detail.py" line="353"/>
        <location filename="../../console/ui/board/detail.py" line="356"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="355"/>
        <source>; </source>
        <comment>list separator</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="473"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="512"/>
        <source>Handled — %1</source>
        <translation>处警完毕 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="512"/>
        <source>What did handling achieve? (required)</source>
        <translation>处警结果（必填）：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="513"/>
        <source>Mark handled</source>
        <translation>确认处警完毕</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="525"/>
        <source>Close — %1</source>
        <translation>结案 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="525"/>
        <source>Remarks (optional):</source>
        <translation>备注（选填）：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="526"/>
        <source>Close incident</source>
        <translation>确认结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="540"/>
        <source>Cancel — %1</source>
        <translation>撤销 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="541"/>
        <source>Why is this incident cancelled? (required) Its units are released.</source>
        <translation>撤销原因（必填）。撤销后处警单位将收队待命。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="542"/>
        <source>Cancel incident</source>
        <translation>确认撤销</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="554"/>
        <source>Reopen — %1</source>
        <translation>重新启动 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="554"/>
        <source>Why is this incident reopened? (required)</source>
        <translation>重新启动原因（必填）：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="555"/>
        <source>Reopen</source>
        <translation>确认重新启动</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="575"/>
        <source>Mark this incident as domestic violence? The anti-DV desk is told at once to take it. From then on its callers and summary are shown only to the anti-DV desk and supervisors. This cannot be undone at the board.</source>
        <translation>将此警情改为家庭暴力警情？反家暴专席将立即收到并签收。此后其报警人和简要案情仅反家暴专席和值班长可见。在警情看板上无法撤销。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="580"/>
        <source>Mark this incident as domestic violence? The anti-DV desk is told at once to take it. From then on its callers and summary are shown only to the anti-DV desk and supervisors: you will no longer see them here. This cannot be undone at the board.</source>
        <translation>将此警情改为家庭暴力警情？反家暴专席将立即收到并签收。此后其报警人和简要案情仅反家暴专席和值班长可见，您在此处将无法再查看。在警情看板上无法撤销。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="585"/>
        <source>Domestic violence — %1</source>
        <translation>改为家暴 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/detail.py" line="586"/>
        <source>Mark as domestic violence</source>
        <translation>改为家暴警情</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="42"/>
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
        <location filename="../../console/ui/board/outcome.py" line="78"/>
        <source>Save results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="80"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="110"/>
        <source>the system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="111"/>
        <source>%1 changed this incident at %2, after this form was opened. Nothing was saved: the form now shows what is recorded. Check it and save again.</source>
        <translation>%1 在本表打开后于 %2 修改了此警情。本次未保存：表中现为已记录的内容，请核对后再保存。</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/outcome.py" line="128"/>
        <source>Money recovered must be an amount in yuan, such as 12000 or 12,000.50.</source>
        <translation>挽回损失须为以元计的金额，如 12000 或 12,000.50。</translation>
    </message>
</context>
<context>
    <name>TextActionDialog</name>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="243"/>
        <source>Closure disposition:</source>
        <translation>结案方式：</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="251"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="254"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/dialogs.py" line="274"/>
        <source>Type the text first: it is kept with the incident.</source>
        <translation>请先填写内容：它将记入警情。</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="61"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="61"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="62"/>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="81"/>
        <source>On this incident</source>
        <translation>已在本警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="92"/>
        <source>Street duty station</source>
        <translation>街面驻勤工作站</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="93"/>
        <source>Stationing point</source>
        <translation>屯警点</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="94"/>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../console/ui/board/units_model.py" line="95"/>
        <source>Special patrol</source>
        <translation>特巡警</translation>
    </message>
</context>
</TS>
