<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Operations</name>
    <message>
        <location filename="../../console/ui/ops.py" line="282"/>
        <source>Some input cannot be saved: {fields}. Correct it and try again; nothing was lost.</source>
        <translation>部分输入无法保存：{fields}。请更正后重试，已输入的内容没有丢失。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="287"/>
        <source>The database is busy (another seat or an import is writing). Nothing was saved yet and nothing you typed was lost: try again.</source>
        <translation>数据库正忙（其他席位或导入正在写入）。尚未保存，已输入的内容没有丢失，请重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="290"/>
        <source>The disk holding the database is full. Nothing was saved and nothing you typed was lost: tell the administrator to free space, then try again.</source>
        <translation>数据库所在磁盘已满。未保存任何内容，已输入的内容没有丢失：请通知系统管理员清理空间后重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="294"/>
        <source>The database file is damaged. Nothing more is written to it: tell the administrator to restore the latest backup.</source>
        <translation>数据库文件已损坏，不再向其写入：请通知系统管理员恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="297"/>
        <source>The database cannot be written (read-only file or folder). Tell the administrator.</source>
        <translation>数据库无法写入（文件或文件夹为只读）。请通知系统管理员。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="300"/>
        <source>The database cannot be read just now. Check the disk or network share, then try again.</source>
        <translation>暂时无法读取数据库。请检查磁盘或网络共享后重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="304"/>
        <source>The database refused the action ({detail}). Try again.</source>
        <translation>数据库拒绝了此操作（{detail}）。请重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/ops.py" line="307"/>
        <source>The action was refused: {reason}</source>
        <translation>操作被拒绝：{reason}</translation>
    </message>
</context>
</TS>
