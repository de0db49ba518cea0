<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeskQueueModel</name>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue_model.py" line="48"/>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue_model.py" line="48"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue_model.py" line="48"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue_model.py" line="49"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue_model.py" line="49"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue_model.py" line="49"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="89"/>
        <source>Acknowledge (A)</source>
        <translation>签收（A）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="90"/>
        <source>Feedback (F)</source>
        <translation>反馈（F）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="91"/>
        <source>Handled (H)</source>
        <translation>已处置（H）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="92"/>
        <source>Callback (B)</source>
        <translation>回访（B）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="93"/>
        <source>Close (K)</source>
        <translation>结案（K）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="94"/>
        <source>Supervise (S)</source>
        <translation>挂牌督办（S）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="95"/>
        <source>Resolve (V)</source>
        <translation>督办办结（V）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="96"/>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/enterprise_desk/queue.py" line="135"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 起警情</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="190"/>
        <source>Not closed: an enterprise incident is closed only after its callback. Record the callback first (B).</source>
        <translation>未结案：涉企警情须先回访后结案。请先记录回访（B）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="194"/>
        <source>Not done: {why}</source>
        <translation>未执行：{why}</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="226"/>
        <source>Every push is acknowledged already.</source>
        <translation>三方推送均已签收。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="228"/>
        <source>Acknowledged by {person} ({role}).</source>
        <translation>{person}（{role}）已签收。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="238"/>
        <source>No acknowledged push is waiting for feedback.</source>
        <translation>没有已签收待反馈的推送。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="241"/>
        <source>Feedback (反馈)</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="242"/>
        <source>From</source>
        <translation>反馈人</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="243"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="243"/>
        <source>What the person reported (Ctrl+Enter saves)</source>
        <translation>反馈内容（Ctrl+回车保存）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="245"/>
        <source>Feedback recorded.</source>
        <translation>已记录反馈。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="252"/>
        <source>Handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="253"/>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="303"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="253"/>
        <source>How it was handled (Ctrl+Enter saves)</source>
        <translation>处置情况（Ctrl+回车保存）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="255"/>
        <source>Marked handled; the callback is due.</source>
        <translation>已标记处置，待回访。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="262"/>
        <source>No callback is due: it falls due when the incident is handled.</source>
        <translation>尚无待回访：警情处置后生成回访任务。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="268"/>
        <source>Callback (回访)</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="269"/>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="270"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="270"/>
        <source>What the enterprise said (Ctrl+Enter saves)</source>
        <translation>企业意见（Ctrl+回车保存）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="272"/>
        <source>Callback recorded.</source>
        <translation>已记录回访。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="281"/>
        <source>Closed.</source>
        <translation>已结案。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="288"/>
        <source>Supervise (挂牌督办)</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="289"/>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="290"/>
        <source>Reason</source>
        <translation>督办事由</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="290"/>
        <source>Why it was not resolved on the spot</source>
        <translation>未能现场化解的原因</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="292"/>
        <source>Put under the bureau leadership&apos;s supervision.</source>
        <translation>已挂牌督办，报局领导。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="299"/>
        <source>This incident is not under supervision.</source>
        <translation>该警情未挂牌督办。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="302"/>
        <source>Resolve the supervision</source>
        <translation>督办办结</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="303"/>
        <source>How it was resolved (Ctrl+Enter saves)</source>
        <translation>办结情况（Ctrl+回车保存）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/queue.py" line="305"/>
        <source>Supervision resolved.</source>
        <translation>督办已办结。</translation>
    </message>
</context>
<context>
    <name>EnterpriseDeskView</name>
    <message>
        <location filename="../../console/ui/enterprise_desk/view.py" line="21"/>
        <source>Queue</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/view.py" line="22"/>
        <source>Key enterprises</source>
        <translation>重点企业</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/view.py" line="24"/>
        <source>Ctrl+Tab / Ctrl+Shift+Tab: next or previous tab</source>
        <translation>Ctrl+Tab / Ctrl+Shift+Tab：下一个或上一个标签页</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../console/ui/enterprise_desk/editor.py" line="37"/>
        <source>Edit key enterprise</source>
        <translation>编辑重点企业</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/editor.py" line="38"/>
        <source>New key enterprise</source>
        <translation>新增重点企业</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/editor.py" line="61"/>
        <source>Enter or Ctrl+Enter</source>
        <translation>回车或 Ctrl+回车</translation>
    </message>
