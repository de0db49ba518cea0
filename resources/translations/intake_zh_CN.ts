<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../console/ui/intake/history.py" line="148"/>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="148"/>
        <source>Opened</source>
        <translation>立案时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="148"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="149"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="149"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
</context>
<context>
    <name>FraudForm</name>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="173"/>
        <source>Telecom fraud</source>
        <translation>电信网络诈骗</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="186"/>
        <source>Emergency stop-payment requested</source>
        <translation>已申请紧急止付</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="190"/>
        <source>may be filled in later</source>
        <translation>可稍后填写</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="193"/>
        <source>yuan; may be filled in later</source>
        <translation>元；可稍后填写</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="195"/>
        <source>Add transfer (Ctrl+T)</source>
        <translation>添加转账 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="199"/>
        <source>Remove transfer (Ctrl+Shift+T)</source>
        <translation>删除转账 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="206"/>
        <source>Victim&apos;s account</source>
        <translation>受害人账号</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="207"/>
        <source>Victim&apos;s bank</source>
        <translation>受害人开户行</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="208"/>
        <source>Transfers — Ctrl+T adds a row, Ctrl+Shift+T removes the current row; Tab moves between cells and on past the last one</source>
        <translation>转账记录 — Ctrl+T 添加一行，Ctrl+Shift+T 删除当前行；Tab 在格间移动，最后一格后移出表格</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="213"/>
        <source>Accounts frozen</source>
        <translation>冻结账户数</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="215"/>
        <source>Money recovered</source>
        <translation>挽回金额</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../console/ui/intake/history.py" line="55"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="55"/>
        <source>Matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="55"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="55"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="56"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="56"/>
        <source>Disposition</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="56"/>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="57"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="102"/>
        <source>number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="102"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="103"/>
        <source>number + address</source>
        <translation>号码+地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="120"/>
        <source>[DV]</source>
        <translation>【家暴】</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="122"/>
        <source>[Enterprise]</source>
        <translation>【涉企】</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="123"/>
        <source>details at the DV desk only</source>
        <translation>详情仅限反家暴专席查看</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../console/ui/intake/history.py" line="230"/>
        <source>History (last 12 months)</source>
        <translation>历史记录（近 12 个月）</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="241"/>
        <location filename="../../console/ui/intake/history.py" line="283"/>
        <source>Type a caller number or an address to see earlier calls.</source>
        <translation>输入来电号码或地址即可查看以往来电。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="281"/>
        <source>No earlier calls from this number or at this address.</source>
        <translation>该号码、该地址近 12 个月无来电记录。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="284"/>
        <source>Earlier domestic violence at this number or address</source>
        <translation>该号码或地址曾有家庭暴力警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="287"/>
        <source>Household warned twice or more for domestic violence — special attention</source>
        <translation>多次告诫家庭（两次及以上家庭暴力告诫）— 重点关注</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/history.py" line="290"/>
        <source>Registered key enterprise at this address: {name}</source>
        <translation>此地址为登记重点企业：{name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/intake/history.py" line="294"/>
        <source>Repeat caller: %n earlier call(s) from this number today</source>
        <translation>
            <numerusform>重复来电：该号码今日已来电 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/intake/history.py" line="298"/>
        <source>Possible duplicate of %n open incident(s) — F3, then Enter to mark this call a duplicate</source>
        <translation>
            <numerusform>可能与 %n 起在办警情重复 — 按 F3 选中后回车，标记为重复报警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../console/ui/intake/form.py" line="130"/>
        <source>110</source>
        <translation>110</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="131"/>
        <source>122 (traffic)</source>
        <translation>122（交通）</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="134"/>
        <source>e.g. 13800001111</source>
        <translation>如 13800001111</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="139"/>
        <source>earlier addresses are offered as you type</source>
        <translation>输入时提示以往地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="156"/>
        <source>type to filter</source>
        <translation>输入筛选</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="159"/>
        <source>Chinese, English or pinyin initials, e.g. jtsg</source>
        <translation>中文、英文或拼音首字母，如 jtsg</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="169"/>
        <source>— (category default)</source>
        <translation>—（按类别默认）</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="170"/>
        <source>1 Urgent</source>
        <translation>1 紧急</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="171"/>
        <source>2 Rather urgent</source>
        <translation>2 较急</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="172"/>
        <source>3 Normal</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="176"/>
        <source>What happened, who, where exactly (Tab moves on)</source>
        <translation>发生了什么、涉及何人、具体位置（Tab 跳到下一项）</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="179"/>
        <source>Domestic violence</source>
        <translation>家庭暴力</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="181"/>
        <source>Concerns an enterprise</source>
        <translation>涉及企业</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="185"/>
        <source>— (from the category)</source>
        <translation>—（按类别建议）</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="196"/>
        <source>Alt+1…9 chooses a disposition from anywhere in the form</source>
        <translation>在表单任意位置按 Alt+1…9 选择处置方式</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="202"/>
        <source>incident number</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="205"/>
        <source>12345 ticket reference</source>
        <translation>12345 工单号</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="206"/>
        <source>Silent or dropped: call the number back.</source>
        <translation>无声或中断：请回拨该号码。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="218"/>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="219"/>
        <source>Caller number</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="220"/>
        <source>Caller name</source>
        <translation>报警人</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="221"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="222"/>
        <source>Jurisdiction</source>
        <translation>管辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="223"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="230"/>
        <source>Priority</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="224"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="231"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="229"/>
        <source>Disposition</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="225"/>
        <source>Duplicate of</source>
        <translation>重复于</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="226"/>
        <source>Ticket ref.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/form.py" line="423"/>
        <source>code {code}</source>
        <translation>代码 {code}</translation>
    </message>
</context>
<context>
    <name>IntakeMessages</name>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="18"/>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="19"/>
        <source>Caller number</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="20"/>
        <source>Caller name</source>
        <translation>报警人</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="21"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="22"/>
        <source>Jurisdiction</source>
        <translation>管辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="23"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="24"/>
        <source>Priority</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="25"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="26"/>
        <source>Disposition</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="27"/>
        <source>Duplicate of incident</source>
        <translation>重复的警情编号</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="28"/>
        <source>12345 ticket reference</source>
        <translation>12345 工单号</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="29"/>
        <source>Receive time</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="30"/>
        <source>Victim&apos;s account</source>
        <translation>受害人账号</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="31"/>
        <source>Victim&apos;s bank</source>
        <translation>受害人开户行</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="32"/>
        <source>Transfer amount</source>
        <translation>转账金额</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="33"/>
        <source>Transfer time</source>
        <translation>转账时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="34"/>
        <source>Receiving account</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="35"/>
        <source>Receiving name</source>
        <translation>收款户名</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="36"/>
        <source>Receiving bank</source>
        <translation>收款银行</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="37"/>
        <source>Accounts frozen</source>
        <translation>冻结账户数</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="38"/>
        <source>Money recovered</source>
        <translation>挽回金额</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="46"/>
        <source>{field} is longer than {limit} characters: shorten it, then save again.</source>
        <translation>{field}超过 {limit} 字，请删减后再保存</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="49"/>
        <source>{field} contains invisible control characters (often from pasting): retype or delete them, then save again.</source>
        <translation>{field}含有不可见的控制字符（多因粘贴带入），请删除或重新输入后再保存</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="53"/>
        <source>{field} is not a time: type it as HH:MM or YYYY-MM-DD HH:MM.</source>
        <translation>{field}不是有效时间，请按 时:分 或 年-月-日 时:分 填写</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="55"/>
        <source>{field} is before 1990-01-01: check the date (the year), then save again.</source>
        <translation>{field}早于1990-01-01，请核对日期（年份）后再保存</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="58"/>
        <source>{field} is later than now: check the date and the time, then save again.</source>
        <translation>{field}晚于当前时间，请核对日期和时间后再保存</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="61"/>
        <source>{field} is not an incident number: type it as 340400-20261129-0017 (centre, day, sequence) or pick one from the list.</source>
        <translation>{field}不是有效的警情编号，请按 340400-20261129-0017（中心代码-日期-序号）填写，或从列表中选择</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="65"/>
        <source>{field} is not an amount of money: type yuan, e.g. 1234.56.</source>
        <translation>{field}不是有效金额，请以元为单位填写，如 1234.56</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="67"/>
        <source>{field} is not a number: type a whole number or leave it empty.</source>
        <translation>{field}不是数字，请填写整数或留空</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="69"/>
        <source>{field} is not filled in.</source>
        <translation>{field}未填写</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="70"/>
        <source>{field} is not one of the listed choices: pick one from the list.</source>
        <translation>{field}不在可选范围内，请从列表中选择</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="72"/>
        <source>{field} does not look like a phone number: check it.</source>
        <translation>{field}不像电话号码，请核对</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="82"/>
        <source>dispatch</source>
        <translation>派警调度</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="83"/>
        <source>anti-DV desk</source>
        <translation>反家暴专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="84"/>
        <source>enterprise desk</source>
        <translation>护企专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="85"/>
        <source>12345 hotline</source>
        <translation>12345 热线</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="92"/>
        <source>alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="93"/>
        <source>intake</source>
        <translation>接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="94"/>
        <source>dispatched</source>
        <translation>已派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="95"/>
        <source>en route</source>
        <translation>出警途中</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="96"/>
        <source>on scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="97"/>
        <source>handled</source>
        <translation>已处警</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="98"/>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="99"/>
        <source>called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/messages.py" line="100"/>
        <source>cancelled</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../console/ui/intake/view.py" line="122"/>
        <source>Call intake</source>
        <translation>接警登记</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="126"/>
        <source>Time since the call was answered</source>
        <translation>接警以来的通话时长</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="127"/>
        <source>No call in progress — press F2</source>
        <translation>当前无通话 — 按 F2 开始接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="129"/>
        <source>New call (F2)</source>
        <translation>新接警 (F2)</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="131"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="143"/>
        <source>F2 new call (or just type the number) · Tab next field · Ctrl+Enter save · Alt+1…9 disposition · F3 history and possible duplicates (Enter marks the call a duplicate, Esc back to the form) · Esc closes a list</source>
        <translation>F2 新接警（或直接输入号码）· Tab 下一项 · Ctrl+Enter 保存 · Alt+1…9 处置方式 · F3 查看历史与可能重复的警情（回车标为重复，Esc 返回表单）· Esc 关闭下拉列表</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="173"/>
        <source>Save call</source>
        <translation>保存登记</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="176"/>
        <source>Save the call (Ctrl+Enter)</source>
        <translation>保存本次来电 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="177"/>
        <source>History and duplicates</source>
        <translation>历史与重复警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="227"/>
        <source>The call on the form is not saved. Ctrl+Enter saves it (missing fields are marked incomplete); press F2 again to discard it and start a new call.</source>
        <translation>当前登记尚未保存。按 Ctrl+Enter 保存（未填项将标记为不完整）；再按一次 F2 则放弃当前登记并开始新接警。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="269"/>
        <source>The call is still being saved. Close the console again once it is confirmed (or refused: the form keeps it).</source>
        <translation>本次登记仍在保存中。请在保存成功（或被拒绝，表单内容仍保留）后再关闭接处警台。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="294"/>
        <source>Answered at {time}</source>
        <translation>接警时间 {time}</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="302"/>
        <source>Ready — press F2 or start typing for the next call</source>
        <translation>就绪 — 按 F2 或直接输入开始下一次接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="339"/>
        <source>Restored draft: the unsaved call answered at {time} is back on the form. Check it and press Ctrl+Enter to save.</source>
        <translation>已恢复草稿：{time} 接警、尚未保存的登记已恢复到表单，请核对后按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="364"/>
        <source>The history could not be read ({detail}). The form still works; saving is not affected.</source>
        <translation>暂时无法读取历史记录（{detail}）。表单可照常填写，保存不受影响。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="395"/>
        <source>Nothing to save: press F2 for a new call.</source>
        <translation>没有可保存的内容：请按 F2 开始新接警。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="445"/>
        <source>Saving the call…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="451"/>
        <source>Saving the call… the database is busy (another seat or an import is writing). It is saved as soon as the database is free; what you type meanwhile is kept.</source>
        <translation>正在保存…数据库繁忙（其他席位或导入正在写入），数据库一空闲即保存；其间输入的内容都会保留。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="491"/>
        <source>The call could not be saved: the database stayed busy (another seat or an import is writing). Everything typed is kept — press Ctrl+Enter again.</source>
        <translation>未能保存：数据库一直繁忙（其他席位或导入正在写入）。已填写的内容全部保留，请再按 Ctrl+Enter。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="495"/>
        <source>The call could not be saved: the disk holding the database is full. Everything typed is kept — tell the administrator to free space, then press Ctrl+Enter again.</source>
        <translation>未能保存：数据库所在磁盘已满。已填写的内容全部保留，请联系系统管理员释放空间后再按 Ctrl+Enter。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="500"/>
        <source>The call could not be saved: the database file is damaged and nothing more is written to it. Everything typed stays on the form — note the call on paper and tell the administrator (the latest backup must be restored).</source>
        <translation>未能保存：数据库文件已损坏，不再向其写入。已填写的内容仍在表单上，请先在纸上记录本次报警并联系系统管理员（需恢复最近的备份）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="505"/>
        <source>The call could not be saved: the database cannot be written (read-only file or folder). Everything typed stays on the form — note the call on paper and tell the administrator.</source>
        <translation>未能保存：数据库无法写入（文件或文件夹为只读）。已填写的内容仍在表单上，请先在纸上记录本次报警并联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="509"/>
        <source>The call could not be saved: the database cannot be reached just now ({detail}). Everything typed is kept — press Ctrl+Enter again in a moment.</source>
        <translation>未能保存：暂时无法访问数据库（{detail}）。已填写的内容全部保留，请稍后再按 Ctrl+Enter。</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="552"/>
        <source>Not saved — please correct:</source>
        <translation>未保存 — 请更正：</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="566"/>
        <source>Saved, but marked incomplete:</source>
        <translation>已保存，但标记为不完整：</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="583"/>
        <source>Saved {time}: incident {number} ({disposition})</source>
        <translation>已保存 {time}：警情 {number}（{disposition}）</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="586"/>
        <source>Saved {time}: call {call} — duplicate of incident {number}</source>
        <translation>已保存 {time}：来电 {call} — 重复报警，并入警情 {number}</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="589"/>
        <source>Saved {time}: call {call} ({disposition})</source>
        <translation>已保存 {time}：来电 {call}（{disposition}）</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="594"/>
        <source> → sent to: {desks}</source>
        <translation> → 已送：{desks}</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="594"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/view.py" line="596"/>
        <source> — call the number back</source>
        <translation> — 请回拨该号码</translation>
    </message>
</context>
<context>
    <name>SafetyPrompt</name>
    <message>
        <location filename="../../console/ui/intake/safety.py" line="35"/>
        <source>Y yes · N no · U cannot say · Esc back to the form</source>
        <translation>Y 是 · N 否 · U 说不清 · Esc 返回表单</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/safety.py" line="49"/>
        <source>Ask the caller: is it safe to talk now?</source>
        <translation>请询问来电人：现在说话安全吗？</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/safety.py" line="66"/>
        <source>Is this number safe to call back (only the caller answers it)?</source>
        <translation>回拨这个号码是否安全（只有来电人本人接听）？</translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="56"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="56"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="56"/>
        <source>Receiving account</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="57"/>
        <source>Receiving name</source>
        <translation>收款户名</translation>
    </message>
    <message>
        <location filename="../../console/ui/intake/fraud.py" line="57"/>
        <source>Receiving bank</source>
        <translation>收款银行</translation>
    </message>
</context>
</TS>
