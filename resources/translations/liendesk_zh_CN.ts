<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/credit/programs_screen.py" line="+29"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}，第 {line} 行：{problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
</context>
<context>
    <name>ApplicationPanel</name>
    <message>
        <location filename="../../desktop/ui/credit/application_view.py" line="+98"/>
        <location line="+205"/>
        <source>Choose an application on the left, or open a new one.</source>
        <translation>请在左侧选择一份申请，或新建申请。</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>&amp;Facts</source>
        <translation>基本信息(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;indings</source>
        <translation>审查结果(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maximum</source>
        <translation>可贷额度(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dossier</source>
        <translation>信贷档案(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;cision</source>
        <translation>审批(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After &amp;approval</source>
        <translation>批准后事项(&amp;A)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Rule from</source>
        <translation>规则出处</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Limit</source>
        <translation>额度限制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is worked out</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Document and why it is needed</source>
        <translation>材料及所需原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original / copy</source>
        <translation>原件/复印件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certified by</source>
        <translation>核证人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+287"/>
        <source>Returned</source>
        <translation>退还日期</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>&amp;Record document…</source>
        <translation>登记材料(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move document</source>
        <translation>移除材料(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;inventory</source>
        <translation>打印档案清单(&amp;I)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deadlines</source>
        <translation>审批时限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks and decision</source>
        <translation>审查与审批</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security &amp;review…</source>
        <translation>安全审查(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse…</source>
        <translation>拒绝(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear…</source>
        <translation>审核通过(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Veto…</source>
        <translation>否决(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign refusal &amp;notice</source>
        <translation>签署拒贷通知(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn documents…</source>
        <translation>退还材料(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File in r&amp;efusals</source>
        <translation>归入拒贷档案(&amp;E)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What must follow</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark done…</source>
        <translation>标记为已完成(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cover</source>
        <translation>险种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy</source>
        <translation>保单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum insured</source>
        <translation>保险金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid until</source>
        <translation>缴费至</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank beneficiary</source>
        <translation>银行为受益人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proof received</source>
        <translation>收到缴费凭证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;policy…</source>
        <translation>登记保单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print repayment &amp;schedule</source>
        <translation>打印还款计划表(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insurance policies</source>
        <translation>保险单</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{date} {time} ({zone})</source>
        <translation>{date} {time}（{zone}）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;h3&gt;{number} · {customer}&lt;/h3&gt;{program} — &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>&lt;h3&gt;{number} · {customer}&lt;/h3&gt;{program} — &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The application has been submitted: its facts are as the bank judged them and no longer change.</source>
        <translation>申请已提交：其基本信息以银行审查时为准，不再更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not prepare applications.</source>
        <translation>您的角色不负责填写申请。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{failed} failed, {attention} need attention, {passed} passed.</source>
        <translation>{failed} 项不符合，{attention} 项需关注，{passed} 项符合。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;The maximum cannot be worked out yet.&lt;/b&gt; Requested: {requested}.</source>
        <translation>&lt;b&gt;暂时无法计算可贷额度。&lt;/b&gt;申请金额：{requested}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Maximum: {maximum}&lt;/b&gt;, limited by “{cap}”.&lt;br&gt;Requested: {requested} — </source>
        <translation>&lt;b&gt;可贷额度：{maximum}&lt;/b&gt;，受“{cap}”限制。&lt;br&gt;申请金额：{requested} — </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;above the maximum&lt;/b&gt;; lower it before submitting.</source>
        <translation>&lt;b&gt;超出可贷额度&lt;/b&gt;；请在提交前调低。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within the maximum.</source>
        <translation>在可贷额度以内。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{cap} — binds</source>
        <translation>{cap} — 起决定作用</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{why} (if the applicant has one)</source>
        <translation>{why}（如申请人有）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The dossier is not complete: {missing} missing, {other} to correct. It cannot be submitted until it is.</source>
        <translation>信贷档案不完整：缺少 {missing} 项，需更正 {other} 项。补齐前无法提交。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dossier is complete.</source>
        <translation>信贷档案已齐全。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Not brought</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}, {position}, {date}</source>
        <translation>{name}，{position}，{date}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}</source>
        <translation>&lt;b&gt;状态：&lt;/b&gt;{status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision deadline: counted once the application reaches the decision centre.</source>
        <translation>审批时限：自申请送达审批中心时起算。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the end of {date} ({zone})</source>
        <translation>{date} 日终（{zone}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision due by {due} — {state}.
{explanation}</source>
        <translation>审批截止：{due} — {state}。
{explanation}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>External checks back by {due}.
{explanation}</source>
        <translation>外部核查答复截止：{due}。
{explanation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>External checks: due from the submission.</source>
        <translation>外部核查：自提交时起算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This program has no branch security check.</source>
        <translation>该贷款产品没有网点安全审查环节。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pay-out not before {when}.</source>
        <translation>放款不早于 {when}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay-out: no waiting.</source>
        <translation>放款：无需等待。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interview with the borrower required before clearance.</source>
        <translation>审核通过前须与借款人面谈。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interview required.</source>
        <translation>无需面谈。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{head} USD equivalent {usd}.
{explanation}</source>
        <translation>{head}折合美元 {usd}。
{explanation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interview: {problem}</source>
        <translation>面谈：{problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No interview rule in this program.</source>
        <translation>该贷款产品无面谈规则。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security officer&apos;s opinion: {opinion}. {note}</source>
        <translation>安全审查员意见：{opinion}。{note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved: {amount} for {term} months at {rate} % a year. {conditions}</source>
        <translation>已批准：金额 {amount}，期限 {term} 个月，年利率 {rate}%。{conditions}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vetoed: {reason}. {note}</source>
        <translation>已否决：{reason}。{note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal notice signed {when}.</source>
        <translation>拒贷通知已于 {when} 签署。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No decision yet.</source>
        <translation>尚未作出审批决定。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing for your role to do on this application now.</source>
        <translation>您的角色目前无需对该申请进行操作。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What must follow approval (dealer papers, insurance, agreements, handover, registration) is listed here once the application is approved.</source>
        <translation>申请批准后，此处将列出后续事项（经销商文件、保险、合同、交车、登记）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{open} of {total} items still to do.</source>
        <translation>共 {total} 项，尚有 {open} 项待办。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewals due:</source>
        <translation>待续保：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• {cover} {number}: {state} by {due} — {explanation}</source>
        <translation>• {cover} {number}：{state}，截止 {due} — {explanation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No renewals due (each period is paid 30 days before the paid one ends).</source>
        <translation>暂无待续保（每期保费须在已缴期间届满前 30 天缴纳）。</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../desktop/ui/credit/applications_screen.py" line="+36"/>
        <source>Open applications</source>
        <translation>在办申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusals file</source>
        <translation>拒贷档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision due</source>
        <translation>审批截止</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{state} · {date} {time}</source>
        <translation>{state} · {date} {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{customer}
{program}
Requested {amount}</source>
        <translation>{customer}
{program}
申请金额 {amount}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} applications · {today} due today · {late} late</source>
        <translation>共 {count} 份申请 · {today} 份今日到期 · {late} 份已超期</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="+194"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested {requested}; the maximum is {maximum} ({cap}).</source>
        <translation>申请金额 {requested}；可贷额度为 {maximum}（{cap}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested {requested}.</source>
        <translation>申请金额 {requested}。</translation>
    </message>
</context>
<context>
    <name>AuctionChart</name>
    <message>
        <location filename="../../desktop/ui/settlements/auction_chart.py" line="+28"/>
        <source>Creditors receive</source>
        <translation>债权人受偿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller still owes</source>
        <translation>卖方剩余欠款</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Voluntary sale</source>
        <translation>任意出售</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Court auction</source>
        <translation>司法拍卖</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../desktop/ui/access/audit_screen.py" line="+25"/>
        <source>e.g. customer. or user.sign_in</source>
        <translation>例如 customer. 或 user.sign_in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the chain</source>
        <translation>校验链条(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Action starts with</source>
        <translation>操作名开头为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From — to</source>
        <translation>起 — 止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;操作记录&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The chain is whole: {rows} entries checked.</source>
        <translation>链条完整：已校验 {rows} 条记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain is broken at entry {seq}: the trail was altered there.</source>
        <translation>链条在第 {seq} 条记录处断裂：该处记录已被篡改。</translation>
    </message>
</context>
<context>
    <name>BalanceRail</name>
    <message>
        <location filename="../../desktop/ui/settlements/balance_rail.py" line="+32"/>
        <source>&lt;b&gt;Balance&lt;/b&gt;</source>
        <translation>&lt;b&gt;收支平衡&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <location line="+56"/>
        <source>Seller&apos;s net proceeds</source>
        <translation>卖方净得款</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Money in</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>支出</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No deal on show.</source>
        <translation>未显示任何交易。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>FINAL</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {version} — {status}</source>
        <translation>第 {version} 版 — {status}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As typed, not saved yet</source>
        <translation>按当前输入，尚未保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As typed, not settled: {problem}</source>
        <translation>按当前输入，无法结算：{problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not settled yet</source>
        <translation>尚未结算</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balanced</source>
        <translation>收支平衡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overage</source>
        <translation>溢余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortage</source>
        <translation>短缺</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{state}: {amount}</source>
        <translation>{state}：{amount}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seller&apos;s shortfall</source>
        <translation>卖方差额</translation>
    </message>
</context>
<context>
    <name>CreditApproveDialog</name>
    <message>
        <location filename="../../forms/credit_approve.ui" line="+5"/>
        <source>Approve the application</source>
        <translation>批准申请</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Amount approved</source>
        <translation>批准金额(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Term, months</source>
        <translation>期限（月）(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annual &amp;rate, %</source>
        <translation>年利率（%）(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Conditions</source>
        <translation>批准条件(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CreditDayDialog</name>
    <message>
        <location filename="../../forms/credit_day.ui" line="+5"/>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Done on</source>
        <translation>完成日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &amp;dealer registered the car</source>
        <translation>经销商已办理车辆登记(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CreditDocumentDialog</name>
    <message>
        <location filename="../../forms/credit_document.ui" line="+5"/>
        <source>Record a dossier document</source>
        <translation>登记档案材料</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Received on</source>
        <translation>收到日期(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Original or copy</source>
        <translation>原件或复印件(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pages</source>
        <translation>页数(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages the document &amp;has</source>
        <translation>材料应有页数(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certified &amp;by (surname, initials)</source>
        <translation>核证人（姓氏及名字缩写）(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a copy marked «копия верна»</source>
        <translation>仅适用于注明“копия верна”（与原件核对无误）的复印件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certifier&apos;s p&amp;osition</source>
        <translation>核证人职务(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certified o&amp;n</source>
        <translation>核证日期(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Issued on</source>
        <translation>签发日期(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Valid until</source>
        <translation>有效期至(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: worked out by the program where it has a rule</source>
        <translation>留空：如贷款产品有规则则自动计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;turned on</source>
        <translation>退还日期(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CreditFactsForm</name>
    <message>
        <location filename="../../forms/credit_facts.ui" line="+9"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of &amp;birth</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;x</source>
        <translation>性别(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citi&amp;zenship</source>
        <translation>国籍(&amp;Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RU, CN, JP</source>
        <translation>RU、CN、JP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gistered in (region)</source>
        <translation>户籍登记地区(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Residence certificate region</source>
        <translation>居住证所在地区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Employment</source>
        <translation>就业类型(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Civil servant</source>
        <translation>公务员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total employment, months</source>
        <translation>总工龄（月）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+73"/>
        <location line="+77"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Current employer, months</source>
        <translation>现单位工作时长（月）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net income, month &amp;1</source>
        <translation>月净收入，第 1 个月(&amp;1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net income, month 2</source>
        <translation>月净收入，第 2 个月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net income, month 3</source>
        <translation>月净收入，第 3 个月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Debts (customer&apos;s file)</source>
        <translation>负债（客户档案）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delays over 30 days</source>
        <translation>逾期超过 30 天次数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under investigation</source>
        <translation>正在接受调查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Driving licence</source>
        <translation>驾驶证</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instead of a licence</source>
        <translation>驾驶证替代证件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Marital status</source>
        <translation>婚姻状况(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s role</source>
        <translation>配偶角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse meets the borrower rules</source>
        <translation>配偶符合借款人条件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s net income, month 1</source>
        <translation>配偶月净收入，第 1 个月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s net income, month 2</source>
        <translation>配偶月净收入，第 2 个月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s net income, month 3</source>
        <translation>配偶月净收入，第 3 个月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse&apos;s fund balance</source>
        <translation>配偶公积金缴存余额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loan also draws on the spouse&apos;s fund</source>
        <translation>贷款同时使用配偶的公积金</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provident fund</source>
        <translation>住房公积金</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fund account balance</source>
        <translation>公积金账户缴存余额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contributions paid in full and on time</source>
        <translation>足额按时缴存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Has an unrepaid provident loan</source>
        <translation>有未还清的公积金贷款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guarantor of someone&apos;s provident loan</source>
        <translation>为他人公积金贷款提供担保</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periods overdue on a past loan</source>
        <translation>以往贷款逾期期数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program</source>
        <translation>贷款产品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Purpose</source>
        <translation>贷款用途(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Contract date</source>
        <translation>合同签订日期(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount requested</source>
        <translation>申请金额(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Term, months</source>
        <translation>期限（月）(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annual &amp;rate, %</source>
        <translation>年利率（%）(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repayment</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pr&amp;ice</source>
        <translation>价格(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Down payment</source>
        <translation>首付款(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insurance paid from the loan</source>
        <translation>以贷款支付的保费</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange rate: currency</source>
        <translation>汇率：币种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central-bank rate</source>
        <translation>央行汇率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units of the program&apos;s currency for one</source>
        <translation>每 1 单位外币折合的贷款产品币种金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate of (date)</source>
        <translation>汇率日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch region</source>
        <translation>网点所在地区</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model &amp;year</source>
        <translation>年款(&amp;Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never in service</source>
        <translation>从未投入使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made here or imported by a company</source>
        <translation>国内生产或由企业进口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ever registered</source>
        <translation>曾经登记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sold by a partner dealer</source>
        <translation>由合作经销商出售</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roadworthy</source>
        <translation>车况良好可上路</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;llateral</source>
        <translation>担保方式(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Floor area, m²</source>
        <translation>建筑面积（m²）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appraisal of the home</source>
        <translation>房屋评估价值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Securities pledged (face value)</source>
        <translation>质押有价证券（面值）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guarantor&apos;s fund balance</source>
        <translation>担保人公积金缴存余额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commercial loan converted (original)</source>
        <translation>转换的商业贷款（原贷款金额）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second-hand home</source>
        <translation>二手房</translation>
    </message>
</context>
<context>
    <name>CreditNewApplicationDialog</name>
    <message>
        <location filename="../../forms/credit_new_application.ui" line="+5"/>
        <source>New credit application</source>
        <translation>新建贷款申请</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The applicant&apos;s facts are taken from the customer&apos;s file; check and complete them on the Facts tab.</source>
        <translation>申请人信息取自客户档案；请在“基本信息”页核对并补充。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone or document number</source>
        <translation>姓名、电话或证件号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Program</source>
        <translation>贷款产品(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contract &amp;date</source>
        <translation>合同签订日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount requested</source>
        <translation>申请金额(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../forms/credit_note.ui" line="+5"/>
        <source>Decision</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Opinion</source>
        <translation>意见(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CreditPolicyDialog</name>
    <message>
        <location filename="../../forms/credit_policy.ui" line="+5"/>
        <source>Record an insurance policy</source>
        <translation>登记保险单</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Cover</source>
        <translation>险种(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy &amp;number</source>
        <translation>保单号(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insurer</source>
        <translation>保险公司(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sum insured</source>
        <translation>保险金额(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period &amp;starts</source>
        <translation>保险期间起始日(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid &amp;until</source>
        <translation>缴费至(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid &amp;on</source>
        <translation>缴费日期(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &amp;bank is the beneficiary</source>
        <translation>银行为受益人(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Proof received on</source>
        <translation>收到缴费凭证日期(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CreditProgramTextDialog</name>
    <message>
        <location filename="../../forms/credit_program_text.ui" line="+5"/>
        <source>Edit lending program</source>
        <translation>编辑贷款产品</translation>
    </message>
</context>
<context>
    <name>CreditReturnDialog</name>
    <message>
        <location filename="../../forms/credit_return.ui" line="+5"/>
        <source>Return documents to the applicant</source>
        <translation>向申请人退还材料</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Documents</source>
        <translation>材料(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../desktop/ui/customers/customer_detail.py" line="+30"/>
        <source>Choose a customer from the list, or create a new one.</source>
        <translation>请从列表中选择客户，或新建客户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net monthly income</source>
        <translation>月净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifier</source>
        <translation>识别号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner of record</source>
        <translation>登记所有人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;vehicle…</source>
        <translation>添加车辆(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add p&amp;roperty…</source>
        <translation>添加房产(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cars and homes</source>
        <translation>车辆与房产</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account</source>
        <translation>贷款账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lender</source>
        <translation>贷款机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>抵押物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;loan…</source>
        <translation>添加贷款(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record pa&amp;yment…</source>
        <translation>登记还款(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payoff…</source>
        <translation>结清(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personal &amp;copy…</source>
        <translation>个人信息副本(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held on this customer, as a PDF and as JSON</source>
        <translation>本客户的全部留存信息，导出为 PDF 和 JSON</translation>
    </message>
</context>
<context>
    <name>CustomerIntakeDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/intake_dialog.py" line="+27"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creditor</source>
        <translation>债权人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly payment</source>
        <translation>月还款额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>授信额度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At this bank</source>
        <translation>在本行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale and financing of a vehicle or property</source>
        <translation>车辆或房产的买卖及融资</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Obligation {number}: {problem}</source>
        <translation>第 {number} 项负债：{problem}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the same identity document</source>
        <translation>身份证件相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name and date of birth</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer may already be on file:</source>
        <translation>该客户可能已有档案：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as a new customer</source>
        <translation>保存为新客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../forms/customer_intake.ui" line="+6"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Family name</source>
        <translation>姓(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Given name</source>
        <translation>名(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name &amp;reading</source>
        <translation>姓名读音(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Furigana or Latin spelling</source>
        <translation>假名注音或拉丁字母拼写</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of &amp;birth</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Citizenship</source>
        <translation>国籍(&amp;C)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language of documents</source>
        <translation>文件语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identity &amp;document</source>
        <translation>身份证件(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document &amp;number</source>
        <translation>证件号码(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document &amp;issued on</source>
        <translation>证件签发日期(&amp;I)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Region of registration</source>
        <translation>户籍所在地区(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Work and income</source>
        <translation>工作与收入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;mployer</source>
        <translation>工作单位(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;osition</source>
        <translation>职务(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With this employer &amp;since</source>
        <translation>入职本单位日期(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Total employment (months)</source>
        <translation>累计工龄（月）(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Net monthly &amp;income</source>
        <translation>月净收入(&amp;I)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Existing obligations (loans, guarantees given, overdraft limits)</source>
        <translation>现有负债（贷款、对外担保、透支额度）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add obligation</source>
        <translation>添加负债</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove obligation</source>
        <translation>删除负债</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal data is kept only with the customer&apos;s signed consent. Enter the date the customer signed the consent form and its purpose.</source>
        <translation>仅在客户签署同意书后方可留存其个人信息。请填写客户签署同意书的日期及用途。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent &amp;signed on</source>
        <translation>同意书签署日期(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;urpose</source>
        <translation>用途(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed &amp;form no.</source>
        <translation>同意书编号(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number on the signed form, or its scan&apos;s reference</source>
        <translation>已签同意书上的编号，或其扫描件的编号</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../desktop/ui/customers/customers_screen.py" line="+18"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>读音</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>证件</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location line="+36"/>
        <source>Search by name, reading, phone or document number</source>
        <translation>按姓名、读音、电话或证件号码搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/widgets/date_edit.py" line="+16"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="+159"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Car handed over</source>
        <translation>已交车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark done</source>
        <translation>标记为已完成(&amp;M)</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location line="-239"/>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../../desktop/ui/documents/documents_screen.py" line="+19"/>
        <source>Payoff quote</source>
        <translation>结清金额估算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview, print or save…</source>
        <translation>预览、打印或保存(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify against the register</source>
        <translation>与登记簿核对(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h2&gt;Documents issued&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;已出具文书&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The stored file matches its registered SHA-256.</source>
        <translation>存储的文件与登记的 SHA-256 一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored file does NOT match its registered SHA-256.</source>
        <translation>存储的文件与登记的 SHA-256 不一致。</translation>
    </message>
</context>
<context>
    <name>FactsForm</name>
    <message>
        <location filename="../../desktop/ui/credit/facts_form.py" line="+50"/>
        <source>&amp;Save facts</source>
        <translation>保存基本信息(&amp;S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>— not recorded —</source>
        <translation>— 未记录 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not chosen —</source>
        <translation>— 未选择 —</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>None on file</source>
        <translation>档案中无记录</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{creditor}: overdraft limit {limit}</source>
        <translation>{creditor}：透支额度 {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{creditor}: guarantee, {payment} a month</source>
        <translation>{creditor}：担保，每月 {payment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{creditor}: loan, {payment} a month</source>
        <translation>{creditor}：贷款，每月 {payment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (at this bank)</source>
        <translation>（本行）</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../desktop/ui/access/sign_in_dialogs.py" line="+86"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../forms/first_administrator.ui" line="+5"/>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One word, e.g. admin</source>
        <translation>一个单词，例如 admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Repeat the password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>LenderDialog</name>
    <message>
        <location filename="../../desktop/ui/lenders/lender_dialog.py" line="+26"/>
        <location filename="../../forms/lender.ui" line="+5"/>
        <source>Lender</source>
        <translation>贷款机构</translation>
    </message>
    <message>
        <location filename="../../forms/lender.ui" line="+13"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country</source>
        <translation>国家(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JP, RU, CN…</source>
        <translation>JP、RU、CN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payoff &amp;requests by</source>
        <translation>结清申请方式(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fax, portal, phone…</source>
        <translation>传真、网上平台、电话…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release &amp;documents</source>
        <translation>解押所需材料(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual release &amp;time (days)</source>
        <translation>通常解押时长（天）(&amp;T)</translation>
    </message>
</context>
<context>
    <name>LenderQuoteDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/lender_quote_dialog.py" line="+19"/>
        <source>Payoff letter for {account}</source>
        <translation>{account} 的结清证明</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../forms/lender_quote.ui" line="+5"/>
        <source>Lender payoff letter</source>
        <translation>贷款机构结清证明</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Reference</source>
        <translation>文号(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number on the lender&apos;s letter</source>
        <translation>贷款机构函件上的编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payoff &amp;amount</source>
        <translation>结清金额(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Good through</source>
        <translation>有效期至(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Per diem</source>
        <translation>每日利息(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added for each day after the good-through date</source>
        <translation>有效期后每过一天加计的金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received &amp;on</source>
        <translation>收到日期(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received &amp;by</source>
        <translation>接收人(&amp;B)</translation>
    </message>
</context>
<context>
    <name>LendersScreen</name>
    <message>
        <location filename="../../desktop/ui/lenders/lenders_screen.py" line="+22"/>
        <source>Lender</source>
        <translation>贷款机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payoff requests</source>
        <translation>结清申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release documents</source>
        <translation>解押材料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release time</source>
        <translation>解押时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add lender…</source>
        <translation>添加贷款机构(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Lenders&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;贷款机构&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/loan_dialogs.py" line="+30"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../forms/loan.ui" line="+5"/>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Lender</source>
        <translation>贷款机构(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New lender…</source>
        <translation>新建贷款机构…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On &amp;asset</source>
        <translation>抵押物(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account &amp;number</source>
        <translation>贷款账号(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lender&apos;s reference for this loan</source>
        <translation>贷款机构对该笔贷款的编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Currency</source>
        <translation>币种(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Principal</source>
        <translation>本金(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annual &amp;rate (%)</source>
        <translation>年利率（%）(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 2.4</source>
        <translation>例如 2.4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Term (months)</source>
        <translation>期限（月）(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repayment &amp;method</source>
        <translation>还款方式(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Disbursed on</source>
        <translation>放款日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due &amp;day of month</source>
        <translation>每月还款日(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Interest</source>
        <translation>计息方式(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;sidual value</source>
        <translation>尾款(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Residual-value loans only</source>
        <translation>仅适用于尾款贷款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;enalty rate (%)</source>
        <translation>罚息利率（%）(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On overdue amounts, per year</source>
        <translation>按逾期金额计，年利率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner of record</source>
        <translation>登记所有人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lender is the registered owner until paid off</source>
        <translation>贷款结清前，贷款机构为登记所有人</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <location filename="../../desktop/ui/payoffs/lookup_panel.py" line="+25"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>房产</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name, VIN or plate, address, account number… (Ctrl+F)</source>
        <translation>姓名、车架号或车牌、地址、贷款账号…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Nothing found</source>
        <translation>未找到结果</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{account} — {lender}
{asset} · {principal}</source>
        <translation>{account} — {lender}
{asset} · {principal}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+46"/>
        <source>LienDesk</source>
        <translation>LienDesk</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Credit applications</source>
        <translation>贷款申请</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoffs</source>
        <translation>结清与解押</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>出售与结算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lenders</source>
        <translation>贷款机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lending programs</source>
        <translation>贷款产品</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check the database fully</source>
        <translation>全面检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore latest backup…</source>
        <translation>恢复最新备份(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Signed in: {name} ({role})</source>
        <translation>已登录：{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="-84"/>
        <source>&amp;Open application</source>
        <translation>新建申请(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} — example, not a real lender&apos;s terms</source>
        <translation>{name} — 示例，非真实贷款机构的条件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · {currency}</source>
        <translation>{name} · {currency}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} · born {born}</source>
        <translation>{name} · 出生于 {born}</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <location filename="../../desktop/ui/settlements/new_deal_dialog.py" line="+29"/>
        <source>New car sale</source>
        <translation>新建车辆出售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New home sale</source>
        <translation>新建房产出售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New voluntary sale</source>
        <translation>新建任意出售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sale</source>
        <translation>新建出售</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade-in</source>
        <translation>以旧换新置换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dealer purchase</source>
        <translation>车商收购</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sale</source>
        <translation>私人间转让</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, phone, plate…</source>
        <translation>姓名、电话、车牌…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer (seller)</source>
        <translation>客户（卖方）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Loan</source>
        <translation>贷款(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dealer or buyer</source>
        <translation>车商或买方(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Buyer</source>
        <translation>买方(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scrivener</source>
        <translation>司法书士(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price or trade-in allowance</source>
        <translation>售价或置换折价(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Price</source>
        <translation>售价(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed &amp;on</source>
        <translation>提议日期(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of &amp;sale</source>
        <translation>出售日期(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open deal</source>
        <translation>创建交易(&amp;O)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No loan</source>
        <translation>无贷款</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the customer who sells.</source>
        <translation>请选择出售方客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the loan secured on the home.</source>
        <translation>请选择以该房产抵押的贷款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter who buys.</source>
        <translation>请填写买方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the scrivener.</source>
        <translation>请填写司法书士。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the price, more than zero.</source>
        <translation>请填写大于零的售价。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the day.</source>
        <translation>请填写日期。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="+166"/>
        <source>Security review</source>
        <translation>安全审查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your preliminary opinion goes into the note and the application goes on to the decision centre; the answers of third parties are not waited for.</source>
        <translation>您的初步意见将记入备注，申请随即转至审批中心；无需等待第三方的答复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Opinion</source>
        <translation>意见(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note (required for a negative opinion)</source>
        <translation>备注（否定意见时必填）(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send to the decision centre</source>
        <translation>发送至审批中心(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Veto the positive decision</source>
        <translation>否决批准决定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A veto cancels the decision centre&apos;s positive decision for one of these reasons only; the application is refused.</source>
        <translation>否决权只能以下列理由之一撤销审批中心的批准决定；申请随即被拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Veto</source>
        <translation>否决(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse the application</source>
        <translation>拒绝申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason is printed on the refusal notice.</source>
        <translation>该理由将打印在拒贷通知上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refuse</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security clearance</source>
        <translation>安全审核通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No negative answers from third parties: clear the positive decision.</source>
        <translation>第三方无否定答复：审核通过批准决定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The &amp;interview with the borrower was held</source>
        <translation>已与借款人面谈(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>审核通过(&amp;C)</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../desktop/ui/settlements/settlements_screen.py" line="+1177"/>
        <source>Record offer</source>
        <translation>登记报价</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Buyer</source>
        <translation>买方(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offer</source>
        <translation>报价(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>OpenReleases</name>
    <message>
        <location filename="../../desktop/ui/payoffs/open_releases.py" line="+25"/>
        <source>Payoffs awaiting release</source>
        <translation>待解押的结清</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payoff not sent</source>
        <translation>结清款未汇出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payoff sent</source>
        <translation>结清款已汇出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lender confirmed</source>
        <translation>贷款机构已确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>贷款账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lender</source>
        <translation>贷款机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payoffs awaiting release: {count}, {late} late</source>
        <translation>待解押的结清：{count} 笔，其中逾期 {late} 笔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/loan_dialogs.py" line="+99"/>
        <source>Payment on {account}</source>
        <translation>{account} 的还款</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../forms/payment.ui" line="+5"/>
        <source>Record payment</source>
        <translation>登记还款</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Paid on</source>
        <translation>还款日期(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PayoffPanel</name>
    <message>
        <location filename="../../desktop/ui/payoffs/payoff_panel.py" line="+38"/>
        <source>Look a loan up on the left to see what clears it.</source>
        <translation>请在左侧查找贷款，查看结清所需金额。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Payoff &amp;on</source>
        <translation>结清日期(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record lender &amp;letter…</source>
        <translation>登记贷款机构结清证明(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print quote…</source>
        <translation>打印结清金额估算(&amp;P)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Payoff</source>
        <translation>结清</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To clear the loan</source>
        <translation>结清贷款所需金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Per diem</source>
        <translation>每日利息</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>Good through</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Arrears</source>
        <translation>逾期欠款</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter</source>
        <translation>结清证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lender payoff letters</source>
        <translation>贷款机构结清证明</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The lender is the owner of record: the title moves only after the payoff.</source>
        <translation>贷款机构为登记所有人：结清后方可过户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estimate by the desk — no lender payoff letter on file.</source>
        <translation>柜台估算 — 尚无贷款机构结清证明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lender&apos;s payoff letter {reference}, good through {date}.</source>
        <translation>贷款机构结清证明 {reference}，有效期至 {date}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lender&apos;s payoff letter {reference}, extended past {date}.</source>
        <translation>贷款机构结清证明 {reference}，已顺延至 {date} 之后。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Principal outstanding</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest accrued since the last due date</source>
        <translation>自上一还款日起的应计利息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past-due installments</source>
        <translation>逾期未还期款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalty interest</source>
        <translation>罚息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepayment compensation</source>
        <translation>提前还款违约金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk&apos;s estimate</source>
        <translation>柜台估算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lender&apos;s letter {reference}</source>
        <translation>贷款机构结清证明 {reference}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extension: {days} days × {per_diem}</source>
        <translation>顺延：{days} 天 × {per_diem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{amount} a day after the good-through date</source>
        <translation>有效期后每日 {amount}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} overdue, {days} days past due; missed {consecutive} in a row, {cumulative} in all</source>
        <translation>逾期 {amount}，逾期 {days} 天；连续未还 {consecutive} 期，累计 {cumulative} 期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="+115"/>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/documents/preview_dialog.py" line="+20"/>
        <source>Preview — {name}</source>
        <translation>预览 — {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHA-256 {sha}</source>
        <translation>SHA-256 {sha}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;JSON…</source>
        <translation>保存 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save document</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save data</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <location filename="../../desktop/ui/privacy/privacy_screen.py" line="+20"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules of</source>
        <translation>适用法规</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last use</source>
        <translation>最后使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase…</source>
        <translation>删除(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due for erasure</source>
        <translation>应删除的个人信息</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+69"/>
        <source>Erased</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview, print or save…</source>
        <translation>预览、打印或保存(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destruction records</source>
        <translation>销毁记录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;Privacy&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;个人信息&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase {customer} for good? The money records stay, anonymised. Reason for the destruction record:</source>
        <translation>永久删除 {customer} 的个人信息？资金记录将匿名化保留。请填写销毁记录的原因：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The personal data is erased. Destruction record {id} was written; print it from the list below for signature.</source>
        <translation>个人信息已删除。已生成销毁记录 {id}；请从下方列表打印并签字。</translation>
    </message>
</context>
<context>
    <name>ProgramTextDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/programs_screen.py" line="+14"/>
        <source>{name} — {file}</source>
        <translation>{name} — {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk&apos;s own file.</source>
        <translation>本柜台自有文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shipped program: saving writes the desk&apos;s own copy, which replaces it.</source>
        <translation>随软件提供的贷款产品：保存时将写入本柜台自有副本并替代原文件。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved — {problem}</source>
        <translation>未保存 — {problem}</translation>
    </message>
</context>
<context>
    <name>ProgramsScreen</name>
    <message>
        <location line="+23"/>
        <source>&lt;h3&gt;Lending programs&lt;/h3&gt;Each program is a file: the shipped ones come with LienDesk; the desk&apos;s own replace or add to them.</source>
        <translation>&lt;h3&gt;贷款产品&lt;/h3&gt;每个贷款产品对应一个文件：随 LienDesk 提供的为内置产品；本柜台自有文件可替代或补充内置产品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program</source>
        <translation>贷款产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Own</source>
        <translation>自有</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}, example</source>
        <translation>{kind}，示例</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These files could not be loaded; the other programs are in use:</source>
        <translation>以下文件无法加载；其他贷款产品正常使用：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every program file loaded.</source>
        <translation>所有贷款产品文件均已加载。</translation>
    </message>
</context>
<context>
    <name>PropertyDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/asset_dialogs.py" line="+77"/>
        <source>The floor area is a number of square metres, such as 68.5.</source>
        <translation>面积应为平方米数，例如 68.5。</translation>
    </message>
    <message>
        <location filename="../../forms/property.ui" line="+5"/>
        <source>Property</source>
        <translation>房产</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Floor area (m²)</source>
        <translation>建筑面积（m²）(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Land &amp;parcels</source>
        <translation>土地地号(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Buildings</source>
        <translation>建筑物(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Currency</source>
        <translation>币种(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly &amp;management fee</source>
        <translation>每月物业管理费(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly &amp;repair reserve</source>
        <translation>每月维修基金(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReleaseConfirmedDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_dialogs.py" line="+80"/>
        <source>Enter the day the lender confirmed.</source>
        <translation>请填写贷款机构确认的日期。</translation>
    </message>
    <message>
        <location filename="../../forms/release_confirmed.ui" line="+5"/>
        <source>Lender confirmed the payoff</source>
        <translation>贷款机构已确认结清</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Confirmed on</source>
        <translation>确认日期(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_panel.py" line="+21"/>
        <source>Payoff and lien release</source>
        <translation>结清与解押</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sold — payoff not sent yet</source>
        <translation>已出售 — 结清款尚未汇出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoff sent — waiting for the lender</source>
        <translation>结清款已汇出 — 等待贷款机构确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lender confirmed — waiting for the release documents</source>
        <translation>贷款机构已确认 — 等待解押材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>已解押</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>Not tracked: start when the car or home is sold.</source>
        <translation>未跟踪：车辆或房产出售后开始跟踪。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已汇出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release documents</source>
        <translation>解押材料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sold — track release…</source>
        <translation>已出售 — 跟踪解押(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoff s&amp;ent…</source>
        <translation>结清款已汇出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lender &amp;confirmed…</source>
        <translation>贷款机构已确认(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release &amp;received…</source>
        <translation>已收到解押材料(&amp;R)…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>payoff to be sent by {date}</source>
        <translation>结清款应于 {date} 前汇出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>released on {date}</source>
        <translation>已于 {date} 解押</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release expected by {date}</source>
        <translation>预计 {date} 前解押</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} on {date} by {method} {reference}</source>
        <translation>{date} 以{method}汇出 {amount}，{reference}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected: {documents}</source>
        <translation>应收材料：{documents}</translation>
    </message>
</context>
<context>
    <name>ReleaseReceivedDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_dialogs.py" line="+28"/>
        <source>Enter the day the documents arrived.</source>
        <translation>请填写材料送达的日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the documents that arrived.</source>
        <translation>请勾选已收到的材料。</translation>
    </message>
    <message>
        <location filename="../../forms/release_received.ui" line="+5"/>
        <source>Release documents received</source>
        <translation>已收到解押材料</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Received on</source>
        <translation>收到日期(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Documents</source>
        <translation>材料(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other document</source>
        <translation>其他材料(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything else that came</source>
        <translation>一并收到的其他材料</translation>
    </message>
</context>
<context>
    <name>ReleaseSentDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_dialogs.py" line="-66"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the day the payoff was sent.</source>
        <translation>请填写结清款汇出的日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amount sent.</source>
        <translation>请填写汇出金额。</translation>
    </message>
    <message>
        <location filename="../../forms/release_sent.ui" line="+5"/>
        <source>Payoff sent to the lender</source>
        <translation>已向贷款机构汇出结清款</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Sent on</source>
        <translation>汇出日期(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank transfer, cheque…</source>
        <translation>银行转账、支票…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reference</source>
        <translation>凭证号(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer or cheque number</source>
        <translation>转账流水号或支票号</translation>
    </message>
</context>
<context>
    <name>ReleaseStartDialog</name>
    <message>
        <location filename="../../desktop/ui/payoffs/release_dialogs.py" line="-26"/>
        <source>Enter the day of the sale or trade-in.</source>
        <translation>请填写出售或置换的日期。</translation>
    </message>
    <message>
        <location filename="../../forms/release_start.ui" line="+5"/>
        <source>Track the payoff and lien release</source>
        <translation>跟踪结清与解押</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day of &amp;sale or trade-in</source>
        <translation>出售或置换日期(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop/ui/credit/dialogs.py" line="-83"/>
        <source>&amp;Return</source>
        <translation>退还(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these documents may go back to a refused borrower; a copy of each stays in the dossier and the inventory notes it.</source>
        <translation>只有以下材料可退还给被拒贷的借款人；每份材料的复印件留存于档案，并在档案清单中注明。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="+41"/>
        <source>System language ({language})</source>
        <translation>系统语言（{language}）</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="+5"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Branch name</source>
        <translation>网点名称(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As printed on documents</source>
        <translation>按文件上打印的名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch &amp;region</source>
        <translation>网点所在地区(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where borrowers must be registered, e.g. Москва, 山西省太原市</source>
        <translation>借款人须在此地区登记户籍，例如 Москва、山西省太原市</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the payoff &amp;within (days of the sale)</source>
        <translation>结清款支付期限(&amp;W)（出售后天数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Release due &amp;within (days of sending)</source>
        <translation>解除抵押期限(&amp;W)（付款后天数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter vs estimate tolerance, &amp;JPY</source>
        <translation>结清证明与估算的允许差额，日元(&amp;J)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tolerance, &amp;CNY</source>
        <translation>允许差额，人民币(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tolerance, &amp;RUB</source>
        <translation>允许差额，卢布(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tolerance, &amp;USD</source>
        <translation>允许差额，美元(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tolerance, &amp;EUR</source>
        <translation>允许差额，欧元(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong passwords before a lock&amp;out</source>
        <translation>锁定前允许的密码错误次数(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lockout (&amp;minutes)</source>
        <translation>锁定时长（分钟）(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock the desk after &amp;idle minutes</source>
        <translation>无操作多少分钟后锁定(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Branch &amp;country (its privacy law)</source>
        <translation>网点所在国家（适用的个人信息保护法）(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JP, RU, CN; empty: each customer&apos;s citizenship</source>
        <translation>JP、RU、CN；留空则按客户国籍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep personal data, Japan (months after last use)</source>
        <translation>个人信息保存期限，日本（最后使用后月数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep personal data, Russia (months)</source>
        <translation>个人信息保存期限，俄罗斯（月数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep personal data, China (months)</source>
        <translation>个人信息保存期限，中国（月数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep personal data, elsewhere (months)</source>
        <translation>个人信息保存期限，其他地区（月数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screen &amp;language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the screens on this desk; documents follow each customer&apos;s language.</source>
        <translation>本柜台界面的语言；文件按各客户的语言出具。</translation>
    </message>
</context>
<context>
    <name>SettlementsScreen</name>
    <message>
        <location filename="../../desktop/ui/settlements/settlements_screen.py" line="-1049"/>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Balance</source>
        <translation>收支</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;car sale…</source>
        <translation>新建车辆出售(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;home sale…</source>
        <translation>新建房产出售(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;voluntary sale…</source>
        <translation>新建任意出售(&amp;V)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a deal on the left, or open a new one.</source>
        <translation>请在左侧选择交易，或新建交易。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 Asset and liens</source>
        <translation>1 资产与抵押</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 Offers and price</source>
        <translation>2 报价与售价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 Costs and prorations</source>
        <translation>3 费用与分摊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 Result</source>
        <translation>4 结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 Finalise</source>
        <translation>5 定稿</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Refresh payoff</source>
        <translation>更新结清金额(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the loan&apos;s latest payoff figure (a new lender&apos;s letter) into the draft</source>
        <translation>将该贷款最新的结清金额（新的贷款机构结清证明）带入草稿</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+399"/>
        <source>Day of sale</source>
        <translation>出售日期</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>&amp;Price</source>
        <translation>售价(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyers&apos; offers</source>
        <translation>买方报价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>买方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record &amp;offer…</source>
        <translation>登记报价(&amp;O)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not covered yet</source>
        <translation>尚未弥补</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer pays in cash</source>
        <translation>客户以现金补足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll into the new car&apos;s loan</source>
        <translation>并入新车贷款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt stays with the customer</source>
        <translation>债务由客户继续承担</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dealer &amp;fee</source>
        <translation>车商手续费(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortfall &amp;covered by</source>
        <translation>差额弥补方式(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New car&apos;s &amp;lender</source>
        <translation>新车贷款机构(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New car&apos;s p&amp;rice</source>
        <translation>新车价格(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;loan (before roll-over)</source>
        <translation>新车贷款（并入前）(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan-to-value &amp;cap (%)</source>
        <translation>贷款价值比上限（%）(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the equity to the new car (not paid out to the customer)</source>
        <translation>将剩余价值抵作新车款（不向客户支付）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>the legal cap</source>
        <translation>法定上限</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>only to charge above the cap</source>
        <translation>仅在收取超过上限的金额时填写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 January (Kanto)</source>
        <translation>1 月 1 日（关东）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 April (Kansai)</source>
        <translation>4 月 1 日（关西）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Co&amp;mmission (incl. tax)</source>
        <translation>中介佣金（含税）(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override reason</source>
        <translation>超限原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only when the buyer pays its own broker at this closing</source>
        <translation>仅在买方于本次交割时向其中介支付佣金时填写</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Buyer&apos;s broker</source>
        <translation>买方中介(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s broker commission</source>
        <translation>买方中介佣金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax &amp;year starts</source>
        <translation>税年度起算日(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual property &amp;tax</source>
        <translation>年度固定资产税(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management &amp;association</source>
        <translation>管理组合(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management fee a month</source>
        <translation>每月物业管理费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair reserve a month</source>
        <translation>每月维修基金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management fee arrears</source>
        <translation>拖欠的物业管理费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair reserve arrears</source>
        <translation>拖欠的维修基金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking arrears</source>
        <translation>拖欠的停车费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving allowance</source>
        <translation>搬迁补助费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scrivener&apos;s fee</source>
        <translation>司法书士费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Earnest money</source>
        <translation>定金(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why the lender refused (for Refuse)</source>
        <translation>贷款机构拒绝的理由（拒绝时填写）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve line</source>
        <translation>同意该项(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fuse line</source>
        <translation>拒绝该项(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closing</source>
        <translation>交割</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>names, separated by ;</source>
        <translation>姓名，以 ; 分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buyer</source>
        <translation>买方(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Day of settlement</source>
        <translation>结算日期</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Earnest money</source>
        <translation>定金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guarantor company</source>
        <translation>担保公司(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It paid the bank off on</source>
        <translation>其代偿银行的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joint guarantors</source>
        <translation>连带保证人(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court costs of an auction</source>
        <translation>拍卖的法院费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lender&apos;s decision on each line:</source>
        <translation>贷款机构对各项的决定：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer debit</source>
        <translation>买方应付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer credit</source>
        <translation>买方应收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller debit</source>
        <translation>卖方应付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seller credit</source>
        <translation>卖方应收</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xplain</source>
        <translation>说明计算(&amp;X)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still owed after the sale</source>
        <translation>出售后剩余债务</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voluntary sale against a court auction</source>
        <translation>任意出售与司法拍卖对比</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Finalise</source>
        <translation>定稿(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revise (new version)</source>
        <translation>修改（新版本）(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;statement…</source>
        <translation>打印结算单(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;distribution table…</source>
        <translation>打印分配表(&amp;D)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Car — dealer purchase</source>
        <translation>车辆 — 车商收购</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car — trade-in</source>
        <translation>车辆 — 以旧换新置换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car — private sale</source>
        <translation>车辆 — 私人间转让</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home — market sale</source>
        <translation>房产 — 普通出售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home — voluntary sale</source>
        <translation>房产 — 任意出售</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balanced</source>
        <translation>收支平衡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overage</source>
        <translation>溢余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortage</source>
        <translation>短缺</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+334"/>
        <source>FINAL</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location line="-334"/>
        <location line="+334"/>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Not settled yet</source>
        <translation>尚未结算</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&lt;b&gt;Seller:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;卖方：&lt;/b&gt;{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Asset:&lt;/b&gt; {asset}</source>
        <translation>&lt;b&gt;资产：&lt;/b&gt;{asset}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desk&apos;s estimate</source>
        <translation>柜台估算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lender&apos;s letter</source>
        <translation>贷款机构结清证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lender&apos;s letter, extended</source>
        <translation>贷款机构结清证明（已顺延）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Payoff used:&lt;/b&gt; {amount} on {on}, from {source}</source>
        <translation>&lt;b&gt;采用的结清金额：&lt;/b&gt;{on} {amount}，来源：{source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter {reference}, good through {date}</source>
        <translation>结清证明 {reference}，有效期至 {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per diem {amount}</source>
        <translation>每日利息 {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lender: {lender}</source>
        <translation>贷款机构：{lender}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual inside the payoff: {amount}</source>
        <translation>结清金额中的尾款：{amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No loan on the car.</source>
        <translation>该车辆无贷款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mortgage {rank}: {lender} — payoff {amount}</source>
        <translation>第 {rank} 顺位抵押：{lender} — 结清金额 {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lien {rank}: {creditor} — balance {amount}</source>
        <translation>第 {rank} 顺位担保物权：{creditor} — 余额 {amount}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Table proposed on</source>
        <translation>分配表提议日期</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Charged {amount}: at the legal cap.</source>
        <translation>收取 {amount}：等于法定上限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged {amount}; the legal cap is {cap}.</source>
        <translation>收取 {amount}；法定上限为 {cap}。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Price and deposits</source>
        <translation>价款与定金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prorations and adjustments</source>
        <translation>分摊与调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoffs</source>
        <translation>贷款结清</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commission</source>
        <translation>中介佣金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government and registration</source>
        <translation>税费与登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other costs</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allowances</source>
        <translation>补助费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceeds</source>
        <translation>出售所得</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{line} (outside the closing)</source>
        <translation>{line}（不在交割中结算）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Creditors receive {voluntary} from the voluntary sale against {auction} from an auction ({gain} more); the seller owes {saved} less afterwards.</source>
        <translation>任意出售时债权人可受偿 {voluntary}，司法拍卖时为 {auction}（多出 {gain}）；卖方此后的剩余债务减少 {saved}。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;{amount}&lt;/b&gt; in all, no longer secured by the home.</source>
        <translation>合计 &lt;b&gt;{amount}&lt;/b&gt;，已不再以该房产作抵押。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{creditor}: debt {debt} − received {received} = &lt;b&gt;{remaining}&lt;/b&gt;</source>
        <translation>{creditor}：债务 {debt} − 已受偿 {received} = &lt;b&gt;{remaining}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guarantor company: {name}, which paid the bank off on {day} and holds the claim</source>
        <translation>担保公司：{name}，已于 {day} 向银行代偿，现持有该债权</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guarantor company: {name}</source>
        <translation>担保公司：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joint guarantor (連帯保証人): {name}, who owes it too and must be told before the sale</source>
        <translation>连带保证人（連帯保証人）：{name}，同样负有清偿责任，出售前须告知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version {version} — {status}</source>
        <translation>第 {version} 版 — {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finalised by {who}</source>
        <translation>定稿人：{who}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter the price.</source>
        <translation>请填写售价。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dealer fee</source>
        <translation>车商手续费</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the loan-to-value cap as a percentage.</source>
        <translation>请以百分比填写贷款价值比上限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the new car&apos;s lender.</source>
        <translation>请填写新车贷款机构。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the day of settlement.</source>
        <translation>请填写结算日期。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter the day the table is proposed.</source>
        <translation>请填写分配表的提议日期。</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Choose a computed line to see its arithmetic.</source>
        <translation>请选择一个计算项以查看其算式。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This settlement cannot be finalised:</source>
        <translation>该结算无法定稿：</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/access/sign_in_dialogs.py" line="-51"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo database. Sign in as clerk, officer, security or manager with the password {password}; your administrator account manages users and settings.</source>
        <translation>演示数据库。可使用 clerk、officer、security 或 manager 登录，密码为 {password}；用户和设置由您的管理员账户管理。</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="+5"/>
        <source>Sign in to LienDesk</source>
        <translation>登录 LienDesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/access/sign_in_dialogs.py" line="+77"/>
        <source>LienDesk is locked — {name}</source>
        <translation>LienDesk 已锁定 — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../../forms/unlock.ui" line="+5"/>
        <source>LienDesk is locked</source>
        <translation>LienDesk 已锁定</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../forms/user.ui" line="+5"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../desktop/ui/access/users_screen.py" line="+44"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable / enable</source>
        <translation>停用 / 启用(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;用户&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for {name}:</source>
        <translation>{name} 的新密码：</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../forms/vehicle.ui" line="+5"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;VIN or chassis number</source>
        <translation>车架号(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. ZVW30-1234567 or a 17-character VIN</source>
        <translation>例如 ZVW30-1234567 或 17 位 VIN 码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plate</source>
        <translation>车牌号(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Make</source>
        <translation>品牌(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>M&amp;odel</source>
        <translation>车型(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model &amp;year</source>
        <translation>年款(&amp;Y)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>M&amp;ileage (km)</source>
        <translation>行驶里程（km）(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner of &amp;record</source>
        <translation>登记所有人(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registered owner: the customer, or the lender under ownership retention</source>
        <translation>登记所有人：客户，或保留所有权的贷款机构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First registered on</source>
        <translation>初次登记日期(&amp;F)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+274"/>
        <source>Encrypting the database…</source>
        <translation>正在加密数据库…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This computer does not hold the key of the database. Enter an administrator&apos;s password to unlock it:</source>
        <translation>本机没有该数据库的密钥。请输入管理员密码以解锁：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That password does not unlock it. Try again:</source>
        <translation>该密码无法解锁数据库。请重试：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the database</source>
        <translation>解锁数据库</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Cannot unlock the database</source>
        <translation>无法解锁数据库</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="+10"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the whole database…</source>
        <extracomment>desktop/app.py:157</extracomment>
        <translation>正在检查整个数据库…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database checked: OK</source>
        <extracomment>desktop/app.py:151</extracomment>
        <translation>数据库检查完毕：正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database damaged: read-only</source>
        <extracomment>desktop/app.py:153</extracomment>
        <translation>数据库已损坏：只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LienDesk found damage in its database and has stopped saving, so nothing more is lost. You can still look records up. Use File → Restore latest backup to continue working from the last good copy.</source>
        <extracomment>desktop/app.py:171</extracomment>
        <translation>LienDesk 发现数据库已损坏，已停止保存，以免丢失更多数据。您仍可查询记录。请使用“文件 → 恢复最新备份”，从最近一份完好的副本继续工作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup</source>
        <extracomment>desktop/app.py:188</extracomment>
        <translation>没有备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the current database with the backup {name}? The current file is kept beside it, renamed, and LienDesk restarts.</source>
        <extracomment>desktop/app.py:191</extracomment>
        <translation>用备份 {name} 替换当前数据库？当前文件将重命名后保留在同一位置，LienDesk 随后重新启动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore backup</source>
        <extracomment>desktop/app.py:191</extracomment>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the latest backup, {name}? The damaged file is kept beside it, renamed.</source>
        <extracomment>desktop/app.py:341</extracomment>
        <translation>恢复最新备份 {name}？已损坏的文件将重命名后保留在同一位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is damaged</source>
        <extracomment>desktop/app.py:171</extracomment>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup to restore. The damaged file has not been changed.</source>
        <extracomment>desktop/app.py:338</extracomment>
        <translation>没有可恢复的备份。已损坏的文件未作任何改动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup yet. LienDesk makes one each time it closes.</source>
        <extracomment>desktop/app.py:188</extracomment>
        <translation>尚无备份。LienDesk 每次关闭时都会生成一份备份。</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <extracomment>desktop/ui/widgets/choices.py:67</extracomment>
        <translation>正常还款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual days / 365</source>
        <extracomment>desktop/ui/widgets/choices.py:59</extracomment>
        <translation>按实际天数 / 365</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <extracomment>desktop/ui/widgets/choices.py:74</extracomment>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual rate / 12 each month</source>
        <extracomment>desktop/ui/widgets/choices.py:59</extracomment>
        <translation>按月（年利率 / 12）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <extracomment>desktop/ui/widgets/choices.py:48</extracomment>
        <translation>银行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch manager</source>
        <extracomment>desktop/ui/widgets/choices.py:73</extracomment>
        <translation>网点负责人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bullet (all at maturity)</source>
        <extracomment>desktop/ui/widgets/choices.py:55</extracomment>
        <translation>到期一次还本付息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called</source>
        <extracomment>desktop/ui/widgets/choices.py:67</extracomment>
        <translation>已宣布提前到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clerk</source>
        <extracomment>desktop/ui/widgets/choices.py:72</extracomment>
        <translation>前台业务员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-operative</source>
        <extracomment>desktop/ui/widgets/choices.py:50</extracomment>
        <translation>信用合作社</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condominium</source>
        <extracomment>desktop/ui/widgets/choices.py:63</extracomment>
        <translation>商品房（公寓）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit officer</source>
        <extracomment>desktop/ui/widgets/choices.py:72</extracomment>
        <translation>信贷员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dealer credit</source>
        <extracomment>desktop/ui/widgets/choices.py:50</extracomment>
        <translation>经销商信贷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driving licence</source>
        <extracomment>desktop/ui/widgets/choices.py:38</extracomment>
        <translation>驾驶证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equal installments</source>
        <extracomment>desktop/ui/widgets/choices.py:54</extracomment>
        <translation>等额本息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equal principal</source>
        <extracomment>desktop/ui/widgets/choices.py:54</extracomment>
        <translation>等额本金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <extracomment>desktop/ui/widgets/choices.py:29</extracomment>
        <translation>女</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance company</source>
        <extracomment>desktop/ui/widgets/choices.py:48</extracomment>
        <translation>汽车金融公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantee given</source>
        <extracomment>desktop/ui/widgets/choices.py:43</extracomment>
        <translation>对外担保</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor company</source>
        <extracomment>desktop/ui/widgets/choices.py:49</extracomment>
        <translation>担保公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>House</source>
        <extracomment>desktop/ui/widgets/choices.py:63</extracomment>
        <translation>独栋住宅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Land</source>
        <extracomment>desktop/ui/widgets/choices.py:63</extracomment>
        <translation>土地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan</source>
        <extracomment>desktop/ui/widgets/choices.py:43</extracomment>
        <translation>贷款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Male</source>
        <extracomment>desktop/ui/widgets/choices.py:29</extracomment>
        <translation>男</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My Number card</source>
        <extracomment>desktop/ui/widgets/choices.py:38</extracomment>
        <translation>个人编号卡（My Number）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other document</source>
        <extracomment>desktop/ui/widgets/choices.py:39</extracomment>
        <translation>其他证件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdraft / card limit</source>
        <extracomment>desktop/ui/widgets/choices.py:44</extracomment>
        <translation>透支 / 信用卡额度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid off</source>
        <extracomment>desktop/ui/widgets/choices.py:67</extracomment>
        <translation>已结清</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport</source>
        <extracomment>desktop/ui/widgets/choices.py:37</extracomment>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provident fund centre</source>
        <extracomment>desktop/ui/widgets/choices.py:49</extracomment>
        <translation>住房公积金管理中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence card</source>
        <extracomment>desktop/ui/widgets/choices.py:37</extracomment>
        <translation>在留卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident identity card</source>
        <extracomment>desktop/ui/widgets/choices.py:39</extracomment>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual value (balloon)</source>
        <extracomment>desktop/ui/widgets/choices.py:55</extracomment>
        <translation>尾款（弹性尾款）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security officer</source>
        <extracomment>desktop/ui/widgets/choices.py:73</extracomment>
        <translation>安全审查员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subrogated to guarantor</source>
        <extracomment>desktop/ui/widgets/choices.py:68</extracomment>
        <translation>已由担保公司代偿</translation>
    </message>
</context>
<context>
    <name>credit</name>
    <message>
        <location line="+2"/>
        <source>80 % of the commercial loan converted</source>
        <extracomment>desktop/ui/credit/labels.py:169</extracomment>
        <translation>转换商业贷款的 80%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A home already owned</source>
        <extracomment>desktop/ui/credit/labels.py:122</extracomment>
        <translation>已有住房</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A negative credit history</source>
        <extracomment>desktop/ui/credit/labels.py:135</extracomment>
        <translation>不良信用记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A third person&apos;s guarantee</source>
        <extracomment>desktop/ui/credit/labels.py:124</extracomment>
        <translation>第三方保证担保</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <extracomment>desktop/ui/credit/labels.py:35</extracomment>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by the decision centre</source>
        <extracomment>desktop/ui/credit/labels.py:183</extracomment>
        <translation>审批中心已批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borrower&apos;s life</source>
        <extracomment>desktop/ui/credit/labels.py:148</extracomment>
        <translation>借款人人寿险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buying a home</source>
        <extracomment>desktop/ui/credit/labels.py:91</extracomment>
        <translation>购房</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Car</source>
        <extracomment>desktop/ui/credit/labels.py:91</extracomment>
        <translation>购车</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared by security</source>
        <extracomment>desktop/ui/credit/labels.py:184</extracomment>
        <translation>安全审核通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comprehensive (КАСКО)</source>
        <extracomment>desktop/ui/credit/labels.py:146</extracomment>
        <translation>车损险（КАСКО）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compulsory liability (ОСАГО)</source>
        <extracomment>desktop/ui/credit/labels.py:146</extracomment>
        <translation>交强险（ОСАГО）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converting a commercial loan</source>
        <extracomment>desktop/ui/credit/labels.py:93</extracomment>
        <translation>商业贷款转公积金贷款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <extracomment>desktop/ui/credit/labels.py:83</extracomment>
        <translation>复印件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt burden (50 % of net income)</source>
        <extracomment>desktop/ui/credit/labels.py:160</extracomment>
        <translation>负债收入比（净收入的 50%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents returned</source>
        <extracomment>desktop/ui/credit/labels.py:186</extracomment>
        <translation>已退还材料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down payment margin</source>
        <extracomment>desktop/ui/credit/labels.py:164</extracomment>
        <translation>首付比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <extracomment>desktop/ui/credit/labels.py:31</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <extracomment>desktop/ui/credit/labels.py:64</extracomment>
        <translation>今日到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency service</source>
        <extracomment>desktop/ui/credit/labels.py:101</extracomment>
        <translation>应急救援部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee</source>
        <extracomment>desktop/ui/credit/labels.py:97</extracomment>
        <translation>受雇人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entrepreneur</source>
        <extracomment>desktop/ui/credit/labels.py:98</extracomment>
        <translation>个体经营者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <extracomment>desktop/ui/credit/labels.py:78</extracomment>
        <translation>已失效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <extracomment>desktop/ui/credit/labels.py:52</extracomment>
        <translation>不符合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filed among refusals</source>
        <extracomment>desktop/ui/credit/labels.py:187</extracomment>
        <translation>已归入拒贷档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor</source>
        <extracomment>desktop/ui/credit/labels.py:110</extracomment>
        <translation>担保人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment share of income</source>
        <extracomment>desktop/ui/credit/labels.py:161</extracomment>
        <translation>月供收入比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>International passport</source>
        <extracomment>desktop/ui/credit/labels.py:116</extracomment>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <extracomment>desktop/ui/credit/labels.py:65</extracomment>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan to value of the collateral</source>
        <extracomment>desktop/ui/credit/labels.py:166</extracomment>
        <translation>抵押物贷款价值比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan within the price</source>
        <extracomment>desktop/ui/credit/labels.py:162</extracomment>
        <translation>贷款不超过价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married</source>
        <extracomment>desktop/ui/credit/labels.py:105</extracomment>
        <translation>已婚</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met</source>
        <extracomment>desktop/ui/credit/labels.py:65</extracomment>
        <translation>已按期完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Military service</source>
        <extracomment>desktop/ui/credit/labels.py:99</extracomment>
        <translation>军人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing</source>
        <extracomment>desktop/ui/credit/labels.py:77</extracomment>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mortgage on the home bought</source>
        <extracomment>desktop/ui/credit/labels.py:121</extracomment>
        <translation>所购住房抵押</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple of the fund balance</source>
        <extracomment>desktop/ui/credit/labels.py:167</extracomment>
        <translation>缴存余额倍数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <extracomment>desktop/ui/credit/labels.py:53</extracomment>
        <translation>需关注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative</source>
        <extracomment>desktop/ui/credit/labels.py:129</extracomment>
        <translation>否定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative (criminal) information about the borrower</source>
        <extracomment>desktop/ui/credit/labels.py:134</extracomment>
        <translation>借款人有负面（犯罪）信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neither (yet)</source>
        <extracomment>desktop/ui/credit/labels.py:109</extracomment>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <extracomment>desktop/ui/credit/labels.py:176</extracomment>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not certified</source>
        <extracomment>desktop/ui/credit/labels.py:77</extracomment>
        <translation>未核证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notarised consent</source>
        <extracomment>desktop/ui/credit/labels.py:111</extracomment>
        <translation>经公证的同意书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time</source>
        <extracomment>desktop/ui/credit/labels.py:64</extracomment>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original</source>
        <extracomment>desktop/ui/credit/labels.py:83</extracomment>
        <translation>原件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages missing</source>
        <extracomment>desktop/ui/credit/labels.py:78</extracomment>
        <translation>缺页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <extracomment>desktop/ui/credit/labels.py:52</extracomment>
        <translation>符合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passenger accident</source>
        <extracomment>desktop/ui/credit/labels.py:149</extracomment>
        <translation>乘客意外险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay soon</source>
        <extracomment>desktop/ui/credit/labels.py:153</extracomment>
        <translation>即将缴费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment late</source>
        <extracomment>desktop/ui/credit/labels.py:153</extracomment>
        <translation>缴费逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pension insurance certificate</source>
        <extracomment>desktop/ui/credit/labels.py:115</extracomment>
        <translation>养老保险证明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Police</source>
        <extracomment>desktop/ui/credit/labels.py:100</extracomment>
        <translation>警察</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive</source>
        <extracomment>desktop/ui/credit/labels.py:128</extracomment>
        <translation>肯定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive decision</source>
        <extracomment>desktop/ui/credit/labels.py:47</extracomment>
        <translation>批准决定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive decision: security clearance pending</source>
        <extracomment>desktop/ui/credit/labels.py:34</extracomment>
        <translation>批准决定：待安全审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price less down payment</source>
        <extracomment>desktop/ui/credit/labels.py:163</extracomment>
        <translation>价格减首付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program maximum</source>
        <extracomment>desktop/ui/credit/labels.py:170</extracomment>
        <translation>贷款产品最高额度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof due</source>
        <extracomment>desktop/ui/credit/labels.py:154</extracomment>
        <translation>待交缴费凭证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof late</source>
        <extracomment>desktop/ui/credit/labels.py:154</extracomment>
        <translation>缴费凭证逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <extracomment>desktop/ui/credit/labels.py:76</extracomment>
        <translation>已收到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal notice signed</source>
        <extracomment>desktop/ui/credit/labels.py:185</extracomment>
        <translation>已签署拒贷通知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <extracomment>desktop/ui/credit/labels.py:183 desktop/ui/credit/labels.py:36</extracomment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused, filed</source>
        <extracomment>desktop/ui/credit/labels.py:37</extracomment>
        <translation>已拒绝并归档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relatives by blood or marriage report the borrower cannot pay</source>
        <extracomment>desktop/ui/credit/labels.py:140</extracomment>
        <translation>借款人的血亲或姻亲反映其无力还款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renovation</source>
        <extracomment>desktop/ui/credit/labels.py:92</extracomment>
        <translation>房屋装修</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renovation cap by floor area</source>
        <extracomment>desktop/ui/credit/labels.py:168</extracomment>
        <translation>按建筑面积确定的装修贷款上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Securities pledged</source>
        <extracomment>desktop/ui/credit/labels.py:123</extracomment>
        <translation>有价证券质押</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security review</source>
        <extracomment>desktop/ui/credit/labels.py:182</extracomment>
        <translation>安全审查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the purchase price</source>
        <extracomment>desktop/ui/credit/labels.py:165</extracomment>
        <translation>购房价款比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single</source>
        <extracomment>desktop/ui/credit/labels.py:105</extracomment>
        <translation>未婚</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <extracomment>desktop/ui/credit/labels.py:182 desktop/ui/credit/labels.py:45</extracomment>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted: awaiting the decision</source>
        <extracomment>desktop/ui/credit/labels.py:29 desktop/ui/credit/labels.py:43</extracomment>
        <translation>已提交：等待审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted: with the security officer</source>
        <extracomment>desktop/ui/credit/labels.py:32</extracomment>
        <translation>已提交：安全审查员审查中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxpayer number certificate</source>
        <extracomment>desktop/ui/credit/labels.py:117</extracomment>
        <translation>纳税人识别号证明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The borrower gave false information</source>
        <extracomment>desktop/ui/credit/labels.py:136</extracomment>
        <translation>借款人提供虚假信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The employer reports a coming dismissal or redundancy</source>
        <extracomment>desktop/ui/credit/labels.py:138</extracomment>
        <translation>用人单位反映借款人即将被解雇或裁员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interview at signing ended negatively</source>
        <extracomment>desktop/ui/credit/labels.py:141</extracomment>
        <translation>签约面谈结果为否定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vetoed by security</source>
        <extracomment>desktop/ui/credit/labels.py:184</extracomment>
        <translation>安全审查否决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voluntary liability</source>
        <extracomment>desktop/ui/credit/labels.py:147</extracomment>
        <translation>商业第三者责任险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the decision centre</source>
        <extracomment>desktop/ui/credit/labels.py:33</extracomment>
        <translation>审批中心审批中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <extracomment>desktop/ui/credit/labels.py:176</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not recorded —</source>
        <extracomment>desktop/ui/credit/labels.py:176</extracomment>
        <translation>— 未记录 —</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location line="+2"/>
        <source>Cannot do that now</source>
        <extracomment>desktop/ui/errors.py:61</extracomment>
        <translation>当前无法执行此操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <extracomment>desktop/ui/errors.py:78</extracomment>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LienDesk hit an unexpected error. Nothing half-done was saved. Use “Copy details” and send them to your support contact.</source>
        <extracomment>desktop/ui/errors.py:62</extracomment>
        <translation>LienDesk 遇到意外错误。未保存任何未完成的操作。请点击“复制详细信息”，并发送给您的技术支持联系人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <extracomment>desktop/ui/errors.py:57</extracomment>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the form</source>
        <extracomment>desktop/ui/errors.py:50</extracomment>
        <translation>请检查表单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving is stopped</source>
        <extracomment>desktop/ui/errors.py:52</extracomment>
        <translation>已停止保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <extracomment>desktop/ui/errors.py:62</extracomment>
        <translation>出错了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database failed its integrity check, so LienDesk stopped writing to it to keep your records safe. Restore the latest backup from the File menu.</source>
        <extracomment>desktop/ui/errors.py:52</extracomment>
        <translation>数据库未通过完整性检查，为保护您的记录，LienDesk 已停止写入。请从“文件”菜单恢复最新备份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record no longer exists. It may have been removed.</source>
        <extracomment>desktop/ui/errors.py:57</extracomment>
        <translation>该记录已不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location line="+2"/>
        <source>A 17-character VIN has no I, O or Q.</source>
        <extracomment>desktop/domain/assets.py:82</extracomment>
        <translation>17 位车架号（VIN）中不含字母 I、O 或 Q。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy cannot be certified before the document was issued.</source>
        <extracomment>desktop/domain/credit/dossier.py:93</extracomment>
        <translation>复印件的核证日期不能早于原件签发日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document can be returned only after it was received.</source>
        <extracomment>desktop/domain/credit/dossier.py:84</extracomment>
        <translation>材料只有在收到后才能退还。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document cannot be received before it was issued.</source>
        <extracomment>desktop/domain/credit/dossier.py:89</extracomment>
        <translation>材料的收到日期不能早于其签发日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document cannot be returned before the day it was received.</source>
        <extracomment>desktop/domain/credit/dossier.py:86</extracomment>
        <translation>材料的退还日期不能早于其收到日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document cannot expire before it was issued.</source>
        <extracomment>desktop/domain/credit/dossier.py:91</extracomment>
        <translation>材料的失效日期不能早于其签发日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A document has at least one page.</source>
        <extracomment>desktop/domain/credit/dossier.py:77 desktop/domain/credit/dossier.py:81</extracomment>
        <translation>材料至少应有一页。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A home of {area} m² falls in the band {band}: a renovation loan of at most {tier_limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>房屋面积 {area} m² 属于 {band} 档：装修贷款最高 {tier_limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lien release for this loan is already under way (sale on {sale_on}). Continue that one instead of starting another.</source>
        <extracomment>desktop/services/releases.py:42</extracomment>
        <translation>该贷款的解押已在办理中（出售日期 {sale_on}）。请继续办理该笔，不要另行发起。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line between the closing account and itself moves nothing.</source>
        <extracomment>desktop/domain/settlement.py:125</extracomment>
        <translation>交割账户与其自身之间的款项不产生任何资金流动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line&apos;s amount cannot be negative: swap payer and payee instead.</source>
        <extracomment>desktop/domain/settlement.py:119</extracomment>
        <translation>款项金额不能为负数：请改为对调付款方和收款方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mortgage sits on at least one parcel or building.</source>
        <extracomment>desktop/domain/fees.py:394</extracomment>
        <translation>抵押权至少应设定在一宗土地或一栋建筑物上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password does not start or end with a space.</source>
        <extracomment>desktop/domain/access.py:126</extracomment>
        <translation>密码不能以空格开头或结尾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password has at least {count} characters.</source>
        <extracomment>desktop/domain/access.py:123</extracomment>
        <translation>密码至少应有 {count} 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payoff cannot be quoted before the loan was paid out.</source>
        <extracomment>desktop/domain/loans.py:684</extracomment>
        <translation>放款前不能估算结清金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payoff is quoted for today or a later day, never back-dated.</source>
        <extracomment>desktop/services/payoffs.py:44</extracomment>
        <translation>结清金额只能按今天或以后的日期估算，不能倒签日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payoff letter is good through a day on or after it was received.</source>
        <extracomment>desktop/domain/payoffs.py:57</extracomment>
        <translation>结清证明的有效期截止日不能早于其收到日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number has 7 to 15 digits.</source>
        <extracomment>desktop/domain/customers.py:134</extracomment>
        <translation>电话号码应为 7 至 15 位数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prepayment cannot come before the loan was paid out.</source>
        <extracomment>desktop/domain/loans.py:464</extracomment>
        <translation>提前还款不能早于放款日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private sale has no dealer to charge fees.</source>
        <extracomment>desktop/domain/car_sale.py:208</extracomment>
        <translation>私人间转让没有车商，不能收取车商手续费。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A purchase or trade-in is by a dealer: choose the dealer as buyer.</source>
        <extracomment>desktop/domain/car_sale.py:206</extracomment>
        <translation>收购或置换由车商进行：请选择车商作为买方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rate is between 0 and 100 percent.</source>
        <extracomment>desktop/domain/rates.py:22</extracomment>
        <translation>利率应在 0 至 100% 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A refusal notice is printed for a refused application only.</source>
        <extracomment>desktop/services/credit.py:539</extracomment>
        <translation>只有被拒绝的申请才能打印拒贷通知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A refusal notice needs a refused application; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>拒贷通知仅适用于被拒绝的申请；该申请当前状态为：{status}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A residual-value loan keeps its term: lower the installment instead.</source>
        <extracomment>desktop/domain/loans.py:485</extracomment>
        <translation>尾款贷款的期限不变：请改为降低每期还款额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months (over {limit}) is repaid monthly.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>期限 {term} 个月（超过 {limit} 个月）须按月还款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months (over {limit}) is repaid monthly; one sum at maturity is not allowed.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>期限 {term} 个月（超过 {limit} 个月）须按月还款，不允许到期一次还本付息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months (up to {limit}) is repaid in one sum at maturity.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>期限 {term} 个月（不超过 {limit} 个月）须到期一次还本付息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months (up to {limit}) is repaid in one sum at maturity; choose that method.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>期限 {term} 个月（不超过 {limit} 个月）须到期一次还本付息；请选择该还款方式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of {term} months; the program allows {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>期限为 {term} 个月；该贷款产品允许的期限为 {allowed}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tolerance for {currency} must be zero or more.</source>
        <extracomment>desktop/domain/settings.py:71</extracomment>
        <translation>{currency} 的容差不能小于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A used car must be bought from a dealer with a cooperation agreement; this seller has none.</source>
        <extracomment>desktop/domain/credit/eligibility.py:416 desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>二手车须从签有合作协议的经销商处购买；该卖方未签订合作协议。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A used car must be technically sound and fit for use.</source>
        <extracomment>desktop/domain/credit/eligibility.py:416 desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>二手车须技术状况良好、适合使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name is one word, without spaces.</source>
        <extracomment>desktop/domain/access.py:113</extracomment>
        <translation>用户名应为一个单词，不含空格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A veto cancels a positive decision of the centre; this application is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>否决权用于撤销审批中心的批准决定；该申请当前状态为：{status}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>由 {buyer} 从售价中垫付（立替），以便 {lender} 解除所有权保留（所有権解除）：结清金额 {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount} The customer is the owner of record: the title can move with the debt kept (and recorded) instead.</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>由 {buyer} 从售价中垫付（立替），以便 {lender} 解除所有权保留（所有権解除）：结清金额 {amount} 客户为登记所有人：也可以在保留（并记录）该债务的情况下过户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount} The customer is the owner of record: the title can move with the debt kept (and recorded) instead..</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>由 {buyer} 从售价中垫付（立替），以便 {lender} 解除所有权保留（所有権解除）：结清金额 {amount} 客户为登记所有人：也可以在保留（并记录）该债务的情况下过户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount} per the lender&apos;s letter {reference}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>由 {buyer} 从售价中垫付（立替），以便 {lender} 解除所有权保留（所有権解除）：结清金额 {amount}，依据贷款机构结清证明 {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount} per the lender&apos;s letter {reference}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>由 {buyer} 从售价中垫付（立替），以便 {lender} 解除所有权保留（所有権解除）：结清金额 {amount}，依据贷款机构结清证明 {reference}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount}, which includes the residual {residual} of the residual-value loan</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>由 {buyer} 从售价中垫付（立替），以便 {lender} 解除所有权保留（所有権解除）：结清金额 {amount}，其中包括尾款贷款的尾款 {residual}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount}, which includes the residual {residual} of the residual-value loan.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>由 {buyer} 从售价中垫付（立替），以便 {lender} 解除所有权保留（所有権解除）：结清金额 {amount}，其中包括尾款贷款的尾款 {residual}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced by {buyer} out of the price (立替) so that {lender} releases ownership (所有権解除): payoff {amount}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>由 {buyer} 从售价中垫付（立替），以便 {lender} 解除所有权保留（所有権解除）：结清金额 {amount}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the sale {total} remains owed, unsecured: negotiate a repayment plan; otherwise a lawsuit and wage garnishment may follow.</source>
        <extracomment>desktop/domain/short_sale.py:592</extracomment>
        <translation>出售后仍欠 {total}，已无担保：请协商还款计划，否则可能面临诉讼及工资扣押。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age on {contract_date} is {age}; the program allows {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>截至 {contract_date} 年龄为 {age} 岁；该贷款产品允许的年龄为 {allowed}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application keeps its program; open a new application for another program.</source>
        <extracomment>desktop/services/credit.py:318</extracomment>
        <translation>申请的贷款产品不可更改；如需其他贷款产品，请新建申请。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offer must be more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:417</extracomment>
        <translation>报价必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application centre deadline ({zone} time, book 4.1.1.5). Received at {clock} on {day}, a working day. Received at or after 12:00, so the Conclusion is due by 12:00 the following day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:193</extracomment>
        <translation>申请受理中心时限（{zone} 时间，规程 4.1.1.5）。于工作日 {day} {clock} 受理。受理时间在 12:00 或之后，因此审查结论应于次日 12:00 前出具：{due_at}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application centre deadline ({zone} time, book 4.1.1.5). Received at {clock} on {day}, a working day. Received before 12:00, so the Conclusion is due by 18:00 the same day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:181</extracomment>
        <translation>申请受理中心时限（{zone} 时间，规程 4.1.1.5）。于工作日 {day} {clock} 受理。受理时间在 12:00 之前，因此审查结论应于当日 18:00 前出具：{due_at}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application centre deadline ({zone} time, book 4.1.1.5). Received at {clock}, at or after 17:00: counted as received at the start of the next working day, {start}. That is before 12:00, so the Conclusion is due by 18:00 that day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:173</extracomment>
        <translation>申请受理中心时限（{zone} 时间，规程 4.1.1.5）。于 {clock} 受理，在 17:00 或之后：视为下一工作日开始时（{start}）受理。该时间在 12:00 之前，因此审查结论应于当日 18:00 前出具：{due_at}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application centre deadline ({zone} time, book 4.1.1.5). Received on {day}, not a working day: counted as received at the start of the next working day, {start}. That is before 12:00, so the Conclusion is due by 18:00 that day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:161</extracomment>
        <translation>申请受理中心时限（{zone} 时间，规程 4.1.1.5）。于 {day} 受理，该日非工作日：视为下一工作日开始时（{start}）受理。该时间在 12:00 之前，因此审查结论应于当日 18:00 前出具：{due_at}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application received and decision told to the borrower on the same day, {told_on}: no pay-out before 12:00 of the next working day, {not_before} (book 4.1.1.7).</source>
        <extracomment>desktop/domain/credit/deadlines.py:269</extracomment>
        <translation>申请受理与向借款人告知审批结果在同一天（{told_on}）：下一工作日 {not_before} 12:00 前不得放款（规程 4.1.1.7）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application received on {received_on}, decision told to the borrower on {told_on}: not the same day, so the pay-out need not wait (book 4.1.1.7).</source>
        <extracomment>desktop/domain/credit/deadlines.py:263</extracomment>
        <translation>申请于 {received_on} 受理，审批结果于 {told_on} 告知借款人：不在同一天，放款无需等待（规程 4.1.1.7）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application submitted for a decision by {user} at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:256</extracomment>
        <translation>{user} 于 {at} 提交申请待审批。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application submitted to the branch security officer by {user} at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:253</extracomment>
        <translation>{user} 于 {at} 将申请提交给网点安全审查员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve between 0 and {most}.</source>
        <extracomment>desktop/domain/short_sale.py:221</extracomment>
        <translation>同意金额应在 0 至 {most} 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by {user} at {at}: {amount} for {term} months at {rate} a year.</source>
        <extracomment>desktop/domain/credit/decisions.py:353</extracomment>
        <translation>{user} 于 {at} 批准：金额 {amount}，期限 {term} 个月，年利率 {rate}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by {user} at {at}: {amount} for {term} months at {rate} a year; awaiting the security officer&apos;s clearance.</source>
        <extracomment>desktop/domain/credit/decisions.py:350</extracomment>
        <translation>{user} 于 {at} 批准：金额 {amount}，期限 {term} 个月，年利率 {rate}；等待安全审查员审核通过。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auction petitioned on {day}: bids open about 6 months later (around {bid}).</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>已于 {day} 申请拍卖：约 6 个月后开标（{bid} 前后）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auction petitioned on {day}: bids open about 6 months later (on {bid}).</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>已于 {day} 申请拍卖：约 6 个月后开标（{bid}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auction: market price {market} × {pct}% = {bid} − court costs {court} = {net} to the creditors; debt {debt} − {received} = {owes} still owed.</source>
        <extracomment>desktop/domain/short_sale.py:689</extracomment>
        <translation>拍卖：市场价 {market} × {pct}% = {bid} − 法院费用 {court} = 债权人受偿 {net}；债务 {debt} − {received} = 剩余欠款 {owes}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance paid by the buyer at settlement (残代金)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>买方于结算时支付的尾款（残代金）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balanced: {agent} collects {money_in} and pays out {money_out}.</source>
        <extracomment>desktop/domain/settlement.py:328</extracomment>
        <translation>收支平衡：{agent} 收入 {money_in}，支出 {money_out}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best of {count} offers: {best} from {bidder}, {lead} more than {runner}; {gain} more than the first offer {first}.</source>
        <extracomment>desktop/domain/car_sale.py:435</extracomment>
        <translation>{count} 个报价中的最高价：{bidder} 报价 {best}，比 {runner} 高 {lead}；比首个报价 {first} 高 {gain}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best of {count} offers: {best} from {bidder}.</source>
        <extracomment>desktop/domain/car_sale.py:435</extracomment>
        <translation>{count} 个报价中的最高价：{bidder} 报价 {best}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best of {count} offers: {best} from {bidder}. It covers the payoff {payoff} with {equity} to spare.</source>
        <extracomment>desktop/domain/car_sale.py:435</extracomment>
        <translation>{count} 个报价中的最高价：{bidder} 报价 {best}。足以覆盖结清金额 {payoff}，尚余 {equity}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best of {count} offers: {best} from {bidder}. It falls short of the payoff {payoff} by {equity}.</source>
        <extracomment>desktop/domain/car_sale.py:435</extracomment>
        <translation>{count} 个报价中的最高价：{bidder} 报价 {best}。比结清金额 {payoff} 少 {equity}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 0 and 30 days.</source>
        <extracomment>desktop/domain/retention.py:151</extracomment>
        <translation>应在 0 至 30 天之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and 180 days.</source>
        <extracomment>desktop/domain/settings.py:60</extracomment>
        <translation>应在 1 至 180 天之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and 240 minutes.</source>
        <extracomment>desktop/domain/settings.py:66</extracomment>
        <translation>应在 1 至 240 分钟之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and 90 days.</source>
        <extracomment>desktop/domain/settings.py:58</extracomment>
        <translation>应在 1 至 90 天之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 minute and a day.</source>
        <extracomment>desktop/domain/settings.py:64</extracomment>
        <translation>应在 1 分钟至 1 天之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 3 and 20 attempts.</source>
        <extracomment>desktop/domain/settings.py:62</extracomment>
        <translation>应在 3 至 20 次之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between {least} and {most} months.</source>
        <extracomment>desktop/domain/retention.py:144</extracomment>
        <translation>应在 {least} 至 {most} 个月之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bicycle-space arrears (駐輪場代): the seller&apos;s own debt</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>拖欠的自行车位费（駐輪場代）：卖方自身债务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokerage commission to {broker}</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>支付给 {broker} 的中介佣金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokerage commission to {broker} (buyer&apos;s side)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>支付给 {broker} 的中介佣金（买方）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokerage commission to {broker} (seller&apos;s side)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>支付给 {broker} 的中介佣金（卖方）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s share of the management fee from {day}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>买方承担的自 {day} 起的物业管理费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s share of the property tax from {day} (固定資産税等精算金)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>买方承担的自 {day} 起的固定资产税（固定資産税等精算金）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s share of the repair reserve from {day}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>买方承担的自 {day} 起的维修基金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot tell new from used: {missing} not recorded.</source>
        <extracomment>desktop/domain/credit/eligibility.py:360</extracomment>
        <translation>无法判断新车或二手车：未记录{missing}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash from {seller} to cover the shortfall</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{seller} 以现金补足差额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the VIN or chassis number.</source>
        <extracomment>desktop/domain/assets.py:85</extracomment>
        <translation>请检查车架号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the model year.</source>
        <extracomment>desktop/domain/assets.py:87</extracomment>
        <translation>请检查年款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the year of birth.</source>
        <extracomment>desktop/domain/customers.py:118</extracomment>
        <translation>请检查出生年份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the languages offered.</source>
        <extracomment>desktop/domain/settings.py:68</extracomment>
        <translation>请从提供的语言中选择一种。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the reasons for a veto.</source>
        <extracomment>desktop/domain/credit/decisions.py:310</extracomment>
        <translation>请选择一项否决理由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose proposed, approved or refused.</source>
        <extracomment>desktop/services/settlements.py:242</extracomment>
        <translation>请选择“已提议”“已同意”或“已拒绝”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the borrower.</source>
        <extracomment>desktop/domain/loan_accounts.py:42</extracomment>
        <translation>请选择借款人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the car sold.</source>
        <extracomment>desktop/services/settlements.py:498</extracomment>
        <translation>请选择出售的车辆。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the customer.</source>
        <extracomment>desktop/ui/credit/dialogs.py:99</extracomment>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the documents to return.</source>
        <extracomment>desktop/domain/credit/decisions.py:393</extracomment>
        <translation>请选择要退还的材料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the home sold.</source>
        <extracomment>desktop/services/settlements.py:498</extracomment>
        <translation>请选择出售的房产。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of sale.</source>
        <extracomment>desktop/services/settlements.py:173</extracomment>
        <translation>请选择出售类型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of the copy.</source>
        <extracomment>desktop/services/privacy.py:309</extracomment>
        <translation>请选择副本的语言。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of the customer&apos;s documents.</source>
        <extracomment>desktop/domain/customers.py:120</extracomment>
        <translation>请选择客户文件的语言。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of the destruction record.</source>
        <extracomment>desktop/services/privacy.py:215</extracomment>
        <translation>请选择销毁记录的语言。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of the document.</source>
        <extracomment>desktop/services/settlements.py:552</extracomment>
        <translation>请选择文书的语言。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the lender.</source>
        <extracomment>desktop/domain/loan_accounts.py:40</extracomment>
        <translation>请选择贷款机构。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the lending program.</source>
        <extracomment>desktop/ui/credit/dialogs.py:101</extracomment>
        <translation>请选择贷款产品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the record the document is issued for.</source>
        <extracomment>desktop/services/documents.py:35</extracomment>
        <translation>请选择出具该文书所针对的记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which document this is.</source>
        <extracomment>desktop/domain/credit/dossier.py:73</extracomment>
        <translation>请选择这是哪一份材料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which document to issue.</source>
        <extracomment>desktop/services/documents.py:33</extracomment>
        <translation>请选择要出具的文书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who pays and who receives.</source>
        <extracomment>desktop/domain/settlement.py:121</extracomment>
        <translation>请选择付款方和收款方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen of {citizenship}; the program lends only to citizens of {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>国籍为 {citizenship}；该贷款产品仅向 {allowed} 公民放款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen of {citizenship}; the program lends to citizens of {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>国籍为 {citizenship}；该贷款产品向 {allowed} 公民放款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizenship not recorded; the program lends to citizens of {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录国籍；该贷款产品向 {allowed} 公民放款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared from the proceeds: unpaid management fees and repair reserve pass to the buyer as the next owner, so the management association is paid before the handover.</source>
        <extracomment>desktop/domain/home_sale.py:386</extracomment>
        <translation>从出售所得中清偿：拖欠的物业管理费和维修基金将由下一任业主（买方）承继，因此须在交房前向管理组合付清。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission at the legal cap: {cap}</source>
        <extracomment>desktop/domain/fees.py:220</extracomment>
        <translation>中介佣金按法定上限收取：{cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission {charged}, above the legal cap of {cap_total} by override (reason: {reason}). Cap: {cap}</source>
        <extracomment>desktop/domain/fees.py:224</extracomment>
        <translation>中介佣金 {charged}，经特批超出法定上限 {cap_total}（理由：{reason}）。上限：{cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission {charged}, agreed below the legal cap of {cap_total}. Cap: {cap}</source>
        <extracomment>desktop/domain/fees.py:226</extracomment>
        <translation>中介佣金 {charged}，经约定低于法定上限 {cap_total}。上限：{cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condominium arrears to {association}</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>拖欠 {association} 的公寓管理费用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn on {withdrawn_on}: the data is destroyed within {days} days, by {due_on}.</source>
        <extracomment>desktop/domain/retention.py:271</extracomment>
        <translation>已于 {withdrawn_on} 撤回同意：个人信息将在 {days} 天内（{due_on} 前）销毁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract stamp duty (印紙税)</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>合同印花税（印紙税）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract stamp duty is never paid from the price: it is the seller&apos;s own cost.</source>
        <extracomment>desktop/domain/short_sale.py:422</extracomment>
        <translation>合同印花税不得从售价中支付：应由卖方自行承担。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit history not checked: record how many times a payment was more than 30 calendar days late (at most {allowed}).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未核查信用记录：请记录逾期超过 30 个自然日的还款次数（最多 {allowed} 次）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth not recorded; the loan must be repaid by the {limit}th birthday.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录出生日期；贷款须在借款人 {limit} 周岁生日前还清。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth not recorded; the program allows ages {allowed} on the contract date.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录出生日期；该贷款产品要求签约日年龄为 {allowed}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth or sex not recorded; the term may not run past the statutory retirement age.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录出生日期或性别；贷款期限不得超过法定退休年龄。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dealer fee: {name}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>车商手续费：{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the fee.</source>
        <extracomment>desktop/domain/car_sale.py:213</extracomment>
        <translation>请填写费用说明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the line.</source>
        <extracomment>desktop/domain/settlement.py:114</extracomment>
        <translation>请填写款项说明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document “{code}” has not been received.</source>
        <extracomment>desktop/domain/credit/dossier.py:197</extracomment>
        <translation>尚未收到材料“{code}”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document “{code}” is not in the dossier on {on}; nothing to return.</source>
        <extracomment>desktop/domain/credit/decisions.py:406</extracomment>
        <translation>{on} 时材料“{code}”不在档案中；无可退还。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents are returned after a refusal; this application is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>材料只在拒贷后退还；该申请当前状态为：{status}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier filed among the refusals by {user} at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:419</extracomment>
        <translation>{user} 于 {at} 将档案归入拒贷档案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each mortgage has its own rank, 1 for the first.</source>
        <extracomment>desktop/domain/home_sale.py:272</extracomment>
        <translation>每项抵押权有各自的顺位，第一顺位为 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earnest money (手付金) held by {holder}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>由 {holder} 保管的定金（手付金）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employment with the current employer is {months} months; the program asks for at least {needed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>在现单位工作 {months} 个月；该贷款产品要求至少 {needed} 个月。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employment with the current employer not recorded; the program asks for at least {needed} months.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录在现单位的工作时长；该贷款产品要求至少 {needed} 个月。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a file name for the document.</source>
        <extracomment>desktop/services/documents.py:37</extracomment>
        <translation>请填写文书的文件名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a phone number.</source>
        <extracomment>desktop/domain/customers.py:132</extracomment>
        <translation>请填写电话号码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole number of months, zero or more.</source>
        <extracomment>desktop/domain/loans.py:107</extracomment>
        <translation>请填写不小于零的整数月数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole number, zero or more.</source>
        <extracomment>desktop/domain/fees.py:387</extracomment>
        <translation>请填写不小于零的整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount in {currency}.</source>
        <extracomment>desktop/domain/loans.py:79</extracomment>
        <translation>请以 {currency} 填写金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount.</source>
        <extracomment>desktop/domain/loans.py:359 desktop/domain/money.py:248 desktop/domain/settlement.py:116</extracomment>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter income and obligations in one currency.</source>
        <extracomment>desktop/domain/customers.py:156</extracomment>
        <translation>请以同一币种填写收入和负债。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the VIN or chassis number.</source>
        <extracomment>desktop/domain/assets.py:80</extracomment>
        <translation>请填写车架号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the address of the property.</source>
        <extracomment>desktop/domain/assets.py:92</extracomment>
        <translation>请填写房产地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount approved.</source>
        <extracomment>desktop/ui/credit/dialogs.py:223</extracomment>
        <translation>请填写批准金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount sent to the lender.</source>
        <extracomment>desktop/domain/releases.py:80</extracomment>
        <translation>请填写汇给贷款机构的金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount the customer asks for.</source>
        <extracomment>desktop/services/credit.py:606</extracomment>
        <translation>请填写客户申请的金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the annual rate as an exact decimal, zero or more.</source>
        <extracomment>desktop/domain/credit/maximum.py:497</extracomment>
        <translation>请以精确小数填写不小于零的年利率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the approved amount.</source>
        <extracomment>desktop/domain/credit/decisions.py:337</extracomment>
        <translation>请填写批准金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the branch&apos;s name, as printed on documents.</source>
        <extracomment>desktop/domain/settings.py:56</extracomment>
        <translation>请填写网点名称（按文件上打印的名称）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the buyer and the day of settlement.</source>
        <extracomment>desktop/domain/settlement_inputs.py:388</extracomment>
        <translation>请填写买方和结算日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the central bank&apos;s USD rate to compare {amount} with 25,000 USD.</source>
        <extracomment>desktop/domain/credit/decisions.py:471</extracomment>
        <translation>请填写央行美元汇率，以便将 {amount} 与 25,000 美元进行比较。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the central bank&apos;s {currency} rate to compare {amount} with 25,000 USD.</source>
        <extracomment>desktop/domain/credit/decisions.py:477</extracomment>
        <translation>请填写央行 {currency} 汇率，以便将 {amount} 与 25,000 美元进行比较。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the central-bank rate as a positive number.</source>
        <extracomment>desktop/ui/credit/facts_form.py:327</extracomment>
        <translation>请以正数填写央行汇率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the commission in {currency}.</source>
        <extracomment>desktop/domain/fees.py:198</extracomment>
        <translation>请以 {currency} 填写中介佣金。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the contract date.</source>
        <extracomment>desktop/ui/credit/dialogs.py:104 desktop/ui/credit/facts_form.py:359</extracomment>
        <translation>请填写合同签订日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the currency of the exchange rate (e.g. USD).</source>
        <extracomment>desktop/ui/credit/facts_form.py:325</extracomment>
        <translation>请填写汇率的币种（例如 USD）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date of birth.</source>
        <extracomment>desktop/domain/customers.py:112</extracomment>
        <translation>请填写出生日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date of the central-bank rate.</source>
        <extracomment>desktop/ui/credit/facts_form.py:329</extracomment>
        <translation>请填写央行汇率的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the copy was certified.</source>
        <extracomment>desktop/domain/credit/dossier.py:106</extracomment>
        <translation>请填写复印件核证日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the loan was paid out.</source>
        <extracomment>desktop/domain/loans.py:150</extracomment>
        <translation>请填写放款日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day it was done.</source>
        <extracomment>desktop/ui/credit/dialogs.py:380</extracomment>
        <translation>请填写完成日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day of the sale.</source>
        <extracomment>desktop/domain/settlement_inputs.py:327</extracomment>
        <translation>请填写出售日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day the cover starts.</source>
        <extracomment>desktop/ui/credit/dialogs.py:414</extracomment>
        <translation>请填写保险期间起始日。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the document&apos;s title as on the inventory.</source>
        <extracomment>desktop/domain/credit/dossier.py:75</extracomment>
        <translation>请按档案清单填写材料名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the family name.</source>
        <extracomment>desktop/domain/customers.py:108</extracomment>
        <translation>请填写姓。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the fee in {currency}, more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:211</extracomment>
        <translation>请以 {currency} 填写大于零的费用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the floor area in m² as a number.</source>
        <extracomment>desktop/ui/credit/facts_form.py:348</extracomment>
        <translation>请以数字填写建筑面积（m²）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the given name.</source>
        <extracomment>desktop/domain/customers.py:110</extracomment>
        <translation>请填写名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the insurer.</source>
        <extracomment>desktop/domain/credit/after_approval.py:211</extracomment>
        <translation>请填写保险公司。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the last day of the paid period.</source>
        <extracomment>desktop/ui/credit/dialogs.py:416</extracomment>
        <translation>请填写已缴费期间的最后一天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the lender&apos;s account number for this loan.</source>
        <extracomment>desktop/domain/loan_accounts.py:44</extracomment>
        <translation>请填写贷款机构为该笔贷款编制的账号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the lender&apos;s name.</source>
        <extracomment>desktop/domain/lenders.py:37</extracomment>
        <translation>请填写贷款机构名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the loan-to-value cap as an exact decimal.</source>
        <extracomment>desktop/domain/car_sale.py:119</extracomment>
        <translation>请以精确小数填写贷款价值比上限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the monthly amount, zero or more.</source>
        <extracomment>desktop/domain/fees.py:340</extracomment>
        <translation>请填写不小于零的月度金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the mortgages, each with its own rank, 1 for the senior.</source>
        <extracomment>desktop/domain/short_sale.py:273 desktop/domain/short_sale.py:300</extracomment>
        <translation>请填写各项抵押权及其顺位，第一顺位为 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the new car&apos;s loan to check the roll-over.</source>
        <extracomment>desktop/domain/car_sale.py:226</extracomment>
        <translation>请填写新车贷款，以核查差额并入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the new loan in the car price&apos;s currency, zero or more.</source>
        <extracomment>desktop/domain/car_sale.py:127</extracomment>
        <translation>请以车价的币种填写不小于零的新贷款金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the number of the identity document.</source>
        <extracomment>desktop/domain/customers.py:125</extracomment>
        <translation>请填写身份证件号码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the number or scan reference of the signed consent form.</source>
        <extracomment>desktop/domain/customers.py:163 desktop/domain/retention.py:181</extracomment>
        <translation>请填写已签同意书的编号或其扫描件编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the offer in {currency}, more than zero.</source>
        <extracomment>desktop/services/settlements.py:220</extracomment>
        <translation>请以 {currency} 填写大于零的报价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the party&apos;s name.</source>
        <extracomment>desktop/domain/settlement.py:84</extracomment>
        <translation>请填写当事人名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the payoff in {currency}, more than zero.</source>
        <extracomment>desktop/domain/home_sale.py:275</extracomment>
        <translation>请以 {currency} 填写大于零的结清金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the person&apos;s name as it appears on documents.</source>
        <extracomment>desktop/domain/access.py:115</extracomment>
        <translation>请按证件上的写法填写姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the policy number.</source>
        <extracomment>desktop/domain/credit/after_approval.py:209</extracomment>
        <translation>请填写保单号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the position of who certified the copy.</source>
        <extracomment>desktop/domain/credit/dossier.py:104</extracomment>
        <translation>请填写复印件核证人的职务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the price in JPY, more than zero.</source>
        <extracomment>desktop/domain/short_sale.py:270 desktop/domain/short_sale.py:300</extracomment>
        <translation>请以日元（JPY）填写大于零的售价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the price in {currency}, more than zero.</source>
        <extracomment>desktop/services/settlements.py:271</extracomment>
        <translation>请以 {currency} 填写大于零的售价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the rate as an exact decimal, never a binary float.</source>
        <extracomment>desktop/domain/loans.py:56</extracomment>
        <translation>请以精确小数填写利率，不得使用二进制浮点数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the rate in percent per year.</source>
        <extracomment>desktop/domain/rates.py:15</extracomment>
        <translation>请以年百分比填写利率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the reference of the lender&apos;s payoff letter.</source>
        <extracomment>desktop/domain/payoffs.py:45</extracomment>
        <translation>请填写贷款机构结清证明的文号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the residual value paid with the last installment.</source>
        <extracomment>desktop/domain/loans.py:155</extracomment>
        <translation>请填写随最后一期一并支付的尾款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the scrivener&apos;s fee for the discharge.</source>
        <extracomment>desktop/domain/home_sale.py:287</extracomment>
        <translation>请填写办理抵押权注销的司法书士费用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the scrivener&apos;s fee in JPY.</source>
        <extracomment>desktop/domain/fees.py:389</extracomment>
        <translation>请以日元（JPY）填写司法书士费用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the sum insured.</source>
        <extracomment>desktop/domain/credit/after_approval.py:213 desktop/ui/credit/dialogs.py:419</extracomment>
        <translation>请填写保险金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the surname and initials of who certified the copy.</source>
        <extracomment>desktop/domain/credit/dossier.py:102</extracomment>
        <translation>请填写复印件核证人的姓氏及名字缩写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the year&apos;s tax, zero or more.</source>
        <extracomment>desktop/domain/fees.py:300</extracomment>
        <translation>请填写不小于零的年度税额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter this amount in {currency}.</source>
        <extracomment>desktop/domain/home_sale.py:138</extracomment>
        <translation>请以 {currency} 填写该金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter what the customer consented to (the purpose).</source>
        <extracomment>desktop/domain/retention.py:179</extracomment>
        <translation>请填写客户同意的内容（用途）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter who made the offer.</source>
        <extracomment>desktop/services/settlements.py:217</extracomment>
        <translation>请填写报价人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter why the data is erased (the legal ground).</source>
        <extracomment>desktop/domain/retention.py:357</extracomment>
        <translation>请填写删除个人信息的原因（法律依据）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter {what} in {currency}, the currency of the policy.</source>
        <extracomment>desktop/domain/credit/after_approval.py:269</extracomment>
        <translation>请以保单币种 {currency} 填写{what}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equity = price {price} − payoff to {lender} {payoff} = {equity}.</source>
        <extracomment>desktop/domain/car_sale.py:265</extracomment>
        <translation>剩余价值 = 售价 {price} − 向 {lender} 支付的结清金额 {payoff} = {equity}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equity applied to the new car bought from {buyer}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>剩余价值抵作向 {buyer} 购买新车的车款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erasing the names would change the figures of version {version} of settlement {deal}: nothing was erased.</source>
        <extracomment>desktop/services/privacy.py:401</extracomment>
        <translation>删除姓名将改变结算单 {deal} 第 {version} 版的数字：未删除任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External checks (book 4.1.1.8): filed on {filed_on}, so the answers are due by 12:00 local time ({zone}) the following day: {due_at}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:234</extracomment>
        <translation>外部核查（规程 4.1.1.8）：于 {filed_on} 提交，答复应于次日当地时间（{zone}）12:00 前反馈：{due_at}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason for the refusal.</source>
        <extracomment>desktop/domain/credit/decisions.py:361</extracomment>
        <translation>请填写拒绝理由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor of someone else&apos;s provident fund loan; cannot borrow until it is repaid.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>为他人的公积金贷款提供担保；在该贷款还清前不能申请贷款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High risk: a private sale of a car under a loan. The buyer must pay first or advance the payoff; the seller must obtain the release papers from {lender} and re-register the car at the transport bureau (陸運支局) alone. Recommended only for professionals.</source>
        <extracomment>desktop/domain/car_sale.py:369</extracomment>
        <translation>高风险：出售尚有贷款的车辆给私人。买方须先付款或垫付结清金额；卖方须自行从 {lender} 取得解除材料，并自行到运输支局（陸運支局）办理车辆变更登记。仅建议专业人士采用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High risk: a private sale. The seller and the buyer re-register the car at the transport bureau (陸運支局) alone, and no dealer stands between the money and the title. Recommended only for professionals.</source>
        <extracomment>desktop/domain/car_sale.py:375</extracomment>
        <translation>高风险：私人间转让。买卖双方须自行到运输支局（陸運支局）办理车辆变更登记，且钱款与过户之间没有车商作保障。仅建议专业人士采用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds a valid residence certificate for {region}, the branch&apos;s region.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>持有网点所在地区 {region} 的有效居住证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the borrower cannot repay the {remaining} left, {guarantor} pays off {creditor} (代位弁済) and claims it from the borrower: negotiate a repayment plan with it.</source>
        <extracomment>desktop/domain/short_sale.py:588</extracomment>
        <translation>如借款人无法偿还剩余的 {remaining}，{guarantor} 将向 {creditor} 代偿（代位弁済）并向借款人追偿：请与其协商还款计划。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income cannot be negative.</source>
        <extracomment>desktop/domain/customers.py:142</extracomment>
        <translation>收入不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used on {last_use}; the retention period of {months} months ({basis}) ended on {due_on}.</source>
        <extracomment>desktop/domain/retention.py:264</extracomment>
        <translation>最后使用于 {last_use}；{months} 个月的保存期限（{basis}）已于 {due_on} 届满。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late charges on the arrears (遅延損害金) to {association}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>欠 {association} 费用的滞纳金（遅延損害金）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave exactly one of amount, rate, term and installment empty.</source>
        <extracomment>desktop/domain/loans.py:354</extracomment>
        <translation>金额、利率、期限和每期还款额中须恰好留空一项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan with {lender} stays with the seller: not paid at this closing</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{lender} 的贷款仍由卖方承担：不在本次交割中清偿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low-priced vacant home (低廉な空家等): the client must agree to the higher fee in advance, when the brokerage contract is signed.</source>
        <extracomment>desktop/domain/fees.py:164</extracomment>
        <translation>低价空置房（低廉な空家等）：委托人须在签订中介合同时事先同意较高的佣金。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low-priced vacant home (低廉な空家等, price {price} ≤ {limit}, from {since}): up to {fee} + {tax_pct}% tax {tax} = {total} (the ordinary cap before tax is {ordinary})</source>
        <extracomment>desktop/domain/fees.py:170</extracomment>
        <translation>低价空置房（低廉な空家等，售价 {price} ≤ {limit}，自 {since} 起适用）：上限 {fee} + {tax_pct}% 消费税 {tax} = {total}（普通税前上限为 {ordinary}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee (管理費) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>物业管理费（管理費）{annual}，计算期间 {start} 至 {end}：卖方 {start} 至 {seller_last} = {seller_days} 天，买方 {settlement_on} 至 {end} = {buyer_days} 天。买方承担 {annual} × {buyer_days}/{basis} = {buyer_share}（四舍五入），于交割时支付给卖方；卖方承担 {annual} − {buyer_share} = {seller_share}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee (管理費) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. Settlement on the first day of the year: the buyer bears it all.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>物业管理费（管理費）{annual}，计算期间 {start} 至 {end}：卖方 {start} 至 {seller_last} = {seller_days} 天，买方 {settlement_on} 至 {end} = {buyer_days} 天。买方承担 {annual} × {buyer_days}/{basis} = {buyer_share}（四舍五入），于交割时支付给卖方；卖方承担 {annual} − {buyer_share} = {seller_share}。结算日为年度首日：全部由买方承担。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee (管理費) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. The year has {length} days; by custom each of the buyer&apos;s days is charged at 1/365 of the tax, and the seller&apos;s share is the rest.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>物业管理费（管理費）{annual}，计算期间 {start} 至 {end}：卖方 {start} 至 {seller_last} = {seller_days} 天，买方 {settlement_on} 至 {end} = {buyer_days} 天。买方承担 {annual} × {buyer_days}/{basis} = {buyer_share}（四舍五入），于交割时支付给卖方；卖方承担 {annual} − {buyer_share} = {seller_share}。该年度共 {length} 天；按惯例买方每日按税额的 1/365 计，其余由卖方承担。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee (管理費) {monthly} for {start} to {end} ({days} days): buyer {settlement_on} to {end} = {buyer_days} days, {monthly} × {buyer_days}/{days} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:352</extracomment>
        <translation>物业管理费（管理費）{monthly}，计算期间 {start} 至 {end}（{days} 天）：买方 {settlement_on} 至 {end} = {buyer_days} 天，{monthly} × {buyer_days}/{days} = {buyer_share}（四舍五入），于交割时支付给卖方；卖方承担 {seller_share}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee arrears (管理費滞納) to {association}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>拖欠 {association} 的物业管理费（管理費滞納）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee arrears {mgmt} + repair reserve arrears {repair} = {arrears}, without late charges {late} or parking. Enter the monthly fees to check the {months}-month cap.</source>
        <extracomment>desktop/domain/short_sale.py:368</extracomment>
        <translation>拖欠物业管理费 {mgmt} + 拖欠维修基金 {repair} = {arrears}，不含滞纳金 {late} 及停车费。请填写每月费用，以核查 {months} 个月的上限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management fee arrears {mgmt} + repair reserve arrears {repair} = {arrears}; allowed up to {months} months (5 years) × ({monthly_mgmt} + {monthly_repair}) = {cap}, so {amount}; late charges {late} and parking are not allowed.</source>
        <extracomment>desktop/domain/short_sale.py:377</extracomment>
        <translation>拖欠物业管理费 {mgmt} + 拖欠维修基金 {repair} = {arrears}；上限为 {months} 个月（5 年）×（{monthly_mgmt} + {monthly_repair}）= {cap}，因此为 {amount}；滞纳金 {late} 及停车费不予列支。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marital status not recorded; a married borrower needs the spouse&apos;s notarised consent or the spouse as guarantor.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录婚姻状况；已婚借款人须提供经公证的配偶同意书，或由配偶作为担保人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing started on {start}: if the home is unsold after 3 to 6 months ({from_day} to {by_day}), the guarantor company often petitions for auction in parallel.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>已于 {start} 开始挂牌销售：如 3 至 6 个月后（{from_day} 至 {by_day}）仍未售出，担保公司通常会同时申请拍卖。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married, but the spouse neither gives notarised consent nor signs as guarantor; one of the two is required.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>已婚，但配偶既未提供经公证的同意书，也未签署担保；二者必须具备其一。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married: record whether the spouse gives notarised consent or signs as guarantor.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>已婚：请记录配偶是提供经公证的同意书还是签署担保。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married; the spouse {role}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>已婚；配偶：{role}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mileage cannot be negative.</source>
        <extracomment>desktop/domain/assets.py:89</extracomment>
        <translation>行驶里程不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months of employment cannot be negative.</source>
        <extracomment>desktop/domain/customers.py:140</extracomment>
        <translation>工作月数不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mortgage discharge registration and scrivener&apos;s fee ({scrivener})</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>抵押权注销登记及司法书士费用（{scrivener}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving allowance approved by {lender}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{lender} 同意的搬迁补助费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving allowance for the seller (approved by the lender)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>卖方的搬迁补助费（经贷款机构同意）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving costs are paid from the price only if negotiated with the lender beforehand.</source>
        <extracomment>desktop/domain/short_sale.py:416</extracomment>
        <translation>搬迁费用只有事先与贷款机构协商同意后，才能从售价中支付。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving costs for the seller</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>卖方的搬迁费用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the bankruptcy trustee (破産管財人).</source>
        <extracomment>desktop/domain/short_sale.py:289 desktop/domain/short_sale.py:300</extracomment>
        <translation>请填写破产管理人（破産管財人）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the buyer&apos;s broker.</source>
        <extracomment>desktop/domain/home_sale.py:285</extracomment>
        <translation>请填写买方中介。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the guarantor company that paid off the bank.</source>
        <extracomment>desktop/domain/short_sale.py:300 desktop/domain/short_sale.py:498</extracomment>
        <translation>请填写已向银行代偿的担保公司。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the management association (管理組合) the arrears are owed to.</source>
        <extracomment>desktop/domain/home_sale.py:280</extracomment>
        <translation>请填写被拖欠费用的管理组合（管理組合）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the management association (管理組合).</source>
        <extracomment>desktop/domain/short_sale.py:362</extracomment>
        <translation>请填写管理组合（管理組合）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the tax office the unpaid property tax goes to.</source>
        <extracomment>desktop/domain/home_sale.py:283</extracomment>
        <translation>请填写未缴固定资产税的征收税务机关。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negotiated with the lender: {requested} asked, allowed up to {cap} (the source: about 300,000 is common).</source>
        <extracomment>desktop/domain/short_sale.py:411</extracomment>
        <translation>已与贷款机构协商：申请 {requested}，允许上限 {cap}（依据：通常约为 300,000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net proceeds paid to {seller}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>支付给 {seller} 的净得款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New loan {loan} + shortfall {shortfall} = {after}; {new_lender} lends at most {cap_pct}% of the new car&apos;s price {car_price} = {limit}: over the limit by {excess}. Rolling the shortfall into the new loan is refused; the customer must pay it in cash.</source>
        <extracomment>desktop/domain/car_sale.py:159</extracomment>
        <translation>新贷款 {loan} + 差额 {shortfall} = {after}；{new_lender} 最多按新车价格 {car_price} 的 {cap_pct}% 放款 = {limit}：超出上限 {excess}。不能将差额并入新贷款；客户须以现金补足。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New loan {loan} + shortfall {shortfall} = {after}; {new_lender} lends at most {cap_pct}% of the new car&apos;s price {car_price} = {limit}: within the limit. The lender also screens income: confirm with it before promising the roll-over.</source>
        <extracomment>desktop/domain/car_sale.py:156</extracomment>
        <translation>新贷款 {loan} + 差额 {shortfall} = {after}；{new_lender} 最多按新车价格 {car_price} 的 {cap_pct}% 放款 = {limit}：在上限以内。贷款机构还会审核收入：承诺并入前请先与其确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: model year {model_year} (contract {contract_date}), never in service, never registered, imported by a company or made in the country.</source>
        <extracomment>desktop/domain/credit/eligibility.py:362</extracomment>
        <translation>新车：年款 {model_year}（合同日期 {contract_date}），从未投入使用，从未登记，由企业进口或国内生产。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No consent to keep personal data is on file (last used on {last_use}).</source>
        <extracomment>desktop/domain/retention.py:259</extracomment>
        <translation>档案中没有保存个人信息的同意书（最后使用于 {last_use}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No loan on the car: equity = price {price}.</source>
        <extracomment>desktop/domain/car_sale.py:263</extracomment>
        <translation>该车辆无贷款：剩余价值 = 售价 {price}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No payment missed yet: ask the lender about rescheduling (interest-only for a while) before arrears begin.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>尚未发生逾期：请在逾期前向贷款机构咨询调整还款计划（一段时间内只还利息）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No provident fund loan being repaid.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>没有正在偿还的公积金贷款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No security chosen; the program requires one of: {accepted}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未选择担保方式；该贷款产品要求以下方式之一：{accepted}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such line in the table.</source>
        <extracomment>desktop/domain/short_sale.py:206 desktop/services/settlements.py:249</extracomment>
        <translation>表中没有该项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No vehicle recorded; new or used cannot be told.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录车辆；无法判断新车或二手车。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No working-day calendar for the country “{country}”.</source>
        <extracomment>desktop/domain/credit/calendar.py:54</extracomment>
        <translation>没有国家“{country}”的工作日日历。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a guarantor of anyone&apos;s provident fund loan.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未为任何人的公积金贷款提供担保。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a settlement line.</source>
        <extracomment>desktop/domain/settlement.py:200</extracomment>
        <translation>不是结算项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not deducted from the price: parking and bicycle-space fees do not pass to the buyer, so they stay the seller&apos;s own debt, to be paid by the seller even after moving out.</source>
        <extracomment>desktop/domain/home_sale.py:203</extracomment>
        <translation>不从售价中扣除：停车费和自行车位费不由买方承继，仍为卖方自身债务，卖方搬离后仍须支付。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not married: no spouse&apos;s consent or guarantee is needed.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未婚：无需配偶同意或担保。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not paid from the price: late charges {late} and arrears beyond 5 years {beyond}. The association can claim unpaid fees from the buyer, so agree before the contract who pays them: the seller, or the buyer on top of the price.</source>
        <extracomment>desktop/domain/short_sale.py:387</extracomment>
        <translation>不从售价中支付：滞纳金 {late} 及超过 5 年的欠费 {beyond}。管理组合可向买方追索欠费，因此请在签约前约定由谁支付：卖方，或由买方在售价之外另行支付。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded whether the applicant guarantees someone else&apos;s provident fund loan.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录申请人是否为他人的公积金贷款提供担保。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded whether the applicant is under investigation or on trial.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录申请人是否正在接受调查或审判。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded whether the applicant still repays a provident fund loan; only one is allowed at a time.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录申请人是否仍在偿还公积金贷款；同一时间只允许有一笔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded whether the provident fund is paid in full and on time.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录是否足额按时缴存住房公积金。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not under investigation or on trial.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未在接受调查或审判。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing falls due after this day: take a payoff quote.</source>
        <extracomment>desktop/domain/loans.py:468</extracomment>
        <translation>此日之后无应还款项：请估算结清金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obligation {number}: enter its limit.</source>
        <extracomment>desktop/domain/customers.py:148</extracomment>
        <translation>第 {number} 项负债：请填写其额度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obligation {number}: enter its monthly payment.</source>
        <extracomment>desktop/domain/customers.py:150</extracomment>
        <translation>第 {number} 项负债：请填写其月还款额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers are recorded for the sale of a car.</source>
        <extracomment>desktop/services/settlements.py:214</extracomment>
        <translation>报价仅针对车辆出售进行登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One repayment at maturity is only for terms of up to 12 months.</source>
        <extracomment>desktop/domain/loans.py:146</extracomment>
        <translation>到期一次还本付息仅适用于 12 个月以内的期限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a copy is certified «копия верна»; this is an original.</source>
        <extracomment>desktop/domain/credit/dossier.py:96</extracomment>
        <translation>只有复印件才需注明“копия верна”（与原件核对无误）；这是原件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a draft application can be submitted; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>只有草稿状态的申请才能提交；该申请当前状态为：{status}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a positive decision can be cleared; this application is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>只有批准决定才能审核通过；该申请当前状态为：{status}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a refused application goes to the refusals folder; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>只有被拒绝的申请才能归入拒贷档案；该申请当前状态为：{status}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a residual-value (balloon) loan has a residual.</source>
        <extracomment>desktop/domain/loans.py:153</extracomment>
        <translation>只有尾款（弹性尾款）贷款才有尾款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a trade-in can roll a shortfall into a new loan; a sale alone must pay it first.</source>
        <extracomment>desktop/domain/car_sale.py:223</extracomment>
        <translation>只有以旧换新置换才能将差额并入新贷款；单纯出售须先付清差额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a trade-in comes with a new car.</source>
        <extracomment>desktop/domain/car_sale.py:218</extracomment>
        <translation>只有以旧换新置换才涉及新车。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a trade-in has a new car to apply the equity to.</source>
        <extracomment>desktop/domain/car_sale.py:232</extracomment>
        <translation>只有以旧换新置换才有可抵作车款的新车。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a voluntary sale has a distribution table.</source>
        <extracomment>desktop/services/settlements.py:404 desktop/services/settlements.py:473</extracomment>
        <translation>只有任意出售才有分配表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an application with the decision centre can be approved; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>只有在审批中心审批中的申请才能批准；该申请当前状态为：{status}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an application with the decision centre can be refused; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>只有在审批中心审批中的申请才能拒绝；该申请当前状态为：{status}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only one prepayment per period, after the last one: wait for the next due date.</source>
        <extracomment>desktop/domain/loans.py:472</extracomment>
        <translation>每期只能提前还款一次，且须在上一次之后：请等待下一个还款日。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the income certificate and the employer-certified copy of the work record may be returned after a refusal (book 4.1.1.8); {codes} stay in the dossier.</source>
        <extracomment>desktop/domain/credit/decisions.py:396</extracomment>
        <translation>拒贷后只能退还收入证明和经单位核证的工作履历复印件（规程 4.1.1.8）；{codes} 留存于档案中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer at the contract and held by {holder}, not by the seller, so that it cannot be spent before settlement; credited to the buyer now.</source>
        <extracomment>desktop/domain/home_sale.py:156</extracomment>
        <translation>买方于签约时支付，由 {holder} 而非卖方保管，以免在结算前被动用；现计入买方应收。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer at the contract to the seller, who already has it: credited to the buyer and taken off what the seller receives now.</source>
        <extracomment>desktop/domain/home_sale.py:156</extracomment>
        <translation>买方于签约时已支付给卖方：计入买方应收，并从卖方本次应得款中扣除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>由买方 {buyer} 在解除前直接支付给 {lender}（买方从售价中垫付）：结清金额 {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount} The customer is the owner of record: the title can move with the debt kept (and recorded) instead.</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>由买方 {buyer} 在解除前直接支付给 {lender}（买方从售价中垫付）：结清金额 {amount} 客户为登记所有人：也可以在保留（并记录）该债务的情况下过户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount} The customer is the owner of record: the title can move with the debt kept (and recorded) instead..</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>由买方 {buyer} 在解除前直接支付给 {lender}（买方从售价中垫付）：结清金额 {amount} 客户为登记所有人：也可以在保留（并记录）该债务的情况下过户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount} per the lender&apos;s letter {reference}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>由买方 {buyer} 在解除前直接支付给 {lender}（买方从售价中垫付）：结清金额 {amount}，依据贷款机构结清证明 {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount} per the lender&apos;s letter {reference}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>由买方 {buyer} 在解除前直接支付给 {lender}（买方从售价中垫付）：结清金额 {amount}，依据贷款机构结清证明 {reference}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount}, which includes the residual {residual} of the residual-value loan</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>由买方 {buyer} 在解除前直接支付给 {lender}（买方从售价中垫付）：结清金额 {amount}，其中包括尾款贷款的尾款 {residual}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount}, which includes the residual {residual} of the residual-value loan.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>由买方 {buyer} 在解除前直接支付给 {lender}（买方从售价中垫付）：结清金额 {amount}，其中包括尾款贷款的尾款 {residual}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the buyer {buyer} straight to {lender} before the release (the buyer advances it out of the price): payoff {amount}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>由买方 {buyer} 在解除前直接支付给 {lender}（买方从售价中垫付）：结清金额 {amount}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parking and bicycle-space arrears are not paid from the price: they stay the seller&apos;s own debt.</source>
        <extracomment>desktop/domain/short_sale.py:393</extracomment>
        <translation>拖欠的停车费和自行车位费不从售价中支付：仍为卖方自身债务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parking arrears (駐車場代): the seller&apos;s own debt</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>拖欠的停车费（駐車場代）：卖方自身债务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments missed since {first}: after about 6 months (around {expected}) the guarantor company pays off the bank (代位弁済) and can petition for auction. Consult the lender now.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>自 {first} 起未按期还款：约 6 个月后（{expected} 前后）担保公司将向银行代偿（代位弁済），并可申请拍卖。请立即与贷款机构协商。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments missed since {first}: after about 6 months (from {expected}) the guarantor company pays off the bank (代位弁済) and then petitions for auction. Contact the lender now.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>自 {first} 起未按期还款：约 6 个月后（{expected} 起）担保公司将向银行代偿（代位弁済），随后申请拍卖。请立即联系贷款机构。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff of the car loan to {lender}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>向 {lender} 结清车贷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff of the {rank} mortgage on the settlement day per the lender&apos;s letter {reference}: {amount}; {lender} hands over the discharge papers against it.</source>
        <extracomment>desktop/domain/home_sale.py:317</extracomment>
        <translation>结算日按贷款机构结清证明 {reference} 结清 {rank} 顺位抵押权：{amount}；{lender} 收款后交付抵押权注销材料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff of the {rank} mortgage on the settlement day: {amount}; {lender} hands over the discharge papers against it.</source>
        <extracomment>desktop/domain/home_sale.py:317</extracomment>
        <translation>结算日结清 {rank} 顺位抵押权：{amount}；{lender} 收款后交付抵押权注销材料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff of the {rank} mortgage to {lender}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>向 {lender} 结清 {rank} 顺位抵押权</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payoff {payoff} + fees {fees} − price {price} = shortfall {shortfall}.</source>
        <extracomment>desktop/domain/car_sale.py:331</extracomment>
        <translation>结清金额 {payoff} + 费用 {fees} − 售价 {price} = 差额 {shortfall}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periods are set for JP, RU, CN and other countries only.</source>
        <extracomment>desktop/domain/retention.py:148</extracomment>
        <translation>保存期限仅可针对 JP、RU、CN 及其他国家设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanently registered in {region}, but the branch is in {branch_region}; the loan is issued only in the region of registration.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>户籍登记在 {region}，但网点位于 {branch_region}；贷款仅在户籍登记地区发放。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanently registered in {region}, the branch&apos;s region ({branch_region}).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>户籍登记在 {region}，即网点所在地区（{branch_region}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive decision cleared by {user} at {at} after the interview ({usd} equivalent).</source>
        <extracomment>desktop/domain/credit/decisions.py:293</extracomment>
        <translation>{user} 于 {at} 经面谈后审核通过批准决定（折合 {usd}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive decision cleared by {user} at {at}; no interview needed ({usd} equivalent).</source>
        <extracomment>desktop/domain/credit/decisions.py:297</extracomment>
        <translation>{user} 于 {at} 审核通过批准决定；无需面谈（折合 {usd}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price paid by the private buyer {buyer}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>私人买方 {buyer} 支付的售价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price} + the buyer&apos;s prorations {prorations} − earnest money the seller already holds {held} − approved lines {deductions} = {left}, paid to the creditors in rank order up to their debts: {amount} to {creditor} (debt {balance}).</source>
        <extracomment>desktop/domain/short_sale.py:551</extracomment>
        <translation>售价 {price} + 买方分摊款 {prorations} − 卖方已收定金 {held} − 已同意的扣除项 {deductions} = {left}，按顺位以各债权额为限分配给债权人：{creditor} 受偿 {amount}（债务 {balance}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price} less the down payment {down} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>价格 {price} − 首付款 {down} = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price} less the down payment {down} reduced by the financed insurance {insurance} (that is, {effective}) = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>价格 {price} − 首付款 {down}（扣除以贷款支付的保费 {insurance} 后，即 {effective}）= {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price {price} − payoff {payoff} − fees {fees} = {surplus}.</source>
        <extracomment>desktop/domain/car_sale.py:321</extracomment>
        <translation>售价 {price} − 结清金额 {payoff} − 费用 {fees} = {surplus}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program {program} sets no limit that applies to a {purpose} loan.</source>
        <extracomment>desktop/domain/credit/maximum.py:514</extracomment>
        <translation>贷款产品 {program} 未设定适用于{purpose}贷款的额度限制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof of payment cannot come before the payment.</source>
        <extracomment>desktop/domain/credit/after_approval.py:217</extracomment>
        <translation>付款凭证的日期不能早于付款日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax and city-planning tax (固定資産税・都市計画税) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>固定资产税及城市规划税（固定資産税・都市計画税）{annual}，计算期间 {start} 至 {end}：卖方 {start} 至 {seller_last} = {seller_days} 天，买方 {settlement_on} 至 {end} = {buyer_days} 天。买方承担 {annual} × {buyer_days}/{basis} = {buyer_share}（四舍五入），于交割时支付给卖方；卖方承担 {annual} − {buyer_share} = {seller_share}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax and city-planning tax (固定資産税・都市計画税) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. Settlement on the first day of the year: the buyer bears it all.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>固定资产税及城市规划税（固定資産税・都市計画税）{annual}，计算期间 {start} 至 {end}：卖方 {start} 至 {seller_last} = {seller_days} 天，买方 {settlement_on} 至 {end} = {buyer_days} 天。买方承担 {annual} × {buyer_days}/{basis} = {buyer_share}（四舍五入），于交割时支付给卖方；卖方承担 {annual} − {buyer_share} = {seller_share}。结算日为年度首日：全部由买方承担。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax and city-planning tax (固定資産税・都市計画税) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. The year has {length} days; by custom each of the buyer&apos;s days is charged at 1/365 of the tax, and the seller&apos;s share is the rest.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>固定资产税及城市规划税（固定資産税・都市計画税）{annual}，计算期间 {start} 至 {end}：卖方 {start} 至 {seller_last} = {seller_days} 天，买方 {settlement_on} 至 {end} = {buyer_days} 天。买方承担 {annual} × {buyer_days}/{basis} = {buyer_share}（四舍五入），于交割时支付给卖方；卖方承担 {annual} − {buyer_share} = {seller_share}。该年度共 {length} 天；按惯例买方每日按税额的 1/365 计，其余由卖方承担。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax and city-planning tax (固定資産税・都市計画税) {monthly} for {start} to {end} ({days} days): buyer {settlement_on} to {end} = {buyer_days} days, {monthly} × {buyer_days}/{days} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:352</extracomment>
        <translation>固定资产税及城市规划税（固定資産税・都市計画税）{monthly}，计算期间 {start} 至 {end}（{days} 天）：买方 {settlement_on} 至 {end} = {buyer_days} 天，{monthly} × {buyer_days}/{days} = {buyer_share}（四舍五入），于交割时支付给卖方；卖方承担 {seller_share}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property tax the seller has not paid, settled from the proceeds</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>卖方未缴的固定资产税，从出售所得中清缴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provident fund centre deadline (Housing Provident Fund Regulations, art. 26): a decision within {days} calendar days after the application was accepted on {accepted}: {accepted} + {days} days = by the end of {last_day} ({zone} time).</source>
        <extracomment>desktop/domain/credit/deadlines.py:210</extracomment>
        <translation>公积金中心办理时限（《住房公积金管理条例》第二十六条）：自 {accepted} 受理申请之日起 {days} 个自然日内作出决定：{accepted} + {days} 天 = {last_day} 日终前（{zone} 时间）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provident repayment record not checked: more than {limit} periods overdue and unpaid is a bad record.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未核查公积金还款记录：逾期未还超过 {limit} 期即为不良记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase price of the car paid by {buyer}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{buyer} 支付的车辆收购价</translation>
    </message>
    <message>
        <location line="+552"/>
        <source>“{text}” is not a date (use YYYY-MM-DD).</source>
        <extracomment>desktop/domain/dates.py:27</extracomment>
        <translation>“{text}”不是日期（请使用 YYYY-MM-DD 格式）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is not a date on the calendar.</source>
        <extracomment>desktop/domain/dates.py:35</extracomment>
        <translation>“{text}”不是日历上存在的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is not a rate in percent.</source>
        <extracomment>desktop/domain/rates.py:19</extracomment>
        <translation>“{text}”不是百分比利率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is not an amount.</source>
        <extracomment>desktop/domain/money.py:255 desktop/domain/money.py:285</extracomment>
        <translation>“{text}”不是金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is too large for an amount.</source>
        <extracomment>desktop/domain/money.py:294</extracomment>
        <translation>“{text}”作为金额过大。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” mixes separators.</source>
        <extracomment>desktop/domain/money.py:271</extracomment>
        <translation>“{text}”混用了分隔符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{zone}” is not a time zone name such as Europe/Moscow.</source>
        <extracomment>desktop/domain/credit/deadlines.py:98</extracomment>
        <translation>“{zone}”不是时区名称（例如 Europe/Moscow）。</translation>
    </message>
    <message>
        <location line="-562"/>
        <source>Record at least one offer.</source>
        <extracomment>desktop/domain/car_sale.py:412</extracomment>
        <translation>请至少登记一个报价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record every offer in {currency}.</source>
        <extracomment>desktop/domain/car_sale.py:415</extracomment>
        <translation>请以 {currency} 登记所有报价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the customer&apos;s consent to keep personal data.</source>
        <extracomment>desktop/domain/customers.py:159</extracomment>
        <translation>请登记客户保存个人信息的同意书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the remaining debt: {seller} still owes {lender} {amount} after the sale.</source>
        <extracomment>desktop/domain/car_sale.py:283</extracomment>
        <translation>请记录剩余债务：出售后{seller}仍欠{lender} {amount}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record when the payoff was sent first.</source>
        <extracomment>desktop/domain/releases.py:77</extracomment>
        <translation>请先登记结清款汇出日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record whether the car is technically sound and fit for use.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>请登记车辆是否技术状况良好、适合使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record whether the seller is a partner dealer: used cars only from partner dealers.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>请登记卖方是否为合作经销商：二手车只能从合作经销商处购买。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record why the lender refused the line.</source>
        <extracomment>desktop/domain/short_sale.py:228</extracomment>
        <translation>请登记贷款机构拒绝该项的理由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal notice signed by the branch manager {user} at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:380</extracomment>
        <translation>网点负责人 {user} 于 {at} 签署拒贷通知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by {user} at {at}: {reason}. The dossier is marked refused.</source>
        <extracomment>desktop/domain/credit/decisions.py:364</extracomment>
        <translation>{user} 于 {at} 拒绝：{reason}。档案已标记为拒贷。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region of permanent registration not recorded; the branch is in {branch_region}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录户籍登记地区；网点位于 {branch_region}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration tax 1,000 × ({parcels} land parcels + {buildings} buildings) = {uncapped} per mortgage</source>
        <extracomment>desktop/domain/fees.py:409</extracomment>
        <translation>登记许可税 1,000 ×（{parcels} 宗土地 + {buildings} 栋建筑物）= 每项抵押权 {uncapped}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration tax 1,000 × ({parcels} land parcels + {buildings} buildings) = {uncapped} per mortgage × {mortgages} mortgages = {tax}; scrivener&apos;s fee {fee}; total {total}.</source>
        <extracomment>desktop/domain/fees.py:409</extracomment>
        <translation>登记许可税 1,000 ×（{parcels} 宗土地 + {buildings} 栋建筑物）= 每项抵押权 {uncapped} × {mortgages} 项抵押权 = {tax}；司法书士费用 {fee}；合计 {total}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration tax 1,000 × ({parcels} land parcels + {buildings} buildings) = {uncapped} per mortgage, capped at {cap} for an application of more than 20 properties</source>
        <extracomment>desktop/domain/fees.py:409</extracomment>
        <translation>登记许可税 1,000 ×（{parcels} 宗土地 + {buildings} 栋建筑物）= 每项抵押权 {uncapped}，一次申请超过 20 个不动产的上限为 {cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration tax for the mortgage discharge (抵当権抹消登記), paid through {scrivener}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>抵押权注销登记（抵当権抹消登記）的登记许可税，经由 {scrivener} 缴纳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release of the tax seizure by {office}</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>{office} 解除税款查封</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release payment (ハンコ代) to {creditor}, rank {rank} lien</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>支付给 {creditor}（第 {rank} 顺位）的注销同意费（ハンコ代）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release payment to the rank {rank} lienholder {creditor}: the lower of {tier} and {pct}% of its remaining principal {principal} = {ten}, so at most {cap}.</source>
        <extracomment>desktop/domain/short_sale.py:259</extracomment>
        <translation>支付给第 {rank} 顺位权利人 {creditor} 的注销同意费：取 {tier} 与其剩余本金 {principal} 的 {pct}%（= {ten}）中的较低者，故最多 {cap}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release time is 0 to 365 days.</source>
        <extracomment>desktop/domain/lenders.py:39</extracomment>
        <translation>解押时长应为 0 至 365 天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve (修繕積立金) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>维修基金（修繕積立金）{annual}，计算期间 {start} 至 {end}：卖方 {start} 至 {seller_last} = {seller_days} 天，买方 {settlement_on} 至 {end} = {buyer_days} 天。买方承担 {annual} × {buyer_days}/{basis} = {buyer_share}（四舍五入），于交割时支付给卖方；卖方承担 {annual} − {buyer_share} = {seller_share}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve (修繕積立金) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. Settlement on the first day of the year: the buyer bears it all.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>维修基金（修繕積立金）{annual}，计算期间 {start} 至 {end}：卖方 {start} 至 {seller_last} = {seller_days} 天，买方 {settlement_on} 至 {end} = {buyer_days} 天。买方承担 {annual} × {buyer_days}/{basis} = {buyer_share}（四舍五入），于交割时支付给卖方；卖方承担 {annual} − {buyer_share} = {seller_share}。结算日为年度首日：全部由买方承担。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve (修繕積立金) {annual} for the year {start} to {end}: seller {start} to {seller_last} = {seller_days} days, buyer {settlement_on} to {end} = {buyer_days} days. Buyer&apos;s share {annual} × {buyer_days}/{basis} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {annual} − {buyer_share} = {seller_share}. The year has {length} days; by custom each of the buyer&apos;s days is charged at 1/365 of the tax, and the seller&apos;s share is the rest.</source>
        <extracomment>desktop/domain/fees.py:328</extracomment>
        <translation>维修基金（修繕積立金）{annual}，计算期间 {start} 至 {end}：卖方 {start} 至 {seller_last} = {seller_days} 天，买方 {settlement_on} 至 {end} = {buyer_days} 天。买方承担 {annual} × {buyer_days}/{basis} = {buyer_share}（四舍五入），于交割时支付给卖方；卖方承担 {annual} − {buyer_share} = {seller_share}。该年度共 {length} 天；按惯例买方每日按税额的 1/365 计，其余由卖方承担。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve (修繕積立金) {monthly} for {start} to {end} ({days} days): buyer {settlement_on} to {end} = {buyer_days} days, {monthly} × {buyer_days}/{days} = {buyer_share} (rounded half-up), paid to the seller at closing; seller&apos;s share {seller_share}.</source>
        <extracomment>desktop/domain/fees.py:352</extracomment>
        <translation>维修基金（修繕積立金）{monthly}，计算期间 {start} 至 {end}（{days} 天）：买方 {settlement_on} 至 {end} = {buyer_days} 天，{monthly} × {buyer_days}/{days} = {buyer_share}（四舍五入），于交割时支付给卖方；卖方承担 {seller_share}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair reserve arrears (修繕積立金滞納) to {association}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>拖欠 {association} 的维修基金（修繕積立金滞納）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual-value loan (残価設定型): the payoff {amount} includes the residual {residual}. If no offer covers it, the customer may pay it in cash, or return the car under the contract and take a new loan.</source>
        <extracomment>desktop/domain/car_sale.py:303</extracomment>
        <translation>尾款贷款（残価設定型）：结清金额 {amount} 包括尾款 {residual}。如无报价能覆盖，客户可用现金支付，或按合同退还车辆并另办新贷款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned to the borrower at their request on {on} by {user}: {codes}; copies kept in the dossier and noted on the inventory.</source>
        <extracomment>desktop/domain/credit/decisions.py:410</extracomment>
        <translation>{user} 于 {on} 应借款人要求退还：{codes}；复印件留存于档案，并已在档案清单中注明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale price (売買代金)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>售价（売買代金）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale price (売買代金) approved by {lender}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>经 {lender} 同意的售价（売買代金）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the negative opinion rests on.</source>
        <extracomment>desktop/domain/credit/decisions.py:271</extracomment>
        <translation>请说明否定意见的依据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scrivener&apos;s fee for the discharge</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>抵押权注销的司法书士费用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secured by {kind}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>担保方式：{kind}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security by {kind} is not one the program takes ({accepted}).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>担保方式 {kind} 不在该贷款产品接受的范围内（{accepted}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security review by {user}: preliminary opinion {opinion}; sent to the decision centre at {at}.</source>
        <extracomment>desktop/domain/credit/decisions.py:274</extracomment>
        <translation>{user} 进行安全审查：初步意见 {opinion}；已于 {at} 发送至审批中心。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seized by {office}: allowed up to {cap} (enter one year&apos;s property tax: the cap is the lower of the two).</source>
        <extracomment>desktop/domain/short_sale.py:340</extracomment>
        <translation>已被 {office} 查封：允许上限 {cap}（请填写一年的固定资产税：上限取二者中较低者）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seized by {office}: {amount}; allowed up to the lower of one year&apos;s property tax {annual} and {limit} = {cap}.</source>
        <extracomment>desktop/domain/short_sale.py:344</extracomment>
        <translation>已被 {office} 查封：{amount}；上限取一年固定资产税 {annual} 与 {limit} 中较低者 = {cap}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seized taxes owed to {office} (priority tax)</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>欠 {office} 的被查封税款（优先税款）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short by {amount}: the money collected ({money_in}) does not cover the payouts ({money_out}). {seller} must bring {amount} to {agent} before the closing.</source>
        <extracomment>desktop/domain/settlement.py:331</extracomment>
        <translation>短缺 {amount}：收入款项（{money_in}）不足以支付各项支出（{money_out}）。{seller} 须在交割前向 {agent} 补足 {amount}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortfall rolled into the new loan from {lender} (上乗せ)</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>并入 {lender} 新贷款的差额（上乗せ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold by a partner dealer (cooperation agreement with the bank).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>由合作经销商出售（与银行签有合作协议）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still repaying a provident fund loan; no new one before it is repaid.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>仍在偿还公积金贷款；还清前不能申请新贷款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surplus paid to {seller}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>支付给 {seller} 的余款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surplus paid to {seller} after {lender} releases the lien</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{lender} 解除担保后支付给 {seller} 的余款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax due before the mortgage was registered (優先税): it ranks ahead of the mortgage, so it is paid in full: {amount}.</source>
        <extracomment>desktop/domain/short_sale.py:333</extracomment>
        <translation>抵押权登记前已到期的税款（優先税）：优先于抵押权受偿，因此全额支付：{amount}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes seized by {office}: {excess} above the cap stays the seller&apos;s own debt; the office must still agree to lift the seizure.</source>
        <extracomment>desktop/domain/short_sale.py:350</extracomment>
        <translation>{office} 查封的税款：超出上限的 {excess} 仍为卖方自身债务；仍须该机关同意解除查封。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technically sound and fit for use.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>技术状况良好、适合使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That clears the whole loan: take a payoff quote.</source>
        <extracomment>desktop/domain/loans.py:476</extracomment>
        <translation>该金额将结清全部贷款：请估算结清金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The administrator already exists.</source>
        <extracomment>desktop/services/users.py:62</extracomment>
        <translation>管理员已存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount approved is above the maximum of {maximum} ({rule}).</source>
        <extracomment>desktop/services/credit.py:400</extracomment>
        <translation>批准金额超出可贷额度 {maximum}（{rule}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount cannot be negative.</source>
        <extracomment>desktop/domain/loans.py:83</extracomment>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount must be more than zero.</source>
        <extracomment>desktop/domain/loans.py:81 desktop/services/loans.py:136</extracomment>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount requested is above the maximum of {maximum}; lower it first.</source>
        <extracomment>desktop/services/credit.py:384</extracomment>
        <translation>申请金额超出可贷额度 {maximum}；请先调低。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant does not meet the program&apos;s rules: {reasons}</source>
        <extracomment>desktop/services/credit.py:378</extracomment>
        <translation>申请人不符合该贷款产品的条件：{reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant is under investigation or on trial; the program does not lend to them.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>申请人正在接受调查或审判；该贷款产品不向其放款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant&apos;s and the spouse&apos;s fund balances {balance} is under {floor} and counts as {counted}; × {multiple} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>申请人及配偶的公积金缴存余额 {balance} 低于 {floor}，按 {counted} 计算；× {multiple} = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant&apos;s and the spouse&apos;s fund balances {balance} × {multiple} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>申请人及配偶的公积金缴存余额 {balance} × {multiple} = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application cannot be submitted while the dossier has {count} gap(s): {codes}.</source>
        <extracomment>desktop/domain/credit/decisions.py:246</extracomment>
        <translation>档案中缺少 {count} 项材料，无法提交申请：{codes}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application has been submitted: its facts are as the bank judged them and no longer change.</source>
        <extracomment>desktop/services/credit.py:314</extracomment>
        <translation>申请已提交：其基本信息以银行审查时为准，不再更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application&apos;s stored {what} cannot be read ({error}); restore a backup or call support.</source>
        <extracomment>desktop/services/credit.py:791</extracomment>
        <translation>无法读取该申请存储的{what}（{error}）；请恢复备份或联系技术支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The auction ratio is an exact decimal above 0 and at most 1.</source>
        <extracomment>desktop/domain/short_sale.py:300 desktop/domain/short_sale.py:655</extracomment>
        <translation>拍卖比率应为大于 0 且不超过 1 的精确小数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The balance cannot go below the residual of {residual}.</source>
        <extracomment>desktop/domain/loans.py:480</extracomment>
        <translation>余额不能低于尾款 {residual}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The borrower cannot be told of the decision before the application was received.</source>
        <extracomment>desktop/domain/credit/deadlines.py:257</extracomment>
        <translation>不能在受理申请之前向借款人告知审批结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The borrower must be interviewed in person before the decision is cleared: {explanation}</source>
        <extracomment>desktop/domain/credit/decisions.py:287</extracomment>
        <translation>审核通过前须与借款人当面面谈：{explanation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The branch&apos;s region is not set; registration cannot be checked.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未设置网点所在地区；无法核查户籍登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The brokerage commission cap is for prices in JPY.</source>
        <extracomment>desktop/domain/fees.py:131</extracomment>
        <translation>中介佣金上限仅适用于以日元计价的售价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The buyer and the seller are the same party.</source>
        <extracomment>desktop/domain/car_sale.py:204 desktop/domain/settlement.py:193</extracomment>
        <translation>买方和卖方为同一方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The buyer&apos;s shares of the property tax and fees are paid to the seller and, like the rest of the price, go to {lender}.</source>
        <extracomment>desktop/domain/short_sale.py:512</extracomment>
        <translation>买方分摊的固定资产税和各项费用支付给卖方，并与其余售价一样交付给 {lender}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing account is not a party to the deal.</source>
        <extracomment>desktop/domain/settlement.py:196</extracomment>
        <translation>交割账户不是交易当事方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commission cannot be negative.</source>
        <extracomment>desktop/domain/fees.py:200</extracomment>
        <translation>中介佣金不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commission cannot exceed the legal cap of {cap} without an override and its reason.</source>
        <extracomment>desktop/domain/fees.py:202</extracomment>
        <translation>未经特批并说明理由，中介佣金不得超过法定上限 {cap}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent date is in the future.</source>
        <extracomment>desktop/domain/customers.py:161 desktop/domain/retention.py:177</extracomment>
        <translation>同意日期晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The costs proposed ({costs}) exceed the price {price}: nothing is left for {lender}.</source>
        <extracomment>desktop/domain/short_sale.py:428</extracomment>
        <translation>拟列支的费用（{costs}）超过售价 {price}：{lender} 无可受偿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The court&apos;s notice of commencement (競売開始決定) is dated {day}: the auction is under way.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>法院的拍卖开始决定（競売開始決定）日期为 {day}：拍卖程序已启动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The creditors would receive {loss} less than at auction: the lender may refuse the voluntary sale at this price.</source>
        <extracomment>desktop/domain/short_sale.py:696</extracomment>
        <translation>债权人受偿金额将比拍卖少 {loss}：贷款机构可能拒绝以此价格任意出售。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current password is not right.</source>
        <extracomment>desktop/services/users.py:139</extracomment>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is the owner of record, so the title moves without a release from {lender}; the debt of {amount} remains and must still be repaid.</source>
        <extracomment>desktop/domain/car_sale.py:279</extracomment>
        <translation>客户为登记所有人，因此无需 {lender} 解除即可过户；{amount} 的债务仍然存在，仍须偿还。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer must be at least 18 years old.</source>
        <extracomment>desktop/domain/customers.py:116</extracomment>
        <translation>客户须年满 18 周岁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth is in the future.</source>
        <extracomment>desktop/domain/customers.py:114</extracomment>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debt can stay with the customer only when the customer is the owner of record; otherwise the lender must be paid off to release the title.</source>
        <extracomment>desktop/domain/car_sale.py:229</extracomment>
        <translation>只有客户为登记所有人时，债务才能由客户继续承担；否则须向贷款机构结清后方可解除所有权保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debt must be more than zero.</source>
        <extracomment>desktop/domain/short_sale.py:279 desktop/domain/short_sale.py:300</extracomment>
        <translation>债务金额必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The distribution table has changed since the lender&apos;s decisions: set its lines again.</source>
        <extracomment>desktop/domain/settlement_inputs.py:357</extracomment>
        <translation>贷款机构作出决定后分配表已变更：请重新设置各项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document is empty; it was not issued.</source>
        <extracomment>desktop/services/documents.py:39</extracomment>
        <translation>文书为空，未出具。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document number is too short.</source>
        <extracomment>desktop/domain/customers.py:127</extracomment>
        <translation>证件号码过短。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document&apos;s issue date is in the future.</source>
        <extracomment>desktop/domain/customers.py:129</extracomment>
        <translation>证件签发日期晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dossier of a submitted application is closed.</source>
        <extracomment>desktop/services/credit.py:367</extracomment>
        <translation>已提交申请的信贷档案已封存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dossier of a submitted application is closed; only returns after a refusal are recorded.</source>
        <extracomment>desktop/services/credit.py:345</extracomment>
        <translation>已提交申请的信贷档案已封存；只能登记拒贷后的材料退还。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due day must be a day of the month, 1 to 31.</source>
        <extracomment>desktop/domain/loans.py:148</extracomment>
        <translation>还款日应为每月的 1 至 31 日之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The earnest money is part of the price: it cannot exceed it.</source>
        <extracomment>desktop/domain/home_sale.py:269 desktop/domain/short_sale.py:300 desktop/domain/short_sale.py:496</extracomment>
        <translation>定金是售价的一部分：不能超过售价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The employment start is in the future.</source>
        <extracomment>desktop/domain/customers.py:138</extracomment>
        <translation>入职日期晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The floor area must be more than zero.</source>
        <extracomment>desktop/domain/assets.py:94</extracomment>
        <translation>建筑面积必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fund balance {balance} is under {floor} and counts as {counted}; × {multiple} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>公积金缴存余额 {balance} 低于 {floor}，按 {counted} 计算；× {multiple} = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fund balance {balance} × {multiple} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>公积金缴存余额 {balance} × {multiple} = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The guarantor company paid off the bank on {day} (代位弁済): it can petition for auction at once. Start the voluntary sale now.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>担保公司已于 {day} 向银行代偿（代位弁済）：可随时申请拍卖。请立即启动任意出售。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installment cannot repay the loan in 600 months.</source>
        <extracomment>desktop/domain/loans.py:394</extracomment>
        <translation>按此每期还款额，600 个月内无法还清贷款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installment does not even cover the interest: it never repays.</source>
        <extracomment>desktop/domain/loans.py:387</extracomment>
        <translation>每期还款额连利息都不足以覆盖：贷款永远无法还清。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installments add up to less than the loan amount.</source>
        <extracomment>desktop/domain/loans.py:404</extracomment>
        <translation>各期还款额合计低于贷款金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lender has not decided lines {lines} of the distribution table.</source>
        <extracomment>desktop/domain/settlement_inputs.py:385 desktop/domain/short_sale.py:491</extracomment>
        <translation>贷款机构尚未对分配表第 {lines} 项作出决定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lender&apos;s figure differs from the desk&apos;s estimate by {gap}: check the payments recorded and the letter before relying on either.</source>
        <extracomment>desktop/domain/payoffs.py:93</extracomment>
        <translation>贷款机构的金额与柜台估算相差 {gap}：在采用任一金额前，请核对已登记的还款和结清证明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lender&apos;s payoff letter {reference} expired on {good_through}: extended by {days} days × {per_diem} per diem. Ask the lender for a new letter before paying.</source>
        <extracomment>desktop/domain/payoffs.py:87</extracomment>
        <translation>贷款机构结清证明 {reference} 已于 {good_through} 过期：已按 {days} 天 × 每日利息 {per_diem} 顺延。付款前请向贷款机构索取新的结清证明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter cannot be received in the future.</source>
        <extracomment>desktop/domain/payoffs.py:55</extracomment>
        <translation>结清证明的收到日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line goes through {party}&apos;s account; this closing is run by {agent}.</source>
        <extracomment>desktop/domain/settlement.py:207</extracomment>
        <translation>该款项经由 {party} 的账户；本次交割由 {agent} 办理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan amount must be more than zero.</source>
        <extracomment>desktop/domain/loans.py:142</extracomment>
        <translation>贷款金额必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan is in {currency}.</source>
        <extracomment>desktop/domain/releases.py:82</extracomment>
        <translation>该贷款以 {currency} 计价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan is in {currency}; enter the letter&apos;s figures in {currency}.</source>
        <extracomment>desktop/domain/payoffs.py:48</extracomment>
        <translation>该贷款以 {currency} 计价；请以 {currency} 填写结清证明上的金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan may not exceed the price {price}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>贷款金额不得超过价格 {price}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan&apos;s payoff is taken for today or a later day: change the day of the sale.</source>
        <extracomment>desktop/services/settlements.py:523</extracomment>
        <translation>贷款结清金额只能按今天或以后的日期计算：请修改出售日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loan-to-value cap is more than 0 % and at most 200 %.</source>
        <extracomment>desktop/domain/car_sale.py:123</extracomment>
        <translation>贷款价值比上限应大于 0% 且不超过 200%。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The low-priced vacant home rule (up to 300,000 + tax) applies from {since}; on {on} the ordinary cap applies.</source>
        <extracomment>desktop/domain/fees.py:154</extracomment>
        <translation>低价空置房规则（最高 300,000 + 消费税）自 {since} 起适用；{on} 适用普通上限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The low-priced vacant home rule is for prices of {limit} or less; at {price} the ordinary cap applies.</source>
        <extracomment>desktop/domain/fees.py:158</extracomment>
        <translation>低价空置房规则适用于售价不超过 {limit} 的情形；售价为 {price} 时适用普通上限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum amount cannot be worked out yet: {problems}</source>
        <extracomment>desktop/services/credit.py:381</extracomment>
        <translation>暂时无法计算可贷额度：{problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The monthly repayment may be at most {share} % of the family&apos;s monthly income {income}, that is {ceiling}. At {rate} % a year over {term} months ({method}) the largest loan within it is {limit}, paying {payment} a month.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>月还款额最多为家庭月收入 {income} 的 {share}%，即 {ceiling}。按年利率 {rate}%、期限 {term} 个月（{method}）计算，不超过该月还款额的最高贷款额度为 {limit}，每月还款 {payment}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new car must be priced in {currency}.</source>
        <extracomment>desktop/domain/car_sale.py:220</extracomment>
        <translation>新车须以 {currency} 计价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new car&apos;s price must be more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:125</extracomment>
        <translation>新车价格必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new loan from {new_lender} rises to {after}: the customer repays the old car&apos;s shortfall with the new car.</source>
        <extracomment>desktop/domain/car_sale.py:349</extracomment>
        <translation>{new_lender} 的新贷款增至 {after}：客户随新车贷款偿还旧车差额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of buildings cannot be negative.</source>
        <extracomment>desktop/domain/assets.py:98</extracomment>
        <translation>建筑物数量不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of land parcels cannot be negative.</source>
        <extracomment>desktop/domain/assets.py:96</extracomment>
        <translation>土地宗数不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paid period cannot end before it starts.</source>
        <extracomment>desktop/domain/credit/after_approval.py:215</extracomment>
        <translation>已缴费期间的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payer and the payee are the same party.</source>
        <extracomment>desktop/domain/settlement.py:123</extracomment>
        <translation>付款方和收款方为同一方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment date is before the loan was paid out.</source>
        <extracomment>desktop/services/loans.py:138</extracomment>
        <translation>还款日期早于放款日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment date is in the future.</source>
        <extracomment>desktop/services/loans.py:140</extracomment>
        <translation>还款日期晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff amount must be more than zero.</source>
        <extracomment>desktop/domain/payoffs.py:51</extracomment>
        <translation>结清金额必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff must be in the price&apos;s currency ({currency}).</source>
        <extracomment>desktop/domain/car_sale.py:215</extracomment>
        <translation>结清金额须以售价币种（{currency}）计价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff must be more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:79</extracomment>
        <translation>结清金额必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused.</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>结清金额 {payoff} 与费用 {fees} 超出售价 {price} {shortfall}：{seller} 须在出售前付清，否则 {lender} 无法解除所有权，收购将被拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused. The customer is the owner of record: the title can move with the debt kept (and recorded) instead.</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>结清金额 {payoff} 与费用 {fees} 超出售价 {price} {shortfall}：{seller} 须在出售前付清，否则 {lender} 无法解除所有权，收购将被拒绝。客户为登记所有人：也可以在保留（并记录）该债务的情况下过户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused. The customer is the owner of record: the title can move with the debt kept (and recorded) instead..</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>结清金额 {payoff} 与费用 {fees} 超出售价 {price} {shortfall}：{seller} 须在出售前付清，否则 {lender} 无法解除所有权，收购将被拒绝。客户为登记所有人：也可以在保留（并记录）该债务的情况下过户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused. per the lender&apos;s letter {reference}</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>结清金额 {payoff} 与费用 {fees} 超出售价 {price} {shortfall}：{seller} 须在出售前付清，否则 {lender} 无法解除所有权，收购将被拒绝。依据贷款机构结清证明 {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused. per the lender&apos;s letter {reference}.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>结清金额 {payoff} 与费用 {fees} 超出售价 {price} {shortfall}：{seller} 须在出售前付清，否则 {lender} 无法解除所有权，收购将被拒绝。依据贷款机构结清证明 {reference}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused., which includes the residual {residual} of the residual-value loan</source>
        <extracomment>desktop/domain/car_sale.py:366</extracomment>
        <translation>结清金额 {payoff} 与费用 {fees} 超出售价 {price} {shortfall}：{seller} 须在出售前付清，否则 {lender} 无法解除所有权，收购将被拒绝。其中包括尾款贷款的尾款 {residual}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused., which includes the residual {residual} of the residual-value loan.</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>结清金额 {payoff} 与费用 {fees} 超出售价 {price} {shortfall}：{seller} 须在出售前付清，否则 {lender} 无法解除所有权，收购将被拒绝。其中包括尾款贷款的尾款 {residual}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: {seller} must pay it before the sale, or {lender} cannot release the title and the purchase is refused..</source>
        <extracomment>desktop/domain/car_sale.py:300</extracomment>
        <translation>结清金额 {payoff} 与费用 {fees} 超出售价 {price} {shortfall}：{seller} 须在出售前付清，否则 {lender} 无法解除所有权，收购将被拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payoff {payoff} and fees {fees} exceed the trade-in allowance {price} by {shortfall}: the customer pays it in cash or it is rolled into the new loan, before the lien can be released.</source>
        <extracomment>desktop/domain/car_sale.py:355</extracomment>
        <translation>结清金额 {payoff} 与费用 {fees} 超出置换折价 {price} {shortfall}：须由客户以现金支付或并入新贷款，之后方可解除担保。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The per diem cannot be negative.</source>
        <extracomment>desktop/domain/payoffs.py:53</extracomment>
        <translation>每日利息不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned settlement on {planned} is after {last}, the last day before bid opening: too late.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>计划结算日 {planned} 晚于开标前最后一日 {last}：为时已晚。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price changed from {old} to {new}: the distribution table goes back to {lender} for approval; every line is proposed again.</source>
        <extracomment>desktop/domain/short_sale.py:243</extracomment>
        <translation>售价已由 {old} 变更为 {new}：分配表须重新提交 {lender} 审批；各项均恢复为“已提议”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price does not cover the payoffs and costs: {seller} must bring {amount} to the closing, or ask the lenders for a voluntary sale (任意売却).</source>
        <extracomment>desktop/domain/home_sale.py:370</extracomment>
        <translation>售价不足以支付结清款和各项费用：{seller} 须在交割时补足 {amount}，或请求贷款机构同意任意出售（任意売却）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price must be more than zero.</source>
        <extracomment>desktop/domain/car_sale.py:202 desktop/domain/fees.py:138 desktop/domain/home_sale.py:260</extracomment>
        <translation>售价必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program does not lend for {purpose}.</source>
        <extracomment>desktop/services/credit.py:611</extracomment>
        <translation>该贷款产品不为{purpose}放款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program does not lend for {purpose}; it lends for {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>该贷款产品不为{purpose}放款；其贷款用途为{allowed}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program gives no retirement age for this applicant ({who}).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>该贷款产品未规定此申请人（{who}）的退休年龄。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program lends for {purpose}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>该贷款产品可用于{purpose}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program lends in {currency}.</source>
        <extracomment>desktop/services/credit.py:608</extracomment>
        <translation>该贷款产品以 {currency} 放款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provident fund is not paid in full and on time; the program requires it.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未足额按时缴存住房公积金；该贷款产品要求足额按时缴存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provident fund is paid in full and on time.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>已足额按时缴存住房公积金。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate entered for {currency} must be an exact number above zero.</source>
        <extracomment>desktop/domain/credit/maximum.py:58</extracomment>
        <translation>{currency} 的汇率须为大于零的精确数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate is a percentage between 0 and 100.</source>
        <extracomment>desktop/services/credit.py:616</extracomment>
        <translation>利率应为 0 至 100 之间的百分比。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate is between 0 and 100 percent a year.</source>
        <extracomment>desktop/domain/credit/decisions.py:341</extracomment>
        <translation>年利率应在 0 至 100% 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate must be zero or more.</source>
        <extracomment>desktop/domain/loans.py:64</extracomment>
        <translation>利率不能小于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason must not contain the customer&apos;s name, phone or document number.</source>
        <extracomment>desktop/domain/retention.py:362</extracomment>
        <translation>原因中不得包含客户的姓名、电话或证件号码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refusal notice was already signed on {on}.</source>
        <extracomment>desktop/domain/credit/decisions.py:376</extracomment>
        <translation>拒贷通知已于 {on} 签署。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is for program {requested}, not {program}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:425 desktop/domain/credit/maximum.py:488</extracomment>
        <translation>申请的贷款产品为 {requested}，而非 {program}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The residual is part of the payoff: more than zero, at most the payoff.</source>
        <extracomment>desktop/domain/car_sale.py:83</extracomment>
        <translation>尾款是结清金额的一部分：应大于零且不超过结清金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The residual must be in the loan&apos;s currency.</source>
        <extracomment>desktop/domain/loans.py:157</extracomment>
        <translation>尾款的币种须与贷款币种一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The residual must be more than zero and less than the loan amount.</source>
        <extracomment>desktop/domain/loans.py:159</extracomment>
        <translation>尾款必须大于零且小于贷款金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale must close and the auction be withdrawn by {last}, the day before bid opening {bid} ({basis}): {days} days from today. In practice it must close earlier: the buyer&apos;s loan screening and the discharge papers take time.</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>须在开标日 {bid} 前一天 {last}（{basis}）之前完成交割并撤回拍卖：距今 {days} 天。实际上须更早交割：买方的贷款审查和抵押权注销材料都需要时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scrivener&apos;s fee cannot be negative.</source>
        <extracomment>desktop/domain/fees.py:391</extracomment>
        <translation>司法书士费用不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The security officer reviews a submitted application; this one is {status}.</source>
        <extracomment>desktop/domain/credit/decisions.py:213</extracomment>
        <translation>安全审查员只审查已提交的申请；该申请当前状态为：{status}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller already holds the earnest money {held}: it must be handed over at settlement, or the creditors receive that much less.</source>
        <extracomment>desktop/domain/short_sale.py:538</extracomment>
        <translation>卖方已收取定金 {held}：须在结算时交出，否则债权人的受偿金额将相应减少。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller is bankrupt: {pct}% of the price {price} = {cap} to the estate.</source>
        <extracomment>desktop/domain/short_sale.py:403</extracomment>
        <translation>卖方已破产：售价 {price} 的 {pct}% = {cap} 归入破产财团。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settlement statement of a voluntary sale is printed once the lender has decided every line and the buyer is entered: print the distribution table meanwhile.</source>
        <extracomment>desktop/services/settlements.py:375</extracomment>
        <translation>任意出售的结算单须在贷款机构对各项作出决定并填写买方后方可打印：在此之前请打印分配表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tax in the price must be between zero and the price.</source>
        <extracomment>desktop/domain/fees.py:134</extracomment>
        <translation>售价中所含税额应在零与售价之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term ends on {end}; the applicant reaches the retirement age of {age} ({who}) on {retires}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>贷款期限于 {end} 届满；申请人将于 {retires} 达到 {age} 岁的退休年龄（{who}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term ends on {end}; the applicant turns {limit} on {turns}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>贷款期限于 {end} 届满；申请人将于 {turns} 年满 {limit} 周岁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term is a whole number of months, at least one.</source>
        <extracomment>desktop/domain/credit/decisions.py:339</extracomment>
        <translation>期限应为至少 1 个月的整数月数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term is between 1 and 600 months.</source>
        <extracomment>desktop/services/credit.py:614</extracomment>
        <translation>期限应在 1 至 600 个月之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term must be 1 to 600 months.</source>
        <extracomment>desktop/domain/loans.py:144 desktop/domain/loans.py:93</extracomment>
        <translation>期限应为 1 至 600 个月。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term must be 1 to {most} months.</source>
        <extracomment>desktop/domain/credit/maximum.py:494</extracomment>
        <translation>期限应为 1 至 {most} 个月。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <extracomment>desktop/ui/access/sign_in_dialogs.py:107</extracomment>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voluntary sale brings the creditors {gain} more than the expected auction and leaves the seller owing {saved} less.</source>
        <extracomment>desktop/domain/short_sale.py:700</extracomment>
        <translation>与预期拍卖相比，任意出售使债权人多受偿 {gain}，卖方的剩余债务减少 {saved}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The withdrawal date is in the future.</source>
        <extracomment>desktop/domain/retention.py:189</extracomment>
        <translation>撤回日期晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The withdrawal is before the consent was given.</source>
        <extracomment>desktop/domain/retention.py:191</extracomment>
        <translation>撤回日期早于同意日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {country} calendar cannot use the categories {categories}: {problem}</source>
        <extracomment>desktop/domain/credit/calendar.py:66</extracomment>
        <translation>{country} 日历无法使用类别 {categories}：{problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {currency} rate must be a positive number.</source>
        <extracomment>desktop/domain/credit/decisions.py:441</extracomment>
        <translation>{currency} 汇率须为正数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Ask an administrator.</source>
        <extracomment>desktop/services/users.py:92</extracomment>
        <translation>该账户已停用。请联系管理员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This amount cannot be negative.</source>
        <extracomment>desktop/domain/assets.py:102 desktop/domain/home_sale.py:140</extracomment>
        <translation>该金额不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This application was changed by someone else meanwhile: open it again and repeat the change.</source>
        <extracomment>desktop/store/credit.py:110</extracomment>
        <translation>该申请已被他人修改：请重新打开并再次进行修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This application was changed meanwhile: look at it again.</source>
        <extracomment>desktop/services/credit.py:709</extracomment>
        <translation>该申请已被修改：请重新查看。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This asset belongs to another customer.</source>
        <extracomment>desktop/services/loans.py:105 desktop/services/settlements.py:496</extracomment>
        <translation>该资产属于其他客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer has no consent in force to withdraw.</source>
        <extracomment>desktop/services/privacy.py:161</extracomment>
        <translation>该客户没有可撤回的有效同意。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer still has {open_loans} loan(s) not paid off and {open_releases} lien release(s) not finished; their data is kept while that business lasts.</source>
        <extracomment>desktop/services/privacy.py:88</extracomment>
        <translation>该客户尚有 {open_loans} 笔贷款未结清、{open_releases} 笔解押未办结；在相关业务办结前，其个人信息予以保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer&apos;s personal data was already erased.</source>
        <extracomment>desktop/services/privacy.py:224</extracomment>
        <translation>该客户的个人信息已被删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer&apos;s personal data was erased.</source>
        <extracomment>desktop/services/privacy.py:411</extracomment>
        <translation>该客户的个人信息已删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date is before the payoff was sent.</source>
        <extracomment>desktop/domain/releases.py:86</extracomment>
        <translation>该日期早于结清款汇出日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date is in the future.</source>
        <extracomment>desktop/domain/releases.py:74</extracomment>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deal is a {kind}; the sale entered is a {entered}.</source>
        <extracomment>desktop/domain/settlement_inputs.py:313</extracomment>
        <translation>该交易为{kind}；所填写的出售类型为{entered}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deal is in {currency}.</source>
        <extracomment>desktop/services/settlements.py:452</extracomment>
        <translation>该交易以 {currency} 计价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address.</source>
        <extracomment>desktop/domain/customers.py:136</extracomment>
        <translation>这不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This lien was already released on {released_on}; it can no longer be changed.</source>
        <extracomment>desktop/services/releases.py:52</extracomment>
        <translation>该担保已于 {released_on} 解除；不能再修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This loan belongs to another customer.</source>
        <extracomment>desktop/services/settlements.py:486</extracomment>
        <translation>该贷款属于其他客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This loan is in {loan_currency}; the deal is in {currency}.</source>
        <extracomment>desktop/services/settlements.py:488</extracomment>
        <translation>该贷款以 {loan_currency} 计价；交易以 {currency} 计价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This loan is repaid in {currency}.</source>
        <extracomment>desktop/services/loans.py:134</extracomment>
        <translation>该贷款以 {currency} 还款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This program has no branch security check.</source>
        <extracomment>desktop/domain/credit/decisions.py:212</extracomment>
        <translation>该贷款产品没有网点安全审查环节。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sale cannot close as entered.</source>
        <extracomment>desktop/domain/settlement_inputs.py:325</extracomment>
        <translation>按当前填写的内容，该出售无法交割。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This settlement cannot be finalised: {reasons}</source>
        <extracomment>desktop/services/settlements.py:120</extracomment>
        <translation>该结算单无法定稿：{reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This settlement is in {currency}; the line is in {line_currency}.</source>
        <extracomment>desktop/domain/settlement.py:203</extracomment>
        <translation>该结算单以 {currency} 计价；该款项以 {line_currency} 计价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step is dated {at}, before the last step on {last}; check the clock.</source>
        <extracomment>desktop/domain/credit/decisions.py:216</extracomment>
        <translation>该步骤的时间为 {at}，早于上一步骤的时间 {last}；请检查系统时钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user name is taken.</source>
        <extracomment>desktop/services/users.py:159</extracomment>
        <translation>该用户名已被占用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the documents handed back.</source>
        <extracomment>desktop/ui/credit/dialogs.py:344</extracomment>
        <translation>请勾选已退还的材料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To the bankruptcy estate ({trustee})</source>
        <extracomment>desktop/domain/short_sale.py:300</extracomment>
        <translation>归入破产财团（{trustee}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To {creditor} (rank {rank}): the rest of the price</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>支付给 {creditor}（第 {rank} 顺位）：售价余额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too late: the auction could be withdrawn only until {last}, the day before bid opening ({bid}).</source>
        <extracomment>desktop/domain/short_sale.py:762</extracomment>
        <translation>为时已晚：拍卖最迟只能在开标日（{bid}）前一天 {last} 撤回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong passwords: the account is locked for a while.</source>
        <extracomment>desktop/services/users.py:106 desktop/services/users.py:96</extracomment>
        <translation>密码错误次数过多：账户已暂时锁定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total employment is {months} months; the program asks for at least {needed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>总工龄为 {months} 个月；该贷款产品要求至少 {needed} 个月。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total employment not recorded; the program asks for at least {needed} months.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>未记录总工龄；该贷款产品要求至少 {needed} 个月。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trade-in allowance (下取り) given by {buyer}</source>
        <extracomment>desktop/domain/settlement.py:344</extracomment>
        <translation>{buyer} 给出的置换折价（下取り）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown deadline rules “{rules}”; expected one of {expected}.</source>
        <extracomment>desktop/domain/credit/deadlines.py:119</extracomment>
        <translation>未知的时限规则“{rules}”；应为以下之一：{expected}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown role: {role}.</source>
        <extracomment>desktop/domain/settlement.py:82</extracomment>
        <translation>未知角色：{role}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown section: {section}.</source>
        <extracomment>desktop/domain/settlement.py:112</extracomment>
        <translation>未知部分：{section}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown {field}: {value}.</source>
        <extracomment>desktop/domain/loans.py:101 desktop/domain/loans.py:134</extracomment>
        <translation>未知的{field}：{value}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported currency {currency}.</source>
        <extracomment>desktop/domain/credit/maximum.py:491</extracomment>
        <translation>不支持的币种 {currency}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported currency: {currency}.</source>
        <extracomment>desktop/domain/settlement.py:190</extracomment>
        <translation>不支持的币种：{currency}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a two-letter country code, such as JP, RU or CN.</source>
        <extracomment>desktop/domain/customers.py:122 desktop/domain/retention.py:140</extracomment>
        <translation>请使用两位字母的国家代码，例如 JP、RU 或 CN。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used: imported by a private person.</source>
        <extracomment>desktop/domain/credit/eligibility.py:342</extracomment>
        <translation>二手车：由个人进口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used: it has been in service.</source>
        <extracomment>desktop/domain/credit/eligibility.py:352</extracomment>
        <translation>二手车：已投入使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used: it has been registered before.</source>
        <extracomment>desktop/domain/credit/eligibility.py:344</extracomment>
        <translation>二手车：此前已登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used: model year {model_year} is more than {years} years before the contract year {year}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:347</extracomment>
        <translation>二手车：年款 {model_year} 比合同年份 {year} 早 {years} 年以上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this settlement could not be changed.</source>
        <extracomment>desktop/store/settlements.py:274</extracomment>
        <translation>该结算单第 {version} 版无法修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this settlement is already final.</source>
        <extracomment>desktop/services/settlements.py:289</extracomment>
        <translation>该结算单第 {version} 版已定稿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this settlement is final: revise the deal to change it.</source>
        <extracomment>desktop/services/settlements.py:110 desktop/store/settlements.py:272</extracomment>
        <translation>该结算单第 {version} 版已定稿：如需修改，请修订交易。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this settlement is still a draft: change it instead.</source>
        <extracomment>desktop/services/settlements.py:308</extracomment>
        <translation>该结算单第 {version} 版仍为草稿：请直接修改该版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Veto by {user} at {at}: {reason}. The positive decision is cancelled and the dossier is marked refused.</source>
        <extracomment>desktop/domain/credit/decisions.py:313</extracomment>
        <translation>{user} 于 {at} 否决：{reason}。批准决定已撤销，档案已标记为拒贷。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voluntary sale: price {price} − costs {costs} → the creditors receive {received}; debt {debt} − {received} = {owes} still owed.</source>
        <extracomment>desktop/domain/short_sale.py:672</extracomment>
        <translation>任意出售：售价 {price} − 费用 {costs} → 债权人受偿 {received}；债务 {debt} − {received} = 剩余欠款 {owes}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What follows approval is recorded once the application is approved.</source>
        <extracomment>desktop/services/credit.py:756</extracomment>
        <translation>批准后事项须在申请获批后登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a down payment of at least {margin} %, the loan is at most {share} % of the price {price} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>首付比例不低于 {margin}% 时，贷款金额最多为价格 {price} 的 {share}% = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong user name or password.</source>
        <extracomment>desktop/services/users.py:108 desktop/services/users.py:77</extracomment>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot disable your own account.</source>
        <extracomment>desktop/services/users.py:170</extracomment>
        <translation>不能停用您自己的账户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You submitted this application; a decision needs a second person (the application centre or the committee).</source>
        <extracomment>desktop/services/credit.py:761</extracomment>
        <translation>该申请由您提交；审批须由另一人作出（申请受理中心或审贷委员会）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} against the threshold of {threshold}.</source>
        <extracomment>desktop/domain/credit/decisions.py:466</extracomment>
        <translation>{amount}，阈值为 {threshold}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} at {usd_rate} per USD (rate of {usd_on}) = {usd}, against the threshold of {threshold}.</source>
        <extracomment>desktop/domain/credit/decisions.py:487</extracomment>
        <translation>{amount} 按 {usd_rate} 兑 1 美元（{usd_on} 汇率）= {usd}，阈值为 {threshold}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} is left undistributed with {agent}: it is owed to {seller}. Add the payment of the seller&apos;s net proceeds.</source>
        <extracomment>desktop/domain/settlement.py:335</extracomment>
        <translation>{agent} 处尚有 {amount} 未分配：该款项应付给 {seller}。请添加卖方净得款的支付项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} × {own_rate} (rate of {own_on}) ÷ {usd_rate} per USD (rate of {usd_on}) = {usd}, against the threshold of {threshold}.</source>
        <extracomment>desktop/domain/credit/decisions.py:493</extracomment>
        <translation>{amount} × {own_rate}（{own_on} 汇率）÷ {usd_rate} 兑 1 美元（{usd_on} 汇率）= {usd}，阈值为 {threshold}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{arithmetic} {roll_over}</source>
        <extracomment>desktop/domain/car_sale.py:345</extracomment>
        <translation>{arithmetic} {roll_over}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country} has no subdivision “{subdivision}” in the calendar.</source>
        <extracomment>desktop/domain/credit/calendar.py:60</extracomment>
        <translation>{country} 日历中没有行政区划“{subdivision}”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} arrears of more than 30 calendar days; the program allows at most {allowed}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>逾期超过 30 个自然日 {count} 次；该贷款产品最多允许 {allowed} 次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number} is paid until {paid_until}: the next period must be paid no later than {days} calendar days before, by {pay_by}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:397</extracomment>
        <translation>{cover} 保单 {number} 已缴费至 {paid_until}：下一期保费须至少提前 {days} 个自然日缴纳，即 {pay_by} 前。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number} paid on {paid_on}: the policy and the proof of payment are due at the bank within {days} working days, by {proof_by}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:378</extracomment>
        <translation>{cover} 保单 {number} 于 {paid_on} 缴费：须在 {days} 个工作日内（{proof_by} 前）向银行提交保单及缴费凭证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: enter {what} to check the sum insured.</source>
        <extracomment>desktop/domain/credit/after_approval.py:262</extracomment>
        <translation>{cover} 保单 {number}：请填写{what}以核查保险金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: not paid; it must be paid no later than the loan contract date, {contract_on}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:318</extracomment>
        <translation>{cover} 保单 {number}：未缴费；须不晚于贷款合同签订日 {contract_on} 缴纳。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: paid from {start} until {until}; it must be paid for at least a year, until {needed}, or to the end of the loan.</source>
        <extracomment>desktop/domain/credit/after_approval.py:311</extracomment>
        <translation>{cover} 保单 {number}：已缴费期间 {start} 至 {until}；须至少缴纳一年（至 {needed}），或缴至贷款到期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: paid on {paid_on}, after the loan contract date {contract_on}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:324</extracomment>
        <translation>{cover} 保单 {number}：于 {paid_on} 缴费，晚于贷款合同签订日 {contract_on}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: sum insured {sum} is below {what}, {minimum} (short by {short}).</source>
        <extracomment>desktop/domain/credit/after_approval.py:272</extracomment>
        <translation>{cover} 保单 {number}：保险金额 {sum} 低于{what} {minimum}（差 {short}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: the bank must be the beneficiary for theft and total loss.</source>
        <extracomment>desktop/domain/credit/after_approval.py:303</extracomment>
        <translation>{cover} 保单 {number}：盗抢及全损险的受益人须为银行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cover} policy {number}: the bank must be the beneficiary.</source>
        <extracomment>desktop/domain/credit/after_approval.py:303</extracomment>
        <translation>{cover} 保单 {number}：受益人须为银行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{creditor}: debt {debt} − received {received} = {remaining} still owed after the sale, no longer secured by the home.</source>
        <extracomment>desktop/domain/short_sale.py:563</extracomment>
        <translation>{creditor}：债务 {debt} − 已受偿 {received} = 出售后剩余欠款 {remaining}，已不再以该房产作抵押。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{creditor}: {what} {amount} × {weight} = {weighted}.</source>
        <extracomment>desktop/domain/credit/maximum.py:244</extracomment>
        <translation>{creditor}：{what} {amount} × {weight} = {weighted}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} converted at the central-bank rate {rate} {home} of {on}.</source>
        <extracomment>desktop/domain/credit/maximum.py:89</extracomment>
        <translation>{currency} 按 {on} 的央行汇率 {rate} {home} 折算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} has no fractional unit: “{text}”.</source>
        <extracomment>desktop/domain/money.py:288</extracomment>
        <translation>{currency} 没有辅币单位：“{text}”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} has {digits} decimals at most: “{text}”.</source>
        <extracomment>desktop/domain/money.py:290</extracomment>
        <translation>{currency} 最多有 {digits} 位小数：“{text}”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{guarantor} paid off the bank on {subrogated_on} (代位弁済) and holds the claim: negotiate a repayment plan for the {remaining} left; otherwise it may sue and garnish wages, and bankruptcy may follow.</source>
        <extracomment>desktop/domain/short_sale.py:583</extracomment>
        <translation>{guarantor} 已于 {subrogated_on} 向银行代偿（代位弁済），现持有该债权：请就剩余的 {remaining} 协商还款计划；否则其可能提起诉讼并扣押工资，进而可能导致破产。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is a joint guarantor (連帯保証人) and owes the deficiency of {total} too, even if the borrower is discharged in bankruptcy. Tell them before the sale: that the borrower can no longer pay; what a voluntary sale is and what it achieves; that the debt left after it must be repaid; that an auction would leave a larger debt.</source>
        <extracomment>desktop/domain/short_sale.py:595</extracomment>
        <translation>{name} 是连带保证人（連帯保証人），即使借款人经破产免责，仍须承担 {total} 的不足额。请在出售前告知其：借款人已无力偿还；何为任意出售及其作用；出售后的剩余债务仍须偿还；拍卖将留下更多债务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{periods} periods overdue and unpaid on a provident fund loan: more than {limit} is a bad record that bars new loans for a time (the source does not say how long).</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>公积金贷款逾期未还 {periods} 期：超过 {limit} 期即为不良记录，一段时间内不能申请新贷款（依据中未规定期限）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{periods} periods overdue on provident fund loans; a bad record starts above {limit}.</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>公积金贷款逾期 {periods} 期；超过 {limit} 期即为不良记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate1}% of {base1} = {tier1}; total {fee} + {tax_pct}% tax {tax} = {total}</source>
        <extracomment>desktop/domain/fees.py:118</extracomment>
        <translation>{base1} 的 {rate1}% = {tier1}；合计 {fee} + {tax_pct}% 消费税 {tax} = {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate1}% of {base1} = {tier1}; {rate2}% of {base2} = {tier2}; total {fee} + {tax_pct}% tax {tax} = {total}</source>
        <extracomment>desktop/domain/fees.py:118</extracomment>
        <translation>{base1} 的 {rate1}% = {tier1}；{base2} 的 {rate2}% = {tier2}；合计 {fee} + {tax_pct}% 消费税 {tax} = {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate1}% of {base1} = {tier1}; {rate2}% of {base2} = {tier2}; {rate3}% of {base3} = {tier3}; total {fee} + {tax_pct}% tax {tax} = {total}</source>
        <extracomment>desktop/domain/fees.py:118</extracomment>
        <translation>{base1} 的 {rate1}% = {tier1}；{base2} 的 {rate2}% = {tier2}；{base3} 的 {rate3}% = {tier3}；合计 {fee} + {tax_pct}% 消费税 {tax} = {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule} (This applies if the car turns out to be used.)</source>
        <extracomment>desktop/domain/credit/eligibility.py:76</extracomment>
        <translation>{rule}（如车辆实为二手车，则适用此项。）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the appraisal of the existing home {base} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>已有住房评估价值 {base} 的 {share}% = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the commercial loan&apos;s original amount {original} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>商业贷款原贷款金额 {original} 的 {share}% = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the face value of the pledge {base} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>质押物面值 {base} 的 {share}% = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the guarantor&apos;s provident fund balance {base} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>担保人公积金缴存余额 {base} 的 {share}% = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the home&apos;s total price {price} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>房屋总价 {price} 的 {share}% = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the net average monthly income {income} (the spouse, a qualifying guarantor, included) is {ceiling}. Existing obligations weigh {existing}, leaving {available} for the new payment. At {rate} % a year over {term} months ({method}) the largest loan whose payment fits is {limit}, paying {payment} a month.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>月均净收入 {income}（含符合条件作为担保人的配偶）的 {share}% 为 {ceiling}。现有负债占用 {existing}，剩余 {available} 可用于新贷款月供。按年利率 {rate}%、期限 {term} 个月（{method}）计算，月供可承受的最高贷款额度为 {limit}，每月还款 {payment}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the net average monthly income {income} is {ceiling}. Existing obligations weigh {existing}, leaving {available} for the new payment. At {rate} % a year over {term} months ({method}) the largest loan whose payment fits is {limit}, paying {payment} a month.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>月均净收入 {income} 的 {share}% 为 {ceiling}。现有负债占用 {existing}，剩余 {available} 可用于新贷款月供。按年利率 {rate}%、期限 {term} 个月（{method}）计算，月供可承受的最高贷款额度为 {limit}，每月还款 {payment}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of the price of the home bought {base} = {limit}.</source>
        <extracomment>desktop/domain/credit/maximum.py:172</extracomment>
        <translation>所购房屋价格 {base} 的 {share}% = {limit}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: issued on {issued_on}, so it could be handed to the bank until {valid_until} ({days} working days); it was handed over on {received_on}. Ask for a fresh one.</source>
        <extracomment>desktop/domain/credit/dossier.py:160</extracomment>
        <translation>{title}：于 {issued_on} 开具，应在 {valid_until} 前（{days} 个工作日内）提交银行；实际提交日期为 {received_on}。请重新开具。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: returned to the borrower on {returned_on}; not in the dossier.</source>
        <extracomment>desktop/domain/credit/dossier.py:193</extracomment>
        <translation>{title}：已于 {returned_on} 退还借款人；不在档案中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: the copy is not certified «копия верна» with the date, the certifier&apos;s position and name.</source>
        <extracomment>desktop/domain/credit/dossier.py:152</extracomment>
        <translation>{title}：复印件未注明“копия верна”（与原件核对无误）及日期、核证人职务和姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: valid until {valid_until}, handed to the bank on {received_on}.</source>
        <extracomment>desktop/domain/credit/dossier.py:167</extracomment>
        <translation>{title}：有效期至 {valid_until}，已于 {received_on} 提交银行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: {pages} of {pages_expected} pages in the dossier.</source>
        <extracomment>desktop/domain/credit/dossier.py:171</extracomment>
        <translation>{title}：档案中有 {pages} 页，应有 {pages_expected} 页。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} submitted this application and cannot also decide it.</source>
        <extracomment>desktop/domain/credit/decisions.py:326</extracomment>
        <translation>{user} 提交了该申请，不能同时对其作出审批决定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a rate.</source>
        <extracomment>desktop/domain/loans.py:61</extracomment>
        <translation>{value} 不是利率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{whose} net income of the last 3 months: {m1}, {m2}, {m3}; average {average}.</source>
        <extracomment>desktop/domain/credit/maximum.py:195</extracomment>
        <translation>{whose}近 3 个月的月净收入：{m1}、{m2}、{m3}；平均 {average}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why} (Listed because {unknown} is not recorded.)</source>
        <extracomment>desktop/domain/credit/checklist.py:113</extracomment>
        <translation>{why}（因未记录 {unknown}，故列出。）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why} The program lends for new cars only.</source>
        <extracomment>desktop/domain/credit/eligibility.py:400</extracomment>
        <translation>{why}该贷款产品仅为新车放款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{item}” cannot be done on {on} before: {missing}.</source>
        <extracomment>desktop/domain/credit/after_approval.py:135</extracomment>
        <translation>“{item}”不能在 {on} 完成，须先完成：{missing}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{item}” is not on this checklist.</source>
        <extracomment>desktop/domain/credit/after_approval.py:121</extracomment>
        <translation>“{item}”不在此核对清单中。</translation>
    </message>
</context>
</TS>
