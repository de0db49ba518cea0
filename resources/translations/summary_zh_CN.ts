<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../console/ui/summary/models.py" line="129"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="129"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="129"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="70"/>
        <source>Calls per hour</source>
        <translation>分时段接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="71"/>
        <location filename="../../console/ui/summary/charts.py" line="113"/>
        <source>Calls</source>
        <translation>接警</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="90"/>
        <source>Incidents by group</source>
        <translation>分类别组警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="91"/>
        <location filename="../../console/ui/summary/charts.py" line="114"/>
        <source>Incidents</source>
        <translation>警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/charts.py" line="109"/>
        <source>Last 30 days: calls and incidents</source>
        <translation>近30天接警与警情</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../console/ui/summary/models.py" line="62"/>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="62"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="62"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="63"/>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="63"/>
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="64"/>
        <source>Signed off</source>
        <translation>签核值</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/models.py" line="93"/>
        <source>Changed since the day was signed off</source>
        <translation>签核后此指标有变动</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../console/ui/summary/view.py" line="102"/>
        <source>Day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="102"/>
        <source>Range</source>
        <translation>按期间</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="105"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="107"/>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="110"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="114"/>
        <source>Sign off day…</source>
        <translation>日评查签核…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="115"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="118"/>
        <source>PDF briefing…</source>
        <translation>PDF简报…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="118"/>
        <source>Excel workbook…</source>
        <translation>Excel工作簿…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="119"/>
        <source>CSV file…</source>
        <translation>CSV文件…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="119"/>
        <source>JSON file…</source>
        <translation>JSON文件…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="134"/>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="139"/>
        <source>Jurisdiction:</source>
        <translation>辖区：</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="164"/>
        <source>Incidents by category</source>
        <translation>分类别警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="165"/>
        <source>Incidents by jurisdiction</source>
        <translation>分辖区警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="171"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="172"/>
        <source>All figures</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="173"/>
        <source>Breakdowns</source>
        <translation>分项统计</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="280"/>
        <location filename="../../console/ui/summary/view.py" line="445"/>
        <source>The end date is before the start date: pick a later end date.</source>
        <translation>结束日期早于开始日期：请选择较晚的结束日期。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="287"/>
        <source>Computing the figures…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="321"/>
        <source>Year on year: %1</source>
        <translation>同比：%1</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="329"/>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="333"/>
        <source>No jurisdiction</source>
        <translation>未填辖区</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="337"/>
        <source>Figures for %1 – %2, %3 calls.</source>
        <translation>统计期间 %1 至 %2，接警 %3 起。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="346"/>
        <source>Pick a single day to see or make its sign-off.</source>
        <translation>选择单日可查看或进行日评查签核。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="351"/>
        <source>This day has not been signed off.</source>
        <translation>该日尚未签核。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="355"/>
        <source>Signed off by %1 at %2.</source>
        <translation>%1 已于 %2 签核。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="359"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/summary/view.py" line="364"/>
        <source>%n figure(s) changed since then: </source>
        <translation>
            <numerusform>签核后有 %n 项指标变动：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="369"/>
        <source>The live figures still match the signed ones.</source>
        <translation>当前数据与签核数据一致。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="377"/>
        <source>The figures could not be read (%1). Try again with Refresh.</source>
        <translation>无法读取统计数据（%1）。请点击“刷新”重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="397"/>
        <source>Sign-off is for one day: choose Day and a date.</source>
        <translation>签核针对单日：请选择“按日”并选定日期。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="405"/>
        <source>Sign off day</source>
        <translation>日评查签核</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="406"/>
        <source>Sign off %1? Its figures will be frozen. Note (optional):</source>
        <translation>签核 %1？签核后该日数据将被固定。备注（可选）：</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="401"/>
        <location filename="../../console/ui/summary/view.py" line="415"/>
        <source>Only a supervisor or an administrator may sign off a day.</source>
        <translation>只有值班长或系统管理员可以签核。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="417"/>
        <source>A day that has not begun cannot be signed off: pick today or an earlier day.</source>
        <translation>尚未开始的日期不能签核：请选择今天或更早的日期。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="419"/>
        <source>The note is too long or holds control characters: shorten it and sign again.</source>
        <translation>备注过长或含控制字符：请修改后重新签核。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="423"/>
        <source>The database is busy or cannot be written: the day is not signed off yet. Try again in a moment.</source>
        <translation>数据库正忙或无法写入：该日尚未签核，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="451"/>
        <source>Export the figures</source>
        <translation>导出统计数据</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="458"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="464"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../console/ui/summary/view.py" line="470"/>
        <source>Nothing was saved (%1). Choose another folder or file name.</source>
        <translation>未能保存（%1）。请选择其他文件夹或文件名。</translation>
    </message>
</context>
</TS>
