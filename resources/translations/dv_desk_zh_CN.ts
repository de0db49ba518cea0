<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="88"/>
        <source>Reads of DV case details</source>
        <translation>家暴案件信息查阅记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="97"/>
        <source>Every read of a DV case&apos;s details and every refused attempt, newest first · Esc closes</source>
        <translation>每一次查阅家暴案件信息及每一次被拒绝的尝试，最新的在前 · Esc 关闭</translation>
    </message>
</context>
<context>
    <name>AccessModel</name>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="67"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="67"/>
        <source>Who</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="67"/>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="67"/>
        <source>What</source>
        <translation>查阅内容</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="68"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="82"/>
        <source>read</source>
        <translation>已查阅</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="82"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <location filename="../../console/ui/dv_desk/assess.py" line="39"/>
        <source>Risk assessment — %1</source>
        <translation>风险评估 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/assess.py" line="53"/>
        <source>(as counted)</source>
        <translation>（按计分）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/assess.py" line="58"/>
        <source>Why the desk raises the tier</source>
        <translation>专席上调等级的理由</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/assess.py" line="65"/>
        <source>Read each question out · Space ticks a yes · Tab to the judgement · Ctrl+Enter save · Esc cancel</source>
        <translation>逐题询问 · 空格勾选“是” · Tab 转到专席判断 · Ctrl+Enter 保存 · Esc 取消</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/assess.py" line="69"/>
        <source>Raise to:</source>
        <translation>上调为：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/assess.py" line="70"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/assess.py" line="93"/>
        <source>Score %1 of %2 → %3 (%4)</source>
        <translation>得分 %1/%2 → %3（%4）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/assess.py" line="124"/>
        <source>Say why the desk raises the tier.</source>
        <translation>请说明专席上调等级的理由。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/assess.py" line="126"/>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>理由过长（最多 500 字）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/assess.py" line="127"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="45"/>
        <source>Case ledger (一案一台账)</source>
        <translation>一案一台账</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="56"/>
        <source>(not known)</source>
        <translation>（不详）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="59"/>
        <source>Children present</source>
        <translation>有子女在场</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="63"/>
        <source>Weapons</source>
        <translation>涉及凶器</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="65"/>
        <source>Alcohol or drugs</source>
        <translation>酒后或涉毒</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="75"/>
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="76"/>
        <source>Victim:</source>
        <translation>受害人：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="77"/>
        <source>Abuser:</source>
        <translation>加害人：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="78"/>
        <source>Relationship:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="80"/>
        <source>Injuries:</source>
        <translation>伤情：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="83"/>
        <source>Threats:</source>
        <translation>威胁：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="84"/>
        <source>Safe contact:</source>
        <translation>安全联系方式：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="85"/>
        <source>Tab next field · Ctrl+Enter record · Esc cancel</source>
        <translation>Tab 下一项 · Ctrl+Enter 登记 · Esc 取消</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="106"/>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="107"/>
        <source>Household at %1 · incidents: %2</source>
        <translation>家庭住址 %1 · 警情：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="113"/>
        <source>Case %1 at %2 (%3)</source>
        <translation>案件 %1，%2（%3）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="116"/>
        <source>A new case</source>
        <translation>新建案件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/dv_desk/case.py" line="117"/>
        <source>Known cases this incident may belong to: %n</source>
        <translation>
            <numerusform>可能所属的已知案件：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="165"/>
        <source>%1: too long (at most %2 characters)</source>
        <translation>%1：过长（最多 %2 字）</translation>
    </message>
</context>
<context>
    <name>DeskModel</name>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="82"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="82"/>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="82"/>
        <source>Opened</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="82"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="83"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="84"/>
        <source>Next follow-up</source>
        <translation>下次查访</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="121"/>
        <source>The household of a known case called again after its latest assessment: assess the risk again (A)</source>
        <translation>已建档家庭在最近一次评估后再次报警：请重新评估风险（A）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="128"/>
        <source>%1 · re-assess</source>
        <translation>%1 · 需重评</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="145"/>
        <source>overdue since %1</source>
        <translation>逾期（%1 起）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="146"/>
        <source>due %1</source>
        <translation>%1 应查访</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="148"/>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="149"/>
        <source>To take (Enter)</source>
        <translation>待签收（Enter）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="83"/>
        <source>Safe to talk / number</source>
        <translation>通话/号码安全</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/model.py" line="84"/>
        <source>Taken by</source>
        <translation>签收人</translation>
    </message>