</context>
<context>
    <name>EnterpriseLoop</name>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="17"/>
        <source>Acknowledged by {role}</source>
        <translation>{role}签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="20"/>
        <source>Pushed to the three</source>
        <translation>一警三派推送</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="21"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="22"/>
        <source>Handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="23"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="24"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="25"/>
        <source>Supervised (挂牌督办)</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="26"/>
        <source>Supervision resolved</source>
        <translation>督办办结</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="27"/>
        <source>Loop complete</source>
        <translation>闭环完成</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="33"/>
        <source>bureau leader</source>
        <translation>包保局领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="34"/>
        <source>station leader</source>
        <translation>包保所队长</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="35"/>
        <source>officer</source>
        <translation>包保民警</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="40"/>
        <source>Desk</source>
        <translation>专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="41"/>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="42"/>
        <source>Bureau leadership</source>
        <translation>局领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/loop_texts.py" line="61"/>
        <source>{person} (recorded by {operator})</source>
        <translation>{person}（{operator}登记）</translation>
    </message>
</context>
<context>
    <name>EnterprisePage</name>
    <message>
        <location filename="../../console/ui/enterprise_desk/page.py" line="34"/>
        <source>Service file</source>
        <translation>服务档案</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/page.py" line="42"/>
        <source>No visit, contact or request recorded yet.</source>
        <translation>尚无走访、联系或诉求记录。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/page.py" line="45"/>
        <source>Incidents</source>
        <translation>警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/page.py" line="58"/>
        <source>No incident names this enterprise.</source>
        <translation>尚无涉及该企业的警情。</translation>
    </message>
