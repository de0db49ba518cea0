<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="76"/>
        <source>Import calls</source>
        <translation>导入警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="81"/>
        <source>the CSV export to import, e.g. /data/calls_2023.csv</source>
        <translation>要导入的 CSV 导出文件，例如 /data/calls_2023.csv</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="83"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="96"/>
        <source>Mapping fi&amp;le…</source>
        <translation>映射文件(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="104"/>
        <source>&amp;Skip bad rows and import the rest</source>
        <translation>跳过错误行，导入其余各行(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="107"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="109"/>
        <source>&amp;Mapping:</source>
        <translation>映射(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="130"/>
        <source>The import&apos;s report is shown here: rows imported, rows skipped as imported before, bad rows with their line, unmapped values and notices.</source>
        <translation>导入报告显示在这里：导入的行数、因已导入而跳过的行数、错误行及其行号、未映射的值和提示。</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="133"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="137"/>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="142"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="188"/>
        <source>Type or choose the file to import.</source>
        <translation>请输入或选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="192"/>
        <source>{path} is not a file: check the path.</source>
        <translation>{path} 不是文件：请检查路径。</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="197"/>
        <source>Choose a mapping from the list, or a mapping file (.toml).</source>
        <translation>请从列表中选择映射，或选择映射文件（.toml）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="203"/>
        <source>The mapping cannot be used: {reason}</source>
        <translation>该映射无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="237"/>
        <source>Starting the import…</source>
        <translation>正在开始导入…</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="247"/>
        <source>Stopping after the batch being written…</source>
        <translation>正在写入的这一批完成后停止…</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="273"/>
        <source>Nothing was imported: {reason}</source>
        <translation>未导入任何数据：{reason}</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="304"/>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="305"/>
        <source>CSV exports (*.csv *.txt);;All files (*)</source>
        <translation>CSV 导出文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="311"/>
        <source>Mapping file</source>
        <translation>映射文件</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/import_dialog.py" line="312"/>
        <source>Mappings (*.toml)</source>
        <translation>映射 (*.toml)</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../console/ui/admin/progress.py" line="43"/>
        <source>Checking every row (nothing is written yet)</source>
        <translation>正在检查每一行（尚未写入任何数据）</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/progress.py" line="44"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/progress.py" line="45"/>
        <source>{phase}: {done} / {total} rows</source>
        <translation>{phase}：{done} / {total} 行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/progress.py" line="48"/>
        <source>{rate} rows/s</source>
        <translation>{rate} 行/秒</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/progress.py" line="52"/>
        <source>about {seconds} s left</source>
        <translation>约剩 {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="22"/>
        <source>Byte-order mark at the start</source>
        <translation>文件开头有字节顺序标记</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="23"/>
        <source>Column without a name</source>
        <translation>列没有名称</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="24"/>
        <source>Column named twice</source>
        <translation>列名重复</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="25"/>
        <source>Optional column missing</source>
        <translation>缺少可选列</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="26"/>
        <source>Column found under another name</source>
        <translation>列以别名找到</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="27"/>
        <source>The file does not end with a new line (its last line may be cut short)</source>
        <translation>文件末尾没有换行（最后一行可能不完整）</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="30"/>
        <source>Blank lines before the header</source>
        <translation>表头前有空行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="31"/>
        <source>Header not on the first line</source>
        <translation>表头不在第一行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="32"/>
        <source>Header repeated inside the file</source>
        <translation>文件中表头重复出现</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="33"/>
        <source>Blank lines skipped</source>
        <translation>已跳过空行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="34"/>
        <source>Daylight-saving hours</source>
        <translation>夏令时时段</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="35"/>
        <source>Rows imported before: skipped</source>
        <translation>已导入过的行：已跳过</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="36"/>
        <source>Rows repeated in this import: skipped</source>
        <translation>本次导入中重复的行：已跳过</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="37"/>
        <source>An import left incomplete was finished</source>
        <translation>已完成此前未完成的导入</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="38"/>
        <location filename="../../console/ui/admin/report_text.py" line="252"/>
        <source>Units added to incidents imported before</source>
        <translation>为此前导入的警情补充的出警单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="39"/>
        <source>Code listed twice in a code table</source>
        <translation>代码表中代码重复</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="60"/>
        <source>received</source>
        <comment>a call&apos;s time</comment>
        <translation>接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="61"/>
        <source>dispatched</source>
        <comment>a call&apos;s time</comment>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="62"/>
        <source>arrived</source>
        <comment>a call&apos;s time</comment>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="63"/>
        <source>handled</source>
        <comment>a call&apos;s time</comment>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="64"/>
        <source>closed</source>
        <comment>a call&apos;s time</comment>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="72"/>
        <source>call type</source>
        <translation>警情类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="73"/>
        <source>jurisdiction</source>
        <translation>管辖单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="74"/>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="99"/>
        <source>{count} time(s) in the hour the clocks repeat (set back): read as its first occurrence (summer time), {second} of them as the second to keep their row&apos;s times in order</source>
        <translation>{count} 个时间落在时钟回拨而重复的一小时内：按第一次出现（夏令时）读取，其中 {second} 个按第二次读取，以保持该行各时间的先后顺序</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="103"/>
        <source>{count} time(s) in the hour the clocks skip (set forward), which no clock showed: read as if not yet set forward (02:30 as 03:30 summer time)</source>
        <translation>{count} 个时间落在时钟拨快而跳过的一小时内（实际不存在）：按尚未拨快读取（02:30 读作夏令时 03:30）</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="107"/>
        <source>{count} row(s) the same as an earlier one in every cell: skipped, the first kept</source>
        <translation>{count} 行与前面某行各列完全相同：已跳过，保留第一行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="110"/>
        <source>read as UTF-8</source>
        <translation>按 UTF-8 读取</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="111"/>
        <source>column {column} has no name: ignored</source>
        <translation>第 {column} 列没有列名：已忽略</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="112"/>
        <source>the header &quot;{header}&quot; appears twice: column {column} ignored</source>
        <translation>列名“{header}”出现两次：第 {column} 列已忽略</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="115"/>
        <source>no column {names}: left empty</source>
        <translation>没有 {names} 列：留空</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="116"/>
        <source>column &quot;{column}&quot; read from the header &quot;{header}&quot;</source>
        <translation>“{column}”列按表头“{header}”读取</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="118"/>
        <source>its last line may be cut short (a copy or download stopped early?): check the file&apos;s last row</source>
        <translation>最后一行可能不完整（复制或下载中途停止？）：请检查文件的最后一行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="121"/>
        <source>a blank line where the header was expected: skipped</source>
        <translation>表头位置是空行：已跳过</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="123"/>
        <source>the header was found on line {at}</source>
        <translation>表头位于第 {at} 行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="124"/>
        <source>the header again inside the file: skipped</source>
        <translation>文件中再次出现表头：已跳过</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="126"/>
        <source>{count} blank line(s) skipped</source>
        <translation>已跳过 {count} 个空行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="127"/>
        <source>{count} row(s) imported before with this mapping: skipped</source>
        <translation>{count} 行已用此映射导入过：已跳过</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="129"/>
        <source>{count} row(s) the same as an earlier one ({columns}): skipped, the first kept</source>
        <translation>{count} 行与前面某行相同（{columns}）：已跳过，保留第一行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="132"/>
        <source>import run {run} was left incomplete ({started}): its {calls} call(s) already written were skipped</source>
        <translation>第 {run} 次导入未完成（{started}）：已写入的 {calls} 条来电已跳过</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="135"/>
        <source>{count} unit(s) added to incidents imported before</source>
        <translation>为以前导入的警情补充了 {count} 个出警单位</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="137"/>
        <source>code(s) listed twice with different labels, the first kept: {codes}</source>
        <translation>代码表中重复出现且名称不同的代码（保留第一个）：{codes}</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="152"/>
        <source>times are accepted from {earliest} (local) to at most {minutes} minutes from now</source>
        <translation>可接受的时间为 {earliest}（本地时间）起，至多比现在晚 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="158"/>
        <source>{fields} fields, the header has {width}</source>
        <translation>本行 {fields} 个字段，表头有 {width} 个</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="159"/>
        <source>no received time</source>
        <translation>没有接警时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="160"/>
        <source>{field} time &quot;{text}&quot; matches no time format of the mapping ({formats})</source>
        <translation>{field}时间“{text}”不符合映射中的任何时间格式（{formats}）</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="163"/>
        <source>{field} time &quot;{text}&quot; is too early: {window}</source>
        <translation>{field}时间“{text}”过早：{window}</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="165"/>
        <source>{field} time &quot;{text}&quot; is in the future: {window}</source>
        <translation>{field}时间“{text}”在未来：{window}</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="167"/>
        <source>{field} time is before the {previous} time</source>
        <translation>{field}时间早于{previous}时间</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="169"/>
        <source>no value in the identity column(s) {columns}</source>
        <translation>标识列 {columns} 没有值</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="178"/>
        <source>{file}, line {line}</source>
        <translation>{file}，第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="183"/>
        <source>{where}: {what}</source>
        <translation>{where}：{what}</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="193"/>
        <source>this is the console&apos;s database, not a CSV export</source>
        <translation>这是本系统的数据库文件，不是 CSV 导出文件</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="195"/>
        <source>the file cannot be read ({reason})</source>
        <translation>文件无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="196"/>
        <source>the file changed while it was imported: import run {run} is incomplete; import the file again to finish it</source>
        <translation>导入期间文件发生了变化：第 {run} 次导入未完成；请再次导入该文件以完成</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="198"/>
        <source>the mapping&apos;s code table is not next to the data (in {folder})</source>
        <translation>映射所需的代码表不在数据文件旁（{folder}）</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="200"/>
        <source>the code table needs the columns &quot;{code}&quot; and &quot;{label}&quot;</source>
        <translation>代码表需要“{code}”和“{label}”两列</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="202"/>
        <source>the header has no column {columns}: is this the right mapping for the file? (the header: {header})</source>
        <translation>表头中没有 {columns} 列：这个映射是否适用于该文件？（表头：{header}）</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="205"/>
        <source>it holds NUL bytes: a binary file, not a CSV export</source>
        <translation>含有 NUL 字节：这是二进制文件，不是 CSV 导出文件</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="207"/>
        <source>it is not {encoding} text: set `encoding` in the mapping</source>
        <translation>不是 {encoding} 编码的文本：请在映射中设置 `encoding`</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="209"/>
        <source>the CSV cannot be read ({reason})</source>
        <translation>CSV 无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="210"/>
        <source>there is no header line (an empty file?)</source>
        <translation>没有表头行（空文件？）</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="219"/>
        <source>Import cancelled while checking: nothing was written.</source>
        <translation>导入在检查阶段已取消：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="221"/>
        <source>Import cancelled: {calls} calls were written in whole batches; the run is left incomplete, and importing the same file with the same mapping again finishes it.</source>
        <translation>导入已取消：已按整批写入 {calls} 条来电；本次导入标记为未完成，用同一映射再次导入同一文件即可完成。</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="225"/>
        <source>Import finished: {calls} calls imported.</source>
        <translation>导入完成：已导入 {calls} 条来电。</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="230"/>
        <source>{count} bad row(s): nothing was imported. Correct them, or tick &quot;Skip bad rows&quot; to import the rest.</source>
        <translation>有 {count} 个错误行：未导入任何数据。请更正这些行，或勾选“跳过错误行”导入其余各行。</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="238"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="239"/>
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="240"/>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="241"/>
        <source>Calls imported</source>
        <translation>导入来电</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="242"/>
        <source>Incidents</source>
        <translation>警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="243"/>
        <source>Skipped as imported before</source>
        <translation>已导入过而跳过</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="245"/>
        <source>Bad rows skipped</source>
        <translation>跳过的错误行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="246"/>
        <source>Calls in &quot;unmapped&quot;</source>
        <translation>归入“未映射”的来电</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="249"/>
        <source>Unit rows joined to their incident</source>
        <translation>并入所属警情的出警单位行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="255"/>
        <source>Import run</source>
        <translation>导入编号</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="256"/>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="257"/>
        <source>{seconds} s ({rate} rows/s)</source>
        <translation>{seconds} 秒（{rate} 行/秒）</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="279"/>
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="285"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="287"/>
        <source>{field}: {value} — {count} row(s)</source>
        <translation>{field}：{value} — {count} 行</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="290"/>
        <source>Unmapped values</source>
        <translation>未映射的值</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="296"/>
        <source>… and {count} more (console110 import-calls lists them all)</source>
        <translation>… 另有 {count} 行（console110 import-calls 会全部列出）</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/report_text.py" line="299"/>
        <source>Bad rows</source>
        <translation>错误行</translation>
    </message>
</context>
<context>
    <name>TimezoneDialog</name>
    <message>
        <location filename="../../console/ui/admin/timezone_dialog.py" line="49"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/timezone_dialog.py" line="64"/>
        <source>&amp;Recount: move every stored call and incident to its day in the new zone</source>
        <translation>重新统计(&amp;R)：把所有已存来电和警情按新时区移到各自的日期</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/timezone_dialog.py" line="76"/>
        <source>The tally day of every call is its calendar day in the centre&apos;s time zone. Other seats count by a new zone after their next start.</source>
        <translation>每条来电的统计日是它在本中心时区的日历日。其他席位在下次启动后按新时区统计。</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/timezone_dialog.py" line="81"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/timezone_dialog.py" line="84"/>
        <source>Now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/timezone_dialog.py" line="120"/>
        <source>{zone} is not a time zone: type an IANA name such as Asia/Shanghai or America/Los_Angeles.</source>
        <translation>{zone} 不是时区：请输入 IANA 名称，例如 Asia/Shanghai 或 America/Los_Angeles。</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/timezone_dialog.py" line="139"/>
        <source>Recounting every stored day…</source>
        <translation>正在重新统计所有已存日期…</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/timezone_dialog.py" line="140"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/timezone_dialog.py" line="148"/>
        <source>The database holds {calls} calls counted on the days of {current}: a new time zone moves calls to other days. Nothing was changed. Tick &quot;Recount&quot; and save again to move every stored call and incident to its day in {zone} (in one transaction; signed-off days keep their frozen figures and show the difference).</source>
        <translation>数据库中已有 {calls} 条来电按 {current} 的日期统计：更换时区会把来电移到其他日期。未作任何更改。勾选“重新统计”后再次保存，即可把所有已存来电和警情移到 {zone} 中各自的日期（在一个事务中完成；已签核的日期保留冻结的数字并显示差异）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/admin/timezone_dialog.py" line="162"/>
        <source>The centre&apos;s time zone is now {zone}; {moved} calls and incidents moved to another day.</source>
        <translation>本中心时区现为 {zone}；{moved} 条来电和警情移到了其他日期。</translation>
    </message>
</context>
</TS>