</context>
<context>
    <name>DvDeskView</name>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="112"/>
        <source>Only the DV desk and supervisors read DV cases; other seats see the DV flag on the board and in the queues.</source>
        <translation>只有反家暴专席和值班长可以查看家暴案件；其他席位只在看板和队列中看到家暴标记。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="117"/>
        <source>Anti-domestic-violence desk</source>
        <translation>反家暴专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="236"/>
        <source>Protection order for %1: the court&apos;s ruling is overdue (due %2)</source>
        <translation>警情 %1 的人身安全保护令：法院裁定已逾期（应于 %2 前作出）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="239"/>
        <source>Protection order for %1 ends on %2: ask the victim whether to apply for an extension</source>
        <translation>警情 %1 的人身安全保护令将于 %2 到期：请询问受害人是否申请延长</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="243"/>
        <source>Protection order for %1 has ended (%2)</source>
        <translation>警情 %1 的人身安全保护令已到期（%2）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="122"/>
        <source>↑↓ choose an incident</source>
        <translation>↑↓ 选择警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="191"/>
        <source>take (签收)</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="192"/>
        <source>assess risk</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="193"/>
        <source>written warning</source>
        <translation>告诫书</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="194"/>
        <source>record the warning served</source>
        <translation>登记告诫书送达</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="195"/>
        <source>follow-up (查访)</source>
        <translation>查访</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="196"/>
        <source>protection order: apply, or record the ruling</source>
        <translation>保护令：申请或登记裁定</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="197"/>
        <source>referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="198"/>
        <source>referral status</source>
        <translation>转介状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="199"/>
        <source>case ledger</source>
        <translation>案件台账</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="200"/>
        <source>who read what</source>
        <translation>查阅记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="201"/>
        <source>read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="261"/>
        <source>%1 to take · %2 red · %3 to re-assess · %4 follow-ups overdue · %5 listed</source>
        <translation>待签收 %1 · 红色 %2 · 需重评 %3 · 查访逾期 %4 · 共 %5 起</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="313"/>
        <source>Incident %1</source>
        <translation>警情 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="314"/>
        <source>Caller: %1</source>
        <translation>报警人：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="315"/>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="316"/>
        <source>Said: %1</source>
        <translation>报警内容：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="317"/>
        <source>Safe to talk: %1 · safe number: %2</source>
        <translation>可安全通话：%1 · 号码安全：%2</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="320"/>
        <source>Taken by: %1</source>
        <translation>签收人：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="321"/>
        <source>nobody yet</source>
        <translation>尚未签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="325"/>
        <source>Re-assess: the household called again after the case&apos;s latest assessment — press A</source>
        <translation>需重评：该家庭在案件最近一次评估后再次报警——按 A</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="328"/>
        <source>Case ledger: not in a case yet — press C</source>
        <translation>一案一台账：尚未归档 — 按 C</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="331"/>
        <source>children present</source>
        <translation>有子女在场</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="332"/>
        <source>weapons</source>
        <translation>涉及凶器</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="333"/>
        <source>alcohol or drugs</source>
        <translation>酒后或涉毒</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="335"/>
        <source>Case %1: %2 incident(s) · %3</source>
        <translation>案件 %1：警情 %2 起 · %3</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="338"/>
        <source>Victim %1 · abuser %2 · %3</source>
        <translation>受害人 %1 · 加害人 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="343"/>
        <source>Safe contact: %1</source>
        <translation>安全联系方式：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="345"/>
        <source>Risk assessments</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="347"/>
        <source>none yet — press A</source>
        <translation>尚无 — 按 A 评估</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="352"/>
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="358"/>
        <source>Written warnings</source>
        <translation>家庭暴力告诫书</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="360"/>
        <source>none — press W</source>
        <translation>尚无 — 按 W 出具</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="365"/>
        <source>served on the abuser</source>
        <translation>已送达加害人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="366"/>
        <source>served on the victim</source>
        <translation>已送达受害人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="367"/>
        <source>committee notified</source>
        <translation>已抄送居（村）委会</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="371"/>
        <source>Next follow-up (查访): %1</source>
        <translation>下次查访：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="373"/>
        <source>Protection orders</source>
        <translation>人身安全保护令</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="375"/>
        <source>none — press O</source>
        <translation>尚无 — 按 O 办理</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="378"/>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="381"/>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="383"/>
        <source>due %1</source>
        <translation>应于 %1 前裁定</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="385"/>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="387"/>
        <source>none — press R</source>
        <translation>尚无 — 按 R 转介</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="392"/>
        <source>S changes a referral&apos;s status</source>
        <translation>按 S 更改转介状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="393"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/view.py" line="497"/>
        <source>Already taken by another seat.</source>
        <translation>已被其他席位签收。</translation>
    </message>