</context>
<context>
    <name>EnterpriseTexts</name>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="12"/>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="14"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="16"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="18"/>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="20"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="22"/>
        <source>Enterprise contact</source>
        <translation>企业联系人</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="24"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="26"/>
        <source>Bureau leader</source>
        <translation>包保局领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="28"/>
        <source>Bureau leader&apos;s phone</source>
        <translation>包保局领导电话</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="30"/>
        <source>Station leader</source>
        <translation>包保所队长</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="32"/>
        <source>Station leader&apos;s phone</source>
        <translation>包保所队长电话</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="34"/>
        <source>Officer</source>
        <translation>包保民警</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="36"/>
        <source>Officer&apos;s phone</source>
        <translation>包保民警电话</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="40"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="42"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="44"/>
        <source>What was done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="46"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="48"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="50"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="52"/>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="54"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="56"/>
        <source>Reason</source>
        <translation>督办事由</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="58"/>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="60"/>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="62"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="64"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="66"/>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="68"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="75"/>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="76"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="82"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="83"/>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="84"/>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="92"/>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="94"/>
        <source>is longer than {n} characters</source>
        <translation>超过 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="96"/>
        <source>is not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="98"/>
        <source>is not one the console knows</source>
        <translation>不是系统认可的值</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="100"/>
        <source>holds invisible control characters</source>
        <translation>含有不可见的控制字符</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="102"/>
        <source>must be a date like 2026-11-30</source>
        <translation>须为日期，如 2026-11-30</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="104"/>
        <source>must lie between 1990-01-01 and today</source>
        <translation>须在 1990-01-01 至今天之间</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="106"/>
        <source>must have 18 characters</source>
        <translation>须为 18 位</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="108"/>
        <source>may hold only digits and capitals other than I, O, S, V, Z</source>
        <translation>只能包含数字和除 I、O、S、V、Z 外的大写字母</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="110"/>
        <source>must have a six-digit division code in places 3 to 8</source>
        <translation>第 3 至 8 位须为六位行政区划码</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="112"/>
        <source>has a wrong check digit (last character): check the code on the business licence</source>
        <translation>校验码（最后一位）不对：请核对营业执照上的代码</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="115"/>
        <source>is registered already (entry {n})</source>
        <translation>已登记（第 {n} 号台账）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="117"/>
        <source>repeats the code of line {n}</source>
        <translation>与第 {n} 行的代码重复</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="119"/>
        <source>is named by {n} incidents or pushes: make it inactive instead</source>
        <translation>已有 {n} 起警情或推送涉及：请改为停用</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="122"/>
        <source>has a service file: make it inactive instead</source>
        <translation>已有服务档案：请改为停用</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="124"/>
        <source>is not a column of the registry file</source>
        <translation>不是台账文件的列</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="126"/>
        <source>is a column missing from the file</source>
        <translation>是文件中缺少的列</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="128"/>
        <source>must have {n} cells</source>
        <translation>须有 {n} 列</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="130"/>
        <source>is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="132"/>
        <source>is not a CSV file</source>
        <translation>不是 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="134"/>
        <source>concerns an enterprise already</source>
        <translation>已关联企业</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="136"/>
        <source>comes after the push is acknowledged</source>
        <translation>须在推送签收后填写</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="138"/>
        <source>is recorded already</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="140"/>
        <source>does not concern an enterprise</source>
        <translation>不是涉企警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="142"/>
        <source>must be recorded before the incident is closed</source>
        <translation>须在结案前记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="145"/>
        <source>{field} {why}</source>
        <translation>{field}{why}</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="151"/>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="153"/>
        <source>Intake</source>
        <translation>接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="155"/>
        <source>Dispatched</source>
        <translation>已派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="157"/>
        <source>En route</source>
        <translation>出警途中</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="159"/>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="161"/>
        <source>Handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="163"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="165"/>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/texts.py" line="167"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>LoopActionDialog</name>
    <message>
        <location filename="../../console/ui/enterprise_desk/action_dialog.py" line="61"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+回车</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../console/ui/enterprise_desk/model.py" line="51"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/model.py" line="51"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/model.py" line="51"/>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/model.py" line="52"/>
        <source>Officer</source>
        <translation>包保民警</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/model.py" line="52"/>
        <source>Officer&apos;s phone</source>
        <translation>包保民警电话</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/model.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/model.py" line="53"/>
        <source>Incidents</source>
        <translation>警情</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="56"/>
        <source>Search: name, pinyin initials, credit code or address (Ctrl+F)</source>
        <translation>搜索：名称、拼音首字母、信用代码或地址（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="83"/>
        <source>New (Ctrl+N)</source>
        <translation>新增（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="84"/>
        <source>Edit (F2)</source>
        <translation>编辑（F2）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="85"/>
        <source>Service file entry (Ctrl+R)</source>
        <translation>记服务档案（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="86"/>
        <source>Link an incident (Ctrl+J)</source>
        <translation>关联警情（Ctrl+J）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="87"/>
        <source>Active / inactive (Ctrl+D)</source>
        <translation>在册/停用（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="88"/>
        <source>Delete (Del)</source>
        <translation>删除（Del）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="89"/>
        <source>Import CSV (Ctrl+I)</source>
        <translation>导入 CSV（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="90"/>
        <source>Export (Ctrl+E)</source>
        <translation>导出（Ctrl+E）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/enterprise_desk/registry.py" line="133"/>
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="198"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="214"/>
        <source>Link an incident to {name}</source>
        <translation>将警情关联到{name}</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="215"/>
        <source>Incident number</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="218"/>
        <source>Linked to {name} and pushed to its three responsible persons.</source>
        <translation>已关联到{name}，并推送其三位包保责任人。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="228"/>
        <source>{name} is now {status}.</source>
        <translation>{name} 已改为{status}。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="239"/>
        <source>{name} was deleted.</source>
        <translation>{name} 已删除。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="251"/>
        <source>Not done: {why}</source>
        <translation>未执行：{why}</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="255"/>
        <source>Import the registry</source>
        <translation>导入企业台账</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="256"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="260"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="263"/>
        <source>{file}: {added} added, {updated} updated.</source>
        <translation>{file}：新增 {added} 家，更新 {updated} 家。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="270"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file} 第 {line} 行：{problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/enterprise_desk/registry.py" line="274"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="275"/>
        <source>Nothing was imported: correct the file and import it again.</source>
        <translation>未导入任何记录：请改正文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="281"/>
        <source>Export the registry</source>
        <translation>导出企业台账</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="282"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/registry.py" line="291"/>
        <source>{n} enterprises written to {file}.</source>
        <translation>已将 {n} 家企业写入 {file}。</translation>
    </message>
</context>
<context>
    <name>ServiceEntryDialog</name>
    <message>
        <location filename="../../console/ui/enterprise_desk/service_entry.py" line="31"/>
        <source>Service file: {name}</source>
        <translation>服务档案：{name}</translation>
    </message>
    <message>
        <location filename="../../console/ui/enterprise_desk/service_entry.py" line="40"/>
        <source>What was done or asked (Ctrl+Enter saves)</source>
        <translation>所做工作或所提诉求（Ctrl+回车保存）</translation>
    </message>
</context>
</TS>
