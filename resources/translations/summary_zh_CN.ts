<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../console/ui/summary/models.py" line="130"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="130"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="130"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="112"/>
        <source>Calls per hour</source>
        <translation>分时段接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="113"/>
        <location filename="../../console/ui/summary/charts.py" line="180"/>
        <source>Calls</source>
        <translation>接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="132"/>
        <source>Incidents by group (largest %1)</source>
        <translation>分类别组警情（前%1位）</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="172"/>
        <source>%1 so far</source>
        <translation>%1 截至目前</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="194"/>
        <source>%1 today so far</source>
        <translation>今日%1（截至目前）</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="207"/>
        <source>Last 30 days: calls and incidents (today so far: dashed)</source>
        <translation>近30天接警与警情（虚线为今日截至目前）</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="134"/>
        <location filename="../../console/ui/summary/charts.py" line="181"/>
        <source>Incidents</source>
        <translation>警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="159"/>
        <source>Last 30 days: calls and incidents</source>
        <translation>近30天接警与警情</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../console/ui/summary/models.py" line="63"/>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="63"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="63"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="64"/>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="64"/>
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="65"/>
        <source>Signed off</source>
        <translation>签核值</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="94"/>
        <source>Changed since the day was signed off</source>
        <translation>签核后此指标有变动</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../console/ui/summary/signoff.py" line="33"/>
        <source>Sign off day</source>
        <translation>日评查签核</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/signoff.py" line="36"/>
        <source>Sign off %1? Its figures will be frozen as they are now.</source>
        <translation>签核 %1？签核后，当日各项指标按现值冻结。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/summary/signoff.py" line="46"/>
        <source>%n incident(s) of this day are still open:</source>
        <translation>
            <numerusform>当日仍有 %n 起警情未结案：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/summary/signoff.py" line="52"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 起。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/signoff.py" line="53"/>
        <source>Signed now, they are frozen as open. Go back to bring them to a close first, or sign anyway.</source>
        <translation>现在签核，这些警情将按未结案冻结。可返回先推动结案，或仍然签署。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/signoff.py" line="60"/>
        <source>&amp;Note (optional):</source>
        <translation>备注（可选）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/signoff.py" line="69"/>
        <source>&amp;Sign anyway</source>
        <translation>仍然签署(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/signoff.py" line="70"/>
        <source>Go &amp;back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/signoff.py" line="72"/>
        <source>&amp;Sign off</source>
        <translation>签核(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/signoff.py" line="73"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../console/ui/summary/view.py" line="149"/>
        <source>Day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="149"/>
        <source>Range</source>
        <translation>按期间</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="152"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="154"/>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="157"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="161"/>
        <source>Sign off day…</source>
        <translation>日评查签核…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="162"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="165"/>
        <source>PDF briefing…</source>
        <translation>PDF简报…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="165"/>
        <source>Excel workbook…</source>
        <translation>Excel工作簿…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="166"/>
        <source>CSV file…</source>
        <translation>CSV文件…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="166"/>
        <source>JSON file…</source>
        <translation>JSON文件…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="181"/>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="186"/>
        <source>Jurisdiction:</source>
        <translation>辖区：</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="211"/>
        <source>Incidents by category</source>
        <translation>分类别警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="212"/>
        <source>Incidents by jurisdiction</source>
        <translation>分辖区警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="218"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="219"/>
        <source>All figures</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="220"/>
        <source>Breakdowns</source>
        <translation>分项统计</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="234"/>
        <source>Type a date (20261204 or 2026-12-04), step a part with Up/Down, or open the calendar with F4</source>
        <translation>直接输入日期（20261204 或 2026-12-04），用上/下方向键逐项调整，或按 F4 打开日历</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="332"/>
        <location filename="../../console/ui/summary/view.py" line="529"/>
        <source>The end date is before the start date: pick a later end date.</source>
        <translation>结束日期早于开始日期：请选择较晚的结束日期。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="337"/>
        <source>Computing the figures…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="354"/>
        <source>An unexpected error stopped this; it has been reported. Try again.</source>
        <translation>发生意外错误，操作已中止，错误已报告。请重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="371"/>
        <source>Year on year: %1</source>
        <translation>同比：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="379"/>
        <location filename="../../console/ui/summary/view.py" line="468"/>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="383"/>
        <source>No jurisdiction</source>
        <translation>未填辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="388"/>
        <source>Figures for %1 – %2, %3 calls.</source>
        <translation>统计期间 %1 至 %2，接警 %3 起。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="397"/>
        <source>Pick a single day to see or make its sign-off.</source>
        <translation>选择单日可查看或进行日评查签核。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="402"/>
        <source>This day has not been signed off.</source>
        <translation>该日尚未签核。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="406"/>
        <source>Signed off by %1 at %2.</source>
        <translation>%1 已于 %2 签核。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="410"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/summary/view.py" line="415"/>
        <source>%n figure(s) changed since then: </source>
        <translation>
            <numerusform>签核后有 %n 项指标变动：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="420"/>
        <source>The live figures still match the signed ones.</source>
        <translation>当前数据与签核数据一致。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="428"/>
        <source>The figures could not be read (%1). Try again with Refresh.</source>
        <translation>无法读取统计数据（%1）。请点击“刷新”重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="448"/>
        <source>Sign-off is for one day: choose Day and a date.</source>
        <translation>签核针对单日：请选择“按日”并选定日期。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="452"/>
        <location filename="../../console/ui/summary/view.py" line="500"/>
        <source>Only a supervisor or an administrator may sign off a day.</source>
        <translation>只有值班长或系统管理员可以签核。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="458"/>
        <source>The database is busy or cannot be read: the day is not signed off yet. Try again in a moment.</source>
        <translation>数据库忙或无法读取：当日尚未签核，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="475"/>
        <source>The day was not signed off.</source>
        <translation>当日未签核。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="502"/>
        <source>A day that has not begun cannot be signed off: pick today or an earlier day.</source>
        <translation>尚未开始的日期不能签核：请选择今天或更早的日期。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="504"/>
        <source>The note is too long or holds control characters: shorten it and sign again.</source>
        <translation>备注过长或含控制字符：请修改后重新签核。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="508"/>
        <source>The database is busy or cannot be written: the day is not signed off yet. Try again in a moment.</source>
        <translation>数据库正忙或无法写入：该日尚未签核，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="533"/>
        <source>Export the figures</source>
        <translation>导出统计数据</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="535"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="543"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="555"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="565"/>
        <source>Nothing was saved (%1). Choose another folder or file name.</source>
        <translation>未能保存（%1）。请选择其他文件夹或文件名。</translation>
    </message>
</context>
</TS>