</context>
<context>
    <name>DvTexts</name>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="23"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="24"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="25"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="26"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="27"/>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="28"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="34"/>
        <source>high risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="35"/>
        <source>medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="36"/>
        <source>standard risk</source>
        <translation>一般风险</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="37"/>
        <source>no risk factor reported</source>
        <translation>未报告风险因素</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="43"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="44"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="45"/>
        <source>could not say</source>
        <translation>说不清</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="46"/>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="52"/>
        <source>raised by a critical item</source>
        <translation>因关键项上调</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="53"/>
        <source>raised by the desk&apos;s judgement</source>
        <translation>因专席判断上调</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="72"/>
        <source>alarm received</source>
        <translation>收到报警</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="73"/>
        <source>cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="74"/>
        <source>caller called back</source>
        <translation>已回访报警人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="75"/>
        <source>unit on the way</source>
        <translation>出警单位在途</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="76"/>
        <source>unit on scene</source>
        <translation>出警单位到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="77"/>
        <source>unit cleared</source>
        <translation>出警单位收队</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="78"/>
        <source>unit status reported</source>
        <translation>出警单位报告状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="79"/>
        <source>results recorded</source>
        <translation>记录处置结果</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="80"/>
        <source>pushed to the enterprise</source>
        <translation>推送企业</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="81"/>
        <source>push acknowledged</source>
        <translation>推送已签收</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="82"/>
        <source>enterprise&apos;s feedback</source>
        <translation>企业反馈</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="83"/>
        <source>linked to an enterprise</source>
        <translation>关联企业</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="84"/>
        <source>escalation resolved</source>
        <translation>督办办结</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="85"/>
        <source>callback (回访) made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="86"/>
        <source>call record completed</source>
        <translation>补全来电记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="87"/>
        <source>silent call called back</source>
        <translation>无声电话已回拨</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="88"/>
        <source>call logged</source>
        <translation>接警登记</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="89"/>
        <source>another call</source>
        <translation>重复来电</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="90"/>
        <source>unit dispatched</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="91"/>
        <source>dispatched</source>
        <translation>已派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="92"/>
        <source>en route</source>
        <translation>出警途中</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="93"/>
        <source>on scene</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="94"/>
        <source>handled</source>
        <translation>处置完毕</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="95"/>
        <source>closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="96"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="98"/>
        <source>taken (answerable from now on)</source>
        <translation>签收（由其负责）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="106"/>
        <source>warning served on the abuser</source>
        <translation>告诫书已送达加害人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="107"/>
        <source>warning served on the victim</source>
        <translation>告诫书已送达受害人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="108"/>
        <source>warning sent to the committee</source>
        <translation>告诫书已抄送居（村）委会</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="109"/>
        <source>warning served</source>
        <translation>告诫书已送达</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="111"/>
        <source>risk assessed</source>
        <translation>已评估风险</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="112"/>
        <source>written warning issued</source>
        <translation>已出具告诫书</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="113"/>
        <source>protection order applied for</source>
        <translation>已申请人身安全保护令</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="114"/>
        <source>court&apos;s ruling recorded</source>
        <translation>已登记法院裁定</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="115"/>
        <source>referral made</source>
        <translation>已转介</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="116"/>
        <source>referral status changed</source>
        <translation>转介状态已更新</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="117"/>
        <source>follow-up (查访) made</source>
        <translation>已查访</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="118"/>
        <source>case ledger opened</source>
        <translation>已建立案件台账</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="119"/>
        <source>linked to a known case</source>
        <translation>已关联既有案件</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="120"/>
        <source>re-categorised as domestic violence</source>
        <translation>改定为家庭暴力警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="121"/>
        <source>a measure recorded</source>
        <translation>已登记一项措施</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/texts.py" line="97"/>
        <source>escalated</source>
        <translation>升级督办</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="29"/>
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="30"/>
        <source>former spouse</source>
        <translation>前配偶</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="31"/>
        <source>partner</source>
        <translation>恋爱/同居伴侣</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="32"/>
        <source>parent and child</source>
        <translation>父母子女</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="33"/>
        <source>other family member</source>
        <translation>其他家庭成员</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="34"/>
        <source>living together</source>
        <translation>共同生活人员</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="26"/>
        <location filename="../../console/ui/dv_desk/access.py" line="27"/>
        <source>the desk&apos;s list</source>
        <translation>专席列表</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="28"/>
        <source>the case ledger</source>
        <translation>案件台账</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="29"/>
        <source>known cases it may belong to</source>
        <translation>可能所属的既有案件</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="30"/>
        <source>protection orders</source>
        <translation>保护令</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="31"/>
        <source>the orders&apos; alerts</source>
        <translation>保护令提醒</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="32"/>
        <source>referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="33"/>
        <source>the board</source>
        <translation>警情板</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="34"/>
        <source>the intake&apos;s history</source>
        <translation>接警历史</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="35"/>
        <source>the incident&apos;s details</source>
        <translation>警情详情</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="36"/>
        <source>the incident&apos;s timeline</source>
        <translation>警情时间线</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="37"/>
        <source>the incident&apos;s callers</source>
        <translation>警情报警人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="38"/>
        <source>risk assessments</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="39"/>
        <source>written warnings</source>
        <translation>告诫书</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="40"/>
        <source>a written warning</source>
        <translation>一份告诫书</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="41"/>
        <source>safety answers</source>
        <translation>安全询问答复</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/access.py" line="42"/>
        <source>this record</source>
        <translation>本查阅记录</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="34"/>
        <source>Women&apos;s federation (妇联)</source>
        <translation>妇联</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="35"/>
        <source>Shelter</source>
        <translation>庇护所</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="36"/>
        <source>Medical care</source>
        <translation>医疗救治</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="37"/>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="43"/>
        <source>granted</source>
        <translation>已签发</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="44"/>
        <source>refused</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="45"/>
        <source>ruling awaited</source>
        <translation>待裁定</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="51"/>
        <source>referred</source>
        <translation>已转介</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="52"/>
        <source>accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="53"/>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="54"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="214"/>
        <source>home visit</source>
        <translation>上门走访</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="215"/>
        <source>telephone call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="32"/>
        <source>same number</source>
        <translation>同一号码</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="33"/>
        <source>same address</source>
        <translation>同一地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/case.py" line="34"/>
        <source>same name</source>
        <translation>同一姓名</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="223"/>
        <source>Follow-up (查访)</source>
        <translation>查访</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="232"/>
        <source>What was found; the risk is assessed next</source>
        <translation>查访情况；随后重新进行风险评估</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="233"/>
        <source>Follow-up:</source>
        <translation>查访方式：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="234"/>
        <source>Found:</source>
        <translation>查访情况：</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="101"/>
        <source>Personal-safety protection order</source>
        <translation>人身安全保护令</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="108"/>
        <source>Urgent (ruling within 24 hours)</source>
        <translation>紧急（24 小时内裁定）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="112"/>
        <source>Application:</source>
        <translation>申请：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="113"/>
        <source>Court:</source>
        <translation>法院：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="126"/>
        <source>Ruling:</source>
        <translation>裁定：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="127"/>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="150"/>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="156"/>
        <source>Refer to:</source>
        <translation>转介至：</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="173"/>
        <source>Referral status</source>
        <translation>转介状态</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="187"/>
        <source>Referral:</source>
        <translation>转介：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="188"/>
        <source>Status now:</source>
        <translation>现状态：</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="45"/>
        <source>Written warning — %1</source>
        <translation>家庭暴力告诫书 — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="59"/>
        <source>Residents&apos; or villagers&apos; committee</source>
        <translation>居民委员会或村民委员会</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="64"/>
        <source>Anti-Domestic Violence Law art. 16–17 · Tab next field · Ctrl+Enter issue · Esc cancel</source>
        <translation>《反家庭暴力法》第十六、十七条 · Tab 下一项 · Ctrl+Enter 出具 · Esc 取消</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="68"/>
        <source>Abuser:</source>
        <translation>加害人：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="69"/>
        <source>Victim:</source>
        <translation>受害人：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="70"/>
        <source>Relationship:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="71"/>
        <source>Facts found:</source>
        <translation>查明事实：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="72"/>
        <source>Committee:</source>
        <translation>居（村）委会：</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="110"/>
        <source>Abuser</source>
        <translation>加害人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="110"/>
        <source>Victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="111"/>
        <source>Facts found</source>
        <translation>查明事实</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="111"/>
        <source>Committee</source>
        <translation>居（村）委会</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="112"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="114"/>
        <source>%1: required</source>
        <translation>%1：必填</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="116"/>
        <source>%1: too long (at most %2 characters)</source>
        <translation>%1：过长（最多 %2 字）</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/warning.py" line="118"/>
        <source>%1: contains characters that cannot be saved</source>
        <translation>%1：含有无法保存的字符</translation>
    </message>
</context>
<context>
    <name>_MeasureDialog</name>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="70"/>
        <source>Tab next field · Ctrl+Enter record · Esc cancel</source>
        <translation>Tab 下一项 · Ctrl+Enter 登记 · Esc 取消</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="85"/>
        <source>Give the last day of the order: from today, at most six months on.</source>
        <translation>请填写保护令的最后有效日：自今日起，最长六个月。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="87"/>
        <source>The ruling is recorded already.</source>
        <translation>裁定已登记。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="88"/>
        <source>The court&apos;s name is too long.</source>
        <translation>法院名称过长。</translation>
    </message>
    <message>
        <location filename="../../console/ui/dv_desk/measures.py" line="89"/>
        <source>The note is too long (at most 1000 characters).</source>
        <translation>查访情况过长（最多 1000 字）。</translation>
    </message>
</context>
</TS>
