<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Operations</name>
    <message>
        <location filename="../../console/ui/ops.py" line="329"/>
        <source>An enterprise incident is closed after its callback: call the enterprise back and record it on the enterprise desk (B), then close it. Nothing was saved.</source>
        <translation>涉企警情须回访后才能结案：请先回访企业并在护企专席登记（B），再结案。本次未保存。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="334"/>
        <source>Some input cannot be saved: {fields}. Correct it and try again; nothing was lost.</source>
        <translation>部分输入无法保存：{fields}。请更正后重试，已输入的内容没有丢失。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="339"/>
        <source>The database is busy (another seat or an import is writing). Nothing was saved yet and nothing you typed was lost: try again.</source>
        <translation>数据库正忙（其他席位或导入正在写入）。尚未保存，已输入的内容没有丢失，请重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="342"/>
        <source>The disk holding the database is full. Nothing was saved and nothing you typed was lost: tell the administrator to free space, then try again.</source>
        <translation>数据库所在磁盘已满。未保存任何内容，已输入的内容没有丢失：请通知系统管理员清理空间后重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="346"/>
        <source>The database file is damaged. Nothing more is written to it: tell the administrator to restore the latest backup.</source>
        <translation>数据库文件已损坏，不再向其写入：请通知系统管理员恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="349"/>
        <source>The database cannot be written (read-only file or folder). Tell the administrator.</source>
        <translation>数据库无法写入（文件或文件夹为只读）。请通知系统管理员。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="352"/>
        <source>The database cannot be read just now. Check the disk or network share, then try again.</source>
        <translation>暂时无法读取数据库。请检查磁盘或网络共享后重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="356"/>
        <source>The database refused the action ({detail}). Try again.</source>
        <translation>数据库拒绝了此操作（{detail}）。请重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="361"/>
        <source>An action is recorded under the operator logged in at this seat only. Nothing was saved.</source>
        <translation>操作只能以本席位当前登录的操作员名义记录。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="363"/>
        <source>Your role may not do this ({action}). Nothing was saved: ask a supervisor.</source>
        <translation>您的角色无权执行此操作（{action}）。未保存任何内容：请联系值班长。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="366"/>
        <source>The action was refused: {reason}</source>
        <translation>操作被拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="372"/>
        <source>read DV case details</source>
        <translation>查看家暴案件详情</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="373"/>
        <source>log calls</source>
        <translation>接警登记</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="374"/>
        <source>dispatch units</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="375"/>
        <source>work on incidents</source>
        <translation>处理警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="376"/>
        <source>close incidents</source>
        <translation>结束警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="377"/>
        <source>cancel incidents</source>
        <translation>撤销警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="378"/>
        <source>record callbacks</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="379"/>
        <source>acknowledge enterprise pushes</source>
        <translation>签收涉企推送</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="380"/>
        <source>edit the enterprise registry</source>
        <translation>维护重点企业台账</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="381"/>
        <source>assign incident owners</source>
        <translation>指定警情责任人</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="382"/>
        <source>resolve escalations</source>
        <translation>办结督办</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="383"/>
        <source>run the escalation pass</source>
        <translation>执行超时升级</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="384"/>
        <source>write handover remarks</source>
        <translation>填写交接班备注</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="385"/>
        <source>sign off a day</source>
        <translation>审核签发日报</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="386"/>
        <source>import calls</source>
        <translation>导入警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="387"/>
        <source>change settings</source>
        <translation>修改系统设置</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="388"/>
        <source>manage operators</source>
        <translation>管理操作员</translation>
    </message>
</context>
</TS>
